from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.question_insight import QuestionInsight
from typing import cast



def _get_kwargs(
    item_id: int,
    question_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assignments/{item_id}/questions/{question_id}/wrong-answers".format(item_id=quote(str(item_id), safe=""),question_id=quote(str(question_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | QuestionInsight | None:
    if response.status_code == 200:
        response_200 = QuestionInsight.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | QuestionInsight]:
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

) -> Response[Problem | QuestionInsight]:
    """ WrongAnswers

     Per test, the most common wrong outputs and how often it was the first to fail; kept by the workers.

    Args:
        item_id (int):
        question_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuestionInsight]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,

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

) -> Problem | QuestionInsight | None:
    """ WrongAnswers

     Per test, the most common wrong outputs and how often it was the first to fail; kept by the workers.

    Args:
        item_id (int):
        question_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuestionInsight
     """


    return sync_detailed(
        item_id=item_id,
question_id=question_id,
client=client,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    question_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | QuestionInsight]:
    """ WrongAnswers

     Per test, the most common wrong outputs and how often it was the first to fail; kept by the workers.

    Args:
        item_id (int):
        question_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuestionInsight]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
question_id=question_id,

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

) -> Problem | QuestionInsight | None:
    """ WrongAnswers

     Per test, the most common wrong outputs and how often it was the first to fail; kept by the workers.

    Args:
        item_id (int):
        question_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuestionInsight
     """


    return (await asyncio_detailed(
        item_id=item_id,
question_id=question_id,
client=client,

    )).parsed
