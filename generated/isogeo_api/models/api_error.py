from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_errors import ApiErrorErrors


T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
    """Error body. The Isogeo API does not document it; this is the shape the sandbox emits and
    the fields a client may find. It stays open: clients must cope with any JSON (or none).

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
        from ..models.api_error_errors import ApiErrorErrors  # noqa: PLC0415

        d = dict(src_dict)
        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ApiErrorErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ApiErrorErrors.from_dict(_errors)

        api_error = cls(
            error=error,
            message=message,
            errors=errors,
        )

        api_error.additional_properties = d
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
