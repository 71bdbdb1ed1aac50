"""Clauses follow the document's numbering; TOC lines, running lines and lists do not."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tenderguard.layout import drop_running_lines, is_page_number
from tenderguard.models import BBox, Block, BlockKind, Clause, Piece, PieceKind
from tenderguard.segment import Heading, follows, is_toc_line, parse_heading, segment
from tenderguard.sentences import row_reference, sentences


def _piece(lines: list[str | Block]) -> Piece:
    blocks = tuple(b if isinstance(b, Block) else Block(b, 1) for b in lines)
    return Piece("ccap.pdf", "0" * 64, PieceKind.CCAP, "pdf", 1, blocks)


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("ARTICLE 9 – ASSURANCES", "9", "ASSURANCES"),
        ("Article 9 : Assurances", "9", "Assurances"),
        ("Art. 12 - Assurances", "12", "Assurances"),
        ("ARTICLE 1er – OBJET", "1", "OBJET"),
        ("ARTICLE DEUXIÈME – DÉFINITIONS", "2", "DÉFINITIONS"),
        ("Article dix-neuvième : Assurances", "19", "Assurances"),
        ("9.2 Attestations d'assurance", "9.2", "Attestations d'assurance"),
        ("9.2. Attestations", "9.2", "Attestations"),
        ("12 - Assurances", "12", "Assurances"),
        ("3.1 –Durée du contrat", "3.1", "Durée du contrat"),
        # a sub-article numbered with a hyphen and closed by a stop, its text run on
        ("11-1. Le titulaire contracte une assurance.", "11-1", None),
        ("4.1.3.4 Réversibilité", "4.1.3.4", "Réversibilité"),
        ("Clause 9 Notification de violations", "Clause 9", "Notification de violations"),
        ("ANNEXE 2 – Accord de traitement", "Annexe 2", "Accord de traitement"),
        ("Section III : Renseignements", "Section III", "Renseignements"),
        ("II. DISPOSITIONS GÉNÉRALES", "II", "DISPOSITIONS GÉNÉRALES"),
        ("ARTICLE 9", "9", None),
        ("CP-2 — Lieu d'hébergement", "CP-2", "Lieu d'hébergement"),
        ("CG-12 : Assurances", "CG-12", "Assurances"),
        ("SEC-4.1 – Journalisation", "SEC-4.1", "Journalisation"),
        ("S2.1 Minimum insurance cover", "S2.1", "Minimum insurance cover"),
        (
            "ART. 9 bis – Protection des données personnelles",
            "9 bis",
            "Protection des données personnelles",
        ),
        ("Article 14 ter : Assurances", "14 ter", "Assurances"),
        ("EXHIBIT B – SERVICE LEVELS", "Exhibit B", "SERVICE LEVELS"),
        ("SCHEDULE 7 (INSURANCE)", "Schedule 7", "INSURANCE"),
        ("C-3 Hosting and Data Location", "C-3", "Hosting and Data Location"),
        ("C-4.2 Quillbright shall notify Customer of any Security Incident", "C-4.2", None),
        ("2.1.a La Solution est hébergée chez OVHcloud", "2.1.a", None),
        ("LOT 2 – Article 3 – Pièces de la candidature", "3", "Pièces de la candidature"),
        ("3.3 Attestation d'assurance cyber d'au moins 1 000 000 € (souhaitée, non", "3.3", None),
        ("Point n° 3 — Hébergement des données", "3", "Hébergement des données"),
        ("Écart n° 4 (majeur) — Délai de notification", "Écart 4", "Délai de notification"),
        ("OBSERVATION 2 : Assurance des locaux", "Observation 2", "Assurance des locaux"),
    ],
)
def test_heading_forms(line: str, number: str, title: str | None) -> None:
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.number, heading.title) == (number, title)


@pytest.mark.parametrize(
    "line",
    [
        "2 000 000 € par sinistre",
        "15 jours après la notification",
        "Article 5 du CCAG-TIC est complété comme suit",
        "1. le titulaire fournit une attestation ;",
        "12, rue de la Paix",
        "Article 5.3.3. du CCFT et offre",
        "Article 33 GDPR, on the basis of the information we",
    ],
)
def test_not_headings(line: str) -> None:
    clauses = segment(_piece(["9.2 Attestations", line]))
    assert [(c.number, [b.text for b in c.blocks]) for c in clauses] == [("9.2", [line])]


def test_numbered_paragraph_opens_a_clause_and_keeps_its_text() -> None:
    heading = parse_heading("3.2 The Supplier shall store Customer Data only in the EEA.")
    assert heading is not None
    assert (heading.number, heading.title) == ("3.2", None)
    assert heading.body == "The Supplier shall store Customer Data only in the EEA."


@pytest.mark.parametrize(
    ("previous", "candidate", "ok"),
    [
        ((9, 1), (9, 2), True),
        ((9, 1), (9, 1, 1), True),
        ((9, 1), (10,), True),
        ((9, 1), (10, 1), True),
        ((9,), (9, 1), True),
        ((9, 2), (1,), False),
        ((9, 2), (2000,), False),
        ((9, 2), (9, 9), False),
        ((6, 4, 3), (6, 4), True),  # the document numbers two articles 6.4
        ((8,), (8, 1, 1), True),
        ((6, 4, 3), (6, 4, 3), True),
        ((3, 1, 5), (3, 2, 2), True),  # a notice's form skips III.2 and III.2.1
        ((4, 2, 6), (6, 3), True),  # … and VI.1, VI.2
        ((3, 1, 5), (3, 2, 5), False),
        (None, (1,), True),
        (None, (250,), False),
    ],
)
def test_succession(previous, candidate, ok: bool) -> None:
    assert follows(previous, candidate) is ok


@pytest.mark.parametrize(
    ("line", "toc"),
    [
        ("9. Assurances ....................... 7", True),
        ("12 - Assurances.......................11", True),
        # (a page numbered within its part, as a US contract's Section H numbers them)
        ("H.4 Insurance ................................ H-2", True),
        ("Sommaire", True),
        ("Table des matières", True),
        ("Le titulaire fournit... une attestation", False),
        ("9. Assurances", False),
    ],
)
def test_toc_lines(line: str, toc: bool) -> None:
    assert is_toc_line(line) is toc


def test_table_of_contents_with_wrapped_entries_is_dropped() -> None:
    clauses = segment(
        _piece(
            [
                "SOMMAIRE",
                "1. PREAMBULE ........................ 4",
                "1.2. Dispositions applicables aux groupements d'opérateurs",
                "économiques ......................... 5",
                "6.4.1 Traitement de données personnelles mis en œuvre pour le compte de",
                "Travail 21",
                "17 — Conditions particulières Erreur ! Signet non défini.",
                "1. PREAMBULE",
                "Le présent contrat est conclu entre les parties.",
                "2. DISPOSITIONS GÉNÉRALES",
                "Les prix sont fermes.",
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("1", "PREAMBULE"),
        ("2", "DISPOSITIONS GÉNÉRALES"),
    ]


def test_segment_follows_numbering_and_ignores_false_numbers() -> None:
    clauses = segment(
        _piece(
            [
                "Sommaire",
                "9. Assurances ........ 7",
                "ARTICLE 9 – ASSURANCES",
                "9.1 Responsabilité civile",
                "Le titulaire est couvert à hauteur de",
                "2 000 000 € par sinistre.",
                "1. Un point de liste qui ne suit pas 9.1",
                "9.2 Attestations",
                "Le titulaire remet ses attestations.",
                "ARTICLE 10",
                "RÉSILIATION",
                "Le CCAG s'applique.",
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("9", "ASSURANCES"),
        ("9.1", "Responsabilité civile"),
        ("9.2", "Attestations"),
        ("10", "RÉSILIATION"),
    ]
    assert [b.text for b in clauses[1].blocks] == [
        "Le titulaire est couvert à hauteur de",
        "2 000 000 € par sinistre.",
        "1. Un point de liste qui ne suit pas 9.1",
    ]


def test_styled_headings_without_numbers_are_clauses() -> None:
    clauses = segment(
        _piece(
            [
                Block("Assurances", None, BlockKind.HEADING, level=1),
                Block("Le titulaire est assuré.", None, BlockKind.PARAGRAPH),
                Block("Prix", None, BlockKind.HEADING, level=1, number="4."),
                Block("Les prix sont fermes.", None, BlockKind.PARAGRAPH),
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [(None, "Assurances"), ("4", "Prix")]


def test_sentences_join_lines_split_items_and_keep_pages() -> None:
    clause = segment(
        _piece(
            [
                "ARTICLE 7 – DONNÉES",
                Block("Le titulaire notifie toute violation dans un délai de quarante-", 3),
                Block("huit heures. Il s'engage à :", 3),
                Block("- tenir un registre ;", 4),
                Block("- ne recourir à aucun sous-traitant ultérieur sans autorisation.", 4),
                Block("Voir l'art. 28 du RGPD. Fin.", 4),
            ]
        )
    )[0]
    found = [(s.text, s.page, s.is_item) for s in sentences(clause)]
    assert found == [
        ("Le titulaire notifie toute violation dans un délai de quarante-huit heures.", 3, False),
        ("Il s'engage à :", 3, False),
        ("tenir un registre ;", 4, True),
        ("ne recourir à aucun sous-traitant ultérieur sans autorisation.", 4, True),
        ("Voir l'art. 28 du RGPD.", 4, False),
        ("Fin.", 4, False),
    ]


def test_a_word_cut_at_the_end_of_a_line_is_one_word_again() -> None:
    """ "profes-" + "sionnelle" is "professionnelle"; a hyphenated word keeps its hyphen."""
    clause = segment(
        _piece(
            [
                "ARTICLE 7 – ASSURANCES",
                Block("Le titulaire justifie d'une assurance de responsabilité civile profes-", 3),
                Block("sionnelle et ne recourt à aucun sous-", 3),
                Block("traitant hors de l'Union euro-", 3),
                Block("péenne.", 3),
            ]
        )
    )[0]
    assert [s.text for s in sentences(clause)] == [
        "Le titulaire justifie d'une assurance de responsabilité civile professionnelle et ne "
        "recourt à aucun sous-traitant hors de l'Union européenne."
    ]


def test_running_lines_and_page_numbers_are_dropped() -> None:
    blocks = []
    for page in range(1, 6):
        blocks += [
            Block("Ville de Test - Marché 2026-07", page),
            Block(f"Texte propre à la page {'abcde'[page - 1]}", page),
            Block(f"Page {page} sur 5", page),
        ]
    assert [b.text for b in drop_running_lines(blocks)] == [
        f"Texte propre à la page {c}" for c in "abcde"
    ]


def test_paragraph_numbers_opening_pages_are_not_running_lines() -> None:
    """ "SR 3.1" in the margin at the top of one page, "SR 5.1" at the top of the next: the
    numbers of two paragraphs, kept; the running title above them goes."""
    blocks = []
    for page, number in enumerate(["SR 3.1", "SR 5.1", "SR 7.1"], start=1):
        blocks += [
            Block("Statement of Requirements – OFFICIAL", page),
            Block(number, page, bold=True),
            Block(f"The Contractor shall meet requirement {'abc'[page - 1]}.", page),
        ]
    kept = [b.text for b in drop_running_lines(blocks)]
    assert kept[:2] == ["SR 3.1", "The Contractor shall meet requirement a."]
    assert "Statement of Requirements – OFFICIAL" not in kept


def test_questions_and_answer_labels_at_page_edges_are_not_running_lines() -> None:
    """The buyer's answers: « Question n° 6 (reçue le …) » opening one page and « Question
    n° 13 » the next, « Réponse : » near the foot of both: questions and their answers, kept;
    the running title goes."""
    blocks = []
    for page, number in enumerate([6, 13, 17], start=1):
        blocks += [
            Block("Réponses aux questions des candidats", page),
            Block(f"Question n° {number} (reçue le {page + 8:02d}/02/2026)", page, bold=True),
            Block(f"Une question {'abc'[page - 1]} ?", page),
            Block("Réponse :", page, bold=True),
        ]
    kept = [b.text for b in drop_running_lines(blocks)]
    assert kept[:4] == [
        "Question n° 6 (reçue le 09/02/2026)",
        "Une question a ?",
        "Réponse :",
        "Question n° 13 (reçue le 10/02/2026)",
    ]
    assert "Réponses aux questions des candidats" not in kept


def test_a_question_numbered_with_the_date_it_came_in_opens_a_clause() -> None:
    piece = _piece(["Question n° 7 (reçue le 10/02/2026)", "Le titulaire doit-il être assuré ?"])
    assert [c.heading for c in segment(piece)] == ["Question 7"]


def test_an_answer_label_alone_on_its_line_opens_the_answer_cited_by_its_label() -> None:
    """« Q1 : » then « R1 : » each alone on their line, the texts below them: the answer is
    cited « R1 », apart from the question that restates the tender as it was."""
    piece = _piece(
        ["Q1 :", "Le montant de 3 M€ peut-il être revu ?", "R1 :", "Le titulaire justifie de 1 M€."]
    )
    assert [(c.number, c.heading) for c in segment(piece)] == [
        (None, "Question 1"),
        ("R1", None),
    ]


def test_requirement_cards_open_clauses_even_at_the_top_of_each_page() -> None:
    """A card set as a title opens a clause cited by its code, even where a card opens every
    page; a coded line of running text ("Exigence E-11 : Le titulaire…") stays text."""
    blocks = []
    for page, code in enumerate(["EXG-04", "EXG-05", "EXG-11"], start=1):
        blocks += [
            Block(f"Référentiel d'exigences — version 2.1 page {page}", page),
            Block(f"Fiche {code} Statut : Active", page, bold=True),
            Block(f"Intitulé Exigence {'abc'[page - 1]}", page),
            Block("Description Le titulaire héberge les données en France.", page),
        ]
    blocks.append(Block("Exigence E-12 : Le titulaire ne recourt à aucun tiers", 3))
    clauses = segment(_piece(drop_running_lines(blocks)))
    assert [c.number for c in clauses] == ["EXG-04", "EXG-05", "EXG-11"]
    assert clauses[-1].blocks[-1].text.startswith("Exigence E-12")


def test_the_findings_of_an_audit_report_open_clauses_and_rows_name_them() -> None:
    """Findings and observations are numbered apart, from 1 each, and cited with their word;
    a finding's number written in a line of text opens nothing; the summary table's row
    names the finding it sums up."""
    lines = [
        Block("2 Synthèse des écarts", 1, bold=True),
        Block(
            "Écart n° 1 | Majeur | Assurances | RC professionnelle, 1 500 000 €",
            1,
            BlockKind.TABLE_ROW,
        ),
        Block("3 Constats détaillés", 1, bold=True),
        Block("Écart n° 1 (majeur) — Attestation d'assurance", 1, bold=True),
        Block("Constat : l'attestation remise a expiré.", 1),
        Block("Écart n° 2 (mineur) — Conservation des journaux", 1, bold=True),
        Block("Écart n° 2 est ouvert depuis l'audit précédent.", 1),
        Block("4 Observations", 1, bold=True),
        Block("Observation n° 1 — Hébergement principal", 1, bold=True),
        Block("La production est hébergée en France.", 1),
    ]
    clauses = segment(_piece(lines))
    assert [c.number for c in clauses] == ["2", "3", "Écart 1", "Écart 2", "4", "Observation 1"]
    assert row_reference(lines[1].text) == "Écart 1"


def test_a_label_line_opens_what_follows_and_never_continues_a_sentence() -> None:
    """In a text file, nothing ends the last criterion of a ticket but the label line after
    it; "Commentaires :" opens the comments."""
    lines = [
        Block("Le titulaire notifie toute violation de données sous 24 heures", None),
        Block("Commentaires :", None),
        Block("La V1 disait 72 heures.", None),
    ]
    clause = Clause(_piece([]), "3", None, (), tuple(lines))
    assert [s.text for s in sentences(clause)] == [
        "Le titulaire notifie toute violation de données sous 24 heures",
        "Commentaires :",
        "La V1 disait 72 heures.",
    ]


def test_a_short_line_closing_a_bracket_the_line_before_opened_continues_it() -> None:
    """ "… the following insurances (the" then "Insurances):" is one sentence, announcing the
    points after it, not a label opening them."""
    lines = [
        Block("The Supplier shall maintain, until six years after the Term, the following", None),
        Block("insurances (the", None),
        Block("Insurances):", None),
    ]
    clause = Clause(_piece([]), "14.1", None, (), tuple(lines))
    assert [s.text for s in sentences(clause)] == [
        "The Supplier shall maintain, until six years after the Term, the following insurances "
        "(the Insurances):"
    ]


def test_a_paragraph_sign_followed_by_a_whole_sentence_opens_its_text() -> None:
    """« § 5. L'adjudicataire n'engage aucun sous-traitant ultérieur sans l'autorisation
    écrite préalable du Collège. » on one line: the paragraph's text, not its title."""
    heading = parse_heading(
        "§ 5. L'adjudicataire n'engage aucun sous-traitant ultérieur sans l'autorisation "
        "écrite préalable du Collège communal."
    )
    assert heading is not None and heading.number == "5" and heading.title is None
    assert heading.body is not None and heading.body.startswith("L'adjudicataire")
    titled = parse_heading("Article 5 – Assurances.")
    assert titled is not None and titled.title == "Assurances"


def test_a_clause_in_two_languages_side_by_side_is_cited_by_the_number_opening_both() -> None:
    row = (
        "8 The Contractor's aggregate liability is capped at 150% of the contract price. | "
        "8 La responsabilité du titulaire est plafonnée à 150 % du prix du marché."
    )
    assert row_reference(row) == "8"
    assert row_reference("8 jours | 10 jours") is None


