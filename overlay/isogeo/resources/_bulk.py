"""What the sync and async bulk namespaces share (:mod:`isogeo.resources.bulk`)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from isogeo._core.validation import coerce_enum, normalize_identifier
from isogeo.errors import BulkSendError, InvalidInputError, IsogeoError, MalformedResponseError
from isogeo_api.models import (
    BulkAction,
    BulkQuery,
    BulkReport,
    BulkRequest,
    BulkRequestModelItem,
    BulkTarget,
    Catalog,
    Contact,
    Keyword,
    Metadata,
)
from isogeo_api.types import Unset

DEFAULT_CHUNK_SIZE = 500
"""Most metadata ids one POST carries (see the module docstring)."""


# Relation targets: the generated model of their entities and the prefix of their `_tag`.
_RELATIONS: Mapping[BulkTarget, tuple[type[Any], str]] = {
    BulkTarget.CATALOGS: (Catalog, "catalog:"),
    BulkTarget.KEYWORDS: (Keyword, "keyword:"),
    BulkTarget.CONTACTS: (Contact, "contact:"),
}


_ENTITY_MODELS = (Catalog, Keyword, Contact, Metadata)


def _metadata_ids(metadatas: object) -> list[str]:
    if isinstance(metadatas, str | Metadata | Mapping):
        metadatas = [metadatas]
    if not isinstance(metadatas, Iterable):
        raise InvalidInputError("metadatas", metadatas, "metadata ids or records (a list)")
    ids: list[str] = []
    for index, item in enumerate(metadatas):
        argument = f"metadatas[{index}]"
        if isinstance(item, Metadata):
            value: object = item.sys_id
        elif isinstance(item, Mapping):
            value = item.get("_id")
        else:
            value = item
        ids.append(normalize_identifier(value, argument))
    if not ids:
        raise InvalidInputError("metadatas", metadatas, "at least one metadata")
    return list(dict.fromkeys(ids))


def _relation_model(item: object, index: int, target: BulkTarget) -> dict[str, Any]:
    expected, tag_prefix = _RELATIONS[target]
    argument = f"models[{index}]"
    wanted = f"a {expected.__name__} (a record, its JSON with _id, or its id) for target {target.value!r}"
    if isinstance(item, expected):
        data: dict[str, Any] = item.to_dict()
    elif isinstance(item, _ENTITY_MODELS):
        raise InvalidInputError(argument, item, wanted, reason=f"a {type(item).__name__}")
    elif isinstance(item, Mapping):
        data = dict(item)
    elif isinstance(item, str):
        data = {"_id": item}
    else:
        raise InvalidInputError(argument, item, wanted)
    tag = data.get("_tag")
    if isinstance(tag, str) and not tag.startswith(tag_prefix):
        raise InvalidInputError(argument, tag, wanted, reason=f"its _tag is not {tag_prefix}...")
    data["_id"] = normalize_identifier(data.get("_id"), f"{argument}._id")
    return data


def _field_model(item: object, index: int, target: BulkTarget) -> dict[str, Any]:
    argument = f"models[{index}]"
    if isinstance(item, _ENTITY_MODELS):
        raise InvalidInputError(
            argument,
            item,
            f"the value of {target.value!r} (or {{{target.value!r}: value}})",
            reason="an entity",
        )
    if isinstance(item, Mapping):
        return dict(item)
    if isinstance(item, dt.datetime | dt.date):
        return {target.value: item.isoformat()}
    return {target.value: item}


def prepare_request(
    metadatas: object, action: BulkAction | str, target: BulkTarget | str, models: object = ()
) -> BulkRequest:
    """Check one bulk change and build its :class:`~isogeo_api.models.BulkRequest` (no I/O).

    >>> request = prepare_request(["0269803d50c446b09f5060ef7fe3e22b"], "add", "catalogs",
    ...                           ["6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4"])
    >>> request.to_dict()["query"], request.to_dict()["model"]
    ({'ids': ['0269803d50c446b09f5060ef7fe3e22b']}, [{'_id': '6d1c6fa1c6e04bf6a8b1e3d2c9a7f5e4'}])
    >>> prepare_request(["0269803d50c446b09f5060ef7fe3e22b"], "add", "owners", [])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    isogeo.errors.InvalidInputError: target='owners' is not accepted; expected one of: abstract, catalogs, ...
    """
    bulk_action = coerce_enum(action, BulkAction, "action")
    bulk_target = coerce_enum(target, BulkTarget, "target")
    ids = _metadata_ids(metadatas)
    items: Sequence[object]
    if models is None:
        items = []
    elif isinstance(models, str | Mapping) or not isinstance(models, Iterable):
        items = [models]
    else:
        items = list(models)
    if bulk_target in _RELATIONS:
        model = [_relation_model(item, index, bulk_target) for index, item in enumerate(items)]
        if not model:
            raise InvalidInputError(
                "models", models, f"the {bulk_target.value} to {bulk_action.value}", reason="nothing to apply"
            )
    else:
        model = [_field_model(item, index, bulk_target) for index, item in enumerate(items)]
        if not model and bulk_action is not BulkAction.DELETE:
            raise InvalidInputError(
                "models", models, f"the value of {bulk_target.value!r}", reason="nothing to set"
            )
    return BulkRequest(
        action=bulk_action,
        target=bulk_target,
        query=BulkQuery(ids=ids),
        model=[BulkRequestModelItem.from_dict(item) for item in model],
    )


def _with_ids(request: BulkRequest, ids: list[str]) -> BulkRequest:
    part = BulkRequest(
        action=request.action, target=request.target, query=BulkQuery(ids=ids), model=request.model
    )
    part.additional_properties = dict(request.additional_properties)
    return part


def plan_posts(requests: Sequence[BulkRequest], chunk_size: int) -> list[list[tuple[int, BulkRequest]]]:
    """Split queued requests into POST bodies of at most ``chunk_size`` metadata ids each.

    Each element is ``(index of the queued request, the part of it this POST sends)``.

    >>> req = prepare_request(["%032x" % n for n in range(5)], "delete", "title")
    >>> [[(i, len(part.query.ids)) for i, part in post] for post in plan_posts([req, req], 4)]
    [[(0, 4)], [(0, 1), (1, 3)], [(1, 2)]]
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise InvalidInputError("chunk_size", chunk_size, "an int >= 1 (metadata ids per request)")
    posts: list[list[tuple[int, BulkRequest]]] = []
    current: list[tuple[int, BulkRequest]] = []
    room = chunk_size
    for index, request in enumerate(requests):
        ids = request.query.ids
        start = 0
        while start < len(ids):
            if room == 0:
                posts.append(current)
                current, room = [], chunk_size
            taken = ids[start : start + room]
            current.append((index, _with_ids(request, taken)))
            room -= len(taken)
            start += len(taken)
    if current:
        posts.append(current)
    return posts


