"""The object of a tender or contract: what the buyer buys, read from its "Objet" clause.

Used to check that a certificate's covered activities include it, and shown in reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenderguard.models import READING_ORDER, Clause, Source, Subject
from tenderguard.sentences import sentences
from tenderguard.text import fold

_HEADING = re.compile(r"\bobjet\b|\bobject\b|\bscope\b|\bpurpose\b|\bsubject\b")
# "Le présent marché a pour objet la refonte..." -> "la refonte..."
_LEAD = re.compile(
    r"^.{0,120}?\b(?:a\s+pour\s+objet|porte\s+sur|concerne|is\s+for|relates\s+to|consists\s+of)\s+",
    re.IGNORECASE,
)
MAX_CHARS = 300


def find_subject(clauses: Sequence[Clause]) -> Subject | None:
    """The first sentence of the first "Objet" clause, pieces taken in READING_ORDER."""
    for clause in sorted(clauses, key=lambda c: READING_ORDER.index(c.piece.kind)):
        if not clause.heading or not _HEADING.search(fold(clause.heading)):
            continue
        for sentence in sentences(clause):
            text = _LEAD.sub("", sentence.text).strip()
            if len(text.split()) >= 3:
                piece = clause.piece
                source = Source(
                    piece.path, piece.kind, sentence.page, clause.number, clause.heading
                )
                return Subject(text[:MAX_CHARS], source)
    return None
