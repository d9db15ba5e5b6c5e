from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.api_error_errors import ApiErrorErrors


T = TypeVar("T", bound="ApiError")

_FIELDS = frozenset(
    {
        "error",
        "message",
        "errors",
    }
)


@_attrs_define
class ApiError:
    """Error body. The Isogeo API does not document it; these are the fields a client may find. It stays open: clients must
    cope with any JSON (or none).

        Example:
            {'error': 'bad_request', 'message': 'Invalid request: 1 field rejected.', 'errors': {'name': 'This field is
                required.'}}

    """

    error: str | Unset = UNSET
    """ Short error message or code. """
    message: str | Unset = UNSET
    """ Longer human-readable explanation. """
    errors: ApiErrorErrors | Unset = UNSET
    """ Field-level validation messages of a 400, field name → message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        errors_raw: Any = _peek_errors(self)
        errors_json: Any
        if errors_raw.__class__ is LazyValue:
            errors_json = errors_raw.value
        else:
            errors: dict[str, Any] | Unset = UNSET
            if not isinstance(errors_raw, Unset):
                errors = errors_raw.to_dict()
            errors_json = errors
        errors = errors_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ApiError", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        error = get("error", UNSET)
        if error is not UNSET and error.__class__ is not str and not isinstance(error, str):
            raise DecodeError("ApiError", "error", "a string", error)

        message = get("message", UNSET)
        if message is not UNSET and message.__class__ is not str and not isinstance(message, str):
            raise DecodeError("ApiError", "message", "a string", message)

        errors = get("errors", UNSET)
        if errors is not UNSET:
            if errors.__class__ is not dict and not isinstance(errors, dict):
                raise DecodeError("ApiError", "errors", "an object (ApiErrorErrors)", errors)
            errors = _decode_errors(errors) if _context is EAGER else LazyValue(errors, _context)

        if cls is ApiError:
            _model = object.__new__(cls)
            _model.error = error
            _model.message = message
            _store_errors(_model, errors)
        else:
            _model = cls(
                error=error,
                message=message,
                errors=errors,
            )
        _model.additional_properties = (
            {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}
        )
        return _model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_errors(value: Any) -> ApiErrorErrors:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("ApiError", "errors", "an object (ApiErrorErrors)", value)
    decoded = ApiErrorErrors.from_dict(value)

    return decoded


_peek_errors: Any = ApiError.__dict__["errors"].__get__
_store_errors: Any = ApiError.__dict__["errors"].__set__
lazy_fields(
    ApiError,
    {
        "errors": _decode_errors,
    },
)


if not TYPE_CHECKING:
    ApiErrorErrors = LazyModel(globals(), "ApiErrorErrors", "..models.api_error_errors")
