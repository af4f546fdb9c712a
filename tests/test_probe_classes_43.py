"""Classes found by a fifth round of probing kg with made-up county, town and street news.

- A residents' committee printed by its stem alone after its town or street (某镇运河居委会, 某街道青峰路居民委员会:
  BareResidentsCommittee in agency_grammar.jsonl), as Shanghai's and Qingdao's communities are named in the village
  tables: the committee, named as printed (运河居民委员会), located in that town or street, and its head's post in it;
  only where the town's or street's communities include the stem's, so 各居委会 and 开展居委会换届 name none.
- A provincial scheme's title for candidate towns and counties with 创建 before the unit (省级乡村振兴示范创建镇,
  示范创建县: DesignationHead in designations.jsonl, as 示范创建村 was): the designation, carried out by the place
  listed for it.
- The whole of a place after a verb of reporting its work (镇党委书记某某汇报了全镇推进“…”的做法, 听取了全县推进…情况汇报:
  WholeLeadVerb in relation_cues.jsonl): the place named before is the doer of the scheme, as after 带领 and 组织; a
  report with no scheme's verb after it links nothing.
- A name right before the post it holds now or held before, with no profile's marks between (某某现任某市委常委、组织部部长,
  某某，现任…, 据了解，某某曾任某局局长: PostVerb in people.jsonl, as 担任 was): an official with those posts, a post held before
  qualified 原; 曾任县长的某某 (the post before the name) is read as before.
- A law-enforcement unit named by a field, then 综合, 行政 or 综合行政 before 执法 and its head (某市城市管理综合执法大队,
  交通运输综合行政执法大队, 城市管理行政执法支队: EnforcementAfterField in agency_grammar.jsonl, as a field's centre is
  read): the unit, its head's post in it; before, the official after it was lost with it.
- The Ministry of Ecology and Environment's designation “绿水青山就是金山银山”实践创新基地, printed in full or as “两山”实践创新基地
  (Programme "designation" in programmes.jsonl): one programme, and the place named for it, selected for it or striving
  for it (命名为, 入选, 争创) carries it out, as for a designation the grammar reads.
- A county's or a city's full name glued to the verb before it (会见, 看望, 陪同, 跟随, 率领…) and followed by the rest of a
  committee's or a government head's title (某县委书记, 某市副市长: BodyAfterPlace in places.jsonl; 陪同, 跟随, 随同 as
  BeforePlaceWord): the place, its committee or government, and the official's post; before, a name printed once that way
  lost all three. A province named more often than the one city an article names (a guest's: 某省委书记某某会见了某市委书记
  某某一行，省委常委某某参加) is the province its bare 省委 points at (kg.ner.jurisdiction.compute_homes), not the city's.
- A civil-service rank in brackets between a title and its holder's name (某市纪委书记（正厅级）某某: BracketedRank in
  people.jsonl): the name holds the title; before, the official was lost and the name read as a person.
- A date opened by 于 or 已于 between a name and its verb of a post (某某已于4月升任县委副书记, 某某于2023年5月调任…:
  NameVerbDateLead in people.jsonl): the name takes the post, as with no date between; a date before another verb
  (大会于5月召开) names nobody.
"""
import pytest

from conftest import names_of, pairs_of


@pytest.mark.parametrize("text, official, body, place", [
    ("奉贤区南桥镇运河居委会主任顾晓燕组织志愿者清理河道。", "顾晓燕", "运河居民委员会", "南桥镇"),
    ("郎溪县梅渚镇定埠居民委员会委员张春兰参加培训。", "张春兰", "定埠居民委员会", "梅渚镇"),
])
def test_a_residents_committee_printed_by_its_stem_after_its_town(text, official, body, place):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert (body, place) in pairs_of(text, "locatedIn"), sorted(pairs_of(text, "locatedIn"))


@pytest.mark.parametrize("text", [
    "李沧区李村街道辖区各居委会开展消防检查。",
    "李沧区李村街道开展居委会换届选举工作。",
    "李沧区李村街道金湖居委会主任王某到场。",  # no such community in the street: no committee read from a guess
])
def test_no_residents_committee_from_a_word_that_is_no_stem(text):
    assert not any(n.endswith("居民委员会") for n in names_of(text, "Agency")), sorted(names_of(text, "Agency"))


