"""Web pages, e-mails saved as .eml and delimited exports: read as the person reads them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

from conftest import make_pdf
from tenderguard.api import check
from tenderguard.inputs import document_bytes, load_inputs
from tenderguard.models import BlockKind
from tenderguard.parsing.html import read_html
from tenderguard.segment import segment

Write = Callable[[str, bytes | str], Path]

PAGE = """<!DOCTYPE html>
<!-- saved from url=(0040)https://example.test/legal/dpa -->
<html lang="en"><head><meta charset="utf-8"><title>DPA | Example</title>
<style>body{margin:0}</style><script>var tracking = "professional indemnity";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/security">Security and ISO 27001</a></nav>
<div id="cookie-banner">We use cookies to measure the audience of our hosting pages.</div>
<main>
<h1>Data Processing Addendum</h1>
<h2>6. Personal data breaches</h2>
<p>The Provider notifies the Customer of any personal data breach within
<strong>48 hours</strong> of becoming aware of it.</p>
<!-- Legal: check the 48 hours before publishing -->
<h2>9. Insurance</h2>
<table><tr><th>Cover</th><th>Amount</th></tr>
<tr><td>Professional indemnity</td><td>EUR 2,000,000 per claim</td></tr></table>
<details><summary>Do you notify the CNIL for me?</summary><p>No, you do.</p></details>
</main>
<footer>Example SAS, share capital EUR 100,000. Cyber insurance questions: write to us.</footer>
</body></html>
"""


def test_a_web_page_is_its_text_cut_by_its_headings_without_the_site_around_it(
    write: Write,
) -> None:
    piece = load_inputs([write("dpa.html", PAGE)]).pieces[0]
    texts = [b.text for b in piece.blocks]
    notified = "The Provider notifies the Customer of any personal data breach within 48 hours"
    assert f"{notified} of becoming aware of it." in texts
    assert "Cover | Amount" in texts and "Professional indemnity | EUR 2,000,000 per claim" in texts
    said = " ".join(texts)
    for chrome in (
        "Home",
        "cookies",
        "share capital",
        "tracking",
        "check the 48 hours",
        "DPA | Example",
    ):
        assert chrome not in said
    numbers = [c.number for c in segment(piece)]
    assert "6" in numbers and "9" in numbers
    assert any(
        b.kind is BlockKind.HEADING and b.text.startswith("Do you notify") for b in piece.blocks
    )


def test_a_web_page_is_known_by_its_content_whatever_its_name(write: Write) -> None:
    piece = load_inputs([write("dpa.txt", PAGE)]).pieces[0]
    assert piece.format == "html"


def test_the_demands_of_a_web_page_are_found_with_their_clause(write: Write) -> None:
    report = check([write("dpa.html", PAGE)])
    breach = [r for r in report.requirements if r.kind == "gdpr.breach_notification"]
    assert [(r.sources[0].clause, r.values.hours) for r in breach] == [("6", 48)]


def test_the_fields_of_a_notice_are_cited_by_their_term_unless_a_number_heads_them(
    write: Write,
) -> None:
    """A platform's notice lists its fields as <dt>/<dd>: « Pénalités » is the clause of the
    penalty it holds. Under a numbered heading (« III.1.2) Capacité économique »), the terms
    label the lines of the numbered field, which is cited."""
    page = (
        "<!DOCTYPE html><html><body><main>"
        "<h2>Conditions d'exécution</h2><dl>"
        "<dt>Disponibilité</dt><dd>99,7 % par mois, hors maintenance programmée.</dd>"
        "<dt>Pénalités</dt><dd>Retard de mise en production : 150 € HT par jour calendaire.</dd>"
        "</dl>"
        "<h3>III.1.2) Capacité économique et financière</h3><dl>"
        "<dt>Niveau minimal exigé</dt><dd>Responsabilité civile professionnelle : "
        "1 000 000 € par sinistre.</dd></dl>"
        "<h3>III.1.3) Capacité technique et professionnelle</h3><p>Trois références.</p>"
        "</main></body></html>"
    )
    places = {
        c.number or c.heading for c in segment(load_inputs([write("avis.html", page)]).pieces[0])
    }
    assert {"Disponibilité", "Pénalités", "III.1.2"} <= places
    assert "Niveau minimal exigé" not in places


def test_a_term_naming_a_requirement_by_its_code_is_cited_under_a_numbered_heading(
    write: Write,
) -> None:
    """« <dt>Exigence S-01</dt> » under « 3. Assurances »: the requirement is cited by its
    code, as its page cites it; a plain term there still labels a line of the section."""
    page = (
        "<html><body><h2>3. Assurances</h2><dl>"
        "<dt>Exigence S-01</dt><dd>Le fournisseur détient une RC professionnelle.</dd>"
        "<dt>Exigence S-03 (recommandé)</dt><dd>Assurance cyber de 500 000 €.</dd>"
        "<dt>Portée</dt><dd>Tous les fournisseurs.</dd></dl></body></html>"
    )
    places = [
        c.number or c.heading for c in segment(load_inputs([write("charte.html", page)]).pieces[0])
    ]
    assert places == ["3", "S-01", "S-03"]


def test_the_fields_of_a_coded_collapsible_requirement_are_its_lines(write: Write) -> None:
    """« <summary>DSP-01 · Information governance</summary> » over « <dt>Requirement</dt> »,
    « <dt>Mandatory</dt> »: the requirement is cited by its code, its terms label its lines."""
    page = (
        "<html><body><h2>Standards</h2>"
        "<details><summary>DSP-01 · Information governance</summary><dl>"
        "<dt>Requirement</dt><dd>The supplier will act as a processor under Article 28.</dd>"
        "<dt>Mandatory</dt><dd>Yes</dd></dl></details>"
        "<details><summary>DSP-02 · Certification</summary><dl>"
        "<dt>Requirement</dt><dd>The supplier holds ISO/IEC 27001 certification.</dd>"
        "</dl></details></body></html>"
    )
    piece = load_inputs([write("q.html", page)]).pieces[0]
    places = [c.number or c.heading for c in segment(piece)]
    assert "DSP-01" in places and "DSP-02" in places
    assert "Requirement" not in places


def test_a_lettered_clause_number_set_apart_by_its_style_is_a_word(write: Write) -> None:
    """`<span class="num">G.1</span>Where Nordvane…`: a clause of part G, its number a word."""
    page = (
        "<html><body><h2>G. Terms applicable to all Services</h2>"
        '<p><span class="num">G.1</span>Where Nordvane processes personal data, it acts as '
        "Customer's processor.</p></body></html>"
    )
    texts = [b.text for b in load_inputs([write("terms.html", page)]).pieces[0].blocks]
    assert "G.1 Where Nordvane processes personal data, it acts as Customer's processor." in texts


def test_lists_numbered_by_their_id_in_the_style_sheet_are_clauses(write: Write) -> None:
    """« ol#sec-b > li::before { content: "B." counter(b) } »: each item of the list of that id
    is the point the page prints, « B.1 », « B.2 », whatever its text opens on."""
    page = (
        "<html><head><style>ol#sec-b { counter-reset: b; } ol#sec-b > li { counter-increment: b; }"
        ' ol#sec-b > li::before { content: "B." counter(b); }</style></head><body>'
        "<h2>Section B. Vendor Security Obligations</h2><ol id='sec-b'>"
        "<li>“University Data” is stored only in the United States.</li>"
        "<li>Vendor shall report any Security Incident within 24 hours.</li></ol></body></html>"
    )
    piece = load_inputs([write("dsa.html", page)]).pieces[0]
    assert [c.number for c in segment(piece) if c.number and "." in c.number] == ["B.1", "B.2"]


def test_a_clause_number_set_apart_by_its_style_opens_its_clause(write: Write) -> None:
    """`<span class="num">7.2</span>The Provider…`: the number and its text, which the page
    sets apart with a margin, are two words; a figure in bold inside a sentence stays whole."""
    page = (
        "<html><body><h2>7. Breaches</h2>"
        '<p><span class="num">7.1</span>The Provider keeps a register of incidents.</p>'
        '<p><span class="num">7.2</span>The Provider shall notify the University of any '
        "Personal Data Breach within <b>48</b> hours.</p>"
        "<p>Availability: <b>99</b>,9 % per month.</p></body></html>"
    )
    piece = load_inputs([write("dpa.html", page)]).pieces[0]
    assert "Availability: 99,9 % per month." in [b.text for b in piece.blocks]
    breach = [r for r in check([piece.path]).requirements if r.kind == "gdpr.breach_notification"]
    assert [(r.sources[0].clause, r.values.hours) for r in breach] == [("7.2", 48)]


# A page downloaded from Google Docs: the article numbers are CSS counters, not text.
GOOGLE_DOCS_PAGE = """<html><head><meta charset="utf-8"><style type="text/css">
.lst-kix_list_1-0>li{counter-increment:lst-ctn-kix_list_1-0}
.lst-kix_list_1-1>li{counter-increment:lst-ctn-kix_list_1-1}
ol.lst-kix_list_1-0.start{counter-reset:lst-ctn-kix_list_1-0 0}
ol.lst-kix_list_1-1.start{counter-reset:lst-ctn-kix_list_1-1 0}
.lst-kix_list_1-0>li:before{content:"Article " counter(lst-ctn-kix_list_1-0,decimal) " \\2013  "}
.lst-kix_list_1-1>li:before{content:"" counter(lst-ctn-kix_list_1-0,decimal) "."
 counter(lst-ctn-kix_list_1-1,decimal) " "}
