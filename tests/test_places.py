"""Places beyond the gazetteer's exact names, one construction class a table row, on sentences
written for these tests: villages of every province, names read out of longer words, chains and
lists under a parent, printings the gazetteer does not list."""
import pytest

from kg.extraction import extract, extract_text
from kg.model import Document


def places(nlp, text):
    doc = extract_text(text, nlp)
    return {(text[c.start:c.end], c.name, c.division.code) for c in doc._.kg.graph_final if c.type == "Place"}


def facts(text):
    result = extract(Document("t.txt", "t.txt", text, "utf-8", "0" * 64))
    names = {e.key: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}


FOUND = [
    # a village of another province than Guangdong's, written after its township
    ("隆回县金石桥镇丰云村获评示范村。", ("丰云村", "丰云村", "430524102202")),
    # ... or anywhere in an article about its township
    ("调研组在金石桥镇召开座谈会，随后走访洞下村。", ("洞下村", "洞下村", "430524102206")),
    # a short name right after its township and a comma
    ("新邵县陈家坊镇，江村的村民种植柑橘。", ("江村", "江村", None)),
    # a division named by an everyday word, right after its parent
    ("阳泉市城区召开会议。", ("城区", "城区", "140302")),
    # a township printed under another suffix, in an article about its county
    ("隆回县召开会议，桃花坪镇负责人发言。", ("桃花坪镇", "桃花坪街道", "430524001")),
    # ... or right after its county with one character different
    ("隆回县滩投镇举行活动。", ("滩投镇", "滩头镇", "430524109")),
    # a township of NBS 2023 that the MCA list lacks, and a village under it
    ("平乐县二塘镇茶林村发展油茶产业。", ("二塘镇", "二塘镇", "450330101")),
    ("平乐县二塘镇茶林村发展油茶产业。", ("茶林村", "茶林村", "450330101202")),
    ("涞源县王安镇召开大会，孙家泉村党支部书记发言。", ("孙家泉村", "孙家泉村", "130630104205")),
    # ... whose bare name is a city's short form: the city stays (敖汉旗 has an NBS 惠州街道)
    ("敖汉旗举行招商会，惠州客商到场洽谈。", ("惠州", "惠州市", "441300")),
    # a county's name from before it became a district (FormerDivision): read as printed, as 北京市密云县 is
    ("天津市宝坻县召开大会。", ("宝坻县", "宝坻县", "120000-宝坻县")),
    ("恩施州召开大会。", ("恩施州", "恩施土家族苗族自治州", "422800")),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_places_found(nlp, text, expected):
    got = places(nlp, text)
    surface, name, code = expected
    assert any(s == surface and n == name and (code is None or c == code) for s, n, c in got), got


NOT_FOUND = [
    ("隆回县荷香桥镇白山村修通了公路。", "白山市"),  # a place read inside a village's name
    ("天津市开展渤海东岸生态调查。", "海东市"),  # a short form inside a longer word
    ("常熟经济技术开发区引进项目。", "常熟市"),  # a development zone named after a place
    ("隆回县金石桥镇域经济持续发展。", "金石桥镇"),  # 镇域 is the town's land
    ("北京市沿永定河两岸开展绿化。", "永定区"),  # a river named like a county
    ("甘肃省张掖市祁连山西段发现雪豹。", "山西省"),  # a province read across two words
    ("新邵县陈家坊镇江村村民种植柑橘。", "江村村"),  # 村民 are villagers
    ("会上表彰了安全、环保、消防三个村。", "安全村"),
    # a three-character name whose rest is an everyday word, after a preposition or the end of a word
    ("该县着力打造一座宜居的新兴城市。", "兴城市"),
    ("引导农村人口有序向城镇转移。", "向城镇"),
    ("到2030年基本建成都市圈一小时通勤网。", "成都市"),
    # no unlisted village read out of a verb and the words after a township
    ("隆回县金石桥镇召开村级组织换届工作会。", "召开村"),
    ("新邵县陈家坊镇开展农村环境整治行动。", "开展农村"),
    ("推进周边城镇政府职能转变。", "边城镇"),
    ("原崇礼县政府大楼已改作他用。", "礼县"),  # a two-character name inside a former county's
]

#: ... which the same name is not where the text prints it on its own or after its parent
SPLIT_BUT_FOUND = [
    ("葫芦岛市兴城市召开会议。", "兴城市"),
    ("会上，兴城市作了发言。", "兴城市"),
    # a full name glued to the word before it stands when its body follows
    ("该企业将携手湘潭市政府共建产业园。", "湘潭市"),
    ("多家银行正积极对接株洲市人民政府。", "株洲市"),
]


@pytest.mark.parametrize("text, name", SPLIT_BUT_FOUND)
def test_a_name_that_could_split_is_found_where_it_stands_alone(nlp, text, name):
    assert name in {n for _, n, _ in places(nlp, text)}


@pytest.mark.parametrize("text, absent", NOT_FOUND)
def test_no_place_read_out_of_a_longer_word(nlp, text, absent):
    assert absent not in {n for _, n, _ in places(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    ("隆回县召开会议，小沙江、金石桥、司门前三镇负责人参加。", {"小沙江镇", "金石桥镇", "司门前镇"}),
    ("在隆回县金石桥镇，丰云、洞下、蔡花村委会负责人发言。", {"丰云村", "洞下村", "蔡花村"}),
])
def test_places_sharing_one_suffix(nlp, text, expected):
    assert expected <= {n for _, n, _ in places(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # a list under one parent
    ("隆回县小沙江镇、金石桥镇、司门前镇负责人参加。",
     {("金石桥镇", "partOf", "隆回县"), ("司门前镇", "partOf", "隆回县")}),
    # a township chained under the county it belonged to when the text was written
    ("梧州市领导到苍梧县龙圩镇检查工作。", {("龙圩镇", "partOf", "苍梧县")}),
    # a village of the store under its township
    ("隆回县金石桥镇丰云村获评示范村。", {("丰云村", "partOf", "金石桥镇"), ("金石桥镇", "partOf", "隆回县")}),
])
def test_part_of_as_the_text_chains_or_lists(text, expected):
    assert expected <= facts(text)


def test_a_county_printed_with_its_old_level_names_its_bodies(nlp):
    doc = extract_text("天津市宝坻县召开大会。县委书记某某讲话，县政协主席某某出席。", nlp)
    names = {c.name for c in doc._.kg.graph_final if c.type == "Agency"}
    assert {"中共天津市宝坻县委员会", "中国人民政治协商会议天津市宝坻县委员会"} <= names


def test_a_village_party_branch_far_after_its_village(nlp):
    text = "新邵县陈家坊镇，江村坐落在山脚下。清晨，村道上已有人走动，68岁的村党支部书记某某正在巡查。"
    doc = extract_text(text, nlp)
    assert any(c.name.endswith("江村支部委员会") for c in doc._.kg.graph_final if c.type == "Agency")


# a list of one county's villages in which two towns each have a village of the same name: the town each line
# chains it to decides which one it is, however many other villages of the county the list names. (The NBS list
# numbers 陆丰市's 河西街道 and 城东街道 the other way round from the MCA list; a village hangs under the street
# of its NBS street's name, so 441581002202 is 河西街道's 竹林村, whatever its code's digits say.)
_TWIN_LIST = ["陆丰市东海街道红光村", "陆丰市河西街道竹林村", "陆丰市东海街道龙光村", "陆丰市东海街道崎砂村",
              "陆丰市东海街道头肖村", "陆丰市东海街道六驿村", "陆丰市河西街道大务村", "陆丰市河西街道山脚村",
              "陆丰市河西街道夏陇村", "陆丰市河西街道汾河村", "陆丰市城东街道水乾村", "陆丰市湖东镇竹林村"]


def _list_text(items: list[str], blank: str = "") -> str:
    """A designation list, one numbered line an item; ``blank`` between the columns of each line."""
    lines = []
    for i, item in enumerate(items, 1):
        for level in ("市", "区", "县", "街道", "镇", "乡"):
            item = item.replace(level, level + blank, 1) if blank else item
        lines.append(f"{i}.{item.rstrip()}")
    return "关于公布美丽乡村示范村名单的通知\n\n附件\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "\t"])
@pytest.mark.parametrize("code", ["441581002202", "441581103210"])
def test_a_village_named_like_another_of_its_county_is_the_one_in_its_town(nlp, blank, code):
    assert ("竹林村", "竹林村", code) in places(nlp, _list_text(_TWIN_LIST, blank))


# three towns of one county with a village of one name, in the village store (Hunan) and in the gazetteer (Guangdong)
_TRIPLETS = [
    (["隆回县桃花坪街道红星村", "隆回县滩头镇五星村", "隆回县三阁司镇红星村", "隆回县花门街道九龙村",
      "隆回县山界回族乡红星村", "隆回县桃花坪街道九龙村"],
     {("红星村", "430524001224"), ("红星村", "430524115262"), ("红星村", "430524212226"), ("九龙村", "430524002203"),
      ("九龙村", "430524001213"), ("五星村", "430524109303")}),
    (["雷州市覃斗镇山尾村", "雷州市松竹镇山尾村", "雷州市南兴镇山尾村"],
     {("山尾村", "440882116211"), ("山尾村", "440882107206"), ("山尾村", "440882108213")}),
]


@pytest.mark.parametrize("blank", ["", " "])
@pytest.mark.parametrize("items, expected", _TRIPLETS)
def test_three_villages_of_one_name_each_in_the_town_its_line_names(nlp, items, expected, blank):
    got = {(s, c) for s, _, c in places(nlp, _list_text(items, blank))}
    assert expected <= got


@pytest.mark.parametrize("text, expected", [
    # a village named like its town
    ("番禺区石碁镇石碁村举行活动。", ("石碁村", "石碁村", "440113120206")),
    ("番禺区 石碁镇 石碁村举行活动。", ("石碁村", "石碁村", "440113120206")),
    # a two-character village of the gazetteer (too short for its index) right after its town
    ("斗门区乾务镇新村获评示范村。", ("新村", "新村", "440403105214")),
    ("斗门区 乾务镇 新村获评示范村。", ("新村", "新村", "440403105214")),
    ("斗门区乾务镇新村村民参加义诊。", ("新村", "新村", "440403105214")),
    # a village of another province after its township and a blank
    ("隆回县 金石桥镇 丰云村获评示范村。", ("丰云村", "丰云村", "430524102202")),
])
def test_a_village_right_after_its_town_or_after_blanks_on_its_line(nlp, text, expected):
    assert expected in places(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("斗门区乾务镇\n新村获评示范村。", "新村"),  # a line break ends the chain
    ("斗门区乾务镇新村民陆续入住。", "新村"),  # new villagers
])
def test_no_short_village_read_across_a_line_or_out_of_a_word(nlp, text, absent):
    assert absent not in {n for _, n, _ in places(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # a district name two cities share, chained before a street or town that only one of them holds
    ("朝阳区三里屯街道召开会议。", {("朝阳区", "110105"), ("三里屯街道", "110105004")}),
    ("朝阳区桂林街道召开会议。", {("朝阳区", "220104"), ("桂林街道", "220104002")}),
    ("鼓楼区五凤街道召开会议。", {("鼓楼区", "350102")}),  # four cities have a 鼓楼区
    ("南沙区 东涌镇 东涌村开展活动。", {("南沙区", "440115"), ("东涌镇", "440115104")}),
])
def test_a_tied_name_is_the_one_that_holds_the_name_chained_after_it(nlp, text, expected):
    assert expected <= {(n, c) for _, n, c in places(nlp, text)}


