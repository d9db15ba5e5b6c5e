"""OAuth2 against the sandbox over loopback: grants, client authentication, scopes, expiry."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from tests.support.sandbox import SandboxHandle, start_sandbox

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("kind", ["group", "user"])
@pytest.mark.parametrize("basic", [True, False], ids=["basic-header", "form-body"])
def test_both_grants_accept_client_credentials_in_header_or_body(
    sandbox: SandboxHandle, kind: str, basic: bool
) -> None:
    response = sandbox.token_response(kind, basic=basic)

    assert response.status_code == 200, response.text
    token = response.json()
    assert token["token_type"].lower() == "bearer"
    assert token["expires_in"] == 3599
    assert ("refresh_token" in token) is (kind == "user")
    assert response.headers["cache-control"] == "no-store"


def test_wrong_secret_is_refused_with_401_and_does_not_echo_it(sandbox: SandboxHandle) -> None:
    app = sandbox.info["group_app"]
    response = httpx.post(
        sandbox.info["token_url"],
        data={"grant_type": "client_credentials"},
        auth=(app["client_id"], "x" * 64),
    )

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert "x" * 64 not in response.text


def test_wrong_password_is_refused(sandbox: SandboxHandle) -> None:
    app = sandbox.info["user_app"]
    response = httpx.post(
        sandbox.info["token_url"],
        data={"grant_type": "password", "username": app["username"], "password": "nope"},
        auth=(app["client_id"], app["client_secret"]),
    )

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_group_application_cannot_use_the_password_grant(sandbox: SandboxHandle) -> None:
    group, user = sandbox.info["group_app"], sandbox.info["user_app"]
    response = httpx.post(
        sandbox.info["token_url"],
        data={"grant_type": "password", "username": user["username"], "password": user["password"]},
        auth=(group["client_id"], group["client_secret"]),
    )

    assert response.status_code in (400, 401)
    assert response.json()["error"] == "unauthorized_client"


def test_refresh_token_grant_with_credentials_in_the_form_body(sandbox: SandboxHandle) -> None:
    """The official SDK refreshes with client_id/secret in the body and no Basic header (facts §2.2)."""
    app = sandbox.info["user_app"]
    first = sandbox.token_response("user").json()
    response = httpx.post(
        sandbox.info["token_url"],
        data={
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "client_id": app["client_id"],
            "client_secret": app["client_secret"],
        },
    )

    assert response.status_code == 200, response.text
    renewed = response.json()
    assert renewed["access_token"] != first["access_token"]
    with sandbox.http(renewed["access_token"]) as api:
        assert api.get("/resources/search", params={"_limit": 0}).status_code == 200
    reused = httpx.post(
        sandbox.info["token_url"],
        data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]},
        auth=(app["client_id"], app["client_secret"]),
    )
    assert reused.status_code == 400  # a refresh token is used once


def test_missing_and_unknown_tokens_get_401_with_www_authenticate(sandbox: SandboxHandle) -> None:
    with sandbox.http() as anonymous:
        missing = anonymous.get("/resources/search")
    with sandbox.http("not-a-token") as forged:
        unknown = forged.get("/resources/search")

    for response in (missing, unknown):
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert response.json()["error"] in ("unauthorized", "invalid_token")


def test_about_needs_no_token(sandbox: SandboxHandle) -> None:
    with sandbox.http() as anonymous:
        response = anonymous.get("/about")

    assert response.status_code == 200
    assert response.json()["version"]


def test_group_application_is_read_only(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]
    with sandbox.group() as group:
        write = group.post(f"/groups/{workgroup}/contacts", json={"name": "Nope"})
        read = group.get(f"/resources/{sandbox.info['metadata']['complete']}")

    assert write.status_code == 403
    assert "read-only" in write.json()["message"]
    assert read.status_code == 200


def test_group_application_only_sees_metadata_of_its_shared_catalogs(fresh_sandbox: SandboxHandle) -> None:
    with fresh_sandbox.group() as group, fresh_sandbox.user() as user:
        group_total = group.get("/resources/search", params={"_limit": 0}).json()["total"]
        user_total = user.get("/resources/search", params={"_limit": 0}).json()["total"]
        internal = _internal_only_metadata(fresh_sandbox, user)
        hidden = group.get(f"/resources/{internal}")
        shown = group.get(f"/resources/{fresh_sandbox.info['metadata']['complete']}")

    assert 0 < group_total < user_total
    assert hidden.status_code == 404
    assert shown.status_code == 200


def _internal_only_metadata(sandbox: SandboxHandle, user: httpx.Client) -> str:
    """A metadata of the test workgroup whose only catalog is "Interne" (not in the fixture share)."""
    owner = sandbox.info["workgroups"]["test"]
    context = user.get("/resources/search", params={"q": f"owner:{owner}", "_limit": 0}).json()
    internal = next(
        k for k, label in context["tags"].items() if k.startswith("catalog:") and label == "Interne"
    )
    page = user.get("/resources/search", params={"q": f"owner:{owner} {internal}", "_limit": 100}).json()
    return next(
        md["_id"]
        for md in page["results"]
        if [k for k in md["tags"] if k.startswith("catalog:")] == [internal]
    )


def test_expired_tokens_get_401_and_a_new_grant_works(sandbox: SandboxHandle) -> None:
    token = sandbox.token("user")
    with sandbox.http(token) as api:
        assert api.get("/resources/search", params={"_limit": 0}).status_code == 200
        assert sandbox.expire_tokens() >= 1
        expired = api.get("/resources/search", params={"_limit": 0})

    assert expired.status_code == 401
    assert expired.json()["error"] == "invalid_token"
    with sandbox.user() as fresh:
        assert fresh.get("/resources/search", params={"_limit": 0}).status_code == 200


def test_token_lifetime_is_configurable() -> None:
    with start_sandbox(token_ttl=1, seed="small") as short:
        token = short.token_response("group").json()
        assert token["expires_in"] == 1
        with short.http(token["access_token"]) as api:
            assert api.get("/resources/search", params={"_limit": 0}).status_code == 200
            time.sleep(1.2)
            assert api.get("/resources/search", params={"_limit": 0}).status_code == 401


def test_group_application_reads_the_keywords_of_shared_metadata(fresh_sandbox: SandboxHandle) -> None:
    workgroup = fresh_sandbox.info["workgroups"]["test"]
    params = {"_limit": 1000}
    with fresh_sandbox.group() as group, fresh_sandbox.user() as user:
        shared = group.get(f"/groups/{workgroup}/keywords/search", params=params)
        everything = user.get(f"/groups/{workgroup}/keywords/search", params=params)

    assert shared.status_code == everything.status_code == 200
    assert 0 < shared.json()["total"] <= everything.json()["total"]


def test_debug_logs_of_the_token_endpoint_show_no_token_or_secret(
    sandbox: SandboxHandle, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # authlib logs the client and the token it issues at DEBUG
    user = sandbox.token_response("user").json()
    group = sandbox.token_response("group").json()
    refreshed = httpx.post(
        sandbox.info["token_url"],
        data={"grant_type": "refresh_token", "refresh_token": user["refresh_token"]},
        auth=(sandbox.info["user_app"]["client_id"], sandbox.info["user_app"]["client_secret"]),
    ).json()

    assert "Issue token" in caplog.text  # the lines are there, masked
    secrets = [
        sandbox.info["user_app"]["client_secret"],
        sandbox.info["group_app"]["client_secret"],
        sandbox.info["user_app"]["password"],
        *(
            body[key]
            for body in (user, group, refreshed)
            for key in ("access_token", "refresh_token")
            if key in body
        ),
    ]
    assert len(secrets) == 8
    assert not [secret for secret in secrets if secret in caplog.text]
