"""The fault matrix: every sandbox fault x every operation class, sync and async, over real sockets.

:data:`MATRIX` writes down what must happen in each cell — ``RECOVERED`` (the caller never sees the
fault) or the typed error the caller gets — and, for writes, how many times the write took effect
*server-side*. The rules behind it (CONTRIBUTING.md, "Reliability"; the errors guide):

* idempotent requests (GET, PUT) are retried on 429/502/503/504, connection errors and timeouts
  (2 retries); a POST never is: it surfaces a typed error and is never sent twice — except after a
  401, which the server refused before acting (the client then gets a new token and re-sends once);
* 500 is not retried (the server failed while acting on the request);
* a ``Retry-After`` longer than the policy's ``max_backoff`` is not shortened: no retry, the
  caller gets the error with ``retry_after``;
* a 2xx body that does not parse (truncated JSON after a broken connection is a connection error;
  invalid JSON or an HTML page with 200 is :class:`~isogeo.errors.MalformedResponseError`);
* helpers that send several requests wrap the failure: ``PageFetchError`` (whole-results search,
  naming the page's offset), ``BulkSendError`` (bulk, keeping the unsent change queued).

Each cell also checks: the fault really fired; a success equals the sandbox's own state (every
search result exactly once, in order; downloaded bytes identical); a POST reached the server once
(twice only around a 401); a failed download left no file; and no secret showed anywhere.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from isogeo import RetryPolicy, Timeouts
from isogeo.config import RetryEvent
from isogeo.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BulkSendError,
    InternalServerError,
    IsogeoError,
    MalformedResponseError,
    PageFetchError,
    RateLimitError,
)
from tests.reliability.figures import FIGURES
from tests.reliability.lab import Lab
from tests.reliability.leaks import LeakWatch
from tests.reliability.operations import OPERATIONS, SEARCH_FAULT_PAGE, Case, Operation

pytestmark = pytest.mark.integration

READ_TIMEOUT = 0.6
SPIKE_MS = 1000
"""The spike outlasts the read timeout by 0.4 s."""
MAX_BACKOFF = 5.0
"""The matrix's policy caps one wait at 5 s (30 s by default), so a long Retry-After is quick to test."""


@dataclass(frozen=True)
class Fault:
    spec: str
    """Sandbox fault rules; ``{scope}`` becomes the operation's scope (its operationId, a page...)."""
    reason: str
    token_endpoint: bool = False
    """The fault hits the token endpoint (the operation's requests never leave)."""
    read_timeout: float = 15.0
    """The client's read timeout (short only where the fault is a spike beyond it)."""


