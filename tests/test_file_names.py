"""File names that are not UTF-8 (bytes on Linux): read, reported escaped, stored, rescanned."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tenderguard.names import shown

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# "contrat_été.pdf" as a cp1252 tool writes it: é is the single byte 0xE9, not UTF-8.
LATIN1_NAME = os.fsdecode(b"contrat_\xe9t\xe9.pdf")
ESCAPED = "contrat_\\xe9t\\xe9.pdf"


def tenderguard(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tenderguard", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=180,
    )


@pytest.fixture
def latin1_contract(tmp_path: Path) -> Path:
    path = tmp_path / LATIN1_NAME
    try:
        shutil.copy(SAMPLES / "contrat_integration_wordpress.pdf", path)
    except OSError:  # a file system that wants UTF-8 names (some macOS ones)
        pytest.skip("this file system refuses names that are not UTF-8")
    return path


def test_shown_escapes_only_the_bytes_that_are_not_utf8() -> None:
    assert shown(LATIN1_NAME) == ESCAPED
    assert shown("contrat_été.pdf") == "contrat_été.pdf"
    assert shown(Path("dossier") / LATIN1_NAME) == "dossier/" + ESCAPED


def test_check_reports_the_name_escaped(latin1_contract: Path) -> None:
    done = tenderguard("check", latin1_contract.name, "-q", cwd=latin1_contract.parent)
    assert done.returncode == 0, done.stderr
    assert "11 exigence(s)" in done.stdout
    assert ESCAPED in done.stdout


def test_json_and_output_file(latin1_contract: Path) -> None:
    out = latin1_contract.parent / "report.json"
    args = ("check", latin1_contract.name, "-q", "--format", "json", "-o", out)
    done = tenderguard(*args, cwd=latin1_contract.parent)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["header"]["inputs"][0]["path"] == ESCAPED
    assert {r["source"]["path"] for r in report["requirements"]} == {ESCAPED}


def test_html_still_shows_the_pages(latin1_contract: Path) -> None:
    out = latin1_contract.parent / "report.html"
    args = ("check", latin1_contract.name, "-q", "--format", "html", "-o", out)
    done = tenderguard(*args, cwd=latin1_contract.parent)
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 11


def test_a_certificate_with_such_a_name(tmp_path: Path) -> None:
    certificate = tmp_path / os.fsdecode(b"attestation_\xe9.pdf")
    shutil.copy(SAMPLES / "certificates" / "attestation_rc_webatelier_2026.pdf", certificate)
    done = tenderguard("certificate", certificate, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "WEBATELIER" in done.stdout


def test_scan_stores_the_unit_and_a_rescan_finds_it_unchanged(latin1_contract: Path) -> None:
    folder = latin1_contract.parent
    db = folder / "store.sqlite"
    first = tenderguard("scan", folder, "--db", db, "-q", cwd=folder)
    assert first.returncode == 0, first.stderr
    listed = tenderguard("results", "--db", db, "--units", "--format", "csv", cwd=folder)
    assert ESCAPED in listed.stdout and "clean" in listed.stdout
    again = tenderguard("scan", folder, "--db", db, cwd=folder)
    assert again.returncode == 0, again.stderr
    assert "1 unchanged since the last scan" in again.stderr
