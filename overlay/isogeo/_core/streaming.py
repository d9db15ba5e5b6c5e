"""Binary answers streamed instead of read whole (hosted data LNK-6, XML export MD-6).

The generated functions of those operations read the whole body into memory (``File`` with a
``BytesIO``). Here the *request* still comes from the generated module (its ``_get_kwargs``: the
URL and query the spec describes, arguments checked like ``call`` does), but it is sent with
``http.stream`` on the client's authenticated HTTP client — same auth, hooks, retries (for the
status line) and typed errors — and the body is left unread for the caller to consume in chunks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from isogeo._core.validation import prepare_arguments

if TYPE_CHECKING:
    from isogeo.client import AsyncIsogeo, Isogeo


class StreamableEndpoint(Protocol):
    """A generated endpoint module: its ``sync_detailed`` signature and its request builder."""

    def sync_detailed(self, *args: Any, **kwargs: Any) -> Any: ...

    def _get_kwargs(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...


def _request(endpoint: StreamableEndpoint, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    bound_args, prepared = prepare_arguments(endpoint.sync_detailed, args, kwargs)
    request = endpoint._get_kwargs(*bound_args, **prepared)
    return {
        "method": request["method"].upper(),
        "url": request["url"],
        "params": request.get("params") or None,
    }


@contextmanager
def open_stream(
    client: Isogeo, endpoint: StreamableEndpoint, *args: Any, **kwargs: Any
) -> Iterator[httpx.Response]:
    """The open answer of ``endpoint(*args, **kwargs)``, its body unread (sync)."""
    request = _request(endpoint, args, kwargs)
    with client.http.stream(request["method"], request["url"], params=request["params"]) as response:
        yield response


@asynccontextmanager
async def aopen_stream(
    client: AsyncIsogeo, endpoint: StreamableEndpoint, *args: Any, **kwargs: Any
) -> AsyncIterator[httpx.Response]:
    """The open answer of ``endpoint(*args, **kwargs)``, its body unread (async)."""
    request = _request(endpoint, args, kwargs)
    async with client.http.stream(request["method"], request["url"], params=request["params"]) as response:
        yield response
