"""Schemes and their doers in the habits of real news (the seventeenth programme set's classes).

- A phrase after a verb that opens with a count of things (实施了8个…项目, 已有15个项目落地) counts projects; it names
  no scheme, and the places before it carry none out.
- A quoted slogan with + before a head of joint work (“某长+某长”协作机制, “某长+某主”协同机制, 联动机制) is a scheme,
  as one before 示范片区 is; a quoted name before 重点县 is a designation, as one before 示范县 is.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402

COUNTS = {
    "a count of projects after a verb and its sites":
        "去年，全县先后在龙门镇、桃源镇实施了8个农村人居环境整治项目，改善农户居住条件。",
    "a count of projects that landed":
        "县科技局会同县商务局组织开展“青创星火”创业训练营，已有15个项目落地。",
}


@pytest.mark.parametrize("text", COUNTS.values(), ids=COUNTS.keys())
def test_a_count_of_projects_names_no_scheme(text):
    forms, facts = build(text)
    assert not any(f[0].isdigit() or f.startswith("已有") for f in forms), sorted(forms)
    assert not any(o[0].isdigit() or o.startswith("已有") for _, _, o in facts), sorted(facts)


HEADS = {
    "a quoted slogan of posts with + before 协作机制, and its towns":
        ("今年，白沙镇、清溪镇推行“山长+林长+警长”协作机制，巡山护林2000余次。", "山长+林长+警长", {"白沙镇", "清溪镇"}),
    "a quoted slogan with + before 协同机制, and its city":
        ("近年来，衡阳市持续推进“园长+企长”协同机制，服务企业300余家。", "园长+企长", {"衡阳市"}),
    "a quoted name before 重点县, and the county named a member":
        ("2021年，弥勒市被确定为全省“云品出滇”重点县，蔬菜外销量逐年增加。", "云品出滇", {"弥勒市"}),
}


@pytest.mark.parametrize("text,prog,doers", HEADS.values(), ids=HEADS.keys())
def test_programme_heads(text, prog, doers):
    forms, facts = build(text)
    assert prog in forms, sorted(forms)
    got = {s for s, p, o in facts if p == "implements" and o == forms[prog]}
    assert doers <= got, sorted(got)
