"""Typed relations on documents written for these tests, through the whole extract step."""
import pytest

from kg.extraction import extract
from kg.ingest import decode_bytes


def facts(text):
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    names = {e.key: e.name for e in r.entities}
    return {(names[x.subject], x.predicate, names[x.object]) for x in r.relations}, r


CASES = [
    ("浏阳市委书记周建国主持会议。", ("周建国", "holdsPost", "中共浏阳市委员会")),
    ("市委副书记、市长黄志强出席。浏阳市召开大会。", ("黄志强", "holdsPost", "浏阳市人民政府")),
    ("浏阳市农业农村局召开会议。", ("浏阳市农业农村局", "locatedIn", "浏阳市")),
    ("长沙市生态环境局浏阳分局召开会议。", ("长沙市生态环境局浏阳分局", "subOrganizationOf", "长沙市生态环境局")),
    ("浏阳市市场监督管理局在大瑶镇设立大瑶市场监督管理所。",
     ("大瑶市场监督管理所", "subOrganizationOf", "浏阳市市场监督管理局")),
    # a field office whose town has a three-character name, right after its bureau: named after the bureau
    ("隆回县司法局金石桥司法所开展普法宣传。", ("隆回县司法局金石桥司法所", "subOrganizationOf", "隆回县司法局")),
    # national bodies' units
    ("农业农村部乡村产业发展司召开座谈会。", ("农业农村部乡村产业发展司", "subOrganizationOf", "农业农村部")),
    ("杭州市余杭区良渚街道举行活动。", ("良渚街道", "partOf", "余杭区")),
    ("余杭区深入实施“千万工程”。", ("余杭区", "implements", "千村示范、万村整治工程")),
    ("浏阳市交通运输局、浏阳市农业农村局联合启动“四好农村路”建设。", ("浏阳市交通运输局", "implements", "四好农村路")),
    ("浏阳市交通运输局、浏阳市农业农村局联合启动“四好农村路”建设。", ("浏阳市农业农村局", "implements", "四好农村路")),
    ("浏阳市委“三大行动”深入推进。", ("中共浏阳市委员会", "implements", "三大行动")),
    ("浏阳市人社局召开会议。会议要求，该局将深化实施“三项工程”。", ("浏阳市人力资源和社会保障局", "implements", "三项工程")),
    ("“百村示范行动”以大瑶镇为试点。浏阳市", ("大瑶镇", "implements", "百村示范行动")),
    # 人力社保局, a longer short form of the labour bureau
    ("浏阳市召开就业工作会。市人力社保局局长刘洋出席。", ("刘洋", "holdsPost", "浏阳市人力资源和社会保障局")),
]


@pytest.mark.parametrize("text, fact", CASES)
def test_relation(text, fact):
    got, _ = facts(text)
    assert fact in got, sorted(got)


def test_chained_places_are_not_coordinated_subjects():
    got, _ = facts("杭州市余杭区深入实施“千万工程”。")
    assert ("余杭区", "implements", "千村示范、万村整治工程") in got
    assert ("杭州市", "implements", "千村示范、万村整治工程") not in got


def evidence(r, rel) -> str:
    """The text of a relation's evidence: its sentences, stored once in the result."""
    return "".join(r.sentences[i].text for i in rel.sentences)


def test_every_relation_has_evidence_in_the_original_file():
    text = "浏阳市委书记周建国\n\n主持会议。浏阳市人社局深化实施“三项工程”。"
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    assert r.relations
    for rel in r.relations:
        assert 0 <= rel.start < rel.end <= len(text)
        original = text[rel.start:rel.end].replace("\n", "")
        assert original.replace(" ", "") == evidence(r, rel).replace(" ", "")
        assert rel.method and 0 < rel.confidence <= 1
        # its sentences are stored once, in the result, and lie inside the file
        for i in rel.sentences:
            u = r.sentences[i]
            assert text[u.start:u.end].replace(" ", "").replace("\n", "") == u.text.replace(" ", "")


def test_a_body_a_title_implies_is_located_by_the_sentence_of_the_title():
    """市长刘军 implies 浏阳市人民政府 without printing it: the fact rests on the title's sentence."""
    text = "浏阳市召开大会。\n\n市长刘军表示，要做好工作。"
    got, r = facts(text)
    assert ("浏阳市人民政府", "locatedIn", "浏阳市") in got
    for rel in r.relations:
        assert evidence(r, rel).strip() and rel.start < rel.end
        assert "刘军" in evidence(r, rel)


def test_mentions_point_into_the_original_file():
    text = "江门日报讯（记者/王晓明）浏阳市大瑶 镇\n\n党委书记李卫东介绍。"
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    for m in r.mentions:
        assert text[m.start:m.end].replace(" ", "").replace("\n", "") == m.text


