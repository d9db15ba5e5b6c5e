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
    decode_context,
    decode_failed,
    lazy_fields,
)

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

        query_raw: Any = _peek_query(self)
        query_json: Any
        if query_raw.__class__ is LazyValue:
            query_json = query_raw.value
        else:
            query = query_raw.to_dict()
            query_json = query
        query = query_json

        model_raw: Any = _peek_model(self)
        model_json: Any
        if model_raw.__class__ is LazyValue:
            model_json = model_raw.value
        else:
            model = []
            for model_item_data in model_raw:
                model_item = model_item_data.to_dict()
                model.append(model_item)

            model_json = model
        model = model_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkRequest", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        action = get("action", UNSET)
        if action is UNSET:
            raise DecodeError("BulkRequest", "action", "a BulkAction value (required)", UNSET)
        action_member: BulkAction | None = (
            BulkAction._value2member_map_.get(action) if isinstance(action, str) else None
        )  # type: ignore[assignment]
        if action_member is None:
            raise DecodeError("BulkRequest", "action", "a BulkAction value", action)
        action = action_member

        target = get("target", UNSET)
        if target is UNSET:
            raise DecodeError("BulkRequest", "target", "a BulkTarget value (required)", UNSET)
        target_member: BulkTarget | None = (
            BulkTarget._value2member_map_.get(target) if isinstance(target, str) else None
        )  # type: ignore[assignment]
        if target_member is None:
            raise DecodeError("BulkRequest", "target", "a BulkTarget value", target)
        target = target_member

        query = get("query", UNSET)
        if query.__class__ is not dict and not isinstance(query, dict):
            raise DecodeError(
                "BulkRequest",
                "query",
                "an object (BulkQuery) (required)" if query is UNSET else "an object (BulkQuery)",
                query,
            )
        query = _decode_query(query) if _context is EAGER else LazyValue(query, _context)

        model = get("model", UNSET)
        if model.__class__ is not list and not isinstance(model, list):
            raise DecodeError(
                "BulkRequest", "model", "an array (required)" if model is UNSET else "an array", model
            )
        model = _decode_model(model) if _context is EAGER else LazyValue(model, _context)

        if cls is BulkRequest:
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
        raise DecodeError("BulkRequest", "query", "an object (BulkQuery)", value)
    decoded = BulkQuery.from_dict(value)

    return decoded


def _decode_model(value: Any) -> list[BulkRequestModelItem]:
    if value.__class__ is not list and not isinstance(value, list):
        raise DecodeError("BulkRequest", "model", "an array", value)
    decoded = [
        BulkRequestModelItem.from_dict(decoded_item)
        if decoded_item.__class__ is dict or isinstance(decoded_item, dict)
        else decode_failed("BulkRequest", "model", "an object (BulkRequestModelItem)", decoded_item)
        for decoded_item in value
    ]

    return decoded


_peek_query: Any = BulkRequest.__dict__["query"].__get__
_store_query: Any = BulkRequest.__dict__["query"].__set__
_peek_model: Any = BulkRequest.__dict__["model"].__get__
_store_model: Any = BulkRequest.__dict__["model"].__set__
lazy_fields(
    BulkRequest,
    {
        "query": _decode_query,
        "model": _decode_model,
    },
)


if not TYPE_CHECKING:
    BulkQuery = LazyModel(globals(), "BulkQuery", "..models.bulk_query")
    BulkRequestModelItem = LazyModel(globals(), "BulkRequestModelItem", "..models.bulk_request_model_item")
