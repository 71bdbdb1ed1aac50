"""Plain text and Markdown -> Blocks. A form feed starts a new page in plain text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from tenderguard.models import Block, BlockKind
from tenderguard.parsing.key_values import is_key_value_sheet, read_key_values
from tenderguard.parsing.respondent import respondent_columns
from tenderguard.parsing.text_columns import read_in_columns
from tenderguard.parsing.thread import thread
from tenderguard.text import clean, section_number

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_LIST = re.compile(r"^\s*[-*+•]\s+")
_MD_ORDERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
# "4. **Data processing.** Quillstone…": an ordered item opening on a title in bold
# (or alone on its line, its text in the items nested under it: "1. **Data protection**")
_MD_TITLED_ITEM = re.compile(r"^\d{1,3}\.\s+(\*\*|__)[^*_]{2,60}?[.:]?\1(?:\s*\S|(?P<alone>\s*$))")
_MD_ORDERED_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_MD_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_PAGE_MARKER = re.compile(r"^page\s+(\d{1,5})$", re.IGNORECASE)
_PAGE_HEADING = re.compile(r"^#{1,6}\s+page\s+\d{1,5}\s*$", re.IGNORECASE)
# Docs-site markup that is not document text: MDX imports and exports, admonition fences
# (":::note Titre", ":::"), lines made only of JSX/HTML tags, HTML comments.
# "<summary>Réversibilité</summary>" of a <details> block, "<dt>Can I export my data?</dt>" of
# a definition list: the title of what follows.
_HTML_SUMMARY = re.compile(r"^<(summary|dt)>(.+?)</\1>$", re.IGNORECASE)
_DETAILS_OPEN = re.compile(r"^<details\b", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"^</details>", re.IGNORECASE)
# The tabs of an MkDocs page ('=== "Offre Pro"') title what each shows, as a <summary> does: a
# plan's own service level; so do a Docusaurus page's (`<TabItem value="fr" label="France">`).
# So do a Hugo page's shortcodes (`{{< tab name="Hébergement" >}}`, `{{% tab title="…" %}}`).
_CONTENT_TAB = re.compile(
    r"^(?:===\+?\s+\"(?P<title>[^\"]+)\"|<TabItem\b[^>]*?\blabel=\"(?P<label>[^\"]+)\"[^>]*>"
    r"|\{\{[<%]\s*tab\s+(?:(?:name|title|header)=)?\"(?P<shortcode>[^\"]+)\"[^}]*[>%]\}\})\s*$"
)
# The end of a set of tabs: Docusaurus's </Tabs>, Hugo's {{< /tabs >}}
_TABS_END = re.compile(r"^(?:</Tabs>|\{\{[<%]\s*/tabs\s*[>%]\}\})")
# MkDocs admonitions: '!!! warning "Mandatory"' sets off a block whose title says what it is
# (read before its text: "Mandatory: …", "Recommended: …"); '??? note "Our own insurance"'
# folds a block away under its title, as a <summary> does.
_ADMONITION = re.compile(r"^(?P<mark>!!!|\?\?\?\+?)\s+[\w-]+(?:\s+\"(?P<title>[^\"]*)\")?\s*$")
# A fenced block of code or configuration ("```hcl" … "```"): a sample, not the page's text.
_CODE_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>")
# (and a Hugo page's shortcodes alone on their line: « {{< alert color="info" >}} »)
# (and a MyST target, « (insurance)= », naming the heading below it for cross-references)
_MD_NOT_TEXT = re.compile(
    r"^(?:(?:import|export)\s.*|:::.*|(?:<[A-Za-z/][^>]*>\s*)+|<!--.*-->"
    r"|(?:\{\{[<%][^}]*[>%]\}\}\s*)+|\([\w.:-]+\)=)$"
)
_FRONT_MATTER_FENCES = {"---": ("---", "..."), "+++": ("+++",)}


def _without_front_matter(lines: list[str]) -> list[str]:
    """The lines after a YAML (---) or TOML (+++) front matter block opening the file: its
    title:, slug:, tags: describe the page for the site, they are not its text."""
    if not lines or lines[0].strip() not in _FRONT_MATTER_FENCES:
        return lines
    closing = _FRONT_MATTER_FENCES[lines[0].strip()]
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in closing:
            return lines[index + 1 :]
    return lines  # no closing fence: not front matter after all


_RULE_LINE = re.compile(r"^[=\-_*~#+]{3,}$")
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})$")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8, a warning naming the encoding assumed."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        # Windows-1252 decodes every byte: the usual encoding of French files that are not UTF-8.
        return data.decode("cp1252", errors="replace"), "not UTF-8; read as Windows-1252"


_GRID_BORDER = re.compile(r"^\+(?:[-=]+\+)+$")


def _grid_table(lines: list[str]) -> list[str] | None:
    """The rows of a table drawn with +---+ borders and | between cells (an e-mail, a text
    export), each row's cells joined with " | " and a cell's wrapped lines joined; None when
    the drawing is no well-formed grid. docutils reads the grid, merged cells included."""
    # Imported here: docutils takes 40 ms to import, and few texts draw a table.
    from docutils.parsers.rst.tableparser import GridTableParser, TableMarkupError
    from docutils.statemachine import StringList

    try:
        _, head, body = GridTableParser().parse(StringList(_one_row_per_line(lines)))
    except (TableMarkupError, IndexError, ValueError):
        return None  # docutils fails on some broken drawings with an IndexError
    rows = []
    for row in [*head, *body]:
        cells = [" ".join(" ".join(cell[3]).split()) for cell in row if cell is not None]
        if any(cells):
            rows.append(" | ".join(c for c in cells if c))
    return rows


def _one_row_per_line(lines: list[str]) -> list[str]:
    """A grid ruled only above, under its header and below, as database shells and text
    exports draw one: each line of its body is a row (a line whose first cell is empty goes on
    with the row above). Drawn so, docutils would read the whole body as one row of wrapped
    cells, which is what the grid means only when rules separate its rows."""
    borders = [i for i, line in enumerate(lines) if _GRID_BORDER.match(line)]
    if len(borders) != 3 or borders[2] - borders[1] < 3:
        return lines
    _, header, bottom = borders
    rule = lines[bottom].replace("=", "-")
    out = lines[: header + 1]
    for i in range(header + 1, bottom):
        first_cell = lines[i][1:].split("|", 1)[0].strip()
        if i > header + 1 and first_cell:
            out.append(rule)
        out.append(lines[i])
    return out + lines[bottom:]


def _pipe_row(line: str, cell: Callable[[str], str] = str.strip) -> str:
    """ "| RC professionnelle | 1 000 000 € |" -> "RC professionnelle | 1 000 000 €"; "" for the
    rule under a header row."""
    if _MD_TABLE_RULE.match(line):
        return ""
    return " | ".join(c for c in (cell(c) for c in line.strip().strip("|").split("|")) if c)


def _is_pipe_table(lines: list[str], i: int) -> bool:
    """Whether a table written with pipes starts at line i: its header row, then its rule."""
    return (
        lines[i].strip().startswith("|")
        and i + 1 < len(lines)
        and bool(_MD_TABLE_RULE.match(lines[i + 1].strip()))
    )


# "Réf. | Exigence | Statut" over "-----+----------+-------": a table a program printed as
# text, without outer pipes, the cells of a row wrapping onto lines whose first cell is empty.
_TEXT_TABLE_RULE = re.compile(r"^-{2,}(?:\+-{2,})+$")


# (or without the rule: « N° | Action | Resp. | Échéance » over rows with as many pipes, the
# lines going on with a row opening on an empty cell, « | la CA et communiquer … | | »)
MIN_PIPED_ROWS = 2
MIN_PIPES = 2


def _is_printed_table(lines: list[str], i: int) -> bool:
    if "|" not in lines[i] or lines[i].strip().startswith("|") or i + 1 >= len(lines):
        return False
    if _TEXT_TABLE_RULE.match(lines[i + 1].strip()):
        return True
    pipes = lines[i].count("|")
    following = lines[i + 1 : i + 1 + MIN_PIPED_ROWS]
    return (
        pipes >= MIN_PIPES
        and len(following) == MIN_PIPED_ROWS
        and all(line.count("|") == pipes for line in following)
    )


def _printed_rows(lines: list[str], i: int) -> tuple[list[str], int]:
    """The rows of a printed table from its header line, and the line after it."""
    rows: list[list[str]] = []
    while i < len(lines) and "|" in lines[i]:
        cells = [c.strip() for c in lines[i].rstrip().split("|")]
        if rows and not cells[0] and len(cells) == len(rows[-1]):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
        i += 1
        if i < len(lines) and _TEXT_TABLE_RULE.match(lines[i].strip()):
            i += 1
    return [" | ".join(c for c in row if c) for row in rows], i


# "COVERAGE   EACH OCCURRENCE   NOTES" over "---------  ---------------  -----": a table laid out
# in fixed-width columns (pasted into an e-mail), each column's extent given by its rule.
# (docutils' simple tables need "=" borders above and below; these have only the rule.)
_COLUMN_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")


# "Commercial General Liability ........ $1,000,000 each occurrence": a label led by dots to its
# value, which a printed schedule wraps over lines as it likes
_LEADER_DOTS = re.compile(r"\.{5,}")


def _is_column_table(lines: list[str], i: int) -> bool:
    """(Not the header of a schedule whose entries lead by dots to their values: its rule
    only underlines two titles, its entries are lines, numbered and wrapped as they come.)"""
    if not (lines[i].strip() and i + 1 < len(lines) and _COLUMN_RULE.match(lines[i + 1])):
        return False
    j = i + 2
    while j < len(lines) and lines[j].strip() and not _COLUMN_RULE.match(lines[j]):
        if _LEADER_DOTS.search(lines[j]):
            return False
        j += 1
    return True


# "Item   Detail                           Particulars" over a rule across the whole width: a
# table whose columns start where its header's words do, two spaces or more apart.
_FULL_RULE = re.compile(r"^\s*(?:-{10,}|={10,})\s*$")
MIN_SPACED_COLUMNS = 3
MIN_SPACED_ROWS = 2


MIN_TABBED_ROWS = 3


def _is_tabbed_table(lines: list[str], i: int) -> bool:
    """Whether a line opens at least MIN_TABBED_ROWS lines whose cells are separated by tabs,
    as a spreadsheet's rows pasted into an e-mail are ("R1<TAB>Professional indemnity …<TAB>Yes"),
    and not only after the text's first word (an indented paragraph)."""
    run = 0
    while i + run < len(lines) and "\t" in lines[i + run].strip():
        run += 1
    return run >= MIN_TABBED_ROWS


