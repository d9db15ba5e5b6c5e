"""isogeo.search (AsyncIsogeo) against the sandbox (2,000 seeded metadata): one page, whole results
with bounded concurrency and a transient 503, the lazy iterator, checks before any request, augment
and tags_as_dicts.

Written async; tools/derive_sync.py derives test_search.py from this file.
"""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import pytest

from isogeo import RetryEvent, RetryPolicy
from isogeo.errors import InvalidInputError, PageFetchError
from isogeo.search import SearchResults
from isogeo_api.models import MetadataSearch
from isogeo_api.types import Unset
from tests.support.clients import async_client
from tests.support.loopback import RecordedRequest, Reply
from tests.support.oauth import OAuthServer
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, calls

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


def _reference_ids(sandbox: SandboxHandle, **params: Any) -> list[str]:
    """Every result id in the server's order, page by page with plain HTTP (independent of isogeo)."""
    ids: list[str] = []
    with sandbox.user() as http:
        while True:
            page = http.get("/resources/search", params={**params, "_limit": 100, "_offset": len(ids)}).json()
            ids.extend(md["_id"] for md in page["results"])
            if not page["results"] or len(ids) >= page["total"]:
                return ids


def _paged_search(oauth: OAuthServer, total: int, failures: dict[int, int]) -> None:
    """A /resources/search on the loopback server whose page at each offset of ``failures`` answers
    503 that many times first (the sandbox's faults cannot aim at one page)."""
    ids = [f"{n:032x}" for n in range(total)]
    lock = threading.Lock()

    def handler(req: RecordedRequest, _match: re.Match[str]) -> Reply:
        offset, limit = int(req.params["_offset"][0]), int(req.params["_limit"][0])
        with lock:
            failing = failures.get(offset, 0)
            failures[offset] = max(0, failing - 1)
        if failing:
            return 503, {"error": "unavailable", "message": "try again"}, {"X-Request-Id": f"r-{offset}"}
        page = [{"_id": i} for i in ids[offset : offset + limit]]
        return 200, {"limit": limit, "offset": offset, "total": total, "results": page, "tags": {}}, {}

    oauth.api("GET", "/resources/search", handler)


async def test_one_page_is_the_documented_envelope(sandbox: SandboxHandle) -> None:
    with sandbox.user() as http:
        first_20 = http.get("/resources/search", params={"_limit": 20, "ob": "title", "od": "asc"}).json()
    reference = [md["_id"] for md in first_20["results"]]

    async with async_sandbox_client(sandbox) as isogeo:
        page = await isogeo.search(page_size=10, offset=10, order_by="title", order_dir="asc")

    assert isinstance(page, SearchResults) and isinstance(page, MetadataSearch)
    assert (page.limit, page.offset, page.total) == (10, 10, first_20["total"])
    assert [md.sys_id for md in page.results] == reference[10:20]


async def test_whole_results_return_every_metadata_once_in_order_despite_a_503(
    fresh_sandbox: SandboxHandle,
) -> None:
    expected = _reference_ids(fresh_sandbox)
    retries: list[RetryEvent] = []
    fresh_sandbox.faults("status=503,count=1,path=/resources/search")
    before = calls(fresh_sandbox, "searchMetadata")

    async with async_sandbox_client(
        fresh_sandbox, retries=RetryPolicy(backoff_factor=0.0, on_retry=retries.append)
    ) as isogeo:
        started = time.perf_counter()
        whole = await isogeo.search(whole_results=True)
        elapsed = time.perf_counter() - started

    ids = [md.sys_id for md in whole.results]
    assert len(expected) >= 2000
    assert ids == expected and len(set(ids)) == len(ids) == whole.total == whole.limit
    assert [event.reason for event in retries] == ["503"]
    assert calls(fresh_sandbox, "searchMetadata") - before == len(expected) // 100  # 20 pages answered
    print(f"whole results: {len(ids)} metadata in {elapsed:.2f} s")


