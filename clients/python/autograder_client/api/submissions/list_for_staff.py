from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.attempt_status import AttemptStatus
from ...models.page_staff_submission_summary import PageStaffSubmissionSummary
from ...models.problem import Problem
from ...models.verdict import Verdict
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    item_id: int,
    *,
    user_id: int | None | Unset = UNSET,
    question_id: int | None | Unset = UNSET,
    status: AttemptStatus | None | Unset = UNSET,
    verdict: None | Unset | Verdict = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_user_id: int | None | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_question_id: int | None | Unset
    if isinstance(question_id, Unset):
        json_question_id = UNSET
    else:
        json_question_id = question_id
    params["question_id"] = json_question_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, AttemptStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_verdict: None | str | Unset
    if isinstance(verdict, Unset):
        json_verdict = UNSET
    elif isinstance(verdict, Verdict):
        json_verdict = verdict.value
    else:
        json_verdict = verdict
    params["verdict"] = json_verdict

    json_email: None | str | Unset
    if isinstance(email, Unset):
        json_email = UNSET
    else:
        json_email = email
    params["email"] = json_email

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


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assignments/{item_id}/submissions".format(item_id=quote(str(item_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageStaffSubmissionSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageStaffSubmissionSummary.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageStaffSubmissionSummary | Problem]:
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
    user_id: int | None | Unset = UNSET,
    question_id: int | None | Unset = UNSET,
    status: AttemptStatus | None | Unset = UNSET,
    verdict: None | Unset | Verdict = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,

) -> Response[PageStaffSubmissionSummary | Problem]:
    """ ListForStaff

     Every attempt of the assignment, newest first, with each student's email, name and own due date.

    Args:
        item_id (int):
        user_id (int | None | Unset):
        question_id (int | None | Unset):
        status (AttemptStatus | None | Unset):
        verdict (None | Unset | Verdict):
        email (None | str | Unset):
        limit (int | None | Unset):
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStaffSubmissionSummary | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
user_id=user_id,
question_id=question_id,
status=status,
verdict=verdict,
email=email,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    question_id: int | None | Unset = UNSET,
    status: AttemptStatus | None | Unset = UNSET,
    verdict: None | Unset | Verdict = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,

) -> PageStaffSubmissionSummary | Problem | None:
    """ ListForStaff

     Every attempt of the assignment, newest first, with each student's email, name and own due date.

    Args:
        item_id (int):
        user_id (int | None | Unset):
        question_id (int | None | Unset):
        status (AttemptStatus | None | Unset):
        verdict (None | Unset | Verdict):
        email (None | str | Unset):
        limit (int | None | Unset):
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStaffSubmissionSummary | Problem
     """


    return sync_detailed(
        item_id=item_id,
client=client,
user_id=user_id,
question_id=question_id,
status=status,
verdict=verdict,
email=email,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    question_id: int | None | Unset = UNSET,
    status: AttemptStatus | None | Unset = UNSET,
    verdict: None | Unset | Verdict = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,

) -> Response[PageStaffSubmissionSummary | Problem]:
    """ ListForStaff

     Every attempt of the assignment, newest first, with each student's email, name and own due date.

    Args:
        item_id (int):
        user_id (int | None | Unset):
        question_id (int | None | Unset):
        status (AttemptStatus | None | Unset):
        verdict (None | Unset | Verdict):
        email (None | str | Unset):
        limit (int | None | Unset):
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStaffSubmissionSummary | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
user_id=user_id,
question_id=question_id,
status=status,
verdict=verdict,
email=email,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    user_id: int | None | Unset = UNSET,
    question_id: int | None | Unset = UNSET,
    status: AttemptStatus | None | Unset = UNSET,
    verdict: None | Unset | Verdict = UNSET,
    email: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,

) -> PageStaffSubmissionSummary | Problem | None:
    """ ListForStaff

     Every attempt of the assignment, newest first, with each student's email, name and own due date.

    Args:
        item_id (int):
        user_id (int | None | Unset):
        question_id (int | None | Unset):
        status (AttemptStatus | None | Unset):
        verdict (None | Unset | Verdict):
        email (None | str | Unset):
        limit (int | None | Unset):
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStaffSubmissionSummary | Problem
     """


    return (await asyncio_detailed(
        item_id=item_id,
client=client,
user_id=user_id,
question_id=question_id,
status=status,
verdict=verdict,
email=email,
limit=limit,
cursor=cursor,

    )).parsed
