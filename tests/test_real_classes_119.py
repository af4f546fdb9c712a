"""Classes the hundred-and-nineteenth own people set showed (a blind sample of people's congress and CPPCC news at city
and county level: a county congress standing committee's meeting in 射阳县 (江苏), a city's CPPCC members inspecting in
嵊州 (浙江), 洛阳's CPPCC leaders each sent to a county (河南), a county congress's presidium in 宁乡 (湖南), 乐山's CPPCC
chairman visiting 通江 (四川), a city congress's preparatory meeting in 玉溪 (云南), a digest of county CPPCCs' work
(陕西), a city CPPCC's session opening in 银川 (宁夏)), each row a text written for this test, with other places and
names than the set's.

- A schedule of a body's leaders, each with an errand of his own in a clause that a semicolon closes (市政协副主席甲参加
  某区政协的视察，听取意见；副主席乙参加…；副主席丙…): the same title printed bare after the semicolon is a post in the
  body of the first (ClauseListSeparator, people.jsonl; ``_clause_list`` in ``kg/ner/people.py``), as after a comma; a
  title of another head, or one printed with a body of its own, keeps its own.
- A byline that prints a mark after each name with blanks and no slash (（记者 某某 文 某某 图）): the cleaning kept no
  blank around the lone mark, so the first name ran into it (某某文); the blanks on either side of such a mark are kept
  (CreditAfterBlank, page.jsonl; ``kg/clean.py``).
- A county-level city that was a county (宁乡, 宁乡县 until 2017), printed only by its short form inside a body's name
  (宁乡经开区工委书记), in a text that prints a county's bodies by the level alone (县委书记, 县长, 县人大常委会): no place
  was read, so the county's bodies were not; the former county is the text's county (FormerCountyCue, FormerCountyNotBefore,
  agency_grammar.jsonl; ``_former_counties`` in ``kg/ner/jurisdiction.py``), unless the text names the city whole or
  another county or city.
- Members and the cadres of two levels joined by 和 (组织部分委员和镇村干部): 和 opened a name (和镇村); the cadres of two
  levels are the conjunction's object (ConjoinedGroup 镇村, 村镇, 县乡, people.jsonl).
"""
import pytest

from conftest import check_reading

_HZ = "中国人民政治协商会议湖州市委员会"
_HZR = "湖州市人民代表大会常务委员会"

ROWS = [
    # a schedule of a body's leaders, each in a clause closed by a semicolon
    ("deputies of a city's CPPCC, each with an errand closed by a semicolon",
     "湖州市政协副主席陈立新参加了吴兴区政协组织的“老旧小区改造”视察，听取居民意见；副主席周海燕参加长兴县政协座谈；"
     "副主席沈国平到安吉县开展调研。",
     {("Official", "陈立新"), ("Official", "周海燕"), ("Official", "沈国平")},
     {("陈立新", "holdsPost", _HZ), ("周海燕", "holdsPost", _HZ), ("沈国平", "holdsPost", _HZ)}, set()),
    ("deputies of a city congress's standing committee in a schedule",
     "湖州市人大常委会副主任吴建明到德清县检查工作；副主任钱晓红到南浔区调研。",
     {("Official", "吴建明"), ("Official", "钱晓红")},
     {("吴建明", "holdsPost", _HZR), ("钱晓红", "holdsPost", _HZR)}, set()),
    # a byline with a lone mark after each name
    ("a byline with a mark after each name and blanks between",
     "会议表决通过了议程。\n（湖州日报全媒体记者 吴晓梅 文 周建军 图）",
     {("Person", "吴晓梅"), ("Person", "周建军")}, set(), {"吴晓梅文"}),
    ("a reporter's byline with one mark after the names",
     "会议表决通过了议程。\n（记者 吴晓梅 文）",
     {("Person", "吴晓梅")}, set(), {"吴晓梅文"}),
    # members and the cadres of two levels
    ("members and the cadres of towns and villages",
     "县政协组织部分委员和镇村干部赴外地考察学习。",
     set(), set(), {"和镇村"}),
    ("a secretary and the cadres of counties and townships at two levels",
     "县委书记和县乡两级干部座谈。",
     set(), set(), {"和县乡"}),
    ("a secretary and the Party members among town and village cadres",
     "镇党委书记和村镇党员干部一起入户走访。",
     set(), set(), {"和村镇"}),
    # a former county printed only by its short form inside a body's name, beside a county's bodies
    ("a county-level city that was a county, printed inside a zone's committee, before a county's posts",
     "4月3日上午，射洪经开区工委书记、县委书记王建华，县委副书记、县长李明出席会议。",
     {("Agency", "中共射洪县委员会"), ("Agency", "射洪县人民政府")},
     {("王建华", "holdsPost", "中共射洪县委员会"), ("李明", "holdsPost", "射洪县人民政府")}, set()),
    ("a county congress's head beside a former county's zone",
     "隆昌经开区召开招商工作会议，县人大常委会主任赵海涛出席。",
     {("Agency", "隆昌县人民代表大会常务委员会")}, {("赵海涛", "holdsPost", "隆昌县人民代表大会常务委员会")}, set()),
    # controls
    ("the city printed whole keeps the city's bodies",
     "射洪市委书记王建华到射洪经开区调研。市委副书记、市长李明参加。",
     {("Agency", "中共射洪市委员会")}, {("王建华", "holdsPost", "中共射洪市委员会")}, {"中共射洪县委员会"}),
    ("a prefecture's short form before its level names no former county",
     "文山州委常委到企业调研，县委书记王建华陪同，文山学院参与。",
     set(), set(), {"中共文山县委员会"}),
    ("a deputy of a county's CPPCC after the semicolon keeps his own body",
     "湖州市政协副主席陈立新参加视察；长兴县政协副主席周海燕参加座谈。",
     {("Agency", "中国人民政治协商会议长兴县委员会")},
     {("陈立新", "holdsPost", _HZ), ("周海燕", "holdsPost", "中国人民政治协商会议长兴县委员会")},
     set()),
    ("a slash credit keeps its reading",
     "会议表决通过了议程。\n（某县融媒体中心 乌日娜/文 孟根/图）",
     {("Person", "乌日娜")}, set(), {"乌日娜文"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_119(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
