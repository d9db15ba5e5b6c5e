from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_operation_verb import ServiceOperationVerb
from ..types import (
    UNSET,
    DecodeError,
    Unset,
)

T = TypeVar("T", bound="ServiceOperation")

_FIELDS = frozenset(
    {
        "_id",
        "mimeTypesIn",
        "mimeTypesOut",
        "name",
        "url",
        "verb",
    }
)


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
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceOperation", None, "an object", d)
        get = d.get
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "ServiceOperation", "_id", "a string (required)" if sys_id is UNSET else "a string", sys_id
            )

        mime_types_in = get("mimeTypesIn", UNSET)
        if mime_types_in is not UNSET:
            if mime_types_in.__class__ is not list and not isinstance(mime_types_in, list):
                raise DecodeError("ServiceOperation", "mimeTypesIn", "an array", mime_types_in)
            for mime_types_in_item in mime_types_in:
                if mime_types_in_item.__class__ is not str and not isinstance(mime_types_in_item, str):
                    raise DecodeError(
                        "ServiceOperation", "mimeTypesIn", "an array of a string", mime_types_in_item
                    )

        mime_types_out = get("mimeTypesOut", UNSET)
        if mime_types_out is not UNSET:
            if mime_types_out.__class__ is not list and not isinstance(mime_types_out, list):
                raise DecodeError("ServiceOperation", "mimeTypesOut", "an array", mime_types_out)
            for mime_types_out_item in mime_types_out:
                if mime_types_out_item.__class__ is not str and not isinstance(mime_types_out_item, str):
                    raise DecodeError(
                        "ServiceOperation", "mimeTypesOut", "an array of a string", mime_types_out_item
                    )

        name = get("name", UNSET)
        if name is not UNSET and name.__class__ is not str and not isinstance(name, str):
            raise DecodeError("ServiceOperation", "name", "a string", name)

        url = get("url", UNSET)
        if url is not UNSET and url.__class__ is not str and url is not None and not isinstance(url, str):
            raise DecodeError("ServiceOperation", "url", "a string or null", url)

        verb = get("verb", UNSET)
        if verb is not UNSET:
            if isinstance(verb, str):
                verb_text: ServiceOperationVerb | str = ServiceOperationVerb._value2member_map_.get(
                    verb, verb
                )  # type: ignore[assignment]
                verb = verb_text
            else:
                raise DecodeError(
                    "ServiceOperation", "verb", "a ServiceOperationVerb value or a string", verb
                )

        if cls is ServiceOperation:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.mime_types_in = mime_types_in
            _model.mime_types_out = mime_types_out
            _model.name = name
            _model.url = url
            _model.verb = verb
        else:
            _model = cls(
                sys_id=sys_id,
                mime_types_in=mime_types_in,
                mime_types_out=mime_types_out,
                name=name,
                url=url,
                verb=verb,
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
