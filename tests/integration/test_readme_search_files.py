"""The search examples (README and search guide), and those of the bulk and files guides, run as written
against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.docs import example
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import sandbox_client

pytestmark = pytest.mark.integration

SEARCH = {"README": ("README.md", "Search"), "guide": ("docs/guides/search.md", None)}
BULK = example("docs/guides/bulk.md")
FILES = example("docs/guides/files.md")


@pytest.mark.parametrize("where", SEARCH)
def test_search_example(where: str, sandbox: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    names: dict[str, object] = {}
    with sandbox_client(sandbox) as isogeo:
        exec(example(*SEARCH[where]), {"isogeo": isogeo}, names)  # noqa: S102 - our own documentation

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
        exec(BULK, {"isogeo": isogeo, **variables})  # noqa: S102 - our own documentation
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
        exec(FILES, {"isogeo": isogeo, "md_id": md_id})  # noqa: S102 - our own documentation

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(" Ko") and (tmp_path / "exports").is_dir()
    # The example's comment says where the export goes: it must be there.
    claimed = re.search(r"export_xml\(.*# (exports/\{\w+\}\.xml)", FILES)
    assert claimed, "files guide: the export_xml example no longer says where it writes"
    with sandbox_client(fresh_sandbox) as isogeo:
        title = isogeo.metadata.get(md_id).title
    assert (tmp_path / claimed[1].format(md_id=md_id, title=title)).is_file(), sorted(
        path.name for path in (tmp_path / "exports").iterdir()
    )
    assert (
        lines[1] == "communes_2024.zip 356.0 octets"
        and (tmp_path / "downloads" / "communes_2024.zip").is_file()
    )
