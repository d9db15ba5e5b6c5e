from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.metadata_summary import MetadataSummary
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayer")

_FIELDS = frozenset(
    {
        "_id",
        "id",
        "dataset",
        "datasets",
        "noGeoDatasets",
        "mimeTypes",
        "parentUid",
        "title",
        "titles",
        "type",
    }
)


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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayer", None, "an object", d)
        get = d.get
        sys_id_json = get("_id", UNSET)
        sys_id: str
        if sys_id_json is UNSET:
            raise DecodeError("ServiceLayer", "_id", "a string (required)", UNSET)
        else:
            if not (isinstance(sys_id_json, str)):
                raise DecodeError("ServiceLayer", "_id", "a string", sys_id_json)
            sys_id = sys_id_json

        id_json = get("id", UNSET)
        id: str | Unset
        if id_json is UNSET:
            id = UNSET
        else:
            if not (isinstance(id_json, str)):
                raise DecodeError("ServiceLayer", "id", "a string", id_json)
            id = id_json

        dataset_json = get("dataset", UNSET)
        dataset: MetadataSummary | None | Unset
        if dataset_json is UNSET:
            dataset = UNSET
        else:
            if isinstance(dataset_json, dict):
                dataset_1: MetadataSummary
                if not isinstance(dataset_json, dict):
                    raise DecodeError("ServiceLayer", "dataset", "an object (MetadataSummary)", dataset_json)
                dataset_1 = MetadataSummary.from_dict(dataset_json)

                dataset = dataset_1
            elif dataset_json is None:
                dataset = None
            else:
                raise DecodeError(
                    "ServiceLayer", "dataset", "an object (MetadataSummary) or null", dataset_json
                )

        datasets_json = get("datasets", UNSET)
        datasets: list[MetadataSummary] | Unset
        if datasets_json is UNSET:
            datasets = UNSET
        else:
            if not isinstance(datasets_json, list):
                raise DecodeError("ServiceLayer", "datasets", "an array", datasets_json)
            datasets = []
            for datasets_item in datasets_json:
                datasets_value: MetadataSummary
                if not isinstance(datasets_item, dict):
                    raise DecodeError(
                        "ServiceLayer", "datasets", "an object (MetadataSummary)", datasets_item
                    )
                datasets_value = MetadataSummary.from_dict(datasets_item)

                datasets.append(datasets_value)

        no_geo_datasets_json = get("noGeoDatasets", UNSET)
        no_geo_datasets: list[MetadataSummary] | Unset
        if no_geo_datasets_json is UNSET:
            no_geo_datasets = UNSET
        else:
            if not isinstance(no_geo_datasets_json, list):
                raise DecodeError("ServiceLayer", "noGeoDatasets", "an array", no_geo_datasets_json)
            no_geo_datasets = []
            for no_geo_datasets_item in no_geo_datasets_json:
                no_geo_datasets_value: MetadataSummary
                if not isinstance(no_geo_datasets_item, dict):
                    raise DecodeError(
                        "ServiceLayer", "noGeoDatasets", "an object (MetadataSummary)", no_geo_datasets_item
                    )
                no_geo_datasets_value = MetadataSummary.from_dict(no_geo_datasets_item)

                no_geo_datasets.append(no_geo_datasets_value)

        mime_types_json = get("mimeTypes", UNSET)
        mime_types: list[str] | Unset
        if mime_types_json is UNSET:
            mime_types = UNSET
        else:
            if not isinstance(mime_types_json, list):
                raise DecodeError("ServiceLayer", "mimeTypes", "an array", mime_types_json)
            for mime_types_item in mime_types_json:
                if not (isinstance(mime_types_item, str)):
                    raise DecodeError("ServiceLayer", "mimeTypes", "an array of a string", mime_types_item)
            mime_types = mime_types_json

        parent_uid_json = get("parentUid", UNSET)
        parent_uid: None | str | Unset
        if parent_uid_json is UNSET:
            parent_uid = UNSET
        else:
            if isinstance(parent_uid_json, str):
                parent_uid_text: None | str = parent_uid_json
                parent_uid = parent_uid_text
            elif parent_uid_json is None:
                parent_uid = None
            else:
                raise DecodeError("ServiceLayer", "parentUid", "a string or null", parent_uid_json)

        title_json = get("title", UNSET)
        title: None | str | Unset
        if title_json is UNSET:
            title = UNSET
        else:
            if isinstance(title_json, str):
                title_text: None | str = title_json
                title = title_text
            elif title_json is None:
                title = None
            else:
                raise DecodeError("ServiceLayer", "title", "a string or null", title_json)

        titles_json = get("titles", UNSET)
        titles: list[ServiceLayerTitle] | Unset
        if titles_json is UNSET:
            titles = UNSET
        else:
            if not isinstance(titles_json, list):
                raise DecodeError("ServiceLayer", "titles", "an array", titles_json)
            titles = []
            for titles_item in titles_json:
                titles_value: ServiceLayerTitle
                if not isinstance(titles_item, dict):
                    raise DecodeError("ServiceLayer", "titles", "an object (ServiceLayerTitle)", titles_item)
                titles_value = ServiceLayerTitle.from_dict(titles_item)

                titles.append(titles_value)

        type__json = get("type", UNSET)
        type_: ServiceLayerType | str | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__text: ServiceLayerType | str = cast(
                    ServiceLayerType | str, ServiceLayerType._value2member_map_.get(type__json, type__json)
                )
                type_ = type__text
            else:
                raise DecodeError("ServiceLayer", "type", "a ServiceLayerType value or a string", type__json)

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
        service_layer.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.metadata_summary import MetadataSummary  # noqa: E402
from ..models.service_layer_title import ServiceLayerTitle  # noqa: E402
