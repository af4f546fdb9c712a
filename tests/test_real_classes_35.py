"""Classes the thirty-fifth own people set showed (passages rewritten from real news of 云南, 四川, 西藏, 新疆, 海南, 广西
and 重庆: a prefecture's chronicle, a delegation between two autonomous prefectures in traditional characters, a
province's aid-Tibet team handing over, county-level first secretaries in 克州's villages, a democratic party's first
secretary, a county CPPCC's visit to a township, a plaque ceremony in two Yao villages, a county delegation to a
district), each row a text written for this test, with other places and names than the set's.

- A prefecture printed by the abbreviation papers use for it (克州 for 克孜勒苏柯尔克孜自治州, 博州 for 博尔塔拉蒙古自治州),
  which no rule makes: neither the place nor its bodies (克州社保局, 博州党委) were read; CustomaryForm in
  places.jsonl, indexed where no division has that name (巴州 stays 巴州区's short form).
- A village the gazetteer does not list, chained to its township, with its committee printed short on the village's own
  村 (某乡某某村委会): neither was read; 委会 after such a village is its committee (LocalBodyHead).
- An abbreviated body after a verb of regard (重视自治区党委统战部部署的…, 关心省委组织部…): 视 was no boundary before
  the abbreviation, so the body was not read (BeforeAbbreviationWord).
- A batch between a jurisdiction and a body sent in batches (广东省第九批援藏工作队): the stop characters 第 and 批 ended
  the body's name, so no team was read (BodyBatchOrdinal, BodyBatchNumeral, BodyBatch); and the team's 领队 right after it
  was a role, so its holder was a person: 领队 is a title right after a body only ("after_body"), a role elsewhere.
- The one sent named after a post he holds and a word of address (选派参政议政部负责人某某同志到某村，担任该村第一书记):
  the dispatch rule wanted the name right after the verb and the link right after the name, and read no post after 该村;
  the post held keeps its place beside the branch's post.
- A first secretary's title in quotes after a word for the village the text named (现村“第一书记”某某): the quotes cut the
  title from the name; 第一书记 is read through its closing mark (QuotedPost), and 现村 refers to the village named before.
- A designation of ethnic villages (广西民族特色村寨, 中国少数民族特色村寨) was cut to 民族特色村, and 特色村 was read inside
  特色村镇 (villages and towns); 特色村寨 is a designation's head, 镇 after a head no designation's end.
- The places where a designation's plaque is handed over (某县在某乡甲村、乙村举行“…”授牌仪式): no member was read.
- A place before a count of the places below it (某乡两个村获授“…”, 某州所辖三县一市都是…重点县): the place was read as the
  designation's member, where the counted places are.
"""
import pytest

from conftest import check_reading, programmes_and_links

