"""OAuth2 through the front door (AsyncIsogeo) against a real token endpoint on loopback.

Written async; tools/derive_sync.py derives test_auth.py from this file.
"""

from __future__ import annotations

import base64
import dataclasses
import re
from collections.abc import Callable

import pytest

from isogeo import AsyncIsogeo
from isogeo.errors import AuthenticationError, PermissionDeniedError
from isogeo_api.api.search import search_metadata
from tests.conftest import load_fixture
from tests.support.clients import FakeClock, async_client, concurrently_async
from tests.support.loopback import LoopbackServer, RecordedRequest, Reply
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME, OAuthServer

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

WG = "32f7e95ec4e94ca3bc1afda960003882"
CT = "2a3aefc4f80347f590afe58127f6cb0f"
PAGES = 3
PAGE_SIZE = 2


def _contact_route(oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, load_fixture("contacts.json")[0], {}))


def _search_route(oauth: OAuthServer, on_page: dict[int, Callable[[], None]] | None = None) -> None:
    """A search of PAGES pages; ``on_page[offset]()`` runs on the server before that page is answered."""
    results = [
        {"_id": f"{i:032x}", "title": f"md {i}", "type": "vectorDataset"} for i in range(PAGES * PAGE_SIZE)
    ]

    def page(req: RecordedRequest, _m: re.Match[str]) -> Reply:
        offset = int(req.params.get("_offset", ["0"])[0])
        limit = int(req.params.get("_limit", ["20"])[0])
        return (
            200,
            {
                "total": len(results),
                "limit": limit,
                "offset": offset,
                "results": results[offset : offset + limit],
            },
            {},
        )

    def hooked(req: RecordedRequest, m: re.Match[str]) -> Reply:
        offset = int(req.params.get("_offset", ["0"])[0])
        action = (on_page or {}).pop(offset, None)
        if action is not None:
            action()
        return page(req, m)

    oauth.api("GET", "/resources/search", hooked)


async def _fetch_all_pages(
    isogeo: AsyncIsogeo, before_page: Callable[[int], None] = lambda _offset: None
) -> list[str]:
    titles: list[str] = []
    offset = 0
    while True:
        before_page(offset)
        page = await isogeo.call(search_metadata, sys_limit=PAGE_SIZE, sys_offset=offset)
        titles += [str(md.title) for md in page.results]
        offset += PAGE_SIZE
        if offset >= page.total:
            return titles


def _bearer(request: RecordedRequest) -> str:
    return request.headers["authorization"].removeprefix("Bearer ")


def _api_requests(loopback: LoopbackServer) -> list[RecordedRequest]:
    return [r for r in loopback.requests if r.path != "/oauth/token"]


async def test_group_flow_obtains_a_token_with_basic_client_auth(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)

    async with async_client(loopback) as isogeo:
        contact = await isogeo.contacts.get(CT)

    assert contact.sys_id == CT
    assert oauth.form(0) == {"grant_type": "client_credentials"}
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert oauth.token_requests[0].headers["authorization"] == f"Basic {basic}"
    assert oauth.token_requests[0].headers["accept"] == "application/json"
    assert oauth.valid[_bearer(_api_requests(loopback)[0])] == "group"


async def test_user_flow_obtains_a_token_with_the_password_grant(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)

    async with async_client(loopback, user=True) as isogeo:
        await isogeo.contacts.get(CT)

    assert oauth.form(0) == {"grant_type": "password", "username": USERNAME, "password": PASSWORD}
    assert oauth.valid[_bearer(_api_requests(loopback)[0])] == "user"


async def test_client_auth_body_sends_the_client_in_the_form(loopback: LoopbackServer) -> None:
    oauth = OAuthServer(loopback, client_auth="body")
    _contact_route(oauth)

    async with async_client(loopback, user=True, client_auth="body") as isogeo:
        await isogeo.contacts.get(CT)

    form = oauth.form(0)
    assert (form["client_id"], form["client_secret"], form["grant_type"]) == (
        CLIENT_ID,
        CLIENT_SECRET,
        "password",
    )
    assert "authorization" not in oauth.token_requests[0].headers


