from __future__ import annotations

from typing import Any

import pytest

from isogeo.errors import InvalidInputError
from isogeo.ids import convert_uuid
from isogeo.metadata_helpers import metadata_type_filter_form
from isogeo.platforms import custom_platform
from isogeo.urls import (
    EDIT_TABS,
    MissingArgumentsError,
    UrlBuilder,
    application_admin_url,
    edit_tabs_for,
    get_edit_url,
    get_view_url,
    metadata_admin_url,
    opencatalog_url,
    share_admin_url,
    workgroup_admin_url,
)
from isogeo_api.models import Application, Metadata, Share, Workgroup
from tests.conftest import load_fixture

MD = "36fde4261bcb4ef2a849d94a50488713"
SHARE = "344d51c3edfb435daf9d98d948fa207e"
TOKEN = "TokenOhDearToken"
WG = "32f7e95ec4e94ca3bc1afda960003882"
CSW_PROD = f"https://services.api.isogeo.com/ows/s/{SHARE}/{TOKEN}?service=CSW&version=2.0.2"

# -- The SDK documentation, §1.3.2 "URL Builder for web applications", verbatim arguments --------

OC_ARGS = {"md_id": MD, "share_id": SHARE, "share_token": TOKEN}
CSW_GETCAP_ARGS = {"share_id": SHARE, "share_token": TOKEN}
CSW_GETRECORDS_ARGS = {"share_id": SHARE, "share_token": TOKEN}
CSW_GETREC_ARGS = {"md_uuid_urn": convert_uuid(MD, 2), "share_id": SHARE, "share_token": TOKEN}

EXPECTED_OC = f"https://open.isogeo.com/s/{SHARE}/{TOKEN}/r/{MD}"
EXPECTED_GETCAP = CSW_PROD + "&request=GetCapabilities"
EXPECTED_GETRECORDS = (
    CSW_PROD + "&request=GetRecords&ResultType=results&ElementSetName=brief&maxRecords=20"
    "&OutputFormat=application/xml&OutputSchema=http://www.opengis.net/cat/csw/2.0.2"
    "&namespace=xmlns(csw=http://www.opengis.net/cat/csw/2.0.2)&TypeNames=csw:Record&startPosition=1"
)
EXPECTED_GETREC = (
    CSW_PROD + "&request=GetRecordById&id=urn:isogeo:metadata:uuid:36fde426-1bcb-4ef2-a849-d94a50488713"
    "&elementsetname=full&outputSchema=http://www.isotc211.org/2005/gmd"
)


@pytest.mark.parametrize(
    ("webapp", "kwargs", "expected"),
    [
        ("oc", OC_ARGS, EXPECTED_OC),
        ("csw_getcap", CSW_GETCAP_ARGS, EXPECTED_GETCAP),
        ("csw_getrecords", CSW_GETRECORDS_ARGS, EXPECTED_GETRECORDS),
        ("csw_getrec", CSW_GETREC_ARGS, EXPECTED_GETREC),
    ],
)
def test_documented_builtin_webapps(webapp: str, kwargs: dict[str, str], expected: str) -> None:
    assert UrlBuilder().get_view_url(webapp=webapp, **kwargs) == expected
    assert get_view_url(webapp=webapp, **kwargs) == expected


def test_documented_custom_webapp_registration() -> None:
    utils = UrlBuilder()
    utils.register_webapp(
        webapp_name="PPIGE v3",
        webapp_args=["md_id"],
        webapp_url="https://www.ppigre-npdc.fr/portail/geocatalogue?uuid={md_id}",
    )
    custom_url_args = {"md_id": MD, "share_id": SHARE, "share_token": TOKEN}
    assert (
        utils.get_view_url(webapp="PPIGE v3", **custom_url_args)
        == f"https://www.ppigre-npdc.fr/portail/geocatalogue?uuid={MD}"
    )


def test_documented_edit_url() -> None:
    md = Metadata.from_dict({"_id": MD, "type": "vectorDataset", "_creator": {"_id": WG}})
    assert UrlBuilder().get_edit_url(metadata=md, tab="attributes") == (
        f"https://app.isogeo.com/groups/{WG}/resources/{MD}/attributes"
    )


# -- web apps: defaults, overrides, platform, validation -------------------------------------------


def test_view_url_default_webapp_is_opencatalog() -> None:
    assert get_view_url(**OC_ARGS) == EXPECTED_OC


