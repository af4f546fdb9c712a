"""A known scheme's name right before a word of time (期间, 时期) names a period, not the scheme at work
(脱贫攻坚期间，某村修通了…): no programme there. The scheme named with a verb of its own before the word
(某某工程实施期间) or elsewhere in the text stays one.

Texts written for these tests in our own words."""
import pytest

from kg.ner.api import ner_texts
from kg.nlp import load_nlp


def programmes(text: str) -> list[str]:
    (result,) = ner_texts([text], load_nlp())
    return [m["text"] for m in result["mentions"] if m["type"] == "Programme"]


@pytest.mark.parametrize("text", [
    "脱贫攻坚期间，石门村修通了通组公路。",
    "在脱贫攻坚时期，他被派到山里的村子。",
])
def test_a_period_named_after_a_scheme(text):
    assert programmes(text) == []


@pytest.mark.parametrize("text,name", [
    ("百千万工程实施期间，各镇新建了一批文化广场。", "百千万工程"),
    ("县里全力推进河长制，各村成立了巡河队。", "河长制"),
])
def test_a_scheme_at_work_stays(text, name):
    assert name in programmes(text)
