"""Percentages: "99,9 %", "99.95%", "99,9 pour cent", "ninety-nine point nine percent" (digits);
per mille ("1/1000e", "0,5 ‰") as the percentage it is.

A number before the sign that is not written as a percentage is ("99,,9 %") is reported with
no value: the percentage is there, its value is not known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tenderguard.normalise.numbers import DIGIT_RUN, RUN_START

_PERCENT = re.compile(
    rf"{RUN_START}(?P<num>{DIGIT_RUN})\s*(?:%|pour\s*cent\b|pour\s*100\b|percent\b|"
    r"per\s*cent\b|p\.\s?100\b)",
    re.IGNORECASE,
)
# Per mille: "1/1000e du montant par jour de retard", "0,5 ‰", "2 pour mille" (a tenth of a
# percent each)
_PER_MILLE = re.compile(
    rf"{RUN_START}(?P<num>{DIGIT_RUN})\s*(?:‰|pour\s*mille\b|/\s*1\s?000\s*(?:i?[eè]me|e)?(?!\w))",
    re.IGNORECASE,
)
# Percentages never carry thousands separators: "99,999 %" is 99.999.
_VALUE = re.compile(r"\d{1,3}(?:[.,]\d{1,4})?")


@dataclass(frozen=True, slots=True)
class PercentMention:
    value: Decimal | None  # None: written, but not readable whole
    start: int
    end: int
    text: str = ""


def find_percents(text: str) -> list[PercentMention]:
    out = []
    # (a per mille is a tenth of a percent)
    for pattern, per_hundred in ((_PERCENT, Decimal(1)), (_PER_MILLE, Decimal(10))):
        for m in pattern.finditer(text):
            number = m.group("num")
            if not _VALUE.fullmatch(number):
                out.append(PercentMention(None, m.start(), m.end(), m.group()))
                continue
            value = Decimal(number.replace(",", ".")) / per_hundred
            if value <= 100:
                out.append(PercentMention(value, m.start(), m.end(), m.group()))
    return sorted(out, key=lambda mention: mention.start)
