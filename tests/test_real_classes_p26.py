"""Classes the twenty-sixth programme set (广东's own schemes in real news of 汕尾, 湛江, 梅州 and 茂名, rewritten)
showed.

- A team named after a scheme, with the town it serves printed inside the scheme's name (驻某镇帮镇扶村工作队 for the
  scheme 驻镇帮镇扶村: SlotScheme in programme_cues.jsonl) or right before it (某镇驻镇帮镇扶村工作队), names the scheme,
  and that town carries it out; the units that make the team up (由甲局、乙会和某公司组成的…工作队: ComposedLead,
  ComposedMark, SchemeTeamHead) carry it out too. A team named after no scheme (…组成的调研组) adds nothing.

Texts written for these tests in our own words, with places and units other than those of the set."""
import pytest

from conftest import programmes_and_links


@pytest.mark.parametrize("text,town,units", [
    ("北湾镇迎来帮扶队伍\n今年7月，由佛山市妇联、佛山市财政局和某农商银行组成的佛山驻北湾镇帮镇扶村工作队正式进驻。\n",
     "北湾镇", {"佛山市妇女联合会", "佛山市财政局"}),
    ("帮扶队伍进村入户\n这支队伍正是由广东省档案馆和某电信公司组成的驻清远英德市石牯塘镇帮镇扶村工作队。\n",
     "石牯塘镇", {"广东省档案馆"}),
    ("三年帮扶见成效\n2022年春，由东莞市教育局、东莞市卫生健康局共同组成的罗定市船步镇驻镇帮镇扶村工作队来到船步镇。\n",
     "船步镇", {"东莞市教育局", "东莞市卫生健康局"}),
])
def test_a_team_named_for_its_town_carries_the_scheme_there(text, town, units):
    progs, links = programmes_and_links(text)
    assert "驻镇帮镇扶村" in progs, sorted(progs)
    assert (town, "驻镇帮镇扶村") in links, sorted(links)
    for unit in units:
        assert (unit, "驻镇帮镇扶村") in links, sorted(links)


def test_a_team_named_after_no_scheme_adds_nothing():
    text = "调研组下基层\n由佛山市财政局、佛山市教育局组成的调研组来到北湾镇，了解学校建设情况。\n"
    progs, links = programmes_and_links(text)
    assert not {l for l in links if l[0] in ("佛山市财政局", "佛山市教育局", "北湾镇")}, sorted(links)

