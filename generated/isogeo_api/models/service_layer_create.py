from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_layer_target_dataset import ServiceLayerTargetDataset
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerCreate")


@_attrs_define
class ServiceLayerCreate:
    """Body of LAY-3. The layer's name in the service travels as **`id`** (the SDK's `name`).
    `targetDataset` is write-only: the dataset metadata to link at creation. `null` means no
    value (the default: `type` layer, no titles) (F3; the SDK sends every key).

        Example:
            {'id': '{isogeo}COMMUNE_2024', 'title': 'Communes 2024', 'titles': [{'lang': 'fr', 'value': 'Communes 2024'}],
                'type': 'layer', 'targetDataset': {'name': 'COMMUNE.shp', 'format': 'shp'}}

    """

    id: str
    """ Layer name in the service, e.g. `{isogeo}DEPARTEMENT_2014`. """
    parent_uid: None | str | Unset = UNSET
    target_dataset: None | ServiceLayerTargetDataset | Unset = UNSET
    title: None | str | Unset = UNSET
    titles: list[ServiceLayerTitle] | None | Unset = UNSET
    type_: None | ServiceLayerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_layer_target_dataset import ServiceLayerTargetDataset  # noqa: PLC0415

        id = self.id

        parent_uid: None | str | Unset
        if isinstance(self.parent_uid, Unset):
            parent_uid = UNSET
        else:
            parent_uid = self.parent_uid

        target_dataset: dict[str, Any] | None | Unset
        if isinstance(self.target_dataset, Unset):
            target_dataset = UNSET
        elif isinstance(self.target_dataset, ServiceLayerTargetDataset):
            target_dataset = self.target_dataset.to_dict()
        else:
            target_dataset = self.target_dataset

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        titles: list[dict[str, Any]] | None | Unset
        if isinstance(self.titles, Unset):
            titles = UNSET
        elif isinstance(self.titles, list):
            titles = []
            for titles_type_0_item_data in self.titles:
                titles_type_0_item = titles_type_0_item_data.to_dict()
                titles.append(titles_type_0_item)

        else:
            titles = self.titles

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ServiceLayerType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if parent_uid is not UNSET:
            field_dict["parentUid"] = parent_uid
        if target_dataset is not UNSET:
            field_dict["targetDataset"] = target_dataset
        if title is not UNSET:
            field_dict["title"] = title
        if titles is not UNSET:
            field_dict["titles"] = titles
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_layer_target_dataset import ServiceLayerTargetDataset  # noqa: PLC0415
        from ..models.service_layer_title import ServiceLayerTitle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_parent_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_uid = _parse_parent_uid(d.pop("parentUid", UNSET))

        def _parse_target_dataset(data: object) -> None | ServiceLayerTargetDataset | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_dataset_type_0 = ServiceLayerTargetDataset.from_dict(data)

                return target_dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceLayerTargetDataset | Unset, data)

        target_dataset = _parse_target_dataset(d.pop("targetDataset", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_titles(data: object) -> list[ServiceLayerTitle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                titles_type_0 = []
                _titles_type_0 = data
                for titles_type_0_item_data in _titles_type_0:
                    titles_type_0_item = ServiceLayerTitle.from_dict(titles_type_0_item_data)

                    titles_type_0.append(titles_type_0_item)

                return titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceLayerTitle] | None | Unset, data)

        titles = _parse_titles(d.pop("titles", UNSET))

        def _parse_type_(data: object) -> None | ServiceLayerType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ServiceLayerType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceLayerType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        service_layer_create = cls(
            id=id,
            parent_uid=parent_uid,
            target_dataset=target_dataset,
            title=title,
            titles=titles,
            type_=type_,
        )

        service_layer_create.additional_properties = d
        return service_layer_create

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
