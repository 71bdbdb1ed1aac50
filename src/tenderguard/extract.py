"""The values a demand states, read from its sentence: which amount is the insurance minimum,
which are sub-limits, the basis, the damage types, the delay, the zone...

Each rule lists the fields it wants; this module holds the logic that decides, for example,
that "montant maximum : 400 000 € HT" is a contract value and not an insurance minimum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from tenderguard.models import Money, SubLimit, Unread, Values
from tenderguard.normalise.amounts import AmountMention, find_amounts
from tenderguard.normalise.durations import find_delays
from tenderguard.normalise.lexicon import Hit, lexicon
from tenderguard.normalise.numbers import words_to_digits
from tenderguard.normalise.percent import PercentMention, find_percents
from tenderguard.text import fold, language

# How close (in characters) a word must be to an amount to qualify it.
BEFORE_WINDOW = 40
SUBLIMIT_WINDOW = 70
AFTER_WINDOW = 6
BASIS_WINDOW = 60
ZONE_BREADTH = {"FR": 0, "EU": 1, "EEA": 2}

# "deux (2) fois", "three (3) times": the figure may be repeated in brackets before the word;
# "une fois et demie", "one and a half times" add a half.
_MULTIPLE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)?)\s*(?:\(\s*\d+(?:[.,]\d+)?\s*\)\s*)?"
    r"(?:(?P<half_before>and\s+(?:a|one)[\s-]+half\s+)?(?:fois|times|x)\b"
    r"(?P<half_after>\s+et\s+demie?\b)?)"
    r"|(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%\)?\s*(?:du|des|de|of)\b",
    re.IGNORECASE,
)
# A multiple the patterns above could not read: it is no value, not "once the price".
_MULTIPLE_WORD = re.compile(r"\b(?:fois|times)\b", re.IGNORECASE)
_WHOLE_PRICE = re.compile(
    r"(?:limit[ée]e?s?|plafonn[ée]e?s?|capped|limited|shall\s+not\s+exceed|n'exc[èe]der?a?)"
    r"\b[^.;]{0,40}?\b(?:a|à|au|aux|to|le|the)\s+(?:the\s+)?(?:contract\s+|total\s+)?"
    r"(?:montant|total|prix|fees|amount|sommes|price|redevances)",
    re.IGNORECASE,
)
_MONTHS_OF_FEES = re.compile(
    r"(?P<num>\d{1,2})\s*(?:mois|months?)\s+(?:de|of)\s+(?:redevances?|facturation|fees|charges|"
    r"abonnement)",
    re.IGNORECASE,
)
# "l'article 14.1 du CCAG-TIC", "article 9 of the CCAG-FCS": the text a demand is set by.
_REFERENCE = re.compile(
    r"\barticles?\s+(?P<article>\d+(?:\.\d+)*)\s+(?:du|de\s+l'|of\s+the|of)\s+"
    r"(?:(?P<text>CCAG)(?:[\s-]+(?P<family>TIC|FCS|PI|MI|Travaux|MOE|AT|FCS))?\b"
    # "les pénalités prévues à l'article 14 du Contrat Client sont répercutées au
    # Sous-traitant": a sub-contract passes on the terms of the main contract
    r"|(?P<main>(?:contrat|march[ée])\s+(?:client|principal|initial))\b"
    # Belgian public contracts: the general rules of execution (RGE, royal decree of 14
    # January 2013), "conformément à l'article 86 du RGE"
    r"|(?P<rge>RGE)\b"
    # another piece of the file by its acronym, as printed: « l'article 14 du CCAP-AC »
    r"|(?P<code>(?-i:CC[AT]P|RC|AE|CCP|CPS)(?:-(?-i:[A-Z]{1,5}))?)\b)",
    re.IGNORECASE,
)
_DEROGATION = re.compile(r"d[ée]rogation|derogating|notwithstanding", re.IGNORECASE)
# "P = V x R / 1000", up to the words that start explaining it.
_FORMULA = re.compile(r"\b[A-Z]\s*=\s*(?:(?!,\s|\s(?:dans|où|avec|with|where|in)\s)[^.;:]){3,80}")
# The unit a penalty is counted in: « par jour calendaire », « pour chaque jour de retard »,
# "per calendar day", "for each commenced Working Day". « chaque » and "each" alone count only
# before « de retard » / "of delay": « facturée chaque mois » is when it is billed.
_PER_UNIT = re.compile(
    r"(?:\bpar|\bpour\s+chaque)\s+(?P<fr>jour\s+ouvr[ée]|jour|heure|semaine|mois)"
    r"|\bchaque\s+(?P<fr_delay>jour\s+ouvr[ée]|jour|heure|semaine)(?=(?:\s+\w+)?\s+de\s+retard)"
    r"|(?:\bper|\bfor\s+(?:each|every))\s+(?:(?:commenced|started|full|complete)\s+)?"
    r"(?:calendar\s+)?(?P<en>business\s+day|working\s+day|day|hour|week|month)"
    r"|\beach\s+(?:(?:commenced|started|full|complete)\s+)?(?:calendar\s+)?"
    r"(?P<en_delay>business\s+day|working\s+day|day|hour|week)(?=\s+of\s+delay)",
    re.IGNORECASE,
)
_PER_VALUES = {
    "jour ouvre": "business_day",
    "jour": "day",
    "heure": "hour",
    "semaine": "week",
    "mois": "month",
    "business day": "business_day",
    "working day": "business_day",
    "day": "day",
    "hour": "hour",
    "week": "week",
    "month": "month",
}


def _is_excluded(
    mention: AmountMention, roles: Sequence[Hit], after: str = "excluded_after"
) -> bool:
    for hit in roles:
        if hit.value == "excluded_before" and 0 <= mention.start - hit.end <= BEFORE_WINDOW:
            return True
        if hit.value == after and 0 <= hit.start - mention.end <= AFTER_WINDOW:
            return True
    return False


# "dont 500 000 € immatériels consécutifs", up to the next comma, semicolon or stop.
_SUBLIMIT_PHRASE = re.compile(r"\bdont\s+[^,;.]*\d[^,;.]*", re.IGNORECASE)


def _sublimit_cue(mention: AmountMention, roles: Sequence[Hit], previous_end: int) -> Hit | None:
    for hit in roles:
        if (
            hit.value == "sublimit"
            and hit.end <= mention.start
            and mention.start - hit.end <= SUBLIMIT_WINDOW
            and hit.start >= previous_end
        ):
            return hit
    return None


def _sublimit_label(text: str, cue: Hit, mention: AmountMention, next_start: int) -> str:
    """Damage type of a sub-limit, named before the amount ("dont immatériels : 100 000 €") or
    after it ("dont 300 000 € pour les immatériels"); else the words before the amount."""
    between = text[cue.end : mention.start]
    after = text[mention.end : min(next_start, mention.end + SUBLIMIT_WINDOW)]
    damages = lexicon("damages").values(between) or lexicon("damages").values(after)
    if damages:
        return damages[0]
    return " ".join(between.strip(" :,-–").split()) or "dont"


def _cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row written « a | b | c »."""
    spans, start = [], 0
    for cut in re.finditer(r" \| ", text):
        spans.append((start, cut.start()))
        start = cut.end()
    return [*spans, (start, len(text))]


