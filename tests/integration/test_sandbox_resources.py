"""Sub-resources of metadata over real HTTP: conditions, conformity, events, attributes, limitations,
links (upload/download), layers, operations, coordinate systems, keywords, catalogs, bulk."""

from __future__ import annotations

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


@pytest.fixture
def ids(fresh_sandbox: SandboxHandle) -> dict[str, Any]:
    return fresh_sandbox.info


def test_conditions(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["resource"]
    lic = user.get(f"/licenses/{ids['license']}").json()
    created = user.post(f"/resources/{md}/conditions", json={"description": "© Isogeo", "license": lic})
    assert created.status_code == 200, created.text
    condition = created.json()
    assert condition["license"]["_id"] == ids["license"]

    listed = user.get(f"/resources/{md}/conditions").json()
    assert condition["_id"] in [c["_id"] for c in listed]
    assert user.get(f"/resources/{md}/conditions/{condition['_id']}").json()["description"] == "© Isogeo"
    assert user.delete(f"/resources/{md}/conditions/{condition['_id']}").status_code == 204
    assert user.get(f"/resources/{md}/conditions/{condition['_id']}").status_code == 404


def test_conformity_is_an_upsert_and_dissociation_404s(user: httpx.Client, ids: dict[str, Any]) -> None:
    md, spec_id = ids["metadata"]["raster"], ids["specification"]
    spec = user.get(f"/specifications/{spec_id}").json()
    url = f"/resources/{md}/specifications/{spec_id}"

    assert user.put(url, json={"conformant": True, "specification": spec}).json()["conformant"] is True
    assert user.put(url, json={"conformant": False, "specification": spec}).json()["conformant"] is False
    flags = [
        c["conformant"]
        for c in user.get(f"/resources/{md}/specifications").json()
        if c["specification"]["_id"] == spec_id
    ]
    assert flags == [False]
    assert user.delete(url).status_code == 204
    assert user.delete(url).status_code == 404


def test_events_accept_plain_dates_and_one_creation(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["vector"]
    events = user.get(f"/resources/{md}/events").json()
    assert [e["kind"] for e in events].count("creation") == 1

    update = user.post(
        f"/resources/{md}/events", json={"date": "2024-05-02", "kind": "update", "description": "MAJ"}
    )
    assert update.status_code == 200
    assert update.json()["date"] == "2024-05-02T00:00:00+00:00"
    second_creation = user.post(f"/resources/{md}/events", json={"date": "2020-01-01", "kind": "creation"})
    assert second_creation.status_code == 400 and "kind" in second_creation.json()["errors"]

    event_id = update.json()["_id"]
    changed = user.put(
        f"/resources/{md}/events/{event_id}",
        json={"date": "2024-05-03", "kind": "publication", "waitForSync": True},
    )
    assert changed.json()["kind"] == "publication"
    assert user.delete(f"/resources/{md}/events/{event_id}").status_code == 204
    assert user.get(f"/resources/{md}/events/{event_id}").status_code == 404


def test_feature_attributes_have_unique_names(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["vector"]
    before = user.get(f"/resources/{md}/feature-attributes").json()
    assert before, "the vector fixture has feature attributes"

    created = user.post(f"/resources/{md}/feature-attributes", json={"name": "NB_HAB", "dataType": "Integer"})
    assert created.status_code == 200
    duplicate = user.post(f"/resources/{md}/feature-attributes", json={"name": "NB_HAB"})
    assert duplicate.status_code == 409
    rename_clash = user.put(
        f"/resources/{md}/feature-attributes/{created.json()['_id']}", json={"name": before[0]["name"]}
    )
    assert rename_clash.status_code == 409
    assert user.delete(f"/resources/{md}/feature-attributes/{created.json()['_id']}").status_code == 204
    service = user.post(f"/resources/{ids['metadata']['service']}/feature-attributes", json={"name": "X"})
    assert service.status_code == 400


def test_limitations(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["no_geo"]
    directive = user.get("/directives").json()[0]
    body = {
        "type": "legal",
        "restriction": "license",
        "description": "Licence ouverte",
        "directive": directive,
    }
    created = user.post(f"/resources/{md}/limitations", json=body)
    assert created.status_code == 200
    assert created.json()["directive"]["_id"] == directive["_id"]
    assert user.post(f"/resources/{md}/limitations", json=body).status_code == 409

    security = user.put(
        f"/resources/{md}/limitations/{created.json()['_id']}",
        json={"type": "security", "restriction": "license", "description": "Diffusion restreinte"},
    )
    assert security.json()["restriction"] is None and security.json()["directive"] is None
    assert user.delete(f"/resources/{md}/limitations/{created.json()['_id']}").status_code == 204


def test_links_and_hosted_upload_download(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["resource"]
    url_link = user.post(
        f"/resources/{md}/links",
        json={
            "kind": "url",
            "type": "url",
            "actions": ["view", "download"],
            "title": "Portail",
            "url": "https://example.org",
        },
    )
    assert url_link.status_code == 200 and url_link.json()["actions"] == ["view", "download"]
    refused = user.post(f"/resources/{md}/links", json={"kind": "data", "type": "hosted"})
    assert refused.status_code == 400

    payload = bytes(range(256)) * 4096  # 1 MiB of every byte value
    uploaded = user.post(
        f"/resources/{md}/links",
        data={"title": "Données brutes", "kind": "data", "type": "hosted", "actions": "download"},
        files={"file": ("réseau 2024.bin", payload, "application/octet-stream")},
    )
    assert uploaded.status_code == 200, uploaded.text
    link = uploaded.json()[0]  # uploads answer an array (facts §8.1)
    assert (link["type"], link["kind"], link["size"]) == ("hosted", "data", len(payload))
    assert link["url"] == f"/resources/{md}/links/{link['_id']}.bin"

    download = user.get(link["url"])
    assert download.status_code == 200
    assert download.content == payload
    disposition = download.headers["content-disposition"]
    assert disposition.startswith("attachment; filename=")
    assert "filename*=UTF-8''r%C3%A9seau%202024.bin" in disposition

    assert user.delete(f"/resources/{md}/links/{link['_id']}").status_code == 204
    assert user.get(link["url"]).status_code == 404
    assert user.get(f"/resources/{md}/links/{url_link.json()['_id']}.bin").status_code == 404  # not hosted


def test_seeded_hosted_file_is_a_real_zip(fresh_sandbox: SandboxHandle) -> None:
    md = fresh_sandbox.info["metadata"]["complete"]
    with fresh_sandbox.group() as group:
        links = group.get(f"/resources/{md}/links").json()
        hosted = next(link for link in links if link["type"] == "hosted")
        data = group.get(hosted["url"])

    assert data.content[:4] == b"PK\x03\x04"
    assert len(data.content) == hosted["size"]
    assert 'filename="communes_2024.zip"' in data.headers["content-disposition"]


def test_service_layers_and_operations(user: httpx.Client, ids: dict[str, Any]) -> None:
    service, dataset = ids["metadata"]["service"], ids["metadata"]["raster"]
    layer = user.post(
        f"/resources/{service}/layers",
        json={"id": "{isogeo}ORTHO_2023", "title": "Ortho 2023", "type": "layer"},
    ).json()
    link_url = f"/resources/{service}/layers/{layer['_id']}/dataset/{dataset}"
    assert user.post(link_url).status_code == 204
    assert user.post(link_url).status_code == 409
    assert user.get(f"/resources/{service}/layers/{layer['_id']}").json()["dataset"]["_id"] == dataset
    served = user.get(f"/resources/{dataset}", params={"_include": "serviceLayers"}).json()["serviceLayers"]
    assert layer["_id"] in [s["_id"] for s in served]
    assert user.delete(link_url).status_code == 204
    assert user.delete(link_url).status_code == 404

    operation = user.post(
        f"/resources/{service}/operations", json={"name": "GetLegendGraphic", "verb": "GET"}
    )
    assert operation.status_code == 200
    assert (
        user.get(f"/resources/{service}/operations/{operation.json()['_id']}").json()["name"]
        == "GetLegendGraphic"
    )
    assert user.get(f"/resources/{dataset}/layers").status_code == 400  # not a service


def test_coordinate_systems(user: httpx.Client, ids: dict[str, Any]) -> None:
    md, workgroup = ids["metadata"]["raster"], ids["workgroups"]["test"]
    assert len(user.get("/coordinate-systems").json()) >= 30
    assert user.get("/coordinate-systems/2154").json()["name"] == "RGF93 / Lambert-93"
    assert user.get("/coordinate-systems/1").status_code == 404

    replaced = user.put(f"/resources/{md}/coordinate-system", json={"code": 3857})
    assert replaced.json()["code"] == 3857
    assert user.get(f"/resources/{md}/coordinate-system").json()["code"] == 3857
    assert user.delete(f"/resources/{md}/coordinate-system").status_code == 204
    assert user.get(f"/resources/{md}/coordinate-system").status_code == 404

    aliased = user.put(f"/groups/{workgroup}/coordinate-systems/3946", json={"alias": "CC46"})
    assert aliased.json()["alias"] == "CC46"
    assert user.get(f"/groups/{workgroup}/coordinate-systems/3946").json()["alias"] == "CC46"
    assert user.delete(f"/groups/{workgroup}/coordinate-systems/3946").status_code == 204
    assert user.get(f"/groups/{workgroup}/coordinate-systems/3946").status_code == 404


def test_keywords_lifecycle_and_conflicts(user: httpx.Client, ids: dict[str, Any]) -> None:
    thesaurus, md, workgroup = (
        ids["thesauri"]["isogeo"],
        ids["metadata"]["resource"],
        ids["workgroups"]["test"],
    )
    keyword = user.post(f"/thesauri/{thesaurus}/keywords", json={"text": "Géologie urbaine"})
    assert keyword.status_code == 200 and keyword.json()["code"] == "geologie-urbaine"
    kid = keyword.json()["_id"]
    assert user.post(f"/thesauri/{thesaurus}/keywords", json={"text": "géologie URBAINE"}).status_code == 409

    assert user.post(f"/resources/{md}/keywords/{kid}").status_code == 204
    assert user.post(f"/resources/{md}/keywords/{kid}").status_code == 409
    found = user.get("/resources/search", params={"q": "keyword:isogeo:geologie-urbaine"}).json()
    assert [r["_id"] for r in found["results"]] == [md]

    assert user.post(f"/groups/{workgroup}/keywords/{kid}").status_code == 204
    assert user.post(f"/groups/{workgroup}/keywords/{kid}").status_code == 409
    assert user.delete(f"/groups/{workgroup}/keywords/{kid}").status_code == 204
    assert user.delete(f"/groups/{workgroup}/keywords/{kid}").status_code == 404

    hits = user.get(
        f"/thesauri/{thesaurus}/keywords/search", params={"q": "geologie", "_include": "count"}
    ).json()
    assert kid in [k["_id"] for k in hits["results"]] and hits["total"] >= 1
    assert (
        user.get(f"/thesauri/{thesaurus}/keywords", params={"text": "Géologie urbaine"}).json()[0]["_id"]
        == kid
    )

    assert user.delete(f"/thesauri/{thesaurus}/keywords/{kid}").status_code == 204
    assert user.get(f"/keywords/{kid}").status_code == 404
    assert kid not in [k["_id"] for k in user.get(f"/resources/{md}/keywords").json()]


def test_inspire_keywords_are_read_only_and_localised(user: httpx.Client, ids: dict[str, Any]) -> None:
    inspire = ids["thesauri"]["inspire-theme"]
    assert user.post(f"/thesauri/{inspire}/keywords", json={"text": "Nouveau thème"}).status_code == 403
    english = user.get(
        f"/thesauri/{inspire}/keywords/search", params={"q": "hydrography", "_lang": "en"}
    ).json()
    assert english["results"][0]["text"] == "Hydrography"


def test_workgroup_keyword_search_orders_by_group_count(user: httpx.Client, ids: dict[str, Any]) -> None:
    page = user.get(
        f"/groups/{ids['workgroups']['test']}/keywords/search",
        params={"ob": "count.group", "od": "desc", "_limit": 500, "_include": "count"},
    ).json()
    assert page["total"] == len(page["results"]) > 20  # more than 100 allowed here (facts §6.4)


def test_catalog_crud_and_metadata_association(user: httpx.Client, ids: dict[str, Any]) -> None:
    workgroup, md = ids["workgroups"]["test"], ids["metadata"]["resource"]
    created = user.post(
        f"/groups/{workgroup}/catalogs", data={"name": "Cartothèque", "code": "carto", "$scan": "true"}
    )
    assert created.status_code == 200, created.text
    catalog = created.json()
    assert catalog["$scan"] is True and catalog["_tag"] == f"catalog:{catalog['_id']}"

    url = f"/catalogs/{catalog['_id']}/resources/{md}"
    assert user.put(url).status_code == 204
    assert user.put(url).status_code == 204  # idempotent (CAT-7)
    counted = user.get(f"/groups/{workgroup}/catalogs/{catalog['_id']}", params={"_include": "count"}).json()
    assert counted["count"] == 1
    assert catalog["_id"] in [c["_id"] for c in user.get(f"/resources/{md}/catalogs").json()]
    found = user.get("/resources/search", params={"q": f"catalog:{catalog['_id']}"}).json()
    assert [r["_id"] for r in found["results"]] == [md]
    assert user.delete(url).status_code == 204
    assert user.delete(url).status_code == 404

    renamed = user.put(f"/groups/{workgroup}/catalogs/{catalog['_id']}", json={"name": "Cartothèque 2"})
    assert renamed.json()["name"] == "Cartothèque 2"
    stats = user.get(f"/catalogs/{ids['catalog']}/statistics").json()
    assert stats["resources"] >= 6
    by_format = user.get(f"/catalogs/{ids['catalog']}/statistics/tag/format").json()
    assert by_format and all(row["tag"].startswith("format:") for row in by_format)
    assert user.delete(f"/groups/{workgroup}/catalogs/{catalog['_id']}").status_code == 204


def test_bulk_adds_and_reports_what_it_ignored(user: httpx.Client, ids: dict[str, Any]) -> None:
    targets = [ids["metadata"]["vector"], ids["metadata"]["raster"], "0" * 32]
    keyword = user.get(f"/keywords/{ids['keyword']}").json()
    response = user.post(
        "/resources",
        json=[
            {"action": "add", "target": "keywords", "query": {"ids": targets}, "model": [keyword]},
            {
                "action": "update",
                "target": "title",
                "query": {"ids": targets[:1]},
                "model": [{"title": "Titre en masse"}],
            },
        ],
    )

    assert response.status_code == 200, response.text
    reports = response.json()
    assert reports[0]["ignored"] == {"alreadyPresent": targets[:2], "notFound": targets[2:]}
    assert reports[1]["ignored"] == {}
    assert user.get(f"/resources/{targets[0]}").json()["title"] == "Titre en masse"


def test_large_upload_round_trips(user: httpx.Client, ids: dict[str, Any]) -> None:
    md = ids["metadata"]["no_geo"]
    payload = b"x" * (24 * 1024 * 1024) + b"end"  # spooled to disk by the server, read once
    link = user.post(f"/resources/{md}/links", files={"file": ("big.csv", payload, "text/csv")}).json()[0]

    assert link["size"] == len(payload)
    download = user.get(link["url"])
    assert len(download.content) == len(payload) and download.content.endswith(b"end")
    assert user.delete(f"/resources/{md}/links/{link['_id']}").status_code == 204
