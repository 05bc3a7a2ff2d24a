"""The date resolver: every form of date expression, against a publication date or without one."""
from datetime import date

import pytest

from pipeline.resolve.dates import find_dates, reference_date, resolve

FRIDAY = date(2024, 3, 15)


def one(text: str, lang: str, ref=FRIDAY, min_year=None):
    exprs = find_dates(text, lang)
    assert exprs, f"no date expression found in {text!r}"
    return resolve(exprs[0], lang, ref, min_year)


@pytest.mark.parametrize("lang,text,expected,precision", [
    ("fr", "le 12 mars 2024", date(2024, 3, 12), 1),
    ("fr", "samedi 9 mars", date(2024, 3, 9), 1),
    ("fr", "le 1er mars", date(2024, 3, 1), 1),
    ("fr", "hier", date(2024, 3, 14), 1),
    ("fr", "avant-hier", date(2024, 3, 13), 1),
    ("fr", "mardi soir", date(2024, 3, 12), 1),
    ("fr", "vendredi", date(2024, 3, 15), 1),
    ("fr", "vendredi dernier", date(2024, 3, 8), 1),
    ("fr", "dans la nuit de samedi à dimanche", date(2024, 3, 9), 1),
    ("fr", "a lancé dans la nuit 45 drones", date(2024, 3, 14), 1),   # the night before, as "overnight" (was the report's day)
    ("fr", "cette semaine", date(2024, 3, 14), 2),
    ("fr", "la semaine dernière", date(2024, 3, 7), 2),
    ("fr", "le mois dernier", date(2024, 2, 15), 3),
    ("fr", "fin février 2024", date(2024, 2, 29), 3),
    ("fr", "début janvier 2024", date(2024, 1, 1), 3),
    ("en", "On 3 December 2023", date(2023, 12, 3), 1),
    ("en", "On March 12", date(2024, 3, 12), 1),
    ("en", "March 12, 2024", date(2024, 3, 12), 1),
    ("en", "yesterday", date(2024, 3, 14), 1),
    ("en", "last Friday", date(2024, 3, 8), 1),
    ("en", "on Tuesday night", date(2024, 3, 12), 1),
    ("en", "earlier this week", date(2024, 3, 13), 2),   # Monday to Thursday, said on a Friday: their middle (was the Thursday)
    ("fr", "plus tôt cette semaine", date(2024, 3, 13), 2),
    ("en", "last month", date(2024, 2, 15), 3),
    ("en", "in mid-February", date(2024, 2, 15), 3),
    ("en", "in March 2019", date(2019, 3, 15), 3),
    ("fr", "au mois de février", date(2024, 2, 15), 3),   # the month named with its word (was no date)
    ("en", "in the month of February", date(2024, 2, 15), 3),
    ("en", "2024-03-10", date(2024, 3, 10), 1),
    ("en", "between 9-10 March 2024", date(2024, 3, 9), 2),   # ACLED: a range opened by "between" is its first day, at the week
    ("fr", "dans la nuit du 9 au 10 mars 2024", date(2024, 3, 9), 1),
    ("en", "on Sunday (10 March)", date(2024, 3, 10), 1),
    ("en", "10/03/2024", date(2024, 3, 10), 1),
    ("en", "two days ago", date(2024, 3, 13), 1),
    ("fr", "il y a trois jours", date(2024, 3, 12), 1),
    ("en", "ten days ago", date(2024, 3, 5), 1),   # was no date: only two to four days were counted back
    ("en", "6 days ago", date(2024, 3, 9), 1),
    ("fr", "il y a dix jours", date(2024, 3, 5), 1),
    ("en", "a few days ago", date(2024, 3, 11), 2),   # a few days: ACLED's week (was no date)
    ("fr", "il y a quelques jours", date(2024, 3, 11), 2),
    ("en", "two weeks ago", date(2024, 2, 29), 2),
    ("fr", "il y a une semaine", date(2024, 3, 7), 2),
    ("en", "over the weekend", date(2024, 3, 9), 2),   # said on a Friday: the weekend before
    ("fr", "le week-end dernier", date(2024, 3, 9), 2),
    ("fr", "en début de semaine", date(2024, 3, 12), 2),   # the week's start: its Tuesday
    ("en", "early this week", date(2024, 3, 12), 2),   # was the day before the report: "this week" alone
    ("en", "during the first week of March", date(2024, 3, 4), 2),   # was no date: a week of a month, its middle
    ("fr", "la dernière semaine de février", date(2024, 2, 26), 2),
    ("en", "the second week of May 2023", date(2023, 5, 11), 2),
    ("en", "three weeks ago", date(2024, 2, 22), 2),   # was no date
    ("fr", "il y a trois semaines", date(2024, 2, 22), 2),
    ("fr", "plus tôt dans la journée", date(2024, 3, 15), 1),
    ("en", "this past weekend", date(2024, 3, 9), 2),   # was no date
    ("fr", "le week-end écoulé", date(2024, 3, 9), 2),   # was no date
    ("fr", "la semaine écoulée", date(2024, 3, 7), 2),   # was no date
    ("en", "Around 2 March 2024", date(2024, 3, 2), 2),   # an approximate day: ACLED's week (was 1)
    ("en", "On or around March 2, 2024", date(2024, 3, 2), 2),
    ("en", "On 24 February 2024 (between 24 - 25 February)", date(2024, 2, 24), 2),
    ("en", "Around 9 February 2024 (month of)", date(2024, 2, 9), 3),
    ("en", "On 5 February 2024 (week of)", date(2024, 2, 5), 2),
    ("fr", "vers le 2 mars 2024", date(2024, 3, 2), 2),
    ("en", "Overnight between 2 and 3 March 2024", date(2024, 3, 2), 2),
    ("en", "As reported on 9 March 2024", date(2024, 3, 9), 2),
    ("en", "On 2 March 2024 (as reported)", date(2024, 3, 2), 2),
    ("en", "About 2 March 2024", date(2024, 3, 2), 1),   # "about" is how ACLED words a day it knows
    ("fr", "en fin de semaine dernière", date(2024, 3, 9), 2),
    ("fr", "au cours du week-end", date(2024, 3, 9), 2),
    ("fr", "en début de semaine dernière", date(2024, 3, 5), 2),
    ("en", "late last week", date(2024, 3, 8), 2),
    ("en", "at the weekend", date(2024, 3, 9), 2),
    ("en", "on the weekend", date(2024, 3, 9), 2),   # (was no date)
    ("en", "attacked on the 12th, killing two", date(2024, 3, 12), 1),   # a day of the month alone: this month's
    ("en", "on the 20th.", date(2024, 2, 20), 1),   # after the reference day: last month's
    ("en", "on the night of the 11th to the 12th", date(2024, 3, 11), 1),
    ("fr", "dans la nuit du 11 au 12, des hommes armés", date(2024, 3, 11), 1),
    ("fr", "le 12 courant", date(2024, 3, 12), 1),
])
def test_date_forms(lang, text, expected, precision):
    r = one(text, lang)
    assert (r.day, r.precision) == (expected, precision)


