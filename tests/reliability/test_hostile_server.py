"""A byte-level hostile server against the sync and the async client (:mod:`tests.reliability.hostile`).

Every case must end with the documented typed error (or a correct result), within a bound of time
and memory, with no secret in the message, the repr, the attributes, the chained exceptions or
the DEBUG logs.
"""

from __future__ import annotations

import gzip
import json
import logging
import socket
import time
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import pytest

from isogeo import AsyncIsogeo, Isogeo, Timeouts
from isogeo import errors as e
from tests.reliability.figures import FIGURES
from tests.reliability.hostile import (
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    SECRETS,
    HostileServer,
    Request,
    client_options,
    hostile,
    http_response,
    json_token,
    texts_of,
)
from tests.reliability.leaks import LeakWatch

pytestmark = pytest.mark.integration

KINDS = ("sync", "async")
METADATA_ID = "0269803d50c446b09f5060ef7fe3e22b"


def _read_metadata(server: HostileServer, kind: str, **options: Any) -> Any:
    """Read one metadata with a client of ``kind``; returns the result or the exception raised."""
    settings = client_options(server, **options)
    if kind == "sync":
        with Isogeo(**settings) as isogeo:  # type: ignore[arg-type]
            try:
                return isogeo.metadata.get(METADATA_ID)
            except Exception as exc:
                return exc

    async def run() -> Any:
        async with AsyncIsogeo(**settings) as isogeo:  # type: ignore[arg-type]
            try:
                return await isogeo.metadata.get(METADATA_ID)
            except Exception as exc:
                return exc

    return anyio.run(run)


def _no_secret(outcome: object, leak_watch: LeakWatch) -> None:
    texts = texts_of(outcome) if isinstance(outcome, BaseException) else [str(outcome), repr(outcome)]
    blob = "\n".join(texts + leak_watch.lines)
    FIGURES.texts_scanned += len(texts)
    found = [f"secret #{SECRETS.index(s)}" for s in SECRETS if s in blob]
    assert not found, f"secrets leaked: {found}"


def _count(case: str) -> None:
    FIGURES.hostile[case] += 1


