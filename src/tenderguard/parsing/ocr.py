"""Scanned pages and images -> lines of text, with tesseract when it is installed.

tesseract is a system program (Debian: tesseract-ocr, tesseract-ocr-fra); it is optional. Pages
are rendered with pypdfium2 at 300 dpi, turned upright and levelled (straighten), and read in
French and English; the TSV output gives each word's box, grouped back into lines.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Callable
from functools import partial

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from tenderguard.errors import InputFileError
from tenderguard.models import BBox, Block, BlockKind
from tenderguard.text import clean

DPI = 300
LANGUAGES = "fra+eng"
TIMEOUT_SECONDS = 120  # per page
BLANK_LEVEL = 235  # grey level (0-255) below which a pixel is a mark on the page
MAX_OCR_PAGES = 50  # a scanned certificate or tender piece; beyond, the reading stops
# Straightening: tesseract's orientation guesses below this confidence are ignored (upright
# pages score about 12, turned ones about 11 on the sample scan); skews within MAX_SKEW degrees
# are measured in SKEW_STEP steps and corrected from MIN_SKEW.
MIN_ORIENTATION_CONFIDENCE = 5.0
MAX_SKEW = 6.0
SKEW_STEP = 0.25
MIN_SKEW = 0.3
SKEW_WIDTH = 900
INK_CONTRAST = 25  # grey levels darker than the neighbourhood for a pixel to be ink
MISSING = (
    "scanned document: install tesseract (Debian: apt-get install tesseract-ocr "
    "tesseract-ocr-fra) to read it"
)


def available() -> bool:
    return shutil.which("tesseract") is not None


def _tesseract(image: Image.Image, *args: str) -> subprocess.CompletedProcess[bytes]:
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG")
    return subprocess.run(
        ["tesseract", "stdin", "stdout", *args],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
        # One thread: tesseract's OpenMP threads spin waiting for each other; on the photo of
        # a certificate one thread reads in 0.8 s what four took 4.8 s for.
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )


_ROTATE = re.compile(rb"^Rotate:\s*(\d+)", re.MULTILINE)
_CONFIDENCE = re.compile(rb"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)


def _orientation(image: Image.Image) -> int:
    """Degrees to turn the page counter-clockwise to read it upright (0, 90, 180, 270), from
    tesseract's orientation detection; 0 when it cannot tell (too little text, no osd data)."""
    done = _tesseract(image, "--psm", "0")
    rotate, confidence = _ROTATE.search(done.stdout), _CONFIDENCE.search(done.stdout)
    if done.returncode != 0 or rotate is None or confidence is None:
        return 0
    if float(confidence.group(1)) < MIN_ORIENTATION_CONFIDENCE:
        return 0
    return int(rotate.group(1)) % 360


def skew_angle(image: Image.Image) -> float:
    """The small angle (degrees, counter-clockwise) that levels the lines of a photo or a
    skewed scan: the one that makes the ink's row profile sharpest.

    Ink is what is darker than its surroundings (so a dark table around a photographed page,
    or uneven light, is not ink); the profile is the count of ink pixels per row, and level
    lines of text make it alternate most between lines and gaps. Measured on a copy about
    900 pixels wide: a quarter of a second a page."""
    import numpy as np  # only for scans: its import costs a one-page check 50 ms

    gray = image.convert("L")
    factor = SKEW_WIDTH / gray.width
    small = gray.resize((SKEW_WIDTH, max(1, round(gray.height * factor))))
    blurred = np.asarray(small.filter(ImageFilter.BoxBlur(12)), dtype=np.int16)
    ink = (blurred - np.asarray(small, dtype=np.int16)) > INK_CONTRAST
    mask = Image.fromarray(ink.astype(np.uint8) * 255)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP):
        turned = mask.rotate(float(angle), resample=Image.Resampling.NEAREST)
        rows = np.asarray(turned, dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def straighten(image: Image.Image) -> Image.Image:
    """The page turned upright, then levelled: tesseract reads tables of a page photographed
    3° askew badly, and a page scanned sideways not at all."""
    upright = image.convert("L")
    turn = _orientation(upright)
    if turn:
        upright = upright.rotate(turn, expand=True, fillcolor=255)
    angle = skew_angle(upright)
    if abs(angle) >= MIN_SKEW:
        upright = upright.rotate(
            angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
        )
    return upright


def _read_image(image: Image.Image, page: int, scale: float) -> list[Block]:
    """Lines of one image, straightened first; boxes are given back in points (image pixels /
    scale) of the straightened page."""
    done = _tesseract(straighten(image), "-l", LANGUAGES, "--psm", "4", "tsv")
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


def open_image(data: bytes, path: str) -> Image.Image:
    """The picture in `data`, decoded whole; a damaged one is an error naming the file,
    whether tesseract is installed or not."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, Image.DecompressionBombError) as exc:
        raise InputFileError(path, f"not a readable image ({exc})") from exc
    return image


def ocr_image(data: bytes, path: str) -> list[Block]:
    """Lines of a picture (PNG, JPEG, TIFF) of a document."""
    image = open_image(data, path)
    dpi = image.info.get("dpi", (DPI, DPI))[0] or DPI
    return _run(path, partial(_read_image, image, 1, float(dpi) / 72))


def _run(path: str, read: Callable[[], list[Block]]) -> list[Block]:
    try:
        return read()
    except subprocess.TimeoutExpired as exc:
        raise InputFileError(path, f"OCR took more than {TIMEOUT_SECONDS} s on a page") from exc
    except (OSError, RuntimeError) as exc:
        raise InputFileError(path, f"OCR failed ({exc})") from exc
