"""Contains some shared types for properties"""

import datetime
import importlib
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, TypeVar, cast

from attrs import define, fields, has


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __copy__(self) -> "Unset":
        return UNSET

    def __deepcopy__(self, memo: object) -> "Unset":
        return UNSET

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class IsoDateTime(datetime.datetime):
    """A `datetime` read from JSON that remembers the text it was read from.

    The Isogeo API writes 7 fractional digits (`2019-02-15T09:14:06.9165215+00:00`); a `datetime`
    keeps 6. `isoformat()` (what `to_dict` writes) gives the original text back, so a record read
    and written back is unchanged. Any new value (`replace`, arithmetic, a `datetime` assigned to
    the field) has no text and is written by `datetime.isoformat`.
    """

    __slots__ = ("_text",)

    def isoformat(self, sep: str = "T", timespec: str = "auto") -> str:
        text: str | None = getattr(self, "_text", None)
        if text is not None and sep == "T" and timespec == "auto":
            return text
        return super().isoformat(sep, timespec)

    def __reduce__(self) -> tuple[object, ...]:
        text: str | None = getattr(self, "_text", None)
        if text is None:
            return cast(tuple[object, ...], super().__reduce_ex__(2))
        return (parse_datetime, (text,))

    def __reduce_ex__(self, protocol: object) -> tuple[object, ...]:
        return self.__reduce__()


def parse_datetime(text: str) -> datetime.datetime:
    """An :class:`IsoDateTime` for an ISO 8601 text (`ValueError` when it is not one)."""
    value = IsoDateTime.fromisoformat(text)
    value._text = text
    return value


_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


class DecodeError(ValueError):
    """A JSON body does not have the documented shape: a required field is missing or a value has the
    wrong JSON type. `model` and `field` name where (the JSON name of the field; `None` when the
    value itself is not an object), `expected` what was expected, `got` what was found (a JSON type,
    never the value: it may be a secret).
    """

    def __init__(self, model: str, field: str | None, expected: str, value: object) -> None:
        self.model = model
        self.field = field
        self.expected = expected
        self.got = "missing" if value is UNSET else _JSON_TYPES.get(type(value), type(value).__name__)
        where = model if field is None else f"{model}.{field}"
        super().__init__(f"{where}: expected {expected}, got {self.got}")

    def __reduce__(self) -> tuple[object, ...]:
        return (_decode_error, (self.model, self.field, self.expected, self.got))


class LazyModel:
    """Where a model module names another model for its decoder: the other model's module is
    imported on the first `from_dict`, which then puts the class itself in this placeholder's
    place (later calls find the class: no cost left)."""

    __slots__ = ("_module", "_name", "_namespace")

    def __init__(self, namespace: dict[str, object], name: str, module: str) -> None:
        self._namespace = namespace
        self._name = name
        self._module = module

    def load(self) -> Any:
        package = self._namespace["__package__"]
        model = getattr(
            importlib.import_module(self._module, package if isinstance(package, str) else None), self._name
        )
        self._namespace[self._name] = model
        return model

    def from_dict(self, src_dict: Any) -> Any:
        return self.load().from_dict(src_dict)


class LazyValue:
    """A field's JSON value as parsed (an object or an array), kept in the field's slot until the
    field is first read (`LazyField`). `context` is what `lazy_failure` needs to describe a
    failure (the answer it came from; `None` for a mapping a user decoded)."""

    __slots__ = ("context", "value")

    def __init__(self, value: Any, context: object = None) -> None:
        self.value = value
        self.context = context


decode_context: ContextVar[object] = ContextVar("isogeo_api_decode_context", default=None)
"""What the models' `from_dict` keep beside each `LazyValue` (set by whoever parses an answer), or
`EAGER` while a `LazyField` decodes its value."""


class _Eager:
    __slots__ = ()

    def __repr__(self) -> str:
        return "EAGER"


EAGER: Any = _Eager()
"""The `decode_context` of a field's first read: the models `from_dict` builds then decode their
own fields holding models at once, so that the first read of a field decodes all it holds (one
read, one failure point: a malformed value anywhere inside raises there, naming its model and
field), and later reads of what it holds find plain values."""


def _no_context(error: DecodeError, value: LazyValue) -> Exception:
    return error


lazy_failure: Callable[[DecodeError, LazyValue], Exception] = _no_context
"""The error a lazily decoded field raises when its value does not decode (by default the
`DecodeError` itself; the overlay replaces it to give its typed error)."""


class LazyField:
    """The descriptor of a model field decoded on first read: the slot holds a `LazyValue` until
    then; the first read decodes it with all it holds (`DecodeError` naming the model and the
    field, through `lazy_failure`, when anything in it does not decode) and keeps the result in
    the slot."""

    __slots__ = ("_decode", "_delete", "_get", "_set")

    def __init__(self, slot: Any, decode: Callable[[Any], Any]) -> None:
        self._get = slot.__get__
        self._set = slot.__set__
        self._delete = slot.__delete__
        self._decode = decode

    def __get__(self, instance: object, owner: object = None) -> Any:
        if instance is None:
            return self
        value = self._get(instance, owner)
        if value.__class__ is LazyValue:
            token = decode_context.set(EAGER)  # what the value holds is decoded now too
            try:
                decoded = self._decode(value.value)
            except DecodeError as error:
                failure = lazy_failure(error, value)
                if failure is error:
                    raise
                raise failure from error
            finally:
                decode_context.reset(token)
            self._set(instance, decoded)
            return decoded
        return value

    def __set__(self, instance: object, value: Any) -> None:
        self._set(instance, value)

    def __delete__(self, instance: object) -> None:
        self._delete(instance)


def lazy_fields(model: type, decoders: Mapping[str, Callable[[Any], Any]]) -> None:
    """Put a `LazyField` in place of each slot of `model` named in `decoders`."""
    for name, decode in decoders.items():
        setattr(model, name, LazyField(model.__dict__[name], decode))


def decode_all(value: Any) -> Any:
    """`value` with every field decoded on first read (`LazyField`) decoded now, at any depth of
    models, lists and mappings: what does not decode raises here (through `lazy_failure`) rather
    than where it is first read. For a value kept or handed on as checked (a backup read back)."""
    if has(type(value)):
        for field in fields(type(value)):
            decode_all(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            decode_all(item)
    elif isinstance(value, dict):
        for item in value.values():
            decode_all(item)
    return value


def decode_failed(model: str, field: str | None, expected: str, value: object) -> NoReturn:
    """Raise the :class:`DecodeError` (an expression, for the decoders' comprehensions)."""
    raise DecodeError(model, field, expected, value)


def _decode_error(model: str, field: str | None, expected: str, got: str) -> DecodeError:
    error = DecodeError(model, field, expected, None)
    error.got = got
    error.args = (f"{model if field is None else model + '.' + field}: expected {expected}, got {got}",)
    return error


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "DecodeError",
    "File",
    "FileTypes",
    "IsoDateTime",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
]
