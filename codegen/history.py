"""In which pinned API versions each operation, parameter and field exists.

Computed over the whole pinned series (oldest .. newest), with definitions named as
in the newest version (see :func:`codegen.surface.align`: a renamed definition, or
an inline schema that became a definition, keeps its history under the new name).

:func:`render_module` writes the result as ``engine_api_binding/_api_versions.py``.
Keys there:

* operations: the ``operationId`` (``"ImageAttestations"``);
* parameters: ``(operationId, name)`` of a query, path or header parameter
  (``("ImageList", "identity")``);
* fields: ``(schema_path, field)``. ``schema_path`` is a definition name
  (``"HostConfig"``) or ``"<operationId>.body"`` for a request body, followed by
  ``.Property`` for each inline nested object, ``[]`` for array items and ``{}``
  for map values (``"HostConfig.LogConfig"``, ``"Resources.BlkioWeightDevice[]"``,
  ``"ContainerCreate.body"``); ``field`` is the property name, verbatim
  (``("OCIPlatform", "os.version")``). Fields inherited through ``allOf`` are listed
  under the inheriting schema too (``("HostConfig", "CpuShares")``, inherited from
  ``Resources``), and a request body that is a ``$ref`` lists the referenced
  definition's fields (``("NetworkConnect.body", "EndpointConfig")``). Properties
  below a ``$ref`` are listed under the referenced definition only.

A version range is ``first`` .. ``last``; ``last`` is None when the newest pinned
version still has the item, and ``first`` is the oldest pinned version when every
pinned version up to ``last`` has it (it may well be older).

To walk a request body field by field, the module also says what each field's value
holds when it has fields of its own below it (:attr:`History.refs`), and what each
request body holds (:attr:`History.bodies`), as a *target*: ``"[]"`` (array items)
and ``"{}"`` (map values) prefixes, then the schema path whose fields apply.
``("ContainerCreate.body", "HostConfig")`` -> ``"HostConfig"``,
``("HostConfig", "LogConfig")`` -> ``"HostConfig.LogConfig"``,
``("HostConfig", "Mounts")`` -> ``"[]Mount"``,
``("NetworkingConfig", "EndpointsConfig")`` -> ``"{}EndpointSettings"``,
``"PluginPull"`` -> ``"[]PluginPrivilege"``. Map keys are the caller's data
(labels, ports, network names), never fields; values with no fields below them
(strings, free-form objects, ``Labels``) have no target.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from codegen.specs import pins, version_key
from codegen.surface import (
    BODY,
    ITEMS,
    VALUES,
    FieldPath,
    Node,
    View,
    align,
    dotted,
    expand,
    is_property,
    surface,
)

ParameterKey = tuple[str, str]
"""``(operationId, parameter name)``"""
FieldKey = tuple[str, str]
"""``(schema_path, field)``"""
Run = tuple[str, str]
"""A contiguous range of pinned versions, both ends inclusive."""
_K = TypeVar("_K", str, tuple[str, str])


@dataclass(frozen=True)
class History:
    versions: tuple[str, ...]
    """The pinned versions, oldest first."""
    operations: dict[str, tuple[Run, ...]]
    parameters: dict[ParameterKey, tuple[Run, ...]]
    fields: dict[FieldKey, tuple[Run, ...]]
    lineage: dict[str, tuple[tuple[Run, str], ...]]
    """Definitions whose schema had another name or place in some versions: the runs
    of versions and where it was then (``"GraphDriverData"``, ``"NetworkConnect.body"``)."""
    refs: dict[FieldKey, str] = field(default_factory=dict)
    """What the value of a field holds, for the fields a request body can reach that
    have fields below them (a target: ``"[]"``/``"{}"`` prefixes, then a schema path);
    the newest version that gives the field a target decides."""
    bodies: dict[str, str] = field(default_factory=dict)
    """The target of each request body that has fields below it, by ``operationId``."""
    parameter_locations: dict[ParameterKey, str] = field(default_factory=dict)
    """``"path"`` or ``"header"`` (as in the newest version that has the parameter);
    parameters not listed are query parameters."""

    @property
    def oldest(self) -> str:
        return self.versions[0]

    @property
    def newest(self) -> str:
        return self.versions[-1]

    def span(self, runs: Sequence[Run]) -> tuple[str, str | None]:
        """``(first, last)``, ``last`` None when the newest version has the item."""
        last = runs[-1][1]
        return runs[0][0], None if last == self.newest else last


def field_keys(nodes: Mapping[FieldPath, Node], root_length: int) -> Iterable[FieldKey]:
    """``(schema_path, field)`` of each property among ``nodes``, whose root path has
    ``root_length`` segments (1 for a definition, 2 for ``(operationId, "body")``)."""
    for path in nodes:
        if is_property(path, root_length):
            yield dotted(path[:-1]), path[-1]


class _Scopes:
    """The expanded schemas of one view: each request body and each definition."""

    def __init__(self, view: View) -> None:
        self.definitions = {
            name: expand(nodes, (name,), view.definitions)
            for name, nodes in view.definitions.items()
        }
        self.bodies = {
            op_id: expand(operation.body, (op_id, BODY), view.definitions)
            for op_id, operation in view.operations.items()
            if operation.body
        }
        self._objects: dict[FieldPath, set[FieldPath]] = {}

    def fields(self) -> set[FieldKey]:
        found: set[FieldKey] = set()
        for nodes in self.bodies.values():
            found.update(field_keys(nodes, 2))
        for nodes in self.definitions.values():
            found.update(field_keys(nodes, 1))
        return found

    def _has_fields(
        self, root: FieldPath, nodes: Mapping[FieldPath, Node], path: FieldPath
    ) -> bool:
        """Whether the schema at ``path`` (in the scope rooted at ``root``) has properties."""
        objects = self._objects.get(root)
        if objects is None:
            objects = {p[:-1] for p in nodes if is_property(p, len(root))}
            self._objects[root] = objects
        return path in objects

    def target(
        self,
        root: FieldPath,
        nodes: Mapping[FieldPath, Node],
        path: FieldPath,
        seen: frozenset[str],
    ) -> str | None:
        """What a value at ``path`` (in the scope rooted at ``root``) holds, or None when
        nothing below it has fields."""
        if path not in nodes:
            return None
        if self._has_fields(root, nodes, path):
            return dotted(path)
        ref = nodes[path].ref
        if ref:
            referenced = self.definitions.get(ref)
            if referenced is None or ref in seen:
                return None
            return self.target((ref,), referenced, (ref,), seen | {ref})
        for segment in (ITEMS, VALUES):
            inner = self.target(root, nodes, (*path, segment), seen)
            if inner is not None:
                return segment + inner
        return None

    def refs(self) -> dict[FieldKey, str]:
        found: dict[FieldKey, str] = {}
        scopes: list[tuple[FieldPath, Mapping[FieldPath, Node]]]
        scopes = [((op_id, BODY), nodes) for op_id, nodes in self.bodies.items()]
        scopes += [((name,), nodes) for name, nodes in self.definitions.items()]
        for root, nodes in scopes:
            for path in nodes:
                if is_property(path, len(root)):
                    target = self.target(root, nodes, path, frozenset())
                    if target is not None:
                        found[dotted(path[:-1]), path[-1]] = target
        return found

    def body_refs(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for op_id, nodes in self.bodies.items():
            target = self.target((op_id, BODY), nodes, (op_id, BODY), frozenset())
            if target is not None:
                found[op_id] = target
        return found


def _runs(present: Sequence[bool], versions: Sequence[str]) -> tuple[Run, ...]:
    runs: list[Run] = []
    start: int | None = None
    for index, here in enumerate([*present, False]):
        if here and start is None:
            start = index
        elif not here and start is not None:
            runs.append((versions[start], versions[index - 1]))
            start = None
    return tuple(runs)


def _table(per_version: Sequence[set[_K]], versions: Sequence[str]) -> dict[_K, tuple[Run, ...]]:
    keys: set[_K] = set().union(*per_version)
    return {key: _runs([key in found for found in per_version], versions) for key in sorted(keys)}


def compute(views: Sequence[View]) -> History:
    """The history of a series of aligned views, oldest first."""
    versions = tuple(view.version for view in views)
    operations = [set(view.operations) for view in views]
    parameters = [
        {(op_id, name) for op_id, op in view.operations.items() for name in op.parameters}
        for view in views
    ]
    scopes = [_Scopes(view) for view in views]
    fields = [scope.fields() for scope in scopes]
    # The newest version that gives a field (a body, a parameter) one decides.
    refs: dict[FieldKey, str] = {}
    bodies: dict[str, str] = {}
    locations: dict[ParameterKey, str] = {}
    for view, scope in zip(views, scopes, strict=True):
        refs.update(scope.refs())
        bodies.update(scope.body_refs())
        for op_id, operation in view.operations.items():
            for name, parameter in operation.parameters.items():
                locations[op_id, name] = parameter.location
    lineage: dict[str, tuple[tuple[Run, str], ...]] = {}
    names = sorted({name for view in views for name in view.definitions})
    for name in names:
        labels = [
            None if name not in view.sources or view.native(name) else view.sources[name].label()
            for view in views
        ]
        entries: list[tuple[Run, str]] = []
        for label in sorted({label for label in labels if label is not None}):
            for run in _runs([here == label for here in labels], versions):
                entries.append((run, label))
        if entries:
            lineage[name] = tuple(sorted(entries, key=lambda e: version_key(e[0][0])))
    return History(
        versions=versions,
        operations=_table(operations, versions),
        parameters=_table(parameters, versions),
        fields=_table(fields, versions),
        lineage=lineage,
        refs=_reachable(refs, bodies.values()),
        bodies=dict(sorted(bodies.items())),
        parameter_locations={
            key: where for key, where in sorted(locations.items()) if where != "query"
        },
    )


def _schema_of(target: str) -> str:
    """``"[]{}Mount"`` -> ``"Mount"``."""
    while target[:2] in (ITEMS, VALUES):
        target = target[2:]
    return target


def _reachable(refs: Mapping[FieldKey, str], roots: Iterable[str]) -> dict[FieldKey, str]:
    """The entries of ``refs`` that a walk from the targets ``roots`` can reach, sorted."""
    by_path: dict[str, list[FieldKey]] = {}
    for key in refs:
        by_path.setdefault(key[0], []).append(key)
    seen: set[str] = set()
    pending = [_schema_of(target) for target in roots]
    while pending:
        schema_path = pending.pop()
        if schema_path not in seen:
            seen.add(schema_path)
            pending.extend(_schema_of(refs[key]) for key in by_path.get(schema_path, ()))
    return {key: target for key, target in sorted(refs.items()) if key[0] in seen}


def history(spec_dir: Path | None) -> History:
    """The history of the whole pinned series."""
    series = [surface(pin.version, spec_dir) for pin in pins()]
    return compute(align(series))


# --- rendering ---------------------------------------------------------------


def _encode(runs: Sequence[Run], newest: str) -> str:
    """``(("1.41", "1.51"),)`` -> ``"1.41-1.51"``; a run reaching ``newest`` is just its start."""
    parts = []
    for first, last in runs:
        parts.append(first if last == newest else f"{first}-{last}")
    return ",".join(parts)


def _literal(text: str) -> str:
    """A double-quoted Python string literal (what ``ruff format`` would write)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if not escaped.isprintable():
        raise ValueError(f"unexpected character in spec name {text!r}")
    return f'"{escaped}"'


