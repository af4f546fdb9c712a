"""Classes the twenty-first own people set showed (real news's shapes, half printed in traditional characters), each row a
text written for this test, with other places and names than the set's: a Tibetan name of four characters whose first is
a rare surname is read whole after a title or a role where a word, not punctuation, closes it (not cut to the Chinese name
its surname would give, and not lost); 乡 that begins 乡村 (乡村振兴工作队队长 after a first secretary's post) is no
abbreviation of the township, which made a work team named after the town with 乡 dropped; a word of asking between
the reason for leaving a post and the verb (某某因工作变动请求辞去…职务) still leaves the name an official's; 妥, a Hui surname of the north-west that the surname corpus lacks, opens a name
after a title (and 妥善 after one stays a word); a designation's towns listed and closed by 等乡镇, then joined by 以及 to
its villages before 榜上有名, implement it as the villages do; a cadre sent to a village who arrives there (选派干部某某来到…村，
担任驻村第一书记; 前往) holds the post in the village's Party branch."""
import pytest

from conftest import check_reading, read_names

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    ("a Tibetan name after a title, closed by a verb no list holds",
     "村委会主任洛桑扎西翻看了村里的账本。", {("Official", "洛桑扎西")}, set(), {"洛桑"}),
    ("a Tibetan name after a township head's title, closed by a verb",
     "乡长才让扎西陪着我们走进牧民家中。", {("Official", "才让扎西")}, set(), set()),
    ("a Tibetan name after a role, past the Chinese name of its rare surname",
     "乡卫生院医生索南才旦每周都到牧场巡诊。", {("Person", "索南才旦")}, set(), {"索南才"}),
    ("the same in traditional characters (read in simplified ones)",
     "鄉衞生院護士卓瑪才讓每周都到牧場巡診。", {("Person", "卓玛才让")}, set(), {"卓瑪才", "卓玛才"}),
    ("a Chinese name of a frequent surname stays a Chinese name",
     "副县长白建国多次到乡里调研。", {("Official", "白建国")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_tibetan_names_read_whole(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


WORK_TEAM_ROWS = [
    "去年春天，市水利局干部方志诚来到宁都县黄陂镇杨依村，担任驻村第一书记、乡村振兴工作队队长。",
    "黄陂镇党委书记刘晓军介绍，全镇12个村都派驻了乡村振兴工作队。",
]


@pytest.mark.parametrize("text", WORK_TEAM_ROWS, ids=["after a first secretary's post", "a team in every village"])
def test_a_township_character_that_begins_a_word_is_no_abbreviation(nlp, text):
    entities, _ = read_names(nlp, text)
    assert not [n for t, n in entities if t == "Agency" and "村振兴" in n and "乡村振兴" not in n], sorted(entities)


RESIGNATION_ROWS = [
    ("a request between the reason and the verb, in a report's title",
     "常委会会议审议了黎光明因工作变动请求辞去榕江县人民政府县长职务的报告，依法接受其辞职。", "黎光明"),
    ("an application for personal reasons",
     "会议表决接受了邓红梅因个人原因申请辞去凯里市人民政府副市长职务的请求。", "邓红梅"),
    ("the same printed in traditional characters",
     "會議審議了潘志遠因工作變動請求辭去黎平縣人民政府副縣長職務的報告。", "潘志远"),
]


@pytest.mark.parametrize("cls,text,name", RESIGNATION_ROWS, ids=[r[0] for r in RESIGNATION_ROWS])
def test_a_resignation_asked_for(nlp, cls, text, name):
    check_reading(nlp, text, {("Official", name)}, set(), set())


SURNAME_ROWS = [
    ("a rare Hui surname after a deputy head's title", "县委常委、副县长妥文华主持会议。", {("Official", "妥文华")}, set()),
    ("the same after a CPPCC title, in traditional characters", "州政協副主席妥曉東，州商務局局長馬林參加座談。",
     {("Official", "妥晓东"), ("Official", "马林")}, set()),
    ("妥善 after a title stays a word", "镇党委书记妥善安排了各项工作。", set(), {"妥善", "妥善安"}),
]


@pytest.mark.parametrize("cls,text,entities,absent", SURNAME_ROWS, ids=[r[0] for r in SURNAME_ROWS])
def test_a_rare_hui_surname(nlp, cls, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)


TIERS = ("湖北省公布第三批省级乡村治理示范村镇名单\n湖北省农业农村厅近日印发通知，公布第三批省级乡村治理示范村镇名单。入选名单中，"
         "宜昌市秭归县茅坪镇、襄阳市谷城县茨河镇等乡镇，以及黄冈市罗田县九资河镇圣人堂村、恩施州利川市谋道镇苏拉口村等村榜上有名。")


def test_a_designations_towns_then_its_villages(nlp):
    prog = "湖北省乡村治理示范村镇"
    check_reading(nlp, TIERS, {("Programme", prog)},
                  {(x, "implements", prog) for x in ("茅坪镇", "茨河镇", "圣人堂村", "苏拉口村")}, set())


DISPATCH_ROWS = [
    ("arrives at the village, then takes the post",
     "去年，省农业农村厅选派干部韩志军前往遂川县大汾镇洛阳村，担任驻村第一书记。", "韩志军", "中共遂川县大汾镇洛阳村支部委员会"),
    ("comes to the village, then the post after 任",
     "今年3月，县农业农村局选派干部王新华来到吉安县永和镇桥头村，任驻村第一书记。", "王新华", "中共吉安县永和镇桥头村支部委员会"),
]


@pytest.mark.parametrize("cls,text,name,branch", DISPATCH_ROWS, ids=[r[0] for r in DISPATCH_ROWS])
def test_a_cadre_sent_who_arrives_at_the_village(nlp, cls, text, name, branch):
    check_reading(nlp, text, {("Official", name)}, {(name, "holdsPost", branch)}, set())