@pytest.mark.parametrize(
    ("oc_url", "expected_base"),
    [
        ("open.isogeo.com", "https://open.isogeo.com"),  # the SDK 3.9 form: a bare host
        ("https://open.isogeo.com/", "https://open.isogeo.com"),
        ("https://catalogue.example.org/oc", "https://catalogue.example.org/oc"),
    ],
)
def test_opencatalog_host_can_be_overridden(oc_url: str, expected_base: str) -> None:
    assert get_view_url("oc", oc_url=oc_url, **OC_ARGS) == f"{expected_base}/s/{SHARE}/{TOKEN}/r/{MD}"


def test_builtin_webapps_follow_the_platform() -> None:
    qa = UrlBuilder("qa")
    assert (
        qa.get_view_url("oc", **OC_ARGS)
        == f"https://qa-isogeo-open.azurewebsites.net/s/{SHARE}/{TOKEN}/r/{MD}"
    )
    assert qa.get_view_url("csw_getcap", **CSW_GETCAP_ARGS) == (
        f"http://services.api.qa.isogeo.com/ows/s/{SHARE}/{TOKEN}?service=CSW&version=2.0.2&request=GetCapabilities"
    )


def test_csw_host_can_be_overridden() -> None:
    url = get_view_url("csw_getcap", csw_url="https://services.api.isogeo.com/", **CSW_GETCAP_ARGS)
    assert url == EXPECTED_GETCAP


@pytest.mark.parametrize(
    "md_uuid_urn",
    [MD, "36fde426-1bcb-4ef2-a849-d94a50488713", "urn:uuid:36fde426-1bcb-4ef2-a849-d94a50488713"],
)
def test_csw_getrecordbyid_writes_the_isogeo_urn_itself(md_uuid_urn: str) -> None:
    assert (
        get_view_url("csw_getrec", md_uuid_urn=md_uuid_urn, share_id=SHARE, share_token=TOKEN)
        == EXPECTED_GETREC
    )


@pytest.mark.parametrize(
    ("portal_url", "expected"),
    [
        ("demo.pixup-portail.fr", f"http://demo.pixup-portail.fr/?muid={MD}"),
        ("https://demo.pixup-portail.fr/", f"https://demo.pixup-portail.fr/?muid={MD}"),
    ],
)
def test_pixup_portal(portal_url: str, expected: str) -> None:
    assert get_view_url("pixup_portal", md_id=MD, portal_url=portal_url) == expected


def test_builtin_webapps_accept_any_identifier_form() -> None:
    hyphenated = {
        "md_id": "urn:uuid:36fde426-1bcb-4ef2-a849-d94a50488713",
        "share_id": SHARE.upper(),
        "share_token": TOKEN,
    }
    assert get_view_url("oc", **hyphenated) == EXPECTED_OC


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({**OC_ARGS, "md_id": "not-an-id"}, "md_id"),
        ({**OC_ARGS, "share_id": MD[:-1]}, "share_id"),
        ({**OC_ARGS, "oc_url": ""}, "oc_url"),
        ({**OC_ARGS, "share_token": ""}, "share_token"),
        ({**OC_ARGS, "share_token": "abc/def"}, "share_token"),
        ({**OC_ARGS, "share_token": "abc def"}, "share_token"),
        ({**OC_ARGS, "share_token": 42}, "share_token"),
    ],
)
def test_builtin_webapps_refuse_bad_arguments(kwargs: dict[str, str], argument: str) -> None:
    with pytest.raises(InvalidInputError, match=rf"^{argument}="):
        get_view_url("oc", **kwargs)


@pytest.mark.parametrize(
    ("webapp", "kwargs", "missing"),
    [
        ("oc", {"md_id": MD}, "share_id, share_token"),
        ("oc", {**OC_ARGS, "share_token": None}, "share_token"),
        ("csw_getrec", CSW_GETCAP_ARGS, "md_uuid_urn"),
        ("pixup_portal", {"md_id": MD}, "portal_url"),
    ],
)
def test_missing_arguments_are_named(webapp: str, kwargs: dict[str, Any], missing: str) -> None:
    with pytest.raises(MissingArgumentsError, match=rf"\(missing {missing}\)") as caught:
        get_view_url(webapp, **kwargs)
    # Both what the SDK raised and what the overlay raises for bad input.
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("webapp", ["PPIGE v3", "OC", "", None])
def test_unknown_webapps_are_refused_with_the_registered_names(webapp: Any) -> None:
    with pytest.raises(
        InvalidInputError, match=r"register it first.*oc, csw_getcap, csw_getrec, csw_getrecords"
    ):
        get_view_url(webapp, **OC_ARGS)


