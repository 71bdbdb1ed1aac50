"""The terminal report: requirements grouped by domain, with values and citations."""

from __future__ import annotations

import textwrap

from tenderguard import NOTICE, __version__
from tenderguard.kinds import DOMAIN_LABELS, DOMAINS, KINDS
from tenderguard.models import CheckResult, Requirement, Verdict
from tenderguard.report.values import cite, describe, schedule_text

WIDTH = 100
_TEXT = {
    "fr": {
        "inputs": "Documents lus",
        "subject": "Objet",
        "schedule": "Dates",
        "pages": "p.",
        "none": "Aucune exigence trouvée.",
        "requirements": "exigence(s)",
        "errors": "Erreurs",
        "also": "aussi",
        "recommended": "(recommandé)",
        "action": "Action",
        "warnings": "Avertissements",
        "notice": NOTICE,
    },
    "en": {
        "inputs": "Documents read",
        "subject": "Object",
        "schedule": "Dates",
        "pages": "p.",
        "none": "No requirement found.",
        "requirements": "requirement(s)",
        "errors": "Errors",
        "also": "also",
        "recommended": "(recommended)",
        "action": "Action",
        "warnings": "Warnings",
        "notice": NOTICE,
    },
}


def _label(kind: str, lang: str) -> str:
    k = KINDS[kind]
    return k.label_fr if lang == "fr" else k.label_en


STATUS_WORDS = {
    "fr": {"met": "CONFORME", "gap": "ÉCART", "missing": "MANQUANT", "review": "À VÉRIFIER"},
    "en": {"met": "MET", "gap": "GAP", "missing": "MISSING", "review": "REVIEW"},
}


def _requirement_lines(n: int, req: Requirement, lang: str, verdict: Verdict | None) -> list[str]:
    t = _TEXT[lang]
    title = f"  {n:>2}. {_label(req.kind, lang)}"
    if verdict is not None:
        title = f"  {n:>2}. [{STATUS_WORDS[lang][verdict.status]}] {_label(req.kind, lang)}"
    if req.recommended:
        title += f" {t['recommended']}"
    details = describe(req.values, lang)
    lines = [title + (f" — {details}" if details else "")]
    quote = f"« {req.text} »" if lang == "fr" else f"“{req.text}”"
    lines += textwrap.wrap(
        quote,
        WIDTH,
        initial_indent="      ",
        subsequent_indent="       ",
        max_lines=4,
        placeholder=" […]",
    )
    lines.append("      → " + cite(req.sources[0], lang))
    for other in req.sources[1:]:
        lines.append(f"      → {t['also']} " + cite(other, lang))
    if verdict is not None:
        lines += textwrap.wrap(
            verdict.reason, WIDTH, initial_indent="      = ", subsequent_indent="        "
        )
        lines += [f"        ↳ {e}" for e in verdict.evidence[1:]]
        if verdict.action:
            lines += textwrap.wrap(
                f"{t['action']} : {verdict.action}"
                if lang == "fr"
                else f"{t['action']}: {verdict.action}",
                WIDTH,
                initial_indent="      ⚑ ",
                subsequent_indent="        ",
            )
    return lines


def render(result: CheckResult, lang: str = "fr") -> str:
    t = _TEXT[lang]
    out = [f"tenderguard {__version__} — {len(result.requirements)} {t['requirements']}", ""]
    out.append(f"{t['inputs']}:")
    for i in result.inputs:
        pages = f", {i.pages} {t['pages']}" if i.pages else ""
        out.append(f"  - {i.path} ({i.kind}{pages})")
    if result.subject is not None:
        subject = f"{t['subject']}: « {result.subject.text} » ({result.subject.source.citation()})"
        out += ["", textwrap.fill(subject, WIDTH, subsequent_indent="  ")]
    dates = schedule_text(result.schedule, lang)
    if dates:
        line = f"{t['schedule']}: {dates}"
        out += ([""] if result.subject is None else []) + [
            textwrap.fill(line, WIDTH, subsequent_indent="  ")
        ]
    if result.errors:
        out += ["", f"{t['errors']}:"] + [f"  ! {e.path}: {e.reason}" for e in result.errors]
    if result.warnings:
        out += ["", f"{t['warnings']}:"] + [f"  ~ {w}" for w in result.warnings]
    if not result.requirements:
        out += ["", t["none"]]
    verdicts = {v.requirement: v for v in result.verdicts}
    if result.verdicts:
        counts = {s: sum(v.status == s for v in result.verdicts) for s in STATUS_WORDS[lang]}
        out += ["", "  ".join(f"{STATUS_WORDS[lang][s]}: {n}" for s, n in counts.items())]
    n = 0
    for domain in DOMAINS:
        reqs = [r for r in result.requirements if r.domain == domain]
        if not reqs:
            continue
        out += ["", DOMAIN_LABELS[lang][domain].upper()]
        for req in reqs:
            n += 1
            out += _requirement_lines(n, req, lang, verdicts.get(req.id))
    out += ["", textwrap.fill(t["notice"], WIDTH)]
    return "\n".join(out) + "\n"
