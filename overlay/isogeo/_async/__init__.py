"""The code that awaits (async) or blocks (sync) of the client, its auth flow and the behaviour
modules: ``client.py``, ``auth.py``, ``pagination.py``, ``batch.py``, ``files.py``, ``export.py``.

The async side (``isogeo._async``) is written by hand; the sync side (``isogeo._sync``) is derived
from it by ``tools/derive_sync.py`` (except ``_primitives.py``, written on each side). The public
modules :mod:`isogeo.client`, :mod:`isogeo.auth`, :mod:`isogeo.pagination`, :mod:`isogeo.batch`,
:mod:`isogeo.files` and :mod:`isogeo.export` re-export both sides.
"""
