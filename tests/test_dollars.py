"""A bare "$" is the dollar of the document's country, unless the document names the US dollar."""

from __future__ import annotations

import pytest

from tenderguard.detect import detect_piece
from tenderguard.dollars import document_dollar
from tenderguard.merge import merge
from tenderguard.models import Block, BlockKind, Piece, PieceKind
from tenderguard.rules.loader import RuleSet

_COVER = "The supplier must hold public liability insurance of at least $20 million per occurrence."


def _currencies(ruleset: RuleSet, *lines: str) -> set[str]:
    blocks = tuple(Block(line, None, BlockKind.PARAGRAPH) for line in lines)
    piece = Piece("rfq.txt", "", PieceKind.OTHER, "txt", None, blocks)
    requirements = merge(detect_piece(piece, ruleset), [piece.path])
    return {r.values.amount.currency for r in requirements if r.values.amount}


def test_an_australian_request_for_quotes_means_australian_dollars(ruleset: RuleSet) -> None:
    lines = ("Mount Berrow Shire Council, ABN 12 345 678 901, NSW 2795, Australia.", _COVER)
    assert _currencies(ruleset, *lines) == {"AUD"}


def test_a_document_naming_its_dollar_once_means_it_everywhere(ruleset: RuleSet) -> None:
    lines = ("All prices are in CAD, taxes extra.", _COVER)
    assert _currencies(ruleset, *lines) == {"CAD"}


@pytest.mark.parametrize(
    "context",
    [
        # an American contract naming Canada for its territory
        "Coverage territory: the United States of America, its territories and Canada.",
        # a document naming the US dollar besides Australia
        "Prices in USD; the data stays in Australia (Sydney region) for the Australian users.",
        # no country at all
        "The supplier hosts the service in two data centres.",
    ],
)
def test_otherwise_a_bare_dollar_stays_the_us_dollar(ruleset: RuleSet, context: str) -> None:
    assert _currencies(ruleset, context, _COVER) == {"USD"}


def test_two_dollars_named_leave_the_choice_open() -> None:
    assert document_dollar(["A$ 5 million or NZ$ 6 million"]) is None