</style></head><body>
<ol class="c1 lst-kix_list_1-0 start" start="1"><li><h2 style="display:inline">Objet</h2></li></ol>
<ol class="c1 lst-kix_list_1-1 start" start="1"><li><span>Une billetterie.</span></li></ol>
<ol class="c1 lst-kix_list_1-0" start="2"><li><h2 style="display:inline">Données</h2></li></ol>
<ol class="c1 lst-kix_list_1-1 start" start="1"><li><span>Définitions.</span></li>
<li><span>Le Prestataire notifie toute violation de données sous 24 heures.</span></li></ol>
</body></html>
"""


def test_a_google_docs_page_is_cut_by_the_numbers_its_style_sheet_prints(write: Write) -> None:
    piece = load_inputs([write("contrat.html", GOOGLE_DOCS_PAGE)]).pieces[0]
    clauses = [c for c in segment(piece) if c.number]
    assert [c.number for c in clauses] == ["1", "1.1", "2", "2.1", "2.2"]
    assert [c.heading for c in clauses if c.number in ("1", "2")] == ["Objet", "Données"]
    breach = [r for r in check([piece.path]).requirements if r.kind == "gdpr.breach_notification"]
    assert [r.sources[0].clause for r in breach] == ["2.2"]


NESTED_LISTS_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
ol.cp{counter-reset:art;list-style:none} ol.cp>li{counter-increment:art}
ol.cp ol{counter-reset:pt;list-style:none} ol.cp ol>li{counter-increment:pt}
ol.cp>li>ol>li::before{content:counter(art) "." counter(pt) " "}
</style></head><body><h1>Conditions particulières HDS</h1><ol class="cp">
<li><h2>Objet</h2><ol><li>Les présentes conditions complètent les conditions générales.</li>
</ol></li>
<li><h2>Protection des données</h2><ol>
<li>Le prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD.</li>
<li>Le prestataire notifie au Client toute violation de données dans les 24 heures.</li>
</ol></li></ol></body></html>"""


def test_nested_lists_a_style_sheet_numbers_by_other_selectors_are_cut_by_their_path(
    write: Write,
) -> None:
    """« ol.cp>li>ol>li::before{content:counter(art) "." counter(pt)} »: the page shows « 2.2 »
    before the second point of the second article, and the tool cites it so."""
    piece = load_inputs([write("cp.html", NESTED_LISTS_PAGE)]).pieces[0]
    assert [c.number for c in segment(piece) if c.number] == ["1", "1.1", "2", "2.1", "2.2"]
    breach = [r for r in check([piece.path]).requirements if r.kind == "gdpr.breach_notification"]
    assert [r.sources[0].clause for r in breach] == ["2.2"]


def _jira_comment(who: str, stamp: str, text: str) -> str:
    return (
        f'<tr><td class="comment-header">Comment by <a href="#">{who}</a> (Achats) [ {stamp} ]'
        f'</td></tr><tr><td class="comment-body">{text}</td></tr>'
    )


# An issue exported from Jira (Export > HTML): a layout table of one column holds the
# description, another the comments, each under its author and time.
JIRA_PAGE = f"""<html><body>
<table id="issuedetails"><tr><td class="name">Status:</td><td class="value">Done</td></tr></table>
<table class="tableBorder"><tr><th>Description</th></tr><tr><td id="descriptionArea">
<p><b>Contexte</b> : conditions à exiger du prestataire.</p>
<h3>Assurances</h3>
<ul><li><b>A1</b> – RC professionnelle : 2 000 000 € minimum par sinistre.</li>
<li><b>A2</b> – Assurance cyber d'au moins 500 000 € par sinistre.</li></ul>
</td></tr></table>
<table class="tableBorder"><tr><th>Comments</th></tr>
{_jira_comment("Paul Rey", "09/03/2026 11:02", "<p>Vu, rien à ajouter.</p>")}
{_jira_comment("Lise Marc", "11/03/2026 15:36", "<p>Le prestataire a signé le NDA.</p>")}
{
    _jira_comment(
        "Anne Caro",
        "18/03/2026 16:47",
        "<p>Décision finale :</p><ul>"
        "<li>A1 : RC professionnelle portée à 3 000 000 € minimum par sinistre.</li></ul>",
    )
}
</table></body></html>"""


def test_an_issue_exported_from_jira_is_its_description_then_its_comments(write: Write) -> None:
    report = check([write("ACH-2318.html", JIRA_PAGE)])
    placed = {
        (r.kind, r.sources[0].clause, r.values.amount.value)
        for r in report.requirements
        if r.kind.startswith("insurance.") and r.values.amount is not None
    }
    assert ("insurance.rc_pro", "18/03/2026 16:47", Decimal(3_000_000)) in placed
    assert ("insurance.cyber", "A2", Decimal(500_000)) in placed


def test_a_demand_a_later_message_waives_is_withdrawn(write: Write) -> None:
    """The newest message « renonce à la certification » the quoted first one asked for: no
    certificate is demanded; the hosting the newest message does not speak of still is."""
    thread = (
        "De : Mairie <achats@example.test>\nÀ : Yann <yann@esn.example>\n"
        "Objet : RE: Exigences\n\nBonjour,\n\n"
        "Après réflexion, nous renonçons à la certification ISO/IEC 27001 demandée au point 2. "
        "Les autres points de mon message restent valables.\n\n"
        "Cordialement,\nLa mairie\n\n"
        "Le 2 mars 2026 à 10:12, Mairie <achats@example.test> a écrit :\n"
        "> 1. Les données sont hébergées en France.\n"
        "> 2. Le titulaire est certifié ISO/IEC 27001.\n"
    )
    kinds = {r.kind for r in check([write("mail.txt", thread)]).requirements}
    assert "gdpr.data_location" in kinds
    assert "cloud.iso27001" not in kinds


def _mail(attach: bool) -> bytes:
    message = EmailMessage()
    message["From"] = "Acheteuse <achats@example.test>"
    message["To"] = "titulaire@example.test"
    message["Subject"] = "Exigences définitives — hébergement"
    message["Date"] = "Thu, 20 Mar 2025 16:47:05 +0100"
    body = (
        "Bonjour,\n\n"
        "1. Hébergement : les données sont hébergées en France.\n"
        "2. Violations de données : vous nous notifiez toute violation sous 24 heures.\n\n"
        "> a) Ancien point : notification sous 72 heures.\n"
    )
    message.set_content(body, cte="quoted-printable")
    message.add_alternative(f"<html><body><p>{body}</p></body></html>", subtype="html")
    if attach:
        message.add_attachment(
            make_pdf([["Article 4 - Assurances", "Le titulaire souscrit une RC Pro."]]),
            maintype="application",
            subtype="pdf",
            filename="CCAP.pdf",
        )
    return message.as_bytes()


