"""The built-in matcher runs spaCy token patterns exactly as spaCy's Matcher would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import LOWER, NORM
from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.matcher import Matcher as SpacyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tenderguard.rules import default_rules
from tenderguard.rules.matcher import Matcher, PatternSyntaxError, compile_pattern
from tenderguard.text import fold
from tenderguard.tokens import tokenize


def _spacy_vocab() -> Vocab:
    getters = dict(LEX_ATTRS)
    getters[NORM] = fold
    getters[LOWER] = str.lower
    return Vocab(lex_attr_getters=getters)


VOCAB = _spacy_vocab()


def spacy_spans(pattern: list[dict], text: str) -> dict[int, int]:
    """Start -> end of the longest match spaCy finds there (it lists every length; the
    built-in matcher keeps the longest)."""
    tokens = tokenize(text)
    doc = Doc(VOCAB, words=list(tokens.words))
    matcher = SpacyMatcher(VOCAB, validate=True)
    matcher.add("p", [pattern])
    spans: dict[int, int] = {}
    for _, start, end in matcher(doc):
        spans[start] = max(spans.get(start, start), end)
    return spans


def our_spans(pattern: list[dict], text: str) -> dict[int, int]:
    matcher = Matcher([compile_pattern("p", 0, pattern)])
    return {m.start: m.end for m in matcher.find(tokenize(text))}


CASES = [
    ([{"NORM": "assurance"}], "Une Assurance et une ASSURANCE"),
    ([{"LOWER": "données"}], "Les Données et les donnees"),
    ([{"ORTH": "RC"}, {"NORM": "pro"}], "RC Pro ou rc pro"),
    ([{"NORM": "a"}, {"OP": "*"}, {"NORM": "c"}], "a b b c a c"),
    ([{"NORM": "a"}, {"NORM": "b", "OP": "+"}], "a b b c a"),
    ([{"NORM": "a"}, {"NORM": "b", "OP": "?"}, {"NORM": "c"}], "a c a b c a b b c"),
    ([{"NORM": "a"}, {"NORM": "x", "OP": "!"}, {"NORM": "c"}], "a b c a x c"),
    ([{"NORM": "a"}, {"OP": "{0,2}"}, {"NORM": "d"}], "a b c d a b c e d"),
    ([{"NORM": "a"}, {"NORM": "b", "OP": "{2}"}], "a b b a b"),
    ([{"NORM": "a"}, {"NORM": "b", "OP": "{2,}"}], "a b b b a b"),
    ([{"NORM": {"IN": ["rc", "rcp"]}}], "la RCP et la RC"),
    ([{"NORM": {"NOT_IN": ["le", "la"]}, "IS_ALPHA": True}], "le chat la souris"),
    ([{"NORM": {"REGEX": "^cyber"}}], "cyber-risques et cybersecurite, pas hypercyber"),
    ([{"IS_DIGIT": True}, {"NORM": "%"}], "99 % et 99,9 %"),
    ([{"LENGTH": {">=": 5}}], "un mot assez long"),
    ([{"LENGTH": 2}], "un mot de deux"),
    ([{"IS_UPPER": True}], "RGPD et Rgpd"),
    ([{"IS_PUNCT": True}], "fin. Vraiment ?"),
    ([{"NORM": "l'"}, {"NORM": "assurance"}], "l’assurance et l'assurance"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_same_spans_as_spacy(pattern: list[dict], text: str) -> None:
    assert our_spans(pattern, text) == spacy_spans(pattern, text)


def _all_examples() -> list[tuple[str, int, list[dict], str]]:
    cases = []
    for rule in default_rules().rules:
        texts = [e.text for e in rule.examples.match] + list(rule.examples.no_match)
        for i, pattern in enumerate(rule.patterns):
            cases += [(rule.id, i, pattern, t) for t in texts]
    return cases


# spaCy expands a bounded gap {"OP": "{0,N}"} into N optional tokens and its matcher grows
# exponentially with N: up to this bound the rules are compared as shipped (0.4 s for all).
SPACY_GAP_LIMIT = 16


def _gap(token: dict) -> int:
    op = str(token.get("OP", ""))
    if set(token) == {"OP"} and op.startswith("{0,") and op.endswith("}"):
        return int(op[3:-1])
    return 0


@pytest.mark.parametrize(
    ("rule", "index", "pattern", "text"),
    _all_examples(),
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "",
)
def test_every_rule_pattern_finds_the_spans_spacy_finds(
    rule: str, index: int, pattern: list[dict], text: str
) -> None:
    if max(map(_gap, pattern)) <= SPACY_GAP_LIMIT:
        assert our_spans(pattern, text) == spacy_spans(pattern, text)
        return
    # Wider gaps are "*" for spaCy only: the same pattern wherever the text is no longer than
    # the gap. Where the bound binds ("notify … 30 words … Privacy Breach", an example of
    # another pattern of the rule), the bounded gap finds fewer matches than "*", never others.
    widened = [{"OP": "*"} if _gap(t) > SPACY_GAP_LIMIT else t for t in pattern]
    ours, reference = our_spans(pattern, text), spacy_spans(widened, text)
    assert set(ours) <= set(reference)
    bound = max(map(_gap, pattern))
    for start, end in reference.items():
        if ours.get(start) != end:  # only a match longer than the gap can be cut short or lost
            assert end - start > bound and ours.get(start, start) < end


# Random small patterns against spaCy: every attribute and operator the rules use.
WORDS = ["a", "b", "c", "RC", "pro", "99", "9,9", "%", "l'", "données", "assurance", ".", "x"]
token_tests = st.one_of(
    st.fixed_dictionaries({"NORM": st.sampled_from([fold(w) for w in WORDS])}),
    st.fixed_dictionaries({"LOWER": st.sampled_from([w.lower() for w in WORDS])}),
    st.fixed_dictionaries({"ORTH": st.sampled_from(WORDS)}),
    st.fixed_dictionaries(
        {"NORM": st.fixed_dictionaries({"IN": st.lists(st.sampled_from(WORDS), min_size=1)})}
    ),
    st.fixed_dictionaries(
        {"NORM": st.fixed_dictionaries({"REGEX": st.sampled_from(["^a", "c$", "^9", "é"])})}
    ),
    st.fixed_dictionaries({"LENGTH": st.integers(1, 3)}),
    st.fixed_dictionaries({"IS_DIGIT": st.booleans()}),
    st.fixed_dictionaries({"IS_PUNCT": st.booleans()}),
    st.just({}),
)
OPERATORS = [None, "?", "*", "+", "!", "{0,2}", "{1,3}", "{2}", "{2,}"]


@st.composite
def patterns(draw: st.DrawFn) -> list[dict]:
    first = dict(draw(token_tests.filter(bool)))
    op = draw(st.sampled_from([None, "+", "{2}", "{1,3}"]))
    pattern = [first | ({"OP": op} if op else {})]
    for _ in range(draw(st.integers(0, 3))):
        token = dict(draw(token_tests))
        op = draw(st.sampled_from(OPERATORS))
        if op == "!" and not token:
            op = None  # "!" needs a test to negate
        pattern.append(token | ({"OP": op} if op else {}))
    return pattern


@settings(max_examples=400, deadline=None)
@given(patterns(), st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))
def test_random_patterns_find_the_spans_spacy_finds(pattern: list[dict], text: str) -> None:
    assert our_spans(pattern, text) == spacy_spans(pattern, text)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"NORMX": "a"}],
        [{"NORM": 3}],
        [{"NORM": {"IN": "abc"}}],
        [{"NORM": {"REGEX": "("}}],
        [{"NORM": "a", "OP": "%"}],
        [{"OP": "?", "NORM": "a"}],
        [],
    ],
)
def test_bad_patterns_are_refused(pattern: list[dict]) -> None:
    with pytest.raises(PatternSyntaxError):
        compile_pattern("p", 0, pattern)


def test_matches_stay_inside_the_given_range() -> None:
    tokens = tokenize("assurance . responsabilité civile")
    matcher = Matcher(
        [compile_pattern("p", 0, [{"NORM": "assurance"}, {"OP": "*"}, {"NORM": "civile"}])]
    )
    assert list(matcher.find(tokens, 0, 2)) == []
    assert [m.start for m in matcher.find(tokens)] == [0]
