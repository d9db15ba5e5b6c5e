"""Match request paths to the spec's operations, tolerating the API's trailing and double slashes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from isogeo_sandbox.spec import Operation

_PARAM = re.compile(r"\{([^}/]+)\}")


def normalise_path(raw: str) -> str:
    """``//resources/x/links//`` → ``/resources/x/links`` (facts §1.3: the API tolerates both)."""
    path = re.sub(r"/{2,}", "/", raw or "/")
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return path


@dataclass(frozen=True)
class Route:
    operation: Operation
    pattern: re.Pattern[str]
    literal_chars: int


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_params: dict[str, str]


class Router:
    """Spec path templates compiled to regexes; the most literal template wins (OpenAPI rule)."""

    def __init__(self, operations: list[Operation]) -> None:
        self._routes: list[Route] = []
        for op in operations:
            if op.servers:  # lives on another host (ABT-3..5); not served under its spec path
                continue
            regex = "".join(
                f"(?P<{part}>[^/]+?)" if index % 2 else re.escape(part)
                for index, part in enumerate(_PARAM.split(op.path))
            )
            literal = len(_PARAM.sub("", op.path))
            self._routes.append(Route(op, re.compile(f"^{regex}$"), literal))
        self._routes.sort(key=lambda route: -route.literal_chars)

    def match(self, method: str, path: str) -> tuple[Match | None, list[str]]:
        """The operation for (method, normalised path), or None and the methods the path allows."""
        allowed: list[str] = []
        for route in self._routes:
            found = route.pattern.match(path)
            if not found:
                continue
            if route.operation.method == method:
                return Match(route.operation, found.groupdict()), []
            allowed.append(route.operation.method)
        return None, sorted(set(allowed))

    def template_for(self, operation_id: str) -> str | None:
        return next(
            (r.operation.path for r in self._routes if r.operation.operation_id == operation_id), None
        )
