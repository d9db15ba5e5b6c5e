from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.about import About
from ...models.api_error import ApiError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> About | ApiError | None:
    if response.status_code == 200:
        response_200 = About.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[About | ApiError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[About | ApiError]:
    """Version of a component hosted outside the API (ID server, scan daemon, OWS services).

     ABT-3 (ID / OAuth2 server), ABT-4 (scan daemon) and ABT-5 (OWS/CSW services): `GET
    {component}/about`.

    Decision: these three routes live on other hosts under the same path `/about`, which
    OpenAPI cannot list three times beside the API's own `/about` (ABT-1). They are therefore
    described as one operation whose `servers` each end with `/about`; pick the server of the
    component you want. The official SDK calls `https://services.{api_host}/about`
    (`services.v1.api.isogeo.com`), which does not match the OWS host; the OWS host
    `services.api.isogeo.com` is listed here instead. The last, templated server addresses the
    components of an on-premises platform or of the local sandbox.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[About | ApiError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> About | ApiError | None:
    """Version of a component hosted outside the API (ID server, scan daemon, OWS services).

     ABT-3 (ID / OAuth2 server), ABT-4 (scan daemon) and ABT-5 (OWS/CSW services): `GET
    {component}/about`.

    Decision: these three routes live on other hosts under the same path `/about`, which
    OpenAPI cannot list three times beside the API's own `/about` (ABT-1). They are therefore
    described as one operation whose `servers` each end with `/about`; pick the server of the
    component you want. The official SDK calls `https://services.{api_host}/about`
    (`services.v1.api.isogeo.com`), which does not match the OWS host; the OWS host
    `services.api.isogeo.com` is listed here instead. The last, templated server addresses the
    components of an on-premises platform or of the local sandbox.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        About | ApiError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[About | ApiError]:
    """Version of a component hosted outside the API (ID server, scan daemon, OWS services).

     ABT-3 (ID / OAuth2 server), ABT-4 (scan daemon) and ABT-5 (OWS/CSW services): `GET
    {component}/about`.

    Decision: these three routes live on other hosts under the same path `/about`, which
    OpenAPI cannot list three times beside the API's own `/about` (ABT-1). They are therefore
    described as one operation whose `servers` each end with `/about`; pick the server of the
    component you want. The official SDK calls `https://services.{api_host}/about`
    (`services.v1.api.isogeo.com`), which does not match the OWS host; the OWS host
    `services.api.isogeo.com` is listed here instead. The last, templated server addresses the
    components of an on-premises platform or of the local sandbox.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[About | ApiError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> About | ApiError | None:
    """Version of a component hosted outside the API (ID server, scan daemon, OWS services).

     ABT-3 (ID / OAuth2 server), ABT-4 (scan daemon) and ABT-5 (OWS/CSW services): `GET
    {component}/about`.

    Decision: these three routes live on other hosts under the same path `/about`, which
    OpenAPI cannot list three times beside the API's own `/about` (ABT-1). They are therefore
    described as one operation whose `servers` each end with `/about`; pick the server of the
    component you want. The official SDK calls `https://services.{api_host}/about`
    (`services.v1.api.isogeo.com`), which does not match the OWS host; the OWS host
    `services.api.isogeo.com` is listed here instead. The last, templated server addresses the
    components of an on-premises platform or of the local sandbox.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        About | ApiError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
