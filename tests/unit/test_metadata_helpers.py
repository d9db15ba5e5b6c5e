from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from isogeo.errors import InvalidInputError
from isogeo.metadata_helpers import (
    SIGNATURE_FIELDS,
    owner_workgroup_id,
    owner_workgroup_name,
    signature,
    title_or_name,
)
from isogeo_api.models import Metadata
from tests.conftest import load_fixture

WG = "32f7e95ec4e94ca3bc1afda960003882"
MD = "0269803d50c446b09f5060ef7fe3e22b"


@pytest.mark.parametrize(
    ("record", "slugged", "expected"),
    [
        ({"title": "Communes 2024", "name": "communes.shp"}, False, "Communes 2024"),
        ({"title": "", "name": "communes.shp"}, False, "communes.shp"),
        ({"title": None, "name": "communes.shp"}, False, "communes.shp"),
        ({"name": "communes.shp"}, False, "communes.shp"),
        (
            {"title": "Communes de France — Édition 2024", "name": "x"},
            True,
            "communes-de-france-edition-2024",
        ),
        ({"title": None, "name": "LIMITES_ADMIN 2024.shp"}, True, "limites_admin-2024shp"),
        ({}, False, None),
        ({"title": "", "name": ""}, True, None),
    ],
)
def test_title_or_name(record: dict[str, Any], slugged: bool, expected: str | None) -> None:
    assert title_or_name(record, slugged=slugged) == expected
    assert title_or_name(Metadata.from_dict({"_id": MD, **record}), slugged=slugged) == expected


def test_owner_workgroup_from_the_complete_fixture() -> None:
    record = load_fixture("metadata_complete.json")
    for md in (record, Metadata.from_dict(record)):
        assert owner_workgroup_id(md) == WG
        assert owner_workgroup_name(md) == "Isogeo Test"


@pytest.mark.parametrize(
    "record",
    [
        {"_id": MD},
        {"_id": MD, "_creator": {"_id": WG}},
        {"_id": MD, "_creator": {"_id": WG, "contact": {"_id": "5e4d3c2b1a0f4e9d8c7b6a5f4e3d2c1b"}}},
    ],
)
def test_owner_name_is_none_when_not_fetched(record: dict[str, Any]) -> None:
    assert owner_workgroup_name(record) is None
    assert owner_workgroup_name(Metadata.from_dict(record)) is None


def test_owner_id_is_none_without_creator() -> None:
    assert owner_workgroup_id({"_id": MD}) is None
    assert owner_workgroup_id(Metadata.from_dict({"_id": MD})) is None


def test_signature_is_a_sha256_hex_digest() -> None:
    value = signature(load_fixture("metadata_complete.json"))
    assert len(value) == 64
    assert set(value) <= set("0123456789abcdef")


def test_signature_of_a_model_equals_the_signature_of_its_json() -> None:
    record = load_fixture("metadata_complete.json")
    assert signature(Metadata.from_dict(record)) == signature(record)


def test_signature_covers_the_documented_fields() -> None:
    assert SIGNATURE_FIELDS == (
        "coordinateSystem",
        "envelope",
        "features",
        "featureAttributes",
        "format",
        "geometry",
        "groupId",
        "name",
        "path",
        "series",
        "title",
        "type",
    )
    record = load_fixture("metadata_complete.json")
    base = signature(record)
    changes: dict[str, Any] = {
        "coordinate-system": {"code": 4326, "name": "WGS 84"},
        "envelope": None,
        "features": 1,
        "feature-attributes": [],
        "format": "gpkg",
        "geometry": "Point",
        "_creator": {**record["_creator"], "_id": "aa7e1c1f51b74e5fb7c2d4e8f9a0b1c2"},
        "name": "other.shp",
        "path": "/elsewhere",
        "series": not record.get("series"),
        "title": "Another title",
        "type": "rasterDataset",
    }
    for key, value in changes.items():
        assert signature({**record, key: value}) != base, key


def test_signature_ignores_other_fields_and_field_order() -> None:
    record = load_fixture("metadata_complete.json")
    base = signature(record)
    assert signature({**record, "abstract": "changed", "_modified": "2030-01-01T00:00:00+00:00"}) == base
    assert signature(record, reversed(SIGNATURE_FIELDS)) == base


def test_signature_with_chosen_fields() -> None:
    record = {"title": "Communes", "abstract": "Limites", "_creator": {"contact": {"name": "Isogeo Test"}}}
    assert signature(record, ["title"]) == signature({"title": "Communes"}, ("title",))
    assert signature(record, "title") == signature(record, ["title"])
    assert signature(record, ["groupName"]) != signature({**record, "_creator": {}}, ["groupName"])


def test_signature_is_stable_across_processes() -> None:
    # Hash randomisation must not leak in (a fresh interpreter has a different PYTHONHASHSEED).
    code = (
        "from isogeo.metadata_helpers import signature;"
        "print(signature({'title': 'Communes', 'type': 'vectorDataset', 'series': False}))"
    )
    outputs = {
        subprocess.run(  # noqa: S603 - this interpreter, our own code
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert outputs == {signature({"title": "Communes", "type": "vectorDataset", "series": False})}


@pytest.mark.parametrize("fields", [[], [""], [1]])
def test_signature_refuses_empty_field_lists(fields: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^included_attributes="):
        signature({"title": "x"}, fields)


def test_signature_refuses_non_metadata() -> None:
    with pytest.raises(InvalidInputError, match=r"^metadata="):
        signature(42)  # type: ignore[arg-type]
