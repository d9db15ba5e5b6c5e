from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyword_casing import KeywordCasing
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
        contact_raw: Any = _peek_contact(self)
        contact_json: Any
        if contact_raw.__class__ is LazyValue:
            contact_json = contact_raw.value
        else:
            contact: dict[str, Any] | Unset = UNSET
            if not isinstance(contact_raw, Unset):
                contact = contact_raw.to_dict()
            contact_json = contact
        contact = contact_json

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
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise DecodeError("WorkgroupUpdate", None, "an object", d)
        get = d.get
        _context = decode_context.get()
        contact = get("contact", UNSET)
        if contact is not UNSET:
            if contact.__class__ is not dict and not isinstance(contact, dict):
                raise DecodeError("WorkgroupUpdate", "contact", "an object (ContactUpdate)", contact)
            contact = _decode_contact(contact) if _context is EAGER else LazyValue(contact, _context)

        are_keywords_restricted = get("areKeywordsRestricted", UNSET)
        if (
            are_keywords_restricted is not UNSET
            and are_keywords_restricted is not True
            and are_keywords_restricted is not False
            and are_keywords_restricted is not None
        ):
            raise DecodeError(
                "WorkgroupUpdate", "areKeywordsRestricted", "a boolean or null", are_keywords_restricted
            )

        can_create_legacy_service_links = get("canCreateLegacyServiceLinks", UNSET)
        if (
            can_create_legacy_service_links is not UNSET
            and can_create_legacy_service_links is not True
            and can_create_legacy_service_links is not False
            and can_create_legacy_service_links is not None
        ):
            raise DecodeError(
                "WorkgroupUpdate",
                "canCreateLegacyServiceLinks",
                "a boolean or null",
                can_create_legacy_service_links,
            )

        can_create_metadata = get("canCreateMetadata", UNSET)
        if (
            can_create_metadata is not UNSET
            and can_create_metadata is not True
            and can_create_metadata is not False
            and can_create_metadata is not None
        ):
            raise DecodeError(
                "WorkgroupUpdate", "canCreateMetadata", "a boolean or null", can_create_metadata
            )

        code = get("code", UNSET)
        if code is not UNSET and code.__class__ is not str and code is not None and not isinstance(code, str):
            raise DecodeError("WorkgroupUpdate", "code", "a string or null", code)

        has_ags_scan = get("hasAGSScan", UNSET)
        if (
            has_ags_scan is not UNSET
            and has_ags_scan is not True
            and has_ags_scan is not False
            and has_ags_scan is not None
        ):
            raise DecodeError("WorkgroupUpdate", "hasAGSScan", "a boolean or null", has_ags_scan)

        has_csw_client = get("hasCswClient", UNSET)
        if (
            has_csw_client is not UNSET
            and has_csw_client is not True
            and has_csw_client is not False
            and has_csw_client is not None
        ):
            raise DecodeError("WorkgroupUpdate", "hasCswClient", "a boolean or null", has_csw_client)

        has_flash_scan = get("hasFlashScan", UNSET)
        if (
            has_flash_scan is not UNSET
            and has_flash_scan is not True
            and has_flash_scan is not False
            and has_flash_scan is not None
        ):
            raise DecodeError("WorkgroupUpdate", "hasFlashScan", "a boolean or null", has_flash_scan)

        has_new_script_scan = get("hasNewScriptScan", UNSET)
        if (
            has_new_script_scan is not UNSET
            and has_new_script_scan is not True
            and has_new_script_scan is not False
            and has_new_script_scan is not None
        ):
            raise DecodeError("WorkgroupUpdate", "hasNewScriptScan", "a boolean or null", has_new_script_scan)

        has_scan_fme = get("hasScanFme", UNSET)
        if (
            has_scan_fme is not UNSET
            and has_scan_fme is not True
            and has_scan_fme is not False
            and has_scan_fme is not None
        ):
            raise DecodeError("WorkgroupUpdate", "hasScanFme", "a boolean or null", has_scan_fme)

        keywords_casing = get("keywordsCasing", UNSET)
        if keywords_casing is not UNSET:
            if isinstance(keywords_casing, str):
                keywords_casing_1: KeywordCasing
                keywords_casing_1_member: KeywordCasing | None = (
                    KeywordCasing._value2member_map_.get(keywords_casing)
                    if isinstance(keywords_casing, str)
                    else None
                )  # type: ignore[assignment]
                if keywords_casing_1_member is None:
                    raise DecodeError(
                        "WorkgroupUpdate", "keywordsCasing", "a KeywordCasing value", keywords_casing
                    )
                keywords_casing_1 = keywords_casing_1_member

                keywords_casing = keywords_casing_1
            elif keywords_casing is None:
                keywords_casing = None
            else:
                raise DecodeError(
                    "WorkgroupUpdate", "keywordsCasing", "a KeywordCasing value or null", keywords_casing
                )

        metadata_language = get("metadataLanguage", UNSET)
        if (
            metadata_language is not UNSET
            and metadata_language.__class__ is not str
            and metadata_language is not None
            and not isinstance(metadata_language, str)
        ):
            raise DecodeError("WorkgroupUpdate", "metadataLanguage", "a string or null", metadata_language)

        theme_color = get("themeColor", UNSET)
        if (
            theme_color is not UNSET
            and theme_color.__class__ is not str
            and theme_color is not None
            and not isinstance(theme_color, str)
        ):
            raise DecodeError("WorkgroupUpdate", "themeColor", "a string or null", theme_color)

        if cls is WorkgroupUpdate:
            _model = object.__new__(cls)
            _store_contact(_model, contact)
            _model.are_keywords_restricted = are_keywords_restricted
            _model.can_create_legacy_service_links = can_create_legacy_service_links
            _model.can_create_metadata = can_create_metadata
            _model.code = code
            _model.has_ags_scan = has_ags_scan
            _model.has_csw_client = has_csw_client
            _model.has_flash_scan = has_flash_scan
            _model.has_new_script_scan = has_new_script_scan
            _model.has_scan_fme = has_scan_fme
            _model.keywords_casing = keywords_casing
            _model.metadata_language = metadata_language
            _model.theme_color = theme_color
        else:
            _model = cls(
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


def _decode_contact(value: Any) -> ContactUpdate:
    if value.__class__ is not dict and not isinstance(value, dict):
        raise DecodeError("WorkgroupUpdate", "contact", "an object (ContactUpdate)", value)
    decoded = ContactUpdate.from_dict(value)

    return decoded


_peek_contact: Any = WorkgroupUpdate.__dict__["contact"].__get__
_store_contact: Any = WorkgroupUpdate.__dict__["contact"].__set__
lazy_fields(
    WorkgroupUpdate,
    {
        "contact": _decode_contact,
    },
)


if not TYPE_CHECKING:
    ContactUpdate = LazyModel(globals(), "ContactUpdate", "..models.contact_update")
