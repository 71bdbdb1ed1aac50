"""Blocks of a piece -> clauses, following its numbering and headings.

Recognised: "ARTICLE 9 – ASSURANCES", "Art. 12", "9.2 Attestations", "12 - Assurances",
"4.1.3.4 Titre", "Clause 9 ...", "ANNEXE 2", styled DOCX / Markdown headings with or without
numbers. A bare number opens a clause only when it follows the previous one ("9.2" after "9.1",
"10" after "9.3") or is a point of the article heading it ("11.1" under "IC 11.", whatever the
articles skipped), each annex, schedule or exhibit numbering afresh; so "2 000 000 €" or a
numbered list item never does. Table-of-contents lines are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from tenderguard.alineas import cited_alineas
from tenderguard.chosen_column import chosen_level, with_chosen_column
from tenderguard.footnotes import with_footnotes
from tenderguard.french_plan import POINT_DEPTH, PlanHeading, french_plan
from tenderguard.layout import body_size
from tenderguard.lot_columns import by_lot_columns
from tenderguard.models import Block, BlockKind, Clause, Piece
from tenderguard.normalise.lexicon import lexicon
from tenderguard.parsing.thread import MAIL_HEADER
from tenderguard.sentences import DASHED_CODE, FINDING, finding_name, opening_code
from tenderguard.text import language

# (a page numbered within its part, "H-2", "IV-1", as US sections and annexes number theirs)
_TOC_LINE = re.compile(
    r"(?:\.\s?){4,}\s*(?:[A-Z]{1,4}-)?\d{1,4}\s*$|…{2,}\s*\d{1,4}\s*$|_{5,}\s*\d{1,4}\s*$"
    r"|(?:Erreur\s?! Signet non défini|Error! Bookmark not defined)\.?\s*$"
)
_TOC_TITLE = re.compile(
    # ("Contents of this Part", « Sommaire du présent document »)
    r"^(?:sommaire(?: dynamique)?|table des mati[eè]res|contents|table of contents)"
    r"(?:\s+(?:of\s+this|du\s+pr[ée]sent|de\s+la\s+pr[ée]sente)\s+\w+)?\s*:?$",
    re.IGNORECASE,
)
# "Article deux", "Article quinze": articles numbered in words, cited in figures.
_NUMBER_WORDS = {
    word: str(n)
    for n, word in enumerate(
        [
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt",
        ],
        start=2,
    )
}
# "ARTICLE DEUXIÈME", "Article dixième": the same, as ordinals.
_ORDINAL_STEMS = [
    "deux",
    "trois",
    "quatr",
    "cinqu",
    "six",
    "sept",
    "huit",
    "neuv",
    "dix",
    "onz",
    "douz",
    "treiz",
    "quatorz",
    "quinz",
    "seiz",
    "dix-sept",
    "dix-huit",
    "dix-neuv",
    "vingt",
]
_NUMBER_WORDS |= {
    f"{stem}{ending}": str(n)
    for n, stem in enumerate(_ORDINAL_STEMS, start=2)
    for ending in ("ième", "ieme")
}
_NUMBER_WORDS |= {"second": "2", "seconde": "2"}
# "CLAUSE SEVEN – INSURANCE": an English contract numbering its clauses in words.
_ENGLISH_NUMBERS = {
    word: str(n)
    for n, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
# "CLAUSE SEVENTH – PROTECTION OF PERSONAL DATA": a Brazilian contract in translation numbers
# its clauses in ordinals (« Cláusula Sétima »).
_ENGLISH_NUMBERS |= {
    word: str(n)
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
# "Article 9", "Art. 3", "§ 4", the numbered requirements of an annex ("Exigence n° 5"), the
# numbered commitments of a letter ("Engagement n° 7 – Violations de données"), the points of
# minutes ("Point n° 3 — Hébergement"), and the buyer's numbered answers to the bidders'
# questions ("RÉPONSE 4"); "Eis 4.12 – Availability [Knock-out]", a requirement of a Dutch
# programme of requirements (programma van eisen); « Règle 15 – Assurances », a rule of a
# hosting charter.
# "n.º 2": the number sign of a Portuguese article's points.
_NUMERO_SIGN = r"n\.\s?º"
_ARTICLE = re.compile(
    # (« Sous-article 9.3 – Attestations », a sub-article of an accord-cadre's CCAP)
    # (« Rubrique 12 – Conditions de participation », a box of a BOAMP notice)
    rf"^(?:(?:sous-)?article|art\.?|§|{_NUMERO_SIGN}|sec\.|exigence|requirement|eis|engagement|point|r[ée]ponse|answer|rubrique|"
    # ("cl 14.3 The Supplier must give…": a clause of an Australian contract, abbreviated)
    r"cl[áa]usula|artigo|r[èe]gle|cl\.?(?=\s+\d))"
    r"\s*(?:n[°o]\.?\s*)?"
    r"(?P<num>1er|premier|(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\b|\d{1,3}(?:[.\-]\d{1,3}){0,5}(?:\s(?:bis|ter|quater)\b)?"
    # "Article III.4.2 – …": the article of a chapter numbered in Roman numerals
    r"|[IVXLC]{1,6}(?:\.\d{1,3}){1,4}\b|[IVXLC]{1,6}\b)"
    # "Cláusula 12.ª – Seguros": the ordinal mark of Portuguese and Spanish articles
    r"(?:\.?[ªº])?"
    # "Art. 7-2° – …": the second point of article 7, in Monegasque and some French texts
    r"(?P<degree>(?<=\d)°)?"
    r"\s*(?P<sep>[-–—:.)]\s*)?(?P<title>.*)$",
    re.IGNORECASE,
)
_KEYWORD = re.compile(
    # ("SCC Clause 7 – Insurance": a clause of the special, or general, conditions of contract
    # of a development bank's standard bidding document)
    r"^(?:(?:GCC|SCC|PCC)\s+)?(?P<kw>clause|section|chapitre|titre|partie|annexe|chapter|part|schedule|appendix|annex|"
    # ("Special Term 1 - Notwithstanding paragraph 4…" of a call-off order form)
    r"exhibit|attachment|special\s+term)"
    r"\s+(?P<num>\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6}|[A-Z]|"
    + "|".join(sorted(_ENGLISH_NUMBERS, key=len, reverse=True))
    # (not "Section 2.A (forms CG 20 10 …)" wrapped to the start of a line: item A of 2)
    + r")\b(?!\.[A-Z]\b)\s*(?P<sep>[-–—:.)]\s*)?"
    r"(?P<title>.*)$",
    re.IGNORECASE,
)
# "9.2 Attestations"; "7-1" as sub-articles are numbered in some general conditions, "4/ Budget"
# in plain texts, "2.1.a La Solution est hébergée…" with a lettered last level.
_NUMBERED = re.compile(
    # (« 12.a Le Fournisseur… », a lettered point of an article numbered alone)
    # (« 2.B Technology Errors & Omissions », a lettered item of a section, in capitals)
    r"^(?P<num>\d{1,2}(?:-\d{1,2}){1,3}(?=\.?\s)|\d{1,2}(?:\.\d{1,2}){0,3}\.[a-hA-H](?=\s)"
    # "9.2(a) Commercial General Liability insurance…": a lettered point written with its clause
    # ("23.2(b)(ii) employees' compensation insurance…", its sub-point in small Roman numerals)
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\([a-h]\)(?:\([ivx]{1,4}\))?(?=\s)"
    # "2.A. “Security Incident” means…", "4.A.(1) The Contractor shall…": a US appendix's
    # section, its lettered subsection and numbered paragraph
    r"|\d{1,2}\.[A-H](?:\.\(\d{1,2}\))?(?=\.?\s)|\d{1,2}(?:\.\d{1,2}){0,5}"
    # (« 3°) Assurances »: the ordinal points of a French letter, each titled)
    r"|\d{1,2}°(?=\)\s))(?:\.(?!\d)|/|(?P<paren>(?<!°)\))|(?<=°)\))?\s*(?:(?P<sep>[-–—:])(?!\d)\s*|\s)"
    r"(?P<title>\S.*)$"
)
# "9 bis.1 Pour les traitements réalisés…": a point of an article inserted between two others
# ("ART. 9 bis"), cited as printed; so are "14A. CYBER INSURANCE" and "14A.1 The Supplier
# shall…", the clauses a variation inserts after clause 14 of an English contract.
_INSERTED_POINT = re.compile(
    # (« 11 bis-1 – Chaque cotraitant… », its points numbered after a hyphen)
    r"^(?P<num>\d{1,3}\s(?:bis|ter|quater)(?:\.\d{1,2}){1,3}|\d{1,3}\s(?:bis|ter|quater)-\d{1,2}"
    r"|\d{1,3}[A-H](?=\.)(?:\.\d{1,2}){0,3}"
    # « 7.2 ter – Pièces de l'attributaire », inserted after 7.2 and 7.2 bis
    r"|\d{1,3}(?:\.\d{1,2}){1,3}\s(?:bis|ter|quater)\b"
    # « 7bis. Réversibilité », a part inserted after part 7 of a plain text
    r"|\d{1,3}\s?(?:bis|ter|quater)(?=\.?\s+(?:[-–—]\s+)?[A-ZÀ-Þ]))"
    r"\.?\s+(?:[-–—]\s+)?(?P<title>\S.*)$"
)
# "III.1.2) Capacité économique et financière" (notices), "F.1 Assurances" (forms): a
# section letter or Roman numeral, then numbers.
# "S2.1 Minimum insurance cover." in a UK schedule: its letter and number, then the paragraph.
# "C-4.2 Quillbright shall notify…" in an exhibit lettered C: its letter, a dash and numbers.
_SECTION_NUMBERED = re.compile(
    # (« SI.5 Assurance professionnelle. », a clause of the special conditions lettered apart)
    # (« I.3.a – Le candidat joint… », a lettered point of a part numbered in Roman)
    # (« A.1.a) (M) Le site … », a lettered point of a section lettered A, its bracket closing it)
    # ("L.4.2 Professional liability insurance.", "M.3.1" in Sections L and M of a US federal
    # solicitation, lettered A to M)
    r"^(?P<num>(?:[IVX]{1,4}|[A-M])(?:\.\d{1,2}){1,3}(?:\.[a-h](?=[\s)]))?|[A-Z]\d{1,2}(?:\.\d{1,2}){1,2}|"
    r"[A-H]-\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]{2,3}\.\d{1,2}(?=\s))[).]?\s*"
    r"(?:[-–—:]\s*)?(?P<title>\S.*)$"
)
# "[14] The Supplier shall ensure…", "[S3] Cyber liability insurance: …": a paragraph numbered
# in square brackets, continuously through an agreement (its schedule's prefixed by a letter).
_BRACKETED_NUMBER = re.compile(r"^\[(?P<num>[A-Z]{0,2}\d{1,3})\]\s+(?P<title>[A-ZÀ-Þ\"“«(].*)$")
# « Modification n° 1 – CCAP, article 7.2 », « Précision – CCTP, article 4.1 » in a letter
# amending the consultation file, "Change 5 – Section 7.1" in an RFP's addendum: what follows
# sets the article it names, cited by its number
_AMENDMENT_OF = re.compile(
    r"^(?:Modification|Pr[ée]cision|Amendment|Change)(?:\s+(?:n[°o]\s*)?\d{1,3})?\s*[–—-]\s*"
    r"(?:(?:CCAP|CCTP|CCP|RC|AE|CCAG|RFP)\s*,\s*)?(?:article|art\.|section|clause)\s+"
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}[A-Z]?)"
    # (« Modification n° 5 – Article 9.1 du CCAP »: the piece named after the number)
    r"(?:\s+(?:du|de\s+la|de\s+l['’]|of\s+the)\s*(?:CCAP|CCTP|CCP|RC|AE|CCAG|RFP|SOW))?"
    # (« Amendment 1 – Section 5.3 (Insurance) », the section's title in brackets)
    r"(?:\s*\((?:cr[ée]{2}|nouveau|new|added|[A-ZÀ-Þ][^()]{0,60})\))?\s*$",
    re.IGNORECASE,
)
# « Note 2 — Les prix F-01 à F-04 incluent la remise … de l'attestation d'assurance »: a note
# under a price table, numbered through the document and cited by its number
_NOTE_OPENING = r"^Note\s+(?P<num>\d{1,2})\s*"
_NUMBERED_NOTE = re.compile(_NOTE_OPENING + r"[—–:-]\s+(?P<body>[A-ZÀ-Þ].*)$")
# "[CL-0042 v3] Responsabilité civile professionnelle Statut : Négociée": a clause of a contract
# library, cited by its identifier without its version
_BRACKETED_CODE = re.compile(
    r"^\[(?P<num>[A-Z]{1,5}-\d{1,5})(?:\s+v\d{1,3}(?:\.\d{1,3})?)?\]\s+(?P<title>[A-ZÀ-Þ].*)$"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN = re.compile(r"^(?P<num>[IVX]{1,5})\s*[.\-–—)]\s+(?P<title>[A-ZÀ-Þ].*)$")
_BOXES = ("☒", "☐", "☑", "■", "□")
_BRACKETED_TITLE = re.compile(r"\([^()]+\)")
# "“5.3 Insurance. The Contractor shall…": a numbered section quoted whole, its title run in
_QUOTED_SECTION = re.compile(
    r"^[“\"«]\s*(?P<section>\d{1,2}(?:\.\d{1,2}){1,3}\s+[A-Z][^.]{1,60}\.\s+\S.*)$"
)
_BRACKETED_RUN_IN = re.compile(r"^\((?P<title>[A-ZÀ-Þ][^()]{1,60})\)\s*[:.–—-]\s*(?P<body>\S.*)$")
MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 18
# A title may end with a full stop ("Article 5 – Assurances."); words past this many, with a
# full stop, are a sentence.
MAX_FULL_STOP_TITLE_WORDS = 6
MAX_RUN_IN_CHARS = 60  # "Délais." before the text of the article on its line


@dataclass(frozen=True, slots=True)
class Heading:
    number: str | None
    title: str | None
    numeric: tuple[int, ...] | None  # "9.2" -> (9, 2), for the succession check
    explicit: bool  # a keyword (Article, Clause) or a style says it is a heading
    body: str | None = None  # a numbered paragraph: "2.1 The Supplier shall..." opens clause 2.1
    # "1) …": the points of a letter, but the items of a list wherever a document has headings
    listed: bool = False
    worded: bool = False  # numbered in words ("CLAUSE SEVEN")
    chat: bool = False  # a message of a chat export


_SENTENCE_WORDS = frozenset(
    [
        "shall",
        "must",
        "will",
        "may",
        "agrees",
        "doit",
        "doivent",
        "devra",
        "devront",
        "est",
        "sont",
        "peut",
        "peuvent",
        "s'engage",
        "pourra",
        "pourront",
        "garantit",
        "assure",
        "notifie",
    ]
)


# A title does not end on these words; a line that does is cut in the middle of a sentence
# ("Section 9.04 Workers' compensation coverage is maintained as required by the laws of").
_RUNS_ON_WORDS = frozenset(
    [
        "of",
        "the",
        "and",
        "to",
        "for",
        "in",
        "by",
        "a",
        "an",
        "or",
        "with",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "et",
        "à",
        "en",
        "pour",
        "par",
        "au",
        "aux",
        "d'",
        "l'",
        "ou",
        "sur",
        # a determiner or a pronoun left for the next line ("…le Consultant ne dépose aucune")
        "un",
        "une",
        "aucun",
        "aucune",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "ces",
        "que",
        "qui",
        "ne",
        "dans",
    ]
)


def _is_sentence(text: str) -> bool:
    """Whether the words after a number are running text rather than a title."""
    words = text.split()
    if len(words) > 12 or (text.endswith(".") and len(words) > 4) or text.endswith((",", ";")):
        return True
    if any(sign in text for sign in "€$£"):
        return True  # "3.3 Attestation d'assurance cyber d'au moins 1 000 000 € (souhaitée, non"
    if len(words) > 3 and words[-1].lower() in _RUNS_ON_WORDS and not text.isupper():
        # (a title in capitals may end so: "8. INFORMATION WE ASK FOR")
        return True
    if _AMOUNT_CUT.search(text):
        return True  # "… d'au moins 1 000" then "000 € par sinistre." on the next line
    # "RC Pro : nous demandons une assurance…": a label, then running text.
    _, colon, after = text.partition(" : ")
    if colon and after[:1].islower() and len(after.split()) >= MIN_RUNNING_WORDS:
        return True
    if len(words) >= MIN_ARTICLED_SENTENCE_WORDS and words[0] in _OPENING_ARTICLES:
        # "6.2 The Controller authorises the following hosting providers: Amazon Web Services
        # EMEA": a title does not open on an article and run on this long
        return True
    return any(w.lower() in _SENTENCE_WORDS for w in words[1:])


MIN_RUNNING_WORDS = 3
MIN_ARTICLED_SENTENCE_WORDS = 10
_OPENING_ARTICLES = frozenset({"The", "Each", "Any", "Le", "La", "Les", "Tout", "Toute", "Chaque"})
# A number in thousands cut at the end of the line ("d'au moins 1 000"): no title ends so.
_AMOUNT_CUT = re.compile(r"\s\d{1,3}\s\d{3}$")


def is_toc_line(text: str) -> bool:
    if "...." in text or ". . ." in text or "…" in text or "___" in text or "!" in text:
        return bool(_TOC_LINE.search(text)) or bool(_TOC_TITLE.match(text.strip()))
    return bool(_TOC_TITLE.match(text.strip()))


_TOC_TAIL = re.compile(r"\s\d{1,3}$")  # "Travail 21": the end of a wrapped entry, page number


def is_toc_title(text: str) -> bool:
    """ "Sommaire", "Table des matières", "Contents"."""
    return bool(_TOC_TITLE.match(text.strip()))


def _looks_like_toc(blocks: list[Block], i: int) -> bool:
    """A line of a table of contents, or the first line of an entry wrapped over two lines."""
    text = blocks[i].text.strip()
    if is_toc_line(text) or (_TOC_TAIL.search(text) and len(text) < 90):
        return True
    following = blocks[i + 1 : i + 3]
    return any(is_toc_line(b.text) or _TOC_TAIL.search(b.text.strip()) for b in following)


MIN_CONTENTS_ENTRIES = 3
MAX_CONTENTS_ENTRY = 80


def _contents_page(blocks: list[Block], title: int) -> bool:
    """Whether the page a "Sommaire" title opens holds nothing but its numbered entries, page
    numbers or not (« 01 Pourquoi ce référentiel », « 02 Hébergement et localisation » on the
    second slide of a deck, whose slides are titled in other words)."""
    page = blocks[title].page
    if page is None:
        return False
    entries = [b.text.strip() for b in blocks[title + 1 :] if b.page == page]
    # (A title printed twice, or a sentence, is the text resuming on the page.)
    distinct = len({" ".join(e.split()).casefold() for e in entries}) == len(entries)
    return (
        len(entries) >= MIN_CONTENTS_ENTRIES
        and distinct
        and all(
            len(e) <= MAX_CONTENTS_ENTRY and not e.endswith(".") and parse_heading(e) is not None
            for e in entries
        )
    )


_TOC_COLUMNS = re.compile(
    r"^(?:clauses?|articles?|sections?|n°|no\.?|#)\s+(?:headings?|titles?|titres?|intitul[ée]s?"
    r"|subjects?|objets?)(?:\s+pages?)?$",
    re.IGNORECASE,
)


def _numbered_again(blocks: list[Block], i: int) -> bool:
    """Whether a line of a table of contents is a numbered title printed again further on,
    in capitals, without its dash or with fewer words (« 4. Privacy Controls (VSA-01 to
    VSA-08) » over « 4. PRIVACY CONTROLS »)."""
    entry = _WORD.findall(blocks[i].text.casefold())
    heading = parse_heading(blocks[i].text.strip())
    if heading is None or not heading.number or heading.body or len(entry) < 2:
        return False
    for block in blocks[i + 1 :]:
        later = _WORD.findall(block.text.casefold())
        shorter = min(len(entry), len(later))
        # A one-word title (« 10 Privacy ») only when printed again word for word.
        if (shorter >= MIN_TITLE_WORDS and entry[:shorter] == later[:shorter]) or later == entry:
            return parse_heading(block.text.strip()) is not None
    return False


_WORD = re.compile(r"\w+")
MIN_TITLE_WORDS = 3  # a number and two words: « 4 privacy controls », « annex a summary »


def drop_toc(blocks: list[Block]) -> list[Block]:
    """Removes tables of contents: dot-leader lines anywhere, and every line of the section
    that a "Sommaire" title opens, wrapped entries included, until the text resumes. An entry
    without a page number is a title the document prints again further on ("Contents", then
    "Art. 6 – Insurance" … "Annex B – Data controller / data processor agreement")."""
    last_seen = {" ".join(b.text.split()).casefold(): i for i, b in enumerate(blocks)}
    kept: list[Block] = []
    in_toc = False
    contents_page: int | None = None
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if _TOC_TITLE.match(text):
            in_toc = True
            contents_page = block.page if _contents_page(blocks, i) else None
            continue
        if is_toc_line(text):
            continue
        if contents_page is not None and block.page == contents_page:
            continue
        if in_toc and block.kind is not BlockKind.HEADING and _looks_like_toc(blocks, i):
            continue
        if in_toc and _TOC_COLUMNS.match(text):
            continue  # "Clause Heading", "Article Intitulé Page": the names of its columns
        if in_toc and last_seen[" ".join(text.split()).casefold()] > i and parse_heading(text):
            continue  # an entry printed again as the title it announces
        if in_toc and _numbered_again(blocks, i):
            continue  # « 4. Privacy Controls (VSA-01 to VSA-08) » over « 4. PRIVACY CONTROLS »
        in_toc = False
        kept.append(block)
    return kept


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _in_figures(number: str) -> str:
    """ "deux" -> "2", "premier" and "1er" -> "1": an article is cited in figures."""
    word = number.lower()
    if word in ("premier", "1er"):
        return "1"
    return _NUMBER_WORDS.get(word, number)


def _numeric(number: str) -> tuple[int, ...] | None:
    sub_point = re.fullmatch(r"(.+\([a-h]\))\(([ivx]{1,4})\)", number)
    if sub_point:  # 23.2(b)(ii) -> (23, 2, 2, 2)
        above = _numeric(sub_point[1])
        return None if above is None else (*above, _roman(sub_point[2].upper()))
    lettered = re.fullmatch(r"(.+)\(([a-h])\)", number)
    if lettered:  # 9.2(a) -> (9, 2, 1), as 9.2.a
        return _numeric(f"{lettered[1]}.{lettered[2]}")
    parts = re.split(r"[.\-]", number)
    if all(p.isdigit() for p in parts):
        return tuple(int(p) for p in parts)
    if len(parts) > 1 and all(p.isdigit() for p in parts[:-1]) and re.fullmatch("[a-h]", parts[-1]):
        return (*(int(p) for p in parts[:-1]), ord(parts[-1]) - ord("a") + 1)  # 2.1.a -> (2, 1, 1)
    if len(parts) > 1 and all(p.isdigit() for p in parts[1:]):
        head = parts[0]
        if re.fullmatch(r"[IVX]{1,4}", head):  # III.1.2 -> (3, 1, 2)
            return (_roman(head), *(int(p) for p in parts[1:]))
        if re.fullmatch(r"[A-H]", head):  # F.1 -> (6, 1)
            return (ord(head) - ord("A") + 1, *(int(p) for p in parts[1:]))
    if re.fullmatch(r"\d{1,2}°", number):  # « 3°) Assurances », a letter's third point
        return (int(number[:-1]),)
    if number.lower() in ("premier", "1er"):
        return (1,)
    return None


_DATED = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")


# A label of a few words, a colon, and a statement of some words after it.
_LABELLED = re.compile(r"^(?:\S+\s){0,4}\S+\s:\s(?:\S+\s+){3,}\S+$")


# "Workers' Compensation ......... Statutory (ORS 656)", "Liability ..... $2,000,000 per claim":
# a label led by dots to its value (not "Assurances ....... 7", a contents line's page)
_LED_TO_VALUE = re.compile(r"\.{5,}\s*(?!\d{1,3}\s*$)\S")
# the group of three digits after the first of a figure spaced in thousands
_THOUSANDS = re.compile(r"^\d{3}(?!\d)(?![.,]\d)")


def _title_ok(title: str) -> bool:
    title = title.strip()
    if not title:
        return True
    if len(title) > MAX_TITLE_CHARS or len(title.split()) > MAX_TITLE_WORDS:
        return False
    if title[-1] in ",;" or "€" in title:
        return False
    if not any(c.isalpha() for c in title):  # "22 33-61-71.": a telephone number, not a title
        return False
    if _DATED.match(title):  # "2.0  12/05/2023  Ajout du chapitre…": a row of a version history
        return False
    if _THOUSANDS.match(title):  # "1 200 clients publics et privés": a figure, not "1" titled
        return False
    if _LED_TO_VALUE.search(title):  # "Workers' Compensation ........ Statutory": an entry
        return False
    first = title.lstrip("«\"'“( ")[:1]
    return first.isupper() or first.isdigit()


# "9. 1. Le titulaire doit…": the numbering of the Journal officiel, a space after each dot.
_SPACED_NUMBER = re.compile(r"^(\d{1,2})\.\s(\d{1,2})\.(?:\s(\d{1,2})\.)?(?:\s(\d{1,2})\.)?(?=\s)")


def _unspaced(text: str) -> str:
    """ "9. 1. Le titulaire" -> "9.1. Le titulaire"."""
    return _SPACED_NUMBER.sub(lambda m: ".".join(g for g in m.groups() if g) + ".", text)


_ANNEX_ARTICLE = re.compile(
    r"^(?P<annex>(?:annexe?|appendix|appendice|schedule|exhibit)\s+[\w.]{1,6})\s*[-–—:,]\s*"
    r"(?:article|art\.|paragraph|paragraphe|clause|section|point)\s*(?P<num>\d{1,3}(?:\.\d{1,2}){0,3})"
    r"(?:\s*[-–—:.]\s*(?P<title>.*))?$",
    re.IGNORECASE,
)
# "EXG-07", "SEC-HEB-2.1": the code a requirement, card or record is cited by
_REQUIREMENT_CODE = r"[A-Z]{1,4}(?:-[A-Z]{1,4})?-\d{1,3}(?:\.\d{1,2})?"
# "QUESTION 4" alone on its line, above the buyer's "RÉPONSE 4": a title, not a number.
# "CP-2 — Lieu d'hébergement", "CG-12 : Assurances", "SEC-4.1 – Journalisation": an article
# named by a code, as conditions in two parts (particulières, générales) or a requirements
# list number theirs.
# ("DSP-01 · Information governance", a middle dot between the code and the title;
# "SOR-08 (Desirable) – Enhanced availability", the requirement's standing between them)
_CODED = re.compile(
    rf"^(?P<num>{_REQUIREMENT_CODE})(?:\s*\((?P<standing>[^()]{{1,30}})\))?"
    r"\s*[-–—:·]\s*(?P<title>[A-ZÀ-Þ].*)$"
)
MAX_MARGIN_TITLE_WORDS = 6
# "DP-01  The Supplier will act as a processor…": a requirement typed in fixed-width columns,
# its code in the margin, its text beside it
_MARGIN_CODED = re.compile(rf"^(?P<num>{_REQUIREMENT_CODE})\s{{2,}}(?P<text>[A-ZÀ-Þ].*)$")
# "Fiche EXG-07 Statut : Active", "Exigence REQ-12 – Journalisation": a requirement card or
# entry named by its code after the word for it, cited by the code.
_CARD = re.compile(
    r"^(?:fiche|exigence|requirement|req\.?|r[èe]gle|recommandation|mesure|rule|recommendation)\s+"
    rf"(?P<num>{_REQUIREMENT_CODE})\b\s*[-–—:]?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
# "Écart n° 4 (majeur) — Notification des violations", "Observation n° 1 — Hébergement": a
# finding of an audit report, set as a title, cited with its word ("Écart 4"): findings and
# observations are numbered apart, from 1 each.
_FINDING = re.compile(
    rf"^{FINDING}\s*(?:\([^()]{{1,20}}\))?\s*[-–—:.]?\s*(?P<title>.*)$", re.IGNORECASE
)
# "IC 11. Documents constitutifs de l'offre": an article of the instructions to bidders (IC) of
# a tender file, cited by its number ("11.1 (h)").
_PIECE_ARTICLE = re.compile(r"^[A-Z]{2,4}\s(?P<num>\d{1,3})\.\s+(?P<title>[A-ZÀ-Þ].*)$")
# "SCC 7 — Insurance", "SCC 7.3 Certificates of insurance shall…": the special conditions of a
# contract (SCC, GCC) numbered under their code, cited as printed; "ITT 11.1(h) Copy of…" in a
# tender data sheet, with the point of the clause. ("SCC 7.1 [GCC 17.1] The MSP shall…": the
# clause of the general conditions it completes, in brackets, is no part of its text.)
_CODED_ARTICLE = re.compile(
    r"^(?P<num>[A-Z]{2,4}\s\d{1,3}(?:\.\d{1,2}){0,2}(?:\s?\([a-z]{1,2}\))?)"
    r"(?:\s\[[A-Z]{2,4}\s\d{1,3}(?:\.\d{1,2}){0,2}\])?\s*(?:(?P<sep>[-–—:])\s*|\s)"
    r"(?P<title>[A-ZÀ-Þ].*)$"
)
_SPACED_TITLE = re.compile(r"^[A-Z]{2,4}\s\d{1,3}\s{2,}\S")
# "SCC 1.1" alone on its line over its paragraph (its point numbered, not "SBD 4", the name of
# a form); "A-1." over a paragraph of a contract's rider A
# ("C3.1" over a clarification of set 3: its question, then its answer)
_CODED_ARTICLE_ALONE = re.compile(
    r"^(?P<num>[A-Z]{2,4}\s\d{1,3}(?:\.\d{1,2}){1,2}|[A-H]-\d{1,2}(?:\.\d{1,2})?"
    r"|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2}){1,2})\.?$"
)
# « Point N1 – Assurance RC professionnelle »: a point of minutes named by a code
_CODED_POINT = re.compile(
    r"^(?:[Pp]oint|POINT)\s+(?P<num>[A-Z]{1,2}\d{1,3})\s*[–—:-]\s*(?P<title>[A-ZÀ-Þ][^.;:]{0,80})$"
)
# « Question 1 – Montant de l'assurance » titling a bidder's question and the buyer's answer
_ASKED_TITLED = re.compile(
    r"^(?:Question|QUESTION)\s*(?:n[°o]\s*)?(?P<num>\d{1,3})\s*[–—:-]\s*(?P<title>[A-ZÀ-Þ].{0,120})$"
)
_CORRECTED_SECTION = re.compile(
    r"^(?:num[ée]ro de (?:la )?section|section number)\s*:\s*"
    r"(?P<num>[IVX]{1,4}(?:\.\d{1,2}){0,4}|\d{1,2}(?:\.\d{1,2}){0,4})\)?\s*$",
    re.IGNORECASE,
)
# "QUESTION 4" alone on its line, not "question 3." ending a sentence that wrapped
# (or with the date it came in: « Question n° 7 (reçue le 10/02/2026) »)
_ASKED = re.compile(
    r"^(?:[Qq]uestion|QUESTION|Q)\s*(?:n[°o]\s*)?(?P<num>\d{1,3})\s*[:.\-–]?"
    r"\s*(?:\((?:re[çc]ue?|pos[ée]e|received|asked|submitted)\b[^()]{0,40}\)\s*[:.]?\s*)?$"
)

# "Q1.2 (Pass/Fail)" over a question of the tender's own qualification questionnaire: the
# question demands what it asks to confirm, cited by its code; its mark is no title
# (a line « Q3.3  Quel engagement … ? » is read as other numbered titles are)
_QUESTIONNAIRE_ITEM = re.compile(
    r"^Q\s?(?P<num>\d{1,2}(?:\.\d{1,2}){1,2})\s*(?:\((?P<mark>[^()]{1,30})\)\s*[:.\-–]?\s*(?P<body>.*)|\s*)$"
)

# « R1 : » alone on its line over the buyer's answer to « Q1 : » (its question above it):
# the answer, cited by its label (« RÉPONSE 1 » under « QUESTION 1 » is cited as the
# question's item, « 1 »)
_ANSWERED = re.compile(r"^R(?P<num>\d{1,3})\s*[:.\-–]?\s*$")


_TICKET_COMMENT = re.compile(
    r"^-{3,}\s*(?:(?:commentaire|comment|note|message|r[ée]ponse|reply)\s*(?:n[°o]\s*)?#?\s*"
    r"(?P<num>\d{1,3})|(?P<time>\d{1,2}[-/.][\w]{2,9}[-/.]\d{2,4}\s+\d{1,2}:\d{2}(?:\s+[A-Z]{2,4})?))"
    r"\s*(?:\|[^|]*)*-{3,}\s*$",
    re.IGNORECASE,
)
_OPENING_QUOTES = ("«", "“", '"', "‹")
# (round or square: "4.8 (M) The Supplier shall…", "2.1 [C] Customer Data is hosted…")
# (not a task list's box, "[x]", "[ ]")
_PRIORITY_MARK = re.compile(r"^(?:\([^()]{1,15}\)|\[(?![ xX]\])[^\[\]]{1,15}\])\s+")


# "LOT 2 – Article 3 – Pièces de la candidature": the article of one lot, in a file giving
# each lot its own articles 3 and 4; cited by the article's number, as the file writes it.
# « >>> 3.1 Le prestataire… », « ► 4.2 … »: a marker setting a line apart, before its number.
_MARKER = re.compile(r"^(?:>{2,}|=>|->|►|➤|→)\s+(?=\d)")
_LOT_PREFIX = re.compile(
    r"^lots?\s+(?P<lot>\d{1,2})\s*[-–—:]\s*(?=(?:article|art\.)\s*\d)", re.IGNORECASE
)


# "☒ 7.4 — Clause optionnelle : Le Prestataire souscrit…": a clause of a contract template,
# kept (ticked) or left out (empty box).
# (« ☒ 3.2 … », « ☒ B.1 — Je déclare… »: a box before a number or a form's code)
_BOXED = re.compile(r"^(?P<box>[☒☑■☐□])\s*(?=\d|[A-Z]{1,3}[.-]?\d)")
_EMPTY_BOXES = ("☐", "□")


# "§ 2.3", "cl 14.3": signs of a paragraph of a contract, not of a titled article
_CONTRACT_PARAGRAPH = re.compile(r"§|cl\.?\s", re.IGNORECASE)


# A word cut by the end of its line, its hyphen the last character (« exploi- »), or a
# sentence the line cuts before the level it states (« … is at least » over « 99,9 % »). (A
# title wrapped after a preposition stays a title: « … comportent un accès aux » over
# « données hébergées », « 8. INFORMATION WE ASK FOR ».)
# (or on a currency whose amount is on the next line: « … insurance of AUD » over
# « 10,000,000 for each claim »; a title never ends on one)
_CUT_WORD = re.compile(
    r"[^\W\d_]{2}-$|\s(?:at\s+least|not\s+less\s+than|au\s+moins"
    r"|(?-i:AUD|CAD|CHF|EUR|GBP|INR|NZD|SGD|USD|ZAR)|€|\$|£)$"
)


def parse_heading(text: str) -> Heading | None:
    """The heading a line of text would be, before the succession check."""
    boxed = _BOXED.match(text.strip())
    if boxed:
        heading = parse_heading(text.strip()[boxed.end() :])
        if heading is None or heading.number is None or boxed.group("box") not in _EMPTY_BOXES:
            return heading
        # The clause left out stays behind its empty box: its text demands nothing.
        said = " ".join(filter(None, (heading.title, heading.body)))
        return replace(heading, title=None, body=f"{boxed.group('box')} {said}")
    text = _LOT_PREFIX.sub("", _MARKER.sub("", _unspaced(text.strip()), count=1))
    quoted = _QUOTED_SECTION.match(text)
    if quoted:
        # "“7.1 Availability. The hosted System shall be available 99.95%…”": a section an
        # addendum restates or sets anew in quotation marks, cited by its number
        inner = parse_heading(quoted.group("section"))
        if inner is not None and inner.number and inner.body:
            return replace(inner, explicit=True)  # (quoted whole, whatever comes before it)
    comment = _TICKET_COMMENT.match(text)
    if comment:
        # « --- Commentaire 3 | 13/01/2026 10:05 | Claire Vautrin | Public --- », « --- 10-Feb-2026
        # 09:42 IST | Priya Raman --- »: a comment of a ticket exported as text, cited by its
        # number, else by its time as printed
        number = comment["num"] or comment["time"].strip()
        return Heading(number, None, None, True)
    asked = _ASKED.match(text)
    if asked:
        return Heading(None, f"Question {asked.group('num')}", None, True)
    item = _QUESTIONNAIRE_ITEM.match(text)
    if item:
        body = item.group("body") or None
        return Heading(f"Q{item.group('num')}", None, None, True, body=body)
    answered = _ANSWERED.match(text)
    if answered:
        return Heading(f"R{answered.group('num')}", None, None, True)
    corrected = _CORRECTED_SECTION.match(text)
    if corrected:
        # « Numéro de section : III.1.2 » in a correction notice: the section of the first
        # notice the lines below set anew, cited by its number
        return Heading(corrected.group("num"), None, None, True)
    asked = _ASKED_TITLED.match(text)
    if asked:
        # « Question 1 – Montant de l'assurance RC Pro » over the question and its answer,
        # cited as the buyer numbers them
        return Heading(f"Question {asked.group('num')}", asked.group("title"), None, True)
    coded_point = _CODED_POINT.match(text)
    if coded_point:
        # « Point N1 – Assurance RC professionnelle » in negotiation minutes, cited « N1 »
        return Heading(coded_point.group("num"), coded_point.group("title").strip(), None, True)
    amended = _AMENDMENT_OF.match(text)
    if amended:
        num = amended.group("num")
        return Heading(num, text, _numeric(num), True)
    coded = _BRACKETED_CODE.match(text)
    if coded:
        return Heading(coded.group("num"), coded.group("title").strip(), None, True)
    bracketed = _BRACKETED_NUMBER.match(text)
    if bracketed:
        num = bracketed.group("num")
        return Heading(num, None, _numeric(num), True, body=bracketed.group("title"))
    m = _ARTICLE.match(text)
    if m:
        title = m.group("title").strip(" -–—:.")
        if _BRACKETED_TITLE.fullmatch(title):
            title = title[1:-1].strip()  # "Article 12 (Insurance)", as Japanese contracts title
        num = _in_figures(m.group("num")) + (m.group("degree") or "")
        sep = (m.group("sep") or "").strip()
        if (_NUMERO.match(text) or m.group("degree")) and title:
            # "n.º 2 – Le prestataire souscrit en outre :", "Art. 7-2° – Le Prestataire
            # notifie…": a point's text, never a title
            return Heading(num, None, _numeric(num), True, body=m.group("title").strip())
        if title and not title[0].isupper() and sep in ("", ".", ")"):
            return None  # "Article 5 du CCAG est complété...", "Article 5.3.3. du CCFT"
        if title[:1] in _OPENING_QUOTES:
            return None  # "Article 17.1 — « Le Prestataire justifie… »": another text, quoted
        if _LAW_NAMED.match(title) and not m.group("sep"):
            return None  # "Article 33 GDPR, on the basis of…": a law's article, cited in a line
        # "Art. 3 - Délais. Le fournisseur respecte les délais…": a run-in title, then the
        # article's text on the same line, which stays text.
        lead, stop, rest = title.partition(". ")
        runs_in = bool(stop) and len(lead) <= MAX_RUN_IN_CHARS and _run_in_title_ok(lead)
        said = m.group("title").strip()
        if said.endswith(".") and len(said.split()) > MAX_FULL_STOP_TITLE_WORDS and not runs_in:
            # "§ 5. L'adjudicataire n'engage aucun sous-traitant ultérieur sans l'autorisation
            # écrite préalable du Collège." on one line: the paragraph's text, not its title
            return Heading(num, None, _numeric(num), True, body=said)
        if (
            _CONTRACT_PARAGRAPH.match(text.lstrip())
            and "." in num
            and (_is_sentence(title) or not _title_ok(title))
        ):
            # "§ 2.3 If Vendor fails to complete…", "§ 3.4 Vendor shall maintain…": a US
            # agreement's paragraph, its text on the line of its number ("cl 14.3 The
            # Supplier must give…" in an Australian one)
            return Heading(num, None, _numeric(num), True, body=m.group("title").strip())
        if not _title_ok(title) and not m.group("sep"):
            return None
        if not _title_ok(title) or _CUT_WORD.search(title):
            # (« § 1 The monthly availability … is at least » over « 99,9 % »: the line cuts
            # the paragraph's sentence)
            if runs_in:
                return Heading(num, lead, _numeric(num), True, body=rest)
            return Heading(num, None, _numeric(num), True, body=title)
        run_in = _run_in(title)
        if run_in and run_in[1][:1].isupper() and len(run_in[1]) > MIN_RUN_ON_CHARS:
            # "Art. 6.2 – Localisation des données. Les données de production sont hébergées
            # en" on a line of its own: the run-in title, then the first line of the text
            return Heading(num, run_in[0], _numeric(num), True, body=run_in[1])
        return Heading(num, title or None, _numeric(num), True)
    m = _ANNEX_ARTICLE.match(text)
    if m and (m.group("title") or "")[:1] in _OPENING_QUOTES:
        return None  # "Schedule 3, paragraph 2: “The Supplier shall…”", quoted by a memo
    if m:
        # "Annexe 3 – article 4 – Notification des violations": the fourth article of the annex,
        # cited "Annexe 3 4" apart from the fourth article of the body
        number = f"{m.group('annex')} {m.group('num')}"
        return Heading(number, (m.group("title") or "").strip() or None, None, True)
    m = _KEYWORD.match(text)
    if m and ")" in (m.group("sep") or "") and not m.group("title").strip(" -–—:.,;"):
        return None  # "Appendix B)." closing a citation wrapped onto its line
    bracketed = _BRACKETED_RUN_IN.match(m.group("title")) if m and not m.group("sep") else None
    if m and bracketed and "." in m.group("num"):
        # "Section 6.3 (Liquidated damages): we ask that…", a vendor's comment on a section
        # quoted in an e-mail: the section's title in brackets, then the text
        num = m.group("num")
        title, body = bracketed.group("title"), bracketed.group("body")
        return Heading(num, title, _numeric(num), True, body=body)
    if m and m.group("title").lstrip(" -–—:.")[:1] in _OPENING_QUOTES:
        return None  # "Clause 14.1: “The Supplier shall…”", a memo quoting the contract it reviews
    if m:
        title = m.group("title").strip(" -–—:.")
        if _BRACKETED_TITLE.fullmatch(title) and not text.endswith("."):
            # "SCHEDULE 7 (INSURANCE)"; not "… in accordance with" / "Schedule 7 (Insurance).",
            # the end of a sentence that names it
            title = title[1:-1].strip()
        if title and not (m.group("sep") or title[0].isupper()):
            return None
        if "." in m.group("num"):
            # "Section 9.03 – Insurance": a sub-article of a US contract, cited by its number,
            # often running text from its first line ("Section 3.01 Northlake shall make…").
            num = m.group("num")
            if _is_sentence(title) or not _title_ok(title):
                return Heading(num, None, _numeric(num), True, body=title)
            return Heading(num, title or None, _numeric(num), False)
        # "Special Term 1 - Notwithstanding paragraph 4…, the Supplier shall notify…": the
        # term's text, run on from its number — however long a special term's sentence is
        # ("Special Term 1. The Supplier shall provide copies of its insurance certificates …")
        runs_on = bool(title) and _is_sentence(title) and bool(m.group("sep"))
        special = m.group("kw").lower().startswith("special")
        body = None
        if not _title_ok(title) and not (special and runs_on):
            # "Clause 1 – Purpose and scope. (a) These Clauses are intended…": a run-in title,
            # then the clause's text on its line
            lead, stop, rest = title.partition(". ")
            if not (
                stop
                and m.group("sep")
                and len(lead) <= MAX_RUN_IN_CHARS
                and _run_in_title_ok(lead)
                and (rest[:1].isalnum() or rest[:1] == "(")
            ):
                return None
            title, body, runs_on = lead, rest, False
        figures = _ENGLISH_NUMBERS.get(m.group("num").lower())
        if figures is not None and m.group("kw").lower() in ("clause", "section"):
            # "CLAUSE SEVEN – INSURANCE" is clause 7, its paragraphs "7 2"
            return Heading(figures, title or None, _numeric(figures), True, body, worded=True)
        number = f"{m.group('kw').capitalize()} {m.group('num')}"
        if runs_on:
            return Heading(number, None, None, True, body=title)
        return Heading(number, title or None, None, True, body)
    m = _NUMBERED.match(text)
    if m and "." in m.group("num") and m.group("title")[:1] in _BOXES:
        # « 4.1 ☒ Option 1 – Hébergement … », « 4.2 ☐ Option 2 – … »: an option of an acte
        # d'engagement, ticked or not, as a form's points « B.4 ☒ » are
        num = m.group("num")
        return Heading(num, None, _numeric(num), False, body=m.group("title"))
    listed = m is not None and m.group("paren") is not None
    run_in = _run_in(m.group("title")) if m else None
    if m and run_in and run_in[1].startswith(m.group("num") + "."):
        # "11. Données personnelles. 11.1 Lorsqu'il traite…": the title, then a point
        return Heading(m.group("num"), run_in[0], _numeric(m.group("num")), False, body=run_in[1])
    # The points of a letter ("1) une attestation d'assurance…") may start in lower case; a
    # requirement may open on its priority in brackets ("4.8 (M) The Supplier shall notify…",
    # a whitepaper's mark of a commitment "2.1 [C] Customer Data is hosted…").
    opening = _PRIORITY_MARK.sub("", m.group("title"), count=1) if m else ""
    # (a point of a list opening in lower case is text whatever its words: « 1) une
    # attestation d'assurance … à jour, émise par votre » wrapped before its verb)
    if m and (
        ((opening[:1].isupper() or listed) and _is_sentence(m.group("title")))
        or (listed and opening[:1].islower())
    ):
        num = m.group("num")
        if run_in:
            # "14. Assurances. Le Fournisseur souscrit…": a run-in title in bold, then the text
            return Heading(num, run_in[0], _numeric(num), False, body=run_in[1], listed=listed)
        return Heading(num, None, _numeric(num), False, body=m.group("title"), listed=listed)
    if m and "." in m.group("num") and _LED_TO_VALUE.search(m.group("title")):
        # "2.1  Monthly availability (Production) .......... 99.95 %": an entry of a summary
        # sheet, its label led by dots to its value, is the point's text
        num = m.group("num")
        return Heading(num, None, _numeric(num), False, body=m.group("title"))
    # "5.1 – critères de jugement": a sub-number and a dash announce a title, whatever its case.
    dashed = m is not None and "." in m.group("num") and m.group("sep") in ("-", "–", "—")
    if m and (_title_ok(m.group("title")) or (dashed and _title_ok(m.group("title").capitalize()))):
        num = m.group("num")
        if run_in and run_in[1][:1].isupper() and len(run_in[1]) > MIN_RUN_ON_CHARS:
            # "9.2 Security incidents. Altivale notifies the Customer…" on a line of its own
            return Heading(num, run_in[0], _numeric(num), False, body=run_in[1], listed=listed)
        if _LABELLED.match(m.group("title")) or _CUT_WORD.search(m.group("title")):
            # "5. Hébergeur : OVHcloud ou 3DS Outscale uniquement, sur une offre qualifiée"
            # (a numbered point of a letter, wrapped): a label and its text, no title; nor
            # « 6.2 Il souscrit … civile exploi- », a sentence whose word the line cuts
            return Heading(num, None, _numeric(num), False, body=m.group("title"))
        title = m.group("title").strip(" -–—:") or None
        return Heading(num, title, _numeric(num), False, listed=listed)
    m = _SECTION_NUMBERED.match(text)
    if m and m.group("title")[:1] in _BOXES:
        # "B.4 ☒ Le titulaire est assuré…", "B.11 ☐ Le titulaire justifie…": a point of a form,
        # ticked or not, the box opening its text (an empty box says the option is not taken)
        return Heading(m.group("num"), None, _numeric(m.group("num")), False, body=m.group("title"))
    # (« A.1.a) (M) Le site … », "B.2.a) 99.9% monthly uptime…": a lettered point, whatever
    # its text opens on — its priority in brackets, a figure)
    lettered = m is not None and m.group("num")[-1:].isalpha()
    if m and (m.group("title")[:1].isupper() or lettered):
        num = m.group("num")
        title, box, rest = m.group("title").partition("☒")
        if box:  # "F.2 Hébergement ☒ Les données sont hébergées…": a ticked statement follows
            return Heading(num, title.strip() or None, _numeric(num), False, body=box + rest)
        if any(mark in title for mark in _BOXES):
            # "A.2 Attestation d'assurance jointe ☐ Oui ☐ Non": a line of a form and its answers
            return Heading(num, None, _numeric(num), False, body=m.group("title"))
        run_in = _run_in(m.group("title"))
        if run_in:  # "II.8.1. Responsabilité civile professionnelle. L'adjudicataire dispose…"
            return Heading(num, run_in[0], _numeric(num), False, body=run_in[1])
        if (
            _is_sentence(m.group("title"))
            or num[-1:].isalpha()
            or _LED_TO_VALUE.search(m.group("title"))
        ):
            # (a lettered point, « I.3.a – Le candidat joint… », is always text; so is an
            # entry of a schedule, « A.3  Workers' Compensation ........ Statutory »)
            return Heading(num, None, _numeric(num), False, body=m.group("title"))
        if _title_ok(m.group("title")):
            return Heading(num, m.group("title").strip(" -–—:") or None, _numeric(num), False)
    m = _INSERTED_POINT.match(text)
    if m:
        if _is_sentence(m.group("title")) or not _title_ok(m.group("title")):
            return Heading(m.group("num"), None, None, False, body=m.group("title"))
        return Heading(m.group("num"), m.group("title").strip(" -–—:"), None, False)
    margin = _MARGIN_CODED.match(text)
    said = margin.group("text") if margin else ""
    if margin and not (len(said.split()) <= MAX_MARGIN_TITLE_WORDS and _title_ok(said)):
        # (not « TPR-09  Right to Audit », a code and its short title)
        return Heading(margin.group("num"), None, None, True, body=said)
    m = _CODED.match(text)
    if m and _title_ok(m.group("title")):
        title = m.group("title").strip(" -–—:")
        if m.group("standing"):
            title = f"{title} ({m.group('standing')})"
        return Heading(m.group("num"), title, None, True)
    m = _CARD.match(text)
    if m and not _is_sentence(m.group("title")):
        return Heading(m.group("num"), m.group("title").strip(" -–—:") or None, None, True)
    m = _FINDING.match(text)
    if m and not _is_sentence(m.group("title")):
        return Heading(finding_name(m), m.group("title").strip(" -–—:") or None, None, True)
    m = _PIECE_ARTICLE.match(text)
    if m and _title_ok(m.group("title")) and not _is_sentence(m.group("title")):
        num = m.group("num")
        return Heading(num, m.group("title").strip(), _numeric(num), True)
    m = _CODED_ARTICLE.match(text)
    # « ITEM 011   TRANSITION AND DATA RETURN », a fixed-width print setting its title apart
    # by spaces, in capitals
    spaced = m is not None and bool(_SPACED_TITLE.match(text)) and m.group("title").isupper()
    if m and ("." in m.group("num") or m.group("sep") or spaced):
        num, title = m.group("num"), m.group("title")
        run_in = _run_in(title)
        if run_in and len(run_in[1]) > MIN_RUN_ON_CHARS and not _title_ok(title):
            # "CP 3 – Assurances. Par dérogation à CG 8.1, le Prestataire…": a clause of the
            # special conditions, its title run into its text
            return Heading(num, run_in[0], None, True, body=run_in[1])
        if "." in num and (_is_sentence(title) or not _title_ok(title)):
            return Heading(num, None, None, True, body=title)
        if _title_ok(title):
            return Heading(num, title.strip(" -–—:"), None, True)
    m = _CODED_ARTICLE_ALONE.match(text)
    if m:
        return Heading(m.group("num"), None, None, True)
    m = _ROMAN.match(text)
    if m and _title_ok(m.group("title")) and m.group("title").isupper():
        return Heading(m.group("num"), m.group("title").strip(), None, False)
    return None


MIN_RUN_ON_CHARS = 20  # the text after a run-in title that makes it a paragraph, not a title


# "5.1 The System shall be delivered as a managed cloud service. The contractor…": a first
# sentence that binds is the clause's text, not a title run into it.
_BINDING_VERB = re.compile(
    r"\b(?:shall|must|doit|doivent|devra|devront|s['’]engage|s['’]engagent)\b", re.IGNORECASE
)


def _run_in_title_ok(title: str) -> bool:
    # (« 3.2 Dispo. mens. garantie ≥ 99,8 % »: the stop ends a word cut short, not a title;
    # "2.2 The Service is hosted on Amazon Web Services. Peoplewise…" opens on a sentence)
    return (
        _title_ok(title)
        and not _BINDING_VERB.search(title)
        and not _cut_short(title)
        and not any(w.lower() in _RUN_IN_VERBS for w in title.split()[1:])
    )


_RUN_IN_VERBS = _SENTENCE_WORDS | {"is", "are"}


def _cut_short(title: str) -> bool:
    """Whether the last word before the stop is an abbreviation (« Dispo », « Attest »)."""
    words = title.split()
    return bool(words) and bool(lexicon("abbreviations").find(f"{words[-1]}."))


def _run_in(title: str) -> tuple[str, str] | None:
    """ "Assurances. Le Fournisseur souscrit…" -> ("Assurances", "Le Fournisseur souscrit…"):
    a short title run into the text on its line."""
    run_in, stop, rest = title.partition(". ")
    if stop and len(run_in) <= MAX_RUN_IN_CHARS and _run_in_title_ok(run_in) and rest[:1].isalnum():
        return run_in, rest
    # "Breach reporting - you must report…": a plain-text e-mail sets its title off by a dash
    dashed = _DASHED_RUN_IN.match(title)
    if dashed and _run_in_title_ok(dashed.group(1)):
        return dashed.group(1), dashed.group(2)
    return None


# (a hyphen between spaces, as plain text types a dash; not the en dash a document sets
# between a point's subject and its text, « 7) Violations de données – Le candidat indique… »)
_DASHED_RUN_IN = re.compile(rf"^([A-ZÀ-Þ][^.:;\-–—]{{2,{MAX_RUN_IN_CHARS}}}?)\s-\s(\w.*)$")


def follows(
    previous: tuple[int, ...] | None, candidate: tuple[int, ...], max_step: int = 3
) -> bool:
    """Whether `candidate` can be the next heading number after `previous`.

    9.1 -> 9.2 / 9.1.1 / 10 / 10.1; a gap of up to two missed headings is tolerated, also
    before the first sub-heading (III.2 -> III.2.2, III.1.5 -> III.2.2: a notice's form skips
    the boxes it does not fill).
    """
    if not previous:
        return candidate[0] <= 30 and all(c <= 3 for c in candidate[1:])
    depth = len(previous)
    deeper = candidate[depth:]
    if (
        len(candidate) > depth
        and candidate[:depth] == previous
        and deeper[0] <= 3
        and all(c == 1 for c in deeper[1:])
    ):
        return True  # 9 -> 9.1, 8 -> 8.1.1 when a level is skipped, III.2 -> III.2.2 (no III.2.1)
    if candidate == previous[: len(candidate)]:
        return True  # a number written twice by mistake ("15 - Litiges" then "15 - RGPD")
    for depth in range(len(previous)):
        if candidate[:depth] != previous[:depth] or len(candidate) <= depth:
            continue
        step = candidate[depth] - previous[depth]
        below = candidate[depth + 1 :]
        if 1 <= step <= max_step and all(c <= 1 for c in below[1:]) and below[:1] <= (3,):
            return True
    return False


def _candidate(block: Block) -> Heading | None:
    """The heading a block would open, before bare numbers are checked against each other."""
    named = _NAMED_ANNEX.match(block.text.strip())
    if named and (block.kind is BlockKind.HEADING or block.bold):
        # "Schedule Insurance", « Annexe Sécurité » set as a title: an annex named by its
        # subject, whose paragraphs number afresh ("Schedule Insurance 1")
        return Heading(named.group(0), named.group("name"), None, True)
    if block.kind is BlockKind.HEADING:
        parsed = parse_heading(block.text)
        if parsed and parsed.number:
            return Heading(parsed.number, parsed.title, parsed.numeric, True, parsed.body)
        coded = _coded_title(block.text.strip())
        if coded is not None:
            # « ### EX-12 Journalisation »: a requirement's styled title, its code then its name
            return coded
        dotted = _DOTTED_CODE_TITLE.match(block.text.strip())
        if dotted:
            # « R.2 – Qualité des parties », « B1 – Assurances » set as a title: a clause of a
            # model or a section of a response form numbered by a letter and its number, cited so
            return Heading(dotted.group("code"), dotted.group("title"), None, True)
        numbered = parse_heading(f"{block.number} {block.text}") if block.number else None
        if numbered and numbered.number and numbered.title:
            # "Article 1 –" numbering a heading style in Word: the article is "1", as printed
            return Heading(numbered.number, numbered.title, numbered.numeric, True, numbered.body)
        number = block.number.rstrip(".)") if block.number else None
        # "Nature des prestations sous-traitées :" titles what follows; its reader names it
        # without the colon.
        title = block.text.rstrip(" :\u00a0") or block.text
        return Heading(number, title, _numeric(number or "x"), True)
    if block.kind is BlockKind.LIST_ITEM and block.number and _NUMBERED_BY_WORD.match(block.number):
        # Word's automatic numbering ("Article 5 –", "5.1"): the number the reader sees is not in
        # the paragraph's text; read the two together, as they are printed. (A page that hides
        # its list's numbers prints them in the item, « <li><span>10.1</span> The Supplier… »:
        # the item is read as printed.)
        printed = block.text.startswith(f"{block.number} ") or bool(
            _PRINTED_NUMBER.match(block.text)
        )
        heading = parse_heading(block.text if printed else f"{block.number} {block.text}")
        if heading is None and _LETTERED_POINT.match(block.number):
            # "A.1" before « “Security Incident” means… »: the point is the item, whatever
            # its text opens on
            heading = Heading(block.number, None, None, True, body=block.text)
        if heading is None and block.text[:1].islower():
            # « 5.2(a) death or personal injury… »: a point the format numbers, finishing the
            # sentence of the one above it in lower case; its text, never a title
            capital = parse_heading(f"{block.number} {block.text[:1].upper()}{block.text[1:]}")
            heading = replace(capital, title=None, body=block.text) if capital else None
        return heading
    if block.kind is BlockKind.LIST_ITEM and block.number and _WORD_POINT.match(block.number):
        # « 3. Le site et sa base clients seront hébergés en France… » numbered by Word in a
        # letter: a point of the letter, as a typed « 3) » is, unless the document has
        # headings of its own (then the items of a list)
        point = parse_heading(f"{block.number.rstrip('.)')}. {block.text}")
        return replace(point, listed=True) if point is not None else None
    bulleted = _BULLETED_SECTION.match(block.text) if block.kind is BlockKind.LIST_ITEM else None
    if bulleted:
        # « - **1.3 Violations de données** : notification… » in minutes written in Markdown:
        # a point of the section above it, as its number says; the numbering chain checks it
        return parse_heading(bulleted.group("rest"))
    if block.kind in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM):
        return None
    line = block.text.strip()
    note = _NUMBERED_NOTE.match(line) if block.kind is BlockKind.PARAGRAPH else None
    if note:  # (a paragraph of a word processor; in a PDF, « Note 5 – » may be any line)
        return _note_heading(note)
    if any(p.match(line) for p in (_CODED, _CARD, _FINDING)) and not block.bold:
        # "P-05 – Attestation d'assurance RC Pro", "Exigence E-11 : Le titulaire…": an item of
        # a coded list states its demand; a code opens an article (a requirement card) where
        # the line is set as a title.
        return None
    parsed = parse_heading(block.text)
    if parsed is None and block.bold and _UNNUMBERED_ANNEX.match(line):
        # « ANNEXE – OBLIGATIONS DU TITULAIRE » after a decision's last article: a part of
        # its own, whose points number afresh, not points of that article
        return Heading(None, line, None, True)
    annex = _ANNEX_OF_DOCUMENT.match(line) if parsed is None and block.bold else None
    if annex:
        # "Annexe 1 au Contrat" set as a title: the annex, not the end of a sentence naming it
        return Heading(f"{annex.group('kw').capitalize()} {annex.group('num')}", line, None, True)
    if parsed and block.bold and parsed.number and parsed.title and not parsed.body:
        # "20. EXIT" set in bold after "16.5": a title, whatever the clauses an extract skips.
        return replace(parsed, explicit=True)
    return parsed


_WORD_POINT = re.compile(r"^\d{1,2}[.)]$")
_DOTTED_CODE_TITLE = re.compile(
    r"^(?P<code>[A-Z]{1,3}\.?\d{1,3}(?:\.\d{1,2})?)\s*[-–—:]\s*(?P<title>[A-ZÀ-Þ].{0,100})$"
)
_BULLETED_SECTION = re.compile(r"^[-*•]\s+(?P<rest>\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+[A-ZÀ-Þ].*)$")
_NAMED_ANNEX = re.compile(
    r"^(?i:annexe|annex|appendix|schedule|exhibit)\s+(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þa-zà-ÿ][\w'’-]+)?)$"
)
# « ANNEXE – OBLIGATIONS DU TITULAIRE », "Appendix: Supplier obligations": an annex without a
# number, titled by its subject
_UNNUMBERED_ANNEX = re.compile(r"^(?i:annexe|annex|appendix)\s*[-–—:]\s*[A-ZÀ-Þ]")
# The short name of a law after an article's number: "Article 33 GDPR", « article 28 RGPD ».
_LAW_NAMED = re.compile(r"^(?:UK\s+)?(?:GDPR|RGPD|DSGVO|AVG|LPD|nLPD|LIL)\b")
# "Annexe 1 au Contrat", "Annex 2 to the Agreement": an annex titled by the text it belongs to,
# a heading only when set apart in bold (in running text the same words name it).
_ANNEX_OF_DOCUMENT = re.compile(
    r"^(?P<kw>annexe|annex|appendix|schedule)\s+(?P<num>\d{1,2}|[A-Z])\s+"
    r"(?:au|à\s+la|à\s+l['’]|du|de\s+la|de\s+l['’]|to\s+the|of\s+the)\s*\w+(?:\s+\w+)?$",
    re.IGNORECASE,
)


# A number Word's list numbering prints before a paragraph that may open an article or a
# sub-article: "Article 5 –", "5.1", "5.1.2" (not "1." or "a)" of an ordinary list).
# « 14.4 The Supplier shall… »: an item printing its clause's number, whatever the list counts
_PRINTED_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\s")
_LETTERED_POINT = re.compile(r"^[A-H]\.\d{1,2}$")
# (and "A.1", "B.10": the points of the parts a page's style sheet letters)
_NUMBERED_BY_WORD = re.compile(
    r"^(?:(?:article|art\.)\s*\d{1,3}\b.*|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?:\([a-h]\))?"
    r"|(?-i:[A-H])\.\d{1,2})$",
    re.I,
)


# How far back (in numbered candidates) a heading looks for the one it follows.
CHAIN_REACH = 60
EXPLICIT_WEIGHT = 5  # an "Article 9" or a styled heading counts more than a bare "9.1"


def _numbering_chain(
    numbered: list[tuple[int, tuple[int, ...], bool]], any_start: bool = False, max_step: int = 3
) -> set[int]:
    """Block indices of the heaviest sequence of numbers that follow each other.

    `numbered` holds (block index, number, explicit). One stray number (a table-of-contents
    line left over, "1." of a list) cannot derail the document's numbering: it is simply
    left out of the chain, whatever its position. With `any_start`, the chain may open on
    any number (the excerpts of a model contract open on "II.6.1"); `max_step` is the largest
    jump between two numbers that follow each other.
    """
    best: list[int] = []
    back: list[int] = []
    for n, (_, number, explicit) in enumerate(numbered):
        weight = EXPLICIT_WEIGHT if explicit else 1
        opens = any_start or follows(None, number)
        score, link = (weight if opens else -(10**6)), -1
        for m in range(max(0, n - CHAIN_REACH), n):
            if best[m] + weight > score and follows(numbered[m][1], number, max_step):
                score, link = best[m] + weight, m
        best.append(score)
        back.append(link)
    chain: set[int] = set()
    if not best:
        return chain
    n = max(range(len(best)), key=best.__getitem__)
    while n >= 0 and best[n] > 0:
        chain.add(numbered[n][0])
        n = back[n]
    return chain


# "II.9.3 The contractor shall notify…" under "4 Draft contract", "H.7" under "Section H" of
# an RFP that prints only some of its clauses, an amendment's "12.2" or
# "19-1" written out anew: numbers of two levels or more, in a text whose own numbering is
# another.
_LETTERED_SECTION = re.compile(r"^(?:Section|Part|Partie) [A-H]$")
_EXCERPT_NUMBER = re.compile(r"^(?:[IVX]{1,4}\.\d|[A-H]\.\d|\d{1,2}[.\-]\d)")
MIN_SECOND_CHAIN = 3
EXCERPT_STEP = 30  # excerpts of a model skip articles: II.10 then II.14.1, IC 19.1 then IC 36.2


_NUMERO = re.compile(rf"^{_NUMERO_SIGN}", re.IGNORECASE)
_ARTICLE_WORD = re.compile(r"^(?:article|art\.?|cl[áa]usula|artigo)\s*\d", re.IGNORECASE)
# "§ 2" under "Art. 5", cited "5 §2"; "n.º 2" under "Cláusula 12.ª", cited "12 2".
_PARAGRAPH_SIGN = re.compile(rf"^(?P<sign>§|{_NUMERO_SIGN})\s*\d")


def _paragraphs_of_articles(blocks: list[Block], found: dict[int, Heading]) -> dict[int, Heading]:
    """ "§ 2" under "Art. 5 – Pénalités" is the article's second paragraph, cited "5 §2"; in a
    text made only of "§ 12" paragraphs, each is an article of its own."""
    article: Heading | None = None
    paragraphs: dict[int, Heading] = {}
    for i in sorted(found):
        text = blocks[i].text.strip()
        if _ARTICLE_WORD.match(text):
            article = found[i]
        elif article is not None and article.number and (sign := _PARAGRAPH_SIGN.match(text)):
            heading = found[i]
            mark = "§" if sign.group("sign") == "§" else ""
            number = f"{article.number} {mark}{heading.number}"
            paragraphs[i] = Heading(
                number, heading.title or article.title, None, False, body=heading.body
            )
        else:
            article = None if found[i].explicit and found[i].number else article
    return {**found, **paragraphs}


def _second_numbering(
    candidates: dict[int, Heading], chain: set[int], lettered_parts: set[str]
) -> set[int]:
    """The headings of a second numbering left out of the document's own chain: the excerpts of
    a model contract ("II.9.3"), the articles an amendment writes out anew ("12.2", "19-1"),
    when at least MIN_SECOND_CHAIN of them follow each other. A lettered number ("H.7") counts
    under its lettered section only ("Section H", or the parts « C – HÉBERGEMENT » of a form
    before its articles): "A.2 Attestation jointe ☐" elsewhere is the reference of a form's
    line."""
    sections = {
        h.number[-1] for h in candidates.values() if h.number and _LETTERED_SECTION.match(h.number)
    } | lettered_parts
    numbered = [
        (i, h.numeric, h.explicit)
        for i, h in candidates.items()
        if h.numeric
        and i not in chain
        and _EXCERPT_NUMBER.match(number := h.number or "")
        and (not number[:1].isalpha() or number[:1] in sections or number[:1] in "IVX")
    ]
    second = _numbering_chain(numbered, any_start=True, max_step=EXCERPT_STEP)
    return second if len(second) >= MIN_SECOND_CHAIN else set()


def _points_of_articles(candidates: dict[int, Heading]) -> set[int]:
    """Block indices of the numbered paragraphs of the article heading them ("11.1" under
    "IC 11. Documents constitutifs de l'offre", "9.2" under "ARTICLE 9"), whatever the gaps in
    the numbering of the articles (a tender file prints articles 5, 11, 19 and 35 of its
    model)."""
    points: set[int] = set()
    article: str | None = None
    for i in sorted(candidates):
        heading = candidates[i]
        if heading.explicit and heading.numeric and len(heading.numeric) == 1:
            article = heading.number
        elif heading.explicit:
            article = None
        elif article and heading.numeric and (heading.number or "").startswith(f"{article}."):
            points.add(i)
    return points


def _opens_annex(heading: Heading) -> bool:
    """ "Schedule 5", « Annexe 2 au contrat », « ANNEXE – OBLIGATIONS DU TITULAIRE »: a heading
    after which numbering starts again."""
    if not heading.explicit:
        return False
    if heading.number is None:
        return bool(_UNNUMBERED_ANNEX.match(heading.title or ""))
    return bool(ANNEX_NUMBER.match(heading.number))


def _numbered_afresh(candidates: dict[int, Heading]) -> set[int]:
    """Block indices of the numbered headings that follow each other, the numbering starting
    again in each annex: "Schedule 7 – Insurance" numbers its paragraphs "1.1", "2.1", "3.1"
    after the agreement's clauses 1 to 16 and "Schedule 5"'s own "1.1", "2.1"; so may each
    lettered part of an annex ("Part B – Hosting" from « 1.1 » again)."""
    annexes = [i for i, h in candidates.items() if _opens_annex(h)]
    parts = [
        i
        for i, h in candidates.items()
        if annexes and i > annexes[0] and _LETTERED_PART.match(h.number or "")
    ]
    bounds = [0, *sorted([*annexes, *parts]), max(candidates, default=0) + 1]
    chain: set[int] = set()
    for start, end in pairwise(bounds):
        numbered = [
            (i, h.numeric, h.explicit)
            for i, h in candidates.items()
            if h.numeric and start <= i < end
        ]
        chain |= _numbering_chain(numbered)
    return chain


# An extract of a numbered text (« 3 Special Conditions of Contract (extract) » then « 3.6 »,
# « 3.7 » … « 3.13 ») starts past the first points: a run of at least this many consecutive
# points of a heading, right after it, is its numbering whatever the point it starts at.
MIN_EXTRACT_RUN = 4
_KEYWORD_NUMBER = re.compile(r"^(?:section|article|part|chapter|clause)\s+(\d{1,2})$", re.I)


def _extract_runs(candidates: dict[int, Heading], chain: set[int]) -> set[int]:
    """Block indices of the consecutive points (« 3.6 », « 3.7 », « 3.8 », « 3.9 ») that follow
    a heading of the chain (« 3 ») before its next one, when they number its points but start
    too far for `follows`."""
    runs: set[int] = set()
    ordered = sorted(candidates)
    for position, i in enumerate(ordered):
        heading = candidates[i]
        keyword = _KEYWORD_NUMBER.match(heading.number or "")
        parent = heading.numeric or (_numeric(keyword.group(1)) if keyword else None)
        if not parent or not (i in chain or heading.explicit):
            continue
        run: list[int] = []
        for j in ordered[position + 1 :]:
            if j in chain:
                break
            numeric = candidates[j].numeric
            expected = run and candidates[run[-1]].numeric
            if numeric is None or len(numeric) != len(parent) + 1 or numeric[:-1] != parent:
                break
            if expected and numeric[-1] != expected[-1] + 1:
                break
            run.append(j)
        if len(run) >= MIN_EXTRACT_RUN:
            runs.update(run)
    return runs


# A list numbered afresh inside numbered text ("1. La méthodologie…" to "6. Réversibilité :"
# under "4.2 Documents à produire"): at least MIN_LIST_RUN items 1, 2, 3… each within
# MAX_ITEM_LINES blocks of the one before.
MIN_LIST_RUN = 3
MAX_ITEM_LINES = 4


def _restarted_lists(candidates: dict[int, Heading], blocks: list[Block]) -> set[int]:
    """Block indices of the items of lists that number afresh from "1." after the text's own
    numbering has gone past 1, within one annex. Every item is the list's, even one whose
    number would follow the text's ("4." after 4.2, "5." before "Article 5"), but not a title
    set in bold after items that are not (« **7. Fin du contrat** » after a list of six)."""
    items: set[int] = set()
    run: list[int] = []
    highest = 0
    for i in sorted(candidates):
        heading = candidates[i]
        numeric = heading.numeric
        if heading.listed:
            continue  # "1) …" points, numbered afresh under each title, are read apart
        if _opens_annex(heading):
            highest = 0
        bare = numeric is not None and len(numeric) == 1 and not heading.explicit
        set_apart = bool(run) and blocks[i].bold and not blocks[run[0]].bold
        if (
            bare
            and run
            and numeric == (len(run) + 1,)
            and i - run[-1] <= MAX_ITEM_LINES
            and not set_apart
        ):
            run.append(i)
            continue
        if len(run) >= MIN_LIST_RUN:
            items.update(run)
        run = [i] if bare and numeric == (1,) and highest > 1 else []
        if numeric and not run:
            highest = max(highest, numeric[0])
    if len(run) >= MIN_LIST_RUN:
        items.update(run)
    return items


MIN_TITLED_POINTS = 3


def _titled_points(candidates: dict[int, Heading]) -> set[int]:
    """Block indices of a run "1) Contexte. …", "2) Contenu de votre offre. …", … "n)" whose
    every point opens on a run-in title: the numbered paragraphs of a letter, cited "2" as its
    reader cites them, though the letter also has a title or an attachment's headings. A list's
    items "1) une attestation…" carry no title of their own."""
    run: list[int] = []
    for i in sorted(candidates):
        heading = candidates[i]
        if not heading.listed:
            continue
        if heading.title and heading.body and heading.numeric == (len(run) + 1,):
            run.append(i)
            continue
        break
    return set(run) if len(run) >= MIN_TITLED_POINTS else set()


def _plan_heading(
    heading: PlanHeading, blocks: list[Block], i: int, planned: dict[int, PlanHeading]
) -> Heading:
    """ "1. Localisation" titles its points; "1. Le portail est exploité depuis…" is a paragraph
    whose text runs on, and a point « a) » is always text."""
    text = heading.text
    point = heading.number.count(".") == POINT_DEPTH
    runs_on = (
        i + 1 < len(blocks) and i + 1 not in planned and blocks[i + 1].text.strip()[:1].islower()
    )
    if not point and _title_ok(text) and not _is_sentence(text) and not runs_on:
        return Heading(heading.number, text.strip(" :"), None, True)
    return Heading(heading.number, None, None, True, body=text)


MIN_NUMBERED_PARAGRAPHS = 4
MIN_TITLES_CROSSED = 2
_PARAGRAPH_MARK = re.compile(r"^\((\d{1,3})\)$")


def _numbered_paragraphs(blocks: list[Block]) -> dict[int, Heading]:
    """The paragraphs a word processor numbers « (1) », « (2) » … through the whole document,
    across its titles, never starting afresh: the clauses of an addendum, cited "10" (their
    lettered points "8(b)"). A list « (1) … (3) » under one title is a list."""
    marked = [
        (i, int(m.group(1)))
        for i, b in enumerate(blocks)
        if b.kind is BlockKind.LIST_ITEM and b.number and (m := _PARAGRAPH_MARK.match(b.number))
    ]
    if len(marked) < MIN_NUMBERED_PARAGRAPHS or [n for _, n in marked] != list(
        range(1, len(marked) + 1)
    ):
        return {}
    first, last = marked[0][0], marked[-1][0]
    if sum(1 for b in blocks[first:last] if b.kind is BlockKind.HEADING) < MIN_TITLES_CROSSED:
        return {}
    return {i: Heading(str(n), None, (n,), True, body=blocks[i].text) for i, n in marked}


def _headings(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the heading it opens."""
    planned = french_plan(blocks)
    if planned:
        # (a correction notice's parts, « II. CCAP », hold the articles it corrects)
        plan = {i: _plan_heading(h, blocks, i, planned) for i, h in planned.items()}
        return {**plan, **_corrected_articles(blocks)}
    lettered = _lettered_under_capitals(blocks)
    if lettered:
        return lettered
    candidates = {i: h for i, b in enumerate(blocks) if (h := _candidate(b)) is not None}
    candidates.update(_numbered_paragraphs(blocks))
    candidates = _wrapped_sentences(blocks, candidates)
    candidates = dict(sorted({**candidates, **_lower_case_points(blocks, candidates)}.items()))
    if any(h.explicit or (h.number and not h.listed) for h in candidates.values()):
        # A document with headings of its own: its "1)" are the items of lists, unless they
        # are the titled points of a letter (see _titled_points) or titles set apart as the
        # others are (« 4) Sécurité et RGPD » underlined by « ==== » like « 3 - Hébergement »).
        titled = _titled_points(candidates) | {
            i for i, h in candidates.items() if h.listed and h.title and blocks[i].bold
        }
        candidates = {i: h for i, h in candidates.items() if not h.listed or i in titled}
    unfiltered = candidates
    listed = _restarted_lists(candidates, blocks)
    candidates = {i: h for i, h in candidates.items() if i not in listed}
    chain = _numbered_afresh(candidates)
    lettered_parts = _lettered_sections(blocks)
    chain |= _second_numbering(candidates, chain, {h.number or "" for h in lettered_parts.values()})
    chain |= _points_of_articles(candidates)
    chain |= _extract_runs(candidates, chain)
    found = {i: h for i, h in candidates.items() if h.explicit or h.numeric is None or i in chain}
    if _is_numbered_list(found, len(blocks)):
        found = {}
    found = _within_titled_parts(blocks, found, candidates)
    found = _capitals_after_points(blocks, found)
    found = _sections_as_articles(found)
    found = _paragraphs_of_articles(blocks, found)
    found = _within_roman_parts(blocks, found, candidates)
    found = _without_repeated_paragraphs(found)
    found = _parts_of_annexes(blocks, found)
    found = _within_annexes(found)
    points = _lettered(blocks, found)
    found.update(points)
    found.update(_annex_titles(blocks, found, points))
    found.update({i: h for i, h in lettered_parts.items() if i not in found})
    found = _within_lettered_parts(found, lettered_parts, unfiltered, len(blocks))
    found.update({i: h for i, h in _labelled_letters(blocks).items() if i not in found})
    found.update({i: h for i, h in _worded_requirements(blocks).items() if i not in found})
    found.update(_answered_questions(blocks))
    found.update(_unanswered_questions(blocks))
    found.update({i: h for i, h in _chat_messages(blocks).items() if i not in found})
    found.update(_amending_clauses(blocks))
    found.update(_corrected_articles(blocks))
    found.update(_replacing_sections(blocks, found))
    special = {i: h for i, h in _special_conditions(blocks).items() if i not in found}
    found.update(special)
    found.update(_repeated_lines(blocks, _record_id, _LINES))
    notes = _repeated_lines(blocks, _note_line, _LINES)
    if notes and _under_a_table(blocks, min(notes)):
        found.update({i: h for i, h in notes.items() if i not in found})
    coded = _repeated_lines(blocks, _coded_title, _LINES_AND_PARAGRAPHS)
    found.update({i: h for i, h in coded.items() if i not in found})
    found.update(_eyebrow_codes(blocks, coded, found))
    recalled = _repeated_lines(blocks, _recalled_article, _LINES)
    found.update({i: h for i, h in recalled.items() if i not in found})
    stamped = _repeated_lines(blocks, _time_stamped, _LINES_AND_PARAGRAPHS)
    found.update({i: h for i, h in stamped.items() if i not in found})
    if found:
        found.update(_titles_after_points(blocks, found))
        found.update(_points_of_lettered_sections(blocks, found))
    if special and found.keys() <= special.keys():
        # « CONDITIONS PARTICULIÈRES » over « Assurances. — Le titulaire … »: the titles run
        # into their paragraphs are its parts
        run_in = _titles(blocks, _run_in_title)
        if len(run_in) >= MIN_RUN_IN_TITLES:
            found.update(run_in)
    if not found:
        # Nothing numbered: the titles are the lines set in bold ("Présentation des
        # candidatures et des offres"), else the lines ending with ":" ("Conditions de
        # participation :"), as in a notice.
        bold = _titles(blocks, _bold_title)
        run_in = _titles(blocks, _run_in_title)
        outline = _outline_titles(blocks)
        capitals = _titles(blocks, _capitals_title)
        colon = _titles(blocks, _colon_title)
        sized = _titles(blocks, _sized_title(body_size(blocks)))
        run_in_paragraphs = _paragraph_titles(blocks)
        if len(run_in) >= MIN_RUN_IN_TITLES:
            found = run_in
        elif len(bold) >= MIN_BOLD_TITLES:
            found = bold
        elif len(sized) >= MIN_SIZED_TITLES:
            found = sized
        elif len(outline) >= MIN_OUTLINE_TITLES:
            found = outline
        elif len(capitals) >= MIN_CAPITALS_TITLES:
            found = capitals
        elif len(run_in_paragraphs) >= MIN_RUN_IN_TITLES:
            # (last: a letter sets them in bold, which its lines do not tell)
            found = run_in_paragraphs
        else:
            found = colon or bold
        # A notice titled by "Conditions de participation :" lines writes "Label : value"
        # lines inside its sections; a form without such titles is made of its fields.
        fields = _titles(blocks, _field_title)
        if (
            not colon
            and len(fields) >= MIN_FIELD_LINES
            and not _prose_under_titles(blocks, fields, len(bold) >= MIN_BOLD_TITLES)
        ):
            found = {**found, **fields}
        found = {**found, **_lettered_points(blocks)}
    return found


