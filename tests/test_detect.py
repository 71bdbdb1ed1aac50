"""Detection in context: the clause heading, list introductions, cues, merging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

import pytest

from tenderguard.detect import detect_clause, detect_piece, detect_text
from tenderguard.merge import merge
from tenderguard.models import BBox, Block, BlockKind, Clause, Piece, PieceKind
from tenderguard.rules import RuleSet
from tenderguard.sentences import sentences
from tenderguard.text import language


def _clause(heading: str | None, *lines: str, path: str = "ccap.pdf") -> Clause:
    blocks = tuple(Block(line, 1) for line in lines)
    piece = Piece(path, "0" * 64, PieceKind.CCAP, "pdf", 1, blocks)
    return Clause(piece, "7", heading, (1,), blocks)


def _kinds(ruleset: RuleSet, clause: Clause) -> set[str]:
    return {f.kind for f in detect_clause(clause, ruleset, ruleset.by_id(), "fr")}


SUBCONTRACTING = "Toute sous-traitance en chaîne est soumise à autorisation préalable de la Ville."


def test_heading_gives_the_context_a_rule_requires(ruleset: RuleSet) -> None:
    under_gdpr = _clause("Protection des données (RGPD) et sous-traitance", SUBCONTRACTING)
    under_prices = _clause("Sous-traitance et paiement direct", SUBCONTRACTING)
    assert "gdpr.subprocessor_authorization" in _kinds(ruleset, under_gdpr)
    assert "gdpr.subprocessor_authorization" not in _kinds(ruleset, under_prices)


def test_the_heading_of_the_enclosing_article_gives_the_context_whatever_the_numbering(
    ruleset: RuleSet,
) -> None:
    """ "10-3-2" and "9 §3" are points of articles 10 and 9, as "10.3.2" is of 10."""
    renewal = "L'attestation est renouvelée chaque année, au plus tard le 31 janvier."
    for article, point in (("10", "10-3-2"), ("10", "10.3.2"), ("9", "9 §3")):
        heading = Block(f"Article {article} - Assurances", 1, BlockKind.HEADING)
        body = Block(renewal, 1)
        piece = Piece("ccap.pdf", "0" * 64, PieceKind.CCAP, "pdf", 1, (heading, body))
        clauses = [
            Clause(piece, article, "Assurances", (1,), (heading,)),
            Clause(piece, point, None, (1,), (body,)),
        ]
        kinds = {f.kind for f in detect_piece(piece, ruleset, clauses)}
        assert kinds == {"insurance.certificate"}, point


def test_a_qualification_naming_its_hosts_demands_both(ruleset: RuleSet) -> None:
    """The host rule yields to the SecNumCloud rule unless the sentence names the hosts."""
    named = _clause(
        "Hébergement",
        "L'hébergement repose sur l'offre qualifiée SecNumCloud d'OVHcloud ou de 3DS Outscale.",
    )
    unnamed = _clause("Hébergement", "L'hébergeur retenu est qualifié SecNumCloud.")
    assert {"cloud.secnumcloud", "cloud.hosting_subcontractor"} <= _kinds(ruleset, named)
    assert "cloud.hosting_subcontractor" not in _kinds(ruleset, unnamed)


def test_the_buyers_duty_after_two_introductory_phrases_is_no_demand(ruleset: RuleSet) -> None:
    clause = _clause(
        "Violations de données",
        "Pour rappel, conformément à l'article 33 du RGPD, il appartient à l'Office, en tant que "
        "responsable du traitement, de notifier la violation à l'autorité de contrôle.",
    )
    assert "gdpr.breach_notification" not in _kinds(ruleset, clause)


def test_an_untyped_liability_under_a_title_naming_its_cover_is_that_cover(
    ruleset: RuleSet,
) -> None:
    clause = _clause(
        "Responsabilité civile exploitation",
        "L'adjudicataire couvre sa responsabilité civile vis-à-vis des tiers à concurrence de "
        "2.500.000,00 EUR par sinistre.",
    )
    kinds = _kinds(ruleset, clause)
    assert "insurance.rc_exploitation" in kinds and "insurance.liability" not in kinds


def test_a_question_whose_expected_answer_is_yes_demands(ruleset: RuleSet) -> None:
    asked = "Acceptez-vous de signer l'accord de sous-traitance au sens de l'article 28 du RGPD ? *"
    clause = _clause("Questionnaire", f"{asked} Réponse attendue : Oui.")
    assert "gdpr.processor_agreement" in _kinds(ruleset, clause)
    assert "gdpr.processor_agreement" not in _kinds(ruleset, _clause("Questionnaire", asked))


def test_an_option_set_aside_demands_nothing(ruleset: RuleSet) -> None:
    text = "Require suppliers to hold cyber insurance of EUR 5,000,000 per claim."
    assert _kinds(ruleset, _clause("Decision", text)) == {"insurance.cyber"}
    assert not _kinds(ruleset, _clause("Option C — Mandatory cyber cover (rejected)", text))


def test_the_buyers_duty_after_a_phrase_setting_the_time_is_no_demand(ruleset: RuleSet) -> None:
    text = "le Client doit récupérer l'intégralité de ses données avant leur suppression."
    assert not _kinds(ruleset, _clause("Fin du contrat", f"Avant toute résiliation, {text}"))
    supplier = "Avant toute résiliation, le Prestataire doit supprimer les données du Client."
    assert _kinds(ruleset, _clause("Fin du contrat", supplier)) == {"gdpr.data_deletion"}


def test_the_buyers_duty_after_a_long_condition_is_no_demand(ruleset: RuleSet) -> None:
    condition = (
        "Dans le cas où le CLIENT traite des données critiques (facturation, paie, recherche, "
        "etc.) à l'aide des services fournis par le prestataire dans le cadre du contrat, "
    )
    buyer = "il incombe au CLIENT de souscrire une assurance dédiée aux pertes de données."
    assert not _kinds(ruleset, _clause("Assurance", condition + buyer))
    supplier = "le titulaire doit souscrire une assurance cyber couvrant les pertes de données."
    assert _kinds(ruleset, _clause("Assurance", condition + supplier)) == {"insurance.cyber"}


def test_penalties_by_a_ccag_article_declared_applicable_under_their_title(
    ruleset: RuleSet,
) -> None:
    sentence = "Les stipulations de l'article 14.1.1 du CCAG TIC sont seules applicables."
    clause = _clause("Pénalités pour retard", sentence)
    (finding,) = detect_clause(clause, ruleset, ruleset.by_id(), "fr")
    assert (finding.kind, finding.role) == ("contract.delay_penalties", "reference")
    assert finding.values.reference == "CCAG-TIC art. 14.1.1"
    assert not _kinds(ruleset, _clause("Assurances", sentence))


def test_the_buyer_named_by_its_role_of_controller_notifies_for_itself(ruleset: RuleSet) -> None:
    own = "Le Client, responsable de traitement, notifie à la CNIL toute violation sous 72 heures."
    assert not _kinds(ruleset, _clause("Violations de données", own))
    helped = (
        "Le titulaire notifie toute violation au client, responsable de traitement, dans les "
        "24 heures."
    )
    assert _kinds(ruleset, _clause("Violations de données", helped)) == {"gdpr.breach_notification"}


def test_list_introduction_yields_to_the_covers_its_items_name(ruleset: RuleSet) -> None:
    clause = _clause(
        "Assurances",
        "Le titulaire souscrit les assurances suivantes :",
        "- une assurance de responsabilité civile professionnelle de 1 M€ par sinistre ;",
        "- une assurance cyber-risques de 500 000 € par sinistre.",
    )
    assert _kinds(ruleset, clause) == {"insurance.rc_pro", "insurance.cyber"}


@pytest.mark.parametrize(
    ("introduction", "kinds"),
    [
        ("Exemples de mesures possibles :", set()),
        ("Le titulaire met en œuvre les mesures suivantes :", {"cloud.reversibility"}),
    ],
)
def test_the_items_of_a_list_of_examples_demand_nothing(
    ruleset: RuleSet, introduction: str, kinds: set[str]
) -> None:
    """The explanatory note of a standard-clauses annex lists measures one might take; the
    same items under an introduction that obliges are demands."""
    clause = _clause(
        "Mesures de sécurité",
        introduction,
        "- des mesures de pseudonymisation et de chiffrement ;",
        "- des mesures permettant la portabilité des données en fin de contrat.",
    )
    assert _kinds(ruleset, clause) == kinds


def test_a_sub_point_written_on_in_lower_case_is_cited_by_its_number(ruleset: RuleSet) -> None:
    """ "1.1 professional indemnity insurance …;" after "1. The Supplier shall … maintain:" in a
    schedule: each cover is cited by its sub-point, not by the paragraph introducing them."""
    blocks = tuple(
        Block(text, None, BlockKind.PARAGRAPH, bold=text.startswith("SCHEDULE"))
        for text in (
            "1. SERVICES",
            "1.1 The Supplier provides the managed cloud services described in Schedule 1.",
            "SCHEDULE 3 – INSURANCE",
            "1. The Supplier shall take out and maintain with reputable insurers:",
            "1.1 professional indemnity insurance of not less than EUR 5,000,000 per claim;",
            "1.2 cyber liability insurance of not less than EUR 3,000,000 in the aggregate.",
            "2. The Supplier shall deliver a certificate of insurance each year.",
        )
    )
    piece = Piece("msa.docx", "0" * 64, PieceKind.OTHER, "docx", None, blocks)
    rows = {(f.kind, f.row or f.clause.number) for f in detect_piece(piece, ruleset)}
    assert ("insurance.rc_pro", "Schedule 3 1.1") in rows
    assert ("insurance.cyber", "Schedule 3 1.2") in rows


def test_the_points_of_a_lettered_annex_are_read_under_its_title(ruleset: RuleSet) -> None:
    """« Annex B – Data controller / data processor agreement » then « B.2 The Contractor shall
    allow for and contribute to audits… »: the annex's title says the audits are of the
    processing of personal data."""
    blocks = tuple(
        Block(text, 1, bold=bold)
        for text, bold in (
            ("Art. 1 – Subject matter", True),
            ("1.1 The contract covers the migration of regional applications to the cloud.", False),
            ("Annex B – Data controller / data processor agreement", True),
            ("B.1 The Contractor processes personal data on the documented instructions.", False),
            (
                "B.2 The Contractor shall allow for and contribute to audits, including "
                "inspections, conducted by the Region.",
                False,
            ),
        )
    )
    piece = Piece("tender.pdf", "0" * 64, PieceKind.OTHER, "pdf", 1, blocks)
    audits = [f for f in detect_piece(piece, ruleset) if f.kind == "gdpr.audit"]
    assert [f.clause.number for f in audits] == ["B.2"]


def test_waiver_and_recommendation_cues(ruleset: RuleSet) -> None:
    clause = _clause(
        "Assurances",
        "Aucune assurance cyber n'est exigée.",
        "Il est recommandé de disposer d'une assurance multirisque.",
    )
    findings = detect_clause(clause, ruleset, ruleset.by_id(), "fr")
    assert [(f.kind, f.recommended) for f in findings] == [("insurance.multirisque", True)]


def test_same_demand_in_two_pieces_is_one_requirement(ruleset: RuleSet) -> None:
    text = "Le titulaire notifie toute violation de données personnelles sous 48 heures."
    findings = [
        *detect_clause(_clause("RGPD", text, path="ccap.pdf"), ruleset, ruleset.by_id(), "fr"),
        *detect_clause(_clause("Sécurité", text, path="cctp.pdf"), ruleset, ruleset.by_id(), "fr"),
    ]
    (requirement,) = merge(findings, ["ccap.pdf", "cctp.pdf"])
    assert requirement.values.hours == 48
    assert [s.path for s in requirement.sources] == ["ccap.pdf", "cctp.pdf"]


def test_different_values_stay_different_requirements(ruleset: RuleSet) -> None:
    findings = [
        *detect_clause(
            _clause("A", "Le titulaire notifie toute violation de données sous 48 h."),
            ruleset,
            ruleset.by_id(),
            "fr",
        ),
        *detect_clause(
            _clause(
                "B", "Le titulaire notifie toute violation de données sous 24 h.", path="cctp.pdf"
            ),
            ruleset,
            ruleset.by_id(),
            "fr",
        ),
    ]
    assert sorted(r.values.hours for r in merge(findings, ["ccap.pdf", "cctp.pdf"])) == [24, 48]


def test_table_rows_are_separate_sentences(ruleset: RuleSet) -> None:
    blocks = (
        Block("RC professionnelle | 2 000 000 € | par sinistre", None, BlockKind.TABLE_ROW),
        Block("Cyber-risques | 300 000 € | par année d'assurance", None, BlockKind.TABLE_ROW),
    )
    piece = Piece("contrat.docx", "0" * 64, PieceKind.CONTRACT, "docx", None, blocks)
    findings = detect_clause(
        Clause(piece, "4", "Assurances", (), blocks), ruleset, ruleset.by_id(), "fr"
    )
    amounts = {f.kind: f.values.amount.value for f in findings if f.values.amount}
    assert amounts == {"insurance.rc_pro": 2000000, "insurance.cyber": 300000}


def test_lines_opening_on_an_arrow_are_points_of_their_own(ruleset: RuleSet) -> None:
    """A plain-text letter marks its points with « ⇒ »: the waiver of the cyber cover is its own
    point and leaves the liability demanded on the line before it standing."""
    lines = (
        "- d'une RC exploitation couvrant les dommages corporels : 2 000 000 € par",
        "année d'assurance.",
        "⇒ Aucune assurance cyber n'est exigée au titre de la présente consultation.",
    )
    blocks = tuple(Block(line, None, BlockKind.LINE) for line in lines)
    piece = Piece("lettre.txt", "0" * 64, PieceKind.RC, "txt", None, blocks)
    findings = detect_clause(
        Clause(piece, "4", "Assurances", (), blocks), ruleset, ruleset.by_id(), "fr"
    )
    assert {f.kind for f in findings} == {"insurance.rc_exploitation"}


def test_a_short_line_ending_on_a_colon_goes_on_with_a_line_left_open(ruleset: RuleSet) -> None:
    """« … shall be enclosed with the » then « Technical Bid: »: the line is the end of the
    sentence, not a label opening what follows; the certificate is due with the bid."""
    lines = (
        "A copy of the insurance certificate shall be enclosed with the",
        "Technical Bid:",
        "no other form of evidence is accepted.",
    )
    blocks = tuple(Block(line, None, BlockKind.LINE) for line in lines)
    piece = Piece("rfp.pdf", "0" * 64, PieceKind.RC, "pdf", None, blocks)
    findings = detect_clause(Clause(piece, "7", None, (), blocks), ruleset, ruleset.by_id(), "en")
    moments = {f.values.moment for f in findings if f.kind == "insurance.certificate"}
    assert moments == {"candidature"}


@pytest.mark.parametrize(("level", "kinds"), [("Information", []), ("Obligatoire", ["cap"])])
def test_a_row_whose_level_column_says_information_demands_nothing(
    ruleset: RuleSet, level: str, kinds: list[str]
) -> None:
    """« Niveau (Obligatoire / Souhaitée / Information) »: the level a row chooses is read as
    the end of its sentence."""
    blocks = (
        Block(
            "Réf. | Exigence | Niveau (Obligatoire / Souhaitée / Information)",
            None,
            BlockKind.TABLE_ROW,
        ),
        Block(
            "CON-01 | Le fournisseur indique le plafond de responsabilité qu'il propose dans "
            f"ses conditions contractuelles. | {level}",
            None,
            BlockKind.TABLE_ROW,
        ),
    )
    piece = Piece("questionnaire.docx", "0" * 64, PieceKind.OTHER, "docx", None, blocks)
    findings = detect_clause(Clause(piece, None, None, (), blocks), ruleset, ruleset.by_id(), "fr")
    assert [f.kind.rsplit("_", 1)[-1] for f in findings] == kinds


def test_language() -> None:
    assert language(["Le titulaire souscrit une assurance pour la durée du marché."]) == "fr"
    assert (
        language(["The Supplier shall maintain insurance for the term of this Agreement."]) == "en"
    )


def test_a_footnote_call_glued_to_a_word_leaves_the_word_whole(ruleset: RuleSet) -> None:
    clause = _clause(
        "Pièces à fournir",
        "Le candidat joint l'attestation d'assurance de responsabilité civile professionnelle¹.",
    )
    assert {"insurance.rc_pro", "insurance.certificate"} <= _kinds(ruleset, clause)


def test_the_cover_the_sub_contractors_must_hold_is_their_insurance(ruleset: RuleSet) -> None:
    theirs = _clause(
        "Sous-traitance",
        "Les sous-traitants auxquels le titulaire confie une partie des prestations justifient "
        "d'une assurance de responsabilité civile professionnelle.",
    )
    own = _clause(
        "Assurances",
        "Le titulaire souscrit une assurance de responsabilité civile professionnelle qui couvre "
        "aussi les prestations confiées à ses sous-traitants, lesquels sont assurés.",
    )
    assert _kinds(ruleset, theirs) == {"insurance.subcontractors"}
    assert "insurance.rc_pro" in _kinds(ruleset, own)


def test_a_sentence_the_sub_contractors_open_makes_any_cover_theirs(ruleset: RuleSet) -> None:
    # Only the cover's name is read here, far from the word "subcontractors": the sentence
    # they open still demands their insurance, not the supplier's.
    english = _clause(
        "Subcontractors",
        "Quorvane shall require its subcontractors performing Professional Services at "
        "Customer's premises to maintain professional and general liability insurance "
        "appropriate to their services.",
    )
    french = _clause(
        "Sous-traitance",
        "Pour chaque sous-traitant présenté à l'appui de la candidature, le candidat joint un "
        "formulaire DC4, les documents mentionnés aux articles 4.1 à 4.3 et une attestation "
        "d'assurance de responsabilité civile professionnelle couvrant ses prestations.",
    )
    assert _kinds(ruleset, english) == {"insurance.subcontractors"}
    assert _kinds(ruleset, french) == {"insurance.subcontractors"}


def test_the_sub_contractors_insurance_keeps_its_amount(ruleset: RuleSet) -> None:
    clause = _clause(
        "Sous-traitance",
        "Tout sous-traitant justifie d'une assurance de responsabilité civile professionnelle "
        "d'au moins 500 000 euros par sinistre.",
    )
    (finding,) = detect_clause(clause, ruleset, ruleset.by_id(), "fr")
    assert finding.kind == "insurance.subcontractors"
    assert finding.values.amount is not None
    assert finding.values.amount.value == Decimal("500000")
    assert finding.values.basis == "per_claim"


def test_a_weighted_row_of_a_response_grid_that_obliges_is_a_demand(ruleset: RuleSet) -> None:
    header = "N° | Question / exigence | Pondération"
    graded = _clause(
        "Fin de marché",
        header,
        "Q4.2 | Après validation de la restitution, le titulaire détruit toutes les copies des "
        "données dans un délai de trente jours. | 4 pts",
    )
    criterion = _clause("Critères", "Réversibilité des données : plan et calendrier | 10 pts")
    table = BlockKind.TABLE_ROW
    graded = replace(graded, blocks=tuple(replace(b, kind=table) for b in graded.blocks))
    criterion = replace(criterion, blocks=tuple(replace(b, kind=table) for b in criterion.blocks))
    assert _kinds(ruleset, graded) == {"gdpr.data_deletion"}
    assert _kinds(ruleset, criterion) == set()


def test_the_system_in_place_described_is_no_demand_unless_the_supplier_takes_it_on(
    ruleset: RuleSet,
) -> None:
    described = _clause(
        "Contexte",
        "Le site actuel, développé en 2017, est hébergé par l'ancien prestataire chez AWS.",
    )
    taken_on = _clause(
        "Reprise",
        "Le titulaire reprend le site actuel et l'héberge chez OVHcloud, en France.",
    )
    assert _kinds(ruleset, described) == set()
    assert "cloud.hosting_subcontractor" in _kinds(ruleset, taken_on)


def test_a_cover_someone_already_holds_as_their_own_is_no_demand(ruleset: RuleSet) -> None:
    clause = _clause(
        "Assurances",
        "Le Client dispose de sa propre police d'assurance cyber-risques.",
        "Ses propres risques sont couverts par son assureur au titre de son contrat multirisque.",
    )
    assert _kinds(ruleset, clause) == set()


def test_a_sentence_sending_to_the_ccap_demands_nothing_here(ruleset: RuleSet) -> None:
    sent = _clause("Pénalités", "Les pénalités de retard sont fixées à l'article 9 du CCAP.")
    ccag = _clause(
        "Pénalités",
        "Les pénalités de retard sont appliquées conformément à l'article 14.1 du CCAG-TIC.",
    )
    assert _kinds(ruleset, sent) == set()
    assert _kinds(ruleset, ccag) == {"contract.delay_penalties"}


def test_each_cover_of_a_sentence_takes_the_amount_written_after_it(ruleset: RuleSet) -> None:
    clause = _clause(
        "Assurances",
        "Le titulaire justifie d'une assurance de responsabilité civile professionnelle d'au "
        "moins 1 000 000 € par sinistre et d'une assurance cyber de 750 000 € par année "
        "d'assurance.",
    )
    found = {
        f.kind: (f.values.amount.value if f.values.amount else None, f.values.basis)
        for f in detect_clause(clause, ruleset, ruleset.by_id(), "fr")
    }
    assert found["insurance.rc_pro"] == (Decimal("1000000"), "per_claim")
    assert found["insurance.cyber"] == (Decimal("750000"), "per_year")


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        (
            "Tenderers shall hold professional liability insurance with a limit of indemnity "
            "of not less than EUR 1,500,000 per claim and EUR 3,000,000 in the aggregate per "
            "insurance year.",
            [("1500000", "per_claim"), ("3000000", "per_year")],
        ),
        (
            "The Supplier shall maintain Professional Liability insurance of not less than "
            "BD$2,000,000 each claim and BD$4,000,000 in the annual aggregate.",
            [("2000000", "per_claim"), ("4000000", "per_year")],
        ),
        # a US policy's "each occurrence / general aggregate" limits are one cover's terms
        (
            "Vendor shall maintain Commercial General Liability insurance with limits of not less "
            "than $1,000,000 each occurrence and $2,000,000 general aggregate.",
            [("1000000", "per_claim")],
        ),
    ],
)
def test_a_yearly_minimum_beside_a_per_claim_one_is_a_demand_of_its_own_in_english(
    text: str, limits: list[tuple[str, str]], ruleset: RuleSet
) -> None:
    found = detect_text(text, ruleset, "en")
    read = sorted((f.values.amount.value, f.values.basis) for f in found if f.values.amount)
    assert read == [(Decimal(amount), basis) for amount, basis in limits]


def test_what_a_party_recalls_opens_on_its_own_subject(ruleset: RuleSet) -> None:
    """« L'Agence rappelle qu'il appartient aux responsables de traitement de notifier… »: the
    controllers' own duty, read after « rappelle qu' » as if it opened the sentence."""
    piece = Piece(
        "aac.html",
        "",
        PieceKind.OTHER,
        "html",
        None,
        (
            Block("6. Protection des données personnelles", None, BlockKind.HEADING),
            Block(
                "6.5 L'Agence rappelle qu'il appartient aux responsables de traitement de "
                "notifier les violations à la CNIL dans les soixante-douze heures.",
                None,
                BlockKind.PARAGRAPH,
            ),
        ),
    )
    found = detect_piece(piece, ruleset)
    assert not [f for f in found if f.kind == "gdpr.breach_notification"]


def test_an_introduction_yields_to_the_covers_its_numbered_sub_points_name(
    ruleset: RuleSet,
) -> None:
    """ "14.1 … the following insurances with insurers registered under the Insurance Act:"
    then "14.1.1 professional indemnity insurance …": the points are the demands; the
    introduction's general words name no cover of their own."""
    lines = [
        (
            "14.1",
            "The Supplier shall take out and keep in force the following insurances with "
            "insurers registered under the Insurance Act:",
        ),
        ("14.1.1", "professional indemnity insurance of not less than R10 000 000 per occurrence;"),
        ("14.1.2", "public liability insurance of not less than R5 000 000 per occurrence."),
    ]
    blocks = tuple(Block(f"{n} {text}", 1) for n, text in lines)
    piece = Piece("rider.pdf", "0" * 64, PieceKind.CONTRACT, "pdf", 1, blocks)
    found = {(f.kind, f.clause.number) for f in detect_piece(piece, ruleset)}
    assert ("insurance.rc_pro", "14.1.1") in found
    assert not any(number == "14.1" for _, number in found)


