from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.grade_snapshot import GradeSnapshot
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    class_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/classes/{class_id}/grade-snapshot".format(class_id=quote(str(class_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GradeSnapshot | Problem | None:
    if response.status_code == 200:
        response_200 = GradeSnapshot.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GradeSnapshot | Problem]:
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

) -> Response[GradeSnapshot | Problem]:
    """ GradeSnapshot

     Every counted grade of the class (staff), with points possible and the students' emails and numbers,
    as
    of the ledger's sequence number `as_of_sequence`: an integration takes it once, then follows
    `grade-events?after=as_of_sequence`, nothing missed or counted twice. For a spreadsheet or an LMS
    import:
    `gradebook/export`.

    Args:
        class_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GradeSnapshot | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> GradeSnapshot | Problem | None:
    """ GradeSnapshot

     Every counted grade of the class (staff), with points possible and the students' emails and numbers,
    as
    of the ledger's sequence number `as_of_sequence`: an integration takes it once, then follows
    `grade-events?after=as_of_sequence`, nothing missed or counted twice. For a spreadsheet or an LMS
    import:
    `gradebook/export`.

    Args:
        class_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GradeSnapshot | Problem
     """


    return sync_detailed(
        class_id=class_id,
client=client,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[GradeSnapshot | Problem]:
    """ GradeSnapshot

     Every counted grade of the class (staff), with points possible and the students' emails and numbers,
    as
    of the ledger's sequence number `as_of_sequence`: an integration takes it once, then follows
    `grade-events?after=as_of_sequence`, nothing missed or counted twice. For a spreadsheet or an LMS
    import:
    `gradebook/export`.

    Args:
        class_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GradeSnapshot | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,

) -> GradeSnapshot | Problem | None:
    """ GradeSnapshot

     Every counted grade of the class (staff), with points possible and the students' emails and numbers,
    as
    of the ledger's sequence number `as_of_sequence`: an integration takes it once, then follows
    `grade-events?after=as_of_sequence`, nothing missed or counted twice. For a spreadsheet or an LMS
    import:
    `gradebook/export`.

    Args:
        class_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GradeSnapshot | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
client=client,

    )).parsed
