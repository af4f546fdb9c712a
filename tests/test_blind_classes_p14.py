"""Who carries a scheme out, named in the sentence after the one that names it (the fourteenth programme set's classes).

- A programme referred to by its head and the word for its work (试点工作由市某办和市某局共同牵头，在甲县、乙县开展):
  the head still refers to the programme named before, as 试点由… does; the bodies after 由 carry it out and the places
  after 在 are its sites.
- A sentence opened by a place, or 全县 standing for it, and 在, with no programme of its own, right after the sentence
  that names one programme (某县推行“…”制度。全县在甲镇、乙镇划分…，由县某委统筹，县某局、县某局配合): the place goes
  on carrying it out, the places after 在 are its sites, the bodies after 由 and those that 配合 its doers. A meeting
  held in a town (全县在甲镇召开现场会) makes the town no site.
- A quoted name before 议事机制, 工作机制, 制度 or 议事制度 (“坝坝会”议事机制) is a programme, as before 机制; a quoted meeting
  held (召开“坝坝会”) stays none.
- Bodies that open the clause right after the one naming the sentence's one programme, with their duty and nothing more
  (实施“…”议事机制，县委组织部牵头，在甲镇推行; 县某局负责实施), carry that programme out.
- 县委某部 after the county its sentence has just named (经验二：某市乙县实施“…”，县委宣传部牵头) is that county's body,
  not the one the whole text names most (a compilation's paragraphs are about one county each).

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build, implementers_of  # noqa: E402

CASES = {
    "a pilot referred to as 试点工作 before 由":
        ("近日，天水市“智慧养老”试点顺利通过验收。试点工作由市民政局和市卫生健康委员会共同牵头，在秦安县、甘谷县两地开展。",
         "智慧养老",
         {"天水市民政局", "天水市卫生健康委员会", "秦安县", "甘谷县"}, set()),
    "a plan referred to as 计划工作 before 由":
        ("今年，礼县实施“苹果提质”增收计划。计划工作由县林业和草原局负责实施，在盐官镇、永兴镇推进。",
         "苹果提质增收计划",
         {"礼县林业和草原局", "盐官镇", "永兴镇"}, set()),
    "全县 and 在 after a county's system, with 由…统筹 and co-doers":
        ("海北藏族自治州祁连县推行“牧区调解员”制度。全县在八宝镇、峨堡镇设立调解室30个，由县委政法委统筹，县司法局、县公安局配合。",
         "牧区调解员",
         {"祁连县", "八宝镇", "峨堡镇", "中共祁连县委政法委员会", "祁连县司法局", "祁连县公安局"}, set()),
    "该县 and 在 after a county's action":
        ("门源回族自治县启动“草场修复”行动。该县在青石嘴镇、浩门镇补播草种2万亩。",
         "草场修复",
         {"门源回族自治县", "青石嘴镇", "浩门镇"}, set()),
    "a quoted name before 议事机制, and a body that 牵头 in the next clause":
        ("德阳市中江县实施“板凳会”议事机制，县委组织部牵头，在凯江镇、南华镇推行。",
         "板凳会",
         {"中江县", "中共中江县委组织部", "凯江镇", "南华镇"}, set()),
    "a quoted name before 制度, and a body 负责实施 in the next clause":
        ("罗江区推行“田坎议事”制度，区民政局负责实施，群众参与热情高。",
         "田坎议事",
         {"德阳市罗江区民政局"}, set()),
    "a meeting held in a town makes it no site":
        ("祁连县推行“牧区调解员”制度。全县在八宝镇召开现场推进会。",
         "牧区调解员",
         {"祁连县"}, {"八宝镇"}),
}


@pytest.mark.parametrize("text,prog,doers,not_doers", CASES.values(), ids=CASES.keys())
def test_doers_in_the_sentence_after(text, prog, doers, not_doers):
    forms, got = implementers_of(text, prog)
    assert doers <= got, (sorted(got), sorted(forms))
    assert not (not_doers & got), sorted(got)


def test_a_quoted_meeting_held_is_no_programme():
    forms, _ = build("中江县凯江镇召开“板凳会”，群众议事。")
    assert "板凳会" not in forms, sorted(forms)


def test_a_county_abbreviation_after_its_sentence_names_the_county():
    text = ("经验一：甘南藏族自治州夏河县推行“帐篷课堂”制度。夏河县在拉卜楞镇、王格尔塘镇设立课堂50个，夏河县教育局负责实施。\n"
            "经验二：临夏回族自治州康乐县实施“花儿宣讲”行动，县委宣传部牵头，在附城镇、苏集镇推行。\n")
    forms, facts = build(text)
    got = {s for s, p, o in facts if p == "implements" and o == forms.get("花儿宣讲", "花儿宣讲")}
    assert "中共康乐县委宣传部" in got, sorted(got)
    assert "中共夏河县委宣传部" not in {s for s, _, _ in facts}
