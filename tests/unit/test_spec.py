"""The spec as a product: valid, consistent, documented, forward compatible."""

from __future__ import annotations

import importlib
import re
import typing
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.conftest import load_fixture
from tests.support.contract import example_of, module_of, resolve
from tests.support.spec import SPEC_PATH, about_spec, load_spec, operations, validation_errors

ROW_ID = re.compile(r"[A-Z]{2,4}-\d+|§3\.31")


def test_spec_is_valid_openapi() -> None:
    validate(load_spec(), base_uri=SPEC_PATH.as_uri())


def test_operation_ids_are_unique_camel_case() -> None:
    seen: dict[str, str] = {}
    for method, path, op in operations():
        op_id = op.get("operationId", "")
        assert re.fullmatch(r"[a-z][a-zA-Z0-9]+", op_id), f"{method} {path}: bad operationId {op_id!r}"
        assert op_id not in seen, f"{op_id} used by {seen[op_id]} and {method} {path}"
        seen[op_id] = f"{method} {path}"


def test_each_operation_has_one_declared_tag_and_cites_its_row() -> None:
    declared = {tag["name"] for tag in load_spec()["tags"]}
    for method, path, op in operations():
        assert len(op.get("tags", [])) == 1, f"{method} {path}: exactly one tag expected"
        assert op["tags"][0] in declared, f"{method} {path}: tag {op['tags'][0]} is not declared"
        rows = op.get("x-route-ids", [])
        assert rows and all(ROW_ID.fullmatch(row) for row in rows), f"{method} {path}: no x-route-ids"


# What a description must not say: the decision records and process behind the spec
# (docs/reference/spec-decisions.md holds them), route-table rows (in `x-route-ids`), tools.
PROCESS_TALK = re.compile(
    r"[Dd]ecision|§|\[(?:DOC|OAS)\]|\b[CF]\d{1,2}b?\b|\b[A-Z]{2,4}-\d+\b|[Ss]andbox|facts sheet|fidelity"
    r"|openapi-python-client|typescript-fetch|hey-api|\b[Oo]ur\b|\b[Ww]e\b|\b[Tt]he SDK\b"
)


def _texts(node: Any, where: str = "") -> typing.Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary", "title") and isinstance(value, str):
                yield f"{where}/{key}", value
            elif not str(key).startswith("x-") and key not in ("example", "examples"):
                yield from _texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{where}[{index}]")


def test_descriptions_explain_the_api_not_the_process() -> None:
    found = [
        f"{where}: {match[0]!r}"
        for document in (load_spec(), about_spec())
        for where, text in _texts(document)
        if (match := PROCESS_TALK.search(text))
    ]
    assert found == []


def test_the_process_talk_check_catches_a_decision_record() -> None:
    """Guard against a check that cannot fail: the former wording of a deletion is caught."""
    texts = dict(_texts({"paths": {"/x": {"delete": {"description": "Deleted. Decision (C29): 204."}}}}))
    assert [PROCESS_TALK.findall(text) for text in texts.values()] == [["Decision", "C29"]]
    assert PROCESS_TALK.search("Same body as CTC-4.")
    assert not PROCESS_TALK.search("The official SDK asks for `_include=_abilities`; ISO 19115, EPSG 2154.")


def test_decision_records_are_linked_once_at_the_top() -> None:
    target = (SPEC_PATH.parent / load_spec()["externalDocs"]["url"]).resolve()
    assert target == SPEC_PATH.parents[1] / "docs" / "reference" / "spec-decisions.md"
    assert target.is_file()


def test_authenticated_operations_declare_401() -> None:
    for method, path, op in operations():
        if op.get("security") == []:
            continue
        assert "401" in op["responses"], f"{method} {path}: no 401 response"


def test_every_object_schema_has_an_example_that_validates() -> None:
    schemas: dict[str, Any] = load_spec()["components"]["schemas"]
    for name, schema in schemas.items():
        if schema.get("type") != "object":
            continue
        assert "example" in schema, f"schema {name} has no example"
        assert validation_errors(name, schema["example"]) == [], f"example of {name} does not validate"


def test_response_models_never_close_additional_properties() -> None:
    for name, schema in load_spec()["components"]["schemas"].items():
        assert schema.get("additionalProperties") is not False, f"{name} would drop unknown fields"


