"""Alqa: classroom mock trials with secret ballots and an influence network."""

# The one version: pyproject reads it from here (tool.hatch.version), and so does the app,
# without importlib.metadata (70 ms at start-up).
__version__ = "0.1.0"
