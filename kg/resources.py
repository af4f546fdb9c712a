"""Locate the data files kg ships: lexicons, word lists, gazetteer, models (:mod:`kg.lexicon` reads the vocabulary)."""
from __future__ import annotations

from pathlib import Path

__all__ = ["package_dir", "data_path", "lexicon_dir", "ontology_dir", "queries_dir"]


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """A file in ``kg/data``."""
    return package_dir() / "data" / name


def lexicon_dir() -> Path:
    """The curated lexicons: ``seeds/lexicons`` in a checkout, ``kg/lexicons`` when installed."""
    checkout = package_dir().parent / "seeds" / "lexicons"
    if checkout.is_dir():
        return checkout
    return package_dir() / "lexicons"


def ontology_dir() -> Path:
    """``ontology/`` (kg.ttl, shapes.ttl) in a checkout, ``kg/ontology`` when installed."""
    checkout = package_dir().parent / "ontology"
    if checkout.is_dir():
        return checkout
    return package_dir() / "ontology"


def queries_dir() -> Path:
    """The named SPARQL queries: ``queries/`` in a checkout, ``kg/queries`` when installed."""
    checkout = package_dir().parent / "queries"
    if checkout.is_dir():
        return checkout
    return package_dir() / "queries"
