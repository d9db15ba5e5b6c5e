"""Arguments checked before any request, from the generated function's own signature.

* parameters named ``*_id`` (and ``sys_id``) typed ``str`` / ``list[str]`` are Isogeo identifiers:
  32 hex, hyphenated UUIDs and both URN forms are accepted (:func:`isogeo.ids.normalize_id`) and
  sent as 32 lowercase hex;
* parameters typed with an ``Enum`` (or a list of one) accept the enum or its string value
  (case-insensitive; a member name works too) and refuse anything else, listing the accepted values;
* a ``body`` typed with a generated model accepts a mapping of the API's JSON keys; the model
  (given or built) is then walked field by field: a string for an enum-typed field becomes the
  member (as for parameters), a ``datetime.date``/``datetime`` in a field sent as text becomes its
  ISO 8601 form, ``uuid.UUID`` and enums in free-form values become their text, and anything that
  JSON cannot carry is refused naming the field (``body.kind``, ``body.contacts[2].role``) —
  never a ``TypeError``/``AttributeError`` from the serialisation after the fact;
* ``None`` for an optional parameter means "not given"; for a required one that cannot be null, it
  is refused (it would have been sent as the text ``None``).

Every refusal is an :class:`~isogeo.errors.InvalidInputError` naming the parameter.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from isogeo.errors import InvalidInputError
from isogeo.ids import normalize_id
from isogeo_api.types import UNSET, DecodeError, Unset


def normalize_identifier(value: object, field: str = "id") -> str:
    """An Isogeo identifier as the API writes it (32 lowercase hex), from any form :mod:`isogeo.ids` accepts.

    >>> normalize_identifier("urn:isogeo:metadata:uuid:0269803d-50c4-46b0-9f50-60ef7fe3e22b")
    '0269803d50c446b09f5060ef7fe3e22b'
    >>> normalize_identifier(42, "contact_id")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: contact_id=42 is not accepted (not an Isogeo identifier); ...
    """
    if isinstance(value, str | uuid.UUID):
        return normalize_id(value, argument=field)
    raise InvalidInputError(
        field, value, "a str or uuid.UUID in one of the identifier forms", reason="not an Isogeo identifier"
    )


E = TypeVar("E", bound=enum.Enum)


def coerce_enum(value: object, enum_class: type[E], field: str) -> E:
    """``value`` as a member of ``enum_class``: the member, its value or its name (any case).

    >>> from isogeo_api.models import ContactRole
    >>> coerce_enum("pointofcontact", ContactRole, "role")
    <ContactRole.POINT_OF_CONTACT: 'pointOfContact'>
    """
    if isinstance(value, enum_class):
        return value
    if isinstance(value, str):
        wanted = value.strip().lower()
        for member in enum_class:
            if str(member.value).lower() == wanted or member.name.lower() == wanted:
                return member
    raise InvalidInputError(field, value, [str(member.value) for member in enum_class])


@dataclass(frozen=True)
class _Rule:
    kind: Literal["identifier", "identifiers", "enum", "enums", "model"]
    target: Any = None


def _union_members(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return list(typing.get_args(annotation))
    return [annotation]


def _is_enum(candidate: Any) -> bool:
    return isinstance(candidate, type) and issubclass(candidate, enum.Enum)


def _rule_for(name: str, annotation: Any) -> _Rule | None:
    members = [arg for arg in _union_members(annotation) if arg not in (Unset, type(None))]
    if len(members) != 1:
        return None
    core = members[0]
    is_list = typing.get_origin(core) is list
    item = typing.get_args(core)[0] if is_list else core
    if name.endswith("_id") and item is str:
        return _Rule("identifiers" if is_list else "identifier")
    if _is_enum(item):
        return _Rule("enums" if is_list else "enum", item)
    if name == "body" and not is_list and isinstance(item, type) and hasattr(item, "from_dict"):
        return _Rule("model", item)
    return None


@dataclass(frozen=True)
class _Step:
    """What is checked of one parameter (``client`` excepted), in the signature's order."""

    name: str
    required: bool
    """No default: a call without it is refused."""
    rule: _Rule | None
    none_refused: bool
    """Required and not nullable: ``None`` is refused (it would be sent as the text ``None``)."""
    none_means_unset: bool
    """Optional and not nullable: ``None`` means "not given"."""


@dataclass(frozen=True)
class _Plan:
    signature: inspect.Signature
    steps: tuple[_Step, ...]
    positional: tuple[str, ...]
    """The parameters that may be given by position, in order (``client`` excepted)."""
    simple: bool
    """No ``*args``/``**kwargs``/positional-only parameter and ``client`` keyword-only (every
    generated function): arguments are bound without :meth:`inspect.Signature.bind_partial`."""
    operation: str
    """The operation's name in error messages."""
    accepted: tuple[str, ...]
    """Every parameter name but ``client``."""


