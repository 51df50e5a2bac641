"""The API surface of one Engine API Swagger 2.0 document, as plain comparable data.

A :class:`Surface` holds

* every operation, keyed by ``operationId``: its method and path, its query, path
  and header parameters (by name), its request body and its responses per status
  code;
* every definition under ``definitions``, keyed by name.

Schemas are flattened into ``{FieldPath: Node}`` maps. A ``FieldPath`` is a tuple
of segments, starting with the schema's root:

* ``("HostConfig",)`` is the definition ``HostConfig`` itself,
  ``("HostConfig", "LogConfig", "Type")`` one of its nested properties;
* ``("ContainerCreate", "body")`` is the request body of ``ContainerCreate``,
  ``("ContainerCreate", "body", "HostConfig")`` a property of it;
* ``("ImageList", "response", "200")`` is the schema of a response,
  ``("ImageList", "response", "200", "[]")`` the items of that array.

Array items are the segment ``"[]"``, ``additionalProperties`` values the segment
``"{}"``; :func:`dotted` joins a path for display (``HostConfig.Binds[]``).
Property names are kept verbatim (``OCIPlatform`` has a property called
``os.version``), so code must compare tuples, not dotted strings.

A ``$ref`` is never inlined: the node records the referenced definition's name
and flattening stops there, so a property added to ``HostConfig`` appears once,
under ``HostConfig``. ``allOf`` parts that are ``$ref`` become the node's
``bases``; inline parts (and the schema's own ``properties``) are merged into
the node. An ``allOf`` of a single ``$ref`` with nothing else is the same as
that ``$ref``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from codegen.specs import load

FieldPath = tuple[str, ...]

ITEMS = "[]"
"""Path segment for the items of an array."""
VALUES = "{}"
"""Path segment for the values of a map (``additionalProperties``)."""
BODY = "body"
RESPONSE = "response"

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_REF_PREFIX = "#/definitions/"


@dataclass(frozen=True)
class Node:
    """One schema position: a definition root, a property, array items or map values."""

    type: str = ""
    """The JSON type (``string``, ``object``, ...); ``""`` when the spec gives none."""
    format: str = ""
    ref: str = ""
    """Name of the referenced definition when this node is a ``$ref``."""
    enum: tuple[str, ...] = ()
    """Allowed values, sorted; non-string values as JSON text."""
    bases: tuple[str, ...] = ()
    """Definitions merged in through ``allOf``, in spec order."""
    required: bool = False
    """Listed in the parent object's ``required``."""

    def type_label(self) -> str:
        """The type, for display and for detecting type changes."""
        if self.ref:
            return f"ref:{self.ref}"
        label = self.type or "any"
        if self.format:
            label += f"({self.format})"
        if self.bases:
            label += "(allOf " + ", ".join(self.bases) + ")"
        return label


@dataclass(frozen=True)
class Parameter:
    """A query, path or header parameter."""

    name: str
    location: str
    type: str = ""
    format: str = ""
    items: str = ""
    """Type of the items when ``type`` is ``array``."""
    enum: tuple[str, ...] = ()
    """Allowed values (of the items, for arrays), sorted."""
    default: str | None = None
    """The default as JSON text, or None when the spec gives none."""
    required: bool = False
    collection_format: str = ""

    def type_label(self) -> str:
        label = self.type or "any"
        if self.format:
            label += f"({self.format})"
        if self.items:
            label += f" of {self.items}"
        if self.collection_format:
            label += f" ({self.collection_format})"
        return label


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    """Upper case: ``GET``, ``POST``, ..."""
    path: str
    parameters: dict[str, Parameter] = field(default_factory=dict)
    """Query, path and header parameters by name (names are unique per operation)."""
    body: dict[FieldPath, Node] = field(default_factory=dict)
    """The flattened request body under ``(operation_id, "body")``; empty if none."""
    responses: dict[str, dict[FieldPath, Node]] = field(default_factory=dict)
    """Per status code, the flattened response schema under
    ``(operation_id, "response", code)``; empty for a response without a schema."""


