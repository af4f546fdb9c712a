"""Locate the data files kg ships: lexicons, word lists, gazetteer, models (:mod:`kg.lexicon` reads the vocabulary)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

__all__ = ["package_dir", "data_path", "lexicon_dir", "ontology_dir", "queries_dir", "collector_paused"]


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Python's cyclic garbage collector off while tables that live as long as the process are
    read (the pipeline, the gazetteer, a prefecture's villages): the collections their hundreds of
    thousands of new objects would trigger walk them again and again, a third of the load or more.

    ``freeze=True`` then moves every object made so far out of the collector's reach (``gc.freeze``):
    the later collections of a build, and the ones of the interpreter's exit, no longer walk the
    pipeline's tables (a quarter of a second at the end of every one-line ``kg ner``), and worker
    processes forked from this one do not write to their pages."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


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
