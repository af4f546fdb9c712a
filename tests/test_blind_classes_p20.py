"""Schemes and their doers in the habits of real news (the twentieth programme set's classes).

- A lead of compliance (按照, 根据, 依据) opens an unquoted plan's name when the name ends in the head of a plan of
  several years or of a programme of works and a clause mark follows (按照某市某某三年行动计划，…); 按照…要求 names none.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

COMPLIED = {
    "a city's three-year plan after 按照":
        ("按照咸阳市果业振兴三年行动计划，乾县今年新建矮化密植果园2万亩。", "咸阳市果业振兴三年行动计划"),
    "a city's campaign plan after 根据":
        ("根据汉中市学前教育扩容提质三年攻坚计划，城固县今年新建公办幼儿园6所。", "汉中市学前教育扩容提质三年攻坚计划"),
    "a programme of works after 依据":
        ("依据安康市富硒茶园提升工程，紫阳县今年改造低产茶园3万亩。", "安康市富硒茶园提升工程"),
}


@pytest.mark.parametrize("text,prog", COMPLIED.values(), ids=COMPLIED.keys())
def test_an_unquoted_plan_after_a_lead_of_compliance(text, prog):
    forms, _ = build(text)
    assert prog in forms, sorted(forms)


NOT_COMPLIED = {
    "按照 before a requirement":
        "按照上级部署要求，乾县今年新建矮化密植果园2万亩。",
    "按照 before a plan named only by its kind":
        "根据市里的三年行动计划，乾县今年新建矮化密植果园2万亩。",
}


@pytest.mark.parametrize("text", NOT_COMPLIED.values(), ids=NOT_COMPLIED.keys())
def test_no_plan_after_a_lead_of_compliance(text):
    forms, _ = build(text)
    assert not any(f.endswith(("计划", "要求")) for f in forms), sorted(forms)
