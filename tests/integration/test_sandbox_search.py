"""Search semantics over real HTTP (facts §6): filters, free text, geography, order, paging, facets."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


@pytest.fixture
def user(fresh_sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    with fresh_sandbox.user() as client:
        yield client


def search(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/resources/search", params=params)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    return page


def test_type_filters_partition_the_catalogue(user: httpx.Client) -> None:
    total = search(user, _limit=0)["total"]
    by_type = {
        t: search(user, q=f"type:{t}", _limit=0)["total"]
        for t in ("vector-dataset", "raster-dataset", "no-geo-dataset", "service", "resource")
    }
    datasets = search(user, q="type:dataset", _limit=0)["total"]

    assert total >= 2000
    assert sum(by_type.values()) == total
    assert datasets == by_type["vector-dataset"] + by_type["raster-dataset"]
    assert all(n > 0 for n in by_type.values())


@pytest.mark.parametrize(
    "query",
    [
        "keyword:inspire-theme:hydrography",
        "format:shp",
        "coordinate-system:2154",
        "action:download",
        "provider:manual",
        "type:service format:wms",
    ],
)
def test_every_result_carries_the_filter_tags(user: httpx.Client, query: str) -> None:
    page = search(user, q=query, _limit=100)

    assert page["total"] > 0
    assert page["query"]["_tags"] == query.split()
    for md in page["results"]:
        assert set(query.split()) <= set(md["tags"]), md["_id"]


def test_owner_and_has_no_filters(user: SandboxHandle, fresh_sandbox: SandboxHandle) -> None:
    owner = fresh_sandbox.info["workgroups"]["test"]
    page = search(user, q=f"owner:{owner} has-no:keyword", _limit=100)
    without_format = search(user, q="has-no:format", _limit=0)["total"]

    for md in page["results"]:
        assert md["_creator"]["_id"] == owner
        assert not any(key.startswith("keyword:") for key in md["tags"])
    assert without_format == 0  # every seeded metadata has a format


def test_one_valued_filters_repeated_are_anded_not_refused(user: httpx.Client) -> None:
    # The official SDK refuses these client-side, but sends them with check=0 (its
    # tests/test_search.py test_parameter_not_unique_search); nothing says the API refuses them.
    both = user.get("/resources/search", params={"q": "type:service type:resource", "_limit": 0})
    narrowed = search(user, q="type:dataset type:vector-dataset", _limit=0)

    assert both.status_code == 200, both.text
    assert both.json()["total"] == 0  # no record is both a service and a resource
    assert both.json()["query"]["_tags"] == ["type:service", "type:resource"]
    assert narrowed["total"] == search(user, q="type:vector-dataset", _limit=0)["total"] > 0


def test_free_text_is_accent_insensitive_and_ranked(user: httpx.Client) -> None:
    accented = search(user, q="hydrographie orléans", _limit=100)
    plain = search(user, q="HYDROGRAPHIE Orleans", _limit=100)

    assert accented["total"] == plain["total"] > 0
    assert accented["query"]["_terms"] == ["hydrographie", "orléans"]
    ids = [md["_id"] for md in accented["results"]]
    assert ids == [md["_id"] for md in plain["results"]]  # relevance order is deterministic


def test_unknown_filters_are_ignored(user: httpx.Client) -> None:
    assert search(user, q="unknown:filter", _limit=0)["total"] == search(user, _limit=0)["total"]


def test_spatial_relations(user: httpx.Client, fresh_sandbox: SandboxHandle) -> None:
    lyon = "4.7,45.6,5.1,45.9"
    geographic = search(user, q="type:dataset", _limit=0)["total"]
    intersects = search(user, q="type:dataset", box=lyon, _limit=0)["total"]
    disjoint = search(user, q="type:dataset", box=lyon, rel="disjoint", _limit=0)["total"]
    within = search(user, q="type:dataset", box=lyon, rel="within", _limit=100)
    contains = search(user, q="type:dataset", box=lyon, rel="contains", _limit=0)["total"]

    assert intersects + disjoint == geographic  # every dataset of the seed has an envelope
    assert 0 < within["total"] <= intersects and 0 < contains <= intersects
    for md in within["results"]:
        xmin, ymin, xmax, ymax = md["envelope"]["bbox"]
        assert xmin >= 4.7 and xmax <= 5.1 and ymin >= 45.6 and ymax <= 45.9

    complete = user.get(f"/resources/{fresh_sandbox.info['metadata']['complete']}").json()
    bbox = ",".join(str(v) for v in complete["envelope"]["bbox"])
    equal = search(user, box=bbox, rel="equals", _limit=10)
    assert complete["_id"] in [md["_id"] for md in equal["results"]]


def test_wkt_polygon_filter_and_bad_geometries(user: httpx.Client) -> None:
    polygon = "POLYGON((4.7 45.6, 5.1 45.6, 5.1 45.9, 4.7 45.9, 4.7 45.6))"
    by_geo = search(user, geo=polygon, _limit=0)["total"]
    by_box = search(user, box="4.7,45.6,5.1,45.9", _limit=0)["total"]

    assert by_geo == by_box > 0
    assert user.get("/resources/search", params={"geo": "POLYGON((oops"}).status_code == 400
    inverted = user.get("/resources/search", params={"box": "5,46,4,45"})
    assert inverted.status_code == 400 and "box" in inverted.json()["errors"]
    assert user.get("/resources/search", params={"rel": "within"}).status_code == 400


@pytest.mark.parametrize(
    ("order_by", "direction"), [("title", "asc"), ("_created", "desc"), ("_modified", "asc")]
)
def test_ordering(user: httpx.Client, order_by: str, direction: str) -> None:
    page = search(user, q="type:raster-dataset", ob=order_by, od=direction, _limit=50)
    values = [md[order_by] for md in page["results"]]
    if order_by == "title":  # titles sort case- and accent-insensitively
        values = [unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower() for v in values]

    assert len(values) == 50
    assert values == sorted(values, reverse=direction == "desc")


def test_paging_is_stable_and_complete(user: httpx.Client) -> None:
    query = {"q": "type:service", "ob": "title", "od": "asc"}
    total = search(user, **query, _limit=0)["total"]
    seen: list[str] = []
    for offset in range(0, total, 100):
        page = search(user, **query, _limit=100, _offset=offset)
        assert page["offset"] == offset and page["limit"] == 100
        seen.extend(md["_id"] for md in page["results"])

    assert len(seen) == len(set(seen)) == total
    assert user.get("/resources/search", params={"_limit": 101}).status_code == 400


def test_limit_zero_returns_the_search_context(user: httpx.Client) -> None:
    page = search(user, q="type:vector-dataset", _limit=0)

    assert page["results"] == []
    assert page["total"] > 0
    assert "type:vector-dataset" in page["tags"]
    assert page["envelope"]["type"] == "Polygon"


def test_facets_cover_the_whole_result_set_in_the_requested_language(user: httpx.Client) -> None:
    first_page = search(user, q="type:service", _limit=5, _lang="en")
    everything = search(user, q="type:service", _limit=100)

    page_tags = {key for md in everything["results"] for key in md["tags"]}
    assert page_tags <= set(first_page["tags"])
    assert first_page["tags"]["type:service"] == "Service"
    assert first_page["tags"]["action:view"] == "View"
    assert search(user, q="type:service", _limit=0, _lang="fr")["tags"]["action:view"] == "Visualisable"
    assert all(first_page["tags"][k] is None for k in first_page["tags"] if k.startswith("provider:"))


def test_share_and_id_restrictions(user: httpx.Client, fresh_sandbox: SandboxHandle) -> None:
    share = fresh_sandbox.info["share"]["id"]
    shared = search(user, s=share, _limit=0)["total"]
    everything = search(user, _limit=0)["total"]
    wanted = [fresh_sandbox.info["metadata"]["vector"], fresh_sandbox.info["metadata"]["raster"]]
    by_id = search(user, _id=",".join(wanted), _limit=10)

    assert 0 < shared < everything
    assert sorted(md["_id"] for md in by_id["results"]) == sorted(wanted)
    unknown = user.get("/resources/search", params={"s": "0" * 32})
    assert unknown.status_code == 400 and "s" in unknown.json()["errors"]


def test_includes_in_search_results(user: httpx.Client) -> None:
    page = search(user, q="type:service", _include="layers,operations,links", _limit=3)

    for md in page["results"]:
        assert {"layers", "operations", "links"} <= set(md)


def test_workgroup_search_only_returns_its_metadata(user: httpx.Client, fresh_sandbox: SandboxHandle) -> None:
    workgroup = fresh_sandbox.info["workgroups"]["test"]
    response = user.get(f"/groups/{workgroup}/resources/search", params={"_limit": 100})

    assert response.status_code == 200
    page = response.json()
    assert page["total"] == search(user, q=f"owner:{workgroup}", _limit=0)["total"]
    assert {md["_creator"]["_id"] for md in page["results"]} == {workgroup}