def test_a_tied_name_stays_unread_when_nothing_is_chained_after_it(nlp):
    got = {n for _, n, _ in places(nlp, "朝阳区，三里屯街道召开会议。")}
    assert "朝阳区" not in got


def test_a_townships_villages_by_first_character_keep_every_printing_in_list_order():
    from kg.ner.places import place_finder

    finder = place_finder()
    code = "430524102"  # 金石桥镇: 丰云村, 洞下村 ... (the store's), then the gazetteer's short ones
    mark = finder.v.village_char
    walked = [(d, p) for d in finder.gaz.villages_of(code) + finder.short_villages_of(code)
              for p in ((d.name + mark, d.name) if d.name.endswith(mark) else (d.name,))]
    table = finder._printed_villages(code)
    assert len(walked) > 20 and sum(map(len, table.values())) == len(walked)
    for first, pairs in table.items():
        assert list(pairs) == [x for x in walked if x[1].startswith(first)]
    # a name that ends with the village mark may be printed with it doubled, the doubled form first
    assert [p for d, p in table["丰"] if d.name == "丰云村"] == ["丰云村村", "丰云村"]
    assert finder._printed_villages(code) is table  # made once a township


@pytest.mark.parametrize("text, expected", [
    # villages of one township that begin with the same character: the one printed is read
    ("隆回县金石桥镇新良村修通了公路。", ("新良村", "新良村", "430524102264")),
    ("隆回县金石桥镇新花园村修通了公路。", ("新花园村", "新花园村", "430524102260")),
])
def test_villages_of_a_township_that_share_their_first_character(nlp, text, expected):
    assert expected in places(nlp, text)
