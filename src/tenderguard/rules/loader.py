"""Loads and validates the rule files of patterns/: every problem is collected, then reported."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tenderguard import __version__, schema, strict_yaml
from tenderguard.errors import RuleError
from tenderguard.kinds import CUE_KINDS, KINDS
from tenderguard.rules.matcher import (
    CompiledPattern,
    Matcher,
    PatternSyntaxError,
    compile_pattern,
)

if TYPE_CHECKING:
    from tenderguard.normalise.lexicon import Lexicon


Pattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    values: dict[str, Any] | None = None
    recommended: bool | None = None


@dataclass(frozen=True, slots=True)
class Examples:
    match: tuple[Example, ...]
    no_match: tuple[str, ...]
    todo_match: tuple[Example, ...]
    todo_no_match: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    lang: str
    description: str
    legal_basis: str | None
    patterns: tuple[Pattern, ...]
    requires: tuple[Pattern, ...]
    excludes: tuple[Pattern, ...]
    yields_to: tuple[str, ...]
    fields: tuple[str, ...]
    examples: Examples
    path: Path
    # Each item of a list the rule's sentence introduces with ":" is a demand of its own.
    itemised: bool = False
    # Reads a lesser form of its kind (the return of data, for their deletion): a statement
    # only it reads is cited where the piece states the kind in no other way.
    secondary: bool = False
    # Its `requires` may be met by the sentence before as well as by the heading: "A
    # certificate is provided on request." after the sentence naming the insurance.
    reads_previous: bool = False
    # Its `excludes` name other things of the same form (« attestation de régularité fiscale »
    # beside « attestation d'assurance »): they set aside only the matches they overlap, not
    # the whole sentence.
    excludes_local: bool = False

    @property
    def is_cue(self) -> bool:
        return self.kind.startswith("cue.")


@dataclass(frozen=True)
class RuleSet:
    """All rules, cues and lexicons, compiled; `version` changes whenever one of their files
    changes, and with the version of tenderguard (whose code reads them)."""

    rules: tuple[Rule, ...]
    version: str
    matcher: Matcher  # main patterns of rules and cues, keyed by rule id
    requires: dict[str, tuple[Matcher, ...]]  # rule id -> one matcher per `requires` pattern
    excludes: dict[str, Matcher]  # rule id -> matcher of all its `excludes` patterns
    lexicons: Mapping[str, Lexicon] = field(default_factory=dict)  # id -> lexicon

    def by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}


def patterns_dir() -> Path:
    """The patterns in use: TENDERGUARD_PATTERNS (a broker's own rules), else those shipped
    with tenderguard."""
    override = os.environ.get("TENDERGUARD_PATTERNS")
    return Path(override) if override else shipped_patterns_dir()


def shipped_patterns_dir() -> Path:
    """patterns/ of a source checkout or editable install, or the copy inside the wheel."""
    packaged = Path(str(resources.files("tenderguard"))) / "patterns"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "patterns"


def _examples(raw: dict[str, Any]) -> Examples:
    def positive(item: Any) -> Example:
        if isinstance(item, str):
            return Example(item)
        return Example(item["text"], item.get("values"), item.get("recommended"))

    return Examples(
        match=tuple(positive(x) for x in raw.get("match", [])),
        no_match=tuple(raw.get("no_match", [])),
        todo_match=tuple(positive(x) for x in raw.get("todo_match", []) or []),
        todo_no_match=tuple(raw.get("todo_no_match", []) or []),
    )


def _rule_files(root: Path) -> list[Path]:
    return sorted([*root.glob("rules/*.yaml"), *root.glob("cues/*.yaml")])


def read_rule(path: Path, problems: list[str]) -> Rule | None:
    """Parses and checks one rule file; appends what is wrong to `problems`."""
    try:
        raw = strict_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, ValueError) as exc:  # ValueError: a date like 2027-13-45
        problems.append(f"{path}: cannot read: {exc}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{path}: expected a mapping at the top level")
        return None
    errors = schema.problems(raw, "rule")
    problems += [f"{path}: {error}" for error in errors]
    if errors:
        return None
    if raw["id"] != path.stem:
        problems.append(f"{path}: id {raw['id']!r} must equal the file name {path.stem!r}")
    kind = raw["kind"]
    if kind not in KINDS and kind not in CUE_KINDS:
        problems.append(f"{path}: unknown kind {kind!r}")
    for other in raw.get("yields_to", []):
        if other not in KINDS:
            problems.append(f"{path}: yields_to names unknown kind {other!r}")
    return Rule(
        id=raw["id"],
        kind=kind,
        lang=raw["lang"],
        description=" ".join(raw["description"].split()),
        legal_basis=raw.get("legal_basis"),
        patterns=tuple(raw["patterns"]),
        requires=tuple(raw.get("requires", [])),
        excludes=tuple(raw.get("excludes", [])),
        yields_to=tuple(raw.get("yields_to", [])),
        fields=tuple(raw.get("fields", [])),
        examples=_examples(raw["examples"]),
        path=path,
        itemised=bool(raw.get("itemised", False)),
        secondary=bool(raw.get("secondary", False)),
        reads_previous=bool(raw.get("reads_previous", False)),
        excludes_local=bool(raw.get("excludes_local", False)),
    )


def _compile_all(
    rule: Rule, patterns: tuple[Pattern, ...], problems: list[str], what: str
) -> list[CompiledPattern]:
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            compiled.append(compile_pattern(rule.id, i, pattern))
        except PatternSyntaxError as exc:
            problems.append(f"{rule.path}: {what}[{i}]: {exc}")
    return compiled


def load_rules(root: Path | None = None) -> RuleSet:
    """Reads every rule of `root` (default: patterns_dir()).

    Raises RuleError listing every problem found, not only the first.
    """
    root = root or patterns_dir()
    files = _rule_files(root)
    problems: list[str] = []
    if not files:
        problems.append(f"{root}: no rule files found (expected rules/*.yaml and cues/*.yaml)")
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    digest = hashlib.sha256(f"tenderguard {__version__}\n".encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
        rule = read_rule(path, problems)
        if rule is None:
            continue
        if rule.id in seen:
            problems.append(f"{path}: duplicate id {rule.id!r} (also in {seen[rule.id]})")
        seen[rule.id] = path
        rules.append(rule)
    main: list[CompiledPattern] = []
    requires: dict[str, tuple[Matcher, ...]] = {}
    excludes: dict[str, Matcher] = {}
    for rule in rules:
        main += _compile_all(rule, rule.patterns, problems, "patterns")
        if rule.requires:
            requires[rule.id] = tuple(
                Matcher([p]) for p in _compile_all(rule, rule.requires, problems, "requires")
            )
        if rule.excludes:
            excludes[rule.id] = Matcher(_compile_all(rule, rule.excludes, problems, "excludes"))
    lexicons = _load_lexicons(root, problems, digest)
    if problems:
        raise RuleError(problems)
    return RuleSet(
        rules=tuple(rules),
        version=digest.hexdigest()[:12],
        matcher=Matcher(main),
        requires=requires,
        excludes=excludes,
        lexicons=lexicons,
    )


def _load_lexicons(root: Path, problems: list[str], digest: Any) -> dict[str, Lexicon]:
    """The lexicons of `root`, completed by those shipped with tenderguard (a folder of
    one's own rules need not copy them); each file read is added to `digest`."""
    from tenderguard.normalise.lexicon import lexicon_files, read_lexicon

    paths = {p.stem: p for p in lexicon_files(shipped_patterns_dir())}
    paths.update({p.stem: p for p in lexicon_files(root)})
    lexicons: dict[str, Lexicon] = {}
    for name, path in sorted(paths.items()):
        digest.update(f"lexicons/{name}".encode())
        digest.update(path.read_bytes())
        try:
            lexicons[name] = read_lexicon(path)
        except RuleError as exc:
            problems.extend(exc.problems)
    return lexicons


@cache
def default_rules() -> RuleSet:
    return load_rules()
