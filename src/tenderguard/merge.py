"""Findings -> requirements: one requirement per distinct demand, quoted where it is made.

1. Within a clause, the sentences of one kind are grouped into demands. A sentence that states
   an obligation, a recommendation or a reference of its own starts a new demand ("Such
   insurance shall be primary" is a condition of its own); one that only completes the demand
   before it (a bare mention: "Montant minimum : 1 M€ par sinistre") joins it, when their
   values agree.
2. Across clauses and pieces, two statements of one kind are the same demand restated when
   their values agree and their wording is nearly the same (rapidfuzz, see
   RESTATED_SIMILARITY). A bare mention (a summary row, a description, an item of a list of
   documents) restates the statement of its kind nearest in wording that states every value
   it states; with none, bare mentions of a kind with the same values are one demand. A table
   row naming the clause it restates or completes ("5.2 | 14.1 | Pénalités…" in a table of
   derogations, "IC 35.1 | …" in a tender's data sheet) joins that clause's demand. Statements
   in the articles of two different lots are never one demand.
3. A requirement quotes its strongest statement and cites it first: an obligation beats a
   reference or a recommendation, which beat a bare mention; then the one stating the kind in
   full (the deletion of data rather than only their return); then the one stating more values.
4. Limitations of liability are terms paragraph by paragraph: two paragraphs of one clause
   that limit liability are two demands, as lawyers read them.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

from rapidfuzz import fuzz

from tenderguard.kinds import KIND_ORDER, KINDS
from tenderguard.models import (
    Block,
    BlockKind,
    Clause,
    Finding,
    Override,
    Requirement,
    Source,
    Values,
)
from tenderguard.segment import ANNEX_NUMBER
from tenderguard.sentences import ITEM_CODE, row_reference
from tenderguard.text import fold

# Similarity (rapidfuzz token_sort_ratio of the folded sentences, 0-100) from which two
# statements of one kind with agreeing values are one demand restated. Measured by
# benchmarks/bench_identity.py on the hand gold (real corpus, samples/batch_demands) and CUAD:
# restatements are mostly reworded (1 pair in 25 scores 65 or more), so wording catches only
# the piece that repeats another word for word; distinct demands of one kind with agreeing
# values reach 80 in 3.0 % of pairs, 90 in 1.2 %: 90 merges the same restatements and fewer
# distinct demands. Rewordings are merged by the rules for bare mentions and sub-clauses.
RESTATED_SIMILARITY = 90
LIABILITY_CAP = "contract.liability_cap"
DELAY_PENALTIES = "contract.delay_penalties"
DATA_LOCATION = "gdpr.data_location"
ROLE_STRENGTH = {"obligation": 3, "reference": 2, "recommendation": 2, "mention": 1}


# The basis of an amount written without one ("S$2,000,000"): it agrees with any basis, and a
# statement that gives one says more.
UNSPECIFIED = "unspecified"


def agree(a: Values, b: Values) -> bool:
    """No field is stated by both with different values (lists: one may be empty), and no
    delay stated in hours by one and in days by the other differs (12 hours are not 3 days)."""
    first, second = _hours(a), _hours(b)
    if first is not None and second is not None and first != second:
        return False
    for f in fields(Values):
        if f.name == "unreadable":
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if x is None or y is None or x == () or y == () or UNSPECIFIED in (x, y):
            continue
        if x != y:
            return False
    return True


def _hours(values: Values) -> int | None:
    """A delay in hours, from its hours or its calendar days; None for working days, which no
    hour count equals."""
    if values.hours is not None:
        return values.hours
    if values.days is not None and not values.business_days:
        return values.days * 24
    return None


def _combine(values: Sequence[Values]) -> Values:
    """First stated value of each field; lists are united in order."""
    merged: dict[str, object] = {}
    for f in fields(Values):
        items = [getattr(v, f.name) for v in values]
        if isinstance(items[0], tuple):
            merged[f.name] = tuple(dict.fromkeys(x for item in items for x in item))
        else:
            stated = [x for x in items if x is not None]
            said = [x for x in stated if x != UNSPECIFIED]
            merged[f.name] = (said or stated or [None])[0]
    return Values(**merged)  # type: ignore[arg-type]


def _stated(values: Values) -> int:
    """How many values a statement states, those written but unreadable included: "Umbrella
    Liability: $[***] per occurrence" states a limit of its own."""
    read = {f.name for f in fields(Values) if getattr(values, f.name) not in (None, ())}
    unread = {u.field for u in values.unreadable}
    return len((read | unread) - {"unreadable"})


# A cell holding only a price ("1 450 €", "$22,000.00"): the row is a line of a quote or of a
# price schedule, which names what is sold, not what is demanded.
_PRICE_CELL = re.compile(
    r"^\s*(?:\d[\d\s\u00a0\u202f.,]*(?:€|EUR|CHF|£|\$)|(?:€|£|\$|EUR\s|CHF\s)\s?\d[\d\s.,]*)\s*(?:HT|TTC)?\s*$"
)


def _priced_row(finding: Finding) -> bool:
    """Whether the sentence is a priced line of a table (« B2 | Hébergement qualifié
    SecNumCloud en France | Mois | 1 450 € | 36 | 52 200 € ») naming a service of data or cloud
    (an amount beside a cover or a penalty is its limit, not a price)."""
    return (
        finding.kind.startswith(("gdpr.", "cloud."))
        and _is_row(finding)
        and any(_PRICE_CELL.match(cell) for cell in finding.sentence.split(" | "))
    )


