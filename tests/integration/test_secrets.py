# Derived from integration/test_secrets_async.py by tools/derive_sync.py: do not edit.
"""No secret in logs, reprs or exceptions (Isogeo): grep everything a user could see for them.

Written async; tools/derive_sync.py derives test_secrets.py from this file.
"""

from __future__ import annotations

import base64
import logging

import pytest

from isogeo import errors
from tests.conftest import load_fixture
from tests.support.clients import FakeClock, sync_client
from tests.support.loopback import LoopbackServer
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET, PASSWORD, OAuthServer

pytestmark = pytest.mark.integration

CT = "2a3aefc4f80347f590afe58127f6cb0f"


def _secrets(oauth: OAuthServer) -> list[str]:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    return [CLIENT_SECRET, PASSWORD, basic, *oauth.issued]


def _assert_nothing_leaks(seen: list[str], secrets: list[str]) -> None:
    assert len(secrets) > 3  # the scenario really issued tokens
    for text in seen:
        for secret in secrets:
            assert secret not in text


def test_no_secret_in_logs_reprs_or_exceptions(
    loopback: LoopbackServer, oauth: OAuthServer, caplog: pytest.LogCaptureFixture
) -> None:
    oauth.api("GET", f"/contacts/{CT}", (200, load_fixture("contacts.json")[0], {}))
    oauth.api("GET", "/contacts/ffffffffffffffffffffffffffffffff", (400, {"error": "bad"}, {}))
    clock = FakeClock()
    caplog.set_level(logging.DEBUG)  # every logger: isogeo, httpx, httpcore, httpx_retries

    with sync_client(loopback, user=True, retries=1) as isogeo:
        isogeo.auth._clock = clock
        token = isogeo.authenticate()
        isogeo.contacts.get(CT)
        clock.advance(3600)  # refresh-token grant
        isogeo.contacts.get(CT)
        oauth.revoke_all()  # 401, then a new token
        isogeo.contacts.get(CT)
        with pytest.raises(errors.BadRequestError) as bad_request:
            isogeo.contacts.get("f" * 32)
        loopback.route("POST", "/oauth/token", (400, {"error": "invalid_grant"}, {}))
        isogeo.auth.invalidate()
        with pytest.raises(errors.AuthenticationError) as refused:
            isogeo.authenticate()
        malformed = {"access_token": "SECRET-token-malformed", "expires_in": "soon"}
        oauth.issued.append(malformed["access_token"])
        loopback.route("POST", "/oauth/token", (200, malformed, {}))
        with pytest.raises(errors.MalformedResponseError) as unparsable:
            isogeo.authenticate()
        seen = [
            repr(isogeo),
            str(isogeo),
            repr(isogeo.auth),
            repr(isogeo.credentials),
            repr(token),
            str(token),
        ]

    raised: list[errors.IsogeoError] = [bad_request.value, refused.value, unparsable.value]
    seen += [text for exc in raised for text in (str(exc), repr(exc), getattr(exc, "body_excerpt", ""))]
    seen.append(caplog.text)
    assert "HTTP Request: POST" in caplog.text and "SECRET-token-" in oauth.issued[0]
    assert "withheld" in unparsable.value.body_excerpt  # a token answer's body never shows
    _assert_nothing_leaks(seen, _secrets(oauth))
