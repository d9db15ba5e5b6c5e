"""docs/api.md (tools/generate_api_md.py) maps every operation of the spec to its generated function."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from isogeo_api.api.contact import associate_contact_to_metadata, delete_workgroup_contact
from isogeo_api.api.link import create_metadata_link
from isogeo_api.models import ApiError, Link
from isogeo_api.types import Unset
from tests.support.facts import route_rows
from tests.support.spec import ROOT, load_spec, operations
from tools import generate_api_md as api_md

API_MD = ROOT / "docs" / "api.md"
# | CTC-6 | `PUT /resources/...` | `associateContactToMetadata` | `isogeo_api.api.contact.associate...` | ...
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _table_rows(text: str) -> list[list[str]]:
    """The operation rows of api.md's tables, as cells with code spans unwrapped."""
    rows = []
    for line in text.splitlines():
        if not line.startswith("| ") or line.startswith(("| Row ", "|---")):
            continue
        cells = [cell.strip().replace(r"\|", "|") for cell in UNESCAPED_PIPE.split(line)[1:-1]]
        rows.append([cell.strip("`") for cell in cells])
    return rows


def _documented(text: str) -> set[tuple[str, str, str]]:
    found = set()
    for row in _table_rows(text):
        method, path = row[1].split("`<br>")[0].split(" ", 1)
        found.add((method, path, row[2]))
    return found


def _spec_operations() -> set[tuple[str, str, str]]:
    return {(method, path, op["operationId"]) for method, path, op in operations()}


def test_api_md_lists_every_operation_of_the_spec_once() -> None:
    text = API_MD.read_text(encoding="utf-8")
    assert _documented(text) == _spec_operations()
    assert len(_table_rows(text)) == len(_spec_operations()) == 160


def test_the_check_sees_a_missing_operation() -> None:
    """Guard against a coverage check that cannot fail."""
    text = API_MD.read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines() if "`associateContactToMetadata`" not in line)
    assert _spec_operations() - _documented(without) == {
        ("PUT", "/resources/{metadata_id}/contacts/{contact_id}", "associateContactToMetadata")
    }


def test_every_documented_module_exists_and_has_the_four_functions() -> None:
    for row in _table_rows(API_MD.read_text(encoding="utf-8")):
        module = importlib.import_module(row[3])
        functions = [name.strip().strip("`") for name in row[4].split(",")]
        assert functions == ["sync", "sync_detailed", "asyncio", "asyncio_detailed"], row[2]
        assert all(callable(getattr(module, name)) for name in functions), row[3]


def test_every_route_of_the_facts_sheet_has_its_row() -> None:
    rows = _table_rows(API_MD.read_text(encoding="utf-8"))
    documented_rows = {row_id.strip() for row in rows for row_id in row[0].split(",")}
    # ABT-3..5 live on other hosts: openapi/isogeo-about.yaml, called with get_api_version.
    elsewhere = {"ABT-3", "ABT-4", "ABT-5"}
    assert {row.row for row in route_rows()} - elsewhere <= documented_rows
    assert not documented_rows & elsewhere
    assert documented_rows - {row.row for row in route_rows()} == {"§3.31"}


def test_api_md_is_what_the_script_writes() -> None:
    """`make check-generated` diffs too; this says it from pytest with the in-process script."""
    assert api_md.build() == API_MD.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("operation", "rows"),
    [
        ({"x-route-ids": ["CTC-6"]}, ("CTC-6",)),
        ({"x-route-ids": ["ABT-3", "ABT-4", "ABT-5"]}, ("ABT-3", "ABT-4", "ABT-5")),
        ({"x-route-ids": ["§3.31"]}, ("§3.31",)),
        ({"x-route-ids": "CTC-6"}, ()),
        ({"x-route-ids": ["contacts"]}, ()),
        ({"description": "Returns the contacts (CTC-1)."}, ()),
        ({}, ()),
    ],
)
def test_row_ids_come_from_the_route_ids_extension(operation: dict[str, Any], rows: tuple[str, ...]) -> None:
    assert api_md.row_ids(operation) == rows


def test_type_labels_read_like_python() -> None:
    assert api_md.type_label(ApiError | Link | list[Link] | None) == "ApiError | Link | list[Link] | None"
    assert api_md.type_label(dict[str, int]) == "dict[str, int]"
    assert api_md.type_label(Any) == "Any"
    with pytest.raises(api_md.GenerationError, match="cannot name"):
        api_md.type_label("Link")


