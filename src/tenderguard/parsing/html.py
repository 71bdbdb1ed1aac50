"""Web pages saved from a browser (.html, .htm): the text a reader of the page sees.

lxml, already needed by python-docx, parses the page as a browser does, broken markup
included. Not the page's text: scripts, styles and comments; the site around the page (<nav>,
<header> and <footer> of the site, <aside> but a box within an article or section of the
text, the landmarks a page marks as navigation, banner or site information, cookie and
consent boxes, breadcrumbs); forms and what the page hides.
Headings <h1>-<h6> and the <summary> of a collapsible block (or its title named so by its
class) open clauses; paragraphs, list items and terms are blocks; each row of a table is one
block, its cells joined by " | ", as the other readers give them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lxml import html as lxml_html
from lxml.etree import ParserError, _Element

from tenderguard.models import Block, BlockKind
from tenderguard.parsing.css_counters import Counters, list_styles
from tenderguard.text import clean, section_number

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that hold their own lines; anything else is inline, read within its parent's line.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "ul", "caption", "legend", "label",
    }
)  # fmt: skip
_NOT_TEXT = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "aside", "button",
     "svg", "iframe", "select", "dialog", "textarea"}
)  # fmt: skip
_PAGE_PARTS = frozenset({"article", "section", "main", "details"})
_ASIDE_WITHIN = frozenset({"article", "section", "details"})
_CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
_SITE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"})
# The boxes a site lays over its pages, named so in their id or class.
# (and a wiki's chrome: MediaWiki's « [edit] » links beside each heading, its « Contents »
# box, which repeats the headings)
_SITE_BOX = re.compile(
    r"cookie|consent|breadcrumb|skip-?link|navbar|site-(?:header|footer)|mw-editsection|\btoc\b",
    re.I,
)
# The panels of a tabbed page, hidden but for the chosen one (Bootstrap's "tab-pane", ARIA's
# role="tabpanel").
_TAB_PANEL = re.compile(
    r"\btab-?pane\b|\btab-?panel\b|\btab-content\b"
    r"|\b(?:acc|accordion|collapse|faq)-?(?:panel|body|content|answer)\b",
    re.IGNORECASE,
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_PAGE_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_SPACES = re.compile(r"\s+")
_NUMBERED = re.compile(r"^\s*(?:[IVX]{1,5}|\d{1,3})(?:\.\d{1,3})*[.)]?\s")
# "DSP-01 · Information governance": the code a collapsible requirement is titled by
_CODED = re.compile(r"^\s*[A-Z]{1,5}-\d{1,3}\b")
_CODED_TERM = re.compile(
    r"^\s*(?:(?:Exigence|Requirement|R[èe]gle|Rule|Mesure|Control|Contr[ôo]le)\s+)?"
    r"[A-Z]{1,5}-\d{1,3}(?:\.\d{1,2})?\b"
)
# "ol ol { list-style-type: lower-alpha; }": the numbering of lists nested so deep.
_NESTED_OL_TYPE = re.compile(
    r"(?P<ols>(?:\bol\s*>?\s*){2,4})\{[^}]*?list-style-type\s*:\s*(?P<type>[\w-]+)", re.I
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SMALL_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_PRINTS_COUNTERS = re.compile(r"li[^{}]*::?before\s*\{[^}]*content\s*:[^}]*counters?\(", re.I)
# The title of a collapsible block drawn without <summary>: Notion's toggles
# (`<div class="toggle-title">`), the accordions and FAQ questions of site builders.
_TOGGLE_TITLE = re.compile(
    r"^(?:toggle|accordion|collaps(?:e|ible)|faq)[-_]?(?:title|header|heading|question|trigger)$"
    r"|^faq[-_]?q$|^question$",
    re.IGNORECASE,
)
# ("G.1", a clause of a part lettered G)
_NUMBER_ALONE = re.compile(
    r"\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVX]{1,5}|[A-Z]\.\d{1,3}(?:\.\d{1,3}){0,2})\.?\)?\s*"
)


def is_html(data: bytes) -> bool:
    """Whether the bytes open as an HTML page (a doctype or <html>, after comments)."""
    return _PAGE_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def decode_html(data: bytes) -> str:
    """The page's text: in the charset its <meta> declares, else UTF-8, else Windows-1252."""
    declared = _DECLARED.search(data[:4096])
    for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8-sig"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def read_html(text: str) -> list[Block]:
    """The blocks of a page's text, in reading order."""
    return _read(text).blocks