@pytest.fixture(autouse=True)
def _debug_logs() -> Iterator[None]:
    # httpcore and httpx log their own DEBUG lines (headers included) only at DEBUG.
    loggers = [logging.getLogger(name) for name in ("httpcore", "httpx", "isogeo")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    yield
    for logger, level in zip(loggers, levels, strict=True):
        logger.setLevel(level)


def _api_unreached(request: Request, conn: socket.socket, _server: HostileServer) -> None:
    conn.sendall(http_response(500, b"the API should not have been reached"))


def _token_answer(body: bytes, content_type: str) -> Callable[[Request, socket.socket, HostileServer], None]:
    def answer(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        conn.sendall(http_response(200, body, {"Content-Type": content_type}))

    return answer


# ---------------------------------------------------------------- secrets
TOKEN_BODIES = {
    "form-encoded": (
        f"access_token={ACCESS_TOKEN}&token_type=bearer&expires_in=3600&refresh_token={REFRESH_TOKEN}".encode(),
        "application/x-www-form-urlencoded",
    ),
    "json-cut-short": (json_token()[:-30], "application/json"),
    "html-echo": (f"<html>token {ACCESS_TOKEN} / {REFRESH_TOKEN}</html>".encode(), "text/html"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("shape", sorted(TOKEN_BODIES))
def test_a_token_answer_that_is_not_json_leaks_no_token(kind: str, shape: str, leak_watch: LeakWatch) -> None:
    body, content_type = TOKEN_BODIES[shape]
    with hostile(_api_unreached, _token_answer(body, content_type)) as server:
        outcome = _read_metadata(server, kind)
    assert isinstance(outcome, e.MalformedResponseError), outcome
    assert outcome.status_code == 200
    _no_secret(outcome, leak_watch)
    assert not [r for r in server.requests if not r.path.startswith("/oauth/token")]
    _count("token answer not JSON: Bad, withheld")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", ["\n", "\r\nX-Injected: 1", " ", "\x00", "é"])
def test_a_token_with_an_illegal_character_is_refused_when_received(
    kind: str, suffix: str, leak_watch: LeakWatch
) -> None:
    body = json_token(ACCESS_TOKEN + suffix)
    with hostile(_api_unreached, _token_answer(body, "application/json")) as server:
        outcome = _read_metadata(server, kind)
    assert isinstance(outcome, e.MalformedResponseError), outcome
    assert "access_token" in str(outcome)
    _no_secret(outcome, leak_watch)
    assert not [r for r in server.requests if not r.path.startswith("/oauth/token")]
    _count("token with a CR/LF/NUL...: Bad, unsent")


# ---------------------------------------------------------------- resource limits
def _gzip_bomb(decoded_size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(b'{"_id": "')]
    parts += [compressor.compress(zeros) for _ in range(decoded_size >> 20)]
    parts.append(compressor.flush())
    return b"".join(parts)


@pytest.mark.parametrize("kind", KINDS)
def test_a_gzip_bomb_is_stopped_at_the_decoded_size_limit(kind: str, leak_watch: LeakWatch) -> None:
    bomb = _gzip_bomb(256 << 20)  # 256 MiB of zeros in about 256 KiB

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        conn.sendall(http_response(200, bomb, headers))

    from isogeo import ResponseLimits

    limit = 8 << 20
    with hostile(api) as server:
        started = time.monotonic()
        outcome = _read_metadata(server, kind, response_limits=ResponseLimits(max_body_size=limit))
        took = time.monotonic() - started
    assert isinstance(outcome, e.ResponseTooLargeError), outcome
    assert outcome.limit == limit
    assert took < 10
    _no_secret(outcome, leak_watch)
    _count("gzip bomb (256 MiB): TooLarge")


@pytest.mark.parametrize("kind", KINDS)
def test_a_body_larger_than_the_limit_is_refused_without_compression(
    kind: str, leak_watch: LeakWatch
) -> None:
    from isogeo import ResponseLimits

    body = b'{"_id": "' + b"x" * (3 << 20) + b'"}'

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        conn.sendall(http_response(200, body, {"Content-Type": "application/json"}))

    with hostile(api) as server:
        outcome = _read_metadata(server, kind, response_limits=ResponseLimits(max_body_size=1 << 20))
    assert isinstance(outcome, e.ResponseTooLargeError), outcome
    _no_secret(outcome, leak_watch)
    _count("body over max_body_size: TooLarge")


def test_a_small_gzip_body_still_decodes() -> None:
    payload = {"_id": METADATA_ID, "type": "vectorDataset", "_created": "2020-01-01T00:00:00+00:00"}
    body = gzip.compress(json.dumps(payload).encode())

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        conn.sendall(http_response(200, body, headers))

    with hostile(api) as server:
        outcome = _read_metadata(server, "sync")
    assert not isinstance(outcome, BaseException), outcome
    assert outcome.sys_id == METADATA_ID


def _trickle(request: Request, conn: socket.socket, server: HostileServer) -> None:
    body = json.dumps({"_id": METADATA_ID, "type": "vectorDataset"}).encode()
    conn.sendall(
        http_response(200, b"", {"Content-Type": "application/json", "Content-Length": str(len(body))})
    )
    for byte in body:
        if not server.sleep(0.2):
            return
        conn.sendall(bytes([byte]))


def _endless_continue(request: Request, conn: socket.socket, server: HostileServer) -> None:
    while server.sleep(0.1):
        conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", [_trickle, _endless_continue], ids=["1-byte-per-tick", "endless-100"])
def test_an_attempt_that_never_ends_hits_the_attempt_deadline(
    kind: str, answer: Callable[[Request, socket.socket, HostileServer], None], leak_watch: LeakWatch
) -> None:
    timeouts = Timeouts(read=2.0, attempt=1.5, call=10.0)
    with hostile(answer) as server:
        started = time.monotonic()
        outcome = _read_metadata(server, kind, timeouts=timeouts)
        took = time.monotonic() - started
    assert isinstance(outcome, e.APITimeoutError), outcome
    assert "deadline" in str(outcome)
    assert took < 6, took
    _no_secret(outcome, leak_watch)
    _count(f"{answer.__name__.strip('_').replace('_', ' ')}: Timeout")


@pytest.mark.parametrize("kind", KINDS)
def test_retries_stop_at_the_call_deadline(kind: str, leak_watch: LeakWatch) -> None:
    from isogeo import RetryPolicy

    timeouts = Timeouts(read=5.0, attempt=1.0, call=2.5)
    retries = RetryPolicy(max_retries=50, backoff_factor=0.0, methods=frozenset({"GET"}))
    with hostile(_trickle) as server:
        started = time.monotonic()
        outcome = _read_metadata(server, kind, timeouts=timeouts, retries=retries)
        took = time.monotonic() - started
    assert isinstance(outcome, e.APITimeoutError), outcome
    assert took < 5, took
    api_requests = [r for r in server.requests if not r.path.startswith("/oauth/token")]
    assert 2 <= len(api_requests) <= 4
    _count("retries past the call deadline: Timeout")


# ---------------------------------------------------------------- typed errors
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "1e9", "-5", "soon"])
def test_a_retry_after_that_is_not_ascii_digits_is_ignored(
    kind: str, value: str, leak_watch: LeakWatch
) -> None:
    def encoded(request: Request, conn: socket.socket, server: HostileServer) -> None:
        # Header values travel as bytes: send the digit in UTF-8, as a hostile server would.
        raw = http_response(503, b"{}", {"Content-Type": "application/json", "Retry-After": "RA"})
        conn.sendall(raw.replace(b"RA", value.encode()))

    with hostile(encoded) as server:
        outcome = _read_metadata(server, kind)
    assert isinstance(outcome, e.InternalServerError), outcome
    assert outcome.retry_after is None
    _count("Retry-After not ASCII digits: ignored")


@pytest.mark.parametrize("kind", KINDS)
def test_an_api_answer_cut_short_chains_no_exception_holding_the_body(
    kind: str, leak_watch: LeakWatch
) -> None:
    body = json.dumps({"_id": METADATA_ID, "urlToken": ACCESS_TOKEN, "type": "vectorDataset"}).encode()[:-20]

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        conn.sendall(http_response(200, body, {"Content-Type": "application/json"}))

    with hostile(api) as server:
        outcome = _read_metadata(server, kind)
    assert isinstance(outcome, e.MalformedResponseError), outcome
    assert outcome.__cause__ is None and outcome.__context__ is None
    _count("API body cut short: Bad, nothing chained")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("expires_in", [0, -30, 0.001])
def test_a_nonsense_token_lifetime_is_floored_with_a_warning(
    kind: str, expires_in: float, caplog: pytest.LogCaptureFixture
) -> None:
    payload = json.dumps({"_id": METADATA_ID, "type": "vectorDataset"}).encode()

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        conn.sendall(http_response(200, payload, {"Content-Type": "application/json"}))

    with hostile(api, _token_answer(json_token(expires_in=expires_in), "application/json")) as server:
        for _ in range(3):
            outcome = _read_metadata_twice(server, kind)
            assert not isinstance(outcome, BaseException), outcome
        token_requests = [r for r in server.requests if r.path.startswith("/oauth/token")]
    assert len(token_requests) == 3  # one per client, not one per request
    assert "lifetime" in caplog.text
    _count("expires_in <= 0: floored, 1 token")


def _read_metadata_twice(server: HostileServer, kind: str) -> Any:
    settings = client_options(server)
    if kind == "sync":
        with Isogeo(**settings) as isogeo:  # type: ignore[arg-type]
            isogeo.metadata.get(METADATA_ID)
            return isogeo.metadata.get(METADATA_ID)

    async def run() -> Any:
        async with AsyncIsogeo(**settings) as isogeo:  # type: ignore[arg-type]
            await isogeo.metadata.get(METADATA_ID)
            return await isogeo.metadata.get(METADATA_ID)

    return anyio.run(run)


# ---------------------------------------------------------------- pagination
def _search_server(
    total: object, results_at: Callable[[int, int], list[dict[str, Any]]]
) -> Callable[[Request, socket.socket, HostileServer], None]:
    """A metadata search answering ``results_at(offset, limit)`` with ``total`` on every page."""

    def api(request: Request, conn: socket.socket, _server: HostileServer) -> None:
        from urllib.parse import parse_qs, urlsplit

        query = parse_qs(urlsplit(request.path).query)
        offset, limit = int(query.get("_offset", ["0"])[0]), int(query.get("_limit", ["20"])[0])
        body = {"total": total, "offset": offset, "limit": limit, "results": results_at(offset, limit)}
        conn.sendall(http_response(200, json.dumps(body).encode(), {"Content-Type": "application/json"}))

    return api


def _records(offset: int, limit: int, *, numeric: bool = False) -> list[dict[str, Any]]:
    return [
        {"_id": n if numeric else f"{n:032x}", "type": "vectorDataset"} for n in range(offset, offset + limit)
    ]


def _search(server: HostileServer, kind: str, how: str) -> tuple[Any, int]:
    """(outcome of ``search.all()`` or ``list(search.iter())``, API requests the server received)."""
    settings = client_options(server)

    def api_requests() -> int:
        return len([r for r in server.requests if not r.path.startswith("/oauth/token")])

    if kind == "sync":
        with Isogeo(**settings) as isogeo:  # type: ignore[arg-type]
            try:
                outcome: Any = isogeo.search.all() if how == "all" else list(isogeo.search.iter())
            except Exception as exc:
                outcome = exc
        return outcome, api_requests()

    async def run() -> Any:
        async with AsyncIsogeo(**settings) as isogeo:  # type: ignore[arg-type]
            try:
                if how == "all":
                    return await isogeo.search.all()
                return [md async for md in isogeo.search.iter()]
            except Exception as exc:
                return exc

    return anyio.run(run), api_requests()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["all", "iter"])
def test_a_total_of_ten_to_the_twelve_is_refused_before_the_pages(kind: str, how: str) -> None:
    with hostile(_search_server(10**12, _records)) as server:
        started = time.monotonic()
        outcome, requests = _search(server, kind, how)
        took = time.monotonic() - started
    assert isinstance(outcome, e.InconsistentPagesError), outcome
    assert "10000 pages" in str(outcome)
    assert requests == 1 and took < 5
    _count("total 10**12: Pages, 1 request")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["all", "iter"])
