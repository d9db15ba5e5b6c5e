"""Deterministic seed data: reference lists (:mod:`.reference`) and the store builder (:mod:`.builder`)."""
