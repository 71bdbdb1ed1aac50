"""Mutation fuzzing of the whole `check` over the sample PDFs and DOCX.

    python benchmarks/fuzz_check.py [--runs 500] [--seed 1] [--timeout 30] [--jobs 2]
                                    [--keep DIR]

Each run takes a sample document, damages it (flipped bytes, a chunk deleted, duplicated or
replaced, a truncation, two files spliced; for a DOCX, often the XML inside the package
rather than the package itself, so that the damage reaches Word's parser) and checks it in
a worker process of its own, as `tenderguard scan` does, with a timeout. A run ends in one
of: checked, refused with a message (the damage was detected), or a defect — an uncaught
exception, a crashed worker, or a run past the timeout. Defects are listed, and with --keep
their inputs are copied there to become regression tests. Exit 1 if any defect.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

from tenderguard.batch.local import run_local
from tenderguard.batch.worker import Job, Outcome
from tenderguard.rules import default_rules

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def seeds() -> list[Path]:
    """The sample tenders and contracts, PDF and DOCX, and the certificates."""
    found = [*SAMPLES.glob("*.pdf"), *SAMPLES.glob("*.docx"), *SAMPLES.glob("*/*.pdf")]
    found += [*SAMPLES.glob("certificates/*.docx")]
    return sorted(found)


def _flip(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)


def _chunk(data: bytearray, rng: random.Random) -> tuple[int, int]:
    start = rng.randrange(len(data))
    return start, min(len(data), start + rng.randint(1, 512))


def mutate_bytes(data: bytes, rng: random.Random, other: bytes) -> bytes:
    out = bytearray(data)
    how = rng.randrange(6)
    if how == 0:
        _flip(out, rng)
    elif how == 1:
        start, end = _chunk(out, rng)
        del out[start:end]
    elif how == 2:
        start, end = _chunk(out, rng)
        out[start:start] = out[start:end] * rng.randint(1, 50)
    elif how == 3:
        start, end = _chunk(out, rng)
        out[start:end] = bytes(rng.randrange(256) for _ in range(end - start))
    elif how == 4:
        out = out[: rng.randrange(1, len(out))]
    else:
        cut = rng.randrange(len(out))
        out = out[:cut] + bytearray(other[rng.randrange(len(other)) :])
    return bytes(out)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """The package stays a valid ZIP; one XML part inside it is damaged."""
    source = zipfile.ZipFile(io.BytesIO(data))
    parts = [i.filename for i in source.infolist() if i.filename.endswith(".xml")]
    target = rng.choice(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == target:
                content = mutate_bytes(content, rng, content)
            package.writestr(info.filename, content)
    return out.getvalue()


def mutated(path: Path, rng: random.Random, pool: list[Path]) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".docx" and rng.random() < 0.6:
        return mutate_docx(data, rng)
    return mutate_bytes(data, rng, rng.choice(pool).read_bytes())


def classify(outcome: Outcome) -> str:
    reason = outcome.reason or ""
    if outcome.ok:
        return "checked"
    if reason.startswith("unexpected "):
        return "DEFECT: uncaught exception"
    if reason.startswith("the worker process died"):
        return "DEFECT: crashed worker"
    if reason.startswith("took longer than the timeout"):
        return "DEFECT: past the timeout"
    return "refused with a message"


def fuzz(runs: int, seed: int, timeout: float, jobs: int, work: Path) -> list[Outcome]:
    rng = random.Random(seed)
    pool = seeds()
    units = []
    for run in range(runs):
        source = rng.choice(pool)
        target = work / f"{run:05d}_{source.stem}{source.suffix}"
        target.write_bytes(mutated(source, rng, pool))
        units.append(str(target))
    default_rules()  # loaded once; the forked workers share it
    outcomes: list[Outcome] = []
    run_local(units, Job(), outcomes.append, jobs=jobs, timeout=timeout)
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="Copy the inputs of defects here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tenderguard-fuzz-") as folder:
        started = time.perf_counter()
        outcomes = fuzz(args.runs, args.seed, args.timeout, args.jobs, Path(folder))
        seconds = time.perf_counter() - started
        kinds = Counter(classify(o) for o in outcomes)
        slowest = max(outcomes, key=lambda o: o.seconds)
        print(f"{len(outcomes)} runs (seed {args.seed}) in {seconds:.0f} s")
        for kind, count in sorted(kinds.items()):
            print(f"  {kind}: {count}")
        print(f"  slowest run: {slowest.seconds:.1f} s ({Path(slowest.unit).name})")
        defects = [o for o in outcomes if classify(o).startswith("DEFECT")]
        for outcome in defects:
            print(f"{Path(outcome.unit).name}: {outcome.reason}")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(outcome.unit, args.keep)
    sys.exit(1 if defects else 0)


if __name__ == "__main__":
    main()
