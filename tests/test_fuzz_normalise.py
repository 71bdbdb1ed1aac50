"""Property tests of the normalisers: on any text they never raise, give the same answer
twice, and only give values within sane bounds, at places inside the text."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import list_currencies
from hypothesis import HealthCheck, assume, given, settings
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
    "CHF", "CAD", "SGD", "DH", "A$",
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
# The ISO 4217 codes of the currencies the documents read are written in.
# Every currency an amount may be in: an ISO 4217 code, as CLDR lists them
CURRENCIES = frozenset(list_currencies())
MAX_AMOUNT = Decimal(10) ** 12  # a trillion: no insurance demand nor contract comes near


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text)


# -- on any text: no exception, values within bounds, at places inside the text -------------


@FAST
@given(texts)
def test_amounts(text: str) -> None:
    for mention in find_amounts(text):
        assert _inside(text, mention.start, mention.end)
        assert mention.text == text[mention.start : mention.end]
        if mention.money is not None:
            assert mention.money.currency in CURRENCIES
            assert Decimal(0) <= mention.money.value < MAX_AMOUNT, mention  # "franchise : 0 €"


@FAST
@given(texts)
def test_dates(text: str) -> None:
    for lang in ("fr", "en"):
        for mention in find_dates(text, lang):
            assert _inside(text, mention.start, mention.end)
            assert 1900 <= mention.value.year <= 2200, mention


@FAST
@given(texts)
def test_delays(text: str) -> None:
    for delay in find_delays(text):
        assert _inside(text, delay.start, delay.end)
        assert delay.unit in UNITS
        assert delay.value is None or 0 < delay.value <= 100_000, delay


@FAST
@given(texts)
def test_percents(text: str) -> None:
    for mention in find_percents(text):
        assert _inside(text, mention.start, mention.end)
        assert mention.value is None or Decimal(0) <= mention.value <= Decimal(100), mention


@FAST
@given(texts)
def test_numbers(text: str) -> None:
    value = parse_number(text)
    if value is not None:
        assert value.is_finite() and value >= 0
        assert set(text.strip()) <= set("0123456789 .,'’\u00a0\u202f\u2009")
    for lang in ("fr", "en"):
        words_to_digits(text, lang)  # never raises


@FAST
@given(texts)
def test_identifiers(text: str) -> None:
    siren, siret = find_identifiers(text)
    assert siren is None or (len(siren) == 9 and valid_siren(siren))
    assert siret is None or (len(siret) == 14 and valid_siret(siret))


@FAST
@given(st.text(max_size=300))
def test_text_helpers(text: str) -> None:
    assert clean(clean(text)) == clean(text)
    assert fold(fold(text)) == fold(text)
    assert len(fold_same_length(text)) == len(text)


# -- written the ways documents write them, read back exactly ------------------------------

# Thousands separator, decimal separator: the groupings of French and English documents.
GROUPINGS = [(" ", ","), ("\u00a0", ","), ("\u202f", ","), (".", ","), (",", "."), ("'", ".")]
CURRENCY_FORMS = ["{n} €", "{n}€", "{n} euros", "{n} EUR", "EUR {n}", "€ {n}", "$ {n}", "{n} $"]


def grouped(value: int, separator: str) -> str:
    digits = str(value)
    head = len(digits) % 3 or 3
    return separator.join(
        [digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))]
    )


@FAST
@given(
    st.integers(min_value=1000, max_value=10**10),
    st.sampled_from(GROUPINGS),
    st.sampled_from(CURRENCY_FORMS),
    st.booleans(),
)
def test_a_written_amount_is_read_whole(
    value: int, grouping: tuple[str, str], form: str, cents: bool
) -> None:
    separator, decimal = grouping
    written = grouped(value, separator) + (f"{decimal}50" if cents else "")
    text = f"pour un montant de {form.format(n=written)} par sinistre"
    (mention,) = find_amounts(text)
    assert mention.money is not None, text
    assert mention.money.value == Decimal(value) + (Decimal("0.5") if cents else 0), text


@FAST
@given(
    st.integers(min_value=10_000, max_value=10**10),
    st.sampled_from([" ", "\u00a0", "\u202f", "."]),
    st.sampled_from(["{n} €", "{n} euros", "EUR {n}"]),
    st.data(),
)
def test_a_misplaced_separator_never_gives_a_number(
    value: int, separator: str, form: str, data: st.DataObject
) -> None:
    """A separator moved by one digit ("5000 000", "2 00 0000"): no reader can say which
    amount was meant, so none is read, but the amount is reported as there."""
    written = grouped(value, separator)
    gaps = [i for i, c in enumerate(written) if c == separator]
    gap = data.draw(st.sampled_from(gaps))
    shift = data.draw(st.sampled_from([-1, 1]))
    digits = written[:gap] + written[gap + 1 :]
    at = gap + shift
    if not 0 < at < len(digits) or digits[at - 1] == separator or digits[at] == separator:
        return
    moved = digits[:at] + separator + digits[at:]
    # "10.000" moved to "100.00" is a well-formed decimal: no one can tell it is wrong.
    assume(not re.fullmatch(r"\d+[.,]\d{1,2}", moved))
    text = f"Le titulaire est assuré pour {form.format(n=moved)} par sinistre."
    mentions = find_amounts(text)
    assert mentions, text
    assert all(m.money is None for m in mentions), (text, mentions)


@FAST
@given(st.integers(min_value=1, max_value=999), st.sampled_from(GROUPINGS))
def test_a_number_is_read_whole(value: int, grouping: tuple[str, str]) -> None:
    thousands = value * 1000 + 7
    assert parse_number(grouped(thousands, grouping[0])) == thousands
    assert parse_number(f"{value}{grouping[1]}25") == Decimal(f"{value}.25")


@FAST
@given(st.integers(min_value=1, max_value=500), st.sampled_from(["heures", "h", "jours", "hours"]))
def test_a_written_delay_is_read_and_a_split_one_is_not(value: int, unit: str) -> None:
    (delay,) = find_delays(f"notifiée dans un délai de {value} {unit} au plus tard")
    assert delay.value == value
    if value >= 10:
        split = f"{str(value)[0]} {str(value)[1:]}"
        (delay,) = find_delays(f"notifiée dans un délai de {split} {unit} au plus tard")
        assert delay.value is None


@FAST
@given(st.integers(min_value=5000, max_value=9999), st.sampled_from([",", "."]))
def test_a_written_rate_is_read_and_a_doubled_separator_is_not(value: int, sep: str) -> None:
    rate = f"{value // 100}{sep}{value % 100:02d}"
    (mention,) = find_percents(f"disponibilité de {rate} % par mois")
    assert mention.value == Decimal(value) / 100
    (mention,) = find_percents(f"disponibilité de {rate.replace(sep, sep * 2)} % par mois")
    assert mention.value is None


DATE_FORMS = ["{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}"]


@FAST
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(DATE_FORMS)
)
def test_a_written_date_is_read(day: date, form: str) -> None:
    text = "valable jusqu'au " + form.format(d=day.day, m=day.month, y=day.year)
    assert [m.value for m in find_dates(text)] == [day]


@pytest.mark.parametrize("text", ["1 AUGUST 0100", "01/02/0099", "0150-03-04", "March 3, 3026"])
def test_a_year_outside_any_contract_s_is_no_date(text: str) -> None:
    """Found by test_dates: "1 AUGUST 0100" was read as 1 August 100."""
    assert [m for lang in ("fr", "en") for m in find_dates(text, lang)] == []
