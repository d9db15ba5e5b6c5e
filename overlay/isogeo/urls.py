"""URL builders: where to view, edit or administer a metadata, a share, a workgroup, an application.

Two ways in:

* :class:`UrlBuilder` — bound to one platform (prod by default), with its own registry of web
  apps (:meth:`UrlBuilder.register_webapp` affects that builder only; there is no global state);
* module-level functions with the prod defaults — :func:`get_view_url` (built-in web apps only),
  :func:`get_edit_url`, :func:`metadata_admin_url`, :func:`workgroup_admin_url`,
  :func:`share_admin_url`, :func:`application_admin_url`, :func:`opencatalog_url` — which take
  the base URL as a keyword.

Objects may be generated models (``isogeo_api.models.Metadata``, ``Workgroup``, ``Share``,
``Application``) or the API's JSON dictionaries.

>>> urls = UrlBuilder()
>>> urls.get_view_url("csw_getcap", share_id="344d51c3edfb435daf9d98d948fa207e",
...                   share_token="TokenOhDearToken")
'https://services.api.isogeo.com/ows/s/344d51c3edfb435daf9d98d948fa207e/TokenOhDearToken?service=CSW&version=2.0.2&request=GetCapabilities'

Decisions that differ from the official SDK (facts §9, §10 items 37 and 40):

* ``oc`` takes an **optional** ``oc_url`` (the SDK needed it but did not declare it, so the
  documented call raised ``KeyError``); it defaults to the builder's OpenCatalog URL, and a bare
  host (``open.isogeo.com``, the SDK's form) is accepted too.
* The CSW web apps use the builder's CSW host (the SDK hard-coded prod's even on QA); on prod the
  URLs are identical to the SDK's. ``csw_url`` may be passed to override it.
* Identifiers given to built-in web apps are checked and normalised (any form
  :func:`isogeo.ids.normalize_id` accepts); ``csw_getrec`` also accepts a plain hex id for
  ``md_uuid_urn`` and writes the Isogeo URN itself.
* :func:`get_edit_url` refuses a tab that does not exist or does not apply to the metadata type,
  with the accepted tabs in the message (the SDK either raised a bare ``ValueError`` or fell back
  to ``identification`` depending on the version); ``attributes`` is **not** offered for the
  ``dataset`` filter type, which the SDK let through only by a substring accident.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from isogeo._core.fields import read_field, read_path
from isogeo.errors import InvalidInputError
from isogeo.ids import UuidForm, convert_uuid, normalize_id
from isogeo.metadata_helpers import metadata_type_filter_form
from isogeo.platforms import PLATFORMS, PlatformUrls, get_platform

if TYPE_CHECKING:
    from isogeo_api.models import Metadata, Workgroup

__all__ = [
    "EDIT_TABS",
    "MissingArgumentsError",
    "UrlBuilder",
    "WebApp",
    "application_admin_url",
    "edit_tabs_for",
    "get_edit_url",
    "get_view_url",
    "metadata_admin_url",
    "opencatalog_url",
    "share_admin_url",
    "workgroup_admin_url",
]

_PROD = PLATFORMS["prod"]


class MissingArgumentsError(InvalidInputError, TypeError):
    """A web app was asked for a URL without all the arguments its template needs.

    It is a ``TypeError`` (what the SDK raised, like a call missing an argument) and an
    :class:`~isogeo.errors.InvalidInputError` (a ``ValueError``) at once.
    """


# -- web apps -------------------------------------------------------------------------------------

_CSW = "{csw_url}/ows/s/{share_id}/{share_token}?service=CSW&version=2.0.2"


@dataclass(frozen=True)
class WebApp:
    """A web application able to display Isogeo metadata, as a URL template.

    ``args`` are the arguments the caller must give; ``optional`` maps the other template
    fields to the platform URL attribute that fills them by default (e.g. ``oc_url`` →
    ``opencatalog_url``).
    """

    name: str
    url: str
    args: tuple[str, ...]
    optional: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    builtin: bool = False


_BUILTIN_WEBAPPS: tuple[WebApp, ...] = (
    WebApp(
        "oc",
        "{oc_url}/s/{share_id}/{share_token}/r/{md_id}",
        ("md_id", "share_id", "share_token"),
        MappingProxyType({"oc_url": "opencatalog_url"}),
        builtin=True,
    ),
    WebApp(
        "csw_getcap",
        _CSW + "&request=GetCapabilities",
        ("share_id", "share_token"),
        MappingProxyType({"csw_url": "csw_url"}),
        builtin=True,
    ),
    WebApp(
        "csw_getrec",
        _CSW + "&request=GetRecordById&id={md_uuid_urn}&elementsetname=full"
        "&outputSchema=http://www.isotc211.org/2005/gmd",
        ("md_uuid_urn", "share_id", "share_token"),
        MappingProxyType({"csw_url": "csw_url"}),
        builtin=True,
    ),
    WebApp(
        "csw_getrecords",
        _CSW + "&request=GetRecords&ResultType=results&ElementSetName=brief&maxRecords=20"
        "&OutputFormat=application/xml&OutputSchema=http://www.opengis.net/cat/csw/2.0.2"
        "&namespace=xmlns(csw=http://www.opengis.net/cat/csw/2.0.2)&TypeNames=csw:Record&startPosition=1",
        ("share_id", "share_token"),
        MappingProxyType({"csw_url": "csw_url"}),
        builtin=True,
    ),
    # PixUp portals are served over plain http (documented template).
    WebApp("pixup_portal", "{portal_url}/?muid={md_id}", ("md_id", "portal_url"), builtin=True),
)

# Arguments of built-in web apps that are URLs, with the scheme a bare host gets.
_URL_ARGS = {"oc_url": "https", "csw_url": "https", "portal_url": "http"}
_ID_ARGS = ("md_id", "share_id")
_URL_TOKEN = re.compile(r"[^/?#&\s]+")


def _template_fields(url: str) -> list[str]:
    fields: list[str] = []
    try:
        parsed = list(string.Formatter().parse(url))
    except ValueError as exc:
        raise InvalidInputError(
            "webapp_url", url, "a URL template with {name} fields", reason=str(exc)
        ) from exc
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise InvalidInputError(
                "webapp_url", url, "a URL template with plain {name} fields", reason=f"field {{{name}}}"
            )
        fields.append(name)
    return fields


def _with_scheme(value: str, scheme: str) -> str:
    text = value.strip().rstrip("/")
    return text if "://" in text else f"{scheme}://{text}"


class UrlBuilder:
    """View, edit and administration URLs for one platform, with its own web app registry.

    >>> urls = UrlBuilder("qa")
    >>> urls.get_view_url("oc", md_id="36fde4261bcb4ef2a849d94a50488713",
    ...                   share_id="344d51c3edfb435daf9d98d948fa207e", share_token="TokenOhDearToken")
    'https://qa-isogeo-open.azurewebsites.net/s/344d51c3edfb435daf9d98d948fa207e/TokenOhDearToken/r/36fde4261bcb4ef2a849d94a50488713'
    >>> urls.register_webapp("PPIGE v3", ["md_id"], "https://www.ppigre-npdc.fr/portail/geocatalogue?uuid={md_id}")
    >>> urls.get_view_url("PPIGE v3", md_id="36fde4261bcb4ef2a849d94a50488713", share_id="ignored")
    'https://www.ppigre-npdc.fr/portail/geocatalogue?uuid=36fde4261bcb4ef2a849d94a50488713'
    """

    def __init__(self, platform: str | PlatformUrls = "prod") -> None:
        self.platform: PlatformUrls = get_platform(platform)
        self._webapps: dict[str, WebApp] = {app.name: app for app in _BUILTIN_WEBAPPS}

    def __repr__(self) -> str:
        return f"UrlBuilder(platform={self.platform.name!r}, webapps={sorted(self._webapps)!r})"

    # -- web apps ---------------------------------------------------------------------------------
    @property
    def webapps(self) -> Mapping[str, WebApp]:
        """The web apps this builder knows (built-in ones first), read-only."""
        return MappingProxyType(self._webapps)

    def register_webapp(
        self, webapp_name: str, webapp_args: Iterable[str], webapp_url: str, *, replace: bool = False
    ) -> None:
        """Register a web app for :meth:`get_view_url`, on this builder only.

        ``webapp_args`` must name exactly the ``{fields}`` of ``webapp_url``; values are inserted
        as given (not URL-encoded), as in the SDK. Re-registering an existing name needs
        ``replace=True``; built-in web apps cannot be replaced.

        >>> urls = UrlBuilder()
        >>> urls.register_webapp("portal", ["md_id"], "https://portal.example.org/?uuid={id}")
        Traceback (most recent call last):
        ...
        isogeo.errors.InvalidInputError: webapp_args=['md_id'] is not accepted \
