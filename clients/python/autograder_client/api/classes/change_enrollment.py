from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrollment_detail import EnrollmentDetail
from ...models.enrollment_update import EnrollmentUpdate
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    class_id: int,
    user_id: int,
    *,
    body: EnrollmentUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/classes/{class_id}/enrollments/{user_id}".format(class_id=quote(str(class_id), safe=""),user_id=quote(str(user_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnrollmentDetail | Problem | None:
    if response.status_code == 200:
        response_200 = EnrollmentDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnrollmentDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentUpdate,

) -> Response[EnrollmentDetail | Problem]:
    """ ChangeEnrollment

     Change a member's role in the class, or set them inactive (no access; their attempts and grades
    stay) or
    active again; the class's instructors and admins only.

    Args:
        class_id (int):
        user_id (int):
        body (EnrollmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentDetail | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
user_id=user_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentUpdate,

) -> EnrollmentDetail | Problem | None:
    """ ChangeEnrollment

     Change a member's role in the class, or set them inactive (no access; their attempts and grades
    stay) or
    active again; the class's instructors and admins only.

    Args:
        class_id (int):
        user_id (int):
        body (EnrollmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentDetail | Problem
     """


    return sync_detailed(
        class_id=class_id,
user_id=user_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentUpdate,

) -> Response[EnrollmentDetail | Problem]:
    """ ChangeEnrollment

     Change a member's role in the class, or set them inactive (no access; their attempts and grades
    stay) or
    active again; the class's instructors and admins only.

    Args:
        class_id (int):
        user_id (int):
        body (EnrollmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentDetail | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
user_id=user_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    user_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentUpdate,

) -> EnrollmentDetail | Problem | None:
    """ ChangeEnrollment

     Change a member's role in the class, or set them inactive (no access; their attempts and grades
    stay) or
    active again; the class's instructors and admins only.

    Args:
        class_id (int):
        user_id (int):
        body (EnrollmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentDetail | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
user_id=user_id,
client=client,
body=body,

    )).parsed
