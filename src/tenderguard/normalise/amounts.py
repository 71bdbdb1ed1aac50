"""Money amounts in every written form: "2 000 000 €", "2 M€", "1,5 million d'euros",
"deux millions d'euros (2 000 000 €)", "3 000 K€", "EUR 5,000,000", "$1,000,000", "£2m".

find_amounts() works on text whose numbers in words were already turned into digits
(numbers.words_to_digits); offsets refer to that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tenderguard.models import Money
from tenderguard.normalise.numbers import NUMBER, parse_number, scale_factor

_CURRENCY_WORDS = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "livre sterling": "GBP",
    "livres sterling": "GBP",
    "sterling": "GBP",
}
_CUR_AFTER = (
    r"€|euros?\b|eur\b|\$|usd\b|us\s?dollars?\b|dollars?\b|£|gbp\b|livres? sterling\b"
    r"|pounds?(?: sterling)?\b"
)
_CUR_BEFORE = r"€|eur\b|us\$|\$|usd\b|£|gbp\b"
# Scale written between number and currency: "2 M€", "3 000 K€", "5 MEUR", "2 millions d'euros".
_SCALE = (
    r"millions?|milliards?|billions?|thousand|mille|mio\b|mln\b|bn\b|mds?\b"
    r"|k(?=\s?(?:€|eur))|m(?=\s?(?:€|eur|\$|£))|mm(?=\s?(?:€|eur|\$))"
)
_SCALED_CODE = r"k€|m€|keur\b|meur\b|k\$|m\$|m£|k£"

_AFTER = re.compile(
    rf"(?<![\w.,])(?P<num>{NUMBER})\)?\s?(?:(?P<code>{_SCALED_CODE})|(?:(?P<scale>{_SCALE})\s?)?"
    rf"(?:(?:d['’]\s?|de\s|of\s)?)(?P<cur>{_CUR_AFTER}))",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?P<cur>{_CUR_BEFORE})\s?(?P<num>{NUMBER})(?:\s?(?P<scale>{_SCALE}|m\b|k\b))?(?![\d])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class AmountMention:
    money: Money
    start: int
    end: int


def _currency(word: str) -> str:
    key = " ".join(word.lower().split())
    if key.startswith("us") and "dollar" in key:
        return "USD"
    if key.startswith("pound"):
        return "GBP"
    return _CURRENCY_WORDS.get(key, "EUR")


def _scaled(num: str, scale: str | None) -> Decimal | None:
    value = parse_number(num)
    if value is None:
        return None
    if scale:
        factor = scale_factor(scale.strip()) or 1
        value *= factor
    return value


# No insurance limit, deductible or contract value comes near a trillion: a larger figure
# is a misread (a phone number or a reference run into a currency sign).
MAX_AMOUNT = Decimal(10) ** 12


def find_amounts(text: str) -> list[AmountMention]:
    """Every amount of money, in order; an amount repeated in figures right after (words then
    digits: "2000000 d'euros (2 000 000 €)") is reported once."""
    found: list[AmountMention] = []
    taken: list[tuple[int, int]] = []
    for m in _AFTER.finditer(text):
        code = m.group("code")
        if code:
            value = _scaled(m.group("num"), code[0])
            currency = _currency(code[1:] if code[1:] in ("€", "$", "£") else "eur")
        else:
            value = _scaled(m.group("num"), m.group("scale"))
            currency = _currency(m.group("cur"))
        if value is not None:
            found.append(AmountMention(Money(value, currency), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _BEFORE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = _scaled(m.group("num"), m.group("scale"))
        if value is not None:
            found.append(AmountMention(Money(value, _currency(m.group("cur"))), m.start(), m.end()))
    found = [a for a in found if a.money.value < MAX_AMOUNT]
    found.sort(key=lambda a: a.start)
    deduped: list[AmountMention] = []
    for mention in found:
        if deduped and deduped[-1].money == mention.money and mention.start - deduped[-1].end < 6:
            continue
        deduped.append(mention)
    return deduped
