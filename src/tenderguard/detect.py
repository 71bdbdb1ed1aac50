"""Clauses -> findings: every rule is matched sentence by sentence, then filtered by its cues.

A sentence fires a rule when one of its patterns matches, each of the rule's `requires`
patterns matches too and none of its `excludes` does. Cues shared by all rules (patterns/cues/)
then say what the sentence does, its role:
- no demand: a waiver ("aucune assurance cyber n'est exigée"), a table-of-contents line, a
  definition, a quotation of the law, a duty of the buyer itself, a weighted award criterion,
  a statement given for information, an option behind an empty box of a form ("☐"), and a
  right of the data subjects unless the sentence also states an obligation;
- a demand: an obligation ("doit", "shall"), a recommendation (recommended = true), a
  reference to another text ("conformément à l'article 14 du CCAG-TIC"), or a mention (the
  demand named without a modal verb: an item of a list of documents to supply).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tenderguard.chosen_column import chosen_level
from tenderguard.dollars import in_document_dollars
from tenderguard.extract import annual_aggregate, extract_values, further_levels, named_moments
from tenderguard.legend import marked_by, markers_of_no_demand
from tenderguard.members import MemberScope, extend_to_members, member_cues, of_members
from tenderguard.models import (
    Block,
    BlockKind,
    Clause,
    Finding,
    Override,
    Piece,
    PieceKind,
    Values,
)
from tenderguard.normalise.lexicon import lexicon
from tenderguard.parsing.thread import is_mail
from tenderguard.policy_schedule import schedule_rows
from tenderguard.priorities import level_of, wished_levels
from tenderguard.rules.loader import Rule, RuleSet
from tenderguard.rules.matcher import Matcher
from tenderguard.segment import (
    ANNEX_NUMBER,
    PART_OF_ANNEX,
    SENTENCE_WORDS,
    is_special_conditions,
    is_toc_title,
    segment,
)
from tenderguard.sentences import DASHED_CODE, Sentence, opening_code, sentences
from tenderguard.text import fold, language
from tenderguard.third_parties import UNTYPED, general_beside_professional
from tenderguard.tokens import Tokens, tokenize

CERTIFICATE = "insurance.certificate"
PENALTIES = "contract.delay_penalties"
DROPPING_CUES = frozenset(
    {
        "cue.waiver",
        "cue.toc",
        "cue.definition",
        "cue.law_quote",
        "cue.buyer_duty",
        "cue.unchecked",
        "cue.information",
        "cue.current_cover",
        "cue.elsewhere",
        "cue.repealed",
        "cue.recital",
        "cue.optional",
        "cue.inapplicable",
    }
)
# Under these titles nothing is demanded: a glossary defines, a version history recounts, a
# bidder's question restates the tender as it was (the answer under it demands), the buyer's
# part of a contract binds the buyer ("Responsabilité du CLIENT").
TITLES_OF_NO_DEMAND = frozenset({"cue.glossary", "cue.history", "cue.asked", "cue.buyers_part"})
# … nor under the title of an option set aside ("Option A — Sovereign providers only
# (rejected)"), nor under one recalling the reader's own cover (« Rappel de votre contrat
# actuel » in a broker's note), whatever the words before.
TITLES_OF_NO_DEMAND_ANYWHERE = frozenset({"cue.rejected", "cue.current_cover"})
# Under the title of the award criteria ("Jugement des offres", "Critères d'attribution") a
# sentence that does not oblige says how offers are marked: "Processus de gestion des incidents
# (SLA, délais de réponse) 10 %" demands nothing; under the number of an audit's finding
# ("Écart 4"), a sentence that does not oblige states what was found; under a preamble, what it
# introduces (the parties, the offer subscribed).
TITLES_OF_MENTIONS_ONLY = frozenset({"cue.award_criterion", "cue.finding", "cue.preamble"})
# A right of the data subjects is no demand, nor a line of the award criteria with its weight,
# nor the system in place described ("Le site actuel est hébergé chez AWS par l'ancien
# prestataire"), unless the sentence also obliges the supplier (a row of a response grid:
# "Q4.2 | … le titulaire détruit toutes les copies des données … | 4 pts").
UNLESS_OBLIGED = frozenset({"cue.data_subject_right", "cue.award_criterion", "cue.current_system"})
# Roles that make a demand, the cue that decides each, strongest first.
ROLE_CUES = (
    ("question", "cue.question"),
    ("recommendation", "cue.recommendation"),
    ("recommendation", "cue.not_mandatory"),
    # (a document saying what it does, « Le présent accord précise les conditions dans
    # lesquelles le Prestataire traite… », obliges no one: its subject is only named)
    ("mention", "cue.scope"),
    ("obligation", "cue.obligation"),
    ("reference", "cue.reference"),
)
# A duty of the buyer is read only where the buyer opens the sentence ("Le Client s'engage",
# "Il est de la responsabilité du Client"), not in "le titulaire informe le client qui
# doit...": the match must start within this many tokens of the sentence's start.
ANCHORED_CUES = {
    "cue.buyer_duty": 4,
    "cue.unchecked": 0,
    "cue.question": 0,
    "cue.interrogative": 0,
    "cue.recital": 0,
    "cue.scope": 0,
    "cue.subcontracted": 6,
}
SUBCONTRACTORS = "insurance.subcontractors"
# Sentences after a demand that may still carry its values ("- dont immatériels : 100 000 €").
MAX_CONTINUATION = 6
# A sentence this short names its subject, as a run-in title does ("Employers' Liability
# Insurance."): the sentences after it in its paragraph say what is demanded of it.
RUN_IN_TITLE_WORDS = 5
_CONTINUATION_START = re.compile(r"^(?:dont|y compris|soit|including|of which)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SentenceHits:
    sentence: Sentence
    rules: tuple[Rule, ...]  # rules that fired, cues applied
    matched: dict[str, str]  # rule id -> the words that fired it
    role: str  # obligation, recommendation, reference or mention
    cue: str | None  # id of the cue rule that decided the role
    overrides: Override | None = None  # the article it sets anew (cue.override)

    @property
    def recommended(self) -> bool:
        return self.role == "recommendation"


# "(par exemple OVHcloud, Scaleway, AWS)", "(e.g. AWS or Azure)", « (ex. 99,9 %) », « (AWS,
# Azure, OVHcloud…) »: values given to help answer, in brackets or after "for example".
_EXAMPLES = re.compile(
    r"\((?:\s*(?:par\s+exemple|p\.\s*ex\.|ex\.|e\.\s*g\.|for\s+example|for\s+instance|"
    r"such\s+as)[^()]*|[^()]*(?:…|\.\.\.|\betc\.?))\s*\)"
    r"|\b(?:par\s+exemple|for\s+example|for\s+instance|such\s+as)\b[^.;?()]*",
    re.IGNORECASE,
)


# The kinds named by a certification's label: listed among examples, the label asks for none.
# (A law listed so, « (par exemple le CLOUD Act) », illustrates the demand its sentence makes.)
_CERTIFICATIONS = frozenset({"cloud.iso27001", "cloud.secnumcloud", "cloud.hds"})


def _named_as_example(text: str, words: str) -> bool:
    """Whether the words that fired a rule stand only among examples: a list in brackets that
    ends on « etc. » or opens on « par exemple » (« les attestations de conformité disponibles
    (ISO 27001, SecNumCloud, HDS, ISAE, etc.) » names what may be shown, not what is asked)."""
    if not words:
        return False
    found = [m.start() for m in re.finditer(re.escape(words), text)]
    examples = [m.span() for m in _EXAMPLES.finditer(text) if m.group().startswith("(")]
    return bool(found) and all(any(a <= at < b for a, b in examples) for at in found)


def _asks_only(kind: str, rule: Rule, cell: str, lang: str) -> bool:
    """Whether a question's cell imposes nothing: it states no value but the examples of an
    answer it gives ("Indiquez votre hébergeur (par exemple OVHcloud ou AWS)", « Quel taux de
    disponibilité garantissez-vous ? (ex. 99,9 %) »)."""
    return extract_values(kind, rule.fields, _EXAMPLES.sub(" ", cell), lang).is_empty()


def _role(cues: dict[str, str]) -> tuple[str, str | None] | None:
    """The role of a sentence from its cues (cue kind -> rule id); None when it demands
    nothing."""
    if "cue.recommendation" in cues:
        # "Une assurance cyber serait appréciée, mais ce n'est pas obligatoire": wished for,
        # not required; the keys of the samples read "souhaitable mais non exigé" so, save
        # where the sentence only reports an offer or a table's "Non" column says it. So is
        # « … vivement recommandée (à titre indicatif, 500 000 € par sinistre) »: the amount
        # given as a guide is the one wished for.
        # (« reste souhaitable et sera valorisé dans la note technique »: wished for, and marked)
        cues = {
            k: v
            for k, v in cues.items()
            if k not in ("cue.waiver", "cue.information", "cue.award_criterion")
        }
    if "cue.not_mandatory" in cues:
        # « sera valorisée dans le critère technique, sans être éliminatoire »: marked, and
        # wished for without being required
        cues = {k: v for k, v in cues.items() if k != "cue.award_criterion"}
    if "cue.waiver" in cues and "cue.not_mandatory" in cues:
        # "Attestation d'assurance cyber | Non exigée | Obligatoire : Non": the row says it
        # is not demanded; its column only repeats it
        cues = {k: v for k, v in cues.items() if k != "cue.not_mandatory"}
    if DROPPING_CUES.intersection(cues):
        return None
    if UNLESS_OBLIGED.intersection(cues) and "cue.obligation" not in cues:
        return None
    for role, kind in ROLE_CUES:
        if kind in cues:
            return role, cues[kind]
    return "mention", None


# The kinds whose level a sentence may state under a title that names them: an amount of a
# named cover, a level of service (not an untyped liability or another cover, which the title
# names too loosely).
_VALUED_BY_TITLE = frozenset(
    {
        "insurance.rc_pro",
        "insurance.rc_exploitation",
        "insurance.cyber",
        "insurance.multirisque",
        "insurance.business_interruption",
        "cloud.sla",
    }
)
# The words that make a value a level demanded: « le montant minimal exigé », "at least".
# « D-03 Notification des violations de données : 24 heures au plus après la prise de
# connaissance »: a delay under the title of the notice it times
_TIMED_BY_TITLE = frozenset({"gdpr.breach_notification"})
_DELAY_DEMANDED = re.compile(
    r"\b(?:au\s+plus|au\s+maximum|maximum|within|no\s+later\s+than|at\s+the\s+latest)\b",
    re.IGNORECASE,
)
_LEVEL_DEMANDED = re.compile(
    r"\b(?:minimum|minimal|minimale|exig[ée]e?s?|requise?s?|au\s+moins|at\s+least|not\s+less\s+than|"
    r"required)\b",
    re.IGNORECASE,
)

# « Dans quel délai le titulaire doit-il signaler une violation ? », "What availability is
# required?": a question asking what is demanded, its answer the demand's level
_ASKS_WHAT_IS_DEMANDED = re.compile(
    r"\b(?:doit|doivent|devra|faut|attendue?s?|exig[ée]e?s?|demand[ée]e?s?|requise?s?|must|shall|"
    r"required|expected)\b[^?]*\?\s*$",
    re.IGNORECASE,
)


def _valued_under_title(
    unit: Sentence,
    tokens: Tokens,
    title_rules: Sequence[Rule],
    ruleset: RuleSet,
    rules: dict[str, Rule],
    lang: str,
    above: str | None = None,
    asked: bool = False,
) -> SentenceHits | None:
    """« Q6 – Niveau de disponibilité … Réponse : Le niveau exigé est fixé à 99,7 % par mois »:
    a sentence that states the value of the one kind its title names, without naming the kind
    itself, states that demand (an answer under its question's title, a row under its cover).
    The demand may be said by the sentence (« montant minimum », « vivement conseillée ») or
    by the title above its cover's (« Assurances exigées du titulaire »), or by the question
    it answers (`asked`: « Quel taux de disponibilité est attendu ? » over « 99,5 % par mois »)."""
    kinds = {r.kind for r in title_rules}
    if len(kinds) != 1 or title_rules[0].kind not in _VALUED_BY_TITLE | _TIMED_BY_TITLE:
        return None
    rule = title_rules[0]
    if " | " in unit.text or _CONTINUATION_START.match(unit.text):
        # a table's row is read under its header; « dont immatériels : 150 000 € » is a
        # sub-limit of the amount before it
        return None
    values = extract_values(rule.kind, rule.fields, unit.text, lang)
    if values.amount is None and values.percent is None and values.hours is None:
        return None
    role = _role(_cues(tokens, _spans(tokens, ruleset), rules, ruleset))
    if role is None or role[0] == "question":
        return None
    demanded = _DELAY_DEMANDED if rule.kind in _TIMED_BY_TITLE else _LEVEL_DEMANDED
    if (
        role[0] != "recommendation"
        and not asked
        and not demanded.search(f"{unit.text} {above or ''}")
    ):
        # a value alone demands nothing, nor one a cap bounds ("Service credits will not
        # exceed 50% of the monthly fee")
        return None
    return SentenceHits(unit, (rule,), {rule.id: ""}, *role)


def _names_providers(rule: Rule, text: str) -> bool:
    """Whether a sentence names the providers a rule reads: « une offre qualifiée SecNumCloud
    d'OVHcloud ou de 3DS Outscale » demands the qualification and names the hosts, two
    demands; « l'hébergeur est qualifié SecNumCloud » only the first."""
    return "providers" in rule.fields and bool(lexicon("providers").values(text))


def _fired(
    sentence: Sentence,
    ruleset: RuleSet,
    rules: dict[str, Rule],
    heading: Tokens | None = None,
    tokens: Tokens | None = None,
    previous: Tokens | None = None,
) -> SentenceHits | None:
    """The rules a sentence fires. A rule's `requires` context may also come from the clause
    heading: under "Protection des données et sous-traitance", "toute sous-traitance est
    soumise à autorisation préalable" speaks of sub-processors; and, for a rule that
    `reads_previous`, from the sentence before: "…une assurance cyber de 2 M€. L'attestation
    est remise sur demande." speaks of that insurance's certificate."""
    tokens = tokenize(sentence.labelled) if tokens is None else tokens
    spans = _spans(tokens, ruleset)
    if not spans:
        return None
    cues = _cues(tokens, spans, rules, ruleset)
    if "cue.asks_if_required" in cues and " | " not in sentence.text:
        # « Et une assurance cyber, c'est demandé ? » asks as « Est-elle demandée ? » does
        cues.setdefault("cue.interrogative", cues["cue.asks_if_required"])
    if "cue.interrogative" in cues and (" | " not in sentence.text or _answered_after(sentence)):
        # "Êtes-vous certifié ISO 27001 ?" written in a paragraph asks; so does a row of a
        # questionnaire whose question is answered in the cells after it, unless they give the
        # answer expected (« C.4 | Recourez-vous à un hébergeur tiers ? | ☐ Oui ☐ Non » asks;
        # see detect_clause). A row asking with no answer cell left (the respondent's column
        # set aside) demands what it asks.
        cues.setdefault("cue.question", cues["cue.interrogative"])
    if _row_closed(sentence, ruleset, rules):
        return None
    if _header_cue(sentence, "cue.history", ruleset, rules):
        return None
    if _titles_rows(sentence):
        return None
    role = _role(cues)
    if role is None:
        return None
    # "exercer leurs droits à l'effacement": the words naming the right fire no demand.
    right = spans.get(cues.get("cue.data_subject_right", ""))
    fired: list[Rule] = []
    vetoed: set[str] = set()
    # A table row is one statement, whichever of its sentences names the kind: « … il s'agit
    # d'OVHcloud ou de Scaleway ; tout changement est soumis à l'accord préalable de l'acheteur »
    # (its words read only when a rule looks beyond the sentence and its titles)
    row: list[Tokens | None] = []
    for key in spans:
        rule = rules[key]
        if rule.is_cue or (right and _overlap(spans[key], right)):
            continue
        needs = ruleset.requires.get(key, ())
        context = (heading, previous if rule.reads_previous else None)
        missing = [
            need
            for need in needs
            if not _found(need, tokens) and not any(c and _found(need, c) for c in context)
        ]
        if missing:
            if not row:
                row.append(_row_of(sentence))
            if row[0] is None or not all(_found(need, row[0]) for need in missing):
                continue
        if _vetoed(key, tokens, ruleset) and (
            not rule.excludes_local or _only_beside_vetoes(key, tokens, ruleset)
        ):
            vetoed.add(rule.kind)
            continue
        fired.append(rule)
    # "may be subject to U.S. laws, including the CLOUD Act": the English rule's veto holds for
    # the French rule of the kind too, which names the CLOUD Act in any language.
    fired = [r for r in fired if r.kind not in vetoed]
    kinds = {r.kind for r in fired}
    fired = [
        r
        for r in fired
        if not kinds.intersection(r.yields_to) or _names_providers(r, sentence.text)
    ]
    if "cue.subcontracted" in cues:
        fired, read_by = _theirs(fired, rules)
        if read_by is not None:
            spans[f"{SUBCONTRACTORS}.{read_by.lang}"] = spans[read_by.id]
    if not fired:
        return None
    matched = {r.id: tokens.span_text(*spans[r.id]) for r in fired}
    overrides = (
        _override_named(tokens, spans[cues["cue.override"]]) if "cue.override" in cues else None
    )
    return SentenceHits(sentence, tuple(fired), matched, *role, overrides=overrides)


def _row_of(sentence: Sentence) -> Tokens | None:
    """The words of the whole table row a sentence is one of, if it is one of several."""
    row = next((b.text for b in sentence.blocks if b.kind is BlockKind.TABLE_ROW), None)
    if row is None or len(row) <= len(sentence.text):
        return None
    return tokenize(row)


def _cell_by_cell(
    units: list[Sentence], ruleset: RuleSet, rules: dict[str, Rule]
) -> list[Sentence]:
    """The rows of a table whose columns name different kinds ("Lot | RC professionnelle | RC
    exploitation | Assurance cyber"), each cell read as a sentence of its own with the row's
    first cell: "Lot 2 | 1 000 000 € par sinistre | Non exigée | Non exigée" demands an RC
    professionnelle of its amount and waives the two other covers, each with its own value."""
    out: list[Sentence] = []
    split: dict[str, bool] = {}
    for unit in units:
        header = unit.header
        if header is None or " | " not in unit.text:
            out.append(unit)
            continue
        if header not in split:
            split[header] = _columns_name_kinds(header, ruleset, rules)
        names, cells = header.split(" | ")[unit.first_cell :], unit.text.split(" | ")
        if (
            not split[header]
            or unit.first_cell
            or len(cells) != len(names)
            or _row_closed(unit, ruleset, rules)  # ("Status : Expired", read under its header)
        ):
            out.append(unit)
            continue
        out += [
            replace(unit, text=f"{cells[0]} | {cell}", header=f"{names[0]} | {name}")
            for name, cell in zip(names[1:], cells[1:], strict=True)
            if cell.strip()
        ]
    return out


def _columns_name_kinds(header: str, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether at least two columns of a header row name each a kind of their own."""
    named = [
        {rules[k].kind for k in _spans(tokenize(name), ruleset) if not rules[k].is_cue}
        for name in header.split(" | ")[1:]
    ]
    kinds = [n for n in named if n]
    return len(kinds) >= 2 and len(set().union(*kinds)) >= 2


def _answered_after(sentence: Sentence) -> bool:
    """Whether a row's sentence ends on its question and the row goes on with answer cells."""
    row = sentence.blocks[-1].text.rstrip() if sentence.blocks else ""
    return sentence.text.rstrip().endswith("?") and not row.endswith("?")


def _theirs(fired: list[Rule], rules: dict[str, Rule]) -> tuple[list[Rule], Rule | None]:
    """The rules fired by a sentence the sub-contractors open ("Les sous-traitants … justifient
    d'une assurance de RC professionnelle", "Tout sous-traitant justifie d'une attestation
    d'assurance", "Supplier shall require its subcontractors … to maintain general liability
    insurance"): the cover it names is theirs, so its insurance demand is
    insurance.subcontractors, whichever cover rule read it; the second value is that cover rule
    when the sub-contractors' own rule did not fire, its words being the ones matched."""
    insurance = [r for r in fired if r.kind.startswith("insurance.")]
    if not insurance:
        return fired, None
    others = [r for r in fired if not r.kind.startswith("insurance.")]
    theirs = next((r for r in insurance if r.kind == SUBCONTRACTORS), None)
    if theirs is not None:
        return [*others, theirs], None
    read_by = insurance[0]
    theirs = rules.get(f"{SUBCONTRACTORS}.{read_by.lang}")
    if theirs is None:
        return fired, None
    return [*others, theirs], read_by


def _override_of(tokens: Tokens, ruleset: RuleSet, rules: dict[str, Rule]) -> Override | None:
    """The article a sentence that demands nothing itself sets anew, if it says it does."""
    spans = _spans(tokens, ruleset)
    cue = _cues(tokens, spans, rules, ruleset).get("cue.override")
    return _override_named(tokens, spans[cue]) if cue is not None else None


# "l'article CG-9", "clause 14.1(a)", "Section 5": the article an overriding sentence names;
# "GCC 22.2", a general condition named by its code, as the conditions print their numbers.
_ARTICLE_NAMED = re.compile(
    r"\b(?:(?:article|art\.|clause|section|point|paragraphe|paragraph|requirement|eis)\s+"
    # (« l'article G.9.1 », an article of the general conditions lettered apart from the
    # special ones)
    r"(?P<number>[A-Z]{1,4}(?:-[A-Z]{1,4})?-\d{1,3}(?:\.\d{1,2})?|[A-Z]{1,2}\.\d{1,3}(?:\.\d{1,3}){0,3}"
    r"|\d{1,3}(?:[.\-]\d{1,3}){0,3})"
    # (« Par dérogation à CG 8.1 », a clause of the general conditions a contract prints with
    # its special ones, « CP 3 »)
    r"|(?P<coded>(?:GCC|CG|CGV|CGA)\s\d{1,3}(?:\.\d{1,3}){0,3}))",
    re.IGNORECASE,
)


def _override_named(tokens: Tokens, span: tuple[int, int]) -> Override | None:
    """The first article named from where the override cue matched: the one it sets anew, in
    this piece or, "of the MSA", in another piece of the deal."""
    start = tokens.text.find(tokens.span_text(*span))
    named = _ARTICLE_NAMED.search(tokens.text, max(start, 0))
    if named is None:
        return None
    if _OF_A_STANDARD.match(tokens.text, named.end()):
        return None  # "l'article 14.1 du CCAG-TIC": a text outside the deal
    elsewhere = _OF_ANOTHER_TEXT.match(tokens.text, named.end()) is not None
    return Override(named.group("number") or named.group("coded"), elsewhere)


_OF_ANOTHER_TEXT = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|des|of)\b", re.IGNORECASE)
# The texts a deal refers to without holding them: the CCAG, codes, laws and regulations.
_OF_A_STANDARD = re.compile(
    r"\s+(?:du|de\s+la|de\s+l['’]|des|of)(?:\s+the)?\s+(?:ccag|code|loi|r[èe]glement|rgpd|gdpr|"
    r"regulation|directive|d[ée]cret|decree|law|act|far|dfars)\b",
    re.IGNORECASE,
)


def _row_closed(sentence: Sentence, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether the sentence is in a row of a requirement list whose status column closes it
    ("Statut : Supprimée"), whichever of the row's sentences it is."""
    if sentence.header is None:
        return False
    row = next((b.text for b in sentence.blocks if b.kind is BlockKind.TABLE_ROW), None)
    if row is None:
        return False
    tokens = tokenize(replace(sentence, text=row, first_cell=0).labelled)
    return _cue_id(tokens, "cue.rejected", ruleset, rules) is not None


# « 3.4 Assurance et responsabilité »: a numbered title, no sentence.
# « D. Assurances et responsabilité » too: a lettered part of the grid.
_NUMBERED_TITLE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|[A-H]\.)\s+[A-ZÀ-Ö][^.;:!?|]{0,60}$"
)


