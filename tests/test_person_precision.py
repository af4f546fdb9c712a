"""People the statistical model reads on real news, by construction class (CLUENER2020 train, read with models
trained on the other half): what ``kg ner`` and the build may take from it. Sentences written for these tests."""
import pytest

from kg.names import model_name_end, model_person, names_a_vessel, never_a_name
from kg.ner.api import ner_text
from kg.nlp import extract_texts


def _ner_people(text: str) -> set[str]:
    return {m["text"] for m in ner_text(text)["mentions"] if m["type"] in ("Person", "Official")}


def _build_people(text: str) -> set[str]:
    st = next(extract_texts([text]))._.kg
    return {text[c.start : c.end] for c in st.final if c.type in ("Person", "Official") and not c.ner_only}


# a surname and a form of address, an ordinary word, a crop, a village: never a name (kg's guidelines and CLUENER agree)
@pytest.mark.parametrize("text, word", [
    ("住在河边的丁大妈说，路灯已经修好了。", "丁大妈"),
    ("菜场里黄瓜和白菜都涨了价。", "黄瓜"),
])
def test_ner_drops_model_names_that_are_no_names(text, word):
    assert word not in _ner_people(text)


@pytest.mark.parametrize("name, expected", [
    ("丁大妈", True), ("韩先生", True), ("欧阳女士", True), ("蒋总", True), ("豆角", True), ("骆驼", True),
    ("冯坝村", True), ("石家坡", True),  # a place's name by its end
    ("丁大明", False), ("叶老松", False), ("欧阳明月", False), ("石家辉", False),
])
def test_never_a_name(name, expected):
    assert never_a_name(name) is expected


def test_ner_keeps_names_with_such_parts():
    assert "叶老松" in _ner_people("信贷部叶老松博士对这项政策作了解读。")


# a three-character name whose last character is also a one-character word after names (来, 为): the model's
# three characters stand when no longer word starts there
@pytest.mark.parametrize("text, name, short", [
    ("民警赶到时，邓志来交代了事情经过。", "邓志来", "邓志"),
    ("在这部片子里，曹永为执导的部分最受好评。", "曹永为", "曹永"),
])
def test_three_character_name_not_cut_at_a_one_character_word(text, name, short):
    people = _build_people(text)
    assert name in people and short not in people


@pytest.mark.parametrize("text, s, e, expected", [
    ("当晚，邓志来交代了经过。", 3, 6, (3, 6)),   # 来交 is no word after a name: the model's three characters
    ("据悉，刘平告诉记者，项目已完工。", 3, 6, (3, 5)),  # 告诉 follows the name: cut to two
    ("随后，刘平来到现场。", 3, 6, (3, 6)),          # 到 follows the three: as before
])
def test_model_person_cut(text, s, e, expected):
    assert model_person(text, s, e) == expected


# a name the model runs into the word after it (科林斯宣称): kg ner ends it where the word starts
def test_ner_ends_a_model_name_before_the_word_it_ran_into():
    people = _ner_people("随后，科林斯宣称新作明年上市。")
    assert "科林斯" in people and "科林斯宣" not in people


@pytest.mark.parametrize("text, s, e, expected", [
    ("据悉，韩立成功卫冕。", 3, 6, 5),    # 成功: the name is 韩立
    ("当晚，莫里森夫妇到场。", 3, 7, 6),  # 森夫 is no word, 夫妇 is: 莫里森
    ("当晚，韩立成说。", 3, 6, 6),        # 成说 is no word: the name stands
    ("当晚，韩立到场。", 3, 5, 5),        # two characters are never cut
])
def test_model_name_end(text, s, e, expected):
    assert model_name_end(text, s, e) == expected


# a ship's or a class of ships' name, quoted alone before 号 or 级: no person (kg's guidelines and CLUENER agree)
def test_ner_drops_a_quoted_ships_name():
    assert "阿诺德" not in _ner_people("两艘“阿诺德”级护卫舰参加了演习。")


@pytest.mark.parametrize("text, s, e, expected", [
    ("海军“长风”号驶入港口。", 3, 5, True),
    ("两艘“海鹰”级快艇返航。", 3, 5, True),
    ("大家称他“老黄牛”，号召向他学习。", 5, 8, False),  # the quote closes before punctuation
    ("弘扬“郑和”精神。", 3, 5, False),
])
def test_names_a_vessel(text, s, e, expected):
    assert names_a_vessel(text, s, e) is expected
