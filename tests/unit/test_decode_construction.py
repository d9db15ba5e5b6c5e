"""The checked decoder fills the generated class slot by slot; a subclass still gets its own
``__init__`` (its own fields and defaults), and every field reads back what was decoded."""

from __future__ import annotations

import attrs
import pytest

from isogeo.search import SearchResults
from isogeo_api.models import Contact, Keyword, Link
from isogeo_api.types import UNSET, DecodeError


def test_a_subclass_decodes_through_its_own_init() -> None:
    results = SearchResults.from_dict({"limit": 20, "offset": 0, "total": 1, "results": [], "extra": 1})
    assert type(results) is SearchResults
    assert results.total == 1
    assert results.tags_as_dicts is None  # the subclass's own default: set by its __init__
    assert results.additional_properties == {"extra": 1}


def test_every_field_is_set_and_absent_ones_are_unset() -> None:
    contact = Contact.from_dict({"_id": "c", "name": "N", "fax": None})
    for field in attrs.fields(Contact):
        getattr(contact, field.name)  # no slot left empty
    assert (contact.sys_id, contact.name, contact.fax, contact.email) == ("c", "N", None, UNSET)
    assert contact == Contact(sys_id="c", name="N", fax=None)


def test_a_field_named_like_its_model_keeps_its_value() -> None:
    # Link has a field `link`: the decoded object is not stored into itself.
    link = Link.from_dict({"_id": "l", "link": {"_id": "target"}})
    assert link.link is not UNSET and link.link is not None and link.link is not link
    assert link.to_dict() == {"_id": "l", "link": {"_id": "target"}}


@pytest.mark.parametrize(
    ("body", "field", "expected"),
    [
        ({"_id": "k", "text": 3}, "text", "a string"),
        ({"text": "t"}, "_id", "a string (required)"),
        ({"_id": True}, "_id", "a string"),
    ],
)
def test_a_wrong_type_names_the_model_and_the_field(
    body: dict[str, object], field: str, expected: str
) -> None:
    with pytest.raises(DecodeError) as caught:
        Keyword.from_dict(body)
    assert (caught.value.model, caught.value.field, caught.value.expected) == ("Keyword", field, expected)
