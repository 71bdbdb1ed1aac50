"""tenderguard scan / results / diff: batches with bad files, kills and resumes, rescans,
exports, and the Dask executor."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from tenderguard.batch import local, query
from tenderguard.batch.store import APPLICATION_ID, Store, StoreError
from tenderguard.batch.units import Unit, discover, is_dce_folder
from tenderguard.batch.worker import Job, Outcome, run_unit
from tenderguard.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CERTIFICATE = SAMPLES / "certificates" / "attestation_multirisque_cyber_nuagelab.docx"


def contract(amount_millions: int, notice_hours: int = 48) -> str:
    """A short service contract with an RC Pro minimum and a breach notification delay."""
    return (
        "CONTRAT DE PRESTATIONS\n\n"
        "Article 1 – Objet\n\n"
        "Le présent contrat porte sur la maintenance d'un site internet.\n\n"
        "Article 2 – Assurances\n\n"
        "Le Prestataire souscrit une assurance responsabilité civile professionnelle "
        f"d'un montant minimum de {amount_millions} 000 000 € par sinistre.\n\n"
        "Article 3 – Données personnelles\n\n"
        "Le Prestataire notifie au Client toute violation de données à caractère personnel "
        f"dans un délai maximum de {notice_hours} heures après en avoir pris connaissance.\n"
    )


def build_corpus(root: Path) -> dict[str, str]:
    """Eight units (three of them broken) and files a scan must leave out. Returns each
    unit's name as the store knows it -> what it is."""
    shutil.copytree(SAMPLES / "dce_plateforme_sante", root / "dce_sante")
    shutil.copy(SAMPLES / "dce_hebergement_cms.zip", root / "dce_cms.zip")
    contracts = root / "contrats"
    contracts.mkdir()
    for name in ("msa_saas_en.pdf", "contrat_integration_wordpress.pdf", "dpa_processor_en.docx"):
        shutil.copy(SAMPLES / name, contracts / name)
    bad = contracts / "abimes"
    bad.mkdir()
    (bad / "vide.pdf").write_bytes(b"")
    (bad / "tronque.pdf").write_bytes((SAMPLES / "msa_saas_en.pdf").read_bytes()[:400])
    (bad / "faux.docx").write_text("pas un document Word", encoding="utf-8")
    (contracts / "notes.xlsx").write_bytes(b"not looked at")  # not a document: left out
    (contracts / ".brouillon").mkdir()
    (contracts / ".brouillon" / "ancien.pdf").write_bytes(b"hidden: left out")
    return {
        str(root / "dce_sante"): "dce folder",
        str(root / "dce_cms.zip"): "dce archive",
        str(contracts / "msa_saas_en.pdf"): "contract",
        str(contracts / "contrat_integration_wordpress.pdf"): "contract",
        str(contracts / "dpa_processor_en.docx"): "contract",
        str(bad / "vide.pdf"): "bad",
        str(bad / "tronque.pdf"): "bad",
        str(bad / "faux.docx"): "bad",
    }


