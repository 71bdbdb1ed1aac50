"""The French plan of a note or a report: parts « I. », « II. », sub-parts « A. », « B. »,
paragraphs « 1. », « 2. » and points « a) », « b) » (« a. », « b. » in an American outline,
which is the same plan), each level numbering afresh under the one
above. Its reader cites a point by the whole path, « II.B.2.a », and a paragraph « II.B.2 »:
the numbers alone (« 2 », « a ») repeat from one sub-part to the next.

Read only where the plan is there: at least two parts I, II… in order and two sub-parts
lettered from A under them. Each level follows the one before it (« B. » after « A. », « 2. »
after « 1. »); a line that does not is text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tenderguard.models import Block, BlockKind

# (as typed by hand too: « III – EXIGENCES », « A/ HÉBERGEMENT », « 1° Le site … »)
_PART = re.compile(r"^(?P<mark>[IVX]{1,5})(?:\.|\s+[–—-])\s+(?P<text>\S.*)$")
_SUB_PART = re.compile(r"^(?P<mark>[A-H])[./]\s+(?P<text>\S.*)$")
_PARAGRAPH = re.compile(r"^(?P<mark>\d{1,2})[.°]\s+(?P<text>\S.*)$")
_POINT = re.compile(r"^(?P<mark>[a-h])[).]\s+(?P<text>\S.*)$")
_LEVELS = (_PART, _SUB_PART, _PARAGRAPH, _POINT)
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
POINT_DEPTH = 3  # the dots in the number of a point, « II.B.2.a »
MIN_PARTS = 2
MIN_SUB_PARTS = 2


@dataclass(frozen=True, slots=True)
class PlanHeading:
    number: str  # "II.B.2.a"
    text: str  # what follows the mark on its line


def _first(level: int) -> str:
    return ("I", "A", "1", "a")[level]


def _next(level: int, mark: str) -> str:
    """The mark that follows `mark` at its level; none after « X. »."""
    if level == 0:
        return _ROMANS[_ROMANS.index(mark) + 1] if mark in _ROMANS[:-1] else ""
    if level == 2:
        return str(int(mark) + 1)
    return chr(ord(mark) + 1)


def french_plan(blocks: Sequence[Block]) -> dict[int, PlanHeading]:
    """Block index -> the heading of the plan it opens; empty where the text has no such plan."""
    path: list[str] = []  # the marks of the levels open, part first
    found: dict[int, PlanHeading] = {}
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_ROW:
            continue
        line = block.text.strip()
        for level, pattern in enumerate(_LEVELS):
            m = pattern.match(line)
            if m is None or level > len(path):
                continue
            mark = m.group("mark")
            expected = _next(level, path[level]) if level < len(path) else _first(level)
            if level == 0 and mark == _first(0) and path and path[0] != mark:
                # « I – PRÉSENTATION » again after the contents listed I to VI: the text opens,
                # and the contents' lines were no parts of it
                found, path, expected = {}, [], mark
            if mark != expected:
                continue
            path = [*path[:level], mark]
            found[i] = PlanHeading(".".join(path), m.group("text"))
            break
    numbers = [h.number for h in found.values()]
    parts = [n for n in numbers if "." not in n]
    sub_parts = [n for n in numbers if n.count(".") == 1]
    if len(parts) < MIN_PARTS or len(sub_parts) < MIN_SUB_PARTS:
        return {}
    return found
