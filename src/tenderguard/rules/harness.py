"""Runs the examples of every rule and lexicon: what `tenderguard rules test` and the test suite do.

- a rule must fire on each `match` example (through the whole detection, cues included) and
  the values it reads must equal those written in the example;
- it must stay silent on each `no_match` example;
- `todo_match` / `todo_no_match` are known misses: they must still fail, so a fix is noticed;
- a cue must match its positives and not its negatives;
- a lexicon must find exactly the values given for each positive, nothing for each negative.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tenderguard.detect import detect_text
from tenderguard.models import Finding, Values
from tenderguard.normalise.lexicon import Lexicon, lexicon, lexicons_in_use
from tenderguard.rules.loader import Example, Rule, RuleSet, default_rules
from tenderguard.rules.matcher import Matcher, compile_pattern
from tenderguard.tokens import tokenize


@dataclass(frozen=True, slots=True)
class Failure:
    rule: str
    example: str
    problem: str


@dataclass(frozen=True, slots=True)
class Outcome:
    rules: int
    examples: int
    failures: tuple[Failure, ...]


# The value an example or an expected file writes for a field stated but not readable whole.
UNREADABLE = "unreadable"


def _value_of(values: Values, field: str) -> Any:
    if values.unread(field) is not None:
        return UNREADABLE
    if field in ("amount", "currency"):
        if values.amount is None:
            return None
        return values.amount.currency if field == "currency" else values.amount.value
    if field == "sublimits":
        return [{"label": s.label, "amount": s.amount.value} for s in values.sublimits]
    value = getattr(values, field, None)  # a field this version does not read: None
    return list(value) if isinstance(value, tuple) else value


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        if not isinstance(actual, int | float | Decimal):
            return False  # nothing read, or a word where a number is expected
        return Decimal(str(expected)) == Decimal(actual)
    if isinstance(expected, list) and expected and isinstance(expected[0], dict):
        return len(expected) == len(actual) and all(
            e["label"] == a["label"] and Decimal(str(e["amount"])) == a["amount"]
            for e, a in zip(expected, actual, strict=True)
        )
    return bool(expected == actual)


def _provider_names(names: Any) -> Any:
    """Providers as the lexicon names them: a key's « 3DS Outscale » and « Outscale » are one
    host; a name the lexicon does not know stays as written."""
    if not isinstance(names, list | tuple):
        return names
    providers = lexicon("providers")
    return [next(iter(providers.values(str(name))), name) for name in names]


def value_mismatches(expected: dict[str, Any], values: Values) -> list[str]:
    problems = []
    for field, want in expected.items():
        got = _value_of(values, field)
        if field == "business_days" and not isinstance(want, bool):
            # a key's « business_days: 10 » is ten days counted in business days: the number
            # in `days`, the count's kind in the flag
            got = values.days if values.business_days else None
        if field == "providers":
            want, got = _provider_names(want), _provider_names(got)
        if not _same(want, got):
            problems.append(f"{field}: expected {want!r}, read {got!r}")
    return problems


def _own_finding(rule: Rule, text: str, ruleset: RuleSet) -> Finding | None:
    return next((f for f in detect_text(text, ruleset) if rule.id in f.rules), None)


def _check_positive(rule: Rule, example: Example, ruleset: RuleSet) -> str | None:
    finding = _own_finding(rule, example.text, ruleset)
    if finding is None:
        return "the rule does not fire"
    problems = value_mismatches(example.values or {}, finding.values)
    if example.recommended is not None and example.recommended != finding.recommended:
        problems.append(f"recommended: expected {example.recommended}, read {finding.recommended}")
    return "; ".join(problems) or None


def _cue_fires(rule: Rule, text: str) -> bool:
    """Whether a cue matches a text and none of its `excludes` does."""
    tokens = tokenize(text)
    matcher = Matcher([compile_pattern(rule.id, i, p) for i, p in enumerate(rule.patterns)])
    if next(matcher.find(tokens), None) is None:
        return False
    vetoes = [compile_pattern(rule.id, i, p) for i, p in enumerate(rule.excludes)]
    return not vetoes or next(Matcher(vetoes).find(tokens), None) is None


def _rule_failures(rule: Rule, ruleset: RuleSet) -> Iterator[Failure]:
    ex = rule.examples
    if rule.is_cue:
        for example in ex.match:
            if not _cue_fires(rule, example.text):
                yield Failure(rule.id, example.text, "the cue does not match")
        for text in ex.no_match:
            if _cue_fires(rule, text):
                yield Failure(rule.id, text, "the cue matches a negative example")
        return
    for example in ex.match:
        problem = _check_positive(rule, example, ruleset)
        if problem:
            yield Failure(rule.id, example.text, problem)
    for text in ex.no_match:
        if _own_finding(rule, text, ruleset) is not None:
            yield Failure(rule.id, text, "the rule fires on a negative example")
    for example in ex.todo_match:
        if _check_positive(rule, example, ruleset) is None:
            yield Failure(rule.id, example.text, "todo_match now passes: move it to match")
    for text in ex.todo_no_match:
        if _own_finding(rule, text, ruleset) is None:
            yield Failure(rule.id, text, "todo_no_match now passes: move it to no_match")


def _lexicon_failures(lex: Lexicon) -> Iterator[Failure]:
    for item in lex.examples.get("match", []):
        found = lex.values(item["text"])
        if found != item["values"]:
            yield Failure(lex.id, item["text"], f"expected {item['values']}, found {found}")
    for text in lex.examples.get("no_match", []):
        found = lex.values(text)
        if found:
            yield Failure(lex.id, text, f"expected nothing, found {found}")


def run_examples(ruleset: RuleSet, lexicons: list[Lexicon] | None = None) -> Outcome:
    """Every example of the rules and of `lexicons` (default: the rule set's), with the
    rule set's own lexicons in use, so that a folder of one's own patterns is tested with
    its own lexicons."""
    lexicons = list(ruleset.lexicons.values()) if lexicons is None else lexicons
    failures: list[Failure] = []
    count = 0
    with lexicons_in_use(ruleset.lexicons or default_rules().lexicons):
        for rule in ruleset.rules:
            ex = rule.examples
            count += len(ex.match) + len(ex.no_match) + len(ex.todo_match) + len(ex.todo_no_match)
            failures.extend(_rule_failures(rule, ruleset))
        for lex in lexicons:
            count += len(lex.examples.get("match", [])) + len(lex.examples.get("no_match", []))
            failures.extend(_lexicon_failures(lex))
    return Outcome(len(ruleset.rules) + len(lexicons), count, tuple(failures))


def spacy_problems(ruleset: RuleSet) -> list[str]:
    """Validates every pattern with spaCy's own Matcher (slow to import: only here)."""
    from spacy.matcher import Matcher as SpacyMatcher
    from spacy.vocab import Vocab

    matcher = SpacyMatcher(Vocab(), validate=True)
    problems = []
    for rule in ruleset.rules:
        for what in ("patterns", "requires", "excludes"):
            patterns = getattr(rule, what)
            if not patterns:
                continue
            try:
                matcher.add(f"{rule.id}.{what}", list(patterns))
            except Exception as exc:  # spaCy raises MatchPatternError with every problem listed
                problems.append(f"{rule.path}: {what}: {exc}")
    return problems
