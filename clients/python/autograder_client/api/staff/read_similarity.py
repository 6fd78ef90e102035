from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.problem import Problem
from ...models.similarity_report_view import SimilarityReportView
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    item_id: int,
    question_id: int,
    *,
    include_past: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    format_: None | str | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept



    

    params: dict[str, Any] = {}

    params["include_past"] = include_past

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assignments/{item_id}/questions/{question_id}/similarity".format(item_id=quote(str(item_id), safe=""),question_id=quote(str(question_id), safe=""),),
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SimilarityReportView | None:
    if response.status_code == 200:
        response_200 = SimilarityReportView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SimilarityReportView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_past: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    format_: None | str | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Response[Problem | SimilarityReportView]:
    """ ReadSimilarity

     The report's state and its pairs, most similar first, with the matched line ranges of both attempts.

    Args:
        item_id (int):
        question_id (int):
        include_past (bool | Unset):  Default: False.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        format_ (None | str | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimilarityReportView]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,
include_past=include_past,
limit=limit,
cursor=cursor,
format_=format_,
accept=accept,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_past: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    format_: None | str | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Problem | SimilarityReportView | None:
    """ ReadSimilarity

     The report's state and its pairs, most similar first, with the matched line ranges of both attempts.

    Args:
        item_id (int):
        question_id (int):
        include_past (bool | Unset):  Default: False.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        format_ (None | str | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimilarityReportView
     """


    return sync_detailed(
        item_id=item_id,
question_id=question_id,
client=client,
include_past=include_past,
limit=limit,
cursor=cursor,
format_=format_,
accept=accept,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_past: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    format_: None | str | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Response[Problem | SimilarityReportView]:
    """ ReadSimilarity

     The report's state and its pairs, most similar first, with the matched line ranges of both attempts.

    Args:
        item_id (int):
        question_id (int):
        include_past (bool | Unset):  Default: False.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        format_ (None | str | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SimilarityReportView]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,
include_past=include_past,
limit=limit,
cursor=cursor,
format_=format_,
accept=accept,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_past: bool | Unset = False,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    format_: None | str | Unset = UNSET,
    accept: None | str | Unset = UNSET,

) -> Problem | SimilarityReportView | None:
    """ ReadSimilarity

     The report's state and its pairs, most similar first, with the matched line ranges of both attempts.

    Args:
        item_id (int):
        question_id (int):
        include_past (bool | Unset):  Default: False.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        format_ (None | str | Unset):
        accept (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SimilarityReportView
     """


    return (await asyncio_detailed(
        item_id=item_id,
question_id=question_id,
client=client,
include_past=include_past,
limit=limit,
cursor=cursor,
format_=format_,
accept=accept,

    )).parsed
