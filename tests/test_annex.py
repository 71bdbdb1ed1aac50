"""The compliance annex: read back with python-docx, against a golden text dump, and through
LibreOffice when it is installed (.ci/run installs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner
from docx.table import Table
from docx.text.paragraph import Paragraph

from conftest import NUAGELAB
from tenderguard.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = Path(__file__).resolve().parent / "golden"
TENDER = [str(SAMPLES / "dce_hebergement_cms.zip"), *NUAGELAB, "-q"]


def dump(path: Path) -> str:
    """Paragraphs with their style, and table rows cell by cell, in document order."""
    document = docx.Document(str(path))
    lines = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            if paragraph.text:
                lines.append(f"[{paragraph.style.name}] {paragraph.text}")
        elif tag == "tbl":
            for row in Table(element, document).rows:
                lines.append("| " + " | ".join(c.text.replace("\n", " / ") for c in row.cells))
    return "\n".join(lines).replace(str(ROOT) + "/", "") + "\n"


def _annex(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "annexe.docx"
    result = CliRunner().invoke(main, ["annex", *TENDER, *extra, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_annex_matches_its_golden_dump(tmp_path: Path) -> None:
    text = dump(_annex(tmp_path))
    golden = GOLDEN / "annex_dce_hebergement_cms_fr.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_annex_has_one_real_table_per_domain_with_every_verdict(tmp_path: Path) -> None:
    document = docx.Document(str(_annex(tmp_path)))
    report = json.loads(CliRunner().invoke(main, ["check", *TENDER, "--format", "json"]).stdout)
    words = {
        "met": "Conforme",
        "gap": "Non conforme",
        "missing": "Non conforme",
        "review": "À justifier",
    }
    expected = [
        "Sans objet" if v["recommendation_unmet"] else words[v["status"]]
        for v in report["verdicts"]
    ]
    tables = document.tables
    assert len(tables) == 4  # insurance, GDPR, cloud, contract
    headers = [[c.text for c in t.rows[0].cells] for t in tables]
    assert all(
        h == ["N°", "Exigence", "Source", "Justificatif", "Statut", "Action"] for h in headers
    )
    statuses = [row.cells[4].text for t in tables for row in t.rows[1:]]
    assert sorted(statuses) == sorted(expected)
    assert document.paragraphs[0].style.name == "Title"
    assert any(p.style.name == "Heading 1" and p.text == "Signature" for p in document.paragraphs)


def test_annex_in_english(tmp_path: Path) -> None:
    text = dump(_annex(tmp_path, "--lang", "en"))
    assert text.startswith("[Title] Compliance annex\n")
    assert "| No. | Requirement | Source | Evidence | Status | Action" in text
    assert "not legal or insurance advice" in text


def test_annex_needs_something_to_judge_against(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["annex", str(SAMPLES / "msa_saas_en.pdf"), "-o", str(tmp_path / "a.docx")]
    )
    assert result.exit_code == 2 and "--certificate" in result.stderr
    assert not (tmp_path / "a.docx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_annex_tables(tmp_path: Path) -> None:
    annex = _annex(tmp_path)
    subprocess.run(
        [
            "soffice",
            # A profile of its own: never the user's, never one a running office holds.
            f"-env:UserInstallation={(tmp_path / 'office-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(annex),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    pdf = pdfium.PdfDocument(str(tmp_path / "annexe.pdf"))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    flat = " ".join(text.split())
    assert "Annexe de conformité" in flat
    for cell in ("Justificatif", "Conforme", "À justifier", "RC professionnelle", "CCAP, art. 6.1"):
        assert cell in flat, cell
