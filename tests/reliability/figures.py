"""The figures of the reliability suite, gathered while it runs and printed at the end of the run.

``FIGURES`` is one session-wide tally; tests add to it and ``conftest.pytest_terminal_summary``
prints it as a table (the same table is in CONTRIBUTING.md's "Reliability" section).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class SoakFigures:
    operations: int = 0
    """Operations run (a whole-results search is one operation of several HTTP requests)."""
    http_requests: int = 0
    """Requests the sandbox received (token requests, retries and re-sends included)."""
    concurrency: int = 0
    fault_rate: float = 0.0
    faults_injected: int = 0
    completed: int = 0
    retried: int = 0
    retries: int = 0
    typed_errors: int = 0
    errors_by_class: dict[str, int] = field(default_factory=dict)
    failed_writes_applied: int = 0
    duplicated: int = 0
    lost: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        if not self.latencies_ms:
            return 0.0
        cuts = statistics.quantiles(self.latencies_ms, n=100, method="inclusive")
        return cuts[round(q) - 1]


@dataclass
class Figures:
    faults_tried: int = 0
    """Fault-matrix cells run (fault x operation class x sync/async)."""
    recovered: int = 0
    typed_errors: int = 0
    duplicates: int = 0
    lost: int = 0
    secrets_found: int = 0
    texts_scanned: int = 0
    inputs_fuzzed: int = 0
    requests_for_rejected_input: int = 0
    accepted_then_refused: list[str] = field(default_factory=list)
    """Fuzzed input the client let through and the server refused (400): only what the server alone
    can know (a well-formed share id that is not the caller's)."""
    security: Counter[str] = field(default_factory=Counter)
    """Security properties checked, by kind (objects inspected, redirects, file names...)."""
    soak: SoakFigures | None = None
    hostile: Counter[str] = field(default_factory=Counter)
    """Hostile-server cases (byte-level, sync and async clients), by outcome."""

    def rows(self) -> list[tuple[str, str]]:
        rows = [
            ("faults tried (matrix cells)", f"{self.faults_tried}"),
            ("  recovered", f"{self.recovered}"),
            ("  typed errors (as documented)", f"{self.typed_errors}"),
        ]
        soak = self.soak
        if soak is not None:
            rows += [
                (
                    "soak operations",
                    f"{soak.operations} ({soak.http_requests} HTTP requests, {soak.concurrency} tasks, "
                    f"{soak.seconds:.0f} s)",
                ),
                ("  faults injected", f"{soak.faults_injected} (~{soak.fault_rate:.0%} of requests)"),
                ("  completed", f"{soak.completed} ({soak.retried} of them retried, {soak.retries} retries)"),
                (
                    "  failed with a typed error",
                    f"{soak.typed_errors} ("
                    + ", ".join(f"{name} {count}" for name, count in sorted(soak.errors_by_class.items()))
                    + ")",
                ),
                ("  failed writes applied anyway", f"{soak.failed_writes_applied}"),
                ("  latency p50 / p99", f"{soak.percentile(50):.1f} ms / {soak.percentile(99):.1f} ms"),
            ]
        rows += [
            ("duplicates", f"{self.duplicates + (soak.duplicated if soak else 0)}"),
            ("lost", f"{self.lost + (soak.lost if soak else 0)}"),
            ("secrets found", f"{self.secrets_found} (in {self.texts_scanned} texts and log captures)"),
            (
                "inputs fuzzed",
                f"{self.inputs_fuzzed} (requests sent for refused input: {self.requests_for_rejected_input}; "
                f"well formed, refused by the server (unknown share): {len(self.accepted_then_refused)})",
            ),
            ("security checks", ", ".join(f"{kind} {n}" for kind, n in self.security.items()) or "0"),
        ]
        if self.hostile:
            rows.append(("hostile-server cases (sync + async)", f"{sum(self.hostile.values())}"))
            rows += [(f"  {case}", f"{n}") for case, n in sorted(self.hostile.items())]
        return rows

    def table(self) -> str:
        width = max(len(name) for name, _ in self.rows())
        lines = [f"| {'figure'.ljust(width)} | value |", f"|{'-' * (width + 2)}|-------|"]
        lines += [f"| {name.ljust(width)} | {value} |" for name, value in self.rows()]
        return "\n".join(lines)


FIGURES = Figures()
