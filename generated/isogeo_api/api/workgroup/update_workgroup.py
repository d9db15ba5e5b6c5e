from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.workgroup import Workgroup
from ...models.workgroup_update import WorkgroupUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workgroup_id: str,
    *,
    body: WorkgroupUpdate,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/groups/{workgroup_id}".format(
            workgroup_id=quote(str(workgroup_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Workgroup | None:
    if response.status_code == 200:
        response_200 = Workgroup.from_dict(response.json())

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
) -> Response[ApiError | Workgroup]:
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
    body: WorkgroupUpdate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Workgroup]:
    """Update a workgroup.

     JSON body (whereas creation is a form).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupUpdate): Body of `updateWorkgroup` (JSON). The body may be the whole
            workgroup as read: the API
            ignores server-managed fields (`_id`, `limits`...). `null` means no value: it clears
            `metadataLanguage` and leaves the other fields as they are. The `has*` scan flags are
            writable (the official SDK's tests set them and read them back).
             Example: {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email':
            'sig@example.org'}, 'areKeywordsRestricted': True, 'canCreateMetadata': True,
            'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor': '#4499A1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Workgroup]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        body=body,
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
    body: WorkgroupUpdate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Workgroup | None:
    """Update a workgroup.

     JSON body (whereas creation is a form).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupUpdate): Body of `updateWorkgroup` (JSON). The body may be the whole
            workgroup as read: the API
            ignores server-managed fields (`_id`, `limits`...). `null` means no value: it clears
            `metadataLanguage` and leaves the other fields as they are. The `has*` scan flags are
            writable (the official SDK's tests set them and read them back).
             Example: {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email':
            'sig@example.org'}, 'areKeywordsRestricted': True, 'canCreateMetadata': True,
            'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor': '#4499A1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Workgroup
    """

    return sync_detailed(
        workgroup_id=workgroup_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkgroupUpdate,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Workgroup]:
    """Update a workgroup.

     JSON body (whereas creation is a form).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupUpdate): Body of `updateWorkgroup` (JSON). The body may be the whole
            workgroup as read: the API
            ignores server-managed fields (`_id`, `limits`...). `null` means no value: it clears
            `metadataLanguage` and leaves the other fields as they are. The `has*` scan flags are
            writable (the official SDK's tests set them and read them back).
             Example: {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email':
            'sig@example.org'}, 'areKeywordsRestricted': True, 'canCreateMetadata': True,
            'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor': '#4499A1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Workgroup]
    """

    kwargs = _get_kwargs(
        workgroup_id=workgroup_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workgroup_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkgroupUpdate,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Workgroup | None:
    """Update a workgroup.

     JSON body (whereas creation is a form).

    Args:
        workgroup_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (WorkgroupUpdate): Body of `updateWorkgroup` (JSON). The body may be the whole
            workgroup as read: the API
            ignores server-managed fields (`_id`, `limits`...). `null` means no value: it clears
            `metadataLanguage` and leaves the other fields as they are. The `has*` scan flags are
            writable (the official SDK's tests set them and read them back).
             Example: {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email':
            'sig@example.org'}, 'areKeywordsRestricted': True, 'canCreateMetadata': True,
            'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor': '#4499A1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Workgroup
    """

    return (
        await asyncio_detailed(
            workgroup_id=workgroup_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
