"""Imported by the fork server of a build's worker processes (:mod:`kg.engine`): the pipeline is
loaded there once, and every worker forked from it starts with the models, gazetteer and lexicon
tables in memory instead of loading them itself.

Nothing is printed here: a worker that finds the pipeline unusable loads it again and reports why
with its batch. The CPU seconds the fork server took to start and load the pipeline are recorded
(:func:`kg.engine.record_rates`): what starting workers costs on this machine.
"""
import logging
import time

_log = logging.getLogger("kg")
_quiet = logging.NullHandler()
_saved = (_log.handlers[:], _log.propagate)
_log.handlers[:] = [_quiet]
_log.propagate = False
try:
    from .nlp import load_nlp

    load_nlp()
    from .lexicon import lexicon

    lexicon().compile_patterns()  # compiled once here, not in every worker (they compile when first used)
    from .engine import record_rates

    record_rates(pool_start=time.process_time())
except Exception:  # noqa: BLE001 - the worker loads it again and reports the error
    load_nlp.cache_clear()
finally:
    _log.handlers[:], _log.propagate = _saved
