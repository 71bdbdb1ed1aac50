"""Measures detection against hand-written expected requirements (samples/expected/*.yaml).

An expected file lists, for one set of inputs, each place a demand is written: kind, piece
(file name), clause, and the values the text states. A detected requirement counts once for
each place it cites. Precision and recall are computed per kind over these (kind, piece,
clause) triples; values are compared only where the expected file states them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from tenderguard.api import check
from tenderguard.models import Money, Requirement, Source
from tenderguard.rules.harness import value_mismatches
from tenderguard.rules.loader import RuleSet

Place = tuple[str, str, str]  # kind, piece file name, clause
OUTPUT_FIELDS = frozenset(
    [
        "amount",
        "currency",
        "basis",
        "sublimits",
        "damages",
        "hours",
        "days",
        "business_days",
        "percent",
        "zone",
        "providers",
        "moment",
        "multiple",
        "per",
        "formula",
        "reference",
        "cover",
    ]
)


@dataclass
class KindScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0


@dataclass
class Evaluation:
    per_kind: dict[str, KindScore] = field(default_factory=lambda: defaultdict(KindScore))
    values_checked: int = 0
    value_errors: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def total(self) -> KindScore:
        score = KindScore()
        for s in self.per_kind.values():
            score.true_positives += s.true_positives
            score.false_positives += s.false_positives
            score.false_negatives += s.false_negatives
        return score

    @property
    def value_accuracy(self) -> float:
        if not self.values_checked:
            return 1.0
        return 1 - len(self.value_errors) / self.values_checked

    def miss(self, kind: str, what: str) -> None:
        self.per_kind[kind].false_negatives += 1
        self.misses.append(what)

    def false_demand(self, kind: str, what: str) -> None:
        self.per_kind[kind].false_positives += 1
        self.false_positives.append(what)

    def add(self, other: Evaluation) -> None:
        for kind, s in other.per_kind.items():
            mine = self.per_kind[kind]
            mine.true_positives += s.true_positives
            mine.false_positives += s.false_positives
            mine.false_negatives += s.false_negatives
        self.values_checked += other.values_checked
        self.value_errors += other.value_errors
        self.false_positives += other.false_positives
        self.misses += other.misses


def _file_name(path: str) -> str:
    return path.rsplit("!/", 1)[-1].replace("\\", "/").rsplit("/", 1)[-1]


def _clause(written: object) -> str:
    """The clause of an expected place; null for a demand written in no numbered clause."""
    return "" if written is None else str(written)


def _places(requirements: Iterable[Requirement]) -> dict[Place, Requirement]:
    places: dict[Place, Requirement] = {}
    for req in requirements:
        for source in req.sources:
            places.setdefault((req.kind, _file_name(source.path), source.clause or ""), req)
    return places


def _expected_places(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(piece, clause) of an expected demand and of the places listed as restating it."""
    first = (item["piece"], _clause(item["clause"]))
    also = [(a.get("piece", item["piece"]), _clause(a.get("clause"))) for a in item.get("also", [])]
    return [first, *also]


def _expected_pages(item: dict[str, Any]) -> list[int | None]:
    """The pages of the places of `_expected_places`, in the same order (None: not given)."""
    return [item.get("page"), *(a.get("page") for a in item.get("also", []))]


_BRACKETS_AND_SPACES = re.compile(r"[(),\s]+")
# A dot beside a letter in a path of a plan, « II.B.2.a » as « II B 2 a »; not the dot of
# « 9.2 », which is no « 9 2 » (the second paragraph of article 9).
_DOT_OF_PATH = re.compile(r"(?<=[A-Za-z])\.(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])\.(?=[A-Za-z])")


