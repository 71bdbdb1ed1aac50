"""Clause-level scoring: a demand is found only where a requirement's main citation is."""

from __future__ import annotations

import dataclasses

from tenderguard.evaluate import (
    Evaluation,
    _score_by_main_citation,
    _score_by_places,
    _score_values,
    canonical_place,
)
from tenderguard.models import PieceKind, Requirement, Source, Values


def _requirement(kind: str, *places: tuple[str, str | None, str | None]) -> Requirement:
    sources = tuple(
        Source(path, PieceKind.CCAP, None, clause, heading) for path, clause, heading in places
    )
    return Requirement(
        id=kind, kind=kind, text="x", recommended=False, sources=sources, values=Values()
    )


SPEC = {
    "requirements": [
        {
            "kind": "insurance.rc_pro",
            "piece": "ccap.pdf",
            "clause": "9.1",
            "also": [{"piece": "rc.pdf", "clause": "5"}],
        },
        {"kind": "insurance.rc_pro", "piece": "ccap.pdf", "clause": "13"},
        {"kind": "gdpr.audit", "piece": "page.md", "clause": "Security"},
    ]
}


def test_a_demand_cited_only_among_sources_is_missed_at_clause_level() -> None:
    merged = _requirement("insurance.rc_pro", ("ccap.pdf", "9.1", None), ("ccap.pdf", "13", None))
    evaluation = Evaluation()
    _score_by_main_citation(evaluation, "spec", SPEC, [merged])
    total = evaluation.total()
    assert (total.true_positives, total.false_positives, total.false_negatives) == (1, 0, 2)
    by_places = Evaluation()
    _score_by_places(by_places, "spec", SPEC, [merged])
    assert by_places.total().true_positives == 2


def test_restatements_and_headings_name_the_same_place() -> None:
    found = [
        _requirement("insurance.rc_pro", ("dce.zip!/rc.pdf", "5", None)),
        _requirement("insurance.rc_pro", ("ccap.pdf", "13", None)),
        _requirement("gdpr.audit", ("page.md", None, "Security")),
        _requirement("gdpr.audit", ("page.md", None, "Intro")),
    ]
    evaluation = Evaluation()
    _score_by_main_citation(evaluation, "spec", SPEC, found)
    total = evaluation.total()
    assert (total.true_positives, total.false_positives, total.false_negatives) == (3, 1, 0)
    assert "Intro" in evaluation.false_positives[0]


def test_a_place_is_named_whatever_its_typography() -> None:
    assert canonical_place("7(c)(i)") == canonical_place("7 c i")
    assert canonical_place("3.2.2(b)") == canonical_place("3.2.2 b")
    assert canonical_place("Annexe 2, 6.1") == canonical_place("Annexe 2 6.1")
    assert canonical_place("🇫🇷 Hébergement") == canonical_place("Hébergement")
    # a footnote's call mark is no part of the name of the row it is printed in
    assert canonical_place("Attestation d'assurance¹") == canonical_place("Attestation d'assurance")
    assert canonical_place("11") != canonical_place("1 1")
    assert canonical_place("9.2") != canonical_place("9-2")
    # the path of a French plan, dotted or spaced; a decimal number keeps its dot
    assert canonical_place("II.B.2.a") == canonical_place("II B 2 a")
    # an alinéa spelt out or abbreviated
    assert canonical_place("7 Alinéa 2") == canonical_place("7 al. 2")
    assert canonical_place("7 Alinéa 2") != canonical_place("7 al. 1")
    assert canonical_place("IV.A") == canonical_place("IV A")
    assert canonical_place("9.2") != canonical_place("9 2")
    assert canonical_place("12 § 1er") == canonical_place("12 §1")
    assert canonical_place("§ 5 (1)") == canonical_place("5 (1)")
    assert canonical_place("12 §1") != canonical_place("12.1")


def test_a_citation_of_a_point_names_its_clause() -> None:
    from tenderguard.evaluate import _cites

    point = Source("ccap.pdf", PieceKind.CCAP, 2, "12.1(a)", None)
    assert _cites(point, "ccap.pdf", "12.1")
    assert _cites(point, "ccap.pdf", "12.1 a")
    assert not _cites(point, "ccap.pdf", "12.1(b)")
    assert not _cites(Source("ccap.pdf", PieceKind.CCAP, 2, "9.2", None), "ccap.pdf", "9")
    # a list lettered past h (« j) produire l'attestation… » under article 3)
    assert _cites(Source("d.txt", PieceKind.OTHER, None, "3 j", None), "d.txt", "3")
    # a point of an e-mail's body, which has no number: the key names no clause
    assert _cites(Source("m.eml", PieceKind.OTHER, None, "c", None), "m.eml", "")
    assert not _cites(Source("m.eml", PieceKind.OTHER, None, "2", None), "m.eml", "")
    # a chat's message named by its time, in a chat the key names with no clause
    assert _cites(Source("chat.txt", PieceKind.OTHER, None, "09:18", None), "chat.txt", "")


