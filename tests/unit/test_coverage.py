"""The spec describes every route of the facts sheet's route table (§3), once."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import pytest

from tests.support.facts import facts_sheet, normalise_path, route_rows, shared_facts_sheet
from tests.support.spec import about_spec, load_spec, operations

ABOUT_ELSEWHERE = {"ABT-3": "id.api", "ABT-4": "scan.isogeo.com", "ABT-5": "services."}


def _spec_routes() -> dict[tuple[str, str], str]:
    return {(method, normalise_path(path)): op["operationId"] for method, path, op in operations()}


def test_the_route_table_is_parsed_whole() -> None:
    rows = route_rows()
    assert len(rows) == 161, "the facts sheet counts 161 routes (§3.30)"
    assert len({row.row for row in rows}) == 161
    assert Counter(row.verb for row in rows) == {"GET": 75, "POST": 27, "PUT": 27, "PATCH": 1, "DELETE": 31}


def _missing(spec: dict[tuple[str, str], str]) -> list[str]:
    business = [row for row in route_rows() if row.on_api_host and not row.row.startswith("ABT-")]
    return sorted(f"{row.row} {row.verb} {row.url}" for row in business if row.key not in spec)


def test_every_api_host_route_has_an_operation() -> None:
    assert _missing(_spec_routes()) == []
    business = {row.key for row in route_rows() if row.on_api_host and not row.row.startswith("ABT-")}
    assert len(business) == 156, "156 distinct (verb, path) business routes"
    assert business <= set(_spec_routes())


def test_a_missing_route_is_reported_by_its_row() -> None:
    """Guard against a coverage check that cannot fail."""
    spec = _spec_routes()
    del spec[("PUT", "/resources/{}/contacts/{}")]
    assert _missing(spec) == ["CTC-6 PUT /resources/{metadata_id}/contacts/{contact_id}"]


def test_about_routes_are_covered() -> None:
    """ABT-1..2 in the main document; ABT-3..5 (other hosts) in isogeo-about.yaml, one server each."""
    spec = _spec_routes()
    about = {row.row: row for row in route_rows() if row.row.startswith("ABT-")}
    assert len(about) == 5
    for row_id in ("ABT-1", "ABT-2"):
        assert about[row_id].key in spec, row_id
    assert "getComponentVersion" not in spec.values()
    document = about_spec()
    assert list(document["paths"]) == ["/about"]
    assert document["paths"]["/about"]["get"]["operationId"] == "getComponentVersion"
    hosts = [urlsplit(server["url"].replace("{scheme}", "https")).netloc for server in document["servers"]]
    for row_id, host_part in ABOUT_ELSEWHERE.items():
        assert any(host_part in host for host in hosts), f"{row_id}: no server for {about[row_id].url}"


def test_the_about_document_answers_what_the_api_about_answers() -> None:
    """Same path and body as getApiVersion: the Python client's get_api_version serves every host."""
    main = load_spec()
    assert about_spec()["components"]["schemas"]["About"] == main["components"]["schemas"]["About"]
    assert (
        about_spec()["components"]["schemas"]["ApiError"]["properties"]
        == (main["components"]["schemas"]["ApiError"]["properties"])
    )
    assert main["paths"]["/about"]["get"]["operationId"] == "getApiVersion"


def test_the_spec_has_no_route_outside_the_facts_sheet_but_the_documented_extras() -> None:
    """§3.31 routes (documented by the API docs, not called by the SDK) are the only additions."""
    known = {row.key for row in route_rows() if row.on_api_host}
    extras = {key: op_id for key, op_id in _spec_routes().items() if key not in known}
    assert extras == {
        ("GET", "/resources/{}/contacts"): "listMetadataContacts",
        ("GET", "/resources/{}/coordinate-system"): "getMetadataCoordinateSystem",
    }


def test_the_repository_copy_of_the_facts_sheet_is_the_shared_one() -> None:
    shared = shared_facts_sheet()
    if shared is None:
        pytest.skip("no shared/reference/ above this checkout (a clean clone): the copy is the reference")
    assert facts_sheet().read_bytes() == shared.read_bytes(), (
        f"docs/reference/isogeo-api-facts.md differs from {shared}: copy the new sheet, then fix the spec"
    )
