"""Classes the twenty-ninth programme set (county and town news about provincial schemes, rewritten from real news)
showed.

- Provincial designations whose head names a candidate for a title (示范创建村, 示范创建乡镇), a featured town printed
  with its alternative unit in brackets (特色乡镇, 特色乡（镇）): DesignationHead entries in designations.jsonl. The
  places listed after such a name, or after a colon that opens a list of its members, carry it out.
- A short line that opens an inline list with a designation's head alone, its unit in brackets after it, and a list
  opener's word (本市的示范村有：…, 十个示范乡镇（街道）是：…) lists members of the last designation named before it
  whose name ends in that head (…命名2022年度某省乡村振兴示范村的决定); no such designation
  before it, no members.

Texts written for these tests in our own words, with places and schemes other than those of the set."""
import re

import pytest

from conftest import pairs_of as _relations


def _bare(name: str) -> str:
    """The name without the unit printed in brackets at its end (特色乡（镇） = 特色乡)."""
    return re.sub(r"[（(][^（）()]*[）)]$", "", name)


@pytest.mark.parametrize("text, scheme, members", [
    ("祁东县3个村入选省级乡村振兴示范创建村\n近日，省里公布了新一批名单，祁东县有3个村入选。\n入选的3个村是：白地市镇双桥村、"
     "归阳镇马山村、洪桥街道新民村。",
     "乡村振兴示范创建村", ("双桥村", "马山村", "新民村")),
    ("福建省印发工作方案，开展乡村振兴特色乡（镇）创建。\n入选乡村振兴特色乡（镇）的是：建瓯市小松镇、顺昌县元坑镇。",
     "乡村振兴特色乡(镇)", ("小松镇", "元坑镇")),
])
def test_places_listed_under_a_provincial_candidate_or_award_title_carry_it_out(text, scheme, members):
    links = _relations(text, "implements")
    for place in members:
        assert any(s == place and _bare(o).endswith(_bare(scheme)) for s, o in links), sorted(links)


def test_a_line_opening_a_list_with_a_designations_head_alone_lists_its_members():
    text = ("9月3日，四川省委、省政府作出命名2022年度四川省乡村振兴示范村的决定。\n"
            "乐山市的示范村有：沐川县舟坝镇新河村、犍为县清溪镇文庙村，峨眉山市符溪镇楠木村。")
    links = _relations(text, "implements")
    for village in ("新河村", "文庙村", "楠木村"):
        assert (village, "四川省乡村振兴示范村") in links, sorted(links)


def test_a_head_alone_that_no_earlier_designation_ends_in_lists_no_members():
    text = ("9月3日，四川省委、省政府作出命名2022年度四川省乡村振兴示范村的决定。\n"
            "乐山市的重点村有：沐川县舟坝镇新河村、犍为县清溪镇文庙村。")
    links = _relations(text, "implements")
    assert not any(v in ("新河村", "文庙村") for v, p in links), sorted(links)
