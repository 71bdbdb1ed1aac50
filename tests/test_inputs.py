"""Reading files, folders and archives into pieces; bad input becomes a named error."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import docx.document
import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from conftest import make_docx, make_pdf
from tenderguard.api import check
from tenderguard.inputs import load_inputs
from tenderguard.models import BlockKind, Money, PieceKind
from tenderguard.parsing.pdf_tables import worth_reading
from tenderguard.pieces import classify
from tenderguard.segment import segment


def test_pdf_lines_keep_page_and_box_and_lose_running_lines(write) -> None:
    words = [
        "objet",
        "prix",
        "délais",
        "assurances",
        "données",
        "pénalités",
        "résiliation",
        "litiges",
        "annexes",
    ]
    pages = [[f"Article {words[3 * p + n]}" for n in range(3)] for p in range(3)]
    path = write(
        "ccap.pdf", make_pdf(pages, header="Commune de Test - Marché 2026-01", footer="CCAP")
    )
    loaded = load_inputs([path])
    assert loaded.errors == []
    piece = loaded.pieces[0]
    assert piece.pages == 3 and piece.kind is PieceKind.CCAP
    texts = [b.text for b in piece.blocks]
    assert texts == [f"Article {w}" for w in words]
    assert [b.page for b in piece.blocks] == [1, 1, 1, 2, 2, 2, 3, 3, 3]
    box = piece.blocks[0].bbox
    assert box is not None and 0 < box.x0 < box.x1 and 0 < box.top < box.bottom < 842


def test_docx_paragraphs_and_tables_in_document_order(write) -> None:
    def build(d) -> None:
        d.add_heading("Article 9 - Assurances", level=1)
        d.add_paragraph("Avant le tableau.")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Garantie", "Montant"
        table.cell(1, 0).text, table.cell(1, 1).text = "RC Pro", "2 000 000 €"
        d.add_paragraph("Après le tableau.")
        d.add_paragraph("Un point de liste", style="List Bullet")

    loaded = load_inputs([write("contrat.docx", make_docx(build))])
    blocks = loaded.pieces[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Article 9 - Assurances"),
        (BlockKind.PARAGRAPH, "Avant le tableau."),
        (BlockKind.TABLE_ROW, "Garantie | Montant"),
        (BlockKind.TABLE_ROW, "RC Pro | 2 000 000 €"),
        (BlockKind.PARAGRAPH, "Après le tableau."),
        (BlockKind.LIST_ITEM, "Un point de liste"),
    ]
    assert all(b.page is None for b in blocks)


def test_docx_a_table_nested_in_a_cell_is_read_row_by_row(write) -> None:
    """« Hébergement | Exigences du domaine : » holding a table « Réf. | Exigence | Niveau »:
    the inner rows follow the outer row, each a row of its own (one level down), not run into
    its cell."""

    def build(d) -> None:
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Domaine", "Exigences"
        table.cell(1, 0).text = "Hébergement"
        cell = table.cell(1, 1)
        cell.text = "Exigences du domaine :"
        inner = cell.add_table(rows=2, cols=3)
        for column, text in enumerate(("Réf.", "Exigence", "Niveau")):
            inner.cell(0, column).text = text
        for column, text in enumerate(("HEB-01", "Les données sont hébergées en France.", "O")):
            inner.cell(1, column).text = text

    blocks = load_inputs([write("cctp.docx", make_docx(build))]).pieces[0].blocks
    assert [(b.text, b.level) for b in blocks if b.kind is BlockKind.TABLE_ROW] == [
        ("Domaine | Exigences", None),
        ("Hébergement | Exigences du domaine :", None),
        ("Réf. | Exigence | Niveau", 1),
        ("HEB-01 | Les données sont hébergées en France. | O", 1),
    ]


def test_docx_word_numbering_is_computed() -> None:
    """samples/contrat_infogerance_esn.docx numbers its headings with Word's own lists."""
    sample = Path(__file__).parent.parent / "samples" / "contrat_infogerance_esn.docx"
    headings = [b for b in load_inputs([sample]).pieces[0].blocks if b.kind is BlockKind.HEADING]
    assert [(b.number, b.text) for b in headings[:5]] == [
        ("1.", "Objet"),
        ("2.", "Définitions"),
        ("3.", "Hébergement"),
        ("3.1.", "Hébergeur et localisation"),
        ("3.2.", "Données de santé"),
    ]


def test_markdown_page_markers_tables_and_lists(write) -> None:
    text = (
        "# Titre\n\n## Page 1\n\nARTICLE 1 OBJET\nLe marché porte sur...\n\n"
        "## Page 2\n\n| Garantie | Montant |\n|---|---|\n| RC | 1 M€ |\n\n- un point\n"
    )
    blocks = load_inputs([write("ccap.md", text)]).pieces[0].blocks
    assert [(b.kind.value, b.text, b.page) for b in blocks] == [
        ("heading", "Titre", None),
        ("line", "ARTICLE 1 OBJET", 1),
        ("line", "Le marché porte sur...", 1),
        ("table_row", "Garantie | Montant", 2),
        ("table_row", "RC | 1 M€", 2),
        ("list_item", "- un point", 2),
    ]


ASCIIDOC = """= Annexe technique
Syndicat mixte <dsi@exemple.fr>
:toc: left
:lang: fr

[[glossaire]]
== 2. Glossaire

Disponibilité:: part du temps où la plateforme est accessible.

[[localisation]]
=== 3.1 Localisation

Les données sont hébergées
exclusivement en France (voir <<glossaire>>).

[IMPORTANT]
====
Le service ne doit être soumis à aucune *législation extra-européenne*.
====

// note de rédaction : à relire
[cols="2,1,1",options="header"]
|===
|Service |Disponibilité |GTR

|Portail usagers
|99,9 %
|4 h
|===

* un point de liste
"""


def test_asciidoc_titles_paragraphs_and_tables_are_read_without_markup(write) -> None:
    blocks = load_inputs([write("annexe.txt", ASCIIDOC)]).pieces[0].blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("heading", "Annexe technique"),
        ("paragraph", "Syndicat mixte <dsi@exemple.fr>"),
        ("heading", "2. Glossaire"),
        ("paragraph", "Disponibilité : part du temps où la plateforme est accessible."),
        ("heading", "3.1 Localisation"),
        ("paragraph", "Les données sont hébergées exclusivement en France (voir glossaire)."),
        ("paragraph", "Le service ne doit être soumis à aucune législation extra-européenne."),
        ("table_row", "Service | Disponibilité | GTR"),
        ("table_row", "Portail usagers | 99,9 % | 4 h"),
        ("list_item", "un point de liste"),
    ]


WEBVTT_TRANSCRIPT = """WEBVTT
Kind: captions

NOTE
Transcription automatique, à relire.

17
00:12:31.000 --> 00:12:35.480
<v Sophie Delcourt>Pour les violations, euh, vous nous prévenez sous 48 heures.</v>

00:12:40.000 --> 00:12:44.000 align:start
<v Thomas Régnier>D'accord, c'est noté.</v>
"""


