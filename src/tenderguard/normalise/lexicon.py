"""Lexicons of patterns/lexicons/: words of the documents -> values of the vocabulary.

Each entry maps regular expressions, written over lower-case text without accents, to one
value ("immateriels non consecutifs" -> immateriels_non_consecutifs). Every lexicon carries
examples that the tests run, like the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tenderguard import schema, strict_yaml
from tenderguard.errors import RuleError
from tenderguard.rules.loader import patterns_dir
from tenderguard.text import fold_same_length


@dataclass(frozen=True, slots=True)
class Hit:
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    id: str
    description: str
    entries: tuple[tuple[str, re.Pattern[str]], ...]
    examples: dict[str, Any]
    tags: dict[str, frozenset[str]] = field(default_factory=dict)  # value -> its tags

    def tagged(self, tag: str) -> frozenset[str]:
        """The values an entry marks with `tag` (e.g. the ancillary activities)."""
        return frozenset(value for value, tags in self.tags.items() if tag in tags)

    def find(self, text: str) -> list[Hit]:
        """Every entry found in `text`, in order, longest first where two overlap."""
        folded = fold_same_length(text)
        hits = [
            Hit(value, m.start(), m.end())
            for value, rx in self.entries
            for m in rx.finditer(folded)
        ]
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for hit in hits:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept

    def mentions_any(self, text: str) -> bool:
        """Whether any entry occurs in `text`, stopping at the first: for filtering long texts
        before `find`. (One alternation of all the patterns is slower: the boundaries in front
        of each keep the regex engine from scanning for their first letters.)"""
        folded = fold_same_length(text)
        return any(rx.search(folded) for _, rx in self.entries)

    def values(self, text: str) -> list[str]:
        """Distinct values found, in order of first appearance."""
        return list(dict.fromkeys(h.value for h in self.find(text)))


def read_lexicon(path: Path) -> Lexicon:
    """Reads and checks one lexicon file (schema/lexicon.schema.json, then what a schema
    cannot say: the id is the file name, every pattern compiles); every problem at once."""
    try:
        raw = strict_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2027-13-45
        raise RuleError([f"{path}: cannot read: {exc}"]) from exc
    problems = [f"{path}: {problem}" for problem in schema.problems(raw, "lexicon")]
    if problems:
        raise RuleError(problems)
    if raw["id"] != path.stem:
        problems.append(f"{path}: id {raw['id']!r} must equal the file name {path.stem!r}")
    entries = []
    tags = {}
    for entry in raw["entries"]:
        if entry.get("tags"):
            tags[entry["value"]] = frozenset(entry["tags"])
        for pattern in entry["patterns"]:
            try:
                # Boundaries are added here so lexicon authors write words, not regex anchors.
                rx = re.compile(rf"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])")
            except re.error as exc:
                problems.append(f"{path}: {entry['value']}: bad pattern {pattern!r}: {exc}")
                continue
            entries.append((entry["value"], rx))
    if problems:
        raise RuleError(problems)
    description = " ".join(raw["description"].split())
    return Lexicon(raw["id"], description, tuple(entries), raw["examples"], tags)


def lexicon_files(root: Path | None = None) -> list[Path]:
    return sorted((root or patterns_dir()).glob("lexicons/*.yaml"))


# The lexicons in use: those of the rule set being tested (`tenderguard rules test
# --patterns`), else those of the default rule set, which loads them with its rules.
_ACTIVE: ContextVar[Mapping[str, Lexicon] | None] = ContextVar("lexicons", default=None)


def lexicon(name: str) -> Lexicon:
    """The lexicon `name` of the rule set in use."""
    active = _ACTIVE.get()
    if active is None:
        from tenderguard.rules.loader import default_rules  # the loader reads lexicons too

        active = default_rules().lexicons
    return active[name]


@contextmanager
def lexicons_in_use(lexicons: Mapping[str, Lexicon]) -> Iterator[None]:
    """Within the block, lexicon() answers from `lexicons`."""
    token = _ACTIVE.set(lexicons)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
