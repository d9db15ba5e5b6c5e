"""The commands of ``isogeo``, one module per family: search, metadata, links, contacts, session."""