MORE = [
    ("据介绍，眉山市东坡区委副书记、区长赵勇介绍，北京市海淀区也有。", ("赵勇", "holdsPost", "眉山市东坡区人民政府")),
    ("在崇州市白头镇五星村，村党委书记高德华正带领村民致富。", ("五星村", "partOf", "白头镇")),
    ("在崇州市白头镇五星村，村党委书记高德华正带领村民致富。", ("高德华", "holdsPost", "中共崇州市白头镇五星村委员会")),
    ("北京市海淀区学院路街道深入推进改革，街道工委书记孙晓燕介绍。",
     ("孙晓燕", "holdsPost", "中共北京市海淀区学院路街道工作委员会")),
    # a village the gazetteer does not list, chained to its county and town
    ("蒲江县甘溪镇明月村党总支书记何勇在会上发言。", ("何勇", "holdsPost", "中共蒲江县甘溪镇明月村总支部委员会")),
    ("蒲江县甘溪镇明月村村委会主任李强在会上发言。", ("李强", "holdsPost", "蒲江县明月村村民委员会")),
    # the province before a city is not part of its bodies' names
    ("浙江省湖州市委书记陈浩主持会议。", ("陈浩", "holdsPost", "中共湖州市委员会")),
    # a sub-unit the model reads past the body the grammar found
    ("成都市公安局交通管理局开展专项整治。", ("成都市公安局交通管理局", "subOrganizationOf", "成都市公安局")),
    ("成都市人民政府新闻办公室召开新闻发布会。", ("成都市人民政府新闻办公室", "subOrganizationOf", "成都市人民政府")),
]


@pytest.mark.parametrize("text, fact", MORE)
def test_relation_more(text, fact):
    got, _ = facts(text)
    assert fact in got, sorted(got)


def test_news_agency_dateline_gives_reporters_and_date():
    _, r = facts("本报成都3月5日电（记者 刘洋 张敏）记者从四川省农业农村厅获悉，2024年全省推进改革。")
    assert r.articles[0].reporters == ("刘洋", "张敏")
    assert r.articles[0].date == "2024-03-05"


def test_town_committee_is_the_town_just_named():
    got, _ = facts("乐昌市北乡镇、九峰镇发展产业。在平远县差干镇，镇党委书记曾繁华带领记者走进村里。")
    assert ("曾繁华", "holdsPost", "中共平远县差干镇委员会") in got


def test_the_body_in_a_title_is_not_the_subject():
    got, _ = facts("广东省召开会议。省委常委、副省长张志远强调，各地要深入实施“百千万工程”。")
    assert ("中共广东省委员会", "implements", "百千万工程") not in got


def test_an_official_participates_in_a_programme():
    got, _ = facts("开平市沙塘镇召开会议。沙塘镇党委书记关华俊带头推进“百千万工程”。")
    assert ("关华俊", "participatesIn", "百千万工程") in got
    assert not any(p == "implements" and s == "中共开平市沙塘镇委员会" for s, p, o in got)


def test_village_committee_head_is_an_official():
    got, _ = facts("开平市金鸡镇游东村举行活动，游东村村委会主任陈刚介绍了情况。")
    assert ("陈刚", "holdsPost", "开平市游东村村民委员会") in got


def test_a_place_that_begins_an_institutions_name_is_no_subject():
    got, _ = facts("长沙县人民政府与湖南省农业科学院签订协议，双方将围绕“种业振兴”行动开展合作。")
    assert not any(s == "湖南省" and p == "implements" for s, p, o in got), sorted(got)


def test_an_official_who_speaks_of_a_programme_does_not_take_part_in_it():
    got, _ = facts("湖南省交通运输厅副厅长李立新介绍，近年来全省深入推进“四好农村路”建设。")
    assert not any(p == "participatesIn" for s, p, o in got), sorted(got)


def test_a_districts_bodies_are_one_node_however_printed():
    _, r = facts("广州市黄埔区人民政府召开会议。黄埔区人民政府要求推进改革。")
    names = [e.name for e in r.entities if e.type == "Agency"]
    assert names == ["广州市黄埔区人民政府"], names


def test_appointments_and_removals():
    got, r = facts("黄埔区人大常委会举行会议，任命陈建华为广州市黄埔区人民政府副区长，免去刘洋的广州市黄埔区财政局局长职务。")
    assert ("陈建华", "holdsPost", "广州市黄埔区人民政府") in got, sorted(got)
    assert ("刘洋", "holdsPost", "广州市黄埔区财政局") in got, sorted(got)


def test_a_meeting_held_for_a_programme():
    got, _ = facts("1月8日，韶关市召开全市“百县千镇万村高质量发展工程”推进会。")
    assert ("韶关市", "implements", "百千万工程") in got, sorted(got)


@pytest.mark.parametrize("text, expected", [
    ("湖南省交通运输厅召开会议。近年来，全省深入推进“四好农村路”建设。", True),  # 全省 opens the clause
    ("湖南省交通运输厅召开会议。该厅将在全省开展“四好农村路”建设。", False),  # 在全省 is where, not who
])
def test_the_whole_province_as_subject(text, expected):
    got, _ = facts(text)
    assert (("湖南省", "implements", "四好农村路") in got) == expected, sorted(got)


