# Derived from integration/test_contacts_async.py by tools/derive_sync.py: do not edit.
"""The contacts namespace (CTC-1..7) of Isogeo against bearer-protected routes on loopback.

Written async; tools/derive_sync.py derives test_contacts.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import InvalidInputError, NotFoundError
from isogeo_api.models import Contact, ContactRole
from tests.conftest import load_fixture
from tests.support.clients import sync_client
from tests.support.loopback import LoopbackServer
from tests.support.oauth import OAuthServer

pytestmark = pytest.mark.integration

WG = "32f7e95ec4e94ca3bc1afda960003882"
MD = "0269803d50c446b09f5060ef7fe3e22b"
CONTACTS = load_fixture("contacts.json")
CT = CONTACTS[0]["_id"]


def test_list_sends_include_count_by_default(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/groups/{WG}/contacts", (200, CONTACTS, {}))

    with sync_client(loopback) as isogeo:
        default = isogeo.contacts.list(WG)
        isogeo.contacts.list(WG, include=["count", "_abilities"])
        isogeo.contacts.list(WG, include=None)

    assert [c.name for c in default] == [c["name"] for c in CONTACTS]
    sent = [r.params.get("_include") for r in loopback.requests_to(f"/groups/{WG}/contacts")]
    assert sent == [["count"], ["count,_abilities"], None]


def test_get_accepts_any_identifier_form(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACTS[0], {}))

    with sync_client(loopback) as isogeo:
        contact = isogeo.contacts.get(f"urn:uuid:{CT[:8]}-{CT[8:12]}-{CT[12:16]}-{CT[16:20]}-{CT[20:]}")

    assert isinstance(contact, Contact) and contact.sys_id == CT


def test_create_takes_read_names_and_sends_creation_names(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api(
        "POST",
        f"/groups/{WG}/contacts",
        lambda req, _m: (200, {"_id": CT, "type": "custom", **req.json()}, {}),
    )

    with sync_client(loopback, user=True) as isogeo:
        contact = isogeo.contacts.create(
            WG, name="SIG", organization="Ville", phone="+33 1", fax="+33 2", city="Lyon"
        )

    assert loopback.requests_to(f"/groups/{WG}/contacts")[0].json() == {
        "name": "SIG",
        "organizationName": "Ville",
        "phoneNumber": "+33 1",
        "faxNumber": "+33 2",
        "city": "Lyon",
    }
    assert contact.sys_id == CT


def test_create_without_a_name_is_refused_before_any_request(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    with (
        sync_client(loopback, user=True) as isogeo,
        pytest.raises(InvalidInputError, match=r"name=' ' is not accepted \(required to create a contact\)"),
    ):
        isogeo.contacts.create(WG, name=" ")

    assert loopback.requests == []


def test_create_refuses_unknown_fields(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    with (
        sync_client(loopback, user=True) as isogeo,
        pytest.raises(InvalidInputError, match=r"telephone='1' is not accepted \(not a field of a contact\)"),
    ):
        isogeo.contacts.create(WG, name="SIG", telephone="1")  # type: ignore[call-arg]

    assert loopback.requests == []


def test_update_sends_the_whole_card_to_its_owner(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    raw = {**CONTACTS[0], "signature": "added by a newer API version"}
    owner = raw["owner"]["_id"]
    oauth.api("GET", f"/contacts/{raw['_id']}", (200, raw, {}))
    oauth.api("PUT", f"/groups/{owner}/contacts/{raw['_id']}", lambda req, _m: (200, req.json(), {}))

    with sync_client(loopback, user=True) as isogeo:
        contact = isogeo.contacts.get(raw["_id"])
        contact.city = "Lyon"
        updated = isogeo.contacts.update(contact)

    sent = loopback.requests_to(f"/groups/{owner}/contacts/{raw['_id']}")[0].json()
    assert sent["city"] == "Lyon" and sent["signature"] == raw["signature"]
    assert updated.city == "Lyon" and updated.additional_properties["signature"] == raw["signature"]


def test_update_of_a_card_without_owner_needs_the_workgroup(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    card = Contact.from_dict({"_id": CT, "name": "SIG"})

    with sync_client(loopback, user=True) as isogeo, pytest.raises(InvalidInputError) as caught:
        isogeo.contacts.update(card)

    assert caught.value.field == "workgroup_id" and loopback.requests == []


def test_delete_accepts_204(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("DELETE", f"/groups/{WG}/contacts/{CT}", (204, None, {}))

    with sync_client(loopback, user=True) as isogeo:
        assert isogeo.contacts.delete(WG, CT) is None

    assert len(loopback.requests_to(f"/groups/{WG}/contacts/{CT}", "DELETE")) == 1


def test_associate_with_a_role_given_as_text(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    association = {"_id": "9d5b4f1d0c5b4a8d8e1f2a3b4c5d6e7f", "role": "custodian", "contact": {"_id": CT}}
    oauth.api("PUT", f"/resources/{MD}/contacts/{CT}", (200, association, {}))

    with sync_client(loopback, user=True) as isogeo:
        linked = isogeo.contacts.associate(MD, CT, role="Custodian")
        isogeo.contacts.associate(MD, Contact.from_dict(CONTACTS[0]))

    first, second = loopback.requests_to(f"/resources/{MD}/contacts/{CT}")
    assert first.json() == {"role": "custodian"} and second.json() == {"role": "pointOfContact"}
    assert linked.role is ContactRole.CUSTODIAN


def test_associate_refuses_a_bad_role_and_an_unshared_group_card(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    unshared = Contact.from_dict({"_id": CT, "type": "group", "available": False})

    with sync_client(loopback, user=True) as isogeo:
        with pytest.raises(InvalidInputError, match="expected one of: author, custodian") as caught:
            isogeo.contacts.associate(MD, CT, role="boss")
        with pytest.raises(InvalidInputError, match="this workgroup does not share its card"):
            isogeo.contacts.associate(MD, unshared)

    assert caught.value.field == "role" and loopback.requests == []


def test_dissociate_of_a_contact_not_associated_is_not_found(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("DELETE", f"/resources/{MD}/contacts/{CT}", (404, {"error": "not_associated"}, {}))

    with sync_client(loopback, user=True) as isogeo, pytest.raises(NotFoundError) as caught:
        isogeo.contacts.dissociate(MD, CT)

    assert caught.value.error == "not_associated" and caught.value.method == "DELETE"
