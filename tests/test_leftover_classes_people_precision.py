"""Person and place precision classes left by the real-news sets, each row a short article written for this test
(other papers, towns and names than the sets'):
- a reporter's role with a medium's word before it (全媒体记者, 融媒体记者, 首席记者, 实习记者) in a dateline's or a
  byline's bracket: the whole is the role, and the word before 记者 is no name;
- a closing bracket of two names with no role word ((某某 某某)) at an article's end, on a page whose only spaced long line
  is a dateline's byline: the byline's blanks are no sign of OCR spacing, so the bracket keeps its blank and both names
  are the article's credits (persons); a bracket of places or a photo caption's bracket gives no such names;
- a province's short form that opens a medium's name (某省观察): a medium's name is no mention of its place."""
import pytest

from conftest import check_reading, read_names

ROLE_ROWS = [
    ("鹿鸣日报讯（全媒体记者 钟岚欣）5月6日，县长韦国栋到鹿鸣镇检查防汛工作。\n\n会议要求压实责任。", "钟岚欣", "全媒体"),
    ("青禾晚报讯（融媒体记者 欧阳菁 通讯员 潘立）6月2日，全县召开秋粮收购会议。\n\n会议部署了相关工作。", "欧阳菁", "融媒体"),
    ("清河日报讯（首席记者 邝志宏）7月1日，全县安全生产会议召开。\n\n会议强调守住底线。", "邝志宏", "首席"),
    ("白沙日报讯（实习记者 颜若溪）8月3日，县里举办农民丰收节。\n\n活动吸引了很多游客。", "颜若溪", "实习"),
]


@pytest.mark.parametrize("text,name,word", ROLE_ROWS)
def test_a_mediums_word_before_a_reporters_role_is_no_name(nlp, text, name, word):
    check_reading(nlp, text, {("Person", name)}, set(), {word})


CREDIT_ROWS = [
    ("乡里召开秋收推进会\n\n石岭日报讯（记者 邵明轩）9月5日，乡长蒙德胜主持召开秋收推进会，部署秋粮收储工作。\n\n"
     "在各村的晒场上，农户正在翻晒稻谷。\n\n（柯中南 秦思远）", {"柯中南", "秦思远"}),
    ("县里部署冬季防火\n\n丰谷日报讯（全媒体记者 卢佳音）11月8日，县长鲍立诚主持会议，部署冬季森林防火工作。\n\n"
     "会议要求各乡镇加强巡查。\n\n（滕一鸣 伍可欣）", {"滕一鸣", "伍可欣"}),
]


@pytest.mark.parametrize("text,names", CREDIT_ROWS)
def test_a_closing_bracket_of_two_names_after_a_spaced_byline_is_the_credits(nlp, text, names):
    check_reading(nlp, text, {("Person", n) for n in names}, set(), set())


LOOK_ALIKES = [
    # a bracket of places, and a photo caption's bracket: no credits of two names
    ("乡里召开秋收推进会\n\n石岭日报讯（记者 邵明轩）9月5日，乡里召开秋收推进会。\n\n会议点名表扬了两个村。\n\n（柳树村 黄羊村）",
     {"柳树村", "黄羊村"}),
    ("乡里召开秋收推进会\n\n石岭日报讯（记者 邵明轩）9月5日，乡里召开秋收推进会。\n\n（图为会议现场 范文涛 摄）",
     {"会议现场", "图为会议"}),
]


@pytest.mark.parametrize("text,absent", LOOK_ALIKES)
def test_look_alikes_of_a_closing_bracket_of_credits_give_no_persons(nlp, text, absent):
    entities, _ = read_names(nlp, text)
    assert not {n for t, n in entities if t == "Person"} & absent, sorted(entities)


MEDIA_ROWS = [
    ("湘阴县召开防汛会议\n\n6月3日，湘阴县召开防汛工作会议，部署汛期各项工作。\n\n来源：四川观察", "四川省"),
    ("湘阴县召开防汛会议\n\n6月3日，湘阴县召开防汛工作会议。本文转自广西观察客户端。", "广西壮族自治区"),
]


