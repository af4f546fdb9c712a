"""Classes the hundred-and-seventeenth own programme set showed (a blind sample of provincial and city Party
standing-committee meetings and government executive, plenary and Party-group meetings: 吉林, 辽宁, 山西, 安徽, 江西,
湘潭, 海南, 贵州), each row a text written for this test, with other places, bodies and documents than the set's.

- A Party committee's proposal for a five-year plan in 《》 (《中共某省委关于制定…第十五个五年规划的建议》) was cut to the
  plan it proposes (国民经济和社会发展第十五个五年规划): 建议 ended no document's title. A title ending in 规划的建议 and
  holding 关于 is a document now (DocumentHead 规划的建议, "about"); a deputy's or a member's 《关于加快…的建议》 and a bare
  《…建议》 stay none (a first form, 建议 with 关于 alone, read two own sets' proposals as programmes).
- A government's rules of procedure (《某省人民政府工作规则》) adopted at its meeting were no document (DocumentHead
  工作规则).
- A government's plenary meeting (省政府第三次全体（扩大）会议) was no meeting of the government's own: only 常务会议
  was. The government carries out what its plenary meeting adopts now (ExecMeeting 全体会议 and its enlarged forms).
- A government's term printed before its short name after a verb (主持召开七届省政府第三次全体会议) hid the body: a
  term was taken before an abbreviated body only after a mark or a function character, not after a word an
  abbreviation follows too (召开: BeforeAbbreviationWord).
- 学习贯彻总书记 read 习贯彻 (surname 习) as a name before the glued title 总书记: a glued title bounds a name of three
  only where its first character opens no word with the character before it (学习), so 贯彻习近平总书记 still reads 习近平.
- A city Party committee named as the owner of the arrangements a meeting follows (落实市委的工作安排，深入实施…) was
  taken for the doer of the scheme after it: 安排 ends what a verb of following takes, as 部署 and 要求 do
  (FollowedEnd).
- A named works a meeting heard a report on (会议听取了…设施建设项目有关情况的汇报) was no programme: 听取 names a works
  the way a report's verb (通报, 介绍) does now, and 有关情况 follows such a name as 情况 does
  (VisitFollower), only where such a follower comes after the name (HeardLead, no VisitLead: 听取了镇领导就项目建设…所作的
  汇报 names no works; a visitor arriving at a place who hears of a works makes no site). The meeting's body does not
  carry it out for hearing of it (the executive-meeting guard).
- A province's short name after the preposition 同 (加强同湖北及其他环鄂省份的信息沟通) was no place: 同 opens a place's
  name as 与 does (BeforePlace).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a Party committee's proposal for a five-year plan is one document",
     "全会审议通过了《中共河北省委关于制定全省国民经济和社会发展第十五个五年规划的建议》，对今后五年作出部署。",
     {("Programme", "《中共河北省委关于制定全省国民经济和社会发展第十五个五年规划的建议》")},
     set(),
     {"国民经济和社会发展第十五个五年规划"}),
    ("a deputy's proposal about an industry is no document (guard)",
     "会上，代表们围绕《关于加快发展茶旅融合产业的建议》进行了讨论。",
     set(), set(),
     {"《关于加快发展茶旅融合产业的建议》", "关于加快发展茶旅融合产业的建议"}),
    ("a bare 《…建议》 with no 关于 is no document",
     "会上，委员们围绕《加快发展银发经济的几点建议》进行了交流。",
     set(), set(),
     {"《加快发展银发经济的几点建议》"}),
    ("a government's rules of procedure adopted at its executive meeting",
     "6月3日，省长刘国强主持召开甘肃省政府第12次常务会议，会议审议通过了《甘肃省人民政府工作规则》。",
     {("Programme", "《甘肃省人民政府工作规则》")},
     {("甘肃省人民政府", "implements", "《甘肃省人民政府工作规则》")},
     set()),
    ("a government's plenary meeting: the government carries out what it adopts",
     "2月8日，省长刘国强主持召开甘肃省政府第二次全体会议，研究部署一季度工作。会议审议通过了《甘肃省优化营商环境三年行动方案》。",
     {("Programme", "《甘肃省优化营商环境三年行动方案》")},
     {("甘肃省人民政府", "implements", "《甘肃省优化营商环境三年行动方案》")},
     set()),
    ("a term before the government's short name after 召开",
     "2月8日，甘肃省省长刘国强主持召开十四届省政府第5次常务会议，会议审议通过了《甘肃省优化营商环境三年行动方案》。",
     {("Agency", "甘肃省人民政府")},
     {("甘肃省人民政府", "implements", "《甘肃省优化营商环境三年行动方案》")},
     set()),
    ("学习贯彻 before a glued title opens no name",
     "各级干部要深入学习贯彻总书记关于基层治理的重要论述。",
     set(), set(),
     {"习贯彻"}),
    ("a leader's name after 贯彻 before the glued title is still read",
     "全县上下要深入贯彻习近平总书记关于基层治理的重要论述。",
     {("Official", "习近平")}, set(), set()),
    ("a works whose progress a meeting hears",
     "会议听取了大凌河综合治理工程进展情况的汇报，要求加快施工进度。",
     {("Programme", "大凌河综合治理工程")}, set(), set()),
    ("what speakers report on is no works heard of (guard)",
     "在沙河镇，县长听取了镇干部就项目建设、土地流转等方面所作的汇报。",
     set(), set(),
     {"镇干部就项目"}),
    ("a province's short name after the preposition 同",
     "要加强同湖南及周边省份的联防联控，及时通报有关信息。",
     {("Place", "湖南省")}, set(), set()),
    ("a works a meeting hears about, followed by 有关情况",
     "会议听取了锦州港三期扩建工程有关情况的汇报。",
     {("Programme", "锦州港三期扩建工程")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_117(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_arrangements_followed_name_no_doer(nlp):
    """落实市委的工作安排，深入实施…: the committee whose arrangements are followed does not carry the scheme out; the
    government whose meeting says so does."""
    text = ("3月2日，株洲市市长曹慧泉主持召开市政府第20次常务会议。会议要求，要认真落实市委的工作安排，"
            "深入实施“湘江保护和治理”三年行动。")
    check_reading(nlp, text, {("Programme", "湘江保护和治理三年行动")},
                  {("株洲市人民政府", "implements", "湘江保护和治理三年行动")}, set(),
                  absent_facts={("中共株洲市委员会", "implements", "湘江保护和治理三年行动")})
