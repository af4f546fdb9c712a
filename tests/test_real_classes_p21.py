"""Designations and selection lists in the habits of real news (the twenty-first programme set's classes).

- 乡村振兴 is no designation 乡村 cut out of a longer name: a province and a batch before it
  (印发某省第三批乡村振兴“…”工程示范创建名单) name no designation `某省乡村`, and nothing is linked to one.
- A list named after a quoted scheme (…“…”工程示范创建名单) is the scheme's own: the places listed under it carry the
  quoted scheme out, as a designation's members do; a quoted scheme before a plain report (…“…”工程推进情况) has no
  members.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

REVIVAL_LIST = (
    "近日，省里有关部门联合印发了河北省第三批乡村振兴“百村示范”工程示范创建名单，邢台市有3个镇入选。\n"
    "邢台市入选名单如下：\n"
    "示范创建镇：内丘县侯家庄乡，临城县郝庄镇，宁晋县贾家口镇\n"
)


def test_revival_after_a_batch_names_no_designation():
    forms, facts = build(REVIVAL_LIST)
    assert not any(f.endswith("省乡村") for f in forms), sorted(forms)
    assert not any(o.endswith("省乡村") for s, p, o in facts), sorted(facts)


def test_the_places_on_a_quoted_schemes_list_carry_it_out():
    forms, facts = build("邢台3镇入选河北省第三批乡村振兴“百村示范”工程示范创建名单\n" + REVIVAL_LIST)
    name = forms["百村示范工程"]
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert {"侯家庄乡", "郝庄镇", "贾家口镇"} <= got, sorted(facts)


def test_a_quoted_scheme_before_a_report_has_no_members():
    text = ("近日，邢台市通报了乡村振兴“百村示范”工程推进情况。\n"
            "通报名单如下：\n"
            "进度较快的镇：内丘县侯家庄乡，临城县郝庄镇\n")
    forms, facts = build(text)
    name = forms.get("百村示范工程", "百村示范工程")
    got = {s for s, p, o in facts if p == "implements" and o == name}
    assert not ({"侯家庄乡", "郝庄镇"} & got), sorted(facts)

