# Derived from integration/test_helpers_licenses_async.py by tools/derive_sync.py: do not edit.
"""Licenses (LIC-1..5), conditions (CND-1..4) and the license association with its duplicate check.

Written async; tools/derive_sync.py derives test_helpers_licenses.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import AlreadyExistsError, InvalidInputError, NotFoundError
from tests.support.front_door import new_metadata, record_requests, sandbox_client, unique, writes
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


def test_associate_metadata_applies_a_license_once(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        md = new_metadata(isogeo, wg, "vectorDataset")
        condition = isogeo.licenses.associate_metadata(md, sandbox.info["license"], description="Attribution")
        sent = record_requests(isogeo)
        with pytest.raises(AlreadyExistsError) as caught:
            isogeo.licenses.associate_metadata(md.sys_id, sandbox.info["license"])
        kept = isogeo.licenses.associate_metadata(md.sys_id, sandbox.info["license"], exist_ok=True)
        conditions = isogeo.conditions.list(md.sys_id)
        assert kept.sys_id == condition.sys_id  # the existing condition, nothing written

    assert condition.license_.sys_id == sandbox.info["license"]
    assert condition.description == "Attribution"
    assert caught.value.existing.sys_id == condition.sys_id
    assert "force=True" in str(caught.value)
    assert writes(sent) == []
    assert [c.sys_id for c in conditions] == [condition.sys_id]


def test_associate_metadata_with_force_applies_it_again(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        md = new_metadata(isogeo, wg, "vectorDataset")
        lic = isogeo.licenses.get(sandbox.info["license"])
        first = isogeo.licenses.associate_metadata(md, lic)
        second = isogeo.licenses.associate_metadata(md, lic, description="Other use", force=True)
        conditions = isogeo.conditions.list(md.sys_id)

    assert first.sys_id != second.sys_id
    assert sorted(c.sys_id for c in conditions) == sorted([first.sys_id, second.sys_id])


def test_associate_metadata_refuses_bad_arguments_before_any_request(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="metadata"):
            isogeo.licenses.associate_metadata("not-an-id", sandbox.info["license"])
        with pytest.raises(InvalidInputError, match="description"):
            isogeo.licenses.associate_metadata(
                sandbox.info["metadata"]["vector"], sandbox.info["license"], description=3
            )  # type: ignore[arg-type]

    assert sent == []


def test_associate_an_unknown_license_is_not_found(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo, pytest.raises(NotFoundError):
        isogeo.licenses.associate_metadata(sandbox.info["metadata"]["vector"], "0" * 31 + "1")


def test_license_crud_and_condition_delete(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        lic = isogeo.licenses.create(wg, unique("licence"), link="https://example.org/licence")
        lic.content = "Texte de la licence"
        updated = isogeo.licenses.update(lic)
        listed = isogeo.licenses.list(wg)
        md = new_metadata(isogeo, wg, "resource")
        condition = isogeo.conditions.create(md.sys_id, lic.sys_id)
        again = isogeo.conditions.get(md.sys_id, condition.sys_id)
        isogeo.conditions.delete(md.sys_id, condition.sys_id)
        left = isogeo.conditions.list(md.sys_id)
        isogeo.licenses.delete(wg, lic.sys_id)
        with pytest.raises(NotFoundError):
            isogeo.licenses.get(lic.sys_id)

    assert updated.content == "Texte de la licence" and updated.link == "https://example.org/licence"
    assert lic.sys_id in {item.sys_id for item in listed}
    assert again.license_.sys_id == lic.sys_id
    assert left == []


def test_update_of_a_license_without_owner_needs_the_workgroup(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        isogeo_licenses = [
            lic for lic in isogeo.licenses.list(sandbox.info["workgroups"]["test"]) if not lic.owner
        ]
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="workgroup_id"):
            isogeo.licenses.update(isogeo_licenses[0])

    assert sent == []