# A title this long, in the body's type, going on in lower case on the next line, is the first
# line of the article's sentence (« § 4-4 – Le titulaire veille à ce que chacun de ses
# sous-traitants soit couvert par des garanties » then « de même nature… »).
MIN_WRAPPED_SENTENCE_WORDS = 9


# "14.1.1 professional indemnity insurance …;": a numbered point finishing the sentence
# of its clause in lower case.
_LOWER_CASE_POINT = re.compile(
    # (« 23.2(b)(i) third party (public) liability insurance … », its letter and sub-point too)
    r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,4}(?:\([a-h]\)(?:\([ivx]{1,4}\))?)?)\.?\s+(?P<text>[a-zà-ÿ].*)$"
)
# What ends the line before a point: the announcing colon, or the end of the point before.
_BEFORE_POINT = re.compile(r"(?:[:;]|\b(?:and|or|et|ou))\s*$", re.IGNORECASE)


def _lower_case_points(blocks: list[Block], candidates: dict[int, Heading]) -> dict[int, Heading]:
    """ "14.1 The Supplier shall keep the following insurances:" then "14.1.1 professional
    indemnity insurance … per occurrence and" … "14.1.2 public liability insurance …": points
    numbered under their clause that finish its sentence in lower case, each cited by its number.
    A line opening on a number in lower case elsewhere ("14.1 du CCAG" wrapped) stays text: a
    point is the first below the last number seen, after a colon, or the next after a point
    ended by « ; », "and" or "or"."""
    found: dict[int, Heading] = {}
    last: tuple[int, ...] | None = None
    previous = ""
    for i, block in enumerate(blocks):
        heading = candidates.get(i)
        # (lines of a page: a word processor's paragraphs are read by _points_of_articles)
        lined = heading is None and block.kind is BlockKind.LINE
        m = _LOWER_CASE_POINT.match(block.text.strip()) if lined else None
        if heading is not None and heading.numeric:
            last = heading.numeric
        elif m and last and _BEFORE_POINT.search(previous) and (numeric := _numeric(m["num"])):
            first = numeric == (*last, 1) and previous.rstrip().endswith(":")
            # (the next at the point's level or at a level above: « 23.2(c) » after
            # « 23.2(b)(ii) »)
            level = len(numeric)
            following = (
                any(j in found for j in range(i - MAX_ITEM_LINES, i))
                and level <= len(last)
                and numeric[:-1] == last[: level - 1]
                and numeric[-1] == last[level - 1] + 1
            )
            if first or following:
                found[i] = Heading(m.group("num"), None, numeric, False, body=m.group("text"))
                last = numeric
        previous = block.text
    return found


