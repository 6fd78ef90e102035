from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.progress_detail import ProgressDetail
from ...models.progress_save import ProgressSave
from typing import cast



def _get_kwargs(
    item_id: int,
    question_id: int,
    *,
    body: ProgressSave,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/assignments/{item_id}/questions/{question_id}/progress".format(item_id=quote(str(item_id), safe=""),question_id=quote(str(question_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProgressDetail | None:
    if response.status_code == 200:
        response_200 = ProgressDetail.from_dict(response.json())



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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ProgressDetail]:
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
    body: ProgressSave,

) -> Response[Problem | ProgressDetail]:
    """ SaveProgress

     Autosave; `base_revision` is the revision you last saw (0 for the first save); stale ones get 409,
    too
    many a minute 429 (`Retry-After`).

    Args:
        item_id (int):
        question_id (int):
        body (ProgressSave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressDetail]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,
body=body,

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
    body: ProgressSave,

) -> Problem | ProgressDetail | None:
    """ SaveProgress

     Autosave; `base_revision` is the revision you last saw (0 for the first save); stale ones get 409,
    too
    many a minute 429 (`Retry-After`).

    Args:
        item_id (int):
        question_id (int):
        body (ProgressSave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressDetail
     """


    return sync_detailed(
        item_id=item_id,
question_id=question_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProgressSave,

) -> Response[Problem | ProgressDetail]:
    """ SaveProgress

     Autosave; `base_revision` is the revision you last saw (0 for the first save); stale ones get 409,
    too
    many a minute 429 (`Retry-After`).

    Args:
        item_id (int):
        question_id (int):
        body (ProgressSave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressDetail]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,
body=body,

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
    body: ProgressSave,

) -> Problem | ProgressDetail | None:
    """ SaveProgress

     Autosave; `base_revision` is the revision you last saw (0 for the first save); stale ones get 409,
    too
    many a minute 429 (`Retry-After`).

    Args:
        item_id (int):
        question_id (int):
        body (ProgressSave):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressDetail
     """


    return (await asyncio_detailed(
        item_id=item_id,
question_id=question_id,
client=client,
body=body,

    )).parsed
