"""The object of a tender or contract: what the buyer buys, read from its "Objet" clause.

Used to check that a certificate's covered activities include it, and shown in reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenderguard.models import Piece, PieceKind, Source, Subject
from tenderguard.segment import segment
from tenderguard.sentences import sentences
from tenderguard.text import fold

_HEADING = re.compile(r"\bobjet\b|\bobject\b|\bscope\b|\bpurpose\b|\bsubject\b")
# "Le présent marché a pour objet la refonte..." -> "la refonte..."
_LEAD = re.compile(
    r"^.{0,120}?\b(?:a\s+pour\s+objet|porte\s+sur|concerne|is\s+for|relates\s+to|consists\s+of)\s+",
    re.IGNORECASE,
)
_ORDER = {
    PieceKind.RC: 0,
    PieceKind.CCAP: 1,
    PieceKind.AE: 2,
    PieceKind.CONTRACT: 3,
    PieceKind.CCTP: 4,
    PieceKind.OTHER: 5,
    PieceKind.ANNEX: 6,
}
MAX_CHARS = 300


def find_subject(pieces: Sequence[Piece]) -> Subject | None:
    """The first sentence of the first "Objet" clause, pieces taken RC, CCAP, AE, contract."""
    for piece in sorted(pieces, key=lambda p: _ORDER[p.kind]):
        for clause in segment(piece):
            if not clause.heading or not _HEADING.search(fold(clause.heading)):
                continue
            for sentence in sentences(clause):
                text = _LEAD.sub("", sentence.text).strip()
                if len(text.split()) >= 3:
                    source = Source(
                        piece.path, piece.kind, sentence.page, clause.number, clause.heading
                    )
                    return Subject(text[:MAX_CHARS], source)
    return None
