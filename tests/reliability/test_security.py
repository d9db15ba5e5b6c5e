"""Security over real sockets: secrets stay hidden, tokens stay home, files stay in their folder,
read-only tokens stay read-only.

* every public object (clients, namespaces, auth, credentials, tokens, settings, errors built
  from real answers, results) is ``repr``-ed and ``str``-ed, and every log line at DEBUG is
  captured, then grepped for the literal secrets (``leak_watch``, conftest.py) — including a wrong
  password and a wrong client secret, which the errors must not echo either;
* no token is sent over plain HTTP to a host that is not loopback (a recording proxy stands for
  the network: nothing reaches it);
* a redirect to another origin (127.0.0.2 or ``localhost`` beside 127.0.0.1) loses the
  ``Authorization`` header — an API answer, and a hosted download sent on to a file server;
* hostile file names from ``Content-Disposition`` (fuzzed) never write outside the target folder;
* a group (read-only) token cannot write: the sandbox answers 403, the client raises
  ``PermissionDeniedError``, and nothing changed server-side.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isogeo import AsyncIsogeo, Isogeo, RetryPolicy
from isogeo.errors import (
    AuthenticationError,
    BadRequestError,
    BulkSendError,
    InsecureTransportError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
)
from isogeo_api.api.contact import get_contact
from tests.reliability.figures import FIGURES
from tests.reliability.lab import Lab
from tests.reliability.leaks import LeakWatch
from tests.support.front_door import user_environment
from tests.support.loopback import LoopbackServer, RecordedRequest, Reply, serve
from tests.support.oauth import OAuthServer

pytestmark = pytest.mark.integration

WRONG_PASSWORD = "wrong-password-d41d8cd98f"
WRONG_SECRET = "wrong-secret-0cc175b9c0f1b6a831c399e2"
MISSING = "0" * 31 + "1"


def _public_objects(client: Isogeo | AsyncIsogeo) -> Iterator[object]:
    """The client and everything reachable from its public attributes (namespaces included)."""
    yield client
    for name in dir(client):
        value = getattr(client, name)
        if not name.startswith("_") and not inspect.ismethod(value):
            yield value
    yield client.auth.token
    yield client._settings  # what the constructor keeps: headers, retries, proxy...


def _checked(kind: str, count: int = 1) -> None:
    FIGURES.security[kind] += count


# ---------------------------------------------------------------- secrets
def test_no_secret_in_any_public_object_error_or_debug_log(
    chaos: Lab, leak_watch: LeakWatch, tmp_path: Path
) -> None:
    seen: list[object] = []
    user, group = chaos.info["user_app"], chaos.info["group_app"]
    with chaos.client() as isogeo:
        seen += [isogeo.authenticate(), isogeo.contacts.get(chaos.info["contact"])]
        seen += [
            isogeo.search(page_size=2),
            isogeo.metadata.get_many([chaos.info["metadata"]["vector"], MISSING]),
        ]
        for attempt in (
            lambda: isogeo.contacts.get(MISSING),
            lambda: isogeo.search(share=MISSING),
        ):
            with pytest.raises((NotFoundError, BadRequestError)) as caught:
                attempt()
            seen.append(caught.value)
        chaos.faults("html,count=1,path=/oauth/token")
        isogeo.auth.invalidate()
        with pytest.raises(MalformedResponseError) as malformed:
            isogeo.authenticate()
        seen += [malformed.value, *_public_objects(isogeo)]
    with chaos.client("group") as reader:
        with pytest.raises(PermissionDeniedError) as denied:
            reader.contacts.create(chaos.info["workgroups"]["test"], name="refused")
        seen += [denied.value, *_public_objects(reader)]
    wrong = [
        chaos.client(username=user["username"], password=WRONG_PASSWORD),
        Isogeo(group["client_id"], WRONG_SECRET, **chaos.settings("group", {})[2]),
    ]
    for client in wrong:
        with client, pytest.raises(AuthenticationError) as refused:
            client.authenticate()
        seen += [refused.value, client, client.auth, client.credentials]

    env = user_environment(chaos.info)
    secrets_file = tmp_path / "client_secrets.json"
    secrets_file.write_text(
        json.dumps(
            {
                "web": {
                    "client_id": group["client_id"],
                    "client_secret": group["client_secret"],
                    "token_uri": chaos.info["token_url"],
                }
            }
        )
    )

    async def asynchronous() -> list[object]:
        found: list[object] = []
        async with AsyncIsogeo.from_env(env, trust_env=False) as aclient:
            found += [await aclient.authenticate(), *_public_objects(aclient)]
        async with AsyncIsogeo.from_credentials_file(
            secrets_file, api_url=chaos.info["api_url"], trust_env=False
        ) as from_file:
            found += [await from_file.authenticate(), *_public_objects(from_file)]
        return found

    seen += asyncio.run(asynchronous())
    leak_watch.see(*seen)
    texts = [text for obj in seen for text in (str(obj), repr(obj))] + leak_watch.lines
    assert not [text for text in texts if WRONG_PASSWORD in text or WRONG_SECRET in text]
    assert len(seen) > 80
    _checked("objects and errors inspected", len(seen))


# ---------------------------------------------------------------- plain HTTP, redirects
def test_no_token_goes_over_plain_http_to_a_host_that_is_not_loopback(chaos: Lab, tmp_path: Path) -> None:
    """A recording proxy stands for the network: a token would have to go through it."""
    with serve() as proxy:
        for api_url, id_url in (
            ("http://api.isogeo.example", "http://id.isogeo.example"),
            ("https://api.isogeo.example", "http://id.isogeo.example"),
        ):
            with pytest.raises(InsecureTransportError):
                Isogeo("app", "secret", api_url=api_url, id_url=id_url, proxy=proxy.base_url, trust_env=False)
        with (
            chaos.client(proxy=None) as isogeo,
            pytest.raises(InsecureTransportError, match=r"files\.isogeo\.example"),
        ):
            isogeo.http.get("http://files.isogeo.example/resources/x.bin")
        before = chaos.app.stats.requests
        link = _hosted_link(chaos)
        link["url"] = f"http://evil.example{link['url']}"  # a link cannot send the token elsewhere
        with chaos.client() as isogeo:
            saved = isogeo.links.download_hosted(link, tmp_path)
        assert saved.size == link["size"]

    assert proxy.requests == []
    assert chaos.app.stats.requests - before == 2  # the token, then the download from the sandbox
    _checked("plain-HTTP tokens refused", 4)


def _hosted_link(chaos: Lab) -> dict[str, Any]:
    record = chaos.store.metadata[chaos.info["metadata"]["complete"]]
    return {
        k: v
        for k, v in next(link for link in record.links if link.get("type") == "hosted").items()
        if not k.startswith("~")
    }


@contextmanager
def _two_origins() -> Iterator[tuple[LoopbackServer, OAuthServer, LoopbackServer, LoopbackServer]]:
    """An API with its token endpoint on 127.0.0.1, and two other origins: 127.0.0.2 and localhost."""
    with serve() as api, serve(host="127.0.0.2") as other, serve(host="localhost") as named:
        yield api, OAuthServer(api), other, named


def test_a_redirect_to_another_origin_loses_the_authorization_header(tmp_path: Path) -> None:
    contact = {"_id": "2a3aefc4f80347f590afe58127f6cb0f", "name": "SIG"}
    md, link_id = "0269803d50c446b09f5060ef7fe3e22b", "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f"
    payload = b"PK\x03\x04" + b"x" * 1000
    with _two_origins() as (api, oauth, other, named):
        other.route("GET", r"/contacts/.*", (200, contact, {}))
        named.route(
            "GET", r"/cdn/.*", (200, payload, {"Content-Disposition": 'attachment; filename="data.zip"'})
        )
        oauth.api(
            "GET",
            rf"/contacts/{contact['_id']}",
            (302, None, {"Location": f"{other.base_url}/contacts/{contact['_id']}"}),
        )
        oauth.api(
            "GET",
            rf"/resources/{md}/links/{link_id}\.bin",
            (307, None, {"Location": f"{named.base_url}/cdn/data.zip"}),
        )
        link = {
            "_id": link_id,
            "type": "hosted",
            "size": len(payload),
            "url": f"/resources/{md}/links/{link_id}.bin",
        }
        with Isogeo(
            "isogeo-client-tests-0123456789abcdef0123456789abcdef",
            "SECRET-client-" + "s" * 50,
            api_url=api.base_url,
            id_url=api.base_url,
            trust_env=False,
            retries=RetryPolicy(backoff_factor=0),
        ) as isogeo:
            found = isogeo.call(get_contact, contact["_id"])
            saved = isogeo.links.download_hosted(link, tmp_path)

    assert found.name == "SIG" and saved.path.read_bytes() == payload
    sent_on = other.requests + named.requests
    assert len(sent_on) == 2 and not [r for r in sent_on if "authorization" in r.headers]
    assert all(
        r.headers["authorization"].startswith("Bearer ") for r in api.requests if r.path != "/oauth/token"
    )
    _checked("cross-origin redirects stripped", 2)


# ---------------------------------------------------------------- download jail
NAMES = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "../../etc/passwd",
            "..\\..\\windows\\system32\\config",
            "/etc/shadow",
            "C:\\autoexec.bat",
            "..",
            ".",
            ".bashrc",
            "CON",
            "nul.txt",
            "a/../../b",
            "%2e%2e%2fescape",
            "\x00evil",
            "x" * 400,
            "é/../../ü",
            "~/.ssh/authorized_keys",
        ]
    ),
)


def _disposition(name: str, encoded: bool) -> str:
    """The header a hostile server sends: RFC 5987 (any character) or a plain quoted latin-1 name."""
    if encoded:
        return "attachment; filename*=UTF-8''" + urllib.parse.quote(name, safe="")
    printable = "".join(c for c in name if " " <= c <= "~" or "\xa0" <= c <= "\xff")
    return 'attachment; filename="' + printable.replace('"', "") + '"'


@pytest.fixture(scope="module")
def hostile_api() -> Iterator[tuple[LoopbackServer, dict[str, str]]]:
    with serve() as api:
        oauth = OAuthServer(api)
        state: dict[str, str] = {}

        def download(_req: RecordedRequest, _match: re.Match[str]) -> Reply:
            return 200, b"data", {"Content-Disposition": state["disposition"]}

        oauth.api("GET", r"/resources/[0-9a-f]{32}/links/[0-9a-f]{32}\.bin", download)
        yield api, state


@settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=NAMES, encoded=st.booleans())
def test_hosted_downloads_never_write_outside_the_target_folder(
    hostile_api: tuple[LoopbackServer, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    encoded: bool,
) -> None:
    api, state = hostile_api
    state["disposition"] = _disposition(name, encoded)
    base = tmp_path_factory.mktemp("jail")
    target = base / "downloads"
    link = {
        "_id": "5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f",
        "type": "hosted",
        "size": 4,
        "url": "/resources/0269803d50c446b09f5060ef7fe3e22b/links/5b1d3f5e7a9c4b2d8e0f1a2b3c4d5e6f.bin",
    }
    with Isogeo(
        "isogeo-client-tests-0123456789abcdef0123456789abcdef",
        "SECRET-client-" + "s" * 50,
        api_url=api.base_url,
        id_url=api.base_url,
        trust_env=False,
    ) as isogeo:
        saved = isogeo.links.download_hosted(link, target)

    written = sorted(p for p in base.rglob("*") if p.is_file())
    assert written == [saved.path] and saved.path.parent == target.resolve()
    assert saved.path.read_bytes() == b"data"
    FIGURES.inputs_fuzzed += 1
    _checked("hostile file names jailed")


# ---------------------------------------------------------------- read-only tokens
def test_a_read_only_group_token_cannot_write(chaos: Lab, tmp_path: Path) -> None:
    workgroup, md = chaos.info["workgroups"]["test"], chaos.info["metadata"]["vector"]
    contacts, links = len(chaos.store.contacts), len(chaos.store.metadata[md].links)
    title = chaos.store.metadata[md].fields.get("title")
    source = tmp_path / "refused.zip"
    source.write_bytes(b"x" * 100)
    before = chaos.snapshot()

    with chaos.client() as writer:
        contact = writer.contacts.get(chaos.info["contact"])
    with chaos.client("group") as reader:
        assert reader.search(page_size=1).total > 0  # reading shared metadata is allowed
        attempts = [
            lambda: reader.contacts.create(workgroup, name="refused"),
            lambda: reader.contacts.update(contact),
            lambda: reader.contacts.delete(workgroup, contact.sys_id),
            lambda: reader.links.upload_hosted({"_id": md, "type": "vectorDataset"}, source),
        ]
        refused = []
        for attempt in attempts:
            with pytest.raises(PermissionDeniedError) as caught:
                attempt()
            refused.append(caught.value)
        reader.bulk.prepare(md, "update", "title", "refused")
        with pytest.raises(BulkSendError) as bulk:
            reader.bulk.send()

    assert isinstance(bulk.value.error, PermissionDeniedError) and len(bulk.value.pending) == 1
    assert all(
        e.status_code == 403 and e.request_id and e.method in ("POST", "PUT", "DELETE") for e in refused
    )
    caused = chaos.snapshot() - before
    assert sum(n for key, n in caused.statuses.items() if key.endswith(":403")) == 5
    assert len(chaos.store.contacts) == contacts and len(chaos.store.metadata[md].links) == links
    assert chaos.store.metadata[md].fields.get("title") == title
    _checked("read-only writes refused (403)", 5)