(the template's fields are ['id']); expected the names of the {fields} of webapp_url
        """
        if not isinstance(webapp_name, str) or not webapp_name.strip():
            raise InvalidInputError("webapp_name", webapp_name, "a non-empty name")
        if isinstance(webapp_args, str):
            raise InvalidInputError("webapp_args", webapp_args, "a list of argument names, not a str")
        args = tuple(webapp_args)
        if not isinstance(webapp_url, str) or not webapp_url.strip():
            raise InvalidInputError(
                "webapp_url", webapp_url, "a URL template such as https://host/?uuid={md_id}"
            )
        fields = _template_fields(webapp_url)
        if not all(isinstance(arg, str) for arg in args) or set(args) != set(fields):
            raise InvalidInputError(
                "webapp_args",
                list(args),
                "the names of the {fields} of webapp_url",
                reason=f"the template's fields are {sorted(set(fields))}",
            )
        existing = self._webapps.get(webapp_name)
        if existing is not None and (existing.builtin or not replace):
            why = "built-in web apps cannot be replaced" if existing.builtin else "pass replace=True"
            raise InvalidInputError("webapp_name", webapp_name, "a name not registered yet", reason=why)
        self._webapps[webapp_name] = WebApp(webapp_name, webapp_url, tuple(dict.fromkeys(args)))

    def get_view_url(self, webapp: str = "oc", **kwargs: Any) -> str:
        """The URL of ``webapp`` for the given arguments; arguments the web app does not use are ignored.

        Built-in web apps: ``oc`` (OpenCatalog record: ``md_id``, ``share_id``, ``share_token``,
        optional ``oc_url``), ``csw_getcap`` and ``csw_getrecords`` (``share_id``,
        ``share_token``, optional ``csw_url``), ``csw_getrec`` (``md_uuid_urn``, ``share_id``,
        ``share_token``, optional ``csw_url``), ``pixup_portal`` (``md_id``, ``portal_url``).
        ``share_token`` is the share's ``urlToken``.

        >>> UrlBuilder().get_view_url("pixup_portal", md_id="36fde4261bcb4ef2a849d94a50488713",
        ...                           portal_url="demo.pixup-portail.fr")
        'http://demo.pixup-portail.fr/?muid=36fde4261bcb4ef2a849d94a50488713'
        >>> UrlBuilder().get_view_url("oc", md_id="36fde4261bcb4ef2a849d94a50488713")
        Traceback (most recent call last):
        ...
        isogeo.urls.MissingArgumentsError: webapp='oc' is not accepted (missing share_id, share_token); \
expected arguments md_id, share_id, share_token
        """
        app = self._webapps.get(webapp) if isinstance(webapp, str) else None
        if app is None:
            raise InvalidInputError("webapp", webapp, list(self._webapps), reason="register it first")
        missing = [arg for arg in app.args if kwargs.get(arg) is None]
        if missing:
            raise MissingArgumentsError(
                "webapp", webapp, "arguments " + ", ".join(app.args), reason="missing " + ", ".join(missing)
            )
        values = {name: kwargs[name] for name in app.args}
        if app.builtin:
            values = self._builtin_values(app, values, kwargs)
        return app.url.format(**values)

    def _builtin_values(
        self, app: WebApp, values: dict[str, Any], kwargs: Mapping[str, Any]
    ) -> dict[str, Any]:
        for name in _ID_ARGS:
            if name in values:
                values[name] = normalize_id(values[name], argument=name)
        token = values.get("share_token")
        if token is not None and (not isinstance(token, str) or not _URL_TOKEN.fullmatch(token)):
            raise InvalidInputError("share_token", token, "the share's urlToken (no blanks nor / ? # &)")
        if "md_uuid_urn" in values:
            values["md_uuid_urn"] = convert_uuid(values["md_uuid_urn"], UuidForm.ISOGEO_URN)
        for name, attribute in app.optional.items():
            given = kwargs.get(name)
            values[name] = given if given is not None else getattr(self.platform, attribute)
            if values[name] is None:
                raise InvalidInputError(
                    name, None, f"the {attribute} of platform {self.platform.name!r}", reason="unknown"
                )
        for name, scheme in _URL_ARGS.items():
            if name in values:
                if not isinstance(values[name], str) or not values[name].strip():
                    raise InvalidInputError(name, values[name], "a URL or a host name")
                values[name] = _with_scheme(values[name], scheme)
        return values

    # -- back-office URLs -----------------------------------------------------------------------
    def get_edit_url(self, metadata: Metadata | Mapping[str, Any], tab: str = "identification") -> str:
        """Edition URL of ``metadata`` in this platform's back-office; see :func:`get_edit_url`."""
        return get_edit_url(metadata, tab, app_url=self._require("app_url"))

    def metadata_admin_url(self, metadata: Metadata | Mapping[str, Any]) -> str:
        """See :func:`metadata_admin_url`."""
        return metadata_admin_url(metadata, app_url=self._require("app_url"))

    def workgroup_admin_url(self, workgroup: Workgroup | Mapping[str, Any]) -> str:
        """See :func:`workgroup_admin_url`."""
        return workgroup_admin_url(workgroup, base=self._require("app_url"))

    def share_admin_url(self, share: object) -> str:
        """See :func:`share_admin_url`."""
        return share_admin_url(share, base=self._require("app_url"))

    def application_admin_url(self, application: object) -> str:
        """See :func:`application_admin_url`."""
        return application_admin_url(application, base=self._require("manage_url"))

    def opencatalog_url(self, share: object) -> str | None:
        """See :func:`opencatalog_url`."""
        return opencatalog_url(share, base=self._require("opencatalog_url"))

    def _require(self, attribute: str) -> str:
        value: str | None = getattr(self.platform, attribute)
        if value is None:
            raise InvalidInputError(
                attribute,
                None,
                f"a URL: pass it to custom_platform({attribute}=...)",
                reason="not configured",
            )
        return value


_DEFAULT_BUILDER = UrlBuilder()


def get_view_url(webapp: str = "oc", **kwargs: Any) -> str:
    """URL of a **built-in** web app on prod (see :meth:`UrlBuilder.get_view_url`).

    To register custom web apps or target QA, use a :class:`UrlBuilder`.

    >>> get_view_url("oc", md_id="36fde4261bcb4ef2a849d94a50488713",
    ...              share_id="344d51c3edfb435daf9d98d948fa207e", share_token="TokenOhDearToken")
    'https://open.isogeo.com/s/344d51c3edfb435daf9d98d948fa207e/TokenOhDearToken/r/36fde4261bcb4ef2a849d94a50488713'
    """
    return _DEFAULT_BUILDER.get_view_url(webapp, **kwargs)


# -- edit tabs ------------------------------------------------------------------------------------

_ALL_TYPES = ("vector-dataset", "raster-dataset", "no-geo-dataset", "resource", "service")
_GEO_TYPES = ("vector-dataset", "raster-dataset", "no-geo-dataset", "service")

EDIT_TABS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "identification": _ALL_TYPES,
        "history": _ALL_TYPES,
        "geography": _GEO_TYPES,
        "quality": _GEO_TYPES,
        "attributes": ("vector-dataset", "no-geo-dataset"),
        "constraints": _ALL_TYPES,
        "resources": _ALL_TYPES,
        "contacts": _ALL_TYPES,
        "advanced": _ALL_TYPES,
        "metadata": _ALL_TYPES,
    }
)
"""Back-office tabs and the metadata types (filter form) each applies to (facts §9.2)."""

