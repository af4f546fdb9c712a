"""The typed records a candidate carries: what each type's rules found, read by name."""
import dataclasses

import pytest

from kg.extraction import extract, extract_text
from kg.model import Document
from kg.ner.base import NO_BODY, NO_DIVISION, NO_PROGRAMME, BodyRef, Candidate, DivisionRef, ProgrammeRef

RECORDS = [(NO_DIVISION, "parent_code"), (NO_BODY, "placecode"), (NO_PROGRAMME, "longname")]


@pytest.mark.parametrize("record, misspelt", RECORDS)
def test_a_misspelt_detail_is_an_error_not_an_empty_value(record, misspelt):
    with pytest.raises(AttributeError):
        getattr(record, misspelt)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, dataclasses.fields(record)[0].name, "x")


def test_a_candidate_takes_no_free_form_details():
    with pytest.raises(TypeError):
        Candidate(0, 3, "Place", "开平市", "gazetteer", 0.9, attrs={"code": "440783"})


DETAILS = [
    # a township written right after its county is chained to it
    ("平江县长寿镇召开会议。", "长寿镇", "division",
     DivisionRef("town", "430626104", "430626", chained_to="430626"),
     {"level": "town", "code": "430626104", "parent": "430626", "chained_to": "430626"}),
    # a township listed after one written under its county shares that county
    ("苍梧县龙圩镇、广平镇推进工作。", "广平镇", "division",
     DivisionRef("town", "450406102", "450406", listed_under="450421", moved=True),
     {"level": "town", "code": "450406102", "parent": "450406", "listed_under": "450421"}),
    ("开平市医疗保障局推进工作。", "开平市医疗保障局", "body",
     BodyRef("开平市医疗保障局", "开平市", "440783"),
     {"surface": "开平市医疗保障局", "place": "开平市", "place_code": "440783"}),
    ("余杭区深入实施“千万工程”。", "千村示范、万村整治工程", "programme", ProgrammeRef("千万工程"), {"surface": "千万工程"}),
]


@pytest.mark.parametrize("text, name, field, record, details", DETAILS)
def test_each_type_carries_its_record(nlp, text, name, field, record, details):
    found = {c.name: c for c in extract_text(text, nlp)._.kg.graph_final}
    assert getattr(found[name], field) == record
    assert found[name].details() == details


def test_a_mention_carries_the_text_details_and_a_national_flag():
    text = "国务院召开会议。开平市医疗保障局推进工作。"
    mentions = {m.text: m for m in extract(Document("t.txt", "t.txt", text, "utf-8", "0" * 64)).mentions}
    assert mentions["国务院"].national is True and mentions["国务院"].attrs == ()
    bureau = mentions["开平市医疗保障局"]
    assert bureau.national is False
    assert bureau.attrs == (("place", "开平市"), ("place_code", "440783"))  # the surface is the mention's text


def test_a_post_fact_carries_its_detail_as_a_record():
    from kg.relations import PostDetail

    text = "开平市人民政府任命李明为开平市医疗保障局局长。"
    relations = extract(Document("t.txt", "t.txt", text, "utf-8", "0" * 64)).relations
    post = next(r for r in relations if r.predicate == "holdsPost")
    assert dict(post.attrs) == {"title": "医疗保障局局长", "event": "start", "cue": "任命"}  # an appointment
    assert PostDetail(title="局长").details() == {"title": "局长"}  # empty fields say nothing
    with pytest.raises(TypeError):
        PostDetail(titel="局长")
