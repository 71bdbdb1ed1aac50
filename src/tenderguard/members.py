"""Insurance proofs demanded of each member of a grouping (insurance.subcontractors).

A tender rarely says "each co-contractor holds an RC Pro". It asks each member of a grouping
for its documents, and the insurance certificate is one of them. Where that request reaches:
- the clause that says it ("chaque membre du groupement fournit : … une attestation RC Pro");
- the list it announces: a request ending with ":" reaches the untitled items that follow it
  ("8.4 Attestation d'assurance…") until the next titled clause;
- the whole piece, when it asks each member for the whole candidature ("l'ensemble des pièces
  de candidature est fourni pour chaque membre", "chacun fournit un dossier complet"): every
  insurance certificate the piece asks for is then asked of each member.
The requirement is cited at the insurance demand it extends to the members.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tenderguard.models import Clause, Finding, Values
from tenderguard.rules.loader import RuleSet
from tenderguard.sentences import Sentence
from tenderguard.tokens import tokenize

# Kinds whose proof a request to each member of a grouping extends to the co-contractors.
MEMBERS_INSURED = frozenset(
    {
        "insurance.liability",
        "insurance.rc_pro",
        "insurance.rc_exploitation",
        "insurance.certificate",
    }
)
SUBCONTRACTORS = "insurance.subcontractors"
CLAUSE_CUE = "cue.each_member"
PIECE_CUE = "cue.each_member_file"
# Most sentences speak of no member nor co-contractor: a look at their words spares the match
# (every cue of these kinds names a member, a co-contractor, the grouping, "chacun" or "seul
# ou groupé").
_MEMBER_WORDS = (
    "membre",
    "traitant",
    "groupement",
    "member",
    "contractor",
    "consortium",
    "partner",
    "chacun",
    "seul ou",
)


def member_cues(units: Sequence[Sentence], ruleset: RuleSet) -> dict[str, str]:
    """Cue kind -> id of the first cue by which these sentences ask each member of a grouping
    for its documents (CLAUSE_CUE) or for its whole candidature (PIECE_CUE)."""
    rules = ruleset.by_id()
    found: dict[str, str] = {}
    for unit in units:
        said = unit.text.lower()
        if not any(word in said for word in _MEMBER_WORDS):
            continue
        for match in ruleset.matcher.find(tokenize(unit.labelled)):
            kind = rules[match.key].kind
            if kind in (CLAUSE_CUE, PIECE_CUE):
                found.setdefault(kind, match.key)
    return found


def of_members(findings: Sequence[Finding], cue: str) -> list[Finding]:
    """insurance.subcontractors at the first insurance demand of these findings, unless they
    hold one already."""
    insured = [f for f in findings if f.kind in MEMBERS_INSURED]
    if not insured or any(f.kind == SUBCONTRACTORS for f in findings):
        return []
    return [
        replace(
            insured[0],
            rules=(cue,),
            kind=SUBCONTRACTORS,
            values=Values(),
            cue=cue,
            titled=False,
        )
    ]


def announces_list(clause: Clause) -> bool:
    """Whether a clause ends by announcing the items that follow it ("… les éléments
    suivants :")."""
    last = next((b.text.strip() for b in reversed(clause.blocks) if b.text.strip()), "")
    return last.endswith(":")


class MemberScope:
    """Follows, clause after clause of one piece, which request to the members reaches the
    clause being read."""

    def __init__(self) -> None:
        self._list_cue: str | None = None
        self.piece_cue: str | None = None  # the first request for the whole candidature

    def cue_for(self, clause: Clause, cues: dict[str, str]) -> str | None:
        """The member cue that reaches this clause: its own, else the one of the list it is
        an item of."""
        if clause.heading:
            self._list_cue = None
        self.piece_cue = self.piece_cue or cues.get(PIECE_CUE)
        own = cues.get(CLAUSE_CUE) or cues.get(PIECE_CUE)
        reaching = own or self._list_cue
        if own and announces_list(clause):
            self._list_cue = own
        return reaching


def extend_to_members(findings: list[Finding], piece_cue: str | None) -> list[Finding]:
    """Where a piece asks each member for its whole candidature, each clause that asks for
    an insurance certificate asks it of the members too."""
    if piece_cue is None:
        return []
    by_clause: dict[int, list[Finding]] = {}
    for finding in findings:
        by_clause.setdefault(id(finding.clause), []).append(finding)
    extended: list[Finding] = []
    for clause_findings in by_clause.values():
        if any(f.kind == "insurance.certificate" for f in clause_findings):
            extended += of_members(clause_findings, piece_cue)
    return extended
