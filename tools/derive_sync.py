"""Derive the sync code (and the sync tests) from the async code with unasync.

The async code is the source: in every folder of :data:`DERIVED_FOLDERS`, ``_async/*.py`` becomes
``_sync/*.py``; every ``(async test, sync test)`` of :data:`TEST_PAIRS` is derived the same way
(e.g. ``tests/integration/test_workflows_async.py`` becomes ``tests/integration/test_workflows.py``).
unasync removes ``async``/``await`` and renames tokens
(:data:`REPLACEMENTS`); a word-level pass then renames what unasync leaves in docstrings and
comments, and ruff formats the result as the project's files are formatted. ``_primitives.py`` is
hand-written on each side (thread pool / task group) and never derived.

    python -m tools.derive_sync           # write the derived files
    python -m tools.derive_sync --check   # fail when one is stale or hand-edited (make check-sync)
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / "overlay" / "isogeo" / "workflows"
RESOURCES = ROOT / "overlay" / "isogeo" / "resources"
HAND_WRITTEN = frozenset({"_primitives.py"})
"""Files written by hand on each side of a derived folder (the primitives that differ)."""

DERIVED_FOLDERS = (WORKFLOWS, RESOURCES)
"""Folders whose ``_sync/`` is derived from their ``_async/``."""

TESTS = ROOT / "tests" / "integration"
TEST_PAIRS = ((TESTS / "test_workflows_async.py", TESTS / "test_workflows.py"),)
"""Integration tests written async, their sync twin derived."""

REPLACEMENTS = {
    "AsyncIsogeo": "Isogeo",
    "call_response_async": "call_response_sync",
    "async_sandbox_client": "sandbox_client",
    "new_metadata_async": "new_metadata",
    "new_workgroup_async": "new_workgroup",
    "abackup": "backup",
    "aduplicate": "duplicate",
    "areplace": "replace",
    "aundo_replace": "undo_replace",
    "aread_backup": "read_backup",
    # resources: namespace classes, a-prefixed async helpers, httpx.AsyncClient, the examples' aisogeo
    "AsyncApplications": "Applications",
    "AsyncBulk": "Bulk",
    "AsyncClient": "Client",
    "AsyncConditions": "Conditions",
    "AsyncContacts": "Contacts",
    "AsyncCounts": "Counts",
    "AsyncFeatureAttributes": "FeatureAttributes",
    "AsyncFormats": "Formats",
    "AsyncKeywords": "Keywords",
    "AsyncLicenses": "Licenses",
    "AsyncLinks": "Links",
    "AsyncMetadataNamespace": "MetadataNamespace",
    "AsyncMetadataResource": "MetadataResource",
    "AsyncPages": "Pages",
    "AsyncSearch": "Search",
    "AsyncServices": "Services",
    "AsyncShares": "Shares",
    "AsyncSpecifications": "Specifications",
    "afetch_all_pages": "fetch_all_pages",
    "aget_many": "get_many",
    "aiter_bytes": "iter_bytes",
    "aiter_items": "iter_items",
    "aopen_stream": "open_stream",
    "areport_progress": "report_progress",
    "awrite_chunks": "write_chunks",
    "aisogeo": "isogeo",
}
"""Token renames (besides unasync's own: ``__aenter__``, ``AsyncIterator``...)."""

TEXT_RULES = (
    (re.compile(r"\bawait "), ""),
    (re.compile(r"\basync (def|with|for) "), r"\1 "),
    (
        re.compile(r"^pytestmark = \[pytest\.mark\.integration, pytest\.mark\.anyio\]$", re.M),
        "pytestmark = pytest.mark.integration",
    ),
    (re.compile(r"\b_async/"), "_sync/"),
    # resources: a docstring that opens with "Async ..." opens with "Sync ..." on the derived side
    (re.compile(r'^(\s*"""|\s*)Async\b', re.M), r"\1Sync"),
    *((re.compile(rf"\b{old}\b"), new) for old, new in REPLACEMENTS.items()),
)
"""Renames in what unasync does not touch: docstrings, comments, doctest lines."""

HEADER = "# Derived from {source} by tools/derive_sync.py: do not edit.\n"


def pairs() -> list[tuple[Path, Path]]:
    """(async source, derived sync file) of every derived file."""
    found = [
        (source, folder / "_sync" / source.name)
        for folder in DERIVED_FOLDERS
        for source in sorted((folder / "_async").glob("*.py"))
        if source.name not in HAND_WRITTEN
    ]
    found.extend(TEST_PAIRS)
    return found


def derive(sources: list[tuple[Path, Path]], work: Path) -> dict[Path, str]:
    """The text of every derived file, formatted (``work`` is an empty scratch folder)."""
    rule = unasync.Rule("/_async/", "/_sync/", additional_replacements=REPLACEMENTS)
    staged: dict[Path, Path] = {}
    for index, (source, target) in enumerate(sources):
        folder = work / str(index) / "_async"
        folder.mkdir(parents=True)
        copy = folder / target.name
        shutil.copyfile(source, copy)
        staged[target] = work / str(index) / "_sync" / target.name
        unasync.unasync_files([str(copy)], [rule])
    for target, output in staged.items():
        text = output.read_text(encoding="utf-8")
        for pattern, replacement in TEXT_RULES:
            text = pattern.sub(replacement, text)
        source = next(src for src, dst in sources if dst == target)
        header = HEADER.format(source=f"{source.parent.name}/{source.name}")
        output.write_text(header + text, encoding="utf-8")
    outputs = [str(path) for path in staged.values()]
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *config, *outputs], check=True)  # noqa: S603 - our own ruff
    subprocess.run([*ruff, "format", "--quiet", *config, *outputs], check=True)  # noqa: S603 - our own ruff
    return {target: output.read_text(encoding="utf-8") for target, output in staged.items()}


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 if stale")
    options = parser.parse_args(argv)
    sources = pairs()
    with tempfile.TemporaryDirectory() as scratch:
        derived = derive(sources, Path(scratch))
    stale = []
    for target, text in derived.items():
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == text:
            continue
        stale.append(target)
        if options.check:
            diff = difflib.unified_diff(
                current.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"{_shown(target)} (committed)",
                tofile=f"{_shown(target)} (derived)",
            )
            sys.stdout.writelines(diff)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {_shown(target)}")
    if options.check and stale:
        names = ", ".join(_shown(path) for path in stale)
        print(f"make: {names} stale or hand-edited; run 'python -m tools.derive_sync' and commit")
        return 1
    if options.check:
        print(f"sync code is fresh ({len(derived)} files derived from the async ones)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
