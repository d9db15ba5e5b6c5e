"""The generated client against a real HTTP server on loopback: every slice route, realistic payloads.

Payloads come from tests/fixtures (facts-sheet shapes) and include 7-digit fractional seconds,
fields the spec does not know and enum values it does not list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from isogeo._core.wire import join_list_params_hook
from isogeo_api import Client
from isogeo_api.api.about import get_api_version, get_database_version
from isogeo_api.api.contact import (
    associate_contact_to_metadata,
    create_workgroup_contact,
    delete_workgroup_contact,
    dissociate_contact_from_metadata,
    get_contact,
    list_workgroup_contacts,
    update_workgroup_contact,
)
from isogeo_api.api.metadata import get_metadata
from isogeo_api.api.search import search_metadata
from isogeo_api.models import (
    About,
    ApiError,
    Contact,
    ContactAssociation,
    ContactCreate,
    ContactInclude,
    ContactRole,
    ContactType,
    ContactUpdate,
    GeoRelation,
    LinkKind,
    Metadata,
    MetadataInclude,
    MetadataSearch,
    MetadataType,
    ResourceContact,
    SearchOrderBy,
    SortDirection,
)
from isogeo_api.types import UNSET
from tests.conftest import load_fixture
from tests.support.loopback import LoopbackServer

pytestmark = pytest.mark.integration

WG = "32f7e95ec4e94ca3bc1afda960003882"
MD = "0269803d50c446b09f5060ef7fe3e22b"
CT = "2a3aefc4f80347f590afe58127f6cb0f"


@pytest.fixture
def client(loopback: LoopbackServer) -> Iterator[Client]:
    with Client(
        base_url=loopback.base_url,
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": {"request": [join_list_params_hook]}},
    ) as api:
        yield api


def test_about_routes_need_no_token_and_keep_unknown_fields(loopback: LoopbackServer, client: Client) -> None:
    loopback.route("GET", "/about", (200, load_fixture("about.json"), {}))
    loopback.route("GET", "/about/database", (200, {"version": "2.19.1.15"}, {}))

    about = get_api_version.sync(client=client)
    database = get_database_version.sync(client=client)

    assert isinstance(about, About) and about.version == "4.2.11.1"
    assert about.additional_properties == {"build": "2024.03.02"}
    assert isinstance(database, About) and database.version == "2.19.1.15"
    assert "authorization" not in loopback.requests[0].headers


def test_list_contacts_sends_comma_joined_include_and_parses_every_card(
    loopback: LoopbackServer, client: Client
) -> None:
    loopback.route("GET", f"/groups/{WG}/contacts", (200, load_fixture("contacts.json"), {}))

    contacts = list_workgroup_contacts.sync(
        WG, client=client, sys_include=[ContactInclude.COUNT, ContactInclude.SYS_ABILITIES]
    )

    assert loopback.requests[-1].params["_include"] == ["count,_abilities"]
    assert isinstance(contacts, list) and len(contacts) == 3
    custom, group, user = contacts
    assert custom.type_ is ContactType.CUSTOM and custom.count == 12
    assert "_created" not in custom.to_dict()  # contacts carry no clock (the official SDK refuses one)
    assert custom.owner is not UNSET and custom.owner.sys_id == WG
    assert group.available is True and group.type_ is ContactType.GROUP
    assert user.additional_properties == {"signature": "added by a newer API version"}


def test_get_contact(loopback: LoopbackServer, client: Client) -> None:
    loopback.route("GET", f"/contacts/{CT}", (200, load_fixture("contacts.json")[0], {}))

    contact = get_contact.sync(CT, client=client)

    assert isinstance(contact, Contact)
    assert (contact.name, contact.organization, contact.fax) == ("Direction de l'eau", "Ville de Lyon", None)


def test_create_contact_uses_the_creation_field_names(loopback: LoopbackServer, client: Client) -> None:
    created = {"_id": "aa3aefc4f80347f590afe58127f6cb0f", "name": "SIG", "phone": "+33 1", "type": "custom"}
    loopback.route("POST", f"/groups/{WG}/contacts", (200, created, {}))

    body = ContactCreate(name="SIG", phone_number="+33 1", organization_name="Ville", fax_number="+33 2")
    contact = create_workgroup_contact.sync(WG, client=client, body=body)

    assert loopback.requests[-1].json() == {
        "name": "SIG",
        "phoneNumber": "+33 1",
        "organizationName": "Ville",
        "faxNumber": "+33 2",
    }
    assert isinstance(contact, Contact) and contact.phone == "+33 1"


def test_update_contact_round_trips_unknown_fields(loopback: LoopbackServer, client: Client) -> None:
    """Read, modify, write: fields the client does not know go back to the server untouched."""
    raw = load_fixture("contacts.json")[2]
    loopback.route("GET", f"/contacts/{raw['_id']}", (200, raw, {}))
    loopback.route("PUT", f"/groups/{WG}/contacts/{raw['_id']}", lambda req, _m: (200, req.json(), {}))

    contact = get_contact.sync(raw["_id"], client=client)
    assert isinstance(contact, Contact)
    update = ContactUpdate.from_dict(contact.to_dict())
    update.city = "Lyon"
    updated = update_workgroup_contact.sync(WG, raw["_id"], client=client, body=update)

    sent = loopback.requests[-1].json()
    assert sent["signature"] == "added by a newer API version"
    assert sent["city"] == "Lyon" and sent["_tag"] == raw["_tag"]
    assert isinstance(updated, Contact) and updated.additional_properties["signature"] == sent["signature"]


def test_delete_contact_accepts_204(loopback: LoopbackServer, client: Client) -> None:
    loopback.route("DELETE", f"/groups/{WG}/contacts/{CT}", (204, None, {}))

    response = delete_workgroup_contact.sync_detailed(WG, CT, client=client)

    assert response.status_code == 204


def test_associate_and_dissociate_contact(loopback: LoopbackServer, client: Client) -> None:
    association = {"_id": "9d5b4f1d0c5b4a8d8e1f2a3b4c5d6e7f", "role": "custodian", "contact": {"_id": CT}}
    loopback.route("PUT", f"/resources/{MD}/contacts/{CT}", (200, association, {}))
    loopback.route("DELETE", f"/resources/{MD}/contacts/{CT}", (404, {"error": "not_associated"}, {}))

    linked = associate_contact_to_metadata.sync(
        MD, CT, client=client, body=ContactAssociation(role=ContactRole.CUSTODIAN)
    )
    missing = dissociate_contact_from_metadata.sync(MD, CT, client=client)

    assert loopback.requests[0].json() == {"role": "custodian"}
    assert isinstance(linked, ResourceContact) and linked.role is ContactRole.CUSTODIAN
    assert isinstance(missing, ApiError) and missing.error == "not_associated"


def test_get_metadata_with_every_subresource(loopback: LoopbackServer, client: Client) -> None:
    raw = load_fixture("metadata_complete.json")
    loopback.route("GET", f"/resources/{MD}", (200, raw, {}))

    md = get_metadata.sync(
        MD, client=client, sys_include=[MetadataInclude.CONTACTS, MetadataInclude.LINKS, MetadataInclude.TAGS]
    )

    assert loopback.requests[-1].params["_include"] == ["contacts,links,tags"]
    assert isinstance(md, Metadata)
    # 7 fractional digits are truncated to microseconds, not refused
    assert md.sys_created == dt.datetime(2019, 6, 13, 16, 21, 38, 191761, tzinfo=dt.UTC)
    assert md.type_ is MetadataType.VECTOR_DATASET
    assert md.coordinate_system and md.coordinate_system.code == 2154
    assert [fa.name for fa in md.feature_attributes or []] == ["CODE_INSEE", "NOM"]
    assert md.specifications and md.specifications[0].specification.published == dt.datetime(2014, 4, 17)
    assert md.limitations and md.limitations[1].directive and md.limitations[1].directive.name
    assert md.tags and md.tags["provider:manual"] is None
    # values the spec does not list parse as plain strings
    roles = [rc.role for rc in md.contacts or []]
    assert roles == [ContactRole.POINT_OF_CONTACT, "reviewer"]
    assert md.contacts and md.contacts[1].contact.type_ == "robot"
    hosted, ogc = md.links or []
    assert (
        hosted.kind is LinkKind.DATA and ogc.kind == "ogcApiFeatures" and ogc.actions == ["view", "preview"]
    )
    # unknown fields survive a round trip
    out = md.to_dict()
    assert out["_futureSystemField"] == {"x": 1} and out["qualityScore"] == 0.87
    assert out["coordinate-system"] == raw["coordinate-system"]
    assert out["feature-attributes"] == raw["feature-attributes"]
    assert out["tags"] == raw["tags"] and out["links"] == raw["links"] and out["contacts"] == raw["contacts"]


def test_search_sends_every_parameter_in_the_api_format(loopback: LoopbackServer, client: Client) -> None:
    loopback.route("GET", "/resources/search", (200, load_fixture("search_page.json"), {}))

    page = search_metadata.sync(
        client=client,
        q="type:dataset communes",
        sys_include=[MetadataInclude.LINKS, MetadataInclude.CONTACTS],
        sys_limit=2,
        sys_offset=0,
        box=[-5.14, 41.33, 9.56, 51.09],
        rel=GeoRelation.WITHIN,
        ob=SearchOrderBy.TITLE,
        od=SortDirection.ASC,
        sys_id=[MD, "1369803d50c446b09f5060ef7fe3e22c"],
    )

    params = loopback.requests[-1].params
    assert params == {
        "q": ["type:dataset communes"],
        "_include": ["links,contacts"],
        "_limit": ["2"],
        "_offset": ["0"],
        "box": ["-5.14,41.33,9.56,51.09"],
        "rel": ["within"],
        "ob": ["title"],
        "od": ["asc"],
        "_id": [f"{MD},1369803d50c446b09f5060ef7fe3e22c"],
    }
    assert isinstance(page, MetadataSearch)
    assert (page.total, page.limit, page.offset) == (2, 2, 0)
    assert page.query and page.query.sys_tags == ["type:dataset"]
    assert [r.type_ for r in page.results] == [MetadataType.VECTOR_DATASET, "pointCloudDataset"]
    assert page.tags and page.tags["provider:manual"] is None
    assert page.additional_properties == {"_searchTimeMs": 12}


def test_without_the_overlay_hook_the_generator_repeats_list_keys(loopback: LoopbackServer) -> None:
    """Documents openapi-python-client issue #197: the reason for isogeo._core.wire.

    When this starts failing, the generator honours `explode: false` and the hook can go.
    """
    loopback.route("GET", f"/resources/{MD}", (200, {"_id": MD}, {}))
    with Client(base_url=loopback.base_url) as plain:
        get_metadata.sync(MD, client=plain, sys_include=[MetadataInclude.LINKS, MetadataInclude.TAGS])
    assert loopback.requests[-1].params["_include"] == ["links", "tags"]