def _header_starts(line: str) -> list[int]:
    """Where the cells of a header line start: its words grouped by runs of two spaces."""
    return [m.start() for m in re.finditer(r"\S+(?: \S+)*", line)]


def _is_spaced_table(lines: list[str], i: int) -> bool:
    """Whether a header line over a full rule opens a table whose rows start their cells
    where the header's do (« 7      Public liability insurance       $20,000,000 … »)."""
    if not (i + 1 < len(lines) and _FULL_RULE.match(lines[i + 1]) and lines[i].strip()):
        return False
    starts = _header_starts(lines[i])
    if len(starts) < MIN_SPACED_COLUMNS:
        return False
    aligned = 0
    for j in _row_lines(lines, i + 2, starts, _FULL_RULE)[0]:
        line = lines[j]
        at = [a for a in starts[1:] if a < len(line) and line[a] != " " and line[a - 2 : a] == "  "]
        aligned += len(at) >= MIN_SPACED_COLUMNS - 1 and line[starts[0]] != " "
    return aligned >= MIN_SPACED_ROWS


def _row_lines(
    lines: list[str], j: int, starts: list[int], rule: re.Pattern[str]
) -> tuple[list[int], int]:
    """The indices of a table's row lines from j, and where the table ends: at a rule, or at a
    blank line that parts no two rows."""
    found: list[int] = []
    while j < len(lines) and not rule.match(lines[j]):
        if lines[j].strip():
            found.append(j)
        elif not _next_row_after_blank(lines, j, starts):
            break
        j += 1
    return found, j