def _strength(
    finding: Finding,
) -> tuple[bool, bool, bool, int, bool, bool, bool, int, bool, bool]:
    """The articles before an annex that restates them (the standard clauses reproduced after
    a CCAP); then whether it stands in a numbered clause whose title names the kind (a
    specification demands in the indicative under "7.4 Journalisation et traçabilité", and an
    obligation elsewhere only names the kind in passing; the title of the whole document, "DATA
    PROCESSING ADDENDUM" over its preamble, does not count), the role, whether it stands under
    no title naming another kind (under "6 – Audit", a commitment to show compliance with
    art. 28 names the processor's terms in passing), whether the kind is stated in full (the
    deletion of the data, not only their return), whether its words stand outside brackets
    (« La liste des sous-traitants (…, destruction des supports) figure dans le DPA » names
    the kind in passing), the values stated, whether it stands in a numbered clause, and
    whether under a code of its own. A priced line of a quote or price schedule comes after
    any statement that is not one."""
    # (a row named by its label, "Hosting provider | …", has no code of its own)
    coded = finding.row is not None and not _named_by_label(finding)
    numbered = bool(finding.clause.number) or coded
    # (a requirement's own code, « EXG-07 Tous les accès… », is where a grid states it, more
    # than the untitled sentence of the article above it)
    role = ROLE_STRENGTH.get(finding.role, 1)
    return (
        not finding.annexed,
        not _priced_row(finding),
        finding.titled and (numbered or _titled_part(finding.clause)),
        role,
        not finding.titled_otherwise,
        not finding.secondary,
        not _in_brackets(finding),
        _stated(finding.values),
        numbered,
        coded,
    )


def _block_of(finding: Finding) -> Block | None:
    """The block (line, paragraph, row) of its clause the sentence begins in."""
    blocks = finding.clause.blocks
    return blocks[finding.paragraph] if 0 <= finding.paragraph < len(blocks) else None


def _named_by_label(finding: Finding) -> bool:
    """Whether the row a sentence is cited by is its table row's label, not a code."""
    block = _block_of(finding)
    if block is None:
        return False
    label = block.text.split(" | ", 1)[0].strip()
    # (a code is written in capitals and figures: "EXG-07", "S-02")
    return label == finding.row and any(c.islower() for c in label)


def _in_brackets(finding: Finding) -> bool:
    """Whether the words that fired the rule stand inside round brackets of the sentence."""
    at = finding.sentence.find(finding.matched)
    before = finding.sentence[:at] if at >= 0 else ""
    return before.count("(") > before.count(")")


def _titled_part(clause: Clause) -> bool:
    """Whether an unnumbered clause is a part of its piece under a title of its own (a
    question of a FAQ page, « How quickly will you tell us about a breach? »), not the
    piece's own title over its first lines."""
    first = next((b.text for b in clause.piece.blocks if b.kind is BlockKind.HEADING), None)
    return clause.heading is not None and first is not None and clause.heading != first.strip()


def similarity(a: str, b: str) -> float:
    """How near two sentences are in wording, 0-100, whatever their word order."""
    if a == b:
        return 100.0
    return float(fuzz.token_sort_ratio(fold(a).lower(), fold(b).lower()))


@dataclass
class _Demand:
    """Sentences stating one demand, in reading order; `main` is the strongest statement
    (the first of equal strength) and `values` those of all, the main one's first."""

    findings: list[Finding]
    main: Finding = field(init=False)
    values: Values = field(init=False)
    set_aside: bool = False  # stated by an article another one sets anew: cited, not quoted
    detail: bool = False  # the row of a schedule a clause points to: gives values, not the quote

    def __post_init__(self) -> None:
        self.main = self.findings[0]
        self.values = self.main.values

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)
        if _strength(finding) > _strength(self.main):
            self.main = finding
            self.values = _combine([finding.values, self.values])
        else:
            self.values = _combine([self.values, finding.values])

    @property
    def kind(self) -> str:
        return self.main.kind

    @property
    def recommended(self) -> bool:
        return all(f.recommended for f in self.findings)

    @property
    def bare(self) -> bool:
        """Only mentions: nothing here obliges, recommends or refers by itself."""
        return all(f.role == "mention" for f in self.findings)

    @property
    def restating(self) -> bool:
        """Bare, or written in an annex after the articles: it joins the demand of its kind it
        restates rather than standing as one of its own."""
        return self.bare or all(f.annexed for f in self.findings)


def _completes(finding: Finding, demand: _Demand) -> bool:
    """Whether a sentence of the same clause and kind belongs to the demand before it. Two rows
    of a grid are two statements ("… documents | 25 € par jour", "… bon de commande | 50 €
    par jour"), even where their values agree."""
    if finding.recommended != demand.recommended:
        return False
    last = demand.findings[-1]
    if _other_lots(finding, last):
        return False
    if finding.role == "mention" and _refers_back(finding):
        # « … met en ligne les attestations d'assurance … Il dépose ces attestations tous les
        # ans » says when the demand before it is met: the same demand, whatever it adds.
        return True
    if finding.kind == DELAY_PENALTIES and finding.role == "mention" and not _rated(finding):
        # « Modalités de computation : les pénalités sont calculées par jour ouvré de retard »
        # says how the penalty the clause sets is counted; it sets no penalty of its own.
        return True
    if _also_kept_within(finding, last):
        return True
    if not agree(finding.values, demand.values):
        return False
    if (
        finding.role == "mention"
        and last.sentence.endswith(":")
        and _next_to(last, finding)
        and not _stated(demand.values)
        and _value_line(finding.sentence)
    ):
        # « … le Prestataire encourt une pénalité : » then « Pénalité par jour de retard
        # ....... 250 € »: the line the sentence announces gives its value. A statement of its
        # own after the colon ("Umbrella / Excess Liability coverage … with limits not less
        # than $5,000,000") is another demand.
        return True
    if _grid_row(finding) and _is_row(last) and finding.paragraph != last.paragraph:
        return False
    # A mention and the statement it completes (before or after it) are one demand in one
    # paragraph ("…une RC Pro. Montant : 1 M€"); a paragraph of its own naming the kind with
    # values of its own ("Automobile Liability Insurance: $2,000,000") is another demand.
    same_paragraph = finding.paragraph == last.paragraph
    if finding.kind == LIABILITY_CAP:
        # Each paragraph limiting liability sets a term of its own (CUAD's lawyers annotate
        # them one by one); a penalty article's paragraphs are the modalities of one penalty.
        return same_paragraph and (finding.role == "mention" or demand.bare)
    if _stated(finding.values) and finding.values == demand.values:
        # The same values stated twice in one clause: the clause written again in another
        # language ("Quillon maintains cyber insurance of EUR 1,000,000…" then « Quillon
        # maintient une assurance cyber de 1 000 000 €… »), or a reminder of them.
        return True
    if finding.role != "mention":
        return demand.bare and (same_paragraph or not _stated(demand.values))
    return same_paragraph or _stated(finding.values) == 0


