from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enrollment_create import EnrollmentCreate
from ...models.enrollment_detail import EnrollmentDetail
from ...models.enrollment_offered import EnrollmentOffered
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    class_id: int,
    *,
    body: EnrollmentCreate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/classes/{class_id}/enrollments".format(class_id=quote(str(class_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem | None:
    if response.status_code == 201:
        def _parse_response_201(data: object) -> EnrollmentDetail | EnrollmentOffered:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = EnrollmentDetail.from_dict(data)



                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = EnrollmentOffered.from_dict(data)



            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = EnrollmentOffered.from_dict(response.json())



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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem]:
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
    body: EnrollmentCreate,

) -> Response[EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem]:
    """ Enroll

     Enroll an existing user by email with a class role (201); the class's instructors and admins only.
    An
    account in none of the caller's classes is mailed an offer instead and joins when it accepts (202).

    Args:
        class_id (int):
        body (EnrollmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentCreate,

) -> EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem | None:
    """ Enroll

     Enroll an existing user by email with a class role (201); the class's instructors and admins only.
    An
    account in none of the caller's classes is mailed an offer instead and joins when it accepts (202).

    Args:
        class_id (int):
        body (EnrollmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem
     """


    return sync_detailed(
        class_id=class_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentCreate,

) -> Response[EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem]:
    """ Enroll

     Enroll an existing user by email with a class role (201); the class's instructors and admins only.
    An
    account in none of the caller's classes is mailed an offer instead and joins when it accepts (202).

    Args:
        class_id (int):
        body (EnrollmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: EnrollmentCreate,

) -> EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem | None:
    """ Enroll

     Enroll an existing user by email with a class role (201); the class's instructors and admins only.
    An
    account in none of the caller's classes is mailed an offer instead and joins when it accepts (202).

    Args:
        class_id (int):
        body (EnrollmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollmentDetail | EnrollmentOffered | EnrollmentOffered | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
client=client,
body=body,

    )).parsed
