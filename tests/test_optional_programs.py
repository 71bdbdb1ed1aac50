"""`make test` passes on a machine that has only Python: the tests that use tesseract,
LibreOffice or Chromium skip with the reason when the program is absent, and the others do
not depend on them. Checked by running those tests again with the programs taken off PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

OPTIONAL = {"tesseract", "soffice", "libreoffice", "lowriter", "chromium", "chromium-browser"}
ROOT = Path(__file__).resolve().parent.parent
# The tests that read scans and pictures, render the annex or load the HTML report.
SELECTED = [
    "tests/test_inputs.py",
    "tests/test_certificates.py",
    "tests/test_annex.py",
    "tests/test_html.py",
    "tests/test_samples.py::test_certificate_fields_over_the_samples",
]


def _path_without_optional_programs(folder: Path) -> str:
    """A PATH of links to every program of the current PATH but the optional ones."""
    folder.mkdir()
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if not directory or not Path(directory).is_dir():
            continue
        for program in Path(directory).iterdir():
            link = folder / program.name
            if program.name in OPTIONAL or link.exists() or link.is_symlink():
                continue
            link.symlink_to(program)
    return f"{Path(sys.executable).parent}{os.pathsep}{folder}"


def test_the_tests_of_optional_programs_skip_when_they_are_absent(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": _path_without_optional_programs(tmp_path / "bin")}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *SELECTED],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-4000:]
    for reason in (
        "tesseract is not installed",
        "LibreOffice is not installed",
        "Chromium is not installed",
    ):
        assert reason in done.stdout, done.stdout[-2000:]
