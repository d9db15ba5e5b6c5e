from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, Unset

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

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        titles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.titles, Unset):
            titles = []
            for titles_item_data in self.titles:
                titles_item = titles_item_data.to_dict()
                titles.append(titles_item)

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
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerReference", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("ServiceLayerReference", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("ServiceLayerReference", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        id_json = get("id", UNSET)
        id: str | Unset
        if id_json is UNSET:
            id = UNSET
        else:
            if not (isinstance(id_json, str)):
                raise DecodeError("ServiceLayerReference", "id", "a string", id_json)
            id = id_json

        mime_types_json = get("mimeTypes", UNSET)
        mime_types: list[str] | Unset
        if mime_types_json is UNSET:
            mime_types = UNSET
        else:
            if not isinstance(mime_types_json, list):
                raise DecodeError("ServiceLayerReference", "mimeTypes", "an array", mime_types_json)
            for mime_types_item in mime_types_json:
                if not (isinstance(mime_types_item, str)):
                    raise DecodeError(
                        "ServiceLayerReference", "mimeTypes", "an array of a string", mime_types_item
                    )
            mime_types = mime_types_json

        service_json = get("service", UNSET)
        service: MetadataSummary | Unset
        if service_json is UNSET:
            service = UNSET
        else:
            if not isinstance(service_json, dict):
                raise DecodeError(
                    "ServiceLayerReference", "service", "an object (MetadataSummary)", service_json
                )
            service = MetadataSummary.from_dict(service_json)

        titles_json = get("titles", UNSET)
        titles: list[ServiceLayerTitle] | Unset
        if titles_json is UNSET:
            titles = UNSET
        else:
            if not isinstance(titles_json, list):
                raise DecodeError("ServiceLayerReference", "titles", "an array", titles_json)
            titles = []
            for titles_item in titles_json:
                titles_value: ServiceLayerTitle
                if not isinstance(titles_item, dict):
                    raise DecodeError(
                        "ServiceLayerReference", "titles", "an object (ServiceLayerTitle)", titles_item
                    )
                titles_value = ServiceLayerTitle.from_dict(titles_item)

                titles.append(titles_value)

        service_layer_reference = cls(
            sys_id=sys_id,
            id=id,
            mime_types=mime_types,
            service=service,
            titles=titles,
        )
        service_layer_reference.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return service_layer_reference

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


from ..models.metadata_summary import MetadataSummary  # noqa: E402
from ..models.service_layer_title import ServiceLayerTitle  # noqa: E402
