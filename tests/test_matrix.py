"""The compliance matrix: same rows as the annex, a spreadsheet a hostile text cannot drive."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from tenderguard.cli import main
from tenderguard.report.cells import neutralise

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_matrix_rows_filter_frozen_header_and_fills(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "annex",
            str(SAMPLES / "dce_hebergement_cms.zip"),
            "--certificate",
            str(SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx"),
            "--on",
            "2026-03-01",
            "-q",
            "-o",
            str(tmp_path / "annexe.docx"),
            "--xlsx",
            str(tmp_path / "matrice.xlsx"),
        ],
    )
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "matrice.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["N°", "Domaine", "Type", "Exigence"] and header[8] == "Statut"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:K{sheet.max_row}"
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    by_number = {r[0]: r for r in rows}
    # CCAP 6.1: NuageLab's RC Pro of 1 M€ is short of the 1.5 M€ demanded.
    short = next(r for r in rows if r[6] and r[6].startswith("CCAP, art. 6.1"))
    assert short[2] == "insurance.rc_pro" and short[8] == "Non conforme"
    assert sheet.cell(short[0] + 1, 9).fill.fgColor.rgb.endswith("F8D7DA")
    assert by_number[1][1] == "Assurances"
    assert sheet.column_dimensions["F"].width == 70


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('=HYPERLINK("http://x","clic")', '\'=HYPERLINK("http://x","clic")'),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("Le titulaire = le prestataire", "Le titulaire = le prestataire"),
    ],
)
def test_document_text_never_becomes_a_formula(text: str, shown: str) -> None:
    assert neutralise(text) == shown


def test_a_formula_in_a_clause_stays_text_in_the_workbook(tmp_path: Path) -> None:
    contract = tmp_path / "contrat.txt"
    contract.write_text(
        'Article 4 - Assurance\n=HYPERLINK("http://evil") Le Prestataire est assuré en '
        "responsabilité civile professionnelle pour 500 000 € par sinistre.\n",
        encoding="utf-8",
    )
    out = tmp_path / "m.xlsx"
    result = CliRunner().invoke(
        main,
        [
            "annex",
            str(contract),
            "--certificate",
            str(SAMPLES / "certificates" / "attestation_rc_webatelier_2026.pdf"),
            "-q",
            "-o",
            str(tmp_path / "a.docx"),
            "--xlsx",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert any(isinstance(c.value, str) and c.value.startswith("'=HYPERLINK") for c in cells)
