"""OCR's usual misreadings repaired in text read from pictures of pages."""

from __future__ import annotations

import pytest

from tenderguard.parsing.ocr_repair import repair, words_of

WORDS = words_of(
    ["assurance de responsabilité civile professionnelle", "violation", "journalisation"]
)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            "un montant minimal de 1 5OO OOO € par sinistre",
            "un montant minimal de 1 500 000 € par sinistre",
        ),
        ("certifiés lSO/lEC 27OO1", "certifiés ISO/IEC 27001"),
        ("dans un délai de quinze (l5) jours", "dans un délai de quinze (15) jours"),
        (
            "au sens de 1'article 28 du règlement 2O16/679",
            "au sens de l'article 28 du règlement 2016/679",
        ),
        ("hors de 1'Union européenne", "hors de l'Union européenne"),
        ("ARTlCLE 3 – DÉLAIS", "ARTICLE 3 – DÉLAIS"),
        ("ll est souhaité", "Il est souhaité"),
        ("les hébergeurs OVHc1oud ou Scaleway", "les hébergeurs OVHcloud ou Scaleway"),
        ("quarante-huit (4 8) heures", "quarante-huit (48) heures"),
        ("responsabilité civile profession nelle", "responsabilité civile professionnelle"),
        ("toute vio lation de données", "toute violation de données"),
        ("la journa lisation des accès", "la journalisation des accès"),
    ],
)
def test_a_misreading_is_repaired(read: str, meant: str) -> None:
    assert repair(read, WORDS) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Lot lO et article II.3.1",  # no digit: no figure to repair
        "la responsabilité civile de la commune",  # two words, each a word
        "en plus des données",  # "enplus" is no word
        "une pénalité de 1 500 € par jour",
    ],
)
def test_what_is_right_stays(text: str) -> None:
    assert repair(text, WORDS) == text


def test_a_scanners_ocr_layer_is_read_as_ocr_and_repaired() -> None:
    from pathlib import Path

    from tenderguard.inputs import OCR_LAYER, load_inputs

    scan = (
        Path(__file__).resolve().parent.parent
        / "samples/batch_demands_46/docs/CCTP_portail_usagers_CCVS_scan_ocr.pdf"
    )
    loaded = load_inputs([scan])
    (piece,) = loaded.pieces
    assert piece.by_ocr
    assert any(OCR_LAYER in w for w in loaded.warnings)
    text = "\n".join(b.text for b in piece.blocks)
    assert "ARTICLE 3" in text and "ARTlCLE" not in text
    assert "1 500 000" in text and "5OO" not in text


def test_a_pdf_written_as_text_is_not_taken_for_a_scan() -> None:
    from pathlib import Path

    from tenderguard.inputs import load_inputs

    doc = Path(__file__).resolve().parent.parent / "samples/batch_demands_46/docs"
    (piece,) = load_inputs([doc / "tr_ministry_sydas2_tender_specification.pdf"]).pieces
    assert not piece.by_ocr