# "… outside the European Union", « hors de l'Union européenne »: where data may not go.
_OUTSIDE = re.compile(r"\b(?:hors|en\s+dehors|outside|out\s+of)\b", re.IGNORECASE)


def _also_kept_within(finding: Finding, last: Finding) -> bool:
    """Whether two sentences of one paragraph state one location, in two zones: « Les données
    sont hébergées exclusivement en France. Aucune donnée n'est transférée hors de l'Union
    européenne. » keeps the data in France and, in any case, within the EU."""
    return (
        finding.kind == last.kind == DATA_LOCATION
        and finding.paragraph == last.paragraph
        and finding.values.zone is not None
        and last.values.zone is not None
        and any(_OUTSIDE.search(f.sentence) for f in (finding, last))
    )


# A demonstrative before the last word naming the kind points to what the clause said before.
_DEMONSTRATIVE = re.compile(
    r"\b(?:ces|cette|cet|ce|lesdites|ladite|ledit|lesdits|such|these|this|said)\s+[\w'’-]+$",
    re.IGNORECASE,
)


def _refers_back(finding: Finding) -> bool:
    """Whether the words naming the kind end with a demonstrative and its noun (« dépose ces
    attestations », "such certificates")."""
    at = finding.sentence.find(finding.matched) if finding.matched else -1
    end = finding.sentence[: at + len(finding.matched)] if at >= 0 else ""
    return _DEMONSTRATIVE.search(end) is not None


# "Montant minimum par sinistre ........ 3 000 000 €": a label, a leader, a value.
_LEADER = re.compile(r"\.{4,}|…{2,}|_{4,}|\t")
MAX_VALUE_LINE_WORDS = 8


def _value_line(sentence: str) -> bool:
    """Whether a sentence is a line giving a value: a label and its value, joined by a leader
    or short."""
    return bool(_LEADER.search(sentence)) or len(sentence.split()) <= MAX_VALUE_LINE_WORDS


def _next_to(first: Finding, then: Finding) -> bool:
    """Whether `then` opens the paragraph or line right after the sentence `first` ends (the
    lines between them, if any, are lines of that sentence)."""
    if then.paragraph <= first.paragraph:
        return False
    between = first.clause.blocks[first.paragraph + 1 : then.paragraph]
    return all(" ".join(block.text.split()) in first.sentence for block in between)


def _rated(finding: Finding) -> bool:
    """Whether a penalty sentence states its rate: an amount, a percentage or a formula."""
    values = finding.values
    return any(v is not None for v in (values.amount, values.percent, values.formula))


def _is_row(finding: Finding) -> bool:
    """Whether the sentence is (in) a table row: a later sentence of a cell is too."""
    block = _block_of(finding)
    in_row = block is not None and block.kind is BlockKind.TABLE_ROW
    return in_row or " | " in finding.sentence


def _coded_row(finding: Finding) -> bool:
    """A grid row that carries its own reference ("EX-HEB-02 | …", "S-4 | …")."""
    return _grid_row(finding) and row_reference(finding.sentence) is not None


def _data_sheet_entry(finding: Finding) -> bool:
    """An entry of a tender's data sheet numbered after the clause it completes ("IC 36.1
    Montant minimal de l'assurance … : 500 000 000 FCFA" for clause 36.1 of the instructions),
    stating the value that clause leaves to it."""
    number = finding.clause.number or ""
    return _PIECE_CODE.match(number) is not None and _stated(finding.values) > 0


def _grid_row(finding: Finding) -> bool:
    """A row stating values of its own: a line of a grid of penalties or service levels (the
    rows of a list of sub-processors that each name article 28 are one demand)."""
    return _is_row(finding) and _stated(finding.values) > 0


def _demands_of_clauses(findings: Iterable[Finding]) -> list[_Demand]:
    demands: list[_Demand] = []
    current: dict[tuple[int, str], _Demand] = {}  # (clause, kind) -> its last demand
    for finding in findings:
        key = (id(finding.clause), finding.kind)
        last = current.get(key)
        if last is not None and _completes(finding, last):
            last.add(finding)
            continue
        current[key] = _Demand([finding])
        demands.append(current[key])
    return demands


def _article(demand: _Demand) -> tuple[str, str] | None:
    """(piece, top-level article) of a demand's clause: "9" for "9.2.1" or "9 a"; None
    unnumbered."""
    clause = demand.main.clause
    if not clause.number or not clause.number[:1].isdigit():
        return None
    return clause.piece.path, re.split(r"[. ]", clause.number, maxsplit=1)[0]


def _language(finding: Finding) -> str:
    """The language of the rule that read the statement ("insurance.rc_pro.fr" -> "fr")."""
    return finding.rules[0].rsplit(".", 1)[-1]


def _same_number(a: _Demand, b: _Demand) -> bool:
    """Two clauses of one piece printed under the same number ("7.2" in English, then "7.2"
    in French)."""
    first, second = a.main.clause, b.main.clause
    return (
        first is not second
        and first.piece.path == second.piece.path
        and bool(first.number)
        and first.number == second.number
    )


def _other_lots(a: Finding, b: Finding) -> bool:
    """Whether two statements stand in the articles of two different lots: the certificate
    lot 1 asks for with the bid is not the one lot 3 asks for, however alike their words; nor
    is the certification in the row "Lot 1 | …" of a table by lot the one in its row "Lot 2"."""
    first, second = a.clause.lot, b.clause.lot
    if first is not None and second is not None and first != second:
        return True
    rows = {_LOT_ROW.match(f.row or "") for f in (a, b)}
    return None not in rows and len({m.group(1) for m in rows if m}) == 2


_LOT_ROW = re.compile(r"^Lots?\s(\d.*)$")


