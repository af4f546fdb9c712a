"""Classes the thirtieth programme set (city and county news about works projects, pilots and fund schemes, rewritten
from real news) showed.

- A project named by its year and a chain of places before a known scheme and a project's head, the year first or
  between the county and the town (2024年某县某乡高标准农田建设项目, 某县2024年某镇高标准农田建设项目), is that whole name,
  not the name from its last place or from the year on; the county carries it out, and so does the town (a county's
  project in one of its towns); a single place's project keeps its one owner.
- A list headed by the member kind alone with a count (示范县(8个)：甲市，乙县…: DesignationHead, then brackets and a colon)
  lists members of the scheme named last before it, which is no designation of its own (某省“百镇千村”工程 with its
  model counties); a heading of another kind of line (工作要求：…) lists none.
- The member kind alone before 中 and the list's first group (示范乡中，甲市有：某县某镇，…；乙市有：…: ListKindHeading,
  ListKindIn in relation_cues.jsonl) opens the same kind of list, group by group; the city before a group's 有 is no
  member.

Texts written for these tests in our own words, with places and schemes other than those of the set."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

PROJECT_LIST = (
    "关于衡水市2024年高标准农田建设项目的公示\n"
    "经专家评审，现将我市项目公示如下：2024年故城县郑口镇高标准农田建设项目，建设规模0.8万亩；"
    "阜城县2024年霞口镇高标准农田建设项目，建设规模1万亩。\n"
)


@pytest.mark.parametrize("name,county,town", [
    ("2024年故城县郑口镇高标准农田建设项目", "故城县", "郑口镇"),
    ("阜城县2024年霞口镇高标准农田建设项目", "阜城县", "霞口镇"),
])
def test_a_project_named_by_year_county_and_town_keeps_its_name_and_owners(name, county, town):
    forms, facts = build(PROJECT_LIST)
    assert name in forms.values(), sorted(forms.values())
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {county, town} <= got, sorted(facts)
    # no cut form of the name from its last place or from the year on
    assert not any(v.startswith(town) for v in forms.values()), sorted(forms.values())


def test_a_single_towns_project_has_one_owner():
    forms, facts = build("今年，郑口镇高标准农田建设项目已全面完工，新增灌溉面积3000亩。\n")
    got = {s for s, p, o in facts if p == "implements" and o.endswith("高标准农田建设项目")}
    assert got <= {"郑口镇"}, sorted(facts)


def _five_beauties_members(text: str):
    """(the facts of ``text``'s build, the names that carry out the 乡村建设“五美”工程 in it)."""
    forms, facts = build(text)
    name = forms["乡村建设五美工程"]
    return facts, {s for s, p, o in facts if p == "implements" and o == name}


HEADED_LIST = (
    "河南启动乡村建设“五美”工程\n"
    "省农业农村厅日前印发方案，在全省启动乡村建设“五美”工程，遴选一批示范县、示范村先行先试。\n"
    "示范县(4个)：新郑市，兰考县，淅川县，固始县。\n"
)


def test_a_list_under_the_member_kind_alone_is_the_schemes_members():
    facts, got = _five_beauties_members(HEADED_LIST)
    assert {"新郑市", "兰考县", "淅川县", "固始县"} <= got, sorted(facts)


def test_a_list_under_another_heading_has_no_members():
    text = HEADED_LIST.replace("示范县(4个)：", "参会单位：")
    facts, got = _five_beauties_members(text)
    assert not ({"新郑市", "兰考县", "淅川县", "固始县"} & got), sorted(facts)


GROUPED_LIST = (
    "河南启动乡村建设“五美”工程\n"
    "省农业农村厅日前印发方案，在全省启动乡村建设“五美”工程，遴选一批示范县、示范乡先行先试。\n"
    "示范乡中，郑州市有：新郑市辛店镇，中牟县官渡镇；开封市有：兰考县堌阳镇，杞县高阳镇。\n"
)


def test_a_grouped_list_under_the_member_kind_alone_is_the_schemes_members():
    facts, got = _five_beauties_members(GROUPED_LIST)
    assert {"辛店镇", "官渡镇", "堌阳镇", "高阳镇"} <= got, sorted(facts)
    assert not ({"郑州市", "开封市"} & got), sorted(facts)
