"""Carry what newer specs removed back into the newest one.

The binding is generated from the newest spec, but it talks to engines as
old as the oldest pinned version, and those still send (and accept) what
later versions removed: ``NetworkSettings.IPAddress`` until 1.51,
``/system/df``'s ``LayersSize`` until 1.51, ``ImageInspect.VirtualSize``
until 1.43, ``NetworkCreate``'s ``CheckDuplicate``... Without them an old
engine's answer parses only into ``additional_properties``.

So, walking from the newest version down, every property, response field
and query parameter that an older version has and the newer ones lack is
copied in, with the definitions it needs, and marked ``x-engine-until`` with
the last version that has it; its description says so. What exists in both
keeps the newer form.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]
REF_PREFIX = "#/definitions/"
UNTIL = "x-engine-until"


def carry_removed(newest: JSON, older: list[tuple[str, JSON]]) -> None:
    """Merge into ``newest`` what each of ``older`` (newest first) has and it lacks."""
    for version, doc in older:
        _Carrier(newest, doc, version).run()


class _Carrier:
    def __init__(self, target: JSON, source: JSON, version: str) -> None:
        self.target = target
        self.source = source
        self.version = version
        self.defs: JSON = target["definitions"]

    def run(self) -> None:
        for name, schema in self.source["definitions"].items():
            if name in self.defs:
                self.merge(self.defs[name], schema)
        for path, item in self.source["paths"].items():
            for method, op in item.items():
                new_op = self.target["paths"].get(path, {}).get(method)
                if isinstance(op, dict) and isinstance(new_op, dict):
                    self.merge_operation(new_op, op)

    def resolve(self, schema: JSON) -> JSON:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            return self.defs.get(ref.removeprefix(REF_PREFIX), schema)  # type: ignore[no-any-return]
        return schema

    def merge(self, new: JSON, old: JSON) -> None:
        """Add ``old``'s properties that ``new`` lacks; recurse into shared objects."""
        new = self.resolve(new)
        if "$ref" in old:
            return  # a reference in the older spec: its definition merges by name
        new_props = new.get("properties")
        old_props = old.get("properties")
        if isinstance(old_props, dict) and isinstance(new_props, dict):
            for prop, old_sub in old_props.items():
                if prop in new_props:
                    self.merge(new_props[prop], old_sub)
                else:
                    new_props[prop] = self.carried(old_sub)
        for key in ("items", "additionalProperties"):
            if isinstance(new.get(key), dict) and isinstance(old.get(key), dict):
                self.merge(new[key], old[key])

    def merge_operation(self, new_op: JSON, old_op: JSON) -> None:
        new_params = new_op.setdefault("parameters", [])
        names = {(p["in"], p["name"]) for p in new_params}
        for param in old_op.get("parameters", []):
            if param["in"] == "body":
                new_body = next((p for p in new_params if p["in"] == "body"), None)
                if new_body is not None:
                    self.merge(new_body["schema"], param["schema"])
            elif (param["in"], param["name"]) not in names:
                new_params.append(self.carried(param))
        for status, resp in old_op.get("responses", {}).items():
            new_resp = new_op.get("responses", {}).get(status)
            if new_resp and "schema" in new_resp and "schema" in resp:
                self.merge(new_resp["schema"], resp["schema"])

    def carried(self, node: JSON) -> JSON:
        """A copy of an older property or parameter, marked, with its definitions."""
        copied = copy.deepcopy(node)
        copied[UNTIL] = self.version
        note = f"Sent and accepted by engines up to API {self.version}; removed after it."
        copied["description"] = f"{note}\n\n{copied.get('description', '')}".strip() + "\n"
        for ref in _refs(copied):
            self.bring_definition(ref)
        return copied

    def bring_definition(self, name: str) -> None:
        if name in self.defs or name not in self.source["definitions"]:
            return
        definition = copy.deepcopy(self.source["definitions"][name])
        definition[UNTIL] = self.version
        self.defs[name] = definition
        for ref in _refs(definition):
            self.bring_definition(ref)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(REF_PREFIX):
                yield value.removeprefix(REF_PREFIX)
            elif key not in ("example", "examples"):
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)
