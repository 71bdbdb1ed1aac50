"""Which piece of a tender a document is: RC, CCAP, CCTP, AE, contract, annex or other.

The file name decides first (buyers name their pieces), then the title on the first lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenderguard.models import Block, PieceKind
from tenderguard.text import fold

_NAME_RULES: tuple[tuple[PieceKind, re.Pattern[str]], ...] = (
    (PieceKind.CCAP, re.compile(r"(?:^|[^a-z])(ccap|ccp|clauses?[_ -]?admin)")),
    (
        PieceKind.CCTP,
        re.compile(r"(?:^|[^a-z])(cctp|clauses?[_ -]?tech|cahier[_ -]des[_ -]charges)"),
    ),
    (
        PieceKind.RC,
        re.compile(
            r"(?:^|[^a-z])(rc|rdc|reglement[_ -]?(?:de[_ -](?:la[_ -])?)?consultation)(?:[^a-z]|$)"
        ),
    ),
    (PieceKind.AE, re.compile(r"(?:^|[^a-z])(ae|acte[_ -]?d[_ -]?engagement|atto)(?:[^a-z]|$)")),
    (
        PieceKind.ANNEX,
        re.compile(r"(?:^|[^a-z])(annexe?s?|appendix|schedule|bpu|dpgf|dqe)(?:[^a-z]|$)"),
    ),
    (
        PieceKind.CONTRACT,
        re.compile(
            r"(?:^|[^a-z])(contrat|contract|agreement|convention|cgv|cgvu|cgu"
            r"|conditions[_ -]generales|dpa|msa|accord|terms)"
        ),
    ),
)

_TITLE_RULES: tuple[tuple[PieceKind, re.Pattern[str]], ...] = (
    (PieceKind.CCAP, re.compile(r"cahier des clauses administratives|\bccap\b")),
    (PieceKind.CCTP, re.compile(r"cahier des clauses techniques|\bcctp\b|cahier des charges")),
    (PieceKind.RC, re.compile(r"reglement (de la|de consultation)|\breglement de consultation")),
    (PieceKind.AE, re.compile(r"acte d'engagement")),
    (
        PieceKind.CONTRACT,
        re.compile(r"\bcontrat\b|\bagreement\b|\bcontract\b|conditions generales|\bconvention\b"),
    ),
    (PieceKind.ANNEX, re.compile(r"^annexe?\b|^appendix\b|^schedule\b")),
)


def classify(name: str, blocks: Sequence[Block]) -> PieceKind:
    stem = fold(name.rsplit("/", 1)[-1].rsplit("!", 1)[-1])
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    for kind, pattern in _NAME_RULES:
        if pattern.search(stem):
            return kind
    # The earliest title among the first lines wins: an RC names the CCAP later, not first.
    best: tuple[int, PieceKind] | None = None
    for position, block in enumerate(blocks[:40]):
        line = fold(block.text)
        for kind, pattern in _TITLE_RULES:
            if pattern.search(line) and (best is None or position < best[0]):
                best = (position, kind)
        if best is not None:
            break
    return best[1] if best else PieceKind.OTHER