def test_registration_is_per_builder() -> None:
    first, second = UrlBuilder(), UrlBuilder()
    first.register_webapp("portal", ["md_id"], "https://portal.example.org/?uuid={md_id}")
    assert "portal" in first.webapps
    assert "portal" not in second.webapps
    with pytest.raises(InvalidInputError):
        get_view_url("portal", md_id=MD)


def test_custom_webapp_values_are_inserted_as_given() -> None:
    urls = UrlBuilder()
    urls.register_webapp("viewer", ("layer", "md_id"), "https://viewer.example.org/{layer}?id={md_id}")
    assert urls.get_view_url("viewer", layer="a b", md_id="x") == "https://viewer.example.org/a b?id=x"


@pytest.mark.parametrize(
    ("args", "url", "reason"),
    [
        (["md_id"], "https://portal.example.org/?uuid={id}", r"the template's fields are \['id'\]"),
        (["md_id", "share_id"], "https://portal.example.org/?uuid={md_id}", "fields are"),
        ([], "https://portal.example.org/?uuid={md_id}", "fields are"),
        # the SDK's substring test accepted this: `md` is in the URL, but not as a field
        (["md"], "https://portal.example.org/md?uuid={md_id}", "fields are"),
        (["md_id"], "https://portal.example.org/?uuid={}", r"field \{\}"),
        (["md_id"], "https://portal.example.org/?uuid={md_id.__class__}", "field"),
        (["md_id"], "https://portal.example.org/?uuid={md_id!r}", "field"),
        (["md_id"], "https://portal.example.org/?uuid={md_id", "template"),
        ("md_id", "https://portal.example.org/?uuid={md_id}", "not a str"),
    ],
)
def test_register_webapp_checks_arguments_against_the_template(args: Any, url: str, reason: str) -> None:
    with pytest.raises(InvalidInputError, match=reason):
        UrlBuilder().register_webapp("portal", args, url)


def test_register_webapp_needs_replace_to_overwrite() -> None:
    urls = UrlBuilder()
    urls.register_webapp("portal", ["md_id"], "https://a.example.org/?uuid={md_id}")
    with pytest.raises(InvalidInputError, match="pass replace=True"):
        urls.register_webapp("portal", ["md_id"], "https://b.example.org/?uuid={md_id}")
    urls.register_webapp("portal", ["md_id"], "https://b.example.org/?uuid={md_id}", replace=True)
    assert urls.get_view_url("portal", md_id="1") == "https://b.example.org/?uuid=1"


@pytest.mark.parametrize("name", ["oc", "csw_getrec"])
def test_builtin_webapps_cannot_be_replaced(name: str) -> None:
    with pytest.raises(InvalidInputError, match="built-in web apps cannot be replaced"):
        UrlBuilder().register_webapp(name, ["md_id"], "https://x.example.org/{md_id}", replace=True)


@pytest.mark.parametrize("name", ["", "  ", None])
def test_register_webapp_needs_a_name(name: Any) -> None:
    with pytest.raises(InvalidInputError, match=r"^webapp_name="):
        UrlBuilder().register_webapp(name, ["md_id"], "https://x.example.org/{md_id}")


def test_custom_platform_without_opencatalog_says_so() -> None:
    urls = UrlBuilder(custom_platform("api.example.org"))
    with pytest.raises(InvalidInputError, match="opencatalog_url"):
        urls.get_view_url("oc", **OC_ARGS)
    assert urls.get_view_url("oc", oc_url="oc.example.org", **OC_ARGS).startswith("https://oc.example.org/s/")
    with pytest.raises(InvalidInputError, match=r"custom_platform\(app_url=...\)"):
        urls.get_edit_url({"_id": MD, "_creator": {"_id": WG}})


# -- edit tabs ------------------------------------------------------------------------------------

ALL = ("identification", "history", "constraints", "resources", "contacts", "advanced", "metadata")
GEO = ("geography", "quality")


@pytest.mark.parametrize(
    ("md_type", "expected"),
    [
        ("vectorDataset", {*ALL, *GEO, "attributes"}),
        ("vector-dataset", {*ALL, *GEO, "attributes"}),
        ("noGeoDataset", {*ALL, *GEO, "attributes"}),
        ("rasterDataset", {*ALL, *GEO}),
        ("service", {*ALL, *GEO}),
        ("resource", set(ALL)),
        # `dataset` = vector or raster: only what both have (no `attributes`, see module docstring)
        ("dataset", {*ALL, *GEO}),
        # forward compatible: a type the server adds later, or none at all
        ("newKindOfDataset", set(ALL)),
        (None, set(ALL)),
    ],
)
def test_edit_tabs_per_type(md_type: str | None, expected: set[str]) -> None:
    assert set(edit_tabs_for(md_type)) == expected
    assert set(edit_tabs_for(md_type)) <= set(EDIT_TABS)


