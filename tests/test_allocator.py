"""kg.resources.hold_freed_memory: glibc's malloc told to keep freed memory, once a process, unless told otherwise."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg import resources


class _FakeLibc:
    def __init__(self, answer: int = 1) -> None:
        self.calls: list[tuple[int, int]] = []
        self.answer = answer

    def mallopt(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return self.answer


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(resources, "_held", None)
    for k in (*resources._MALLOC_SETTINGS, "GLIBC_TUNABLES", "KG_MALLOC"):
        monkeypatch.delenv(k, raising=False)
    libc = _FakeLibc()
    monkeypatch.setattr(resources, "_libc", lambda: libc)
    monkeypatch.setattr(resources, "_glibc", lambda: True)
    return libc


def test_sets_both_thresholds_once_a_process(fresh):
    assert resources.hold_freed_memory() is True
    assert fresh.calls == [(resources._M_MMAP_THRESHOLD, resources._MMAP_FROM_BYTES),
                           (resources._M_TRIM_THRESHOLD, resources.HELD_FREED_BYTES)]
    assert resources.hold_freed_memory() is True and len(fresh.calls) == 2


@pytest.mark.parametrize("name, value", [("MALLOC_TRIM_THRESHOLD_", "4096"), ("MALLOC_MMAP_THRESHOLD_", "0"),
                                         ("MALLOC_TOP_PAD_", "1"), ("GLIBC_TUNABLES", "glibc.malloc.trim_threshold=9"),
                                         ("KG_MALLOC", "Default")])
def test_leaves_the_allocator_to_the_environment(fresh, monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    assert resources.hold_freed_memory() is False and fresh.calls == []


def test_nothing_on_another_c_library_or_a_refusal(fresh, monkeypatch):
    monkeypatch.setattr(resources, "_glibc", lambda: False)
    assert resources.hold_freed_memory() is False and fresh.calls == []
    monkeypatch.setattr(resources, "_held", None)
    monkeypatch.setattr(resources, "_glibc", lambda: True)
    fresh.answer = 0  # mallopt refuses the value
    assert resources.hold_freed_memory() is False


@pytest.mark.skipif(not sys.platform.startswith("linux") or not resources._glibc(), reason="glibc only")
def test_a_real_process_sets_it_and_loading_the_pipeline_does():
    code = ("from kg import resources; from kg.nlp import load_nlp; "
            "assert resources._held is None; load_nlp(False); print(resources._held)")
    env = {k: v for k, v in os.environ.items() if k not in (*resources._MALLOC_SETTINGS, "KG_MALLOC")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