def _row_basis(text: str, amount: AmountMention, hits: Sequence[Hit]) -> str | None:
    """The basis of an amount of a table row when the cells decide it: « £5,000,000 £10,000,000 |
    each and every claim in the aggregate » pairs the amounts of a cell with the bases of the
    next cell in order; an amount in a later cell (the excess « | £50,000 | ») takes no basis
    from a cell already paired. None when the row does not decide (the sentence's words do)."""
    cells = _cells(text)
    if len(cells) < 2:
        return None
    amounts = find_amounts(text)

    def inside(cell: tuple[int, int], start: int, end: int) -> bool:
        return cell[0] <= start and end <= cell[1]

    def paired(i: int) -> bool:  # cell i holds amounts only and cell i + 1 as many bases
        if i + 1 >= len(cells) or any(inside(cells[i], h.start, h.end) for h in hits):
            return False
        own = [m for m in amounts if inside(cells[i], m.start, m.end)]
        rest = text[cells[i][0] : cells[i][1]]
        for mention in own:
            rest = rest.replace(mention.text, " ")
        bases = [h for h in hits if inside(cells[i + 1], h.start, h.end)]
        return len(own) >= 2 and len(own) == len(bases) and not re.search(r"\w", rest)

    for i, cell in enumerate(cells):
        if not inside(cell, amount.start, amount.end):
            continue
        if paired(i):
            own = [m.start for m in amounts if inside(cell, m.start, m.end)]
            bases = [h for h in hits if inside(cells[i + 1], h.start, h.end)]
            return bases[own.index(amount.start)].value
        if i > 0 and paired(i - 1) and not any(inside(cell, h.start, h.end) for h in hits):
            return "unspecified"
        return None
    return None