def test_a_lettered_point_written_with_its_clause_number_is_that_point() -> None:
    """« 9.2(a) Commercial General Liability insurance… » after « 9.1 … the following: »."""
    piece = _piece(
        [
            "9.1 Tallgrass will maintain, at its own expense, the following insurance:",
            "9.2(a) Commercial General Liability insurance with limits of not less than USD "
            "1,000,000 each occurrence;",
            "9.2(b) Technology Errors and Omissions insurance with a limit of not less than USD "
            "5,000,000 per claim;",
            "9.3 Certificates. Upon request, Tallgrass will furnish a certificate of insurance.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["9.1", "9.2(a)", "9.2(b)", "9.3"]


def test_a_first_row_naming_its_columns_with_a_code_in_them_is_the_header() -> None:
    """« Plan | Monthly availability | Response time (P1 incident) »: the digit of a code is
    no figure, the row names the columns and each row below is read under it."""
    clause = segment(
        _piece(
            [
                "5. Service levels",
                Block(
                    "Plan | Monthly availability | Response time (P1 incident)",
                    1,
                    BlockKind.TABLE_ROW,
                ),
                Block("Essential | 99.5% | 4 business hours", 1, BlockKind.TABLE_ROW),
            ]
        )
    )[-1]
    rows = [s for s in sentences(clause) if s.text.startswith("Essential")]
    assert rows and rows[0].header == "Plan | Monthly availability | Response time (P1 incident)"


def test_the_lettered_points_of_a_paragraph_opening_on_its_code_are_its_own() -> None:
    """A rider numbering its paragraphs « IS-10. Insurance. … »: the points (a), (b) below are
    IS-10's; the bold title after them still opens its part of the annex."""
    piece = _piece(
        [
            Block("EXHIBIT A – INFORMATION SECURITY RIDER", 1, bold=True),
            "IS-9. Patching. Business Associate shall apply critical patches within 15 days.",
            "IS-10. Insurance. Business Associate shall maintain the following insurance:",
            "(a) Commercial General Liability insurance of not less than $1,000,000;",
            "(b) Technology Errors and Omissions insurance of not less than $2,000,000.",
            Block("SIGNATURES", 1, bold=True),
            "For the Covered Entity: J. Smith",
        ]
    )
    numbers = [c.number or c.heading for c in segment(piece)]
    assert numbers == ["Exhibit A", "IS-10(a)", "IS-10(b)", "SIGNATURES"]


def test_a_page_of_numbered_contents_without_page_numbers_is_no_text() -> None:
    """The second slide of a deck lists « 01 Pourquoi ce référentiel », « 02 Hébergement et
    localisation »… under « Sommaire », without page numbers, and the slides are titled in
    other words: the page is a contents list, not the deck's articles 01 to 03."""
    piece = _piece(
        [
            Block("Référentiel sécurité des fournisseurs IT", 1, bold=True, size=36),
            Block("Sommaire", 2, bold=True, size=30),
            Block("01 Pourquoi ce référentiel", 2, size=20),
            Block("02 Hébergement et localisation", 2, size=20),
            Block("03 Assurances", 2, size=20),
            Block("Hébergement : principes", 3, bold=True, size=30),
            Block("Données hébergées dans l'Union européenne uniquement", 3, size=20),
            Block("Assurances exigées", 4, bold=True, size=30),
            Block("Responsabilité civile professionnelle : 5 M€ minimum par sinistre", 4, size=20),
        ]
    )
    clauses = segment(piece)
    assert not any(c.number for c in clauses)
    assert {"Hébergement : principes", "Assurances exigées"} <= {c.heading for c in clauses}


def test_an_article_an_amendment_quotes_is_cited_by_its_own_number() -> None:
    """An avenant replaces article 9.2 of the contract and inserts 9.4: each new wording,
    quoted « 9.2 – … », is cited by its number; the « Pour mémoire » paragraph after the closing
    quote is the avenant's article 4 again, and the kept articles « – article 8.1 : … » are
    cited by theirs."""
    piece = _piece(
        [
            Block("Article 4 – Assurances", None, BlockKind.HEADING),
            "L'article 9.2 du Contrat est remplacé par les dispositions suivantes :",
            "« 9.2 – Le Prestataire souscrit une assurance de responsabilité civile "
            "professionnelle d'un montant minimal de 2 000 000 € par sinistre. »",
            "Il est inséré après l'article 9.3 du Contrat un article 9.4 ainsi rédigé :",
            "« 9.4 – Le Prestataire souscrit une assurance couvrant les risques cyber.",
            "Le montant de cette garantie est d'au moins 500 000 € par année. »",
            "Pour mémoire, l'ancienne rédaction de l'article 9.2 fixait 1 000 000 €.",
            Block("Article 5 – Données personnelles", None, BlockKind.HEADING),
            "L'article 8 du Contrat n'est pas modifié, notamment :",
            "– article 8.1 : le Prestataire agit en qualité de sous-traitant.",
        ]
    )
    cited = {c.number: " ".join(b.text for b in c.blocks) for c in segment(piece)}
    assert "2 000 000 €" in cited["9.2"] and "500 000 €" in cited["9.4"]
    assert "Pour mémoire" in cited["4"] and "Pour mémoire" not in cited["9.4"]
    assert "sous-traitant" in cited["8.1"]


def test_an_english_amendment_s_sections_are_cited_by_the_numbers_they_write() -> None:
    """ "Section 11.1 … is hereby deleted … and replaced with the following:" then the new
    wording in straight quotation marks, its next section « 12.2 » on a line of its own inside
    the quote; "In Section 8.3 …, the words "…" are deleted and replaced…" changes 8.3; a
    French article the avenant adds, « « 19 bis Réversibilité. … » », is cited « 19 bis »."""
    piece = _piece(
        [
            Block("AMENDMENT No. 1", None, BlockKind.HEADING),
            "2. Section 11.1 of the Agreement is hereby deleted in its entirety and replaced "
            "with the following:",
            "\"11.1 Subject to Section 11.2, each party's aggregate liability shall not exceed "
            'the fees paid."',
            '3. In Section 8.3 of the Agreement, the words "seventy-two (72) hours" are deleted '
            'and replaced with "thirty-six (36) hours".',
            "4. Section 12 of the Agreement is deleted and replaced with the following:",
            '"12.1 Provider shall maintain professional indemnity insurance of GBP 5,000,000.',
            "12.2 Provider shall provide a broker's letter on request.\"",
            "5. All other terms remain unchanged.",
        ]
    )
    cited = {c.number: " ".join(b.text for b in c.blocks) for c in segment(piece)}
    assert "fees paid" in cited["11.1"] and "thirty-six" in cited["8.3"]
    assert "GBP 5,000,000" in cited["12.1"] and "broker" in cited["12.2"]
    avenant = _piece(
        [
            Block("Article 7 – Fin du contrat", None, BlockKind.HEADING),
            "Il est ajouté un article 19 bis ainsi rédigé :",
            "« 19 bis Réversibilité. À l'expiration du contrat, le Prestataire restitue les "
            "données. »",
        ]
    )
    assert "restitue" in {c.number: c.blocks[-1].text for c in segment(avenant)}["19 bis"]


def test_an_amendment_quoting_an_article_without_a_dash_or_changing_its_words() -> None:
    """« 8.2 Le titulaire … » quoted with no dash after the number is article 8.2's new
    wording; « Au premier alinéa de l'article 13.1, les mots « 99,5 % » sont remplacés … »,
    over two lines, changes article 13.1 and is cited by it; the avenant's own words after
    each are its article again."""
    piece = _piece(
        [
            Block("Article 2 – Assurances", None, BlockKind.HEADING),
            "L'article 8.2 du CCAP est remplacé par les dispositions suivantes :",
            "« 8.2 Le titulaire justifie d'une assurance de responsabilité civile",
            "professionnelle de 2 500 000 € par sinistre. »",
            "Pour mémoire, la rédaction initiale fixait 1 000 000 €.",
            Block("Article 4 – Niveaux de service", None, BlockKind.HEADING),
            "Au premier alinéa de l'article 13.1 du CCAP, relatif au service, les mots « 99,5 %",
            "» sont remplacés par les mots « 99,9 % ».",
            "Aucune autre stipulation de l'article 13 n'est modifiée.",
        ]
    )
    cited = {c.number: " ".join(b.text for b in c.blocks) for c in segment(piece)}
    assert "2 500 000 €" in cited["8.2"] and "Pour mémoire" in cited["2"]
    assert "99,9 %" in cited["13.1"] and "Aucune autre" in cited["4"]


def test_a_quote_an_amendment_leaves_open_ends_with_its_article() -> None:
    """A quoted article whose closing quote was forgotten: the next article's points « a) »,
    « b) » are still its points."""
    piece = _piece(
        [
            Block("Article 4 – Assurances", None, BlockKind.HEADING),
            "L'article 9.2 du Contrat est remplacé par les dispositions suivantes :",
            "« 9.2 – Le Prestataire souscrit une assurance de responsabilité civile.",
            Block("Article 5 – Données personnelles", None, BlockKind.HEADING),
            "Le Prestataire s'engage à :",
            "a) notifier toute violation sous 24 heures ;",
            "b) héberger les données en France.",
        ]
    )
    assert [c.number for c in segment(piece)][-2:] == ["5 a", "5 b"]


def test_the_roman_points_of_an_article_are_its_own() -> None:
    """« (i) », « (ii) », « (iii) » right under article 4.1 are its points "4.1(i)"…, the
    first run into the article's sentence or on a line of its own; a « (ii) » of the next
    article, whose text holds no « (i) », is no point."""
    piece = _piece(
        [
            "ARTICLE 4 — HÉBERGEMENT",
            "4.1 Le titulaire héberge le portail dans les conditions cumulatives suivantes :",
            "(i) l'hébergement est assuré sur une offre qualifiée SecNumCloud ;",
            "(ii) les données sont stockées exclusivement en France ;",
            "(iii) l'hébergeur n'est soumis à aucune législation extra-européenne.",
            "ARTICLE 10 — ASSURANCES",
            "10.1 Le titulaire souscrit pendant toute la durée du marché (i) une assurance de",
            "responsabilité civile de 1 000 000 € par sinistre ;",
            "(ii) une assurance couvrant les risques cyber de 500 000 € par année.",
            "10.2 Le titulaire transmet son attestation chaque année.",
            "(ii) Ceci n'est pas un point.",
        ]
    )
    numbers = [c.number for c in segment(piece)]
    assert numbers == [
        "4",
        "4.1",
        "4.1(i)",
        "4.1(ii)",
        "4.1(iii)",
        "10",
        "10.1",
        "10.1(ii)",
        "10.2",
    ]


def test_a_numbered_paragraph_run_into_the_line_above_keeps_the_sequence() -> None:
    """« (1) Deadlines are binding. (2) As soon as… » on one line, then « (3) If the Supplier
    … » on its own: (3) is the article's third paragraph."""
    piece = _piece(
        [
            "§ 4 Deadlines and contractual penalty",
            "(1) Agreed deadlines and milestones are binding. (2) As",
            "soon as the Supplier recognises a delay, it shall inform the Purchaser.",
            "(3) If the Supplier fails to meet a milestone, the Purchaser may claim a penalty of "
            "EUR 400 per calendar day of delay.",
            "§ 5 Subcontractors",
            "(1) The Supplier shall perform the Services with its own staff.",
        ]
    )
    numbers = [c.number for c in segment(piece)]
    assert "4 (3)" in numbers


def test_an_amendment_cites_the_articles_it_inserts_and_those_it_keeps() -> None:
    """« 3° Après l'article 5.4 du CCAP, il est inséré un article 5.5 » is article 5.5; in the
    list of the stipulations it keeps, « – article 7.2 : le titulaire notifie… » is 7.2."""
    lines = [
        "Article 1 — Hébergement",
        "1° L'article 5.1 du CCAP est ainsi rédigé : « Le titulaire héberge le SIRH en France. »",
        "2° Après l'article 5.4 du CCAP, il est inséré un article 5.5 ainsi rédigé :",
        "« 5.5 – Le titulaire n'est soumis à aucune législation extra-européenne. »",
        "Article 6 — Stipulations maintenues",
        "Sont maintenues sans changement les stipulations suivantes du CCAP :",
        "– article 7.2 : le titulaire notifie toute violation de données dans les 48 heures ;",
        "– article 11 : à la fin du marché, le titulaire restitue les données.",
    ]
    numbers = [c.number for c in segment(_piece(lines))]
    assert numbers == ["1", "5.1", "5.5", "6", "7.2", "11"]


def test_an_annex_article_named_with_its_annex_is_cited_with_it() -> None:
    heading = parse_heading("Annexe 3 – article 4 – Notification des violations")
    assert heading is not None
    assert (heading.number, heading.title) == ("Annexe 3 4", "Notification des violations")


def test_the_points_of_an_amending_text_are_cited_by_the_articles_they_write() -> None:
    """A rectificatif's "1°", "2°" each write an article of the CCAP: the bidder reads them as
    that article, as it now stands."""
    lines = [
        "Article 1er — Modifications du CCAP",
        "1° À l'article 8.2, les mots : « 1 000 000 € » sont remplacés par « 2 000 000 € » ;",
        "2° Après l'article 8.2, il est inséré un article 8.3 ainsi rédigé :",
        "« 8.3. Le titulaire souscrit une assurance couvrant les risques cyber. » ;",
        "3° L'article 8.5 est ainsi rédigé :",
        "4° Le délai prévu à l'article 14.1 du CCAG-TIC est porté à dix jours ;",
        "Article 2 — Modifications du CCTP",
        "1° À l'article 14.1 du CCAG-TIC, les mots « trente jours » sont remplacés ;",
    ]
    numbers = [c.number for c in segment(_piece(lines))]
    assert numbers == ["1", "8.2", "8.3", "8.5", "1 4°", "2", "2 1°"]


def test_inserted_clauses_and_titles_set_in_bold_after_skipped_clauses() -> None:
    """A variation inserts "14A" after clause 14; an extract goes from 16 to 20, its "20. EXIT"
    set in bold as every title of the agreement."""
    lines = [
        Block("14. INSURANCE", None, BlockKind.PARAGRAPH, bold=True),
        Block("14.1 The Supplier shall maintain the Required Insurances.", None),
        Block("14A. CYBER INSURANCE", None, BlockKind.PARAGRAPH, bold=True),
        Block("14A.1 The Supplier shall maintain cyber insurance of £2,000,000.", None),
        Block("16. DATA PROTECTION", None, BlockKind.PARAGRAPH, bold=True),
        Block("16.1 The Supplier shall notify any breach within 24 hours.", None),
        Block("20. EXIT", None, BlockKind.PARAGRAPH, bold=True),
        Block("20.1 The Supplier shall maintain an Exit Plan.", None),
        Block("20.2 On exit, the Supplier shall transfer all data in CSV.", None),
    ]
    numbers = [c.number for c in segment(_piece(lines))]
    assert numbers == ["14", "14.1", "14A", "14A.1", "16", "16.1", "20", "20.1", "20.2"]


def test_the_excerpts_of_a_model_keep_their_numbers_across_wide_gaps() -> None:
    """Instructions to bidders printing clauses 12.3 to 13.7 of their model, then 19.1, 36.2
    and 38.1: each excerpt is a clause of its own."""
    lines = [
        "12.3 Le candidat joint à son offre une attestation d'assurance.",
        "13.2 Les données sont hébergées sur le territoire national.",
        "13.3 Le titulaire notifie toute violation de données sous 72 heures.",
        "13.7 En fin de marché, le titulaire restitue les données.",
        "19.1 Le candidat fournit une garantie de soumission.",
        "36.2 L'attributaire produit une attestation d'assurance avant la signature.",
        "38.1 En cas de retard, le titulaire encourt des pénalités.",
    ]
    numbers = [c.number for c in segment(_piece(list(lines)))]
    assert numbers == ["12.3", "13.2", "13.3", "13.7", "19.1", "36.2", "38.1"]


def test_a_point_whose_amount_is_cut_at_the_line_end_is_text_not_a_title() -> None:
    lines = [
        "Bon pour accord sous réserve des conditions suivantes :",
        "1) Studio Ardoise justifie d'une assurance responsabilité civile professionnelle "
        "d'au moins 1 000",
        "000 € par sinistre.",
        "2) L'attestation correspondante est remise dans les dix jours.",
    ]
    clauses = segment(_piece(list(lines)))
    point = next(c for c in clauses if c.number == "1")
    assert point.heading is None
    assert [b.text for b in point.blocks][-1] == "000 € par sinistre."
    assert "d'au moins 1 000" in point.blocks[0].text


def test_check_marks_of_a_designed_page_open_items() -> None:
    """ "✔ Le prestataire signe… ✔ Toute violation…": two statements, not one."""
    clause = segment(
        _piece(
            [
                "03 Sécurité & RGPD",
                "✔ Le prestataire signe un contrat de sous-traitance conforme à l'article 28.",
                "✔ Toute violation de données nous est notifiée sous 24 heures.",
            ]
        )
    )[-1]
    assert [s.text for s in sentences(clause)] == [
        "Le prestataire signe un contrat de sous-traitance conforme à l'article 28.",
        "Toute violation de données nous est notifiée sous 24 heures.",
    ]


def test_a_running_footer_whose_page_total_wraps_is_dropped_on_every_page() -> None:
    """ "… Page 10 sur" with "13" on the next line, "… Page 9 sur 13" on one line: one footer."""
    blocks = []
    for page in range(8, 14):
        footer = "CCAP – Infogérance de la ville de Test Page"
        wrapped = page >= 10
        blocks += [
            Block(f"Texte propre à la page {'abcdef'[page - 8]}", page),
            Block(f"{footer} {page} sur" if wrapped else f"{footer} {page} sur 13", page),
        ]
        if wrapped:
            blocks.append(Block("13", page))
    assert [b.text for b in drop_running_lines(blocks)] == [
        f"Texte propre à la page {c}" for c in "abcdef"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", True),
        ("- 3 -", True),
        ("Page 3", True),
        ("Page 3 sur 38", True),
        ("3/38", True),
        ("p. 7", True),
        ("3 000 000 €", False),
        ("Article 3", False),
    ],
)
def test_page_numbers(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def test_lines_set_in_bold_are_the_titles_of_a_pdf_without_numbers() -> None:
    """A règlement de consultation written with Word's bold titles and no numbering."""
    body = "Le candidat produit les pièces demandées ci-dessous, en français."
    piece = _piece(
        [
            Block("Présentation des candidatures et des offres", 4, bold=True),
            Block("Documents à produire au titre de la candidature :", 4, bold=True),
            Block("→ Preuve d'une assurance pour les risques professionnels.", 4),
            Block("Jugement des offres", 5, bold=True),
            Block(body, 5),
            Block("Pénalités de retard :", 5, bold=True),
            Block(body, 5),
            Block("Procédures de recours", 6, bold=True),
            Block(body, 6),
        ]
    )
    clauses = segment(piece)
    assert [c.heading for c in clauses] == [
        "Présentation des candidatures et des offres",
        "Jugement des offres",
        "Pénalités de retard",
        "Procédures de recours",
    ]
    # Right under a title, a bold line ending with ":" introduces the text: it stays in it.
    assert clauses[0].blocks[0].text == "Documents à produire au titre de la candidature :"


def test_a_short_numbered_list_in_a_long_document_is_no_numbering_of_articles() -> None:
    """Award criteria "1 Prix : sur 50 points", "2 …" on the last page of an unnumbered RC."""
    filler = [Block(f"Ligne de texte courant numéro {'abcdefghij'[n % 10]}.", 1) for n in range(90)]
    criteria = [
        Block("1 Prix des prestations : sur 50 points", 6),
        Block("Méthode de calcul du prix.", 6),
        Block("2 Critères techniques : sur 40 points", 6),
        Block("3 Délais de livraison : sur 10 points", 6),
    ]
    titled = [Block("Sélection des candidatures", 1, bold=True), *filler, *criteria]
    assert [c.number for c in segment(_piece(titled))] == [None]
    assert [c.heading for c in segment(_piece(titled))] == ["Sélection des candidatures"]


def test_a_list_numbered_afresh_inside_an_article_stays_in_it_to_its_last_item() -> None:
    """The contents of a technical memo listed "1." to "6." under "4.2": "4." and "5." would
    follow the article numbering (4.2 -> 4 -> 5 -> Article 5) but are the list's items."""
    lines = [
        "Article 4 : Présentation des offres",
        "4.1 Documents de candidature",
        "Le candidat remet le formulaire DC1 complété et signé.",
        "4.2 Documents de l'offre",
        "Le mémoire technique comprendra en particulier :",
        "1. La méthodologie de migration et de mise en production,",
        "2. L'infrastructure et les fiches techniques des serveurs,",
        "3. Le planning prévisionnel d'exécution.",
        "4. Pilotage financier : gestion des plafonds du bordereau.",
        "5. Packs d'hébergement : lecture simple de la facture.",
        "6. Réversibilité : livrables, transfert de compétences, calendrier.",
        "Article 5 : Jugement des offres",
        "Les offres sont classées selon les critères suivants.",
    ]
    clauses = segment(_piece(list(lines)))
    assert [c.number for c in clauses] == ["4", "4.1", "4.2", "5"]
    assert "6. Réversibilité" in clauses[2].blocks[-1].text


def test_lettered_paragraphs_of_an_article_are_its_sub_clauses() -> None:
    piece = _piece(
        [
            "Article 3 - Certification",
            "a) L'hébergeur déclare être certifié HDS et s'engage à le rester.",
            "b) Il informe la clinique de tout retrait de son certificat.",
            "Article 4 - Pièces",
            "Le titulaire fournit les pièces suivantes :",
            "a) une attestation d'assurance ;",
            "b) un extrait Kbis.",
        ]
    )
    clauses = segment(piece)
    # The pieces of a list are points too: a bid answers "4 a", the certificate, on its own.
    assert [c.number for c in clauses] == ["3", "3 a", "3 b", "4", "4 a", "4 b"]
    assert clauses[2].heading == "Certification"
    assert clauses[2].blocks[0].text == "Il informe la clinique de tout retrait de son certificat."


def test_a_numbered_paragraph_cut_short_by_a_narrow_column_is_no_title() -> None:
    piece = _piece(
        [
            "9 ASSURANCES",
            "9.3 Le Fournisseur remet à l'Acheteur une attestation",
            "d'assurance en cours de validité dans les quinze jours.",
            "9.4 Attestations annuelles",
            "Elles sont renouvelées chaque année.",
        ]
    )
    clauses = segment(piece)
    assert [(c.number, c.heading) for c in clauses] == [
        ("9", "ASSURANCES"),
        ("9.3", None),
        ("9.4", "Attestations annuelles"),
    ]
    assert [s.text for s in sentences(clauses[1])] == [
        "Le Fournisseur remet à l'Acheteur une attestation d'assurance en cours de validité "
        "dans les quinze jours."
    ]


def test_a_row_of_a_version_history_is_no_heading() -> None:
    assert parse_heading("2.0  12/05/2023  Ajout du chapitre hébergement") is None


def test_underlines_of_a_text_file_are_not_text(write) -> None:
    from tenderguard.inputs import load_inputs

    path = write("pas.txt", "1 - OBJET\n=========\nLe présent plan fixe les exigences.\n-----\n")
    texts = [b.text for b in load_inputs([path]).pieces[0].blocks]
    assert texts == ["1 - OBJET", "Le présent plan fixe les exigences."]


def test_roman_parts_whatever_the_case_cite_their_points_with_them() -> None:
    piece = _piece(
        [
            "I. Objet",
            "Les présentes clauses définissent les conditions du traitement.",
            "II. Durée du contrat",
            "Le présent contrat entre en vigueur à sa signature.",
            "III. Obligations du sous-traitant",
            "1. Finalités",
            "Le sous-traitant traite les données pour la seule finalité du service.",
            "2. Notification des violations",
            "Le sous-traitant notifie toute violation dans les 24 heures.",
            "IV. Assurance",
            "1° Le prestataire est assuré en responsabilité civile professionnelle.",
            "2° Il envoie son attestation chaque année.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "I",
        "II",
        "III",
        "III 1",
        "III 2",
        "IV",
        "IV 1°",
        "IV 2°",
    ]


def test_roman_parts_over_articles_leave_the_articles_numbered_alone() -> None:
    piece = _piece(
        [
            "I. Dispositions générales",
            "Article 1 - Objet",
            "Le marché a pour objet l'hébergement.",
            "II. Exécution",
            "Article 2 - Assurances",
            "Le titulaire est assuré.",
            "III. Fin du marché",
            "Article 3 - Réversibilité",
            "Le titulaire restitue les données.",
        ]
    )
    assert [c.number for c in segment(piece) if c.number and c.number[0].isdigit()] == [
        "1",
        "2",
        "3",
    ]


def test_bracketed_letters_of_an_english_section_are_cited_as_it_writes_them() -> None:
    piece = _piece(
        [
            "12.1 Required insurance",
            "(a) professional liability insurance of EUR 2,000,000 per claim;",
            "(b) cyber liability insurance of EUR 3,000,000 in the aggregate.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["12.1", "12.1(a)", "12.1(b)"]


def test_numbered_paragraphs_of_a_section_are_its_sub_clauses() -> None:
    """ "§ 3 (1)" as German-style terms number them, "3.2" then "1)" as a CCTP does."""
    piece = _piece(
        [
            "§ 3 Localisation des données",
            "(1) Les données du Client sont stockées exclusivement en Allemagne.",
            "(2) Le Client choisit la région lors de la commande.",
            "3.2 Exigences d'hébergement",
            "1) Le locataire Microsoft 365 est hébergé dans l'Union européenne.",
            "2) Le titulaire justifie de la qualification SecNumCloud de l'offre retenue.",
        ]
    )
    numbers = [c.number for c in segment(piece)]
    assert numbers[:3] == ["3", "3 (1)", "3 (2)"]
    assert "3.2 1" in numbers and "3.2 2" in numbers


def test_the_text_after_a_run_in_title_stays_text() -> None:
    piece = _piece(
        [
            "Art. 3 - Délais. Le fournisseur respecte les délais indiqués au bon de commande et "
            "encourt une pénalité par jour calendaire de retard.",
            "Art. 4 - Paiement. La commune règle les factures dans un délai de trente jours.",
        ]
    )
    first = segment(piece)[0]
    assert (first.number, first.heading) == ("3", "Délais")
    assert first.blocks[0].text.startswith("Le fournisseur respecte les délais")


def test_a_binding_first_sentence_is_text_not_a_run_in_title() -> None:
    piece = _piece(
        [
            "5.1 The System shall be delivered as a managed cloud service. The contractor remains "
            "responsible for the cloud service provider it uses.",
            "5.2 All System data shall be stored in Thailand.",
        ]
    )
    first = segment(piece)[0]
    assert (first.number, first.heading) == ("5.1", None)
    assert first.blocks[0].text.startswith("The System shall be delivered")


def test_numbered_sentences_a_requirement_announces_are_its_points() -> None:
    piece = _piece(
        [
            "5.1 Le titulaire respecte les obligations suivantes :",
            "1) Le titulaire agit en qualité de sous-traitant au sens de l'article 28 du RGPD.",
            "2) Toute violation de données est notifiée à la collectivité sous 24 heures.",
            "6.1 Pièces à fournir :",
            "a) une attestation d'assurance ;",
            "b) un extrait Kbis.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "5.1",
        "5.1 1",
        "5.1 2",
        "6.1",
        "6.1 a",
        "6.1 b",
    ]


def _clauses(lines: Sequence[str], kind: BlockKind = BlockKind.LINE) -> list[Clause]:
    """The clauses of a piece made of these lines, each a block of this kind."""
    blocks = tuple(Block(line, None, kind) for line in lines)
    return segment(Piece("piece.txt", "", PieceKind.OTHER, "txt", None, blocks))


def test_an_outline_typed_with_two_kinds_of_bullets_titles_a_plain_text() -> None:
    lines = [
        "Bonjour, voici notre petit cahier des charges.",
        "* Hébergement",
        "- hébergement en France obligatoire",
        "- sauvegarde chaque nuit",
        "* Assurance",
        "- assurance responsabilité civile professionnelle obligatoire",
    ]
    assert [c.heading for c in _clauses(lines)] == [None, "Hébergement", "Assurance"]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("Exigence n° 5 – Droit applicable au fournisseur", "5", "Droit applicable au fournisseur"),
        ("Section 9.03 Insurance", "9.03", "Insurance"),
    ],
)
def test_requirements_and_us_sections_are_cited_by_their_number(
    line: str, number: str, title: str
) -> None:
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.number, heading.title) == (number, title)


def test_a_us_section_whose_first_line_runs_on_is_a_paragraph() -> None:
    heading = parse_heading("Section 3.01 The Provider shall make the service available 99.9%")
    assert heading is not None
    assert (heading.number, heading.title) == ("3.01", None)
    assert heading.body == "The Provider shall make the service available 99.9%"


def test_sub_articles_numbered_with_a_hyphen_are_clauses() -> None:
    assert _numbers(
        "ARTICLE 7 : ASSURANCES",
        "7-1 L'hébergeur a souscrit une assurance responsabilité civile professionnelle.",
        "7-2 L'hébergeur remet une attestation d'assurance sur demande.",
    ) == ["7", "7-1", "7-2"]


def test_a_us_section_whose_first_line_is_no_title_is_a_paragraph() -> None:
    line = "Section 9.04 Workers' compensation coverage is maintained as required by the laws of"
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.number, heading.title) == ("9.04", None)


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Article premier – Objet", "1"),
        ("Article deux – Prix", "2"),
        ("Article dix-sept – Fin", "17"),
    ],
)
def test_articles_numbered_in_words_are_cited_in_figures(line: str, number: str) -> None:
    heading = parse_heading(line)
    assert heading is not None
    assert heading.number == number


def test_a_line_asking_what_its_section_answers_is_its_title() -> None:
    lines = [
        "Contrat d'hébergement",
        "Où sont vos données :",
        "• Vos sites sont hébergés à Mende.",
        "Assurance :",
        "• Nous sommes assurés en responsabilité civile professionnelle.",
    ]
    clauses = _clauses(lines, BlockKind.PARAGRAPH)
    assert [c.heading for c in clauses] == [None, "Où sont vos données", "Assurance"]


def _numbers(*lines: str) -> list[str | None]:
    return [c.number for c in _clauses(lines)]


def _cited(*lines: str) -> list[str]:
    """The numbers of the clauses the lines open, without the unnumbered ones."""
    return [n for n in _numbers(*lines) if n]


def test_plain_text_numbers_with_a_slash_are_articles() -> None:
    assert _numbers(
        "1/ Qui sommes-nous ?", "Une association.", "2/ Budget", "Douze mille euros."
    ) == [
        "1",
        "2",
    ]


def test_a_document_numbered_by_sections_alone_cites_their_numbers() -> None:
    assert _numbers("Section 1 — Scope", "This page.", "Section 2 — Availability", "99.9 %.") == [
        "1",
        "2",
    ]


def test_points_that_open_on_a_verb_or_an_ordinal_are_clauses_even_in_a_list() -> None:
    assert _numbers(
        "3. Obligations du sous-traitant",
        "Le sous-traitant s'engage à :",
        "a. tenir un journal des accès aux données ;",
        "b. héberger les données en France.",
        "4. Pièces à fournir",
        "Le candidat fournit :",
        "1° une attestation d'assurance ;",
        "2° un extrait Kbis.",
    ) == ["3", "3 a", "3 b", "4", "4 1°", "4 2°"]


def test_the_lettered_items_of_a_list_of_documents_are_points() -> None:
    assert _numbers(
        "4. Pièces à fournir", "Le candidat fournit :", "a) une attestation ;", "b) un Kbis."
    ) == ["4", "4 a", "4 b"]


def test_sub_articles_numbered_with_hyphens_on_three_levels_are_clauses() -> None:
    assert _numbers(
        "ART. 9 – ASSURANCES",
        "9-1 Le titulaire contracte les assurances nécessaires.",
        "9-2-1 Le titulaire justifie d'une assurance de responsabilité civile professionnelle.",
        "9-2-2 Il justifie également d'une assurance de responsabilité civile exploitation.",
    ) == ["9", "9-1", "9-2-1", "9-2-2"]


def test_a_run_in_title_then_the_first_sub_article_on_its_line() -> None:
    assert _numbers(
        "10. Confidentialité. Le Fournisseur garde confidentielles les informations reçues.",
        "11. Données à caractère personnel. 11.1 Lorsqu'il traite des données pour le compte",
        "de l'Acheteur, le Fournisseur agit en qualité de sous-traitant.",
        "11.2 Les Données sont hébergées dans l'Espace économique européen.",
    ) == ["10", "11", "11.1", "11.2"]


def test_bold_titles_within_an_annex_name_its_parts() -> None:
    blocks = (
        Block("§ 9 Return and deletion", None, BlockKind.LINE, bold=True),
        Block("9.1 Upon termination, the provider returns the data.", None, BlockKind.LINE),
        Block("Annex 3 – Technical and Organisational Measures", None, BlockKind.LINE, bold=True),
        Block("Logging", None, BlockKind.LINE, bold=True),
        Block("• All administrative access is logged centrally.", None, BlockKind.LINE),
        Block("Availability", None, BlockKind.LINE, bold=True),
        Block("• Availability of 99.9 % per calendar month.", None, BlockKind.LINE),
    )
    clauses = segment(Piece("dpa.pdf", "", PieceKind.OTHER, "pdf", 2, blocks))
    assert [(c.number, c.heading) for c in clauses][-2:] == [
        (None, "Logging"),
        (None, "Availability"),
    ]


def test_german_style_sections_and_their_paragraphs() -> None:
    assert _numbers(
        "Sec. 2",
        "Place of processing",
        "(1) The processing of the data shall take place exclusively in the European Union.",
        "(2) Any relocation of the processing requires the prior consent of the Controller.",
        "Sec. 3",
        "Instructions of the Controller",
        "(1) The Processor processes personal data only on documented instructions.",
    ) == ["2", "2 (1)", "2 (2)", "3", "3 (1)"]


def test_a_plain_text_without_numbers_titles_its_parts_in_capitals() -> None:
    clauses = _clauses(
        [
            "HÉBERGEMENT",
            "• Le site, sa base de données et ses sauvegardes restent hébergés en France.",
            "SÉCURITÉ",
            "• Journal des connexions à l'administration conservé six mois.",
            "ASSURANCE",
            "• Le prestataire doit être couvert par une assurance de responsabilité civile.",
        ]
    )
    assert [c.heading for c in clauses] == ["HÉBERGEMENT", "SÉCURITÉ", "ASSURANCE"]


def test_a_run_in_title_on_a_numbered_line_cut_by_the_page_width() -> None:
    clauses = _clauses(
        [
            "9.1 Support. Altivale answers every ticket within one business day.",
            "9.2 Security incidents. Altivale notifies the Customer of any security incident",
            "affecting Customer Content without undue delay and within twelve (12) hours.",
        ]
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("9.1", "Support"),
        ("9.2", "Security incidents"),
    ]
    assert sentences(clauses[1])[0].text.startswith("Altivale notifies the Customer")


def test_word_list_numbering_opens_articles_and_sub_articles() -> None:
    item = BlockKind.LIST_ITEM
    blocks = (
        Block("Hébergement", None, item, number="Article 6 –"),
        Block("L'application est hébergée en France.", None, item, number="6.1"),
        Block("Tout changement d'hébergeur est soumis à accord.", None, item, number="6.2"),
        Block("une attestation d'assurance ;", None, item, number="1."),
    )
    clauses = segment(Piece("contrat.docx", "", PieceKind.OTHER, "docx", None, blocks))
    assert [(c.number, c.heading) for c in clauses] == [
        ("6", "Hébergement"),
        ("6.1", None),
        ("6.2", None),
    ]


