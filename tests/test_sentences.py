"""Sentence boundaries: the spaCy backend keeps the parser from breaking where no sentence begins."""
from __future__ import annotations

import pytest

from pipeline.nlp.spacy_backend import continues_sentence, imperfect_feats, imperfect_rule


@pytest.mark.parametrize("prev_text,prev_space,text,expected", [
    ("Hezbollah", " ", "et", True),        # lower case on the same line
    ("Al", "", "-", True),                 # glued to the word before
    ("attentat", "", "-suicide", True),
    ("Bamako", " ", ",", True),            # punctuation no sentence begins with
    ("blessés", "\n", "suite", False),     # a line break: the parser decides (a headline has no full stop)
    ("mort", " ", "Le", False),            # a capital after a space: the parser decides
    ("Boko", " ", "Haram", True),          # a name goes on: "une embuscade tendue par Boko Haram"
    (".", "", "Le", False),                # glued after a full stop
])
def test_where_no_sentence_can_begin(prev_text, prev_space, text, expected):
    assert continues_sentence(prev_text, prev_space, text) is expected


def test_the_parser_keeps_a_sentence_whole_where_it_would_have_broken_it(parse):
    doc = parse("Des combattants du Hezbollah et l'armée israélienne ont échangé des tirs mardi à la frontière.", "fr")
    assert len(doc.sentences) == 1


def test_sentences_still_end_at_a_full_stop(parse):
    doc = parse("Des hommes armés ont attaqué Gao. Les soldats ont riposté. Deux civils ont été tués.", "fr")
    assert len(doc.sentences) == 3


def test_a_name_is_not_broken_into_two_sentences(code_events):
    [event] = code_events("Deux soldats tchadiens ont été tués et trois autres blessés samedi dans une embuscade tendue par "
                          "Boko Haram près de Bol, au Tchad.", "fr", "2024-09-16")
    assert event["actor1"].startswith("Boko Haram")   # the parser broke "Boko | Haram": was an unidentified armed group


def test_a_count_that_opens_a_sentence_stays_in_it(parse, code_events):
    text = "Dozo hunters fought presumed JNIM fighters close to Nagbingou (Niono, Segou). 3 Dozos were killed."
    assert [t.text for t in parse(text, "en").sentences[-1]][:2] == ["3", "Dozos"]   # the parser made "3" a sentence of its own
    [event] = code_events(text, "en", "2024-03-15")
    assert event["fatalities"] == 3   # was 1, "were killed" read with no count


@pytest.mark.parametrize("text,lemma,feats,expected", [
    ("manifestaient", "manifester", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin"),
    ("escortait", "escorter", "Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin"),
    ("lançaient", "lancer", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin"),
    ("manifestent", "manifester", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"),
    ("fait", "faire", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"),
])
def test_a_regular_verb_spelt_in_the_imperfect_is_tagged_so(text, lemma, feats, expected):
    assert imperfect_feats(text, lemma, "VERB", feats, imperfect_rule("fr")) == expected
    assert imperfect_feats(text, lemma, "VERB", feats, imperfect_rule("en")) == feats   # English has no such rule


def test_people_arrested_while_they_demonstrated_were_protesters_facing_an_intervention(parse, code_events):
    text = "Les gendarmes ont interpellé mardi 30 lycéens qui manifestaient devant le rectorat de Lomé."
    [verb] = [t for t in parse(text, "fr").tokens if t.text == "manifestaient"]
    assert "Tense=Imp" in verb.feats   # the tagger read the present: what they do, not what they were doing
    [event] = code_events(text, "fr", "2025-06-10")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Protest with intervention", "Protesters (Togo)", "Police Forces of Togo Gendarmerie")   # was the arrest of civilians
