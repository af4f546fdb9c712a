"""spaCy's command line, imported only when something uses it: for the workers' fork server.

``import spacy`` imports ``spacy.cli`` (its ``info`` command), and with it typer, click, rich, weasel
and the schemas of its project files: some 0.14 CPU s of the fork server's start, which every build with
workers waits for while the other core has nothing to do. Extraction never uses the command line.
:func:`defer_spacy_cli`, called before spaCy is imported, puts stand-ins for ``spacy.cli`` and
``spacy.cli.info`` in ``sys.modules``; the first use of either (an attribute other than ``info``, or
``info`` called) drops them and imports the real modules, so code that does use the command line still
gets it, only later. Only a process of kg's own that extracts calls it (:mod:`kg.preload`).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types

__all__ = ["defer_spacy_cli", "attach_spacy_cli", "Deferred"]

_NAMES = ("spacy.cli", "spacy.cli.info")


class Deferred(types.ModuleType):
    """A stand-in for a module not imported yet: any attribute it lacks imports the real one."""

    def __getattr__(self, name: str):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _real(name: str) -> types.ModuleType:
    """The real module ``name``, the stand-ins dropped first."""
    for n in _NAMES:
        if isinstance(sys.modules.get(n), Deferred):
            del sys.modules[n]
    return importlib.import_module(name)


def _info(*args, **kwargs):
    """``spacy.cli.info``: imports the command line, then runs it."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def defer_spacy_cli() -> bool:
    """Put the stand-ins in place, when spaCy is installed and not imported yet; whether it did."""
    if "spacy" in sys.modules or any(n in sys.modules for n in _NAMES):
        return False
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return False
    cli = Deferred("spacy.cli")
    cli.__path__ = [os.path.join(p, "cli") for p in spec.submodule_search_locations]  # its submodules import as usual
    info = Deferred("spacy.cli.info")
    info.info = cli.info = _info  # as in spaCy, where spacy.cli.info is the command, not its module
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    return True


def attach_spacy_cli() -> None:
    """Once spaCy is imported: ``spacy.cli`` names the stand-in, as it would name the real module (an
    import found in ``sys.modules`` does not set its parent's attribute)."""
    spacy = sys.modules.get("spacy")
    cli = sys.modules.get("spacy.cli")
    if spacy is not None and isinstance(cli, Deferred) and not hasattr(spacy, "cli"):
        spacy.cli = cli
