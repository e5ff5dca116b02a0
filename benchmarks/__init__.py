"""Alqa's performance figures: `python -m benchmarks` prints each with its goal and a baseline."""
