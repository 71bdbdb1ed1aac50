"""Delays: "quarante-huit (48) heures", "sous 24h", "2 jours ouvrés", "15 days", "1 mois".

Works on text whose numbers in words were turned into digits (numbers.words_to_digits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenderguard.normalise.numbers import DIGIT_RUN, RUN_START, parse_number

UNITS = ("hours", "days", "business_days", "weeks", "months", "years", "minutes")

_UNIT_WORDS = [
    (r"heures?|hours?|hrs?\b|h\b", "hours"),
    (r"minutes?|mins?\b|mn\b", "minutes"),
    (
        r"jours?\s+(?:ouvr[ée]s|ouvrables|francs)|business\s+days?|working\s+days?|"
        r"jours?\s+ouvr[ée]s",
        "business_days",
    ),
    (r"jours?(?:\s+calendaires?)?|calendar\s+days?|days?|j\b", "days"),
    (r"semaines?|weeks?", "weeks"),
    (r"mois|months?", "months"),
    (r"ans?\b|ann[ée]es?|years?", "years"),
]
_UNIT = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(_UNIT_WORDS))
# "48 heures", "48 (48) heures", "24h", "15 (quinze) jours"; the number as loosely as it is
# written ("4 8 heures"), so that a badly written one is reported, not half read.
_DELAY = re.compile(
    rf"{RUN_START}(?P<num>{DIGIT_RUN})(?:\s*\(\s*(?:\d{{1,4}}|[^\W\d_]+(?:[- ][^\W\d_]+)*)\s*\))?"
    rf"\s*(?:{_UNIT})(?![^\W\d_])",
    re.IGNORECASE,
)
MAX_DELAY = 100_000  # no delay of a contract runs to more units than this: a misread


@dataclass(frozen=True, slots=True)
class Delay:
    value: int | None  # None: written, but not readable whole ("4 8 heures")
    unit: str  # one of UNITS
    start: int
    end: int
    text: str = ""


def find_delays(text: str) -> list[Delay]:
    delays = []
    for m in _DELAY.finditer(text):
        number = m.group("num")
        unit = next(_UNIT_WORDS[i][1] for i in range(len(_UNIT_WORDS)) if m.group(f"u{i}"))
        parsed = parse_number(number)
        if parsed is None or parsed != parsed.to_integral_value() or parsed > MAX_DELAY:
            delays.append(Delay(None, unit, m.start(), m.end(), m.group()))
            continue
        value = int(parsed)
        if value == 0:  # "0H" in a reference or a timetable: no delay is zero
            continue
        delays.append(Delay(value, unit, m.start(), m.end(), m.group()))
    return delays
