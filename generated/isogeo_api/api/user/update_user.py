from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.lang import Lang
from ...models.user import User
from ...models.user_write import UserWrite
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    body: UserWrite,
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
        "url": "/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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
) -> Response[ApiError | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UserWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | User]:
    """Update a user (also: newsletter subscriptions).

     Same body as `createUser`; the official SDK's `subscriptions` flips
    `mailchimp.subscriptions[].isInterested` with it.

    Args:
        user_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (UserWrite): Body of `createUser`, `updateUser` and `updateAccount`. The contact card
            carries the name and e-mail, with the **read** field names. Server-managed fields sent
            back
            after a read (`_id`, `_created`...) are ignored by the API.
             Example: {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'},
            'language': 'fr', 'mailchimp': {'subscriptions': [{'name': 'NewReleases', 'isInterested':
            True}, {'name': 'TipsAndTricks', 'isInterested': False}]}, 'staff': False, 'timezone':
            'Romance Standard Time'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UserWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | User | None:
    """Update a user (also: newsletter subscriptions).

     Same body as `createUser`; the official SDK's `subscriptions` flips
    `mailchimp.subscriptions[].isInterested` with it.

    Args:
        user_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (UserWrite): Body of `createUser`, `updateUser` and `updateAccount`. The contact card
            carries the name and e-mail, with the **read** field names. Server-managed fields sent
            back
            after a read (`_id`, `_created`...) are ignored by the API.
             Example: {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'},
            'language': 'fr', 'mailchimp': {'subscriptions': [{'name': 'NewReleases', 'isInterested':
            True}, {'name': 'TipsAndTricks', 'isInterested': False}]}, 'staff': False, 'timezone':
            'Romance Standard Time'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UserWrite,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | User]:
    """Update a user (also: newsletter subscriptions).

     Same body as `createUser`; the official SDK's `subscriptions` flips
    `mailchimp.subscriptions[].isInterested` with it.

    Args:
        user_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (UserWrite): Body of `createUser`, `updateUser` and `updateAccount`. The contact card
            carries the name and e-mail, with the **read** field names. Server-managed fields sent
            back
            after a read (`_id`, `_created`...) are ignored by the API.
             Example: {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'},
            'language': 'fr', 'mailchimp': {'subscriptions': [{'name': 'NewReleases', 'isInterested':
            True}, {'name': 'TipsAndTricks', 'isInterested': False}]}, 'staff': False, 'timezone':
            'Romance Standard Time'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UserWrite,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | User | None:
    """Update a user (also: newsletter subscriptions).

     Same body as `createUser`; the official SDK's `subscriptions` flips
    `mailchimp.subscriptions[].isInterested` with it.

    Args:
        user_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without hyphens.
            Example: 43380f6c60424095b67cbd1aa9526fe4.
        sys_lang (Lang | Unset): Label language.
        body (UserWrite): Body of `createUser`, `updateUser` and `updateAccount`. The contact card
            carries the name and e-mail, with the **read** field names. Server-managed fields sent
            back
            after a read (`_id`, `_created`...) are ignored by the API.
             Example: {'contact': {'name': 'Camille Martin', 'email': 'camille.martin@example.org'},
            'language': 'fr', 'mailchimp': {'subscriptions': [{'name': 'NewReleases', 'isInterested':
            True}, {'name': 'TipsAndTricks', 'isInterested': False}]}, 'staff': False, 'timezone':
            'Romance Standard Time'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            sys_lang=sys_lang,
        )
    ).parsed
