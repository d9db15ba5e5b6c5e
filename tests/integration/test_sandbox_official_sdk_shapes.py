"""The sandbox answers the requests the official SDK sends, in shapes its models accept.

isogeo-pysdk 3.10.0 (PyPI) was written against the real API. Each test sends exactly the request
its code sends (the SDK file is cited beside it; ``requests`` drops ``None`` query parameters and
``None`` form fields, keeps ``""`` as ``key=`` and sends ``None`` JSON values as ``null``) to the
sandbox running as a real server, and checks the answer against what the SDK's model accepts:
``tests/fixtures/official_sdk/model_keys.json`` lists the constructor parameters of its models
(they are built with ``Model(**json)`` and raise ``TypeError`` on any other key). Decisions and
evidence: ``docs/reference/fidelity-decisions.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

SDK_KEYS: dict[str, frozenset[str]] = {
    name: frozenset(keys)
    for name, keys in json.loads(
        (Path(__file__).parents[1] / "fixtures" / "official_sdk" / "model_keys.json").read_text("utf-8")
    )["models"].items()
}

# The 25 keys of Metadata.to_dict_creation() (isogeo_pysdk/models/metadata.py ATTR_CREA).
METADATA_CREATION_KEYS = (
    "abstract", "collectionContext", "collectionMethod", "distance", "editionProfile", "encoding",
    "envelope", "features", "format", "formatVersion", "geoContext", "geometry", "language", "name",
    "path", "precision", "scale", "series", "title", "topologicalConsistency", "type",
    "updateFrequency", "validFrom", "validTo", "validityComment",
)  # fmt: skip
# Contact.to_dict_creation() (isogeo_pysdk/models/contact.py ATTR_CREA with its ATTR_MAP renames).
CONTACT_CREATION_KEYS = (
    "addressLine1", "addressLine2", "addressLine3", "city", "countryCode", "email", "faxNumber",
    "name", "organizationName", "phoneNumber", "zipCode",
)  # fmt: skip


def sdk_body(keys: tuple[str, ...], **values: Any) -> dict[str, Any]:
    """A to_dict_creation() body: every creatable key, ``None`` (``null``) when unset."""
    return {key: values.get(key) for key in keys}


def accepted_by(model: str, body: dict[str, Any]) -> None:
    """``body`` builds the official SDK's ``model`` (no key it would refuse)."""
    refused = set(body) - SDK_KEYS[model]
    assert not refused, f"the official SDK's {model}(**json) refuses {sorted(refused)}"


