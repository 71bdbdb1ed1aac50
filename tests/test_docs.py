"""The README and the command's help stay in step."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from tenderguard.cli import main
from tenderguard.kinds import KINDS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands() -> None:
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in block.strip().splitlines()] == [
        "make demo",
        "make test",
    ]


def test_every_check_option_is_documented_and_exists() -> None:
    help_text = CliRunner().invoke(main, ["check", "--help"]).output
    in_help = set(re.findall(r"(--[a-z-]+)", help_text)) - {"--help"}
    table = README.split("Options of `check`:", 1)[1].split("\n\n", 2)[1]
    in_readme = set(re.findall(r"`(?:-\w, )?(--[a-z-]+)", table))
    assert in_readme == in_help


def test_every_kind_is_listed_in_the_readme() -> None:
    for name in KINDS:
        assert f"`{name.split('.', 1)[1]}`" in README


def test_every_batch_option_is_in_the_readme() -> None:
    section = README.split("## Scanning hundreds of contracts", 1)[1].split("\n## ", 1)[0]
    for command in ("scan", "results", "diff"):
        help_text = CliRunner().invoke(main, [command, "--help"]).output
        own = set(re.findall(r"(--[a-z-]+)", help_text)) - {"--help"}
        shared = {
            "--lang",
            "--password",
            "--certificate",
            "--profile",
            "--on",
            "--quiet",
            "--debug",
        }
        missing = {o for o in own - shared if f"`{o}" not in section and f" {o} " not in section}
        assert not missing, (command, missing)


def test_the_limits_in_the_readme_are_the_codes() -> None:
    from tenderguard.inputs import MAX_DOCUMENT_CHARS, MAX_FILE_BYTES
    from tenderguard.parsing import archive, docx, ocr, pdf

    section = README.split("## Damaged and hostile files", 1)[1].split("\n## ", 1)[0]
    mb = 1024 * 1024
    for stated in (
        f"files over {MAX_FILE_BYTES // mb} MB",
        f"PDFs over {pdf.MAX_PAGES:,} pages",
        f"stops at {MAX_DOCUMENT_CHARS:,} characters",
        f"at most the first {ocr.MAX_OCR_PAGES} pages",
        f"{ocr.TIMEOUT_SECONDS} s a page",
        f"{archive.MAX_TOTAL_BYTES // mb} MB per archive",
        f"{archive.MAX_MEMBER_BYTES // mb} MB per entry",
        f"{docx.MAX_PART_BYTES // mb} MB per part of a DOCX",
        f"{archive.MAX_MEMBERS:,} entries",
        f"a ratio of {archive.MAX_RATIO}",
    ):
        assert stated in section, stated
