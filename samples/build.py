"""Builds the sample documents of samples/ from their sources in samples/src/.

    python -m samples.build        (or: make samples)

A source is plain text with a little markup:

    %% format: pdf | docx | md | txt     output format (required)
                                          scan: a PDF of page images only, as a scanner makes
                                          form: a one-page fillable PDF (AcroForm): each row
                                          "| label | FieldName | value |" is a label and a
                                          text field holding the value
    %% output: dce_x/CCAP.pdf             output path under samples/ (default: name + format)
    %% header: text                       running header on every PDF page
    %% footer: text                       running footer, followed by "Page n / N"
    %% numbering: word                    DOCX headings numbered by Word itself (no digits in text)
    # Title                               heading level 1 (## level 2, ### level 3)
    - item                                bullet list item
    | a | b | c |                         table row (consecutive rows form one table)
    @toc                                  table of contents with dot leaders (PDF, DOCX)
    @pagebreak                            new page
    other lines                           paragraph text; a blank line ends the paragraph

Archives: samples/src/<name>.zip.list lists the files (relative to samples/) that go in
samples/<name>.zip. The generated files are committed; the tests never rebuild them.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "src"
FIXED_DATE = (2026, 1, 15, 9, 0, 0)  # archive timestamps, so rebuilding changes nothing


@dataclass
class Element:
    kind: str  # heading, paragraph, bullet, table, toc, pagebreak
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    name: str
    meta: dict[str, str]
    elements: list[Element]


def parse(path: Path) -> Source:
    meta: dict[str, str] = {}
    elements: list[Element] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            elements.append(Element("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("%%"):
            key, _, value = line[2:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not line.strip():
            flush()
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        if heading:
            flush()
            elements.append(Element("heading", heading.group(2), len(heading.group(1))))
        elif line.startswith("- "):
            flush()
            elements.append(Element("bullet", line[2:].strip()))
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if elements and elements[-1].kind == "table":
                elements[-1].rows.append(cells)
            else:
                elements.append(Element("table", rows=[cells]))
        elif line.strip() in ("@toc", "@pagebreak"):
            flush()
            elements.append(Element(line.strip()[1:]))
        else:
            paragraph.append(line.strip())
    flush()
    return Source(path.stem, meta, elements)


class _Pdf(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(22, 22, 22)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.header_text:
            self.set_font("helvetica", size=8)
            self.set_y(10)
            self.cell(0, 5, self.header_text, align="C")
            self.ln(8)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", size=8)
        text = f"{self.footer_text} - " if self.footer_text else ""
        self.cell(0, 5, f"{text}Page {self.page_no()} / {{nb}}", align="C")


def _render_pdf(source: Source, toc_pages: dict[str, int]) -> tuple[_Pdf, dict[str, int]]:
    pdf = _Pdf(source.meta.get("header", ""), source.meta.get("footer", ""))
    pdf.add_page()
    pages: dict[str, int] = {}
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for element in source.elements:
        if element.kind == "heading":
            size = {1: 13, 2: 11, 3: 10}[element.level]
            pdf.set_font("helvetica", "B", size)
            pdf.ln(2)
            pdf.multi_cell(width, 6, element.text)
            pages[element.text] = pdf.page_no()
            pdf.ln(1)
        elif element.kind == "paragraph":
            pdf.set_font("helvetica", size=10)
            pdf.multi_cell(width, 5, element.text)
            pdf.ln(2)
        elif element.kind == "bullet":
            pdf.set_font("helvetica", size=10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5, "• " + element.text)
            pdf.ln(1)
        elif element.kind == "table":
            pdf.set_font("helvetica", size=9)
            with pdf.table(line_height=5, first_row_as_headings=True) as table:
                for cells in element.rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)
        elif element.kind == "toc":
            pdf.set_font("helvetica", "B", 11)
            pdf.multi_cell(width, 6, "Sommaire")
            pdf.set_font("helvetica", size=9)
            for e in source.elements:
                if e.kind == "heading" and e.level <= 2:
                    page = toc_pages.get(e.text, 1)
                    indent = "" if e.level == 1 else "    "
                    title = indent + e.text
                    dots = "." * max(
                        4,
                        int((width - pdf.get_string_width(title) - 8) / pdf.get_string_width(".")),
                    )
                    pdf.multi_cell(width, 5, f"{title} {dots} {page}")
            pdf.ln(2)
        elif element.kind == "pagebreak":
            pdf.add_page()
    return pdf, pages


def build_pdf(source: Source, out: Path) -> None:
    # Two passes: the table of contents needs the pages the headings land on.
    _, pages = _render_pdf(source, {})
    pdf, _ = _render_pdf(source, pages)
    pdf.set_creation_date(datetime(*FIXED_DATE, tzinfo=UTC))
    pdf.output(str(out))


def build_scan(source: Source, out: Path) -> None:
    """A PDF whose pages are pictures of the text PDF: no text layer, as from a scanner."""
    import io

    import pypdfium2 as pdfium

    text_pdf = io.BytesIO()
    pdf, _ = _render_pdf(source, {})
    pdf.output(text_pdf)
    doc = pdfium.PdfDocument(text_pdf.getvalue())
    images = [doc[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(doc))]
    images[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=images[1:])


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252") + b")"


def build_form(source: Source, out: Path) -> None:
    """A fillable PDF written object by object (fpdf2 has no form fields): the labels and
    paragraphs in the page's text, each value in a text field with its own appearance."""
    import textwrap

    content: list[bytes] = []
    fields: list[tuple[str, str, tuple[float, float, float, float]]] = []
    y = 800.0

    def text(x: float, size: int, line: str) -> None:
        content.append(b"BT /F1 %d Tf %.1f %.1f Td " % (size, x, y) + _pdf_string(line) + b" Tj ET")

    for element in source.elements:
        if element.kind == "heading":
            y -= 8
            text(40, 13 if element.level == 1 else 10, element.text)
            y -= 18
        elif element.kind == "paragraph":
            for line in textwrap.wrap(element.text, 110):
                text(40, 7, line)
                y -= 10
            y -= 4
        elif element.kind == "table":
            for row in element.rows:
                if len(row) == 3:
                    label, name, value = row
                    text(40, 8, label)
                    fields.append((name, value, (230.0, y - 4, 555.0, y + 10)))
                else:
                    text(40, 8, "   ".join(row))
                y -= 16
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /DA (/F1 8 Tf 0 g) "
        b"/DR << /Font << /F1 4 0 R >> >> >> >>"
        % b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(fields))),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> /Annots [%s] >>"
        % b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(fields))),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    page_stream = b"\n".join(content)
    objects.append(b"<< /Length %d >>\nstream\n" % len(page_stream) + page_stream + b"\nendstream")
    for n, (name, value, (x0, y0, x1, y1)) in enumerate(fields):
        appearance = b"/Tx BMC BT /F1 8 Tf 2 4 Td " + _pdf_string(value) + b" Tj ET EMC"
        objects.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /P 3 0 R /T %s /V %s "
            b"/Rect [%.1f %.1f %.1f %.1f] /DA (/F1 8 Tf 0 g) /AP << /N %d 0 R >> >>"
            % (_pdf_string(name), _pdf_string(value), x0, y0, x1, y1, 7 + 2 * n)
        )
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 %.1f %.1f] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Length %d >>\nstream\n"
            % (x1 - x0, y1 - y0, len(appearance))
            + appearance
            + b"\nendstream"
        )
    out.write_bytes(pdf_from_objects(objects))


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF of the given objects, numbered from 1 (the first is the catalog), with a
    correct cross-reference table."""
    pdf = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def _word_numbering(document: docx.document.Document) -> str:
    """Adds a multilevel list "1." / "1.1." to numbering.xml; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for level, text in enumerate(["%1.", "%1.%2.", "%1.%2.%3."]):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def _number_paragraph(paragraph: docx.text.paragraph.Paragraph, num_id: str, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), num_id)
    num_pr.append(ilvl)
    num_pr.append(num)
    ppr.append(num_pr)


