"""Throughput, memory and rescan cost of `tenderguard scan` on a generated corpus.

    python benchmarks/bench_scan.py [--units 1000] [--work DIR] [--keep]

Generates a corpus of UNITS units (seeded, so every run sees the same one): about 55 % lone
contracts (PDF of 8 to 34 pages), 25 % DCE folders and 10 % DCE archives (RC, CCAP, CCTP
and AE, 25 to 65 pages together), 8 % DOCX contracts and 2 % broken files (empty PDF,
truncated PDF, DOCX that is not a ZIP). Pages are drawn from a pool of dense A4 pages: one
paragraph in ten is a demand taken from the project's sample texts, the others ordinary
clauses of a tender (planning, deliverables, acceptance), about the density of demands in
the real tenders of the corpus (0.27 requirement per page there).

Then measures, each scan a new `tenderguard scan` process:
  1. a first scan with --jobs 1, then with --jobs 2 (units/s, pages/s);
  2. a rescan with nothing changed (target: <= 5 % of the first scan's time);
  3. a scan of half the corpus, to compare the peak memory of a worker (target <= 250 MB,
     flat when the corpus doubles);
  4. the size of the store.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "samples" / "src"
DOCX_SAMPLES = [ROOT / "samples" / n for n in ("cgv_hebergeur.docx", "dpa_processor_en.docx")]
TARGET_WORKER_MB = 250
DEMAND_SHARE = 0.1
# Clauses with nothing for the rules to find: what most pages of a tender are made of.
ORDINARY = [
    "Le titulaire organise une réunion de lancement dans les quinze jours suivant la "
    "notification. Il y présente l'équipe affectée, le planning détaillé et la méthode de "
    "suivi retenue pour l'ensemble des phases.",
    "Chaque livrable est remis sous forme électronique, dans un format éditable, "
    "accompagné d'une note de synthèse. Le pouvoir adjudicateur dispose de dix jours "
    "ouvrés pour formuler ses observations.",
    "La vérification d'aptitude porte sur le respect des fonctionnalités décrites dans le "
    "cahier des charges. Elle donne lieu à un procès-verbal signé des deux parties.",
    "Le comité de pilotage se réunit une fois par trimestre. Le titulaire en rédige le "
    "compte rendu et le transmet dans la semaine qui suit la réunion.",
    "Les prestations comprennent l'analyse de l'existant, la conception fonctionnelle, le "
    "développement des gabarits, la reprise des contenus et l'accompagnement des "
    "contributeurs.",
    "Le titulaire désigne un chef de projet, interlocuteur unique de l'acheteur pour toute "
    "question relative à l'exécution. Tout remplacement est signalé par écrit.",
    "Les documents de formation sont rédigés en français. Les sessions ont lieu dans les "
    "locaux de l'acheteur, par groupes de huit personnes au plus.",
    "Les demandes d'évolution font l'objet d'un devis détaillé établi sur la base du "
    "bordereau des prix unitaires. Aucun travail n'est engagé sans bon de commande.",
    "La charte graphique de la collectivité s'impose au titulaire. Les maquettes sont "
    "soumises à validation avant toute intégration.",
    "Les correspondances relatives au marché sont adressées au service de la commande "
    "publique, qui en assure l'enregistrement et la diffusion aux services concernés.",
    "Le titulaire tient à jour un registre des anomalies signalées, avec leur date, leur "
    "niveau de gravité et la suite qui leur a été donnée.",
    "Les modalités de transfert de connaissances vers les équipes internes sont décrites "
    "dans le mémoire technique et font partie de l'offre.",
]
TARGET_RESCAN = 0.05


def _source_paragraphs() -> list[str]:
    """The paragraphs of the sample tenders and contracts (not the certificates)."""
    paragraphs: list[str] = []
    for source in sorted(SOURCES.glob("*.txt")):
        if source.name.startswith("cert_"):
            continue
        for block in source.read_text(encoding="utf-8").split("\n\n"):
            lines = [ln for ln in block.splitlines() if not ln.startswith(("%%", "@"))]
            text = " ".join(" ".join(lines).lstrip("#| ").split())
            if text:
                paragraphs.append(text)
    return paragraphs


def page_pool(pages: int, seed: int) -> pdfium.PdfDocument:
    """`pages` dense pages: numbered articles, each a run of sample paragraphs."""
    rng = random.Random(seed)
    paragraphs = _source_paragraphs()
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=False)
    article = 0
    for _ in range(pages):
        pdf.add_page()
        pdf.set_xy(20, 20)
        while pdf.get_y() < 250:
            article += 1
            pdf.set_font("helvetica", "B", 10)
            title = rng.choice(["Objet", "Exécution", "Suivi", "Livrables"])
            pdf.multi_cell(170, 5, f"ARTICLE {article} - {title}")
            pdf.set_font("helvetica", size=9)
            for _ in range(rng.randint(1, 3)):
                text = rng.choice(paragraphs if rng.random() < DEMAND_SHARE else ORDINARY)
                pdf.multi_cell(170, 4.5, text.encode("cp1252", "replace").decode("cp1252"))
                if pdf.get_y() > 265:
                    break
    return pdfium.PdfDocument(bytes(pdf.output()))


def _pdf(pool: pdfium.PdfDocument, pages: int, rng: random.Random) -> bytes:
    document = pdfium.PdfDocument.new()
    document.import_pages(pool, [rng.randrange(len(pool)) for _ in range(pages)])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _dce_pieces(pool: pdfium.PdfDocument, ref: str, rng: random.Random) -> dict[str, bytes]:
    return {
        f"RC_{ref}.pdf": _pdf(pool, rng.randint(4, 10), rng),
        f"CCAP_{ref}.pdf": _pdf(pool, rng.randint(8, 24), rng),
        f"CCTP_{ref}.pdf": _pdf(pool, rng.randint(10, 30), rng),
        f"AE_{ref}.pdf": _pdf(pool, rng.randint(1, 2), rng),
    }


def _broken(index: int) -> tuple[str, bytes]:
    truncated = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Ty"
    return [
        ("vide.pdf", b""),
        ("tronque.pdf", truncated),
        ("pas_un_zip.docx", b"ceci n'est pas un document Word"),
    ][index % 3]


def generate(root: Path, units: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    pool = page_pool(60, seed)
    for i in range(units):
        group = f"lot_{i // 50:02d}"
        draw = rng.random()
        if draw < 0.55:
            path = root / "contrats" / group / f"contrat_{i:04d}.pdf"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_pdf(pool, rng.randint(8, 34), rng))
        elif draw < 0.80:
            folder = root / "dce" / group / f"2026-{i:04d}"
            folder.mkdir(parents=True)
            for name, data in _dce_pieces(pool, f"2026-{i:04d}", rng).items():
                (folder / name).write_bytes(data)
        elif draw < 0.90:
            path = root / "archives" / group / f"dce_2026-{i:04d}.zip"
            path.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in _dce_pieces(pool, f"2026-{i:04d}", rng).items():
                    archive.writestr(name, data)
        elif draw < 0.98:
            path = root / "contrats" / group / f"contrat_{i:04d}.docx"
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(DOCX_SAMPLES[i % len(DOCX_SAMPLES)], path)
        else:
            name, data = _broken(i)
            path = root / "contrats" / group / f"{i:04d}_{name}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def _scan(paths: list[Path], db: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "tenderguard", "scan", *map(str, paths), "--db", str(db)]
    started = time.perf_counter()
    done = subprocess.run([*command, "--jobs", str(jobs), "--quiet"], capture_output=True)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1, 2):
        sys.exit(f"scan failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed


def _facts(db: Path) -> dict[str, float]:
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT COUNT(*), SUM(pages), SUM(1 - ok), MAX(peak_rss_kb), SUM(requirements) "
            "FROM results JOIN units ON units.current = results.id"
        ).fetchone()
    units, pages, errors, rss_kb, requirements = row
    return {
        "units": units,
        "pages": pages or 0,
        "errors": errors or 0,
        "worker_mb": (rss_kb or 0) / 1024,
        "requirements": requirements or 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--work", type=Path, help="Folder for the corpus and stores.")
    parser.add_argument("--keep", action="store_true", help="Keep the generated corpus.")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="tenderguard-bench-scan-"))
    corpus = work / "corpus"
    if not corpus.exists():
        started = time.perf_counter()
        generate(corpus, args.units)
        print(f"corpus generated in {time.perf_counter() - started:.0f} s: {corpus}")
    size_mb = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file()) / 1e6

    runs: dict[str, tuple[float, dict[str, float]]] = {}
    for jobs in (1, 2):
        db = work / f"jobs{jobs}.sqlite"
        db.unlink(missing_ok=True)
        seconds = _scan([corpus], db, jobs)
        runs[f"jobs {jobs}"] = (seconds, _facts(db))
    rescan = _scan([corpus], work / "jobs2.sqlite", 2)
    half_db = work / "half.sqlite"
    half_db.unlink(missing_ok=True)
    half = [p for p in sorted((corpus / "contrats").iterdir())][::2]
    half += [p for p in sorted((corpus / "dce").iterdir())][::2]
    half += [p for p in sorted((corpus / "archives").iterdir())][::2]
    half_seconds = _scan(half, half_db, 2)
    half_facts = _facts(half_db)

    first = runs["jobs 1"][1]
    print(
        f"corpus: {first['units']:.0f} units, {first['pages']:.0f} pages, {size_mb:.0f} MB, "
        f"{first['errors']:.0f} unit(s) in error, {first['requirements']:.0f} requirements"
    )
    for label, (seconds, facts) in runs.items():
        print(
            f"{label}: {seconds:6.1f} s  {facts['units'] / seconds:5.1f} units/s  "
            f"{facts['pages'] / seconds:6.0f} pages/s  worker peak {facts['worker_mb']:.0f} MB"
        )
    first_scan = runs["jobs 2"][0]
    print(
        f"no-change rescan (jobs 2): {rescan:.1f} s = {rescan / first_scan:.1%} of the first "
        f"scan (target <= {TARGET_RESCAN:.0%})"
    )
    print(
        f"worker peak: {half_facts['worker_mb']:.0f} MB on half the corpus "
        f"({half_facts['units']:.0f} units, {half_seconds:.0f} s), "
        f"{runs['jobs 2'][1]['worker_mb']:.0f} MB on all of it (target <= {TARGET_WORKER_MB} MB)"
    )
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest process of any scan (scan or worker): {largest:.0f} MB")
    db_mb = (work / "jobs2.sqlite").stat().st_size / 1e6
    per_unit_kb = db_mb * 1e3 / first["units"]
    print(f"store: {db_mb:.1f} MB for {first['units']:.0f} units ({per_unit_kb:.0f} KB per unit)")
    met = (
        rescan / first_scan <= TARGET_RESCAN
        and max(r[1]["worker_mb"] for r in runs.values()) <= TARGET_WORKER_MB
    )
    print("targets met" if met else "TARGETS MISSED")
    if not args.keep and not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