@pytest.mark.parametrize("lang,text", [("en", "earlier this week"), ("en", "earlier in the week"), ("fr", "plus tôt dans la semaine")])
def test_earlier_this_week_is_before_the_reference_day(lang, text):
    r = one(text, lang, ref=date(2024, 3, 13))   # a Wednesday: Monday or Tuesday
    assert (r.day, r.precision) == (date(2024, 3, 12), 2)   # was the Wednesday itself


@pytest.mark.parametrize("lang,text", [("en", "on the 3rd floor of the building"), ("en", "soldiers of the 5th Brigade"),
                                       ("fr", "du 11 au 12 h")])
def test_an_ordinal_before_a_noun_is_no_day(lang, text):
    assert find_dates(text, lang) == []


def test_a_day_of_the_month_that_last_month_lacks_is_the_month_before():
    assert one("on the 31st,", "en", ref=date(2024, 3, 15)).day == date(2024, 1, 31)


def test_day_and_month_after_publication_belongs_to_previous_year():
    assert one("le 20 décembre", "fr", ref=date(2024, 1, 5)).day == date(2023, 12, 20)


def test_never_after_the_reference_date():
    r = one("le 20 mars 2024", "fr")
    assert r.day is None and "after the reference date" in r.note


@pytest.mark.parametrize("lang,text,ref,expected", [
    ("en", "in April 2019", date(2019, 2, 28), None),   # a month to come: no date of the event
    ("fr", "en avril 2019", date(2019, 2, 28), None),
    ("en", "in February 2019", date(2019, 2, 10), date(2019, 2, 10)),   # this month: up to the reference date
])
def test_a_month_after_the_reference_date_dates_nothing(lang, text, ref, expected):
    assert one(text, lang, ref=ref).day == expected


def test_a_sentence_naming_a_month_to_come_takes_the_articles_day(code_events):
    text = ("25 February. Rioters barricaded a road in Allada to demand fair elections in April 2019. "
            "Police then broke up the crowd with tear gas.")
    [event] = code_events(text, "en", "2019-02-28")
    assert event["event_date"] == date(2019, 2, 25)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 24 April 2021, young men seized and killed three alleged cattle thieves in Bembereke, Benin. "
           "A theft of cattle on 23 April, in which a herder was hurt, triggered the events."),
    ("fr", "Le 24 avril 2021, des jeunes gens ont saisi et tué trois voleurs de bétail présumés à Bembéréké, au Bénin. "
           "Un vol de bétail le 23 avril, au cours duquel un berger a été blessé, a déclenché les violences."),
])
def test_the_earlier_act_that_triggered_the_events_does_not_date_them(code_events, lang, text):
    [event] = code_events(text, lang, "2021-04-26")
    assert event["event_date"] == date(2021, 4, 24)


def test_a_pages_month_alone_dates_a_weekday_event_mid_month(code_events):
    text = " date 2021-07 Des tirs ont tué samedi soir cinq civils à Idleb, en Syrie, a rapporté dimanche une ONG."
    [event] = code_events(text, "fr")   # no publication date, no day in the text
    assert (event["event_date"], event["time_precision"]) == (date(2021, 7, 15), 3)


def test_year_inferred_from_weekday_without_publication_date():
    # 13 September is a Friday in 2019, 2024 and 2030: the first after the latest year named (2023)
    text = "L'attaque a eu lieu ce vendredi 13 septembre. En fin d'année 2023, d'autres attaques avaient eu lieu."
    ref, note = reference_date(text, "fr", None)
    assert ref == date(2024, 9, 13) and "explicit date" in note


def test_year_inferred_from_weekday_up_to_the_corpus_latest_year():
    # no year named: 15 October is a Saturday in 2016, 2022 and 2033; the corpus was published up to 2024
    ref, note = reference_date("Les combats ont éclaté samedi 15 octobre près de Djibo.", "fr", None, latest_year=2024)
    assert ref == date(2022, 10, 15) and "explicit date" in note
    assert reference_date("Les combats ont éclaté samedi 15 octobre près de Djibo.", "fr", None)[0] is None


def test_an_undated_article_takes_its_year_from_the_corpus(run_records):
    import pyarrow.parquet as pq

    records = [
        {"id": "dated", "language": "fr", "published": "2024-03-15", "text": "Des hommes armés ont tué deux civils jeudi à Gao, au Mali."},
        {"id": "undated", "language": "fr", "text": "Des hommes armés ont tué trois civils samedi 9 mars à Mopti, au Mali."},
    ]
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(records).events).to_pylist()}
    assert str(events["undated"]["event_date"]) == "2024-03-09"   # the Saturday 9 March up to 2024


def test_relative_date_without_any_reference_is_left_empty_with_reason():
    r = one("mardi", "fr", ref=None)
    assert r.day is None and "no reference date" in r.note


def test_day_and_month_without_year_or_publication_date():
    r = one("le 15 octobre", "fr", ref=None)
    assert r.day is None and "without a year" in r.note


def test_year_alone_is_not_a_day():
    r = one("en 2021", "fr")
    assert r.day is None and "year only" in r.note


