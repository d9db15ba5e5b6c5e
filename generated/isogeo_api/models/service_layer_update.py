from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_layer_type import ServiceLayerType
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.service_layer_title import ServiceLayerTitle


T = TypeVar("T", bound="ServiceLayerUpdate")

_FIELDS = frozenset(
    {
        "id",
        "parentUid",
        "title",
        "titles",
        "type",
    }
)


@_attrs_define
class ServiceLayerUpdate:
    """Body of `updateServiceLayer` (as `createServiceLayer`, without `targetDataset`).

    Example:
        {'id': '{isogeo}COMMUNE_2024', 'title': 'Communes de la Métropole 2024', 'type': 'layer'}

    """

    id: str
    parent_uid: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    titles: list[ServiceLayerTitle] | None | Unset = UNSET
    type_: None | ServiceLayerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
            raise DecodeError("ServiceLayerUpdate", None, "an object", d)
        get = d.get
        id_json = get("id", UNSET)
        id: str
        if id_json is UNSET:
            raise DecodeError("ServiceLayerUpdate", "id", "a string (required)", UNSET)
        else:
            if not (isinstance(id_json, str)):
                raise DecodeError("ServiceLayerUpdate", "id", "a string", id_json)
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
                raise DecodeError("ServiceLayerUpdate", "parentUid", "a string or null", parent_uid_json)

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
                raise DecodeError("ServiceLayerUpdate", "title", "a string or null", title_json)

        titles_json = get("titles", UNSET)
        titles: list[ServiceLayerTitle] | None | Unset
        if titles_json is UNSET:
            titles = UNSET
        else:
            if isinstance(titles_json, list):
                titles_1: list[ServiceLayerTitle]
                if not isinstance(titles_json, list):
                    raise DecodeError("ServiceLayerUpdate", "titles", "an array", titles_json)
                titles_1 = []
                for titles_1_item in titles_json:
                    titles_1_value: ServiceLayerTitle
                    if not isinstance(titles_1_item, dict):
                        raise DecodeError(
                            "ServiceLayerUpdate", "titles", "an object (ServiceLayerTitle)", titles_1_item
                        )
                    titles_1_value = ServiceLayerTitle.from_dict(titles_1_item)

                    titles_1.append(titles_1_value)

                titles = titles_1
            elif titles_json is None:
                titles = None
            else:
                raise DecodeError("ServiceLayerUpdate", "titles", "an array or null", titles_json)

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
                    raise DecodeError("ServiceLayerUpdate", "type", "a ServiceLayerType value", type__json)
                type__1 = cast(ServiceLayerType, type__1_member)

                type_ = type__1
            elif type__json is None:
                type_ = None
            else:
                raise DecodeError(
                    "ServiceLayerUpdate", "type", "a ServiceLayerType value or null", type__json
                )

        service_layer_update = cls(
            id=id,
            parent_uid=parent_uid,
            title=title,
            titles=titles,
            type_=type_,
        )
        service_layer_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return service_layer_update

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


from ..models.service_layer_title import ServiceLayerTitle  # noqa: E402
