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

from tenderguard.models import Block, BlockKind
from tenderguard.parsing.respondent import respondent_columns
from tenderguard.text import clean

_SEPARATORS = ";,\t|"
_SAMPLE_CHARS = 64 * 1024


def read_csv(text: str) -> list[Block] | None:
    """A block per row that holds text; None when the text is not a table of one separator
    (a single column, rows of unequal widths throughout), to be read as plain text."""
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
    answered = respondent_columns(rows[0]) if rows else frozenset()
    for row in rows:
        cells = [" ".join(clean(cell).split()) for cell in row]
        cells = [cell for i, cell in enumerate(cells) if i not in answered]
        if any(cells):
            blocks.append(Block(" | ".join(cells), None, BlockKind.TABLE_ROW))
    if not blocks or max(len(b.text.split(" | ")) for b in blocks) < 2:
        return None
    return blocks
