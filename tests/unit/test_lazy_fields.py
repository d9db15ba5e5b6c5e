"""Fields holding a model or an array of models are decoded on their first read, then kept.

``from_dict`` checks such a field's JSON type (an object, an array) and keeps the value as parsed;
the first read decodes it (the same checks as before, the same ``DecodeError`` naming the model and
the field; :class:`~isogeo.errors.MalformedResponseError` for a value that came from an answer) and
keeps the result. ``to_dict()`` gives back a value never read as it came, and writes a read (and
maybe changed) one from the decoded value.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from isogeo import errors
from isogeo.search import SearchResults
from isogeo_api.models import Contact, Metadata, MetadataSearch, ResourceContact, Share, Workgroup
from isogeo_api.types import UNSET, DecodeError, LazyField, decode_context
from tests.unit.test_real_responses import load_real

RECORD: dict[str, Any] = load_real("metadata_complete.json")
MD = str(RECORD["_id"])


def _fresh() -> dict[str, Any]:
    return copy.deepcopy(RECORD)


def test_model_fields_are_lazy_and_plain_ones_are_not() -> None:
    for name in ("contacts", "keywords", "links", "sys_creator", "tags"):
        assert type(Metadata.__dict__[name]) is LazyField, name
    assert type(Workgroup.__dict__["contact"]) is LazyField
    assert type(Contact.__dict__["owner"]) is LazyField
    assert type(Metadata.__dict__["title"]) is not LazyField


def test_a_field_is_decoded_on_first_read_and_kept() -> None:
    data = _fresh()
    metadata = Metadata.from_dict(data)
    contacts = metadata.contacts
    assert isinstance(contacts, list) and all(isinstance(item, ResourceContact) for item in contacts)
    assert metadata.contacts is contacts  # kept: the second read decodes nothing
    assert metadata.contacts[0].to_dict() == data["contacts"][0]


def test_a_bad_nested_value_raises_when_the_field_is_read() -> None:
    data = _fresh()
    data["contacts"][0]["role"] = 42
    data["keywords"] = ["not an object"]
    metadata = Metadata.from_dict(data)  # nothing read yet: nothing refused yet
    assert metadata.title == data["title"]

    with pytest.raises(DecodeError) as caught:
        _ = metadata.contacts
    assert (caught.value.model, caught.value.field) == ("ResourceContact", "role")
    with pytest.raises(DecodeError) as caught:
        _ = metadata.keywords
    assert (caught.value.model, caught.value.field) == ("Metadata", "keywords")
    assert "Metadata.keywords: expected an object (Keyword), got a string" in str(caught.value)
    # still refused on the next read: a failure keeps nothing
    with pytest.raises(DecodeError):
        _ = metadata.contacts
    # the rest of the model is unaffected
    assert metadata.to_dict()["links"] == data["links"]


def test_the_wrong_json_type_is_refused_by_from_dict() -> None:
    data = _fresh()
    data["contacts"] = {"not": "an array"}
    with pytest.raises(DecodeError) as caught:
        Metadata.from_dict(data)
    assert (caught.value.model, caught.value.field, caught.value.got) == ("Metadata", "contacts", "an object")

    with pytest.raises(DecodeError) as caught:
        Contact.from_dict({"_id": "c", "owner": ["a", "list"]})
    assert (caught.value.model, caught.value.field) == ("Contact", "owner")


def test_a_field_from_an_answer_raises_the_typed_error() -> None:
    data = _fresh()
    data["links"][0]["kind"] = ["not", "a", "kind"]
    data["contacts"][0]["contact"]["owner"] = {"_id": 12}
    answer = errors.AnswerContext()
    token = decode_context.set(answer)
    try:
        metadata = Metadata.from_dict(data)
    finally:
        decode_context.reset(token)
    answer.status_code, answer.method, answer.url = 200, "GET", f"https://api.example/resources/{MD}"
    answer.headers = {"X-Request-Id": "r-lazy"}

    with pytest.raises(errors.MalformedResponseError) as caught:
        _ = metadata.links
    error = caught.value
    assert (error.model, error.field, error.status_code, error.request_id) == ("Link", "kind", 200, "r-lazy")
    assert error.url.endswith(f"/resources/{MD}") and error.method == "GET"
    assert error.body_excerpt.startswith("[{")
    assert isinstance(error.__cause__, DecodeError)
    # a bad value deep inside a field is refused by the field's first read, with the answer's context
    with pytest.raises(errors.MalformedResponseError) as caught:
        _ = metadata.contacts
    assert (caught.value.model, caught.value.field, caught.value.request_id) == ("Workgroup", "_id", "r-lazy")
    assert caught.value.body_excerpt.startswith('[{"')


def test_a_first_read_decodes_all_the_field_holds() -> None:
    from isogeo_api.types import LazyValue

    def kept_as_parsed(value: object, path: str) -> list[str]:
        found: list[str] = []
        if isinstance(value, list):
            for index, item in enumerate(value):
                found += kept_as_parsed(item, f"{path}[{index}]")
        elif attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                descriptor = type(value).__dict__.get(field.name)
                raw = descriptor._get(value, type(value)) if type(descriptor) is LazyField else None
                if raw.__class__ is LazyValue:
                    found.append(f"{path}.{field.name}")
                else:
                    found += kept_as_parsed(getattr(value, field.name), f"{path}.{field.name}")
        return found

    metadata = Metadata.from_dict(_fresh())
    assert {"metadata.contacts", "metadata.sys_creator"} <= set(kept_as_parsed(metadata, "metadata"))
    creator = metadata.sys_creator
    # one read: the workgroup and the contact it holds are decoded, nothing is kept as parsed
    assert type(creator) is Workgroup and type(creator.contact) is Contact
    assert kept_as_parsed(creator, "creator") == []
    assert not kept_as_parsed(metadata.contacts, "contacts")
    # reading every field holding models of the metadata leaves nothing to decode anywhere
    for field in attrs.fields(Metadata):
        getattr(metadata, field.name)
    assert kept_as_parsed(metadata, "metadata") == []
    assert metadata.to_dict() == RECORD


def test_a_mapping_decoded_outside_a_call_raises_decode_error() -> None:
    metadata = Metadata.from_dict({"_id": MD, "contacts": [3]})
    with pytest.raises(DecodeError) as caught:
        _ = metadata.contacts
    assert not isinstance(caught.value, errors.MalformedResponseError)
    assert (caught.value.model, caught.value.field) == ("Metadata", "contacts")


def test_to_dict_gives_back_an_unread_value_as_it_came() -> None:
    data = _fresh()
    metadata = Metadata.from_dict(data)
    written = metadata.to_dict()
    assert written == data
    assert written["contacts"] is data["contacts"]  # not decoded, not rebuilt


def test_to_dict_writes_a_read_and_changed_value() -> None:
    data = _fresh()
    metadata = Metadata.from_dict(data)
    contact = metadata.contacts[0].contact
    assert contact is not UNSET
    contact.name = "Renamed"
    metadata.keywords = []
    written = metadata.to_dict()
    assert written["contacts"][0]["contact"]["name"] == "Renamed"
    assert written["keywords"] == []
    assert written["links"] == data["links"]
    assert data["contacts"][0]["contact"]["name"] != "Renamed"  # the parsed value is left alone


def test_unknown_fields_and_enum_values_are_kept_when_read() -> None:
    data = _fresh()
    data["contacts"][0]["role"] = "valueAddedIn2030"
    data["contacts"][0]["_future"] = {"x": [1]}
    metadata = Metadata.from_dict(data)
    assert metadata.contacts[0].role == "valueAddedIn2030"
    assert metadata.contacts[0]["_future"] == {"x": [1]}
    assert metadata.to_dict() == data


def test_equality_repr_evolve_copy_and_pickle_see_decoded_values() -> None:
    data = _fresh()
    lazy, read = Metadata.from_dict(data), Metadata.from_dict(data)
    _ = read.contacts, read.keywords, read.links
    assert lazy == read and read == lazy
    assert "ResourceContact(" in repr(Metadata.from_dict(data))
    changed = attrs.evolve(Metadata.from_dict(data), title="Other")
    assert changed.contacts == read.contacts and changed.title == "Other"
    assert copy.deepcopy(Metadata.from_dict(data)).to_dict() == data
    unpickled = pickle.loads(pickle.dumps(Metadata.from_dict(data)))  # noqa: S301 - our own bytes
    assert unpickled == read
    assert unpickled.to_dict() == data


def test_a_secret_in_a_lazy_field_stays_out_of_repr() -> None:
    share = Share.from_dict(
        {
            "_id": "s" * 32,
            "urlToken": "share-secret",
            "applications": [{"_id": "a" * 32, "client_secret": "app-secret", "name": "App"}],
        }
    )
    text = repr(share)
    assert "App" in text
    assert "share-secret" not in text and "app-secret" not in text
    assert share.to_dict()["applications"][0]["client_secret"] == "app-secret"


def test_a_page_decodes_its_results_at_once_and_their_sub_resources_lazily() -> None:
    # the results of a listing's page are read by the pagination as each page arrives: not lazy
    assert type(SearchResults.__dict__.get("results", MetadataSearch.__dict__["results"])) is not LazyField
    page = {"limit": 1, "offset": 0, "total": 1, "results": [_fresh()]}
    results = SearchResults.from_dict(page)  # a subclass: through its own __init__
    assert type(results) is SearchResults
    assert results.results is not UNSET and results.results[0].sys_id == MD
    assert results.to_dict()["results"][0]["contacts"] is page["results"][0]["contacts"]
    assert results.to_dict() == page


def test_assigning_a_field_replaces_what_was_kept() -> None:
    metadata = Metadata.from_dict({"_id": MD, "contacts": [3]})
    metadata.contacts = []
    assert metadata.contacts == []
    assert metadata.to_dict() == {"_id": MD, "contacts": []}
    del metadata.contacts
    with pytest.raises(AttributeError):
        _ = metadata.contacts


def test_a_body_with_a_bad_nested_value_is_refused_before_sending() -> None:
    from isogeo._core.validation import prepare_arguments
    from isogeo_api.api.conformity import set_metadata_conformity
    from isogeo_api.models import ConformityWrite

    body = {"conformant": True, "specification": {"_id": "b" * 32, "owner": {"_id": 12}}}
    for given in (body, ConformityWrite.from_dict(body)):  # a mapping, or a model not read yet
        with pytest.raises(errors.InvalidInputError) as caught:
            prepare_arguments(set_metadata_conformity.sync_detailed, ("a" * 32, "c" * 32), {"body": given})
        assert "Workgroup._id: expected a string, got an integer" in str(caught.value)
