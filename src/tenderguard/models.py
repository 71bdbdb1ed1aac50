"""Immutable records passed from one stage of the pipeline to the next.

parse -> Block, segment -> Clause, detect -> Finding, normalise/merge -> Requirement.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class BlockKind(StrEnum):
    LINE = "line"  # one line of a PDF page or a text file
    PARAGRAPH = "paragraph"  # one DOCX paragraph or Markdown paragraph
    HEADING = "heading"  # styled heading (DOCX style, Markdown '#')
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"  # cells joined with " | "
    # opens an earlier message an e-mail quotes or forwards (« Le 3 févr., Claire a écrit : »)
    MESSAGE = "message"


class PieceKind(StrEnum):
    """What a document of a tender is (a DCE is made of several pieces)."""

    RC = "RC"  # règlement de la consultation
    CCAP = "CCAP"  # administrative clauses
    CCTP = "CCTP"  # technical clauses
    AE = "AE"  # acte d'engagement
    CONTRACT = "contract"
    ANNEX = "annex"
    OTHER = "other"


# Where a fact about the whole tender (its object, its dates) is looked for first: the
# consultation rules, then the administrative pieces, then the rest.
READING_ORDER = (
    PieceKind.RC,
    PieceKind.CCAP,
    PieceKind.AE,
    PieceKind.CONTRACT,
    PieceKind.CCTP,
    PieceKind.OTHER,
    PieceKind.ANNEX,
)


@dataclass(frozen=True, slots=True)
class BBox:
    """A rectangle on a page, in PDF points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of text with where it was found."""

    text: str
    page: int | None  # 1-based; None where the format has no pages (DOCX, text)
    kind: BlockKind = BlockKind.LINE
    bbox: BBox | None = None
    # heading level (or a Markdown list item's depth, or how deep a table row is set in the
    # cells of other tables: 1 for a table inside a cell) where given
    level: int | None = None
    number: str | None = None  # list/heading number computed by the format (DOCX numbering)
    bold: bool = False  # set in bold type throughout (PDF): a title where nothing is numbered
    size: float | None = None  # font size in points (PDF): a larger line is a title


@dataclass(frozen=True, slots=True)
class Piece:
    """One readable document: a file, or a member of a folder or archive."""

    path: str  # as shown to the user: "dce.zip!/CCAP.pdf" for archive members
    sha256: str
    kind: PieceKind
    format: str  # pdf, docx, txt, md
    pages: int | None
    blocks: tuple[Block, ...]
    by_ocr: bool = False  # read from pictures of its pages: every value is uncertain


@dataclass(frozen=True, slots=True)
class Clause:
    """A numbered or titled part of a piece, the unit a requirement is cited by."""

    piece: Piece
    number: str | None  # "9.2", "12", "Clause 9"
    heading: str | None  # "Assurances"
    pages: tuple[int, ...]
    blocks: tuple[Block, ...]  # body blocks, heading excluded
    lot: str | None = None  # "2" in the articles of lot 2 a file writes lot by lot
    # 0 in a document or an e-mail's newest message; n in the nth earlier message it quotes
    message: int = 0
    chat: bool = False  # a message of a chat or a comment of an exported issue, cited by its time
    # the outline level of its heading where the format gives one (HTML, Markdown, Word styles)
    level: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where a requirement is written."""

    path: str
    piece_kind: PieceKind
    page: int | None
    clause: str | None
    heading: str | None
    # (page, box) of the lines of the quoted sentence, for PDF pages; not part of its identity.
    boxes: tuple[tuple[int, BBox], ...] = field(default=(), compare=False)

    def citation(self) -> str:
        """Human citation: "CCAP, art. 9.2, p. 7"."""
        named = self.piece_kind in (PieceKind.RC, PieceKind.CCAP, PieceKind.CCTP, PieceKind.AE)
        parts = [self.piece_kind.value if named else self.path.rsplit("/", 1)[-1]]
        if self.clause:
            parts.append(self.clause if not self.clause[0].isdigit() else f"art. {self.clause}")
        if self.page is not None:
            parts.append(f"p. {self.page}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Money:
    value: Decimal
    currency: str  # ISO 4217: EUR, USD, GBP


@dataclass(frozen=True, slots=True)
class SubLimit:
    label: str  # damage type or the words of the document
    amount: Money


@dataclass(frozen=True, slots=True)
class Unread:
    """A value a sentence states but that cannot be read whole ("5000 000 €", "4 8 heures"):
    which field it would fill and the words as written. It fills nothing: judging treats the
    field as stated but unknown."""

    field: str  # amount, sublimits, hours, days, percent
    text: str


@dataclass(frozen=True, slots=True)
class Values:
    """Normalised values a requirement may state; None / empty when not stated."""

    amount: Money | None = None
    basis: str | None = None  # per_claim, per_year, per_claim_and_year, unspecified
    sublimits: tuple[SubLimit, ...] = ()
    damages: tuple[str, ...] = ()
    hours: int | None = None
    days: int | None = None
    business_days: bool | None = None
    percent: Decimal | None = None
    zone: str | None = None  # EU, EEA, FR
    providers: tuple[str, ...] = ()
    moment: str | None = None
    multiple: Decimal | None = None  # liability cap as a multiple of the price
    per: str | None = None  # penalty amount per day, hour, week...
    formula: str | None = None  # penalty formula as written: "P = V x R / 1000"
    reference: str | None = None  # the text a demand is set by: "CCAG-TIC art. 14.1"
    cover: str | None = None  # insurance.other: the cover named (decennale, automobile...)
    unreadable: tuple[Unread, ...] = ()  # values stated but not readable whole

    def unread(self, name: str) -> Unread | None:
        """The value of field `name` as written, when it is stated but could not be read."""
        return next((u for u in self.unreadable if u.field == name), None)

    def is_empty(self) -> bool:
        return self == Values()


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule matching one sentence, before merging."""

    rules: tuple[str, ...]  # ids of the rules of this kind that fired, the preferred one first
    kind: str
    clause: Clause
    page: int | None
    sentence: str  # whitespace-normalised text of the sentence
    matched: str  # the words that fired the rule
    recommended: bool
    values: Values
    boxes: tuple[tuple[int, BBox], ...] = ()  # where the sentence stands on its PDF pages
    role: str = "mention"  # what the sentence does: obligation, recommendation, reference...
    cue: str | None = None  # id of the cue rule that decided the role; None for a mention
    annexed: bool = False  # in an annex after the piece's articles: it may restate them
    row: str | None = None  # reference of the table row it is in ("S-02"), cited as its clause
    titled: bool = False  # its clause's title names its kind ("Article 12 – Réversibilité")
    # its clause's title names other kinds, not its own: "6 – Audit" over a sentence that
    # names the processor's duties of art. 28 in passing
    titled_otherwise: bool = False
    paragraph: int = 0  # index in its clause of the block (line, paragraph, row) it begins in
    secondary: bool = False  # read only by rules of a lesser form of its kind (Rule.secondary)
    overrides: Override | None = None  # the article it sets anew ("CG-9", "9.2 of the MSA")


@dataclass(frozen=True, slots=True)
class Override:
    """The article a sentence sets anew: of its own piece ("Par dérogation à l'article CG-9"),
    or of another piece of the same deal ("Notwithstanding Section 9.2 of the MSA")."""

    article: str
    elsewhere: bool = False


@dataclass(frozen=True, slots=True)
class Requirement:
    """A demand of the tender, possibly written in several places."""

    id: str
    kind: str
    text: str
    recommended: bool
    sources: tuple[Source, ...]
    values: Values
    rules: tuple[str, ...] = field(default=())
    role: str = "mention"  # role of the quoted sentence (see detect.ROLES)
    cue: str | None = None  # the cue rule that gave it

    @property
    def domain(self) -> str:
        return self.kind.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input of the report header. `path` is the name shown; `origin` is where the file
    can be read again (the real name, which may hold bytes that are not UTF-8)."""

    path: str
    sha256: str
    pages: int | None
    kind: str
    origin: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class InputError:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Subject:
    """The object of the tender or contract, as written, and where."""

    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Identity:
    """The tender's reference and its buyer, when the documents state them plainly."""

    reference: str | None = None
    buyer: str | None = None


@dataclass(frozen=True, slots=True)
class Milestone:
    """A date of the tender, with the sentence and the place it was read from."""

    value: date
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Term:
    """The initial term of the contract, in months, with the sentence it was read from."""

    months: int
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class ContractValue:
    """What the contract is worth (estimated, maximum or fixed price), as the tender says."""

    amount: Money
    text: str
    source: Source


@dataclass(frozen=True, slots=True)
class Schedule:
    """The dates of a tender a certificate must cover, as far as the documents give them, and
    the value of the contract."""

    deadline: Milestone | None = None  # date limite de remise des offres
    start: Milestone | None = None  # start of execution, when a date is given
    term: Term | None = None
    value: ContractValue | None = None

    def earliest_end(self) -> date | None:
        """The contract cannot end before its term has run from its start; without a start
        date, from the deadline for offers, which it cannot precede."""
        begin = self.start or self.deadline
        if self.term is None or begin is None:
            return None
        return add_months(begin.value, self.term.months)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has fewer days."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


@dataclass(frozen=True, slots=True)
class CheckResult:
    inputs: tuple[InputFile, ...]
    errors: tuple[InputError, ...]
    requirements: tuple[Requirement, ...]
    warnings: tuple[str, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    checked_on: date | None = None  # the day verdicts were judged for
    subject: Subject | None = None
    schedule: Schedule = field(default_factory=Schedule)
    identity: Identity = field(default_factory=Identity)
    bidder: str | None = None  # the company profile's name, else the insured of a certificate
    # The password the PDF pieces were opened with, for the formats that show their pages
    # again (HTML); never written in a report.
    password: str | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value of a certificate was read: page (None for DOCX) and the line itself."""

    path: str
    page: int | None
    text: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """One guarantee of a certificate: its kind, limits and deductible."""

    kind: str  # insurance.rc_pro, insurance.rc_exploitation, ..., legal_defense
    label: str  # the guarantee as printed
    amount: Money | None
    basis: str | None
    sublimits: tuple[SubLimit, ...]
    damages: tuple[str, ...]
    deductible: Money | None
    source: Evidence
    aggregate: Money | None = None  # a yearly aggregate stated beside a per-claim `amount`
    unreadable: str | None = None  # the limit as written when it cannot be read whole


@dataclass(frozen=True, slots=True)
class Certificate:
    """What an insurance certificate says, each value with the place it was read."""

    path: str
    sha256: str
    pages: int | None
    insurer: str | None
    broker: str | None
    insured: str | None
    siren: str | None  # 9 digits, Luhn-checked
    siret: str | None  # 14 digits, Luhn-checked
    policy: str | None
    valid_from: date | None
    valid_to: date | None
    activities: tuple[str, ...]
    territory: str | None
    coverages: tuple[Coverage, ...]
    evidence: dict[str, Evidence] = field(default_factory=dict)  # field name -> where read
    warnings: tuple[str, ...] = ()
    unread: str | None = None  # why no text could be read (a scan without OCR), if so
    # Pages read by OCR: what was read there, or not found there, a person must confirm.
    ocr_pages: tuple[int, ...] = ()
    # False when the document reads like a contract or a tender rather than a certificate.
    looks_like_certificate: bool = True


@dataclass(frozen=True, slots=True)
class Verdict:
    """A requirement judged against the certificates (and the company profile)."""

    requirement: str  # requirement id
    kind: str
    status: str  # met, gap, missing, review
    reason: str
    evidence: tuple[str, ...]  # citations of the requirement and of the certificate lines used
    action: str | None = None  # what to do about a gap or a missing cover
    # A recommendation, not a demand, that the certificate does not meet: "sans objet".
    recommendation_unmet: bool = False
