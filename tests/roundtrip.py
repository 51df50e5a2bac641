"""Checks that a parsed response kept everything the engine sent.

``assert_nothing_lost(raw, parsed)`` serializes the typed result back with
``to_dict()`` and compares it with the JSON the engine sent, key by key:
a field dropped, a value changed, or a model that did not parse (left as a
raw dict) is reported with its path. The one tolerance is documented
precision: Python's datetime keeps microseconds, so an RFC 3339 timestamp
with nanoseconds compares at microsecond precision.

It also reads the parsed models as mappings (``model["Key"]``, ``in``, ``get``, ``keys``)
and checks that they read as the JSON the engine sent: a key sent with a value reads as that
value (nested models as models, lists as lists), a key sent as null or not sent is not in it.
"""

from __future__ import annotations

import datetime
from typing import Any

from dateutil.parser import isoparse


def to_plain(value: Any) -> Any:
    """A parsed result (model, list of models, scalar) as plain JSON data."""
    if hasattr(value, "to_dict") and hasattr(value, "additional_properties"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    return value


def _as_time(value: Any) -> datetime.datetime | None:
    if not isinstance(value, str) or len(value) < 20 or value[4:5] != "-" or "T" not in value:
        return None
    try:
        return isoparse(value)
    except ValueError:
        return None


def differences(raw: Any, dumped: Any, path: str = "$") -> list[str]:
    if isinstance(raw, dict) and isinstance(dumped, dict):
        found: list[str] = []
        for key in sorted(set(raw) | set(dumped)):
            where = f"{path}.{key}"
            if key not in dumped:
                found.append(f"{where}: lost (engine sent {raw[key]!r:.80})")
            elif key not in raw:
                found.append(f"{where}: added {dumped[key]!r:.80} (engine sent nothing)")
            else:
                found.extend(differences(raw[key], dumped[key], where))
        return found
    if isinstance(raw, list) and isinstance(dumped, list):
        if len(raw) != len(dumped):
            return [f"{path}: {len(raw)} items sent, {len(dumped)} kept"]
        found = []
        for i, (r, d) in enumerate(zip(raw, dumped, strict=True)):
            found.extend(differences(r, d, f"{path}[{i}]"))
        return found
    if raw == dumped and type(raw) is type(dumped):
        return []
    sent, kept = _as_time(raw), _as_time(dumped)
    if sent is not None and kept is not None and sent == kept:
        return []
    return [f"{path}: engine sent {raw!r:.80}, parsed back as {dumped!r:.80}"]


def unparsed_models(value: Any, path: str = "$") -> list[str]:
    """Places where a typed model holds a raw dict where a model was declared.

    Only ``additional_properties`` may hold plain dicts (unknown keys)."""
    found: list[str] = []
    if hasattr(value, "additional_properties") and hasattr(value, "to_dict"):
        for name in type(value)._keys.values():
            found.extend(unparsed_models(getattr(value, name), f"{path}.{name}"))
        for key, item in value.additional_properties.items():
            if hasattr(item, "to_dict"):
                found.extend(unparsed_models(item, f"{path}[{key!r}]"))
    elif isinstance(value, dict):
        found.append(f"{path}: a raw dict where the binding declares a model")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(unparsed_models(item, f"{path}[{i}]"))
    return found


def _is_model(value: Any) -> bool:
    return hasattr(value, "to_dict") and hasattr(value, "additional_properties")


def mapping_differences(raw: Any, parsed: Any, path: str = "$") -> list[str]:
    """Where reading ``parsed`` as a mapping does not give what the engine sent (``raw``)."""
    if _is_model(parsed) and isinstance(raw, dict):
        found: list[str] = []
        sent = {key for key, value in raw.items() if value is not None}
        if set(parsed.keys()) != sent or len(parsed) != len(sent) or set(parsed) != sent:
            found.append(f"{path}: reads keys {sorted(parsed.keys())}, engine sent {sorted(sent)}")
        for key, value in raw.items():
            where = f"{path}[{key!r}]"
            if value is None:
                if key in parsed or parsed.get(key) is not None:
                    found.append(f"{where}: sent null, reads as present")
                continue
            if key not in parsed:
                found.append(f"{where}: sent, reads as absent")
                continue
            if parsed.get(key) is not parsed[key]:
                found.append(f"{where}: get() and [] differ")
            found.extend(mapping_differences(value, parsed[key], where))
        return found
    if isinstance(raw, list) and isinstance(parsed, list) and len(raw) == len(parsed):
        found = []
        for i, (r, p) in enumerate(zip(raw, parsed, strict=True)):
            found.extend(mapping_differences(r, p, f"{path}[{i}]"))
        return found
    if isinstance(parsed, datetime.datetime) and _as_time(raw) == parsed:
        return []
    return differences(raw, to_plain(parsed), path)


def assert_nothing_lost(raw: Any, parsed: Any, what: str = "response") -> None:
    problems = differences(raw, to_plain(parsed)) + unparsed_models(parsed)
    problems += mapping_differences(raw, parsed)
    assert not problems, f"{what}: " + "; ".join(problems[:20])