@pytest.mark.parametrize("lang,text", [("fr", "le lendemain matin"), ("en", "the following day")])
def test_next_day_counts_from_the_date_given_before(lang, text):
    [expr] = find_dates(text, lang)
    assert resolve(expr, lang, FRIDAY, previous=date(2024, 3, 10)).day == date(2024, 3, 11)
    assert resolve(expr, lang, FRIDAY).day is None   # nothing to count from


def test_a_next_day_attack_is_its_own_event(code_events):
    text = ("Le 10 mars 2024, des jihadistes ont attaqué un poste militaire à Dori, au Burkina Faso, tuant trois soldats. "
            "Le lendemain, les assaillants sont revenus et ont tué deux civils à Dori.")
    events = code_events(text, "fr", "2024-03-15")
    assert sorted(str(e["event_date"]) for e in events) == ["2024-03-10", "2024-03-11"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 10 mars 2024, des jihadistes ont attaqué un poste militaire près de Dori, au Burkina Faso. "
           "Le lendemain matin, les assaillants sont revenus et ont ouvert le feu. Les soldats ont repris le contrôle de la localité."),
    ("en", "On 10 March 2024, jihadists attacked a military post near Dori, Burkina Faso. "
           "The next morning, the attackers came back and opened fire. The soldiers regained control of the locality."),
])
def test_a_sentence_with_no_date_goes_on_the_day_of_the_sentence_before(parse, lang, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.stage import mentions_for_doc
    from pipeline.params import ExtractParams, ResolveParams
    from pipeline.resolve.gazetteer import load_gazetteer
    from pipeline.resolve.stage import resolve_article

    article = {"article_id": "t", "text": text, "language": lang, "source": None, "published": date(2024, 3, 15)}
    mentions = resolve_article(article, mentions_for_doc(parse(text, lang), load_lexicon(lang), ExtractParams()),
                               ResolveParams(), load_gazetteer())
    assert [(m["sub_event_type"], str(m["event_date"])) for m in mentions][-1] == ("Government regains territory", "2024-03-11")


def test_a_day_after_that_dates_a_later_step_does_not_date_the_event(code_events):
    text = ("On 14 March 2024, gunmen stopped a truck near Pama, Burkina Faso. "
            "The driver was kidnapped, then freed a day later.")
    [event] = code_events(text, "en", "2024-03-20")
    assert (event["sub_event_type"], str(event["event_date"])) == ("Abduction/forced disappearance", "2024-03-14")


def test_the_day_a_report_was_made_does_not_date_the_event(code_events):
    text = "The army said on Friday that soldiers killed 20 militants near Boni, Mali, on Tuesday."
    [event] = code_events(text, "en", "2024-03-16")
    assert str(event["event_date"]) == "2024-03-12"


def test_of_two_days_the_parser_hangs_on_a_reporting_verb_the_one_before_it_is_the_event_s(code_events):
    text = ("Gunmen killed 14 villagers in an attack on Tillia, in Niger's Tahoua region, on Tuesday, the interior ministry said on "
            "Wednesday. Three days earlier, soldiers had killed 20 militants near the Malian border.")
    attack, clash = code_events(text, "en", "2024-03-14")
    assert (str(attack["event_date"]), str(clash["event_date"])) == ("2024-03-12", "2024-03-09")   # Tuesday was taken for the
    # report's day, and the attack dated to a day the other sentence named


@pytest.mark.parametrize("lang,text,published,expected", [
    ("en", "NIAMEY, March 14 (Reuters) - Gunmen killed four herders near Tillaberi, Niger, on Tuesday, officials said.",
     "2024-03-14", "2024-03-12"),
    ("en", "NIAMEY, Niger, March 14, 2024 — Gunmen killed four herders near Tillaberi on Tuesday, officials said.", None, "2024-03-12"),
    ("fr", "NIAMEY, 14 mars 2024 (AFP) - Des hommes armés ont tué quatre éleveurs mardi près de Tillabéri, au Niger.",
     None, "2024-03-12"),
    ("fr", "Niamey, le 14 mars 2024.- Des hommes armés ont tué quatre éleveurs mardi près de Tillabéri, au Niger.",
     "2024-03-14", "2024-03-12"),
])
def test_a_datelines_date_is_the_day_the_story_was_filed_not_the_events(code_events, lang, text, published, expected):
    [event] = code_events(text, lang, published)
    assert str(event["event_date"]) == expected


def test_a_weak_report_of_another_day_weeks_before_does_not_date_the_event(run_records):
    import pyarrow.parquet as pq

    text = ("Two rockets struck a base housing foreign troops near Baghdad airport on Tuesday, Iraqi officials said. "
            "Air defences shot down a third rocket, they added. "
            "A diplomatic compound in the Iraqi capital was targeted in the night of Sept. 11, with no one hurt. "
            "Its spokesman has still not commented on that attack.")
    events = pq.read_table(run_records([{"id": "r", "language": "en", "text": text, "published": "2024-10-01"}]).events).to_pylist()
    assert [str(e["event_date"]) for e in events] == ["2024-10-01"]


@pytest.mark.parametrize("lang,text,ref,expected", [
    ("en", "over the weekend", date(2024, 3, 11), date(2024, 3, 9)),   # said on Monday: the Saturday just past
    ("en", "last weekend", date(2024, 3, 10), date(2024, 3, 2)),   # said on Sunday: the weekend before this one
    ("fr", "ce week-end", date(2024, 3, 10), date(2024, 3, 9)),
])
def test_a_weekend_is_its_saturday(lang, text, ref, expected):
    assert (one(text, lang, ref=ref).day, one(text, lang, ref=ref).precision) == (expected, 2)


@pytest.mark.parametrize("lang,text,published,expected", [
    # counted back from the day named before it, not from the publication date
    ("en", "The Islamic State said on Thursday that its fighters had killed three soldiers at a checkpoint near Kirkuk, Iraq, the day before.",
     "2024-03-16", "2024-03-13"),
    ("fr", "Le JNIM a revendiqué jeudi l'attaque contre le camp militaire de Boulkessi, au Mali, qui a fait la veille trente morts parmi les soldats.",
     "2024-03-16", "2024-03-13"),
    ("fr", "Des hommes armés ont tué trois personnes la veille au soir à Kaya, au Burkina Faso.", "2024-03-16", "2024-03-15"),
    # or from the report's day named after it in its sentence (was the day before publication)
    ("fr", "Une trentaine de civils ont été tués la veille dans l'attaque du village de Koulogon, au Mali, a indiqué mardi un responsable local.",
     "2026-10-07", "2026-10-05"),
    ("en", "About 30 civilians were killed the day before in a raid on the village of Koulogon in Mali, a local official said on Tuesday.",
     "2026-10-07", "2026-10-05"),
])
def test_the_day_before_counts_back_from_the_day_named_before_it(code_events, lang, text, published, expected):
    [event] = code_events(text, lang, published)
    assert str(event["event_date"]) == expected


def test_the_day_before_in_a_later_sentence_counts_back_from_the_earlier_sentences_day(run_records):
    import pyarrow.parquet as pq

    text = ("Deux soldats ont été tués mardi dans une embuscade près de Kaya, au Burkina Faso. "
            "La veille, des hommes armés avaient enlevé un enseignant à Dori.")
    events = pq.read_table(run_records([{"id": "r", "language": "fr", "text": text, "published": "2024-03-15"}]).events).to_pylist()
    assert sorted((e["location"], str(e["event_date"])) for e in events) == [("Dori", "2024-03-11"), ("Kaya", "2024-03-12")]


def test_the_day_before_that_dates_a_protests_cause_does_not_date_the_protest(code_events):
    text = ("On 14 March 2024, supporters of the ruling party marched in Porto-Novo, Benin. "
            "The march came in reaction to violence the day before.")
    [event] = code_events(text, "en", "2024-03-16")
    assert (event["sub_event_type"], str(event["event_date"])) == ("Peaceful protest", "2024-03-14")


@pytest.mark.parametrize("text,expected", [
    ("aujourd’hui", date(2024, 3, 15)),   # a typographic apostrophe, as French news prints it
    ("l’avant-veille", date(2024, 3, 13)),
])
def test_a_relative_day_with_a_typographic_apostrophe_is_resolved(text, expected):
    assert one(text, "fr", ref=date(2024, 3, 15)).day == expected


def test_a_weekend_in_french_keeps_its_sentence_whole(code_events):
    text = ("Les forces de sécurité ont tué 23 présumés jihadistes lors d'opérations ce week-end dans la région de la "
            "Boucle du Mouhoun, au Burkina Faso, a indiqué l'armée lundi.")
    [event] = code_events(text, "fr", "2024-05-20")   # a Monday: the weekend just past
    assert (str(event["event_date"]), event["admin1"]) == ("2024-05-18", "Boucle du Mouhoun")


@pytest.mark.parametrize("lang,text,published,expected,precision", [
    ("en", "Rebels killed 40 villagers near Beni overnight, local officials said on Saturday.", "2024-06-03", "2024-05-31", 1),
    ("en", "Gunmen killed three farmers earlier this week in Zamfara state, police said on Thursday.", "2024-06-03", "2024-05-28", 2),
    ("fr", "Des hommes armés ont tué trois éleveurs hier près de Tillabéri, a indiqué la police samedi.", "2024-06-03", "2024-05-31", 1),
])
def test_a_relative_day_counts_back_from_the_day_the_report_was_made(code_events, lang, text, published, expected, precision):
    [event] = code_events(text, lang, published)
    assert (str(event["event_date"]), event["time_precision"]) == (expected, precision)


@pytest.mark.parametrize("text", [
    "Suspected ADF rebels killed at least 40 villagers with machetes in Beni territory overnight into Saturday, officials said.",
    "Two people were killed overnight Saturday into Sunday by Russian rocket fire on Kharkiv, the regional governor said.",  # was Friday
])
def test_overnight_into_a_weekday_is_that_weekday(code_events, text):
    [event] = code_events(text, "en", "2024-06-03")
    assert str(event["event_date"]) == "2024-06-01"


@pytest.mark.parametrize("text,ref,expected", [
    ("On September 7", date(2019, 7, 10), date(2019, 7, 9)),   # a source's 07/09 read the other way round (was 7 September 2018)
    ("On May 4", date(2019, 4, 6), date(2019, 4, 5)),
    ("On May 4", date(2019, 6, 6), date(2019, 5, 4)),   # a day past: as written
    ("On December 20", date(2019, 3, 15), date(2018, 12, 20)),   # no swap lands in the week before: last year's
])
def test_a_month_and_day_still_to_come_were_written_the_other_way_round(text, ref, expected):
    assert one(text, "en", ref=ref).day == expected


@pytest.mark.parametrize("lang,text,expected,precision", [
    ("en", "Between 4 and 5 June 2019", date(2019, 6, 4), 2),   # was precision 1
    ("en", "Between September 13-16", date(2020, 9, 13), 2),
    ("en", "From October 2 to 19 2018", date(2018, 10, 2), 3),   # longer than a week: the month
    ("fr", "entre le 3 et le 5 mars 2020", date(2020, 3, 3), 2),
    ("fr", "dans la nuit du 3 au 4 mars 2020", date(2020, 3, 3), 1),   # a night, not a range
    ("fr", "du 1er au 5 mars 2020", date(2020, 3, 1), 2),   # was precision 1: "du" opened no range
    ("fr", "dans la soirée du 3 au 4 mars 2020", date(2020, 3, 3), 1),
    ("en", "On 11-12 March 2019", date(2019, 3, 11), 1),   # ACLED codes each day of such a pair: the first at its day
    ("en", "on 23 and 24 March 2017", date(2017, 3, 23), 1),
])
def test_a_range_opened_by_between_or_from_is_its_first_day_at_the_weeks_precision(lang, text, expected, precision):
    found = one(text, lang, ref=date(2020, 12, 1))
    assert (found.day, found.precision) == (expected, precision)


def test_a_day_and_a_count_after_it_are_no_range():
    assert one("On May 19 and 20 people were killed", "en", ref=date(2020, 12, 1)).precision == 1


@pytest.mark.parametrize("lang,text,ref,expected", [
    ("fr", "dans la nuit de samedi à dimanche", date(2024, 3, 16), date(2024, 3, 9)),   # said on a Saturday: last week's (was that day)
    ("en", "on the night of Saturday", date(2024, 3, 16), date(2024, 3, 9)),
    ("fr", "dans la nuit de samedi à dimanche", date(2024, 3, 17), date(2024, 3, 16)),   # said on the Sunday: the night just over
    ("en", "overnight into Saturday", date(2024, 3, 16), date(2024, 3, 16)),   # a night that ends on the day is over by then
])
def test_a_night_begun_on_the_day_of_the_report_is_not_over(lang, text, ref, expected):
    assert one(text, lang, ref).day == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "ont tué trois cultivateurs le 19, selon la police", date(2026, 11, 19)),   # was no date
    ("en", "killed three farmers on the 19th, police said", date(2026, 11, 19)),
])
def test_a_day_of_the_month_alone_is_of_the_report_s_month(lang, text, expected):
    assert one(text, lang, ref=date(2026, 11, 25)).day == expected


