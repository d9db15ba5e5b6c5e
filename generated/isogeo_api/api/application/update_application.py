from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.application import Application
from ...models.application_write import ApplicationWrite
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    application_id: str,
    *,
    body: ApplicationWrite,
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
        "url": "/applications/{application_id}".format(
            application_id=quote(str(application_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | Application | None:
    if response.status_code == 200:
        response_200 = Application.from_dict(response.json())

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
) -> Response[ApiError | Application]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Application]:
    """Update an application.

     Same body as `createApplication`. Set `canHaveManyGroups=true` before linking a group application to
    a second workgroup.

    Args:
        application_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ApplicationWrite): Body of `createApplication` and `updateApplication`. The server
            manages the OAuth2 credentials.
            `null` means no value: the server default on a creation. The official SDK sends every
            key, `null` when unset, and `redirect_uris: [null]`, `scopes: [null]` by default: `null`
            items are dropped. `type` is optional; without it the application is a `group`
            application (client credentials: an application created with no redirect URI can use no
            other grant).
             Example: {'name': 'Portail cartographique de la Métropole', 'type': 'group',
            'canHaveManyGroups': False, 'redirect_uris': [], 'scopes': ['resources:read'], 'staff':
            False, 'url': 'https://geo.example.org/portail'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Application]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    application_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Application | None:
    """Update an application.

     Same body as `createApplication`. Set `canHaveManyGroups=true` before linking a group application to
    a second workgroup.

    Args:
        application_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ApplicationWrite): Body of `createApplication` and `updateApplication`. The server
            manages the OAuth2 credentials.
            `null` means no value: the server default on a creation. The official SDK sends every
            key, `null` when unset, and `redirect_uris: [null]`, `scopes: [null]` by default: `null`
            items are dropped. `type` is optional; without it the application is a `group`
            application (client credentials: an application created with no redirect URI can use no
            other grant).
             Example: {'name': 'Portail cartographique de la Métropole', 'type': 'group',
            'canHaveManyGroups': False, 'redirect_uris': [], 'scopes': ['resources:read'], 'staff':
            False, 'url': 'https://geo.example.org/portail'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Application
    """

    return sync_detailed(
        application_id=application_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    application_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | Application]:
    """Update an application.

     Same body as `createApplication`. Set `canHaveManyGroups=true` before linking a group application to
    a second workgroup.

    Args:
        application_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ApplicationWrite): Body of `createApplication` and `updateApplication`. The server
            manages the OAuth2 credentials.
            `null` means no value: the server default on a creation. The official SDK sends every
            key, `null` when unset, and `redirect_uris: [null]`, `scopes: [null]` by default: `null`
            items are dropped. `type` is optional; without it the application is a `group`
            application (client credentials: an application created with no redirect URI can use no
            other grant).
             Example: {'name': 'Portail cartographique de la Métropole', 'type': 'group',
            'canHaveManyGroups': False, 'redirect_uris': [], 'scopes': ['resources:read'], 'staff':
            False, 'url': 'https://geo.example.org/portail'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Application]
    """

    kwargs = _get_kwargs(
        application_id=application_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    application_id: str,
    *,
    client: AuthenticatedClient,
    body: ApplicationWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | Application | None:
    """Update an application.

     Same body as `createApplication`. Set `canHaveManyGroups=true` before linking a group application to
    a second workgroup.

    Args:
        application_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (ApplicationWrite): Body of `createApplication` and `updateApplication`. The server
            manages the OAuth2 credentials.
            `null` means no value: the server default on a creation. The official SDK sends every
            key, `null` when unset, and `redirect_uris: [null]`, `scopes: [null]` by default: `null`
            items are dropped. `type` is optional; without it the application is a `group`
            application (client credentials: an application created with no redirect URI can use no
            other grant).
             Example: {'name': 'Portail cartographique de la Métropole', 'type': 'group',
            'canHaveManyGroups': False, 'redirect_uris': [], 'scopes': ['resources:read'], 'staff':
            False, 'url': 'https://geo.example.org/portail'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Application
    """

    return (
        await asyncio_detailed(
            application_id=application_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
