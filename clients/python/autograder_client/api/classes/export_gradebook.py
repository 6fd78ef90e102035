from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET, Unset
from ... import errors

from ...models.export_format import ExportFormat
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast



def _get_kwargs(
    class_id: int,
    *,
    format_: ExportFormat | Unset = UNSET,
    bom: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["bom"] = bom


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/classes/{class_id}/gradebook/export".format(class_id=quote(str(class_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(
             payload = BytesIO(response.content)
        )



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    format_: ExportFormat | Unset = UNSET,
    bom: bool | Unset = False,

) -> Response[File | Problem]:
    """ ExportGradebook

     The gradebook as a CSV file to open in a spreadsheet (`csv`) or import into Canvas (`canvas`) or
    Moodle
    (`moodle`); the class's staff.

    Args:
        class_id (int):
        format_ (ExportFormat | Unset): The gradebook file's layout.
        bom (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
format_=format_,
bom=bom,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    bom: bool | Unset = False,

) -> File | Problem | None:
    """ ExportGradebook

     The gradebook as a CSV file to open in a spreadsheet (`csv`) or import into Canvas (`canvas`) or
    Moodle
    (`moodle`); the class's staff.

    Args:
        class_id (int):
        format_ (ExportFormat | Unset): The gradebook file's layout.
        bom (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return sync_detailed(
        class_id=class_id,
client=client,
format_=format_,
bom=bom,

    ).parsed

async def asyncio_detailed(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    bom: bool | Unset = False,

) -> Response[File | Problem]:
    """ ExportGradebook

     The gradebook as a CSV file to open in a spreadsheet (`csv`) or import into Canvas (`canvas`) or
    Moodle
    (`moodle`); the class's staff.

    Args:
        class_id (int):
        format_ (ExportFormat | Unset): The gradebook file's layout.
        bom (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
     """


    kwargs = _get_kwargs(
        class_id=class_id,
format_=format_,
bom=bom,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    class_id: int,
    *,
    client: AuthenticatedClient | Client,
    format_: ExportFormat | Unset = UNSET,
    bom: bool | Unset = False,

) -> File | Problem | None:
    """ ExportGradebook

     The gradebook as a CSV file to open in a spreadsheet (`csv`) or import into Canvas (`canvas`) or
    Moodle
    (`moodle`); the class's staff.

    Args:
        class_id (int):
        format_ (ExportFormat | Unset): The gradebook file's layout.
        bom (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
     """


    return (await asyncio_detailed(
        class_id=class_id,
client=client,
format_=format_,
bom=bom,

    )).parsed