def build_docx(source: Source, out: Path) -> None:
    document = docx.Document()
    document.core_properties.author = "tenderguard samples"
    document.styles["Normal"].font.size = Pt(10)
    section = document.sections[0]
    if source.meta.get("header"):
        section.header.paragraphs[0].text = source.meta["header"]
    if source.meta.get("footer"):
        section.footer.paragraphs[0].text = source.meta["footer"]
    num_id = _word_numbering(document) if source.meta.get("numbering") == "word" else None
    for element in source.elements:
        if element.kind == "heading":
            heading = document.add_heading(element.text, level=element.level)
            if num_id:
                _number_paragraph(heading, num_id, element.level - 1)
        elif element.kind == "paragraph":
            document.add_paragraph(element.text)
        elif element.kind == "bullet":
            document.add_paragraph(element.text, style="List Bullet")
        elif element.kind == "table":
            table = document.add_table(rows=0, cols=len(element.rows[0]))
            table.style = "Table Grid"
            for cells in element.rows:
                row = table.add_row()
                for i, cell in enumerate(cells[: len(row.cells)]):
                    row.cells[i].text = cell
        elif element.kind == "toc":
            document.add_paragraph("Sommaire", style="TOC Heading")
            for e in source.elements:
                if e.kind == "heading" and e.level <= 2:
                    document.add_paragraph(e.text)
        elif element.kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(str(out))


def build_text(source: Source, out: Path, markdown: bool) -> None:
    lines: list[str] = []
    for element in source.elements:
        if element.kind == "heading":
            lines += [("#" * (element.level + 1) + " " if markdown else "") + element.text, ""]
        elif element.kind == "paragraph":
            lines += [element.text, ""]
        elif element.kind == "bullet":
            lines.append(f"- {element.text}")
        elif element.kind == "table":
            if markdown:
                lines.append("| " + " | ".join(element.rows[0]) + " |")
                lines.append("|" + "---|" * len(element.rows[0]))
                lines += ["| " + " | ".join(r) + " |" for r in element.rows[1:]]
            else:
                lines += ["    ".join(r) for r in element.rows]
            lines.append("")
        elif element.kind == "pagebreak" and not markdown:
            lines.append("\f")
    title = source.meta.get("title")
    if markdown and title:
        lines = [f"# {title}", "", *lines]
    out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def build_zip(listing: Path) -> Path:
    out = ROOT / listing.name.removesuffix(".list")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for line in listing.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            member = ROOT / line.strip()
            info = zipfile.ZipInfo(Path(line.strip()).name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, member.read_bytes())
    return out


def build_all() -> list[Path]:
    built = []
    for path in sorted(SOURCES.glob("*.txt")):
        source = parse(path)
        fmt = source.meta["format"]
        out = ROOT / source.meta.get("output", f"{source.name}.{fmt}")
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            build_pdf(source, out)
        elif fmt == "scan":
            out = out.with_suffix(".pdf")
            build_scan(source, out)
        elif fmt == "form":
            out = out.with_suffix(".pdf")
            build_form(source, out)
        elif fmt == "docx":
            build_docx(source, out)
        else:
            build_text(source, out, markdown=fmt == "md")
        built.append(out)
    for listing in sorted(SOURCES.glob("*.zip.list")):
        built.append(build_zip(listing))
    return built


if __name__ == "__main__":
    for path in build_all():
        print(path.relative_to(ROOT))