def _next_row_after_blank(lines: list[str], j: int, starts: list[int]) -> bool:
    """Whether the blank line at j only parts two rows of a spaced table: the line after it
    opens a row whose key has the shape of the row's before (« GC-07 » after « GC-06 »), as a
    text copied from a PDF leaves a blank line between wrapped rows."""
    if j + 1 >= len(lines) or not lines[j + 1].strip():
        return False
    above = next((lines[k] for k in range(j - 1, -1, -1) if lines[k][:1].strip()), "")
    below = lines[j + 1]
    end = starts[1] if len(starts) > 1 else None
    return bool(above.strip()) and _key_shape(above[:end]) == _key_shape(below[:end])


def _key_shape(cell: str) -> str:
    """A row key with its figures as 9: « GC-07 » and « GC-12 » are one shape."""
    return re.sub(r"\d+", "9", cell.strip())


def _spaced_rows(lines: list[str], i: int) -> tuple[list[str], int]:
    """The rows of a table laid out by spaces under a full rule (see _is_spaced_table)."""
    return _cut_rows(lines, i, _header_starts(lines[i]), i + 2, _FULL_RULE)


def _column_rows(lines: list[str], i: int) -> tuple[list[str], int]:
    """The rows of a fixed-width table from its header line, and the line after it: each line
    cut where its rule's columns start; a line whose first cell is empty goes on with the row
    above (a wrapped cell)."""
    starts = [m.start() for m in re.finditer(r"-+", lines[i + 1])]
    return _cut_rows(lines, i, starts, i + 2, _COLUMN_RULE)