def _restates(a: _Demand, b: _Demand) -> bool:
    """Whether two statements of different clauses are one demand written twice: same kind,
    agreeing values, and nearly the same wording, or two sub-clauses of one article of which
    one only adds detail (it states no value: "8.2 The notification shall describe…"), or one
    clause written in two languages under its number (English, then French)."""
    if a.kind == LOCATION and a.main.clause is b.main.clause and _nested_zones(a, b):
        # « hébergées exclusivement en France … aucun transfert hors de l'Union européenne »:
        # one clause bounding the same data twice, the narrower zone within the wider
        return a.recommended == b.recommended
    if a.kind != b.kind or a.recommended != b.recommended or not agree(a.values, b.values):
        return False
    if _other_lots(a.main, b.main):
        return False
    if _names_clause_of(b, a) or _names_clause_of(a, b):
        # "The contractor must keep the professional indemnity insurance required under point
        # II.4.3 …": the demand of that point, named again where it is kept
        return True
    one_place = a.main.clause is b.main.clause or _same_number(a, b)
    if one_place and _language(a.main) != _language(b.main):
        return True  # one clause written in two languages, paragraph after paragraph
    if a.kind.startswith("contract.") and a.main.clause is b.main.clause:
        # Read apart in one clause, two limits are two: "The liability of A is limited…",
        # "The liability of B is limited…" mirror each other, word for word.
        return False
    if similarity(a.main.sentence, b.main.sentence) >= RESTATED_SIMILARITY:
        return True
    if _same_number(a, b) and _stated(a.values) and a.values == b.values:
        return True  # one clause in two languages, each under the same number
    if _stated(a.values) and a.values == b.values and (_recap_row(a) or _recap_row(b)):
        # "Cyber-risques (recommandée) | 500 000 € | année d'assurance" in the table on the
        # first page, before the articles, sums up the article that states the same values.
        return True
    # Limitations of liability and penalties are separate terms even within one article.
    if a.kind.startswith("contract."):
        return False
    same_article = _article(a) is not None and _article(a) == _article(b)
    return same_article and not (_stated(a.values) and _stated(b.values))


# « prévue à l'article 9.2 », "required under point II.4.3", "referred to in clause 12.1",
# "the cover required under § 5 (1)" (a paragraph of a section numbered in §, cited "5 (1)")
_NAMED_PLACE = re.compile(
    r"\b(?:point|clause|article|section|art\.)\s+(?P<n>[IVXLC\d][\w.()-]*\w\)?)"
    r"|§\s*(?P<paragraph>\d{1,3}\s\(\d{1,2}\))",
    re.IGNORECASE,
)


def _names_clause_of(pointing: _Demand, named: _Demand) -> bool:
    """Whether a statement giving no value of its own names the clause of another demand of
    its kind."""
    number = named.main.clause.number
    if not number or _stated(pointing.values) or pointing.main.clause is named.main.clause:
        return False
    sentence = pointing.main.sentence
    return any(
        number == (m.group("n") or m.group("paragraph"))
        and not _SETS_APART.search(sentence, max(0, m.start() - 40), m.start())
        for m in _NAMED_PLACE.finditer(sentence)
    )


# "EXCEPT AS PROVIDED IN SECTION 10.3, each party's liability…", « sous réserve de l'article
# 7.3 »: the place named is the exception, not the demand restated.
_SETS_APART = re.compile(
    r"\b(?:except|save|subject\s+to|notwithstanding|other\s+than|sauf|hors|sous\s+r[ée]serve"
    r"|nonobstant|par\s+d[ée]rogation)\b",
    re.IGNORECASE,
)


LOCATION = "gdpr.data_location"
# Each zone within the next: data kept in France are kept in the EU, and in the EEA.
_ZONES = ("FR", "EU", "EEA")


# « les sauvegardes », "backups": data of their own, which a clause may keep elsewhere
_BACKUPS = re.compile(r"\b(?:sauvegardes?|back-?ups?)\b", re.IGNORECASE)


def _nested_zones(a: _Demand, b: _Demand) -> bool:
    """Whether two locations of one clause bound the same data twice (not « les données … dans
    l'EEE ; les sauvegardes, en revanche, … en France », two demands on two sets of data)."""
    zones = {a.values.zone, b.values.zone}
    backups = {bool(_BACKUPS.search(d.main.sentence)) for d in (a, b)}
    return len(zones) == 2 and zones <= set(_ZONES) and len(backups) == 1


def _recap_row(demand: _Demand) -> bool:
    """A row of a table in the untitled text before the articles: a summary of them."""
    clause = demand.main.clause
    return not clause.number and not clause.heading and _is_row(demand.main)


def _home(mention: _Demand, groups: Sequence[list[_Demand]]) -> list[_Demand] | None:
    """The group a bare mention restates: of its kind, stating every value the mention states,
    the nearest in wording; None when no group does."""
    if mention.values.unreadable:
        return None  # an amount nobody can read is not known to be the one of another demand
    best: tuple[float, list[_Demand]] | None = None
    clause = mention.main.clause
    for group in groups:
        in_clause = any(d.main.clause is clause for d in group)
        if in_clause and (_grid_row(mention.main) or mention.kind == LIABILITY_CAP):
            # The rows of one table are distinct statements; so are the limitations of
            # liability of one clause.
            continue
        if in_clause and _another_row(mention.main, group):
            # « Attestation d'assurance de RC professionnelle | ✓ | … » and « Attestation
            # d'assurance actualisée | ✓ | … »: two rows of a table of pieces, two pieces asked
            continue
        if _coded_row(mention.main) and not in_clause and not _points_to(mention.main, group):
            # "IC-INFRA-SNC-10.2 | Disponibilité de l'API | 99,99 %": a row with a reference of
            # its own is a service level of its own, whatever another clause states; unless it
            # names the clause that states it ("5.2 | 14.1 | Pénalités de retard : 250 € par
            # jour" in a CCAP's table of derogations, the article being 5.2).
            continue
        first = group[0]
        if _ITEM_ROW.match(first.main.sentence) and not _ITEM_ROW.match(mention.main.sentence):
            continue  # a row of contract details joins the clause naming it (_with_items)
        if first.recommended != mention.recommended or not agree(first.values, mention.values):
            continue
        if _other_lots(first.main, mention.main):
            continue
        if (
            _coded_row(mention.main)
            or _data_sheet_entry(mention.main)
            or _row_naming_an_article(mention.main)
        ) and _points_to(mention.main, group):
            return group  # the row giving the value its clause leaves to it
        if any(_names_clause_of(mention, d) for d in group):
            return group  # "the professional liability cover required under § 5 (1)"
        if _combine([mention.values, first.values]) != first.values:
            continue  # the mention states a value the group does not: a demand of its own
        near = similarity(mention.main.sentence, first.main.sentence)
        if best is None or near > best[0]:
            best = (near, group)
    return best[1] if best else None


