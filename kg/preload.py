"""Imported by the fork server of a build's worker processes (:mod:`kg.engine`): the pipeline is
loaded there once, and every worker forked from it starts with the models, gazetteer and lexicon
tables in memory instead of loading them itself.

spaCy's command line is not imported here (:mod:`kg.deferred`), nor networkx: neither is any use to
extraction, and every build with workers waits for this process's start with one core idle.

Nothing is printed here: a worker that finds the pipeline unusable loads it again and reports why
with its batch. The CPU seconds the fork server took to start and load the pipeline are recorded
(:func:`kg.engine.record_rates`): what starting workers costs on this machine.
"""
import logging
import sys
import time

from .deferred import attach_spacy_cli, defer_spacy_cli

defer_spacy_cli()  # before anything imports spaCy

_log = logging.getLogger("kg")
_quiet = logging.NullHandler()
_saved = (_log.handlers[:], _log.propagate)
_log.handlers[:] = [_quiet]
_log.propagate = False
try:
    from . import extraction  # noqa: F401 - what a worker runs
    from .nlp import load_nlp

    attach_spacy_cli()

    load_nlp()
    from .lexicon import lexicon

    lexicon().compile_patterns()  # compiled once here, not in every worker (they compile when first used)
    from .engine import record_rates

    record_rates(pool_start=time.process_time())
except Exception:  # noqa: BLE001 - the worker loads it again and reports the error
    if "kg.nlp" in sys.modules:
        sys.modules["kg.nlp"].load_nlp.cache_clear()
finally:
    _log.handlers[:], _log.propagate = _saved
