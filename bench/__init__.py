"""Benchmarks of the isogeo client against floors measured in the same run (``make bench``).

Every figure is a ratio to a floor timed in the same process and the same run, alternating with
ours, because the machines are shared and noisy: absolute times are printed, never asserted.
``python -m bench --help`` lists the options; :mod:`bench.__main__` runs the scenarios of
:mod:`bench.scenarios` and writes ``bench/results/latest.json``.
"""
