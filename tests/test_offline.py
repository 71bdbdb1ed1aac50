"""Documents never leave the machine: the commands give the same results with networking
made impossible, and stderr carries no document text at default verbosity."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import NUAGELAB
from tenderguard.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
JUDGED = NUAGELAB
TENDERS = [
    SAMPLES / "dce_hebergement_cms.zip",
    SAMPLES / "dce_plateforme_sante",
    SAMPLES / "msa_saas_en.pdf",
    SAMPLES / "dpa_processor_en.docx",
]

# Runs the CLI with every socket operation refused by an audit hook (PEP 578): creating a
# socket, resolving a name, connecting, binding. Any attempt fails the command loudly.
BLOCKED = """
import sys
def refuse(event, args):
    if event.startswith("socket.") or event == "urllib.Request":
        raise OSError("network blocked in this test: " + event)
sys.addaudithook(refuse)
from tenderguard.cli import main
sys.argv[0] = "tenderguard"
main()
"""


def run_blocked(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCKED, *args], capture_output=True, text=True, timeout=300
    )


def run_here(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def test_the_block_does_refuse_a_connection() -> None:
    probe = BLOCKED.replace(
        "from tenderguard.cli import main",
        "import socket\nsocket.create_connection(('127.0.0.1', 9))",
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode != 0
    assert "network blocked in this test: socket." in result.stderr


@pytest.mark.parametrize("tender", TENDERS, ids=lambda p: p.name)
def test_check_without_network_gives_the_same_report(tender: Path) -> None:
    args = ["check", str(tender), *JUDGED, "--format", "json", "--quiet"]
    blocked = run_blocked(*args)
    assert blocked.returncode in (0, 1), blocked.stderr
    assert "network blocked" not in blocked.stderr
    assert json.loads(blocked.stdout) == json.loads(run_here(*args))


def test_annex_and_html_without_network(tmp_path: Path) -> None:
    tender = str(SAMPLES / "dce_hebergement_cms.zip")
    annex = run_blocked("annex", tender, *JUDGED, "-o", str(tmp_path / "a.docx"), "--quiet")
    assert annex.returncode == 0, annex.stderr
    html = run_blocked("check", tender, *JUDGED, "--format", "html", "-o", str(tmp_path / "r.html"))
    assert html.returncode in (0, 1), html.stderr
    assert (tmp_path / "a.docx").stat().st_size > 0 and (tmp_path / "r.html").stat().st_size > 0


def test_scan_without_network_stores_the_same_rows(tmp_path: Path) -> None:
    blocked = run_blocked("scan", *map(str, TENDERS), "--db", str(tmp_path / "b.sqlite"), "-q")
    assert blocked.returncode in (0, 1), blocked.stderr
    assert "network blocked" not in blocked.stderr
    here = CliRunner().invoke(
        main, ["scan", *map(str, TENDERS), "--db", str(tmp_path / "h.sqlite")]
    )
    assert here.exit_code in (0, 1), here.output
    exported = [
        run_here("results", "--db", str(tmp_path / db), "--format", "jsonl")
        for db in ("b.sqlite", "h.sqlite")
    ]
    assert exported[0] == exported[1] and exported[0].count("\n") > 30


def _network_namespace_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _network_namespace_works(), reason="no user network namespace here")
def test_check_in_a_namespace_with_no_network() -> None:
    args = ["check", str(SAMPLES / "dce_hebergement_cms.zip"), *JUDGED, "--format", "json", "-q"]
    isolated = subprocess.run(
        ["unshare", "-rn", sys.executable, "-m", "tenderguard", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert isolated.returncode in (0, 1), isolated.stderr
    assert json.loads(isolated.stdout) == json.loads(run_here(*args))


def test_no_document_text_on_stderr_at_default_verbosity(tmp_path: Path) -> None:
    report = json.loads(run_here("check", *map(str, TENDERS), *JUDGED, "--format", "json"))
    texts = [r["text"] for r in report["requirements"]]
    texts += [c["source"]["text"] for cert in report["certificates"] for c in cert["coverages"]]
    assert len(texts) > 20
    check = subprocess.run(
        [sys.executable, "-m", "tenderguard", "check", *map(str, TENDERS), *JUDGED],
        capture_output=True,
        text=True,
    )
    scan = subprocess.run(
        [sys.executable, "-m", "tenderguard", "scan", *map(str, TENDERS), *JUDGED,
         "--db", str(tmp_path / "t.sqlite")],
        capture_output=True,
        text=True,
    )  # fmt: skip
    for stderr in (check.stderr, scan.stderr):
        assert "tenderguard:" in stderr  # progress was written: there was something to look at
        for text in texts:
            assert text[:40] not in stderr, text
