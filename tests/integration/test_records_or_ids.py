"""Every method that acts on an entity takes its record or its identifier (deletes and
dissociations included), with the sync and the async client, against the sandbox."""

from __future__ import annotations

import anyio
import pytest

from isogeo.errors import NotFoundError
from tests.support.front_door import new_metadata, new_metadata_async, sandbox_client
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client

pytestmark = pytest.mark.integration


def test_deletes_and_dissociations_take_records(fresh_sandbox: SandboxHandle) -> None:
    info = fresh_sandbox.info
    workgroup = {"_id": info["workgroups"]["test"]}  # an API dict, as a listing gives it
    with sandbox_client(fresh_sandbox) as isogeo:
        md = new_metadata(isogeo, workgroup["_id"], "vectorDataset")  # type: ignore[arg-type]
        contact = isogeo.contacts.create(workgroup["_id"], name="Record or id")
        isogeo.contacts.associate(md, contact)
        isogeo.contacts.dissociate(md, contact)
        isogeo.contacts.delete(workgroup, contact)
        condition = isogeo.licenses.associate_metadata(md, info["license"])
        isogeo.conditions.delete(md, condition)
        attribute = isogeo.feature_attributes.create(md.sys_id, "RECORD")
        isogeo.feature_attributes.delete(md, attribute)
        with pytest.raises(NotFoundError):
            isogeo.contacts.get(contact.sys_id)
        assert isogeo.conditions.list(md.sys_id) == []
        assert isogeo.feature_attributes.list(md.sys_id) == []


def test_deletes_and_dissociations_take_records_async(fresh_sandbox: SandboxHandle) -> None:
    info = fresh_sandbox.info

    async def run() -> None:
        async with async_sandbox_client(fresh_sandbox) as isogeo:
            md = await new_metadata_async(isogeo, info["workgroups"]["test"], "vectorDataset")  # type: ignore[arg-type]
            contact = await isogeo.contacts.create(info["workgroups"]["test"], name="Record or id")
            await isogeo.contacts.associate(md, contact)
            await isogeo.contacts.dissociate(md, contact)
            await isogeo.contacts.delete({"_id": info["workgroups"]["test"]}, contact)
            condition = await isogeo.licenses.associate_metadata(md, info["license"])
            await isogeo.conditions.delete(md, condition)
            attribute = await isogeo.feature_attributes.create(md.sys_id, "RECORD")
            await isogeo.feature_attributes.delete(md, attribute)
            assert await isogeo.conditions.list(md.sys_id) == []
            assert await isogeo.feature_attributes.list(md.sys_id) == []

    anyio.run(run)
