"""AsciiDoc, as technical annexes and docs sites write it and save it as .txt or .adoc.

What is read: section titles ("== 3. Hébergement", "=== 3.1 Localisation") as headings,
paragraphs (their wrapped lines joined), list items, the rows of "|===" tables (one cell per
line or several per line, the column count taken from the table's `cols` attribute or its
first line), and "Term:: definition" entries. What is markup, not text: the header's
attributes (":toc: left"), anchors ("[[localisation]]"), block attributes ("[NOTE]",
'[cols="2,1,1"]'), the delimiters of example and admonition blocks ("===="), comments ("//").
The text inside an admonition block ("[IMPORTANT]" then "====") is read as any paragraph.
"""

from __future__ import annotations

import re

from tenderguard.models import Block, BlockKind
from tenderguard.text import clean

_TITLE = re.compile(r"^(?P<level>={1,6})\s+(?P<title>\S.*?)\s*=*$")
_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:\s.*)?$")
_BLOCK_ATTRIBUTE = re.compile(r"^\[.*\]$")  # [[anchor]], [NOTE], [cols="2,1,1",options="header"]
_DELIMITER = re.compile(r"^(?:={4,}|-{4,}|\*{4,}|_{4,}|\.{4,}|\+{4,}|/{4,})$")
_COMMENT = re.compile(r"^//(?!/)")
_TABLE = re.compile(r"^[|!]===\s*$")
_COLUMNS = re.compile(r"cols\s*=\s*\"?(?P<spec>[^\"\]]+)\"?")
_MULTIPLIED = re.compile(r"^(?P<count>\d+)\*")
_CELL_SPEC = re.compile(r"^[\d.+*]*[adehlmsv]?$")  # "2+", "a", ".3+" before a cell's "|"
_ITEM = re.compile(r"^(?:[*\-]{1,5}|\.{1,5})\s+(?P<text>\S.*)$")
_TERM = re.compile(r"^(?P<term>[^\s:][^:]*?)(?::{2,4}|;;)(?:\s+(?P<body>.*))?$")
_XREF = re.compile(r"<<(?P<target>[^,>]+)(?:,\s*(?P<text>[^>]+))?>>")
_LINK = re.compile(r"(?:link:|https?://)\S*?\[(?P<text>[^\]]*)\]")
_EMPHASIS = re.compile(
    r"(?<![\w*_`])([*_`]{1,2})(?P<text>[^*_`\s](?:[^*_`]*[^*_`\s])?)\1(?![\w*_`])"
)
# A file is AsciiDoc when it has at least this many section titles "== …".
MIN_SECTION_TITLES = 2
_SECTION_TITLE = re.compile(r"^={2,6}\s+\S")


def is_asciidoc(text: str) -> bool:
    """Whether a text file is written in AsciiDoc: section titles "== …" (never written so in
    Markdown, reStructuredText or plain text)."""
    titles = sum(1 for line in text.splitlines() if _SECTION_TITLE.match(line))
    return titles >= MIN_SECTION_TITLES


def _inline(text: str) -> str:
    """The words of a line without inline markup: "<<glossaire>>" -> "glossaire", "*99,9 %*"
    -> "99,9 %", "link:https://…[portail]" -> "portail"."""
    text = _XREF.sub(lambda m: m.group("text") or m.group("target"), text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    return _EMPHASIS.sub(lambda m: m.group("text"), text).strip()


def _column_count(attributes: str | None, first_line: str) -> int:
    """Columns of a table: from its `cols` attribute ("2,1,1" is three, "3*" three), else the
    cells of its first line."""
    spec = _COLUMNS.search(attributes or "")
    if spec:
        multiplied = _MULTIPLIED.match(spec.group("spec").strip())
        return int(multiplied.group("count")) if multiplied else len(spec.group("spec").split(","))
    return max(1, first_line.count("|"))


def _cells(line: str) -> list[str]:
    """The cells a table line opens ("|Portail usagers |99,9 % |4 h" -> three); a cell's
    specifier before its "|" ("2+|", "a|") is markup."""
    parts = line.split("|")
    return [_inline(part) for part in parts[1:]] if _CELL_SPEC.match(parts[0].strip()) else []


def _table_rows(lines: list[str], columns: int) -> list[str]:
    """The rows of a table's body lines, each row's cells joined with " | "; a line that opens
    no cell goes on with the cell before it."""
    cells: list[str] = []
    for line in lines:
        opened = _cells(line) if line.startswith("|") or "|" in line[:4] else []
        if opened:
            cells += opened
        elif line and cells:
            cells[-1] = f"{cells[-1]} {_inline(line)}".strip()
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    return [" | ".join(c for c in row if c) for row in rows if any(row)]


def _table_at(lines: list[str], start: int, attributes: str | None) -> tuple[list[str], int]:
    """The rows of the table whose body starts at line `start` (after its "|==="), and the
    index of the line after its closing "|===" (the end of the text if it is not closed)."""
    end = next((j for j in range(start, len(lines)) if _TABLE.match(lines[j].strip())), None)
    body = [raw.strip() for raw in lines[start : len(lines) if end is None else end]]
    columns = _column_count(attributes, next((row for row in body if row), ""))
    return _table_rows(body, columns), len(lines) if end is None else end + 1


def read_asciidoc(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines = clean(text).splitlines()
    attributes: str | None = None  # the block attribute line just read ('[cols="2,1,1"]')
    open_block = False  # whether the last block is a paragraph or item the next line continues
    comment = False
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if line == "////":
            comment = not comment
            continue
        if comment or _COMMENT.match(line) or _ATTRIBUTE.match(line):
            continue
        if not line or _DELIMITER.match(line):
            open_block = False
            continue
        if _TABLE.match(line):
            rows, i = _table_at(lines, i, attributes)
            blocks += [Block(row, None, BlockKind.TABLE_ROW) for row in rows]
            attributes, open_block = None, False
            continue
        if _BLOCK_ATTRIBUTE.match(line):
            attributes, open_block = line, False
            continue
        attributes = None
        title = _TITLE.match(line)
        if title:
            text, level = _inline(title.group("title")), len(title.group("level"))
            blocks.append(Block(text, None, BlockKind.HEADING, level=level))
            open_block = False
            continue
        item = _ITEM.match(line)
        term = None if item else _TERM.match(line)
        if item:
            blocks.append(Block(_inline(item.group("text")), None, BlockKind.LIST_ITEM))
        elif term:
            text = _inline(f"{term.group('term')} : {term.group('body') or ''}")
            blocks.append(Block(text, None, BlockKind.PARAGRAPH))
        elif open_block:
            last = blocks[-1]
            blocks[-1] = Block(f"{last.text} {_inline(line)}", None, last.kind)
        else:
            blocks.append(Block(_inline(line), None, BlockKind.PARAGRAPH))
        open_block = True
    return blocks
