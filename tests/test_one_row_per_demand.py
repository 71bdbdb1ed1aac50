"""One row per demand, quoted from the clause that makes it: what a sentence does (its role),
which statements are one demand, which is quoted, tables, Markdown, certificates given as
pieces."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from tenderguard.api import check
from tenderguard.detect import detect_piece, detect_text
from tenderguard.merge import merge
from tenderguard.models import BBox, Block, BlockKind, Money, Piece, PieceKind, Requirement
from tenderguard.rules.loader import RuleSet


def _piece(*lines: str | tuple[str, BlockKind], path: str = "ccap.txt") -> Piece:
    blocks = []
    for line in lines:
        text, kind = (line, BlockKind.PARAGRAPH) if isinstance(line, str) else line
        blocks.append(Block(text, None, kind))
    return Piece(path, "", PieceKind.CCAP, "txt", None, tuple(blocks))


def _requirements(piece: Piece, ruleset: RuleSet) -> list[Requirement]:
    return merge(detect_piece(piece, ruleset), [piece.path])


def _of(kind: str, requirements: list[Requirement]) -> list[Requirement]:
    return [r for r in requirements if r.kind == kind]


def _cited(kind: str, ruleset: RuleSet, *lines: str | tuple[str, BlockKind]) -> list[str | None]:
    """The main citations of the requirements of a kind a text of these lines makes, sorted."""
    requirements = _of(kind, _requirements(_piece(*lines), ruleset))
    return sorted((r.sources[0].clause for r in requirements), key=str)


def test_two_distinct_obligations_of_one_kind_stay_two_rows(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 12 - Phase de réalisation", BlockKind.HEADING),
        "Le titulaire doit être assuré en responsabilité civile professionnelle pour 1 000 000 €.",
        ("Article 13 - Phase d'exploitation", BlockKind.HEADING),
        "Le titulaire doit être assuré en responsabilité civile professionnelle pour 3 000 000 €.",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["12", "13"]


def test_distinct_valueless_obligations_in_one_clause_stay_distinct(ruleset: RuleSet) -> None:
    """Whole contracts: each condition the buyer puts on the policies is its own row, quoted."""
    text = [
        "Licensee shall maintain product liability insurance with a reputable insurer.",
        "Licensor shall be named as an additional insured under such insurance.",
        "Such insurance shall be primary and non-contributory.",
    ]
    piece = _piece(*text, path="contract.txt")
    quoted = {r.text for r in _requirements(piece, ruleset) if r.kind.startswith("insurance.")}
    assert set(text) <= quoted


def test_a_restatement_and_a_summary_row_join_the_obligation_they_repeat(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Article 3 - Synthèse", BlockKind.HEADING),
        ("Exigence | Réf.", BlockKind.TABLE_ROW),
        ("Hébergement des données en France | 5.1", BlockKind.TABLE_ROW),
        ("Article 5 - Hébergement", BlockKind.HEADING),
        "Le titulaire doit héberger les données exclusivement en France.",
        ("Article 7 - Rappel", BlockKind.HEADING),
        "Le titulaire doit héberger les données exclusivement en France.",
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert len(rows) == 1
    assert rows[0].role == "obligation" and rows[0].cue == "obligation.fr"
    assert rows[0].sources[0].clause == "5"
    assert {s.clause for s in rows[0].sources} == {"3", "5", "7"}


def test_the_strongest_statement_is_quoted_and_cited_first(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 2 - Objet", BlockKind.HEADING),
        "Le marché porte notamment sur la réversibilité de la plateforme.",
        ("Article 9 - Fin du marché", BlockKind.HEADING),
        "Le titulaire doit mettre en œuvre un plan de réversibilité trois mois avant le terme.",
    )
    (row,) = _of("cloud.reversibility", _requirements(piece, ruleset))
    assert row.sources[0].clause == "9"
    assert row.text.startswith("Le titulaire doit mettre en œuvre un plan de réversibilité")


def test_what_only_defines_quotes_or_binds_the_buyer_demands_nothing(ruleset: RuleSet) -> None:
    for sentence in (
        "Article 28, paragraphe 2 : « Le sous-traitant ne recrute pas un autre sous-traitant "
        "sans l'autorisation écrite préalable du responsable du traitement. »",
        "Le Client s'engage à notifier toute violation de données à la CNIL sous 72 heures.",
        "The Controller is responsible for notifying the supervisory authority within 72 hours.",
        "Les personnes concernées disposent du droit à l'effacement de leurs données.",
        "Article 9 – Assurances ........ 5",
    ):
        assert detect_text(sentence, ruleset) == [], sentence


def test_a_data_subject_right_the_supplier_must_serve_is_a_demand(ruleset: RuleSet) -> None:
    said = "notamment lorsqu'une personne exerce son droit à l'effacement."
    obliged = f"Le titulaire doit supprimer les données personnelles sur demande, {said}"
    assert {f.kind for f in detect_text(obliged, ruleset)} == {"gdpr.data_deletion"}
    assert detect_text(f"Toute personne dispose du droit à l'effacement, {said}", ruleset) == []


def test_a_penalty_set_by_reference_reports_the_article(ruleset: RuleSet) -> None:
    (finding,) = detect_text(
        "Les pénalités de retard sont calculées conformément à l'article 14.1 du CCAG-TIC.",
        ruleset,
    )
    assert (finding.kind, finding.role, finding.values.reference) == (
        "contract.delay_penalties",
        "reference",
        "CCAG-TIC art. 14.1",
    )


def test_each_row_of_a_table_gives_its_own_value(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 3 - Engagements de service", BlockKind.HEADING),
        ("Service | Disponibilité mensuelle | Crédit", BlockKind.TABLE_ROW),
        ("IaaS | 99,95 % | 5 %", BlockKind.TABLE_ROW),
        ("Sauvegarde | 99,5 % | 2 %", BlockKind.TABLE_ROW),
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert sorted(str(r.values.percent) for r in rows) == ["99.5", "99.95"]


def test_the_rows_of_a_version_history_demand_nothing(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Schedule 3 Vendor Security Requirements", BlockKind.HEADING),
        ("ID | Area | Requirement | Level", BlockKind.TABLE_ROW),
        (
            "VSR-03 | Breach | Personal data breaches are notified within 24 hours. | M",
            BlockKind.TABLE_ROW,
        ),
        "Note 1 - The Group holds its own cyber insurance programme.",
        ("Version | Date | Change", BlockKind.TABLE_ROW),
        (
            "2.0 | 12/05/2025 | First published register. Breach notification within 48 hours; "
            "hosting on Microsoft Azure (France Central).",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    rows = _of("gdpr.breach_notification", requirements)
    assert [(r.sources[0].clause, r.values.hours) for r in rows] == [("VSR-03", 24)]
    assert _of("cloud.hosting_subcontractor", requirements) == []


def test_the_rows_of_a_weighted_criteria_table_demand_nothing(ruleset: RuleSet) -> None:
    """A table whose header names a criterion and its weight marks offers: its rows demand
    nothing unless they oblige ("C2 | … reversibility | 25 %")."""
    piece = _piece(
        ("4. Award", BlockKind.HEADING),
        "Bids are assessed against the following:",
        ("Ref. | Criterion | Weight", BlockKind.TABLE_ROW),
        ("C1 | Price | 40 %", BlockKind.TABLE_ROW),
        ("C2 | Methodology of migration and reversibility | 25 %", BlockKind.TABLE_ROW),
        ("C3 | Cyber insurance of at least EUR 1,000,000 per claim | 35 %", BlockKind.TABLE_ROW),
        ("5. Service levels", BlockKind.HEADING),
        ("Service | Availability", BlockKind.TABLE_ROW),
        ("Portal | 99.8 %", BlockKind.TABLE_ROW),
    )
    requirements = _requirements(piece, ruleset)
    assert _of("cloud.reversibility", requirements) == []
    # a criterion at a level states the level wished for
    assert [r.sources[0].clause for r in _of("insurance.cyber", requirements)] == ["C3"]
    assert [r.values.percent for r in _of("cloud.sla", requirements)] == [Decimal("99.8")]


def test_a_run_in_title_types_the_cover_its_point_demands(ruleset: RuleSet) -> None:
    """ "(a) General liability. Bodily injury liability insurance … $500,000 per occurrence.":
    the point's run-in title names the cover; "(b) Automobile liability. … is not required."
    demands nothing."""
    requirements = _requirements(
        _piece(
            ("H.3 Insurance", BlockKind.HEADING),
            "The Contractor shall maintain the following minimum insurance:",
            "(a) General liability. Bodily injury liability insurance written on the "
            "comprehensive form of policy, in an amount of not less than $500,000 per occurrence.",
            "(b) Automobile liability. Automobile liability insurance is not required under "
            "this contract.",
        ),
        ruleset,
    )
    general = _of("insurance.rc_exploitation", requirements)
    assert [r.values.amount.value if r.values.amount else None for r in general] == [500000]
    assert _of("insurance.liability", requirements) == []
    assert _of("insurance.other", requirements) == []


def test_rows_naming_no_kind_state_the_levels_their_introduction_announces(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("5. Disponibilité", BlockKind.HEADING),
        "Le prestataire s'engage sur les taux de disponibilité mensuels suivants :",
        ("Service | Engagement mensuel | Mesure", BlockKind.TABLE_ROW),
        ("Calcul (instances) | 99,95 % | Par région", BlockKind.TABLE_ROW),
        ("Stockage objet | 99,9 % | Requêtes réussies", BlockKind.TABLE_ROW),
        ("Bac à sable | Aucun engagement | Sans objet", BlockKind.TABLE_ROW),
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert sorted(r.values.percent for r in rows) == [Decimal("99.9"), Decimal("99.95")]


def test_a_table_row_is_one_statement_whichever_sentence_names_the_kind(
    ruleset: RuleSet,
) -> None:
    """The providers named in one sentence of the cell, the approval the demand needs in the
    next; a lettered row of one cell titles the rows below it."""
    piece = _piece(
        ("3. Hébergement", BlockKind.HEADING),
        ("Réf. | Question | Attendu de l'acheteur", BlockKind.TABLE_ROW),
        ("D. Assurances et responsabilité", BlockKind.TABLE_ROW),
        (
            "Q-HEB-05 | Fournisseurs | Si la solution repose sur un fournisseur "
            "d'infrastructure tiers, il s'agit d'OVHcloud ou de Scaleway ; tout changement "
            "est soumis à l'accord préalable de l'acheteur.",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    hosts = _of("cloud.hosting_subcontractor", requirements)
    assert [r.sources[0].clause for r in hosts] == ["Q-HEB-05"]
    assert _of("insurance.liability", requirements) == []


def test_a_question_row_demands_what_its_expectation_column_states(ruleset: RuleSet) -> None:
    """« Listez les sous-traitants ultérieurs » asks; the column « Attendu de l'acheteur » beside
    it states the demand, unless it says the answer is for information only."""
    piece = _piece(
        ("3. Données", BlockKind.HEADING),
        ("Réf. | Question | Attendu de l'acheteur", BlockKind.TABLE_ROW),
        (
            "Q-02 | Listez les sous-traitants ultérieurs que vous prévoyez. | Aucun nouveau "
            "sous-traitant ultérieur sans autorisation écrite préalable de l'acheteur.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Q-03 | Disposez-vous d'une assurance couvrant les risques cyber ? | "
            "Information : ni éliminatoire ni notée.",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    subprocessors = _of("gdpr.subprocessor_authorization", requirements)
    assert [r.sources[0].clause for r in subprocessors] == ["Q-02"]
    assert _of("insurance.cyber", requirements) == []


def test_a_row_with_a_reference_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 4 - Requirements", BlockKind.HEADING),
        ("Ref | Requirement | Priority", BlockKind.TABLE_ROW),
        (
            "S-02 | The Supplier shall notify a personal data breach within 24 hours. | Mandatory",
            BlockKind.TABLE_ROW,
        ),
        path="schedule.txt",
    )
    (row,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert row.sources[0].clause == "S-02"


def test_a_cover_page_names_subjects_the_articles_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        "HEXAGONE HÉBERGEMENT — Certifié ISO 27001 — Hébergeur HDS",
        ("Article 1 - Objet", BlockKind.HEADING),
        "Le présent contrat porte sur l'hébergement d'une application métier.",
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert not kinds & {"cloud.iso27001", "cloud.hds"}


def test_each_member_of_a_grouping_supplies_the_insurance_proof(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Section III.1.2", BlockKind.HEADING),
        "Chaque candidat et, en cas de groupement, chaque membre du groupement fournit :",
        ("une attestation d'assurance responsabilité civile professionnelle.", BlockKind.LIST_ITEM),
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert {"insurance.rc_pro", "insurance.certificate", "insurance.subcontractors"} <= kinds


def test_a_request_to_each_member_reaches_the_numbered_items_it_announces(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Capacité technique", BlockKind.HEADING),
        "En cas de groupement, chaque membre du groupement devra produire les éléments suivants :",
        "8.1 L'état des effectifs,",
        "8.2 Attestation d'assurance de responsabilité civile professionnelle,",
        ("Niveau minimal", BlockKind.HEADING),
        "8.3 Attestation d'assurance de responsabilité civile professionnelle du mandataire.",
    )
    rows = _of("insurance.subcontractors", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["8.2"]


def test_a_request_for_each_members_whole_candidature_reaches_every_certificate(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Capacité financière", BlockKind.HEADING),
        "Les candidats fournissent une attestation d'assurance pour les risques professionnels.",
        ("Renseignements complémentaires", BlockKind.HEADING),
        "En cas de groupement, l'ensemble des pièces de candidature est fourni pour chacun des "
        "membres du groupement.",
    )
    rows = _of("insurance.subcontractors", _requirements(piece, ruleset))
    assert [r.sources[0].heading for r in rows] == ["Capacité financière"]


def test_a_request_to_each_member_for_the_following_documents_stays_in_its_list(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Situation propre", BlockKind.HEADING),
        "Chaque membre du groupement devra produire l'ensemble des documents suivants :",
        "- une lettre de candidature.",
        ("Capacité financière", BlockKind.HEADING),
        "Les candidats fournissent une attestation d'assurance responsabilité civile.",
    )
    assert not _of("insurance.subcontractors", _requirements(piece, ruleset))


def test_other_covers_are_named_never_folded_into_liability(ruleset: RuleSet) -> None:
    findings = detect_text(
        "Le titulaire du lot 1 souscrit une assurance de responsabilité décennale.", ruleset
    )
    assert [(f.kind, f.values.cover) for f in findings] == [("insurance.other", "decennale")]


def test_markdown_front_matter_and_mdx_are_not_text(tmp_path: Path) -> None:
    page = tmp_path / "security.md"
    page.write_text(
        "---\ntitle: Security\nslug: /security\ntags: [gdpr, secnumcloud, iso27001]\n---\n"
        "import Tabs from '@theme/Tabs';\n\n# Security\n\n:::note\nPlans are listed below.\n:::\n\n"
        "## Breaches\n\nWe notify customers of any personal data breach within 48 hours.\n",
        encoding="utf-8",
    )
    result = check([page])
    assert [(r.kind, r.sources[0].heading) for r in result.requirements] == [
        ("gdpr.breach_notification", "Breaches")
    ]


def test_markdown_pictographs_and_details_summaries_title_their_parts(tmp_path: Path) -> None:
    page = tmp_path / "cahier.md"
    page.write_text(
        "# Cahier des charges\n\n## 🔐 Sécurité & RGPD\n\n"
        "- [ ] En cas de violation de données, on est prévenus sous 48 h.\n\n"
        "## 🔄 Fin de mission\n\n<details>\n<summary>Suppression des données</summary>\n\n"
        "- Le presta supprime toutes les copies des données sous 30 jours après la fin.\n"
        "</details>\n",
        encoding="utf-8",
    )
    result = check([page])
    assert sorted((r.kind, r.sources[0].heading) for r in result.requirements) == [
        ("gdpr.breach_notification", "Sécurité & RGPD"),
        ("gdpr.data_deletion", "Suppression des données"),
    ]


def test_an_html_comment_over_several_lines_is_no_text(tmp_path: Path) -> None:
    page = tmp_path / "COMPLIANCE.md"
    page.write_text(
        "<!--\nMaintainers: keep the 99.9% availability target in sync with the SLA.\n-->\n"
        "# Compliance\n\n## Breaches\n\nWe notify customers of any personal data breach "
        "within 48 hours.\n",
        encoding="utf-8",
    )
    kinds = [r.kind for r in check([page]).requirements]
    assert kinds == ["gdpr.breach_notification"]


def test_a_definition_list_titles_each_answer_by_its_term(tmp_path: Path) -> None:
    page = tmp_path / "README.md"
    page.write_text(
        "# Hosted offer\n\n## FAQ\n\n<dl>\n  <dt>What happens to my data when I cancel?</dt>\n"
        "  <dd>We permanently delete all customer data within 30 days after termination.</dd>\n"
        "</dl>\n",
        encoding="utf-8",
    )
    found = [(r.kind, r.sources[0].heading) for r in check([page]).requirements]
    assert found == [("gdpr.data_deletion", "What happens to my data when I cancel?")]


def test_an_insurance_certificate_given_as_a_piece_demands_nothing(tmp_path: Path) -> None:
    cert = tmp_path / "attestation.txt"
    cert.write_text(
        "ATTESTATION D'ASSURANCE\nL'assureur soussigné atteste que la société Exemple est "
        "titulaire d'un contrat de responsabilité civile professionnelle de 1 000 000 € par "
        "sinistre, du 01/01/2026 au 31/12/2026.\n",
        encoding="utf-8",
    )
    result = check([cert])
    assert result.requirements == ()
    assert any("insurance certificate" in w for w in result.warnings)


def test_journal_officiel_numbering_opens_sub_clauses(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 9 - Assurance", BlockKind.HEADING),
        "9. 1. Le titulaire doit contracter les assurances garantissant sa responsabilité.",
        "9. 2. Il doit justifier, sous quinze jours, d'une attestation d'assurance.",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("insurance.liability", "9.1"), ("insurance.certificate", "9.2")} <= places


def _house_styled_docx(path: Path) -> Path:
    """A DOCX whose headings use a house style known only by its outline level, after a
    table of contents whose entries Word styles on the headings ("toc 1")."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    toc = document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.base_style = document.styles["Heading 1"]
    house = document.styles.add_style("Maison Titre 1", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "0")
    house.element.get_or_add_pPr().append(outline)
    document.add_paragraph("Sommaire")
    document.add_paragraph("Objet\t2", style="toc 1")
    document.add_paragraph("Assurances\t3", style="toc 1")
    document.add_paragraph("Objet", style="Maison Titre 1")
    document.add_paragraph("Le présent contrat porte sur la maintenance d'un site.")
    document.add_paragraph("Assurances", style="Maison Titre 1")
    document.add_paragraph(
        "Le titulaire doit souscrire une assurance de responsabilité civile professionnelle."
    )
    document.save(str(path))
    return path


def test_house_heading_styles_and_word_tables_of_contents(tmp_path: Path) -> None:
    result = check([_house_styled_docx(tmp_path / "contrat.docx")])
    (row,) = [r for r in result.requirements if r.kind == "insurance.rc_pro"]
    assert (row.sources[0].clause, row.sources[0].heading) == (None, "Assurances")


def test_a_paragraph_is_read_under_its_article_heading(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 9 - Assurances", BlockKind.HEADING),
        "9.1 Le titulaire doit contracter une assurance de responsabilité civile.",
        "9.2 Le titulaire doit être en mesure de produire cette attestation sur demande.",
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.moment) for r in rows] == [("9.2", "on_request")]


def test_a_stray_number_does_not_turn_a_notice_into_a_cover_page(ruleset: RuleSet) -> None:
    blocks = [Block("Avis d'appel public à la concurrence", 1, BlockKind.LINE)]
    blocks += [Block(f"Ligne de description {n} du marché.", 1, BlockKind.LINE) for n in range(5)]
    blocks += [
        Block("Conditions de participation :", 2, BlockKind.LINE),
        Block("Attestation d'assurance pour les risques professionnels ;", 2, BlockKind.LINE),
        Block("22 33-61-71.", 3, BlockKind.LINE),
    ]
    piece = Piece("avis.pdf", "", PieceKind.OTHER, "pdf", 3, tuple(blocks))
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert {"insurance.liability", "insurance.certificate"} <= kinds


def test_a_sub_clause_that_only_adds_detail_is_the_same_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        ("8. Personal data breaches", BlockKind.HEADING),
        "8.1 The Processor shall notify the Customer of any personal data breach within 36 hours.",
        "8.2 The notification of the personal data breach shall describe its nature and effects.",
        ("9. Liability", BlockKind.HEADING),
        "9.1 The Supplier's aggregate liability shall not exceed the fees paid in twelve months.",
        "9.2 In no event shall either party be liable for lost profits.",
        path="dpa.txt",
    )
    requirements = _requirements(piece, ruleset)
    (breach,) = _of("gdpr.breach_notification", requirements)
    assert (breach.sources[0].clause, breach.values.hours) == ("8.1", 36)
    assert [s.clause for s in breach.sources] == ["8.1", "8.2"]
    caps = _of("contract.liability_cap", requirements)
    assert sorted(r.sources[0].clause for r in caps) == ["9.1", "9.2"]


def test_notice_sections_and_form_sections_are_clauses(ruleset: RuleSet) -> None:
    piece = _piece(
        "III.1.2) Capacité économique et financière",
        "Attestation d'assurance de responsabilité civile professionnelle en cours de validité.",
        "III.1.3) Capacité technique",
        "Certificat ISO/IEC 27001 de l'hébergeur proposé.",
        path="avis.txt",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("insurance.rc_pro", "III.1.2"), ("cloud.iso27001", "III.1.3")} <= places


