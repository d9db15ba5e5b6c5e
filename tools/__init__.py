"""Maintenance scripts the Makefile runs (not shipped in the wheel)."""