def _titles_rows(sentence: Sentence) -> bool:
    """Whether the sentence is a row titling the rows below it: one cell, as a merged row of a
    response grid (« 3.4 Assurance et responsabilité » over « R11 — … »), or the names of the
    columns in capitals ("TYPE OF INSURANCE | MINIMUM LIMITS | ADDITIONAL REQUIREMENTS")."""
    if len(sentence.blocks) != 1 or sentence.blocks[0].kind is not BlockKind.TABLE_ROW:
        return False
    text = sentence.blocks[0].text.strip()
    cells = text.split(" | ")
    named = len(cells) > 1 and all(c.isupper() and not _DIGIT.search(c) for c in cells)
    return named or _NUMBERED_TITLE.match(text) is not None


_DIGIT = re.compile(r"\d")


def _header_cue(
    sentence: Sentence, kind: str, ruleset: RuleSet, rules: dict[str, Rule]
) -> str | None:
    """The cue of `kind` the header of the sentence's table states, if any: the rows of a
    version history ("Version | Date | Change") tell what an earlier version said; those of a
    table of criteria and weights ("Criterion | Weight") how offers are marked."""
    if sentence.header is None:
        return None
    return _cue_id(tokenize(sentence.header), kind, ruleset, rules)


def _cue_id(tokens: Tokens, kind: str, ruleset: RuleSet, rules: dict[str, Rule]) -> str | None:
    """Id of the cue of `kind` these tokens state, as `_cues` reads cues, if any."""
    return _cues(tokens, _spans(tokens, ruleset), rules, ruleset).get(kind)