def test_a_null_total_with_the_same_full_page_forever_stops_at_once(kind: str, how: str) -> None:
    # ``total`` is a required integer: a page without one is a malformed answer, refused at
    # the first page with the field named (before decoding was checked, this fetched pages
    # until it saw the same ids twice).
    with hostile(_search_server(None, lambda offset, limit: _records(0, limit))) as server:
        outcome, requests = _search(server, kind, how)
    assert isinstance(outcome, e.PageFetchError), outcome
    assert isinstance(outcome.error, e.MalformedResponseError), outcome.error
    assert (outcome.error.model, outcome.error.field) == ("MetadataSearch", "total")
    assert requests == 1
    _count("total null: Bad, 1 request")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["all", "iter"])
def test_an_empty_page_before_the_total_raises_in_both_ways(kind: str, how: str) -> None:
    def results(offset: int, limit: int) -> list[dict[str, Any]]:
        return _records(offset, min(limit, 100 - offset)) if offset < 100 else []

    with hostile(_search_server(250, results)) as server:
        outcome, _ = _search(server, kind, how)
    assert isinstance(outcome, e.InconsistentPagesError), outcome
    assert (outcome.expected, outcome.received) == (250, 100)
    _count("empty page before total: Pages")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("how", ["all", "iter"])
def test_ids_sent_as_numbers_are_refused_before_the_duplicate_check(kind: str, how: str) -> None:
    # An ``_id`` is text: numbers are a malformed answer naming the field, so they can no
    # longer slip past the duplicate check of whole results (250 results, 200 distinct).
    def results(offset: int, limit: int) -> list[dict[str, Any]]:
        return _records(offset % 200, min(limit, 250 - offset), numeric=True)

    with hostile(_search_server(250, results)) as server:
        outcome, requests = _search(server, kind, how)
    assert isinstance(outcome, e.PageFetchError), outcome
    assert isinstance(outcome.error, e.MalformedResponseError), outcome.error
    assert (outcome.error.model, outcome.error.field) == ("Metadata", "_id")
    assert requests >= 1
    _count("numeric ids: Bad")


