"""Schemes and their doers in the habits of real news, in the genres of the eighteenth programme set.

- National campaigns named `…保卫战` (蓝天, 碧水, 净土, and a quoted name before 保卫战) are schemes, as those named
  `…攻坚战` are; the county health alliance (紧密型县域医疗卫生共同体建设) is one scheme under its short forms
  (县域医共体建设, 医共体建设).
- A quoted name read with a bare head after it (“某某+”行动) is the one scheme of the text read as the same quote with more
  words before the same head (“某某+”全域旅游行动): one scheme, not two.

Texts written for these tests in our own words, with places and schemes other than those of the set that revealed the
classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build, implementers_of  # noqa: E402

CAMPAIGNS = {
    "a known campaign named 保卫战, unquoted, after a verb":
        ("近年来，攸县深入打好净土保卫战，受污染耕地安全利用率达到93%。", "净土保卫战", {"攸县"}),
    "a known campaign named 保卫战 in a headline":
        ("桐庐县碧水保卫战取得新成效\n今年以来，全县出境断面水质稳定达标。", "碧水保卫战", {"桐庐县"}),
    "a quoted name before 保卫战":
        ("今年，修水县全面打好“清水修河”保卫战，关停沿河养殖场17家。", "清水修河", {"修水县"}),
    "the county health alliance by a short form":
        ("今年以来，罗田县扎实推进县域医共体建设，县域内就诊率提高到90%。", "紧密型县域医疗卫生共同体建设", {"罗田县"}),
}


@pytest.mark.parametrize("text,prog,doers", CAMPAIGNS.values(), ids=CAMPAIGNS.keys())
def test_campaigns_and_reforms_are_read(text, prog, doers):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert doers <= got, sorted(got)


def test_a_quoted_name_with_a_bare_head_is_the_longer_name():
    text = ("桐庐县持续推进“山水+”全域旅游发展行动，游客人数逐年增加。县文化和旅游局局长表示，“山水+”行动的关键是把游客留在"
            "乡村。")
    forms, _ = build(text)
    assert forms.get("山水+行动") == "山水+全域旅游发展行动", sorted(forms)
    assert len(set(forms.values())) == 1, sorted(forms)