@pytest.mark.parametrize("text,place", MEDIA_ROWS)
def test_a_mediums_name_is_no_mention_of_its_place(nlp, text, place):
    entities, _ = read_names(nlp, text)
    assert ("Place", place) not in entities, sorted(entities)
    assert ("Place", "湘阴县") in entities, sorted(entities)


SPOT_ROWS = [
    # a place's name, 的, then a noun of place (田野上, 院子里, 地头): a spot in that place, no resident's name
    ("柳河镇秋收见闻\n\n行走在柳河镇的田野上，处处可见忙碌身影。", "田野上"),
    ("石门村见闻\n\n来到石门村的田里，稻谷已经成熟。", "田里"),
]


@pytest.mark.parametrize("text,spot", SPOT_ROWS)
def test_a_noun_of_place_after_a_places_de_is_no_resident(nlp, text, spot):
    entities, _ = read_names(nlp, text)
    assert spot not in {n for t, n in entities if t == "Person"}, sorted(entities)


def test_a_resident_after_a_places_de_is_still_read(nlp):
    check_reading(nlp, "柳河镇秋收见闻\n\n柳河镇的田建军说，今年的收成比去年好。", {("Person", "田建军")}, set(), set())


INLINE_CREDIT_ROWS = [
    # the bracket closes the article's last paragraph, right after its last sentence
    ("考察团赴外地学习\n\n6月9日，县考察团赴外地学习产业发展经验。\n\n大家表示，要把好经验带回来。(樊启东 岳美玲)",
     {"樊启东", "岳美玲"}),
    ("县里举办技能大赛\n\n10月12日，县里举办职业技能大赛，各乡镇选手同台竞技。（郜文斌 季晓燕 闵如山）",
     {"郜文斌", "季晓燕", "闵如山"}),
]


@pytest.mark.parametrize("text,names", INLINE_CREDIT_ROWS)
def test_closing_credits_after_the_last_sentence_are_persons(nlp, text, names):
    check_reading(nlp, text, {("Person", n) for n in names}, set(), set())


INLINE_LOOK_ALIKES = [
    # places in the closing bracket; a picture's source notes in it
    ("县里表彰先进村\n\n10月12日，县里表彰了一批先进村。(柳树村 黄羊村)", {"柳树村", "黄羊村"}),
    ("县里举办技能大赛\n\n10月12日，县里举办职业技能大赛。(资料图片 网络截图)", {"资料图片", "网络截图", "资料", "网络"}),
]


@pytest.mark.parametrize("text,absent", INLINE_LOOK_ALIKES)
def test_look_alikes_of_closing_credits_give_no_persons(nlp, text, absent):
    entities, _ = read_names(nlp, text)
    assert not {n for t, n in entities if t == "Person"} & absent, sorted(entities)


def test_a_verb_and_de_after_a_role_is_no_name(nlp):
    # 向某队员道谢的，还有…: after a role, a run ending in 的 before punctuation is the clause's verb, no name
    text = "驻村帮扶见闻\n\n向工作队员道谢的，还有不少村民。镇党委书记韦国栋表示，帮扶要持续。"
    entities, _ = read_names(nlp, text)
    assert "道谢的" not in {n for _, n in entities}, sorted(entities)
    assert ("Official", "韦国栋") in entities, sorted(entities)


BRAND_ROWS = [
    # 新 + a province's short form next to a middle dot: a medium's brand, no mention of the province
    ("岳阳县召开防汛会议\n\n6月3日，岳阳县召开防汛工作会议。\n\n来源：新江西·江西日报", "江西省"),
    ("岳阳县召开防汛会议\n\n6月3日，岳阳县召开防汛工作会议。\n\n来源：福建日报·新福建", "福建省"),
]


@pytest.mark.parametrize("text,place", BRAND_ROWS)
def test_a_mediums_brand_is_no_mention_of_its_province(nlp, text, place):
    entities, _ = read_names(nlp, text)
    assert ("Place", place) not in entities, sorted(entities)
    assert ("Place", "岳阳县") in entities, sorted(entities)


def test_a_new_province_in_prose_is_still_the_province(nlp):
    # 建设新江西: no middle dot, the province itself
    entities, _ = read_names(nlp, "江西召开大会\n\n大会号召全省上下奋力建设新江西，推动高质量发展。")
    assert ("Place", "江西省") in entities, sorted(entities)
