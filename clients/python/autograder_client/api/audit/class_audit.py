from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.audit_kind import AuditKind
from ...models.page_audit_event_view import PageAuditEventView
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    class_id: int,
    *,
    actor: int | None | Unset = UNSET,
    kind: AuditKind | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_actor: int | None | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, AuditKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/api/classes/{class_id}/audit".format(class_id=quote(str(class_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageAuditEventView | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEventView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageAuditEventView | Problem]:
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
    actor: int | None | Unset = UNSET,
    kind: AuditKind | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> Response[PageAuditEventView | Problem]:
    """ ClassAudit

     The class's audit log (its instructors): every staff and admin write, oldest first, after the
    sequence
    number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        actor (int | None | Unset): only this user's writes
        kind (AuditKind | None | Unset): only writes of this kind
        since (datetime.datetime | None | Unset): only writes at or after this time
        until (datetime.datetime | None | Unset): only writes before this time
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventView | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
actor=actor,
kind=kind,
since=since,
until=until,
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
    actor: int | None | Unset = UNSET,
    kind: AuditKind | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> PageAuditEventView | Problem | None:
    """ ClassAudit

     The class's audit log (its instructors): every staff and admin write, oldest first, after the
    sequence
    number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        actor (int | None | Unset): only this user's writes
        kind (AuditKind | None | Unset): only writes of this kind
        since (datetime.datetime | None | Unset): only writes at or after this time
        until (datetime.datetime | None | Unset): only writes before this time
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventView | Problem
     """


    return sync_detailed(
        class_id=class_id,
client=client,
actor=actor,
kind=kind,
since=since,
until=until,
after=after,
limit=limit,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    actor: int | None | Unset = UNSET,
    kind: AuditKind | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> Response[PageAuditEventView | Problem]:
    """ ClassAudit

     The class's audit log (its instructors): every staff and admin write, oldest first, after the
    sequence
    number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        actor (int | None | Unset): only this user's writes
        kind (AuditKind | None | Unset): only writes of this kind
        since (datetime.datetime | None | Unset): only writes at or after this time
        until (datetime.datetime | None | Unset): only writes before this time
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEventView | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
actor=actor,
kind=kind,
since=since,
until=until,
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
    actor: int | None | Unset = UNSET,
    kind: AuditKind | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    after: int | Unset = 0,
    limit: int | None | Unset = UNSET,

) -> PageAuditEventView | Problem | None:
    """ ClassAudit

     The class's audit log (its instructors): every staff and admin write, oldest first, after the
    sequence
    number `after`; `next_cursor` is the `after` of the next page.

    Args:
        class_id (int):
        actor (int | None | Unset): only this user's writes
        kind (AuditKind | None | Unset): only writes of this kind
        since (datetime.datetime | None | Unset): only writes at or after this time
        until (datetime.datetime | None | Unset): only writes before this time
        after (int | Unset): the last sequence number already read (0: from the start) Default: 0.
        limit (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEventView | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
client=client,
actor=actor,
kind=kind,
since=since,
until=until,
after=after,
limit=limit,

    )).parsed
