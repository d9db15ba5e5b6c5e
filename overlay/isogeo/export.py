"""Export a listing or a search result: JSON lines, or a pandas DataFrame (a sibling-API idea).

``items`` may be a list or any iterable (a generator, a paginator: it is consumed once) of
generated models, of API dictionaries, or a search answer (its ``results`` are exported). Models
are written with their **API keys** (``_id``, ``type``, ``formatVersion``...): what the API sent,
unknown fields included, so that a file can be read back with ``Model.from_dict``.

* :func:`to_jsonl` streams one JSON object per line to a path or an open file (UTF-8, no ASCII
  escaping), and returns how many lines it wrote; :func:`ato_jsonl` does the same from an async
  iterable (``AsyncIsogeo.search.iter(...)``, an async paginator), lines written as items arrive;
* :func:`to_dataframe` needs pandas, the ``pandas`` extra (``pip install 'isogeo-client[pandas]'``);
  without it, :class:`~isogeo.errors.MissingDependencyError` names the extra. ``flatten=True``
  spreads nested objects into dotted columns (``_creator._id``) with :func:`pandas.json_normalize`.

:func:`ato_jsonl` is written once (``isogeo/_async/export.py``); :func:`to_jsonl` is derived from it
(``isogeo/_sync/export.py``): only the opening of a path differs (each side's ``_primitives.py``:
anyio's worker-thread file, a plain file). The items' checks, records and lines, shared, are in
``isogeo/_export.py``. This module re-exports both.

>>> import asyncio, io
>>> from isogeo_api.models import Contact
>>> out = io.StringIO()
>>> to_jsonl([Contact.from_dict({"_id": "a" * 32, "name": "Métropole", "type": "group"})], out)
1
>>> out.getvalue()
'{"_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "Métropole", "type": "group"}\\n'
>>> async def contacts():
...     yield {"_id": "a" * 32, "name": "SIG"}
>>> out = io.StringIO()
>>> asyncio.run(ato_jsonl(contacts(), out))
1
>>> out.getvalue()
'{"_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "name": "SIG"}\\n'
"""

from __future__ import annotations

from typing import Any

from isogeo._async.export import ato_jsonl
from isogeo._export import _record, each_item
from isogeo._sync.export import to_jsonl
from isogeo.errors import MissingDependencyError


def to_records(items: object) -> list[dict[str, Any]]:
    """Every item as a dictionary of API keys.

    >>> from isogeo_api.models import Contact
    >>> to_records([Contact.from_dict({"_id": "a" * 32, "name": "SIG", "type": "custom"}), {"_id": "b"}])
    [{'_id': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'name': 'SIG', 'type': 'custom'}, {'_id': 'b'}]
    """
    return [_record(index, item) for index, item in enumerate(each_item(items))]


def to_dataframe(items: object, *, flatten: bool = False) -> Any:
    """``items`` as a :class:`pandas.DataFrame`, one row per item, one column per API key.

    >>> from isogeo_api.models import Contact
    >>> frame = to_dataframe([Contact.from_dict({"_id": "a" * 32, "name": "SIG", "type": "custom",
    ...                                          "owner": {"_id": "b" * 32}})], flatten=True)
    >>> list(frame.columns), frame.loc[0, "owner._id"] == "b" * 32
    (['_id', 'name', 'type', 'owner._id'], True)
    """
    try:
        import pandas
    except ImportError as exc:
        raise MissingDependencyError("pandas", "pandas", "isogeo.export.to_dataframe") from exc
    records = to_records(items)
    if flatten:
        return pandas.json_normalize(records)
    return pandas.DataFrame.from_records(records)


__all__ = ["ato_jsonl", "to_dataframe", "to_jsonl", "to_records"]
