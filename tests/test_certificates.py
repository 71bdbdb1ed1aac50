"""Reading certificates: fields with their evidence, guarantee rows, identifiers, dates."""

from __future__ import annotations

import json
import shutil
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from tenderguard.certificates import read_certificate
from tenderguard.cli import main
from tenderguard.normalise.dates import find_dates
from tenderguard.normalise.identifiers import find_identifiers, valid_siren, valid_siret

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "certificates"
SCHEMA = Draft202012Validator(
    json.loads(
        (resources.files("tenderguard") / "schema" / "report.schema.json").read_text("utf-8")
    )
)


def test_every_value_cites_the_line_it_was_read_from() -> None:
    cert = read_certificate(SAMPLES / "attestation_rc_webatelier_2026.pdf")
    assert cert.evidence["policy"].text == "Contrat n° : RCP-2026-004417"
    assert cert.evidence["period"].page == 1
    assert "812 453 678 00011" in cert.evidence["siren"].text
    assert all(c.source.text and c.source.page == 1 for c in cert.coverages)


def test_fields_written_in_one_sentence(write) -> None:
    text = (
        "Groupama atteste que la société ALPHA WEB SAS, SIREN 901 277 459, est titulaire du "
        "contrat n° GRP-77-2026 garantissant sa responsabilité civile professionnelle pour "
        "la période du 1er juillet 2026 au 30 juin 2027.\n"
        "Responsabilité civile professionnelle : 300 000 € par sinistre\n"
    )
    cert = read_certificate(write("attestation.txt", text))
    assert (cert.insurer, cert.insured, cert.siren, cert.policy) == (
        "Groupama",
        "ALPHA WEB SAS",
        "901277459",
        "GRP-77-2026",
    )
    assert (cert.valid_from, cert.valid_to) == (date(2026, 7, 1), date(2027, 6, 30))
    (coverage,) = cert.coverages
    assert coverage.kind == "insurance.rc_pro" and coverage.amount.value == 300000


def test_guarantee_rows_give_limits_sublimits_and_deductibles(write) -> None:
    text = "\n".join(
        [
            "Assureur : Allianz IARD",
            "RESPONSABILITÉ CIVILE EXPLOITATION",
            "Tous dommages confondus : 6 000 000 € par sinistre",
            "dont dommages immatériels non consécutifs : 200 000 € par année d'assurance",
            "Franchise : 1 000 € par sinistre",
            "RESPONSABILITÉ CIVILE PROFESSIONNELLE",
            "Montant de garantie : 1 500 000 € par sinistre et par an, franchise 2 500 €",
        ]
    )
    cert = read_certificate(write("attestation.txt", text))
    exploitation, professional = cert.coverages
    assert exploitation.kind == "insurance.rc_exploitation"
    assert exploitation.amount.value == 6000000 and exploitation.basis == "per_claim"
    assert [(s.label, s.amount.value) for s in exploitation.sublimits] == [
        ("immateriels_non_consecutifs", 200000)
    ]
    assert exploitation.deductible.value == 1000
    assert set(exploitation.damages) >= {"corporels", "materiels", "immateriels"}
    assert professional.kind == "insurance.rc_pro"
    assert professional.amount.value == 1500000
    assert professional.basis == "per_claim_and_year"
    assert professional.deductible.value == 2500


def test_a_deductible_line_below_the_last_guarantee_is_for_all(write) -> None:
    rows = [
        "Professional Indemnity GBP 2,000,000 any one claim",
        "Public liability GBP 5,000,000 any one occurrence",
        "Excess: GBP 7,500 each and every claim.",
    ]
    cert = read_certificate(write("certificate.txt", "\n".join(rows)))
    assert [c.deductible.value for c in cert.coverages] == [7500, 7500]
    # Written between two guarantees, the same line is the first one's only.
    cert = read_certificate(write("certificate2.txt", "\n".join([rows[0], rows[2], rows[1]])))
    assert [c.deductible.value if c.deductible else None for c in cert.coverages] == [7500, None]


