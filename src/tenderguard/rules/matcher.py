"""Runs spaCy token patterns over `tenderguard.tokens` without importing spaCy.

Supported, with spaCy's meaning: the token attributes ORTH, TEXT, LOWER, NORM, LENGTH,
IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_UPPER, IS_TITLE, IS_SPACE; the predicates IN, NOT_IN, REGEX,
==, !=, >=, <=, >, <; the operators ?, *, +, !, {n}, {n,m}, {n,}, {,m}; the empty token {}.
NORM is the lower-cased word without accents ("Données" -> "donnees").

spaCy reports every (start, end) pair; this matcher reports, for each start, one end (the
longest alternative tried first), which is all detection needs. tests/test_matcher_spacy.py runs
both matchers over every rule example and requires the same start positions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tenderguard.text import fold
from tenderguard.tokens import Tokens

TokenTest = Callable[[str], bool]  # takes the token's text

_STRING_ATTRS: dict[str, Callable[[str], str]] = {
    "ORTH": lambda w: w,
    "TEXT": lambda w: w,
    "LOWER": str.lower,
    "NORM": fold,
}


def _is_punct(word: str) -> bool:
    return all(unicodedata.category(c).startswith("P") for c in word)


_FLAG_ATTRS: dict[str, Callable[[str], bool]] = {
    "IS_ALPHA": str.isalpha,
    "IS_DIGIT": str.isdigit,
    "IS_PUNCT": _is_punct,
    "IS_UPPER": str.isupper,
    "IS_TITLE": str.istitle,
    "IS_SPACE": str.isspace,
}
_COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}
SUPPORTED_ATTRS = frozenset({*_STRING_ATTRS, *_FLAG_ATTRS, "LENGTH", "OP"})
_REPEAT = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
_UNBOUNDED = 10**6
_MEMO_LIMIT = 200_000  # distinct words remembered per token test


class PatternSyntaxError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class TokenSpec:
    test: TokenTest
    min: int  # repetitions
    max: int
    negated: bool  # the "!" operator: one token that does NOT pass the test
    # For indexing: NORM values that a token must have to pass (None = any token may pass).
    norms: frozenset[str] | None


def _member(get: Callable[[str], str], allowed: frozenset[str], inside: bool) -> TokenTest:
    return lambda w: (get(w) in allowed) is inside


def _searches(get: Callable[[str], str], rx: re.Pattern[str]) -> TokenTest:
    return lambda w: rx.search(get(w)) is not None


def _flag_is(flag: Callable[[str], bool], expected: bool) -> TokenTest:
    return lambda w: flag(w) is expected


def _string_test(attr: str, value: Any) -> tuple[TokenTest, frozenset[str] | None]:
    get = _STRING_ATTRS[attr]
    # ORTH/LOWER/NORM literals imply a NORM literal, which the start index uses.
    if isinstance(value, str):
        return (lambda w: get(w) == value), frozenset({fold(value)})
    if not isinstance(value, dict) or not value:
        raise PatternSyntaxError(
            f"{attr}: expected a string or a dict of predicates, got {value!r}"
        )
    tests: list[TokenTest] = []
    norms: frozenset[str] | None = None
    for predicate, arg in value.items():
        if predicate == "IN":
            allowed = frozenset(_strings(arg, attr))
            tests.append(_member(get, allowed, inside=True))
            norms = frozenset(fold(v) for v in allowed)
        elif predicate == "NOT_IN":
            banned = frozenset(_strings(arg, attr))
            tests.append(_member(get, banned, inside=False))
        elif predicate == "REGEX":
            try:
                rx = re.compile(arg)
            except (re.error, TypeError) as exc:
                raise PatternSyntaxError(f"{attr}.REGEX {arg!r}: {exc}") from exc
            tests.append(_searches(get, rx))
        else:
            raise PatternSyntaxError(f"{attr}: unsupported predicate {predicate!r}")
    return (lambda w: all(t(w) for t in tests)), norms


def _strings(arg: Any, attr: str) -> list[str]:
    if not isinstance(arg, list) or not all(isinstance(v, str) for v in arg):
        raise PatternSyntaxError(f"{attr}: IN/NOT_IN expects a list of strings, got {arg!r}")
    return arg


def _length_test(value: Any) -> TokenTest:
    if isinstance(value, int) and not isinstance(value, bool):
        return lambda w: len(w) == value
    if isinstance(value, dict) and value:
        checks = []
        for op, arg in value.items():
            if op not in _COMPARISONS or not isinstance(arg, int):
                raise PatternSyntaxError(f"LENGTH: unsupported predicate {op!r}: {arg!r}")
            checks.append((_COMPARISONS[op], arg))
        return lambda w: all(cmp(len(w), arg) for cmp, arg in checks)
    raise PatternSyntaxError(f"LENGTH: expected an int or comparisons, got {value!r}")


def _repetitions(op: Any) -> tuple[int, int, bool]:
    if op is None:
        return 1, 1, False
    fixed = {
        "?": (0, 1, False),
        "*": (0, _UNBOUNDED, False),
        "+": (1, _UNBOUNDED, False),
        "!": (1, 1, True),
    }
    if op in fixed:
        return fixed[op]
    m = _REPEAT.match(str(op))
    if not m or not (m.group(1) or m.group(3)):
        raise PatternSyntaxError(f"unsupported OP {op!r}")
    low = int(m.group(1) or 0)
    if m.group(2):
        high = int(m.group(3)) if m.group(3) else _UNBOUNDED
    else:
        high = low
    return low, high, False


def compile_token(spec: dict[str, Any]) -> TokenSpec:
    if not isinstance(spec, dict):
        raise PatternSyntaxError(f"a token must be a mapping, got {spec!r}")
    unknown = set(spec) - SUPPORTED_ATTRS
    if unknown:
        raise PatternSyntaxError(f"unsupported token attribute(s) {sorted(unknown)}")
    tests: list[TokenTest] = []
    norms: frozenset[str] | None = None
    for attr, value in spec.items():
        if attr == "OP":
            continue
        if attr in _STRING_ATTRS:
            string_test, literal = _string_test(attr, value)
            tests.append(string_test)
            if literal is not None:
                norms = literal if norms is None else norms & literal
        elif attr in _FLAG_ATTRS:
            if not isinstance(value, bool):
                raise PatternSyntaxError(f"{attr}: expected true or false, got {value!r}")
            tests.append(_flag_is(_FLAG_ATTRS[attr], value))
        else:
            tests.append(_length_test(value))
    low, high, negated = _repetitions(spec.get("OP"))
    if negated:
        norms = None

    # A token's test depends only on its text: remember the answer for each distinct word.
    memo: dict[str, bool] = {}

    def passes(word: str) -> bool:
        answer = memo.get(word)
        if answer is None:
            if len(memo) > _MEMO_LIMIT:
                memo.clear()
            answer = memo[word] = all(t(word) for t in tests)
        return answer

    return TokenSpec(test=passes, min=low, max=high, negated=negated, norms=norms)


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    key: str  # what fires: a rule id, or a cue name
    index: int  # which pattern of that rule
    tokens: tuple[TokenSpec, ...]
    # NORM values the word after the first must have, when the first token is one word and the
    # second a required literal: most attempts end there, so find() checks it before matching.
    follower: frozenset[str] | None = None

    def match_at(self, tokens: Tokens, start: int, limit: int) -> int | None:
        """End (exclusive) of a match beginning at `start`, or None."""
        return _match(self.tokens, 0, tokens.words, start, limit)


def _single(spec: TokenSpec) -> bool:
    """A token that is exactly one word (not optional, not repeated)."""
    return spec.min == 1 and spec.max == 1


def compile_pattern(key: str, index: int, pattern: Sequence[dict[str, Any]]) -> CompiledPattern:
    if not isinstance(pattern, list) or not pattern:
        raise PatternSyntaxError("a pattern must be a non-empty list of tokens")
    specs = tuple(compile_token(t) for t in pattern)
    if specs[0].min == 0:
        raise PatternSyntaxError("the first token of a pattern must not be optional")
    follower = None
    if len(specs) > 1 and _single(specs[0]) and specs[1].min >= 1 and not specs[1].negated:
        follower = specs[1].norms
    return CompiledPattern(key=key, index=index, tokens=specs, follower=follower)


def _match(
    specs: tuple[TokenSpec, ...], j: int, words: Sequence[str], i: int, limit: int
) -> int | None:
    while j < len(specs):
        spec = specs[j]
        if spec.negated:
            if i < limit and not spec.test(words[i]):
                i, j = i + 1, j + 1
                continue
            return None
        if spec.min == 1 and spec.max == 1:
            if i < limit and spec.test(words[i]):
                i, j = i + 1, j + 1
                continue
            return None
        run = i
        while run < limit and run - i < spec.max and spec.test(words[run]):
            run += 1
        if run - i < spec.min:
            return None
        for end in range(run, i + spec.min - 1, -1):
            found = _match(specs, j + 1, words, end, limit)
            if found is not None:
                return found
        return None
    return i


@dataclass(frozen=True, slots=True)
class Match:
    key: str
    start: int
    end: int


class Matcher:
    """Finds every pattern of a set in token ranges; patterns are indexed by their first token,
    or by their second when the first may be any word."""

    def __init__(self, patterns: Sequence[CompiledPattern]) -> None:
        self._by_norm: dict[str, list[CompiledPattern]] = {}
        # Patterns whose first token may be any word but whose second is known ("[not 'qui']
        # 'prévoyait'"): indexed by the second, so they are not tried at every word.
        self._by_second_norm: dict[str, list[CompiledPattern]] = {}
        self._anywhere: list[CompiledPattern] = []
        # Word -> every pattern that may start at it: one lookup per token in find().
        self._by_word: dict[str, tuple[CompiledPattern, ...]] = {}
        for p in patterns:
            first = p.tokens[0]
            second = p.tokens[1] if len(p.tokens) > 1 else None
            if first.norms is not None:
                for norm in first.norms:
                    self._by_norm.setdefault(norm, []).append(p)
            elif (
                _single(first)
                and second is not None
                and second.norms is not None
                and second.min >= 1
                and not second.negated
            ):
                for norm in second.norms:
                    self._by_second_norm.setdefault(norm, []).append(p)
            else:
                self._anywhere.append(p)

    def find(self, tokens: Tokens, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Matches beginning in [start, end) and ending before `end`; one per (pattern, start)."""
        limit = len(tokens) if end is None else end
        words, norms = tokens.words, tokens.norms
        for i in range(start, limit):
            candidates = self._starting_at(words[i])
            following = norms[i + 1] if i + 1 < limit else None
            if following is not None and self._by_second_norm:
                candidates = (*candidates, *self._by_second_norm.get(following, ()))
            for p in candidates:
                if p.follower is not None and following not in p.follower:
                    continue
                stop = p.match_at(tokens, i, limit)
                if stop is not None:
                    yield Match(p.key, i, stop)

    def _starting_at(self, word: str) -> tuple[CompiledPattern, ...]:
        found = self._by_word.get(word)
        if found is None:
            if len(self._by_word) > _MEMO_LIMIT:
                self._by_word.clear()
            anywhere = (
                p for p in self._anywhere if p.tokens[0].test(word) is not p.tokens[0].negated
            )
            found = (*self._by_norm.get(fold(word), ()), *anywhere)
            self._by_word[word] = found
        return found
