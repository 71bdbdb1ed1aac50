"""Recall and false demands of the English rules on CUAD v1 (lawyer-annotated contract excerpts).

    python benchmarks/bench_cuad.py [--csv PATH] [--show-misses N] [--whole]

- recall on "Insurance" excerpts: share of excerpts that yield an insurance.* requirement;
- recall on "Cap On Liability" excerpts: share that yield contract.liability_cap;
- false demands: share of excerpts of unrelated categories (Governing Law, Non-Compete, ...)
  that yield any requirement at all.
Targets: recall >= 0.85 on both, false demands <= 5 %.

`--whole` lays all the annotated excerpts of one contract out as one document, in the order of
the categories, each a paragraph, and runs the whole pipeline (segmenting, detecting, merging):
an excerpt counts as found when a requirement of the right kind quotes it, and as a false
demand when an excerpt of an unrelated category is quoted by any requirement. Targets: recall
>= 0.90 on both, false demands <= 2 %.
"""

from __future__ import annotations

import argparse
import ast
import csv
import sys
import time
from pathlib import Path

from tenderguard.detect import detect_piece, detect_text
from tenderguard.merge import merge
from tenderguard.models import Block, BlockKind, Piece, PieceKind, Requirement
from tenderguard.rules import default_rules
from tenderguard.rules.loader import RuleSet

DEFAULT_CSV = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "cuad" / "master_clauses.csv"
)
UNRELATED = [
    "Governing Law",
    "Most Favored Nation",
    "Competitive Restriction Exception",
    "Non-Compete",
    "Exclusivity",
    "No-Solicit Of Customers",
    "No-Solicit Of Employees",
    "Non-Disparagement",
    "Termination For Convenience",
    "Rofr/Rofo/Rofn",
    "Change Of Control",
    "Anti-Assignment",
    "Revenue/Profit Sharing",
    "Price Restrictions",
    "Minimum Commitment",
    "Volume Restriction",
    "Ip Ownership Assignment",
    "Joint Ip Ownership",
    "License Grant",
    "Non-Transferable License",
    "Affiliate License-Licensor",
    "Affiliate License-Licensee",
    "Unlimited/All-You-Can-Eat-License",
    "Irrevocable Or Perpetual License",
    "Source Code Escrow",
    "Warranty Duration",
    "Covenant Not To Sue",
    "Third Party Beneficiary",
    "Renewal Term",
    "Notice Period To Terminate Renewal",
]
# Related to a kind of the tool without being its target: reported apart, not counted.
RELATED = ["Audit Rights", "Liquidated Damages", "Post-Termination Services", "Uncapped Liability"]


def excerpts(csv_path: Path, category: str) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    out: list[str] = []
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                out += [str(x) for x in ast.literal_eval(row[category] or "[]")]
            except (ValueError, SyntaxError):
                continue
    return out


def contracts(csv_path: Path) -> list[list[tuple[str, str]]]:
    """Each contract as its (category, excerpt) pairs, in the order of the CSV's columns."""
    csv.field_size_limit(sys.maxsize)
    out = []
    with csv_path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            pairs: list[tuple[str, str]] = []
            for column, cell in row.items():
                if column in ("Filename", "Document Name") or column.endswith("-Answer"):
                    continue
                try:
                    items = ast.literal_eval(cell or "[]")
                except (ValueError, SyntaxError):
                    continue
                pairs += [(column, str(text)) for text in items if str(text).strip()]
            out.append(list(dict.fromkeys(pairs)))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _quotes(requirement: Requirement, excerpt: str) -> bool:
    """The requirement's quoted sentence is part of the excerpt, or the excerpt of it."""
    quoted, flat = _flat(requirement.text), _flat(excerpt)
    return quoted[:80] in flat or flat[:80] in quoted


