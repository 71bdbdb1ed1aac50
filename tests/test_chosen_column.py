"""A table of service levels offered side by side, of which the contract takes one: its rows
are read in the chosen level's column only."""

from __future__ import annotations

from tenderguard.chosen_column import chosen_level, with_chosen_column
from tenderguard.models import Block, BlockKind, Clause, Piece, PieceKind

_PIECE = Piece("annexe_sla.pdf", "", PieceKind.OTHER, "pdf", 3, ())


def _clause(*rows: str) -> Clause:
    return Clause(
        piece=_PIECE,
        pages=(2,),
        number="3",
        heading="Matrice des niveaux de service",
        blocks=tuple(Block(row, 2, BlockKind.TABLE_ROW) for row in rows),
    )


def test_the_level_a_contract_takes_is_read_from_its_words() -> None:
    said = (Block("1.2 Le Client souscrit exclusivement le niveau Or.", 1, BlockKind.LINE),)
    assert chosen_level(said) == "or"
    said = (Block("Only the values in the Gold column apply to the Customer.", 1, BlockKind.LINE),)
    assert chosen_level(said) == "gold"
    assert chosen_level((Block("Le niveau Or est le plus complet.", 1, BlockKind.LINE),)) is None


def test_the_level_whose_box_is_ticked_is_the_one_taken() -> None:
    ticked = "Niveau souscrit : ☐ Essentiel ☒ Premium ☐ Entreprise"
    assert chosen_level((Block(ticked, 1, BlockKind.LINE),)) == "premium"
    unticked = "Niveau souscrit : ☐ Essentiel ☐ Premium ☐ Entreprise"
    assert chosen_level((Block(unticked, 1, BlockKind.LINE),)) is None


def test_the_rows_keep_their_reference_label_and_the_chosen_cell() -> None:
    clause = _clause(
        "Réf. | Indicateur | Bronze | Argent | Or",
        "SL-1 | Disponibilité mensuelle | 99,0 % | 99,5 % | 99,95 %",
        "SL-11 | Garantie cyber dédiée | — | Incluse | —",
    )
    rows = [b.text for b in with_chosen_column(clause, "or").blocks]
    assert rows == ["Réf. | Indicateur | Or", "SL-1 | Disponibilité mensuelle | 99,95 %"]


def test_a_table_without_the_level_or_without_levels_is_left_alone() -> None:
    clause = _clause("Indicateur | Valeur", "Disponibilité | 99,9 %")
    assert with_chosen_column(clause, "or") == clause
    clause = _clause("Réf. | Indicateur | Or", "SL-1 | Disponibilité | 99,95 %")
    assert with_chosen_column(clause, "or") == clause


def test_the_level_an_order_names_in_its_fields_is_the_one_taken() -> None:
    """« Offre souscrite | Silver », a row of two cells in the order's table of fields; a row of
    the table of levels itself names no choice."""
    fields = (
        Block("Client | Groupe Ardent Immobilier SAS", None, BlockKind.TABLE_ROW),
        Block("Offre souscrite | Silver", None, BlockKind.TABLE_ROW),
        Block("Niveau de service | Bronze | Silver | Gold", None, BlockKind.TABLE_ROW),
    )
    assert chosen_level(fields) == "silver"
    assert chosen_level(fields[2:]) is None
    assert chosen_level((Block("Subscribed plan: Gold", 1, BlockKind.LINE),)) == "gold"
