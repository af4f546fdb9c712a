"""Where the map step runs: in this process, in worker processes, or on a Dask cluster.

An engine takes ``(key, Document)`` pairs and yields ``(key, MergeInput)`` pairs as documents
are done, in any order; :func:`kg.builder.build` merges them in document order, so the graph
does not depend on the engine or the number of workers. Documents are pulled from the input
lazily and only a few batches are in flight at a time, so a corpus is never in memory at once.

Work is sent in batches of whole documents (about :data:`BATCH_CHARS` characters). Messages
that extraction logs in a worker come back with its batch and are logged here, so the command
line shows them as it does for a build in one process.

>>> from kg.model import Document
>>> with LocalEngine(workers=1) as engine:
...     [(k, r.entities[0].name) for k, r in engine.map([(0, Document("a", "a", "开平市", "utf-8", "0"))])]
[(0, '开平市')]
"""
from __future__ import annotations

import json
import logging
import math
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import chain
from typing import Self

from .errors import KGError
from .graph import MergeInput, merge_input
from .model import Document
from .resources import collector_paused, collector_relaxed

__all__ = ["LocalEngine", "DaskEngine", "make_engine", "default_workers", "extract_batch", "BATCH_CHARS",
           "PARALLEL_MIN_CHARS", "Rates", "parallel_threshold", "measured_rates", "record_rates"]

log = logging.getLogger(__name__)

#: Characters of text per batch sent to a worker (documents are never split). Small enough that the
#: workers' last batches end at nearly the same time (a batch is a fifth of a CPU second or so: the
#: worker that ends first waits at most that long for the other), large enough that sending it costs
#: nothing much (the pipeline's own batches, :data:`kg.extraction.BATCH_CHARS`, are no cheaper larger).
BATCH_CHARS = 10_000
#: The most batches read ahead while the workers start (:func:`_read_while_starting`): 1 MB of text
#: or so, read in about the time the fork server loads the pipeline.
READ_AHEAD_BATCHES = 100
#: Characters per task on a Dask cluster: tasks cost more to send and schedule than a pool's batches.
DASK_BATCH_CHARS = 160_000
#: A fixed number of characters from which the local engine uses worker processes; None (the
#: default): chosen by :func:`parallel_threshold` from what extraction costs on this machine.
PARALLEL_MIN_CHARS: int | None = None
#: The file of measured rates in the per-user cache folder (:func:`kg.prebuilt.cache_root`).
RATES_FILE = "rates.json"
#: Text a measurement of the rate of extraction needs, in characters: less is mostly noise.
_MEASURE_MIN_CHARS = 20_000

Pair = tuple[object, Document]


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# --- this process or workers: the choice by measured rates -----------------------------------

@dataclass(frozen=True)
class Rates:
    """What extraction costs on this machine, the basis of the choice between extracting in this
    process and starting workers. The defaults were measured on a 2-core Xeon VM (the seed pages);
    :func:`measured_rates` replaces them by what builds on this machine measured (:func:`record_rates`).
    """

    per_char: float = 12e-6  # CPU seconds of extraction a character (83,000 characters a second)
    load: float = 1.1  # seconds to load the pipeline in this process: spaCy, the model, the gazetteer
    pool_start: float = 1.5  # CPU seconds the workers' fork server takes to start and load the pipeline
    transfer: float = 0.15  # what sending documents and results between processes adds to extraction (a share)


def parallel_threshold(rates: Rates, workers: int, *, loaded: bool = False, gain: float = 0.9) -> float:
    """The fewest characters for which ``workers`` processes are estimated to take at most ``gain``
    of the time of this process alone; ``math.inf`` when they never would.

    Alone, this process loads the pipeline (unless ``loaded``) and extracts every character; the
    workers start (a fork server that loads the pipeline once, then forks them) and share the
    characters, each paying the ``transfer`` share on top. So workers pay for ``x`` characters when
    ``pool_start + x * per_char * (1 + transfer) / workers <= gain * (load + x * per_char)``.

    >>> round(parallel_threshold(Rates(per_char=1e-5, load=1.0, pool_start=1.5, transfer=0.1), 2))
    171429
    >>> parallel_threshold(Rates(), 1), parallel_threshold(Rates(transfer=1.0), 2)
    (inf, inf)
    """
    slope = rates.per_char * (gain - (1 + rates.transfer) / workers)
    if workers < 2 or slope <= 0:
        return math.inf
    return max(0.0, (rates.pool_start - gain * (0.0 if loaded else rates.load)) / slope)


