"""The types of model fields, for the model template (registered as Jinja filters).

The generator types an optional field ``T | Unset`` (and a nullable one ``T | Unset | None``).
In our models one form stands for "absent or null": None. A field is ``T`` when the spec
requires it and it is not nullable, else ``T | None``; a parsed model keeps the keys it was parsed
from (``_sent``, see codegen/model_base.py), so that ``to_dict`` gives back the nulls.

The property templates of the generator are reused for the conversion itself, on a view of the
property that is required (so that they write no ``Unset`` handling), named ``python_name``.
"""

from __future__ import annotations

import json
from typing import Any

import attrs


def _is_nullable(prop: Any) -> bool:
    from openapi_python_client.parser.properties.union import UnionProperty
    from openapi_python_client.strings import PythonCode

    return isinstance(prop, UnionProperty) and PythonCode("None") in prop.get_type_strings_in_union(
        json=True
    )


def value_type(prop: Any) -> str:
    """The type of a present, non-null value of the field."""
    from openapi_python_client.parser.properties.union import UnionProperty
    from openapi_python_client.strings import PythonCode

    view = required_view(prop)
    if isinstance(view, UnionProperty):
        members = view.get_type_strings_in_union(json=False) - {PythonCode("None")}
        return str(view._get_type_string_from_inner_type_strings(members).as_unembedded_code())
    return str(view.get_type_string(no_optional=True).as_unembedded_code())


def field_type(prop: Any) -> str:
    """The declared type of the field: ``T``, or ``T | None`` when it may be absent or null."""
    value = value_type(prop)
    if prop.required and not _is_nullable(prop):
        return value
    return f"{value} | None"


def may_be_none(prop: Any) -> bool:
    return not prop.required or _is_nullable(prop)


def required_view(prop: Any, python_name: str | None = None) -> Any:
    """The property as required (no ``Unset`` in its templates), optionally renamed."""
    from openapi_python_client.strings import PythonIdentifier

    changes: dict[str, Any] = {"required": True}
    if python_name is not None:
        changes["python_name"] = PythonIdentifier(python_name, prefix="", skip_snake_case=True)
    return attrs.evolve(prop, **changes)


def is_deferred(prop: Any) -> bool:
    """Whether from_dict leaves the field to be parsed on its first read: a field holding a
    model, a date or a time (alone, in a list or in a union). Anything else costs no
    more to parse than to defer."""
    from openapi_python_client.parser.properties.date import DateProperty
    from openapi_python_client.parser.properties.datetime import DateTimeProperty
    from openapi_python_client.parser.properties.list_property import ListProperty
    from openapi_python_client.parser.properties.model_property import ModelProperty
    from openapi_python_client.parser.properties.union import UnionProperty

    if isinstance(prop, (ModelProperty, DateProperty, DateTimeProperty)):
        return True
    if isinstance(prop, ListProperty):
        return is_deferred(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return any(is_deferred(inner) for inner in prop.inner_properties)
    return False


def deferred(props: list[Any]) -> list[Any]:
    """The deferred fields among ``props`` (see :func:`is_deferred`)."""
    return [prop for prop in props if is_deferred(prop)]


def init_order(model: Any) -> list[Any]:
    """The fields in ``__init__``'s order: required fields without a default first."""
    props = list(model.required_properties) + list(model.optional_properties)
    first = [prop for prop in props if prop.default is None and prop.required]
    return first + [prop for prop in props if prop not in first]


# Fields whose values a model's repr shows as '***' (not None): passwords, tokens, keys and
# secret payloads, by model class and JSON key (a key the model does not declare is hidden
# among its additional properties). tests/codegen/test_pipeline.py checks that every entry
# still names a model of the binding.
SECRETS: dict[str, frozenset[str]] = {
    "AuthConfig": frozenset({"password", "identitytoken", "registrytoken"}),
    "AuthResponse": frozenset({"IdentityToken"}),
    "JoinTokens": frozenset({"Worker", "Manager"}),
    "SwarmJoinRequest": frozenset({"JoinToken"}),
    "SwarmUnlockRequest": frozenset({"UnlockKey"}),
    "SwarmUnlockkeyResponse": frozenset({"UnlockKey"}),
    "SecretSpec": frozenset({"Data"}),
    "SecretCreateRequest": frozenset({"Data"}),
}


def secret_names(model: Any) -> list[str]:
    """What the model's repr hides: the Python names of its secret fields, and the JSON keys
    of secrets it keeps among its additional properties."""
    keys = SECRETS.get(str(model.class_info.name), frozenset())
    props = list(model.required_properties) + list(model.optional_properties)
    fields = {_json_name(prop): str(prop.python_name) for prop in props}
    return sorted(fields.get(key, key) for key in keys)


def _json_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


# Names of the mapping's methods (codegen/model_base.py), which a field must not shadow: a
# field of one of these names gets a trailing underscore (``DiskUsage...items_``).
RESERVED = frozenset(
    {"get", "keys", "values", "items", "additional_keys", "additional_properties", "to_dict"}
)


def rename_reserved(data: Any, config: Any) -> None:
    """Rename the model fields whose Python name is one of ``RESERVED``."""
    for model in data.models:
        for prop in model.required_properties + model.optional_properties:
            if prop.python_name in RESERVED:
                prop.set_python_name(f"{prop.python_name}_", config, skip_snake_case=True)


def key_groups(props: list[Any]) -> list[tuple[str, str, str]]:
    """``(value type, 'Literal' members, field type)`` per distinct field type, in the
    fields' order: one typing overload per type, not per key, keeps the model modules small.
    ``model[key]`` gives the value type (absent or null raise KeyError); ``model.get(key)``
    the field type: ``T`` for a field that is required and not nullable (it is always
    there), else ``T | None``."""
    groups: dict[str, tuple[str, list[str]]] = {}
    for prop in props:
        name = _json_name(prop)
        groups.setdefault(field_type(prop), (value_type(prop), []))[1].append(json.dumps(name))
    return [(value, ", ".join(keys), field) for field, (value, keys) in groups.items()]


FILTERS = {
    "model_key_groups": key_groups,
    "model_value_type": value_type,
    "model_field_type": field_type,
    "model_may_be_none": may_be_none,
    "model_required_view": required_view,
    "model_is_nullable": _is_nullable,
    "model_is_deferred": is_deferred,
    "model_deferred": deferred,
    "model_init_order": init_order,
    "model_secret_names": secret_names,
}
