"""PDF with a text layer -> one Block per line, with page number and bounding box.

pypdfium2 is used for the text: on the real tenders it is about 50 times faster than
pdfplumber's extract_text and keeps the reading order of ordinary one-column pages. A line's box
comes from the boxes of its first and last characters (two calls per line, not one per char).
Ruled tables are rebuilt from the page's rules where they carry figures (see pdf_tables.py).
The values of filled-in form fields are read too, where they are drawn (see pdf_forms.py).
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import replace
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tenderguard.errors import EncryptedDocument, InputFileError
from tenderguard.layout import drop_line_numbers, drop_running_lines
from tenderguard.models import BBox, Block, BlockKind
from tenderguard.parsing.pdf_forms import FormField, form_fields
from tenderguard.parsing.pdf_notes import (
    CALL_AFTER_WORD,
    CALL_CLOSE,
    CALL_OPEN,
    is_small,
    with_notes,
)
from tenderguard.parsing.pdf_strikes import struck_characters
from tenderguard.parsing.pdf_tables import merge_rows, own_height, table_rows, worth_reading
from tenderguard.text import clean

# Guards against hostile files: a document with more pages than this is refused.
MAX_PAGES = 5000
# Height of a line of text in a form field, in points (a 10 to 12 pt font and its leading).
FIRST_LINE = 12


# A scanned page is one picture drawn over (nearly) the whole page; the text a scanner's
# software lays over it was read by OCR. The first pages tell how the file was made, and the
# first alone when it is no picture: looking costs a walk through its objects.
SCAN_COVER = 0.8
SCAN_PAGES_LOOKED_AT = 3


def is_scan(data: bytes, path: str, password: str | None = None) -> bool:
    """Whether most of the first pages of a PDF are pictures of paper: its text layer, if any,
    comes from OCR, with OCR's misreadings."""
    doc = _open(data, path, password)
    try:
        looked = min(len(doc), SCAN_PAGES_LOOKED_AT)
        scanned = 0
        for index in range(looked):
            if not _is_scanned_page(doc[index]):
                if index == 0:
                    return False
                continue
            scanned += 1
    except pdfium.PdfiumError:
        return False
    finally:
        doc.close()
    return looked > 0 and scanned * 2 > looked


def _is_scanned_page(page: pdfium.PdfPage) -> bool:
    width, height = page.get_size()
    area = width * height
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1):
        left, bottom, right, top = image.get_bounds()
        if area and (right - left) * (top - bottom) >= SCAN_COVER * area:
            return True
    return False


