"""The influence network view: who moved whom in deliberation, round by round."""

from app.ui.network.graph_view import GraphView

__all__ = ["GraphView"]