def test_a_webvtt_transcript_is_read_cue_by_cue_without_timecodes_or_speakers(write) -> None:
    """Each cue is a clause cited by its number, else by its start time; the header, the NOTE
    block, the timecodes and the speaker tags are not text, whatever the file's suffix."""
    piece = load_inputs([write("reunion.txt", WEBVTT_TRANSCRIPT)]).pieces[0]
    clauses = segment(piece)
    assert [(c.number, [b.text for b in c.blocks]) for c in clauses] == [
        ("17", ["Pour les violations, euh, vous nous prévenez sous 48 heures."]),
        ("00:12:40", ["D'accord, c'est noté."]),
    ]


def test_a_broken_webvtt_file_is_read_as_plain_text_and_said_so(write) -> None:
    loaded = load_inputs([write("reunion.vtt", "WEBVTT\n\n1\nno timecode here\n")])
    assert [b.text for b in loaded.pieces[0].blocks] == ["WEBVTT", "1", "no timecode here"]
    assert any("not well-formed WebVTT" in w for w in loaded.warnings)


def test_a_title_drawn_letter_by_letter_is_read_as_words(write) -> None:
    """A CCAP whose titles are letter-spaced: the text layer has a space between every two
    letters; the words are where the gaps are wider."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    x = 20.0
    for letter in "ARTICLE 2 - PIECES CONSTITUTIVES":  # each letter placed on its own
        if letter != " ":
            pdf.text(x, 30, letter)
        x += pdf.get_string_width(letter) + 1.2
    pdf.set_xy(20, 36)
    pdf.cell(0, 6, "Le marché est constitué des pièces suivantes.", new_x="LMARGIN")
    blocks = load_inputs([write("ccap.pdf", bytes(pdf.output()))]).pieces[0].blocks
    assert [b.text for b in blocks] == [
        "ARTICLE 2 - PIECES CONSTITUTIVES",
        "Le marché est constitué des pièces suivantes.",
    ]


JIRA_EXPORT = """Export des demandes du projet CONF
==============================================================================
CONF-101 — RC professionnelle du titulaire
------------------------------------------------------------------------------
Type : Exigence
Description :
Le titulaire justifie d'une assurance de responsabilité civile professionnelle.
==============================================================================
CONF-102 — Attestation d'assurance
------------------------------------------------------------------------------
Type : Exigence
Description :
L'attestation est remise avant la notification.
"""


def test_a_line_underlined_in_a_text_file_is_a_title(write) -> None:
    """An issue tracker's export underlines each ticket's key and summary: the ticket is a
    clause cited by its key, not the field labels ("Description :") under it."""
    piece = load_inputs([write("export.txt", JIRA_EXPORT)]).pieces[0]
    assert [c.number for c in segment(piece) if c.number] == ["CONF-101", "CONF-102"]


def test_text_with_form_feeds_has_pages(write) -> None:
    piece = load_inputs([write("avis.txt", "page un\n\fpage deux\n")]).pieces[0]
    assert piece.pages == 2 and [b.page for b in piece.blocks] == [1, 2]


def test_non_utf8_text_is_read_with_a_warning(write) -> None:
    loaded = load_inputs([write("avis.txt", "Assurance exigée : 2 000 000 €".encode("cp1252"))])
    assert loaded.pieces[0].blocks[0].text == "Assurance exigée : 2 000 000 €"
    assert any("Windows-1252" in w for w in loaded.warnings)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_is_one_tender_ordered_rc_ccap_cctp(write) -> None:
    archive = _zip(
        {
            "DCE/cctp.txt": b"Cahier des clauses techniques",
            "DCE/RC.txt": b"Reglement de la consultation",
            "DCE/ccap.txt": b"Clauses administratives",
            "DCE/bpu.xlsx": b"ignored",
            "__MACOSX/._rc.txt": b"junk",
        }
    )
    loaded = load_inputs([write("dce.zip", archive)])
    assert [p.path.rsplit("!/", 1)[1] for p in loaded.pieces] == [
        "DCE/RC.txt",
        "DCE/ccap.txt",
        "DCE/cctp.txt",
    ]
    assert [p.kind.value for p in loaded.pieces] == ["RC", "CCAP", "CCTP"]
    assert loaded.errors == []


def test_zip_entries_leaving_the_archive_are_ignored(write) -> None:
    archive = _zip({"../../etc/evil.txt": b"x", "/abs/evil.txt": b"y", "ok.txt": b"contenu"})
    loaded = load_inputs([write("dce.zip", archive)])
    assert [p.path.rsplit("!/", 1)[1] for p in loaded.pieces] == ["ok.txt"]
    assert sum("leaves the archive" in w for w in loaded.warnings) == 2


def test_zip_bomb_is_refused(write) -> None:
    archive = _zip({"bomb.txt": b"0" * (300 * 1024 * 1024)})
    loaded = load_inputs([write("dce.zip", archive)])
    assert loaded.pieces == []
    assert len(loaded.errors) == 1 and "zip bomb" in loaded.errors[0].reason


def test_archive_nested_too_deeply_is_an_error(write) -> None:
    inner = _zip({"a.txt": b"texte"})
    nested = _zip({"level2.zip": _zip({"level3.zip": inner})})
    loaded = load_inputs([write("dce.zip", nested)])
    assert any("nested too deeply" in e.reason for e in loaded.errors)


def test_folder_is_one_tender(write, tmp_path: Path) -> None:
    write("dce/RC.txt", "Règlement")
    write("dce/sub/CCAP.txt", "Clauses")
    write("dce/.hidden.txt", "caché")
    loaded = load_inputs([tmp_path / "dce"])
    assert sorted(Path(p.path).name for p in loaded.pieces) == ["CCAP.txt", "RC.txt"]


def _encrypted_pdf() -> bytes:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 5, "Assurance RC Pro")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("vide.pdf", b"", "empty"),
        ("tronque.pdf", make_pdf([["Texte"]])[:300], "not a readable PDF"),
        ("faux.pdf", b"hello, not a pdf", "no %PDF header"),
        ("faux.docx", b"plain text", "not a DOCX"),
        ("zip.docx", _zip({"a.txt": b"x"}), "not a DOCX"),
        ("image.png", b"\x89PNG....", "not a readable image"),
        ("plan.dwg", b"AC1027 drawing", "unsupported format .dwg"),
        ("ancien.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "legacy Word"),
        ("protege.pdf", _encrypted_pdf(), "encrypted"),
    ],
)
def test_bad_files_are_named_errors(write, name: str, content: bytes, reason: str) -> None:
    loaded = load_inputs([write(name, content)])
    assert loaded.pieces == []
    assert len(loaded.errors) == 1
    assert loaded.errors[0].path.endswith(name)
    assert reason in loaded.errors[0].reason


def test_encrypted_pdf_opens_with_its_password(write) -> None:
    loaded = load_inputs([write("protege.pdf", _encrypted_pdf())], password="secret")
    assert loaded.errors == [] and loaded.pieces[0].blocks[0].text == "Assurance RC Pro"


def test_missing_file_does_not_stop_the_others(write, tmp_path: Path) -> None:
    good = write("rc.txt", "Règlement")
    loaded = load_inputs([tmp_path / "absent.pdf", good])
    assert [e.reason for e in loaded.errors] == ["no such file or folder"]
    assert len(loaded.pieces) == 1


@pytest.mark.parametrize(
    ("name", "first_line", "kind"),
    [
        ("CCAP_2026.pdf", "", PieceKind.CCAP),
        ("02_cctp.docx", "", PieceKind.CCTP),
        ("RC.pdf", "", PieceKind.RC),
        ("reglement_de_consultation.pdf", "", PieceKind.RC),
        ("AE_lot1.docx", "", PieceKind.AE),
        ("acte_d_engagement.pdf", "", PieceKind.AE),
        ("contrat_maintenance.pdf", "", PieceKind.CONTRACT),
        ("DPA-signed.docx", "", PieceKind.CONTRACT),
        ("annexe_1_bpu.xlsx", "", PieceKind.ANNEX),
        ("piece3.pdf", "CAHIER DES CLAUSES ADMINISTRATIVES PARTICULIÈRES", PieceKind.CCAP),
        ("piece4.pdf", "Règlement de la consultation", PieceKind.RC),
        ("doc.pdf", "Master Services Agreement", PieceKind.CONTRACT),
        ("doc.pdf", "Bordereau", PieceKind.OTHER),
        ("source.pdf", "", PieceKind.OTHER),
    ],
)
def test_piece_classification(name: str, first_line: str, kind: PieceKind) -> None:
    from tenderguard.models import Block

    assert classify(name, [Block(first_line, 1)] if first_line else []) is kind


def _table_pdf(boxed_header: bool) -> bytes:
    """Page 1 holds a ruled table of covers with cells on several lines; pages 2 and 3 text."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    bodies = {2: "Les prix sont fermes et non révisables.", 3: "Le CCAG-TIC s'applique."}
    for page in (1, 2, 3):
        pdf.add_page()
        pdf.set_font("helvetica", size=9)
        if boxed_header:  # a running header drawn in a ruled box, as many buyers do
            with pdf.table(col_widths=(120, 40), width=160) as header:
                row = header.row()
                row.cell("Ville de Test - Marché 2026-07 - assurances")
                row.cell(f"Page {page} / 3 - 100 %")
        if page > 1:
            pdf.multi_cell(160, 5, bodies[page], new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.multi_cell(160, 5, "ARTICLE 9 - ASSURANCES", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(
            160,
            5,
            "Le titulaire justifie des garanties minimales suivantes :",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        with pdf.table(col_widths=(60, 40, 60), width=160) as table:
            for cells in (
                ("Garantie", "Montant minimum", "Base"),
                (
                    "Responsabilité civile professionnelle, tous dommages confondus",
                    "2 000 000 €",
                    "par sinistre et par année d'assurance",
                ),
                ("dont dommages immatériels non consécutifs", "300 000 €", "par sinistre"),
                (
                    "Responsabilité civile exploitation (dommages corporels, matériels et "
                    "immatériels consécutifs)",
                    "5 000 000 €",
                    "par sinistre",
                ),
            ):
                row = table.row()
                for cell in cells:
                    row.cell(cell)
        pdf.multi_cell(
            160, 5, "Les attestations sont remises chaque année.", new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())


def test_ruled_table_cells_written_on_several_lines_stay_in_their_row(write) -> None:
    piece = load_inputs([write("ccap.pdf", _table_pdf(boxed_header=False))]).pieces[0]
    rows = [b.text for b in piece.blocks if b.kind is BlockKind.TABLE_ROW and b.page == 1]
    assert rows == [
        "Garantie | Montant minimum | Base",
        "Responsabilité civile professionnelle, tous dommages confondus | 2 000 000 € | "
        "par sinistre et par année d'assurance",
        "dont dommages immatériels non consécutifs | 300 000 € | par sinistre",
        "Responsabilité civile exploitation (dommages corporels, matériels et immatériels "
        "consécutifs) | 5 000 000 € | par sinistre",
    ]


def test_table_rows_give_each_cover_its_own_amount(write) -> None:
    from tenderguard.api import check

    result = check([write("ccap.pdf", _table_pdf(boxed_header=False))])
    amounts = {
        (
            r.kind,
            r.values.amount.value if r.values.amount else None,
            tuple((s.label, s.amount.value) for s in r.values.sublimits),
        )
        for r in result.requirements
        if r.kind.startswith("insurance.rc")
    }
    assert amounts == {
        ("insurance.rc_pro", 2000000, (("immateriels_non_consecutifs", 300000),)),
        ("insurance.rc_exploitation", 5000000, ()),
    }


def _footnote_pdf(noted: bool) -> bytes:
    """A clause calling a footnote « suffisants¹ », the note at the foot of the page in a
    smaller size, and a running footer beside it; without `noted`, the figure is set in the
    line's size (an article's number, not a call)."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(20, 30)
    pdf.write(
        5, "7.1 Le prestataire justifie d'une assurance responsabilité civile professionnelle"
    )
    pdf.write(5, " pour des montants suffisants")
    pdf.set_font("helvetica", size=6 if noted else 10)
    pdf.set_xy(pdf.get_x(), pdf.get_y() - (1 if noted else 0))
    pdf.write(5, "1")
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(pdf.get_x(), pdf.get_y() + (1 if noted else 0))
    pdf.write(5, ".")
    pdf.set_font("helvetica", size=6)
    pdf.set_xy(20, 270)
    pdf.write(4, "1")
    pdf.set_font("helvetica", size=7.5)
    pdf.set_xy(23, 270)
    pdf.write(4, "Au moins 2 000 000 € par sinistre et par année d'assurance.")
    pdf.set_xy(150, 274)
    pdf.write(4, "Réf. CDC-2026 Page 1 / 1")
    return bytes(pdf.output())


def test_a_footnote_of_a_pdf_is_read_where_it_is_called(write) -> None:
    """The amount a footnote carries is the calling clause's: the note stands in brackets at
    its call, its lines leave the foot of the page, the footer beside it stays out of it."""
    piece = load_inputs([write("cdc.pdf", _footnote_pdf(noted=True))]).pieces[0]
    texts = [b.text for b in piece.blocks]
    assert texts[0].endswith(
        "montants suffisants (Au moins 2 000 000 € par sinistre et par année d'assurance)"
    )
    assert not any(t.startswith("1 Au moins") for t in texts)
    plain = load_inputs([write("cdc2.pdf", _footnote_pdf(noted=False))]).pieces[0]
    assert plain.blocks[0].text.endswith("montants suffisants1.")


def test_the_bullet_squares_of_a_slide_make_no_table(write) -> None:
    """A slide sets two shaded panels side by side, each item after a small square: the
    squares' sides run through the lines of text, so the panels are no table and each line is
    read whole (not « Rbilité iilfill »)."""
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.set_fill_color(235, 240, 245)
    pdf.rect(15, 30, 125, 80, style="F")
    pdf.rect(155, 30, 125, 80, style="F")
    items = (
        (20, 45, "Responsabilité civile professionnelle : 5 M€ par sinistre"),
        (20, 60, "Cyber : 3 M€ minimum par année"),
        (160, 45, "Attestation de l'assureur à la signature"),
        (160, 60, "Sous-traitants du fournisseur assurés"),
    )
    pdf.set_fill_color(20, 50, 90)
    for x, y, text in items:
        pdf.rect(x, y - 1.5, 3, 3, style="F")
        pdf.text(x + 5, y + 1.5, text)
    piece = load_inputs([write("deck.pdf", bytes(pdf.output()))]).pieces[0]
    texts = [b.text for b in piece.blocks]
    assert not any(b.kind is BlockKind.TABLE_ROW for b in piece.blocks)
    assert any("Responsabilité civile professionnelle : 5 M€ par sinistre" in t for t in texts)


def test_running_header_drawn_in_a_box_is_dropped(write) -> None:
    piece = load_inputs([write("ccap.pdf", _table_pdf(boxed_header=True))]).pieces[0]
    assert not any("Ville de Test" in b.text for b in piece.blocks)
    assert sum(b.kind is BlockKind.TABLE_ROW for b in piece.blocks) == 4


def _form_pdf(
    fields: list[tuple[str, str, float]],
    printed: list[tuple[str, float]],
    left: float = 80,
    rules: bytes = b"",
) -> bytes:
    """A one-page PDF: `printed` lines in the page's text (at x 40, or at the x given with
    the line), each field's value only in a text field (value and appearance), at the given
    height from the bottom, from x `left` to the right margin; `rules` drawn on the page."""
    from samples.build import _pdf_string, pdf_from_objects

    content = rules + b"\n".join(
        b"BT /F1 9 Tf %.1f %.1f Td " % (x, y) + _pdf_string(line) + b" Tj ET"
        for line, y, x in ((*p, 40.0) if len(p) == 2 else p for p in printed)
    )
    refs = b" ".join(b"%d 0 R" % (6 + 2 * i) for i in range(len(fields)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /DA (/F1 8 Tf 0 g) "
        b"/DR << /Font << /F1 4 0 R >> >> >> >>" % refs,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> /Annots [%s] >>" % refs,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    for n, (name, value, y) in enumerate(fields):
        appearance = b"/Tx BMC BT /F1 7 Tf 2 4 Td " + _pdf_string(value) + b" Tj ET EMC"
        objects.append(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /Ff 1 /P 3 0 R /T %s /V %s "
            b"/Rect [%.1f %.1f 580 %.1f] /DA (/F1 7 Tf 0 g) /AP << /N %d 0 R >> >>"
            % (_pdf_string(name), _pdf_string(value), left, y - 4, y + 10, 7 + 2 * n)
        )
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 500 14] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Length %d >>\nstream\n"
            % len(appearance)
            + appearance
            + b"\nendstream"
        )
    return pdf_from_objects(objects)


RC_PRO_FIELD = (
    "Le titulaire souscrit une assurance de responsabilite civile professionnelle de "
    "2 000 000 EUR par sinistre."
)


def test_a_pdf_whose_text_is_only_in_form_fields_is_read(write) -> None:
    pdf = write("cadre_reponse.pdf", _form_pdf([("exigence_1", RC_PRO_FIELD, 700)], []))
    loaded = load_inputs([pdf])
    assert loaded.errors == []
    assert [b.text for b in loaded.pieces[0].blocks] == [RC_PRO_FIELD]
    (req,) = check([pdf]).requirements
    assert req.kind == "insurance.rc_pro" and req.values.amount == Money(Decimal(2000000), "EUR")


def test_a_field_is_placed_where_it_is_drawn_with_its_row_label(write) -> None:
    pdf = write(
        "cadre_reponse.pdf",
        _form_pdf(
            [("exigence_1_1", RC_PRO_FIELD, 700)],
            [("1. Assurances", 730), ("1.1", 700), ("Fait a Lyon", 600)],
        ),
    )
    texts = [b.text for b in load_inputs([pdf]).pieces[0].blocks]
    assert texts == ["1. Assurances", f"1.1 {RC_PRO_FIELD}", "Fait a Lyon"]
    (req,) = check([pdf]).requirements
    assert req.sources[0].clause == "1.1"


def test_a_coded_form_row_reads_its_wording_printed_around_the_field(write) -> None:
    """« B.1 » left of a field, the row's wording over two lines (one level with the field's
    top, one under it): one row of its number, its wording and the value."""
    pdf = write(
        "formulaire.pdf",
        _form_pdf(
            [("b1", "2 000 000 EUR", 700)],
            [
                ("Partie B - Assurances", 740),
                ("B.1", 702),
                ("Responsabilite civile professionnelle -", 708, 70),
                ("montant minimum exige par sinistre", 698, 70),
                ("Fait a Lyon", 600),
            ],
            left=300,
        ),
    )
    texts = [b.text for b in load_inputs([pdf]).pieces[0].blocks]
    assert texts == [
        "Partie B - Assurances",
        "B.1 Responsabilite civile professionnelle - montant minimum exige par sinistre | "
        "2 000 000 EUR",
        "Fait a Lyon",
    ]


def test_a_field_drawn_in_a_ruled_table_s_cell_is_that_cell_s_text(write) -> None:
    """A response grid: the buyer's minimum is a read-only field in the third cell of each
    row; the row reads it in its place."""
    grid = (
        b"0.5 w "
        + b" ".join(
            [b"40 %d m 560 %d l S" % (y, y) for y in (720, 700, 680)]
            + [b"%d 680 m %d 720 l S" % (x, x) for x in (40, 100, 300, 560)]
        )
        + b"\n"
    )
    pdf = write(
        "grille.pdf",
        _form_pdf(
            [("a1", "AUD 5,000,000 each claim", 705), ("a2", "Data hosted in Australia", 685)],
            [
                ("Hosting and insurance minimums", 740),
                ("A1", 706, 45),
                ("Professional indemnity", 706, 105),
                ("A2", 686, 45),
                ("Hosting location", 686, 105),
            ],
            left=305,
            rules=grid,
        ),
    )
    rows = [b.text for b in load_inputs([pdf]).pieces[0].blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [
        "A1 | Professional indemnity | AUD 5,000,000 each claim",
        "A2 | Hosting location | Data hosted in Australia",
    ]


def test_a_value_the_page_already_prints_is_not_read_twice(write) -> None:
    pdf = write("aplati.pdf", _form_pdf([("exigence", RC_PRO_FIELD, 700)], [(RC_PRO_FIELD, 700)]))
    assert [b.text for b in load_inputs([pdf]).pieces[0].blocks] == [RC_PRO_FIELD]


def test_pdf_lines_set_in_bold_are_marked(write) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    for style, line in [("B", "Présentation des candidatures"), ("", "Le candidat produit.")]:
        pdf.set_font("helvetica", style, size=11)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    piece = load_inputs([write("rc.pdf", bytes(pdf.output()))]).pieces[0]
    assert [(b.text, b.bold) for b in piece.blocks] == [
        ("Présentation des candidatures", True),
        ("Le candidat produit.", False),
    ]


def _slides_pdf() -> bytes:
    """Slides exported to PDF: on each page a title set large, a small "Partie 0n" label on
    the same line, and bullets in the running size; nothing bold, nothing numbered."""
    pdf = FPDF(format="A4", orientation="L")
    pdf.core_fonts_encoding = "windows-1252"
    slides = [
        ("Hébergement : nos exigences", "Partie 02", "• Hébergement en France, deux sites."),
        ("Disponibilité", "Partie 02", "• Engagement de disponibilité : 99,8 % par mois."),
        ("Assurances", "Partie 05", "• RC professionnelle : 2 M€ par sinistre."),
    ]
    for title, part, bullet in slides:
        pdf.add_page()
        pdf.set_xy(20, 20)
        pdf.set_font("helvetica", size=28)
        pdf.cell(pdf.get_string_width(title) + 4, 14, title)
        pdf.set_font("helvetica", size=12)
        pdf.cell(0, 14, part, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=18)
        pdf.set_x(20)
        pdf.cell(0, 10, bullet, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_line_whose_words_change_size_is_two_texts(write) -> None:
    piece = load_inputs([write("slides.pdf", _slides_pdf())]).pieces[0]
    first_page = [(b.text, b.size) for b in piece.blocks if b.page == 1]
    # The label repeated on every slide is then dropped as a running line.
    assert first_page == [
        ("Hébergement : nos exigences", 28.0),
        ("• Hébergement en France, deux sites.", 18.0),
    ]


def test_lines_set_larger_than_the_text_title_a_pdf_without_numbers(write) -> None:
    result = check([write("slides.pdf", _slides_pdf())])
    cited = {r.kind: r.sources[0].heading for r in result.requirements}
    assert cited["cloud.sla"] == "Disponibilité"
    assert cited["insurance.rc_pro"] == "Assurances"


@pytest.mark.parametrize("codes", [("HEB-01", "HEB-02", "SEC-01"), ("G1", "G2", "G3")])
def test_a_requirements_matrix_without_figures_is_read_row_by_row(write, codes) -> None:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    texts = (
        "Les données sont hébergées exclusivement en France.",
        "Le recours à un hébergeur tiers est soumis à accord.",
        "Les services sont qualifiés SecNumCloud.",
    )
    with pdf.table(col_widths=(25, 115, 30), width=170) as table:
        for cells in (("Réf.", "Exigence", "Niveau"), *zip(codes, texts, ["Oui"] * 3, strict=True)):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    piece = load_inputs([write("cctp.pdf", bytes(pdf.output()))]).pieces[0]
    rows = [b.text for b in piece.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[1] == f"{codes[0]} | Les données sont hébergées exclusivement en France. | Oui"


def test_markdown_badges_are_no_text(write) -> None:
    path = write(
        "securite.md", "# Sécurité\n\n![ISO 27001](#certifications) ![HDS](#hds)\n\nTexte.\n"
    )
    assert [b.text for b in load_inputs([path]).pieces[0].blocks] == ["Sécurité", "Texte."]


def test_a_requirements_matrix_whose_codes_follow_a_domain_cell_is_worth_rebuilding() -> None:
    page = "\n".join(
        f"Contrat SEC-6.{n} Le fournisseur respecte l'exigence {n}." for n in (1, 2, 3)
    )
    assert worth_reading(page)
    assert not worth_reading("Contrat de service\nArticle 6 Le fournisseur respecte l'exigence.")


def test_bold_paragraphs_title_a_docx_without_heading_styles(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_paragraph("Contrat d'hébergement")
        for title, text in (
            ("Disponibilité", "Nous garantissons une disponibilité de 99,9 % par mois."),
            ("Vos données", "Vos données sont hébergées en France."),
            ("Assurance", "Nous sommes assurés en responsabilité civile professionnelle."),
            ("Fin du contrat", "Vos données sont supprimées sous trente jours."),
        ):
            document.add_paragraph().add_run(title).bold = True
            document.add_paragraph(text)

    path = tmp_path / "contrat.docx"
    path.write_bytes(make_docx(build))
    result = check([path])
    headings = {r.kind: r.sources[0].heading for r in result.requirements}
    assert headings["gdpr.data_location"] == "Vos données"
    assert headings["insurance.rc_pro"] == "Assurance"


GRID_MAIL = """Bonjour,

Voici nos exigences :

+------+------------------------------------------+-------------+
| Réf. | Exigence                                 | Obligatoire |
+======+==========================================+=============+
| R1   | Hébergement des données dans l'Union     | Oui         |
|      | européenne uniquement                    |             |
+------+------------------------------------------+-------------+
| R8   | Assurance RC professionnelle d'au moins  | Oui         |
|      | 1 000 000 EUR par sinistre               |             |
+------+------------------------------------------+-------------+
"""


def _table_rows(path: Path) -> list[str]:
    piece = load_inputs([path]).pieces[0]
    return [b.text for b in piece.blocks if b.kind is BlockKind.TABLE_ROW]


def test_a_table_drawn_in_a_text_file_is_read_row_by_row(write) -> None:
    assert _table_rows(write("mail.txt", GRID_MAIL)) == [
        "Réf. | Exigence | Obligatoire",
        "R1 | Hébergement des données dans l'Union européenne uniquement | Oui",
        "R8 | Assurance RC professionnelle d'au moins 1 000 000 EUR par sinistre | Oui",
    ]
    (rc_pro,) = [
        r
        for r in check([write("mail.txt", GRID_MAIL)]).requirements
        if r.kind == "insurance.rc_pro"
    ]
    assert rc_pro.values.amount == Money(Decimal("1000000"), "EUR")


SHELL_GRID = """2.1 Monthly availability per plan:

+------------+------------------------+
| Plan       | Monthly availability   |
+============+========================+
| Community  | -- (best effort)       |
| Business   | 99.9 %                 |
|            | (control plane only)   |
| Sovereign  | 99.95 %                |
+------------+------------------------+
"""


def test_a_grid_ruled_only_under_its_header_has_a_row_per_line(write) -> None:
    """As database shells and text exports draw it: no rule between the rows of the body, a
    line with an empty first cell going on with the row above."""
    assert _table_rows(write("sla.txt", SHELL_GRID)) == [
        "Plan | Monthly availability",
        "Community | -- (best effort)",
        "Business | 99.9 % (control plane only)",
        "Sovereign | 99.95 %",
    ]


PIPE_TABLE = """3. RÉSUMÉ DES EXIGENCES

| Exigence                 | Valeur                          | Pièce          |
|--------------------------|---------------------------------|----------------|
| RC professionnelle       | 1 000 000 € par sinistre        | CCAP art. 11.1 |
| Hébergement des données  | France uniquement               | CCTP art. 4.1  |

4. AVERTISSEMENT
"""


def test_a_table_written_with_pipes_in_a_text_file_is_read_row_by_row(write) -> None:
    assert _table_rows(write("README.txt", PIPE_TABLE)) == [
        "Exigence | Valeur | Pièce",
        "RC professionnelle | 1 000 000 € par sinistre | CCAP art. 11.1",
        "Hébergement des données | France uniquement | CCTP art. 4.1",
    ]


COLUMN_TABLE = """4. Insurance. The selected vendor shall maintain:

   COVERAGE                        EACH OCCURRENCE   NOTES
   ------------------------------  ----------------  --------------------------------
   Commercial General Liability    $1,000,000        Bodily injury & property damage;
                                                     City named additional insured
   Cyber Liability                 $2,000,000        Each claim and in the aggregate

   - A certificate of insurance must be attached to your quote.
"""


def test_a_table_in_fixed_width_columns_is_read_row_by_row(write) -> None:
    """As pasted into an e-mail: a rule of dashes under the header gives each column's
    extent; a line with an empty first cell goes on with the row above."""
    assert _table_rows(write("rfq.txt", COLUMN_TABLE)) == [
        "COVERAGE | EACH OCCURRENCE | NOTES",
        "Commercial General Liability | $1,000,000 | Bodily injury & property damage; City "
        "named additional insured",
        "Cyber Liability | $2,000,000 | Each claim and in the aggregate",
    ]


def test_a_drawing_that_is_no_grid_stays_lines(write) -> None:
    broken = "+------+------+\n| a | b\n+--+\n"
    piece = load_inputs([write("note.txt", broken)]).pieces[0]
    assert [(b.kind, b.text) for b in piece.blocks] == [(BlockKind.LINE, "| a | b")]


def _turned_table_pdf() -> bytes:
    """A table drawn turned a quarter anticlockwise on a portrait page, the page set to turn
    clockwise (/Rotate 90) so that the table reads upright: a landscape table in a CCTP."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    with pdf.rotation(angle=90, x=105, y=148):
        rows = [
            ("Réf.", "Objet", "Valeur"),
            ("T1", "Responsabilité civile professionnelle", "1 200 000 € par sinistre"),
            ("T2", "Disponibilité mensuelle", "99,7 %"),
        ]
        for top, (reference, subject, value) in zip(range(100, 150, 14), rows, strict=False):
            pdf.set_xy(40, top)
            pdf.cell(20, 14, reference, border=1)
            pdf.multi_cell(45, 7, subject, border=1, new_x="RIGHT", new_y="TOP")
            pdf.cell(60, 14, value, border=1)
    document = pdfium.PdfDocument(bytes(pdf.output()))
    document[0].set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_table_on_a_page_turned_for_landscape_reads_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "cctp.pdf"
    path.write_bytes(_turned_table_pdf())
    assert _table_rows(path) == [
        "Réf. | Objet | Valeur",
        "T1 | Responsabilité civile professionnelle | 1 200 000 € par sinistre",
        "T2 | Disponibilité mensuelle | 99,7 %",
    ]


_MKDOCS_PAGE = """# Supplier requirements

## 2. Hosting

=== "AWS"

    !!! warning "Mandatory"
        Use Amazon Web Services in eu-west-3 (Paris) only.

=== "Azure"

    Use Microsoft Azure in France Central only.

!!! warning "Mandatory"
    Our data is stored in the European Union only.

??? note "Our own insurance"
    We hold our own cyber policy.

## 3. Example

```hcl
provider "aws" {
  region = "us-east-1"
}
```
"""


def test_mkdocs_tabs_admonitions_and_code_blocks(write) -> None:
    """Tabs and folded notes title their parts, the text after them is under the section's
    heading again, an admonition's title is read before its text, code is no text."""
    blocks = load_inputs([write("page.md", _MKDOCS_PAGE)]).pieces[0].blocks
    assert [(b.text, b.kind is BlockKind.HEADING) for b in blocks] == [
        ("Supplier requirements", True),
        ("2. Hosting", True),
        ("AWS", True),
        ("Mandatory : Use Amazon Web Services in eu-west-3 (Paris) only.", False),
        ("Azure", True),
        ("Use Microsoft Azure in France Central only.", False),
        ("2. Hosting", True),
        ("Mandatory : Our data is stored in the European Union only.", False),
        ("Our own insurance", True),
        ("We hold our own cyber policy.", False),
        ("3. Example", True),
    ]


def _slides(slides: list[tuple[str, list[str]]]) -> bytes:
    """A deck exported to PDF: 16:9 pages, a large bold title, bullets drawn smaller than
    their text."""
    pdf = FPDF(orientation="L", unit="pt", format=(540, 960))
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    for title, bullets in slides:
        pdf.add_page()
        pdf.set_font("helvetica", "B", 28)
        pdf.set_xy(40, 30)
        pdf.cell(0, 30, title)
        y = 110.0
        for bullet in bullets:
            pdf.set_font("helvetica", size=10)
            pdf.set_xy(50, y + 3)
            pdf.cell(8, 10, "•")
            pdf.set_font("helvetica", size=17)
            pdf.set_xy(70, y)
            pdf.cell(0, 17, bullet)
            y += 33
    return bytes(pdf.output())


def test_a_slide_is_cited_by_its_title_and_each_bullet_is_a_statement_of_its_own(
    write: Callable[[str, bytes | str], Path],
) -> None:
    deck = _slides(
        [
            ("Contexte", ["Portail actuel : 42 démarches", "Hébergement actuel : AWS Francfort"]),
            (
                "Exigences clés",
                [
                    "Hébergement exclusivement en France",
                    "Disponibilité mensuelle : au moins 99,9 %",
                    "Réversibilité complète en fin de marché : export dans des formats ouverts",
                    "Responsabilité civile professionnelle d'au moins 1 500 000 € par sinistre",
                ],
            ),
            ("Données personnelles", ["Fin de marché : suppression de toutes les données"]),
            ("Assurances", ["Retard de mise en service : 200 € HT par jour de retard"]),
            ("Calendrier", ["Date limite des offres : 15 mai 2026"]),
        ]
    )
    result = check([write("deck.pdf", deck)])
    cited = {r.kind: (r.sources[0].heading, r.text) for r in result.requirements}
    assert cited["insurance.rc_pro"] == (
        "Exigences clés",
        "Responsabilité civile professionnelle d'au moins 1 500 000 € par sinistre",
    )
    assert cited["cloud.reversibility"][0] == "Exigences clés"
    assert "Responsabilité" not in cited["cloud.reversibility"][1]
    assert cited["gdpr.data_deletion"][0] == "Données personnelles"


def test_a_docx_grid_is_read_without_the_column_the_bidder_fills_in(
    write: Callable[[str, bytes | str], Path],
) -> None:
    def build(d: docx.document.Document) -> None:
        table = d.add_table(rows=2, cols=3)
        for cell, text in zip(
            table.rows[0].cells, ("Exigence", "Niveau", "Réponse du candidat"), strict=True
        ):
            cell.text = text
        for cell, text in zip(
            table.rows[1].cells,
            ("Hébergement en France", "Obligatoire", "Nous hébergeons chez AWS à Francfort."),
            strict=True,
        ):
            cell.text = text

    texts = [b.text for b in load_inputs([write("grille.docx", make_docx(build))]).pieces[0].blocks]
    assert texts == ["Exigence | Niveau", "Hébergement en France | Obligatoire"]


def test_a_requirements_grid_of_codes_in_several_parts_is_worth_rebuilding() -> None:
    page = "\n".join(
        f"EX-SEC-00{n} Le titulaire respecte l'exigence {n}. Essentielle" for n in (1, 2, 3)
    )
    assert worth_reading(page)


def test_a_table_printed_as_text_is_read_row_by_row_its_wrapped_cells_joined(write) -> None:
    """An export printed as text: « Réf. | Exigence | Statut » over « -----+------+----- », no
    outer pipes, a long cell going on under an empty first cell."""
    text = (
        "Synthèse des exigences\n\n"
        "Réf. | Exigence                                   | Statut\n"
        "-----+--------------------------------------------+------------------\n"
        "E1   | Hébergement certifié HDS                   | Nouvelle exigence\n"
        "E12  | Plan de réversibilité : export des données | Nouvelle exigence\n"
        "     | au format CSV en fin de marché             |\n"
        "E14  | Assurance perte d'exploitation             | Non exigée\n"
    )
    piece = load_inputs([write("synthese.txt", text)]).pieces[0]
    rows = [b.text for b in piece.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [
        "Réf. | Exigence | Statut",
        "E1 | Hébergement certifié HDS | Nouvelle exigence",
        "E12 | Plan de réversibilité : export des données au format CSV en fin de marché | "
        "Nouvelle exigence",
        "E14 | Assurance perte d'exploitation | Non exigée",
    ]


def test_a_table_of_pipes_without_a_rule_is_read_row_by_row_its_wrapped_cells_joined(
    write,
) -> None:
    """Minutes' actions « N° | Action | Resp. | Échéance » with no rule under the header: the
    lines with as many pipes are its rows, a line opening on an empty cell goes on with the
    row above; a line of prose with one pipe stays a line."""
    text = (
        "3. ACTIONS\n"
        "N°  | Action                                     | Resp.    | Échéance\n"
        "A3  | Soumettre la liste des sous-traitants à    | Kernelis | 20/02/2026\n"
        "    | l'autorisation écrite de la CA             |          |\n"
        "A4  | Transmettre le certificat ISO/IEC 27001    | Kernelis | 20/02/2026\n"
        "\n"
        "Prochaine réunion : 10 mars | salle du conseil\n"
    )
    piece = load_inputs([write("cr.txt", text)]).pieces[0]
    rows = [b.text for b in piece.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [
        "N° | Action | Resp. | Échéance",
        "A3 | Soumettre la liste des sous-traitants à l'autorisation écrite de la CA | Kernelis "
        "| 20/02/2026",
        "A4 | Transmettre le certificat ISO/IEC 27001 | Kernelis | 20/02/2026",
    ]


def _label_column_pdf(tmp_path: Path) -> Path:
    """A product sheet: bold labels in a column of their own, their text a tab away and
    wrapped under itself; then a numbered paragraph and a run-in bold title for contrast."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    rows = (
        ("Disponibilité", ["99,95 % par mois civil pour chaque", "machine virtuelle."]),
        ("Localisation", ["Données stockées exclusivement en", "France."]),
        ("37.5", ["Le titulaire conserve les journaux un an."]),
    )
    for label, lines in rows:
        pdf.set_font("helvetica", style="B", size=9)
        pdf.set_x(20)
        pdf.cell(30, 5, label)
        pdf.set_font("helvetica", size=9)
        for line in lines:
            pdf.set_x(55)
            pdf.cell(120, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("helvetica", style="B", size=9)
    pdf.cell(pdf.get_string_width("Assurances. "), 5, "Assurances. ")
    pdf.set_font("helvetica", size=9)
    pdf.cell(120, 5, "Le titulaire est assuré.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "fiche.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_bold_label_a_tab_away_from_its_text_is_a_title_of_its_own(tmp_path: Path) -> None:
    """« Disponibilité » then, in the next column, « 99,95 % … »: the row is cited by its label.
    A clause number a tab away from its text, or a bold title followed by a mere space, stays
    on its line."""
    piece = load_inputs([str(_label_column_pdf(tmp_path))]).pieces[0]
    texts = [block.text for block in piece.blocks]
    assert texts[:2] == ["Disponibilité", "99,95 % par mois civil pour chaque"]
    assert "Localisation" in texts
    assert "37.5 Le titulaire conserve les journaux un an." in texts
    assert "Assurances. Le titulaire est assuré." in texts
    headings = [clause.heading for clause in segment(piece)]
    assert "Disponibilité" in headings and "Localisation" in headings


def test_a_ruled_table_naming_clauses_is_read_row_by_row(tmp_path: Path) -> None:
    """A formal notice's table of deadlines, without amounts: each row names the point it sums
    up (« 1.3 »), so each row is read as one statement, not as lines run together."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(160, 5, "Récapitulatif des délais", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(80, 20, 60), width=160) as table:
        for cells in (
            ("Obligation", "Point", "Délai"),
            ("Attestation d'assurance de l'assureur", "1.3", "8 jours à compter de la réception"),
            ("Liste des sous-traitants ultérieurs", "2.2", "8 jours à compter de la réception"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    # the letterhead's legal notice, which makes the page one worth looking for tables in
    pdf.multi_cell(160, 5, "Transports SAS au capital de 2 400 000 €", new_x="LMARGIN")
    path = tmp_path / "mise_en_demeure.pdf"
    path.write_bytes(bytes(pdf.output()))
    rows = [
        b.text for b in load_inputs([str(path)]).pieces[0].blocks if b.kind is BlockKind.TABLE_ROW
    ]
    assert "Attestation d'assurance de l'assureur | 1.3 | 8 jours à compter de la réception" in rows


def test_an_empty_cell_between_filled_ones_keeps_its_column(tmp_path: Path) -> None:
    """An RFI's grid: a ✓ under « Rated » is not one under « Mandatory ». The rated question is
    a recommendation, the mandatory one a demand."""

    def build(document: docx.document.Document) -> None:
        rows = (
            ("Ref", "Question", "Mandatory", "Rated"),
            (
                "Q-01",
                "Will all Province Data be stored exclusively in data centres in Canada?",
                "✓",
                "",
            ),
            ("Q-05", "Will you commit to a monthly availability of at least 99.95%?", "", "✓"),
        )
        table = document.add_table(rows=len(rows), cols=4)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text

    path = tmp_path / "rfi.docx"
    path.write_bytes(make_docx(build))
    rows = [b.text for b in load_inputs([str(path)]).pieces[0].blocks]
    assert rows[2] == "Q-05 | Will you commit to a monthly availability of at least 99.95%? |  | ✓"
    report = check([path])
    sla = [r for r in report.requirements if r.kind == "cloud.sla"]
    assert [r.recommended for r in sla] == [True]


def test_a_ruled_table_on_a_page_about_personal_data_is_read_row_by_row(tmp_path: Path) -> None:
    """« Annex 1 – Processing Personal Data »: a « Description | Details » table with no amount,
    on a page about personal data and their hosting, is read row by row."""
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(160, 5, "Annex 1 - Processing Personal Data", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(60, 100), width=160) as table:
        for cells in (
            ("Description", "Details"),
            ("Duration of the Processing", "From the Start Date until 31 August 2029."),
            ("Locations of processing", "Hosting in the United Kingdom only, by the Supplier."),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "schedule.pdf"
    path.write_bytes(bytes(pdf.output()))
    rows = [
        b.text for b in load_inputs([str(path)]).pieces[0].blocks if b.kind is BlockKind.TABLE_ROW
    ]
    assert "Locations of processing | Hosting in the United Kingdom only, by the Supplier." in rows


def test_the_ordered_items_of_a_markdown_page_are_numbered_under_their_heading(write) -> None:
    """« ## 4. Localisation » then « 1. … », « 1. … » indented under it, « 2. … »: the items a
    reader cites « 4.1 », « 4.1.1 », « 4.2 », as the page shows them; under a heading without a
    number, an item keeps its typed number in its text."""
    text = (
        "# DPA\n\n## 4. Localisation\n\n1. Les données sont hébergées en France.\n"
        "   1. Les sauvegardes aussi,\n      sur un site distinct.\n"
        "2. L'hébergeur est Scaleway.\n\n## Contact\n\n1. Écrire au DPO.\n"
    )
    blocks = load_inputs([write("dpa.md", text)]).pieces[0].blocks
    assert [(b.number, b.text) for b in blocks if b.kind is BlockKind.LIST_ITEM] == [
        ("4.1", "Les données sont hébergées en France."),
        ("4.1.1", "Les sauvegardes aussi, sur un site distinct."),
        ("4.2", "L'hébergeur est Scaleway."),
        (None, "1. Écrire au DPO."),
    ]


def test_a_page_of_insurance_limits_in_any_currency_is_worth_its_tables() -> None:
    """A Malaysian appendix of insurance limits in ringgit (« RM 2,000,000.00 ») is read as a
    table, as one in euros is."""
    page = "APPENDIX A – INSURANCE REQUIREMENTS\nPublic Liability RM 2,000,000.00 per occurrence"
    assert worth_reading(page)
    assert not worth_reading("APPENDIX A – INSURANCE REQUIREMENTS\nPublic Liability As required")


def test_an_mdx_page_is_read_as_markdown(write) -> None:
    """A documentation site's MDX: front matter, import lines and admonition fences set aside."""
    text = (
        "---\ntitle: Data Processing Addendum\n---\n\n"
        "import Callout from '@site/src/components/Callout';\n\n"
        "## 6. Security incidents\n\n"
        ":::note\n6.1 We notify you of a personal data breach within 48 hours.\n:::\n"
    )
    loaded = load_inputs([write("dpa.mdx", text)])
    assert not loaded.errors
    texts = [b.text for b in loaded.pieces[0].blocks]
    assert "6.1 We notify you of a personal data breach within 48 hours." in texts
    assert not any("import" in t or "title:" in t for t in texts)


def test_markdown_emphasis_and_links_are_read_as_their_words(write) -> None:
    """« - [ ] **CR-12** *(Recommended)* Target 99.9 % » reads « - [ ] CR-12 (Recommended) Target
    99.9 % », as CommonMark reads it: single stars are emphasis too; a link gives its text, a
    star between spaces stays a star."""
    text = (
        "# Responsibilities\n\n"
        "- [ ] **CR-12** *(Recommended)* Target 99.9% monthly availability.\n"
        "- [ ] **CR-13** Return the data as set out in [clause 4](#c4), priced 2 * 3.\n"
    )
    blocks = load_inputs([write("sow.md", text)]).pieces[0].blocks
    texts = [b.text for b in blocks]
    assert "- [ ] CR-12 (Recommended) Target 99.9% monthly availability." in texts
    assert "- [ ] CR-13 Return the data as set out in clause 4, priced 2 * 3." in texts


def test_an_asciidoc_text_saved_as_markdown_is_read_as_asciidoc(write) -> None:
    """A consultation written in AsciiDoc and saved as .md (« == 3. Hébergement », « === 3.1
    Localisation », « SLA:: définition ») is read by its AsciiDoc titles, not as one paragraph
    of Markdown."""
    text = (
        "= Document de consultation\n:toc: left\n\n== 1. Objet\n\nHébergement du site.\n\n"
        "== 3. Hébergement\n\n=== 3.1 Localisation\n\nLes données sont hébergées en France.\n"
    )
    blocks = load_inputs([write("consultation.md", text)]).pieces[0].blocks
    headings = [b.text for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        "Document de consultation",
        "1. Objet",
        "3. Hébergement",
        "3.1 Localisation",
    ]


def test_a_redline_reads_the_amended_text_without_what_it_strikes(write) -> None:
    """A comparison of two versions of a contract: struck words are gone, underlined
    insertions stay (the underline runs lower than a strike, through the descenders)."""
    pdf = FPDF()
    pdf.add_page()
    for text, style in [
        ("8.1 The Provider shall maintain insurance of not less than ", ""),
        ("1,000,000 EUR", "S"),
        ("2,000,000 EUR", "U"),
        (" per claim for ", ""),
        ("three", "S"),
        ("six", "U"),
        (" years, typically, by any policy.", ""),
    ]:
        pdf.set_font("helvetica", style=style, size=10)
        pdf.write(6, text)
    blocks = load_inputs([write("redline.pdf", bytes(pdf.output()))]).pieces[0].blocks
    assert " ".join(b.text for b in blocks) == (
        "8.1 The Provider shall maintain insurance of not less than 2,000,000 EUR per claim "
        "for six years, typically, by any policy."
    )


def test_a_redline_struck_with_a_pen_drops_the_words_and_the_clauses_it_deletes(write) -> None:
    """Strikes drawn as lines with a 1 pt pen (as ReportLab's <strike> draws them; pdfium's
    bounds of such a line span 2 pt): the words they cross are gone, and a clause struck whole
    leaves nothing, not even its number."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_line_width(0.35)  # millimetres: a 1 pt pen
    lines = [
        ("11.1 The Processor shall maintain cyber insurance of EUR ", "1,000,000"),
        ("11.2 ", "The Processor shall maintain professional indemnity insurance."),
    ]
    for y, (kept, struck) in zip((20, 30), lines, strict=True):
        pdf.set_xy(10, y)
        pdf.cell(text=kept)
        x = pdf.get_x()
        pdf.cell(text=struck)
        pdf.line(x, y + 1.7, pdf.get_x(), y + 1.7)  # through the middle of the small letters
    pdf.set_xy(10, 40)
    pdf.cell(text="11.3 The Processor shall send a certificate.")
    blocks = load_inputs([write("redline.pdf", bytes(pdf.output()))]).pieces[0].blocks
    assert [b.text.strip() for b in blocks] == [
        "11.1 The Processor shall maintain cyber insurance of EUR",
        "11.3 The Processor shall send a certificate.",
    ]


def test_a_text_copied_from_a_pdf_loses_the_furniture_of_its_pages(write) -> None:
    """No form feed, but « Page N of M » at each page's foot: the pages are cut there, and the
    header repeated on each of them goes as a running line."""
    header = "Murrumbidgee Plains Regional Council   RFT 2025/118   Part C"
    text = "\n".join(
        [
            header,
            "C.4.3 Workers' compensation insurance as required by law in each",
            "State in which the Contractor's personnel perform work.",
            "Page 1 of 3",
            header,
            "C.4.4 Certificates of currency are to be provided before the Commencement Date.",
            "Page 2 of 3",
            header,
            "C.5 Nothing else.",
            "Page 3 of 3",
        ]
    )
    texts = [b.text for b in load_inputs([write("conditions.txt", text)]).pieces[0].blocks]
    assert not any(t.startswith(("Page ", "Murrumbidgee")) for t in texts)
    assert texts[0].startswith("C.4.3")
