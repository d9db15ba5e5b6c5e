from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
from ..types import UNSET, DecodeError, Unset

if TYPE_CHECKING:
    from ..models.contact_update import ContactUpdate


T = TypeVar("T", bound="WorkgroupUpdate")

_FIELDS = frozenset(
    {
        "contact",
        "areKeywordsRestricted",
        "canCreateLegacyServiceLinks",
        "canCreateMetadata",
        "code",
        "hasAGSScan",
        "hasCswClient",
        "hasFlashScan",
        "hasNewScriptScan",
        "hasScanFme",
        "keywordsCasing",
        "metadataLanguage",
        "themeColor",
    }
)


@_attrs_define
class WorkgroupUpdate:
    """Body of `updateWorkgroup` (JSON). The body may be the whole workgroup as read: the API
    ignores server-managed fields (`_id`, `limits`...). `null` means no value: it clears
    `metadataLanguage` and leaves the other fields as they are. The `has*` scan flags are
    writable (the official SDK's tests set them and read them back).

        Example:
            {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email': 'sig@example.org'}, 'areKeywordsRestricted':
                True, 'canCreateMetadata': True, 'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor':
                '#4499A1'}

    """

    contact: ContactUpdate | Unset = UNSET
    """ Body of `updateWorkgroupContact`, with the **read** names. Server-managed fields sent along
    (as when a contact is sent back as read) are ignored.
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
        d: Any = src_dict
        if type(d) is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupUpdate", None, "an object", d)
        get = d.get
        contact_json = get("contact", UNSET)
        contact: ContactUpdate | Unset
        if contact_json is UNSET:
            contact = UNSET
        else:
            if not isinstance(contact_json, dict):
                raise DecodeError("WorkgroupUpdate", "contact", "an object (ContactUpdate)", contact_json)
            contact = ContactUpdate.from_dict(contact_json)

        are_keywords_restricted_json = get("areKeywordsRestricted", UNSET)
        are_keywords_restricted: bool | None | Unset
        if are_keywords_restricted_json is UNSET:
            are_keywords_restricted = UNSET
        else:
            if isinstance(are_keywords_restricted_json, bool):
                are_keywords_restricted_1: bool
                if not (isinstance(are_keywords_restricted_json, bool)):
                    raise DecodeError(
                        "WorkgroupUpdate", "areKeywordsRestricted", "a boolean", are_keywords_restricted_json
                    )
                are_keywords_restricted_1 = are_keywords_restricted_json

                are_keywords_restricted = are_keywords_restricted_1
            elif are_keywords_restricted_json is None:
                are_keywords_restricted = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate",
                    "areKeywordsRestricted",
                    "a boolean or null",
                    are_keywords_restricted_json,
                )

        can_create_legacy_service_links_json = get("canCreateLegacyServiceLinks", UNSET)
        can_create_legacy_service_links: bool | None | Unset
        if can_create_legacy_service_links_json is UNSET:
            can_create_legacy_service_links = UNSET
        else:
            if isinstance(can_create_legacy_service_links_json, bool):
                can_create_legacy_service_links_1: bool
                if not (isinstance(can_create_legacy_service_links_json, bool)):
                    raise DecodeError(
                        "WorkgroupUpdate",
                        "canCreateLegacyServiceLinks",
                        "a boolean",
                        can_create_legacy_service_links_json,
                    )
                can_create_legacy_service_links_1 = can_create_legacy_service_links_json

                can_create_legacy_service_links = can_create_legacy_service_links_1
            elif can_create_legacy_service_links_json is None:
                can_create_legacy_service_links = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate",
                    "canCreateLegacyServiceLinks",
                    "a boolean or null",
                    can_create_legacy_service_links_json,
                )

        can_create_metadata_json = get("canCreateMetadata", UNSET)
        can_create_metadata: bool | None | Unset
        if can_create_metadata_json is UNSET:
            can_create_metadata = UNSET
        else:
            if isinstance(can_create_metadata_json, bool):
                can_create_metadata_1: bool
                if not (isinstance(can_create_metadata_json, bool)):
                    raise DecodeError(
                        "WorkgroupUpdate", "canCreateMetadata", "a boolean", can_create_metadata_json
                    )
                can_create_metadata_1 = can_create_metadata_json

                can_create_metadata = can_create_metadata_1
            elif can_create_metadata_json is None:
                can_create_metadata = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate", "canCreateMetadata", "a boolean or null", can_create_metadata_json
                )

        code_json = get("code", UNSET)
        code: None | str | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if isinstance(code_json, str):
                code_text: None | str = code_json
                code = code_text
            elif code_json is None:
                code = None
            else:
                raise DecodeError("WorkgroupUpdate", "code", "a string or null", code_json)

        has_ags_scan_json = get("hasAGSScan", UNSET)
        has_ags_scan: bool | None | Unset
        if has_ags_scan_json is UNSET:
            has_ags_scan = UNSET
        else:
            if isinstance(has_ags_scan_json, bool):
                has_ags_scan_1: bool
                if not (isinstance(has_ags_scan_json, bool)):
                    raise DecodeError("WorkgroupUpdate", "hasAGSScan", "a boolean", has_ags_scan_json)
                has_ags_scan_1 = has_ags_scan_json

                has_ags_scan = has_ags_scan_1
            elif has_ags_scan_json is None:
                has_ags_scan = None
            else:
                raise DecodeError("WorkgroupUpdate", "hasAGSScan", "a boolean or null", has_ags_scan_json)

        has_csw_client_json = get("hasCswClient", UNSET)
        has_csw_client: bool | None | Unset
        if has_csw_client_json is UNSET:
            has_csw_client = UNSET
        else:
            if isinstance(has_csw_client_json, bool):
                has_csw_client_1: bool
                if not (isinstance(has_csw_client_json, bool)):
                    raise DecodeError("WorkgroupUpdate", "hasCswClient", "a boolean", has_csw_client_json)
                has_csw_client_1 = has_csw_client_json

                has_csw_client = has_csw_client_1
            elif has_csw_client_json is None:
                has_csw_client = None
            else:
                raise DecodeError("WorkgroupUpdate", "hasCswClient", "a boolean or null", has_csw_client_json)

        has_flash_scan_json = get("hasFlashScan", UNSET)
        has_flash_scan: bool | None | Unset
        if has_flash_scan_json is UNSET:
            has_flash_scan = UNSET
        else:
            if isinstance(has_flash_scan_json, bool):
                has_flash_scan_1: bool
                if not (isinstance(has_flash_scan_json, bool)):
                    raise DecodeError("WorkgroupUpdate", "hasFlashScan", "a boolean", has_flash_scan_json)
                has_flash_scan_1 = has_flash_scan_json

                has_flash_scan = has_flash_scan_1
            elif has_flash_scan_json is None:
                has_flash_scan = None
            else:
                raise DecodeError("WorkgroupUpdate", "hasFlashScan", "a boolean or null", has_flash_scan_json)

        has_new_script_scan_json = get("hasNewScriptScan", UNSET)
        has_new_script_scan: bool | None | Unset
        if has_new_script_scan_json is UNSET:
            has_new_script_scan = UNSET
        else:
            if isinstance(has_new_script_scan_json, bool):
                has_new_script_scan_1: bool
                if not (isinstance(has_new_script_scan_json, bool)):
                    raise DecodeError(
                        "WorkgroupUpdate", "hasNewScriptScan", "a boolean", has_new_script_scan_json
                    )
                has_new_script_scan_1 = has_new_script_scan_json

                has_new_script_scan = has_new_script_scan_1
            elif has_new_script_scan_json is None:
                has_new_script_scan = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate", "hasNewScriptScan", "a boolean or null", has_new_script_scan_json
                )

        has_scan_fme_json = get("hasScanFme", UNSET)
        has_scan_fme: bool | None | Unset
        if has_scan_fme_json is UNSET:
            has_scan_fme = UNSET
        else:
            if isinstance(has_scan_fme_json, bool):
                has_scan_fme_1: bool
                if not (isinstance(has_scan_fme_json, bool)):
                    raise DecodeError("WorkgroupUpdate", "hasScanFme", "a boolean", has_scan_fme_json)
                has_scan_fme_1 = has_scan_fme_json

                has_scan_fme = has_scan_fme_1
            elif has_scan_fme_json is None:
                has_scan_fme = None
            else:
                raise DecodeError("WorkgroupUpdate", "hasScanFme", "a boolean or null", has_scan_fme_json)

        keywords_casing_json = get("keywordsCasing", UNSET)
        keywords_casing: KeywordCasing | None | Unset
        if keywords_casing_json is UNSET:
            keywords_casing = UNSET
        else:
            if isinstance(keywords_casing_json, str):
                keywords_casing_1: KeywordCasing
                keywords_casing_1_member = (
                    KeywordCasing._value2member_map_.get(keywords_casing_json)
                    if isinstance(keywords_casing_json, str)
                    else None
                )
                if keywords_casing_1_member is None:
                    raise DecodeError(
                        "WorkgroupUpdate", "keywordsCasing", "a KeywordCasing value", keywords_casing_json
                    )
                keywords_casing_1 = cast(KeywordCasing, keywords_casing_1_member)

                keywords_casing = keywords_casing_1
            elif keywords_casing_json is None:
                keywords_casing = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate", "keywordsCasing", "a KeywordCasing value or null", keywords_casing_json
                )

        metadata_language_json = get("metadataLanguage", UNSET)
        metadata_language: None | str | Unset
        if metadata_language_json is UNSET:
            metadata_language = UNSET
        else:
            if isinstance(metadata_language_json, str):
                metadata_language_text: None | str = metadata_language_json
                metadata_language = metadata_language_text
            elif metadata_language_json is None:
                metadata_language = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate", "metadataLanguage", "a string or null", metadata_language_json
                )

        theme_color_json = get("themeColor", UNSET)
        theme_color: None | str | Unset
        if theme_color_json is UNSET:
            theme_color = UNSET
        else:
            if isinstance(theme_color_json, str):
                theme_color_text: None | str = theme_color_json
                theme_color = theme_color_text
            elif theme_color_json is None:
                theme_color = None
            else:
                raise DecodeError("WorkgroupUpdate", "themeColor", "a string or null", theme_color_json)

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
        workgroup_update.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if d.keys() - _FIELDS else {}
        )
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


from ..models.contact_update import ContactUpdate  # noqa: E402