def _basis(text: str, amount: AmountMention, next_start: int) -> str:
    hits = lexicon("basis").find(text)
    in_row = _row_basis(text, amount, hits)
    if in_row is not None:
        return in_row
    after = [h for h in hits if amount.end <= h.start < min(next_start, amount.end + BASIS_WINDOW)]
    if after:
        return after[0].value
    before = [h for h in hits if 0 <= amount.start - h.end <= BASIS_WINDOW]
    return before[-1].value if before else "unspecified"


def _insurance_amounts(
    text: str,
) -> tuple[Money | None, str | None, tuple[SubLimit, ...], tuple[Unread, ...]]:
    """The minimum demanded, its basis, the sub-limits, and the amounts that are there but
    cannot be read whole. An unreadable first amount stays the minimum, unread: the next
    amount of the sentence is not taken for it."""
    mentions = find_amounts(text)
    if not mentions:
        return None, None, (), ()
    roles = lexicon("amount_roles").find(text)
    main: AmountMention | None = None
    basis: str | None = None
    sublimits: list[SubLimit] = []
    unread: list[Unread] = []
    taxed: list[tuple[AmountMention, int]] = []  # "1 500 000 € TTC", with the next start
    previous_end = 0
    for n, mention in enumerate(mentions):
        next_start = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
        cue = _sublimit_cue(mention, roles, previous_end)
        if _is_excluded(mention, roles):
            pass
        elif _is_excluded(mention, roles, "taxed_after") and cue is None:
            taxed.append((mention, next_start))
        elif cue is not None and main is not None:
            if mention.money is None:
                unread.append(Unread("sublimits", mention.text))
            else:
                label = _sublimit_label(text, cue, mention, next_start)
                sublimits.append(SubLimit(label, mention.money))
        elif main is None:
            main = mention
            basis = _basis(text, mention, next_start)
            if mention.money is None:
                unread.append(Unread("amount", mention.text))
        previous_end = mention.end
    if main is None and taxed:  # the only amount of an insurance demand is its minimum
        main, next_start = taxed[0]
        basis = _basis(text, main, next_start)
        if main.money is None:
            unread.append(Unread("amount", main.text))
    if main is None:
        return None, None, tuple(sublimits), tuple(unread)
    return main.money, basis, tuple(sublimits), tuple(unread)


# « inférieure à 99,5 % », "falls below 99.5%", « entre 99 % et 99,5 % »: a threshold that
# triggers a credit or a penalty, not a level promised; « de 99,5 % à 99,9 % », "from 99.5%": a
# level changed from.
_THRESHOLD_BEFORE = re.compile(
    r"(?:inf[ée]rieur\w*|sup[ée]rieur\w*|en\s+dessous|en[-\s]de[çc][àa]|moins|entre|below|under|"
    r"less|falls?|drops?|between|than|au\s+lieu|instead|non\s+plus|de|from)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


# « 99,9 % pendant les périodes d'examens », "99.5% for the intranet": the scope of a level.
_SCOPE_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:pendant|durant|lors|pour|during|for)\b", re.IGNORECASE
)


