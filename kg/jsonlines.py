"""Reading the JSON-lines files kg takes as input: lexicons, alias files, gold files, CLUENER data."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import InputError, KGError

__all__ = ["iter_jsonl", "read_text", "parse_jsonl_rows"]


def iter_jsonl(path: str | Path, what: str, hint: str, error: type[KGError] = InputError) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON-lines file.

    Blank lines and ``//`` comments are skipped; anything else that is not a JSON object raises
    ``error`` naming ``file:line`` and what a line should be (``hint``).
    """
    path = Path(path)
    yield from parse_jsonl_rows(str(path), read_text(path, what, error), hint, error)


def read_text(path: Path, what: str, error: type[KGError] = InputError, kind: str = "file") -> str:
    """The text of a UTF-8 input file; ``what`` it is (lexicon, alias ...) and the ``kind`` of path it should be
    name it in the ``error`` raised where it is missing or cannot be read or decoded."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: no such {what} {kind}") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8; save the {what} file as UTF-8") from None
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} file ({exc.strerror or exc})") from None


def parse_jsonl_rows(name: str, text: str, hint: str, error: type[KGError] = InputError) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON-lines text; ``name`` is the file named in errors, as for
    :func:`iter_jsonl`."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{name}:{n}: invalid JSON ({exc.msg}); {hint}") from None
        if not isinstance(row, dict):
            raise error(f"{name}:{n}: not an object; {hint}")
        yield n, row
