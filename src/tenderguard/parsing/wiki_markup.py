"""Confluence and Jira wiki markup, as a team's wiki page is exported and saved as .txt.

What is read: headings ("h2. 3. Hébergement") with their level, table rows ("||ID||Exigence||"
header rows, "|HEB-01|Hébergement …|" rows) one cell per column, list items ("* ", "# ", nested
"** "), and paragraphs. What is markup, not text: the macros that open and close a block
("{panel:title=…}", "{info}", "{note}", "{toc}"), whose text is read as any paragraph; a status
lozenge is its title (« {status:colour=Green|title=VALIDÉ} » reads « VALIDÉ »); links and user
mentions read as their text ("[portail|https://…]" -> "portail", "[~nadege.coulomb]" ->
"nadege.coulomb"); emphasis marks ("*VALIDÉ*") are dropped.

No maintained Python library reads this markup (the Atlassian tools convert it server-side);
the subset a requirements page uses is the one read here.
"""

from __future__ import annotations

import re

from tenderguard.models import Block, BlockKind
from tenderguard.text import clean

_HEADING = re.compile(r"^h(?P<level>[1-6])\.\s+(?P<title>\S.*)$")
_HEADER_ROW = re.compile(r"^\|\|.*\|\|\s*$")
_ROW = re.compile(r"^\|(?!\|).*\|\s*$")
_ITEM = re.compile(r"^(?:[*#-]{1,5})\s+(?P<text>\S.*)$")
# A macro alone on its line opens or closes a block: "{panel:title=Rappel|borderStyle=dashed}",
# "{info}", "{toc:maxLevel=2}", "{code:java}".
_BLOCK_MACRO = re.compile(r"^\{[a-z][\w-]*(?::[^}]*)?\}\s*$", re.IGNORECASE)
_STATUS = re.compile(r"\{status:[^}]*?title=(?P<title>[^|}]*)[^}]*\}", re.IGNORECASE)
_INLINE_MACRO = re.compile(r"\{[a-z][\w-]*(?::[^}]*)?\}", re.IGNORECASE)
_LINK = re.compile(r"\[(?:~(?P<user>[^\]|]+)|(?P<text>[^\]|]+)\|[^\]]*|(?P<bare>[^\]|]+))\]")
_EMPHASIS = re.compile(r"(?<![\w*_+])([*_+?-])(?P<text>[^\s*_+](?:[^*_+]*[^\s*_+])?)\1(?![\w*_+])")
# A file is wiki markup when it has at least this many headings "h2." or table rows "||…||".
MIN_MARKUP_LINES = 2


def is_wiki_markup(text: str) -> bool:
    """Whether a text file is written in Confluence wiki markup: "h1." to "h6." headings or
    "||…||" header rows, at least MIN_MARKUP_LINES of them."""
    marked = sum(1 for line in text.splitlines() if _HEADING.match(line) or _HEADER_ROW.match(line))
    return marked >= MIN_MARKUP_LINES


def _inline(text: str) -> str:
    """The words of a line without inline markup."""
    text = _STATUS.sub(lambda m: m.group("title").strip(), text)
    text = _INLINE_MACRO.sub(" ", text)
    text = _LINK.sub(lambda m: m.group("user") or m.group("text") or m.group("bare"), text)
    return clean(_EMPHASIS.sub(lambda m: m.group("text"), text))


def _cells(row: str) -> list[str]:
    """The cells of a row, split on the bars that are no part of a link or a macro."""
    text = _STATUS.sub(lambda m: m.group("title").strip(), row.strip())
    cells: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "[{":
            depth += 1
        elif char in "]}" and depth:
            depth -= 1
        if char == "|" and not depth:
            cells.append("".join(current))
            current = []
            continue
        current.append(char)
    cells.append("".join(current))
    # (the bars opening and closing the row leave an empty cell at each end)
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [_inline(c) for c in cells]


def read_wiki_markup(text: str) -> list[Block]:
    """The blocks of a wiki page: headings, table rows, list items and paragraphs."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            words = _inline(" ".join(paragraph))
            if words:
                blocks.append(Block(words, None, BlockKind.PARAGRAPH))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or _BLOCK_MACRO.match(line):
            close_paragraph()
            continue
        heading = _HEADING.match(line)
        if heading:
            close_paragraph()
            title = _inline(heading.group("title"))
            if title:
                blocks.append(
                    Block(title, None, BlockKind.HEADING, level=int(heading.group("level")))
                )
            continue
        if _HEADER_ROW.match(line) or _ROW.match(line):
            close_paragraph()
            cells = _cells(line.replace("||", "|") if _HEADER_ROW.match(line) else line)
            if any(cells):
                blocks.append(Block(" | ".join(cells), None, BlockKind.TABLE_ROW))
            continue
        item = _ITEM.match(line)
        if item:
            close_paragraph()
            words = _inline(item.group("text"))
            if words:
                blocks.append(Block(words, None, BlockKind.LIST_ITEM))
            continue
        paragraph.append(line)
    close_paragraph()
    return blocks
