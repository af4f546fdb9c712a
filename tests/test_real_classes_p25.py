"""Classes the twenty-fifth programme set (rewritten from real designation notices and selection lists of the east)
showed.

- A quoted scheme conferred as a designation under a scope of the whole country (全国“某某”示范村镇: a DesignationScope
  that is not "short" in designations.jsonl, right before the quote) is that designation, named with its scope, quote
  and head, and the places listed under it are its members; the quoted scheme alone is no designation of theirs, and
  a city's version (某市“某某”示范村) stays as it was.
- A designation before a list published for objections or nominated (…公示名单, …拟推介名单: DesignationAfter in
  designations.jsonl) is named, and the chains listed a line each under the sentence that introduces them are members.
- A village chosen as a centre (…省级中心村建设名单: DesignationHead 中心村, only before a list word) is a designation;
  in a list grouped by county, an item that ends in a unit below its village (…社区某某中心村, …村某某自然村:
  SubVillageUnit) makes the village or community before the unit the member.
- A village printed with 行政村 for 村 (朱巷镇耿岗行政村: LevelSuffix in places.jsonl) is a village of the town before it, and
  a member of the list it is an item of; a count of villages (全县128个行政村) names none.
- A dateline that names the paper's city (本报X讯) ends at the blank after it (kg/clean.py): the blank is kept, so the
  city does not open the name of the body the first sentence begins with (本报潍坊讯 市农业农村局… is no 潍坊讯市…).

Texts written for these tests in our own words, with places and schemes other than those of the set."""
from conftest import names_of as _names, pairs_of as _relations


_NATIONAL_QUOTED = (
    "第五批全国“一乡一特”示范村镇名单发布 湖北8个村镇入选\n"
    "近日，农业农村部公布第五批全国“一乡一特”示范村镇名单，湖北有8个乡镇入选，部分如下：\n"
    "宜昌市秭归县茅坪镇(脐橙)\n"
    "恩施州利川市谋道镇(莼菜)\n"
)


def test_a_quoted_scheme_under_a_national_scope_is_named_with_scope_and_head():
    names = _names(_NATIONAL_QUOTED, "Programme")
    assert "全国“一乡一特”示范村镇" in names, sorted(names)
    assert "一乡一特" not in names, sorted(names)


def test_the_listed_places_are_members_of_the_national_designation():
    doers = {s for s, o in _relations(_NATIONAL_QUOTED, "implements") if o == "全国“一乡一特”示范村镇"}
    assert {"茅坪镇", "谋道镇"} <= doers, sorted(_relations(_NATIONAL_QUOTED, "implements"))


def test_a_citys_quoted_designation_keeps_its_old_name():
    text = "市农业农村局公布2025年宜昌市“一乡一特”示范村名单，共12个村。其中秭归县3个：茅坪镇月亮包村、屈原镇西陵村、水田坝乡王家岭村。"
    names = _names(text, "Programme")
    assert not any(n.startswith("全国") for n in names), sorted(names)


_NOMINATION_LIST = (
    "江西9个村拟入选2021年全国生态休闲乡村\n"
    "9月3日，文化和旅游部网站公布2021年全国生态休闲乡村公示名单，江西共有9个村入选。\n"
    "江西入选的村有：\n"
    "江西省上饶市婺源县江湾镇篁岭村\n"
    "江西省吉安市井冈山市茅坪乡神山村\n"
    "江西省赣州市瑞金市叶坪乡华屋村\n"
)


def test_the_members_of_a_designations_list_for_objections_are_read():
    doers = {s for s, o in _relations(_NOMINATION_LIST, "implements") if o.endswith("生态休闲乡村")}
    assert {"篁岭村", "神山村", "华屋村"} <= doers, sorted(_relations(_NOMINATION_LIST, "implements"))


_CENTRE_VILLAGES = (
    "六安18个中心村列入2024年度美丽乡村省级中心村建设名单\n"
    "近日，全省900个中心村列入2024年度美丽乡村省级中心村建设名单。六安市共有18个中心村入选，部分名单如下：\n"
    "舒城县(3个)：干汊河镇七门堰社区长岗中心村、杭埠镇杭埠社区新河中心村、城关镇桃溪社区大塘中心村。\n"
)


def test_a_centre_village_list_names_a_designation():
    assert any(n.endswith("省级中心村") for n in _names(_CENTRE_VILLAGES, "Programme")), \
        sorted(_names(_CENTRE_VILLAGES, "Programme"))


def test_the_community_before_a_centre_village_is_the_member():
    doers = {s for s, o in _relations(_CENTRE_VILLAGES, "implements") if o.endswith("省级中心村")}
    assert {"七门堰社区", "杭埠社区", "桃溪社区"} <= doers, sorted(_relations(_CENTRE_VILLAGES, "implements"))


def test_the_blank_after_a_datelines_city_is_kept():
    text = ("潍坊12个村入选市级乡村振兴示范村\n"
            "本报潍坊讯 市农业农村局日前公布了2023年市级乡村振兴示范村名单，寿光市三元朱村等12个村入选。\n")
    names = _names(text, "Agency")
    assert not any("讯" in n for n in names), sorted(names)


_ADMIN_VILLAGES = (
    "霍邱县(3个)：城西湖乡沣西行政村高台中心村、孟集镇孟集行政村东湖中心村、冯井镇杨塘社区新街中心村。\n"
)


def test_a_village_printed_with_its_administrative_word_is_a_member():
    text = ("六安9个中心村列入2024年度美丽乡村省级中心村建设名单\n"
            "近日，全省900个中心村列入2024年度美丽乡村省级中心村建设名单。六安市共有9个中心村入选，部分名单如下：\n"
            + _ADMIN_VILLAGES)
    doers = {s for s, o in _relations(text, "implements") if o.endswith("省级中心村")}
    assert {"沣西行政村", "孟集行政村", "杨塘社区"} <= doers, sorted(_relations(text, "implements"))
    assert ("沣西行政村", "城西湖乡") in _relations(text, "partOf"), sorted(_relations(text, "partOf"))


def test_a_count_of_administrative_villages_names_no_place():
    names = _names("全县128个行政村全部通了硬化路，全镇辖12个行政村和2个社区。", "Place")
    assert not any(n.endswith("行政村") for n in names), sorted(names)