def canonical_place(label: str) -> str:
    """A clause or heading as its reader names it, whatever the typography: "7(c)(i)" and
    "7 c i", "3.2.2(b)" and "3.2.2 b", "Annexe 2, 6.1" and "Annexe 2 6.1", "🏗️ Hébergement" and
    "Hébergement", "Attestation¹" (a footnote's call) and "Attestation", "II.B.2.a" and
    "II B 2 a", "7 Alinéa 2" and "7 al. 2", "12 § 1er" and "12 §1", "§ 5 (1)" and "5 (1)" are one
    place."""
    kept = "".join(
        c
        for c in unicodedata.normalize("NFC", label)
        if unicodedata.category(c) not in ("So", "Sk", "Mn", "Cf", "No")
    )
    kept = _PARAGRAPH_SIGN.sub(r" \1", _ALINEA.sub("al ", kept))
    return _BRACKETS_AND_SPACES.sub(" ", _DOT_OF_PATH.sub(" ", kept)).strip().casefold()


# « § 1er », « §1 », « § 1 »: a paragraph of a Belgian or German article ("§ 5 (1)" names
# the section its document numbers in paragraphs, as « Art. 5 » names article 5)
_PARAGRAPH_SIGN = re.compile(r"§\s*(\d+)(?:er|re)?\b")
# « 7 Alinéa 2 », « 7 al. 2 »: one way of citing an article's paragraph, spelt out or not
_ALINEA = re.compile(r"\b(?:alin[ée]a|al\.)\s*(?=\d)", re.IGNORECASE)


def _cites(source: Source, piece: str, clause: str, page: int | None = None) -> bool:
    """A citation names a place: same file and clause; a section without a number is named by
    its heading. `page` lets a paragraph of an annex named by its own number ("1.1" on page 6)
    be the one cited with its annex ("Schedule 3 1.1", page 6); in a document without pages,
    the annex's paragraph named alone is the one cited with its annex."""
    if _file_name(source.path) != piece:
        return False
    wanted = canonical_place(clause)
    if source.clause:
        cited = canonical_place(source.clause)
        if wanted == cited or _point_of(cited, wanted) or (not wanted and _LETTER.fullmatch(cited)):
            return True  # (an e-mail's point « c) », a chat's message « 09:18 » are in a body
            # that has no number)
        in_annex = _ANNEX_PREFIX.match(cited)
        # (a document without pages, a DOCX, an e-mail, names the place by the annex's
        # paragraph alone: its page cannot tell it from the body's)
        return bool(
            in_annex
            and wanted
            and source.page == page
            and (cited[in_annex.end() :] == wanted or _point_of(cited[in_annex.end() :], wanted))
        )
    return wanted in ("", canonical_place(source.heading or ""))


# "schedule 3 " of "Schedule 3 1.1": an annex that numbers its paragraphs afresh.
_ANNEX_PREFIX = re.compile(r"^(?:annexe?|appendix|appendice|schedule|exhibit|attachment) \S+ ")


def _quotes_row(req: Requirement, piece: str, clause: str) -> bool:
    """A row of a table without a reference of its own is named by its first cell
    ("Responsabilité civile professionnelle | 2 000 000 € …" in article 12.2), or by the label
    opening that cell ("RC professionnelle — 2 000 000 € …"): the requirement names it when it
    quotes that row."""
    first_cell, bar, _ = req.text.partition(" | ")
    label = _CELL_LABEL.match(first_cell)
    return (
        bool(bar and clause)
        and _file_name(req.sources[0].path) == piece
        and canonical_place(clause)
        in (canonical_place(first_cell), canonical_place(label.group(1) if label else ""))
    )


# "RC professionnelle — 2 000 000 € par sinistre…", « RC exploitation (CCAP art. 9.2)
# Assurance… »: the label opening a cell (in bold, where the page shows it), which names its
# row as the whole cell would
_CELL_LABEL = re.compile(r"^(.{1,60}?)\s+(?:[—–]\s+\S|\()")