def _stating(text: str, lang: str) -> str:
    """The text values are read in: numbers in figures, without the values it names as replaced
    (« au lieu de 48 heures ») and from where it sets a value anew (« est ramené à 12 heures »)."""
    digits = _without_derogated_values(_without_equivalents(words_to_digits(text, lang)))
    return _as_changed(_SUPERSEDED_VALUE.sub(" ", digits))


# « Par dérogation à l'article 11.4 du CCAP-AC (72 heures), … », « … à l'article 9.2 du
# CCAP-AC, qui fixe le seuil à 1,5 M€, le titulaire … », "By way of derogation from clause 7.2
# (72 hours), …": the value the article set aside had, recalled beside its number.
_DEROGATED_VALUE = re.compile(
    r"\b(?:d[ée]rogation\s+(?:[àa]\s+)?(?:l['’]\s?)?|derogation\s+from\s+)"
    r"(?:article|clause|section|paragraph)\s+[\w.-]+(?:\s+(?:du|de\s+la|des|of\s+the)\s+[\w-]+)?"
    # (a comma inside a figure, « 1,5 M€ », does not end the recalled clause)
    r"(?P<recalled>\s*\([^()]*\)|,\s*(?:qui|which)\s(?:[^,]|,(?=\d))*,)",
    re.IGNORECASE,
)


def _without_derogated_values(text: str) -> str:
    """`text` with the value of a derogated article blanked out, offsets kept."""
    for m in _DEROGATED_VALUE.finditer(text):
        start, end = m.span("recalled")
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# « 60 000 000 F CFP (environ 502 800 €) par sinistre », "R 5 000 000 (approx. EUR 250,000)":
# the amount given again in another currency, for information, between the amount and its basis.
_EQUIVALENT_OPENS = re.compile(
    r"\s*\(\s*(?:environ|soit(?:\s+environ)?|approx\w*\.?|about|around|≈|~|i\.\s?e\.,?"
    r"|equivalent\s+to|[ée]quivalent\s+[àa])?\s*$",
    re.IGNORECASE,
)
_EQUIVALENT_CLOSES = re.compile(r"\s*(?:HT|TTC|hors\s+taxes)?\s*\)", re.IGNORECASE)


def _without_equivalents(text: str) -> str:
    """`text` with each amount's equivalent in brackets blanked out, offsets kept."""
    if "(" not in text:
        return text  # (most sentences: no amount is read twice for them)
    mentions = find_amounts(text)
    for before, after in pairwise(mentions):
        if before.money is None or after.money is None:
            continue
        if before.money.currency == after.money.currency:
            continue  # « 2 000 000 € (deux millions d'euros) » is the same amount written twice
        opening = _EQUIVALENT_OPENS.match(text[before.end : after.start])
        closing = _EQUIVALENT_CLOSES.match(text, after.end)
        if opening and closing:
            text = text[: before.end] + " " * (closing.end() - before.end) + text[closing.end() :]
    return text


def further_levels(kind: str, fields: Sequence[str], text: str, lang: str) -> list[Decimal]:
    """The other service levels one sentence promises after its first, each a demand of its
    own: « au moins 99,7 %, portée à 99,9 % pendant les périodes d'examens », « 99,9 % pour le
    portail et 99,5 % pour l'intranet ». Not a threshold that triggers a credit (« en dessous de
    99,5 % »), nor a value replaced (« au lieu de 99,5 % »)."""
    if kind != "cloud.sla" or "percent" not in fields:
        return []
    digits = _stating(text, lang)
    levels = [p for p in find_percents(digits) if p.value is not None and p.value >= 50]
    further: list[Decimal] = []
    for level in levels[1:]:
        value = level.value
        assert value is not None
        if value == levels[0].value or value in further:
            continue
        if _THRESHOLD_BEFORE.search(digits[max(0, level.start - 40) : level.start]):
            continue
        if not _SCOPE_AFTER.match(digits, level.end):
            continue  # a level with no scope of its own: a second column, an offer, a change
        further.append(value)
    return further