def test_an_eml_file_is_its_plain_text_message_once_and_its_attachments_pieces(
    write: Write,
) -> None:
    path = write("exigences.eml", _mail(attach=True))
    loaded = load_inputs([path])
    assert not loaded.errors
    assert [p.path.rsplit("/", 1)[-1] for p in loaded.pieces] == ["CCAP.pdf", "exigences.eml"]
    message = loaded.pieces[1]
    texts = [b.text for b in message.blocks]
    # quoted-printable decoded, the HTML alternative not read a second time, the quoted
    # earlier message left out as in any e-mail saved as text
    assert sum("hébergées en France" in t for t in texts) == 1
    assert not any("72 heures" in t for t in texts)
    assert any(t.startswith("Subject: Exigences définitives") for t in texts)
    assert document_bytes(loaded.pieces[0].path) is not None


def test_an_eml_file_is_known_by_its_headers(write: Write) -> None:
    loaded = load_inputs([write("message", _mail(attach=False))])
    assert loaded.pieces[0].format == "eml"


CSV = (
    "ID;Thème;Exigence;Caractère;Statut\r\n"
    "EX-HEB-02;Hébergement;Les données, y compris les sauvegardes, sont hébergées en France.;"
    "Obligatoire;Active\r\n"
    'EX-RGPD-03;Données;"Toute violation de données est notifiée sous 48 heures.\r\n'
    'Le titulaire tient un registre.";Obligatoire;Active\r\n'
    "EX-HEB-05;Hébergement;L'offre est qualifiée SecNumCloud.;Obligatoire;Supprimée\r\n"
)


def test_a_csv_export_in_windows_1252_is_read_row_by_row(write: Write) -> None:
    loaded = load_inputs([write("exigences.csv", CSV.encode("cp1252"))])
    rows = [b.text for b in loaded.pieces[0].blocks]
    assert rows[0] == "ID | Thème | Exigence | Caractère | Statut"
    assert rows[2].startswith("EX-RGPD-03 | Données | Toute violation de données est notifiée")
    assert "Le titulaire tient un registre. | Obligatoire" in rows[2]
    assert all(b.kind is BlockKind.TABLE_ROW for b in loaded.pieces[0].blocks)
    assert not loaded.warnings


def test_the_rows_of_a_requirement_list_are_demands_unless_their_status_closes_them(
    write: Write,
) -> None:
    report = check([write("exigences.csv", CSV.encode("cp1252"))])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert ("gdpr.data_location", "EX-HEB-02") in cited
    assert ("gdpr.breach_notification", "EX-RGPD-03") in cited
    assert not any(kind == "cloud.secnumcloud" for kind, _ in cited)


def test_a_grid_saved_as_txt_is_read_as_the_table_it_is(write: Write) -> None:
    """A spreadsheet export saved as .txt, with a title row above its header: its rows are cited
    by their reference, and the answer column named in the header below the title is left out."""
    grid = (
        "Questionnaire sécurité – hôpital;;;\n" + CSV.replace("Statut", "Réponse du candidat")
    ).replace("Active", "Conforme")
    report = check([write("grille.txt", grid)])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert ("gdpr.data_location", "EX-HEB-02") in cited
    assert ("gdpr.breach_notification", "EX-RGPD-03") in cited
    texts = [b.text for b in load_inputs([write("grille2.txt", grid)]).pieces[0].blocks]
    assert not any("Conforme" in t for t in texts)


def test_prose_with_semicolons_saved_as_txt_stays_prose(write: Write) -> None:
    prose = (
        "Article 3 – Hébergement\n"
        "Les données sont hébergées en France ; les sauvegardes aussi ; aucun transfert.\n"
        "Le titulaire notifie toute violation sous 48 heures; il tient un registre.\n"
        "Les journaux sont conservés un an ; ils sont consultables ; ils sont signés ; voilà.\n"
    )
    blocks = load_inputs([write("ccap.txt", prose)]).pieces[0].blocks
    assert not any(b.kind is BlockKind.TABLE_ROW for b in blocks)


LETTER = (
    "<html><body><p>Madame, Monsieur,</p>"
    "<p>1) <b>Contexte.</b> La plateforme est exploitée aujourd'hui par un autre prestataire.</p>"
    "<p>2) <b>Hébergement.</b> Les données resteront stockées dans l'Union européenne.</p>"
    "<p>3) <b>Disponibilité.</b> Le portail devra être disponible 99,8 % du temps.</p>"
    "<p>4) <b>Assurances.</b> Elles sont récapitulées dans la pièce jointe.</p>"
    "<h2>Récapitulatif des assurances exigées du titulaire</h2>"
    "<ul><li>Responsabilité civile professionnelle<ul><li>montant minimum : 1 M€ par sinistre"
    "</li><li>dont immatériels non consécutifs : 150 000 €</li></ul></li>"
    "<li>Responsabilité civile exploitation<ul><li>2 000 000 € par sinistre, tous dommages "
    "confondus</li></ul></li>"
    "<li>Cyber-risques<ul><li>vivement conseillée : 500 000 € par sinistre</li></ul></li>"
    "</ul></body></html>"
)


def test_a_letter_s_titled_points_are_its_clauses_though_an_attachment_has_headings(
    write: Write,
) -> None:
    report = check([write("lettre.html", LETTER)])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert ("gdpr.data_location", "2") in cited
    assert ("cloud.sla", "3") in cited


def test_an_item_naming_the_list_inside_it_titles_its_items(write: Write) -> None:
    """« Responsabilité civile exploitation » over « 2 000 000 € par sinistre… »: the item is
    the title its items are cited by, and the title above it (« assurances exigées ») says
    that the amounts are demanded; « dont … » stays the sub-limit of the amount above it."""
    report = check([write("lettre.html", LETTER)])
    found = {r.kind: r for r in report.requirements if r.kind.startswith("insurance.")}
    assert found["insurance.rc_exploitation"].sources[0].heading == (
        "Responsabilité civile exploitation"
    )
    assert found["insurance.rc_exploitation"].values.amount.value == 2_000_000
    rc_pro = [r for r in report.requirements if r.kind == "insurance.rc_pro"]
    assert [r.values.amount.value for r in rc_pro] == [1_000_000]
    assert rc_pro[0].values.sublimits[0].amount.value == 150_000
    assert found["insurance.cyber"].recommended


def test_a_docs_site_heading_is_read_without_its_permalink(write: Write) -> None:
    """`<a class="anchor" href="#s3-1">#</a>§3.1 Availability commitment`: the "#" a docs
    site links the heading with is no word of it, and "§3.1" is clause 3.1."""
    page = (
        "<!DOCTYPE html><html><body><main>"
        '<h2 id="s3"><a class="anchor" href="#s3">#</a>§3 Availability</h2>'
        '<h3 id="s3-1"><a class="anchor" href="#s3-1">#</a>§3.1 Availability commitment</h3>'
        "<p>We will make the Platform available with an Availability of at least 99.9% in each "
        "calendar month.</p>"
        '<h3 id="s3-2">See <a href="#s9">section 9</a> for credits<a href="#s3-2">¶</a></h3>'
        "</main></body></html>"
    )
    report = check([write("terms.html", page)])
    sla = [r for r in report.requirements if r.kind == "cloud.sla"]
    assert [(r.sources[0].clause, r.values.percent) for r in sla] == [("3.1", Decimal("99.9"))]
    piece = load_inputs([write("terms2.html", page)]).pieces[0]
    headings = [b.text for b in piece.blocks if b.kind is BlockKind.HEADING]
    assert headings[-1] == "See section 9 for credits"


def test_the_columns_a_vendor_fills_in_are_not_read_as_the_buyers_text(write: Write) -> None:
    """ "Vendor answer": what the vendor wrote (its current cover) is its answer, no demand."""
    path = write(
        "questionnaire.csv",
        "Control ID,Question,Required (Y/N),Vendor answer\n"
        'INS-01,"Does the vendor hold professional indemnity insurance of at least EUR 3,000,000'
        ' per claim?",Y,"We also hold cyber cover of EUR 2,000,000."\n'
        "INS-02,Is every access to Bank data logged?,Y,Yes.\n",
    )
    texts = [b.text for b in load_inputs([path]).pieces[0].blocks]
    assert texts[0] == "Control ID | Question | Required (Y/N)"
    assert not any("cyber" in t for t in texts)
    assert texts[1].startswith("INS-01 | Does the vendor hold professional indemnity")