def _cut_rows(
    lines: list[str], i: int, starts: list[int], first: int, rule: re.Pattern[str]
) -> tuple[list[str], int]:
    ends = [*starts[1:], None]

    def cells(line: str) -> list[str]:
        return [line[a:b].strip() for a, b in zip(starts, ends, strict=True)]

    rows = [cells(lines[i])]
    found, j = _row_lines(lines, first, starts, rule)
    for k in found:
        row = cells(lines[k])
        if not row[0] and len(rows) > 1:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row, strict=True)]
        else:
            rows.append(row)
    # (the column the respondent fills in, « Réponse du candidat », holds its answers, not the
    # buyer's demands)
    answered = respondent_columns(rows[0])
    rows = [[c for k, c in enumerate(row) if k not in answered] for row in rows]
    return [" | ".join(c for c in row if c) for row in rows], j


def read_text(text: str) -> tuple[list[Block], int | None]:
    """Lines of a .txt file; pages only when the file has form feeds. An e-mail is read as its
    newest message, then each earlier message that still speaks for its sender's side, opened
    by a MESSAGE block; a table drawn with +---+ borders row by row."""
    pages = text.split("\f")
    if len(pages) == 1:
        pages = _pages_by_their_numbers(text)
    paged = len(pages) > 1
    blocks = []
    for number, page in enumerate(pages, start=1):
        at = number if paged else None
        lines = clean(page).splitlines()
        if is_key_value_sheet(lines):
            blocks += read_key_values(lines, at)
            continue
        newest, earlier = thread(read_in_columns(lines))
        blocks += _line_blocks(newest, at)
        for message in earlier:
            blocks.append(Block(message.opening, at, BlockKind.MESSAGE))
            blocks += _line_blocks(message.lines, at)
    return blocks, (len(pages) if paged else None)


# « Page 3 of 7 », « Page 3/7 », « - 3 - » alone on a line: the foot of a page printed into
# a text copied from a PDF
_PAGE_FOOT = re.compile(
    r"^\s*(?:(?:page|p\.)\s*(?P<n>\d{1,3})\s*(?:of|sur|/)\s*\d{1,3}|[-–]\s*(?P<d>\d{1,3})\s*[-–])\s*$",
    re.IGNORECASE,
)
MIN_PAGE_FEET = 2


def _pages_by_their_numbers(text: str) -> list[str]:
    """The pages of a text copied from a PDF without its form feeds, cut after each page
    number printed at a page's foot, when they count up from 1 or 2 (so that the running
    header and footer repeated on each page are read as such)."""
    lines = text.splitlines(keepends=True)
    feet = [
        (i, int(m.group("n") or m.group("d")))
        for i, line in enumerate(lines)
        if (m := _PAGE_FOOT.match(line))
    ]
    numbers = [n for _, n in feet]
    if (
        len(feet) < MIN_PAGE_FEET
        or numbers[0] > 2
        or numbers != list(range(numbers[0], numbers[0] + len(numbers)))
    ):
        return [text]
    pages, start = [], 0
    for i, _ in feet:
        pages.append("".join(lines[start : i + 1]))
        start = i + 1
    pages.append("".join(lines[start:]))
    return pages


def _line_blocks(lines: list[str], at: int | None) -> list[Block]:
    blocks = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if _GRID_BORDER.match(line):
            end = i + 1
            while end < len(lines) and lines[end].strip()[:1] in ("+", "|"):
                end += 1
            rows = _grid_table([raw.strip() for raw in lines[i:end]])
            if rows is not None:
                blocks += [Block(row, at, BlockKind.TABLE_ROW) for row in rows]
                i = end
                continue
        if _is_tabbed_table(lines, i):
            # rows pasted from a spreadsheet, their cells separated by tabs
            while i < len(lines) and "\t" in lines[i]:
                row = " | ".join(c.strip() for c in lines[i].split("\t") if c.strip())
                if row:
                    blocks.append(Block(row, at, BlockKind.TABLE_ROW))
                i += 1
            continue
        if _is_column_table(lines, i):
            rows, i = _column_rows(lines, i)
            blocks += [Block(row, at, BlockKind.TABLE_ROW) for row in rows]
            continue
        if _is_spaced_table(lines, i):
            rows, i = _spaced_rows(lines, i)
            blocks += [Block(row, at, BlockKind.TABLE_ROW) for row in rows]
            continue
        if _is_printed_table(lines, i):
            rows, i = _printed_rows(lines, i)
            blocks += [Block(row, at, BlockKind.TABLE_ROW) for row in rows]
            continue
        if _is_pipe_table(lines, i):
            # "| Exigence | Valeur | Pièce |" then "|---|---|---|": a table written with
            # pipes, as in Markdown, in a plain text file
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = _pipe_row(lines[i])
                if row:
                    blocks.append(Block(row, at, BlockKind.TABLE_ROW))
                i += 1
            continue
        # "=====" under a title, "-----" between parts: drawing, not text. A line
        # underlined so is set off as a title, as bold type sets it off on a page.
        if line and not _RULE_LINE.match(line):
            underlined = i + 1 < len(lines) and _UNDERLINE.match(lines[i + 1].strip())
            blocks.append(Block(line, at, BlockKind.LINE, bold=bool(underlined)))
        i += 1
    return blocks


