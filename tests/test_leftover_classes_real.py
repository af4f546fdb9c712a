"""Classes the sets rewritten from real news left (own-people-22 to -24, own-programmes-21 and -22).

- A township printed without its banner or county (在某苏木某嘎查, in a story that never names the banner) whose gacha
  opens with a county's short form (乌兰 + 敖包图嘎查: 乌兰县 of another province): the short form opens the gacha's long
  name (LevelSuffix "long" in places.jsonl) and gives the page no context, so the township, its name unique in the
  gazetteer, is read, and the gacha after it lies in it.

Texts written for these tests in our own words, with places other than those of the sets."""
from conftest import extracted as _result


def _places(text: str) -> set[str]:
    return {e.name for e in _result(text).entities if e.type == "Place"}


def _part_of(text: str) -> set[tuple[str, str]]:
    r = _result(text)
    names = {e.key: e.name for e in r.entities}
    return {(names.get(x.subject, x.subject), names.get(x.object, x.object)) for x in r.relations if x.predicate == "partOf"}


GACHA = ("旗政协副主席一行到伊和高勒苏木调研\n"
         "6月3日，旗政协副主席一行来到伊和高勒苏木乌兰敖包图嘎查，察看了草场围栏和饮水工程，听取了嘎查的情况汇报。\n")


def test_township_without_banner_and_its_gacha_opened_by_a_short_form():
    places = _places(GACHA)
    assert "伊和高勒苏木" in places
    assert "乌兰敖包图嘎查" in places
    assert "乌兰县" not in places
    assert ("乌兰敖包图嘎查", "伊和高勒苏木") in _part_of(GACHA)


def test_short_form_before_its_own_county_word_stays_a_place():
    # the short form printed with no gacha after it is still read as before
    assert "乌兰县" in _places("青海省海西州乌兰县开展草原监测。\n")


# - A banner printed by its abbreviation (科右中旗 for 科尔沁右翼中旗, 苏左旗 for 苏尼特左旗, 乌后旗 for 乌拉特后旗): an alias
#   the gazetteer makes from the banner's name (banner_short_form; BannerWord, BannerPosition, BannerWing, BannerDirection
#   in places.jsonl) where no division has that name; an abbreviation two banners share (扎旗: 扎鲁特旗 and 扎赉特旗) is
#   read only where the page's places decide, never guessed.


def test_banner_abbreviations_are_aliases_of_their_banners():
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    assert gaz.resolve("科右中旗").name == "科尔沁右翼中旗"
    assert gaz.resolve("苏左旗").name == "苏尼特左旗"
    assert gaz.resolve("东乌旗").name == "东乌珠穆沁旗"
    assert gaz.resolve("扎旗") is None  # two banners share it
    assert gaz.resolve("扎旗", context=("150500",)).name == "扎鲁特旗"  # 通辽市's
    for short in ("科右中旗", "苏左旗", "乌后旗", "扎旗", "阿旗"):  # no abbreviation shadows another division
        assert all(d.name.endswith("旗") for d in gaz.lookup(short))


def test_banner_abbreviation_in_text_is_the_banner_and_its_townships_lie_in_it():
    text = "乌后旗召开牧区工作会议\n会后，旗委副书记一行来到巴音宝力格镇，察看了牧民定居点建设。\n"
    places = _places(text)
    assert "乌拉特后旗" in places
    assert ("巴音宝力格镇", "乌拉特后旗") in _part_of(text)


# - A post elected with a termed CPPCC committee printed with 政协 before the place (当选政协某州第十届委员会副主席;
#   CppccBefore in agency_grammar.jsonl): the mark is part of the body's printed name, so the title chain after the verb
#   starts at the body, and the official holds the post of that committee.


def _posts(text: str) -> set[tuple[str, str]]:
    r = _result(text)
    names = {e.key: e.name for e in r.entities}
    return {(names.get(x.subject), names.get(x.object)) for x in r.relations if x.predicate == "holdsPost"}


def test_post_elected_with_a_termed_committee_printed_after_the_cppcc_mark():
    text = "在政协黔南州第九届委员会第一次会议上，赵明远当选政协黔南州第九届委员会副主席。\n"
    assert ("赵明远", "中国人民政治协商会议黔南布依族苗族自治州委员会") in _posts(text)
    county = "钱文斌当选政协汉源县第十届委员会主席。\n"
    assert ("钱文斌", "中国人民政治协商会议汉源县委员会") in _posts(county)

    # the committee printed without its term is the CPPCC's too, never the Party committee of the same place
    bare = "政协石棉县委员会副主席杜文涛主持会议，石棉县委员会办公室负责人参加。\n"
    posts = _posts(bare)
    assert ("杜文涛", "中国人民政治协商会议石棉县委员会") in posts
    assert ("杜文涛", "中共石棉县委员会") not in posts