def _open(data: bytes, path: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise EncryptedDocument(
                path,
                "the PDF is encrypted; give its password with --password, or remove the protection",
            ) from exc
        raise InputFileError(path, f"not a readable PDF ({message})") from exc


def read_pdf(
    data: bytes, path: str, password: str | None = None
) -> tuple[list[Block], int, list[int]]:
    """Lines of every page in reading order, running headers and footers removed, ruled table
    rows in place of the lines they hold; the page count; and the pages too damaged to be
    read (skipped, the others are still read)."""
    doc = _open(data, path, password)
    try:
        count = len(doc)
        if count > MAX_PAGES:
            raise InputFileError(path, f"{count} pages, more than the {MAX_PAGES} accepted")
        lines: list[Block] = []
        rows: list[Block] = []
        damaged: list[int] = []
        fields = [f for f in form_fields(data, path, password) if f.is_text]
        for index in range(count):
            try:
                drawn = [f for f in fields if f.page == index + 1]
                page_lines, page_rows = _read_page(doc, index, drawn)
            except pdfium.PdfiumError:
                damaged.append(index + 1)
                continue
            lines += page_lines
            rows += page_rows
    finally:
        doc.close()
    if damaged and len(damaged) == count:
        raise InputFileError(path, "no page can be read: damaged PDF")
    # Rows are placed after the running lines are gone, so a header drawn in a box stays out.
    lines = with_fields(drop_running_lines(lines), fields)
    return merge_rows(lines, rows), count, damaged


MAX_LABEL_CHARS = 12  # "1.1", "A2", "Q12." — a row's number, not a sentence


def _label(before: list[Block], field: FormField) -> Block | None:
    """The short line printed level with the field and left of it, if any: its row label."""
    if field.box is None:
        return None
    box = field.box
    for block in reversed(before):
        if block.page != field.page or block.bbox is None:
            continue
        if block.bbox.top < box.top - 2:
            return None
        level = block.bbox.top <= box.top + FIRST_LINE and block.bbox.x1 <= box.x0 + 1
        if level and len(block.text) <= MAX_LABEL_CHARS:
            return block
    return None


def with_fields(lines: list[Block], fields: list[FormField]) -> list[Block]:
    """The lines of the pages with the values of their filled-in text fields, each placed
    where it is drawn (after the lines above it or level with its top), one block per field.

    The text layer does not hold what a form's fields show: a buyer's response grid with the
    demands pre-filled in read-only fields would otherwise read as empty. A value the page
    already prints (a flattened copy) is not added twice."""
    if not fields:
        return lines
    out = list(lines)
    printed: dict[int, str] = {}
    for field in fields:
        text = " ".join(clean(field.value).split())
        if field.page not in printed:
            printed[field.page] = " ".join(
                " ".join(b.text for b in lines if b.page == field.page).split()
            )
        if text in printed[field.page]:
            continue
        # Lines that begin within the field's first line of text are level with it: a row's
        # label ("1.1") comes first.
        top = field.box.top + FIRST_LINE if field.box else float("inf")
        at = next(
            (
                i
                for i, b in enumerate(out)
                if b.page is not None
                and (
                    b.page > field.page
                    or (b.page == field.page and b.bbox and b.bbox.top > top + 2)
                )
            ),
            len(out),
        )
        label = _label(out[:at], field)
        described = _described_by(out, field, label)
        if described:
            # « B.1 | Assurance de responsabilité civile professionnelle – montant minimum
            # exigé par sinistre | 2 000 000 € »: a coded row of a form, its wording printed
            # left of the field over two lines, one above and one below the value
            parts = [b for b in (label, *described) if b is not None]
            at = min(out.index(b) for b in parts)
            for b in parts:
                out.remove(b)
            words = " ".join(b.text for b in described)
            row = f"{label.text} | {words} | {text}" if label else f"{words} | {text}"
            out.insert(at, Block(row, field.page, BlockKind.TABLE_ROW, field.box))
            continue
        if label is not None:  # "1.1" printed left of the field: the row's number
            out.remove(label)
            at -= 1
            text = f"{label.text} {text}"
        # A field is a statement of its own: never run into the lines around it.
        out.insert(at, Block(text, field.page, BlockKind.PARAGRAPH, field.box))
    return out


# Points a line may stand above or below a field and still be its wording: the label of a
# form's row is set level with the field, over as many lines as it needs.
ROW_SLACK = 3
# « B.1 », « C.4 Certification ISO/IEC 27001 … »: a form's row numbered by part and line
_ROW_CODE = re.compile(r"^[A-Z]{1,3}[.\-]?\d{1,2}(?:\.\d{1,2})?\b")


def _described_by(lines: list[Block], field: FormField, label: Block | None) -> list[Block]:
    """The lines left of a field and level with it that word its row, when the row is coded
    (its label « B.1 », or the first line opening on « C.4 »); none otherwise: a field's
    surroundings stay as they are printed."""
    box = field.box
    if box is None:
        return []
    level = sorted(
        (
            b
            for b in lines
            if b.page == field.page
            and b is not label
            and b.kind is BlockKind.LINE
            and b.bbox is not None
            and b.bbox.x1 <= box.x0 + 1
            and b.bbox.bottom >= box.top - ROW_SLACK
            and b.bbox.top <= box.bottom + ROW_SLACK
        ),
        key=lambda b: b.bbox.top if b.bbox else 0.0,
    )
    coded = label is not None and _ROW_CODE.match(label.text) is not None
    if not level or not (coded or _ROW_CODE.match(level[0].text)):
        return []
    return level


# Font weight from which a character is bold (400 regular, 700 bold).
BOLD_WEIGHT = 600


# The standard fonts a PDF names without describing them ("Helvetica-Bold") have no weight.
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)
FONT_NAME_BYTES = 128


def _is_bold(textpage: pdfium.PdfTextPage, index: int) -> bool:
    weight = int(pdfium_c.FPDFText_GetFontWeight(textpage.raw, index))
    if weight > 0:  # a described font says its weight
        return weight >= BOLD_WEIGHT
    name = ctypes.create_string_buffer(FONT_NAME_BYTES)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, FONT_NAME_BYTES, ctypes.byref(flags))
    return bool(_BOLD_NAME.search(name.value))