async def test_client_auth_the_server_does_not_accept_is_an_authentication_error(
    loopback: LoopbackServer,
) -> None:
    oauth = OAuthServer(loopback, client_auth="body")
    _contact_route(oauth)

    async with async_client(loopback) as isogeo:
        with pytest.raises(AuthenticationError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.status_code == 401 and caught.value.error == "invalid_client"
    assert "token request (client_credentials grant) failed" in str(caught.value)
    assert len(_api_requests(loopback)) == 0


async def test_wrong_password_is_an_authentication_error(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)

    async with async_client(loopback, username=USERNAME, password="wrong") as isogeo:
        with pytest.raises(AuthenticationError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.status_code == 400 and caught.value.error == "invalid_grant"
    assert "bad username or password" in str(caught.value)


async def test_token_is_fetched_lazily_and_cached(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    _contact_route(oauth)

    async with async_client(loopback) as isogeo:
        assert loopback.requests == []
        await isogeo.contacts.get(CT)
        await isogeo.contacts.get(CT)

    assert len(oauth.token_requests) == 1
    assert len({_bearer(r) for r in _api_requests(loopback)}) == 1


async def test_authenticate_fetches_the_token_now(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    async with async_client(loopback) as isogeo:
        token = await isogeo.authenticate()

    assert len(oauth.token_requests) == 1 and token.access_token in oauth.valid
    assert token.expires_at is not None and token.refresh_token is None


async def test_token_is_replaced_before_expiry_with_leeway(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)
    clock = FakeClock()

    async with async_client(loopback, token_leeway=60) as isogeo:
        isogeo.auth._clock = clock
        await isogeo.contacts.get(CT)
        clock.advance(3599 - 61)
        await isogeo.contacts.get(CT)
        assert len(oauth.token_requests) == 1
        clock.advance(2)
        await isogeo.contacts.get(CT)

    assert len(oauth.token_requests) == 2
    assert oauth.form(1) == {"grant_type": "client_credentials"}  # group apps have no refresh token
    first, second, third = (_bearer(r) for r in _api_requests(loopback))
    assert first == second != third


async def test_user_token_is_refreshed_with_the_refresh_token(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)
    clock = FakeClock()

    async with async_client(loopback, user=True) as isogeo:
        isogeo.auth._clock = clock
        first = await isogeo.authenticate()
        clock.advance(3600)
        await isogeo.contacts.get(CT)

    assert first.refresh_token is not None
    assert oauth.form(1) == {"grant_type": "refresh_token", "refresh_token": first.refresh_token}


async def test_refused_refresh_falls_back_to_the_password_grant(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _contact_route(oauth)
    clock = FakeClock()

    async with async_client(loopback, user=True) as isogeo:
        isogeo.auth._clock = clock
        await isogeo.authenticate()
        oauth.refresh_tokens.clear()
        clock.advance(3600)
        contact = await isogeo.contacts.get(CT)

    assert contact.sys_id == CT
    assert [oauth.form(i)["grant_type"] for i in range(3)] == ["password", "refresh_token", "password"]


async def test_expired_token_is_refreshed_in_the_middle_of_a_multi_page_job(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    clock = FakeClock()
    _search_route(oauth)

    def expire_before_second_page(offset: int) -> None:
        if offset == PAGE_SIZE:
            clock.advance(3600)

    async with async_client(loopback) as isogeo:
        isogeo.auth._clock = clock
        titles = await _fetch_all_pages(isogeo, expire_before_second_page)

    assert titles == [f"md {i}" for i in range(PAGES * PAGE_SIZE)]
    assert len(oauth.token_requests) == 2
    api = _api_requests(loopback)
    assert len(api) == PAGES  # replaced before it expired: no request was refused
    assert _bearer(api[0]) != _bearer(api[1]) == _bearer(api[2])


async def test_token_revoked_server_side_mid_job_is_replaced_after_one_401(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    _search_route(oauth, on_page={PAGE_SIZE: oauth.revoke_all})

    async with async_client(loopback) as isogeo:
        titles = await _fetch_all_pages(isogeo)

    assert titles == [f"md {i}" for i in range(PAGES * PAGE_SIZE)]
    assert len(oauth.token_requests) == 2
    assert len(_api_requests(loopback)) == PAGES + 1  # the refused page was sent again, once


async def test_fifty_concurrent_requests_with_an_expired_token_cause_one_token_request(
    loopback: LoopbackServer,
) -> None:
    oauth = OAuthServer(loopback, token_delay=0.2)
    _contact_route(oauth)
    clock = FakeClock()

    async with async_client(loopback) as isogeo:
        isogeo.auth._clock = clock
        await isogeo.authenticate()
        clock.advance(3600)
        contacts = await concurrently_async(lambda: isogeo.contacts.get(CT), 50)

    assert len(contacts) == 50 and all(c.sys_id == CT for c in contacts)
    assert len(oauth.token_requests) == 2  # the first token, then exactly one replacement


async def test_fifty_concurrent_requests_after_a_server_side_revocation_cause_one_token_request(
    loopback: LoopbackServer,
) -> None:
    oauth = OAuthServer(loopback, token_delay=0.2)
    _contact_route(oauth)

    async with async_client(loopback) as isogeo:
        await isogeo.authenticate()
        oauth.revoke_all()
        contacts = await concurrently_async(lambda: isogeo.contacts.get(CT), 50)

    assert len(contacts) == 50
    assert len(oauth.token_requests) == 2


async def test_a_token_replaced_meanwhile_then_revoked_too_is_not_trusted_twice(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    # Found by the soak (tests/reliability): while this request was in flight (a retry's wait, a
    # slow answer...), another one replaced the token, and the server then revoked that one too.
    # Re-sending with the token cached meanwhile meets a second 401: get one of its own instead.
    contact = load_fixture("contacts.json")[0]
    arrivals: list[str] = []

    def in_flight(req: RecordedRequest, _match: re.Match[str]) -> Reply:
        arrivals.append(_bearer(req))
        if len(arrivals) == 1:
            _status, body, _headers = oauth._issue("user", refresh=False)
            assert isogeo.auth.token is not None
            isogeo.auth._token = dataclasses.replace(isogeo.auth.token, access_token=body["access_token"])
            oauth.revoke_all()  # this request's token and the one cached meanwhile
            return 401, {"error": "invalid_token", "message": "expired"}, {}
        return 200, contact, {}

    oauth.api("GET", f"/contacts/{CT}", in_flight)
    async with async_client(loopback) as isogeo:
        await isogeo.authenticate()
        found = await isogeo.contacts.get(CT)

    sent = [_bearer(request) for request in loopback.requests_to(f"/contacts/{CT}")]
    assert found.sys_id == CT
    assert len(set(sent)) == len(sent) == 3  # refused, cached meanwhile (refused too), its own
    assert len(oauth.token_requests) == 2  # the first token and the one fetched for this request


async def test_a_second_401_raises_authentication_error(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    loopback.route(
        "GET", f"/contacts/{CT}", (401, {"error": "invalid_token", "message": "account disabled"}, {})
    )

    async with async_client(loopback) as isogeo:
        with pytest.raises(AuthenticationError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.status_code == 401 and "account disabled" in str(caught.value)
    assert len(oauth.token_requests) == 2 and len(_api_requests(loopback)) == 2


async def test_group_application_cannot_write(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("POST", f"/groups/{WG}/contacts", (200, {"_id": CT, "name": "x"}, {}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(PermissionDeniedError) as caught:
            await isogeo.contacts.create(WG, name="SIG")

    assert caught.value.status_code == 403 and caught.value.method == "POST"
    assert len(_api_requests(loopback)) == 1  # a 403 is not retried
