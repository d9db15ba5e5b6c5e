# Derived from _async/__init__.py by tools/derive_sync.py: do not edit.
"""The behaviour modules' code that awaits or blocks: pagination, batch, files, export.

``isogeo/_sync/`` is written by hand; ``isogeo/_sync/`` is derived from it by
``tools/derive_sync.py`` (except ``_primitives.py``, written on each side). The public modules
:mod:`isogeo.pagination`, :mod:`isogeo.batch`, :mod:`isogeo.files` and :mod:`isogeo.export`
re-export both sides.
"""
