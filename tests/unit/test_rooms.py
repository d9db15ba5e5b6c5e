"""The overlay's rooms import downwards only (ARCHITECTURE.md): no import circle between rooms.

Only the imports a module runs when it is loaded count: those under ``if TYPE_CHECKING:`` and
inside functions (the client loads its namespaces on first use) do not make a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "overlay" / "isogeo"

ROOMS = ("leaf", "foundation", "utilities", "core", "auth", "namespaces", "client", "top")
"""From the bottom up: a module may import its own room and the rooms below it."""

LEAVES = {
    "isogeo._core.redact", "isogeo._core.fields", "isogeo._core.json", "isogeo._version",
    # each side's primitives (task group or thread pool, locks, file opening): the standard library, anyio
    "isogeo._async._primitives", "isogeo._sync._primitives",
}  # fmt: skip
FOUNDATION = {"errors", "config", "retries", "platforms", "credentials"}
UTILITIES = {
    "utils", "ids", "dates", "urls", "tags", "translator", "sizes", "text", "link_kinds", "metadata_helpers",
}  # fmt: skip
NAMESPACES = {
    "resources", "search", "search_query", "pagination", "batch", "files", "export", "capabilities",
    "service_urls",
    # the behaviour modules' shared helpers and their two sides (async written, sync derived)
    "_pagination", "_batch", "_files", "_export", "_async", "_sync",
}  # fmt: skip
AUTH = {"isogeo.auth", "isogeo._auth", "isogeo._async.auth", "isogeo._sync.auth"}
"""The auth flow: the public module, what both flows share, the async flow and its derived twin."""
CLIENT = {"isogeo.client", "isogeo._client", "isogeo._async.client", "isogeo._sync.client"}
"""The client: the public module, what both clients share, the async client and its derived twin."""


def room(module: str) -> str:
    if module in LEAVES:
        return "leaf"
    if module in CLIENT:
        return "client"
    if module in AUTH:
        return "auth"
    parts = module.split(".")
    first = parts[1] if len(parts) > 1 else ""
    if first in FOUNDATION:
        return "foundation"
    if first in UTILITIES:
        return "utilities"
    if first == "_core":
        return "core"
    if first in NAMESPACES:
        return "namespaces"
    if first in {"", "workflows", "cli"}:
        return "top"
    raise AssertionError(f"{module} is in no room: add it to tests/unit/test_rooms.py and ARCHITECTURE.md")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(["isogeo", *parts])


def _loaded_imports(tree: ast.Module) -> set[str]:
    found: set[str] = set()
    for node in tree.body:  # module level only: not functions, not `if TYPE_CHECKING:`
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "isogeo":
                found.update(f"isogeo.{alias.name}" for alias in node.names)
            elif node.module.startswith("isogeo.") or node.module == "isogeo._core":
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("isogeo."))
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda path: _module_name(path))
def test_a_module_imports_its_room_and_the_rooms_below(path: Path) -> None:
    module = _module_name(path)
    level = ROOMS.index(room(module))
    upward = {
        imported: room(imported)
        for imported in _loaded_imports(ast.parse(path.read_text(encoding="utf-8")))
        if ROOMS.index(room(imported)) > level
    }
    assert not upward, f"{module} ({room(module)}) imports from rooms above it: {upward}"


def test_the_rule_catches_an_upward_import() -> None:
    tree = ast.parse("from isogeo.client import Isogeo\nfrom isogeo import errors\n")
    imported = _loaded_imports(tree)
    assert imported == {"isogeo.client", "isogeo.errors"}
    assert ROOMS.index(room("isogeo.client")) > ROOMS.index(room("isogeo._core.http"))
