"""The terminal report: requirements grouped by domain, with values and citations."""

from __future__ import annotations

import textwrap

from tenderguard.report.model import STATUS_WORDS, Report, Row

WIDTH = 100
_TEXT = {
    "fr": {
        "inputs": "Documents lus",
        "subject": "Objet",
        "schedule": "Dates et montant",
        "pages": "p.",
        "none": "Aucune exigence trouvée.",
        "requirements": "exigence(s)",
        "errors": "Erreurs",
        "also": "aussi",
        "action": "Action",
        "warnings": "Avertissements",
    },
    "en": {
        "inputs": "Documents read",
        "subject": "Object",
        "schedule": "Dates and value",
        "pages": "p.",
        "none": "No requirement found.",
        "requirements": "requirement(s)",
        "errors": "Errors",
        "also": "also",
        "action": "Action",
        "warnings": "Warnings",
    },
}


def _row_lines(row: Row, lang: str) -> list[str]:
    t = _TEXT[lang]
    status = f"[{STATUS_WORDS[lang][row.status]}] " if row.status else ""
    title = f"  {row.number:>2}. {status}{row.label}"
    lines = [title + (f" — {row.values}" if row.values else "")]
    quote = f"« {row.quote} »" if lang == "fr" else f"“{row.quote}”"
    lines += textwrap.wrap(
        quote,
        WIDTH,
        initial_indent="      ",
        subsequent_indent="       ",
        max_lines=4,
        placeholder=" […]",
    )
    lines.append("      → " + row.sources[0])
    lines += [f"      → {t['also']} {other}" for other in row.sources[1:]]
    verdict = row.verdict
    if verdict is not None:
        lines += textwrap.wrap(
            verdict.reason, WIDTH, initial_indent="      = ", subsequent_indent="        "
        )
        lines += [f"        ↳ {e}" for e in row.justification]
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


def render(report: Report) -> str:
    lang = report.lang
    t = _TEXT[lang]
    out = [f"tenderguard {report.version} — {len(report.rows)} {t['requirements']}", ""]
    out.append(f"{t['inputs']}:")
    for i in report.inputs:
        pages = f", {i.pages} {t['pages']}" if i.pages else ""
        out.append(f"  - {i.path} ({i.kind}{pages})")
    if report.subject is not None:
        subject = f"{t['subject']}: {report.subject}"
        out += ["", textwrap.fill(subject, WIDTH, subsequent_indent="  ")]
    if report.dates:
        line = f"{t['schedule']}: {report.dates}"
        out += ([""] if report.subject is None else []) + [
            textwrap.fill(line, WIDTH, subsequent_indent="  ")
        ]
    if report.errors:
        out += ["", f"{t['errors']}:"] + [f"  ! {e.path}: {e.reason}" for e in report.errors]
    if report.warnings:
        out += ["", f"{t['warnings']}:"] + [f"  ~ {w}" for w in report.warnings]
    if not report.rows:
        out += ["", t["none"]]
    if report.counts:
        words = STATUS_WORDS[lang]
        out += ["", "  ".join(f"{words[s]}: {n}" for s, n in report.counts.items())]
    for section in report.sections:
        out += ["", section.title.upper()]
        for row in section.rows:
            out += _row_lines(row, lang)
    out += ["", textwrap.fill(report.notice, WIDTH)]
    return "\n".join(out) + "\n"