@pytest.mark.parametrize(
    ("md_type", "expected"),
    [
        ("vectorDataset", "vector-dataset"),
        ("rasterDataset", "raster-dataset"),
        ("noGeoDataset", "no-geo-dataset"),
        ("service", "service"),
        ("resource", "resource"),
        ("dataset", "dataset"),
        ("vector-dataset", "vector-dataset"),
        ("series", None),
        ("", None),
        (None, None),
    ],
)
def test_metadata_type_filter_form(md_type: str | None, expected: str | None) -> None:
    assert metadata_type_filter_form(md_type) == expected


def _metadata(md_type: str) -> dict[str, Any]:
    return {"_id": MD, "type": md_type, "_creator": {"_id": WG}}


@pytest.mark.parametrize("tab", list(EDIT_TABS))
@pytest.mark.parametrize("md_type", ["vectorDataset", "rasterDataset", "noGeoDataset", "service", "resource"])
def test_edit_url_for_every_tab_and_type(md_type: str, tab: str) -> None:
    base = f"https://app.isogeo.com/groups/{WG}/resources/{MD}/"
    if tab in edit_tabs_for(md_type):
        assert get_edit_url(_metadata(md_type), tab) == base + tab
    else:
        with pytest.raises(InvalidInputError, match=r"^tab=.*no such tab for .* metadata"):
            get_edit_url(_metadata(md_type), tab)


def test_edit_url_defaults_to_identification() -> None:
    assert get_edit_url(_metadata("resource")).endswith(f"/resources/{MD}/identification")


def test_edit_url_refuses_unknown_tabs_with_the_accepted_ones() -> None:
    with pytest.raises(InvalidInputError) as caught:
        get_edit_url(_metadata("rasterDataset"), "atributes")
    assert "unknown tab" in str(caught.value)
    assert caught.value.accepted == edit_tabs_for("rasterDataset")


def test_edit_url_works_on_a_full_model_and_on_qa() -> None:
    md = Metadata.from_dict(load_fixture("metadata_complete.json"))
    assert UrlBuilder("qa").get_edit_url(md, "history") == (
        f"https://qa-isogeo-app.azurewebsites.net/groups/{WG}/resources/{md.sys_id}/history"
    )


# -- admin and OpenCatalog URLs ---------------------------------------------------------------------


def test_metadata_admin_url_from_model_and_dict() -> None:
    expected = f"https://app.isogeo.com/groups/{WG}/resources/{MD}/"
    assert metadata_admin_url(_metadata("service")) == expected
    assert metadata_admin_url(Metadata.from_dict(_metadata("service"))) == expected
    assert metadata_admin_url(_metadata("service"), app_url="https://app.isogeo.com/") == expected


