"""A page of plain text laid out in two columns side by side (a PDF copied with its layout,
« pdftotext -layout »): the left column is read down to its end, then the right one, as the
page is read.

A gutter is a position where, on many lines, text starts after a run of spaces while text
before it ends short of it; no line of body text crosses it. Lines that cross it (a running
header, a centred footer) are kept whole: at the top of the page before both columns, at the
bottom after them, in the left column elsewhere.
"""

from __future__ import annotations

import re
from itertools import pairwise

MIN_GUTTER = 2  # spaces at least between the columns on a line holding both
MIN_LEFT_WIDTH = 20  # characters: a left column narrower than this is an indented list
# Share of the non-blank lines that hold text on both sides of the gutter
MIN_BOTH_SHARE = 0.3
# Share of the non-blank lines that may cross the gutter (headers, footers, titles)
MAX_CROSSING_SHARE = 0.15
MIN_LINES = 8  # non-blank lines a page needs before its layout is worth guessing
_SPACED = re.compile(rf"\S {{{MIN_GUTTER},}}\S")
MAX_PIPED_SHARE = 0.2  # lines holding a "|", beyond which the page is a table


# "N°      Exigence      Niveau  Réponse du candidat" over "-----…": a table's header and rule
_RULE = re.compile(r"^\s*(?:-{10,}|={10,})\s*$")
_SPACED_CELLS = re.compile(r"\S+(?: \S+)*")
MIN_HEADER_CELLS = 3


def _sides(line: str, gutter: int) -> tuple[bool, bool, bool]:
    """(left text, right text, crosses) of a line for a gutter at this position."""
    left, right = line[:gutter], line[gutter:]
    has_left, has_right = bool(left.strip()), bool(right.strip())
    if not has_right:
        # (text ending right against the gutter is a line crossing it, cut there)
        return has_left, False, len(left.rstrip()) > gutter - MIN_GUTTER
    if not has_left:
        return False, True, False
    return True, True, left[-MIN_GUTTER:] != " " * MIN_GUTTER


def _gutter(lines: list[str]) -> int | None:
    """The position the right column starts at, if the lines are two columns."""
    text = [line for line in lines if line.strip()]
    if len(text) < MIN_LINES:
        return None
    if sum("|" in line for line in text) > MAX_PIPED_SHARE * len(text):
        return None  # a table drawn with pipes: its cells are read row by row
    if any(
        _RULE.match(after) and len(_SPACED_CELLS.findall(header)) >= MIN_HEADER_CELLS
        for header, after in pairwise(text)
    ):
        return None  # a table laid out by spaces under its header's rule, read row by row
    # (a line holding both columns has a run of spaces between two words: without enough of
    # them no gutter is looked for, which spares a long plain text the search)
    if sum(1 for line in text if _SPACED.search(line)) < MIN_BOTH_SHARE * len(text):
        return None
    best: tuple[int, int] | None = None  # (lines holding both sides, position)
    for gutter in range(MIN_LEFT_WIDTH, max(len(line) for line in text)):
        both = crossing = 0
        for line in text:
            has_left, has_right, crosses = _sides(line, gutter)
            crossing += crosses
            both += has_left and has_right and not crosses
        fits = crossing <= MAX_CROSSING_SHARE * len(text) and both >= MIN_BOTH_SHARE * len(text)
        if fits and (best is None or both > best[0]):
            best = (both, gutter)
    if best is None or not _prose_on_both_sides(text, best[1]):
        return None
    return best[1]


def _prose_on_both_sides(lines: list[str], gutter: int) -> bool:
    """Whether both columns hold running text, not a label and its value (« Délai de
    notification      48 heures »), whose halves are read together."""
    halves = [
        (len(line[:gutter].strip()), len(line[gutter:].strip()))
        for line in lines
        if line[:gutter].strip() and line[gutter:].strip()
    ]
    lefts = sorted(left for left, _ in halves)
    rights = sorted(right for _, right in halves)
    middle = len(halves) // 2
    return lefts[middle] >= MIN_LEFT_WIDTH and rights[middle] >= MIN_LEFT_WIDTH


def read_in_columns(lines: list[str]) -> list[str]:
    """The lines of a page, its two columns one after the other when it has two."""
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    crossing = [_sides(line, gutter)[2] for line in lines]
    bodies = [i for i, line in enumerate(lines) if line.strip() and not crossing[i]]
    first, last = (bodies[0], bodies[-1]) if bodies else (0, -1)
    top = lines[:first]
    bottom = lines[last + 1 :]
    left: list[str] = []
    right: list[str] = []
    for i in range(first, last + 1):
        line = lines[i]
        if crossing[i]:
            left.append(line.strip())
            continue
        left.append(line[:gutter].rstrip())
        right.append(line[gutter:].rstrip())
    # (a blank line between the columns ends the left column's last paragraph)
    return [*top, *left, "", *right, *bottom]
