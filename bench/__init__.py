"""Benchmarks that drive the real product; `python -m bench` (or `./manage bench`) runs them all."""
