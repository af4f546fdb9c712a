"""Classes the twenty-fifth programme set (rewritten from real designation notices and selection lists of the east)
showed.

- A quoted scheme conferred as a designation under a scope of the whole country (全国“某某”示范村镇: a DesignationScope
  that is not "short" in designations.jsonl, right before the quote) is that designation, named with its scope, quote
  and head, and the places listed under it are its members; the quoted scheme alone is no designation of theirs, and
  a city's version (某市“某某”示范村) stays as it was.
- A headline with no stop over a page of short list lines is not a wrapped part of the sentence after it: a line breaks
  at its column's width, so a line that the next one far outruns stands alone (kg/clean.py), and no designation is
  read across the break (某县6个村被评为…示范村⏎某市…评定结果公布。).

Texts written for these tests in our own words, with places and schemes other than those of the set."""
from kg.clean import join_lines
from kg.extraction import extract
from kg.ingest import decode_bytes


def _result(text: str):
    return extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))


def _names(text: str, kind: str) -> set[str]:
    return {e.name for e in _result(text).entities if e.type == kind}


def _relations(text: str, predicate: str) -> set[tuple[str, str]]:
    r = _result(text)
    name = {e.key: e.name for e in r.entities}
    return {(name[x.subject], name[x.object]) for x in r.relations if x.predicate == predicate}


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


_HEADLINE_OVER_LIST = (
    "竹溪6个村被评为乡村振兴二星级示范村\n"
    "十堰市乡村振兴示范村评定结果日前公布，经市乡村振兴领导小组审定，全市共评出3个三星级示范村和40个二星级示范村，"
    "竹溪县鄂坪乡慈孝沟村、水坪镇双竹村等6个村被评为乡村振兴二星级示范村。\n"
    "三星级示范村名单：\n"
    "郧阳区茶店镇樱桃沟村\n"
    "丹江口市习家店镇茯苓村\n"
    "房县军店镇下坪村\n"
    "二星级示范村名单(部分)：\n"
    "竹溪县(6个)\n"
    "鄂坪乡慈孝沟村、水坪镇双竹村。\n"
)


def test_a_headline_over_short_list_lines_is_not_joined_to_the_next_line():
    assert join_lines(_HEADLINE_OVER_LIST).split("\n")[0] == "竹溪6个村被评为乡村振兴二星级示范村"


def test_a_line_wrapped_at_the_column_width_is_still_joined():
    text = ("县委常委会召开会议，传达学习省委全会精神，研究部署全县下半年重点工作和乡村振兴示范\n"
            "村创建工作。会议由县委书记主持。\n")
    assert join_lines(text).count("\n") == 0, join_lines(text)


def test_no_designation_is_read_across_the_headline_break():
    names = _names(_HEADLINE_OVER_LIST, "Programme")
    assert not any("示范村十堰市" in n for n in names), sorted(names)
