"""Every measure of the samples, on a batch of documents written outside the project.

    python benchmarks/bench_blind.py /path/to/batch [--by-places]

A batch is laid out like samples/: the documents, then expected/ (requirements),
expected_certificates/ (certificate fields) and expected_verdicts/ (statuses), each written
by hand from the documents. Run it on a new batch before changing anything: that first
figure is the one that tells how the tool does on text it never saw.

Requirements are scored at clause level: an expected demand is found when a requirement of
its kind cites its clause as its main citation (or a place the expected file lists under
`also` as restating it). A place is named whatever its typography ("7(c)(i)" = "7 c i"; a
pictograph before a heading is dropped); a citation of a point of the clause ("12.1(a)" for
12.1) names it; a table row without a reference of its own is named by its first cell, which
the requirement's quoted row shows. `--by-places` counts every place a requirement cites
instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tenderguard.evaluate import folder_report
from tenderguard.rules import default_rules

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("--by-places", action="store_true")
    args = parser.parse_args()
    if not args.batch.is_dir():
        parser.error(f"{args.batch}: not a folder")
    print(folder_report(args.batch, default_rules(), main_citation=not args.by_places))