# A stop that ends a sentence: a heading row names its columns without one.
_SENTENCE_STOP = re.compile(r"[.;](?:\s|$)")


def _another_row(row: Finding, group: Sequence[_Demand]) -> bool:
    """Whether the group is stated in another row of the table this row is in (a table's
    first row without a full stop, which may name its columns, is no statement of its own)."""
    block = _block_of(row)
    if block is None or not _is_row(row):
        return False
    blocks = row.clause.blocks
    first_row = row.paragraph == 0 or blocks[row.paragraph - 1].kind is not BlockKind.TABLE_ROW
    heading_row = first_row and not _SENTENCE_STOP.search(block.text)
    return not heading_row and any(
        d.main.clause is row.clause and _is_row(d.main) and d.main.paragraph != row.paragraph
        for d in group
    )


# "IC 35.1": the clause a data sheet's row completes, after the code of the piece it is in.
_PIECE_CODE = re.compile(r"^[A-Z]{2,4}\s(?=\d)")


# (« L.4.2 »: a paragraph of Section L of a US federal solicitation, lettered)
_CLAUSE_CELL = re.compile(r"(?:[A-M]\.)?\d{1,2}(?:\.\d{1,2}){1,3}")
_ARTICLE_CELL = re.compile(
    r"(?:article|art\.|clause|section)\s+(\d{1,2}(?:\.\d{1,2}){0,3}(?:\s(?:paragraph|lid)\s\d{1,2})?)",
    re.IGNORECASE,
)
# ("Item 1 | Public liability (Clause 27.1(a)) | HK$10,000,000": a schedule row naming the
# lettered point it restates; "K-2 | Monthly uptime | 99.95% (SCC 8.1)": the clause of the
# special conditions)
_ARTICLE_IN_ROW = re.compile(
    r"\((?:(?:art\.|article|clause|section|para\.?|paragraph|§)\s*(\d{1,2}(?:\.\d{1,2}){0,3}(?:\([a-z]\))?)"
    r"|((?-i:[A-Z]{2,4})\s\d{1,2}(?:\.\d{1,2}){1,3}))\)",
    re.I,
)


def _points_to(row: Finding, group: Sequence[_Demand]) -> bool:
    """Whether a table row's reference is the number of a clause of the group, in its piece:
    "5.2" in a CCAP's table of derogations, "IC 35.1" in the data sheet of a tender's
    instructions (IC) that gives the amount clause 35.1 leaves to it."""
    named = {_PIECE_CODE.sub("", row.row or "")}
    if _data_sheet_entry(row):
        named.add(_PIECE_CODE.sub("", row.clause.number or ""))
    # "CM-06 | Professional Indemnity insurance of not less than AED 5,000,000 | 7.1", « MC-13 |
    # Assurance cyber d'au moins 1 000 000 € par sinistre (art. 9.1) | Obligatoire »: a
    # compliance matrix names the clause each row answers, in a column or in the requirement
    named |= {cell for cell in row.sentence.split(" | ") if _CLAUSE_CELL.fullmatch(cell.strip())}
    # ("SC-05 | Article 4.1 paragraph 1 | Professional liability insurance of …": a statement of
    # compliance naming the article, as the document cites it)
    named |= {
        m.group(1)
        for cell in row.sentence.split(" | ")
        if (m := _ARTICLE_CELL.fullmatch(cell.strip()))
    }
    named |= {m.group(1) or m.group(2) for m in _ARTICLE_IN_ROW.finditer(_row_words(row))}
    # ("C-1 | Insurer's confirmation of professional liability cover | § 3 (2), § 5 (1) | [ ]")
    named |= {m["paragraph"] for m in _NAMED_PLACE.finditer(row.sentence) if m["paragraph"]}
    return any(
        d.main.clause.piece is row.clause.piece
        and (
            _within(d.main.clause.number, named)
            or _derogates_from(d.main.sentence, named)
            or _names_row(d.main.sentence, row.row)
        )
        for d in group
    )


def _names_row(sentence: str, reference: str | None) -> bool:
    """Whether a statement leaves its value to a row it names by its reference ("not less
    than the amount specified in Item 12", the schedule of a deed of standing offer)."""
    if not reference or not _SCHEDULE_ITEM.fullmatch(reference):
        return False
    return re.search(rf"\b{re.escape(reference)}(?!\d)", sentence, re.IGNORECASE) is not None


# "Item 12": a row of a contract's schedule, which its clauses name for their amounts
_SCHEDULE_ITEM = re.compile(ITEM_CODE, re.IGNORECASE)


def _row_naming_an_article(finding: Finding) -> bool:
    """A table row naming in brackets the article it serves: "Insurance (clause 10) |
    Professional indemnity: NZD 2,000,000 per claim" in a contract's details."""
    return _grid_row(finding) and _ARTICLE_IN_ROW.search(_row_words(finding)) is not None


def _row_words(finding: Finding) -> str:
    """A row's sentence with the row's label, which names the article for each sentence of
    the row ("Insurance (clause 10)" before "Public liability: NZD 5,000,000 …")."""
    return f"{finding.row or ''} {finding.sentence}"


def _within(number: str | None, named: set[str]) -> bool:
    """Whether a clause is one of the articles named or a point of one: "Insurance (clause 10)
    | Professional indemnity: NZD 2,000,000" in a contract's details gives the amount its
    clause 10.1 leaves to them."""
    return number is not None and any(
        number == article or number.startswith(f"{article}.") for article in named
    )


def _derogates_from(sentence: str, articles: set[str]) -> bool:
    """Whether a clause sets aside one of `articles` of another text (« Par dérogation à
    l'article 9.2 du CCAP-AC, … »): the row "9.2 | RC professionnelle | 2,5 M€" of a table of
    derogations restates it."""
    return any(
        re.search(
            rf"d[ée]rogation\s+(?:[àa]\s+)?(?:l['’]\s?)?article\s+{re.escape(a)}(?![.\d])"
            rf"|derogation\s+from\s+(?:article|clause|section)\s+{re.escape(a)}(?![.\d])",
            sentence,
            re.IGNORECASE,
        )
        for a in articles
        if a
    )


