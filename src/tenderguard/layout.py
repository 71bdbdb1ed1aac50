"""Removes running headers, footers and page numbers from paged documents."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import pairwise

from tenderguard.models import Block
from tenderguard.text import fold

# How many lines at the top and at the bottom of a page may be running lines.
EDGE_LINES = 4
# A line is running when it repeats (digits aside) on this share of the pages.
REPEAT_SHARE = 0.4

_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?(?:page|p\.|pg)?\s*\d{1,4}\s*(?:(?:/|sur|of|de)\s*\d{1,4})?(?:\s*-)?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
# "Article 3", "Art. 3": a line naming an article it heads.
# (or a question of the buyer's answers: « Question n° 6 (reçue le 09/02/2026) »)
_ARTICLE_NAMED = re.compile(r"\b(?:article|art\.|question\s+n[°o])\s*\d", re.IGNORECASE)
# "Fiche EXG-05", "REQ-12": the code of a requirement, a card or an article.
_CODE = re.compile(r"\b[A-Z]{1,5}-\d{1,3}\b")
# "SR 3.1" in the margin at the head of one page, "SR 5.1" at the head of another: the numbers
# of two paragraphs, each opening its own.
_PARAGRAPH_NUMBER = re.compile(r"^(?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3})+\.?$")
_SPACES = re.compile(r"\s+")
# "… Page 10 sur" on one page and "… Page 9 sur 13" on another: the total wraps onto a line of
# its own where the page number is longer. The key leaves the page number out.
_TRAILING_PAGE = re.compile(r"\s*(?:page|p\.)\s*#\s*(?:(?:/|sur|of|de)\s*#?)?$")


def body_size(blocks: Sequence[Block]) -> float | None:
    """The font size of most of the text: the size the most characters are set in."""
    chars: Counter[float] = Counter()
    for block in blocks:
        if block.size is not None:
            chars[block.size] += len(block.text)
    return chars.most_common(1)[0][0] if chars else None


# Lines numbered in the margin (a draft, a legal print): a figure left of the text on most lines.
_LINE_NUMBER = re.compile(r"^\d{1,4}$")
MIN_NUMBERED_LINES = 5
MARGIN_GAP = 4.0  # points between a margin number's right edge and the text's left edge


def drop_line_numbers(lines: Sequence[Block]) -> list[Block]:
    """The lines of one page without the numbers printed in its left margin, one beside each
    line of text and counting up: print furniture, which would otherwise run into the
    sentences (« n'est pas 34 exigée »)."""
    boxed = [(i, line, line.bbox) for i, line in enumerate(lines) if line.bbox is not None]
    numbers = [(i, box) for i, line, box in boxed if _LINE_NUMBER.match(line.text.strip())]
    numbered = {i for i, _ in numbers}
    text_left = min((box.x0 for i, _, box in boxed if i not in numbered), default=None)
    if text_left is None or len(numbers) < MIN_NUMBERED_LINES:
        return list(lines)
    in_margin = [i for i, box in numbers if box.x1 <= text_left - MARGIN_GAP]
    values = [int(lines[i].text) for i in in_margin]
    counting_up = all(b > a for a, b in pairwise(values))
    if len(in_margin) < MIN_NUMBERED_LINES or not counting_up:
        return list(lines)
    dropped = set(in_margin)
    return [line for i, line in enumerate(lines) if i not in dropped]


def _key(text: str) -> str:
    key = _SPACES.sub(" ", _DIGITS.sub("#", fold(text))).strip()
    return _TRAILING_PAGE.sub("", key)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def drop_running_lines(blocks: Sequence[Block]) -> list[Block]:
    """The blocks without the lines repeated at the top or at the bottom of the pages. A line
    counts as repeated only in the same place: "4.4" at the foot of one page and "4.5" at the
    head of the next are two numbers of clauses, not a running line."""
    by_page: dict[int | None, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        by_page[block.page].append(i)
    edges: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for indices in by_page.values():
        for place, edge in (("top", indices[:EDGE_LINES]), ("bottom", indices[-EDGE_LINES:])):
            for i in edge:
                edges[i].add((place, _key(blocks[i].text)))
    pages_per_key: Counter[tuple[str, str]] = Counter()
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for indices in by_page.values():
        pages_per_key.update({key for i in indices for key in edges.get(i, ())})
    for i, keys in edges.items():
        for key in keys:
            texts[key].add(blocks[i].text.strip())
    threshold = max(2, math.ceil(REPEAT_SHARE * len(by_page)))

    def running(i: int, key: tuple[str, str]) -> bool:
        # "LOT 1 – Article 3 – Pièces de la candidature" heading each lot's page, "Fiche
        # EXG-05 Statut : Active" opening each page of requirement cards: the same words, but
        # an article or a card of its own on each page, not a header. Nor is a label
        # introducing the text under it, « Réponse : » near the foot of two pages.
        headings = len(texts[key]) > 1 and (
            bool(_ARTICLE_NAMED.search(blocks[i].text))
            or len({code for text in texts[key] for code in _CODE.findall(text)}) > 1
            or all(_PARAGRAPH_NUMBER.match(text) for text in texts[key])
        )
        return (
            pages_per_key[key] >= threshold
            and not headings
            and not all(text.endswith(":") for text in texts[key])
        )

    drop = {
        i
        for i, keys in edges.items()
        if (
            (len(by_page) > 1 and any(running(i, key) for key in keys))
            or is_page_number(blocks[i].text)
        )
        and not _marks_a_note(blocks, i)
    }
    # "5 / 10" between a slide and its notes, wherever the page prints it: the page's own
    # number over the document's count of pages
    drop |= {i for i, b in enumerate(blocks) if _numbers_its_page(b, len(by_page))}
    return [b for i, b in enumerate(blocks) if i not in drop]


_PAGE_OF_PAGES = re.compile(
    r"^(?:page\s+)?(?P<page>\d{1,4})\s*(?:/|sur|of)\s*(?P<pages>\d{1,4})$", re.I
)


def _numbers_its_page(block: Block, pages: int) -> bool:
    m = _PAGE_OF_PAGES.match(block.text.strip())
    return (
        m is not None
        and pages > 1
        and int(m.group("pages")) == pages
        and block.page is not None
        and int(m.group("page")) == block.page
    )


def _marks_a_note(blocks: Sequence[Block], i: int) -> bool:
    """Whether a lone number is the mark of a footnote, not a page number: set smaller than
    the text it begins, on that text's line ("6" before "2 000 000 € par sinistre, dont…")."""
    mark, after = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    if after is None or after.page != mark.page or mark.bbox is None or after.bbox is None:
        return False
    smaller = mark.size is not None and after.size is not None and mark.size < after.size
    same_line = abs(after.bbox.top - mark.bbox.top) <= max(after.size or 0, 4) / 2
    return smaller and same_line and after.bbox.x0 >= mark.bbox.x1 - 1
