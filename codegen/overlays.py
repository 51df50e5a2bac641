"""Our corrections to the upstream spec, kept as small files in ``spec/overlays``.

Each overlay is a YAML file applied to the newest pinned Swagger document
before conversion::

    reason: why upstream is wrong, in one line
    changes:
      - target: /definitions/ContainerWaitResponse/properties/Error   # JSON pointer
        merge: {x-nullable: true}      # or  set: <value>  or  remove: true

A target that does not exist is an error: when a spec bump moves or fixes
something an overlay corrects, codegen says so instead of silently doing
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen.specs import SPEC_DIR, SpecError

OVERLAY_DIR = SPEC_DIR / "overlays"


@dataclass(frozen=True)
class Overlay:
    name: str
    reason: str
    changes: list[dict[str, Any]]


def load_all(directory: Path = OVERLAY_DIR) -> list[Overlay]:
    found: list[Overlay] = []
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        if not isinstance(doc, dict) or not isinstance(doc.get("reason"), str):
            raise SpecError(f"overlay {path.name} must be a mapping with a one-line 'reason'")
        changes = doc.get("changes")
        if not isinstance(changes, list) or not changes:
            raise SpecError(f"overlay {path.name} has no 'changes'")
        found.append(Overlay(path.stem, doc["reason"], changes))
    return found


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _key(node: Any, token: str) -> Any:
    """The key a pointer token names in ``node``; YAML reads status codes as ints."""
    if isinstance(node, list):
        return int(token)
    if token not in node and token.isdigit() and int(token) in node:
        return int(token)
    return token


def _resolve(doc: Any, pointer: str, overlay: str) -> tuple[Any, str]:
    """The container of the pointer's last token, and that token."""
    if not pointer.startswith("/"):
        raise SpecError(f"overlay {overlay}: target {pointer!r} is not a JSON pointer")
    tokens = [_unescape(t) for t in pointer[1:].split("/")]
    node = doc
    for depth, token in enumerate(tokens[:-1]):
        try:
            node = node[_key(node, token)]
        except (KeyError, IndexError, TypeError):
            where = "/" + "/".join(tokens[: depth + 1])
            raise SpecError(f"overlay {overlay}: {where} does not exist in the spec") from None
    last: Any = tokens[-1]
    return node, last


def apply(doc: dict[str, Any], overlays: list[Overlay]) -> None:
    for overlay in overlays:
        for change in overlay.changes:
            target = change.get("target")
            if not isinstance(target, str):
                raise SpecError(f"overlay {overlay.name}: every change needs a 'target'")
            parent, token = _resolve(doc, target, overlay.name)
            key = _key(parent, token)
            exists = key < len(parent) if isinstance(parent, list) else key in parent
            if "merge" in change:
                if not exists or not isinstance(parent[key], dict):
                    raise SpecError(
                        f"overlay {overlay.name}: {target} is not an object to merge into"
                    )
                parent[key].update(change["merge"])
            elif "set" in change:
                parent[key] = change["set"]
            elif change.get("remove"):
                if not exists:
                    raise SpecError(f"overlay {overlay.name}: {target} does not exist to remove")
                del parent[key]
            else:
                raise SpecError(f"overlay {overlay.name}: a change needs merge, set or remove")
