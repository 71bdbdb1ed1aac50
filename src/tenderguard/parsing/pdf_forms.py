"""The filled-in fields of a PDF form (AcroForm), read with pdfium's form API.

A fillable certificate (an ACORD 25 from agency software) keeps its values in form fields
that the text layer may not show. Field names lose the XFA-style wrapping
("F[0].P1[0].NamedInsured_FullName_A[0]" -> "NamedInsured_FullName_A").
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from tenderguard.errors import InputFileError
from tenderguard.models import BBox

_WRAPPING = re.compile(r"^(?:[A-Za-z]+\[\d+\]\.)+|\[\d+\]$")


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    value: str
    page: int
    # Where the field is drawn, in points from the page's top-left corner.
    box: BBox | None = None
    is_text: bool = True  # a text field, combo or list box; not a check box or a button


_TEXT_TYPES = {
    pdfium_c.FPDF_FORMFIELD_TEXTFIELD,
    pdfium_c.FPDF_FORMFIELD_COMBOBOX,
    pdfium_c.FPDF_FORMFIELD_LISTBOX,
}


def _box(annot: Any, height: float) -> BBox | None:
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annot, rect):
        return None
    top, bottom = sorted((height - rect.top, height - rect.bottom))
    return BBox(
        x0=min(rect.left, rect.right), top=top, x1=max(rect.left, rect.right), bottom=bottom
    )


def _text(getter: Callable[..., int], env: Any, annot: Any) -> str:
    """A UTF-16 string out of a pdfium getter that is called once for the size, then to fill."""
    size = getter(env, annot, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    getter(env, annot, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def form_fields(data: bytes, path: str, password: str | None = None) -> list[FormField]:
    """Every form field with a value, in page order; [] for a PDF without a form."""
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise InputFileError(path, f"not a readable PDF ({exc})") from exc
    try:
        if doc.get_formtype() == pdfium_c.FORMTYPE_NONE:
            return []
        doc.init_forms()
        found: list[FormField] = []
        for index in range(len(doc)):
            try:
                page = doc[index]
            except pdfium.PdfiumError:  # a damaged page: its fields are lost, not the others
                continue
            height = page.get_height()
            for n in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
                annot = pdfium_c.FPDFPage_GetAnnot(page, n)
                try:
                    if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                        continue
                    name = _text(pdfium_c.FPDFAnnot_GetFormFieldName, doc.formenv, annot)
                    value = _text(pdfium_c.FPDFAnnot_GetFormFieldValue, doc.formenv, annot)
                    kind = pdfium_c.FPDFAnnot_GetFormFieldType(doc.formenv, annot)
                    box = _box(annot, height)
                finally:
                    pdfium_c.FPDFPage_CloseAnnot(annot)
                if value.strip():
                    found.append(
                        FormField(
                            _WRAPPING.sub("", name),
                            value.strip(),
                            index + 1,
                            box,
                            kind in _TEXT_TYPES,
                        )
                    )
            page.close()
        return found
    finally:
        doc.close()
