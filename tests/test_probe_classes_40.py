"""Classes found by probing kg with made-up county and city news of the kinds real news prints.

- A township several counties have, printed with a village after it in an article that never prints the county
  (我县某镇某村榜上有名): the village is read, in the township so named, and it is the village, not the township, that
  a designation's list makes a member.
- A word for a person, then 叫 and a name closed by punctuation (老人叫某某，: NamingLead in people.jsonl): a person.
- A list of the units that take up building a designation (…示范区创建单位名单, …被确定为…示范区创建单位: DesignationAfter in
  designations.jsonl): the places after it, or named by it, carry the designation out.
- A document cited by 根据 or 依据 and 要求 (根据《关于开展…推荐工作的通知》要求，…确定甲村等N个村为…重点村: CiteOpen in
  relation_cues.jsonl): it is only named; the places the sentence then selects carry out the designation they are
  selected for, not the cited notice.
- A village's long name after its township, then the level printed again before its post (某苏木乌兰布和村村主任:
  LocalBodyHead in places.jsonl): the village, whatever characters its name holds (和), and the holder's post in its
  committee; a conjunction before the village cadres (镇干部和村村干部) makes no village.
- A notice of a designation that pairs two heads after one stem (第四批某省历史文化名镇名村), with a heading for each
  part, the second printed without the scope (二、历史文化名村（2个）): the second part is the scoped one
  (某省历史文化名村), and the members of both parts are under the paired whole, towns and villages alike; a part of
  two lines under its counted heading is a list (kg/structure.py), not two headlines that open articles of their own.
- An honour for the places that carried out a quoted scheme, then its list after a colon (被评为全省“四好农村路”建设
  先进县（市、区）的有：甲县、乙县: HonourListWork, HonourListOpen in relation_cues.jsonl): the places listed carry the
  scheme out; an honour for persons lists none.

Texts written for these tests in our own words."""
import pytest

from conftest import names_of, pairs_of


@pytest.mark.parametrize("text, town, village", [
    ("近日，省林业局公布了省级森林乡村名单，我县新华镇石岭村、长安乡马坪村榜上有名。", "新华镇", "石岭村"),
    ("记者来到城关镇柏树村，看到村里新修的文化广场上热闹非凡。", "城关镇", "柏树村"),
])
def test_a_village_after_a_township_of_an_unprinted_county_is_read(text, town, village):
    places = names_of(text, "Place")
    assert {town, village} <= places, sorted(places)
    assert (village, town) in pairs_of(text, "partOf")


def test_the_village_not_its_township_is_the_member_of_a_list():
    links = pairs_of("近日，省林业局公布了省级森林乡村名单，我县新华镇石岭村榜上有名。", "implements")
    assert any(d == "石岭村" for d, _ in links), sorted(links)
    assert not any(d == "新华镇" for d, _ in links), sorted(links)


@pytest.mark.parametrize("lead", ["老人叫", "小伙叫", "女子叫"])
def test_a_person_word_then_jiao_gives_a_name(lead):
    assert "钟秋生" in names_of(f"坐在门口晒太阳的{lead}钟秋生，今年已经八十多岁了。", "Person")


def test_jiao_alone_gives_no_name():
    assert not names_of("听到消息，大家齐声叫好，掌声经久不息。", "Person")


@pytest.mark.parametrize("text", [
    "近日，湖北省文化和旅游厅公示了第二批省级全域旅游示范区创建单位名单，远安县、兴山县入选。",
    "经过评审，远安县、兴山县被确定为第二批省级全域旅游示范区创建单位。",
])
def test_the_units_that_take_up_a_designation_carry_it_out(text):
    doers = {d for d, p in pairs_of(text, "implements") if "全域旅游示范区" in p}
    assert {"远安县", "兴山县"} <= doers, sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("lead", ["根据", "依据"])
def test_a_cited_notice_is_not_carried_out_by_the_places_then_selected(lead):
    text = (f"{lead}《关于开展2025年湖北省乡村旅游重点村推荐工作的通知》要求，经县级推荐、专家评审，确定宜昌市远安县"
            "嫘祖镇金家湾村等20个村为2025年湖北省乡村旅游重点村。")
    links = pairs_of(text, "implements")
    assert not any("通知" in p for _, p in links), sorted(links)
    assert any(d == "金家湾村" and "乡村旅游重点村" in p for d, p in links), sorted(links)


def test_a_long_village_name_then_its_level_again_and_a_post_is_read_after_its_township():
    text = "乌审旗嘎鲁图镇巴音和硕村村主任其其格说，村里今年新打了三眼机井。"
    assert "巴音和硕村" in names_of(text, "Place")
    assert ("巴音和硕村", "嘎鲁图镇") in pairs_of(text, "partOf")
    assert any(a.endswith("巴音和硕村村民委员会") for _, a in pairs_of(text, "holdsPost")), pairs_of(text, "holdsPost")


def test_a_conjunction_before_the_village_cadres_makes_no_village():
    places = names_of("在乌审旗嘎鲁图镇，镇干部和村村干部一起入户走访。", "Place")
    assert not any(p.endswith("和村") for p in places), sorted(places)


_PAIRED_NOTICE = """山西省住房和城乡建设厅 山西省文物局
关于公布第四批山西省历史文化名镇名村的通知
各市住建局、文物局：
经评审，确定以下镇、村为第四批山西省历史文化名镇名村。
一、山西省历史文化名镇（2个）
平遥县段村镇
介休市张兰镇
二、历史文化名村（2个）
沁水县郑村镇湘峪村
阳城县润城镇上庄村
"""


def test_a_second_heading_printed_without_the_scope_takes_the_paired_names_scope():
    links = pairs_of(_PAIRED_NOTICE, "implements")
    assert {("湘峪村", "山西省历史文化名村"), ("上庄村", "山西省历史文化名村")} <= links, sorted(links)
    assert ("段村镇", "山西省历史文化名镇") in links, sorted(links)
    assert not any(p == "历史文化名村" for _, p in links), sorted(links)


def test_the_parts_of_a_paired_designation_are_both_under_it():
    links = pairs_of(_PAIRED_NOTICE, "implements")
    whole = "山西省历史文化名镇名村"
    assert {("段村镇", whole), ("张兰镇", whole), ("湘峪村", whole)} <= links, sorted(links)


@pytest.mark.parametrize("text", [
    "被评为全省“四好农村路”建设先进县（市、区）的有：茶陵县、炎陵县、攸县。",
    "全省“四好农村路”建设先进县（市、区）名单：茶陵县、炎陵县、攸县。",
])
def test_the_places_an_honour_of_a_scheme_lists_carried_it_out(text):
    doers = {d for d, p in pairs_of(text, "implements") if p == "四好农村路"}
    assert {"茶陵县", "炎陵县", "攸县"} <= doers, sorted(pairs_of(text, "implements"))


def test_an_honour_for_persons_lists_no_doers():
    text = "被评为全省“四好农村路”建设先进个人的有：茶陵县交通运输局李明、炎陵县公路建设养护中心王芳。"
    assert not any(d in ("茶陵县", "炎陵县") for d, _ in pairs_of(text, "implements"))
