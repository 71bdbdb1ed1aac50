"""--format md: the report as Markdown, one table per domain, with the verdicts when judged."""

from __future__ import annotations

from tenderguard.report.model import STATUS_WORDS, Report, Row

_HEAD = {
    "fr": ("N°", "Exigence", "Valeurs", "Texte", "Source"),
    "en": ("No.", "Requirement", "Values", "Text", "Source"),
}
_VERDICT_HEAD = {
    "fr": ("Statut", "Motif", "Justificatif", "Action"),
    "en": ("Status", "Reason", "Evidence", "Action"),
}
_TITLE = {"fr": "Exigences du dossier", "en": "Requirements of the documents"}
_WORDS = {
    "fr": {
        "subject": "Objet",
        "dates": "Dates et montant",
        "statuses": "Statuts",
        "error": "Erreur",
        "none": "Aucune exigence trouvée.",
    },
    "en": {
        "subject": "Object",
        "dates": "Dates and value",
        "statuses": "Statuses",
        "error": "Error",
        "none": "No requirement found.",
    },
}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _cells(row: Row, lang: str, judged: bool) -> list[str]:
    cells = [str(row.number), row.label, row.values, row.quote, "<br>".join(row.sources)]
    if judged:
        verdict = row.verdict
        cells += [
            STATUS_WORDS[lang][verdict.status] if verdict else "",
            verdict.reason if verdict else "",
            "<br>".join(row.justification),
            (verdict.action or "") if verdict else "",
        ]
    return cells


def render(report: Report) -> str:
    lang = report.lang
    words = _WORDS[lang]
    out = [f"# {_TITLE[lang]}", "", f"*tenderguard {report.version}*", ""]
    for i in report.inputs:
        out.append(f"- `{i.path}` ({i.kind}{', ' + str(i.pages) + ' p.' if i.pages else ''})")
    if report.subject is not None:
        out.append(f"- **{words['subject']}** : {report.subject}")
    if report.dates:
        out.append(f"- **{words['dates']}** : {report.dates}")
    for e in report.errors:
        out.append(f"- **{words['error']}** `{e.path}`: {e.reason}")
    if report.counts:
        counts = " · ".join(f"{STATUS_WORDS[lang][s]} {n}" for s, n in report.counts.items())
        out.append(f"- **{words['statuses']}** : {counts}")
    judged = bool(report.counts)
    head = [*_HEAD[lang], *(_VERDICT_HEAD[lang] if judged else ())]
    for section in report.sections:
        out += ["", f"## {section.title}", "", "| " + " | ".join(head) + " |"]
        out.append("|" + "---|" * len(head))
        for row in section.rows:
            out.append("| " + " | ".join(_cell(c) for c in _cells(row, lang, judged)) + " |")
    if not report.rows:
        out += ["", words["none"]]
    out += ["", f"> {report.notice}", ""]
    return "\n".join(out)
