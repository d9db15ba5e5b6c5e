"""The top-level documents point at what exists: README.md, CONTRIBUTING.md and ARCHITECTURE.md.

The site's pages are checked by ``make docs-check`` (mkdocs --strict); these three files live
outside it, so their links and the files they name are checked here.
"""

from __future__ import annotations

import re

import pytest

from tests.support.docs import blocks
from tests.support.spec import ROOT

DOCUMENTS = ["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md"]
LINK = re.compile(r"\]\(([^)\s]+)\)")
PATH = re.compile(r"`((?:overlay|generated|sandbox|tools|templates|openapi|tests|bench|docs)/[\w/.-]+)`")
OVERLAY_FILE = re.compile(r"`(_?\w+\.py)`")


@pytest.mark.parametrize("document", DOCUMENTS)
def test_local_links_resolve(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    targets = [target.split("#", 1)[0] for target in LINK.findall(text)]
    local = [target for target in targets if target and not re.match(r"[a-z]+:", target)]

    assert local or document == "ARCHITECTURE.md"
    assert [target for target in local if not (ROOT / target).exists()] == []


@pytest.mark.parametrize("document", DOCUMENTS)
def test_named_paths_exist(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    named = {path.rstrip(".") for path in PATH.findall(text) if "<" not in path and "{" not in path}

    assert [path for path in sorted(named) if not (ROOT / path).exists()] == []


def test_architecture_names_real_overlay_modules() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    known = {path.name for path in (ROOT / "overlay" / "isogeo").rglob("*.py")} | {
        path.name for path in (ROOT / "tools").glob("*.py")
    }

    assert sorted(set(OVERLAY_FILE.findall(text)) - known) == []


def test_the_readme_keeps_its_two_commands() -> None:
    """`.ci/run` runs `make test`: the README's set-up commands are the ones CI and users run."""
    (commands,) = blocks("README.md", "Two commands", language="bash")

    assert [line.split("#", 1)[0].strip() for line in commands.splitlines()] == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
