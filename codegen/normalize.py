"""Normalization passes over the converted (OpenAPI 3.0) document.

Each pass fixes one thing a plain run of openapi-python-client gets wrong on
the Engine specs, and says which. They run in the order of ``PASSES``; the
result is an OpenAPI 3.1 document in which:

- every object schema that would become a model is a named component
  (``hoist_inline_objects``), so that names are ours, unique and readable;
- nullability is explicit, in 3.1 form, wherever the engine may send JSON
  ``null`` (``mark_go_nullables``, ``move_definition_nullability``);
- media types are the ones the generator can represent: JSON is parsed,
  binary and streamed bodies are bytes, errors are JSON (``media_types``);
- spec defaults are documentation, not values the client sends (``drop_defaults``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

JSON = dict[str, Any]
SCHEMA_PREFIX = "#/components/schemas/"

# Media types whose body the generator should hand over as raw bytes. A later
# layer (engine_api) streams and decodes them.
BINARY_MEDIA_TYPES = {
    "application/octet-stream",
    "application/x-tar",
    "application/vnd.docker.raw-stream",
    "application/vnd.docker.multiplexed-stream",
    "application/jsonl",
    "application/x-ndjson",
    "application/json-seq",
}
STREAM_EXTENSION = "x-engine-stream"  # records what a bytes response really carries


def normalize(doc: JSON) -> JSON:
    for step in PASSES:
        step(doc)
    return doc


# --- helpers -----------------------------------------------------------------


def operations(doc: JSON) -> Iterator[tuple[str, str, JSON]]:
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, method, op


def _walk_schemas(node: Any, visit: Callable[[JSON], None]) -> None:
    """Call ``visit`` on every schema-like dict below ``node`` (post-order)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("example", "examples", "enum", "default", "x-go-type"):
                continue
            if key == "properties" and isinstance(value, dict):
                for sub in value.values():
                    _walk_schemas(sub, visit)
            else:
                _walk_schemas(value, visit)
        visit(node)
    elif isinstance(node, list):
        for item in node:
            _walk_schemas(item, visit)


def all_schema_roots(doc: JSON) -> Iterator[JSON]:
    """Every schema root: components, parameters, bodies, responses, headers."""
    yield from doc["components"]["schemas"].values()
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            yield param["schema"]
        for media in op.get("requestBody", {}).get("content", {}).values():
            if "schema" in media:
                yield media["schema"]
        for resp in op["responses"].values():
            for media in resp.get("content", {}).values():
                if "schema" in media:
                    yield media["schema"]
            for header in resp.get("headers", {}).values():
                yield header["schema"]


def each_schema(doc: JSON, visit: Callable[[JSON], None]) -> None:
    for root in list(all_schema_roots(doc)):
        _walk_schemas(root, visit)


def pascal(name: str) -> str:
    """``"RestartPolicy"`` stays; ``"com.docker.x"`` -> ``"ComDockerX"``."""
    parts = re.split(r"[^0-9A-Za-z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def is_object(schema: JSON) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def is_map(schema: JSON) -> bool:
    """An object used as a map: only additionalProperties, no fixed properties."""
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and isinstance(schema.get("additionalProperties"), dict)
    )


# --- passes ------------------------------------------------------------------


def titles_to_docs(doc: JSON) -> None:
    """The generator names classes after ``title`` where one is set, and the
    titles disagree with the definitions (``EventMessage`` is titled
    ``SystemEventsResponse``; the 1.41 spec swaps NetworkConnect's and
    NetworkDisconnect's). Component names are the names; titles are kept as
    ``x-title`` for reference."""

    def visit(schema: JSON) -> None:
        if isinstance(schema.get("title"), str):
            schema["x-title"] = schema.pop("title")

    each_schema(doc, visit)


def fix_formats(doc: JSON) -> None:
    """``format: dateTime`` (not a JSON Schema format) left timestamps as ``str``."""

    def visit(schema: JSON) -> None:
        if schema.get("format") == "dateTime":
            schema["format"] = "date-time"

    each_schema(doc, visit)