# - A lone village's post in a story that names only its prefecture city (某市…来到甲村，村主任某某; 甲村党支部书记某某): the
#   village store is read for the city's counties, each name that is one village there, so the village is read and its
#   committee or branch is the body of the post; a province alone names too wide an area, and no village is guessed.


def test_lone_village_post_in_a_story_naming_only_its_city():
    text = "延安市推进农村人居环境整治\n记者来到黄蒿洼村，村主任周长青正在带领村民清理沟渠。\n"
    assert "黄蒿洼村" in _places(text)
    assert any(p == "周长青" and o and o.endswith("黄蒿洼村村民委员会") for p, o in _posts(text))
    branch = "延安市召开基层党建推进会\n会上，黄蒿洼村党支部书记周长青介绍了经验。\n"
    assert any(p == "周长青" and o and o.endswith("黄蒿洼村支部委员会") for p, o in _posts(branch))


def test_lone_village_in_a_story_naming_only_its_province_is_not_guessed():
    text = "陕西省推进农村人居环境整治\n记者来到黄蒿洼村，村主任周长青正在带领村民清理沟渠。\n"
    assert "黄蒿洼村" not in _places(text)


# - A press conference's bracketed header (【发布人】, 【主持人】) whose line goes on with an abbreviated body (省农业农村厅,
#   省政府新闻办) and a title: the bracket's close opens the body's name as a line's start or a colon does
#   (BeforeAbbreviation in agency_grammar.jsonl), so the speaker holds the post of the province's body. The same in
#   traditional print.


def test_bracketed_header_opens_an_abbreviated_body():
    text = ("青海省举行秋粮生产新闻发布会\n【发布人】省农业农村厅党组成员、副厅长马德林，省林草局副局长韩晓梅\n"
            "【主持人】省政府新闻办副主任谢永春\n")
    posts = _posts(text)
    assert ("马德林", "青海省农业农村厅") in posts
    assert ("谢永春", "青海省人民政府新闻办公室") in posts
    traditional = "青海省舉行秋糧生產新聞發布會\n【主持人】省政府新聞辦副主任謝永春\n"
    assert ("谢永春", "青海省人民政府新闻办公室") in _posts(traditional)


# - A delegation of an autonomous region visiting a province (自治区党委书记某某率某自治区党政代表团来某省考察): 自治区
#   before a body is the region's (JurisdictionAbbrev "name_ends"), never the province the article is about, whose
#   name does not end so; the province's own 省委 stays the province's.
# - 代 before a county head's title (县委副书记、代县长某某) is the acting head, no place 代县 (ActingMark in places.jsonl).


def test_region_titles_of_a_visiting_delegation_are_the_regions():
    text = ("内蒙古党政代表团来川考察\n5月9日至11日，自治区党委书记、人大常委会主任孟祥林率内蒙古自治区党政代表团来四川考察。"
            "四川省委书记罗志远，省委副书记、省长邓启明陪同。自治区副主席巴特尔，自治区政协副主席苏雅拉参加考察。\n"
            "代表团先后来到成都市郫都区、绵阳市涪城区和德阳市旌阳区，考察了四川省的川蒙协作项目和四川省的园区建设。\n")
    posts = _posts(text)
    assert ("孟祥林", "中共内蒙古自治区委员会") in posts
    assert ("巴特尔", "内蒙古自治区人民政府") in posts
    assert ("苏雅拉", "中国人民政治协商会议内蒙古自治区委员会") in posts
    assert ("罗志远", "中共四川省委员会") in posts
    assert not any(o and o.endswith(("四川省委员会", "四川省人民政府")) and p in ("孟祥林", "巴特尔") for p, o in posts)


def test_acting_county_head_is_no_place():
    text = ("县人大常委会举行会议\n会议决定任命郑海涛为石阡县人民政府副县长，并由郑海涛代理县长职务。\n"
            "县委副书记、代县长郑海涛作表态发言。\n")
    assert "代县" not in _places(text)
    assert "石阡县" in _places(text)