def test_the_buyer_s_own_duty_is_read_after_the_law_the_sentence_opens_on(
    ruleset: RuleSet,
) -> None:
    """« En application de l'article 33 du RGPD, le Syndicat notifiera lui-même à la CNIL… »:
    the subject after the opening phrase is the buyer; the duty is its own, no demand."""
    found = detect_text(
        "En application de l'article 33 du RGPD, le Syndicat notifiera lui-même à la CNIL, dans "
        "les 72 heures, toute violation présentant un risque pour les abonnés.",
        ruleset,
        "fr",
    )
    assert not [f for f in found if f.kind == "gdpr.breach_notification"]


def test_the_names_of_a_table_s_columns_in_capitals_demand_nothing(ruleset: RuleSet) -> None:
    """ "TYPE OF INSURANCE | MINIMUM LIMITS": the header names the columns; its rows demand."""
    blocks = (
        Block("EXHIBIT B – INSURANCE REQUIREMENTS", 1),
        Block(
            "TYPE OF INSURANCE | MINIMUM LIMITS | ADDITIONAL REQUIREMENTS", 1, BlockKind.TABLE_ROW
        ),
        Block(
            "Commercial General Liability | $1,000,000 each occurrence | County named as "
            "additional insured",
            1,
            BlockKind.TABLE_ROW,
        ),
    )
    piece = Piece("psa.pdf", "0" * 64, PieceKind.CONTRACT, "pdf", 1, blocks)
    found = detect_piece(piece, ruleset)
    assert not [f for f in found if f.sentence.startswith("TYPE OF INSURANCE")]
    assert any(f.sentence.startswith("Commercial General Liability") for f in found)


