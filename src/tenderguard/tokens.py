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
    """Tokens of one text: words and their folded forms; offsets are computed when needed.
    A word cut short (« attest. », « ss ») is read as the word it stands for, its stop part of
    it (patterns/lexicons/abbreviations.yaml); its span is the text as printed."""

    __slots__ = ("_spans", "norms", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: tuple[str, ...] = tuple(_TOKEN.findall(text))
        self.norms: tuple[str, ...] = tuple(map(fold, self.words))
        self._spans: list[tuple[int, int]] | None = None
        if _MAY_ABBREVIATE.search(text):
            self._read_abbreviations()

    def _read_abbreviations(self) -> None:
        from tenderguard.normalise.lexicon import lexicon  # the lexicons load with the rules

        hits = lexicon("abbreviations").find(self.text)
        if not hits:
            return
        spans = [m.span() for m in _TOKEN.finditer(self.text)]
        words, norms, kept = [], [], []
        hit = iter(hits)
        current = next(hit, None)
        for word, norm, (start, end) in zip(self.words, self.norms, spans, strict=True):
            while current is not None and current.end <= start:
                current = next(hit, None)
            if current is not None and current.start <= start < current.end:
                if start == current.start:  # the abbreviation's first token stands for it
                    # (the rules test a token's word: it is the word in full; its span keeps
                    # the text as printed)
                    words.append(current.value)
                    norms.append(current.value)
                    kept.append((current.start, current.end))
                continue  # its stop is part of it
            words.append(word)
            norms.append(norm)
            kept.append((start, end))
        self.words, self.norms, self._spans = tuple(words), tuple(norms), kept

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """Original text of tokens [start, end)."""
        if start >= end:
            return ""
        if self._spans is None:  # only for the few sentences that fire a rule
            self._spans = [m.span() for m in _TOKEN.finditer(self.text)]
        return self.text[self._spans[start][0] : self._spans[end - 1][1]]


# A word of two to nine letters before a stop that ends no sentence (a small letter or a figure
# follows), or one of the short forms written without a stop: only then is the text looked up
# for abbreviations.
_MAY_ABBREVIATE = re.compile(
    r"\b(?:[^\W\d_]{2,9}\.\s*[a-zà-ÿ0-9+/(]|(?i:ss|ds|ttes|mini)\b|(?i:ss-|exclusivt|h[ée]bergt))"
)


def tokenize(text: str) -> Tokens:
    return Tokens(text)