def test_a_french_day_before_its_month_is_a_full_date():
    found = one("le 19 novembre 2025", "fr", ref=date(2026, 11, 25))
    assert found.day == date(2025, 11, 19)


def test_a_day_alone_is_a_whole_number_not_the_first_digit_of_a_numeric_date():
    assert [d.kind for d in find_dates("Mis à jour à 9h10 le 17/04", "fr")] != ["monthday"]   # was day 1


@pytest.mark.parametrize("text", [
    "Security forces killed 15 insurgents in a weekend operation near Macomia, Mozambique, the ministry said on Tuesday.",
    # a participle that says who the insurgents are dates nothing of theirs: the weekend is the killing's
    "Security forces killed 15 insurgents linked to Islamic State over the weekend near Macomia, Mozambique, police said on Tuesday.",
])
def test_a_weekend_told_as_the_killing_s_dates_it_not_the_day_of_the_statement(code_events, text):
    [event] = code_events(text, "en", "2025-03-18")
    assert (event["event_date"], event["time_precision"]) == (date(2025, 3, 15), 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Four police officers were killed in an ambush on the night of Feb. 29 to March 1 near Kerou, Benin."),
    ("fr", "Quatre policiers ont été tués dans une embuscade dans la nuit du 29 février au 1er mars près de Kérou, au Bénin."),
])
def test_a_night_across_two_months_is_its_first_day(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["event_date"], event["time_precision"]) == (date(2024, 2, 29), 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists killed at least 20 civilians in an attack on a village in central Mali last week, officials said on Thursday. "
           "The attack took place on Saturday in Djiguibombo."),
    ("fr", "Des jihadistes ont tué au moins 20 civils la semaine dernière dans le centre du Mali. L'attaque a eu lieu samedi à Djiguibombo."),
])
def test_a_day_another_sentence_names_in_the_week_told_dates_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["event_date"], event["time_precision"]) == (date(2024, 3, 9), 1)   # was the week's middle, 7 March, precision 2


