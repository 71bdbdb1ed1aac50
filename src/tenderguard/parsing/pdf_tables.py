"""Ruled tables of a PDF page, rebuilt from the lines the page draws.

pypdfium2 gives a table as lines of text: a cell written on two lines ("Responsabilité civile
professionnelle, / tous dommages confondus") becomes two lines, and the amount of one row ends
up in the sentence of another. The page's own rules say where rows and cells are: horizontal
rules bound the rows, the vertical rules that cross a row bound its cells, and pdfium returns
the text inside each cell. This is what pdfplumber's table finder does, without parsing every
character in Python: pdfplumber takes about 0.2 s a page, this a few milliseconds.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tenderguard.models import BBox, Block, BlockKind
from tenderguard.normalise.amounts import find_amounts
from tenderguard.text import clean

MAX_PATHS = 3000  # drawn objects looked at on one page (a vector logo can hold thousands)
THIN = 2.0  # points: a rule is at most this thick
SAME_LINE = 1.5  # points: rules closer than this are one
MIN_CELL_HEIGHT = 4.0
_WORTH_IT = re.compile(r"[€$£%]|\d{3}")  # a table worth rebuilding holds figures
# "HEB-01", "SEC-02", "G1", "E5": the references of the rows of a requirements matrix or of a
# form, opening their rows (and their lines on the page), or after a first cell naming the
# row's domain ("Contrat | SEC-6.1", "Contrat SEC-6.1").
# "S-02", "EX-SEC-001" (a code of several parts), or a code after a word or two of a first column
_ROW_CODE = re.compile(
    r"^\s*(?:[A-Z]{1,5}(?:-[A-Z]{1,5}){0,2}-?\d{1,3}\b"
    r"|(?:[^\W\d_]+\s+(?:\|\s+)?){1,2}[A-Z]{1,5}-\d{1,3}\b)",
    re.MULTILINE,
)


def _cluster(values: Iterable[float]) -> list[float]:
    merged: list[float] = []
    for value in sorted(values):
        if merged and value - merged[-1] <= SAME_LINE:
            continue
        merged.append(value)
    return merged


def path_bounds(page: pdfium.PdfPage) -> Iterator[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of the page's drawn paths, through pdfium's C API: the
    object wrappers of pypdfium2 cost more than the table itself on pages full of vectors."""
    for bounds, _ in _paths(page, stroke_widths=False):
        yield bounds


def thin_path_bounds(
    page: pdfium.PdfPage, thickness: float
) -> Iterator[tuple[float, float, float, float]]:
    """The bounds of the page's paths that draw a horizontal rule at most `thickness` thick. A
    stroked line's bounds take in its pen's width on either side (a rule drawn with a 1 pt pen
    spans 2 pt), so the pen's width is taken off before the line's own thickness is judged."""
    for (left, bottom, right, top), pen in _paths(page, stroke_widths=True):
        if top - bottom - pen <= thickness:
            yield left, bottom, right, top


def _paths(
    page: pdfium.PdfPage, stroke_widths: bool
) -> Iterator[tuple[tuple[float, float, float, float], float]]:
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    width = ctypes.c_float()
    for index in range(min(pdfium_c.FPDFPage_CountObjects(raw), MAX_PATHS)):
        obj = pdfium_c.FPDFPage_GetObject(raw, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            pen = 0.0
            if stroke_widths and pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width):
                pen = width.value
            yield (left.value, bottom.value, right.value, top.value), pen


def _rules(
    page: pdfium.PdfPage,
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, left, right) and vertical (x, bottom, top) rules, in PDF coordinates."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for left, bottom, right, top in path_bounds(page):
        width, height = right - left, top - bottom
        if height <= THIN and width > 3 * THIN:
            horizontal.append(((bottom + top) / 2, left, right))
        elif width <= THIN and height > THIN:
            vertical.append(((left + right) / 2, bottom, top))
        elif width > 3 * THIN and height >= MIN_CELL_HEIGHT:  # a rectangle: its four sides
            horizontal += [(bottom, left, right), (top, left, right)]
            vertical += [(left, bottom, top), (right, bottom, top)]
    return horizontal, vertical


