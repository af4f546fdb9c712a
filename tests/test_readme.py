"""The README's figures and example outputs are what kg gives today (tests/readme.py computes them).

Counts, sizes, scores, command outputs and the tables copied from the recorded benchmark runs must
match exactly; measured times are masked. After a change that moves them, run
`python tests/readme.py --write` and read the diff.
"""
import pytest

from readme import README, generate, masked, parts


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return generate(tmp_path_factory.mktemp("readme"))


def test_every_generated_part_has_a_generator(generated):
    assert set(parts(README.read_text(encoding="utf-8"))) == set(generated)


@pytest.mark.parametrize("name", ["help", "accuracy-seeds", "exports", "validate", "query-list", "query-who-holds-posts", "query-holders",
                                  "query-places-in", "query-who-implements", "query-evidence", "query-changes", "serve",
                                  "speed", "layout", "explorer-speed"])
def test_the_readme_says_what_kg_gives(generated, name):
    current = parts(README.read_text(encoding="utf-8"))
    assert masked(current[name]) == masked(generated[name]), (
        f"README part {name!r} is out of date; run `python tests/readme.py --write`:\n{generated[name]}")


def test_times_are_masked_but_nothing_else():
    assert masked("takes 10 s, 0.5 s and 459.12 s; 30,597 triples; CPU s") == "takes … s, … s and … s; 30,597 triples; CPU s"