def test_fillable_form_with_acord_field_names() -> None:
    cert = read_certificate(SAMPLES / "certificate_liability_form_brightpath_us.pdf")
    assert cert.insured == "BrightPath Software Inc."
    assert cert.evidence["insured"].text == "NamedInsured_FullName_A = BrightPath Software Inc."
    assert (cert.valid_from, cert.valid_to) == (date(2026, 3, 1), date(2027, 3, 1))
    general, professional = cert.coverages
    assert general.kind == "insurance.rc_exploitation" and general.amount.currency == "USD"
    assert (general.amount.value, general.aggregate.value) == (1_000_000, 2_000_000)
    assert professional.kind == "insurance.rc_pro" and professional.label.startswith("Technology")


def test_printed_acord_form_reads_the_policy_rows(write) -> None:
    rows = [
        "CERTIFICATE OF LIABILITY INSURANCE",
        "Rivergate Mutual Insurance Co INSURER A : | 10101",
        "INSR LTR | TYPE OF INSURANCE | POLICY NUMBER | POLICY EFF | POLICY EXP | LIMITS",
        "A | COMMERCIAL GENERAL LIABILITY | CGL-55120 | 04/01/2026 | 04/01/2027 | "
        "EACH OCCURRENCE | 2,000,000 $",
        "DAMAGE TO RENTED PREMISES (Ea occurrence) | 100,000 $",
        "GENERAL AGGREGATE | 4,000,000 $",
        "B | AUTOMOBILE LIABILITY | AU-88120 | 01/01/2026 | 01/01/2027 | "
        "COMBINED SINGLE LIMIT | 1,000,000 $",
        "ACORD 25 (2016/03)",
    ]
    cert = read_certificate(write("coi.txt", "\n".join(rows)))
    assert (cert.insurer, cert.policy) == ("Rivergate Mutual Insurance Co", "CGL-55120")
    assert (cert.valid_from, cert.valid_to) == (date(2026, 4, 1), date(2027, 4, 1))
    (general,) = cert.coverages  # automobile liability is not a cover an IT tender asks for
    assert (general.amount.value, general.aggregate.value) == (2_000_000, 4_000_000)
    # The same form left blank: nothing read, and the reader says why.
    blank = read_certificate(write("blank.txt", "\n".join([*rows[:3], "ACORD 25 (2016/03)"])))
    assert blank.coverages == () and blank.insurer is None
    assert any("no policy filled in" in w for w in blank.warnings)


@pytest.mark.parametrize(
    ("digits", "siren_ok"),
    [
        ("812453678", True),
        ("812453679", False),
        ("732829320", True),
        ("123456789", False),
    ],
)
def test_siren_key(digits: str, siren_ok: bool) -> None:
    assert valid_siren(digits) is siren_ok


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("81245367800011", True),
        ("81245367800012", False),
        ("35600000000001", True),
    ],
)
def test_siret_key(digits: str, ok: bool) -> None:
    assert valid_siret(digits) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SIRET : 812 453 678 00011", ("812453678", "81245367800011")),
        ("RCS Lyon 812 453 678", ("812453678", None)),
        ("SIRET : 812 453 678 00012 (clé fausse)", (None, None)),
        ("Tél. 04 78 12 34 56", (None, None)),
    ],
)
def test_find_identifiers(text: str, expected: tuple[str | None, str | None]) -> None:
    assert find_identifiers(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("du 01/01/2026 au 31/12/2026", "fr", ["2026-01-01", "2026-12-31"]),
        ("du 1er mars 2026 au 28 février 2027", "fr", ["2026-03-01", "2027-02-28"]),
        ("valable jusqu'au 31.12.26", "fr", ["2026-12-31"]),
        ("2026-03-01", "fr", ["2026-03-01"]),
        ("02/23/2025 02/23/2026", "en", ["2025-02-23", "2026-02-23"]),
        ("03/04/2026", "en", ["2026-03-04"]),
        ("03/04/2026", "fr", ["2026-04-03"]),
        ("from January 1, 2026 to December 31st, 2026", "en", ["2026-01-01", "2026-12-31"]),
        ("31/02/2026", "fr", []),
        ("version 1.2.3 du logiciel", "fr", []),
    ],
)
def test_find_dates(text: str, lang: str, expected: list[str]) -> None:
    assert [str(d.value) for d in find_dates(text, lang)] == expected


