"""Engines of the map step: this process, a process pool, a Dask cluster."""
import gc
import logging

import pytest

import kg.extraction
from kg.builder import build
from kg.engine import DaskEngine, LocalEngine, extract_batch, make_engine
from kg.errors import KGError
from kg.exporters import to_json
from kg.graph import merge_input
from kg.ingest import read_inputs
from kg.resources import EXTRACTION_GC_THRESHOLD, collector_relaxed

from conftest import SEEDS


@pytest.fixture(scope="module")
def documents():
    docs, _ = read_inputs([str(SEEDS)])
    return docs


def test_small_inputs_are_extracted_in_this_process(documents, seed_results):
    with LocalEngine(workers=2) as engine:
        got = dict(engine.map(enumerate(documents)))
        assert not engine.parallel
    assert [got[i] for i in range(len(documents))] == [merge_input(r) for r in seed_results]


@pytest.mark.parametrize("before, inside", [((700, 10, 10), (EXTRACTION_GC_THRESHOLD, 10, 10)),
                                            ((80_000, 5, 7), (80_000, 5, 7)),  # never lowered
                                            ((100, 20, 30), (EXTRACTION_GC_THRESHOLD, 20, 30))])
def test_the_collector_runs_less_often_while_extracting_then_as_before(before, inside):
    saved = gc.get_threshold()
    try:
        gc.set_threshold(*before)
        with pytest.raises(ZeroDivisionError), collector_relaxed():
            assert gc.get_threshold() == inside
            1 / 0
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*saved)


def test_documents_extracted_in_this_process_are_merged_with_the_collector_relaxed(documents):
    seen = []
    with LocalEngine(workers=1) as engine:
        for _ in engine.map(enumerate(documents[:2])):
            seen.append(gc.get_threshold()[0])
    assert seen == [EXTRACTION_GC_THRESHOLD] * 2 and gc.get_threshold()[0] < EXTRACTION_GC_THRESHOLD


def test_results_of_workers_are_merged_with_the_collector_relaxed_then_as_before(documents):
    """The build process merges each worker's result (and loads, reads meanwhile) as it merges its own."""
    seen = []
    before = gc.get_threshold()
    with LocalEngine(workers=2, min_parallel_chars=0, batch_chars=1, on_start=lambda: seen.append(gc.get_threshold()[0])) as engine:
        for _ in engine.map(enumerate(documents[:3])):
            seen.append(gc.get_threshold()[0])
        assert engine.parallel
    assert seen == [EXTRACTION_GC_THRESHOLD] * 4 and gc.get_threshold() == before


def test_the_pool_returns_what_one_process_does(documents, seed_results):
    with LocalEngine(workers=2, min_parallel_chars=0, batch_chars=1) as engine:
        got = dict(engine.map((d.doc_id, d) for d in documents))
        assert engine.parallel
    assert got == {r.document.doc_id: merge_input(r) for r in seed_results}


@pytest.mark.parametrize("workers, least, calls", [(2, 0, 1), (2, None, 0), (1, 0, 0)])
def test_this_process_prepares_the_merge_while_workers_start_and_only_then(documents, workers, least, calls):
    """``on_start`` runs once, before any result, when the engine starts workers; never when it
    extracts in this process (one worker, or too little text: the seed pages)."""
    seen = []
    with LocalEngine(workers=workers, min_parallel_chars=least, batch_chars=1, on_start=lambda: seen.append(0)) as engine:
        for key, _ in engine.map(enumerate(documents)):
            seen.append(key)
    assert seen[:calls] == [0] * calls and sorted(seen[calls:]) == list(range(len(documents)))


def test_what_a_batch_logs_comes_back_with_it(documents, monkeypatch, caplog):
    def noisy(documents, nlp=None):
        for document in documents:
            logging.getLogger("kg.extraction").warning("%s: something odd", document.doc_id)
            logging.getLogger("kg.extraction").debug("not at this level")
            yield from real([document], nlp)

    real = kg.extraction.extract_many
    monkeypatch.setattr(kg.extraction, "extract_many", noisy)
    logger = logging.getLogger("kg")
    before = (logger.handlers[:], logger.propagate)
    with caplog.at_level(logging.WARNING, logger="kg"):
        results, records = extract_batch([(0, documents[0])], logging.WARNING)
    assert records == [("kg.extraction", logging.WARNING, f"{documents[0].doc_id}: something odd")]
    assert caplog.text == ""  # captured, for the caller to log
    assert (logger.handlers, logger.propagate) == before  # as it was


@pytest.mark.parametrize("engine, scheduler, message", [
    ("spark", None, "unknown engine 'spark'; choose from local, dask"),
    ("local", "tcp://h:8786", "--scheduler needs --engine dask"),
])
def test_make_engine_errors(engine, scheduler, message):
    with pytest.raises(KGError, match=message):
        make_engine(engine, 1, scheduler)


def test_an_unreachable_scheduler_is_one_clear_error(documents):
    with DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout=0.5) as engine:
        with pytest.raises(KGError, match=r"cannot reach the Dask scheduler at tcp://127.0.0.1:9 .*dask scheduler"):
            list(engine.map([(0, documents[0])]))


def test_a_worker_with_another_pipeline_version_stops_the_build():
    class Done:
        def result(self):
            return [], [], "0" * 64

    with pytest.raises(KGError, match="a Dask worker runs another kg"):
        DaskEngine._collect(Done(), "1" * 64)


