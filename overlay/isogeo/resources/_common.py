"""Argument helpers shared by the resource namespaces (pure: no I/O)."""

from __future__ import annotations

import builtins
import logging
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeVar

from isogeo._core.validation import normalize_identifier
from isogeo.errors import InvalidInputError
from isogeo_api.types import UNSET, Unset


class _Identified(Protocol):
    sys_id: str


class _Writable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


W = TypeVar("W")


Ref = _Identified | str | uuid.UUID | Mapping[str, Any]
"""An entity given as a record (a model with ``sys_id``, an API dict with ``_id``) or as its
identifier: what every method of the namespaces accepts for an entity it acts on."""


def id_of(obj: Ref, argument: str) -> str:
    """The 32-hex identifier of a model (``sys_id``), an API dict (``_id``) or any identifier form."""
    if isinstance(obj, Mapping):
        value = obj.get("_id")
    elif isinstance(obj, str | uuid.UUID):
        value = obj
    else:
        value = getattr(obj, "sys_id", None)
    if value is None:
        raise InvalidInputError(argument, obj, "a model with an _id, or an Isogeo identifier")
    return normalize_identifier(value, argument)


def value_of(value: Any) -> Any:
    """``None`` for an attribute the generator left ``UNSET``, else the value."""
    return None if isinstance(value, Unset) else value


def include_param(include: Iterable[Any] | None) -> Any:
    """The ``sys_include`` argument: ``None`` sends none, an iterable sends its values."""
    return UNSET if include is None else builtins.list(include)


def round_trip(model: _Writable, write_class: type[W], *, drop: Iterable[str] = ()) -> W:
    """A write body built from a model read from the API: every field, unknown ones included,
    except the read-only keys in ``drop`` (JSON names, e.g. ``_id``)."""
    dropped = set(drop)
    data = {key: value for key, value in model.to_dict().items() if key not in dropped}
    return write_class.from_dict(data)  # type: ignore[attr-defined, no-any-return]


def non_empty(value: object, argument: str, what: str) -> str:
    """``value`` stripped, or :class:`InvalidInputError` when it is not a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(argument, value, "a non-empty string", reason=f"required {what}")
    return value.strip()


T = TypeVar("T")


def expect(value: object, expected: type[T], what: str) -> T:
    """``value`` if it is an ``expected``, else the typed error describing the last answer.

    For operations whose documented answer has two shapes (FMT-2: a format or a list).
    """
    if isinstance(value, expected):
        return value
    from isogeo._core.http import LAST_RESPONSE
    from isogeo.errors import MalformedResponseError, malformed

    cause = TypeError(f"expected {what}, got {type(value).__name__}")
    response = LAST_RESPONSE.get()
    if response is None:  # pragma: no cover - call() always records the answer it parsed
        raise MalformedResponseError(str(cause), status_code=0)
    raise malformed(response, cause)


E_ = TypeVar("E_")


def already_exists(what: str, existing: E_, *, exist_ok: bool) -> E_:
    """The one rule of every ``create``/``associate`` that finds its target exists already.

    By default :class:`~isogeo.errors.AlreadyExistsError` (``.existing`` holds what was found),
    because a caller that goes on to delete "its" new keyword would delete a shared one; with
    ``exist_ok=True`` the existing one is returned, and an INFO line of the ``isogeo`` logger says
    so.

    >>> already_exists("keyword 'Eau'", {"_id": "k1"}, exist_ok=True)
    {'_id': 'k1'}
    """
    if exist_ok:
        logging.getLogger("isogeo").info("%s already exists: returning it (exist_ok=True)", what)
        return existing
    from isogeo.errors import AlreadyExistsError

    raise AlreadyExistsError(f"{what} already exists (exist_ok=True returns it)", existing=existing)
