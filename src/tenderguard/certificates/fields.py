"""The identity fields of a certificate: insurer, broker, insured, SIREN/SIRET, policy,
period of validity, activities, territory; each with the line it was read from.

Certificates are free-form: most print "Label : value" lines or two-cell table rows, some
write one sentence ("AXA France IARD atteste que la société X est titulaire du contrat n°…").
Labels are data (patterns/lexicons/certificate_fields.yaml); the sentence forms are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from tenderguard.models import Block, BlockKind, Clause, Evidence, Piece, PieceKind
from tenderguard.normalise.dates import find_dates
from tenderguard.normalise.identifiers import find_identifiers
from tenderguard.normalise.lexicon import lexicon
from tenderguard.sentences import sentences

# A label counts when it opens the line (a bullet or two spaces may precede it).
LABEL_START = 3
_VALUE_TRIM = " \t:：|–—-.=>"
_POLICY_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9./_-]{3,}", re.IGNORECASE)
_ATTESTS = re.compile(
    r"(?:atteste|certifie|certify|certifies)\s+(?:par\s+la\s+pr[ée]sente\s+)?que\s+"
    r"(?:la\s+soci[ée]t[ée]\s+|l'entreprise\s+|l'assur[ée]\s+|m\.\s+|mme\s+|monsieur\s+|"
    r"madame\s+)?(?P<name>[^,;]+?)\s*(?:,|\s+(?:est|a\s+souscrit|b[ée]n[ée]ficie|is|has))",
    re.IGNORECASE,
)
_POLICY_IN_TEXT = re.compile(
    r"(?:contrat|police|policy)\s+(?:d'assurance\s+|number\s+)?(?:n[°o]|num[ée]ro|no\.?)\s*"
    r"[:.]?\s*(?P<number>[A-Z0-9][A-Z0-9./_-]{3,})",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"jusqu'au|au\s|à\s|to\s|until|expir|[ée]ch[ée]ance|fin\s", re.IGNORECASE)
_FROM = re.compile(r"\bdu\b|\bfrom\b|effet|effective|d[ée]but", re.IGNORECASE)


@dataclass
class Fields:
    insurer: str | None = None
    broker: str | None = None
    insured: str | None = None
    siren: str | None = None
    siret: str | None = None
    policy: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    activities: tuple[str, ...] = ()
    territory: str | None = None


def _labelled(blocks: Sequence[Block]) -> dict[str, tuple[int, str]]:
    """Field -> (block index, value) for the first "Label : value" of each field."""
    found: dict[str, tuple[int, str]] = {}
    labels = lexicon("certificate_fields")
    for i, block in enumerate(blocks):
        hits = labels.find(block.text)
        if not hits or hits[0].start > LABEL_START or hits[0].value in found:
            continue
        value = block.text[hits[0].end :].strip(_VALUE_TRIM)
        if not value and i + 1 < len(blocks):
            value = blocks[i + 1].text.strip(_VALUE_TRIM)
        if value:
            found[hits[0].value] = (i, value + _continuation(blocks, i, value))
    return found


def _continuation(blocks: Sequence[Block], index: int, value: str) -> str:
    """The lines a PDF wrapped a value onto: they go on in lower case, or after a ; or ,."""
    text = ""
    labels = lexicon("certificate_fields")
    for block in blocks[index + 1 : index + 6]:
        line = block.text.strip()
        if block.kind is not BlockKind.LINE or not line:
            break
        starts_label = bool(labels.find(line)) and labels.find(line)[0].start <= LABEL_START
        if starts_label or not (line[0].islower() or (value + text).rstrip()[-1:] in ";,"):
            break
        text += " " + line
    return text


def _first_part(value: str) -> str:
    """A name stops at the first comma or at its identifiers: "ALPHA SAS, 12 rue…" -> ALPHA."""
    return re.split(r",|\s+(?:SIRE[NT]|RCS|n°)\b|\s{2,}", value, maxsplit=1)[0].strip()


def _period(text: str, lang: str) -> tuple[date | None, date | None]:
    dates = find_dates(text, lang)
    if len(dates) >= 2:
        return dates[0].value, dates[1].value
    if len(dates) == 1:
        before = text[: dates[0].start]
        if _UNTIL.search(before) and not _FROM.search(before[-12:]):
            return None, dates[0].value
        return dates[0].value, None
    return None, None


def _activities(blocks: Sequence[Block], index: int, value: str) -> tuple[str, ...]:
    """The listed activities: split on ; and bullets, continued on the following list lines."""
    items = [value]
    labels = lexicon("certificate_fields")
    for block in blocks[index + 1 : index + 12]:
        text = block.text.strip()
        if not re.match(r"^[-•*·▪]\s*", text):
            break
        if labels.find(text) and labels.find(text)[0].start <= LABEL_START:
            break
        items.append(re.sub(r"^[-•*·▪]\s*", "", text))
    parts = [p.strip(" .;,") for item in items for p in re.split(r";|\s[-•]\s", item)]
    return tuple(p for p in parts if p)


def read_fields(
    blocks: Sequence[Block], path: str, lang: str
) -> tuple[Fields, dict[str, Evidence]]:
    """The fields of a certificate and, for each one read, where it was read."""
    fields = Fields()
    evidence: dict[str, Evidence] = {}

    def cite(name: str, index: int) -> None:
        evidence[name] = Evidence(path, blocks[index].page, blocks[index].text)

    labelled = _labelled(blocks)
    for name in ("broker", "insured", "territory"):
        if name in labelled:
            index, value = labelled[name]
            setattr(fields, name, _first_part(value) if name != "territory" else value)
            cite(name, index)
    if "insurer" in labelled:
        index, value = labelled["insurer"]
        known = lexicon("insurers").values(value)
        fields.insurer = known[0] if known else _first_part(value)
        cite("insurer", index)
    if "policy" in labelled:
        index, value = labelled["policy"]
        number = _POLICY_NUMBER.search(value)
        if number:
            fields.policy = number.group()
            cite("policy", index)
    if "period" in labelled:
        index, value = labelled["period"]
        fields.valid_from, fields.valid_to = _period(value, lang)
        cite("period", index)
    if "activities" in labelled:
        index, value = labelled["activities"]
        fields.activities = _activities(blocks, index, value)
        cite("activities", index)
    _from_sentences(blocks, fields, cite, lang)
    for i, block in enumerate(blocks):
        siren, siret = find_identifiers(block.text)
        if siren and fields.siren is None:
            fields.siren, fields.siret = siren, siret
            cite("siren", i)
    return fields, evidence


def _from_sentences(
    blocks: Sequence[Block], fields: Fields, cite: Callable[[str, int], None], lang: str
) -> None:
    """Fields still missing, read from the certificate's sentences (PDF lines joined back)."""
    piece = Piece("", "", PieceKind.OTHER, "", None, tuple(blocks))
    first_line = {id(b): i for i, b in enumerate(blocks)}
    for sentence in sentences(Clause(piece, None, None, (), tuple(blocks))):
        text = sentence.text
        i = next((first_line[id(b)] for b in sentence.blocks if id(b) in first_line), 0)
        if fields.insured is None and (m := _ATTESTS.search(text)):
            fields.insured = m.group("name").strip()
            cite("insured", i)
        if fields.policy is None and (m := _POLICY_IN_TEXT.search(text)):
            fields.policy = m.group("number")
            cite("policy", i)
        if (
            fields.valid_to is None
            and len(find_dates(text, lang)) >= 1
            and (re.search(r"\bdu\b.*\bau\b|from .* to |p[ée]riode|valable|validit", text, re.I))
        ):
            valid_from, valid_to = _period(text, lang)
            if valid_to is not None:
                fields.valid_from = fields.valid_from or valid_from
                fields.valid_to = valid_to
                cite("period", i)
        if fields.insurer is None:
            known = lexicon("insurers").values(text)
            if known:
                fields.insurer = known[0]
                cite("insurer", i)
