"""Alqa: classroom mock trials with secret ballots and an influence network."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("alqa")
except _metadata.PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.1.0"