HOSTING = "cloud.hosting_subcontractor"


def _hosts_of_one_clause(of_kind: list[list[_Demand]]) -> list[list[_Demand]]:
    """The groups of the hosting kind that one clause states alone, joined: « la production est
    hébergée sur Microsoft Azure ; la recette peut l'être chez OVHcloud » is one demand, its
    hosts united (the hosts a sentence refuses are none of its providers: extract.py)."""
    joined: list[list[_Demand]] = []
    home: dict[tuple[int, bool], list[_Demand]] = {}
    for group in of_kind:
        clauses = {id(d.main.clause) for d in group}
        key = (clauses.pop(), group[0].recommended) if len(clauses) == 1 else None
        if key is not None and key in home:
            home[key].extend(group)
            continue
        joined.append(group)
        if key is not None:
            home[key] = group
    return joined


def _one_per_piece(of_kind: list[list[_Demand]]) -> list[list[_Demand]]:
    """The groups of a kind a piece states once (KINDS[…].one_per_piece), joined per piece
    where their values agree: the processor terms of a DPA, written in ten of its clauses, are
    one demand quoted where it is strongest. In the hand gold of the samples and the real corpus,
    455 of the 468 pieces demanding one of these kinds state it once (benchmarks/
    bench_identity.py). Insurance and contract terms are not joined: a contract's insurance
    clause sets several conditions (additional insured, primary, waiver of subrogation) that
    CUAD's lawyers annotate one by one."""
    joined: list[list[_Demand]] = []
    for group in of_kind:
        home = next((j for j in joined if _same_demand_of_piece(j, group)), None)
        if home is None:
            joined.append(list(group))
        else:
            home.extend(group)
    return joined


def _same_demand_of_piece(a: Sequence[_Demand], b: Sequence[_Demand]) -> bool:
    first, second = a[0], b[0]
    return (
        first.main.clause.piece.path == second.main.clause.piece.path
        and not _other_lots(first.main, second.main)
        and first.recommended == second.recommended
        and agree(_combine([d.values for d in a]), _combine([d.values for d in b]))
    )


def _source(finding: Finding) -> Source:
    clause = finding.clause
    return Source(
        path=clause.piece.path,
        piece_kind=clause.piece.kind,
        page=finding.page,
        clause=_cited(finding),
        heading=clause.heading,
        boxes=finding.boxes,
    )


# "Annex A", « Annexe 2 », "Schedule 3": a part of the document named apart from its sections
_ANNEX_NAME = re.compile(r"^(?:annexe?|appendix|schedule|attachment|exhibit)\s+\w{1,4}$", re.I)


def _cited(finding: Finding) -> str | None:
    """The citation of a finding: its row's reference, else its clause's number. A row
    numbered only by its serial number in an annex's table (« S/N 5 » of "Annex A") is cited
    with the annex, "Annex A 5", apart from section 5 of the document."""
    row, number = finding.row, finding.clause.number
    if row and row.isdigit() and number and _ANNEX_NAME.match(number):
        return f"{number} {row}"
    return row or number


def _requirement_id(kind: str, source: Source, text: str) -> str:
    digest = hashlib.sha1(f"{kind}|{source.path}|{source.clause}|{text}".encode()).hexdigest()
    return f"req-{digest[:8]}"


def _names(article: str, demand: _Demand) -> bool:
    """Whether an article named by an overriding sentence is the demand's clause or holds it,
    or the reference its row or paragraph opens on ("CG-7 Données personnelles. …" in the
    general conditions printed on the back of a quote)."""
    numbers = [demand.main.clause.number or "", demand.main.row or ""]
    # (« l'article 6.1 de l'Annexe 1 »: the annex's article, cited "Annexe 1 6.1")
    numbers += [n.rsplit(" ", 1)[-1] for n in numbers if ANNEX_NUMBER.match(n)]
    return any(n == article or n.startswith((f"{article}.", f"{article} ")) for n in numbers)


GENERIC_INSURANCE = "insurance.liability"
# The insurance kinds that name no cover: the certificate and the sub-contractors' insurance.
NOT_COVERS = frozenset({GENERIC_INSURANCE, "insurance.certificate", "insurance.subcontractors"})


def _without_rows_introducing_covers(findings: list[Finding]) -> list[Finding]:
    """Without the untyped insurance of a table row whose covers are typed in the rows under
    it, with its reference: « ASS-01 | Assurances de responsabilité du titulaire … » over a
    table in its cell naming « Responsabilité civile professionnelle | 2 000 000 € » is their
    introduction, not a demand of its own. (As a sentence naming a typed cover yields its
    untyped insurance: rule `yields_to`.)"""
    typed = {
        (f.clause.piece.path, f.row)
        for f in findings
        if f.row and f.kind.startswith("insurance.") and f.kind not in NOT_COVERS
    }
    return [
        f
        for f in findings
        if not (
            f.kind == GENERIC_INSURANCE
            and f.row
            and f.values.is_empty()
            and (f.clause.piece.path, f.row) in typed
        )
    ]


def _overridden(findings: Iterable[Finding]) -> dict[int, set[Override]]:
    """id of a clause -> the articles of its piece it sets anew. The clause as a whole does:
    "CP-2 Par dérogation à l'article CG-5, l'ensemble est hébergé chez OVHcloud. Les données ne
    sont pas stockées hors de France." sets CG-5's location aside too."""
    named: dict[int, set[Override]] = defaultdict(set)
    for finding in findings:
        if finding.overrides:
            named[id(finding.clause)].add(finding.overrides)
    return named


