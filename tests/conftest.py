from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from tenderguard.rules import RuleSet, default_rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# The sample bidder: NuageLab's certificate and profile, judged on a fixed day.
NUAGELAB = [
    "--certificate",
    str(SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx"),
    "--profile",
    str(SAMPLES / "profile_nuagelab.yaml"),
    "--on",
    "2026-03-01",
]


@pytest.fixture(scope="session")
def ruleset() -> RuleSet:
    return default_rules()


def make_pdf(pages: list[list[str]], header: str = "", footer: str = "") -> bytes:
    """A text PDF: one list of lines per page, optional running header and footer."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        if header:
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, header)
        pdf.set_xy(20, 25)
        for line in lines:
            pdf.set_x(20)
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_xy(20, 285)
            pdf.cell(0, 5, f"{footer} - Page {number} / {len(pages)}")
    return bytes(pdf.output())


def make_docx(build: Callable[[docx.document.Document], None]) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write
