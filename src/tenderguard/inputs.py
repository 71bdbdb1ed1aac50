"""Paths given by the user -> pieces of one tender. A bad file becomes an error, never a crash."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from tenderguard.errors import InputFileError, UnsupportedFormat
from tenderguard.layout import drop_running_lines
from tenderguard.models import Block, InputError, InputFile, Piece, PieceKind
from tenderguard.names import shown
from tenderguard.parsing import ocr
from tenderguard.parsing.archive import MAX_DEPTH, Member, read_zip
from tenderguard.parsing.asciidoc import is_asciidoc, read_asciidoc
from tenderguard.parsing.csv_table import is_delimited, read_csv
from tenderguard.parsing.docx import read_docx
from tenderguard.parsing.gherkin import is_gherkin, read_gherkin
from tenderguard.parsing.html import decode_html, is_html, mail_lines, read_html
from tenderguard.parsing.mail import is_mail, read_mail
from tenderguard.parsing.ocr_repair import pattern_words, repair, words_of
from tenderguard.parsing.pdf import is_scan, read_pdf
from tenderguard.parsing.text import decode_text, read_markdown, read_text
from tenderguard.parsing.webvtt import is_webvtt, read_webvtt
from tenderguard.parsing.wiki_markup import is_wiki_markup, read_wiki_markup
from tenderguard.pieces import classify

# (".mdx": a documentation site's Markdown with JSX, its import lines and components set aside)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
TEXT_SUFFIXES = {".txt", ".text", *MARKDOWN_SUFFIXES, ".adoc", ".asciidoc", ".vtt", ".feature"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv"}
MAIL_SUFFIXES = {".eml"}
# The header of a message saved raw, whose body the mail reader decodes.
_ENCODED_BODY = re.compile(rb"(?im)^content-transfer-encoding:\s*(?:quoted-printable|base64)\s*$")
MAX_FILE_BYTES = 300 * 1024 * 1024
# Text read from one document: about 2,500 dense pages, far beyond any tender piece, and a
# bound on the time any input can take.
MAX_DOCUMENT_CHARS = 5_000_000
# Files a DCE folder often holds next to its pieces; skipped without a warning.
_QUIET_SKIP = {
    ".xlsx",
    ".xls",
    ".ods",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".dwg",
    ".p7s",
    ".xml",
    ".json",
    ".sig",
}


# Pieces of a folder or archive are listed in the order a buyer's DCE is read.
_PIECE_ORDER = {
    kind: i
    for i, kind in enumerate(
        (
            PieceKind.RC,
            PieceKind.CCAP,
            PieceKind.CCTP,
            PieceKind.AE,
            PieceKind.CONTRACT,
            PieceKind.ANNEX,
            PieceKind.OTHER,
        )
    )
}


Progress = Callable[[InputFile], None]


@dataclass
class Loaded:
    pieces: list[Piece] = field(default_factory=list)
    inputs: list[InputFile] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    progress: Progress | None = None  # told of each document as soon as it is read
    # A tender piece with no text at all is an error; a certificate's reader says it itself.
    require_text: bool = True

    def sort_from(self, start: int) -> None:
        """Orders the pieces added since `start` by piece kind (RC, CCAP, CCTP, AE...)."""
        pairs = sorted(
            zip(self.pieces[start:], self.inputs[start:], strict=True),
            key=lambda pair: _PIECE_ORDER[pair[0].kind],
        )
        self.pieces[start:] = [p for p, _ in pairs]
        self.inputs[start:] = [i for _, i in pairs]


def _sniff(data: bytes, path: str) -> str:
    """pdf, docx, zip or text, from the content first, the suffix second."""
    suffix = Path(path.rsplit("!", 1)[-1]).suffix.lower()
    if not data:
        raise InputFileError(path, "the file is empty")
    head = data[:1024]
    # A ZIP first: a PDF stored in an archive puts "%PDF-" within the archive's first bytes.
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if b"word/document.xml" in data[:65536] or (b"word/" in data[:65536] and suffix == ".docx"):
            return "docx"
        if suffix == ".docx":
            raise InputFileError(path, "a ZIP file without a Word document inside: not a DOCX")
        return "zip"
    if b"%PDF-" in head:  # the header may follow some junk, within the first 1024 bytes
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(
            path,
            "legacy Word/Office file or password-protected Office document: save it as DOCX or PDF",
        )
    if suffix == ".pdf":
        raise InputFileError(
            path, "does not start like a PDF (no %PDF header): damaged or misnamed file"
        )
    if suffix == ".docx":
        raise InputFileError(path, "not a DOCX (a DOCX is a ZIP package)")
    if suffix in MAIL_SUFFIXES or (
        is_mail(data) and (suffix not in TEXT_SUFFIXES or _ENCODED_BODY.search(data[:8192]))
    ):
        # (a message saved whole as .txt, its body still encoded: « =E2=80=99 », soft breaks)
        return "eml"
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and is_html(data)):
        return "html"
    if suffix in TABLE_SUFFIXES:
        return "csv"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise UnsupportedFormat(
        path,
        f"unsupported format {suffix or '(no extension)'}: give PDF, DOCX, TXT, MD, HTML, CSV, "
        "EML, a scan (PNG, JPEG, TIFF), or a folder / ZIP of them",
    )


@dataclass
class _Read:
    blocks: list[Block]
    pages: int | None
    format: str
    by_ocr: bool = False  # the text was read from pictures of the pages


OCR_LAYER = "text layer made by OCR over scanned pages; check the values"


def _parse(data: bytes, path: str, fmt: str, password: str | None, warnings: list[str]) -> _Read:
    pages: int | None
    if fmt == "pdf":
        blocks, pages, damaged = read_pdf(data, path, password)
        if damaged:
            listed = ", ".join(map(str, damaged[:10])) + (" ..." if len(damaged) > 10 else "")
            warnings.append(f"{path}: page(s) {listed} damaged and skipped")
        if _has_text(blocks):
            if is_scan(data, path, password):
                warnings.append(f"{path}: {OCR_LAYER}")
                return _Read(blocks, pages, "pdf", by_ocr=True)
            return _Read(blocks, pages, "pdf")
        if not ocr.available():
            warnings.append(f"{path}: {ocr.MISSING}")
            return _Read(blocks, pages, "pdf")
        blocks = drop_running_lines(ocr.ocr_pdf(data, path, password))
        if _has_text(blocks):
            warnings.append(f"{path}: no text layer; read by OCR, check the values")
        return _Read(blocks, pages, "pdf", by_ocr=True)
    if fmt == "image":
        if not ocr.available():
            ocr.open_image(data, path)  # a damaged picture is said so, not "install tesseract"
            warnings.append(f"{path}: {ocr.MISSING}")
            return _Read([], 1, "image")
        warnings.append(f"{path}: picture read by OCR, check the values")
        return _Read(ocr.ocr_image(data, path), 1, "image", by_ocr=True)
    if fmt == "docx":
        blocks, said = read_docx(data, path)
        warnings.extend(said)
        return _Read(blocks, None, "docx")
    if fmt == "html":
        return _Read(read_html(decode_html(data)), None, "html")
    text, warning = decode_text(data)
    if warning and fmt != "csv":  # Excel writes CSV files in Windows-1252 for a French locale
        warnings.append(f"{path}: {warning}")
    # a grid exported by a spreadsheet and saved as .txt is read as the table it is
    if fmt == "csv" or (path.lower().endswith((".txt", ".text")) and is_delimited(text)):
        rows = read_csv(text)
        if rows is not None:
            return _Read(rows, None, "csv")
        warnings.append(f"{path}: no table of one separator found; read as plain text")
    # (an AsciiDoc text saved as .md, its sections titled « == 3. Hébergement » and none « ## »,
    # is AsciiDoc)
    if path.lower().endswith(MARKDOWN_SUFFIXES) and not (
        is_asciidoc(text) and not _MARKDOWN_HEADING.search(text)
    ):
        blocks, pages = read_markdown(text)
        return _Read(drop_running_lines(blocks) if pages else blocks, pages, "md")
    if path.lower().endswith((".adoc", ".asciidoc")) or is_asciidoc(text):
        return _Read(read_asciidoc(text), None, "txt")
    if is_wiki_markup(text):
        return _Read(read_wiki_markup(text), None, "txt")
    if path.lower().endswith(".feature") or is_gherkin(text):
        scenarios = read_gherkin(text)
        if scenarios is not None:
            return _Read(scenarios, None, "txt")
    if is_webvtt(text):
        cues = read_webvtt(text)
        if cues is not None:
            return _Read(cues, None, "txt")
        warnings.append(f"{path}: not well-formed WebVTT, read as plain text")
    blocks, pages = read_text(text)
    return _Read(drop_running_lines(blocks) if pages else blocks, pages, "txt")


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S", re.MULTILINE)


@cache
def _ocr_words() -> frozenset[str]:
    """The words a word OCR cut in two is rejoined into: those of the rules' examples, the
    words demands are written in, and those their patterns look for."""
    from tenderguard.rules import default_rules  # the rules are loaded for OCR'd text only

    rules = default_rules().rules
    return words_of(
        [
            *(
                text
                for r in rules
                for text in (*(e.text for e in r.examples.match), *r.examples.no_match)
            ),
            *(word for r in rules for word in pattern_words(r.patterns)),
        ]
    )


def _has_text(blocks: Sequence[Block]) -> bool:
    return any(b.text.strip() for b in blocks)


def _no_text(said: list[str], fmt: str, pages: int | None) -> str:
    """Why a document gave no text at all, from what its reading said."""
    if any(ocr.MISSING in line for line in said):
        return f"no text layer: {ocr.MISSING}"
    damaged = next((line for line in said if line.endswith("damaged and skipped")), None)
    if damaged:
        return "no text on the pages that could be read; " + damaged.split(": ", 1)[-1]
    if fmt in ("pdf", "image"):
        read = (
            f" (the first {ocr.MAX_OCR_PAGES} read by OCR)"
            if (pages or 0) > ocr.MAX_OCR_PAGES
            else ""
        )
        return (
            f"no text found on its {pages or 1} page(s){read}, even by OCR: blank pages, or a "
            "scan too poor to read"
        )
    return "no text in the document"


def _within_budget(blocks: list[Block], path: str, warnings: list[str]) -> list[Block]:
    """The blocks up to MAX_DOCUMENT_CHARS of text: a bounded time for any document."""
    total = 0
    for index, block in enumerate(blocks):
        total += len(block.text)
        if total > MAX_DOCUMENT_CHARS:
            warnings.append(
                f"{path}: more than {MAX_DOCUMENT_CHARS:,} characters of text; the reading "
                f"stops there"
            )
            kept = blocks[:index]
            if not kept:  # one block larger than the budget (a single-line file)
                kept = [replace(block, text=block.text[:MAX_DOCUMENT_CHARS])]
            return kept
    return blocks


def _html_mail(text: str) -> list[Block]:
    """An e-mail sent as HTML only: a thread quoting its earlier messages (<blockquote>) is read
    as the text a mail client shows, so that the newest message holds; a message quoting
    nothing keeps the page's structure (headings, tables)."""
    headers, _, content = text.partition("\n\n")
    if "<blockquote" not in content.lower():
        return read_html(content)
    return read_text(headers + "\n\n" + "\n".join(mail_lines(content)))[0]