def test_a_questionnaire_exported_as_a_form_is_read_and_its_answer_column_is_not(
    write: Write,
) -> None:
    """A questionnaire saved from a form tool holds its questions in a <form>; the column left
    for the supplier's answer (« Réponse du fournisseur ») neither sets the questions aside, as
    a buyer's answers do, nor demands anything; a second sentence of a question is read under
    its own column's heading."""
    page = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h1>Questionnaire sécurité fournisseur</h1>
<form action="https://forms.example/submit"><fieldset><legend>1. Hébergement</legend>
<table><tr><th>N°</th><th>Question</th><th>Réponse attendue</th><th>Pondération</th>
<th>Réponse du fournisseur</th></tr>
<tr><td>GOV-01</td><td>Le service est-il couvert par une certification ISO/IEC 27001 ? Joindre une
copie du certificat.</td><td>Oui – certificat en cours de validité</td><td>ÉLIM.</td>
<td><label><input type="radio" name="g1"> Oui</label> <label><input type="radio" name="g1">
Non</label> Nos serveurs sont hébergés chez AWS.</td></tr></table></fieldset></form>
<form role="search"><input name="q"><button>Rechercher</button></form>
</body></html>"""
    rows = check([write("qsf.html", page)]).requirements
    assert [(r.kind, r.sources[0].clause) for r in rows] == [("cloud.iso27001", "GOV-01")]


def test_the_columns_left_for_the_respondent_are_named_alike_in_every_format() -> None:
    """One reader of the respondent's columns serves DOCX, CSV and the rows of other tables:
    « Réponse du fournisseur » of a questionnaire, « Réponse du proposant » of an insurer's
    proposal form; « Réponse attendue » is the buyer's."""
    from tenderguard.parsing.respondent import respondent_columns

    assert respondent_columns(["N°", "Question", "Réponse attendue", "Réponse du fournisseur"]) == {
        3
    }
    assert respondent_columns(["Réf.", "Question", "Réponse du proposant"]) == {2}
    # the respondent's current cover, which a broker's note sets beside the demand
    assert respondent_columns(["Exigence du marché", "Votre contrat actuel", "Écart"]) == {1}
    assert respondent_columns(["Requirement", "Your current policy"]) == {1}
    assert respondent_columns(["Garantie", "Montant exigé"]) == set()


def test_the_title_of_a_toggle_drawn_without_summary_opens_its_answer(write: Write) -> None:
    """A FAQ exported from Notion: each question is a `<div class="toggle-title">` over its
    answer, and the answer is cited by its question, as a `<summary>` would be. A div of
    another class stays text."""
    page = (
        '<!DOCTYPE html><html><body><article class="page"><h2>Sous-traitants et incidents</h2>'
        '<ul class="toggle"><li><div class="toggle-title"><strong>Dans quel délai sommes-nous '
        "prévenus en cas de violation de données ?</strong></div>"
        '<div class="toggle-content"><p>Nous vous notifions toute violation de données '
        "personnelles dans les vingt-quatre (24) heures suivant sa détection.</p></div></li></ul>"
        '<div class="note-title">Mise à jour de janvier</div>'
        "</article></body></html>"
    )
    report = check([write("faq.html", page)])
    breach = [r for r in report.requirements if r.kind == "gdpr.breach_notification"]
    assert [r.sources[0].heading for r in breach] == [
        "Dans quel délai sommes-nous prévenus en cas de violation de données ?"
    ]
    piece = load_inputs([write("faq2.html", page)]).pieces[0]
    headings = [b.text for b in piece.blocks if b.kind is BlockKind.HEADING]
    assert "Mise à jour de janvier" not in headings


def test_a_part_of_a_page_without_numbers_is_read_under_the_titles_above_it(
    write: Write,
) -> None:
    """« Pouvons-nous vous auditer ? » under « Protection des données » in an FAQ: the answer's
    audit is an audit of the processing, as a numbered paragraph is read under its article."""
    page = (
        "<!DOCTYPE html><html><body><main><h2>Protection des données</h2>"
        "<h3>Pouvons-nous vous auditer ?</h3>"
        "<p>Oui, une fois par an, vous pouvez faire réaliser un audit sur site par un auditeur "
        "indépendant, avec un préavis de trente jours.</p>"
        "<h2>Facturation</h2><h3>Pouvons-nous payer par virement ?</h3><p>Oui.</p>"
        "</main></body></html>"
    )
    report = check([write("faq.html", page)])
    audits = [r for r in report.requirements if r.kind == "gdpr.audit"]
    assert [r.sources[0].heading for r in audits] == ["Pouvons-nous vous auditer ?"]


def test_the_panels_of_a_tabbed_page_are_read_though_hidden(write: Write) -> None:
    """A buyer-profile notice saved with its first tab open: the other tabs' panels carry the
    `hidden` attribute until chosen, and are the notice's text all the same. A hidden box of
    another kind stays out."""
    page = (
        '<!DOCTYPE html><html><body><main><div role="tablist">'
        '<button role="tab" aria-controls="t1">Informations</button>'
        '<button role="tab" aria-controls="t2">Conditions</button></div>'
        '<section role="tabpanel" id="t1"><p>Objet : plateforme SaaS.</p></section>'
        '<section role="tabpanel" id="t2" hidden><h3>Capacité technique</h3>'
        "<p>Le candidat produit le certificat ISO/IEC 27001 de son hébergeur.</p></section>"
        "<div hidden><p>Le titulaire est certifié HDS.</p></div>"
        "</main></body></html>"
    )
    kinds = {r.kind for r in check([write("avis.html", page)]).requirements}
    assert "cloud.iso27001" in kinds
    assert "cloud.hds" not in kinds


def test_a_paragraph_all_in_bold_titles_a_page_without_heading_tags(write: Write) -> None:
    """A town's page titles its parts with `<p><b>Assurances</b></p>`, its lines broken by
    `<br>`: each bold paragraph is a title (its colon dropped); a bold word within a
    paragraph's text is not."""
    page = (
        "<html><body><p><b>Hébergement :</b></p>"
        "<p>Le site est hébergé en France.<br>L'hébergeur est certifié ISO/IEC 27001.</p>"
        "<p><b>Assurances</b></p>"
        "<p>Le titulaire est assuré en <b>responsabilité civile professionnelle</b>.</p>"
        "</body></html>"
    )
    blocks = load_inputs([write("consultation.html", page)]).pieces[0].blocks
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == ["Hébergement", "Assurances"]


def test_tabs_and_accordion_headers_title_their_panels(write: Write) -> None:
    """A portal page: each tab panel is titled by its tab (`aria-labelledby`), each accordion
    body by the `<button>` that opens it; a Docusaurus page's `<TabItem label="France">` titles
    its content, and the text after `</Tabs>` is the section's again."""
    page = (
        "<html><body><h1>Consultation</h1>"
        '<div role="tablist"><button role="tab" id="tab-1" aria-controls="p1">Lot 1 – SaaS'
        "</button></div>"
        '<div role="tabpanel" id="p1" aria-labelledby="tab-1"><p>Disponibilité 99,9 %.</p></div>'
        "<h2>Conditions</h2>"
        '<button class="accordion-header" aria-controls="acc-1">Assurances</button>'
        '<div class="accordion-body" id="acc-1"><p>RC Pro de 1 M€.</p></div>'
        "</body></html>"
    )
    titles = [
        b.text
        for b in load_inputs([write("portail.html", page)]).pieces[0].blocks
        if b.kind is BlockKind.HEADING
    ]
    assert titles == ["Consultation", "Lot 1 – SaaS", "Conditions", "Assurances"]
    docs = (
        "## 3. Localisation\n\n<Tabs>\n"
        '  <TabItem value="fr" label="France" default>\n\nDonnées en France.\n\n  </TabItem>\n'
        "</Tabs>\n\nAucune donnée hors de l'Union européenne.\n"
    )
    blocks = load_inputs([write("regions.md", docs)]).pieces[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "3. Localisation"),
        (BlockKind.HEADING, "France"),
        (BlockKind.LINE, "Données en France."),
        (BlockKind.HEADING, "3. Localisation"),
        (BlockKind.LINE, "Aucune donnée hors de l'Union européenne."),
    ]


