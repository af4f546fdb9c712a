"""Classes the thirty-second own people set showed (passages rewritten from real news of 甘肃, 青海, 宁夏, 陕西 and
内蒙古: delegations and receptions listing both sides, inspection visits down to towns, sumu and villages), each row
a text written for this test, with other places and names than the set's.

- A head of government printed after a bare 政府 in a list of a place's leaders (某镇党委书记甲，政府镇长乙，镇党委副书记丙;
  某县委书记甲，政府县长乙): no title chain started at 政府, since only the bodies and places a rule reads, the titles
  and their modifiers opened one, and the statistical model's bare 政府 is no body; so the head was a person or an
  official with no post. The government word before a title (GovernmentLead) now opens a chain as well, and the
  title implies the government of the place just named.
- A village's Party secretary named by a title that begins with the village's level (村支书, 村党支部书记), with the
  village in an earlier sentence (来到某镇某村。…走进村支书某某家中) or right before the title (某村村支书某某): 村支书 and
  its kin were titles of the village's level with no Party branch, so the secretary held no post. They are posts in the
  village's branch (branch in titles.jsonl), and without a village printed right before them they are read as 村里的
  is: the branch of the one village the text has named before them; none where it has named two.
- A Tibetan name of four after a title whose first part is written in everyday characters (公保, 官却: TibetanNameHead)
  was cut to three (统战部长公保扎西 → 公保扎): such a head then two transliteration characters is one name where a
  boundary or a word that follows names closes it.
- A deed after 群众 read as a person's name (引导群众种饲草、养肉牛 → 种饲草: 种 is a rare surname, and 、 closes a name):
  after a role that names a mass (CollectiveRole), a name needs the model's reading or a verb of speech.
- Two county bodies of the north-west not read: the fruit bureau printed bare in a list of short forms after the
  county's first body (县委办、扶贫办、水务局、果业局: 果业 is a field of government work now, so the list's rule reads it),
  and the poverty-relief office printed as 县扶贫开发办 (its full name 扶贫开发办公室).
- A village's Party body printed with the village's name less 村 (来到某镇东方红村。…东方红党总支书记某某): the body was
  not read and its secretary held no post; a village the text has named, printed again without 村 right before 党总支,
  党支部 or 党委, is that village's Party body (one village of that name before it, and a name of two characters or
  more without 村)."""
import pytest

from conftest import check_reading

