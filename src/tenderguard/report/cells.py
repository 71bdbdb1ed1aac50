"""Spreadsheet cells that a hostile document cannot turn into formulas (XLSX and CSV)."""

from __future__ import annotations

# What makes Excel, LibreOffice or Sheets read a cell as a formula (or split it, for CSV).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet will show and never evaluate."""
    return "'" + text if text.startswith(_FORMULA_START) else text