def test_a_hugo_page_s_tabs_title_their_content_and_its_shortcodes_are_markup(
    write: Write,
) -> None:
    """`{{< tab name="Hébergement" >}}` titles its content, each tab of a set one level under
    the section; the text after `{{< /tabs >}}` is the section's again, and a shortcode alone on
    its line (an alert's opening and closing) is no text."""
    page = (
        '## 4. Conditions\n\n{{< tabs >}}\n{{< tab name="Hébergement" >}}\n'
        '- Données en France.\n{{< /tab >}}\n{{% tab title="Assurances" %}}\n'
        "- RC Pro de 1 M€.\n{{% /tab %}}\n{{< /tabs >}}\n\n"
        '{{< alert color="warning" >}}\nDossier sans attestation irrecevable.\n{{< /alert >}}\n'
    )
    blocks = load_inputs([write("conditions.md", page)]).pieces[0].blocks
    assert [(b.kind, b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, "4. Conditions", 2),
        (BlockKind.HEADING, "Hébergement", 3),
        (BlockKind.HEADING, "Assurances", 3),
        (BlockKind.HEADING, "4. Conditions", 2),
    ]
    assert [b.text for b in blocks if b.kind is not BlockKind.HEADING] == [
        "- Données en France.",
        "- RC Pro de 1 M€.",
        "Dossier sans attestation irrecevable.",
    ]


def test_a_myst_page_s_directives_are_its_text_and_its_targets_are_not(write: Write) -> None:
    """A Sphinx page in MyST: « (hosting)= » names the heading for links, it is no text; an
    admonition fenced as « ```{admonition} Residency » is text under its title, a list-table
    is a table, and a code-block stays a sample."""
    page = (
        "(hosting)=\n## Hosting\n\n```{admonition} Residency\n:class: important\n"
        "Data stay in the EU.\n```\n\n```{list-table} Levels\n:header-rows: 1\n\n"
        "* - Tier\n  - Availability\n* - Gold\n  - 99.9 %\n```\n\n"
        "```{code-block} yaml\nregion: us-east-1\n```\n\n(exit)=\n## Exit\n\nData are returned.\n"
    )
    blocks = load_inputs([write("hosting.md", page)]).pieces[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Hosting"),
        (BlockKind.LINE, "Residency : Data stay in the EU."),
        (BlockKind.TABLE_ROW, "Tier | Availability"),
        (BlockKind.TABLE_ROW, "Gold | 99.9 %"),
        (BlockKind.HEADING, "Exit"),
        (BlockKind.LINE, "Data are returned."),
    ]


def test_folded_blocks_of_a_section_are_side_by_side_under_it(write: Write) -> None:
    """Two <details> under « ## GDPR »: each summary titles its block one level under the
    section (not the second under the first), and the text after them is the section's."""
    page = (
        "## GDPR\n\nA DPA is signed.\n\n<details>\n<summary>Breaches</summary>\n\n"
        "Notice within 24 h.\n\n</details>\n\n<details>\n<summary>Exit</summary>\n\n"
        "Data returned in CSV.\n\n</details>\n\nLogs kept six months.\n\n## Insurance\n"
    )
    blocks = load_inputs([write("vendors.md", page)]).pieces[0].blocks
    titled = [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING]
    assert titled[:5] == [("GDPR", 2), ("Breaches", 3), ("GDPR", 2), ("Exit", 3), ("GDPR", 2)]
    texts = [b.text for b in blocks]
    assert texts.index("Logs kept six months.") > texts.index("Data returned in CSV.") + 1


def test_a_cell_spanning_rows_stands_in_each_row_it_spans(write: Write) -> None:
    """« Insurance » spans the rows IN-01 and IN-02: each row keeps its cells under their
    columns, so the second row's requirement is read under « Requirement », its priority under
    « Priority »."""
    page = """<html><body><table>
<tr><th>Domain</th><th>Ref</th><th>Requirement</th><th>Priority</th></tr>
<tr><td rowspan="2">Insurance</td><td>IN-01</td>
<td>The Supplier shall maintain cyber insurance of not less than EUR 2,000,000 per claim.</td>
<td>Must</td></tr>
<tr><td>IN-02</td><td>Business interruption cover of at least EUR 500,000.</td>
<td>Should</td></tr>
</table></body></html>"""
    rows = [
        b.text
        for b in load_inputs([write("schedule.html", page)]).pieces[0].blocks
        if b.kind is BlockKind.TABLE_ROW
    ]
    assert (
        rows[2]
        == "Insurance | IN-02 | Business interruption cover of at least EUR 500,000. | Should"
    )
    result = check([write("schedule2.html", page)])
    interruption = [r for r in result.requirements if r.kind == "insurance.business_interruption"]
    assert [(r.sources[0].clause, r.recommended) for r in interruption] == [("IN-02", True)]


def test_the_items_of_an_ordered_list_under_a_numbered_heading_are_cited_as_printed(
    write: Write,
) -> None:
    """A browser numbers the <li> of an <ol> itself: under « 4. Security », the second item is
    « 4.2 » and the first item of the lettered list inside it « 4.2(a) »."""
    page = """<html><head><style>ol ol { list-style-type: lower-alpha; }</style></head><body>
<h3>3. Hosting</h3><ol><li>Customer Data is hosted in the European Union only.</li></ol>
<h3>4. Security</h3>
<ol><li>Corvane maintains an ISO/IEC 27001 certification of its services.</li>
<li>Access logging. Corvane undertakes that it:
<ol><li>logs every access by its personnel to Customer Personal Data; and</li>
<li>retains those logs for at least twelve (12) months.</li></ol></li></ol>
<h3>Contact</h3><ol><li>Write to legal@corvane.example.</li></ol>
</body></html>"""
    blocks = load_inputs([write("terms.html", page)]).pieces[0].blocks
    numbers = [b.number for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert numbers == ["3.1", "4.1", "4.2", "4.2(a)", "4.2(b)", None]


WIKI_PAGE = """h1. Programme Hélios – exigences du prestataire

{info:title=Comment lire cette page}
* *VALIDÉ* : exigence contractuelle.
{info}

h2. 2. Assurances

||ID||Exigence||Statut||
|ASS-01|Responsabilité civile professionnelle d'au moins 1 500 000 € par sinistre.|@OK@|
|ASS-04|Attestation d'assurance remise à la signature, voir [la charte|https://w.example/c].|@OK@|

h2. 3. Données personnelles

|DP-02|Toute violation de données personnelles est notifiée à la DSI sous douze (12) heures.|@OK@|
""".replace("@OK@", "{status:colour=Green|title=VALIDÉ}")


def test_a_wiki_page_in_confluence_markup_is_read_row_by_row(write: Write) -> None:
    page = write("exigences.txt", WIKI_PAGE)
    blocks = load_inputs([page]).pieces[0].blocks
    assert [b.text for b in blocks if b.kind is BlockKind.HEADING] == [
        "Programme Hélios – exigences du prestataire",
        "2. Assurances",
        "3. Données personnelles",
    ]
    rows = [b.text for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[0] == "ID | Exigence | Statut"
    assert rows[2] == (
        "ASS-04 | Attestation d'assurance remise à la signature, voir la charte. | VALIDÉ"
    )
    cited = {(r.kind, r.sources[0].clause) for r in check([page]).requirements}
    assert {
        ("insurance.rc_pro", "ASS-01"),
        ("insurance.certificate", "ASS-04"),
        ("gdpr.breach_notification", "DP-02"),
    } <= cited


HAND_WRITTEN_COUNTERS_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>
ol.art { counter-reset: art; list-style: none; } ol.art > li { counter-increment: art; }
ol.art > li > h2::before { content: counter(art) ". "; }
ol.para { counter-reset: para; list-style: none; } ol.para > li { counter-increment: para; }
ol.para > li::before { content: counter(art) "." counter(para) " "; }
ol.item { counter-reset: item; list-style: none; } ol.item > li { counter-increment: item; }
ol.item > li::before { content: "(" counter(item, lower-alpha) ") "; }
</style></head><body><ol class="art">
<li><h2>Objet</h2><ol class="para"><li>Les présentes conditions s'appliquent.</li></ol></li>
<li><h2>Données personnelles</h2><ol class="para">
<li>Le Prestataire est sous-traitant au sens de l'article 28 du RGPD.</li>
<li>Le Prestataire s'engage à :<ol class="item">
<li>ne recourir à aucun sous-traitant ultérieur sans autorisation écrite préalable ;</li>
<li>notifier au Client toute violation de données dans un délai de 36 heures.</li>
</ol></li></ol></li></ol></body></html>"""


def test_a_hand_written_style_sheet_numbers_articles_paragraphs_and_letters(
    write: Write,
) -> None:
    """« ol.art > li > h2::before » numbers the article's heading, « ol.para > li::before » its
    paragraphs « 2.2 », « ol.item > li::before » their points « (a) », « (b) »: cited « 2.2(b) »."""
    piece = load_inputs([write("cgs.html", HAND_WRITTEN_COUNTERS_PAGE)]).pieces[0]
    numbers = [c.number for c in segment(piece) if c.number]
    assert numbers == ["1", "1.1", "2", "2.1", "2.2", "2.2(a)", "2.2(b)"]
    breach = [r for r in check([piece.path]).requirements if r.kind == "gdpr.breach_notification"]
    assert [r.sources[0].clause for r in breach] == ["2.2(b)"]


def test_lettered_lists_under_an_article_heading_are_cited_as_the_page_draws_them(
    write: Write,
) -> None:
    """« Article 3 – Hébergement » then <ol type="a"> whose point b) holds a plain <ol>: the
    browser draws « a) », « b) », « 1. »; the page cites « art. 3 b) 2 »."""
    page = (
        '<html><body><h2>Article 3 – Hébergement</h2><ol type="a">'
        "<li>Les données sont stockées dans l'Union européenne.</li>"
        "<li>Le prestataire qui confie l'infrastructure à un hébergeur tiers :<ol>"
        "<li>le choisit parmi OVHcloud et Scaleway ;</li>"
        "<li>s'assure que cet hébergeur est certifié ISO/IEC 27001.</li></ol></li>"
        "</ol></body></html>"
    )
    piece = load_inputs([write("charte.html", page)]).pieces[0]
    numbers = [c.number for c in segment(piece) if c.number]
    assert numbers == ["3", "3(a)", "3(b)", "3(b) 1", "3(b) 2"]
    iso = [r for r in check([piece.path]).requirements if r.kind == "cloud.iso27001"]
    assert [r.sources[0].clause for r in iso] == ["3(b) 2"]


def test_the_answers_of_an_accordion_are_read_though_hidden(write: Write) -> None:
    """An FAQ whose answers open when their question is clicked: `<div hidden>` labelled by
    its `<button>` is the page's text, cited by the question."""
    page = (
        "<html><body><main><h2>Hébergement</h2>"
        '<h3><button aria-controls="r1" id="q1">Où sont hébergées mes données ?</button></h3>'
        '<div class="acc-panel" id="r1" role="region" aria-labelledby="q1" hidden>'
        "<p>Vos données sont hébergées exclusivement en France, sauvegardes comprises.</p></div>"
        '<div id="modal" hidden><p>Les données sont hébergées aux États-Unis.</p></div>'
        "</main></body></html>"
    )
    report = check([write("faq.html", page)])
    located = [r for r in report.requirements if r.kind == "gdpr.data_location"]
    assert [(r.sources[0].heading, r.values.zone) for r in located] == [
        ("Où sont hébergées mes données ?", "FR")
    ]