GOVERNMENT_LEAD_ROWS = [
    ("a town's head after its Party secretary",
     "隆兴昌镇党委书记刘军，政府镇长马丽，镇党委副书记高翔等陪同调研。",
     {("Official", "马丽"), ("Official", "刘军"), ("Official", "高翔")},
     {("马丽", "holdsPost", "五原县隆兴昌镇人民政府")}, set()),
    ("a township's head after its Party secretary",
     "草庙乡党委书记张华，政府乡长李强陪同检查。",
     {("Official", "李强"), ("Official", "张华")},
     {("李强", "holdsPost", "彭阳县草庙乡人民政府")}, set()),
    ("a county's head after the county secretary",
     "固阳县委书记赵刚，政府县长孙伟出席会议。",
     {("Official", "孙伟"), ("Official", "赵刚")},
     {("孙伟", "holdsPost", "固阳县人民政府")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GOVERNMENT_LEAD_ROWS, ids=[r[0] for r in GOVERNMENT_LEAD_ROWS])
def test_a_head_of_government_after_a_bare_government_word_holds_its_post(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VILLAGE_LEVEL_BRANCH_ROWS = [
    ("a secretary a sentence after his village",
     "县长王强来到隆德县沙塘镇十八里村。他走进村支书马玉林家中，询问冷凉蔬菜的收成。",
     {("Official", "马玉林")},
     {("马玉林", "holdsPost", "中共隆德县沙塘镇十八里村支部委员会")}, set()),
    ("a secretary right after his village's name",
     "副市长刘洋在泾源县泾河源镇冶家村调研，冶家村村支书韩建国汇报了乡村旅游的情况。",
     {("Official", "韩建国")},
     {("韩建国", "holdsPost", "中共泾源县泾河源镇冶家村支部委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", VILLAGE_LEVEL_BRANCH_ROWS,
                         ids=[r[0] for r in VILLAGE_LEVEL_BRANCH_ROWS])
def test_a_village_level_secretary_holds_a_post_in_the_village_branch(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_village_level_secretary_takes_the_branch_of_one_village_only(nlp):
    """The one village of the text: its branch; two villages before the title: neither."""
    one = "县委书记李明来到隆德县杨河乡红旗村。他走进村支书苏文家中。"
    check_reading(nlp, one, {("Official", "苏文")}, {("苏文", "holdsPost", "中共隆德县杨河乡红旗村支部委员会")}, set())
    two = "县委书记李明先后来到隆德县沙塘镇十八里村和杨河乡红旗村。他走进村支书苏文家中。"
    check_reading(nlp, two, {("Official", "苏文")}, set(), set(),
                  absent_facts={("苏文", "holdsPost", "中共隆德县沙塘镇十八里村支部委员会"),
                                ("苏文", "holdsPost", "中共隆德县杨河乡红旗村支部委员会")})


TIBETAN_HEAD_ROWS = [
    ("a department head's Tibetan name in a chain", "县委常委、组织部长公保才让，副县长马明陪同调研。",
     {("Official", "公保才让"), ("Official", "马明")}, set(), {"公保才"}),
    ("a county secretary before a verb", "县委书记官却加措出席会议并讲话。",
     {("Official", "官却加措")}, set(), {"官却加"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TIBETAN_HEAD_ROWS, ids=[r[0] for r in TIBETAN_HEAD_ROWS])
def test_a_tibetan_name_with_an_everyday_head_is_read_whole(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_deed_after_the_masses_is_no_name(nlp):
    """种葡萄 and 种枸杞 are no persons; 群众某某反映 still names one."""
    check_reading(nlp, "合作社带动群众种葡萄、养滩羊，收入逐年增加。", set(), set(), {"种葡萄"})
    check_reading(nlp, "镇里动员群众种枸杞、栽果树，壮大特色产业。", set(), set(), {"种枸杞"})
    check_reading(nlp, "群众王建军反映，村口的路灯坏了。", {("Person", "王建军")}, set(), set())


BODY_ROWS = [
    ("a fruit bureau in a list of short forms", "礼泉县委书记张伟调研，县委办、扶贫办、水务局、果业局主要负责人参加。",
     {("Agency", "礼泉县果业局")}, {("礼泉县果业局", "locatedIn", "礼泉县")}, set()),
    ("a poverty-relief office by its short form", "汇报会上，县扶贫开发办、县财政局的负责同志参加。玛多县县长王明主持。",
     {("Agency", "玛多县扶贫开发办公室")}, {("玛多县扶贫开发办公室", "locatedIn", "玛多县")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_a_fruit_bureau_and_a_poverty_relief_office_are_read(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BARE_VILLAGE_BRANCH_ROWS = [
    ("a village's branch a sentence after the village",
     "7月9日，市长王强到巴林右旗大板镇东方村调研。东方党支部书记刘海介绍了村里的产业。",
     {("Official", "刘海")}, {("刘海", "holdsPost", "中共巴林右旗大板镇东方村支部委员会")}, set()),
    ("a village's general branch after a tour of it",
     "副县长马丽来到隆德县沙塘镇十八里村，察看了冷凉蔬菜基地。十八里党总支书记韩飞汇报了村集体经济的发展。",
     {("Official", "韩飞")}, {("韩飞", "holdsPost", "中共隆德县沙塘镇十八里村总支部委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BARE_VILLAGE_BRANCH_ROWS,
                         ids=[r[0] for r in BARE_VILLAGE_BRANCH_ROWS])
def test_a_village_named_without_its_level_before_a_party_form_is_that_village_branch(nlp, cls, text, entities, facts,
                                                                                        absent):
    check_reading(nlp, text, entities, facts, absent)