FAULTS: dict[str, Fault] = {
    "spike": Fault(
        f"spike={SPIKE_MS},count=1,{{scope}}",
        "latency beyond the read timeout: idempotent requests time out and are retried; a POST "
        "is not, and the server may still act after the client gave up (at most once)",
        read_timeout=READ_TIMEOUT,
    ),
    "429": Fault(
        "status=429,retry-after=1,count=1,{scope}",
        "rate limited: idempotent requests wait Retry-After (1 s) and retry; a POST is not re-sent",
    ),
    "429-long": Fault(
        "status=429,retry-after=30,count=1,{scope}",
        f"Retry-After (30 s) beyond max_backoff ({MAX_BACKOFF:.0f} s): no early retry, "
        "RateLimitError.retry_after tells the caller when",
    ),
    "500": Fault("status=500,count=1,{scope}", "500 is never retried: the server failed while acting"),
    "5xx-burst": Fault(
        "status=502,count=1,{scope};status=503,count=1,{scope}",
        "502 then 503, within the 2 retries: idempotent requests recover; a POST gets the 502",
    ),
    "5xx-burst-long": Fault(
        "status=502,count=1,{scope};status=503,count=1,{scope};status=504,count=1,{scope}",
        "502, 503, 504: one more than the retries; the last status surfaces",
    ),
    "reset": Fault(
        "reset,count=1,{scope}",
        "TCP reset before any answer: idempotent requests are retried; a POST surfaces "
        "APIConnectionError (the sandbox resets before acting)",
    ),
    "drop": Fault("drop,count=1,{scope}", "connection closed without an answer: as a reset"),
    "truncate": Fault(
        "truncate,count=1,{scope}",
        "the body stops half-way: a non-streamed idempotent read is retried; a POST was applied but "
        "its answer is lost (APIConnectionError, applied once); a streamed download already "
        "returned its headers (APIConnectionError, partial file removed)",
    ),
    "invalid-json": Fault(
        "invalid-json,count=1,{scope}",
        "200 whose body is not JSON: MalformedResponseError (status, excerpt, request id); a "
        "download whose size differs from the link's is one too",
    ),
    "html": Fault("html,count=1,{scope}", "a proxy's HTML page with 200: as invalid JSON"),
    "token-expiry": Fault(
        "expire-tokens,count=1,{scope}",
        "every token expires just before the request: 401, new token, the request re-sent once",
    ),
    "token-down": Fault(
        "status=503,path=/oauth/token",
        "the token endpoint answers 503 (retried twice): InternalServerError, nothing sent to the API",
        token_endpoint=True,
    ),
    "token-blip": Fault(
        "status=503,count=1,path=/oauth/token",
        "one 503 of the token endpoint: token requests are retried (asking twice creates nothing)",
        token_endpoint=True,
    ),
}


@dataclass(frozen=True)
class Outcome:
    error: type[IsogeoError] | None = None
    """None: recovered; else the class the caller catches."""
    cause: type[IsogeoError] | None = None
    """For PageFetchError / BulkSendError: the class of the wrapped ``.error``."""
    applied: tuple[int, int] | None = None
    """Writes: how many times the write took effect server-side (min, max)."""

    def __str__(self) -> str:
        text = "recovered" if self.error is None else self.error.__name__
        if self.cause is not None:
            text += f"({self.cause.__name__})"
        if self.applied is not None:
            low, high = self.applied
            text += f", applied {low}" if low == high else f", applied {low}..{high}"
        return text


ERRORS: dict[str, type[IsogeoError]] = {
    "Timeout": APITimeoutError,
    "Conn": APIConnectionError,
    "ISE": InternalServerError,
    "Rate": RateLimitError,
    "Bad": MalformedResponseError,
    "Page": PageFetchError,
    "Bulk": BulkSendError,
}
_CELL = re.compile(r"(?P<error>\w+)(?:\((?P<cause>\w+)\))?(?::(?P<low>\d)(?:-(?P<high>\d))?)?")


def parse_cell(text: str) -> Outcome:
    """``ok``, ``ok:1``, ``Conn:0``, ``Timeout:0-1``, ``Page(Rate)``, ``Bulk(Conn):1`` (see the legend)."""
    found = _CELL.fullmatch(text)
    assert found, text
    name, cause, low, high = found.group("error", "cause", "low", "high")
    applied = None if low is None else (int(low), int(high or low))
    return Outcome(None if name == "ok" else ERRORS[name], ERRORS[cause] if cause else None, applied)


