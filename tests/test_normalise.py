"""Normalisers: large tables of what documents write and the values read, negatives included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tenderguard.normalise.amounts import find_amounts
from tenderguard.normalise.durations import find_delays
from tenderguard.normalise.numbers import parse_number, words_to_digits
from tenderguard.normalise.percent import find_percents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 000 000", Decimal(2000000)),
        # the Indian grouping (lakh, crore): two digits a group but the last three
        ("10,00,00,000", Decimal(100000000)),
        ("1,50,000", Decimal(150000)),
        ("10,00,000,00", None),
        ("2.000.000", Decimal(2000000)),
        ("2,000,000", Decimal(2000000)),
        ("2 000 000,00", Decimal(2000000)),
        ("2.000.000,50", Decimal("2000000.50")),
        ("2,000,000.50", Decimal("2000000.50")),
        ("1,5", Decimal("1.5")),
        ("1.5", Decimal("1.5")),
        ("99,95", Decimal("99.95")),
        ("1 500", Decimal(1500)),
        ("1.500", Decimal(1500)),
        ("1'500'000", Decimal(1500000)),
        ("0,500", Decimal("0.5")),
        ("48", Decimal(48)),
        ("", None),
        ("abc", None),
        ("12.34.5", None),
        ("1,2,3", None),
        # Grouped the wrong way: no reader can say which number was meant.
        ("5000 000", None),
        ("1 50 000", None),
        ("30 0000", None),
        ("2.000.00", None),
        ("2,000.000", None),
        ("99,,9", None),
        ("4 8", None),
        ("2\u202f000\u202f000", Decimal(2000000)),
        ("1\u00a0500\u00a0000,50", Decimal("1500000.50")),
        # Digits of other scripts, found by the fuzz tests: no figure of these documents
        ("\ua900", None),
        ("\u0661\u0662\u0663", None),
    ],
)
def test_parse_number(text: str, value: Decimal | None) -> None:
    assert parse_number(text) == value


AMOUNTS = [
    # Indian amounts, grouped by lakh and crore or scaled by the words
    ("INR 10,00,00,000 (Rupees ten crore) per claim", "en", [("100000000", "INR")]),
    ("a limit of not less than INR 5 crore per occurrence", "en", [("50000000", "INR")]),
    ("₹ 50 lakh", "en", [("5000000", "INR")]),
    # rupees as "Rs." (not "Mrs. 5", "Hrs 5")
    ("Public Liability of not less than Rs. 50,00,000 per occurrence", "en", [("5000000", "INR")]),
    ("Rs 2.5 crore", "en", [("25000000", "INR")]),
    ("Mrs. 5 and Hrs 5", "en", []),
    ("FOR ALL 3 LOTS", "en", []),
    # French forms
    ("2 000 000 €", "fr", [("2000000", "EUR")]),
    ("2.000.000 euros", "fr", [("2000000", "EUR")]),
    ("2 000 000,00 € par sinistre", "fr", [("2000000", "EUR")]),
    ("2 M€", "fr", [("2000000", "EUR")]),
    ("2M€", "fr", [("2000000", "EUR")]),
    ("1,5 million d'euros", "fr", [("1500000", "EUR")]),
    ("1,5 M€", "fr", [("1500000", "EUR")]),
    ("2 millions d'euros", "fr", [("2000000", "EUR")]),
    ("deux millions d'euros (2 000 000 €)", "fr", [("2000000", "EUR")]),
    ("un million cinq cent mille euros", "fr", [("1500000", "EUR")]),
    ("cinq cent mille (500 000) euros", "fr", [("500000", "EUR")]),
    ("trois cent mille euros", "fr", [("300000", "EUR")]),
    ("3 000 K€", "fr", [("3000000", "EUR")]),
    ("300 k€", "fr", [("300000", "EUR")]),
    ("5 MEUR", "fr", [("5000000", "EUR")]),
    ("750 KEUR", "fr", [("750000", "EUR")]),
    ("10 000 000 EUR", "fr", [("10000000", "EUR")]),
    ("EUR 2 000 000", "fr", [("2000000", "EUR")]),
    ("1 000 000 $", "fr", [("1000000", "USD")]),
    ("1 000 000 € puis 300 000 €", "fr", [("1000000", "EUR"), ("300000", "EUR")]),
    ("2 000 000 d'euros", "fr", [("2000000", "EUR")]),
    ("1,2 milliard d'euros", "fr", [("1200000000", "EUR")]),
    ("150 € par jour de retard", "fr", [("150", "EUR")]),
    # English forms
    ("EUR 5,000,000", "en", [("5000000", "EUR")]),
    ("$1,000,000", "en", [("1000000", "USD")]),
    ("$ 2,000,000 each occurrence", "en", [("2000000", "USD")]),
    ("USD 1 million", "en", [("1000000", "USD")]),
    ("US$ 250,000", "en", [("250000", "USD")]),
    ("£2m", "en", [("2000000", "GBP")]),
    ("GBP 5,000,000", "en", [("5000000", "GBP")]),
    ("EUR 2m", "en", [("2000000", "EUR")]),
    ("two million dollars", "en", [("2000000", "USD")]),
    ("five million dollars ($5,000,000)", "en", [("5000000", "USD")]),
    ("1,000,000 pounds sterling", "en", [("1000000", "GBP")]),
    # Other currencies: Swiss, Canadian, Australian, Singapore dollars, Moroccan dirhams
    ("CHF 5 000 000", "fr", [("5000000", "CHF")]),
    ("2 000 000 francs suisses", "fr", [("2000000", "CHF")]),
    ("CAD 2,000,000", "en", [("2000000", "CAD")]),
    # A Canadian contract's dollars: the code before the sign, « $ CA » after the number
    ("CAD $2,000,000 per occurrence", "en", [("2000000", "CAD")]),
    ("2 000 000 $ CA par événement", "fr", [("2000000", "CAD")]),
    ("3 M$ CA par réclamation", "fr", [("3000000", "CAD")]),
    ("500 $ CAN par jour", "fr", [("500", "CAD")]),
    ("US $1,000,000", "en", [("1000000", "USD")]),
    ("maintain a $5,000,000 policy", "en", [("5000000", "USD")]),
    ("AUD 10,000,000 for each claim", "en", [("10000000", "AUD")]),
    ("A$2,000,000", "en", [("2000000", "AUD")]),
    ("SGD 5,000,000", "en", [("5000000", "SGD")]),
    ("a limit of HK$10,000,000 per claim", "en", [("10000000", "HKD")]),
    ("not less than AED 10,000,000 for each claim", "en", [("10000000", "AED")]),
    ("SEK 5 000 000", "en", [("5000000", "SEK")]),
    ("DKK 2,000,000 and NOK 3,000,000", "en", [("2000000", "DKK"), ("3000000", "NOK")]),
    ("5 000 000,00 DH par sinistre", "fr", [("5000000", "MAD")]),
    ("3 000 000 dirhams", "fr", [("3000000", "MAD")]),
    # CFA francs of a West or Central African buyer
    ("deux cent cinquante millions (250 000 000) de francs CFA", "fr", [("250000000", "XOF")]),
    ("150 000 FCFA par jour", "fr", [("150000", "XOF")]),
    ("XAF 10,000,000", "en", [("10000000", "XAF")]),
    # Any ISO 4217 code in capitals, before or after the number; signs and local names
    ("not less than ILS 20,000,000 per claim", "en", [("20000000", "ILS")]),
    ("JPY 100,000,000 per accident", "en", [("100000000", "JPY")]),
    ("KES 5,000 per day", "en", [("5000", "KES")]),
    ("2 500 000 INR", "en", [("2500000", "INR")]),
    ("¥50,000 per day", "en", [("50000", "JPY")]),
    ("NIS 2,500", "en", [("2500", "ILS")]),
    ("UF 3.000 per claim", "en", [("3000", "CLF")]),
    ("at least Frw 100,000,000 held by the bidder", "en", [("100000000", "RWF")]),
    ("not less than BD$2,000,000 each claim", "en", [("2000000", "BMD")]),
    ("CLP 420.000.000", "en", [("420000000", "CLP")]),
    # With a tax mention, or a scale before "d'euros", or a country before "dollars"
    ("1 500 000 € TTC", "fr", [("1500000", "EUR")]),
    ("2 M€ HT", "fr", [("2000000", "EUR")]),
    ("450 000 € hors taxes", "fr", [("450000", "EUR")]),
    ("1 M d'euros", "fr", [("1000000", "EUR")]),
    ("one million U.S. dollars", "en", [("1000000", "USD")]),
    ("€750k per claim", "en", [("750000", "EUR")]),
    ("1,2 million\nd'euros", "fr", [("1200000", "EUR")]),
    # Amounts that are there but cannot be read whole: reported, with no value
    ("5000 000 € par sinistre", "fr", [(None, None)]),
    ("1 50 000 €", "fr", [(None, None)]),
    ("30 0000 €", "fr", [(None, None)]),
    ("2.000.00 €", "fr", [(None, None)]),
    ("EUR 2 000 0000", "fr", [(None, None)]),
    ("1,125 million d'euros", "fr", [(None, None)]),
    ("1.500 K€", "fr", [(None, None)]),
    ("1.0000 €", "fr", [(None, None)]),
    ("5000 000 € par sinistre et 10 000 000 € par an", "fr", [(None, None), ("10000000", "EUR")]),
    # Not money
    ("article 5 000", "fr", []),
    # clause references and capitals that look like codes
    ("GCC 17.1 and ITT 11.1", "en", []),
    ("FOR ALL 3 LOTS", "en", []),
    ("ISO 27001", "en", []),
    ("l'année 2026", "fr", []),
    ("15 jours", "fr", []),
    ("99,9 %", "fr", []),
    ("ISO 27001", "en", []),
    ("Section 12.5", "en", []),
    ("the 2,000 users", "en", []),
    ("lot 2", "fr", []),
    ("le fournisseur 2 000 unités", "fr", []),  # "EUR" ends a word: no currency
    ("la teneur en eau", "fr", []),  # "ten" then "eur": neither a number nor a currency
    ("Lot 1, 400 000 EUR", "fr", [("400000", "EUR")]),  # a list, then an amount
    ("12 mad dogs", "en", []),  # "MAD" and "DH" name the dirham in capitals only
]


@pytest.mark.parametrize(("text", "lang", "expected"), AMOUNTS)
def test_find_amounts(text: str, lang: str, expected: list[tuple[str | None, str | None]]) -> None:
    found = [
        (str(a.money.value.normalize()), a.money.currency) if a.money else (None, None)
        for a in find_amounts(words_to_digits(text, lang))
    ]
    assert found == [(str(Decimal(v).normalize()) if v else None, c) for v, c in expected]


DELAYS = [
    ("quarante-huit (48) heures", "fr", [(48, "hours")]),
    ("sous 24h", "fr", [(24, "hours")]),
    ("sous 24 h", "fr", [(24, "hours")]),
    ("dans un délai de 72 heures", "fr", [(72, "hours")]),
    ("soixante-douze heures", "fr", [(72, "hours")]),
    ("2 jours ouvrés", "fr", [(2, "business_days")]),
    ("deux jours ouvrables", "fr", [(2, "business_days")]),
    ("quinze (15) jours", "fr", [(15, "days")]),
    ("dans les huit jours", "fr", [(8, "days")]),
    ("30 jours calendaires", "fr", [(30, "days")]),
    ("trois mois", "fr", [(3, "months")]),
    ("2 semaines", "fr", [(2, "weeks")]),
    ("un an", "fr", [(1, "years")]),
    ("30 minutes", "fr", [(30, "minutes")]),
    ("forty-eight (48) hours", "en", [(48, "hours")]),
    ("within 24 hours", "en", [(24, "hours")]),
    ("seventy-two hours", "en", [(72, "hours")]),
    ("ten (10) days", "en", [(10, "days")]),
    ("5 business days", "en", [(5, "business_days")]),
    ("two working days", "en", [(2, "business_days")]),
    ("twelve (12) months", "en", [(12, "months")]),
    # Written, but not readable whole
    ("dans un délai de 4 8 heures", "fr", [(None, "hours")]),
    ("sous 7 2h", "fr", [(None, "hours")]),
    # Not delays
    ("article 48", "fr", []),
    ("2 000 000 €", "fr", []),
    ("99,9 %", "fr", []),
    ("le 3 mars", "fr", []),
    ("Hébergement 24/7", "fr", []),
    ("ISO 27001", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DELAYS)
def test_find_delays(text: str, lang: str, expected: list[tuple[int, str]]) -> None:
    assert [(d.value, d.unit) for d in find_delays(words_to_digits(text, lang))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("99,9 %", ["99.9"]),
        ("99.95%", ["99.95"]),
        ("99,999 %", ["99.999"]),
        ("disponibilité de 99,5 pour cent", ["99.5"]),
        ("99.9 percent uptime", ["99.9"]),
        ("10 % du montant", ["10"]),
        ("5 p. 100", ["5"]),
        ("150 %", []),
        ("99,,9 %", ["None"]),
        ("taux de 9 9,5 %", ["None"]),
        ("2 000 000 €", []),
        ("article 99", []),
        # per mille, as French penalty clauses write it
        ("1/1000e du montant de la commande par jour de retard", ["0.1"]),
        ("0,5 ‰ par jour", ["0.05"]),
        ("le 1/10/2026", []),
    ],
)
def test_find_percents(text: str, expected: list[str]) -> None:
    assert [str(p.value) for p in find_percents(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("quarante-huit (48) heures", "fr", "48 (48) heures"),
        ("1,5 million d'euros", "fr", "1500000 d'euros"),
        ("2 millions", "fr", "2000000"),
        ("vingt-et-un jours", "fr", "21 jours"),
        ("forty-eight hours", "en", "48 hours"),
        ("3.2 billion", "en", "3200000000"),
    ],
)
def test_words_to_digits(text: str, lang: str, expected: str) -> None:
    assert words_to_digits(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Clinical Trials Liability: [***] dollars ($[***]) per occurrence.",
        "un montant de [à compléter] € par sinistre",
        "EUR [REDACTED] in the aggregate",
    ],
)
def test_a_blanked_amount_is_stated_but_never_read(text: str) -> None:
    mentions = find_amounts(text)
    assert len(mentions) == 1
    assert mentions[0].money is None


@pytest.mark.parametrize(
    ("extracted", "read"),
    [
        # pdfium joins a word cut at a line end and marks the printed hyphen with U+FFFE
        ("les at\ufffetestations de ses assureurs", "les attestations de ses assureurs"),
        ("peut être li\ufffemitée dans son offre", "peut être limitée dans son offre"),
        # the hyphen is the word's own after a compound's prefix or in a code
        ("chacun de ses sous\ufffetraitants", "chacun de ses sous-traitants"),
        ("any sub\ufffeprocessor", "any sub-processor"),
        ("l'article 14.1.1 du CCAG\ufffeFCS", "l'article 14.1.1 du CCAG-FCS"),
        # … or with U+0002, as a code wrapped in a narrow table cell comes out
        ("TOM\x0202 | Logging", "TOM-02 | Logging"),
    ],
)
def test_a_word_cut_at_a_line_end_is_whole_again(extracted: str, read: str) -> None:
    from tenderguard.text import clean

    assert clean(extracted) == read


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("£5,000,000 £10,000,000", [5000000, 10000000]),
        ("$1,000,000 $2,000,000 each occurrence / aggregate", [1000000, 2000000]),
        ("2 000 000 € 4 000 000 €", [2000000, 4000000]),
        ("$2,000,000 USD", [2000000]),
    ],
)
def test_a_sign_between_two_amounts_belongs_to_the_second_when_the_first_has_its_own(
    text: str, values: list[int]
) -> None:
    """« £5,000,000 £10,000,000 » in one cell: the « £ » after the first number is the sign of
    the second, the first having its sign before it, so both amounts are read."""
    from tenderguard.normalise.amounts import find_amounts

    found = [m.money.value for m in find_amounts(text) if m.money is not None]
    assert found == values


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("au moins 60 000 000 F CFP (environ 502 800 €) par sinistre", 60000000, "XPF"),
        ("120 000 000 francs CFP par année d'assurance", 120000000, "XPF"),
        ("professional indemnity of not less than R 10 000 000 per claim", 10000000, "ZAR"),
        ("public liability of not less than R5m any one occurrence", 5000000, "ZAR"),
        ("a penalty of R 2 500 for every calendar day of delay", 2500, "ZAR"),
        (
            "professional indemnity insurance of not less than RM 5,000,000 for each claim",
            5000000,
            "MYR",
        ),
        ("liquidated and ascertained damages (LAD) of RM 1,500 for each day of delay", 1500, "MYR"),
        # the Brazilian real, and the Portuguese and Spanish scales, read whole (not "2 USD")
        ("seguro de responsabilidade civil de R$ 5.000.000,00 por sinistro", 5000000, "BRL"),
        ("cobertura mínima de R$ 2 milhões", 2000000, "BRL"),
        ("un seguro de USD 1,5 millones por siniestro", 1500000, "USD"),
    ],
)
def test_cfp_francs_and_rands_are_read_in_their_currency(
    text: str, value: int, currency: str
) -> None:
    """« F CFP » (French Polynesia, New Caledonia) and the rand's « R » before a figure grouped
    in thousands or scaled: the amount demanded is read in its own currency, not its euro
    equivalent in brackets, nor left unread."""
    from tenderguard.normalise.amounts import find_amounts

    first = find_amounts(text)[0].money
    assert first is not None and (first.value, first.currency) == (value, currency)


def test_a_requirement_code_r10_is_no_rand() -> None:
    from tenderguard.normalise.amounts import find_amounts

    assert find_amounts("Requirement R10 applies to every lot; see R 12.") == []


def test_a_clause_number_closing_a_bracket_is_no_amount_of_the_code_after_it() -> None:
    """ "Liquidated damages (clause 11.3) AUD 450 per day": the code opens 450, the number
    before the bracket is a reference; never an amount of AUD 11.30."""
    from tenderguard.normalise.amounts import find_amounts

    found = [
        (m.money.value, m.money.currency)
        for m in find_amounts("Item 6 Liquidated damages (clause 11.3) AUD 450 per day")
        if m.money
    ]
    assert found == [(Decimal("450"), "AUD")]


def test_rands_written_in_words_are_read_once_their_words_are_figures() -> None:
    """« not less than R5 million per claim » reads « R5000000 » once « million » is a figure:
    still the rand, in a cover's sentence as in the amounts alone."""
    from tenderguard.extract import extract_values

    text = "with a limit of indemnity of not less than R5 million per claim."
    values = extract_values("insurance.rc_pro", ("amount", "basis"), text, "en", None, text)
    assert values.amount is not None
    assert (values.amount.value, values.amount.currency) == (5000000, "ZAR")
