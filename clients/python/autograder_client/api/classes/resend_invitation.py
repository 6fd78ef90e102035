from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.invitation_sent import InvitationSent
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    class_id: int,
    user_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/classes/{class_id}/roster/{user_id}/invitation".format(class_id=quote(str(class_id), safe=""),user_id=quote(str(user_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InvitationSent | Problem | None:
    if response.status_code == 200:
        response_200 = InvitationSent.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InvitationSent | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[InvitationSent | Problem]:
    """ ResendInvitation

     Mail an enrolled account that has not chosen a password a new invitation (earlier links stop
    working);
    at most 3 an hour per account and 20 per sender (429 with Retry-After).

    Args:
        class_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationSent | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
user_id=user_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> InvitationSent | Problem | None:
    """ ResendInvitation

     Mail an enrolled account that has not chosen a password a new invitation (earlier links stop
    working);
    at most 3 an hour per account and 20 per sender (429 with Retry-After).

    Args:
        class_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationSent | Problem
     """


    return sync_detailed(
        class_id=class_id,
user_id=user_id,
client=client,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[InvitationSent | Problem]:
    """ ResendInvitation

     Mail an enrolled account that has not chosen a password a new invitation (earlier links stop
    working);
    at most 3 an hour per account and 20 per sender (429 with Retry-After).

    Args:
        class_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvitationSent | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
user_id=user_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> InvitationSent | Problem | None:
    """ ResendInvitation

     Mail an enrolled account that has not chosen a password a new invitation (earlier links stop
    working);
    at most 3 an hour per account and 20 per sender (429 with Retry-After).

    Args:
        class_id (int):
        user_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvitationSent | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
user_id=user_id,
client=client,

    )).parsed