WRITER_EXPORT = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h1>Cahier des charges</h1>
<h3 class="western">B.1 Assurances</h3>
<ol type="a">
<li><p class="western">Le titulaire est couvert par une assurance de responsabilité civile
professionnelle d'un montant minimal de 1 000 000 € par sinistre.</p></li>
<li><p class="western">Le candidat joint à son offre une attestation d'assurance en cours de
validité.</p></li>
</ol>
<h3 class="western">C.1 Hébergement</h3>
<ol type="a">
<li><p class="western">Les données sont stockées dans l'Union européenne.</p></li>
</ol>
</body></html>"""


def test_the_paragraphs_of_a_lettered_list_under_a_lettered_section_are_its_points(
    write: Write,
) -> None:
    """A word processor's HTML export: `<li><p>…</p></li>` under « B.1 Assurances », each
    paragraph the item it opens, cited « B.1(a) » as the page numbers it."""
    path = write("cdc.html", WRITER_EXPORT)
    rows = check([path]).requirements
    cited = {(r.kind, r.sources[0].clause) for r in rows}
    assert ("insurance.rc_pro", "B.1(a)") in cited
    assert ("insurance.certificate", "B.1(b)") in cited
    assert ("gdpr.data_location", "C.1(a)") in cited


FORM_EXPORT = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head><body>
<h1>Formulaire de candidature</h1>
<form><fieldset><legend>2. Assurances</legend>
<label for="f22">2.2 Nom de l'assureur *</label><input id="f22" type="text" value="MMA">
<label for="f23">2.3 Attestation d'assurance RC professionnelle *</label>
<input id="f23" type="file">
<p class="aide">Exigé : attestation de l'assureur en cours de validité, jointe au présent dossier
de candidature.</p>
</fieldset>
<fieldset><legend>3. Hébergement</legend>
<label for="f31">3.1 Pays d'hébergement des données *</label>
<p class="aide">Exigé : données et sauvegardes hébergées dans l'Union européenne.</p>
</fieldset></form></body></html>"""


def test_the_fields_of_a_web_form_are_lines_of_their_own_under_their_legend(
    write: Write,
) -> None:
    """Labels and legends are inline in HTML, but each is a line of the form: « 2.2 Nom de
    l'assureur * » and « 2.3 Attestation … » are two fields, each cited by its number."""
    rows = check([write("formulaire.html", FORM_EXPORT)]).requirements
    cited = {(r.kind, r.sources[0].clause) for r in rows}
    assert ("insurance.certificate", "2.3") in cited
    assert ("gdpr.data_location", "3.1") in cited


RAW_MESSAGE = """From: Procurement Team <procurement@council.example.gov.uk>
To: Tenderers <tenderers@council.example.gov.uk>
Subject: Clarification Response No. 3
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

1) Q: Is professional indemnity insurance required?
A: Yes. The successful tenderer must hold professional indemnity insurance =
of not less than =C2=A32,000,000 for each and every claim throughout the co=
ntract.
"""


def test_a_message_saved_whole_as_text_is_read_decoded(write: Write) -> None:
    """A raw message saved as .txt, its body still quoted-printable (« =C2=A3 » for £, lines
    broken by « = »): read as the e-mail it is, decoded."""
    rows = check([write("clarification.txt", RAW_MESSAGE)]).requirements
    (rc_pro,) = [r for r in rows if r.kind == "insurance.rc_pro"]
    assert rc_pro.values.amount is not None
    assert (rc_pro.values.amount.value, rc_pro.values.amount.currency) == (2000000, "GBP")


_REGISTER = (
    "Contract ID,Supplier,Insurance required,Data location,Breach notice (hours),SLA (%),Status\n"
    "CR-2019-007,Pellion Hosting BV,PI EUR 1m per claim,EU,72,99.5,Expired 2024-03-31\n"
    'CR-2021-004,Larchmere Ltd,"Professional indemnity £5m per claim; cyber £3m",UK,36,99.9,'
    "Active\n"
    'CR-2025-003,Kessock Ltd,"Professional indemnity £1m; public liability £5m",UK,24,,'
    "Draft - not signed\n"
)


def test_a_register_cites_its_rows_by_their_yearly_numbers_and_skips_those_not_in_force(
    write: Write,
) -> None:
    """A contract register, one row per contract numbered in its year (« CR-2021-004 »): each
    row is cited by its number; a row whose status says the contract has expired or is a
    draft demands nothing, whichever of its cells names a kind."""
    report = check([write("register.csv", _REGISTER.encode())])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert ("insurance.rc_pro", "CR-2021-004") in cited
    assert not any(clause in ("CR-2019-007", "CR-2025-003") for _, clause in cited)


_POLICY_PAGE = """<html><body>
<aside class="sidebar"><p>Derniers articles : la sécurité en 2025.</p></aside>
<main><section><h2>4. Hébergement</h2>
<aside class="exigence"><p><strong>PSF-01</strong> — Certification HDS
<span>Niveau : Obligatoire</span></p>
<p>Tout fournisseur qui héberge des données de santé est certifié HDS.</p></aside>
<aside class="exigence"><p><strong>PSF-02</strong> — Localisation
<span>Niveau : Obligatoire</span></p>
<p>Les données sont stockées en France métropolitaine.</p></aside>
<aside class="exigence"><p><strong>PSF-03</strong> — Qualification SecNumCloud
<span>Niveau : Recommandé</span></p>
<p>Une offre qualifiée SecNumCloud est recommandée.</p></aside>
</section></main></body></html>"""


