"""The README's front-door examples run as written: the first one and "Usage" against the sandbox
(through ``Isogeo.from_env()``), the errors example (README and errors guide) against a loopback
API and token endpoint."""

from __future__ import annotations

import pytest

from tests.support.clients import sync_client
from tests.support.docs import blocks, example
from tests.support.front_door import user_environment
from tests.support.loopback import LoopbackServer
from tests.support.oauth import OAuthServer
from tests.support.sandbox import SandboxHandle

pytestmark = pytest.mark.integration

WG = "32f7e95ec4e94ca3bc1afda960003882"


@pytest.fixture
def sandbox_environment(sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> SandboxHandle:
    """``Isogeo.from_env()`` signs in as the sandbox's user application, and only as it."""
    monkeypatch.delenv("ISOGEO_API_GROUP_CLIENT_ID", raising=False)
    monkeypatch.delenv("ISOGEO_API_GROUP_CLIENT_SECRET", raising=False)
    for name, value in user_environment(sandbox).items():
        monkeypatch.setenv(name, value)
    return sandbox


def test_first_example(sandbox_environment: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    exec(example("README.md"), {})  # noqa: S102 - our own documentation (the README's first example)

    titles = capsys.readouterr().out.splitlines()
    assert titles and all(titles)


def test_site_home_example(sandbox_environment: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    exec(example("docs/index.md"), {})  # noqa: S102 - our own documentation

    printed = capsys.readouterr().out.splitlines()
    assert int(printed[0].split(" ", 1)[0]) > 100
    assert len(printed) > 1 and all(line.rsplit(" ", 1)[1].isdigit() for line in printed[1:])


def test_usage_example(sandbox_environment: SandboxHandle, capsys: pytest.CaptureFixture[str]) -> None:
    code = example("README.md", "Usage")
    assert sandbox_environment.info["workgroups"]["test"] in code, "the example names the sandbox's workgroup"

    exec(code, {})  # noqa: S102 - our own documentation

    printed = capsys.readouterr().out.splitlines()
    total, titles = printed[0].split(" ", 1)
    assert int(total) > 100 and titles.startswith("[") and titles.count("'") >= 6
    catalogs = printed[1:-2]
    assert catalogs and all(line.rsplit(" ", 1)[1].isdigit() for line in catalogs)
    assert "@" in printed[-2]
    status, request_id = printed[-1].split(" ")
    assert status == "404" and request_id != "None"


@pytest.mark.parametrize("path", ["README.md", "docs/guides/errors.md"])
def test_errors_example(
    path: str, loopback: LoopbackServer, oauth: OAuthServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {"error": "bad_request", "errors": {"email": "invalid"}}
    oauth.api("POST", f"/groups/{WG}/contacts", (400, body, {"X-Request-Id": "req-7"}))
    code = next(block for block in blocks(path) if "BadRequestError" in block)

    with sync_client(loopback, user=True) as isogeo:
        exec(code, {"isogeo": isogeo, "workgroup_id": WG})  # noqa: S102 - our own documentation

    assert capsys.readouterr().out.splitlines() == ["email: invalid", "req-7"]