def test_a_requirement_framed_as_wished_is_recommended(ruleset: RuleSet) -> None:
    """« EXG-HEB-03 Souhaité Qualification SecNumCloud » over « Le service … est qualifié
    SecNumCloud »: the frame's level holds for its text; « Impératif » demands."""
    wished = _clause(
        "Souhaité Qualification SecNumCloud",
        "Le service d'informatique en nuage est qualifié SecNumCloud par l'ANSSI.",
    )
    demanded = replace(wished, heading="Impératif Qualification SecNumCloud")
    rules = ruleset.by_id()
    assert [f.recommended for f in detect_clause(wished, ruleset, rules, "fr")] == [True]
    assert [f.recommended for f in detect_clause(demanded, ruleset, rules, "fr")] == [False]
    # (the wish in brackets after the requirement's code: « Exigence S-03 (recommandé) »)
    bracketed = replace(wished, heading="(recommandé)")
    assert [f.recommended for f in detect_clause(bracketed, ruleset, rules, "fr")] == [True]


def test_a_note_recalling_the_buyer_s_own_duty_under_the_law_demands_nothing(
    ruleset: RuleSet,
) -> None:
    """« Nota : en vertu de l'article 33 du RGPD, il appartient au SINDA, responsable de
    traitement, de notifier … »: the label, then the law's lead, then the buyer's duty."""
    clause = _clause(
        "Violations de données",
        "Nota : en vertu de l'article 33 du RGPD, il appartient au SINDA, responsable de "
        "traitement, de notifier une violation de données à la CNIL dans un délai de 72 heures.",
    )
    assert _kinds(ruleset, clause) == set()


