"""Shares (SHR-1..13): type checks, reshare, token refresh, OpenCatalog URL, against the sandbox.

Written async; tools/derive_sync.py derives test_helpers_shares.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo import custom_platform
from isogeo.errors import InvalidInputError, NotFoundError
from tests.support.front_door import async_sandbox_client, record_requests, unique, writes
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_reshare_switches_the_right_and_skips_when_already_so(sandbox: SandboxHandle) -> None:
    test = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        share = await isogeo.shares.create(test, unique("partage"), "group")
        on = await isogeo.shares.reshare(share.sys_id)
        sent = record_requests(isogeo)
        again = await isogeo.shares.reshare(share.sys_id, enabled=True)
        skipped = writes(sent)
        off = await isogeo.shares.reshare(on, enabled=False)

    assert share.rights == [] and on.rights == ["reshare"] and again.rights == ["reshare"]
    assert skipped == []
    assert off.rights == [] and off.name == share.name


async def test_reshare_refuses_an_application_share_before_any_write(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="reshare needs a group share, this one is application"):
            await isogeo.shares.reshare(sandbox.info["share"]["id"])

    assert writes(sent) == []


async def test_group_and_application_associations_check_the_share_type(sandbox: SandboxHandle) -> None:
    test, other = sandbox.info["workgroups"]["test"], sandbox.info["workgroups"]["other"]
    group_app = sandbox.info["group_app"]["_id"]
    async with async_sandbox_client(sandbox) as isogeo:
        group_share = await isogeo.shares.create(test, unique("partage"), "group")
        app_share = await isogeo.shares.get(sandbox.info["share"]["id"])
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="associate_group needs a group share"):
            await isogeo.shares.associate_group(app_share, other)
        with pytest.raises(InvalidInputError, match="associate_application needs a application share"):
            await isogeo.shares.associate_application(group_share, group_app)
        with pytest.raises(InvalidInputError, match="dissociate_application needs a application share"):
            await isogeo.shares.dissociate_application(group_share.sys_id, group_app)

    assert writes(sent) == []


async def test_associate_and_dissociate_group_and_catalog(sandbox: SandboxHandle) -> None:
    test, other = sandbox.info["workgroups"]["test"], sandbox.info["workgroups"]["other"]
    async with async_sandbox_client(sandbox) as isogeo:
        share = await isogeo.shares.create(test, unique("partage"), "group")
        await isogeo.shares.associate_catalog(share, sandbox.info["catalog"])
        await isogeo.shares.associate_group(share, other)
        await isogeo.shares.associate_group(share.sys_id, other)  # idempotent
        lent = await isogeo.shares.get(share.sys_id)
        await isogeo.shares.dissociate_group(share.sys_id, other)
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="not a recipient of this share"):
            await isogeo.shares.dissociate_group(share.sys_id, other)
        refused = writes(sent)
        await isogeo.shares.dissociate_catalog(share, sandbox.info["catalog"])
        with pytest.raises(NotFoundError):
            await isogeo.shares.dissociate_catalog(share, sandbox.info["catalog"])
        back = await isogeo.shares.get(share.sys_id)

    assert [g.sys_id for g in lent.groups] == [other]
    assert [c.sys_id for c in lent.catalogs] == [sandbox.info["catalog"]]
    assert refused == []
    assert back.groups == [] and back.catalogs == []


async def test_application_share_feeds_an_application(sandbox: SandboxHandle) -> None:
    test, group_app = sandbox.info["workgroups"]["test"], sandbox.info["group_app"]["_id"]
    async with async_sandbox_client(sandbox) as isogeo:
        share = await isogeo.shares.create(test, unique("open data"), "application")
        await isogeo.shares.associate_application(share, group_app)
        fed = await isogeo.shares.get(share.sys_id)
        await isogeo.shares.dissociate_application(share, group_app)
        with pytest.raises(NotFoundError):
            await isogeo.shares.dissociate_application(share, group_app)
        await isogeo.shares.delete(share)
        with pytest.raises(NotFoundError):
            await isogeo.shares.get(share.sys_id)

    assert [a.sys_id for a in fed.applications] == [group_app]


async def test_refresh_token_changes_the_opencatalog_url(sandbox: SandboxHandle) -> None:
    test = sandbox.info["workgroups"]["test"]
    platform = custom_platform(
        sandbox.info["api_url"], id_url=sandbox.info["id_url"], opencatalog_url="https://open.example.org"
    )
    async with async_sandbox_client(sandbox, platform=platform, api_url=None, id_url=None) as isogeo:
        share = await isogeo.shares.create(test, unique("open data"), "application")
        before = await isogeo.shares.opencatalog_url(share.sys_id)
        refreshed = await isogeo.shares.refresh_token(share)
        after = await isogeo.shares.opencatalog_url(refreshed)
        group_share = await isogeo.shares.create(test, unique("partage"), "group")
        none = await isogeo.shares.opencatalog_url(group_share)

    assert before == f"https://open.example.org/s/{share.sys_id}/{share.url_token}"
    assert refreshed.url_token != share.url_token
    assert after == f"https://open.example.org/s/{share.sys_id}/{refreshed.url_token}"
    assert none is None


async def test_group_application_lists_the_shares_feeding_it(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox, "group") as isogeo:
        shares = await isogeo.shares.list()

    assert sandbox.info["share"]["id"] in {s.sys_id for s in shares}
