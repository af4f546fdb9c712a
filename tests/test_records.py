"""kg.records.quick_init: a frozen record's quicker constructor makes the very object the dataclass's would."""
import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from kg.gazetteer import Division
from kg.identity.keys import EntityKey
from kg.model import Article, Document, Entity, ItemList, Mention, Relation, Sentence
from kg.ner.base import BodyRef, DivisionRef, ProgrammeRef, Titles
from kg.records import quick_init


def plain_twin(cls):
    """The same fields as ``cls``, made by dataclasses alone (its own generated ``__init__``)."""
    specs = []
    for f in dataclasses.fields(cls):
        kw = {"init": f.init}
        if f.default is not dataclasses.MISSING:
            kw["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            kw["default_factory"] = f.default_factory
        specs.append((f.name, f.type, field(**kw)))
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, slots=True)


RECORDS = [Division, EntityKey, Mention, Relation, Entity, Sentence, ItemList, Article, Document, DivisionRef, BodyRef,
           ProgrammeRef, Titles]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_a_records_constructor_takes_what_the_dataclasss_takes(cls):
    assert "_set_" in " ".join(cls.__init__.__code__.co_names)  # the quick one is in place
    mine = inspect.signature(cls.__init__).parameters
    theirs = inspect.signature(plain_twin(cls).__init__).parameters
    assert [(p.name, p.kind, p.default) for p in mine.values()] == [(p.name, p.kind, p.default) for p in theirs.values()]


def test_records_made_quickly_are_the_records_the_dataclass_makes():
    twin = plain_twin(Mention)
    args = ("a.txt", 3, 7, "开平市", "Place", "Place/440783", "gazetteer", 0.95)
    for made, ref in [(Mention(*args), twin(*args)),
                      (Mention(*args, article=2, attrs=(("code", "440783"),), national=True),
                       twin(*args, article=2, attrs=(("code", "440783"),), national=True))]:
        assert [getattr(made, f.name) for f in dataclasses.fields(Mention)] == \
               [getattr(ref, f.name) for f in dataclasses.fields(twin)]
    m = Mention(*args)
    assert m == Mention(*args) and hash(m) == hash(Mention(*args)) and m != Mention(*args[:-1], 0.9)
    assert repr(m).startswith("Mention(doc_id='a.txt', start=3, end=7")
    assert pickle.loads(pickle.dumps(m)) == m
    assert dataclasses.replace(m, start=4).start == 4
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 5
    with pytest.raises(TypeError):
        Mention("a.txt", 3)  # a field without a default still has to be given
    with pytest.raises(TypeError):
        Division("440783", "开平市", "county", "440700", "开平", "extra")


def test_defaults_factories_and_fields_out_of_init():
    @quick_init
    @dataclass(frozen=True, slots=True)
    class Record:
        name: str
        tags: tuple = ()
        seen: list = field(default_factory=list)
        note: str = field(default="made", init=False)

    a, b = Record("x"), Record("x")
    assert a.seen == [] and a.seen is not b.seen  # a new list each time, as the dataclass gives
    assert a.note == "made" and a.tags == () and Record("y", ("t",), [1]).seen == [1]
    assert "_set_" in " ".join(Record.__init__.__code__.co_names)


def test_a_class_it_does_not_fit_keeps_its_dataclass_constructor():
    @quick_init
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @quick_init
    @dataclass(slots=True)
    class NotFrozen:
        a: int

    @quick_init
    @dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self):
            if self.a < 0:
                raise ValueError(self.a)

    for cls in (NoSlots, NotFrozen, Checked):
        assert "_set_" not in " ".join(cls.__init__.__code__.co_names)
    with pytest.raises(ValueError):
        Checked(-1)
