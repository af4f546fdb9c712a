"""Exceptions raised by kg; the CLI turns each into a one-line error."""

__all__ = ["KGError", "InputError", "LexiconError", "ModelError", "ExportError", "QueryError", "BusyError"]


class KGError(Exception):
    """Base class of every error kg reports to its users."""


class InputError(KGError):
    """An input file or folder cannot be read or decoded."""


class LexiconError(KGError):
    """A lexicon file is malformed."""


class ModelError(KGError):
    """A trained model is missing or cannot be loaded."""


class ExportError(KGError):
    """An export cannot be written."""


class QueryError(KGError):
    """A SPARQL query is not valid or cannot run."""


class BusyError(KGError):
    """Another build is using the output or cache folder."""
