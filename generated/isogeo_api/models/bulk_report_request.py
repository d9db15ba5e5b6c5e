from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..models.bulk_target import BulkTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_query import BulkQuery
    from ..models.bulk_report_request_model_item import BulkReportRequestModelItem


T = TypeVar("T", bound="BulkReportRequest")


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
        from ..models.bulk_query import BulkQuery  # noqa: PLC0415
        from ..models.bulk_report_request_model_item import BulkReportRequestModelItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> BulkAction | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bulk_action_value_type_0 = BulkAction(data)

                return componentsschemas_bulk_action_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkAction | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_target(data: object) -> BulkTarget | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bulk_target_value_type_0 = BulkTarget(data)

                return componentsschemas_bulk_target_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkTarget | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        _query = d.pop("query", UNSET)
        query: BulkQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = BulkQuery.from_dict(_query)

        _model = d.pop("model", UNSET)
        model: list[BulkReportRequestModelItem] | Unset = UNSET
        if _model is not UNSET:
            model = []
            for model_item_data in _model:
                model_item = BulkReportRequestModelItem.from_dict(model_item_data)

                model.append(model_item)

        bulk_report_request = cls(
            action=action,
            target=target,
            query=query,
            model=model,
        )

        bulk_report_request.additional_properties = d
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
