"""Classes the twenty-fifth own people set showed (appointments, leaders' days, honours lists, a hospital's, a school's
and a county congress's news rewritten from real articles), each row a text written for this test, with other places and
names than the set's."""
import pytest

from conftest import check_reading

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ELECTION_ROWS = [
    ("the votes a name won between it and the verb of election",
     "宁陵县第十七届人民代表大会第一次会议举行选举。马志强以201票当选为县人民政府县长。",
     {("Official", "马志强")}, {("马志强", "holdsPost", "宁陵县人民政府")}, set()),
    ("the same with 的高票",
     "宁陵县第十七届人民代表大会第一次会议举行选举。马志强以201票的高票当选为县人民政府县长。",
     {("Official", "马志强")}, {("马志强", "holdsPost", "宁陵县人民政府")}, set()),
    ("a row of elected names whose last one is joined by 和",
     "宁陵县第十七届人民代表大会第一次会议举行选举。孙立新、周海燕、钱玉兰和吴德胜当选宁陵县人民政府副县长。",
     {("Official", "孙立新"), ("Official", "周海燕"), ("Official", "钱玉兰"), ("Official", "吴德胜")},
     {("孙立新", "holdsPost", "宁陵县人民政府"), ("周海燕", "holdsPost", "宁陵县人民政府"),
      ("钱玉兰", "holdsPost", "宁陵县人民政府"), ("吴德胜", "holdsPost", "宁陵县人民政府")}, set()),
    ("a term printed without 第 inside the standing committee's title",
     "宁陵县第十七届人民代表大会第一次会议举行选举。赵春雷、高玉兰当选为县十七届人大常委会副主任。",
     {("Official", "赵春雷"), ("Official", "高玉兰")},
     {("赵春雷", "holdsPost", "宁陵县人民代表大会常务委员会"), ("高玉兰", "holdsPost", "宁陵县人民代表大会常务委员会")}, set()),
    ("a name, a count and the word for the deputies before the verb",
     "宁陵县第十七届人民代表大会第一次会议举行选举。刘国平等15名代表当选为县十七届人大常委会委员。",
     {("Official", "刘国平")}, {("刘国平", "holdsPost", "宁陵县人民代表大会常务委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ELECTION_ROWS, ids=[r[0] for r in ELECTION_ROWS])
def test_a_congress_election(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)



LIST_LINE_ROWS = [
    ("a list's line: a name, a bracketed note, a blank, then the posts to the line's end",
     "受表彰的个人名单：\n朴成浩（朝鲜族） 吉林省图们市月晴镇白龙村党支部书记、村委会主任\n李春花（女） 吉林省龙井市智新镇明东村党支部书记\n",
     {("Official", "朴成浩"), ("Official", "李春花")},
     {("朴成浩", "holdsPost", "中共图们市月晴镇白龙村支部委员会"), ("朴成浩", "holdsPost", "图们市白龙村村民委员会"),
      ("李春花", "holdsPost", "中共龙井市智新镇明东村支部委员会")}, set()),
    ("a line whose post is in no body the rules read keeps a person, its name whole",
     "受表彰的个人名单：\n朴成浩（朝鲜族） 吉林省图们市月晴镇白龙村党支部书记\n尚志远 吉林省图们市文物局博物馆考古研究员\n",
     {("Official", "朴成浩"), ("Person", "尚志远")}, {("朴成浩", "holdsPost", "中共图们市月晴镇白龙村支部委员会")}, {"尚志"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LIST_LINE_ROWS, ids=[r[0] for r in LIST_LINE_ROWS])
def test_a_list_line_name_first(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_the_list_lines_stay_apart(nlp):
    """The post at one line's end names no one of the next line (the lines are no sentence broken by the page)."""
    check_reading(nlp, "受表彰的个人名单：\n李春花（女） 吉林省龙井市智新镇明东村党支部书记\n朴成浩（朝鲜族） 吉林省图们市月晴镇白龙村党支部书记\n",
                  {("Official", "朴成浩")}, {("朴成浩", "holdsPost", "中共图们市月晴镇白龙村支部委员会")}, set(),
                  absent_facts={("朴成浩", "holdsPost", "中共龙井市智新镇明东村支部委员会")})


CONGRESS_ROWS = [
    ("a city's congress printed 人大 before its standing committee's titles",
     "4月2日，柳州市人大党组成员、副主任黄建国一行到市人民医院调研。",
     {("Official", "黄建国")}, {("黄建国", "holdsPost", "柳州市人民代表大会常务委员会")},
     {("黄建国", "holdsPost", "柳州市人民代表大会")}),
    ("a county's, its vice-chairman's title after 人大",
     "鹿邑县人大副主任孙明华陪同调研。",
     {("Official", "孙明华")}, {("孙明华", "holdsPost", "鹿邑县人民代表大会常务委员会")},
     {("孙明华", "holdsPost", "鹿邑县人民代表大会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent_facts", CONGRESS_ROWS, ids=[r[0] for r in CONGRESS_ROWS])
def test_a_congress_printed_renda_before_a_standing_title(nlp, cls, text, entities, facts, absent_facts):
    check_reading(nlp, text, entities, facts, set(), absent_facts=absent_facts)


def test_an_officials_name_run_on_into_a_preposition(nlp):
    """区委书记某某… then 某某向采访团讲述: the official again, 向 no part of a longer name."""
    check_reading(nlp, "区委书记吴清陪同调研。在公园里，吴清向采访团讲述了棚改前居民的困境。",
                  {("Official", "吴清")}, set(), {"吴清向"})
