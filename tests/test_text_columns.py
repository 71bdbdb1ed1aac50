"""A plain-text page copied from a PDF in two columns is read column by column; a page of one
column, or of labels and their values, is read line by line."""

from __future__ import annotations

from tenderguard.parsing.text import read_text
from tenderguard.parsing.text_columns import read_in_columns

_LEFT = [
    "2. HOSTING",
    "",
    "2.1 The contractor hosts the portal and",
    "its backups in data centres located in",
    "the European Union only.",
    "",
    "2.2 Monthly availability is at least",
    "99.9 %, planned maintenance excluded.",
    "",
    "2.3 Any further sub-processor needs the",
    "prior written consent of the Council.",
]
_RIGHT = [
    "3. INSURANCE",
    "",
    "3.1 The contractor holds professional",
    "indemnity cover of at least EUR 1,000,000",
    "per claim during the whole contract.",
    "",
    "3.2 The certificate is sent with the bid",
    "and again after each yearly renewal.",
    "",
    "3.3 Cyber cover is welcome, not required.",
    "",
]


def _side_by_side(left: list[str], right: list[str], gutter: int = 48) -> list[str]:
    return [f"{a:<{gutter}}{b}".rstrip() for a, b in zip(left, right, strict=True)]


def test_two_columns_side_by_side_are_read_one_after_the_other() -> None:
    title = "CITY OF NORTHBAY – HOSTING SPECIFICATION"
    page = [title, "", *_side_by_side(_LEFT, _RIGHT)]
    lines = [line.strip() for line in read_in_columns(page) if line.strip()]
    assert lines == [line for line in [title, *_LEFT, *_RIGHT] if line]


def test_a_sentence_of_the_left_column_is_not_cut_by_the_right_one() -> None:
    blocks, _ = read_text("\n".join(_side_by_side(_LEFT, _RIGHT)))
    texts = [b.text for b in blocks]
    assert texts.index("its backups in data centres located in") + 1 == texts.index(
        "the European Union only."
    )


def test_one_column_of_prose_or_a_list_of_labels_and_values_is_left_as_it_is() -> None:
    prose = [
        "The contractor hosts the portal and its backups in data centres located in the",
        "European Union only; monthly availability is at least 99.9 %, planned maintenance",
        "excluded. Any further sub-processor needs the prior written consent of the Council,",
    ] * 4
    assert read_in_columns(prose) == prose
    fields = [
        f"{label:<40}{value}"
        for label, value in [
            ("Breach notification", "48 hours"),
            ("Hosting", "EU only"),
            ("Availability", "99.9 %"),
            ("Professional indemnity", "EUR 1,000,000"),
        ]
        * 3
    ]
    assert read_in_columns(fields) == fields
    piped = [
        f"E{n:<3}| {'Data and backups hosted in France only':<50}| {'New requirement':<20}| 2026"
        for n in range(1, 10)
    ]
    assert read_in_columns(piped) == piped
