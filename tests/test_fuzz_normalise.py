"""Property tests of the normalisers: on any text they never raise, give the same answer
twice, and only give values within sane bounds, at places inside the text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tenderguard.normalise.amounts import find_amounts
from tenderguard.normalise.dates import find_dates
from tenderguard.normalise.durations import UNITS, find_delays
from tenderguard.normalise.identifiers import find_identifiers, valid_siren, valid_siret
from tenderguard.normalise.numbers import parse_number, words_to_digits
from tenderguard.normalise.percent import find_percents
from tenderguard.text import clean, fold, fold_same_length

# Pieces of what the documents write, so that the texts reach the parsers' deep branches,
# mixed with anything at all.
FRAGMENTS = [
    "2 000 000", "1,5", "1.500.000,50", "3 000 K€", "M€", "€", "EUR", "USD", "GBP", "£", "$",
    "millions", "million d'euros", "milliard", "d'euros", "par sinistre", "quarante-huit",
    "vingt-quatre", "cent", "mille", "48", "72", "heures", "h", "jours ouvrés", "jours",
    "mois", "ans", "semaines", "minutes", "%", "10", "99,9", "31/12/2026", "1er", "janvier",
    "février", "2026", "le", "au plus tard", "dans un délai de", "sous", "(", ")", "-", ".",
    ",", "\u202f", "\xa0", "’", "\n", "SIREN", "SIRET", "732 829 320", "73282932000074",
    "not less than", "within", "hours", "business days", "per claim", "in the aggregate",
    "9" * 30, "9" * 13 + " €", "99999999 heures", "0," + "0" * 40, "1e9999",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=25).map(" ".join),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CURRENCIES = {"EUR", "USD", "GBP"}
MAX_AMOUNT = Decimal(10) ** 12  # a trillion: no insurance demand nor contract comes near


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text)


@FAST
@given(texts)
def test_amounts(text: str) -> None:
    found = find_amounts(text)
    assert found == find_amounts(text)
    for mention in found:
        assert _inside(text, mention.start, mention.end)
        assert mention.money.currency in CURRENCIES
        assert Decimal(0) <= mention.money.value < MAX_AMOUNT, mention  # "franchise : 0 €"


@FAST
@given(texts)
def test_dates(text: str) -> None:
    found = find_dates(text)
    assert found == find_dates(text)
    assert find_dates(text, "en") == find_dates(text, "en")
    for mention in found:
        assert _inside(text, mention.start, mention.end)
        assert 1900 <= mention.value.year <= 2200, mention


@FAST
@given(texts)
def test_delays(text: str) -> None:
    found = find_delays(text)
    assert found == find_delays(text)
    for delay in found:
        assert _inside(text, delay.start, delay.end)
        assert delay.unit in UNITS
        assert 0 < delay.value <= 100_000, delay


@FAST
@given(texts)
def test_percents(text: str) -> None:
    found = find_percents(text)
    assert found == find_percents(text)
    for mention in found:
        assert _inside(text, mention.start, mention.end)
        assert Decimal(0) <= mention.value <= Decimal(1000), mention


@FAST
@given(texts)
def test_numbers(text: str) -> None:
    value = parse_number(text)
    assert value == parse_number(text)
    if value is not None:
        assert value.is_finite() and value >= 0
    for lang in ("fr", "en"):
        assert words_to_digits(text, lang) == words_to_digits(text, lang)


@FAST
@given(texts)
def test_identifiers(text: str) -> None:
    siren, siret = find_identifiers(text)
    assert (siren, siret) == find_identifiers(text)
    assert siren is None or (len(siren) == 9 and valid_siren(siren))
    assert siret is None or (len(siret) == 14 and valid_siret(siret))


@FAST
@given(st.text(max_size=300))
def test_text_helpers(text: str) -> None:
    assert clean(clean(text)) == clean(text)
    assert fold(text) == fold(text)
    assert len(fold_same_length(text)) == len(text)
