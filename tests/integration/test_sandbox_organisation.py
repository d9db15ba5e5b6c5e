"""Organisation families over real HTTP: workgroups, users and account, invitations, applications,
shares, licenses, specifications, datasources, formats and reference lists."""

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


def test_workgroup_lifecycle_with_dotted_form_keys(user: httpx.Client) -> None:
    created = user.post(
        "/groups",
        data={
            "contact.name": "Syndicat des eaux du Vercors",
            "contact.city": "Villard-de-Lans",
            "metadataLanguage": "fr",
            "canCreateMetadata": "true",
        },
    )
    assert created.status_code == 200, created.text
    workgroup = created.json()
    assert workgroup["contact"]["name"] == "Syndicat des eaux du Vercors"
    assert workgroup["_tag"] == f"owner:{workgroup['_id']}"
    wid = workgroup["_id"]

    assert wid in [w["_id"] for w in user.get("/groups").json()]
    included = user.get(f"/groups/{wid}", params={"_include": "_abilities,limits"}).json()
    assert "group:manage" in included["_abilities"] and included["limits"]["resources"]["current"] == 0
    updated = user.put(f"/groups/{wid}", json={"themeColor": "#112233", "contact": {"name": "SEV"}}).json()
    assert updated["themeColor"] == "#112233" and updated["contact"]["name"] == "SEV"
    memberships = user.get(f"/groups/{wid}/memberships").json()
    assert [m["role"] for m in memberships] == ["admin"]
    assert user.get(f"/groups/{wid}/limits").json()["users"]["current"] == 1
    assert user.get(f"/groups/{wid}/statistics").json()["resources"] == 0
    assert user.delete(f"/groups/{wid}").status_code == 204
    assert user.get(f"/groups/{wid}").status_code == 404


def test_workgroup_statistics_by_tag(user: httpx.Client, ids: dict[str, Any]) -> None:
    rows = user.get(f"/groups/{ids['workgroups']['test']}/statistics/tag/keyword:inspire-theme").json()
    assert rows and all(r["tag"].startswith("keyword:inspire-theme:") and r["count"] > 0 for r in rows)


def test_account_and_memberships(user: httpx.Client, ids: dict[str, Any]) -> None:
    account = user.get("/account", params={"_include": "_abilities"}).json()
    assert account["_id"] == ids["user_app"]["user_id"]
    assert account["contact"]["email"] == ids["user_app"]["username"]
    roles = {m["group"]["_id"]: m["role"] for m in user.get("/account/memberships").json()}
    assert roles[ids["workgroups"]["test"]] == "admin" and roles[ids["workgroups"]["other"]] == "reader"

    updated = user.put("/account", json={"contact": {"name": "Camille Sandbox"}, "timezone": "UTC"}).json()
    assert updated["contact"]["name"] == "Camille Sandbox" and updated["timezone"] == "UTC"


def test_users_are_staff_business(user: httpx.Client, fresh_sandbox: SandboxHandle) -> None:
    created = user.post("/users", json={"contact": {"name": "Léa Durand", "email": "lea.durand@example.fr"}})
    assert created.status_code == 200, created.text
    uid = created.json()["_id"]
    duplicate = user.post("/users", json={"contact": {"name": "Léa", "email": "LEA.durand@example.fr"}})
    assert duplicate.status_code == 400
    listed = user.get("/users", params={"_include": "memberships"}).json()
    assert uid in [u["_id"] for u in listed]
    assert (
        user.put(f"/users/{uid}", json={"contact": {"name": "Léa D."}, "staff": True}).json()["staff"] is True
    )
    assert user.get(f"/users/{uid}/memberships").json() == []
    assert user.delete(f"/users/{uid}").status_code == 204
    assert user.get(f"/users/{uid}").status_code == 404


def test_invitation_accepted_becomes_a_membership(user: httpx.Client, ids: dict[str, Any]) -> None:
    gironde = user.post("/groups", data={"contact.name": "Test invitations"}).json()["_id"]
    invitation = user.post(
        f"/groups/{gironde}/invitations", data={"email": "new@example.fr", "role": "reader"}
    )
    assert invitation.status_code == 200, invitation.text
    iid = invitation.json()["_id"]
    assert invitation.json()["group"]["_id"] == gironde
    assert user.put(f"/invitations/{iid}", json={"role": "writer"}).json()["role"] == "writer"
    assert iid in [i["_id"] for i in user.get(f"/groups/{gironde}/invitations").json()]
    assert user.post(f"/invitations/{iid}/refuse").status_code == 200
    assert user.get(f"/invitations/{iid}").status_code == 404

    seeded = ids["invitation"]
    accepted = user.post(f"/invitations/{seeded}/accept")
    assert accepted.status_code == 200
    assert user.get(f"/invitations/{seeded}").status_code == 404


