"""isogeo_sandbox — a local, stateful, spec-validated simulator of the Isogeo REST API.

``isogeo-sandbox serve`` serves the API routes, ``/oauth/token`` and ``/about`` on one loopback
port; ``isogeo-sandbox info --json`` prints the seeded credentials and fixture identifiers.
From Python::

    from isogeo_sandbox.server import running

    with running() as sandbox:          # a real uvicorn server on 127.0.0.1 and a free port
        info = sandbox.info()            # {"api_url": ..., "group_app": {...}, ...}

Its dependencies are the ``sandbox`` extra: ``pip install 'isogeo-client[sandbox]'``.
"""

__version__ = "0.1.0"