def _bold(textpage: pdfium.PdfTextPage, first: int, last: int) -> bool:
    """Whether a line is set in bold: its first, middle and last characters are (a few calls,
    not some per character)."""
    return all(_is_bold(textpage, index) for index in {first, (first + last) // 2, last})


# A line whose words change size by more than this share holds two texts side by side: a
# slide's title and its "Partie 02" label, a heading and the running text beside it.
SIZE_CHANGE = 0.25


def _font_size(textpage: pdfium.PdfTextPage, index: int) -> float:
    return round(float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index)), 1)


def _size_break(textpage: pdfium.PdfTextPage, text: str, first: int) -> int | None:
    """Where in a line (an offset into `text`) a word starts in a size more than SIZE_CHANGE
    away from the line's first word; None when the line keeps one size. A smaller character
    inside a word ("assurance¹") is no break."""
    size = _font_size(textpage, first)
    for offset in range(1, len(text)):
        other = _font_size(textpage, first + offset)
        if abs(other - size) > SIZE_CHANGE * size and text[offset - 1].isspace():
            return offset
    return None


# A label set in bold in a column of its own, its text in the next one ("Disponibilité" then,
# a tab away, "99,95 % par mois…"): a product sheet's or a form's rows without rules. The gap
# after the label is at least this share of the font size; a space is about a third of it.
LABEL_GAP = 1.5
MAX_LABEL_WORDS = 5
# "37.5", "Article 12", "II." a tab away from their text number a clause: no label.
_NUMBER_LABEL = re.compile(
    r"^(?:\d|[IVXLC]+\b|(?:article|art\.|annexe?|chapitre|chapter|section|clause|titre)\b)",
    re.IGNORECASE,
)


def _label_break(textpage: pdfium.PdfTextPage, text: str, first: int, size: float) -> int | None:
    """Where a line's text column starts after a bold label (an offset into `text`); None when
    the line opens with no such label."""
    if not _is_bold(textpage, first) or _is_bold(textpage, first + len(text) - 1):
        return None
    if _NUMBER_LABEL.match(text):
        return None
    for m in re.finditer(r"\s+", text):
        if not _is_bold(textpage, first + m.start() - 1):
            return None  # the bold run ended inside the running text
        if len(text[: m.start()].split()) > MAX_LABEL_WORDS:
            return None
        right = textpage.get_charbox(first + m.start() - 1)[2]
        left = textpage.get_charbox(first + m.end())[0]
        if left - right >= LABEL_GAP * size and not _is_bold(textpage, first + m.end()):
            return m.end()
    return None


# A title drawn letter by letter ("A R T I C L E  5  —  A S S U R A N C E S"): most of its
# words are one character long.
MIN_SPACED_LETTERS = 6
SPACED_SHARE = 0.7
# Between two words of such a title the gap is wider than between two of its letters by at
# least this share of the text's height (a space is about a third of the font size).
WORD_GAP = 0.2


def _letter_spaced(text: str) -> bool:
    if text[1:2] != " " or text[3:4] != " ":
        return False  # the usual line, told apart without splitting it
    words = text.split()
    single = sum(1 for word in words if len(word) == 1)
    return single >= MIN_SPACED_LETTERS and single >= SPACED_SHARE * len(words)


