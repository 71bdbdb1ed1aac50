"""--format html: one self-contained page to share with people who will not run a command.

A summary, then a card per requirement: status, label and values, the quoted clause, its
sources, the reason, the evidence and the action; for a clause of a PDF, a picture of the
page region with the clause's lines highlighted (pypdfium2 renders the region, the boxes come
from the text positions). No script, no network: pictures are data: URIs, the style is
inline, a Content-Security-Policy forbids the rest. Every text from the documents is escaped.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import pypdfium2 as pdfium

from tenderguard.inputs import document_bytes
from tenderguard.models import BBox, Source
from tenderguard.report.model import STATUS_WORDS, Report, Row

# Points of page kept above and below the highlighted lines, and the rendering scale.
MARGIN = 36.0
SCALE = 1.6
_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:24px;color:#222}
h1{font-size:24px;margin:0 0 8px} h2{margin-top:32px;border-bottom:2px solid #ddd}
.meta{color:#555} .counts span{display:inline-block;margin-right:12px;padding:2px 8px;
border-radius:4px} .card{border:1px solid #ddd;border-left:6px solid #999;border-radius:6px;
padding:12px 16px;margin:14px 0;background:#fff} .card h3{margin:0 0 6px;font-size:16px}
.status{font-size:12px;font-weight:700;padding:2px 8px;border-radius:4px;margin-right:8px}
.met{border-left-color:#3c8d40} .met .status,.counts .met{background:#e2f0d9}
.gap,.missing{border-left-color:#c0392b} .gap .status,.missing .status,.counts .gap,
.counts .missing{background:#f8d7da} .review{border-left-color:#d4a017}
.review .status,.counts .review{background:#fff2cc} blockquote{margin:6px 0;padding:4px 12px;
border-left:3px solid #ccc;color:#333;font-style:italic} .source,.evidence{color:#555;
font-size:13px} .action{font-weight:600} .unshown{color:#666;font-style:italic}
figure{margin:8px 0} .region{position:relative;
display:inline-block;max-width:100%} .region img{display:block;max-width:100%;
border:1px solid #ccc} .highlight{position:absolute;background:rgba(255,213,0,.35);
outline:2px solid rgba(230,160,0,.9)} figcaption{font-size:12px;color:#777}
footer{margin-top:32px;color:#777;font-size:12px}
"""
_TEXT = {
    "fr": {
        "title": "Rapport tenderguard",
        "inputs": "Documents lus",
        "subject": "Objet",
        "dates": "Dates et montant",
        "none": "Aucune exigence trouvée.",
        "action": "Action",
        "page": "page",
        "unshown": "Page non affichée : le document ne peut plus être ouvert (déplacé, modifié "
        "ou protégé par un mot de passe).",
    },
    "en": {
        "title": "tenderguard report",
        "inputs": "Documents read",
        "subject": "Object",
        "dates": "Dates and value",
        "none": "No requirement found.",
        "action": "Action",
        "page": "page",
        "unshown": "Page not shown: the document can no longer be opened (moved, changed or "
        "protected by a password).",
    },
}


class _Unshown:
    """A page that was read but cannot be opened again (moved, changed, or encrypted)."""


_UNSHOWN = _Unshown()


@dataclass(frozen=True, slots=True)
class _Region:
    """A picture of part of a page and where the highlighted lines stand in it, in %."""

    png: bytes
    marks: tuple[tuple[float, float, float, float], ...]  # left, top, width, height


def _region(pdf: pdfium.PdfDocument, page_number: int, boxes: list[BBox]) -> _Region:
    page = pdf[page_number - 1]
    width, height = page.get_size()
    top = max(0.0, min(b.top for b in boxes) - MARGIN)
    bottom = min(height, max(b.bottom for b in boxes) + MARGIN)
    # crop = (left, bottom, right, top) margins, in points, measured from each edge.
    bitmap = page.render(scale=SCALE, crop=(0, height - bottom, 0, top))
    out = io.BytesIO()
    bitmap.to_pil().save(out, "PNG", optimize=True)
    span = bottom - top
    marks = tuple(
        (
            100 * max(0.0, b.x0 - 2) / width,
            100 * max(0.0, b.top - top - 3) / span,
            100 * (b.x1 - b.x0 + 4) / width,
            100 * (b.bottom - b.top + 6) / span,
        )
        for b in boxes
    )
    return _Region(out.getvalue(), marks)


