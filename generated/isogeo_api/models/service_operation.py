from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_operation_verb import ServiceOperationVerb
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceOperation")


@_attrs_define
class ServiceOperation:
    """An operation of a service metadata (e.g. `GetCapabilities`).

    Example:
        {'_id': '2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7', 'name': 'GetCapabilities', 'verb': 'GET', 'url':
            'https://ows.example.org/wms?service=WMS&request=GetCapabilities', 'mimeTypesOut': ['text/xml']}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    mime_types_in: list[str] | Unset = UNSET
    mime_types_out: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    verb: ServiceOperationVerb | str | Unset = UNSET
    """ A `ServiceOperationVerb`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        mime_types_in: list[str] | Unset = UNSET
        if not isinstance(self.mime_types_in, Unset):
            mime_types_in = self.mime_types_in

        mime_types_out: list[str] | Unset = UNSET
        if not isinstance(self.mime_types_out, Unset):
            mime_types_out = self.mime_types_out

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        verb: str | Unset
        if isinstance(self.verb, Unset):
            verb = UNSET
        elif isinstance(self.verb, ServiceOperationVerb):
            verb = self.verb.value
        else:
            verb = self.verb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if mime_types_in is not UNSET:
            field_dict["mimeTypesIn"] = mime_types_in
        if mime_types_out is not UNSET:
            field_dict["mimeTypesOut"] = mime_types_out
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if verb is not UNSET:
            field_dict["verb"] = verb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sys_id = d.pop("_id")

        mime_types_in = cast(list[str], d.pop("mimeTypesIn", UNSET))

        mime_types_out = cast(list[str], d.pop("mimeTypesOut", UNSET))

        name = d.pop("name", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_verb(data: object) -> ServiceOperationVerb | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_operation_verb_value_type_0 = ServiceOperationVerb(data)

                return componentsschemas_service_operation_verb_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceOperationVerb | str | Unset, data)

        verb = _parse_verb(d.pop("verb", UNSET))

        service_operation = cls(
            sys_id=sys_id,
            mime_types_in=mime_types_in,
            mime_types_out=mime_types_out,
            name=name,
            url=url,
            verb=verb,
        )

        service_operation.additional_properties = d
        return service_operation

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
