"""Tokenizer used by the rule matcher: fast, offset-preserving, French elisions split.

spaCy's own tokenizers take seconds to load, too slow for a command that must answer a
one-page check in about a second; rules are still spaCy token patterns, run by
`tenderguard.rules.matcher` over these tokens (the tests check it agrees with spaCy's Matcher).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tenderguard.text import fold

if TYPE_CHECKING:
    from tenderguard.normalise.lexicon import Lexicon

_TOKEN = re.compile(
    r"""
    (?i:\b(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[cdjlmnst])['’](?=\w))  # French elision: l', qu'
    | \d+(?:[.,]\d+)*                   # numbers, separators kept: 1.000.000  99,9
    | [A-Z]{2,}(?=-[^\W\d_])             # acronym before a hyphen: HDS-certified, RC-Pro
    | [^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:-[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+)*  # words (sous-traitant), a footnote's call apart
    | \.{4,}                            # leader dots: "Data location ........ UK only"
    | \S                                # any other visible character
    """,
    re.VERBOSE,
)


_LEADER = re.compile(r"\.{4,}")
# The boxes of a form, ticked and empty
_TICKED = frozenset({"☒", "☑", "⊠", "✓", "✔", "■"})
_UNTICKED = frozenset({"☐", "□", "❏", "❑"})
_BOXES = _TICKED | _UNTICKED


class Tokens:
    """Tokens of one text: words and their folded forms; offsets are computed when needed.
    A word cut short (« attest. », « ss ») is read as the word it stands for, its stop part of
    it (patterns/lexicons/abbreviations.yaml); its span is the text as printed."""

    __slots__ = ("_spans", "norms", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: tuple[str, ...] = tuple(_TOKEN.findall(text))
        # (leader dots lead a label to its value, as a colon does)
        self.norms: tuple[str, ...] = tuple(
            ":" if _LEADER.fullmatch(word) else fold(word) for word in self.words
        )
        self._spans: list[tuple[int, int]] | None = None
        stems = _abbreviation_stems()
        if stems is None or not stems.isdisjoint(self.norms):
            self._read_abbreviations()
        if not _TICKED.isdisjoint(self.norms) and not _UNTICKED.isdisjoint(self.norms):
            self._drop_options_not_ticked()

    def _read_abbreviations(self) -> None:
        hits = _abbreviations().find(self.text)
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

    def _drop_options_not_ticked(self) -> None:
        """« ☒ Exigé ☐ Souhaité ☐ Sans objet »: where a cell ticks one of its boxes, the empty
        boxes and their words are no words of the sentence (they stay in its quote); the cell
        reads « ☒ Exigé »."""
        spans = self._spans or [m.span() for m in _TOKEN.finditer(self.text)]
        dropped: set[int] = set()
        cell: list[int] = []
        for i in range(len(self.norms) + 1):
            if i < len(self.norms) and self.norms[i] != "|":
                cell.append(i)
                continue
            boxes = [self.norms[n] for n in cell if self.norms[n] in _BOXES]
            if not _TICKED.isdisjoint(boxes) and not _UNTICKED.isdisjoint(boxes):
                empty = False
                for n in cell:
                    if self.norms[n] in _BOXES:
                        empty = self.norms[n] in _UNTICKED
                    if empty:
                        dropped.add(n)
            cell = []
        kept = [i for i in range(len(self.norms)) if i not in dropped]
        self.words = tuple(self.words[i] for i in kept)
        self.norms = tuple(self.norms[i] for i in kept)
        self._spans = [spans[i] for i in kept]

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, start: int, end: int) -> str:
        """Original text of tokens [start, end)."""
        if start >= end:
            return ""
        if self._spans is None:  # only for the few sentences that fire a rule
            self._spans = [m.span() for m in _TOKEN.finditer(self.text)]
        return self.text[self._spans[start][0] : self._spans[end - 1][1]]


def _abbreviations() -> Lexicon:
    from tenderguard.normalise.lexicon import lexicon  # the lexicons load with the rules

    return lexicon("abbreviations")


# The lexicon's pattern of one abbreviation, boundaries added: "attest\." of « attest. ».
_WRAPPED = re.compile(r"^\(\?<!\[a-z0-9\]\)\(\?:(?P<inner>.*)\)\(\?!\[a-z0-9\]\)$")
_PLAIN_STEM = re.compile(r"^(?P<stem>[a-z][a-z-]*)(?:\\\.\??)?$")
# lexicon id -> (that lexicon, its stems): the rule set in use may change (`rules test`)
_STEMS: dict[int, tuple[Lexicon, frozenset[str] | None]] = {}


def _abbreviation_stems() -> frozenset[str] | None:
    """The words the abbreviations of the lexicon begin with ("attest" of « attest. », "ss"):
    a text with none of them among its folded words holds none, and is not looked up. None
    when a pattern is more than a word and its stop: every text is looked up then."""
    abbreviations = _abbreviations()
    cached = _STEMS.get(id(abbreviations))
    if cached is not None and cached[0] is abbreviations:
        return cached[1]
    stems: set[str] | None = set()
    for _, rx in abbreviations.entries:
        inner = _WRAPPED.match(rx.pattern)
        plain = _PLAIN_STEM.match(inner.group("inner")) if inner else None
        if plain is None or stems is None:
            stems = None
            break
        stems.add(plain.group("stem"))
    found = None if stems is None else frozenset(stems)
    _STEMS[id(abbreviations)] = (abbreviations, found)
    return found


def tokenize(text: str) -> Tokens:
    return Tokens(text)
