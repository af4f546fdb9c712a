"""Shared fixtures of the kg test suite."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the small hand-written inputs of the tests."""
    return DATA


@pytest.fixture(scope="session")
def statistical_ner():
    """The committed statistical NER model (kg/models/ner/), loaded once."""
    from kg.ner.statistical import StatisticalNER

    return StatisticalNER.load()
