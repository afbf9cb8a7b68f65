"""Benchmarks: `make bench` prints how fast the decomposition engine reads and parses documents."""