_DATASET_SUBTYPES = ("vector-dataset", "raster-dataset")


def edit_tabs_for(md_type: object) -> tuple[str, ...]:
    """The back-office tabs available for a metadata type (API or filter form).

    ``dataset`` (vector **or** raster) gets the tabs both have. An unknown type (a value the
    server added later) gets the tabs every known type has.

    >>> edit_tabs_for("resource")
    ('identification', 'history', 'constraints', 'resources', 'contacts', 'advanced', 'metadata')
    >>> "attributes" in edit_tabs_for("vectorDataset"), "attributes" in edit_tabs_for("dataset")
    (True, False)
    """
    form = metadata_type_filter_form(md_type)
    if form == "dataset":
        wanted: tuple[str, ...] = _DATASET_SUBTYPES
    elif form is None:
        wanted = _ALL_TYPES
    else:
        wanted = (form,)
    return tuple(tab for tab, types in EDIT_TABS.items() if all(t in types for t in wanted))


# -- back-office and OpenCatalog URLs ---------------------------------------------------------------


def _id_of(obj: object, argument: str) -> str:
    raw = read_field(obj, "sys_id", "_id")
    if raw is None:
        raise InvalidInputError(argument, obj, f"a {argument} with an _id")
    return normalize_id(raw, argument=f"{argument}._id")


