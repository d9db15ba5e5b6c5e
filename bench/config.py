"""How big each scenario is: the full sizes (``make bench``), or a tiny run (``--quick``, tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BenchConfig:
    quick: bool = False
    latency_ms: float = 20.0
    # 1. whole-results search (and 6. many small calls) share one sandbox
    search_seed: str = "bench-5k"
    search_count: int | None = None  # None: the seed's own size (5,000)
    concurrency: int = 5  # the client's default
    sweep_levels: tuple[int, ...] = (2, 10, 20)  # 1 is the sequential row
    replay_sweep_levels: tuple[int, ...] = (10,)
    search_repeat: int = 5
    sweep_repeat: int = 3
    # 2. model decoding
    decode_iterations: int = 10_000
    decode_repeat: int = 3
    # 3. lazy iteration memory
    memory_seed: str = "bench-20k"
    memory_count: int | None = None  # None: the seed's own size (20,000)
    memory_checkpoints: tuple[int, ...] = (5_000, 10_000, 20_000)
    # 4. cold import
    import_runs: int = 10
    first_call_runs: int = 9
    # 5. generation
    generate_runs: int = 3
    # 6. many small calls
    calls: int = 2_000
    calls_concurrency: int = 20
    calls_repeat: int = 3
    # 7. single GET (its own sandbox, without latency): short runs, many rounds, so that the
    # medians hold against a neighbour's bursts on the shared cores
    single_get_seed: str = "small"
    single_gets: int = 100
    single_get_repeat: int = 21

    @classmethod
    def tiny(cls) -> BenchConfig:
        """Every scenario on a small configuration: checks the harness, measures nothing useful."""
        return cls(
            quick=True,
            latency_ms=5.0,
            search_seed="small",
            search_count=300,
            sweep_levels=(2,),
            replay_sweep_levels=(2,),
            search_repeat=1,
            sweep_repeat=1,
            decode_iterations=200,
            decode_repeat=1,
            memory_seed="small",
            memory_count=1_000,
            memory_checkpoints=(250, 500, 1_000),
            import_runs=2,
            first_call_runs=2,
            generate_runs=1,
            calls=60,
            calls_concurrency=10,
            calls_repeat=1,
            single_gets=30,
            single_get_repeat=1,
        )


ROOT = Path(__file__).resolve().parents[1]
"""The repository (``bench`` is importable from it)."""
