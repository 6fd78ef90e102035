from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.override_remove import OverrideRemove
from ...models.override_view import OverrideView
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    attempt_id: int,
    *,
    body: OverrideRemove,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/submissions/{attempt_id}/override/removal".format(attempt_id=quote(str(attempt_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OverrideView | Problem | None:
    if response.status_code == 200:
        response_200 = OverrideView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OverrideView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OverrideRemove,

) -> Response[OverrideView | Problem]:
    """ RemoveOverride

     End the override in force, with a reason (kept as a row of the history without a score): the attempt
    counts its own score again (who may override may remove; 409 when none is in force).

    Args:
        attempt_id (int):
        body (OverrideRemove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverrideView | Problem]
     """


    kwargs = _get_kwargs(
        attempt_id=attempt_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OverrideRemove,

) -> OverrideView | Problem | None:
    """ RemoveOverride

     End the override in force, with a reason (kept as a row of the history without a score): the attempt
    counts its own score again (who may override may remove; 409 when none is in force).

    Args:
        attempt_id (int):
        body (OverrideRemove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverrideView | Problem
     """


    return sync_detailed(
        attempt_id=attempt_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OverrideRemove,

) -> Response[OverrideView | Problem]:
    """ RemoveOverride

     End the override in force, with a reason (kept as a row of the history without a score): the attempt
    counts its own score again (who may override may remove; 409 when none is in force).

    Args:
        attempt_id (int):
        body (OverrideRemove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverrideView | Problem]
     """


    kwargs = _get_kwargs(
        attempt_id=attempt_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    attempt_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: OverrideRemove,

) -> OverrideView | Problem | None:
    """ RemoveOverride

     End the override in force, with a reason (kept as a row of the history without a score): the attempt
    counts its own score again (who may override may remove; 409 when none is in force).

    Args:
        attempt_id (int):
        body (OverrideRemove):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverrideView | Problem
     """


    return (await asyncio_detailed(
        attempt_id=attempt_id,
client=client,
body=body,

    )).parsed
