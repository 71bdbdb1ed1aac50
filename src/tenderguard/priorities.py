"""The priority levels a requirements list defines, and which of them only wish.

A specification numbering its requirements says once what each level means (« P1 : exigence
éliminatoire … P2 : exigence contractuelle obligatoire … P3 : exigence souhaitée, non
obligatoire »), then gives each requirement its level on a line of its own (« Priorité : P3 »).
The definition, not the code, says that a P3 requirement is wished for rather than demanded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tenderguard.models import Block, Clause
from tenderguard.text import fold

# « P3 : exigence souhaitée, non obligatoire », "Level C – desirable": a code, then its meaning
# (read on folded text, up to the next code's definition or the end of the sentence).
# (or a MoSCoW legend, its codes in brackets: « (S) Should – fortement attendu ; (C) Could – … »)
# (the bracketed codes only in a legend of priorities: "(a) …" elsewhere is a list's item)
_DEFINED = re.compile(
    r"(?:\b(?P<code>P\d|[A-Z]\d?)\s*[:=–—-]|\((?P<bracketed>[MSCW])\))\s*(?P<meaning>[^.;:]{3,120})"
)
_LEGEND_OF_LEVELS = re.compile(r"moscow|legende|legend|priorit", re.IGNORECASE)
_WISHED = re.compile(
    r"^(?:exigence\s+|requirement\s+)?(?:souhaitee?s?|souhaitable|facultati(?:f|ve)s?|"
    r"optionnel(?:le)?s?|recommandee?s?|desirable|optional|recommended|nice\s+to\s+have|"
    r"should|could)\b"
)
# « Priorité : P3 », "Priority: P3" on a requirement's own line; « A.1.b) (S) Le prestataire… »,
# the level in brackets opening the requirement (after its number)
_GIVEN = re.compile(
    r"^(?:(?:priorite|priority|niveau|level)\s*:\s*(?P<code>p\d|[a-z]\d?)\b"
    r"|(?:[a-z0-9]{1,3}(?:\.[a-z0-9]{1,3}){0,3}\)?\s+)?\((?P<bracketed>[mscw])\)\s)"
)
MAX_DEFINITION_SCAN = 200  # blocks from the top where a document defines its levels


def wished_levels(blocks: Iterable[Block]) -> frozenset[str]:
    """The codes the document defines as wished for, not demanded."""
    wished: set[str] = set()
    for n, block in enumerate(blocks):
        if n >= MAX_DEFINITION_SCAN:
            break
        text = block.text
        if "P" not in text and "iveau" not in text and "evel" not in text and ")" not in text:
            continue
        legend = _LEGEND_OF_LEVELS.search(fold(text)) is not None
        for m in _DEFINED.finditer(text):
            if m.group("bracketed") and not legend:
                continue
            if _WISHED.match(fold(m.group("meaning")).strip()):
                wished.add(m.group("code") or m.group("bracketed"))
    return frozenset(wished)


def level_of(clause: Clause) -> str | None:
    """The priority code a requirement's own line gives it, if any."""
    for block in clause.blocks:
        m = _GIVEN.match(fold(block.text.strip()))
        if m:
            return (m.group("code") or m.group("bracketed")).upper()
    return None
