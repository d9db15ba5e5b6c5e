"""mypy infers the model every generated namespace method returns (never ``Model | Error | None``),
on the front door's own namespaces and on the hand-written ones that extend them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
from typing import Any, assert_type

from isogeo import AsyncIsogeo, Isogeo
from isogeo_api.models import (
    Catalog, CoordinateSystem, Datasource, Event, EventCreate, EventKind, Format, Invitation,
    ResourceContact, Thesaurus,
)


def sync_calls(isogeo: Isogeo, catalog: Catalog) -> None:
    assert_type(isogeo.catalogs.list("wg", include=["count"]), list[Catalog])
    event = isogeo.events.create("md", EventCreate(date="2024-03-01", kind=EventKind.UPDATE))
    assert_type(event, Event)
    assert_type(isogeo.events.delete("md", event), None)
    assert_type(isogeo.coordinate_systems.list_for_workgroup("wg"), list[CoordinateSystem])
    assert_type(isogeo.invitations.accept("inv"), Invitation)
    assert_type(isogeo.catalogs.associate(metadata="md", catalog=catalog), None)
    assert_type(isogeo.contacts.list_for_metadata("md"), list[ResourceContact])
    assert_type(isogeo.workgroups.get_statistics_by_tag("wg", "format"), Any)


async def async_calls(aisogeo: AsyncIsogeo) -> None:
    assert_type(await aisogeo.catalogs.list("wg", include=["count"]), list[Catalog])
    assert_type(await aisogeo.invitations.accept("inv"), Invitation)
    assert_type(await aisogeo.formats.get("postgis"), Format)  # the hand-written method stays
    assert_type(await aisogeo.datasources.list("wg"), list[Datasource])
    assert_type(await aisogeo.thesauri.get("th"), Thesaurus)


def wrong(isogeo: Isogeo) -> None:
    isogeo.catalogs.associate("md", "cat")  # E: the sides of an association are named
"""


@pytest.mark.timeout(300)
def test_namespace_methods_return_their_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = tmp_path / "namespace_types.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", os.pathsep.join(str(ROOT / part) for part in ("generated", "overlay")))
    stdout, _stderr, _status = mypy_api.run(
        ["--strict", "--python-version", "3.11", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    wrong_line = SNIPPET.splitlines().index(
        '    isogeo.catalogs.associate("md", "cat")  # E: the sides of an association are named'
    )
    assert [int(line.split(":")[1]) for line in errors] == [wrong_line + 1], stdout
    assert "Too many positional arguments" in errors[0]
