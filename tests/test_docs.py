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
