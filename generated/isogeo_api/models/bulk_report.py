from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_ignored import BulkIgnored
    from ..models.bulk_report_request import BulkReportRequest


T = TypeVar("T", bound="BulkReport")


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
    """ The operations a bulk request skipped, grouped by reason code. Decision: no source documents
    what each reason holds, so every value is any JSON (presumably the skipped metadata ids),
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
        from ..models.bulk_ignored import BulkIgnored  # noqa: PLC0415
        from ..models.bulk_report_request import BulkReportRequest  # noqa: PLC0415

        d = dict(src_dict)
        _request = d.pop("request", UNSET)
        request: BulkReportRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        else:
            request = BulkReportRequest.from_dict(_request)

        _ignored = d.pop("ignored", UNSET)
        ignored: BulkIgnored | Unset
        if isinstance(_ignored, Unset):
            ignored = UNSET
        else:
            ignored = BulkIgnored.from_dict(_ignored)

        bulk_report = cls(
            request=request,
            ignored=ignored,
        )

        bulk_report.additional_properties = d
        return bulk_report

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
