"""The command line: reports on stdout, messages on stderr, exit codes 0 / 2."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from tenderguard.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SCHEMA = Draft202012Validator(
    json.loads(
        (resources.files("tenderguard") / "schema" / "report.schema.json").read_text("utf-8")
    )
)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_text_report_is_grouped_by_domain_with_citations() -> None:
    result = run("check", str(SAMPLES / "dce_hebergement_cms.zip"), "--quiet")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for title in ("ASSURANCES", "RGPD", "CLOUD ET HÉBERGEMENT", "CONTRAT"):
        assert title in out
    assert "RC professionnelle — 1\u202f500\u202f000 € par sinistre et par année" in out
    assert "→ CCAP, art. 6.1, p. 2 (Responsabilité civile professionnelle)" in out
    assert "ni conseil juridique ni conseil en assurance" in out  # the notice, in French


def test_english_labels() -> None:
    result = run("check", str(SAMPLES / "msa_saas_en.pdf"), "--lang", "en", "-q")
    assert result.exit_code == 0
    assert "INSURANCE" in result.stdout and "Professional liability (RC Pro)" in result.stdout
    assert "£" in result.stdout


def _tender_samples() -> list[str]:
    """Every input named by samples/expected/*.yaml: the sample tenders and contracts."""
    names: set[str] = set()
    for path in (SAMPLES / "expected").glob("*.yaml"):
        names.update(yaml.safe_load(path.read_text(encoding="utf-8"))["inputs"])
    return sorted(names)


@pytest.mark.parametrize("sample", _tender_samples())
def test_json_report_is_valid_against_the_schema(sample: str) -> None:
    result = run("check", str(SAMPLES / sample), "--format", "json", "--on", "2026-03-01")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    errors = sorted(SCHEMA.iter_errors(report), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    assert report["header"]["checked_on"] == "2026-03-01"
    assert report["requirements"], "every sample demands something"


def test_json_values_are_numbers_in_the_currency_unit() -> None:
    result = run("check", str(SAMPLES / "contrat_infogerance_esn.docx"), "--format", "json")
    reqs = json.loads(result.stdout)["requirements"]
    rc_pro = next(r for r in reqs if r["kind"] == "insurance.rc_pro")
    assert rc_pro["amount"] == {"value": 2000000, "currency": "EUR"}
    assert rc_pro["basis"] == "per_claim_and_year"
    assert rc_pro["sublimits"] == [
        {"label": "immateriels_non_consecutifs", "amount": {"value": 500000, "currency": "EUR"}}
    ]
    assert rc_pro["source"]["page"] is None  # DOCX has no pages
    assert rc_pro["source"]["clause"] == "4.1"


def test_markdown_report() -> None:
    result = run("check", str(SAMPLES / "cgv_hebergeur.docx"), "--format", "md")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Exigences du dossier")
    assert "| N° | Exigence | Valeurs | Texte | Source |" in result.stdout


def test_same_demand_in_two_pieces_is_one_requirement_citing_both() -> None:
    result = run("check", str(SAMPLES / "dce_hebergement_cms.zip"), "--format", "json")
    reqs = json.loads(result.stdout)["requirements"]
    rc_pro = [r for r in reqs if r["kind"] == "insurance.rc_pro" and r["amount"] is None]
    assert len(rc_pro) == 1
    assert sorted(s["path"].rsplit("/", 1)[1] for s in rc_pro[0]["sources"]) == [
        "AE_2026-CCVB-07.docx",
        "RC_2026-CCVB-07.pdf",
    ]


def test_bad_file_exit_2_names_file_and_keeps_other_results(tmp_path: Path) -> None:
    bad = tmp_path / "casse.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    result = run("check", str(bad), str(SAMPLES / "ccap_tma_collectivite.pdf"), "-q")
    assert result.exit_code == 2
    assert f"tenderguard: error: {bad}: not a readable PDF" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Notification des violations" in result.stdout


def test_errors_are_json_too(tmp_path: Path) -> None:
    bad = tmp_path / "note.odt"
    bad.write_bytes(b"PK\x03\x04whatever")
    result = run("check", str(bad), "--format", "json", "-q")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["header"]["errors"][0]["path"] == str(bad)
    assert not list(SCHEMA.iter_errors(report))


def test_progress_goes_to_stderr_not_stdout() -> None:
    result = run("check", str(SAMPLES / "avis_marche_maintenance.txt"), "--format", "json")
    json.loads(result.stdout)
    assert "tenderguard: 1 document(s)" in result.stderr


def test_output_file_and_refusal_to_overwrite_an_input(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", str(SAMPLES / "cgv_hebergeur.docx"), "--format", "json", "-o", str(out))
    assert result.exit_code == 0 and json.loads(out.read_text(encoding="utf-8"))["requirements"]
    source = tmp_path / "avis.txt"
    source.write_text("Preuve d'une assurance pour les risques professionnels.", encoding="utf-8")
    result = run("check", str(source), "-o", str(source))
    assert result.exit_code == 2 and "refusing to write" in result.stderr
    assert source.read_text(encoding="utf-8").startswith("Preuve")


def test_no_report_over_a_file_inside_an_input_folder_or_behind_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "dce"
    folder.mkdir()
    piece = folder / "CCAP.txt"
    piece.write_text("Article 1 - Assurances\n\nPreuve d'une assurance RC.", encoding="utf-8")
    link = tmp_path / "rapport.txt"
    link.symlink_to(piece)
    for target in (piece, link):
        result = run("check", str(folder), "-o", str(target))
        assert result.exit_code == 2 and "refusing to write" in result.stderr
    assert piece.read_text(encoding="utf-8").startswith("Article 1")
    written = tmp_path / "ok.txt"
    assert run("check", str(folder), "-o", str(written)).exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tenderguard-")] == []


def test_bad_option_is_exit_2() -> None:
    assert run("check", "x.pdf", "--format", "xml").exit_code == 2


def test_rules_test_command_passes() -> None:
    result = run("rules", "test", "--no-spacy")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok:")


def test_rules_test_command_fails_on_a_broken_rule(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.fr.yaml").write_text(
        "id: x.fr\nkind: insurance.cyber\nlang: fr\ndescription: une règle sans exemple valable\n"
        'patterns: [[{NORM: cyber}]]\nexamples: {match: ["rien à voir"], no_match: ["cyber"]}\n',
        encoding="utf-8",
    )
    result = run("rules", "test", "--patterns", str(tmp_path), "--no-spacy")
    assert result.exit_code == 1
    assert "FAIL x.fr: the rule does not fire" in result.output
    assert "FAIL x.fr: the rule fires on a negative example" in result.output


def test_rules_list() -> None:
    result = run("rules", "list")
    assert result.exit_code == 0 and "insurance.rc_pro.fr" in result.output


def test_verdicts_exit_1_on_gaps_and_json_summary() -> None:
    certificate = str(SAMPLES / "certificates" / "attestation_rc_webatelier_2024_expiree.pdf")
    result = run(
        "check",
        str(SAMPLES / "ccap_tma_collectivite.pdf"),
        "--certificate",
        certificate,
        "--on",
        "2026-03-01",
        "--format",
        "json",
        "-q",
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert not list(SCHEMA.iter_errors(report))
    statuses = {v["kind"]: v["status"] for v in report["verdicts"]}
    assert statuses["insurance.liability"] == "gap"
    assert report["summary"]["gap"] >= 2
    assert report["certificates"][0]["policy"] == "RCP-2024-004417"
    assert any(i["kind"] == "certificate" for i in report["header"]["inputs"])


def test_verdicts_exit_0_when_nothing_is_short() -> None:
    certificate = str(SAMPLES / "certificates" / "attestation_rc_webatelier_2026.pdf")
    result = run(
        "check",
        str(SAMPLES / "ccap_tma_collectivite.pdf"),
        "--certificate",
        certificate,
        "--on",
        "2026-03-01",
        "-q",
    )
    assert result.exit_code == 0
    assert "[CONFORME] Assurance de responsabilité civile" in result.stdout
    assert "[À VÉRIFIER] Sous-traitance RGPD" in result.stdout


def test_unreadable_certificate_is_an_error_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "attestation.docx"
    bad.write_bytes(b"not a zip")
    result = run(
        "check", str(SAMPLES / "ccap_tma_collectivite.pdf"), "--certificate", str(bad), "-q"
    )
    assert result.exit_code == 2 and f"{bad}: not a DOCX" in result.stderr


def test_broker_letter_lists_the_covers_and_what_falls_short() -> None:
    certificate = str(SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx")
    result = run(
        "check",
        str(SAMPLES / "dce_hebergement_cms.zip"),
        "--certificate",
        certificate,
        "--on",
        "2026-03-01",
        "--format",
        "broker",
        "-q",
    )
    assert result.exit_code == 1
    letter = result.stdout.replace("\u202f", " ")
    assert letter.startswith("Objet : attestation d'assurance")
    assert "établir par l'assureur (et non par le cabinet de courtage)" in " ".join(letter.split())
    flat = " ".join(letter.split())
    assert (
        "RC professionnelle : 1 500 000 € par sinistre et par année ; dont immatériels non "
        "consécutifs 300 000 € — exigé : CCAP, art. 6.1, p. 2"
    ) in flat
    assert "Aujourd'hui : montant 1 000 000 € inférieur aux 1 500 000 € exigés" in flat
    assert "À faire : Souscrire une garantie RC exploitation" in flat
    assert all(len(line) <= 90 for line in letter.splitlines())


def test_actions_in_json() -> None:
    certificate = str(SAMPLES / "certificates" / "attestation_rc_webatelier_2024_expiree.pdf")
    result = run(
        "check",
        str(SAMPLES / "avis_marche_maintenance.txt"),
        "--certificate",
        certificate,
        "--on",
        "2026-03-01",
        "--format",
        "json",
        "-q",
    )
    verdicts = json.loads(result.stdout)["verdicts"]
    actions = {v["kind"]: v["action"] for v in verdicts}
    # Expired, and written for site design only while the notice is also for hosting.
    assert actions["insurance.liability"] == (
        "Obtenir de l'assureur une attestation en cours de validité (Assurance de "
        "responsabilité civile) ; Faire ajouter aux activités garanties (Assurance de "
        "responsabilité civile) : hébergement (objet du marché ou du contrat)"
    )
    assert actions["insurance.certificate"] == (
        "Obtenir de l'assureur une attestation en cours de validité"
    )


def test_terminal_and_markdown_show_the_same_verdicts_in_the_same_order() -> None:
    import re

    args = [
        "check",
        str(SAMPLES / "dce_hebergement_cms.zip"),
        "--certificate",
        str(SAMPLES / "certificates" / "attestation_rc_pixelprint_sans_cloud.pdf"),
        "--on",
        "2026-03-01",
        "-q",
    ]
    text = run(*args).stdout
    markdown = run(*args, "--format", "md").stdout
    from_text = re.findall(r"^\s+(\d+)\. \[([^\]]+)\]", text, re.MULTILINE)
    rows = [
        [c.strip() for c in line.strip("|").split(" | ")]
        for line in markdown.splitlines()
        if line.startswith("| ")
    ]
    from_markdown = [(cells[0], cells[5]) for cells in rows if cells[0].isdigit()]
    assert len(from_text) > 20
    assert [(n, s) for n, s in from_text] == from_markdown


def test_every_format_renders_the_same_report() -> None:
    from tenderguard.api import check_against
    from tenderguard.report import CHECK_FORMATS, FORMATS, writer
    from tenderguard.report.model import build_report

    result = check_against(
        [SAMPLES / "contrat_integration_wordpress.pdf"],
        [SAMPLES / "certificates" / "attestation_rc_freelance_durand.pdf"],
        on=date(2026, 5, 1),
    )
    report = build_report(result)
    assert set(CHECK_FORMATS) <= set(FORMATS)
    for name in FORMATS:
        out = writer(name)(report)
        assert out, name
        if isinstance(out, str) and name not in ("broker", "json"):
            # every human format shows the object of the contract
            assert "WordPress" in out, name


def test_annex_and_matrix_cannot_share_a_file(tmp_path: Path) -> None:
    target = tmp_path / "annexe.docx"
    result = run(
        "annex", str(SAMPLES / "cgv_hebergeur.docx"), "--profile",
        str(SAMPLES / "profile_nuagelab.yaml"), "-o", str(target), "--xlsx", str(target),
    )  # fmt: skip
    assert result.exit_code == 2 and "need two files" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--certificate", "absent.pdf"], "absent.pdf: no such file or folder (--certificate)"),
        (["--profile", "absent.yaml"], "absent.yaml: no such file or folder (--profile)"),
        (["absent_ccap.pdf"], "absent_ccap.pdf: no such file or folder"),
    ],
)
def test_every_input_is_checked_before_any_report(
    extra: list[str], said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check", str(SAMPLES / "contrat_integration_wordpress.pdf"), *extra)
    assert result.exit_code == 2
    assert said in result.stderr and "nothing checked" in result.stderr
    assert result.stdout == ""  # no report judged without the missing file


def test_an_unreadable_certificate_stops_before_any_report(tmp_path: Path) -> None:
    damaged = tmp_path / "attestation.pdf"
    damaged.write_bytes(b"not a pdf at all")
    contract = str(SAMPLES / "contrat_integration_wordpress.pdf")
    for command in (["check", contract], ["annex", contract, "-o", str(tmp_path / "a.docx")]):
        result = run(*command, "--certificate", str(damaged))
        assert result.exit_code == 2
        assert f"{damaged}: does not start like a PDF" in result.stderr
        assert result.stdout == ""
    assert not (tmp_path / "a.docx").exists()


def test_markdown_keeps_the_documents_html_and_markup_as_text(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    contract = tmp_path / "contrat_<b>.txt"
    contract.write_text(
        "Article 4 - Assurance <img src=x onerror=alert(1)>\n"
        "<script>alert(1)</script> Le Prestataire souscrit une assurance de responsabilité "
        "civile professionnelle [voir](javascript:alert(1)) de **500 000 €** par sinistre.\n",
        encoding="utf-8",
    )
    result = run("check", str(contract), "--format", "md", "-q")
    assert result.exit_code == 0, result.output
    html = MarkdownIt("commonmark").enable("table").render(result.stdout)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html and "<strong>500" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "[voir](javascript:alert(1))" in html and "**500 000 €**" in html
    assert "contrat_&lt;b&gt;.txt" in html


def test_a_report_in_another_currency_is_valid_against_the_schema() -> None:
    """Amounts in any ISO 4217 currency (here ILS and KES) are written by their code."""
    for name in ("israel_ministry_tender_14-2026.pdf", "kenya_county_tender_014-2026.pdf"):
        doc = SAMPLES / "batch_demands_45" / "docs" / name
        result = run("check", str(doc), "--format", "json", "--on", "2026-03-01")
        assert result.exit_code == 0, result.stderr
        report = json.loads(result.stdout)
        currencies = {r["amount"]["currency"] for r in report["requirements"] if r.get("amount")}
        assert currencies - {"EUR", "USD", "GBP"}
        assert not list(SCHEMA.iter_errors(report))


def test_the_report_schema_knows_every_kind() -> None:
    from tenderguard.kinds import KINDS

    requirement = SCHEMA.schema["$defs"]["requirement"]["properties"]["kind"]["enum"]
    assert set(KINDS) <= set(requirement)