# A letter or a roman numeral of a point: "c", "ii"
_LETTERED = r"[a-z]|i{1,3}|iv|vi{0,3}|ix|x"
# What a point of a list adds to its clause's number: "(a)", "b", "(ii)", "2°", "(3)".
_POINT_MARKS = re.compile(rf"(?: (?:{_LETTERED}|\d{{1,2}}°?))+")


# A lettered or roman point alone: "c", "(ii)", canonical; or a message of a chat or a
# transcript named by its time, "09:18"
_LETTER = re.compile(rf"{_LETTERED}|\d{{1,2}}[:h]\d{{2}}(?::\d{{2}})?")


def _point_of(cited: str, wanted: str) -> bool:
    """Whether a citation names a point of the clause wanted: "12.1(a)" is in 12.1. A citation
    more precise than the place wanted still names it; "9.2" is another article than "9"."""
    return (
        bool(wanted)
        and cited.startswith(wanted)
        and bool(_POINT_MARKS.fullmatch(cited[len(wanted) :]))
    )


def _score_values(
    evaluation: Evaluation, name: str, place: Place, item: dict[str, Any], req: Requirement
) -> None:
    # Only the fields of the output vocabulary are compared; a gold file may note others.
    wanted = {k: v for k, v in (item.get("values") or {}).items() if k in OUTPUT_FIELDS}
    if wanted.get("per") == "day" and req.values.per == "business_day":
        # The keys write `per: day` for calendar and working days alike, the kind of day in a
        # comment: a penalty per working day is one per day in their words.
        wanted["per"] = "business_day"
    problems = value_mismatches(wanted, req.values)
    if bool(item.get("recommended", False)) != req.recommended:
        problems.append(f"recommended: expected {item.get('recommended', False)}")
    evaluation.values_checked += len(wanted) + 1
    evaluation.value_errors += [f"{name}: {place}: {p}" for p in problems]


def _score_by_places(
    evaluation: Evaluation, name: str, spec: dict[str, Any], requirements: Sequence[Requirement]
) -> None:
    """Every place a requirement cites counts once, whether it is its main citation or not."""
    detected = _places(requirements)
    expected: dict[Place, dict[str, Any]] = {}
    for item in spec["requirements"]:
        for piece, clause in _expected_places(item):
            expected[(item["kind"], piece, clause)] = item
    for place, item in expected.items():
        req = detected.get(place)
        if req is None:
            evaluation.miss(place[0], f"{name}: {place}")
            continue
        evaluation.per_kind[place[0]].true_positives += 1
        if _cites(req.sources[0], place[1], place[2]):
            _score_values(evaluation, name, place, item, req)  # values are the main statement's
    for place in detected.keys() - expected.keys():
        evaluation.false_demand(place[0], f"{name}: {place}")


def _score_by_main_citation(
    evaluation: Evaluation, name: str, spec: dict[str, Any], requirements: Sequence[Requirement]
) -> None:
    """Clause level: an expected demand is found when a requirement of its kind cites its
    clause (or a place listed as restating it) as its main citation; each requirement is
    matched once, and one left unmatched is a false demand."""
    unmatched = list(requirements)
    for item in spec["requirements"]:
        kind = item["kind"]
        places = _expected_places(item)
        pages = _expected_pages(item)
        place = (kind, *places[0])
        req = next(
            (
                r
                for r in unmatched
                if r.kind == kind
                and any(
                    _cites(r.sources[0], p, c, page) or _quotes_row(r, p, c)
                    for (p, c), page in zip(places, pages, strict=True)
                )
            ),
            None,
        )
        if req is None:
            evaluation.miss(kind, f"{name}: {place}")
            continue
        unmatched.remove(req)
        evaluation.per_kind[kind].true_positives += 1
        _score_values(evaluation, name, place, item, req)
    for req in unmatched:
        main = req.sources[0]
        clause = main.clause or main.heading or ""
        place = (req.kind, _file_name(main.path), clause)
        evaluation.false_demand(req.kind, f"{name}: {place} p.{main.page}: {req.text[:90]}")


