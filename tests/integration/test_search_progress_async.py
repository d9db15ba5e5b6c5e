"""isogeo.search(..., progress=...) and search.all (AsyncIsogeo) against the sandbox: whole results feed a
progress bar, one call per page, ending at (total, total); a single page reports once.

Written async; tools/derive_sync.py derives test_search_progress.py from this file.
"""

from __future__ import annotations

import pytest

from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_whole_results_report_each_page(sandbox: SandboxHandle) -> None:
    calls: list[tuple[int, int | None]] = []
    async with async_sandbox_client(sandbox, kind="group") as isogeo:
        every = await isogeo.search.all(
            query="type:dataset", concurrency=4, progress=lambda *args: calls.append(args)
        )

    pages = -(-every.total // 100)
    assert len(every.results) == every.total > 100
    assert len(calls) == pages
    assert [received for received, _ in calls] == sorted(received for received, _ in calls)
    assert calls[-1] == (every.total, every.total)


async def test_one_page_reports_once(sandbox: SandboxHandle) -> None:
    calls: list[tuple[int, int | None]] = []
    async with async_sandbox_client(sandbox, kind="group") as isogeo:
        page = await isogeo.search(page_size=7, progress=lambda *args: calls.append(args))

    assert calls == [(7, page.total)]