def test_certificate_command_text_and_json() -> None:
    path = str(SAMPLES / "attestation_multirisque_cyber_nuagelab.docx")
    text = CliRunner().invoke(main, ["certificate", path])
    assert text.exit_code == 0
    assert "Hiscox" in text.stdout and "Perte d'exploitation — 200 000 € par sinistre" in (
        text.stdout.replace("\u202f", " ")
    )
    result = CliRunner().invoke(main, ["certificate", path, "--format", "json"])
    report = json.loads(result.stdout)
    assert not list(SCHEMA.iter_errors(report))
    (cert,) = report["certificates"]
    assert cert["valid_to"] == "2027-02-28" and cert["siren"] == "790334189"
    assert report["header"]["inputs"][0]["kind"] == "certificate"


def test_unreadable_certificate_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "attestation.pdf"
    bad.write_bytes(b"not a pdf")
    result = CliRunner().invoke(main, ["certificate", str(bad)])
    assert result.exit_code == 2 and str(bad) in result.stderr


SCAN = SAMPLES / "attestation_scannee_atelier_lumen.pdf"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_certificate_is_read_by_ocr() -> None:
    cert = read_certificate(SCAN)
    assert cert.policy == "GEN-RCP-90127" and cert.valid_to == date(2027, 1, 31)
    assert [c.kind for c in cert.coverages] == ["insurance.rc_pro", "insurance.rc_exploitation"]
    assert any("OCR" in w for w in cert.warnings)
    assert cert.evidence["policy"].page == 1


def test_scan_without_tesseract_warns_and_gives_review(monkeypatch: pytest.MonkeyPatch) -> None:
    from tenderguard.compare import judge
    from tenderguard.models import PieceKind, Requirement, Source, Values
    from tenderguard.parsing import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)
    cert = read_certificate(SCAN)
    assert cert.coverages == () and cert.unread is not None
    assert "install tesseract" in cert.unread
    source = Source("ccap.pdf", PieceKind.CCAP, 1, "9", None)
    demand = Requirement("r", "insurance.rc_pro", "RC Pro exigée", False, (source,), Values())
    (verdict,) = judge([demand], [cert], date(2026, 6, 1))
    assert verdict.status == "review" and "install tesseract" in verdict.reason


def test_picture_of_a_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    from tenderguard.parsing import ocr

    picture = tmp_path / "attestation.png"
    pdfium.PdfDocument(SCAN)[0].render(scale=150 / 72).to_pil().save(picture, dpi=(150, 150))
    monkeypatch.setattr(ocr, "available", lambda: False)
    result = CliRunner().invoke(main, ["certificate", str(picture)])
    assert result.exit_code == 0 and "install tesseract" in result.stderr


REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"


@pytest.mark.parametrize(
    "document",
    ["contrat_infogerance_esn.docx", "ccap_tma_collectivite.pdf", "msa_saas_en.pdf"],
)
def test_a_contract_given_as_a_certificate_is_said_not_to_look_like_one(document: str) -> None:
    cert = read_certificate(SAMPLES.parent / document)
    assert any("does not look like an insurance certificate" in w for w in cert.warnings)
    result = CliRunner().invoke(main, ["certificate", str(SAMPLES.parent / document)])
    assert "does not look like an insurance certificate" in result.stderr


