# Derived from _async/__init__.py by tools/derive_sync.py: do not edit.
