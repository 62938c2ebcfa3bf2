"""fazhi benchmarks: `python bench/run.py` (or `make bench`); see bench/README.md."""
