"""Locate and load the data files kg ships: lexicons, surnames, gazetteer, models."""
from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["package_dir", "data_path", "lexicon_dir", "ontology_dir", "queries_dir", "surnames", "common_words"]


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


@functools.lru_cache(maxsize=1)
def surnames() -> dict[str, float]:
    """Chinese surnames with a relative frequency (wainshine/Chinese-Names-Corpus, Apache-2.0)."""
    out: dict[str, float] = {}
    with open(data_path("surnames.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, tf = line.rstrip("\n").split("\t")
            out[name] = float(tf)
    return out


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Ordinary two- and three-character words (UD Chinese treebanks, CC BY-SA): never a person's name alone."""
    with open(data_path("common_words.txt"), encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip() and not line.startswith("#"))