def _reachable_schemas(roots: list[dict[str, Any]]) -> set[str]:
    schemas = load_spec()["components"]["schemas"]
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    stack.append(schemas[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def test_response_models_use_open_enums() -> None:
    """A closed enum inside a response model would make a new server value crash parsing."""
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    roots = [resp for _m, _p, op in operations() for resp in op["responses"].values()]
    roots += list(spec["components"]["responses"].values())
    offenders = []
    for name in _reachable_schemas(roots):
        for prop, prop_schema in schemas[name].get("properties", {}).items():
            target = prop_schema.get("items", prop_schema)
            alternatives = target.get("anyOf", [target])
            refs = [alt["$ref"].rsplit("/", 1)[1] for alt in alternatives if "$ref" in alt]
            closed = [ref for ref in refs if "enum" in schemas[ref]]
            if closed and {"type": "string"} not in alternatives:
                offenders.append(f"{name}.{prop} -> {closed[0]}")
    assert offenders == []


@pytest.mark.parametrize(
    ("fixture", "schema"),
    [
        ("metadata_complete.json", "Metadata"),
        ("search_page.json", "MetadataSearch"),
        ("about.json", "About"),
        ("contacts.json", {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}}),
    ],
)
def test_realistic_payloads_match_the_spec(fixture: str, schema: str | dict[str, Any]) -> None:
    assert validation_errors(schema, load_fixture(fixture)) == []


def test_a_broken_payload_is_rejected() -> None:
    """Guard against a validator that accepts anything."""
    payload = load_fixture("metadata_complete.json")
    payload["coordinate-system"]["code"] = "EPSG:2154"
    del payload["_id"]
    errors = validation_errors("Metadata", payload)
    assert any("_id" in e for e in errors)
    assert any(e.startswith("coordinate-system") for e in errors)


def test_every_enum_names_its_members() -> None:
    """x-enum-varnames on every enum, one distinct upper-snake name per value, so that every
    generator names members alike (without them `vectorDataset` becomes VECTORDATASET in Python
    and `_abilities` VALUE_0)."""
    enums = {
        name: schema for name, schema in load_spec()["components"]["schemas"].items() if "enum" in schema
    }
    assert len(enums) >= 44
    for name, schema in enums.items():
        names = schema.get("x-enum-varnames", [])
        assert len(names) == len(schema["enum"]), f"{name}: x-enum-varnames missing or incomplete"
        assert len(set(names)) == len(names), name
        assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", n) for n in names), name


def test_every_parameter_has_an_example_that_validates() -> None:
    """The contract test and the docs build calls from these examples."""
    spec = load_spec()
    params = dict(spec["components"]["parameters"])
    for method, path, op in operations():
        for param in [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]:
            if "$ref" not in param:
                params[f"{method} {path} {param['name']}"] = param
    for name, param in params.items():
        assert "example" in param, f"parameter {name} has no example"
        assert validation_errors(param["schema"], param["example"]) == [], f"example of parameter {name}"


def test_every_request_body_has_an_example_that_validates() -> None:
    for method, path, op in operations():
        for content_type, media in op.get("requestBody", {}).get("content", {}).items():
            try:
                example = example_of(media["schema"])
            except LookupError:
                pytest.fail(f"{method} {path} {content_type}: no example for the request body")
            assert validation_errors(media["schema"], example) == [], f"{method} {path} {content_type}"


def test_every_success_response_has_an_example() -> None:
    for method, path, op in operations():
        for status, response in op["responses"].items():
            if not status.startswith("2"):
                continue
            for content_type, media in resolve(response).get("content", {}).items():
                if media["schema"].get("format") == "binary":
                    continue
                assert validation_errors(media["schema"], example_of(media["schema"])) == [], (
                    f"{method} {path} {status} {content_type}"
                )


def test_the_generated_client_has_a_typed_function_per_operation() -> None:
    """`isogeo_api.api.<tag>.<operation_id in snake_case>` exposes the four calling styles, annotated."""
    for method, path, op in operations():
        module = importlib.import_module(module_of(op["tags"][0], op["operationId"]))
        for name in ("sync_detailed", "asyncio_detailed"):
            function = getattr(module, name, None)
            assert callable(function), f"{method} {path}: {module.__name__}.{name} missing"
            hints = typing.get_type_hints(function)
            assert "client" in hints and "return" in hints, f"{module.__name__}.{name} is not annotated"
        if op["responses"].get("200", {}).get("content") or op["responses"].get("201", {}).get("content"):
            assert callable(getattr(module, "sync", None)), f"{module.__name__}.sync missing"


def test_generated_modules_follow_the_tag_naming_rule() -> None:
    """Tags `format` and `license` become `format_` and `license_` (Python built-in names)."""
    assert module_of("coordinate-system", "getMetadataCoordinateSystem") == (
        "isogeo_api.api.coordinate_system.get_metadata_coordinate_system"
    )
    assert module_of("format", "listFormats") == "isogeo_api.api.format_.list_formats"
    assert module_of("license", "getLicense") == "isogeo_api.api.license_.get_license"
