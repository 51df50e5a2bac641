"""The base of every generated model: reading a model as the engine's JSON mapping.

Copied by ``codegen/postprocess.py`` into the binding as ``engine_api_binding/_model.py``.
Each model class carries ``_keys`` (JSON name -> attribute, in the spec's order), its fields,
``additional_properties`` (the keys the spec does not declare) and ``_sent``: the keys the model
was parsed from (the parsed mapping itself, kept as it is: recording which keys were null would
cost a pass over every object parsed). A field that is None while its key was sent was sent as
JSON null, and ``to_dict`` sends it back as null; a model built in Python has sent nothing, and
``to_dict`` leaves out every None field. The per-key
types of ``model["Key"]`` and ``model.get("Key")`` are overloads in each model, for type
checkers only; the one implementation is here.

A field holding a model, a date or a time (alone, in a list or in a union) is
*deferred*: from_dict leaves its slot unset and pops only its key, and its first read parses
``_sent[key]`` (``__getattr__``, which Python calls only for an unset slot, runs the model's
``_parse_deferred`` and sets the slot). So an inspect answer costs the keys a caller reads,
not the whole tree; a value that does not parse raises TypeError when read, each time it is
read. Every way of reading a model whole (``to_dict``, ``==``, repr, copy, pickle) reads every
field. Two threads reading one unparsed field at once may each parse it: both get equal values.

A key reads as present when the engine sent a value other than null: ``model[key]`` raises
``KeyError`` otherwise, ``key in model`` is then False and ``model.get(key)`` is None.
"""

from __future__ import annotations

from collections.abc import Collection, ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import TYPE_CHECKING, Any, ClassVar

NOTHING_SENT: frozenset[str] = frozenset()

if TYPE_CHECKING:
    _Base = Mapping[str, Any]
else:
    _Base = object


class Model(_Base):
    """A typed model that also reads as the mapping of JSON keys the engine sent.

    Nested models read the same way (``attrs["State"]["Status"]``), lists stay lists.
    ``model == {...}`` compares ``model.to_dict()`` with the dict; two models of one class
    compare field by field. Models are mutable and so not hashable."""

    __slots__ = ()

    __match_args__: ClassVar[tuple[str, ...]] = ()  # the fields, in __init__'s order
    _keys: ClassVar[dict[str, str]] = {}
    _deferred: ClassVar[frozenset[str]] = frozenset()
    _secrets: ClassVar[frozenset[str]] = frozenset()  # what repr shows as '***'
    additional_properties: dict[str, Any]
    _sent: Collection[str]

    if not TYPE_CHECKING:  # type checkers keep telling a misspelt attribute

        def __getattr__(self, name: str) -> Any:
            # Only an unset slot comes here: a deferred field that from_dict left unparsed.
            if name in self._deferred:
                value = self._parse_deferred(name)
                setattr(self, name, value)
                return value
            raise self._no_attribute(name)

    def _parse_deferred(self, name: str) -> Any:
        raise self._no_attribute(name)

    def _no_attribute(self, name: str) -> AttributeError:
        return AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every model defines it
        raise NotImplementedError

    def _missing(self, key: str) -> KeyError:
        return KeyError(
            f"{type(self).__name__} has no {key!r}: the engine did not send it, or sent null"
        )

    def __getitem__(self, key: str) -> Any:
        name = self._keys.get(key)
        value = self.additional_properties.get(key) if name is None else getattr(self, name)
        if value is None:
            raise self._missing(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        name = self._keys.get(key)
        value = self.additional_properties.get(key) if name is None else getattr(self, name)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        name = self._keys.get(key)
        value = self.additional_properties.get(key) if name is None else getattr(self, name)
        return value is not None

    def __iter__(self) -> Iterator[str]:
        for key, name in self._keys.items():
            if getattr(self, name) is not None:
                yield key
        for key, value in self.additional_properties.items():
            if value is not None:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def keys(self) -> KeysView[str]:
        return KeysView(self)

    def values(self) -> ValuesView[Any]:
        return ValuesView(self)

    def items(self) -> ItemsView[str, Any]:
        return ItemsView(self)

    def __setitem__(self, key: str, value: Any) -> None:
        """Set a field by its JSON key (None clears it), or an additional property."""
        name = self._keys.get(key)
        if name is None:
            self.additional_properties[key] = value
            return
        setattr(self, name, value)
        if value is None and key in self._sent:
            self._forget(key)

    def __delitem__(self, key: str) -> None:
        """Remove a key: ``to_dict`` no longer sends it (not even as null)."""
        name = self._keys.get(key)
        if name is None:
            del self.additional_properties[key]
            return
        if getattr(self, name) is None and key not in self._sent:
            raise self._missing(key)
        setattr(self, name, None)
        self._forget(key)

    def _forget(self, key: str) -> None:
        """``to_dict`` no longer sends ``key`` as null (a copy: the parsed mapping stays as is)."""
        for name in self._deferred:  # parsed now, while the mapping they come from is kept
            getattr(self, name)
        self._sent = frozenset(self._sent) - {key}

    @property
    def additional_keys(self) -> list[str]:
        """The keys the spec does not declare for this model, as the engine sent them."""
        return list(self.additional_properties.keys())

    def __repr__(self) -> str:
        secrets = self._secrets
        shown = [
            f"{name}={_shown(getattr(self, name), name in secrets)!r}"
            for name in self.__match_args__
        ]
        extra = getattr(self, "additional_properties", None)
        if extra is not None:
            if secrets:
                extra = {key: _shown(item, key in secrets) for key, item in extra.items()}
            shown.append(f"additional_properties={extra!r}")
        return f"{type(self).__qualname__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            assert isinstance(other, Model)
            return self.additional_properties == other.additional_properties and all(
                getattr(self, name) == getattr(other, name) for name in self._keys.values()
            )
        if isinstance(other, Model):
            return NotImplemented
        if isinstance(other, Mapping):
            return self.to_dict() == (other if isinstance(other, dict) else dict(other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


class _Hidden:
    def __repr__(self) -> str:
        return "'***'"


_HIDDEN = _Hidden()


def _shown(value: object, secret: bool) -> object:
    """What repr shows for a value: a set secret as '***'."""
    return _HIDDEN if secret and value is not None else value


Mapping.register(Model)