def test_dask_local_cluster_builds_what_one_process_builds(tmp_path, seed_graph):
    """One small run on a local cluster of two worker processes."""
    report = build([str(SEEDS)], tmp_path, ("json",), engine="dask", workers=2, cache=False)
    assert to_json(report.graph) == to_json(seed_graph)


@pytest.mark.parametrize("window, batch_docs", [
    (kg.extraction.WINDOW, 64),  # every seed page in one batch
    (kg.extraction.WINDOW, 2),  # several batches
    (5_500, 64),  # long pages go window by window, between the short ones of the batch
])
def test_batched_extraction_gives_what_one_document_at_a_time_does(documents, seed_results, monkeypatch,
                                                                     window, batch_docs):
    usual = window == kg.extraction.WINDOW
    monkeypatch.setattr(kg.extraction, "WINDOW", window)
    monkeypatch.setattr(kg.extraction, "BATCH_DOCS", batch_docs)
    expected = list(seed_results) if usual else [kg.extraction.extract(d) for d in documents]
    assert list(kg.extraction.extract_many(documents)) == expected
    assert usual or 0 < sum(len(d.text) <= window for d in documents) < len(documents)


class _SlowPool:
    """A pool whose first ``submit`` waits until released, as the first worker waits on the fork server."""

    def __init__(self, fail: bool = False) -> None:
        import threading

        self.release = threading.Event()
        self.submitted = 0
        self.fail = fail

    def submit(self, fn, *args):
        if self.submitted == 0:
            assert self.release.wait(10)
        self.submitted += 1
        if self.fail:
            raise RuntimeError("broken pool")


def _counted(n: int, pulled: list, pool: _SlowPool | None = None, release_after: int | None = None):
    for i in range(n):
        if pool is not None and i == release_after:  # the workers start while this batch is read
            import time

            pool.release.set()
            while pool.submitted < 2:
                time.sleep(0.01)
            time.sleep(0.1)  # the starting thread ends
        pulled.append(i)
        yield [(i, f"doc {i}")]


@pytest.mark.parametrize("n, most, release_after, read_ahead", [
    (10, 100, 4, 5),  # the workers started while the fifth batch was read: five read ahead
    (10, 3, None, 3),  # at most three, however long the workers take
    (2, 100, None, 2),  # the input's end
])
def test_batches_are_read_while_the_workers_start_in_order_and_none_lost(n, most, release_after, read_ahead):
    from kg.engine import _read_while_starting

    pool, pulled = _SlowPool(), []
    batches = _counted(n, pulled, pool, release_after)
    if release_after is None:
        import threading

        threading.Timer(0.3, pool.release.set).start()
    got = _read_while_starting(pool, 2, batches, most)
    assert pool.submitted == 2  # a task for each worker, so the pool starts both
    assert pulled == list(range(read_ahead))  # read before the first result is asked for
    assert [b[0][0] for b in got] == list(range(n))  # then every batch, once, in order


def test_a_pool_that_fails_to_start_leaves_the_batches_to_say_so():
    from kg.engine import _read_while_starting

    pool, pulled = _SlowPool(fail=True), []
    pool.release.set()
    got = _read_while_starting(pool, 2, _counted(3, pulled), 100)
    assert [b[0][0] for b in got] == [0, 1, 2]


def test_the_read_ahead_is_the_same_build(tmp_path, seed_graph, monkeypatch):
    import kg.engine

    monkeypatch.setattr(kg.engine, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(kg.engine, "BATCH_CHARS", 500)  # many small batches, several read ahead
    report = build([str(SEEDS)], tmp_path / "out", ["json"], workers=2, cache=False)
    assert report.workers == 2
    assert to_json(report.graph) == to_json(seed_graph)


def test_batches_read_ahead_are_prepared_and_the_rest_left_as_they_are():
    from kg.engine import _read_while_starting

    pool, pulled = _SlowPool(), []
    batches = _counted(6, pulled, pool, 2)
    got = list(_read_while_starting(pool, 2, batches, 100, lambda b: [(k, ("prepared", d)) for k, d in b]))
    assert [b[0][1] for b in got] == [("prepared", "doc 0"), ("prepared", "doc 1"), ("prepared", "doc 2"),
                                      "doc 3", "doc 4", "doc 5"]


def test_documents_cleaned_ahead_give_what_documents_cleaned_in_extraction_do():
    """The build process cleans the texts it reads while the workers start (kg.engine.clean_batch):
    extraction from a document and its cleaned text is extraction from the document."""
    from kg.clean import clean
    from kg.engine import clean_batch
    from kg.model import Document

    texts = ["本报讯（记者 林晓）3月5日，沙田县县长何东明到溪口镇调研春耕。",
             "鹤山市人民政府办公室关于印发《鹤山市乡村道路养护方案》的通知\n\n各镇人民政府：\n现将方案印发给你们。",
             "  "]
    docs = [Document(f"d{i}.txt", f"d{i}.txt", t, "utf-8", str(i)) for i, t in enumerate(texts)]
    batch = clean_batch(list(enumerate(docs)))
    assert [k for k, _ in batch] == [0, 1, 2]
    for k, (d, c) in batch:
        again = clean(d.text)
        assert d is docs[k] and (c.text, c.paragraphs, c.furniture, c.printed, c.offsets.tolist()) == (
            again.text, again.paragraphs, again.furniture, again.printed, again.offsets.tolist())
    assert list(kg.extraction.extract_many([x for _, x in batch])) == list(kg.extraction.extract_many(docs))
    # mixed, as a build sends them: the batches read ahead cleaned, the others not
    assert list(kg.extraction.extract_many([batch[0][1], docs[1], batch[2][1]])) == list(kg.extraction.extract_many(docs))
