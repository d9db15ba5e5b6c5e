"""`make api-html` (part of `make docs`) builds one self-contained HTML page showing every operation.

What the built page holds: Redoc (pinned through `@redocly/cli` in package-lock.json) prerenders
the navigation only, one link per tag, and renders each tag's operations in the browser from the
API description it embeds as ``const __redoc_definition = {...};``. So the test reads that embedded
description, the data the page renders, and checks that its operations (method, path, operationId
and summary, the heading a reader sees) are exactly the spec's, and that the navigation links every
tag. The page is built once for the module, into a temporary folder, by the real `make api-html`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from typing import Any

import pytest

from tests.support.spec import HTTP_METHODS, ROOT, load_spec, operations

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
DEFINITION = re.compile(r"^\s*const __redoc_definition = (\{.*\});$", re.MULTILINE)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    if not REDOCLY.exists():
        if os.environ.get("CI"):
            pytest.fail("node_modules is missing in CI: `make test` installs it (npm ci) before pytest")
        pytest.skip("node_modules is absent: run `make test` or `npm ci` first")
    make = shutil.which("make")
    assert make, "make is needed to build the page the way `make api-html` does"
    output = tmp_path_factory.mktemp("site") / "index.html"
    # A nested make must not inherit the outer `make test`'s flags (jobserver, silent...).
    env = {key: value for key, value in os.environ.items() if key not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    done = subprocess.run(  # noqa: S603 - our own Makefile
        [make, "--no-print-directory", "api-html", f"DOCS_HTML={output}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return output.read_text(encoding="utf-8")


def _embedded_definition(page: str) -> dict[str, Any]:
    match = DEFINITION.search(page)
    assert match, "the page does not embed `const __redoc_definition = {...};`"
    definition: dict[str, Any] = json.loads(match[1])
    return definition


def _prerendered(page: str) -> str:
    start, end = page.index('<div id="redoc">'), page.index('<script type="module">')
    return page[start:end]


def test_the_page_shows_every_operation_with_its_summary(page: str) -> None:
    definition = _embedded_definition(page)
    shown = {
        (method.upper(), path, item[method]["operationId"], item[method]["summary"])
        for path, item in definition["paths"].items()
        for method in HTTP_METHODS
        if method in item
    }
    expected = {(method, path, op["operationId"], op["summary"]) for method, path, op in operations()}
    assert shown == expected
    assert len(shown) == 160


def test_the_navigation_links_every_tag(page: str) -> None:
    navigation = _prerendered(page)
    tags = [tag["name"] for tag in load_spec()["tags"]]
    assert [tag for tag in tags if f'href="/{tag}"' not in navigation] == []


def test_the_page_works_offline_and_reports_nothing(page: str) -> None:
    """Everything is inline (Redoc would otherwise be imported from a CDN); telemetry is off."""
    assert re.findall(r"<script[^>]*\bsrc=", page) == []
    assert re.findall(r"<link[^>]*\bhref=\"https?:", page) == []
    assert re.findall(r"\bimport\b[^;\n]*\bfrom\s*\"https?://", page) == []
    options = re.search(r"const __redoc_options = (\{.*?\});", page)
    assert options, "the page has no `__redoc_options`"
    assert json.loads(options[1])["disableTelemetry"] is True
