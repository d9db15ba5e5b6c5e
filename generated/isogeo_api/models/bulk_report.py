from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    EAGER,
    UNSET,
    DecodeError,
    LazyModel,
    LazyValue,
    Unset,
    decode_context,
    lazy_fields,
)

if TYPE_CHECKING:
    from ..models.bulk_ignored import BulkIgnored
    from ..models.bulk_report_request import BulkReportRequest


T = TypeVar("T", bound="BulkReport")

_FIELDS = frozenset(
    {
        "request",
        "ignored",
    }
)


@_attrs_define
class BulkReport:
    """The outcome of one bulk request.

    Example:
        {'request': {'action': 'add', 'target': 'catalogs', 'query': {'ids': ['0269803d50c446b09f5060ef7fe3e22b',
            '1369803d50c446b09f5060ef7fe3e22c']}, 'model': [{'_id': '6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4'}]}, 'ignored':
            {'alreadyPresent': ['1369803d50c446b09f5060ef7fe3e22c']}}

    """

    request: BulkReportRequest | Unset = UNSET
    """ The bulk request a report answers, as echoed by the server. """
    ignored: BulkIgnored | Unset = UNSET
    """ The operations a bulk request skipped, grouped by reason code. What each reason holds is
    not documented, so every value is any JSON (presumably the skipped metadata ids),
    and reasons added later are kept.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_raw: Any = _peek_request(self)
        request_json: Any
        if request_raw.__class__ is LazyValue:
            request_json = request_raw.value
        else:
            request: dict[str, Any] | Unset = UNSET
            if not isinstance(request_raw, Unset):
                request = request_raw.to_dict()
            request_json = request
        request = request_json

        ignored_raw: Any = _peek_ignored(self)
        ignored_json: Any
        if ignored_raw.__class__ is LazyValue:
            ignored_json = ignored_raw.value
        else:
            ignored: dict[str, Any] | Unset = UNSET
            if not isinstance(ignored_raw, Unset):
                ignored = ignored_raw.to_dict()
            ignored_json = ignored
        ignored = ignored_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request is not UNSET:
            field_dict["request"] = request
        if ignored is not UNSET:
            field_dict["ignored"] = ignored

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d: Any = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("BulkReport", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        request = get("request", UNSET)
        if request is not UNSET:
            if request.__class__ is not dict and not isinstance(request, dict):
                raise DecodeError("BulkReport", "request", "an object (BulkReportRequest)", request)
            request = _decode_request(request) if _context is EAGER else LazyValue(request, _context)

        ignored = get("ignored", UNSET)
        if ignored is not UNSET:
            if ignored.__class__ is not dict and not isinstance(ignored, dict):
                raise DecodeError("BulkReport", "ignored", "an object (BulkIgnored)", ignored)
            ignored = _decode_ignored(ignored) if _context is EAGER else LazyValue(ignored, _context)

        if cls is BulkReport:
            _model = object.__new__(cls)
            _store_request(_model, request)
            _store_ignored(_model, ignored)
        else:
            _model = cls(
                request=request,
                ignored=ignored,
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


def _decode_request(value: Any) -> BulkReportRequest:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("BulkReport", "request", "an object (BulkReportRequest)", value)
    decoded = BulkReportRequest.from_dict(value)

    return decoded


def _decode_ignored(value: Any) -> BulkIgnored:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("BulkReport", "ignored", "an object (BulkIgnored)", value)
    decoded = BulkIgnored.from_dict(value)

    return decoded


_peek_request: Any = BulkReport.__dict__["request"].__get__
_store_request: Any = BulkReport.__dict__["request"].__set__
_peek_ignored: Any = BulkReport.__dict__["ignored"].__get__
_store_ignored: Any = BulkReport.__dict__["ignored"].__set__
lazy_fields(
    BulkReport,
    {
        "request": _decode_request,
        "ignored": _decode_ignored,
    },
)


if not TYPE_CHECKING:
    BulkIgnored = LazyModel(globals(), "BulkIgnored", "..models.bulk_ignored")
    BulkReportRequest = LazyModel(globals(), "BulkReportRequest", "..models.bulk_report_request")