@functools.cache
def _plan(function: Callable[..., Any]) -> _Plan:
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    steps = []
    for name, parameter in signature.parameters.items():
        if name == "client":
            continue
        required = parameter.default is inspect.Parameter.empty
        if name not in hints:
            steps.append(_Step(name, required, None, none_refused=False, none_means_unset=False))
            continue
        nullable = type(None) in _union_members(hints[name])
        steps.append(
            _Step(
                name,
                required,
                _rule_for(name, hints[name]),
                none_refused=required and not nullable,
                none_means_unset=parameter.default is UNSET and not nullable,
            )
        )
    kinds = {name: parameter.kind for name, parameter in signature.parameters.items()}
    positional = tuple(
        name
        for name, kind in kinds.items()
        if kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and name != "client"
    )
    simple = kinds.get("client", inspect.Parameter.KEYWORD_ONLY) is inspect.Parameter.KEYWORD_ONLY and all(
        kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
        for kind in kinds.values()
    )
    operation = getattr(function, "__module__", "").rsplit(".", 1)[-1] or function.__name__
    accepted = tuple(name for name in signature.parameters if name != "client")
    return _Plan(signature, tuple(steps), positional, simple, operation, accepted)


def _apply(rule: _Rule, name: str, value: Any) -> Any:
    if rule.kind == "identifier":
        return normalize_identifier(value, name)
    if rule.kind == "identifiers":
        values = [value] if isinstance(value, str | uuid.UUID) else list(value)
        return [normalize_identifier(item, f"{name}[{index}]") for index, item in enumerate(values)]
    if rule.kind == "enum":
        return coerce_enum(value, rule.target, name)
    if rule.kind == "enums":
        values = [value] if isinstance(value, str | enum.Enum) else list(value)
        return [coerce_enum(item, rule.target, f"{name}[{index}]") for index, item in enumerate(values)]
    # model
    if not isinstance(value, rule.target | Mapping):
        return value
    if isinstance(value, Mapping):
        try:
            value = rule.target.from_dict(_dates_as_text(value))
        except DecodeError as exc:
            raise _refused(rule, name, value, exc) from None
        except KeyError as exc:
            raise InvalidInputError(f"{name}.{exc.args[0]}", None, "a value", reason="required") from None
        except (TypeError, ValueError, AttributeError) as exc:
            expected = f"a {rule.target.__name__} or a mapping of its JSON keys"
            raise InvalidInputError(name, value, expected, reason=str(exc)) from None
    try:
        # reads every field: a nested model decoded on its first read is checked here, before sending
        return normalize_model(value, name)
    except DecodeError as exc:
        # the error shows what was given as JSON: the model's repr would read the failing field again
        raise _refused(rule, name, value.to_dict(), exc) from None


def _refused(rule: _Rule, name: str, value: Any, exc: DecodeError) -> InvalidInputError:
    if exc.got == "missing":
        return InvalidInputError(f"{name}.{exc.field}", None, "a value", reason="required")
    expected = f"a {rule.target.__name__} or a mapping of its JSON keys"
    return InvalidInputError(name, value, expected, reason=str(exc))


_JSON_SCALARS = (str, int, float, bool, type(None))


def _dates_as_text(value: Any) -> Any:
    """``value`` with every date and date-time (at any depth of mappings and lists) as ISO 8601
    text: a mapping given for a model is read as JSON, where dates are text.

    >>> import datetime
    >>> _dates_as_text({"date": datetime.date(2024, 3, 1), "tags": [datetime.datetime(2024, 3, 1, 12)]})
    {'date': '2024-03-01', 'tags': ['2024-03-01T12:00:00']}
    """
    if isinstance(value, dt.date):  # datetime is a date
        return value.isoformat()
    if isinstance(value, Mapping):
        return {key: _dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_dates_as_text(item) for item in value]
    return value


def normalize_model(model: Any, path: str) -> Any:
    """``model`` (a generated attrs model) with what a user naturally passes made sendable: enum
    strings as members, dates as ISO 8601 text; a copy when something changed. Anything else JSON
    cannot carry raises :class:`InvalidInputError` naming the field.

    >>> import datetime
    >>> from isogeo_api.models import EventCreate
    >>> given = EventCreate(date=datetime.date(2024, 3, 1), description="x", kind="update")
    >>> event = normalize_model(given, "body")
    >>> event.to_dict()["date"], event.kind
    ('2024-03-01', <EventKind.UPDATE: 'update'>)
    """
    import copy

    import attrs

    cls = type(model)
    if not attrs.has(cls):
        return model
    hints = _model_hints(cls)
    changed: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        current = getattr(model, attribute.name)
        new = _normalize_value(current, hints.get(attribute.name), f"{path}.{attribute.name}")
        if new is not current:
            changed[attribute.name] = new
    if not changed:
        return model
    result = copy.copy(model)
    for key, new in changed.items():
        setattr(result, key, new)
    return result