def _strip_markup(text: str) -> str:
    """The words of a line of Markdown: emphasis, code marks and link addresses dropped as
    CommonMark reads them ("*(Recommended)*", "**CR-07**", "[cl. 4](#c4)"); an image, a badge
    ("![ISO 27001](badge.svg)"), is left out: its alternative text is no statement."""
    text = _LINE_BREAK.sub(_broken, text)
    words: list[str] = []
    for token in _inline_parser().parseInline(text):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
            elif child.type == "html_inline":
                words.append(_HTML_TAG.sub("", child.content))
    return "".join(words).strip()


@cache
def _inline_parser() -> MarkdownIt:
    # (imported when a Markdown text is read: a PDF's check need not load it)
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


# « RC Pro obligatoire, minimum 1 M€ par sinistre<br>Attestation d'assurance jointe… » in a
# cell of a Markdown table: one line per demand, each ended as its own sentence.
_LINE_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _broken(m: re.Match[str]) -> str:
    before = m.string[: m.start()].rstrip()
    return " " if not before or before[-1] in ".;:!?" else " ; "


# "🏗️ Hébergement", "✅ Sécurité": the pictograph before a title decorates it; the title is the
# words. Symbols (So, Sk), marks (Mn, the emoji variation selector) and format characters (Cf,
# the zero-width joiner) are dropped from the start.
# (also after the title's number: « ## 4. 🛡️ Assurances » is « 4. Assurances »)
def _undecorated(title: str) -> str:
    number = _TITLE_NUMBER.match(title)
    if number:
        rest = _without_pictographs(title[number.end() :])
        return f"{number.group(0)}{rest}" if rest else title
    return _without_pictographs(title)


_TITLE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+")


def _without_pictographs(title: str) -> str:
    start = 0
    while start < len(title) and (
        title[start].isspace() or unicodedata.category(title[start]) in ("So", "Sk", "Mn", "Cf")
    ):
        start += 1
    return title[start:]


def _without_comments(lines: list[str]) -> list[str]:
    """The lines outside HTML comments ("<!-- Maintainers: … -->" over several lines): notes to
    the page's editors, not its text."""
    kept: list[str] = []
    inside = False
    for line in lines:
        if not inside and line.strip().startswith("<!--") and "-->" not in line:
            inside = True
            continue
        if inside:
            inside = "-->" not in line
            continue
        kept.append(line)
    return kept


# A MyST (Sphinx) directive in a fence: "```{note}", "```{admonition} Sovereignty",
# "```{list-table} Certifications". Its body is the page's text, unless it is code.
_DIRECTIVE = re.compile(r"^(?P<fence>`{3,}|~{3,})\{(?P<name>[\w-]+)\}\s*(?P<argument>.*)$")
_CODE_DIRECTIVES = frozenset(
    {"code", "code-block", "code-cell", "sourcecode", "literalinclude", "math", "mermaid", "raw"}
)
# ":class: important", ":header-rows: 1": a directive's options, under its opening line
_DIRECTIVE_OPTION = re.compile(r"^:(?P<key>[\w-]+):\s*(?P<value>.*)$")
# "* - ISO/IEC 27001" opens a row of a list-table, "  - Mandatory" is its next cell
_LIST_TABLE_ROW = re.compile(r"^\*\s+-\s+(?P<cell>.*)$")
_LIST_TABLE_CELL = re.compile(r"^-\s+(?P<cell>.*)$")


