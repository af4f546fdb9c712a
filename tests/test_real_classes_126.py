"""Classes the hundred-and-twenty-sixth own people set showed (a blind sample of governments meeting the leaders of
state firms, banks and other firms: a governor meeting firms' chairmen at an expo (山西), a provincial secretary and
governor meeting the SASAC's delegation (吉林), a chamber of commerce received in 南昌 (江西), a state group's president
calling on the region's chairman (广西), a meeting of Zhejiang's entrepreneurs in 重庆, a chamber's visit home hosted
by the province's federation of industry and commerce (贵州), talks with a foreign group's chairman in 昆明 (云南), a
province's promotion of its industries held in 浙江 (甘肃)), each row a text written for this test, with other places,
bodies, firms and names than the set's.

- A city's short form right before a verb of meeting or 同 after 在 (在某市会见某集团董事长, 在某市同某集团董事长举行会谈):
  the firm's head later in the clause made the city the start of a firm's name, so the city was not read; a verb of
  meeting, and 同 after 在, close the place (OrgMeetingWord, places.jsonl; ``_inside_org_name``, ``kg/ner/places.py``).
- An official's post followed by posts in institutions that are no agencies (省工商联主席、某商总会会长、某集团董事长某某):
  only one such post was looked for, so the names were read as a firm's person and the official's post was lost; the
  run goes on over a list's separator, another institution's post or a bare title of the last one
  (``_institution_post_names``), and a merchants' federation (总会) is such an institution (InstitutionHead, people.jsonl).
- An official's post, then a firm's Party post and its other post (省工商联副主席、某集团党委书记、董事长某某): the bare
  title after the firm's Party post closes the chain before the names (the chain rules, ``kg/ner/people.py``).
- A firm's board (某集团董事局主席): read as a bureau (局) inheriting the province named before; 董事 before 局 ends no
  body (NotBodyEnd, agency_grammar.jsonl).
- An office's director printed with the office's kind alone after the office was named (某省政府驻某市办事处联系安排，
  办事处主任某某带领): the kind before the title made it the tail of another word and the name was not read; the kind
  (BareBodyKind, people.jsonl) may stand between the clause's opening and the bare title, and the title heads the body
  of that kind its sentence named last (``_body_visited``); 主任 heads an 办事处 (DirectedBody).
"""
import pytest

from conftest import check_reading

ROWS = [
    # a city's short form before a verb of meeting, then a firm's name
    ("a city before 会见 and a group's chairman",
     "省委书记李明在贵阳会见华电集团董事长陈立。",
     {("Place", "贵阳市"), ("Person", "陈立")}, set(), set()),
    ("a city before 同 after 在, then a group's chairman",
     "省长赵刚在成都同中铁集团董事长孙涛举行会谈。",
     {("Place", "成都市"), ("Person", "孙涛")}, set(), set()),
    # controls
    ("a city before 拜会, then a region's title (read before the fix too)",
     "集团总经理周伟在拉萨拜会自治区主席，某建设集团副总经理陪同。",
     {("Place", "拉萨市")}, set(), set()),
    ("a firm named after a city stays no mention of the city",
     "北京同仁堂集团董事长到西宁考察。",
     {("Place", "西宁市")}, set(), {"北京市"}),
    ("a city before 与 already closes the place",
     "省委书记李明在贵阳与华电集团董事长陈立会谈。",
     {("Place", "贵阳市")}, set(), set()),
    # an official's post followed by posts in institutions that are no agencies
    ("a federation's chair, a merchants' federation's head and a firm's chairman",
     "江苏省工商联主席、苏商总会会长、远东控股集团董事长蒋明出席。",
     {("Official", "蒋明"), ("Agency", "江苏省工商业联合会")}, {("蒋明", "holdsPost", "江苏省工商业联合会")}, set()),
    ("a CPPCC vice-chair, then two associations' posts",
     "县政协副主席、县茶叶协会会长、县电商协会会长吴芳发言。",
     {("Official", "吴芳")}, set(), set()),
    ("a federation's vice-chair, a group's Party secretary and its chairman",
     "江苏省工商联副主席、恒力集团党委书记、董事长陈华作为代表发言。",
     {("Official", "陈华"), ("Agency", "江苏省工商业联合会")}, {("陈华", "holdsPost", "江苏省工商业联合会")}, set()),
    ("a group's Party secretary and chairman alone stays a firm's person",
     "恒力集团党委书记、董事长陈华作为代表发言。",
     {("Person", "陈华")}, set(), set()),
    # a firm's board is no bureau
    ("a federation's chair and a group's board chairman",
     "江苏省工商联主席、沙钢集团董事局主席沈文出席。",
     {("Official", "沈文")}, {("沈文", "holdsPost", "江苏省工商业联合会")}, {"江苏省沙钢集团董事局", "沙钢集团董事局"}),
    ("a bureau whose name holds 事 stays a bureau",
     "市机关事务管理局局长高峰出席。",
     {("Official", "高峰")}, set(), set()),
    # an office's kind printed alone before a bare title, after the office named in the sentence
    ("an office's director after its kind printed alone",
     "考察由四川省人民政府驻深圳办事处联系安排，办事处主任罗军全程陪同。",
     {("Official", "罗军")}, {("罗军", "holdsPost", "四川省人民政府驻深圳办事处")}, set()),
    ("a street office visited, then its bare director",
     "记者来到城关街道办事处，主任杨帆介绍了辖区情况。",
     {("Official", "杨帆")}, {("杨帆", "holdsPost", "城关街道办事处")}, set()),
    ("an office's kind alone with no office named before reads no official",
     "会议由办事处主任罗军主持。",
     set(), set(), set(), {("罗军", "holdsPost", "城关街道办事处")}),
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_126(nlp, row):
    _label, text, entities, facts, absent, *rest = row
    check_reading(nlp, text, entities, facts, absent, absent_facts=frozenset(rest[0]) if rest else frozenset())