@pytest.mark.parametrize(
    ("metadata", "message"),
    [
        ({"_id": MD}, "fetch it with _include=_creator"),
        ({"_id": MD, "_creator": {}}, "fetch it with _include=_creator"),
        ({"_creator": {"_id": WG}}, "with an _id"),
        ({"_id": "nope", "_creator": {"_id": WG}}, r"^metadata\._id="),
        ({"_id": MD, "_creator": {"_id": "nope"}}, r"^metadata\._creator\._id="),
    ],
)
def test_metadata_admin_url_refuses_incomplete_metadata(metadata: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        metadata_admin_url(metadata)


def test_metadata_admin_url_without_creator_on_a_model() -> None:
    with pytest.raises(InvalidInputError, match="_include=_creator"):
        metadata_admin_url(Metadata.from_dict({"_id": MD}))


def test_workgroup_admin_url() -> None:
    expected = f"https://app.isogeo.com/groups/{WG}"
    assert workgroup_admin_url({"_id": WG}) == expected
    assert workgroup_admin_url(Workgroup.from_dict({"_id": WG})) == expected
    assert (
        workgroup_admin_url({"_id": WG}, base="https://manage.isogeo.com")
        == f"https://manage.isogeo.com/groups/{WG}"
    )
    assert (
        UrlBuilder("qa").workgroup_admin_url({"_id": WG})
        == f"https://qa-isogeo-app.azurewebsites.net/groups/{WG}"
    )


@pytest.mark.parametrize(
    "creator",
    [{"_id": WG}, {"_tag": f"owner:{WG}"}, {"_id": WG, "_tag": f"owner:{WG}"}],
)
def test_share_admin_url(creator: dict[str, str]) -> None:
    share = {"_id": SHARE, "_creator": creator}
    assert share_admin_url(share) == f"https://app.isogeo.com/groups/{WG}/admin/shares/{SHARE}"


@pytest.mark.parametrize("creator", [None, {}, {"_tag": "catalog:x"}])
def test_share_admin_url_needs_the_owner(creator: Any) -> None:
    with pytest.raises(InvalidInputError, match="owner"):
        share_admin_url({"_id": SHARE, "_creator": creator})


def test_application_admin_url() -> None:
    app = {"_id": "2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b"}
    assert (
        application_admin_url(app)
        == "https://manage.isogeo.com/applications/2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b"
    )
    assert UrlBuilder("qa").application_admin_url(app) == (
        "https://qa-isogeo-manage.azurewebsites.net/applications/2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b"
    )


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        (
            {"_id": SHARE, "type": "application", "urlToken": TOKEN},
            f"https://open.isogeo.com/s/{SHARE}/{TOKEN}",
        ),
        # type not returned: the token decides
        ({"_id": SHARE, "urlToken": TOKEN}, f"https://open.isogeo.com/s/{SHARE}/{TOKEN}"),
        ({"_id": SHARE, "type": "application"}, None),
        ({"_id": SHARE, "type": "application", "urlToken": ""}, None),
        ({"_id": SHARE, "type": "application", "urlToken": None}, None),
        ({"_id": SHARE, "type": "group", "urlToken": TOKEN}, None),
    ],
)
def test_opencatalog_url(share: dict[str, Any], expected: str | None) -> None:
    assert opencatalog_url(share) == expected


def test_opencatalog_url_on_qa() -> None:
    share = {"_id": SHARE, "type": "application", "urlToken": TOKEN}
    assert (
        UrlBuilder("qa").opencatalog_url(share)
        == f"https://qa-isogeo-open.azurewebsites.net/s/{SHARE}/{TOKEN}"
    )
    assert (
        UrlBuilder().share_admin_url({**share, "_creator": {"_id": WG}}).startswith("https://app.isogeo.com/")
    )
    assert UrlBuilder().metadata_admin_url(_metadata("service")).endswith(f"/resources/{MD}/")


def test_repr_lists_platform_and_webapps() -> None:
    assert repr(UrlBuilder("qa")) == (
        "UrlBuilder(platform='qa', "
        "webapps=['csw_getcap', 'csw_getrec', 'csw_getrecords', 'oc', 'pixup_portal'])"
    )


def test_share_and_application_models() -> None:
    share = Share.from_dict(
        {
            "_id": SHARE,
            "_creator": {"_id": WG, "_tag": f"owner:{WG}"},
            "type": "application",
            "urlToken": TOKEN,
        }
    )
    assert share_admin_url(share) == f"https://app.isogeo.com/groups/{WG}/admin/shares/{SHARE}"
    assert opencatalog_url(share) == f"https://open.isogeo.com/s/{SHARE}/{TOKEN}"
    assert opencatalog_url(Share.from_dict({"_id": SHARE, "type": "group", "urlToken": TOKEN})) is None
    assert opencatalog_url(Share.from_dict({"_id": SHARE, "type": "application"})) is None
    app = Application.from_dict({"_id": "2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b", "name": "Portail"})
    assert (
        application_admin_url(app)
        == "https://manage.isogeo.com/applications/2b1e9a1c8e0d4c6f9b7a5d3c1e0f2a4b"
    )


@pytest.mark.parametrize("bad", [5, b"344d51c3edfb435daf9d98d948fa207e", ["x"]])
def test_identifiers_of_the_wrong_type_are_invalid_input(bad: object) -> None:
    # Found by fuzzing (tests/reliability): a bare TypeError escaped. It stays a TypeError (the
    # SDK's contract) and is an InvalidInputError naming the argument.
    with pytest.raises(
        InvalidInputError, match=r"^share_id=.* is not accepted \(must be a str or uuid\.UUID"
    ) as caught:
        UrlBuilder("prod").get_view_url("oc", md_id=MD, share_id=bad, share_token="abc")

    assert isinstance(caught.value, TypeError) and caught.value.argument == "share_id"
