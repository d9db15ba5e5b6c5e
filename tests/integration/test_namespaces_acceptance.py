"""Four everyday tasks, one namespace call each, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio

import pytest

from isogeo_api.models import (
    Catalog,
    CoordinateSystem,
    CoordinateSystemWrite,
    Event,
    EventCreate,
    EventKind,
    InvitationCreate,
    MetadataCreate,
    MetadataType,
    UserRole,
)
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, sandbox_client

pytestmark = pytest.mark.integration


def test_the_four_tasks_sync(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        catalogs = isogeo.catalogs.list(wg, include=["count"])
        assert catalogs and all(isinstance(c, Catalog) and isinstance(c.count, int) for c in catalogs)
        with sandbox.user() as http:
            raw = http.get(f"/groups/{wg}/catalogs", params={"_include": "count"}).json()
        assert {c.sys_id: c.count for c in catalogs} == {c["_id"]: c["count"] for c in raw}

        md = isogeo.metadata.create(wg, MetadataCreate(title="events", type_=MetadataType.VECTOR_DATASET))
        event = isogeo.events.create(md, EventCreate(date="2024-03-01", kind=EventKind.UPDATE))
        assert isinstance(event, Event)
        assert [e.sys_id for e in isogeo.events.list(md)] == [event.sys_id]
        isogeo.events.delete(md, event)  # the record itself, or its id
        assert isogeo.events.list(md) == []

        isogeo.coordinate_systems.associate_workgroup(
            workgroup=wg, srs_code="2154", body=CoordinateSystemWrite(code=2154, name="RGF93 / Lambert-93")
        )
        systems = isogeo.coordinate_systems.list_for_workgroup(wg)
        assert all(isinstance(s, CoordinateSystem) for s in systems)
        assert 2154 in [s.code for s in systems]

        invitation = isogeo.invitations.create(
            wg, InvitationCreate(email="guest@isogeo.test", role=UserRole.READER, group=wg)
        )
        accepted = isogeo.invitations.accept(invitation)
        assert accepted.sys_id == invitation.sys_id
        with sandbox.user() as http:
            assert http.get(f"/invitations/{invitation.sys_id}").status_code == 404


def test_the_four_tasks_async(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]

    async def tasks() -> None:
        async with async_sandbox_client(sandbox) as aisogeo:
            catalogs = await aisogeo.catalogs.list(wg, include=["count"])
            assert catalogs and all(isinstance(c.count, int) for c in catalogs)

            md = await aisogeo.metadata.create(
                wg, MetadataCreate(title="events", type_=MetadataType.VECTOR_DATASET)
            )
            event = await aisogeo.events.create(md, {"date": "2024-03-01", "kind": "update"})
            await aisogeo.events.delete(md, event.sys_id)
            assert await aisogeo.events.list(md) == []

            systems = await aisogeo.coordinate_systems.list_for_workgroup(wg)
            assert all(isinstance(s, CoordinateSystem) for s in systems)

            invitation = await aisogeo.invitations.create(
                wg, {"email": "guest2@isogeo.test", "role": "reader", "group": wg}
            )
            assert (await aisogeo.invitations.accept(invitation)).sys_id == invitation.sys_id

    asyncio.run(tasks())
