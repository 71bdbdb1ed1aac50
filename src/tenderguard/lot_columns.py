"""A table laid out lot by lot, one column per lot (« Lot 1 – Conception | Lot 2 –
Hébergement »), its rows pairing unrelated statements side by side: each column is read as the
part of its lot, cited « Lot 1 », as a bidder for that lot reads it. A row across the columns
says nothing as a whole (« Assurance … 500 000 € | Assurances … 1 M€ » are two lots' demands).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tenderguard.models import Block, BlockKind, Clause

# « Lot 1 – Conception et refonte du site », "LOT 2", « Lot n° 3 : Hébergement »
_LOT_HEADER = re.compile(r"^lot\s*(?:n[°o]\s*)?(?P<n>\d{1,2})\b", re.IGNORECASE)
MIN_LOTS = 2
_CELL = " | "


def _lots(row: Block) -> list[str] | None:
    """The lot numbers a header row names, one per cell; None unless every cell names one."""
    if row.kind is not BlockKind.TABLE_ROW:
        return None
    cells = row.text.split(_CELL)
    found = [_LOT_HEADER.match(cell.strip()) for cell in cells]
    numbers = [m.group("n") for m in found if m is not None]
    if len(cells) < MIN_LOTS or len(numbers) != len(cells) or len(set(numbers)) != len(numbers):
        return None
    return numbers


def by_lot_columns(clause: Clause) -> list[Clause]:
    """The clause split around its table of lot columns: the text before the table, a clause
    « Lot n » per column holding its cells in row order, then the text after the table; any
    other clause as it is."""
    blocks = clause.blocks
    for start, block in enumerate(blocks):
        lots = _lots(block)
        if lots is None:
            continue
        end = start + 1
        while (
            end < len(blocks)
            and blocks[end].kind is BlockKind.TABLE_ROW
            and len(blocks[end].text.split(_CELL)) == len(lots)
        ):
            end += 1
        rows = blocks[start + 1 : end]
        if not rows:
            continue
        parts = [replace(clause, blocks=blocks[:start])] if start else []
        for column, lot in enumerate(lots):
            cells = tuple(
                Block(cell, row.page, BlockKind.PARAGRAPH)
                for row in rows
                if (cell := row.text.split(_CELL)[column].strip())
            )
            pages = tuple(sorted({row.page for row in rows if row.page is not None}))
            parts.append(
                replace(
                    clause, number=f"Lot {lot}", heading=None, blocks=cells, lot=lot, pages=pages
                )
            )
        rest = blocks[end:]
        return parts + (by_lot_columns(replace(clause, blocks=rest)) if rest else [])
    return [clause]
