"""Precision classes the real-news programme sets left (a doer or a scheme read where the text names none).

- A known scheme read out of a longer phrase: a mechanism named after it (某县完善脱贫攻坚驻村帮扶机制: MechanismHead,
  with MechanismGeneric words that keep the scheme, 驻镇帮镇扶村工作机制) or rounds of it gone by (经过前几轮脱贫攻坚:
  PastRoundBefore) name no scheme at work; the scheme named with a verb of its own (县里推进脱贫攻坚) stays.

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
