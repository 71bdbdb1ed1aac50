"""Struck-through text of a PDF page, as a comparison (redline) of two versions of a contract
prints it: the words a party deleted, a thin rule drawn through their middle. A struck word
is no longer the text: « £1,000,000£2,000,000 » reads « £2,000,000 », the amended value.
Underlined insertions (a rule under the line) stay.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from tenderguard.parsing.pdf_tables import thin_path_bounds

# A strike rule is at most this thick (points), and crosses the character's type box (from
# the font's descent to its ascent, the same for every glyph of a line) between these shares
# of its height: an underline runs lower (about 0.17), through the descenders.
STRIKE_THICKNESS = 1.2
STRIKE_BAND = (0.28, 0.7)
MIN_STRIKE_WIDTH = 3.0  # points: shorter rules are a glyph's own strokes (a dash)


def struck_characters(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> set[int]:
    """Indices of the page's characters a thin horizontal rule crosses in their middle."""
    rules = [
        ((bottom + top) / 2, left, right)
        for left, bottom, right, top in thin_path_bounds(page, STRIKE_THICKNESS)
        if right - left >= MIN_STRIKE_WIDTH
    ]
    if not rules:
        return set()
    # (first against the runs of text of the page, a few per line: the rules of a table run
    # between its lines, and a page without any other rule costs no look at its characters)
    runs = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    rules = [
        (y, x0, x1)
        for y, x0, x1 in rules
        if any(low < y < high and x0 < right and left < x1 for left, low, right, high in runs)
        and not any(
            abs(y - low) <= STRIKE_THICKNESS or abs(y - high) <= STRIKE_THICKNESS
            for left, low, right, high in runs
            if x0 < right and left < x1
        )
    ]
    if not rules:
        return set()
    struck: set[int] = set()
    low, high = STRIKE_BAND
    for index in range(textpage.count_chars()):
        glyph_left, _, glyph_right, _ = textpage.get_charbox(index)
        if glyph_right <= glyph_left:
            continue  # a space or a line break has no glyph of its own
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        middle = (left + right) / 2
        band = (bottom + low * (top - bottom), bottom + high * (top - bottom))
        if any(band[0] <= y <= band[1] and x0 <= middle <= x1 for y, x0, x1 in rules):
            struck.add(index)
    return struck
