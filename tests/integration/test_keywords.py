# Derived from integration/test_keywords_async.py by tools/derive_sync.py: do not edit.
"""isogeo.keywords and the generic paginator (isogeo.pages) of Isogeo against the sandbox:
keyword searches with whole results and lazy iteration, create returning the existing keyword on
409, tagging and workgroup selections with their documented statuses.

Written async; tools/derive_sync.py derives test_keywords.py from this file.
"""

from __future__ import annotations

import pytest

from isogeo.errors import AlreadyExistsError, InvalidInputError, NotFoundError
from isogeo_api.api.contact import get_contact
from isogeo_api.api.format_ import search_no_geo_formats
from isogeo_api.api.keyword import search_workgroup_keywords
from isogeo_api.types import Unset
from tests.support.sandbox import SandboxHandle
from tests.support.sandbox_clients import calls, sandbox_client

pytestmark = pytest.mark.integration


def test_thesaurus_whole_results_match_the_lazy_iteration(sandbox: SandboxHandle) -> None:
    inspire = sandbox.info["thesauri"]["inspire-theme"]

    with sandbox_client(sandbox) as isogeo:
        whole = isogeo.keywords.thesaurus(inspire, whole_results=True, order_by="text", order_dir="asc")
        before = calls(sandbox, "searchThesaurusKeywords")
        iterated = [
            kw.sys_id for kw in isogeo.keywords.thesaurus_iter(inspire, page_size=10, order_dir="asc")
        ]
        pages = calls(sandbox, "searchThesaurusKeywords") - before

    assert [kw.sys_id for kw in whole.results] == iterated and whole.total == len(iterated) > 10
    assert (whole.limit, whole.offset) == (len(iterated), 0)
    assert pages == -(-len(iterated) // 10)
    assert all(not isinstance(kw.thesaurus, Unset) for kw in whole.results)


def test_a_workgroup_search_pages_whole_results_and_filters_a_thesaurus(sandbox: SandboxHandle) -> None:
    workgroup, isogeo_thesaurus = sandbox.info["workgroups"]["test"], sandbox.info["thesauri"]["isogeo"]

    with sandbox_client(sandbox) as isogeo:
        every = isogeo.keywords.workgroup(workgroup, whole_results=True, concurrency=2)
        one_page = isogeo.keywords.workgroup(workgroup, page_size=5, order_by="count.group")
        free = isogeo.keywords.workgroup(workgroup, thesaurus=isogeo_thesaurus, whole_results=True)

    assert len(every.results) == every.total == one_page.total and len(one_page.results) == 5
    assert len({kw.sys_id for kw in every.results}) == every.total
    assert 0 < free.total < every.total
    assert all(kw.sys_tag.startswith("keyword:isogeo:") for kw in free.results if isinstance(kw.sys_tag, str))


def test_bad_keyword_options_are_refused_before_any_request(sandbox: SandboxHandle) -> None:
    before = sandbox.stats()["requests"]

    with sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match=r"count\.isogeo"):
            isogeo.keywords.thesaurus(order_by="count.group")  # a workgroup-only order
        with pytest.raises(InvalidInputError, match="thesaurus"):
            isogeo.keywords.thesaurus(thesaurus=sandbox.info["thesauri"]["isogeo"])
        with pytest.raises(InvalidInputError, match="specific_tag"):
            isogeo.keywords.thesaurus(specific_tag=["isogeo:eau"])

    assert sandbox.stats()["requests"] == before


def test_creating_an_existing_keyword_raises_unless_exist_ok(fresh_sandbox: SandboxHandle) -> None:
    thesaurus = fresh_sandbox.info["thesauri"]["isogeo"]

    with sandbox_client(fresh_sandbox) as isogeo:
        created = isogeo.keywords.create(thesaurus, "Assainissement collectif")
        with pytest.raises(AlreadyExistsError) as exists:
            isogeo.keywords.create(thesaurus, "Assainissement collectif")
        again = isogeo.keywords.create(thesaurus, "Assainissement collectif", exist_ok=True)
        other_case = isogeo.keywords.create(thesaurus, "assainissement COLLECTIF", exist_ok=True)
        found = isogeo.keywords.get_from_text(thesaurus, "Assainissement collectif")

    assert created.sys_id == again.sys_id == other_case.sys_id == exists.value.existing.sys_id
    assert [kw.sys_id for kw in found] == [created.sys_id]


def test_tagging_twice_and_workgroup_selections_follow_the_documented_statuses(
    fresh_sandbox: SandboxHandle,
) -> None:
    md_id, workgroup = fresh_sandbox.info["metadata"]["vector"], fresh_sandbox.info["workgroups"]["test"]

    with sandbox_client(fresh_sandbox) as isogeo:
        keyword = isogeo.keywords.create(fresh_sandbox.info["thesauri"]["isogeo"], "Bassin versant")
        tagged = (isogeo.keywords.tag(md_id, keyword), isogeo.keywords.tag(md_id, keyword.sys_id))
        on_metadata = {kw.sys_id for kw in isogeo.keywords.of_metadata(md_id)}
        isogeo.keywords.untag(md_id, keyword)
        with pytest.raises(NotFoundError):
            isogeo.keywords.untag(md_id, keyword)
        associated = (
            isogeo.keywords.associate_workgroup(workgroup, keyword),
            isogeo.keywords.associate_workgroup(workgroup, keyword),
        )
        dissociated = (
            isogeo.keywords.dissociate_workgroup(workgroup, keyword),
            isogeo.keywords.dissociate_workgroup(workgroup, keyword),
        )
        fetched = isogeo.keywords.get(keyword.sys_id)

    assert tagged == (True, False) and keyword.sys_id in on_metadata
    assert associated == (True, False) and dissociated == (True, False)
    assert fetched.text == "Bassin versant"


def test_the_generic_paginator_walks_any_paging_endpoint(sandbox: SandboxHandle) -> None:
    workgroup = sandbox.info["workgroups"]["test"]

    with sandbox_client(sandbox) as isogeo:
        expected = [kw.sys_id for kw in isogeo.keywords.workgroup(workgroup, whole_results=True).results]
        everything = isogeo.pages.all(search_workgroup_keywords, workgroup, page_size=7, concurrency=3)
        lazily = [kw.sys_id for kw in isogeo.pages.iter(search_workgroup_keywords, workgroup, page_size=9)]
        formats = isogeo.pages.all(search_no_geo_formats, page_size=2)
        first_page = isogeo.call(search_no_geo_formats, sys_limit=100)

    assert [kw.sys_id for kw in everything] == lazily == expected
    assert [f.to_dict() for f in formats] == [f.to_dict() for f in first_page] and len(formats) > 2


def test_the_generic_paginator_refuses_what_does_not_page(sandbox: SandboxHandle) -> None:
    with sandbox_client(sandbox) as isogeo:
        with pytest.raises(InvalidInputError, match="does not page"):
            isogeo.pages.all(get_contact, sandbox.info["contact"])
        with pytest.raises(InvalidInputError, match="the paginator sets it"):
            isogeo.pages.iter(search_no_geo_formats, sys_limit=10)  # refused at the call
        with pytest.raises(InvalidInputError, match="workgroup_id"):
            isogeo.pages.all(search_workgroup_keywords, "not-an-id")
