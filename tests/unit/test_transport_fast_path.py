"""The transport's per-request bookkeeping, kept cheap without changing what it does.

* every request shares its client's retry policy, which reads the attempts of the request being
  sent (``Retry-After``, call deadline) from ``isogeo.retries.CURRENT_ATTEMPTS``: concurrent
  requests never read each other's;
* a body read in advance is handed to httpx as read: the response ends closed, with ``elapsed``,
  as after httpx's own read;
* no attempt deadline (``Timeouts(attempt=None)``) is a valid setting;
* the cookie jar reads only the answers that set cookies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http.cookiejar import CookieJar
from typing import Any

import anyio
import httpx
import pytest

from isogeo import AsyncIsogeo, Isogeo, RetryPolicy, Timeouts
from isogeo._core.transport import BufferedResponse, IsogeoTransport

MD = "0269803d50c446b09f5060ef7fe3e22b"
TOKEN = {"access_token": "t" * 20, "token_type": "bearer", "expires_in": 3600}
RECORD = {"_id": MD, "title": "Routes", "type": "vectorDataset"}
API = "http://127.0.0.1:9/api"


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return httpx.Response(200, json=TOKEN)
    return httpx.Response(200, json=RECORD, headers={"X-Request-Id": "r-1"})


def _client(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Isogeo:
    return Isogeo("app", "secret", api_url=API, id_url=API, transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]


def test_no_attempt_deadline_is_a_valid_setting() -> None:
    with _client(_answer, timeouts=Timeouts(attempt=None)) as isogeo:
        assert isogeo.metadata.get(MD).sys_id == MD


def test_a_body_read_in_advance_ends_as_after_httpx_read() -> None:
    with _client(_answer) as isogeo:
        response = isogeo.http.get(f"/resources/{MD}")

    assert isinstance(response, BufferedResponse)
    assert json.loads(response.content) == RECORD
    assert response.is_closed and response.is_stream_consumed
    assert response.elapsed.total_seconds() >= 0
    assert b"".join(response.iter_bytes()) == response.content


@pytest.mark.anyio
async def test_an_async_body_read_in_advance_ends_as_after_httpx_read() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return _answer(request)

    async with AsyncIsogeo(
        "app", "secret", api_url=API, id_url=API, transport=httpx.MockTransport(answer)
    ) as isogeo:
        response = await isogeo.http.get(f"/resources/{MD}")
        assert (await isogeo.metadata.get(MD)).title == "Routes"

    assert response.is_closed and response.elapsed.total_seconds() >= 0
    assert json.loads(response.content) == RECORD


def test_a_buffered_response_built_from_content_reads_as_httpx_does() -> None:
    response = BufferedResponse(200, content=b'{"a": 1}')
    assert response.json() == {"a": 1} and response.is_closed


@pytest.mark.anyio
async def test_concurrent_requests_read_their_own_retry_after() -> None:
    """One request is answered 429 with ``Retry-After: 30`` (beyond the policy's waits: not retried),
    the other 503 without it (retried at once): each decision reads its own request's answer, though
    both requests share one policy object and interleave."""
    seen: dict[str, int] = {"limited": 0, "unavailable": 0}
    both_in_flight = anyio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        name = request.url.path.rsplit("/", 1)[-1]
        seen[name] += 1
        if seen["limited"] and seen["unavailable"]:
            both_in_flight.set()
        with anyio.fail_after(5):
            await both_in_flight.wait()
        if name == "limited":
            await anyio.sleep(0.05)  # answered after the other one's first answer
            return httpx.Response(429, headers={"Retry-After": "30"})
        if seen[name] == 1:
            return httpx.Response(503)
        return httpx.Response(200, json={})

    policy = RetryPolicy(max_retries=2, backoff_factor=0.0, max_backoff=2.0)
    transport = IsogeoTransport(httpx.MockTransport(answer), policy)
    outcomes: dict[str, int] = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://h") as client:

        async def get(name: str) -> None:
            outcomes[name] = (await client.get(f"/{name}")).status_code

        async with anyio.create_task_group() as group:
            group.start_soon(get, "limited")
            group.start_soon(get, "unavailable")

    assert outcomes == {"limited": 429, "unavailable": 200}
    assert seen == {"limited": 1, "unavailable": 2}


def test_cookies_are_read_only_from_answers_that_set_some(monkeypatch: pytest.MonkeyPatch) -> None:
    """The jar reads an answer only when it has ``Set-Cookie``: a cookie the API sets (a load
    balancer's affinity, say) is still kept and sent back, and the others cost nothing."""
    read: list[int] = []
    original = CookieJar.extract_cookies

    def counting(self: CookieJar, response: Any, request: Any) -> None:
        read.append(1)
        original(self, response, request)

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return _answer(request)
        sent.append(request)
        headers = {"Set-Cookie": "AWSALB=abc; Path=/"} if len(sent) == 2 else {}
        return httpx.Response(200, json=RECORD, headers=headers)

    with _client(answer) as isogeo:
        isogeo.authenticate()
        monkeypatch.setattr(CookieJar, "extract_cookies", counting)
        for _ in range(3):
            isogeo.metadata.get(MD)
        isogeo.http.cookies = {"k": "v"}
        isogeo.metadata.get(MD)

    assert "cookie" not in sent[0].headers and "cookie" not in sent[1].headers
    assert sent[2].headers["cookie"] == "AWSALB=abc"
    assert sent[3].headers["cookie"] == "k=v"
    assert read == [1]  # only the answer that set a cookie went through the standard library's jar