def test_a_requirement_code_with_its_priority_in_brackets_opens_the_sentence() -> None:
    from tenderguard.sentences import opening_code

    assert opening_code("Exigence EX-04 (impérative) : Les données sont hébergées en France.") == (
        "EX-04"
    )
    assert opening_code("Exigence E-12 : Le titulaire notifie toute violation.") == "E-12"
    assert opening_code("Exigence (impérative) : le titulaire notifie.") is None


def test_paragraph_signs_within_articles_are_paragraphs_of_them() -> None:
    assert _numbers(
        "Art. 5 – Pénalités",
        "§1 — Tout retard donne lieu à une pénalité de 150 € par jour calendaire.",
        "§2 — Le montant des pénalités est plafonné à 10 % du montant du marché.",
        "Art. 6 – Hébergement",
        "§1 — Les données sont hébergées exclusivement dans l'Union européenne.",
    ) == ["5", "5 §1", "5 §2", "6", "6 §1"]
    # Without articles, "§ 12" paragraphs are the articles.
    assert _numbers(
        "§ 1 — Objet. Le présent cahier fixe les conditions du service.",
        "§ 2 — Prix. Le prix est forfaitaire.",
    ) == ["1", "2"]


def test_a_sub_article_starting_in_the_middle_of_a_line_opens_its_clause() -> None:
    assert _numbers(
        "8. Données personnelles",
        "8.1 Le Revendeur agit en qualité de sous-traitant ; l'accord de traitement fait partie",
        "du contrat. 8.2 Les Données du Client sont hébergées exclusivement en France. 8.3 Toute",
        "violation de données est notifiée au Client sous 24 heures.",
    ) == ["8", "8.1", "8.2", "8.3"]


def test_articles_of_conditions_run_together_in_narrow_columns_open_their_clauses() -> None:
    """Conditions printed on the back of an order, in three columns: each article starts after
    the sentence ending the one before, its short title ended by a period or wrapping to the
    next line, or its number ending a line. « Art. 12. Assurances » is one title."""
    assert _cited(
        "CONDITIONS GÉNÉRALES D'ACHAT",
        "1. Définitions. Dans les présentes, « Acheteur » désigne la société",
        "émettrice de la Commande. 2. Champ d'application. Les présentes",
        "conditions s'appliquent à toute Commande. 3. Formation de la",
        "Commande. La Commande est réputée acceptée à réception. 4.",
        "Pénalités de retard. Tout retard donne lieu à une pénalité de 0,5 % par jour.",
        "5. Assurances. Le Fournisseur souscrit une assurance de responsabilité civile.",
    ) == ["1", "2", "3", "4", "5"]
    assert _cited(
        "Art. 11. Objet du marché",
        "Le marché a pour objet l'hébergement de la plateforme.",
        "Art. 12. Assurances",
        "§ 1er. L'adjudicataire contracte les assurances suivantes.",
    ) == ["11", "12", "12 §1"]


def test_a_contract_laid_out_as_a_table_of_its_articles_cites_each_row() -> None:
    clauses = _clauses(
        [
            "Article | Texte",
            "3 | Instructions. Le Sous-traitant agit en qualité de sous-traitant au sens du RGPD.",
            "9 | Violations. Le Sous-traitant notifie toute violation sous 24 heures.",
        ],
        BlockKind.TABLE_ROW,
    )
    rows = [u.row for c in clauses for u in sentences(c) if not u.text.startswith("Article")]
    assert rows == ["3", "3", "9", "9"]


def test_the_articles_an_amendment_writes_out_anew_keep_their_numbers() -> None:
    assert _numbers(
        "Article 1 – Objet de l'avenant",
        "Le présent avenant modifie les articles 12 et 15 du contrat.",
        "Article 2 – Assurances",
        "L'article 12 du contrat est remplacé par les dispositions suivantes :",
        "12.1 Le Prestataire est titulaire d'une assurance de responsabilité civile.",
        "12.2 Le Prestataire est également titulaire d'une assurance cyber de 1 000 000 €.",
        "Article 3 – Données personnelles",
        "L'article 15 du contrat est remplacé par les dispositions suivantes :",
        "15.1 Le Prestataire agit en qualité de sous-traitant au sens du RGPD.",
    ) == ["1", "2", "12.1", "12.2", "3", "15.1"]


def test_section_numbers_closed_by_a_dot_with_a_run_in_title() -> None:
    clauses = _clauses(
        [
            "PARTIE II – CLAUSES ADMINISTRATIVES",
            "II.8.1. Responsabilité civile professionnelle. L'adjudicataire dispose d'une",
            "assurance couvrant sa responsabilité civile professionnelle.",
            "II.8.2. Responsabilité civile exploitation. L'adjudicataire couvre sa responsabilité",
            "vis-à-vis des tiers.",
            "II.8.3. Justification. L'adjudicataire remet une attestation d'assurance.",
        ]
    )
    assert [(c.number, c.heading) for c in clauses][1:] == [
        ("II.8.1", "Responsabilité civile professionnelle"),
        ("II.8.2", "Responsabilité civile exploitation"),
        ("II.8.3", "Justification"),
    ]


def test_lettered_points_numbered_with_dashes() -> None:
    assert _numbers(
        "ARTICLE 14 – ASSURANCES",
        "14-1 Le titulaire justifie des assurances définies ci-après.",
        "14-2 Les garanties minimales sont les suivantes :",
        "14-2-a) Responsabilité civile professionnelle : trois millions d'euros par sinistre.",
        "14-2-b) Responsabilité civile exploitation : cinq millions d'euros par sinistre.",
    ) == ["14", "14-1", "14-2", "14-2-a", "14-2-b"]


def test_more_than_ten_roman_points_do_not_break_the_reading() -> None:
    lines = ["Section 12 Insurance", "(a) Required Coverage. Provider shall maintain:"]
    lines += [f"({r}) cover number {r}." for r in ("i", "ii", "iii", "iv", "v", "vi", "vii")]
    lines += [f"({r}) cover number {r}." for r in ("viii", "ix", "x", "xi")]
    assert _numbers(*lines)[-1] == "12(a)(x)"


def test_a_code_in_brackets_closing_a_paragraph_names_it() -> None:
    clauses = _clauses(
        [
            "3. Hébergement",
            "Les données de santé sont hébergées par un hébergeur certifié HDS. [R-HEB-01] Les "
            "centres de données sont situés en France. [R-HEB-02]",
        ]
    )
    units = [(u.text, u.row) for c in clauses for u in sentences(c) if "R-HEB" in u.text]
    assert units == [
        (
            "Les données de santé sont hébergées par un hébergeur certifié HDS. [R-HEB-01]",
            "R-HEB-01",
        ),
        ("Les centres de données sont situés en France. [R-HEB-02]", "R-HEB-02"),
    ]


def test_capital_letter_points_of_a_roman_part() -> None:
    """The French plan « I. / A. »: a point is cited by its path, « II.B »."""
    assert _numbers(
        "I. OBJET",
        "A. Le présent contrat porte sur la refonte du site.",
        "II. DÉLAIS ET PÉNALITÉS",
        "A. Le site est mis en ligne le 15 mai.",
        "B. En cas de retard, une pénalité de 50 € par jour est due.",
        "III. ASSURANCES",
        "A. Le Prestataire maintient une assurance de responsabilité civile professionnelle.",
    ) == ["I", "I.A", "II", "II.A", "II.B", "III", "III.A"]


def test_a_form_exported_as_text_is_one_clause_per_field_named_by_its_label() -> None:
    """A platform's form exported as "Label: value" lines answers one question per line."""
    piece = _piece(
        [
            "EXPORT DU FORMULAIRE DE CONSULTATION",
            "Acheteur: Commune de Trégastel-sur-Lande",
            "Objet du marché: Maintenance du site internet",
            "Assurance cyber exigée: Oui — 500 000 € par sinistre",
            "Pénalités de retard: 100 € HT par jour de retard",
            "Taux de disponibilité minimal: 99,8 % par mois",
            "Commentaire: la commune rappelle que le site actuel était disponible",
            "à 99 % seulement.",
        ]
    )
    clauses = segment(piece)
    assert [c.heading for c in clauses] == [
        None,
        "Acheteur",
        "Objet du marché",
        "Assurance cyber exigée",
        "Pénalités de retard",
        "Taux de disponibilité minimal",
        "Commentaire",
    ]
    # The label stays in the text: it says what the value answers.
    assert clauses[3].blocks[0].text == "Assurance cyber exigée: Oui — 500 000 € par sinistre"
    assert [b.text for b in clauses[-1].blocks][-1] == "à 99 % seulement."


def test_label_value_lines_under_titles_ending_with_a_colon_stay_in_their_section() -> None:
    """A notice titled by "Conditions de participation :" writes "Label : value" lines inside
    its sections; they do not replace its titles."""
    piece = _piece(
        [
            "Conditions de participation :",
            "Situation juridique : déclaration sur l'honneur",
            "Capacité économique et financière : attestation d'assurance",
            "Capacité technique : liste des références",
            "Marché réservé : non",
            "Variantes : non",
            "Critères d'attribution :",
            "Prix : 40 %",
        ]
    )
    assert [c.heading for c in segment(piece)] == [
        "Conditions de participation",
        "Critères d'attribution",
    ]


def test_chapters_of_a_charter_without_articles_are_cited_by_their_number() -> None:
    piece = _piece(
        [
            Block("Chapitre 3 – Données personnelles", None, BlockKind.HEADING),
            "Impératif — un accord de sous-traitance est signé avant le premier traitement.",
            Block("Chapitre 4 – Hébergement", None, BlockKind.HEADING),
            "Impératif — les données sont hébergées dans l'Union européenne.",
        ]
    )
    assert [(c.number, c.heading) for c in segment(piece)] == [
        ("3", "Données personnelles"),
        ("4", "Hébergement"),
    ]


def test_lettered_points_of_a_letter_without_articles_are_its_clauses() -> None:
    piece = _piece(
        [
            "Bonjour,",
            "Voici les ajustements à notre liste ; ils remplacent les valeurs correspondantes.",
            "a) Point 1 (RC Pro) : nous demandons finalement 2 000 000 € par sinistre.",
            "b) Point 4 (disponibilité) : nous passons à 99,9 % par mois,",
            "hors maintenance planifiée.",
            "c) Nouveau point : une assurance cyber serait un plus.",
            "Bonne fin de semaine,",
        ]
    )
    assert [(c.number, c.blocks[0].text) for c in segment(piece)] == [
        (None, "Bonjour,"),
        ("a", "Point 1 (RC Pro) : nous demandons finalement 2 000 000 € par sinistre."),
        ("b", "Point 4 (disponibilité) : nous passons à 99,9 % par mois,"),
        ("c", "Nouveau point : une assurance cyber serait un plus."),
    ]


def test_clauses_of_a_lettered_section_that_prints_only_some_of_them() -> None:
    """A US federal RFP: Section C numbered C.1, C.2…, then Section H printing H.7, H.8, H.10."""
    piece = _piece(
        [
            "SECTION C - DESCRIPTION / SPECIFICATIONS",
            "C.1 Background",
            "The Agency keeps its records in a legacy system.",
            "C.2 Scope",
            "The Contractor shall host the records system.",
            "SECTION H - SPECIAL CONTRACT REQUIREMENTS",
            "H.7 Subcontractors. The Contractor shall obtain written consent before adding any.",
            "H.8 Insurance. The Contractor shall maintain the following minimum insurance.",
            "H.10 Privacy Act. The Contractor shall comply with the Privacy Act.",
        ]
    )
    assert [c.number for c in segment(piece)][-3:] == ["H.7", "H.8", "H.10"]


def test_a_lettered_reference_outside_a_lettered_section_is_a_line_of_a_form() -> None:
    piece = _piece(
        [
            "Article 5 – Paiement",
            "Le paiement intervient sous trente jours.",
            "Article 6 – Assurances",
            "A.1 Responsabilité civile professionnelle : montant minimum 1 000 000 €",
            "A.2 Attestation d'assurance de l'année en cours jointe à l'offre (obligatoire)",
            "A.3 Assurance cyber (facultative)",
        ]
    )
    assert [c.number for c in segment(piece)] == ["5", "6"]


def test_a_footnote_is_read_with_the_row_that_calls_it() -> None:
    piece = _piece(
        [
            "4.1 Pièces à fournir",
            Block(
                "Attestation d'assurance de responsabilité civile professionnelle¹ | ✓",
                1,
                BlockKind.TABLE_ROW,
            ),
            Block("Mémoire technique | ✓", 1, BlockKind.TABLE_ROW),
            "¹ L'attestation justifie d'une garantie d'au moins 1 000 000 € par sinistre.",
        ]
    )
    (clause,) = segment(piece)
    assert [b.text for b in clause.blocks] == [
        "Attestation d'assurance de responsabilité civile professionnelle | ✓ L'attestation "
        "justifie d'une garantie d'au moins 1 000 000 € par sinistre.",
        "Mémoire technique | ✓",
    ]


