"""Derive the sync code (and the sync tests) from the async code with unasync.

The async code is the source: in every folder of :data:`DERIVED_FOLDERS`, ``_async/*.py`` becomes
``_sync/*.py``; every ``(async test, sync test)`` of :data:`TEST_PAIRS` is derived the same way
(e.g. ``tests/integration/test_workflows_async.py`` becomes ``tests/integration/test_workflows.py``).
unasync removes ``async``/``await`` and renames tokens
(:data:`REPLACEMENTS`); a word-level pass then renames what unasync leaves in docstrings and
comments, and ruff formats the result as the project's files are formatted. ``_primitives.py`` is
hand-written on each side (thread pool / task group) and never derived. A derived test gets two more
passes: ``(await x.get()).title`` reads ``x.get().title``, a ``with`` whose whole body is another
``with`` becomes one statement (ruff's SIM117; the async source nests them when one is ``async with``),
and lists split only because ``async`` made them too long are joined again.

    python -m tools.derive_sync           # write the derived files
    python -m tools.derive_sync --check   # fail when one is stale or hand-edited (make check-sync)
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
from io import StringIO
from pathlib import Path

import unasync

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / "overlay" / "isogeo" / "workflows"
RESOURCES = ROOT / "overlay" / "isogeo" / "resources"
BEHAVIOUR = ROOT / "overlay" / "isogeo"
"""The behaviour modules (pagination, batch, files, export): ``isogeo/_async/`` -> ``isogeo/_sync/``."""
HAND_WRITTEN = frozenset({"_primitives.py"})
"""Files written by hand on each side of a derived folder (the primitives that differ)."""

DERIVED_FOLDERS = (WORKFLOWS, RESOURCES, BEHAVIOUR)
"""Folders whose ``_sync/`` is derived from their ``_async/``."""

TESTS = ROOT / "tests" / "integration"
TEST_PAIRS = tuple(
    (TESTS / f"test_{name}_async.py", TESTS / f"test_{name}.py")
    for name in (
        "workflows",
        # integration tests
        "auth",
        "bulk",
        "call_errors",
        "contacts",
        "files",
        "front_door_sandbox",
        "helpers_applications",
        "helpers_counts",
        "helpers_feature_attributes",
        "helpers_formats",
        "helpers_licenses",
        "helpers_services",
        "helpers_shares",
        "helpers_specifications",
        "keywords",
        "metadata",
        "search",
        "search_progress",
        "secrets",
        "transport",
    )
)
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
    # integration tests
    "async_client": "sync_client",
    "AsyncClient": "Client",
    "aiter_bytes": "iter_bytes",
    "aisogeo": "isogeo",
    "concurrently_async": "concurrently",
    # resources: namespace classes, a-prefixed async helpers (AsyncClient, aisogeo: above)
    "AsyncApplications": "Applications",
    "AsyncBulk": "Bulk",
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
    "aiter_items": "iter_items",
    "aopen_stream": "open_stream",
    "areport_progress": "report_progress",
    "awrite_chunks": "write_chunks",
    # behaviour modules (afetch_all_pages, aget_many, aiter_items, areport_progress, awrite_chunks: above)
    "AsyncFetch": "Fetch",
    "AsyncGet": "Get",
    "AsyncItems": "Items",
    "AsyncLineWriter": "LineWriter",
    "afetch_page": "fetch_page",
    "ato_jsonl": "to_jsonl",
    "each_async_item": "each_item",
    # client (AsyncIsogeo: above); unasync itself would make the Async* names Sync*
    "AsyncBaseTransport": "BaseTransport",
    "AsyncIsogeoHttpClient": "IsogeoHttpClient",
    "AsyncNamespaces": "Namespaces",
    "AsyncOAuth2Auth": "OAuth2Auth",
    "aclose": "close",
    "async_api_client": "api_client",
    "async_token_client": "token_client",
    "call_async": "call_sync",
    "set_async_httpx_client": "set_httpx_client",
    # auth flow (AsyncOAuth2Auth, AsyncClient: above)
    "aread": "read",
    "async_auth_flow": "sync_auth_flow",
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
    # client: "The asynchronous client" is "The synchronous client"; a doctest line that runs a
    # coroutine with asyncio.run(...) runs the call itself (and needs no `import asyncio`)
    (re.compile(r"\basynchronous\b"), "synchronous"),
    (re.compile(r"^[ \t]*>>> import asyncio\n", re.M), ""),
    (re.compile(r"^([ \t]*>>> )asyncio\.run\((.*)\)(?=([ \t]+#.*)?$)", re.M), r"\1\2"),
    # auth flow: an async generator has no return type; httpx.Auth.sync_auth_flow's generator returns None
    (
        re.compile(r"\bGenerator\[httpx\.Request, httpx\.Response\]"),
        "Generator[httpx.Request, httpx.Response, None]",
    ),
    *((re.compile(rf"\b{old}\b"), new) for old, new in REPLACEMENTS.items()),
)
"""Renames in what unasync does not touch: docstrings, comments, doctest lines."""

TEST_RULES = (
    # integration tests: a generated endpoint's coroutine call becomes its blocking one
    (re.compile(r"\.asyncio(_detailed)?\("), r".sync\1("),
    # [x async for x in it] derives as [x for x in it], which is list(it)
    (re.compile(r"\[(\w+) for \1 in ([\w.]+(?:\([^()\[\]\n]*\))?)\]"), r"list(\2)"),
)
"""Rewrites of derived tests only, after :data:`TEXT_RULES`."""

HEADER = "# Derived from {source} by tools/derive_sync.py: do not edit.\n"


def _closing(text: str, start: int) -> int:
    """Index of the bracket that closes the one at ``start`` (strings are not told apart)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "([{":
            depth += 1
        elif text[index] in ")]}":
            depth -= 1
            if depth == 0:
                return index
    return -1


