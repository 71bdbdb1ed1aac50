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


# Characters that would let a document's words become Markdown or HTML: entities for the
# HTML ones, a backslash (CommonMark escapes any ASCII punctuation) for the others, so that
# "<script>", "[lien](javascript:…)" or "**" in a clause stay text. Parentheses need none:
# without an unescaped "]" before them they make no link.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_MARKUP = set("\\`*_[]#!|~")


def _text(text: str) -> str:
    """Text of a document or a file name, safe to place anywhere in the Markdown."""
    out = []
    for char in " ".join(text.split()):
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char in _MARKUP:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _cells(row: Row, lang: str, judged: bool) -> list[str]:
    """The cells of a row, each escaped; the only markup is ours: <br> between lines."""
    cells = [
        str(row.number),
        _text(row.label),
        _text(row.values),
        _text(row.quote),
        "<br>".join(map(_text, row.sources)),
    ]
    if judged:
        verdict = row.verdict
        cells += [
            STATUS_WORDS[lang][verdict.status] if verdict else "",
            _text(verdict.reason) if verdict else "",
            "<br>".join(map(_text, row.justification)),
            _text(verdict.action or "") if verdict else "",
        ]
    return cells


def render(report: Report) -> str:
    lang = report.lang
    words = _WORDS[lang]
    out = [f"# {_TITLE[lang]}", "", f"*tenderguard {report.version}*", ""]
    for i in report.inputs:
        out.append(f"- {_text(i.path)} ({i.kind}{', ' + str(i.pages) + ' p.' if i.pages else ''})")
    if report.subject is not None:
        out.append(f"- **{words['subject']}** : {_text(report.subject)}")
    if report.dates:
        out.append(f"- **{words['dates']}** : {_text(report.dates)}")
    for e in report.errors:
        out.append(f"- **{words['error']}** {_text(e.path)}: {_text(e.reason)}")
    if report.counts:
        counts = " · ".join(f"{STATUS_WORDS[lang][s]} {n}" for s, n in report.counts.items())
        out.append(f"- **{words['statuses']}** : {counts}")
    judged = bool(report.counts)
    head = [*_HEAD[lang], *(_VERDICT_HEAD[lang] if judged else ())]
    for section in report.sections:
        out += ["", f"## {section.title}", "", "| " + " | ".join(head) + " |"]
        out.append("|" + "---|" * len(head))
        for row in section.rows:
            out.append("| " + " | ".join(_cells(row, lang, judged)) + " |")
    if not report.rows:
        out += ["", words["none"]]
    out += ["", f"> {report.notice}", ""]
    return "\n".join(out)