@pytest.fixture
def user(fresh_sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    with fresh_sandbox.user() as client:
        yield client


@pytest.fixture
def info(fresh_sandbox: SandboxHandle) -> dict[str, Any]:
    return fresh_sandbox.info


# ------------------------------------------------------------------ contacts carry no clock
def test_contact_bodies_have_no_created_or_modified_anywhere(
    user: httpx.Client, info: dict[str, Any]
) -> None:
    workgroup = info["workgroups"]["test"]
    # routes_account.py ApiAccount.get: GET /account?_include=_abilities; models/user.py: Contact(**contact)
    account = user.get("/account", params={"_include": "_abilities"})
    # routes_contact.py ApiContact.listing: GET /groups/{id}/contacts?_include= (include=())
    book = user.get(f"/groups/{workgroup}/contacts", params={"_include": ""})
    # routes_contact.py ApiContact.get: GET /contacts/{id}; Contact(**json)
    one = user.get(f"/contacts/{info['contact']}")
    # routes_contact.py ApiContact.create: POST /groups/{id}/contacts, json=contact.to_dict_creation()
    created = user.post(
        f"/groups/{workgroup}/contacts", json=sdk_body(CONTACT_CREATION_KEYS, name="SDK", email="s@d.k")
    )
    # routes_contact.py ApiContact.update: PUT .../contacts/{id}, json=contact.to_dict() (as read)
    updated = user.put(
        f"/groups/{workgroup}/contacts/{created.json()['_id']}", json={**created.json(), "city": "Lyon"}
    )
    metadata = user.get(f"/resources/{info['metadata']['complete']}", params={"_include": "contacts"})
    workgroups = user.get("/groups", params={"_include": ""})

    for response in (account, book, one, created, updated, metadata, workgroups):
        assert response.status_code == 200, response.text
    accepted_by("User", account.json())
    contacts = [
        account.json()["contact"],
        *book.json(),
        one.json(),
        created.json(),
        updated.json(),
        *(association["contact"] for association in metadata.json()["contacts"]),
        *(workgroup["contact"] for workgroup in workgroups.json()),
    ]
    assert len(contacts) > 6
    for contact in contacts:
        assert "_created" not in contact and "_modified" not in contact, contact
        accepted_by("Contact", contact)
    assert created.json()["name"] == "SDK" and created.json()["phone"] is None
    assert updated.json()["city"] == "Lyon"


# ------------------------------------------------------------------ empty query values
def test_searches_with_the_sdks_empty_values_are_answered(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_search.py ApiSearch.search with its defaults: _id, _include and q always sent, empty.
    search = [("_id", ""), ("_include", ""), ("_limit", "20"), ("_offset", "0")]
    search += [("ob", "_created"), ("od", "desc"), ("q", "")]
    everything = user.get("/resources/search", params=search)
    in_workgroup = user.get(f"/groups/{info['workgroups']['test']}/resources/search", params=search)
    # routes_keyword.py ApiKeyword.thesaurus / .workgroup: _id, _include, _tag and q sent empty.
    keywords = [("_id", ""), ("_include", ""), ("_limit", "20"), ("_offset", "0"), ("_tag", "")]
    keywords += [("ob", "text"), ("od", "desc"), ("q", "")]
    thesaurus = user.get(f"/thesauri/{info['thesauri']['isogeo']}/keywords/search", params=keywords)
    group_keywords = user.get(f"/groups/{info['workgroups']['test']}/keywords/search", params=keywords)
    # routes_metadata.py ApiMetadata.get (include=()), routes_workgroup.py ApiWorkgroup.listing(include=())
    metadata = user.get(f"/resources/{info['metadata']['vector']}", params={"_include": ""})
    workgroups = user.get("/groups", params={"_include": ""})

    for response in (everything, in_workgroup, thesaurus, group_keywords, metadata, workgroups):
        assert response.status_code == 200, (response.request.url, response.text)
    assert everything.json()["total"] == user.get("/resources/search").json()["total"] > 0
    assert everything.json()["query"] == {"_tags": [], "_terms": []}
    assert thesaurus.json()["total"] > 0
    assert metadata.json()["_id"] == info["metadata"]["vector"]


def test_unknown_and_inapplicable_include_values_are_ignored(
    user: httpx.Client, info: dict[str, Any]
) -> None:
    metadata_id = info["metadata"]["resource"]
    # facts §5.15: the API ignores unknown values and values that do not apply (layers: services)
    answer = user.get(f"/resources/{metadata_id}", params={"_include": "contacts,unknown,layers,"})
    page = user.get("/resources/search", params={"_include": "links,bogus", "_limit": 1})

    assert answer.status_code == 200, answer.text
    assert "contacts" in answer.json() and "layers" not in answer.json()
    assert page.status_code == 200, page.text
    assert "links" in page.json()["results"][0]


def test_what_the_api_refuses_is_still_refused(user: httpx.Client) -> None:
    bad_direction = user.get("/resources/search", params={"od": "sideways"})
    too_many = user.get("/resources/search", params={"_limit": "500"})
    bad_ids = user.get("/resources/search", params={"_id": "not-an-id"})

    assert bad_direction.status_code == too_many.status_code == bad_ids.status_code == 400
    assert "od" in bad_direction.json()["errors"] and "_limit" in too_many.json()["errors"]


# ------------------------------------------------------------------ null in write bodies
def test_metadata_creation_with_the_sdks_nulls_echoes_server_defaults(
    user: httpx.Client, info: dict[str, Any]
) -> None:
    # routes_metadata.py ApiMetadata.create: json=metadata.to_dict_creation(); tests/test_metadatas_vector.py
    # test_metadatas_create_basic: Metadata(type="vectorDataset") plus a title, then expects
    # created_metadata.editionProfile == "manual" from the creation answer itself.
    body = sdk_body(METADATA_CREATION_KEYS, title="SDK basic", type="vectorDataset")
    created = user.post(f"/groups/{info['workgroups']['test']}/resources", json=body)

    assert created.status_code == 200, created.text
    answer = created.json()
    assert answer["editionProfile"] == "manual"
    assert answer["type"] == "vectorDataset" and answer["title"] == "SDK basic"
    assert answer["_created"] and answer["_modified"]
    assert answer["series"] is False  # null: the default
    read = user.get(f"/resources/{answer['_id']}").json()
    assert read["editionProfile"] == "manual" and read["abstract"] is None


def test_metadata_without_type_or_profile_gets_the_defaults(user: httpx.Client, info: dict[str, Any]) -> None:
    body = sdk_body(METADATA_CREATION_KEYS, title="SDK untyped")
    created = user.post(f"/groups/{info['workgroups']['test']}/resources", json=body)

    assert created.status_code == 200, created.text
    assert created.json()["type"] == "resource" and created.json()["editionProfile"] == "manual"
    # an update sent as read (MetadataUpdate) with nulls keeps the type
    patched = user.patch(
        f"/resources/{created.json()['_id']}", json={**body, "type": None, "editionProfile": None}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["type"] == "resource" and patched.json()["editionProfile"] == "manual"


def test_application_creation_as_the_sdk_sends_it(user: httpx.Client) -> None:
    # routes_application.py ApiApplication.create: json=application.to_dict_creation() of
    # Application(name=...) (tests/test_applications.py test_applications_create_basic): the model's
    # defaults are redirect_uris=[None], scopes=[None], the rest None.
    body = {
        "canHaveManyGroups": None,
        "name": "SDK application",
        "redirect_uris": [None],
        "scopes": [None],
        "staff": None,
        "type": None,
        "url": None,
    }
    created = user.post("/applications", json=body)

    assert created.status_code == 200, created.text
    app = created.json()
    accepted_by("Application", app)
    assert app["name"] == "SDK application" and app["type"] == "group"  # the default type
    assert app["redirect_uris"] == [] and app["scopes"] == ["resources:read"]
    assert app["canHaveManyGroups"] is False and app["staff"] is False
    # ApiApplication.update (tests/test_applications.py test_applications_update): the read record
    # back through to_dict_creation(), with a new name and url.
    resent = {key: app.get(key) for key in body} | {"name": "SDK - HOP", "url": "https://example.org"}
    updated = user.put(f"/applications/{app['_id']}", json=resent)
    assert updated.status_code == 200, updated.text
    got = user.get(f"/applications/{app['_id']}", params={"_include": "_abilities,groups"}).json()
    assert (got["name"], got["url"], got["type"]) == ("SDK - HOP", "https://example.org", "group")
    accepted_by("Application", got)


def test_user_application_without_redirect_uris(user: httpx.Client) -> None:
    # tests/test_applications.py test_applications_create_complete
    body = {"canHaveManyGroups": True, "name": "SDK user app", "redirect_uris": [None], "scopes": [None]}
    created = user.post("/applications", json={**body, "staff": None, "type": "user", "url": None})

    assert created.status_code == 200, created.text
    assert created.json()["type"] == "user" and created.json()["canHaveManyGroups"] is True


def test_share_creation_with_null_rights(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_share.py ApiShare.create: json=share.to_dict_creation() = {name, rights, type}
    created = user.post(
        f"/groups/{info['workgroups']['test']}/shares",
        json={"name": "SDK share", "rights": None, "type": "application"},
    )
    assert created.status_code == 200, created.text
    assert created.json()["rights"] == []
    # ApiShare.update sends the same keys of the share as read
    updated = user.put(
        f"/shares/{created.json()['_id']}",
        json={"name": "SDK share 2", "rights": None, "type": "application"},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "SDK share 2" and updated.json()["rights"] == []


def test_format_and_catalog_writes_with_nulls(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_format.py ApiFormat.create: json=frmt.to_dict_creation() = {aliases, code, name, type, versions}
    created = user.post(
        "/formats",
        json={"aliases": None, "code": "sdkfmt", "name": "SDK format", "type": None, "versions": None},
    )
    assert created.status_code == 200, created.text
    assert created.json()["aliases"] == [] and created.json()["type"] == "dataset"
    # routes_catalog.py ApiCatalog.create: data=catalog.to_dict_creation() (a form: None dropped),
    # then ApiCatalog.update: json=catalog.to_dict_creation() = {code, name, $scan}, code None
    workgroup = info["workgroups"]["test"]
    catalog = user.post(f"/groups/{workgroup}/catalogs", data={"name": "SDK catalog", "$scan": "true"})
    assert catalog.status_code == 200, catalog.text
    updated = user.put(
        f"/groups/{workgroup}/catalogs/{catalog.json()['_id']}",
        json={"code": None, "name": "SDK catalog 2", "$scan": None},
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["name"] == "SDK catalog 2" and updated.json()["code"] is None
    assert updated.json()["$scan"] is True  # null: no change


def test_feature_attribute_and_layer_creation_with_nulls(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_feature_attributes.py ApiFeatureAttribute.create: json=attribute.to_dict_creation()
    # (tests/test_feature_attributes.py: name, alias, dataType, description, isNullable=True set)
    keys = (
        "alias", "comment", "dataType", "description", "isAutoGenerated", "isNullable", "isReadOnly",
        "hasElevation", "hasMeasure", "language", "length", "name", "precision", "propertyType", "scale",
        "spatialContext",
    )  # fmt: skip
    attribute = user.post(
        f"/resources/{info['metadata']['vector']}/feature-attributes",
        json=sdk_body(keys, name="SDK_ATTR", alias="SDK", isNullable=True),
    )
    assert attribute.status_code == 200, attribute.text
    assert attribute.json()["isReadOnly"] is False and attribute.json()["isNullable"] is True
    # routes_service_layers.py ApiServiceLayer.create: json=layer.to_dict_creation() =
    # {id (the name), parentUid, targetDataset, titles, title, type}
    layer = user.post(
        f"/resources/{info['metadata']['service']}/layers",
        json={
            "id": "sdk:layer",
            "parentUid": None,
            "targetDataset": None,
            "titles": None,
            "title": None,
            "type": None,
        },
    )
    assert layer.status_code == 200, layer.text
    assert layer.json()["type"] == "layer" and layer.json()["titles"] == []


# ------------------------------------------------------------------ workgroups
def test_workgroup_creation_and_scan_flags(user: httpx.Client) -> None:
    # routes_workgroup.py ApiWorkgroup.create: data=workgroup.to_dict_creation() of
    # Workgroup(contact=Contact(name=..., email=...)) (tests/test_workgroups.py): a form, None dropped
    created = user.post("/groups", data={"contact.name": "SDK workgroup", "contact.email": "test@isogeo.com"})
    assert created.status_code == 200, created.text
    workgroup = created.json()
    accepted_by("Workgroup", workgroup)
    assert workgroup["metadataLanguage"] is None  # no invented default
    flags = ("hasAGSScan", "hasCswClient", "hasFlashScan", "hasNewScriptScan", "hasScanFme")
    assert all(workgroup[flag] is False for flag in flags)

    # ApiWorkgroup.update: json=workgroup.to_dict(), every ATTR_TYPES key (None when absent)
    # (tests/test_workgroups.py test_workgroups_update sets the five flags and metadataLanguage)
    sent = {key: workgroup.get(key) for key in SDK_KEYS["Workgroup"]}
    sent.update(dict.fromkeys(flags, True), areKeywordsRestricted=False, metadataLanguage="fr")
    updated = user.put(f"/groups/{workgroup['_id']}", json=sent)
    assert updated.status_code == 200, updated.text
    read = user.get(f"/groups/{workgroup['_id']}", params={"_include": "_abilities,limits"}).json()
    assert all(read[flag] is True for flag in flags)
    assert read["metadataLanguage"] == "fr" and read["areKeywordsRestricted"] is False
    accepted_by("Workgroup", read)
    accepted_by("Contact", read["contact"])


# ------------------------------------------------------------------ shares
def test_shares_carry_no_abilities(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_share.py ApiShare.get: GET /shares/{id}?_include=_abilities,groups; Share(**json)
    share = user.get(f"/shares/{info['share']['id']}", params={"_include": "_abilities,groups"})
    listing = user.get("/shares", params={"_include": "_abilities,groups"})

    assert share.status_code == listing.status_code == 200, share.text
    for body in (share.json(), *listing.json()):
        assert "_abilities" not in body
        accepted_by("Share", body)
    assert "groups" in share.json()


# ------------------------------------------------------------------ booleans sent as 0/1
def test_conformity_accepts_one_and_zero(user: httpx.Client, info: dict[str, Any]) -> None:
    metadata_id = info["metadata"]["vector"]
    specification = user.get(f"/groups/{info['workgroups']['test']}/specifications").json()[0]
    # routes_conformity.py ApiConformity.create: PUT resources/{id}/specifications/{spec_id},
    # json=conformity.to_dict_creation() of Conformity(conformant=1, specification=...)
    # (tests/test_conformity.py test_conformity_create)
    path = f"/resources/{metadata_id}/specifications/{specification['_id']}"
    one = user.put(path, json={"conformant": 1, "specification": specification})
    zero = user.put(path, json={"conformant": 0, "specification": specification})
    two = user.put(path, json={"conformant": 2, "specification": specification})

    assert one.status_code == 200, one.text
    assert one.json()["conformant"] is True
    assert zero.status_code == 200 and zero.json()["conformant"] is False
    assert two.status_code == 400  # only 0 and 1 stand for booleans


def test_metadata_series_zero(user: httpx.Client, info: dict[str, Any]) -> None:
    # routes_service.py ApiService.create: Metadata(series=0, type="service", ...) then create
    body = sdk_body(METADATA_CREATION_KEYS, title="SDK service", type="service", series=0, format="wms")
    created = user.post(f"/groups/{info['workgroups']['test']}/resources", json=body)

    assert created.status_code == 200, created.text
    assert created.json()["series"] is False


def test_conformity_with_the_specification_as_the_sdk_sends_it_back(
    user: httpx.Client, info: dict[str, Any]
) -> None:
    # routes_conformity.py ApiConformity.create: the specification goes as Specification.to_dict(),
    # every key of its ATTR_TYPES, null when absent: a platform specification has `owner: null`
    # (tests/test_conformity.py test_conformity_create picks any specification of the listing).
    listing = user.get(
        f"/groups/{info['workgroups']['test']}/specifications", params={"_include": "_abilities,count"}
    ).json()
    platform = next(s for s in listing if ":isogeo:" in s["_tag"])
    keys = ("_abilities", "_id", "_tag", "count", "link", "name", "owner", "published")
    sent = {key: platform.get(key) for key in keys}
    assert sent["owner"] is None
    path = f"/resources/{info['metadata']['vector']}/specifications/{platform['_id']}"
    answer = user.put(path, json={"conformant": 1, "specification": sent})

    assert answer.status_code == 200, answer.text
    assert answer.json()["specification"]["_id"] == platform["_id"]


def test_every_contact_share_application_and_workgroup_listing_fits_the_sdk_models(
    user: httpx.Client, info: dict[str, Any]
) -> None:
    # the listings and their default includes as the SDK asks them (routes_*.py listing/get)
    workgroup = info["workgroups"]["test"]
    reads: list[tuple[str, str, dict[str, str]]] = [
        ("Workgroup", "/groups", {"_include": "_abilities,limits"}),
        ("Workgroup", f"/groups/{workgroup}", {"_include": "_abilities,limits"}),
        ("Application", "/applications", {"_include": "_abilities"}),
        ("Application", f"/groups/{workgroup}/applications", {"_include": "_abilities"}),
        ("Application", f"/applications/{info['user_app']['_id']}", {"_include": "_abilities,groups"}),
        ("Share", "/shares", {"_include": "_abilities,groups"}),
        ("Share", f"/groups/{workgroup}/shares", {"_include": "_abilities,groups"}),
        ("Contact", f"/groups/{workgroup}/contacts", {"_include": "count"}),
        ("User", "/users", {"_include": "memberships"}),
    ]
    for model, path, params in reads:
        response = user.get(path, params=params)
        assert response.status_code == 200, (path, response.text)
        body = response.json()
        for record in body if isinstance(body, list) else [body]:
            accepted_by(model, record)
            contact = record.get("contact")
            if isinstance(contact, dict):
                accepted_by("Contact", contact)
