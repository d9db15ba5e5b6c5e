"""Metadata through real HTTP: includes, create → search → update → delete, XML export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

ALL_INCLUDES = (
    "_abilities,conditions,contacts,coordinate-system,events,feature-attributes,keywords,layers,limitations,"
    "links,operations,serviceLayers,specifications,tags"
)


def test_complete_fixture_has_every_sub_resource(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        md = user.get(
            f"/resources/{sandbox.info['metadata']['complete']}", params={"_include": ALL_INCLUDES}
        ).json()

    for key in (
        "conditions",
        "contacts",
        "events",
        "feature-attributes",
        "keywords",
        "limitations",
        "links",
        "specifications",
        "serviceLayers",
        "_abilities",
    ):
        assert md[key], key
    assert md["coordinate-system"]["code"] == 2154
    assert md["_creator"]["_id"] == sandbox.info["workgroups"]["test"]
    assert any(link["type"] == "hosted" for link in md["links"])
    assert {e["kind"] for e in md["events"]} == {"creation", "update", "publication"}
    assert "layers" not in md  # does not apply to a vector dataset


def test_service_fixture_has_layers_and_operations(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        md = user.get(
            f"/resources/{sandbox.info['metadata']['service']}", params={"_include": "layers,operations"}
        ).json()

    assert md["type"] == "service"
    assert md["layers"] and md["operations"]
    assert md["layers"][0]["dataset"]["_id"] == sandbox.info["metadata"]["complete"]


def test_without_include_only_root_fields_creator_and_tags(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        md = user.get(f"/resources/{sandbox.info['metadata']['vector']}").json()

    assert {"_creator", "tags", "title", "type"} <= set(md)
    assert not {"links", "keywords", "contacts", "events"} & set(md)


def test_created_metadata_is_found_by_tag_and_text_then_gone_after_delete(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.user() as user:
        created = user.post(
            f"/groups/{workgroup}/resources",
            json={
                "title": "Inventaire des zygènes du Vercors",
                "type": "vectorDataset",
                "format": "gpkg",
                "abstract": "Papillons recensés en 2024.",
            },
        )
        assert created.status_code == 200, created.text
        md_id = created.json()["_id"]
        assert created.json()["title"] == "Inventaire des zygènes du Vercors"

        def found(q: str) -> bool:
            page = user.get("/resources/search", params={"q": q, "_limit": 100}).json()
            return md_id in {r["_id"] for r in page["results"]}

        assert found("zygenes")  # accent-insensitive free text
        assert found("type:vector-dataset format:gpkg zygènes")
        assert found(f"owner:{workgroup} papillons")
        assert not found("type:raster-dataset zygènes")

        patched = user.patch(
            f"/resources/{md_id}",
            json={"title": "Inventaire des azurés", "type": "vectorDataset", "editionProfile": "manual"},
        )
        assert patched.status_code == 200 and patched.json()["title"] == "Inventaire des azurés"
        assert not found("zygenes") and found("azurés")

        assert user.delete(f"/resources/{md_id}").status_code == 204
        assert user.get(f"/resources/{md_id}").status_code == 404
        assert not found("azurés")


def test_creation_requires_a_title(sandbox: SandboxHandle) -> None:
    with sandbox.user() as user:
        response = user.post(
            f"/groups/{sandbox.info['workgroups']['test']}/resources", json={"type": "resource"}
        )

    assert response.status_code == 400
    assert "title" in response.json()["errors"]


def test_iso19139_export(sandbox: SandboxHandle) -> None:
    metadata = sandbox.info["metadata"]["complete"]
    with sandbox.group() as group:
        response = group.get(f"/resources/{metadata}.xml")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own sandbox's output
    gmd, gco = "{http://www.isotc211.org/2005/gmd}", "{http://www.isotc211.org/2005/gco}"
    assert root.tag == f"{gmd}MD_Metadata"
    identifier = root.find(f"{gmd}fileIdentifier/{gco}CharacterString")
    assert identifier is not None and identifier.text is not None
    assert identifier.text.startswith("urn:isogeo:metadata:uuid:") and identifier.text.replace(
        "-", ""
    ).endswith(metadata)
    titles = [e.text for e in root.iter(f"{gmd}title")]
    assert titles == [] or "Communes de France 2024" in [t.text for t in root.iter(f"{gco}CharacterString")]