def test_la_semaine_passee_is_last_week(code_events):
    text = "La semaine passée, les FAMa ont repoussé une attaque contre leur position à Boulkessi, au Mali, tuant une vingtaine d'assaillants."
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["event_date"], event["time_precision"]) == (date(2024, 3, 7), 2)   # was the day of the report


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 20 villagers have been killed in attacks by gunmen in Zamfara state, Nigeria, residents said on Friday. "
           "The gunmen stormed the villages of Kadawa and Bungudu on Thursday, setting houses on fire."),
    ("fr", "Au moins vingt villageois ont été tués par des hommes armés dans l'Etat de Zamfara, au Nigeria, ont indiqué vendredi des "
           "habitants. Les assaillants ont pris d'assaut jeudi les villages de Kadawa et Bungudu, incendiant des maisons."),
])
def test_the_day_of_a_report_gives_way_to_the_day_another_sentence_names_for_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was an attack on Friday and another event on Thursday
    assert (event["event_date"], event["fatalities"], event["location"]) == (date(2024, 3, 14), 20, "Bungudu")


@pytest.mark.parametrize("lang,text", [
    ("en", "Chadian troops said on Monday they had killed 40 Boko Haram fighters in an offensive around Lake Fitri last week. The raids took "
           "place on Wednesday and Thursday near Yao. Two soldiers died."),
    ("fr", "L'armée a affirmé lundi avoir tué 40 combattants de Boko Haram lors d'une offensive près de Yao la semaine dernière. Les raids "
           "ont eu lieu mercredi et jeudi. Deux soldats sont morts."),
])
def test_a_sentence_that_names_no_day_takes_an_event_s_day_before_a_report_s(code_events, lang, text):
    [event] = code_events(text, lang, "2025-06-10")   # the French was a second event on Monday, the day the army spoke
    assert (event["event_date"], event["fatalities"]) == (date(2025, 6, 4), 42)


@pytest.mark.parametrize("lang,text,published,day", [
    ("en", "Gunmen killed five villagers in Zamfara state, Nigeria, at the beginning of the month, police said.", "2024-03-15",
     date(2024, 3, 1)),
    ("fr", "Des hommes armés ont tué cinq villageois dans l'État de Zamfara, au Nigeria, au début du mois.", "2024-03-15", date(2024, 3, 1)),
    ("en", "Gunmen killed five villagers in Zamfara state, Nigeria, at the end of last month, police said.", "2024-03-06",
     date(2024, 2, 29)),
    ("fr", "Des hommes armés ont tué cinq villageois dans l'État de Zamfara, au Nigeria, à la fin du mois dernier.", "2024-03-06",
     date(2024, 2, 29)),
])
def test_a_part_of_this_or_last_month_is_its_first_or_last_day(code_events, lang, text, published, day):
    [event] = code_events(text, lang, published)
    assert (event["event_date"], event["time_precision"]) == (day, 3)   # was the day of the report (the middle of last month)


