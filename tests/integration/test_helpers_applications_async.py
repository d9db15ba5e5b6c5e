"""Applications (APP-1..9) and associate_workgroup with force, against the sandbox (staff user).

Written async; tools/derive_sync.py derives test_helpers_applications.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError, NotFoundError
from tests.support.front_door import async_sandbox_client, record_requests, unique, writes
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


def _group_ids(app: object) -> set[str]:
    return {group.sys_id for group in app.groups}  # type: ignore[attr-defined]


async def test_associate_workgroup_refuses_a_second_group_without_force(sandbox: SandboxHandle) -> None:
    test, other = sandbox.info["workgroups"]["test"], sandbox.info["workgroups"]["other"]
    async with async_sandbox_client(sandbox) as isogeo:
        app = await isogeo.applications.create(unique("widget"), "group")
        first = await isogeo.applications.associate_workgroup(app, test)
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="force=True") as caught:
            await isogeo.applications.associate_workgroup(app.sys_id, other)
        unchanged = await isogeo.applications.get(app.sys_id)

    assert _group_ids(first) == {test}
    assert "may have one workgroup only" in str(caught.value)
    assert writes(sent) == []
    assert _group_ids(unchanged) == {test} and unchanged.can_have_many_groups is False


async def test_associate_workgroup_with_force_allows_many_groups_first(sandbox: SandboxHandle) -> None:
    test, other = sandbox.info["workgroups"]["test"], sandbox.info["workgroups"]["other"]
    async with async_sandbox_client(sandbox) as isogeo:
        app = await isogeo.applications.create(unique("widget"), "group", url="https://widget.example.org")
        await isogeo.applications.associate_workgroup(app, test)
        sent = record_requests(isogeo)
        forced = await isogeo.applications.associate_workgroup(app, other, force=True)
        workgroups = await isogeo.applications.workgroups(app)

    assert _group_ids(forced) == {test, other} and forced.can_have_many_groups is True
    assert forced.url == "https://widget.example.org"
    assert writes(sent) == [
        ("PUT", f"/applications/{app.sys_id}"),
        ("PUT", f"/applications/{app.sys_id}/groups/{other}"),
    ]
    assert {w.sys_id for w in workgroups} == {test, other}


async def test_associate_workgroup_already_there_sends_nothing(sandbox: SandboxHandle) -> None:
    group_app, test = sandbox.info["group_app"]["_id"], sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        app = await isogeo.applications.associate_workgroup(group_app, test)

    assert test in _group_ids(app)
    assert writes(sent) == []


async def test_associate_workgroup_refuses_a_user_application(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="a user application has no workgroups"):
            await isogeo.applications.associate_workgroup(
                sandbox.info["user_app"]["_id"], sandbox.info["workgroups"]["other"]
            )

    assert writes(sent) == []


async def test_application_crud_and_dissociation(sandbox: SandboxHandle) -> None:
    test = sandbox.info["workgroups"]["test"]
    async with async_sandbox_client(sandbox) as isogeo:
        app = await isogeo.applications.create(unique("portal"), "group", scopes=["resources:read"])
        await isogeo.applications.associate_workgroup(app, test)
        listed = await isogeo.applications.list(test)
        app = await isogeo.applications.get(app.sys_id)
        app.name = app.name + " v2"
        renamed = await isogeo.applications.update(app)
        await isogeo.applications.dissociate_workgroup(app, test)
        with pytest.raises(NotFoundError):
            await isogeo.applications.dissociate_workgroup(app, test)
        await isogeo.applications.delete(app.sys_id)
        with pytest.raises(NotFoundError):
            await isogeo.applications.get(app.sys_id)
        with pytest.raises(InvalidInputError, match="type"):
            await isogeo.applications.create("Bad", "robot")

    assert app.sys_id in {a.sys_id for a in listed}
    assert renamed.name.endswith(" v2") and renamed.scopes == ["resources:read"]
