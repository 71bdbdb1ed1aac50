"""A Word document is read as Word shows it with every tracked change accepted: insertions,
content controls, field results and text boxes kept; deletions and field codes dropped."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from tenderguard.api import check
from tenderguard.inputs import load_inputs

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
INS = 'w:id="1" w:author="Acheteur" w:date="2026-01-10T09:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _docx(*paragraphs: str) -> bytes:
    """A document whose body holds these raw XML paragraphs (or block-level elements)."""
    document = docx.Document()
    document.add_heading("Article 9 - Assurances", level=1)
    body = document.element.body
    for xml in paragraphs:
        body.insert(len(body) - 1, parse_xml(xml))  # before the section properties
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _texts(tmp_path: Path, data: bytes) -> tuple[list[str], list[str]]:
    path = tmp_path / "ccap.docx"
    path.write_bytes(data)
    loaded = load_inputs([path])
    assert not loaded.errors, loaded.errors
    return [b.text for b in loaded.pieces[0].blocks], loaded.warnings


TRACKED = (
    f"<w:p {W}>{_run('Le titulaire justifie d’une RC professionnelle d’un montant minimum de ')}"
    f'<w:del {INS}><w:r><w:delText xml:space="preserve">1 000 000 €</w:delText></w:r></w:del>'
    f"<w:ins {INS}>{_run('3 000 000 €')}</w:ins>{_run(' par sinistre.')}</w:p>"
)


def test_tracked_insertions_are_kept_deletions_dropped_and_it_is_said(tmp_path: Path) -> None:
    texts, warnings = _texts(tmp_path, _docx(TRACKED))
    assert (
        "Le titulaire justifie d’une RC professionnelle d’un montant minimum de 3 000 000 € "
        "par sinistre."
    ) in texts
    assert not any("1 000 000" in t for t in texts)
    assert any("holds tracked changes" in w and "every change accepted" in w for w in warnings)


def test_the_inserted_amount_reaches_the_requirement(tmp_path: Path) -> None:
    path = tmp_path / "ccap.docx"
    path.write_bytes(_docx(TRACKED))
    (req,) = check([path]).requirements
    assert req.kind == "insurance.rc_pro"
    assert req.values.amount is not None and req.values.amount.value == 3_000_000


def test_a_document_without_revisions_says_nothing(tmp_path: Path) -> None:
    _, warnings = _texts(tmp_path, _docx(f"<w:p {W}>{_run('Le titulaire est assuré.')}</w:p>"))
    assert warnings == []


def test_content_controls_block_and_inline(tmp_path: Path) -> None:
    block = (
        f"<w:sdt {W}><w:sdtPr><w:alias w:val='Clause'/></w:sdtPr><w:sdtContent>"
        f"<w:p>{_run('Les biens confiés sont assurés en multirisque.')}</w:p>"
        "</w:sdtContent></w:sdt>"
    )
    inline = (
        f"<w:p {W}>{_run('Plafond cyber : ')}<w:sdt><w:sdtPr><w:text/></w:sdtPr>"
        f"<w:sdtContent>{_run('1 000 000 €')}</w:sdtContent></w:sdt>{_run(' par an.')}</w:p>"
    )
    placeholder = (
        f"<w:p {W}>{_run('Montant : ')}<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
        f"<w:sdtContent>{_run('Cliquez ici pour entrer du texte.')}</w:sdtContent></w:sdt></w:p>"
    )
    texts, _ = _texts(tmp_path, _docx(block, inline, placeholder))
    assert "Les biens confiés sont assurés en multirisque." in texts
    assert "Plafond cyber : 1 000 000 € par an." in texts
    assert "Montant :" in texts  # an empty control's placeholder is no content


def test_field_results_are_read_and_field_codes_are_not(tmp_path: Path) -> None:
    simple = (
        f"<w:p {W}>{_run('RC exploitation : ')}"
        f'<w:fldSimple w:instr=" DOCPROPERTY MontantRCE ">{_run("EUR 3.000.000")}</w:fldSimple>'
        f"{_run(' par sinistre.')}</w:p>"
    )
    complex_field = (
        f"<w:p {W}>{_run('RC professionnelle : ')}"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY MontantRCP </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_run('2 000 000 €')}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        f"{_run(' par sinistre.')}</w:p>"
    )
    texts, _ = _texts(tmp_path, _docx(simple, complex_field))
    assert "RC exploitation : EUR 3.000.000 par sinistre." in texts
    assert "RC professionnelle : 2 000 000 € par sinistre." in texts
    assert not any("DOCPROPERTY" in t for t in texts)


def test_text_boxes_are_read_once_after_their_paragraph(tmp_path: Path) -> None:
    said = _run("Tout sous-traitant justifie des mêmes assurances.")
    box = f"<w:txbxContent><w:p>{said}</w:p></w:txbxContent>"
    anchored = (
        f"<w:p {W} {MC} {WPS} {V}>{_run('Voir l’encadré.')}<w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    texts, _ = _texts(tmp_path, _docx(anchored, f"<w:p {W}>{_run('Fin.')}</w:p>"))
    assert texts[-3:] == [
        "Voir l’encadré.",
        "Tout sous-traitant justifie des mêmes assurances.",
        "Fin.",
    ]


@pytest.mark.parametrize("deleted", [True, False])
def test_a_table_row_deleted_as_a_change_is_gone(tmp_path: Path, deleted: bool) -> None:
    marker = f"<w:trPr><w:del {INS}/></w:trPr>" if deleted else ""
    table = (
        f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr><w:tc><w:p>{_run('RC Pro')}</w:p></w:tc><w:tc><w:p>{_run('2 000 000 €')}</w:p>"
        f"</w:tc></w:tr><w:tr>{marker}<w:tc><w:p>{_run('Cyber')}</w:p></w:tc><w:tc><w:p>"
        f"<w:ins {INS}>{_run('500 000 €')}</w:ins></w:p></w:tc></w:tr></w:tbl>"
    )
    texts, _ = _texts(tmp_path, _docx(table))
    assert "RC Pro | 2 000 000 €" in texts
    assert ("Cyber | 500 000 €" in texts) is not deleted


def test_a_table_nested_in_a_cell_is_read_once(tmp_path: Path) -> None:
    def table(inner: str) -> str:
        return (
            f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
        )

    deepest = f"<w:p>{_run('Cyber : 500 000 €')}</w:p>"
    nested = table(f"<w:p>{_run('RC Pro : 2 000 000 €')}</w:p>" + table(deepest) + "<w:p/>")
    outer = (
        f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        f"<w:tc><w:p>{_run('Garanties')}</w:p></w:tc><w:tc>{nested}<w:p/></w:tc></w:tr></w:tbl>"
    )
    texts, _ = _texts(tmp_path, _docx(outer))
    # (each table set in a cell is read after the row holding it, row by row, and once)
    assert texts[-3:] == ["Garanties", "RC Pro : 2 000 000 €", "Cyber : 500 000 €"]


def _with_footnotes(data: bytes, notes: dict[str, str]) -> bytes:
    """The document with a footnotes part holding these notes (id -> text), as Word saves it:
    the part, its relationship from the document, its content type."""
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    )
    footnotes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>{_run(" " + text)}</w:p>'
        "</w:footnote>"
        for n, text in notes.items()
    )
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(item, content)
        target.writestr(
            "word/footnotes.xml", f"<w:footnotes {W}>{separator}{footnotes}</w:footnotes>"
        )
    return out.getvalue()


def test_a_footnote_is_read_in_brackets_where_it_is_called(tmp_path: Path) -> None:
    """« … est assuré pour les prestations qu'il exécute⁷. » with the note « Responsabilité
    civile professionnelle d'au moins 500 000 € par sinistre. »: the amount is the sentence's."""
    called = (
        f"<w:p {W}>{_run('Chaque sous-traitant est assuré')}"
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="7"/></w:r>'
        f"{_run(' pour les prestations qu’il exécute.')}</w:p>"
    )
    data = _with_footnotes(
        _docx(called),
        {"7": "Responsabilité civile professionnelle d’au moins 500 000 € par sinistre."},
    )
    texts, _ = _texts(tmp_path, data)
    assert (
        "Chaque sous-traitant est assuré (Responsabilité civile professionnelle d’au moins "
        "500 000 € par sinistre) pour les prestations qu’il exécute."
    ) in texts


def test_a_footnote_called_in_a_table_cell_is_read_in_its_row(tmp_path: Path) -> None:
    """A price table's designation « Conception du portail¹ » whose note sets the penalty for
    delay: the note is read in brackets in the row, as it is in a paragraph."""
    cell = (
        f"<w:p>{_run('Conception du portail')}"
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="3"/></w:r></w:p>'
    )
    table = (
        f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        f"<w:tc><w:p>{_run('F-01')}</w:p></w:tc><w:tc>{cell}</w:tc></w:tr></w:tbl>"
    )
    data = _with_footnotes(
        _docx(table), {"3": "Tout retard donne lieu à une pénalité de 300 € HT par jour."}
    )
    texts, _ = _texts(tmp_path, data)
    assert (
        "F-01 | Conception du portail (Tout retard donne lieu à une pénalité de 300 € HT par jour)"
    ) in texts


def test_text_struck_through_by_hand_is_a_deletion_of_a_redline(tmp_path: Path) -> None:
    """A redline typed without tracked changes: struck runs deleted, the rest as it reads."""
    struck = '<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space="preserve">EUR 2,000,000 </w:t></w:r>'
    double = (
        '<w:r><w:rPr><w:dstrike w:val="true"/></w:rPr><w:t xml:space="preserve">three </w:t></w:r>'
    )
    unstruck = '<w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t xml:space="preserve">EUR </w:t></w:r>'
    paragraph = (
        f"<w:p {W}>{_run('12.3 Supplier shall maintain professional indemnity insurance of ')}"
        f"{struck}{unstruck}{_run('5,000,000 any one claim, for ')}{double}{_run('six years.')}"
        "</w:p>"
    )
    texts, _ = _texts(tmp_path, _docx(paragraph))
    assert (
        "12.3 Supplier shall maintain professional indemnity insurance of EUR 5,000,000 any one "
        "claim, for six years."
    ) in texts
