from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ApiError", None, "an object", d)
        get = d.get
        error_json = get("error", UNSET)
        error: str | Unset
        if error_json is UNSET:
            error = UNSET
        else:
            if not (isinstance(error_json, str)):
                raise DecodeError("ApiError", "error", "a string", error_json)
            error = error_json

        message_json = get("message", UNSET)
        message: str | Unset
        if message_json is UNSET:
            message = UNSET
        else:
            if not (isinstance(message_json, str)):
                raise DecodeError("ApiError", "message", "a string", message_json)
            message = message_json

        errors_json = get("errors", UNSET)
        errors: ApiErrorErrors | Unset
        if errors_json is UNSET:
            errors = UNSET
        else:
            if not isinstance(errors_json, dict):
                raise DecodeError("ApiError", "errors", "an object (ApiErrorErrors)", errors_json)
            errors = ApiErrorErrors.from_dict(errors_json)

        api_error = cls(
            error=error,
            message=message,
            errors=errors,
        )
        api_error.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return api_error

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


from ..models.api_error_errors import ApiErrorErrors  # noqa: E402