def _with_directives_as_markdown(lines: list[str]) -> list[str]:
    """MyST directives written as Markdown the reader below knows: an admonition becomes an
    MkDocs one ('!!! note "Sovereignty"'), a list-table a table of pipes; a code directive
    stays a fence, which is dropped with the other code."""
    result: list[str] = []
    i = 0
    while i < len(lines):
        directive = _DIRECTIVE.match(lines[i].strip())
        if directive is None or directive.group("name") in _CODE_DIRECTIVES:
            result.append(lines[i])
            i += 1
            continue
        fence = directive.group("fence")
        end = next((j for j in range(i + 1, len(lines)) if lines[j].strip() == fence), len(lines))
        body = lines[i + 1 : end]
        options = {}
        while body and (option := _DIRECTIVE_OPTION.match(body[0].strip())):
            options[option.group("key")] = option.group("value")
            body = body[1:]
        if directive.group("name") == "list-table":
            header_rows = int(options.get("header-rows", "0") or 0)
            result += ["", *_list_table(body, header_rows), ""]
        else:
            title = directive.group("argument").strip().replace('"', "")
            result += ["", f"!!! {directive.group('name')}" + (f' "{title}"' if title else "")]
            result += [*body, ""]
        i = end + 1
    return result


def _list_table(body: list[str], header_rows: int) -> list[str]:
    """The rows of a MyST list-table as a table of pipes, its header rows ruled off."""
    rows: list[list[str]] = []
    for line in body:
        stripped = line.strip()
        opened = _LIST_TABLE_ROW.match(stripped)
        cell = _LIST_TABLE_CELL.match(stripped)
        if opened:
            rows.append([opened.group("cell")])
        elif cell and rows:
            rows[-1].append(cell.group("cell"))
        elif stripped and rows:
            rows[-1][-1] = f"{rows[-1][-1]} {stripped}"  # a cell's text going on
    table = [f"| {' | '.join(row)} |" for row in rows]
    if 0 < header_rows < len(table):
        width = len(rows[0])
        table.insert(header_rows, "|" + "---|" * width)
    return table


def _without_code(lines: list[str]) -> list[str]:
    """The lines outside fenced code blocks ("```hcl" … "```"): a sample configuration shows a
    shape, it demands nothing."""
    kept: list[str] = []
    fence: str | None = None
    for line in lines:
        opening = _CODE_FENCE.match(line.strip())
        if fence is None and opening:
            fence = opening.group("fence")
            continue
        if fence is not None:
            if line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
                fence = None
            continue
        kept.append(line)
    return kept


def _item_number(
    section: str | None, items: list[tuple[int, str]], indent: int, text: str
) -> str | None:
    """The number of an ordered item under a numbered heading, from its place among the items
    open (`items`, updated): « 4.2 », « 4.1.1 » for an item nested in item 1. None under a
    heading without a number."""
    typed = _MD_ORDERED_NUMBER.match(text)
    if section is None or typed is None:
        return None
    while items and items[-1][0] > indent:
        items.pop()
    number = typed.group("n")
    if items and items[-1][0] == indent:
        # the next item of the same list: Markdown numbers it after the one before, whatever
        # number is typed (a list typed « 1. », « 1. », « 1. » shows 1, 2, 3)
        _, before = items.pop()
        number = str(int(before) + 1) if before.isdigit() else number
    items.append((indent, number))
    return ".".join([section, *(n for _, n in items)])


_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(?![*_\s]).*\S\1$")


# "[^6]: And in any case within thirty-six (36) hours.": a footnote's text, its lines after the
# first indented; "[^6]" in a paragraph: its call.
_FOOTNOTE = re.compile(r"^\[\^(?P<id>[^\]\s]{1,20})\]:\s*(?P<text>.*)$")
_FOOTNOTE_CALL = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\](?!:)")


def _with_notes_at_their_calls(lines: list[str]) -> list[str]:
    """The lines without their footnotes, each note's text in brackets at its call, as a reader
    reads an aside where it is called (« … without undue delay.[^6] » and « [^6]: And in any
    case within thirty-six (36) hours. » say together what is demanded); the DOCX reader does
    the same with Word's notes."""
    notes: dict[str, list[str]] = {}
    kept: list[str] = []
    current: list[str] | None = None
    for line in lines:
        note = _FOOTNOTE.match(line.strip()) if not line.startswith((" ", "\t")) else None
        if note:
            current = notes.setdefault(note.group("id"), [])
            current.append(note.group("text").strip())
        elif current is not None and line.startswith(("    ", "\t")) and line.strip():
            current.append(line.strip())
        else:
            current = None
            kept.append(line)
    if not notes:
        return lines

    def called(m: re.Match[str]) -> str:
        text = " ".join(notes.get(m.group("id"), [])).strip().rstrip(" .")
        return f" ({text})" if text else ""

    return [_FOOTNOTE_CALL.sub(called, line) for line in kept]