def test_the_buyer_s_duty_under_a_law_named_first_demands_nothing(ruleset: RuleSet) -> None:
    """ "Under C.R.S. § 6-1-716, the County, as a covered entity, must notify …": after the law
    the clause rests on, the buyer's own duty."""
    clause = _clause(
        "Data Breach",
        "Under C.R.S. § 6-1-716, the County, as a covered entity, must notify affected "
        "residents of a security breach no later than thirty (30) days after determining it.",
    )
    assert {f.kind for f in detect_clause(clause, ruleset, ruleset.by_id(), "en")} == set()


def test_a_drafting_note_after_a_clause_leaves_the_clause_a_demand(ruleset: RuleSet) -> None:
    """The note, numbered in the margin like every line, is a sentence of its own: what it
    says (a question to the other side) does not reach the clause above it."""
    clause = _clause(
        None,
        "14.4 Supplier shall maintain cyber liability insurance with a limit of not less than",
        "£2,000,000 in the aggregate. 8 [Note to draft: Customer's broker to confirm that these",
        "levels sit within Customer's own insurance programme.]",
        path="msa.pdf",
    )
    assert "insurance.cyber" in _kinds(ruleset, clause)


def test_a_drafting_note_asks_and_demands_nothing(ruleset: RuleSet) -> None:
    clause = _clause(
        None,
        "[Note to draft (Whelan Byrne): Supplier's broker to confirm whether the professional",
        "indemnity limit of EUR 5,000,000 can be met.]",
        path="msa.pdf",
    )
    assert "insurance.rc_pro" not in _kinds(ruleset, clause)