def _rates_path():
    from .prebuilt import cache_root

    root = cache_root()
    return root / RATES_FILE if root is not None else None


def measured_rates() -> Rates:
    """The rates recorded on this machine (:func:`record_rates`), the defaults where none is."""
    path = _rates_path()
    try:
        saved = json.loads(path.read_text(encoding="utf-8")) if path is not None else {}
    except (OSError, ValueError):
        return Rates()
    if not isinstance(saved, dict):
        return Rates()
    found = {f.name: float(saved[f.name]) for f in fields(Rates)
             if isinstance(saved.get(f.name), (int, float)) and 0 <= saved[f.name] < 1e3 and math.isfinite(saved[f.name])}
    return replace(Rates(), **found)


def record_rates(**measured: float) -> None:
    """Fold measurements (``per_char=``, ``load=``, ``pool_start=``) into the rates recorded on this
    machine: the mean of the recorded value and the new one, so one busy moment moves it only halfway.

    Builds measure them as they run: extraction in one process the CPU seconds a character (reading
    and the cache left out: they stay in this process with workers too) and the load of the pipeline;
    the fork server of the workers (:mod:`kg.preload`) its own start-up."""
    path = _rates_path()
    if path is None:
        return
    now = asdict(measured_rates())
    for name, value in measured.items():
        if name in now and math.isfinite(value) and value >= 0:
            now[name] = (now[name] + value) / 2
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("%s: rates not recorded (%s)", path, exc)


def _pipeline_loaded() -> bool:
    """Whether this process has loaded the pipeline already (without importing spaCy to find out)."""
    nlp = sys.modules.get("kg.nlp")
    return nlp is not None and nlp.load_nlp.cache_info().currsize > 0


# --- the map step, as it runs in a worker -----------------------------------------------------

_captured = threading.local()


class _Capture(logging.Handler):
    """Keeps what a batch logs (in its own thread) to send it back with the batch's results."""

    def emit(self, record: logging.LogRecord) -> None:
        records = getattr(_captured, "records", None)
        if records is not None:
            records.append((record.name, record.levelno, record.getMessage()))


_capture_lock = threading.Lock()
_capture_users = 0
_capture_saved: tuple = ()


@contextmanager
def _capturing(level: int):
    """While batches run, the ``kg`` loggers of this process write to :class:`_Capture` only."""
    global _capture_users, _capture_saved
    root = logging.getLogger("kg")
    with _capture_lock:
        if _capture_users == 0:
            _capture_saved = (root.level, root.propagate, root.handlers[:])
            root.handlers[:] = [_Capture()]
            root.propagate = False
            root.setLevel(level)
        _capture_users += 1
    _captured.records = []
    try:
        yield _captured.records
    finally:
        _captured.records = None
        with _capture_lock:
            _capture_users -= 1
            if _capture_users == 0:
                root.level, root.propagate, root.handlers[:] = _capture_saved


def extract_batch(batch: list[Pair], level: int = logging.WARNING,
                  lexicons: tuple = ()) -> tuple[list[tuple[object, MergeInput]], list]:
    """Extract a batch of documents in a worker: their results and what was logged meanwhile.

    ``lexicons`` are the extra lexicons of the build (:func:`kg.lexicon.extra_lexicons`)."""
    from .extraction import extract_many  # here, not at the top: a rebuild from the cache needs no spaCy
    from .lexicon import use_lexicons

    use_lexicons(lexicons)
    with _capturing(level) as records:
        with collector_relaxed():
            results = [(key, merge_input(r)) for (key, _), r in zip(batch, extract_many(doc for _, doc in batch))]
    return results, records


def _extract_batch_versioned(batch: list[Pair], level: int, lexicons: tuple = ()) -> tuple[list, list, str]:
    """:func:`extract_batch` and the worker's pipeline version (a Dask worker may run other code)."""
    from .cache import pipeline_version

    results, records = extract_batch(batch, level, lexicons)
    return results, records, pipeline_version()


