from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_update import ContactUpdate


T = TypeVar("T", bound="WorkgroupUpdate")


@_attrs_define
class WorkgroupUpdate:
    """Body of WG-4 (JSON). The SDK sends the whole workgroup as read; the API ignores
    server-managed fields (`_id`, `limits`...). `null` means no value: it clears
    `metadataLanguage` and leaves the other fields as they are (F3). The `has*` scan flags
    are writable (F5: the official SDK's test suite sets them and reads them back).

        Example:
            {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email': 'sig@example.org'}, 'areKeywordsRestricted':
                True, 'canCreateMetadata': True, 'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor':
                '#4499A1'}

    """

    contact: ContactUpdate | Unset = UNSET
    """ Body of CTC-4, with the **read** names. Server-managed fields sent along (as the SDK does
    when it sends a contact back as read) are ignored.
     """
    are_keywords_restricted: bool | None | Unset = UNSET
    can_create_legacy_service_links: bool | None | Unset = UNSET
    can_create_metadata: bool | None | Unset = UNSET
    code: None | str | Unset = UNSET
    has_ags_scan: bool | None | Unset = UNSET
    has_csw_client: bool | None | Unset = UNSET
    has_flash_scan: bool | None | Unset = UNSET
    has_new_script_scan: bool | None | Unset = UNSET
    has_scan_fme: bool | None | Unset = UNSET
    keywords_casing: KeywordCasing | None | Unset = UNSET
    metadata_language: None | str | Unset = UNSET
    theme_color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        are_keywords_restricted: bool | None | Unset
        if isinstance(self.are_keywords_restricted, Unset):
            are_keywords_restricted = UNSET
        else:
            are_keywords_restricted = self.are_keywords_restricted

        can_create_legacy_service_links: bool | None | Unset
        if isinstance(self.can_create_legacy_service_links, Unset):
            can_create_legacy_service_links = UNSET
        else:
            can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata: bool | None | Unset
        if isinstance(self.can_create_metadata, Unset):
            can_create_metadata = UNSET
        else:
            can_create_metadata = self.can_create_metadata

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        has_ags_scan: bool | None | Unset
        if isinstance(self.has_ags_scan, Unset):
            has_ags_scan = UNSET
        else:
            has_ags_scan = self.has_ags_scan

        has_csw_client: bool | None | Unset
        if isinstance(self.has_csw_client, Unset):
            has_csw_client = UNSET
        else:
            has_csw_client = self.has_csw_client

        has_flash_scan: bool | None | Unset
        if isinstance(self.has_flash_scan, Unset):
            has_flash_scan = UNSET
        else:
            has_flash_scan = self.has_flash_scan

        has_new_script_scan: bool | None | Unset
        if isinstance(self.has_new_script_scan, Unset):
            has_new_script_scan = UNSET
        else:
            has_new_script_scan = self.has_new_script_scan

        has_scan_fme: bool | None | Unset
        if isinstance(self.has_scan_fme, Unset):
            has_scan_fme = UNSET
        else:
            has_scan_fme = self.has_scan_fme

        keywords_casing: None | str | Unset
        if isinstance(self.keywords_casing, Unset):
            keywords_casing = UNSET
        elif isinstance(self.keywords_casing, KeywordCasing):
            keywords_casing = self.keywords_casing.value
        else:
            keywords_casing = self.keywords_casing

        metadata_language: None | str | Unset
        if isinstance(self.metadata_language, Unset):
            metadata_language = UNSET
        else:
            metadata_language = self.metadata_language

        theme_color: None | str | Unset
        if isinstance(self.theme_color, Unset):
            theme_color = UNSET
        else:
            theme_color = self.theme_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact is not UNSET:
            field_dict["contact"] = contact
        if are_keywords_restricted is not UNSET:
            field_dict["areKeywordsRestricted"] = are_keywords_restricted
        if can_create_legacy_service_links is not UNSET:
            field_dict["canCreateLegacyServiceLinks"] = can_create_legacy_service_links
        if can_create_metadata is not UNSET:
            field_dict["canCreateMetadata"] = can_create_metadata
        if code is not UNSET:
            field_dict["code"] = code
        if has_ags_scan is not UNSET:
            field_dict["hasAGSScan"] = has_ags_scan
        if has_csw_client is not UNSET:
            field_dict["hasCswClient"] = has_csw_client
        if has_flash_scan is not UNSET:
            field_dict["hasFlashScan"] = has_flash_scan
        if has_new_script_scan is not UNSET:
            field_dict["hasNewScriptScan"] = has_new_script_scan
        if has_scan_fme is not UNSET:
            field_dict["hasScanFme"] = has_scan_fme
        if keywords_casing is not UNSET:
            field_dict["keywordsCasing"] = keywords_casing
        if metadata_language is not UNSET:
            field_dict["metadataLanguage"] = metadata_language
        if theme_color is not UNSET:
            field_dict["themeColor"] = theme_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_update import ContactUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _contact = d.pop("contact", UNSET)
        contact: ContactUpdate | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactUpdate.from_dict(_contact)

        def _parse_are_keywords_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        are_keywords_restricted = _parse_are_keywords_restricted(d.pop("areKeywordsRestricted", UNSET))

        def _parse_can_create_legacy_service_links(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_create_legacy_service_links = _parse_can_create_legacy_service_links(
            d.pop("canCreateLegacyServiceLinks", UNSET)
        )

        def _parse_can_create_metadata(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_create_metadata = _parse_can_create_metadata(d.pop("canCreateMetadata", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_has_ags_scan(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_ags_scan = _parse_has_ags_scan(d.pop("hasAGSScan", UNSET))

        def _parse_has_csw_client(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_csw_client = _parse_has_csw_client(d.pop("hasCswClient", UNSET))

        def _parse_has_flash_scan(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_flash_scan = _parse_has_flash_scan(d.pop("hasFlashScan", UNSET))

        def _parse_has_new_script_scan(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_new_script_scan = _parse_has_new_script_scan(d.pop("hasNewScriptScan", UNSET))

        def _parse_has_scan_fme(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_scan_fme = _parse_has_scan_fme(d.pop("hasScanFme", UNSET))

        def _parse_keywords_casing(data: object) -> KeywordCasing | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                keywords_casing_type_0 = KeywordCasing(data)

                return keywords_casing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordCasing | None | Unset, data)

        keywords_casing = _parse_keywords_casing(d.pop("keywordsCasing", UNSET))

        def _parse_metadata_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata_language = _parse_metadata_language(d.pop("metadataLanguage", UNSET))

        def _parse_theme_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme_color = _parse_theme_color(d.pop("themeColor", UNSET))

        workgroup_update = cls(
            contact=contact,
            are_keywords_restricted=are_keywords_restricted,
            can_create_legacy_service_links=can_create_legacy_service_links,
            can_create_metadata=can_create_metadata,
            code=code,
            has_ags_scan=has_ags_scan,
            has_csw_client=has_csw_client,
            has_flash_scan=has_flash_scan,
            has_new_script_scan=has_new_script_scan,
            has_scan_fme=has_scan_fme,
            keywords_casing=keywords_casing,
            metadata_language=metadata_language,
            theme_color=theme_color,
        )

        workgroup_update.additional_properties = d
        return workgroup_update

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
