"""One module per benchmark scenario (CONTRIBUTING.md, Benchmarks); each ``run`` returns its rows."""