def _nested(name: str, table: Mapping[tuple[str, str], str], inline: bool = False) -> list[str]:
    """A ``dict[str, dict[str, str]]`` literal of ``table``, grouped by the key's first part;
    with ``inline``, each inner dict on one line where it fits."""
    grouped: dict[str, dict[str, str]] = {}
    for (outer, inner), value in table.items():
        grouped.setdefault(outer, {})[inner] = value
    if not grouped:
        return [f"{name}: Final[dict[str, dict[str, str]]] = {{}}"]
    lines = [f"{name}: Final[dict[str, dict[str, str]]] = {{"]
    for outer in sorted(grouped):
        items = ", ".join(
            f"{_literal(key)}: {_literal(value)}" for key, value in sorted(grouped[outer].items())
        )
        line = f"    {_literal(outer)}: {{{items}}},"
        if inline and len(line) <= 100:
            lines.append(line)
            continue
        lines.append(f"    {_literal(outer)}: {{")
        for inner in sorted(grouped[outer]):
            lines.append(f"        {_literal(inner)}: {_literal(grouped[outer][inner])},")
        lines.append("    },")
    lines.append("}")
    return lines


def _encoded(
    table: Mapping[tuple[str, str], tuple[Run, ...]], newest: str
) -> dict[tuple[str, str], str]:
    return {key: _encode(runs, newest) for key, runs in table.items()}