def test_a_note_in_plain_digits_at_the_page_foot_and_the_lettered_parts_of_a_form() -> None:
    """An acte d'engagement converted to text: its note "1" (called by "……… 1") is no
    article "1", and its parts "A –", "B –", "C –" are its clauses."""
    piece = _piece(
        [
            Block("Acte d'engagement", 1),
            Block("Accord-cadre n° ……………………… 1", 1),
            Block("A – Pouvoir adjudicateur", 1),
            Block("Ministère de l'Environnement, Toulouse.", 1),
            Block("B – Dispositions générales", 1),
            Block("La tranche optionnelle porte sur la réversibilité des données.", 1),
            Block("1 A compléter par l'administration", 1),
            Block("La tranche optionnelle sera affermie en fin de marché.", 2),
            Block("C – Identification du candidat", 2),
            Block("Dénomination sociale : ……", 2),
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == [None, "A", "B", "C"]
    assert clauses[2].blocks[-1].text == "La tranche optionnelle sera affermie en fin de marché."


def test_the_messages_of_a_chat_export_are_cited_by_their_time() -> None:
    piece = _piece(
        [
            "Microsoft Teams — Export de conversation",
            "[09:14] Claire Fontanel : Côté assurances, on aura besoin d'une RC Pro d'au moins",
            "1,5 M€ par sinistre.",
            "    ↳ [09:21] Julien Ferrand : Pour info, nous hébergeons chez AWS à Paris.",
            "[09:33] Bruno Kerjean : Attention, l'hébergement devra être situé en France.",
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == [None, "09:14", "09:21", "09:33"]
    assert [b.text for b in clauses[1].blocks] == [
        "Côté assurances, on aura besoin d'une RC Pro d'au moins",
        "1,5 M€ par sinistre.",
    ]


def test_dated_chat_messages_are_cited_by_their_date_and_time() -> None:
    """Teams writes « [14/03/2026 10:42] Name: … », WhatsApp « 14/03/2026, 10:42 - Name: … »."""
    piece = _piece(
        [
            "Microsoft Teams — Chat export",
            "[14/03/2026 10:42] Claire Morvan: Here is what the contract will demand.",
            "[14/03/2026 10:51] Thomas Leblanc: The platform must be hosted in France.",
            "14/03/2026, 10:55 - Julien Fabre: We usually run on AWS in Paris.",
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == [
        None,
        "14/03/2026 10:42",
        "14/03/2026 10:51",
        "14/03/2026 10:55",
    ]
    assert clauses[2].blocks[0].text == "The platform must be hosted in France."
    # newest 0: a later message sets aside what an earlier one said of its kind
    assert [c.message for c in clauses] == [0, 2, 1, 0]


def test_the_comments_of_an_exported_issue_are_messages_cited_by_their_time() -> None:
    """GitLab and GitHub write each comment under « Name @handle · 06/02/2026 10:30 »."""
    piece = _piece(
        [
            "Exigences sécurité pour le futur marché (#127)",
            "Romain Kerjean @rkerjean · 04/02/2026 09:12",
            "Question : faut-il un hébergeur HDS ?",
            "Thomas Morel @tmorel · 04/02/2026 11:47",
            "Je proposerais 24 h pour la notification des violations.",
            "Claire Vasseur @cvasseur · 06/02/2026 10:30",
            "Arbitrage : le délai de notification passe à 24 heures.",
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == [
        None,
        "04/02/2026 09:12",
        "04/02/2026 11:47",
        "06/02/2026 10:30",
    ]
    assert clauses[3].blocks[0].text.startswith("Arbitrage")
    assert [c.message for c in clauses] == [0, 2, 1, 0]


def test_an_article_quoted_in_a_memo_is_no_article_of_the_memo() -> None:
    piece = _piece(
        [
            "2 Ce que le contrat vous impose",
            "2.1 Assurances",
            "Le contrat vous impose une couverture nettement supérieure :",
            "Article 17.1 — « Le Prestataire justifie d'une assurance de responsabilité civile",
            "professionnelle d'un montant minimal de 3 000 000 € par sinistre. »",
            "2.2 Données personnelles",
        ]
    )
    assert [c.number for c in segment(piece)] == ["2", "2.1", "2.2"]


def test_the_points_of_an_inserted_article_are_cited_as_printed() -> None:
    piece = _piece(
        [
            "ART. 9 – Sous-traitance",
            "Le titulaire peut sous-traiter une partie des prestations.",
            "ART. 9 bis – Protection des données personnelles",
            "9 bis.1 Le Titulaire agit en qualité de sous-traitant au sens du RGPD.",
            "9 bis.2 Toute violation de données est notifiée au Syndicat sous 24 heures.",
            "ART. 10 – Propriété intellectuelle",
        ]
    )
    assert [c.number for c in segment(piece)] == ["9", "9 bis", "9 bis.1", "9 bis.2", "10"]


def test_each_roman_part_numbers_its_points_from_one_again() -> None:
    piece = _piece(
        [
            "I. Objet",
            "Le présent contrat fixe les conditions du traitement.",
            "II. Description du traitement",
            "1. Le sous-traitant traite les données pour la finalité décrite.",
            "2. Il traite les données selon les instructions écrites.",
            "3. Il garantit la confidentialité des données.",
            "III. Dispositions complémentaires",
            "1. Assurances. Le sous-traitant justifie d'une assurance de responsabilité civile.",
            "2. Attestations. Il adresse les attestations sous dix jours.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "I",
        "II",
        "II 1",
        "II 2",
        "II 3",
        "III",
        "III 1",
        "III 2",
    ]


def test_clauses_numbered_in_words_cite_their_paragraphs() -> None:
    piece = _piece(
        [
            "CLAUSE SIX – PERSONAL DATA BREACHES",
            "1. Nubaria notifies Customer of any breach within thirty-six hours.",
            "2. Customer remains responsible for any notification to the authority.",
            "CLAUSE SEVEN – INSURANCE",
            "1. Nubaria maintains professional indemnity insurance of EUR 3,000,000.",
            "2. Nubaria also maintains cyber liability insurance of EUR 2,000,000.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["6", "6 1", "6 2", "7", "7 1", "7 2"]


def test_articles_titled_in_brackets_number_their_paragraphs_and_items() -> None:
    """ "Article 12 (Insurance)" as Japanese contracts write it: paragraphs "1.", "2." are cited
    "12 1", "12 2", and the items "(1)", "(2)" of a paragraph are its points."""
    piece = _piece(
        [
            "Article 11 (Information Security)",
            "1. Party B shall maintain certification under ISO/IEC 27001.",
            "2. Party B shall endeavor to obtain the PrivacyMark.",
            "Article 12 (Insurance)",
            "1. Party B shall maintain the following insurance policies:",
            "(1) professional liability insurance of not less than JPY 300,000,000 per claim;",
            "(2) cyber risk insurance of not less than JPY 100,000,000 per year.",
            "2. Party B shall submit a copy of the certificate of insurance for each policy.",
            "Article 12-2 (Insurance of Re-entrustees)",
            "Party B shall cause each Re-entrustee to maintain professional liability insurance.",
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == [
        "11", "11 1", "11 2", "12", "12 1", "12 1 (1)", "12 1 (2)", "12 2", "12-2",
    ]  # fmt: skip
    assert clauses[3].heading == "Insurance"


def test_points_starting_again_under_each_capital_title_are_cited_with_it() -> None:
    piece = _piece(
        [
            "DÉFINITIONS",
            "1) « Client » : la personne qui souscrit un abonnement.",
            "2) « Données » : les données que le Client confie.",
            "HÉBERGEMENT",
            "1) Les données sont hébergées dans l'Union européenne.",
            "2) Le prestataire peut modifier ses centres de données.",
            "SÉCURITÉ",
            "1) Le prestataire est certifié ISO/IEC 27001.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "DÉFINITIONS 1",
        "DÉFINITIONS 2",
        "HÉBERGEMENT 1",
        "HÉBERGEMENT 2",
        "SÉCURITÉ 1",
    ]


def test_a_grid_of_two_label_value_pairs_per_row_is_read_pair_by_pair() -> None:
    rows = [
        "Référence | 2026-009 | Procédure | Appel d'offres ouvert",
        "Disponibilité minimale | 99,9 % mensuelle | Pénalité de retard | 250 € HT par jour",
        "RC professionnelle | 2 000 000 € par sinistre | Assurance cyber | Non exigée",
    ]
    piece = _piece([Block(row, 1, BlockKind.TABLE_ROW) for row in rows])
    (clause,) = segment(piece)
    assert [b.text for b in clause.blocks] == [
        "Référence | 2026-009",
        "Procédure | Appel d'offres ouvert",
        "Disponibilité minimale | 99,9 % mensuelle",
        "Pénalité de retard | 250 € HT par jour",
        "RC professionnelle | 2 000 000 € par sinistre",
        "Assurance cyber | Non exigée",
    ]


def test_a_numbered_requirement_opening_on_its_priority_keeps_its_text() -> None:
    piece = _piece(
        [
            "4.1 (M) The Supplier will act as a processor on behalf of the Council.",
            "4.2 (M) The Supplier shall notify the Council of any Personal Data",
            "Breach without undue delay and in any event within 24 hours.",
        ]
    )
    clauses = segment(piece)
    assert [(c.number, c.heading) for c in clauses] == [("4.1", None), ("4.2", None)]
    assert clauses[1].blocks[0].text.startswith("(M) The Supplier shall notify")


def test_side_headings_in_the_margin_title_the_paragraphs_beside_them() -> None:
    """A contract set with side headings: the number and the title of each clause in the left
    margin, in small bold type, the title wrapping there; the text in the wide column."""

    def margin(text: str, top: float) -> Block:
        return Block(text, 1, BlockKind.LINE, BBox(63, top, 150, top + 8), bold=True, size=8)

    def text(words: str, top: float) -> Block:
        return Block(words, 1, BlockKind.LINE, BBox(173, top, 540, top + 10), size=9.5)

    clauses = segment(
        _piece(
            [
                margin("Art. 3", 100),
                margin("NIVEAUX DE SERVICE", 110),
                margin("3.1", 130),
                margin("Disponibilité", 140),
                text("Le Prestataire garantit une disponibilité de 99,7 % par mois.", 131),
                margin("3.2", 160),
                margin("Plafond des", 170),
                margin("pénalités", 180),
                text("Le montant cumulé des pénalités est plafonné à 10 %", 161),
                text("du montant annuel du Contrat.", 173),
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("3", "NIVEAUX DE SERVICE"),
        ("3.1", "Disponibilité"),
        ("3.2", "Plafond des pénalités"),
    ]
    assert [b.text for b in clauses[2].blocks] == [
        "Le montant cumulé des pénalités est plafonné à 10 %",
        "du montant annuel du Contrat.",
    ]


def test_a_clause_number_at_the_foot_of_a_page_is_no_running_line() -> None:
    """ "4.4" is among the last lines of page 1 and "4.5" among the first of page 2: the same
    key digits aside, but at the foot of one page and the head of the next: no running line."""
    body = [f"Texte de l'article, {word} ligne." for word in "abcdefgh"]
    other = [f"Suite de l'article, {word} ligne." for word in "abcdefgh"]
    page_1 = ["Contrat n° 118", *body, "4.4", "Le Prestataire notifie toute violation."]
    page_2 = ["Contrat n° 118", "4.5", "Le Client autorise les sous-traitants.", *other]
    blocks = [Block(t, 1) for t in page_1] + [Block(t, 2) for t in page_2]
    kept = [b.text for b in drop_running_lines(blocks)]
    assert kept == page_1[1:] + page_2[1:]


def test_a_rule_code_closing_a_paragraph_names_each_of_its_sentences() -> None:
    clause = segment(
        _piece(
            [
                "3. Hébergement",
                "Le recours à un hébergeur tiers est soumis à validation préalable. À ce jour, "
                "seule l'offre d'OVHcloud a été validée (R-08). Les journaux sont conservés "
                "un an ; ils sont protégés en intégrité (R-12).",
                "Les sauvegardes sont chiffrées, comme le certificat (S-01) le prévoit.",
            ]
        )
    )[0]
    assert [s.row for s in sentences(clause)] == ["R-08", "R-08", "R-12", "R-12", None]


def test_the_rows_under_a_coded_row_of_a_form_are_cited_by_its_code() -> None:
    """A form's item: its code and title in one row, then the buyer's demand and the
    candidate's answer in rows of their own, the demand's points lettered in its cell."""
    rows = [
        "B.5 | Assurance des risques professionnels",
        "Exigence de l'acheteur | Assurance de responsabilité civile professionnelle de 1 M€.",
        "Réponse du candidat | Oui",
        "B.6 | Autres exigences",
        "Exigence de l'acheteur | a) Assurance cyber de 500 000 €. b) Chaque sous-traitant "
        "est assuré.",
        "C.10 | Part sous-traitée | 20 %",
    ]
    clause = segment(
        _piece(
            ["Partie IV : Critères de sélection"]
            + [Block(row, 1, BlockKind.TABLE_ROW) for row in rows]
        )
    )[0]
    assert [s.row for s in sentences(clause)] == [
        "B.5",
        "B.5",
        "B.5",
        "B.6",
        "B.6 a",
        "B.6 b",
        "C.10",
    ]


def test_each_schedule_numbers_its_paragraphs_afresh() -> None:
    """The agreement's clauses, then schedules numbering their paragraphs from 1.1 again, each
    paragraph cited with its schedule since two schedules print "1.1"; the sentence naming
    "Schedule 7 (Insurance)." at the end of a clause is no heading."""
    clauses = segment(
        _piece(
            [
                "14. Insurance",
                "14.1 The Supplier shall maintain the Required Insurances in accordance with",
                "Schedule 7 (Insurance).",
                "15. Liability",
                "15.1 The Supplier's total liability shall not exceed the Charges.",
                "SCHEDULE 5 (SERVICE LEVELS)",
                "1.1 The Portal shall be Available 99.8% of the time.",
                "2.1 Service Credits apply below that level.",
                "SCHEDULE 7 (INSURANCE)",
                "1.1 The Supplier shall procure the Required Insurances from reputable insurers.",
                "2.1 The Supplier shall hold the Required Insurances set out below.",
                "3.1 The Supplier shall provide evidence of the Required Insurances.",
            ]
        )
    )
    assert [c.number for c in clauses] == [
        "14",
        "14.1",
        "15",
        "15.1",
        "Schedule 5",
        "Schedule 5 1.1",
        "Schedule 5 2.1",
        "Schedule 7",
        "Schedule 7 1.1",
        "Schedule 7 2.1",
        "Schedule 7 3.1",
    ]
    assert clauses[1].blocks[-1].text == "Schedule 7 (Insurance)."


def test_a_form_line_with_its_answer_boxes_is_text_of_its_point() -> None:
    (clause,) = segment(
        _piece(["A.2 Attestation d'assurance de l'année en cours jointe ☐ Oui ☐ Non"])
    )
    assert clause.number == "A.2"
    assert [b.text for b in clause.blocks] == [
        "Attestation d'assurance de l'année en cours jointe ☐ Oui ☐ Non"
    ]


def test_the_articles_of_a_tenders_instructions_and_their_points_whatever_the_gaps() -> None:
    """A tender file prints articles 5, 11 and 35 of its model instructions (IC), each with its
    numbered points."""
    clauses = segment(
        _piece(
            [
                "IC 5. Candidats admis à concourir",
                "5.4 Le candidat retenu souscrit une assurance de responsabilité civile.",
                "IC 11. Documents constitutifs de l'offre",
                "11.1 L'offre comprend les documents suivants : (a) la lettre de soumission ; "
                "(h) une attestation d'assurance en cours de validité.",
                "IC 35. Assurances du Titulaire",
                "35.1 Le Titulaire souscrit une assurance de responsabilité civile.",
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("5", "Candidats admis à concourir"),
        ("5.4", None),
        ("11", "Documents constitutifs de l'offre"),
        ("11.1", None),
        ("35", "Assurances du Titulaire"),
        ("35.1", None),
    ]


def test_the_articles_of_each_lot_head_their_pages_and_are_no_running_lines() -> None:
    """Each lot's « LOT N – Article 3 – Pièces de la candidature » opens its page: the same
    words but the lot's number, an article of its own each time, not a running header."""
    blocks = []
    for lot in (1, 2, 3):
        blocks += [
            Block(f"LOT {lot} – Article 3 – Pièces de la candidature", lot + 1),
            Block(
                f"3.1 Attestation d'assurance jointe à la candidature, lot {'abc'[lot - 1]}.",
                lot + 1,
            ),
            Block(f"LOT {lot} – Article 4 – Conditions d'exécution", lot + 1),
            Block(f"4.1 Disponibilité mensuelle de 99,9 % pour le lot {'abc'[lot - 1]}.", lot + 1),
        ]
    kept = drop_running_lines(blocks)
    assert [b.text for b in kept] == [b.text for b in blocks]
    clauses = segment(_piece(kept))
    assert [c.number for c in clauses] == ["3", "3.1", "4", "4.1"] * 3


def test_endnotes_numbered_past_nine_are_read_where_they_are_called() -> None:
    """Notes gathered at the end of a contract: "note²" calls note ², not the ² of "note¹²"."""
    clauses = segment(
        _piece(
            [
                "3.2 Le Prestataire garantit la disponibilité au niveau fixé en note².",
                "4.1 La responsabilité du Prestataire est plafonnée au montant de la note¹².",
                "Notes",
                "² 99,85 % par mois calendaire.",
                "¹² Une fois et demie le montant des redevances annuelles.",
            ]
        )
    )
    texts = {c.number: " ".join(b.text for b in c.blocks) for c in clauses}
    assert "en note. 99,85 % par mois calendaire." in texts["3.2"]
    assert "la note. Une fois et demie le montant des redevances annuelles." in texts["4.1"]
    assert "99,85" not in texts["4.1"]


def test_a_numbered_line_going_on_in_brackets_is_a_paragraph_not_a_title() -> None:
    (clause,) = segment(
        _piece(
            [
                "4. L'attestation de qualification SecNumCloud du service d'hébergement retenu",
                "(exigence de l'article 4.3 du CCTP).",
            ]
        )
    )
    assert (clause.number, clause.heading) == ("4", None)
    assert [b.text for b in clause.blocks] == [
        "L'attestation de qualification SecNumCloud du service d'hébergement retenu",
        "(exigence de l'article 4.3 du CCTP).",
    ]


def test_paragraphs_numbered_in_square_brackets_are_cited_by_their_number() -> None:
    assert _cited(
        "Service levels",
        "[14] The Supplier shall ensure that the Platform is available 99.95% of the time.",
        "[15] If availability falls below the level in [14], service credits apply.",
        "Required insurances",
        "[S1] Professional indemnity insurance: not less than EUR 3,000,000 per claim.",
    ) == ["14", "15", "S1"]


def test_a_portuguese_clause_cites_its_points_numero_and_alinea() -> None:
    assert _cited(
        "Cláusula 12.ª – Seguros / Assurances",
        "n.º 1 – Le prestataire souscrit une assurance de responsabilité civile professionnelle.",
        "n.º 2 – Le prestataire souscrit en outre :",
        "a) une assurance des risques cybernétiques d'un montant minimal de 500.000,00 € ;",
        "Cláusula 14.ª – Proteção de dados pessoais / Protection des données",
        "n.º 1 – Le prestataire traite les données pour le compte du Município.",
    ) == ["12", "12 1", "12 2", "12 2 a", "14", "14 1"]


def test_special_conditions_are_cited_under_their_code() -> None:
    assert _cited(
        "SPECIAL CONDITIONS OF CONTRACT",
        "SCC 7 — Insurance",
        "SCC 7.1 The service provider shall hold professional indemnity insurance of R10m.",
        "SCC 7.2 The service provider shall hold public liability insurance of R5m.",
    ) == ["SCC 7", "SCC 7.1", "SCC 7.2"]


def test_a_tender_data_sheets_rows_are_cited_with_their_point() -> None:
    assert _cited(
        "Section II – Tender Data Sheet",
        "ITT 11.1(a) Duly completed and signed Form of Tender.",
        "ITT 11.1(h) Copy of a current certificate of professional indemnity insurance.",
        "ITT 19.1 Tender Security: KES 400,000 in the form of a bank guarantee.",
    ) == ["Section II", "ITT 11.1(a)", "ITT 11.1(h)", "ITT 19.1"]


def test_a_schedule_of_amendments_is_cited_by_the_clauses_it_amends() -> None:
    assert _cited(
        "Part B – Amendments to the Standard Terms",
        "Clause 8.6 is deleted and replaced with:",
        "8.6 The Supplier shall keep Customer Data in the United Kingdom.",
        "In Clause 9.4 (Notification of Personal Data Breaches), the words «72 hours» are "
        "deleted and replaced with «24 hours».",
        "The following new Clause 9.6A is inserted after Clause 9.6:",
        "9.6A The Supplier shall not engage any new Sub-processor without authorisation.",
    ) == ["Part B", "8.6", "9.4", "9.6A"]


def test_points_written_with_their_clause_are_cited_as_such() -> None:
    assert _cited(
        "4.3 Throughout the contract, the Contractor shall maintain:",
        "4.3(a) professional indemnity insurance of not less than QAR 10,000,000 per claim;",
        "4.3(b) public liability insurance of not less than QAR 5,000,000 per occurrence;",
        "4.4 The Contractor shall deliver the certificates.",
    ) == ["4.3", "4.3(a)", "4.3(b)", "4.4"]


def test_a_spreadsheets_row_numbers_give_way_to_the_rows_own_reference() -> None:
    assert row_reference("5 | ASS-01 | Assurance de responsabilité civile | 1 500 000 € | O") == (
        "ASS-01"
    )
    assert row_reference("5 | Assurance de responsabilité civile | 1 500 000 €") is None


def test_an_articles_points_numbered_with_a_degree_sign_are_cited_as_printed() -> None:
    """« Art. 7-2° – Le Prestataire notifie… »: point 2° of article 7, whose text is the
    point's first sentence, not a title."""
    piece = _piece(
        [
            "Article 7 – Protection des données",
            "Art. 7-1° – Le Prestataire agit en qualité de sous-traitant au sens de",
            "l'article 28 du RGPD.",
            "Art. 7-2° – Le Prestataire notifie à l'Office toute violation de données dans les",
            "vingt-quatre heures.",
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == ["7", "7-1°", "7-2°"]
    assert clauses[2].heading is None
    assert " ".join(b.text for b in clauses[2].blocks).startswith("Le Prestataire notifie")


def test_an_article_drafted_as_a_french_legal_text_cites_its_paragraphs_and_points() -> None:
    """« I. – », « II. – » are the article's paragraphs; « 1° » and « a) » their points."""
    piece = _piece(
        [
            "Article 8 – Protection des données",
            "I. – Le titulaire agit en qualité de sous-traitant.",
            "II. – Le titulaire :",
            "1° notifie toute violation de données dans les 24 heures ;",
            "2° ne recrute un sous-traitant ultérieur qu'après autorisation écrite.",
            "III. – L'acheteur notifie la violation à la CNIL.",
            "Article 9 – Réversibilité",
            "I. – Au terme du marché, le titulaire :",
            "a) restitue les données ;",
            "b) détruit les copies.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "8", "8 I", "8 II", "8 II 1°", "8 II 2°", "8 III", "9", "9 I", "9 I a", "9 I b"
    ]  # fmt: skip


def test_the_lettered_paragraphs_of_a_numbered_subclause_are_cited_under_it() -> None:
    """New Zealand drafting: "8 Privacy", "(2) The Supplier must —", "(a) …", "(b) …"."""
    piece = _piece(
        [
            "8 Privacy",
            "(1) The Supplier holds Personal Information as the Council's agent.",
            "(2) The Supplier must —",
            "(a) notify the Council within 72 hours of a Privacy Breach; and",
            "(b) not allow any subcontractor to access Personal Information.",
            "(3) The Council notifies the Privacy Commissioner.",
        ]
    )
    assert [c.number for c in segment(piece)] == [
        "8", "8 (1)", "8 (2)", "8 (2)(a)", "8 (2)(b)", "8 (3)"
    ]  # fmt: skip


def test_a_numbered_point_of_a_letter_opening_on_a_label_keeps_its_text() -> None:
    """ "5. Hébergeur : OVHcloud ou … qualifiée" wrapped on the next line: a label and its
    text, not a title."""
    piece = _piece(
        [
            "5. Hébergeur : OVHcloud ou 3DS Outscale uniquement, sur une offre qualifiée",
            "SecNumCloud.",
            "6. Violations de données : vous nous notifiez toute violation sous 24 heures.",
        ]
    )
    clauses = segment(piece)
    assert [(c.number, c.heading) for c in clauses] == [("5", None), ("6", None)]
    assert clauses[0].blocks[0].text.startswith("Hébergeur : OVHcloud ou 3DS Outscale")


def test_the_points_of_a_letter_run_on_past_h() -> None:
    """ "i)" after "h)" is the ninth point of the list, not a roman one."""
    letters = "abcdefghijkl"
    piece = _piece(["Bonjour,", *(f"{x}) Exigence numéro {n}." for n, x in enumerate(letters))])
    assert [c.number for c in segment(piece) if c.number] == list(letters)


def test_an_abbreviated_excl_does_not_end_a_sentence() -> None:
    piece = _piece(["Late go-live: EUR 300 excl. VAT per business day of delay."])
    (clause,) = segment(piece)
    assert [s.text for s in sentences(clause)] == [
        "Late go-live: EUR 300 excl. VAT per business day of delay."
    ]


def test_the_answers_to_numbered_questions_are_cited_by_the_questions_number() -> None:
    """« Q3 – Titre » then « Question : … » then « Réponse du CHU : … »: the question restates
    the tender as it was (a clause titled "Question 3", which demands nothing); the answer is
    cited "Q3"."""
    lines = ["RÉPONSES AUX QUESTIONS DES CANDIDATS"]
    for n, subject in enumerate(("Hébergement", "Assurance", "Disponibilité"), start=1):
        lines += [
            f"Q{n} – {subject}",
            "Question : L'article 9.2 du CCAP exige 3 000 000 €. Ce montant peut-il être",
            "revu ?",
            "Réponse du CHU : Oui. Le titulaire justifie d'une assurance de 2 000 000 €.",
        ]
    lines.append("Pour le montant désormais exigé, voir la réponse à la")
    lines.append("question 3.")
    clauses = segment(_piece(lines))
    answers = [c for c in clauses if c.number and c.blocks]
    assert [(c.number, c.heading) for c in answers] == [
        ("Q1", "Hébergement"),
        ("Q2", "Assurance"),
        ("Q3", "Disponibilité"),
    ]
    assert all(c.blocks[0].text.startswith("Oui.") for c in answers)
    asked = [c for c in clauses if c.heading and c.heading.startswith("Question")]
    assert [c.heading for c in asked] == ["Question 1", "Question 2", "Question 3"]
    assert asked[0].blocks[0].text.startswith("L'article 9.2")


def test_a_numbered_line_that_says_what_may_be_demanded_is_a_paragraph_not_a_title() -> None:
    """« 6.1 Un marché subséquent pourra exiger que l'hébergement repose sur une offre qualifiée »
    goes on with « SecNumCloud, notamment… » on the next line: its words are the text."""
    heading = parse_heading(
        "6.1 Un marché subséquent pourra exiger que l'hébergement repose sur une offre qualifiée"
    )
    assert heading is not None and heading.number == "6.1"
    assert heading.title is None and heading.body is not None


def test_annexes_that_each_number_afresh_are_cited_with_their_annex() -> None:
    """Three annexes each numbered from 1.1: « 1.4 » of the second is « Annexe 2 1.4 », even
    where the articles before the annexes use no such number."""
    lines = [
        Block("ARTICLE 1 – OBJET", 1, bold=True),
        "Les présentes conditions régissent le service.",
        Block("ARTICLE 2 – DURÉE", 1, bold=True),
        "Le contrat est conclu pour un an.",
        Block("ANNEXE 1 – NIVEAUX DE SERVICE", 2, bold=True),
        "1.1 L'Éditeur s'engage sur une disponibilité de 99,9 %.",
        "1.2 Les crédits de service sont décrits ci-dessous.",
        Block("ANNEXE 2 – ACCORD DE TRAITEMENT", 2, bold=True),
        "1.1 L'Éditeur agit en qualité de sous-traitant.",
        "1.2 L'Éditeur notifie toute violation sous 24 heures.",
    ]
    numbers = [c.number for c in segment(_piece(lines)) if c.number]
    assert numbers[-2:] == ["Annexe 2 1.1", "Annexe 2 1.2"]
    assert "Annexe 1 1.1" in numbers


def test_the_rules_and_recommendations_of_a_security_policy_are_cited_by_their_code() -> None:
    lines = [
        Block("2. Gouvernance et certification", 1, bold=True),
        Block("Règle R-01 – Correspondant sécurité", 1, bold=True),
        "Le fournisseur désigne un correspondant sécurité.",
        Block("Règle R-02 – Certification", 1, bold=True),
        "Le fournisseur est certifié ISO/IEC 27001.",
        Block("Recommandation C-01 – Qualification SecNumCloud", 1, bold=True),
        "Le Groupe recommande une offre qualifiée SecNumCloud.",
    ]
    numbers = [(c.number, c.heading) for c in segment(_piece(lines)) if c.blocks]
    assert numbers == [
        ("R-01", "Correspondant sécurité"),
        ("R-02", "Certification"),
        ("C-01", "Qualification SecNumCloud"),
    ]


def test_a_number_ending_a_line_of_small_type_opens_the_next_line() -> None:
    """In narrow columns, "… sans supplément de prix. 5.2" ends a line and "Lorsqu'une mise à
    jour…" starts the next: 5.2 is a sub-article of its own."""
    piece = _piece(
        [
            "Art. 5 – Mises à jour réglementaires",
            "5.1 Le Prestataire livre les mises à jour",
            "réglementaires sans supplément de prix. 5.2",
            "Lorsqu'une mise à jour n'est pas livrée à temps, le Prestataire",
            "est redevable d'une pénalité de 50 € par jour de retard.",
        ]
    )
    clauses = {c.number: " ".join(b.text for b in c.blocks) for c in segment(piece)}
    assert clauses["5.1"].endswith("sans supplément de prix.")
    assert clauses["5.2"].startswith("Lorsqu'une mise à jour")


def _line(text: str, page: int, top: float, size: float, x0: float = 60.0) -> Block:
    box = BBox(x0, top, x0 + 5 * len(text), top + size)
    return Block(text, page, BlockKind.LINE, bbox=box, size=size)


def test_a_note_in_small_print_is_read_where_it_is_called() -> None:
    """A CCAP printing its amounts in footnotes: the mark "6" set apart in smaller type before
    its text (over two lines) at the foot of each page is no page number, and its text is read
    in the article calling it ("… en note6")."""
    pages = [
        _line("Article 1 – Assurance cyber", 1, 100, 10),
        _line("Le titulaire souscrit une assurance des risques cyber", 1, 120, 10),
        _line("dont le montant figure en note5 .", 1, 132, 10),
        _line("5", 1, 735, 6.4),
        _line("Un million d'euros par année d'assurance.", 1, 737.5, 8, 69),
        _line("Article 2 – Responsabilité civile professionnelle", 2, 100, 10),
        _line("Le titulaire justifie d'une assurance de responsabilité civile", 2, 120, 10),
        _line("professionnelle, pour les montants indiqués en note6 .", 2, 132, 10),
        _line("6", 2, 735, 6.4),
        _line("2 000 000 € par sinistre, dont 500 000 € au titre des", 2, 737.5, 8, 69),
        _line("dommages immatériels non consécutifs.", 2, 747, 8),
    ]
    kept = drop_running_lines(pages)
    assert [b.text for b in kept if b.text in ("5", "6")] == ["5", "6"]
    piece = Piece("ccap.pdf", "0" * 64, PieceKind.CCAP, "pdf", 2, tuple(kept))
    second = next(c for c in segment(piece) if c.number == "2")
    text = " ".join(b.text for b in second.blocks)
    assert "indiqués en note . 2 000 000 € par sinistre" in text
    assert text.endswith("dommages immatériels non consécutifs.")


def _rows(*texts: str) -> list[Block]:
    return [Block(text, None, BlockKind.TABLE_ROW) for text in texts]


def test_a_sheet_of_two_label_value_pairs_per_row_is_read_pair_by_pair() -> None:
    """A summary sheet ("Hébergement | France | Hébergeurs acceptés | OVHcloud") gives each pair
    its row; a table of coded service levels with four columns keeps its rows whole."""
    sheet = _rows(
        "Hébergement des données | France exclusivement | Hébergeurs acceptés | OVHcloud",
        "Disponibilité | 99,9 % par mois | Violation de données | Notification sous 24 h",
        "Assurance RC Pro | 1 000 000 € | Assurance cyber | Non exigée",
    )
    levels = _rows(
        "Réf. | Service | Engagement | Mesure",
        "NS-1 | Plateforme de production | Disponibilité de 99,7 % | Mois civil",
        "NS-2 | Support de niveau 2 | Prise en charge en 30 minutes | Heures ouvrées",
        "NS-3 | Environnement de recette | Sans engagement | —",
    )
    piece = Piece("grille.docx", "0" * 64, PieceKind.CCTP, "docx", None, (*sheet, *levels))
    texts = [b.text for c in segment(piece) for b in c.blocks]
    assert "Hébergeurs acceptés | OVHcloud" in texts
    assert "NS-1 | Plateforme de production | Disponibilité de 99,7 % | Mois civil" in texts


def test_an_annex_titled_by_its_contract_opens_a_clause_only_when_set_apart_in_bold() -> None:
    """« Annexe 1 au Contrat » in large bold type after the last article opens the annex; the
    same words at the start of a line of running text name it and stay text."""
    lines = [
        Block("ARTICLE 11 – NOTIFICATION", 1, bold=True),
        Block("Le marché est notifié au titulaire par voie électronique.", 1),
        Block("Annexe 1 au Contrat", 2, bold=True),
        Block("Le prestataire doit régulièrement détruire les données de plus de 6 mois.", 2),
        Block("annexe 1 au contrat précise les mesures de sécurité attendues.", 2),
    ]
    clauses = segment(_piece(lines))
    assert [c.number for c in clauses] == ["11", "Annexe 1"]
    assert clauses[-1].blocks[-1].text.startswith("annexe 1 au contrat précise")


def test_an_annex_without_a_number_numbers_its_points_afresh() -> None:
    """A council decision's « Article 5 » then, in bold, « ANNEXE – ENGAGEMENTS DU PRESTATAIRE »:
    its points « 1. », « 2. » are the annex's own, cited « 1 » and « 2 », not points of
    article 5."""
    lines = [
        Block("Article 4 – D'autoriser le Maire à signer le contrat.", 1),
        Block("Article 5 – La présente décision sera publiée au recueil des actes.", 1),
        Block("ANNEXE – ENGAGEMENTS DU PRESTATAIRE", 2, bold=True),
        Block("1. Assurance. Le prestataire est assuré en RC professionnelle à 1 M€.", 2),
        Block("2. Hébergement. Les données restent en France.", 2),
        Block("3. Réversibilité. Les données sont rendues en fin de contrat.", 2),
    ]
    clauses = segment(_piece(lines))
    assert [c.number for c in clauses][-3:] == ["1", "2", "3"]
    assert clauses[-1].heading == "Réversibilité"


def test_a_roman_point_written_with_its_clause_and_letter_is_cited_as_printed() -> None:
    """An Indian RFP: « 5(a)(i) … », « 5(a)(ii) … » then « 5(b) … » under « Clause 5. Data »:
    each is a clause of its own, cited as printed."""
    lines = [
        Block("Clause 5. Data and Hosting", 1, bold=True),
        Block("5(a)(i) All data shall be kept in data centres located within India.", 1),
        Block("5(a)(ii) The cloud provider shall be named in the Technical Bid.", 1),
        Block("5(b) The MSP shall hold ISO/IEC 27001 certification.", 1),
        Block("Clause 6. Payment", 1, bold=True),
        Block("6(a) Payment is made quarterly in arrears.", 1),
    ]
    clauses = segment(_piece(lines))
    assert [c.number for c in clauses if c.blocks] == ["5(a)(i)", "5(a)(ii)", "5(b)", "6(a)"]


def test_a_clause_titled_in_its_paragraph_opens_the_clause_however_long_its_text() -> None:
    """Standard contractual clauses in a word processor: « Clause 1 – Purpose and scope. (a)
    These Clauses … » is clause 1 titled « Purpose and scope », its text on the same line."""
    lines = [
        Block("SECTION I", None, BlockKind.HEADING),
        Block(
            "Clause 1 – Purpose and scope. (a) These Clauses ensure compliance with Article "
            "28(3) and (4) of Regulation (EU) 2016/679 for the hosting of the portal. (b) The "
            "parties listed in Annex I have agreed to them.",
            None,
            BlockKind.PARAGRAPH,
        ),
        Block(
            "Clause 2 – Invariability of the Clauses. The Parties will not modify the Clauses, "
            "except to add information to the Annexes or to update information in them.",
            None,
            BlockKind.PARAGRAPH,
        ),
    ]
    clauses = segment(_piece(lines))
    assert [(c.number, c.heading) for c in clauses if c.blocks] == [
        ("1", "Purpose and scope"),
        ("2", "Invariability of the Clauses"),
    ]


def test_the_lines_after_a_coded_point_go_on_with_its_code_until_the_next() -> None:
    """A purchase order's special conditions: « CP2 – … » then a paragraph of lines without a
    code is still CP2; « CP3 – … » opens the next point."""
    clause = segment(
        _piece(
            [
                "CP1 – Le présent bon de commande vaut notification du marché.",
                "CP2 – L'application traite des données de santé des étudiants.",
                "Elles sont hébergées en France métropolitaine, chez un hébergeur certifié HDS",
                "pendant toute la durée de la commande.",
                "CP3 – Le fournisseur transmet l'attestation d'assurance sous dix jours.",
            ]
        )
    )[0]
    assert [s.row for s in sentences(clause)] == ["CP1", "CP2", "CP2", "CP3"]


def test_a_numbered_line_ending_on_a_cut_word_is_a_sentence_not_a_title() -> None:
    """« 6.2 Il souscrit … civile exploi- » then « tation garantissant … »: the line opens the
    article's sentence, whose cut word is joined again, not a title."""
    clauses = segment(
        _piece(
            [
                "6.1 Le titulaire est assuré.",
                "6.2 Il souscrit une assurance de responsabilité civile exploi-",
                "tation de 5 000 000 € par sinistre.",
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses] == [("6.1", None), ("6.2", None)]
    assert "exploitation" in sentences(clauses[1])[0].text
    # (nor « § 1 … is at least » over « 99,9 % », a Belgian paragraph cut after « at least »)
    paragraph = parse_heading("§ 1 The monthly availability of the portal is at least")
    assert paragraph is not None and paragraph.title is None
    assert paragraph.body == "The monthly availability of the portal is at least"
    # (nor « 7.1. … insurance of AUD » over « 10,000,000 for each claim », the amount on the
    # next line of a plain text cut at 72 columns)
    point = parse_heading("7.1. Coralbay maintains professional indemnity insurance of AUD")
    assert point is not None and point.title is None


def test_a_lettered_point_is_text_whatever_it_opens_on() -> None:
    """« A.1.a) (M) Le site … » and "B.2.a) 99.9% monthly uptime …": the point « A.1.a » and
    « B.2.a », its text after the number, whether it opens on a priority or a figure."""
    for line, number in [
        ("A.1.a) (M) Le site et ses bases sont hébergés dans l'Union européenne.", "A.1.a"),
        ("B.2.a) 99.9% monthly uptime for the parent portal during the school year.", "B.2.a"),
    ]:
        point = parse_heading(line)
        assert point is not None and (point.number, point.title) == (number, None)


def test_the_paragraphs_after_a_coded_story_go_on_with_its_code() -> None:
    """A requirements document written as user stories in Word: « US-01 – En tant que … »,
    then its priority, its « Critères d'acceptation : » and their items are US-01's, up to
    « US-02 – … »."""
    clause = segment(
        _piece(
            [
                Block("EPIC 1 – Dossier salarié", 1, BlockKind.HEADING),
                Block(
                    "US-01 – En tant que gestionnaire, je veux consulter une fiche.",
                    1,
                    BlockKind.PARAGRAPH,
                ),
                Block("Critères d'acceptation :", 1, BlockKind.PARAGRAPH),
                Block("Les consultations sont journalisées douze mois.", 1, BlockKind.LIST_ITEM),
                Block(
                    "US-02 – En tant que salarié, je veux exporter mes données.",
                    1,
                    BlockKind.PARAGRAPH,
                ),
            ]
        )
    )[0]
    assert [s.row for s in sentences(clause)] == ["US-01", "US-01", "US-01", "US-02"]


def test_a_contents_list_without_page_numbers_is_no_text() -> None:
    """« Contents » then the titles the document prints again further on: the list names the
    articles, it opens none of them, and « Annex B » in it does not make the articles an annex."""
    lines = [
        Block("Contents", 1, bold=True),
        Block("Art. 1 – Subject matter", 1),
        Block("Art. 2 – Insurance", 1),
        Block("Annex B – Data processing agreement", 1),
        Block("Art. 1 – Subject matter", 1, bold=True),
        Block("1.1 The contract covers the migration of 46 applications.", 1),
        Block("Art. 2 – Insurance", 1, bold=True),
        Block("2.1 The Contractor shall hold professional indemnity insurance.", 1),
        Block("Annex B – Data processing agreement", 2, bold=True),
        Block("B.1 The Contractor processes personal data on the Region's instructions.", 2),
    ]
    numbers = [c.number for c in segment(_piece(lines))]
    assert numbers[:4] == ["1", "1.1", "2", "2.1"]
    assert "Annex B 2.1" not in numbers


def test_an_annex_named_by_its_subject_numbers_its_paragraphs_afresh() -> None:
    """« Schedule Insurance » set as a title after article 10.2: its « 1. », « 2. » are its
    own paragraphs, « Schedule Insurance 1 » (not the sentences of 10.2)."""
    lines = [
        ("1. Services", BlockKind.HEADING),
        ("1.1 Klaverveld provides the subscription described in the order.", BlockKind.PARAGRAPH),
        ("2. Fees", BlockKind.HEADING),
        ("2.1 Fees are paid yearly in advance.", BlockKind.PARAGRAPH),
        ("10. Miscellaneous", BlockKind.HEADING),
        ("10.2 The Schedule Insurance is part of these terms.", BlockKind.PARAGRAPH),
        ("Schedule Insurance", BlockKind.HEADING),
        ("1. We hold a professional indemnity insurance of EUR 2,000,000.", BlockKind.PARAGRAPH),
        ("2. We send Customer a certificate of our insurer every year.", BlockKind.PARAGRAPH),
    ]
    blocks = tuple(Block(text, None, kind) for text, kind in lines)
    clauses = segment(Piece("terms.docx", "", PieceKind.OTHER, "docx", None, blocks))
    assert [c.number for c in clauses][-2:] == ["Schedule Insurance 1", "Schedule Insurance 2"]


def test_points_opening_on_art_keep_their_words_as_text() -> None:
    """A water utility's CCAP: « Art. 3.1.2. » opens a point whose sentence wraps to the next
    line in lower case; « Art. 4.1. » after a title stays whole (its « Art. » ends no sentence)."""
    clauses = segment(
        _piece(
            [
                "Art. 3 – Protection des données",
                "Art. 3.1 – Données à caractère personnel",
                "Art. 3.1.2. Le titulaire ne recrute aucun sous-traitant ultérieur",
                "sans l'autorisation écrite préalable de la Régie.",
                "Art. 4 – Exploitation du service",
                "Art. 4.1. Le titulaire garantit une disponibilité de la plateforme",
                "d'au moins 99,8 % par mois civil.",
            ]
        )
    )
    by_number = {c.number: c for c in clauses}
    assert by_number["3.1"].heading == "Données à caractère personnel"
    assert by_number["3.1.2"].heading is None
    assert by_number["3.1.2"].blocks[0].text.startswith("Le titulaire ne recrute")
    assert by_number["4"].blocks == ()
    assert by_number["4.1"].heading is None
    assert by_number["4.1"].blocks[1].text == "d'au moins 99,8 % par mois civil."


def test_a_box_before_a_forms_code_opens_the_point_of_that_code() -> None:
    """A candidature form: « ☒ B.1 — Je déclare disposer… » is point B.1, ticked; « ☐ B.5 — … »
    is point B.5, its empty box kept in its text (the option is not taken)."""
    ticked = parse_heading("☒ B.1 — Je déclare disposer d'une assurance de responsabilité civile")
    empty = parse_heading("☐ B.5 — Je déclare disposer d'une assurance couvrant les cyber-risques")
    assert ticked is not None and ticked.number == "B.1"
    assert empty is not None and empty.number == "B.5" and (empty.body or "").startswith("☐")


def test_the_sentences_before_a_closing_code_are_its_requirements_across_the_lines() -> None:
    """A CCTP whose requirements end on « [EX-nn] »: the first sentence of a requirement, ended
    at the end of its line, is cited by the code that closes the next one."""
    clauses = _clauses(
        [
            "3. Hébergement et localisation des données",
            "Le titulaire héberge la plateforme dans l'Union européenne.",
            "Aucune donnée n'est transférée vers un pays tiers. [EX-01]",
            "Les copies numériques sont stockées en France. [EX-02]",
        ]
    )
    rows = [u.row for c in clauses for u in sentences(c)]
    assert rows == ["EX-01", "EX-01", "EX-02"]


def test_an_extract_skipping_a_lettered_point_keeps_the_next_one_apart() -> None:
    """Standard clauses reproduced in part: « a) … » then « c) … » (b left out) are two points."""
    assert _numbers(
        "Article 8 – Garanties en matière de protection des données",
        "8.1 Instructions",
        "a) L'importateur ne traite les données que sur instruction documentée.",
        "b) L'importateur informe l'exportateur s'il ne peut suivre ces instructions.",
        "8.6 Sécurité du traitement",
        "a) L'importateur met en œuvre les mesures techniques décrites à l'annexe II.",
        "c) En cas de violation de données, l'importateur notifie l'exportateur sans délai.",
    )[-2:] == ["8.6 a", "8.6 c"]


def test_the_fields_of_a_fixed_width_export_are_named_without_their_leader_dots() -> None:
    """An ERP's record printed as « Label ........: value », long values wrapped onto the next
    line: each field is named by its label alone, its wrapped line its text."""
    piece = _piece(
        [
            "Contract number ..............: CTR-2026-00318",
            "Status .......................: Active",
            "Ins. PI required .............: Yes - professional indemnity GBP 3,000,000 any",
            "one claim and in the aggregate per policy year",
            "Breach notice (hours) ........: 36",
            "Data residency ...............: EU/EEA only",
        ]
    )
    clauses = segment(piece)
    assert [c.heading for c in clauses] == [
        "Contract number",
        "Status",
        "Ins. PI required",
        "Breach notice (hours)",
        "Data residency",
    ]
    assert clauses[2].blocks[-1].text.startswith("one claim")


def test_the_filled_fields_of_a_form_are_cited_by_their_labels() -> None:
    """A need form in Word: every paragraph of its part is « Label : value », some left empty
    (« Référent achats : »). Each filled field is cited by its label; a part of running text
    whose paragraphs open on a label is no form."""
    form = _clauses(
        [
            "2. Expression du besoin",
            "Besoin : Confier l'hébergement du DPI à un hébergeur certifié HDS.",
            "Hébergement : Données et sauvegardes en France uniquement.",
            "Référent achats :",
            "Disponibilité attendue : 99,9 % par mois.",
        ],
        BlockKind.PARAGRAPH,
    )
    assert [(c.number, c.heading) for c in form] == [
        ("2", "Expression du besoin"),
        (None, "Besoin"),
        (None, "Hébergement"),
        (None, "Disponibilité attendue"),
    ]
    prose = _clauses(
        [
            "2. Expression du besoin",
            "Besoin : Confier l'hébergement du DPI à un hébergeur certifié HDS.",
            "Hébergement : Données et sauvegardes en France uniquement.",
            "Le titulaire remet un plan de réversibilité.",
            "Disponibilité attendue : 99,9 % par mois.",
        ],
        BlockKind.PARAGRAPH,
    )
    assert [c.number for c in prose] == ["2"]


def test_a_section_an_addendum_writes_anew_opens_whatever_came_before() -> None:
    """« Section 9.4 is deleted in its entirety and replaced with the following: » then « 9.4 The
    Contractor's aggregate liability… », after section 7.3: the quoted section opens there."""
    assert (
        _cited(
            "7.1 The Contractor shall maintain the following insurance.",
            "7.3 Certificates of insurance are delivered before the execution of the Contract.",
            "Amendment 5 – RFP Section 9.4 (Limitation of Liability)",
            "Section 9.4 is deleted in its entirety and replaced with the following:",
            "9.4 The Contractor's aggregate liability shall not exceed twice the Contract value.",
        )[-1]
        == "9.4"
    )


def test_a_point_whose_line_ends_before_its_amount_runs_on() -> None:
    """« … d'un montant minimum de EUR » wraps before « 1.000.000 »: one sentence, no title."""
    clauses = segment(
        _piece(
            [
                "9.3 Le Prestataire maintient une assurance de responsabilité civile.",
                "9.4 Il maintient une assurance perte d'exploitation d'un montant de EUR",
                "1.000.000 lui permettant de poursuivre l'exécution des services.",
            ]
        )
    )
    point = next(c for c in clauses if c.number == "9.4")
    assert point.heading is None
    assert [b.text for b in point.blocks] == [
        "Il maintient une assurance perte d'exploitation d'un montant de EUR",
        "1.000.000 lui permettant de poursuivre l'exécution des services.",
    ]


def test_the_lettered_points_of_a_form_stay_clauses_before_its_articles() -> None:
    """An acte d'engagement: parts « A – … » to « C – … » whose points « C.1 ☒ … » are cited,
    their number on their line or alone in the margin, then articles « Article 1 » to « 3 »."""
    numbers = _numbers(
        "A – IDENTIFICATION DE L'ACHETEUR",
        "A.1",
        "Communauté d'agglomération des Coteaux, 3 allée des Tanneurs.",
        "B – ASSURANCES",
        "B.1",
        "☒ Responsabilité civile professionnelle – minimum exigé : 1 500 000 € par sinistre.",
        "B.2",
        "☐ Assurance cyber-risques – 1 000 000 € par année d'assurance.",
        "C – HÉBERGEMENT ET SÉCURITÉ",
        "C.1 ☒ Les données du portail, y compris les sauvegardes, sont hébergées en France.",
        "C.2 ☐ Hébergement des données dans un autre État membre de l'Union européenne.",
        "C.3 ☒ L'hébergeur est certifié ISO/IEC 27001.",
        "Article 1 – Engagement du candidat",
        "Le candidat s'engage à exécuter les prestations.",
        "Article 2 – Pièces contractuelles",
        "Le présent acte d'engagement, le CCAP et le CCTP.",
        "Article 3 – Délais",
        "Les délais sont ceux du calendrier.",
    )
    assert {"B.1", "B.2", "C.1", "C.2", "C.3", "1", "2", "3"} <= set(numbers)


def test_the_paragraphs_of_a_letter_are_titled_by_the_words_they_open_on() -> None:
    """A letter sets the first words of its paragraphs in bold (« Hébergement du site. Le site
    … »), which its lines do not tell: each paragraph is cited by them."""
    clauses = _clauses(
        [
            "Madame, Monsieur,",
            "Nous vous précisons ci-dessous les conditions du contrat.",
            "Hébergement du site. Le site et ses données devront être hébergés en France.",
            "Disponibilité et maintenance. Le site devra être accessible 99,5 % du temps.",
            "Assurances. Vous devrez être titulaire d'une assurance de responsabilité civile",
            "professionnelle d'au moins 1 000 000 € par sinistre.",
            "Nous vous prions d'agréer nos salutations distinguées.",
        ]
    )
    assert [c.heading for c in clauses if c.heading] == [
        "Hébergement du site",
        "Disponibilité et maintenance",
        "Assurances",
    ]


def test_the_run_in_cover_names_of_an_english_contract_stay_in_their_sentences() -> None:
    """« Automobile Liability Insurance. Occurrence based coverage… »: the cover's name is what
    its sentence demands, not a title to take away from it."""
    clauses = _clauses(
        [
            "The Contractor shall maintain the following insurance.",
            "Automobile Liability Insurance. Occurrence based coverage of at least $1,000,000.",
            "Employers' Liability Insurance. Occurrence based coverage of at least $1,000,000.",
            "Umbrella Liability Insurance. Excess coverage of at least $5,000,000.",
        ]
    )
    assert [c.heading for c in clauses if c.heading] == []


def test_the_numbered_rules_of_a_charter_are_its_articles() -> None:
    heading = parse_heading("Règle 15 – Assurances (Prestataires)")
    assert heading is not None
    assert (heading.number, heading.title) == ("15", "Assurances (Prestataires)")


def test_points_numbered_by_the_format_in_lower_case_are_clauses() -> None:
    """An HTML or Word list numbers its points itself: « 5.2(a) death or personal injury… »
    finishes the sentence of 5.2 in lower case, and is cited by its number."""
    item = BlockKind.LIST_ITEM
    blocks = (
        Block("5. Liability", None, BlockKind.HEADING, level=3),
        Block("Exclusions from the cap. Section 5.1 does not apply to:", None, item, number="5.2"),
        Block("death or personal injury caused by negligence;", None, item, number="5.2(a)"),
        Block("fraud or fraudulent misrepresentation.", None, item, number="5.2(b)"),
    )
    clauses = segment(Piece("terms.html", "", PieceKind.OTHER, "html", None, blocks))
    assert [c.number for c in clauses] == ["5", "5.2", "5.2(a)", "5.2(b)"]
    assert clauses[2].heading is None


def test_a_stop_after_a_word_cut_short_ends_no_title() -> None:
    """« 3.2 Dispo. mens. garantie ≥ 99,8 %. » in a newspaper's notice: the stop ends an
    abbreviation; the point has no title."""
    heading = parse_heading("3.2 Dispo. mens. garantie ≥ 99,8 %.")
    assert heading is not None and heading.number == "3.2"
    assert heading.title != "Dispo"


def test_a_point_may_open_on_a_mark_in_square_brackets() -> None:
    """« 2.1 [C] Customer Data is hosted… »: a whitepaper's mark of a commitment, then the
    point's text (a task list's « [x] » stays no mark)."""
    heading = parse_heading("2.1 [C] Customer Data is hosted exclusively in the EU.")
    assert heading is not None and heading.number == "2.1"
    assert heading.body == "[C] Customer Data is hosted exclusively in the EU."


def test_lettered_points_go_on_past_h() -> None:
    """A list of nine or more points « a) … h) i) j) »: « i) » after « h) » is the ninth point,
    not a Roman numeral, and each point from there on is cited by its own letter."""
    lines = ["Article 2 - Stipulations", "Le titulaire s'engage :"]
    lines += [f"{letter}) point {letter} du contrat ;" for letter in "abcdefghijk"]
    assert _cited(*lines)[-4:] == ["2 h", "2 i", "2 j", "2 k"]


def test_a_lone_i_is_no_ninth_point() -> None:
    """« i) » with no « h) » before it opens no point: a list of two Roman points."""
    cited = _cited("Article 2 - Stipulations", "i) premier point ;", "ii) second point.")
    assert "2 i" not in cited


def test_an_article_written_as_one_sentence_from_its_keyword_has_no_title() -> None:
    """« Article 3 : De prendre acte que le titulaire justifiera, dans les quinze jours suivant
    la » / « notification du contrat, … »: a council's article runs on from its keyword, so its
    first line is the start of its sentence, not a title."""
    clauses = _clauses(
        [
            "Article 3 : De prendre acte que le titulaire justifiera, dans les quinze jours "
            "suivant la",
            "notification du contrat, d'une assurance de responsabilité civile professionnelle.",
        ]
    )
    assert [(c.number, c.heading) for c in clauses] == [("3", None)]
    assert next(s.text for s in sentences(clauses[0])).startswith("De prendre acte que")


def test_a_clause_of_a_contract_library_is_cited_by_its_identifier() -> None:
    """« [CL-0042 v3] Responsabilité civile professionnelle Statut : Négociée »: the export of a
    contract-management tool cites its clauses by identifier, the version left out."""
    assert _cited(
        "Titre 5 – Assurances",
        "[CL-0042 v3] Responsabilité civile professionnelle Statut : Négociée",
        "Nébulys est titulaire d'une assurance de responsabilité civile professionnelle.",
        "[CL-0044 v2] Assurance cyber Statut : Standard",
        "Nébulys est titulaire d'une assurance cyber.",
    ) == ["Titre 5", "CL-0042", "CL-0044"]


def test_a_numbered_note_under_a_price_table_is_cited_by_its_number() -> None:
    """« Note 2 — Les prix F-01 à F-04 incluent la remise … de l'attestation d'assurance » in a
    word processor's paragraph: a note numbered through the document, cited « Note 2 »."""
    clauses = _clauses(
        [
            "3 Tableau 1 : prestations forfaitaires",
            "Note 1 — L'hébergement est réalisé sur un service qualifié SecNumCloud.",
            "Note 2 — Les prix incluent la remise de l'attestation d'assurance.",
        ],
        BlockKind.PARAGRAPH,
    )
    assert [c.number for c in clauses] == ["3", "Note 1", "Note 2"]


def test_roman_items_of_a_numbered_paragraph_are_its_points() -> None:
    """« Article 14 (Insurance) » / « 1. The Vendor shall maintain the following insurance: » /
    « (i) IT professional liability insurance … »: the items complete paragraph 1, cited
    « 14 1(i) », not the article's own « 14(i) »."""
    cited = _cited(
        "Article 14 (Insurance)",
        "1. The Vendor shall maintain the following insurance throughout the term:",
        "(i) IT professional liability insurance of not less than JPY 300,000,000 per claim; and",
        "(ii) general liability insurance of not less than JPY 100,000,000 per accident.",
        "2. The Vendor shall submit a certificate of insurance upon execution of these Terms.",
    )
    assert cited == ["14", "14 1", "14 1(i)", "14 1(ii)", "14 2"]


def test_a_letter_amending_the_file_cites_the_articles_it_sets() -> None:
    """« Modification n° 1 – CCAP, article 7.2 » over « Nouvelle rédaction : « 7.2 Le titulaire
    justifie … » »: the new wording is article 7.2's, cited so."""
    assert _cited(
        "I. Modifications apportées au CCAP",
        "Modification n° 1 – CCAP, article 7.2",
        "L'article 7.2 du CCAP est remplacé par les dispositions suivantes :",
        "Modification n° 3 – CCAP, article 7.5 (créé)",
        "Il est inséré un article 7.5 ainsi rédigé :",
        "Précision – CCTP, article 4.1",
        "L'article 4.1 du CCTP n'est pas modifié.",
    )[-3:] == ["7.2", "7.5", "4.1"]
    # the piece named after the number: « Modification n° 5 – Article 9.1 du CCAP »
    assert _cited(
        "2. Modifications apportées aux pièces",
        "Modification n° 5 – Article 9.1 du CCAP",
        "À l'article 9.1 du CCAP, les mots « 1 000 000 € » sont remplacés par « 2 500 000 € ».",
        "Modification n° 6 – Article 9.3 du CCAP",
        "L'article 9.3 du CCAP est complété par un alinéa.",
    )[-2:] == ["9.1", "9.3"]


def test_a_contract_numbering_its_clauses_in_ordinals_cites_its_paragraphs_in_figures() -> None:
    """« CLAUSE SEVENTH - PROTECTION OF PERSONAL DATA » / « Paragraph Two. The CONTRATADA shall
    communicate… » / « Sole Paragraph. … »: a Brazilian contract in translation, cited « 7 2 »
    and « 9 Sole Paragraph »."""
    assert _cited(
        "CLAUSE SEVENTH - PROTECTION OF PERSONAL DATA",
        "The CONTRATADA processes Personal Data as Operator.",
        "Paragraph One. The CONTRATADA may not engage a sub-operator without consent.",
        "Paragraph Two. The CONTRATADA shall communicate any Security Incident within 48 hours.",
        "CLAUSE NINTH - LIABILITY",
        "Sole Paragraph. The liability of the CONTRATADA is limited to the contract value.",
    ) == ["7", "7 1", "7 2", "9", "9 Sole Paragraph"]


def test_an_rfp_addendum_cites_the_sections_it_changes() -> None:
    """ "Change 3 – Section 7.2" over "Section 7.2 is amended to read as follows": the new
    wording is section 7.2's."""
    assert (
        _cited(
            "Part B CHANGES TO THE RFP",
            "Change 3 – Section 7.2",
            "Section 7.2 is amended to read as follows: cyber liability insurance of $3,000,000.",
        )[-1]
        == "7.2"
    )


def test_a_rule_of_a_policy_is_cited_by_its_code() -> None:
    """« Règle R-01 — Responsabilité civile professionnelle. Le fournisseur est assuré… »: the
    rule of an internal policy is cited « R-01 », as the policy's readers cite it."""
    from tenderguard.sentences import opening_code

    assert opening_code("Règle R-01 — Responsabilité civile professionnelle. Le fournisseur") == (
        "R-01"
    )
    assert opening_code("Rule SEC-4 – Logging. The supplier logs every access.") == "SEC-4"


def test_the_alineas_of_a_swiss_article_in_english_are_cited_para_and_let() -> None:
    """« Art. 3 Suitability » / « 2 The following evidence shall be enclosed: » / « a. a
    confirmation issued by the insurer… »: cited « 3 para. 2 let. a », as the Swiss text says it
    cites itself."""
    cited = _cited(
        "Art. 3 Suitability criteria and evidence",
        "1 A bidder that does not meet every criterion below is excluded.",
        "2 The following evidence shall be enclosed with the bid:",
        "a. a confirmation issued by the insurer that the liability insurance is in force;",
        "b. a valid ISO/IEC 27001 certificate.",
    )
    assert cited[-4:] == ["3 para. 1", "3 para. 2", "3 para. 2 let. a", "3 para. 2 let. b"]


def test_a_long_first_line_going_on_in_lower_case_is_the_article_text_not_its_title() -> None:
    clauses = segment(
        _piece(
            [
                "§ 4 – ASSURANCES",
                "§ 4-3 – Le titulaire adresse son attestation d'assurance dans les dix jours.",
                "§ 4-4 – Le titulaire veille à ce que chacun de ses sous-traitants soit couvert",
                "par des garanties de même nature.",
                "§ 4-5 – Obligations du titulaire en matière de protection",
                "des données.",
                Block(
                    "§ 4-6 – Sous-traitants dont les prestations comportent un accès aux",
                    1,
                    bold=True,
                ),
                Block("données hébergées", 1, bold=True),
            ]
        )
    )
    by_number = {c.number: c for c in clauses}
    assert by_number["4-4"].heading is None
    assert [b.text for b in by_number["4-4"].blocks] == [
        "Le titulaire veille à ce que chacun de ses sous-traitants soit couvert",
        "par des garanties de même nature.",
    ]
    # a short title wrapped, or one set in bold, stays a title
    assert by_number["4-5"].heading == "Obligations du titulaire en matière de protection"
    assert by_number["4-6"].heading is not None


def test_numbered_paragraphs_are_cited_with_the_word_the_document_cites_them_by() -> None:
    def lines(reading: str, asking: str) -> list[str | Block]:
        return [
            Block("1.1 Reading", None, BlockKind.HEADING),
            Block(f"1. {reading}", None, BlockKind.PARAGRAPH),
            Block("3.1 Hosting", None, BlockKind.HEADING),
            Block(
                "1. The Contractor shall store all data within the EEA.", None, BlockKind.PARAGRAPH
            ),
            Block(f"2. The Contractor shall name its provider{asking}.", None, BlockKind.PARAGRAPH),
        ]

    cited = lines(
        "Here paragraph renders the Dutch lid: Article 3.1 paragraph 2 is artikel 3.1 lid 2.",
        ", as Article 3.1 paragraph 2 asks",
    )
    assert "3.1 paragraph 2" in [c.number for c in segment(_piece(cited))]
    # a document that does not cite them so keeps the bare numbers
    bare = lines("This is an English translation.", "")
    assert "3.1 2" in [c.number for c in segment(_piece(bare))]


def test_a_list_of_derogations_is_cited_by_its_own_points() -> None:
    """« 2° l'article 8, 4° déroge à l'article 9.2 du CCAG-TIC : … » restates article 8 in a
    list of derogations: the point is 11 2°, not an amendment writing article 8."""
    clauses = segment(
        _piece(
            [
                "ARTICLE ONZE – DÉROGATIONS AU CCAG-TIC",
                "Les dérogations au CCAG-TIC sont les suivantes :",
                "1° l'article 7, 2° du présent cahier déroge à l'article 14.1 du CCAG-TIC : la "
                "pénalité de retard est de 300 € par jour ;",
                "2° l'article 8, 4° déroge à l'article 9.2 du CCAG-TIC : l'attestation "
                "d'assurance est remise dans les quinze jours.",
            ]
        )
    )
    assert [c.number for c in clauses][-2:] == ["11 1°", "11 2°"]


def _pdf_line(text: str, top: float, right: float = 530) -> Block:
    return Block(text, 1, BlockKind.LINE, BBox(63, top, right, top + 8))


def test_a_contract_citing_its_alineas_is_cited_alinea_by_alinea() -> None:
    """« cités sous la forme « art. 9 al. 3 » »: the unnumbered paragraphs of each article are
    clauses "9 al. 1", "9 al. 2"…; on a PDF page a paragraph ends on a line that ends a sentence
    short of the margin, or before a wider gap."""
    piece = _piece(
        [
            _pdf_line("Article 1 – Lecture du contrat", 60, 200),
            _pdf_line("Les alinéas sont cités sous la forme « article 9, alinéa 3 ».", 80, 400),
            _pdf_line("Article 9 – Assurances", 100, 200),
            _pdf_line(
                "Le titulaire est assuré en responsabilité civile professionnelle pour un", 120
            ),
            _pdf_line("montant de 2 000 000 € par sinistre.", 133, 250),
            _pdf_line(
                "Il souscrit une assurance cyber d'au moins 1 M€ par sinistre, pour toute", 150
            ),
            _pdf_line(
                "la durée du contrat, auprès d'un assureur notoirement solvable agréé en France.",
                163,
            ),
            _pdf_line(
                "Il remet les attestations à la signature du contrat puis chaque année.", 185, 480
            ),
        ]
    )
    texts = {c.number: " ".join(b.text for b in c.blocks) for c in segment(piece)}
    assert texts["9 al. 1"].endswith("2 000 000 € par sinistre.")
    assert "cyber" in texts["9 al. 2"] and "solvable" in texts["9 al. 2"]
    assert texts["9 al. 3"].startswith("Il remet les attestations")


def test_alineas_cited_of_another_text_leave_the_articles_whole() -> None:
    """« l'article 9, alinéa 2, du CCAG-TIC » cites the CCAG: the contract's own articles stay
    one clause each."""
    piece = _piece(
        [
            "Article 9 – Assurances",
            "Le titulaire est assuré en responsabilité civile professionnelle.",
            "Par dérogation à l'article 9, alinéa 2, du CCAG-TIC, il remet son attestation.",
        ]
    )
    assert "9" in {c.number for c in segment(piece)}
    assert not any("al." in (c.number or "") for c in segment(piece))


def test_paragraphs_of_an_annex_article_are_cited_with_the_annex() -> None:
    """« 6.1 » under « Annexe 2 – Article 6 – Assurances » is « Annexe 2 6.1 », as the annex's
    own paragraph numbers say; a schedule's own number is kept (« Schedule 6 6.1 »)."""
    piece = _piece(
        [
            "Article 6 – Dispositions financières",
            "6.1 Les missions du coordonnateur sont exercées à titre gratuit.",
            "Annexe 2 – Cahier des charges commun",
            "Annexe 2 – Article 6 – Assurances",
            "6.1 Le titulaire est assuré en responsabilité civile professionnelle.",
        ]
    )
    assert "Annexe 2 6.1" in [c.number for c in segment(piece)]


def test_the_numbered_items_of_a_bracketed_paragraph_are_cited_with_it() -> None:
    """« Article 12 (2) 3. »: item 3 of paragraph (2) of article 12, as Korean and Austrian
    texts cite themselves; the paragraph (3) after the items is the article's again."""
    piece = _piece(
        [
            "Article 12 (Insurance)",
            "(1) The Contractor shall maintain general liability insurance.",
            "(2) In addition, the Contractor shall comply with the following:",
            "1. maintain professional liability insurance of KRW 1,000,000,000;",
            "2. take out personal information liability insurance;",
            "3. submit copies of the insurance certificates within seven days.",
            "(3) The Contractor shall ensure that its subcontractors are insured.",
        ]
    )
    numbers = [c.number for c in segment(piece)]
    assert numbers[-4:] == ["12 (2) 1", "12 (2) 2", "12 (2) 3", "12 (3)"]


def test_numbered_points_finishing_their_clause_s_sentence_in_lower_case_are_its_points() -> None:
    """ "14.1 … the following insurances:" then "14.1.1 professional indemnity …;", "14.1.2
    public liability …": points cited by their number; a wrapped line opening on a number in
    lower case ("14.1 of the MSA") stays the text it continues."""
    clauses = _clauses(
        [
            "14 INSURANCE",
            "14.1 The Supplier shall keep in force the following insurances:",
            "14.1.1 professional indemnity insurance of not less than R10 000 000 per occurrence",
            "and R20 000 000 in the annual aggregate;",
            "14.1.2 public liability insurance of not less than R5 000 000 per occurrence; and",
            "14.1.3 cyber liability insurance on the terms set out in clause",
            "14.1 of the MSA, of not less than R7 500 000.",
            "15 TERMINATION",
            "15.1 Either party may end the MSA on three months' notice.",
        ]
    )
    numbers = ["14", "14.1", "14.1.1", "14.1.2", "14.1.3", "15", "15.1"]
    assert [c.number for c in clauses] == numbers


def test_a_sentence_opening_a_numbered_paragraph_is_no_run_in_title() -> None:
    """ "2.2 The Service is hosted on Amazon Web Services. Peoplewise does not use any other
    provider": the first sentence says something, it titles nothing."""
    heading = parse_heading(
        "2.2 The Service is hosted on Amazon Web Services. Peoplewise does not use any other "
        "infrastructure provider to store Customer Data."
    )
    assert heading is not None and heading.number == "2.2"
    assert heading.title is None
    assert heading.body is not None and heading.body.startswith("The Service is hosted")
    titled = parse_heading(
        "9.2 Security incidents. Altivale notifies the Customer within 24 hours."
    )
    assert titled is not None and titled.title == "Security incidents"


def test_a_note_in_the_french_plan_is_cited_by_the_path_of_its_points() -> None:
    """« I. / A. / 1. / a) », each level numbering afresh under the one above: the point is
    « II.A.1.b », the numbers alone repeat from one part to the next."""
    clauses = _clauses(
        [
            "I. CONTEXTE",
            "A. Situation actuelle",
            "1. Le portail est hébergé aujourd'hui sur Microsoft Azure.",
            "B. Enjeux",
            "1. Les communes demandent un rapatriement des données.",
            "II. EXIGENCES",
            "A. Hébergement",
            "1. Localisation",
            "a) Les données seront hébergées en France.",
            "b) Les accès d'administration se feront depuis l'Union européenne.",
            "2. Le titulaire sera certifié ISO/IEC 27001.",
        ]
    )
    numbers = [c.number for c in clauses]
    assert numbers == [
        "I", "I.A", "I.A.1", "I.B", "I.B.1", "II", "II.A", "II.A.1", "II.A.1.a", "II.A.1.b",
        "II.A.2",
    ]  # fmt: skip
    titled = {c.number: c.heading for c in clauses}
    assert titled["II.A.1"] == "Localisation"
    assert titled["II.A.2"] is None  # a paragraph, not a title


def test_an_outline_lettering_its_points_a_dot_cites_them_by_their_path() -> None:
    """An American outline « I. / A. / 1. / a. »: « a. » is the point under « 1. », as « a) »
    is in the French plan."""
    clauses = _clauses(
        [
            "I. GENERAL",
            "A. Purpose. The Contractor will host the permitting system.",
            "II. INSURANCE",
            "A. Insurance. The Contractor shall maintain, at its own cost:",
            "1. Commercial General Liability.",
            "a. Commercial general liability insurance of not less than $1,000,000.",
            "b. The City shall be named as additional insured.",
            "2. Technology errors and omissions insurance of not less than $2,000,000.",
        ]
    )
    assert [c.number for c in clauses] == [
        "I", "I.A", "II", "II.A", "II.A.1", "II.A.1.a", "II.A.1.b", "II.A.2",
    ]  # fmt: skip


def test_clauses_numbered_by_word_are_cited_by_their_number_beside_their_paragraphs() -> None:
    """ "Clause 7 – Obligations" holding "7.1 Instructions" and "Clause 9 – Sous-traitants"
    holding "(a)": the clauses are the articles, "9(a)" as "7.1" is, without the word."""
    clauses = _clauses(
        [
            "Clause 7 – Obligations des parties",
            "7.1 Instructions",
            "Le sous-traitant ne traite les données que sur instruction documentée.",
            "7.2 Sécurité",
            "Le sous-traitant met en œuvre les mesures de l'annexe III.",
            "Clause 8 – Assistance",
            "Le sous-traitant assiste le responsable du traitement.",
            "Clause 9 – Recours à des sous-traitants ultérieurs",
            "(a) Le sous-traitant n'engage aucun sous-traitant ultérieur sans autorisation écrite.",
            "(b) Il informe le responsable du traitement de tout changement.",
        ]
    )
    numbers = [c.number for c in clauses if c.number]
    assert "7.1" in numbers and "9" in numbers and "Clause 9" not in numbers


def test_the_point_after_h_is_the_letter_i_unless_roman_points_follow() -> None:
    """ "(h) …" then "(i) …" then the next clause: the ninth letter, "2(i)"; "(h)" then "(i)",
    "(ii)": the Roman points of (h)."""
    points = [
        f"({letter}) The Supplier shall keep obligation {letter} of this Agreement."
        for letter in "abcdefg"
    ]
    lettered = _clauses(
        [
            "2. Obligations",
            *points,
            "(h) The Supplier shall make records available to the Customer.",
            "(i) The Supplier shall permit the Customer to audit its compliance once a year.",
            "3. Insurance",
            "(a) Professional liability insurance of $2,000,000 per claim.",
        ]
    )
    assert "2(i)" in [c.number for c in lettered]
    roman = _clauses(
        [
            "2. Obligations",
            *points,
            "(h) The Supplier shall keep:",
            "(i) access logs for one year;",
            "(ii) backups for thirty days.",
            "3. Insurance",
        ]
    )
    assert "2(h)(i)" in [c.number for c in roman]


def test_a_coded_measure_and_its_title_in_the_first_cell_cite_the_row_by_its_code() -> None:
    """« PAS-3.1 Localisation | Les données… | Adresse des centres »: a security plan's
    measure, its code then its title in one cell."""
    row = "PAS-3.1 Localisation | Les données sont hébergées en France. | Adresse des centres"
    assert row_reference(row) == "PAS-3.1"
    assert row_reference("PAS-2 Organisation | Le titulaire désigne un RSSI.") == "PAS-2"


def test_an_answer_numbered_with_a_spaced_hyphen_is_cited_by_its_number_not_titled() -> None:
    """« R2 - Non. Aucune assurance cyber n'est exigée. » in a plain-text e-mail: the answer's
    number, written with a hyphen between spaces; « R2 - Non » is no title."""
    from tenderguard.sentences import opening_code

    assert opening_code("R1 - Le montant exigé pour la responsabilité civile est abaissé.") == "R1"
    assert opening_code("R1-Le montant") is None
    blocks = [
        "Mesdames, Messieurs, voici nos réponses.",
        "R1 - Oui. Le titulaire peut recourir à OVHcloud.",
        "R2 - Non. Aucune assurance cyber n'est exigée.",
        "R3 - Oui. Les données restent en France.",
        "R4 - Non. Le délai est maintenu.",
    ]
    piece = Piece(
        "reponses.txt",
        "",
        PieceKind.OTHER,
        "txt",
        None,
        tuple(Block(text, None, BlockKind.LINE) for text in blocks),
    )
    assert [c.heading for c in segment(piece)] == [None]


def test_a_listed_point_opening_in_lower_case_is_text_whatever_its_words() -> None:
    """« 1) une attestation d'assurance … à jour, émise par votre » wrapped before its verb."""
    heading = parse_heading(
        "1) une attestation d'assurance responsabilité civile professionnelle à jour, émise par "
        "votre"
    )
    assert heading is not None and heading.number == "1" and heading.title is None


def test_a_clause_of_the_special_conditions_of_contract_is_a_clause() -> None:
    """ "SCC Clause 8 – Limitation of Liability" in a development bank's bidding document."""
    heading = parse_heading("SCC Clause 8 – Limitation of Liability")
    assert heading is not None and heading.number == "Clause 8"
    assert heading.title == "Limitation of Liability"


def test_the_column_names_of_a_table_of_contents_keep_it_a_table_of_contents() -> None:
    """ "Contents", then "Clause Heading" naming its columns, then entries without page
    numbers that the document prints again further on."""
    from tenderguard.segment import drop_toc

    texts = [
        "Contents",
        "Clause Heading",
        "9 Liquidated Damages",
        "13 Limitation of Liability",
        "9 Liquidated Damages",
        "9.1 The Supplier must pay liquidated damages of AUD 500 per day.",
        "13 Limitation of Liability",
        "13.1 Item 13 applies to the Supplier's liability.",
    ]
    kept = drop_toc([Block(text, 1, BlockKind.LINE) for text in texts])
    assert [b.text for b in kept] == texts[4:]


def test_a_one_word_contents_entry_printed_again_keeps_the_contents_going() -> None:
    """« 10 Privacy » between longer entries: a title of one word, printed again word for word
    further on, is an entry like the others, so the list goes on to « 14 Insurance »."""
    from tenderguard.segment import drop_toc

    texts = [
        "Contents",
        "9 Hosting and Agency Data",
        "10 Privacy",
        "14 Insurance",
        "Schedule 1 Key Details",
        "9. Hosting and Agency Data",
        "9.1 The Supplier must store Agency Data in New Zealand.",
        "10. Privacy",
        "10.1 The Supplier must notify the Agency within 24 hours.",
        "14. Insurance",
        "14.1 The Supplier must hold the insurance set out in Item 11.",
        "Schedule 1 – Key Details",
    ]
    kept = drop_toc([Block(text, 1, BlockKind.LINE) for text in texts])
    assert [b.text for b in kept] == texts[5:]


def test_a_us_appendix_numbers_its_paragraphs_by_section_letter_and_number() -> None:
    """« 4.A.(1) The Contractor shall… » and « 2.A. “Security Incident” means… » in a US
    cooperative contract's appendix, cited "4.A.(1)" and "2.A"."""
    paragraph = parse_heading("4.A.(1) The Contractor shall store all State Data in the US.")
    assert paragraph is not None and paragraph.number == "4.A.(1)"
    assert paragraph.body is not None and paragraph.body.startswith("The Contractor shall")
    lettered = parse_heading("2.A. “Security Incident” means any unauthorized access.")
    assert lettered is not None and lettered.number == "2.A"


def test_a_special_condition_keeps_its_number_before_the_general_clause_it_completes() -> None:
    """« SCC 7.1 [GCC 17.1] The MSP shall… »: the bracketed clause of the general conditions is
    a cross-reference, the paragraph is SCC 7.1."""
    heading = parse_heading("SCC 7.1 [GCC 17.1] The MSP shall maintain professional indemnity.")
    assert heading is not None and heading.number == "SCC 7.1"
    assert heading.body == "The MSP shall maintain professional indemnity."


def test_a_us_agreement_paragraph_after_a_section_sign_is_text() -> None:
    """« § 2.3 If Vendor fails to complete… », « § 3.4 Vendor shall maintain… »: the paragraph's
    text on the line of its number, not a title; « § 3 Insurance » titles the section."""
    late = parse_heading("§ 2.3 If Vendor fails to complete the interface by the Go-Live Date,")
    assert late is not None and late.number == "2.3" and late.title is None
    assert late.body is not None and late.body.startswith("If Vendor fails")
    cover = parse_heading("§ 3.4 Vendor shall maintain workers’ compensation insurance as required")
    assert cover is not None and cover.title is None and cover.body is not None
    section = parse_heading("§ 3 Insurance")
    assert section is not None and section.title == "Insurance"


def test_a_lettered_point_of_a_roman_numbered_part_is_its_text() -> None:
    """« I.3.a – Le candidat joint à son offre une attestation d'assurance… »: a point lettered
    under « I.3 Pièces à remettre », cited "I.3.a", its words the point's text."""
    point = parse_heading("I.3.a – Le candidat joint à son offre une attestation d'assurance")
    assert point is not None and point.number == "I.3.a" and point.title is None
    assert point.body is not None and point.body.startswith("Le candidat joint")


def test_a_requirement_typed_with_its_code_in_the_margin_is_its_text() -> None:
    """« DP-01  The Supplier will act as a processor… » in a fixed-width statement of
    requirements: the code in the margin, the requirement beside it; « TPR-09  Right to Audit »
    is a code and its title."""
    record = parse_heading(
        "DP-01  The Supplier will act as a processor for the University and will"
    )
    assert record is not None and record.number == "DP-01" and record.title is None
    assert record.body is not None and record.body.startswith("The Supplier will act")
    wish = parse_heading("DP-06  The University would like the right to audit the Supplier's")
    assert wish is not None and wish.body is not None
    titled = parse_heading("TPR-09  Right to Audit")
    assert titled is None or titled.body is None


def test_the_capital_lettered_points_of_a_us_agreement_section_are_its_clauses() -> None:
    """« SECTION 5. DATA SECURITY » then « A. Data Location. Consultant shall store… », « B.
    Hosting Provider. … »: the section's points, cited "5 A" (the agreement's « Section 5.A »)."""
    clauses = _clauses(
        [
            "SECTION 5. DATA SECURITY AND PRIVACY",
            "A. Data Location. Consultant shall store and process County Data only in the US.",
            "B. Hosting Provider. The platform shall be hosted exclusively on Microsoft Azure.",
            "SECTION 6. SERVICE LEVELS",
            "A. Availability. The platform shall be available at least 99.9% of each month.",
        ]
    )
    assert [c.number for c in clauses if c.number] == ["5", "5 A", "5 B", "6", "6 A"]


def test_a_point_inserted_after_a_sub_article_is_a_point_with_its_title() -> None:
    """« 7.2 ter – Pièces de l'attributaire » after « 7.2 bis – Négociation »; « 5 bis.1 –
    Localisation » titled, not opening its text on a dash."""
    inserted = parse_heading("7.2 ter – Pièces de l'attributaire pressenti")
    assert inserted is not None and inserted.number == "7.2 ter"
    assert inserted.title == "Pièces de l'attributaire pressenti"
    titled = parse_heading("5 bis.1 – Localisation")
    assert titled is not None and (titled.number, titled.title) == ("5 bis.1", "Localisation")


def test_a_bold_markdown_title_after_a_list_of_as_many_items_is_a_title() -> None:
    """« **7. Fin du contrat** » after a list of six items under « **6. Données** »: a title
    set in bold, not the list's seventh item."""
    from tenderguard.parsing.text import read_markdown

    items = "\n".join(f"{n}. Le prestataire respecte l'exigence {n}." for n in range(1, 7))
    text = (
        "**5. Hébergement**\n\n1. Les données sont hébergées en France.\n\n"
        f"**6. Données personnelles**\n\n{items}\n\n"
        "**7. Fin du contrat**\n\n1. Le prestataire restitue les données.\n"
    )
    blocks, _ = read_markdown(text)
    piece = Piece("cdc.md", "", PieceKind.OTHER, "md", None, tuple(blocks))
    titles = [(c.number, c.heading) for c in segment(piece)]
    assert ("7", "Fin du contrat") in titles


def test_list_items_printing_their_own_numbers_are_clauses() -> None:
    """A page that hides its list's numbers and prints them in each item (« <li><span>10.1
    </span> The Supplier shall… ») numbers its clauses so: 14.4 after the points of 14.3 is
    clause 14.4, not the end of point 14.3(b)."""
    from tenderguard.parsing.html import read_html

    html = (
        "<style>ol{list-style:none}</style><h2>14. Insurance</h2><ol>"
        "<li><span>14.3</span> The Supplier shall evidence the insurances:<ol>"
        "<li><span>(a)</span> before the Call-Off Contract is signed; and</li>"
        "<li><span>(b)</span> after each renewal of a policy.</li></ol></li>"
        "<li><span>14.4</span> The Supplier shall ensure that each Subcontractor is insured.</li>"
        "</ol>"
    )
    piece = Piece("terms.html", "", PieceKind.OTHER, "html", None, tuple(read_html(html)))
    numbers = [c.number for c in segment(piece)]
    assert "14.4" in numbers


def test_the_points_of_a_plain_text_letter_titled_by_a_hyphen_are_its_clauses() -> None:
    """« 2) Breach reporting - you must report… »: a plain-text e-mail sets each point's title
    off by a hyphen; its points are cited "2" as the letter's reader cites them."""
    clauses = _clauses(
        [
            "Tomas,",
            "The requirements below are what we need before we can move to contract.",
            "1) Business Associate Agreement - our BAA must be signed before any PHI is exchanged.",
            "2) Breach reporting - you must report any breach of unsecured PHI within 24 hours.",
            "3) Hosting - PHI must stay in data centers in the United States.",
        ]
    )
    assert [(c.number, c.heading) for c in clauses if c.number] == [
        ("1", "Business Associate Agreement"),
        ("2", "Breach reporting"),
        ("3", "Hosting"),
    ]


def test_paragraphs_numbered_through_a_document_by_a_word_processor_are_its_clauses() -> None:
    """« (1) » … « (10) » numbered by Word across the addendum's titles, never afresh, with
    lettered points « (a) » under some: cited "10" and "8(a)"."""
    blocks = [Block("Security Controls", None, BlockKind.HEADING, level=2)]
    for n in range(1, 8):
        blocks.append(
            Block(f"Vendor shall meet obligation {n}.", None, BlockKind.LIST_ITEM, number=f"({n})")
        )
        if n == 4:
            blocks.append(Block("Data Location", None, BlockKind.HEADING, level=2))
    blocks.append(
        Block("Throughout the term, Vendor shall:", None, BlockKind.LIST_ITEM, number="(8)")
    )
    blocks.append(
        Block("hold an ISO/IEC 27001 certification;", None, BlockKind.LIST_ITEM, number="(a)")
    )
    blocks.append(Block("Audit", None, BlockKind.HEADING, level=2))
    blocks.append(
        Block("The University may audit Vendor.", None, BlockKind.LIST_ITEM, number="(9)")
    )
    piece = Piece("addendum.docx", "", PieceKind.OTHER, "docx", None, tuple(blocks))
    numbers = [c.number for c in segment(piece) if c.number]
    assert numbers[:3] == ["1", "2", "3"] and "8(a)" in numbers and numbers[-1] == "9"


def test_a_markdown_term_numbered_and_titled_in_bold_is_a_clause() -> None:
    """« 4. **Data processing.** Quillstone processes… » under « ## Order Form Terms »: the
    terms of an order form are its clauses, cited "4"."""
    from tenderguard.parsing.text import read_markdown

    text = (
        "# Order Form\n\n## Order Form Terms\n\n"
        "1. **Precedence.** This Order Form is governed by the Governing Agreement.\n"
        "2. **Data processing.** Quillstone processes personal data as Customer's processor.\n"
        "3. **Security Incidents.** Quillstone will notify Customer within 36 hours.\n"
    )
    blocks, _ = read_markdown(text)
    piece = Piece("order.md", "", PieceKind.OTHER, "md", None, tuple(blocks))
    titled = [(c.number, c.heading) for c in segment(piece) if c.number]
    assert titled == [("1", "Precedence"), ("2", "Data processing"), ("3", "Security Incidents")]


def test_markdown_terms_typed_one_one_one_are_cited_as_a_browser_numbers_them() -> None:
    """« 1. **Data protection** » with its points nested under it, every item typed « 1. »: a
    browser shows 1, 2, 3 and the points 2.1, 2.2; the terms are cited so."""
    from tenderguard.parsing.text import read_markdown

    text = (
        "# Service Terms\n\n## General Terms\n\n"
        "1. **Definitions**\n"
        '    1. "Customer Data" means the data you upload.\n'
        "1. **Data protection**\n"
        "    1. We act as your processor under Article 28 of the GDPR.\n"
        "    1. We shall notify you of any personal data breach within 36 hours.\n"
    )
    blocks, _ = read_markdown(text)
    piece = Piece("terms.md", "", PieceKind.OTHER, "md", None, tuple(blocks))
    numbered = [c.number for c in segment(piece) if c.number]
    assert numbered == ["1", "1.1", "2", "2.1", "2.2"]


def test_a_callout_opening_on_a_pictograph_is_a_sentence_of_its_own() -> None:
    """« … nous suffira. ⚠️ Rappel : en cas de fuite, les 36 heures courent… »: two callouts
    of a page exported from a notes tool, run together by the text's lines."""
    clause = Clause(
        Piece("cdc.md", "", PieceKind.OTHER, "md", None, ()),
        None,
        "RGPD",
        (),
        (
            Block("Un questionnaire de sécurité annuel nous suffira.", None, BlockKind.LINE),
            Block("⚠️ Rappel : les 36 heures courent dès la découverte.", None, BlockKind.LINE),
        ),
    )
    assert [s.text for s in sentences(clause)] == [
        "Un questionnaire de sécurité annuel nous suffira.",
        "⚠️ Rappel : les 36 heures courent dès la découverte.",
    ]


def test_records_of_key_value_lines_are_cited_by_their_id() -> None:
    """ "Control ID:  VSA-07" then "Title:", "Level:", "Requirement:" lines: each record is
    cited by its ID."""
    lines = [
        "4. PRIVACY CONTROLS",
        "Control ID:  VSA-01",
        "Title:       Data Residency",
        "Requirement: All Bank Data shall reside in the United States.",
        "Control ID:  VSA-02",
        "Title:       Incident Notification",
        "Requirement: Vendor shall notify the Bank of any Security Incident within 24 hours.",
    ]
    piece = Piece(
        "vsa.txt",
        "",
        PieceKind.OTHER,
        "txt",
        None,
        tuple(Block(t, None, BlockKind.LINE) for t in lines),
    )
    clauses = segment(piece)
    assert [c.number for c in clauses if c.number and c.number.startswith("VSA")] == [
        "VSA-01",
        "VSA-02",
    ]


def test_a_citation_closing_its_bracket_on_a_wrapped_line_is_no_annex() -> None:
    """« (12 CFR Part 30, » then « Appendix B). » on the next line."""
    assert parse_heading("Appendix B).") is None
    heading = parse_heading("Appendix B – Insurance")
    assert heading is not None and heading.number == "Appendix B"


def test_a_contents_entry_numbered_as_a_later_title_is_dropped_whatever_its_words() -> None:
    """ "Contents of this Part", then « Annex A Summary of Key Requirements », a title printed
    further on as « ANNEX A – SUMMARY »."""
    from tenderguard.segment import drop_toc

    texts = [
        "Contents of this Part",
        "23. Insurance",
        "Annex A Summary of Key Requirements",
        "23. INSURANCE",
        "23.1 The Contractor shall effect and maintain the insurances listed.",
        "ANNEX A – SUMMARY",
    ]
    kept = drop_toc([Block(text, 1, BlockKind.LINE) for text in texts])
    assert [b.text for b in kept] == texts[3:]


def test_points_of_a_lettered_point_in_small_romans_go_on_to_the_next_letter() -> None:
    """« 23.2(b)(i) third party … » and « 23.2(b)(ii) employees' compensation …; and » then
    « 23.2(c) cyber liability insurance … »: each a point, lower-case opening and all."""
    lines = [
        "23. INSURANCE",
        "23.1 The Contractor shall effect and maintain the insurances listed in Clause 23.2.",
        "23.2 The insurances referred to in Clause 23.1 are:",
        "23.2(a) professional indemnity insurance of not less than HK$10,000,000 per claim;",
        "23.2(b) in respect of persons and property:",
        "23.2(b)(i) third party (public) liability insurance for not less than HK$20,000,000 for",
        "any one occurrence;",
        "23.2(b)(ii) employees' compensation insurance for all employees; and",
        "23.2(c) cyber liability insurance with a limit of not less than HK$5,000,000.",
        "23.3 Business interruption insurance is not required.",
    ]
    piece = Piece(
        "conditions.pdf",
        "",
        PieceKind.OTHER,
        "pdf",
        1,
        tuple(Block(t, 1, BlockKind.LINE) for t in lines),
    )
    numbers = [c.number for c in segment(piece)]
    assert numbers[-4:] == ["23.2(b)(i)", "23.2(b)(ii)", "23.2(c)", "23.3"]


def test_lettered_points_of_an_article_and_special_conditions_are_cited_as_printed() -> None:
    """« 9.a Le Fournisseur souscrit… » under « Art. 9 – Assurances », and « SI.5 Assurance
    professionnelle. Le Prestataire… » in the special conditions at the end."""
    lettered = parse_heading("9.a Le Fournisseur souscrit auprès d'un assureur une assurance")
    assert lettered is not None and lettered.number == "9.a"
    special = parse_heading("SI.5 Assurance professionnelle. Le Prestataire justifie d'une RC")
    assert special is not None and (special.number, special.title) == (
        "SI.5",
        "Assurance professionnelle",
    )


def test_rows_coded_after_their_category_are_no_grid_of_label_value_pairs() -> None:
    """« Data Protection | SL-07 | Data location | State Data … shall be stored… » (the category
    cell merged down the table): one requirement per row, not two fields."""
    rows = [
        "Category | Ref. | Metric | Service Level / Obligation",
        "Availability | SL-01 | Production availability | Available 99.95% each month.",
        "Data Protection | SL-07 | Data location | State Data shall be stored in the US.",
        "Data Protection | SL-08 | Hosting platform | Hosted on Microsoft Azure only.",
    ]
    piece = Piece(
        "exhibit.docx",
        "",
        PieceKind.OTHER,
        "docx",
        None,
        tuple(Block(r, None, BlockKind.TABLE_ROW) for r in rows),
    )
    (clause,) = segment(piece)
    assert [b.text for b in clause.blocks] == rows


def test_the_articles_an_amendment_completes_are_cited_by_their_number() -> None:
    """« L'article 10 est complété par un alinéa ainsi rédigé : » then the new alinéa, « À
    l'article 9.2, les mots … sont remplacés… »: each cited by the article amended; « Article 4
    – Protection des données » and « Article 9 : Réversibilité » stay titles."""
    lines = [
        ("Article 4 – Protection des données", BlockKind.HEADING),
        (
            "À l'article 9.2, les mots « 48 heures » sont remplacés par les mots « 24 heures ».",
            BlockKind.LIST_ITEM,
        ),
        ("L'article 10 est complété par un alinéa ainsi rédigé :", BlockKind.LIST_ITEM),
        ("« Le Client peut faire auditer le Prestataire une fois par an. »", BlockKind.PARAGRAPH),
        ("Article 5 : Stipulations maintenues", BlockKind.HEADING),
        ("article 9.1 : le Prestataire agit en qualité de sous-traitant ;", BlockKind.LIST_ITEM),
    ]
    piece = Piece(
        "avenant.docx",
        "",
        PieceKind.OTHER,
        "docx",
        None,
        tuple(Block(t, None, k) for t, k in lines),
    )
    assert [c.number for c in segment(piece)] == ["4", "9.2", "10", "5", "9.1"]


def test_a_marker_setting_a_line_apart_does_not_hide_its_number() -> None:
    """« >>> 3.1 Le prestataire traitera les données… »: the point 3.1, marked as binding."""
    heading = parse_heading(">>> 3.1 Le prestataire traitera les données de nos adhérents.")
    assert heading is not None and heading.number == "3.1"


def test_the_sub_articles_of_a_ccap_are_cited_by_their_number() -> None:
    """« Sous-article 9.3 – Attestations » in an accord-cadre's CCAP."""
    sub = parse_heading("Sous-article 9.3 – Attestations d'assurance")
    assert sub is not None and (sub.number, sub.title) == ("9.3", "Attestations d'assurance")


def test_a_requirement_numbered_within_its_schedule_opens_on_its_code() -> None:
    """« S2.14 Certificates of currency … must be attached to the quote »: the row's code."""
    from tenderguard.sentences import opening_code

    assert opening_code("S2.14 Certificates of currency must be attached to the quote.") == "S2.14"


def test_a_note_numbered_by_its_points_alone_cites_them_by_their_degree() -> None:
    """A mayor's note to its contractor whose points are « 1° », « 2° » and nothing above them:
    each point is the clause its demands cite."""
    piece = _piece(
        [
            "Objet : exécution du marché de maintenance du portail famille",
            "1° Attestations. Vous nous transmettrez votre attestation d'assurance sous 15 jours.",
            "2° Hébergement. Les données sont hébergées en France.",
            "Elles ne quittent pas le territoire national.",
            "3° Disponibilité. Le portail est disponible 99 % du temps.",
        ]
    )
    cited = [c.number for c in segment(piece)]
    assert cited == [None, "1°", "2°", "3°"]


def test_a_letter_lettering_the_items_of_its_sections_cites_them_by_number_and_letter() -> None:
    """« 2.B Technology Errors & Omissions … » under « 2. REQUIRED COVERAGES »: item 2.B; and a
    line wrapped so that « Section 2.A (forms CG 20 10 …) » opens it is no section 2."""
    clauses = _clauses(
        [
            "2. REQUIRED COVERAGES",
            "2.A Commercial General Liability, covering bodily injury and property damage.",
            "Minimum limits: $1,000,000 each occurrence",
            "2.B Technology Errors & Omissions / Professional Liability.",
            "3. ENDORSEMENTS",
            "3.A Additional insured. Harborline must be named under the policy required by",
            "Section 2.A (forms CG 20 10 and CG 20 37 or equivalent), on a primary basis.",
            "3.B Waiver of subrogation. The policies must include a waiver of subrogation.",
        ]
    )
    assert [c.number for c in clauses] == ["2", "2.A", "2.B", "3", "3.A", "3.B"]


def test_the_options_of_an_acte_d_engagement_are_cited_by_their_number_ticked_or_not() -> None:
    """« 4.1 ☒ Option 1 – Hébergement … » and « 4.2 ☐ Option 2 – … »: points 4.1 and 4.2, the
    box kept in their text (an empty box says the option is not taken)."""
    heading = parse_heading("4.2 ☐ Option 2 – Hébergement certifié HDS pour le module social.")
    assert heading is not None
    assert (heading.number, heading.title, heading.body) == (
        "4.2",
        None,
        "☐ Option 2 – Hébergement certifié HDS pour le module social.",
    )


def test_a_plain_text_titles_its_parts_however_it_numbers_them() -> None:
    """A project lead's .txt underlines every title with « ==== »: « 4) Sécurité et RGPD »
    and « 7bis. Réversibilité » are parts as « 3 - Hébergement » is."""
    lines = [
        "3 - Hébergement",
        "Les données restent en France.",
        "4) Sécurité et RGPD",
        "Donc :",
        "- le prestataire signe une annexe de sous-traitance ;",
        "5. Assurances",
        "RC Pro obligatoire.",
        "7bis. Réversibilité",
        "- export complet à la fin du contrat.",
    ]
    underlined = {"3 - Hébergement", "4) Sécurité et RGPD", "5. Assurances", "7bis. Réversibilité"}
    blocks = tuple(Block(line, None, BlockKind.LINE, bold=line in underlined) for line in lines)
    clauses = segment(Piece("cdc.txt", "", PieceKind.OTHER, "txt", None, blocks))
    assert [(c.number, c.heading) for c in clauses] == [
        ("3", "Hébergement"),
        ("4", "Sécurité et RGPD"),
        ("5", "Assurances"),
        ("7bis", "Réversibilité"),
    ]


def test_the_roman_items_of_each_paragraph_count_from_i_again() -> None:
    """« 12 1 » lists items (i) to (iv); paragraph « 3. » lists its own « (i) », « (ii) »,
    cited « 12 3(i) » as the agreement cites itself « Article 12(3)(i) »."""
    clauses = _clauses(
        [
            "Article 12 Insurance",
            "1. The Contractor shall maintain the following insurance:",
            "(i) IT professional liability insurance of not less than JPY 300,000,000;",
            "(ii) cyber insurance of not less than JPY 100,000,000;",
            "2. The Contractor shall submit a copy of the certificate of insurance.",
            "3. With respect to other parties:",
            "(i) the Contractor shall cause each Re-entrustee to maintain insurance;",
            "(ii) the Company is not obliged to insure the Contractor's equipment.",
        ]
    )
    assert [c.number for c in clauses][-3:] == ["12 3", "12 3(i)", "12 3(ii)"]


def test_a_title_in_capitals_may_end_on_a_preposition() -> None:
    """« 8. INFORMATION WE ASK FOR » is a title, not a sentence cut at its end."""
    heading = parse_heading("8. INFORMATION WE ASK FOR")
    assert heading is not None
    assert (heading.number, heading.title) == ("8", "INFORMATION WE ASK FOR")


def test_the_frames_of_coded_requirements_are_cited_by_their_code() -> None:
    """A drafting tool's export: « EXG-HEB-02 Impératif Localisation des données » then the
    requirement's text, frame after frame."""
    clauses = _clauses(
        [
            "2. Hébergement",
            "EXG-HEB-01 Impératif Certification HDS",
            "L'hébergeur détient un certificat HDS pour les six activités.",
            "EXG-HEB-02 Impératif Localisation des données",
            "Les données sont situées exclusivement sur le territoire français.",
        ],
        BlockKind.PARAGRAPH,
    )
    assert [(c.number, c.heading) for c in clauses] == [
        ("2", "Hébergement"),
        ("EXG-HEB-01", "Impératif Certification HDS"),
        ("EXG-HEB-02", "Impératif Localisation des données"),
    ]


def test_a_plan_typed_by_hand_after_its_contents_is_cited_by_its_path() -> None:
    """« I – », « A/ », « 1° » typed by hand, the contents listing I and II first: the point is
    « II.A.1 » as the text itself cites it (« l'attestation demandée au V A 3° »)."""
    clauses = _clauses(
        [
            "SOMMAIRE",
            "I – PRÉSENTATION",
            "II – EXIGENCES TECHNIQUES",
            "I – PRÉSENTATION",
            "L'association accompagne 1 200 adhérents.",
            "II – EXIGENCES TECHNIQUES",
            "A/ HÉBERGEMENT",
            "1° Le site est hébergé en France.",
            "2° Seuls OVHcloud ou Scaleway sont acceptés.",
            "B/ DISPONIBILITÉ",
            "1° Le prestataire garantit une disponibilité de 99,5 %.",
        ],
        BlockKind.PARAGRAPH,
    )
    assert [c.number for c in clauses if c.number] == [
        "I", "II", "II.A", "II.A.1", "II.A.2", "II.B", "II.B.1",
    ]  # fmt: skip


def test_the_lines_recalling_a_piece_s_articles_are_cited_by_piece_and_article() -> None:
    """Minutes recalling the file's demands « CCAP art. 8.1 - Responsabilité civile … »."""
    clauses = _clauses(
        [
            "3. RAPPEL DES EXIGENCES DU DCE",
            "CCAP art. 8.1 - Responsabilité civile professionnelle d'un montant minimal de",
            "2 000 000 € par sinistre.",
            "CCTP art. 4.3 - Disponibilité mensuelle de l'application d'au moins 99,7 %.",
        ]
    )
    assert [c.number for c in clauses] == ["3", "CCAP 8.1", "CCTP 4.3"]


def test_a_code_set_above_a_card_s_title_names_the_card() -> None:
    """A web page's cards: « ENG-04  Inclus » (code and badge) above the styled title."""
    blocks = []
    for code, title, text in [
        ("ENG-01", "Hébergement 100 % en France", "Vos données restent en France."),
        ("ENG-02", "Un accord de traitement conforme à l'article 28 du RGPD", "Nous agissons…"),
    ]:
        blocks += [
            Block(f"{code} Inclus", None, BlockKind.PARAGRAPH),
            Block(title, None, BlockKind.HEADING, level=3),
            Block(text, None, BlockKind.PARAGRAPH),
        ]
    clauses = segment(Piece("page.html", "", PieceKind.OTHER, "html", None, tuple(blocks)))
    assert [(c.number, c.heading, [b.text for b in c.blocks]) for c in clauses] == [
        ("ENG-01", "Hébergement 100 % en France", ["Vos données restent en France."]),
        ("ENG-02", "Un accord de traitement conforme à l'article 28 du RGPD", ["Nous agissons…"]),
    ]


def test_a_figure_spaced_in_thousands_is_not_a_numbered_title() -> None:
    assert parse_heading("1 200 clients publics et privés") is None
    assert parse_heading("3 Assurances") is not None


def test_points_of_an_inserted_article_numbered_after_a_hyphen() -> None:
    clauses = _clauses(
        [
            "Article 11 bis – Assurance des cotraitants",
            "11 bis-1 – Chaque cotraitant justifie d'une assurance de responsabilité civile.",
            "11 bis-2 – Le titulaire transmet les attestations avant tout commencement.",
        ]
    )
    assert [c.number for c in clauses] == ["11 bis", "11 bis-1", "11 bis-2"]


def test_a_coded_point_alone_on_its_line_opens_its_paragraph() -> None:
    """« SCC 1.1 » over a special condition, « A-1. » over a paragraph of a rider."""
    clauses = _clauses(
        [
            "2. SPECIAL CONDITIONS OF CONTRACT",
            "SCC 1.1",
            "The system and all municipal data must be hosted in data centres",
            "within the borders of the Republic.",
            "RIDER A – DATA SECURITY",
            "A-1.",
            "Business Associate shall store PHI only in the United States.",
        ]
    )
    assert [(c.number, c.blocks[0].text[:12]) for c in clauses if c.blocks] == [
        ("SCC 1.1", "The system a"),
        ("A-1", "Business Ass"),
    ]


def test_markdown_footnotes_are_read_at_their_call() -> None:
    """« … without undue delay.[^6] » and, at the foot, « [^6]: And in any case within 36
    hours. »: the note's text is read where it is called, not as a paragraph of the last part."""
    from tenderguard.parsing.text import read_markdown

    text = (
        "## 6. Security Incidents\n\n"
        "6.1 Aurelis will notify the Customer of a breach without undue delay.[^6] The notice "
        "describes the breach.\n\n"
        "## 7. Audits\n\n7.1 The Customer may audit once a year.\n\n"
        "[^6]: And in any case within thirty-six (36) hours.\n"
        "    Aurelis aims to send a first notice within 12 hours.\n"
    )
    blocks, _ = read_markdown(text)
    texts = [b.text for b in blocks]
    assert (
        "6.1 Aurelis will notify the Customer of a breach without undue delay. (And in any case "
        "within thirty-six (36) hours. Aurelis aims to send a first notice within 12 hours) The "
        "notice describes the breach."
    ) in texts
    assert not any("[^6]" in t for t in texts)


def test_a_schedule_of_entries_led_by_dots_to_their_values() -> None:
    """A US insurance exhibit typed as text: « A. MINIMUM COVERAGES AND LIMITS » over entries
    « A.4  Technology Errors & Omissions / Professional » / « Liability ...... $2,000,000 per
    claim », the column titles underlined above them: each entry a clause whose text is its
    label and value, under its lettered part."""
    from tenderguard.parsing.text import read_text

    text = (
        "A. MINIMUM COVERAGES AND LIMITS\n\n"
        "   TYPE OF INSURANCE                                  LIMITS\n"
        "   -----------------                                  ------\n"
        "A.1  Commercial General Liability (ISO CG 00 01\n"
        "     occurrence form) ............................... $1,000,000 each occurrence\n\n"
        "A.3  Workers' Compensation .......................... Statutory\n\n"
        "A.4  Technology Errors & Omissions / Professional\n"
        "     Liability ...................................... $2,000,000 per claim\n\n"
        "B. ENDORSEMENTS\n\n"
        "B.1  The City shall be named as additional insured.\n\n"
        "C. CERTIFICATES OF INSURANCE\n\n"
        "C.1  Contractor shall deliver certificates of insurance before work begins.\n"
    )
    blocks, _ = read_text(text)
    piece = Piece("exhibit.txt", "", PieceKind.OTHER, "txt", None, tuple(blocks))
    clauses = {c.number: c for c in segment(piece)}
    assert list(clauses) == ["A", "A.1", "A.3", "A.4", "B", "B.1", "C", "C.1"]
    assert clauses["A"].heading == "MINIMUM COVERAGES AND LIMITS"
    four = " ".join(b.text for b in clauses["A.4"].blocks)
    assert four.startswith("Technology Errors & Omissions / Professional Liability ....")
    assert clauses["A.3"].blocks[0].text.startswith("Workers' Compensation ....")


def test_a_section_titled_in_brackets_runs_into_its_text() -> None:
    """ "Section 6.3 (Liquidated damages): we ask that…", a vendor's comment on a section."""
    heading = parse_heading("Section 6.3 (Liquidated damages): we ask that the $500/day be cut")
    assert heading is not None
    assert (heading.number, heading.title, heading.body) == (
        "6.3",
        "Liquidated damages",
        "we ask that the $500/day be cut",
    )


def test_an_addendum_s_sections_set_anew_or_restated_in_quotation_marks() -> None:
    """« Amendment 1 – Section 5.3 (Insurance) » then the new text quoted; « “7.1
    Availability. The hosted System shall… ” » restated unchanged: each cited by its section."""
    clauses = _clauses(
        [
            "PART A – AMENDMENTS TO THE RFP",
            "Amendment 1 – Section 5.3 (Insurance)",
            "Section 5.3 is deleted in its entirety and replaced with the following:",
            "“5.3 Insurance. The Contractor shall procure Commercial General Liability insurance.”",
            "PART B – SECTIONS RESTATED WITHOUT CHANGE",
            "“7.1 Availability. The hosted System shall be available 99.95% of scheduled hours.”",
            "“8.5 Liquidated Damages. The Contractor shall pay $750 per calendar day.”",
        ]
    )
    numbers = [c.number for c in clauses]
    assert "5.3" in numbers and "7.1" in numbers and "8.5" in numbers
    seven = next(c for c in clauses if c.number == "7.1")
    assert seven.heading == "Availability"


def test_a_styled_title_opening_on_a_requirement_code_is_cited_by_it() -> None:
    """« ### EX-12 Journalisation » in a specification kept on a Git forge: the code, then the
    requirement's name, no dash between them."""
    blocks = (
        Block("EX-12 Journalisation", None, BlockKind.HEADING, level=3),
        Block("Le Titulaire journalise tous les accès aux données.", None, BlockKind.PARAGRAPH),
        Block("EX-13 Violations de données", None, BlockKind.HEADING, level=3),
        Block("Toute violation est signalée sous 24 heures.", None, BlockKind.PARAGRAPH),
    )
    clauses = segment(Piece("cct.md", "", PieceKind.OTHER, "md", None, blocks))
    assert [(c.number, c.heading) for c in clauses] == [
        ("EX-12", "Journalisation"),
        ("EX-13", "Violations de données"),
    ]


def test_a_title_in_capitals_after_points_that_are_sentences_opens_a_part() -> None:
    """ "12) The supplier's liability … is limited …" then « INSURANCE » and its lines: the
    lines are under the title, not in point 12."""
    piece = _piece(
        [
            "11) Liquidated damages of $200 per business day apply if the site is late.",
            "12) The supplier's liability under the contract is limited to the contract price.",
            "INSURANCE",
            "The successful supplier must hold public liability insurance of $20 million.",
        ]
    )
    clauses = segment(piece)
    assert [(c.number, c.heading) for c in clauses] == [
        ("11", None),
        ("12", None),
        (None, "INSURANCE"),
    ]
    assert "public liability" in clauses[-1].blocks[-1].text


def test_a_letter_in_roman_parts_keeps_them_above_the_articles_pasted_below() -> None:
    """A letter's points « I. », « II. », « III. » then an extract of clauses « Art. 1 »,
    « Art. 4 »: both numberings are the document's."""
    piece = _piece(
        [
            "I. Objet et volume",
            "Le contrat porte sur une durée de trois ans.",
            "II. Assurances",
            "Le titulaire devra être couvert en responsabilité civile professionnelle.",
            "III. Données et hébergement",
            "Les données resteront localisées dans l'Union européenne.",
            "Art. 1 - Définitions",
            "« Violation de données » : une violation de la sécurité.",
            "Art. 4 - Responsabilité et assurances",
            "La responsabilité du titulaire est plafonnée à deux fois le montant annuel.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["I", "II", "III", "1", "4"]


def test_the_points_of_lettered_parts_numbered_afresh_are_cited_with_their_letter() -> None:
    """An insurance exhibit: « A. COMMERCIAL GENERAL LIABILITY » then « 1. », « 2. »,
    « B. TECHNOLOGY ERRORS AND OMISSIONS » then « 1. » again: « A.2 » and « B.1 »."""
    piece = _piece(
        [
            "A. COMMERCIAL GENERAL LIABILITY",
            "1. Limits of not less than $1,000,000 each occurrence.",
            "2. The State shall be named as additional insured.",
            "B. TECHNOLOGY ERRORS AND OMISSIONS",
            "1. Limits of not less than $2,000,000 per claim.",
            "C. CYBER LIABILITY",
            "1. Limits of not less than $5,000,000 per claim.",
            "2. Coverage shall respond to breaches of State Data.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["A", "A.1", "A.2", "B", "B.1", "C", "C.1", "C.2"]


def test_a_requirement_quoted_by_its_number_opens_a_clause() -> None:
    piece = _piece(["Requirement 3.1", "The Supplier shall host all data within the UK."])
    assert [c.number for c in segment(piece)] == ["3.1"]


def test_a_page_built_of_tables_reads_each_nested_row_once() -> None:
    """An older site lays its page out in a table of one cell holding tables of « label |
    text » rows: each row read once, with its cells apart, and a line break a space."""
    from tenderguard.parsing.html import read_html

    page = (
        "<html><body><table width='900'><tr><td>"
        "<table><tr><td><b>ANIN</b><br>Association nationale</td><td>CAHIER DES CHARGES</td></tr>"
        "</table><table>"
        "<tr><th>Localisation</th><td><p>Données et sauvegardes : en France uniquement.</p>"
        "</td></tr><tr><th>Violations</th>"
        "<td><p>Le prestataire informe l'association sous 48 h.</p></td></tr>"
        "</table></td></tr></table></body></html>"
    )
    assert [b.text for b in read_html(page)] == [
        "ANIN Association nationale | CAHIER DES CHARGES",
        "Localisation | Données et sauvegardes : en France uniquement.",
        "Violations | Le prestataire informe l'association sous 48 h.",
    ]


def test_points_lettered_in_order_and_run_into_a_label_are_cited_by_their_letter() -> None:
    piece = _piece(
        [
            "SERVICE LEVELS AND PENALTIES",
            "A. Availability: the dashboard must be available 99.9% of the time each month.",
            "B. Service credits: 2% of the monthly charge for each 0.5% below target.",
            "C. Late go-live: EUR 500 per working day of delay beyond the go-live date.",
        ]
    )
    assert [c.number for c in segment(piece)][-3:] == ["A", "B", "C"]


def test_a_special_term_of_a_call_off_order_form_opens_its_text() -> None:
    heading = parse_heading(
        "Special Term 2 - The Supplier shall not appoint any Subprocessor without consent."
    )
    assert heading is not None
    assert (heading.number, heading.title) == ("Special term 2", None)
    assert heading.body == "The Supplier shall not appoint any Subprocessor without consent"


def test_a_letters_paragraphs_numbered_by_word_are_its_points() -> None:
    """A letter whose paragraphs Word numbers « 1. », « 2. » (the number is not in the text),
    with no heading of its own: each paragraph is a point of the letter."""
    blocks = [
        Block("Madame, Monsieur,", None, BlockKind.PARAGRAPH),
        Block(
            "Notre site actuel est hébergé sur un serveur mutualisé.",
            None,
            BlockKind.LIST_ITEM,
            number="1.",
        ),
        Block(
            "Le site et sa base clients seront hébergés en France.",
            None,
            BlockKind.LIST_ITEM,
            number="2.",
        ),
        Block(
            "Vous ne ferez appel à aucun sous-traitant ultérieur.",
            None,
            BlockKind.LIST_ITEM,
            number="3.",
        ),
    ]
    piece = Piece("lettre.docx", "0" * 64, PieceKind.OTHER, "docx", None, tuple(blocks))
    assert [c.number for c in segment(piece)] == [None, "1", "2", "3"]


def test_an_abbreviated_clause_of_a_contract_is_its_paragraph() -> None:
    """« cl 14.3 The Supplier must give… » in an Australian contract: clause 14.3, its text on
    the line of its number; « cl 1.1 Definitions. In this Contract… » a run-in title."""
    given = parse_heading("cl 14.3 The Supplier must give the Department certificates within 10")
    assert given is not None and (given.number, given.title) == ("14.3", None)
    assert given.body is not None and given.body.startswith("The Supplier must give")
    defined = parse_heading("cl 1.1 Definitions. In this Contract, Eligible Data Breach has")
    assert defined is not None and (defined.number, defined.title) == ("1.1", "Definitions")
    assert parse_heading("CLI 3 tools are provided") is None


def test_a_requirement_code_with_its_standing_before_its_title_is_a_heading() -> None:
    """« SOR-08 (Desirable) – Enhanced availability »: requirement SOR-08, its standing kept
    with its title."""
    heading = parse_heading("SOR-08 (Desirable) – Enhanced availability")
    assert heading is not None and heading.number == "SOR-08"
    assert heading.title == "Enhanced availability (Desirable)"


def test_a_sub_criterion_after_its_criterion_cites_its_row() -> None:
    """« Conformité administrative | 2.1 Assurance RC professionnelle | Éliminatoire | … »: the
    row of a scoring grid is cited by the sub-criterion's number after the criterion's cell;
    a level after a label (« Availability | 99.5 % per month ») is no number of a row, nor is
    a register's entry without its year (« CR-2021 »)."""
    assert row_reference("Conformité administrative | 2.1 Assurance RC pro | Éliminatoire |") == (
        "2.1"
    )
    assert row_reference("Availability | 99.5 % per calendar month | § 3 (1)") is None
    assert row_reference("CR-2021-004 | Larchmere Cloud Services Ltd | PI £5m") == "CR-2021-004"


def test_a_point_of_minutes_named_by_a_code_is_cited_by_it() -> None:
    """« Point N1 – Assurance RC professionnelle » in negotiation minutes: point « N1 »."""
    heading = parse_heading("Point N1 – Assurance RC professionnelle")
    assert heading is not None and (heading.number, heading.title) == (
        "N1",
        "Assurance RC professionnelle",
    )


def test_a_special_term_running_a_long_sentence_from_its_number_is_its_text() -> None:
    """« Special Term 1. The Supplier shall provide copies of its insurance certificates … »
    of a G-Cloud order form, too long a sentence for a title: the term's text."""
    heading = parse_heading(
        "Special Term 1. The Supplier shall provide copies of its insurance certificates for the "
        "covers listed under «Insurance» within 10 Working Days of the Start date and, after "
        "that, within 10 Working Days of each policy renewal."
    )
    assert heading is not None and (heading.number, heading.title) == ("Special term 1", None)
    assert heading.body is not None and heading.body.startswith("The Supplier shall provide")


def test_a_clause_a_memo_quotes_after_its_label_stays_in_the_memo_s_point() -> None:
    piece = _piece(
        [
            "2.1 Insurance",
            "Clause 14.1: “The Supplier shall maintain professional indemnity insurance of not",
            "less than £5,000,000 for each and every claim.”",
            "2.2 Service levels",
            "Schedule 3, paragraph 2: “The Supplier shall ensure the Services are Available at",
            "least 99.95% of the time in each calendar month.”",
            "2.3 Exit",
        ]
    )
    assert [c.number for c in segment(piece)] == ["2.1", "2.2", "2.3"]


def test_the_questions_of_an_exported_questionnaire_are_cited_by_their_number() -> None:
    lines = []
    for n, asked in enumerate(["Legal name?", "Do you hold PI insurance?", "Hosted in Canada?"]):
        lines += [f"Question {n + 1}", asked, "Expected answer: Yes", "Mandatory: Yes"]
    assert [c.number for c in segment(_piece(lines))] == ["1", "2", "3"]
    # answered by the buyer below each, a question is the answer's title
    answered = [*lines[:2], "RÉPONSE 1", "Oui.", *lines[4:6], "RÉPONSE 2", "Non."]
    assert "1" not in [c.number for c in segment(_piece(answered)) if c.heading == "Question 1"]


def test_the_letters_of_a_degree_point_ending_on_a_colon_are_its_points() -> None:
    piece = _piece(
        [
            "Art. 5 - Exigences communes",
            "1° Localisation : les données sont hébergées dans l'Union européenne.",
            "2° Données personnelles :",
            "a) le titulaire conclut un accord de sous-traitance ;",
            "b) toute violation est notifiée sous 48 heures.",
            "3° Niveau de service : la disponibilité atteint 99,7 %.",
        ]
    )
    assert [c.number for c in segment(piece)] == ["5", "5 1°", "5 2°", "5 2° a", "5 2° b", "5 3°"]


def test_a_slide_s_notes_are_read_under_the_slide_s_title() -> None:
    piece = _piece(
        [
            Block("Hébergement et sécurité", 1, bold=True),
            "• Hébergement en France",
            Block("Notes", 1, bold=True),
            "Préciser : le certificat ISO 27001 de l'hébergeur est joint à l'offre.",
            Block("Données personnelles", 2, bold=True),
            "• Violation notifiée sous 24 h",
            Block("Notes", 2, bold=True),
            "Les journaux d'accès sont conservés six mois.",
        ]
    )
    assert [c.heading for c in segment(piece)] == [
        "Hébergement et sécurité",
        "Données personnelles",
    ]


def test_a_page_s_number_over_the_count_of_pages_goes_wherever_it_stands() -> None:
    blocks = []
    for page, (slide, notes) in enumerate(
        [("Objet", "Accueillir les candidats."), ("Hébergement", "Préciser la localisation.")],
        start=1,
    ):
        blocks += [
            Block(slide, page),
            *(Block(f"• Point {'ab'[page - 1]}{n}", page) for n in range(4)),
            Block(f"{page} / 2", page),
            Block("Notes", page),
            Block(notes, page),
            *(Block(f"{notes} ({n})", page) for n in range(4)),
            Block("Office de tourisme – présentation", page),
        ]
    kept = [b.text for b in drop_running_lines(blocks)]
    assert not any("/ 2" in text for text in kept)
    assert "Préciser la localisation." in kept


def test_a_footnote_wrapped_over_two_lines_is_read_whole_where_it_is_called() -> None:
    piece = _piece(
        [
            "5.1 Le titulaire justifie d'une assurance de responsabilité civile professionnelle⁶.",
            Block("⁶ Montants minimaux : 1 500 000 € par sinistre et 3", 1, size=8.0),
            Block("000 000 € par année d'assurance.", 1, size=8.0),
        ]
    )
    (clause,) = segment(piece)
    assert "1 500 000 € par sinistre et 3 000 000 € par année" in " ".join(
        b.text for b in clause.blocks
    )
    assert len(clause.blocks) == 1


def test_a_contract_laid_out_as_a_table_of_its_articles_is_read_as_articles() -> None:
    def row(text: str) -> Block:
        return Block(text, None, BlockKind.TABLE_ROW)

    piece = _piece(
        [
            row("3 | HOSTING"),
            row("3.1 | Provider will host the Sites on AWS in the United States."),
            row("3.2 | If Monthly Availability falls below 99.95%, a credit applies."),
            row("Service credits are the County's exclusive remedy for availability shortfalls."),
            row("4 | INSURANCE"),
            row("4.1 | Provider shall maintain professional liability insurance."),
            row("4.2 | Cyber liability, including notification costs: $5,000,000 aggregate."),
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses] == ["3", "3.1", "3.2", "4", "4.1", "4.2"]
    assert [c.heading for c in clauses if c.heading] == ["HOSTING", "INSURANCE"]
    assert "exclusive remedy" in clauses[2].blocks[-1].text


def test_the_answer_no_ends_its_sentence_and_no_5_does_not() -> None:
    (clause,) = segment(
        _piece(
            [
                Block(
                    "5 | May data be hosted outside South Africa? | No. All personal information "
                    "must be hosted in South Africa.",
                    1,
                    BlockKind.TABLE_ROW,
                ),
                "See No. 5 above for the hosting rule.",
            ]
        )
    )
    assert [s.text for s in sentences(clause)][-2:] == [
        "All personal information must be hosted in South Africa.",
        "See No. 5 above for the hosting rule.",
    ]


def test_the_notes_under_a_price_table_are_cited_by_their_number() -> None:
    """(and only under a table: a product sheet's small print « Note 5 – … » stays its text)"""
    piece = _piece(
        [
            Block("P-01 | Hosting, per month | 1 | 4,500", 1, BlockKind.TABLE_ROW),
            "Notes to the price table",
            "Note 1. All rates are in New Zealand dollars and exclude GST.",
            "Note 2. Hosting is in Microsoft Azure regions located in Australia.",
            "Note 3. The Supplier's liability is limited to two times the Charges.",
        ]
    )
    assert [c.number for c in segment(piece)][-3:] == ["Note 1", "Note 2", "Note 3"]


def test_a_buyer_s_opening_position_gives_way_to_the_commitment_agreed() -> None:
    header = Block("Item | Topic | Buyer position | Supplier commitment", 1, BlockKind.TABLE_ROW)
    row = Block(
        "9 | Availability | 99.9% per month. | Agreed at 99.8% per month.", 1, BlockKind.TABLE_ROW
    )
    (clause,) = segment(_piece(["Agreed positions", header, row]))
    assert not any("99.9" in s.labelled for s in sentences(clause))
    assert any("99.8" in s.labelled for s in sentences(clause))


def test_a_word_list_s_level_under_a_numbered_heading_is_its_point() -> None:
    def item(number: str, text: str) -> Block:
        return Block(text, None, BlockKind.LIST_ITEM, number=number)

    piece = _piece(
        [
            Block("Hébergement", None, BlockKind.HEADING, level=1, number="Article 3 –"),
            Block("Localisation", None, BlockKind.HEADING, level=2, number="3.1"),
            item("3.1.a", "Les données sont hébergées dans l'Union européenne."),
            item("3.1.b", "Le titulaire recourt à OVHcloud ou Scaleway."),
            Block("Toute substitution est soumise à l'accord écrit préalable.", None),
        ]
    )
    clauses = segment(piece)
    assert [c.number for c in clauses][-2:] == ["3.1.a", "3.1.b"]
    assert "substitution" in clauses[-1].blocks[-1].text


def test_the_comments_of_a_ticket_exported_as_text_are_cited_by_number_or_time() -> None:
    assert parse_heading("--- Commentaire 3 | 13/01/2026 10:05 | Claire Vautrin | Public ---") == (
        Heading("3", None, None, True)
    )
    heading = parse_heading("--- 10-Feb-2026 09:42 IST | Priya Raman (Contract Manager) ---")
    assert heading is not None and heading.number == "10-Feb-2026 09:42 IST"
    assert parse_heading("-" * 80) is None


def test_alineas_numbered_in_print_are_cited_by_their_number() -> None:
    """« Alinéa 2 – Il justifie de cette assurance… » under « Article 7 – Assurances »: the
    alinéas a CCAP labels itself are clauses "7 al. 1", "7 al. 2"; an article printing a
    single alinéa is cited with it too."""
    assert _cited(
        "Article 3 – Durée",
        "Alinéa 1 – Le marché est conclu pour trois ans.",
        "Article 7 – Assurances",
        "Alinéa 1 – Le titulaire est assuré en responsabilité civile professionnelle.",
        "Alinéa 2 – Il justifie de cette assurance dans les quinze jours.",
        "La même attestation est remise chaque année.",
    ) == ["3", "3 al. 1", "7", "7 al. 1", "7 al. 2"]


def test_a_us_solicitations_lettered_sections_number_their_paragraphs() -> None:
    """« L.4.2 Professional liability insurance. » in Section L of a US federal solicitation:
    the section's letter leads the number, as C, F and H did."""
    assert _cited(
        "SECTION L – INSTRUCTIONS TO OFFERORS",
        "L.4 Volume I – Technical",
        "L.4.2 Professional liability insurance. The Offeror shall carry insurance.",
        "L.4.3 Evidence of insurance. The Offeror shall include a certificate.",
        "SECTION M – EVALUATION FACTORS FOR AWARD",
        "M.3.1 Security credentials. Offerors holding ISO/IEC 27001 rate higher.",
    ) == ["Section L", "L.4", "L.4.2", "L.4.3", "Section M", "M.3.1"]


def test_the_parts_of_a_schedule_numbered_afresh_are_cited_with_it() -> None:
    """Part A and Part B of « Schedule 7 » both start at « 1.1 »: each paragraph is cited with
    its schedule and part ("Schedule 7 Part B 1.1"), the number alone naming two of them."""
    cited = _cited(
        "1. Definitions",
        "1.1 In this contract the Buyer is the council.",
        "Schedule 7 – Data Protection and Hosting",
        "Part A – Data Protection",
        "1.1 The Supplier shall act as Processor for the Buyer.",
        "1.2 The Supplier shall notify the Buyer within 24 hours.",
        "Part B – Hosting",
        "1.1 The Supplier shall host the websites only in London.",
        "1.2 The Supplier shall make the websites available 99.95% of the time.",
    )
    assert cited[-6:] == [
        "Schedule 7 Part A",
        "Schedule 7 Part A 1.1",
        "Schedule 7 Part A 1.2",
        "Schedule 7 Part B",
        "Schedule 7 Part B 1.1",
        "Schedule 7 Part B 1.2",
    ]


def test_label_lines_wrapping_under_bold_titles_are_the_titled_sections_text() -> None:
    """A one-page summary of framed boxes titled in bold (« Assurances », « Hébergement »…)
    whose lines read « RC professionnelle : 3 M€ par année d'assurance » then « minimum,
    dommages immatériels inclus. »: the labels open sentences of the box, not fields of a
    form; the box's title names the clause."""

    def bold(text: str) -> Block:
        return Block(text, 1, bold=True)

    lines: list[str | Block] = [
        bold("Identification"),
        "Objet : hébergement de l'application des aides sociales.",
        bold("Assurances"),
        "RC professionnelle : 3 M€ par année d'assurance",
        "minimum, dommages immatériels inclus.",
        "RC exploitation : 1,5 million d'euros par sinistre",
        "minimum.",
        bold("Données personnelles"),
        "Violation de données : notification au Département",
        "sans délai et au plus tard 36 h après sa découverte.",
        "Audit : le Département peut auditer le titulaire une fois",
        "par an, sur préavis de 15 jours.",
        bold("Hébergement"),
        "Disponibilité : 99,95 % par mois.",
    ]
    headings = [c.heading for c in segment(_piece(lines)) if c.heading]
    assert headings == ["Identification", "Assurances", "Données personnelles", "Hébergement"]


def test_a_correction_notice_is_cited_by_the_articles_it_corrects() -> None:
    """« Article 9.1 du CCAP - Assurance … » then « Au lieu de : « … » » and « Lire : « … » »: the
    article corrected is the clause, its text in force what « Lire » opens; the replaced text
    is gone."""
    clauses = segment(
        _piece(
            [
                "AVIS RECTIFICATIF N° 1",
                "I. CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES (CCAP)",
                "Article 9.1 du CCAP - Assurance de responsabilité civile professionnelle",
                "Au lieu de : « Le titulaire justifie d'une assurance de 1 000 000 € par",
                "sinistre. »",
                "Lire : « Le titulaire justifie d'une assurance de 1 500 000 € par sinistre. »",
                "Article 12.2 du CCAP - Limitation de responsabilité : article inchangé.",
                "II. CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)",
                "Article 3.5 du CCTP - Disponibilité",
                "Au lieu de : « 99,5 % »",
                "Lire : « 99,9 % »",
            ]
        )
    )
    texts = {c.number: " ".join(b.text for b in c.blocks) for c in clauses}
    assert (
        texts["9.1"]
        == "Lire : « Le titulaire justifie d'une assurance de 1 500 000 € par sinistre. »"
    )
    assert texts["3.5"] == "Lire : « 99,9 % »"
    assert "12.2" in texts
    assert not any("1 000 000" in t for t in texts.values())


def test_a_letters_ordinal_points_are_cited_by_their_degree() -> None:
    """« 3°) Assurances »: the third point of a French letter, titled, cited "3°"."""
    assert _cited(
        "Madame, Monsieur,",
        "1°) Objet de la consultation",
        "La prestation comprend la refonte du site.",
        "2°) Contenu de l'offre",
        "Chaque candidat remettra un devis.",
        "3°) Assurances",
        "Le titulaire devra être couvert par une assurance de responsabilité civile.",
    ) == ["1°", "2°", "3°"]


def test_the_questions_of_a_qualification_questionnaire_are_cited_by_their_code() -> None:
    """« Q1.2 (Pass/Fail) » over « Tenderers must confirm that … ISO/IEC 27001 … »: the
    question, cited "Q1.2", its mark no title, the next question a clause of its own."""
    clauses = segment(
        _piece(
            [
                "3. Qualification Questionnaire",
                "Q1.2 (Pass/Fail)",
                "Tenderers must confirm that the hosting is certified to ISO/IEC 27001.",
                "Response: ______________________",
                "Q1.3 (Scored, 10 marks)",
                "Describe how your solution meets the availability of 99.8% per month.",
            ]
        )
    )
    texts = {c.number: " ".join(b.text for b in c.blocks) for c in clauses}
    assert texts["Q1.2"].startswith("Tenderers must confirm")
    assert texts["Q1.3"].startswith("Describe how")


def test_a_clause_set_in_capitals_goes_on_over_its_lines() -> None:
    """« 7.1 EXCEPT FOR EXCLUDED CLAIMS, EACH PARTY'S TOTAL CUMULATIVE LIABILITY » over
    « ARISING OUT OF … SHALL NOT EXCEED TWO TIMES (2X) THE FEES … »: the conspicuous sentence of
    a US contract, not a title over its text."""
    clauses = segment(
        _piece(
            [
                "7. LIMITATION OF LIABILITY",
                "7.1 EXCEPT FOR EXCLUDED CLAIMS, EACH PARTY'S TOTAL CUMULATIVE LIABILITY",
                "ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED TWO TIMES (2X) THE FEES PAID.",
                "7.2 Customer shall pay the fees within thirty days.",
            ]
        )
    )
    (clause,) = [c for c in clauses if c.number == "7.1"]
    assert clause.heading is None
    assert " ".join(b.text for b in clause.blocks).startswith("EXCEPT FOR EXCLUDED CLAIMS")


def test_requirement_codes_inside_a_paragraph_open_their_sentences_clauses() -> None:
    """« … registered users. REQ-HOST-001 The contractor shall host all » then the line it
    wraps to: the bold code opens its sentence, cited "REQ-HOST-001", its text no title."""
    clauses = segment(
        _piece(
            [
                "2.1 Hosting",
                "The portal has 40 000 users. REQ-HOST-001 The contractor shall host all",
                "data within the European Union. REQ-HOST-002 The hosting service shall reach",
                "a monthly availability of at least 99.9 %.",
                "REQ-HOST-003 The data centres must hold a valid ISO/IEC 27001 certification.",
            ]
        )
    )
    texts = {c.number: " ".join(b.text for b in c.blocks) for c in clauses}
    assert texts["REQ-HOST-001"] == "The contractor shall host all data within the European Union."
    assert texts["REQ-HOST-002"].startswith("The hosting service shall reach")
    assert texts["REQ-HOST-003"].startswith("The data centres must hold")
    assert all(c.heading is None for c in clauses if (c.number or "").startswith("REQ"))


def test_provisions_lettered_afresh_under_capital_titles_are_cited_with_their_title() -> None:
    """« INSURANCE » / « A. The Contractor shall maintain … » / « 1. Commercial general
    liability … », then « DATA SECURITY » lettering from A again: "INSURANCE A.1",
    "DATA SECURITY B", the letter alone naming two paragraphs."""
    assert _cited(
        "INSURANCE",
        "A. The Contractor shall maintain the following insurance:",
        "1. Commercial general liability insurance of not less than $1,000,000.",
        "2. Professional liability insurance of not less than $2,000,000.",
        "B. The Contractor shall furnish certificates of insurance.",
        "DATA SECURITY",
        "A. State Data shall be stored only within the continental United States.",
        "B. The Contractor shall notify the State of any Security Breach within 24 hours.",
    ) == [
        "INSURANCE A",
        "INSURANCE A.1",
        "INSURANCE A.2",
        "INSURANCE B",
        "DATA SECURITY A",
        "DATA SECURITY B",
    ]


def test_a_requirement_code_beside_its_bold_title_numbers_the_requirement() -> None:
    """« DSP-14 Insurance » set in bold, a schedule's requirement code in its left column and
    its title in the right: cited "DSP-14", titled "Insurance"."""
    clauses = segment(
        _piece(
            [
                Block("DSP-13 Exit and deletion", 1, bold=True),
                "On termination the Supplier shall return all Trust data.",
                Block("DSP-14 Insurance", 1, bold=True),
                "The Supplier shall maintain professional indemnity insurance of GBP 2,000,000.",
                Block("DSP-15 Evidence of insurance", 1, bold=True),
                "The Supplier shall provide the Trust with broker's letters each year.",
                Block("DSP-16 Liability", 1, bold=True),
                "The Supplier's liability is capped at the charges paid.",
            ]
        )
    )
    assert [(c.number, c.heading) for c in clauses if c.number] == [
        ("DSP-13", "Exit and deletion"),
        ("DSP-14", "Insurance"),
        ("DSP-15", "Evidence of insurance"),
        ("DSP-16", "Liability"),
    ]


def test_a_title_set_larger_in_bold_after_numbered_points_ends_the_last_point() -> None:
    """A letter's numbered conditions, then « Key Commercial Terms » in bold and larger than its
    text: the paragraph under the title is the title's, not the last condition's; a bold title
    right under a number stays that number's."""
    text = Block("Each condition below must be met before signing:", 1, size=10)
    lines = [
        Block("LETTER OF INTENT", 1, bold=True, size=14),
        text,
        Block("1. The Supplier shall deliver a certificate of insurance.", 1, size=10),
        Block("2. The Supplier shall hold cyber insurance of USD 3,000,000.", 1, size=10),
        Block("Key Commercial Terms", 1, bold=True, size=12),
        Block("Liability will be capped at the fees paid in twelve months.", 1, size=10),
        Block("3. Hosting", 1, bold=True, size=12),
        Block("Data Location", 1, bold=True, size=12),
        Block("Customer data stays in the United States.", 1, size=10),
    ]
    clauses = segment(_piece(lines))
    by_text = {b.text: (c.number, c.heading) for c in clauses for b in c.blocks}
    assert by_text["Liability will be capped at the fees paid in twelve months."] == (
        None,
        "Key Commercial Terms",
    )
    assert by_text["The Supplier shall hold cyber insurance of USD 3,000,000."][0] == "2"
    assert by_text["Customer data stays in the United States."][0] == "3"


def test_a_styled_title_numbered_by_a_letter_and_a_figure_is_cited_by_its_code() -> None:
    """A response form's sections « B1 – Assurances », « B2 – Données » set in a title style,
    and a model's « R.2 – Qualité des parties »: each cited by its code."""
    lines = [
        Block("B1 – Assurances", None, BlockKind.HEADING),
        Block("Le titulaire est assuré en responsabilité civile professionnelle.", None),
        Block("B2 – Protection des données", None, BlockKind.HEADING),
        Block("Toute violation est notifiée sous 24 heures.", None),
        Block("R.2 – Qualité des parties", None, BlockKind.HEADING),
        Block("Le titulaire agit en qualité de sous-traitant.", None),
    ]
    clauses = segment(_piece(lines))
    assert [(c.number, c.heading) for c in clauses if c.blocks] == [
        ("B1", "Assurances"),
        ("B2", "Protection des données"),
        ("R.2", "Qualité des parties"),
    ]


def test_a_long_line_opening_on_an_article_after_its_number_is_the_clauses_text() -> None:
    """« 6.2 The Controller authorises the following hosting providers: Amazon Web Services
    EMEA » is the first line of the paragraph's sentence, not its title."""
    heading = parse_heading(
        "6.2 The Controller authorises the following hosting providers: Amazon Web Services EMEA"
    )
    assert heading is not None and heading.number == "6.2" and heading.title is None
    assert heading.body is not None and heading.body.startswith("The Controller authorises")
    titled = parse_heading("6.3 The Hosting Environment")
    assert titled is not None and titled.title == "The Hosting Environment"


def test_the_paragraphs_of_a_lettered_section_are_cited_by_its_letter_and_number() -> None:
    """« SECTION C – SPECIAL CONDITIONS » then « C2. Professional indemnity. The service
    provider shall… »: each paragraph is « C2 », its run-in title kept."""
    lines = [
        "SECTION C - SPECIAL CONDITIONS",
        "C1. Definitions. In this RFQ, Operator has the meaning given in the Act.",
        "C2. Professional indemnity. The service provider shall hold professional indemnity",
        "insurance of not less than R 5 000 000 per claim.",
        "SECTION D - RETURNABLE SCHEDULES",
        "C3. is not a point of section D.",
    ]
    clauses = segment(_piece(lines))
    cited = [(c.number, c.heading) for c in clauses if c.blocks]
    assert ("C2", "Professional indemnity") in cited
    second = next(c for c in clauses if c.number == "C2")
    assert second.blocks[-1].text == "insurance of not less than R 5 000 000 per claim."
    assert not any(c.number == "C3" for c in clauses)


def test_a_fixed_width_item_sets_its_title_apart_by_spaces() -> None:
    """« ITEM 011   TRANSITION AND DATA RETURN » printed by an old procurement system: item
    « ITEM 011 », its title in capitals; not a code and a sentence on one space."""
    heading = parse_heading("ITEM 011   TRANSITION AND DATA RETURN")
    assert heading is not None
    assert (heading.number, heading.title) == ("ITEM 011", "TRANSITION AND DATA RETURN")
    assert parse_heading("SBD 4   Declaration of interest") is None


def test_a_forms_lettered_part_cites_its_ticked_options_by_code() -> None:
    """« D - Nature des prestations » then « ☒ D1. Le sous-traitant agit… » and « ☐ D3. … »:
    each option is « D1 », « D3 »; the unticked one keeps its box before its text."""
    lines = [
        "A - Identification de l'acheteur",
        "Département de la Haute-Vienne-Sud.",
        "B - Objet du marché",
        "Infogérance de la plateforme de téléservices.",
        "C - Identification du sous-traitant",
        "Hexaroc Datacenters SARL.",
        "D - Nature et prix des prestations sous-traitées",
        "Si oui, cochez les engagements applicables :",
        "☒ D1. Le sous-traitant agit en qualité de sous-traitant ultérieur.",
        "☐ D3. L'hébergement est assuré par un hébergeur certifié HDS.",
    ]
    clauses = {c.number: c for c in segment(_piece(lines))}
    first = clauses["D1"].blocks[0].text
    assert first == "Le sous-traitant agit en qualité de sous-traitant ultérieur."
    assert clauses["D3"].blocks[0].text.startswith("☐ L'hébergement")


def test_an_extract_numbers_its_points_from_where_it_starts() -> None:
    """« Section 3 – Special Conditions of Contract (extract) » then « 3.6 », « 3.7 » … « 3.9 »:
    the extract starts past the first points; each is cited by its number."""
    lines = [
        "Section 2 – Instructions to Bidders",
        "2.14 Insurance",
        "2.14.1 The Bidder shall maintain professional indemnity insurance.",
        "2.14.2 The Bidder shall maintain public liability insurance.",
        "2.15 Data Protection",
        "2.15.1 All data shall be stored in India.",
        "Section 3 – Special Conditions of Contract (extract)",
        "3.6 Limitation of Liability. The aggregate liability shall not exceed the price.",
        "3.7 Liquidated Damages. A penalty of 0.5% of the milestone applies per week.",
        "3.8 Service Credits. A credit of 2% of the monthly fee applies.",
        "3.9 Service Levels. The portal uptime shall be 99.5% each month.",
    ]
    numbers = [c.number for c in segment(_piece(lines)) if c.blocks]
    assert numbers[-4:] == ["3.6", "3.7", "3.8", "3.9"]


def test_minutes_in_time_stamped_paragraphs_cite_each_by_its_time() -> None:
    """« 10h20 – Assurances. L'Office rappelle… »: each paragraph of the minutes is cited by its
    time, its run-in title kept; a single time range elsewhere (« 9h00 – 17h00 ») is no title."""
    lines = [
        "Compte rendu – Réunion de lancement",
        "10h00 – Hébergement. Les données sont hébergées dans l'Union européenne.",
        "10h20 – Assurances. L'agence justifie d'une RC professionnelle de 300 000 €.",
        "10h40 – Données personnelles. L'agence notifie toute violation sous 48 heures.",
        "Permanence téléphonique : 9h00 – 17h00.",
    ]
    cited = {c.number: c.heading for c in segment(_piece(lines))}
    assert cited["10h20"] == "Assurances"
    assert "10h40" in cited and "9h00" not in cited
