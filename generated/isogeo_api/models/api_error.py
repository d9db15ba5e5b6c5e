from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, LazyModel, Unset

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

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

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
            errors = ApiErrorErrors.from_dict(errors)

        if cls is ApiError:
            _model = object.__new__(cls)
            _model.error = error
            _model.message = message
            _model.errors = errors
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


if not TYPE_CHECKING:
    ApiErrorErrors = LazyModel(globals(), "ApiErrorErrors", "..models.api_error_errors")