@pytest.mark.parametrize("certificate", sorted(p.name for p in SAMPLES.iterdir()))
def test_no_sample_certificate_is_said_not_to_look_like_one(certificate: str) -> None:
    cert = read_certificate(SAMPLES / certificate)
    assert not any("does not look like" in w for w in cert.warnings)


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared corpus is not beside the project")
def test_real_tender_pieces_do_not_look_like_certificates_and_real_acord_forms_do() -> None:
    for path in sorted(REAL.iterdir()):
        said = any("does not look like" in w for w in read_certificate(path).warnings)
        assert said != path.name.startswith("acord25_"), path.name


def _photo(path: Path, angle: float) -> Path:
    """A phone photo of the sample text certificate: turned by `angle` degrees, blurred, JPEG."""
    import pypdfium2 as pdfium
    from PIL import ImageFilter

    page = pdfium.PdfDocument(SAMPLES / "attestation_rc_webatelier_2026.pdf")[0]
    image = page.render(scale=150 / 72).to_pil().convert("L")
    turned = image.rotate(angle, resample=3, expand=True, fillcolor=120)  # on a grey table
    turned.filter(ImageFilter.GaussianBlur(0.8)).save(path, "JPEG", quality=75)
    return path


@pytest.mark.parametrize("angle", [-3.0, 2.0, 4.5])
def test_the_skew_of_a_photographed_page_is_measured(tmp_path: Path, angle: float) -> None:
    from PIL import Image

    from tenderguard.parsing.ocr import skew_angle

    photo = Image.open(_photo(tmp_path / "photo.jpg", angle))
    assert abs(skew_angle(photo) + angle) <= 0.25  # the turn that levels it undoes `angle`


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_a_photo_turned_3_degrees_is_read_and_judged_review_naming_the_page(
    tmp_path: Path,
) -> None:
    from tenderguard.api import check_against

    photo = _photo(tmp_path / "attestation_photo.jpg", -3.0)
    contract = tmp_path / "contrat.txt"
    contract.write_text(
        "Article 4 - Assurance\nLe titulaire souscrit une assurance de responsabilité civile "
        "professionnelle de 1 500 000 € par sinistre.\n",
        encoding="utf-8",
    )
    result = check_against([contract], [photo], on=date(2026, 3, 1))
    (cert,) = result.certificates
    rc_pro = next(c for c in cert.coverages if c.kind == "insurance.rc_pro")
    assert rc_pro.amount is not None and rc_pro.amount.value == 2_000_000
    assert cert.ocr_pages == (1,)
    (verdict,) = result.verdicts
    assert verdict.status == "review"  # read by OCR: never met on its own
    assert "attestation_photo.jpg lu par OCR (p. 1)" in verdict.reason
    assert "2 000 000 € ≥ 1 500 000 € exigés" in verdict.reason.replace("\u202f", " ")


def test_a_numbered_question_on_the_certificate_titles_no_certificate() -> None:
    """« Q1 – Attestation d'assurance au stade de la candidature » opens a section of a
    buyer's questions and answers: the page is a piece of the tender, whose demands are read."""
    from tenderguard.certificates import titled_as_certificate
    from tenderguard.models import Block, BlockKind

    def lines(*texts: str) -> list[Block]:
        return [Block(text, None, BlockKind.LINE) for text in texts]

    answers = lines(
        "Export de la page « Questions / Réponses »",
        "Q1 – Attestation d'assurance au stade de la candidature",
        "Réponse : l'attestation est jointe au dossier de candidature.",
    )
    assert not titled_as_certificate(answers)
    assert not titled_as_certificate(lines("3.2 Attestation d'assurance", "Le titulaire…"))
    assert titled_as_certificate(lines("Mutuelle Exemple", "ATTESTATION D'ASSURANCE"))
    # a section's title under the document's own (a scenario of acceptance criteria)
    scenario = [
        Block("Fonctionnalité: Engagements du titulaire", None, BlockKind.LINE),
        Block(
            "Attestation d'assurance remise après notification", None, BlockKind.HEADING, level=2
        ),
        Block(
            "Étant donné la notification du marché, quand 10 jours se sont écoulés, alors le "
            "titulaire a remis une attestation d'assurance en cours de validité.",
            None,
            BlockKind.PARAGRAPH,
        ),
    ]
    assert not titled_as_certificate(scenario)
    # a lettered point of a request for quotations, wrapped in a plain text
    rfq = lines(
        "REQUEST FOR QUOTATION No. HC-IT-2026-03",
        "1.2  Each Quotation must include:",
        "(b) a certificate of insurance, or a letter from the Bidder's",
    )
    assert not titled_as_certificate(rfq)


