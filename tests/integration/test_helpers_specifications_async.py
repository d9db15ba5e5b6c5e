"""Specifications (SPC-1..5) and metadata conformity (CNF-1..3), against the sandbox.

Written async; tools/derive_sync.py derives test_helpers_specifications.py from this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from isogeo.errors import InvalidInputError, NotFoundError
from tests.support.front_door import async_sandbox_client, new_metadata_async, record_requests, unique
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_associate_metadata_is_an_upsert_of_the_conformity(sandbox: SandboxHandle) -> None:
    wg, spec_id = sandbox.info["workgroups"]["test"], sandbox.info["specification"]
    async with async_sandbox_client(sandbox) as isogeo:
        md = await new_metadata_async(isogeo, wg, "vectorDataset")
        first = await isogeo.specifications.associate_metadata(md, spec_id)
        second = await isogeo.specifications.associate_metadata(
            md.sys_id, await isogeo.specifications.get(spec_id), conformant=False
        )
        conformities = await isogeo.specifications.conformities(md)

    assert first.conformant is True and first.specification.sys_id == spec_id
    assert second.conformant is False
    assert [(c.specification.sys_id, c.conformant) for c in conformities] == [(spec_id, False)]


async def test_dissociate_metadata_then_again_is_not_found(sandbox: SandboxHandle) -> None:
    wg, spec_id = sandbox.info["workgroups"]["test"], sandbox.info["specification"]
    async with async_sandbox_client(sandbox) as isogeo:
        md = await new_metadata_async(isogeo, wg, "vectorDataset")
        await isogeo.specifications.associate_metadata(md, spec_id)
        await isogeo.specifications.dissociate_metadata(md, spec_id)
        with pytest.raises(NotFoundError):
            await isogeo.specifications.dissociate_metadata(md, spec_id)
        left = await isogeo.specifications.conformities(md.sys_id)

    assert left == []


async def test_associate_metadata_refuses_a_non_boolean_conformity_before_writing(
    sandbox: SandboxHandle,
) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        spec = await isogeo.specifications.get(sandbox.info["specification"])
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="conformant"):
            await isogeo.specifications.associate_metadata(
                sandbox.info["metadata"]["vector"], spec, conformant="yes"
            )  # type: ignore[arg-type]

    assert sent == []


async def test_specification_crud_with_published_dates(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        spec = await isogeo.specifications.create(
            wg, unique("spec"), link="https://example.org/spec", published=dt.date(2014, 4, 17)
        )
        spec.name = spec.name + " (v2)"
        updated = await isogeo.specifications.update(spec)
        listed = await isogeo.specifications.list(wg)
        await isogeo.specifications.delete(wg, spec.sys_id)
        with pytest.raises(NotFoundError):
            await isogeo.specifications.get(spec.sys_id)
        with pytest.raises(InvalidInputError, match="published"):
            await isogeo.specifications.create(wg, "Bad date", published="17/04/2014")

    assert spec.published.date() == dt.date(2014, 4, 17)
    assert updated.name.endswith("(v2)") and updated.published == spec.published
    assert spec.sys_id in {s.sys_id for s in listed}


async def test_list_counts_the_metadata_referring_to_each_specification(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        spec = await isogeo.specifications.create(wg, unique("spec"))
        for conformant in (True, False):
            md = await new_metadata_async(isogeo, wg, "vectorDataset")
            await isogeo.specifications.associate_metadata(md, spec, conformant=conformant)
        counted = {s.sys_id: s.count for s in await isogeo.specifications.list(wg)}

    # The sandbox once added the conformity flags instead of counting the metadata (True + False = 1).
    assert counted[spec.sys_id] == 2
