"""The OpenAPI document is valid under a strict validator, describes everything in it, and shows the bodies and error
shape the API really uses."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture
def document(api: httpx.Client) -> dict[str, Any]:
    return api.get("/schema/openapi.json").json()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_the_document_passes_a_strict_openapi_validator(document: dict[str, Any]) -> None:
    errors = [str(error).splitlines()[0] for error in OpenAPIV31SpecValidator(document).iter_errors()]
    assert errors == []


def test_every_operation_parameter_and_field_has_a_description(document: dict[str, Any]) -> None:
    missing = []
    for method, path, operation in _operations(document):
        if not operation.get("description"):
            missing.append(f"operation {method} {path}")
        for parameter in operation.get("parameters", []):
            if not parameter.get("description"):
                missing.append(f"parameter {parameter['name']} of {method} {path}")
        for status, response in operation["responses"].items():
            if not response.get("description"):
                missing.append(f"response {status} of {method} {path}")
    for name, schema in document["components"]["schemas"].items():
        for field, prop in schema.get("properties", {}).items():
            if not prop.get("description"):
                missing.append(f"field {name}.{field}")
    assert missing == []


def test_every_error_answer_is_the_one_problem_shape(document: dict[str, Any]) -> None:
    problem = document["components"]["schemas"]["Problem"]
    assert problem["required"] == ["type", "title", "status", "detail", "errors"]
    assert problem["properties"]["errors"]["items"]["required"] == ["field", "message"]
    for method, path, operation in _operations(document):
        errors = {status: r for status, r in operation["responses"].items() if int(status) >= 400}
        assert "400" in errors, f"{method} {path}"
        for status, response in errors.items():
            assert list(response["content"]) == ["application/problem+json"], (method, path, status)


def test_the_roster_import_documents_both_bodies_and_the_gradebook_both_answers(document: dict[str, Any]) -> None:
    roster = document["paths"]["/api/classes/{class_id}/roster"]["post"]["requestBody"]["content"]
    assert set(roster) == {"application/json", "text/csv"}
    assert roster["application/json"]["schema"] == {"$ref": "#/components/schemas/RosterImport"}
    assert document["components"]["schemas"]["RosterRow"]["properties"]["email"]["description"]
    export = document["paths"]["/api/classes/{class_id}/gradebook/export"]["get"]
    formats = next(p for p in export["parameters"] if p["name"] == "format")
    assert formats["schema"]["$ref"] == "#/components/schemas/ExportFormat"
    assert document["components"]["schemas"]["ExportFormat"]["enum"] == ["csv", "canvas", "moodle"]
    assert list(export["responses"]["200"]["content"]) == ["text/csv"]


def test_the_submit_language_is_optional_and_the_call_format_is_documented(document: dict[str, Any]) -> None:
    submit = document["components"]["schemas"]["SubmitCode"]
    assert submit["required"] == ["code"] and "left out" in submit["properties"]["language"]["description"]
    test_case = document["components"]["schemas"]["TestCaseCreate"]["properties"]
    assert "Python expression" in test_case["input"]["description"] and "JSON" in test_case["expected"]["description"]
    assert "call" in test_case["kind"]["description"] and "checker" in test_case["kind"]["description"]


def test_operation_ids_are_the_handlers_names_and_unique(document: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in _operations(document)]
    assert len(ids) == len(set(ids))
    assert "import_roster" in ids and "export_gradebook" in ids and "submit" in ids


def test_every_schema_example_is_valid_for_its_schema(document: dict[str, Any]) -> None:
    checked = 0
    for name, schema in document["components"]["schemas"].items():
        for example in schema.get("examples", []):
            # the schema by reference, beside the components its references point into
            validator = OAS31Validator({"components": document["components"], "$ref": f"#/components/schemas/{name}"})
            assert not [e.message for e in validator.iter_errors(example)], name
            checked += 1
    assert checked >= 10
