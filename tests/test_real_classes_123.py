"""Classes the hundred-and-twenty-third own programme set showed (a blind sample of news on villages' first
secretaries and resident work teams: 福建, 湖南, 广东, 贵州, 云南, 陕西, 青海, and a second 湖南 item), each row a text
written for this test, with other places, bodies and teams than the set's.

- A round of teams in a headline (湖南新一轮驻村帮扶工作队全部进村到岗) was read as one body, 湖南省新一轮驻村帮扶工作队:
  新一轮 is never inside a body's name now (AgencyStopWord).
- 在农田里，队员们…: the frame 在…里 round a word of place was no name only before a verb; a clause's comma closes it as
  well now (LocativeFrameCloseMark), so the model's 农田里 (surname 农) is no person.
- A team that a body's offices send (贵州省人大常委会机关驻村工作队) was no body: 机关 may stand between the body and 驻
  (StationedSenderOrgans), and the team is a unit of the body.
- A team stationed in a village printed after its town (某局驻高峰镇营胜村工作队) stood in the town: the village the town
  holds, printed after it, is where the team stands now.
- A team sent by an institution or a firm no body is read in (湖南日报社驻某县某镇某村帮扶工作队, 省出版集团驻…) was named
  from the place after 驻, as the place's own team (安化县仙溪镇大溪村帮扶工作队): the sender's name, read back from 驻 to
  a StationedSenderBound or a mark, opens the team's name now (StationedSenderHead: 报社, 集团, 大学…).
- A person named right after a body and 的 (云南省人力资源和社会保障厅的田夏宇背上行囊) was no person: a name the model reads
  after a body and the link 的 (MemberLink) is taken as after a role now.
- 广东's scheme 扶贫开发“规划到户、责任到人” was no programme (a quote with 、 is a slogan): it is a known scheme now
  (programmes.jsonl; its short form “双到” is not, 双到位 holding it).
- A village's own document (《石源村2023年至2025年的乡村振兴工作方案》) had no owner: titles took only counties and cities
  as the owners named in them; a title that opens with a town's or a village's name is that place's own now.
"""
import pytest

from conftest import check_reading


TEAM_SENDER = "湖北日报社驻郧西县上津镇津城村帮扶工作队"
UNIVERSITY_TEAM = "华中农业大学驻建始县花坪镇小溪村帮扶工作队"
OFFICES_TEAM = "四川省财政厅机关驻村工作队"
VILLAGE_TEAM = "广东省林业局驻黄羌镇双河村工作队"
VILLAGE_PLAN = "《金花村2024年至2026年乡村振兴工作方案》"

ROWS = [
    ("a round of teams is no body's name",
     "江西新一轮驻村帮扶工作队近日全部到岗，开始为期两年的帮扶。",
     {("Place", "江西省")}, set(),
     {"江西省新一轮驻村帮扶工作队", "江西新一轮驻村帮扶工作队"}),
    ("a word of place closed by a comma after 在 is no name",
     "在农田里，技术员们正忙着测土配方。",
     set(), set(),
     {"农田里"}),
    ("a team a body's offices send is a unit of the body",
     "四川省财政厅机关驻村工作队的队员们走访了农户。",
     {("Agency", OFFICES_TEAM)},
     {(OFFICES_TEAM, "subOrganizationOf", "四川省财政厅")},
     set()),
    ("a team stands in the village printed after its town",
     "8月5日，广东省林业局驻黄羌镇双河村工作队召开座谈会。",
     {("Agency", VILLAGE_TEAM)},
     {(VILLAGE_TEAM, "locatedIn", "双河村")},
     set()),
    ("a newspaper's team is named from the newspaper on",
     "湖北日报社驻郧西县上津镇津城村帮扶工作队队长李明说，村里的茶叶卖得很好。",
     {("Agency", TEAM_SENDER), ("Official", "李明")},
     {("李明", "holdsPost", TEAM_SENDER), (TEAM_SENDER, "locatedIn", "津城村")},
     {"郧西县上津镇津城村帮扶工作队"}),
    ("a sender's name bounded by the preposition before it",
     "记者从湖北日报社驻郧西县上津镇津城村帮扶工作队了解到，今年村里新修了两条路。",
     {("Agency", TEAM_SENDER)}, set(),
     {"郧西县上津镇津城村帮扶工作队", "记者从湖北日报社驻郧西县上津镇津城村帮扶工作队"}),
    ("a university's team keeps the university's whole name",
     "华中农业大学驻建始县花坪镇小溪村帮扶工作队队长陈刚介绍了村里的茶园。",
     {("Agency", UNIVERSITY_TEAM)},
     {("陈刚", "holdsPost", UNIVERSITY_TEAM)},
     {"建始县花坪镇小溪村帮扶工作队", "农业大学驻建始县花坪镇小溪村帮扶工作队"}),
    ("a person named after a body and 的",
     "今年3月，甘肃省自然资源厅的刘海涛来到新华村，成为工作队的一名队员。",
     {("Person", "刘海涛"), ("Agency", "甘肃省自然资源厅")}, set(), set()),
    ("广东's 规划到户、责任到人 is a known scheme",
     "7月，海珠区选派8名干部到阳山县开展扶贫开发“规划到户、责任到人”工作。",
     {("Programme", "规划到户、责任到人")}, set(), set()),
    ("a village's own plan, its title opening with the village",
     "广元市旺苍县东河镇金花村有农户300多户。开了8次屋场会之后，驻村工作队制定出" + VILLAGE_PLAN + "。",
     {("Programme", VILLAGE_PLAN)},
     {("金花村", "implements", VILLAGE_PLAN)},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_123(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_town_of_village_team_is_no_place_of_it(nlp):
    """驻某镇某村工作队: the team stands in the village, not in the town printed before it."""
    check_reading(nlp, "8月5日，广东省林业局驻黄羌镇双河村工作队召开座谈会。", set(), set(), set(),
                  absent_facts={(VILLAGE_TEAM, "locatedIn", "黄羌镇")})


def test_short_scheme_form_in_a_word_is_no_scheme(nlp):
    """双到位 (both in place) holds the scheme's short form “双到”, which names nothing known."""
    check_reading(nlp, "各村要确保责任落实双到位。", set(), set(), {"规划到户、责任到人"})
