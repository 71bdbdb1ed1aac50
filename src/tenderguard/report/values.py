"""Values of a requirement in words, for the human-readable formats."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tenderguard.models import Money, Schedule, Source, Unread, Values

_BASIS = {
    "fr": {
        "per_claim": "par sinistre",
        "per_year": "par année d'assurance",
        "per_claim_and_year": "par sinistre et par année",
        "unspecified": "base non précisée",
    },
    "en": {
        "per_claim": "per claim",
        "per_year": "per insurance year",
        "per_claim_and_year": "per claim and per year",
        "unspecified": "basis not stated",
    },
}
_DAMAGES = {
    "fr": {
        "corporels": "corporels",
        "materiels": "matériels",
        "immateriels": "immatériels",
        "immateriels_non_consecutifs": "immatériels non consécutifs",
    },
    "en": {
        "corporels": "bodily injury",
        "materiels": "property damage",
        "immateriels": "financial loss",
        "immateriels_non_consecutifs": "pure financial loss",
    },
}
_MOMENTS = {
    "fr": {
        "candidature": "avec la candidature",
        "award": "avant l'attribution",
        "notification": "après la notification",
        "execution_start": "avant l'exécution",
        "annual": "chaque année",
        "on_request": "sur demande",
    },
    "en": {
        "candidature": "with the bid",
        "award": "before award",
        "notification": "after notification",
        "execution_start": "before work starts",
        "annual": "every year",
        "on_request": "on request",
    },
}
_PER = {
    "fr": {
        "day": "par jour",
        "business_day": "par jour ouvré",
        "hour": "par heure",
        "week": "par semaine",
        "month": "par mois",
    },
    "en": {
        "day": "per day",
        "business_day": "per business day",
        "hour": "per hour",
        "week": "per week",
        "month": "per month",
    },
}
_COVERS = {
    "fr": {
        "decennale": "responsabilité décennale",
        "biennale": "garantie biennale",
        "tous_risques_chantier": "tous risques chantier",
        "dommages_ouvrage": "dommages-ouvrage",
        "automobile": "assurance automobile",
        "dirigeants": "responsabilité des dirigeants",
        "employers_liability": "accidents du travail et responsabilité de l'employeur",
        "individuelle_accident": "individuelle accident",
        "protection_juridique": "protection juridique",
        "fraude": "assurance fraude et détournements",
    },
    "en": {
        "decennale": "ten-year builder's liability",
        "biennale": "two-year equipment warranty cover",
        "tous_risques_chantier": "contractors' all risks",
        "dommages_ouvrage": "building damage insurance",
        "automobile": "motor insurance",
        "dirigeants": "directors' and officers' liability",
        "employers_liability": "workers' compensation / employer's liability",
        "individuelle_accident": "personal accident cover",
        "protection_juridique": "legal expenses cover",
        "fraude": "crime / fidelity insurance",
    },
}
_SYMBOL = {"EUR": "€", "USD": "$", "GBP": "£"}
_WORDS = {
    "fr": {
        "damages": "dommages",
        "hours": "h",
        "days": "jours",
        "business_days": "jours ouvrés",
        "within": "sous",
        "zone": "zone",
        "providers": "fournisseurs",
        "multiple": "fois le prix",
        "sublimit": "dont",
        "unread": "{what} illisible tel qu'écrit : « {text} »",
        "amount": "montant",
        "sublimits": "sous-limite",
        "delay": "délai",
        "percent": "taux",
        "reference": "selon",
    },
    "en": {
        "damages": "damage",
        "hours": "h",
        "days": "days",
        "business_days": "business days",
        "within": "within",
        "zone": "zone",
        "providers": "providers",
        "multiple": "x the price",
        "sublimit": "incl.",
        "unread": "{what} not readable as written: “{text}”",
        "amount": "amount",
        "sublimits": "sub-limit",
        "delay": "delay",
        "percent": "rate",
        "reference": "as set by",
    },
}
_UNREAD_WHAT = {"amount": "amount", "sublimits": "sublimits", "hours": "delay", "days": "delay"}


def unread_text(unread: Unread, lang: str) -> str:
    """ "montant illisible tel qu'écrit : « 5000 000 € »"."""
    w = _WORDS[lang]
    what = w[_UNREAD_WHAT.get(unread.field, unread.field)]
    return w["unread"].format(what=what, text=" ".join(unread.text.split()))


def number(value: Decimal, lang: str) -> str:
    if value == value.to_integral_value():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def money(amount: Money, lang: str) -> str:
    """ "2 000 000 €" in French, "£2,000,000" in English."""
    symbol = _SYMBOL.get(amount.currency, amount.currency)
    if lang == "en":
        return f"{symbol}{number(amount.value, lang)}"
    return f"{number(amount.value, lang)} {symbol}"


def describe(values: Values, lang: str) -> str:
    """One line: "2 000 000 € par sinistre ; dont immatériels non consécutifs 300 000 €"."""
    w = _WORDS[lang]
    parts: list[str] = []
    if values.cover:
        parts.append(_COVERS[lang].get(values.cover, values.cover))
    if values.amount:
        text = money(values.amount, lang)
        if values.basis and values.basis != "unspecified":
            text += " " + _BASIS[lang][values.basis]
        parts.append(text)
    for sub in values.sublimits:
        label = _DAMAGES[lang].get(sub.label, sub.label)
        parts.append(f"{w['sublimit']} {label} {money(sub.amount, lang)}")
    damages = [d for d in values.damages if d not in {s.label for s in values.sublimits}]
    if damages:
        parts.append(f"{w['damages']} " + ", ".join(_DAMAGES[lang].get(d, d) for d in damages))
    if values.hours is not None:
        parts.append(f"{w['within']} {values.hours} {w['hours']}")
    if values.days is not None:
        unit = w["business_days"] if values.business_days else w["days"]
        parts.append(f"{w['within']} {values.days} {unit}")
    if values.moment:
        parts.append(_MOMENTS[lang].get(values.moment, values.moment))
    if values.percent is not None:
        parts.append(f"{number(values.percent, lang)} %")
    if values.zone:
        parts.append(f"{w['zone']} {values.zone}")
    if values.providers:
        parts.append(f"{w['providers']} " + ", ".join(values.providers))
    if values.multiple is not None:
        parts.append(f"{number(values.multiple, lang)} {w['multiple']}")
    if values.per:
        parts.append(_PER[lang].get(values.per, values.per))
    if values.formula:
        parts.append(values.formula)
    if values.reference:
        parts.append(f"{w['reference']} {values.reference}")
    parts += [unread_text(u, lang) for u in values.unreadable]
    return " ; ".join(parts)


def cite(source: Source, lang: str) -> str:
    text = source.citation()
    if source.heading and source.clause:
        text += f" ({source.heading})"
    elif source.heading:
        text += f", « {source.heading} »" if lang == "fr" else f", “{source.heading}”"
    return text


_SCHEDULE = {
    "fr": {
        "deadline": "remise des offres le {date} ({where})",
        "start": "début d'exécution le {date} ({where})",
        "term": "durée initiale {months} mois ({where})",
        "end": "fin au plus tôt le {date}",
        "value": "montant {amount} ({where})",
    },
    "en": {
        "deadline": "offers due on {date} ({where})",
        "start": "execution starts on {date} ({where})",
        "term": "initial term {months} months ({where})",
        "end": "ends on {date} at the earliest",
        "value": "worth {amount} ({where})",
    },
}


def day(value: date, lang: str) -> str:
    return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()


def schedule_text(schedule: Schedule, lang: str) -> str:
    """ "remise des offres le 16/03/2026 (RC, p. 1) ; durée initiale 12 mois (RC, art. 2.2,
    p. 1) ; fin au plus tôt le 16/03/2027 ; montant 180 000 € (RC, art. 1, p. 1)", or "" when
    the documents give none of them."""
    t = _SCHEDULE[lang]
    parts = []
    for key, milestone in (("deadline", schedule.deadline), ("start", schedule.start)):
        if milestone is not None:
            parts.append(
                t[key].format(date=day(milestone.value, lang), where=milestone.source.citation())
            )
    if schedule.term is not None:
        term = schedule.term
        parts.append(t["term"].format(months=term.months, where=term.source.citation()))
    end = schedule.earliest_end()
    if end is not None:
        parts.append(t["end"].format(date=day(end, lang)))
    if schedule.value is not None:
        value = schedule.value
        parts.append(
            t["value"].format(amount=money(value.amount, lang), where=value.source.citation())
        )
    return " ; ".join(parts)