async def test_whole_results_with_expected_total_start_every_page_at_once(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        context = await isogeo.search(page_size=0, query="type:vector-dataset")
        before = calls(sandbox, "searchMetadata")
        whole = await isogeo.search(
            query="type:vector-dataset", whole_results=True, expected_total=context.total, concurrency=8
        )

    assert len(whole.results) == context.total > 100
    assert calls(sandbox, "searchMetadata") - before == -(-context.total // 100)
    assert {md.type_ for md in whole.results} == {"vectorDataset"}


async def test_the_iterator_stops_fetching_when_the_loop_stops(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        before = calls(sandbox, "searchMetadata")
        seen = []
        async for md in isogeo.search_iter(page_size=100):
            seen.append(md.sys_id)
            if len(seen) == 150:
                break
        fetched = calls(sandbox, "searchMetadata") - before

    assert fetched == 2 and len(set(seen)) == 150


async def test_the_iterator_yields_every_result_in_order(sandbox: SandboxHandle) -> None:
    expected = _reference_ids(sandbox, q="type:service")

    async with async_sandbox_client(sandbox) as isogeo:
        ids = [md.sys_id async for md in isogeo.search.iter(query="type:service", page_size=50)]

    assert ids == expected and len(ids) > 100


async def test_a_page_failing_after_the_retries_names_its_offset(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=503,count=3,path=/resources/search")  # the first attempt and both retries

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(PageFetchError) as caught:
            await isogeo.search.all()

    assert (caught.value.offset, caught.value.limit, caught.value.status_code) == (0, 100, 503)
    assert caught.value.request_id


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"query": "type:vectorDataset"}, "query"),
        ({"query": "type:service type:resource"}, "query"),
        ({"query": "share:79ea9b3d3ddc3134f89e5b9bf4b0ce6a"}, "query"),
        ({"georel": "within"}, "georel"),
        ({"include": ["links", "links,contacts"]}, "include[1]"),
        ({"page_size": 500}, "page_size"),
        ({"specific_md": ["0269803d50c446b09f5060ef7fe3e22b", "nope"]}, "specific_md[1]"),
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    sandbox: SandboxHandle, options: dict[str, Any], argument: str
) -> None:
    before = sandbox.stats()["requests"]

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError) as caught:
            await isogeo.search(**options)

    assert caught.value.argument == argument and sandbox.stats()["requests"] == before


async def test_augment_adds_the_callers_shares_fetched_once(sandbox: SandboxHandle) -> None:
    share_id = sandbox.info["share"]["id"]
    before = calls(sandbox, "listShares")

    async with async_sandbox_client(sandbox, kind="group") as isogeo:
        context = await isogeo.search(page_size=0, whole_results=0, augment=1)
        in_share = await isogeo.search(page_size=1, share=share_id, augment=True)

    assert f"share:{share_id}" in context.tags.additional_properties
    assert context.query.additional_properties["_shares"] == []
    assert in_share.query.additional_properties["_shares"] == [share_id]
    assert calls(sandbox, "listShares") - before == 1


async def test_tags_as_dicts_groups_facets_and_query_by_category(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        page = await isogeo.search(query="type:vector-dataset", page_size=0, augment=True, tags_as_dicts=True)

    assert page.tags_as_dicts is not None and page.query_as_dicts is not None
    assert list(page.tags_as_dicts["types"].values()) == ["type:vector-dataset"]
    assert page.tags_as_dicts["owners"] and page.tags_as_dicts["shares"]
    assert list(page.query_as_dicts["_tags"]["types"].values()) == ["type:vector-dataset"]
    assert not isinstance(page.tags, Unset) and "type:vector-dataset" in page.tags.additional_properties


async def test_a_workgroup_search_stays_inside_the_workgroup(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]

    async with async_sandbox_client(sandbox) as isogeo:
        page = await isogeo.search(group=workgroup, whole_results=True)

    assert page.total == len(page.results) > 100
    assert {md.sys_creator.sys_id for md in page.results if not isinstance(md.sys_creator, Unset)} == {
        workgroup
    }


async def test_include_all_returns_the_sub_resources(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        page = await isogeo.search(specific_md=[sandbox.info["metadata"]["complete"]], include="all")

    (md,) = page.results
    for field in ("links", "contacts", "keywords", "conditions", "events", "limitations", "specifications"):
        assert not isinstance(getattr(md, field), Unset), field


async def test_a_geographic_filter_accepts_the_sdk_equal_spelling(sandbox: SandboxHandle) -> None:
    lyon = (4.7, 45.6, 5.1, 45.9)

    async with async_sandbox_client(sandbox) as isogeo:
        everything = await isogeo.search(page_size=0)
        inside = await isogeo.search(page_size=0, bbox=lyon, georel="within")
        with pytest.warns(DeprecationWarning, match="equals"):
            equal = await isogeo.search(page_size=0, bbox=lyon, georel="equal")

    assert 0 < inside.total < everything.total and equal.total <= inside.total


async def test_a_retried_middle_page_lands_in_its_place(oauth: OAuthServer) -> None:
    _paged_search(oauth, 450, {200: 1})

    async with async_client(oauth.server, user=True) as isogeo:
        whole = await isogeo.search(whole_results=True)

    offsets = [int(r.params["_offset"][0]) for r in oauth.server.requests_to("/resources/search")]
    assert [md.sys_id for md in whole.results] == [f"{n:032x}" for n in range(450)]
    assert sorted(offsets) == [0, 100, 200, 200, 300, 400]


async def test_a_middle_page_failing_after_the_retries_names_its_offset(oauth: OAuthServer) -> None:
    _paged_search(oauth, 450, {300: 3})

    async with async_client(oauth.server, user=True) as isogeo:
        with pytest.raises(PageFetchError) as caught:
            await isogeo.search(whole_results=True)

    assert (caught.value.offset, caught.value.status_code, caught.value.request_id) == (300, 503, "r-300")
