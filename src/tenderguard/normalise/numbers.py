"""Numbers as documents write them: digits with French or English separators, or words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import alpha2digit

# A number with optional thousands separators (space, dot, comma, apostrophe) and decimals.
NUMBER = r"\d{1,3}(?:(?:[  .,'’])\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d+)?"
# Separators documents put between the digits of one number: spaces of every width,
# apostrophes (Swiss), dots and commas.
SEPARATORS = " \u00a0\u202f\u2009.,'’"
# A run of digits and separators as loosely as documents write them ("5000 000", "2.000.00",
# "1 50 000", "99,,9"): what a reader would take for one number. parse_number decides whether
# it is one. ", " is not in it: "lot 1, 400 000 €" lists a lot, then an amount.
DIGIT_RUN = rf"\d(?:\d|(?:[{SEPARATORS}]|,,|\.\.)(?=\d))*"
# Where a run may not start: inside a word or a number, or right after "digit + separator",
# so that the end of a badly grouped number is never read alone.
RUN_START = rf"(?<![\w.,])(?<!\d[{SEPARATORS}])"
_SPACES = re.compile("[ \u00a0\u202f\u2009]")
# Whole numbers as they are grouped: one separator between groups of three digits, a first
# group of one to three, then optional decimals after another separator.
# ASCII digits only: a digit of another script ("꤀", "١٢٣") is no figure a French or English
# document writes, and Decimal would read it.
_GROUPED = re.compile(
    r"\d{1,3}(?:(?P<sep>[ .,'])\d{3})(?:(?P=sep)\d{3})*(?:(?P<dec>[.,])\d{1,2})?", re.ASCII
)
_PLAIN = re.compile(r"\d+(?:(?P<dec>[.,])\d+)?", re.ASCII)
# "10,00,00,000", "1,50,000": the Indian grouping (lakh, crore), two digits a group but the
# last three; no other way of writing numbers groups digits so.
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?", re.ASCII)


_SCALE_WORDS = {
    "mille": 1000,
    "thousand": 1000,
    "k": 1000,
    "million": 10**6,
    "millions": 10**6,
    "mio": 10**6,
    "mln": 10**6,
    "m": 10**6,
    "mm": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "md": 10**9,
    "mds": 10**9,
    # Indian amounts: "INR 5 crore", "Rs. 50 lakh"
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    # Portuguese and Spanish: "R$ 2 milhões", "USD 1,5 millones"
    "milhão": 10**6,
    "milhao": 10**6,
    "milhões": 10**6,
    "milhoes": 10**6,
    "millón": 10**6,
    "millon": 10**6,
    "millones": 10**6,
}
# "1,5 million", "2 millions", "3.2 bn": digits then a scale word, converted before the words
# pass, which would otherwise read "1,5 1000000".
_DIGITS_THEN_SCALE = re.compile(
    rf"(?<![\d.,])({NUMBER})\s*(millions?|milliards?|billions?|thousand|mille)\b", re.IGNORECASE
)


# One separator then three digits before a scale: "1,125 million" is 1.125 million in French
# and 1 125 million in English, "1.500 K€" 1.5 or 1 500 K€: no reader can tell.
AMBIGUOUS_BEFORE_SCALE = re.compile(r"\d{1,3}[.,]\d{3}")


def parse_number(text: str) -> Decimal | None:
    """ "2 000 000" -> 2000000, "1,5" -> 1.5, "2.000.000,50" -> 2000000.50; None unless the
    whole text is one number, grouped as numbers are: "5000 000", "1 50 000" and "2.000.00"
    are None, since no reader can say which number was meant."""
    s = _SPACES.sub(" ", text.strip()).replace("’", "'")
    grouped = _GROUPED.fullmatch(s)
    if grouped:
        sep, dec = grouped.group("sep"), grouped.group("dec")
        if dec is not None and dec == sep:
            return None  # "2.000.00": a thousands separator cannot also mark the decimals
        digits = s.replace(sep, "")
        if dec is not None:
            digits = digits.replace(dec, ".")
        # "1.500" or "1,500" alone: thousands, as in amounts ("0,500" stays a decimal).
        if dec is None and sep in ".," and s.startswith("0" + sep):
            digits = s.replace(sep, ".")
        return _decimal(digits)
    if _INDIAN.fullmatch(s):
        return _decimal(s.replace(",", ""))
    plain = _PLAIN.fullmatch(s)
    if plain:
        dec = plain.group("dec")
        return _decimal(s.replace(dec, ".") if dec else s)
    return None


def _decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _format(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def words_to_digits(text: str, lang: str) -> str:
    """Numbers in words become digits: "quarante-huit (48) heures" -> "48 (48) heures"."""

    def scale(m: re.Match[str]) -> str:
        if AMBIGUOUS_BEFORE_SCALE.fullmatch(m.group(1)):
            return m.group(0)
        number = parse_number(m.group(1))
        factor = _SCALE_WORDS.get(m.group(2).lower())
        if number is None or factor is None:
            return m.group(0)
        return _format(number * factor)

    text = _DIGITS_THEN_SCALE.sub(scale, text)
    try:
        return str(alpha2digit(text, "fr" if lang == "fr" else "en", threshold=0))
    except Exception:  # text2num is strict about odd inputs; numbers in words are a bonus
        return text


def scale_factor(word: str) -> int | None:
    return _SCALE_WORDS.get(word.lower())
