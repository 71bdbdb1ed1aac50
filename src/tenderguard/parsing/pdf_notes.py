"""Footnotes of a PDF page, read where they are called.

A word processor prints a footnote's call as a small raised figure glued to a word
(« disponibilité minimale¹ ») and the note at the foot of the page, in a smaller size, after
the same figure (« 1 Soit 99,9 % de disponibilité mensuelle… »). A value a note carries is the
calling sentence's: the note is put in brackets at its call (as the notes of a DOCX are,
docx_text.py) and its lines leave the foot of the page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tenderguard.layout import body_size
from tenderguard.models import BBox, Block

# The call as the line reader writes it, until the page's notes are read: « minimale⟦1⟧ ».
CALL_OPEN, CALL_CLOSE = "⟦", "⟧"
_CALL = re.compile(f"{CALL_OPEN}(\\d{{1,2}}){CALL_CLOSE}")
_STOP_AND_CALL = re.compile(f"([.,;:]?){CALL_OPEN}(\\d{{1,2}}){CALL_CLOSE}")
# A figure of one or two digits glued to the end of a word, before a space, a stop or the end.
CALL_AFTER_WORD = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:)]))\d{1,2}(?=[\s.,;:)]|$)")
# A call or a note is set at most at this share of the text's size.
SMALL = 0.85
SAME_LINE = 3.0  # points between the tops of a note's number and of its text
# A note's next line stands at most this many times its size below the line before.
NOTE_LEADING = 1.8
NOTE_INDENT = 12.0  # points: a note's next line starts under its number or its text
_NOTE_START = re.compile(r"^(\d{1,2})\s+(\S.*)$")
# The short rule a word processor draws above the notes, typed as a line of underscores.
_SEPARATOR = re.compile(r"[_\-‐–—]{5,}")


def is_small(size: float, line_size: float) -> bool:
    return size < SMALL * line_size


def with_notes(lines: list[Block]) -> list[Block]:
    """The lines of one page, each call replaced by its note in brackets, the notes' lines
    gone; a call whose note is not on the page is the figure it was."""
    calls = {m.group(1) for line in lines for m in _CALL.finditer(line.text)}
    if not calls:
        return lines
    notes, used = _notes(lines, calls)

    def called(m: re.Match[str]) -> str:
        # a call set after a stop (« per claim.¹ ») puts its note before the stop
        stop, number = m.group(1), m.group(2)
        note = notes.get(number)
        return f" ({note.rstrip(' .')}){stop}" if note else stop + number

    return [
        replace(line, text=_STOP_AND_CALL.sub(called, line.text))
        for i, line in enumerate(lines)
        if i not in used
    ]


def _notes(lines: list[Block], calls: set[str]) -> tuple[dict[str, str], set[int]]:
    """The texts of the notes at the foot of the page, by number, and the lines they use."""
    body = body_size(lines)
    if body is None:
        return {}, set()
    sized = [(i, b, b.bbox, b.size) for i, b in enumerate(lines) if b.bbox and b.size]
    small = [(i, box, size) for i, _, box, size in sized if is_small(size, body)]
    separators = {i for i, _, _ in small if _SEPARATOR.fullmatch(lines[i].text.strip())}
    text_boxes = [box for _, _, box, size in sized if not is_small(size, body)]
    if separators:
        # The notes stand under the rule, down to the text that goes on below them (a note
        # printed after its section rather than at the foot of the page).
        rule = min(lines[i].bbox.top for i in separators)  # type: ignore[union-attr]
        end = min((box.top for box in text_boxes if box.top > rule), default=float("inf"))
        foot = [e for e in small if rule <= e[1].top < end and e[0] not in separators]
    else:
        lowest_text = max((box.bottom for box in text_boxes), default=0.0)
        foot = [e for e in small if e[1].top >= lowest_text]
    foot.sort(key=lambda entry: (entry[1].top, entry[1].x0))
    notes: dict[str, str] = {}
    used: set[int] = set()
    current: str | None = None
    bottom = left = 0.0
    for group in _visual_lines(foot):
        _, box, size = group[0]
        text = " ".join(lines[i].text.strip() for i, _, _ in group)
        start = _NOTE_START.match(text)
        if start and start.group(1) in calls and start.group(1) not in notes:
            current = start.group(1)
            notes[current] = start.group(2)
            left = box.x0
        elif (
            current is not None
            and box.top - bottom <= NOTE_LEADING * size
            # (not the running footer under the notes, set elsewhere on the line)
            and abs(box.x0 - left) <= NOTE_INDENT
        ):
            notes[current] += f" {text}"
        else:
            current = None
            continue
        used.update(i for i, _, _ in group)
        bottom = max(b.bottom for _, b, _ in group)
    if notes:
        used |= separators  # the rule over the notes goes with them
    return notes, used


_FootLine = tuple[int, BBox, float]  # index of the block, its box, its size


def _visual_lines(foot: list[_FootLine]) -> list[list[_FootLine]]:
    """The blocks that stand on one line of the page, left to right (a note's number is set
    apart from its text, a size smaller)."""
    groups: list[list[_FootLine]] = []
    for entry in foot:
        if groups and abs(groups[-1][0][1].top - entry[1].top) <= SAME_LINE:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return [sorted(g, key=lambda entry: entry[1].x0) for g in groups]
