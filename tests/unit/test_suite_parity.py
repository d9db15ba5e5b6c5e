"""Sync and async suites mirror each other: test_X.py and test_X_async.py define the same tests."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
PAIRS = sorted(
    (path.with_name(path.name.replace("_async", "")), path) for path in TESTS.rglob("test_*_async.py")
)


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
    }


def test_there_are_mirrored_suites() -> None:
    assert len(PAIRS) >= 5


@pytest.mark.parametrize(("sync_file", "async_file"), PAIRS, ids=[p[1].name for p in PAIRS])
def test_async_suite_mirrors_the_sync_suite(sync_file: Path, async_file: Path) -> None:
    assert sync_file.exists(), f"{async_file.name} has no sync twin"
    assert _test_names(sync_file) == _test_names(async_file)
