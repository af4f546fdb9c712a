"""Shared fixtures: paths, the session-wide pipeline and one build of the seeds."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "documents"
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


def read_names(nlp, text):
    """(the (type, name) of each entity, the (subject, predicate, object) names of each fact) of ``text``:
    what the tables of construction classes check."""
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    name = {e.key: e.name for e in r.entities}
    entities = {(e.type, e.name) for e in r.entities}
    facts = {(name[x.subject], x.predicate, name[x.object]) for x in r.relations if x.predicate != "coOccursWith"}
    return entities, facts


def extracted(text: str, name: str = "t.txt"):
    """What kg reads in ``text`` handed to it as the bytes of a file called ``name``."""
    from kg.extraction import extract
    from kg.ingest import decode_bytes

    return extract(decode_bytes(name, name, text.encode("utf-8")))


def typed_names(text: str) -> set[tuple[str, str]]:
    """The (type, name) of each entity read in ``text``."""
    return {(e.type, e.name) for e in extracted(text).entities}


def names_of(text: str, kind: str) -> set[str]:
    """The names of the entities of type ``kind`` read in ``text``."""
    return {e.name for e in extracted(text).entities if e.type == kind}


def pairs_of(text: str, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) names of the ``predicate`` facts read in ``text``."""
    r = extracted(text)
    name = {e.key: e.name for e in r.entities}
    return {(name[x.subject], name[x.object]) for x in r.relations if x.predicate == predicate}


def programmes_and_links(text: str):
    """(the programmes read in ``text``, the (doer, programme) names of its implements facts), names in NFKC form:
    what the tests of programme classes check."""
    import unicodedata

    r = extracted(text)
    names = {e.key: unicodedata.normalize("NFKC", e.name) for e in r.entities}
    progs = {names[e.key] for e in r.entities if e.type == "Programme"}
    links = {(names[x.subject], names[x.object]) for x in r.relations if x.predicate == "implements"}
    return progs, links


def check_reading(nlp, text, entities, facts, absent, *, absent_facts=frozenset(), officials_are_no_persons=True):
    """Assert what a row of a construction table says of ``text``: its ``entities`` and ``facts`` are read,
    no entity is named as in ``absent``, none of ``absent_facts`` is stated, and (unless told otherwise) no
    official of ``entities`` is read as another person too. Returns what was read, for a row's own checks."""
    got_entities, got_facts = read_names(nlp, text)
    assert entities <= got_entities, sorted(got_entities)
    if officials_are_no_persons:
        officials = {n for t, n in entities if t == "Official"}
        assert not {("Person", n) for n in officials} & got_entities, sorted(got_entities)
    assert facts <= got_facts, sorted(got_facts)
    assert not absent & {n for _, n in got_entities}, sorted(got_entities)
    assert not absent_facts & got_facts, sorted(got_facts)
    return got_entities, got_facts


@pytest.fixture(scope="session", autouse=True)
def _ctrl_c_reaches_the_tests():
    """Tests of Ctrl-C need SIGINT to arrive. A shell that starts the test run in the background
    (``cmd &`` in a script) ignores SIGINT for it, and an ignored signal stays ignored in every
    process started from it; a handled one is reset to the default on exec. So the run handles it
    as an interactive one does, and kg's processes started by the tests get Ctrl-C as a user's do."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield


def pytest_configure(config):
    """kg's per-user cache (prebuilt tables, measured rates) in a folder of the test run, for the
    doctests under kg/ and the processes the tests start too: no test reads or writes the user's own."""
    config._kg_saved_cache_home = os.environ.get("KG_CACHE_HOME")
    os.environ["KG_CACHE_HOME"] = config._kg_cache_home = tempfile.mkdtemp(prefix="kg-test-cache-")


def pytest_unconfigure(config):
    shutil.rmtree(config._kg_cache_home, ignore_errors=True)
    if config._kg_saved_cache_home is None:
        os.environ.pop("KG_CACHE_HOME", None)
    else:
        os.environ["KG_CACHE_HOME"] = config._kg_saved_cache_home


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_results():
    """Extraction results of the five seed documents (computed once)."""
    from kg.extraction import extract
    from kg.ingest import read_inputs

    docs, problems = read_inputs([str(SEEDS)])
    assert not problems
    return [extract(d) for d in docs]


@pytest.fixture(scope="session")
def seed_graph(seed_results):
    from kg.graph import build_graph

    return build_graph(seed_results)


@pytest.fixture
def use_lexicons():
    """kg.lexicon.use_lexicons, with the bundled lexicons alone back in use after the test."""
    from kg import lexicon

    yield lexicon.use_lexicons
    lexicon.use_lexicons(())


@pytest.fixture(autouse=True)
def _reset_kg_logging():
    """The CLI routes kg's log records to stderr; give every test the default logging back."""
    import logging

    yield
    log = logging.getLogger("kg")
    log.handlers[:] = []
    log.propagate = True
    log.setLevel(logging.NOTSET)


@pytest.fixture(autouse=True)
def _no_progress_lines(monkeypatch):
    """A build prints a progress line every few seconds when stderr is no terminal: on a slow
    machine one would land among the lines a test reads. Tests of progress set it themselves."""
    import kg.progress

    monkeypatch.setattr(kg.progress, "LOG_INTERVAL", 3600.0)


@pytest.fixture(scope="session")
def seed_ttl(seed_graph, tmp_path_factory):
    """graph.ttl of the seeds, written once."""
    from kg.exporters import write_turtle

    return write_turtle(seed_graph, tmp_path_factory.mktemp("seed") / "graph.ttl")


@pytest.fixture(scope="session")
def seed_rdf(seed_ttl):
    """The seeds' graph.ttl parsed by rdflib."""
    import rdflib

    return rdflib.Graph().parse(seed_ttl, format="turtle")


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the browser tests, driven over the DevTools pipe; skips without one."""
    from chromium import Chromium, find_chromium

    exe = find_chromium()
    if exe is None:
        pytest.skip("no chromium installed (apt-get install chromium fonts-wqy-zenhei; .ci/run does it on CI)")
    b = Chromium.launch(exe)
    yield b
    b.close()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """tests/data: the small hand-written inputs of the tests."""
    return DATA


@pytest.fixture(scope="session")
def statistical_ner():
    """The committed statistical NER model (kg/models/ner/), loaded once."""
    from kg.ner.statistical import StatisticalNER

    return StatisticalNER.load()


@pytest.fixture(scope="session")
def tenure_graph():
    """The graph of tests/data/tenures: dated reports about made-up officials over five years."""
    from kg.extraction import extract
    from kg.graph import build_graph
    from kg.ingest import read_inputs

    docs, problems = read_inputs([str(DATA / "tenures")])
    assert not problems
    return build_graph([extract(d) for d in docs])
