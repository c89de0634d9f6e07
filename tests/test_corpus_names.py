"""Name consistency and spelling flags: the corpus and the dictionary as witnesses."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.corpus_projects import make_project

from workbench.core.corpus.checking import check_analysed, check_project
from workbench.core.corpus.dictionary import Dictionary
from workbench.core.corpus.names import FlagLevel, NameChecker, NameMention, Witness
from workbench.core.corpus.spelling import Passage, word_flags
from workbench.core.model import Atom, AtomKind


@pytest.fixture(scope="module")
def dictionary() -> Dictionary:
    return Dictionary()  # its lists load once for the module


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from workbench.core.detection import Detector, available_french_models

    if "fr_core_news_sm" not in available_french_models():
        pytest.skip("fr_core_news_sm is not installed")
    return Detector("fr_core_news_sm").pipeline("fr")


def person(text: str, start: int = 0) -> NameMention:
    return NameMention(1, 1, Atom(start, start + len(text), AtomKind.PERSON, text))


def test_a_name_the_dictionary_does_not_know_beside_one_it_knows_well_is_flagged(
    dictionary: Dictionary,
) -> None:
    checker = NameChecker(["Une faveur faite à Xi Jinpin."], dictionary)
    [flag] = checker.flags([person("Xi Jinpin", 20)])
    assert (flag.level, flag.suggestion, flag.witness) == (
        FlagLevel.NAME,
        "Xi Jinping",
        Witness.DICTIONARY,
    )
    assert (flag.start, flag.end) == (20, 29)


def test_names_the_dictionary_knows_or_has_no_neighbour_for_are_not_flagged(
    dictionary: Dictionary,
) -> None:
    checker = NameChecker([""], dictionary)
    names = ["Xi Jinping", "Evan Gershkovich", "Dmitri Peskov", "Etats-Unis", "SpaceX", "Ojla"]
    assert checker.flags([person(name) for name in names]) == []


def test_a_rare_spelling_beside_a_frequent_one_in_the_corpus_is_flagged(
    dictionary: Dictionary,
) -> None:
    texts = [f"Le ministre Bertrandou a parlé le {day} mars." for day in range(1, 7)]
    texts.append("Le ministre Bertrandu a parlé.")
    checker = NameChecker(texts, dictionary)
    [flag] = checker.flags([person("Paul Bertrandu")])
    assert (flag.suggestion, flag.witness) == ("Paul Bertrandou", Witness.CORPUS)
    assert "met once" in flag.reason and "6 times" in flag.reason
    assert checker.flags([person("Paul Bertrandou")]) == []


def test_a_misspelling_copied_with_its_paragraph_into_many_articles_is_still_flagged(
    dictionary: Dictionary,
) -> None:
    wire = "Une faveur faite à Xi Jinpin."
    texts = [f"Article {number}\n{wire}\nDépêche n° {number}." for number in range(40)]
    checker = NameChecker(texts, dictionary)
    assert checker.counts["Jinpin"] == 1  # forty copies of one paragraph: one witness
    [flag] = checker.flags([person("Xi Jinpin", 19)])
    assert flag.suggestion == "Xi Jinping"


def test_a_copied_paragraph_does_not_make_a_spelling_frequent(dictionary: Dictionary) -> None:
    texts = ["Le ministre Bertrandou a parlé."] * 6 + ["Le ministre Bertrandu a parlé."]
    flags = NameChecker(texts, dictionary).flags([person("Paul Bertrandu")])
    assert Witness.CORPUS not in {flag.witness for flag in flags}


def test_spellings_of_one_name_are_clustered_most_frequent_first(dictionary: Dictionary) -> None:
    checker = NameChecker([""], dictionary)
    mentions = [person("New York")] * 3 + [person("New-York"), person("Lyon"), person("Paris")]
    [cluster] = checker.clusters(mentions)
    assert cluster.spellings == (("New York", 3), ("New-York", 1))


def test_a_noun_used_as_a_participle_is_flagged_as_an_ordinary_word(
    nlp, dictionary: Dictionary
) -> None:
    text = "Une faveur faîte à Xi Jinpin. Le faîte du toit est haut."
    flags = word_flags(nlp, [Passage(1, 1, 100, text)], dictionary)
    assert [(flag.level, flag.text, flag.suggestion, flag.start) for flag in flags] == [
        (FlagLevel.WORD, "faîte", "faite", 111)
    ]


def test_real_inflections_the_lists_lack_are_not_flagged(nlp, dictionary: Dictionary) -> None:
    text = "Le président limogea son ministre et le remplaça aussitôt."
    assert word_flags(nlp, [Passage(1, 1, 0, text)], dictionary) == []


def test_a_project_s_claims_are_checked_on_their_atoms(
    tmp_path: Path, dictionary: Dictionary
) -> None:
    text = "Elon Musk a rendu une faveur à Xi Jinpin. Elon Musk dirige SpaceX."
    with make_project(
        tmp_path / "names.wbproj", [("Musk", text)], names=["Xi Jinpin", "Elon Musk"]
    ) as project:
        report = check_project(project, dictionary=dictionary)
        [flag] = report.flags
        claim = project.claims()[0]
        assert (flag.claim_id, flag.text, flag.suggestion) == (claim.id, "Xi Jinpin", "Xi Jinping")
        assert text[flag.start : flag.end] == "Xi Jinpin"
        assert report.flags_of_claim(project.claims()[1].id) == ()


@pytest.mark.shared
def test_the_seed_has_one_name_flag_xi_jinpin_and_one_word_flag_faite(
    seed_article: Path, nlp, dictionary: Dictionary
) -> None:
    from workbench.core.detection import Detector
    from workbench.core.importers import read_articles

    drafts = read_articles(seed_article)
    detector = Detector("fr_core_news_sm")
    items = [(draft, detector.analyze(draft.text, "fr")) for draft in drafts]
    report = check_analysed(items, nlp=nlp, dictionary=dictionary)
    names = [(flag.text, flag.suggestion) for flag in report.flags if flag.level is FlagLevel.NAME]
    words = [(flag.text, flag.suggestion) for flag in report.flags if flag.level is FlagLevel.WORD]
    assert names == [("Xi Jinpin", "Xi Jinping")]
    assert words == [("faîte", "faite")]
