"""Tables exported as delimited text (.csv, .tsv): a requirement list, a response grid.

The standard library's csv module reads the quoting (a cell holding line breaks or the
separator) and its Sniffer finds the separator: « ; » where Excel writes for a French locale,
« , » elsewhere, a tab in .tsv. Each row is one block, its cells joined by " | " as the other
readers give table rows; the first row is read as the header the rows answer to. The columns
the respondent fills in (« Réponse du candidat », "Vendor answer", "Evidence") are left out.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from tenderguard.models import Block, BlockKind
from tenderguard.parsing.respondent import respondent_columns
from tenderguard.text import clean

_SEPARATORS = ";,\t|"
_SAMPLE_CHARS = 64 * 1024


def read_csv(text: str) -> list[Block] | None:
    """A block per row that holds text; None when the text is not a table of one separator
    (a single column, rows of unequal widths throughout), to be read as plain text."""
    text = _one_newline(text)
    sample = text[:_SAMPLE_CHARS]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_SEPARATORS)
    except csv.Error:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text), dialect))
    except csv.Error:
        return None
    blocks: list[Block] = []
    answered = respondent_columns(_header(rows))
    for row in rows:
        cells = [" ".join(clean(cell).split()) for cell in row]
        cells = [cell for i, cell in enumerate(cells) if i not in answered]
        if any(cells):
            blocks.append(Block(" | ".join(cells), None, BlockKind.TABLE_ROW))
    if not blocks or max(len(b.text.split(" | ")) for b in blocks) < 2:
        return None
    return blocks


def _one_newline(text: str) -> str:
    """The text with Windows' "\r\n" as "\n": the Sniffer finds no separator in lines that end
    on "\r" (as Excel writes them)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _header(rows: list[list[str]]) -> list[str]:
    """The first row that fills most of its cells: an export may open on a title row
    ("Questionnaire de sécurité;;;;") above the header."""
    return next((row for row in rows if sum(bool(c.strip()) for c in row) * 2 > len(row)), [])


_MIN_ROWS = 3
_MIN_COLUMNS = 3
_SAME_WIDTH_SHARE = 0.8


def is_delimited(text: str) -> bool:
    """Whether a text given as .txt is a table exported as delimited text: at least three
    rows and three columns, and most rows of one width under the separator the Sniffer finds.
    Prose with commas or semicolons gives rows of every width and is not taken for one."""
    sample = _one_newline(text)[:_SAMPLE_CHARS]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=_SEPARATORS)
        rows = [row for row in csv.reader(io.StringIO(sample), dialect) if any(row)]
    except csv.Error:
        return False
    widths = Counter(len(row) for row in rows)
    if not widths:
        return False
    width, count = widths.most_common(1)[0]
    return width >= _MIN_COLUMNS and count >= _MIN_ROWS and count >= _SAME_WIDTH_SHARE * len(rows)