def evaluate_file(
    expected_path: Path,
    ruleset: RuleSet,
    *,
    main_citation: bool = False,
    inputs_root: Path | None = None,
) -> Evaluation:
    """Runs the check on the inputs an expected file names and compares. `inputs_root` is the
    folder the inputs are named from (by default the folder above the expected file's)."""
    spec = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    root = inputs_root or expected_path.parent.parent
    result = check([root / name for name in spec["inputs"]], ruleset=ruleset)
    evaluation = Evaluation()
    score = _score_by_main_citation if main_citation else _score_by_places
    score(evaluation, expected_path.name, spec, result.requirements)
    return evaluation


def evaluate_samples(
    expected_dir: Path,
    ruleset: RuleSet,
    *,
    main_citation: bool = False,
    inputs_root: Path | None = None,
) -> Evaluation:
    total = Evaluation()
    for path in sorted(expected_dir.glob("*.yaml")):
        total.add(
            evaluate_file(path, ruleset, main_citation=main_citation, inputs_root=inputs_root)
        )
    return total


def report(evaluation: Evaluation) -> str:
    """A table of precision and recall per kind, then the misses and false demands."""
    lines = [f"{'kind':<34} {'TP':>4} {'FP':>4} {'FN':>4} {'prec':>6} {'recall':>6}"]
    for kind in sorted(evaluation.per_kind):
        s = evaluation.per_kind[kind]
        lines.append(
            f"{kind:<34} {s.true_positives:>4} {s.false_positives:>4} "
            f"{s.false_negatives:>4} {s.precision:>6.2f} {s.recall:>6.2f}"
        )
    t = evaluation.total()
    lines.append(
        f"{'TOTAL':<34} {t.true_positives:>4} {t.false_positives:>4} "
        f"{t.false_negatives:>4} {t.precision:>6.2f} {t.recall:>6.2f}  F1 {t.f1:.2f}"
    )
    lines.append(
        f"values: {evaluation.values_checked} checked, accuracy {evaluation.value_accuracy:.3f}"
    )
    lines += ["", "misses:"] + [f"  {m}" for m in evaluation.misses]
    lines += ["false demands:"] + [f"  {m}" for m in evaluation.false_positives]
    lines += ["value errors:"] + [f"  {m}" for m in evaluation.value_errors]
    return "\n".join(lines)


@dataclass
class FieldScore:
    """Certificate fields compared with their hand-written values."""

    checked: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return 1 - len(self.errors) / self.checked if self.checked else 1.0

    def report(self, title: str) -> str:
        """ "verdicts: 13/21 = 0.619", then every error on a line of its own."""
        right = self.checked - len(self.errors)
        lines = [f"{title}: {right}/{self.checked} = {self.accuracy:.3f}"]
        return "\n".join(lines + [f"  {error}" for error in self.errors])


def _same_value(expected: Any, actual: Any) -> bool:
    if isinstance(expected, int | float) and not isinstance(expected, bool):
        return actual is not None and Decimal(str(expected)) == Decimal(actual)
    return bool(expected == actual)


def _money_value(money: Money | None) -> Decimal | None:
    return None if money is None else money.value


