"""A table of service levels offered side by side (« Réf. | Indicateur | Bronze | Argent | Or »),
of which the contract takes one (« le Client souscrit exclusivement le niveau Or », "Only the
values in the Gold column apply"): its rows are read with the chosen column only. The other
columns are offers not taken; a row whose chosen cell is empty (« — ») offers nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tenderguard.models import Block, BlockKind, Clause
from tenderguard.sentences import EMPTY_CELL
from tenderguard.text import fold

_NAME = r"«?\s*(?P<name>[A-Za-zÀ-ÿ][\w+-]{1,20})\s*»?"
_CHOICES = (
    # « le Client souscrit exclusivement le niveau Or », "the Customer subscribes to the Gold
    # tier", « a retenu la formule Premium »
    re.compile(
        r"\b(?:souscri(?:t|vent)|a\s+souscrit|retient|a\s+retenu|choisit|a\s+choisi|opte\s+pour"
        r"|subscribes?\s+to|has\s+(?:subscribed\s+to|selected|chosen|elected)|selects?|elects?)"
        r"\s+(?:exclusivement\s+|uniquement\s+|only\s+)?(?:le\s+|la\s+|l'|the\s+)?"
        rf"(?:niveau|formule|offre|pack|plan|tier|level|service\s+level|option)\s+{_NAME}",
        re.IGNORECASE,
    ),
    # « Seules les valeurs de la colonne Or s'appliquent », "the Gold column applies"
    re.compile(
        rf"\b(?:colonne|column)\s+{_NAME}\s+(?:s'applique|apply|applies|is\s+applicable)",
        re.IGNORECASE,
    ),
    # « Formule retenue par le Client : ☐ Bronze ☐ Argent ☒ Or », "Plan: ☐ Basic ☑ Premium":
    # the level whose box is ticked
    re.compile(
        rf"\b(?:formule|niveau|offre|plan|tier|level|pack)[^\n]{{0,80}}?[☒☑⊠✓✔■]\s*{_NAME}",
        re.IGNORECASE,
    ),
    # « Offre souscrite : Silver », "Subscribed plan: Gold": a field of the order naming it
    re.compile(
        r"\b(?:(?:offre|formule|niveau|plan|pack)\s+(?:souscrite?|retenue?|choisie?)"
        r"|(?:subscribed|selected|chosen)\s+(?:plan|tier|level|package|edition))"
        rf"\s*:\s*{_NAME}\s*$",
        re.IGNORECASE | re.MULTILINE,
    ),
    re.compile(
        rf"\b(?:valeurs|values)\s+(?:de\s+la\s+colonne|in\s+the|of\s+the)\s+{_NAME}"
        r"(?:\s+column)?\s+(?:s'appliquent|apply)",
        re.IGNORECASE,
    ),
)
# The columns a table names its rows by, before the levels: « Réf. », "ID", « N° ».
_REFERENCE_COLUMN = re.compile(r"^(?:r[ée]f\.?|ref(?:erence)?|n[°o]\.?|id|#|code)$", re.I)
MIN_LEVELS = 2
_CELL = " | "


def chosen_level(blocks: tuple[Block, ...]) -> str | None:
    """The level the text says is taken, folded; None when it names none. (The text outside
    tables is searched once, lines joined, not line by line; so are the rows of two cells, a
    label and its value, of a table of the order's fields.)"""
    text = "\n".join(
        b.text if b.kind is not BlockKind.TABLE_ROW else b.text.replace(_CELL, " : ")
        for b in blocks
        if b.kind is not BlockKind.TABLE_ROW or b.text.count(_CELL) == 1
    )
    found = [m for choice in _CHOICES if (m := choice.search(text))]
    return fold(min(found, key=lambda m: m.start()).group("name")) if found else None


def _levels(header: str, level: str) -> tuple[int, int] | None:
    """(first level column, chosen column) of a header row naming the level among several."""
    cells = [fold(cell.strip()) for cell in header.split(_CELL)]
    if level not in cells:
        return None
    label = next((i for i, cell in enumerate(cells) if not _REFERENCE_COLUMN.match(cell)), None)
    chosen = cells.index(level)
    if label is None or chosen <= label or len(cells) - (label + 1) < MIN_LEVELS:
        return None
    return label + 1, chosen


def with_chosen_column(clause: Clause, level: str | None) -> Clause:
    """The clause with each table of levels read in the chosen level's column only."""
    if level is None or not any(b.kind is BlockKind.TABLE_ROW for b in clause.blocks):
        return clause
    blocks: list[Block] = []
    columns: tuple[int, int] | None = None
    width = 0
    for i, block in enumerate(clause.blocks):
        if block.kind is not BlockKind.TABLE_ROW:
            columns = None
            blocks.append(block)
            continue
        first_row = i == 0 or clause.blocks[i - 1].kind is not BlockKind.TABLE_ROW
        if first_row:
            columns = _levels(block.text, level)
            width = len(block.text.split(_CELL))
        cells = block.text.split(_CELL)
        if columns is None or len(cells) != width:
            blocks.append(block)
            continue
        first, chosen = columns
        if not first_row and EMPTY_CELL.match(cells[chosen]):
            continue  # « SL-11 | Garantie cyber dédiée | — | Incluse | — »: not in the level
        kept = [*cells[:first], cells[chosen]]
        blocks.append(replace(block, text=_CELL.join(kept)))
    return replace(clause, blocks=tuple(blocks))
