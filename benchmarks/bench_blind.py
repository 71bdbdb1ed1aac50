"""Every measure of the samples, on a batch of documents written outside the project.

    python benchmarks/bench_blind.py /path/to/batch

A batch is laid out like samples/: the documents, then expected/ (requirements),
expected_certificates/ (certificate fields) and expected_verdicts/ (statuses), each written
by hand from the documents. Run it on a new batch before changing anything: that first
figure is the one that tells how the tool does on text it never saw.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tenderguard.evaluate import folder_report
from tenderguard.rules import default_rules

if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: bench_blind.py BATCH_FOLDER")
    print(folder_report(Path(sys.argv[1]), default_rules()))
