"""DOCX -> Blocks: paragraphs and table rows in document order, heading levels, list numbers.

Word computes heading and list numbers ("9.2", "a)") when it displays the document; the file only
stores counters and formats. They are recomputed here so a clause can be cited by its number.
Running headers and footers live in other parts of the package and are not read. The text of
each paragraph is the one Word shows with every tracked change accepted (docx_text.py).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from tenderguard.errors import InputFileError
from tenderguard.models import Block, BlockKind
from tenderguard.parsing.archive import check_zip_budget
from tenderguard.parsing.docx_text import (
    block_items,
    has_tracked_changes,
    note_texts,
    visible_text,
)
from tenderguard.parsing.respondent import respondent_columns
from tenderguard.text import clean

_HEADING_STYLE = re.compile(r"^(?:heading|titre|title)\s*(\d)?$", re.IGNORECASE)
# A house style known by its name only, without an outline level: the DCE editors of public
# buyers style titles "Rédalia : Titre dossier", "Rédalia : Titre paragraphe".
_HOUSE_HEADING_STYLE = re.compile(r"\b(?:heading|titre|title)\b(?:\s*(\d))?", re.IGNORECASE)
# Word's table-of-contents entries ("toc 1", "TM 1" in French Word), styled on the headings.
_TOC_STYLE = re.compile(r"^(?:toc|tm|table des mati[eè]res)\s*\d*$", re.IGNORECASE)
_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _format_counter(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


@dataclass
class _Level:
    start: int
    fmt: str
    text: str  # lvlText, e.g. "%1.%2."


@dataclass
class _Numbering:
    """Counters of Word's numbering definitions (numbering.xml)."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> levels
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Document) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in node.findall(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = _Level(
                    start=int(_val(lvl, "w:start") or 1),
                    fmt=_val(lvl, "w:numFmt") or "decimal",
                    text=_val(lvl, "w:lvlText") or "",
                )
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            ref = _val(num, "w:abstractNumId")
            if ref in abstract:
                numbering.levels[num.get(qn("w:numId"), "")] = abstract[ref]
        return numbering

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        if levels[ilvl].fmt in ("bullet", "none"):
            return None
        counters = self.counters.setdefault(
            num_id, [lv.start - 1 for _, lv in sorted(levels.items())]
        )
        while len(counters) <= ilvl:
            counters.append(0)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):
            start = levels[deeper].start if deeper in levels else 1
            counters[deeper] = start - 1

        def substitute(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            level = levels.get(k)
            value = max(counters[k], level.start if level else 1)
            return _format_counter(value, level.fmt if level else "decimal")

        label = re.sub(r"%(\d)", substitute, levels[ilvl].text).strip()
        return label or None


def _val(node: Any, tag: str) -> str | None:
    child = node.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _num_pr(paragraph: Paragraph) -> tuple[str, int] | None:
    """(numId, level) from the paragraph, else from its style chain."""
    ppr = paragraph._p.pPr
    node: Any = ppr.numPr if ppr is not None else None
    style = paragraph.style
    while node is None and style is not None:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None:
            node = sppr.numPr
        style = style.base_style
    if node is None or node.numId is None:
        return None
    ilvl = node.ilvl.val if node.ilvl is not None else 0
    return str(node.numId.val), int(ilvl)


def _is_toc_entry(paragraph: Paragraph) -> bool:
    return bool(_TOC_STYLE.match((paragraph.style.name if paragraph.style else "") or ""))


def _outline_level(ppr: Any) -> int | None:
    """Word's outline level of a paragraph or style (w:outlineLvl, 0 for level 1; 9 is body
    text): what makes a house style such as "Redalia Titre 1" a heading."""
    if ppr is None:
        return None
    found = ppr.find(qn("w:outlineLvl"))
    if found is None:
        return None
    value = found.get(qn("w:val"))
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 9 else None


def _heading_level(paragraph: Paragraph) -> int | None:
    own = _outline_level(paragraph._p.pPr)
    if own is not None:
        return own
    style = paragraph.style
    while style is not None:
        m = _HEADING_STYLE.match(style.name or "")
        if m:
            return int(m.group(1) or 1)
        level = _outline_level(style.element.pPr)
        if level is not None:
            return level
        m = _HOUSE_HEADING_STYLE.search(style.name or "")
        if m and "toc" not in (style.name or "").lower():  # not "TOC Heading"
            return int(m.group(1) or 1)
        style = style.base_style
    return None


def _paragraph_block(paragraph: Paragraph, text: str, numbering: _Numbering) -> Block | None:
    text = clean(text).strip()
    num = _num_pr(paragraph)
    label = numbering.next_label(*num) if num else None
    if not text or _is_toc_entry(paragraph):
        return None  # an entry of the table of contents repeats a heading, with a page number
    level = _heading_level(paragraph)
    if level is not None:
        return Block(text, None, BlockKind.HEADING, level=level, number=label)
    if num is not None:
        return Block(text, None, BlockKind.LIST_ITEM, number=label)
    return Block(text, None, BlockKind.PARAGRAPH, bold=_all_bold(paragraph))


def _all_bold(paragraph: Paragraph) -> bool:
    """Whether every run with text is set in bold: a title typed as a bold paragraph ("Où sont
    vos données :"), in a document that has no heading styles."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _shown_texts(
    items: Any, notes: dict[tuple[str, str], str] | None = None, tables: bool = True
) -> list[str]:
    """What paragraphs and tables show, in order: each paragraph's text then its text boxes',
    each table cell by cell (a nested table is read once, through its own cells, unless
    `tables` is false: its rows are then read as rows of their own); the notes a paragraph
    calls, in brackets at their call."""
    parts: list[str] = []
    for item in items:
        if item.tag == qn("w:tbl"):
            if not tables:
                continue
            for row in item.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    parts += _shown_texts(block_items(cell), notes)
            continue
        shown = visible_text(item, notes)
        parts.append(shown.text)
        parts += _shown_texts(shown.boxes, notes)
    return parts


def _cell_text(
    cell: Any, notes: dict[tuple[str, str], str] | None = None, tables: bool = True
) -> str:
    """Everything a cell shows: its paragraphs, their text boxes, nested tables (unless
    `tables` is false), and the notes they call (« Conception du portail¹ » with its footnote
    on the penalty for delay)."""
    parts = _shown_texts(block_items(cell), notes, tables)
    return " ".join(" ".join(clean(p).split()) for p in parts if p.strip())


def _nested_tables(cell: Any) -> list[Any]:
    """The tables set inside a cell (w:tbl children of its w:tc)."""
    return list(cell.iterchildren(qn("w:tbl")))


def _is_deleted(row: Any) -> bool:
    """A table row removed as a tracked change: gone once changes are accepted."""
    properties = row.trPr
    return properties is not None and properties.find(qn("w:del")) is not None


def _table_blocks(
    table: Table, notes: dict[tuple[str, str], str] | None = None, depth: int = 0
) -> list[Block]:
    blocks = []
    answered: frozenset[int] = frozenset()  # grid columns the respondent fills in
    for n, row in enumerate(table.rows):
        if _is_deleted(row._tr):
            continue
        if n == 0:
            answered = respondent_columns([_cell_text(c._tc) for c in row.cells])
        cells: list[str] = []
        nested: list[Any] = []
        previous = None
        for column, cell in enumerate(row.cells):
            if cell._tc is previous:  # a merged cell is returned once per grid column
                continue
            previous = cell._tc
            if column in answered:
                continue
            # A table inside a cell (« Hébergement | Exigences du domaine : » over the rows
            # « HEB-01 | Les données … | O »): its rows are read after the row, each a row of
            # its own, with its own header, as Word shows them.
            inner = _nested_tables(cell._tc)
            nested += inner
            cells.append(_cell_text(cell._tc, notes, tables=not inner))
        # An empty cell between two filled ones keeps its place: a ✓ under « Rated » is not
        # one under « Mandatory ». Empty cells at the ends of the row are left out.
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        if cells:
            blocks.append(Block(" | ".join(cells), None, BlockKind.TABLE_ROW, level=depth or None))
        for inner in nested:
            blocks.extend(_table_blocks(Table(inner, table._parent), notes, depth + 1))
    return blocks


def _items_blocks(
    items: Any,
    document: Document,
    numbering: _Numbering,
    notes: dict[tuple[str, str], str] | None = None,
) -> list[Block]:
    """Blocks of paragraphs and tables in order, each paragraph followed by its text boxes; the
    notes a paragraph calls (`notes`, by call) read in brackets where they are called (« est
    assuré⁷ pour… » with the note « RC professionnelle d'au moins 500 000 € »)."""
    notes = notes or {}
    blocks: list[Block] = []
    for item in items:
        if item.tag == qn("w:tbl"):
            blocks.extend(_table_blocks(Table(item, document), notes))
            continue
        shown = visible_text(item, notes)
        block = _paragraph_block(Paragraph(item, document), shown.text, numbering)
        if block is not None:
            blocks.append(block)
        blocks.extend(_items_blocks(shown.boxes, document, numbering, notes))
    return blocks


def _notes_of(document: Document) -> dict[tuple[str, str], str]:
    """The footnotes and endnotes of the document (python-docx does not read them)."""
    parts = (
        (kind, rel.target_part.blob)
        for rel in document.part.rels.values()
        if not rel.is_external
        for kind in ("footnote", "endnote")
        if rel.reltype.endswith(f"/{kind}s")
    )
    return note_texts(parts)


# A part of a Word document larger than this is no contract: refused before python-docx
# expands it in memory (a zip bomb dressed as a .docx).
MAX_PART_BYTES = 64 * 1024 * 1024


def read_docx(data: bytes, path: str) -> tuple[list[Block], list[str]]:
    """The blocks of a Word document as Word shows it, and what the reader should know."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_zip_budget(package, path, max_member=MAX_PART_BYTES)
        document = docx.Document(io.BytesIO(data))
    except InputFileError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputFileError(path, f"not a readable DOCX ({exc})") from exc
    except Exception as exc:  # lxml and python-docx raise many types on damaged XML
        raise InputFileError(path, f"damaged DOCX ({type(exc).__name__}: {exc})") from exc
    numbering = _Numbering.of(document)
    body = document.element.body
    warnings = []
    if has_tracked_changes(body):
        warnings.append(
            f"{path}: holds tracked changes; read as Word shows it with every change accepted "
            "(insertions kept, deletions dropped)"
        )
    blocks = _items_blocks(block_items(body), document, numbering, _notes_of(document))
    return blocks, warnings
