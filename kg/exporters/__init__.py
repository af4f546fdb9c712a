"""Exporters: each takes the graph and a path and writes one file atomically."""
from .html import to_html, write_html
from .jsonexport import to_json, write_json
from .rdf import to_rdf, write_turtle

__all__ = ["EXPORTERS", "EXTENSIONS", "to_rdf", "write_turtle", "to_html", "write_html", "to_json", "write_json"]

#: format name -> writer(G, path)
EXPORTERS = {"ttl": write_turtle, "html": write_html, "json": write_json}
#: format name -> file name in the output folder
EXTENSIONS = {"ttl": "graph.ttl", "html": "graph.html", "json": "graph.json"}