def evaluate_certificate_file(expected_path: Path) -> FieldScore:
    """Reads the certificate an expected file names and compares every value it lists."""
    from tenderguard.certificates import read_certificate

    spec = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    cert = read_certificate(expected_path.parent.parent / spec["certificate"])
    score = FieldScore()
    name = expected_path.name

    def compare(what: str, expected: Any, actual: Any) -> None:
        score.checked += 1
        if not _same_value(expected, actual):
            score.errors.append(f"{name}: {what}: expected {expected!r}, read {actual!r}")

    for key, expected in spec.get("fields", {}).items():
        read = getattr(cert, key)
        compare(key, expected, list(read) if isinstance(read, tuple) else read)
    remaining = list(cert.coverages)
    for item in spec.get("coverages", []):
        coverage = next((c for c in remaining if c.kind == item["kind"]), None)
        if coverage is not None:
            remaining.remove(coverage)
        for key, expected in item.items():
            if key == "kind":
                continue
            actual: Any = None
            if coverage is not None:
                if key == "amount":
                    actual = _money_value(coverage.amount)
                elif key == "currency":
                    actual = coverage.amount.currency if coverage.amount else None
                elif key == "deductible":
                    actual = _money_value(coverage.deductible)
                elif key == "aggregate":
                    actual = _money_value(coverage.aggregate)
                elif key == "sublimits":
                    actual = [
                        {"label": s.label, "amount": s.amount.value} for s in coverage.sublimits
                    ]
                    expected = [
                        {"label": s["label"], "amount": Decimal(str(s["amount"]))} for s in expected
                    ]
                else:
                    value = getattr(coverage, key)
                    actual = list(value) if isinstance(value, tuple) else value
            compare(f"{item['kind']}.{key}", expected, actual)
    return score


def evaluate_certificates(expected_dir: Path, with_ocr: bool = True) -> FieldScore:
    """All expected certificates; scans (`ocr: true`) only when `with_ocr`."""
    total = FieldScore()
    for path in sorted(expected_dir.glob("*.yaml")):
        if not with_ocr and yaml.safe_load(path.read_text(encoding="utf-8")).get("ocr"):
            continue
        score = evaluate_certificate_file(path)
        total.checked += score.checked
        total.errors += score.errors
    return total


def evaluate_verdict_file(expected_path: Path, ruleset: RuleSet) -> FieldScore:
    """Checks the tender against the certificates an expected file names, compares statuses."""
    from tenderguard.api import check_against

    spec = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    root = expected_path.parent.parent
    result = check_against(
        [root / p for p in spec["tender"]],
        [root / p for p in spec["certificates"]],
        on=spec["date"],
        profile=root / spec["profile"] if spec.get("profile") else None,
        ruleset=ruleset,
    )
    status = {v.requirement: v.status for v in result.verdicts}
    places = _places(result.requirements)
    score = FieldScore()
    for item in spec["verdicts"]:
        place = (item["kind"], item["piece"], _clause(item["clause"]))
        req = places.get(place)
        got = status.get(req.id) if req else "(no such requirement)"
        score.checked += 1
        if got != item["status"]:
            score.errors.append(
                f"{expected_path.name}: {place}: expected {item['status']}, got {got}"
            )
    return score


def evaluate_verdicts(expected_dir: Path, ruleset: RuleSet) -> FieldScore:
    total = FieldScore()
    for path in sorted(expected_dir.glob("*.yaml")):
        score = evaluate_verdict_file(path, ruleset)
        total.checked += score.checked
        total.errors += score.errors
    return total


def folder_report(
    root: Path, ruleset: RuleSet, *, requirements: bool = True, main_citation: bool = False
) -> str:
    """Every measure of a folder laid out like samples/: requirements (expected/), certificate
    fields (expected_certificates/, scans only with tesseract) and verdicts
    (expected_verdicts/), each with its errors; a part without its folder is left out."""
    from tenderguard.parsing.ocr import available as tesseract_available

    parts = []
    if requirements and (root / "expected").is_dir():
        evaluation = evaluate_samples(root / "expected", ruleset, main_citation=main_citation)
        parts.append(report(evaluation))
    if (root / "expected_certificates").is_dir():
        with_ocr = tesseract_available()
        if not with_ocr:
            parts.append("tesseract not installed: the scanned certificates are left out")
        fields = evaluate_certificates(root / "expected_certificates", with_ocr)
        parts.append(fields.report("certificate fields"))
    if (root / "expected_verdicts").is_dir():
        parts.append(evaluate_verdicts(root / "expected_verdicts", ruleset).report("verdicts"))
    return "\n".join(parts)
