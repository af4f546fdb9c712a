"""Offline tooling: building kg's data files from open data (``kg data``). Nothing here runs in a build."""