def test_applications_created_by_staff_can_get_tokens(
    fresh_sandbox: SandboxHandle, user: httpx.Client
) -> None:
    created = user.post("/applications", json={"name": "Tableau de bord", "type": "group"})
    assert created.status_code == 200, created.text
    app = created.json()
    assert len(app["client_secret"]) == 64 and app["client_id"].endswith(app["_id"])
    assert "client_secret" not in user.get(f"/applications/{app['_id']}").json()

    token = httpx.post(
        fresh_sandbox.info["token_url"],
        data={"grant_type": "client_credentials"},
        auth=(app["client_id"], app["client_secret"]),
    )
    assert token.status_code == 200
    workgroup = fresh_sandbox.info["workgroups"]["test"]
    assert user.put(f"/applications/{app['_id']}/groups/{workgroup}").status_code == 204
    assert [w["_id"] for w in user.get(f"/applications/{app['_id']}/groups").json()] == [workgroup]
    assert app["_id"] in [a["_id"] for a in user.get(f"/groups/{workgroup}/applications").json()]
    assert user.delete(f"/applications/{app['_id']}/groups/{workgroup}").status_code == 204
    assert user.delete(f"/applications/{app['_id']}/groups/{workgroup}").status_code == 404
    assert user.delete(f"/applications/{app['_id']}").status_code == 204
    gone = httpx.post(
        fresh_sandbox.info["token_url"],
        data={"grant_type": "client_credentials"},
        auth=(app["client_id"], app["client_secret"]),
    )
    assert gone.status_code == 401


def test_shares_feed_the_group_application(fresh_sandbox: SandboxHandle, user: httpx.Client) -> None:
    ids = fresh_sandbox.info
    workgroup, group_app = ids["workgroups"]["test"], ids["group_app"]["_id"]
    internal = next(
        c["_id"] for c in user.get(f"/groups/{workgroup}/catalogs").json() if c["name"] == "Interne"
    )
    with fresh_sandbox.group() as group:
        before = group.get("/resources/search", params={"_limit": 0}).json()["total"]
        share = user.post(
            f"/groups/{workgroup}/shares", json={"name": "Interne pour l'appli", "type": "application"}
        )
        assert share.status_code == 200 and share.json()["urlToken"]
        sid = share.json()["_id"]
        assert user.put(f"/shares/{sid}/catalogs/{internal}").status_code == 204
        assert user.put(f"/shares/{sid}/applications/{group_app}").status_code == 204
        after = group.get("/resources/search", params={"_limit": 0}).json()["total"]
        assert after > before
        assert sid in [s["_id"] for s in group.get("/shares").json()]

        old_token = share.json()["urlToken"]
        assert user.post(f"/shares/{sid}/refresh-token").json()["urlToken"] != old_token
        assert user.delete(f"/shares/{sid}/applications/{group_app}").status_code == 204
        assert user.delete(f"/shares/{sid}/applications/{group_app}").status_code == 404
        assert group.get("/resources/search", params={"_limit": 0}).json()["total"] == before
        assert user.put(f"/shares/{sid}/groups/{workgroup}").status_code == 400  # not a group share
        assert user.delete(f"/shares/{sid}").status_code == 204


def test_group_share_dissociation_answers_500_when_absent(user: httpx.Client, ids: dict[str, Any]) -> None:
    workgroup, other = ids["workgroups"]["test"], ids["workgroups"]["other"]
    sid = user.post(
        f"/groups/{workgroup}/shares",
        json={"name": "Vers la Métropole", "type": "group", "rights": ["reshare"]},
    ).json()["_id"]
    assert user.put(f"/shares/{sid}/groups/{other}").status_code == 204
    assert user.put(f"/shares/{sid}/groups/{other}").status_code == 204  # SHR-12: idempotent
    assert [g["_id"] for g in user.get(f"/shares/{sid}", params={"_include": "groups"}).json()["groups"]] == [
        other
    ]
    assert user.delete(f"/shares/{sid}/groups/{other}").status_code == 204
    assert user.delete(f"/shares/{sid}/groups/{other}").status_code == 500  # SHR-13, as the API does