@pytest.mark.parametrize("lang,text", [
    ("en", "A suicide bomber killed 12 people at a market in Konduga, Nigeria, on Tuesday. A day later, another bomber blew himself "
           "up at a checkpoint in Dikwa, killing two soldiers."),
    ("fr", "Un kamikaze a tué 12 personnes sur un marché de Konduga, au Nigeria, mardi. Un jour plus tard, un autre kamikaze s'est "
           "fait exploser à un poste de contrôle à Dikwa, tuant deux soldats."),
])
def test_a_day_later_is_the_day_after_the_one_told_before(code_events, lang, text):
    events = {e["location"]: e for e in code_events(text, lang, "2024-03-15")}
    assert (events["Konduga"]["event_date"], events["Dikwa"]["event_date"]) == (date(2024, 3, 12), date(2024, 3, 13))   # was Tuesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers arrested a colonel in Bougouni, Mali, who had left the country in March."),
    ("fr", "Des soldats ont arrêté à Bougouni, au Mali, un colonel qui avait quitté le pays en mars."),
])
def test_a_month_in_a_clause_about_someone_s_past_does_not_date_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2024-06-14")
    assert (event["sub_event_type"], event["event_date"], event["time_precision"]) == ("Arrests", date(2024, 6, 14), 1)   # was
    # no event: an arrest of March, an earlier month


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des centaines d'habitants de Bel-Air, à Port-au-Prince, en Haïti, ont quitté leur quartier vendredi, chassés par les "
           "gangs. Au début du mois, des gangs ont attaqué le même quartier. Des témoins affirment que des "
           "habitations ont été saccagées et que plusieurs habitants ont été tués dans ce nouvel assaut."),
    ("en", "Hundreds of residents of Bel-Air in Port-au-Prince, Haiti, left the district on Friday, driven out by gangs. At the "
           "beginning of the month, gangs attacked the same district. Witnesses said homes were ransacked and several residents "
           "were killed in the new assault."),
])
def test_the_news_after_an_attack_earlier_in_the_month_is_an_event_of_its_own_day(code_events, lang, text):
    events = {e["event_date"]: e for e in code_events(text, lang, "2024-03-29")}
    assert events[date(2024, 3, 29)]["fatalities"] == 3   # was dropped as a weak report weeks after the attack of the month's start
    assert lang == "en" or events[date(2024, 3, 1)]["time_precision"] == 3   # which stays an event of its own


def test_a_day_of_the_current_month_before_other_words(code_events):
    [event] = code_events("L'attaque s'est produite le 10 courant aux environs de 18 heures à Kaya, au Burkina Faso.", "fr",
                          "2024-03-15")
    assert event["event_date"] == date(2024, 3, 10)   # was the publication date: "le 10 courant" was read only at a sentence's end


@pytest.mark.parametrize("lang,text,day", [
    ("en", "Gunmen attacked a church in Bokkos, Nigeria, on Christmas Eve, killing twelve worshippers.", date(2023, 12, 24)),
    ("fr", "Des hommes armés ont attaqué une église à Bokkos, au Nigeria, le jour de Noël, tuant douze fidèles.", date(2023, 12, 25)),
    ("fr", "Le jour de l'An, une explosion a tué trois personnes sur un marché de Maiduguri, au Nigeria.", date(2024, 1, 1)),
])
def test_a_feast_day_is_its_date_in_the_year_before_publication(code_events, lang, text, day):
    [event] = code_events(text, lang, "2024-01-05")
    assert (event["event_date"], event["time_precision"]) == (day, 1)   # was the publication date


@pytest.mark.parametrize("text", [
    "Le 12 dernier, des hommes armés ont attaqué le village de Sebba, au Burkina Faso.",
    "Le 12 écoulé, des hommes armés ont attaqué le village de Sebba, au Burkina Faso.",
])
def test_a_day_of_the_month_called_last_or_past(code_events, text):
    [event] = code_events(text, "fr", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 12)   # was the publication date


def test_a_day_named_after_a_semicolon_is_another_acts_not_the_reports(code_events):
    [event, *_] = code_events("Yesterday, gunmen stormed a school in Kebbi, Nigeria, and abducted 25 students; 10 were rescued on Monday.",
                              "en", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 14)   # was 10 March: "yesterday" counted back from the rescue's Monday


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested 12 people suspected of torching the town hall in Bafoussam during last week's riots."),
    ("fr", "La police a arrêté 12 personnes soupçonnées d'avoir incendié la mairie de Bafoussam, au Cameroun, lors des émeutes de la "
           "semaine dernière."),
])
def test_the_day_of_what_the_arrested_are_suspected_of_is_not_the_arrest_s(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["event_date"]) == ("Arrests", date(2024, 3, 15))   # was the week before, at week precision


def test_a_day_after_the_verb_of_a_tear_gas_dispersal_dates_it(code_events):
    [event] = code_events("Les forces de l'ordre ont dispersé à coups de gaz lacrymogène un sit-in des enseignants contractuels devant le "
                          "ministère de l'Éducation à Niamey mardi.", "fr", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 12)   # the day after the verb whose means the tear gas was


def test_a_day_the_parser_hangs_on_an_accusation_still_dates_the_event(code_events):
    [event] = code_events("Angry residents of Kasese burned down the house of a man they accused of witchcraft on Monday, police said.", "en",
                          "2024-03-15")
    assert event["event_date"] == date(2024, 3, 11)


def test_a_day_at_the_end_of_an_accusation_still_dates_the_event(code_events):
    [event] = code_events("Al-Shabaab fighters publicly executed two men they accused of spying for the government in the town of Jilib, "
                          "Somalia, on Thursday.", "en", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 14)


def test_a_day_between_a_subjects_participle_phrase_and_its_verb_is_the_participles(code_events):
    [event] = code_events("The body of a trader abducted by gunmen last week was found near Kaya, Burkina Faso, on Wednesday.", "en",
                          "2024-03-15")
    assert (event["event_date"], event["time_precision"]) == (date(2024, 3, 13), 1)   # was last week, at week precision


@pytest.mark.parametrize("lang,text", [
    ("en", "An opposition march scheduled for Saturday in Lome, Togo, was banned by the government."),
    ("fr", "La marche de l'opposition prévue samedi à Lomé, au Togo, a été interdite par le gouvernement."),
])
def test_a_protest_planned_and_banned_is_no_protest_and_its_day_no_days(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["event_type"], event["event_date"]) == ("Strategic developments", date(2024, 3, 15))
    # was a peaceful protest on the Saturday before