def test_requirement_boxes_within_a_section_are_text_cited_by_their_code(write: Write) -> None:
    """A policy frames each requirement in an <aside> within its section, « PSF-01 —
    Certification HDS Niveau : Obligatoire » over its text: the boxes are the page's text, each
    cited by its code; the site's sidebar outside the text is not."""
    path = write("politique.html", _POLICY_PAGE)
    texts = [b.text for b in load_inputs([path]).pieces[0].blocks]
    assert not any("Derniers articles" in t for t in texts)
    report = check([path])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert {("cloud.hds", "PSF-01"), ("gdpr.data_location", "PSF-02")} <= cited


_ANSWER_FORM = """<html><body><form><fieldset><legend>1. Assurances</legend>
<p class="exigence">Le titulaire est couvert par une assurance de responsabilité civile
professionnelle d'un montant minimal de 1 000 000 € par sinistre.</p>
<label for="f11">1.1 Responsabilité civile professionnelle – assureur, montant</label>
<input type="text" id="f11">
<p class="exigence">L'attestation d'assurance en cours de validité est jointe à la candidature.</p>
<label for="f12">1.2 Attestation d'assurance (PDF)</label>
<input type="file" id="f12">
</fieldset></form></body></html>"""


def test_a_requirement_set_above_a_numbered_field_is_read_under_its_number(write: Write) -> None:
    """A specification that is its own answer form sets each requirement above the field that
    answers it: the requirement is cited by the field's number, not by the field before it."""
    report = check([write("formulaire.html", _ANSWER_FORM)])
    cited = {(r.kind, r.sources[0].clause) for r in report.requirements}
    assert ("insurance.rc_pro", "1.1") in cited
    assert ("insurance.certificate", "1.2") in cited


_ARIA_GRID = """<html><body><h2>Grille des exigences</h2>
<div role="table"><div role="rowgroup">
<div role="row"><div role="columnheader">Référence</div><div role="columnheader">Exigence</div>
<div role="columnheader">Criticité</div></div></div>
<div role="rowgroup">
<div role="row"><div role="cell">HEB-01</div><div role="cell">Les données sont hébergées en
France.</div><div role="cell">Éliminatoire</div></div>
<div role="row"><div role="cell">ASS-01</div><div role="cell">Assurance de responsabilité
civile professionnelle d'au moins 1 000 000 € par sinistre.</div><div role="cell">Majeure</div>
</div></div></div></body></html>"""


def test_a_grid_of_aria_rows_is_read_as_a_table(write: Write) -> None:
    """A platform's grid built of <div role="row"> and its cells, not of <table>: each row is
    a table row, cited by its reference."""
    path = write("grille.html", _ARIA_GRID)
    rows = [b.text for b in load_inputs([path]).pieces[0].blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[0] == "Référence | Exigence | Criticité"
    cited = {(r.kind, r.sources[0].clause) for r in check([path]).requirements}
    assert {("gdpr.data_location", "HEB-01"), ("insurance.rc_pro", "ASS-01")} <= cited


def test_an_accordion_panel_hidden_until_its_button_opens_it_is_read(write: Write) -> None:
    page = (
        "<html><body><h2>Nos exigences</h2>"
        '<button type="button" aria-expanded="false" aria-controls="ex1">'
        "Exigence 1 – Localisation des données</button>"
        '<div id="ex1" hidden><p>Les données restent dans l\'Union européenne.</p></div>'
        '<div id="cookie" hidden><p>Ce site utilise des cookies.</p></div>'
        "</body></html>"
    )
    texts = [b.text for b in load_inputs([write("page.html", page)]).pieces[0].blocks]
    assert "Les données restent dans l'Union européenne." in texts
    assert "Ce site utilise des cookies." not in texts


def test_a_table_written_in_html_within_markdown_is_read_row_by_row(write: Write) -> None:
    text = (
        "## 3. Insurance\n\n<table>\n  <thead>\n"
        "    <tr><th>Ref</th><th>Cover</th><th>Minimum limit</th><th>Status</th></tr>\n"
        "  </thead>\n  <tbody>\n"
        '    <tr><td>INS-1</td><td>Professional indemnity</td><td>£5,000,000</td><td rowspan="2">M'
        "</td></tr>\n"
        "    <tr><td>INS-2</td><td>Public liability</td><td>£10,000,000</td></tr>\n"
        "  </tbody>\n</table>\n\nThe Council insures its own buildings.\n"
    )
    blocks = load_inputs([write("sor.md", text)]).pieces[0].blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "3. Insurance"),
        (BlockKind.TABLE_ROW, "Ref | Cover | Minimum limit | Status"),
        (BlockKind.TABLE_ROW, "INS-1 | Professional indemnity | £5,000,000 | M"),
        (BlockKind.TABLE_ROW, "INS-2 | Public liability | £10,000,000 | M"),
        (BlockKind.LINE, "The Council insures its own buildings."),
    ]


def test_the_field_lists_of_cards_are_read_as_labelled_lines(write: Write) -> None:
    """Cards of a portal page, each an <h4> over a <dl> of the same fields: the terms are
    field labels (« Ref. : M-01 »), not titles, and a card is cited by its reference."""
    card = (
        '<div class="card"><h4>{title}</h4><dl><dt>Ref.</dt><dd>{ref}</dd>'
        "<dt>Type</dt><dd>Mandatory</dd><dt>Requirement</dt><dd>{text}</dd></dl></div>"
    )
    page = (
        "<html><body><h2>Mandatory requirements</h2>"
        + card.format(title="Data residency", ref="M-05", text="All data stored in Canada.")
        + card.format(title="Hosting", ref="M-06", text="Hosted on Microsoft Azure Canada.")
        + "</body></html>"
    )
    piece = load_inputs([write("portal.html", page)]).pieces[0]
    assert "Requirement : All data stored in Canada." in [b.text for b in piece.blocks]
    assert [c.number for c in segment(piece) if c.number] == ["M-05", "M-06"]


def test_a_wiki_page_s_edit_links_and_contents_box_are_no_text(write: Write) -> None:
    page = (
        "<html><body>"
        '<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 Insurance</li></ul></div>'
        '<h2><span class="mw-headline" id="Insurance">Insurance</span>'
        '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        '<a href="/w/index.php?action=edit&amp;section=1">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2>'
        "<p>Vendors carry professional liability insurance of CAD $2,000,000.</p>"
        "</body></html>"
    )
    blocks = load_inputs([write("wiki.html", page)]).pieces[0].blocks
    assert [b.text for b in blocks] == [
        "Insurance",
        "Vendors carry professional liability insurance of CAD $2,000,000.",
    ]


def test_a_shared_documents_struck_suggestions_and_comments_are_not_its_text(
    write: Write,
) -> None:
    """A draft exported from Google Docs: a suggestion to delete is struck through (in a span
    styled so, or <del>), the inserted words are underlined; reviewers' comments are called by
    « [a] » and written at the end. The text is the draft with its suggestions accepted."""
    page = (
        "<html><body><h2>2. Services</h2>"
        '<p><span>2.1 The Supplier shall make the Platform available at least <span style="'
        'color:#c5221f;text-decoration: line-through">99.5%</span><span style="text-decoration:'
        'underline">99.9%</span> of each month.<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a>'
        "</sup></span></p>"
        "<p><span>2.2 <del>The Supplier shall maintain cyber insurance.</del></span></p>"
        '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Ruth: can we push for 99.95%?'
        "</span></p></div></body></html>"
    )
    texts = [b.text for b in load_inputs([write("draft.html", page)]).pieces[0].blocks]
    assert "2.1 The Supplier shall make the Platform available at least 99.9% of each month." in (
        texts
    )
    assert not any("cyber" in t or "Ruth" in t or "99.5" in t for t in texts)