COLUMNS = ("read", "create", "update", "search", "bulk", "download", "upload")
# Legend. ok: recovered, the caller never sees the fault. Otherwise the error the caller catches:
# Timeout = APITimeoutError, Conn = APIConnectionError, ISE = InternalServerError, Rate =
# RateLimitError (with retry_after), Bad = MalformedResponseError, Page(X) = PageFetchError
# wrapping X, Bulk(X) = BulkSendError wrapping X. Writes, ":n": how many times the write took
# effect server-side; ":0-1": at most once (the server may act after the client gave up).
# fmt: off
TABLE: dict[str, str] = {
    #                  read  create       update  search      bulk               download upload
    "spike":          "ok    Timeout:0-1  ok:1    ok          Bulk(Timeout):0-1  ok       Timeout:0-1",
    "429":            "ok    Rate:0       ok:1    ok          Bulk(Rate):0       ok       Rate:0",
    "429-long":       "Rate  Rate:0       Rate:0  Page(Rate)  Bulk(Rate):0       Rate     Rate:0",
    "500":            "ISE   ISE:0        ISE:0   Page(ISE)   Bulk(ISE):0        ISE      ISE:0",
    "5xx-burst":      "ok    ISE:0        ok:1    ok          Bulk(ISE):0        ok       ISE:0",
    "5xx-burst-long": "ISE   ISE:0        ISE:0   Page(ISE)   Bulk(ISE):0        ISE      ISE:0",
    "reset":          "ok    Conn:0       ok:1    ok          Bulk(Conn):0       ok       Conn:0",
    "drop":           "ok    Conn:0       ok:1    ok          Bulk(Conn):0       ok       Conn:0",
    "truncate":       "ok    Conn:1       ok:1    ok          Bulk(Conn):1       Conn     Conn:1",
    "invalid-json":   "Bad   Bad:0        Bad:0   Page(Bad)   Bulk(Bad):0        Bad      Bad:0",
    "html":           "Bad   Bad:0        Bad:0   Page(Bad)   Bulk(Bad):0        Bad      Bad:0",
    "token-expiry":   "ok    ok:1         ok:1    ok          ok:1               ok       ok:1",
    "token-down":     "ISE   ISE:0        ISE:0   Page(ISE)   Bulk(ISE):0        ISE      ISE:0",
    "token-blip":     "ok    ok:1         ok:1    ok          ok:1               ok       ok:1",
}
# fmt: on
MATRIX: dict[str, dict[str, Outcome]] = {
    fault: dict(zip(COLUMNS, map(parse_cell, row.split()), strict=True)) for fault, row in TABLE.items()
}


CELLS = [
    pytest.param(fault, op, flavour, id=f"{fault}-{op}-{flavour}")
    for fault in MATRIX
    for op in MATRIX[fault]
    for flavour in ("sync", "async")
]


def test_the_matrix_covers_every_fault_and_operation_class() -> None:
    assert set(MATRIX) == set(FAULTS)
    writes = {name for name, op in OPERATIONS.items() if type(op).effect is not Operation.effect}
    for row in MATRIX.values():
        assert set(row) == set(OPERATIONS)
        assert {name for name, outcome in row.items() if outcome.applied is not None} == writes


def _client_options(retries: list[RetryEvent], read_timeout: float) -> dict[str, Any]:
    return {
        "retries": RetryPolicy(
            max_retries=2,
            backoff_factor=0.0,
            max_backoff=MAX_BACKOFF,
            max_total_backoff=2 * MAX_BACKOFF,
            on_retry=retries.append,
        ),
        "timeouts": Timeouts(connect=5, read=read_timeout, write=5, pool=5, search_read=read_timeout),
    }


def _run(lab: Lab, op: Operation, case: Case, flavour: str, watch: LeakWatch, options: dict[str, Any]) -> Any:
    """(result, None) or (None, typed error); anything else escapes and fails the cell."""
    if flavour == "sync":
        with lab.client(**options) as client:
            watch.see(client, client.auth, client.credentials)
            try:
                return op.run(client, case), None
            except IsogeoError as exc:
                return None, exc
            finally:
                watch.see(client.auth, client.auth.token)

    async def scenario() -> Any:
        async with lab.aclient(**options) as client:
            watch.see(client, client.auth, client.credentials)
            try:
                return await op.arun(client, case), None
            except IsogeoError as exc:
                return None, exc
            finally:
                watch.see(client.auth, client.auth.token)

    return asyncio.run(scenario())