def test_a_ticked_box_demands_an_empty_one_offers(ruleset: RuleSet) -> None:
    piece = _piece(
        "F.1 Assurances ☒ Le titulaire déclare être couvert par une assurance de responsabilité "
        "civile professionnelle.",
        "☐ Le titulaire dispose d'une assurance couvrant les risques cyber.",
        "F.2 Hébergement ☒ Les données sont hébergées en France.",
        path="ae.txt",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert ("insurance.rc_pro", "F.1") in places and ("gdpr.data_location", "F.2") in places
    assert not any(kind == "insurance.cyber" for kind, _ in places)


def test_a_row_opening_on_its_reference_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 3 - Disponibilité", BlockKind.HEADING),
        ("Service | Disponibilité | Pénalité", BlockKind.TABLE_ROW),
        ("S-01 Serveurs virtuels | 99,95 % | Crédit de 5 %", BlockKind.TABLE_ROW),
        ("S-02 Bases de données | 99,9 % | Crédit de 5 %", BlockKind.TABLE_ROW),
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert sorted(r.sources[0].clause for r in rows) == ["S-01", "S-02"]


def test_a_host_certification_is_that_certification_s_demand(ruleset: RuleSet) -> None:
    kinds = {
        f.kind
        for f in detect_text(
            "Il est recommandé que l'offre d'hébergement bénéficie de la qualification "
            "SecNumCloud.",
            ruleset,
        )
    }
    assert kinds == {"cloud.secnumcloud"}
    assert detect_text("L'offre d'hébergement n'est pas qualifiée SecNumCloud.", ruleset) == []


def test_points_numbered_with_a_parenthesis_are_clauses_of_a_letter(ruleset: RuleSet) -> None:
    letter = _piece(
        "1) RC professionnelle : garantie d'au moins 2 M€ par sinistre exigée par le CCAP.",
        "2) Données : toute violation de données devra être notifiée sous 72 heures.",
        "Pour mémoire, notre cabinet est couvert par une assurance de responsabilité civile.",
        path="courriel.txt",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(letter, ruleset)}
    assert places == {("insurance.rc_pro", "1"), ("gdpr.breach_notification", "2")}
    notice = _piece(
        ("SUITABILITY", BlockKind.HEADING),
        "Chaque membre du groupement fournit les pièces suivantes :",
        "1) une attestation d'assurance de responsabilité civile professionnelle ;",
        "2) un extrait Kbis.",
        path="avis.txt",
    )
    kinds = {r.kind: r.sources[0].clause for r in _requirements(notice, ruleset)}
    assert kinds["insurance.subcontractors"] is None and kinds["insurance.rc_pro"] is None


def test_a_notice_without_numbers_is_cut_at_its_colon_titles(ruleset: RuleSet) -> None:
    blocks = [
        Block("Avis d'appel public à la concurrence", 1, BlockKind.LINE),
        Block("Conditions de participation :", 1, BlockKind.LINE),
        Block("Attestation d'assurance pour les risques professionnels ;", 1, BlockKind.LINE),
        Block("Critères d'attribution :", 1, BlockKind.LINE),
        Block("Prix : 40 %.", 1, BlockKind.LINE),
        Block("22 33-61-71.", 2, BlockKind.LINE),
    ]
    piece = Piece("avis.pdf", "", PieceKind.OTHER, "pdf", 2, tuple(blocks))
    headings = {r.kind: r.sources[0].heading for r in _requirements(piece, ruleset)}
    assert headings["insurance.liability"] == "Conditions de participation"


def test_reports_name_the_cover_and_the_referenced_article() -> None:
    from tenderguard.models import Values
    from tenderguard.report.values import describe

    assert describe(Values(cover="decennale"), "fr") == "responsabilité décennale"
    assert describe(Values(reference="CCAG-TIC art. 14.1"), "fr") == "selon CCAG-TIC art. 14.1"


def test_a_derogation_from_an_article_is_no_reference_to_it(ruleset: RuleSet) -> None:
    (finding,) = detect_text(
        "Par dérogation à l'article 14.1 du CCAG-TIC, le titulaire encourt une pénalité de "
        "150 € par jour de retard.",
        ruleset,
    )
    assert (finding.kind, finding.values.reference) == ("contract.delay_penalties", None)


def test_section_signs_and_markdown_ordered_lists(ruleset: RuleSet, tmp_path: Path) -> None:
    piece = _piece(
        "§ 7 Notification of personal data breaches",
        "(1) The Processor shall notify the Controller of any personal data breach within "
        "48 hours.",
        path="dpa.txt",
    )
    (row,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert row.sources[0].clause == "7 (1)"  # § 7, paragraph (1)
    page = tmp_path / "securite.md"
    page.write_text(
        "# Sécurité\n\n## Réversibilité\n\n1. Vous exportez vos données en CSV.\n"
        "2. Passé ce délai, vos données sont supprimées définitivement sous 60 jours.\n",
        encoding="utf-8",
    )
    rows = [r for r in check([page]).requirements if r.kind == "gdpr.data_deletion"]
    assert [(r.sources[0].clause, r.sources[0].heading) for r in rows] == [(None, "Réversibilité")]


def test_a_row_opening_on_a_code_and_a_dash_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 5 - Pièces de la candidature", BlockKind.HEADING),
        ("Pièce | Contenu", BlockKind.TABLE_ROW),
        (
            "C5 – Attestation d'assurance | Attestation d'assurance de responsabilité civile "
            "professionnelle en cours de validité.",
            BlockKind.TABLE_ROW,
        ),
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert ("insurance.certificate", "C5") in places


def test_rows_of_values_are_the_demands_their_introduction_announces(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 3 - Disponibilité", BlockKind.HEADING),
        "Le prestataire s'engage, pour chaque service, sur les taux de disponibilité suivants :",
        ("Service | Disponibilité mensuelle", BlockKind.TABLE_ROW),
        ("Calcul | 99,95 %", BlockKind.TABLE_ROW),
        ("Stockage | 99,9 %", BlockKind.TABLE_ROW),
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert sorted(str(r.values.percent) for r in rows) == ["99.9", "99.95"]
    assert all(" | " in r.text for r in rows)


def test_a_letter_s_points_may_start_in_lower_case_and_a_refusal_is_no_demand(
    ruleset: RuleSet,
) -> None:
    letter = _piece(
        "Merci de nous faire parvenir :",
        "1) une attestation d'assurance responsabilité civile professionnelle à jour, émise par "
        "votre assureur ;",
        "2) votre engagement écrit que la base clients sera hébergée dans l'Union européenne.",
        "Le client n'exige pas de garantie perte d'exploitation.",
        path="courriel.txt",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(letter, ruleset)}
    assert {("insurance.rc_pro", "1"), ("gdpr.data_location", "2")} <= places
    assert not any(kind == "insurance.business_interruption" for kind, _ in places)


def test_a_notice_may_skip_its_first_sub_section(ruleset: RuleSet) -> None:
    piece = _piece(
        "III.1) Conditions de participation",
        "III.1.2) Capacité économique et financière",
        "Attestation d'assurance de responsabilité civile professionnelle.",
        "III.2) Conditions liées au marché",
        "III.2.2) Conditions particulières d'exécution",
        "Les données sont hébergées exclusivement dans l'Union européenne.",
        path="avis.txt",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert ("gdpr.data_location", "III.2.2") in places


def test_an_annex_restating_the_articles_adds_no_row(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 4 - Données personnelles", BlockKind.HEADING),
        "Le titulaire doit notifier toute violation de données à l'acheteur sous 48 heures.",
        ("Section II - Obligations des parties", BlockKind.HEADING),
        ("Clause 9 - Notification des violations", BlockKind.HEADING),
        "Le sous-traitant doit informer le responsable du traitement de toute violation de "
        "données à caractère personnel dans les meilleurs délais.",
    )
    (row,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert row.sources[0].clause == "4" and row.values.hours == 48
    assert [s.clause for s in row.sources] == ["4", "Clause 9"]


def _pdf_lines(*lines: tuple[str, float], page: int = 4) -> tuple[Block, ...]:
    """PDF lines of one column starting at x = 70, each ending at the given right edge."""
    return tuple(
        Block(text, page, BlockKind.LINE, BBox(70, 100 + 14 * n, right, 110 + 14 * n))
        for n, (text, right) in enumerate(lines)
    )


def test_a_grid_of_penalties_written_as_a_list_gives_one_row_per_item(ruleset: RuleSet) -> None:
    """Each item of the list the penalty sentence announces is a demand with its own amount;
    a list item ends at its short last line even without a full stop."""
    blocks = _pdf_lines(
        ("11.1 - Pénalités de retard", 200),
        ("Par dérogation à l'article 14.1 du CCAG-TIC, le titulaire encourt les pénalités de", 525),
        ("retard suivantes sans mise en demeure préalable :", 300),
        ("Pour interruption de service :", 220),
        ("- 500 € par heure d'interruption de service.", 330),
        ("Pour retard dans la remise des livrables :", 290),
        ("- 500 € par jour et par document non remis", 330),
        ("Pour retard dans l'exécution de la tranche ferme :", 320),
        ("- 2 500 € par jour de retard.", 250),
    )
    piece = Piece("ccap.pdf", "", PieceKind.CCAP, "pdf", None, blocks)
    rows = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert [(r.values.amount and r.values.amount.value, r.values.per) for r in rows] == [
        (Decimal(500), "hour"),
        (Decimal(500), "day"),
        (Decimal(2500), "day"),
    ]
    assert rows[1].text == (
        "Pour retard dans la remise des livrables : 500 € par jour et par document non remis"
    )
    assert {r.role for r in rows} == {"obligation"}


def test_an_item_of_a_slide_ends_at_its_short_line_above_a_blank_line(
    ruleset: RuleSet,
) -> None:
    """A slide draws its bullets: « … par jour » / « calendaire » then, after a line's height
    of white, « Responsabilité du fournisseur plafonnée à 150 % … ». The penalty and the cap
    are two sentences, and the penalty's 0,1 % is no multiple of the cap."""

    def line(text: str, top: float, right: float) -> Block:
        return Block(text, 12, BlockKind.LINE, BBox(84, top, right, top + 15), size=20)

    blocks = (
        line(
            "Retard de livraison : pénalité de 0,1 % du montant de la commande par jour", 135, 847
        ),
        line("calendaire", 165, 185),
        line(
            "Responsabilité du fournisseur plafonnée à 150 % du montant annuel du contrat", 205, 879
        ),
    )
    piece = Piece("deck.pdf", "", PieceKind.OTHER, "pdf", None, blocks)
    requirements = _requirements(piece, ruleset)
    (cap,) = _of("contract.liability_cap", requirements)
    (penalty,) = _of("contract.delay_penalties", requirements)
    assert cap.text.startswith("Responsabilité du fournisseur") and cap.values.multiple == Decimal(
        "1.5"
    )
    assert penalty.text.endswith("par jour calendaire")


def test_an_availability_list_gives_one_row_per_service(ruleset: RuleSet) -> None:
    piece = _piece(
        "Le titulaire s'engage sur les taux de disponibilité suivants :",
        ("Messagerie : 99,9 % ;", BlockKind.LIST_ITEM),
        ("Progiciel financier : 99,5 %.", BlockKind.LIST_ITEM),
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert [r.values.percent for r in rows] == [Decimal("99.9"), Decimal("99.5")]


def test_an_insurance_list_stays_one_demand_with_its_sublimits(ruleset: RuleSet) -> None:
    """Only grids are itemised: the items of an insurance demand are its sub-limits."""
    piece = _piece(
        "Le titulaire souscrit une assurance responsabilité civile professionnelle couvrant :",
        ("les dommages corporels : 2 000 000 € par sinistre ;", BlockKind.LIST_ITEM),
        ("les dommages immatériels : 500 000 € par sinistre.", BlockKind.LIST_ITEM),
    )
    assert len(_of("insurance.rc_pro", _requirements(piece, ruleset))) == 1


def test_co_contractors_included_in_the_holder_demand_their_insurance(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 12 - Assurances", BlockKind.HEADING),
        "Tout titulaire (mandataire et cotraitants inclus) doit justifier, dans un délai de 15 "
        "jours, qu'il est titulaire d'une assurance de responsabilité civile professionnelle.",
    )
    assert _of("insurance.subcontractors", _requirements(piece, ruleset))


def test_an_item_is_due_when_the_sentence_introducing_its_list_says(ruleset: RuleSet) -> None:
    piece = _piece(
        "Documents à produire à l'appui des candidatures par le candidat :",
        ("Preuve d'une assurance pour les risques professionnels ;", BlockKind.LIST_ITEM),
        ("Formulaire DC2.", BlockKind.LIST_ITEM),
    )
    (certificate,) = _of("insurance.certificate", _requirements(piece, ruleset))
    assert certificate.values.moment == "candidature"


def test_an_item_is_due_when_the_title_of_its_article_says(ruleset: RuleSet) -> None:
    piece = _piece(
        ("5.1 Éléments nécessaires à la sélection des candidatures", BlockKind.HEADING),
        "Chaque candidat produit les pièces suivantes :",
        ("5.1.2 Capacité", BlockKind.HEADING),
        (
            "Attestation d'assurance : preuve d'une assurance pour les risques professionnels.",
            BlockKind.LIST_ITEM,
        ),
    )
    (certificate,) = _of("insurance.certificate", _requirements(piece, ruleset))
    assert certificate.values.moment == "candidature"


def test_a_later_chat_message_sets_the_earlier_value_aside(ruleset: RuleSet) -> None:
    piece = _piece(
        "[09:40] Bruno Kerjean : Le titulaire notifie les violations de données sous 48 h.",
        "[09:44] Julien Ferrand : ok",
        "[10:05] Bruno Kerjean : Correction : le titulaire notifie les violations de données "
        "sous 24 h, pas 48 h.",
        "[10:12] Bruno Kerjean : Vous nous notifierez donc les violations de données.",
        path="export_teams.txt",
    )
    (breach,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert breach.values.hours == 24
    assert breach.sources[0].clause == "10:05"


def test_the_covers_a_certificate_sentence_names_restate_their_demands(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 9 - Assurances", BlockKind.HEADING),
        "Le titulaire est assuré en responsabilité civile professionnelle à hauteur de "
        "2 000 000 € par sinistre.",
        ("Article 10 - Attestations", BlockKind.HEADING),
        "Le titulaire doit remettre l'attestation d'assurance de responsabilité civile "
        "professionnelle avant la notification.",
    )
    requirements = _requirements(piece, ruleset)
    (rc_pro,) = _of("insurance.rc_pro", requirements)
    assert rc_pro.sources[0].clause == "9"
    assert _of("insurance.certificate", requirements)[0].sources[0].clause == "10"


def test_an_e_mail_sets_a_point_of_its_attachment_anew(ruleset: RuleSet) -> None:
    """The sentence saying which point it overrides demands nothing itself."""
    attachment = _piece(
        ("6 Hébergement", BlockKind.HEADING),
        "Le site et ses données sont hébergés dans l'Union européenne.",
        path="mail.eml!/cahier_des_charges.docx",
    )
    mail = _piece(
        ("2) Hébergement :", BlockKind.HEADING),
        "Le site et ses données devront être hébergés en France. Cette exigence prévaut sur "
        "la première phrase du point 6 ; le reste du point 6 est inchangé.",
        path="mail.eml",
    )
    findings = detect_piece(mail, ruleset) + detect_piece(attachment, ruleset)
    (location,) = _of("gdpr.data_location", merge(findings, [mail.path, attachment.path]))
    assert location.values.zone == "FR"
    assert [s.path for s in location.sources] == [mail.path, attachment.path]


def test_one_clause_bounding_data_twice_is_one_location_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        ("6.1 Data location", BlockKind.HEADING),
        "Customer Personal Data shall be stored and processed exclusively in data centres "
        "located in France (Bordeaux and Lyon), under the Provider's own operation.",
        "The Provider shall not transfer Customer Personal Data outside the European Union.",
        path="dpa.txt",
    )
    (location,) = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert location.values.zone == "FR"


def test_a_faq_question_naming_the_demand_is_its_main_place(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Trust Center", BlockKind.HEADING),
        "Updated in February: we now notify customers of personal data breaches within 48 hours.",
        ("How quickly will you tell us about a personal data breach?", BlockKind.HEADING),
        "We notify you within 48 hours of becoming aware of a personal data breach.",
        path="trust_center.html",
    )
    (breach,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert breach.sources[0].heading == "How quickly will you tell us about a personal data breach?"


def test_what_a_definitions_clause_says_demands_nothing(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 1 - Définitions", BlockKind.HEADING),
        "Transfert de données : tout transfert de données personnelles hors de l'Union "
        "européenne doit être autorisé par le responsable de traitement.",
        ("Article 9 - Localisation", BlockKind.HEADING),
        "Le titulaire héberge les données exclusivement dans l'Union européenne.",
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["9"]


def test_a_duty_of_the_controller_after_a_label_is_no_demand(ruleset: RuleSet) -> None:
    """The sentence opens after its label: "Portabilité des données : Le responsable…"."""
    piece = _piece(
        "Portabilité des données : Le responsable de traitement doit assurer la restitution "
        "des données dans un format standard à la fin du contrat.",
    )
    assert not _of("cloud.reversibility", _requirements(piece, ruleset))


def test_the_name_of_a_data_subject_right_is_no_demand_even_with_a_modal(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        "Les personnes concernées doivent pouvoir exercer leurs droits à l'effacement de "
        "leurs données.",
        "Le titulaire supprime toutes les données à la fin du contrat.",
    )
    rows = _of("gdpr.data_deletion", _requirements(piece, ruleset))
    assert [r.text for r in rows] == [
        "Le titulaire supprime toutes les données à la fin du contrat."
    ]


def test_two_rows_of_a_penalty_grid_with_the_same_amount_stay_two_rows(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 18 - Pénalités", BlockKind.HEADING),
        "Le montant des pénalités est fixé comme suit :",
        ("Désignation des pénalités | Montant", BlockKind.TABLE_ROW),
        (
            "Retard dans l'exécution d'un bon de commande | 50 € par jour de retard",
            BlockKind.TABLE_ROW,
        ),
        ("Retard dans le test annuel du PRA | 50 € par jour de retard", BlockKind.TABLE_ROW),
    )
    rows = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert len(rows) == 2


def test_the_article_is_cited_before_the_standard_clauses_annexed_to_it(
    ruleset: RuleSet,
) -> None:
    """The CCAP's article names the audit; the model clauses reproduced in its annex oblige in
    the same words as every DPA: the article is where the buyer makes the demand."""
    piece = _piece(
        ("Article 4 - Données personnelles", BlockKind.HEADING),
        "Le pouvoir adjudicateur pourra réaliser des audits et des inspections chez le titulaire.",
        ("Annexe 2 - Clauses contractuelles types", BlockKind.HEADING),
        "Le sous-traitant permet la réalisation d'audits des activités de traitement.",
    )
    (row,) = _of("gdpr.audit", _requirements(piece, ruleset))
    assert row.sources[0].clause == "4"


def test_a_word_table_of_contents_without_page_numbers_demands_nothing(ruleset: RuleSet) -> None:
    """Its entries are paragraphs of their own ("2." then "Niveau de notification des
    incidents"): no leaders, no page numbers, only the title says what they are."""
    piece = _piece(
        ("1 - Table des matières", BlockKind.HEADING),
        ("1.", BlockKind.LIST_ITEM),
        "Niveau de notification des violations de données personnelles",
        ("2.", BlockKind.LIST_ITEM),
        "Localisation des données en France",
        ("2 - Sécurité", BlockKind.HEADING),
        "Le titulaire notifie toute violation de données personnelles sous 24 heures.",
    )
    requirements = _requirements(piece, ruleset)
    assert not _of("gdpr.data_location", requirements)
    (breach,) = _of("gdpr.breach_notification", requirements)
    assert breach.sources[0].clause == "2"


def test_questions_of_a_response_grid_demand_only_the_level_their_cell_imposes(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Partie 4 - Sécurité", BlockKind.HEADING),
        ("N° | Question / exigence | Réponse du candidat", BlockKind.TABLE_ROW),
        (
            "Q4.1 | Le candidat précise les mesures de journalisation des accès qu'il prévoit.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Q4.3 | (E) Indiquez le délai dans lequel vous informez la Communauté d'une violation "
            "de données personnelles. Ce délai ne peut excéder quarante-huit heures.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Q5.2 | Listez les sous-traitants envisagés. (E) Tout nouveau sous-traitant ultérieur "
            "est soumis à l'accord écrit préalable de la Communauté.",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    assert not _of("gdpr.access_logging", requirements)
    (breach,) = _of("gdpr.breach_notification", requirements)
    assert (breach.sources[0].clause, breach.values.hours) == ("Q4.3", 48)
    assert breach.text.endswith("Ce délai ne peut excéder quarante-huit heures.")
    # The second sentence of a cell is cited by its row's reference too.
    (subprocessors,) = _of("gdpr.subprocessor_authorization", requirements)
    assert subprocessors.sources[0].clause == "Q5.2"


MAIL = """De : Hélène Martin <h.martin@client.example>
Envoyé : mardi 17 février 2026 09:42
À : Julien Roux <julien@studio.example>
Objet : RE: exigences du contrat

Bonjour Julien,

Voici la liste définitive ; elle annule et remplace mon message précédent.

1. RC Pro : nous demandons finalement une assurance responsabilité civile professionnelle
d'un montant minimum de 1 000 000 € par sinistre.

2. Disponibilité : nous ne vous demandons pas d'engagement de disponibilité.

-----Message d'origine-----
De : Julien Roux <julien@studio.example>
Envoyé : jeudi 5 février 2026 18:05
Objet : RE: exigences du contrat

> Bonjour Hélène,
>> a) RC Pro d'au moins 500 000 € par sinistre ;
>> b) disponibilité de la boutique garantie à 99,9 % ;
"""


def test_an_e_mail_thread_demands_what_its_newest_message_says(write, ruleset: RuleSet) -> None:
    result = check([write("courriel.txt", MAIL)], ruleset=ruleset)
    (rc_pro,) = [r for r in result.requirements if r.kind == "insurance.rc_pro"]
    assert rc_pro.values.amount is not None and rc_pro.values.amount.value == 1_000_000
    assert rc_pro.sources[0].clause == "1"
    assert not [r for r in result.requirements if r.kind == "cloud.sla"]


def test_the_name_a_contract_gives_its_supplier_is_not_a_third_party_host(
    ruleset: RuleSet,
) -> None:
    cited = _cited(
        "cloud.hosting_subcontractor",
        ruleset,
        "Vitalcloud SAS, ci-après « l'Hébergeur », d'une part, et la Clinique, d'autre part.",
        ("Article 5 - Continuité", BlockKind.HEADING),
        "L'Hébergeur garantit une disponibilité mensuelle de 99,95 %.",
        ("Article 6 - Prestataires", BlockKind.HEADING),
        "Le recours à tout autre prestataire d'infrastructure est soumis à l'accord écrit "
        "préalable de la Clinique.",
    )
    assert cited == ["6"]


def test_a_sentence_naming_a_host_beside_the_partys_name_still_demands(
    ruleset: RuleSet,
) -> None:
    cited = _cited(
        "cloud.hosting_subcontractor",
        ruleset,
        "Vitalcloud SAS, ci-après « l'Hébergeur », d'une part, et la Clinique, d'autre part.",
        ("Article 5 - Hébergement", BlockKind.HEADING),
        "L'Hébergeur exploite ses propres centres de données et ne recourt à aucun fournisseur "
        "tiers d'informatique en nuage pour l'hébergement des Données.",
    )
    assert cited == ["5"]


def test_the_supplier_a_contract_names_by_its_own_name_is_not_a_third_party_host(
    ruleset: RuleSet,
) -> None:
    cited = _cited(
        "cloud.hosting_subcontractor",
        ruleset,
        "Le présent contrat est établi entre Cloud Temple, société par actions simplifiée dont "
        "le siège est à Puteaux (ci-après désignée le « Prestataire »), et le Client.",
        ("Article 2 - Services", BlockKind.HEADING),
        "Les services proposés par Cloud Temple sont exploités depuis ses centres de données.",
        ("Article 6 - Prestataires", BlockKind.HEADING),
        "Le recours à tout autre prestataire d'infrastructure est soumis à l'accord écrit "
        "préalable du Client.",
    )
    assert cited == ["6"]


def test_the_supplier_a_contract_signs_for_by_its_own_name_is_not_a_third_party_host(
    ruleset: RuleSet,
) -> None:
    """A provider's own service agreement names itself in its signature block (« Pour Cloud
    Temple, le PRESTATAIRE ») or as the processor (« Cloud Temple opère en tant que
    sous-traitant »), not in a « ci-après » clause."""
    for naming in (
        "Pour Cloud Temple, le PRESTATAIRE",
        "Cloud Temple opère en tant que sous-traitant pour le compte de ses clients.",
    ):
        cited = _cited(
            "cloud.hosting_subcontractor",
            ruleset,
            ("Article 2 - Services", BlockKind.HEADING),
            "Les collaborateurs de Cloud Temple intervenant sur le service opèrent depuis les "
            "agences de Cloud Temple, toutes situées exclusivement en France.",
            ("Article 6 - Prestataires", BlockKind.HEADING),
            "Le recours à tout autre prestataire d'infrastructure est soumis à l'accord écrit "
            "préalable du Client.",
            naming,
        )
        assert cited == ["6"], naming


def test_a_version_history_recounts_and_demands_nothing(ruleset: RuleSet) -> None:
    piece = _piece(
        ("0 - Historique des versions", BlockKind.HEADING),
        "Version 3.0 du 5 janvier 2026 : exigence SecNumCloud pour les données sensibles.",
        ("Article 4 - Hébergement", BlockKind.HEADING),
        "Le prestataire doit :",
        (
            "recourir à un service qualifié SecNumCloud pour les données sensibles ;",
            BlockKind.LIST_ITEM,
        ),
        ("tenir à jour la liste de ses hébergeurs.", BlockKind.LIST_ITEM),
    )
    rows = _of("cloud.secnumcloud", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["4"]


def test_a_ticket_closed_by_its_status_field_demands_nothing(ruleset: RuleSet) -> None:
    """A ticket rejected by the committee, or closed as the duplicate of another, asks nothing
    of its own; a ticket in progress does, and its "Commentaires :" label opens the comments
    instead of continuing its last criterion."""
    piece = _piece(
        ("CONF-106 — Notification des violations", BlockKind.HEADING),
        "Statut : Validé",
        "Le titulaire notifie toute violation de données sous 24 heures",
        "Commentaires :",
        "La V1 disait 72 heures.",
        ("CONF-112 — Qualification SecNumCloud", BlockKind.HEADING),
        "Type : Exigence",
        "Statut : Rejeté",
        "Exiger un hébergement sur une offre qualifiée SecNumCloud.",
        ("CONF-118 — Délai de notification", BlockKind.HEADING),
        "Statut : Doublon",
        "Le titulaire notifie toute violation de données dans un délai de 48 heures.",
        path="export.txt",
    )
    found = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause, r.values.hours) for r in found] == [
        ("gdpr.breach_notification", "CONF-106", 24)
    ]


def test_an_article_an_amendment_deletes_demands_nothing(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 1er — Modifications du CCAP", BlockKind.HEADING),
        "1° L'article 12, relatif au plafonnement de la responsabilité du titulaire, est "
        "supprimé ;",
        "2° À l'article 14.1, relatif aux pénalités de retard, les mots : « 100 € HT par jour "
        "de retard » sont remplacés par les "
        "mots : « 250 € HT par jour de retard » ;",
        "3° À l'article 14.3, les mots : « , dans la limite de 5 % du montant du marché » sont "
        "supprimés.",
        path="rectificatif.txt",
    )
    found = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause) for r in found] == [("contract.delay_penalties", "14.1")]


def test_under_an_audit_finding_only_the_corrective_action_demands(ruleset: RuleSet) -> None:
    """What an audit found ("Constat : …") and its observations state what is; the corrective
    action required is the demand, and the summary table's row joins it."""
    piece = _piece(
        ("2 Synthèse des écarts", BlockKind.HEADING),
        (
            "Écart n° 5 | Mineur | Traçabilité | Journaux d'accès conservés 12 mois | 60 jours",
            BlockKind.TABLE_ROW,
        ),
        ("3 Constats détaillés", BlockKind.HEADING),
        ("Écart n° 5 (mineur) — Conservation des journaux", BlockKind.HEADING),
        "Constat : les journaux d'accès aux données de paie ne sont conservés que trente jours.",
        "Action corrective exigée : journaliser tous les accès aux données de paie et conserver "
        "ces journaux pendant au moins douze mois.",
        ("Observation n° 1 — Hébergement principal", BlockKind.HEADING),
        "La production est hébergée chez OVHcloud, en France.",
        path="rapport_audit.txt",
    )
    found = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause) for r in found] == [("gdpr.access_logging", "Écart 5")]
    assert found[0].text.startswith("Action corrective exigée")
    assert len(found[0].sources) == 2  # the row of the summary table, cited by its finding


def test_the_buyers_part_of_a_contract_demands_nothing_of_the_supplier(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("12.2 Responsabilité du Prestataire", BlockKind.HEADING),
        "Le Prestataire souscrit une assurance de responsabilité civile professionnelle.",
        ("12.3 Responsabilité du CLIENT", BlockKind.HEADING),
        "Lorsque le CLIENT agit pour le compte de tiers, il s'engage à souscrire une assurance "
        "responsabilité civile auprès d'un assureur reconnu.",
        "de respecter la PGSSI-S si la prestation concerne des données de santé, conformément "
        "au référentiel HDS.",
        ("12.4 Obligations du Client et du Prestataire", BlockKind.HEADING),
        "Le Prestataire notifie au Client toute violation de données sous 48 heures.",
    )
    found = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause) for r in found] == [
        ("insurance.rc_pro", "12.2"),
        ("gdpr.breach_notification", "12.4"),
    ]


def test_a_dpa_states_its_processor_terms_once_however_many_clauses_say_them(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Article 4 - Obligations du sous-traitant", BlockKind.HEADING),
        "Le sous-traitant traite les données uniquement sur instruction documentée du "
        "responsable de traitement.",
        ("Article 5 - Description des traitements", BlockKind.HEADING),
        "Le sous-traitant est autorisé à traiter pour le compte du responsable de traitement "
        "les données nécessaires au service.",
        ("Article 14 - Responsabilité", BlockKind.HEADING),
        "Le responsable de traitement et le sous-traitant sont tenus des obligations de "
        "l'article 28 du RGPD.",
    )
    rows = _of("gdpr.processor_agreement", _requirements(piece, ruleset))
    assert len(rows) == 1
    assert {s.clause for s in rows[0].sources} >= {"4", "5"}


def test_an_obligation_under_the_title_of_another_kind_names_its_kind_in_passing(
    ruleset: RuleSet,
) -> None:
    """Under "6 – Audit", a duty to show compliance with art. 28 is the audit's; the processor
    terms are quoted from the article that commits the provider as processor."""
    piece = _piece(
        ("Article 6 - Audit", BlockKind.HEADING),
        "Le prestataire s'engage à permettre au client de consulter les documents attestant le "
        "respect des obligations de l'article 28 du RGPD.",
        ("Article 13 - RGPD", BlockKind.HEADING),
        "Agissant en qualité de sous-traitant au sens de l'article 28 du RGPD, le prestataire "
        "s'engage à assurer la traçabilité des traitements.",
    )
    (row,) = _of("gdpr.processor_agreement", _requirements(piece, ruleset))
    assert row.sources[0].clause == "13"


def test_under_the_award_criteria_only_what_obliges_is_a_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 6 - Jugement des offres", BlockKind.HEADING),
        "Sous-critère 3 : processus de gestion des incidents (SLA, délais de réponse et de "
        "résolution) 10 %",
        "Le candidat retenu doit garantir un taux de disponibilité de 99,9 % par mois.",
    )
    (row,) = _of("cloud.sla", _requirements(piece, ruleset))
    assert row.values.percent == Decimal("99.9")


def test_a_schedule_numbered_afresh_is_not_under_the_body_s_clause_of_that_number(
    ruleset: RuleSet,
) -> None:
    """Schedule 5's "1.1" is not a paragraph of the body's "1 Definitions"."""
    piece = _piece(
        ("1 Definitions and interpretation", BlockKind.HEADING),
        "1.1 In this Agreement, Service Period means one calendar month.",
        ("Schedule 5 – Service levels", BlockKind.HEADING),
        "1.1 The Supplier shall ensure that the portal is available at least 99.8% of the time.",
    )
    (row,) = _of("cloud.sla", _requirements(piece, ruleset))
    assert row.values.percent == Decimal("99.8")


def test_a_clause_written_in_english_then_in_french_is_one_demand(ruleset: RuleSet) -> None:
    """A Canadian contract prints each clause in both languages under one number; the French
    text may state a value the English leaves implicit."""
    piece = _piece(
        ("7 Liquidated damages / Dommages-intérêts", BlockKind.HEADING),
        "7.1 If the Contractor fails to complete the migration on time, it must pay Canada "
        "liquidated damages of CAD $500 for each calendar day of delay.",
        "7.1 Si l'entrepreneur n'achève pas la migration à temps, il doit verser au Canada des "
        "dommages-intérêts de 500 $ CA par jour civil de retard.",
        path="contract.docx",
    )
    (row,) = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert row.values.amount == Money(Decimal(500), "CAD")


def test_a_paragraph_is_read_under_its_own_title_and_its_article_s(ruleset: RuleSet) -> None:
    """ "Les attestations" under "5.4 Renouvellement" of "Article 5 – Assurances" are the
    insurance certificates; under an article titled "Plan d'Assurance" (a quality plan) they are
    not."""
    insured = _piece(
        ("Article 5 - Assurances", BlockKind.HEADING),
        ("5.4 Renouvellement", BlockKind.HEADING),
        "Le titulaire produit chaque année avant le 31 janvier les attestations couvrant "
        "l'année en cours.",
    )
    quality = _piece(
        ("Article 6 - Plan d'Assurance", BlockKind.HEADING),
        ("6.3 Audit des prestations", BlockKind.HEADING),
        "Le titulaire produit chaque année avant le 31 janvier les attestations couvrant "
        "l'année en cours.",
    )
    assert [
        r.sources[0].clause for r in _of("insurance.certificate", _requirements(insured, ruleset))
    ] == ["5.4"]
    assert _of("insurance.certificate", _requirements(quality, ruleset)) == []


def test_what_is_wished_for_but_not_required_is_recommended(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 13 - Assurances", BlockKind.HEADING),
        "Une assurance cyber serait appréciée, mais ce n'est pas obligatoire.",
    )
    (row,) = _of("insurance.cyber", _requirements(piece, ruleset))
    assert row.recommended


def test_a_reservation_sets_aside_the_general_condition_it_replaces(ruleset: RuleSet) -> None:
    """A quote signed "sous réserve" of the client's conditions; its general conditions, on the
    back, open each paragraph on their reference."""
    piece = _piece(
        "Bon pour accord sous réserve des conditions suivantes :",
        "4) Par dérogation à l'article CG-7, toute violation de données personnelles est "
        "notifiée à l'Office sous vingt-quatre (24) heures.",
        "CG-7 Données personnelles. Le Prestataire agit en qualité de sous-traitant et notifie "
        "au client toute violation de données dans les meilleurs délais.",
        path="devis.pdf",
    )
    (row,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert row.values.hours == 24
    assert row.text.startswith("Par dérogation")


def test_the_article_titled_with_the_kind_is_cited_first(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 3 - Sécurité", BlockKind.HEADING),
        "Le titulaire s'engage à restituer les données dans un format ouvert à la fin du marché.",
        ("Article 12 - Réversibilité", BlockKind.HEADING),
        "Le titulaire s'engage à mettre en œuvre un plan de réversibilité.",
    )
    (row,) = _of("cloud.reversibility", _requirements(piece, ruleset))
    assert row.sources[0].clause == "12"


def test_the_article_titled_with_the_kind_is_cited_before_an_obligation_in_passing(
    ruleset: RuleSet,
) -> None:
    """A specification states its demands in the indicative under the article titled with the
    kind; an obligation elsewhere that names the kind in passing is not where it is demanded."""
    piece = _piece(
        ("Article 4 - Exploitation", BlockKind.HEADING),
        "Le titulaire devra mener ces opérations en veillant à la traçabilité des accès.",
        ("Article 7 - Journalisation et traçabilité", BlockKind.HEADING),
        "Les accès d'administration font l'objet d'une journalisation horodatée conservée "
        "douze mois.",
    )
    (row,) = _of("gdpr.access_logging", _requirements(piece, ruleset))
    assert row.sources[0].clause == "7"


def test_the_title_of_the_whole_document_is_not_where_its_kind_is_demanded(
    ruleset: RuleSet,
) -> None:
    """ "DATA PROCESSING ADDENDUM" names the kind over the preamble; the numbered clause that
    obliges is where the processor terms are demanded."""
    piece = _piece(
        ("DATA PROCESSING ADDENDUM", BlockKind.HEADING),
        'This Data Processing Addendum ("DPA") forms part of the Subscription Agreement.',
        ("2 Processing of Personal Data", BlockKind.HEADING),
        "2.1 The Processor shall process Personal Data only on documented instructions from the "
        "Controller, as a processor within the meaning of Article 28 GDPR.",
    )
    (row,) = _of("gdpr.processor_agreement", _requirements(piece, ruleset))
    assert row.sources[0].clause == "2.1"


def test_a_provider_disclosing_it_may_be_subject_to_the_cloud_act_promises_no_immunity(
    ruleset: RuleSet,
) -> None:
    text = (
        "Nimbara is headquartered in the United States and may be subject to U.S. laws, "
        "including the CLOUD Act, that could require disclosure of data."
    )
    assert not [f for f in detect_text(text, ruleset, "en") if f.kind == "cloud.extraterritorial"]


def test_a_paragraph_naming_a_cover_with_its_own_limit_is_a_demand_of_its_own(
    ruleset: RuleSet,
) -> None:
    """Within one clause, a bare mention completes only what it stands beside in its
    paragraph: a list of covers, one per paragraph, is one row per cover."""
    automobile = (
        "Automobile and Truck Liability Insurance: $2,000,000 combined single limit for bodily "
        "injury and property damage."
    )
    carriers = 'All insurance carriers shall have a minimum of "A-" A.M. Best rating.'
    umbrella = "Umbrella liability coverage in an amount not less than $3,000,000 per occurrence."
    piece = _piece(automobile, carriers, umbrella, path="contract.txt")
    quoted = {r.text for r in _requirements(piece, ruleset) if r.kind.startswith("insurance.")}
    assert {automobile, carriers, umbrella} <= quoted


def test_a_paragraph_or_sentence_carrying_its_own_code_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("4.1 Certification et localisation", BlockKind.HEADING),
        "Les données sont hébergées exclusivement en France (EXG-HEB-02). Le titulaire informe "
        "l'acheteur de tout changement de site.",
        ("Questions et réponses", BlockKind.HEADING),
        "Q4 Le délai de notification peut-il être porté à 72 heures ?",
        "R4 Non. Le titulaire notifie toute violation de données personnelles dans un délai "
        "de 24 heures.",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["EXG-HEB-02"]
    assert [r.sources[0].clause for r in _of("gdpr.breach_notification", requirements)] == ["R4"]


def test_the_short_name_of_a_law_is_no_code_of_the_sentence(ruleset: RuleSet) -> None:
    """ "the Personal Data Protection Act (ZVOP-2)" names a law; the clause cites the demand."""
    processing = (
        "The Provider processes personal data on behalf of the Buyer as processor within the "
        "meaning of Article 28 GDPR and of the Personal Data Protection Act (ZVOP-2), only on "
        "the documented instructions of the Buyer."
    )
    heading = ("10.1 Processing of personal data", BlockKind.HEADING)
    assert _cited("gdpr.processor_agreement", ruleset, heading, processing) == ["10.1"]


def test_a_cap_on_the_penalties_is_no_penalty_of_its_own(ruleset: RuleSet) -> None:
    cited = _cited(
        "contract.delay_penalties",
        ruleset,
        ("9.1 Pénalités de retard", BlockKind.HEADING),
        "Tout retard d'exécution donne lieu à une pénalité de 300 € HT par jour calendaire.",
        ("9.2 Plafond", BlockKind.HEADING),
        "Le montant cumulé des pénalités de retard d'une commande ne peut excéder 10 % de son "
        "montant.",
        ("9.3 Retard de livraison des correctifs", BlockKind.HEADING),
        "Une pénalité de 50 € par jour de retard est appliquée, les pénalités étant plafonnées à "
        "5 % du bon de commande.",
    )
    assert cited == ["9.1", "9.3"]


def test_a_titled_sub_article_opening_on_a_pronoun_goes_on_from_the_one_before(
    ruleset: RuleSet,
) -> None:
    """« VI.4 Renouvellement — Il en justifie ensuite chaque année » speaks of the certificate
    VI.3 asks for; « CG-4 Sécurité — … en communique le certificat » after an article on the
    client's own premises does not."""
    cited = _cited(
        "insurance.certificate",
        ruleset,
        ("VI.3 Attestation", BlockKind.HEADING),
        "Le titulaire remet une attestation d'assurance dans un délai de quinze jours à compter "
        "de la notification du marché.",
        ("VI.4 Renouvellement", BlockKind.HEADING),
        "Il en justifie ensuite chaque année, avant le 31 janvier, pendant la durée du marché.",
        ("VI.5 Obligations du Client", BlockKind.HEADING),
        "Le Client assure ses propres locaux contre les risques d'incendie et de vol.",
        ("VI.6 Sécurité", BlockKind.HEADING),
        "Le Prestataire maintient sa certification ISO/IEC 27001 et en communique le certificat "
        "au Client à chaque renouvellement.",
    )
    assert cited == ["VI.3", "VI.4"]


def test_a_further_level_in_the_next_sentence_is_a_service_level_of_its_own(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("3.4 Disponibilité", BlockKind.HEADING),
        "La disponibilité de la plateforme est d'au moins 99,9 % mesurée sur le mois civil. Elle "
        "est portée à 99,95 % pendant les périodes de forte affluence.",
    )
    levels = _of("cloud.sla", _requirements(piece, ruleset))
    assert sorted(r.values.percent for r in levels) == [Decimal("99.9"), Decimal("99.95")]


_SPECIAL_CONDITIONS = (
    "GCC 22 Data Protection",
    "GCC 22.3 The Supplier shall notify the Purchaser of any personal data breach within "
    "seventy-two (72) hours.",
    "Section 4 Special Conditions of Contract",
    ("SCC | GCC amended | Special Condition", BlockKind.TABLE_ROW),
    (
        "SCC 22.3 | GCC 22.3 | The Supplier shall notify the Purchaser of any personal data "
        "breach within twenty-four (24) hours.",
        BlockKind.TABLE_ROW,
    ),
)
_TABLE_OF_AMENDMENTS = (
    ("Article 2 – Modifications", BlockKind.HEADING),
    ("Article | Rédaction initiale | Nouvelle rédaction", BlockKind.TABLE_ROW),
    (
        "7.3 | Le titulaire notifie toute violation de données dans un délai de 72 heures. | "
        "Le titulaire notifie toute violation de données dans un délai de 24 heures.",
        BlockKind.TABLE_ROW,
    ),
)

_TABLE_OF_VARIATIONS = (
    ("4 Variations", BlockKind.HEADING),
    ("Clause | Existing wording | Varied wording", BlockKind.TABLE_ROW),
    (
        "18.6 | The Contractor must notify any data breach within 72 hours. | The Contractor "
        "must notify any data breach within 24 hours.",
        BlockKind.TABLE_ROW,
    ),
)


@pytest.mark.parametrize(
    ("lines", "cited"),
    [
        (_SPECIAL_CONDITIONS, "SCC 22.3"),
        (_TABLE_OF_AMENDMENTS, "7.3"),
        (_TABLE_OF_VARIATIONS, "18.6"),
    ],
    ids=[
        "special condition over the general one",
        "new wording beside the former one",
        "varied wording beside the existing one",
    ],
)
def test_the_wording_that_sets_another_aside_is_the_one_read(
    lines: tuple[str | tuple[str, BlockKind], ...], cited: str, ruleset: RuleSet
) -> None:
    """A row naming in its « GCC amended » column the general condition it changes sets that
    condition aside; in a table of amendments, the former wording beside the new one is not
    read."""
    breaches = _of("gdpr.breach_notification", _requirements(_piece(*lines), ruleset))
    assert [(r.sources[0].clause, r.values.hours) for r in breaches] == [(cited, 24)]


def test_a_preamble_introducing_the_parties_demands_nothing(ruleset: RuleSet) -> None:
    cited = _cited(
        "cloud.secnumcloud",
        ruleset,
        ("Préambule", BlockKind.HEADING),
        "Le présent contrat est conclu entre Nuvalis et toute entité qui souscrit à ses services "
        "d'hébergement qualifiés SecNumCloud.",
        ("Article 5 – Durée", BlockKind.HEADING),
        "Le contrat est conclu pour une durée de trois ans.",
    )
    assert cited == []


def test_a_data_sheet_entry_gives_its_clause_the_value_it_leaves_open(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 36 – Assurances", BlockKind.HEADING),
        "36.1 Le titulaire souscrit une assurance de responsabilité civile professionnelle dont "
        "le montant minimal est fixé par les données particulières.",
        ("Données particulières de l'appel d'offres", BlockKind.HEADING),
        "IC 36.1 Montant minimal de l'assurance de responsabilité civile professionnelle : "
        "500 000 000 FCFA par sinistre.",
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "36.1"
    assert rc_pro.values.amount is not None and rc_pro.values.amount.value == 500_000_000


def test_a_numbered_question_of_a_grid_is_cited_by_its_number(ruleset: RuleSet) -> None:
    piece = _piece(
        ("7 - Assurances", BlockKind.HEADING),
        ("Question | Réponse attendue", BlockKind.TABLE_ROW),
        (
            "7.1 Êtes-vous couvert par une assurance de responsabilité civile professionnelle ? "
            "| Oui, obligatoire : 1 000 000 € par sinistre.",
            BlockKind.TABLE_ROW,
        ),
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "7.1"


def test_a_row_of_side_by_side_versions_is_cited_by_its_article_number(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Version française | English version", BlockKind.TABLE_ROW),
        (
            "6. Sous-traitants ultérieurs Nubescia ne recrute aucun autre sous-traitant sans "
            "l'autorisation écrite préalable d'Ombelle. | 6. Further sub-processors Nubescia "
            "shall not engage any other sub-processor without Ombelle's prior written consent.",
            BlockKind.TABLE_ROW,
        ),
        ("3 000 000 € | par sinistre et par année d'assurance", BlockKind.TABLE_ROW),
    )
    (row,) = _of("gdpr.subprocessor_authorization", _requirements(piece, ruleset))
    assert row.sources[0].clause == "6"


def test_the_mirrored_limits_of_two_parties_in_one_clause_stay_two_rows(ruleset: RuleSet) -> None:
    first = (
        "THE LIABILITY OF PRIMECALL FOR DAMAGES HEREUNDER, WHETHER IN CONTRACT, TORT OR ANY "
        "OTHER LEGAL THEORY, IS LIMITED TO, AND WILL NOT EXCEED, DELTATHREE'S DIRECT DAMAGES."
    )
    second = first.replace("PRIMECALL", "DELTATHREE", 1).replace("DELTATHREE'S", "PRIMECALL'S")
    piece = _piece(first, second, path="contract.txt")
    rows = _of("contract.liability_cap", _requirements(piece, ruleset))
    assert {r.text for r in rows} == {first, second}


def test_the_deletion_of_the_data_is_cited_before_their_mere_return(ruleset: RuleSet) -> None:
    piece = _piece(
        ("10. Fin du marché", BlockKind.HEADING),
        "10.1 À l'échéance, le titulaire restitue les données dans des formats ouverts.",
        "10.2 Le titulaire efface ensuite toutes les données de ses systèmes et en atteste.",
    )
    rows = _of("gdpr.data_deletion", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["10.2"]


def test_a_requirements_row_is_cited_by_its_code_after_a_domain_cell(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Domaine | N° | Exigence", BlockKind.TABLE_ROW),
        (
            "Hébergement | SEC-2.1 | Les données sont hébergées exclusivement dans l'Union "
            "européenne.",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["SEC-2.1"]


def test_the_wrapped_lines_of_a_markdown_paragraph_are_one_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "trust.md"
    page.write_text(
        "# Trust\n\nIntro.\n\n## Personal data\n\nWe act as your processor under\n"
        "Article 28 GDPR. Our DPA is part of the Terms of Service.\n\n"
        "- We notify customers of any personal data breach\n  within 48 hours.\n",
        encoding="utf-8",
    )
    result = check([page])
    cited = {(r.kind, r.sources[0].heading, r.sources[0].clause) for r in result.requirements}
    assert ("gdpr.breach_notification", "Personal data", None) in cited
    assert all(r.sources[0].clause is None for r in result.requirements)


def test_an_amendment_writing_out_new_articles_demands_what_they_say(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 3 – Assurances", BlockKind.HEADING),
        "L'article 11.1 du Contrat est remplacé par les dispositions suivantes : « 11.1 Le "
        "Prestataire maintient une assurance de responsabilité civile professionnelle de "
        "2 000 000 € par sinistre. » Il est inséré au Contrat un article 11.3 ainsi rédigé : "
        "« 11.3 Le Prestataire souscrit une assurance couvrant les cyber-risques de 1,5 M€. »",
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert {"insurance.rc_pro", "insurance.cyber"} <= kinds


def test_a_run_in_cover_name_takes_the_limit_its_paragraph_states(ruleset: RuleSet) -> None:
    findings = detect_text(
        "Employers' Liability Insurance. Occurrence based coverage with a limit of at least "
        "$10,000,000 per occurrence.",
        ruleset,
    )
    amounts = {f.values.amount.value for f in findings if f.values.amount is not None}
    assert amounts == {Decimal(10_000_000)}


def test_each_paragraph_limiting_liability_is_a_term_of_its_own(ruleset: RuleSet) -> None:
    piece = _piece(
        "In no event will either party be liable for indirect or consequential damages.",
        "It is the cumulative maximum for which the Supplier and its affiliates are "
        "collectively responsible.",
        path="msa.txt",
    )
    rows = _of("contract.liability_cap", _requirements(piece, ruleset))
    assert len(rows) == 2


def test_an_answer_numbered_r9_is_cited_by_its_number(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Q9. Quelles assurances demandons-nous ?", BlockKind.HEADING),
        "R9. Le prestataire doit être assuré en responsabilité civile professionnelle.",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["R9"]


def test_a_buyers_answer_demands_and_the_question_above_it_does_not(ruleset: RuleSet) -> None:
    piece = _piece(
        "QUESTION 1",
        "L'article 9.1 du CCAP demande une RC Pro de 3 000 000 EUR par sinistre. Pouvez-vous "
        "le revoir ?",
        "RÉPONSE 1",
        "Oui. Le titulaire justifie d'une assurance de responsabilité civile professionnelle "
        "d'au moins 1,5 M€ par sinistre.",
        path="reponses.txt",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [
        (r.sources[0].clause, r.values.amount.value if r.values.amount else None) for r in rows
    ] == [("1", Decimal(1_500_000))]


def test_requirement_and_piece_codes_opening_a_paragraph_cite_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Données", BlockKind.HEADING),
        "Exigence E-03 : Les données sont hébergées exclusivement dans l'Union européenne.",
        "P-05 – Attestation d'assurance responsabilité civile professionnelle valide.",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["E-03"]
    assert [r.sources[0].clause for r in _of("insurance.rc_pro", requirements)] == ["P-05"]


def test_a_list_of_pieces_naming_insurance_certificates_is_no_certificate(tmp_path: Path) -> None:
    grid = tmp_path / "bordereau.md"
    grid.write_text(
        "# Bordereau des pièces à fournir\n\n## Pièces\n\n"
        "| Pièce | Candidature | Observations |\n|---|---|---|\n"
        "| P-05 – Attestation d'assurance RC Pro | ✓ | En cours de validité, 1 M€ par sinistre |\n"
        "| P-08 – Attestation d'assurance multirisque | | Non demandée. |\n",
        encoding="utf-8",
    )
    result = check([grid])
    assert ("insurance.rc_pro", "P-05") in {
        (r.kind, r.sources[0].clause) for r in result.requirements
    }


def test_the_points_of_an_english_clause_with_their_own_modal_are_clauses(ruleset: RuleSet) -> None:
    piece = _piece(
        "6.1 The Supplier shall process personal data as a processor under Article 28 GDPR.",
        "6.2 Location and access:",
        "(a) Customer Personal Data shall be hosted only in the European Union;",
        "(b) support engineers may access Customer Personal Data remotely;",
        path="msa.txt",
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["6.2(a)"]


def test_an_instruction_of_a_template_in_brackets_is_a_question(ruleset: RuleSet) -> None:
    findings = detect_text(
        "« [Le candidat décrit sa politique de traçabilité des accès aux données.] »", ruleset
    )
    assert findings == []


def test_a_requirement_code_with_its_priority_cites_the_sentence(ruleset: RuleSet) -> None:
    piece = _piece(
        ("3. Hosting and security", BlockKind.HEADING),
        "The Supplier shall hold a current ISO/IEC 27001 certification (SR-03, Must). The "
        "Supplier shall host all data within the European Union (SR-04, Must).",
        path="sor.txt",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("cloud.iso27001", requirements)] == ["SR-03"]
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["SR-04"]


def test_a_form_line_opening_on_a_dotted_code_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 5 – Paiement", BlockKind.HEADING),
        "Le paiement intervient dans les trente jours.",
        ("Article 6 – Signature", BlockKind.HEADING),
        "Fait en un seul original.",
        ("A. Assurances", BlockKind.HEADING),
        "A.1 Responsabilité civile professionnelle (obligatoire) ☐ Oui ☐ Non Montant : "
        "........ € par sinistre (minimum exigé : 1 000 000 €)",
        path="ae.txt",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["A.1"]


def test_a_limitation_of_liability_does_not_join_a_bare_one_of_another_paragraph(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        "It is the cumulative maximum for which the Supplier and its affiliates are "
        "collectively responsible.",
        "In no event shall either party be liable for indirect or consequential damages.",
        path="msa.txt",
    )
    rows = _of("contract.liability_cap", _requirements(piece, ruleset))
    assert len(rows) == 2


def test_the_items_of_a_list_are_bound_by_the_obligation_that_introduces_them(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("4. Obligations du sous-traitant", BlockKind.HEADING),
        "4.1 Traitement conforme aux instructions",
        "Le sous-traitant s'engage à :",
        (
            "- traiter les données pour les seules finalités du contrat, comme sous-traitant "
            "au sens de l'article 28 du RGPD ;",
            BlockKind.LIST_ITEM,
        ),
        "5. Description des traitements",
        "Le sous-traitant est autorisé à traiter pour le compte du responsable de traitement les "
        "données nécessaires au service.",
    )
    rows = _of("gdpr.processor_agreement", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.role) for r in rows][:1] == [("4.1", "obligation")]


def test_a_row_with_its_own_code_is_a_service_level_of_its_own(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 8.1 – Calcul", BlockKind.HEADING),
        "Le titulaire garantit une disponibilité de la puissance de calcul de 99,99 %.",
        ("Article 8.4 – Stockage objet", BlockKind.HEADING),
        "Les engagements de disponibilité du stockage objet sont les suivants :",
        ("IC-STO-10.2 | Disponibilité de l'API de stockage | 99,99 %", BlockKind.TABLE_ROW),
    )
    places = sorted(
        r.sources[0].clause or "" for r in _of("cloud.sla", _requirements(piece, ruleset))
    )
    assert places == ["8.1", "IC-STO-10.2"]


def test_requirement_codes_of_several_parts_name_their_rows() -> None:
    from tenderguard.sentences import row_reference

    assert row_reference("EX-HEB-01 | L'hébergement est certifié HDS | O") == "EX-HEB-01"
    assert row_reference("Hébergement | EX-RGPD-03 | Aucun sous-traitant ultérieur") == "EX-RGPD-03"
    # a form's row numbered by part and line, its wording after the number
    assert row_reference("C.3 Qualification SecNumCloud du service | Exigée") == "C.3"
    # a point whose whole text stands in brackets, as a list marks a withdrawn item
    from tenderguard.sentences import opening_code

    assert opening_code("AR-11 (Withdrawn in version 3 - HDS no longer required)") == "AR-11"


def test_a_bilingual_row_opening_on_a_section_title_is_cited_by_its_first_point() -> None:
    """A contract in two columns, English and French: the cell « 4. Insurance 4.1 The
    Contractor… » holds the section's title and its first point; the row is point 4.1."""
    from tenderguard.sentences import row_reference

    row = "4. Insurance 4.1 The Contractor carries cover. | 4. Assurances 4.1 Le titulaire"
    assert row_reference(row) == "4.1"
    assert row_reference("4.2 Certificates are sent yearly. | 4.2 Les attestations") == "4.2"


def test_a_certificate_with_the_bid_and_then_every_year_is_two_demands(ruleset: RuleSet) -> None:
    """ "with the Response, and on each renewal": the certificate is due with the bid and again
    every year, two dates the bidder must keep; « à la signature, puis chaque année » is one
    certificate renewed, and a deadline counted from the buyer's request before notification
    one deadline."""
    piece = _piece(
        ("5 Insurance", BlockKind.HEADING),
        "The Respondent must provide a certificate of currency with the Response, and a renewed "
        "certificate within ten business days after each renewal of the policy.",
        ("6 Attestations", BlockKind.HEADING),
        "Le titulaire remet l'attestation d'assurance à la signature du contrat, puis chaque "
        "année.",
        ("7 Attributaire", BlockKind.HEADING),
        "L'attributaire pressenti remet, avant la notification du marché, une attestation "
        "d'assurance dans un délai de huit jours à compter de la demande de l'acheteur.",
    )
    moments = [
        (r.sources[0].clause, r.values.moment)
        for r in _of("insurance.certificate", _requirements(piece, ruleset))
    ]
    assert moments == [("5", "candidature"), ("5", "annual"), ("6", "annual"), ("7", "award")]


def test_a_schedule_row_naming_a_lettered_point_restates_it(ruleset: RuleSet) -> None:
    """ "Item 1 | Public liability (Clause 27.1(a)) | HK$10,000,000": the schedule's row is the
    point it names, cited after it, not a second demand."""
    piece = _piece(
        ("27 Insurance", BlockKind.HEADING),
        "27.1(a) The Contractor shall maintain public liability insurance for not less than "
        "HK$10,000,000 for any one occurrence.",
        ("Schedule 4 Schedule of insurance", BlockKind.HEADING),
        (
            "Item 1 | Public liability (Clause 27.1(a)) | HK$10,000,000 any one occurrence",
            BlockKind.TABLE_ROW,
        ),
    )
    (public,) = _of("insurance.rc_exploitation", _requirements(piece, ruleset))
    assert [s.clause for s in public.sources] == ["27.1(a)", "Item 1"]


def test_a_summary_row_naming_a_special_condition_restates_it(ruleset: RuleSet) -> None:
    """ "K-2 | Monthly uptime | 99.95% (SCC 8.1)": the row of a summary table is the special
    condition it names, cited after it."""
    piece = _piece(
        ("SCC 8 — Service levels", BlockKind.HEADING),
        "SCC 8.1 The MSP shall ensure an uptime of not less than 99.95% of the production "
        "environment in each month.",
        ("Annexure V-A Summary", BlockKind.HEADING),
        ("K-2 | Monthly uptime | 99.95% (SCC 8.1)", BlockKind.TABLE_ROW),
    )
    (uptime,) = _of("cloud.sla", _requirements(piece, ruleset))
    assert [s.clause for s in uptime.sources] == ["SCC 8.1", "K-2"]


def test_a_row_saying_not_demanded_in_a_grid_of_mandatory_pieces_is_a_waiver(
    ruleset: RuleSet,
) -> None:
    """« Attestation d'assurance cyber | Non exigée | Non » under « Pièce | Contenu |
    Obligatoire »: the row says the cover is not demanded, its column only repeats it; a row
    only answered « Non » in that column is still wished for."""
    piece = _piece(
        ("4.3 Tableau des pièces", BlockKind.HEADING),
        ("Pièce | Contenu | Obligatoire", BlockKind.TABLE_ROW),
        (
            "Attestation d'assurance cyber | Non exigée (voir Article 6.2.3) | Non",
            BlockKind.TABLE_ROW,
        ),
        (
            "Certificat ISO/IEC 27001 de l'hébergeur | Copie du certificat | Non",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    assert not _of("insurance.cyber", requirements)
    (iso,) = _of("cloud.iso27001", requirements)
    assert iso.recommended


def test_a_special_condition_setting_aside_a_general_one_by_its_code_replaces_it(
    ruleset: RuleSet,
) -> None:
    """« CP 3 – Assurances. Par dérogation à CG 8.1, le Prestataire justifie d'une assurance…
    de 3 000 000 € » over « CG 8.1 – … 1 500 000 € »: the special condition, titled in its
    line, is the demand; the general one it sets aside is no longer one."""
    piece = _piece(
        ("PARTIE I – CONDITIONS PARTICULIÈRES", BlockKind.HEADING),
        "CP 3 – Assurances. Par dérogation à CG 8.1, le Prestataire justifie d'une assurance de "
        "responsabilité civile professionnelle de 3 000 000 € par sinistre.",
        ("PARTIE II – CONDITIONS GÉNÉRALES", BlockKind.HEADING),
        ("CG 8 – Assurances", BlockKind.HEADING),
        "CG 8.1 – Le Prestataire est assuré en responsabilité civile professionnelle pour un "
        "montant minimum de 1 500 000 € par sinistre.",
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "CP 3"
    assert rc_pro.values.amount == Money(Decimal("3000000"), "EUR")


def test_the_items_of_a_schedule_of_key_details_name_their_rows() -> None:
    """ "Item 9 – Availability | 99.9 % of each month": a contract's schedule lists its terms as
    numbered items, cited "Item 9"."""
    from tenderguard.sentences import row_reference

    assert row_reference("Item 9 – Availability | 99.9% of each month") == "Item 9"
    assert row_reference("Item 12 | Not less than NZD 10,000,000") == "Item 12"
    assert row_reference("Item 9 of the schedule applies | 99.9 %") is None


def test_an_aggregate_in_any_policy_year_is_a_second_minimum(ruleset: RuleSet) -> None:
    """ "NZD 2,000,000 for any one claim and NZD 4,000,000 in the aggregate in any policy
    year": two minimums, as "per insurance year" gives two."""
    piece = _piece(
        ("14 Insurance", BlockKind.HEADING),
        "The Supplier must hold professional indemnity insurance of not less than NZD 2,000,000 "
        "for any one claim and NZD 4,000,000 in the aggregate in any policy year.",
    )
    rc_pro = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [(r.values.amount, r.values.basis) for r in rc_pro] == [
        (Money(Decimal("2000000"), "NZD"), "per_claim"),
        (Money(Decimal("4000000"), "NZD"), "per_year"),
    ]


def test_the_controls_of_a_statement_of_applicability_name_their_rows() -> None:
    from tenderguard.sentences import row_reference

    row = "A.5.19 – Sécurité dans les relations avec les fournisseurs | Le Fournisseur… | Oui"
    assert row_reference(row) == "A.5.19"
    assert row_reference("A.8.13 | Sauvegardes en France | Oui") == "A.8.13"


def test_a_grid_after_a_version_history_under_the_same_title_is_read(ruleset: RuleSet) -> None:
    """The title "Historique" heads the version table; the grid of requirements after the
    note that introduces it demands, each row under its control's reference."""
    piece = _piece(
        ("Historique", BlockKind.HEADING),
        ("Version | Date | Modification", BlockKind.TABLE_ROW),
        ("1.0 | mai 2024 | Notification des incidents sous 48 heures.", BlockKind.TABLE_ROW),
        "Mode d'emploi. Seules les lignes « Oui » s'imposent au Fournisseur.",
        ("Contrôle | Exigence fournisseur | Applicable (Oui/Non)", BlockKind.TABLE_ROW),
        (
            "A.5.24 – Gestion des incidents | Le Fournisseur notifie toute violation de données "
            "personnelles dans un délai de douze heures. | Oui",
            BlockKind.TABLE_ROW,
        ),
        (
            "A.5.29 – Continuité | Assurance couvrant les risques cyber d'au moins 1 000 000 €. "
            "| Non",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause, r.values.hours) for r in rows] == [
        ("gdpr.breach_notification", "A.5.24", 12)
    ]


def test_a_table_by_lot_states_one_demand_per_lot(ruleset: RuleSet) -> None:
    """ "N1 | RC professionnelle | 500 000 € | 2 000 000 €" under columns "Lot 1 | Lot 2": two
    minimums; "Non exigée" for one lot waives nothing for the other; a merged label drawn as a
    line between the header and the rows keeps the table under its header."""
    lines = (
        ("Article 4 - Niveaux de garantie par lot", BlockKind.HEADING),
        ("Réf. | Garantie | Lot 1 – Matériels | Lot 2 – Hébergement", BlockKind.TABLE_ROW),
        ("Lots 1 et 2", BlockKind.LINE),
        (
            "N1 | Responsabilité civile professionnelle | 500 000 € | 2 000 000 €",
            BlockKind.TABLE_ROW,
        ),
        ("N3 | Assurance cyber | Non exigée | 1 000 000 €", BlockKind.TABLE_ROW),
    )
    blocks = tuple(Block(text, 2, kind) for text, kind in lines)
    piece = Piece("rc.pdf", "", PieceKind.RC, "pdf", 2, blocks)
    rows = [r for r in _requirements(piece, ruleset) if r.kind.startswith("insurance.")]
    found = sorted(
        (r.kind, r.sources[0].clause, r.values.amount.value) for r in rows if r.values.amount
    )
    assert found == [
        ("insurance.cyber", "N3", 1000000),
        ("insurance.rc_pro", "N1", 500000),
        ("insurance.rc_pro", "N1", 2000000),
    ]
    assert len(rows) == 3
    assert all(r.sources[0].page == 2 for r in rows)  # the row's page, each lot's demand


def test_a_table_by_lot_labels_each_lot_by_every_cell_before_the_lots(ruleset: RuleSet) -> None:
    """ "R2 | Assurances | Professional indemnity per claim | EUR 3,000,000 | EUR 1,500,000 |
    same as Lot 1 | …": the cover is named in the third cell, before the lots' columns; a lot
    repeating another adds no demand, and a note after the lots is not a lot's value."""
    lines = (
        ("Ref | Area | Requirement | Lot 1 – Hosting | Lot 2 – CMS | Lot 3 – Support | Remarks",),
        (
            "R2 | Assurances | Professional indemnity, minimum per claim | EUR 3,000,000 | "
            "EUR 1,500,000 | same as Lot 1 | Broker's letter accepted",
        ),
        ("R3 | Cloud | Availability of the service | 99.9 % | same as Lot 1 | same as Lot 1 |",),
    )
    blocks = tuple(Block(text, 1, BlockKind.TABLE_ROW) for (text,) in lines)
    piece = Piece("grid.pdf", "", PieceKind.RC, "pdf", 1, blocks)
    rows = _requirements(piece, ruleset)
    found = sorted(
        (r.kind, r.sources[0].clause, r.values.amount.value)
        for r in rows
        if r.kind == "insurance.rc_pro" and r.values.amount
    )
    assert found == [
        ("insurance.rc_pro", "R2", 1500000),
        ("insurance.rc_pro", "R2", 3000000),
    ]
    assert [(r.sources[0].clause, r.values.percent) for r in rows if r.kind == "cloud.sla"] == [
        ("R3", Decimal("99.9"))
    ]


def test_a_table_of_plans_none_chosen_states_each_plan_s_commitment(ruleset: RuleSet) -> None:
    """A provider's service description: "Commitment | Basic | Premium | Enterprise", no plan
    named as taken; each plan's availability is a commitment of its own."""
    lines = (
        ("Commitment | Basic | Premium | Enterprise", BlockKind.TABLE_ROW),
        ("Monthly availability | 99.0% | 99.5% | 99.9%", BlockKind.TABLE_ROW),
    )
    blocks = tuple(Block(text, 2, kind) for text, kind in lines)
    piece = Piece("service.pdf", "", PieceKind.OTHER, "pdf", 2, blocks)
    found = sorted(r.values.percent for r in _of("cloud.sla", _requirements(piece, ruleset)))
    assert found == [Decimal("99.0"), Decimal("99.5"), Decimal("99.9")]


def test_a_priced_line_of_a_schedule_does_not_quote_a_demand_stated_in_an_article(
    ruleset: RuleSet,
) -> None:
    """Article 5.1 sets where the data are hosted; the price schedule's line « B2 | Hébergement
    en France, infogérance | Mois | 1 450 € | 36 | 52 200 € » names the service sold. The
    demand is quoted from the article."""
    cited = _cited(
        "gdpr.data_location",
        ruleset,
        ("5 Hébergement", BlockKind.HEADING),
        "5.1 Les données, sauvegardes comprises, sont hébergées exclusivement en France.",
        ("6 Bordereau des prix", BlockKind.HEADING),
        ("Poste | Désignation | Unité | Prix | Quantité | Montant", BlockKind.TABLE_ROW),
        (
            "B2 | Hébergement en France, infogérance | Mois | 1 450 € | 36 | 52 200 €",
            BlockKind.TABLE_ROW,
        ),
    )
    assert cited == ["5.1"]


def test_the_points_of_a_form_cite_their_box_and_an_empty_box_demands_nothing(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        "B.1 Le signataire engage la société sur la base de son offre.",
        "B.2 ☒ Le titulaire est assuré en responsabilité civile professionnelle pour un montant "
        "minimal de 1 500 000 € par sinistre.",
        "B.3 ☒ Le titulaire notifie toute violation de données personnelles à l'acheteur dans "
        "les 48 heures.",
        "B.4 ☐ Le titulaire justifie d'une certification ISO/IEC 27001.",
    )
    found = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert found == {("insurance.rc_pro", "B.2"), ("gdpr.breach_notification", "B.3")}


def test_a_contract_laid_out_as_a_table_of_its_paragraphs_names_its_rows() -> None:
    from tenderguard.sentences import row_reference

    row = "§ 9 (1) Rückgabe Nach Beendigung … | § 9 (1) Return After termination …"
    assert row_reference(row) == "9 (1)"
    assert row_reference("§ 6 Meldung von Verletzungen … | § 6 Notification …") == "6"


def test_a_model_contract_quoted_in_a_tender_keeps_its_own_numbering(ruleset: RuleSet) -> None:
    piece = _piece(
        ("1 Subject", BlockKind.HEADING),
        "The Agency buys the hosting of its data portal.",
        ("2 Draft contract — key provisions", BlockKind.HEADING),
        "II.6.1 The Agency is not liable for any damage caused by the contractor.",
        "II.9.3 The contractor shall notify the Agency of any personal data breach within 48 "
        "hours.",
        "II.9.4 The contractor shall not engage a sub-processor without the prior written "
        "authorisation of the Agency.",
        "II.14.1 If the contractor is late, the Agency may claim liquidated damages of EUR 200 "
        "per day of delay.",
        "II.9.5 The contractor shall allow for and contribute to audits conducted by the Agency.",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {
        ("gdpr.breach_notification", "II.9.3"),
        ("gdpr.subprocessor_authorization", "II.9.4"),
        ("contract.delay_penalties", "II.14.1"),
    } <= places


def test_roman_points_of_a_lettered_sub_paragraph_are_cited_as_printed(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Section 12 Insurance", BlockKind.HEADING),
        "(a) Required Coverage. Provider shall maintain the following insurance:",
        "(i) Commercial General Liability insurance of USD 2,000,000 per occurrence;",
        "(ii) Technology Errors and Omissions insurance of USD 5,000,000 per claim;",
        "(b) Certificates. Provider shall deliver certificates of insurance before the "
        "Effective Date.",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("insurance.rc_pro", "12(a)(ii)"), ("insurance.certificate", "12(b)")} <= places


def test_ordinal_points_closed_by_a_bracket_are_points(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Art. 8 - Données personnelles", BlockKind.HEADING),
        "1°) Le Consultant agit en qualité de sous-traitant au sens de l'article 28 du RGPD.",
        "2°) Il notifie toute violation de données à l'ESN sous vingt-quatre heures.",
    )
    places = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("gdpr.processor_agreement", "8 1°"), ("gdpr.breach_notification", "8 2°")} <= places


def test_a_title_naming_the_document_itself_names_no_kind(ruleset: RuleSet) -> None:
    piece = _piece(
        ("8 Changes to this SLA", BlockKind.HEADING),
        "The Monthly Uptime Percentage of 99.5% stays the minimum for every change.",
    )
    findings = [f for f in detect_piece(piece, ruleset) if f.kind == "cloud.sla"]
    assert findings and not any(f.titled for f in findings)


def test_an_introduction_yields_to_the_covers_its_points_name(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Section 12 Insurance", BlockKind.HEADING),
        "12.1 The Supplier shall take out and maintain with reputable insurers the following "
        "insurance:",
        "(a) professional indemnity insurance of not less than GBP 2,000,000 per claim;",
        "(b) public liability insurance of not less than GBP 5,000,000 per occurrence.",
    )
    kinds = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert ("insurance.liability", "12.1") not in kinds
    assert {("insurance.rc_pro", "12.1(a)"), ("insurance.rc_exploitation", "12.1(b)")} <= kinds


def test_a_clause_given_in_two_languages_is_one_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        ("7.2 Cyber insurance / Assurance cyber", BlockKind.HEADING),
        "The Provider shall maintain cyber insurance of EUR 1,000,000 per claim.",
        "Le Prestataire doit maintenir une assurance cyber de 1 000 000 € par sinistre.",
    )
    cyber = _of("insurance.cyber", _requirements(piece, ruleset))
    assert len(cyber) == 1


def test_a_clause_repeated_under_its_number_in_another_language_is_one_demand(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("7. Insurance / Assurances", BlockKind.HEADING),
        "7.2 The Provider shall maintain cyber insurance of EUR 1,000,000 per claim.",
        "7.2 Le Prestataire doit maintenir une assurance cyber de 1 000 000 € par sinistre.",
    )
    assert len(_of("insurance.cyber", _requirements(piece, ruleset))) == 1


def test_special_conditions_set_aside_the_general_article_they_override(
    ruleset: RuleSet,
) -> None:
    """Conditions particulières "CP-5" overriding the Conditions générales' "CG-9": one demand,
    quoted and valued from CP-5; CG-9 is cited among its sources."""
    piece = _piece(
        ("CP-2 — Lieu d'hébergement", BlockKind.HEADING),
        "Par dérogation à l'article CG-5, l'ensemble des environnements est hébergé chez "
        "OVHcloud. Les données du Client ne sont ni stockées ni administrées hors de France.",
        ("CP-5 — Violations de données", BlockKind.HEADING),
        "Par dérogation à l'article CG-9, le Prestataire notifie au Client toute violation de "
        "données à caractère personnel dans un délai de vingt-quatre (24) heures.",
        ("CG-5 — Localisation", BlockKind.HEADING),
        "Les données du Client sont hébergées dans des centres de données situés dans l'Union "
        "européenne.",
        ("CG-9 — Notification des violations", BlockKind.HEADING),
        "Le Prestataire notifie au Client toute violation de données dans un délai de "
        "quarante-huit (48) heures après en avoir pris connaissance.",
    )
    requirements = _requirements(piece, ruleset)
    (breach,) = _of("gdpr.breach_notification", requirements)
    assert [s.clause for s in breach.sources] == ["CP-5", "CG-9"]
    assert breach.values.hours == 24
    (location,) = _of("gdpr.data_location", requirements)
    assert location.sources[0].clause == "CP-2"
    assert location.values.zone != "EU"  # the zone CG-5 stated no longer holds


def test_an_order_form_sets_aside_the_article_of_the_conditions_printed_with_it(
    ruleset: RuleSet,
) -> None:
    """An order form and its conditions générales d'achat in one file: « Par dérogation à
    l'article 7 des conditions générales d'achat » sets article 7 of the same file aside."""
    piece = _piece(
        "Par dérogation à l'article 7 des conditions générales d'achat, tout retard imputable "
        "au fournisseur donne lieu à une pénalité de 120 € par jour calendaire de retard.",
        ("7 — Pénalités de retard", BlockKind.HEADING),
        "Tout retard dans l'exécution donne lieu à une pénalité calculée selon la formule "
        "P = V × R / 1000.",
    )
    (penalty,) = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert penalty.sources[0].clause is None
    assert [s.clause for s in penalty.sources][1:] == ["7"]
    assert penalty.values.formula is None


def test_a_sub_article_is_read_under_every_title_above_it(ruleset: RuleSet) -> None:
    """« 9.3.2 Attestations annuelles » under « 9.3 Justification des garanties » under
    « 9 ASSURANCES »: the certificates it asks for each year are of insurance."""
    piece = _piece(
        ("9 ASSURANCES", BlockKind.HEADING),
        "Le titulaire souscrit une assurance de responsabilité civile professionnelle.",
        ("9.3 Justification des garanties", BlockKind.HEADING),
        ("9.3.1 Attestation initiale", BlockKind.HEADING),
        "Dans les quinze jours de la notification, le titulaire remet une attestation "
        "d'assurance en cours de validité.",
        ("9.3.2 Attestations annuelles", BlockKind.HEADING),
        "Le Titulaire produit ensuite, chaque année et au plus tard le 31 janvier, une "
        "attestation en cours de validité pour l'année civile.",
    )
    certificates = _of("insurance.certificate", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in certificates] == ["9.3.1", "9.3.2"]


def test_an_order_form_is_no_cover_page_and_its_special_conditions_are_a_part(
    ruleset: RuleSet,
) -> None:
    """The lines of an order form, then its boxed « Conditions particulières », then the
    numbered conditions générales: the order lines are demands, the box a part cited by
    its title."""
    piece = _piece(
        "BON DE COMMANDE N° 2026-0143",
        ("Ligne | Désignation | Qté | Montant HT", BlockKind.TABLE_ROW),
        (
            "L4 | Engagement de disponibilité du module de paiement : 99,9 % par mois | 36 | 900",
            BlockKind.TABLE_ROW,
        ),
        "Conditions particulières",
        "Par dérogation à l'article 7 des conditions générales d'achat, tout retard imputable "
        "au fournisseur donne lieu à une pénalité de 120 € par jour calendaire de retard.",
        ("1 — Objet", BlockKind.HEADING),
        "Les présentes conditions générales d'achat s'appliquent à toute commande.",
    )
    requirements = _requirements(piece, ruleset)
    (availability,) = _of("cloud.sla", requirements)
    (penalty,) = _of("contract.delay_penalties", requirements)
    assert availability.values.percent == Decimal("99.9")
    assert penalty.sources[0].heading == "Conditions particulières"


def test_an_outline_point_titled_before_a_dash_asks_the_candidate(ruleset: RuleSet) -> None:
    """« Sécurité – Le candidat décrit sa politique de journalisation » in the outline of a
    mémoire technique asks what to describe, as « Le candidat décrit… » alone does."""
    piece = _piece(
        ("5.2 Contenu du mémoire technique", BlockKind.HEADING),
        "Sécurité – Le candidat décrit sa politique de gestion des habilitations et de "
        "journalisation des accès.",
    )
    assert not _of("gdpr.access_logging", _requirements(piece, ruleset))


def test_an_addition_to_an_article_sets_nothing_aside(ruleset: RuleSet) -> None:
    piece = _piece(
        ("CG-12 — Assurances", BlockKind.HEADING),
        "Le Prestataire est titulaire d'une assurance cyber de 500 000 € par sinistre.",
        ("CP-6 — Assurance cyber", BlockKind.HEADING),
        "En complément de l'article CG-12, le Prestataire souscrit une police cyber-risques "
        "garantissant 1 000 000 € par année d'assurance.",
    )
    rows = _of("insurance.cyber", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["CG-12", "CP-6"]


def test_a_derogation_to_an_article_of_another_text_sets_none_of_the_piece_aside(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Article 9 – Réversibilité", BlockKind.HEADING),
        "À l'échéance du marché, le titulaire assure la réversibilité des prestations.",
        ("Article 12 – Assurances", BlockKind.HEADING),
        "Par dérogation à l'article 9 du CCAG-TIC, le titulaire justifie d'une assurance de "
        "responsabilité civile professionnelle ; elle s'applique pendant toute la durée de la "
        "réversibilité.",
    )
    rows = _of("cloud.reversibility", _requirements(piece, ruleset))
    assert rows[0].sources[0].clause == "9"


def test_the_tabs_of_a_docs_page_title_each_plans_service_level(tmp_path: Path) -> None:
    page = tmp_path / "engagements.md"
    page.write_text(
        "# Engagements\n\n## Disponibilité\n\n"
        '=== "Offre Essentiel"\n\n    Disponibilité mensuelle garantie : 99,5 %.\n\n'
        '=== "Offre Pro"\n\n    Disponibilité mensuelle garantie : 99,95 %.\n',
        encoding="utf-8",
    )
    found = [
        (r.sources[0].heading, r.values.percent)
        for r in check([page]).requirements
        if r.kind == "cloud.sla"
    ]
    assert found == [
        ("Offre Essentiel", Decimal("99.5")),
        ("Offre Pro", Decimal("99.95")),
    ]


def test_a_clause_takes_its_value_from_the_schedule_item_it_points_to(ruleset: RuleSet) -> None:
    piece = _piece(
        ("14 Insurance", BlockKind.HEADING),
        "14.1 The Supplier must hold professional indemnity insurance for not less than the "
        "amount specified in Item 7.",
        ("Schedule 1 – Contract Details", BlockKind.HEADING),
        ("Item | Matter | Details", BlockKind.TABLE_ROW),
        (
            "Item 7 | Professional indemnity insurance | AUD 10,000,000 for each claim",
            BlockKind.TABLE_ROW,
        ),
    )
    (row,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert row.sources[0].clause == "14.1"
    assert row.text.startswith("The Supplier must hold")
    assert row.values.amount is not None
    assert (row.values.amount.value, row.values.amount.currency) == (Decimal("10000000"), "AUD")


def test_a_statement_of_work_sets_aside_the_msa_section_it_overrides(ruleset: RuleSet) -> None:
    msa = _piece(
        ("9 Data protection", BlockKind.HEADING),
        "9.2 Supplier shall notify Customer of any Personal Data Breach within forty-eight (48) "
        "hours.",
        path="msa.txt",
    )
    sow = _piece(
        ("4 Special terms", BlockKind.HEADING),
        "4.1 Notwithstanding Section 9.2 of the MSA, Supplier shall notify Customer of any "
        "Personal Data Breach within twenty-four (24) hours.",
        path="sow.txt",
    )
    findings = detect_piece(msa, ruleset) + detect_piece(sow, ruleset)
    (breach,) = _of("gdpr.breach_notification", merge(findings, [msa.path, sow.path]))
    assert [(s.path, s.clause) for s in breach.sources] == [("sow.txt", "4.1"), ("msa.txt", "9.2")]
    assert breach.values.hours == 24


def test_a_derogation_to_the_ccag_sets_no_article_of_another_piece_aside(ruleset: RuleSet) -> None:
    rc = _piece(
        ("Article 14 – Pénalités", BlockKind.HEADING),
        "14.1 Le titulaire encourt une pénalité de 100 € HT par jour de retard.",
        path="rc.txt",
    )
    ccap = _piece(
        ("Article 5 – Pénalités", BlockKind.HEADING),
        "Par dérogation à l'article 14.1 du CCAG-TIC, la pénalité par jour de retard est de "
        "300 € HT.",
        path="ccap.txt",
    )
    findings = detect_piece(rc, ruleset) + detect_piece(ccap, ruleset)
    rows = _of("contract.delay_penalties", merge(findings, [rc.path, ccap.path]))
    assert len(rows) == 2


def test_a_row_of_the_table_of_derogations_joins_the_article_it_names(ruleset: RuleSet) -> None:
    """The table closing a CCAP lists, by article, the CCAG articles it sets aside: its row
    "5.2 | 14.1 | Pénalités … 250 € par jour" restates article 5.2, not a demand of its own."""
    piece = _piece(
        ("5.2 Pénalités de retard", BlockKind.HEADING),
        "Par dérogation à l'article 14.1 du CCAG-TIC, en cas de retard de livraison, le "
        "titulaire encourt une pénalité de 250 € HT par jour calendaire de retard.",
        ("Article 20 - Dérogations au CCAG-TIC", BlockKind.HEADING),
        ("Article du CCAP | Article du CCAG-TIC | Objet", BlockKind.TABLE_ROW),
        ("5.2 | 14.1 | Pénalités de retard : 250 € HT par jour calendaire", BlockKind.TABLE_ROW),
    )
    (penalty,) = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert [s.clause for s in penalty.sources] == ["5.2", "5.2"]
    assert penalty.sources[1].heading == "Dérogations au CCAG-TIC"


def test_a_row_naming_only_the_article_set_aside_joins_the_clause_derogating(
    ruleset: RuleSet,
) -> None:
    """A table of derogations may give the other text's article alone ("9.2 | RC
    professionnelle | 2,5 M€ …"): the clause that derogates from that article states it, even
    where the clause's two amounts are two demands."""
    piece = _piece(
        ("§ 4-2 – Assurances", BlockKind.HEADING),
        "Par dérogation à l'article 9.2 du CCAP-AC, le titulaire justifie d'une assurance de "
        "responsabilité civile professionnelle d'au moins 2 500 000 € par sinistre et "
        "5 000 000 € par année d'assurance.",
        ("§ 9 – Récapitulatif des dérogations au CCAP-AC", BlockKind.HEADING),
        ("Article du CCAP-AC | Objet | Valeur retenue", BlockKind.TABLE_ROW),
        (
            "9.2 | Responsabilité civile professionnelle | 2 500 000 € par sinistre et "
            "5 000 000 € par année d'assurance",
            BlockKind.TABLE_ROW,
        ),
    )
    covers = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [c.sources[0].clause for c in covers] == ["4-2", "4-2"]
    assert "9.2" in {s.clause for c in covers for s in c.sources}


def test_the_data_sheet_row_gives_its_clause_the_amount_it_leaves_open(ruleset: RuleSet) -> None:
    """The instructions to bidders leave the amount to the data sheet (DPAO), whose row names
    the clause it completes ("IC 35.1"): one demand, quoted from its clause, with the amount."""
    piece = _piece(
        ("35.1 Assurances", BlockKind.HEADING),
        "Le Titulaire souscrit une assurance de responsabilité civile couvrant les dommages "
        "causés aux tiers, pour le montant indiqué dans les DPAO.",
        ("Section II - Données particulières", BlockKind.HEADING),
        ("Référence IC | Données particulières", BlockKind.TABLE_ROW),
        (
            "IC 35.1 | Le montant minimal de l'assurance de responsabilité civile est de cent "
            "millions (100 000 000) de francs CFA par sinistre.",
            BlockKind.TABLE_ROW,
        ),
    )
    (cover,) = _of("insurance.liability", _requirements(piece, ruleset))
    assert [s.clause for s in cover.sources] == ["35.1", "IC 35.1"]
    assert cover.values.amount == Money(Decimal("100000000"), "XOF")


def test_a_lettered_point_written_on_in_its_paragraph_is_cited_with_its_clause(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("11.1 Documents de l'offre", BlockKind.HEADING),
        "L'offre comprend les documents suivants : (a) la lettre de soumission ; (g) les "
        "qualifications du candidat ; (h) une attestation d'assurance de responsabilité civile "
        "professionnelle en cours de validité.",
    )
    (certificate,) = _of("insurance.certificate", _requirements(piece, ruleset))
    assert certificate.sources[0].clause == "11.1 h"


def test_a_yearly_minimum_beside_the_minimum_per_claim_is_a_demand_of_its_own(
    ruleset: RuleSet,
) -> None:
    """Two minimums in one sentence, each checked against its own figure of the certificate
    (per claim, yearly aggregate); one amount "par sinistre et par année" stays one demand."""
    piece = _piece(
        ("9.1 Responsabilité civile professionnelle", BlockKind.HEADING),
        "Le titulaire justifie d'une assurance de responsabilité civile professionnelle "
        "garantissant au minimum 1 500 000 € par sinistre et 3 000 000 € par année "
        "d'assurance, dont 300 000 € pour les dommages immatériels non consécutifs.",
        ("9.2 Cyber", BlockKind.HEADING),
        "Le titulaire justifie d'une assurance cyber de 2 000 000 € par sinistre et par année.",
    )
    rc_pro = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [(r.values.amount, r.values.basis) for r in rc_pro] == [
        (Money(Decimal("1500000"), "EUR"), "per_claim"),
        (Money(Decimal("3000000"), "EUR"), "per_year"),
    ]
    assert [len(r.values.sublimits) for r in rc_pro] == [1, 0]
    (cyber,) = _of("insurance.cyber", _requirements(piece, ruleset))
    assert cyber.values.basis == "per_claim_and_year"


def test_the_same_demand_in_two_lots_is_a_row_for_each(ruleset: RuleSet) -> None:
    """A consultation file writing each lot's articles 3 and 4: lot 1 and lot 3 both ask for
    the certificate with the bid, in the same words, and each lot is bid for on its own."""
    piece = _piece(
        ("LOT 1 – Article 3 – Pièces de la candidature", BlockKind.HEADING),
        "3.1 Attestation d'assurance de responsabilité civile professionnelle en cours de "
        "validité, jointe à la candidature.",
        ("LOT 3 – Article 3 – Pièces de la candidature", BlockKind.HEADING),
        "3.1 Attestation d'assurance de responsabilité civile professionnelle en cours de "
        "validité, jointe à la candidature.",
        path="rc.txt",
    )
    certificates = _of("insurance.certificate", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in certificates] == ["3.1", "3.1"]


def test_a_house_style_named_as_a_title_is_a_heading(tmp_path: Path) -> None:
    """Public buyers' DCE editors style their titles with house styles that carry no outline
    level, only a name ("Rédalia : Titre paragraphe"): a demand under such a title is cited by
    it, not by the numbered article before it."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    house = document.styles.add_style("Rédalia : Titre paragraphe", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Acceptation de l'offre", style="Heading 1")
    document.add_paragraph("Est acceptée la présente offre pour valoir acte d'engagement.")
    document.add_paragraph("Nature des prestations sous-traitées :", style=house)
    document.add_paragraph(
        "Le titulaire doit souscrire une assurance de responsabilité civile professionnelle."
    )
    path = tmp_path / "ae.docx"
    document.save(str(path))
    (row,) = [r for r in check([path]).requirements if r.kind == "insurance.rc_pro"]
    assert row.sources[0].heading == "Nature des prestations sous-traitées"


def test_a_civil_liability_towards_third_parties_beside_a_professional_one_is_general(
    ruleset: RuleSet,
) -> None:
    """Two sentences, two covers: the first is the general (operating) liability."""
    piece = _piece(
        ("Article 6 - Assurances", BlockKind.HEADING),
        "Le titulaire souscrit une assurance de responsabilité civile couvrant les dommages"
        " corporels et matériels causés à des tiers pendant l'exécution du marché.",
        "Il souscrit également une assurance de responsabilité professionnelle pour les"
        " dommages causés à l'occasion des prestations.",
    )
    kinds = [r.kind for r in _requirements(piece, ruleset) if r.kind.startswith("insurance.")]
    assert sorted(kinds) == ["insurance.rc_exploitation", "insurance.rc_pro"]


def test_a_civil_liability_towards_third_parties_alone_stays_untyped(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 6 - Assurances", BlockKind.HEADING),
        "Le titulaire souscrit une assurance de responsabilité civile couvrant les dommages"
        " causés à des tiers pendant l'exécution du marché.",
        "Il remet l'attestation correspondante avant la notification.",
    )
    kinds = [r.kind for r in _requirements(piece, ruleset) if r.kind.startswith("insurance.")]
    assert "insurance.liability" in kinds and "insurance.rc_exploitation" not in kinds


def test_a_sentence_naming_the_demand_with_a_demonstrative_completes_it(
    ruleset: RuleSet,
) -> None:
    """« ces attestations » are those the clause asked for: one demand, not two."""
    piece = _piece(
        ("Article 6 - Assurances", BlockKind.HEADING),
        "Le titulaire remet les attestations d'assurance correspondantes avant la notification"
        " du marché.",
        "Le titulaire s'inscrit sur la plateforme et y dépose ces attestations tous les ans.",
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert len(rows) == 1 and rows[0].text.startswith("Le titulaire remet")


def test_how_penalty_days_are_counted_belongs_to_the_penalty_of_its_clause(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Article 14.1 - Pénalités de retard", BlockKind.HEADING),
        "En cas de dépassement du délai contractuel, le titulaire encourt une pénalité de 150 €"
        " par jour calendaire de retard.",
        "Modalités de décompte : l'ensemble des pénalités de retard prévues au marché sont"
        " calculées par jour ouvré de retard.",
    )
    rows = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert len(rows) == 1 and rows[0].values.amount is not None
    assert rows[0].values.amount.value == Decimal("150")


def test_a_row_whose_status_column_closes_it_demands_nothing(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Exigences", BlockKind.HEADING),
        ("ID | Exigence | Caractère | Statut", BlockKind.TABLE_ROW),
        (
            "EX-HEB-02 | Les données sont hébergées en France. | Obligatoire | Active",
            BlockKind.TABLE_ROW,
        ),
        (
            "EX-HEB-05 | L'offre est qualifiée SecNumCloud par l'ANSSI. | Obligatoire | Supprimée",
            BlockKind.TABLE_ROW,
        ),
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert "gdpr.data_location" in kinds and "cloud.secnumcloud" not in kinds


def test_a_column_headed_by_its_choices_recommends_only_where_its_cell_does(
    ruleset: RuleSet,
) -> None:
    """« Obligatoire/Recommandé » over a column: its words are the choices, not the row's."""
    piece = _piece(
        ("3.1 Hébergement", BlockKind.HEADING),
        ("Réf. | Exigence | Obligatoire/Recommandé", BlockKind.TABLE_ROW),
        ("HEB-02 | Les données sont hébergées en France. | Obligatoire", BlockKind.TABLE_ROW),
        (
            "HEB-04 | L'offre est qualifiée SecNumCloud par l'ANSSI. | Recommandé",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    (location,) = _of("gdpr.data_location", requirements)
    (qualified,) = _of("cloud.secnumcloud", requirements)
    assert (location.recommended, qualified.recommended) == (False, True)


def test_the_line_a_sentence_announces_with_a_colon_gives_its_value(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 8 - Pénalités", BlockKind.HEADING),
        "En cas de retard dans la mise en service, le titulaire encourt une pénalité :",
        "Pénalité par jour calendaire de retard .................... 250 €",
    )
    rows = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert len(rows) == 1 and rows[0].text.startswith("En cas de retard")
    assert rows[0].values.amount is not None and rows[0].values.amount.value == Decimal("250")


def test_a_template_clause_behind_a_ticked_box_demands_and_one_behind_an_empty_box_not(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("7 Assurances", BlockKind.HEADING),
        "7.1 Le Prestataire souscrit une assurance de responsabilité civile professionnelle.",
        "☒ 7.2 — Clause optionnelle : Le Prestataire souscrit une assurance cyber-risques"
        " d'un montant minimal de 500 000 €.",
        "☐ 7.3 — Clause optionnelle : Le Prestataire assure en multirisque les équipements"
        " confiés par le Client.",
    )
    cited = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert ("insurance.cyber", "7.2") in cited
    assert not any(kind == "insurance.multirisque" for kind, _ in cited)


def test_points_that_finish_a_demands_sentence_are_its_demands_each_with_its_values(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("14 Insurance", BlockKind.HEADING),
        "(1) The Supplier must maintain professional indemnity insurance of NZ$2,000,000.",
        "(2) The Supplier must give the Council a certificate of currency for each policy —",
        "(a) within 10 Business Days after the date of this Agreement; and",
        "(b) within 5 Business Days after any written request by the Council.",
        path="agreement.txt",
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.days) for r in rows] == [
        ("14 (2)(a)", 10),
        ("14 (2)(b)", 5),
    ]
    assert rows[0].text.startswith("The Supplier must give the Council a certificate")


def test_the_visas_and_recitals_of_a_decision_demand_nothing_its_articles_do(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Préambule", BlockKind.HEADING),
        "Vu le règlement (UE) 2016/679, et notamment son article 28 relatif aux sous-traitants ;",
        "Considérant que le portail actuel n'offre qu'une disponibilité de 98 % ;",
        ("Article 2", BlockKind.HEADING),
        "Les données sont hébergées en France.",
    )
    rows = _requirements(piece, ruleset)
    assert [(r.kind, r.sources[0].clause) for r in rows] == [("gdpr.data_location", "2")]


def test_a_letter_of_commitment_in_the_first_person_demands_under_its_numbered_commitments(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("LETTRE D'ENGAGEMENT", BlockKind.HEADING),
        ("Engagement n° 7 – Violations de données", BlockKind.HEADING),
        "Je m’engage à notifier au Syndicat toute violation de données dans un délai de"
        " trente-six heures.",
        ("Engagement n° 8 – Sous-traitants ultérieurs", BlockKind.HEADING),
        "Nous nous engageons à ne recruter aucun sous-traitant ultérieur sans l’autorisation"
        " écrite préalable du Syndicat.",
    )
    rows = {r.kind: r for r in _requirements(piece, ruleset)}
    breach = rows["gdpr.breach_notification"]
    assert (breach.sources[0].clause, breach.values.hours) == ("7", 36)
    assert rows["gdpr.subprocessor_authorization"].sources[0].clause == "8"
    assert {r.role for r in rows.values()} == {"obligation"}


def test_an_option_marked_may_in_a_specification_written_with_rfc_2119_keywords_is_none(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("REQ-HST-004 Hosting location", BlockKind.HEADING),
        "The provider MUST host all Customer Data in the European Union.",
        ("REQ-HST-005 Sovereign option", BlockKind.HEADING),
        "The provider MAY offer a SecNumCloud-qualified hosting option.",
        path="spec.md",
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert "gdpr.data_location" in kinds and "cloud.secnumcloud" not in kinds


def test_schedule_paragraphs_numbered_afresh_are_cited_with_their_schedule(
    ruleset: RuleSet,
) -> None:
    """Schedule 4's "2.1", after the agreement's own clause 2.1, is "Schedule 4 2.1"."""
    piece = _piece(
        ("2. Services", BlockKind.HEADING),
        "2.1 The Supplier shall provide the Services with reasonable skill and care.",
        ("SCHEDULE 4 – INSURANCE", BlockKind.HEADING),
        "1.1 The Supplier shall maintain the insurances set out in this Schedule.",
        "2.1 Professional indemnity insurance with a limit of indemnity of not less than "
        "£5,000,000 for each and every claim.",
        path="msa.txt",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["Schedule 4 2.1"]


def test_an_untitled_paragraph_goes_on_from_its_sibling(ruleset: RuleSet) -> None:
    """« 6-2-2 Il remet une nouvelle attestation chaque année » speaks of the attestation
    d'assurance of 6-2-1: a demand of its own, the yearly certificate."""
    piece = _piece(
        ("Article 6-2 – Attestations", BlockKind.HEADING),
        "6-2-1 Le titulaire remet une attestation d'assurance en cours de validité dans un "
        "délai de quinze jours à compter de la notification du marché.",
        "6-2-2 Il remet une nouvelle attestation chaque année, avant le 31 janvier.",
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["6-2-1", "6-2-2"]


def test_dashed_points_in_lower_case_are_points_of_their_article(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 6-1 – Garanties exigées", BlockKind.HEADING),
        "Le titulaire justifie des assurances suivantes :",
        "6-1-1 – une assurance de responsabilité civile professionnelle d'un montant minimal de "
        "1 500 000 € par sinistre ;",
        "6-1-2 – une assurance de responsabilité civile exploitation d'un montant minimal de "
        "3 000 000 € par sinistre.",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("insurance.rc_pro", requirements)] == ["6-1-1"]
    assert [r.sources[0].clause for r in _of("insurance.rc_exploitation", requirements)] == [
        "6-1-2"
    ]


def test_a_summary_row_before_the_articles_joins_the_article_with_its_values(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Cyber-risques (recommandée) | 500 000 € | année d'assurance", BlockKind.TABLE_ROW),
        ("Article 6 – Assurances", BlockKind.HEADING),
        "Il est recommandé au titulaire de disposer d'une assurance couvrant les cyber-risques "
        "d'un montant minimal de 500 000 € par année d'assurance.",
    )
    rows = _of("insurance.cyber", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["6"]
    assert rows[0].values.basis == "per_year"


def test_a_dpa_naming_itself_demands_no_dpa(ruleset: RuleSet) -> None:
    piece = _piece(
        ("9. Liability", BlockKind.HEADING),
        "Each party's aggregate liability arising out of or in connection with this DPA shall "
        "not exceed EUR 1,000,000.",
        path="dpa.txt",
    )
    assert not _of("gdpr.processor_agreement", _requirements(piece, ruleset))


def test_a_paragraph_opening_on_a_requirement_code_is_cited_by_it(ruleset: RuleSet) -> None:
    """« EXG-SEC-012 [O] – » (its level in square brackets) and « CP-HDS-4.1 – » (a code
    numbered in points) name the paragraph they open; the code's letters ("HDS") are no words
    of the demand."""
    piece = _piece(
        ("Article 4 – Plateforme", BlockKind.HEADING),
        "EXG-SEC-012 [O] – Les journaux collectés sont hébergés exclusivement en France.",
        ("Article 5 – Violations", BlockKind.HEADING),
        "CP-HDS-5.2 – L'Hébergeur notifie au Client toute violation de données dans un délai "
        "de douze (12) heures.",
        "EXG-INC-003 [I] – La collectivité, responsable de traitement, notifie la violation à la "
        "CNIL dans les 72 heures.",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["EXG-SEC-012"]
    breach = _of("gdpr.breach_notification", requirements)
    assert [(r.sources[0].clause, r.values.hours) for r in breach] == [("CP-HDS-5.2", 12)]
    assert not _of("cloud.hds", requirements)


def test_run_in_titles_set_off_by_a_dash_are_the_sections_of_an_unnumbered_text(
    ruleset: RuleSet,
) -> None:
    """« DÉLAIS ET PÉNALITÉS. — La mise en ligne… »: an older administrative text titles its
    paragraphs in small capitals, run into the text, and is cited by those titles."""
    lines = [
        # (under the title of the special conditions, which leaves the text unnumbered)
        "CONDITIONS PARTICULIÈRES",
        "OBJET DU MARCHÉ. — Le présent cahier des charges a pour objet la refonte du site.",
        "DÉLAIS ET PÉNALITÉS. — Passé ce délai, le titulaire encourt une pénalité de cent euros "
        "(100 €) par jour calendaire de retard, le montant total des pénalités étant limité à dix "
        "pour cent du marché.",
        "HÉBERGEMENT. — Le site est hébergé dans des centres de données situés en France.",
        "SÉCURITÉ. — La commune n'exige du titulaire ni certification ISO/IEC 27001 ni "
        "qualification SecNumCloud.",
    ]
    piece = _piece(*((line, BlockKind.LINE) for line in lines))
    requirements = _requirements(piece, ruleset)
    penalties = _of("contract.delay_penalties", requirements)
    assert [(r.sources[0].heading, r.values.per) for r in penalties] == [
        ("DÉLAIS ET PÉNALITÉS", "day")
    ]
    assert [r.sources[0].heading for r in _of("gdpr.data_location", requirements)] == [
        "HÉBERGEMENT"
    ]
    assert not _of("cloud.iso27001", requirements) and not _of("cloud.secnumcloud", requirements)


def test_a_run_in_title_after_an_article_number_opens_its_text(ruleset: RuleSet) -> None:
    """« Art. 6.5 – Violation de données. Le titulaire notifie… » on a line that the next line
    continues: the title, then the first line of the demand."""
    lines = [
        "Art. 6.4 – Hébergeurs. Le titulaire recourt à OVHcloud pour l'hébergement.",
        "Art. 6.5 – Violation de données. Le titulaire notifie au SIGNUM toute violation de "
        "données à",
        "caractère personnel dans les quarante-huit (48) heures après en avoir pris connaissance.",
    ]
    piece = _piece(*((line, BlockKind.LINE) for line in lines))
    breach = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.sources[0].heading, r.values.hours) for r in breach] == [
        ("6.5", "Violation de données", 48)
    ]


def test_a_heading_numbered_article_by_word_is_that_article(ruleset: RuleSet) -> None:
    """Word's numbering « Article 1 – » on a heading: the article is "1", so an annex's points
    « 1 », « 2 » after the articles are cited with the annex."""
    numbered = [
        Block(title, None, BlockKind.HEADING, number=f"Article {n} –")
        for n, title in ((1, "Objet"), (2, "Hébergement"), (3, "Prix"))
    ]
    piece = Piece(
        "contrat.docx",
        "",
        PieceKind.CONTRACT,
        "docx",
        None,
        (
            numbered[0],
            Block("Le Prestataire assure la maintenance.", None, BlockKind.PARAGRAPH),
            numbered[1],
            Block("Le Prestataire héberge l'application.", None, BlockKind.PARAGRAPH),
            numbered[2],
            Block("Les prix sont fermes.", None, BlockKind.PARAGRAPH),
            Block("Annexe 5 – Plan de réversibilité", None, BlockKind.HEADING),
            Block("1. Déclenchement", None, BlockKind.HEADING),
            Block("La réversibilité est déclenchée par la Mutuelle.", None, BlockKind.PARAGRAPH),
            Block("2. Destruction", None, BlockKind.HEADING),
            Block(
                "À l'issue de la restitution, le Prestataire détruit toutes les copies des "
                "données, y compris les sauvegardes.",
                None,
                BlockKind.PARAGRAPH,
            ),
        ),
    )
    deletion = _of("gdpr.data_deletion", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in deletion] == ["Annexe 5 2"]


def test_data_kept_in_france_and_never_outside_the_eu_is_one_location(ruleset: RuleSet) -> None:
    piece = _piece(
        ("2.3 Localisation des données", BlockKind.HEADING),
        "Les données de la Mutuelle sont hébergées exclusivement en France. Aucune donnée n'est "
        "transférée, ni rendue accessible, depuis un pays situé hors de l'Union européenne.",
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.zone) for r in rows] == [("2.3", "FR")]


def test_the_title_of_a_section_numbered_with_its_word_is_read_by_its_points(
    ruleset: RuleSet,
) -> None:
    """ "Section 6 INSURANCE REQUIREMENTS" then "6.1(b) Technology Errors and Omissions
    (Professional Liability): $3,000,000 per claim": the point speaks of insurance."""
    piece = _piece(
        ("Section 6 INSURANCE REQUIREMENTS", BlockKind.HEADING),
        "6.1 The Contractor shall maintain the following minimum coverage:",
        "(b) Technology Errors and Omissions (Professional Liability): $3,000,000 per claim;",
        "(c) Cyber Liability (Network Security and Privacy Liability): $5,000,000 per claim.",
        path="rfp.txt",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.values.amount for r in _of("insurance.rc_pro", requirements)] == [
        Money(Decimal(3_000_000), "USD")
    ]
    assert [r.values.amount for r in _of("insurance.cyber", requirements)] == [
        Money(Decimal(5_000_000), "USD")
    ]


def test_articles_of_chapters_in_roman_numerals_are_cited_with_them(ruleset: RuleSet) -> None:
    piece = _piece(
        ("CHAPITRE III – HÉBERGEMENT ET SÉCURITÉ", BlockKind.HEADING),
        ("Article III.1 – Localisation", BlockKind.LINE),
        ("Article III.1.1 – Hébergement en France", BlockKind.LINE),
        (
            "Les archives et leurs métadonnées sont hébergées exclusivement en France.",
            BlockKind.LINE,
        ),
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.zone) for r in rows] == [("III.1.1", "FR")]


def test_the_requirements_of_a_dutch_programme_are_cited_by_their_number(
    ruleset: RuleSet,
) -> None:
    """« Eis 4.12 – Availability [Knock-out] »: the requirement (eis) 4.12; an answer of the
    Nota van Inlichtingen amending Eis 5.2 sets its amount aside, and the bidder's question
    restating the old amount is no demand."""
    piece = _piece(
        ("4 Information security", BlockKind.HEADING),
        ("Eis 4.12 – Availability [Knock-out]", BlockKind.LINE),
        ("The availability of the service is at least 99.8 % per calendar month.", BlockKind.LINE),
        ("5 Insurance", BlockKind.HEADING),
        ("Eis 5.2 – Professional indemnity [Knock-out]", BlockKind.LINE),
        ("The supplier holds professional indemnity insurance of at least EUR 2.500.000 per "
         "claim.", BlockKind.LINE),
        ("Annex A – Nota van Inlichtingen", BlockKind.HEADING),
        ("No. | Reference | Question | Answer", BlockKind.TABLE_ROW),
        ("Q-04 | Eis 5.2 | Professional indemnity cover of EUR 2.500.000 per claim is hard to "
         "obtain. | Eis 5.2 is amended as follows: the supplier holds professional indemnity "
         "insurance of at least EUR 1.500.000 per claim.", BlockKind.TABLE_ROW),
        path="pve.txt",
    )  # fmt: skip
    requirements = _requirements(piece, ruleset)
    sla = _of("cloud.sla", requirements)
    assert [(r.sources[0].clause, r.values.percent) for r in sla] == [("4.12", Decimal("99.8"))]
    rc_pro = _of("insurance.rc_pro", requirements)
    assert [(r.sources[0].clause, r.values.amount) for r in rc_pro] == [
        ("Q-04", Money(Decimal(1_500_000), "EUR"))
    ]


def test_a_delay_in_hours_and_another_in_days_are_two_demands(ruleset: RuleSet) -> None:
    """Twelve hours are not three days: a piece that sets both sets two delays, which are not
    one demand written twice, though one is stated in hours and the other in days."""
    piece = _piece(
        ("RS-06 | Data breach. The Supplier shall notify the Agency of any Data Breach within "
         "twelve (12) hours of discovery.", BlockKind.TABLE_ROW),
        ("9. Notification of personal data breaches", BlockKind.HEADING),
        "9.1 The Supplier shall notify the Commission of any personal data breach within three "
        "(3) calendar days.",
        path="itq.txt",
    )  # fmt: skip
    rows = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert {(r.values.hours, r.values.days) for r in rows} == {(12, None), (None, 3)}


def test_requirements_numbered_under_a_word_of_their_own_are_cited_by_their_number(
    ruleset: RuleSet,
) -> None:
    """« Krav 3.1 – Hosting location [Mindstekrav] »: a word the program does not know, repeated
    on each requirement, numbers them; « Tabel 2.1 – … » captions would not."""
    lines = [
        "Krav 3.1 – Hosting location [Mindstekrav]",
        "All municipal data are stored in data centres located in the EU.",
        "Krav 3.2 – Availability [Mindstekrav]",
        "The service is available at least 99.9 % of each calendar month.",
        "Krav 3.3 – Logging [Ønske]",
        "All access to personal data is logged.",
    ]
    piece = _piece(*((line, BlockKind.LINE) for line in lines), path="krav.txt")
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["3.1"]
    assert [r.sources[0].clause for r in _of("cloud.sla", requirements)] == ["3.2"]


def test_a_question_naming_providers_as_examples_demands_nothing(ruleset: RuleSet) -> None:
    """« Le candidat indique le nom de son hébergeur (par exemple OVHcloud, AWS) » asks a name;
    the providers help the answer, they are not imposed."""
    piece = _piece(
        ("Article 4 – Hébergement", BlockKind.HEADING),
        "Le candidat indique le nom de son hébergeur et la localisation de ses centres de "
        "données (par exemple OVHcloud, Scaleway, AWS ou Microsoft Azure).",
    )
    assert _of("cloud.hosting_subcontractor", _requirements(piece, ruleset)) == []


def test_a_title_naming_the_host_is_the_subject_of_its_certification(ruleset: RuleSet) -> None:
    """Under « 6.1 Certification de l'hébergeur » the HDS demand is at home: quoted there
    rather than from the insurance article that names the HDS host in passing."""
    piece = _piece(
        ("6.1 Certification de l'hébergeur", BlockKind.HEADING),
        "Le titulaire, ou le sous-traitant auquel il confie l'hébergement, est certifié "
        "hébergeur de données de santé pendant toute la durée du marché.",
        ("9.5 Sous-traitants", BlockKind.HEADING),
        "Les sous-traitants du titulaire, y compris l'hébergeur de données de santé, justifient "
        "d'assurances de même nature.",
    )
    rows = _of("cloud.hds", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["6.1"]


def test_points_are_read_with_the_sentence_announcing_them(ruleset: RuleSet) -> None:
    """« Votre dossier contient : » then « c) une attestation d'assurance… »: the certificate
    goes with the bid, another demand than the one due before signature."""
    piece = _piece(
        ("Article 3 – Pièces à fournir", BlockKind.HEADING),
        "Votre dossier contient :",
        "a) le mémoire technique ;",
        "b) le bordereau des prix ;",
        "c) une attestation d'assurance de responsabilité civile en cours de validité ;",
        ("Article 9 – Assurances", BlockKind.HEADING),
        "Avant la signature du marché, l'attributaire nous envoie une attestation d'assurance "
        "à jour.",
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert sorted((r.sources[0].clause, r.values.moment) for r in rows) == [
        ("3 c", "candidature"),
        ("9", "award"),
    ]


def test_a_question_asked_as_one_demands_only_where_its_paragraph_obliges(
    ruleset: RuleSet,
) -> None:
    """« Êtes-vous certifié ISO 27001 ? » asks; « Quel taux garantissez-vous ? Impératif : au
    moins 99,5 % » demands its level; a questionnaire row giving the answer expected demands."""
    piece = _piece(
        ("Article 3 – Questions", BlockKind.HEADING),
        "Êtes-vous certifié ISO/IEC 27001 ou votre hébergeur l'est-il ?",
        ("Article 4 – Disponibilité", BlockKind.HEADING),
        "Quel taux de disponibilité garantissez-vous ? Impératif : au moins 99,5 % par mois.",
        ("Article 5 – Sous-traitance", BlockKind.HEADING),
        (
            "Q-RGPD-01 | Acceptez-vous le contrat de sous-traitance (article 28 du RGPD) de "
            "l'établissement ? | Oui, sans réserve | O",
            BlockKind.TABLE_ROW,
        ),
    )
    requirements = _requirements(piece, ruleset)
    assert _of("cloud.iso27001", requirements) == []
    assert [r.values.percent for r in _of("cloud.sla", requirements)] == [Decimal("99.5")]
    assert [r.sources[0].clause for r in _of("gdpr.processor_agreement", requirements)] == [
        "Q-RGPD-01"
    ]


def test_a_section_going_on_with_the_articles_numbering_is_no_annex(ruleset: RuleSet) -> None:
    """« Section 3 » after article 1.1 is the next part of the text, not an annex restating
    it: its obligation, not the background of 1.1, is the demand quoted."""
    piece = _piece(
        ("Section 1 Introduction", BlockKind.HEADING),
        "1.1 These systems are currently hosted on premises and are to be migrated to a managed "
        "cloud service.",
        ("Section 3 Service Requirements", BlockKind.HEADING),
        "3.1 The Service shall be delivered on public cloud infrastructure provided by Microsoft "
        "Azure, and the Contractor shall not change infrastructure provider without the prior "
        "written consent of the Authority.",
        path="rft.txt",
    )
    rows = _of("cloud.hosting_subcontractor", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in rows] == ["3.1"]


def test_a_clause_is_quoted_and_the_item_of_contract_details_it_names_gives_its_value(
    ruleset: RuleSet,
) -> None:
    """Contract details drawn without rules, an « Item » per line, its value wrapped on a line
    of its own; the clause names the Item: the clause is the demand, the Item its value."""
    lines = [
        ("SCHEDULE 1 – CONTRACT DETAILS", BlockKind.LINE),
        (
            "Item 9 Public liability insurance (clause 14.1(a)) AUD 20,000,000 for each occurrence",
            BlockKind.LINE,
        ),
        ("Item 10 Professional indemnity insurance (clause", BlockKind.LINE),
        ("14.1(b))", BlockKind.LINE),
        ("AUD 5,000,000 for each claim and in the aggregate", BlockKind.LINE),
        ("14. Insurance", BlockKind.LINE),
        ("14.1 The Contractor must effect and maintain:", BlockKind.LINE),
        (
            "(a) public liability insurance for not less than the amount specified in Item 9;",
            BlockKind.LINE,
        ),
        (
            "(b) professional indemnity insurance for not less than the amount specified in "
            "Item 10.",
            BlockKind.LINE,
        ),
    ]
    piece = _piece(*lines, path="contract.txt")
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, [s.clause for s in r.sources[1:]]) for r in rows] == [
        ("14.1(b)", ["Item 10"])
    ]
    assert rows[0].values.amount == Money(Decimal("5000000"), "AUD")


def test_an_answer_numbered_after_its_question_is_cited_and_the_question_set_aside(
    ruleset: RuleSet,
) -> None:
    """« Q7 — Les pénalités de 500 € … | R7 — Les pénalités, fixées à 300 € HT par jour … »:
    the answer demands, cited R7; the question restates the tender as it was."""
    piece = _piece(
        ("Question du candidat | Réponse du Syndicat", BlockKind.TABLE_ROW),
        (
            "Q7 — Les pénalités de retard de 500 € par jour prévues au CCAP sont-elles "
            "maintenues ? | R7 — Les pénalités de retard, fixées à 300 € HT par jour calendaire "
            "de retard, s'appliquent à la mise en service.",
            BlockKind.TABLE_ROW,
        ),
        path="reponses.pdf",
    )
    rows = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.amount) for r in rows] == [
        ("R7", Money(Decimal("300"), "EUR"))
    ]
    assert rows[0].text.startswith("R7 — Les pénalités")


def test_an_answer_to_a_bidders_question_demands_and_the_question_does_not(
    ruleset: RuleSet,
) -> None:
    lines: list[str | tuple[str, BlockKind]] = []
    for n, (subject, question, answer) in enumerate(
        (
            ("Hébergement", "Le CCTP impose-t-il l'HDS ?", "Oui, l'hébergeur est certifié HDS."),
            (
                "Assurance",
                "L'article 9.2 du CCAP exige une RC professionnelle de 3 000 000 € par sinistre.",
                "Le titulaire justifie d'une assurance de responsabilité civile professionnelle "
                "de 2 000 000 € par sinistre.",
            ),
            ("Disponibilité", "Peut-on proposer 99,5 % ?", "Non, 99,9 % au moins."),
        ),
        start=1,
    ):
        lines += [
            (f"Q{n} – {subject}", BlockKind.LINE),
            (f"Question : {question}", BlockKind.LINE),
            (f"Réponse de l'acheteur : {answer}", BlockKind.LINE),
        ]
    (rc_pro,) = _of("insurance.rc_pro", _requirements(_piece(*lines), ruleset))
    assert rc_pro.sources[0].clause == "Q2"
    assert rc_pro.values.amount == Money(Decimal(2_000_000), "EUR")
    assert [s.clause for s in rc_pro.sources] == ["Q2"]


def test_a_compliance_matrix_row_naming_its_clause_restates_it(ruleset: RuleSet) -> None:
    """ "CM-06 | … AED 5,000,000 per claim | 7.1": the row answers clause 7.1, whose demand it
    restates with the same values; it is cited among 7.1's sources, not a row of its own."""
    piece = _piece(
        ("7.1 Professional indemnity", BlockKind.HEADING),
        "The Contractor shall maintain Professional Indemnity insurance with a limit of not less "
        "than AED 5,000,000 per claim.",
        ("Appendix B - Compliance matrix", BlockKind.HEADING),
        ("Ref. | Requirement | Clause", BlockKind.TABLE_ROW),
        (
            "CM-06 | Professional Indemnity insurance of not less than AED 5,000,000 per claim"
            " | 7.1",
            BlockKind.TABLE_ROW,
        ),
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "7.1"
    assert len(rc_pro.sources) == 2


def test_a_compliance_matrix_row_naming_its_article_in_brackets_restates_it(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("9.1 Assurance cyber", BlockKind.HEADING),
        "Le titulaire souscrit une assurance cyber d'au moins 1 000 000 € par sinistre.",
        ("Annexe – Matrice de conformité", BlockKind.HEADING),
        ("Réf. | Exigence | Niveau", BlockKind.TABLE_ROW),
        (
            "MC-13 | Assurance cyber d'au moins 1 000 000 € par sinistre (art. 9.1) | Obligatoire",
            BlockKind.TABLE_ROW,
        ),
    )
    (cyber,) = _of("insurance.cyber", _requirements(piece, ruleset))
    assert cyber.sources[0].clause == "9.1"
    assert len(cyber.sources) == 2


def test_an_article_set_anew_leaves_the_demand_it_shared_with_its_neighbours(
    ruleset: RuleSet,
) -> None:
    """8.1 states the principle, 8.2 the rate; Appendix 7 sets 8.2 anew. The new rate is the
    demand, 8.2 is cited set aside, and 8.1 (no value of its own) restates the demand."""
    piece = _piece(
        ("8 Delay", BlockKind.HEADING),
        "8.1 If the Establishment is delayed for reasons attributable to the Supplier, the "
        "Customer is entitled to liquidated damages.",
        "8.2 Liquidated damages accrue by 0.15 % of the fixed price for each calendar day of "
        "delay.",
        ("Appendix 7 Amendments", BlockKind.HEADING),
        'A7.3 Clause 8.2 is replaced by: "Liquidated damages accrue by 0.2 % of the fixed price '
        'for each calendar day of delay."',
        path="contract.txt",
    )
    (penalty,) = _of("contract.delay_penalties", _requirements(piece, ruleset))
    assert penalty.values.percent == Decimal("0.2")
    assert {s.clause for s in penalty.sources} == {"8.1", "8.2", "A7.3"}


def test_an_answer_states_the_level_of_the_cover_its_question_names(ruleset: RuleSet) -> None:
    piece = _piece(
        ("3 Questions des candidats", BlockKind.HEADING),
        ("Q1 – Montant de l'assurance RC professionnelle", BlockKind.HEADING),
        "Réponse : Oui. Le montant minimal exigé est ramené à 1 500 000 € par sinistre.",
        ("Q2 – Assurance cyber", BlockKind.HEADING),
        "Réponse : Le candidat indique le montant de sa prime annuelle, 4 000 €.",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [
        (r.sources[0].clause, r.sources[0].heading, r.values.amount.value)
        for r in rows
        if r.values.amount
    ] == [("Q1", "Montant de l'assurance RC professionnelle", Decimal("1500000"))]
    assert _of("insurance.cyber", _requirements(piece, ruleset)) == []


def test_the_hosts_one_clause_names_are_one_demand(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Article 10 - Hébergement", BlockKind.HEADING),
        "10.1 Les environnements de production sont hébergés sur Microsoft Azure, région France "
        "Centre. Les sauvegardes chiffrées sont stockées chez OVHcloud à Gravelines.",
    )
    (hosting,) = _of("cloud.hosting_subcontractor", _requirements(piece, ruleset))
    assert set(hosting.values.providers) == {"Microsoft Azure", "OVHcloud"}


def test_a_task_list_item_opening_on_a_code_is_cited_by_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Hébergement", BlockKind.HEADING),
        "- [x] H1 — Données, sauvegardes et environnements de recette hébergés en France.",
        "- [x] H4 — Disponibilité mensuelle du portail de 99,5 %.",
        path="issue.md",
    )
    requirements = _requirements(piece, ruleset)
    assert [r.sources[0].clause for r in _of("gdpr.data_location", requirements)] == ["H1"]
    assert [r.sources[0].clause for r in _of("cloud.sla", requirements)] == ["H4"]


def test_a_comment_of_an_exported_issue_sets_anew_what_its_description_said(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("Données personnelles", BlockKind.HEADING),
        "- [x] D2 — Notification de toute violation de données au Département sous 48 heures.",
        ("Activité", BlockKind.HEADING),
        "Thomas Morel @tmorel · 04/02/2026 11:47",
        "Côté RSSI, 48 h c'est long pour D2.",
        "Pauline Nguyen @pnguyen · 05/02/2026 16:03",
        "Pour info, le portail a eu une disponibilité de 99,2 % sur 2025.",
        "Claire Vasseur @cvasseur · 06/02/2026 10:30",
        "Arbitrage : le délai de notification des violations de données passe à 24 heures.",
        path="issue.md",
    )
    (breach,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert (breach.sources[0].clause, breach.values.hours) == ("06/02/2026 10:30", 24)


def test_a_derogation_to_an_article_of_an_annex_sets_that_article_aside(
    ruleset: RuleSet,
) -> None:
    """The annex numbers its articles afresh: its 2.1 is cited "Annexe 1 2.1", and « l'article
    2.1 de l'Annexe 1 » names it."""
    piece = _piece(
        ("Article 1 - Objet", BlockKind.HEADING),
        "1.1 Le Musée confie à l'Agence sa billetterie en ligne.",
        ("Article 2 - Données", BlockKind.HEADING),
        "2.1 Par dérogation à l'article 2.1 de l'Annexe 1, l'Agence notifie au Musée toute "
        "violation de données à caractère personnel dans un délai de 24 heures.",
        ("Annexe 1 - Conditions générales de l'Agence", BlockKind.HEADING),
        ("Article 1 - Objet", BlockKind.HEADING),
        "1.1 Les présentes conditions régissent les prestations de l'Agence.",
        ("Article 2 - Données", BlockKind.HEADING),
        "2.1 L'Agence informe le client de toute violation de données personnelles dans un délai "
        "de 72 heures.",
        path="contrat.txt",
    )
    (breach,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert (breach.sources[0].clause, breach.values.hours) == ("2.1", 24)


def test_the_end_clients_demands_an_esn_flows_down_are_demanded_and_those_it_keeps_are_not(
    ruleset: RuleSet,
) -> None:
    """A subcontract's annex « Obligations du Client final répercutées au Sous-traitant » is
    no buyer's part: its points are demanded. The table it introduces with « non répercutées,
    qui demeurent à la charge exclusive de l'ESN : » lists what is not, each row's comment
    a sentence of its own after « ; »."""
    piece = _piece(
        ("Annexe 1 – Obligations du Client final répercutées au Sous-traitant", BlockKind.HEADING),
        "Le Sous-traitant tient un journal horodaté de ses accès aux données et le conserve un an.",
        "Obligations du Contrat Client non répercutées, qui demeurent à la charge exclusive de "
        "l'ESN :",
        ("Réf. | Obligation du Contrat Client | Commentaire", BlockKind.TABLE_ROW),
        (
            "N1 | Disponibilité de la plateforme d'au moins 99,8 % par mois | Engagement de l'ESN"
            " ; sans objet pour le Sous-traitant.",
            BlockKind.TABLE_ROW,
        ),
        (
            "N2 | Assurance perte d'exploitation de 500 000 € | Souscrite par l'ESN ; non exigée"
            " du Sous-traitant.",
            BlockKind.TABLE_ROW,
        ),
    )
    kinds = {r.kind for r in _requirements(piece, ruleset)}
    assert "gdpr.access_logging" in kinds
    assert not kinds & {"cloud.sla", "insurance.business_interruption"}


def test_special_conditions_titled_on_the_line_that_explains_them_are_read_on_an_order(
    ruleset: RuleSet,
) -> None:
    """« CONDITIONS PARTICULIÈRES – elles prévalent sur les conditions générales imprimées
    ci-dessous. » opens the special conditions of an order form: their points are demands,
    not the lines of a cover page."""
    lines = (
        "Commune d'Exemple – Bon de commande 2026-0147",
        "BON DE COMMANDE N° 2026-0147",
        "CONDITIONS PARTICULIÈRES – elles prévalent sur les conditions générales imprimées "
        "ci-dessous.",
        "CP1 – Le titulaire est assuré en responsabilité civile professionnelle pour 1 000 000 €.",
        "CP4 – Les attestations d'assurance sont transmises au secrétariat dans les huit jours.",
        "CP7 – Toute intervention à distance se fait au moyen d'un outil qui journalise chaque "
        "session ; le journal est remis à la commune en fin de mois.",
        "CONDITIONS GÉNÉRALES D'ACHAT DE LA COMMUNE",
        "1. Application",
        "Les présentes conditions s'appliquent à toute commande de la commune.",
        "2. Prix",
        "Les prix sont fermes et définitifs.",
    )
    piece = _piece(*((line, BlockKind.LINE) for line in lines))
    cited = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("insurance.certificate", "CP4"), ("gdpr.access_logging", "CP7")} <= cited


def test_a_requirement_under_its_own_code_is_quoted_before_the_article_that_introduces_it(
    ruleset: RuleSet,
) -> None:
    """Two bare statements of one kind: the sentence opening the article (« … traite aussi les
    journaux de connexion ») and the requirement under its code (« EXG-07 Tous les accès … sont
    journalisés »); the grid cites the code."""
    piece = _piece(
        "I. CONTEXTE",
        "La Région publie ses jeux de données depuis un entrepôt.",
        "II. HÉBERGEMENT ET PROTECTION DES DONNÉES",
        "La Plateforme diffuse des données publiques mais traite aussi les comptes des "
        "réutilisateurs et les journaux de connexion, qui sont des données personnelles.",
        "EXG-07 Tous les accès aux environnements de production sont journalisés et les "
        "journaux sont conservés un an.",
    )
    (row,) = _of("gdpr.access_logging", _requirements(piece, ruleset))
    assert row.sources[0].clause == "EXG-07"


def test_the_rows_under_a_code_and_title_in_one_merged_cell_cite_the_code(
    ruleset: RuleSet,
) -> None:
    """A mémoire technique's form: « MT-02 – Localisation de l'hébergement » in a merged cell,
    then « Statut | … » and « Niveau minimal imposé | … » rows under it."""
    piece = _piece(
        ("3. Hébergement et sécurité", BlockKind.HEADING),
        ("MT-02 – Localisation de l'hébergement", BlockKind.TABLE_ROW),
        ("Statut | Obligatoire – noté (4 points)", BlockKind.TABLE_ROW),
        (
            "Niveau minimal imposé | Les données, sauvegardes comprises, sont hébergées dans "
            "l'Union européenne.",
            BlockKind.TABLE_ROW,
        ),
        ("MT-06 – Journalisation", BlockKind.TABLE_ROW),
        ("Statut | Obligatoire – non noté", BlockKind.TABLE_ROW),
        (
            "Niveau minimal imposé | Tous les accès aux données sont journalisés et les journaux "
            "conservés douze mois.",
            BlockKind.TABLE_ROW,
        ),
    )
    cited = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert {("gdpr.data_location", "MT-02"), ("gdpr.access_logging", "MT-06")} <= cited


def test_the_question_column_is_set_aside_beside_the_answer_of_the_buyer(
    ruleset: RuleSet,
) -> None:
    """« N° | Question du candidat | Réponse de l'acheteur »: the answer demands 2 M€; the 3 M€
    the question quotes from the CCAP is the tender as it was."""
    question = (
        "L'article 9.1 du CCAP exige une RC professionnelle de 3 000 000 € par sinistre. "
        "Ce montant est-il acceptable ?"
    )
    answer = (
        "Le montant minimum de l'assurance de responsabilité civile professionnelle est ramené "
        "à 2 000 000 € par sinistre."
    )
    piece = _piece(
        ("N° | Question du candidat | Réponse de l'acheteur", BlockKind.TABLE_ROW),
        (f"1 | {question} | {answer}", BlockKind.TABLE_ROW),
        path="questions_reponses.pdf",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [r.values.amount for r in rows] == [Money(Decimal("2000000"), "EUR")]


def test_an_article_another_says_does_not_apply_demands_nothing(ruleset: RuleSet) -> None:
    """A hosting option the client did not take: « Les stipulations de l'article 5.1 ne lui
    sont pas applicables ». An exception (« ne s'applique pas en cas de faute lourde ») or a
    condition (« à défaut, … ne s'applique pas ») leaves the article applying."""
    option = (
        "5.1 L'Éditeur propose une option d'hébergement chez OVHcloud, sur une infrastructure "
        "certifiée HDS."
    )
    not_taken = (
        "5.2 Le Client n'a pas souscrit cette option. Les stipulations de l'article 5.1 ne lui "
        "sont pas applicables ; elles ne le deviendraient qu'en cas de souscription ultérieure."
    )
    assert _cited("cloud.hds", ruleset, option) == ["5.1"]
    assert _cited("cloud.hds", ruleset, option, not_taken) == []
    excepted = "5.2 La stipulation de l'article 5.1 ne s'applique pas en cas de force majeure."
    conditional = "5.2 À défaut, l'article 5.1 ne s'applique pas."
    assert _cited("cloud.hds", ruleset, option, excepted) == ["5.1"]
    assert _cited("cloud.hds", ruleset, option, conditional) == ["5.1"]


def test_the_figures_after_an_example_label_demand_nothing(ruleset: RuleSet) -> None:
    """« Exemple : » then the service levels of a worked example: their 99,9 % illustrate how
    penalties are computed; the levels are demanded where another article states them."""
    lines = (
        "15.2 Calcul des pénalités",
        "La pénalité est égale à l'écart entre le taux promis et le taux constaté.",
        "Exemple : non-respect des SLA 1 et 3",
        "SLA 1 : Disponibilité Compute : 99,9 % ; taux du mois en cours 90 %",
        "SLA 3 : Sauvegarde : 99,9 % ; taux du mois en cours 80 %",
    )
    assert _of("cloud.sla", _requirements(_piece(*lines), ruleset)) == []


def test_a_brokers_table_demands_in_its_first_column_only(ruleset: RuleSet) -> None:
    """« Exigence du marché | Votre contrat actuel | Écart »: the tender's demand is the row's;
    the client's current cover beside it, and the recap of the policy under « Rappel de votre
    contrat actuel », are no demand."""
    piece = _piece(
        ("2. Tableau comparatif", BlockKind.HEADING),
        ("Exigence du marché | Votre contrat actuel | Écart", BlockKind.TABLE_ROW),
        (
            "RC professionnelle — 2 000 000 € par sinistre [CCAP 9.2] | 1 500 000 € par sinistre "
            "| Insuffisant",
            BlockKind.TABLE_ROW,
        ),
        ("4. Rappel de votre contrat actuel", BlockKind.HEADING),
        "Responsabilité civile professionnelle : 1 500 000 € par sinistre.",
        path="note.pdf",
    )
    rows = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.amount) for r in rows] == [
        ("2", Money(Decimal("2000000"), "EUR"))
    ]


def test_the_host_named_as_the_subject_of_another_demand_sets_no_hosting_demand(
    ruleset: RuleSet,
) -> None:
    """« L'Hébergeur permet au Client de consulter les traces d'accès »: the host is who keeps
    the logs, no constraint on the host; naming the provider still makes one."""
    bare = {
        f.kind
        for f in detect_text(
            "Conformément aux engagements de sécurité, l'Hébergeur permet au Client de "
            "consulter les traces d'accès aux données pendant un an.",
            ruleset,
            "fr",
        )
    }
    assert bare == {"gdpr.access_logging"}
    named = {
        f.kind
        for f in detect_text(
            "Les données sont hébergées chez OVHcloud et l'hébergeur journalise tous les accès aux "
            "données.",
            ruleset,
            "fr",
        )
    }
    assert "cloud.hosting_subcontractor" in named


def test_a_response_grid_cites_each_demand_by_the_code_opening_its_cell(
    ruleset: RuleSet,
) -> None:
    """The bidder's answer column left blank, each row holds one filled cell: « R6 — … »."""
    row = BlockKind.TABLE_ROW
    lines = [
        ("3. Exigences et réponses", BlockKind.HEADING),
        ("Exigence de l'acheteur", row),
        ("R6 — Le titulaire notifie toute violation de données dans un délai de 24 heures.", row),
        ("R9 — Au terme du marché, le titulaire supprime toutes les données de la Mutuelle.", row),
    ]
    assert _cited("gdpr.breach_notification", ruleset, *lines) == ["R6"]
    assert _cited("gdpr.data_deletion", ruleset, *lines) == ["R9"]


def test_the_bidder_attesting_its_answers_does_not_make_a_certificate(tmp_path: Path) -> None:
    grid = tmp_path / "cadre_de_reponse.txt"
    grid.write_text(
        "1. Objet\n\nEn signant le présent cadre, le candidat atteste que les réponses apportées "
        "engagent sa société.\n\n2. Exigences\n\nLe titulaire notifie toute violation de données "
        "dans un délai de 24 heures.\n",
        encoding="utf-8",
    )
    result = check([grid])
    assert not result.warnings
    assert [r.kind for r in result.requirements] == ["gdpr.breach_notification"]


def test_the_numbered_alineas_of_a_swiss_paragraph_are_cited_by_their_number(
    ruleset: RuleSet,
) -> None:
    lines = [
        ("§ 3 Protection des données", BlockKind.HEADING),
        "1 Le Prestataire notifie au Canton toute violation de données dans un délai de 24 heures.",
        "2 Les données, y compris les sauvegardes, sont stockées exclusivement en Suisse.",
        "3 Au terme du contrat, le Prestataire efface toutes les données du Canton.",
    ]
    assert _cited("gdpr.breach_notification", ruleset, *lines) == ["3 al. 1"]
    assert _cited("gdpr.data_deletion", ruleset, *lines) == ["3 al. 3"]


def test_a_table_by_lot_whose_columns_name_the_covers_gives_each_cell_its_value(
    ruleset: RuleSet,
) -> None:
    row = BlockKind.TABLE_ROW
    requirements = _requirements(
        _piece(
            ("Article 5 - Assurances", BlockKind.HEADING),
            ("Lot | RC professionnelle | RC exploitation (minimum) | Assurance cyber", row),
            (
                "Lot 1 | 3 000 000 € par sinistre | 1 500 000 € par sinistre | "
                "1 000 000 € par année d'assurance",
                row,
            ),
            ("Lot 2 | 1 000 000 € par sinistre | Non exigée | Non exigée", row),
        ),
        ruleset,
    )

    def by_lot(kind: str) -> dict[str | None, Decimal | None]:
        return {
            r.sources[0].clause: r.values.amount.value if r.values.amount else None
            for r in _of(kind, requirements)
        }

    assert by_lot("insurance.rc_pro") == {"Lot 1": Decimal(3_000_000), "Lot 2": Decimal(1_000_000)}
    assert by_lot("insurance.rc_exploitation") == {"Lot 1": Decimal(1_500_000)}
    assert by_lot("insurance.cyber") == {"Lot 1": Decimal(1_000_000)}


def test_the_rows_of_two_lots_are_two_demands_however_alike(ruleset: RuleSet) -> None:
    row = BlockKind.TABLE_ROW
    lines = [
        ("Article 5 - Certifications", BlockKind.HEADING),
        ("Lot | Certifications exigées", row),
        ("Lot 1 | Certification ISO/IEC 27001 de l'hébergeur en cours de validité", row),
        ("Lot 2 | Certification ISO/IEC 27001 du titulaire en cours de validité", row),
    ]
    assert _cited("cloud.iso27001", ruleset, *lines) == ["Lot 1", "Lot 2"]


def test_an_insurers_questions_and_proposed_covers_demand_nothing(ruleset: RuleSet) -> None:
    """An underwriting questionnaire: the proposer answers by ticking boxes, the values in
    brackets are examples, and the covers in the table are the insurer's offer."""
    row = BlockKind.TABLE_ROW
    lines = [
        ("Section B - Garanties", BlockKind.HEADING),
        ("Réf. | Garantie | Montant proposé | Franchise", row),
        ("B.1 | Responsabilité civile cyber | 1 000 000 € par année d'assurance | 5 000 €", row),
        ("Section C - Pratiques de sécurité", BlockKind.HEADING),
        ("Réf. | Question | Oui / Non", row),
        ("C.4 | Recourez-vous à un hébergeur tiers (AWS, Azure, OVHcloud…) ? | ☐ Oui ☐ Non", row),
        ("C.7 | Quel taux de disponibilité garantissez-vous ? (ex. 99,9 %) | …… %", row),
    ]
    requirements = _requirements(_piece(*lines), ruleset)
    assert not {"insurance.cyber", "cloud.hosting_subcontractor", "cloud.sla"} & {
        r.kind for r in requirements
    }


def test_a_numbered_title_row_of_a_grid_demands_nothing(ruleset: RuleSet) -> None:
    row = BlockKind.TABLE_ROW
    requirements = _requirements(
        _piece(
            ("3. Exigences et réponses", BlockKind.HEADING),
            ("Exigence de l'acheteur", row),
            ("3.4 Assurance et responsabilité", row),
            ("R12 — La responsabilité du titulaire est plafonnée à 500 000 €.", row),
        ),
        ruleset,
    )
    assert [r.kind for r in requirements] == ["contract.liability_cap"]


def test_certifications_listed_as_examples_of_what_is_shown_demand_none(
    ruleset: RuleSet,
) -> None:
    lines = [
        ("Article 11 - Documentation et audits", BlockKind.HEADING),
        "Le Sous-traitant met à la disposition du Responsable de traitement :",
        (
            "les attestations de conformité disponibles (ISO 27001, SecNumCloud, HDS, ISAE, etc.)",
            BlockKind.LIST_ITEM,
        ),
        ("Article 12 - Hébergement", BlockKind.HEADING),
        "Le Sous-traitant héberge les données sur une offre qualifiée SecNumCloud.",
    ]
    requirements = _requirements(_piece(*lines), ruleset)
    assert not _of("cloud.iso27001", requirements) and not _of("cloud.hds", requirements)
    assert [r.sources[0].clause for r in _of("cloud.secnumcloud", requirements)] == ["12"]


def test_a_later_sentence_of_a_labelled_row_is_cited_by_the_row_label(ruleset: RuleSet) -> None:
    """An order form's row « Exit management | … plan … On expiry, it must return … »: the
    sentence that demands is the second of its cell, and the row is named by its label."""
    cited = _cited(
        "gdpr.data_deletion",
        ruleset,
        ("Section B – Service terms", BlockKind.HEADING),
        ("Item | Detail", BlockKind.TABLE_ROW),
        ("Hosting location | All Buyer Data is stored in the United Kingdom.", BlockKind.TABLE_ROW),
        (
            "Exit management | The Supplier must provide an exit plan within three months. On "
            "expiry, it must return all Buyer Data and then securely delete every copy.",
            BlockKind.TABLE_ROW,
        ),
    )
    assert cited == ["Exit management"]


def test_a_later_sentence_of_a_retained_position_is_cited_by_the_row_label(
    ruleset: RuleSet,
) -> None:
    """Negotiation minutes « Point | Position initiale | Position retenue »: the opening
    position set aside, the row « Audit | … | Abandonné. En contrepartie, le titulaire reste
    certifié ISO/IEC 27001… » is two columns, and its second sentence is the row's."""
    cited = _cited(
        "cloud.iso27001",
        ruleset,
        ("Compte rendu", BlockKind.HEADING),
        ("Point | Position initiale | Position retenue", BlockKind.TABLE_ROW),
        (
            "Audit | Deux audits sur site par an | Abandonné. En contrepartie, le titulaire "
            "reste certifié ISO/IEC 27001 et communique chaque année son certificat.",
            BlockKind.TABLE_ROW,
        ),
    )
    assert cited == ["Audit"]


def test_a_table_of_labels_and_sentences_has_no_header_row(ruleset: RuleSet) -> None:
    """A notice's terms laid out as labels and their sentences: the first row is a term, not
    the names of the columns, so « Availability | 99.95% per calendar month » is read alone;
    « Hosting | Public cloud is acceptable. Hosting to be on AWS … only. » is cited by its
    label although its second sentence opens on the same word."""
    lines = [
        ("Section 4 – Contract terms", BlockKind.HEADING),
        (
            "Form of contract | NHS Terms and Conditions for the Supply of Goods and the Provision "
            "of Services, with the Trust's special conditions",
            BlockKind.TABLE_ROW,
        ),
        (
            "Hosting | Public cloud is acceptable. Hosting to be on AWS (eu-west-2, London) or "
            "Microsoft Azure (UK South) only.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Availability | 99.95% per calendar month, measured at the endpoints.",
            BlockKind.TABLE_ROW,
        ),
    ]
    requirements = _requirements(_piece(*lines), ruleset)
    assert [r.values.percent for r in _of("cloud.sla", requirements)] == [Decimal("99.95")]
    assert _cited("cloud.hosting_subcontractor", ruleset, *lines) == ["Hosting"]


def test_two_rows_of_a_table_of_pieces_are_two_demands(ruleset: RuleSet) -> None:
    """« Attestation d'assurance de RC professionnelle | ✓ | … » and « Attestation d'assurance
    actualisée | ✓ | … » ask for two certificates, even where the first states no value."""
    piece = _piece(
        ("Article 4 – Pièces à fournir", BlockKind.HEADING),
        ("Pièce | Candidature | Offre | Observations", BlockKind.TABLE_ROW),
        ("Lettre de candidature | ✓ | Modèle DC1.", BlockKind.TABLE_ROW),
        (
            "Attestation d'assurance de responsabilité civile professionnelle | ✓ | Garantie "
            "minimale : 1 000 000 € par sinistre. Attestation en cours de validité.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Attestation d'assurance actualisée | ✓ | À remettre dans un délai de huit (8) jours "
            "à compter de la demande de la commune.",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _of("insurance.certificate", _requirements(piece, ruleset))
    assert sorted(r.text[:40] for r in rows) == [
        "Attestation d'assurance actualisée | ✓ |",
        "Attestation d'assurance de responsabilit",
    ]


def test_a_clause_leaving_its_level_to_a_part_joins_the_row_of_that_part(
    ruleset: RuleSet,
) -> None:
    """« … le taux de disponibilité indiqué aux Conditions particulières » and the row
    « Disponibilité garantie | 99,8 % mensuelle » of the part so titled: one demand, 99,8 %."""
    piece = _piece(
        ("Conditions particulières", BlockKind.HEADING),
        ("Client | Ferrand Distribution SAS", BlockKind.TABLE_ROW),
        ("Disponibilité garantie | 99,8 % mensuelle, hors maintenance", BlockKind.TABLE_ROW),
        ("Article 3 – Niveau de service", BlockKind.HEADING),
        "L'Éditeur s'engage sur le taux de disponibilité mensuelle du Service indiqué aux "
        "Conditions particulières.",
    )
    rows = _of("cloud.sla", _requirements(piece, ruleset))
    assert len(rows) == 1
    assert rows[0].values.percent == Decimal("99.8")
    assert {s.clause for s in rows[0].sources} == {"3", None}


def test_the_code_of_a_row_is_no_word_of_its_demand(ruleset: RuleSet) -> None:
    """ "SLA-04 | Maintenance | … annoncées au moins 72 h à l'avance": the code names the row,
    it demands no level of service."""
    piece = _piece(
        ("Article 5 – Exigences", BlockKind.HEADING),
        ("Réf. | Thème | Exigence", BlockKind.TABLE_ROW),
        (
            "SLA-04 | Maintenance | Les opérations de maintenance programmée sont annoncées au "
            "moins 72 h à l'avance.",
            BlockKind.TABLE_ROW,
        ),
    )
    assert _of("cloud.sla", _requirements(piece, ruleset)) == []


def test_a_row_labelled_as_the_buyers_part_demands_nothing(ruleset: RuleSet) -> None:
    """ "Buyer's responsibilities | The Buyer will: …; report any Personal Data Breach to the ICO
    within 72 hours": the buyer's own duties, as under a heading so titled."""
    piece = _piece(
        ("Section D – Data protection", BlockKind.HEADING),
        ("Item | Detail", BlockKind.TABLE_ROW),
        (
            "Buyer's responsibilities | The Buyer will: nominate a service owner; report any "
            "Personal Data Breach to the ICO within 72 hours where required.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Special terms | The Supplier shall notify the Buyer of any Personal Data Breach "
            "within 24 hours of becoming aware of it.",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert [r.values.hours for r in rows] == [24]


def test_a_row_label_is_no_code_to_rank_a_later_sentence_first(ruleset: RuleSet) -> None:
    """The location stated in the row « Hosting location | … » is quoted, not the second
    sentence of the row « Hosting provider | … » that the row's label names."""
    piece = _piece(
        ("Section B – Hosting", BlockKind.HEADING),
        ("Item | Detail", BlockKind.TABLE_ROW),
        (
            "Hosting location | All Buyer Data must be stored and processed in the European "
            "Union only.",
            BlockKind.TABLE_ROW,
        ),
        (
            "Hosting provider | Microsoft Azure, France Central region. The Supplier must store "
            "all Buyer Data in the European Union and must not add a hosting provider.",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _of("gdpr.data_location", _requirements(piece, ruleset))
    assert [r.text[:16] for r in rows] == ["Hosting location"]


def _markdown_requirements(
    tmp_path: Path, text: str, name: str = "checklist.md"
) -> list[Requirement]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(check([path]).requirements)


_CHECKLIST = """# Check-list conformité

> Légende : ✅ exigé par le DCE · ❌ non exigé par le DCE · 🔲 question ouverte

## 1. Assurances

- ✅ **A1** — RC professionnelle
  - CCAP 8.1 : « Le titulaire justifie d'une assurance de responsabilité civile professionnelle
    d'au moins 1 500 000 € par sinistre. »
- ❌ **A5** — Assurance cyber
  - CCAP 8.3 : « Une assurance cyber de 500 000 € pourra être présentée. »
"""


def test_a_checklist_item_is_cited_by_its_code_and_so_are_its_quotes(tmp_path: Path) -> None:
    """« ✅ A1 — RC professionnelle » and the clause quoted under it are cited « A1 »."""
    rows = _of("insurance.rc_pro", _markdown_requirements(tmp_path, _CHECKLIST))
    assert [r.sources[0].clause for r in rows] == ["A1"]


def test_a_checklist_item_whose_status_follows_its_code_is_cited_by_it(tmp_path: Path) -> None:
    """« - **A2** ⚠️ « Une garantie cyber-risques d'au moins 1 M€ par sinistre est exigée. » »:
    the code, then the status, then the quoted requirement."""
    text = (
        "# Go / No-go\n\n> - ✅ exigence du DCE, nous sommes conformes\n"
        "> - ⚠️ exigence du DCE, à sécuriser\n\n## Assurances (CCAP art. 9)\n\n"
        "- **A1** ✅ « Le titulaire justifie d'une assurance de responsabilité civile "
        "professionnelle de 2 000 000 € par sinistre. » (CCAP 9.1)\n"
        "- **A2** ⚠️ « Une garantie cyber-risques d'au moins 1 M€ par sinistre est exigée. » "
        "(CCAP 9.2)\n"
    )
    found = _markdown_requirements(tmp_path, text)
    assert [r.sources[0].clause for r in _of("insurance.rc_pro", found)] == ["A1"]
    assert [r.sources[0].clause for r in _of("insurance.cyber", found)] == ["A2"]


def test_items_the_legend_marks_as_not_demanded_are_no_demand(tmp_path: Path) -> None:
    """« ❌ non exigé par le DCE » in the legend: « ❌ A5 — Assurance cyber » and its quote
    demand nothing."""
    assert _of("insurance.cyber", _markdown_requirements(tmp_path, _CHECKLIST)) == []


def test_the_points_of_a_lawyers_advice_are_no_demand(ruleset: RuleSet) -> None:
    """« Nous vous recommandons de demander au Client les aménagements suivants : » then its
    points: what to negotiate, not what the contract demands."""
    piece = _piece(
        ("4 Points à négocier", BlockKind.HEADING),
        "Nous vous recommandons de demander au Client les aménagements suivants :",
        "a) que le montant exigé pour l'assurance cyber soit ramené à 500 000 € par sinistre ;",
        "b) que le plafond de responsabilité s'applique aussi aux manquements au RGPD.",
    )
    found = _requirements(piece, ruleset)
    assert _of("insurance.cyber", found) == [] and _of("contract.liability_cap", found) == []


def test_words_cut_short_in_a_legal_notice_are_read_in_full(ruleset: RuleSet) -> None:
    """A newspaper's notice: « Hébergt des données … exclusivt ds l'UE », « notif. des
    violations … ss 48 h »; the quote stays as printed."""
    hits = detect_text(
        "Hébergt des données et sauvegardes exclusivt ds l'UE ; notif. des violations de "
        "données ss 48 h.",
        ruleset,
        "fr",
    )
    assert {f.kind for f in hits} >= {"gdpr.data_location", "gdpr.breach_notification"}
    assert all("exclusivt" in f.sentence or "notif." in f.sentence for f in hits)


def test_an_eforms_business_term_is_no_code_of_a_demand(ruleset: RuleSet) -> None:
    """« Critère (BT-809) Assurance … » in an eForms notice: the business term names a field of
    the form; the demand is cited by the notice's section."""
    cited = _cited(
        "insurance.rc_pro",
        ruleset,
        ("5.1.9 Critères de sélection", BlockKind.HEADING),
        "Critère (BT-809) : le candidat justifie d'une assurance de responsabilité civile "
        "professionnelle d'au moins 1 000 000 € par sinistre.",
    )
    assert cited == ["5.1.9"]


def test_a_buyers_brief_in_the_imperative_demands(ruleset: RuleSet) -> None:
    """« Tell us about any personal data breach … within 24 hours » demands; the buyer's own
    report to the regulator, further on, is not where the demand is made."""
    piece = _piece(
        ("3.2 Data protection", BlockKind.HEADING),
        "Tell us about any personal data breach affecting our supporters within 24 hours of "
        "finding out about it.",
        ("7 What we do", BlockKind.HEADING),
        "We will decide whether to report a breach to the Information Commissioner's Office.",
        path="itq.docx",
    )
    rows = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.values.hours) for r in rows] == [("3.2", 24)]


def test_a_row_ticking_one_of_its_levels_reads_only_the_ticked_one(ruleset: RuleSet) -> None:
    """« ☒ Exigé ☐ Souhaité ☐ Sans objet »: the words of the empty boxes are not the row's, so
    the row demands (not « sans objet », not « souhaité »); a row ticking « Souhaité » wishes,
    one ticking « Sans objet » demands nothing."""
    level = "☐ Exigé ☐ Souhaité ☐ Sans objet"
    piece = _piece(
        ("4 Assurances", BlockKind.HEADING),
        ("Réf. | Exigence | Niveau", BlockKind.TABLE_ROW),
        (
            "ASS-01 | Responsabilité civile professionnelle d'au moins 1 000 000 € par sinistre. | "
            + level.replace("☐ Exigé", "☒ Exigé"),
            BlockKind.TABLE_ROW,
        ),
        (
            "ASS-02 | Assurance des risques cyber d'au moins 500 000 €. | "
            + level.replace("☐ Souhaité", "☒ Souhaité"),
            BlockKind.TABLE_ROW,
        ),
        (
            "ASS-03 | Assurance décennale. | " + level.replace("☐ Sans objet", "☒ Sans objet"),
            BlockKind.TABLE_ROW,
        ),
    )
    found = {(r.kind, r.sources[0].clause, r.recommended) for r in _requirements(piece, ruleset)}
    assert found == {("insurance.rc_pro", "ASS-01", False), ("insurance.cyber", "ASS-02", True)}


def test_the_offers_a_report_analyses_demand_nothing(ruleset: RuleSet) -> None:
    """« 4 ANALYSE DES OFFRES » over one section per bidder: « Elle déclare une assurance RC
    professionnelle de 2 000 000 € », « Le groupement héberge la solution sur Microsoft Azure »
    tell what was offered; the reminder of the DCE's demands before it still demands."""
    piece = _piece(
        ("2 RAPPEL DES EXIGENCES", BlockKind.HEADING),
        "2.1 Le titulaire notifie toute violation de données dans un délai de 24 heures.",
        ("4 ANALYSE DES OFFRES", BlockKind.HEADING),
        ("4.1 Cirrhus Informatique SAS", BlockKind.HEADING),
        "Elle déclare une assurance RC professionnelle de 2 000 000 € par sinistre et s'engage "
        "sur une disponibilité de 99,9 %.",
        ("4.2 Groupement Oxalide", BlockKind.HEADING),
        "Le groupement héberge la solution sur Microsoft Azure.",
    )
    found = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert found == {("gdpr.breach_notification", "2.1")}


def test_a_policy_schedule_pasted_before_a_contract_demands_nothing(ruleset: RuleSet) -> None:
    """A broker's slip (« INSURED: », « PERIOD: », « PREMIUM: », its limits and the insured's
    duties towards underwriters) then a contract extract: the slip tells the cover held, the
    contract demands."""
    piece = _piece(
        ("UNIQUE MARKET REFERENCE: | B0572HPB25CY4471", BlockKind.TABLE_ROW),
        ("INSURED: | Lumen Forge SAS", BlockKind.TABLE_ROW),
        ("PERIOD: | From 1 January 2026 to 31 December 2026", BlockKind.TABLE_ROW),
        (
            "LIMIT OF LIABILITY: | EUR 3,000,000 any one claim and in the aggregate",
            BlockKind.TABLE_ROW,
        ),
        (
            "NOTICES: | The Insured shall give notice to Underwriters of any claim within 30 days.",
            BlockKind.TABLE_ROW,
        ),
        ("PREMIUM: | EUR 41,800 gross", BlockKind.TABLE_ROW),
        "SECURITY DETAILS",
        (
            "INSURER'S LIABILITY: | Each Insurer's liability is limited to its own proportion.",
            BlockKind.TABLE_ROW,
        ),
        ("14 INSURANCE", BlockKind.HEADING),
        "14.1 The Supplier shall maintain professional indemnity insurance of not less than "
        "EUR 5,000,000 per claim.",
    )
    found = {(r.kind, r.sources[0].clause) for r in _requirements(piece, ruleset)}
    assert found == {("insurance.rc_pro", "14.1")}


def test_special_conditions_set_aside_a_general_article_lettered_g(ruleset: RuleSet) -> None:
    """« P-3 — Assurances » with « Par dérogation à l'article G.9.1, … 2 000 000 € par sinistre »
    and the conditions générales' « G.9.1 » at 1 000 000 €: one demand, valued from P-3."""
    piece = _piece(
        ("P-3 — Assurances", BlockKind.HEADING),
        "Par dérogation à l'article G.9.1, le Prestataire maintient une assurance de "
        "responsabilité civile professionnelle d'au moins 2 000 000 € par sinistre.",
        ("G.9.1 Responsabilité civile professionnelle", BlockKind.HEADING),
        "Le Prestataire est titulaire d'une assurance de responsabilité civile "
        "professionnelle d'au moins 1 000 000 € par sinistre.",
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "P-3"
    assert rc_pro.values.amount is not None and rc_pro.values.amount.value == 2000000


def test_a_clause_leaving_its_value_to_an_item_of_the_contract_details_demands_it(
    ruleset: RuleSet,
) -> None:
    """The contract details open the contract, before its clauses: their rows give the values
    the clauses leave to them ("specified in Item 12"). The clause is the demand, with the
    row's value, and the row is cited after it."""
    piece = _piece(
        "Contract Details",
        ("Item | Description | Details", BlockKind.TABLE_ROW),
        (
            "Item 12 | Availability Service Level (clause 13.1) | 99.9% per Month",
            BlockKind.TABLE_ROW,
        ),
        ("13 Service Levels", BlockKind.HEADING),
        "13.1 The Supplier must ensure that the Platform is Available for at least the "
        "percentage of each Month specified in Item 12.",
    )
    (sla,) = _of("cloud.sla", _requirements(piece, ruleset))
    # (the row cited by its item, as the contract cites it)
    assert [s.clause for s in sla.sources] == ["13.1", "Item 12"]
    assert sla.values.percent == Decimal("99.9")
    assert sla.role == "obligation"


def test_a_point_is_bound_by_the_obligation_announcing_it_in_its_article(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        ("14 Insurance", BlockKind.HEADING),
        "14.2 The Supplier must hold:",
        "(a) professional indemnity insurance for not less than AUD 10,000,000 for each claim;",
        "(b) public liability insurance for not less than AUD 20,000,000 per occurrence.",
    )
    requirements = _requirements(piece, ruleset)
    (cover,) = _of("insurance.rc_exploitation", requirements)
    assert (cover.sources[0].clause, cover.role) == ("14.2(b)", "obligation")


def test_the_parts_of_an_annex_are_cited_with_it_where_the_document_does(
    ruleset: RuleSet,
) -> None:
    """A tender citing its schedule's paragraphs as "Schedule 2, Part B, paragraph 3": each
    paragraph of a part, and each numbered row of its table, is cited so."""
    lines: list[str | tuple[str, BlockKind]] = [
        ("4.9 Insurance", BlockKind.HEADING),
        "The Contractor must comply with Schedule 2; a reference such as Schedule 2, Part B, "
        "paragraph 2 designates a paragraph of a part of it.",
        ("Schedule 2 – Insurance", BlockKind.HEADING),
        ("Part A – Insurances to be held", BlockKind.HEADING),
        ("Para. | Type of insurance | Minimum limit of indemnity", BlockKind.TABLE_ROW),
        ("1 | Professional Indemnity | €2,000,000 each and every claim", BlockKind.TABLE_ROW),
        ("Part B – Conditions", BlockKind.HEADING),
        "1. The policies must each include an indemnity to principal clause.",
        "2. Throughout the contract, the Contractor must furnish an updated insurance "
        "certificate within ten (10) Working Days of each policy renewal.",
    ]
    assert _cited("insurance.rc_pro", ruleset, *lines) == ["Schedule 2 Part A 1"]
    assert _cited("insurance.certificate", ruleset, *lines) == ["Schedule 2 Part B 2"]
    # without the document citing its parts so, a part keeps its own name
    lines[1] = "The Contractor must comply with Schedule 2."
    assert _cited("insurance.certificate", ruleset, *lines) == ["2"]


def test_a_delay_under_the_title_of_the_notice_it_times_is_that_demand(
    ruleset: RuleSet,
) -> None:
    """« D-03 Notification des violations de données : » then « 24 heures au plus après la
    prise de connaissance »: the decision sets the delay of the notice its title names."""
    piece = _piece(
        ("D-03 Notification des violations de données à caractère personnel", BlockKind.HEADING),
        "24 heures au plus après la prise de connaissance.",
        ("D-04 Disponibilité", BlockKind.HEADING),
        "24 heures par jour.",
    )
    (breach,) = _of("gdpr.breach_notification", _requirements(piece, ruleset))
    assert (breach.sources[0].clause, breach.values.hours) == ("D-03", 24)


def test_of_two_statements_as_strong_the_one_an_item_completes_is_quoted(
    ruleset: RuleSet,
) -> None:
    piece = _piece(
        "Contract Details",
        ("Item | Description | Details", BlockKind.TABLE_ROW),
        (
            "Item 7 | Professional indemnity (clause 14.2(a)) | AUD 10,000,000 for each claim and "
            "in the aggregate",
            BlockKind.TABLE_ROW,
        ),
        ("14 Insurance", BlockKind.HEADING),
        "14.1 The Supplier must effect and maintain the insurances referred to in clause 14.2 "
        "and, in the case of professional indemnity insurance, for a further 7 years.",
        "14.2 The Supplier must hold:",
        "(a) professional indemnity insurance for not less than the amount specified in Item 7;",
        "(b) cyber insurance for not less than AUD 5,000,000 in the aggregate.",
    )
    (cover,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert cover.sources[0].clause == "14.2(a)"
    assert (cover.values.amount, cover.values.basis) == (
        Money(Decimal("10000000"), "AUD"),
        "per_claim_and_year",
    )


def test_a_sentence_announcing_the_table_below_yields_to_its_rows(ruleset: RuleSet) -> None:
    """« The Contractor must hold the following insurances … (and, for Professional Indemnity,
    for six years afterwards). » over the table of covers: each row states its cover, though
    the sentence ends with a stop."""
    piece = _piece(
        ("Part A – Insurances to be held", BlockKind.HEADING),
        "The Contractor must hold the following insurances from the Contract start date (and, "
        "for Professional Indemnity, for six years afterwards).",
        ("Type of insurance | Minimum limit of indemnity", BlockKind.TABLE_ROW),
        ("Professional Indemnity | €2,000,000 each and every claim", BlockKind.TABLE_ROW),
    )
    (cover,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert cover.text.startswith("Professional Indemnity |")


def test_the_items_of_a_lettered_attachment_are_read_under_it(ruleset: RuleSet) -> None:
    """« ATTACHMENT C - INSURANCE REQUIREMENTS », its introduction, then « C.2 Technology
    Errors and Omissions (Professional Liability): $3,000,000 per claim. »: a limit of a cover
    the attachment requires, bound by its introduction."""
    piece = _piece(
        "ATTACHMENT C - INSURANCE REQUIREMENTS",
        "The Contractor shall maintain, at its own expense, the following minimum insurance:",
        "C.1 Commercial General Liability: $1,000,000 each occurrence.",
        "C.2 Technology Errors and Omissions (Professional Liability): $3,000,000 per claim.",
        path="special_provisions.txt",
    )
    (cover,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert (cover.sources[0].clause, cover.role) == ("C.2", "obligation")
    assert cover.values.amount == Money(Decimal("3000000"), "USD")


def test_a_statement_of_compliance_row_naming_its_article_joins_it(ruleset: RuleSet) -> None:
    piece = _piece(
        ("3.4 Availability", BlockKind.HEADING),
        "The Contractor shall ensure an availability of the Solution of at least 99.8% per "
        "calendar month.",
        ("Statement of Compliance", BlockKind.HEADING),
        ("No. | Reference | Requirement | Complies (Yes/No)", BlockKind.TABLE_ROW),
        (
            "SC-04 | Article 3.4 | Availability of at least 99.8% per calendar month. | ",
            BlockKind.TABLE_ROW,
        ),
    )
    (sla,) = _of("cloud.sla", _requirements(piece, ruleset))
    assert [s.clause for s in sla.sources] == ["3.4", "SC-04"]


def test_a_requirement_at_a_level_the_document_defines_as_wished_is_recommended(
    ruleset: RuleSet,
) -> None:
    lines: list[str | tuple[str, BlockKind]] = [
        ("1.2 Lecture des exigences", BlockKind.HEADING),
        "P1 : exigence éliminatoire. P2 : exigence contractuelle obligatoire. P3 : exigence "
        "souhaitée, non obligatoire, valorisée dans la note technique.",
        ("EXI-NIV-001 Disponibilité de la production", BlockKind.HEADING),
        "La production est disponible 99,9 % du temps sur le mois civil.",
        "Priorité : P2",
        ("EXI-NIV-002 Disponibilité de la recette", BlockKind.HEADING),
        "La recette est disponible 99,5 % du temps sur le mois civil.",
        "Priorité : P3",
    ]
    levels = _of("cloud.sla", _requirements(_piece(*lines), ruleset))
    assert sorted((r.values.percent, r.recommended) for r in levels) == [
        (Decimal("99.5"), True),
        (Decimal("99.9"), False),
    ]


def test_a_moscow_point_tagged_should_is_recommended_and_cited_by_its_letter(
    ruleset: RuleSet,
) -> None:
    """« Légende : (M) Must – indispensable ; (S) Should – apprécié » then points « A.2.a) (M) … »
    and « A.2.b) (S) … »: each point is cited « A.2.a », « A.2.b », the Should one wished."""
    lines: list[str | tuple[str, BlockKind]] = [
        "Légende des priorités : (M) Must – indispensable ; (S) Should – apprécié, non "
        "éliminatoire ; (W) Won't – hors périmètre.",
        ("A. Hébergement", BlockKind.HEADING),
        ("A.2 Disponibilité", BlockKind.HEADING),
        "A.2.a) (M) Disponibilité garantie de la production : 99,9 % par mois.",
        "A.2.b) (S) Disponibilité garantie de la recette : 99,5 % par mois.",
    ]
    levels = _of("cloud.sla", _requirements(_piece(*lines), ruleset))
    assert sorted((r.sources[0].clause, r.values.percent, r.recommended) for r in levels) == [
        ("A.2.a", Decimal("99.9"), False),
        ("A.2.b", Decimal("99.5"), True),
    ]


def test_a_form_row_left_blank_beside_ticked_rows_is_not_made(ruleset: RuleSet) -> None:
    piece = _piece(
        ("Annex A – Form", BlockKind.HEADING),
        (
            "A.3 | ☒ | The tenderer undertakes to deliver the insurance certificate referred to "
            "in Art. 10 §2 within thirty days.",
            BlockKind.TABLE_ROW,
        ),
        ("A.4 | ☐ | (Lot 2) The tenderer holds a cyber insurance policy.", BlockKind.TABLE_ROW),
    )
    requirements = _requirements(piece, ruleset)
    assert _of("insurance.cyber", requirements) == []
    assert [r.sources[0].clause for r in _of("insurance.certificate", requirements)] == ["A.3"]


def test_a_covers_amount_given_by_the_next_sentence_of_its_paragraph_is_read(
    ruleset: RuleSet,
) -> None:
    """« … une assurance de responsabilité civile professionnelle. Le montant minimum de
    garantie est de 2 000 000 EUR par sinistre. »: the second sentence names no cover; it gives
    the amount of the one before, and is quoted with it."""
    piece = _piece(
        ("6.1 Assurances", BlockKind.HEADING),
        "Le titulaire souscrit une assurance de responsabilité civile professionnelle. Le montant "
        "minimum de garantie est de 2 000 000 EUR par sinistre.",
    )
    (row,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert row.values.amount == Money(Decimal("2000000"), "EUR")
    assert row.text.endswith("2 000 000 EUR par sinistre.")


def test_an_amount_in_the_next_paragraph_is_not_the_covers(ruleset: RuleSet) -> None:
    """The next paragraph (the contract's estimated value) is no part of the cover's sentence."""
    piece = _piece(
        ("6.1 Assurances", BlockKind.HEADING),
        "Le titulaire souscrit une assurance de responsabilité civile professionnelle.",
        "Le montant estimé du marché est de 400 000 EUR HT.",
    )
    (row,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert row.values.amount is None


def test_a_row_is_read_under_the_band_title_of_its_table(ruleset: RuleSet) -> None:
    """« D. Insurance », a row of one cell across a requirements table, says what the rows
    under it speak of: "D-3 | Cyber Liability: $3,000,000 per claim." names no insurance
    itself."""
    piece = _piece(
        ("3. Requirements", BlockKind.HEADING),
        ("Req ID | Requirement | Response (Y/N)", BlockKind.TABLE_ROW),
        ("C. Service Levels", BlockKind.TABLE_ROW),
        (
            "C-1 | The Solution shall be available 99.9% of each calendar month. |",
            BlockKind.TABLE_ROW,
        ),
        ("D. Insurance", BlockKind.TABLE_ROW),
        (
            "D-3 | Cyber Liability (network security and privacy liability): $3,000,000 per "
            "claim. |",
            BlockKind.TABLE_ROW,
        ),
        path="attachment_c.html",
    )
    (row,) = _of("insurance.cyber", _requirements(piece, ruleset))
    assert row.sources[0].clause == "D-3"
    assert row.values.amount == Money(Decimal("3000000"), "USD")


def test_a_paragraph_numbered_on_its_own_and_closing_on_its_only_tag_is_cited_by_number(
    ruleset: RuleSet, write: Callable[[str, bytes | str], Path]
) -> None:
    """ "C.5.2.3 The Contractor shall generate audit logs … [REQ-016]": the tag names the
    requirement, the document's plan numbers it; a bidder cites the number."""
    text = "\n\n".join(
        [
            "C.1 SCOPE",
            "C.1.1 This Statement of Work describes the hosting of the case records system.",
            "C.2 SECURITY",
            "C.2.1 The Contractor shall report any breach of PII within one (1) hour of its "
            "discovery. [REQ-014]",
            "C.2.2 The Contractor shall generate audit logs recording each access to Government "
            "data by any user and keep them for one year. [REQ-016]",
            "C.3 INSURANCE",
            "C.3.1 The Contractor shall maintain cyber liability insurance of at least "
            "$5,000,000 per claim. [REQ-043]",
        ]
    )
    rows = check([write("sow.txt", text)], ruleset=ruleset).requirements
    cited = sorted(r.sources[0].clause or "" for r in rows)
    assert cited == ["C.2.1", "C.2.2", "C.3.1"]


def test_a_statement_naming_the_point_of_its_demand_is_that_demand_kept(
    ruleset: RuleSet,
) -> None:
    """ "The contractor must keep the professional indemnity insurance required under point
    II.4.3 …" restates the demand of II.4.3, where it was set with its amount."""
    piece = _piece(
        ("II.4.3 Professional capacity", BlockKind.HEADING),
        "The tenderer must hold professional indemnity insurance of at least EUR 2,000,000 per "
        "claim.",
        ("II.6.4 Insurance", BlockKind.HEADING),
        "The contractor must keep the professional indemnity insurance required under point "
        "II.4.3 for the whole duration of the contract.",
    )
    (row,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [s.clause for s in row.sources] == ["II.4.3", "II.6.4"]


def test_a_cap_naming_the_exception_to_it_is_not_the_exception(ruleset: RuleSet) -> None:
    """ "Except as provided in Section 10.3, each party's liability will not exceed the fees":
    the section named is the other cap, set apart."""
    piece = _piece(
        ("10.2 Cap", BlockKind.HEADING),
        "Except as provided in Section 10.3, each party's total aggregate liability will not "
        "exceed the total fees paid in the twelve months before the claim.",
        ("10.3 Data breach cap", BlockKind.HEADING),
        "The Supplier's total aggregate liability for a breach of Section 5 will not exceed "
        "USD 2,000,000.",
    )
    rows = _of("contract.liability_cap", _requirements(piece, ruleset))
    assert sorted(r.sources[0].clause or "" for r in rows) == ["10.2", "10.3"]


def test_a_requirements_level_in_brackets_after_its_tag_is_read(ruleset: RuleSet) -> None:
    """« SR-13 (Desirable) The service should be available 99.9 % … »: the level after the tag
    says the demand is a wish; « SR-12 (Mandatory) » demands."""
    lines = [
        "SR-12 (Mandatory) The Supplier shall host all HSE data in Ireland or in the EEA.",
        "SR-13 (Desirable) The service is available 99.9 % of each calendar month.",
    ]
    piece = _piece(*((line, BlockKind.LINE) for line in lines), path="sor.txt")
    rows = _requirements(piece, ruleset)
    (sla,) = _of("cloud.sla", rows)
    (location,) = _of("gdpr.data_location", rows)
    assert (sla.recommended, location.recommended) == (True, False)


def test_a_compliance_row_naming_a_paragraph_restates_it(ruleset: RuleSet) -> None:
    """ "6 | Professional indemnity insurance of S$2,000,000 (para 2.6.1). | M": the row of a
    compliance table is the paragraph it names, cited after it; its amount, written without a
    basis, is the paragraph's, which gives one."""
    piece = _piece(
        ("2.6 Insurance", BlockKind.HEADING),
        "2.6.1 The Contractor shall maintain professional indemnity insurance of not less than "
        "S$2,000,000 for any one claim and in the aggregate.",
        ("2.7 Compliance table", BlockKind.HEADING),
        (
            "6 | Professional indemnity insurance of S$2,000,000 (para 2.6.1). | M",
            BlockKind.TABLE_ROW,
        ),
    )
    (indemnity,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [s.clause for s in indemnity.sources] == ["2.6.1", "2.7"]


def test_a_contract_details_row_naming_its_clause_gives_the_points_their_amounts(
    ruleset: RuleSet,
) -> None:
    """ "Insurance (clause 10) | Professional indemnity: NZD 2,000,000 … Public liability: NZD
    5,000,000 …" in a contract's details: each amount is the one clause 10.1 leaves to the
    details, cited after it, not a demand of its own."""
    piece = _piece(
        ("Schedule 1 Contract Details", BlockKind.HEADING),
        (
            "Insurance (clause 10) | Professional indemnity: NZD 2,000,000 per claim and in the "
            "aggregate. Public liability: NZD 5,000,000 any one occurrence.",
            BlockKind.TABLE_ROW,
        ),
        ("10 Insurance", BlockKind.HEADING),
        "10.1 The Supplier must hold professional indemnity insurance and public liability "
        "insurance, each for at least the amount stated in Schedule 1.",
    )
    for kind in ("insurance.rc_pro", "insurance.rc_exploitation"):
        (cover,) = _of(kind, _requirements(piece, ruleset))
        assert cover.sources[0].clause == "10.1"
        assert cover.values.amount is not None


def test_minutes_in_markdown_cite_their_bold_points_and_drop_what_was_not_agreed(
    tmp_path: Path,
) -> None:
    """« - **1.3 Violations** : … » under « ## 1. Points actés » is point 1.3; the points under
    « ## 2. Points en suspens » were not agreed and demand nothing."""
    minutes = tmp_path / "cr.md"
    minutes.write_text(
        "# Compte rendu\n\n## 1. Points actés\n\n"
        "- **1.1 Hébergement**\n  - Les données restent en France.\n"
        "- **1.2 Violations de données** : notification au DPO sous 24 h après la détection.\n\n"
        "## 2. Points en suspens\n\n"
        "- **2.1 Assurance cyber**\n  - Le CHV demande une cyber-assurance de 2 M€.\n",
        encoding="utf-8",
    )
    result = check([minutes])
    assert sorted((r.kind, r.sources[0].clause) for r in result.requirements) == [
        ("gdpr.breach_notification", "1.2"),
        ("gdpr.data_location", "1.1"),
    ]


def test_a_notice_of_dashed_rubrics_cites_each_by_its_label(tmp_path: Path) -> None:
    notice = tmp_path / "avis.txt"
    rubrics = [
        "– Objet du marché : hébergement des sites internet des communes membres.",
        "– Valeur et durée : la valeur estimée est de 480 000 € HT sur quatre ans.",
        "– Caractéristiques principales : les données seront hébergées en France.",
        "– Conditions de participation : le candidat justifie d'une assurance de "
        "responsabilité civile professionnelle de 1 000 000 € par sinistre.",
        "– Date limite de réception des offres : 14 avril 2026 à 12h00.",
    ]
    notice.write_text("\n".join(["AVIS D'APPEL PUBLIC À LA CONCURRENCE", *rubrics]) + "\n")
    result = check([notice])
    assert sorted((r.kind, r.sources[0].heading) for r in result.requirements) == [
        ("gdpr.data_location", "Caractéristiques principales"),
        ("insurance.rc_pro", "Conditions de participation"),
    ]


def test_a_form_question_marked_pass_fail_demands_what_it_asks(tmp_path: Path) -> None:
    """« Q4. Do you hold Public Liability insurance of at least £5,000,000…? [Pass/Fail] »
    eliminates whoever answers no: a demand. « [Information only – not scored] » asks only."""
    form = tmp_path / "itq.html"
    questions = [
        "Do you hold Cyber insurance? If so, state the limit. [Information only – not scored]",
        "Do you hold Public Liability insurance of at least £5,000,000 in respect of any one "
        "occurrence? [Pass/Fail]",
        "Will all Council data, including backups, be stored within the United Kingdom? "
        "[Pass/Fail]",
        "Do you hold ISO/IEC 27001 certification? [Desirable – not Pass/Fail, not scored]",
    ]
    items = "".join(
        f"<p><strong>Q{n}.</strong> {q}</p><p>( ) Yes ( ) No</p>"
        for n, q in enumerate(questions, start=1)
    )
    form.write_text(f"<html><body><h1>Invitation to Quote</h1>{items}</body></html>")
    result = check([form])
    assert sorted((r.kind, r.sources[0].clause) for r in result.requirements) == [
        ("gdpr.data_location", "Q3"),
        ("insurance.rc_exploitation", "Q2"),
    ]


def test_a_ticket_whose_status_sets_it_aside_demands_nothing(tmp_path: Path) -> None:
    """An issue tracker's export: the ticket « Status: Won't Do » was dropped, whatever its
    description asks; the ticket « Status: Done » demands."""
    export = tmp_path / "jira.txt"
    tickets = []
    for key, status, text in [
        ("PROC-101", "Done", "Tenderer to hold professional indemnity insurance of EUR 2,000,000."),
        ("PROC-102", "Open", "The contractor notifies any personal data breach within 24 hours."),
        ("PROC-103", "Won't Do", "Require tenderers to carry cyber liability insurance."),
        ("PROC-104", "Done", "Price schedule to be returned in the council's template."),
    ]:
        tickets.append(
            f"{key}\nSummary: {text[:30]}\nType: Requirement    Priority: High    "
            f"Status: {status}\nDescription:\n{text}\n\n" + "-" * 40
        )
    export.write_text("Jira export - Project: PROC\n" + "-" * 40 + "\n" + "\n".join(tickets))
    result = check([export])
    assert sorted((r.kind, r.sources[0].heading) for r in result.requirements) == [
        ("gdpr.breach_notification", "PROC-102"),
        ("insurance.rc_pro", "PROC-101"),
    ]


def test_a_markdown_quotation_after_a_bold_label_is_a_block_of_its_own(tmp_path: Path) -> None:
    """A proposal answering an RFP: « **Requirement 3.1** » then « > The Supplier shall host… »
    then « **Response:** Comply. »: the requirement quoted is point 3.1."""
    answer = tmp_path / "response.md"
    answer.write_text(
        "# Response to RFP\n\n## 2. Hosting\n\n**Requirement 3.1**\n"
        "> The Supplier shall host all Cooperative data within the United Kingdom.\n\n"
        "**Response:** Comply.\n\n**Requirement 3.2**\n"
        "> The Supplier shall hold a current ISO/IEC 27001 certificate.\n\n"
        "**Response:** Comply.\n",
        encoding="utf-8",
    )
    result = check([answer])
    assert sorted((r.kind, r.sources[0].clause) for r in result.requirements) == [
        ("cloud.iso27001", "3.2"),
        ("gdpr.data_location", "3.1"),
    ]


def test_markdown_items_typed_one_are_numbered_as_the_page_shows_them(tmp_path: Path) -> None:
    """A DPA kept in a repository types every item « 1. »: the page shows 1, 2, 3, and the
    second item of section 2 is 2.2."""
    dpa = tmp_path / "dpa.md"
    dpa.write_text(
        "# Data Processing Addendum\n\n## 1. Scope\n\nThis DPA applies to the Services.\n\n"
        "## 2. Security\n\n"
        "1. Quillstack implements the measures described in Annex II.\n"
        "1. Quillstack's production environment is certified to ISO/IEC 27001:2022.\n"
        "1. Quillstack notifies Customer of any Personal Data Breach within 48 hours.\n",
        encoding="utf-8",
    )
    result = check([dpa])
    assert sorted((r.kind, r.sources[0].clause) for r in result.requirements) == [
        ("cloud.iso27001", "2.2"),
        ("gdpr.breach_notification", "2.3"),
    ]


def test_contract_details_laid_out_by_spaces_cite_their_items(tmp_path: Path) -> None:
    """An Australian schedule of contract details in plain text, its columns laid out by spaces
    under a full rule: each item is a row, cited « Item 7 » as the contract cites it."""
    schedule = tmp_path / "schedule2.txt"
    rule = "-" * 80
    schedule.write_text(
        "PART A - CONTRACT DETAILS\n"
        "Item   Detail                           Particulars\n"
        f"{rule}\n"
        "5      Contract Price                   $612,000 (excl. GST) for the initial Term\n"
        "7      Public liability insurance       $20,000,000 for each occurrence\n"
        "9      Cyber insurance                  $5,000,000 any one claim, to be held by the\n"
        "                                        Supplier throughout the Term\n"
        f"{rule}\n",
        encoding="utf-8",
    )
    result = check([schedule])
    assert sorted((r.kind, r.sources[0].clause) for r in result.requirements) == [
        ("insurance.cyber", "Item 9"),
        ("insurance.rc_exploitation", "Item 7"),
    ]


def test_a_markdown_cell_broken_by_br_states_one_demand_a_line_under_its_row(
    tmp_path: Path,
) -> None:
    """« | Lot 1 – Développement (CMS Drupal) | RC Pro … 1 M€ par sinistre<br>Pénalité de
    150 € par jour … | » under « ## 4. 🛡️ Assurances »: the numbered title is section 4, and
    each line of the cell is a demand of its own, cited by the row's label."""
    page = tmp_path / "cdc.md"
    page.write_text(
        "# Cahier des charges\n\n## 4. 🛡️ Assurances et pénalités\n\n"
        "| Lot | Exigences |\n|---|---|\n"
        "| Lot 1 – Développement (CMS Drupal) | RC Pro obligatoire, minimum 1 M€ par sinistre"
        "<br>Pénalité de 150 € par jour ouvré de retard sur la date de mise en ligne |\n",
        encoding="utf-8",
    )
    result = check([page])
    found = {r.kind: r for r in result.requirements}
    assert sorted(found) == ["contract.delay_penalties", "insurance.rc_pro"]
    penalty = found["contract.delay_penalties"]
    assert "RC Pro" not in penalty.text
    assert penalty.sources[0].clause == "Lot 1 – Développement (CMS Drupal)"
    assert {r.sources[0].heading for r in found.values()} == {"Assurances et pénalités"}


def test_a_correction_notice_demands_what_it_reads_not_what_it_replaces(tmp_path: Path) -> None:
    """A BOAMP correction notice: « Numéro de section : II.2.4 », then « Au lieu de : » over
    the old text and « Lire : » over the new: the section demands the new text only."""
    notice = tmp_path / "rectificatif.txt"
    notice.write_text(
        "AVIS RECTIFICATIF\n\nSection VII : Modifications\n\n"
        "VII.1.2) Texte à rectifier dans l'avis original\n\n"
        "Numéro de section : II.2.4\n"
        "Endroit où se trouve le texte à modifier : Description des prestations\n"
        "Au lieu de :\nLe titulaire garantit un taux de disponibilité du portail de 99,5 %.\n"
        "Lire :\nLe titulaire garantit un taux de disponibilité mensuel du portail de 99,9 %.\n\n"
        "Numéro de section : III.1.3\n"
        "Au lieu de :\nCertification HDS de l'hébergeur exigée.\n"
        "Lire :\n(La mention relative à la certification HDS est supprimée.)\n",
        encoding="utf-8",
    )
    result = check([notice])
    assert [(r.kind, r.sources[0].clause, r.values.percent) for r in result.requirements] == [
        ("cloud.sla", "II.2.4", Decimal("99.9"))
    ]


def test_model_clauses_the_buyer_annotates_as_not_applicable_demand_nothing(
    tmp_path: Path,
) -> None:
    """Model clauses titled « R.14 – Limitation de responsabilité », each followed by the
    buyer's « Commentaire : applicable » or « non applicable »: cited « R.14 », and only the
    applicable ones demand."""
    page = tmp_path / "clauses.html"
    clauses = [
        (
            "R.5",
            "Violations",
            "Le titulaire notifie toute violation de données sous 48 heures.",
            "",
        ),
        (
            "R.14",
            "Limitation",
            "La responsabilité du titulaire est limitée à deux fois le montant du marché.",
            "non ",
        ),
    ]
    page.write_text(
        "<html><body><h1>Clauses RGPD annotées</h1>"
        + "".join(
            f"<section><h3>{code} – {title}</h3><p>{text}</p>"
            f"<p><strong>Commentaire :</strong> {no}applicable.</p></section>"
            for code, title, text, no in clauses
        )
        + "</body></html>",
        encoding="utf-8",
    )
    result = check([page])
    assert [(r.kind, r.sources[0].clause) for r in result.requirements] == [
        ("gdpr.breach_notification", "R.5")
    ]


def test_a_table_of_articles_written_anew_cites_each_row_by_its_article() -> None:
    from tenderguard.sentences import row_reference

    assert row_reference("Art. 11.1 – Assurance RC | Le Prestataire est titulaire…") == "11.1"
    assert row_reference("Article 12 | Les données sont hébergées en France.") == "12"


def test_a_printed_portal_form_reads_its_read_only_fields_under_their_labels(
    tmp_path: Path,
) -> None:
    """A statement of work printed from a procurement portal: each requirement is the value of
    a read-only field under its numbered label; « 5.1 Commercial General Liability » holds
    only its limits, demanded by the sentence of section 5 that introduces the covers."""
    form = tmp_path / "sow.html"
    form.write_text(
        "<html><body><h1>Statement of Work</h1><form><fieldset><legend>2. Hosting</legend>"
        "<label>2.1 Hosting Location</label><textarea readonly>All State Data shall reside in "
        "data centers located within the continental United States.</textarea></fieldset>"
        "<fieldset><legend>5. Insurance</legend><p>Contractor shall maintain the following "
        "minimum insurance.</p><label>5.1 Commercial General Liability</label>"
        "<input type='text' value='$1,000,000 each occurrence.' readonly></fieldset>"
        "</form></body></html>",
        encoding="utf-8",
    )
    result = check([form])
    cited = {(r.kind, r.sources[0].clause) for r in result.requirements}
    assert ("gdpr.data_location", "2.1") in cited
    assert ("insurance.rc_exploitation", "5.1") in cited


def test_a_price_schedule_saved_by_excel_with_windows_line_ends_is_a_table(
    tmp_path: Path,
) -> None:
    """A « ; » CSV written with "\\r\\n" line ends and a cell quoted over two lines: its rows,
    each cited by its code."""
    grid = tmp_path / "bpu.csv"
    grid.write_bytes(
        "Code;Désignation;Unité;Prix;Commentaire\r\n"
        "H-01;Hébergement du CMS;mois;850,00;Prix incluant l'hébergement en France\r\n"
        'S-03;Incidents;forfait;1 200,00;"Prix incluant la notification de toute violation\r\n'
        "de données à l'acheteur dans les 48 heures\"\r\n"
        "P-01;Pilotage;mois;300,00;\r\n".encode()
    )
    result = check([grid])
    assert not result.warnings
    cited = {(r.kind, r.sources[0].clause) for r in result.requirements}
    assert ("gdpr.breach_notification", "S-03") in cited
    assert ("gdpr.data_location", "H-01") in cited


def test_a_summary_sheet_leading_its_labels_by_dots_states_each_entry(tmp_path: Path) -> None:
    """« 2.1  Monthly availability (Production) .......... 99.95 % »: each numbered entry is
    its own point, its label and value one sentence, read as a label and its value."""
    sheet = tmp_path / "summary.txt"
    sheet.write_text(
        "CONTRACT SUMMARY SHEET\n\n1  PARTIES & TERM\n"
        "   1.1  Initial term ............................... 36 months\n\n"
        "2  SERVICE LEVELS\n"
        "   2.1  Monthly availability (Production) .......... 99.95 %\n"
        "   2.2  Monthly availability (Non-production) ...... 99.5 %\n",
        encoding="utf-8",
    )
    result = check([sheet])
    assert sorted((r.sources[0].clause, r.values.percent) for r in result.requirements) == [
        ("2.1", Decimal("99.95")),
        ("2.2", Decimal("99.5")),
    ]


def test_an_answer_giving_the_level_its_question_asks_for_states_the_demand(
    ruleset: RuleSet,
) -> None:
    """Under « Quel taux de disponibilité est attendu ? », the answer « 99,5 % »
    (par mois…) states the level demanded; under « Quel taux de disponibilité avez-vous
    constaté ? » it reports a past figure."""
    asked = _piece(
        ("Quel taux de disponibilité est attendu ?", BlockKind.HEADING),
        "99,5 % par mois, hors maintenance programmée annoncée 48 heures à l'avance.",
    )
    (row,) = _of("cloud.sla", _requirements(asked, ruleset))
    assert row.values.percent == Decimal("99.5")
    told = _piece(
        ("Quel taux de disponibilité avez-vous constaté ?", BlockKind.HEADING),
        "99,2 % sur l'année, avec deux interruptions.",
    )
    assert _of("cloud.sla", _requirements(told, ruleset)) == []


def test_data_and_their_backups_kept_in_two_zones_are_two_demands(ruleset: RuleSet) -> None:
    located = _of(
        "gdpr.data_location",
        _requirements(
            _piece(
                "Art. 5 - Exigences communes imposées au titulaire",
                "Les membres inscrivent les exigences suivantes, que le titulaire devra suivre :",
                "1° Localisation : les données sont hébergées dans l'Espace économique européen ; "
                "les sauvegardes, en revanche, sont conservées exclusivement en France.",
            ),
            ruleset,
        ),
    )
    assert sorted(str(r.values.zone) for r in located) == ["EEA", "FR"]


def test_an_amount_given_as_a_guide_for_a_recommended_cover_is_wished_for(
    ruleset: RuleSet,
) -> None:
    cyber = _of(
        "insurance.cyber",
        _requirements(
            _piece(
                "Une assurance couvrant les risques cyber est vivement recommandée (à titre "
                "indicatif, 500 000 € par sinistre ; cette garantie n'est pas une condition)."
            ),
            ruleset,
        ),
    )
    assert [r.recommended for r in cyber] == [True]


def test_a_row_of_an_annex_numbered_by_its_serial_number_is_cited_with_the_annex(
    ruleset: RuleSet,
) -> None:
    cited = _cited(
        "gdpr.data_location",
        ruleset,
        "Annex A – Requirement Specifications",
        ("S/N | Requirement | Compliance", BlockKind.TABLE_ROW),
        ("1 | The Portal shall be hosted on a commercial cloud. | Mandatory", BlockKind.TABLE_ROW),
        ("2 | All Agency data shall reside in Singapore. | Mandatory", BlockKind.TABLE_ROW),
    )
    assert cited == ["Annex A 2"]


def test_a_semicolon_in_a_table_row_ends_no_statement(ruleset: RuleSet) -> None:
    requirements = _of(
        "insurance.rc_pro",
        _requirements(
            _piece(
                ("Coverage | Minimum Limit | Required (Yes/No)", BlockKind.TABLE_ROW),
                (
                    "Technology Errors & Omissions (Professional Liability) | $2,000,000 per "
                    "claim; $4,000,000 annual aggregate | Yes",
                    BlockKind.TABLE_ROW,
                ),
            ),
            ruleset,
        ),
    )
    assert sorted(str(r.values.amount.value) for r in requirements if r.values.amount) == [
        "2000000",
        "4000000",
    ]


def test_a_compliance_matrix_row_naming_a_lettered_paragraph_restates_it(
    ruleset: RuleSet,
) -> None:
    """ "CM-01 | L.4.2 | Professional liability insurance, $2,000,000 per claim": the matrix
    of a US federal solicitation names paragraph L.4.2 of Section L, whose demand it restates."""
    piece = _piece(
        ("SECTION L – INSTRUCTIONS TO OFFERORS", BlockKind.HEADING),
        ("L.4.2 Professional liability insurance", BlockKind.HEADING),
        "The Offeror shall carry professional liability insurance with limits of not less than "
        "$2,000,000 per claim.",
        ("L.4.3 Evidence of insurance", BlockKind.HEADING),
        "The Offeror shall include a current certificate of insurance in Volume I.",
        ("Attachment 1 - Compliance matrix", BlockKind.HEADING),
        ("Item | Reference | Requirement", BlockKind.TABLE_ROW),
        (
            "CM-01 | L.4.2 | Professional liability insurance, $2,000,000 per claim",
            BlockKind.TABLE_ROW,
        ),
    )
    (rc_pro,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert rc_pro.sources[0].clause == "L.4.2"
    assert len(rc_pro.sources) == 2


def test_the_annex_after_articles_numbered_in_roman_restates_them(ruleset: RuleSet) -> None:
    """A DPA numbered « II », « III-2 » and its « Annexe 1 » listing the authorised hosts: the
    annex's row naming a host is read as an annex's, so the clause III-2 restricting hosting to
    the listed hosts is the demand quoted."""
    piece = _piece(
        ("I. Objet", BlockKind.HEADING),
        ("I-1 Le présent accord complète le contrat d'infogérance.", BlockKind.PARAGRAPH),
        ("II. Obligations du Sous-traitant", BlockKind.HEADING),
        (
            "II-1 Le Sous-traitant traite les données sur instruction documentée du Responsable.",
            BlockKind.PARAGRAPH,
        ),
        ("III. Sous-traitance ultérieure", BlockKind.HEADING),
        (
            "III-2 Pour l'hébergement des données, seuls peuvent être utilisés les prestataires "
            "désignés comme « Hébergeur » dans l'Annexe 1.",
            BlockKind.PARAGRAPH,
        ),
        ("Annexe 1 – Sous-traitants ultérieurs autorisés", BlockKind.HEADING),
        ("Sous-traitant ultérieur | Rôle | Prestation", BlockKind.TABLE_ROW),
        ("OVHcloud SAS | Hébergeur | Serveurs privés virtuels", BlockKind.TABLE_ROW),
    )
    hosting = _of("cloud.hosting_subcontractor", _requirements(piece, ruleset))
    assert [r.sources[0].clause for r in hosting] == ["III-2"]


def test_an_orders_table_of_levels_before_its_conditions_demands_the_chosen_column(
    ruleset: RuleSet,
) -> None:
    """An order form opening on its fields (« Offre souscrite | Silver ») and the table of its
    offers, before its numbered conditions: not a cover page; the Silver column's availability
    is demanded, cited by its row."""
    piece = _piece(
        ("BON DE COMMANDE – PLATEFORME KALIMBA", BlockKind.PARAGRAPH),
        ("Offre souscrite | Silver", BlockKind.TABLE_ROW),
        ("Tableau des offres", BlockKind.PARAGRAPH),
        ("Niveau de service / option | Bronze | Silver | Gold", BlockKind.TABLE_ROW),
        ("Disponibilité mensuelle garantie | 99,5 % | 99,9 % | 99,95 %", BlockKind.TABLE_ROW),
        ("1. Objet.", BlockKind.PARAGRAPH),
        (
            "1.1. Le présent bon de commande est régi par les conditions générales.",
            BlockKind.PARAGRAPH,
        ),
        path="bon_de_commande.docx",
    )
    (sla,) = _of("cloud.sla", _requirements(piece, ruleset))
    assert sla.values.percent == Decimal("99.9")


def test_a_cap_for_one_head_of_claim_stands_beside_the_general_cap(ruleset: RuleSet) -> None:
    """ "Notwithstanding Section 7.1, Provider's total liability for breach of Section 4 shall
    not exceed US$5,000,000": a second cap for data-protection breaches, not 7.1 set anew; both
    are demands of their own."""
    piece = _piece(
        ("7.1 General cap", BlockKind.HEADING),
        "Each party's total liability under this Agreement shall not exceed two times (2x) the "
        "fees paid in the twelve months preceding the claim.",
        ("7.2 Data protection cap", BlockKind.HEADING),
        "Notwithstanding Section 7.1, Provider's total liability for breach of Section 4 (Data "
        "Protection) shall not exceed US$5,000,000.",
    )
    caps = _of("contract.liability_cap", _requirements(piece, ruleset))
    assert sorted(r.sources[0].clause or "" for r in caps) == ["7.1", "7.2"]


def test_what_will_raise_the_mark_is_no_demand_unless_it_is_also_wished_for(
    ruleset: RuleSet,
) -> None:
    """« sera valorisée dans la notation » says how offers are marked; « reste souhaitable et
    sera valorisé » and « sera valorisée, sans être éliminatoire » also say the buyer wishes
    for it: a recommendation."""
    marked = _piece(
        ("2.1 Hébergement", BlockKind.HEADING),
        "La certification ISO/IEC 27001 de l'hébergeur sera valorisée dans la notation.",
    )
    assert _of("cloud.iso27001", _requirements(marked, ruleset)) == []
    wished = _piece(
        ("2.2 Qualification", BlockKind.HEADING),
        "Un service qualifié SecNumCloud reste souhaitable et sera valorisé dans la note.",
    )
    rows = _of("cloud.secnumcloud", _requirements(wished, ruleset))
    assert [(r.sources[0].clause, r.recommended) for r in rows] == [("2.2", True)]
    not_eliminatory = _piece(
        ("4.15 Certification", BlockKind.HEADING),
        "La certification ISO/IEC 27001 du titulaire sera valorisée, sans être éliminatoire.",
    )
    rows = _of("cloud.iso27001", _requirements(not_eliminatory, ruleset))
    assert [(r.sources[0].clause, r.recommended) for r in rows] == [("4.15", True)]


def test_a_status_in_brackets_after_a_requirement_is_the_requirements_own(
    ruleset: RuleSet,
) -> None:
    """A security plan writes each requirement's status after it: « (RECOMMANDÉ) » makes it a
    recommendation, « (NON APPLICABLE – …) » no demand."""
    piece = _piece(
        ("5.2 Assurance cyber", BlockKind.HEADING),
        "Le titulaire dispose d'une assurance cyber d'au moins 500 000 €. (RECOMMANDÉ)",
        ("2.3 Hébergement", BlockKind.HEADING),
        "Certification HDS de l'hébergeur. (NON APPLICABLE – aucune donnée de santé, voir § 1)",
    )
    requirements = _requirements(piece, ruleset)
    assert [(r.sources[0].clause, r.recommended) for r in _of("insurance.cyber", requirements)] == [
        ("5.2", True)
    ]
    assert _of("cloud.hds", requirements) == []


def test_a_check_list_answering_yes_or_no_reads_its_question_column(ruleset: RuleSet) -> None:
    """A security check list « No. | Question | Answer » whose answers are « Required », « Yes »
    or « No »: the statement is in the question column (a bidders' Q&A sets its questions aside
    for the buyer's answers, not this)."""
    piece = _piece(
        ("Annex B – Security Requirements Check List", BlockKind.HEADING),
        ("No. | Question | Answer", BlockKind.TABLE_ROW),
        (
            "4 | The supplier's hosting environment must be certified to ISO/IEC 27001. | Required",
            BlockKind.TABLE_ROW,
        ),
        ("7 | Is a SecNumCloud qualification required? | No", BlockKind.TABLE_ROW),
    )
    requirements = _requirements(piece, ruleset)
    assert len(_of("cloud.iso27001", requirements)) == 1
    assert _of("cloud.secnumcloud", requirements) == []


def _nested_tables(title: str, rows: list[tuple[str, int | None]]) -> Piece:
    """A Word piece titled `title` whose table rows are (text, level): level 1 for the rows of
    a table set in a cell of the row above them."""
    blocks = (
        Block(title, None, BlockKind.HEADING),
        *(Block(text, None, BlockKind.TABLE_ROW, level=level) for text, level in rows),
    )
    return Piece("grille.docx", "", PieceKind.CCTP, "docx", None, blocks)


def test_the_rows_of_a_table_set_in_a_cell_answer_to_its_own_header(ruleset: RuleSet) -> None:
    """« Domaine | Exigences », a row, then the table set in its cell (level 1): « Réf. |
    Exigence | Niveau » and « HEB-04 | … ISO/IEC 27001 … | S », the level S (souhaitée) read
    under « Niveau »; under « SR-09 | The Supplier shall maintain the following insurances »,
    the inner rows without a reference of their own are SR-09's."""
    rows = [
        ("Domaine | Exigences", None),
        ("Hébergement | Exigences du domaine « Hébergement » :", None),
        ("Réf. | Exigence | Niveau", 1),
        ("HEB-01 | Les données sont hébergées exclusivement en France. | O", 1),
        ("HEB-04 | L'hébergeur est certifié ISO/IEC 27001. | S", 1),
        ("SR-09 | Le titulaire maintient les assurances suivantes : | O", None),
        ("Garantie | Montant minimal", 1),
        ("Responsabilité civile professionnelle | 2 000 000 € par sinistre", 1),
    ]
    requirements = _requirements(_nested_tables("4. Exigences", rows), ruleset)
    (iso,) = _of("cloud.iso27001", requirements)
    assert (iso.sources[0].clause, iso.recommended) == ("HEB-04", True)
    (location,) = _of("gdpr.data_location", requirements)
    assert (location.sources[0].clause, location.recommended) == ("HEB-01", False)
    assert [r.sources[0].clause for r in _of("insurance.rc_pro", requirements)] == ["SR-09"]


def test_a_row_introducing_the_covers_of_the_table_in_its_cell_is_not_a_demand_of_its_own(
    ruleset: RuleSet,
) -> None:
    """« ASS-01 | Assurances de responsabilité du titulaire | | E » over the table in its cell
    « Responsabilité civile professionnelle | 2 000 000 € | par sinistre »: the covers are
    ASS-01's demands; the row's untyped insurance only introduces them."""
    rows = [
        ("Réf. | Exigence | Valeurs attendues | Priorité", None),
        (
            "ASS-01 | Assurances de responsabilité du titulaire, pendant toute la durée "
            "du marché | | E",
            None,
        ),
        ("Garantie | Montant minimum | Base", 1),
        ("Responsabilité civile professionnelle | 2 000 000 € | par sinistre", 1),
    ]
    requirements = _requirements(_nested_tables("Annexe 2 – Grille des exigences", rows), ruleset)
    assert _of("insurance.liability", requirements) == []
    assert [r.sources[0].clause for r in _of("insurance.rc_pro", requirements)] == ["ASS-01"]
    # (a certificate demanded in the row names no cover: the row's insurance stays a demand)
    certified = _piece(
        ("Réf. | Exigence | Priorité", BlockKind.TABLE_ROW),
        (
            "MT-11 | Le titulaire est titulaire d'assurances garantissant sa responsabilité "
            "civile. Il joint à son offre l'attestation d'assurance correspondante. | O",
            BlockKind.TABLE_ROW,
        ),
    )
    assert [
        r.sources[0].clause for r in _of("insurance.liability", _requirements(certified, ruleset))
    ] == ["MT-11"]


def test_a_document_saying_what_it_does_only_names_the_demand_its_article_makes(
    ruleset: RuleSet,
) -> None:
    """« Le présent accord précise les conditions dans lesquelles le Prestataire traite… »
    announces the processor's terms; article 2, which obliges, is the demand's citation."""
    piece = _piece(
        ("Article 1 – Objet", BlockKind.HEADING),
        "Le présent accord précise les conditions dans lesquelles le Prestataire traite, pour le"
        " compte du Client, les données à caractère personnel.",
        ("Article 2 – Qualité des parties", BlockKind.HEADING),
        "Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD.",
    )
    rows = _of("gdpr.processor_agreement", _requirements(piece, ruleset))
    assert [(r.sources[0].clause, r.role) for r in rows] == [("2", "obligation")]
    assert [s.clause for s in rows[0].sources] == ["2", "1"]


def test_a_sentence_naming_a_paragraph_by_its_section_sign_restates_its_demand(
    ruleset: RuleSet,
) -> None:
    """ "the professional liability cover required under § 5 (1)" is § 5 (1)'s demand, asked
    for again at the tender; a check list row naming « § 5 (1) » in a column too."""
    piece = _piece(
        ("§ 3 Content of the tender", BlockKind.HEADING),
        "(1) Tenders shall be submitted in English.",
        "(2) Each tender shall include a current confirmation from the insurer of the"
        " professional liability cover required under § 5 (1).",
        ("§ 5 Insurance", BlockKind.HEADING),
        "(1) The Contractor shall maintain professional liability insurance with a minimum"
        " cover of EUR 2,000,000 per claim.",
        ("Annex 3 Check list", BlockKind.HEADING),
        (
            "C-1 | Insurer's confirmation of professional liability cover (EUR 2,000,000 per"
            " claim) | § 3 (2), § 5 (1) | [ ]",
            BlockKind.TABLE_ROW,
        ),
    )
    (cover,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [s.clause for s in cover.sources] == ["5 (1)", "C-1", "3 (2)"]


def test_a_questionnaire_the_supplier_fills_in_demands_by_its_questions(
    ruleset: RuleSet,
) -> None:
    """Beside « Commentaire du fournisseur », the « Réponse » column is the supplier's too: its
    answer and comment neither set the question aside nor waive it (« ( ) Oui (•) Non »)."""
    piece = _piece(
        ("B. Données personnelles", BlockKind.HEADING),
        ("Réf. | Question | Niveau | Réponse | Commentaire du fournisseur", BlockKind.TABLE_ROW),
        (
            "B-03 | Le fournisseur notifie toute violation de données dans un délai de 24"
            " heures. | Exigence | ( ) Oui (•) Non | Procédure en cours de rédaction.",
            BlockKind.TABLE_ROW,
        ),
        (
            "B-05 | Les accès aux données sont tracés et les journaux conservés six mois. |"
            " Exigence | (•) Oui ( ) Non | Journaux conservés douze mois.",
            BlockKind.TABLE_ROW,
        ),
    )
    rows = _requirements(piece, ruleset)
    assert sorted((r.kind, r.sources[0].clause) for r in rows) == [
        ("gdpr.access_logging", "B-05"),
        ("gdpr.breach_notification", "B-03"),
    ]
    assert "Procédure" not in next(r.text for r in rows if r.kind.endswith("notification"))


def test_a_later_sentence_of_minutes_in_a_subject_column_table_is_cited_by_its_subject(
    ruleset: RuleSet,
) -> None:
    """« Sujet | Décision | Responsable | Échéance »: the second sentence of a decision is cited
    by its row's subject, as the first one's row is."""
    piece = _piece(
        ("Compte rendu de la réunion de lancement", BlockKind.HEADING),
        ("Sujet | Décision | Responsable | Échéance", BlockKind.TABLE_ROW),
        (
            "Migration des données | Export complet des clients depuis l'ancienne boutique. À"
            " l'issue de la migration, le prestataire supprime toutes les copies de travail"
            " sous trente jours. | Prestataire | 30/06/2026",
            BlockKind.TABLE_ROW,
        ),
    )
    (deletion,) = _of("gdpr.data_deletion", _requirements(piece, ruleset))
    assert deletion.sources[0].clause == "Migration des données"


def test_a_clause_leaving_its_amount_to_a_schedule_item_takes_the_item_row_s_value(
    ruleset: RuleSet,
) -> None:
    """ "… not less than the amount specified in" / "Item 12 for each claim" is one sentence
    (the line naming the item goes on with it), and the schedule's row « Item 12 | … | AUD
    5,000,000 » gives the clause its amount."""
    piece = _piece(
        ("10. Insurance", BlockKind.HEADING),
        (
            "10.2 The Supplier must effect and maintain professional indemnity insurance for not"
            " less than the amount specified in",
            BlockKind.LINE,
        ),
        ("Item 12 for each claim, for the Term and for 7 years after its expiry.", BlockKind.LINE),
        ("Schedule", BlockKind.HEADING),
        ("Item 12 | Professional indemnity insurance | AUD 5,000,000", BlockKind.TABLE_ROW),
    )
    (cover,) = _of("insurance.rc_pro", _requirements(piece, ruleset))
    assert [s.clause for s in cover.sources] == ["10.2", "Item 12"]
    assert cover.values.amount is not None and cover.values.amount.value == 5_000_000
    assert cover.text.endswith("after its expiry.")


def test_a_column_whose_heading_gives_the_legend_of_its_codes_reads_each_code_as_its_word(
    ruleset: RuleSet,
) -> None:
    """« Type (E = exigée, S = souhaitée, I = information) »: « S » is wished for, « I » only
    informs, and the legend's words in the heading say nothing of any row."""
    piece = _piece(
        ("Grille de conformité", BlockKind.HEADING),
        ("N° | Exigence | Type (E = exigée, S = souhaitée, I = information)", BlockKind.TABLE_ROW),
        ("G-05 | Les données sont hébergées en France. | E", BlockKind.TABLE_ROW),
        ("G-06 | Le titulaire est certifié ISO/IEC 27001. | S", BlockKind.TABLE_ROW),
        ("G-07 | Le titulaire actuel est certifié HDS. | I", BlockKind.TABLE_ROW),
    )
    rows = {r.kind: r for r in _requirements(piece, ruleset)}
    assert sorted(rows) == ["cloud.iso27001", "gdpr.data_location"]
    assert (rows["gdpr.data_location"].recommended, rows["cloud.iso27001"].recommended) == (
        False,
        True,
    )