@dataclass(frozen=True)
class Surface:
    version: str
    operations: dict[str, Operation]
    definitions: dict[str, dict[FieldPath, Node]]
    """Per definition name, its flattened schema under ``(name,)``."""

    def operation_nodes(self) -> dict[FieldPath, Node]:
        """Every node of every request body and response schema."""
        out: dict[FieldPath, Node] = {}
        for operation in self.operations.values():
            out.update(operation.body)
            for nodes in operation.responses.values():
                out.update(nodes)
        return out

    def definition_nodes(self) -> dict[FieldPath, Node]:
        """Every node of every definition."""
        out: dict[FieldPath, Node] = {}
        for nodes in self.definitions.values():
            out.update(nodes)
        return out


def dotted(path: FieldPath) -> str:
    """``("HostConfig", "Binds", "[]")`` -> ``"HostConfig.Binds[]"``."""
    out = ""
    for segment in path:
        if segment in (ITEMS, VALUES) or not out:
            out += segment
        else:
            out += "." + segment
    return out


def is_property(path: FieldPath, root_length: int) -> bool:
    """Whether ``path`` names a property (not a root, array items or map values)."""
    return len(path) > root_length and path[-1] not in (ITEMS, VALUES)


# --- extraction -------------------------------------------------------------


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def _enum(schema: Mapping[str, Any]) -> tuple[str, ...]:
    values = schema.get("enum")
    if not isinstance(values, list):
        return ()
    return tuple(sorted({_text(v) for v in values}))


def _ref_name(schema: Mapping[str, Any]) -> str:
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return ""
    return ref.removeprefix(_REF_PREFIX) if ref.startswith(_REF_PREFIX) else ref


def _str(schema: Mapping[str, Any], key: str) -> str:
    value = schema.get(key)
    return value if isinstance(value, str) else ""


def _merge_parts(
    schema: Mapping[str, Any],
    bases: list[str],
    properties: dict[str, Any],
    required: set[str],
    extras: dict[str, Any],
) -> None:
    """Collect allOf bases, properties, required names and other keywords of ``schema``."""
    for part in schema.get("allOf") or ():
        if not isinstance(part, Mapping):
            continue
        name = _ref_name(part)
        if name:
            if name not in bases:
                bases.append(name)
        else:
            _merge_parts(part, bases, properties, required, extras)
    for key, value in (schema.get("properties") or {}).items():
        properties[str(key)] = value
    for key in schema.get("required") or ():
        if isinstance(key, str):
            required.add(key)
    for key in ("type", "format", "items", "additionalProperties", "enum"):
        if key in schema and key not in extras:
            extras[key] = schema[key]


def flatten(schema: Any, root: FieldPath) -> dict[FieldPath, Node]:
    """The nodes of ``schema`` and of everything nested in it inline, under ``root``."""
    out: dict[FieldPath, Node] = {}
    _flatten(schema, root, False, out)
    return out


def _flatten(schema: Any, path: FieldPath, required: bool, out: dict[FieldPath, Node]) -> None:
    if not isinstance(schema, Mapping):
        out[path] = Node(required=required)
        return
    ref = _ref_name(schema)
    if ref:
        out[path] = Node(ref=ref, required=required)
        return
    bases: list[str] = []
    properties: dict[str, Any] = {}
    required_names: set[str] = set()
    extras: dict[str, Any] = {}
    _merge_parts(schema, bases, properties, required_names, extras)
    items = extras.get("items")
    additional = extras.get("additionalProperties")
    has_values = isinstance(additional, Mapping) or additional is True
    if len(bases) == 1 and not properties and items is None and not has_values:
        # ``allOf: [$ref]`` (often used to attach a description): just a reference.
        out[path] = Node(ref=bases[0], required=required)
        return
    type_ = _text(extras["type"]) if "type" in extras else ""
    if not type_ and (properties or bases or has_values):
        type_ = "object"
    out[path] = Node(
        type=type_,
        format=_text(extras["format"]) if "format" in extras else "",
        enum=_enum(extras),
        bases=tuple(bases),
        required=required,
    )
    for name in sorted(properties):
        _flatten(properties[name], (*path, name), name in required_names, out)
    if items is not None:
        _flatten(items, (*path, ITEMS), False, out)
    if has_values:
        _flatten(additional if isinstance(additional, Mapping) else {}, (*path, VALUES), False, out)


