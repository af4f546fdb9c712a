"""Precision classes the real-news programme sets left (a doer or a scheme read where the text names none).

- A known scheme read out of a longer phrase: a mechanism named after it (某县完善脱贫攻坚驻村帮扶机制: MechanismHead,
  with MechanismGeneric words that keep the scheme, 驻镇帮镇扶村工作机制) or rounds of it gone by (经过前几轮脱贫攻坚:
  PastRoundBefore) name no scheme at work; the scheme named with a verb of its own (县里推进脱贫攻坚) stays.
- The places a visitor goes to (某区领导到甲街道、乙街道调研，要求深入实施…: VisitGoing, VisitDestVerb in
  relation_cues.jsonl) are no subject of the verb of the leader's demands in a later clause; a place that opens its own
  clause with the verb still carries the scheme out.

Texts written for these tests in our own words."""
import pytest

from conftest import programmes_and_links


@pytest.mark.parametrize("text", [
    "建立长效帮扶\n近年来，顺昌县完善脱贫攻坚驻村帮扶机制，选派干部常驻村里。\n",
    "帮扶经验\n顺昌县借鉴前几轮脱贫攻坚的做法，选派干部驻村。\n",
    "村里变化大\n经过上一轮脱贫攻坚，大历镇的贫困户已全部脱贫。\n",
])
def test_a_scheme_inside_a_longer_phrase_is_no_scheme_at_work(text):
    progs, links = programmes_and_links(text)
    assert "脱贫攻坚" not in progs, sorted(progs)


@pytest.mark.parametrize("text", [
    "推进帮扶\n顺昌县全力推进脱贫攻坚，全县脱贫人口持续增收。\n",
    "帮扶机制\n今年，帮扶机制转为乡村振兴驻镇帮镇扶村工作机制，工作队进驻洋墩乡。\n",
])
def test_the_scheme_named_by_itself_stays(text):
    progs, links = programmes_and_links(text)
    assert progs & {"脱贫攻坚", "驻镇帮镇扶村"}, sorted(progs)


@pytest.mark.parametrize("text,places", [
    ("调研乡村振兴\n建瓯市领导到东游镇、芝山街道调研，要求深入实施“百千万工程”，推动城乡融合发展。\n",
     {"东游镇", "芝山街道"}),
    ("调研\n市委书记先后深入建瓯市东游镇安国村、洋后村实地调研，强调要扎实推进“千万工程”。\n",
     {"安国村", "洋后村", "东游镇"}),
])
def test_the_places_visited_do_not_carry_out_the_leaders_demands(text, places):
    progs, links = programmes_and_links(text)
    assert progs, sorted(progs)
    assert not {l for l in links if l[0] in places}, sorted(links)


def test_a_place_that_opens_its_clause_still_carries_the_scheme_out():
    text = "乡村振兴\n东游镇深入实施“百千万工程”，成效明显，市领导到东游镇调研。\n"
    progs, links = programmes_and_links(text)
    assert ("东游镇", "百千万工程") in links, sorted(links)
