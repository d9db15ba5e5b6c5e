"""A newer API must not break the generated client: new fields and new enum values parse and survive."""

from __future__ import annotations

import copy
import enum
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier

from isogeo_api.models import (
    Application,
    BulkReport,
    Datasource,
    Invitation,
    Membership,
    Share,
)
from tests.support.contract import model_class
from tests.support.spec import load_spec, operations

FUTURE_VALUE = "valueAddedIn2030"
FUTURE_FIELD = {"_futureField": {"nested": [1, 2], "flag": True}}


def _open_enum_names() -> set[str]:
    schemas = load_spec()["components"]["schemas"]
    return {
        name
        for name, schema in schemas.items()
        if name.endswith("Value") and {"type": "string"} in schema.get("anyOf", [])
    }


def _response_object_schemas() -> list[str]:
    schemas = load_spec()["components"]["schemas"]
    names: set[str] = set()
    stack: list[Any] = [resp for _m, _p, op in operations() for resp in op["responses"].values()]
    stack += list(load_spec()["components"]["responses"].values())
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/") and (name := ref.rsplit("/", 1)[1]) not in names:
                names.add(name)
                stack.append(schemas[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(n for n in names if schemas[n].get("type") == "object" and schemas[n].get("properties"))


def _future_payload(name: str) -> tuple[dict[str, Any], list[str]]:
    """The schema's example plus an unknown field, with every open-enum field set to an unknown value."""
    schema = load_spec()["components"]["schemas"][name]
    payload: dict[str, Any] = {**copy.deepcopy(schema["example"]), **FUTURE_FIELD}
    open_enums = _open_enum_names()
    changed = []
    for prop, prop_schema in schema["properties"].items():
        ref = prop_schema.get("$ref", "").rsplit("/", 1)[-1]
        item_ref = prop_schema.get("items", {}).get("$ref", "").rsplit("/", 1)[-1]
        if ref in open_enums:
            payload[prop] = FUTURE_VALUE
            changed.append(prop)
        elif item_ref in open_enums:
            payload[prop] = [FUTURE_VALUE]
            changed.append(prop)
    return payload, changed


@pytest.mark.parametrize("name", _response_object_schemas())
def test_response_models_parse_the_future_and_give_it_back(name: str) -> None:
    payload, changed = _future_payload(name)

    model = model_class(name).from_dict(payload)
    out = model.to_dict()

    assert out["_futureField"] == FUTURE_FIELD["_futureField"], "unknown fields must survive to_dict()"
    for prop in changed:
        value = getattr(model, PythonIdentifier(prop, prefix="sys_"))
        values = value if isinstance(value, list) else [value]
        assert values == [FUTURE_VALUE] and not isinstance(values[0], enum.Enum), prop
        assert out[prop] == payload[prop], prop


def test_the_generic_check_covers_many_families() -> None:
    names = _response_object_schemas()
    assert len(names) >= 40
    changed = {name for name in names if _future_payload(name)[1]}
    assert {
        "Application",
        "Share",
        "Invitation",
        "Membership",
        "DatasourceSession",
        "Link",
        "Metadata",
    } <= changed


def test_nested_unknowns_survive_a_share_read_modify_write() -> None:
    raw = {
        "_id": "1e2f3a4b5c6d47e8f9a0b1c2d3e4f5a6",
        "type": "federation",
        "rights": ["reshare", "republish"],
        "applications": [{"_id": "4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9", "kind": "serverless", "quota": 3}],
        "catalogs": [{"_id": "6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4", "$scan": True, "color": "#fff"}],
        "publicationPolicy": {"mode": "auto"},
    }

    share = Share.from_dict(raw)

    assert share.type_ == "federation" and share.rights == ["reshare", "republish"]
    assert share.applications and share.applications[0].kind == "serverless"
    assert share.catalogs and share.catalogs[0].scan is True
    assert share.to_dict() == raw


@pytest.mark.parametrize(
    ("model", "payload", "attribute", "expected"),
    [
        (Application, {"_id": "4a5b6c7d8e9f40a1b2c3d4e5f6a7b8c9", "type": "service"}, "type_", "service"),
        (Invitation, {"_id": "2d3e4f5a6b7c48d9e0f1a2b3c4d5e6f7", "role": "editor"}, "role", "editor"),
        (Membership, {"_id": "1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6", "role": "editor"}, "role", "editor"),
        (
            Datasource,
            {
                "_id": "9f8e7d6c5b4a43f2e1d0c9b8a7f6e5d4",
                "lastSession": {"_id": "0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5", "status": "paused"},
            },
            "last_session.status",
            "paused",
        ),
        (
            BulkReport,
            {"request": {"action": "merge", "target": "themes"}, "ignored": {"quotaExceeded": ["x"]}},
            "ignored.additional_properties",
            {"quotaExceeded": ["x"]},
        ),
    ],
)
def test_values_the_spec_does_not_list_parse_as_plain_values(
    model: Any, payload: dict[str, Any], attribute: str, expected: Any
) -> None:
    value: Any = model.from_dict(payload)
    for part in attribute.split("."):
        value = getattr(value, part)
    assert value == expected and not isinstance(value, enum.Enum)