_HEADER = '''\
# Generated by codegen (codegen/history.py) from the pinned Engine API specs {oldest}..{newest}.
# Do not edit: `python -m codegen generate` rewrites this file.
"""The pinned Engine API versions that have each operation, parameter and field.

Keys: operations by ``operationId``; parameters by ``(operationId, name)`` (query,
path and header parameters); fields by ``(schema_path, field)``, where
``schema_path`` is a definition name (``"HostConfig"``) or ``"<operationId>.body"``
for a request body, followed by ``.Property`` per nested inline object, ``[]`` for
array items and ``{{}}`` for map values (``"HostConfig.LogConfig"``); fields
inherited through ``allOf`` are listed under the inheriting schema too. Definitions
are named as in API {newest}; ``DEFINITION_LINEAGE`` says where a definition's
schema was in versions that had it under another name or inline.

To walk a request body: :func:`body_target` says what a body holds and
:func:`field_target` what a field's value holds, as a target: ``"[]"`` (array
items) and ``"{{}}"`` (map values) prefixes, then the schema path whose fields apply
(``field_target("NetworkingConfig", "EndpointsConfig") == "{{}}EndpointSettings"``);
None when nothing below has fields. Map keys are the caller's data, never fields.

Each version range is ``(first, last)``: ``last`` is None when API {newest} still has
the item; ``first == OLDEST`` means every pinned version has it (it may be older).
"""

from __future__ import annotations

from typing import Final

VERSIONS: Final[tuple[str, ...]] = ({versions})
OLDEST: Final = "{oldest}"
NEWEST: Final = "{newest}"

# Values: comma-separated runs of pinned versions, "A-B" (A to B) or "A" (A to NEWEST).
'''

