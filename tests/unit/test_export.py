"""isogeo.export: JSON lines and pandas DataFrames from listings and search results."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from isogeo.errors import InvalidInputError, MissingDependencyError
from isogeo.export import ato_jsonl, to_dataframe, to_jsonl, to_records
from isogeo_api.models import Contact, Metadata, MetadataSearch, ShareType
from tests.conftest import load_fixture

CONTACTS = load_fixture("contacts.json")
SEARCH = load_fixture("search_page.json")


def test_jsonl_round_trips_models_with_unknown_fields(tmp_path: Path) -> None:
    contacts = [Contact.from_dict({**c, "newServerField": {"kept": True}}) for c in CONTACTS]
    path = tmp_path / "contacts.jsonl"

    written = to_jsonl(contacts, path)

    lines = path.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) == len(CONTACTS)
    back = [Contact.from_dict(json.loads(line)) for line in lines]
    assert [c.to_dict() for c in back] == [c.to_dict() for c in contacts]
    assert back[0].additional_properties["newServerField"] == {"kept": True}


def test_jsonl_of_a_search_result_writes_its_results_unescaped() -> None:
    out = io.StringIO()

    count = to_jsonl(MetadataSearch.from_dict(SEARCH), out)

    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(SEARCH["results"]) and [r["_id"] for r in rows] == [
        r["_id"] for r in SEARCH["results"]
    ]
    assert "é" in out.getvalue()  # UTF-8 as is, not \\u00e9


def test_jsonl_streams_a_generator_to_a_binary_file() -> None:
    out = io.BytesIO()
    rows = ({"_id": str(i), "when": dt.date(2024, 1, i + 1), "kind": ShareType.GROUP} for i in range(3))

    assert to_jsonl(rows, out) == 3
    assert out.getvalue().decode().splitlines()[2] == '{"_id": "2", "when": "2024-01-03", "kind": "group"}'


@pytest.mark.parametrize("items", [{"_id": "x"}, "text", 42, [object()]])
def test_bad_items_are_refused(items: object) -> None:
    with pytest.raises(InvalidInputError, match="items"):
        to_records(items)


@pytest.mark.parametrize("items", [{"_id": "x"}, "text", 42])
def test_bad_items_are_refused_before_the_file_is_created(tmp_path: Path, items: object) -> None:
    # as ato_jsonl: what is not a list of items never creates (nor empties) the file
    with pytest.raises(InvalidInputError, match="items"):
        to_jsonl(items, tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


def test_dataframe_one_row_per_item_one_column_per_api_key() -> None:
    pytest.importorskip("pandas")
    results = MetadataSearch.from_dict(SEARCH)

    frame = to_dataframe(results)
    flat = to_dataframe([Metadata.from_dict(r) for r in SEARCH["results"]], flatten=True)

    assert len(frame) == len(SEARCH["results"]) and "_id" in frame.columns and "type" in frame.columns
    assert list(frame["_id"]) == [r["_id"] for r in SEARCH["results"]]
    assert any(column.startswith("tags.") for column in flat.columns) and "tags" not in flat.columns


def test_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)

    with pytest.raises(MissingDependencyError, match=r"pip install 'isogeo-client\[pandas\]'") as caught:
        to_dataframe(CONTACTS)

    assert isinstance(caught.value, ImportError) and caught.value.extra == "pandas"


async def _rows(count: int) -> AsyncIterator[dict[str, object]]:
    for i in range(count):
        yield {"_id": f"{i:032x}", "name": f"contact {i}", "when": dt.date(2024, 1, 1)}


@pytest.mark.anyio
async def test_ato_jsonl_streams_an_async_iterable_to_a_path(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"

    written = await ato_jsonl(_rows(250), path)  # three writes: 100, 100, 50

    lines = path.read_text(encoding="utf-8").splitlines()
    assert written == len(lines) == 250
    assert json.loads(lines[249]) == {"_id": f"{249:032x}", "name": "contact 249", "when": "2024-01-01"}


@pytest.mark.anyio
async def test_ato_jsonl_writes_models_to_an_open_binary_file() -> None:
    async def contacts() -> AsyncIterator[Contact]:
        for c in CONTACTS:
            yield Contact.from_dict(c)

    out = io.BytesIO()

    assert await ato_jsonl(contacts(), out) == len(CONTACTS)
    assert [json.loads(line)["_id"] for line in out.getvalue().decode().splitlines()] == [
        c["_id"] for c in CONTACTS
    ]


@pytest.mark.anyio
async def test_ato_jsonl_refuses_what_is_not_async_and_bad_items(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="to_jsonl"):
        await ato_jsonl(CONTACTS, io.StringIO())  # type: ignore[arg-type]

    async def bad() -> AsyncIterator[object]:
        yield {"_id": "a"}
        yield object()

    with pytest.raises(InvalidInputError, match=r"items\[1\]"):
        await ato_jsonl(bad(), tmp_path / "bad.jsonl")


def test_to_jsonl_points_an_async_iterable_to_ato_jsonl() -> None:
    rows = _rows(1)
    with pytest.raises(InvalidInputError, match="ato_jsonl"):
        to_jsonl(rows, io.StringIO())
    asyncio.run(rows.aclose())
