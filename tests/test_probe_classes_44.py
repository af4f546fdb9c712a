"""Classes found by a sixth round of probing kg with made-up appointment news and careers.

- A title, a two-character name and a verb of a post taken glued to it (某市副市长某某任某市副市长, 原某市委书记某某任…,
  某市副市长某某升任…): the name took 任 (某某任), or kept its post held before and lost the one it took. The verbs of
  a post (PostVerb in people.jsonl) now end a name as AfterName's words do (kg.names.name_end), a word of two
  characters that follows a name of two keeps it from running on to three (某某调任 stays 某某 with 任 a verb too),
  and a name read after its title is the name before the verb though the model read none there.
- A name and the bare verb 任 before the post it takes (会议决定，某某任某市副市长; 某某同志任某市委委员、常委、书记): no
  post was read; 任 is a PostVerb now, and a BeforePlaceWord, so the place glued to it is read (the committee's
  member, standing member and secretary chain named no place before).
- A list of names before 任 or 担任 (甲、乙任某市副市长, 甲、乙和丙担任…): only the last name took the post; each does now
  (PostVerb "listed"), as before a verb of a vote.
- More verbs of a post after a name (某某被选举为…主任, 被推选为, 被选为, 被提拔为, 就任, 挂任, 履新, 担任了; 某某同志为… in a notice): the name took
  the verb's first character (某某就, 某某挂) or no post was read; each is a PostVerb now, those of a vote "election".
- A year of birth before ，现任 in a profile (某某，1970年生，现任…): 年生 was read as an official holding the post; a
  character that follows a digit as its unit (NumberUnitChar: 年, 月, 岁…) begins no name, and a year of birth right
  after the name opens a profile as the sex does (ProfileBirth: 某某，1968年5月出生，…，现任…).
- A document's issuer after 由, with an adverb of time between the document and 由 (《某省…实施方案》已由省政府办公厅印发,
  《…》日前由市委办公室、市政府办公室联合印发: DocumentByAdverb in relation_cues.jsonl): the issuer carries the document
  out, as with no adverb (《…》，由…印发) or a date (于5月由…).
- A trial's role after 担任 following a division head's title (某庭庭长某某担任审判长, a guard): once the verbs of a post
  ended names, the name read with its title took the role as a post of the court; it is none.
- A title of a court's or a procuratorate's Party group printed after its head character alone, opening a clause
  (某县人民法院召开…，院党组书记、院长某某; PartyGroupHeadChar in people.jsonl, as on a bureau's page 局党组书记、局长：某某):
  the posts are the court's, where before the name was a person with none; after a hospital named last the Party
  secretary stays a person (InstitutionShortForm).
- County-level names abolished before 2010 and often printed in careers and obituaries (滦县, 通县, 鄞县, 萧山市,
  江津市…: FormerDivision in former_divisions.jsonl): the place and its bodies, as for the later changes listed there.
"""
import pytest

from conftest import check_reading, programmes_and_links


MOVE_ROWS = [
    ("调任 after a title and a two-character name",
     "原台山市委书记张明调任江门市委常委。",
     {("Official", "张明"), ("Agency", "中共台山市委员会"), ("Agency", "中共江门市委员会")},
     {("张明", "holdsPost", "中共台山市委员会"), ("张明", "holdsPost", "中共江门市委员会")},
     {"张明调"}),
    ("任 after a title and a two-character name",
     "原台山市委书记张明任江门市委常委。",
     {("Official", "张明"), ("Agency", "中共江门市委员会")},
     {("张明", "holdsPost", "中共台山市委员会"), ("张明", "holdsPost", "中共江门市委员会")},
     {"张明任"}),
    ("任 after a deputy mayor's title",
     "台山市副市长刘伟任江门市副市长。",
     {("Official", "刘伟"), ("Agency", "台山市人民政府"), ("Agency", "江门市人民政府")},
     {("刘伟", "holdsPost", "台山市人民政府"), ("刘伟", "holdsPost", "江门市人民政府")},
     {"刘伟任"}),
    ("升任 after a deputy mayor's title",
     "台山市副市长胡平升任江门市副市长。",
     {("Official", "胡平"), ("Agency", "江门市人民政府")},
     {("胡平", "holdsPost", "台山市人民政府"), ("胡平", "holdsPost", "江门市人民政府")},
     {"胡平升"}),
]


