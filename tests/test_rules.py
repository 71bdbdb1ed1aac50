"""Every rule and lexicon of patterns/ is valid and passes its own examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tenderguard.errors import RuleError
from tenderguard.kinds import KINDS
from tenderguard.normalise.lexicon import lexicon_files, read_lexicon
from tenderguard.rules import RuleSet, default_rules, load_rules, patterns_dir
from tenderguard.rules.harness import _rule_failures, run_examples, spacy_problems

RULES = default_rules().rules


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_passes_its_examples(rule, ruleset: RuleSet) -> None:
    failures = list(_rule_failures(rule, ruleset))
    assert not failures, "\n".join(f"{f.problem}: {f.example}" for f in failures)


@pytest.mark.parametrize("missing", ["match", "no_match"])
def test_a_rule_without_positive_or_negative_examples_is_refused(
    tmp_path: Path, missing: str
) -> None:
    (tmp_path / "rules").mkdir()
    raw = yaml.safe_load(Path(RULES[0].path).read_text(encoding="utf-8"))
    raw["examples"][missing] = []
    (tmp_path / "rules" / f"{RULES[0].id}.yaml").write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(RuleError, match=rf"examples\.{missing}: \[\] should be non-empty"):
        load_rules(tmp_path)


def test_a_key_written_twice_in_a_rule_file_is_refused(tmp_path: Path) -> None:
    """YAML would keep the second of two equal keys (an example's second `values:`) and test
    the wrong thing without a word."""
    (tmp_path / "rules").mkdir()
    text = Path(RULES[0].path).read_text(encoding="utf-8") + f"id: {RULES[0].id}\n"
    (tmp_path / "rules" / f"{RULES[0].id}.yaml").write_text(text, "utf-8")
    with pytest.raises(RuleError, match="key 'id' written twice"):
        load_rules(tmp_path)


@pytest.mark.parametrize("path", lexicon_files(), ids=lambda p: p.stem)
def test_lexicon_passes_its_examples(path: Path) -> None:
    outcome = run_examples(RuleSet((), "", default_rules().matcher, {}, {}), [read_lexicon(path)])
    assert not outcome.failures, outcome.failures


def test_every_kind_has_a_french_and_an_english_rule() -> None:
    languages: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for rule in RULES:
        if not rule.is_cue:
            languages[rule.kind].add(rule.lang)
    assert {k: v for k, v in languages.items() if v != {"fr", "en"}} == {}


def test_spacy_accepts_every_pattern(ruleset: RuleSet) -> None:
    assert spacy_problems(ruleset) == []


def test_invalid_rules_are_all_reported_at_once(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    good = yaml.safe_load((Path(RULES[0].path)).read_text(encoding="utf-8"))
    bad_id = dict(good, id="not.the.file.name")
    (tmp_path / "rules" / "first.rule.yaml").write_text(yaml.safe_dump(bad_id), encoding="utf-8")
    bad_pattern = dict(good, id="second.rule", patterns=[[{"NORMX": "x"}]])
    (tmp_path / "rules" / "second.rule.yaml").write_text(
        yaml.safe_dump(bad_pattern), encoding="utf-8"
    )
    missing = {"id": "third.rule", "kind": "insurance.cyber"}
    (tmp_path / "rules" / "third.rule.yaml").write_text(yaml.safe_dump(missing), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    text = "\n".join(caught.value.problems)
    assert "must equal the file name" in text
    assert "NORMX" in text
    assert "third.rule.yaml" in text and "required" in text


def test_todo_examples_must_keep_failing(tmp_path: Path) -> None:
    """A todo_match that now passes is reported, so the example gets promoted."""
    (tmp_path / "rules").mkdir()
    shutil.copytree(patterns_dir() / "cues", tmp_path / "cues")
    source = next(r for r in RULES if r.id == "insurance.cyber.fr")
    raw = yaml.safe_load(source.path.read_text(encoding="utf-8"))
    raw["examples"]["todo_match"] = [raw["examples"]["match"][0]]
    (tmp_path / "rules" / "insurance.cyber.fr.yaml").write_text(
        yaml.safe_dump(raw), encoding="utf-8"
    )
    ruleset = load_rules(tmp_path)
    cyber = next(r for r in ruleset.rules if r.id == "insurance.cyber.fr")
    failures = list(_rule_failures(cyber, ruleset))
    assert [f.problem for f in failures] == ["todo_match now passes: move it to match"]


def _own_patterns(tmp_path: Path) -> Path:
    root = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), root)
    return root


def test_the_version_covers_lexicons_and_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tenderguard.rules import loader

    root = _own_patterns(tmp_path)
    first = load_rules(root).version
    assert load_rules(root).version == first
    damages = root / "lexicons" / "damages.yaml"
    damages.write_text(damages.read_text(encoding="utf-8") + "# a broker's note\n", "utf-8")
    edited = load_rules(root).version
    assert edited != first
    monkeypatch.setattr(loader, "__version__", "99.0.0")
    assert load_rules(root).version != edited


def test_rules_test_with_own_patterns_uses_their_lexicons(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tenderguard.cli import main

    root = _own_patterns(tmp_path)
    zones = root / "lexicons" / "zones.yaml"
    # "en France" now read as the EEA, its own example changed to match: the lexicon passes,
    # the rule example that expects FR must fail when the folder's lexicons are used.
    text = zones.read_text(encoding="utf-8")
    text = text.replace('      - "en\\\\s+france(?:\\\\s+metropolitaine)?"\n', "")
    text = text.replace(
        '      - "eee"\n', '      - "eee"\n      - "en\\\\s+france(?:\\\\s+metropolitaine)?"\n'
    )
    text = text.replace(
        '    - text: "stockées en France"\n      values: [FR]',
        '    - text: "stockées en France"\n      values: [EEA]',
    )
    zones.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "test", "--patterns", str(root), "--no-spacy"])
    assert result.exit_code == 1, result.output
    assert "FAIL gdpr.data_location.fr: zone: expected 'FR', read 'EEA'" in result.output
    assert "FAIL zones" not in result.output


def test_a_folder_of_rules_without_lexicons_uses_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    source = next(r for r in RULES if r.id == "insurance.rc_pro.fr")
    shutil.copy(source.path, tmp_path / "rules")
    ruleset = load_rules(tmp_path)
    assert set(ruleset.lexicons) == {p.stem for p in lexicon_files()}


def test_a_typo_in_an_example_value_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tenderguard.cli import main

    root = _own_patterns(tmp_path)
    rule = root / "rules" / "insurance.rc_pro.fr.yaml"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text.replace("values: {amount: 2000000,", "values: {amout: 2000000,"), "utf-8")
    result = CliRunner().invoke(main, ["rules", "test", "--patterns", str(root), "--no-spacy"])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "insurance.rc_pro.fr.yaml: examples.match[0].values: unknown key 'amout'" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda raw: raw["entries"][0].update(valeur="x"), "entries[0]: unknown key 'valeur'"),
        (lambda raw: raw["entries"][0].update(patterns="one"), "entries[0].patterns: expected"),
        (lambda raw: raw["examples"].update(no_match=[]), "examples.no_match: [] should be"),
        (lambda raw: raw["examples"]["match"][0].pop("values"), "'values' is a required"),
    ],
)
def test_a_lexicon_is_checked_against_its_schema(tmp_path: Path, edit, problem: str) -> None:
    source = next(p for p in lexicon_files() if p.stem == "zones")
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "zones.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        read_lexicon(path)
    assert any(problem in p for p in caught.value.problems), caught.value.problems


def test_a_provider_is_compared_by_the_name_the_lexicon_gives_it() -> None:
    """A key's « 3DS Outscale » is the host the lexicon calls « Outscale »; another host stays
    another."""
    from tenderguard.models import Values
    from tenderguard.rules.harness import value_mismatches

    read = Values(providers=("OVHcloud", "Outscale"))
    assert value_mismatches({"providers": ["OVHcloud", "3DS Outscale"]}, read) == []
    assert value_mismatches({"providers": ["OVHcloud", "Scaleway"]}, read)


def test_a_key_counting_business_days_names_the_days_read_in_business_days() -> None:
    """« business_days: 10 » in a key is ten days counted in business days; `true` is the
    flag alone, as the rules' own examples write it."""
    from tenderguard.models import Values
    from tenderguard.rules.harness import value_mismatches

    assert value_mismatches({"business_days": 10}, Values(days=10, business_days=True)) == []
    assert value_mismatches({"business_days": 10}, Values(days=10, business_days=False))
    assert value_mismatches({"business_days": 10}, Values(days=5, business_days=True))
    assert value_mismatches({"business_days": True}, Values(days=5, business_days=True)) == []