def drop_defaults(doc: JSON) -> None:
    """The generator sends every declared default (``HostConfig.Memory=0``,
    ``stats?stream=true``): the engine applies its own defaults, and a client
    that sends them changes what an older engine does. Keep them as
    ``x-engine-default`` for documentation."""

    def visit(schema: JSON) -> None:
        if "default" in schema:
            schema["x-engine-default"] = schema.pop("default")

    each_schema(doc, visit)


EMPTY_OBJECT = "EmptyObject"


def empty_object_values(doc: JSON) -> None:
    """``{type: object, enum: [{}]}`` (an always-empty object, used as the value
    of ``ExposedPorts`` and ``Volumes``) is not an enum the generator can type;
    it dropped ContainerConfig and ImageConfig. Point it at one named model."""
    found = False

    def visit(schema: JSON) -> None:
        nonlocal found
        if schema.get("type") == "object" and schema.get("enum") == [{}]:
            for key in ("type", "enum", "x-engine-default", "default"):
                schema.pop(key, None)
            schema["$ref"] = SCHEMA_PREFIX + EMPTY_OBJECT
            found = True

    each_schema(doc, visit)
    if found:
        doc["components"]["schemas"][EMPTY_OBJECT] = {
            "type": "object",
            "description": "An object that is always empty: `{}`.",
        }


def split_allof_siblings(doc: JSON) -> None:
    """The generator ignores everything beside ``allOf`` (properties added to a
    referenced model, its nullability): move such siblings into the allOf."""

    def visit(schema: JSON) -> None:
        if "allOf" not in schema:
            return
        extra: JSON = {}
        for key in ("properties", "required", "additionalProperties"):
            if key in schema:
                extra[key] = schema.pop(key)
        if extra:
            extra.setdefault("type", "object")
            schema["allOf"].append(extra)
        schema.pop("type", None)
        if len(schema["allOf"]) == 1 and "$ref" in schema["allOf"][0]:
            # allOf: [$ref] alone is a reference with a description.
            schema["$ref"] = schema.pop("allOf")[0]["$ref"]

    each_schema(doc, visit)


def media_types(doc: JSON) -> None:
    """Pick one media type per request and response that the generator handles.

    - error responses are JSON (``ErrorResponse``); declared as text/plain too,
      they were parsed with ``from_dict(str)``;
    - binary, tar and streamed bodies become application/octet-stream bytes,
      with the real media types kept in ``x-engine-stream``; they were dropped
      or decoded as JSON (logs, export, image save, events), so that a success
      raised ``UnexpectedStatus(200)``;
    - text responses (``/_ping``) stay text/plain.
    """
    for _, _, op in operations(doc):
        body = op.get("requestBody")
        if body:
            body["content"] = _pick_request_media(body["content"])
        streamed = [t for t in op.get("x-produces", []) if t in BINARY_MEDIA_TYPES]
        for status, resp in op["responses"].items():
            content = resp.get("content")
            if not content:
                if status.startswith("2") and status != "204" and streamed:
                    # e.g. ContainerExport, ContainerAttach: bytes with no schema
                    resp["content"] = {
                        "application/octet-stream": {
                            "schema": {"type": "string", "format": "binary"},
                            STREAM_EXTENSION: streamed,
                        }
                    }
                continue
            resp["content"] = _pick_response_media(content, status)


def _pick_request_media(content: JSON) -> JSON:
    types = list(content)
    schema = next(iter(content.values()))["schema"]
    # The schema decides: ContainerCreate lists application/octet-stream beside
    # application/json, but its body is a JSON object.
    if schema.get("format") != "binary" and "application/json" in types:
        return {"application/json": content["application/json"]}
    # A binary body (build context, archive, image tarball), whatever its media
    # types say: ImageCreate's inputImage is declared text/plain.
    return {
        "application/octet-stream": {
            "schema": {"type": "string", "format": "binary"},
            STREAM_EXTENSION: [t for t in types if t != "text/plain"] or types,
        }
    }


