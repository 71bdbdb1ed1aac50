"""A PDF page's furniture: numbers in the margin beside each line, notes printed under a rule."""

from __future__ import annotations

from tenderguard.layout import drop_line_numbers
from tenderguard.models import BBox, Block, BlockKind
from tenderguard.parsing.pdf_notes import CALL_CLOSE, CALL_OPEN, with_notes


def _line(text: str, x0: float, top: float, size: float = 10.0) -> Block:
    box = BBox(x0=x0, top=top, x1=x0 + 6 * len(text), bottom=top + size)
    return Block(text, 1, BlockKind.LINE, box, size=size)


_NUMBERED_TEXT = [
    "ARTICLE 5 – HÉBERGEMENT",
    "5.2 La qualification",
    "SecNumCloud",
    "n'est pas",
    "exigée pour le présent marché.",
    "5.3 Fin",
]


def test_numbers_counting_up_in_the_left_margin_are_dropped() -> None:
    """A CCAP printed with its lines numbered: « n'est pas 34 exigée » must read whole."""
    lines = []
    for n, text in enumerate(_NUMBERED_TEXT, 30):
        lines += [_line(str(n), 40, 100 + 14 * n), _line(text, 62, 100 + 14 * n)]
    assert [b.text for b in drop_line_numbers(lines)] == _NUMBERED_TEXT


def test_figures_in_the_text_column_stay() -> None:
    """A column of quantities is text: it stands where the text does."""
    lines = [_line(str(n), 62, 100 + 14 * n) for n in range(1, 8)]
    lines.append(_line("Quantités commandées", 62, 300))
    assert drop_line_numbers(lines) == lines


def test_a_note_printed_under_a_rule_after_its_section_is_read_at_its_call() -> None:
    """The call set after a stop (« per claim.¹ »), the note under a typed rule in the middle of
    the page: the note's words go before the stop of the sentence that calls it."""
    lines = [
        _line(f"cover is not lower than EUR 1 500 000 per claim.{CALL_OPEN}1{CALL_CLOSE}", 77, 400),
        _line("Evidence: a copy of the valid certificate.", 77, 500),
        _line("_______________", 62, 552, size=7.5),
        _line("1", 63, 553.5, size=6.0),
        _line(
            "Where the tenderer subcontracts, each subcontractor shall be insured.", 68, 556, 7.5
        ),
        _line("I.6 Award criteria", 62, 600),
        _line("The contract will be awarded to the best price-quality ratio.", 62, 620),
    ]
    texts = [b.text for b in with_notes(lines)]
    assert texts[0] == (
        "cover is not lower than EUR 1 500 000 per claim (Where the tenderer subcontracts, "
        "each subcontractor shall be insured)."
    )
    assert "_______________" not in texts
    assert texts[-2:] == ["I.6 Award criteria", lines[-1].text]
