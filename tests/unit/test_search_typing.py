"""mypy sees the types of the search and files namespaces: search results, lazy iterators, batch results,
downloads, bulk outcomes, keyword pages; a search option of the wrong type is a type error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

SNIPPET = """
from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

from isogeo import AsyncIsogeo, Isogeo
from isogeo.batch import BatchResult
from isogeo.files import DownloadedFile
from isogeo.resources.bulk import BulkOutcome
from isogeo.search import SearchResults
from isogeo_api.api.contact import get_contact
from isogeo_api.models import Contact, Keyword, KeywordSearch, Link, Metadata


def sync_calls(isogeo: Isogeo, link: Link) -> None:
    assert_type(isogeo.search(query="type:service", page_size=10), SearchResults)
    assert_type(isogeo.search.all(query="type:service", concurrency=8), SearchResults)
    assert_type(isogeo.search.iter(query="type:service"), Iterator[Metadata])
    assert_type(isogeo.search_iter(), Iterator[Metadata])
    assert_type(isogeo.metadata.get_many(["x"]), BatchResult[Metadata])
    assert_type(isogeo.get_many(get_contact, ["x"]), BatchResult[Contact])
    assert_type(isogeo.metadata.export_xml("x", "exports"), DownloadedFile)
    assert_type(isogeo.links.download_hosted(link, "downloads"), DownloadedFile)
    assert_type(isogeo.links.upload_hosted("x", "a.zip"), Link)
    assert_type(isogeo.bulk.send(), list[BulkOutcome])
    assert_type(isogeo.keywords.thesaurus(whole_results=True), KeywordSearch)
    assert_type(isogeo.keywords.workgroup_iter("x"), Iterator[Keyword])
    assert_type(isogeo.pages.all(get_contact), list[Any])


async def async_calls(aisogeo: AsyncIsogeo) -> None:
    assert_type(await aisogeo.search(whole_results=True), SearchResults)
    assert_type(aisogeo.search_iter(query="type:service"), AsyncIterator[Metadata])
    assert_type(await aisogeo.metadata.get_many(["x"]), BatchResult[Metadata])
    assert_type(await aisogeo.bulk.send(), list[BulkOutcome])


def wrong_option(isogeo: Isogeo) -> None:
    isogeo.search(page_size="10")  # E: page_size is an int
"""


@pytest.mark.timeout(300)
def test_namespaces_are_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = tmp_path / "search_types.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", os.pathsep.join(str(ROOT / part) for part in ("generated", "overlay")))
    stdout, _stderr, status = mypy_api.run(
        ["--strict", "--python-version", "3.11", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 1 and len(errors) == 1, stdout
    assert '"page_size"' in errors[0] and "int" in errors[0]
    assert errors[0].split(":")[1] == str(
        SNIPPET.splitlines().index('    isogeo.search(page_size="10")  # E: page_size is an int') + 1
    )