def mail_lines(text: str) -> list[str]:
    """The text of an e-mail sent as HTML only, line by line as a mail client shows it when it
    answers as text: each earlier message quoted in a <blockquote> behind as many "> " marks as
    it is deep, the items of a numbered list behind their number ("1) …"). The thread is then
    read as any e-mail saved as text."""
    reader = _read(text)
    lines = []
    for block, depth, number in zip(reader.blocks, reader.depths, reader.numbers, strict=True):
        shown = f"{number}) {block.text}" if number is not None else block.text
        lines.append("> " * depth + shown)
    return lines


MIN_FIELD_LISTS = 2


def _field_terms(root: _Element) -> frozenset[str]:
    """The terms that recur in several of the page's <dl>: the fields of a card (« Ref. »,
    « Type », « Requirement »), not titles."""
    seen = Counter(
        term for dl in root.iter("dl") for term in {_words(dt) for dt in dl if dt.tag == "dt"}
    )
    return frozenset(term for term, count in seen.items() if count >= MIN_FIELD_LISTS and term)


def _read(text: str) -> _Reader:
    reader = _Reader()
    try:
        root = lxml_html.document_fromstring(text)
    except (ParserError, ValueError):
        return reader
    # The numbers of a Google Docs export are in its style sheet (css_counters.py).
    css = "".join(s.text or "" for s in root.iter("style"))
    reader.counters = Counters(list_styles(css))
    # A sheet that prints counters before its items by other selectors (« ol.cp ol>li::before
    # {content:counters(pt,".")} »): the items of nested <ol> are numbered by their path, as
    # the page shows them (« 7.2 », « 5.3.1 »).
    reader.nested = (
        _PRINTS_COUNTERS.search(css) is not None and not reader.counters.styles.numbers_items()
    )
    reader.nested_types = {
        m.group("ols").count("ol"): m.group("type").lower() for m in _NESTED_OL_TYPE.finditer(css)
    }
    _labels_before_their_text(root)
    reader.field_terms = _field_terms(root)
    body = root.find("body")
    reader.walk(root if body is None else body)
    return reader


_FIELDS = ("input", "textarea", "select")


def _labels_before_their_text(root: _Element) -> None:
    """« <p>Le titulaire est couvert par une assurance…</p> <label>1.1 Responsabilité civile
    professionnelle</label> <input> »: a form that sets each requirement above the empty,
    numbered field answering it (its first field too, under the legend; nothing after its last
    field) — not a form whose fields are followed by their help, nor fields holding their own
    text. The field's label goes before the text, so the text is read under its number."""
    for group in (*root.iter("fieldset"), *root.iter("form")):
        labels = [
            label
            for label in group.iterchildren("label")
            if _NUMBERED.match(label.text_content() or "")
            and label.getnext() is not None
            and label.getnext().tag in _FIELDS
        ]
        last = labels[-1].getnext() if labels else None
        if last is None or last.getnext() is not None or not _text_above(labels[0]):
            continue
        for label in labels:
            if _text_above(label) and _empty(label.getnext()):
                label.getprevious().addprevious(label)


def _text_above(label: _Element) -> bool:
    before = label.getprevious()
    return before is not None and before.tag == "p"


