"""Defects found by benchmarks/fuzz_check.py, each kept as the smallest input that showed it."""

from __future__ import annotations

from pathlib import Path

from samples.build import pdf_from_objects

from tenderguard.api import check
from tenderguard.inputs import load_inputs

TEXT = (
    "Le Prestataire souscrit une assurance responsabilite civile professionnelle de 2 000 000 EUR."
)


def _two_pages_second_missing() -> bytes:
    """Page 1 holds a demand; the page tree's second kid points to an object that is not
    there: pdfium opens the document and fails on that page alone."""
    stream = b"BT /F1 10 Tf 50 750 Td (" + TEXT.encode("latin-1") + b") Tj ET"
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_pdfium_failed_to_load_page_skips_that_page_only(tmp_path: Path) -> None:
    # fuzz_check seed 1: "unexpected PdfiumError: Failed to load page." on 14 of 300 runs.
    path = tmp_path / "contrat_page_cassee.pdf"
    path.write_bytes(_two_pages_second_missing())
    loaded = load_inputs([path])
    assert not loaded.errors
    assert loaded.warnings == [f"{path}: page(s) 2 damaged and skipped"]
    result = check([path])
    assert [r.kind for r in result.requirements] == ["insurance.rc_pro"]
    assert result.requirements[0].sources[0].page == 1
