"""isogeo.metadata (AsyncIsogeo) and batch retrieval against the sandbox: get with include="all",
get_many in input order with missing ids reported, create/update (PATCH, PUT for services)/delete.

Written async; tools/derive_sync.py derives test_metadata.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from isogeo_api.api.contact import get_contact
from isogeo_api.models import MetadataInclude
from isogeo_api.types import Unset
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import async_sandbox_client, calls

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

MISSING = "0" * 31 + "1"


async def test_get_with_include_all_returns_every_sub_resource(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        md = await isogeo.metadata.get(sandbox.info["metadata"]["complete"], include="all")

    for field in ("links", "contacts", "keywords", "conditions", "events", "limitations", "context"):
        assert not isinstance(getattr(md, field), Unset), field


async def test_get_many_keeps_the_input_order_and_reports_missing_ids(sandbox: SandboxHandle) -> None:
    known = sandbox.info["metadata"]
    ids = [known["service"], MISSING, known["vector"], known["raster"], known["vector"], known["resource"]]
    before = calls(sandbox, "getMetadata")

    async with async_sandbox_client(sandbox) as isogeo:
        result = await isogeo.metadata.get_many(ids, include=[MetadataInclude.LINKS], concurrency=3)

    assert [None if md is None else md.sys_id for md in result.items] == [
        None if key == MISSING else key for key in ids
    ]
    assert result.missing == (MISSING,) and not result.complete
    assert all(not isinstance(md.links, Unset) for md in result)
    assert calls(sandbox, "getMetadata") - before == 5  # the repeated id is fetched once


async def test_get_many_refuses_a_malformed_id_before_any_request(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()["requests"]

    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError) as caught:
            await isogeo.metadata.get_many([sandbox.info["metadata"]["vector"], "0269803d"])

    assert caught.value.argument == "ids[1]" and sandbox.stats()["requests"] == before


async def test_any_get_by_id_endpoint_can_be_batched(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        result = await isogeo.get_many(get_contact, [sandbox.info["contact"], MISSING])

    assert [card.sys_id for card in result] == [sandbox.info["contact"]] and result.missing == (MISSING,)


async def test_create_returns_the_full_record_when_asked(fresh_sandbox: SandboxHandle) -> None:
    workgroup = fresh_sandbox.info["workgroups"]["test"]

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        minimal = await isogeo.metadata.create(workgroup, {"title": "Routes 2024", "type": "vectorDataset"})
        full = await isogeo.metadata.create(
            workgroup, {"title": "Rivières", "type": "vectorDataset"}, refetch=True
        )
        with pytest.raises(InvalidInputError, match="title"):
            await isogeo.metadata.create(workgroup, {"title": " ", "type": "resource"})

    # the creation answer is minimal: no tags (type and editionProfile are always there)
    assert minimal.title == "Routes 2024" and isinstance(minimal.tags, Unset)
    assert minimal.edition_profile == "manual"
    assert full.title == "Rivières" and full.edition_profile == "manual" and not isinstance(full.tags, Unset)


async def test_update_patches_datasets_and_puts_services(fresh_sandbox: SandboxHandle) -> None:
    known = fresh_sandbox.info["metadata"]
    patches, puts = calls(fresh_sandbox, "updateMetadata"), calls(fresh_sandbox, "replaceMetadata")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        dataset = await isogeo.metadata.get(known["vector"], include="all")
        dataset.abstract = "Réseau hydrographique"
        saved = await isogeo.metadata.update(dataset)
        service = await isogeo.metadata.get(known["service"])
        service.title = "WMS de la Métropole"
        saved_service = await isogeo.metadata.update(service)
        reread = await isogeo.metadata.get(known["vector"])

    assert saved.abstract == reread.abstract == "Réseau hydrographique" and reread.title == dataset.title
    assert saved_service.title == "WMS de la Métropole"
    assert calls(fresh_sandbox, "updateMetadata") - patches == 1
    assert calls(fresh_sandbox, "replaceMetadata") - puts == 1


async def test_an_update_without_a_type_takes_it_from_the_metadata(fresh_sandbox: SandboxHandle) -> None:
    known = fresh_sandbox.info["metadata"]
    patches, puts = calls(fresh_sandbox, "updateMetadata"), calls(fresh_sandbox, "replaceMetadata")
    reads = calls(fresh_sandbox, "getMetadata")

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        saved = await isogeo.metadata.update({"_id": known["vector"], "abstract": "Sans type"})
        service = await isogeo.metadata.update({"title": "WMS renommé"}, metadata_id=known["service"])
        with pytest.raises(InvalidInputError, match="metadata_id"):
            await isogeo.metadata.update({"title": "x"})  # no id: nothing to read, nothing sent

    assert saved.abstract == "Sans type" and service.title == "WMS renommé"
    assert calls(fresh_sandbox, "getMetadata") - reads == 2
    assert calls(fresh_sandbox, "updateMetadata") - patches == 1  # the dataset: PATCH
    assert calls(fresh_sandbox, "replaceMetadata") - puts == 1  # the service: PUT, from its type


async def test_delete_then_the_metadata_no_longer_exists(fresh_sandbox: SandboxHandle) -> None:
    workgroup = fresh_sandbox.info["workgroups"]["test"]

    async with async_sandbox_client(fresh_sandbox) as isogeo:
        created = await isogeo.metadata.create(workgroup, {"title": "Temporaire"})
        existed = await isogeo.metadata.exists(created.sys_id)
        await isogeo.metadata.delete(created)
        exists = await isogeo.metadata.exists(created.sys_id)

    assert (existed, exists) == (True, False)
