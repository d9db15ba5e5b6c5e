# Derived from integration/test_helpers_counts_async.py by tools/derive_sync.py: do not edit.
"""Counts of metadata (search facets) and contacts, and the contact listing's search, type filter
and order, against the sandbox in a fresh workgroup.

Written async; tools/derive_sync.py derives test_helpers_counts.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError
from tests.support.front_door import new_metadata, new_workgroup, record_requests, sandbox_client
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


def test_metadata_counts_per_type_and_format(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        wg = new_workgroup(isogeo)
        for md_type, fmt in [("vectorDataset", "shp"), ("vectorDataset", "shp"), ("vectorDataset", "geojson"),
                             ("rasterDataset", "geotiff"), ("service", "wms")]:  # fmt: skip
            new_metadata(isogeo, wg, md_type, fmt)
        total = isogeo.counts.metadata(wg)
        per_type = isogeo.counts.metadata(wg, by="type")
        per_format = isogeo.counts.metadata(wg, by="format")
        vectors_per_format = isogeo.counts.metadata(wg, by="format", query="type:vector-dataset")
        sent = record_requests(isogeo)
        owners = isogeo.counts.metadata(wg, by="owner")

    assert total == 5
    assert per_type == {"vector-dataset": 3, "raster-dataset": 1, "service": 1}
    assert per_format == {"shp": 2, "geojson": 1, "geotiff": 1, "wms": 1}
    assert vectors_per_format == {"shp": 2, "geojson": 1}
    assert owners == {wg: 5}
    assert len(sent) == 2  # one search for the facets, one per owner


def test_metadata_count_of_a_group_application_is_what_is_shared_with_it(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox, "group") as isogeo:
        total = isogeo.counts.metadata()
        per_type = isogeo.counts.metadata(by="type")

    assert total > 0 and sum(per_type.values()) == total


def test_contact_counts_per_type(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        wg = new_workgroup(isogeo)
        for name in ("SIG", "Voirie", "Eau"):
            isogeo.contacts.create(wg, name=name)
        book = isogeo.contacts.list(wg, include=None)
        per_type = isogeo.counts.contacts(wg)
        total = isogeo.counts.contacts(wg, by_type=False)

    assert per_type["custom"] == 3
    assert sum(per_type.values()) == total == len(book)


def test_counts_refuse_bad_arguments_before_any_request(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match="by='colour'"):
            isogeo.counts.metadata(by="colour")
        with pytest.raises(InvalidInputError, match="workgroup_id='nope'"):
            isogeo.counts.metadata("nope", by="type")

    assert sent == []


def test_contact_listing_search_type_and_order(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        wg = new_workgroup(isogeo)
        isogeo.contacts.create(wg, name="Écologie urbaine", email="ecologie@example.org")
        isogeo.contacts.create(wg, name="direction de l'eau", organization="Métropole", city="Lyon")
        isogeo.contacts.create(wg, name="Zoé Martin", organization="Métropole de Lyon")
        found = isogeo.contacts.list(wg, search="metropole LYON")
        by_mail = isogeo.contacts.list(wg, search="ECOLOGIE@")
        ascending = isogeo.contacts.list(wg, type="custom", order="name")
        descending = isogeo.contacts.list(wg, type="CUSTOM", order="-name")
        groups = isogeo.contacts.list(wg, type="group")

    assert sorted(c.name for c in found) == ["Zoé Martin", "direction de l'eau"]
    assert [c.name for c in by_mail] == ["Écologie urbaine"]
    assert [c.name for c in ascending] == ["direction de l'eau", "Écologie urbaine", "Zoé Martin"]
    assert [c.name for c in descending] == ["Zoé Martin", "Écologie urbaine", "direction de l'eau"]
    assert all(str(c.type_) == "group" for c in groups)


def test_contact_listing_refuses_bad_type_or_order_before_any_request(sandbox: SandboxHandle) -> None:
    wg = sandbox.info["workgroups"]["test"]
    with sandbox_client(sandbox) as isogeo:
        sent = record_requests(isogeo)
        with pytest.raises(InvalidInputError, match=r"order='email'.*name, -name"):
            isogeo.contacts.list(wg, order="email")  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError, match=r"type='robot'.*custom, group, user"):
            isogeo.contacts.list(wg, type="robot")

    assert sent == []