def test_success_and_body_types_come_from_the_sync_annotations() -> None:
    assert api_md.success_label(create_metadata_link.sync, [ApiError], has_body=True) == "Link | list[Link]"
    assert api_md.body_label(create_metadata_link.sync, Unset) == ("LinkWrite | LinkUpload", True)
    assert api_md.body_label(associate_contact_to_metadata.sync, Unset) == ("ContactAssociation", False)
    assert api_md.body_label(delete_workgroup_contact.sync, Unset) == (None, False)
    # An empty answer is typed `Any` by the generator: "no body" only when the spec declares none.
    assert api_md.success_label(delete_workgroup_contact.sync, [ApiError], has_body=False) == api_md.NO_BODY
    assert api_md.success_label(delete_workgroup_contact.sync, [ApiError], has_body=True) == "Any"


def test_the_module_of_an_operation_is_found_by_the_request_it_sends() -> None:
    endpoints = api_md.generated_endpoints()
    key = ("PUT", "/resources/{metadata_id}/contacts/{contact_id}")
    assert endpoints[key] is associate_contact_to_metadata
    assert set(endpoints) == {(method, path) for method, path, _ in _spec_operations()}


def test_a_spec_operation_without_module_and_a_module_outside_the_spec_are_refused() -> None:
    endpoints = dict(api_md.generated_endpoints())
    module = endpoints.pop(("PUT", "/resources/{metadata_id}/contacts/{contact_id}"))
    endpoints[("PUT", "/resources/{metadata_id}/old-contacts")] = module
    with pytest.raises(api_md.GenerationError) as raised:
        api_md.collect(load_spec(), endpoints, {})
    assert str(raised.value).splitlines() == [
        "associateContactToMetadata (PUT /resources/{metadata_id}/contacts/{contact_id}): "
        "no generated module calls it",
        "isogeo_api.api.contact.associate_contact_to_metadata calls "
        "PUT /resources/{metadata_id}/old-contacts, which is not in the spec (stale generated code?)",
    ]


def test_an_operation_without_route_ids_is_refused() -> None:
    spec = load_spec()
    about = {key: value for key, value in spec["paths"]["/about"]["get"].items() if key != "x-route-ids"}
    spec = {**spec, "paths": {"/about": {"get": about}}}
    with pytest.raises(api_md.GenerationError, match="getApiVersion: no facts-sheet row in x-route-ids"):
        api_md.collect(spec, api_md.generated_endpoints(), {})


def test_overlay_methods_fill_the_overlay_column(tmp_path: Path) -> None:
    mapping = tmp_path / "overlay_methods.yaml"
    mapping.write_text("associateContactToMetadata: isogeo.contacts.associate\n", encoding="utf-8")
    text = api_md.build(overlay_methods_path=mapping, namespaces=False)
    (row,) = [row for row in _table_rows(text) if row[2] == "associateContactToMetadata"]
    assert row[-1] == "isogeo.contacts.associate"
    assert "1 with an overlay method" in text
    others = [row for row in _table_rows(text) if row[2] != "associateContactToMetadata"]
    assert {row[-1] for row in others} == {api_md.UNMAPPED}


def test_every_operation_has_a_front_door_method_in_the_overlay_column() -> None:
    text = api_md.build()
    rows = _table_rows(text)
    count = len(list(operations()))
    assert len(rows) == count and api_md.UNMAPPED not in {row[-1] for row in rows}
    assert f"{count} with an overlay method" in text
    (catalogs,) = [row for row in rows if row[2] == "listWorkgroupCatalogs"]
    assert catalogs[-1] == "isogeo.catalogs.list"
    (contacts,) = [row for row in rows if row[2] == "associateContactToMetadata"]
    assert contacts[-1] == "isogeo.contacts.associate"  # the hand-written helper


def test_no_overlay_mapping_file_means_an_empty_column(tmp_path: Path) -> None:
    assert api_md.load_overlay_methods(tmp_path / "absent.yaml", ["getApiVersion"]) == {}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("getApiVersion: isogeo.about.api\nassociateContact: isogeo.contacts.add\n", "associateContact"),
        ("getApiVersion: ''\n", "non-empty overlay call"),
        ("- getApiVersion\n", "expected a mapping"),
    ],
)
def test_a_wrong_overlay_mapping_is_refused(tmp_path: Path, content: str, message: str) -> None:
    mapping = tmp_path / "overlay_methods.yaml"
    mapping.write_text(content, encoding="utf-8")
    with pytest.raises(api_md.GenerationError, match=message):
        api_md.load_overlay_methods(mapping, ["getApiVersion"])


def test_main_reports_a_problem_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "overlay_methods.yaml"
    mapping.write_text("noSuchOperation: isogeo.nothing\n", encoding="utf-8")
    output = tmp_path / "api.md"
    assert api_md.main(["--overlay-methods", str(mapping), "--output", str(output)]) == 1
    assert "unknown operationId(s): noSuchOperation" in capsys.readouterr().err
    assert not output.exists()


def test_main_writes_the_page(tmp_path: Path) -> None:
    output = tmp_path / "docs" / "api.md"
    assert api_md.main(["--output", str(output)]) == 0
    assert output.read_text(encoding="utf-8") == API_MD.read_text(encoding="utf-8")