def test_a_day_on_a_participle_of_a_report_noun_dates_the_report(code_events):
    events = code_events("Au moins 12 soldats et 20 volontaires pour la défense de la patrie (VDP) ont été tués lundi dans une attaque "
                         "contre leur détachement de Koulpelogo, dans l'est du Burkina Faso. L'armée a riposté par des frappes aériennes "
                         "qui ont permis de neutraliser « des dizaines de terroristes », selon un communiqué publié mercredi.", "fr",
                         "2024-03-15")
    assert {e["event_date"] for e in events} == {date(2024, 3, 11)}   # the strikes were dated Wednesday, the communiqué's day


def test_a_day_at_the_end_of_a_protests_cause_that_names_no_act_dates_the_protest(code_events):
    [event] = code_events("Police in Abuja, Nigeria, arrested 30 people during a protest against the rising cost of living on Monday; the "
                          "protesters were later released.", "en", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 11)   # was the publication date: the day was taken for the cause's


def test_a_day_that_is_a_planned_rally_s_is_no_day_of_the_arrests(code_events):
    [event] = code_events("Police in Dhaka, Bangladesh, detained at least 50 opposition activists during overnight raids ahead of "
                          "Saturday's planned rally.", "en", "2024-03-15")
    assert event["event_date"] == date(2024, 3, 14)   # was 8 March: the night before last Saturday


@pytest.mark.parametrize("lang,text,day", [
    ("en", "On 11 June 2022, JNIM claimed responsibility for an attack on a gendarmerie post in Seytenga, Burkina Faso, two days earlier, "
           "in which 11 gendarmes were killed.", date(2022, 6, 9)),
    ("fr", "Le JNIM a revendiqué jeudi l'attaque menée deux jours plus tôt contre la gendarmerie de Seytenga, au Burkina Faso, qui a "
           "fait 11 morts.", date(2022, 6, 7)),
])
def test_a_day_counted_back_from_the_date_given_is_the_event_s(code_events, lang, text, day):
    [event] = code_events(text, lang, "2022-06-12")   # a Sunday
    assert event["event_date"] == day   # was the day of the claim


def test_a_day_of_the_trigger_stands_before_one_counted_back_for_another_act(code_events):
    events = code_events("Rebels fought government forces on Tuesday near Sadad, Syria, to hold a town they had stormed a day earlier.",
                         "en", "2024-03-15")
    assert date(2024, 3, 12) in {e["event_date"] for e in events}


def test_the_possessive_day_of_what_the_arrested_are_suspected_of_is_not_the_arrests(code_events):
    [event] = code_events("Police said on Sunday they had arrested 12 people suspected of involvement in Friday's attack on a church in "
                          "Kaduna, Nigeria.", "en", "2024-03-19")
    assert event["event_date"] == date(2024, 3, 17)   # was Friday the 15th, the attack's


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday last week, protesters burned tyres in Conakry, Guinea, to denounce power cuts."),
    ("fr", "Jeudi de la semaine dernière, des manifestants ont brûlé des pneus à Conakry, en Guinée, pour dénoncer les coupures "
           "d'électricité."),
])
def test_a_day_of_last_week_is_that_day(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # a Friday
    assert (event["event_date"], event["time_precision"]) == (date(2024, 3, 7), 1)   # was the day before publication


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "on Tuesday evening last week", date(2024, 3, 5)),   # was this week's Tuesday
    ("en", "on Friday night last week", date(2024, 3, 8)),   # was the reference Friday itself
    ("en", "on Saturday of last week", date(2024, 3, 9)),
    ("fr", "mardi soir de la semaine dernière", date(2024, 3, 5)),
    ("fr", "vendredi matin de la semaine passée", date(2024, 3, 8)),
])
def test_a_part_of_a_day_of_last_week_is_that_day(lang, text, expected):
    assert (one(text, lang).day, one(text, lang).precision) == (expected, 1)


def test_a_weekday_called_past_said_on_that_weekday_is_the_week_before():
    assert one("mardi passé", "fr", ref=date(2024, 3, 12)).day == date(2024, 3, 5)   # was the reference Tuesday itself


def test_a_weekday_and_last_week_joined_by_and_are_two_days():
    assert one("on Thursday and last week", "en").day == date(2024, 3, 14)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen stormed a guesthouse in Kismayo, Somalia, late on Tuesday, killing six guests before troops ended the siege early "
           "on Wednesday."),
    ("fr", "Des assaillants ont pris d'assaut mardi soir une auberge de Kismayo, en Somalie, tuant six clients, avant que les troupes ne "
           "mettent fin au siège mercredi matin."),
])
def test_a_participle_of_killing_takes_the_day_of_the_verb_it_goes_on(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_date"] == date(2024, 3, 12)   # was Wednesday, the day the siege ended


@pytest.mark.parametrize("lang,text", [
    ("en", "The army said on Thursday it had killed five militants who attacked a police post in Mandera, Kenya, the previous night."),
    ("fr", "L'armée a affirmé jeudi avoir repoussé une attaque contre son poste de Mandera, au Kenya, la nuit précédente, tuant cinq "
           "assaillants."),
])
def test_the_previous_night_is_the_day_before_the_date_given(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_date"] == date(2024, 3, 13)   # was Thursday, the day the army spoke



@pytest.mark.parametrize("lang,text", [
    ("fr", "Une attaque contre un convoi escorté par l'armée a fait 25 morts samedi près de Djibo, au Burkina Faso, a-t-on appris lundi "
           "de sources sécuritaires. Le lendemain, des frappes aériennes ont visé les positions des assaillants dans la même zone."),
    ("en", "An attack on an army-escorted convoy killed 25 people near Djibo, Burkina Faso, on Saturday, security sources said on Monday. "
           "The next day, air strikes targeted the attackers' positions in the same area."),
])
def test_the_next_day_counts_from_the_event_s_day_not_the_report_s(code_events, lang, text):
    attack, strikes = code_events(text, lang, "2024-07-15")   # a Monday
    assert (attack["sub_event_type"], attack["event_date"], attack["fatalities"]) == ("Armed clash", date(2024, 7, 13), 25)
    assert (strikes["sub_event_type"], strikes["event_date"]) == ("Air/drone strike", date(2024, 7, 14))   # one event on Saturday
    assert (attack["actor1"], attack["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")
    # (the army of an "army-escorted convoy" attacked it)


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "La police a dispersé lundi une manifestation sur le boulevard du 30 juin à Kinshasa.", "2024-03-11"),
    ("fr", "Les rebelles du Mouvement du 23 mars ont attaqué mardi une position de l'armée près de Goma.", "2024-03-12"),
    ("en", "Protesters gathered at the 30 June Stadium in Cairo on Tuesday to demand bread subsidies.", "2024-03-12"),
    ("en", "Fighters of the March 23 Movement attacked an army position near Goma on Tuesday.", "2024-03-12"),
])
def test_a_date_a_street_or_a_movement_is_named_after_is_no_day(code_events, lang, text, day):
    [event] = code_events(text, lang, FRIDAY.isoformat())
    assert str(event["event_date"]) == day   # was the day of the name, 30 June or 23 March