PREFECTURE_ROWS = [
    ("a prefecture's abbreviation before its committee",
     "新疆博尔塔拉蒙古自治州地处西陲。博州党委书记马建新到精河县托里镇调研。",
     {("Agency", "中共博尔塔拉蒙古自治州委员会"), ("Official", "马建新")},
     {("马建新", "holdsPost", "中共博尔塔拉蒙古自治州委员会"), ("精河县", "partOf", "博尔塔拉蒙古自治州")}, set()),
    ("a former post in a bureau named by the abbreviation",
     "新疆博尔塔拉蒙古自治州(以下简称“博州”)推进驻村工作。原博州民政局局长吴志刚如今常住村里。",
     {("Agency", "博尔塔拉蒙古自治州民政局"), ("Official", "吴志刚")},
     {("吴志刚", "holdsPost", "博尔塔拉蒙古自治州民政局")}, set()),
    ("an abbreviation of another prefecture, a federation printed short",
     "克州科协主席阿不都热合曼到阿合奇县调研科普工作。",
     {("Place", "克孜勒苏柯尔克孜自治州"), ("Official", "阿不都热合曼")},
     {("阿合奇县", "partOf", "克孜勒苏柯尔克孜自治州")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PREFECTURE_ROWS, ids=[r[0] for r in PREFECTURE_ROWS])
def test_a_prefecture_printed_by_its_papers_abbreviation(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_an_abbreviation_a_county_holds_stays_the_countys(nlp):
    """博州 names its prefecture; 巴州, the short form of Bazhong's 巴州区, stays the district's."""
    check_reading(nlp, "博州文旅局局长孟凡到温泉县调研。", {("Agency", "博尔塔拉蒙古自治州文化和旅游局")}, set(), set())
    entities, _ = check_reading(nlp, "巴中市巴州区召开会议，巴州区委书记李平讲话。", {("Place", "巴州区")}, set(), set())
    assert ("Place", "巴音郭楞蒙古自治州") not in entities


def test_a_village_the_gazetteer_lacks_with_its_committee_on_its_own_village_character(nlp):
    check_reading(nlp, "清晨，博州精河县托里镇阔尔吐别克村委会大院里，村干部正在升国旗。",
                  {("Place", "阔尔吐别克村")}, {("阔尔吐别克村", "partOf", "托里镇")}, set())


@pytest.mark.parametrize("text,body", [
    ("湖南省召开会议。各县重视省委组织部部署的选调生培养工作。", "中共湖南省委组织部"),
    ("广西壮族自治区召开座谈会。各地关心自治区党委统战部安排的联谊活动。", "中共广西壮族自治区委统一战线工作部"),
])
def test_an_abbreviated_body_after_a_verb_of_regard(nlp, text, body):
    check_reading(nlp, text, {("Agency", body)}, set(), set())


TEAM_ROWS = [
    ("a team named with its batch, its leader",
     "近日，江西省第十批援疆工作队领队彭建华带队到阿克陶县调研。",
     {("Agency", "江西省第十批援疆工作队"), ("Official", "彭建华")},
     {("彭建华", "holdsPost", "江西省第十批援疆工作队"), ("江西省第十批援疆工作队", "locatedIn", "江西省")}, set()),
    ("a post in a government, then the team's leader",
     "福建省政府副秘书长、福建省第十一批援藏工作队领队林志勇到昌都市调研。",
     {("Official", "林志勇")},
     {("林志勇", "holdsPost", "福建省人民政府"), ("林志勇", "holdsPost", "福建省第十一批援藏工作队")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TEAM_ROWS, ids=[r[0] for r in TEAM_ROWS])
def test_a_team_sent_in_batches_and_its_leader(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_leader_is_an_official_right_after_a_body_only(nlp):
    check_reading(nlp, "湖南省第十批援藏工作队领队曾凡宇到山南市调研。", {("Official", "曾凡宇")},
                  {("曾凡宇", "holdsPost", "湖南省第十批援藏工作队")}, set())
    entities, _ = check_reading(nlp, "比赛中，领队郑海涛不停地为队员鼓劲。", set(), set(), set())
    assert ("Official", "郑海涛") not in entities


DISPATCH_ROWS = [
    ("a post held before the name, a word of address, the village referred to",
     "今年4月，县政协选派办公室负责人唐文杰同志到疏勒县巴仁乡托喀依村，担任该村第一书记。",
     {("Official", "唐文杰")}, {("唐文杰", "holdsPost", "中共疏勒县巴仁乡托喀依村支部委员会")}, set()),
    ("a word of address alone",
     "县委选派卢春明同志到疏勒县巴仁乡英艾日克村，担任第一书记。",
     {("Official", "卢春明")}, {("卢春明", "holdsPost", "中共疏勒县巴仁乡英艾日克村支部委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DISPATCH_ROWS, ids=[r[0] for r in DISPATCH_ROWS])
def test_the_one_sent_named_after_his_post_and_the_post_taken_in_that_village(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_first_secretary_in_quotes_after_a_word_for_the_village(nlp):
    """现村“第一书记”某某 is the branch's post; a form of address in quotes (叫他“书记”某某) stays none."""
    check_reading(nlp, "精河县托里镇阔尔吐别克村委会大院里，原县水利局副局长、现村“第一书记”赵永刚正带着村干部清扫。",
                  {("Official", "赵永刚")}, {("赵永刚", "holdsPost", "中共精河县托里镇阔尔吐别克村支部委员会")}, set())
    entities, _ = check_reading(nlp, "村里人都叫他“书记”王大成，他每次都笑着答应。", set(), set(), set())
    assert ("Official", "王大成") not in entities


def test_ethnic_villages_designation_and_its_plaque_ceremony():
    progs, links = programmes_and_links(
        "3月8日，融水苗族自治县在安太乡小桑村、培秀村举行“中国少数民族特色村寨”授牌仪式。")
    assert "中国少数民族特色村寨" in progs
    assert {("小桑村", "中国少数民族特色村寨"), ("培秀村", "中国少数民族特色村寨")} <= links
    assert not {d for d, p in links if d in ("安太乡", "融水苗族自治县")}


def test_villages_and_towns_are_no_designation():
    progs, _ = programmes_and_links("下一步，龙胜各族自治县将推进民族特色村镇规划建设，让特色村镇同全域旅游融合。")
    assert not {p for p in progs if p.endswith("特色村")}


@pytest.mark.parametrize("text,programme,place", [
    ("龙胜各族自治县平等镇三个村获授“广西民族特色村寨”称号。", "广西民族特色村寨", "平等镇"),
    ("地处滇西北的怒江傈僳族自治州山高谷深，所辖四县市都是国家扶贫开发工作重点县。", "国家扶贫开发工作重点县", "怒江傈僳族自治州"),
    ("怒江傈僳族自治州山高谷深，下辖四个县市均为扶贫开发重点县。", "扶贫开发重点县", "怒江傈僳族自治州"),
])
def test_a_place_before_a_count_of_the_places_below_it_is_no_member(text, programme, place):
    progs, links = programmes_and_links(text)
    assert programme in progs
    assert (place, programme) not in links
