"""Money amounts in every written form: "2 000 000 €", "2 M€", "1,5 million d'euros",
"deux millions d'euros (2 000 000 €)", "3 000 K€", "EUR 5,000,000", "$1,000,000", "£2m".

find_amounts() works on text whose numbers in words were already turned into digits
(numbers.words_to_digits); offsets refer to that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from tenderguard.models import Money
from tenderguard.normalise.numbers import (
    AMBIGUOUS_BEFORE_SCALE,
    DIGIT_RUN,
    RUN_START,
    parse_number,
    scale_factor,
)

_CURRENCY_WORDS = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "$": "USD",
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
    # Other currencies of the documents read (Switzerland, Canada, Australia, Singapore,
    # Morocco): by their ISO 4217 code, their sign or their name.
    "chf": "CHF",
    "franc suisse": "CHF",
    "francs suisses": "CHF",
    "cad": "CAD",
    "aud": "AUD",
    "nzd": "NZD",
    "sgd": "SGD",
    # Hong Kong, the United Arab Emirates and the Nordic tenders in English
    "hkd": "HKD",
    "aed": "AED",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "mad": "MAD",
    "dh": "MAD",
    "dhs": "MAD",
    "dirham": "MAD",
    "dirhams": "MAD",
    # The CFA francs of West and Central Africa (Côte d'Ivoire, Sénégal…; Cameroun, Gabon…):
    # by their code; "FCFA" and "francs CFA" name the West African one, worth the same.
    "xof": "XOF",
    "xaf": "XAF",
    "fcfa": "XOF",
    "f cfa": "XOF",
    "franc cfa": "XOF",
    "francs cfa": "XOF",
    # Signs and names of currencies whose code documents often leave out
    "¥": "JPY",
    "yen": "JPY",
    "₪": "ILS",
    "nis": "ILS",
    "shekels": "ILS",
    "₹": "INR",
    "rs": "INR",  # "Rs. 50,00,000", as Indian documents write rupees
    "₩": "KRW",
    "ksh": "KES",
    "kshs": "KES",
    # Chile's Unidad de Fomento, ISO 4217 code CLF
    "uf": "CLF",
    # The Rwandan franc as Rwanda writes it, "Frw 100,000,000"
    "frw": "RWF",
    # The CFP franc of French Polynesia, New Caledonia and Wallis-and-Futuna: « 60 000 000 F CFP »
    "xpf": "XPF",
    "f cfp": "XPF",
    "fcfp": "XPF",
    "franc cfp": "XPF",
    "francs cfp": "XPF",
    # The South African rand: "R 10 000 000", "R5m"
    "r": "ZAR",
    "zar": "ZAR",
    # The Malaysian ringgit: "RM 5,000,000"
    "rm": "MYR",
    "ringgit": "MYR",
}
# Dollars named by their country, before or after the sign: "US$", "CAD $2,000,000",
# "2 000 000 $ CA", "3 M$ CAN".
_DOLLAR_REGIONS = {
    "us": "USD",
    "usd": "USD",
    "c": "CAD",
    "ca": "CAD",
    "can": "CAD",
    "cad": "CAD",
    "a": "AUD",
    "aud": "AUD",
    "nz": "NZD",
    "nzd": "NZD",
    "s": "SGD",
    "sgd": "SGD",
    "hk": "HKD",
    "hkd": "HKD",
    "bd": "BMD",
    "r": "BRL",  # the Brazilian real: "R$ 5.000.000,00"
}
_REGION_AFTER = r"\$\s?(?:ca|can|us)\b"
_CUR_AFTER = (
    rf"€|euros?\b|eur\b|{_REGION_AFTER}|\$|usd\b|u\.?\s?s\.?\s?dollars?\b|dollars?\b|£|gbp\b"
    r"|livres? sterling\b|pounds?(?: sterling)?\b"
    # "MAD" and "DH" in capitals only: "12 mad dogs" holds no dirham
    r"|chf\b|francs? suisses?\b|cad\b|aud\b|nzd\b|sgd\b|hkd\b|aed\b|sek\b|nok\b|dkk\b"
    r"|(?-i:MAD|DHS?)\b|dirhams?\b"
    r"|xof\b|xaf\b|f\s?cfa\b|francs? cfa\b|xpf\b|f\s?cfp\b|francs? cfp\b|zar\b"
    r"|¥|₪|₹|₩|yen\b|shekels\b|(?-i:NIS|UF|KShs?|Kshs?|Frw|FRW)\b"
)
# Any other currency by its ISO 4217 code, in capitals ("ILS 20,000,000", "2 500 000 JPY"),
# kept only when CLDR knows the code (_iso_code): "GCC 17.1" is a clause.
_ISO_CODE = r"(?-i:[A-Z]{3})\b"
# A code before the number is a word of its own: "fournisseur 2" holds no "EUR 2".
_CUR_BEFORE = (
    # "a $5,000,000 policy" is in dollars: a one-letter country is glued to its sign ("A$")
    r"€|(?<![^\W\d_])(?:(?:usd|cad|aud|nzd|sgd|hkd|us)\s?\$|(?:ca|c|a|s|nz|hk|bd|r)\$)"
    r"|(?<![^\W\d_])(?:eur|usd|gbp|chf|cad|aud|nzd|sgd|hkd|aed|sek|nok|dkk|xof|xaf|(?-i:MAD))\b"
    r"|(?<![^\W\d_])(?:yen|shekels|(?-i:NIS|UF|KShs?|Kshs?|Frw|FRW))\b"
    r"|(?<![^\W\d_])(?-i:Rs)\.?(?=\s?\d)"
    # the rand's « R » only before a figure grouped in thousands or scaled ("R 2 500", "R5m"):
    # "R10" is a requirement's code
    # (and the ringgit's « RM »: "RM 5,000,000")
    r"|(?<![^\W\d_])(?-i:RM|R)"
    # (or before six figures and more, as « R5 million » reads once its words are figures)
    r"(?=\s?\d{1,3}(?:[  ,]\d{3})+(?!\d)|\s?\d+(?:[.,]\d+)?\s?(?:m|million|bn)\b"
    r"|\s?\d{6,}(?![\d.,]))"
    r"|\$|£|¥|₪|₹|₩"
)
# Currency written between number and currency: "2 M€", "3 000 K€", "5 MEUR", "1 M d'euros".
_OF = r"(?:d['’]\s?|de\s|of\s)"
_SCALE = (
    r"millions?|milliards?|billions?|thousand|mille|mio\b|mln\b|bn\b|mds?\b|lakhs?\b|crores?\b"
    r"|milh(?:ão|ao|ões|oes)\b|mill(?:ón|on|ones)\b"
    rf"|k(?=\s?(?:€|eur))|m(?=\s?{_OF}?(?:€|eur|\$|£))|mm(?=\s?(?:€|eur|\$))"
)
_SCALED_CODE = rf"k€|m€|keur\b|meur\b|[km]{_REGION_AFTER}|k\$|m\$|m£|k£"

_AFTER = re.compile(
    rf"{RUN_START}(?P<num>{DIGIT_RUN})\)?\s?(?:(?P<code>{_SCALED_CODE})|(?:(?P<scale>{_SCALE})\s?)?"
    rf"{_OF}?(?P<cur>{_CUR_AFTER}|{_ISO_CODE}))",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    rf"(?P<cur>{_CUR_BEFORE}|(?<![^\W\d_]){_ISO_CODE})\s?(?P<num>{DIGIT_RUN})"
    r"(?:\s?(?P<scale>{_SCALE}|m\b|k\b))?".replace("{_SCALE}", _SCALE),
    re.IGNORECASE,
)
# A sign written right before a number: that number's currency is this one, so a sign after it
# opens the next amount.
_SIGN_BEFORE = re.compile(rf"(?:{_CUR_BEFORE})\s?\Z", re.IGNORECASE)
_DIGIT_NEXT = re.compile(r"\s?\d")
# Numbers in words left before a currency: words_to_digits could not turn them into digits
# ("cinq cents mille euros" in an odd spelling), so the amount is there but unread.
_NUMBER_WORDS = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|millions?"
    r"|milliards?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|hundred|thousand|millions?|billions?)"
)
_WORDS_BEFORE_CURRENCY = re.compile(
    rf"\b{_NUMBER_WORDS}(?:[\s-]+(?:et[\s-]+)?{_NUMBER_WORDS})*(?:\s+{_OF}?|\s*{_OF})"
    rf"(?:{_CUR_AFTER})",
    re.IGNORECASE,
)

# An amount blanked out or left to fill in: "$[***]", "[***] dollars", "[•] €", "EUR [REDACTED]",
# "[montant] €". The contract states an amount there; nobody can read it.
_BLANK = r"\[[^\[\]\n]{1,20}\]"
_BLANKED = re.compile(
    rf"(?:(?:{_CUR_BEFORE})\s?{_BLANK})|(?:{_BLANK}\s?(?:{_CUR_AFTER}))", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class AmountMention:
    """An amount where the text writes one. `money` is None when it cannot be read whole
    ("5000 000 €", "2.000.00 €"): the amount is there, its value is not known."""

    money: Money | None
    start: int
    end: int
    text: str = ""

    @property
    def readable(self) -> bool:
        return self.money is not None


@cache
def _iso_codes() -> frozenset[str]:
    # Imported here: Babel loads CLDR data, and most amounts are in euros.
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _bare_code(word: str) -> bool:
    """Whether the currency word of a match is three capitals no spelling above names: a code
    known only to ISO 4217 (« ILS »), or no currency at all (« GCC »)."""
    return (
        len(word) == 3
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and word.lower() not in _CURRENCY_WORDS
    )


# Codes that are also words written in capitals ("FOR ALL 3 LOTS", "TOP 10"), and amounts
# too small to be an insurance limit, a penalty or a price in a currency named by code alone.
_CODES_ALSO_WORDS = frozenset({"ALL", "TOP", "CUP", "PEN", "BOB", "MOP", "SOS", "BAM"})
_MIN_DIGITS_BY_CODE = 3


def _known(word: str, num: str, scale: str | None = None) -> bool:
    """Whether the currency word of a match names a currency: a bare code in capitals only if
    ISO 4217 has it, it is no common word, and the amount has at least three digits or a
    scale word ("INR 5 crore")."""
    if not _bare_code(word):
        return True
    return (
        word not in _CODES_ALSO_WORDS
        and word in _iso_codes()
        and (sum(c.isdigit() for c in num) >= _MIN_DIGITS_BY_CODE or bool(scale))
    )


def _currency(word: str) -> str:
    if _bare_code(word) and word in _iso_codes():
        return word
    key = " ".join(word.lower().replace(".", "").split())
    if key.startswith("us") and "dollar" in key:
        return "USD"
    region = key.replace("$", "").strip()
    if "$" in key and region in _DOLLAR_REGIONS:
        return _DOLLAR_REGIONS[region]
    if key.startswith("pound"):
        return "GBP"
    return _CURRENCY_WORDS.get(key, "EUR")


# Money has cents at most: "1.0000 €" is not an amount anyone wrote on purpose.
_TOO_MANY_DECIMALS = re.compile(r"\d+[.,]\d{4,}")


def _scaled(num: str, scale: str | None) -> Decimal | None:
    """The value of `num` times its scale; None when it cannot be read whole."""
    if scale and AMBIGUOUS_BEFORE_SCALE.fullmatch(num):
        return None
    value = parse_number(num)
    if value is None:
        return None
    if _TOO_MANY_DECIMALS.fullmatch(num):
        return None
    if scale:
        factor = scale_factor(scale.strip()) or 1
        value *= factor
    return value


# No insurance limit, deductible or contract value comes near a trillion: a larger figure
# is a misread (a phone number or a reference run into a currency sign).
MAX_AMOUNT = Decimal(10) ** 12


def _mention(value: Decimal | None, currency: str, m: re.Match[str]) -> AmountMention | None:
    if value is not None and value >= MAX_AMOUNT:
        return None
    money = Money(value, currency) if value is not None else None
    return AmountMention(money, m.start(), m.end(), m.group())


def find_amounts(text: str) -> list[AmountMention]:
    """Every amount of money, in order, including those that cannot be read whole (money
    None); an amount repeated in figures right after (words then digits: "2000000 d'euros
    (2 000 000 €)") is reported once."""
    found: list[AmountMention | None] = []
    for m in _AFTER.finditer(text):
        if (
            not m.group("code")
            and _SIGN_BEFORE.search(text, 0, m.start("num"))
            and _DIGIT_NEXT.match(text, m.end())
        ):
            continue  # « £5,000,000 £10,000,000 »: the sign after is the next amount's
        if text[m.end("num") : m.end("num") + 1] == ")" and _DIGIT_NEXT.match(text, m.end()):
            continue  # "(clause 11.3) AUD 450": the bracket closes a reference, the code is 450's
        code = m.group("code")
        if code:
            value = _scaled(m.group("num"), code[0])
            currency = _currency(code[1:] if code[1:2] in ("€", "$", "£") else "eur")
        else:
            if not _known(m.group("cur"), m.group("num")):
                continue
            value = _scaled(m.group("num"), m.group("scale"))
            currency = _currency(m.group("cur"))
        found.append(_mention(value, currency, m))
    taken = [(a.start, a.end) for a in found if a is not None]
    for m in _BEFORE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or not _known(
            m.group("cur"), m.group("num"), m.group("scale")
        ):
            continue
        value = _scaled(m.group("num"), m.group("scale"))
        found.append(_mention(value, _currency(m.group("cur")), m))
        taken.append((m.start(), m.end()))
    for pattern in (_WORDS_BEFORE_CURRENCY, _BLANKED):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(AmountMention(None, m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    mentions = sorted((a for a in found if a is not None), key=lambda a: a.start)
    deduped: list[AmountMention] = []
    for mention in mentions:
        previous = deduped[-1] if deduped else None
        # The same amount in words then figures, read or not: "[***] dollars ($[***])".
        if (
            previous is not None
            and previous.money == mention.money
            and mention.start - previous.end < 6
        ):
            continue
        deduped.append(mention)
    return deduped
