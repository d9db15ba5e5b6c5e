"""Contacts through real HTTP: address book CRUD and associations with metadata (CTC-1..7)."""

from __future__ import annotations

import pytest

from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration


def test_contact_crud_changes_what_later_calls_return(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.user() as user:
        before = {c["_id"] for c in user.get(f"/groups/{workgroup}/contacts").json()}
        created = user.post(
            f"/groups/{workgroup}/contacts",
            json={
                "name": "Direction de l'eau",
                "organizationName": "Ville de Lyon",
                "phoneNumber": "+33 4 72",
            },
        )
        assert created.status_code == 200, created.text
        contact = created.json()
        assert (contact["organization"], contact["phone"], contact["type"]) == (
            "Ville de Lyon",
            "+33 4 72",
            "custom",
        )
        assert contact["_tag"] == f"contact:{workgroup}:{contact['_id']}"

        listed = {c["_id"] for c in user.get(f"/groups/{workgroup}/contacts").json()}
        assert listed == before | {contact["_id"]}

        update = {**user.get(f"/contacts/{contact['_id']}").json(), "city": "Lyon", "phone": None}
        updated = user.put(f"/groups/{workgroup}/contacts/{contact['_id']}", json=update)
        assert updated.status_code == 200
        assert user.get(f"/contacts/{contact['_id']}").json()["city"] == "Lyon"

        assert user.delete(f"/groups/{workgroup}/contacts/{contact['_id']}").status_code == 204
        assert user.get(f"/contacts/{contact['_id']}").status_code == 404
        assert user.delete(f"/groups/{workgroup}/contacts/{contact['_id']}").status_code == 404


def test_contact_count_is_included_on_demand(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.user() as user:
        plain = user.get(f"/groups/{workgroup}/contacts").json()
        counted = user.get(f"/groups/{workgroup}/contacts", params={"_include": "count"}).json()

    assert all("count" not in c for c in plain)
    fixture = next(c for c in counted if c["_id"] == sandbox.info["contact"])
    assert fixture["count"] >= 6  # every fixture metadata uses it


def test_associate_is_an_upsert_and_dissociate_404s_when_absent(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    metadata = sandbox.info["metadata"]["resource"]
    with sandbox.user() as user:
        contact = user.post(f"/groups/{workgroup}/contacts", json={"name": "Cellule SIG"}).json()
        url = f"/resources/{metadata}/contacts/{contact['_id']}"

        first = user.put(url, json={"role": "author"})
        again = user.put(url, json={"role": "custodian"})
        assert first.status_code == again.status_code == 200
        assert again.json()["role"] == "custodian" and again.json()["contact"]["_id"] == contact["_id"]

        entries = user.get(f"/resources/{metadata}", params={"_include": "contacts"}).json()["contacts"]
        roles = [a["role"] for a in entries if a["contact"]["_id"] == contact["_id"]]
        assert roles == ["custodian"]
        # The real API's shape (tests/fixtures/real): role and contact, no _id of the association.
        assert set(again.json()) == {"role", "contact"}
        assert all(set(a) == {"role", "contact"} for a in entries)

        assert user.delete(url).status_code == 204
        assert user.delete(url).status_code == 404
        bad_role = user.put(url, json={"role": "boss"})
        assert bad_role.status_code == 400 and "role" in bad_role.json()["errors"]
        user.delete(f"/groups/{workgroup}/contacts/{contact['_id']}")


def test_reader_cannot_write_in_a_workgroup(sandbox: SandboxHandle) -> None:
    other = sandbox.info["workgroups"]["other"]  # the fixture user is a reader there
    with sandbox.user() as user:
        response = user.post(f"/groups/{other}/contacts", json={"name": "Nope"})

    assert response.status_code == 403
    assert "reader" in response.json()["message"]
