"""Classes of the twenty-first own people set left over after its first fixes, each row a text written for this test, with
other places and names than the set's: an adverb of how often, how long or in what manner right after a name that a title
or a role introduces (县长某某多次…, 医生某某一直…, 教师某某始终…) ends the name, as a verb that follows names does; the name does
not take it in (a Chinese name read on to three characters, or a name of transliteration characters such as 多 and 次
running on into 多次), and a name that only such an adverb closes is not lost; a first secretary introduced by 是 and the
body that sent him (村里的第一书记是某局派来的干部某某, 该村第一书记是…派驻的某某, 某村的第一书记是…) holds the post in the Party
branch of the village the text has named (one village, in an earlier sentence or paragraph); a herder's name of two
transliteration characters after a role is read where only a household and punctuation close it (牧民某某家。) or a short deed's
verb that begins with such a character (老牧人某某拉着…), and 老牧人, 老牧民 are roles."""
import pytest

from conftest import check_reading, read_names

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ADVERB_ROWS = [
    ("a Chinese name after a county head's title, before 多次",
     "通渭县县长郝德明多次深入乡村调研。", {("Official", "郝德明")}, set(), {"郝德明多次"}),
    ("a two-character name whose next character would make three, before 多次",
     "安化县梅城镇镇长李先多次走访农户。", {("Official", "李先")}, set(), {"李先多"}),
    ("a name before 特意, whose first character would make three",
     "安化县梅城镇副镇长罗布特意赶来看望老人。", {("Official", "罗布")}, set(), {"罗布特"}),
    ("a Tibetan name after a role, before 多次 of transliteration characters",
     "乡卫生院医生央金多次上门为老人看病。", {("Person", "央金")}, set(), {"央金多次", "央金多"}),
    ("a two-character Tibetan name after a role, before 始终",
     "乡中心小学教师格桑始终坚守在岗位上。", {("Person", "格桑")}, set(), set()),
    ("a two-character Tibetan name after a role, before 多年",
     "牧民达瓦多年坚持在山坡上种树。", {("Person", "达瓦")}, set(), {"达瓦多年"}),
    ("a four-character Tibetan name after a role, before 多次",
     "村医次仁多吉多次翻山为牧民送药。", {("Person", "次仁多吉")}, set(), {"次仁多吉多次"}),
    ("a name after a town head's title, before 一直",
     "安化县梅城镇党委书记周国华一直关心这件事。", {("Official", "周国华")}, set(), {"周国华一"}),
]

# look-alikes: a given name that is itself such a word, and a Tibetan name with 多 before a verb, stay whole
LOOK_ALIKE_ROWS = [
    ("a given name that is an adverb word, closed by a verb",
     "平江县县长王依然主持会议。", {("Official", "王依然")}, set(), {"王依"}),
    ("a Tibetan name ending in 多吉, closed by a verb",
     "村医扎西多吉介绍了巡诊的情况。", {("Person", "扎西多吉")}, set(), {"扎西"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ADVERB_ROWS + LOOK_ALIKE_ROWS,
                         ids=[r[0] for r in ADVERB_ROWS + LOOK_ALIKE_ROWS])
def test_an_adverb_closes_a_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BRANCH = "中共{}支部委员会"
# (class, text, the official, the branch of the village whose post he holds)
COPULA_ROWS = [
    ("村里的 and the village in the sentence before",
     "去年，我们来到安化县仙溪镇大溪村。村里的第一书记是县交通运输局派来的干部孙卫东，他到村三年，带着村民修通了公路。",
     "孙卫东", "安化县仙溪镇大溪村"),
    ("村里的 and the village in an earlier paragraph",
     "记者来到平江县三市镇石坪村。\n这里山高路远，过去连一条像样的公路都没有。\n村里的第一书记是省农业农村厅选派的干部何建平。他说，产业要靠大家。",
     "何建平", "平江县三市镇石坪村"),
    ("the village printed before 的",
     "平江县三市镇石坪村的第一书记是省农业农村厅派来的干部何建平。", "何建平", "平江县三市镇石坪村"),
    ("该村 and a word of sending with no cadre's word",
     "我们走进浏阳市大围山镇楚东村。该村第一书记是市水利局派驻的罗志刚。", "罗志刚", "浏阳市大围山镇楚东村"),
]


@pytest.mark.parametrize("cls,text,name,village", COPULA_ROWS, ids=[r[0] for r in COPULA_ROWS])
def test_a_first_secretary_after_the_copula(nlp, cls, text, name, village):
    check_reading(nlp, text, {("Official", name)}, {(name, "holdsPost", BRANCH.format(village))}, set())


def test_no_name_after_the_copula_is_none(nlp):
    """村里的第一书记是省里派来的，姓王: the sender and no name, no official."""
    entities, _ = read_names(nlp, "我们走进浏阳市大围山镇楚东村。村里的第一书记是省里派来的，姓王。")
    assert not [n for t, n in entities if t in ("Official", "Person")], sorted(entities)


def test_two_villages_leave_the_branch_unread(nlp):
    """Two villages named before 村里的: which one is meant is not read, so no branch is."""
    text = "我们先后走访了浏阳市大围山镇楚东村和白沙村。村里的第一书记是市水利局派来的干部罗志刚。"
    entities, facts = read_names(nlp, text)
    assert not [x for x in facts if x[0] == "罗志刚" and "村支部委员会" in x[2]], sorted(facts)


HERDER_ROWS = [
    ("a household closed by a full stop", "镇长带我们走进牧民多吉家。多吉的妻子端来了奶茶。", {("Person", "多吉")}, {"多吉家"}),
    ("a household closed by a comma", "我们来到牧民旺堆家，院子里堆满了草料。", {("Person", "旺堆")}, {"旺堆家"}),
    ("an old herder's role, then 拉着", "临走时，村里的老牧人桑珠拉着我们的手说，日子越过越好。", {("Person", "桑珠")}, {"桑珠拉"}),
    ("老牧民 and 拉着", "老牧民贡布拉着我们的手不放。", {("Person", "贡布")}, {"贡布拉"}),
    ("拉著 as a traditional page prints it", "臨走時，村裡的老牧人桑珠拉著我們的手說，日子越過越好。", {("Person", "桑珠")},
     {"桑珠拉"}),
    # look-alikes: 拉 that is a name's own character, a household before 的, no name before a household
    ("a name with 拉 of its own before a verb of speech", "牧民次仁拉姆说，今年的草场长得好。", {("Person", "次仁拉姆")}, {"次仁"}),
    ("a four-character name's household before 的", "村民次仁多吉家的房子翻新了。", {("Person", "次仁多吉")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,absent", HERDER_ROWS, ids=[r[0] for r in HERDER_ROWS])
def test_a_herders_two_character_name(nlp, cls, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)


def test_a_household_with_no_name_is_none(nlp):
    entities, _ = read_names(nlp, "我们走进牧民家。牧民家的牛羊过冬不用愁。")
    assert not [n for t, n in entities if t in ("Official", "Person")], sorted(entities)
