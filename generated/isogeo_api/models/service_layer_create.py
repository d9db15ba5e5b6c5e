from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.service_layer_target_dataset import ServiceLayerTargetDataset
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerCreate")

_FIELDS = frozenset(
    {
        "id",
        "parentUid",
        "targetDataset",
        "title",
        "titles",
        "type",
    }
)


@_attrs_define
class ServiceLayerCreate:
    """Body of `createServiceLayer`. The layer's name in the service travels as **`id`** (the
    official SDK calls it `name`). `targetDataset` is write-only: the dataset metadata to link at
    creation. `null` means no value (the default: `type` layer, no titles).

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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("ServiceLayerCreate", None, "an object", d)
        get = d.get
        id_json = get("id", UNSET)
        id: str
        if id_json is UNSET:
            raise DecodeError("ServiceLayerCreate", "id", "a string (required)", UNSET)
        else:
            if not (isinstance(id_json, str)):
                raise DecodeError("ServiceLayerCreate", "id", "a string", id_json)
            id = id_json

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
                raise DecodeError("ServiceLayerCreate", "parentUid", "a string or null", parent_uid_json)

        target_dataset_json = get("targetDataset", UNSET)
        target_dataset: None | ServiceLayerTargetDataset | Unset
        if target_dataset_json is UNSET:
            target_dataset = UNSET
        else:
            if isinstance(target_dataset_json, dict):
                target_dataset_1: ServiceLayerTargetDataset
                if not isinstance(target_dataset_json, dict):
                    raise DecodeError(
                        "ServiceLayerCreate",
                        "targetDataset",
                        "an object (ServiceLayerTargetDataset)",
                        target_dataset_json,
                    )
                target_dataset_1 = ServiceLayerTargetDataset.from_dict(target_dataset_json)

                target_dataset = target_dataset_1
            elif target_dataset_json is None:
                target_dataset = None
            else:
                raise DecodeError(
                    "ServiceLayerCreate",
                    "targetDataset",
                    "an object (ServiceLayerTargetDataset) or null",
                    target_dataset_json,
                )

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
                raise DecodeError("ServiceLayerCreate", "title", "a string or null", title_json)

        titles_json = get("titles", UNSET)
        titles: list[ServiceLayerTitle] | None | Unset
        if titles_json is UNSET:
            titles = UNSET
        else:
            if isinstance(titles_json, list):
                titles_1: list[ServiceLayerTitle]
                if not isinstance(titles_json, list):
                    raise DecodeError("ServiceLayerCreate", "titles", "an array", titles_json)
                titles_1 = []
                for titles_1_item in titles_json:
                    titles_1_value: ServiceLayerTitle
                    if not isinstance(titles_1_item, dict):
                        raise DecodeError(
                            "ServiceLayerCreate", "titles", "an object (ServiceLayerTitle)", titles_1_item
                        )
                    titles_1_value = ServiceLayerTitle.from_dict(titles_1_item)

                    titles_1.append(titles_1_value)

                titles = titles_1
            elif titles_json is None:
                titles = None
            else:
                raise DecodeError("ServiceLayerCreate", "titles", "an array or null", titles_json)

        type__json = get("type", UNSET)
        type_: None | ServiceLayerType | Unset
        if type__json is UNSET:
            type_ = UNSET
        else:
            if isinstance(type__json, str):
                type__1: ServiceLayerType
                type__1_member = (
                    ServiceLayerType._value2member_map_.get(type__json)
                    if isinstance(type__json, str)
                    else None
                )
                if type__1_member is None:
                    raise DecodeError("ServiceLayerCreate", "type", "a ServiceLayerType value", type__json)
                type__1 = cast(ServiceLayerType, type__1_member)

                type_ = type__1
            elif type__json is None:
                type_ = None
            else:
                raise DecodeError(
                    "ServiceLayerCreate", "type", "a ServiceLayerType value or null", type__json
                )

        service_layer_create = cls(
            id=id,
            parent_uid=parent_uid,
            target_dataset=target_dataset,
            title=title,
            titles=titles,
            type_=type_,
        )
        service_layer_create.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.service_layer_target_dataset import ServiceLayerTargetDataset  # noqa: E402
from ..models.service_layer_title import ServiceLayerTitle  # noqa: E402