def _check_error(exc: IsogeoError, expected: Outcome, fault: Fault, op: Operation) -> None:
    assert type(exc) is expected.error, f"{type(exc).__name__}: {exc}"
    inner: IsogeoError = exc
    if expected.cause is not None:
        inner = exc.error  # type: ignore[attr-defined]
        assert type(inner) is expected.cause, f"{type(inner).__name__}: {inner}"
    if isinstance(exc, PageFetchError):
        assert exc.offset == (0 if fault.token_endpoint else SEARCH_FAULT_PAGE)
    if isinstance(inner, APIStatusError | MalformedResponseError):
        assert inner.request_id, "an answer came back: its request id must be kept"
        assert inner.body_excerpt, "an answer came back: a body excerpt must be kept"
    if isinstance(inner, MalformedResponseError):
        assert inner.status_code == 200
    if isinstance(inner, RateLimitError):
        assert inner.retry_after in (1.0, 30.0)


@pytest.mark.parametrize(("fault_name", "op_name", "flavour"), CELLS)
def test_fault_matrix(
    chaos: Lab, leak_watch: LeakWatch, tmp_path: Path, fault_name: str, op_name: str, flavour: str
) -> None:
    fault, op, expected = FAULTS[fault_name], OPERATIONS[op_name], MATRIX[fault_name][op_name]
    workdir = tmp_path / "out"
    workdir.mkdir()
    case = op.prepare(chaos, workdir)
    retries: list[RetryEvent] = []
    options = _client_options(retries, fault.read_timeout)
    before = chaos.snapshot()
    chaos.faults(fault.spec.format(scope=op.scope))
    try:
        result, error = _run(chaos, op, case, flavour, leak_watch, options)
    except BaseException:
        FIGURES.lost += 1  # neither a result nor a typed error
        raise
    finally:
        chaos.clear_faults()
    FIGURES.faults_tried += 1
    chaos.settle()  # a request the client gave up on may still be acted upon: count it here
    caused = chaos.snapshot() - before
    leak_watch.see(result, error, *retries)

    assert sum(caused.faults.values()) >= 1, "the fault did not fire"
    if expected.error is None:
        assert error is None, f"expected recovery, got {type(error).__name__}: {error}"
        op.check(chaos, case, result)
        FIGURES.recovered += 1
    else:
        assert error is not None, f"expected {expected}, the operation succeeded"
        _check_error(error, expected, fault, op)
        FIGURES.typed_errors += 1

    effect = op.effect(chaos, case, dict(before.statuses))
    if expected.applied is not None:
        assert effect is not None
        low, high = expected.applied
        if effect > 1 and not op.idempotent:
            FIGURES.duplicates += 1
        assert low <= effect <= high, f"the write took effect {effect} times, expected {expected}"
    if not op.idempotent:
        sends = caused.received[op.operation_id]
        if fault.token_endpoint and expected.error is not None:
            assert sends == 0, "nothing may reach the API without a token"
        elif fault_name == "token-expiry":
            assert (sends, caused.statuses[f"{op.operation_id}:401"]) == (2, 1), "re-sent once, after its 401"
        else:
            assert sends == 1, f"a POST reached the server {sends} times"
    if op_name == "bulk" and error is not None:
        assert len(error.pending) == 1, "the unconfirmed change stays queued"  # type: ignore[attr-defined]
    assert op.leftovers(case, result) == [], "a download left a file behind"


def matrix_markdown() -> str:
    """The matrix as CONTRIBUTING.md's "Reliability" section shows it (the legend is above TABLE)."""
    lines = [
        "| fault | " + " | ".join(OPERATIONS[column].label for column in COLUMNS) + " |",
        "|---" * (len(COLUMNS) + 1) + "|",
    ]
    for fault, row in TABLE.items():
        lines.append(f"| `{fault}` | " + " | ".join(row.split()) + " |")
    return "\n".join(lines)


def test_contributing_shows_this_matrix() -> None:
    document = (Path(__file__).resolve().parents[2] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert matrix_markdown() in document, (
        "CONTRIBUTING.md, Reliability: paste tests.reliability.test_fault_matrix.matrix_markdown()"
    )