def test_overnight_on_a_weekday_is_that_night():
    [expr] = find_dates("Rebels killed 18 civilians overnight on Sunday, officials said.", "en")
    assert resolve(expr, "en", FRIDAY).day == date(2024, 3, 10)   # was two expressions, "overnight" counted back from the reference day


@pytest.mark.parametrize("lang, text", [
    ("en", "Thousands of people marched in Lima demanding the resignation of President Dina Boluarte on Thursday."),
    ("fr", "Des milliers de personnes ont manifesté à Lima pour réclamer la démission de la présidente jeudi."),
])
def test_a_day_after_a_demand_dates_the_protest(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_date"].isoformat() == "2024-03-14"   # was the publication day: the resignation demanded, or the
    # words that open the demand ("pour réclamer"), were read as an act the day dated


@pytest.mark.parametrize("lang, text", [
    ("en", "Two people were killed when police fired on a crowd that had gathered to protest the arrest of a local chief in Kumba "
     "on Thursday."),
    ("fr", "Deux personnes ont été tuées lorsque la police a ouvert le feu sur une foule rassemblée pour protester contre "
     "l'arrestation d'un chef local à Kumba jeudi."),
])
def test_a_weekday_that_ends_the_sentence_dates_the_event_not_its_cause(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_date"].isoformat() == "2024-03-14"   # was the publication day: the sentence's only day, read as the
    # arrest's


@pytest.mark.parametrize("lang,text", [
    ("en", "Kidnappers released 12 of the 30 passengers they abducted on the Kaduna-Abuja highway last week, police said on Monday."),
    ("fr", "Les ravisseurs ont libéré 12 des 30 passagers qu'ils avaient enlevés la semaine dernière sur l'axe Kaduna-Abuja, a indiqué "
           "lundi la police."),
])
def test_captives_are_freed_on_another_day_than_the_one_they_were_taken(code_events, lang, text):
    [event] = code_events(text, lang, "2025-12-02")   # was last week's (and in French the abduction)
    assert (event["sub_event_type"], event["event_date"]) == ("Agreement", date(2025, 12, 1))


def test_a_day_in_a_relative_clause_on_the_object_dates_that_clause(code_events):
    [event] = code_events("Police on Sunday arrested two men who attacked a bus near Mopti last week.", "en", "2025-12-02")
    assert (event["sub_event_type"], event["event_date"]) == ("Arrests", date(2025, 11, 30))


@pytest.mark.parametrize("lang,text", [
    ("en", "In a statement on Tuesday, JNIM claimed the killing of 30 soldiers in an ambush near Djibo on Saturday."),
    ("fr", "Dans un communiqué mardi, le JNIM a revendiqué la mort de 30 soldats dans une embuscade près de Djibo samedi."),
])
def test_a_day_on_a_statement_is_the_statement_s(code_events, lang, text):
    [event] = code_events(text, lang, "2025-05-20")
    assert event["event_date"].isoformat() == "2025-05-17"   # the English was the statement's Tuesday


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen stormed a guesthouse in Kismayo, Somalia, on Tuesday night, starting a siege that lasted until Thursday "
           "and killed seven guests."),
    ("fr", "Des assaillants ont pris d'assaut mardi soir une auberge de Kismayo, en Somalie, un siège qui a duré jusqu'à jeudi "
           "et a fait sept morts."),
])
def test_a_day_a_span_lasted_until_is_not_its_first(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_date"] == date(2024, 3, 12)   # was Thursday, the siege's last day


@pytest.mark.parametrize("lang,text,expected,precision", [
    ("en", "at the start of the week", date(2024, 3, 12), 2),   # the week of Friday 15 March: its Tuesday
    ("en", "at the beginning of this week", date(2024, 3, 12), 2),
    ("fr", "le weekend dernier", date(2024, 3, 9), 2),   # no hyphen: was no date
    ("fr", "au début de la semaine", date(2024, 3, 12), 2),
])
def test_the_start_of_a_week_and_a_weekend_without_its_hyphen(lang, text, expected, precision):
    r = one(text, lang)
    assert (r.day, r.precision) == (expected, precision)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une vingtaine de civils ont été tués dans une attaque contre le village de Sorobasso, dans le centre du Mali, a-t-on "
           "appris mardi auprès d'élus locaux.\n« Des hommes armés sont arrivés à moto lundi vers 17h00 », a raconté un élu."),
    ("en", "Gunmen killed 12 villagers in an attack on a village in Zamfara state, AFP learned on Tuesday from local officials.\n"
           "The attackers arrived on motorcycles on Monday evening, a resident said."),
])
def test_a_day_the_article_tells_of_the_attackers_dates_an_event_learned_of_later(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-04")   # was the day it was learned of, Tuesday
    assert str(event["event_date"]) == "2026-08-03"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué 22 personnes dans deux villages de la zone de Ouahigouya samedi et dimanche, selon des habitants."),
    ("en", "Armed men killed 22 people in two villages in the Ouahigouya area on Saturday and Sunday, residents said."),
])
def test_two_days_joined_date_the_event_by_the_first(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the French was Sunday, the day the parse hung on the verb
    assert str(event["event_date"]) == "2026-12-05"