def test_a_table_row_without_a_reference_is_named_by_its_first_cell() -> None:
    from tenderguard.evaluate import _quotes_row

    row = Requirement(
        id="r1",
        kind="insurance.rc_pro",
        text="Responsabilité civile professionnelle | 2 000 000 € par sinistre",
        values=Values(),
        recommended=False,
        sources=(Source("ccap.pdf", PieceKind.CCAP, 3, "12.2", None),),
    )
    assert _quotes_row(row, "ccap.pdf", "Responsabilité civile professionnelle")
    assert not _quotes_row(row, "ccap.pdf", "Responsabilité civile exploitation")
    assert not _quotes_row(row, "autre.pdf", "Responsabilité civile professionnelle")
    # a broker's table: the label opening the first cell names the row too
    labelled = dataclasses.replace(
        row,
        text="RC professionnelle — 2 000 000 € par sinistre [CCAP 9.2] | 1 500 000 € | Insuffisant",
    )
    assert _quotes_row(labelled, "ccap.pdf", "RC professionnelle")
    bracketed = dataclasses.replace(
        row, text="RC exploitation (CCAP art. 9.2) Assurance de 3 000 000 € | Conforme"
    )
    assert _quotes_row(bracketed, "ccap.pdf", "RC exploitation")
    assert not _quotes_row(labelled, "ccap.pdf", "RC exploitation")


def _cited(path: str, kind: str, clause: str, page: int | None) -> Requirement:
    """A requirement whose main citation is `clause` of `path`, on `page`."""
    source = Source(path, PieceKind.CCAP, page, clause, None)
    return Requirement(
        id=clause, kind=kind, text="x", recommended=False, sources=(source,), values=Values()
    )


def test_an_annex_paragraph_named_by_its_own_number_is_told_apart_by_its_page() -> None:
    """A key naming Schedule 3's « 1.1 » on page 6 (the body's 1.1 is on page 1) names the
    citation "Schedule 3 1.1" on page 6, and not one on another page."""
    spec = {
        "requirements": [
            {"kind": "gdpr.audit", "piece": "msa.pdf", "clause": "1.1", "page": 6},
            {"kind": "gdpr.audit", "piece": "msa.pdf", "clause": "2.1", "page": 6},
        ]
    }

    cited = [_cited("msa.pdf", "gdpr.audit", "Schedule 3 1.1", 6)]
    cited.append(_cited("msa.pdf", "gdpr.audit", "Schedule 3 2.1", 2))
    evaluation = Evaluation()
    _score_by_main_citation(evaluation, "spec", spec, cited)
    total = evaluation.total()
    assert (total.true_positives, total.false_positives, total.false_negatives) == (1, 1, 1)


def test_an_annex_paragraph_of_a_document_without_pages_is_named_by_its_own_number() -> None:
    """A DOCX schedule: the key names « 4.1 » (no page), the tool cites "Schedule 7 4.1"."""
    spec = {"requirements": [{"kind": "insurance.cyber", "piece": "dpa.docx", "clause": "4.1"}]}
    evaluation = Evaluation()
    cited = [_cited("dpa.docx", "insurance.cyber", "Schedule 7 4.1", None)]
    _score_by_main_citation(evaluation, "spec", spec, cited)
    total = evaluation.total()
    assert (total.true_positives, total.false_positives, total.false_negatives) == (1, 0, 0)


def test_a_key_counting_penalties_per_day_takes_working_days_for_days() -> None:
    """The keys write `per: day` for calendar and working days alike (the kind of day in a
    comment); a key writing `per: business_day` asks for working days."""
    req = Requirement(
        id="p",
        kind="contract.delay_penalties",
        text="x",
        recommended=False,
        sources=(Source("ccap.pdf", PieceKind.CCAP, None, "7", None),),
        values=Values(per="business_day"),
    )
    place = ("contract.delay_penalties", "ccap.pdf", "7")
    for wanted, errors in (("day", 0), ("business_day", 0), ("hour", 1)):
        evaluation = Evaluation()
        _score_values(evaluation, "spec", place, {"values": {"per": wanted}}, req)
        assert len(evaluation.value_errors) == errors, wanted
    calendar = dataclasses.replace(req, values=Values(per="day"))
    evaluation = Evaluation()
    _score_values(evaluation, "spec", place, {"values": {"per": "business_day"}}, calendar)
    assert len(evaluation.value_errors) == 1
