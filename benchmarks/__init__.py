"""Accuracy, speed and memory benchmark of newsparse against its peers: ``python -m benchmarks``."""