def _add_document(
    out: Loaded, data: bytes, path: str, password: str | None, depth: int, origin: str
) -> None:
    """Reads one document shown as `path`; `origin` is where it can be read again (the real
    file name, which may not be printable, with "!/member" for archive members)."""
    try:
        fmt = _sniff(data, path)
        if fmt == "zip":
            if depth >= MAX_DEPTH:
                raise InputFileError(path, "archive nested too deeply; extract it first")
            members, skipped = read_zip(data, path)
            for s in skipped:
                out.warnings.append(f"{path}!/{s.name}: {s.reason}")
            if not members:
                raise InputFileError(path, "the archive holds no document")
            _add_members(out, sorted(members, key=lambda m: m.name), path, password, depth, origin)
            return
        said = len(out.warnings)
        if fmt == "eml":
            mail = read_mail(data)
            if depth < MAX_DEPTH:  # attachments are read before the message, as pieces are
                _add_members(out, mail.attachments, path, password, depth, origin)
            body = _html_mail(mail.text) if mail.html else read_text(mail.text)[0]
            if mail.attachments and not _has_text(body):
                return  # a message that only carries its attachments
            parsed = _Read(body, None, "eml")
        else:
            parsed = _parse(data, path, fmt, password, out.warnings)
        blocks, pages, kind = parsed.blocks, parsed.pages, parsed.format
        if parsed.by_ocr:
            words = _ocr_words()
            blocks = [replace(b, text=repair(b.text, words)) for b in blocks]
        if out.require_text and not _has_text(blocks):
            reason = _no_text(out.warnings[said:], kind, pages)
            del out.warnings[said:]  # the error says it
            raise InputFileError(path, reason)
        blocks = _within_budget(blocks, path, out.warnings)
    except InputFileError as exc:
        out.errors.append(InputError(exc.path, exc.reason))
        return
    sha = hashlib.sha256(data).hexdigest()
    piece = Piece(
        path=path,
        sha256=sha,
        kind=classify(path, blocks),
        format=kind,
        pages=pages,
        blocks=tuple(blocks),
        by_ocr=parsed.by_ocr,
    )
    read = InputFile(path=path, sha256=sha, pages=pages, kind=piece.kind.value, origin=origin)
    out.pieces.append(piece)
    out.inputs.append(read)
    if out.progress is not None:
        out.progress(read)


