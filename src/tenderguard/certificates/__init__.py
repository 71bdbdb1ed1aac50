"""Insurance certificates: what they say, each value with the line it was read from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from tenderguard.certificates.acord import is_acord_form, read_acord_form, read_acord_text
from tenderguard.certificates.coverages import read_coverages
from tenderguard.certificates.fields import Fields, read_fields
from tenderguard.errors import InputFileError
from tenderguard.inputs import load_inputs
from tenderguard.models import Block, BlockKind, Certificate
from tenderguard.names import shown
from tenderguard.normalise.lexicon import lexicon
from tenderguard.parsing.pdf_forms import form_fields
from tenderguard.text import language


def read_certificate(path: Path | str, password: str | None = None) -> Certificate:
    """Reads one certificate (PDF with text or form fields, scan, picture, DOCX, TXT, MD);
    raises InputFileError if it cannot."""
    loaded = load_inputs([path], password=password, require_text=False)
    if loaded.errors:
        error = loaded.errors[0]
        raise InputFileError(error.path, error.reason)
    if len(loaded.pieces) != 1:
        raise InputFileError(shown(path), "a certificate is one document, not a folder or archive")
    piece = loaded.pieces[0]
    warnings = list(loaded.warnings)
    blocks = [b for b in piece.blocks if b.text.strip()]
    unread = None
    if not blocks:
        unread = warnings[-1] if warnings else f"{piece.path}: no text could be read"
    lang = language(b.text for b in blocks)
    filled = (
        form_fields(Path(path).read_bytes(), piece.path, password) if piece.format == "pdf" else []
    )
    looks_like = True
    if is_acord_form(filled):
        fields, evidence, coverages = read_acord_form(filled, piece.path)
        unread = None
    elif (printed := read_acord_text(blocks, piece.path)) is not None:
        fields, evidence, coverages = printed
        if not coverages:
            warnings.append(f"{piece.path}: an ACORD 25 form with no policy filled in")
    else:
        fields, evidence = read_fields(blocks, piece.path, lang)
        coverages = read_coverages(blocks, piece.path, lang)
        looks_like = unread is not None or _looks_like_certificate(blocks, fields)
        if not looks_like:
            warnings.append(
                f"{piece.path}: does not look like an insurance certificate (no insurer's "
                "attestation with a policy number, insurer or period of validity): the "
                "guarantees read may be the demands of a contract or a tender"
            )
    if unread is None and not coverages:
        # Text but no guarantee: a layout the reader does not know more often than a
        # certificate of nothing. Judged "to check by hand", never "missing".
        unread = f"{piece.path}: no guarantee with its amount could be read"
    elif unread is None and not any(c.amount for c in coverages):
        warnings.append(
            f"{piece.path}: no amount read on the certificate; every minimum demanded stays "
            "to check"
        )
    return Certificate(
        path=piece.path,
        sha256=piece.sha256,
        pages=piece.pages,
        insurer=fields.insurer,
        broker=fields.broker,
        insured=fields.insured,
        siren=fields.siren,
        siret=fields.siret,
        policy=fields.policy,
        valid_from=fields.valid_from,
        valid_to=fields.valid_to,
        activities=fields.activities,
        territory=fields.territory,
        coverages=tuple(coverages),
        evidence=evidence,
        warnings=tuple(warnings) if unread is None or unread in warnings else (*warnings, unread),
        unread=unread,
        ocr_pages=tuple(sorted({b.page or 1 for b in blocks})) if piece.by_ocr else (),
        looks_like_certificate=looks_like,
    )


# How far into a document its title is looked for, and how long a title is at most.
TITLE_BLOCKS = 15
TITLE_CHARS = 70
OPENING_BLOCKS = 80  # the insurer's own words ("atteste que") are looked for on page one
# "Q1 – ", "3.2 ", "Article 4 : ": a line opening on a section's number or code heads a section
# of a longer document (a buyer's answer on the certificate to supply), never a certificate.
_SECTION_NUMBER = re.compile(
    r"^\s*(?:(?:article|art\.|section|question)\s+)?(?:[A-Z]{0,3}\d+(?:[.-]\d+)*|[IVX]+)"
    r"\s*(?:[.):–—-]\s*|\s)(?=\w)",
    re.IGNORECASE,
)
# « • Attestation d'assurance RC professionnelle à joindre à l'offre. »: an item of a list (a
# letter's sidebar of points to remember) asks for a certificate, it titles none.
# (or a lettered point: « (b) a certificate of insurance, or a letter from the Bidder's broker »)
_LIST_MARK = re.compile(r"^\s*(?:[•▪►◦●■□➢➤✓✔·*–—-]|\(?[a-z]{1,4}\)|\(\d{1,2}\))\s")


_FINITE_VERB = re.compile(
    r"\b(?:doit|doivent|devra|sera|seront|est|sont|shall|must|will|should|is|are)\b", re.IGNORECASE
)


def titled_as_certificate(blocks: Sequence[Block]) -> bool:
    """Whether a document is an insurer's certificate: its title says so ("ATTESTATION
    D'ASSURANCE", "CERTIFICATE OF LIABILITY INSURANCE") or the insurer speaks on its first
    page ("atteste que", the ACORD notice). Given as a piece of a tender, it demands nothing;
    a tender only asks for such a certificate, in a sentence, further down its text."""
    markers = lexicon("certificate_markers")
    written = [b for b in blocks if b.text.strip()]
    first_page = [b for b in written[:OPENING_BLOCKS] if b.page in (None, written[0].page)]
    for index, block in enumerate(first_page):
        said = set(markers.values(block.text))
        if "attests" in said:
            return True
        # A title, not the row of a list of pieces to supply ("P-08 – Attestation d'assurance
        # multirisque | Non demandée"), nor a question about one (« Dois-je fournir une
        # attestation d'assurance ? » over a FAQ's answer).
        # (nor a section's title under the document's own, « Scénario: Attestation d'assurance
        # remise après notification » in acceptance criteria)
        titled = (
            block.kind not in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM)
            and not (block.kind is BlockKind.HEADING and (block.level or 1) > 1 and index > 0)
            and not block.text.rstrip().endswith("?")
            and len(block.text) <= TITLE_CHARS
            and not _LIST_MARK.match(block.text)
            and not _SECTION_NUMBER.match(block.text)
            # (nor a line of a sentence the page wraps, « Non. L'attestation d'assurance doit
            # être établie par » in the answers to the bidders' questions, or its end in lower
            # case, « d'attestation d'assurance. » in minutes)
            and not _FINITE_VERB.search(block.text)
            and not block.text.lstrip()[:1].islower()
        )
        if "attestation" in said and index < TITLE_BLOCKS and titled:
            return True
    return False


def _looks_like_certificate(blocks: Sequence[Block], fields: Fields) -> bool:
    """An insurer's attestation beside one of its facts (policy, insurer, period), or two of
    those facts: a contract or a tender that only asks for "une attestation d'assurance"
    states neither a policy number nor its period of validity."""
    facts = sum(
        (bool(fields.policy), bool(fields.insurer), bool(fields.valid_from or fields.valid_to))
    )
    markers = lexicon("certificate_markers")
    attests = any(markers.mentions_any(block.text) for block in blocks)
    return facts >= 2 or (attests and facts >= 1)