_HTML_TABLE_OPEN = re.compile(r"^\s*<table\b", re.IGNORECASE)
_HTML_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


def _html_tables(lines: list[str]) -> tuple[list[str], dict[str, list[Block]]]:
    """The lines with each raw HTML table (« <table> … </table> » between the Markdown, its
    cells spanning rows and columns) left as one placeholder line, and the placeholder -> the
    table's rows as the HTML reader reads them."""
    from tenderguard.parsing.html import read_html  # (the HTML reader imports this module)

    out: list[str] = []
    tables: dict[str, list[Block]] = {}
    i = 0
    while i < len(lines):
        if not _HTML_TABLE_OPEN.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        end = next((j for j in range(i, len(lines)) if _HTML_TABLE_CLOSE.search(lines[j])), None)
        if end is None:
            out += lines[i:]
            break
        placeholder = f"\x00table {len(tables)}"
        tables[placeholder] = read_html("\n".join(lines[i : end + 1]))
        out.append(placeholder)
        i = end + 1
    return out, tables


def read_markdown(text: str) -> tuple[list[Block], int | None]:
    """Headings, lines, list items and table rows of a Markdown file.

    Lines are kept as lines (the segmenter joins them) because Markdown converted from PDF keeps
    article titles as plain lines. A page written in Markdown, cut by its '#' headings, is read
    as Markdown reads: the wrapped lines of a paragraph or a list item are one block, so that a
    line that happens to open on "Article 28 GDPR." is no article of its own. A heading
    "Page N", left by PDF converters, sets the page.
    """
    blocks: list[Block] = []
    page: int | None = None
    pages = 0
    lines, tables = _html_tables(
        _with_notes_at_their_calls(
            _without_comments(_without_front_matter(clean(text).splitlines()))
        )
    )
    # A page written in Markdown is cut by its '#' headings, and its "1." lines are the items of
    # ordered lists; a text converted from PDF (no heading but its title and "Page N") keeps
    # its article numbers on plain lines.
    titled = (
        sum(1 for line in lines if _MD_HEADING.match(line.strip()))
        - sum(1 for line in lines if _PAGE_HEADING.match(line.strip()))
        > 1
    )
    open_block = False  # whether the last block is a paragraph or item the next line continues
    section: str | None = None  # the number of the last heading, "4" of "## 4. Localisation"
    items: list[tuple[int, str]] = []  # the ordered items open: (indentation, number)
    shown: int | None = None  # the number shown for the last titled item of a list
    # Indented blocks under a tab or a folded admonition: (indentation of its marker, the
    # heading the text after it is under again).
    nested: list[tuple[int, Block | None]] = []
    quoting = False  # whether the last line was of a quotation ("> …")
    tabbed: Block | None = None  # the heading above the Docusaurus tabs being read
    detailed: Block | None = None  # the heading above the <details> block being read
    for raw in _without_code(_with_directives_as_markdown(lines)):
        line = raw.strip()
        quoted = line.startswith(">")
        if quoted:
            line = line.lstrip("> ").strip()
            # « **Requirement 3.1** » then « > The Supplier shall… »: a quotation opens a
            # block of its own, as Markdown renders it
            open_block = open_block and quoting
        quoting = quoted
        if not line:
            open_block = False
            continue
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        tab = _CONTENT_TAB.match(line)
        admonition = _ADMONITION.match(line)
        folded = admonition is not None and admonition.group("mark") != "!!!"
        restored: Block | None = None  # the heading a closed tab or folded block was under
        while nested and indent <= nested[-1][0]:
            _, restored = nested.pop()
        if restored is not None and not (tab or folded or _MD_HEADING.match(line)):
            # Back under the heading after its tabs: "Orrery data is stored in the EU" after
            # the "AWS" and "Azure" tabs of section 2 is section 2's text.
            blocks.append(restored)
            open_block = False
        if admonition and admonition.group("mark") == "!!!":
            title = _strip_markup(admonition.group("title") or "")
            if title:
                blocks.append(Block(f"{title.rstrip(':. ')} :", page, BlockKind.LINE))
            open_block = bool(title)
            continue
        if _TABS_END.match(line) and tabbed is not None:
            # back under the heading above the tabs
            blocks.append(tabbed)
            tabbed = None
        if _DETAILS_OPEN.match(line) and detailed is None:
            # each <details> of a section is titled by its <summary> one level under the
            # section, not under the <details> before it
            detailed = next((b for b in reversed(blocks) if b.kind == BlockKind.HEADING), None)
        if _DETAILS_CLOSE.match(line) and detailed is not None:
            blocks.append(detailed)  # back under the section's heading
            detailed = None
        if line in tables:
            # a table written in HTML between the Markdown, read as a page's table is
            blocks += [replace(row, page=page) for row in tables[line]]
            open_block = False
            continue
        if (_MD_RULE.match(line) or _MD_NOT_TEXT.match(line)) and not tab:
            open_block = False
            continue
        summary = _HTML_SUMMARY.match(line)
        if summary or tab or admonition:
            # A collapsible block or a tab under a '#' heading titles a part one level below.
            # (the next tab of a set is under the same heading as the first)
            parent = (
                restored
                or (tabbed if tab else None)
                or (detailed if summary else None)
                or next((b for b in reversed(blocks) if b.kind == BlockKind.HEADING), None)
            )
            level = parent.level if parent is not None else 1
            if summary:
                named = summary.group(2)
            elif tab:
                named = tab.group("title") or tab.group("label") or tab.group("shortcode")
            else:
                assert admonition is not None
                named = admonition.group("title") or ""
            title = _undecorated(_strip_markup(named))
            if title:
                blocks.append(Block(title, page, BlockKind.HEADING, level=min((level or 1) + 1, 6)))
            if tab and (tab.group("label") or tab.group("shortcode")):
                # (a Docusaurus or Hugo tab ends with its </Tabs>, not its indentation)
                tabbed = parent
            elif tab or folded:
                nested.append((indent, parent))
            open_block = False
            continue
        heading = _MD_HEADING.match(line)
        if heading or line.startswith("|"):
            open_block = False
        if heading:
            title = _undecorated(_strip_markup(heading.group(2)))
            marker = _PAGE_MARKER.match(title)
            if marker:
                page = int(marker.group(1))
                pages = max(pages, page)
            elif title:
                blocks.append(Block(title, page, BlockKind.HEADING, level=len(heading.group(1))))
                section, items, shown = section_number(title), [], None
            continue
        if line.startswith("|"):
            row = _pipe_row(line, _strip_markup)
            if row:
                blocks.append(Block(row, page, BlockKind.TABLE_ROW))
            continue
        ordered = titled and _MD_ORDERED.match(line)
        if (
            ordered
            and (section is None or shown is not None)
            and indent == 0
            and (titled_item := _MD_TITLED_ITEM.match(line))
        ):
            # « 4. **Data processing.** Quillstone processes… » under an unnumbered heading: a
            # term numbered and titled in its own line, read as a contract's clause is, with
            # the number a browser shows (« 1. », « 1. », « 1. » typed show 1, 2, 3); the items
            # nested under it are its points, « 2.3 » as shown
            typed = _MD_ORDERED_NUMBER.match(_strip_markup(line))
            if typed is not None:
                shown = shown + 1 if shown is not None else int(typed.group("n"))
                if titled_item.group("alone") is not None:
                    section, items = str(shown), []  # its text is in the items under it
                line = f"{shown}. {typed.group('text')}"
            blocks.append(Block(_strip_markup(line), page, BlockKind.LINE))
            open_block = True
            continue
        starts_item = bool(_MD_LIST.match(line) or ordered)
        kind = BlockKind.LIST_ITEM if starts_item else BlockKind.LINE
        text = _strip_markup(line)
        if not text:  # a line of badges only leaves nothing
            continue
        if titled and open_block and not starts_item:
            last = blocks[-1]
            blocks[-1] = replace(last, text=f"{last.text} {text}")
            continue
        if indent == 0 and not starts_item:
            items = []
        number = _item_number(section, items, indent, text) if ordered else None
        if number is not None:
            # « 1. Les sauvegardes… » indented under item 1 of « ## 4. Localisation »: the item
            # a reader cites « 4.1.1 », as a browser shows the lists of the page
            text = _MD_ORDERED_NUMBER.sub(r"\g<text>", text, count=1)
        # (a list item's depth is its indentation: an item nested under another is deeper)
        depth = 1 + indent if starts_item else None
        # « **7. Fin du contrat** » alone on its line: a title set in bold, as on a page
        bold = not starts_item and bool(_MD_BOLD_LINE.match(line))
        blocks.append(Block(text, page, kind, number=number, level=depth, bold=bold))
        open_block = True
    return blocks, (pages or None)