def _professional_amounts(
    ruleset: RuleSet, lines: Sequence[str], lang: str
) -> list[tuple[str | None, Decimal | None]]:
    """(clause, amount) of each professional-liability finding of a text of these lines."""
    from tenderguard.segment import segment

    blocks = tuple(Block(line, 1) for line in lines)
    piece = Piece("answers.txt", "0" * 64, PieceKind.OTHER, "txt", 1, blocks)
    return [
        (f.clause.number, f.values.amount.value if f.values.amount else None)
        for clause in segment(piece)
        for f in detect_clause(clause, ruleset, ruleset.by_id(), lang)
        if f.kind == "insurance.rc_pro"
    ]


def test_the_answer_under_a_numbered_question_demands(ruleset: RuleSet) -> None:
    """« Question 1 – Montant de l'assurance » over the bidder's question, which restates the
    tender as it was, and the buyer's « Réponse : … », which demands: cited « Question 1 »."""
    lines = [
        "Question 1 – Montant de l'assurance de responsabilité civile professionnelle",
        "L'article 9.1 du CCAP exige une RC Pro de 3 000 000 € par sinistre. Est-ce",
        "obligatoire pour une petite structure ?",
        "Réponse : le montant est ramené à une RC Pro d'au moins 1 500 000 € par",
        "sinistre.",
    ]
    assert _professional_amounts(ruleset, lines, "fr") == [("Question 1", 1_500_000)]


