from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..models.bulk_target import BulkTarget
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.bulk_query import BulkQuery
    from ..models.bulk_report_request_model_item import BulkReportRequestModelItem


T = TypeVar("T", bound="BulkReportRequest")

_FIELDS = frozenset(
    {
        "action",
        "target",
        "query",
        "model",
    }
)


@_attrs_define
class BulkReportRequest:
    """The bulk request a report answers, as echoed by the server.

    Example:
        {'action': 'add', 'target': 'catalogs', 'query': {'ids': ['0269803d50c446b09f5060ef7fe3e22b']}, 'model':
            [{'_id': '6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4'}]}

    """

    action: BulkAction | str | Unset = UNSET
    """ A `BulkAction`, or a value added by the server after this description. """
    target: BulkTarget | str | Unset = UNSET
    """ A `BulkTarget`, or a value added by the server after this description. """
    query: BulkQuery | Unset = UNSET
    """ The metadata a bulk request acts on. """
    model: list[BulkReportRequestModelItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, BulkAction):
            action = self.action.value
        else:
            action = self.action

        target: str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, BulkTarget):
            target = self.target.value
        else:
            target = self.target

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        model: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = []
            for model_item_data in self.model:
                model_item = model_item_data.to_dict()
                model.append(model_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if query is not UNSET:
            field_dict["query"] = query
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkReportRequest", None, "an object", d)
        get = d.get
        action_json = get("action", UNSET)
        action: BulkAction | str | Unset
        if action_json is UNSET:
            action = UNSET
        else:
            if isinstance(action_json, str):
                action_text: BulkAction | str = cast(
                    BulkAction | str, BulkAction._value2member_map_.get(action_json, action_json)
                )
                action = action_text
            else:
                raise DecodeError(
                    "BulkReportRequest", "action", "a BulkAction value or a string", action_json
                )

        target_json = get("target", UNSET)
        target: BulkTarget | str | Unset
        if target_json is UNSET:
            target = UNSET
        else:
            if isinstance(target_json, str):
                target_text: BulkTarget | str = cast(
                    BulkTarget | str, BulkTarget._value2member_map_.get(target_json, target_json)
                )
                target = target_text
            else:
                raise DecodeError(
                    "BulkReportRequest", "target", "a BulkTarget value or a string", target_json
                )

        query_json = get("query", UNSET)
        query: BulkQuery | Unset
        if query_json is UNSET:
            query = UNSET
        else:
            if not isinstance(query_json, dict):
                raise DecodeError("BulkReportRequest", "query", "an object (BulkQuery)", query_json)
            query = BulkQuery.from_dict(query_json)

        model_json = get("model", UNSET)
        model: list[BulkReportRequestModelItem] | Unset
        if model_json is UNSET:
            model = UNSET
        else:
            if not isinstance(model_json, list):
                raise DecodeError("BulkReportRequest", "model", "an array", model_json)
            model = []
            for model_item in model_json:
                model_value: BulkReportRequestModelItem
                if not isinstance(model_item, dict):
                    raise DecodeError(
                        "BulkReportRequest", "model", "an object (BulkReportRequestModelItem)", model_item
                    )
                model_value = BulkReportRequestModelItem.from_dict(model_item)

                model.append(model_value)

        bulk_report_request = cls(
            action=action,
            target=target,
            query=query,
            model=model,
        )
        bulk_report_request.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
        return bulk_report_request

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
from ..models.bulk_report_request_model_item import BulkReportRequestModelItem  # noqa: E402