def _absorb(
    kept: list[list[_Demand]],
    group: list[_Demand],
    other: list[_Demand],
    *,
    detail: bool,
    article: str | None = None,
) -> None:
    """`other` joins `group` and leaves the groups kept: cited among its sources, either giving
    its values (a schedule row, `detail`) or set aside (an article another sets anew). Of a
    group that also holds other clauses than the `article` set anew, the statements of that
    article leave it set aside, and the others follow as restatements unless they state values
    of their own (8.1 stating the principle joins, with 8.2's rate, Appendix 7's new rate)."""
    leaving = [d for d in other if article is None or _names(article, d)]
    staying = [d for d in other if d not in leaving]
    for demand in leaving:
        if detail:
            demand.detail = True
        else:
            demand.set_aside = True
    if any(_stated(d.values) for d in staying):
        other[:] = staying
        group.extend(leaving)
    else:  # the others state no value of their own: restatements of the demand
        kept.remove(other)
        group.extend(other)


# "NOTWITHSTANDING SECTION 7.1, PROVIDER'S TOTAL LIABILITY FOR BREACH OF SECTION 4 … SHALL NOT
# EXCEED US$5,000,000": a cap for one head of claim beside the general cap of 7.1, not 7.1 set
# anew
_CARVED_OUT = re.compile(
    r"\b(?:for|in\s+respect\s+of|with\s+respect\s+to|arising\s+(?:from|out\s+of))\s+"
    r"(?:any\s+|a\s+)?breach(?:es)?\s+of\b|\bau\s+titre\s+(?:des?|du)\s+manquements?\b",
    re.IGNORECASE,
)


def _set_aside(
    of_kind: list[list[_Demand]], overridden: dict[int, set[Override]]
) -> list[list[_Demand]]:
    """The groups of a kind once those another sets anew have joined it: "Par dérogation à
    l'article CG-9, … dans les 24 heures" sets aside CG-9's 48 hours, "Notwithstanding Section
    9.2 of the MSA, … 24 hours" in a statement of work the MSA's 48 hours. The article set aside
    is cited among the sources; it gives neither the quoted text nor a value."""
    kept = list(of_kind)
    for group in of_kind:
        if group not in kept:
            continue  # set aside itself: its statements neither quote nor value
        if group[0].kind == LIABILITY_CAP and _CARVED_OUT.search(group[0].main.sentence):
            continue  # a limit of its own for one head of claim, beside the general one
        named = {o for d in group for f in d.findings for o in overridden.get(id(f.clause), ())}
        path = group[0].main.clause.piece.path
        for override in named:
            article = override.article
            named_there = [g for g in kept if g is not group and any(_names(article, d) for d in g)]
            # "of the MSA": another piece of the deal; or, failing one, another text printed in
            # the same file ("l'article 7 des conditions générales d'achat" on the back of an
            # order form).
            old = next(
                (
                    g
                    for g in named_there
                    if (g[0].main.clause.piece.path == path) != override.elsewhere
                ),
                named_there[0] if override.elsewhere and named_there else None,
            )
            if old is None:
                # « Cette exigence prévaut sur … le point 6 » in an e-mail: the point of the
                # document it sends attached, when the e-mail has none of that number
                old = next(
                    (g for g in named_there if g[0].main.clause.piece.path.startswith(path + "!/")),
                    None,
                )
            if old is not None:
                _absorb(kept, group, old, detail=False, article=article)
            for demand in group:
                # one group already: the article set aside restated the demand in other terms
                if _names(article, demand) and not all(_names(article, d) for d in group):
                    demand.set_aside = True
    return kept


def _message(group: Sequence[_Demand]) -> int:
    """The newest message giving the group's values, else the newest naming it: a mention
    that joined an earlier point (« send us the certificates for the RC Pro ») does not make
    that point's value the latest word."""
    valued = [f.clause.message for d in group for f in d.findings if _stated(f.values)]
    return min(valued or [f.clause.message for d in group for f in d.findings])


def _superseded(of_kind: list[list[_Demand]]) -> list[list[_Demand]]:
    """The groups of a kind once those an e-mail's (or a chat's) newer message speaks anew of
    have joined it: « 1) RC Pro : 2 000 000 € par sinistre (et non plus 1 000 000 €) » sets
    aside the 1 M€ of the first message it quotes, whose other points still stand. The older
    point is cited among the sources; it gives neither the quoted text nor a value."""
    message = {id(g): _message(g) for g in of_kind}
    if not any(message.values()):
        return of_kind  # a document, or an e-mail read without its earlier messages
    kept = list(of_kind)
    for group in sorted(of_kind, key=lambda g: message[id(g)]):
        if group not in kept:
            continue
        piece = group[0].main.clause.piece
        older = [
            g
            for g in kept
            if g is not group
            and g[0].main.clause.piece is piece
            and message[id(g)] > message[id(group)]
        ]
        if not _stated(_combine([d.values for d in group])):
            # « send us the certificates for the RC Pro and the cyber cover »: a later message
            # naming the demand without a value restates the latest one that set it
            valued = [g for g in older if _stated(_combine([d.values for d in g]))]
            if valued:
                home = min(valued, key=lambda g: message[id(g)])
                kept.remove(group)
                home.extend(group)
                continue
        for earlier in older:
            if not _other_moment(group, earlier):
                _absorb(kept, group, earlier, detail=False)
    return kept


CERTIFICATE = "insurance.certificate"


def _other_moment(newer: Sequence[_Demand], older: Sequence[_Demand]) -> bool:
    """Whether a newer message's certificate is asked at another step than an earlier one's:
    « l'attributaire remet, avant la notification, les attestations » adds the winner's
    certificates to « une attestation … jointe au dossier de candidature », which stands."""
    if newer[0].kind != CERTIFICATE:
        return False
    first = _combine([d.values for d in newer]).moment
    second = _combine([d.values for d in older]).moment
    return first is not None and second is not None and first != second


# "…for not less than the amount specified in Item 7": a clause whose value the schedule of
# contract details prints in its row "Item 7 | Professional indemnity insurance | AUD 10,000,000".
_ITEM_NAMED = re.compile(r"\bItems?\s+(\d{1,3})\b")
_ITEM_ROW = re.compile(r"^Item\s+(\d{1,3})(?:\s*\||\s)")


