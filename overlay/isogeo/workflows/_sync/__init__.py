# Derived from _async/__init__.py by tools/unasync_workflows.py: do not edit.