def _base(url: str, argument: str) -> str:
    if not isinstance(url, str) or not url.strip():
        raise InvalidInputError(argument, url, "an absolute URL")
    return _with_scheme(url, "https")


def metadata_admin_url(
    metadata: Metadata | Mapping[str, Any], *, app_url: str = "https://app.isogeo.com"
) -> str:
    """Back-office page of a metadata: ``{app_url}/groups/{owner}/resources/{id}/``.

    The owner comes from ``_creator`` (returned by default; ``_include=_creator``). A metadata
    without it is refused (the SDK returned ``False``).

    >>> md = {"_id": "36fde4261bcb4ef2a849d94a50488713",
    ...       "_creator": {"_id": "32f7e95ec4e94ca3bc1afda960003882"}}
    >>> metadata_admin_url(md)
    'https://app.isogeo.com/groups/32f7e95ec4e94ca3bc1afda960003882/resources/36fde4261bcb4ef2a849d94a50488713/'
    """
    md_id = _id_of(metadata, "metadata")
    owner = read_path(metadata, ("sys_creator", "_creator"), ("sys_id", "_id"))
    if owner is None:
        raise InvalidInputError(
            "metadata",
            md_id,
            "a metadata with its owner (_creator)",
            reason="fetch it with _include=_creator",
        )
    owner_id = normalize_id(owner, argument="metadata._creator._id")
    return f"{_base(app_url, 'app_url')}/groups/{owner_id}/resources/{md_id}/"


