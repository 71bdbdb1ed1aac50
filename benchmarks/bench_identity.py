"""How near in wording restatements of one demand are, against distinct demands of one kind.

    python benchmarks/bench_identity.py [GOLD_DIR:INPUTS_DIR ...]

For each hand-gold file (default: benchmarks/gold/real against the real corpus, and
samples/batch_demands), the pieces are
read and cut into demands clause by clause (merge._demands_of_clauses). Each statement (an
obligation, recommendation or reference) is placed on the gold entry whose place it stands at
(its clause, or one listed under `also`). Every pair of statements of one kind whose values
agree is then a restatement (same gold entry) or two distinct demands (two entries). The table
gives, for each similarity threshold, how many pairs of each sort would be merged: the
threshold of merge.RESTATED_SIMILARITY is chosen from it.

CUAD adds distinct demands: in each contract, two statements of one kind that quote two
different lawyer-annotated Insurance or Cap On Liability excerpts.

Last, for each kind, how many pieces of the hand gold (real corpus and every
samples/batch_demands*) demand it once and how many several times: the kinds a piece states
once (kinds.Kind.one_per_piece) are chosen from it.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from tenderguard.detect import detect_piece
from tenderguard.evaluate import _cites, _expected_places
from tenderguard.inputs import load_inputs
from tenderguard.kinds import KINDS
from tenderguard.merge import _demands_of_clauses, agree, similarity
from tenderguard.models import Source
from tenderguard.rules import default_rules
from tenderguard.segment import segment

HERE = Path(__file__).resolve().parent
DEFAULT = [
    (HERE / "gold" / "real", HERE.parents[1] / "shared" / "corpus" / "real"),
    (
        HERE.parent / "samples" / "batch_demands" / "expected",
        HERE.parent / "samples" / "batch_demands",
    ),
]


def _entry(kind: str, source: Source, spec: dict[str, Any]) -> int | None:
    for index, item in enumerate(spec["requirements"]):
        if item["kind"] == kind and any(
            _cites(source, piece, clause) for piece, clause in _expected_places(item)
        ):
            return index
    return None


def pairs(gold: Path, inputs: Path) -> list[tuple[float, bool]]:
    """(similarity, restatement?) of every pair of placed statements with agreeing values."""
    ruleset = default_rules()
    out: list[tuple[float, bool]] = []
    for path in sorted(gold.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        loaded = load_inputs([inputs / name for name in spec["inputs"]])
        findings = [f for p in loaded.pieces for f in detect_piece(p, ruleset, segment(p))]
        placed = []
        for demand in _demands_of_clauses(findings):
            if demand.bare:
                continue
            main = demand.main
            clause = main.clause
            source = Source(
                clause.piece.path, clause.piece.kind, main.page, clause.number, clause.heading
            )
            entry = _entry(demand.kind, source, spec)
            if entry is not None:
                placed.append((demand, entry))
        for (a, ea), (b, eb) in combinations(placed, 2):
            if a.kind == b.kind and agree(a.values, b.values):
                out.append((similarity(a.main.sentence, b.main.sentence), ea == eb))
    return out


def cuad_pairs() -> list[tuple[float, bool]]:
    """(similarity, False) of every pair of statements quoting two different excerpts."""
    sys.path.insert(0, str(HERE))
    from bench_cuad import DEFAULT_CSV, _flat, contracts
    from tenderguard.models import Block, BlockKind, Piece, PieceKind

    if not DEFAULT_CSV.exists():
        return []
    ruleset = default_rules()
    out: list[tuple[float, bool]] = []
    for excerpts in contracts(DEFAULT_CSV):
        blocks = tuple(Block(t, None, BlockKind.PARAGRAPH) for _, t in excerpts)
        piece = Piece("contract.txt", "", PieceKind.CONTRACT, "txt", None, blocks)
        wanted = [_flat(t) for c, t in excerpts if c in ("Insurance", "Cap On Liability")]
        placed = []
        for demand in _demands_of_clauses(detect_piece(piece, ruleset)):
            quoted = _flat(demand.main.sentence)[:80]
            where = next((i for i, t in enumerate(wanted) if quoted in t), None)
            if not demand.bare and where is not None:
                placed.append((demand, where))
        for (a, ea), (b, eb) in combinations(placed, 2):
            if a.kind == b.kind and ea != eb and agree(a.values, b.values):
                out.append((similarity(a.main.sentence, b.main.sentence), False))
    return out


def once_per_piece() -> None:
    """Pieces demanding each kind once or several times, in every hand gold."""
    files = sorted((HERE / "gold" / "real").glob("*.yaml"))
    files += sorted((HERE.parent / "samples").glob("batch_demands*/expected/*.yaml"))
    pieces: Counter[str] = Counter()
    several: Counter[str] = Counter()
    for path in files:
        expected = yaml.safe_load(path.read_text(encoding="utf-8"))
        counts = Counter((r["kind"], r["piece"]) for r in expected["requirements"])
        for (kind, _), n in counts.items():
            pieces[kind] += 1
            several[kind] += n > 1
    print(f"\n{'kind':35} {'pieces':>6} {'several':>7} {'once':>5}  one_per_piece")
    for kind in sorted(pieces):
        once = 1 - several[kind] / pieces[kind]
        flag = "yes" if kind in KINDS and KINDS[kind].one_per_piece else ""
        print(f"{kind:35} {pieces[kind]:>6} {several[kind]:>7} {once:>5.2f}  {flag}")
    chosen = [k for k in pieces if k in KINDS and KINDS[k].one_per_piece]
    total = sum(pieces[k] for k in chosen)
    print(f"kinds one per piece: {total - sum(several[k] for k in chosen)}/{total} pieces once")


def main() -> int:
    folders = [tuple(Path(p) for p in arg.split(":", 1)) for arg in sys.argv[1:]] or DEFAULT
    found: list[tuple[float, bool]] = []
    for gold, inputs in folders:
        found += pairs(gold, inputs)
    found += cuad_pairs()
    same = sum(1 for _, s in found if s)
    print(f"pairs: {len(found)} ({same} restatements, {len(found) - same} distinct demands)")
    print(f"{'threshold':>9} {'restatements merged':>20} {'distinct merged':>16}")
    for threshold in range(40, 101, 5):
        merged_same = sum(1 for near, s in found if s and near >= threshold)
        merged_other = sum(1 for near, s in found if not s and near >= threshold)
        print(f"{threshold:>9} {merged_same:>14}/{same:<5} {merged_other:>10}/{len(found) - same}")
    once_per_piece()
    return 0


if __name__ == "__main__":
    sys.exit(main())