def own_height(page: pdfium.PdfPage) -> float:
    """The page's height in its own space, where pdfium gives text and drawing boxes: pdfium
    gives the size as displayed, turned a quarter on a landscape page set with /Rotate."""
    turned = page.get_rotation() in (90, 270)
    return float(page.get_width() if turned else page.get_height())


class _Chars:
    """The characters of a page turned a quarter, with their centres. pdfium's bounded text
    glues the lines of a turned cell together ("civileprofessionnelle"); read character by
    character, a line break between two characters of a cell is a space again."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        text = textpage.get_text_range()
        self.chars: list[tuple[int, str, float, float]] = []
        if len(text) != textpage.count_chars():
            return  # characters outside the basic plane: indices no longer match
        for index, char in enumerate(text):
            if char in "\r\n":
                continue
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            self.chars.append((index, char, (left + right) / 2, (bottom + top) / 2))

    def within(self, left: float, bottom: float, right: float, top: float) -> str:
        words: list[str] = []
        previous = -2
        for index, char, x, y in self.chars:
            if left < x < right and bottom < y < top:
                words.append(char if index == previous + 1 else f" {char}")
                previous = index
        return "".join(words)


# How far inside a line of text, as a share of its height, a rule must run to cut it.
CUT_DEPTH = 0.25


def _text_lines(textpage: pdfium.PdfTextPage) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of each run of text on the page, as pdfium groups them."""
    return [textpage.get_rect(i) for i in range(textpage.count_rects())]


def _cuts_text(
    lines: list[tuple[float, float, float, float]],
    limits: tuple[float, float],
    span: tuple[float, float],
) -> bool:
    """Whether the upper or lower limit of a row runs through a line of text within the row's
    width. A table's rules pass between lines; the sides of the small squares a slide uses as
    bullets (« ■ Responsabilité civile professionnelle : 5 M€ … ») run through their line, and
    cells cut there hold halves of words (« Rbilité iilfill »)."""
    for left, bottom, right, top in lines:
        if right <= span[0] or left >= span[1]:
            continue
        depth = (top - bottom) * CUT_DEPTH
        if any(bottom + depth < at < top - depth for at in limits):
            return True
    return False


def table_rows(
    page: pdfium.PdfPage,
    textpage: pdfium.PdfTextPage,
    number: int,
    fields: Sequence[tuple[BBox, str]] = (),
) -> list[Block]:
    """TABLE_ROW blocks for the ruled rows of the page, each with its cells joined by " | ".
    A cell holding a filled-in form field (`fields`: its box from the page's top, its value)
    reads the field's value: a response grid's pre-filled minimums are its text.

    A page turned a quarter for display (a landscape table in a portrait document, /Rotate 90
    or 270) draws its rows across the page's own x axis: its rows are read between its
    vertical rules, its cells between the horizontal ones."""
    horizontal, vertical = _rules(page)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    rotation = page.get_rotation()
    turned = rotation in (90, 270)
    chars = _Chars(textpage) if turned else None
    across, along = (vertical, horizontal) if turned else (horizontal, vertical)
    height = own_height(page)
    lines = [] if turned else _text_lines(textpage)
    rows: list[Block] = []
    for low, high in pairwise(_cluster(at for at, _, _ in across)):
        if high - low < MIN_CELL_HEIGHT:
            continue
        middle = (low + high) / 2
        # The cells of this row: between the rules across it that cross its middle.
        bounds = _cluster(
            at for at, start, end in along if start - SAME_LINE <= middle <= end + SAME_LINE
        )
        if len(bounds) < 3:  # fewer than two cells: a framed paragraph, not a table row
            continue
        if _cuts_text(lines, (low, high), (bounds[0], bounds[-1])):
            return []  # the squares of a slide's bullets, not the rules of a table
        if rotation == 270:
            bounds.reverse()
        cells = []
        for first, second in pairwise(bounds):
            start, end = sorted((first, second))
            if chars is not None:
                text = chars.within(low, start, high, end)
            else:
                text = textpage.get_text_bounded(start + 0.5, low + 0.5, end - 0.5, high - 0.5)
                text = f"{text} {_field_in(fields, height, (start, low, end, high))}"
            cells.append(" ".join(clean(text).split()))
        if sum(1 for c in cells if c) >= 2:
            if turned:
                box = BBox(low, height - max(bounds), high, height - min(bounds))
            else:
                box = BBox(bounds[0], height - high, bounds[-1], height - low)
            rows.append(Block(" | ".join(c for c in cells if c), number, BlockKind.TABLE_ROW, box))
    if rotation != 90:
        rows.reverse()  # top row first: PDF coordinates grow upwards (leftwards when turned)
    if not any(
        _WORTH_IT.search(r.text) or _ROW_CODE.match(r.text) or _names_clause(r.text) for r in rows
    ):
        return []  # neither figures, nor a requirements matrix, nor a table of clauses
    return rows