def get_edit_url(
    metadata: Metadata | Mapping[str, Any],
    tab: str = "identification",
    *,
    app_url: str = "https://app.isogeo.com",
) -> str:
    """Edition URL of a metadata in the back-office, opened on ``tab``.

    ``tab`` must be one of :data:`EDIT_TABS` that applies to the metadata's type
    (:func:`edit_tabs_for`); anything else raises :class:`~isogeo.errors.InvalidInputError`
    listing the tabs accepted for that type.

    >>> md = {"_id": "36fde4261bcb4ef2a849d94a50488713", "type": "vectorDataset",
    ...       "_creator": {"_id": "32f7e95ec4e94ca3bc1afda960003882"}}
    >>> get_edit_url(md, tab="attributes")
    'https://app.isogeo.com/groups/32f7e95ec4e94ca3bc1afda960003882/resources/36fde4261bcb4ef2a849d94a50488713/attributes'
    >>> get_edit_url({**md, "type": "service"}, tab="attributes")
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: tab='attributes' is not accepted (no such tab for service metadata); \
expected one of: identification, history, geography, quality, constraints, resources, contacts, \
advanced, metadata
    """
    md_type = read_field(metadata, "type_", "type")
    accepted = edit_tabs_for(md_type)
    if tab not in accepted:
        kind = metadata_type_filter_form(md_type) or ("untyped" if md_type is None else repr(md_type))
        reason = "unknown tab" if tab not in EDIT_TABS else f"no such tab for {kind} metadata"
        raise InvalidInputError("tab", tab, accepted, reason=reason)
    return metadata_admin_url(metadata, app_url=app_url) + tab