def _reports_bids(title: str | None, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether a title heads the part of a report telling what each bidder offered (its words
    open the title)."""
    if not title:
        return False
    tokens = tokenize(title)
    return any(
        start == 0 and rules[key].kind == "cue.bids_report"
        for key, (start, _) in _spans(tokens, ruleset).items()
    )


def _obliging(sentence: Sentence, ruleset: RuleSet, rules: dict[str, Rule]) -> str | None:
    """Id of the obligation cue of a sentence that demands (no waiver, no duty of the buyer),
    if it states one."""
    return _obliging_words(sentence.labelled, ruleset, rules)


def _obliging_words(text: str, ruleset: RuleSet, rules: dict[str, Rule]) -> str | None:
    tokens = tokenize(text)
    role = _role(_cues(tokens, _spans(tokens, ruleset), rules, ruleset))
    return role[1] if role is not None and role[0] == "obligation" else None


def _spans(tokens: Tokens, ruleset: RuleSet) -> dict[str, tuple[int, int]]:
    """Rule or cue id -> the tokens of its first match."""
    spans: dict[str, tuple[int, int]] = {}
    for m in ruleset.matcher.find(tokens):
        spans.setdefault(m.key, (m.start, m.end))
    return spans


def _cues(
    tokens: Tokens, spans: dict[str, tuple[int, int]], rules: dict[str, Rule], ruleset: RuleSet
) -> dict[str, str]:
    """Cue kind -> id of the cue rule that matched and none of whose `excludes` did, those that
    must open the sentence only where they do."""
    cues: dict[str, str] = {}
    openings = _openings(tokens)
    for key, (start, _) in spans.items():
        kind = rules[key].kind
        reach = ANCHORED_CUES.get(kind)
        anchored = reach is None or any(0 <= start - o <= reach for o in openings)
        if rules[key].is_cue and anchored and not _vetoed(key, tokens, ruleset):
            cues.setdefault(kind, key)
    return cues


# "Portabilité des données : Le responsable de traitement doit…": a short label before ":"
# opens the sentence (or a cell); a cue that must open the sentence is looked for after it.
MAX_LABEL_TOKENS = 6
MAX_LEAD_TOKENS = 5
MAX_MARKER_TOKENS = 4


_TITLE_DASHES = frozenset(["–", "—"])


# A party saying what it recalls or points out: « L'Agence rappelle qu'… », « Le pouvoir
# adjudicateur précise que… ».
_REPORTING = frozenset(
    {"rappelle", "precise", "souligne", "indique", "signale", "observe", "note", "rappellent"}
)
_THAT = frozenset({"que", "qu'"})
MAX_REPORTING_TOKENS = 6


def _openings(tokens: Tokens) -> list[int]:
    """Where a sentence opens: its start, the start of each cell of a table row, after a short
    label ending with ":" at either ("Q4.1 | Question : Le candidat précise…"), and after a
    marker in brackets at any of those."""
    norms = tokens.norms
    starts = [0] + [i + 1 for i, norm in enumerate(norms) if norm == "|"]
    openings = list(starts)
    for start in starts:
        label = norms[start : start + MAX_LABEL_TOKENS + 1]
        if ":" in label:
            opened = start + label.index(":") + 1
            # (« Nota : en vertu de l'article 33 du RGPD, il appartient au SINDA… »: the leads
            # after a label, as at the start)
            openings += [opened, *_after_leads(norms, opened)]
        # "Sécurité – Le candidat décrit…": a run-in title before a dash, as before a colon.
        dash = next((n for n, norm in enumerate(label) if norm in _TITLE_DASHES), None)
        if dash is not None and dash > 0:
            openings.append(start + dash + 1)
        openings += _after_leads(norms, start)
        # « L'Agence rappelle qu'il appartient aux responsables de traitement de notifier… »:
        # what a party recalls opens after its « que », as the sentence's own clause.
        lead = norms[start : start + MAX_REPORTING_TOKENS]
        said = next(
            (n for n in range(1, len(lead)) if lead[n] in _THAT and lead[n - 1] in _REPORTING),
            None,
        )
        if said is not None:
            openings.append(start + said + 1)
    # "(E) Indiquez…": a marker in brackets (required, optional) before the words.
    for opening in list(openings):
        marker = norms[opening : opening + MAX_MARKER_TOKENS]
        if marker[:1] == ("(",) and ")" in marker:
            openings.append(opening + marker.index(")") + 1)
    # « [Le candidat décrit…] »: an instruction of a template, in quotes and brackets.
    for opening in list(openings):
        skipped = opening
        while skipped < len(norms) and norms[skipped] in _OPENING_MARKS:
            skipped += 1
        if skipped > opening:
            openings.append(skipped)
    return openings


_OPENING_MARKS = frozenset(["«", "[", '"', "“"])
# Introductory phrases that may follow one another before the subject: « Pour rappel,
# conformément à l'article 33 du RGPD, il appartient à l'Office… »
MAX_LEADS = 3


def _after_leads(norms: tuple[str, ...], start: int) -> list[int]:
    """Where the clause opens after the introductory phrases at `start`, each in turn.
    "Avant toute résiliation, le CLIENT doit…": after a short phrase setting the time or the
    case, the subject opens the clause; "Lorsque le CLIENT utilise les Services pour le compte
    de tiers, il incombe au CLIENT…": after a condition, however long it is."""
    found: list[int] = []
    for n in range(MAX_LEADS):
        lead = norms[start : start + MAX_LEAD_TOKENS + 1]
        # (after the first, only a condition: in "Licensor shall assume no liability, both
        # contingent and otherwise, which may arise…", "which" opens no question)
        if n == 0 and "," in lead and "|" not in lead[: lead.index(",")]:
            start += lead.index(",") + 1
        elif norms[start : start + 1] and (
            norms[start] in _CONDITIONS or tuple(norms[start : start + 2]) in _TWO_WORD_LEADS
        ):
            comma = _comma_closing(norms, start)
            if comma is None:
                break
            start = comma + 1
        else:
            break
        found.append(start)
    return found


def _comma_closing(norms: tuple[str, ...], start: int) -> int | None:
    """The comma that ends a condition opening at `start`, outside brackets ("Dans le cas où
    le CLIENT traite des données (paie, facturation, etc.), il incombe…"); None when the
    condition runs on beyond MAX_CONDITION_TOKENS or into another cell."""
    depth = 0
    for i in range(start, min(len(norms), start + MAX_CONDITION_TOKENS)):
        norm = norms[i]
        if norm == "|":
            return None
        depth += (norm == "(") - (norm == ")")
        if norm == "," and depth <= 0:
            return i
    return None


# Words opening a condition before the main clause ("Lorsque …, il …", "Where …, the Customer").
# (and "Under C.R.S. § 6-1-716, the County, as a covered entity, must notify…": the law the
# clause rests on)
_CONDITIONS = frozenset(
    ["lorsque", "lorsqu'", "si", "quand", "dans", "conformement", "when", "if", "where", "under"]
)
MAX_CONDITION_TOKENS = 60
# « En application de l'article 33 du RGPD, le Syndicat notifiera lui-même… »: the law or the
# case the clause rests on, before its subject
_TWO_WORD_LEADS = frozenset(
    [
        ("en", "application"),
        ("en", "vertu"),
        ("en", "cas"),
        ("pursuant", "to"),
        ("in", "accordance"),
    ]
)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_STATUS_FIELD = re.compile(
    r"(?:^|\s)(?:status|statut|[ée]tat|resolution|commentaire|comments?|observations?"
    r"|applicabilit[ée]|applicability)\s*:",
    re.IGNORECASE,
)


def _status_sets_aside(clause: Clause, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether a line of the clause's own fields gives it a status that sets it aside
    ("Type: Requirement  Priority: Medium  Status: Won't Do", « Statut : Abandonnée », the
    buyer's « Commentaire : non applicable » under a model clause): the ticket, card, record or
    clause demands nothing, whatever its text says."""
    for block in clause.blocks:
        if block.kind is BlockKind.TABLE_ROW or not _STATUS_FIELD.search(block.text):
            continue
        if _cue_id(tokenize(block.text), "cue.rejected", ruleset, rules) is not None:
            return True
    return False


def _of_no_demand_anywhere(titles: str, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether the titles above a clause set aside all it says ("Options considered",
    « Points abandonnés », « Rappel de votre contrat actuel »)."""
    tokens = tokenize(titles)
    return any(
        rules[k].kind in TITLES_OF_NO_DEMAND_ANYWHERE and not _vetoed(k, tokens, ruleset)
        for k in _spans(tokens, ruleset)
    )


def _vetoed(key: str, tokens: Tokens, ruleset: RuleSet) -> bool:
    """Whether one of the rule's `excludes` matches these tokens."""
    vetoes = ruleset.excludes.get(key)
    return vetoes is not None and next(vetoes.find(tokens), None) is not None


def _only_beside_vetoes(key: str, tokens: Tokens, ruleset: RuleSet) -> bool:
    """Whether every match of the rule overlaps one of its `excludes`: « l'attestation de
    régularité fiscale et une attestation d'assurance » keeps the second."""
    vetoes = [(m.start, m.end) for m in ruleset.excludes[key].find(tokens)]
    return all(
        any(_overlap((m.start, m.end), veto) for veto in vetoes)
        for m in ruleset.matcher.find(tokens)
        if m.key == key
    )


def _found(matcher: Matcher, tokens: Tokens) -> bool:
    return next(matcher.find(tokens), None) is not None


def _value_text(units: Sequence[Sentence], index: int, fired: Sequence[bool]) -> str:
    """The sentence plus the list items or "dont ..." sentences that complete it. A run-in
    title ("Employers' Liability Insurance. Occurrence based coverage with a limit of at least
    $10,000,000…") is completed by the rest of its paragraph."""
    parts = [units[index].text]
    introduces_list = units[index].ends_with_colon
    run_in = len(units[index].text.split()) <= RUN_IN_TITLE_WORDS and bool(units[index].blocks)
    for j in range(index + 1, min(len(units), index + 1 + MAX_CONTINUATION)):
        nxt = units[j]
        if fired[j]:
            break
        same_paragraph = run_in and bool(nxt.blocks) and nxt.blocks[0] is units[index].blocks[-1]
        if (
            (introduces_list and nxt.is_item)
            or _CONTINUATION_START.match(nxt.text)
            or same_paragraph
        ):
            parts.append(nxt.text)
            continue
        break
    return " ".join(parts)


# « Le montant minimum de garantie est de… », « Le titulaire devra être assuré à hauteur de… »,
# "The limit of such cover shall be…": a sentence giving the amount of a cover named before it.
_COVER_AMOUNT_WORDS = re.compile(
    r"\b(?:montants?|garanties?|assur[ée]e?s?|couverture|sinistres?|limits?|cover(?:age)?|insured"
    r"|indemnity)\b",
    re.IGNORECASE,
)


def _amount_after(units: Sequence[Sentence], index: int, fired: Sequence[bool]) -> str | None:
    """The next sentence of the same paragraph, when it names no kind of its own and speaks of
    a cover's amount in figures."""
    if index + 1 >= len(units) or fired[index + 1]:
        return None
    here, nxt = units[index], units[index + 1]
    same_paragraph = bool(nxt.blocks) and bool(here.blocks) and nxt.blocks[0] is here.blocks[-1]
    if not same_paragraph or " | " in nxt.text:
        return None
    if _COVER_AMOUNT_WORDS.search(nxt.text) and _DIGIT.search(nxt.text):
        return nxt.text
    return None


# "The Contractor must hold the following insurances … (and, for Professional Indemnity, for
# six years afterwards)." over the table of covers: a sentence announcing the table below it,
# though it ends with a stop.
_ANNOUNCING_TABLE = re.compile(
    r"\b(?:the\s+following|as\s+follows|set\s+out\s+below|listed\s+below|in\s+the\s+table\s+below"
    r"|ci-(?:apr[èe]s|dessous)|suivant(?:e|s|es)\s*(?:[.:]|$))",
    re.IGNORECASE,
)


def _announces_table(units: Sequence[Sentence], index: int) -> bool:
    after = units[index + 1] if index + 1 < len(units) else None
    return (
        after is not None
        and any(b.kind is BlockKind.TABLE_ROW for b in after.blocks)
        # (a sentence above the table, not a row announcing its own list of names)
        and not any(b.kind is BlockKind.TABLE_ROW for b in units[index].blocks)
        and _ANNOUNCING_TABLE.search(units[index].text) is not None
    )


def _list_kinds(
    units: Sequence[Sentence], hits: Sequence[SentenceHits | None], index: int
) -> tuple[set[str], set[str]]:
    """Kinds fired by the list items (or table rows) that a sentence ending with ':' introduces,
    and those fired by the table rows among them."""
    kinds: set[str] = set()
    in_rows: set[str] = set()
    if not (units[index].ends_with_colon or _announces_table(units, index)):
        return kinds, in_rows
    for j in range(index + 1, len(units)):
        if not units[j].is_item:
            break
        hit = hits[j]
        if hit is not None:
            kinds.update(r.kind for r in hit.rules)
            if any(b.kind is BlockKind.TABLE_ROW for b in units[j].blocks):
                in_rows.update(r.kind for r in hit.rules)
    return kinds, in_rows


def detect_clause(
    clause: Clause,
    ruleset: RuleSet,
    rules: dict[str, Rule],
    lang: str,
    context: str | None = None,
    members: MemberScope | None = None,
    titles_read: dict[str, bool] | None = None,
    goes_on_from: Tokens | None = None,
    announced_by: str | None = None,
    ancestors: str | None = None,
    introduced_by: str | None = None,
) -> list[Finding]:
    """Findings of one clause; `context` is the heading its sentences are read under: its
    own, or that of the article it is a paragraph of ("9.2 Il doit justifier…" under
    "Article 9 – Assurance"); `members` follows the requests to each member of a grouping
    through the piece; `titles_read` remembers, through a piece, which articles' titles
    their paragraphs are read under; `goes_on_from` is the sentence its first one follows, when
    the clause goes on from the one before it; `announced_by` is the sentence announcing the
    points of the article this clause is a point of ("Votre dossier contient :" above "c) une
    attestation d'assurance…"), read with its values as an introduction is; `introduced_by` the
    sentence closing the article this clause is a section of (« … shall maintain the following
    minimum insurance … » over « 5.1 Commercial General Liability » and its limits)."""
    if clause.heading and is_toc_title(clause.heading):
        return []  # the entries of a table of contents name the articles, they demand nothing
    if _reports_bids(clause.heading, ruleset, rules) or _reports_bids(context, ruleset, rules):
        return []  # « 4 ANALYSE DES OFFRES » / « 4.1 Cirrhus Informatique SAS »: offers told
    # "5.4 Renouvellement" under "Article 5 – Assurances": the sentences speak of what both
    # titles name ("les attestations" are of insurance), the clause is titled by its own. The
    # article's title counts unless a rule rejects its words ("Plan d'Assurance" is of quality).
    parent = None
    if context and clause.heading:
        # "9.3.2 Attestations annuelles" under "9.3 Justification des garanties" under
        # "9 ASSURANCES": every title above says what the sentences speak of.
        above = ancestors or context
        memo = {} if titles_read is None else titles_read
        if above not in memo:
            memo[above] = _read_under(above, ruleset)
        parent = above if memo[above] else None
    if announced_by is not None and _lists_examples(tokenize(announced_by), ruleset, rules):
        return []  # a point of « Nous vous recommandons de demander : » or « Exemples : »
    if ancestors and clause.heading and _of_no_demand_anywhere(ancestors, ruleset, rules):
        return []  # « 2.1 Assurance cyber » under « 2. Points en suspens »: not agreed
    if (clause.number or clause.heading) and _status_sets_aside(clause, ruleset, rules):
        return []  # a ticket or a card whose field reads « Status: Won't Do »
    context = clause.heading or context
    setting = " ".join(filter(None, (context, announced_by))) or None
    heading = tokenize(context) if context else None
    surroundings = tokenize(f"{parent} {context}") if parent else heading
    in_title = _spans(heading, ruleset) if heading is not None else {}
    asked = _QUESTION_NUMBER.match(clause.number or "") is not None or (
        # "C3.1" then "Question: …" and "Response: …": a clarification, its question and answer
        bool(clause.blocks)
        and _QUESTION_LABEL.match(clause.blocks[0].text) is not None
        and bool(_from_the_answer(clause.blocks))
    )
    if asked or (
        heading is not None
        and any(
            (
                (start == 0 and rules[k].kind in TITLES_OF_NO_DEMAND)
                or rules[k].kind in TITLES_OF_NO_DEMAND_ANYWHERE
            )
            and not _vetoed(k, heading, ruleset)
            for k, (start, _) in in_title.items()
        )
    ):
        # "Article 1 – Définitions", "Historique des versions": nothing demanded, up to the end
        # of the table the title heads; what follows it under no title of its own (the grid of
        # requirements after a version history) is read as untitled text. Under a bidder's
        # question, its answer (« Réponse : … ») is what demands.
        rest = _after_first_table(clause.blocks) or _from_the_answer(clause.blocks)
        if not rest:
            return []
        clause, heading, in_title = replace(clause, heading=None, blocks=rest), None, {}
        surroundings = None
    # « Souhaité Disponibilité renforcée »: the clause's own title opening on a wish (or on
    # the wish in brackets after its code, « Exigence S-03 (recommandé) »)
    opens = 1 if heading is not None and heading.text.lstrip().startswith(("(", "[")) else 0
    wished = next(
        (
            k
            for k, (start, _) in in_title.items()
            if start <= opens and rules[k].kind == "cue.recommendation"
        ),
        None,
    )
    wished = wished if clause.heading else None
    if _closed(clause, ruleset, rules):
        return []
    held = schedule_rows(clause.blocks)
    if held:  # a policy's schedule pasted in (« PREMIUM: », "INSURED:"): a cover held
        clause = replace(
            clause, blocks=tuple(b for i, b in enumerate(clause.blocks) if i not in held)
        )
    # "Écart 4" is a number that names, as a title does.
    named = clause.number if clause.number and not clause.number[:1].isdigit() else None
    in_number = _spans(tokenize(named), ruleset) if named else {}
    marking = any(rules[k].kind in TITLES_OF_MENTIONS_ONLY for k in [*in_title, *in_number])
    units = _cell_by_cell(sentences(clause), ruleset, rules)
    if _opens_on_a_title(units, lang) and any(
        not rules[k].is_cue for k in _spans(tokenize(units[1].labelled), ruleset)
    ):
        # "(a) General liability. Bodily injury liability insurance … $500,000 per occurrence":
        # the point's run-in title types the cover its sentence demands, as a heading does
        # (a sentence naming no kind stays with its title: "Employers' Liability Insurance.
        # Occurrence based coverage with a limit of at least $10,000,000")
        lead = tokenize(units[0].text)
        in_title = {**_spans(lead, ruleset), **in_title}
        heading = tokenize(f"{context or ''} {units[0].text}")
        surroundings = tokenize(f"{parent or ''} {context or ''} {units[0].text}")
        units = units[1:]

    def weighed(sentence: Sentence) -> bool:
        return _header_cue(sentence, "cue.award_criterion", ruleset, rules) is not None

    read = [tokenize(u.labelled) for u in units]
    bands: dict[str, Tokens] = {}

    def around(unit: Sentence) -> Tokens | None:
        """What a sentence is read under: the titles, and the band title of its table rows
        ("D. Insurance" over "D-3 | Cyber Liability: $3,000,000 per claim")."""
        if unit.band is None:
            return surroundings
        if unit.band not in bands:
            bands[unit.band] = tokenize(" ".join(filter(None, (parent, context, unit.band))))
        return bands[unit.band]

    labels_read: dict[str, bool] = {}  # a row's label -> whether it titles the buyer's part
    hits = [
        None
        if _labelled_part_of_no_demand(u, ruleset, rules, labels_read)
        else _fired(u, ruleset, rules, around(u), read[i], read[i - 1] if i else goes_on_from)
        for i, u in enumerate(units)
    ]
    # The kinds the title names ("Réversibilité"): the clause is where those demands are made
    # (not "Changes to this SLA", which names the document itself: the rule's veto holds).
    titled = frozenset(
        rules[k].kind
        for k in in_title
        if not rules[k].is_cue and not (heading is not None and _vetoed(k, heading, ruleset))
    )
    # "6.1 Certification de l'hébergeur" names the host, and the host's certification (HDS,
    # SecNumCloud) is what the host rule yields to: a title of the same subject, not another.
    related = frozenset(kind for k in in_title for kind in rules[k].yields_to)
    title_rules = [rules[k] for k in in_title if not rules[k].is_cue and rules[k].kind in titled]
    if not any(hits):
        # (only where no sentence names a kind: elsewhere, a sentence giving a value carries on
        # the one before it, « … une RC professionnelle. Le montant de cette garantie ne peut
        # être inférieur à 1 500 000 € »)
        asks_level = bool(context and _ASKS_WHAT_IS_DEMANDED.search(context))
        announcing = f"{parent or ''} {announced_by or introduced_by or ''}"
        hits = [
            _valued_under_title(
                u,
                read[i],
                title_rules,
                ruleset,
                rules,
                lang,
                announcing,
                asked=asks_level,
            )
            for i, u in enumerate(units)
        ]
    if wished is not None:
        # « EXG-HEB-03 Souhaité Qualification SecNumCloud » over its text: the level the
        # requirement's frame opens on holds for what its text demands
        hits = [
            replace(h, role="recommendation", cue=wished)
            if h is not None and h.role in ("obligation", "mention")
            else h
            for h in hits
        ]
    paragraphs = {id(block): n for n, block in enumerate(clause.blocks)}
    fired = [h is not None for h in hits]
    clause_text = " ".join(u.text for u in units) if any(fired) else ""
    findings: list[Finding] = []
    announced: set[tuple[int, str]] = set()  # (sentence, kind) of the items of a grid
    intros = _intros(units)
    illustrated = _illustrated_from(read, ruleset, rules)
    obligations: dict[int, str | None] = {}  # introduction -> its obligation cue, read once
    announcing_cue: str | None = None  # that of `announced_by` ("" when none), read once
    for index, hit in enumerate(hits):
        if hit is None:
            continue
        # "The Supplier shall maintain the following insurance:" yields to the kinds its items
        # name, and "s'engage sur les taux de disponibilité suivants :" to the table rows that
        # state them: the rows are the demands.
        item_kinds, row_kinds = _list_kinds(units, hits, index)
        window = _value_text(units, index, fired)
        sentence, role, boxes = hit.sentence.text, hit.role, hit.sentence.boxes
        intro = intros[index]
        bound_by_announcement = False
        asks = False  # a question whose cell neither imposes a level nor obliges
        if role == "question":
            # "Indiquez le délai… Ce délai ne peut excéder quarante-huit heures.": a question
            # that imposes a level in its cell is a demand, quoted whole, and so is one its cell
            # obliges to answer so ("Disposez-vous d'une RC Pro ? Impératif : joindre une
            # attestation"); else it is none.
            cell = _cell(units, index)
            sentence = window = " ".join(u.text for u in cell)
            role, boxes = "obligation", tuple(b for u in cell for b in u.boxes)
            # (« Acceptez-vous d'agir en qualité de sous-traitant… ? * Réponse attendue : Oui. »:
            # the answer a form's help text expects obliges too)
            asks = (
                not any(_obliging(u, ruleset, rules) for u in cell[1:])
                and not _EXPECTED_YES.search(sentence)
                and not _expectation_given(hit.sentence, ruleset, rules)
            )
        if intro is not None and _lists_examples(read[intro], ruleset, rules):
            continue  # "Exemples de mesures possibles : - mesures de pseudonymisation…"
        if illustrated is not None and index >= illustrated and role == "mention":
            continue  # « Exemple : … » then « SLA 1 : … 99,9 % ; taux du mois 90 % »
        if role == "mention" and intro is not None:
            # "Le sous-traitant s'engage à : - tenir un registre…": the item is bound by the
            # obligation its introduction states.
            if intro not in obligations:
                obligations[intro] = _obliging(units[intro], ruleset, rules)
            obliged = obligations[intro]
            if obliged is not None:
                role, hit = "obligation", replace(hit, cue=obliged)
        elif role == "mention" and announced_by is not None:
            # "14.2 The Supplier must hold:" then "(a) professional indemnity insurance for not
            # less than …": a point is bound by the obligation announcing it, in its article
            if announcing_cue is None:
                announcing_cue = _obliging_words(announced_by, ruleset, rules) or ""
            bound_by_announcement = bool(announcing_cue)
        # An item of a list is read under the sentence introducing it too ("Documents à
        # produire à l'appui des candidatures :" says when the items are due), then under the
        # titles of the articles it is part of ("5.1.2 Capacité" under "5.1 Éléments
        # nécessaires à la sélection des candidatures"), the nearest first.
        introduced = None if intro is None else units[intro].text
        before = " ".join(filter(None, (setting, introduced, ancestors)))
        by_kind: dict[str, list[Rule]] = defaultdict(list)
        # A kind fired by a French and an English rule is credited to the document's language.
        for rule in sorted(hit.rules, key=lambda r: r.lang != lang):
            if not item_kinds.intersection(rule.yields_to) and rule.kind not in row_kinds:
                by_kind[rule.kind].append(rule)
        for kind, kind_rules in by_kind.items():
            # the values any rule of the kind reads: « restitue les données puis les supprime
            # … dans un délai de 30 jours » fires the return (no value) and the deletion (days)
            rule = kind_rules[0]
            if len(kind_rules) > 1:
                fields = tuple(dict.fromkeys(f for r in kind_rules for f in r.fields))
                rule = rule if fields == rule.fields else replace(rule, fields=fields)
            if (index, kind) in announced:
                continue  # an item of a grid, read with the sentence announcing it
            if kind in _CERTIFICATIONS and _named_as_example(
                hit.sentence.labelled, hit.matched[rule.id]
            ):
                continue  # « les attestations disponibles (ISO 27001, SecNumCloud, HDS, etc.) »
            if rule.itemised:
                items = _itemised(
                    clause, units, hits, index, kind, rule, lang, setting, clause_text
                )
                if items:
                    announced.update((j, kind) for j, _ in items)
                    findings += [f for _, f in items]
                    continue
            part = _own_part(window, kind, {k: hit.matched[r[0].id] for k, r in by_kind.items()})
            values = extract_values(kind, rule.fields, part, lang, before, clause_text)
            if part != window and values.amount is None:
                values = extract_values(kind, rule.fields, window, lang, before, clause_text)
            quoted, quoted_boxes = sentence, boxes
            amount_after = _amount_after(units, index, fired) if "amount" in rule.fields else None
            if values.amount is None and amount_after is not None:
                # « … une assurance de responsabilité civile professionnelle. Le montant minimum
                # de garantie est de 2 000 000 € par sinistre. »: the cover's amount is given
                # by the next sentence of its paragraph, which names no cover of its own
                more = extract_values(
                    kind, rule.fields, f"{window} {amount_after}", lang, before, clause_text
                )
                if more.amount is not None:
                    # (quoted with it, so that the row shows where its amount is written)
                    values, quoted = more, f"{sentence} {amount_after}"
                    quoted_boxes = (*boxes, *units[index + 1].boxes)
            if asks and _asks_only(kind, rule, window, lang):
                continue
            if kind == PENALTIES and _caps_penalties_only(part, values):
                continue
            if role == "mention" and (marking or (values.is_empty() and weighed(hit.sentence))):
                # "C3 | Methodology of migration and reversibility | 25 %" under "Criterion |
                # Weight" marks offers; a criterion at a level ("AC-2 | availability of 99.9 %
                # or higher | 10") states a level wished for
                continue
            # (A certificate named in a point is one of the documents the introduction lists,
            # often another party's, « d) … de l'assurance de votre sous-traitant, par une
            # attestation »: it stays a mention, joined to the certificate demand stated where
            # its moment is.)
            bound = bound_by_announcement and kind != CERTIFICATE
            finding = Finding(
                rules=tuple(r.id for r in kind_rules),
                kind=kind,
                clause=clause,
                page=hit.sentence.page,
                sentence=quoted,
                matched=hit.matched[rule.id],
                recommended=hit.recommended,
                values=values,
                boxes=quoted_boxes,
                role="obligation" if bound else role,
                cue=announcing_cue if bound else hit.cue,
                row=_row(hit.sentence, clause),
                titled=kind in titled,
                titled_otherwise=bool(titled) and kind not in titled | related,
                paragraph=paragraphs.get(id(hit.sentence.blocks[0]), 0)
                if hit.sentence.blocks
                else 0,
                secondary=all(r.secondary for r in kind_rules),
                overrides=hit.overrides,
            )
            moments = named_moments(rule.fields, part, lang)
            if moments:
                finding = replace(finding, values=replace(values, moment=moments[0]))
            findings.append(finding)
            findings.extend(
                replace(finding, values=replace(values, moment=moment)) for moment in moments[1:]
            )
            # "1 500 000 € par sinistre et 3 000 000 € par année": a French tender sets two
            # minimums, two demands, as does "EUR 1,500,000 per claim and EUR 3,000,000 in the
            # aggregate per insurance year"; a US policy's "each occurrence / general aggregate"
            # limits are read as one cover's terms.
            yearly_too = lang == "fr" or _PER_YEAR_EN.search(part) is not None
            aggregate = annual_aggregate(kind, rule.fields, part, lang) if yearly_too else None
            if aggregate is not None:
                yearly = replace(values, amount=aggregate, basis="per_year", sublimits=())
                findings.append(replace(finding, values=yearly))
            for level in further_levels(kind, rule.fields, part, lang):
                findings.append(replace(finding, values=replace(values, percent=level)))
    findings = _typed_by_title(findings, titled)
    findings = general_beside_professional(
        findings, lambda text, kind: _cue_id(tokenize(text), kind, ruleset, rules)
    )
    findings = _covers_of_certificates(findings)
    if findings and not any(f.overrides for f in findings):
        # « … devront être hébergés en France. Cette exigence prévaut sur la première phrase du
        # point 6 du cahier des charges. »: the clause sets that article anew, whichever of its
        # sentences says so.
        override = next(
            (
                o
                for i, h in enumerate(hits)
                if h is None and (o := _override_of(read[i], ruleset, rules))
            ),
            None,
        )
        if override is not None:
            findings[0] = replace(findings[0], overrides=override)
    cue = (members or MemberScope()).cue_for(clause, member_cues(units, ruleset))
    return findings + ([] if cue is None else of_members(findings, cue))


# "per insurance year", "per annum", "in any one year", "in any policy year", "in the annual
# aggregate": a minimum set
# for a year, in words
_PER_YEAR_EN = re.compile(
    r"\b(?:per|each|in\s+any(?:\s+one)?)\s+(?:insurance\s+|policy\s+)?(?:year|period)\b|\bper\s+annum\b"
    r"|\bannual\s+aggregate\b",
    re.IGNORECASE,
)

# The liability covers a clause's title may name for the untyped liability its sentences state
_TYPED_LIABILITIES = frozenset(["insurance.rc_pro", "insurance.rc_exploitation"])


def _labelled_part_of_no_demand(
    unit: Sentence, ruleset: RuleSet, rules: dict[str, Rule], read: dict[str, bool]
) -> bool:
    """Whether the sentence stands in a table row whose label is a title under which nothing
    is demanded ("Buyer's responsibilities | The Buyer will: …; report any Personal Data Breach
    to the ICO within 72 hours"), as it would under a heading so titled. `read` remembers the
    labels of the clause already read: the sentences of one row share theirs."""
    row = next((b.text for b in unit.blocks if b.kind is BlockKind.TABLE_ROW), None)
    if row is None or " | " not in row:
        return False
    text = row.split(" | ", 1)[0]
    if text not in read:
        label = tokenize(text)
        read[text] = any(
            start == 0 and rules[k].kind in TITLES_OF_NO_DEMAND and not _vetoed(k, label, ruleset)
            for k, (start, _) in _spans(label, ruleset).items()
        )
    return read[text]


# "General liability.", "Automobile liability.": a few words and a stop, no verb.
_RUN_IN_TITLE = re.compile(r"^[A-ZÀ-Þ][^.;:!?()|]{2,50}\.$")
MAX_RUN_IN_TITLE_WORDS = 5


def _opens_on_a_title(units: list[Sentence], lang: str) -> bool:
    """Whether the first sentence of a clause is a run-in title of the text that follows it on
    its line. (French run-in titles are read as titles when the text is segmented.)"""
    if lang != "en" or len(units) < 2 or units[0].header is not None or " | " in units[0].text:
        return False
    if not units[0].blocks or not units[1].blocks or units[1].blocks[0] is not units[0].blocks[-1]:
        return False
    text = units[0].text.strip()
    words = text.rstrip(".").split()
    return (
        _RUN_IN_TITLE.match(text) is not None
        and len(words) <= MAX_RUN_IN_TITLE_WORDS
        and not SENTENCE_WORDS.intersection(w.lower() for w in words)
    )


def _typed_by_title(findings: list[Finding], titled: frozenset[str]) -> list[Finding]:
    """« II.8.2 Responsabilité civile exploitation – L'adjudicataire couvre sa responsabilité
    civile vis-à-vis des tiers… »: under a title naming one liability cover, the civil
    liability a sentence names without its type is that cover."""
    named = titled & _TYPED_LIABILITIES
    if len(named) != 1:
        return findings
    (kind,) = named
    return [replace(f, kind=kind) if f.kind == UNTYPED else f for f in findings]


def _covers_of_certificates(findings: list[Finding]) -> list[Finding]:
    """« Send us the insurer's certificates for the RC Pro and the cyber cover »: the sentence
    obliges the supplier to send certificates; the covers it names are what they certify, not
    covers demanded anew. Named without an amount, they are mentions, which restate the demand
    of their kind made elsewhere rather than outweigh it."""
    certifying = {(f.sentence, f.page) for f in findings if f.kind == CERTIFICATE}
    return [
        replace(f, role="mention")
        if (f.sentence, f.page) in certifying
        and f.kind.startswith("insurance.")
        and f.kind != CERTIFICATE
        and f.role == "obligation"
        and f.values.amount is None
        and not f.values.unreadable
        else f
        for f in findings
    ]


_INLINE_POINT = re.compile(r"^\(([a-h])\)\s")


# "1.1 professional indemnity insurance …;" after "1. The Supplier shall maintain:": a point
# numbered under its clause and written on from the clause's sentence, in lower case.
_SUB_POINT = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,4})\s+(?=[a-zà-ÿ])")


def _inline_point(clause: Clause, sentence: str) -> str | None:
    """ "11.1 h" for the sentence "(h) une attestation d'assurance…" of clause 11.1, a list of
    lettered points written on in one paragraph ("… ; (g) les qualifications ; (h) une
    attestation…"): the point is cited with its clause. "Schedule 3 1.1" for the sentence
    "1.1 professional indemnity insurance…" of the schedule's paragraph 1: its sub-point."""
    if not clause.number:
        return None
    point = _INLINE_POINT.match(sentence)
    if point:
        return f"{clause.number} {point.group(1)}"
    sub = _SUB_POINT.match(sentence)
    own = clause.number.rsplit(" ", 1)[-1]
    if sub and sub.group(1).rpartition(".")[0] == own:
        return clause.number[: len(clause.number) - len(own)] + sub.group(1)
    return None


def _own_part(window: str, kind: str, matched: dict[str, str]) -> str:
    """The part of a sentence naming several covers that speaks of `kind`: from its words to
    those of the next cover ("une RC professionnelle de 1 000 000 € par sinistre et une
    assurance cyber de 750 000 € par année": 750 000 € is the cyber cover's). The whole
    sentence when it names one cover only."""
    if not kind.startswith("insurance."):
        return window
    found = {k: window.find(words) for k, words in matched.items() if k.startswith("insurance.")}
    starts = {k: at for k, at in found.items() if at >= 0 and matched[k]}
    if len(starts) < 2 or kind not in starts:
        return window
    begin = starts[kind]
    after = [s for s in starts.values() if s > begin]
    return window[begin : min(after)] if after else window[begin:]


# The column of a response grid asking, and the column after it holding what the buyer
# expects of the answer: « Attendu de
# l'acheteur », « Exigence », "Expected", "Requirement", « Niveau requis ».
_EXPECTATION_COLUMN = re.compile(
    r"^\s*(?:attendus?|exigences?|expected|expectations?|requirements?|niveau\s+(?:requis|exig[ée])"
    r"|required\s+level|minimum\s+attendu)\b",
    re.IGNORECASE,
)


_QUESTION_COLUMN = re.compile(r"^\s*(?:questions?|question\s+pos[ée]e)\s*$", re.IGNORECASE)


def _expectation_given(sentence: Sentence, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether a question's row fills the column stating what the buyer expects: « Listez les
    sous-traitants ultérieurs | Attendu de l'acheteur : aucun nouveau sous-traitant sans
    autorisation écrite préalable » demands what that column states."""
    if sentence.header is None:
        return False
    row = next((b.text for b in sentence.blocks if b.kind is BlockKind.TABLE_ROW), "")
    names, cells = sentence.header.split(" | "), row.split(" | ")
    asked = next((i for i, name in enumerate(names) if _QUESTION_COLUMN.match(name)), None)
    # (not « Information : ni éliminatoire ni notée », which expects nothing)
    return asked is not None and any(
        _EXPECTATION_COLUMN.match(name) is not None
        and cell.strip() not in ("", "-", "–")
        and _role(_cues(tokenize(cell), _spans(tokenize(cell), ruleset), rules, ruleset))
        is not None
        for name, cell in list(zip(names, cells, strict=False))[asked + 1 :]
    )


_EXPECTED_YES = re.compile(
    r"\b(?:r[ée]ponse\s+(?:attendue|exig[ée]e|requise)|(?:expected|required)\s+(?:answer|response))"
    r"\s*:\s*(?:oui|yes)\b"
    # « Do you hold Public Liability insurance of at least £5,000,000? [Pass/Fail] »: a question
    # that eliminates whoever answers no (not « Desirable – not Pass/Fail »)
    r"|(?<!\bnot )(?<!\bnon )(?<!\bni )\b(?:pass\s?/\s?fail|[ée]liminatoire)\b",
    re.IGNORECASE,
)


def _cell(units: Sequence[Sentence], index: int) -> list[Sentence]:
    """The sentence and those after it written in the same paragraph, cell or row: on the
    same blocks, or, in a page's lines, starting on the line the one before ends on ("…
    garantissez-vous pour l'espace client ? Impératif : au moins" / "99,5 % par mois.")."""
    same = [units[index]]
    for unit in units[index + 1 :]:
        last = same[-1].blocks
        if unit.blocks != last and not (unit.blocks and last and unit.blocks[0] is last[-1]):
            break
        same.append(unit)
    return same


def _lists_examples(tokens: Tokens, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether an introduction announces examples ("Exemples de mesures possibles :") or what
    is not asked (« Obligations du Contrat Client non répercutées, qui demeurent à la charge
    exclusive de Kerlogic : »): its items illustrate what may be done, or stay another's, and
    demand nothing; unless it announces exceptions to what it waives (« aucune assurance n'est
    exigée, à l'exception de : »)."""
    cues = _cues(tokens, _spans(tokens, ruleset), rules, ruleset)
    if "cue.examples" in cues or "cue.information" in cues:
        # (« Nous vous recommandons de demander au Client les aménagements suivants : »: a
        # lawyer's advice, the points to negotiate)
        return True
    return "cue.waiver" in cues and not any(n in _EXCEPTIONS for n in tokens.norms)


_SAYS_EXAMPLE = re.compile(
    r"\W*(?:exemples?|par\s+exemple|[àa]\s+titre|examples?|for\s+example)\b", re.I
)


def _illustrated_from(
    read: Sequence[Tokens], ruleset: RuleSet, rules: dict[str, Rule]
) -> int | None:
    """The index of the sentence opening on « Exemple : » (« Exemple : Non-respect des SLA 1 – 3
    et 4 »), from which the clause illustrates how its terms work: the figures stated there,
    and after it, demand nothing; what still obliges there does."""
    for index, tokens in enumerate(read):
        if not _SAYS_EXAMPLE.match(tokens.text):
            continue
        spans = _spans(tokens, ruleset)
        cue = _cues(tokens, spans, rules, ruleset).get("cue.examples")
        if cue is not None and spans[cue][0] == 0:
            return index
    return None


# The words an introduction announces exceptions with: its items are then demanded.
_EXCEPTIONS = frozenset({"sauf", "exception", "hormis", "excepte", "except", "other", "save"})


def _intros(units: Sequence[Sentence]) -> list[int | None]:
    """For each sentence, the index of the one ending with ":" that introduces the list it
    is an item of."""
    intros: list[int | None] = []
    intro: int | None = None
    for index, unit in enumerate(units):
        intros.append(intro if unit.is_item else None)
        # (a later sentence of an item, « … ; non exigée du Sous-traitant. » in its row, does
        # not end the list)
        goes_on = index > 0 and bool(unit.blocks) and unit.blocks[0] in units[index - 1].blocks
        if not unit.is_item and not (goes_on and units[index - 1].is_item):
            intro = index if unit.ends_with_colon else None
    return intros


# A sub-heading of a list between its items ("Pour interruption de service :") is short.
MAX_SUBHEADING_CHARS = 160


def _itemised(
    clause: Clause,
    units: Sequence[Sentence],
    hits: Sequence[SentenceHits | None],
    index: int,
    kind: str,
    rule: Rule,
    lang: str,
    context: str | None,
    clause_text: str,
) -> list[tuple[int, Finding]]:
    """The demands of a grid written as a list: "le titulaire encourt les pénalités suivantes :"
    then "Pour interruption de service : - 500 € par heure", "- 500 € par jour et par document
    non remis"… Each item stating a value of the kind is a demand of its own, with the role of
    the sentence announcing it and its sub-heading quoted before it; (item index, finding).
    Empty when no item states a value: the sentence is then the demand."""
    intro = units[index]
    hit = hits[index]
    if not intro.ends_with_colon or hit is None:
        return []
    found: list[tuple[int, Finding]] = []
    subheading: Sentence | None = None
    for j in range(index + 1, len(units)):
        unit, other = units[j], hits[j]
        if not unit.is_item:
            if unit.ends_with_colon and other is None and len(unit.text) <= MAX_SUBHEADING_CHARS:
                subheading = unit
                continue
            break
        if other is not None and any(b.kind is BlockKind.TABLE_ROW for b in unit.blocks):
            continue  # a row is read under its table's header: it fires the rule or says else
        # (a row naming no kind states the value of the one its introduction names: « taux de
        # disponibilité suivants : » over « Calcul (instances) | 99,95 % | Par région »)
        values = extract_values(kind, rule.fields, unit.text, lang, context, clause_text)
        if values.is_empty():
            continue
        quoted = (subheading,) if subheading is not None else ()
        found.append(
            (
                j,
                Finding(
                    rules=(rule.id,),
                    kind=kind,
                    clause=clause,
                    page=unit.page,
                    sentence=" ".join(u.text for u in (*quoted, unit)),
                    matched=hit.matched[rule.id],
                    recommended=hit.recommended,
                    values=values,
                    boxes=tuple(b for u in (*quoted, unit) for b in u.boxes),
                    role=hit.role,
                    cue=hit.cue,
                    row=unit.row,
                ),
            )
        )
    return found


# After numbered articles, a part numbered "Annexe", "Schedule", or "Section I" / "Clause 1"
# (the standard clauses of a DPA reproduced after the CCAP) is an annex.
_ANNEX = re.compile(r"^(?:annexe?|appendix|schedule|section|clause)\b", re.IGNORECASE)
# "Section 2" after article 1.3 goes on with the articles' numbering; "Clause 1" after
# article 25 starts the standard clauses of an annex afresh.
_PART = re.compile(r"^(?:section|clause)\s+(\d{1,3})\b", re.IGNORECASE)


# « II », « III-2 »: articles numbered in Roman numerals, as a DPA or a convention may number
# them; an annex after them is the annex of a text of articles too
_ROMAN_ARTICLE = re.compile(r"^[IVX]{1,5}(?:[-.]\d{1,2})?$")


def _goes_on_numbering(number: str, highest: int) -> bool:
    """Whether a "Section N" or "Clause N" is the next part of the text's own numbering."""
    part = _PART.match(number)
    return part is not None and int(part.group(1)) > highest


# "Item 7 | Professional indemnity (clause 14.2(a)) | AUD 10,000,000 …": a row of the contract
# details opening a contract, which gives the value a clause leaves to it (merge.py joins them);
# no summary of the articles.
_CONTRACT_ITEM = re.compile(r"^Item\s+(\d{1,3})\s*\|")
_NOTE_NUMBER = re.compile(r"^Note \d")
# A cover page, letterhead or summary is short and stands on the first page.
COVER_BLOCKS = 60


def _is_cover(clause: Clause) -> bool:
    """An untitled opening that fits on the first page: not a whole notice whose text merely
    precedes a stray number that looks like an article, nor an e-mail's message under its
    headers (« From: … Subject: … » then the buyer's answers)."""
    first_page = all(page == 1 for page in clause.pages)
    return (
        not clause.heading
        and first_page
        and len(clause.blocks) <= COVER_BLOCKS
        and not is_mail([b.text for b in clause.blocks])
    )


def _offers_levels(clause: Clause, level: str | None) -> bool:
    """Whether an untitled opening holds the table of levels whose chosen column the order
    takes (« Offre souscrite : Silver » over « Niveau | Bronze | Silver | Gold »): the order
    itself, its service levels demanded, not a cover."""
    return level is not None and any(
        b.kind is BlockKind.TABLE_ROW and level in (fold(c.strip()) for c in b.text.split(" | "))
        for b in clause.blocks
    )


def _special_conditions_next(following: Clause | None) -> bool:
    """Whether the clause after an untitled opening is the special conditions of an order form
    ("Conditions particulières" under its lines): the page is the order itself, not a cover
    or a letterhead."""
    title = following.heading if following is not None and not following.number else None
    return title is not None and is_special_conditions(title)


# The field lines a ticket or a card opens on ("Type : Exigence", "Priorité : Haute", "Statut :
# Rejeté"), read for its status.
MAX_FIELD_LINES = 12
MAX_FIELD_TOKENS = 8


def _closed(clause: Clause, ruleset: RuleSet, rules: dict[str, Rule]) -> bool:
    """Whether a ticket's or card's own status field closes it ("Statut : Rejeté", "Statut :
    Doublon"): what it asked was set aside, or is asked by the ticket it duplicates."""
    for block in clause.blocks[:MAX_FIELD_LINES]:
        tokens = tokenize(block.text)
        if len(tokens) > MAX_FIELD_TOKENS:
            continue
        spans = _spans(tokens, ruleset)
        if any(rules[k].kind == "cue.rejected" and start == 0 for k, (start, _) in spans.items()):
            return True
    return False


def _read_under(title: str, ruleset: RuleSet) -> bool:
    """Whether the sentences of an article's paragraphs are read under its title: unless the
    `excludes` of a rule reject its words ("Plan d'Assurance", a quality plan)."""
    tokens = tokenize(title)
    return not any(_vetoed(key, tokens, ruleset) for key in ruleset.excludes)


def _ancestor_headings(clause: Clause, headings: dict[str, str]) -> list[str]:
    """The headings of the enclosing numbered clauses, the nearest first: "9" for "9.2",
    "9-2-1" or "9 §3"; "9.3" then "9" for "9.3.2"."""
    parts = _NUMBER_PARTS.split(clause.number or "")
    found: list[str] = []
    while len(parts) > 1:
        parts.pop()
        for separator in (".", "-", " "):
            if (number := separator.join(parts)) in headings:
                found.append(headings[number])
                break
    return found


_NUMBER_PARTS = re.compile(r"[.\-]|\s+§?|§")
# "Section 6", "Part 3": a part whose paragraphs are numbered from its bare number; "Annex B"
# whose paragraphs are "B.1", "B.2" (the annex's title is their subject: "Data controller /
# data processor agreement").
_PART_NUMBER = re.compile(
    r"^(?:(?:section|part|chapter|chapitre|partie|titre)\s+(\d{1,3})"
    r"|(?:annexe?|appendix|appendice|schedule|exhibit|attachment)\s+([A-Z]))$",
    re.I,
)


# « Il en justifie… », « Elle la renouvelle… »: a sentence speaking of what the one before named.
_PRONOUN_OPENING = re.compile(r"^\s*(?:il|elle|ils|elles)\s+(?:en|la|le|les|y|l')\b", re.I)


class _Outline:
    """The titles of the parts of a page that numbers nothing (a docs site, an FAQ, a Word
    document styled with heading levels), by level: a question under « Sous-traitants et
    incidents » is read under that title, as a numbered paragraph is under its article's."""

    def __init__(self) -> None:
        self.titles: dict[int, str] = {}

    def above(self, clause: Clause) -> list[str]:
        """The titles of the parts the clause is in, the nearest first; the clause's own title
        takes its level."""
        if clause.level is None or clause.number or not clause.heading:
            return []
        self.titles = {n: t for n, t in self.titles.items() if n < clause.level}
        found = [self.titles[n] for n in sorted(self.titles, reverse=True)]
        self.titles[clause.level] = clause.heading
        return found


def _goes_on(previous: Clause | None, clause: Clause) -> bool:
    """Whether a paragraph goes on from the one before it, its sibling: "6-2-2 Il remet une
    nouvelle attestation chaque année" after "6-2-1 Le titulaire remet une attestation
    d'assurance…" speaks of the same attestation, and so does "VI.4 Renouvellement. Il en
    justifie ensuite chaque année" after "VI.3 Attestation": a titled one when it opens on a
    pronoun standing for what the one before named (not "CG-4 Sécurité. Le Prestataire…")."""
    if previous is None or not previous.number or not clause.number:
        return False
    if clause.heading and not (clause.blocks and _PRONOUN_OPENING.match(clause.blocks[0].text)):
        return False
    mine, theirs = _NUMBER_PARTS.split(clause.number), _NUMBER_PARTS.split(previous.number)
    return len(mine) > 1 and mine[:-1] == theirs[:-1] and previous.piece is clause.piece


def _last_sentence(clause: Clause | None) -> Tokens | None:
    units = sentences(clause) if clause is not None else []
    return tokenize(units[-1].labelled) if units else None


# « Question 1 » (the number a buyer gives the questions it answers) and « Réponse : … »,
# "Answer: …" opening its answer
_QUESTION_NUMBER = re.compile(r"^Question \d{1,3}$")
_QUESTION_LABEL = re.compile(r"^\s*(?:question|q)\s*(?:\d{1,3})?\s*[:.–—-]", re.IGNORECASE)
_ANSWER = re.compile(
    r"^\s*(?:r[ée]ponse|answer|response|r)\s*(?:\d{1,3})?\s*[:.–—-]", re.IGNORECASE
)


def _from_the_answer(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks from the answer on, under a question answered in its own part."""
    start = next((i for i, b in enumerate(blocks) if _ANSWER.match(b.text)), None)
    return () if start is None else tuple(blocks[start:])


def _after_first_table(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks after the first table of a clause, when text follows it."""
    rows = [i for i, b in enumerate(blocks) if b.kind is BlockKind.TABLE_ROW]
    if not rows:
        return ()
    end = rows[0]
    while end < len(blocks) and blocks[end].kind is BlockKind.TABLE_ROW:
        end += 1
    return tuple(blocks[end:])


def detect_piece(
    piece: Piece, ruleset: RuleSet, clauses: Sequence[Clause] | None = None
) -> list[Finding]:
    """Findings of one piece; `clauses` when the caller has segmented it already.

    In a piece made of numbered articles, the short untitled text on the first page before the
    first of them is its cover page, letterhead or summary ("Certifié ISO 27001", "EX-01 |
    Hébergement en France | 3.1"): a bare mention there names a subject, the article below
    makes the demand. What follows an "Annexe" after the articles is marked: an annex (the
    standard clauses of a DPA, a model) often restates the articles in other words.
    """
    rules = ruleset.by_id()
    lang = language(b.text for b in piece.blocks)
    parties = defined_parties(piece)
    level = chosen_level(piece.blocks)
    clauses = segment(piece) if clauses is None else clauses
    # (the notes under a table, « Note 1 », « Note 2 », are no articles: what stands above them
    # is the document's text, not a cover)
    before_first_article = any(c.number and not _NOTE_NUMBER.match(c.number) for c in clauses)
    headings: dict[str, str] = {}  # clause number -> its heading, for its numbered paragraphs
    announcing: dict[str, str] = {}  # clause number -> the sentence announcing its points
    titles_read: dict[str, bool] = {}
    findings: list[Finding] = []
    seen_article = annexed = False
    highest = 0  # the highest article number read so far
    members = MemberScope()
    outline = _Outline()
    previous: Clause | None = None
    for index, clause in enumerate(clauses):
        number = clause.number or ""
        if ANNEX_NUMBER.match(number) and len(number.split()) <= 2:
            headings = {}  # "Schedule 5" numbers afresh: its "1.1" is not under the body's "1"
            announcing = {}
        if clause.number and clause.heading:
            headings[clause.number] = clause.heading
            # "Section 6 INSURANCE REQUIREMENTS" titles its paragraphs "6.1", "6.1(b)"
            named = _PART_NUMBER.match(clause.number)
            if named:
                headings.setdefault(named.group(1) or named.group(2), clause.heading)
        annexed = annexed or (
            seen_article and bool(_ANNEX.match(number)) and not _goes_on_numbering(number, highest)
        )
        seen_article = seen_article or number[:1].isdigit() or bool(_ROMAN_ARTICLE.match(number))
        if number[:1].isdigit():
            highest = max(highest, int(re.split(r"\D", number, maxsplit=1)[0]))
        ancestors = _ancestor_headings(clause, headings) or outline.above(clause)
        found = detect_clause(
            clause,
            ruleset,
            rules,
            lang,
            ancestors[0] if ancestors else None,
            members,
            titles_read,
            _last_sentence(previous) if _goes_on(previous, clause) else None,
            next((text for n, text in announcing.items() if _is_point(clause.number, n)), None),
            " ".join(ancestors) or None,
            next(
                (text for n, text in announcing.items() if _is_section_of(clause.number, n)), None
            ),
        )
        previous = clause
        last = clause.blocks[-1].text.strip() if clause.number and clause.blocks else ""
        if _ANNOUNCING.search(last) or _ANNOUNCING_TABLE.search(last):
            # (« … shall maintain the following minimum insurance … » over « 5.1 Commercial
            # General Liability » and its limits)
            announcing[number] = last
        before_first_article = before_first_article and not clause.number
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        if (
            before_first_article
            and _is_cover(clause)
            and not _special_conditions_next(following)
            and not _offers_levels(clause, level)
        ):
            found = [f for f in found if f.role != "mention" or _CONTRACT_ITEM.match(f.sentence)]
        if annexed:
            found = [replace(f, annexed=True) for f in found]
        # "L'Hébergeur informe la Clinique…" in a convention naming its supplier "l'Hébergeur":
        # the party's name is not the host the rule looks for.
        findings.extend(
            f
            for f in found
            if _bare_name(f.matched) not in parties or _fires_beyond(f, parties, ruleset)
        )
    findings = _completed_by_points(_yield_to_points(findings, rules), clauses, rules, lang)
    findings = _completed_by_items(findings, clauses, ruleset, rules)
    findings = _without_withdrawn(findings, clauses, ruleset, rules)
    findings = _without_inapplicable(findings, clauses, ruleset, rules)
    findings = _without_items_of_no_demand(findings, piece, clauses)
    findings = _at_wished_levels(findings, piece)
    findings = [f for f in findings if not _row_left_blank(f)]
    findings = in_document_dollars(findings, (b.text for b in piece.blocks))
    return findings + extend_to_members(findings, members.piece_cue)


_TICKED_CELL = frozenset({"☒", "☑", "■", "✓", "✔", "[x]", "[X]"})
_BLANK_CELL = frozenset({"☐", "□", "[ ]"})


def _row_left_blank(finding: Finding) -> bool:
    """ "A.4 | ☐ | The tenderer holds a cyber insurance policy." in a form whose other rows tick
    their box (« A.3 | ☒ | … »): a statement the form does not make."""
    cells = [c.strip() for c in finding.sentence.split(" | ")]
    if not _BLANK_CELL.intersection(cells) or _TICKED_CELL.intersection(cells):
        return False
    return any(
        b.kind is BlockKind.TABLE_ROW
        and _TICKED_CELL.intersection(c.strip() for c in b.text.split(" | "))
        for b in finding.clause.blocks
    )


def _at_wished_levels(findings: list[Finding], piece: Piece) -> list[Finding]:
    """The findings of the requirements a level the document defines as wished for marks
    (« Priorité : P3 » where « P3 : exigence souhaitée, non obligatoire »): recommended."""
    wished = wished_levels(piece.blocks) if findings else frozenset()
    if not wished:
        return findings
    return [replace(f, recommended=True) if level_of(f.clause) in wished else f for f in findings]


def _without_items_of_no_demand(
    findings: list[Finding], piece: Piece, clauses: Sequence[Clause]
) -> list[Finding]:
    """The findings once the items the piece's legend marks as no demand are gone, with what
    is nested under them (cited by their code): « ❌ A5 — Assurance cyber » where the legend
    reads « ❌ non exigé par le DCE »."""
    markers = markers_of_no_demand(piece.blocks)
    if not markers:
        return findings
    codes = {
        code
        for clause in clauses
        for block in clause.blocks
        if marked_by(block.text, markers) and (code := opening_code(block.text))
    }
    return [f for f in findings if not marked_by(f.sentence, markers) and f.row not in codes]


def _without_withdrawn(
    findings: list[Finding], clauses: Sequence[Clause], ruleset: RuleSet, rules: dict[str, Rule]
) -> list[Finding]:
    """The findings but those a later message of a thread withdraws: « Certification : nous
    renonçons à la certification ISO/IEC 27001 évoquée au point j) » or « L'exigence de
    certification ISO/IEC 27001 … est supprimée » in the newest e-mail, « H2 :
    SecNumCloud abandonné, non exigé » in the deciding comment of an exported issue, set aside
    what the older messages demanded of that kind: the kind named nearest the waiver, not
    Azure, named after it as the reason. A document without messages withdraws nothing: there,
    a waiver only fails to demand."""
    if not any(c.message or c.chat for c in clauses):
        return findings
    newest: dict[str, int] = {}  # kind -> the newest message that waives it
    for clause in clauses:
        for unit in sentences(clause):
            tokens = tokenize(unit.labelled)
            spans = _spans(tokens, ruleset)
            # (« L'exigence de certification ISO/IEC 27001 … est supprimée » withdraws as a
            # waiver does)
            cues = _cues(tokens, spans, rules, ruleset)
            waiver = spans.get(cues.get("cue.waiver") or cues.get("cue.repealed", ""))
            named = {
                rules[key].kind: _gap(span, waiver)
                for key, span in spans.items()
                if waiver is not None and not rules[key].is_cue
            }
            for kind, gap in named.items():
                if gap == min(named.values()):
                    newest[kind] = min(newest.get(kind, clause.message), clause.message)
    return [f for f in findings if f.clause.message <= newest.get(f.kind, f.clause.message)]


_SAYS_APPLY = re.compile(r"applica|appliqu|\bapply\b", re.IGNORECASE)


def _without_inapplicable(
    findings: list[Finding], clauses: Sequence[Clause], ruleset: RuleSet, rules: dict[str, Rule]
) -> list[Finding]:
    """The findings but those of the articles another says do not apply (« Les stipulations de
    l'article 5.1 ne lui sont pas applicables » after an option the client did not take), and
    of their points."""
    named: set[str] = set()
    for clause in clauses:
        # (the cue's words are looked for first: a second reading of the piece costs)
        if not any(_SAYS_APPLY.search(block.text) for block in clause.blocks):
            continue
        for unit in sentences(clause):
            if not _SAYS_APPLY.search(unit.text):
                continue
            tokens = tokenize(unit.labelled)
            if "cue.inapplicable" not in _cues(tokens, _spans(tokens, ruleset), rules, ruleset):
                continue
            article = _ARTICLE_NAMED.search(tokens.text)
            if (
                article is not None
                and article.group("number")
                and not _OF_ANOTHER_TEXT.match(tokens.text, article.end())
            ):
                named.add(article.group("number"))
    if not named:
        return findings
    return [
        f
        for f in findings
        if not any(n == f.clause.number or _is_point(f.clause.number, n) for n in named)
    ]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many tokens lie between two spans; 0 where they touch or overlap."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _is_section_of(number: str | None, parent: str) -> bool:
    """Whether "5.1" is a section right under "5"."""
    return bool(
        number
        and parent
        and number.startswith(f"{parent}.")
        and number[len(parent) + 1 :].isdigit()
    )


def _is_point(number: str | None, parent: str) -> bool:
    """ "12.1(a)" and "5.2 c" are points of 12.1 and 5.2; "C.1" is one of "Attachment C"."""
    lettered = _LETTERED_ANNEX.match(parent)
    if number and lettered:
        return number.startswith(f"{lettered.group(1)}.") and number[2:3].isdigit()
    if not number or number == parent or not number.startswith(parent):
        return False
    return number[len(parent)] in " ("


_LETTERED_ANNEX = re.compile(r"^(?:annexe?|appendix|schedule|exhibit|attachment)\s+([A-Z])$", re.I)


def _yield_to_points(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """ "The Supplier shall maintain the following insurance:" then "(a) professional indemnity
    …", "(b) public liability …" as points of their own: the general cover the introduction
    names yields to the covers its points name, as it does to the items of its own clause; a
    cover both name is the point's ("…and, for professional indemnity, seven years after:"
    then "(a) professional indemnity insurance of…")."""
    kept: list[Finding] = []
    for finding in findings:
        number = finding.clause.number
        if number and finding.sentence.rstrip().endswith(":"):
            yields = {kind for rule in finding.rules for kind in rules[rule].yields_to}
            named = {
                other.kind
                for other in findings
                if other.clause.piece is finding.clause.piece
                and (
                    _is_point(other.clause.number, number)
                    # "14.1.1 professional indemnity insurance …;" under "14.1 … the
                    # following insurances:"
                    or (other.clause.number or "").startswith(f"{number}.")
                )
            }
            if (yields | {finding.kind}) & named:
                continue
        kept.append(finding)
    return kept


# A sentence that its points finish: "… for each policy referred to in subclause (1) —",
# "… le titulaire :".
_ANNOUNCING = re.compile(r"[:—–]\s*$")


# "… | Availability Service Level (clause 13.1) | 99.9% per Month": the clause a row of the
# contract details gives its value to.
_ITEM_FOR_CLAUSE = re.compile(
    r"\((?:clause|section|cl\.)\s+(?P<clause>\d{1,3}(?:\.\d{1,3}){0,3}(?:\([a-z]{1,4}\))*)\)",
    re.IGNORECASE,
)


def _completed_by_items(
    findings: list[Finding], clauses: Sequence[Clause], ruleset: RuleSet, rules: dict[str, Rule]
) -> list[Finding]:
    """ "13.1 The Supplier must ensure that the Platform is Available for at least the percentage
    of each Month specified in Item 12" and the row "Item 12 | Availability Service Level
    (clause 13.1) | 99.9% per Month": the clause is the demand, whose words name no level; the
    row's values are its own. A finding of the row's kind is made at the clause's sentence that
    names the item (merge.py then joins the row to it)."""
    kinds_at = {(id(f.clause), f.kind) for f in findings}
    by_number = {c.number: c for c in clauses if c.number}
    made: list[Finding] = []
    for finding in findings:
        item = _CONTRACT_ITEM.match(finding.sentence)
        named = _ITEM_FOR_CLAUSE.search(finding.sentence) if item else None
        target = by_number.get(named.group("clause")) if named and item else None
        if target is None or (id(target), finding.kind) in kinds_at:
            continue
        naming = re.compile(rf"\bItems?\s+{item.group(1)}\b") if item else None
        for unit in sentences(target):
            if naming is None or not naming.search(unit.text):
                continue
            cue = _obliging(unit, ruleset, rules)
            made.append(
                replace(
                    finding,
                    clause=target,
                    page=unit.page,
                    sentence=unit.text,
                    boxes=unit.boxes,
                    role="obligation" if cue else "mention",
                    cue=cue,
                    row=None,
                    paragraph=0,
                )
            )
            kinds_at.add((id(target), finding.kind))
            break
    return findings + made


def _completed_by_points(
    findings: list[Finding], clauses: Sequence[Clause], rules: dict[str, Rule], lang: str
) -> list[Finding]:
    """ "The Supplier must give the Council a certificate of currency for each policy —" then
    the points "(a) within 10 Business Days after the date of this Agreement; and", "(b) within
    5 Business Days after any written request": the points finish the sentence, each a demand
    with its own values, cited at the point and quoted after the sentence. Unless a point
    names the kind itself, or none states a value of it."""
    kinds_at = {(id(f.clause), f.kind) for f in findings}
    out: list[Finding] = []
    for finding in findings:
        number = finding.clause.number
        if not number or not _ANNOUNCING.search(finding.sentence):
            out.append(finding)
            continue
        points = [c for c in clauses if _is_point(c.number, number)]  # clauses of one piece
        if any((id(point), finding.kind) in kinds_at for point in points):
            out.append(finding)
            continue
        fields = rules[finding.rules[0]].fields
        made = []
        for point in points:
            text = " ".join(" ".join(b.text for b in point.blocks).split())
            values = extract_values(finding.kind, fields, text, lang, finding.sentence, text)
            if values.is_empty():
                continue
            boxes = tuple((b.page, b.bbox) for b in point.blocks if b.bbox is not None and b.page)
            made.append(
                replace(
                    finding,
                    clause=point,
                    page=point.pages[0] if point.pages else finding.page,
                    sentence=f"{finding.sentence} {text}",
                    values=values,
                    boxes=finding.boxes + boxes,
                    paragraph=0,
                )
            )
        out.extend(made or [finding])
    return out


# "ci-après « l'Hébergeur »", "ci-après dénommé « le Prestataire »", 'hereinafter "the Host"'
_DEFINED_PARTY = re.compile(
    r"(?:ci-apr[eè]s|hereinafter)\s+(?:(?:d[ée]nomm[ée]e?|d[ée]sign[ée]e?|appel[ée]e?|"
    r"referred\s+to\s+as)\s+)?[«\"“]\s*(?P<name>[^»\"”]{2,40}?)\s*[»\"”]",
    re.IGNORECASE,
)
# "établi entre Cloud Temple, une société par actions simplifiée…, (ci-après désignée le
# « Prestataire »)": the party's own name, before the name the contract gives it.
_NAMED_PARTY = re.compile(
    r"\b(?:entre|between)\s+(?:la\s+soci[ée]t[ée]\s+)?(?P<name>[A-Z][^,;()]{1,60}?)\s*"
    r"(?:,[^()]{0,300}?)?\((?:ci-apr[eè]s|hereinafter)\b"
)
# A provider's own terms name it where it signs (« Pour Cloud Temple, le PRESTATAIRE ») or
# where it says what it is (« Cloud Temple opère en tant que sous-traitant »).
_SIGNING_PARTY = re.compile(
    r"\b(?:Pour|For)\s+(?P<name>[A-Z][^,;()]{1,40}?)\s*,\s*(?i:le|la|the)\s+"
    r"(?i:prestataire|titulaire|fournisseur|sous-traitant|h[ée]bergeur|supplier|provider|processor)\b"
)
_ACTING_PARTY = re.compile(
    r"\b(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:op[èe]re|agit|intervient)\s+"
    r"(?:en\s+tant\s+que|en\s+qualit[ée]\s+de|comme)\s+(?:sous-traitant|prestataire|h[ée]bergeur)\b"
)
_ARTICLE_WORDS = re.compile(r"^(?:l'|le |la |les |the )", re.IGNORECASE)


def _bare_name(text: str) -> str:
    return _ARTICLE_WORDS.sub("", fold(text).strip())


def _caps_penalties_only(sentence: str, values: Values) -> bool:
    """Whether a sentence only caps the penalties (« Le montant cumulé des pénalités ne peut
    excéder 10 % du bon de commande »): a limit of the penalty regime stated elsewhere, no
    penalty of its own, unless it states an amount, a rate or a formula of one."""
    stated = values.amount or values.per or values.formula or values.percent
    return not stated and lexicon("penalty_caps").mentions_any(sentence)


def _row(sentence: Sentence, clause: Clause) -> str | None:
    """The row or point of its clause a sentence is cited by. A message is cited by its time:
    « A1 : RC professionnelle portée à 3 000 000 € » in the deciding comment of an exported
    issue sets anew the item A1 of its description, and is said in the comment."""
    if clause.chat and not any(b.kind is BlockKind.TABLE_ROW for b in sentence.blocks):
        return None
    row = sentence.row
    if row is not None and _numbered_and_tagged_once(clause, row):
        return None
    return row or _numbered_row(clause, sentence) or _inline_point(clause, sentence.text)


# "[REQ-016]", "[R-HEB-01]": the tag a requirement closes on.
_TAG = re.compile(rf"\[{DASHED_CODE}\]")


def _numbered_and_tagged_once(clause: Clause, row: str) -> bool:
    """Whether a paragraph numbered on its own line of text ("C.5.2.3 The Contractor shall…
    [REQ-016]") closes on its only tag: it is cited by its number, as the document's plan is.
    Paragraphs under a titled section (« 3. Hébergement ») are told apart by their tags."""
    if not clause.number or clause.heading:
        return False
    tags = {tag for block in clause.blocks for tag in _TAG.findall(block.text)}
    return tags == {f"[{row}]"}


_NUMBERED_ROW = re.compile(r"^(\d{1,2})\s?\|")


def _numbered_row(clause: Clause, sentence: Sentence) -> str | None:
    """ "Schedule 2 Part A 3" of the row "3 | Professional Indemnity | €2,000,000 …" of a table
    numbering the paragraphs of a part of an annex, as the document cites them."""
    row = _NUMBERED_ROW.match(sentence.text)
    if row is None or not PART_OF_ANNEX.match(clause.number or ""):
        return None
    if not any(b.kind is BlockKind.TABLE_ROW for b in sentence.blocks):
        return None
    return f"{clause.number} {row.group(1)}"


def _fires_beyond(finding: Finding, parties: frozenset[str], ruleset: RuleSet) -> bool:
    """Whether the finding's rule still fires once the parties' names are taken out of the
    sentence: « L'Hébergeur exploite ses propres centres de données et ne recourt à aucun
    fournisseur tiers d'informatique en nuage » names a host beside the party's name."""
    text = fold(finding.sentence)
    for name in parties:
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    spans = _spans(tokenize(text), ruleset)
    return any(rule in spans for rule in finding.rules)


def defined_parties(piece: Piece) -> frozenset[str]:
    """The names a contract gives its parties ("ci-après « l'Hébergeur »") and the names of
    the parties it names so ("entre Cloud Temple, … (ci-après le « Prestataire »)"), signs for
    as the supplier or says act as the processor, folded, without their article."""
    text = " ".join(b.text for b in piece.blocks)
    given = (m.group("name") for m in _DEFINED_PARTY.finditer(text))
    own = (
        m.group("name")
        for pattern in (_NAMED_PARTY, _SIGNING_PARTY, _ACTING_PARTY)
        for m in pattern.finditer(text)
    )
    return frozenset(_bare_name(name) for name in (*given, *own))


def detect_text(text: str, ruleset: RuleSet, lang: str | None = None) -> list[Finding]:
    """Findings of a bare text (a rule example, a CUAD excerpt), read as one clause."""
    block = Block(text, None, BlockKind.PARAGRAPH)
    piece = Piece("(text)", "", PieceKind.OTHER, "txt", None, (block,))
    clause = Clause(piece, None, None, (), (block,))
    return detect_clause(clause, ruleset, ruleset.by_id(), lang or language([text]))
