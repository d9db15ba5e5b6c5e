"""Formats (FMT-1..6) and the documentation's "Add versions to a format" helper, against the sandbox.

Written async; tools/derive_sync.py derives test_helpers_formats.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import AlreadyExistsError, InvalidInputError, NotFoundError, PermissionDeniedError
from tests.support.front_door import async_sandbox_client, record_requests, unique, writes
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_add_versions_appends_new_versions_once(sandbox: SandboxHandle) -> None:
    code = unique("fmt")
    async with async_sandbox_client(sandbox) as isogeo:
        await isogeo.formats.create(code, "Test format", versions=["1.0"])
        updated = await isogeo.formats.add_versions(code, ["2.0", "1.0", "2.0", "3.0"])
        again = await isogeo.formats.get(code)

    assert updated.versions == ["1.0", "2.0", "3.0"]
    assert again.versions == ["1.0", "2.0", "3.0"]


async def test_add_versions_with_nothing_new_writes_nothing(sandbox: SandboxHandle) -> None:
    code = unique("fmt")
    async with async_sandbox_client(sandbox) as isogeo:
        await isogeo.formats.create(code, "Test format", versions=["1.0"])
        sent = record_requests(isogeo)
        same = await isogeo.formats.add_versions(await isogeo.formats.get(code), "1.0")

    assert same.versions == ["1.0"]
    assert writes(sent) == []


@pytest.mark.parametrize("versions", [[], [""], ["1.0", 2]])
async def test_add_versions_refuses_bad_versions_before_any_request(
    sandbox: SandboxHandle, versions: list[object]
) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="versions"):
            await isogeo.formats.add_versions("postgis", versions)  # type: ignore[arg-type]

    assert sent == []


async def test_add_versions_to_an_unknown_format_is_not_found(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(NotFoundError):
            await isogeo.formats.add_versions(unique("missing"), ["1.0"])


async def test_group_application_cannot_add_versions(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox, "group") as isogeo:
        with pytest.raises(PermissionDeniedError):
            await isogeo.formats.add_versions("wms", [unique("v")])


async def test_create_refuses_an_existing_code_before_writing(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(AlreadyExistsError) as caught:
            await isogeo.formats.create("wms", "Another WMS", type="service")

    assert caught.value.existing.code == "wms"
    assert writes(sent) == []


async def test_get_refuses_a_metadata_type_and_list_for_type_takes_it(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="list_for_type"):
            await isogeo.formats.get("service")
        services = await isogeo.formats.list_for_type("service")
        everything = await isogeo.formats.list()

    assert {"wms", "wfs", "wmts", "efs", "ems"} <= {f.code for f in services}
    assert {f.code for f in services} < {f.code for f in everything}


async def test_update_and_delete_round_trip(sandbox: SandboxHandle) -> None:
    code = unique("fmt")
    async with async_sandbox_client(sandbox) as isogeo:
        fmt = await isogeo.formats.create(code, "Before", aliases=["b"])
        fmt.name = "After"
        updated = await isogeo.formats.update(fmt)
        await isogeo.formats.delete(code)
        with pytest.raises(NotFoundError):
            await isogeo.formats.get(code)

    assert updated.name == "After" and updated.aliases == ["b"]


async def test_search_no_geo(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        found = await isogeo.formats.search_no_geo(limit=3)

    assert 0 < len(found) <= 3 and all(f.name for f in found)
