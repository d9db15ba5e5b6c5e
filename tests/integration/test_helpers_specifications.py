# Derived from integration/test_helpers_specifications_async.py by tools/derive_sync.py: do not edit.
"""Specifications (SPC-1..5) and metadata conformity (CNF-1..3), against the sandbox.

Written async; tools/derive_sync.py derives test_helpers_specifications.py from this file.
"""

from __future__ import annotations

import datetime as dt

import pytest

from isogeo.errors import InvalidInputError, NotFoundError
from tests.support.front_door import new_metadata, record_requests, sandbox_client, unique
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


def test_associate_metadata_is_an_upsert_of_the_conformity(sandbox: SandboxHandle) -> None:
    wg, spec_id = sandbox.info["workgroups"]["test"], sandbox.info["specification"]
    with sandbox_client(sandbox) as isogeo:
        md = new_metadata(isogeo, wg, "vectorDataset")
        first = isogeo.specifications.associate_metadata(md, spec_id)
        second = isogeo.specifications.associate_metadata(
            md.sys_id, isogeo.specifications.get(spec_id), conformant=False
        )
        conformities = isogeo.specifications.conformities(md)

    assert first.conformant is True and first.specification.sys_id == spec_id
    assert second.conformant is False
    assert [(c.specification.sys_id, c.conformant) for c in conformities] == [(spec_id, False)]


def test_dissociate_metadata_then_again_is_not_found(sandbox: SandboxHandle) -> None:
    wg, spec_id = sandbox.info["workgroups"]["test"], sandbox.info["specification"]
    with sandbox_client(sandbox) as isogeo:
        md = new_metadata(isogeo, wg, "vectorDataset")
        isogeo.specifications.associate_metadata(md, spec_id)
        isogeo.specifications.dissociate_metadata(md, spec_id)
        with pytest.raises(NotFoundError):
            isogeo.specifications.dissociate_metadata(md, spec_id)
        left = isogeo.specifications.conformities(md.sys_id)

    assert left == []


def test_associate_metadata_refuses_a_non_boolean_conformity_before_writing(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        spec = isogeo.specifications.get(sandbox.info["specification"])
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="conformant"):
            isogeo.specifications.associate_metadata(
                sandbox.info["metadata"]["vector"], spec, conformant="yes"
            )  # type: ignore[arg-type]

    assert sent == []


def test_specification_crud_with_published_dates(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        spec = isogeo.specifications.create(
            wg, unique("spec"), link="https://example.org/spec", published=dt.date(2014, 4, 17)
        )
        spec.name = spec.name + " (v2)"
        updated = isogeo.specifications.update(spec)
        listed = isogeo.specifications.list(wg)
        isogeo.specifications.delete(wg, spec.sys_id)
        with pytest.raises(NotFoundError):
            isogeo.specifications.get(spec.sys_id)
        with pytest.raises(InvalidInputError, match="published"):
            isogeo.specifications.create(wg, "Bad date", published="17/04/2014")

    assert spec.published.date() == dt.date(2014, 4, 17)
    assert updated.name.endswith("(v2)") and updated.published == spec.published
    assert spec.sys_id in {s.sys_id for s in listed}


def test_list_counts_the_metadata_referring_to_each_specification(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        spec = isogeo.specifications.create(wg, unique("spec"))
        for conformant in (True, False):
            md = new_metadata(isogeo, wg, "vectorDataset")
            isogeo.specifications.associate_metadata(md, spec, conformant=conformant)
        counted = {s.sys_id: s.count for s in isogeo.specifications.list(wg)}

    # The sandbox once added the conformity flags instead of counting the metadata (True + False = 1).
    assert counted[spec.sys_id] == 2