def drop_await_parentheses(text: str) -> str:
    """``(await x.get()).title`` as ``await x.get().title``: once unasync removes ``await``, the sync
    test reads ``x.get().title`` (an awaited primary needs no parentheses without ``await``).

    Applied to the async source of a test before unasync; the parentheses of a call (``len(await x)``)
    and those holding anything else than one awaited expression (a tuple, a generator) are kept.
    """
    out: list[str] = []
    position = 0
    while (start := text.find("(await ", position)) != -1:
        end = _closing(text, start)
        inner = text[start + 1 : end]
        try:
            expression = ast.parse(inner, mode="eval").body if end != -1 else None
        except SyntaxError:
            expression = None
        call = start > 0 and (
            text[start - 1].isidentifier() or text[start - 1].isdigit() or text[start - 1] in ")]"
        )
        if isinstance(expression, ast.Await) and not call:
            out.append(text[position:start] + inner)
            position = end + 1
        else:
            out.append(text[position : start + 1])
            position = start + 1
    out.append(text[position:])
    return "".join(out)


def _segment(text: str, node: ast.expr) -> str:
    """The source of ``node`` as written (raw strings stay raw)."""
    segment = ast.get_source_segment(text, node)
    if segment is None:
        raise ValueError(f"no source for {ast.dump(node)}")
    return segment


def _constants(text: str) -> list[str]:
    return sorted(repr(node.value) for node in ast.walk(ast.parse(text)) if isinstance(node, ast.Constant))


def merge_nested_with(text: str) -> str:
    """``with a:`` whose whole body is ``with b:`` as ``with a, b:`` (ruff's SIM117).

    The async source nests them when one of the two is ``async with``; once derived, both are plain
    ``with`` statements. Applied to derived tests; ruff format then wraps the long ones.
    """
    while True:
        lines = text.splitlines(keepends=True)
        for node in (node for node in ast.walk(ast.parse(text)) if isinstance(node, ast.With)):
            inner = node.body[0]
            if len(node.body) != 1 or not isinstance(inner, ast.With):
                continue
            first = inner.body[0].lineno
            if first == inner.lineno or not lines[inner.lineno - 2].rstrip().endswith(":"):
                continue  # a body on the header's line, or a comment between the two headers
            if not lines[first - 2].rstrip().endswith(":"):
                continue
            items = [
                _segment(text, item.context_expr)
                + (f" as {_segment(text, item.optional_vars)}" if item.optional_vars else "")
                for item in (*node.items, *inner.items)
            ]
            indent = " " * node.col_offset
            shift = " " * (inner.col_offset - node.col_offset)
            body = [line.removeprefix(shift) for line in lines[first - 1 : inner.end_lineno]]
            merged = [f"{indent}with {', '.join(items)}:\n", *body]
            merged_text = "".join([*lines[: node.lineno - 1], *merged, *lines[inner.end_lineno :]])
            if _constants(merged_text) != _constants(text):
                raise ValueError(f"line {node.lineno}: a string spans lines in nested with statements")
            text = merged_text
            break
        else:
            return text


def drop_magic_trailing_commas(text: str) -> str:
    """The trailing comma of a parameter list, an import list or a group of ``with`` items removed.

    ruff format keeps such a list one item a line while its last comma stays ("magic" trailing
    comma); the async source often needs that layout only because ``async``/``await`` made the line
    too long. Without the comma, ruff format joins what now fits and splits (adding the comma back)
    what does not. Applied to derived tests.
    """
    tokens = list(tokenize.generate_tokens(StringIO(text).readline))
    commas: list[tuple[int, int]] = []
    for index, token in enumerate(tokens[2:], start=2):
        before, keyword = tokens[index - 1], tokens[index - 2]
        opens_a_list = before.string in ("import", "with") or keyword.string == "def"
        if token.exact_type != tokenize.LPAR or before.type != tokenize.NAME or not opens_a_list:
            continue
        depth = 0
        for closing in range(index, len(tokens)):
            depth += {tokenize.LPAR: 1, tokenize.RPAR: -1}.get(tokens[closing].exact_type, 0)
            if depth == 0:
                break
        last = closing - 1
        while tokens[last].type == tokenize.NL:
            last -= 1
        if tokens[last].exact_type == tokenize.COMMA:
            commas.append(tokens[last].start)
    lines = text.splitlines(keepends=True)
    for row, column in reversed(commas):
        lines[row - 1] = lines[row - 1][:column] + lines[row - 1][column + 1 :]
    return "".join(lines)


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
        if target.is_relative_to(TESTS):
            copy.write_text(drop_await_parentheses(source.read_text(encoding="utf-8")), encoding="utf-8")
        else:
            shutil.copyfile(source, copy)
        staged[target] = work / str(index) / "_sync" / target.name
        unasync.unasync_files([str(copy)], [rule])
    for target, output in staged.items():
        text = output.read_text(encoding="utf-8")
        for pattern, replacement in TEXT_RULES:
            text = pattern.sub(replacement, text)
        if target.is_relative_to(TESTS):
            for pattern, replacement in TEST_RULES:
                text = pattern.sub(replacement, text)
            text = drop_magic_trailing_commas(merge_nested_with(text))
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
