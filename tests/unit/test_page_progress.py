"""report_progress / areport_progress: one call per page received, never overlapping, counts that
only grow, nothing reported for a failed page; search options refuse a progress that is not callable."""

from __future__ import annotations

import threading
import time

import pytest

from isogeo.errors import APIConnectionError, InvalidInputError, PageFetchError
from isogeo.pagination import afetch_all_pages, areport_progress, fetch_all_pages, report_progress
from isogeo.search import build_search_request
from isogeo_api.models import MetadataSearch

TOTAL = 1_050


def _page(offset: int, limit: int) -> MetadataSearch:
    ids = [f"{index:032x}" for index in range(offset, min(offset + limit, TOTAL))]
    return MetadataSearch.from_dict(
        {"limit": limit, "offset": offset, "total": TOTAL, "results": [{"_id": key} for key in ids]}
    )


def test_concurrent_pages_report_growing_counts_one_call_at_a_time() -> None:
    calls: list[tuple[int, int | None]] = []
    inside = threading.Semaphore(1)
    overlaps: list[int] = []

    def progress(received: int, total: int | None) -> None:
        if not inside.acquire(blocking=False):
            overlaps.append(received)
            return
        try:
            time.sleep(0.002)  # widen the window in which another thread could enter
            calls.append((received, total))
        finally:
            inside.release()

    pages = fetch_all_pages(report_progress(_page, progress), page_size=100, concurrency=8)

    assert sum(len(page.results) for page in pages) == TOTAL
    assert overlaps == []
    assert len(calls) == 11  # one per page
    assert [received for received, _ in calls] == sorted(received for received, _ in calls)
    assert calls[-1] == (TOTAL, TOTAL)


def test_no_progress_leaves_the_fetch_function_alone() -> None:
    assert report_progress(_page, None) is _page


def test_a_failed_page_reports_nothing() -> None:
    calls: list[tuple[int, int | None]] = []

    def flaky(offset: int, limit: int) -> MetadataSearch:
        if offset == 500:
            raise APIConnectionError("connection refused", method="GET", url="http://127.0.0.1/")
        return _page(offset, limit)

    with pytest.raises(PageFetchError):
        fetch_all_pages(
            report_progress(flaky, lambda *args: calls.append(args)), page_size=100, concurrency=1
        )

    assert [received for received, _ in calls] == [100, 200, 300, 400, 500]


@pytest.mark.anyio
async def test_async_pages_report_growing_counts() -> None:
    calls: list[tuple[int, int | None]] = []

    async def fetch(offset: int, limit: int) -> MetadataSearch:
        return _page(offset, limit)

    pages = await afetch_all_pages(
        areport_progress(fetch, lambda *args: calls.append(args)), page_size=100, concurrency=4
    )

    assert len(pages) == 11 and len(calls) == 11
    assert [received for received, _ in calls] == sorted(received for received, _ in calls)
    assert calls[-1] == (TOTAL, TOTAL)


def test_search_refuses_a_progress_that_is_not_callable() -> None:
    with pytest.raises(InvalidInputError, match="progress"):
        build_search_request({"whole_results": True, "progress": 10})