def test_a_clarification_s_answer_demands_and_its_question_does_not(ruleset: RuleSet) -> None:
    """ "C3.1" over "Question: Section 4.3 asks for … EUR 2.6 million …" and "Response: … not
    less than €2,600,000 …": the answer states the demand, the question the tender as it was."""
    lines = [
        "C3.1",
        "Question: Section 4.3 of the RFT asks for professional indemnity insurance of",
        "EUR 1.5 million. Is this per claim?",
        "Response: the successful tenderer must hold professional indemnity insurance of",
        "not less than €2,600,000 in respect of each and every claim.",
    ]
    assert _professional_amounts(ruleset, lines, "en") == [("C3.1", 2_600_000)]


def test_a_question_over_its_expected_answer_and_mandatory_lines_demands(
    ruleset: RuleSet,
) -> None:
    asked = "Quelle disponibilité mensuelle garantissez-vous pour le site de production ?"
    lines = [asked, "Réponse attendue : 99,9 % ou plus", "Obligatoire : Oui"]
    assert _kinds(ruleset, _clause("Hébergement", *lines)) == {"cloud.sla"}
    assert not _kinds(ruleset, _clause("Hébergement", asked))


def test_a_contract_s_article_a_lawyer_quotes_is_no_law(ruleset: RuleSet) -> None:
    quoted = (
        "L'article 9.4 stipule : « Le Prestataire notifie au Client toute violation de données "
        "personnelles dans un délai maximal de vingt-quatre (24) heures. »"
    )
    assert _kinds(ruleset, _clause("2.5 Données", quoted)) == {"gdpr.breach_notification"}
    law = quoted.replace("L'article 9.4", "L'article 33")
    assert not _kinds(ruleset, _clause("2.5 Données", law))


