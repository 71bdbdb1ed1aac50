"""Notice-by-notice recall and false demands on real French procurement notices (TED).

    python benchmarks/bench_ted.py [--notices PATH] [--labels PATH] [--show N]

The notices (../shared/corpus/ted/notices.jsonl) were written by real buyers; the labels
(benchmarks/labels/ted.jsonl) say, for the notices read by hand, which kinds each demands of the
bidder and which mentions only look like demands. Each notice is read as one document whose
sections are headings. Measured:
- insurance recall: notices demanding any insurance that yield an insurance requirement;
- recall and precision of each labelled kind, notice by notice;
- false demands: notices demanding nothing that yield any requirement.
Targets: insurance recall >= 0.97, recall >= 0.95 for rc_pro, liability, certificate and
subcontractors, false demands <= 1 %.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from tenderguard.detect import detect_piece
from tenderguard.merge import merge
from tenderguard.models import Block, BlockKind, Piece, PieceKind
from tenderguard.rules import default_rules

HERE = Path(__file__).resolve().parent
DEFAULT_NOTICES = HERE.parents[1] / "shared" / "corpus" / "ted" / "notices.jsonl"
DEFAULT_LABELS = HERE / "labels" / "ted.jsonl"
TOLD_APART = (
    "insurance.rc_pro",
    "insurance.liability",
    "insurance.certificate",
    "insurance.subcontractors",
)


def notice_piece(notice: dict[str, object]) -> Piece:
    """A notice as a document: its title, then each section under a heading of its name."""
    blocks = [Block(str(notice["title"]), None, BlockKind.HEADING, level=1)]
    sections = notice["sections"]
    assert isinstance(sections, dict)
    for name, text in sections.items():
        blocks.append(Block(name, None, BlockKind.HEADING, level=2))
        blocks += [Block(line, None, BlockKind.PARAGRAPH) for line in text.split("\n") if line]
    return Piece(str(notice["notice"]), "", PieceKind.OTHER, "txt", None, tuple(blocks))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=Path, default=DEFAULT_NOTICES)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--show", type=int, default=10, help="misses and false demands shown")
    args = parser.parse_args()
    if not args.notices.exists():
        print(f"TED notices not found at {args.notices}: give --notices", file=sys.stderr)
        return 2
    labels = {
        label["notice"]: label
        for label in map(json.loads, args.labels.read_text(encoding="utf-8").splitlines())
    }
    notices = [
        n
        for n in map(json.loads, args.notices.read_text(encoding="utf-8").splitlines())
        if n["notice"] in labels
    ]
    ruleset = default_rules()
    expected_kinds: Counter[str] = Counter()
    found_kinds: Counter[str] = Counter()
    true_kinds: Counter[str] = Counter()
    insurance = insurance_found = quiet = quiet_flagged = 0
    misses: list[str] = []
    false: list[str] = []
    for notice in notices:
        piece = notice_piece(notice)
        requirements = merge(detect_piece(piece, ruleset), [piece.path])
        got = {r.kind for r in requirements}
        wanted = set(labels[notice["notice"]]["demands"])
        expected_kinds.update(wanted)
        found_kinds.update(got)
        true_kinds.update(wanted & got)
        if any(k.startswith("insurance.") for k in wanted):
            insurance += 1
            insurance_found += any(k.startswith("insurance.") for k in got)
        if not wanted:
            quiet += 1
            if got:
                quiet_flagged += 1
                first = next(iter(requirements))
                false.append(f"{notice['notice']}: {sorted(got)}: {first.text[:160]}")
        if wanted - got:
            misses.append(f"{notice['notice']}: missed {sorted(wanted - got)}")
        if got - wanted and wanted:
            false.append(f"{notice['notice']}: extra {sorted(got - wanted)}")
    print(f"notices labelled: {len(notices)}, with a demand: {len(notices) - quiet}")
    recall = insurance_found / insurance if insurance else 1.0
    print(f"insurance recall: {recall:.3f} ({insurance_found}/{insurance})")
    ok = recall >= 0.97
    print(f"{'kind':<30} {'labelled':>8} {'found':>6} {'right':>6} {'recall':>7} {'prec':>6}")
    for kind in sorted(expected_kinds | found_kinds):
        n, f, t = expected_kinds[kind], found_kinds[kind], true_kinds[kind]
        kind_recall = t / n if n else 1.0
        if kind in TOLD_APART:
            ok &= kind_recall >= 0.95
        precision = t / f if f else 1.0
        print(f"{kind:<30} {n:>8} {f:>6} {t:>6} {kind_recall:>7.2f} {precision:>6.2f}")
    rate = quiet_flagged / quiet if quiet else 0.0
    ok &= rate <= 0.01
    print(f"false demands on notices demanding nothing: {rate:.2%} ({quiet_flagged}/{quiet})")
    for line in (misses + false)[: args.show]:
        print("  ", line)
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
