"""Offline tooling: training kg's models from open data (``kg train``). Nothing here runs in a build."""
