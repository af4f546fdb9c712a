"""Classes the eighty-first own people set showed (ordinary people beside a few officials in county and village news of
河南, 山东, 湖北, 四川, 江西 and 广西: villagers, growers, returning natives, village doctors, heritage bearers, workers
from 和田 with dotted names, Yi villagers), each row a text written for this test, with other places and names.

- A given name and a father's name joined by the dot (某某·某某) after a role was cut to the surname's reading of its
  first part and dropped; with no role before it (at a sentence's start, after 的) it was not read at all. Both are read
  whole now (`_dotted_name_at`, `_dotted_names`; DottedNameBefore), not two places joined by the dot (江西·南昌).
- Yi names of four opened by the family names 吉地 and 吉列 (YiClanName) after a role or a title.
- 老人 is a role, before a name or after it: 彝族老人某某说, 某某老人今年86岁 name the old man; 老人们, 老人告诉记者 and a form
  of address before it (刘大妈老人家) name no one.
- A province's short name before a paper's name that ends in 经济报, 法制报, 农民报 or 科技报 (NotPlaceAfter) is no place.
- A photo credit whose name follows the outlet's name with no role word (人民网 某某摄) names the photographer.
- A model's four-character name that, with a level's character after it, is a place printed in the same text (阿布洛哈村 …
  阿布洛哈在彝语里…) is that place's name, no person's.
- A deed of enterprise after a role closes a full name as a deed on the spot does (乡贤某某种反季节…, 村民某某流转…,
  青年某某返乡…: AfterName "deed").
- 团队 after a name ends it (教授某某团队驻点指导: AfterName).
- A measure of effort quoted without its head (当作“一把手”工程) is no scheme, as “一把手工程” quoted whole is not.
"""
import pytest

from conftest import check_reading, programmes_and_links


ROWS = [
    ("a dotted name after a role is read whole, a transliteration character inside the father's name too",
     "牧民古丽娜尔·艾则孜在家里接待了记者。",
     {("Person", "古丽娜尔·艾则孜")}, set(), {"古丽娜尔·艾"}),
    ("a dotted name at a sentence's start, with no role before it",
     "买合木提·艾则孜在县城的纺织厂上班已经三年。他说，厂里的工资按月发放。",
     {("Person", "买合木提·艾则孜")}, set(), set()),
    ("a dotted name after 的 and before a verb of speech",
     "在车间当班组长的热依拉·阿不都告诉记者，新学的技术很管用。",
     {("Person", "热依拉·阿不都")}, set(), set()),
    ("guard: a greeting quoted whole with the dot is no name",
     "“扎西·德勒”新春晚会在县城广场举行。",
     set(), set(), {"扎西·德勒"}),
    ("guard: two places joined by the dot are no name",
     "“湖北·宜昌”农产品推介会在武汉举行。",
     set(), set(), {"湖北·宜昌"}),
    ("a Yi name opened by 吉列 after a role, not a surname's name of three",
     "贫困户吉列尔子今年种了12亩苦荞。",
     {("Person", "吉列尔子")}, set(), {"吉列尔"}),
    ("an ethnic group's old man named after 老人",
     "身穿百褶裙的75岁彝族老人吉列阿妞说，新房子又暖和又亮堂。",
     {("Person", "吉列阿妞")}, set(), set()),
    ("guard: 老人 with no name after it",
     "老人告诉记者，村里的路修到了家门口。老人们每天都在广场上跳舞。",
     set(), set(), {"老人们"}),
    ("a photo credit after the outlet's name",
     "图为搬迁后的新村全貌。新华网 钟海涛摄\n村民们陆续住进了新房。",
     {("Person", "钟海涛")}, set(), set()),
    ("a four-character village's name printed without its level is no person",
     "他家住在阿洛布哈村。阿洛布哈在彝语里意为“山间平地”。",
     set(), set(), {"阿洛布哈"}),
    ("a deed of enterprise after a role closes the name",
     "商城县的返乡青年黄国梁流转荒山200亩，带动30户乡亲增收。",
     {("Person", "黄国梁")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_ordinary_people_of_county_news(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PLACE_ROWS = [
    ("a province's short name before a paper ending in 经济报 is no place",
     "（湖北经济报记者 杜明轩 通讯员 孔令菲）当天，签约仪式在宜昌市举行。",
     {("Person", "杜明轩")}, set(), set(), {("Place", "湖北省")}),
    ("the same before 农民报",
     "据山东农民报报道，淄博市的樱桃已经上市。",
     set(), set(), set(), {("Place", "山东省")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_entities", PLACE_ROWS, ids=[r[0] for r in PLACE_ROWS])
def test_a_papers_place_is_no_place(nlp, cls, text, entities, facts, absent, absent_entities):
    got, _ = check_reading(nlp, text, entities, facts, absent)
    assert not absent_entities & got, sorted(got)


@pytest.mark.parametrize("text,scheme", [
    ("两县把乡村旅游当作“一把手”工程来抓，县乡主要领导亲自挂帅。", "一把手"),
    ("全市把老旧小区改造作为“民心”工程，今年改造小区120个。", "民心"),
])
def test_a_measure_of_effort_quoted_before_its_head(text, scheme):
    progs, _ = programmes_and_links(text)
    assert not any(p.startswith(scheme) for p in progs), progs


MORE_ROWS = [
    ("reckoning up after a role closes the name as a verb of speech does",
     "养殖大户柴建林算了一笔账：每头牛能赚4000元。",
     {("Person", "柴建林")}, set(), set()),
    ("a people's young woman named after 姑娘",
     "侗族姑娘杨秀美把刺绣卖到了省城。",
     {("Person", "杨秀美")}, set(), set()),
    ("a people's young man named after 小伙",
     "土家族小伙田开云在网上直播卖腊肉。",
     {("Person", "田开云")}, set(), set()),
    ("guard: 姑娘 and 小伙子 with no name after them",
     "姑娘们唱起了山歌，小伙子告诉记者，他想回乡创业。",
     set(), set(), {"姑娘们", "小伙子"}),
    ("a scientist named before his team",
     "山东农业大学教授董树亭团队驻点指导玉米种植。",
     {("Person", "董树亭")}, set(), set()),
    ("an old man named before 老人",
     "房德顺老人今年86岁，每天都到村史馆义务讲解。",
     {("Person", "房德顺")}, set(), set()),
    ("guard: a form of address before 老人 is no name",
     "刘大妈老人家身体硬朗，天天下地干活。",
     set(), set(), {"刘大妈"}),
    ("a verb and its object after a role are no transliterated name",
     "老艺人带着徒弟参加比赛，拿了二等奖。",
     set(), set(), {"参加比赛"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MORE_ROWS, ids=[r[0] for r in MORE_ROWS])
def test_more_people_of_county_news(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