def scan(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["scan", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stderr


def results(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["results", *args])
    return result.exit_code, result.stdout + result.stderr


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


# -- units ------------------------------------------------------------------------------------


def test_a_dce_folder_or_archive_is_one_unit_a_lone_contract_another(tmp_path: Path) -> None:
    expected = build_corpus(tmp_path)
    units, problems = discover([tmp_path, tmp_path / "absent"])
    assert sorted(u.key for u in units) == sorted(expected)
    assert [u.is_folder for u in units if u.key.endswith("dce_sante")] == [True]
    assert problems == [f"{tmp_path / 'absent'}: no such file or folder"]


def test_two_ccaps_side_by_side_are_two_tenders(tmp_path: Path) -> None:
    (tmp_path / "CCAP_lot_a.pdf").write_bytes(b"%PDF-")
    (tmp_path / "CCAP_lot_b.pdf").write_bytes(b"%PDF-")
    assert not is_dce_folder(tmp_path)
    (tmp_path / "CCAP_lot_b.pdf").unlink()
    (tmp_path / "CCTP_lot_1.pdf").write_bytes(b"%PDF-")
    (tmp_path / "CCTP_lot_2.pdf").write_bytes(b"%PDF-")
    assert is_dce_folder(tmp_path)  # one CCAP, a CCTP per lot: one tender


# -- a batch with bad files -----------------------------------------------------------------


def test_bad_files_are_error_rows_and_the_others_are_checked(tmp_path: Path) -> None:
    units = build_corpus(tmp_path / "corpus")
    db = tmp_path / "t.sqlite"
    code, err = scan(str(tmp_path / "corpus"), "--db", str(db), "-j", "2")
    assert code == 2  # errors win over gaps
    assert "8 unit(s) found, 0 unchanged since the last scan, 8 to check" in err
    assert "8 checked, 0 unchanged; 3 with errors" in err
    stored = {
        unit: (ok, reason) for unit, ok, reason in rows(db, "SELECT unit, ok, reason FROM results")
    }
    assert sorted(stored) == sorted(units)
    for unit, what in units.items():
        ok, reason = stored[unit]
        assert bool(ok) == (what != "bad"), (unit, reason)
        if what == "bad":
            assert Path(unit).name in reason
    assert "the file is empty" in stored[str(tmp_path / "corpus/contrats/abimes/vide.pdf")][1]
    assert "not a DOCX" in stored[str(tmp_path / "corpus/contrats/abimes/faux.docx")][1]
    # Every good unit has its requirements, all of them stored.
    for unit, what in units.items():
        if what != "bad":
            (count,) = rows(db, "SELECT requirements FROM results WHERE unit = ?", unit)[0]
            stored_rows = rows(
                db,
                "SELECT COUNT(*) FROM requirements JOIN results ON results.id = result "
                "WHERE unit = ?",
                unit,
            )[0][0]
            assert count > 0 and stored_rows == count
    code, out = results("--db", str(db), "--units", "--status", "error", "--format", "jsonl")
    assert code == 0
    assert sorted(json.loads(line)["unit"] for line in out.splitlines()) == sorted(
        u for u, what in units.items() if what == "bad"
    )


def test_judged_scan_exit_code_says_gaps(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "contrat.txt").write_text(contract(5), encoding="utf-8")
    db = tmp_path / "t.sqlite"
    code, err = scan(
        str(tmp_path / "docs"), "--db", str(db), "--certificate", str(CERTIFICATE),
        "--on", "2026-03-01", "-j", "1",
    )  # fmt: skip
    assert code == 1, err
    status = rows(db, "SELECT status FROM requirements WHERE kind = 'insurance.rc_pro'")
    assert status == [("gap",)]  # the certificate's RC Pro is below 5 M€


def test_an_unreadable_certificate_stops_the_scan_before_it_starts(tmp_path: Path) -> None:
    (tmp_path / "contrat.txt").write_text(contract(1), encoding="utf-8")
    broken = tmp_path / "attestation.pdf"
    broken.write_bytes(b"")
    code, err = scan(str(tmp_path / "contrat.txt"), "--db", str(tmp_path / "t.sqlite"),
                     "--certificate", str(broken))  # fmt: skip
    assert code == 2
    assert "attestation.pdf: the file is empty" in err
    assert not (tmp_path / "t.sqlite").exists()


# -- workers that hang or crash -------------------------------------------------------------


def _misbehaving(unit: str, job: Job) -> Outcome:
    if "hangs" in unit:
        time.sleep(60)
    if "crashes" in unit:
        os.kill(os.getpid(), signal.SIGKILL)
    return run_unit(unit, job)


@pytest.mark.skipif(local._context().get_start_method() != "fork", reason="needs fork")
def test_a_hung_or_crashed_worker_costs_its_unit_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "run_unit", _misbehaving)  # inherited by the forked workers
    names = ["hangs.txt", "crashes.txt", "fine.txt"]
    for name in names:
        (tmp_path / name).write_text(contract(1), encoding="utf-8")
    outcomes: dict[str, Outcome] = {}
    started = time.monotonic()
    local.run_local(
        [str(tmp_path / n) for n in names],
        Job(),
        lambda o: outcomes.__setitem__(Path(o.unit).name, o),
        jobs=3,
        timeout=2,
    )
    assert time.monotonic() - started < 20
    assert outcomes["hangs.txt"].reason == "took longer than the timeout of 2 s"
    assert outcomes["crashes.txt"].reason == "the worker process died (SIGKILL)"
    assert outcomes["fine.txt"].ok and outcomes["fine.txt"].rows


# -- interrupted scans resume -----------------------------------------------------------------


def _many_contracts(root: Path, count: int) -> list[str]:
    root.mkdir()
    for i in range(count):
        (root / f"contrat_{i:03d}.txt").write_text(contract(i + 1), encoding="utf-8")
    return sorted(str(p) for p in root.iterdir())


def _start_scan(root: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tenderguard", "scan", str(root), "--db", str(db), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the signal reaches the workers too
        # Ctrl-C's default, even when this test runs where SIGINT is ignored (a background
        # job): Python then installs its KeyboardInterrupt handler as in a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _stored_count(db: Path) -> int:
    try:
        return rows(db, "SELECT COUNT(*) FROM results")[0][0]  # type: ignore[return-value]
    except sqlite3.OperationalError:  # not created yet
        return 0


def _wait_for_results(db: Path, at_least: int) -> None:
    deadline = time.monotonic() + 60
    while _stored_count(db) < at_least:
        assert time.monotonic() < deadline, "the scan stored nothing"
        time.sleep(0.02)


@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"])
def test_a_killed_scan_resumes_with_nothing_lost_or_stored_twice(tmp_path: Path, how: str) -> None:
    units = _many_contracts(tmp_path / "corpus", 60)
    db = tmp_path / "t.sqlite"
    process = _start_scan(tmp_path / "corpus", db)
    _wait_for_results(db, 5)
    os.killpg(process.pid, getattr(signal, how))
    _, err = process.communicate(timeout=60)
    stored = _stored_count(db)
    assert 5 <= stored < len(units), (process.returncode, err.decode()[-2000:])
    if how == "SIGINT":
        assert process.returncode == 130
        assert b"run the same command again to go on" in err
        assert rows(db, "SELECT state FROM scans") == [("interrupted",)]
    else:
        assert process.returncode == -signal.SIGKILL
    code, err2 = scan(str(tmp_path / "corpus"), "--db", str(db), "-j", "2")
    assert code == 0, err2
    assert f"{len(units)} unit(s) found, {stored} unchanged since the last scan" in err2
    per_unit = rows(db, "SELECT unit, COUNT(*) FROM results GROUP BY unit")
    assert sorted(u for u, _ in per_unit) == units
    assert {n for _, n in per_unit} == {1}
    # No result half-stored: each has all its requirement rows.
    assert not rows(
        db,
        "SELECT r.id FROM results r LEFT JOIN requirements q ON q.result = r.id "
        "GROUP BY r.id HAVING COUNT(q.result) != r.requirements",
    )


# -- incremental rescans and diff --------------------------------------------------------------


def test_rescan_skips_unchanged_units_and_diff_shows_what_changed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "contrat_a.txt").write_text(contract(1, 48), encoding="utf-8")
    (corpus / "contrat_b.txt").write_text(contract(2), encoding="utf-8")
    db = tmp_path / "t.sqlite"
    assert scan(str(corpus), "--db", str(db))[0] == 0
    code, err = scan(str(corpus), "--db", str(db))
    assert code == 0 and "2 unit(s) found, 2 unchanged since the last scan, 0 to check" in err
    # A new version of contract A: more cover asked, a shorter notice, a clause added.
    (corpus / "contrat_a.txt").write_text(
        contract(3, 24) + "\nArticle 4 – Hébergement\n\nLes données sont hébergées "
        "exclusivement dans l'Union européenne.\n",
        encoding="utf-8",
    )
    code, err = scan(str(corpus), "--db", str(db))
    assert code == 0 and "1 unchanged since the last scan, 1 to check" in err
    assert len(rows(db, "SELECT id FROM results WHERE unit LIKE '%contrat_a.txt'")) == 2
    out = CliRunner().invoke(main, ["diff", "contrat_a", "--db", str(db)])
    assert out.exit_code == 0, out.output
    lines = out.stdout.replace("\u202f", " ").splitlines()
    changed = [line for line in lines if line.startswith("~ ")]
    assert any(
        "insurance.rc_pro" in line and "1 000 000 €" in line and "3 000 000 €" in line
        for line in changed
    ), lines
    assert any("gdpr.breach_notification" in line and "48" in line and "24" in line
               for line in changed), lines  # fmt: skip
    assert any(line.startswith("+ gdpr.data_location") for line in lines), lines
    assert lines[-1].startswith("1 appeared, 0 disappeared, 2 changed")
    # --force checks again, replacing results of the same version instead of adding some.
    code, err = scan(str(corpus), "--db", str(db), "--force")
    assert "0 unchanged since the last scan, 2 to check" in err
    assert len(rows(db, "SELECT id FROM results")) == 3


def test_diff_of_a_unit_scanned_once_says_so(tmp_path: Path) -> None:
    (tmp_path / "contrat.txt").write_text(contract(1), encoding="utf-8")
    db = tmp_path / "t.sqlite"
    scan(str(tmp_path / "contrat.txt"), "--db", str(db))
    out = CliRunner().invoke(main, ["diff", "contrat.txt", "--db", str(db)])
    assert out.exit_code == 2
    assert "one result stored, nothing to compare yet" in out.stderr


# -- query and export --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scanned_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("scanned")
    units = build_corpus(root / "corpus")
    db = root / "t.sqlite"
    code, err = scan(
        str(root / "corpus"), "--db", str(db), "--certificate", str(CERTIFICATE),
        "--on", "2026-03-01",
    )  # fmt: skip
    assert code == 2, err
    return db, units


@pytest.fixture
def scanned(scanned_corpus: tuple[Path, dict[str, str]]) -> Path:
    return scanned_corpus[0]


def test_results_filter_by_status_and_kind(scanned: Path) -> None:
    code, out = results("--db", str(scanned), "--status", "gap", "--kind", "insurance.*",
                        "--format", "jsonl")  # fmt: skip
    assert code == 0
    found = [json.loads(line) for line in out.splitlines()]
    assert found and all(r["status"] == "gap" and r["kind"].startswith("insurance.") for r in found)
    expected = rows(
        scanned,
        "SELECT COUNT(*) FROM requirements q JOIN units u ON u.current = q.result "
        "WHERE q.status = 'gap' AND q.kind LIKE 'insurance.%'",
    )[0][0]
    assert len(found) == expected


def test_results_exports_agree_and_table_is_readable(
    scanned_corpus: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    scanned, units = scanned_corpus
    _, jsonl = results("--db", str(scanned), "--format", "jsonl")
    _, text = results("--db", str(scanned), "--format", "csv")
    records = [json.loads(line) for line in jsonl.splitlines()]
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(records) == len(table) > 20
    assert [r["requirement"] for r in records] == [r["requirement"] for r in table]
    _, shown = results("--db", str(scanned), "--units")
    assert shown.splitlines()[0].split()[:3] == ["unit", "status", "pages"]
    assert f"({len(units)} row(s))" in shown
    target = tmp_path / "m.xlsx"
    code, _ = results("--db", str(scanned), "--format", "xlsx", "-o", str(target))
    assert code == 0
    book = load_workbook(target)
    assert book.sheetnames == ["Units", "Requirements"]
    assert book["Requirements"].max_row == len(records) + 1
    assert book["Requirements"].freeze_panes == "A2"


def test_stored_reports_are_the_check_reports(scanned: Path) -> None:
    code, out = results("--db", str(scanned), "--format", "reports", "--unit", "msa_saas_en")
    assert code == 0
    (line,) = out.splitlines()
    stored = json.loads(line)
    assert stored["status"] == "gap" and stored["unit"].endswith("msa_saas_en.pdf")
    checked = CliRunner().invoke(
        main,
        ["check", stored["unit"], "--certificate", str(CERTIFICATE), "--on", "2026-03-01",
         "--format", "json", "-q"],
    )  # fmt: skip
    fresh = json.loads(checked.stdout)
    for part in ("requirements", "verdicts", "summary", "subject", "schedule"):
        assert stored["report"][part] == fresh[part], part
    _, out = results("--db", str(scanned), "--format", "reports", "--units", "--status", "error")
    broken = [json.loads(line) for line in out.splitlines()]
    assert len(broken) == 3
    for unit in broken:  # the report of a unit whose only file was refused says why
        (error,) = unit["report"]["header"]["errors"]
        assert error["path"] == unit["unit"] and error["reason"] in unit["reason"]
        assert unit["report"]["requirements"] == []


def test_a_store_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    code, err = scan(str(SAMPLES / "msa_saas_en.pdf"), "--db", str(tmp_path / "nope" / "t.sqlite"))
    assert code == 2 and "does not exist" in err


def test_exported_cells_never_start_a_formula() -> None:
    row = {f: None for f in query.ROW_FIELDS} | {"unit": "u", "text": '=HYPERLINK("x")'}
    exported = list(csv.reader(io.StringIO(query.as_csv([row], query.ROW_FIELDS))))
    assert exported[1][query.ROW_FIELDS.index("text")] == '\'=HYPERLINK("x")'
    book = load_workbook(io.BytesIO(query.as_xlsx([("R", [row], query.ROW_FIELDS)])))
    cell = book["R"].cell(row=2, column=query.ROW_FIELDS.index("text") + 1)
    assert cell.data_type == "s" and cell.value == '\'=HYPERLINK("x")'


def test_results_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    code, out = results("--db", str(tmp_path / "none.sqlite"))
    assert code == 2 and "no such store" in out
    (tmp_path / "text.sqlite").write_text("not a database " * 100)
    with pytest.raises(StoreError, match="not a tenderguard store"):
        Store(tmp_path / "text.sqlite")


def _database_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _empty_database(path: Path) -> Path:
    sqlite3.connect(path).close()  # a valid SQLite file with no table (0 bytes)
    return path


def _foreign_database(path: Path) -> Path:
    with sqlite3.connect(path) as connection:  # another program's, with a `units` table
        connection.execute("CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO units (name) VALUES ('kg')")
    connection.close()
    return path


@pytest.mark.parametrize("command", [("results",), ("results", "--units"), ("diff", "x")])
@pytest.mark.parametrize("make", [_empty_database, _foreign_database])
def test_reading_commands_refuse_a_database_that_is_not_a_store_and_leave_it_alone(
    tmp_path: Path, command: tuple[str, ...], make: Callable[[Path], Path]
) -> None:
    db = make(tmp_path / "other.sqlite")
    before = _database_bytes(db)
    result = CliRunner().invoke(main, [*command, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert f"{db}: not a tenderguard store" in result.output
    assert "Traceback" not in result.output
    assert _database_bytes(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]  # no -wal, no -shm


def test_scan_refuses_a_foreign_database_and_leaves_it_alone(tmp_path: Path) -> None:
    db = _foreign_database(tmp_path / "other.sqlite")
    before = _database_bytes(db)
    code, err = scan(str(SAMPLES / "msa_saas_en.pdf"), "--db", str(db))
    assert code == 2 and f"{db}: not a tenderguard store (a database of another program)" in err
    assert _database_bytes(db) == before


def test_scan_makes_a_store_of_an_empty_database_and_results_read_it(tmp_path: Path) -> None:
    db = _empty_database(tmp_path / "new.sqlite")
    code, err = scan(str(SAMPLES / "msa_saas_en.pdf"), "--db", str(db))
    assert code == 0, err
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()
    code, out = results("--db", str(db), "--units")
    assert code == 0 and "msa_saas_en.pdf" in out


def test_results_open_the_store_read_only(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    assert scan(str(SAMPLES / "msa_saas_en.pdf"), "--db", str(db))[0] == 0
    with (
        Store(db, create=False) as store,
        pytest.raises(sqlite3.OperationalError, match="readonly"),
    ):
        store._db.execute("DELETE FROM units")


# -- Dask --------------------------------------------------------------------------------------


def test_dask_local_cluster_gives_the_same_rows_as_local_processes(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copytree(SAMPLES / "dce_plateforme_sante", corpus / "dce_sante")
    shutil.copy(SAMPLES / "msa_saas_en.pdf", corpus)
    (corpus / "vide.pdf").write_bytes(b"")
    on_dask, on_local = tmp_path / "dask.sqlite", tmp_path / "local.sqlite"
    code, err = scan(str(corpus), "--db", str(on_dask), "--executor", "dask", "-j", "2")
    assert code == 2, err  # the empty PDF
    assert scan(str(corpus), "--db", str(on_local))[0] == 2
    sql = (
        'SELECT r.unit, q.kind, q.piece, q.clause, q."values", q.text FROM requirements q '
        "JOIN results r ON r.id = q.result ORDER BY r.unit, q.position"
    )
    assert rows(on_dask, sql) == rows(on_local, sql)
    assert len(rows(on_dask, sql)) > 10
    assert rows(on_dask, "SELECT unit, ok FROM results WHERE ok = 0") == [
        (str(corpus / "vide.pdf"), 0)
    ]


def test_unit_paths_of_a_folder_cover_every_file(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "dce_plateforme_sante", tmp_path / "dce")
    unit = Unit(str(tmp_path / "dce"), is_folder=True)
    assert sorted(p.name for p in unit.files()) == sorted(
        p.name for p in (SAMPLES / "dce_plateforme_sante").iterdir()
    )


def test_a_lexicon_edit_makes_the_next_scan_check_again(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(Path(__file__).resolve().parents[1] / "patterns", patterns)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLES / "msa_saas_en.pdf", corpus)
    db = tmp_path / "t.sqlite"
    env = {**os.environ, "TENDERGUARD_PATTERNS": str(patterns)}

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tenderguard", "scan", str(corpus), "--db", str(db)],
            capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stderr

    run()
    assert "1 unchanged since the last scan" in run()
    zones = patterns / "lexicons" / "zones.yaml"
    zones.write_text(zones.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    assert "0 unchanged since the last scan" in run()


def test_an_e_mail_and_a_web_page_are_units_of_their_own_a_spreadsheet_is_not(
    tmp_path: Path,
) -> None:
    for name in ("contrat.eml", "conditions.html", "bpu.csv"):
        (tmp_path / name).write_bytes(b"x")
    units, _ = discover([tmp_path])
    assert sorted(Path(u.key).name for u in units) == ["conditions.html", "contrat.eml"]