@pytest.mark.parametrize("why, text, entities, facts, absent", MOVE_ROWS, ids=[r[0] for r in MOVE_ROWS])
def test_a_verb_of_a_post_taken_ends_the_name_before_it(nlp, why, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BARE_REN_ROWS = [
    ("a decision's list of names and posts",
     "会议决定，罗志坚任开平市副市长，谢芳任开平市教育局局长。",
     {("Official", "罗志坚"), ("Official", "谢芳"), ("Agency", "开平市人民政府"), ("Agency", "开平市教育局")},
     {("罗志坚", "holdsPost", "开平市人民政府"), ("谢芳", "holdsPost", "开平市教育局")},
     set()),
    ("a committee's member, standing member and secretary",
     "经研究，黎永康同志任台山市委委员、常委、书记。",
     {("Official", "黎永康"), ("Agency", "中共台山市委员会"), ("Place", "台山市")},
     {("黎永康", "holdsPost", "中共台山市委员会")},
     set()),
    ("a name and 任 at the start of a sentence",
     "吴海任恩平市委书记以来，多次到大田镇调研。",
     {("Official", "吴海"), ("Agency", "中共恩平市委员会")},
     {("吴海", "holdsPost", "中共恩平市委员会")},
     {"吴海任"}),
]


@pytest.mark.parametrize("why, text, entities, facts, absent", BARE_REN_ROWS, ids=[r[0] for r in BARE_REN_ROWS])
def test_a_name_and_the_bare_verb_ren_before_a_post(nlp, why, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("text, name, body", [
    ("谭志华被选举为恩平市人民代表大会常务委员会主任。", "谭志华", "恩平市人民代表大会常务委员会"),
    ("陆晓东被推选为鹤山市工商联主席。", "陆晓东", "鹤山市工商业联合会"),
    ("余国平被提拔为台山市交通运输局局长。", "余国平", "台山市交通运输局"),
    ("吕明就任开平市市长。", "吕明", "开平市人民政府"),
    ("卢斌挂任恩平市副市长。", "卢斌", "恩平市人民政府"),
    ("聂红履新鹤山市委书记。", "聂红", "中共鹤山市委员会"),
    ("甘勇担任了台山市委副书记。", "甘勇", "中共台山市委员会"),
    ("经研究，黎振华同志为恩平市委副书记。", "黎振华", "中共恩平市委员会"),
])
def test_more_verbs_of_a_post_after_a_name(nlp, text, name, body):
    check_reading(nlp, text, {("Official", name), ("Agency", body)}, {(name, "holdsPost", body)},
                  {name + text[len(name)]})


@pytest.mark.parametrize("text, names, body", [
    ("会议决定，邝文、司徒敏任鹤山市副市长。", ("邝文", "司徒敏"), "鹤山市人民政府"),
    ("甄志强、余丽和梁伟担任恩平市副市长。", ("甄志强", "余丽", "梁伟"), "恩平市人民政府"),
])
def test_each_name_of_a_list_before_ren_takes_the_post(nlp, text, names, body):
    check_reading(nlp, text, {("Official", n) for n in names} | {("Agency", body)},
                  {(n, "holdsPost", body) for n in names}, set())


@pytest.mark.parametrize("text, name, body", [
    ("邓志明，1971年生，现任恩平市委书记。", "邓志明", "中共恩平市委员会"),
    ("区少芳，1969年8月出生，中共党员，现任鹤山市副市长。", "区少芳", "鹤山市人民政府"),
])
def test_a_year_of_birth_after_the_name_opens_a_profile(nlp, text, name, body):
    check_reading(nlp, text, {("Official", name), ("Agency", body)}, {(name, "holdsPost", body)}, {"年生"})


def test_a_year_of_birth_before_the_post_held_now_is_no_name(nlp):
    check_reading(nlp, "关国华，男，汉族，1968年生，现任鹤山市委书记。",
                  {("Official", "关国华"), ("Agency", "中共鹤山市委员会")},
                  {("关国华", "holdsPost", "中共鹤山市委员会")},
                  {"年生"})


@pytest.mark.parametrize("text, place, body", [
    ("1995年，冯国栋任滦县县委书记，推动了县城改造。", "滦县", "中共滦县委员会"),
    ("萧山市副市长陈立新到瓜沥镇检查防汛工作。", "萧山市", "萧山市人民政府"),
    ("江津市人民政府召开常务会议。", "江津市", "重庆市江津市人民政府"),
])
def test_a_county_level_name_abolished_before_2010(nlp, text, place, body):
    check_reading(nlp, text, {("Place", place), ("Agency", body)}, {(body, "locatedIn", place)}, set())


@pytest.mark.parametrize("text, doer, doc", [
    ("《湖南省县域商业体系建设实施方案》已由省政府办公厅印发，各地要抓好落实。",
     "湖南省人民政府办公厅", "《湖南省县域商业体系建设实施方案》"),
    ("《株洲市农村人居环境整治提升五年行动方案》日前由市委办公室、市政府办公室联合印发。",
     "株洲市人民政府办公室", "《株洲市农村人居环境整治提升五年行动方案》"),
])
def test_a_documents_issuer_after_an_adverb_and_by(text, doer, doc):
    progs, links = programmes_and_links(text)
    assert doc in progs
    assert (doer, doc) in links


def test_an_adverb_before_by_and_no_issuing_verb_links_nothing():
    progs, links = programmes_and_links("《株洲市乡村振兴促进条例》已由市人大常委会审议，尚未施行。")
    assert not {d for d, p in links if d.endswith("常务委员会")}


@pytest.mark.parametrize("text, name, body", [
    ("恩平市人民法院召开警示教育大会，院党组书记、院长岑立新作动员讲话。", "岑立新", "恩平市人民法院"),
    ("鹤山市人民检察院开展主题党日活动，院党组书记吕红英带队。", "吕红英", "鹤山市人民检察院"),
])
def test_a_courts_party_group_title_after_its_head_character(nlp, text, name, body):
    check_reading(nlp, text, {("Official", name), ("Agency", body)}, {(name, "holdsPost", body)}, set())


def test_a_hospitals_party_secretary_after_a_court_stays_a_person(nlp):
    entities, facts = check_reading(
        nlp, "恩平市人民法院到恩平市人民医院开展普法活动，院党委书记冯志坚致辞。", set(), set(), set(),
        officials_are_no_persons=False)
    assert ("冯志坚", "holdsPost", "恩平市人民法院") not in facts


def test_a_trial_role_after_a_division_head_is_no_post_of_the_court(nlp):
    entities, facts = check_reading(
        nlp, "近日，恩平市人民法院公开审理一起合同诈骗案。该案由民事审判庭庭长邝国华担任审判长，审判员梁敏参加合议。",
        {("Official", "邝国华")}, {("邝国华", "holdsPost", "恩平市人民法院民事审判庭")}, set())
    assert ("邝国华", "holdsPost", "恩平市人民法院") not in facts

