"""Helpers that find what a pattern finds without trying it at every character: the same answers."""
import random
import re

from kg.ner.people import names_before_brackets

_NAME_BRACKET = re.compile(r"([\u4e00-\u9fff]{2,4})[（(]")


def test_names_before_brackets_are_the_patterns_matches():
    rng = random.Random(7)
    alphabet = "王小明国杰县长（(）)a 1，、\n" + "\u4e00\u9fff\u9fa5\u3400"  # \u3400 lies outside the range
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        want = [(m.start(1), m.end(1)) for m in _NAME_BRACKET.finditer(text)]
        assert list(names_before_brackets(text)) == want, text


def test_names_before_brackets_on_made_up_text():
    # the last four characters of a longer run; none before a bracket after a mark or a single character
    text = "会上，副镇长李文华（挂职）介绍了情况（详见附件）。(王五)，甲(乙"
    assert [text[s:b] for s, b in names_before_brackets(text)] == ["长李文华", "绍了情况"]
