"""The guarantees table of a certificate -> coverages with limits, sub-limits and deductibles.

Certificates lay a guarantee out as a title ("Responsabilité civile exploitation") followed by
rows: "Tous dommages confondus | 5 000 000 € | par sinistre", "dont immatériels non
consécutifs | 300 000 €", "Franchise | 1 500 €". A row that names a guarantee opens a new
coverage; the rows under it give its limits until the next one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tenderguard.models import Block, BlockKind, Coverage, Evidence, Money, SubLimit
from tenderguard.normalise.amounts import AmountMention, find_amounts
from tenderguard.normalise.lexicon import lexicon
from tenderguard.normalise.numbers import words_to_digits
from tenderguard.text import fold

ALL_DAMAGES = ("corporels", "materiels", "immateriels")
_DEDUCTIBLE = re.compile(r"\bfranchises?\b|\bdeductibles?\b|\bretention\b|\bexcess\b")
_SUBLIMIT = re.compile(
    r"^(?:[-•*]\s*)?(?:dont|y compris|including|of which|sous-limite)\b|"
    r"\|\s*(?:dont|including)\b"
)
_ALL_COMBINED = re.compile(
    r"tous\s+dommages\s+confondus|all\s+damages?\s+combined|"
    r"combined\s+single\s+limit|tous\s+dommages"
)


@dataclass
class _Open:
    """A coverage being read, row by row."""

    kind: str
    label: str
    source: Evidence
    amount: Money | None = None
    basis: str | None = None
    sublimits: list[SubLimit] = field(default_factory=list)
    damages: list[str] = field(default_factory=list)
    deductible: Money | None = None
    unreadable: str | None = None  # the limit as written, when it cannot be read whole

    def close(self) -> Coverage:
        return Coverage(
            kind=self.kind,
            label=self.label,
            amount=self.amount,
            basis=self.basis,
            sublimits=tuple(self.sublimits),
            damages=tuple(dict.fromkeys(self.damages)),
            deductible=self.deductible,
            source=self.source,
            unreadable=self.unreadable,
        )


def _basis(text: str) -> str | None:
    hits = lexicon("basis").values(text)
    return hits[0] if hits else None


def _damages(folded: str) -> list[str]:
    if _ALL_COMBINED.search(folded):
        return list(ALL_DAMAGES)
    return lexicon("damages").values(folded)


def _split_deductible(text: str, column: int | None) -> tuple[str, Money | None]:
    """The row without its deductible cell, and that deductible, when a header row named the
    column ("Garanties | Montants | Franchises")."""
    cells = text.split(" | ")
    if column is None or column >= len(cells) or column == 0:
        return text, None
    amounts = find_amounts(cells[column])
    rest = " | ".join(c for i, c in enumerate(cells) if i != column)
    return rest, (amounts[0].money if amounts else None)


def _read_row(current: _Open, text: str, lang: str, deductible_column: int | None = None) -> None:
    """Adds what one row under a guarantee says to it."""
    text, deductible = _split_deductible(text, deductible_column)
    digits = words_to_digits(text, lang)
    folded = fold(digits)
    limits: list[AmountMention] = []
    for mention in find_amounts(digits):
        # "franchise : 1 500 €" - an amount right after the word is a deductible.
        if _DEDUCTIBLE.search(folded[max(0, mention.start - 25) : mention.start]):
            deductible = deductible or mention.money
        else:
            limits.append(mention)
    if deductible is not None:
        current.deductible = current.deductible or deductible
    damages = _damages(folded)
    current.damages += damages
    if not limits:
        return
    if _SUBLIMIT.search(folded) or (
        current.amount is not None and damages and not _ALL_COMBINED.search(folded)
    ):
        named = lexicon("damages").values(folded)
        label = named[0] if named else text.split("|")[0].strip()
        if limits[0].money is not None:  # an unreadable sub-limit is no sub-limit
            current.sublimits.append(SubLimit(label, limits[0].money))
    elif current.amount is None and current.unreadable is None:
        # A limit that cannot be read whole stays unread: the next row's is not taken for it.
        current.amount = limits[0].money
        current.unreadable = None if limits[0].money else limits[0].text
        current.basis = _basis(folded) or "unspecified"


# "Excess: GBP 10,000 each and every claim." - a line that is only a deductible.
_DEDUCTIBLE_LINE = re.compile(r"^\W*(?:franchises?|deductibles?|excess)\b")
_GENERAL = re.compile(r"generale?s?\b|toutes\s+(?:les\s+)?garanties|all\s+(?:covers|sections)")


def _is_general_deductible(block: Block, after_table: bool) -> bool:
    """A deductible for every guarantee: said so ("franchise générale"), or written as a line
    of its own below a guarantees table."""
    folded = fold(block.text)
    if not _DEDUCTIBLE.search(folded) or block.kind is BlockKind.TABLE_ROW:
        return False
    return bool(_GENERAL.search(folded)) or after_table


def read_coverages(blocks: Sequence[Block], path: str, lang: str) -> list[Coverage]:
    coverages: list[Coverage] = []
    current: _Open | None = None
    labels = lexicon("certificate_fields")
    deductible_column: int | None = None
    general_deductible: Money | None = None
    after_table = False  # the previous block was a row of a guarantees table
    # A deductible line after the last guarantee, below one-line rows, is for all of them;
    # before the next guarantee it was the previous one's.
    trailing: Money | None = None
    for block in blocks:
        text = block.text
        cells = [fold(c) for c in text.split(" | ")]
        if len(cells) > 1 and not any(find_amounts(c) for c in cells):
            # A header row: remember which column holds deductibles, if any.
            deductible_column = next(
                (i for i, c in enumerate(cells) if _DEDUCTIBLE.search(c)), None
            )
            continue
        names = lexicon("coverages").find(text)
        label_hits = labels.find(text)
        if current is not None and label_hits and label_hits[0].start <= 3:
            coverages.append(current.close())  # "Activités : ..." ends the guarantees table
            current = None
        if names and names[0].start <= 3:
            trailing = None
            if current is not None:
                coverages.append(current.close())
            label = text[names[0].start : names[0].end]
            current = _Open(names[0].value, label, Evidence(path, block.page, text))
            _read_row(current, text[names[0].end :], lang, deductible_column)
        elif _is_general_deductible(block, after_table):
            general = find_amounts(words_to_digits(text, lang))
            if general:  # "Franchise générale : 1 500 €" below the table: for every cover
                general_deductible = general_deductible or general[0].money
        elif current is not None:
            if current.amount is not None and _DEDUCTIBLE_LINE.search(fold(text)):
                amounts = find_amounts(words_to_digits(text, lang))
                trailing = amounts[0].money if amounts else None
            _read_row(current, text, lang, deductible_column)
        after_table = block.kind is BlockKind.TABLE_ROW
    if current is not None:
        coverages.append(current.close())
    general_deductible = general_deductible or trailing
    if general_deductible is not None:
        coverages = [
            c if c.deductible else replace(c, deductible=general_deductible) for c in coverages
        ]
    return coverages