def named_moments(fields: Sequence[str], text: str, lang: str) -> list[str]:
    """The moments one sentence names for a certificate when it names more than one, each a
    demand of its own: « jointe à l'offre, puis chaque année », "with the Response, and a
    renewed certificate within ten business days after each renewal". Empty when it names one
    or none, or a first delivery on signing then a yearly renewal (one certificate, renewed)."""
    if "moment" not in fields:
        return []
    moments = lexicon("moments").values(_stating(text, lang))
    # (« à la signature, puis chaque année »: one certificate, renewed; « avant la
    # notification, dans les huit jours de la demande »: one deadline counted from a request;
    # « dans les quinze jours suivant la notification et avant tout commencement »: one
    # deadline said two ways)
    once = [m for m in moments if m not in _RECURRING][:1]
    recurring = [m for m in moments if m in _RECURRING]
    if once not in ([], ["candidature"]):
        return []
    named = once + recurring
    return named if len(named) > 1 else []


_RECURRING = ("annual", "on_request")


def annual_aggregate(kind: str, fields: Sequence[str], text: str, lang: str) -> Money | None:
    """The second minimum of a cover stated per claim and per year in one sentence ("1 500 000 €
    par sinistre et 3 000 000 € par année d'assurance"): a demand of its own, the certificate's
    yearly aggregate being checked against it. None when the sentence states one minimum (a
    sub-limit "dont 300 000 €…" is no second minimum)."""
    if not kind.startswith("insurance.") or "amount" not in fields:
        return None
    digits = _without_equivalents(words_to_digits(text, lang))
    first, basis, _, _ = _insurance_amounts(digits)
    if first is None or basis != "per_claim":
        return None
    mentions = find_amounts(digits)
    roles = lexicon("amount_roles").find(digits)
    previous_end = 0
    for n, mention in enumerate(mentions):
        next_start = mentions[n + 1].start if n + 1 < len(mentions) else len(digits)
        cue = _sublimit_cue(mention, roles, previous_end)
        previous_end = mention.end
        if mention.money is None or mention.money == first or cue is not None:
            continue
        if _is_excluded(mention, roles) or _basis(digits, mention, next_start) != "per_year":
            continue
        return _in_french_dollars(mention.money, digits, lang)
    return None


def _zone(text: str) -> str | None:
    zones = lexicon("zones").values(text)
    if not zones:
        return None
    alternatives = re.search(r"\b(?:ou|or)\b", text) is not None
    pick = max if alternatives and len(zones) > 1 else min
    return pick(zones, key=lambda z: ZONE_BREADTH[z])


def _multiple(text: str, *, stated_only: bool = False) -> Decimal | None:
    """The multiple of the price a cap is set at; `stated_only` when the sentence states an
    amount too ("the greater of $2,000,000 or two (2) times the total Contract value"): only a
    multiple written as such, not "the amount of" read as once the price."""
    m = _MULTIPLE.search(text)
    if m and m.group("num"):
        half = Decimal("0.5") if m.group("half_before") or m.group("half_after") else Decimal(0)
        return Decimal(m.group("num").replace(",", ".")) + half
    if m and m.group("pct"):
        return Decimal(m.group("pct").replace(",", ".")) / 100
    if stated_only:
        return None
    m = _MONTHS_OF_FEES.search(text)
    if m:
        return Decimal(m.group("num"))
    if _WHOLE_PRICE.search(text) and not _MULTIPLE_WORD.search(text):
        return Decimal(1)
    return None


PENALTIES = "contract.delay_penalties"
# « dans la limite de 10 % du montant du marché », "up to a maximum of ten percent (10%) of the
# contract value": the words before a rate that make it the penalties' cap, not their rate.
_CAP_BEFORE = re.compile(
    r"(?:maximum|plafon\w*|limit\w*|exc[ée]d\w*|exceed\w*|up\s+to|d[ée]pass\w*|total|cap|"
    r"capped)\W+(?:\w+\W+){0,9}$",
    re.IGNORECASE,
)