def test_a_bullet_ends_at_the_blank_space_under_it(ruleset: RuleSet) -> None:
    bullet = Block(
        "• Pas de sous-traitant ultérieur sans accord écrit préalable de l'OTI",
        1,
        bbox=BBox(x0=60, top=100, x1=400, bottom=112),
        size=11.0,
    )
    note = Block(
        "Ajouter : les journaux d'accès sont conservés 6 mois.",
        1,
        bbox=BBox(x0=60, top=300, x1=400, bottom=310),
        size=10.0,
    )
    clause = Clause(_clause(None, "x").piece, "5", "Données", (5,), (bullet, note))
    assert [s.text for s in sentences(clause)] == [
        "Pas de sous-traitant ultérieur sans accord écrit préalable de l'OTI",
        "Ajouter : les journaux d'accès sont conservés 6 mois.",
    ]


def test_a_kind_fired_by_two_rules_reads_the_values_either_reads(ruleset: RuleSet) -> None:
    """« restitue … puis les supprime … dans un délai de 30 jours » fires the return of the
    data (no value of its own) and their deletion (a delay in days): the delay is read."""
    text = (
        "En fin de contrat, le titulaire restitue les données puis les supprime de ses"
        " systèmes, sauvegardes comprises, dans un délai de 30 jours."
    )
    (finding,) = [f for f in detect_text(text, ruleset) if f.kind == "gdpr.data_deletion"]
    assert finding.values.days == 30
