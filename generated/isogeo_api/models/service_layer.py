from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_summary import MetadataSummary
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayer")


@_attrs_define
class ServiceLayer:
    """A layer of a service metadata. `id` is the layer's name in the service.

    Example:
        {'_id': '3c4d5e6f7a8b49c0d1e2f3a4b5c6d7e8', 'id': '{isogeo}DEPARTEMENT_2014', 'mimeTypes': ['image/png',
            'image/jpeg'], 'title': 'Départements 2014', 'titles': [{'lang': 'fr', 'value': 'Départements 2014'}], 'type':
            'layer'}

    """

    sys_id: str
    """ Isogeo identifier, 32 lowercase hexadecimal characters without hyphens. """
    id: str | Unset = UNSET
    """ Layer name in the service, e.g. `{isogeo}DEPARTEMENT_2014`. """
    dataset: MetadataSummary | None | Unset = UNSET
    datasets: list[MetadataSummary] | Unset = UNSET
    no_geo_datasets: list[MetadataSummary] | Unset = UNSET
    mime_types: list[str] | Unset = UNSET
    parent_uid: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    titles: list[ServiceLayerTitle] | Unset = UNSET
    type_: ServiceLayerType | str | Unset = UNSET
    """ A `ServiceLayerType`, or a value added by the server after this description. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_summary import MetadataSummary  # noqa: PLC0415

        sys_id = self.sys_id

        id = self.id

        dataset: dict[str, Any] | None | Unset
        if isinstance(self.dataset, Unset):
            dataset = UNSET
        elif isinstance(self.dataset, MetadataSummary):
            dataset = self.dataset.to_dict()
        else:
            dataset = self.dataset

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        no_geo_datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.no_geo_datasets, Unset):
            no_geo_datasets = []
            for no_geo_datasets_item_data in self.no_geo_datasets:
                no_geo_datasets_item = no_geo_datasets_item_data.to_dict()
                no_geo_datasets.append(no_geo_datasets_item)

        mime_types: list[str] | Unset = UNSET
        if not isinstance(self.mime_types, Unset):
            mime_types = self.mime_types

        parent_uid: None | str | Unset
        if isinstance(self.parent_uid, Unset):
            parent_uid = UNSET
        else:
            parent_uid = self.parent_uid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        titles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.titles, Unset):
            titles = []
            for titles_item_data in self.titles:
                titles_item = titles_item_data.to_dict()
                titles.append(titles_item)

        type_: str | Unset
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
                "_id": sys_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if no_geo_datasets is not UNSET:
            field_dict["noGeoDatasets"] = no_geo_datasets
        if mime_types is not UNSET:
            field_dict["mimeTypes"] = mime_types
        if parent_uid is not UNSET:
            field_dict["parentUid"] = parent_uid
        if title is not UNSET:
            field_dict["title"] = title
        if titles is not UNSET:
            field_dict["titles"] = titles
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_summary import MetadataSummary  # noqa: PLC0415
        from ..models.service_layer_title import ServiceLayerTitle  # noqa: PLC0415

        d = dict(src_dict)
        sys_id = d.pop("_id")

        id = d.pop("id", UNSET)

        def _parse_dataset(data: object) -> MetadataSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dataset_type_0 = MetadataSummary.from_dict(data)

                return dataset_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataSummary | None | Unset, data)

        dataset = _parse_dataset(d.pop("dataset", UNSET))

        _datasets = d.pop("datasets", UNSET)
        datasets: list[MetadataSummary] | Unset = UNSET
        if _datasets is not UNSET:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = MetadataSummary.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        _no_geo_datasets = d.pop("noGeoDatasets", UNSET)
        no_geo_datasets: list[MetadataSummary] | Unset = UNSET
        if _no_geo_datasets is not UNSET:
            no_geo_datasets = []
            for no_geo_datasets_item_data in _no_geo_datasets:
                no_geo_datasets_item = MetadataSummary.from_dict(no_geo_datasets_item_data)

                no_geo_datasets.append(no_geo_datasets_item)

        mime_types = cast(list[str], d.pop("mimeTypes", UNSET))

        def _parse_parent_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_uid = _parse_parent_uid(d.pop("parentUid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _titles = d.pop("titles", UNSET)
        titles: list[ServiceLayerTitle] | Unset = UNSET
        if _titles is not UNSET:
            titles = []
            for titles_item_data in _titles:
                titles_item = ServiceLayerTitle.from_dict(titles_item_data)

                titles.append(titles_item)

        def _parse_type_(data: object) -> ServiceLayerType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_service_layer_type_value_type_0 = ServiceLayerType(data)

                return componentsschemas_service_layer_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceLayerType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        service_layer = cls(
            sys_id=sys_id,
            id=id,
            dataset=dataset,
            datasets=datasets,
            no_geo_datasets=no_geo_datasets,
            mime_types=mime_types,
            parent_uid=parent_uid,
            title=title,
            titles=titles,
            type_=type_,
        )

        service_layer.additional_properties = d
        return service_layer

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
