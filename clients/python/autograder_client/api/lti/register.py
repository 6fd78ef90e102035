from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    token: str,
    *,
    openid_configuration: None | str | Unset = UNSET,
    registration_token: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_openid_configuration: None | str | Unset
    if isinstance(openid_configuration, Unset):
        json_openid_configuration = UNSET
    else:
        json_openid_configuration = openid_configuration
    params["openid_configuration"] = json_openid_configuration

    json_registration_token: None | str | Unset
    if isinstance(registration_token, Unset):
        json_registration_token = UNSET
    else:
        json_registration_token = registration_token
    params["registration_token"] = json_registration_token


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lti/register/{token}".format(token=quote(str(token), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    openid_configuration: None | str | Unset = UNSET,
    registration_token: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Register

     The registration initiation request the platform opens: the tool registers itself with the platform
    and
    answers a page that asks the platform to close it.

    Args:
        token (str):
        openid_configuration (None | str | Unset):
        registration_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        token=token,
openid_configuration=openid_configuration,
registration_token=registration_token,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    openid_configuration: None | str | Unset = UNSET,
    registration_token: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ Register

     The registration initiation request the platform opens: the tool registers itself with the platform
    and
    answers a page that asks the platform to close it.

    Args:
        token (str):
        openid_configuration (None | str | Unset):
        registration_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        token=token,
client=client,
openid_configuration=openid_configuration,
registration_token=registration_token,

    ).parsed

async def asyncio_detailed(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    openid_configuration: None | str | Unset = UNSET,
    registration_token: None | str | Unset = UNSET,

) -> Response[Problem | str]:
    """ Register

     The registration initiation request the platform opens: the tool registers itself with the platform
    and
    answers a page that asks the platform to close it.

    Args:
        token (str):
        openid_configuration (None | str | Unset):
        registration_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        token=token,
openid_configuration=openid_configuration,
registration_token=registration_token,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    token: str,
    *,
    client: AuthenticatedClient | Client,
    openid_configuration: None | str | Unset = UNSET,
    registration_token: None | str | Unset = UNSET,

) -> Problem | str | None:
    """ Register

     The registration initiation request the platform opens: the tool registers itself with the platform
    and
    answers a page that asks the platform to close it.

    Args:
        token (str):
        openid_configuration (None | str | Unset):
        registration_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        token=token,
client=client,
openid_configuration=openid_configuration,
registration_token=registration_token,

    )).parsed