_FUNCTIONS = '''

Span = tuple[str, str | None]


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.removeprefix("v").split("."))


def _runs(code: str) -> tuple[Span, ...]:
    runs: list[Span] = []
    for run in code.split(","):
        first, _, last = run.partition("-")
        runs.append((first, last or None))
    return tuple(runs)


def _span(code: str) -> Span:
    runs = _runs(code)
    return runs[0][0], runs[-1][1]


def supported(first: str, last: str | None, version: str) -> bool:
    """Whether ``version`` lies in ``first`` .. ``last`` (None: no upper bound)."""
    wanted = _key(version)
    return _key(first) <= wanted and (last is None or wanted <= _key(last))


def _has(code: str, version: str) -> bool:
    return any(supported(first, last, version) for first, last in _runs(code))


def _operation(operation_id: str) -> str:
    try:
        return _OPERATIONS[operation_id]
    except KeyError:
        raise KeyError(f"unknown Engine API operation {operation_id!r}") from None


def _parameter(operation_id: str, name: str) -> str:
    try:
        return _PARAMETERS[operation_id][name]
    except KeyError:
        raise KeyError(f"{operation_id} has no parameter {name!r} in any API version") from None


def _field(schema_path: str, field: str) -> str:
    try:
        return _FIELDS[schema_path][field]
    except KeyError:
        raise KeyError(f"{schema_path} has no field {field!r} in any API version") from None


def operation_versions(operation_id: str) -> Span:
    """``(first, last)`` API version of an operation; KeyError if never seen."""
    return _span(_operation(operation_id))


def parameter_versions(operation_id: str, name: str) -> Span:
    """``(first, last)`` API version of a query, path or header parameter."""
    return _span(_parameter(operation_id, name))


def field_versions(schema_path: str, field: str) -> Span:
    """``(first, last)`` API version of a field of a definition or request body."""
    return _span(_field(schema_path, field))


def has_operation(operation_id: str, version: str) -> bool:
    """Whether API ``version`` has the operation (False for versions before OLDEST)."""
    return _has(_operation(operation_id), version)


def has_parameter(operation_id: str, name: str, version: str) -> bool:
    """Whether API ``version`` has the parameter (False for versions before OLDEST)."""
    return _has(_parameter(operation_id, name), version)


def has_field(schema_path: str, field: str, version: str) -> bool:
    """Whether API ``version`` has the field (False for versions before OLDEST)."""
    return _has(_field(schema_path, field), version)


def operation_runs(operation_id: str) -> tuple[Span, ...]:
    """Every ``(first, last)`` run of versions that has the operation, oldest first."""
    return _runs(_operation(operation_id))


def parameter_runs(operation_id: str, name: str) -> tuple[Span, ...]:
    """Every ``(first, last)`` run of versions that has the parameter, oldest first."""
    return _runs(_parameter(operation_id, name))


def field_runs(schema_path: str, field: str) -> tuple[Span, ...]:
    """Every ``(first, last)`` run of versions that has the field, oldest first."""
    return _runs(_field(schema_path, field))


def parameter_names(operation_id: str) -> tuple[str, ...]:
    """The parameters the operation has in any API version; KeyError if never seen."""
    _operation(operation_id)
    return tuple(_PARAMETERS.get(operation_id, ()))


def parameter_location(operation_id: str, name: str) -> str:
    """Where the parameter goes: ``"query"``, ``"path"`` or ``"header"``."""
    _parameter(operation_id, name)
    return _PARAMETER_LOCATIONS.get(operation_id, {}).get(name, "query")


def field_names(schema_path: str) -> tuple[str, ...]:
    """The fields the schema path has in any API version (none for an unknown path)."""
    return tuple(_FIELDS.get(schema_path, ()))


def field_target(schema_path: str, field: str) -> str | None:
    """What the field's value holds (``"HostConfig"``, ``"[]Mount"``,
    ``"{}EndpointSettings"``), for fields a request body can reach; None when nothing
    below it has fields (or no request body reaches it)."""
    _field(schema_path, field)
    return _FIELD_REFS.get(schema_path, {}).get(field)


def body_target(operation_id: str) -> str | None:
    """What the operation's request body holds (``"ContainerCreate.body"``,
    ``"[]PluginPrivilege"``), or None when it has no body with fields."""
    _operation(operation_id)
    return _BODY_REFS.get(operation_id)
'''