# ---------------------------------------------------------------- typed errors of the front door
def _metadata_answer(request: Request, conn: socket.socket, _server: HostileServer) -> None:
    body = json.dumps({"_id": METADATA_ID, "type": "vectorDataset"}).encode()
    conn.sendall(http_response(200, body, {"Content-Type": "application/json"}))


def test_a_closed_client_raises_a_typed_error() -> None:
    with hostile(_metadata_answer) as server:
        isogeo = Isogeo(**client_options(server))  # type: ignore[arg-type]
        isogeo.metadata.get(METADATA_ID)
        isogeo.close()
        isogeo.auth.invalidate()  # else authenticate() returns the cached token without a request
        for use in (lambda: isogeo.metadata.get(METADATA_ID), isogeo.authenticate):
            with pytest.raises(e.ClientClosedError, match="closed") as caught:
                use()
            assert isinstance(caught.value, RuntimeError)

        async def run() -> None:
            aisogeo = AsyncIsogeo(**client_options(server))  # type: ignore[arg-type]
            async with aisogeo:
                await aisogeo.metadata.get(METADATA_ID)
            with pytest.raises(e.ClientClosedError, match="closed"):
                await aisogeo.metadata.get(METADATA_ID)
            aisogeo.auth.invalidate()
            with pytest.raises(e.ClientClosedError, match="closed"):
                await aisogeo.authenticate()

        anyio.run(run)
    _count("used after close(): Closed")


