"""Classes the twenty-second programme set (rewritten from real county, town and village news) showed.

- A project looked at on a visit whose name is places and general words alone before its head (调研某乡某村重点项目
  建设情况, 调研指导帮扶产业项目情况: ProjectGenericWord and SchemeGenericWord in programme_cues.jsonl; 调研指导 a visit's
  lead) names no project of its own, and the places in it stay places; a visited project with a stem of its own
  (某村污水管网改造项目) stays one.
- An ethnic township printed without its people's name (太平岭乡 for 太平岭满族乡), where no division has that name, is
  the township, and a village chained after it is read under it.
- After a title, the conjunction 和 before a group of cadres or bodies (队长和各村党支部书记, 组长和村“两委”干部:
  ConjoinedGroup in people.jsonl) is the function word, no surname; 副镇长和平主持 keeps its name.
- A word before 村干部 or 村委 (优秀村干部, 年轻村干部: LevelCharWord 村干, 村委 in places.jsonl) makes no unlisted village;
  a stem that is no word (石门村干部) still may.
- A township several counties have, printed right before a village the store keeps under one of them only (张公镇牛溪村),
  is that one wherever the page prints it, and its villages are read under it; printed alone it stays unresolved.
- Works counted before a scheme's name (启动9座病险水闸除险加固工程) name no programme, and no longer make the scheme's later
  mentions (为加快推进病险水闸除险加固工程建设) refer to them: those stay the scheme.
- A village's Party branch named by its secretary's title after 连任 (某村换届后，某某连任村党总支书记: BeforeLocalPost in
  agency_grammar.jsonl), as after 担任 or 当选, is that village's.
- In an honours list after a member's lead (获评甲、全国第二批“乙”创建示范村、丙等荣誉: DesignationQuotedWork 创建,
  HonourListNext in designations.jsonl), a quoted scheme, the word of its work and a designation's head are a designation
  named without the marks; with no list and no lead (开展“乙”创建示范村建设) they name none.
- A project that starts on a day printed after 于 (某县2024年…改造项目于2024年4月8日开工建设: ProjectStartDateLead in
  programme_cues.jsonl) is named, as one that starts 日前 or 正式 is.
- A works scheme the text names in full (…除险加固工程), printed again without its head right after a governing verb
  (某县扎实推进病险水闸除险加固助力春耕: StemGovernedHead, StemGoverningVerb in programme_cues.jsonl), is that scheme, and
  the place before the verb carries it out; the stem with no verb before it adds nothing.

Texts written for these tests in our own words, with places and schemes other than those of the set."""
import pytest

from conftest import extracted as _result, names_of as _names, pairs_of as _relations


@pytest.mark.parametrize("text", [
    "副县长王立平调研城关镇南街村重点项目建设情况\n3月8日，副县长王立平来到城关镇南街村，察看村里的项目进展。",
    "省交通运输厅调研组一行来到石桥村，调研指导帮扶产业项目的推进情况。",
    "县长察看了东湖镇重点项目的建设进度，听取有关汇报。",
])
def test_a_visited_project_of_places_and_general_words_is_no_programme(text):
    assert not _names(text, "Programme"), sorted(_names(text, "Programme"))


def test_a_visited_project_with_a_stem_of_its_own_stays_one():
    text = "副县长王立平察看了南街村污水管网改造项目建设情况，要求加快施工进度。"
    assert "南街村污水管网改造项目" in _names(text, "Programme"), sorted(_names(text, "Programme"))


@pytest.mark.parametrize("text,town", [
    ("5月9日，庄河市副市长来到太平岭乡，调研春耕备耕工作。", "太平岭满族乡"),
    ("朝阳县委书记一行来到地藏寺乡，察看小流域治理工程。", "地藏寺满族乡"),
])
def test_an_ethnic_township_printed_without_its_people_is_the_township(text, town):
    assert town in _names(text, "Place"), sorted(_names(text, "Place"))


def test_a_village_chained_after_an_ethnic_townships_plain_form_is_read_under_it():
    text = "6月3日，副市长一行来到太平岭乡大赵村，察看高标准农田建设情况。"
    places = _names(text, "Place")
    assert {"太平岭满族乡", "大赵村"} <= places, sorted(places)
    assert ("大赵村", "太平岭满族乡") in _relations(text, "partOf")


def _conjunction_not_name(text: str, name: str) -> bool:
    from kg.ner.people import _Page, people_finder
    p = text.index(name)
    page = _Page(text, {}, {}, {}, [], None, set(), set())
    return people_finder()._conjunction_not_name(page, p, p + len(name))


@pytest.mark.parametrize("text,name", [
    ("驻村第一书记、帮扶工作队队长和各村党支部书记参加会议。", "和各村"),
    ("要求各包村领导、小组长和村“两委”干部细化措施。", "和村"),
    ("县委书记和各乡镇党委书记一道参加了观摩。", "和各乡"),
])
def test_a_conjunction_before_a_group_of_cadres_is_no_name(text, name):
    assert _conjunction_not_name(text, name)


def test_a_name_with_the_surname_he_after_a_title_stays_a_name():
    assert not _conjunction_not_name("副镇长和平主持会议，镇长作工作部署。", "和平")


def _word_then_word(text: str, word: str) -> bool:
    from kg.ner.places import _vocabulary, _word_then_word as read
    s = text.index(word)
    return read(text, s, s + len(word), _vocabulary())


