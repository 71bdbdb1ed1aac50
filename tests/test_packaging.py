"""The wheel ships patterns/ and the schemas; an installed copy finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_the_rules_and_the_schemas(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("tenderguard-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    rule_files = {
        p.relative_to(ROOT / "patterns").as_posix() for p in (ROOT / "patterns").rglob("*.yaml")
    }
    assert {f"tenderguard/patterns/{name}" for name in rule_files} <= names
    assert "tenderguard/schema/report.schema.json" in names
    assert "tenderguard/schema/rule.schema.json" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tenderguard", "--version"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert out.startswith("tenderguard, version ")