def test_a_village_secretary_who_also_heads_the_village_committee():
    got, _ = facts("连州市西岸镇召开会议。西岸镇冲口村党支部书记、村委会主任刘国庆表示，村里将发展产业。")
    assert ("刘国庆", "holdsPost", "中共连州市西岸镇冲口村支部委员会") in got, sorted(got)
    assert ("刘国庆", "holdsPost", "连州市冲口村村民委员会") in got, sorted(got)



def test_bodies_acting_together():
    got, _ = facts("斗门区井岸镇人民政府联合珠海市斗门区人力资源和社会保障局，启动“粤菜师傅”工程培训。")
    assert ("珠海市斗门区井岸镇人民政府", "implements", "粤菜师傅工程") in got, sorted(got)
    assert ("珠海市斗门区人力资源和社会保障局", "implements", "粤菜师傅工程") in got, sorted(got)


@pytest.mark.parametrize("text, fact", [
    # the head of the place just named, not of the article's other district
    ("北京市朝阳区委书记文献调研。朝阳区法院负责人参加。上海市浦东新区区长吴金城表示，要落实改革。",
     ("吴金城", "holdsPost", "上海市浦东新区人民政府")),
    # a town's government has one name however the text prints it
    ("斗门区井岸镇人民政府启动培训。井岸镇镇长陈晓明介绍了情况。", ("陈晓明", "holdsPost", "珠海市斗门区井岸镇人民政府")),
    # a bare title after a body's Party title heads that body
    ("开平市医保局党组书记、局长李四介绍了情况。", ("李四", "holdsPost", "开平市医疗保障局")),
    # a body inside a longer one is not a body of its own
    ("国家税务总局广东省税务局党委书记、局长邓勇汇报了有关情况。",
     ("国家税务总局广东省税务局", "subOrganizationOf", "国家税务总局")),
])
def test_relation_heads(text, fact):
    got, r = facts(text)
    assert fact in got, sorted(got)
    assert "广东省税务局" not in {e.name for e in r.entities}
    assert not any(e.name in ("邓勇汇", "文献调") for e in r.entities)



@pytest.mark.parametrize("text, fact", [
    ("浏阳市召开会议。团市委、市妇联负责人参加。", ("共青团浏阳市委员会", "locatedIn", "浏阳市")),
    ("浏阳市召开会议。市总工会主席陈美玲表示，将开展竞赛。", ("陈美玲", "holdsPost", "浏阳市总工会")),
    ("浏阳市召开会议。日前，陈伟市长带队到大瑶镇调研。", ("陈伟", "holdsPost", "浏阳市人民政府")),
    # the town named in the sentence, not the article's other town
    ("浏阳市大瑶镇党委书记李强、镇长刘芳芳陪同调研。另讯，浏阳市永安镇、永安镇、永安镇将推进改革。",
     ("刘芳芳", "holdsPost", "浏阳市大瑶镇人民政府")),
])
def test_relation_local_bodies(text, fact):
    got, _ = facts(text)
    assert fact in got, sorted(got)


def test_a_department_of_the_committee_just_named_in_a_title_chain():
    got, _ = facts("江门市召开会议。市委常委、政法委书记吴国杰出席会议并讲话。")
    assert ("吴国杰", "holdsPost", "中共江门市委政法委员会") in got, sorted(got)
    assert ("中共江门市委政法委员会", "subOrganizationOf", "中共江门市委员会") in got, sorted(got)


def test_the_object_of_a_preposition_is_not_the_subject():
    got, _ = facts("浏阳市医保局加强与浏阳市行政服务中心沟通协作，整合33项业务，实现“一窗通办”改革。")
    assert ("浏阳市医疗保障局", "implements", "一窗通办") in got, sorted(got)
    assert ("浏阳市行政服务中心", "implements", "一窗通办") not in got, sorted(got)


def test_a_body_where_something_happens_is_not_its_subject():
    got, _ = facts("国家发展改革委副主任李春临在国务院新闻办公室举行的发布会上介绍，将深入实施“十大工程”。")
    assert not any(s == "国务院新闻办公室" and p == "implements" for s, p, o in got), sorted(got)


def test_bodies_that_will_act_together():
    got, _ = facts("农业农村部将会同财政部、自然资源部，启动“千亿斤粮食产能提升行动”。")
    for body in ("农业农村部", "财政部", "自然资源部"):
        assert (body, "implements", "千亿斤粮食产能提升行动") in got, sorted(got)



@pytest.mark.parametrize("text", ["开平市金鸡镇游东村村委会主任陈刚介绍。", "金鸡镇游东村村委会主任陈刚介绍。开平市",
                                  "开平市金鸡镇游东村举行活动，游东村村委会主任陈刚介绍。"])
def test_a_village_committee_has_one_name_however_its_village_is_printed(text):
    got, _ = facts(text)
    assert ("陈刚", "holdsPost", "开平市游东村村民委员会") in got, sorted(got)
