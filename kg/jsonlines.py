"""Reading the JSON-lines files kg takes as input: lexicons, alias files, gold files, CLUENER data."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import InputError, KGError

__all__ = ["iter_jsonl"]


def iter_jsonl(path: str | Path, what: str, hint: str, error: type[KGError] = InputError) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each line of a JSON-lines file.

    Blank lines and ``//`` comments are skipped; anything else that is not a JSON object raises
    ``error`` naming ``file:line`` and what a line should be (``hint``).
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise error(f"{path}: no such {what} file") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8; save the {what} file as UTF-8") from None
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} file ({exc.strerror or exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{path}:{n}: invalid JSON ({exc.msg}); {hint}") from None
        if not isinstance(row, dict):
            raise error(f"{path}:{n}: not an object; {hint}")
        yield n, row
