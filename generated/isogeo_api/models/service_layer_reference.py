from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_summary import MetadataSummary
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerReference")


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
        from ..models.metadata_summary import MetadataSummary  # noqa: PLC0415
        from ..models.service_layer_title import ServiceLayerTitle  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        id = d.pop("id", UNSET)

        mime_types = cast(list[str], d.pop("mimeTypes", UNSET))

        _service = d.pop("service", UNSET)
        service: MetadataSummary | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = MetadataSummary.from_dict(_service)

        _titles = d.pop("titles", UNSET)
        titles: list[ServiceLayerTitle] | Unset = UNSET
        if _titles is not UNSET:
            titles = []
            for titles_item_data in _titles:
                titles_item = ServiceLayerTitle.from_dict(titles_item_data)

                titles.append(titles_item)

        service_layer_reference = cls(
            sys_id=sys_id,
            id=id,
            mime_types=mime_types,
            service=service,
            titles=titles,
        )

        service_layer_reference.additional_properties = d
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
