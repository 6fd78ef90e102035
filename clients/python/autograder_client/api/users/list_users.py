from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.page_user_summary import PageUserSummary
from ...models.problem import Problem
from ...models.role import Role
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, Role):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/users",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageUserSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageUserSummary.from_dict(response.json())



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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageUserSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,

) -> Response[PageUserSummary | Problem]:
    """ ListUsers

     Admins search by email or name (`search`) and `role`; class instructors look up one exact email.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        search (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserSummary | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
search=search,
role=role,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,

) -> PageUserSummary | Problem | None:
    """ ListUsers

     Admins search by email or name (`search`) and `role`; class instructors look up one exact email.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        search (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserSummary | Problem
     """


    return sync_detailed(
        client=client,
limit=limit,
cursor=cursor,
search=search,
role=role,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,

) -> Response[PageUserSummary | Problem]:
    """ ListUsers

     Admins search by email or name (`search`) and `role`; class instructors look up one exact email.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        search (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserSummary | Problem]
     """


    kwargs = _get_kwargs(
        limit=limit,
cursor=cursor,
search=search,
role=role,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,

) -> PageUserSummary | Problem | None:
    """ ListUsers

     Admins search by email or name (`search`) and `role`; class instructors look up one exact email.

    Args:
        limit (int | None | Unset):
        cursor (None | str | Unset):
        search (None | str | Unset):
        role (None | Role | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserSummary | Problem
     """


    return (await asyncio_detailed(
        client=client,
limit=limit,
cursor=cursor,
search=search,
role=role,

    )).parsed
