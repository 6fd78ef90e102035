from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.exam_session_view import ExamSessionView
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    item_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/assignments/{item_id}/start".format(item_id=quote(str(item_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExamSessionView | Problem | None:
    if response.status_code == 200:
        response_200 = ExamSessionView.from_dict(response.json())



        return response_200

    if response.status_code == 201:
        response_201 = ExamSessionView.from_dict(response.json())



        return response_201

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExamSessionView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[ExamSessionView | Problem]:
    """ Start

     Open the caller's exam session (201), or answer the one already open (200): ends_at is the earlier
    of
    the time limit (plus the student's extra minutes) and the end of the window, by the server's clock.

    Args:
        item_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExamSessionView | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> ExamSessionView | Problem | None:
    """ Start

     Open the caller's exam session (201), or answer the one already open (200): ends_at is the earlier
    of
    the time limit (plus the student's extra minutes) and the end of the window, by the server's clock.

    Args:
        item_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExamSessionView | Problem
     """


    return sync_detailed(
        item_id=item_id,
client=client,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[ExamSessionView | Problem]:
    """ Start

     Open the caller's exam session (201), or answer the one already open (200): ends_at is the earlier
    of
    the time limit (plus the student's extra minutes) and the end of the window, by the server's clock.

    Args:
        item_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExamSessionView | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> ExamSessionView | Problem | None:
    """ Start

     Open the caller's exam session (201), or answer the one already open (200): ends_at is the earlier
    of
    the time limit (plus the student's extra minutes) and the end of the window, by the server's clock.

    Args:
        item_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExamSessionView | Problem
     """


    return (await asyncio_detailed(
        item_id=item_id,
client=client,

    )).parsed
