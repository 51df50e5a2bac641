"""Which Engine API version to speak, and refusing what that version lacks.

Sans-I/O: pure functions that the sync and the asyncio clients both call.

Negotiation
    :meth:`PingInfo.from_headers` reads the headers of ``GET /_ping``;
    :func:`choose_version` picks the version to speak from what the engine serves,
    what this client was generated from (API :data:`OLDEST` to :data:`NEWEST`) and
    what the caller pinned.

Gates
    :func:`check_operation`, :func:`check_parameters` and :func:`check_body` raise
    :class:`~engine_api.errors.UnsupportedByEngine` *before* a request is sent when
    the version in use lacks the operation, a parameter the caller set, or a field
    of the request body (because it is newer, or was removed). They read the history
    that codegen computed over the pinned specs (``engine_api_binding._api_versions``)
    and cache their answers per operation (schema) and version, so that a call with
    no parameters and no body costs a dictionary lookup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from engine_api_binding import _api_versions as _history

from engine_api._frozen import Frozen
from engine_api.errors import InvalidVersion, UnsupportedByEngine

OLDEST: Final[str] = _history.OLDEST
"""The oldest API version this client speaks (Docker Engine 20.10)."""
NEWEST: Final[str] = _history.NEWEST
"""The newest API version this client was generated from."""

Version = tuple[int, int]

_VERSION_TEXT = re.compile(r"v?([0-9]+)\.([0-9]+)", re.ASCII)
_ITEMS = "[]"
_VALUES = "{}"
_CACHE_SIZE = 4096


# --- negotiation ---------------------------------------------------------------------------


def parse_version(text: str) -> Version:
    """``"1.41"`` or ``"v1.41"`` -> ``(1, 41)``; anything else raises InvalidVersion."""
    match = _VERSION_TEXT.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise InvalidVersion(
            f"{text!r} is not an Engine API version (expected the form 1.41 or v1.41)"
        )
    return int(match[1]), int(match[2])


def _text(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


_OLDEST: Final = parse_version(OLDEST)
_NEWEST: Final = parse_version(NEWEST)
_SUPPORTED: Final = f"API {OLDEST} to {NEWEST}"


class PingInfo(Frozen):
    """What an engine says about itself in the headers of ``GET /_ping``."""

    _fields = ("api_version", "os_type", "experimental", "builder_version", "swarm")
    __slots__ = _fields

    api_version: str | None
    """``API-Version``: the newest API version the engine serves."""
    os_type: str | None
    """``OSType``: ``linux`` or ``windows``."""
    experimental: bool
    """``Docker-Experimental: true``."""
    builder_version: str | None
    """``Builder-Version``: the default builder, ``"1"`` (classic) or ``"2"`` (BuildKit)."""
    swarm: str | None
    """``Swarm``: ``inactive``, ``pending``, ``error``, ``locked``, ``active/worker`` or
    ``active/manager``."""

    def __init__(
        self,
        api_version: str | None,
        os_type: str | None,
        experimental: bool,
        builder_version: str | None,
        swarm: str | None,
    ) -> None:
        object.__setattr__(self, "api_version", api_version)
        object.__setattr__(self, "os_type", os_type)
        object.__setattr__(self, "experimental", experimental)
        object.__setattr__(self, "builder_version", builder_version)
        object.__setattr__(self, "swarm", swarm)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> PingInfo:
        """From the response headers (names in any case; empty values count as absent)."""
        found: dict[str, str] = {}
        for name, value in headers.items():
            value = value.strip()
            if value:
                found[name.lower()] = value
        return cls(
            api_version=found.get("api-version"),
            os_type=found.get("ostype"),
            experimental=found.get("docker-experimental", "").lower() == "true",
            builder_version=found.get("builder-version"),
            swarm=found.get("swarm"),
        )


def _engine_version(text: str, what: str) -> Version:
    try:
        return parse_version(text)
    except InvalidVersion:
        raise InvalidVersion(
            f"the engine reported {text!r} as its {what}, which is not an API version"
        ) from None


def choose_version(
    engine: PingInfo | str | None,
    *,
    pinned: str | None = None,
    engine_min: str | None = None,
) -> str:
    """The API version to speak with an engine, as ``"1.N"``.

    ``engine`` is what ``GET /_ping`` said (or the engine's ``API-Version`` itself, or
    None when unknown); ``engine_min`` the engine's ``MinAPIVersion`` (from
    ``GET /version``) when known.

    - Unpinned: the lower of the engine's version and :data:`NEWEST`.
    - ``pinned``: used as is (normalized: ``"v1.43"`` -> ``"1.43"``) when the engine can
      serve it, even newer than :data:`NEWEST` (the gates then treat it as NEWEST).
    - The engine sent no ``API-Version``: engines since API 1.25 always send it, so
      either a proxy dropped it or the engine is older than anything this client
      supports. A pinned version is used as is, unchecked; else :data:`OLDEST` (or the
      engine's minimum, if newer), which every supported engine serves; an engine too
      old for it refuses the first request with its own error.

    Raises InvalidVersion, naming both sides and what to do, for: a pinned version
    newer than the engine serves, older than the engine's minimum or older than
    :data:`OLDEST`; an engine older than :data:`OLDEST`; an engine whose minimum is
    newer than :data:`NEWEST`; text that is not a version.
    """
    reported = engine.api_version if isinstance(engine, PingInfo) else engine
    maximum = None if reported is None else _engine_version(reported, "API version")
    minimum = None if engine_min is None else _engine_version(engine_min, "minimum API version")

    if pinned is not None:
        wanted = parse_version(pinned)
        if wanted < _OLDEST:
            raise InvalidVersion(
                f"API {_text(wanted)} was pinned, but this client speaks {_SUPPORTED}; "
                f"pin {OLDEST} or newer, or pin nothing to negotiate with the engine"
            )
        if maximum is not None and wanted > maximum:
            raise InvalidVersion(
                f"API {_text(wanted)} was pinned, but the engine serves at most API "
                f"{_text(maximum)}; pin {_text(maximum)} or older, pin nothing to "
                "negotiate, or upgrade the Docker Engine"
            )
        if minimum is not None and wanted < minimum:
            raise InvalidVersion(
                f"API {_text(wanted)} was pinned, but the engine serves API "
                f"{_text(minimum)} or newer only; pin {_text(minimum)} or newer, or pin "
                "nothing to negotiate"
            )
        return _text(wanted)

    if maximum is None:
        chosen = _OLDEST if minimum is None else max(_OLDEST, minimum)
        if chosen > _NEWEST:
            raise InvalidVersion(
                f"the engine serves API {_text(chosen)} or newer only, but this client "
                f"speaks {_SUPPORTED}; use a newer engine-api"
            )
        return _text(chosen)
    if maximum < _OLDEST:
        raise InvalidVersion(
            f"the engine serves at most API {_text(maximum)}, but this client speaks "
            f"{_SUPPORTED}; upgrade the Docker Engine (API {OLDEST} is Docker 20.10)"
        )
    chosen = min(maximum, _NEWEST)
    if minimum is not None and chosen < minimum:
        raise InvalidVersion(
            f"the engine serves API {_text(minimum)} to {_text(maximum)} only, but this "
            f"client speaks {_SUPPORTED}; use a newer engine-api"
        )
    return _text(chosen)


# --- gates ---------------------------------------------------------------------------------

Span = tuple[str, str | None]


def _describe(first: str, last: str | None) -> str:
    if last is None:
        return f"{first} or newer"
    return first if first == last else f"{first} to {last}"


@lru_cache(maxsize=_CACHE_SIZE)
def _lacks(runs: tuple[Span, ...], version: str) -> str | None:
    """None when ``version`` lies in ``runs``, else why not: what the item needs or
    that it was removed (the ``needs`` of UnsupportedByEngine)."""
    wanted = parse_version(version)
    for first, last in runs:
        if parse_version(first) <= wanted and (last is None or wanted <= parse_version(last)):
            return None
    last = runs[-1][1]
    if last is not None and wanted > parse_version(last):
        return f"was removed after API {last}"
    return "needs API " + " or ".join(_describe(first, last) for first, last in runs)


def _refuse(what: str, needs: str, version: str) -> UnsupportedByEngine:
    return UnsupportedByEngine(what, needs=needs, in_use=version)


@lru_cache(maxsize=_CACHE_SIZE)
def _operation_refusal(operation_id: str, version: str) -> tuple[str, str] | None:
    needs = _lacks(_history.operation_runs(operation_id), version)
    if needs is None:
        return None
    from engine_api_binding._operations import OPERATIONS

    operation = OPERATIONS.get(operation_id)
    where = f" ({operation.method} {operation.path})" if operation is not None else ""
    return f"operation {operation_id}{where}", needs


def check_operation(operation_id: str, version: str) -> None:
    """Raise UnsupportedByEngine if API ``version`` lacks the operation.

    KeyError for an ``operation_id`` that no pinned version has."""
    refusal = _operation_refusal(operation_id, version)
    if refusal is not None:
        raise _refuse(refusal[0], refusal[1], version)


@lru_cache(maxsize=_CACHE_SIZE)
def _parameter_refusals(operation_id: str, version: str) -> dict[str, tuple[str, str]]:
    """The operation's parameters that ``version`` lacks: name -> (what, needs)."""
    refusals: dict[str, tuple[str, str]] = {}
    for name in _history.parameter_names(operation_id):
        needs = _lacks(_history.parameter_runs(operation_id, name), version)
        if needs is not None:
            where = _history.parameter_location(operation_id, name)
            refusals[name] = (f"{where} parameter {name!r} of {operation_id}", needs)
    return refusals


def check_parameters(operation_id: str, params: Mapping[str, object], version: str) -> None:
    """Raise UnsupportedByEngine if API ``version`` lacks one of ``params``.

    ``params`` holds the parameters the caller set, by wire name (as sent in the query,
    path or headers). Names that no pinned version has are let through."""
    if not params:
        return
    refusals = _parameter_refusals(operation_id, version)
    if refusals:
        for name in params:
            refusal = refusals.get(name)
            if refusal is not None:
                raise _refuse(refusal[0], refusal[1], version)


# A target is what a value holds: "[]" (array items) and "{}" (map values) prefixes, then
# the schema path whose fields apply; parsed into (prefixes, schema_path).
_Target = tuple[str, str]


def _parse_target(target: str) -> _Target:
    schema_path = target
    while schema_path[:2] in (_ITEMS, _VALUES):
        schema_path = schema_path[2:]
    return target[: len(target) - len(schema_path)], schema_path


@lru_cache(maxsize=_CACHE_SIZE)
def _field_refusals(schema_path: str, version: str) -> dict[str, str]:
    """The fields of ``schema_path`` that ``version`` lacks: field -> needs."""
    refusals: dict[str, str] = {}
    for name in _history.field_names(schema_path):
        needs = _lacks(_history.field_runs(schema_path, name), version)
        if needs is not None:
            refusals[name] = needs
    return refusals


@lru_cache(maxsize=_CACHE_SIZE)
def _targets(schema_path: str) -> dict[str, _Target]:
    """The fields of ``schema_path`` with fields below them: field -> target."""
    targets: dict[str, _Target] = {}
    for name in _history.field_names(schema_path):
        target = _history.field_target(schema_path, name)
        if target is not None:
            targets[name] = _parse_target(target)
    return targets


@lru_cache(maxsize=_CACHE_SIZE)
def _can_refuse(schema_path: str, version: str) -> bool:
    """Whether ``version`` lacks a field of ``schema_path`` or of anything below it."""
    seen = {schema_path}
    pending = [schema_path]
    while pending:
        current = pending.pop()
        if _field_refusals(current, version):
            return True
        for _prefixes, below in _targets(current).values():
            if below not in seen:
                seen.add(below)
                pending.append(below)
    return False


@lru_cache(maxsize=_CACHE_SIZE)
def _plan(schema_path: str, version: str) -> tuple[dict[str, str], dict[str, _Target]]:
    """What to check in an object of ``schema_path``: the fields to refuse, and the
    fields to descend into (those below which ``version`` can refuse something)."""
    descend = {
        name: target
        for name, target in _targets(schema_path).items()
        if _can_refuse(target[1], version)
    }
    return _field_refusals(schema_path, version), descend


@lru_cache(maxsize=_CACHE_SIZE)
def _body_plan(operation_id: str, version: str) -> _Target | None:
    """The target of the operation's body, or None when ``version`` refuses nothing in it."""
    target = _history.body_target(operation_id)
    if target is None:
        return None
    parsed = _parse_target(target)
    return parsed if _can_refuse(parsed[1], version) else None


# A trail is the way from the body's root to a value: field names (str), array
# indexes (int) and map keys (wrapped in a 1-tuple); formatted only for an error.
_Trail = tuple[object, ...]


def _label(trail: _Trail) -> str:
    """``("HostConfig", "Mounts", 1, "Type")`` -> ``HostConfig.Mounts[1].Type``; map keys
    as ``EndpointsConfig["mynet"]``."""
    out = ""
    for segment in trail:
        if isinstance(segment, int):
            out += f"[{segment}]"
        elif isinstance(segment, tuple):
            key = segment[0]
            out += f"[{json.dumps(key) if isinstance(key, str) else repr(key)}]"
        else:
            out += f".{segment}" if out else str(segment)
    return out


def _walk(value: object, target: _Target, version: str, trail: _Trail, operation_id: str) -> None:
    prefixes, schema_path = target
    if prefixes:
        inner = (prefixes[2:], schema_path)
        if prefixes[:2] == _ITEMS:
            if isinstance(value, (list, tuple)):
                for index, item in enumerate(value):
                    _walk(item, inner, version, (*trail, index), operation_id)
        elif isinstance(value, Mapping):
            # Map keys are the caller's data (labels, ports, network names): not fields.
            for key, item in value.items():
                _walk(item, inner, version, (*trail, (key,)), operation_id)
        return
    if not isinstance(value, dict) and not isinstance(value, Mapping):
        return
    refusals, descend = _plan(schema_path, version)
    for key, item in value.items():
        if key in refusals:
            name = _label((*trail, key))
            raise _refuse(f"body field {name} of {operation_id}", refusals[key], version)
        below = descend.get(key)
        if below is not None and item is not None:
            _walk(item, below, version, (*trail, key), operation_id)


def check_body(operation_id: str, body: object, version: str) -> None:
    """Raise UnsupportedByEngine if API ``version`` lacks a field that ``body`` sets.

    ``body`` is JSON-ready (dicts, lists, scalars: what ``model.to_dict()`` gives). It is
    walked field by field, following each field to the definition its value holds
    (``HostConfig``, the ``EndpointSettings`` values of ``EndpointsConfig``...). Keys
    that no pinned version has (``additional_properties``) are let through, and keys
    of maps (labels, ports, network names) are never taken for fields.

    KeyError for an ``operation_id`` that no pinned version has."""
    if body is None:
        return
    target = _body_plan(operation_id, version)
    if target is not None:
        _walk(body, target, version, (), operation_id)
