"""One build at a time in an output folder and in a cache folder.

A build holds an advisory lock on ``.kg.lock`` in each folder it writes (the output folder,
and the cache folder when it lies elsewhere) from start to end. The lock is the operating
system's (``flock`` on POSIX, called directly; ``LockFileEx`` on Windows, and on a file system
without ``flock``, through :mod:`filelock`), so it
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
import errno
import logging
import os
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import BusyError, ExportError

try:
    import fcntl
except ImportError:  # Windows: filelock's LockFileEx
    fcntl = None  # type: ignore[assignment]

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
    paths = sorted({Path(os.path.abspath(f)) for f in folders})
    with contextlib.ExitStack() as stack:
        for folder in paths:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                release = _lock(folder / LOCK_FILE, 0)
                if release is None:
                    if wait == 0:
                        raise BusyError(f"{folder}: another kg build is using this folder; wait for it to end "
                                        "(or pass --wait), or choose another folder") from None
                    log.warning("%s: another kg build is using this folder; waiting for it to end", folder)
                    release = _lock(folder / LOCK_FILE, -1 if wait is None else wait)
                    if release is None:
                        raise BusyError(f"{folder}: another kg build still used this folder after {wait:g} s")
            except OSError as exc:
                raise ExportError(f"{folder}: cannot use this folder ({exc.strerror or exc})") from None
            stack.callback(release)
        yield paths


#: how often a build that waits for another's lock tries again (filelock's interval)
POLL_SECONDS = 0.05


def _lock(path: Path, timeout: float) -> Callable[[], None] | None:
    """Lock ``path`` (created when missing), waiting up to ``timeout`` seconds (-1: as long as it takes);
    the function that releases it, or None when another process holds it still.

    On POSIX the lock is ``flock`` called here, as filelock calls it (importing filelock costs a
    one-line build a hundredth of a CPU second); where ``flock`` is missing (Windows) or the file
    system does not support it, filelock's lock."""
    if fcntl is not None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = None if timeout < 0 else time.monotonic() + timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return lambda: os.close(fd)  # closing the file releases its lock
                except BlockingIOError:
                    if deadline is not None and time.monotonic() >= deadline:
                        os.close(fd)
                        return None
                    time.sleep(POLL_SECONDS)
        except OSError as exc:
            os.close(fd)
            if exc.errno not in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOLCK):
                raise
        except BaseException:  # interrupted while waiting
            os.close(fd)
            raise
        # a file system without flock: filelock's own fallbacks
    from filelock import FileLock, Timeout

    lock = FileLock(path)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        return None
    return lock.release
