"""Who buys and under which reference: read for the heading of a compliance annex.

Best effort, and shown as such: a buyer or a reference the documents do not state plainly is
left for the bidder to fill in the editable annex. Looked for, pieces in READING_ORDER:
- the reference after "Consultation n°", "Marché n°", "Référence :", "Contract No." — or, when
  every piece's file name carries the same code (RC_2026-CCVB-07.pdf, CCAP_2026-CCVB-07.pdf),
  that code;
- the buyer after "Pouvoir adjudicateur :", "Acheteur :", "organisme acheteur :", or the party
  a contract names "le Client" / "the Customer".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from tenderguard.models import READING_ORDER, Clause, Identity, Piece
from tenderguard.text import fold_same_length

# Reference and buyer stand on the first pages of a piece: the rest is not read for them.
FIRST_PAGES = 3
_REFERENCE = re.compile(
    r"(?:consultation|marche|accord-cadre|contrat|procedure|contract|tender)\s+"
    r"(?:n[°o]|numero|no\.|number)\s*:?\s*|reference(?:\s+de\s+la\s+consultation)?\s*:\s*",
)
_CODE = re.compile(r"[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*", re.IGNORECASE)
_FILE_CODE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+){1,4}")
_BUYER_LABEL = re.compile(
    r"(?:pouvoir\s+adjudicateur|entite\s+adjudicatrice|organisme\s+acheteur|acheteur|"
    r"maitre\s+d'ouvrage)\s*:\s*"
)
# "Entre la Brasserie des Quais, ..., ci-après « le Client »" / "Clinéo Santé (le Client)"
_CLIENT = re.compile(
    r"(?:\bentre|\bbetween|\band|\bet)\s+(?:la\s+societe\s+|la\s+|le\s+|l')?"
    r"(?P<name>[^,;()]{3,80}?)(?:,[^;()]{0,120}?)?\s*"
    r"(?:\(\s*(?:ci-apres\s+)?|,?\s*ci-apres\s+)[«\"“\s]*(?:le|the)\s+[«\"“\s]*"
    r"(?:client|customer)\b"
)


def _clean(value: str) -> str:
    return value.strip(' :.-–«»"“”').strip()


def _file_code(pieces: Sequence[Piece]) -> str | None:
    """The code every piece's file name carries, when there are several pieces."""
    names = [PurePosixPath(p.path.split("!/")[-1]).stem for p in pieces]
    if len(names) < 2:
        return None
    codes = [set(_FILE_CODE.findall(name)) for name in names]
    common = set.intersection(*codes)
    return max(common, key=len) if common else None


def find_identity(clauses: Sequence[Clause], pieces: Sequence[Piece]) -> Identity:
    reference = None
    buyer = None
    for clause in sorted(clauses, key=lambda c: READING_ORDER.index(c.piece.kind)):
        if clause.pages and min(clause.pages) > FIRST_PAGES:
            continue
        for block in clause.blocks:
            text = block.text
            folded = fold_same_length(text)
            if reference is None and (m := _REFERENCE.search(folded)):
                code = _CODE.match(text, m.end())
                if code:
                    reference = _clean(code.group())
            if buyer is None and (m := _BUYER_LABEL.search(folded)):
                name = _clean(re.split(r"[.;]\s|,", text[m.end() :])[0])
                buyer = name or None
            if buyer is None and (m := _CLIENT.search(folded)):
                name = _clean(text[m.start("name") : m.end("name")])
                buyer = name if name[:1].isupper() else None  # a name, not running text
        if reference and buyer:
            break
    return Identity(reference or _file_code(pieces), buyer)
