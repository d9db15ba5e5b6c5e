"""Faults on demand, so client resilience can be tested over real sockets.

A fault is a rule: *what* goes wrong (``kind``), *where* (method, path glob or regex, operationId)
and *how often* (the next ``count`` matching requests, and/or with a ``probability`` drawn from a
seeded RNG). Rules come from ``--faults SPEC`` or the test-only admin API (``/__sandbox/faults``).

SPEC syntax: rules separated by ``;``; each rule is comma-separated ``key=value`` items whose first
item names the kind::

    latency=200,jitter=50                      every request waits 200 ± 50 ms
    spike=30000,count=1,path=/resources/search one request waits 30 s (beyond a read timeout)
    status=429,retry-after=2,count=3           the next 3 requests get 429 with Retry-After: 2
    status=503,count=5,method=GET              a 503 burst on the next 5 GETs
    reset,path=/resources/*                    the connection is reset (RST) before any response
    drop,probability=0.1                       10 % of requests: the connection closes, no response
    truncate,operation=searchMetadata          the body stops half-way (Content-Length promises more)
    invalid-json                               200 with a body that is not JSON
    html                                       200 with an HTML error page (a proxy's)
    status=503,path=/oauth/token               the token endpoint is down
    status=503,count=1,query=_offset=200       one page of a listing (query parameters must match)
    expire-tokens,count=1,query=_offset=200    every access token expires just before this request

Keys: ``method`` (GET, POST...), ``path`` (glob such as ``/resources/*``, or ``~regex``),
``operation`` (an operationId), ``query`` (``k=v&k2=v2``: each pair must be among the request's
query parameters; a bare ``k`` only needs the parameter), ``count`` (then the rule is used up),
``probability`` (0..1), ``status``, ``retry-after`` (seconds), ``ms``/``jitter`` (latency kinds).

``latency``, ``spike`` and ``expire-tokens`` happen *before* the request is handled and combine
with each other and with one outcome fault; the outcome kinds replace (or break) the answer.
"""

from __future__ import annotations

import fnmatch
import itertools
import random
import re
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import unquote_plus

LATENCY_KINDS = frozenset({"latency", "spike"})
SIDE_EFFECT_KINDS = frozenset({"expire-tokens"})
OUTCOME_KINDS = frozenset({"status", "reset", "drop", "truncate", "invalid-json", "html"})
KINDS = LATENCY_KINDS | SIDE_EFFECT_KINDS | OUTCOME_KINDS

_ids = itertools.count(1)


class FaultSpecError(ValueError):
    """A fault rule that cannot be understood."""


