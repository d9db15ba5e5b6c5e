"""The floors: what raw ``httpx`` does with the same requests, parsing with ``json.loads`` only.

No validation, no models, no retries, no auth flow (a bearer header), no merge beyond a list
concatenation: what the network and the server allow a Python client to do.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from typing import Any

import httpx

PAGE_SIZE = 100
SEARCH_PATH = "/resources/search"


def page_params(offset: int, include: Sequence[str], lang: str = "fr") -> dict[str, Any]:
    params: dict[str, Any] = {"_limit": PAGE_SIZE, "_offset": offset, "_lang": lang}
    if include:
        params["_include"] = ",".join(include)
    return params


def async_client(api_url: str, token: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=api_url,
        headers={"Authorization": f"Bearer {token}"},
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=50),
        timeout=60,
        trust_env=False,
    )


def sync_client(api_url: str, token: str) -> httpx.Client:
    return httpx.Client(
        base_url=api_url, headers={"Authorization": f"Bearer {token}"}, timeout=60, trust_env=False
    )


async def _page(client: httpx.AsyncClient, offset: int, include: Sequence[str]) -> dict[str, Any]:
    response = await client.get(SEARCH_PATH, params=page_params(offset, include))
    response.raise_for_status()
    page: dict[str, Any] = json.loads(response.content)
    return page


async def whole_results(
    client: httpx.AsyncClient, *, concurrency: int, include: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Every search result: the first page plans the others, fetched ``concurrency`` at a time."""
    first = await _page(client, 0, include)
    limiter = asyncio.Semaphore(concurrency)

    async def one(offset: int) -> dict[str, Any]:
        async with limiter:
            return await _page(client, offset, include)

    rest = await asyncio.gather(*(one(offset) for offset in range(PAGE_SIZE, first["total"], PAGE_SIZE)))
    results: list[dict[str, Any]] = list(first["results"])
    for page in rest:
        results.extend(page["results"])
    return results


async def sequential_results(
    client: httpx.AsyncClient, *, include: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """Every search result, fetching the pages one after another."""
    first = await _page(client, 0, include)
    results: list[dict[str, Any]] = list(first["results"])
    for offset in range(PAGE_SIZE, first["total"], PAGE_SIZE):
        results.extend((await _page(client, offset, include))["results"])
    return results


def iter_results(client: httpx.Client, *, include: Sequence[str] = ()) -> Iterator[dict[str, Any]]:
    """Every search result, lazily, one page at a time (the floor of the lazy iterator)."""
    offset = 0
    while True:
        response = client.get(SEARCH_PATH, params=page_params(offset, include))
        response.raise_for_status()
        page = json.loads(response.content)
        yield from page["results"]
        offset += len(page["results"])
        if not page["results"] or offset >= page["total"]:
            return


async def get_many(
    client: httpx.AsyncClient, ids: Sequence[str], *, concurrency: int, lang: str = "fr"
) -> list[dict[str, Any]]:
    """``GET /resources/{id}`` for every id, ``concurrency`` at a time, in input order."""
    limiter = asyncio.Semaphore(concurrency)

    async def one(metadata_id: str) -> dict[str, Any]:
        async with limiter:
            response = await client.get(f"/resources/{metadata_id}", params={"_lang": lang})
            response.raise_for_status()
            record: dict[str, Any] = json.loads(response.content)
            return record

    return list(await asyncio.gather(*(one(metadata_id) for metadata_id in ids)))


def metadata_url(api_url: str, metadata_id: str, lang: str = "fr") -> str:
    """The full URL of ``GET /resources/{id}`` with ``_lang`` (what the client sends by default)."""
    return f"{api_url.rstrip('/')}/resources/{metadata_id}?_lang={lang}"


def get_one(client: httpx.Client, url: str, headers: dict[str, str]) -> dict[str, Any]:
    """One ``GET`` of a full URL with the given (bearer) headers, its body parsed by ``json.loads``."""
    response = client.get(url, headers=headers)
    response.raise_for_status()
    record: dict[str, Any] = json.loads(response.content)
    return record


async def aget_one(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> dict[str, Any]:
    """The async twin of :func:`get_one`."""
    response = await client.get(url, headers=headers)
    response.raise_for_status()
    record: dict[str, Any] = json.loads(response.content)
    return record
