"""Which dollar a document's bare "$" is: the one it names, else its country's.

An amount written "$5,000,000" is read in US dollars (normalise.amounts), as an American
contract means. An Australian request for quotes, a Canadian standing offer or a New Zealand
contract writes "$" for its own dollar, and says so once ("AUD", "A$") or only by where it is
written (its ABN, "Ontario", "NZBN"): comparing its "$20 million" with a certificate in
Australian dollars must not fail on a currency the document never meant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from tenderguard.models import Finding, Money, SubLimit, Values
from tenderguard.normalise.lexicon import lexicon

_COUNTRY_DOLLAR = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "US": "USD"}
# The country is read from its marks only when they are three or more and three times as many
# as the next country's: an American contract may name "Canada" for its data or its territory.
MIN_COUNTRY_MARKS = 3
COUNTRY_LEAD = 3


def document_dollar(texts: Iterable[str]) -> str | None:
    """The dollar the document's bare "$" means when it is not the US dollar, else None."""
    dollars = lexicon("dollar_countries")
    hits = [h.value for text in texts for h in dollars.find(text)]
    named = set(hits) & dollars.tagged("named")
    if named:
        return next(iter(named)) if len(named) == 1 and named != {"USD"} else None
    marks = Counter(_COUNTRY_DOLLAR[h] for h in hits if h in _COUNTRY_DOLLAR)
    ranked = marks.most_common(2)
    if not ranked or ranked[0][0] == "USD" or ranked[0][1] < MIN_COUNTRY_MARKS:
        return None
    if len(ranked) > 1 and ranked[0][1] < COUNTRY_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def in_document_dollars(findings: list[Finding], texts: Iterable[str]) -> list[Finding]:
    """The findings with their US dollars read as the document's own dollar, where it has one."""
    if not any(_has_dollars(f.values) for f in findings):
        return findings
    dollar = document_dollar(texts)
    if dollar is None:
        return findings
    return [
        replace(f, values=_in(f.values, dollar)) if _has_dollars(f.values) else f for f in findings
    ]


def _has_dollars(values: Values) -> bool:
    return any(m.currency == "USD" for m in _monies(values))


def _monies(values: Values) -> list[Money]:
    amounts = [values.amount] if values.amount else []
    return amounts + [s.amount for s in values.sublimits]


def _in(values: Values, dollar: str) -> Values:
    def convert(money: Money) -> Money:
        return Money(money.value, dollar) if money.currency == "USD" else money

    return replace(
        values,
        amount=convert(values.amount) if values.amount else None,
        sublimits=tuple(SubLimit(s.label, convert(s.amount)) for s in values.sublimits),
    )
