"""The compliance matrix: one spreadsheet row per requirement, for people who filter and sort.

Same rows and order as every other format, plus the kind and the values. Header frozen,
autofilter, status fills, column widths. Text from the documents is never a formula: a cell
that would begin with = + - or @ gets a leading apostrophe, as OWASP advises against CSV and
spreadsheet formula injection, so a hostile document cannot make the matrix compute.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from tenderguard.report.cells import neutralise
from tenderguard.report.model import Report

_COLUMNS = {
    "fr": (
        ("N°", 6),
        ("Domaine", 14),
        ("Type", 30),
        ("Exigence", 32),
        ("Valeurs", 30),
        ("Texte", 70),
        ("Source", 30),
        ("Justificatif", 50),
        ("Statut", 14),
        ("Motif", 60),
        ("Action", 50),
    ),
    "en": (
        ("No.", 6),
        ("Domain", 14),
        ("Kind", 30),
        ("Requirement", 32),
        ("Values", 30),
        ("Text", 70),
        ("Source", 30),
        ("Evidence", 50),
        ("Status", 14),
        ("Reason", 60),
        ("Action", 50),
    ),
}
_FILLS = {
    "met": PatternFill("solid", fgColor="E2F0D9"),
    "gap": PatternFill("solid", fgColor="F8D7DA"),
    "missing": PatternFill("solid", fgColor="F8D7DA"),
    "review": PatternFill("solid", fgColor="FFF2CC"),
}
_SHEET = {"fr": "Conformité", "en": "Compliance"}


def render(report: Report) -> bytes:
    lang = report.lang
    book = Workbook()
    sheet = book.active
    sheet.title = _SHEET[lang]
    columns = _COLUMNS[lang]
    sheet.append([title for title, _ in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for section in report.sections:
        for row in section.rows:
            verdict = row.verdict
            values: list[int | str] = [
                row.number,
                section.title,
                row.requirement.kind,
                row.label,
                row.values,
                row.quote,
                "\n".join(row.sources),
                "\n".join(row.justification),
                row.annex_status(lang) if verdict else "",
                verdict.reason if verdict else "",
                (verdict.action or "") if verdict else "",
            ]
            sheet.append([v if isinstance(v, int) else neutralise(v) for v in values])
            if verdict is not None and not verdict.recommendation_unmet:
                sheet.cell(sheet.max_row, 9).fill = _FILLS[verdict.status]
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
