from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodeError, LazyModel, Unset

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
        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = self.request.to_dict()

        ignored: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ignored, Unset):
            ignored = self.ignored.to_dict()

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
        request = get("request", UNSET)
        if request is not UNSET:
            if request.__class__ is not dict and not isinstance(request, dict):
                raise DecodeError("BulkReport", "request", "an object (BulkReportRequest)", request)
            request = BulkReportRequest.from_dict(request)

        ignored = get("ignored", UNSET)
        if ignored is not UNSET:
            if ignored.__class__ is not dict and not isinstance(ignored, dict):
                raise DecodeError("BulkReport", "ignored", "an object (BulkIgnored)", ignored)
            ignored = BulkIgnored.from_dict(ignored)

        if cls is BulkReport:
            _model = object.__new__(cls)
            _model.request = request
            _model.ignored = ignored
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


if not TYPE_CHECKING:
    BulkIgnored = LazyModel(globals(), "BulkIgnored", "..models.bulk_ignored")
    BulkReportRequest = LazyModel(globals(), "BulkReportRequest", "..models.bulk_report_request")
