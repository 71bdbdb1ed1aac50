"""Hostile and broken inputs, built on demand (no opaque blobs in the repository).

Each case names the file(s) it writes, the extra arguments of `tenderguard check`, and what
must come out: `error` (exit 2 and a message naming the file), or `partial` (a warning
naming the file, and the results of what could be read), or `results` (read despite the
damage). Shared by tests/test_bad_inputs.py and benchmarks/bench_bad_inputs.py.
"""

from __future__ import annotations

import io
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CERTIFICATE = SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx"

CONTRACT_LINES = [
    "CONTRAT DE PRESTATIONS",
    "Article 1 - Objet",
    "Le present contrat porte sur la maintenance d'un site internet.",
    "Article 2 - Assurances",
    "Le Prestataire souscrit une assurance responsabilite civile professionnelle",
    "d'un montant minimum de 1 000 000 EUR par sinistre.",
]


@dataclass(frozen=True)
class Case:
    name: str
    # Writes the inputs into a folder and returns the arguments of `check` that name them.
    build: Callable[[Path], list[Path]]
    expect: str  # error, partial, results
    reason: str  # a fragment of the message (error or warning) that says why
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)  # e.g. a PATH without tesseract
    # Requirements that must still be found in what could be read (0: exactly none).
    demands: int | None = None


def _pdf(lines: list[str], password: str | None = None) -> bytes:
    pdf = FPDF(format="A4")
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _write(folder: Path, name: str, data: bytes | str) -> list[Path]:
    path = folder / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return [path]


def _broken_xref(folder: Path) -> list[Path]:
    """A valid PDF whose cross-reference offsets all point to the wrong place."""
    data = _pdf(CONTRACT_LINES)
    data = re.sub(rb"\n(\d{10}) 00000 n", b"\n0000000007 00000 n", data)
    data = re.sub(rb"startxref\s+\d+", b"startxref\n99999", data)
    return _write(folder, "xref_cassee.pdf", data)


def _blank_pages(folder: Path) -> list[Path]:
    document = pdfium.PdfDocument.new()
    for _ in range(3000):
        document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    return _write(folder, "3000_pages_blanches.pdf", out.getvalue())


def _image_only(folder: Path) -> list[Path]:
    """The text PDF rendered to a picture and saved as a PDF of that picture."""
    page = pdfium.PdfDocument(_pdf(CONTRACT_LINES))[0]
    image = page.render(scale=150 / 72).to_pil().convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150)
    return _write(folder, "scan_sans_texte.pdf", out.getvalue())


