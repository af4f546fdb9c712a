"""The places a project lands in (项目选址在…, 落户…) take part in the project just named before the cue, but not where
the cue's own clause names another project (a firm's project with its own name before 项目): that project lands there,
not the scheme of the sentence before.

Texts written for these tests in our own words."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import implementers_of  # noqa: E402

SITES = {
    "the bare head refers back":
        ("丰城市启动“赣抚粮仓”示范基地建设工程，计划投资3亿元，项目选址在小港镇、拖船镇。", "赣抚粮仓示范基地建设工程",
         {"小港镇", "拖船镇"}),
    "the project referred to by 该":
        ("丰城市启动“赣抚粮仓”示范基地建设工程，总投资3亿元。该项目落户小港镇。", "赣抚粮仓示范基地建设工程", {"小港镇"}),
}


@pytest.mark.parametrize("text,prog,sites", SITES.values(), ids=SITES.keys())
def test_sites_of_the_project_named_before(text, prog, sites):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert sites <= got, sorted(got)


OTHERS = {
    "a firm's project with a quoted name":
        ("丰城市启动“赣抚粮仓”示范基地建设工程，由县种子站实施。江西某某农业公司的“赣早”新品种试验项目落户小港镇。",
         "赣抚粮仓示范基地建设工程", {"小港镇"}),
    "a project with a name of its own":
        ("丰城市启动“赣抚粮仓”示范基地建设工程，由县种子站实施。一家企业投资的稻米深加工项目落户拖船镇。",
         "赣抚粮仓示范基地建设工程", {"拖船镇"}),
}


@pytest.mark.parametrize("text,prog,places", OTHERS.values(), ids=OTHERS.keys())
def test_another_project_lands_there(text, prog, places):
    forms, got = implementers_of(text, prog)
    assert prog in forms, sorted(forms)
    assert not (places & got), sorted(got)
