"""The compliance annex: an editable Word document to ship with a bid.

Heading (reference, buyer, object, bidder, date), a summary, one real Word table per domain —
N°, requirement (label and quoted clause), source, justification, status, action — then a
signature block and the notice. Word's own styles (Title, Heading 1, Table Grid), no image of
text, so the bidder can edit every word before signing. What the documents do not state is
left as "à compléter".
"""

from __future__ import annotations

import io
from datetime import datetime

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from tenderguard.report.model import ANNEX_WORDS, Report, Row

_TEXT = {
    "fr": {
        "title": "Annexe de conformité",
        "reference": "Consultation",
        "buyer": "Acheteur",
        "subject": "Objet",
        "bidder": "Candidat",
        "date": "Date",
        "missing": "à compléter",
        "summary": "Synthèse",
        "summary_line": "{n} exigence(s) relevée(s) dans les pièces : {counts}.",
        "none": "Aucune exigence relevée.",
        "signature": "Signature",
        "place": "Fait à ………………………………, le ………………………………",
        "signatory": "Nom, qualité et signature du représentant habilité du candidat :",
        "intro": "Le candidat indique ci-dessous, exigence par exigence, comment son offre "
        "répond aux demandes des pièces de la consultation en matière d'assurance, de "
        "protection des données et d'hébergement.",
    },
    "en": {
        "title": "Compliance annex",
        "reference": "Tender",
        "buyer": "Buyer",
        "subject": "Object",
        "bidder": "Bidder",
        "date": "Date",
        "missing": "to be completed",
        "summary": "Summary",
        "summary_line": "{n} requirement(s) found in the documents: {counts}.",
        "none": "No requirement found.",
        "signature": "Signature",
        "place": "Signed at ………………………………, on ………………………………",
        "signatory": "Name, title and signature of the bidder's authorised representative:",
        "intro": "The bidder states below, requirement by requirement, how its offer meets "
        "the insurance, data protection and hosting demands of the tender documents.",
    },
}
_COLUMNS = {
    "fr": ("N°", "Exigence", "Source", "Justificatif", "Statut", "Action"),
    "en": ("No.", "Requirement", "Source", "Evidence", "Status", "Action"),
}
# Light fills a printed page keeps readable, one per annex status.
_FILL = {"met": "E2F0D9", "gap": "F8D7DA", "missing": "F8D7DA", "review": "FFF2CC"}
_WIDTHS = (Cm(1.1), Cm(8.5), Cm(3.6), Cm(5.6), Cm(2.6), Cm(4.8))


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(table: Table) -> None:
    """The header row is printed again at the top of every page the table runs onto."""
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


def _write(cell: _Cell, text: str, bold: bool = False, italic: bool = False) -> None:
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic


def _row(table: Table, row: Row, lang: str) -> None:
    cells = table.add_row().cells  # type: ignore[no-untyped-call]
    quote = f"« {row.quote} »" if lang == "fr" else f"“{row.quote}”"
    _write(cells[0], str(row.number))
    _write(cells[1], row.label + (f" — {row.values}" if row.values else ""), bold=True)
    _write(cells[1], quote, italic=True)
    for source in row.sources:
        _write(cells[2], source)
    for line in row.justification or ("",):
        _write(cells[3], line)
    if row.verdict is not None:
        _write(cells[3], row.verdict.reason, italic=True)
    _write(cells[4], row.annex_status(lang), bold=True)
    if row.verdict is not None and not row.verdict.recommendation_unmet:
        _shade(cells[4], _FILL[row.verdict.status])
    _write(cells[5], row.verdict.action or "" if row.verdict else "")


def render(report: Report) -> bytes:
    lang = report.lang
    t = _TEXT[lang]
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    document.styles["Normal"].font.size = Pt(9)
    properties = document.core_properties
    properties.title, properties.author = t["title"], "tenderguard"
    if report.checked_on:
        properties.created = properties.modified = datetime(
            report.checked_on.year, report.checked_on.month, report.checked_on.day
        )

    document.add_heading(t["title"], level=0)
    day = report.checked_on.strftime("%d/%m/%Y") if report.checked_on else None
    for key, value in (
        ("reference", report.reference),
        ("buyer", report.buyer),
        ("subject", report.subject_text),
        ("bidder", report.bidder),
        ("date", day),
    ):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{t[key]} : " if lang == "fr" else f"{t[key]}: ").bold = True
        paragraph.add_run(value or f"({t['missing']})")
    document.add_paragraph(t["intro"])

    document.add_heading(t["summary"], level=1)
    words = ANNEX_WORDS[lang]
    counts: dict[str, int] = {}
    for row in report.rows:
        counts[row.annex_status(lang)] = counts.get(row.annex_status(lang), 0) + 1
    shown = ", ".join(f"{w} {counts[w]}" for w in dict.fromkeys(words.values()) if counts.get(w))
    document.add_paragraph(t["summary_line"].format(n=len(report.rows), counts=shown or "-"))

    for domain_section in report.sections:
        document.add_heading(domain_section.title, level=1)
        table = document.add_table(rows=1, cols=len(_COLUMNS[lang]))
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, _COLUMNS[lang], strict=True):
            _write(cell, title, bold=True)
        _repeat_header(table)
        for row in domain_section.rows:
            _row(table, row, lang)
        # Word reads the cells' widths, LibreOffice the table grid: both are set.
        table.autofit = False
        for column, width in zip(table.columns, _WIDTHS, strict=True):
            column.width = width
        for table_row in table.rows:
            for cell, width in zip(table_row.cells, _WIDTHS, strict=True):
                cell.width = width
    if not report.rows:
        document.add_paragraph(t["none"])

    document.add_heading(t["signature"], level=1)
    document.add_paragraph(t["place"])
    document.add_paragraph(t["signatory"])
    notice = document.add_paragraph()
    notice.add_run(report.notice).italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