def _parameter(raw: Mapping[str, Any]) -> Parameter:
    items = raw.get("items")
    items_label = ""
    enum = _enum(raw)
    if isinstance(items, Mapping):
        items_label = _str(items, "type") or "any"
        if _str(items, "format"):
            items_label += f"({_str(items, 'format')})"
        enum = enum or _enum(items)
    return Parameter(
        name=str(raw.get("name", "")),
        location=str(raw.get("in", "")),
        type=_str(raw, "type"),
        format=_str(raw, "format"),
        items=items_label,
        enum=enum,
        default=json.dumps(raw["default"], sort_keys=True) if "default" in raw else None,
        required=bool(raw.get("required", False)),
        collection_format=_str(raw, "collectionFormat"),
    )


def _operations(doc: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = [p for p in item.get("parameters") or () if isinstance(p, Mapping)]
        for method in _METHODS:
            raw = item.get(method)
            if not isinstance(raw, Mapping):
                continue
            op_id = str(raw.get("operationId") or f"{method.upper()} {path}")
            # Operation-level parameters override path-level ones of the same name and place.
            merged: dict[tuple[str, str], Mapping[str, Any]] = {}
            for p in [*shared, *(p for p in raw.get("parameters") or () if isinstance(p, Mapping))]:
                merged[(str(p.get("in")), str(p.get("name")))] = p
            parameters: dict[str, Parameter] = {}
            body: dict[FieldPath, Node] = {}
            for (location, _name), p in merged.items():
                if location == "body":
                    body = flatten(p.get("schema"), (op_id, BODY))
                else:
                    parameter = _parameter(p)
                    parameters[parameter.name] = parameter
            responses: dict[str, dict[FieldPath, Node]] = {}
            for code, response in (raw.get("responses") or {}).items():
                key = str(code)
                schema = response.get("schema") if isinstance(response, Mapping) else None
                responses[key] = {} if schema is None else flatten(schema, (op_id, RESPONSE, key))
            yield Operation(
                operation_id=op_id,
                method=method.upper(),
                path=str(path),
                parameters=dict(sorted(parameters.items())),
                body=body,
                responses=dict(sorted(responses.items())),
            )


def extract(doc: Mapping[str, Any], version: str) -> Surface:
    """The surface of a parsed Swagger 2.0 document."""
    operations: dict[str, Operation] = {}
    for operation in _operations(doc):
        if operation.operation_id in operations:
            raise ValueError(f"{version}: operationId {operation.operation_id} is not unique")
        operations[operation.operation_id] = operation
    definitions = {
        str(name): flatten(schema, (str(name),))
        for name, schema in sorted((doc.get("definitions") or {}).items())
    }
    return Surface(
        version=version,
        operations=dict(sorted(operations.items())),
        definitions=definitions,
    )


@cache
def surface(version: str, spec_dir: Path | None) -> Surface:
    """The surface of one pinned version (cached per process)."""
    return extract(load(version, spec_dir), version.removeprefix("v"))


# --- aligning a series of versions ------------------------------------------
#
# Definitions get renamed (``GraphDriverData`` became ``DriverData`` in 1.47) and
# inline schemas get moved into new definitions (the body of ``NetworkConnect`` became
# ``NetworkConnectRequest`` in 1.52). To compare versions, every version is viewed
# with its definitions named as in the newest version of the series: a definition
# that is new in version N takes over whatever schema sat, in version N-1, at the
# places that reference it in version N (its "anchors").


@dataclass(frozen=True)
class Location:
    """A schema position: in a definition (``path[0]`` names it) or in an operation."""

    in_definition: bool
    path: FieldPath

    def label(self) -> str:
        return dotted(self.path)


@dataclass(frozen=True)
class View:
    """One version's surface, with definitions named as in the newest version of a series."""

    version: str
    operations: dict[str, Operation]
    definitions: dict[str, dict[FieldPath, Node]]
    """By the name in the newest version; also definitions gone before it, by their own name."""
    sources: dict[str, Location]
    """For each name in ``definitions``, where its schema is in this version's own document."""

    def native(self, name: str) -> bool:
        """Whether this version has a definition called ``name`` for this content."""
        source = self.sources.get(name)
        return source is not None and source.in_definition and source.path == (name,)


class _Step:
    """Translates locations of version ``cur`` into locations of the previous version ``prev``."""

    def __init__(self, prev: Surface, cur: Surface, follow_surviving: bool) -> None:
        self.prev = prev
        self.follow_surviving = follow_surviving
        self.cur = cur
        self.prev_definition_nodes = prev.definition_nodes()
        self.prev_operation_nodes = prev.operation_nodes()
        self.anchors: dict[str, list[Location]] = {}
        for in_definition, nodes in (
            (True, cur.definition_nodes()),
            (False, cur.operation_nodes()),
        ):
            for path, node in nodes.items():
                if node.ref:
                    self.anchors.setdefault(node.ref, []).append(Location(in_definition, path))
        for locations in self.anchors.values():
            locations.sort(key=lambda loc: (loc.path, loc.in_definition))
        self._predecessors: dict[str, Location | None] = {}

    def _prev_node(self, location: Location) -> Node | None:
        nodes = self.prev_definition_nodes if location.in_definition else self.prev_operation_nodes
        return nodes.get(location.path)

    def _map(self, location: Location) -> Location | None:
        """Where position ``location`` of ``cur`` is in ``prev``, by mapping its root only."""
        path = location.path
        if not location.in_definition:
            return location if path[0] in self.prev.operations else None
        head = path[0]
        if head in self.prev.definitions:
            return location
        if head not in self.cur.definitions:
            return None
        base = self.predecessor(head)
        if base is None:
            return None
        return Location(base.in_definition, base.path + path[1:])

    def predecessor(self, name: str) -> Location | None:
        """Where the schema of definition ``name`` (new in ``cur``) was in ``prev``."""
        if name not in self._predecessors:
            self._predecessors[name] = None  # stops a cycle of new definitions
            self._predecessors[name] = self._find_predecessor(name)
        return self._predecessors[name]

    def _find_predecessor(self, name: str) -> Location | None:
        for anchor in self.anchors.get(name, ()):
            mapped = self._map(anchor)
            if mapped is None:
                continue
            node = self._prev_node(mapped)
            if node is None:
                continue
            if node.ref:
                surviving = node.ref in self.cur.definitions
                if (
                    node.ref != name
                    and node.ref in self.prev.definitions
                    and (self.follow_surviving or not surviving)
                ):
                    return Location(True, (node.ref,))
                continue
            return mapped
        return None

    def translate(self, location: Location) -> Location | None:
        """The same schema one version earlier, or None if ``prev`` lacks it."""
        mapped = self._map(location)
        if mapped is None:
            return None
        if mapped.in_definition and len(mapped.path) == 1:
            return mapped
        node = self._prev_node(mapped)
        if node is None:
            return None
        if node.ref:
            return Location(True, (node.ref,)) if node.ref in self.prev.definitions else None
        return mapped


def _group_operations(surface: Surface, nodes: Mapping[FieldPath, Node]) -> dict[str, Operation]:
    bodies: dict[str, dict[FieldPath, Node]] = {}
    responses: dict[tuple[str, str], dict[FieldPath, Node]] = {}
    for path, node in nodes.items():
        if path[1] == BODY:
            bodies.setdefault(path[0], {})[path] = node
        else:
            responses.setdefault((path[0], path[2]), {})[path] = node
    out: dict[str, Operation] = {}
    for op_id, operation in surface.operations.items():
        out[op_id] = Operation(
            operation_id=op_id,
            method=operation.method,
            path=operation.path,
            parameters=operation.parameters,
            body=bodies.get(op_id, {}),
            responses={code: responses.get((op_id, code), {}) for code in operation.responses},
        )
    return out


def _view(surface: Surface, sources: Mapping[str, Location]) -> View:
    names: dict[str, str] = {}
    for name, source in sorted(sources.items()):
        if source.in_definition and len(source.path) == 1:
            own = source.path[0]
            if own not in names or name == own:
                names[own] = name

    def rename(node: Node) -> Node:
        ref = names.get(node.ref, node.ref)
        bases = tuple(names.get(base, base) for base in node.bases)
        if ref == node.ref and bases == node.bases:
            return node
        return Node(node.type, node.format, ref, node.enum, bases, node.required)

    definition_nodes = {path: rename(node) for path, node in surface.definition_nodes().items()}
    operation_nodes = {path: rename(node) for path, node in surface.operation_nodes().items()}

    # Inline schemas that became definitions: cut them out, deepest first.
    extracted: dict[str, dict[FieldPath, Node]] = {}
    inline = [
        (name, source)
        for name, source in sources.items()
        if not (source.in_definition and len(source.path) == 1)
    ]
    inline.sort(key=lambda item: (-len(item[1].path), item[1].path, item[0]))
    for name, source in inline:
        nodes = definition_nodes if source.in_definition else operation_nodes
        top = nodes.get(source.path)
        if top is None:
            continue
        size = len(source.path)
        subtree = {path: node for path, node in nodes.items() if path[:size] == source.path}
        for path in subtree:
            del nodes[path]
        nodes[source.path] = Node(ref=name, required=top.required)
        extracted[name] = {(name, *path[size:]): node for path, node in subtree.items()}
        extracted[name][(name,)] = Node(top.type, top.format, top.ref, top.enum, top.bases)

    by_definition: dict[str, dict[FieldPath, Node]] = {}
    for path, node in definition_nodes.items():
        by_definition.setdefault(path[0], {})[path] = node
    definitions: dict[str, dict[FieldPath, Node]] = {}
    for name, source in sorted(sources.items()):
        if name in extracted:
            definitions[name] = dict(sorted(extracted[name].items()))
        elif source.in_definition and len(source.path) == 1:
            nodes = by_definition.get(source.path[0], {})
            definitions[name] = {(name, *path[1:]): node for path, node in nodes.items()}
    return View(
        version=surface.version,
        operations=_group_operations(surface, operation_nodes),
        definitions=definitions,
        sources=dict(sorted(sources.items())),
    )


def align(series: Sequence[Surface], follow_surviving: bool = True) -> list[View]:
    """Views of ``series`` (oldest first), definitions named as in its last version.

    A definition new in version N takes over the schema its anchors had in version
    N-1: an inline schema, or a definition gone in N (a rename). With
    ``follow_surviving`` also a definition that version N still has (``NetworkInspect``
    took over from ``Network``, which 1.52 keeps as its base); the diff leaves that
    out, because the new definition's own properties are not comparable to the old one's.
    """
    if not series:
        return []
    newest = series[-1]
    sources = {name: Location(True, (name,)) for name in newest.definitions}
    views = [_view(newest, sources)]
    for index in range(len(series) - 2, -1, -1):
        step = _Step(series[index], series[index + 1], follow_surviving)
        earlier: dict[str, Location] = {}
        for name, location in sources.items():
            found = step.translate(location)
            if found is not None:
                earlier[name] = found
        covered = {
            source.path[0]
            for source in earlier.values()
            if source.in_definition and len(source.path) == 1
        }
        for name in step.prev.definitions:
            if name not in covered and name not in earlier:
                # Gone before the newest version: known by its own name.
                earlier[name] = Location(True, (name,))
        sources = earlier
        views.append(_view(step.prev, sources))
    views.reverse()
    return views


def expand(
    nodes: Mapping[FieldPath, Node],
    root: FieldPath,
    definitions: Mapping[str, Mapping[FieldPath, Node]],
) -> dict[FieldPath, Node]:
    """``nodes`` plus what they inherit: the properties of ``allOf`` bases (recursively)
    and, when the root itself is a ``$ref``, those of the referenced definition.

    Nested ``$ref`` properties stay references.
    """
    out = dict(nodes)
    pending: list[tuple[FieldPath, tuple[str, ...]]] = [
        (path, node.bases) for path, node in nodes.items() if node.bases
    ]
    top = nodes.get(root)
    if top is not None and top.ref:
        pending.append((root, (top.ref,)))
    seen: set[tuple[FieldPath, str]] = set()
    while pending:
        at, names = pending.pop()
        for name in names:
            if (at, name) in seen:
                continue
            seen.add((at, name))
            for path, node in (definitions.get(name) or {}).items():
                if len(path) == 1:
                    inherited = node.bases + ((node.ref,) if node.ref else ())
                    if inherited:
                        pending.append((at, inherited))
                    continue
                target = at + path[1:]
                if target not in out:
                    out[target] = node
                    if node.bases:
                        pending.append((target, node.bases))
    return out
