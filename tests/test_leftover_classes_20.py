"""Roles before names that were not in the role vocabulary.

- A name after a role word of local news that the role vocabulary lacked (Role entries in roles.jsonl): village and
  assistance cadres (驻村干部, 帮扶干部, 包村干部, 村干部), households by their assistance status (贫困户, 监测户,
  低保户, 搬迁户 …), the people who carry parcels and meals (快递小哥, 外卖员 …), and workers of the village and the
  county (侦查员, 信息员, 巡河员, 兽医 …). The name after such a role is a Person, read as after 村民 or 牧民: a name
  of transliteration characters the model does not read (驻村干部次仁说) included. A role before no name
  (驻村干部要认真履职, 贫困户数量逐年减少, 快递员们说) reads none.

Texts written for these tests in our own words, with places and names other than those of the sets."""
import pytest

from conftest import check_reading, read_names


def _people(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["kg"] if s.label_ in ("Person", "Official")]


@pytest.mark.parametrize("text,name", [
    ("驻村干部次仁说，今年村里的青稞长势很好。", "次仁"),
    ("帮扶干部扎西介绍，村里新建了冷库。", "扎西"),
    ("村干部旺堆说，路修好了。", "旺堆"),
    ("快递小哥次仁把包裹送到村口。", "次仁"),
    ("监测户拉姆说，家里收入稳定了。", "拉姆"),
    ("低保户阿木说，政府帮了大忙。", "阿木"),
    ("建档立卡贫困户曲木说，房子是新盖的。", "曲木"),
    ("易地搬迁户次旦说，新房子宽敞。", "次旦"),
])
def test_a_name_after_a_role_of_local_news(nlp, text, name):
    assert name in _people(nlp, text), _people(nlp, text)


@pytest.mark.parametrize("text", [
    "驻村干部要认真履职。",
    "帮扶干部每月走访两次。",
    "全县贫困户数量逐年减少。",
    "快递员们说，包裹越来越多了。",
    "低保户家庭的孩子可以免费上学。",
    "监测户和脱贫户一起参加了培训。",
    "村干部群众纷纷说，这条路修得好。",
])
def test_a_role_before_no_name_reads_none(nlp, text):
    assert _people(nlp, text) == []
