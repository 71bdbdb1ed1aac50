"""One writer per output format, all fed by the same Report (report/model.py).

FORMATS maps a format's name to the module that writes it, imported when asked for so that
start-up does not pay for python-docx or openpyxl: a new format is a module with a
`render(report) -> str | bytes` and one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tenderguard.report.model import Report

FORMATS = {
    "text": "text_report",
    "json": "json_report",
    "md": "markdown_report",
    "html": "html_report",
    "broker": "broker",
    "docx": "annex_docx",
    "xlsx": "matrix_xlsx",
}
# The formats `check --format` writes; the annex and the matrix have their own command.
CHECK_FORMATS = ("text", "json", "md", "html", "broker")


def writer(name: str) -> Callable[[Report], str | bytes]:
    module = importlib.import_module(f"tenderguard.report.{FORMATS[name]}")
    render: Callable[[Report], str | bytes] = module.render
    return render
