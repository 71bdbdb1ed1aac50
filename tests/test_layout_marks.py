"""What a layout says beside the words: a table with one column per lot (each its lot's part,
cited « Lot n »), a column headed by the initials of its values ("M/D"), a band of merged cells
over the column names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tenderguard.api import check

Write = Callable[[str, bytes | str], Path]

FICHE = (
    "# 4 Exigences par lot\n\n"
    "Les exigences ci-dessous s'imposent au titulaire du lot concerné.\n\n"
    "| Lot 1 – Conception du site | Lot 2 – Hébergement et maintenance |\n"
    "|---|---|\n"
    "| Assurance. Responsabilité civile professionnelle : 500 000 € par sinistre au minimum. "
    "| Assurances. Responsabilité civile professionnelle : 1 000 000 € par sinistre au minimum. |\n"
    "| Hébergement. Aucune donnée n'est hébergée par le titulaire de ce lot. "
    "| Disponibilité. Le service est disponible 99,7 % du temps par mois. |\n\n"
    "Le titulaire de chaque lot respecte ces exigences dès la notification.\n"
)


def test_each_column_of_a_table_of_lots_is_its_lot_s_part(write: Write) -> None:
    report = check([write("rc.md", FICHE)])
    cited = sorted(
        (r.kind, r.sources[0].clause, r.values.amount.value if r.values.amount else None)
        for r in report.requirements
        if r.kind in ("insurance.rc_pro", "cloud.sla")
    )
    assert cited == [
        ("cloud.sla", "Lot 2", None),
        ("insurance.rc_pro", "Lot 1", 500_000),
        ("insurance.rc_pro", "Lot 2", 1_000_000),
    ]


def test_a_table_whose_header_names_no_lot_in_a_cell_stays_read_row_by_row(
    write: Write,
) -> None:
    grid = FICHE.replace("| Lot 1 – Conception du site |", "| Exigence |")
    report = check([write("rc.md", grid)])
    assert not any((r.sources[0].clause or "").startswith("Lot") for r in report.requirements)


def test_a_column_headed_by_the_initials_of_its_values_reads_them_whole(write: Write) -> None:
    """ "M/D" over "D": the row is Desirable, a wish scored, not a condition."""
    grid = (
        "# F-5 Insurance\n\n"
        "| Ref | Requirement | M/D |\n|---|---|---|\n"
        "| F-5.1 | Commercial general liability insurance of not less than CAD $5,000,000 per "
        "occurrence. | M |\n"
        "| F-5.3 | Cyber liability insurance of not less than CAD $5,000,000 per claim. | D |\n"
    )
    report = check([write("appendix.md", grid)])
    wished = {r.kind: r.recommended for r in report.requirements}
    assert wished["insurance.cyber"] is True
    assert wished["insurance.rc_exploitation"] is False


def test_a_band_of_merged_cells_over_the_column_names_is_not_the_header(write: Write) -> None:
    """ "Requirement | Assessment" over "ID | Category | Requirement | Priority (MoSCoW)": the
    rows answer to the names below the band, so "Should" is read as the row's priority."""
    grid = (
        "# 3 Requirements\n\n"
        "| Requirement | Assessment |\n|---|---|\n"
        "| ID | Category | Requirement | Priority (MoSCoW) |\n"
        "| SR-INS-04 | Insurance | Cyber liability insurance with a limit of AUD 5,000,000 in the "
        "aggregate for each policy year. | Should |\n"
    )
    report = check([write("sor.md", grid)])
    cyber = [r for r in report.requirements if r.kind == "insurance.cyber"]
    assert [r.recommended for r in cyber] == [True]