def _ignored_ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    ids: list[str] = []
    for item in items:
        if isinstance(item, Mapping) and "_id" in item:
            ids.append(str(item["_id"]))
        else:
            ids.append(str(item))
    return ids


@dataclass(frozen=True)
class BulkOutcome:
    """What the server did with one prepared change (all its chunks together)."""

    request: BulkRequest
    """The change as prepared (every metadata id)."""
    ignored: dict[str, list[str]] = field(default_factory=dict)
    """Reason code → the metadata ids skipped for it (``{"alreadyPresent": [...]}``)."""
    reports: tuple[BulkReport, ...] = ()
    """The server's reports, one per POST that carried a part of this change."""
    sent_ids: tuple[str, ...] = ()
    """The metadata ids actually sent (all of them unless a later chunk failed)."""

    @property
    def applied(self) -> list[str]:
        """The metadata ids sent and not ignored."""
        skipped = {key for ids in self.ignored.values() for key in ids}
        return [key for key in self.sent_ids if key not in skipped]

    @property
    def ok(self) -> bool:
        """True when every metadata was sent and none was ignored."""
        return not self.ignored and len(self.sent_ids) == len(self.request.query.ids)


class _Outcomes:
    """Accumulates the reports of POSTs into one outcome per queued request."""

    def __init__(self, requests: Sequence[BulkRequest]) -> None:
        self.requests = list(requests)
        self.ignored: list[dict[str, list[str]]] = [{} for _ in requests]
        self.reports: list[list[BulkReport]] = [[] for _ in requests]
        self.sent: list[list[str]] = [[] for _ in requests]
        self.touched: list[int] = []

    def add(self, post: list[tuple[int, BulkRequest]], answer: list[BulkReport]) -> None:
        if len(answer) != len(post):
            raise MalformedResponseError(
                f"the bulk answered {len(answer)} reports for {len(post)} requests", status_code=200
            )
        for (index, part), report in zip(post, answer, strict=True):
            if index not in self.touched:
                self.touched.append(index)
            self.reports[index].append(report)
            self.sent[index].extend(part.query.ids)
            if not isinstance(report.ignored, Unset):
                for reason, value in report.ignored.to_dict().items():
                    self.ignored[index].setdefault(reason, []).extend(_ignored_ids(value))

    def outcomes(self) -> list[BulkOutcome]:
        return [
            BulkOutcome(self.requests[i], self.ignored[i], tuple(self.reports[i]), tuple(self.sent[i]))
            for i in sorted(self.touched)
        ]

    def pending(self, posts: list[list[tuple[int, BulkRequest]]], failed_at: int) -> list[BulkRequest]:
        """What was not sent: the parts of the POSTs from ``failed_at`` on, regrouped per request."""
        remaining: dict[int, list[str]] = {}
        for post in posts[failed_at:]:
            for index, part in post:
                remaining.setdefault(index, []).extend(part.query.ids)
        return [_with_ids(self.requests[index], ids) for index, ids in sorted(remaining.items())]


class _Queue:
    def __init__(self, chunk_size: int) -> None:
        plan_posts([], chunk_size)  # validates chunk_size
        self.chunk_size = chunk_size
        self.items: list[BulkRequest] = []
        self.lock = threading.Lock()

    def add(self, request: BulkRequest) -> BulkRequest:
        with self.lock:
            self.items.append(request)
        return request

    def snapshot(self) -> list[BulkRequest]:
        with self.lock:
            return list(self.items)

    def replace(self, sent: list[BulkRequest], pending: list[BulkRequest]) -> None:
        """Remove ``sent`` (by identity) and put back ``pending`` first; later preparations stay after."""
        with self.lock:
            sent_ids = {id(item) for item in sent}
            self.items = pending + [item for item in self.items if id(item) not in sent_ids]


def _failure(
    outcomes: _Outcomes, pending: list[BulkRequest], k: int, posts: int, exc: IsogeoError
) -> BulkSendError:
    return BulkSendError(
        f"the bulk failed at request {k + 1} of {posts}",
        outcomes=outcomes.outcomes(),
        pending=pending,
        error=exc,
    )
