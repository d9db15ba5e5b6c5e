"""mypy infers what ``call`` returns from the generated module: the model, without ``ApiError``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
from typing import Any, assert_type

from isogeo import AsyncIsogeo, Isogeo
from isogeo_api.api.contact import delete_workgroup_contact, get_contact, list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import Contact, MetadataSearch


def sync_calls(isogeo: Isogeo) -> None:
    assert_type(isogeo.call(get_contact, "x"), Contact)
    assert_type(isogeo.call(list_workgroup_contacts, "x"), list[Contact])
    assert_type(isogeo.call(search_metadata, q="x"), MetadataSearch)
    assert_type(isogeo.call(delete_workgroup_contact, "x", "y"), Any)
    assert_type(isogeo.contacts.get("x"), Contact)


async def async_calls(aisogeo: AsyncIsogeo) -> None:
    assert_type(await aisogeo.call(get_contact, "x"), Contact)
    assert_type(await aisogeo.call(search_metadata), MetadataSearch)
    assert_type(await aisogeo.contacts.list("x"), list[Contact])


def not_an_endpoint(isogeo: Isogeo) -> None:
    isogeo.call(Contact)  # E: not a generated endpoint module
"""


@pytest.mark.timeout(300)
def test_call_returns_the_endpoint_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = tmp_path / "call_types.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", os.pathsep.join(str(ROOT / part) for part in ("generated", "overlay")))
    stdout, _stderr, status = mypy_api.run(
        ["--strict", "--python-version", "3.11", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 1 and len(errors) == 1, stdout
    assert 'Argument 1 to "call" of "Isogeo" has incompatible type' in errors[0]
    assert errors[0].split(":")[1] == str(
        SNIPPET.splitlines().index("    isogeo.call(Contact)  # E: not a generated endpoint module") + 1
    )