@pytest.mark.parametrize("text, place, scheme_part", [
    ("2025年，桃江县灰山港镇被列为省级乡村振兴示范创建镇，镇里投入资金600万元。", "灰山港镇", "示范创建镇"),
    ("去年，富川瑶族自治县入选自治区级乡村振兴示范创建县。", "富川瑶族自治县", "示范创建县"),
])
def test_a_designation_for_candidate_towns_and_counties(text, place, scheme_part):
    links = {(s, o) for s, o in pairs_of(text, "implements") if s == place and o.endswith(scheme_part)}
    assert links, sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text, place, scheme", [
    ("休宁县海阳镇党委书记程立新汇报了全镇推进“千万工程”的做法。", "海阳镇", "千村示范、万村整治工程"),
    ("江华瑶族自治县委书记唐明听取了全县推进“四好农村路”建设情况汇报。", "江华瑶族自治县", "四好农村路"),
])
def test_the_whole_after_a_verb_of_reporting_its_work(text, place, scheme):
    assert (place, scheme) in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_a_report_with_no_schemes_verb_links_nothing():
    text = "休宁县海阳镇镇长汪立介绍了全镇基本情况，并谈到“千万工程”在外省的经验。"
    assert ("海阳镇", "千村示范、万村整治工程") not in pairs_of(text, "implements")


@pytest.mark.parametrize("text, official, body", [
    ("周立群现任醴陵市委常委、宣传部部长。", "周立群", "中共醴陵市委宣传部"),
    ("周立群，现任醴陵市委常委、宣传部部长。", "周立群", "中共醴陵市委员会"),
    ("据了解，周立群曾任醴陵市文化旅游广电体育局局长。", "周立群", "醴陵市文化旅游广电体育局"),
])
def test_a_name_before_the_post_it_holds_now_or_held(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert official not in names_of(text, "Person")


def test_a_post_held_before_keeps_its_qualifier():
    from conftest import extracted
    r = extracted("据了解，周立群曾任醴陵市文化旅游广电体育局局长。")
    held = [x for x in r.relations if x.predicate == "holdsPost"]
    assert held and all(x.attr("qualifier") == "原" for x in held), [x.attrs for x in held]


@pytest.mark.parametrize("text, official, body", [
    ("冷水江市城市管理综合执法大队大队长贺军带队开展夜市整治。", "贺军", "冷水江市城市管理综合执法大队"),
    ("隆回县交通运输综合行政执法大队副大队长刘畅带队检查货车。", "刘畅", "隆回县交通运输综合行政执法大队"),
])
def test_a_law_enforcement_unit_named_by_its_field(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text, place", [
    ("丽水市松阳县被生态环境部命名为“两山”实践创新基地。", "松阳县"),
    ("近年来，奉贤区庄行镇争创全国“绿水青山就是金山银山”实践创新基地。", "庄行镇"),
    ("2023年，婺源县入选第七批“绿水青山就是金山银山”实践创新基地名单。", "婺源县"),
])
def test_the_two_mountains_designation_by_either_name(text, place):
    assert (place, "绿水青山就是金山银山实践创新基地") in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("verb", ["会见", "看望", "陪同", "跟随", "率领", "邀请", "慰问"])
def test_a_county_glued_to_a_verb_before_its_committees_title(verb):
    text = f"日前，{verb}安化县委书记刘胜一行。"
    assert ("刘胜", "中共安化县委员会") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert "安化县" in names_of(text, "Place")


def test_a_city_glued_to_a_verb_before_its_committees_title():
    text = "日前，记者跟随益阳市委副书记黄勇走访企业。"
    assert ("黄勇", "中共益阳市委员会") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("verb", ["会见", "会见了"])
def test_a_bare_provincial_committee_is_the_hosts_not_the_guest_citys(verb):
    text = f"江西省召开座谈会。江西省委书记尹弘{verb}温州市委书记张振丰一行，省委常委吴忠琼参加。"
    got = pairs_of(text, "holdsPost")
    assert ("吴忠琼", "中共江西省委员会") in got and ("吴忠琼", "中共浙江省委员会") not in got, sorted(got)


@pytest.mark.parametrize("text, official, body", [
    ("岳阳市纪委书记（正厅级）陈岳平出席会议。", "陈岳平", "岳阳市纪律检查委员会"),
    ("沅陵县委副书记（正县级）向阳主持会议。", "向阳", "中共沅陵县委员会"),
])
def test_a_bracketed_rank_between_a_title_and_its_holder(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert official not in names_of(text, "Person")


@pytest.mark.parametrize("text, official, body", [
    ("据了解，谢平已于4月升任溆浦县委副书记。", "谢平", "中共溆浦县委员会"),
    ("彭涛于2023年5月调任永州市委常委。", "彭涛", "中共永州市委员会"),
])
def test_a_date_between_a_name_and_its_verb_of_a_post(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert official not in names_of(text, "Person")
