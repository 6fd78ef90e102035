from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.platform_detail import PlatformDetail
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    platform_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lti/platforms/{platform_id}".format(platform_id=quote(str(platform_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlatformDetail | Problem | None:
    if response.status_code == 200:
        response_200 = PlatformDetail.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlatformDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    platform_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[PlatformDetail | Problem]:
    """ GetPlatform

     One registered platform (admins).

    Args:
        platform_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformDetail | Problem]
     """


    kwargs = _get_kwargs(
        platform_id=platform_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    platform_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> PlatformDetail | Problem | None:
    """ GetPlatform

     One registered platform (admins).

    Args:
        platform_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformDetail | Problem
     """


    return sync_detailed(
        platform_id=platform_id,
client=client,

    ).parsed

async def asyncio_detailed(
    platform_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[PlatformDetail | Problem]:
    """ GetPlatform

     One registered platform (admins).

    Args:
        platform_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformDetail | Problem]
     """


    kwargs = _get_kwargs(
        platform_id=platform_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    platform_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> PlatformDetail | Problem | None:
    """ GetPlatform

     One registered platform (admins).

    Args:
        platform_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformDetail | Problem
     """


    return (await asyncio_detailed(
        platform_id=platform_id,
client=client,

    )).parsed
