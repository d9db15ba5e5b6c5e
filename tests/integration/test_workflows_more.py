"""More workflow cases, async only (the sync code is derived from the same source; the mirrored
suite, test_workflows.py / test_workflows_async.py, runs the main paths on both sides): a duplicate
in its own workgroup, the skip policy, a regular expression, bad arguments refused before any
request, and a network failure raised as a typed error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from isogeo.errors import APIConnectionError, InvalidInputError
from isogeo.workflows import abackup, aduplicate, areplace, aundo_replace, read_backup
from tests.integration.test_workflows_async import _titled, comparable, full
from tests.support.front_door import async_sandbox_client, new_workgroup_async, unique
from tests.support.sandbox import SandboxHandle

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


async def test_duplicate_in_its_own_workgroup_reuses_its_entities(sandbox: SandboxHandle) -> None:
    source_id = sandbox.info["metadata"]["complete"]
    async with async_sandbox_client(sandbox) as isogeo:
        report = await aduplicate(isogeo, source_id, title_prefix="copy of ")
        copy = await full(isogeo, str(report.created[0].id))
        source = await full(isogeo, source_id)
        await isogeo.metadata.delete(copy["_id"])

    assert copy["_creator"]["_id"] == source["_creator"]["_id"]
    assert comparable(copy) == comparable(source)
    assert not [entry for entry in report.created if entry.kind in ("contact", "license", "catalog")]


async def test_duplicate_policy_skip_creates_no_entity(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        target = await new_workgroup_async(isogeo)
        report = await aduplicate(isogeo, sandbox.info["metadata"]["complete"], into=target, policy="skip")
        contacts = await isogeo.contacts.list(target)

    assert [entry.kind for entry in report.created if entry.kind in ("contact", "license", "catalog")] == []
    assert {entry.kind for entry in report.skipped} >= {"catalog"}
    assert all(card.type_ != "custom" for card in contacts)


async def test_duplicate_refuses_bad_arguments_before_any_request(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="policy"):
            await aduplicate(isogeo, sandbox.info["metadata"]["complete"], policy="merge")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match="metadata"):
            await aduplicate(isogeo, "not-an-id")


async def test_backup_needs_a_query_or_a_group(sandbox: SandboxHandle, tmp_path: Path) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="query"):
            await abackup(isogeo, tmp_path)


async def test_replace_with_a_regex_on_the_abstract(sandbox: SandboxHandle) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        workgroup = await new_workgroup_async(isogeo)
        await _titled(isogeo, workgroup, ["A"])
        preview = await areplace(
            isogeo, group=workgroup, field="abstract", find=r"R(é)sum\1", replacement="X", regex=True
        )
    assert [entry.detail["new"] for entry in preview.changed] == ["X\n"]


async def test_replace_refuses_bad_arguments_before_any_request(
    sandbox: SandboxHandle, tmp_path: Path
) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="field"):
            await areplace(isogeo, query="", field="_id", find="a", replacement="b")
        with pytest.raises(InvalidInputError, match="find"):
            await areplace(isogeo, query="", field="title", find="(", replacement="b", regex=True)
        with pytest.raises(InvalidInputError, match="replacement"):
            await areplace(isogeo, query="", field="title", find="(a)", replacement=r"\2", regex=True)
        with pytest.raises(InvalidInputError, match="journal"):
            await areplace(isogeo, query="", field="title", find="a", replacement="b", apply=True)
        with pytest.raises(InvalidInputError, match="query"):
            await areplace(isogeo, field="title", find="a", replacement="b")
        with pytest.raises(InvalidInputError, match="journal"):
            await aundo_replace(isogeo, tmp_path / "missing.jsonl")


async def test_a_network_failure_is_a_typed_error(sandbox: SandboxHandle, tmp_path: Path) -> None:
    async with async_sandbox_client(sandbox) as isogeo:
        workgroup = await new_workgroup_async(isogeo)
        sandbox.faults("reset,operation=createWorkgroupMetadata,count=1")
        with pytest.raises(APIConnectionError):
            await aduplicate(
                isogeo, sandbox.info["metadata"]["resource"], into=workgroup, journal=tmp_path / "j.jsonl"
            )


async def test_backup_of_a_search_saves_the_owners_entities(sandbox: SandboxHandle, tmp_path: Path) -> None:
    word = unique("sentiers").replace("-", "")
    async with async_sandbox_client(sandbox) as isogeo:
        workgroup = await new_workgroup_async(isogeo)
        record = await isogeo.metadata.create(workgroup, {"title": f"{word} balisés", "type": "resource"})
        report = await abackup(isogeo, tmp_path, query=word)
    saved = read_backup(tmp_path)

    assert list(saved.metadata) == [record.sys_id]
    assert list(saved.workgroups) == [workgroup]
    assert saved.manifest["query"] == word and saved.manifest["group"] is None
    assert report.counts() == {"written": 6}