@functools.cache
def _model_hints(cls: type) -> dict[str, Any]:
    """The field types of a generated model (its annotations name models imported only for
    type checking: resolve them against every generated model)."""
    import sys

    import isogeo_api.models

    namespace = {**vars(isogeo_api.models), **vars(sys.modules[cls.__module__])}
    try:
        return typing.get_type_hints(cls, globalns=namespace)
    except (NameError, TypeError):  # pragma: no cover - then fields are only checked for JSON
        return {}


def _normalize_value(value: Any, annotation: Any, path: str) -> Any:
    if value is UNSET or value is None:
        return value
    members = [m for m in _union_members(annotation) if m not in (Unset, type(None))] if annotation else []
    enums = [m for m in members if _is_enum(m)]
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        if enums and str not in members:
            return coerce_enum(value, enums[0], path)
        return value
    if isinstance(value, dt.date | dt.datetime):
        if any(m in (dt.datetime, dt.date) for m in members):
            return value
        return value.isoformat()
    if isinstance(value, enum.Enum):
        # An enum where the field is typed as text: its value; elsewhere (unknown type) as given.
        return value if enums or not members else value.value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, _JSON_SCALARS):
        return value
    if isinstance(value, list | tuple):
        item_type = next((typing.get_args(m)[0] for m in members if typing.get_origin(m) is list), None)
        items = [_normalize_value(item, item_type, f"{path}[{index}]") for index, item in enumerate(value)]
        return (
            value
            if isinstance(value, list) and all(a is b for a, b in zip(items, value, strict=True))
            else items
        )
    if isinstance(value, Mapping):
        entries = {key: _normalize_value(item, None, f"{path}.{key}") for key, item in value.items()}
        return value if all(entries[key] is value[key] for key in value) else entries
    if hasattr(value, "to_dict"):
        return normalize_model(value, path)
    raise InvalidInputError(path, value, "a JSON value (text, number, boolean, list, mapping, model, date)")


def _bind(plan: _Plan, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any] | None:
    """The arguments by name, as ``bind_partial`` binds them for a simple signature; None when they
    do not bind that simply (then ``bind_partial`` does it, or says why not)."""
    positional = plan.positional
    if not plan.simple or len(args) > len(positional):
        return None
    arguments = dict(zip(positional, args, strict=False))
    for name in kwargs:
        if name in arguments:  # given twice
            return None
    arguments.update(kwargs)
    return arguments


def _split(plan: _Plan, arguments: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """(args, kwargs) as :class:`inspect.BoundArguments` gives them: the positional parameters up
    to the first one not given, then the others by name."""
    args = []
    for name in plan.positional:
        if name not in arguments:
            break
        args.append(arguments[name])
    if not args:
        return (), arguments
    given = plan.positional[: len(args)]
    return tuple(args), {name: value for name, value in arguments.items() if name not in given}


def prepare_arguments(
    function: Callable[..., Any], args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Check and normalise the arguments of a generated endpoint function (``client`` excluded)."""
    plan = _plan(function)
    parameters = plan.signature.parameters
    operation = plan.operation
    if "client" in kwargs:
        raise InvalidInputError(
            "client", kwargs["client"], "no client= argument", reason="the Isogeo client passes its own"
        )
    for name, value in kwargs.items():
        if name not in parameters:
            raise InvalidInputError(name, value, plan.accepted, reason=f"not a parameter of {operation}")
    arguments = _bind(plan, args, kwargs)
    bound = None
    if arguments is None:
        try:
            bound = plan.signature.bind_partial(*args, **kwargs)
        except TypeError as exc:
            raise InvalidInputError(operation, args, plan.accepted, reason=str(exc)) from None
        arguments = bound.arguments
    for step in plan.steps:
        name = step.name
        if name not in arguments:
            if step.required:
                raise InvalidInputError(name, None, "a value", reason=f"required by {operation}")
            continue
        value = arguments[name]
        if value is None:
            if step.none_refused:
                raise InvalidInputError(name, None, "a value", reason=f"required by {operation}")
            if step.none_means_unset:
                arguments[name] = UNSET
        elif step.rule is not None and value is not UNSET:
            arguments[name] = _apply(step.rule, name, value)
    if bound is not None:
        return bound.args, dict(bound.kwargs)
    return _split(plan, arguments)
