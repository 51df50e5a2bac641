"""Swagger 2.0 to OpenAPI 3.0, for the subset of Swagger the Engine API specs use.

This is a faithful translation: it changes the document's form, never its
meaning. Corrections to the meaning (nullability the engine really sends,
names, media types) are normalization passes (``codegen.normalize``) and
overlays (``spec/overlays``), applied afterwards.

What the Engine specs use, and how it maps:

- ``definitions`` -> ``components.schemas``, every ``#/definitions/X`` ref rewritten;
- ``x-nullable: true`` -> ``nullable: true``;
- ``in: body`` parameter -> ``requestBody`` with one media type per ``consumes``;
- ``in: query|path|header`` -> parameter with the type keywords moved under ``schema``;
  ``collectionFormat: multi`` -> ``style: form, explode: true``;
- ``responses.*.schema`` -> ``content`` with one media type per ``produces``;
  response ``headers`` -> header objects with a ``schema``;
- ``type: file`` -> ``type: string, format: binary``;
- ``basePath`` -> ``servers``.
"""

from __future__ import annotations

import copy
from typing import Any

JSON = dict[str, Any]

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
# Keywords of a non-body Swagger parameter that describe its value, not the parameter.
_VALUE_KEYWORDS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "x-nullable",
)


class ConversionError(Exception):
    """The Swagger document uses something this converter does not translate."""


def convert(swagger: JSON) -> JSON:
    """Return an OpenAPI 3.0.3 document equivalent to ``swagger`` (which is not modified)."""
    if swagger.get("swagger") != "2.0":
        raise ConversionError("input is not a Swagger 2.0 document")
    for unsupported in ("parameters", "responses", "securityDefinitions"):
        if swagger.get(unsupported):
            raise ConversionError(f"top-level {unsupported!r} is not supported by the converter")
    doc = copy.deepcopy(swagger)
    global_consumes: list[str] = doc.get("consumes") or ["application/json"]
    global_produces: list[str] = doc.get("produces") or ["application/json"]

    out: JSON = {"openapi": "3.0.3", "info": doc["info"]}
    if "basePath" in doc:
        out["servers"] = [{"url": doc["basePath"]}]
    if "tags" in doc:
        out["tags"] = doc["tags"]
    out["paths"] = {
        path: _convert_path_item(item, global_consumes, global_produces)
        for path, item in doc.get("paths", {}).items()
    }
    out["components"] = {
        "schemas": {name: _schema(s) for name, s in doc.get("definitions", {}).items()}
    }
    return out


def _convert_path_item(item: JSON, consumes: list[str], produces: list[str]) -> JSON:
    shared = item.get("parameters", [])
    result: JSON = {}
    for method, operation in item.items():
        if method == "parameters":
            continue
        if method not in _HTTP_METHODS:
            raise ConversionError(f"unsupported path item key {method!r}")
        result[method] = _convert_operation(operation, shared, consumes, produces)
    return result


def _convert_operation(
    op: JSON, shared_params: list[JSON], consumes: list[str], produces: list[str]
) -> JSON:
    op_consumes: list[str] = op.pop("consumes", None) or consumes
    op_produces: list[str] = op.pop("produces", None) or produces
    params: list[JSON] = []
    for raw in [*shared_params, *op.pop("parameters", [])]:
        location = raw["in"]
        if location == "body":
            op["requestBody"] = _request_body(raw, op_consumes)
        elif location == "formData":
            raise ConversionError(f"formData parameter {raw['name']!r} is not supported")
        else:
            params.append(_parameter(raw))
    if params:
        op["parameters"] = params
    op["responses"] = {
        str(status): _response(resp, op_produces) for status, resp in op["responses"].items()
    }
    # Kept for bodies the spec declares by media type alone (no schema).
    op["x-produces"] = op_produces
    op.pop("schemes", None)
    return op


def _request_body(param: JSON, consumes: list[str]) -> JSON:
    schema = _schema(param["schema"])
    body: JSON = {"content": {media: {"schema": schema} for media in consumes}}
    if "description" in param:
        body["description"] = param["description"]
    if param.get("required"):
        body["required"] = True
    # The Swagger parameter name (e.g. "body", "container") is kept for naming passes.
    body["x-body-name"] = param["name"]
    return body


def _parameter(param: JSON) -> JSON:
    out: JSON = {"name": param["name"], "in": param["in"]}
    for key in ("description", "required", "deprecated", "allowEmptyValue"):
        if key in param:
            out[key] = param[key]
    if param["in"] == "path":
        out["required"] = True
    schema: JSON = {k: param[k] for k in _VALUE_KEYWORDS if k in param}
    fmt = param.get("collectionFormat")
    if fmt == "multi":
        out["style"], out["explode"] = "form", True
    elif fmt not in (None, "csv"):
        raise ConversionError(f"collectionFormat {fmt!r} of {param['name']!r} is not supported")
    out["schema"] = _schema(schema)
    # Vendor extensions stay on the parameter.
    out.update({k: v for k, v in param.items() if k.startswith("x-") and k != "x-nullable"})
    return out


def _response(resp: JSON, produces: list[str]) -> JSON:
    out: JSON = {"description": resp.get("description", "")}
    if "schema" in resp:
        schema = _schema(resp["schema"])
        examples = resp.get("examples", {})
        content: JSON = {}
        for media in produces:
            entry: JSON = {"schema": schema}
            if media in examples:
                entry["example"] = examples[media]
            content[media] = entry
        out["content"] = content
    if "headers" in resp:
        out["headers"] = {name: _header(h) for name, h in resp["headers"].items()}
    return out


def _header(header: JSON) -> JSON:
    out: JSON = {}
    if "description" in header:
        out["description"] = header["description"]
    out["schema"] = _schema({k: header[k] for k in _VALUE_KEYWORDS if k in header})
    return out


def _schema(node: Any) -> Any:
    """Rewrite refs, nullability and file types throughout one schema tree."""
    if isinstance(node, list):
        return [_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: JSON = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            out[key] = value.replace("#/definitions/", "#/components/schemas/", 1)
        elif key == "x-nullable":
            if value:
                out["nullable"] = True
        elif key in ("properties", "definitions") and isinstance(value, dict):
            # Property names are data, not keywords: never rewrite them.
            out[key] = {name: _schema(sub) for name, sub in value.items()}
        elif key in ("example", "examples", "default", "enum", "x-go-type"):
            out[key] = value  # literal values, kept as they are
        else:
            out[key] = _schema(value)
    if out.get("type") == "file":
        out["type"], out["format"] = "string", "binary"
    return out
