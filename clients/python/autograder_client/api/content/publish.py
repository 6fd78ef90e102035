from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.assignment_item import AssignmentItem
from ...models.page_item import PageItem
from ...models.problem import Problem
from ...models.publish import Publish
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    item_id: int,
    *,
    body: Publish,
    wait: float | Unset = 0.0,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    params: dict[str, Any] = {}

    params["wait"] = wait


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/items/{item_id}/publish".format(item_id=quote(str(item_id), safe=""),),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssignmentItem | PageItem | Problem | None:
    if response.status_code == 200:
        def _parse_response_200(data: object) -> AssignmentItem | PageItem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AssignmentItem.from_dict(data)



                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = PageItem.from_dict(data)



            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssignmentItem | PageItem | Problem]:
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
    body: Publish,
    wait: float | Unset = 0.0,

) -> Response[AssignmentItem | PageItem | Problem]:
    """ Publish

     Publish or unpublish an item; the class's instructors and admins only. An assignment whose questions
    have tests still being validated answers 409 listing them (`?wait=N`: wait up to N s for them
    first).

    Args:
        item_id (int):
        wait (float | Unset):  Default: 0.0.
        body (Publish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentItem | PageItem | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
body=body,
wait=wait,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Publish,
    wait: float | Unset = 0.0,

) -> AssignmentItem | PageItem | Problem | None:
    """ Publish

     Publish or unpublish an item; the class's instructors and admins only. An assignment whose questions
    have tests still being validated answers 409 listing them (`?wait=N`: wait up to N s for them
    first).

    Args:
        item_id (int):
        wait (float | Unset):  Default: 0.0.
        body (Publish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentItem | PageItem | Problem
     """


    return sync_detailed(
        item_id=item_id,
client=client,
body=body,
wait=wait,

    ).parsed

async def asyncio_detailed(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Publish,
    wait: float | Unset = 0.0,

) -> Response[AssignmentItem | PageItem | Problem]:
    """ Publish

     Publish or unpublish an item; the class's instructors and admins only. An assignment whose questions
    have tests still being validated answers 409 listing them (`?wait=N`: wait up to N s for them
    first).

    Args:
        item_id (int):
        wait (float | Unset):  Default: 0.0.
        body (Publish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentItem | PageItem | Problem]
     """


    kwargs = _get_kwargs(
        item_id=item_id,
body=body,
wait=wait,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    item_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Publish,
    wait: float | Unset = 0.0,

) -> AssignmentItem | PageItem | Problem | None:
    """ Publish

     Publish or unpublish an item; the class's instructors and admins only. An assignment whose questions
    have tests still being validated answers 409 listing them (`?wait=N`: wait up to N s for them
    first).

    Args:
        item_id (int):
        wait (float | Unset):  Default: 0.0.
        body (Publish):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentItem | PageItem | Problem
     """


    return (await asyncio_detailed(
        item_id=item_id,
client=client,
body=body,
wait=wait,

    )).parsed
