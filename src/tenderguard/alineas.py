"""The unnumbered paragraphs (alinéas) of an article, as clauses of their own where the document
cites them so.

French contracts often leave the paragraphs of their articles unnumbered and cite them by count
(« article 9, alinéa 3 », « art. 9 al. 3 »): a reader looking for the demand at "9 al. 3" counts the
article's paragraphs. Only a document that cites its own articles' alinéas is read this way;
elsewhere an article stays one clause, as readers of most documents cite it.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace
from itertools import pairwise

from tenderguard.models import Block, BlockKind, Clause, Piece

# « article 9, alinéa 3 », « art. 9 al. 3 », « l'alinéa 2 de l'article 7 » — not « l'article 14,
# alinéa 2, du CCAG-TIC » nor « l'article L. 1111-8, alinéa 2 », which cite other texts.
_ALINEA_OF_ARTICLE = re.compile(
    r"\b(?:article|art\.)\s*(?P<article>\d{1,3}),?\s*(?:alin[ée]a|al\.)\s*\d{1,2}\b"
    r"|\b(?:alin[ée]a|al\.)\s*\d{1,2}\s+de\s+l['’]article\s+(?P<of>\d{1,3})\b",
    re.IGNORECASE,
)
_OF_ANOTHER_TEXT = re.compile(
    r"^,?\s*(?:du|de\s+la|de\s+l['’]|des)\s+(?:ccag|ccap|cctp|code|loi|r[èe]glement|rgpd|d[ée]cret)",
    re.IGNORECASE,
)
_PLAIN_ARTICLE = re.compile(r"^\d{1,3}$")
_ENDS_PARAGRAPH = re.compile(r"[.:;!?»)]\s*$")
# A line ending this far short of the article's right margin (share of the text's width) ends
# its paragraph; so does a gap above the next line this much wider than the usual line pitch.
SHORT_LINE = 0.85
PARAGRAPH_GAP = 1.25


def cited_alineas(piece: Piece, clauses: list[Clause]) -> list[Clause]:
    """The clauses, each article of a document citing its own alinéas split into its heading
    and one clause per alinéa ("9 al. 3")."""
    cited = _articles_cited_by_alinea(piece)
    numbers = {c.number for c in clauses}
    # a document that prints its alinéa numbers prints them in every article, one alinéa or more
    labels = sum(1 for c in clauses for b in c.blocks if _ALINEA_LABEL.match(b.text))
    out: list[Clause] = []
    for clause in clauses:
        if clause.number is None or not _PLAIN_ARTICLE.match(clause.number):
            out.append(clause)
            continue
        labelled = _labelled_alineas(clause) if labels >= 2 else []
        if labelled:
            out.extend(labelled)
            continue
        if not cited & numbers:
            out.append(clause)
            continue
        paragraphs = _paragraphs(clause.blocks)
        if len(paragraphs) < 2:
            out.append(clause)
            continue
        out.append(replace(clause, blocks=()))
        for n, blocks in enumerate(paragraphs, start=1):
            pages = tuple(dict.fromkeys(b.page for b in blocks if b.page is not None))
            number = f"{clause.number} al. {n}"
            out.append(replace(clause, number=number, blocks=tuple(blocks), pages=pages))
    return out


# « Alinéa 2 – Le titulaire… »: a paragraph opening with its printed alinéa number
_ALINEA_LABEL = re.compile(r"^\s*alin[ée]a\s+(\d{1,2})\s*[–—:.-]", re.IGNORECASE)


def _labelled_alineas(clause: Clause) -> list[Clause]:
    """The article split at the alinéa numbers its paragraphs print (« Alinéa 1 – … »), each
    alinéa a clause "7 al. 1" with the paragraphs up to the next label; none when the article
    prints none. What stands before the first label stays the article's own."""
    opening = [i for i, b in enumerate(clause.blocks) if _ALINEA_LABEL.match(b.text)]
    if not opening:
        return []
    out = [replace(clause, blocks=clause.blocks[: opening[0]])]
    for start, end in zip(opening, [*opening[1:], len(clause.blocks)], strict=True):
        blocks = clause.blocks[start:end]
        label = _ALINEA_LABEL.match(blocks[0].text)
        assert label is not None
        pages = tuple(dict.fromkeys(b.page for b in blocks if b.page is not None))
        number = f"{clause.number} al. {label.group(1)}"
        out.append(replace(clause, number=number, blocks=blocks, pages=pages))
    return out


def _articles_cited_by_alinea(piece: Piece) -> set[str]:
    """Numbers of the articles whose alinéas the document cites."""
    found: set[str] = set()
    for block in piece.blocks:
        if "al" not in block.text:
            continue
        for m in _ALINEA_OF_ARTICLE.finditer(block.text):
            if not _OF_ANOTHER_TEXT.match(block.text[m.end() :]):
                found.add(m.group("article") or m.group("of"))
    return found


def _paragraphs(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """The article's blocks grouped by paragraph: each paragraph of a format that has them, the
    lines of a PDF up to a line that ends a sentence short of the margin or before a wider gap;
    a list or a table belongs to the paragraph that introduces it."""
    lines = [b for b in blocks if b.kind is BlockKind.LINE and b.bbox is not None]
    right = max((b.bbox.x1 for b in lines if b.bbox), default=0.0)
    left = min((b.bbox.x0 for b in lines if b.bbox), default=0.0)
    pitches = [
        after.bbox.top - before.bbox.top
        for before, after in pairwise(lines)
        if before.bbox
        and after.bbox
        and before.page == after.page
        and after.bbox.top > before.bbox.top
    ]
    pitch = statistics.median(pitches) if pitches else None
    groups: list[list[Block]] = []
    ends = True  # whether the last block read ended its paragraph
    for block in blocks:
        if block.kind in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM) and groups:
            groups[-1].append(block)
            ends = False
            continue
        if block.kind is not BlockKind.LINE or block.bbox is None:
            groups.append([block])
            ends = True
            continue
        previous = groups[-1][-1] if groups else None
        if ends or previous is None or _opens_paragraph(previous, block, left, right, pitch):
            groups.append([block])
        else:
            groups[-1].append(block)
        ends = False
    return groups


def _opens_paragraph(
    before: Block, line: Block, left: float, right: float, pitch: float | None
) -> bool:
    """Whether a PDF line opens a paragraph after the line before it."""
    if before.kind is not BlockKind.LINE or before.bbox is None or line.bbox is None:
        return True
    if not _ENDS_PARAGRAPH.search(before.text):
        return False
    short = before.bbox.x1 < left + SHORT_LINE * (right - left)
    gap = (
        pitch is not None
        and before.page == line.page
        and line.bbox.top - before.bbox.top > PARAGRAPH_GAP * pitch
    )
    return short or gap
