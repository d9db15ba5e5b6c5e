"""isogeo_sandbox — a local, stateful simulator of the Isogeo REST API (see README)."""