def _docx_with(member: str, content: bytes) -> bytes:
    """A real DOCX (one of the samples) with one member replaced or added."""
    source = zipfile.ZipFile(SAMPLES / "dpa_processor_en.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
        target.writestr(member, content)
    return out.getvalue()


def _entities_docx(folder: Path) -> list[Path]:
    """document.xml declares nested entities that would expand to gigabytes."""
    entities = '<!ENTITY e0 "lol">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _write(folder, "entites.docx", _docx_with("word/document.xml", xml.encode()))


def _bomb_docx(folder: Path) -> list[Path]:
    """A DOCX whose document.xml expands to 400 MB from a few hundred KB."""
    huge = b"<w:p/>" * (400 * 1024 * 1024 // 6)
    return _write(folder, "bombe.docx", _docx_with("word/document.xml", huge))


def _bomb_zip(folder: Path) -> list[Path]:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("RC.txt", "Reglement de la consultation.")
        archive.writestr("CCAP.txt", b"0" * (600 * 1024 * 1024))
    return _write(folder, "dce_bombe.zip", out.getvalue())


def _escaping_zip(folder: Path) -> list[Path]:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("../../evade.txt", "Article 1 - hors de l'archive")
        archive.writestr("/etc/absolu.txt", "Article 1 - chemin absolu")
        archive.writestr("CCAP.pdf", _pdf(CONTRACT_LINES))
    return _write(folder, "dce_chemins.zip", out.getvalue())


def _wrong_extensions(folder: Path) -> list[Path]:
    return _write(folder, "contrat.docx", _pdf(CONTRACT_LINES)) + _write(
        folder, "annexe.pdf", (SAMPLES / "dpa_processor_en.docx").read_bytes()
    )


def _latin1(folder: Path) -> list[Path]:
    text = "\n\n".join(CONTRACT_LINES).replace("responsabilite", "responsabilité")
    return _write(folder, "contrat_latin1.txt", text.encode("latin-1"))


def _one_line(folder: Path) -> list[Path]:
    sentence = " ".join(CONTRACT_LINES[2:]) + " "
    repeat = 50 * 1024 * 1024 // len(sentence)
    return _write(folder, "une_ligne.txt", sentence * repeat)


def _certificate_without_amounts(folder: Path) -> list[Path]:
    lines = [
        "ATTESTATION D'ASSURANCE",
        "Assureur : Mutuelle Exemple",
        "Nous attestons que la societe Exemple SARL est assuree en responsabilite civile",
        "professionnelle pour ses activites de developpement informatique.",
        "Periode de validite : du 01/01/2026 au 31/12/2026",
    ]
    contract = _write(folder, "contrat.txt", "\n\n".join(CONTRACT_LINES))
    certificate = _write(folder, "attestation_sans_montant.pdf", _pdf(lines))
    return [*contract, Path("--certificate"), *certificate]


def _no_requirement(folder: Path) -> list[Path]:
    text = (
        "COMPTE RENDU DE REUNION\n\nLa reunion de lancement s'est tenue le 3 mars. Le planning "
        "des ateliers a ete arrete et le prochain comite se tiendra en juin.\n"
    )
    return _write(folder, "compte_rendu.txt", text)


CASES: list[Case] = [
    Case("empty file", lambda f: _write(f, "vide.pdf", b""), "error", "the file is empty"),
    Case(
        "truncated PDF",
        lambda f: _write(f, "tronque.pdf", _pdf(CONTRACT_LINES)[:700]),
        "error",
        "PDF",
    ),
    Case("broken cross-reference table", _broken_xref, "results", "", demands=1),
    Case(
        "encrypted PDF, no password",
        lambda f: _write(f, "protege.pdf", _pdf(CONTRACT_LINES, "secret")),
        "error",
        "--password",
    ),
    Case(
        "encrypted PDF, --password",
        lambda f: _write(f, "protege.pdf", _pdf(CONTRACT_LINES, "secret")),
        "results",
        "",
        ("--password", "secret"),
        demands=1,
    ),
    Case("3,000 blank pages", _blank_pages, "error", "no text"),
    Case(
        "image-only PDF, no OCR",
        _image_only,
        "error",
        "install tesseract",
        env={"PATH": "/nonexistent"},
    ),
    Case(
        "DOCX that is not a zip",
        lambda f: _write(f, "faux.docx", "pas un document Word"),
        "error",
        "not a DOCX",
    ),
    Case("DOCX declaring entity expansion", _entities_docx, "error", "entit"),
    Case("zip bomb as DOCX", _bomb_docx, "error", "zip bomb"),
    Case("zip bomb as DCE archive", _bomb_zip, "error", "expands to"),
    Case(
        "archive entries with ../ or absolute paths",
        _escaping_zip,
        "partial",
        "path leaves the archive",
        demands=1,
    ),
    Case("wrong extensions", _wrong_extensions, "results", "", demands=2),
    Case("non-UTF-8 text", _latin1, "partial", "not UTF-8", demands=1),
    Case("50 MB single-line text", _one_line, "partial", "the reading stops there", demands=1),
    Case(
        "certificate with no amounts",
        _certificate_without_amounts,
        "partial",
        "no guarantee with its amount could be read",
    ),
    Case("tender with no requirement", _no_requirement, "results", "", demands=0),
]


MEMORY_LIMIT = 3 * 1024**3  # address space, bytes: a bomb that expanded would hit it


@dataclass(frozen=True)
class Outcome:
    code: int | None  # None: killed at the time limit
    stdout: str
    stderr: str
    seconds: float
    peak_kib: int  # peak resident memory of the process


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_case(case: Case, folder: Path, time_limit: float) -> Outcome:
    """`tenderguard check` on the case's inputs, in a process of its own with bounded
    address space, killed after `time_limit` seconds."""
    args = [str(a) for a in case.build(folder)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "tenderguard", "check", *args, *case.args],
            stdout=out,
            stderr=err,
            env=os.environ | case.env,
            preexec_fn=_limit_memory,
        )
        # wait4 rather than wait: it gives the process's own peak memory.
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > time_limit:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        killed = seconds > time_limit
        return Outcome(
            None if killed else process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss,
        )