def test_rows_pasted_from_a_spreadsheet_into_an_email_are_a_table(write: Write) -> None:
    """« R1<TAB>Professional indemnity … <TAB>Yes »: a spreadsheet's rows pasted into a
    plain-text e-mail, each read as a row of its own."""
    text = (
        "Hi Tomas,\n\nBelow is our requirements list.\n\n"
        "Ref\tRequirement\tMandatory?\n"
        "R1\tProfessional indemnity insurance of at least EUR 2,000,000 per claim\tYes\n"
        "R2\tCyber insurance of EUR 1,000,000 per policy year\tNice to have\n"
        "R3\tNotify us of any personal data breach within 24 hours\tYes\n\nThanks,\nNiamh\n"
    )
    blocks = load_inputs([write("mail.txt", text)]).pieces[0].blocks
    rows = [b.text for b in blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [
        "Ref | Requirement | Mandatory?",
        "R1 | Professional indemnity insurance of at least EUR 2,000,000 per claim | Yes",
        "R2 | Cyber insurance of EUR 1,000,000 per policy year | Nice to have",
        "R3 | Notify us of any personal data breach within 24 hours | Yes",
    ]


def test_a_contract_numbered_by_its_html_lists_is_cited_by_those_numbers() -> None:
    """A DPA whose clauses are the items of an <ol> under unnumbered headings, each opening on a
    title in bold, the second list going on at 5: the items are clauses "1", "5", titled, their
    lettered points read under them."""
    page = (
        "<html><body><h2>General Terms</h2><ol>"
        "<li><strong>Definitions</strong><ol type='a'><li>\"Sub-processor\" means a third party."
        "</li></ol></li>"
        "<li><strong>Security</strong><ol type='a'><li>Vendor shall hold ISO/IEC 27001.</li>"
        "</ol></li></ol>"
        "<h2>Incidents</h2><ol start='5'><li><strong>Personal Data Breaches</strong>"
        "<ol type='a'><li>Vendor shall notify Customer within 24 hours.</li></ol></li></ol>"
        "</body></html>"
    )
    headings = [(b.number, b.text) for b in read_html(page) if b.kind is BlockKind.HEADING]
    assert headings == [
        (None, "General Terms"),
        ("1", "Definitions"),
        ("2", "Security"),
        (None, "Incidents"),
        ("5", "Personal Data Breaches"),
    ]


def test_a_grid_copied_from_a_pdf_keeps_its_rows_across_blank_lines(write: Write) -> None:
    """A grid written as pdftotext -layout writes it: a header over a rule, wrapped rows parted
    by blank lines; each row one table row, the candidate's answer column left out."""
    rows = [
        ("N°", "Exigence", "Niveau", "Réponse du candidat"),
        ("GC-01", "Le titulaire est assuré en responsabilité civile", "O", "Conforme – Axa"),
        ("", "professionnelle pour un montant minimal de 1 000 000 €.", "", "jointe"),
        ("", "", "", ""),
        ("GC-02", "Les données, y compris les sauvegardes, sont hébergées", "O", ""),
        ("", "dans l'Union européenne.", "", ""),
        ("", "", "", ""),
        ("GC-03", "Assurance couvrant les risques cyber (atteinte aux données).", "S", ""),
    ]
    lines = [f"{a:<8}{b:<62}{c:<8}{d}".rstrip() for a, b, c, d in rows]
    lines.insert(1, "-" * 100)
    text = "\n".join([*lines, "", "Niveau : O = obligatoire ; S = souhaité."]) + "\n"
    blocks = load_inputs([write("grille.txt", text)]).pieces[0].blocks
    assert [b.text for b in blocks if b.kind is BlockKind.TABLE_ROW][1:] == [
        "GC-01 | Le titulaire est assuré en responsabilité civile professionnelle pour un"
        " montant minimal de 1 000 000 €. | O",
        "GC-02 | Les données, y compris les sauvegardes, sont hébergées dans l'Union européenne."
        " | O",
        "GC-03 | Assurance couvrant les risques cyber (atteinte aux données). | S",
    ]


def test_a_libreoffice_outline_numbers_its_headings_by_their_lists() -> None:
    """LibreOffice writes « 3.2 Disponibilité » as an <h2> inside the second item of an
    <ol start="2"> inside an item of an <ol start="3">: the heading carries that number."""
    page = (
        "<html><body><ol><li><h1>Objet</h1></li></ol><p>Texte.</p>"
        '<ol start="3"><li><h1>Hébergement</h1><ol><li><h2>Localisation</h2></li></ol></li></ol>'
        "<p>Les données restent en France.</p>"
        '<ol start="3"><li><ol start="2"><li><h2>Disponibilité</h2></li></ol></li></ol>'
        "<p>99,9 % par mois.</p></body></html>"
    )
    headings = [(b.number, b.text) for b in read_html(page) if b.kind is BlockKind.HEADING]
    assert headings == [
        ("1", "Objet"),
        ("3", "Hébergement"),
        ("3.1", "Localisation"),
        ("3.2", "Disponibilité"),
    ]


def test_a_toggle_saying_only_show_answer_does_not_title_the_answer() -> None:
    """An FAQ whose answers open under « Show answer »: the question above titles the answer."""
    page = (
        "<html><body><h3>Which cloud providers may I use?</h3>"
        "<details><summary>Show answer</summary><p>AWS or Azure only.</p></details>"
        "</body></html>"
    )
    assert [(b.kind, b.text) for b in read_html(page)] == [
        (BlockKind.HEADING, "Which cloud providers may I use?"),
        (BlockKind.PARAGRAPH, "AWS or Azure only."),
    ]


def test_an_email_whose_plain_text_points_to_its_html_is_read_from_the_html(
    write: Write,
) -> None:
    """« This message contains an HTML table. Please view it in an HTML-capable mail client. »
    as the plain-text alternative of a message whose HTML holds the table of amendments."""
    rows = "".join(
        f"<tr><td>{n}</td><td>Old wording {n}</td><td>The Contractor shall hold cover {n}.</td>"
        "</tr>"
        for n in ("8.1", "8.3", "11.2")
    )
    message = (
        "From: a@example.com\nTo: b@example.com\nSubject: Amendment 2\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
        "Content-Type: text/plain; charset=utf-8\n\n"
        "This message contains an HTML table. Please view it in an HTML-capable mail client.\n"
        "--b\nContent-Type: text/html; charset=utf-8\n\n"
        f"<html><body><p>Dear Chinedu, the agreed changes:</p><table>{rows}</table></body></html>\n"
        "--b--\n"
    )
    blocks = load_inputs([write("amendment.eml", message)]).pieces[0].blocks
    assert "8.3 | Old wording 8.3 | The Contractor shall hold cover 8.3." in [
        b.text for b in blocks
    ]


def test_the_numbered_points_of_a_message_without_headings_keep_their_numbers() -> None:
    """« <ol><li>Après arbitrage … </li><li>Merci de nous transmettre … </li></ol> » in an HTML
    e-mail: the points the reader sees numbered 1. and 2., as a letter's points are; a list
    under a page's heading stays a list."""
    mail = (
        "<html><body><p>Bonjour,</p><ol><li>Votre responsabilité sera plafonnée.</li>"
        "<li>Merci de nous transmettre votre attestation.</li></ol></body></html>"
    )
    assert [b.number for b in read_html(mail) if b.kind is BlockKind.LIST_ITEM] == ["1.", "2."]
    page = "<html><body><h2>Étapes</h2><ol><li>Créer un compte.</li><li>Déposer.</li></ol>"
    assert [b.number for b in read_html(page) if b.kind is BlockKind.LIST_ITEM] == [None, None]


def test_the_points_typed_in_one_html_paragraph_are_a_line_each(write: Write) -> None:
    """« <p>1) Vous devez être couvert…<br>2) Merci de joindre…</p> » in an e-mail: each point
    is cited by its number; a line break elsewhere (an address) stays a space."""
    page = (
        "<html><body><p>Bonjour,</p>"
        "<p>1) Vous devez être couvert par une assurance RC professionnelle.<br>"
        "2) Merci de joindre l'attestation d'assurance correspondante.<br>"
        "3) Les données doivent rester hébergées dans l'Union européenne.</p>"
        "<p>Maison Vellard SAS<br>8 rue des Filatures</p></body></html>"
    )
    blocks = load_inputs([write("devis.html", page)]).pieces[0].blocks
    texts = [b.text for b in blocks]
    assert "2) Merci de joindre l'attestation d'assurance correspondante." in texts
    assert "Maison Vellard SAS 8 rue des Filatures" in texts
