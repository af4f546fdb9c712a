"""Atomic file writes: a temporary file in the target folder, fsync, then rename.

Inside :func:`staged`, the renames wait: every file written in the block stays a temporary
file until the block ends, and then all of them are renamed into place, so a write that fails
(a full disk) leaves every target as it was, not some replaced and some not.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import ExportError

__all__ = ["atomic_write", "atomic_open", "staged", "Staged"]


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
