"""isogeo.bulk (AsyncIsogeo) against the sandbox (and a loopback server for a failure part-way):
refused before any request when invalid, reports of ignored metadata, chunking, the queue kept
until a success.

Written async; tools/derive_sync.py derives test_bulk.py from this file.
"""

from __future__ import annotations

import re

import pytest

from isogeo.errors import BulkSendError, InternalServerError, InvalidInputError
from isogeo_api.models import BulkReport
from tests.support.clients import async_client
from tests.support.loopback import RecordedRequest, Reply
from tests.support.oauth import OAuthServer
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, calls

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

MISSING = "0" * 31 + "1"


def _catalog_members(sandbox: SandboxHandle, catalog: str, ids: list[str]) -> set[str]:
    with sandbox.user() as http:
        page = http.get("/resources/search", params={"q": f"catalog:{catalog}", "_id": ",".join(ids)}).json()
    return {md["_id"] for md in page["results"]}


async def test_a_bulk_with_an_unknown_target_is_refused_before_any_request(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()["requests"]

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError) as caught:
            isogeo.bulk.prepare(
                [sandbox.info["metadata"]["vector"]], "add", "owners", [sandbox.info["catalog"]]
            )
        outcomes = await isogeo.bulk.send()

    assert caught.value.argument == "target" and "catalogs" in str(caught.value)
    assert outcomes == [] and sandbox.stats()["requests"] == before


async def test_a_bulk_applies_and_reports_what_it_ignored(fresh_sandbox: SandboxHandle) -> None:
    known, catalog = fresh_sandbox.info["metadata"], fresh_sandbox.info["catalog"]
    targets = [known["raster"], known["resource"], MISSING]
    already = _catalog_members(fresh_sandbox, catalog, targets[:2])

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        isogeo.bulk.prepare(targets, "add", "catalogs", [catalog])
        isogeo.bulk.prepare(known["vector"], "update", "title", "Cours d'eau (bulk)")
        first, retitled = await isogeo.bulk.send()
        isogeo.bulk.prepare(targets[:2], "add", "catalogs", [catalog])
        (again,) = await isogeo.bulk.send()
        title = (await isogeo.metadata.get(known["vector"])).title

    assert first.ignored.get("notFound") == [MISSING]
    assert sorted(first.applied) == sorted(set(targets[:2]) - already)
    assert isinstance(first.reports[0], BulkReport) and first.sent_ids == tuple(targets)
    assert _catalog_members(fresh_sandbox, catalog, targets[:2]) == set(targets[:2])
    assert retitled.ok and title == "Cours d'eau (bulk)"
    assert sorted(again.ignored["alreadyPresent"]) == sorted(targets[:2]) and again.applied == []


async def test_a_large_bulk_is_sent_in_chunks_and_reported_as_one_change(
    fresh_sandbox: SandboxHandle,
) -> None:
    workgroup_ids = _workgroup_metadata(fresh_sandbox, 7)
    before = calls(fresh_sandbox, "sendBulkRequests")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        isogeo.bulk.prepare(workgroup_ids, "add", "keywords", [fresh_sandbox.info["keyword"]])
        (outcome,) = await isogeo.bulk.send(chunk_size=3)

    assert calls(fresh_sandbox, "sendBulkRequests") - before == 3
    assert outcome.sent_ids == tuple(workgroup_ids) and len(outcome.reports) == 3
    assert sorted(outcome.applied + outcome.ignored.get("alreadyPresent", [])) == sorted(workgroup_ids)


async def test_the_queue_is_kept_when_the_send_fails(sandbox: SandboxHandle) -> None:
    sandbox.faults("status=503,count=1,method=POST,path=/resources")

    async with async_sandbox_client(sandbox) as isogeo:
        isogeo.bulk.prepare(
            [sandbox.info["metadata"]["raster"]], "add", "catalogs", [sandbox.info["catalog"]]
        )
        with pytest.raises(BulkSendError) as caught:
            await isogeo.bulk.send()
        kept = len(isogeo.bulk)
        (outcome,) = await isogeo.bulk.send()

    assert isinstance(caught.value.error, InternalServerError) and caught.value.outcomes == []
    assert kept == 1 and len(caught.value.pending) == 1 and len(isogeo.bulk) == 0
    assert outcome.sent_ids == (sandbox.info["metadata"]["raster"],)


async def test_each_client_has_its_own_queue(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as first, async_sandbox_client(sandbox) as second:
        first.bulk.prepare([sandbox.info["metadata"]["raster"]], "delete", "validityComment")

        assert (len(first.bulk), len(second.bulk)) == (1, 0)


async def test_a_failure_part_way_keeps_only_what_was_not_sent(oauth: OAuthServer) -> None:
    answered: list[int] = []

    def bulk(req: RecordedRequest, _match: re.Match[str]) -> Reply:
        body = req.json()
        answered.append(len(answered))
        if len(answered) == 2:
            return 500, {"error": "server_error", "message": "boom"}, {}
        return 200, [{"request": item, "ignored": {}} for item in body], {}

    oauth.api("POST", "/resources", bulk)
    ids = [f"{n:032x}" for n in range(5)]

    async with async_client(oauth.server, user=True) as isogeo:
        isogeo.bulk.prepare(ids, "delete", "title")
        isogeo.bulk.prepare(ids[:1], "delete", "abstract")
        with pytest.raises(BulkSendError) as caught:
            await isogeo.bulk.send(chunk_size=2)
        pending = isogeo.bulk.queue

    (sent,) = caught.value.outcomes
    assert sent.sent_ids == tuple(ids[:2]) and not sent.ok
    assert [(p.target, p.query.ids) for p in pending] == [("title", ids[2:]), ("abstract", ids[:1])]
    assert [(p.target, p.query.ids) for p in caught.value.pending] == [
        (p.target, p.query.ids) for p in pending
    ]


def _workgroup_metadata(sandbox: SandboxHandle, count: int) -> list[str]:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.user() as http:
        page = http.get(f"/groups/{workgroup}/resources/search", params={"_limit": count}).json()
    return [md["_id"] for md in page["results"]]
