"""Numbers as documents write them: digits with French or English separators, or words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from text_to_num import alpha2digit

# A number with optional thousands separators (space, dot, comma, apostrophe) and decimals.
NUMBER = r"\d{1,3}(?:(?:[  .,'’])\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d+)?"

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
}
# "1,5 million", "2 millions", "3.2 bn": digits then a scale word, converted before the words
# pass, which would otherwise read "1,5 1000000".
_DIGITS_THEN_SCALE = re.compile(
    rf"(?<![\d.,])({NUMBER})\s*(millions?|milliards?|billions?|thousand|mille)\b", re.IGNORECASE
)


def parse_number(text: str) -> Decimal | None:
    """ "2 000 000" -> 2000000, "1,5" -> 1.5, "2.000.000,50" -> 2000000.50; None if not a number."""
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    s = s.replace(" ", "").replace("'", "")
    if not s or not re.fullmatch(r"\d[\d.,]*", s):
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        decimal_sep = "." if s.rfind(".") > s.rfind(",") else ","
        thousands = "," if decimal_sep == "." else "."
        s = s.replace(thousands, "").replace(decimal_sep, ".")
    elif has_dot or has_comma:
        sep = "." if has_dot else ","
        parts = s.split(sep)
        if len(parts) > 2 or (len(parts[1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
            if not all(len(p) == 3 for p in parts[1:]):
                return None
            s = "".join(parts)  # thousands separators
        else:
            s = s.replace(sep, ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _format(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def words_to_digits(text: str, lang: str) -> str:
    """Numbers in words become digits: "quarante-huit (48) heures" -> "48 (48) heures"."""

    def scale(m: re.Match[str]) -> str:
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
