"""Classes the hundred-and-first own people set showed (a blind sample of ordinary county and city government news:
a county-level city's CPPCC session opening in 福清, a city Party secretary's week in 济南, a city's New Year tea party
in 开封, the joint meeting of the 长株潭 cities' Party secretaries, a city CPPCC session closing in 来宾, a town's visits
to needy households in 盐亭县, a city government's executive meeting in 凯里, a city government's Party group meeting
in 香格里拉), each row a text written for this test, with other places and names than the set's.

- A span of days after a name (某某一周工作动态, 某某这一周): no part of the name (AfterName 一周, 这一周, 这周, 上周;
  这 keeps a two-character name at two and is never a three-character name's third: TwoCharNameFollower,
  NameThirdStop).
- A CPPCC committee printed with the conference's full name and its term (中国人民政治协商会议某市第四届委员会第三次会议):
  the city's CPPCC committee, as after 政协 (CppccBefore 中国人民政治协商会议); the conference's and the Party's full
  names before a place are no word the place is glued to (BeforePlaceWord 中国人民政治协商会议, 中国共产党), so the
  place and its committee in one of its terms are read (中国共产党某市第十届委员会).
- A Party body printed with the Party's full name and its term between the place and the body
  (中国共产党某省第十届纪律检查委员会): the province's discipline commission, named without its term (CpcTermedBody,
  ``_parse_from`` in ``kg/ner/agencies.py``).
- Names listed before 等 and the bodies they lead before the word for leaders (甲、乙、丙等市委、市人大常委会、市政府
  领导): officials, as before 市领导 (LeadersBody, LeadersBodyLevel, ``names_then_leaders`` in ``kg/ner/people.py``).
- A person's home after the name (在退伍军人某某某家, 来到曾任老支书的某某某家): 家 ends the name (AfterName 家), and a
  full name after a describing clause and 的 that 家 closes is a person, as one a verb of speech closes
  (``_described_list`` in ``kg/ner/people.py``).
"""
import pytest

from conftest import check_reading


ROWS = [
    # a span of days after a name
    ("a city secretary's week in a headline, a two-character name",
     "德州市委书记王军一周工作动态\n8月5日，王军主持召开市委常委会会议。",
     {("Official", "王军")}, set(), {"王军一"}),
    ("a district head's week after 这, a two-character name",
     "海曙区区长李华这一周走访了五个街道，了解基层治理情况。",
     {("Official", "李华")}, set(), {"李华这"}),
    ("a county head's last week, a two-character name",
     "县长周涛上周到三个乡镇调研春耕生产。",
     {("Official", "周涛")}, set(), {"周涛上"}),
    # a CPPCC committee with the conference's full name and its term
    ("a city CPPCC committee printed in full with its term",
     "1月8日，中国人民政治协商会议梧州市第十届委员会第二次会议在市会议中心开幕。",
     {("Agency", "中国人民政治协商会议梧州市委员会")}, set(), {"梧州市第十届委员会"}),
    ("a county CPPCC committee printed in full with its term",
     "中国人民政治协商会议桐梓县第九届委员会第四次会议圆满完成各项议程后闭幕。",
     {("Agency", "中国人民政治协商会议桐梓县委员会")}, set(), {"桐梓县第九届委员会"}),
    # a Party body with the Party's full name and its term
    ("a province's discipline commission printed with the Party's full name and its term",
     "会议传达学习了《中国共产党贵州省第十三届纪律检查委员会第四次全体会议公报》。",
     {("Agency", "贵州省纪律检查委员会")}, set(), {"贵州省第十三届纪律检查委员会"}),
    ("a city's Party committee printed with the Party's full name and its term",
     "中国共产党梧州市第十届委员会第二次全体会议在市行政中心召开。",
     {("Agency", "中共梧州市委员会")}, set(), set()),
    ("a city's discipline commission printed with the Party's full name and its term",
     "中国共产党梧州市第十届纪律检查委员会第二次全体会议召开。",
     {("Agency", "梧州市纪律检查委员会")}, set(), {"梧州市第十届纪律检查委员会"}),
    # names, then 等 and the bodies they lead, then 领导
    ("names before 等 and a county's bodies, then 领导",
     "调研组一行到乡镇调研。刘志刚、周建华、黄小梅等县委、县政府领导陪同调研。",
     {("Official", "刘志刚"), ("Official", "周建华"), ("Official", "黄小梅")}, set(), set()),
    ("names before 等 and a district's congress and CPPCC, then 领导",
     "会议开幕。赵卫东、钱丽华等区人大、区政协领导在主席台就座。",
     {("Official", "赵卫东"), ("Official", "钱丽华")}, set(), set()),
    # a person's home after the name
    ("a name after a role that 家 closes",
     "在脱贫户王德明家，他仔细询问了一家人的生活情况。",
     {("Person", "王德明")}, set(), {"王德"}),
    ("a full name after a describing clause and 的 that 家 closes",
     "随后，他来到曾当过民办教师的张秀英家中看望。",
     {("Person", "张秀英")}, set(), set()),
    # controls
    ("a given name whose first character is 家 (read so before)",
     "村民张家明说，今年的收成比去年好。",
     {("Person", "张家明")}, set(), {"张家"}),
    ("names before 等 and the word for leaders alone (read so before)",
     "刘志刚、周建华等领导出席会议。",
     {("Official", "刘志刚"), ("Official", "周建华")}, set(), set()),
    ("a CPPCC committee after 政协 with its term (read so before)",
     "政协梧州市第十届委员会第二次会议开幕。",
     {("Agency", "中国人民政治协商会议梧州市委员会")}, set(), set()),
    ("a name closed by 这 in a three-character name's place (read so before)",
     "镇长王德明这次带队前往。",
     {("Official", "王德明")}, set(), {"王德明这"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_101(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
