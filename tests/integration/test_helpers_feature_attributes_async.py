"""Feature attributes (FAT-1..5) and import_from_dataset (modes, case, refusals), against the sandbox.

Written async; tools/derive_sync.py derives test_helpers_feature_attributes.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import AlreadyExistsError, InvalidInputError
from tests.support.front_door import async_sandbox_client, new_metadata_async, record_requests, writes
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def _datasets(isogeo: object, sandbox: SandboxHandle) -> tuple[str, str]:
    wg = sandbox.info["workgroups"]["test"]
    source = await new_metadata_async(isogeo, wg, "vectorDataset")  # type: ignore[arg-type]
    destination = await new_metadata_async(isogeo, wg, "vectorDataset")  # type: ignore[arg-type]
    return source.sys_id, destination.sys_id


async def test_import_add_creates_missing_names_and_skips_the_others(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        source, destination = await _datasets(isogeo, sandbox)
        await isogeo.feature_attributes.create(source, "NOM", data_type="String", alias="Nom")
        await isogeo.feature_attributes.create(source, "CODE", data_type="Integer")
        await isogeo.feature_attributes.create(destination, "NOM", data_type="Text")
        report = await isogeo.feature_attributes.import_from_dataset(source, destination, "add")
        result = {a.name: a.data_type for a in await isogeo.feature_attributes.list(destination)}

    assert [a.name for a in report.added] == ["CODE"] and report.updated == []
    assert report.skipped == ["NOM"]
    assert result == {"NOM": "Text", "CODE": "Integer"}


async def test_import_update_rewrites_same_names_only(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        source, destination = await _datasets(isogeo, sandbox)
        await isogeo.feature_attributes.create(source, "NOM", data_type="String", description="Le nom")
        await isogeo.feature_attributes.create(source, "CODE", data_type="Integer")
        kept = await isogeo.feature_attributes.create(destination, "NOM", data_type="Text")
        report = await isogeo.feature_attributes.import_from_dataset(source, destination, "update")
        result = await isogeo.feature_attributes.list(destination)

    assert [a.sys_id for a in report.updated] == [kept.sys_id] and report.added == []
    assert report.skipped == ["CODE"]
    assert [(a.name, a.data_type, a.description) for a in result] == [("NOM", "String", "Le nom")]


async def test_import_update_or_add_ignoring_case_keeps_destination_names(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        source, destination = await _datasets(isogeo, sandbox)
        await isogeo.feature_attributes.create(source, "NOM", data_type="String")
        await isogeo.feature_attributes.create(source, "CODE", data_type="Integer")
        await isogeo.feature_attributes.create(destination, "nom", data_type="Text")
        report = await isogeo.feature_attributes.import_from_dataset(
            source, destination, "update_or_add", case_sensitive=False
        )
        result = {a.name: a.data_type for a in await isogeo.feature_attributes.list(destination)}

    assert report.changed == 2 and report.skipped == []
    assert result == {"nom": "String", "CODE": "Integer"}


@pytest.mark.parametrize("kind", ["rasterDataset", "service", "resource"])
async def test_import_refuses_metadata_without_attributes_before_any_write(
    sandbox: SandboxHandle, kind: str
) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        vector = await new_metadata_async(isogeo, wg, "vectorDataset")
        other = await new_metadata_async(isogeo, wg, kind)
        await isogeo.feature_attributes.create(vector.sys_id, "NOM")
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match=f"destination=.*a {kind} has no feature attributes"):
            await isogeo.feature_attributes.import_from_dataset(vector.sys_id, other.sys_id, "update_or_add")
        with pytest.raises(InvalidInputError, match=f"source=.*a {kind} has no feature attributes"):
            await isogeo.feature_attributes.import_from_dataset(other, vector, "add")

    assert writes(sent) == []


async def test_import_from_a_no_geo_dataset_works(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        table = await new_metadata_async(isogeo, wg, "noGeoDataset")
        vector = await new_metadata_async(isogeo, wg, "vectorDataset")
        await isogeo.feature_attributes.create(table.sys_id, "ID", data_type="Integer")
        report = await isogeo.feature_attributes.import_from_dataset(table, vector)

    assert [a.name for a in report.added] == ["ID"]


async def test_import_refuses_a_bad_mode_or_the_same_metadata_before_any_request(
    sandbox: SandboxHandle,
) -> None:
    vector = sandbox.info["metadata"]["vector"]
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="mode='replace'"):
            await isogeo.feature_attributes.import_from_dataset(
                vector, sandbox.info["metadata"]["no_geo"], "replace"
            )  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match="another metadata than the source"):
            await isogeo.feature_attributes.import_from_dataset(vector, vector)

    assert sent == []


async def test_attribute_crud_and_duplicate_name_conflict(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        md = await new_metadata_async(isogeo, wg, "vectorDataset")
        attribute = await isogeo.feature_attributes.create(
            md.sys_id, "SURFACE", data_type="Double", length=10
        )
        with pytest.raises(AlreadyExistsError) as taken:
            await isogeo.feature_attributes.create(md.sys_id, "SURFACE")
        assert taken.value.existing.sys_id == attribute.sys_id
        same = await isogeo.feature_attributes.create(md.sys_id, "SURFACE", exist_ok=True)
        assert same.sys_id == attribute.sys_id
        with pytest.raises(InvalidInputError, match="colour"):
            await isogeo.feature_attributes.create(md.sys_id, "X", colour="red")  # type: ignore[call-arg]
        attribute.alias = "Surface (m²)"
        updated = await isogeo.feature_attributes.update(md.sys_id, attribute)
        again = await isogeo.feature_attributes.get(md.sys_id, attribute.sys_id)
        await isogeo.feature_attributes.delete(md.sys_id, attribute.sys_id)
        left = await isogeo.feature_attributes.list(md.sys_id)

    assert updated.alias == again.alias == "Surface (m²)" and again.length == 10
    assert left == []
