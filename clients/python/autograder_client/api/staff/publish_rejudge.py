from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.rejudge_batch import RejudgeBatch
from ...models.rejudge_publish import RejudgePublish
from typing import cast



def _get_kwargs(
    batch_id: str,
    *,
    body: None | RejudgePublish,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/rejudges/{batch_id}/publish".format(batch_id=quote(str(batch_id), safe=""),),
    }

    
    if isinstance(body, RejudgePublish):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RejudgeBatch | None:
    if response.status_code == 202:
        response_202 = RejudgeBatch.from_dict(response.json())



        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RejudgeBatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | RejudgePublish,

) -> Response[Problem | RejudgeBatch]:
    """ PublishRejudge

     Apply a finished rejudge preview's new scores; whoever may start it. Overrides in force on the
    rejudged
    attempts are kept (they keep counting) unless `keep_overrides` is false; the batch records what was
    done.

    Args:
        batch_id (str):
        body (None | RejudgePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejudgeBatch]
     """


    kwargs = _get_kwargs(
        batch_id=batch_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | RejudgePublish,

) -> Problem | RejudgeBatch | None:
    """ PublishRejudge

     Apply a finished rejudge preview's new scores; whoever may start it. Overrides in force on the
    rejudged
    attempts are kept (they keep counting) unless `keep_overrides` is false; the batch records what was
    done.

    Args:
        batch_id (str):
        body (None | RejudgePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejudgeBatch
     """


    return sync_detailed(
        batch_id=batch_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | RejudgePublish,

) -> Response[Problem | RejudgeBatch]:
    """ PublishRejudge

     Apply a finished rejudge preview's new scores; whoever may start it. Overrides in force on the
    rejudged
    attempts are kept (they keep counting) unless `keep_overrides` is false; the batch records what was
    done.

    Args:
        batch_id (str):
        body (None | RejudgePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RejudgeBatch]
     """


    kwargs = _get_kwargs(
        batch_id=batch_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: None | RejudgePublish,

) -> Problem | RejudgeBatch | None:
    """ PublishRejudge

     Apply a finished rejudge preview's new scores; whoever may start it. Overrides in force on the
    rejudged
    attempts are kept (they keep counting) unless `keep_overrides` is false; the batch records what was
    done.

    Args:
        batch_id (str):
        body (None | RejudgePublish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RejudgeBatch
     """


    return (await asyncio_detailed(
        batch_id=batch_id,
client=client,
body=body,

    )).parsed
