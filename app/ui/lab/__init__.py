"""The what-if lab (issue [7])."""
