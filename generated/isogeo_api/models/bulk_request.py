from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..models.bulk_target import BulkTarget
from ..types import UNSET, DecodeError

if TYPE_CHECKING:
    from ..models.bulk_query import BulkQuery
    from ..models.bulk_request_model_item import BulkRequestModelItem


T = TypeVar("T", bound="BulkRequest")

_FIELDS = frozenset(
    {
        "action",
        "target",
        "query",
        "model",
    }
)


@_attrs_define
class BulkRequest:
    """One element of the `sendBulkRequests` body. `model` lists the entities to add, delete or set (all of
    one kind: catalogs, keywords, contacts...), as read; the server needs each entry's `_id`
    (for `title`/`abstract`-like targets, the value to set).

        Example:
            {'action': 'add', 'target': 'catalogs', 'query': {'ids': ['0269803d50c446b09f5060ef7fe3e22b',
                '1369803d50c446b09f5060ef7fe3e22c']}, 'model': [{'_id': '6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4', 'name': 'Données
                ouvertes', 'code': 'open-data'}]}

    """

    action: BulkAction
    target: BulkTarget
    """ What a bulk request changes. Resource level: `title`, `abstract`, `keywords`, `catalogs`,
    `contacts`. Dataset level: `collectionContext`, `collectionMethod`, `validFrom`,
    `validityComment`, `distance`, `scale`, `codePage`.
     """
    query: BulkQuery
    """ The metadata a bulk request acts on. """
    model: list[BulkRequestModelItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        target = self.target.value

        query = self.query.to_dict()

        model = []
        for model_item_data in self.model:
            model_item = model_item_data.to_dict()
            model.append(model_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "target": target,
                "query": query,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkRequest", None, "an object", d)
        get = d.get
        action_json = get("action", UNSET)
        action: BulkAction
        if action_json is UNSET:
            raise DecodeError("BulkRequest", "action", "a BulkAction value (required)", UNSET)
        else:
            action_member = (
                BulkAction._value2member_map_.get(action_json) if isinstance(action_json, str) else None
            )
            if action_member is None:
                raise DecodeError("BulkRequest", "action", "a BulkAction value", action_json)
            action = cast(BulkAction, action_member)

        target_json = get("target", UNSET)
        target: BulkTarget
        if target_json is UNSET:
            raise DecodeError("BulkRequest", "target", "a BulkTarget value (required)", UNSET)
        else:
            target_member = (
                BulkTarget._value2member_map_.get(target_json) if isinstance(target_json, str) else None
            )
            if target_member is None:
                raise DecodeError("BulkRequest", "target", "a BulkTarget value", target_json)
            target = cast(BulkTarget, target_member)

        query_json = get("query", UNSET)
        query: BulkQuery
        if query_json is UNSET:
            raise DecodeError("BulkRequest", "query", "an object (BulkQuery) (required)", UNSET)
        else:
            if not isinstance(query_json, dict):
                raise DecodeError("BulkRequest", "query", "an object (BulkQuery)", query_json)
            query = BulkQuery.from_dict(query_json)

        model_json = get("model", UNSET)
        model: list[BulkRequestModelItem]
        if model_json is UNSET:
            raise DecodeError("BulkRequest", "model", "an array (required)", UNSET)
        else:
            if not isinstance(model_json, list):
                raise DecodeError("BulkRequest", "model", "an array", model_json)
            model = []
            for model_item in model_json:
                model_value: BulkRequestModelItem
                if not isinstance(model_item, dict):
                    raise DecodeError("BulkRequest", "model", "an object (BulkRequestModelItem)", model_item)
                model_value = BulkRequestModelItem.from_dict(model_item)

                model.append(model_value)

        bulk_request = cls(
            action=action,
            target=target,
            query=query,
            model=model,
        )
        bulk_request.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return bulk_request

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


from ..models.bulk_query import BulkQuery  # noqa: E402
from ..models.bulk_request_model_item import BulkRequestModelItem  # noqa: E402
