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
        "keywordsCasing",
        "metadataLanguage",
        "themeColor",
    }
)


@_attrs_define
class WorkgroupUpdate:
    """Body of WG-4 (JSON). The SDK sends the whole workgroup as read; the API ignores
    server-managed fields (`_id`, `limits`...).

        Example:
            {'contact': {'name': 'Métropole de Lyon - Service SIG', 'email': 'sig@example.org'}, 'areKeywordsRestricted':
                True, 'canCreateMetadata': True, 'keywordsCasing': 'capitalized', 'metadataLanguage': 'fr', 'themeColor':
                '#4499A1'}

    """

    contact: ContactUpdate | Unset = UNSET
    """ Body of CTC-4, with the **read** names. Server-managed fields sent along (as the SDK does
    when it sends a contact back as read) are ignored.
     """
    are_keywords_restricted: bool | Unset = UNSET
    can_create_legacy_service_links: bool | Unset = UNSET
    can_create_metadata: bool | Unset = UNSET
    code: str | Unset = UNSET
    keywords_casing: KeywordCasing | Unset = UNSET
    metadata_language: str | Unset = UNSET
    theme_color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        are_keywords_restricted = self.are_keywords_restricted

        can_create_legacy_service_links = self.can_create_legacy_service_links

        can_create_metadata = self.can_create_metadata

        code = self.code

        keywords_casing: str | Unset = UNSET
        if not isinstance(self.keywords_casing, Unset):
            keywords_casing = self.keywords_casing.value

        metadata_language = self.metadata_language

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
        are_keywords_restricted: bool | Unset
        if are_keywords_restricted_json is UNSET:
            are_keywords_restricted = UNSET
        else:
            if not (isinstance(are_keywords_restricted_json, bool)):
                raise DecodeError(
                    "WorkgroupUpdate", "areKeywordsRestricted", "a boolean", are_keywords_restricted_json
                )
            are_keywords_restricted = are_keywords_restricted_json

        can_create_legacy_service_links_json = get("canCreateLegacyServiceLinks", UNSET)
        can_create_legacy_service_links: bool | Unset
        if can_create_legacy_service_links_json is UNSET:
            can_create_legacy_service_links = UNSET
        else:
            if not (isinstance(can_create_legacy_service_links_json, bool)):
                raise DecodeError(
                    "WorkgroupUpdate",
                    "canCreateLegacyServiceLinks",
                    "a boolean",
                    can_create_legacy_service_links_json,
                )
            can_create_legacy_service_links = can_create_legacy_service_links_json

        can_create_metadata_json = get("canCreateMetadata", UNSET)
        can_create_metadata: bool | Unset
        if can_create_metadata_json is UNSET:
            can_create_metadata = UNSET
        else:
            if not (isinstance(can_create_metadata_json, bool)):
                raise DecodeError(
                    "WorkgroupUpdate", "canCreateMetadata", "a boolean", can_create_metadata_json
                )
            can_create_metadata = can_create_metadata_json

        code_json = get("code", UNSET)
        code: str | Unset
        if code_json is UNSET:
            code = UNSET
        else:
            if not (isinstance(code_json, str)):
                raise DecodeError("WorkgroupUpdate", "code", "a string", code_json)
            code = code_json

        keywords_casing_json = get("keywordsCasing", UNSET)
        keywords_casing: KeywordCasing | Unset
        if keywords_casing_json is UNSET:
            keywords_casing = UNSET
        else:
            keywords_casing_member = (
                KeywordCasing._value2member_map_.get(keywords_casing_json)
                if isinstance(keywords_casing_json, str)
                else None
            )
            if keywords_casing_member is None:
                raise DecodeError(
                    "WorkgroupUpdate", "keywordsCasing", "a KeywordCasing value", keywords_casing_json
                )
            keywords_casing = cast(KeywordCasing, keywords_casing_member)

        metadata_language_json = get("metadataLanguage", UNSET)
        metadata_language: str | Unset
        if metadata_language_json is UNSET:
            metadata_language = UNSET
        else:
            if not (isinstance(metadata_language_json, str)):
                raise DecodeError("WorkgroupUpdate", "metadataLanguage", "a string", metadata_language_json)
            metadata_language = metadata_language_json

        theme_color_json = get("themeColor", UNSET)
        theme_color: str | Unset
        if theme_color_json is UNSET:
            theme_color = UNSET
        else:
            if not (isinstance(theme_color_json, str)):
                raise DecodeError("WorkgroupUpdate", "themeColor", "a string", theme_color_json)
            theme_color = theme_color_json

        workgroup_update = cls(
            contact=contact,
            are_keywords_restricted=are_keywords_restricted,
            can_create_legacy_service_links=can_create_legacy_service_links,
            can_create_metadata=can_create_metadata,
            code=code,
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