@dataclass
class Fault:
    kind: str
    method: str | None = None
    path: str | None = None
    operation: str | None = None
    query: str | None = None
    count: int | None = None
    probability: float = 1.0
    status: int | None = None
    retry_after: float | None = None
    ms: float = 0.0
    jitter: float = 0.0
    id: int = field(default_factory=lambda: next(_ids))
    hits: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise FaultSpecError(f"unknown fault kind {self.kind!r}; expected one of {sorted(KINDS)}")
        if self.kind == "status" and (self.status is None or not 100 <= self.status <= 599):
            raise FaultSpecError("a status fault needs status=<100..599>")
        if not 0.0 <= self.probability <= 1.0:
            raise FaultSpecError("probability must be between 0 and 1")
        if self.count is not None and self.count < 0:
            raise FaultSpecError("count must be >= 0")
        if self.method:
            self.method = self.method.upper()
        self._regex = self._compile(self.path)
        self._query = self._query_pairs(self.query)

    @staticmethod
    def _compile(path: str | None) -> re.Pattern[str] | None:
        if not path:
            return None
        if path.startswith("~"):
            try:
                return re.compile(path[1:])
            except re.error as error:
                raise FaultSpecError(f"bad path regex {path[1:]!r}: {error}") from error
        return re.compile(fnmatch.translate(path))

    @staticmethod
    def _query_pairs(query: str | None) -> list[tuple[str, str | None]]:
        """``k=v&k2`` → [("k", "v"), ("k2", None)] (None: the parameter only needs to be present)."""
        pairs: list[tuple[str, str | None]] = []
        for item in (query or "").split("&"):
            if not item:
                continue
            key, sep, value = item.partition("=")
            pairs.append((unquote_plus(key), unquote_plus(value) if sep else None))
        return pairs

    def matches(
        self, method: str, path: str, operation: str | None, query: Sequence[tuple[str, str]] = ()
    ) -> bool:
        if self.count is not None and self.count <= 0:
            return False
        if self.method and self.method != method:
            return False
        if self.operation and self.operation != operation:
            return False
        if self._regex and not self._regex.fullmatch(path) and not self._regex.match(path):
            return False
        return all(
            any(k == key and (value is None or v == value) for k, v in query) for key, value in self._query
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {key: value for key, value in data.items() if value is not None}


_KEY_ALIASES = {"retry-after": "retry_after", "prob": "probability", "p": "probability", "op": "operation"}


def parse_rule(text: str) -> Fault:
    items = [item.strip() for item in text.split(",") if item.strip()]
    if not items:
        raise FaultSpecError("empty fault rule")
    head, _, head_value = items[0].partition("=")
    kind = head.strip().lower()
    if kind not in KINDS:
        raise FaultSpecError(f"unknown fault kind {kind!r}; expected one of {sorted(KINDS)}")
    values: dict[str, Any] = {}
    if kind in LATENCY_KINDS and head_value:
        values["ms"] = head_value
    elif kind == "status" and head_value:
        values["status"] = head_value
    elif head_value:
        raise FaultSpecError(f"{kind!r} takes no value")
    for item in items[1:]:
        key, sep, value = item.partition("=")
        if not sep:
            raise FaultSpecError(f"expected key=value, got {item!r}")
        values[_KEY_ALIASES.get(key.strip().lower(), key.strip().lower())] = value.strip()
    return fault_from_dict({"kind": kind, **values})


def parse_spec(spec: str) -> list[Fault]:
    """``rule;rule;...`` → faults (see the module docstring)."""
    return [parse_rule(rule) for rule in spec.split(";") if rule.strip()]


def fault_from_dict(data: dict[str, Any]) -> Fault:
    """A fault from the admin API's JSON (or a parsed spec rule), with types checked."""
    known = {
        "kind",
        "method",
        "path",
        "operation",
        "query",
        "count",
        "probability",
        "status",
        "retry_after",
        "ms",
        "jitter",
    }
    data = {_KEY_ALIASES.get(k, k): v for k, v in data.items()}
    unknown = set(data) - known
    if unknown:
        raise FaultSpecError(f"unknown fault keys: {sorted(unknown)}")
    if "kind" not in data:
        raise FaultSpecError("a fault needs a kind")
    try:
        return Fault(
            kind=str(data["kind"]).lower(),
            method=data.get("method"),
            path=data.get("path"),
            operation=data.get("operation"),
            query=str(data["query"]) if data.get("query") is not None else None,
            count=int(data["count"]) if data.get("count") is not None else None,
            probability=float(data.get("probability", 1.0)),
            status=int(data["status"]) if data.get("status") is not None else None,
            retry_after=float(data["retry_after"]) if data.get("retry_after") is not None else None,
            ms=float(data.get("ms", 0.0)),
            jitter=float(data.get("jitter", 0.0)),
        )
    except (TypeError, ValueError) as error:
        if isinstance(error, FaultSpecError):
            raise
        raise FaultSpecError(f"bad fault value: {error}") from error


@dataclass
class Decision:
    delay_s: float = 0.0
    expire_tokens: bool = False
    outcome: Fault | None = None
    fired: list[str] = field(default_factory=list)
    """The kind of every rule applied to this request (latency and side effects included)."""


class FaultInjector:
    """The active rules; decides, per request, the delay and the (at most one) outcome fault."""

    def __init__(self, seed: str = "default") -> None:
        self._rules: list[Fault] = []
        self._rng = random.Random(f"faults:{seed}")  # noqa: S311 - reproducible chaos, not crypto
        self._lock = threading.Lock()

    @property
    def rules(self) -> list[Fault]:
        return list(self._rules)

    def add(self, faults: list[Fault]) -> list[Fault]:
        with self._lock:
            self._rules.extend(faults)
        return faults

    def remove(self, fault_id: int) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [rule for rule in self._rules if rule.id != fault_id]
            return len(self._rules) != before

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def decide(
        self, method: str, path: str, operation: str | None, query: Sequence[tuple[str, str]] = ()
    ) -> Decision:
        decision = Decision()
        with self._lock:
            for rule in self._rules:
                if not rule.matches(method, path, operation, query):
                    continue
                if rule.kind in OUTCOME_KINDS and decision.outcome is not None:
                    continue
                if rule.probability < 1.0 and self._rng.random() >= rule.probability:
                    continue
                rule.hits += 1
                decision.fired.append(rule.kind)
                if rule.count is not None:
                    rule.count -= 1
                if rule.kind in LATENCY_KINDS:
                    jitter = self._rng.uniform(-rule.jitter, rule.jitter) if rule.jitter else 0.0
                    decision.delay_s += max(0.0, rule.ms + jitter) / 1000.0
                elif rule.kind in SIDE_EFFECT_KINDS:
                    decision.expire_tokens = True
                else:
                    decision.outcome = rule
            self._rules = [rule for rule in self._rules if rule.count is None or rule.count > 0]
        return decision
