"""Locate the data files kg ships: lexicons, word lists, gazetteer, models (:mod:`kg.lexicon` reads the vocabulary)."""
from __future__ import annotations

import gc
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

__all__ = ["package_dir", "data_path", "lexicon_dir", "ontology_dir", "queries_dir", "collector_paused",
           "collector_relaxed", "hold_freed_memory", "one_blas_thread"]

#: Allocations between two collections of the youngest generation while documents are extracted
#: (Python's default is 700).
EXTRACTION_GC_THRESHOLD = 50_000


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


@contextmanager
def collector_relaxed(threshold: int | None = None) -> Iterator[None]:
    """Python's cyclic garbage collector runs less often while documents are extracted: a collection
    after every ``threshold`` (:data:`EXTRACTION_GC_THRESHOLD`) new container objects instead of 700.

    Extraction makes many short-lived objects and keeps its results: at the default, 200 article
    files saw about 290 collections that took 0.09-0.12 s of a 2.3 s build (the survivors walked
    again in the older generations); at 50,000, two that took 0.02 s. Cyclic garbage still goes, a
    little later. The thresholds before are restored on leaving."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], threshold or EXTRACTION_GC_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


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


#: what BLAS libraries read for their number of threads when they load
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy, where it is first imported inside the block, with its BLAS running on the calling thread
    alone: a BLAS starts threads of its own otherwise, and a process that forks to write exports
    (:func:`kg.exporters.atomic.can_fork`) should have none. The environment is as it was afterwards;
    where numpy is loaded already, nothing changes."""
    if "numpy" in sys.modules:
        yield
        return
    saved = {k: os.environ.get(k) for k in _BLAS_THREADS}
    os.environ.update(dict.fromkeys(_BLAS_THREADS, "1"))
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


#: glibc's ``mallopt`` parameters (``malloc.h``) and what kg sets them to: memory freed below this size stays
#: with the process for the next allocation instead of going back to the system and being faulted in again
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
HELD_FREED_BYTES = 128 << 20
_MMAP_FROM_BYTES = 64 << 20
#: what a user sets to choose the allocator's behaviour: kg then leaves it alone
_MALLOC_SETTINGS = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TOP_PAD_")
_held: bool | None = None


def hold_freed_memory() -> bool:
    """Keep the memory extraction frees for its next allocations (glibc only; once a process): True where set.

    The statistical model's batches make numpy arrays of megabytes and free them; glibc returns such blocks to
    the system (each an ``mmap`` of its own, or the trimmed top of the heap) and the next batch faults every page
    in again, zeroed by the kernel: about 16,000 page faults and 2-3 % of the CPU of a build of article files.
    Blocks up to :data:`_MMAP_FROM_BYTES` now come from the heap and up to :data:`HELD_FREED_BYTES` of its free
    top is kept (a few megabytes more at the peak). Nothing changes where the environment sets glibc's malloc
    parameters itself (``MALLOC_*_``, ``GLIBC_TUNABLES``), on another C library, or with ``KG_MALLOC=default``."""
    global _held
    if _held is None:
        _held = False
        env = os.environ
        if env.get("KG_MALLOC", "").strip().lower() != "default" and not any(k in env for k in _MALLOC_SETTINGS) \
                and "glibc.malloc" not in env.get("GLIBC_TUNABLES", "") and _glibc():
            try:
                mallopt = _libc().mallopt
                _held = bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_FROM_BYTES)) \
                    and bool(mallopt(_M_TRIM_THRESHOLD, HELD_FREED_BYTES))
            except (OSError, AttributeError):
                pass
    return _held


def _glibc() -> bool:
    try:
        return bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (AttributeError, ValueError, OSError):
        return False


def _libc():
    import ctypes

    return ctypes.CDLL(None)
