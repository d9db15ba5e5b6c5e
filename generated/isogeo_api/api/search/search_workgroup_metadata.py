from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.geo_relation import GeoRelation
from ...models.lang import Lang
from ...models.metadata_include import MetadataInclude
from ...models.metadata_search import MetadataSearch
from ...models.search_order_by import SearchOrderBy
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workgroup_id: str,
    *,
    q: str | Unset = UNSET,
    s: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_include: list[MetadataInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    box: list[float] | Unset = UNSET,
    geo: str | Unset = UNSET,
    rel: GeoRelation | Unset = UNSET,
    ob: SearchOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["s"] = s

    json_sys_id: list[str] | Unset = UNSET
    if not isinstance(sys_id, Unset):
        json_sys_id = sys_id

    params["_id"] = json_sys_id

    json_sys_include: list[str] | Unset = UNSET
    if not isinstance(sys_include, Unset):
        json_sys_include = []
        for sys_include_item_data in sys_include:
            sys_include_item = sys_include_item_data.value
            json_sys_include.append(sys_include_item)

    params["_include"] = json_sys_include

    params["_limit"] = sys_limit

    params["_offset"] = sys_offset

    json_box: list[float] | Unset = UNSET
    if not isinstance(box, Unset):
        json_box = box

    params["box"] = json_box

    params["geo"] = geo

    json_rel: str | Unset = UNSET
    if not isinstance(rel, Unset):
        json_rel = rel.value

    params["rel"] = json_rel

    json_ob: str | Unset = UNSET
    if not isinstance(ob, Unset):
        json_ob = ob.value

    params["ob"] = json_ob

    json_od: str | Unset = UNSET
    if not isinstance(od, Unset):
        json_od = od.value

    params["od"] = json_od

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{workgroup_id}/resources/search".format(
            workgroup_id=quote(str(workgroup_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | MetadataSearch | None:
    if response.status_code == 200:
        response_200 = MetadataSearch.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | MetadataSearch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    s: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_include: list[MetadataInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    box: list[float] | Unset = UNSET,
    geo: str | Unset = UNSET,
    rel: GeoRelation | Unset = UNSET,
    ob: SearchOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | MetadataSearch]:
    """Search the metadata of one workgroup.

     The same parameters and answer as `searchMetadata`, restricted to one workgroup (user applications).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        s (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_id (list[str] | Unset):
        sys_include (list[MetadataInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        box (list[float] | Unset):
        geo (str | Unset):
        rel (GeoRelation | Unset): Spatial relation of a geographic search filter.
        ob (SearchOrderBy | Unset): `_created` / `_modified`: metadata record dates; `created` /
            `modified`: data dates (may be
            missing); `title`; `relevance` (free-text score).
        od (SortDirection | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MetadataSearch]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        q=q,
        s=s,
        sys_id=sys_id,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        box=box,
        geo=geo,
        rel=rel,
        ob=ob,
        od=od,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    s: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_include: list[MetadataInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    box: list[float] | Unset = UNSET,
    geo: str | Unset = UNSET,
    rel: GeoRelation | Unset = UNSET,
    ob: SearchOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | MetadataSearch | None:
    """Search the metadata of one workgroup.

     The same parameters and answer as `searchMetadata`, restricted to one workgroup (user applications).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        s (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_id (list[str] | Unset):
        sys_include (list[MetadataInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        box (list[float] | Unset):
        geo (str | Unset):
        rel (GeoRelation | Unset): Spatial relation of a geographic search filter.
        ob (SearchOrderBy | Unset): `_created` / `_modified`: metadata record dates; `created` /
            `modified`: data dates (may be
            missing); `title`; `relevance` (free-text score).
        od (SortDirection | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MetadataSearch
    """

    return sync_detailed(
        workgroup_id=workgroup_id,
        client=client,
        q=q,
        s=s,
        sys_id=sys_id,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        box=box,
        geo=geo,
        rel=rel,
        ob=ob,
        od=od,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    s: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_include: list[MetadataInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    box: list[float] | Unset = UNSET,
    geo: str | Unset = UNSET,
    rel: GeoRelation | Unset = UNSET,
    ob: SearchOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | MetadataSearch]:
    """Search the metadata of one workgroup.

     The same parameters and answer as `searchMetadata`, restricted to one workgroup (user applications).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        s (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_id (list[str] | Unset):
        sys_include (list[MetadataInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        box (list[float] | Unset):
        geo (str | Unset):
        rel (GeoRelation | Unset): Spatial relation of a geographic search filter.
        ob (SearchOrderBy | Unset): `_created` / `_modified`: metadata record dates; `created` /
            `modified`: data dates (may be
            missing); `title`; `relevance` (free-text score).
        od (SortDirection | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MetadataSearch]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        q=q,
        s=s,
        sys_id=sys_id,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        box=box,
        geo=geo,
        rel=rel,
        ob=ob,
        od=od,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    s: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_include: list[MetadataInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    box: list[float] | Unset = UNSET,
    geo: str | Unset = UNSET,
    rel: GeoRelation | Unset = UNSET,
    ob: SearchOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | MetadataSearch | None:
    """Search the metadata of one workgroup.

     The same parameters and answer as `searchMetadata`, restricted to one workgroup (user applications).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        s (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_id (list[str] | Unset):
        sys_include (list[MetadataInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        box (list[float] | Unset):
        geo (str | Unset):
        rel (GeoRelation | Unset): Spatial relation of a geographic search filter.
        ob (SearchOrderBy | Unset): `_created` / `_modified`: metadata record dates; `created` /
            `modified`: data dates (may be
            missing); `title`; `relevance` (free-text score).
        od (SortDirection | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MetadataSearch
    """

    return (
        await asyncio_detailed(
            workgroup_id=workgroup_id,
            client=client,
            q=q,
            s=s,
            sys_id=sys_id,
            sys_include=sys_include,
            sys_limit=sys_limit,
            sys_offset=sys_offset,
            box=box,
            geo=geo,
            rel=rel,
            ob=ob,
            od=od,
            sys_lang=sys_lang,
        )
    ).parsed
