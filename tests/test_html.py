"""The HTML report: self-contained, escaped, with the clause highlighted on its page, and
loaded in a real browser when Chromium is installed (.ci/run installs it)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tenderguard.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _html(tmp_path: Path, *inputs: str) -> str:
    out = tmp_path / "rapport.html"
    result = CliRunner().invoke(
        main, ["check", *inputs, "--on", "2026-03-01", "-q", "--format", "html", "-o", str(out)]
    )
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8")


def _dce(tmp_path: Path) -> str:
    return _html(
        tmp_path,
        str(SAMPLES / "dce_hebergement_cms.zip"),
        "--certificate",
        str(SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx"),
    )


def test_one_card_per_requirement_with_page_pictures_and_highlights(tmp_path: Path) -> None:
    html = _dce(tmp_path)
    cards = re.findall(r'<article class="card (\w+)" id="req-(\d+)">', html)
    assert [int(n) for _, n in cards] == list(range(1, len(cards) + 1))
    assert {status for status, _ in cards} >= {"gap", "missing", "review"}
    # The PDF pieces (RC, CCAP) get a picture; DOCX pieces (CCTP, AE) have no page to show.
    figures = re.findall(r"<figure>.*?</figure>", html, re.DOTALL)
    assert figures and all("data:image/png;base64," in f for f in figures)
    assert all('class="highlight"' in f for f in figures)
    assert all(re.search(r"<figcaption>(RC|CCAP), art\. [\d.]+, p\. \d", f) for f in figures)


def test_nothing_leaves_the_file(tmp_path: Path) -> None:
    html = _dce(tmp_path)
    assert "<script" not in html.lower()
    assert not re.search(r'(?:src|href)="(?!data:)', html)  # no link, no remote resource
    assert "default-src 'none'" in html


def test_document_text_is_escaped(tmp_path: Path) -> None:
    contract = tmp_path / "contrat.txt"
    contract.write_text(
        "Article 4 - Assurance\n<script>alert(1)</script> Le Prestataire est assuré en "
        "responsabilité civile professionnelle pour 500 000 € par sinistre & plus.\n",
        encoding="utf-8",
    )
    html = _html(tmp_path, str(contract))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&amp; plus" in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_loads_the_report_shows_cards_and_highlights(tmp_path: Path) -> None:
    html = _dce(tmp_path)
    page = tmp_path / "rapport.html"
    page.write_text(html, encoding="utf-8")
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--enable-logging=stderr",
        "--v=0",
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    assert dom.stdout.count('class="highlight"') == html.count('class="highlight"') > 0
    assert dom.stdout.count("<article") == html.count("<article")
    shot = tmp_path / "shot.png"
    run = subprocess.run(
        [CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1100,2400", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    assert shot.stat().st_size > 10_000
    # Chromium reports script errors and refused loads on its console log.
    assert "Uncaught" not in run.stderr and "Refused to" not in run.stderr


def _encrypted_contract(tmp_path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(
        0,
        6,
        "Article 4 - Assurance\nLe Prestataire souscrit une assurance de responsabilite civile "
        "professionnelle de 500 000 EUR par sinistre.",
    )
    path = tmp_path / "contrat_chiffre.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def test_an_encrypted_pdf_shows_its_page_with_the_password(tmp_path: Path) -> None:
    html = _html(tmp_path, str(_encrypted_contract(tmp_path)), "--password", "secret")
    assert '<article class="card' in html
    assert "data:image/png;base64," in html and 'class="highlight"' in html


def test_a_page_that_cannot_be_opened_again_is_said_not_hidden(tmp_path: Path) -> None:
    from tenderguard.api import check
    from tenderguard.report import html_report
    from tenderguard.report.model import build_report

    source = _encrypted_contract(tmp_path)
    result = check([source], password="secret")
    source.unlink()  # gone between the check and the report
    html = html_report.render(build_report(result, "en"))
    assert "data:image/png;base64," not in html
    assert "Page not shown: the document can no longer be opened" in html