def workgroup_admin_url(
    workgroup: Workgroup | Mapping[str, Any], *, base: str = "https://app.isogeo.com"
) -> str:
    """Administration page of a workgroup: ``{base}/groups/{id}`` (also valid with the manage host).

    >>> workgroup_admin_url({"_id": "32f7e95ec4e94ca3bc1afda960003882"})
    'https://app.isogeo.com/groups/32f7e95ec4e94ca3bc1afda960003882'
    """
    return f"{_base(base, 'base')}/groups/{_id_of(workgroup, 'workgroup')}"


def share_admin_url(share: object, *, base: str = "https://app.isogeo.com") -> str:
    """Administration page of a share: ``{base}/groups/{owner}/admin/shares/{id}``.

    The owner is the share's ``_creator`` (its ``_id``, or its ``_tag`` minus ``owner:``).

    >>> share = {"_id": "344d51c3edfb435daf9d98d948fa207e",
    ...          "_creator": {"_tag": "owner:32f7e95ec4e94ca3bc1afda960003882"}}
    >>> share_admin_url(share)
    'https://app.isogeo.com/groups/32f7e95ec4e94ca3bc1afda960003882/admin/shares/344d51c3edfb435daf9d98d948fa207e'
    """
    share_id = _id_of(share, "share")
    creator = read_field(share, "sys_creator", "_creator")
    owner = read_field(creator, "sys_id", "_id")
    if owner is None:
        tag = read_field(creator, "sys_tag", "_tag")
        owner = tag.removeprefix("owner:") if isinstance(tag, str) and tag.startswith("owner:") else None
    if owner is None:
        raise InvalidInputError("share", share_id, "a share with its owner (_creator)")
    owner_id = normalize_id(owner, argument="share._creator")
    return f"{_base(base, 'base')}/groups/{owner_id}/admin/shares/{share_id}"


def application_admin_url(application: object, *, base: str = "https://manage.isogeo.com") -> str:
    """Staff administration page of an application: ``{base}/applications/{id}``.

    >>> application_admin_url({"_id": "2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b"})
    'https://manage.isogeo.com/applications/2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b'
    """
    return f"{_base(base, 'base')}/applications/{_id_of(application, 'application')}"


def opencatalog_url(share: object, *, base: str = "https://open.isogeo.com") -> str | None:
    """OpenCatalog of a share, ``{base}/s/{share_id}/{urlToken}``, or ``None`` when it has none.

    A share has an OpenCatalog only if it is an ``application`` share with a ``urlToken``.
    Unlike the SDK (``False`` for a group share, which its own documented ``is not None`` test
    mistook for "set"), both "no" cases give ``None``.

    >>> share = {"_id": "344d51c3edfb435daf9d98d948fa207e", "type": "application",
    ...          "urlToken": "TokenOhDearToken"}
    >>> opencatalog_url(share)
    'https://open.isogeo.com/s/344d51c3edfb435daf9d98d948fa207e/TokenOhDearToken'
    >>> opencatalog_url({**share, "type": "group"}) is None
    True
    """
    share_id = _id_of(share, "share")
    share_type = read_field(share, "type_", "type")
    token = read_field(share, "url_token", "urlToken")
    if (share_type is not None and str(share_type) != "application") or not token:
        return None
    return f"{_base(base, 'base')}/s/{share_id}/{token}"
