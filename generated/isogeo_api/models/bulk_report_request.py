from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..models.bulk_target import BulkTarget
from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    decode_failed,
    lazy_fields,
)

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

        query_raw: Any = _peek_query(self)
        query_json: Any
        if query_raw.__class__ is LazyValue:
            query_json = query_raw.value
        else:
            query: dict[str, Any] | Unset = UNSET
            if not isinstance(query_raw, Unset):
                query = query_raw.to_dict()
            query_json = query
        query = query_json

        model_raw: Any = _peek_model(self)
        model_json: Any
        if model_raw.__class__ is LazyValue:
            model_json = model_raw.value
        else:
            model: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(model_raw, Unset):
                model = []
                for model_item_data in model_raw:
                    model_item = model_item_data.to_dict()
                    model.append(model_item)

            model_json = model
        model = model_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkReportRequest", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        action = get("action", UNSET)
        if action is not UNSET:
            if isinstance(action, str):
                action_text: BulkAction | str = BulkAction._value2member_map_.get(action, action)  # type: ignore[assignment]
                action = action_text
            else:
                raise DecodeError("BulkReportRequest", "action", "a BulkAction value or a string", action)

        target = get("target", UNSET)
        if target is not UNSET:
            if isinstance(target, str):
                target_text: BulkTarget | str = BulkTarget._value2member_map_.get(target, target)  # type: ignore[assignment]
                target = target_text
            else:
                raise DecodeError("BulkReportRequest", "target", "a BulkTarget value or a string", target)

        query = get("query", UNSET)
        if query is not UNSET:
            if query.__class__ is not dict and not isinstance(query, dict):
                raise DecodeError("BulkReportRequest", "query", "an object (BulkQuery)", query)
            query = _decode_query(query) if _context is EAGER else LazyValue(query, _context)

        model = get("model", UNSET)
        if model is not UNSET:
            if model.__class__ is not list and not isinstance(model, list):
                raise DecodeError("BulkReportRequest", "model", "an array", model)
            model = _decode_model(model) if _context is EAGER else LazyValue(model, _context)

        if cls is BulkReportRequest:
            _model = object.__new__(cls)
            _model.action = action
            _model.target = target
            _store_query(_model, query)
            _store_model(_model, model)
        else:
            _model = cls(
                action=action,
                target=target,
                query=query,
                model=model,
            )
        _model.additional_properties = (
            {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}
        )
        return _model

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


def _decode_query(value: Any) -> BulkQuery:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("BulkReportRequest", "query", "an object (BulkQuery)", value)
    decoded = BulkQuery.from_dict(value)

    return decoded


def _decode_model(value: Any) -> list[BulkReportRequestModelItem]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("BulkReportRequest", "model", "an array", value)
    decoded = [
        BulkReportRequestModelItem.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed(
            "BulkReportRequest", "model", "an object (BulkReportRequestModelItem)", decoded_item
        )
        for decoded_item in value
    ]

    return decoded


_peek_query: Any = BulkReportRequest.__dict__["query"].__get__
_store_query: Any = BulkReportRequest.__dict__["query"].__set__
_peek_model: Any = BulkReportRequest.__dict__["model"].__get__
_store_model: Any = BulkReportRequest.__dict__["model"].__set__
lazy_fields(
    BulkReportRequest,
    {
        "query": _decode_query,
        "model": _decode_model,
    },
)


if not TYPE_CHECKING:
    BulkQuery = LazyModel(globals(), "BulkQuery", "..models.bulk_query")
    BulkReportRequestModelItem = LazyModel(
        globals(), "BulkReportRequestModelItem", "..models.bulk_report_request_model_item"
    )
