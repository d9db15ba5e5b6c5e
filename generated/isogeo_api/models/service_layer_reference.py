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
    decode_failed,
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.metadata_summary import MetadataSummary
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerReference")

_FIELDS = frozenset(
    {
        "_id",
        "id",
        "mimeTypes",
        "service",
        "titles",
    }
)


@_attrs_define
class ServiceLayerReference:
    """`serviceLayers` of a dataset: a layer of a service that publishes the dataset.

    Example:
        {'_id': '3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8', 'id': '{isogeo}DEPARTEMENT_2014', 'service': {'_id':
            '5f4e3d2c1b0a49f8e7d6c5b4a3928170', 'title': 'WMS - Référentiels administratifs', 'type': 'service'}, 'titles':
            [{'lang': 'fr', 'value': 'Départements 2014'}]}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    id: str | Unset = UNSET
    mime_types: list[str] | Unset = UNSET
    service: MetadataSummary | Unset = UNSET
    """ A metadata reduced to the fields another entity embeds (layer datasets, layer services). """
    titles: list[ServiceLayerTitle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sys_id = self.sys_id

        id = self.id

        mime_types: list[str] | Unset = UNSET
        if not isinstance(self.mime_types, Unset):
            mime_types = self.mime_types

        service_raw: Any = _peek_service(self)
        service_json: Any
        if service_raw.__class__ is LazyValue:
            service_json = service_raw.value
        else:
            service: dict[str, Any] | Unset = UNSET
            if not isinstance(service_raw, Unset):
                service = service_raw.to_dict()
            service_json = service
        service = service_json

        titles_raw: Any = _peek_titles(self)
        titles_json: Any
        if titles_raw.__class__ is LazyValue:
            titles_json = titles_raw.value
        else:
            titles: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(titles_raw, Unset):
                titles = []
                for titles_item_data in titles_raw:
                    titles_item = titles_item_data.to_dict()
                    titles.append(titles_item)

            titles_json = titles
        titles = titles_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": sys_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if mime_types is not UNSET:
            field_dict["mimeTypes"] = mime_types
        if service is not UNSET:
            field_dict["service"] = service
        if titles is not UNSET:
            field_dict["titles"] = titles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerReference", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        sys_id = get("_id", UNSET)
        if sys_id.__class__ is not str and not isinstance(sys_id, str):
            raise DecodeError(
                "ServiceLayerReference",
                "_id",
                "a string (required)" if sys_id is UNSET else "a string",
                sys_id,
            )

        id = get("id", UNSET)
        if id is not UNSET and id.__class__ is not str and not isinstance(id, str):
            raise DecodeError("ServiceLayerReference", "id", "a string", id)

        mime_types = get("mimeTypes", UNSET)
        if mime_types is not UNSET:
            if mime_types.__class__ is not list and not isinstance(mime_types, list):
                raise DecodeError("ServiceLayerReference", "mimeTypes", "an array", mime_types)
            for mime_types_item in mime_types:
                if mime_types_item.__class__ is not str and not isinstance(mime_types_item, str):
                    raise DecodeError(
                        "ServiceLayerReference", "mimeTypes", "an array of a string", mime_types_item
                    )

        service = get("service", UNSET)
        if service is not UNSET:
            if service.__class__ is not dict and not isinstance(service, dict):
                raise DecodeError("ServiceLayerReference", "service", "an object (MetadataSummary)", service)
            service = _decode_service(service) if _context is EAGER else LazyValue(service, _context)

        titles = get("titles", UNSET)
        if titles is not UNSET:
            if titles.__class__ is not list and not isinstance(titles, list):
                raise DecodeError("ServiceLayerReference", "titles", "an array", titles)
            titles = _decode_titles(titles) if _context is EAGER else LazyValue(titles, _context)

        if cls is ServiceLayerReference:
            _model = object.__new__(cls)
            _model.sys_id = sys_id
            _model.id = id
            _model.mime_types = mime_types
            _store_service(_model, service)
            _store_titles(_model, titles)
        else:
            _model = cls(
                sys_id=sys_id,
                id=id,
                mime_types=mime_types,
                service=service,
                titles=titles,
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


def _decode_service(value: Any) -> MetadataSummary:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("ServiceLayerReference", "service", "an object (MetadataSummary)", value)
    decoded = MetadataSummary.from_dict(value)

    return decoded


def _decode_titles(value: Any) -> list[ServiceLayerTitle]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("ServiceLayerReference", "titles", "an array", value)
    decoded = [
        ServiceLayerTitle.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("ServiceLayerReference", "titles", "an object (ServiceLayerTitle)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_service: Any = ServiceLayerReference.__dict__["service"].__get__
_store_service: Any = ServiceLayerReference.__dict__["service"].__set__
_peek_titles: Any = ServiceLayerReference.__dict__["titles"].__get__
_store_titles: Any = ServiceLayerReference.__dict__["titles"].__set__
lazy_fields(
    ServiceLayerReference,
    {
        "service": _decode_service,
        "titles": _decode_titles,
    },
)


if not TYPE_CHECKING:
    MetadataSummary = LazyModel(globals(), "MetadataSummary", "..models.metadata_summary")
    ServiceLayerTitle = LazyModel(globals(), "ServiceLayerTitle", "..models.service_layer_title")
