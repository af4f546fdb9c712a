"""No quadratic step inside a window: the work of extraction grows with the mentions, not their square.

Work is counted, not timed: every line of kg's own code that runs is one step (each comparison of
an overlap or containment test is one), traced with sys.settrace. A window with four times the
mentions of another must cost at most four times the steps, and a little more for the fixed cost of
the pipeline; before the sorted sweeps (kg/spans.py) the dense window below cost 11 times as much.
"""
import sys
from collections import Counter
from pathlib import Path

import pytest

import kg
from kg.extraction import WINDOW, extract
from kg.ingest import decode_bytes

KG_DIR = str(Path(kg.__file__).resolve().parent)

#: the pieces of a dense window: places chained, bodies doing a programme, bodies in a town, a pronoun
PIECES = ["开平市{town}", "{town}人民政府推进“百千万工程”", "开平市{town}农业农村办", "该镇落实“四好农村路”"]
TOWNS = ["水口镇", "月山镇", "沙塘镇", "大沙镇", "马冈镇", "塘口镇", "金鸡镇", "赤水镇"]


def window(n: int) -> str:
    """One sentence of ``n`` pieces joined by 、: every mention in one window and one sentence."""
    return "、".join(PIECES[i % len(PIECES)].format(town=TOWNS[i % len(TOWNS)]) for i in range(n)) + "。"


def steps(text: str) -> tuple[Counter, int]:
    """Lines of kg's code run to extract ``text`` (by function), and the mentions found."""
    count: Counter = Counter()

    def tracer(frame, event, arg):
        code = frame.f_code
        if not code.co_filename.startswith(KG_DIR):
            return None
        if event == "line":
            count[f"{Path(code.co_filename).name}:{code.co_name}"] += 1
        return tracer

    document = decode_bytes("w.txt", "w.txt", text.encode("utf-8"))
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        r = extract(document)
    finally:
        sys.settrace(previous)
    return count, len(r.mentions)


@pytest.fixture(scope="module")
def measured():
    extract(decode_bytes("warm.txt", "warm.txt", window(8).encode("utf-8")))  # models and tables loaded once
    small, large = window(100), window(400)
    assert len(large) < WINDOW  # one window each
    return steps(small), steps(large)


def test_four_times_the_mentions_cost_at_most_four_times_the_work(measured):
    (small, m_small), (large, m_large) = measured
    assert m_small >= 200 and 3.9 <= m_large / m_small <= 4.1
    total_small, total_large = sum(small.values()), sum(large.values())
    assert total_large / total_small <= 1.05 * m_large / m_small, (total_large / total_small, _worst(small, large))


@pytest.mark.parametrize("function", ["places.py:_select", "places.py:_unlisted_local", "relations.py:_implements",
                                      "relations.py:_part_of", "extraction.py:_extract", "extraction.py:_enumerations"])
def test_no_step_grows_with_the_square(measured, function):
    """The overlap and containment tests that used to compare every mention with every other."""
    (small, m_small), (large, m_large) = measured
    assert small[function] > 0
    assert large[function] / small[function] <= 1.05 * m_large / m_small, (function, small[function], large[function])


def test_cooccurrence_is_linear(measured):
    """Co-occurrence of a dense sentence: pairs of one sentence's names, never of every mention."""
    from kg.graph import build_graph

    def cost(n: int) -> int:
        r = extract(decode_bytes("w.txt", "w.txt", window(n).encode("utf-8")))
        count = 0

        def tracer(frame, event, arg):
            nonlocal count
            if frame.f_code.co_filename.endswith("graph.py"):
                if event == "line":
                    count += 1
                return tracer
            return None

        sys.settrace(tracer)
        try:
            build_graph([r])
        finally:
            sys.settrace(None)
        return count

    assert cost(400) <= 4.3 * cost(100)


def _worst(small: Counter, large: Counter) -> list:
    return sorted(((large[k] / max(small[k], 1), k) for k in large), reverse=True)[:5]
