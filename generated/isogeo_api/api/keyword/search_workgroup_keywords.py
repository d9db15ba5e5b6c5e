from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.keyword_include import KeywordInclude
from ...models.keyword_search import KeywordSearch
from ...models.lang import Lang
from ...models.sort_direction import SortDirection
from ...models.workgroup_keyword_order_by import WorkgroupKeywordOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workgroup_id: str,
    *,
    q: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_tag: list[str] | Unset = UNSET,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    ob: WorkgroupKeywordOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    th: str | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_sys_id: list[str] | Unset = UNSET
    if not isinstance(sys_id, Unset):
        json_sys_id = sys_id

    params["_id"] = json_sys_id

    json_sys_tag: list[str] | Unset = UNSET
    if not isinstance(sys_tag, Unset):
        json_sys_tag = sys_tag

    params["_tag"] = json_sys_tag

    json_sys_include: list[str] | Unset = UNSET
    if not isinstance(sys_include, Unset):
        json_sys_include = []
        for sys_include_item_data in sys_include:
            sys_include_item = sys_include_item_data.value
            json_sys_include.append(sys_include_item)

    params["_include"] = json_sys_include

    params["_limit"] = sys_limit

    params["_offset"] = sys_offset

    json_ob: str | Unset = UNSET
    if not isinstance(ob, Unset):
        json_ob = ob.value

    params["ob"] = json_ob

    json_od: str | Unset = UNSET
    if not isinstance(od, Unset):
        json_od = od.value

    params["od"] = json_od

    params["th"] = th

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{workgroup_id}/keywords/search".format(
            workgroup_id=quote(str(workgroup_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | KeywordSearch | None:
    if response.status_code == 200:
        response_200 = KeywordSearch.from_dict(response.json())

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
) -> Response[ApiError | KeywordSearch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_tag: list[str] | Unset = UNSET,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    ob: WorkgroupKeywordOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    th: str | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | KeywordSearch]:
    """Search the keywords used by a workgroup.

     Same parameters as `searchThesaurusKeywords` plus `th` (one thesaurus) and the
    workgroup-level sort key `count.group`. `_limit` may exceed 100 here (the official SDK sends
    the total to get everything at once).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        sys_id (list[str] | Unset):
        sys_tag (list[str] | Unset):
        sys_include (list[KeywordInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        ob (WorkgroupKeywordOrderBy | Unset): Sort key of a workgroup keyword search: `text`
            (default), the workgroup or the Isogeo-wide usage count.
        od (SortDirection | Unset):
        th (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | KeywordSearch]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        q=q,
        sys_id=sys_id,
        sys_tag=sys_tag,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        ob=ob,
        od=od,
        th=th,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workgroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_tag: list[str] | Unset = UNSET,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    ob: WorkgroupKeywordOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    th: str | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | KeywordSearch | None:
    """Search the keywords used by a workgroup.

     Same parameters as `searchThesaurusKeywords` plus `th` (one thesaurus) and the
    workgroup-level sort key `count.group`. `_limit` may exceed 100 here (the official SDK sends
    the total to get everything at once).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        sys_id (list[str] | Unset):
        sys_tag (list[str] | Unset):
        sys_include (list[KeywordInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        ob (WorkgroupKeywordOrderBy | Unset): Sort key of a workgroup keyword search: `text`
            (default), the workgroup or the Isogeo-wide usage count.
        od (SortDirection | Unset):
        th (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | KeywordSearch
    """

    return sync_detailed(
        workgroup_id=workgroup_id,
        client=client,
        q=q,
        sys_id=sys_id,
        sys_tag=sys_tag,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        ob=ob,
        od=od,
        th=th,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_tag: list[str] | Unset = UNSET,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    ob: WorkgroupKeywordOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    th: str | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | KeywordSearch]:
    """Search the keywords used by a workgroup.

     Same parameters as `searchThesaurusKeywords` plus `th` (one thesaurus) and the
    workgroup-level sort key `count.group`. `_limit` may exceed 100 here (the official SDK sends
    the total to get everything at once).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        sys_id (list[str] | Unset):
        sys_tag (list[str] | Unset):
        sys_include (list[KeywordInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        ob (WorkgroupKeywordOrderBy | Unset): Sort key of a workgroup keyword search: `text`
            (default), the workgroup or the Isogeo-wide usage count.
        od (SortDirection | Unset):
        th (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | KeywordSearch]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        q=q,
        sys_id=sys_id,
        sys_tag=sys_tag,
        sys_include=sys_include,
        sys_limit=sys_limit,
        sys_offset=sys_offset,
        ob=ob,
        od=od,
        th=th,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workgroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    sys_id: list[str] | Unset = UNSET,
    sys_tag: list[str] | Unset = UNSET,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_limit: int | Unset = 20,
    sys_offset: int | Unset = 0,
    ob: WorkgroupKeywordOrderBy | Unset = UNSET,
    od: SortDirection | Unset = UNSET,
    th: str | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | KeywordSearch | None:
    """Search the keywords used by a workgroup.

     Same parameters as `searchThesaurusKeywords` plus `th` (one thesaurus) and the
    workgroup-level sort key `count.group`. `_limit` may exceed 100 here (the official SDK sends
    the total to get everything at once).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        q (str | Unset):
        sys_id (list[str] | Unset):
        sys_tag (list[str] | Unset):
        sys_include (list[KeywordInclude] | Unset):
        sys_limit (int | Unset):  Default: 20.
        sys_offset (int | Unset):  Default: 0.
        ob (WorkgroupKeywordOrderBy | Unset): Sort key of a workgroup keyword search: `text`
            (default), the workgroup or the Isogeo-wide usage count.
        od (SortDirection | Unset):
        th (str | Unset): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | KeywordSearch
    """

    return (
        await asyncio_detailed(
            workgroup_id=workgroup_id,
            client=client,
            q=q,
            sys_id=sys_id,
            sys_tag=sys_tag,
            sys_include=sys_include,
            sys_limit=sys_limit,
            sys_offset=sys_offset,
            ob=ob,
            od=od,
            th=th,
            sys_lang=sys_lang,
        )
    ).parsed
