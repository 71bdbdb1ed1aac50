"""--format broker: a ready-to-send request to one's insurance broker listing the exact
mentions and limits the certificate must show for this tender, and what falls short today."""

from __future__ import annotations

import textwrap

from tenderguard.kinds import KINDS
from tenderguard.models import Requirement, Verdict
from tenderguard.report.model import Report
from tenderguard.report.values import day, describe

_TEXT = {
    "fr": {
        "subject": "Objet : attestation d'assurance pour une consultation",
        "hello": "Madame, Monsieur,",
        "intro": (
            "Je prépare une réponse à une consultation dont les pièces sont : {pieces}. "
            "Pourriez-vous me faire établir par l'assureur (et non par le cabinet de "
            "courtage) une attestation en cours de validité au {date}, couvrant la durée du "
            "marché{until}, qui mentionne explicitement les garanties et montants suivants :"
        ),
        "demanded": "exigé : {where}",
        "now": "Aujourd'hui : {reason}",
        "todo": "À faire : {action}",
        "always": (
            "L'attestation doit aussi indiquer le numéro du contrat, sa période de validité, les "
            "activités garanties (elles doivent couvrir l'objet du marché{subject}) et la "
            "territorialité."
        ),
        "subject_is": " : « {text} »",
        "until": " (au moins jusqu'au {date})",
        "delivery": "Pour mémoire, l'acheteur demande l'attestation : {when}.",
        "subcontractors": "Mes sous-traitants devront aussi justifier de leurs assurances.",
        "none": "Les pièces ne fixent aucune garantie particulière ; une attestation de "
        "responsabilité civile en cours de validité suffit.",
        "thanks": "Je vous remercie par avance et reste à votre disposition.",
        "notice": "Liste établie automatiquement par tenderguard à partir des pièces : "
        "à vérifier avant envoi.",
    },
    "en": {
        "subject": "Subject: certificate of insurance for a tender",
        "hello": "Dear Sir or Madam,",
        "intro": (
            "I am preparing a bid for a tender made of: {pieces}. Could you have the insurer "
            "(not the brokerage) issue a certificate valid on {date} and for the term of the "
            "contract{until}, stating expressly the following covers and limits:"
        ),
        "demanded": "demanded: {where}",
        "now": "Today: {reason}",
        "todo": "To do: {action}",
        "always": (
            "The certificate must also state the policy number, its period of validity, the "
            "activities covered (they must include the subject of the contract{subject}) and "
            "the territorial scope."
        ),
        "subject_is": ": “{text}”",
        "until": " (at least until {date})",
        "delivery": "For the record, the buyer asks for the certificate: {when}.",
        "subcontractors": "My subcontractors will also have to prove their insurance.",
        "none": "The documents set no particular cover; a current liability certificate will do.",
        "thanks": "Thank you in advance.",
        "notice": "List drawn up automatically by tenderguard from the documents: check it "
        "before sending.",
    },
}
WIDTH = 90
_COVERS = (
    "insurance.liability",
    "insurance.rc_pro",
    "insurance.rc_exploitation",
    "insurance.cyber",
    "insurance.multirisque",
    "insurance.business_interruption",
)


def _label(req: Requirement, lang: str) -> str:
    kind = KINDS[req.kind]
    return kind.label_fr if lang == "fr" else kind.label_en


def _where(req: Requirement) -> str:
    return " ; ".join(s.citation() for s in req.sources)


def render(report: Report) -> str:
    result, checked_on, lang = report.result, report.checked_on, report.lang
    t = _TEXT[lang]
    verdicts: dict[str, Verdict] = {v.requirement: v for v in result.verdicts}
    pieces = ", ".join(i.path.rsplit("/", 1)[-1] for i in result.inputs if i.kind != "certificate")
    end = result.schedule.earliest_end()
    until = t["until"].format(date=day(end, lang)) if end else ""
    intro = t["intro"].format(pieces=pieces, date=day(checked_on, lang), until=until)
    out = [t["subject"], "", t["hello"], "", intro, ""]
    covers = [r for r in result.requirements if r.kind in _COVERS and not r.recommended]
    for n, req in enumerate(covers, start=1):
        details = describe(req.values, lang)
        out.append(
            f"{n}. {_label(req, lang)}"
            + (f" : {details}" if details else "")
            + f" — {t['demanded'].format(where=_where(req))}"
        )
        verdict = verdicts.get(req.id)
        if verdict is not None and verdict.status != "met":
            out.append(f"   {t['now'].format(reason=verdict.reason)}")
            if verdict.action:
                out.append(f"   {t['todo'].format(action=verdict.action)}")
    if not covers:
        out.append(t["none"])
    subject = t["subject_is"].format(text=result.subject.text) if result.subject else ""
    out += ["", t["always"].format(subject=subject)]
    moments = [
        describe(r.values, lang)
        for r in result.requirements
        if r.kind == "insurance.certificate" and not r.values.is_empty()
    ]
    if moments:
        out += ["", t["delivery"].format(when=" ; ".join(dict.fromkeys(moments)))]
    if any(r.kind == "insurance.subcontractors" for r in result.requirements):
        out += ["", t["subcontractors"]]
    out += ["", t["thanks"], "", "--", t["notice"]]
    return "\n".join(_wrap(line) for line in out) + "\n"


def _wrap(line: str) -> str:
    """Lines of at most WIDTH characters; list items keep their indent."""
    indent = " " * (len(line) - len(line.lstrip(" ")))
    if line[:1].isdigit():
        indent = " " * (line.index(".") + 2)
    return textwrap.fill(line, WIDTH, subsequent_indent=indent) if line else line
