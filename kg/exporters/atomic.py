"""Atomic file writes: a temporary file in the target folder, fsync, then rename.

Inside :func:`staged`, the renames wait: every file written in the block stays a temporary
file until the block ends, and then all of them are renamed into place, so a write that fails
(a full disk) leaves every target as it was, not some replaced and some not.
:class:`ForkedWrite` writes one file in a forked process while this one goes on.
"""
from __future__ import annotations

import contextlib
import contextvars
import gc
import os
import shutil
import signal
import tempfile
import sys
import threading
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from ..errors import ExportError

__all__ = ["atomic_write", "atomic_open", "staged", "Staged", "ForkedWrite", "can_fork"]


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of it."""
    with atomic_open(Path(path)) as f:
        f.write(data)
    return Path(path)


class Staged:
    """The files written inside :func:`staged`: (temporary file, target) in the order written."""

    def __init__(self) -> None:
        self.files: list[tuple[Path, Path]] = []

    def temporary(self, path: Path) -> Path | None:
        """The temporary file that will become ``path`` (the last one written), if any."""
        return next((tmp for tmp, target in reversed(self.files) if target == Path(path)), None)

    def _discard(self) -> None:
        for tmp, _ in self.files:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self.files.clear()

    def _commit(self) -> None:
        for tmp, target in self.files:  # a rename that must fail fails before any is made
            if target.is_dir() and not target.is_symlink():
                self._discard()
                raise ExportError(f"{target}: cannot write (it is a folder); no export was replaced")
        done = 0
        try:
            with _no_interrupt():
                for tmp, target in self.files:
                    os.replace(tmp, target)
                    done += 1
        except OSError as exc:
            target = self.files[done][1]
            del self.files[:done]
            self._discard()
            raise ExportError(f"{target}: cannot write ({exc.strerror or exc}); {done} file(s) were replaced "
                              "before it") from None
        self.files.clear()


@contextlib.contextmanager
def _no_interrupt() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) back while the block runs, so that the renames of a commit are all
    made; the interrupt is delivered right after it."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set signal handlers (and only it gets KeyboardInterrupt)
        return
    held: list[int] = []
    old = signal.signal(signal.SIGINT, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old if old is not None else signal.SIG_DFL)  # None: set outside Python
        if held:
            signal.raise_signal(signal.SIGINT)


_STAGED: contextvars.ContextVar[Staged | None] = contextvars.ContextVar("kg_staged", default=None)


@contextlib.contextmanager
def staged() -> Iterator[Staged]:
    """Atomic writes inside the block are renamed into place together when it ends without an
    error; when it raises, their temporary files are removed and no target is replaced."""
    stage = Staged()
    token = _STAGED.set(stage)
    try:
        yield stage
    except BaseException:
        stage._discard()
        raise
    finally:
        _STAGED.reset(token)
    stage._commit()


@contextlib.contextmanager
def atomic_open(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream an export into: renamed onto ``path`` only when the block ends
    without an error (or, inside :func:`staged`, when that block ends); otherwise removed, and
    ``path`` keeps its old content."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
    stage = _STAGED.get()
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if stage is None:
            os.replace(tmp, path)
        else:
            stage.files.append((Path(tmp), path))
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def can_fork() -> bool:
    """Whether this process may fork to write exports: on Linux (macOS's system libraries are not
    safe to use in a forked child), and from Python 3.12 (which warns of it) only with no other thread
    running, its own or a library's (numpy's BLAS starts some)."""
    return (hasattr(os, "fork") and sys.platform.startswith("linux")
            and (sys.version_info < (3, 12) or threading.active_count() == 1 and _threads() == 1))


def _threads() -> int:
    """The threads of this process as the system counts them (1 where it cannot tell)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 1


class ForkedWrite:
    """One file written by a forked process while this one goes on with other work.

    Made, it forks a process that calls ``write(file)`` for a file of the same name in a folder of its
    own next to ``path`` (an atomic write there) and leaves. :meth:`finish` waits for it and moves the
    file to a temporary name beside ``path``, renamed onto ``path`` as :func:`atomic_open` would have
    done it: at once, or with the other files of a :func:`staged` block. Where processes cannot be
    forked or the child failed, :meth:`finish` calls ``write(path)`` in this process (so an error is
    raised here, as it would be without a fork). Use it in a ``with`` block, so that a process still
    running and its folder go when the block ends. ``nice`` > 0 lowers the child's priority by that
    much: a write the parent will wait for last leaves the cores to those it waits for first.
    """

    def __init__(self, write: Callable[[Path], object], path: str | Path, *, fork: bool = True,
                 nice: int = 0) -> None:
        self.write, self.path = write, Path(path)
        self._pid: int | None = None
        self._folder: Path | None = None
        if fork and can_fork():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._folder = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.fork.", dir=self.path.parent))
            except OSError:
                return  # finish() writes it here and reports the error
            pid = os.fork()
            if pid == 0:  # the child: write, then leave without running the parent's exit handlers
                code = 1
                try:
                    gc.freeze()  # the parent's objects are never collected here: their pages stay shared
                    _STAGED.set(None)  # the file is renamed into place by the parent
                    if nice > 0:  # yield the cores to work the parent waits for first
                        try:
                            os.nice(nice)
                        except OSError:
                            pass
                    write(self._folder / self.path.name)
                    code = 0
                finally:
                    os._exit(code)
            self._pid = pid

    def __enter__(self) -> "ForkedWrite":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def finish(self) -> Path:
        """Wait for the child and put its file in place (or write it here); the path."""
        done = None
        if self._pid is not None:
            _, status = os.waitpid(self._pid, 0)
            self._pid = None
            file = self._folder / self.path.name
            if os.waitstatus_to_exitcode(status) == 0 and file.is_file():
                done = file
        if done is None:
            self.close()
            self.write(self.path)
            return self.path
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            os.close(fd)
            os.replace(done, tmp)
        except OSError as exc:
            self.close()
            raise ExportError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        self.close()
        stage = _STAGED.get()
        if stage is None:
            try:
                os.replace(tmp, self.path)
            except OSError as exc:
                os.unlink(tmp)
                raise ExportError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        else:
            stage.files.append((Path(tmp), self.path))
        return self.path

    def close(self) -> None:
        """Stop the child if it still runs and remove its folder."""
        if self._pid is not None:
            try:
                os.kill(self._pid, signal.SIGTERM)
                os.waitpid(self._pid, 0)
            except OSError:
                pass
            self._pid = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
