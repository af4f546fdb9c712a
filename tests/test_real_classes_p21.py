"""Designations and selection lists in the habits of real news (the twenty-first programme set's classes).

- 乡村振兴 is no designation 乡村 cut out of a longer name: a province and a batch before it
  (印发某省第三批乡村振兴“…”工程示范创建名单) name no designation `某省乡村`, and nothing is linked to one.
- A list named after a quoted scheme (…“…”工程示范创建名单) is the scheme's own: the places listed under it carry the
  quoted scheme out, as a designation's members do; a quoted scheme before a plain report (…“…”工程推进情况) has no
  members.
- A line that opens a list with a colon after a lead of selection and no designation of its own (甲州入选的村落有：…;
  最终入选的5个村是：…) lists members of the last designation named before it in the article; a group's heading inside
  the list (示范创建镇：) keeps the list open; the list's line ends with its sentence where prose follows.
- A place read only from a head's shape (…乡, …村) inside a designation's words (获评省级美丽乡村试点村: 级美丽乡, 村试点村)
  is no place; a listed township before a designation stays.
- A nominee's verb before a designation (被推荐参加全国…重点村遴选; …等12个村参加…遴选) is no part of its name, and the
  places before it are its nominees.
- A speaker's own unit before a designation (汇报了本镇…示范区的谋划情况) is no part of its name; a guide in title marks
  (《…工作导则》) is a document, as a plan or a set of measures is.
- A city's committee for its historic city printed short (某市名城委) is its 历史文化名城管理委员会.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

from kg.extraction import extract  # noqa: E402
from kg.ingest import decode_bytes  # noqa: E402

REVIVAL_LIST = (
    "近日，省里有关部门联合印发了河北省第三批乡村振兴“百村示范”工程示范创建名单，邢台市有3个镇入选。\n"
    "邢台市入选名单如下：\n"
    "示范创建镇：内丘县侯家庄乡，临城县郝庄镇，宁晋县贾家口镇\n"
)


def test_revival_after_a_batch_names_no_designation():
    forms, facts = build(REVIVAL_LIST)
    assert not any(f.endswith("省乡村") for f in forms), sorted(forms)
    assert not any(o.endswith("省乡村") for s, p, o in facts), sorted(facts)


def test_the_places_on_a_quoted_schemes_list_carry_it_out():
    forms, facts = build("邢台3镇入选河北省第三批乡村振兴“百村示范”工程示范创建名单\n" + REVIVAL_LIST)
    name = forms["百村示范工程"]
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {"侯家庄乡", "郝庄镇", "贾家口镇"} <= got, sorted(facts)


def test_a_quoted_scheme_before_a_report_has_no_members():
    text = ("近日，邢台市通报了乡村振兴“百村示范”工程推进情况。\n"
            "通报名单如下：\n"
            "进度较快的镇：内丘县侯家庄乡，临城县郝庄镇\n")
    forms, facts = build(text)
    name = forms.get("百村示范工程", "百村示范工程")
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert not ({"侯家庄乡", "郝庄镇"} & got), sorted(facts)



# A line that opens a list with a colon after a lead of selection and no designation of its own (甲州入选的村落有：…;
# 最终入选的5个村是：…) lists members of the last designation named before it in the article, its list ending with the
# sentence; a colon line with no lead of selection (参加培训的村有：) lists none.
LATER_LISTS = {
    "a list two sentences after its designation":
        ("近日，省住房和城乡建设厅公布第三批省级传统村落名录，全省共有120个村落入选。\n"
         "按照要求，入选村落要编制保护规划。\n"
         "黔东南州入选的村落有：雷山县西江镇控拜村、黎平县肇兴镇堂安村、从江县往洞镇增冲村。\n",
         "省级传统村落", {"控拜村", "堂安村", "增冲村"}),
    "a list whose sentence runs on in its line":
        ("经过各地推荐和网上公示，2024年度遵义市十佳美丽村庄名单日前揭晓。\n"
         "最终入选的3个村是：湄潭县兴隆镇龙凤村、余庆县松烟镇二龙村、凤冈县永安镇田坝村。这些村庄规划合理，设施完善，产业兴旺，治理有效，群众满意。\n",
         "遵义市十佳美丽村庄", {"龙凤村", "二龙村", "田坝村"}),
}


@pytest.mark.parametrize("text,prog,members", LATER_LISTS.values(), ids=LATER_LISTS.keys())
def test_a_list_opened_later_under_a_lead_of_selection(text, prog, members):
    forms, facts = build(text)
    name = forms.get(prog, prog)
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert members <= got, (sorted(forms), sorted(facts))


def test_a_colon_line_without_a_lead_of_selection_lists_no_members():
    text = ("近日，省住房和城乡建设厅公布第三批省级传统村落名录，全省共有120个村落入选。\n"
            "黔东南州参加培训的村有：雷山县西江镇控拜村、黎平县肇兴镇堂安村。\n")
    forms, facts = build(text)
    got = {s for s, p, o in facts if p == "implements"}
    assert not ({"控拜村", "堂安村"} & got), sorted(facts)


def test_a_quoted_schemes_list_under_an_opener_and_group_headings():
    forms, facts = build(REVIVAL_LIST)
    name = forms["百村示范工程"]
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {"侯家庄乡", "郝庄镇", "贾家口镇"} <= got, sorted(facts)


def _places(text):
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    return {e.name for e in r.entities if e.type == "Place"}


def test_no_place_read_from_a_designations_words():
    got = _places("夷陵区太平溪镇许家冲村被评为省级美丽乡村示范村。目前全区已有31个村被评为省级美丽乡村试点村。")
    assert {"夷陵区", "太平溪镇", "许家冲村"} <= got, sorted(got)
    assert not {"级美丽乡", "村示范村", "村试点村"} & got, sorted(got)


def test_a_listed_township_before_a_designation_stays():
    got = _places("宜都市潘家湾土家族乡枝城村入选省级和美乡村示范村，该市另有9个村入选省级和美乡村整治村。")
    assert {"宜都市", "潘家湾土家族乡", "枝城村"} <= got, sorted(got)


# A nominee's verb (参加) before a designation is no part of its name: the places before it are its nominees.
NOMINEES = {
    "a village nominated in a later clause":
        ("省文化和旅游厅公布了首批省级乡村旅游重点村名单，余姚市大岚镇柿林村入选，该村同时被推荐参加全国乡村旅游重点村遴选。",
         "全国乡村旅游重点村", {"柿林村"}),
    "villages counted after an example":
        ("经评审，全省确定80个村为省级休闲农业重点村，并推荐安吉县天荒坪镇余村等12个村参加全国休闲农业重点村遴选。",
         "全国休闲农业重点村", {"余村"}),
}


@pytest.mark.parametrize("text,prog,members", NOMINEES.values(), ids=NOMINEES.keys())
def test_nominees_before_a_designation(text, prog, members):
    forms, facts = build(text)
    assert not any(f.startswith(("参加", "村参加")) for f in forms), sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == forms.get(prog, prog)}
    assert members <= got, sorted(facts)


def test_a_person_attending_a_course_nominates_nothing():
    forms, facts = build("柿林村党支部书记参加全国乡村旅游重点村建设培训班。")
    assert not {s for s, p, o in facts if p == "implements"}, sorted(facts)


# A speaker's own unit before a designation it builds (本镇, 本县) is no part of its name.
OWN_UNIT = {
    "本镇": ("两个乡镇的负责人分别汇报了本镇美丽乡村示范区前期项目的谋划情况。", "美丽乡村示范区"),
    "本县": ("县里分别汇报了本县全域旅游示范区的创建进展。", "全域旅游示范区"),
}


@pytest.mark.parametrize("text,prog", OWN_UNIT.values(), ids=OWN_UNIT.keys())
def test_a_speakers_own_unit_before_a_designation(text, prog):
    forms, _ = build(text)
    assert prog in forms and not any(f.startswith("本") for f in forms), sorted(forms)


def test_a_guide_in_title_marks_is_a_document():
    forms, _ = build("会议集中学习了南阳市委农办印发的《美丽乡村建设工作导则》，并对其中的创建标准作了讲解。")
    assert "《美丽乡村建设工作导则》" in forms, sorted(forms)


def test_a_citys_historic_city_committee_by_its_short_form():
    r = extract(decode_bytes("t.txt", "t.txt", "记者日前从泉州市名城委获悉，全市新增3处历史建筑。".encode("utf-8")))
    agencies = {e.name for e in r.entities if e.type == "Agency"}
    assert "泉州市历史文化名城管理委员会" in agencies, sorted(agencies)
