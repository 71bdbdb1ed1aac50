"""Percentages: "99,9 %", "99.95%", "99,9 pour cent", "ninety-nine point nine percent" (digits)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_PERCENT = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d{1,4})?)\s*(?:%|pour\s*cent\b|pour\s*100\b|percent\b|"
    r"per\s*cent\b|p\.\s?100\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PercentMention:
    value: Decimal
    start: int
    end: int


def find_percents(text: str) -> list[PercentMention]:
    out = []
    for m in _PERCENT.finditer(text):
        # Percentages never carry thousands separators: "99,999 %" is 99.999.
        value = Decimal(m.group("num").replace(",", "."))
        if value <= 100:
            out.append(PercentMention(value, m.start(), m.end()))
    return out