def _field_in(
    fields: Sequence[tuple[BBox, str]], height: float, cell: tuple[float, float, float, float]
) -> str:
    """The value of the form field whose middle lies in the cell (left, bottom, right, top in
    the page's own coordinates), if any."""
    left, bottom, right, top = cell
    for box, value in fields:
        x, y = (box.x0 + box.x1) / 2, height - (box.top + box.bottom) / 2
        if left <= x <= right and bottom <= y <= top:
            return value
    return ""


# "Attestation d'assurance de l'assureur | 1.3 | 8 jours": a row naming the clause it sums up,
# as a letter's table of deadlines or a compliance matrix does
_CLAUSE_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")


def _names_clause(row: str) -> bool:
    return any(_CLAUSE_CELL.fullmatch(cell.strip()) for cell in row.split(" | "))


_TOPIC = re.compile(
    r"assur|garanti|sinistre|p[ée]nalit|disponib|insur|liabil|penalt|uptime", re.IGNORECASE
)
# A page on personal data, their hosting or their security: its tables (« Description |
# Details » of a processing, a grid of measures) say what is demanded row by row.
_DATA_TOPIC = re.compile(
    r"donn[ée]es\s+(?:à\s+caractère\s+)?personnelles|personal\s+data|h[ée]bergement|hosting",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[€$£%]|\bEUR\b|\beuros?\b", re.IGNORECASE)
# A figure in millions, grouped by thousands (« 2,000,000.00 »): worth asking the amounts reader
# whether a currency it knows goes with it (« RM 2,000,000.00 »), which costs more.
_MILLIONS = re.compile(r"\d{1,3}(?:[,.\s]\d{3}){2,}")


MIN_ROW_CODES = 3


def worth_reading(text: str) -> bool:
    """Tables matter where a page speaks of money and of insurance, penalties or availability,
    and where it holds a requirements matrix (each row's reference cites its demand)."""
    if _TOPIC.search(text) and (
        _MONEY.search(text) or (_MILLIONS.search(text) is not None and bool(find_amounts(text)))
    ):
        # (any currency the amounts reader knows: « RM 2,000,000.00 », « ₹ 5 crore »)
        return True
    if _DATA_TOPIC.search(text):
        return True
    return len(_ROW_CODE.findall(text)) >= MIN_ROW_CODES


def merge_rows(lines: list[Block], rows: list[Block]) -> list[Block]:
    """Replaces the lines that fall inside a table row (same page) by that row, in reading
    order; a row no remaining line falls in is not placed."""
    merged: list[Block] = []
    placed: set[int] = set()
    for line in lines:
        box = line.bbox
        inside = None
        if box is not None:
            middle = (box.top + box.bottom) / 2
            inside = next(
                (
                    i
                    for i, row in enumerate(rows)
                    if row.bbox is not None
                    and row.page == line.page
                    and row.bbox.top <= middle <= row.bbox.bottom
                    and row.bbox.x0 - 1 <= box.x0 <= row.bbox.x1
                ),
                None,
            )
        if inside is None:
            merged.append(line)
        elif inside not in placed:
            placed.add(inside)
            merged.append(rows[inside])
    return merged
