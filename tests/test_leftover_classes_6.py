"""People classes left over after the fifteenth own set, each row a sentence written for this test: a three-character
name whose surname is more often a function word (和, 向, 时) after a role word and closed by a verb of speech (村民和某某说),
the function word staying a word where a word, a pronoun, a role, a day or a word of place follows it; a name after an
age and a school pupil's or a tourist guide's role (16岁的初中生某某); a four-character Tibetan name in a byline whose
characters include 藏 (记者 尕藏某某); the head of a bureau's 科 or 股 printed bare after the unit was read with its
bureau (该局某某股和…。某某股股长某某说: the post is that bureau's unit's); a bracket of credits broken by a line break
inside a name (（通讯员 于⏎文博）: the name whole)."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. function-word surnames after a role, closed by a verb of speech
    ("村民和某某说", "龙山县洗车河镇举办采摘节，村民和秀英说，今年的椪柑个头大。", {("Person", "和秀英")}, set(), set()),
    ("果农向某某告诉", "果农向红梅告诉大家，她家的梨已经卖完了。", {("Person", "向红梅")}, set(), set()),
    ("导游时某某介绍", "导游时晓东介绍，古镇每年接待游客十万人次。", {("Person", "时晓东")}, set(), set()),
    ("和 before a word stays a word", "村民和老伴说，今年收成好。", set(), set(), {"和老伴"}),
    ("向 before a role stays a word", "村民向记者说，路修好了。", set(), set(), {"向记者"}),
    ("向 before a role's head stays a word", "游客向导游介绍自己。", set(), set(), {"向导游"}),
    ("于 before a day stays a word", "居民于近日表示满意。", set(), set(), {"于近日"}),
    ("和 before a pronoun stays a word", "村民和大家说了很多。", set(), set(), {"和大家"}),
    ("向 before a news outlet stays a word", "几位果农向新华社记者说，今年梨价不错。", set(), set(), {"向新华"}),
    ("时常 after a role is no name", "导游时常提醒游客注意安全。", set(), set(), {"时常提", "时常"}),
    ("和 with no speech verb after", "村民和邻居一起修路。", set(), set(), {"和邻居"}),
    # 2. a name after an age and a role
    ("岁的初中生某某", "16岁的初中生周子涵获得一等奖。", {("Person", "周子涵")}, set(), set()),
    ("岁的小学生某某", "9岁的小学生林可欣参加了比赛。", {("Person", "林可欣")}, set(), set()),
    ("岁的中学生某某", "15岁的中学生贺雨桐说，她喜欢读书。", {("Person", "贺雨桐")}, set(), set()),
    ("a pupil's role before no name", "全县高中生人数逐年增加。", set(), set(), {"人数逐"}),
    # 3. a Tibetan name with 藏 in a byline
    ("记者 尕藏某某 in a bracket of credits", "本报讯（记者 尕藏拉姆 通讯员 李红军）5月3日，玛曲县召开会议。",
     {("Person", "尕藏拉姆"), ("Person", "李红军")}, set(), set()),
    # 5. a bureau's unit printed bare before its head's title
    ("该局某股 then 某股股长", "近日，平江县市场监督管理局组织开展检查。该局餐饮服务监管股和各市场监管所参加。"
     "餐饮服务监管股股长李红军说，今年检查了200家餐馆。",
     {("Official", "李红军")}, {("李红军", HP, "平江县市场监督管理局餐饮服务监管股")}, set()),
    ("局某科 then 某科科长", "平江县农业农村局召开会议，局种植业科负责同志参加。种植业科科长王立平介绍了情况。",
     {("Official", "王立平")}, {("王立平", HP, "平江县农业农村局种植业科")}, set()),
    ("another bureau's own unit stays its own", "平江县农业农村局种植业科负责同志参加。岳阳市农业农村局种植业科科长王立平介绍了情况。",
     {("Official", "王立平")}, {("王立平", HP, "岳阳市农业农村局种植业科")}, set()),
    # 4. a byline's bracket broken inside a name
    ("（通讯员 于⏎文博）", "平江县新闻\n本报讯（通讯员 于\n文博）5月12日，平江县召开推进会。", {("Person", "于文博")}, set(),
     {"文博"}),
    ("（记者 周红⏎梅 通讯员 某某）", "平江县新闻\n本报讯（记者 周红\n梅 通讯员 李强）5月12日，平江县召开推进会。",
     {("Person", "周红梅"), ("Person", "李强")}, set(), {"周红"}),
    ("西藏 after a role is no name", "游客在西藏拍照，记者来到西藏自治区。", set(), set(), {"西藏", "在西藏"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_open_bracket_that_is_no_byline_keeps_its_break():
    """A title's bracket broken over two lines holds no reporter's role: the lines stay apart as before."""
    from kg.clean import clean

    text = "平江县人民政府关于印发工作要点的通知（征求意见\n稿）\n各乡镇：现将要点印发。"
    assert clean(text).text.startswith("平江县人民政府关于印发工作要点的通知（征求意见\n稿）\n")


def test_byline_bracket_broken_in_a_name_is_one_line():
    from kg.clean import clean

    assert "（通讯员于文博）" in clean("平江县新闻\n本报讯（通讯员 于\n文博）5月12日，平江县召开推进会。").text
