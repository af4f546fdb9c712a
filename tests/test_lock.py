"""kg.lock's own flock: one holder at a time, waiting, release, and filelock where flock is missing."""
import errno
import time

import pytest

from kg import lock
from kg.errors import BusyError


def test_one_holder_at_a_time_and_released_on_release(tmp_path):
    path = tmp_path / ".kg.lock"
    release = lock._lock(path, 0)
    assert release is not None and path.exists()
    assert lock._lock(path, 0) is None  # another open file of this process counts as another holder
    t0 = time.monotonic()
    assert lock._lock(path, 0.2) is None
    assert time.monotonic() - t0 >= 0.2
    release()
    again = lock._lock(path, 0)
    assert again is not None
    again()


def test_a_waiting_build_gets_the_folder_once_the_first_lets_go(tmp_path):
    import threading

    with lock.locked([tmp_path]):
        with pytest.raises(BusyError):
            with lock.locked([tmp_path], wait=0):
                pass
        got = []
        waiter = threading.Thread(target=lambda: got.append(lock._lock(tmp_path / lock.LOCK_FILE, 5)))
        waiter.start()
        time.sleep(0.2)
        assert not got  # still waiting
    waiter.join(5)
    assert got and got[0] is not None
    got[0]()


@pytest.mark.skipif(lock.fcntl is None, reason="no flock here")
def test_a_file_system_without_flock_is_left_to_filelock(tmp_path, monkeypatch):
    import filelock

    def no_flock(fd, op):
        raise OSError(errno.ENOSYS, "Function not implemented")

    asked = []

    class Recording:
        def __init__(self, path):
            asked.append(str(path))

        def acquire(self, timeout):
            asked.append(timeout)

        def release(self):
            asked.append("released")

    monkeypatch.setattr(lock.fcntl, "flock", no_flock)
    monkeypatch.setattr(filelock, "FileLock", Recording)
    with lock.locked([tmp_path], wait=3):
        assert asked == [str(tmp_path / lock.LOCK_FILE), 0]
    assert asked[-1] == "released"


def test_other_errors_are_not_hidden(tmp_path, monkeypatch):
    def broken(fd, op):
        raise OSError(errno.EBADF, "Bad file descriptor")

    if lock.fcntl is None:
        pytest.skip("no flock here")
    monkeypatch.setattr(lock.fcntl, "flock", broken)
    with pytest.raises(Exception) as info:
        with lock.locked([tmp_path]):
            pass
    assert "Bad file descriptor" in str(info.value)