# « Nous ne voulons pas d'hébergement chez Amazon Web Services, Microsoft Azure ou Google
# Cloud », "not on AWS or Azure": hosts refused, not hosts used; but « ne peut recourir à
# aucun autre hébergeur que OVHcloud », "no provider other than OVHcloud" name the one allowed.
_REFUSING = re.compile(r"\b(?:pas|ni|aucun\w*|jamais|not|nor|never|no)\b", re.IGNORECASE)
_ONLY = re.compile(
    r"\b(?:que|qu['’]|than|but|sauf|except\w*|autres?|other|only|seul\w*)\b", re.IGNORECASE
)


def _wanted_providers(text: str, hits: Sequence[Hit]) -> list[str]:
    """The providers a sentence names (`hits`, the providers lexicon's in `text`), but those it
    refuses: the last negation before the name, in its part of the sentence, refuses it unless a
    restriction follows it (« que », "other than")."""
    wanted = []
    for hit in hits:
        before = re.split(r"[.;:]", text[max(0, hit.start - 100) : hit.start])[-1]
        negations = list(_REFUSING.finditer(before))
        if not negations or _ONLY.search(before[negations[-1].end() :]):
            wanted.append(hit.value)
    return list(dict.fromkeys(wanted))


def _penalty_rate(text: str) -> PercentMention | None:
    """A penalty's rate, « 0,5 % du montant de la commande par jour de retard »: the first
    percentage that is not the cap of the penalties."""
    rates = find_percents(text)
    for n, rate in enumerate(rates):
        if _CAP_BEFORE.search(text[max(0, rate.start - 80) : rate.start]):
            continue
        written = rates[n + 1] if n + 1 < len(rates) else None
        if written is not None and text[rate.end : written.start].strip() == "(":
            # "one tenth of one per cent (0.1%)": the figures in brackets say what the words
            # meant, which words_to_digits reads only in part ("one tenth of 1 per cent")
            return written
        return rate
    return None


def _per(text: str) -> str | None:
    m = _PER_UNIT.search(text)
    if not m:
        return None
    unit = next(group for group in m.groups() if group)
    return _PER_VALUES.get(" ".join(fold(unit).split()))


# "2 000 000 $" in a French text is written in Québec (or elsewhere in Canada): the dollar
# is Canadian there, unless the text says it is American ("US$", "USD", « dollars américains »).
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
_AMERICAN_DOLLAR = re.compile(
    r"\bUS\s?\$|\$\s?US\b|\bUSD\b|dollars?\s+am[ée]ricains?", re.IGNORECASE
)


def _in_french_dollars(amount: Money | None, text: str, lang: str) -> Money | None:
    if amount is None or amount.currency != "USD" or lang != "fr" or language([text]) != "fr":
        return amount  # (an English sentence quoted in a French text keeps its dollars)
    if not _BARE_DOLLAR.search(text) or _AMERICAN_DOLLAR.search(text):
        return amount
    return Money(amount.value, "CAD")


