"""Scanned pages and images -> lines of text, with tesseract when it is installed.

tesseract is a system program (Debian: tesseract-ocr, tesseract-ocr-fra); it is optional. Pages
are rendered with pypdfium2 at 300 dpi and read in French and English; the TSV output gives each
word's box, grouped back into lines.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Callable
from functools import partial

import pypdfium2 as pdfium
from PIL import Image

from tenderguard.errors import InputFileError
from tenderguard.models import BBox, Block, BlockKind
from tenderguard.text import clean

DPI = 300
LANGUAGES = "fra+eng"
TIMEOUT_SECONDS = 120  # per page
BLANK_LEVEL = 235  # grey level (0-255) below which a pixel is a mark on the page
MAX_OCR_PAGES = 50  # a scanned certificate or tender piece; beyond, the reading stops
MISSING = (
    "scanned document: install tesseract (Debian: apt-get install tesseract-ocr "
    "tesseract-ocr-fra) to read it"
)


def available() -> bool:
    return shutil.which("tesseract") is not None


def _read_image(image: Image.Image, page: int, scale: float) -> list[Block]:
    """Lines of one image; boxes are given back in PDF points (image pixels / scale)."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG")
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", LANGUAGES, "--psm", "4", "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(message[-1] if message else f"tesseract exit {done.returncode}")
    words: dict[tuple[str, str, str], list[tuple[int, int, int, int, str]]] = defaultdict(list)
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or not cells[11].strip() or cells[10] == "-1":
            continue
        left, top, width, height = (int(c) for c in cells[6:10])
        words[(cells[2], cells[3], cells[4])].append((left, top, width, height, cells[11]))
    lines = []
    for key in sorted(words, key=lambda k: (min(w[1] for w in words[k]), k)):
        line = sorted(words[key])
        text = clean(" ".join(w[4] for w in line)).strip()
        if text:
            box = BBox(
                min(w[0] for w in line) / scale,
                min(w[1] for w in line) / scale,
                max(w[0] + w[2] for w in line) / scale,
                max(w[1] + w[3] for w in line) / scale,
            )
            lines.append(Block(text, page, BlockKind.LINE, box))
    return lines


def ocr_pdf(data: bytes, path: str, password: str | None) -> list[Block]:
    """Lines of every page of a PDF read by tesseract."""
    doc = pdfium.PdfDocument(data, password=password)
    try:
        blocks: list[Block] = []
        scale = DPI / 72
        for index in range(min(len(doc), MAX_OCR_PAGES)):
            try:
                page = doc[index]
            except pdfium.PdfiumError:  # a damaged page: the others are still read
                continue
            try:
                image = page.render(scale=scale).to_pil()
            finally:
                page.close()
            if _blank(image):  # nothing for tesseract to read: spare its second per page
                continue
            blocks += _run(path, partial(_read_image, image, index + 1, scale))
        return blocks
    finally:
        doc.close()


def _blank(image: Image.Image) -> bool:
    """True for a page with no mark darker than paper (nearly white everywhere)."""
    darkest, _ = image.convert("L").getextrema()  # (min, max) of a one-band image
    return isinstance(darkest, int) and darkest >= BLANK_LEVEL


def ocr_image(data: bytes, path: str) -> list[Block]:
    """Lines of a picture (PNG, JPEG, TIFF) of a document."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, Image.DecompressionBombError) as exc:
        raise InputFileError(path, f"not a readable image ({exc})") from exc
    dpi = image.info.get("dpi", (DPI, DPI))[0] or DPI
    return _run(path, partial(_read_image, image, 1, float(dpi) / 72))


def _run(path: str, read: Callable[[], list[Block]]) -> list[Block]:
    try:
        return read()
    except subprocess.TimeoutExpired as exc:
        raise InputFileError(path, f"OCR took more than {TIMEOUT_SECONDS} s on a page") from exc
    except (OSError, RuntimeError) as exc:
        raise InputFileError(path, f"OCR failed ({exc})") from exc
