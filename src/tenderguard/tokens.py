"""Tokenizer used by the rule matcher: fast, offset-preserving, French elisions split.

spaCy's own tokenizers take seconds to load, too slow for a command that must answer a
one-page check in about a second; rules are still spaCy token patterns, run by
`tenderguard.rules.matcher` over these tokens (the tests check it agrees with spaCy's Matcher).
"""

from __future__ import annotations

import re

from tenderguard.text import fold

_TOKEN = re.compile(
    r"""
    (?i:\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=\w))  # French elision: l', qu'
    | \d+(?:[.,]\d+)*                   # numbers, separators kept: 1.000.000  99,9
    | [A-Z]{2,}(?=-[^\W\d_])             # acronym before a hyphen: HDS-certified, RC-Pro
    | [^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:-[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+)*  # words (sous-traitant), a footnote's call apart
    | \S                                # any other visible character
    """,
    re.VERBOSE,
)


class Tokens:
    """Tokens of one text: words and their folded forms; offsets are computed when needed."""

    __slots__ = ("_spans", "norms", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: tuple[str, ...] = tuple(_TOKEN.findall(text))
        self.norms: tuple[str, ...] = tuple(map(fold, self.words))
        self._spans: list[tuple[int, int]] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """Original text of tokens [start, end)."""
        if start >= end:
            return ""
        if self._spans is None:  # only for the few sentences that fire a rule
            self._spans = [m.span() for m in _TOKEN.finditer(self.text)]
        return self.text[self._spans[start][0] : self._spans[end - 1][1]]


def tokenize(text: str) -> Tokens:
    return Tokens(text)