def _pick_response_media(content: JSON, status: str) -> JSON:
    types = list(content)
    schema = next(iter(content.values()))["schema"]
    if status[0] in "45":
        return {"application/json": content.get("application/json", content[types[0]])}
    streamed = [t for t in types if t in BINARY_MEDIA_TYPES]
    if streamed or schema.get("format") == "binary":
        media: JSON = {"schema": {"type": "string", "format": "binary"}}
        media[STREAM_EXTENSION] = streamed or types
        if "$ref" in schema or schema.get("type") == "object":
            media["x-engine-stream-item"] = schema  # e.g. events: one EventMessage a line
        return {"application/octet-stream": media}
    if "application/json" in types:
        return {"application/json": content["application/json"]}
    return {types[0]: content[types[0]]}


def move_definition_nullability(doc: JSON) -> None:
    """A definition marked nullable (``ClusterInfo``, ``ContainerdInfo``...) made
    the generator build ``X_type_0`` twins of it, with duplicate names, and made
    ``allOf`` over it fail (Swarm). Nullability belongs where it is referenced:
    every ``$ref`` to such a definition, outside ``allOf``, becomes nullable."""
    schemas: JSON = doc["components"]["schemas"]
    nullable = {name for name, s in schemas.items() if s.pop("nullable", False)}

    def visit(schema: JSON) -> None:
        for member in schema.get("allOf", []):
            member.pop("nullable", None)
        ref = schema.get("$ref", "")
        if ref.removeprefix(SCHEMA_PREFIX) in nullable:
            schema["nullable"] = True

    each_schema(doc, visit)


def mark_go_nullables(doc: JSON) -> None:
    """The engine is written in Go, where a nil slice, map or pointer is sent as
    JSON ``null`` unless the field is omitted when empty; the spec rarely says
    so (Labels, Volumes, HostConfig lists, IPAM Options, the /changes body,
    Wait's Error...: 76 fields over 14 endpoints failed to parse against a real
    engine). Every array, map and object the engine sends may therefore be
    null: marked where it is used (a property, an item, a response body, a
    reference), never on a definition itself (the generator would build a
    ``*_type_0`` twin of it) nor on a parameter we send. Nullable scalars (Go
    ``*bool``, ``*int64``) cannot be told from the spec: overlays mark those."""
    schemas: JSON = doc["components"]["schemas"]
    go_nilable = {
        name for name, s in schemas.items() if s.get("type") in ("array", "object") or is_object(s)
    }

    def mark(schema: JSON) -> None:
        ref = schema.get("$ref", "").removeprefix(SCHEMA_PREFIX)
        if schema.get("type") in ("array", "object") or is_object(schema) or ref in go_nilable:
            schema["nullable"] = True

    def mark_collection(schema: JSON) -> None:
        # Items and map values: a Go []T or map[string]T holds no nil structs,
        # but a nested slice or map (PortMap's bindings) may be nil.
        ref = schema.get("$ref", "").removeprefix(SCHEMA_PREFIX)
        target = schemas.get(ref, schema)
        if target.get("type") == "array" or is_map(target):
            schema["nullable"] = True

    def visit(schema: JSON) -> None:
        for sub in schema.get("properties", {}).values():
            mark(sub)
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                mark_collection(schema[key])

    for root in schemas.values():
        _walk_schemas(root, visit)
    for _, _, op in operations(doc):
        for status, resp in op["responses"].items():
            for media in resp.get("content", {}).values():
                _walk_schemas(media["schema"], visit)
                body = media["schema"]
                ref = body.get("$ref", "").removeprefix(SCHEMA_PREFIX)
                target = schemas.get(ref, body)
                # A whole answer may be a nil slice or map (/changes), never a nil object.
                if status.startswith("2") and (target.get("type") == "array" or is_map(target)):
                    body["nullable"] = True
        for media in op.get("requestBody", {}).get("content", {}).values():
            _walk_schemas(media["schema"], visit)


