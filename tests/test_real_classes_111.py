"""Classes the hundred-and-eleventh own people set showed (a blind sample of village and township news: first
secretaries sent to villages in 黑龙江, 江西, 广西, 内蒙古 and 重庆, a town's armed-forces head made a village's secretary
in 湖南, a county's "one shoulder" elections in 甘肃, a poor village and its head in 河南), each row a text written for
this test, with other places and names than the set's.

- A first secretary's title printed in quotes right after its village or after the village's Party organisation
  (某村“第一书记”某某, 担任某村村党组织“第一书记”): the post of the village's branch, as without the quotes
  (``_title_at`` in ``kg/ner/people.py``, QuotedPost).
- The village's level repeated before its Party organisation (某某村村党组织, 某某村村党支部): the village's own branch
  (GrassrootsParty, agency_grammar.jsonl).
- 驻村 after 和 (派驻“第一书记”和驻村工作队): the team's word, no given name (NotGivenName, people.jsonl).
- A county, 的, then a body of the field lexicon or a short form (某市的教育局副局长, 某区的教委): the place's body, named
  without the link (PlaceBodyLink, agency_grammar.jsonl; ``_parse_from`` in ``kg/ner/agencies.py``).
- 村主任 printed bare after a text that named one village (某村…。村主任某某介绍): that village's committee
  (``_implied_village_committee``); with two villages named, none.
- 扶贫第一书记 (到某村担任扶贫第一书记): the village branch's first secretary, as 驻村第一书记 (TitleModifier and
  StationedModifier 扶贫, titles.jsonl).
- The head of a household and an old spouse before their names (户主某某和老伴某某): persons (Role, roles.jsonl).
- A first secretary's title in quotes after a verb of taking a post (被派到某村担任“第一书记”): read from inside the quotes
  (``_quoted_post_at`` in ``_title_at``).
- 中央农村办 and 国务院扶贫办 printed short (Agency, agencies.jsonl): the offices, not the State Council beside them.
- A comparison of timing (比某部印发《…》早了一年, 比…提前了): a citing frame (CiteOpen and CiteClose of the field compare,
  relation_cues.jsonl; the field added in ``kg/relations.py``) whose bodies are no doers of the clause around it.
"""
import pytest

from conftest import check_reading


BRANCH = "中共汪清县天桥岭镇新兴村支部委员会"

ROWS = [
    ("a first secretary's title in quotes right after the village",
     "汪清县天桥岭镇新兴村的木耳大棚里很忙。今年，新兴村“第一书记”孙立平带着村民建冷库。",
     {("Official", "孙立平")}, {("孙立平", "holdsPost", BRANCH)}, set()),
    ("a first secretary's title in quotes after the village's Party organisation, the level repeated",
     "孙立平担任汪清县天桥岭镇新兴村村党组织“第一书记”，至今已满一年。",
     {("Official", "孙立平")}, {("孙立平", "holdsPost", BRANCH)}, set()),
    ("a quoted title, 和, then a village team",
     "全县派驻了“第一书记”和驻村工作队，帮扶贫困村。",
     set(), set(), {"和驻村"}),
    ("a county, 的, then a bureau of the field lexicon",
     "驻村以前，孙立平是开平市的审计局副局长。",
     {("Official", "孙立平"), ("Agency", "开平市审计局")}, {("孙立平", "holdsPost", "开平市审计局")}, {"开平市的审计局"}),
    ("a county, 的, then a body's short form",
     "驻村以前，孙立平是开平市的教育局副局长。",
     {("Official", "孙立平"), ("Agency", "开平市教育局")}, {("孙立平", "holdsPost", "开平市教育局")}, set()),
    ("a village head printed bare after one village",
     "汪清县天桥岭镇新兴村今年种了木耳。村主任孙立平介绍，今年收入翻了一番。",
     {("Official", "孙立平"), ("Agency", "汪清县新兴村村民委员会")},
     {("孙立平", "holdsPost", "汪清县新兴村村民委员会")}, set()),
    ("a first secretary for poverty relief sent to a village",
     "汪清县天桥岭镇新兴村今年种了木耳。去年，孙立平到新兴村担任扶贫第一书记。",
     {("Official", "孙立平")}, {("孙立平", "holdsPost", BRANCH)}, set()),
    ("the head of a household and an old spouse",
     "这户人家的户主孙立平和老伴何秀英都七十多岁了。",
     {("Person", "孙立平"), ("Person", "何秀英")}, set(), set()),
    ("a first secretary's title in quotes after a verb of taking a post, the village before the verb",
     "孙立平被派到汪清县天桥岭镇新兴村担任“第一书记”，任期2年。",
     {("Official", "孙立平")}, {("孙立平", "holdsPost", BRANCH)}, set()),
    ("the central rural work office and the poverty relief office printed short in a list",
     "2016年，中组部、中央农村办、国务院扶贫办联合下发通知，部署选派工作。",
     {("Agency", "中央农村工作领导小组办公室"), ("Agency", "国务院扶贫开发领导小组办公室")}, set(),
     {"中华人民共和国国务院"}),
    ("ministries in a comparison of timing are no doers of the scheme the clause starts",
     "2014年，开平市在全省率先启动选派驻村“帮扶专员”工程，比交通运输部、农业农村部联合印发《关于做好选派干部到村任帮扶专员工作的通知》早了大半年。",
     {("Agency", "交通运输部"), ("Agency", "农业农村部")}, {("开平市", "implements", "选派驻村帮扶专员工程")}, set()),
    # controls
    ("a body that opens the clause still starts the scheme",
     "开平市人民政府全面启动“百村帮扶”工程。",
     {("Agency", "开平市人民政府")}, {("开平市人民政府", "implements", "百村帮扶工程")}, set()),
    ("the village's branch with the level repeated before its title (read before too)",
     "汪清县天桥岭镇新兴村村党支部书记孙立平介绍了情况。",
     {("Official", "孙立平"), ("Agency", BRANCH)}, {("孙立平", "holdsPost", BRANCH)}, set()),
    ("a village head printed bare after two villages stays unplaced",
     "汪清县天桥岭镇新兴村和红日村今年种了木耳。村主任孙立平介绍，今年收入翻了一番。",
     {("Official", "孙立平")}, set(), {"汪清县新兴村村民委员会"}),
    ("a county, 的, then a firm is no body",
     "开平市的一家企业今年扩产。",
     set(), set(), {"开平市的一家企业", "开平市一家企业"}),
    ("a township's organisations of its villages are no one body",
     "天桥岭镇村党组织书记都参加了培训。",
     set(), set(), {"中共汪清县天桥岭镇委员会"}),
]


ABSENT_FACTS = {
    "ministries in a comparison of timing are no doers of the scheme the clause starts":
        {("交通运输部", "implements", "选派驻村帮扶专员工程"), ("农业农村部", "implements", "选派驻村帮扶专员工程")},
}


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_111(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent, absent_facts=frozenset(ABSENT_FACTS.get(label, ())))
