"""isogeo.export against the sandbox: a lazy search streamed to JSON lines, sync and async."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from isogeo.export import ato_jsonl, to_jsonl
from isogeo_api.models import Metadata
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, calls, sandbox_client

pytestmark = pytest.mark.integration
QUERY = "type:service"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.anyio
async def test_an_async_lazy_search_streams_to_jsonl_page_by_page(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    path = tmp_path / "services.jsonl"
    async with async_sandbox_client(sandbox) as isogeo:
        expected = await isogeo.search(query=QUERY, whole_results=True)
        before = calls(sandbox, "searchMetadata")

        written = await ato_jsonl(isogeo.search.iter(query=QUERY, page_size=20), path)

    records = _lines(path)
    assert written == len(records) == expected.total > 20
    assert [r["_id"] for r in records] == [md.sys_id for md in expected.results]
    assert calls(sandbox, "searchMetadata") - before == -(-expected.total // 20)  # one request a page
    assert Metadata.from_dict(records[0]).to_dict() == records[0]  # readable back as it was sent


def test_a_sync_lazy_search_streams_to_the_same_lines(sandbox: SandboxHandle, tmp_path: Path) -> None:
    path = tmp_path / "services.jsonl"
    with sandbox_client(sandbox) as isogeo:
        expected = isogeo.search(query=QUERY, whole_results=True)
        written = to_jsonl(isogeo.search.iter(query=QUERY, page_size=20), path)

    assert written == expected.total
    assert [r["_id"] for r in _lines(path)] == [md.sys_id for md in expected.results]
