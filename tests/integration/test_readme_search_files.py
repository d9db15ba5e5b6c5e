"""The README's "Search and pagination", "Bulk" and "Files" examples run as written against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _example(section: str) -> str:
    body = README.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", body, re.DOTALL)
    assert match, f"README: no python example under {section!r}"
    return match[1]


def test_search_example(sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    names: dict[str, object] = {}
    with sandbox_client(sandbox) as isogeo:
        exec(_example("Search and pagination"), {"isogeo": isogeo}, names)  # noqa: S102 - our own README

    total, formats = capsys.readouterr().out.split(" ", 1)
    assert int(total) >= 2000 and formats.startswith("[")
    assert len(names["every"].results) > 100  # type: ignore[attr-defined]


def test_bulk_example(fresh_sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    known = fresh_sandbox.info["metadata"]
    variables = {
        "md_id": known["vector"],
        "other_md_id": known["raster"],
        "catalog_id": fresh_sandbox.info["catalog"],
    }
    with sandbox_client(fresh_sandbox) as isogeo:
        exec(_example("Bulk"), {"isogeo": isogeo, **variables})  # noqa: S102 - our own README
        title = isogeo.metadata.get(known["vector"]).title

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("catalogs ") and lines[1].startswith("title ")
    assert title == "Cours d'eau de la Métropole"


def test_files_example(
    fresh_sandbox: SandboxHandle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    md_id = fresh_sandbox.info["metadata"]["complete"]  # it has a hosted file
    with sandbox_client(fresh_sandbox) as isogeo:
        exec(_example("Files"), {"isogeo": isogeo, "md_id": md_id})  # noqa: S102 - our own README

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(" Ko") and (tmp_path / "exports").is_dir()
    # The example's comment says where the export goes: it must be there.
    claimed = re.search(r"export_xml\(.*# (exports/\{\w+\}\.xml)", _example("Files"))
    assert claimed, "README: the export_xml example no longer says where it writes"
    with sandbox_client(fresh_sandbox) as isogeo:
        title = isogeo.metadata.get(md_id).title
    assert (tmp_path / claimed[1].format(md_id=md_id, title=title)).is_file(), sorted(
        path.name for path in (tmp_path / "exports").iterdir()
    )
    assert (
        lines[1] == "communes_2024.zip 356.0 octets"
        and (tmp_path / "downloads" / "communes_2024.zip").is_file()
    )
