"""Tokenizer used by the rule matcher: fast, offset-preserving, French elisions split.

spaCy's own tokenizers take seconds to load, too slow for a command that must answer a
one-page check in about a second; rules are still spaCy token patterns, run by
`tenderguard.rules.matcher` over these tokens (the tests check it agrees with spaCy's Matcher).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenderguard.text import fold

_TOKEN = re.compile(
    r"""
    (?i:\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=\w))  # French elision: l', qu'
    | \d+(?:[.,]\d+)*                   # numbers, separators kept: 1.000.000  99,9
    | [A-Z]{2,}(?=-[^\W\d_])             # acronym before a hyphen: HDS-certified, RC-Pro
    | [^\W\d_]+(?:-[^\W\d_]+)*          # words, inner hyphens kept: sous-traitant, quarante-huit
    | \S                                # any other visible character
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Tokens:
    """Tokens of one text: words, their folded forms and character offsets."""

    text: str
    words: tuple[str, ...]
    norms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """Original text of tokens [start, end)."""
        if start >= end:
            return ""
        return self.text[self.starts[start] : self.ends[end - 1]]


def tokenize(text: str) -> Tokens:
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(text):
        words.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return Tokens(
        text=text,
        words=tuple(words),
        norms=tuple(fold(w) for w in words),
        starts=tuple(starts),
        ends=tuple(ends),
    )
