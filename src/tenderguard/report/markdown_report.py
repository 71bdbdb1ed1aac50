"""--format md: the report as Markdown, one table per domain."""

from __future__ import annotations

from tenderguard import NOTICE, __version__
from tenderguard.kinds import DOMAIN_LABELS, DOMAINS, KINDS
from tenderguard.models import CheckResult
from tenderguard.report.values import cite, describe, schedule_text

_HEAD = {
    "fr": ("N°", "Exigence", "Valeurs", "Texte", "Source"),
    "en": ("No.", "Requirement", "Values", "Text", "Source"),
}
_TITLE = {"fr": "Exigences du dossier", "en": "Requirements of the documents"}


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render(result: CheckResult, lang: str = "fr") -> str:
    out = [f"# {_TITLE[lang]}", "", f"*tenderguard {__version__}*", ""]
    for i in result.inputs:
        out.append(f"- `{i.path}` ({i.kind}{', ' + str(i.pages) + ' p.' if i.pages else ''})")
    if result.subject is not None:
        word = "Objet" if lang == "fr" else "Object"
        where = result.subject.source.citation()
        out.append(f"- **{word}** : « {result.subject.text} » ({where})")
    dates = schedule_text(result.schedule, lang)
    if dates:
        out.append(f"- **Dates** : {dates}")
    for e in result.errors:
        out.append(f"- **{'Erreur' if lang == 'fr' else 'Error'}** `{e.path}`: {e.reason}")
    n = 0
    for domain in DOMAINS:
        reqs = [r for r in result.requirements if r.domain == domain]
        if not reqs:
            continue
        out += [
            "",
            f"## {DOMAIN_LABELS[lang][domain]}",
            "",
            "| " + " | ".join(_HEAD[lang]) + " |",
            "|" + "---|" * len(_HEAD[lang]),
        ]
        for req in reqs:
            n += 1
            kind = KINDS[req.kind]
            label = kind.label_fr if lang == "fr" else kind.label_en
            if req.recommended:
                label += " (recommandé)" if lang == "fr" else " (recommended)"
            sources = "<br>".join(cite(s, lang) for s in req.sources)
            row = (str(n), label, describe(req.values, lang), req.text, sources)
            out.append("| " + " | ".join(_cell(c) for c in row) + " |")
    if not result.requirements:
        out += ["", "Aucune exigence trouvée." if lang == "fr" else "No requirement found."]
    out += ["", f"> {NOTICE}", ""]
    return "\n".join(out)