def _relog(records: list) -> None:
    for name, level, msg in records:
        logging.getLogger(name).log(level, "%s", msg)


def _batches(pairs: Iterable[Pair], chars: int) -> Iterator[list[Pair]]:
    batch: list[Pair] = []
    size = 0
    for pair in pairs:
        batch.append(pair)
        size += len(pair[1].text)
        if size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _level() -> int:
    return logging.getLogger("kg").getEffectiveLevel()


# --- engines ------------------------------------------------------------------------------------

class _Engine:
    """What every engine is: a context manager that closes its workers on exit."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:  # pragma: no cover - every engine has its own
        raise NotImplementedError


class _Timed:
    """The items of an iterable, with the CPU seconds spent in pulling them (``spent``)."""

    def __init__(self, items: Iterable) -> None:
        self._items = iter(items)
        self.spent = 0.0

    def __iter__(self) -> "_Timed":
        return self

    def __next__(self):
        t0 = time.process_time()
        try:
            return next(self._items)
        finally:
            self.spent += time.process_time() - t0


class LocalEngine(_Engine):
    """Extraction on this machine: in this process for one worker (or little text), else in a
    pool of ``workers`` processes."""

    def __init__(self, workers: int | None = None, *, min_parallel_chars: float | None = None,
                 batch_chars: int | None = None, on_start: Callable[[], object] | None = None) -> None:
        self.workers = max(1, workers or default_workers())
        self.min_parallel_chars = min_parallel_chars  # None: PARALLEL_MIN_CHARS, else by parallel_threshold
        self.batch_chars = batch_chars or BATCH_CHARS
        self.on_start = on_start  # called here while the workers' fork server loads the pipeline
        self.parallel = False  # whether the last map used worker processes
        self._pool: ProcessPoolExecutor | None = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def threshold(self) -> float:
        """The characters from which this engine starts workers (:func:`parallel_threshold` of the
        rates measured on this machine, for as many workers as there are cores to run them)."""
        fixed = self.min_parallel_chars if self.min_parallel_chars is not None else PARALLEL_MIN_CHARS
        if fixed is not None:
            return fixed
        return parallel_threshold(measured_rates(), min(self.workers, default_workers()), loaded=_pipeline_loaded())

    def map(self, pairs: Iterable[Pair]) -> Iterator[tuple[object, MergeInput]]:
        pairs = iter(pairs)
        head: list[Pair] = []
        size = 0
        threshold = self.threshold() if self.workers > 1 else math.inf
        if threshold < math.inf:  # look ahead: is there enough text to be worth the workers?
            for pair in pairs:
                head.append(pair)
                size += len(pair[1].text)
                if size >= threshold and len(head) > 1:
                    break
        self.parallel = size >= threshold and len(head) > 1
        if not self.parallel:
            yield from self._serial(chain(head, pairs))
        else:
            yield from self._parallel(_batches(chain(head, pairs), self.batch_chars))

    def _serial(self, pairs: Iterable[Pair]) -> Iterator[tuple[object, MergeInput]]:
        keys: list[object] = []
        chars = 0
        source = _Timed(pairs)  # CPU seconds in reading the inputs and settling documents from the cache

        def documents() -> Iterator[Document]:
            nonlocal chars
            for key, document in source:
                keys.append(key)
                chars += len(document.text)
                yield document

        timing: dict[str, float] = {}
        results = _Timed(_extract_many(documents(), timing))  # extraction, loading and the reading above
        for i, result in enumerate(results):
            yield keys[i], merge_input(result)
        if chars >= _MEASURE_MIN_CHARS:
            record_rates(per_char=max(0.0, results.spent - timing.get("load", 0.0) - source.spent) / chars)

    def _parallel(self, batches: Iterator[list[Pair]]) -> Iterator[tuple[object, MergeInput]]:
        # this process loads, reads and merges each result meanwhile: with the collector relaxed as when it
        # extracts itself (at the default threshold, 1 MB of article files saw 545 collections, 0.3 CPU s)
        with collector_relaxed():
            yield from self._parallel_relaxed(batches)

    def _parallel_relaxed(self, batches: Iterator[list[Pair]]) -> Iterator[tuple[object, MergeInput]]:
        if self._pool is None:
            context = _mp_context()
            if context.get_start_method() == "forkserver":
                from multiprocessing import forkserver

                with _this_kg():
                    forkserver.ensure_running()  # it loads the pipeline (a second or two) while this process ...
            if self.on_start is not None:
                self.on_start()  # ... loads what it needs itself
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
            # ... and reads (and cleans) what the workers will extract first
            batches = _read_while_starting(self._pool, self.workers, batches, READ_AHEAD_BATCHES, clean_batch)
        from .lexicon import extra_lexicons

        level = _level()
        lexicons = extra_lexicons()
        window = 2 * self.workers
        pending: set = set()
        for batch in batches:
            pending.add(self._pool.submit(extract_batch, batch, level, lexicons))
            while len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from _collect(done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from _collect(done)


def _started() -> None:
    """Nothing: a task that only makes the pool start a worker (:func:`_read_while_starting`)."""


def clean_batch(batch: list[Pair]) -> list:
    """The batch with each document's text cleaned (``(key, (document, cleaned))``), as
    :func:`kg.extraction.extract_many` would clean it first: the same results."""
    from .resources import one_blas_thread

    with one_blas_thread():  # kg.clean imports numpy: see kg.exporters.preload_one_thread
        from .clean import clean
    return [(key, (document, clean(document.text))) for key, document in batch]


def _read_while_starting(pool: ProcessPoolExecutor, workers: int, batches: Iterator[list[Pair]],
                         most: int, prepare: Callable[[list[Pair]], list] | None = None) -> Iterator[list[Pair]]:
    """The batches, with up to ``most`` of them pulled (the inputs read) while the pool's workers start.

    The first worker starts only once the fork server has loaded the pipeline (a second or so, one
    core busy): a thread asks the pool for its workers (it waits on the server, not holding the
    interpreter) while this one reads ahead, and ``prepare`` s each batch it read (cleans its texts:
    :func:`clean_batch`), work otherwise done once the workers extract, with both cores busy. It
    stops at the first of: the workers started, ``most`` batches, the input's end. What is read and
    in which order does not change, only when.
    """
    def start() -> None:
        try:
            for _ in range(workers):  # a pool starts a worker for each task while none is idle
                pool.submit(_started)
        except Exception:  # noqa: BLE001 - a broken pool: submitting the batches raises it again, there
            pass

    starting = threading.Thread(target=start, name="kg-workers-start", daemon=True)
    starting.start()
    ahead: list[list[Pair]] = []
    try:
        while starting.is_alive() and len(ahead) < most:
            batch = next(batches, None)
            if batch is None:
                break
            ahead.append(prepare(batch) if prepare is not None else batch)
    finally:
        starting.join()
    return chain(ahead, batches)


def _extract_many(documents: Iterator[Document], timing: dict[str, float]) -> Iterator:
    """:func:`kg.extraction.extract_many`, imported only once there is a document to extract; the
    CPU seconds of loading the pipeline, when this call loads it, go to ``timing["load"]``."""
    first = next(documents, None)
    if first is None:
        return
    loaded = _pipeline_loaded()
    t0 = time.process_time()
    with collector_paused(freeze=True):  # spaCy's modules: see kg.resources.collector_paused
        from .extraction import extract_many
        from .nlp import load_nlp

        load_nlp()
    if not loaded:
        timing["load"] = time.process_time() - t0
        record_rates(load=timing["load"])
    with collector_relaxed():  # the caller's merge of each result runs under it too
        yield from extract_many(chain([first], documents))


def _collect(futures) -> Iterator[tuple[object, MergeInput]]:
    for fut in futures:
        results, records = fut.result()
        _relog(records)
        yield from results


@contextmanager
def _this_kg() -> Iterator[None]:
    """While the workers' fork server starts: it imports this process's kg, not one in the current folder.

    The server is a fresh interpreter run with ``python -c``, whose path begins with the current folder,
    and (in Python 3.11) is not given this process's path: started from a folder that holds another kg
    (another checkout), it would load that one, and its workers would extract with other code than this
    process merges and caches with. Unless this kg is the current folder's, ``PYTHONSAFEPATH`` leaves the
    current folder off the server's path (it finds kg where this process's environment says, as before).
    """
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        here = os.path.samefile(root, os.getcwd())
    except OSError:
        here = False
    saved = os.environ.get("PYTHONSAFEPATH")
    if not here:
        os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("PYTHONSAFEPATH", None)
        else:
            os.environ["PYTHONSAFEPATH"] = saved


def _mp_context():
    """forkserver where there is one: workers start from a clean process with the pipeline loaded
    (:mod:`kg.preload`, loaded once in the fork server), not from a copy of this one with its
    threads (fork) nor from scratch (spawn)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.preload", "kg.extraction"])  # kg.preload first: see kg.deferred
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


