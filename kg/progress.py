"""How far a build is and when it will be done, measured in input bytes rather than files.

A build tells a :class:`Meter` how many inputs it has and their size, then each input as it is
done, with its size and whether it came from the cache. The estimate of the time left uses only
the rate of extraction after the first extracted document: the seconds before it go to starting
up (importing spaCy, loading the models, starting workers), and inputs from the cache cost
nearly nothing, so neither says how fast the rest will go. (Counting files from the start, as a
plain progress bar does, estimated 76 minutes for a 2-minute build.)

>>> clock = iter([30.0, 31.0]).__next__
>>> m = Meter(clock=clock)
>>> m.start(4, 4000)
>>> m.advance(1000)          # at 30 s: start-up, then one document
>>> m.eta() is None           # one point gives no rate yet
True
>>> m.advance(1000)          # at 31 s: 1000 bytes a second
>>> m.eta(now=31.0)
2.0
>>> m.line(now=31.0)
'extracting: 2/4 documents, 2.0 of 4.0 kB (50 %), about 2 s left'
>>> m.stage("writing graph.ttl")  # extraction is over
>>> m.line()
'writing graph.ttl'
"""
from __future__ import annotations

import threading
import time
from typing import Callable

__all__ = ["Meter", "Ticker", "LOG_INTERVAL"]

#: Seconds between two progress lines when standard error is not a terminal.
LOG_INTERVAL = 5.0


class Meter:
    """Inputs and bytes done out of those a build has, and an estimate of the time left."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.documents = self.size = 0  # what the build has
        self.done = self.done_bytes = 0
        self._first: tuple[float, int] | None = None  # (time, bytes extracted) at the first extracted input
        self._extracted = 0  # bytes extracted (not from the cache)
        self._last = 0.0  # when the last extracted input was done
        self._stage = ""  # what the build does once every input is done
        self._lock = threading.Lock()

    def start(self, documents: int, size: int) -> None:
        """The build has ``documents`` inputs of ``size`` bytes in all (0: unknown, as for stdin)."""
        with self._lock:
            self.documents, self.size = documents, size

    def advance(self, size: int, cached: bool = False) -> None:
        """One input of ``size`` bytes is done (read from the cache, or extracted)."""
        now = self.clock()
        with self._lock:
            self.done += 1
            self.done_bytes += size
            if not cached:
                self._extracted += size
                self._last = now
                if self._first is None:
                    self._first = (now, self._extracted)

    def stage(self, what: str) -> None:
        """What the build does now that extraction is over: ``merging the graph``, ``writing graph.ttl``."""
        with self._lock:
            self._stage = what

    def eta(self, now: float | None = None) -> float | None:
        """Seconds left at the rate of extraction since the first extracted input, or None while
        there is no rate to go by."""
        with self._lock:
            if self._first is None or self.size <= 0:
                return None
            t0, b0 = self._first
            spent, extracted = self._last - t0, self._extracted - b0
            if spent <= 0 or extracted <= 0:
                return None
            left = max(self.size - self.done_bytes, 0) / (extracted / spent)
            since = (self.clock() if now is None else now) - self._last
            return max(left - since, 0.0)

    def line(self, now: float | None = None) -> str:
        """``extracting: 37/165 documents, 1.2 of 5.4 MB (22 %), about 1 min 20 s left``."""
        with self._lock:
            done, documents, done_bytes, size, stage = self.done, self.documents, self.done_bytes, self.size, self._stage
        if stage:
            return stage
        parts = [f"extracting: {done}/{documents} document{'' if documents == 1 else 's'}"]
        if size > 0:
            parts.append(f"{_bytes(done_bytes, size)} ({100 * done_bytes // size} %)")
        eta = self.eta(now)
        if done < documents:
            parts.append(f"about {_duration(eta)} left" if eta is not None else "estimating the time left")
        return ", ".join(parts)


def _bytes(done: int, total: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if total >= scale:
            return f"{done / scale:.1f} of {total / scale:.1f} {unit}"
    return f"{done} of {total} bytes"


def _duration(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s" if s < 600 else f"{round(s / 60)} min"
    return f"{s // 3600} h {s % 3600 // 60} min"


class Ticker:
    """Shows a meter's line: redrawn in place on a terminal (and once more at the end), else one
    line every :data:`LOG_INTERVAL` seconds (a log, a CI job: something to read, and a sign of
    life during a long document; a build shorter than that prints none)."""

    def __init__(self, meter: Meter, write: Callable[[str], None], *, tty: bool) -> None:
        self.meter, self.write, self.tty = meter, write, tty
        self.interval = 0.5 if tty else LOG_INTERVAL
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kg-progress", daemon=True)
        self._width = 0

    def __enter__(self) -> "Ticker":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        if self.tty and self.meter.documents:
            self._show(final=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            if self.meter.documents:
                self._show()

    def _show(self, final: bool = False) -> None:
        line = self.meter.line()
        if self.tty:
            pad = " " * max(self._width - len(line), 0)
            self._width = len(line)
            self.write("\r" + line + pad + ("\n" if final else ""))
        else:
            self.write(line + "\n")
