"""The README's front-door examples run as written against a loopback API and token endpoint."""

from __future__ import annotations

import re

import pytest

from tests.conftest import load_fixture
from tests.support.clients import sync_client
from tests.support.loopback import LoopbackServer
from tests.support.oauth import CLIENT_ID, CLIENT_SECRET, OAuthServer
from tests.support.spec import ROOT

pytestmark = pytest.mark.integration

README = (ROOT / "README.md").read_text(encoding="utf-8")
WG = "32f7e95ec4e94ca3bc1afda960003882"


def _example(section: str) -> str:
    body = README.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", body, re.DOTALL)
    assert match, f"README: no python example under {section!r}"
    return match[1]


def test_usage_example(
    loopback: LoopbackServer,
    oauth: OAuthServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    oauth.api("GET", "/resources/search", (200, load_fixture("search_page.json"), {}))
    oauth.api("GET", f"/groups/{WG}/contacts", (200, load_fixture("contacts.json"), {}))
    for name, value in {
        "ISOGEO_API_GROUP_CLIENT_ID": CLIENT_ID,
        "ISOGEO_API_GROUP_CLIENT_SECRET": CLIENT_SECRET,
        "ISOGEO_API_URL": loopback.base_url,
        "ISOGEO_ID_URL": loopback.base_url,
    }.items():
        monkeypatch.setenv(name, value)

    exec(_example("Usage"), {})  # noqa: S102 - our own documentation

    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("0269803d50c446b09f5060ef7fe3e22b Communes de la Métropole de Lyon")
    assert "Direction de l'eau" in printed[2]
    assert loopback.requests_to("/resources/search")[0].params["_include"] == ["links"]


def test_errors_example(
    loopback: LoopbackServer, oauth: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {"error": "bad_request", "errors": {"email": "invalid"}}
    oauth.api("POST", f"/groups/{WG}/contacts", (400, body, {"X-Request-Id": "req-7"}))

    with sync_client(loopback, user=True) as isogeo:
        exec(_example("Errors and retries"), {"isogeo": isogeo, "workgroup_id": WG})  # noqa: S102

    assert capsys.readouterr().out.splitlines() == ["email: invalid", "req-7"]
