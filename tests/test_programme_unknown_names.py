"""Programmes read from their shape and context, not from memory: names no lexicon or gazetteer could know
(invented stems before a known head), made-up text."""
from __future__ import annotations

import pytest

from test_programmes import build  # programmes (name -> aliases) and facts of a made-up text, names as the scorer compares them


RUN = "督导组一行先后深入醴陵市、经开区·白兔潭镇青松揽月工程，云岭飞虹工程，高新区金桂映湖工程以及" \
      "茶陵长河叠翠工程等项目现场，逐一协调解决难题。"


def test_works_named_by_a_stem_of_their_own_in_a_run_before_a_site_word():
    """No road or bridge word in the names: the run of names ending in 工程 before 等项目现场 says they are works."""
    programmes, _ = build(RUN)
    assert {"青松揽月工程", "云岭飞虹工程", "金桂映湖工程", "长河叠翠工程"} <= set(programmes), sorted(programmes)
    assert "白兔潭镇青松揽月工程" in programmes["青松揽月工程"]
    assert "高新区金桂映湖工程" in programmes["金桂映湖工程"]
    assert "茶陵长河叠翠工程" in programmes["长河叠翠工程"]  # a county's short form before a name without a works word


def test_works_and_projects_listed_before_a_site_word_lose_their_counties():
    programmes, _ = build("观摩组先后来到云帆逐浪工程、平江县石桥映月工程、汝城县翠谷鸣泉项目施工现场。")
    assert {"云帆逐浪工程", "石桥映月工程", "翠谷鸣泉项目"} <= set(programmes), sorted(programmes)


def test_the_county_a_works_site_of_an_unknown_name_is_visited_in_implements_it():
    programmes, facts = build("在浏阳市，督导组来到星火映山工程施工现场，了解工期安排。")
    assert "星火映山工程" in programmes, sorted(programmes)
    assert ("浏阳市", "implements", "星火映山工程") in facts, sorted(facts)


@pytest.mark.parametrize("text", [
    "督导组来到全县重点项目建设现场，了解进度。",  # the whole county's projects
    "检查组来到城区重点民生工程施工现场。",  # general words alone
    "调研组来到浏阳市防汛工程现场。",  # a place's works of a field
    "工作组走进乡镇、企业和重大项目现场。",  # kinds of places visited
    "调研组来到白沙洲育苗基地施工现场。",  # a base is a place visited, not a works name
    "调研组来到加快推进城乡融合工程现场。",  # a verb inside: a task, not a name
])
def test_no_works_name_without_a_stem_of_its_own(text):
    programmes, _ = build(text)
    assert not programmes, sorted(programmes)


def test_a_place_with_a_word_of_location_is_no_part_of_a_works_name():
    programmes, _ = build("工作组先后深入白沙林场管护站以及石柱村内云帆逐浪工程建设现场，察看施工质量。")
    assert "云帆逐浪工程" in programmes, sorted(programmes)
    assert not any(p.startswith("石柱村") for p in programmes), sorted(programmes)


def test_a_quoted_list_before_a_numeral_formula_names_a_strategy():
    """“…、…”一主两翼战略: the formula after the quoted list is the strategy's head, as a count is (…两大战略)."""
    programmes, facts = build("近年来，平江县全面实施“工业强县、生态立县”一主两翼战略，县域经济稳步增长。")
    assert "工业强县、生态立县" in programmes, sorted(programmes)
    assert "工业强县、生态立县一主两翼战略" in programmes["工业强县、生态立县"]
    assert ("平江县", "implements", "工业强县、生态立县") in facts, sorted(facts)


@pytest.mark.parametrize("text", [
    "会上，平江县提出“工业强县、生态立县”的发展思路。",  # no head after the quote
    "平江县干部群众一心一意谋发展，“工业强县、生态立县”深入人心。",  # a slogan, no formula or count after it
])
def test_a_quoted_list_without_a_head_names_no_strategy(text):
    programmes, _ = build(text)
    assert "工业强县、生态立县" not in programmes, sorted(programmes)


def test_a_project_alone_before_a_site_word_without_a_works_word_is_a_description():
    programmes, _ = build("在白沙镇石柱村，调研组走进古民居保护修缮项目现场，了解进度。")
    assert "古民居保护修缮项目" not in programmes, sorted(programmes)


@pytest.mark.parametrize("text, name", [
    ("近年来，平江县深入实施三岗五溪战略，县域经济稳步增长。", "三岗五溪战略"),
    ("报告指出，全省持续推进八松千黄建设，北部片区的功能更加清晰。", "八松千黄建设"),
])
def test_a_numeral_formula_under_a_governing_verb_names_a_scheme(text, name):
    programmes, _ = build(text)
    assert name in programmes, sorted(programmes)


@pytest.mark.parametrize("text", [
    "全县上下一心一意建设，齐心协力谋发展。",  # no verb governs the formula: a set phrase
    "全县干部群众千方百计建设。",  # the same
])
def test_a_set_phrase_of_numerals_names_no_scheme(text):
    programmes, _ = build(text)
    assert not programmes, sorted(programmes)
