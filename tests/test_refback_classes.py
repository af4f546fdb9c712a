"""A scheme named once, then referred back to by its kind or its work, with its doers in the sentences after it.

- The creation of a designation referred to as 创建工作 or 创建任务 (KindReference): the bodies or places that open a
  clause right before a verb on it (甲镇、乙镇承担了创建任务; 县委、县政府把创建工作纳入…; 县某办牵头负责创建工作)
  carry out the article's one designation named before. Where the article names two designations, or none, the
  reference stands for nothing and links nothing.

Texts written for these tests in our own words, with places and schemes other than those of the sets that revealed
the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

CASES = {
    "towns that 承担了创建任务 and a county's committee and government that 把创建工作纳入…":
        ("黟县创建全国义务教育优质均衡发展县工作启动。2024年以来，黟县县委、县政府把创建工作纳入年度重点工作，"
         "县教育局会同县财政局制定实施方案。碧阳镇、宏村镇承担了创建任务，新建学校3所。",
         "全国义务教育优质均衡发展县", {"中共黟县委员会", "黟县人民政府", "碧阳镇", "宏村镇"}, set()),
    "a body that 牵头负责创建工作 and towns that 分别承担了创建任务":
        ("2025年，武宁县开始创建国家卫生县城。县爱卫办牵头负责创建工作，宋溪镇、船滩镇分别承担了创建任务。",
         "国家卫生县城", {"武宁县爱国卫生运动委员会办公室", "宋溪镇", "船滩镇"}, set()),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", CASES.values(), ids=CASES.keys())
def test_doers_of_a_reference_by_kind(text, prog, doers, not_doers):
    forms, facts = build(text)
    name = forms.get(prog, prog)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert doers <= got, (sorted(got), sorted(forms))
    assert not (not_doers & got), sorted(got)


LOOK_ALIKES = {
    "two designations named before 创建任务":
        ("2025年，武宁县申报全国义务教育优质均衡发展县，同时创建国家卫生县城。宋溪镇、船滩镇承担了创建任务。",
         {"宋溪镇", "船滩镇"}),
    "no designation named before 创建任务":
        ("武宁县今年新建学校5所，改造校舍3万平方米。宋溪镇、船滩镇承担了创建任务。", {"宋溪镇", "船滩镇"}),
}


@pytest.mark.parametrize("text,not_doers", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_reference_by_kind_to_none_or_two_links_nothing(text, not_doers):
    _, facts = build(text)
    got = {s for s, p, o in facts if p == "implements"}
    assert not (not_doers & got), sorted(facts)
