"""The front door (AsyncIsogeo) against the sandbox: real OAuth2 server, stateful API, faults on
demand.

The loopback tests (test_auth.py, test_transport.py...) pin transport edge cases precisely; these
prove the same behaviour against the simulator the demo and the other suites use.

Written async; tools/derive_sync.py derives test_front_door_sandbox.py from this file.
"""

from __future__ import annotations

from typing import Any

import pytest

from isogeo import AsyncIsogeo, RetryEvent, RetryPolicy
from isogeo.errors import APIConnectionError, InternalServerError, NotFoundError, PermissionDeniedError
from isogeo_api.api.contact import get_contact
from isogeo_api.api.search import search_metadata
from tests.support.clients import concurrently_async
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PAGE_SIZE = 2
MISSING = "0" * 31 + "1"


def _client(sandbox: SandboxHandle, kind: str = "group", **options: Any) -> AsyncIsogeo:
    app = sandbox.info[f"{kind}_app"]
    login = {"username": app["username"], "password": app["password"]} if kind == "user" else {}
    settings: dict[str, Any] = {
        "api_url": sandbox.info["api_url"],
        "id_url": sandbox.info["id_url"],
        "retries": RetryPolicy(backoff_factor=0.0),
        "trust_env": False,
        **login,
        **options,
    }
    return AsyncIsogeo(app["client_id"], app["client_secret"], **settings)


def _tokens_issued(sandbox: SandboxHandle) -> int:
    return sum(sandbox.stats()["tokens_issued"].values())


@pytest.mark.parametrize("client_auth", ["basic", "body"])
async def test_group_flow_reads_shared_metadata(sandbox: SandboxHandle, client_auth: str) -> None:
    async with _client(sandbox, client_auth=client_auth) as isogeo:
        page = await isogeo.call(search_metadata, sys_limit=PAGE_SIZE)
        token = isogeo.auth.token

    assert page.total > 0 and len(page.results) == PAGE_SIZE
    assert token is not None and token.refresh_token is None


@pytest.mark.parametrize("client_auth", ["basic", "body"])
async def test_user_flow_reads_the_address_book(sandbox: SandboxHandle, client_auth: str) -> None:
    async with _client(sandbox, "user", client_auth=client_auth) as isogeo:
        contacts = await isogeo.contacts.list(sandbox.info["workgroups"]["test"])
        token = isogeo.auth.token

    assert any(contact.sys_id == sandbox.info["contact"] for contact in contacts)
    assert token is not None and token.refresh_token is not None


async def test_group_application_cannot_write(sandbox: SandboxHandle) -> None:
    async with _client(sandbox) as isogeo:
        with pytest.raises(PermissionDeniedError) as caught:
            await isogeo.contacts.create(sandbox.info["workgroups"]["test"], name="Not allowed")

    assert caught.value.status_code == 403 and caught.value.request_id


async def test_errors_carry_the_request_id(sandbox: SandboxHandle) -> None:
    async with _client(sandbox, "user") as isogeo:
        with pytest.raises(NotFoundError) as caught:
            await isogeo.call(get_contact, MISSING)

    assert caught.value.request_id and caught.value.request_id in str(caught.value)


async def test_tokens_expired_mid_job_are_replaced_once(sandbox: SandboxHandle) -> None:
    before = _tokens_issued(sandbox)
    titles: list[str] = []

    async with _client(sandbox) as isogeo:
        for offset in range(0, 3 * PAGE_SIZE, PAGE_SIZE):
            if offset == PAGE_SIZE:
                assert sandbox.expire_tokens() >= 1
            page = await isogeo.call(
                search_metadata, sys_limit=PAGE_SIZE, sys_offset=offset, ob="title", od="asc"
            )
            titles += [str(md.title) for md in page.results]

    assert len(titles) == 3 * PAGE_SIZE
    assert _tokens_issued(sandbox) - before == 2


async def test_fifty_concurrent_requests_after_expiry_cause_one_token_request(sandbox: SandboxHandle) -> None:
    async with _client(sandbox, "user") as isogeo:
        await isogeo.authenticate()
        before = _tokens_issued(sandbox)
        sandbox.expire_tokens()
        contacts = await concurrently_async(lambda: isogeo.contacts.get(sandbox.info["contact"]), 50)

    assert len(contacts) == 50 and _tokens_issued(sandbox) - before == 1


async def test_a_503_is_retried_for_a_get_but_never_for_a_post(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    events: list[RetryEvent] = []

    async with _client(
        sandbox, "user", retries=RetryPolicy(backoff_factor=0.0, on_retry=events.append)
    ) as isogeo:
        sandbox.faults("status=503,count=1,method=GET,path=/groups/*/contacts")
        before = len(await isogeo.contacts.list(workgroup))
        sandbox.faults("status=503,count=1,method=POST,path=/groups/*/contacts")
        with pytest.raises(InternalServerError):
            await isogeo.contacts.create(workgroup, name="Sent once")
        after = len(await isogeo.contacts.list(workgroup))

    assert [(e.method, e.reason) for e in events] == [("GET", "503")]
    assert after == before  # the refused POST was not sent again


async def test_a_body_cut_short_is_retried_for_a_read_but_never_for_a_post(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    events: list[RetryEvent] = []
    name = f"Cut short {id(events)}"

    async with _client(
        sandbox, "user", retries=RetryPolicy(backoff_factor=0.0, on_retry=events.append)
    ) as isogeo:
        sandbox.faults("truncate,count=1,path=/oauth/token;truncate,count=1,operation=getContact")
        contact = await isogeo.contacts.get(sandbox.info["contact"])
        sandbox.faults("truncate,count=1,operation=createWorkgroupContact")
        with pytest.raises(APIConnectionError):
            await isogeo.contacts.create(workgroup, name=name)
        created = [c for c in await isogeo.contacts.list(workgroup) if c.name == name]

    assert contact.sys_id == sandbox.info["contact"]
    assert [(e.method, e.reason) for e in events] == [
        ("POST", "RemoteProtocolError"),
        ("GET", "RemoteProtocolError"),
    ]
    assert len(created) == 1  # the POST was applied once; its answer was lost, and it was not re-sent


async def test_contacts_round_trip(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    metadata = sandbox.info["metadata"]["vector"]

    async with _client(sandbox, "user") as isogeo:
        created = await isogeo.contacts.create(
            workgroup, name="SIG", organization="Ville", phone="+33 4 00 00 00 00"
        )
        try:
            fetched = await isogeo.contacts.get(created.sys_id)
            fetched.city = "Lyon"
            updated = await isogeo.contacts.update(fetched)
            linked = await isogeo.contacts.associate(metadata, created, role="custodian")
            await isogeo.contacts.dissociate(metadata, created)
            with pytest.raises(NotFoundError):
                await isogeo.contacts.dissociate(metadata, created)
        finally:
            await isogeo.contacts.delete(workgroup, created.sys_id)
        with pytest.raises(NotFoundError):
            await isogeo.contacts.get(created.sys_id)

    assert (fetched.organization, fetched.phone) == ("Ville", "+33 4 00 00 00 00")
    assert updated.city == "Lyon"
    assert str(linked.role) == "custodian"
