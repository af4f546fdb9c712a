"""Classes found by own-programmes-86 (county and city meetings on campaigns: 动员部署会, 启动仪式, 誓师大会, 调度会).

- A campaign launched at its ceremony after the verb that launches it (某市深入开展某某运动启动仪式在某地举行): the
  campaign (a MeetingSchemeHead 运动 as well as 行动) is read, and the place before the verb carries it out; a second
  topic after 暨 may hold figures (…行动暨全国第35个爱国卫生月活动启动仪式). A plain 深入开展爱国卫生运动 outside a
  meeting's name names no campaign.
- A county town's title and the nomination for a county-level city's title as designations (创建省级文明县城动员部署会,
  创建全国县级文明城市提名城市暨…誓师大会): the whole title, not the head 文明城市 alone.
- A run of campaigns closed by 等专项行动 (甲行动、乙行动、丙行动等专项行动): the last name stops before 等.
- The whole county and a word of a class of projects before a short head (加快全县重点工程建设进度): a class of works, no
  name (全县某某改造工程 stays a name, read without 全县).

Texts written for these tests in our own words, with places and campaigns other than those of the set."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

LAUNCHED = {
    "a city's campaign of 运动 launched at its ceremony":
        ("6月29日上午，绵竹市深入开展新时代爱国卫生运动启动仪式在体育馆举行。", "新时代爱国卫生运动", "绵竹市"),
    "a campaign joined by 暨 to a numbered month's activity":
        ("4月1日，陇南市深入开展城乡环境整洁行动暨全国第35个爱国卫生月活动启动仪式在广场举行。", "城乡环境整洁行动", "陇南市"),
}


@pytest.mark.parametrize("text,scheme,doer", LAUNCHED.values(), ids=LAUNCHED.keys())
def test_a_campaign_launched_at_its_ceremony_after_its_verb(text, scheme, doer):
    forms, facts = build(text)
    assert scheme in forms, sorted(forms)
    assert (doer, "implements", scheme) in facts, sorted(facts)


def test_a_plain_campaign_of_work_outside_a_meeting_names_none():
    forms, _ = build("要在全市深入开展爱国卫生运动，巩固成果。")
    assert "爱国卫生运动" not in forms, sorted(forms)


def test_the_last_campaign_of_a_run_stops_before_its_closing_word():
    forms, _ = build("该市将着力实施家园清洁行动、周末大扫除行动、公共卫生设施改善行动等专项行动。")
    assert "公共卫生设施改善行动" in forms, sorted(forms)
    assert not any("等专项行动" in f for f in forms), sorted(forms)


TITLES = {
    "a county town's provincial title in a meeting's name":
        ("8月7日，福安县召开创建省级文明县城动员部署会，县领导出席。", "省级文明县城"),
    "the nomination for a county-level city's national title":
        ("宁远县全力创建全国县级文明城市提名城市。", "全国县级文明城市提名城市"),
}


@pytest.mark.parametrize("text,title", TITLES.values(), ids=TITLES.keys())
def test_a_county_towns_title_and_a_nomination_are_designations(text, title):
    forms, _ = build(text)
    assert title in forms, sorted(forms)


def test_the_whole_county_and_a_class_word_before_a_short_head_name_nothing():
    forms, _ = build("他还要求加快全县重点工程建设进度，确保按期完工。")
    assert not any(f.endswith("重点工程") for f in forms), sorted(forms)


def test_the_whole_countys_named_works_is_still_read():
    forms, _ = build("他要求加快全县农村饮水安全巩固提升工程建设进度。")
    assert "农村饮水安全巩固提升工程" in forms, sorted(forms)