def test_an_item_of_a_list_on_the_first_page_titles_no_certificate() -> None:
    """A consultation letter's sidebar « À retenir » lists, among other points, « • Attestation
    d'assurance RC professionnelle à joindre à l'offre. »: an item of a list asks for the
    certificate, it is no title, and the letter's demands are read."""
    from tenderguard.certificates import titled_as_certificate
    from tenderguard.models import Block, BlockKind

    letter = [
        Block("Montrevel-sur-Lisse, le 23 février 2026", None, BlockKind.PARAGRAPH),
        Block("À retenir", None, BlockKind.PARAGRAPH),
        Block("• Hébergement des données en France.", None, BlockKind.PARAGRAPH),
        Block(
            "• Attestation d'assurance RC professionnelle à joindre à l'offre.",
            None,
            BlockKind.PARAGRAPH,
        ),
        Block("Attestation d'assurance à jour", None, BlockKind.LIST_ITEM),
    ]
    assert not titled_as_certificate(letter)


def test_a_question_on_the_certificate_titles_no_certificate() -> None:
    """A marketplace's FAQ: « Dois-je fournir une attestation d'assurance ? » heads one of its
    first answers. A question asks about the certificate; the page's demands are read."""
    from tenderguard.certificates import titled_as_certificate
    from tenderguard.models import Block, BlockKind

    faq = [
        Block("FAQ Fournisseurs", None, BlockKind.HEADING),
        Block("Quelles assurances dois-je détenir ?", None, BlockKind.HEADING),
        Block("Une RC professionnelle d'au moins 500 000 €.", None, BlockKind.PARAGRAPH),
        Block("Dois-je fournir une attestation d'assurance ?", None, BlockKind.HEADING),
        Block("Oui, lors de votre inscription.", None, BlockKind.PARAGRAPH),
    ]
    assert not titled_as_certificate(faq)


def test_a_wrapped_line_of_an_answer_naming_the_certificate_titles_no_certificate() -> None:
    """« Non. L'attestation d'assurance doit être établie par » — a line of the buyer's answer
    wrapped in a two-column table of questions and answers: a sentence, not a title."""
    from tenderguard.certificates import titled_as_certificate
    from tenderguard.models import Block, BlockKind

    answers = [
        Block(text, 1, BlockKind.LINE)
        for text in (
            "QUESTIONS / RÉPONSES N° 1",
            "Q1 – Une attestation établie par notre courtier",
            "est-elle recevable au stade de la candidature ?",
            "Non. L'attestation d'assurance doit être établie par",
            "l'assureur lui-même et être jointe au dossier de candidature.",
        )
    ]
    assert not titled_as_certificate(answers)


def test_the_wrapped_end_of_a_sentence_titles_no_certificate() -> None:
    """Minutes whose line « d'attestation d'assurance. » ends a sentence the page wraps
    (« … l'ancien prestataire n'avait jamais fourni » / « d'attestation d'assurance. »): a piece
    whose demands are read, not a certificate."""
    from tenderguard.certificates import titled_as_certificate
    from tenderguard.models import Block, BlockKind

    minutes = [
        Block(text, 1, BlockKind.LINE)
        for text in (
            "Compte rendu – Réunion de lancement du 11 février 2025",
            "09h45 – Situation actuelle. M. Couderc précise que l'ancien prestataire",
            "n'avait jamais fourni",
            "d'attestation d'assurance.",
        )
    ]
    assert not titled_as_certificate(minutes)
