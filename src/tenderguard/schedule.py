"""The dates of a tender a certificate must cover (deadline for offers, start, term) and the
value of the contract.

The cues are in patterns/lexicons/schedule.yaml. A cue counts only when the date, duration
or amount it introduces follows it in the same sentence, so that "à compter de la date
limite de réception des offres" or "si la durée du marché est inférieure à douze mois" give
nothing.
The first mention wins, pieces taken in READING_ORDER (the RC before the CCAP).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tenderguard.models import (
    READING_ORDER,
    Clause,
    ContractValue,
    Milestone,
    Schedule,
    Source,
    Term,
)
from tenderguard.normalise.amounts import find_amounts
from tenderguard.normalise.dates import find_dates
from tenderguard.normalise.durations import find_delays
from tenderguard.normalise.lexicon import lexicon
from tenderguard.normalise.numbers import words_to_digits
from tenderguard.sentences import Sentence, sentences

# Deadline, start, term and value are set out at the start of a piece (cover page, first
# articles): later pages, technical ones above all, are not read for them.
FIRST_PAGES = 10
# How far after its cue the date or the duration may be, in characters.
REACH = 80
# "d'un an", "une année", "one year", "a year": the article is the number.
_ONE_YEAR = re.compile(r"\b(?:d'|l')?(?:une?|one|a)\s+(?:ans?|annee|year)\b", re.IGNORECASE)
_FROM = re.compile(r"\b(?:a\s+compter\s+du|à\s+compter\s+du|from|starting\s+on)\s+", re.I)
_ENGLISH = re.compile(r"\b(?:the|of|and|shall|for)\b")


def _date_after(text: str, end: int, lang: str) -> date | None:
    mention = next((d for d in find_dates(text, lang) if end <= d.start <= end + REACH), None)
    return mention.value if mention else None


def _months_after(text: str, end: int, lang: str) -> int | None:
    tail = text[end : end + REACH]
    one_year = _ONE_YEAR.match(tail.lstrip(" :")) or _ONE_YEAR.search(tail[:12])
    if one_year:
        return 12
    for delay in find_delays(words_to_digits(tail, lang)):
        if delay.unit in ("months", "years"):
            if delay.value is None:  # a term not readable whole is no term
                return None
            return delay.value * (12 if delay.unit == "years" else 1)
    return None


def _source(clause: Clause, sentence: Sentence) -> Source:
    piece = clause.piece
    return Source(piece.path, piece.kind, sentence.page, clause.number, clause.heading)


Found = dict[str, Milestone | Term | ContractValue]


def _read(found: Found, clause: Clause, sentence: Sentence, following: str) -> None:
    """What the cues of one sentence introduce; `following` is the next sentence, for a label
    whose value stands on the next line ("Date limite de réception des offres :" / "15 JUILLET
    2026 A 12:00")."""
    text = sentence.text
    lang = "en" if len(_ENGLISH.findall(text.lower())) >= 2 else "fr"
    for hit in lexicon("schedule").find(text):
        if hit.value in found:
            continue
        if not text[hit.end :].strip(" :"):
            text = f"{text} {following}"
        if hit.value == "term":
            months = _months_after(text, hit.end, lang)
            if months:
                found["term"] = Term(months, text, _source(clause, sentence))
                # "conclu pour une durée de 12 mois à compter du 1er janvier 2026"
                begins = _FROM.search(text, hit.end)
                day = _date_after(text, begins.end(), lang) if begins else None
                if day and "start" not in found:
                    found["start"] = Milestone(day, text, _source(clause, sentence))
        elif hit.value == "value":
            amount = next((a for a in find_amounts(text) if hit.end <= a.start), None)
            if amount is not None and amount.money and amount.start <= hit.end + REACH:
                found["value"] = ContractValue(amount.money, text, _source(clause, sentence))
        else:
            day = _date_after(text, hit.end, lang)
            if day:
                found[hit.value] = Milestone(day, text, _source(clause, sentence))


def find_schedule(clauses: Sequence[Clause]) -> Schedule:
    found: Found = {}
    cues = lexicon("schedule")
    for clause in sorted(clauses, key=lambda c: READING_ORDER.index(c.piece.kind)):
        if clause.pages and min(clause.pages) > FIRST_PAGES:
            continue
        # Most clauses name none of these: a look at their text spares the sentence split.
        if not cues.mentions_any(" ".join(b.text for b in clause.blocks)):
            continue
        units = sentences(clause)
        for n, sentence in enumerate(units):
            following = units[n + 1].text if n + 1 < len(units) else ""
            _read(found, clause, sentence, following)
        if len(found) == 4:
            break
    deadline, start = found.get("deadline"), found.get("start")
    term, value = found.get("term"), found.get("value")
    return Schedule(
        deadline if isinstance(deadline, Milestone) else None,
        start if isinstance(start, Milestone) else None,
        term if isinstance(term, Term) else None,
        value if isinstance(value, ContractValue) else None,
    )
