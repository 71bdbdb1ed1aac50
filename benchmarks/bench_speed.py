"""Speed of `tenderguard check` against the PDF text extractors it builds on.

    python benchmarks/bench_speed.py [--corpus DIR] [--repeat N]

Times, in one run over the PDFs of the corpus:
  1. pdfplumber's extract_text alone (every page);
  2. raw pypdfium2 text extraction alone (every page);
  3. tenderguard's check (parse + segment + detect + normalise), rules already loaded;
then a cold `tenderguard check` of a one-page document in a new process, and the peak memory
of a process checking the whole corpus.
Targets: check >= 25x faster than pdfplumber, <= 2.5x raw pypdfium2, one page cold <= 1.5 s.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from tenderguard.api import check
from tenderguard.rules import default_rules

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "real"
ONE_PAGE = ROOT / "samples" / "contrat_integration_wordpress.pdf"


def timed(runs: dict[str, Callable[[], None]], repeat: int) -> dict[str, float]:
    """Best time of each run; the runs alternate, so a busy spell of the machine hits all."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for label, run in runs.items():
            gc.collect()
            started = time.perf_counter()
            run()
            best[label] = min(best[label], time.perf_counter() - started)
    for label, seconds in best.items():
        print(f"{label:<44} {seconds:8.3f} s")
    return best


def pdfplumber_text(pdfs: list[Path]) -> None:
    for path in pdfs:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()


def pdfium_text(pdfs: list[Path]) -> None:
    for path in pdfs:
        doc = pdfium.PdfDocument(path)
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        doc.close()


def tenderguard_check(pdfs: list[Path]) -> None:
    ruleset = default_rules()
    for path in pdfs:
        check([path], ruleset=ruleset)


def cold_runs(path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "tenderguard", "check", str(path), "-q"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - started)
    return times


# VmHWM, unlike ru_maxrss, starts afresh at exec: the parent's own peak is not counted.
_PEAK = """
import sys
from tenderguard.api import check
for path in sys.argv[1:]:
    check([path])
status = open("/proc/self/status").read()
print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
"""


def peak_memory_mb(pdfs: list[Path]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, *map(str, pdfs)], check=True, capture_output=True, text=True
    ).stdout
    return int(out.strip()) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pdfs = sorted(args.corpus.glob("*.pdf"))
    if not pdfs:
        print(f"no PDF in {args.corpus}: give --corpus", file=sys.stderr)
        return 2
    pages = sum(len(pdfium.PdfDocument(p)) for p in pdfs)
    print(f"corpus: {len(pdfs)} PDFs, {pages} pages in {args.corpus}")
    started = time.perf_counter()
    default_rules()
    print(f"{'loading the rules (once per process)':<44} {time.perf_counter() - started:8.3f} s")
    plumber = timed({"pdfplumber extract_text": lambda: pdfplumber_text(pdfs)}, 1)[
        "pdfplumber extract_text"
    ]
    best = timed(
        {
            "pypdfium2 raw text": lambda: pdfium_text(pdfs),
            "tenderguard check (parse..normalise)": lambda: tenderguard_check(pdfs),
        },
        args.repeat,
    )
    raw, ours = best["pypdfium2 raw text"], best["tenderguard check (parse..normalise)"]
    print(f"check vs pdfplumber: {plumber / ours:6.1f}x faster   (target >= 25x)")
    print(f"check vs pypdfium2:  {ours / raw:6.2f}x the time  (target <= 2.5x)")
    print(f"pages per second:    {pages / ours:6.0f}")
    cold = cold_runs(ONE_PAGE, 5)
    print(
        f"cold one-page check: best {min(cold):.2f} s, median {statistics.median(cold):.2f} s "
        f"(target <= 1.5 s) [{ONE_PAGE.name}]"
    )
    print(f"peak memory checking the corpus: {peak_memory_mb(pdfs):.0f} MB")
    ok = plumber / ours >= 25 and ours / raw <= 2.5 and statistics.median(cold) <= 1.5
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