@pytest.mark.parametrize("text,word", [
    ("大会表彰了先进集体、先进单位、优秀村干部和先进个人。", "优秀村"),
    ("镇里组织年轻村干部外出学习，提升履职能力。", "年轻村"),
    ("镇里召开会议，听取优秀村委会主任的发言。", "优秀村"),
])
def test_a_word_before_village_cadres_is_no_village(text, word):
    assert _word_then_word(text, word)


def test_a_village_of_its_own_name_before_its_cadres_stays_one():
    assert not _word_then_word("镇里组织石门村干部外出学习。", "石门村")


def test_villages_chained_after_a_township_two_counties_have_are_read_under_the_one_that_holds_them():
    text = "张公镇召开春耕现场会\n4月2日，县委副书记一行来到张公镇牛溪村、郑坊村，察看早稻育秧情况。张公镇党委书记介绍了全镇春耕进展。"
    places = _names(text, "Place")
    assert {"张公镇", "牛溪村", "郑坊村"} <= places, sorted(places)
    assert {("牛溪村", "张公镇"), ("郑坊村", "张公镇")} <= _relations(text, "partOf")
    assert sum(1 for e in _result(text).entities if e.type == "Place" and e.name == "张公镇") == 1


def test_a_township_two_counties_have_with_no_village_of_theirs_after_it_stays_unresolved():
    text = "4月2日，县委副书记一行来到张公镇，察看早稻育秧情况。"
    assert "牛溪村" not in _names(text, "Place")


def test_works_counted_before_a_schemes_name_do_not_hide_its_later_mentions():
    text = ("今年以来，安乡县水利局共实施9座病险水闸除险加固工程，总投资1800万元。\n"
            "为加快推进病险水闸除险加固工程建设，县水利局在招标、施工等环节强化监管，确保汛前完工。\n")
    assert "病险水闸除险加固工程" in _names(text, "Programme"), sorted(_names(text, "Programme"))


def test_works_counted_alone_name_no_programme():
    text = "今年以来，安乡县水利局共实施9座病险水闸除险加固工程，总投资1800万元。\n"
    assert not any(n.startswith("9座") for n in _names(text, "Programme")), sorted(_names(text, "Programme"))


@pytest.mark.parametrize("verb", ["连任", "担任"])
def test_a_village_branch_named_by_a_title_after_a_verb_of_office_is_the_villages(verb):
    text = f"庄河市太平岭满族乡大赵村换届后，李强{verb}村党总支书记。\n"
    r = _result(text)
    name = {e.key: e.name for e in r.entities}
    bodies = {e.name for e in r.entities if e.type == "Agency"}
    assert any(b.endswith("大赵村总支部委员会") for b in bodies), sorted(bodies)
    assert any(name[x.subject] == "李强" and name[x.object].endswith("大赵村总支部委员会")
               for x in r.relations if x.predicate == "holdsPost")


def test_a_quoted_scheme_and_its_work_before_a_head_in_an_honours_list_is_a_designation():
    text = "近年来，石门村先后获评全国文明村、全国第二批“绿色村庄”创建示范村、省级卫生村等荣誉。\n"
    progs = _names(text, "Programme")
    assert "绿色村庄创建示范村" in progs, sorted(progs)


def test_a_quoted_scheme_and_its_work_with_no_honours_list_names_no_designation():
    text = "今年，石门村开展“绿色村庄”创建示范村建设，新栽苗木2万株。\n"
    assert "绿色村庄创建示范村" not in _names(text, "Programme"), sorted(_names(text, "Programme"))


def test_a_project_that_starts_on_a_day_after_a_preposition_is_named():
    text = "据县住建局介绍，永丰县2024 年城镇老旧小区改造项目于2024年4月8日开工建设，目前已完成八成。\n"
    progs = _names(text, "Programme")
    assert "永丰县2024年城镇老旧小区改造项目" in progs, sorted(progs)
    assert ("永丰县", "永丰县2024年城镇老旧小区改造项目") in _relations(text, "implements")


def test_a_plan_to_start_works_on_a_day_names_no_project():
    text = "县里计划于2024年5月开工建设一批民生项目。\n"
    assert not _names(text, "Programme"), sorted(_names(text, "Programme"))


def test_a_works_schemes_stem_after_a_governing_verb_is_that_scheme():
    text = ("安乡县扎实推进病险水闸除险加固助力春耕\n"
            "今年以来，安乡县水利局启动病险水闸除险加固工程，总投资1800万元，目前已完成七成。\n")
    assert ("安乡县", "病险水闸除险加固工程") in _relations(text, "implements"), sorted(_relations(text, "implements"))


def test_a_works_schemes_stem_with_no_verb_before_it_adds_nothing():
    text = ("病险水闸除险加固进展顺利\n"
            "今年以来，安乡县水利局启动病险水闸除险加固工程，总投资1800万元，目前已完成七成。\n")
    assert not any(s == "安乡县" for s, _ in _relations(text, "implements")), sorted(_relations(text, "implements"))


def test_a_visited_project_whose_stem_is_a_field_stays_one():
    text = "副县长王立平来到城关镇，察看城关镇老城区城市更新项目，要求加快进度。\n"
    assert "城关镇老城区城市更新项目" in _names(text, "Programme"), sorted(_names(text, "Programme"))