def extract_values(
    kind: str,
    fields: Sequence[str],
    text: str,
    lang: str,
    heading: str | None = None,
    clause_text: str = "",
) -> Values:
    """Values of `fields` stated in `text` for a demand of `kind`.

    The clause gives context the sentence may lack: its `heading` ("Pièces de la candidature")
    says when a certificate is due, its whole text which hosting provider it names.
    """
    if not fields:
        return Values()
    digits = _stating(text, lang)
    found: dict[str, object] = {}
    wanted = set(fields)
    unread: list[Unread] = []
    if wanted & {"amount", "basis", "sublimits"}:
        if kind.startswith("insurance."):
            amount, basis, sublimits, garbled = _insurance_amounts(digits)
            unread += [u for u in garbled if u.field in wanted]
        else:
            mentions = find_amounts(digits)
            amount, basis, sublimits = (mentions[0].money if mentions else None), None, ()
            if mentions and mentions[0].money is None and "amount" in wanted:
                unread.append(Unread("amount", mentions[0].text))
        if "amount" in wanted:
            found["amount"] = _in_french_dollars(amount, digits, lang)
        if "basis" in wanted:
            found["basis"] = basis
        if "sublimits" in wanted:
            found["sublimits"] = sublimits
    if "damages" in wanted:
        # "5 000 000 € par sinistre, dont 500 000 € immatériels consécutifs": the damage named
        # by a sub-limit is its label, not a damage the cover is asked to guarantee.
        found["damages"] = tuple(lexicon("damages").values(_SUBLIMIT_PHRASE.sub(" ", digits)))
    if wanted & {"hours", "days"}:
        delays = find_delays(digits)
        hours = next((d for d in delays if d.unit == "hours"), None)
        days = next((d for d in delays if d.unit in ("days", "business_days")), None)
        for name, delay in (("hours", hours), ("days", days)):
            if name not in wanted or delay is None:
                continue
            if delay.value is None:
                unread.append(Unread(name, delay.text))
                continue
            found[name] = delay.value
            if name == "days":
                found["business_days"] = delay.unit == "business_days"
    if "percent" in wanted:
        if kind == PENALTIES:
            rate = _penalty_rate(digits)
        else:
            # The first rate that can be an availability (a service credit of 5 % is not one).
            rate = next(
                (p for p in find_percents(digits) if p.value is None or p.value >= 50), None
            )
        found["percent"] = rate.value if rate else None
        if rate is not None and rate.value is None:
            unread.append(Unread("percent", rate.text))
    if "zone" in wanted:
        found["zone"] = _zone(digits)
    if "providers" in wanted:
        # the sentence's providers, else those of its clause (a restatement naming none)
        named = lexicon("providers").find(digits)
        if named:
            providers = _wanted_providers(digits, named)
        else:
            providers = _wanted_providers(clause_text, lexicon("providers").find(clause_text))
        found["providers"] = tuple(providers)
    if "moment" in wanted:
        moments = lexicon("moments").values(digits) or lexicon("moments").values(heading or "")
        found["moment"] = _standing_moment(moments)
    if "multiple" in wanted:
        found["multiple"] = _multiple(digits, stated_only=found.get("amount") is not None)
    if "per" in wanted:
        found["per"] = _per(digits)
        formula = _FORMULA.search(text)
        found["formula"] = " ".join(formula.group().split()) if formula else None
    if "reference" in wanted:
        found["reference"] = _reference(text)
    if "cover" in wanted:
        covers = lexicon("other_covers").values(digits)
        found["cover"] = covers[0] if covers else None
    found["unreadable"] = tuple(unread)
    return Values(**found)  # type: ignore[arg-type]