def render(result: History) -> str:
    """The source of ``_api_versions.py`` for a computed history."""
    newest = result.newest
    versions = ", ".join(_literal(v) for v in result.versions)
    if len(versions) + 40 > 100:
        versions = "\n" + "".join(f"    {_literal(v)},\n" for v in result.versions)
    out = _HEADER.format(oldest=result.oldest, newest=newest, versions=versions).splitlines()
    out.append("_OPERATIONS: Final[dict[str, str]] = {")
    for op_id, runs in sorted(result.operations.items()):
        out.append(f"    {_literal(op_id)}: {_literal(_encode(runs, newest))},")
    out.append("}")
    out.append("")
    out.extend(_nested("_PARAMETERS", _encoded(result.parameters, newest)))
    out.append("")
    out.extend(_nested("_FIELDS", _encoded(result.fields, newest)))
    out.append("")
    out.append(
        "# Where a parameter goes when not in the query: operationId -> name -> path/header."
    )
    out.extend(_nested("_PARAMETER_LOCATIONS", result.parameter_locations, inline=True))
    out.append("")
    out.append("# What a field's value holds, for the fields a request body can reach that have")
    out.append('# fields below them: schema_path -> field -> target: "[]" (array items) and "{}"')
    out.append("# (map values) prefixes, then the schema path (a key of _FIELDS) whose fields")
    out.append("# apply. Map keys are the caller's data, never fields.")
    out.extend(_nested("_FIELD_REFS", result.refs, inline=True))
    out.append("")
    out.append(
        "# What a request body holds (a target, as above), for bodies with fields below them."
    )
    out.append("_BODY_REFS: Final[dict[str, str]] = {" + ("" if result.bodies else "}"))
    if result.bodies:
        for op_id, target in sorted(result.bodies.items()):
            out.append(f"    {_literal(op_id)}: {_literal(target)},")
        out.append("}")
    out.append("")
    out.append("# Definition -> ((first, last, where its schema was then), ...)")
    out.append(
        "DEFINITION_LINEAGE: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {"
        + ("" if result.lineage else "}")
    )
    for name, entries in sorted(result.lineage.items()):
        items = [
            f"({_literal(first)}, {_literal(last)}, {_literal(label)})"
            for (first, last), label in entries
        ]
        line = f"    {_literal(name)}: ({items[0]},),"
        if len(items) == 1 and len(line) <= 100:
            out.append(line)
        else:
            out.append(f"    {_literal(name)}: (")
            out.extend(f"        {item}," for item in items)
            out.append("    ),")
    if result.lineage:
        out.append("}")
    return "\n".join(out) + "\n" + _FUNCTIONS


def render_module(spec_dir: Path | None) -> str:
    """The full source of ``generated/engine_api_binding/_api_versions.py``."""
    return render(history(spec_dir))