def _empty(field: _Element) -> bool:
    """Whether a form's field is left for the answer (not a read-only one holding its text)."""
    return field.get("readonly") is None and not (field.text or "").strip()


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.depths: list[int] = []  # of each block: the <blockquote> elements around it
        self.numbers: list[int | None] = []  # of each item of a numbered list (<ol>)
        self.level = 1  # of the last heading: a <summary> titles a part one level below
        self.numbered = False  # whether the last heading opens on its number
        self.depth = 0
        self.number: int | None = None
        self.counted: list[int] = []  # items met so far in each <ol> being walked, innermost last
        self.counters = Counters(list_styles(""))
        self.marker: str | None = None  # printed by the style sheet before the item being read
        self.nested = False  # whether nested <ol> items are numbered by their path
        # The list type of the <ol> nested so deep (2: "ol ol {list-style-type: lower-alpha}")
        self.nested_types: dict[int, str] = {}
        self.section: str | None = None  # the number of the last heading, "3" of "3. Service"
        self.paths: list[str | None] = []  # the number of the item being read in each <ol>
        self.outlines: list[bool] = []  # whether each <ol> being walked is a text's outline
        self.headed = False  # whether a heading was read: a page's lists are then its own
        # The terms of the field lists repeated card after card (« Ref. », « Type »)
        self.field_terms: frozenset[str] = frozenset()

    def _fields(self, dl: _Element) -> bool:
        """A card's list of fields (« <dt>Ref.</dt><dd>M-01</dd> <dt>Type</dt>… »), read as
        lines « Ref. : M-01 », « Type : Mandatory » under the card's title; False (nothing read)
        for a list whose terms are titles."""
        terms = [child for child in dl if child.tag == "dt"]
        if not terms or any(_words(term) not in self.field_terms for term in terms):
            return False
        label: str | None = None
        for child in dl:
            if child.tag == "dt":
                label = _words(child)
            elif child.tag == "dd" and label is not None:
                self._add(f"{label} : {_words(child)}", BlockKind.LINE)
        return True

    def walk(self, element: _Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        parent = element.getparent()
        if tag == "li" and parent is not None and parent.tag == "ol" and self.counted:
            self.counted[-1] += 1  # counted even when hidden: the list shows its own numbers
            self.number = self.counted[-1]
        if tag == "li" and parent is not None:
            self.marker = self.counters.item(_classes(parent))
            if self.nested and parent.tag == "ol" and self.counted:
                self.marker = ".".join(map(str, self.counted))
            elif self.marker is None and parent.tag == "ol" and self.counted:
                self.marker = self._implicit_number(parent)
        if tag in ("ol", "ul"):
            self.counters.enter_list(_classes(element))
        if tag == "button" and element.get("aria-controls") and element.get("role") != "tab":
            # an accordion's header (« <button aria-controls="acc-1">Insurance
            # requirements</button> ») titles the panel it opens
            self._add(_heading_words(element), BlockKind.HEADING, min(self.level + 1, 6))
            return
        if _site_or_hidden(element, tag):
            return
        if element.get("role") == "tabpanel":
            # a tab's panel is titled by its tab (« Lot 1 – Rostering SaaS »), in the tab list
            # above it, not in it
            self._add(_tab_label(element), BlockKind.HEADING, min(self.level + 1, 6))
        if tag == "blockquote":
            self.depth += 1
            self._walk(element, tag)
            self.depth -= 1
        elif tag == "ol":
            self.counted.append(_start(element) - 1)
            self.paths.append(None)
            self.outlines.append(_outline(element))
            self._walk(element, tag)
            self.counted.pop()
            self.paths.pop()
            self.outlines.pop()
        else:
            self._walk(element, tag)

    def _implicit_number(self, ol: _Element) -> str | None:
        """The number a browser prints before an item of an <ol> under a numbered heading,
        written as the page cites it: « 3.1 » for the first item under « 3. Service Levels »,
        « 3.1(a) » for the first of the lettered list inside it (`type="a"`, or the style
        sheet's « ol ol {list-style-type: lower-alpha} »). None under a heading without a
        number: the items are read as they were."""
        depth = len(self.counted)
        above = self.paths[-2] if depth > 1 else self.section
        count = self.counted[-1]
        if above is None and depth == 1 and (self.outlines[-1] or not self.headed):
            # the clauses of a contract numbered by its lists alone, under unnumbered headings;
            # the points of a message without headings (« <ol><li>Après arbitrage … »), as a
            # letter's « 1) » are (numbered « 1. », as Word numbers a letter's points)
            self.paths[-1] = str(count)
            return str(count) if self.outlines[-1] else f"{count}."
        if above is None:
            return None
        # (a list inside a lettered point is numbered as browsers draw it: « 3(b) 2 »)
        default = "decimal" if depth == 1 or above.endswith(")") else ""
        kind = ol.get("type") or self.nested_types.get(depth, default)
        if kind in ("a", "lower-alpha", "lower-latin") and count <= len(_LETTERS):
            number = f"{above}({_LETTERS[count - 1]})"
        elif kind in ("i", "lower-roman") and count <= len(_SMALL_ROMANS):
            number = f"{above}({_SMALL_ROMANS[count - 1]})"
        elif kind in ("1", "decimal"):
            # (« 3(b) 2 »: the second item of the list inside point b) of article 3, as the page
            # cites it « art. 3 b) 2 »)
            number = f"{above} {count}" if above.endswith(")") else f"{above}.{count}"
        else:
            return None
        self.paths[-1] = number
        return number

    def _walk(self, element: _Element, tag: str) -> None:
        # The <summary> of a collapsible block, and the term of a list of fields
        # (« <dt>Pénalités</dt><dd>Retard de mise en production : 150 € HT par jour</dd> »),
        # title their part one level below the heading they are under. Under a numbered
        # heading (« III.1.2) Capacité économique et financière »), the terms label the lines
        # of the numbered field, which is cited.
        # (and the legend of a form's fieldset, « <legend>2. Assurances</legend> »)
        summary = tag in ("summary", "legend") or any(
            _TOGGLE_TITLE.match(c) for c in _classes(element)
        )
        parent = element.getparent()
        outline = tag == "li" and len(self.outlines) == 1 and self.outlines[-1] and self.marker
        if outline and parent is not None and _titled_item(element):
            # « <li><strong>Definitions</strong><ol type="a">… »: the clause's title, numbered
            # as the list draws it; its points follow under it
            title = element[0]
            self._add(_words(title), BlockKind.HEADING, min(self.level + 1, 6))
            element.text = title.tail
            element.remove(title)
        words = _heading_words(element) if tag in _HEADINGS or summary or tag == "dt" else ""
        if summary and _GENERIC_TOGGLE.match(words):
            return  # « Show answer »: the toggle's button, not a title; the question above titles
        # (a term naming a requirement by its code, « <dt>Exigence S-01 (recommandé)</dt> »,
        # titles its text under a numbered heading too)
        coded_term = tag == "dt" and _CODED_TERM.match(words) is not None
        if tag in _HEADINGS or summary or (tag == "dt" and (not self.numbered or coded_term)):
            level = _HEADINGS.get(tag, min(self.level + 1, 6))
            outline_number = _outline_number(element) if tag in _HEADINGS else None
            if outline_number is not None:
                # (LibreOffice writes an outline's numbers as the lists its headings stand in)
                self.marker = outline_number
            self._add(words, BlockKind.HEADING, level)
            self.headed = True
            if tag in _HEADINGS:
                self.level = level
                self.numbered = _NUMBERED.match(words) is not None
                self.section = section_number(words)
            elif summary and _CODED.match(words):
                # (the terms of the fields under a requirement's coded title label its lines:
                # « <dt>Requirement</dt> », « <dt>Mandatory</dt> »)
                self.numbered = True
            return
        if tag == "dl" and self._fields(element):
            return
        inner = _labelled_lists(element, tag)
        if inner:
            self._add(_label_words(element, inner), BlockKind.HEADING, min(self.level + 1, 6))
            for child in inner:
                self.walk(child)
            return
        if element.get("role") == "row":
            # a grid built of <div role="row"> and its cells (ARIA), read as a table's row
            cells = [_words(c) for c in element if (c.get("role") or "") in _CELL_ROLES]
            if any(cells):
                self._add(" | ".join(cells), BlockKind.TABLE_ROW)
                return
        if tag == "table":
            if _laid_out(element):
                for cell in (c for row in _own_rows(element) for c in _own_cells(row)):
                    self._walk(cell, "td")
                return
            spanning: dict[int, tuple[str, int]] = {}
            for row in _own_rows(element):
                cells = _row_cells(row, spanning)
                if any(cells):
                    self._add(" | ".join(cells), BlockKind.TABLE_ROW)
            return
        bold = _bold_title(element) if tag == "p" else None
        if bold:
            # « <p><b>Assurances</b></p> » on a page without heading tags: a title set in bold
            # over the paragraphs it titles
            self._add(bold, BlockKind.HEADING, min(self.level + 1, 6))
            return
        if tag == "pre":
            for line in element.text_content().splitlines():
                self._add(_SPACES.sub(" ", line).strip(), BlockKind.LINE)
            return
        kind = BlockKind.LIST_ITEM if tag in ("li", "dd") else BlockKind.PARAGRAPH
        # Text and inline elements are one line until a block element breaks it.
        line = [element.text or ""]
        for child in element:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if child_tag in _BLOCKS or child_tag in _NOT_TEXT or child_tag == "br":
                if child_tag == "br" and _OPENS_POINT.match(child.tail or ""):
                    # « 1) Vous devez être couvert…<br>2) Merci de joindre… »: the points of
                    # a list typed in one paragraph, a line each
                    self._add(_SPACES.sub(" ", "".join(line)).strip(), kind)
                    line = []
                elif child_tag == "br":
                    line.append(" ")
                else:
                    self._add(_SPACES.sub(" ", "".join(line)).strip(), kind)
                    line = []
                    self.walk(child)
            elif child_tag == "input" and child.get("readonly") is not None:
                # (a read-only field of a printed form: its value is the buyer's text)
                line.append(f" {child.get('value') or ''} ")
            elif child_tag and not _site_or_hidden(child, child_tag):
                words = _shown_text(child)
                line.append(words)
                if _NUMBER_ALONE.fullmatch(words) and (child.tail or "")[:1].isalpha():
                    # `<span class="num">12.1</span>The Provider…`: the number a style sets
                    # apart from its text, with a margin the text has no space for
                    line.append(" ")
            line.append(child.tail or "")
        self._add(_SPACES.sub(" ", "".join(line)).strip(), kind)

    def _add(self, text: str, kind: BlockKind, level: int | None = None) -> None:
        text = clean(text).strip()
        if text:
            if kind is BlockKind.PARAGRAPH and self.marker is not None:
                # `<li><p>Le titulaire…</p></li>`, as word processors export a numbered list:
                # the paragraph opening the item is the item, under the item's number
                kind = BlockKind.LIST_ITEM
            number = self.marker if kind in (BlockKind.LIST_ITEM, BlockKind.HEADING) else None
            self.blocks.append(Block(text, None, kind, level=level, number=number))
            self.marker = None
            self.depths.append(self.depth)
            self.numbers.append(self.number if kind is BlockKind.LIST_ITEM else None)
            if kind is BlockKind.LIST_ITEM:
                self.number = None


# What a cell of a layout table holds, not a cell of data: paragraphs, lists, headings.
_CELL_BLOCKS = ("p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")


# A label, not a sentence: short, without a full stop, a figure or a semicolon.
_LABEL = re.compile(r"^[^\d.;!?]{2,60}?\s*:?$")


def _labelled_lists(element: _Element, tag: str) -> list[_Element]:
    """The lists inside an item of a bulleted list that only names what they detail
    (« <li>Responsabilité civile professionnelle<ul><li>1 M€ par sinistre</li>… »): the item
    titles them, as a heading one level below would, and their items are cited by it."""
    parent = element.getparent()
    if tag != "li" or parent is None or parent.tag != "ul":
        return []
    inner = [c for c in element if c.tag in ("ul", "ol")]
    if not inner:
        return []
    return inner if _LABEL.match(_label_words(element, inner)) else []


def _label_words(element: _Element, inner: list[_Element]) -> str:
    """The item's own words, without the lists it titles."""
    return _words_but(element, lambda child: child in inner)


def _row_cells(row: _Element, spanning: dict[int, tuple[str, int]]) -> list[str]:
    """The words of a row's cells, a cell spanning rows above (`rowspan`: « Insurance » over
    IN-01 and IN-02) repeated in each row it covers, so that every row's cells stand under
    their columns. `spanning` maps a column to the words spanning it and the rows left."""
    own = iter(c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th"))
    cells: list[str] = []
    column = 0
    while True:
        if column in spanning:
            words, rows_left = spanning.pop(column)
            if rows_left > 1:
                spanning[column] = (words, rows_left - 1)
            cells.append(words)
            column += 1
            continue
        cell = next(own, None)
        if cell is None:
            return cells
        words = _words(cell)
        if (rows := _span(cell.get("rowspan"))) > 1:
            spanning[column] = (words, rows - 1)
        cells.append(words)
        column += _span(cell.get("colspan"))


def _span(value: str | None) -> int:
    """A `rowspan` or `colspan`: at least 1, and no more than a table has rows (a typo such
    as `rowspan="2O"` is 1)."""
    return int(value) if value and value.isdigit() and 0 < int(value) <= MAX_SPAN else 1


MAX_SPAN = 1000


def _laid_out(table: _Element) -> bool:
    """Whether a table only lays out the page, its text read as text: a table of one column
    whose cells hold paragraphs, lists or other tables (the description and the comments of an
    issue exported from Jira; a page built of tables, as older sites and mail editors build
    them), or whose cells hold headings. A wiki's table of requirements, whose cells each hold a
    paragraph, is a table of data."""
    rows = _own_rows(table)
    cells = [c for row in rows for c in _own_cells(row)]
    inside = [d.tag for c in cells for d in c.iterdescendants() if isinstance(d.tag, str)]
    if any(tag in _HEADINGS for tag in inside):
        return True
    one_column = all(len(_own_cells(row)) <= 1 for row in rows)
    # (a table of data may nest the amounts of a row in a table of their own)
    return one_column and any(tag in _CELL_BLOCKS or tag == "table" for tag in inside)


def _own_rows(table: _Element) -> list[_Element]:
    """The rows of a table, not those of the tables nested in its cells."""
    return [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]


def _own_cells(row: _Element) -> list[_Element]:
    return [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]


# A line opening on the number or bullet of a point: « 2) », « 3. », « b) », « - », « • »
_OPENS_POINT = re.compile(r"^\s*(?:\d{1,2}[.)°]|[a-h]\)|[-•–])\s+\S")


def _classes(element: _Element) -> set[str]:
    """Its classes, and its id as "#id" (a style sheet may number one list by its id)."""
    named = element.get("id")
    return set((element.get("class") or "").split()) | ({f"#{named}"} if named else set())


def _words(element: _Element) -> str:
    """The words of an element on one line, a line break or a block inside it a space:
    « <b>ANIN</b><br>Association nationale… » is « ANIN Association nationale… »."""
    words: list[str] = []

    def visit(node: _Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None:
            return
        if tag == "br" or tag in _BLOCKS:
            words.append(" ")
        words.append(node.text or "")
        for child in node:
            visit(child)
            words.append(child.tail or "")
        if tag in _BLOCKS:
            words.append(" ")

    visit(element)
    return _SPACES.sub(" ", "".join(words)).strip()


MAX_BOLD_TITLE_WORDS = 12


def _bold_title(paragraph: _Element) -> str | None:
    """The words of a paragraph made of one bold run and nothing else, short as a title is
    (« Hébergement : » of `<p><b>Hébergement :</b></p>`), without the colon that ends it."""
    children = [c for c in paragraph if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag not in ("b", "strong"):
        return None
    if (paragraph.text or "").strip() or (children[0].tail or "").strip():
        return None
    words = _SPACES.sub(" ", children[0].text_content()).strip().rstrip(":").strip()
    return words if words and len(words.split()) <= MAX_BOLD_TITLE_WORDS else None


def _tab_label(panel: _Element) -> str:
    """The words of the tab a tab panel is labelled by (`aria-labelledby`), or of the tab that
    controls it (`aria-controls`); empty when neither is on the page."""
    root = panel.getroottree()
    labels = (panel.get("aria-labelledby") or "").split()
    tabs = [e for name in labels for e in root.xpath("//*[@id=$id]", id=name)]
    if not tabs and panel.get("id"):
        tabs = root.xpath("//*[@aria-controls=$id]", id=panel.get("id"))
    return " ".join(_heading_words(tab) for tab in tabs)


def _heading_words(element: _Element) -> str:
    """A heading's words without its permalink: the "#" or "¶" a docs site links the heading
    to itself with (`<a class="anchor" href="#s3-1">#</a>§3.1 Availability`), nor a wiki's
    « [edit] » link beside it."""
    return _words_but(
        element,
        lambda child: _permalink(child) or _SITE_BOX.search(child.get("class") or "") is not None,
    )


def _words_but(element: _Element, left_out: Callable[[_Element], bool]) -> str:
    """The words of an element on one line, less those of the children `left_out` picks."""
    words = [element.text or ""]
    for child in element:
        if not left_out(child):
            words.append(child.text_content() if isinstance(child.tag, str) else "")
        words.append(child.tail or "")
    return _SPACES.sub(" ", "".join(words)).strip()


def _permalink(element: _Element) -> bool:
    """A link to a place of the page whose text is only a sign, no word or number."""
    if element.tag != "a" or not (element.get("href") or "").startswith("#"):
        return False
    return not any(c.isalnum() for c in element.text_content())


def _controlled(element: _Element) -> bool:
    """Whether a button of the page opens the element (« <button aria-controls="ex1"> » over
    « <div id="ex1" hidden> »): an accordion's panel, shown on a click."""
    name = element.get("id")
    if not name:
        return False
    return bool(element.getroottree().xpath("//button[@aria-controls=$id]", id=name))


# The words of a toggle that opens an answer without naming it
_GENERIC_TOGGLE = re.compile(
    r"^(?:(?:show|view|see|read|display|hide)(?:\s+the)?\s+(?:answer|more|details|response)"
    r"|answer|details|more|read\s+more|(?:voir|afficher|lire)(?:\s+la)?\s+(?:r[ée]ponse|suite)"
    r"|r[ée]ponse|d[ée]tails|en\s+savoir\s+plus)\s*[.…:]*$",
    re.IGNORECASE,
)
_STRUCK = frozenset({"del", "s", "strike"})
# Google Docs' comments: the mark « [a] » where one is anchored (`<a id="cmnt_ref1">`) and the
# comment itself at the end of the page (`<a id="cmnt1">[a]</a>Ruth: …`)
_COMMENT_MARK = re.compile(r"^cmnt_ref\d{1,3}$")
_COMMENT = re.compile(r"^cmnt\d{1,3}$")


def _shown_text(element: _Element) -> str:
    """The text of an inline element as the page shows it: without the words struck out or
    hidden within it."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and not _site_or_hidden(child, tag):
            parts.append(_shown_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _outline_number(heading: _Element) -> str | None:
    """ "3.2" for a heading LibreOffice exports inside the second item of an <ol start="2">
    itself inside an item of an <ol start="3"> (« <ol start="3"><li><ol start="2"><li><h2>
    Disponibilité</h2> »): the number its outline prints, which the text does not hold."""
    numbers: list[str] = []
    node = heading
    while (li := node.getparent()) is not None and li.tag == "li":
        ol = li.getparent()
        if (
            ol is None
            or ol.tag != "ol"
            or any((sibling.text or "").strip() for sibling in li.itersiblings(preceding=True))
        ):
            return None
        before = sum(1 for s in li.itersiblings(preceding=True) if s.tag == "li")
        numbers.append(str(_start(ol) + before))
        node = ol
    return ".".join(reversed(numbers)) if numbers else None


def _start(ol: _Element) -> int:
    """The number of an <ol>'s first item (« <ol start="5"> » goes on from a list before)."""
    start = (ol.get("start") or "").strip()
    return int(start) if start.isdigit() else 1


MIN_OUTLINE_ITEMS = 2


def _outline(ol: _Element) -> bool:
    """Whether an <ol> is a text's outline, its items its clauses: each opens on a title in
    bold (« <li><strong>Definitions</strong><ol type="a">… »), or it goes on from a list
    before (start="5"); not a list of steps or of documents."""
    items = [li for li in ol if li.tag == "li"]
    titled = [li for li in items if _titled_item(li)]
    return _start(ol) > 1 or (len(items) >= MIN_OUTLINE_ITEMS and len(titled) == len(items))


def _titled_item(li: _Element) -> bool:
    """Whether a list item is a title in bold over a list of its points (« <li><strong>
    Definitions</strong><ol type="a">… »), not a bold code opening its text (« <li><b>C2</b>
    — The platform runs on … »)."""
    return (
        not (li.text or "").strip()
        and len(li) > 1
        and li[0].tag in ("strong", "b")
        and not (li[0].tail or "").strip()
        and li[1].tag in ("ol", "ul")
    )


def _review_comment(element: _Element, tag: str) -> bool:
    """Whether an element is a reviewer's comment on a shared document, or the mark calling
    it: what reviewers said of the text, not the text."""
    if tag in ("a", "sup"):
        return any(_COMMENT_MARK.match(a.get("id") or "") for a in element.iter("a"))
    if tag in ("div", "p"):
        first = next(element.iter("a"), None)
        return first is not None and _COMMENT.match(first.get("id") or "") is not None
    return False


def _site_or_hidden(element: _Element, tag: str) -> bool:
    """Whether an element is no text of the page: a comment, a script, the site around the
    page, or hidden."""
    if tag == "textarea" and element.get("readonly") is not None:
        # a printed view of a portal's form: the read-only field holds the buyer's text
        return False
    if tag == "aside" and any(a.tag in _ASIDE_WITHIN for a in element.iterancestors()):
        # a box within the text of an <article> or a <section> (« PSF-01 — Certification HDS
        # Niveau : Obligatoire » framed in a policy): part of it, not the site's sidebar
        return False
    if not tag or tag in _NOT_TEXT:
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if tag in _STRUCK or "line-through" in style:
        # a redline's deleted words, a suggestion to delete in a shared document: struck out
        return True
    if _review_comment(element, tag):
        return True
    if tag == "form" and next(element.iter("table", "fieldset"), None) is None:
        # A site's search, login or newsletter form; a questionnaire exported as a form
        # (« Questionnaire sécurité fournisseur », its questions in tables) is the page.
        return True
    get = element.get
    hidden = (
        get("hidden") is not None
        or get("aria-hidden") == "true"
        or "display:none" in (get("style") or "").replace(" ", "")
    )
    # (a tab's panel is hidden until its tab is chosen, an accordion's answer until its
    # question is clicked: the page's text all the same; the page is searched for the button
    # opening it only for an element that is hidden)
    if hidden and not (
        get("role") in ("tabpanel", "region")
        or get("aria-labelledby") is not None
        or bool(_TAB_PANEL.search(get("class") or ""))
        or _controlled(element)
    ):
        return True
    if (get("role") or "") in _SITE_ROLES:
        return True
    if tag in ("header", "footer") and not any(
        a.tag in _PAGE_PARTS for a in element.iterancestors()
    ):
        return True  # the site's header and footer, not those of an <article> of the page
    return _SITE_BOX.search(f"{get('id') or ''} {get('class') or ''}") is not None