class _Pages:
    """Opens each PDF once, from where it was read and with the password it was opened with,
    and renders the regions the cards ask for."""

    def __init__(self, report: Report) -> None:
        self.origins = {i.path: i.origin or i.path for i in report.inputs}
        self.password = report.result.password
        self.documents: dict[str, pdfium.PdfDocument | None] = {}

    def _open(self, path: str) -> pdfium.PdfDocument | None:
        data = document_bytes(self.origins.get(path, path))
        if data is None:
            return None
        try:
            return pdfium.PdfDocument(data, password=self.password)
        except pdfium.PdfiumError:
            return None

    def region(self, source: Source) -> _Region | _Unshown | None:
        """The region of the quoted lines; None where there is none to show (no boxes: DOCX
        or text); _UNSHOWN where the page should be shown but cannot be any more."""
        if not source.boxes or not source.path.lower().endswith(".pdf"):
            return None
        if source.path not in self.documents:
            self.documents[source.path] = self._open(source.path)
        pdf = self.documents[source.path]
        if pdf is None:
            return _UNSHOWN
        page_number = source.boxes[0][0]
        boxes = [box for page, box in source.boxes if page == page_number]
        try:
            return _region(pdf, page_number, boxes)
        except pdfium.PdfiumError:  # the page changed or is damaged
            return _UNSHOWN

    def close(self) -> None:
        for pdf in self.documents.values():
            if pdf is not None:
                pdf.close()


def _figure(region: _Region, caption: str) -> str:
    picture = base64.b64encode(region.png).decode("ascii")
    marks = "".join(
        f'<div class="highlight" style="left:{x:.2f}%;top:{y:.2f}%;width:{w:.2f}%;'
        f'height:{h:.2f}%"></div>'
        for x, y, w, h in region.marks
    )
    return (
        f'<figure><div class="region"><img alt="{escape(caption)}" '
        f'src="data:image/png;base64,{picture}">{marks}</div>'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def _card(row: Row, lang: str, region: Callable[[Source], _Region | _Unshown | None]) -> str:
    t = _TEXT[lang]
    status = row.status or "none"
    word = STATUS_WORDS[lang][row.status] if row.status else ""
    title = escape(row.label) + (f" — {escape(row.values)}" if row.values else "")
    parts = [
        f'<article class="card {status}" id="req-{row.number}">',
        f"<h3>{f'<span class=status>{escape(word)}</span>' if word else ''}"
        f"{row.number}. {title}</h3>",
        f"<blockquote>{escape(row.quote)}</blockquote>",
        f'<p class="source">{"<br>".join(escape(s) for s in row.sources)}</p>',
    ]
    if row.verdict is not None:
        parts.append(f'<p class="reason">{escape(row.verdict.reason)}</p>')
        if row.justification:
            items = "".join(f"<li>{escape(e)}</li>" for e in row.justification)
            parts.append(f'<ul class="evidence">{items}</ul>')
        if row.verdict.action:
            parts.append(f'<p class="action">{t["action"]} : {escape(row.verdict.action)}</p>')
    picture = region(row.requirement.sources[0])
    if isinstance(picture, _Region):
        parts.append(_figure(picture, row.sources[0]))
    elif picture is _UNSHOWN:
        parts.append(f'<p class="unshown">{escape(_TEXT[lang]["unshown"])}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def render(report: Report) -> str:
    lang = report.lang
    t = _TEXT[lang]
    pages = _Pages(report)
    try:
        out = [
            "<!doctype html>",
            f'<html lang="{lang}"><head><meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "img-src data:; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(t['title'])}</title><style>{_STYLE}</style></head><body>",
            f"<header><h1>{escape(t['title'])}</h1>",
            f'<p class="meta">tenderguard {escape(report.version)}</p>',
            f"<h2>{t['inputs']}</h2><ul>",
            *(f"<li>{escape(i.path)} ({escape(i.kind)})</li>" for i in report.inputs),
            "</ul>",
        ]
        if report.subject:
            out.append(f"<p><strong>{t['subject']}</strong> : {escape(report.subject)}</p>")
        if report.dates:
            out.append(f"<p><strong>{t['dates']}</strong> : {escape(report.dates)}</p>")
        if report.counts:
            spans = "".join(
                f'<span class="{s}">{escape(STATUS_WORDS[lang][s])} {n}</span>'
                for s, n in report.counts.items()
            )
            out.append(f'<p class="counts">{spans}</p>')
        out.append("</header><main>")
        for section in report.sections:
            out.append(f'<section class="domain"><h2>{escape(section.title)}</h2>')
            out += [_card(row, lang, pages.region) for row in section.rows]
            out.append("</section>")
        if not report.rows:
            out.append(f"<p>{t['none']}</p>")
        out.append(f"</main><footer>{escape(report.notice)}</footer></body></html>")
    finally:
        pages.close()
    return "\n".join(out) + "\n"
