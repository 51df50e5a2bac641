"""``python -m codegen diff OLD NEW``: what changed in the API between two pinned versions.

One change per line, grouped by kind, each line ending with the version (within
OLD..NEW) from which the change holds:

    + ImageAttestations: GET /images/{name}/attestations (1.55)

``+`` added, ``-`` removed, ``~`` changed. Definitions are compared under their
names in NEW: a renamed definition (``GraphDriverData`` -> ``DriverData``) or an
inline schema that became a definition (``NetworkConnect.body`` ->
``NetworkConnectRequest``) is reported once as such, and only real differences of
its fields are listed. A ``$ref`` is not followed, so a property added to
``HostConfig`` is listed once, under ``HostConfig``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from codegen.specs import SpecError, pin_for, pins, version_key
from codegen.surface import (
    ITEMS,
    VALUES,
    FieldPath,
    Location,
    Node,
    Parameter,
    View,
    align,
    dotted,
    surface,
)

Key = tuple[str, ...]
Flat = dict[Key, object]
Probe = Callable[[Flat], Hashable]

SECTIONS: tuple[tuple[str, str], ...] = (
    ("operations", "Operations"),
    ("parameters", "Query, path and header parameters"),
    ("request", "Request body fields"),
    ("response", "Responses and response fields"),
    ("definitions", "Definitions"),
    ("fields", "Definition fields"),
    ("enums", "Enum values"),
    ("types", "Type changes"),
    ("other", "Other changes (required, defaults, placement)"),
)
_SIGN_ORDER = {"+": 0, "-": 1, "~": 2}
_NODE_SECTION = {"body": "request", "response": "response", "definition": "fields"}


@dataclass(frozen=True)
class Change:
    section: str
    sign: str
    """``+`` added, ``-`` removed, ``~`` changed."""
    subject: str
    detail: str
    probe: Probe
    """What the change is about, as a function of one version's flat surface:
    the change took effect where this value last changed."""
    form: Probe | None = None
    """For an addition, the added item's value: if that last changed later than
    the addition, the line says so."""

    def sort_key(self) -> tuple[int, str, str]:
        return _SIGN_ORDER[self.sign], self.subject, self.detail


# --- flat records --------------------------------------------------------------


_ROOT_LENGTH = {"definition": 1, "body": 2, "response": 3}
"""Per kind of schema node, how many leading path segments name the schema."""


def flat(view: View) -> Flat:
    """Every comparable item of a view, by a key saying what it is."""
    out: Flat = {}
    for op_id, operation in view.operations.items():
        out[("operation", op_id)] = f"{operation.method} {operation.path}"
        for name, parameter in operation.parameters.items():
            out[("parameter", op_id, name)] = parameter
        for path, node in operation.body.items():
            out[("node", "body", *path)] = node
        for code, nodes in operation.responses.items():
            out[("status", op_id, code)] = True
            for path, node in nodes.items():
                out[("node", "response", *path)] = node
    for name, nodes in view.definitions.items():
        if view.native(name):
            # The document itself has a definition by this name (not a renamed
            # or inline predecessor).
            out[("native", name)] = True
        for path, node in nodes.items():
            out[("node", "definition", *path)] = node
    return out


def _node_key(kind: str, path: FieldPath) -> Key:
    return ("node", kind, *path)


def _present(key: Key) -> Probe:
    return lambda f: key in f


def _attribute(key: Key, name: str) -> Probe:
    return lambda f: getattr(f[key], name, None) if key in f else None


def _type_of(key: Key) -> Probe:
    def probe(f: Flat) -> Hashable:
        item = f.get(key)
        return item.type_label() if isinstance(item, Node | Parameter) else None

    return probe


def _has_value(key: Key, value: str) -> Probe:
    def probe(f: Flat) -> Hashable:
        item = f.get(key)
        return isinstance(item, Node | Parameter) and value in item.enum

    return probe


def _value(key: Key) -> Probe:
    return lambda f: repr(f.get(key))


# --- comparing -------------------------------------------------------------------


def _describe_parameter(parameter: Parameter) -> str:
    text = parameter.type_label()
    if parameter.default is not None:
        text += f", default {parameter.default}"
    if parameter.required:
        text += ", required"
    return text


def _describe_definition(name: str, nodes: Mapping[FieldPath, Node]) -> str:
    text = nodes[(name,)].type_label()
    count = sum(1 for path in nodes if len(path) > 1 and path[-1] not in (ITEMS, VALUES))
    return f"{text}, {_plural(count, 'field')}" if count else text


def _enum_changes(
    section: str, subject: str, key: Key, old: Node | Parameter, new: Node | Parameter
) -> list[Change]:
    out: list[Change] = []
    if isinstance(old, Node) and isinstance(new, Node) and (old.ref or new.ref):
        return out  # a type change to or from a $ref, reported as such
    for value in sorted(set(new.enum) - set(old.enum)):
        out.append(Change(section, "+", subject, f"enum value {value}", _has_value(key, value)))
    for value in sorted(set(old.enum) - set(new.enum)):
        out.append(Change(section, "-", subject, f"enum value {value}", _has_value(key, value)))
    return out


def _operation_changes(old: Flat, new: Flat) -> list[Change]:
    out: list[Change] = []
    key: Key
    old_ops = {key[1] for key in old if key[0] == "operation"}
    new_ops = {key[1] for key in new if key[0] == "operation"}
    for op_id in sorted(new_ops - old_ops):
        key = ("operation", op_id)
        out.append(Change("operations", "+", op_id, str(new[key]), _present(key)))
    for op_id in sorted(old_ops - new_ops):
        key = ("operation", op_id)
        out.append(Change("operations", "-", op_id, str(old[key]), _present(key)))
    for op_id in sorted(old_ops & new_ops):
        key = ("operation", op_id)
        if old[key] != new[key]:
            out.append(Change("operations", "~", op_id, f"{old[key]} -> {new[key]}", _value(key)))

    both = old_ops & new_ops
    for key in sorted(k for k in new.keys() - old.keys() if k[0] == "parameter"):
        if key[1] in both:
            item = new[key]
            assert isinstance(item, Parameter)
            subject = f"{key[1]} {item.location} {item.name}"
            detail = _describe_parameter(item)
            out.append(Change("parameters", "+", subject, detail, _present(key), _value(key)))
    for key in sorted(k for k in old.keys() - new.keys() if k[0] == "parameter"):
        if key[1] in both:
            item = old[key]
            assert isinstance(item, Parameter)
            subject = f"{key[1]} {item.location} {item.name}"
            out.append(Change("parameters", "-", subject, _describe_parameter(item), _present(key)))
    for key in sorted(k for k in old.keys() & new.keys() if k[0] == "parameter"):
        was, now = old[key], new[key]
        assert isinstance(was, Parameter) and isinstance(now, Parameter)
        if was == now:
            continue
        subject = f"{key[1]} {now.location} {now.name}"
        if was.type_label() != now.type_label():
            detail = f"{was.type_label()} -> {now.type_label()}"
            out.append(Change("types", "~", subject, detail, _type_of(key)))
        out.extend(_enum_changes("enums", subject, key, was, now))
        if was.location != now.location:
            detail = f"moved from {was.location} to {now.location}"
            out.append(Change("other", "~", subject, detail, _attribute(key, "location")))
        if was.default != now.default:
            detail = f"default {was.default or 'none'} -> {now.default or 'none'}"
            out.append(Change("other", "~", subject, detail, _attribute(key, "default")))
        if was.required != now.required:
            detail = "now required" if now.required else "no longer required"
            out.append(Change("other", "~", subject, detail, _attribute(key, "required")))

    for key in sorted(k for k in new.keys() - old.keys() if k[0] == "status"):
        if key[1] in both:
            subject = f"{key[1]} response {key[2]}"
            out.append(Change("response", "+", subject, "status code", _present(key)))
    for key in sorted(k for k in old.keys() - new.keys() if k[0] == "status"):
        if key[1] in both:
            subject = f"{key[1]} response {key[2]}"
            out.append(Change("response", "-", subject, "status code", _present(key)))
    return out


NodeKey = tuple[str, FieldPath]
"""``(kind, path)`` of a schema node, kind as in ``_ROOT_LENGTH``."""


def _nodes(f: Flat) -> dict[NodeKey, Node]:
    out: dict[NodeKey, Node] = {}
    for key, item in f.items():
        if key[0] == "node" and isinstance(item, Node):
            out[(key[1], key[2:])] = item
    return out


def _node_changes(old: Flat, new: Flat, old_view: View, new_view: View) -> list[Change]:
    out: list[Change] = []
    old_nodes = _nodes(old)
    new_nodes = _nodes(new)

    # Definitions as a whole.
    for name in sorted(new_view.definitions.keys() - old_view.definitions.keys()):
        key = _node_key("definition", (name,))
        detail = _describe_definition(name, new_view.definitions[name])
        out.append(Change("definitions", "+", name, detail, _present(key), _value(key)))
    for name in sorted(old_view.definitions.keys() - new_view.definitions.keys()):
        detail = _describe_definition(name, old_view.definitions[name])
        out.append(
            Change("definitions", "-", name, detail, _present(_node_key("definition", (name,))))
        )
    for name in sorted(old_view.definitions.keys() & new_view.definitions.keys()):
        if old_view.native(name):
            continue
        source = old_view.sources[name]
        out.append(Change("definitions", "~", name, _lineage_text(source), _native(name)))

    def in_both(key: Key) -> bool:
        return key in old and key in new

    def note(kind: str, path: FieldPath, node: Node, sign: str) -> None:
        nodes, counterpart = (new_nodes, old_nodes) if sign == "+" else (old_nodes, new_nodes)
        length = _ROOT_LENGTH[kind]
        if len(path) == length:
            # A whole schema: definitions are reported above, and a body or response
            # schema only counts if its operation (and status code) is in both versions.
            if kind == "definition" or not in_both(("operation", path[0])):
                return
            if kind == "response" and not in_both(("status", path[0], path[2])):
                return
        elif (kind, path[:-1]) not in counterpart:
            return  # the schema or property holding it is new or gone; reported there
        size = len(path)
        nested = sum(1 for k, other in nodes if k == kind and other[:size] == path) - 1
        detail = node.type_label()
        if nested:
            detail += f" (+{nested} nested)"
        if len(path) == length:
            detail = f"whole schema: {detail}"
        key = _node_key(kind, path)
        form = _value(key) if sign == "+" else None
        out.append(Change(_NODE_SECTION[kind], sign, dotted(path), detail, _present(key), form))

    for kind, path in sorted(new_nodes.keys() - old_nodes.keys()):
        note(kind, path, new_nodes[(kind, path)], "+")
    for kind, path in sorted(old_nodes.keys() - new_nodes.keys()):
        note(kind, path, old_nodes[(kind, path)], "-")

    for kind, path in sorted(old_nodes.keys() & new_nodes.keys()):
        was, now = old_nodes[(kind, path)], new_nodes[(kind, path)]
        if was == now:
            continue
        key = _node_key(kind, path)
        subject = dotted(path)
        if was.type_label() != now.type_label():
            detail = f"{was.type_label()} -> {now.type_label()}"
            out.append(Change("types", "~", subject, detail, _type_of(key)))
        out.extend(_enum_changes("enums", subject, key, was, now))
        if was.required != now.required:
            detail = "now required" if now.required else "no longer required"
            out.append(Change("other", "~", subject, detail, _attribute(key, "required")))
    return out


def _lineage_text(source: Location) -> str:
    if source.in_definition and len(source.path) == 1:
        return f"renamed from {source.path[0]}"
    return f"was the inline schema of {source.label()}"


def _native(name: str) -> Probe:
    return _present(("native", name))


def changes(views: Sequence[View]) -> list[Change]:
    """Every change from the first to the last of ``views`` (aligned to the last)."""
    old_view, new_view = views[0], views[-1]
    old, new = flat(old_view), flat(new_view)
    return _operation_changes(old, new) + _node_changes(old, new, old_view, new_view)


def since(probe: Probe, versions: Sequence[str], flats: Sequence[Flat]) -> str:
    """The version after the last change of ``probe``'s value along ``versions``."""
    values = [probe(f) for f in flats]
    for index in range(len(values) - 1, 0, -1):
        if values[index] != values[index - 1]:
            return versions[index]
    return versions[-1]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def report(old: str, new: str, spec_dir: Path | None) -> str:
    """The text ``python -m codegen diff OLD NEW`` prints."""
    old = pin_for(old).version
    new = pin_for(new).version
    if version_key(old) > version_key(new):
        raise SpecError(
            f"diff needs the older version first: {old} is newer than {new} (try: diff {new} {old})"
        )
    versions = [p.version for p in pins() if version_key(old) <= p.key <= version_key(new)]
    views = align([surface(v, spec_dir) for v in versions], follow_surviving=False)
    found = changes(views)
    flats = [flat(view) for view in views]

    lines = [f"Engine API changes from {old} to {new}"]
    if len(versions) > 2:
        lines.append(f"(in parentheses: the version in {versions[1]}..{new} that made the change)")
    if not found:
        lines.append("")
        lines.append("No changes.")
    totals = {"+": 0, "-": 0, "~": 0}
    summary: list[str] = []
    for section, title in SECTIONS:
        entries = sorted((c for c in found if c.section == section), key=Change.sort_key)
        if not entries:
            continue
        counts = {sign: sum(1 for c in entries if c.sign == sign) for sign in totals}
        parts = [
            f"{counts['+']} added" if counts["+"] else "",
            f"{counts['-']} removed" if counts["-"] else "",
            f"{counts['~']} changed" if counts["~"] else "",
        ]
        counted = ", ".join(p for p in parts if p)
        lines.append("")
        lines.append(f"{title} ({counted})")
        for change in entries:
            when = since(change.probe, versions, flats)
            if change.form is not None:
                shaped = since(change.form, versions, flats)
                if shaped != when:
                    when += f"; as shown since {shaped}"
            lines.append(f"  {change.sign} {change.subject}: {change.detail} ({when})")
        for sign, count in counts.items():
            totals[sign] += count
        summary.append(f"  {title}: {counted}")
    lines.append("")
    lines.append("Summary")
    lines.extend(summary)
    total = sum(totals.values())
    lines.append(
        f"  Total: {_plural(total, 'change')} "
        f"({totals['+']} added, {totals['-']} removed, {totals['~']} changed)"
    )
    return "\n".join(lines) + "\n"


def main(old: str, new: str, spec_dir: Path | None) -> int:
    print(report(old, new, spec_dir), end="")
    return 0
