"""Classes the sixtieth own people set showed (passages rewritten from real news of 深圳, 广州, 长沙, 西安, 福州 and
兰州 on urban streets and communities: a compound's Party branch and its owners' committee, a district congress's
vice-chairman visiting a new community with the street's Party secretary, a community Party committee's volunteers, a
street's Party working committee and office hosting a community project, a city's political-legal secretary at the
street he is in charge of, a street's governance centre, a community work station in an urban village, a street's
security association, volunteers quoted by name), each row a text written for this test, with other places and names
than the set's.

- A street's people's congress working committee (某街道人大工委主任某某): a street has no congress, so 人大 read as
  one (某街道人民代表大会) was a false body, and the post was lost; 人大工委 is an abbreviation of the working committee
  now (AgencyAbbrev 人大工委 → 人大工作委员会), the street's body.
- A street's Party working committee and its office in a list (某街道党工委、办事处主办): 办 after the committee was read
  as the committee's own office (中共某街道工作委办公室), and 事处 made a second false body; 办 followed by 事 is no
  office's head (HeadBadAfter), and a bare 办事处 listed after a street's Party working committee is the street's office
  (ListedStreetOffice).
- A community's posts printed bare after the one community the text has named (来到某街道某社区调研。社区书记、主任某某…,
  社区第一书记某某汇报…): 社区书记 held no body and 社区第一书记 no name at all; 社区书记 is a title of the community's
  Party branch (as 村书记 is of a village's), and 社区 before a branch's title refers to the one community named, as
  该村 does (VillageReference). With two communities named, neither is chosen.
- A community work station printed after its community (某区某街道某社区工作站召开会议, as 深圳 keeps one in each
  community for the street office): not read; 工作站 after a community's name is its body now (VillageCommittee, after 社区).
- The bare 主任 after a post in the Party body of a village or a community (村书记、主任某某, 社区书记、主任某某, 某社区党委
  书记、主任某某: one person heading both): the post in the self-governing committee was lost; it is that place's
  village or residents' committee now (BranchPartnerTitle).
"""
import pytest

from conftest import check_reading


STREET_ROWS = [
    ("a street's congress working committee and its head",
     "5月6日，长沙市岳麓区望月湖街道人大工委主任王建国带队检查辖区消防安全。",
     {("Official", "王建国"), ("Agency", "长沙市岳麓区望月湖街道人大工作委员会")},
     {("王建国", "holdsPost", "长沙市岳麓区望月湖街道人大工作委员会"),
      ("长沙市岳麓区望月湖街道人大工作委员会", "locatedIn", "望月湖街道")},
     {"长沙市岳麓区望月湖街道人民代表大会"}),
    ("a street's congress working committee's head who chairs its union too",
     "会上，长沙市岳麓区望月湖街道人大工委主任、工会主席王建国作了发言。",
     {("Official", "王建国"), ("Agency", "长沙市岳麓区望月湖街道人大工作委员会")},
     {("王建国", "holdsPost", "长沙市岳麓区望月湖街道人大工作委员会")},
     {"长沙市岳麓区望月湖街道人民代表大会"}),
    ("a street's Party working committee and office in a list",
     "本次活动由岳麓区望月湖街道党工委、办事处主办，社区承办。",
     {("Agency", "中共长沙市岳麓区望月湖街道工作委员会"), ("Agency", "长沙市岳麓区望月湖街道办事处")},
     {("长沙市岳麓区望月湖街道办事处", "locatedIn", "望月湖街道")},
     {"中共长沙市岳麓区望月湖街道工作委办公室", "中共长沙市岳麓区望月湖街道工作委办公室事处"}),
    ("a district committee's department before the street's committee and office",
     "活动由中共长沙市岳麓区委组织部、望月湖街道党工委、办事处联合主办。",
     {("Agency", "中共长沙市岳麓区委组织部"), ("Agency", "长沙市岳麓区望月湖街道办事处")},
     set(),
     {"中共长沙市岳麓区望月湖街道工作委办公室", "中共长沙市岳麓区望月湖街道工作委办公室事处"}),
    ("办事 after a government is no office",
     "如今群众到县政府办事方便多了。",
     set(), set(), {"县政府办"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", STREET_ROWS, ids=[r[0] for r in STREET_ROWS])
def test_street_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


COMMUNITY_ROWS = [
    ("社区书记 after the one community named",
     "副区长王强来到雁塔区小寨路街道长安社区调研。社区书记、主任刘芳介绍了社区情况。",
     {("Official", "刘芳"), ("Agency", "中共西安市雁塔区小寨路街道长安社区支部委员会")},
     {("刘芳", "holdsPost", "中共西安市雁塔区小寨路街道长安社区支部委员会")},
     set()),
    ("社区第一书记 after the one community named",
     "副区长王强来到雁塔区小寨路街道长安社区调研。社区第一书记赵刚汇报了近期工作。",
     {("Official", "赵刚")},
     {("赵刚", "holdsPost", "中共西安市雁塔区小寨路街道长安社区支部委员会")},
     set()),
    ("社区书记 where the text names the community's Party committee",
     "雁塔区小寨路街道长安社区党委书记刘芳说，社区书记刘芳的手机号就是热线。",
     {("Official", "刘芳"), ("Agency", "中共西安市雁塔区小寨路街道长安社区委员会")},
     {("刘芳", "holdsPost", "中共西安市雁塔区小寨路街道长安社区委员会")},
     {"中共西安市雁塔区小寨路街道长安社区支部委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COMMUNITY_ROWS, ids=[r[0] for r in COMMUNITY_ROWS])
def test_community_posts_printed_bare(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_two_communities_named_choose_neither(nlp):
    check_reading(nlp, "副区长王强来到小寨路街道长安社区和大雁塔街道曲江社区调研。社区书记刘芳介绍了情况。",
                  {("Official", "刘芳")}, set(), set(),
                  absent_facts={("刘芳", "holdsPost", "中共西安市雁塔区小寨路街道长安社区支部委员会"),
                                ("刘芳", "holdsPost", "中共西安市雁塔区大雁塔街道曲江社区支部委员会")})


LOCAL_ROWS = [
    ("a community work station after its community",
     "3月8日，龙岗区园山街道保安社区工作站召开城中村整治部署会。",
     {("Agency", "深圳市龙岗区保安社区工作站")},
     {("深圳市龙岗区保安社区工作站", "locatedIn", "保安社区")},
     set()),
    ("村书记、主任 after the one village named",
     "副县长王强来到城关镇红旗村调研。村书记、主任李军介绍了村里情况。",
     {("Official", "李军")},
     {("李军", "holdsPost", "中共五河县城关镇红旗村支部委员会"), ("李军", "holdsPost", "五河县红旗村村民委员会")},
     set()),
    ("社区党委书记、主任 printed with the community",
     "龙岗区园山街道保安社区党委书记、主任李军说，整治还在继续。",
     {("Official", "李军")},
     {("李军", "holdsPost", "中共深圳市龙岗区园山街道保安社区委员会"), ("李军", "holdsPost", "龙岗区保安社区居民委员会")},
     set()),
    ("社区书记、主任 after the one community named",
     "副区长王强来到雁塔区小寨路街道长安社区调研。社区书记、主任刘芳介绍了情况。",
     {("Official", "刘芳")},
     {("刘芳", "holdsPost", "雁塔区长安社区居民委员会")},
     set()),
    ("主任 after a county committee's secretary is no local committee's",
     "县委书记、主任李军出席会议。",
     {("Official", "李军")}, set(), {"五河县红旗村村民委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LOCAL_ROWS, ids=[r[0] for r in LOCAL_ROWS])
def test_local_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
