"""One build at a time in an output folder and in a cache folder.

A build holds an advisory lock on ``.kg.lock`` in each folder it writes (the output folder,
and the cache folder when it lies elsewhere) from start to end. The lock is the operating
system's (``flock`` on POSIX, ``LockFileEx`` on Windows, through :mod:`filelock`), so it
belongs to the open file, not to the file's existence: when a build ends in any way, a
``kill -9`` included, the kernel releases it, and the ``.kg.lock`` file left behind locks
nothing. A second build into the same folder stops with :class:`BusyError` at once, or waits
for the first to end when asked to.

>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> with locked([folder]):  # doctest: +ELLIPSIS
...     with locked([folder], wait=0):
...         pass
Traceback (most recent call last):
kg.errors.BusyError: ...: another kg build is using this folder; wait for it to end (or pass --wait), or choose another folder
"""
from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from .errors import BusyError, ExportError

__all__ = ["LOCK_FILE", "locked"]

log = logging.getLogger(__name__)

#: The lock file in each locked folder.
LOCK_FILE = ".kg.lock"


@contextlib.contextmanager
def locked(folders: Iterable[str | Path], wait: float | None = 0) -> Iterator[list[Path]]:
    """Hold the lock of every folder (each created when missing) while the block runs.

    ``wait`` is how long to wait for another build's lock: 0 (the default) not at all, None
    for as long as it takes. :class:`BusyError` when a folder stays locked, :class:`ExportError`
    when a folder cannot be created or locked. Folders are locked in sorted order, so two
    builds that lock the same folders cannot each wait for the other.
    """
    from filelock import FileLock, Timeout

    paths = sorted({Path(os.path.abspath(f)) for f in folders})
    with contextlib.ExitStack() as stack:
        for folder in paths:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                lock = FileLock(folder / LOCK_FILE)
                try:
                    lock.acquire(timeout=0)
                except Timeout:
                    if wait == 0:
                        raise BusyError(f"{folder}: another kg build is using this folder; wait for it to end "
                                        "(or pass --wait), or choose another folder") from None
                    log.warning("%s: another kg build is using this folder; waiting for it to end", folder)
                    lock.acquire(timeout=-1 if wait is None else wait)
            except Timeout:
                raise BusyError(f"{folder}: another kg build still used this folder after {wait:g} s") from None
            except OSError as exc:
                raise ExportError(f"{folder}: cannot use this folder ({exc.strerror or exc})") from None
            stack.callback(lock.release)
        yield paths
