"""A module names each of its constants and functions once: a second assignment of a name at
module level silently replaces the first for every function that reads it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "tenderguard"


def _names_bound_twice(module: Path) -> list[str]:
    bound: Counter[str] = Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


@pytest.mark.parametrize("module", sorted(SOURCE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module: Path) -> None:
    assert _names_bound_twice(module) == []


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('_WORDS = frozenset("a b".split())\n_WORDS = frozenset("c".split())\n')
    assert _names_bound_twice(module) == ["_WORDS"]