def _wrapped_sentences(blocks: list[Block], candidates: dict[int, Heading]) -> dict[int, Heading]:
    """The candidates whose "title" is a sentence wrapped onto the next line, as their text."""
    out = dict(candidates)
    for i, heading in candidates.items():
        block = blocks[i]
        if (
            heading.title is None
            or heading.body is not None
            or block.kind is not BlockKind.LINE
            or block.bold
            or len(heading.title.split()) < MIN_WRAPPED_SENTENCE_WORDS
            or " : " in heading.title  # « … (repli) Statut : Position de repli – non »: fields
            or i + 1 >= len(blocks)
            or i + 1 in candidates
        ):
            continue
        after = blocks[i + 1]
        if after.kind is not BlockKind.LINE or after.bold:
            continue
        if after.text.lstrip()[:1].islower() or _conspicuous_wrap(heading.title, after.text):
            out[i] = replace(heading, title=None, body=heading.title)
    return out


def _conspicuous_wrap(first: str, after: str) -> bool:
    """Whether a clause set in capitals throughout, as US contracts set their limitations of
    liability to be conspicuous (« 7.1 EXCEPT FOR EXCLUDED CLAIMS, EACH PARTY'S TOTAL » over
    « LIABILITY … SHALL NOT EXCEED … »), goes on from its first line: both lines in capitals,
    the first ending mid-sentence, with a comma or an apostrophe no title has."""
    return (
        first.isupper()
        and after.strip().isupper()
        and not first.rstrip().endswith((".", ":", ";"))
        and bool(re.search(r"[,’']", first))
    )


