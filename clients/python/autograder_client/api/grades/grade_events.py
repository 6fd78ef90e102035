from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.page_grade_event_view import PageGradeEventView
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    class_id: int,
    *,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["after"] = after

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/classes/{class_id}/grade-events".format(class_id=quote(str(class_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageGradeEventView | Problem | None:
    if response.status_code == 200:
        response_200 = PageGradeEventView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageGradeEventView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> Response[PageGradeEventView | Problem]:
    """ GradeEvents

     The class's grade ledger (staff): every change of a student's counted question grade, oldest first,
    after the sequence number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageGradeEventView | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
after=after,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> PageGradeEventView | Problem | None:
    """ GradeEvents

     The class's grade ledger (staff): every change of a student's counted question grade, oldest first,
    after the sequence number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageGradeEventView | Problem
     """


    return sync_detailed(
        class_id=class_id,
client=client,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> Response[PageGradeEventView | Problem]:
    """ GradeEvents

     The class's grade ledger (staff): every change of a student's counted question grade, oldest first,
    after the sequence number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageGradeEventView | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
after=after,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> PageGradeEventView | Problem | None:
    """ GradeEvents

     The class's grade ledger (staff): every change of a student's counted question grade, oldest first,
    after the sequence number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageGradeEventView | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
client=client,
after=after,
limit=limit,

    )).parsed
