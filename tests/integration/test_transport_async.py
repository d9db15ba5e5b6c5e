"""Session behaviour of the front door (AsyncIsogeo) over real sockets: retries, timeouts, headers,
security.

Written async; tools/derive_sync.py derives test_transport.py from this file.
"""

from __future__ import annotations

import logging
import re

import pytest

from isogeo import RetryEvent, RetryPolicy, Timeouts
from isogeo.errors import (
    APIConnectionError,
    APITimeoutError,
    InsecureTransportError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from isogeo_api.api.contact import get_contact, list_workgroup_contacts
from isogeo_api.api.search import search_metadata
from isogeo_api.models import ContactInclude, Lang
from tests.conftest import load_fixture
from tests.support.clients import async_client
from tests.support.loopback import (
    LoopbackServer,
    Reply,
    closed_port_url,
    delayed,
    sequence,
    serve,
)
from tests.support.oauth import OAuthServer
from tests.support.tls import tls_server

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

WG = "32f7e95ec4e94ca3bc1afda960003882"
CT = "2a3aefc4f80347f590afe58127f6cb0f"
MD = "0269803d50c446b09f5060ef7fe3e22b"
CONTACT = load_fixture("contacts.json")[0]
SEARCH_PAGE = {"total": 0, "limit": 20, "offset": 0, "results": []}
UNAVAILABLE: Reply = (503, {"error": "unavailable"}, {})


def _recorder() -> tuple[list[RetryEvent], RetryPolicy]:
    events: list[RetryEvent] = []
    return events, RetryPolicy(max_retries=2, backoff_factor=0.0, on_retry=events.append)


async def test_get_answered_503_then_200_succeeds_after_one_retry(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", sequence(UNAVAILABLE, (200, CONTACT, {})))
    events, policy = _recorder()

    async with async_client(loopback, retries=policy) as isogeo:
        contact = await isogeo.contacts.get(CT)

    assert contact.sys_id == CT
    assert len(loopback.requests_to(f"/contacts/{CT}")) == 2
    assert [(e.method, e.attempt, e.reason) for e in events] == [("GET", 2, "503")]


async def test_post_answered_503_is_not_retried(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("POST", f"/groups/{WG}/contacts", sequence(UNAVAILABLE, (200, CONTACT, {})))
    events, policy = _recorder()

    async with async_client(loopback, user=True, retries=policy) as isogeo:
        with pytest.raises(InternalServerError) as caught:
            await isogeo.contacts.create(WG, name="SIG")

    assert caught.value.status_code == 503
    assert len(loopback.requests_to(f"/groups/{WG}/contacts")) == 1 and events == []


async def test_put_is_idempotent_and_retried(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    association = {"_id": "9d5b4f1d0c5b4a8d8e1f2a3b4c5d6e7f", "role": "custodian", "contact": {"_id": CT}}
    oauth.api("PUT", f"/resources/{MD}/contacts/{CT}", sequence((502, None, {}), (200, association, {})))

    async with async_client(loopback, user=True) as isogeo:
        await isogeo.contacts.associate(MD, CT, role="custodian")

    assert len(loopback.requests_to(f"/resources/{MD}/contacts/{CT}")) == 2


async def test_retry_after_is_honoured(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", sequence((429, None, {"Retry-After": "1"}), (200, CONTACT, {})))
    events, policy = _recorder()  # no backoff of its own: any wait comes from Retry-After

    async with async_client(loopback, retries=policy) as isogeo:
        await isogeo.contacts.get(CT)

    first, second = loopback.requests_to(f"/contacts/{CT}")
    assert second.received_at - first.received_at >= 0.95
    assert len(events) == 1 and events[0].reason == "429" and events[0].waited >= 0.95


async def test_a_retry_after_beyond_the_wait_caps_is_not_shortened(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    # The server asked for 30 s; retrying after max_backoff (2 s) would only earn another refusal.
    oauth.api("GET", f"/contacts/{CT}", sequence((429, None, {"Retry-After": "30"}), (200, CONTACT, {})))
    oauth.api("GET", f"/resources/{MD}", sequence((503, None, {"Retry-After": "5"}), (200, {}, {})))
    events: list[RetryEvent] = []
    policy = RetryPolicy(backoff_factor=0.0, max_backoff=10.0, max_total_backoff=4.0, on_retry=events.append)
    short = RetryPolicy(backoff_factor=0.0, max_backoff=2.0, on_retry=events.append)

    async with async_client(loopback, retries=short) as isogeo:
        with pytest.raises(RateLimitError) as limited:
            await isogeo.contacts.get(CT)
    # 5 s fits max_backoff, not the 4 s total:
    async with async_client(loopback, retries=policy) as isogeo:
        with pytest.raises(InternalServerError) as unavailable:
            await isogeo.metadata.get(MD)

    assert limited.value.retry_after == 30.0 and unavailable.value.retry_after == 5.0
    assert len(loopback.requests_to(f"/contacts/{CT}")) == len(loopback.requests_to(f"/resources/{MD}")) == 1
    assert events == []


async def test_retries_are_bounded_and_the_last_error_is_raised(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (504, {"error": "gateway timeout"}, {"X-Request-Id": "req-3"}))
    events, policy = _recorder()

    async with async_client(loopback, retries=policy) as isogeo:
        with pytest.raises(InternalServerError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.status_code == 504 and caught.value.request_id == "req-3"
    assert len(loopback.requests_to(f"/contacts/{CT}")) == 3 and [e.attempt for e in events] == [2, 3]


async def test_retries_can_be_switched_off(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", sequence(UNAVAILABLE, (200, CONTACT, {})))

    async with async_client(loopback, retries=False) as isogeo:
        with pytest.raises(InternalServerError):
            await isogeo.contacts.get(CT)

    assert len(loopback.requests_to(f"/contacts/{CT}")) == 1


async def test_rate_limit_error_carries_retry_after(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", (429, {"error": "too_many_requests"}, {"Retry-After": "7"}))

    async with async_client(loopback, retries=0) as isogeo:
        with pytest.raises(RateLimitError) as caught:
            await isogeo.contacts.get(CT)

    assert caught.value.retry_after == 7.0 and caught.value.error == "too_many_requests"


async def test_connection_errors_are_retried_then_raised(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    events, policy = _recorder()

    async with async_client(loopback, api_url=closed_port_url(), retries=policy) as isogeo:
        with pytest.raises(APIConnectionError) as caught:
            await isogeo.contacts.get(CT)

    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.method == "GET" and f"/contacts/{CT}" in caught.value.url
    assert [e.reason for e in events] == ["ConnectError", "ConnectError"]


async def test_read_timeout_raises_api_timeout_error(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", delayed(1.0, (200, CONTACT, {})))

    async with async_client(loopback, retries=False, timeouts=Timeouts(read=0.2)) as isogeo:
        with pytest.raises(APITimeoutError) as caught:
            await isogeo.contacts.get(CT)

    assert "ReadTimeout" in str(caught.value)


async def test_search_routes_get_the_long_read_timeout(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", "/resources/search", delayed(0.5, (200, SEARCH_PAGE, {})))
    oauth.api("GET", f"/contacts/{CT}", delayed(0.5, (200, CONTACT, {})))

    async with async_client(loopback, retries=False, timeouts=Timeouts(read=0.2, search_read=5)) as isogeo:
        page = await isogeo.call(search_metadata, q="communes")
        with pytest.raises(APITimeoutError):
            await isogeo.contacts.get(CT)

    assert page.total == 0


async def test_user_agent_names_the_package_and_httpx(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

    async with async_client(loopback) as isogeo:
        await isogeo.contacts.get(CT)

    agents = {r.headers["user-agent"] for r in loopback.requests}
    assert len(agents) == 1
    assert re.fullmatch(r"isogeo-client/\S+ python-httpx/\S+", agents.pop())


async def test_lang_is_sent_on_every_request_and_can_be_overridden(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

    async with async_client(loopback, lang="EN") as isogeo:
        await isogeo.contacts.get(CT)
        await isogeo.call(get_contact, CT, sys_lang="pt")

    first, second = loopback.requests_to(f"/contacts/{CT}")
    assert first.params["_lang"] == ["en"] and second.params["_lang"] == ["pt"]
    assert "_lang" not in loopback.requests_to("/oauth/token")[0].params  # only API requests


async def test_unsupported_lang_falls_back_to_en_with_a_warning(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

    with pytest.warns(UserWarning, match="'de' is not supported"):
        async with async_client(loopback, lang="de") as isogeo:
            await isogeo.contacts.get(CT)

    assert loopback.requests_to(f"/contacts/{CT}")[0].params["_lang"] == ["en"]


async def test_list_parameters_are_comma_joined(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    oauth.api("GET", f"/groups/{WG}/contacts", (200, [], {}))

    async with async_client(loopback) as isogeo:
        await isogeo.call(list_workgroup_contacts, WG, sys_include=[ContactInclude.COUNT, "_abilities"])

    assert loopback.requests_to(f"/groups/{WG}/contacts")[0].params["_include"] == ["count,_abilities"]


async def test_typed_errors_surface_when_generated_functions_are_called_directly(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (404, {"error": "not_found"}, {"X-Request-Id": "abc"}))

    async with async_client(loopback) as isogeo:
        with pytest.raises(NotFoundError) as caught:
            await get_contact.asyncio(CT, client=isogeo.api, sys_lang=Lang.FR)

    assert caught.value.request_id == "abc"


async def test_a_plain_http_api_on_a_non_loopback_host_is_refused_at_construction(
    loopback: LoopbackServer,
) -> None:
    with pytest.raises(
        InsecureTransportError, match=r"an access token over plain http:// to api\.isogeo\.test"
    ):
        async_client(loopback, api_url="http://api.isogeo.test")
    with pytest.raises(
        InsecureTransportError, match=r"client credentials over plain http:// to id\.isogeo\.test"
    ):
        async_client(loopback, api_url="https://api.isogeo.test", id_url="http://id.isogeo.test")


async def test_token_is_not_sent_over_plain_http_to_a_non_loopback_host(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    """A request to another host through the authenticated client (a link, a redirect target...)."""
    async with async_client(loopback) as isogeo:
        with pytest.raises(InsecureTransportError, match=r"api\.elsewhere\.test"):
            await isogeo.http.get("http://api.elsewhere.test/about")

    assert loopback.requests == []  # refused before even asking for a token


async def test_allow_insecure_http_through_a_proxy(loopback: LoopbackServer, oauth: OAuthServer) -> None:
    """The loopback server acts as an HTTP proxy for two plain-HTTP hosts that do not exist."""
    oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))
    options = {
        "api_url": "http://api.isogeo.test",
        "id_url": "http://id.isogeo.test",
        "proxy": loopback.base_url,
    }

    async with async_client(loopback, allow_insecure_http=True, **options) as isogeo:
        contact = await isogeo.contacts.get(CT)

    assert contact.sys_id == CT
    token_request, api_request = loopback.requests
    assert token_request.headers["host"] == "id.isogeo.test"
    assert api_request.headers["host"] == "api.isogeo.test"


async def test_cross_origin_redirect_drops_the_authorization_header(
    loopback: LoopbackServer, oauth: OAuthServer
) -> None:
    with serve() as elsewhere:
        elsewhere.route("GET", f"/contacts/{CT}", (200, CONTACT, {}))
        oauth.api("GET", f"/contacts/{CT}", (302, None, {"Location": f"{elsewhere.base_url}/contacts/{CT}"}))
        oauth.api("GET", f"/contacts/{MD}", (307, None, {"Location": f"/contacts/{CT}"}))

        async with async_client(loopback) as isogeo:
            redirected = await isogeo.contacts.get(CT)
            await isogeo.contacts.get(MD)  # same-origin redirect: the token is kept (and accepted)

    assert redirected.sys_id == CT
    assert "authorization" not in elsewhere.requests[0].headers
    assert loopback.requests_to(f"/contacts/{CT}")[-1].headers["authorization"].startswith("Bearer ")


async def test_tls_verification_is_on_by_default() -> None:
    with tls_server() as (server, ca_path):
        oauth = OAuthServer(server)
        oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

        async with async_client(server) as isogeo:
            with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await isogeo.contacts.get(CT)
        async with async_client(server, verify=ca_path) as isogeo:
            assert (await isogeo.contacts.get(CT)).sys_id == CT


async def test_verify_false_is_an_explicit_opt_out(caplog: pytest.LogCaptureFixture) -> None:
    with tls_server() as (server, _ca_path):
        oauth = OAuthServer(server)
        oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

        with caplog.at_level(logging.WARNING, logger="isogeo"):
            async with async_client(server, verify=False) as isogeo:
                assert (await isogeo.contacts.get(CT)).sys_id == CT

    assert "TLS certificate verification is disabled" in caplog.text


async def test_http2_can_be_enabled() -> None:
    """h2 is offered over TLS; the loopback server speaks HTTP/1.1 only, so ALPN falls back."""
    with tls_server() as (server, ca_path):
        oauth = OAuthServer(server)
        oauth.api("GET", f"/contacts/{CT}", (200, CONTACT, {}))

        async with async_client(server, verify=ca_path, http2=True) as isogeo:
            assert (await isogeo.contacts.get(CT)).sys_id == CT


async def test_debug_logs_one_line_per_attempt(
    loopback: LoopbackServer, oauth: OAuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    oauth.api("GET", f"/contacts/{CT}", sequence(UNAVAILABLE, (200, CONTACT, {"X-Request-Id": "req-42"})))

    with caplog.at_level(logging.DEBUG, logger="isogeo"):
        async with async_client(loopback) as isogeo:
            await isogeo.contacts.get(CT)

    lines = [r.getMessage() for r in caplog.records if r.name == "isogeo.http"]
    assert any(
        re.search(rf"GET \S+/contacts/{CT}\?_lang=fr -> 503 in [\d.]+ ms \(attempt 1", x) for x in lines
    )
    assert any(f"/contacts/{CT}?_lang=fr after 503 (attempt 2" in x for x in lines)
    assert any(re.search(r"-> 200 in [\d.]+ ms \(attempt 2, request id req-42\)", x) for x in lines)


async def test_close_is_idempotent_and_the_context_manager_closes_the_pools(loopback: LoopbackServer) -> None:
    async with async_client(loopback) as isogeo:
        pass

    assert isogeo.closed and isogeo.http.is_closed and isogeo._token_http.is_closed
    await isogeo.close()
    await isogeo.close()
    assert isogeo.closed