def _spaced_words(textpage: pdfium.PdfTextPage, first: int, last: int) -> str:
    """The words of a letter-spaced line, from where its characters stand: a space only where
    the gap is a word's, not a letter's ("ARTICLE 5 — PIÈCES CONSTITUTIVES")."""
    chars: list[tuple[str, float, float, float]] = []  # character, left, right, height
    for index in range(first, last + 1):
        char = textpage.get_text_range(index, 1)
        if char.strip():
            left, bottom, right, top = textpage.get_charbox(index)
            chars.append((char, left, right, top - bottom))
    if not chars:
        return ""
    gaps = sorted(b[1] - a[2] for a, b in pairwise(chars))
    letter_gap = gaps[len(gaps) // 2] if gaps else 0.0
    text = chars[0][0]
    for before, (char, left, _, height) in pairwise(chars):
        if left - before[2] > letter_gap + WORD_GAP * height:
            text += " "
        text += char
    return text


_BULLETS = frozenset("•▪►◦●■□➢➤✓✔–-")


def _line_blocks(
    textpage: pdfium.PdfTextPage, raw: str, offset: int, page: int, height: float
) -> list[Block]:
    """The Blocks of one line of the text layer: one, or two where its words change size."""
    stripped = raw.strip()
    first = offset + (len(raw) - len(raw.lstrip()))
    last = offset + len(raw.rstrip()) - 1
    size = _font_size(textpage, first)
    if abs(_font_size(textpage, last) - size) > SIZE_CHANGE * size:
        cut = _size_break(textpage, stripped, first)
        if cut is not None and stripped[:cut].strip() and stripped[cut:].strip():
            head = raw[: len(raw) - len(raw.lstrip()) + cut]
            tail_offset = offset + len(head)
            tail = _line_blocks(textpage, raw[len(head) :], tail_offset, page, height)
            mark = stripped[:cut].strip()
            if mark in _BULLETS:
                # "• Hébergement…" on a slide, its bullet drawn smaller than its text: the mark
                # opens the item, it is no line of its own
                return [replace(tail[0], text=f"{mark} {tail[0].text}"), *tail[1:]]
            return _line_blocks(textpage, head, offset, page, height) + tail
    cut = _label_break(textpage, stripped, first, size)
    if cut is not None:
        head = raw[: len(raw) - len(raw.lstrip()) + cut]
        return _line_blocks(textpage, head, offset, page, height) + _line_blocks(
            textpage, raw[len(head) :], offset + len(head), page, height
        )
    left, _, _, top = textpage.get_charbox(first)
    _, bottom, right, _ = textpage.get_charbox(last)
    box = BBox(x0=left, top=height - top, x1=right, bottom=height - bottom)
    bold = _bold(textpage, first, last)
    if _letter_spaced(stripped):
        stripped = _spaced_words(textpage, first, last) or stripped
    else:
        stripped = _marked_calls(textpage, stripped, first, size)
    return [Block(clean(stripped), page, BlockKind.LINE, box, bold=bold, size=size)]


def _marked_calls(textpage: pdfium.PdfTextPage, text: str, first: int, size: float) -> str:
    """The line with its footnote calls marked (« minimale⟦1⟧ »): a figure glued to a word and
    set smaller than the line (pdf_notes.py puts the note there)."""
    marked, done = [], 0
    for m in CALL_AFTER_WORD.finditer(text):
        digits = range(first + m.start(), first + m.end())
        if all(is_small(_font_size(textpage, index), size) for index in digits):
            marked += [text[done : m.start()], CALL_OPEN, m.group(), CALL_CLOSE]
            done = m.end()
    return "".join(marked) + text[done:] if marked else text


# What a redline leaves of a clause it deletes whole: its number, « 11.2 », not struck.
_CLAUSE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}\.?")


def _struck_but_its_number(raw: str) -> bool:
    """A line whose text is struck through up to its clause's number: a clause deleted."""
    return "\x00" in raw and bool(_CLAUSE_NUMBER.fullmatch(raw.replace("\x00", "").strip()))


def _read_page(
    doc: pdfium.PdfDocument, index: int, fields: list[FormField]
) -> tuple[list[Block], list[Block]]:
    """The lines of a page, and the rows of its ruled tables when they matter (with the values
    of the form fields drawn in their cells)."""
    page = doc[index]
    textpage = page.get_textpage()
    try:
        height = own_height(page)
        text = textpage.get_text_range()
        struck = struck_characters(page, textpage) if len(text) == textpage.count_chars() else ()
        if struck:
            # (struck words leave the text, their places kept so that the offsets of the
            # characters hold; the line's cleaning drops the marks)
            text = "".join("\x00" if i in struck else c for i, c in enumerate(text))
        separator = "\r\n" if "\r\n" in text else "\n"
        lines: list[Block] = []
        offset = 0
        for raw in text.split(separator):
            if raw.strip() and not _struck_but_its_number(raw):
                lines.extend(_line_blocks(textpage, raw, offset, index + 1, height))
            offset += len(raw) + len(separator)
        if struck:
            lines = [line for line in lines if line.text.strip()]  # (a line struck whole)
        lines = with_notes(drop_line_numbers(lines))
        filled = [(f.box, f.value) for f in fields if f.box is not None]
        rows = table_rows(page, textpage, index + 1, filled) if worth_reading(text) else []
        return lines, rows
    finally:
        textpage.close()
        page.close()