class DaskEngine(_Engine):
    """Extraction on a Dask cluster (:mod:`dask.distributed`): each batch of documents is a task.

    With a scheduler address, the engine connects to that cluster; its workers need the same
    version of kg installed (checked: a worker with another pipeline version stops the build).
    Without one, it starts a local cluster of ``workers`` processes with one thread each.
    """

    def __init__(self, workers: int | None = None, scheduler: str | None = None, *,
                 batch_chars: int | None = None, connect_timeout: float = 20) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise KGError("the dask engine needs dask.distributed; install it with pip install 'kg[dask]'") from None
        self.workers = max(1, workers or default_workers())
        self.scheduler = scheduler
        self.batch_chars = batch_chars or DASK_BATCH_CHARS
        self.connect_timeout = connect_timeout
        self.parallel = True
        self._client = None
        self._cluster = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def _connect(self):
        from distributed import Client, LocalCluster

        if self._client is not None:
            return self._client
        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout=f"{self.connect_timeout}s")
            except (OSError, TimeoutError) as exc:
                raise KGError(f"cannot reach the Dask scheduler at {self.scheduler} ({exc}); "
                              "start one with 'dask scheduler' or leave out --scheduler") from None
            except (ValueError, TypeError) as exc:  # an address distributed cannot parse
                raise KGError(f"{self.scheduler} is no Dask scheduler address ({' '.join(str(exc).split())}); "
                              "give one like tcp://host:8786") from None
        else:
            self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self._client = Client(self._cluster)
        return self._client

    def map(self, pairs: Iterable[Pair]) -> Iterator[tuple[object, MergeInput]]:
        from distributed import as_completed

        from .cache import pipeline_version
        from .lexicon import extra_lexicons

        batches = _batches(pairs, self.batch_chars)
        first = next(batches, None)
        if first is None:
            return
        client = self._connect()
        threads = sum(client.nthreads().values())
        if self.scheduler:
            self.workers = max(1, threads)
        window = 2 * max(1, threads)
        level = _level()
        futures = as_completed()
        for batch in chain([first], batches):
            futures.add(client.submit(_extract_batch_versioned, batch, level, extra_lexicons(), pure=False))
            if futures.count() >= window:
                yield from self._collect(next(futures), pipeline_version())
        for fut in futures:
            yield from self._collect(fut, pipeline_version())

    @staticmethod
    def _collect(future, version: str) -> list[tuple[object, MergeInput]]:
        results, records, worker_version = future.result()
        if worker_version != version:
            raise KGError(f"a Dask worker runs another kg (pipeline {worker_version[:12]}, here {version[:12]}); "
                          "install the same kg version on every worker")
        _relog(records)
        return results


def make_engine(engine: str = "local", workers: int | None = None, scheduler: str | None = None, *,
                on_start: Callable[[], object] | None = None):
    """The engine called ``engine``: ``local`` or ``dask``. ``on_start`` is called in this process
    while the local engine's workers start (not when it extracts in this process)."""
    if engine == "local":
        if scheduler:
            raise KGError("--scheduler needs --engine dask")
        return LocalEngine(workers, on_start=on_start)
    if engine == "dask":
        return DaskEngine(workers, scheduler)
    raise KGError(f"unknown engine {engine!r}; choose from local, dask")