# « fixé à 48 heures par l'article 8.5, est ramené à 12 heures », « est porté de 99,5 % (article
# 6.1 du CCTP) à 99,9 % », "is reduced from 48 to 24 hours": the value a sentence sets anew
# comes after the words changing it; the one before is the value it replaces. (Not « peut être
# porté à 72 heures », a possible change; nor « au-delà de 24 heures, la pénalité est portée à
# 15 000 € par jour », a second tier: the value replaced is named as such, « fixé à », « de … à ».)
_CHANGE = (
    r"\b(?:est|sont|sera|seront|is|are|shall\s+be|will\s+be)\s+(?:ainsi\s+|donc\s+|d[ée]sormais\s+|"
    r"hereby\s+)?(?:ramen|port|relev|abaiss|r[ée]dui|augment|diminu|increas|reduc|rais|lower|"
    r"brought|cut|extended|shortened)\w*\s+"
)
_CHANGED_FROM_TO = re.compile(
    _CHANGE + r"(?:de\s+[^;]{1,150}?\s+à|from\s+[^;]{1,150}?\s+to)\s", re.IGNORECASE
)
_CHANGED_TO = re.compile(_CHANGE + r"(?:à|to)\s", re.IGNORECASE)
# « les mots « 99,5 % » sont remplacés par les mots « 99,8 % » », "the words «seventy-two (72)
# hours» are deleted and replaced with «twenty-four (24) hours»"
_REPLACED_WITH = re.compile(
    r"\b(?:est|sont|is|are|shall\s+be)\s+(?:deleted\s+and\s+|supprim[ée]e?s?\s+et\s+)?"
    r"(?:replaced|remplac[ée]e?s?|substituted|amended|modifi[ée]e?s?)\s+"
    # "Clause 14.2 of the Terms (which limits liability to 100% …) is replaced as follows:
    # … 150%"
    r"(?:(?:with|by|par)\s|(?:as\s+follows|comme\s+suit|to\s+read(?:\s+as\s+follows)?)\s*:?\s)",
    re.IGNORECASE,
)
# (« Le délai de 72 heures indiqué au CCTP est ramené à 24 heures »: the value another text
# gave, named as such; « le montant de la pénalité, de « 150 € », est porté à « 300 € » »:
# the amended text's words quoted)
_FORMER_VALUE = re.compile(
    r"\b(?:fix[ée]e?s?\s+à|pr[ée]vue?s?\s+à|set\s+at|initialement|initially|actuellement|currently"
    r"|(?:indiqu|mentionn|stipul)[ée]e?s?\s+(?:au|à\s+l|dans|par)|(?:stated|specified|given)\s+in"
    r"|de\s+«[^«»]{1,40}»|from\s+[\"“][^\"“”]{1,40}[\"”])",
    re.IGNORECASE,
)
# « 24 heures (au lieu de 48 heures) », « 2 000 000 € et non plus 1 000 000 € », « 99,9 % (et non
# 99,5 %) », "12 hours instead
# of 24": the value named after these words is the one replaced.
_SUPERSEDED_VALUE = re.compile(
    r"\b(?:au\s+lieu\s+d(?:e|es|u)|et\s+non(?:\s+plus)?|instead\s+of|rather\s+than)\s+"
    r"(?:l[ae']\s?|les\s+|the\s+)?"
    # the value and its unit only: « au lieu de 15 jours à compter de la notification » keeps
    # the moment it is counted from
    r"\d[\d\s\u00a0\u202f.,]*(?:\s?(?:%|€|[^\W\d_]+))?",
    re.IGNORECASE,
)


# When a certificate is first due on signing or starting, before it is renewed every year.
_FIRST_OF_A_YEARLY_PROOF = ("award", "notification", "execution_start")


def _standing_moment(moments: Sequence[str]) -> str | None:
    """The moment a certificate is due, the first the text names; « à la signature du contrat,
    puis chaque année » asks for it every year, the signing being the first of those years (a
    certificate with the bid, then yearly, is still first due with the bid)."""
    if not moments:
        return None
    if "annual" in moments and moments[0] in _FIRST_OF_A_YEARLY_PROOF:
        return "annual"
    return moments[0]


def _as_changed(text: str) -> str:
    """The part of a sentence stating the values it sets, when it changes an earlier value."""
    changed = _CHANGED_FROM_TO.search(text) or _REPLACED_WITH.search(text)
    if changed is None:
        changed = _CHANGED_TO.search(text)
        if changed is not None and not _FORMER_VALUE.search(text, 0, changed.start()):
            changed = None
    return text[changed.end() :] if changed else text


def _reference(text: str) -> str | None:
    """ "CCAG-TIC art. 14.1" for "conformément à l'article 14.1 du CCAG-TIC"."""
    m = _REFERENCE.search(text)
    if m is None or _DEROGATION.search(text, 0, m.start()):
        return None  # "par dérogation à l'article 14.1": the sentence sets its own terms
    if m["main"]:
        words = m["main"].split()
        return f"{words[0].capitalize()} {words[1].capitalize()} art. {m['article']}"
    if m["rge"]:
        return f"RGE art. {m['article']}"
    if m["code"]:
        return f"{m['code']} art. {m['article']}"
    family = f"-{m['family'].upper()}" if m["family"] else ""
    return f"CCAG{family} art. {m['article']}"
