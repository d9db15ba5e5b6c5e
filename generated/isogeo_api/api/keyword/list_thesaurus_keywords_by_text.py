from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.keyword import Keyword
from ...models.keyword_include import KeywordInclude
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thesaurus_id: str,
    *,
    text: str,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["text"] = text

    json_sys_include: list[str] | Unset = UNSET
    if not isinstance(sys_include, Unset):
        json_sys_include = []
        for sys_include_item_data in sys_include:
            sys_include_item = sys_include_item_data.value
            json_sys_include.append(sys_include_item)

    params["_include"] = json_sys_include

    json_sys_lang: str | Unset = UNSET
    if not isinstance(sys_lang, Unset):
        json_sys_lang = sys_lang.value

    params["_lang"] = json_sys_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/thesauri/{thesaurus_id}/keywords".format(
            thesaurus_id=quote(str(thesaurus_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | list[Keyword] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Keyword.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ApiError | list[Keyword]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thesaurus_id: str,
    *,
    client: AuthenticatedClient,
    text: str,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | list[Keyword]]:
    """Look keywords of a thesaurus up by their exact text.

     The API documentation calls the answer "raw JSON"; it is a list of keywords (the matches
    of `text`).

    Args:
        thesaurus_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        text (str):
        sys_include (list[KeywordInclude] | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Keyword]]
    """

    kwargs = _get_kwargs(
        thesaurus_id=thesaurus_id,
        text=text,
        sys_include=sys_include,
        sys_lang=sys_lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thesaurus_id: str,
    *,
    client: AuthenticatedClient,
    text: str,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | list[Keyword] | None:
    """Look keywords of a thesaurus up by their exact text.

     The API documentation calls the answer "raw JSON"; it is a list of keywords (the matches
    of `text`).

    Args:
        thesaurus_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        text (str):
        sys_include (list[KeywordInclude] | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Keyword]
    """

    return sync_detailed(
        thesaurus_id=thesaurus_id,
        client=client,
        text=text,
        sys_include=sys_include,
        sys_lang=sys_lang,
    ).parsed


async def asyncio_detailed(
    thesaurus_id: str,
    *,
    client: AuthenticatedClient,
    text: str,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> Response[ApiError | list[Keyword]]:
    """Look keywords of a thesaurus up by their exact text.

     The API documentation calls the answer "raw JSON"; it is a list of keywords (the matches
    of `text`).

    Args:
        thesaurus_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        text (str):
        sys_include (list[KeywordInclude] | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | list[Keyword]]
    """

    kwargs = _get_kwargs(
        thesaurus_id=thesaurus_id,
        text=text,
        sys_include=sys_include,
        sys_lang=sys_lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thesaurus_id: str,
    *,
    client: AuthenticatedClient,
    text: str,
    sys_include: list[KeywordInclude] | Unset = UNSET,
    sys_lang: Lang | Unset = UNSET,
) -> ApiError | list[Keyword] | None:
    """Look keywords of a thesaurus up by their exact text.

     The API documentation calls the answer "raw JSON"; it is a list of keywords (the matches
    of `text`).

    Args:
        thesaurus_id (str): Isogeo identifier, 32 lowercase hexadecimal characters without
            hyphens. Example: 43380f6c60424095b67cbd1aa9526fe4.
        text (str):
        sys_include (list[KeywordInclude] | Unset):
        sys_lang (Lang | Unset): Label language.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | list[Keyword]
    """

    return (
        await asyncio_detailed(
            thesaurus_id=thesaurus_id,
            client=client,
            text=text,
            sys_include=sys_include,
            sys_lang=sys_lang,
        )
    ).parsed