def test_licenses_and_specifications_use_form_bodies(user: httpx.Client, ids: dict[str, Any]) -> None:
    workgroup = ids["workgroups"]["test"]
    lic = user.post(
        f"/groups/{workgroup}/licenses", data={"name": "Licence maison", "link": "https://x.fr/l"}
    )
    assert lic.status_code == 200 and lic.json()["_tag"] == f"license:{workgroup}:{lic.json()['_id']}"
    changed = user.put(
        f"/groups/{workgroup}/licenses/{lic.json()['_id']}", data={"name": "Licence maison v2"}
    )
    assert changed.json()["name"] == "Licence maison v2"
    names = [item["name"] for item in user.get(f"/groups/{workgroup}/licenses").json()]
    assert "Licence maison v2" in names and "Licence Ouverte Version 2.0" in names
    assert user.delete(f"/groups/{workgroup}/licenses/{lic.json()['_id']}").status_code == 204

    spec = user.post(
        f"/groups/{workgroup}/specifications", data={"name": "Charte SIG", "published": "2021-03-04"}
    )
    assert spec.status_code == 200
    assert spec.json()["published"].startswith("2021-03-04T00:00:00")
    with_count = user.get(f"/groups/{workgroup}/specifications", params={"_include": "count"}).json()
    assert all(isinstance(s["count"], int) for s in with_count)
    assert user.delete(f"/groups/{workgroup}/specifications/{spec.json()['_id']}").status_code == 204
    assert user.get(f"/specifications/{spec.json()['_id']}").status_code == 404


def test_datasources(user: httpx.Client, ids: dict[str, Any]) -> None:
    workgroup = ids["workgroups"]["test"]
    seeded = user.get(f"/groups/{workgroup}/data-sources/{ids['datasource']}").json()
    assert seeded["sessions"] and seeded["lastSession"]["status"]

    created = user.post(
        f"/groups/{workgroup}/data-sources", json={"name": "CSW IGN", "location": "https://wxs.ign.fr/csw"}
    )
    did = created.json()["_id"]
    assert (
        user.put(f"/groups/{workgroup}/data-sources/{did}", json={"enabled": False}).json()["enabled"]
        is False
    )
    assert did in [d["_id"] for d in user.get(f"/groups/{workgroup}/data-sources").json()]
    assert user.delete(f"/groups/{workgroup}/data-sources/{did}").status_code == 204


def test_formats(user: httpx.Client) -> None:
    assert user.get("/formats/postgis").json()["name"] == "PostGIS"
    services = user.get("/formats/service").json()
    assert {"wms", "wfs"} <= {f["code"] for f in services}
    created = user.post("/formats", json={"code": "fgb", "name": "FlatGeobuf", "type": "vectorDataset"})
    assert created.status_code == 200
    assert user.post("/formats", json={"code": "fgb", "name": "Again"}).status_code == 500  # FMT-3, really
    assert (
        user.put("/formats/fgb", json={"code": "fgb", "name": "FlatGeobuf 3"}).json()["name"]
        == "FlatGeobuf 3"
    )
    assert user.delete("/formats/fgb").status_code == 204
    no_geo = user.get("/formats/resource/search", params={"q": "csv"}).json()
    assert [f["name"] for f in no_geo] == ["CSV"]


def test_reference_lists(user: httpx.Client, ids: dict[str, Any]) -> None:
    kinds = {k["kind"]: k for k in user.get("/link-kinds", params={"_lang": "en"}).json()}
    assert kinds["wms"]["actions"] == ["view", "other"] and kinds["url"]["name"] == "Link"
    assert user.get("/link-kinds").json()[0]["name"] == "Lien"
    assert {t["code"] for t in user.get("/thesauri").json()} >= {"isogeo", "inspire-theme", "group-theme"}
    assert user.get(f"/thesauri/{ids['thesauri']['inspire-theme']}").json()["code"] == "inspire-theme"
    assert len(user.get("/directives").json()) >= 8


def test_user_routes_refuse_group_applications(fresh_sandbox: SandboxHandle) -> None:
    with fresh_sandbox.group() as group:
        assert group.get("/account").status_code == 403
        assert group.get(f"/groups/{fresh_sandbox.info['workgroups']['test']}/catalogs").status_code == 403
        assert group.get("/shares").status_code == 200
        assert group.get(f"/licenses/{fresh_sandbox.info['license']}").status_code == 200
