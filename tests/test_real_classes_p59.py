"""Classes the fifty-ninth programme set (industry, commerce and farm-industry schemes and who carries them out in 山东,
河南, 安徽, 江西, 广西 and 湖南: a province's third batch of provincial modern farm parks listed city by city, a city's parks
in a province's sixth batch, a ministry's tenth batch of one-village-one-product villages and towns, a province's counties
made national rural e-commerce demonstration counties, a region's notice on small firms' industrial clusters, a city's
specialised small firms, a county's notice on its rural e-commerce demonstration plan, a county-level city's plan for its
county commerce system, a county head's visit on the five-star branches; rewritten from real news) showed.

- Named parks listed in one sentence, each opening with a county printed in full and ending in a designation's head
  (芜湖市有甲县某某现代农业产业园、乙区某某现代农业产业园，丙市有丁县某某现代农业产业园; …、…榜上有名 with no count before the
  close): none was read, or only as designations given to the city before them. Two or more such names in a sentence are a
  list of parks (ListedParkHead, programme_cues.jsonl; kg/ner/programmes.py, _listed_parks), each carried out by its own
  county alone (kg/relations.py), the longest county name taken (泰和县, not 和县 inside it).
- A lead's word inside a county's name printed in full (为 in 无为市, 犍为县): the designation finder cut the name there and
  read 县某某现代农业产业园; such a word leads nothing now.
- A designation named in full, then conferred by its scope and head alone (创建培育200个电子商务进农村示范县(市)，我省甲、乙等
  8个县(市)被批准为国家级示范县(市)): 国家级示范县 was read as a designation of its own, and the counties its members; a scope
  (DesignationScope) and the head conferred after the full name stand for it now (kg/ner/programmes.py).
- The ministry of commerce's national schemes for county towns and villages printed unquoted (加强我市县域商业体系建设, 全面
  实施县域商业体系建设工作) or quoted (“数商兴农”工程): neither was read; both are known schemes now (programmes.jsonl).
- Bodies that issued a document jointly, printed before its title with 等17部门 between (为贯彻落实某省商务厅等17部门《关于…
  的意见》): a body glued to a title issued it, but with those words between, none did; they are passed over now
  (JointIssuers, relation_cues.jsonl; kg/relations.py), and each body of a run before them issued it.

Texts written for these tests in our own words, with places, bodies and parks other than those of the set."""

from conftest import names_of, programmes_and_links


def test_parks_listed_city_by_city_are_each_their_countys():
    text = ("近日，江西省农业农村厅公布第四批省级现代农业产业园名单。赣州市有信丰县安西现代农业产业园、于都县梓山现代农业产业园，"
            "吉安市有泰和县沿溪现代农业产业园。\n")
    progs, links = programmes_and_links(text)
    assert {"信丰县安西现代农业产业园", "于都县梓山现代农业产业园", "泰和县沿溪现代农业产业园"} <= progs
    assert {("信丰县", "信丰县安西现代农业产业园"), ("于都县", "于都县梓山现代农业产业园"),
            ("泰和县", "泰和县沿溪现代农业产业园")} <= links
    assert "和县沿溪现代农业产业园" not in progs
    assert not {(a, b) for a, b in links if a in ("赣州市", "吉安市", "江西省农业农村厅") and b.endswith("沿溪现代农业产业园")}
    assert ("赣州市", "信丰县安西现代农业产业园") not in links


def test_parks_listed_before_a_close_with_no_count_are_their_countys_alone():
    text = "近日，湖北省农业农村厅公布第五批省级现代农业产业园名单，宜昌市夷陵区龙泉现代农业产业园、枝江市安福寺现代农业产业园榜上有名。\n"
    progs, links = programmes_and_links(text)
    assert {"夷陵区龙泉现代农业产业园", "枝江市安福寺现代农业产业园"} <= progs
    assert {("夷陵区", "夷陵区龙泉现代农业产业园"), ("枝江市", "枝江市安福寺现代农业产业园")} <= links
    assert ("宜昌市", "夷陵区龙泉现代农业产业园") not in links
    assert ("湖北省农业农村厅", "枝江市安福寺现代农业产业园") not in links


def test_a_leads_word_inside_a_county_name_cuts_no_park():
    text = "四川省农业农村厅认定犍为县清溪现代农业产业园、井研县千佛现代农业产业园等15个园区为第四批省级现代农业产业园。\n"
    progs, links = programmes_and_links(text)
    assert "犍为县清溪现代农业产业园" in progs
    assert not any(p.startswith("县") for p in progs)
    assert ("犍为县", "犍为县清溪现代农业产业园") in links
    assert "犍为县" in names_of(text, "Place")


def test_a_single_park_after_a_county_with_a_leads_word_keeps_its_county():
    text = "四川省农业农村厅公布犍为县清溪现代农业产业园为省级现代农业产业园。\n"
    progs, _ = programmes_and_links(text)
    assert not any(p.startswith("县") for p in progs)
    assert "犍为县" in names_of(text, "Place")


def test_a_scope_and_head_conferred_after_the_full_designation_stand_for_it():
    text = "今年，国家林草局在全国遴选50个林下经济示范县，我省安远县、寻乌县被确定为国家级示范县。\n"
    progs, links = programmes_and_links(text)
    assert "国家级示范县" not in progs
    assert {("安远县", "林下经济示范县"), ("寻乌县", "林下经济示范县")} <= links


def test_the_county_commerce_schemes_are_known():
    text = "吉安县商务局召开会议，部署全县县域商业体系建设工作，并推进“数商兴农”工程。\n"
    progs, links = programmes_and_links(text)
    assert {"县域商业体系建设", "数商兴农"} <= progs
    assert ("吉安县商务局", "县域商业体系建设") in links


def test_bodies_before_a_joint_issuers_count_and_a_title_issued_it():
    text = "为贯彻落实湖南省商务厅、湖南省财政厅等部门《关于加快发展农村电子商务的意见》，加强我县农村电商建设。\n"
    _, links = programmes_and_links(text)
    assert {("湖南省商务厅", "《关于加快发展农村电子商务的意见》"),
            ("湖南省财政厅", "《关于加快发展农村电子商务的意见》")} <= links
    text = "为贯彻落实湖北省商务厅等12部门《关于推进县域商业发展的实施意见》，制定本方案。\n"
    _, links = programmes_and_links(text)
    assert ("湖北省商务厅", "《关于推进县域商业发展的实施意见》") in links