def hoist_inline_objects(doc: JSON) -> None:
    """Give every inline object schema a component of its own, named after
    where it stands: ``ContainerState.Health`` -> ``ContainerStateHealth``,
    the body of ``ContainerCreate`` -> ``ContainerCreateRequest``, its 200
    response -> ``ContainerCreateResponse``. Left inline, the generator names
    them (``BuildPruneBuildPruneResponse``, ``ContainerStatsResponse200``) and
    collides (``NetworkOptions`` twice)."""
    schemas: JSON = doc["components"]["schemas"]
    taken = set(schemas)

    def unique(name: str) -> str:
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name}{n}", n + 1
        taken.add(candidate)
        return candidate

    def hoist(schema: JSON, name: str) -> JSON:
        """Lift ``schema`` (an inline object) and return a $ref to it."""
        component = unique(name)
        lifted = dict(schema)
        nullable = lifted.pop("nullable", False)
        description = lifted.get("description")
        lifted.pop("x-engine-default", None)
        schemas[component] = lifted
        walk(lifted, component)
        ref: JSON = {"$ref": SCHEMA_PREFIX + component}
        if description:
            ref["description"] = description
        if nullable:
            ref["nullable"] = True
        return ref

    def needs_model(schema: JSON) -> bool:
        if "$ref" in schema:
            return False
        if schema.get("properties"):
            return True
        return is_map(schema) or (schema.get("type") == "object" and "allOf" not in schema)

    def walk(schema: JSON, owner: str) -> None:
        """Hoist the objects nested in ``schema``, a component named ``owner``."""
        for prop, sub in list(schema.get("properties", {}).items()):
            schema["properties"][prop] = child(sub, owner + pascal(prop))
        if isinstance(schema.get("additionalProperties"), dict):
            schema["additionalProperties"] = child(schema["additionalProperties"], owner + "Value")
        if isinstance(schema.get("items"), dict):
            schema["items"] = child(schema["items"], owner + "Item")
        for i, member in enumerate(schema.get("allOf", [])):
            # allOf members are merged by the generator: keep them inline,
            # but hoist what they nest, under the owner's name.
            if "$ref" not in member:
                walk(member, owner)
            schema["allOf"][i] = member

    def child(sub: JSON, name: str) -> JSON:
        if needs_model(sub):
            return hoist(sub, name)
        if "allOf" in sub:
            # An inline allOf (e.g. a request body extending a model) is a model too.
            return hoist(sub, name)
        walk(sub, name)
        return sub

    for comp_name in list(schemas):
        walk(schemas[comp_name], comp_name)

    for _, _, op in operations(doc):
        op_name = pascal(op["operationId"])
        body = op.get("requestBody")
        if body:
            for media in body["content"].values():
                media["schema"] = child(media["schema"], op_name + "Request")
        ok = [s for s in op["responses"] if s.startswith("2")]
        for status, resp in op["responses"].items():
            suffix = "Response" if (status in ok and len(ok) == 1) else f"Response{status}"
            for media in resp.get("content", {}).values():
                media["schema"] = child(media["schema"], op_name + suffix)
                if "x-engine-stream-item" in media:
                    media["x-engine-stream-item"] = child(
                        media["x-engine-stream-item"], op_name + "Message"
                    )
        for param in op.get("parameters", []):
            param["schema"] = child(param["schema"], op_name + pascal(param["name"]))


def to_openapi_31(doc: JSON) -> None:
    """Write nullability the 3.1 way, which the generator reads unambiguously:
    ``type: [X, "null"]``, and ``anyOf: [{$ref}, {type: null}]`` for references
    (a ``nullable`` beside a ``$ref`` is ignored)."""
    doc["openapi"] = "3.1.0"

    def visit(schema: JSON) -> None:
        if not schema.pop("nullable", False):
            return
        if "$ref" in schema:
            ref = schema.pop("$ref")
            schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]
        elif isinstance(schema.get("type"), str):
            schema["type"] = [schema["type"], "null"]
        elif "anyOf" in schema or "oneOf" in schema:
            members: list[JSON] = schema.pop("anyOf", None) or schema.pop("oneOf", [])
            schema["anyOf"] = [*members, {"type": "null"}]
        elif "allOf" in schema:
            schema["anyOf"] = [{"allOf": schema.pop("allOf")}, {"type": "null"}]

    each_schema(doc, visit)


PASSES: tuple[Callable[[JSON], None], ...] = (
    titles_to_docs,
    fix_formats,
    drop_defaults,
    empty_object_values,
    split_allof_siblings,
    media_types,
    move_definition_nullability,
    mark_go_nullables,
    hoist_inline_objects,
    to_openapi_31,
)
