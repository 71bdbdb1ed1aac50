"""The text of a Word paragraph as Word shows it, with every tracked change accepted.

python-docx's `Paragraph.text` reads only the runs that are direct children of the paragraph:
it drops tracked insertions (`w:ins`, so "montant minimum de 3 000 000 €" became "montant
minimum de"), content controls (`w:sdt`), the results of fields, and the text of text boxes.
This walks the paragraph's XML in document order instead:

- kept: runs anywhere below the paragraph (insertions, moves to, hyperlinks, smart tags,
  content controls, simple fields), tabs and line breaks as spaces;
- dropped: deletions and moves from (`w:del`, `w:moveFrom`), runs struck through (`w:strike`,
  `w:dstrike`: the deletions of a redline typed by hand), field instructions (between a
  field's begin and separate marks, `w:instrText`), the placeholder a content control shows
  while empty, the fallback copy of a drawing (`mc:Fallback` repeats `mc:Choice`);
- apart: text boxes (`w:txbxContent`), whose paragraphs are blocks of their own, read the
  same way, after the paragraph that anchors them;
- in brackets at their call: the footnotes and endnotes the paragraph calls (the mark Word
  prints is no text), as a reader reads an aside where it is called.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import qn

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{_MC}}}Fallback"

# Subtrees whose text Word does not show once changes are accepted, or shows elsewhere.
_HIDDEN = {
    qn("w:del"),
    qn("w:moveFrom"),
    qn("w:delText"),
    qn("w:instrText"),
    qn("w:delInstrText"),
    qn("w:rPr"),
    qn("w:pPr"),
    qn("w:sdtPr"),
    _FALLBACK,
}
_NOTE_CALLS = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_TRACKED = (qn("w:ins"), qn("w:del"), qn("w:moveFrom"), qn("w:moveTo"))
_SPACES = {qn("w:tab"): " ", qn("w:br"): " ", qn("w:cr"): " ", qn("w:noBreakHyphen"): "-"}


@dataclass
class Visible:
    """A paragraph's shown text, and the paragraphs of the text boxes anchored in it."""

    text: str = ""
    # The paragraphs and tables of its text boxes (w:txbxContent); boxes nested in those are
    # found when they are read in turn.
    boxes: list[Any] = field(default_factory=list)


_STRIKES = (qn("w:strike"), qn("w:dstrike"))
_OFF = {"0", "false", "off"}


def _is_struck(run: Any) -> bool:
    properties = run.find(qn("w:rPr"))
    if properties is None:
        return False
    return any(
        (mark := properties.find(tag)) is not None and mark.get(qn("w:val"), "true") not in _OFF
        for tag in _STRIKES
    )


def _is_placeholder(sdt: Any) -> bool:
    properties = sdt.find(qn("w:sdtPr"))
    return properties is not None and properties.find(qn("w:showingPlcHdr")) is not None


def visible_text(paragraph: Any, notes: dict[tuple[str, str], str] | None = None) -> Visible:
    """The text of the `w:p` element `paragraph` as Word displays it, changes accepted; each
    note it calls, from `notes`, in brackets at its call."""
    out = Visible()
    parts: list[str] = []
    fields: list[bool] = []  # one per open complex field: True once its result begins

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _HIDDEN:
                continue
            if tag == qn("w:txbxContent"):
                out.boxes.extend(block_items(child))
                continue
            if tag in _NOTE_CALLS:
                call = (_NOTE_CALLS[tag], child.get(qn("w:id")) or "")
                note = (notes or {}).get(call, "").rstrip(" .")
                if note:
                    parts.append(f" ({note})")
                continue
            if tag == qn("w:sdt") and _is_placeholder(child):
                continue
            if tag == qn("w:r") and _is_struck(child):
                continue
            if tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                if kind == "begin":
                    fields.append(False)
                elif kind == "separate" and fields:
                    fields[-1] = True
                elif kind == "end" and fields:
                    fields.pop()
                continue
            shown = all(fields)  # False inside a field's instructions
            if tag == qn("w:t"):
                parts.append((child.text or "") if shown else "")
            elif tag in _SPACES:
                parts.append(_SPACES[tag] if shown else "")
            else:
                walk(child)  # the marks that end the instructions may be further down

    walk(paragraph)
    out.text = "".join(parts)
    return out


def block_items(container: Any) -> Iterator[Any]:
    """The paragraphs (`w:p`) and tables (`w:tbl`) of a body or a cell, in order, looking
    through block-level content controls and custom XML, which Word shows as plain content."""
    for child in container:
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt") and not _is_placeholder(child):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from block_items(content)
        elif child.tag == qn("w:customXml"):
            yield from block_items(child)


def has_tracked_changes(body: Any) -> bool:
    """Whether the document holds revisions not yet accepted or rejected."""
    return any(next(body.iter(tag), None) is not None for tag in _TRACKED)


def note_texts(parts: Iterator[tuple[str, bytes]]) -> dict[tuple[str, str], str]:
    """The text of each footnote and endnote, by ("footnote" | "endnote", id), from the XML of
    the document's notes parts; the separator lines Word keeps among them are no notes."""
    texts: dict[tuple[str, str], str] = {}
    for kind, blob in parts:
        for note in parse_xml(blob).iter(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            text = " ".join(visible_text(p).text.strip() for p in note.iter(qn("w:p")))
            texts[(kind, note.get(qn("w:id")) or "")] = " ".join(text.split())
    return texts
