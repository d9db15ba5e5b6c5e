"""Counts of metadata (search facets) and contacts, and the contact listing's search, type filter
and order, against the sandbox in a fresh workgroup.

Written async; tools/derive_sync.py derives test_helpers_counts.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from tests.support.front_door import (
    async_sandbox_client,
    new_metadata_async,
    new_workgroup_async,
    record_requests,
)
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_metadata_counts_per_type_and_format(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        wg = await new_workgroup_async(isogeo)
        for md_type, fmt in [("vectorDataset", "shp"), ("vectorDataset", "shp"), ("vectorDataset", "geojson"),
                             ("rasterDataset", "geotiff"), ("service", "wms")]:  # fmt: skip
            await new_metadata_async(isogeo, wg, md_type, fmt)
        total = await isogeo.counts.metadata(wg)
        per_type = await isogeo.counts.metadata(wg, by="type")
        per_format = await isogeo.counts.metadata(wg, by="format")
        vectors_per_format = await isogeo.counts.metadata(wg, by="format", query="type:vector-dataset")
        sent = record_requests(isogeo)
        owners = await isogeo.counts.metadata(wg, by="owner")

    assert total == 5
    assert per_type == {"vector-dataset": 3, "raster-dataset": 1, "service": 1}
    assert per_format == {"shp": 2, "geojson": 1, "geotiff": 1, "wms": 1}
    assert vectors_per_format == {"shp": 2, "geojson": 1}
    assert owners == {wg: 5}
    assert len(sent) == 2  # one search for the facets, one per owner


async def test_metadata_count_of_a_group_application_is_what_is_shared_with_it(
    sandbox: SandboxHandle,
) -> None:
    async with async_sandbox_client(sandbox, "group") as isogeo:
        total = await isogeo.counts.metadata()
        per_type = await isogeo.counts.metadata(by="type")

    assert total > 0 and sum(per_type.values()) == total


async def test_contact_counts_per_type(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        wg = await new_workgroup_async(isogeo)
        for name in ("SIG", "Voirie", "Eau"):
            await isogeo.contacts.create(wg, name=name)
        book = await isogeo.contacts.list(wg, include=None)
        per_type = await isogeo.counts.contacts(wg)
        total = await isogeo.counts.contacts(wg, by_type=False)

    assert per_type["custom"] == 3
    assert sum(per_type.values()) == total == len(book)


async def test_counts_refuse_bad_arguments_before_any_request(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="by='colour'"):
            await isogeo.counts.metadata(by="colour")
        with pytest.raises(InvalidInputError, match="workgroup_id='nope'"):
            await isogeo.counts.metadata("nope", by="type")

    assert sent == []


async def test_contact_listing_search_type_and_order(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        wg = await new_workgroup_async(isogeo)
        await isogeo.contacts.create(wg, name="Écologie urbaine", email="ecologie@example.org")
        await isogeo.contacts.create(wg, name="direction de l'eau", organization="Métropole", city="Lyon")
        await isogeo.contacts.create(wg, name="Zoé Martin", organization="Métropole de Lyon")
        found = await isogeo.contacts.list(wg, search="metropole LYON")
        by_mail = await isogeo.contacts.list(wg, search="ECOLOGIE@")
        ascending = await isogeo.contacts.list(wg, type="custom", order="name")
        descending = await isogeo.contacts.list(wg, type="CUSTOM", order="-name")
        groups = await isogeo.contacts.list(wg, type="group")

    assert sorted(c.name for c in found) == ["Zoé Martin", "direction de l'eau"]
    assert [c.name for c in by_mail] == ["Écologie urbaine"]
    assert [c.name for c in ascending] == ["direction de l'eau", "Écologie urbaine", "Zoé Martin"]
    assert [c.name for c in descending] == ["Zoé Martin", "Écologie urbaine", "direction de l'eau"]
    assert all(str(c.type_) == "group" for c in groups)


async def test_contact_listing_refuses_bad_type_or_order_before_any_request(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match=r"order='email'.*name, -name"):
            await isogeo.contacts.list(wg, order="email")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match=r"type='robot'.*custom, group, user"):
            await isogeo.contacts.list(wg, type="robot")

    assert sent == []
