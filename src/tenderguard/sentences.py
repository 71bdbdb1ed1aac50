"""Clause body -> sentences, the unit a rule is matched in and a demand is quoted from.

PDF lines are joined back into running text; list items, table rows and paragraphs end a
sentence; sentences also end at . ! ? and ; (each item of an enumeration is its own demand).
Each row of a table is a statement of its own, read with the table's header row: in
"Service | Disponibilité" / "IaaS | 99,95 %", the second row says "Disponibilité : 99,95 %".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from tenderguard.legend import PICTOGRAPH
from tenderguard.models import BBox, Block, BlockKind, Clause
from tenderguard.parsing.respondent import respondent_columns

# "Item 9 Public liability insurance …": an item of the contract details of an Australian or
# British contract, which its clauses name; drawn without rules, each is a line of its own.
ITEM_CODE = r"Item\s\d{1,3}"
_ITEM_LINE = re.compile(rf"^{ITEM_CODE}\s")
# (« ⇒ », « → »: the arrows a letter typed in plain text marks its points with)
_BULLET = re.compile(r"^(?:[•▪►✓✔➢➤○●■□◦·*–—⇒→➔➜-]|o\s|[a-z]\)|\d{1,2}\)|[ivx]{1,4}\))\s*")
# A sentence ends after its stop, or after the closing quote that follows it ("… par année
# d'assurance. » Il est inséré…").
# (or before the pictograph a callout opens on: « … nous suffira. ⚠️ Rappel : … »)
_END = re.compile(
    # (not after leader dots: « Data location ........ UK and EEA only » is one line)
    r"(?<!\.\.\.)(?:(?<=[.!?;])|(?<=[.!?] »)|(?<=[.!?]»)|(?<=[.!?][\"”]))"
    r"\s+(?=[«\"“(\[•✓✔\-–A-ZÀ-ÖØ-Þ\u2600-\u27bf\U0001f300-\U0001faff]|[a-h]\)\s"
    # (« aggregate. 8 [Note to draft: … »: a line's number in the margin, or the number of the
    # next clause, then a sentence)
    r"|\d{1,3}(?:\.\d{1,3}){0,3}\s+[\[«\"“A-ZÀ-ÖØ-Þ])|(?<=;)\s+"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:art|arts|n°|no|nos|cf|p|pp|m|mm|mme|mr|etc|al|inc|ltd|co|corp|e\.g|i\.e|vs|sect|"
    r"para|chap|min|max|env|réf|ref|dr|st|cass|civ|com|soc|ex|vol|fig|tab|excl|incl|approx)|\b[A-Z])\.$",
    re.IGNORECASE,
)
# « Response : No. All personal information… », "| No. Cyber insurance is not…": the answer
# "No" before the sentence that explains it, not the abbreviation of "No. 5"
_ANSWERED_NO = re.compile(r"(?:^|[|:]\s?)No\.\s[A-Z]$")
MAX_SENTENCE_CHARS = 2000
_POINT = re.compile(r"([a-h])\)\s")
# "S-02", "P-1", "EX-07", "A1", "R12", "2.1": a short code of letters and digits alone in a
# cell, or a code opening the first cell ("S-01 Serveurs virtuels | 99,95 %", "C5 – Attestation
# d'assurance | …", "7.1 Êtes-vous assuré ? | Oui, obligatoire", "2. Objet … | 2. Purpose …").
# The code may stand in the second cell, after a cell naming the row's domain ("Hébergement |
# SEC-2.1 | Les données…").
_ROW_REFERENCE = re.compile(
    r"^(?:(?:[^|\d]{1,30}\|\s*)?([A-Z]{1,4}(?:-[A-Z]{2,5})*[-‐.]?\d{1,3}(?:\.\d{1,2}){0,2}|\d{1,2}\.\d{1,2}"
    # "IC 11.1 (h) | Compléter comme suit…": the clause of the instructions a data sheet's
    # row completes
    r"|[A-Z]{2,4}\s\d{1,3}\.\d{1,2}(?:\.\d{1,2})?(?:\s?\([a-z]\))?"
    # "CR-2021-004 | Larchmere Cloud Services Ltd | …": a register's entry, numbered in its year
    r"|[A-Z]{1,4}-(?:19|20)\d{2}-\d{1,4})"
    r"\s*\||"
    # "A.5.19 – Sécurité dans les relations avec les fournisseurs | …": a control of ISO/IEC
    # 27001's annex A and its name
    # "PAS-3.1 Localisation | …": a coded measure and its title
    # ("Conformité administrative | 2.1 Assurance RC professionnelle | …": a scoring grid's
    # sub-criterion and its title, after the criterion it is part of)
    r"(?:[^|\d]{1,30}\|\s*)?([A-Z]{1,4}(?:-[A-Z]{2,5})*-\d{1,3}(?:\.\d{1,2}){0,2}|[A-Z]{1,4}[.]?\d{1,3}(?:\.\d{1,2}){0,2}(?=\s[-–—])|"
    r"\d{1,2}\.\d{1,2}(?=\s(?!%|€|h\b|heures\b|hours\b))|"
    # « C.3 Qualification SecNumCloud du service | Exigée »: a form's row numbered by part and
    # line, its wording after the number
    r"[A-Z]{1,2}\.\d{1,2}(?=\s[A-ZÀ-Þ])|"
    # "Item 9 – Availability | 99.9 %…": a schedule of key details, a row per numbered item
    r"Item\s\d{1,3}(?=\s(?:[-–—]\s|\|))|"
    r"\d{1,2}(?=\.\s))"
    r"\.?\s[^|]*\|)"
)


# "Obligatoire/Recommandé", "Mandatory / Desirable": a column headed by the values its cells
# take, each cell one short word of them.
MAX_CHOSEN_CELL = 30


def _labelled_cell(name: str, cell: str, last: bool = False) -> str:
    """A cell after its column's heading ("Disponibilité : 99,95 %"); alone where the heading
    lists the values to choose from ("Obligatoire/Recommandé" over "Information"), whose words
    say nothing of the row. The value chosen in the row's last cell ends it, as a level marked
    at the end of a sentence does (« … dans ses conditions contractuelles. | Information. »)."""
    if not cell.strip():
        return cell  # a cell left blank (the respondent's) says nothing, nor does its heading
    legend = _LEGEND.search(name)
    if legend is not None:
        # « Type (E = exigée, S = souhaitée, I = information) » over « S »: the word the code
        # stands for, after the heading without its legend (whose words say nothing of the row)
        codes = {c.upper(): w for c, w in _LEGEND_ENTRY.findall(legend.group(1))}
        title = name[: legend.start()].strip()
        return f"{title} : {codes.get(cell.strip().upper(), cell.strip())}"
    if "/" in name and len(cell.strip()) <= MAX_CHOSEN_CELL:
        chosen = _INITIALS.get(_initials(name), {}).get(cell.strip().upper(), cell.strip())
        return f"{chosen}." if last and chosen[-1:].isalpha() else cell
    return f"{name} : {cell}"


# A heading's legend of the codes its cells hold: « (E = exigée, S = souhaitée, I = information) »
_LEGEND_CODE = r"\s*[A-Za-z]{1,2}\s*[=:]\s*[^,;()=]+"
_LEGEND = re.compile(rf"\(({_LEGEND_CODE}(?:[,;]{_LEGEND_CODE})+)\)")
_LEGEND_ENTRY = re.compile(r"([A-Za-z]{1,2})\s*[=:]\s*([^,;()=]+?)\s*(?=[,;]|$)")
# A column headed by the initials of its values ("M/D" over "D"): the words they stand for.
_INITIALS: dict[tuple[str, ...], dict[str, str]] = {
    ("M", "D"): {"M": "Mandatory", "D": "Desirable"},
    ("M", "O"): {"M": "Mandatory", "O": "Optional"},
    ("M", "R"): {"M": "Mandatory", "R": "Rated"},
    ("O", "F"): {"O": "Obligatoire", "F": "Facultatif"},
    ("O", "S"): {"O": "Obligatoire", "S": "Souhaité"},
    ("E", "S"): {"E": "Exigé", "S": "Souhaité"},
}


def _initials(name: str) -> tuple[str, ...]:
    """ "M/D" -> ("M", "D"); a heading of words gives no initials."""
    parts = tuple(part.strip().upper() for part in name.split("/"))
    return parts if all(len(part) == 1 and part.isalpha() for part in parts) else ()


_CELLS = re.compile(r" ?\| ?")
# A first cell holding only a code of letters and figures ("SLA-04 | …", "EX-HEB-01 | …").
_CODE_CELL = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{2,6})*-\d{1,3}(?:\.\d{1,2})? \| ")
# A row's label names it in a few words, without a full stop ("Limit of liability").
_SENTENCE_END = re.compile(r"[.;!?:]$|[.;!?]\s")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # whitespace normalised
    page: int | None
    blocks: tuple[Block, ...]  # the lines or paragraphs it spans
    is_item: bool  # begins with a bullet / list marker, or is a table row
    ends_with_colon: bool
    header: str | None = None  # a table row's header row, the words its cells answer to
    # The code opening its paragraph ("R1 Oui. Le montant… ", "EXG-SEC-01 : Le titulaire…").
    opening: str | None = None
    # The code closing a later sentence of its paragraph, none between: "Le recours à un
    # hébergeur tiers est soumis à validation. À ce jour, seul OVHcloud est validé (R-08)."
    closing: str | None = None
    # The reference of the row above that heads the rows without one of their own: "B.5 |
    # Assurance des risques professionnels" over "Exigence de l'acheteur | …" in a form.
    group: str | None = None
    # The column of a table row the sentence begins in: a second sentence of the question cell
    # ("… ? Joindre une copie du certificat. | Oui – certificat en cours de validité") is read
    # under that column's heading, and its next cells under theirs.
    first_cell: int = 0
    # The title of the band of rows it is in: a row of one cell across the table ("D.
    # Insurance") over "D-3 | Cyber Liability: $3,000,000 per claim", which says of what.
    band: str | None = None

    @property
    def labelled(self) -> str:
        """The text rules are matched in: a table row with each cell after its column's
        heading ("Disponibilité : 99,95 %"), else the sentence itself, without the code it
        opens on."""
        if self.header is None:
            # "CP-HDS-4.1 – Les données…": the code names the requirement, it says nothing
            # (its letters are no word: "HDS" in it is no demand of a certification).
            code = _OPENING_CODE.match(self.text) if self.opening else None
            if code:
                # (its level in brackets stays, as the requirement's word: "SR-13 (Desirable)
                # The system should…", "SR-10 (Information) Where a breach…")
                mark = _BRACKETED_MARK.search(code.group(0), code.end(1))
                rest = self.text[code.end() :]
                return f"({mark.group(1)}) {rest}" if mark else rest
            # (so does a row's code in its first cell: "SLA-04 | Maintenance | …")
            cell = _CODE_CELL.match(self.text)
            return self.text[cell.end() :] if cell else self.text
        # (a blank cell, whose spaces whitespace normalising took, leaves "| |")
        names, cells = self.header.split(" | ")[self.first_cell :], _CELLS.split(self.text)
        if len(names) < len(cells):
            return f"{self.header} : {self.text}"
        # Fewer cells than names: the last ones are empty (a response grid's answer column).
        labelled = [
            _labelled_cell(name, cell, last=n == len(cells) - 1)
            for n, (name, cell) in enumerate(zip(names, cells, strict=False))
        ]
        if self.first_cell == 0 and len(cells) > 1 and _CODE_CELL.match(self.text):
            labelled = labelled[1:]  # the row's code names it, it says nothing
        return " | ".join(labelled)

    @property
    def row(self) -> str | None:
        """The reference in the first cell of the table row the sentence is in ("S-02 | The
        Supplier shall…"), by which a requirements table, a penalty grid or a form cites each
        of its rows; also for the second sentence of a cell."""
        for block in self.blocks:
            if block.kind is BlockKind.TABLE_ROW:
                answered = _NUMBERED_ANSWER.match(block.text)
                reference = (
                    (f"R{answered.group('n')}" if answered else None)
                    or self._item_row(block.text)
                    or row_reference(block.text)
                    or _sole_cell_code(block.text)
                    or _lot_row(block.text)
                    or self._numbered_row(block.text)
                    or self.group
                    or self._label_above(block.text)
                )
                # "B.6 | … a) Assurance RC exploitation… b) Assurance cyber…": points of the row
                point = _POINT.match(self.text.rsplit(" | ", 1)[-1])
                return f"{reference} {point.group(1)}" if reference and point else reference
        code = next(
            (
                m
                for m in _OWN_CODE.finditer(self.text)
                if not _NAMES_A_LAW.search(self.text, 0, m.start())
            ),
            None,
        ) or _CLOSED.search(self.text)
        own = next((g for g in code.groups() if g), None) if code else None
        return row_reference(self.text) or self.opening or own or self.closing

    def _label_above(self, text: str) -> str | None:
        """The label of a row of two columns ("Exit management | The Supplier must provide an
        exit plan… On expiry, it must return…") for a later sentence of its second cell: the
        row is named by its label, which the sentence does not show."""
        # (a cell the reader leaves out, the former position of minutes reading only the
        # retained one, is no column: « Audit | | Abandonné. En contrepartie, … »)
        read = _without_former(text, self.header) if self.header else text
        cells = [c for c in _CELLS.split(read) if c.strip()]
        label = cells[0].strip() if cells else ""
        # (or a row of more columns under a first column of subjects: « Sujet | Décision |
        # Responsable | Échéance » in the minutes of a meeting)
        subjects = self.header is not None and _SUBJECT_COLUMN.match(self.header.split(" | ")[0])
        if (
            not (len(cells) == 2 or (subjects and len(cells) > 2))
            # (the row's first sentence shows it; a later one may open on the same word:
            # "Hosting | Public cloud is acceptable. Hosting to be on AWS … only.")
            or self.text.startswith(f"{label} |")
            or not label
            or len(_BRACKETED.sub(" ", label).replace(" – ", " ").split()) > MAX_ROW_LABEL_WORDS
            or _SENTENCE_END.search(label)
        ):
            return None
        return label

    def _item_row(self, text: str) -> str | None:
        """ "Item 7" of "7 | Public liability insurance | $20,000,000…" in a table whose first
        column is headed "Item" (the contract details of an Australian contract), cited as the
        contract cites it."""
        if self.header is None:
            return None
        named = _ITEM_COLUMN.match(self.header.split(" | ")[0].strip())
        first = text.split(" | ", 1)[0].strip()
        return (
            f"{named.group(0).capitalize()} {first}"
            if named and _BARE_NUMBER.match(first)
            else None
        )

    def _numbered_row(self, text: str) -> str | None:
        """ "3" of "3 | Instructions. Le Sous-traitant agit…" in a table whose first column is
        headed "Article" (a contract laid out as a table of its articles)."""
        if self.header is None or not _ARTICLE_COLUMN.match(self.header.split(" | ")[0]):
            return None
        first = text.split(" | ", 1)[0].strip()
        return first if _BARE_NUMBER.match(first) else None

    @property
    def boxes(self) -> tuple[tuple[int, BBox], ...]:
        """(page, box) of the lines it spans, where the format gives boxes."""
        return tuple((b.page, b.bbox) for b in self.blocks if b.bbox is not None and b.page)


# A unit: its text, the blocks it is made of with the offset where each begins, and whether it
# is a list item or a table row.
Unit = tuple[str, list[tuple[int, Block]], bool]


# A line that stops this far short of its column's right edge (share of the column's width)
# ends its paragraph: a wrapped line runs to the edge, give or take the next word.
SHORT_LINE_SHARE = 0.25
# Lines whose left edges are this close (points) are of one column.
COLUMN_TOLERANCE = 40


def _short_lines(blocks: tuple[Block, ...]) -> set[int]:
    """Indices of the PDF lines that end well before the right edge of their column: the last
    line of a paragraph or of a list item ("- 500 € par jour et par document non remis"), even
    without a full stop."""
    by_page: dict[int | None, list[tuple[float, float, int]]] = {}
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.LINE and block.bbox is not None:
            by_page.setdefault(block.page, []).append((block.bbox.x0, block.bbox.x1, i))
    short: set[int] = set()
    for lines in by_page.values():
        lines.sort()
        lefts = [x0 for x0, _, _ in lines]
        for x0, x1, i in lines:
            # The column: the lines of the page whose left edge is near this one's.
            low = bisect_right(lefts, x0 - COLUMN_TOLERANCE)
            high = bisect_left(lefts, x0 + COLUMN_TOLERANCE)
            edge = max(right for _, right, _ in lines[low:high])
            if x1 < edge - SHORT_LINE_SHARE * (edge - x0):
                short.add(i)
    return short


_LABEL_LINE = re.compile(r"^[A-ZÀ-Þ][^.!?:]{0,40}\s?:$")
MAX_LABEL_WORDS = 4
# A line ending on a word that cannot end a sentence (« … enclosed with the »): the next line
# goes on with it, whatever it looks like ("Technical Bid:").
_OPEN_ENDING = re.compile(
    r"\b(?:the|a|an|of|with|to|and|or|by|in|for|le|la|les|l'|de|du|des|d'|au|aux|et|ou|par|à)$",
    re.IGNORECASE,
)


WIDER_GAP = 1.4  # times the gap between the lines before, and a blank line: a new paragraph


def _gap(above: Block, below: Block) -> float | None:
    """The white space between two lines of one page, None elsewhere."""
    if above.bbox is None or below.bbox is None or above.page != below.page:
        return None
    return below.bbox.top - above.bbox.bottom


def _wider(gap: float | None, spacing: float | None) -> bool:
    return gap is not None and spacing is not None and spacing > 0 and gap > WIDER_GAP * spacing


def _blank_line(gap: float | None, below: Block) -> bool:
    """Whether the white space above a line could hold a line of its size."""
    return gap is not None and below.size is not None and gap > below.size


def _units(blocks: tuple[Block, ...]) -> list[Unit]:
    """Runs of blocks that belong together, before sentence splitting."""
    units: list[Unit] = []
    short = _short_lines(blocks)
    previous_short = False
    text = ""
    members: list[tuple[int, Block]] = []
    item = False
    detail = False  # the unit is an item of contract details ("Item 9 …")
    spacing: float | None = None  # between the last two lines of the unit

    def flush() -> None:
        nonlocal text, members, item
        if text.strip():
            units.append((text, members, item))
        text, members, item = "", [], False

    for n, block in enumerate(blocks):
        line = block.text.strip()
        if not line:
            continue
        if block.kind is not BlockKind.LINE:
            flush()
            units.append(
                (line, [(0, block)], block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW))
            )
            continue
        # ("… for not less than the amount specified in" then "Item 12 for each claim": the
        # sentence goes on to name the item)
        starts_item = bool(_BULLET.match(line)) or (
            bool(_ITEM_LINE.match(line)) and not _OPEN_ENDING.search(text.rstrip())
        )
        # "Commentaires :", "Critères d'acceptation :": a label on its own line opens what
        # follows; it never continues the sentence before it.
        # (Not the end of a bracket the line before opened: "… the following insurances (the"
        # then "Insurances):".)
        label = (
            _LABEL_LINE.match(line) is not None
            and len(line.split()) <= MAX_LABEL_WORDS
            and text.count("(") <= text.count(")")
            and not _OPEN_ENDING.search(text.rstrip())
        )
        # A list item ends at its short last line; elsewhere a short line may be a cell of a
        # table drawn without rules, whose lines are better read together.
        # (An item of contract details runs on to the next "Item": its value may stand on a
        # line of its own after its wrapped description.)
        ended = text.rstrip()[-1:] in ".:!?" or (item and previous_short and not detail)
        # A short line, then a wider gap than between the lines before it: the next item of a
        # list whose bullets are drawn, not written (« … par jour » / « calendaire » / then
        # « Responsabilité du fournisseur plafonnée … » on a slide).
        gap = _gap(members[-1][1], block) if members else None
        ended = ended or (previous_short and _wider(gap, spacing) and _blank_line(gap, block))
        # (a bullet ends where a blank line follows it: « • Pas de sous-traitant ultérieur sans
        # accord écrit » on a slide, then its notes further down the page)
        ended = ended or (item and _blank_line(gap, block))
        spacing = gap if text else None
        previous_short = n in short
        if starts_item or label or (text and ended and line[:1].isupper()):
            spacing = None
            flush()
            item = starts_item
            detail = bool(_ITEM_LINE.match(line))
        if text.endswith("-") and line[:1].islower():
            # A word cut at the end of a line: "profes-" + "sionnelle" is one word, "sous-" +
            # "traitant" keeps its hyphen.
            if not _compound_start(text):
                text = text[:-1]
        elif text:
            text += " "
        members.append((len(text), block))
        text += line
    flush()
    return units


# The first parts of the hyphenated words of the documents ("sous-traitant", "cyber-risques",
# "quarante-huit", "ci-dessous", "sub-processor", "on-site"): at the end of a line their hyphen
# is the word's own.
_COMPOUND_STARTS = frozenset([
    "sous", "non", "co", "auto", "anti", "contre", "extra", "cyber", "multi", "post", "pré",
    "pre", "quasi", "semi", "demi", "mi", "bi", "ex", "vice", "arrière", "avant", "après",
    "état", "libre", "porte", "garde", "chef", "micro", "mini", "e", "ci", "là", "au", "par",
    "vis", "à", "peut", "est", "dix", "sept", "huit", "neuf", "vingt", "trente", "quarante",
    "cinquante", "soixante", "quatre", "deux", "trois", "cent", "sub", "third", "self", "cross",
    "on", "off", "real", "up", "end", "long", "short", "well", "follow", "set", "check",
])  # fmt: skip
_LAST_WORD = re.compile(r"([^\W\d_]+)-$")


def _compound_start(text: str) -> bool:
    """Whether the text ends with the first part of a hyphenated word ("sous-")."""
    m = _LAST_WORD.search(text)
    return m is None or m.group(1).lower() in _COMPOUND_STARTS


def _split(text: str, in_row: bool = False) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a unit. In a table row a semicolon before
    what does not open a sentence ends none: « $2,000,000 per claim; $4,000,000 annual
    aggregate | Yes » is one cell's statement, read with the row's other cells (not « … 1 M€
    par sinistre ; Pénalité de 150 € … », two lines of a cell)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.start() < start:
            continue
        if _ABBREVIATION.search(text[start : m.start()]) and not _ANSWERED_NO.search(
            text[: m.end() + 1]
        ):
            continue
        if in_row and text[: m.start()].endswith(";") and not text[m.end() : m.end() + 1].isupper():
            continue
        code = _CLOSING_CODE.match(text, m.end()) or _CLOSING_STATUS.match(text, m.end())
        if code:
            spans.append((start, code.end()))
            start = code.end()
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        while end - begin > MAX_SENTENCE_CHARS:  # a run-on "sentence" (a table without rows)
            cut = text.rfind(" ", begin, begin + MAX_SENTENCE_CHARS)
            cut = cut if cut > begin else begin + MAX_SENTENCE_CHARS
            out.append((begin, cut))
            begin = cut
        if text[begin:end].strip():
            out.append((begin, end))
    return out


def _is_row(members: list[tuple[int, Block]]) -> bool:
    return len(members) == 1 and members[0][1].kind is BlockKind.TABLE_ROW


# A figure standing as a word ("99,5 %", "2 400", "48"), not a digit inside a code
# ("Response time (P1 incident)"): a header row names its columns without figures.
_FIGURE = re.compile(r"(?<![\w.,])\d")


def sentences(clause: Clause) -> list[Sentence]:
    result: list[Sentence] = []
    header: str | None = None  # the header row of the table being read
    header_at = -1  # its unit's index
    in_table = False
    group: str | None = None  # the reference heading the rows being read, if any
    units = _units(clause.blocks)
    band: str | None = None  # the title of the band of rows being read, if any
    coded: str | None = None  # the code of the paragraph of lines the next ones may go on from
    item_codes: list[tuple[int, str]] = []  # (depth, code) of the coded list items open
    nesting = 0  # how deep the table row being read is set in the cells of other tables
    outer: list[tuple[str | None, str | None]] = []  # (header, group) of the tables around it
    inner_reference: str | None = None  # the reference of the row whose cell holds the table
    for n, (text, members, item) in enumerate(units):
        row = _is_row(members)
        own = opening_code(text)
        # "CP2 – L'application traite des données de santé." then, on the next line, "Elles
        # sont hébergées en France…": a point of lines goes on until the next code; so does a
        # coded paragraph of a styled document (« US-01 – En tant que gestionnaire RH… » then
        # its « Critères d'acceptation : » and their items). Rows have their own references.
        coded = None if row else own or coded
        if coded is not None and own is None:
            result += [replace(s, opening=coded) for s in _sentences_of(text, members, item, None)]
            continue
        # "✅ A1 — RC professionnelle…" then, nested under it, « CCAP 8.1 : « Le titulaire
        # justifie… » »: the sub-items of a coded item are read under its code.
        depth = members[0][1].level if members[0][1].kind is BlockKind.LIST_ITEM else None
        while item_codes and (depth is None or item_codes[-1][0] >= depth):
            item_codes.pop()
        if depth is not None and own is None and item_codes:
            parent = item_codes[-1][1]
            result += [replace(s, opening=parent) for s in _sentences_of(text, members, item, None)]
            continue
        if depth is not None and own is not None:
            item_codes.append((depth, own))
        if row and nesting and (members[0][1].level or 0) == nesting and inner_reference:
            # a row of a table set in a cell of a referenced row (« RGPD-04 | Fin de contrat »
            # over « Restitution des données aux formats CSV et XML | 15 jours … ») is that row's
            group = inner_reference
        else:
            group = _group_of(text, group) if row else None
        if group is not None and row_reference(text) is None:
            result += [replace(s, group=group) for s in _sentences_of(text, members, item, header)]
            continue
        if not row and in_table and _merged_label(text, units[n + 1 : n + 2]):
            # "Lots 2 à 4" over two columns, drawn as a line of its own between the header row
            # and the rows: the table goes on under its header.
            result += _sentences_of(text, members, item, None)
            continue
        if row and not in_table:
            # A first row without figures names the columns of the rows below it; so does one
            # naming lots ("Lot 2 – SaaS | Lot 3 – Hébergement").
            # (Not a label and its sentence, "Form of contract | NHS Terms and Conditions for
            # the Supply of Goods … with the Trust's special conditions": the first row of a
            # table of labels and values.)
            header = text if _names_columns(text) else None
            header_at = n
            in_table = True
            # Read as it is (it may be the first row of a table without a header row).
            result += _sentences_of(text, members, item, None)
            continue
        if not row:
            header, in_table, nesting, outer, inner_reference = None, False, 0, [], None
        if row and header is not None and n == header_at + 1 and _names_more_columns(text, header):
            # "Requirement | Assessment" spanning "ID | Category | Requirement | Priority |
            # Evidence": a band of merged cells over the names of the columns, which the rows
            # answer to.
            header = text
            result += _sentences_of(text, members, item, None)
            continue
        row_depth = (members[0][1].level or 0) if row else 0
        if row and in_table and row_depth != nesting:
            if row_depth > nesting:
                # « Domaine | Exigences », then a table set in a cell, its own header « Réf. |
                # Exigence | Niveau » over its rows: the rows below answer to the inner names,
                # and those without a reference of their own are the outer row's (« SR-09 |
                # The Supplier shall maintain the following insurances: » over « Type of
                # cover | … »)
                outer.append((header, group))
                group = inner_reference = row_reference(units[n - 1][0]) if n else None
                header = text if _names_columns(text) else None
                nesting = row_depth
                result += _sentences_of(text, members, item, None)
                continue
            # back in the table around it, under its header
            while len(outer) > row_depth:
                header, group = outer.pop()
            nesting = row_depth
            inner_reference = None if not nesting else inner_reference
        if row and header is not None and _by_lot(header):
            result += _per_lot(text, members, header)
            continue
        if row and header is not None and _is_band_title(text, header):
            band = text
            result += _sentences_of(text, members, item, None)
            continue
        band = band if row and in_table else None
        found = _sentences_of(text, members, item, header)
        result += [replace(s, band=band) for s in found] if band else found
    return _paragraphs_closed_by_codes(_questions_with_expected_answers(result))


def _names_columns(text: str) -> bool:
    """Whether a row names the columns of the rows below it: short cells without figures, or
    the lots of a table by lot ("Lot 2 – SaaS | Lot 3 – Hébergement")."""
    return (
        " | " in text
        and (not _FIGURE.search(text) or _by_lot(text))
        and all(len(c.split()) <= MAX_COLUMN_NAME_WORDS for c in text.split(" | "))
    )


# "Expected answer: Yes", « Réponse attendue : Oui – 1 M€ », "Mandatory: No": the lines a
# questionnaire exported from a web form prints under each of its questions
_EXPECTED_ANSWER = re.compile(
    r"(?:expected (?:answer|response)|r[ée]ponse attendue|mandatory|obligatoire|required|"
    r"scored|pass/fail)\s?:",
    re.IGNORECASE,
)


def _questions_with_expected_answers(result: list[Sentence]) -> list[Sentence]:
    """A question followed by the answer expected and whether it is mandatory, each on a line
    of its own ("Will all data be stored in Canada?" / "Expected answer: Yes" / "Mandatory:
    Yes"), read as one row of a questionnaire: "… ? | Expected answer: Yes | Mandatory: Yes".
    Asked alone, the question demands nothing; with the answer expected, it demands that."""
    out: list[Sentence] = []
    for sentence in result:
        asked = out[-1] if out else None
        if (
            asked is not None
            and asked.header is None
            and _EXPECTED_ANSWER.match(sentence.text)
            and (asked.text.endswith("?") or _EXPECTED_ANSWER.search(asked.text))
        ):
            said = _EXPECTED_ANSWER.sub(lambda m: f"| {m.group(0)}", sentence.text)
            out[-1] = replace(
                asked,
                text=f"{asked.text} {said}",
                blocks=asked.blocks + sentence.blocks,
                ends_with_colon=sentence.ends_with_colon,
            )
            continue
        out.append(sentence)
    return out


MAX_BAND_TITLE_WORDS = 8
MAX_COLUMN_NAME_WORDS = 12
_BAND_NUMBER = re.compile(r"^(?:[A-Z]|\d{1,2}|[IVX]{1,4})[.)]\s+")


def _is_band_title(text: str, header: str) -> bool:
    """A row of one short cell ("D. Insurance"), without a stop, in a table of several
    columns: the title of the rows under it."""
    title = _BAND_NUMBER.sub("", text.strip(), count=1)
    return (
        " | " in header
        and " | " not in text
        and len(title.split()) <= MAX_BAND_TITLE_WORDS
        and not _SENTENCE_END.search(title.rstrip("."))
    )


MIN_CLOSING_CODES = 2


def _names_more_columns(text: str, header: str) -> bool:
    """Whether a row under the header names more columns than it, without a figure: the
    header was a band of merged cells over them."""
    return text.count(" | ") > header.count(" | ") and not _FIGURE.search(text)


def _paragraphs_closed_by_codes(result: list[Sentence]) -> list[Sentence]:
    """In a clause whose requirements each end on their code (« … sous 24 heures. [EX-12] »),
    the sentences before a code, back to the code before it, are that requirement's, whatever
    the lines of the page cut them into; a sentence opening on a code or in a table row of its
    own ends the requirement before it."""
    if sum(1 for s in result if _CLOSED.search(s.text)) < MIN_CLOSING_CODES:
        return result
    return _closed_by_codes(result, stops=lambda s: bool(s.opening or s.header))


MAX_MERGED_LABEL_CHARS = 40
MAX_ROW_LABEL_WORDS = 5  # (its words in brackets aside: « Lot 1 – Développement (CMS Drupal) »)
_BRACKETED = re.compile(r"\([^()]*\)")


_CODE_TITLE_CELL = re.compile(
    r"^([A-Z]{1,5}(?:-[A-Z]{2,5})*-\d{1,3}(?:\.\d{1,2})?)\s*[-–—:]\s+[^|]{1,120}$"
)


def _group_of(text: str, group: str | None) -> str | None:
    """The reference heading a row and those after it: that of a row of two cells, its code
    and its title ("B.5 | Assurance des risques professionnels"), for the rows under it that
    open on a label of their own instead ("Exigence de l'acheteur | …", "Réponse du candidat |
    …"); None once a row opens on anything else."""
    cells = text.split(" | ")
    reference = row_reference(text)
    if reference is not None:
        return reference if len(cells) == 2 else None
    # « MT-02 – Localisation de l'hébergement »: the code and title in one merged cell over
    # the rows « Statut | … », « Niveau minimal imposé | … » of a mémoire technique's form
    merged = _CODE_TITLE_CELL.match(text.strip())
    if merged is not None:
        return merged.group(1)
    label = cells[0].strip()
    labelled = (
        len(cells) >= 2
        and 0 < len(label.split()) <= MAX_ROW_LABEL_WORDS
        and not any(c.isdigit() for c in label)
    )
    return group if labelled else None


def _merged_label(text: str, after: list[Unit]) -> bool:
    """A short line between two rows of a table: the label of merged columns."""
    return len(text) <= MAX_MERGED_LABEL_CHARS and bool(after) and _is_row(after[0][1])


# "Lot 2 – SaaS finances / RH", "Lots 2 à 4": a column of the demands of one lot.
# So is a column per plan of a provider's offer ("Service level | Bronze | Silver | Gold"),
# none of them chosen (a chosen one leaves only its column, see chosen_column): each plan's
# commitment is its own.
_LOT_COLUMN = re.compile(
    r"^\s*(?:lots?\s+\d|(?:plan|tier|offre|formule)\s+\w+$"
    r"|(?:bronze|silver|gold|platinum|argent|or|platine|basic|essentials?|essentiel"
    r"|standard|premium|enterprise|entreprise|business|starter|pro)\b(?:\s+plan)?\s*$)",
    re.IGNORECASE,
)
# "—", "-", "" : a lot to which the row does not apply.
EMPTY_CELL = re.compile(r"^[\s—–\-/.]*$")


def _by_lot(header: str) -> bool:
    """Whether a table gives its demands lot by lot, a column per lot."""
    return sum(bool(_LOT_COLUMN.match(name)) for name in header.split(" | ")) >= 2


# "same as Lot 1", "idem lot 1", "comme lot 2": a lot's cell that repeats another's demand.
_SAME_AS_LOT = re.compile(
    r"^\s*(?:same\s+as|idem|as\s+for|comme(?:\s+pour)?(?:\s+le)?)\s+lots?\s+\d", re.I
)


def _per_lot(text: str, members: list[tuple[int, Block]], header: str) -> list[Sentence]:
    """A row of a table by lot, read cell by cell with its label: "N1 | RC professionnelle |
    500 000 € | 2 000 000 €" states one demand per lot ("Non exigée" for one, 500 000 € for
    another), each with its own value and its own terms. A row with one value for all the lots
    (a merged cell, or "same as Lot 1" in the others) is read whole. The label is every cell
    before the first lot's column ("R01 | Insurance | Professional indemnity"); a cell after the
    last lot's (a note) is read on its own."""
    # (a blank last cell leaves the row ending on "|")
    cells, names = _CELLS.split(text), _CELLS.split(header)
    lots = [n for n, name in enumerate(names) if _LOT_COLUMN.match(name)]
    # (a row whose cells are merged across lots has fewer cells than the header: its label is
    # its code and the cell after it)
    aligned = len(names) == len(cells)
    label = lots[0] if aligned and lots[0] > 0 else (2 if row_reference(text) else 1)
    in_lots = cells[label : lots[-1] + 1] if aligned else cells[label:]
    values = [c for c in in_lots if not EMPTY_CELL.match(c) and not _SAME_AS_LOT.match(c)]
    if len(cells) <= label or len(set(values)) < 2:
        return _sentences_of(text, members, False, None)
    after = cells[lots[-1] + 1 :] if aligned else []
    head = " | ".join(cells[:label])
    blocks = tuple(b for _, b in members)
    page = next((b.page for b in blocks if b.page is not None), None)
    return [
        replace(sentence, blocks=blocks, page=page)
        for cell in [f"{head} | {value}" for value in dict.fromkeys(values)]
        + [c for c in after if not EMPTY_CELL.match(c)]
        for sentence in _sentences_of(cell, [], False, None)
    ]


def _sentences_of(
    text: str, members: list[tuple[int, Block]], item: bool, header: str | None
) -> list[Sentence]:
    """The sentences of one unit; `header` is the header row of the table it is a row of."""
    result: list[Sentence] = []
    if header is not None:
        text = _without_respondent(_without_former(text, header), header)
    opening = opening_code(text)
    numbered = _NUMBERED_ANSWER.match(text)
    if numbered:
        # "Q7 — … | R7 — …": the answer is cited, and its question restates the tender as it
        # was (blanked, same length, so that the offsets of its lines hold)
        opening = f"R{numbered.group('n')}"
        text = " " * numbered.start("answer") + text[numbered.start("answer") :]
    for n, (begin, end) in enumerate(_split(text, in_row=_is_row(members))):
        spanned = [
            b
            for offset, b in members
            if offset < end and (offset >= begin or offset + len(b.text) > begin)
        ]
        sentence = " ".join(text[begin:end].split())
        result.append(
            Sentence(
                text=_BULLET.sub("", sentence, count=1) if n == 0 and item else sentence,
                page=next((b.page for b in spanned if b.page is not None), None),
                blocks=tuple(spanned),
                is_item=item and n == 0,
                ends_with_colon=sentence.endswith(":"),
                header=header,
                opening=opening,
                first_cell=text.count(" | ", 0, begin) if header is not None else 0,
            )
        )
    return _closed_by_codes(result)


def _closed_by_codes(
    result: list[Sentence], stops: Callable[[Sentence], bool] = lambda _: False
) -> list[Sentence]:
    """The sentences, each without a code of its own given the code that closes the next
    sentence to carry one, up to a sentence that `stops` it: a rule's code at the end of its
    last sentence ("… journalisés ; les journaux sont conservés un an (R-12).") is the code of
    the rule."""
    closing: str | None = None
    out: list[Sentence] = []
    for sentence in reversed(result):
        closed = _CLOSED.search(sentence.text)
        if closed or _OWN_CODE.search(sentence.text):
            closing = next((g for g in closed.groups() if g), None) if closed else None
        elif stops(sentence):
            closing = None
        elif closing is not None and sentence.closing is None:
            sentence = replace(sentence, closing=closing)
        out.append(sentence)
    return out[::-1]


# "R1 Oui. Le montant…", "EXG-HEB-04 : Le recours…", "Exigence E-12 : …", "P-05 – Attestation…",
# "A.1 Responsabilité civile professionnelle (obligatoire) ☐ Oui ☐ Non":
# the code of the answer, requirement or piece a paragraph opens on; and a requirement's code
# written after it "(EXG-HEB-01)".
# A requirement's code of one or more parts: "E-12", "EX-HEB-04", "R-RGPD-05"; numbered in
# points: "CP-HDS-4.1".
DASHED_CODE = r"[A-Z]{1,5}(?:-[A-Z]{2,5})*-\d{1,3}(?:\.\d{1,2})?"
_OPENING_CODE = re.compile(
    # (after the bullet and the box of a task list, "- [x] H1 — Données … hébergées en France")
    # (or after a status pictograph a checklist opens its items on: "✅ A1 — RC professionnelle…")
    rf"^(?:[-*•]\s+)?(?:\[[ xX]\]\s+)?(?:{PICTOGRAPH}\s*)?"
    r"(?:(?i:exigence|requirement|r[ée]f\.?|r[èe]gle|rule)\s+)?"
    # ("S2.14 Certificates of currency…": a schedule's requirement and its number)
    rf"([A-Z]{{1,4}}\d{{1,3}}(?:\.\d{{1,3}}){{0,2}}|{DASHED_CODE}|[A-Z]\.\d{{1,2}}|{ITEM_CODE})"
    # "Exigence EX-23 (impérative) :", "EXG-SEC-012 [O] –": the priority in brackets, then
    # the colon or dash
    r"(?:\s*(?:\([^()]{1,30}\)|\[[^\[\]]{1,30}\]))?"
    # ("R1 - Le montant exigé…": a hyphen between spaces, as a plain-text e-mail writes a dash)
    # ("**A1** ✅ « Le titulaire justifie… »": a checklist item's code, its status, then the
    # requirement it quotes)
    # ("AR-11 (Withdrawn in version 3 – HDS no longer required)": a point whose whole text
    # stands in brackets)
    rf"(?:\s*[:–—.]\s+|\s+-\s+|\s+(?:{PICTOGRAPH}\s*)?(?=(?:[«“\"(]\s*)?[A-ZÀ-Þ]))"
)
_BRACKETED_MARK = re.compile(r"[(\[]([^()\[\]]{1,30})[)\]]")
# "(EXG-HEB-02)", "(SR-03, Must)": a requirement's code, with its priority if any.
# "(SR-03, Must)" inside a sentence, "[R-HEB-01]" closing it: the requirement's own code.
_OWN_CODE = re.compile(
    # (not the business term of an eForms notice beside its label, "Critère (BT-809)": the
    # name of a field of the form, "OPT-", "OPP-" too)
    r"\((?!(?:BT|OPT|OPP|OPA)-)([A-Z]{2,5}(?:-[A-Z]{2,5})*-\d{1,3})(?:\s*[,;]\s*[^()]{1,20})?\)"
    rf"|\[({DASHED_CODE})\]"
)
# "the Personal Data Protection Act (ZVOP-2)": the short name of a law, not a requirement's code.
_NAMES_A_LAW = re.compile(
    r"\b(?:act|law|regulation|directive|code|loi|d[ée]cret|r[èe]glement|ordonnance)\s*$", re.I
)
# The code as the last words of a sentence: "… validée (R-08).", "… en France. [R-HEB-02]";
# a code of one letter is a rule's own only there ("… (S-01) and …" names another one).
_CLOSED = re.compile(rf"(?:{_OWN_CODE.pattern}|\(([A-Z]-\d{{2,3}})\))\s*[.;]?\s*$")
# "… hébergées en France. [R-HEB-02] Les centres…": the code in brackets closes the sentence
# before it.
_CLOSING_CODE = re.compile(rf"\[{DASHED_CODE}\]")
# « Certification HDS de l'hébergeur. (NON APPLICABLE – … voir § 1) », "… per claim.
# (Recommended)": a status in brackets after a requirement's full stop, the requirement's own
_CLOSING_STATUS = re.compile(
    r"\((?:non[ -]applicable|not[ -]applicable|n/a|recommand[ée]e?s?|obligatoire|facultati(?:f|ve)"
    r"|optionnel(?:le)?|souhait[ée]e?|souhaitable|mandatory|recommended|optional|desirable)"
    r"\b[^()]{0,120}\)",
    re.IGNORECASE,
)


def _sole_cell_code(text: str) -> str | None:
    """ "R4" of "R4 — Le titulaire…", a row whose only filled cell opens on its code: the
    answer column of a response grid left blank for the bidder."""
    return opening_code(text) if " | " not in text else None


# "Lot 1 | 3 000 000 € par sinistre | …": a row of a table giving each lot's demands.
_LOT_CELL = re.compile(r"^(Lots?\s\d{1,2}(?:\s(?:et|à|and|to)\s\d{1,2})?)\s?\|")


def _lot_row(text: str) -> str | None:
    lot = _LOT_CELL.match(text)
    return lot.group(1) if lot else None


def opening_code(text: str) -> str | None:
    m = _OPENING_CODE.match(text)
    return m.group(1) if m else None


# An answer this short (« Yes – Protected B », « Required », « Non ») answers the question
# beside it; a longer one is the buyer's answer to a bidder's question, which alone demands.
MAX_BARE_ANSWER_WORDS = 4
# The columns of a table of the bidders' questions and the buyer's answers ("N° | Question |
# Réponse"); not a response grid's "Question | Réponse attendue", whose questions ask the bidder.
_QUESTION_COLUMN = re.compile(
    r"^(?:questions?|question pos[ée]e|q)"
    r"(?:\s+(?:du|des|de\s+la|de\s+l['’]|of\s+the|from\s+the)\s?.*)?$",
    re.IGNORECASE,
)
# (Not « Réponse du fournisseur », the column a questionnaire leaves for the respondent. An
# insurer's proposal form, « Réponse du proposant », sets its questions aside all the same: the
# whole form is the applicant's declaration.)
_BIDDER = (
    r"(?:fournisseur|candidat|soumissionnaire|titulaire|prestataire|entreprise|op[ée]rateur|"
    r"supplier|vendor|bidder|tenderer|respondent)s?\b"
)
_ANSWER_COLUMN = re.compile(
    r"^(?:answers?|r[ée]ponses?|reply)(?:\s+(?:du\s|de\s+la\s|des\s|de\s+l['’]\s*|of\s+the\s|"
    rf"from\s+the\s)(?!{_BIDDER}).*)?$",
    re.IGNORECASE,
)


# A row of published questions and answers numbered on both sides: "Q7 — … | R7 — …".
_NUMBERED_ANSWER = re.compile(
    r"^(?:Q|Question)\s?(?P<n>\d{1,3})\s*[—–:.-][^|]*\|\s*(?P<answer>(?:R|R[ée]ponse|A|Answer)\s?(?P=n)\s*[—–:.-])",
    re.IGNORECASE,
)


# The columns of a table of amendments setting the former wording beside the new one
# (« Article | Rédaction initiale | Nouvelle rédaction », "Current wording | Amended wording").
_FORMER_COLUMN = re.compile(
    r"^(?:r[ée]daction|version|texte|wording|text)\s+(?:initiale|ant[ée]rieure|actuelle|"
    r"d'origine|originale?|current|original|former)$"
    r"|^(?:ancienne|pr[ée]c[ée]dente)\s+(?:r[ée]daction|version)$"
    r"|^(?:current|original|former|existing)\s+(?:wording|text|version|clause)$|^before$",
    re.IGNORECASE,
)
_NEW_COLUMN = re.compile(
    r"^(?:nouvelle|new)\s+(?:r[ée]daction|version|wording|text|clause)$"
    r"|^(?:r[ée]daction|version|texte)\s+(?:nouvelle|modifi[ée]e|amend[ée]e)$"
    # ("Varied wording" in an Australian contract variation)
    r"|^(?:amended|revised|varied|modified|replacement)\s+(?:wording|text|version|clause)$|^after$",
    re.IGNORECASE,
)


# « Buyer position » beside « Supplier commitment » in negotiation minutes: the position the
# buyer opened with, which the commitment agreed settles
_OPENING_POSITION_COLUMN = re.compile(
    r"^(?:(?:the\s+)?(?:buyer|council|customer|authority)(?:['’]s)?\s+(?:position|request|ask)"
    r"|position\s+(?:de\s+l['’]acheteur|du\s+client|initiale)|demande\s+de\s+l['’]acheteur)$",
    re.IGNORECASE,
)
_COMMITMENT_COLUMN = re.compile(
    r"^(?:(?:the\s+)?supplier(?:['’]s)?\s+commitment|agreed\s+position|outcome"
    r"|engagement\s+du\s+(?:titulaire|prestataire|fournisseur)|position\s+retenue)$",
    re.IGNORECASE,
)


def _without_former(text: str, header: str) -> str:
    """A row of a table whose one column is set aside by another of the same row, blanked
    (same length, so that the offsets of its lines hold) where the other is filled: the
    bidders' question, which restates the tender as it was ("Cover of EUR 2.500.000 is hard to
    obtain"), beside the buyer's answer, which says what is demanded; the former wording of an
    article beside its new wording in the table of an amendment; the buyer's opening position
    beside the commitment agreed in negotiation minutes."""
    names, cells = header.split(" | "), text.split(" | ")
    for older, newer in (
        (_QUESTION_COLUMN, _ANSWER_COLUMN),
        (_FORMER_COLUMN, _NEW_COLUMN),
        (_OPENING_POSITION_COLUMN, _COMMITMENT_COLUMN),
    ):
        set_aside = [i for i, name in enumerate(names) if older.match(name.strip())]
        holding = [i for i, name in enumerate(names) if newer.match(name.strip())]
        if not set_aside or not holding or len(cells) != len(names):
            continue
        if not cells[holding[0]].strip():
            continue
        if older is _QUESTION_COLUMN and respondent_columns(names) - set(holding):
            # « Réf. | Question | Niveau | Réponse | Commentaire du fournisseur »: a questionnaire
            # the respondent fills in, whose answers are its own; its questions state the demands
            # (an insurer's form answered « Réponse du proposant » is the applicant's declaration)
            continue
        if older is _QUESTION_COLUMN and len(cells[holding[0]].split()) <= MAX_BARE_ANSWER_WORDS:
            # « 4 | The hosting environment must be certified to ISO/IEC 27001 | Required »: a
            # check list whose answers only say yes or no to what its questions state
            continue
        cells[set_aside[0]] = " " * len(cells[set_aside[0]])
        joined = " | ".join(cells)
        # A column set aside first leaves no separator before the next one's words.
        return joined.replace(" | ", "   ", 1) if set_aside[0] == 0 else joined
    return text


def _without_respondent(text: str, header: str) -> str:
    """A row of a questionnaire with the columns left for the respondent blanked (same
    length, so that the offsets of its lines hold): what stands there (« Oui Non », the
    respondent's own set-up) is its word, not the buyer's. The DOCX and CSV readers leave
    these columns out as they read (parsing/respondent.py); the other tables are read here."""
    names, cells = header.split(" | "), text.split(" | ")
    columns = respondent_columns(names) - {0}
    if not columns or len(cells) != len(names):
        return text
    # (its plain « Réponse » column beside « Commentaire du fournisseur » is the respondent's
    # too: « ( ) Oui (•) Non » is its answer, no waiver of the buyer's)
    columns |= {i for i, name in enumerate(names) if i and _ANSWER_COLUMN.match(name.strip())}
    return " | ".join(" " * len(c) if i in columns else c for i, c in enumerate(cells))


# (« S/N », "S. No.", "Sr. No.": the serial number Singaporean and Indian tables give each row)
_ARTICLE_COLUMN = re.compile(
    r"^(?:article|art\.?|clause|n°|no\.?|§|r[ée]f\.?|s/n|s\.?\s?no\.?|sr\.?\s?no\.?)$",
    re.IGNORECASE,
)
_ITEM_COLUMN = re.compile(r"^item$", re.IGNORECASE)
# The first column of a table whose rows are named by their subject
_SUBJECT_COLUMN = re.compile(
    r"^\s*(?:sujets?|th[èe]mes?|points?|rubriques?|domaines?|topics?|subjects?|areas?)\s*$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})*[a-z]?$")


# "Écart n° 4", "Observation 2", "Finding 3": a finding of an audit report, named by its word
# and number, in its title and in the rows of a summary table.
FINDING = (
    r"(?P<word>[ée]cart|observation|constat|non-conformit[ée]|finding)\s*(?:n[°o]\.?\s*)?"
    r"(?P<n>\d{1,3})\b"
)
_FINDING_ROW = re.compile(rf"^{FINDING}[^|]{{0,20}}\|", re.IGNORECASE)


def finding_name(m: re.Match[str]) -> str:
    """ "Écart 4" for "ÉCART N° 4", as a finding is cited."""
    return f"{m.group('word').capitalize()} {m.group('n')}"


def row_reference(text: str) -> str | None:
    """ "S-02" of "S-02 | The Supplier shall…", "C5" of "C5 – Attestation d'assurance | …",
    "EX-HEB-01" of "EX-HEB-01 | L'hébergement … | O", "9 (1)" of "§ 9 (1) Rückgabe … | § 9 (1)
    Return …" (a contract laid out as a table, a paragraph per row)."""
    # "3. Hosting 3.1 All City data… | 3. Hébergement 3.1 Toutes les données…": a cell holding
    # a section's title and its first point, cited by the point
    titled = _TITLE_AND_FIRST_POINT.match(text)
    if titled:
        return titled.group(2)
    article = _ARTICLE_ROW.match(text)
    if article:
        return article.group(1)
    m = _ROW_REFERENCE.match(text)
    if m:
        return m.group(1) or m.group(2)
    paragraph = _PARAGRAPH_ROW.match(text)
    if paragraph:
        return paragraph.group(1)
    finding = _FINDING_ROW.match(text)
    if finding:
        return finding_name(finding)
    # "5 | ASS-01 | Assurance de responsabilité civile…": a grid printed from a spreadsheet
    # with its row numbers; the row's own reference is in the next cell.
    counted = _ROW_NUMBER.match(text)
    if counted:
        m = _ROW_REFERENCE.match(text[counted.end() :])
        if m and m.group(1) and not m.group(1)[:1].isdigit():
            return m.group(1)
    # "8 The Contractor's liability… | 8 La responsabilité du titulaire…": a clause written in
    # two languages side by side, its number opening both cells.
    twice = _NUMBERED_TWICE.match(text)
    return twice.group(1) if twice else None


# "Art. 11.1 – Assurance RC | Le Prestataire est titulaire…": a table of the articles a
# contract's particular conditions write anew, each row cited by the article it names.
_ARTICLE_ROW = re.compile(
    r"^(?:Art\.|Article)\s?(\d{1,3}(?:\.\d{1,2}){0,2})(?:\s?[-–—:]\s[^|]{0,80})?\s*\|"
)
_PARAGRAPH_ROW = re.compile(r"^§\s?(\d{1,3}(?:\s?\(\d{1,2}\))?)\s")
_ROW_NUMBER = re.compile(r"^\d{1,4}\s?\|\s?")
_TITLE_AND_FIRST_POINT = re.compile(r"^(\d{1,2})\.?\s[^|\d]{1,40}?\s(\1\.\d{1,2})\s")
_NUMBERED_TWICE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s[^|]*\|\s*\1\.?\s")
