"""Classes the twenty-fourth programme set (rewritten from real press conferences, work reports, a meeting's summary
and a province-wide campaign's county list) showed.

- An honour for the places that carried a campaign out, named after the campaign under a scope (全省农田灌溉提升行动先进县:
  HonourPlaceAfter, HonourScope in programme_cues.jsonl), names the campaign, and the places listed under the honour
  (名单如下：甲市：乙县、丙县；…) carry it out; the honour's head alone (全省先进县) or an honour for persons (…先进个人)
  adds no such list.
- A designation a place is said to have won after 荣获 (某县荣获全国(油茶)绿色高质高效行动示范县: DesignationLead in
  designations.jsonl, as after 获评 or 被评为) is named and the place carries it; an honour for a person after 荣获
  (荣获全国优秀共产党员称号) names none.
- A works project that starts, printed at the end of a list before the verb (…配套工程等多个重大项目顺利开工:
  ProjectListEnd in programme_cues.jsonl), is named without the list's end.

Texts written for these tests in our own words, with places and campaigns other than those of the set."""
import pytest

from conftest import names_of as _names, pairs_of as _relations


_HONOUR_LIST = (
    "湖南表扬2023年全省农田灌溉提升行动先进县\n"
    "湖南省农业农村厅日前发出通报，对长沙市浏阳市等6个任务完成好的县(市、区)予以表扬。\n"
    "名单如下：长沙市：浏阳市、宁乡市；株洲市：攸县、茶陵县；岳阳市：平江县、华容县。\n"
)


def test_the_campaign_an_honour_for_places_is_named_after_is_a_programme():
    assert any(n.endswith("农田灌溉提升行动") for n in _names(_HONOUR_LIST, "Programme")), \
        sorted(_names(_HONOUR_LIST, "Programme"))


def test_the_places_listed_under_the_honour_carry_the_campaign_out():
    doers = {s for s, o in _relations(_HONOUR_LIST, "implements") if o.endswith("农田灌溉提升行动")}
    assert {"浏阳市", "宁乡市", "攸县", "茶陵县", "平江县", "华容县"} <= doers, sorted(doers)


def test_an_honour_for_persons_or_the_bare_head_names_no_campaign_list():
    text = ("湖南表扬2023年全省先进县和农田灌溉先进个人\n"
            "名单如下：长沙市：浏阳市、宁乡市；株洲市：攸县、茶陵县。\n")
    assert not _relations(text, "implements"), sorted(_relations(text, "implements"))


@pytest.mark.parametrize("text", [
    "会议指出，沪渝高速扩容段建成通车，黔中水利枢纽三期配套工程等多个重大项目顺利开工。",
    "会议指出，黔中水利枢纽三期配套工程等一批重点项目顺利开工。",
    "会议指出，黔中水利枢纽三期配套工程顺利开工。",
])
def test_a_started_project_at_a_lists_end_is_named_without_the_end(text):
    assert _names(text, "Programme") == {"黔中水利枢纽三期配套工程"}, sorted(_names(text, "Programme"))


def test_a_designation_won_after_rong_huo_is_carried_by_the_place():
    text = "平江县荣获全国(油茶)绿色高质高效行动示范县，全县油茶面积达到60万亩。"
    assert any(s == "平江县" and "绿色高质高效行动示范县" in o for s, o in _relations(text, "implements")), \
        sorted(_relations(text, "implements"))


def test_a_persons_honour_after_rong_huo_names_no_designation():
    text = "去年，该村党支部书记李某荣获全国优秀共产党员称号。"
    assert not _names(text, "Programme"), sorted(_names(text, "Programme"))