def whole_contracts(csv_path: Path, ruleset: RuleSet, show: int) -> bool:
    """The excerpts of each contract read as one document; see the module's docstring."""
    found = {"Insurance": [0, 0], "Cap On Liability": [0, 0]}
    wanted = {"Insurance": "insurance.", "Cap On Liability": "contract.liability_cap"}
    flagged = unrelated = 0
    misses: list[str] = []
    for pairs in contracts(csv_path):
        blocks = tuple(Block(text, None, BlockKind.PARAGRAPH) for _, text in pairs)
        piece = Piece("contract.txt", "", PieceKind.CONTRACT, "txt", None, blocks)
        requirements = merge(detect_piece(piece, ruleset), [piece.path])
        for category, text in pairs:
            quoting = [r for r in requirements if _quotes(r, text)]
            if category in found:
                hit = any(r.kind.startswith(wanted[category]) for r in quoting)
                found[category][0] += hit
                found[category][1] += 1
                if not hit:
                    misses.append(f"{category}: {' '.join(text.split())[:200]}")
            elif category in UNRELATED:
                unrelated += 1
                flagged += bool(quoting)
    ok = True
    for category, (hits, total) in found.items():
        recall = hits / total
        ok &= recall >= 0.90
        print(f"whole contracts: recall {category:<18} {recall:.3f}  ({hits}/{total})")
    rate = flagged / unrelated
    ok &= rate <= 0.02
    print(f"whole contracts: false demands {rate:.3%} ({flagged}/{unrelated})")
    for line in misses[:show]:
        print("   MISS:", line)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--whole", action="store_true", help="whole contracts, see above")
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"CUAD not found at {args.csv}: give --csv", file=sys.stderr)
        return 2
    ruleset = default_rules()
    started = time.perf_counter()
    if args.whole:
        ok = whole_contracts(args.csv, ruleset, args.show_misses)
        print(f"time: {time.perf_counter() - started:.1f} s")
        print("targets met" if ok else "targets NOT met")
        return 0 if ok else 1

    def kinds_of(text: str) -> set[str]:
        return {f.kind for f in detect_text(text, ruleset, "en")}

    print(f"CUAD: {args.csv}")
    ok = True
    for category, wanted in (
        ("Insurance", "insurance."),
        ("Cap On Liability", "contract.liability_cap"),
    ):
        items = excerpts(args.csv, category)
        missed = [t for t in items if not any(k.startswith(wanted) for k in kinds_of(t))]
        recall = 1 - len(missed) / len(items)
        ok &= recall >= 0.85
        print(f"recall {category:<18} {recall:.3f}  ({len(items) - len(missed)}/{len(items)})")
        for text in missed[: args.show_misses]:
            print("   MISS:", " ".join(text.split())[:300])
    flagged = total = 0
    by_category = []
    for category in UNRELATED:
        items = excerpts(args.csv, category)
        hits = [(t, kinds_of(t)) for t in items]
        bad = [(t, k) for t, k in hits if k]
        flagged += len(bad)
        total += len(items)
        by_category.append((category, len(bad), len(items), bad))
    rate = flagged / total
    ok &= rate <= 0.05
    print(f"false demands on {len(UNRELATED)} unrelated categories: {rate:.3%} ({flagged}/{total})")
    for category, n, size, bad in sorted(by_category, key=lambda c: -c[1]):
        if n:
            print(f"   {category:<36} {n}/{size}")
            for text, kinds in bad[: args.show_misses]:
                print(f"      {sorted(kinds)}: {' '.join(text.split())[:200]}")
    for category in RELATED:
        items = excerpts(args.csv, category)
        counts: dict[str, int] = {}
        for text in items:
            for kind in kinds_of(text):
                counts[kind] = counts.get(kind, 0) + 1
        top = ", ".join(f"{k} {n}" for k, n in sorted(counts.items(), key=lambda x: -x[1])[:4])
        print(f"related {category:<26} {len(items):>4} excerpts: {top or 'nothing'}")
    print(f"time: {time.perf_counter() - started:.1f} s")
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