def _with_items(of_kind: list[list[_Demand]]) -> list[list[_Demand]]:
    """The groups of a kind once the schedule rows their clauses point to have joined them: the
    clause is the demand, quoted and cited; the row gives its values and is cited after it."""
    rows = {m.group(1): g for g in of_kind if (m := _ITEM_ROW.match(g[0].main.sentence))}
    kept = list(of_kind)
    for group in of_kind:
        if group not in kept or _ITEM_ROW.match(group[0].main.sentence):
            continue
        named = {n for d in group for f in d.findings for n in _ITEM_NAMED.findall(f.sentence)}
        for number in sorted(named):
            row = rows.get(number)
            if (
                row is not None
                and row in kept
                and row[0].main.clause.piece is group[0].main.clause.piece
            ):
                _absorb(kept, group, row, detail=True)
    return kept


# « le taux de disponibilité indiqué aux Conditions particulières », "the cap set out in the
# Order Form": a clause leaving its value to a part of the piece it names by its title.
# (read on the folded sentence: lower case, no accents)
_POINTING = re.compile(
    r"\b(?:indiqu|fix|prevu|mentionn|defini|figur|precis|stipul|arrete|set\s+out|specified|"
    r"stated|indicated|listed|shown)\w*\s+(?:a|au|aux|dans|en|par|in|under|at)\s+"
    r"(?:les?\s+|la\s+|l['’]|the\s+)?(?P<part>[^,;.()]{4,60})"
)
MIN_PART_TITLE_WORDS = 2


def _points_to_part(group: Sequence[_Demand], row: Sequence[_Demand]) -> bool:
    """Whether a group stating no value leaves it to the part of its piece the row stands in,
    naming that part by its title (« … indiqué aux Conditions particulières » and the row
    « Disponibilité garantie | 99,8 % mensuelle » of the part so titled)."""
    part = row[0].main.clause
    title = fold(part.heading or "")
    if len(title.split()) < MIN_PART_TITLE_WORDS or _stated(_combine([d.values for d in group])):
        return False
    if not _is_row(row[0].main) or any(d.main.clause is part for d in group):
        return False
    return any(
        m.group("part").startswith(title)
        for d in group
        for f in d.findings
        if f.clause.piece is part.piece
        for m in _POINTING.finditer(fold(f.sentence))
    )


def _with_parts(of_kind: list[list[_Demand]]) -> list[list[_Demand]]:
    """The groups of a kind once the rows of the part their clause points to have joined them:
    the row gives the value, the clause pointing to it is the same demand; the stronger of the
    two statements is quoted."""
    kept = list(of_kind)
    for group in of_kind:
        if group not in kept:
            continue
        rows = [r for r in kept if r is not group and _stated(r[0].values)]
        row = next((r for r in rows if _points_to_part(group, r)), None)
        if row is not None:
            kept.remove(group)
            row.extend(group)
    return kept


def _requirement(group: Sequence[_Demand]) -> Requirement:
    everything = [f for d in group for f in d.findings]
    # A group always keeps a statement of its own; the fallback guards an odd chain of overrides.
    standing = [d for d in group if not d.set_aside and not d.detail] or list(group)
    details = [d for d in group if d.detail]
    # (the contract details' rows in the group, joined as its values or as restating a clause)
    items = {m.group(1) for d in group if (m := _ITEM_ROW.match(d.main.sentence))}
    strongest = max(standing, key=lambda d: (_strength(d.main), _names_item(d.main, items)))
    main = strongest.main
    sources = [_source(main)]
    for finding in everything:
        source = _source(finding)
        if source not in sources:
            sources.append(source)
    first = sources[0]
    return Requirement(
        id=_requirement_id(main.kind, first, main.sentence),
        kind=main.kind,
        text=main.sentence,
        recommended=all(d.recommended for d in standing),
        sources=tuple(sources),
        values=_combine(
            [
                strongest.values,
                *(d.values for d in standing if d is not strongest),
                *(d.values for d in details),
            ]
        ),
        rules=tuple(dict.fromkeys(r for f in everything for r in f.rules)),
        role=main.role,
        cue=main.cue,
    )


def _names_item(finding: Finding, items: set[str]) -> bool:
    """Whether a statement leaves its value to one of the contract details' items that give the
    group its values (« 14.2(a) … not less than the amount specified in Item 7 »): of two
    statements as strong, the one the item completes states the demand."""
    return bool(items) and not items.isdisjoint(_ITEM_NAMED.findall(finding.sentence))


def merge(findings: Iterable[Finding], order: Sequence[str]) -> list[Requirement]:
    """`order` lists the piece paths in input order, for sorting."""
    findings = _without_rows_introducing_covers(list(findings))
    overridden = _overridden(findings)
    demands = _demands_of_clauses(findings)
    # Statements (obligations, recommendations, references) first: each group of restatements
    # is compared through its first demand, so that a long piece repeating one sentence
    # thousands of times costs one comparison per sentence.
    groups: dict[str, list[list[_Demand]]] = {}
    for demand in (d for d in demands if not d.restating):
        of_kind = groups.setdefault(demand.kind, [])
        same = next((g for g in of_kind if _restates(demand, g[0])), None)
        if same is None:
            of_kind.append([demand])
        else:
            same.append(demand)
    # Then bare mentions (a summary row, a description, an item of a list of documents): each
    # joins the statement of its kind it restates, or stands as a demand of its own. Those
    # stating the most values go first, so that one stating less finds them whatever the order
    # of the pieces.
    bare = sorted((d for d in demands if d.restating), key=lambda d: -_stated(d.values))
    for demand in bare:
        of_kind = groups.setdefault(demand.kind, [])
        home = _home(demand, of_kind)
        if home is None:
            of_kind.append([demand])
        else:
            home.append(demand)
    for kind, of_kind in groups.items():
        groups[kind] = _with_parts(_with_items(_superseded(_set_aside(of_kind, overridden))))
        if kind in KINDS and KINDS[kind].one_per_piece:
            groups[kind] = _one_per_piece(groups[kind])
        if kind == HOSTING:
            groups[kind] = _hosts_of_one_clause(groups[kind])
    position = {path: i for i, path in enumerate(order)}

    def sort_key(r: Requirement) -> tuple[int, int, int, int]:
        first = r.sources[0]
        return (
            KIND_ORDER.get(r.kind, 99),
            r.recommended,
            position.get(first.path, 0),
            first.page or 0,
        )

    every = [g for of_kind in groups.values() for g in of_kind]
    return sorted((_requirement(g) for g in every), key=sort_key)
