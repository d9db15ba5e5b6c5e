"""The pagination engine (isogeo.pagination), sync: laziness, order, bounded concurrency, and the
checks that refuse to return a result twice or one missing. Mirrored by test_pagination_async.py."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field

import pytest

from isogeo.errors import InconsistentPagesError, InternalServerError, InvalidInputError, PageFetchError
from isogeo.pagination import fetch_all_pages, iter_items
from isogeo_api.models import KeywordSearch


def _ids(count: int) -> list[str]:
    return [f"{n:032x}" for n in range(count)]


@dataclass
class FakeListing:
    """A listing of ``ids`` answering pages like the API (an envelope with a total)."""

    ids: list[str]
    delay: float = 0.0
    fail_at: dict[int, int] = field(default_factory=dict)
    """offset -> how many more times that page fails."""
    asked: list[int] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, offset: int, limit: int) -> KeywordSearch:
        with self.lock:
            self.asked.append(offset)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            failing = self.fail_at.get(offset, 0)
            if failing:
                self.fail_at[offset] = failing - 1
        try:
            if self.delay:
                time.sleep(random.uniform(0, self.delay))
            if failing:
                raise InternalServerError(status_code=503, method="GET", url="https://h/resources/search")
            page = self.ids[offset : offset + limit]
            return KeywordSearch.from_dict(
                {
                    "limit": limit,
                    "offset": offset,
                    "total": len(self.ids),
                    "results": [{"_id": i} for i in page],
                }
            )
        finally:
            with self.lock:
                self.in_flight -= 1


def _flat(pages: list[KeywordSearch]) -> list[str]:
    return [item.sys_id for page in pages for item in page.results]


def test_iteration_fetches_a_page_only_when_the_loop_reaches_it() -> None:
    listing = FakeListing(_ids(250))
    items = iter_items(listing, page_size=100)

    first = [next(items) for _ in range(100)]
    assert listing.asked == [0]
    next(items)
    assert listing.asked == [0, 100]
    assert [item.sys_id for item in first] == _ids(100)


def test_iteration_returns_every_item_once_in_order() -> None:
    listing = FakeListing(_ids(250))

    assert [item.sys_id for item in iter_items(listing, page_size=100, offset=10)] == _ids(250)[10:]
    assert listing.asked == [10, 110, 210]


def test_iteration_refuses_an_item_seen_twice() -> None:
    listing = FakeListing(_ids(150))
    items = iter_items(listing, page_size=100)
    for _ in range(100):
        next(items)
    listing.ids.insert(0, "f" * 32)  # a new record shifts the second page by one

    with pytest.raises(InconsistentPagesError) as caught:
        list(items)

    assert caught.value.duplicates == (_ids(150)[99],)


def test_iteration_names_the_offset_of_a_failing_page() -> None:
    listing = FakeListing(_ids(250), fail_at={200: 1})

    with pytest.raises(PageFetchError) as caught:
        list(iter_items(listing, page_size=100))

    assert (caught.value.offset, caught.value.limit, caught.value.status_code) == (200, 100, 503)
    assert isinstance(caught.value.__cause__, InternalServerError)


def test_whole_listing_keeps_the_server_order_under_concurrency() -> None:
    listing = FakeListing(_ids(2050), delay=0.01)

    pages = fetch_all_pages(listing, page_size=100, concurrency=6)

    assert _flat(pages) == _ids(2050)
    assert sorted(listing.asked) == list(range(0, 2100, 100)) and listing.asked[0] == 0


def test_concurrency_bounds_the_requests_in_flight() -> None:
    listing = FakeListing(_ids(2000), delay=0.02)

    fetch_all_pages(listing, page_size=100, concurrency=3, expected_total=2000)

    assert 1 < listing.most_in_flight <= 3


def test_expected_total_lets_every_page_start_at_once() -> None:
    listing = FakeListing(_ids(300))

    pages = fetch_all_pages(listing, page_size=100, expected_total=300)

    assert _flat(pages) == _ids(300) and sorted(listing.asked) == [0, 100, 200]


def test_a_stale_expected_total_is_corrected_from_the_pages() -> None:
    too_low = FakeListing(_ids(350))
    too_high = FakeListing(_ids(150))

    assert _flat(fetch_all_pages(too_low, page_size=100, expected_total=120)) == _ids(350)
    assert _flat(fetch_all_pages(too_high, page_size=100, expected_total=900)) == _ids(150)


def test_an_empty_listing_is_one_page() -> None:
    listing = FakeListing([])

    pages = fetch_all_pages(listing, page_size=100)

    assert _flat(pages) == [] and listing.asked == [0]


def test_a_failing_page_stops_the_listing_and_is_named() -> None:
    listing = FakeListing(_ids(1000), fail_at={300: 1, 700: 1})

    with pytest.raises(PageFetchError) as caught:
        fetch_all_pages(listing, page_size=100, concurrency=2)

    assert caught.value.offset == 300  # the first failing page in offset order


def test_pages_that_disagree_on_the_total_are_refused() -> None:
    listing = FakeListing(_ids(300))
    original = listing.__call__

    def growing(offset: int, limit: int) -> KeywordSearch:
        page = original(offset, limit)
        if offset == 200:
            page.total = 301
        return page

    with pytest.raises(InconsistentPagesError) as caught:
        fetch_all_pages(growing, page_size=100)

    assert caught.value.totals == (300, 301)


def test_a_result_missing_from_the_pages_is_refused() -> None:
    listing = FakeListing(_ids(300))
    original = listing.__call__

    def lossy(offset: int, limit: int) -> KeywordSearch:
        page = original(offset, limit)
        if offset == 100:
            page.results.pop()
        return page

    with pytest.raises(InconsistentPagesError) as caught:
        fetch_all_pages(lossy, page_size=100)

    assert (caught.value.expected, caught.value.received) == (300, 299)


def test_a_result_on_two_pages_is_refused() -> None:
    listing = FakeListing(_ids(300))
    original = listing.__call__

    def shifted(offset: int, limit: int) -> KeywordSearch:
        page = original(offset, limit)
        if offset == 200:
            page.results[0] = original(199, 1).results[0]
        return page

    with pytest.raises(InconsistentPagesError) as caught:
        fetch_all_pages(shifted, page_size=100)

    assert caught.value.duplicates == (_ids(300)[199],)


def test_bare_list_pages_are_fetched_until_a_short_page() -> None:
    codes = [f"format-{n}" for n in range(23)]
    asked: list[int] = []

    def fetch(offset: int, limit: int) -> list[str]:
        asked.append(offset)
        return codes[offset : offset + limit]

    pages = fetch_all_pages(fetch, page_size=10, concurrency=4)

    assert [code for page in pages for code in page] == codes and asked == [0, 10, 20]
    assert list(iter_items(fetch, page_size=10)) == codes


def test_an_invalid_argument_is_not_wrapped_as_a_page_failure() -> None:
    def fetch(offset: int, limit: int) -> KeywordSearch:
        raise InvalidInputError("q", 1, "a str")

    with pytest.raises(InvalidInputError):
        fetch_all_pages(fetch, page_size=100)


def test_pages_that_never_end_stop_at_the_sanity_limit() -> None:
    from isogeo.config import MAX_PAGES

    asked: list[int] = []

    def endless(offset: int, limit: int) -> list[str]:  # a bare list, fresh ids, always full
        asked.append(offset)
        return [f"{n:032x}" for n in range(offset, offset + limit)]

    for run in (
        lambda: fetch_all_pages(endless, page_size=10, max_pages=50),
        lambda: list(iter_items(endless, page_size=10, max_pages=50)),
    ):
        asked.clear()
        with pytest.raises(InconsistentPagesError, match="more than 50 pages"):
            run()
        assert len(asked) == 50
    assert MAX_PAGES == 10_000


def test_an_announced_total_beyond_the_sanity_limit_is_refused_before_its_pages() -> None:
    asked: list[int] = []

    def fetch(offset: int, limit: int) -> KeywordSearch:
        asked.append(offset)
        return KeywordSearch(limit=limit, offset=offset, results=[], total=10**12)

    for run in (
        lambda: fetch_all_pages(fetch, page_size=100),
        lambda: list(iter_items(fetch, page_size=100)),
    ):
        asked.clear()
        with pytest.raises(InconsistentPagesError, match="announced 1000000000000 results"):
            run()
        assert asked == [0]


def test_numeric_ids_are_identities() -> None:
    from isogeo.pagination import item_key

    assert item_key({"_id": 123}) == "123"
    assert item_key({"name": "no id"}) is None
    with pytest.raises(InconsistentPagesError):
        list(iter_items(lambda offset, limit: [{"_id": 7}, {"_id": 7}][offset : offset + limit], page_size=1))