# "Krav 4.12 – Tilgængelighed", "Anforderung 3.1 – Hosting": a requirement numbered under a
# word of a language the other patterns do not know, the word repeated on each requirement.
_WORDED_REQUIREMENT = re.compile(
    r"^(?P<kw>[A-ZÀ-Þ][a-zà-ÿ]{1,11})\s+(?P<num>\d{1,3}(?:\.\d{1,3}){1,4})\s*[-–—:]\s*"
    r"(?P<title>[A-ZÀ-Þ].*)$"
)
# Captions, pages and the parts of a procedure, numbered the same way, are no requirements.
_NOT_REQUIREMENT_WORDS = frozenset(
    ["table", "tableau", "figure", "fig", "illustration", "schéma", "schema", "graphique",
     "page", "version", "lot", "phase", "étape", "etape", "step", "option", "niveau", "level",
     "tranche", "annexe", "annex", "appendix", "item", "jour", "day", "semaine", "week"]
)  # fmt: skip
MIN_WORDED_REQUIREMENTS = 3


def _worded_requirements(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the requirement it opens, where one word numbers at least
    MIN_WORDED_REQUIREMENTS of them; cited by the number ("4.12"). A marker in brackets after
    the title ("Availability [Knock-out]") stays in the title."""
    by_word: dict[str, dict[int, Heading]] = {}
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_ROW:
            continue
        m = _WORDED_REQUIREMENT.match(block.text.strip())
        if m is None or m.group("kw").lower() in _NOT_REQUIREMENT_WORDS:
            continue
        title = m.group("title").strip()
        if _is_sentence(title) or not _title_ok(title):
            continue
        num = m.group("num")
        by_word.setdefault(m.group("kw"), {})[i] = Heading(num, title, _numeric(num), True)
    return {
        i: h
        for headings in by_word.values()
        if len(headings) >= MIN_WORDED_REQUIREMENTS
        for i, h in headings.items()
    }


# "Q7 – Violations de données" over "Question : …" then "Réponse du CHU : …": the buyer's
# published answers, each block holding the bidder's question and the answer that demands.
_QUESTION_ITEM = re.compile(r"^Q\s?(?P<num>\d{1,3})\s*[-–—:.)]\s*(?P<title>[A-ZÀ-Þ].*)$")
_QUESTION_LABEL = re.compile(r"^(?:question|q)\s*:\s*(?P<body>.*)$", re.I)
_ANSWER_LABEL = re.compile(
    r"^(?:r[ée]ponse|answer|response|reply)\b[^:]{0,40}:\s*(?P<body>.*)$", re.I
)
MIN_QUESTION_ITEMS = 3


_MARKED_QUESTION = re.compile(r"\?\s*[\[(][^\[\]()]{1,60}[\])]\s*$")


def _questions_in_sequence(numbers: list[int]) -> bool:
    """Whether numbered questions are at least MIN_QUESTION_ITEMS, counting up by one."""
    return len(numbers) >= MIN_QUESTION_ITEMS and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )


def _answered_questions(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the heading it opens, in the buyer's answers to the bidders' questions
    numbered "Q1", "Q2"… (at least MIN_QUESTION_ITEMS in sequence): the question is titled
    "Question 7" and demands nothing (it restates the tender as it was); the answer is cited
    by the item's number ("Q7") under the item's title."""
    items = [
        (i, m)
        for i, b in enumerate(blocks)
        if b.kind is not BlockKind.TABLE_ROW and (m := _QUESTION_ITEM.match(b.text.strip()))
    ]
    if not _questions_in_sequence([int(m.group("num")) for _, m in items]):
        return {}
    found: dict[int, Heading] = {}
    ends = [i for i, _ in items[1:]] + [len(blocks)]
    for (start, m), end in zip(items, ends, strict=True):
        number, title = f"Q{m.group('num')}", m.group("title")
        found[start] = Heading(number, title, None, True)
        asked = next(
            (i for i in range(start + 1, end) if _QUESTION_LABEL.match(blocks[i].text.strip())),
            None,
        )
        if asked is None:
            if _MARKED_QUESTION.search(title):
                # « Q4. Do you hold Public Liability insurance of at least £5,000,000?
                # [Pass/Fail] » in a form: the question is the item's text, read with the mark
                # saying how it counts (a bidder's question answered below is its title)
                found[start] = Heading(number, None, None, True, body=title)
            continue
        question = _QUESTION_LABEL.match(blocks[asked].text.strip())
        assert question is not None
        found[asked] = Heading(
            None, f"Question {m.group('num')}", None, True, body=question.group("body") or None
        )
        for i in range(asked + 1, end):
            answer = _ANSWER_LABEL.match(blocks[i].text.strip())
            if answer is not None:
                found[i] = Heading(number, title, None, True, body=answer.group("body") or None)
                break
    return found


# "RÉPONSE 4", "Answer 4": the buyer's answer to a numbered question
_ANSWER_OF = re.compile(r"^(?:r[ée]ponse|answer)\s*(?:n[°o]\s*)?\d", re.IGNORECASE)


def _unanswered_questions(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the heading of a question of a supplier questionnaire: "Question 12"
    alone on its line, at least MIN_QUESTION_ITEMS in sequence, and no answer numbered after
    them ("RÉPONSE 12", "R12"). The question is then the form's item, cited by its number, its
    wording and expected answer the item's text."""
    items = [(i, m) for i, b in enumerate(blocks) if (m := _ASKED.match(b.text.strip()))]
    if not _questions_in_sequence([int(m.group("num")) for _, m in items]):
        return {}
    if any(_ANSWER_OF.match(b.text.strip()) or _ANSWERED.match(b.text.strip()) for b in blocks):
        return {}
    return {i: Heading(m.group("num"), None, _numeric(m.group("num")), True) for i, m in items}


# (a point an e-mail withdraws keeps its letter alone: parsing/thread.py)
_LETTER_POINT = re.compile(r"^(?P<letter>[a-z])\)(?:\s+(?P<body>\S.*))?$")


# "A – Pouvoir adjudicateur", "B – Dispositions générales": the parts of a form (acte
# d'engagement, DC1), lettered in sequence, a dash between letter and title.
# (« A. MINIMUM COVERAGES AND LIMITS »: after a dot, a title in capitals, not "A. The Supplier")
_LETTERED_SECTION_TITLE = re.compile(
    r"^(?P<letter>[A-H])(?:\s*[-–—]\s+|\.\s+(?=[^a-zà-ÿ]+$))(?P<title>[A-ZÀ-Þ].*)$"
)
MIN_LETTERED_SECTIONS = 3


# "INSURANCE", "DATA SECURITY AND HOSTING": the titles in capitals of a US contract's
# provisions, each lettering its paragraphs « A. », « B. » afresh, their points « 1. », « 2. »
_CAPITAL_TITLE_LINE = re.compile(r"^[A-Z][A-Z &,'’/-]{3,60}$")
_LETTERED_PARAGRAPH = re.compile(r"^(?P<letter>[A-H])\.\s+(?P<body>\S.*)$")
_POINT_OF_PARAGRAPH = re.compile(r"^(?P<n>\d{1,2})\.\s+(?P<body>\S.*)$")
MAX_CAPITAL_TITLE_WORDS = 6
MIN_LETTERED_TITLES = 2


def _lettered_under_capitals(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> heading, for provisions titled in capitals whose paragraphs are lettered
    afresh under each title (« INSURANCE » / « A. The Contractor shall maintain … » / « 1.
    Commercial general liability … »): each paragraph cited with its title ("INSURANCE A"),
    each point with its paragraph ("INSURANCE A.1"), the letters naming nothing alone. Only
    where at least MIN_LETTERED_TITLES titles letter their paragraphs so."""
    found: dict[int, Heading] = {}
    title: str | None = None
    expected = "A"
    letter: str | None = None
    point = 1
    lettering: set[str] = set()
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind is BlockKind.TABLE_ROW:
            continue
        if _CAPITAL_TITLE_LINE.match(text) and len(text.split()) <= MAX_CAPITAL_TITLE_WORDS:
            title, expected, letter = text, "A", None
            found[i] = Heading(None, title, None, True)
            continue
        paragraph = _LETTERED_PARAGRAPH.match(text) if title else None
        if paragraph and paragraph.group("letter") == expected:
            letter, expected, point = expected, chr(ord(expected) + 1), 1
            found[i] = Heading(f"{title} {letter}", None, None, True, body=paragraph.group("body"))
            lettering.add(title or "")
            continue
        sub = _POINT_OF_PARAGRAPH.match(text) if letter else None
        if sub and int(sub.group("n")) == point:
            number = f"{title} {letter}.{point}"
            found[i] = Heading(number, None, None, True, body=sub.group("body"))
            point += 1
    return found if len(lettering) >= MIN_LETTERED_TITLES else {}


def _lettered_sections(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the lettered part it opens, when at least MIN_LETTERED_SECTIONS follow
    each other from "A"."""
    parts: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _LETTERED_SECTION_TITLE.match(block.text.strip())
        if m is None or block.kind is BlockKind.TABLE_ROW:
            continue
        title = m.group("title").strip()
        if _is_sentence(title) or not _title_ok(title):
            continue
        if ord(m.group("letter")) - ord("A") == len(parts):
            parts[i] = Heading(m.group("letter"), title, None, True)
    return parts if len(parts) >= MIN_LETTERED_SECTIONS else {}


# « A. Availability: the dashboard must be available 99.9%… » then « B. Service credits: … »:
# points lettered in order, each run into its label, cited by the letter.
_LABELLED_LETTER = re.compile(
    r"^(?P<letter>[A-H])\.\s+(?P<label>[A-ZÀ-Þ][^:.;|]{1,40}):\s+(?P<body>\S.*)$"
)


def _labelled_letters(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the lettered point it opens, when at least MIN_LETTERED_SECTIONS of
    them follow each other from "A"."""
    points: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        m = _LABELLED_LETTER.match(text)
        if m is None or block.kind is BlockKind.TABLE_ROW:
            continue
        if ord(m.group("letter")) - ord("A") == len(points):
            points[i] = Heading(m.group("letter"), None, None, True, body=text[m.start("label") :])
        elif points and m.group("letter") == "A":
            break  # a second list lettered afresh: only the first is read
    return points if len(points) >= MIN_LETTERED_SECTIONS else {}


def _within_lettered_parts(
    found: dict[int, Heading],
    parts: dict[int, Heading],
    candidates: dict[int, Heading],
    length: int,
) -> dict[int, Heading]:
    """The headings, with the points "1.", "2." of each lettered part ("A. COMMERCIAL GENERAL
    LIABILITY", "B. TECHNOLOGY ERRORS AND OMISSIONS") cited with their part ("A.1", "B.2")
    where the parts number their points from 1 again, as an insurance exhibit does."""
    bounds = [*sorted(parts), length]
    chains: list[set[int]] = []
    for start, end in pairwise(bounds):
        points: list[tuple[int, tuple[int, ...], bool]] = [
            (i, h.numeric, h.explicit)
            for i, h in candidates.items()
            if start < i < end and not h.explicit and h.numeric and len(h.numeric) == 1
        ]
        chains.append(_numbering_chain(points))
    if sum(1 for chain in chains if chain) < MIN_RESTARTED_PARTS:
        return found
    out = dict(found)
    for (start, _), chain in zip(pairwise(bounds), chains, strict=True):
        letter = parts[start].number
        for i in chain:
            point = candidates[i]
            out[i] = replace(point, number=f"{letter}.{point.number}", numeric=None)
    return dict(sorted(out.items()))


# Lettered parts whose points are cited with their letter: at least this many number points.
MIN_RESTARTED_PARTS = 2


# "Conditions particulières" over the box of an order form whose conditions générales are
# printed on the back: the part of the order that sets its own terms, cited by its title.
# (« CONDITIONS PARTICULIÈRES – elles prévalent sur les conditions générales imprimées
# ci-dessous. » on an order form: the title, then a word on what it is)
_SPECIAL_CONDITIONS = re.compile(
    r"^(?P<title>(?:conditions?\s+(?:particuli[eè]res|sp[ée]ciales|sp[ée]cifiques)|special\s+"
    r"conditions|particular\s+conditions))\s*(?::|\s[–—-]\s+(?P<body>[^|]{1,160}))?$",
    re.IGNORECASE,
)


# "Control ID:  VSA-07", « Identifiant : EX-HEB-04 »: the field opening a record of key-value
# lines (then "Title:", "Level:", "Requirement:", "Evidence:"), by which the record is cited.
_RECORD_ID = re.compile(
    r"^(?:(?:control|requirement|req\.?|exigence|mesure|measure|item)\s+)?"
    rf"(?:id|ref\.?|reference|r[ée]f[ée]rence|identifi(?:er|ant)|code)\s*:\s*(?P<code>{DASHED_CODE})\s*$",
    re.IGNORECASE,
)
MIN_RECORDS = 2


# « EXG-HEB-02 Impératif Localisation des données » over its paragraph: the frame of a
# requirement in a specification exported from a drafting tool, its code then its level and
# title on a line of their own.
# (« PSF-01 — Certification HDS Niveau : Obligatoire »: a dash after the code and the level
# after the title, as a policy frames its requirements; with a dash and no level, a coded item)
_CODED_TITLE = re.compile(
    rf"^(?P<code>{DASHED_CODE})\s+(?P<dash>[-–—]\s+)?(?P<title>[A-ZÀ-Þ][^.;:|]{{0,80}}?)"
    r"(?:\s+(?P<field>(?:niveau|level|priorit[ée]|priority|statut|status)\s*:\s*[^.;:|]{1,30}))?$",
    re.IGNORECASE,
)
MAX_CODED_TITLE_WORDS = 8


# « CCAP art. 8.1 - Responsabilité civile professionnelle d'un montant minimal de … »: a line
# recalling an article of a piece of the consultation, in minutes or a report listing the
# demands of the file, cited by the piece and its article.
_RECALLED_ARTICLE = re.compile(
    r"^(?P<piece>CCAP|CCTP|CCP|CCAG|RC|AE|BPU|DPGF|CCTG)\s+(?:art\.|article)\s*"
    r"(?P<num>\d{1,3}(?:\.\d{1,2}){0,3})\s*[-–—:]\s+(?P<body>\S.*)$"
)


def _recalled_article(text: str) -> Heading | None:
    m = _RECALLED_ARTICLE.match(text)
    if m is None:
        return None
    return Heading(f"{m.group('piece')} {m.group('num')}", None, None, True, body=m.group("body"))


def _coded_title(text: str) -> Heading | None:
    opening = _CODED_SENTENCE.match(text)
    if opening is not None and _OPENS_SENTENCE.match(opening.group("body")):
        # « REQ-HOST-003 The data centres … must hold … »: the code opens its sentence
        return Heading(opening.group("code"), None, None, True, body=opening.group("body"))
    m = _CODED_TITLE.match(text)
    if m is None or len(m.group("title").split()) > MAX_CODED_TITLE_WORDS:
        return None
    if m.group("dash") and not m.group("field"):
        return None  # « O-6 – Maintenir la certification… »: a coded item, its text after it
    title = m.group("title").strip()
    if m.group("field"):
        title = f"{title} ({m.group('field')})"  # (the level stays with the title it frames)
    return Heading(m.group("code"), title, None, True)


_CODED_SENTENCE = re.compile(rf"^(?P<code>{DASHED_CODE})\s+(?P<body>[A-ZÀ-Þ].*)$")
# The words a sentence opens on, which no title does: an article, a pronoun
_OPENS_SENTENCE = re.compile(
    r"^(?:the|a|an|it|this|these|le|la|les|un|une|il|elle|ce|cette|ces)(?:\s|$)", re.IGNORECASE
)


def _eyebrow_codes(
    blocks: list[Block], coded: dict[int, Heading], found: dict[int, Heading]
) -> dict[int, Heading]:
    """« ENG-04  Inclus » over the styled title « Disponibilité garantie de 99,95 % » of a
    web page's card: the code (and the badge beside it) set above the title names the card,
    whose title is the heading under it (read as the title of the code by the segment loop)."""
    out: dict[int, Heading] = {}
    for i, heading in coded.items():
        after = i + 1
        if (
            after < len(blocks)
            and blocks[after].kind is BlockKind.HEADING
            and (after not in found or found[after].number is None)
            and parse_heading(blocks[after].text.strip()) is None
        ):
            out[i] = Heading(heading.number, None, None, True)
            found.pop(after, None)
    return out


# « Note 1. All rates are in New Zealand dollars… », « Note 4 — Les prix incluent… »: a note
# under a price table on a line of a PDF, where several number the notes
_NOTE_LINE = re.compile(_NOTE_OPENING + r"[.—–:-]\s+(?P<body>[A-ZÀ-Þ].*)$")


NOTE_TITLE_LINES = 3  # lines between a table and its first note: the notes' title, if any


def _under_a_table(blocks: list[Block], first_note: int) -> bool:
    """Whether the first note follows a table (a price grid, over « Notes to the price table »):
    notes of a product sheet's small print are no articles of it."""
    above = blocks[max(0, first_note - NOTE_TITLE_LINES) : first_note]
    return any(block.kind is BlockKind.TABLE_ROW for block in above)


def _note_line(text: str) -> Heading | None:
    m = _NOTE_LINE.match(text)
    return None if m is None else _note_heading(m)


def _note_heading(note: re.Match[str]) -> Heading:
    """A numbered note, cited « Note N », its text its body."""
    return Heading(f"Note {note['num']}", None, None, True, body=note["body"])


# « 10h20 – Assurances. L'Office rappelle… », "14:05 — Hosting. The supplier confirms…":
# minutes written as time-stamped paragraphs, each cited by its time
_TIME_STAMP = re.compile(r"^(?P<time>\d{1,2}\s?[h:]\s?\d{2})\s*[–—-]\s+(?P<rest>[A-ZÀ-Þ].*)$")


def _time_stamped(text: str) -> Heading | None:
    m = _TIME_STAMP.match(text)
    if m is None:
        return None
    return _coded_point(m.group("time"), m.group("rest"))


def _coded_point(code: str, rest: str) -> Heading:
    """A point cited by a code, its text on its line, a run-in title kept as its title
    (« Assurances. L'Office rappelle… »)."""
    run_in = _run_in(rest)
    if run_in is not None:
        return Heading(code, run_in[0], None, True, body=run_in[1])
    return Heading(code, None, None, True, body=rest)


def _record_id(text: str) -> Heading | None:
    m = _RECORD_ID.match(text)
    return None if m is None else Heading(m.group("code"), None, None, True)


def _repeated_lines(
    blocks: list[Block], read: Callable[[str], Heading | None], kinds: frozenset[BlockKind]
) -> dict[int, Heading]:
    """Block index -> the heading `read` finds in each block of these kinds, where at least
    MIN_RECORDS blocks have one: a record's ID line, a requirement's coded title, a line
    recalling a piece's article. One such line alone may be anything else."""
    found = {
        i: heading
        for i, block in enumerate(blocks)
        if block.kind in kinds and (heading := read(block.text.strip())) is not None
    }
    return found if len(found) >= MIN_RECORDS else {}


_LINES = frozenset({BlockKind.LINE})
_LINES_AND_PARAGRAPHS = frozenset({BlockKind.LINE, BlockKind.PARAGRAPH})


def is_special_conditions(title: str) -> bool:
    return bool(_SPECIAL_CONDITIONS.match(title.strip()))


def _special_conditions(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the title of the special conditions, a line of its own."""
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _SPECIAL_CONDITIONS.match(block.text.strip())
        if m and block.kind is not BlockKind.TABLE_ROW:
            found[i] = Heading(None, m.group("title"), None, True, body=m.group("body"))
    return found


# "[09:33] Bruno Kerjean : Attention, l'hébergement devra…", "↳ [09:44] Julien : ok", "[14/03/2026
# 10:42] Claire Morvan: …" (Teams), "14/03/2026, 10:42 - Claire Morvan: …" (WhatsApp): a message
# of a chat export, cited by its date and time as its readers quote it.
_CHAT_DATE = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?"
_CHAT_MESSAGE = re.compile(
    rf"^(?:↳\s*)?(?:\[(?P<stamp>(?:{_CHAT_DATE},?\s)?{_CHAT_TIME})\]\s+"
    rf"|(?P<bare>{_CHAT_DATE},?\s{_CHAT_TIME})\s[-–]\s)"
    r"[^:\[\]]{2,40}?\s?:\s(?P<body>\S.*)$"
)
# "Claire Vasseur @cvasseur · 06/02/2026 10:30" on a line of its own, the comment under it: a
# comment of an issue exported from GitLab or GitHub, a message of the thread as a chat's is;
# "Comment by Inès Valadier (DPO) [ 13/03/2026 10:40 ]" in an issue exported from Jira.
_COMMENT_HEADER = re.compile(
    rf"^(?:[^@\n]{{2,40}}?\s+@[\w.-]+\s+·\s+(?P<stamp>{_CHAT_DATE},?\s{_CHAT_TIME})"
    rf"|comment\s+by\s+[^\[\n]{{2,80}}?\s*\[\s*(?P<bare>{_CHAT_DATE},?\s{_CHAT_TIME})\s*\])"
    r"(?:\s+(?P<body>\S.*))?$",
    re.IGNORECASE,
)
MIN_CHAT_MESSAGES = 3


# "Clause 5.2 is deleted and replaced with:", "In Clause 9.4 (Notification…), the words … are
# deleted and replaced with…", "The following new Clause 8.1A is inserted after Clause 8.1:",
# "Clause 5.3 (…) is not amended": a schedule of amendments writes the clause it names, and is
# cited by it, as its French counterpart « L'article 5.1 du CCAP est ainsi rédigé » is.
_AMENDED_CLAUSE = re.compile(
    # (« L'article 10 est complété par un alinéa ainsi rédigé : », « À l'article 9.2, les mots
    # … sont remplacés… », « article 9.1 : le Prestataire … » in a list of terms kept)
    r"^(?:(?:in\s+clause|clause|the\s+following\s+new\s+clauses?)\s+"
    r"|(?:[àa]\s+)?(?:l['’]\s*)?article\s+)"
    r"(?P<number>\d{1,3}(?:\.\d{1,3}){0,3}[A-Z]?)\b"
    # (after a colon, a sentence in lower case: not the title of « Article 9 : Réversibilité »)
    r"(?=(?:\s*\([^()]{1,80}\))?(?:\s*,|\s*:\s*(?-i:[a-zà-ÿ])|\s+(?:is|are|shall\s+be|est|sont)\b"
    r"|\s+(?:and|to)\s))",
    re.IGNORECASE,
)
MIN_AMENDMENTS = 2
# "3. In Section 8.3 of the Agreement, the words "…" are deleted and replaced with "…"", "In
# paragraph 2.1 of Schedule 2 (Service Levels), the figure "99.9%" is deleted…": a paragraph
# of an amendment changing words of the section it names, cited by it even alone.
_REWORDS_SECTION = re.compile(
    r"^(?:\d{1,2}\.\s+)?in\s+(?:section|clause|paragraph)\s+(?P<number>\d{1,3}(?:\.\d{1,3}){0,3})"
    r"(?![.\d])[^,\"“]{0,60},\s+the\s+(?:words?|figures?|amounts?|sums?|numbers?|periods?)\s+[\"“]",
    re.IGNORECASE,
)


# "Section 9.4 is deleted in its entirety and replaced with the following:" then "9.4 The
# Contractor's aggregate liability…": the section an addendum writes anew opens there, whatever
# number came before it (« L'article 12.3 est ainsi rédigé : » then « 12.3 Le titulaire… »).
_REPLACING = re.compile(
    r"\b(?:section|clause|article|art\.)\s+(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\b[^.]{0,80}?"
    r"(?:replaced|amended|restated|remplac[ée]e?|modifi[ée]e?|ainsi\s+r[ée]dig[ée]e?)",
    re.IGNORECASE,
)
_SECTION_TEXT = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?P<body>[A-ZÀ-Þ].*)$")
REPLACING_LOOKBACK = 2  # lines between the announcement and the section's text


def _replacing_sections(blocks: list[Block], headings: dict[int, Heading]) -> dict[int, Heading]:
    """Block index -> the section an amendment announces and then writes anew, where neither
    it nor its announcement opens a clause already (a schedule of amendments cites the
    announcement, the new text is its body)."""
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _SECTION_TEXT.match(block.text.strip())
        start = max(0, i - REPLACING_LOOKBACK)
        if m is None or any(j in headings for j in range(start, i + 1)):
            continue
        before = blocks[start:i]
        named = {r.group("num") for b in before for r in _REPLACING.finditer(b.text)}
        if m.group("num") in named:
            num = m.group("num")
            found[i] = Heading(num, None, _numeric(num), True, body=m.group("body"))
    return found


# « Article 9.1 du CCAP - Assurance de responsabilité civile professionnelle » in a correction
# notice: the article of the consultation's piece whose text it corrects, cited by its number
_CORRECTED_ARTICLE = re.compile(
    r"^Article\s+(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\s+(?:du|de\s+la|de\s+l['’])\s*"
    r"(?:CCAP|CCTP|CCP|RC|AE|R[èe]glement\s+de\s+(?:la\s+)?consultation|BPU|DPGF|DCE)\b\s*"
    r"(?:[-–—:]\s*(?P<title>.*))?$",
    re.IGNORECASE,
)


def _corrected_articles(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the article of another piece a correction notice (« Au lieu de : » /
    « Lire : ») corrects under this line, the article's number its citation. (The replaced
    text is gone by now: « Lire : » opening the text in force tells the notice, or three such
    lines.)"""
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _CORRECTED_ARTICLE.match(block.text.strip())
        if m and block.kind is not BlockKind.TABLE_ROW:
            title = (m.group("title") or "").strip() or None
            found[i] = Heading(m.group("number"), title, None, True)
    notice = any(_READ.match(b.text.strip()) for b in blocks)
    return found if notice or len(found) >= MIN_CORRECTED_ARTICLES else {}


MIN_CORRECTED_ARTICLES = 3


def _amending_clauses(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the clause a paragraph of a schedule of amendments amends, in a text of
    at least MIN_AMENDMENTS such paragraphs, or whose words it changes."""
    amending = _paragraphs_naming(blocks, _AMENDED_CLAUSE)
    rewording = _paragraphs_naming(blocks, _REWORDS_SECTION)
    return {**(amending if len(amending) >= MIN_AMENDMENTS else {}), **rewording}


def _paragraphs_naming(blocks: list[Block], naming: re.Pattern[str]) -> dict[int, Heading]:
    """Block index -> the clause a paragraph (not a table row) names where it opens, the
    paragraph its text."""
    return {
        i: Heading(m.group("number"), None, None, True, body=block.text.strip())
        for i, block in enumerate(blocks)
        if block.kind is not BlockKind.TABLE_ROW and (m := naming.match(block.text.strip()))
    }


def _with_comment_texts(blocks: list[Block]) -> list[Block]:
    """The blocks with each comment header of an exported issue joined to the first line of
    its comment, as a chat export writes a message: "Claire Vasseur @cvasseur · 06/02/2026
    10:30" then "Arbitrage : …" is "Claire Vasseur @cvasseur · 06/02/2026 10:30 Arbitrage : …"."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        header = _COMMENT_HEADER.match(block.text.strip())
        if header and not header.group("body") and after is not None:
            out.append(replace(after, text=f"{block.text.strip()} {after.text.strip()}"))
            i += 2
            continue
        out.append(block)
        i += 1
    return out


def _chat_messages(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the message it opens, in a text of at least MIN_CHAT_MESSAGES."""
    messages: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if (m := _CHAT_MESSAGE.match(text)) or (m := _COMMENT_HEADER.match(text)):
            messages[i] = Heading(_stamp(m), None, None, True, body=m.group("body"), chat=True)
    return messages if len(messages) >= MIN_CHAT_MESSAGES else {}


def _stamp(message: re.Match[str]) -> str:
    """ "14/03/2026 10:42" of « [14/03/2026, 10:42] »: the message's date and time, as printed."""
    stamp = message.group("stamp") or message.group("bare")
    return " ".join(stamp.replace(",", " ").split())


def _lettered_points(blocks: list[Block]) -> dict[int, Heading]:
    """ "a) Point 1 (RC Pro) : …", "b) …" in a letter or an e-mail without articles: each point
    states its own demand and is cited by its letter, when they run a), b), c)…"""
    points: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _LETTER_POINT.match(block.text.strip())
        if m is None or block.kind is BlockKind.TABLE_ROW:
            continue
        if ord(m.group("letter")) - ord("a") != len(points):
            if points:
                break  # the first run only: a second list starts again at a)
            continue
        points[i] = Heading(m.group("letter"), None, None, False, body=m.group("body"))
    return points if len(points) >= MIN_LETTER_POINTS else {}


MIN_LETTER_POINTS = 2


# "* Hébergement" over "- hébergement en France obligatoire": an outline typed in a plain
# text (an e-mail, a note) marks its titles with one bullet and their items with another.
_OUTLINE_TITLE = re.compile(r"^[*•+■▪►]\s+(?P<title>[^\s].{0,60})$")
_OUTLINE_ITEM = re.compile(r"^[-–—]\s")
MIN_OUTLINE_TITLES = 2
MAX_OUTLINE_TITLE_WORDS = 8


def _outline_titles(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the title it is, in a text outlined with two kinds of bullets."""
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks[:-1]):
        title = _OUTLINE_TITLE.match(block.text.strip())
        if title is None or not _OUTLINE_ITEM.match(blocks[i + 1].text.strip()):
            continue
        text = title.group("title").rstrip(" :")
        short = len(text.split()) <= MAX_OUTLINE_TITLE_WORDS
        if short and _title_ok(text) and text[-1] not in ".;,":
            found[i] = Heading(None, text, None, False)
    return found


_SECTION_PART = re.compile(r"^(?:Section|Clause|Chapitre|Chapter) (\d{1,3})$")


def _within_titled_parts(
    blocks: list[Block], found: dict[int, Heading], candidates: dict[int, Heading]
) -> dict[int, Heading]:
    """A plain text titled in capitals ("HÉBERGEMENT", "DONNÉES PERSONNELLES") whose points
    "1)", "2)" start again under each title: the titles are its parts and each point is cited
    with its part ("HÉBERGEMENT 1"), as terms of use are."""
    if any(h.explicit for h in found.values()):
        return found
    titles = _titles(blocks, _capitals_title)
    points = {i: h for i, h in candidates.items() if h.listed and h.numeric and len(h.numeric) == 1}
    numbers = [h.numeric[0] for h in points.values() if h.numeric]
    if len(titles) < MIN_CAPITALS_TITLES or len(set(numbers)) == len(numbers):
        return found
    out = dict(titles)
    title: Heading | None = None
    for i in sorted({*titles, *points}):
        if i in titles:
            title = titles[i]
        elif title is not None:
            point = points[i]
            out[i] = Heading(f"{title.title} {point.number}", title.title, None, False, point.body)
    return out


def _capitals_after_points(blocks: list[Block], found: dict[int, Heading]) -> dict[int, Heading]:
    """Points that are whole sentences ("12) The supplier's liability … is limited …"), then a
    title in capitals ("INSURANCE") and lines under it: the title ends the last point and opens
    a part of its own, cited by the title, as in a plain-text request for quotes."""
    if not found or any(h.title or not h.body for h in found.values()):
        return found
    first = min(found)
    titles = {
        i: h
        for i, h in _titles(blocks, _capitals_title).items()
        if i > first and not _LETTERED_SECTION_TITLE.match(blocks[i].text.strip())
    }
    return dict(sorted({**found, **titles}.items()))


def _sections_as_articles(found: dict[int, Heading]) -> dict[int, Heading]:
    """In a document numbered by "Section 3 — Availability", "Clause 9" or "Chapitre 4 –
    Hébergement" alone, these are its articles, cited "3", "9" and "4". After numbered
    articles they are the parts of an annex (the "Clause 1" of standard clauses reproduced
    after a CCAP) and keep their word; not the numbered paragraphs of those articles ("7.1"
    under "Clause 7 – Obligations des parties"), cited as "7.1" beside "9 (a)"."""
    sections = {
        m.group(1) for h in found.values() if h.number and (m := _SECTION_PART.match(h.number))
    }
    if any(h.numeric and str(h.numeric[0]) not in sections for h in found.values()):
        return found
    return {
        i: Heading(m.group(1), h.title, _numeric(m.group(1)), h.explicit, h.body, h.listed)
        if h.number and (m := _SECTION_PART.match(h.number))
        else h
        for i, h in found.items()
    }


# A notice whose only bold line is its name ("Avis d'appel public à la concurrence") is
# structured by its "Label :" lines, not by bold titles.
MIN_BOLD_TITLES = 4


# The number of an annex, which may number its paragraphs afresh ("Schedule 5" then "1.1").
ANNEX_NUMBER = re.compile(r"^(?:annexe?|appendix|schedule|exhibit|attachment)\b", re.IGNORECASE)


def _annex_titles(
    blocks: list[Block], found: dict[int, Heading], points: dict[int, Heading]
) -> dict[int, Heading]:
    """The titles set in bold within an annex without numbers of its own ("Annex 3 – Technical
    and Organisational Measures", then "Logging", "Availability"): each names its part, as a
    reader cites it. The lettered points of its paragraphs ("IS-10(a)") do not end it."""
    titles: dict[int, Heading] = {}
    in_annex = False
    for i, block in enumerate(blocks):
        if i in points:
            continue
        if i in found:
            in_annex = bool(ANNEX_NUMBER.match(found[i].number or ""))
            continue
        heading = _bold_title(block) if in_annex else None
        if heading is not None and i + 1 < len(blocks) and not blocks[i + 1].bold:
            titles[i] = heading
    return titles


def _titles(blocks: list[Block], title: Callable[[Block], Heading | None]) -> dict[int, Heading]:
    """Block index -> the title it is. A line ending with ":" right under a title introduces
    its text ("Présentation des candidatures" then "Documents à produire :"): no title."""
    found: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        heading = title(block)
        if heading is not None and not (i - 1 in found and block.text.rstrip().endswith(":")):
            found[i] = heading
    return found


# "IV. Obligations du sous-traitant" (_ROMAN, whatever the case of its title) is a part of the
# document when the parts follow each other (I, II, III…) at least this many times.
MIN_ROMAN_PARTS = 3


def _within_roman_parts(
    blocks: list[Block], found: dict[int, Heading], candidates: dict[int, Heading]
) -> dict[int, Heading]:
    """The headings, with the Roman parts of the document among them and the points "9." of a
    part cited with it ("IV 9"), as the CNIL's model clauses are. Only where the parts run
    I, II, III… and nothing is an "Article". Each part numbers its points from 1 again: the
    points "1. Assurances.", "2. Attestations." of part VI count beside the twelve of part IV."""
    parts: dict[int, Heading] = {}
    for i, block in enumerate(blocks):
        m = _ROMAN.match(block.text.strip())
        if m and block.kind is not BlockKind.TABLE_ROW and _title_ok(m.group("title")):
            title = m.group("title").strip(" -–—:")
            parts[i] = Heading(m.group("num"), title, None, True)
    values = [_roman(h.number or "") for h in parts.values()]
    if len(parts) < MIN_ROMAN_PARTS or values != list(range(1, len(values) + 1)):
        return found
    articles = [i for i, h in found.items() if i not in parts and h.explicit and h.numeric]
    if articles and min(articles) < max(parts):
        return found  # "TITRE I" over "Article 1": the articles are numbered on their own
    if articles:
        # a letter's points "I.", "II." then the articles of the clauses pasted below it
        return dict(sorted({**found, **parts}.items()))
    merged = {i: h for i, h in found.items() if i not in parts} | parts
    bounds = [*sorted(parts), len(blocks)]
    for start, end in pairwise(bounds):
        points: list[tuple[int, tuple[int, ...], bool]] = [
            (i, h.numeric, h.explicit)
            for i, h in candidates.items()
            if start < i < end and h.numeric and len(h.numeric) == 1 and i not in merged
        ]
        merged |= {i: candidates[i] for i in _numbering_chain(points)}
    part: Heading | None = None
    out: dict[int, Heading] = {}
    for i in sorted(merged):
        heading = merged[i]
        if i in parts:
            part = heading
        elif part is not None and heading.numeric and len(heading.numeric) == 1:
            heading = Heading(
                f"{part.number} {heading.number}", heading.title, None, False, heading.body
            )
        out[i] = heading
    return out


# "a) L'hébergeur…", "(a) professional liability…", "1) Le locataire…", "(1) Die Daten…" or
# "1° Le site…": the sub-paragraphs of an article.
_SUB_PARAGRAPH = re.compile(
    r"^(?:(?P<bracket>\()?(?:(?P<letter>[a-z])|(?P<number>\d{1,2}))\)|(?P<ordinal>\d{1,2})°\)?"
    r"|(?P<dotted>[a-hA-H])\.|(?P<numdot>\d{1,2})\.(?!\d))"
    r"\s+(?P<body>\S.*)$"
)
# « Paragraph One. … », « Sole Paragraph. … »: the paragraphs of a clause of a Brazilian contract
_WORDED_PARAGRAPH = re.compile(
    r"^(?:Paragraph\s+(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|Sole\s+Paragraph)\s*[.:\-–—]\s+(?P<body>\S.*)$",
    re.IGNORECASE,
)
# Letters a list reaches only after « h) », which could as well be Roman numerals (« i) », « v) »)
_PAST_H = re.compile(r"[i-z]")
# "(ii) Technology Errors and Omissions insurance…" under "(a) Required Coverage.": the
# points of a lettered sub-paragraph, numbered in small Roman numerals.
_ROMAN_POINT = re.compile(r"^\((?P<roman>i{1,3}|iv|vi{0,3}|ix|x)\)\s+(?P<body>\S.*)$")
# "14-2-a) …": a lettered point of sub-article 14-2, numbered with dashes to the letter;
# "6-1-1 – une assurance de responsabilité civile…": a numbered one, in lower case after its
# dash (a point finishing the sentence of 6-1, not a sub-article with a title of its own).
_DASHED_POINT = re.compile(
    r"^(?P<parent>\d{1,2}(?:-\d{1,2}){1,3})-(?P<letter>[a-h]|\d{1,2})(?:\)|\s+[-–—])?"
    r"\s+(?P<body>\S.*)$"
)
_ROMAN_NUMBER = re.compile(r"^[IVX]{1,5}$")
# « 3° Hébergement. Les données … » in a note or letter numbered by its points alone: a point
# whose title starts with a capital, cited « 3° » as French administrative letters are.
_DEGREE_POINT = re.compile(r"^(?P<n>\d{1,2})°\s+(?P<body>[A-ZÀ-ÖØ-Þ].*)$")
# "IS-10. Insurance. Business Associate shall maintain…": a paragraph opening on its code.
_CODED_PARAGRAPH = re.compile(rf"^(?P<code>{DASHED_CODE})[.:]?\s+\S")
# "I. – Le titulaire souscrit…", "II. – …": the numbered paragraphs of an article drafted as
# French legal texts are, above its points "1°", "2°" and "a)", "b)".
_LEGAL_PARAGRAPH = re.compile(r"^(?P<roman>[IVX]{1,5})\.\s*[-–—]\s*(?P<body>\S.*)$")
# « 1 Le Prestataire traite… »: an alinéa of a paragraph « § 3 », its number before its text.
_ALINEA = re.compile(r"^(?P<n>[1-9]\d?)\s+(?P<body>[A-ZÀ-ÖØ-Þ«].*)$")
# "Art. 3 Security" as Swiss federal and cantonal texts write their articles, whose alinéas are
# numbered « 1 », « 2 » and their letters « a. »
_SWISS_ARTICLE = re.compile(r"^Art\.\s*\d{1,3}\s")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
# "1° À l'article 8.2, les mots … sont remplacés…", "3° L'article 8.5 est ainsi rédigé :",
# "2° Après l'article 8.2, il est inséré un article 8.3 ainsi rédigé :": a point of an
# amending text (rectificatif, avenant) writes the article it names, and is cited by it.
_ARTICLE_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}"
_AMENDS = re.compile(
    rf"^(?:apr[èe]s\s+l['’]article\s+{_ARTICLE_NUMBER}(?:\s+(?:du|de\s+la|des)\s+\w+)?\s*,\s*"
    rf"il\s+est\s+ins[ée]r[ée]\s+un\s+"
    rf"article\s+(?P<inserted>{_ARTICLE_NUMBER})"
    rf"|(?:[àa]\s+)?l['’]article\s+(?P<named>{_ARTICLE_NUMBER})(?![.\d])"
    # not "À l'article 14.1 du CCAG-TIC": a text outside the deal, which it does not write
    r"(?!\s+(?:du|de\s+la|des)\s+(?:ccag|code|loi|d[ée]cret|r[èe]glement\s+g[ée]n[ée]ral))"
    # nor « l'article 8, 4° déroge à l'article 9.2 du CCAG-TIC » in a list of derogations,
    # which restates the article named
    r"(?!(?:,\s*\d{1,2}°)?(?:\s+du\s+pr[ée]sent\s+\w+)?\s+d[ée]roge))",
    re.IGNORECASE,
)
# « L'article 9.2 du Contrat est remplacé par … », « … un article 13.2 ainsi rédigé : »: the
# document amends another, whose articles it quotes.
# ("Section 11.1 of the Agreement is hereby deleted in its entirety and replaced with the
# following:", "the following new Section 11.2 is inserted:" in English)
_AMENDING = re.compile(
    rf"\barticles?\s+{_ARTICLE_NUMBER}\b[^.;:]{{0,80}}?\b(?:est|sont)\s+(?:remplac|ainsi\s+r[ée]dig"
    r"|modifi|supprim)|\bainsi\s+r[ée]dig[ée]e?s?\s*:"
    rf"|\b(?:sections?|clauses?)\s+{_ARTICLE_NUMBER}\b[^.;:]{{0,80}}?\b(?:is|are)\s+(?:hereby\s+)?"
    r"(?:deleted|replaced|amended|inserted)\b",
    re.IGNORECASE,
)
# « 9.2 – Le Prestataire souscrit … »: an article of the amended contract, quoted whole.
# « 8.2 Le titulaire justifie … » too, the number run into the first sentence, and an article
# the text adds (« « 19 bis Réversibilité. À l'expiration… »); in English between straight or
# curly quotation marks ("11.1 Subject to Section 11.2, each party's…").
_QUOTED_NUMBER = rf"{_ARTICLE_NUMBER}(?:\s+(?:bis|ter|quater)\b(?:\.\d{{1,2}})?)?"
_QUOTED_ARTICLE = re.compile(
    rf"^[«\"“]\s*(?P<named>{_QUOTED_NUMBER})(?:\s*[-–—.]\s+|\s+(?=[A-ZÀ-Þ]))(?P<body>\S.*)$"
)
# « 12.2 Provider shall… », the next section of the text being quoted, on a line of its own
_NEXT_QUOTED_SECTION = re.compile(
    rf"^(?P<named>{_ARTICLE_NUMBER}\.\d{{1,3}})\s+(?P<body>[A-ZÀ-Þ].*)$"
)
# « Au premier alinéa de l'article 13.1 du CCAP, les mots « 99,5 % » sont remplacés par les
# mots « 99,9 % » », « À l'article 17.1 du contrat, le montant de la pénalité …, de « 150 € »,
# est porté à « 300 € » »: a paragraph of an amending text changing words of the article it
# names.
_REWORDS = re.compile(
    r"^(?:au\s+\w+\s+(?:alin[ée]a|paragraphe)\s+de\s+l['’]|[àa]\s+l['’])article\s+"
    rf"(?P<named>{_ARTICLE_NUMBER})(?![.\d])[^«]*\b(?:les|le)\s+(?:mots?|chiffres?|montants?|taux"
    r"|d[ée]lai|plafond)\b[^«.;]{0,100}«",
    re.IGNORECASE,
)
_CLOSES_QUOTE = re.compile(r"[»\"”]\s*[.;,]?\s*$")
_ENDS_SENTENCE = re.compile(r"[.;]\s*»?\s*$")
_LETTER_MARK = re.compile(r"^\(?[a-z]\)$")
_ITEM_MARK = re.compile(r"^\d{1,2}\.$")
_SMALL_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# "8(a)(i) All data…": a clause's lettered point and its Roman sub-point in one mark
_LETTER_AND_ROMAN = re.compile(
    r"^(?P<number>\d{1,3}(?:\.\d{1,2}){0,2})\((?P<letter>[a-h])\)"
    r"\((?P<roman>i{1,3}|iv|vi{0,3}|ix|x)\)\s+(?P<body>\S.*)$"
)
# "– article 7.2 : le titulaire notifie…" in an amending text's list of the stipulations it
# keeps: the article restated, cited by its number as the amended articles are.
_KEPT_ARTICLE = re.compile(
    rf"^[–—-]\s*(?:l['’])?article\s+(?P<named>{_ARTICLE_NUMBER})\s*:\s+(?P<body>\S.*)$",
    re.IGNORECASE,
)


def _lettered(blocks: list[Block], found: dict[int, Heading]) -> dict[int, Heading]:
    """The sub-paragraphs "a)", "(a)", "a.", "1)", "(1)" or "1°" of a numbered article, each a
    clause of its own ("3 a", "IV 2°", "12.1(a)"): a convention writes one commitment per
    sub-paragraph, and a bid answers each. The lettered items of a list introduced by ":"
    ("the following insurance: (a) professional indemnity…; (b) public liability…", "le
    mémoire précise : c) l'engagement de disponibilité…") are points too: each states its own
    demand, and readers cite it by its letter."""
    sub: dict[int, Heading] = {}
    article: Heading | None = None
    first: tuple[str, ...] = ("a", "1")
    expected = first
    lettered: str | None = None  # the sub-paragraph "(c)" whose Roman points follow
    roman = 0
    start = 0  # the block of the article being read
    # "1.", "2." under "Article 12 (Insurance)" or "CLAUSE SEVEN": the article's numbered
    # paragraphs ("12 1"), whose items "(1)", "(2)" are points of the paragraph.
    paragraph: str | None = None
    next_paragraph = "1"
    romans = 0  # legal paragraphs "I. –", "II. –" of the article read so far
    subclause: str | None = None  # the subclause "8 (2)" whose paragraphs "(a)", "(b)" follow
    next_item = "1"  # or whose items « 1. », « 2. » follow
    next_letter = "a"
    amending = False  # points "1° L'article 8.2 est ainsi rédigé" were read
    next_degree = 1  # points « 1° », « 2° » of a text without articles
    # the point « 5 3° » ending on ":" whose letters « a) », « b) » follow, and the next letter
    degree_point: str | None = None
    degree_letter = "a"
    quoting = resuming = False  # inside an article an amendment quotes; just past its end
    for i, block in enumerate(blocks):
        text = block.text.strip()
        amending = amending or _AMENDING.search(text) is not None
        kept = _KEPT_ARTICLE.match(text) if amending else None
        if kept and article is not None and i not in found:
            sub[i] = Heading(kept.group("named"), article.title, None, False, kept.group("body"))
            continue
        quoted = _QUOTED_ARTICLE.match(text) if amending else None
        if quoted and sub and max(sub) >= start and sub[max(sub)].number == quoted["named"]:
            quoted = None  # « 2° … il est inséré un article 5.5 ainsi rédigé : » cites it already
        if quoted and article is not None and i not in found:
            # « 9.2 – Le Prestataire souscrit … » after « L'article 9.2 du Contrat est remplacé
            # par les dispositions suivantes : »: the new wording, cited by its own number
            sub[i] = Heading(quoted.group("named"), None, None, False, quoted.group("body"))
            closed = _CLOSES_QUOTE.search(text) is not None
            quoting, resuming = not closed, closed
            continue
        reworded = _REWORDS.match(text) if amending else None
        if reworded and article is not None and i not in found:
            # (its sentence may go on over the next lines, as a quoted article does)
            sub[i] = Heading(reworded.group("named"), None, None, False, text)
            quoting = _ENDS_SENTENCE.search(text) is None
            resuming = not quoting
            continue
        following = _NEXT_QUOTED_SECTION.match(text) if quoting else None
        if following and i not in found:
            sub[i] = Heading(following.group("named"), None, None, False, following.group("body"))
        if quoting and i not in found:
            quoting = _CLOSES_QUOTE.search(text) is None
            resuming = not quoting
            continue
        if resuming and article is not None and i not in found:
            # « Pour mémoire, l'ancienne rédaction … » after the quoted article: the amending
            # article's own words again
            sub[i] = Heading(article.number, article.title, None, False, body=text)
        resuming = False
        if i in found:
            article, expected, lettered, roman = found[i], first, None, 0
            start, quoting = i, False  # (a quote left open ends with its article)
            paragraph, next_paragraph, romans = None, "1", 0
            subclause, next_letter = None, "a"
            degree_point = None
            continue
        worded = _WORDED_PARAGRAPH.match(text)
        if worded and article is not None and article.number is not None:
            # « Paragraph Two. The CONTRATADA shall communicate… » under « CLAUSE SEVENTH »: the
            # clause's second paragraph, « 7 2 »; « Sole Paragraph. » is cited by its name
            count = worded.group("count")
            mark = _ENGLISH_NUMBERS[count.lower()] if count else "Sole Paragraph"
            paragraph = f"{article.number} {mark}"
            sub[i] = Heading(paragraph, article.title, None, False, body=worded.group("body"))
            expected, lettered, roman = first, None, 0
            continue
        alinea = _ALINEA.match(text)
        swiss = _SWISS_ARTICLE.match(blocks[start].text.lstrip())
        if (
            alinea
            and article is not None
            and article.number is not None
            and (blocks[start].text.lstrip().startswith("§") or swiss)
            and alinea.group("n") == next_paragraph
        ):
            # « 2 Les données du guichet… » under « § 3 »: the numbered alinéas of a Swiss
            # contract's paragraph, cited « § 3 al. 2 » as Swiss texts cite themselves; under
            # "Art. 3" in English, "Art. 3 para. 2", its letters "let. a"
            said = "para." if swiss and language([alinea.group("body")]) == "en" else "al."
            paragraph = f"{article.number} {said} {alinea.group('n')}"
            sub[i] = Heading(paragraph, article.title, None, False, body=alinea.group("body"))
            next_paragraph = str(int(alinea.group("n")) + 1)
            expected, lettered, roman = first, None, 0
            continue
        legal = _LEGAL_PARAGRAPH.match(block.text.strip())
        if (
            legal
            and article is not None
            and article.number is not None
            and legal.group("roman") == _ROMANS[min(romans, len(_ROMANS) - 1)]
        ):
            # "II. – …" under article 8: paragraph "8 II", whose points are "8 II 1°"
            paragraph = f"{article.number} {legal.group('roman')}"
            sub[i] = Heading(paragraph, article.title, None, False, body=legal.group("body"))
            romans += 1
            expected, lettered, roman = first, None, 0
            continue
        dashed = _DASHED_POINT.match(block.text.strip())
        if dashed and article is not None and dashed.group("parent") == article.number:
            # "14-2-a) Responsabilité civile professionnelle : …" under "14-2"
            cited = f"{dashed.group('parent')}-{dashed.group('letter')}"
            sub[i] = Heading(cited, article.title, None, False, body=dashed.group("body"))
            continue
        point = _ROMAN_POINT.match(block.text.strip())
        if point and _letter_after_h(point.group("roman"), lettered, blocks, i):
            point = None  # "(i)" after "(h)", no "(ii)" below it: the ninth letter
        owner = lettered or paragraph or (article.number if article is not None else None)
        if point and owner and _next_roman(point.group("roman"), roman, blocks[start:i], lettered):
            title = article.title if article is not None else None
            sub[i] = Heading(
                f"{owner}({point.group('roman')})", title, None, False, body=point.group("body")
            )
            roman = _SMALL_ROMANS.index(point.group("roman")) + 1
            continue
        coded = _CODED_PARAGRAPH.match(block.text.strip())
        if coded and article is not None and block.kind is not BlockKind.TABLE_ROW:
            # "IS-10. Insurance. … the following:" in a rider numbering its paragraphs by code:
            # the points "(a)", "(b)" below are the paragraph's, "IS-10(a)".
            paragraph, expected, lettered = coded.group("code"), first, None
            continue
        degree = _DEGREE_POINT.match(text) if article is None and not amending else None
        if degree and int(degree["n"]) == next_degree and block.kind is not BlockKind.TABLE_ROW:
            # « 1° Attestations d'assurance. … » before any article: the text's own points
            sub[i] = Heading(f"{next_degree}°", None, None, False, body=degree.group("body"))
            next_degree += 1
            continue
        number = article.number if article is not None else None
        text = block.text.strip()
        drawn = block.number if block.kind is BlockKind.LIST_ITEM else None
        if number and drawn and _drawn_point_of(drawn, number) and i not in found:
            # « 3(b) », « 3(b) 2 »: a point of the article as the page's lists number it
            # (« 3.1.a », « 4.1(b) », a Word list's level under the heading « 3.1 »)
            sub[i] = Heading(drawn, article.title if article else None, None, False, body=text)
            continue
        if (
            block.kind is BlockKind.LIST_ITEM
            and block.number
            and (_LETTER_MARK.match(block.number) or (subclause and _ITEM_MARK.match(block.number)))
        ):
            # « (a) », or « 1. » under « (2) », drawn by the format before the item's text
            text = f"{block.number} {text}"
        both = _LETTER_AND_ROMAN.match(text) if number else None
        if both and both.group("number") == number and block.kind is not BlockKind.TABLE_ROW:
            # "8(a)(i) All data … shall be hosted…" then "8(a)(ii) …" under clause 8: a Roman
            # point written with its clause and letter, cited as printed
            lettered = f"{number}({both.group('letter')})"
            sub[i] = Heading(
                f"{lettered}({both.group('roman')})",
                article.title if article is not None else None,
                None,
                False,
                body=both.group("body"),
            )
            roman = _SMALL_ROMANS.index(both.group("roman")) + 1
            mark = both.group("letter")
            expected = (chr(ord(mark) + 1), chr(ord(mark) + 2))
            continue
        if number and text.startswith(f"{number}(") and not text.startswith(f"{number}(i"):
            # "4.3(b) public liability insurance…" under 4.3: the point written with its clause
            text = text[len(number) :]
        m = _SUB_PARAGRAPH.match(text)
        if not m or number is None or block.kind is BlockKind.TABLE_ROW:
            continue
        title = article.title if article is not None else None
        if subclause is not None and m.group("numdot") == next_item:
            # « 3. submit copies of the insurance certificates… » under « (2) The Contractor
            # shall comply with the following: »: item 3 of paragraph (2), cited « 12 (2) 3 »
            sub[i] = Heading(f"{subclause} {next_item}", title, None, False, body=m.group("body"))
            next_item = str(int(next_item) + 1)
            continue
        if m.group("numdot"):
            explicit = article is not None and article.explicit
            if not explicit or m.group("numdot") != next_paragraph:
                continue  # "1." opens no paragraph under "9.2", nor out of sequence
            paragraph = f"{number} {m.group('numdot')}"
            sub[i] = Heading(paragraph, title, None, False, body=m.group("body"))
            next_paragraph = str(int(m.group("numdot")) + 1)
            expected, lettered, roman = first, None, 0
            continue
        letter = m.group("letter") or m.group("dotted")
        # (under « SECTION 5. DATA SECURITY », « A. Data Location. Consultant shall store… » is
        # the section's first point, as a US agreement letters them)
        sectioned = (
            article is not None
            and article.explicit
            and len(m.group("body")) > MIN_RUN_ON_CHARS
            and _run_in(m.group("body")) is not None
        )
        if letter and letter.isupper() and not _ROMAN_NUMBER.match(number) and not sectioned:
            continue  # "A. Assurances" opens a part; "B. En cas de retard…" is a point of "II."
        digits = m.group("number") or m.group("ordinal")
        mark = letter.lower() if letter else digits
        if subclause is not None and m.group("bracket") and m.group("letter") == next_letter:
            # "(a) notify the Council…" under "(2) The Supplier must —": a paragraph of
            # subclause 8(2), cited "8 (2)(a)" as the subclause's own points are
            cited = f"{subclause}({next_letter})"
            sub[i] = Heading(cited, title, None, False, body=m.group("body"))
            next_letter = chr(ord(next_letter) + 1)
            lettered, roman = cited, 0
            continue
        if degree_point is not None and m.group("letter") == degree_letter:
            # « a) le titulaire conclut… » under « 3° Données à caractère personnel : »: a
            # letter of the point, cited « 5 3° a » as French legal texts cite theirs
            cited = f"{degree_point} {degree_letter}"
            sub[i] = Heading(cited, title, None, False, body=m.group("body"))
            degree_letter = chr(ord(degree_letter) + 1)
            continue
        if mark not in expected and (
            _PAST_H.match(mark) or not _skipped_inline(blocks, i, sub, found, expected, m)
        ):
            continue  # « i) », « v) » are letters only where the list has come to them
        amends = _AMENDS.match(m.group("body")) if m.group("ordinal") else None
        amending = amending or amends is not None
        cited = (
            (amends.group("inserted") or amends.group("named"))
            if amends
            else _sub_number(paragraph or number, m)
        )
        sub[i] = Heading(cited, title, None, False, body=m.group("body"))
        introduces = bool(m.group("ordinal")) and m.group("body").rstrip().endswith(":")
        degree_point, degree_letter = (cited, "a") if introduces else (None, "a")
        # (an extract of standard clauses skips the points it leaves out: « a) … » then « c) … »)
        expected = (chr(ord(mark) + 1), chr(ord(mark) + 2)) if letter else (str(int(mark) + 1),)
        lettered, roman = (sub[i].number, 0) if m.group("bracket") and letter else (None, 0)
        bracketed_number = m.group("bracket") and m.group("number")
        subclause, next_letter = (cited, "a") if bracketed_number else (None, "a")
        next_item = "1"
    return sub


# « .a », « .b » after an article's number: a level a word processor's list adds (its digits
# « 3.1.2 » are a sub-article's, which a Markdown list's items are numbered like too)
_DRAWN_LEVEL = re.compile(r"\.[a-z]")


def _drawn_point_of(drawn: str, number: str) -> bool:
    """Whether a list item's drawn number (« 3(b) », « 3.1.a ») is a point of the article."""
    if drawn.startswith(f"{number}("):
        return True
    return drawn.startswith(number) and _DRAWN_LEVEL.fullmatch(drawn[len(number) :]) is not None


MAX_INLINE_LOOKBACK = 12  # blocks back to the last point, for points run into a line


_POINT_OPENING = re.compile(r"^\((?P<mark>ii|j)\)\s")


def _letter_after_h(mark: str, lettered: str | None, blocks: list[Block], i: int) -> bool:
    """Whether "(i)" at block `i`, under the point "(h)", is the letter after it: no "(ii)"
    follows it before a "(j)" (a list of one Roman point is no list)."""
    if mark != "i" or lettered is None or not lettered.endswith("(h)"):
        return False
    for block in blocks[i + 1 : i + 1 + MAX_POINT_LOOKAHEAD]:
        m = _POINT_OPENING.match(block.text.strip())
        if m:
            return m.group("mark") == "j"
    return True


MAX_POINT_LOOKAHEAD = 40


def _next_roman(mark: str, roman: int, above: list[Block], lettered: str | None) -> bool:
    """Whether "(ii)" at the start of a line is the next Roman point of its sub-paragraph, or
    of its article (`above`: the article's blocks before it): "(i)", "(ii)", "(iii)" under
    « 4.1 Le titulaire héberge … dans les conditions suivantes : » are its points "4.1(i)"…
    The first may be run into the article's
    sentence (« … pendant toute la durée de l'accord-cadre (i) une assurance … ; » then « (ii)
    une assurance cyber … » on a line of its own)."""
    if roman >= len(_SMALL_ROMANS):
        return False
    if mark == _SMALL_ROMANS[roman]:
        return True
    if lettered is not None or roman != 0 or mark != "ii":
        return False
    return " (i) " in f" {' '.join(b.text for b in above[-MAX_INLINE_LOOKBACK:])} "


def _skipped_inline(
    blocks: list[Block],
    i: int,
    sub: dict[int, Heading],
    found: dict[int, Heading],
    expected: tuple[str, ...],
    mark: re.Match[str],
) -> bool:
    """Whether the points between the one expected and this one were run into the lines above
    ("(1) Agreed deadlines are binding. (2) As soon as…", then "(3) If the Supplier…" on a
    line of its own): this one goes on with the sequence."""
    number = mark.group("number")
    if not mark.group("bracket") or not number or not expected[0].isdigit():
        return False
    skipped = range(int(expected[0]), int(number))
    if not skipped or len(skipped) > 2:
        return False
    text = []
    for j in range(i - 1, max(i - MAX_INLINE_LOOKBACK, -1), -1):
        text.append(blocks[j].text)
        if j in sub or j in found:
            break  # the line of the last point, "(1) … (2) As" included
    above = " ".join(text)
    return all(f" ({k}) " in f" {above} " for k in skipped)


def _worded(article: Heading | None) -> bool:
    """Whether an article was numbered in words ("CLAUSE SEVEN"): its paragraphs "1.", "2." are
    its points, cited "7 1", "7 2"."""
    return article is not None and article.explicit and article.worded


def _without_repeated_paragraphs(found: dict[int, Heading]) -> dict[int, Heading]:
    """The headings without a bare "2." right under "CLAUSE TWO": the clause's second
    paragraph, not the clause written twice."""
    out: dict[int, Heading] = {}
    article: Heading | None = None
    for i in sorted(found):
        heading = found[i]
        if _worded(heading):
            article = heading
        elif article is not None and not heading.explicit and heading.number == article.number:
            continue
        out[i] = heading
    return out


_LETTERED_PART = re.compile(r"^(?:Part|Partie) [A-H]$")
# "Schedule 2 Part A": a lettered part of an annex, as _parts_of_annexes names it
PART_OF_ANNEX = re.compile(
    r"^(?:annexe?|appendix|schedule|exhibit)\s\S+\s(?:Part|Partie)\s[A-H]$", re.I
)


def _parts_of_annexes(blocks: list[Block], found: dict[int, Heading]) -> dict[int, Heading]:
    """The lettered parts of an annex ("Part B – Conditions" under "Schedule 2 – Insurance"),
    cited with it where the document cites them so (« as "Schedule 2, Part B, paragraph 3" »):
    "Schedule 2 Part B", and its paragraphs "Schedule 2 Part B 3". Elsewhere a part keeps its
    own name ("Part A"), as readers cite it. So are the parts of an annex that each number
    their paragraphs afresh (Part A and Part B both from « 1.1 »): the number alone names two
    paragraphs of the annex."""
    out = dict(found)
    annex: Heading | None = None
    cited_with_annex = False
    text = ""
    restarting = _annexes_with_restarting_parts(found)
    for i in sorted(found):
        heading = found[i]
        number = heading.number or ""
        if heading.explicit and ANNEX_NUMBER.match(number):
            annex = heading
            text = text or " ".join(b.text for b in blocks)
            cited_with_annex = i in restarting or (
                re.search(rf"\b{re.escape(number)},?\s+(?:Part|Partie)\s[A-H]\b", text) is not None
            )
        elif annex is not None and cited_with_annex and _LETTERED_PART.match(number):
            out[i] = replace(heading, number=f"{annex.number} {number}")
    return out


def _annexes_with_restarting_parts(found: dict[int, Heading]) -> set[int]:
    """Indexes of the annexes whose lettered parts number their paragraphs afresh: a number
    under one part ("1.1" of Part B) is one another part of the annex has already used."""
    restarting: set[int] = set()
    annex: int | None = None
    seen: set[str] = set()  # numbers of the annex's earlier parts
    current: set[str] = set()  # numbers of its current part
    for i in sorted(found):
        heading = found[i]
        number = heading.number or ""
        if heading.explicit and ANNEX_NUMBER.match(number):
            annex, seen, current = i, set(), set()
        elif annex is not None and _LETTERED_PART.match(number):
            seen |= current
            current = set()
        elif annex is not None and heading.numeric is not None and number:
            if number in seen:
                restarting.add(annex)
            current.add(number)
    return restarting


def _within_annexes(found: dict[int, Heading]) -> dict[int, Heading]:
    """The paragraphs of an annex that numbers them afresh, cited with it: "2.1" under
    "Schedule 4 – Insurance", after the agreement's own clause 2.1, is "Schedule 4 2.1", as
    the agreement cites it and as a reader finds it; so are the paragraphs of annexes that each
    start again at "1.1" (« Annexe 2 1.4 »). An annex whose numbers neither the articles before
    the annexes nor another annex use keeps them bare."""
    out = dict(found)
    used: set[str] = set()  # numbers of the articles before the annexes
    annexes: list[tuple[Heading, list[int]]] = []
    for i in sorted(found):
        heading = found[i]
        if heading.explicit and ANNEX_NUMBER.match(heading.number or ""):
            annexes.append((heading, []))
        elif heading.numeric is not None and heading.number:
            if annexes:
                annexes[-1][1].append(i)
            else:
                used.add(heading.number)
    numbers = [{found[i].number for i in paragraphs} for _, paragraphs in annexes]
    for n, (annex, paragraphs) in enumerate(annexes):
        others = set().union(*(m for k, m in enumerate(numbers) if k != n))
        lettered_part = _LETTERED_PART.match((annex.number or "").split(" ", 2)[-1])
        if not numbers[n] & (used | others) and not lettered_part:
            continue
        for i in paragraphs:
            h = found[i]
            out[i] = Heading(
                f"{_annex_part(annex.number or '', h.number or '')} {h.number}",
                h.title,
                None,
                h.explicit,
                h.body,
                h.listed,
            )
    return out


# « Annexe 2 – Article 6 – Assurances »: an article of the annex, "Annexe 2 6".
_ANNEX_WITH_ARTICLE = re.compile(r"^(?P<annex>\S+\s+\S+)\s+(?P<article>\d{1,3})$")


def _annex_part(annex: str, number: str) -> str:
    """What cites a paragraph of an annex: the annex, without the article of it the paragraph
    numbers itself under (« 6.1 » under « Annexe 2 – Article 6 » is « Annexe 2 6.1 »)."""
    m = _ANNEX_WITH_ARTICLE.match(annex)
    if m and number.startswith(f"{m.group('article')}."):
        return m.group("annex")
    return annex


def _sub_number(article: str, mark: re.Match[str]) -> str:
    """The citation of a sub-paragraph as documents print it: "12.1(a)" in English sections,
    "§ 3 (1)" → "3 (1)", "3 a", "3.2 1", "IV 2°"."""
    if mark.group("ordinal"):
        return f"{article} {mark.group('ordinal')}°"
    if mark.group("bracket"):
        letter = mark.group("letter")
        return f"{article}({letter})" if letter else f"{article} ({mark.group('number')})"
    point = mark.group("letter") or mark.group("dotted") or mark.group("number")
    if (" para. " in article or " al. " in article) and not point.isdigit():
        return f"{article} let. {point}"  # « Art. 3 para. 2 let. a », as Swiss texts cite
    return f"{article} {point}"


# A list of at most this many bare numbers ("1 Prix : sur 50 points", "2 Critères techniques")
# packed into this share of a long document is a numbered list, not the document's articles.
MAX_LIST_NUMBERS = 6
LIST_SHARE = 0.15
LONG_DOCUMENT_BLOCKS = 80


def _is_numbered_list(found: dict[int, Heading], blocks: int) -> bool:
    """Whether the only headings found are the numbers of one list: all bare ("1", "2" without
    "Article" nor a style), top-level, few, and close together in a long document."""
    if not found or len(found) > MAX_LIST_NUMBERS or blocks < LONG_DOCUMENT_BLOCKS:
        return False
    if any(h.explicit or not h.numeric or len(h.numeric) > 1 for h in found.values()):
        return False
    return max(found) - min(found) <= LIST_SHARE * blocks


MAX_BOLD_TITLE_WORDS = 14
# "Notes", « Notes de l'orateur », "Speaker notes" over what a slide deck printed with its
# notes says below each slide: the slide's own words, under its title
_SPEAKER_NOTES = re.compile(
    r"^(?:notes?(?:\s+(?:de\s+l['’]orateur|du\s+pr[ée]sentateur|de\s+pr[ée]sentation))?"
    r"|(?:speaker|presenter)(?:['’]s)?\s+notes)\s*:?$",
    re.IGNORECASE,
)


def _bold_title(block: Block) -> Heading | None:
    """A short line set in bold that is no sentence: a title of a document without numbers."""
    text = block.text.strip()
    if not block.bold or block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH):
        return None
    if _SPEAKER_NOTES.match(text):
        return None
    body = text if text.endswith(":") else None  # "Pénalités de retard :" introduces its text
    text = text.rstrip(" :")
    words = text.split()
    if len(words) > MAX_BOLD_TITLE_WORDS or not _title_ok(text) or text[-1] in ".;,":
        return None
    # "Où sont vos données :" in bold announces its section; without the colon, a verb makes
    # a bold line a sentence.
    if body is None and any(w.lower() in _SENTENCE_WORDS for w in words):
        return None
    coded = _CODED_BOLD_TITLE.match(text)
    if coded:
        # « DSP-14 Insurance » in bold, the requirement's code beside its title: cited by the code
        return Heading(coded.group("code"), coded.group("title"), None, False, body=body)
    return Heading(None, text, None, False, body=body)


_CODED_BOLD_TITLE = re.compile(rf"^(?P<code>{DASHED_CODE})\s+(?:[-–—:]\s+)?(?P<title>[A-ZÀ-Þ].*)$")


# « SECTION C – SPECIAL CONDITIONS » then « C2. Professional indemnity. The service provider
# shall… »: the section's letter, then the paragraph's number.
# (or « F - Nature des prestations » over « ☒ F1. Le sous-traitant agit… », a form's lettered
# parts and their ticked options)
_SECTION_LETTER = re.compile(r"^(?:(?:section|part|partie)\s+)?(?P<letter>[A-Z])$", re.IGNORECASE)


def _points_of_lettered_sections(
    blocks: list[Block], found: dict[int, Heading]
) -> dict[int, Heading]:
    """The paragraphs of a section lettered « C » numbered « C1. », « C2. » … at the start of
    their lines, each cited by its code, its run-in title kept as its title. An option of a
    form left unticked (« ☐ F3. L'hébergement est assuré par… ») keeps its box before its
    text, which then demands nothing."""
    points: dict[int, Heading] = {}
    letter: str | None = None
    for i, block in enumerate(blocks):
        if i in found:
            section = _SECTION_LETTER.match(found[i].number or "")
            letter = section.group("letter").upper() if section else None
            continue
        if letter is None or block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH):
            continue
        text = block.text.strip()
        boxed = _BOXED.match(text)
        m = re.match(
            rf"^{letter}(\d{{1,2}})\.\s+(?P<rest>[A-ZÀ-Þ].*)$",
            text[boxed.end() :] if boxed else text,
        )
        if m is None:
            continue
        code, rest = f"{letter}{m.group(1)}", m.group("rest")
        if boxed and boxed.group("box") in _EMPTY_BOXES:
            points[i] = Heading(code, None, None, True, body=f"{boxed.group('box')} {rest}")
            continue
        points[i] = _coded_point(code, rest)
    return points


def _titles_after_points(blocks: list[Block], found: dict[int, Heading]) -> dict[int, Heading]:
    """A letter's numbered conditions "1." … "9." followed by "Key Commercial Terms" set in
    bold and larger than its text: the title ends the last point, and the paragraphs under it
    are its own, not point 9's. Only after a numbered heading's text (a title right under a
    bare number is that number's title) and never before the first number (a letterhead)."""
    sized = _sized_title(body_size(blocks))
    titles: dict[int, Heading] = {}
    last: Heading | None = None
    for i, block in enumerate(blocks):
        if i in found:
            last = found[i]
            continue
        if last is None or not last.number or (i - 1 in found and found[i - 1].body is None):
            continue
        title = _bold_title(block)
        if title is not None and title.number is None and sized(block) is not None:
            titles[i] = title
            last = title
    return titles


# A PDF without numbers or bold titles (slides, Word's light "Titre 1" style) marks its
# titles by size: lines set at least this much larger than the running text, when there are
# at least MIN_SIZED_TITLES of them.
TITLE_SIZE_RATIO = 1.2
MIN_SIZED_TITLES = 3


def _sized_title(body: float | None) -> Callable[[Block], Heading | None]:
    def title(block: Block) -> Heading | None:
        """A short line set larger than the running text, no sentence: a title."""
        text = block.text.strip()
        if (
            body is None
            or block.size is None
            or block.size < TITLE_SIZE_RATIO * body
            or block.kind is not BlockKind.LINE
            or len(text.split()) > MAX_TITLE_WORDS
            or not _title_ok(text)
            or text[-1] in ".;,"
            or _SPEAKER_NOTES.match(text)
        ):
            return None
        return Heading(None, text.rstrip(" :"), None, False)

    return title


# A plain text (TXT, an e-mail) without numbers marks its titles in capitals: "HÉBERGEMENT",
# "DONNÉES PERSONNELLES", when it has at least this many of them.
MIN_CAPITALS_TITLES = 3
MAX_CAPITALS_TITLE_WORDS = 8


# "DÉLAIS ET PÉNALITÉS. — La mise en ligne…", "Assurances. — Le titulaire…": a title run into
# its paragraph by a full stop and a dash, as the older French administrative texts set them
# (small capitals, read as capitals), with no number; cited by the title.
_RUN_IN_TITLE = re.compile(r"^(?P<title>[A-ZÀ-Þ][^.—–:;]{2,59})\.\s?[—–]\s+(?P<body>\S.*)$")
MIN_RUN_IN_TITLES = 3


def _run_in_title(block: Block) -> Heading | None:
    """The title a line opens on, run into its text ("DÉLAIS ET PÉNALITÉS. — …"), if any."""
    m = _RUN_IN_TITLE.match(block.text.strip())
    if m is None or block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH):
        return None
    title = m.group("title").strip()
    if len(title.split()) > MAX_CAPITALS_TITLE_WORDS or not _title_ok(title):
        return None
    return Heading(None, title, None, False, body=m.group("body"))


# « Hébergement du site. Le site et l'ensemble de ses données… »: a paragraph opening on a few
# words and a full stop, its title in bold in a letter, its text run on from it.
_PARAGRAPH_RUN_IN = re.compile(r"^(?P<title>[A-ZÀ-Þ][^.—–:;!?()]{2,40})\.\s+(?P<body>[A-ZÀ-Þ«].*)$")
MAX_PARAGRAPH_TITLE_WORDS = 5
# Words of a sentence, not of a title: « Nous vous remercions. », « Tout est prêt. »
SENTENCE_WORDS = frozenset(
    [
        "nous",
        "vous",
        "je",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "est",
        "sont",
        "a",
        "ont",
        "sera",
        "seront",
        "peut",
        "doit",
        "devra",
        "we",
        "you",
        "i",
        "it",
        "is",
        "are",
        "was",
        "will",
        "may",
        "shall",
        "must",
    ]
)


def _paragraph_titles(blocks: list[Block]) -> dict[int, Heading]:
    """Block index -> the title a paragraph opens on, where it opens a paragraph: first of the
    text or after a line ending its sentence. French letters only: an English contract's
    « Automobile Liability Insurance. Occurrence based coverage… » names the cover its
    sentence demands, which a title would take away from it."""
    found: dict[int, Heading] = {}
    if language(b.text for b in blocks) != "fr":
        return found
    for i, block in enumerate(blocks):
        m = _PARAGRAPH_RUN_IN.match(block.text.strip())
        if m is None or block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH):
            continue
        if i and blocks[i - 1].text.rstrip()[-1:] not in ".:;!?":
            continue
        if opening_code(block.text.strip()):
            continue  # « R2 - Non. Aucune assurance… »: a numbered answer, not a title
        title = m.group("title").strip()
        words = title.split()
        if len(words) > MAX_PARAGRAPH_TITLE_WORDS or not _title_ok(title):
            continue
        if SENTENCE_WORDS.intersection(w.lower() for w in words):
            continue
        found[i] = Heading(None, title, None, False, body=m.group("body"))
    return found


def _capitals_title(block: Block) -> Heading | None:
    """A short line written in capitals, no sentence: a title of a text without numbers."""
    text = block.text.strip().rstrip(" :")
    letters = [c for c in text if c.isalpha()]
    if (
        block.kind is not BlockKind.LINE
        or len(letters) < 3
        or not all(c.isupper() for c in letters)
        or len(text.split()) > MAX_CAPITALS_TITLE_WORDS
        or text[-1:] in ".;,"
    ):
        return None
    return Heading(None, text, None, False)


_COLON_TITLE_WORDS = 12
_QUESTION_WORDS = frozenset(
    [
        "où",
        "qui",
        "que",
        "quoi",
        "comment",
        "quand",
        "pourquoi",
        "combien",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "what",
        "where",
        "who",
        "how",
        "when",
        "why",
    ]
)


def _colon_title(block: Block) -> Heading | None:
    """ "Conditions de participation :" alone on its line: a title, in a document with no other."""
    text = block.text.strip()
    if block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH) or not text.endswith(":"):
        return None
    title = text.rstrip(" :")
    words = title.split()
    if not 0 < len(words) <= _COLON_TITLE_WORDS or not title[:1].isupper():
        return None
    # "Où sont vos données :" asks the question its section answers: a title, verb or not.
    asks = words[0].lower() in _QUESTION_WORDS
    if (not asks and any(w.lower() in _SENTENCE_WORDS for w in words)) or not _title_ok(title):
        return None
    # The line stays in the text too: "Date limite de réception des offres :" introduces the
    # date on the next line, and a list intro its items.
    return Heading(None, title, None, False, body=text)


# A form exported as text ("Pénalités de retard: 150 € HT par jour", "Hébergeur imposé:
# Aucun") states one answer per "Label: value" line; each line is a clause named by its label,
# as the form names its fields, when there are at least this many of them.
MIN_FIELD_LINES = 5
MAX_FIELD_LABEL_WORDS = 10
# (an export's fixed-width fields lead their label to the colon with dots: "Breach notice
# (hours) ........: 36")
_FIELD_LINE = re.compile(r"^(?:[–—-]\s+)?(?P<label>[A-ZÀ-Þ][^:]{0,80}?)\s*(?:\.{3,}\s*)?:\s+\S")


def _prose_under_titles(blocks: list[Block], fields: dict[int, Heading], titled: bool) -> bool:
    """Whether "Label : text" lines are sentences of sections titled in bold, not a form's
    fields: most of them wrap, going on in lower case on the next line (« RC professionnelle :
    3 M€ par année d'assurance » / « minimum, dommages immatériels inclus. »), where a form
    holds each answer on its line."""
    wrapped = sum(
        1
        for i in fields
        if i + 1 < len(blocks)
        and blocks[i + 1].kind is BlockKind.LINE
        and blocks[i + 1].text[:1].islower()
    )
    return titled and 2 * wrapped > len(fields)


def _field_title(block: Block) -> Heading | None:
    """ "Attestation d'assurance: À fournir avec l'offre": a field of a form, titled by its label;
    the whole line is its text, since the label says what the value answers."""
    text = block.text.strip()
    m = _FIELD_LINE.match(text)
    if block.kind is not BlockKind.LINE or m is None or MAIL_HEADER.match(text):
        return None
    label = m.group("label").strip()
    words = label.split()
    if (
        len(words) > MAX_FIELD_LABEL_WORDS
        or any(w.lower() in _SENTENCE_WORDS for w in words)
        or not _title_ok(label)
    ):
        return None
    return Heading(None, label, None, False, body=text)


# "…fait partie du contrat. 8.2 Les Données du Client sont hébergées…": in narrow columns of
# small type, a sub-article may start in the middle of a line, after the sentence that ends
# the one before. The line is cut there; the numbering chain decides whether it opens a clause.
# So may an article of conditions printed on the back of an order, run together in three
# columns: « …au sens de l'article 4 du RGPD. 2. Champ d'application. Les présentes… », its
# short title in capitals ended by a period, or wrapping to the next line (« 3. Formation de
# la » / « Commande. La Commande est… »).
# A sentence ends there: after a word (not « Art. 12. Assurances », « cf. »), a bracket, a
# currency or a percentage.
_SENTENCE_ENDED = r"(?:(?<=[^\W\d_]{3}[.;])|(?<=[)»€%][.;]))(?<![Aa]rt\.)"
_INLINE_NUMBER = re.compile(
    r"(?<=[.;])(?<![Aa]rt\.)\s+(?=\d{1,2}\.\d{1,2}\.?\s+[A-ZÀ-Þ])"
    # (« … registered users. REQ-HOST-001 The contractor shall host … »: a requirement's code,
    # in bold in the paragraph, opening the sentence it names)
    r"|(?<=[a-zà-ÿ)][.;])\s+(?=[A-Z]{2,6}(?:-[A-Z]{2,6})?-\d{2,3}\s+[A-ZÀ-Þ])"
    rf"|{_SENTENCE_ENDED}\s+(?=\d{{1,2}}\.\s+[A-ZÀ-Þ][^.;:!?«»]{{0,60}}?(?:\.\s|\.?$))"
)


# "…sans supplément de prix. 5.2" then "Lorsqu'une Mise à jour…" on the next line: the number
# of the next sub-article ends the line, its words open the next one.
# (« …avec l'accord écrit de l'Acheteur. 6. » then « Pénalités de retard. Tout retard… »)
_NUMBER_AT_LINE_END = re.compile(
    rf"(?<=[.;])\s+(\d{{1,2}}\.\d{{1,2}}\.?)\s*$|{_SENTENCE_ENDED}\s+(\d{{1,2}}\.)\s*$"
)


def _split_inline_numbers(blocks: list[Block]) -> list[Block]:
    split: list[Block] = []
    for block in blocks:
        if block.kind not in (BlockKind.LINE, BlockKind.PARAGRAPH):
            split.append(block)
            continue
        parts = _INLINE_NUMBER.split(block.text)
        if len(parts) == 1:
            split.append(block)
            continue
        split.extend(replace(block, text=part) for part in parts if part.strip())
    return _numbers_to_their_lines(split)


def _numbers_to_their_lines(blocks: list[Block]) -> list[Block]:
    """The number ending a line moved to the start of the next line of the page, when that line
    opens with a capital (the first words of the sub-article)."""
    out = list(blocks)
    for i, block in enumerate(out[:-1]):
        after = out[i + 1]
        end = _NUMBER_AT_LINE_END.search(block.text) if block.kind is BlockKind.LINE else None
        if (
            end is None
            or after.kind is not BlockKind.LINE
            or after.page != block.page
            or not after.text.lstrip()[:1].isupper()
        ):
            continue
        out[i] = replace(block, text=block.text[: end.start()])
        number = end.group(1) or end.group(2)
        out[i + 1] = replace(after, text=f"{number} {after.text.lstrip()}")
    return out


# "3.1" or "4." alone on its line: a number printed apart from its words, in the margin of a
# contract set with side headings, or above its title.
# (« D.1 » in a form's margin, before « ☒ Responsabilité civile professionnelle… »)
_LONE_NUMBER = re.compile(r"^(?:\d{1,2}|[A-H])(?:\.\d{1,2}){1,4}\.?$|^\d{1,2}\.$")


def _with_lone_numbers(blocks: list[Block]) -> list[Block]:
    """The blocks with each number printed alone on its line joined to the line after it, as
    the reader reads them: "3.1" then "Prise en charge" (a side heading in the margin) is the
    title "3.1 Prise en charge"; "3.1" then "Le Prestataire garantit…" opens a numbered
    paragraph."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind is BlockKind.LINE
            and _LONE_NUMBER.match(block.text.strip())
            and after is not None
            and after.kind is BlockKind.LINE
            and after.page == block.page
            and (after.text[:1].isupper() or after.text.startswith(_BOXES))
        ):
            words = [block.text.strip(), after.text.strip()]
            i += 2
            while _is_title_line(after) and i < len(blocks) and _wraps_title(after, blocks[i]):
                words.append(blocks[i].text.strip())  # "Plafond des" / "pénalités"
                i += 1
            out.append(replace(after, text=" ".join(words)))
            continue
        out.append(block)
        i += 1
    return out


MAX_WRAPPED_TITLE_WORDS = 4


def _wraps_title(title: Block, line: Block) -> bool:
    """Whether a line goes on with the title above it: a few words in lower case, set in the
    same type right under it (a side heading wraps in its narrow margin)."""
    text = line.text.strip()
    return (
        line.kind is BlockKind.LINE
        and line.page == title.page
        and text[:1].islower()
        and len(text.split()) <= MAX_WRAPPED_TITLE_WORDS
        and text[-1:] not in ".;,:"
        and (line.bold, line.size) == (title.bold, title.size)
        and title.bbox is not None
        and line.bbox is not None
        and abs(line.bbox.x0 - title.bbox.x0) <= 2
    )


# A summary sheet lays two "label | value" pairs on each row of its grid ("Hébergement des
# données | France exclusivement | Hébergeurs acceptés | OVHcloud ou Cloud Temple"), on at least
# this many rows in a run.
MIN_PAIRED_ROWS = 3
MAX_LABEL_WORDS = 6


# "NS-1", "EX-01", "R4": the code of a row of requirements, not the label of a field.
_ROW_CODE = re.compile(r"^[A-Z]{1,6}[-.]?\d{1,3}\b")


def _is_label(cell: str) -> bool:
    words = cell.split()
    if _ROW_CODE.match(cell):
        return False
    return 0 < len(words) <= MAX_LABEL_WORDS and cell[:1].isupper() and cell[-1:] not in ".;"


_ROW_CODE_CELL = re.compile(rf"^(?:{DASHED_CODE}|[A-Z]{{1,4}}\.?\d{{1,3}}(?:\.\d{{1,2}})?)$")


# « 4 | INSURANCE », « 4.1 | Provider shall maintain… »: a contract laid out as a table of
# two columns, its article numbers in the first
_ROW_ARTICLE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.? \| (?P<text>[^|]+)$")
MIN_ROW_ARTICLES = 5


def _articles_in_rows(blocks: list[Block]) -> list[Block]:
    """The blocks with a contract laid out as a table of its articles (« 4 | INSURANCE », then
    « 4.1 | Provider shall maintain… », « 4.2 | … ») read as the articles they are: each row
    a line opening on its number, a row whose number cell is left empty going on with the
    article above. Only a table that numbers at least MIN_ROW_ARTICLES rows, in articles and
    their sub-articles, both titled and run on, is one (a requirements table numbered « 1 »,
    « 2 », « 3 » keeps its rows)."""
    out = list(blocks)
    i = 0
    while i < len(out):
        if out[i].kind is not BlockKind.TABLE_ROW:
            i += 1
            continue
        end = i
        while end < len(out) and out[end].kind is BlockKind.TABLE_ROW:
            end += 1
        matches = [_ROW_ARTICLE.match(b.text.strip()) for b in out[i:end]]
        numbered = [m for m in matches if m]
        levels = {m.group("num").count(".") for m in numbered}
        titled = any(
            _title_ok(m.group("text")) and not _is_sentence(m.group("text")) for m in numbered
        )
        if len(numbered) >= MIN_ROW_ARTICLES and levels >= {0, 1} and titled:
            for j, m in enumerate(matches, start=i):
                text = f"{m.group('num')} {m.group('text').strip()}" if m else out[j].text
                out[j] = replace(out[j], text=text, kind=BlockKind.PARAGRAPH)
        i = end
    return out


def _paired_rows(blocks: list[Block]) -> list[Block]:
    """The rows of a grid of two label/value pairs each, as two rows: each pair states its own
    answer and is named by its label."""

    def paired(block: Block) -> list[str] | None:
        cells = block.text.split(" | ")
        ok = block.kind is BlockKind.TABLE_ROW and len(cells) == 4
        # (not « Data Protection | SL-07 | Data location | … », a requirement's code after its
        # category)
        ok = ok and not _ROW_CODE_CELL.match(cells[1].strip())
        return cells if ok and _is_label(cells[0]) and _is_label(cells[2]) else None

    pairs = [paired(block) for block in blocks]
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and pairs[end] is not None:
            end += 1
        if end == i:
            out.append(blocks[i])
            i += 1
            continue
        run = [cells for cells in pairs[i:end] if cells is not None]
        # A sheet names each of its fields once; a requirement list with four columns
        # ("EX-HEB-02 | … | Obligatoire | Active") repeats the words of its third column.
        named_once = len({cells[2] for cells in run}) == len(run)
        for block, cells in zip(blocks[i:end], pairs[i:end], strict=True):
            if end - i < MIN_PAIRED_ROWS or cells is None or not named_once:
                out.append(block)  # a short run: rows of an ordinary table
            else:
                out.append(replace(block, text=" | ".join(cells[:2])))
                out.append(replace(block, text=" | ".join(cells[2:])))
        i = end
    return out


def _messages(blocks: Sequence[Block]) -> list[list[Block]]:
    """The blocks of each message of an e-mail thread, newest first (one list for any other
    document): each message numbers its points afresh."""
    messages: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind is BlockKind.MESSAGE:
            messages.append([])
        else:
            messages[-1].append(block)
    return messages


def segment(piece: Piece) -> list[Clause]:
    """Clauses of a piece, in document order; text before the first heading is a clause too."""
    level = chosen_level(piece.blocks)
    clauses = [
        with_chosen_column(part, level)
        for message, blocks in enumerate(_messages(piece.blocks))
        for clause in _in_chat_order(_segment_blocks(piece, blocks, message))
        for field in _form_fields(clause)
        for part in by_lot_columns(field)
    ]
    return cited_alineas(piece, _as_the_document_cites(piece, clauses))


# « “Article 3.4 paragraph 2” is the same reference as “artikel 3.4 lid 2” », "see Article 3.1
# paragraph 1": a document naming the numbered paragraphs of its articles with a word.
_CITED_PARAGRAPH = re.compile(
    r"\b(?:article|art\.|clause|section)\s+\d{1,3}(?:\.\d{1,3}){0,3}\s+(?P<word>paragraph|lid)\s+\d",
    re.IGNORECASE,
)
MIN_PARAGRAPH_CITATIONS = 2
_PARAGRAPH_OF_ARTICLE = re.compile(r"^(?P<article>\d{1,3}(?:\.\d{1,3}){0,3}) (?P<n>\d{1,2})$")


def _as_the_document_cites(piece: Piece, clauses: list[Clause]) -> list[Clause]:
    """The numbered paragraphs of the articles ("3.4 2") cited with the word the document cites
    them by, where it does so more than once ("3.4 paragraph 2"), as a reader looks them up."""
    text = " ".join(b.text for b in piece.blocks if "aragraph" in b.text or " lid " in b.text)
    words = [m.group("word").lower() for m in _CITED_PARAGRAPH.finditer(text)]
    if len(words) < MIN_PARAGRAPH_CITATIONS:
        return clauses
    word = max(set(words), key=words.count)
    out = []
    for clause in clauses:
        m = _PARAGRAPH_OF_ARTICLE.match(clause.number or "")
        if m:
            clause = replace(clause, number=f"{m.group('article')} {word} {m.group('n')}")
        out.append(clause)
    return out


# « Besoin : Confier l'hébergement du DPI… », « Certification ISO 27001 : » (left empty): a
# field of a form to fill in, its label then its value.
_FORM_FIELD = re.compile(r"^(?P<label>[A-ZÀ-Þ][^:;.!?]{1,60}?)\s*:\s*(?P<value>.*)$")
MAX_FORM_LABEL_WORDS = 6
MIN_FORM_FIELDS = 4


def _form_fields(clause: Clause) -> list[Clause]:
    """A part of a form whose every paragraph is a field, some left empty (« Référent cellule
    achats : »), as the clause and then one clause per filled field, cited by its label as a
    reader of the form names it; any other clause as it is."""
    fields = [_FORM_FIELD.match(block.text.strip()) for block in clause.blocks]
    labels = [
        m is not None and len(m.group("label").split()) <= MAX_FORM_LABEL_WORDS for m in fields
    ]
    if (
        len(fields) < MIN_FORM_FIELDS
        or not all(labels)
        or not any(m is not None and not m.group("value").strip() for m in fields)
        # (paragraphs of a styled document: a line of a PDF or a text may be a field's second line)
        or any(block.kind is not BlockKind.PARAGRAPH for block in clause.blocks)
    ):
        return [clause]
    # (each field keeps its label in its text: « Suppression des données : Oui » says what the
    # « Oui » is about)
    parts = [replace(clause, blocks=())]
    for block, m in zip(clause.blocks, fields, strict=True):
        assert m is not None
        if m.group("value").strip():
            parts.append(replace(clause, number=None, heading=m.group("label"), blocks=(block,)))
    return parts


def _in_chat_order(clauses: list[tuple[Clause, bool]]) -> list[Clause]:
    """The clauses of a message; in a chat export, each message of the chat numbered as an
    e-mail's are, newest 0, so that what a later message says of a kind sets aside what an
    earlier one said ("Correction to my 10:46 message: take 3m as the requirement")."""
    later = sum(chat for _, chat in clauses)
    chats = later
    ordered: list[Clause] = []
    seen_chat = False
    for clause, chat in clauses:
        later -= chat
        seen_chat = seen_chat or chat
        if chat:
            ordered.append(replace(clause, message=clause.message + later, chat=True))
        elif chats and not seen_chat and (clause.number or clause.heading):
            # the description of an exported issue, written before its comments: older than
            # each of them (not an untitled text before them, an e-mail's or a header)
            ordered.append(replace(clause, message=clause.message + chats))
        else:
            ordered.append(clause)
    return ordered


# A correction notice: « Au lieu de : » over the text replaced, « Lire : » over the text in
# force ("Instead of:" / "Read:"), each label alone on its line or opening the text it labels
# (« Au lieu de : « Le titulaire justifie … » »).
_INSTEAD_OF = re.compile(r"^(?:au lieu de|instead of)\s*:(?:\s|$)", re.IGNORECASE)
_READ = re.compile(r"^(?:lire|read)\s*:(?:\s|$)", re.IGNORECASE)


def _without_replaced_text(blocks: list[Block]) -> list[Block]:
    """The blocks less the text a correction notice replaces: what follows « Au lieu de : »
    up to « Lire : » was the notice's text before, not what it demands now; what « Lire : »
    opens is the text in force."""
    if not any(_INSTEAD_OF.match(b.text.strip()) for b in blocks):
        return blocks
    kept: list[Block] = []
    replaced = False
    for block in blocks:
        text = block.text.strip()
        if _INSTEAD_OF.match(text):
            replaced = True
        elif _READ.match(text) and replaced:
            replaced = False
            if text.split(":", 1)[1].strip():
                kept.append(block)  # « Lire : « … » »: the text in force, on the label's line
        elif not replaced:
            kept.append(block)
    return kept


def _segment_blocks(piece: Piece, read: list[Block], message: int) -> list[tuple[Clause, bool]]:
    """The clauses of one message, each with whether it is a message of a chat export."""
    clauses: list[tuple[Clause, bool]] = []
    current: Heading | None = None
    body: list[Block] = []
    heading_pages: list[int] = []
    level: int | None = None  # of the heading of the clause being read, where the format says it
    lot: str | None = None  # the lot whose articles are being read, if any
    blocks = _articles_in_rows(
        _paired_rows(
            _split_inline_numbers(
                _with_lone_numbers(
                    drop_toc(with_footnotes(_with_comment_texts(_without_replaced_text(read))))
                )
            )
        )
    )
    headings = _headings(blocks)

    def close() -> None:
        if body or current is not None:
            pages = sorted({b.page for b in body if b.page is not None} | set(heading_pages))
            clause = Clause(
                piece=piece,
                number=current.number if current else None,
                heading=current.title if current else None,
                pages=tuple(pages),
                blocks=tuple(body),
                lot=lot,
                message=message,
                level=level if current is not None else None,
            )
            clauses.append((clause, current is not None and current.chat))

    i = 0
    while i < len(blocks):
        block = blocks[i]
        heading = headings.get(i)
        if heading is None:
            body.append(block)
            i += 1
            continue
        close()
        body = []
        heading_pages = [block.page] if block.page is not None else []
        level = block.level if block.kind is BlockKind.HEADING else None
        # "LOT 2 – Article 3 – …" opens the articles of lot 2, until an article of no lot
        of_lot = _LOT_PREFIX.match(block.text.strip())
        if of_lot is not None:
            lot = of_lot.group("lot")
        elif heading.explicit:
            lot = None
        if _runs_on(heading, block, blocks[i + 1] if i + 1 < len(blocks) else None):
            # "9.3 Le Fournisseur remet à l'Acheteur une attestation" / "d'assurance en cours
            # de validité…": a paragraph whose first line only looked like a title.
            heading = Heading(heading.number, None, heading.numeric, False, body=heading.title)
        point = _first_point(heading)
        if point is not None:
            # "11. Données personnelles. 11.1 Lorsqu'il traite…": the article's title, then its
            # first sub-article on the same line.
            current = Heading(heading.number, heading.title, heading.numeric, heading.explicit)
            close()
            heading = point
        if heading.body is not None:
            body.append(Block(heading.body, block.page, block.kind, block.bbox))
        # "ARTICLE 9" alone on its line: the title is on the next line.
        elif heading.title is None and i + 1 < len(blocks) and _is_title_line(blocks[i + 1]):
            heading = Heading(
                heading.number, blocks[i + 1].text.strip(), heading.numeric, heading.explicit
            )
            if blocks[i + 1].kind is BlockKind.HEADING:
                level = blocks[i + 1].level
            i += 1
        current = heading
        i += 1
    close()
    # (a title of a part with nothing of its own, « Protection des données » over its
    # questions, is kept: the parts under it are read under its words)
    return [
        (c, chat)
        for c, chat in clauses
        if c.blocks or c.number is not None or (c.level is not None and c.heading)
    ]


_INLINE_POINT = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?P<body>[A-ZÀ-Þ].*)$")


def _first_point(heading: Heading) -> Heading | None:
    """The sub-article that opens the text after a run-in title ("11.1 Lorsqu'il…" after
    "11. Données personnelles."), if any."""
    if heading.title is None or heading.body is None or heading.number is None:
        return None
    m = _INLINE_POINT.match(heading.body)
    if m is None or not m.group("num").startswith(heading.number + "."):
        return None
    return Heading(m.group("num"), None, _numeric(m.group("num")), False, body=m.group("body"))


def _runs_on(heading: Heading, block: Block, after: Block | None) -> bool:
    """Whether the words after a bare number are the first line of a paragraph that goes on
    on the next line, in lower case (narrow columns cut sentences short) or in brackets ("4.
    L'attestation de qualification SecNumCloud du service retenu" / "(exigence de l'article 4.3
    du CCTP)." in a letter's list of what to send)."""
    return (
        (not heading.explicit or _sub_article_sentence(heading) or _sentence_title(heading))
        and heading.body is None
        and heading.title is not None
        and block.kind is BlockKind.LINE
        and after is not None
        and after.kind is BlockKind.LINE
        and (
            after.text[:1].islower()
            or after.text.startswith(("(", "«", "“"))
            # « (et non plus » then « « dans l'Union européenne »). »: a bracket left open
            or heading.title.count("(") > heading.title.count(")")
            # « … d'un montant minimum de EUR » then « 1.000.000 lui permettant… »: a line
            # ending on a word that leads to the next
            or _LEADS_ON.search(heading.title) is not None
            # "A.4  Technology Errors & Omissions / Professional" then "Liability ......
            # $2,000,000 per claim": the label of a schedule's entry, led by dots to its value
            or _LED_TO_VALUE.search(after.text) is not None
        )
    )


_LEADS_ON = re.compile(
    r"(?:\s(?:de|du|des|à|au|aux|le|la|les|un|une|et|ou|par|pour|sur|avec|EUR|CHF|USD|GBP"
    r"|of|the|to|and|or|an|by|for|with)|\sd['’]|\sl['’])$"
)


# "Art. 3.1.2. Le titulaire ne recrute aucun sous-traitant" / "sans l'autorisation…": a point
# of an article opens on its keyword too, its words going on in lower case on the next line.
MIN_SUB_ARTICLE_SENTENCE_WORDS = 5


def _sub_article_sentence(heading: Heading) -> bool:
    return (
        "." in (heading.number or "")
        and len((heading.title or "").split()) >= MIN_SUB_ARTICLE_SENTENCE_WORDS
    )


# « Article 3 : De prendre acte que le titulaire justifiera, dans les quinze jours suivant la »:
# the article of a deliberation is one sentence run on from its keyword; a title of ten words
# that breaks off at a comma or on a word leading to the next line is that sentence's start.
MIN_SENTENCE_TITLE_WORDS = 10


def _sentence_title(heading: Heading) -> bool:
    title = heading.title or ""
    return len(title.split()) >= MIN_SENTENCE_TITLE_WORDS and (
        "," in title or _LEADS_ON.search(title) is not None
    )


def _is_title_line(block: Block) -> bool:
    text = block.text.strip()
    # (a styled heading is a title whatever its length: « Un accord de traitement conforme à
    # l'article 28 du RGPD »)
    styled = block.kind is BlockKind.HEADING
    return (
        block.kind in (BlockKind.LINE, BlockKind.HEADING, BlockKind.PARAGRAPH)
        and 0 < len(text) <= 80
        and text[-1] not in ".;,"
        and text[:1].isupper()
        and (text.isupper() or styled or len(text.split()) <= 8)
        and parse_heading(text) is None
    )