def _add_members(
    out: Loaded,
    members: Sequence[Member],
    path: str,
    password: str | None,
    depth: int,
    origin: str,
) -> None:
    """The documents inside an archive or attached to an e-mail, each a piece of its own
    ("dce.zip!/RC.pdf", "mail.eml!/CCAP.pdf"), ordered as a tender's pieces are read."""
    start = len(out.pieces)
    for member in members:
        if Path(member.name).suffix.lower() in _QUIET_SKIP:
            continue
        inner = f"{path}!/{member.name}"
        _add_document(out, member.data, inner, password, depth + 1, f"{origin}!/{member.name}")
    out.sort_from(start)


def _walk(folder: Path) -> Iterable[Path]:
    for child in sorted(folder.rglob("*")):
        if child.is_file() and not any(p.startswith(".") for p in child.relative_to(folder).parts):
            yield child


def load_inputs(
    paths: Sequence[Path | str],
    password: str | None = None,
    progress: Progress | None = None,
    *,
    require_text: bool = True,
) -> Loaded:
    """Reads every path (file, folder or archive) as pieces of one tender. A document with
    no text at all is an error unless `require_text` is False."""
    out = Loaded(progress=progress, require_text=require_text)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = list(_walk(path))
            if not files:
                out.errors.append(InputError(shown(path), "the folder holds no file"))
            start = len(out.pieces)
            for file in files:
                if file.suffix.lower() in _QUIET_SKIP:
                    continue
                _add_file(out, file, password)
            out.sort_from(start)
        else:
            _add_file(out, path, password)
    return out


def _add_file(out: Loaded, path: Path, password: str | None) -> None:
    name = shown(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputFileError(name, f"{size:,} bytes, more than the {MAX_FILE_BYTES:,} accepted")
        data = path.read_bytes()
    except FileNotFoundError:
        out.errors.append(InputError(name, "no such file or folder"))
        return
    except PermissionError:
        out.errors.append(InputError(name, "permission denied"))
        return
    except InputFileError as exc:
        out.errors.append(InputError(exc.path, exc.reason))
        return
    except OSError as exc:
        out.errors.append(InputError(name, f"cannot be read ({exc.strerror or exc})"))
        return
    _add_document(out, data, name, password, depth=0, origin=str(path))


def document_bytes(path: str) -> bytes | None:
    """The bytes of a piece read earlier, archive members included ("dce.zip!/RC.pdf"), for
    the formats that show the page again; None if it can no longer be read."""
    outer, *members = path.split("!/")
    try:
        data = Path(outer).read_bytes()
        for name in members:
            if is_mail(data):
                data = next(a.data for a in read_mail(data).attachments if a.name == name)
                continue
            found, _ = read_zip(data, outer)
            data = next(m.data for m in found if m.name == name)
    except (OSError, InputFileError, StopIteration):
        return None
    return data
