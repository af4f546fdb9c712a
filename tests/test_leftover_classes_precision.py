"""Precision classes the real-news programme sets left (a doer or a scheme read where the text names none).

- A known scheme read out of a longer phrase: a mechanism named after it (某县完善脱贫攻坚驻村帮扶机制: MechanismHead,
  with MechanismGeneric words that keep the scheme, 驻镇帮镇扶村工作机制) or rounds of it gone by (经过前几轮脱贫攻坚:
  PastRoundBefore) name no scheme at work; the scheme named with a verb of its own (县里推进脱贫攻坚) stays. So does a
  command post or a leading group named after it (某市百千万工程指挥部: OfficeAfter 指挥部, 领导小组), unless the text
  names the scheme by itself too.
- The places a visitor goes to (某区领导到甲街道、乙街道调研，要求深入实施…: VisitGoing, VisitDestVerb, VisitDemand in
  relation_cues.jsonl) are no subject of the verb of the leader's demands in a later clause; a place that opens its own
  clause with the verb, or one visited for the scheme itself (到某镇调研“…”工作，要求…), still carries it out.
- A quoted name followed by a word of manner or effort (实行“…”工作方式, 以“…”的力度: MannerAfter in
  relation_cues.jsonl), or one whose own name ends with one (开展“街头办公”: MannerTail), is the way a thing is done: no
  doer is linked to it; a scheme that the manner frames (以“…”力度推进“百千万工程”) keeps its doer, and so does a model a
  place works by (按照“…”模式推进, 推广“…”模式), which the sets annotate as a scheme carried out.
- A clause of a list's item that holds only places (具体来看，甲镇A村、B村；乙镇C村; …专业村有甲镇A村、B村，乙镇C村:
  ListOnlyVillage, ListOnlyJoin in relation_cues.jsonl) has no verb and so no doer of the scheme named before it; items
  whose places open a clause with a verb (甲镇建设…；乙镇发展…) still carry it out.

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


def test_a_body_named_after_a_scheme_is_no_mention_of_it():
    progs, links = programmes_and_links("开会\n建瓯市百千万工程指挥部召开全体会议，部署下阶段工作。\n")
    assert "百千万工程" not in progs, sorted(progs)
    progs, links = programmes_and_links("开会\n建瓯市百千万工程指挥部召开会议，要求各镇深入实施“百千万工程”。\n")
    assert "百千万工程" in progs, sorted(progs)


@pytest.mark.parametrize("text", [
    "推进改厕\n顺昌县全力推进厕所革命，全县农户改厕持续推进。\n",
    "帮扶机制\n今年，帮扶机制转为乡村振兴驻镇帮镇扶村工作机制，工作队进驻洋墩乡。\n",
])
def test_the_scheme_named_by_itself_stays(text):
    progs, links = programmes_and_links(text)
    assert progs & {"厕所革命", "驻镇帮镇扶村"}, sorted(progs)


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


def test_a_place_visited_for_the_scheme_itself_carries_it_out():
    # the visit is of the scheme (调研“…”工作): the text puts the scheme at the place, which the demands then govern too
    text = "调研\n区长到东游镇调研“百千万工程”工作，要求集中攻坚，推动“百千万工程”形成更多亮点。\n"
    progs, links = programmes_and_links(text)
    assert ("东游镇", "百千万工程") in links, sorted(links)


def test_a_place_that_opens_its_clause_still_carries_the_scheme_out():
    text = "乡村振兴\n东游镇深入实施“百千万工程”，成效明显，市领导到东游镇调研。\n"
    progs, links = programmes_and_links(text)
    assert ("东游镇", "百千万工程") in links, sorted(links)


@pytest.mark.parametrize("text,name", [
    ("安全检查\n建瓯市应急管理局实行“四不两直”工作方式，深入企业开展安全生产检查。\n", "四不两直"),
    ("村庄整治\n建瓯市推行“一村一策”工作方法，推进村庄整治。\n", "一村一策"),
    ("创城攻坚\n建瓯市各级干部下沉网格，开展“街头办公”，推动问题整改。\n", "街头办公"),
])
def test_a_way_of_working_has_no_doer(text, name):
    progs, links = programmes_and_links(text)
    assert not {l for l in links if l[1] == name}, sorted(links)


@pytest.mark.parametrize("text,link", [
    ("项目建设\n建瓯市坚持以“头号工程”力度推进“百千万工程”，全市镇村面貌明显改善。\n", ("建瓯市", "百千万工程")),
    ("基层治理\n建瓯市推广“一线工作法”模式，推动干部下沉。\n", ("建瓯市", "一线工作法")),
    ("普惠金融\n建瓯市按照“一网两中心”模式推进改革试验区建设。\n", ("建瓯市", "一网两中心")),
])
def test_the_scheme_a_manner_frames_keeps_its_doer(text, link):
    progs, links = programmes_and_links(text)
    assert link in links, sorted(links)


@pytest.mark.parametrize("text", [
    "特色产业\n建瓯市深入实施“百千万工程”，培育了一批特色村。具体来看，东游镇安国村、洋后村；小桥镇阳泽村；川石乡川石村，玉山镇玉山村。\n",
    "特色产业\n建瓯市深入实施“百千万工程”，培育了一批特色村。具体来看，以茶叶为主导产品的专业村有东游镇安国村、洋后村，小桥镇阳泽村；"
    "竹笋专业村有川石乡川石村，玉山镇玉山村。\n",
])
def test_a_clause_that_only_lists_places_has_no_doer(text):
    progs, links = programmes_and_links(text)
    assert ("建瓯市", "百千万工程") in links, sorted(links)
    assert not {l for l in links if l[0] in ("东游镇", "小桥镇", "川石乡", "玉山镇")}, sorted(links)


def test_items_whose_places_act_still_carry_the_scheme_out():
    text = "特色产业\n建瓯市深入实施“百千万工程”。具体来说，东游镇建设茶叶基地；小桥镇发展竹笋加工，玉山镇打造旅游线路。\n"
    progs, links = programmes_and_links(text)
    assert {("东游镇", "百千万工程"), ("小桥镇", "百千万工程"), ("玉山镇", "百千万工程")} <= links, sorted(links)