def _event_answer(request: Request, conn: socket.socket, _server: HostileServer) -> None:
    sent = json.loads(request.body)
    body = json.dumps({"_id": "e" * 32, **sent}).encode()
    conn.sendall(http_response(201, body, {"Content-Type": "application/json"}, reason="Created"))


def test_dates_and_enum_strings_in_a_body_are_converted_or_refused_before_any_request() -> None:
    import datetime

    from isogeo_api.api.event import create_metadata_event
    from isogeo_api.models import EventCreate

    with hostile(_event_answer) as server, Isogeo(**client_options(server)) as isogeo:  # type: ignore[arg-type]
        natural = EventCreate(date=datetime.date(2024, 3, 1), description="x", kind="update")  # type: ignore[arg-type]
        event = isogeo.call(create_metadata_event, METADATA_ID, body=natural)
        as_mapping = {"date": datetime.datetime(2024, 3, 1, 12, tzinfo=datetime.UTC), "kind": "creation"}
        isogeo.call(create_metadata_event, METADATA_ID, body={**as_mapping, "description": None})
        sent = [json.loads(r.body) for r in server.requests if "/events" in r.path]
        for bad, field in (
            (EventCreate(date="2024-03-01", description="x", kind="updated"), "body.kind"),  # type: ignore[arg-type]
            (EventCreate(date={2024}, description="x", kind="update"), "body.date"),  # type: ignore[arg-type]
        ):
            with pytest.raises(e.InvalidInputError) as refused:
                isogeo.call(create_metadata_event, METADATA_ID, body=bad)
            assert refused.value.argument == field
        api_requests = [r for r in server.requests if "/events" in r.path]
    assert sent == [
        {"date": "2024-03-01", "kind": "update", "description": "x"},
        {"date": "2024-03-01T12:00:00+00:00", "kind": "creation", "description": None},
    ]
    assert len(api_requests) == 2  # the refused bodies sent nothing
    assert event.sys_id == "e" * 32
    _count("dates, enum strings in a body: converted")
