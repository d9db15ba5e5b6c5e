# Derived from __init__.py by tools/unasync_workflows.py: do not edit (make check-sync).
