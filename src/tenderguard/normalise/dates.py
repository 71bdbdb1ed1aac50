"""Dates as certificates write them: "31/12/2026", "31.12.2026", "2026-12-31",
"1er janvier 2026", "31 déc. 2026", "December 31, 2026", and US "12/31/2026" on ACORD forms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tenderguard.text import fold_same_length

_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "january": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "feb": 2,
    "february": 2,
    "mars": 3,
    "mar": 3,
    "march": 3,
    "avril": 4,
    "avr": 4,
    "apr": 4,
    "april": 4,
    "mai": 5,
    "may": 5,
    "juin": 6,
    "jun": 6,
    "june": 6,
    "juillet": 7,
    "juil": 7,
    "jul": 7,
    "july": 7,
    "aout": 8,
    "aug": 8,
    "august": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "september": 9,
    "octobre": 10,
    "oct": 10,
    "october": 10,
    "novembre": 11,
    "nov": 11,
    "november": 11,
    "decembre": 12,
    "dec": 12,
    "december": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH_NAMES})\.?\s+(\d{{4}})")
_MONTH_DAY = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date
    start: int
    end: int


# Years a contract or a certificate can name; "0100" is a typo or a number, never a year.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def _make(written_year: str, month: int, day: int) -> date | None:
    """The date, or None; a two-digit year is this century's ("26" -> 2026)."""
    year = int(written_year)
    if len(written_year) == 2:
        year += 2000
    elif not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, lang: str = "fr") -> list[DateMention]:
    """Every date in `text`, in order. `lang` "en" reads 02/03/2026 as February 3 (US forms)."""
    folded = fold_same_length(text)
    found: list[DateMention] = []
    for m in _ISO.finditer(folded):
        value = _make(m.group(1), int(m.group(2)), int(m.group(3)))
        if value:
            found.append(DateMention(value, m.start(), m.end()))
    for m in _NUMERIC.finditer(folded):
        first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
        day, month = (second, first) if lang == "en" and first <= 12 else (first, second)
        if month > 12 and day <= 12:
            day, month = month, day
        value = _make(year, month, day)
        if value:
            found.append(DateMention(value, m.start(), m.end()))
    for m in _DAY_MONTH.finditer(folded):
        value = _make(m.group(3), _MONTHS[m.group(2)], int(m.group(1)))
        if value:
            found.append(DateMention(value, m.start(), m.end()))
    for m in _MONTH_DAY.finditer(folded):
        value = _make(m.group(3), _MONTHS[m.group(1)], int(m.group(2)))
        if value:
            found.append(DateMention(value, m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return [d for i, d in enumerate(found) if i == 0 or d.start >= found[i - 1].end]
