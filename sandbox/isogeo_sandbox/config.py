"""Settings of one sandbox instance."""

from __future__ import annotations

from dataclasses import dataclass

from isogeo_sandbox.info import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_SEED

RESPONSE_VALIDATION_MODES = ("strict", "warn", "off")


@dataclass
class SandboxConfig:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    seed: str = DEFAULT_SEED
    metadata_count: int | None = None
    token_ttl: int = 3599
    latency_ms: float = 0.0
    faults: str | None = None
    # strict: a response that violates the spec becomes a 500 and is recorded (tests);
    # warn: it is logged and recorded; off: not checked (benchmarks that measure the client only).
    response_validation: str = "warn"
    admin: bool | None = None  # None: on when bound to a loopback address
    max_upload_bytes: int = 2 * 1024**3
    # HTTPS with a certificate made at start (isogeo_sandbox.tls); the CA goes to ca_file, or to
    # tls.default_ca_file(host, port) when None.
    tls: bool = False
    ca_file: str | None = None

    @property
    def admin_enabled(self) -> bool:
        if self.admin is not None:
            return self.admin
        return self.host in ("127.0.0.1", "localhost", "::1") or self.host.startswith("127.")

    def __post_init__(self) -> None:
        if self.response_validation not in RESPONSE_VALIDATION_MODES:
            raise ValueError(f"response_validation must be one of {RESPONSE_VALIDATION_MODES}")
