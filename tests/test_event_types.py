"""Each of ACLED's 25 sub-event types, in French and in English, from sentences written for
these tests, coded through extraction, resolution and merging with the real spaCy models."""
from datetime import date

import pytest

PUBLISHED = "2024-03-15"   # a Friday

CASES = [
    # wordings added from the forms ACLED notes use
    ("en", "Attack", "Militants amputated the hands of two suspected thieves in Gao, Mali, on Thursday."),
    ("fr", "Attack", "Des soldats ont procédé jeudi à des exécutions sommaires de civils près de Djibo, au Burkina Faso."),
    ("en", "Non-state actor overtakes territory", "MNLA rebels overtake the town of Menaka, Mali, on Thursday."),
    ("en", "Change to group/activity", "Recruitment: jihadists enlisted new fighters in villages near Gao, Mali, on Thursday."),
    ("en", "Headquarters or base established", "On Thursday, AQIM set up a training camp near Timbuktu, Mali."),
    ("en", "Attack", "On Thursday, militants made an incursion near Dori, Burkina Faso, and extorted and assaulted herders."),
    ("en", "Attack", "On Thursday, suspected JNIM fighters made an incursion into a hamlet near Dori, Burkina Faso."),
    ("en", "Attack", "On Thursday, a couple were stoned to death by militants in Aguelhok, Mali."),
    ("fr", "Attack", "Jeudi, un couple a été lapidé à mort par des jihadistes à Aguelhok, au Mali."),
    ("en", "Mob violence", "On Thursday, residents stoned a police vehicle in Malanville, Benin."),
    ("en", "Mob violence", "On Thursday, youths pelted a police patrol with stones in Malanville, Benin."),
    ("en", "Abduction/forced disappearance", "Soldiers carried out the forced disappearance of three traders near Mopti, Mali, on Thursday."),
    ("fr", "Abduction/forced disappearance", "Jeudi, des hommes armés ont emmené deux commerçants vers une destination inconnue près de Mopti, au Mali."),
    ("en", "Looting/property destruction", "Gunmen carjacked a truck on the road to Gao, Mali, on Thursday."),
    ("fr", "Looting/property destruction", "Jeudi, des hommes armés ont racketté des éleveurs près de Dori, au Burkina Faso."),
    ("en", "Peaceful protest", "Nurses went to the streets of Bamako, Mali, on Thursday to ask for their bonuses."),
    ("fr", "Peaceful protest", "Jeudi, des infirmiers sont descendus dans les rues de Bamako, au Mali, pour réclamer leurs primes."),
    # Battles
    ("fr", "Government regains territory", "L'armée malienne a repris le contrôle de la ville de Léré jeudi après de violents combats contre les jihadistes."),
    ("en", "Government regains territory", "Nigerian troops regained control of the town of Mubi on Thursday after fighting Boko Haram militants."),
    ("fr", "Non-state actor overtakes territory", "Jeudi, les combattants du M23 se sont emparés de la localité de Rubaya, au Nord-Kivu, après des combats avec les soldats congolais."),
    ("en", "Non-state actor overtakes territory", "Al Shabaab militants seized control of the town of Mahas on Thursday after fighting government troops."),
    ("fr", "Armed clash", "Des affrontements ont opposé jeudi des soldats burkinabè à des jihadistes près de Djibo, faisant cinq morts."),
    ("en", "Armed clash", "Soldiers clashed with militants near Djibo in Burkina Faso on Thursday, leaving five dead."),
    # Protests
    ("fr", "Excessive force against protesters", "La police a tiré à balles réelles sur les manifestants jeudi à Conakry, tuant deux jeunes."),
    ("en", "Excessive force against protesters", "Police fired live ammunition at protesters in Conakry, Guinea, on Thursday, killing two young men."),
    ("fr", "Protest with intervention", "La police a dispersé à coups de gaz lacrymogène des manifestants jeudi à Dakar, au Sénégal."),
    ("en", "Protest with intervention", "Police used tear gas to disperse protesters in Dakar, Senegal, on Thursday."),
    ("fr", "Peaceful protest", "Des centaines d'enseignants ont manifesté jeudi à Cotonou pour réclamer leurs salaires."),
    ("en", "Peaceful protest", "Hundreds of teachers protested in Cotonou, Benin, on Thursday to demand unpaid salaries."),
    # Riots
    ("fr", "Violent demonstration", "Des jeunes en colère ont brûlé des pneus et érigé des barricades jeudi à Kaya, au Burkina Faso."),
    ("en", "Violent demonstration", "Angry youths burned tyres and erected barricades in Kaya, Burkina Faso, on Thursday."),
    ("fr", "Mob violence", "Un voleur présumé a été lynché jeudi par une foule en colère à Bouaké, en Côte d'Ivoire."),
    ("en", "Mob violence", "A suspected thief was lynched by a mob in Bouake, Ivory Coast, on Thursday."),
    # Explosions/Remote violence
    ("fr", "Chemical weapon", "Une attaque chimique au gaz sarin a tué douze personnes jeudi à Douma, en Syrie."),
    ("en", "Chemical weapon", "A chemical attack with chlorine gas killed twelve people in Douma, Syria, on Thursday."),
    ("fr", "Air/drone strike", "Une frappe de drone de l'armée a tué six combattants jeudi près de Kidal, au Mali."),
    ("en", "Air/drone strike", "A drone strike killed six fighters near Kidal, Mali, on Thursday."),
    ("fr", "Suicide bomb", "Un kamikaze s'est fait exploser jeudi sur un marché de Maroua, au Cameroun, tuant quatre personnes."),
    ("en", "Suicide bomb", "A suicide bomber blew himself up at a market in Maroua, Cameroon, on Thursday, killing four people."),
    ("en", "Suicide bomb", "A suicide car bomb exploded at a checkpoint in Mogadishu, Somalia, on Thursday, killing four soldiers."),
    ("fr", "Air/drone strike", "Jeudi, l'armée nigériane a mené des opérations aériennes contre des positions de Boko Haram près de Maiduguri, au Nigeria."),
    ("en", "Air/drone strike", "On Thursday, the air force conducted air operations against Boko Haram positions near Maiduguri, Nigeria."),
    ("fr", "Shelling/artillery/missile attack", "Des roquettes ont été tirées jeudi sur Kharkiv, en Ukraine, tuant deux civils."),
    ("en", "Shelling/artillery/missile attack", "Russian forces shelled Kharkiv, Ukraine, with artillery on Thursday, killing two civilians."),
    ("fr", "Remote explosive/landmine/IED", "Trois soldats ont été tués jeudi par l'explosion d'un engin explosif improvisé près de Boni, au Mali."),
    ("en", "Remote explosive/landmine/IED", "Three soldiers were killed when their vehicle struck an IED near Boni, Mali, on Thursday."),
    ("fr", "Grenade", "Un individu a lancé une grenade jeudi dans un bar de Bujumbura, au Burundi, blessant cinq personnes."),
    ("en", "Grenade", "An unidentified man threw a grenade into a bar in Bujumbura, Burundi, on Thursday, wounding five people."),
    # Violence against civilians
    ("fr", "Sexual violence", "Des hommes armés ont violé trois femmes jeudi près de Bunia, en RDC."),
    ("en", "Sexual violence", "Gunmen raped three women near Bunia, DR Congo, on Thursday."),
    ("fr", "Attack", "Des hommes armés ont tué quatre villageois jeudi près de Djibo, au Burkina Faso."),
    ("en", "Attack", "Gunmen killed four villagers near Djibo, Burkina Faso, on Thursday."),
    ("fr", "Abduction/forced disappearance", "Des hommes armés ont enlevé deux enseignants jeudi près de Kumbo, au Cameroun."),
    ("en", "Abduction/forced disappearance", "Gunmen abducted two teachers near Kumbo, Cameroon, on Thursday."),
    # Strategic developments
    ("fr", "Agreement", "Le gouvernement et les rebelles ont signé jeudi un accord de cessez-le-feu à Bangui, en Centrafrique."),
    ("en", "Agreement", "The government and the rebels signed a ceasefire agreement in Bangui, Central African Republic, on Thursday."),
    ("fr", "Arrests", "La police a arrêté jeudi cinq militants de l'opposition à Bamako, au Mali."),
    ("en", "Arrests", "Police arrested five opposition activists in Bamako, Mali, on Thursday."),
    ("fr", "Change to group/activity", "Les autorités ont instauré jeudi un couvre-feu nocturne à Niamey, au Niger."),
    ("en", "Change to group/activity", "Authorities imposed a night curfew in Niamey, Niger, on Thursday."),
    ("fr", "Disrupted weapons use", "Des démineurs de l'armée ont désamorcé jeudi un engin explosif sur la route de Gao, au Mali."),
    ("en", "Disrupted weapons use", "Army deminers defused an explosive device on the road to Gao, Mali, on Thursday."),
    ("fr", "Headquarters or base established", "Les jihadistes ont établi une base jeudi dans la forêt près de Fada N'Gourma, au Burkina Faso."),
    ("en", "Headquarters or base established", "Militants established a base in the forest near Fada N'Gourma, Burkina Faso, on Thursday."),
    ("fr", "Looting/property destruction", "Des hommes armés ont pillé et incendié des boutiques jeudi à Djibo, au Burkina Faso."),
    ("en", "Looting/property destruction", "Gunmen looted and burned shops in Djibo, Burkina Faso, on Thursday."),
    ("fr", "Non-violent transfer of territory", "Les soldats de l'ONU se sont retirés jeudi de leur base de Tessalit, au Mali, remise aux autorités."),
    ("en", "Non-violent transfer of territory", "UN peacekeepers withdrew from their base in Tessalit, Mali, on Thursday and handed it over to the authorities."),
    ("fr", "Other", "Les autorités ont lancé jeudi une campagne de sensibilisation à Niamey, au Niger."),
    ("en", "Other", "Non-violent activity: authorities launched a sensitization campaign in Niamey, Niger, on Thursday."),
]


@pytest.mark.parametrize("lang,sub_event_type,text", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_sub_event_type(code_events, lang, sub_event_type, text):
    events = code_events(text, lang, PUBLISHED)
    assert [e["sub_event_type"] for e in events] == [sub_event_type]
    assert str(events[0]["event_date"]) == "2024-03-14"   # "jeudi" / "on Thursday" before Friday 15 March


def test_every_sub_event_type_is_covered_in_both_languages():
    from pipeline.extract.mentions import PRECEDENCE

    for lang in ("fr", "en"):
        assert {c[1] for c in CASES if c[0] == lang} == set(PRECEDENCE)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, gunmen attacked the village of Koro, Mali, and seized livestock. No casualties were reported."),
    ("fr", "Le 14 mars 2024, des hommes armés ont attaqué le village de Koro, au Mali, et emporté du bétail, sans faire de victimes."),
])
def test_an_attack_that_only_takes_property_is_looting(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["sub_event_type"] == "Looting/property destruction" and event["inter2"] == "Civilians"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, hundreds of traders demonstrated in Kaya, Burkina Faso, and blocked the roads into the town."),
    ("fr", "Le 14 mars 2024, des centaines de commerçants ont manifesté à Kaya, au Burkina Faso, et ont bloqué les routes."),
])
def test_blocking_roads_makes_a_demonstration_violent(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, four Malian soldiers were killed when their vehicle hit a landmine near Boni, Mali."),
    # the forces pursue jihadists in the next sentence: still the mine's target, not its layers
    ("en", "Four Nigerien soldiers were killed on Thursday when a landmine exploded near Diffa, Niger. "
           "The troops were pursuing jihadists after an attack on their camp."),
    ("fr", "Quatre soldats nigériens ont été tués jeudi par l'explosion d'une mine artisanale près de Diffa, au Niger. "
           "Les militaires poursuivaient des jihadistes qui venaient d'attaquer leur base."),
])
def test_forces_hit_by_a_mine_are_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["inter1"], event["inter2"]) == ("Political militia", "State forces")


def test_police_facing_a_protest_in_another_sentence_are_actor2(code_events):
    text = ("On 14 March 2024, about 200 traders protested in Sikasso, Mali, against new taxes. "
            "Police arrested 17 of the protesters.")
    [event] = code_events(text, "en", "2024-03-15")
    assert event["inter1"] == "Protesters" and event["inter2"] == "State forces"


def test_a_complex_attack_opened_by_an_ied_is_a_battle(code_events):
    text = ("On 14 March 2024, JNIM militants hit an army convoy near Boni, Mali, with a complex attack: "
            "a roadside bomb, then small arms fire. Four soldiers died.")
    [event] = code_events(text, "en", "2024-03-15")
    assert event["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, youths clashed with police in Dire, Mali, after a student was arrested."),
    ("fr", "Le 14 mars 2024, des jeunes se sont affrontés avec la police à Diré, au Mali, après l'arrestation d'un élève."),
])
def test_youths_clashing_with_police_is_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_type"] == "Riots"


def test_armed_men_who_ransack_are_looters_not_rioters(code_events):
    [event] = code_events("On 14 March 2024, unknown gunmen ransacked a polling station in Boni, Mali.", "en", "2024-03-15")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Looting/property destruction", "Political militia", "Civilians")


def test_shelling_with_no_target_named_hits_civilians(code_events):
    [event] = code_events("On 14 March 2024, assailants fired rockets on the city of Gao, Mali.", "en", "2024-03-15")
    assert event["event_type"] == "Explosions/Remote violence" and event["inter2"] == "Civilians"


@pytest.mark.parametrize("text", [
    "Le 14 mars 2024, des centaines de jeunes ont manifesté à Kaya, au Burkina Faso, certains jetant des pierres sur la mairie.",
    "Le 14 mars 2024, des centaines de jeunes ont manifesté à Kaya, au Burkina Faso, et ont lancé des pierres sur les policiers.",
])
def test_demonstrators_who_throw_stones_make_a_riot_in_french(code_events, text):
    [event] = code_events(text, "fr", "2024-03-15")
    assert event["sub_event_type"] == "Violent demonstration"


def test_protesters_who_set_a_building_on_fire_make_a_riot(code_events):
    [event] = code_events("On 14 March 2024, protesters stormed the embassy of Denmark in Baghdad and set it on fire.", "en", "2024-03-15")
    assert (event["sub_event_type"], event["weapon"]) == ("Violent demonstration", "arson")


def test_demonstrators_who_turn_violent_make_a_riot(code_events):
    text = ("On 14 March 2024, hundreds of students demonstrated in Kaya, Burkina Faso. "
            "The demonstrators smashed windows and set fire to the town hall.")
    [event] = code_events(text, "en", "2024-03-15")
    assert event["event_type"] == "Riots"


def test_a_march_that_denounces_a_massacre_is_a_peaceful_protest(code_events):
    text = "On 14 March 2024, a civic group held a protest march in Dedougou, Burkina Faso, to condemn the killings of Fulani civilians."
    [event] = code_events(text, "en", "2024-03-15")
    assert event["sub_event_type"] == "Peaceful protest"


def test_villagers_who_fight_back_are_a_communal_militia(code_events):
    text = "On 14 March 2024, militants clashed with armed villagers in Boni, Mali, leaving three dead."
    [event] = code_events(text, "en", "2024-03-15")
    assert event["event_type"] == "Battles" and event["inter2"] != "Civilians"


def test_an_attack_that_also_fires_at_people_stays_an_attack(code_events):
    text = "On 14 March 2024, gunmen opened fire on villagers in Boni, Mali, and burned their granaries. No casualties were reported."
    [event] = code_events(text, "en", "2024-03-15")
    assert event["sub_event_type"] == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, gunmen opened fire on a market in Gwoza, Nigeria, killing five traders. "
           "On 12 March 2024, the same attackers had killed three farmers in Bama."),
    ("fr", "Le 14 mars 2024, des hommes armés ont ouvert le feu sur un marché à Gwoza, au Nigeria, tuant cinq commerçants. "
           "Le 12 mars 2024, les mêmes assaillants avaient tué trois agriculteurs à Bama."),
])
def test_an_attack_takes_the_weapon_the_article_names(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert len(events) == 2 and {e["weapon"] for e in events} == {"firearm"}


def test_an_attack_does_not_take_another_events_bomb(code_events):
    text = ("On 14 March 2024, an IED killed two soldiers near Gwoza, Nigeria. "
            "On 12 March 2024, militants had killed three farmers in Bama.")
    weapons = {e["sub_event_type"]: e["weapon"] for e in code_events(text, "en", PUBLISHED)}
    assert weapons == {"Remote explosive/landmine/IED": "IED", "Attack": None}


def test_a_gas_attack_by_barrel_bombs_is_a_chemical_weapon(code_events):
    text = ("On 14 March 2024, six villagers suffocated to death in a gas attack on Sarmin, Syria. "
            "Doctors said chlorine had leaked from the barrel bombs dropped on the village. "
            "Barrel bombs also hit two houses.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Chemical weapon", "chemical")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, police killed a militant equipped with an IED near Djibo, Burkina Faso."),
    ("fr", "Le 14 mars 2024, des soldats ont tué un jihadiste équipé d'une grenade près de Djibo, au Burkina Faso."),
])
def test_a_weapon_only_carried_does_not_type_the_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, partisans of two rival parties fought with sticks and stones in Materi, Benin, leaving three wounded."),
    ("fr", "Le 14 mars 2024, des partisans de deux partis rivaux se sont affrontés à coups de bâtons à Materi, au Bénin, faisant trois blessés."),
])
def test_partisans_who_clash_are_a_mob_not_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["inter1"]) == ("Riots", "Rioters")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Property destruction: on 14 March 2024, gunmen attacked the village of Koro, Mali, fired shots and set the school on fire.",
     "Looting/property destruction"),
    ("en", "Displacement: on 14 March 2024, about 300 families fled the village of Koro, Mali, after threats by militants.", "Other"),
    ("en", "Security measures: on 14 March 2024, the army deployed reinforcements to Koro, Mali, and banned motorbike traffic.",
     "Change to group/activity"),
    ("fr", "Arrestation : le 14 mars 2024, des gendarmes ont tué un suspect et interpellé deux autres à Koro, au Mali.", "Arrests"),
])
def test_a_label_heading_the_report_names_its_event(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


def test_a_colon_after_a_clause_is_no_label(code_events):
    [event] = code_events("Police said on 14 March 2024: gunmen killed four villagers near Djibo, Burkina Faso.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, pupils in Kaya, Burkina Faso, smashed desks and burned two motorbikes at their school to express anger at exam rules."),
])
def test_civilians_who_destroy_property_are_rioters_not_looters(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", "Rioters")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, gunmen killed a park ranger near Diapaga, Burkina Faso."),
    ("en", "On 14 March 2024 near Boni, Mali, two soldiers killed and three wounded in an ambush by militants."),
    ("fr", "Le 14 mars 2024 près de Boni, au Mali, deux soldats tués et trois blessés dans une embuscade."),
])
def test_an_attack_on_rangers_or_soldiers_is_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Political militia", "State forces")


@pytest.mark.parametrize("lang,text,sub_event_type,inter2", [
    # soldiers or police off duty are civilians
    ("en", "On 14 March 2024, gunmen shot dead a retired policeman in Djibo, Burkina Faso.", "Attack", "Civilians"),
    ("fr", "Le 14 mars 2024, des hommes armés ont abattu un policier retraité à Djibo, au Burkina Faso.", "Attack", "Civilians"),
    # a site, not a landmine
    ("en", "On 14 March 2024, a security guard at a gold mine shot dead a digger in Youga, Burkina Faso.", "Attack", "Civilians"),
    # aircraft that attack strike from the air
    ("en", "On 14 March 2024, French warplanes attacked a militant base near Infara, Mali.", "Air/drone strike", "Political militia"),
    # ground that changes hands without a fight
    ("en", "On 14 March 2024, rebels took control of the town of Menaka, Mali, without a fight.", "Non-violent transfer of territory", None),
    ("fr", "Le 14 mars 2024, les rebelles ont pris le contrôle de la ville de Ménaka, au Mali, sans combat.", "Non-violent transfer of territory", None),
    # arms seized in an attack are its loot, not a disrupted weapons use
    ("en", "On 14 March 2024, militants raided a police station in Benena, Mali, torched three vehicles and seized arms.", "Armed clash", "State forces"),
    # a clash with firearms is a battle, whoever fights it
    ("en", "On 14 March 2024, two rival student groups fought with guns and machetes in Bamako, Mali.", "Armed clash", None),
    # armed villagers are a militia
    ("en", "On 14 March 2024, armed villagers killed two herders near Koro, Mali.", "Attack", "Civilians"),
    # an airstrike that opens a ground assault is one battle
    ("en", "On 14 March 2024, French forces hit a militant camp near Tabankort, Mali, with an airstrike followed by a ground assault.",
     "Armed clash", "Political militia"),
])
def test_who_was_hit_and_how_decides_the_type(code_events, lang, text, sub_event_type, inter2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == (sub_event_type, inter2)


def test_a_fight_recalled_from_the_past_is_background(code_events):
    text = ("Le 14 mars 2024, trois groupes armés ont annoncé leur fusion à Kidal, au Mali. "
            "Ces groupes ont combattu l'armée malienne par le passé.")
    assert [e["sub_event_type"] for e in code_events(text, "fr", PUBLISHED)] == ["Change to group/activity"]


def test_a_heading_only_label_types_the_event(code_events):
    text = "Other: on 14 March 2024, troops fired warning shots to drive off an armed group near Koro, Mali."
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == "Other"


def test_the_leads_town_named_again_on_another_day_is_the_same_event(code_events):
    text = ("Au Tchad, au moins neuf personnes ont perdu la vie jeudi dans un conflit entre éleveurs et agriculteurs dans la "
            "sous-préfecture de Mangalmé. Tout a débuté mercredi par des affrontements entre éleveurs et cultivateurs à Mangalmé.")
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["location"]) == ("Armed clash", 9, "Mangalme")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, villagers burned to death two suspected thieves in Tanguieta, Benin."),
    ("en", "On 14 March 2024, locals in Gao, Mali, beat up two men suspected of robberies and rapes."),
    ("fr", "Le 14 mars 2024, des habitants ont passé à tabac deux voleurs présumés à Tanguiéta, au Bénin."),
    # "beat" alone is a weak word; the suspect it punishes makes it an event
    ("en", "On 14 March 2024, residents beat a presumed cattle thief in Kandi, Benin, and handed him to the police."),
    ("fr", "Le 14 mars 2024, des habitants ont battu un voleur présumé à Kandi, au Bénin."),
])
def test_a_crowd_that_punishes_suspected_thieves_is_mob_violence(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Mob violence", "Rioters")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On 14 March 2024, residents threw stones at a truck after an accident in Kouande, Benin.", "Mob violence"),
    ("en", "On 14 March 2024, traders barricaded the roads of Timbuktu, Mali, in reaction to a colleague's abduction.",
     "Violent demonstration"),
    ("fr", "Le 14 mars 2024, des habitants ont saccagé la maison du chef de village à Kaya, au Burkina Faso.", "Mob violence"),
    ("fr", "Le 14 mars 2024, des manifestants ont saccagé la mairie de Kaya, au Burkina Faso, pour réclamer de l'eau.",
     "Violent demonstration"),
])
def test_a_crowds_violence_is_a_demonstration_only_with_a_protest(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, hundreds of people marched in Bamako, Mali, against the killing of three students by soldiers."),
    ("fr", "Le 14 mars 2024, des centaines de personnes ont manifesté à Bamako, au Mali, contre l'assassinat de trois élèves."),
])
def test_the_killings_a_protest_is_against_are_its_cause_not_its_toll(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Peaceful protest", 0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Students demonstrated in Ouagadougou, Burkina Faso, on Thursday for an inquiry into the death of a journalist."),
    ("fr", "Des étudiants ont manifesté jeudi à Ouagadougou pour réclamer une enquête sur la mort d'un journaliste."),
])
def test_nobody_dies_in_a_peaceful_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)   # a death it names is its cause: a death in it would be excessive force
    assert (event["sub_event_type"], event["fatalities"]) == ("Peaceful protest", 0)


@pytest.mark.parametrize("lang,text", [
    ("en", "Two people died on Thursday as protesters took to the streets of Conakry, Guinea, against the cost of living."),
    ("fr", "Au moins trois personnes ont été tuées jeudi lors de manifestations contre la vie chère à Conakry, en Guinée."),
])
def test_people_counted_dead_at_a_protest_with_no_forces_named_make_it_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)   # no protest with deaths is peaceful
    assert event["sub_event_type"] == "Violent demonstration" and event["fatalities"] >= 2


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, hundreds of workers demonstrated in Djougou, Benin, against road checks. Two protesters were shot dead."),
    ("fr", "Jeudi, des centaines de travailleurs ont manifesté à Djougou, au Bénin. Deux manifestants ont été tués."),
])
def test_protesters_counted_dead_suffered_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 2)


@pytest.mark.parametrize("text,protest", [
    ("On Thursday, Mauritanian troops struck jihadist positions near Lere, Mali.", False),
    ("On Thursday, the two parties struck a deal in Bamako, Mali.", False),
    ("On Thursday, teachers went on strike in Bamako, Mali, to demand higher wages.", True),
    ("On Thursday, gathering residents in Bamako, Mali, gunmen shot two of them.", False),
])
def test_strike_or_gather_with_an_object_is_no_protest(code_events, text, protest):
    events = code_events(text, "en", PUBLISHED)
    assert any(e["event_type"] == "Protests" for e in events) == protest


@pytest.mark.parametrize("text,sub_event_type,actor1", [
    ("On Tuesday, Israeli strikes killed 12 people in Khan Younis, in the Gaza Strip.", "Air/drone strike", "Military Forces of Israel"),
    ("On Tuesday, Malian teachers began a strike in Bamako, Mali.", "Peaceful protest", "Protesters (Mali)"),
])
def test_a_strike_a_demonym_qualifies_is_a_military_strike(code_events, text, sub_event_type, actor1):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == (sub_event_type, actor1)


def test_a_strike_after_a_drone_strike_is_that_strike(code_events):
    text = ("On Tuesday, a drone strike killed a militant near Nabatieh, Lebanon. Doctors reported a single death from the strike. "
            "The strikes continued despite a ceasefire.")
    assert [e["sub_event_type"] for e in code_events(text, "en", PUBLISHED)] == ["Air/drone strike"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, militants attacked the village of Ogossagou, Mali. Dogon militiamen answered the attack and routed the raiders."),
    ("en", "On 14 March 2024, intercommunal violence near Koro, Mali, left two herders dead."),
])
def test_a_fight_back_or_communal_violence_makes_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, students marched in Koudougou, Burkina Faso, to mark twenty years since a journalist was murdered there."),
    ("en", "On Thursday, hundreds protested in Ouagadougou, Burkina Faso, to demand the release of a general jailed on 30 October 2015."),
    ("en", "On Thursday, protesters demonstrated in Ouagadougou, Burkina Faso, for an end to abuses by the authorities and the killings of journalists."),
    ("en", "On Thursday, protesters marched in Ouagadougou, Burkina Faso, to the grave of a journalist who was killed in 1998."),
    ("fr", "Jeudi, des manifestants ont défilé à Ouagadougou, au Burkina Faso, réclamant la fin des exactions et des tueries de journalistes."),
])
def test_a_protests_cause_neither_types_nor_dates_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], str(event["event_date"])) == ("Peaceful protest", "2024-03-14")


def test_gunmen_gathering_villagers_is_no_rally(code_events):
    text = "On Thursday, gunmen invaded a village near Jalingo, Nigeria, gathering villagers in a square before shooting them."
    assert [e["sub_event_type"] for e in code_events(text, "en", PUBLISHED)] == ["Attack"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested three of the raiders riding motorcycles stolen in the village and carrying looted grain on Monday."),
    ("fr", "Les gendarmes ont interpellé lundi trois hommes qui transportaient des biens pillés et une moto volée."),
])
def test_stolen_goods_describe_the_arrested_not_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["sub_event_type"] == "Arrests"


def test_events_past_an_articles_limit_do_not_join_its_lead(code_events):
    text = ("Gunmen killed three traders in Gao on Monday. Gunmen killed four herders in Mopti on Tuesday. "
            "Gunmen killed five farmers in Kidal on Wednesday. Gunmen killed six miners in Timbuktu on Sunday.")
    events = code_events(text, "en", "2024-03-15")
    assert [(e["location"], e["fatalities"], str(e["event_date"])) for e in events] == [
        ("Gao", 3, "2024-03-11"), ("Mopti", 4, "2024-03-12"), ("Kidal", 5, "2024-03-13")]


@pytest.mark.parametrize("lang,text,events", [
    ("fr", "Le club de Guingamp a annoncé mardi vouloir recruter un nouveau gardien.", []),
    ("en", "The club said on Tuesday it recruited a new goalkeeper.", []),
    ("fr", "Des jihadistes armés ont recruté mardi des dizaines de jeunes à Kaya, au Burkina Faso.", ["Change to group/activity"]),
])
def test_recruiting_is_an_armed_groups_development_only(code_events, lang, text, events):
    assert [e["sub_event_type"] for e in code_events(text, lang, "2024-03-15")] == events


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, militants ambushed a convoy of civilian trucks escorted by soldiers near Boni, Mali, one soldier killed and three drivers wounded."),
    ("fr", "Lundi, des jihadistes ont attaqué un convoi civil escorté par l'armée près de Boni, au Mali : deux soldats tués et trois chauffeurs blessés."),
])
def test_forces_among_the_dead_make_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["inter2"]) == ("Armed clash", "State forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, a gendarmerie post was attacked near Djibo, Burkina Faso, one gendarme wounded."),
    ("fr", "Jeudi, un poste de gendarmerie a été attaqué près de Djibo, au Burkina Faso, un gendarme blessé."),
])
def test_forces_among_the_wounded_are_the_target_not_the_attackers(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso Gendarmerie")


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "On Tuesday, the Malian army, aided by Dozo hunters and village volunteers, recaptured the town of Boni.", None),
    ("fr", "Mardi, l'armée malienne, appuyée par des chasseurs dozos, a repris la ville de Boni aux jihadistes.", "Unidentified Armed Group (Mali)"),
])
def test_allies_who_fight_beside_actor1_are_not_its_opponent(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Government regains territory", "Military Forces of Mali", actor2)


def test_forces_named_by_their_demonym_regain_territory(code_events):
    [event] = code_events("Les forces togolaises ont repris le contrôle de la localité de Dapaong mardi, au Togo.", "fr", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"]) == ("Government regains territory", "Military Forces of Togo")


def test_a_day_name_inside_a_trigger_phrase_does_not_break_it(code_events):
    [event] = code_events("Les forces gouvernementales irakiennes ont repris mardi le contrôle de Tikrit.", "fr", "2024-03-15")
    assert (event["sub_event_type"], str(event["event_date"])) == ("Government regains territory", "2024-03-12")


def test_a_hard_wrapped_wire_is_read_sentence_by_sentence(code_events):
    text = ("YOLA, Nigeria - The Nigerian army, aided by\nlocal hunters, has recaptured the town of\n"
            "Mubi in Adamawa State, residents said on Thursday.\nThe insurgents had held it for two weeks.")
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["location"]) == ("Government regains territory", "Military Forces of Nigeria", "Mubi")


def test_a_title_is_not_joined_to_its_lead():
    from pipeline.nlp.annotate import _lines

    text = "Army retakes Mubi\nThe army recaptured the\ntown of Mubi on Thursday."
    assert [text[a:b] for a, b in _lines(text)] == ["Army retakes Mubi", "The army recaptured the\ntown of Mubi on Thursday."]


def test_heavy_weapons_are_guns_not_artillery(code_events):
    [event] = code_events("Gunmen carrying heavy weapons stormed a village near Jalingo, Nigeria, on Sunday and killed five herders.", "en", "2024-03-15")
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "firearm")


@pytest.mark.parametrize("text,sub_event_type", [
    ("Les jihadistes ont attaqué mardi le camp militaire de Gao à plusieurs reprises de la journée.", "Armed clash"),   # several times
    ("La reprise des combats entre l'armée et les rebelles a fait cinq morts mardi près de Gao.", "Armed clash"),   # fighting resumed
    ("La reprise de la ville de Léré par l'armée malienne a eu lieu jeudi.", "Government regains territory"),
])
def test_a_trigger_word_inside_a_phrase_of_another_sense(code_events, text, sub_event_type):
    [event] = code_events(text, "fr", PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a market in Kaya on Tuesday, killing three traders. Police arrested four of the attackers in the town."),
    ("fr", "Des hommes armés ont attaqué mardi le marché de Kaya, tuant trois commerçants. La police a arrêté quatre des assaillants dans la ville."),
])
def test_arrests_after_an_attack_are_an_event_apart(code_events, lang, text):
    attack, arrests = code_events(text, lang, PUBLISHED)
    assert (attack["sub_event_type"], attack["fatalities"]) == ("Attack", 3)
    assert (arrests["sub_event_type"], arrests["actor1"]) == ("Arrests", "Police Forces of Burkina Faso")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed three villagers in Gao on Tuesday. They also kidnapped two teachers in the town. "
           "Three traders were kidnapped near the market as well."),
    ("fr", "Des hommes armés ont tué mardi trois villageois à Gao. Ils ont aussi enlevé deux enseignants dans la ville. "
           "Trois commerçants ont également été enlevés près du marché."),
])
def test_the_abductions_of_a_raid_are_one_event_apart_however_many_sentences(code_events, lang, text):
    assert [e["sub_event_type"] for e in code_events(text, lang, PUBLISHED)] == ["Attack", "Abduction/forced disappearance"]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, angry youths burned tyres and barricaded roads in Kaya, Burkina Faso, to demand the release of two traders."),
    ("fr", "Jeudi, des jeunes en colère ont brûlé des pneus et barricadé les routes à Kaya, au Burkina Faso, pour exiger la libération de deux commerçants."),
])
def test_a_riot_facing_no_forces_has_no_actor2(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (Burkina Faso)", None)


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Rebels captured a military base near Kidal on Tuesday.", "Non-state actor overtakes territory"),
    ("en", "Soldiers seized weapons and motorcycles in Kidal on Tuesday.", "Disrupted weapons use"),   # not ground
    ("fr", "Les rebelles ont pris mardi le camp militaire de Kidal.", "Non-state actor overtakes territory"),
    ("fr", "L'armée malienne a pris mardi la ville de Kidal aux rebelles.", "Government regains territory"),
    # a town the small English model tags as an organisation; a multi-word name is not taken for a town
    ("en", "On Tuesday, the group seized Monguno, some 30 km to the north.", "Non-state actor overtakes territory"),
    ("fr", "Mardi, l'armée malienne a repris la ville de Boni aux jihadistes.", "Government regains territory"),
    ("en", "On Tuesday, Malian troops retook the town of Boni from the militants.", "Government regains territory"),
])
def test_a_verb_that_takes_a_place_takes_ground(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text", ["Soldiers killed a militiaman in Mopti on Tuesday.", "Soldiers killed a bandit in Mopti on Tuesday."])
def test_one_armed_man_killed_by_soldiers_makes_a_battle(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 1)


@pytest.mark.parametrize("lang,text,weapon", [
    ("fr", "Des bandits ont poignardé mardi un commerçant à Gao.", "bladed"),
    ("en", "A mob set a suspected thief on fire with petrol in Lagos on Tuesday.", "arson"),
])
def test_stabbing_and_burning_alive_name_their_weapon(code_events, lang, text, weapon):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["weapon"] == weapon


def test_police_who_break_up_a_protest_intervene(code_events):
    [event] = code_events("Police broke up a protest by farmers in Kaya on Tuesday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", "State forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked the village of Koro on Tuesday, but the villagers fended off the attack."),
    ("fr", "Des hommes armés ont attaqué mardi le village de Koro, suivi d'échanges de coups de feu avec les villageois."),
])
def test_villagers_who_fight_back_make_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Students blocked the national route in Koupela on Tuesday to protest the lack of teachers.", "Violent demonstration"),
    ("fr", "Des élèves ont bloqué mardi la route nationale à Koupéla pour protester contre le manque d'enseignants.", "Violent demonstration"),
    # forces that block a road stop a march; they do not riot
    ("en", "Hundreds marched in Bamako on Tuesday; security forces fired tear gas and blocked access to the palace.", "Protest with intervention"),
])
def test_a_crowd_that_blocks_a_road_riots(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Tuesday, striking workers assaulted two managers in Koudougou.", "Violent demonstration"),
    ("en", "Protesters threw rocks at peacekeepers in Kidal on Tuesday.", "Violent demonstration"),
    # the assault and the seizure a march is about are its cause, not its violence
    ("en", "Nurses marched in Dori on Tuesday in solidarity with a colleague assaulted by a patient.", "Peaceful protest"),
    ("en", "Traders protested in Dori on Tuesday against customs officers seizing their goods.", "Peaceful protest"),
    ("fr", "Des infirmiers ont marché mardi à Dori en solidarité avec un collègue agressé par un patient.", "Peaceful protest"),
])
def test_demonstrators_own_violence_makes_a_riot_and_their_cause_does_not(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "Malian army outpost attacked overnight near Tenenkou on Tuesday, two dead."),
    ("en", "Malian army convoy ambushed on Tuesday outside Gao: three dead."),
    ("fr", "Mardi, des hommes armés ont attaqué le camp de l'armée malienne à Tenenkou, tuant deux soldats."),
])
def test_forces_whose_post_or_convoy_is_attacked_are_the_target(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Military Forces of Mali")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Tuesday, a MINUSMA truck hit a roadside bomb near Aguelhok and came under gunfire.", "Armed clash"),
    ("en", "On Tuesday, a MINUSMA truck hit a roadside bomb near Aguelhok.", "Remote explosive/landmine/IED"),
])
def test_a_bomb_followed_by_gunfire_is_a_battle(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Gunmen abducted the mayor of Tonka on Tuesday and beat him.", "Attack"),
    ("fr", "Mardi, des hommes armés ont enlevé et frappé un commerçant à Douékiré.", "Attack"),
    ("en", "Gunmen abducted the mayor of Tonka on Tuesday.", "Abduction/forced disappearance"),
])
def test_an_abduction_that_also_hurts_is_an_attack(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 March 2024, rebels took control of Menaka, Mali, following the departure of the army."),
    ("fr", "Le 14 mars 2024, les rebelles ont pris le contrôle de Ménaka, au Mali, après le départ de l'armée."),
])
def test_ground_taken_after_the_other_side_left_is_a_non_violent_transfer(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Non-violent transfer of territory"


@pytest.mark.parametrize("lang,text,sub_event_type", [
    # what the students did after naming their cause is theirs again
    ("en", "Pupils in Kaya protested on Tuesday over the death of a classmate and clashed with gendarmes.", "Violent demonstration"),
    # the violence amid which they march is their cause
    ("en", "Herders marched in Bamako on Tuesday against the killings of herders amid intercommunal violence.", "Peaceful protest"),
])
def test_a_protests_cause_is_the_phrase_its_word_governs(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text,inter1", [
    ("en", "Two unknown men shot dead a trader in Gao on Tuesday.", "Political militia"),
    ("en", "Two men on a motorbike shot dead a trader in Gao on Tuesday.", "Political militia"),
    ("fr", "Mardi, deux individus à moto ont abattu par balles un commerçant à Gao.", "Political militia"),
])
def test_unnamed_men_who_shoot_are_an_armed_group(code_events, lang, text, inter1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Attack", inter1)


@pytest.mark.parametrize("lang,text,injuries", [
    # one who stabs alone, or whom a knife arms, is no mob: ACLED's unidentified armed group
    ("en", "A man stabbed three people at a market in Gao on Tuesday, killing one.", None),
    ("en", "A knife-wielding man wounded two bystanders at the bus station in Gao on Tuesday.", 2),
    ("fr", "Mardi, un homme muni d'un couteau a blessé trois passants au marché de Gao.", 3),
    ("fr", "Mardi, un homme armé d'un couteau a poignardé deux personnes au marché de Gao.", None),
])
def test_a_lone_man_with_a_blade_is_an_armed_group(code_events, lang, text, injuries):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["injuries"]) == ("Attack", "Unidentified Armed Group (Mali)", injuries)


def test_a_group_of_people_with_a_knife_is_still_a_mob(code_events):
    [event] = code_events("Several people attacked a customs agent with knives in Gao on Tuesday.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Mob violence"


def test_a_security_guard_is_private_security_and_a_count_of_the_killers_is_no_toll(code_events):
    [event] = code_events("A security guard was shot dead by two gunmen in Gao on Tuesday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Armed clash", "Private Security Forces (Mali)", 1)


def test_a_victim_in_a_headlines_passive_is_no_perpetrator(code_events):
    text = "Gunmen raided a market in Arbinda on Tuesday. One trader was killed, and one woman badly wounded."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["fatalities"]) == ("Attack", "Political militia", 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, militants fired rockets at the MINUSMA camp in Tessalit as the attackers and the peacekeepers traded gunfire."),
    ("en", "On Tuesday, JNIM militants ambushed a patrol near Fada, killing two soldiers. Fighter jets then struck the attackers."),
])
def test_rockets_or_airstrikes_in_a_ground_fight_are_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"


def test_intervention_words_need_a_protest(code_events):
    [march] = code_events("A march against the government was stopped by the police in Cotonou on Tuesday.", "en", PUBLISHED)
    [attack] = code_events("Gunmen fired in the air and abducted a trader in Gao on Tuesday.", "en", PUBLISHED)
    assert (march["sub_event_type"], attack["event_type"]) == ("Protest with intervention", "Violence against civilians")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    # farmers who beat a herder are a mob; farmers who kill are a communal militia
    ("en", "On Tuesday, several farmers beat and injured a herder in Kandi because his goats ate their crops.", "Mob violence"),
    ("en", "On Tuesday, several farmers killed a herder in Kandi because his goats ate their crops.", "Attack"),
    # who wounds someone to take his goods attacks him
    ("en", "On Tuesday, militiamen wounded a shepherd near Kandi and seized his sheep.", "Attack"),
])
def test_a_beating_is_a_mobs_and_a_wounding_robbery_an_attack(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "Mothers in Kaya held a march for peace on Tuesday amid mutinies in the army and student unrest."),
    ("en", "Civil servants engaged in a strike on Tuesday and demonstrated in Ouagadougou to demand better pay."),
    ("en", "People in Kaya marched on Tuesday in support of the soldiers fighting the insurgents."),
])
def test_a_protests_context_and_support_are_not_its_violence(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Peaceful protest"


def test_forces_who_fight_the_kidnappers_are_a_battle_apart_from_the_kidnapping(code_events):
    text = ("Gunmen kidnapped dozens of pupils from a boarding school in Funtua on Friday. "
            "Soldiers tracked the kidnappers to a forest near Funtua on Friday and exchanged fire with them.")
    assert sorted(e["sub_event_type"] for e in code_events(text, "en", PUBLISHED)) == ["Abduction/forced disappearance", "Armed clash"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Herders wounded two villagers in Kalale on Tuesday."),
    ("fr", "Mardi, des éleveurs ont blessé deux villageois à Kalalé."),
    ("en", "On Tuesday, two traders were wounded by unknown gunmen near Douentza, Mali."),   # the passive with who did it
    ("fr", "Mardi, deux commerçants ont été blessés par des hommes armés près de Douentza, au Mali."),
])
def test_who_wounds_people_attacks_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, a student was wounded by a stray bullet in Abomey-Calavi, Benin."),
    ("fr", "Mardi, un étudiant a été blessé par une balle perdue à Abomey-Calavi, au Bénin."),
])
def test_wounded_by_a_weapon_alone_is_no_attack(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []


def test_people_wounded_in_a_brawl_are_a_toll_not_an_attack(code_events):
    [event] = code_events("Two families clashed over a field in Kalale on Tuesday, and two people were wounded.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Mob violence"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, gunmen attacked an unmanned gendarmerie post near Pama and burned it down."),
    ("fr", "Mardi, des jihadistes ont attaqué le poste de police inoccupé de Pama et l'ont incendié."),
])
def test_an_attack_on_an_empty_post_destroys_property(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Looting/property destruction"


def test_soldiers_who_kill_civilians_in_an_operation_attack_them(code_events):
    text = "On Tuesday, troops killed three villagers suspected of feeding the insurgents during a military operation near Malanville."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Attack", "State forces")


@pytest.mark.parametrize("lang,text,country", [
    ("fr", "Mardi, neuf habitants de Kharkiv ont péri dans des bombardements russes.", "Russia"),
    ("en", "On Tuesday, at least eleven people were killed in Russian shelling of Kharkiv.", "Russia"),
    # who died is no perpetrator
    ("en", "On Tuesday, nine residents of Kharkiv died in Russian shelling.", "Russia"),
])
def test_the_dead_of_a_shelling_are_the_shellings_and_its_demonym_names_who_fired(code_events, lang, text, country):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Shelling/artillery/missile attack", f"Military Forces of {country}")


@pytest.mark.parametrize("lang,text", [
    # the date inside a protest's cause dates the cause
    ("en", "On Tuesday, protesters calling for the freeing of a general who led a 2012 mutiny burned down the market of Kati."),
    ("en", "On Tuesday, violent demonstrations against the new tax went on in Parakou."),
])
def test_a_violent_demonstration_on_the_day_it_is_reported(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], str(event["event_date"])) == ("Violent demonstration", "2024-03-12")
    assert event["location"] != "Nghen"   # "Gen." is a rank, not a Vietnamese town


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, four people died and six were hurt in a conflict between farmers and herders near Gaoua."),
    ("fr", "Mardi, quatre personnes ont été tuées lors d'un conflit entre agriculteurs et éleveurs près de Gaoua."),
])
def test_deaths_in_a_conflict_between_two_communities_are_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, des milliers de manifestants ont défilé à Poitiers contre le projet. "
           "Des affrontements ont ensuite éclaté entre manifestants et gendarmes près de la préfecture."),
    ("en", "Thousands of protesters marched in Poitiers on Tuesday against the project. "
           "Clashes then broke out between protesters and police near the prefecture."),
])
def test_a_protest_whose_crowd_then_clashes_with_the_police_is_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"


def test_a_town_taken_without_encountering_resistance_changes_hands_without_a_fight(code_events):
    text = "On Tuesday, government troops entered the town of Jowhar and took it without encountering any resistance."
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == "Non-violent transfer of territory"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, riot police killed two protesters in Yangon."),
    ("fr", "Mardi, la police anti-émeute a abattu deux manifestants à Rangoun."),
])
def test_riot_police_who_kill_protesters_use_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Excessive force against protesters"


def test_an_agreement_in_the_lead_keeps_a_battle_of_its_own_day_and_place(code_events):
    text = ("On Thursday, the government and the rebels signed a ceasefire agreement in Addis Ababa. "
            "Last week, the army retook the town of Malakal from the rebels.")
    assert sorted(e["sub_event_type"] for e in code_events(text, "en", PUBLISHED)) == ["Agreement", "Government regains territory"]


@pytest.mark.parametrize("lang,text,events", [
    ("en", "On 14 March 2024, members of a sect tied up and beat a woman in Abomey, Benin.", 1),   # someone beaten
    ("en", "On 14 March 2024, herders armed with sticks beat a militiaman at the market of Douentza, Mali.", 1),
    ("en", "On 14 March 2024, Mali beat Senegal in the final of the cup in Bamako.", 0),
    ("fr", "Le 14 mars 2024, le Mali a battu le Sénégal en finale de la coupe à Bamako.", 0),
])
def test_a_beating_is_an_event_only_with_a_person_beaten(code_events, lang, text, events):
    assert len(code_events(text, lang, PUBLISHED)) == events


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "On Saturday, the army said gunmen killed five villagers near Djibo, Burkina Faso.", "Unidentified Armed Group (Burkina Faso)"),
    ("fr", "Samedi, l'armée a indiqué que des hommes armés ont tué cinq villageois près de Djibo, au Burkina Faso.",
     "Unidentified Armed Group (Burkina Faso)"),
    ("en", "On Saturday, the army said it killed five militants near Djibo, Burkina Faso.", "Military Forces of Burkina Faso"),   # it did
])
def test_forces_who_tell_of_a_killing_did_it_only_when_no_one_else_did(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["actor1"] == actor1


@pytest.mark.parametrize("lang,text", [
    ("en", "On Saturday, the army said two soldiers were killed in an ambush near Djibo, Burkina Faso."),
    ("fr", "Samedi, l'armée a annoncé que deux soldats ont été tués dans une embuscade près de Djibo, au Burkina Faso."),
])
def test_forces_who_tell_of_their_own_dead_are_the_victims(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso")


@pytest.mark.parametrize("lang,text", [
    ("en", "Three traders were killed in Djibo, Burkina Faso, on Thursday, residents said."),
    ("fr", "Trois commerçants ont été tués jeudi à Djibo, au Burkina Faso, ont déclaré des habitants."),
])
def test_residents_who_tell_of_a_killing_are_not_its_perpetrators(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Attack", "Political militia")


@pytest.mark.parametrize("lang,text", [
    ("en", "Police violently broke up a sit-in of protesters in central Conakry, Guinea, on Thursday. "
           "At least three people were killed, doctors said."),
    ("fr", "La police est intervenue jeudi contre un sit-in d'étudiants sur la place centrale de Conakry, "
           "en Guinée. Au moins trois personnes ont été tuées, selon des médecins."),
])
def test_deaths_after_forces_break_up_a_protest_are_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["inter2"]) == ("Excessive force against protesters", 3, "State forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, youths protested in Kaya, Burkina Faso, against the high cost of living. "
           "Two police officers were injured and four protesters arrested."),
    ("fr", "Jeudi, des jeunes ont manifesté à Kaya, au Burkina Faso, contre la vie chère. "
           "Lors de la manifestation, deux policiers ont été blessés."),
])
def test_police_hurt_at_a_protest_make_it_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Violent demonstration", "State forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, miners protested in Essakane, Burkina Faso, against the hiring practices of a gold company; 28 were arrested for vandalism."),
    ("fr", "Jeudi, des mineurs ont manifesté à Essakane, au Burkina Faso, contre les embauches d'une société aurifère; 28 ont été arrêtés pour vandalisme."),
])
def test_vandalism_at_a_protest_makes_it_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"


def test_the_forces_named_with_an_airstrike_flew_it(code_events):
    text = ("On Thursday, ISGS militants gathered near Menaka, Mali, were hit by airstrikes. "
            "The strikes were carried out by French fighter jets, the army said.")   # "the army" tells, France flew
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Air/drone strike", "Military Forces of France", "Islamic State (Sahel)")   # ISGS's name since 2022


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, an airstrike killed four civilians in a market near Menaka, Mali. "
           "The strike was carried out by French jets hunting ISGS militants, residents said."),
    ("fr", "Jeudi, une frappe aérienne a tué quatre civils sur un marché près de Ménaka, au Mali. "
           "La frappe a été menée par des avions de chasse français, selon des habitants."),
])
def test_the_demonym_of_the_aircraft_names_who_struck(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of France", "Civilians (Mali)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, the strike near Menaka, Mali, was carried out by fighter jets."),
    ("en", "On Thursday, jets struck a militant camp near Menaka, Mali."),
])
def test_a_strike_by_aircraft_is_no_walkout(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe de drone a visé mardi une réunion de chefs jihadistes dans la région de Ségou, au Mali, faisant plusieurs morts."),
    ("en", "A drone strike targeted a meeting of jihadist leaders in the Segou region of Mali on Tuesday, killing several."),
])
def test_an_air_strike_no_one_claims_is_the_countrys_forces_against_the_side_struck(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Mali", "Unidentified Armed Group (Mali)")   # was the jihadists as actor1


def test_a_gathering_a_drone_strikes_is_no_protest(code_events):
    text = "Un drone de l'armée malienne a frappé dimanche un rassemblement à Tessit, au Mali, tuant au moins 21 civils."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["actor1"]) == ("Air/drone strike", 21, "Military Forces of Mali")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Thursday, unknown gunmen wounded two boys herding goats near Djibo, Burkina Faso.", "Attack"),
    ("en", "On Thursday, soldiers engaged suspected JNIM militants near Djibo, Burkina Faso.", "Armed clash"),
    ("fr", "Jeudi, les FAMa ont accroché des terroristes près de Boni, au Mali.", "Armed clash"),
    ("en", "On Thursday, kidnappers seized 30 students from a school near Kaduna, Nigeria.", "Abduction/forced disappearance"),
    ("en", "On Thursday, gunmen seized two trucks and their cargo near Kaduna, Nigeria.", "Looting/property destruction"),
])
def test_what_a_verb_takes_makes_it_an_event(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


def test_engaging_in_talks_is_no_clash(code_events):
    assert code_events("On Thursday, the minister engaged in talks with the rebels in Bamako, Mali.", "en", PUBLISHED) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jeudi, un groupe de militaires a annoncé à la télévision nationale avoir renversé le président à Niamey, au Niger."),
    ("fr", "Le gouvernement affirme que l'armée a déjoué jeudi une tentative de coup d'État à Niamey, au Niger."),
    ("en", "On Thursday, soldiers staged a coup in Niamey, Niger, and detained the president."),
])
def test_a_coup_is_a_strategic_development_by_mutinous_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["inter1"]) == ("Other", "Mutiny of Military Forces of Niger", "State forces")


def test_a_protest_against_a_coup_is_a_protest(code_events):
    [event] = code_events("On Thursday, hundreds of people protested in Niamey, Niger, against the coup d'etat.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Peaceful protest"


def test_mutineers_who_fight_loyal_troops_are_a_mutiny(code_events):
    [event] = code_events("On Thursday, mutinous soldiers clashed with loyalist troops in Bamako, Mali.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Mutiny of Military Forces of Mali", "Military Forces of Mali")


def test_ground_retaken_from_a_group_named_before_it_is_regained(code_events):
    text = "Les forces irakiennes ont repris mercredi à l'État islamique le contrôle de l'est de Mossoul, en Irak."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Government regains territory", "Military Forces of Iraq", "Islamic State (Iraq)")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, les FAMa ont neutralisé un engin explosif improvisé près de Gao, au Mali."),
    ("en", "On Tuesday, soldiers neutralized an improvised explosive device near Gao, Mali."),
])
def test_a_weapon_neutralised_is_disrupted_weapons_use(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["weapon"]) == ("Disrupted weapons use", 0, "IED")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Tuesday, militants fired three rockets at Sderot, Israel. The rockets were intercepted by Iron Dome.", "Disrupted weapons use"),
    ("fr", "Mardi, des militants ont tiré trois roquettes sur Sdérot, en Israël. Les roquettes ont été interceptées.", "Disrupted weapons use"),
    ("en", "On Tuesday, militants fired three rockets at Sderot, Israel. Two were intercepted, but one hit a house "
           "and wounded a woman.", "Shelling/artillery/missile attack"),   # one got through
])
def test_rockets_that_were_all_intercepted_are_disrupted_weapons_use(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["country"]) == (sub_event_type, "Israel")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Thursday, soldiers raided a village near Dikwa and arrested eleven men.", "Arrests"),
    ("fr", "Jeudi, des gendarmes ont fait une descente dans un quartier de Maradi et arrêté onze hommes.", "Arrests"),
    ("en", "On Thursday, soldiers raided a village near Dikwa and arrested eleven men, wounding two.", "Attack"),   # someone was hurt
    ("en", "On Thursday, soldiers raided a Boko Haram camp near Dikwa and arrested eleven fighters.", "Armed clash"),   # an armed camp
    # the arrests are the act, the raids how they were made
    ("en", "On Thursday, the army arrested 25 suspected members of the Islamic State in raids across Kirkuk province.", "Arrests"),
    ("en", "The Nigerian army said on Monday it had arrested 35 suspected Boko Haram suppliers in a series of raids in Borno state "
           "last week.", "Arrests"),   # was an armed clash
])
def test_a_raid_that_only_arrests_is_an_arrest(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2024-03-16")
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("text,sub_event_type", [
    ("On Thursday, the army launched a strike against AQIM positions near Tessalit, Mali.", "Armed clash"),   # by and at armed men
    ("On Thursday, jets carried out a strike on militants near Tessalit, Mali.", "Air/drone strike"),
    ("On Thursday, teachers went on strike against the new pay scale in Bamako, Mali.", "Peaceful protest"),   # a walkout
    ("On Thursday, soldiers went on strike over unpaid wages in Bamako, Mali.", "Peaceful protest"),
])
def test_a_strike_by_or_at_armed_men_is_a_fight_not_a_walkout(code_events, text, sub_event_type):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, a car bomb exploded near a checkpoint in Mogadishu, Somalia, killing five people including two soldiers."),
    ("fr", "Jeudi, une voiture piégée a explosé près d'un poste de contrôle à Mogadiscio, en Somalie, tuant cinq personnes dont deux soldats."),
])
def test_forces_named_among_a_blasts_dead_are_its_victims(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Somalia)", "Military Forces of Somalia")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, settlers attacked Palestinian farmers near Ramallah, injuring three."),
    ("fr", "Jeudi, des colons ont attaqué des agriculteurs palestiniens près de Ramallah, blessant trois d'entre eux."),
])
def test_a_demonym_that_qualifies_the_victims_names_no_forces(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert not (event["actor1"] or "").startswith("Military Forces")   # the farmers' nationality, not who attacked them


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, clashes between the army and the TPLF killed 27 people in Mekelle, Ethiopia."),
    ("en", "On 3 March 2024, troops pushed into Mekelle, Ethiopia, after heavy fighting with the TPLF that killed 27 people."),
])
def test_the_dead_of_a_fight_are_its_toll_not_a_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "TPLF: Tigray People's Liberation Front", 27)


def test_forces_that_capture_a_town_after_a_deadly_fight_regain_territory(code_events):
    text = "On 3 March 2024, Ethiopian federal forces captured Mekelle (Tigray) from the TPLF after heavy fighting that killed 27 people."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Government regains territory", "Military Forces of Ethiopia", "TPLF: Tigray People's Liberation Front", 27)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, Colombian troops recovered control of the village of El Plateado (Cauca) from FARC dissidents."),
    ("fr", "Le 3 mars 2024, l'armée colombienne a repris le contrôle du village d'El Plateado (Cauca) face aux dissidents des FARC."),
])
def test_forces_recovering_control_regain_territory(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Government regains territory", "Military Forces of Colombia", "FARC Dissidents")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, a regime helicopter dropped barrel bombs on Daraa, Syria, killing a child."),
    ("fr", "Le 3 mars 2024, un hélicoptère du régime a largué des barils d'explosifs sur Deraa, en Syrie, tuant un enfant."),
])
def test_barrel_bombs_are_dropped_from_the_air(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"], event["actor1"]) == ("Air/drone strike", "airstrike", "Military Forces of Syria")


def test_forces_firing_on_a_protest_after_a_semicolon_are_no_part_of_its_cause(code_events):
    text = ("On 3 March 2024, thousands of women protested in Tehran, Iran, after the death of a young woman in custody; "
            "security forces fired live ammunition, killing three protesters.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 3)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, party supporters set fire to a government building in Peshawar, Pakistan, following the arrest of their leader."),
    ("fr", "Le 3 mars 2024, des partisans du parti ont incendié un bâtiment public à Peshawar, au Pakistan, après l'arrestation de leur chef."),
])
def test_an_arrest_that_set_off_the_violence_is_another_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["event_type"] == "Riots"


@pytest.mark.parametrize("text,sub_event_type", [
    ("On 3 March 2024, Al Shabaab militants stormed a hotel in Mogadishu, Somalia, killing 15 people in a siege.", "Attack"),
    # armed men of the other side named: who may have fought back
    ("On 3 March 2024, gunmen besieged the mayor's house in Kandi, Benin, and were repelled by the security forces.", "Armed clash"),
])
def test_killing_named_as_surely_as_a_fight_is_an_attack_unless_someone_fought_back(code_events, text, sub_event_type):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


def test_a_patrol_passing_when_a_bomb_exploded_was_its_target(code_events):
    text = ("Two police officers were killed on Tuesday when a bomb exploded as their patrol passed in the Colombian "
            "province of Cauca, the defense ministry said, blaming dissident FARC rebels.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Remote explosive/landmine/IED", "FARC Dissidents", "Police Forces of Colombia")


def test_explosives_police_seize_are_a_disrupted_weapons_use_not_a_bombing(code_events):
    [event] = code_events("On 3 March 2024, police seized explosives in a warehouse in Kano, Nigeria.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Police Forces of Nigeria")
    # a weapon a few words below the verb that seized it is held too
    [event] = code_events("On 3 March 2024, police seized 200 kg of explosives in a warehouse in Kano, Nigeria.", "en", PUBLISHED)
    assert event["sub_event_type"] != "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, residents found the bodies of three men with gunshot wounds in Culiacan, Mexico."),
    ("fr", "Le 3 mars 2024, des habitants ont découvert les corps de trois hommes tués par balle près de Gao, au Mali."),
])
def test_who_finds_the_dead_did_not_kill_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"]) == ("Attack", "Political militia")   # unidentified gunmen, not a mob


def test_a_shootout_with_police_is_a_battle(code_events):
    [event] = code_events("On 3 March 2024, police killed a suspected robber during a shootout in Nairobi, Kenya.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Armed clash", "Police Forces of Kenya")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 3 March 2024, Al Shabaab released ten hostages it had held since January in Jilib, Somalia."),
    ("fr", "Le 3 mars 2024, les shebab ont libéré à Jilib, en Somalie, dix otages enlevés sur la route de Kismayo."),
])
def test_hostages_released_are_no_new_abduction(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Agreement", "Al Shabaab")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hamas and Israel agreed on Sunday to a four-day truce in Gaza to allow the release of hostages, Qatar's foreign ministry said."),
    ("fr", "Le Hamas et Israël ont accepté dimanche une trêve de quatre jours à Gaza pour permettre la libération des otages, selon le Qatar."),
])
def test_a_truce_for_the_release_of_hostages_is_an_agreement_not_an_abduction(code_events, lang, text):
    [event] = code_events(text, lang, "2024-10-07")
    assert (event["sub_event_type"], event["actor1"]) == ("Agreement", "Hamas Movement")   # was an abduction by Hamas


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée malienne a annoncé avoir neutralisé une trentaine de terroristes lors de frappes aériennes samedi dans la région de Ségou."),
    ("en", "The Malian army said it neutralised about 30 terrorists in airstrikes on Saturday in the Segou region."),
])
def test_fighters_neutralised_in_air_strikes_make_an_air_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2024-02-12")
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Air/drone strike", "Military Forces of Mali", 30)


@pytest.mark.parametrize("lang,text", [
    ("en", "On 2 July 2023, the Houthis announced the establishment of a new military base near Hodeidah port."),
    ("fr", "Le 2 juillet 2023, les rebelles ont annoncé l'installation d'une nouvelle base militaire près de Kidal."),
])
def test_a_new_base_is_established_by_one_side_alone(code_events, lang, text):
    [event] = code_events(text, lang, "2023-07-03")
    assert (event["sub_event_type"], event["actor2"]) == ("Headquarters or base established", None)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Plusieurs milliers d'agriculteurs ont manifesté mardi à Bruxelles. Des heurts ont éclaté avec la police, qui a fait usage de canons à eau."),
    ("en", "Thousands of farmers protested in Brussels on Tuesday. Clashes broke out with police, who used water cannon."),
])
def test_a_water_cannon_is_no_artillery(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-06")
    assert (event["sub_event_type"], event["weapon"]) == ("Violent demonstration", "other")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 5 mars 2023, le M23 s'est retiré de la localité de Kibumba, au Nord-Kivu, remise à la force régionale de l'EAC."),
    ("en", "On 5 March 2023, M23 rebels withdrew from Kibumba in North Kivu, handing it over to the EAC regional force."),
])
def test_a_group_that_withdraws_from_a_town_transfers_it_without_violence(code_events, lang, text):
    [event] = code_events(text, lang, "2023-03-08")
    assert (event["sub_event_type"], event["actor1"]) == ("Non-violent transfer of territory", "M23: March 23 Movement")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 4 mars 2023, une bagarre entre supporters de football a fait un mort à Abidjan."),
    ("en", "On 4 March 2023, a brawl between rival football fans left one dead in Lagos."),
])
def test_a_brawl_between_fans_is_mob_violence(code_events, lang, text):
    [event] = code_events(text, lang, "2023-03-08")
    assert (event["sub_event_type"], event["inter1"], event["fatalities"]) == ("Mob violence", "Rioters", 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hezbollah fired dozens of rockets at northern Israel on Sunday, the Israeli military said, after an Israeli strike "
           "killed a Hezbollah commander in southern Lebanon on Saturday."),
    ("fr", "Le Hezbollah a tiré dimanche des dizaines de roquettes sur le nord d'Israël, après qu'une frappe israélienne a tué "
           "un commandant du Hezbollah samedi."),
])
def test_an_event_the_report_came_after_is_not_its_event(code_events, lang, text):
    [event] = code_events(text, lang, "2024-06-10")
    assert (event["sub_event_type"], event["actor1"], event["event_date"].isoformat(), event["country"]) == (
        "Shelling/artillery/missile attack", "Hezbollah", "2024-06-09", "Israel")


def test_a_death_after_a_vehicle_hit_a_mine_is_the_mines(code_events):
    # "after his vehicle hit": how the legionnaire died, the same event
    [event] = code_events("A French legionnaire was killed on Monday after his armoured car hit an explosive device near Gao, Mali.",
                          "en", "2024-06-11")
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 1)


def test_a_spot_in_the_town_is_the_same_protest(code_events):
    events = code_events("Des milliers de manifestants ont défilé mardi à Dakar pour réclamer la tenue de l'élection. La police a "
                         "dispersé les manifestants au gaz lacrymogène près de la place de la Nation.", "fr", "2024-04-03")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Protest with intervention", "Dakar")]


def test_a_report_that_names_the_region_first_and_the_town_after_is_one_event(code_events):
    events = code_events("Des hommes armés ont enlevé mardi sept enseignants dans la région du Nord-Ouest du Cameroun. Les "
                         "enseignants ont été enlevés dans une école à Kumbo, selon l'Église.", "fr", "2020-11-05")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Abduction/forced disappearance", "Kumbo")]


def test_protesters_who_set_a_building_on_fire_riot(code_events):
    [event] = code_events("On 24 June 2024, thousands of protesters forced their way into the parliament in Nairobi (Nairobi), setting "
                          "part of the building on fire. Police opened fire, killing at least 4 protesters.", "en", "2024-06-25")
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Violent demonstration", "Rioters (Kenya)", 4)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles du M23 ont lancé jeudi une offensive contre les positions de l'armée congolaise près de Sake."),
    ("en", "M23 rebels on Thursday launched an offensive against army positions near Sake, local sources said."),
])
def test_an_offensive_against_positions_is_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, "2024-10-25")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo")


def test_rioters_arrested_are_one_riot_and_a_stance_is_no_country_acting(code_events):
    events = code_events("On 1 February 2024, pro-Palestinian protesters blocked traffic on a bridge in Chicago (Cook, Illinois). "
                         "Police arrested 9 people.", "en", "2024-02-02")
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Violent demonstration", "Rioters (United States)", "Police Forces of the United States")]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 11 March 2024, unknown men threw petrol bombs at the offices of an opposition party in Tbilisi. Nobody was hurt."),
    ("fr", "Des inconnus ont lancé lundi soir des cocktails Molotov contre le siège d'un parti d'opposition à Conakry, sans faire de blessés."),
])
def test_fire_bombs_thrown_at_a_building_destroy_property(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-12")
    assert (event["sub_event_type"], event["weapon"]) == ("Looting/property destruction", "arson")


def test_ground_taken_first_is_the_sub_event_type_of_the_battle_that_killed(code_events):
    text = ("Al Shabaab fighters overran a military base in Mahas, Somalia, on Tuesday after heavy fighting with Somali troops. "
            "The government said 30 militants were killed, while the group claimed to have killed 20 soldiers.")
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une quinzaine de personnes ont été blessées samedi lors d'échauffourées entre supporters et policiers à Abidjan."),
    ("en", "About 15 people were injured on Saturday in scuffles between fans and police in Abidjan, Ivory Coast."),
])
def test_scuffles_with_the_police_are_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-18")
    assert (event["event_type"], event["actor2"]) == ("Riots", "Police Forces of the Ivory Coast")


@pytest.mark.parametrize("text", [
    "Les troupes mozambicaines et rwandaises ont repris mercredi la ville de Mocimboa da Praia, au Mozambique, aux insurgés.",
    "L'armée a repris mercredi la ville de Mocimboa da Praia, au Mozambique, aux insurgés.",
])
def test_ground_taken_is_found_when_a_weekday_stands_between_the_verb_and_the_town(code_events, text):
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"]) == ("Government regains territory", "Military Forces of Mozambique")


def test_a_base_handed_over_in_french_changes_hands_without_a_fight(code_events):
    [event] = code_events("L'armée française a remis lundi sa dernière base de Gao, au Mali, à l'armée malienne.", "fr", "2024-03-15")
    assert (event["actor1"], event["actor2"], event["sub_event_type"]) == (
        "Military Forces of France", "Military Forces of Mali", "Non-violent transfer of territory")


def test_soldiers_who_mutiny_in_french_riot_as_a_demonstration(code_events):
    text = "Des soldats se sont mutinés lundi à Ouagadougou, au Burkina Faso, tirant des coups de feu dans plusieurs camps militaires."
    [event] = code_events(text, "fr", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"]) == ("Violent demonstration", "Rioters (Burkina Faso)")


def test_a_protest_named_as_why_someone_was_killed_is_no_protest(code_events):
    for lang, text in (("en", "Ambazonian separatists killed a teacher in Kumba, Cameroon, on Monday for defying a school boycott."),
                       ("fr", "Des séparatistes ont tué lundi un enseignant à Kumba, au Cameroun, pour avoir défié le boycott scolaire.")):
        [event] = code_events(text, lang, "2024-03-15")
        assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Attack", "Civilians (Cameroon)", 1), lang


def test_arrested_for_organising_a_protest_is_an_arrest_and_shot_for_protesting_is_force_against_protesters(code_events):
    [arrest] = code_events("Police arrested 12 activists in Kampala, Uganda, on Monday for organising a protest.", "en", "2024-03-15")
    [shot] = code_events("Police shot dead two men in Kampala, Uganda, on Monday for protesting against the election results.", "en", "2024-03-15")
    assert (arrest["sub_event_type"], shot["sub_event_type"]) == ("Arrests", "Excessive force against protesters")


@pytest.mark.parametrize("lang,text,sub,weapon", [
    ("en", "The RSF bombarded the city of El Fasher on Monday, killing 10 civilians.", "Shelling/artillery/missile attack", "artillery"),
    ("fr", "Les FSR ont bombardé lundi la ville d'El-Facher, tuant 10 civils.", "Shelling/artillery/missile attack", "artillery"),   # was an air strike
    ("fr", "L'armée a bombardé lundi des positions des FSR à Omdurman.", "Shelling/artillery/missile attack", "artillery"),
    ("fr", "L'aviation soudanaise a bombardé lundi des positions des FSR à Omdurman.", "Air/drone strike", "airstrike"),
    ("en", "Sudanese army jets bombarded RSF positions in Omdurman on Monday.", "Air/drone strike", "airstrike"),
])
def test_a_bombardment_is_shelling_unless_an_aircraft_is_named(code_events, lang, text, sub, weapon):
    [event] = code_events(text, lang, "2024-03-05")
    assert (event["sub_event_type"], event["weapon"]) == (sub, weapon)


def test_a_ship_struck_at_sea_is_off_the_coast_not_in_a_region_named_like_the_sea(code_events):
    [event] = code_events("Houthi rebels launched a missile at a commercial ship in the Red Sea off the coast of Yemen on Sunday.", "en", "2024-08-05")
    assert event["country"] == "Yemen"   # was Port Sudan, the seat of Sudan's Red Sea state


@pytest.mark.parametrize("lang,text,weapon", [
    ("en", "Chadian army helicopters bombed rebel positions near Zouar, Chad, on Thursday.", "airstrike"),
    ("en", "A drone dropped a bomb on a market in Djibo, Burkina Faso, on Thursday, killing four people.", "drone"),
    ("fr", "Un drone a largué jeudi une bombe sur un marché de Djibo, au Burkina Faso, tuant quatre personnes.", "drone"),
])
def test_a_bomb_dropped_by_an_aircraft_or_a_drone_is_an_air_strike(code_events, lang, text, weapon):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", weapon)


def test_a_bomb_with_no_aircraft_stays_an_explosive_device(code_events):
    [event] = code_events("A bomb exploded in a market in Djibo, Burkina Faso, on Thursday, killing four people.", "en", "2024-03-15")
    assert (event["sub_event_type"], event["weapon"]) == ("Remote explosive/landmine/IED", "IED")


@pytest.mark.parametrize("lang,text", [
    ("en", "Somali forces backed by US airstrikes recaptured the town of Mahaas, Somalia, from al-Shabaab on Thursday."),
    ("en", "Malian troops, supported by air strikes, attacked militant positions near Gao, Mali, on Friday."),
])
def test_air_support_of_a_ground_operation_does_not_type_it(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["event_type"] == "Battles" and event["actor2"] in ("Al Shabaab", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexican authorities found the bodies of 11 people in a clandestine grave in Guanajuato, Mexico, on Friday. No arrests have been made."),
    ("fr", "Les corps de onze personnes ont été découverts vendredi dans une fosse à Guanajuato, au Mexique. Aucune arrestation n'a eu lieu."),
])
def test_no_arrests_made_is_no_arrest(code_events, lang, text):
    assert "Arrests" not in {e["sub_event_type"] for e in code_events(text, lang, "2024-03-15")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Police had come to Gao on Tuesday to calm tension between traders and to arrest a farmer."),
    ("fr", "Les gendarmes étaient venus à Gao mardi pour arrêter le chef du village."),
])
def test_an_arrest_the_forces_came_to_make_is_no_arrest(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of women marched in Bamako on Tuesday to call for the freeing of their husbands, soldiers detained since the May coup."),
    ("fr", "Des centaines de femmes ont marché mardi à Bamako pour réclamer la libération de leurs maris, des militaires détenus depuis mai."),
])
def test_a_detention_told_with_its_start_is_no_arrest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Peaceful protest", None)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, unidentified assailants threw acid at a woman in Lahore, Pakistan, injuring her."),
    ("fr", "Mardi, un homme a jeté de l'acide sur une étudiante à Lahore, au Pakistan, la blessant grièvement."),
])
def test_an_acid_attack_is_an_attack(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)   # was no event
    assert (event["sub_event_type"], event["weapon"], event["injuries"]) == ("Attack", "other", 1)


def test_clashes_with_police_after_a_demonstration_are_the_demonstrations(code_events):
    text = ("In Peru, protesters blocked roads in the southern region of Puno on Tuesday, demanding the president's resignation. "
            "Clashes with police left 10 people injured.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["injuries"]) == ("Violent demonstration", 10)   # was mob violence


def test_a_negated_attack_is_no_event(code_events):
    assert code_events("The soldiers were not attacked on Friday in Gao, Mali, the army said.", "en", "2024-03-15") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Bangladeshi police fired rubber bullets at garment workers protesting unpaid wages in Gazipur, Bangladesh, on Monday, injuring 20."),
    ("fr", "La police a tiré lundi des balles en caoutchouc sur des ouvriers qui manifestaient à Gazipur, au Bangladesh, blessant 20 personnes."),
])
def test_rubber_bullets_fired_at_protesters_are_an_intervention(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Bangladesh")


def test_a_truce_agreed_in_french_is_an_agreement_and_a_football_break_is_not(code_events):
    [event] = code_events("Le gouvernement haïtien et les chefs de gangs ont conclu vendredi une trêve à Port-au-Prince.", "fr", "2024-03-15")
    assert (event["sub_event_type"], event["actor1"]) == ("Agreement", "Government of Haiti")   # the parties in the text's order
    assert code_events("Déjà buteur en sélection, le jeune milieu a de nouveau marqué samedi à Monaco.", "fr", "2024-03-15") == []


def test_french_shell_fire_is_shelling_not_a_gunfight(code_events):
    [event] = code_events("Des tirs d'obus ont visé vendredi le camp de la Minusca à Bria, en Centrafrique, sans faire de victimes.", "fr", "2024-03-15")
    assert (event["sub_event_type"], event["weapon"]) == ("Shelling/artillery/missile attack", "artillery")


def test_a_riot_after_a_killing_by_a_named_officer_does_not_take_its_toll(code_events):
    text = ("Youths clashed with police in Nanterre, France, on Tuesday after a teenager was shot dead by an officer at a traffic stop. "
            "Cars were torched and 12 officers were injured.")
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["event_type"], event["fatalities"]) == ("Riots", 0)


def test_houses_burned_in_retaliation_for_an_attack_are_property_destruction(code_events):
    for lang, text in (("en", "Cameroonian soldiers burned houses in Bamenda, Cameroon, on Tuesday in retaliation for a separatist attack."),
                       ("fr", "Des soldats camerounais ont incendié mardi des maisons à Bamenda, au Cameroun, en représailles à une attaque séparatiste.")):
        [event] = code_events(text, lang, "2024-03-15")
        assert (event["sub_event_type"], event["actor2"]) == ("Looting/property destruction", "Civilians (Cameroon)"), lang


@pytest.mark.parametrize("lang,text", [
    ("en", "Kenyan police said on Monday they had arrested three suspected Al Shabaab members planning attacks in Mombasa, Kenya."),
    ("fr", "La police a arrêté lundi à Mombasa, au Kenya, trois membres présumés des shebab qui préparaient des attaques."),
])
def test_militants_arrested_while_planning_attacks_are_an_arrest(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Al Shabaab")


def test_a_province_named_like_one_of_its_districts_is_the_province(code_events):
    text = "Congolese army troops retook the town of Rubaya in North Kivu from M23 rebels on Tuesday after two days of fierce fighting."
    [event] = code_events(text, "en", "2024-03-15")
    assert (event["admin1"], event["location"], event["geo_precision"]) == ("North Kivu", "Goma", 3)


def test_a_march_past_is_a_protest_only_with_its_cause(code_events):
    [march] = code_events("Plusieurs milliers de personnes ont défilé mardi à Paris contre la réforme des retraites.", "fr", "2023-03-28")
    assert march["sub_event_type"] == "Peaceful protest"   # was no event
    assert code_events("Les troupes ont défilé vendredi sur les Champs-Élysées pour le 14 juillet.", "fr", "2023-07-15") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des heurts ont éclaté mardi à Paris en fin de cortège entre des black blocs et les forces de l'ordre."),
    ("en", "Black bloc protesters clashed with police at the end of the march in Paris on Tuesday."),
])
def test_black_blocs_fighting_the_police_at_a_march_are_rioters(code_events, lang, text):
    [event] = code_events(text, lang, "2023-03-28")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (France)", "Police Forces of France")


def test_ground_seized_then_left_after_deadly_fighting_is_no_peaceful_handover(code_events):
    [event] = code_events("Al Shabaab fighters briefly seized the town of Mahas, Somalia, on Saturday before withdrawing; "
                          "at least 7 soldiers and 20 militants were killed in the fighting.", "en", "2024-03-11")
    assert (event["sub_event_type"], event["fatalities"]) == ("Non-state actor overtakes territory", 27)   # was a non-violent transfer, 0 dead


@pytest.mark.parametrize("lang,text", [
    ("en", "The army recovered weapons and ammunition during a search in the forest near Djibo, Burkina Faso, on Saturday without any clashes."),
    ("fr", "L'armée a récupéré des armes lors d'une fouille samedi près de Djibo, au Burkina Faso, sans affrontement."),
])
def test_arms_recovered_without_a_clash_are_a_seizure_not_a_battle(code_events, lang, text):
    [event] = code_events(text, lang, "2024-02-12")
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of Burkina Faso")   # was an Armed clash


def test_a_town_taken_without_a_fight_is_still_taken_without_one(code_events):
    [event] = code_events("Rebels took control of the town of Kidal, Mali, on Saturday without a fight.", "en", "2024-02-12")
    assert event["sub_event_type"] == "Non-violent transfer of territory"   # "without" negates no word of its own phrase


@pytest.mark.parametrize("lang,text", [
    ("en", "Two rival factions of the ruling party fought with sticks and stones in the town of Kasama, Zambia, on Saturday, leaving one person dead."),
    ("fr", "Des affrontements entre militants de deux partis politiques ont fait deux blessés dimanche à Lomé, au Togo."),
])
def test_crowds_that_fight_each_other_are_rioters_on_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Mob violence", "Rioters", "Rioters")   # was Civilians, or a clash of armed men


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Gunmen believed to belong to JNIM intercepted a lorry on the road from Djibo to Mentao on 18 August 2020 and took its goods.", "Looting/property destruction"),
    ("en", "On 30 August 2020, troops intercepted a band of JNIM fighters near Djibo and recovered stolen cattle.", "Armed clash"),
    ("fr", "La marine israélienne a intercepté dimanche un navire humanitaire au large de Gaza et arrêté les militants à son bord.", "Arrests"),
    ("en", "Air defences intercepted 20 Russian drones over Kyiv overnight, officials said on Monday.", "Disrupted weapons use"),   # a weapon stopped
])
def test_intercepting_vehicles_or_people_is_no_disrupted_weapon_use(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2020-09-01")
    assert event["sub_event_type"] == sub_event_type


def test_a_convoy_of_displaced_people_carries_civilians(code_events):
    [event] = code_events("On 4 October 2020, suspected JNIM militants stopped a convoy of IDPs near Pissila and executed 15 men.", "en", "2020-10-06")
    assert (event["sub_event_type"], event["inter2"], event["fatalities"]) == ("Attack", "Civilians", 15)   # was a clash with the army


def test_a_cue_after_the_trigger_qualifies_what_follows_it(code_events):
    [event] = code_events("The Arakan Army said on Sunday it had captured the town of Thandwe after weeks of fighting with the junta.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "ULA/AA: United League of Arakan/Arakan Army")   # "weeks of" made it background


@pytest.mark.parametrize("lang,text", [
    ("fr", "La gendarmerie a saisi une importante quantité d'armes et de munitions lors d'une perquisition vendredi à Zinder."),
    ("en", "Police seized a large cache of weapons during a search in Zinder on Friday."),
])
def test_a_quantity_of_arms_seized_is_a_disrupted_weapon_use(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Disrupted weapons use"   # was no event


@pytest.mark.parametrize("lang,text", [
    ("en", "ISGS fighters clashed with each other near Tin-Akof, Burkina Faso, on Sunday over the control of a gold mine."),
    ("fr", "Des combattants de l'EIGS se sont affrontés entre eux dimanche près de Tin-Akof, au Burkina Faso."),
    ("en", "Libyan armed groups clashed in Tripoli on Sunday night, leaving five people dead."),
])
def test_a_group_that_fought_itself_is_on_both_sides(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"
    assert event["actor1"] is not None and event["actor2"] == event["actor1"]   # was no actor2


def test_an_assault_on_a_base_with_mortars_and_small_arms_is_a_battle(code_events):
    [event] = code_events("Al Shabaab militants attacked an army base in Afgooye, Somalia, with mortars and small arms on Thursday.",
                          "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Armed clash", "State forces")   # was a shelling


@pytest.mark.parametrize("text,sub_event_type", [
    ("Thousands of people marched on parliament in Kathmandu, Nepal, on Tuesday. Police opened fire, killing 19 people.",
     "Excessive force against protesters"),   # was a peaceful protest with no dead
    ("Protesters set fire to the parliament building in Kathmandu, Nepal, on Tuesday. Police opened fire, killing 19 people.",
     "Violent demonstration"),   # rioters shot at are still rioting; was an attack on civilians
])
def test_the_forces_killing_at_a_demonstration_is_the_demonstrations(code_events, text, sub_event_type):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["inter2"]) == (sub_event_type, 19, "State forces")


def test_french_strikes_are_air_strikes_only_as_a_noun(code_events):
    [event] = code_events("L'armée israélienne a mené dans la nuit de mardi à mercredi des frappes sur la banlieue sud de Beyrouth.",
                          "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Israel")   # was no event
    assert code_events("La sécheresse qui frappe cette région du Tchad depuis des mois inquiète les éleveurs.", "fr", PUBLISHED) == []


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("fr", "Des dahalo (voleurs de zébus) ont attaqué le village d'Ambatomainty, à Madagascar, dans la nuit de dimanche, tuant trois "
           "villageois.", "Attack"),   # the thieves attacked: was mob violence, as if a crowd had punished them
    ("fr", "Des villageois ont battu à mort deux voleurs de bétail samedi à Kaya, au Burkina Faso.", "Mob violence"),
])
def test_thieves_who_attack_are_not_punished_by_a_crowd(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type


def test_a_group_that_announces_its_own_news_is_its_actor(code_events):
    [event] = code_events("Non-violent activity: On 12 June 2023, the TTP announced the formation of a new wing in Khyber district "
                          "(Khyber, Khyber Pakhtunkhwa).", "en")
    assert (event["event_type"], event["actor1"]) == ("Strategic developments", "TTP: Tehreek-i-Taliban Pakistan")   # was none


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces struck the city of Sumy with guided aerial bombs on Saturday, killing two people."),
    ("fr", "Les forces russes ont frappé la ville de Soumy avec des bombes aériennes guidées samedi, tuant deux personnes."),
])
def test_bombs_dropped_from_the_air_are_an_air_strike(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", "airstrike")   # was an IED


def test_attackers_and_soldiers_killed_together_make_a_battle(code_events):
    [event] = code_events("On 20 March 2024, BLA militants attacked the port authority complex in Gwadar (Gwadar, Balochistan). "
                          "All 8 attackers and 2 soldiers were killed.", "en")
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Armed clash", "Military Forces of Pakistan", 10)
    # was an attack on civilians: the dead attackers were taken for the target


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "FARC dissidents abducted three soldiers near Tame, Colombia, on Tuesday.", "Military Forces of Colombia"),
    ("fr", "Des hommes armés ont enlevé deux gendarmes mardi près de Kidal, au Mali.", "Police Forces of Mali Gendarmerie"),
    ("en", "Twelve Nigerien soldiers taken hostage on Tuesday after their patrol was ambushed near Tillia, Niger.", "Military Forces of Niger"),
])
def test_forces_taken_on_duty_are_taken_in_a_fight(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)   # was an abduction of civilians
    assert event["inter1"] != "State forces"   # the soldiers taken did not take anyone


def test_an_off_duty_gendarme_taken_is_a_civilian(code_events):
    [event] = code_events("Unknown gunmen abducted an off-duty gendarme at his home in Dori, Burkina Faso, on Tuesday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Abduction/forced disappearance", "Civilians")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une trentaine de morts parmi les soldats après une attaque contre un camp militaire à Djibo, au Burkina Faso, mardi."),
    ("fr", "Une attaque contre un camp militaire à Djibo, au Burkina Faso, a fait mardi une trentaine de morts parmi les soldats."),
])
def test_the_dead_among_soldiers_are_the_soldiers_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Armed clash", "Military Forces of Burkina Faso", 30)
    assert event["inter1"] != "State forces"   # was the army attacking civilians, or fighting itself


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins douze personnes ont péri dimanche dans l'incendie criminel d'un marché à Bunia, en RDC."),
    ("en", "At least twelve people died in an arson attack on a market in Bunia, DR Congo, on Sunday."),
])
def test_deadly_arson_is_an_attack(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["weapon"]) == ("Attack", 12, "arson")   # was no event


def test_an_accidental_fire_is_no_event(code_events):
    assert code_events("Un incendie accidentel a détruit dimanche une partie du marché central de Bunia, en RDC.", "fr", PUBLISHED) == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois policiers ont été blessés mardi à Nouméa lors d'affrontements avec des émeutiers qui ont incendié plusieurs commerces."),
    ("en", "Three police officers were injured on Tuesday in Noumea during clashes with rioters who set fire to several shops."),
])
def test_forces_hurt_in_clashes_with_rioters_make_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-22")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Violent demonstration", "Rioters (New Caledonia)", "Police Forces of New Caledonia")   # was a battle with an armed group


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired tear gas shells at farmers marching toward New Delhi on Tuesday, injuring several protesters."),
    ("fr", "Les forces de l'ordre ont lancé des obus lacrymogènes sur les manifestants mardi à Dakar."),
    ("fr", "La police a tiré des grenades lacrymogènes sur des manifestants mardi à Dakar."),
])
def test_tear_gas_shells_and_grenades_are_a_protest_intervention(code_events, lang, text):
    [event] = code_events(text, lang, "2024-02-14")
    assert (event["sub_event_type"], event["weapon"]) == ("Protest with intervention", "tear_gas")   # was a shelling, or a grenade


def test_what_a_demonstration_was_against_is_no_side_in_it(code_events):
    [event] = code_events("Protesters in Conakry clashed with security forces on Thursday during a demonstration against the military "
                          "junta, leaving one teenager dead from a gunshot wound, the opposition coalition said.", "en", "2023-09-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Guinea")   # was the junta's military
    assert (event["fatalities"], event["injuries"]) == (1, None)   # the wound is what the teenager died of: was 1 injured


@pytest.mark.parametrize("lang,text", [
    ("en", "On 22 July 2023, the Colombian army seized 2 tonnes of explosives belonging to FARC dissidents in Jamundi, Colombia."),
    ("en", "On 5 May 2023, soldiers seized a cache of rifles and ammunition in a raid near Kidal, Mali."),
    ("fr", "L'armée malienne a saisi samedi une importante quantité d'armes et de munitions dans une cache près de Mopti."),
])
def test_weapons_seized_by_forces_are_a_disrupted_weapons_use(code_events, lang, text):
    [event] = code_events(text, lang, "2023-07-23")
    assert event["sub_event_type"] == "Disrupted weapons use"   # was looting, or an attack for the raid


def test_a_trader_whose_motorbike_was_seized_was_robbed_not_abducted(code_events):
    [event] = code_events("Gunmen seized the motorbike of a trader on the road to Nara, Mali, on Friday and also took his goats.",
                          "en", "2018-11-06")
    assert event["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "On 14 April 2023, the RSF and SAF signed a 72-hour ceasefire agreement in Khartoum, Sudan.",
     ("RSF: Rapid Support Forces", "Military Forces of Sudan")),
    ("fr", "Le gouvernement malien et le CSP-PSD ont signé samedi un accord de cessez-le-feu à Kidal.",
     ("Government of Mali", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development")),   # in the text's order
])
def test_the_parties_named_together_to_an_agreement_are_its_two_sides(code_events, lang, text, actors):
    [event] = code_events(text, lang, "2023-12-11")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Agreement", *actors)   # actor2 was empty


def test_weapons_seized_in_an_attack_are_its_loot_not_a_disrupted_weapons_use(code_events):
    [event] = code_events("JNIM fighters raided a camp of Dozo hunters near Koro, Mali, on Tuesday, and three hunters died in the "
                          "fighting. The fighters then seized a rifle and several motorbikes.", "en", "2020-08-07")
    assert event["event_type"] == "Battles"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Hezbollah a lancé dimanche des dizaines de roquettes sur le nord d'Israël, en riposte à une frappe israélienne qui a "
           "tué deux de ses combattants samedi à Naqoura, dans le sud du Liban."),
    ("en", "Hezbollah launched dozens of rockets at northern Israel on Sunday."),
])
def test_rockets_launched_by_the_dozen_are_a_shelling(code_events, lang, text):
    [event] = code_events(text, lang, "2024-07-22")
    assert (event["sub_event_type"], event["actor1"], event["event_date"].isoformat(), event["country"]) == (
        "Shelling/artillery/missile attack", "Hezbollah", "2024-07-21", "Israel")   # was a clash in Naqoura, the strike it answered


def test_arrests_told_before_the_riot_are_the_riot_s(code_events):
    events = code_events("Police in Nairobi arrested 30 people on Monday after protests over rising fuel prices turned violent. "
                         "Protesters burned tyres and blocked roads in several parts of the city.", "en", "2023-10-16")
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [("Violent demonstration", "Police Forces of Kenya")]   # was two events


@pytest.mark.parametrize("text,sub_event_type,fatalities", [
    ("Un attentat a fait trois morts samedi dans un marché de Maiduguri, au Nigeria.", "Attack", 3),
    ("Un attentat à la voiture piégée a tué sept personnes samedi à Mogadiscio, en Somalie.", "Remote explosive/landmine/IED", 7),
])
def test_an_attentat_is_an_attack_typed_by_its_weapon(code_events, text, sub_event_type, fatalities):
    [event] = code_events(text, "fr", "2024-04-22")
    assert (event["sub_event_type"], event["fatalities"]) == (sub_event_type, fatalities)   # the first was no event


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les supporters ont observé samedi une minute de silence en hommage aux morts de l'attentat de Nice avant le coup d'envoi."),
    ("en", "Fans observed a minute of silence in tribute to the victims of the Paris attacks before the match on Saturday."),
])
def test_a_tribute_to_victims_recalls_their_attack(code_events, lang, text):
    assert code_events(text, lang, "2015-11-22") == []


@pytest.mark.parametrize("lang,text,events", [
    ("en", "Gunmen burned houses in a village near Dapaong, Togo, on Monday, residents said.", 1),
    ("en", "A storm hit Dapaong, Togo, on Monday, destroying homes.", 0),
    ("fr", "Une tempête a frappé lundi Dapaong, au Togo, détruisant des maisons.", 0),
])
def test_a_storm_that_destroys_homes_is_weather(code_events, lang, text, events):
    assert len(code_events(text, lang, "2024-05-08")) == events


@pytest.mark.parametrize("lang,text,subs", [
    ("en", "Gunmen attacked the village of Tin-Hama near Ansongo, Mali, on Sunday. Four herders were abducted.", ["Abduction/forced disappearance"]),
    ("fr", "Des hommes armés ont attaqué dimanche le village de Tin-Hama près d'Ansongo, au Mali. Quatre éleveurs ont été enlevés.",
     ["Abduction/forced disappearance"]),
    # a raid that killed is an attack, and its abductions an event apart
    ("en", "Gunmen attacked the village of Tin-Hama near Ansongo, Mali, on Sunday, killing two men. Four herders were abducted.",
     ["Attack", "Abduction/forced disappearance"]),
])
def test_a_raid_that_harmed_no_one_is_the_abduction_told_after_it(code_events, lang, text, subs):
    assert [e["sub_event_type"] for e in code_events(text, lang, "2024-05-08")] == subs   # was an attack and an abduction



@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "The Burkinabe army recovered the town of Djibo from JNIM fighters on Saturday after two days of fighting.",
     "Government regains territory"),
    ("fr", "L'armée burkinabè a libéré samedi la ville de Djibo, tenue par le JNIM, après deux jours de combats.", "Government regains territory"),
    # bodies recovered are no ground
    ("en", "The army recovered the bodies of 12 villagers killed by gunmen in the village of Solenzo, Burkina Faso, on Sunday.", "Attack"),
])
def test_a_town_recovered_or_liberated_is_ground_regained(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2024-07-01")
    assert event["sub_event_type"] == sub_event_type   # the first two were a clash


def test_how_to_take_a_town_is_a_plan(code_events):
    assert code_events("The rebels were already planning how they would liberate the capital, Damascus, their commander said.",
                       "en", "2012-09-22") == []


@pytest.mark.parametrize("lang,text,sub_event_type,weapon", [
    ("en", "On 12 March 2026, the Nigerian Air Force bombed bandit camps near Maru, Zamfara, killing over 40 bandits.", "Air/drone strike", "airstrike"),
    ("fr", "L'armée de l'air nigériane a bombardé jeudi des camps de bandits près de Maru, dans l'État de Zamfara, tuant 40 bandits.",
     "Air/drone strike", "airstrike"),
    # an air force base attacked on the ground
    ("en", "Gunmen attacked an air force base in Kaduna, Nigeria, on Thursday, killing two airmen.", "Armed clash", "firearm"),
    ("fr", "Des hommes armés ont attaqué jeudi une base de l'armée de l'air à Kaduna, au Nigeria, tuant deux militaires.", "Armed clash", "firearm"),
])
def test_an_air_force_that_bombs_strikes_from_the_air(code_events, lang, text, sub_event_type, weapon):
    [event] = code_events(text, lang, "2026-03-14")
    assert (event["sub_event_type"], event["weapon"]) == (sub_event_type, weapon)   # was an IED; the base was an air strike


@pytest.mark.parametrize("lang,text", [
    ("en", "The government and the rebel alliance signed a ceasefire agreement in Luanda on Tuesday, ending two months of fighting."),
    ("fr", "Le gouvernement et les rebelles ont signé mardi à Luanda un accord de cessez-le-feu qui met fin à deux mois de combats."),
])
def test_an_agreement_ending_months_of_fighting_is_the_agreement(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-02")
    assert event["sub_event_type"] == "Agreement"   # was no event (the recalled fighting), or an armed clash


@pytest.mark.parametrize("lang,text", [
    ("en", "The army shelled Omdurman, Sudan, on Sunday, killing five civilians, while RSF drones hit Atbara, wounding three."),
    ("fr", "L'armée a bombardé Omdurman, au Soudan, dimanche, tuant cinq civils, tandis que des drones des FSR ont frappé Atbara, "
           "blessant trois personnes."),
])
def test_a_clause_of_other_strikers_in_another_town_is_another_event(code_events, lang, text):
    events = sorted(code_events(text, lang, "2026-03-10"), key=lambda e: e["location"])
    assert [(e["location"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Atbara", "RSF: Rapid Support Forces", 0), ("Omdurman", "Military Forces of Sudan", 5)]   # was one event, at Atbara


@pytest.mark.parametrize("text", [
    "On 7 March 2026, gunmen attacked a camp near Menaka, Mali, killing four herders while six others went missing.",
    "On 7 March 2026, militiamen attacked a group of traders near Bankass, Mali; one was shot dead while three others ran to Bombou.",
])
def test_a_while_clause_of_the_same_event_is_no_event_of_its_own(code_events, text):
    assert len(code_events(text, "en", "2026-03-10")) == 1


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Gang members set fire to a police station in Port-au-Prince on Thursday, police said. Two officers were killed.",
     "Police Forces of Haiti"),   # was an attack on civilians
    ("fr", "Des hommes armés ont incendié jeudi un commissariat à Mopti. Deux agents ont été tués.", "Police Forces of Mali"),
])
def test_deaths_no_victim_is_named_for_in_an_attack_on_forces_are_a_battle(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-02-02")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)


def test_deaths_of_civilians_in_an_attack_on_a_police_station_stay_an_attack(code_events):
    [event] = code_events("Gunmen set fire to a police station in Kaduna on Thursday. Two passers-by were killed.", "en", "2024-02-02")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested 30 opposition supporters in Harare on Saturday ahead of a planned rally."),   # was a protest
    ("fr", "La police a arrêté samedi 30 partisans de l'opposition à Conakry à la veille d'une marche de l'opposition."),
])
def test_arrests_ahead_of_a_protest_are_arrests(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-05")
    assert event["sub_event_type"] == "Arrests"


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée soudanaise a repris mardi aux FSR le siège de la radio-télévision à Omdourman."),   # was no event
    ("en", "The Sudanese army recaptured the airport of Omdurman from the RSF on Tuesday."),
])
def test_forces_that_retake_a_headquarters_or_an_airport_regain_territory(code_events, lang, text):
    [event] = code_events(text, lang, "2024-04-10")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Government regains territory", "Military Forces of Sudan", "RSF: Rapid Support Forces")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Neuf corps ont été retrouvés dimanche dans l'État de Zacatecas, au Mexique."),   # was no event
    ("fr", "La police a découvert dimanche les corps de neuf personnes à Zacatecas, au Mexique."),
    ("en", "Mexican police found the bodies of nine people in Zacatecas on Sunday."),   # was an attack by the police
])
def test_bodies_found_are_people_killed_by_whoever_killed_them(code_events, lang, text):
    [event] = code_events(text, lang, "2024-05-20")
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Attack", "Unidentified Armed Group (Mexico)", 9)


def test_a_corps_that_is_a_force_is_no_body(code_events):
    assert code_events("Le Corps des gardiens de la révolution a annoncé dimanche de nouvelles manœuvres à Téhéran.", "fr", "2024-05-20") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée nigériane a libéré dimanche 25 écoliers enlevés dans l'État de Kaduna."),   # was an abduction by the army
    ("en", "Nigerian troops rescued 25 kidnapped schoolchildren in Kaduna State on Sunday."),
])
def test_captives_freed_by_forces_were_not_taken_by_them(code_events, lang, text):
    assert all(e["sub_event_type"] != "Abduction/forced disappearance" for e in code_events(text, lang, "2024-05-20"))


@pytest.mark.parametrize("lang,text", [
    ("en", "A Nigerian army helicopter crashed in Niger State on Monday; the cause of the accident is unknown."),   # was an air strike
    ("fr", "Un hélicoptère de l'armée nigériane s'est écrasé lundi dans l'État du Niger ; les causes de l'accident restent inconnues."),
])
def test_an_aircraft_that_crashed_makes_no_event(code_events, lang, text):
    assert code_events(text, lang, "2024-09-10") == []


def test_rockets_that_hit_a_town_still_make_their_event(code_events):
    [event] = code_events("Rockets hit Gao on Monday, wounding two people.", "en", "2024-09-10")
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Two journalists were beaten by police while covering a protest in Conakry on Thursday."),   # was a peaceful protest
    ("fr", "Deux journalistes ont été frappés par des policiers alors qu'ils couvraient une manifestation à Conakry jeudi."),
])
def test_journalists_beaten_by_police_at_a_protest_are_attacked_civilians(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-10")
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_2"]) == ("Attack", "Police Forces of Guinea", "Journalists (Guinea)")


def test_a_rally_the_press_was_covering_is_no_demonstration_of_theirs(code_events):
    [event] = code_events("Two reporters were beaten by governing party activists while covering a campaign rally in Lusaka on Saturday.",
                          "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["assoc_actor_2"]) == ("Mob violence", "Civilians (Zambia)", "Journalists (Zambia)")
    # was a violent demonstration with the journalists among the crowd (actors.yaml `press_work`)


def test_bodies_handed_over_are_no_new_dead(code_events):
    assert code_events("The Taliban on Sunday handed over the bodies of two soldiers to Pakistani officials at the Torkham border "
                       "crossing.", "en", PUBLISHED) == []   # was a clash with two dead


@pytest.mark.parametrize("lang, text", [
    ("en", "Police arrested two men who killed a trader in Kano on Monday."),   # was the police's attack, two dead
    ("fr", "La police a arrêté lundi à Kano deux hommes qui avaient tué un commerçant."),   # was no event
])
def test_what_the_arrested_did_before_is_no_event_of_the_arrest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Arrests", "Police Forces of Nigeria", 0)


def test_police_who_beat_protesters_intervene(code_events):
    [event] = code_events("Police beat dozens of students who were protesting in Conakry on Thursday.", "en", "2026-06-10")
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Guinea")   # was peaceful


def test_a_protest_against_a_beating_stays_peaceful(code_events):
    [event] = code_events("Residents protested in Conakry on Thursday against the beating of a taxi driver by police.", "en", "2026-06-10")
    assert event["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("en", "Suspected Maoist rebels blew up a police vehicle in Bijapur district on Monday, killing eight policemen."),   # was a clash
    ("en", "A blast ripped through a market in Jalalabad on Sunday, killing seven people."),   # was an attack
])
def test_what_blew_up_is_an_explosion(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-05")
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"


def test_a_suicide_car_bomb_is_a_suicide_bombing_however_the_blast_is_told(code_events):
    [event] = code_events("On 11 March 2020, a militant set off a suicide car bomb against an army convoy near Gao, killing two soldiers. "
                          "Several people were wounded in the blast.", "en", None)
    assert (event["sub_event_type"], event["weapon"]) == ("Suicide bomb", "suicide_bomb")   # was an IED


@pytest.mark.parametrize("lang,text", [
    ("en", "On 14 February 2024, Russian and Ukrainian forces clashed near Avdiivka (Donetsk)."),   # was Ukraine's forces alone
    ("fr", "Des soldats russes et ukrainiens se sont affrontés près d'Avdiivka lundi."),
])
def test_two_countries_forces_that_clashed_are_the_two_sides(code_events, lang, text):
    [event] = code_events(text, lang, "2024-02-20")
    assert {event["actor1"], event["actor2"]} == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_allied_forces_that_clashed_with_an_enemy_stay_allies(code_events):
    [event] = code_events("Malian and French soldiers clashed with jihadists near Tessit on Monday.", "en", "2024-02-20")
    assert event["actor2"] == "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles du M23 avancent vers Uvira pour reprendre les quartiers perdus, selon des sources locales."),   # was a takeover
    ("en", "M23 rebels advanced towards Uvira on Monday to retake the districts they lost."),
])
def test_ground_forces_mean_to_take_is_not_taken(code_events, lang, text):
    assert all(e["sub_event_type"] not in ("Non-state actor overtakes territory", "Government regains territory")
               for e in code_events(text, lang, "2026-05-12"))


def test_ground_forces_managed_to_take_is_taken(code_events):
    [event] = code_events("The army managed to retake the town of Uvira on Monday.", "en", "2026-05-12")
    assert event["sub_event_type"] == "Government regains territory"


def test_protesters_the_police_then_arrested_met_an_intervention(code_events):
    [event] = code_events("On 11 March 2024, students marched in Nairobi to protest the new university funding model. "
                          "Police arrested 23 of them.", "en", None)
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Kenya")   # was peaceful


def test_a_man_arrested_before_a_calm_march_leaves_it_peaceful(code_events):
    [event] = code_events("Samedi à Lyon, plusieurs centaines de personnes ont marché sans heurts, selon la préfecture. Un homme a "
                          "seulement été interpellé avant que le cortège ne s'élance.", "fr", "2024-03-11")
    assert event["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("en", "Police foiled a plot to attack a church in Lagos on Sunday, arresting three suspects."),   # was the police's attack
    ("fr", "La police a déjoué un projet d'attentat contre une église à Lagos dimanche, arrêtant trois suspects."),
])
def test_an_act_a_plot_was_for_was_not_done(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-18")
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Nigeria")


def test_a_plot_to_bomb_is_no_bombing(code_events):
    assert code_events("Police foiled a plot to bomb a church in Lagos on Sunday.", "en", "2026-03-18") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The opposition leader attacked the government's budget plan on Tuesday, calling it a disaster for the poor."),
    ("fr", "Le ministre a attaqué violemment la réforme des retraites devant l'Assemblée nationale mardi."),
    ("en", "The striker shot the ball into the top corner in the 89th minute."),
    ("fr", "L'attaquant sénégalais a inscrit un doublé samedi, d'une frappe puissante puis d'un tir croisé."),
    ("fr", "Des pluies torrentielles ont fait 12 morts mardi à Niamey, selon la protection civile."),
    ("en", "Two miners died when a gold mine collapsed near Kenieba on Sunday."),
])
def test_words_of_violence_in_another_sense_make_no_event(code_events, lang, text):
    assert code_events(text, lang, "2026-03-18") == []


def test_people_handed_over_are_no_ground(code_events):
    events = code_events("On 30 May 2023, the Nigerian Army handed over 20 rescued kidnap victims to the Zamfara State government in "
                         "Gusau (Zamfara).", "en", None)   # was an abduction by the army, then a transfer of territory
    assert all(e["sub_event_type"] not in ("Abduction/forced disappearance", "Non-violent transfer of territory") for e in events)


def test_a_base_handed_over_changes_hands(code_events):
    [event] = code_events("The French army handed over the Gossi base to the Malian army on Tuesday.", "en", "2022-04-20")
    assert event["sub_event_type"] == "Non-violent transfer of territory"


def test_fighters_who_surrendered_changed_their_activity(code_events):
    [event] = code_events("On 17 April 2023, 45 Mai-Mai militiamen surrendered to the army in Beni (North Kivu) with their weapons.", "en", None)
    assert event["sub_event_type"] == "Change to group/activity"   # was no event


def test_a_demonstration_that_denounces_is_no_statement(code_events):
    [event] = code_events("Des manifestants ont bloqué dimanche la route nationale 1 à Kaya avec des pneus enflammés pour dénoncer "
                          "l'insécurité.", "fr", "2026-05-04")   # was no event (a statement)
    assert event["sub_event_type"] == "Violent demonstration"


def test_a_statement_on_an_attack_is_still_no_event(code_events):
    assert code_events("The government condemned the attack on the village of Kona.", "en", "2026-05-04") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un hélicoptère de l'armée malienne s'est écrasé samedi près de Gao, faisant deux morts parmi l'équipage."),
    ("en", "A Malian army helicopter crashed near Gao on Saturday, killing its two crew members."),
])
def test_the_dead_of_a_crashed_aircraft_make_no_event(code_events, lang, text):
    assert code_events(text, lang, "2026-05-04") == []   # was an air strike by the army


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of Al Shabaab militants gathered near El Bur on Monday, residents said."),
    ("fr", "Des centaines de combattants se sont rassemblés lundi près de Ménaka, selon des habitants."),
])
def test_armed_men_who_gather_are_no_demonstration(code_events, lang, text):
    assert code_events(text, lang, "2026-06-10") == []   # was a peaceful protest (and with an offensive, mob violence)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of MNLA members gathered in Kidal on Monday to demand autonomy."),
    ("fr", "Des centaines de jeunes se sont rassemblés lundi à Ménaka pour dénoncer l'insécurité."),
])
def test_people_who_gather_to_demand_still_demonstrate(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-10")
    assert event["sub_event_type"] == "Peaceful protest"


def test_a_drone_strike_on_a_gathering_of_fighters_is_still_a_strike(code_events):
    [event] = code_events("Un drone a frappé lundi un rassemblement de combattants près de Ménaka.", "fr", "2026-06-10")
    assert event["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("en", "Fighters massed near Menaka on Monday in what residents described as preparations for an offensive."),
    ("fr", "L'armée a détecté lundi près de Ménaka les préparatifs d'une offensive jihadiste."),
])
def test_preparations_for_an_offensive_are_no_fight(code_events, lang, text):
    assert code_events(text, lang, "2026-06-10") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 30 people were killed in a series of attacks on villages in Plateau state on Sunday, officials said."),
    ("fr", "Au moins 30 personnes ont été tuées dimanche dans une série d'attaques contre des villages de l'État du Plateau."),
])
def test_a_series_of_attacks_told_with_its_toll_is_the_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-15")   # was background (recalled)
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 30)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed four traders near Jos on Thursday, the latest in a series of attacks in the area."),
    ("fr", "Des hommes armés ont tué quatre commerçants jeudi près de Jos, la dernière d'une série d'attaques dans la zone."),
])
def test_the_latest_of_a_series_is_still_its_own_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-08-15")
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 4)


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman opened fire at a wedding in Diyarbakir province on Saturday, killing four guests before being arrested by police."),
    ("fr", "Un homme armé a ouvert le feu samedi lors d'un mariage à Diyarbakir, tuant quatre invités avant d'être interpellé par la police."),
])
def test_the_doer_caught_after_the_act_is_no_side_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-10")   # was an armed clash with the police
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Attack", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)")


@pytest.mark.parametrize("lang,text,towns", [
    ("en", "In Nakuru, police fired tear gas at demonstrators on Tuesday; in Kisumu, protesters looted shops and clashed with police, "
           "leaving two dead.", {"Nakuru", "Kisumu"}),
    ("fr", "À Bouaké, la police a dispersé mardi une marche de commerçants ; à Korhogo, des jeunes ont incendié la mairie.",
     {"Bouake", "Korhogo"}),
])
def test_a_clause_after_a_semicolon_with_its_own_doers_and_town_is_another_event(code_events, lang, text, towns):
    events = code_events(text, lang, "2026-09-10")   # was one event, in the first town
    assert {e["location"] for e in events} == towns


def test_a_clause_after_a_semicolon_with_no_doer_of_its_own_is_no_event_apart(code_events):
    events = code_events("Hostages are held in Gaza; police arrested 29 demonstrators in Tel Aviv on Monday.", "en", "2026-09-10")
    assert len(events) == 1


@pytest.mark.parametrize("text", [
    "À Bouaké, la police a dispersé mardi une marche de commerçants.",
    "Les gendarmes ont dispersé dimanche à Kaya un rassemblement de jeunes.",
])
def test_forces_that_disperse_a_march_intervene(code_events, text):
    [event] = code_events(text, "fr", "2026-09-10")   # was a peaceful protest (a weekday between the verb and the march)
    assert event["sub_event_type"] == "Protest with intervention"


def test_a_patrol_that_was_ambushed_is_the_target(code_events):
    [event] = code_events("Une patrouille de l'armée a été prise en embuscade lundi près de Tillabéri, sans faire de victimes.",
                          "fr", "2026-09-10")   # "été" parsed as a copula: the patrol was the attacker
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")


def test_rebels_who_withdrew_are_still_who_left(code_events):
    [event] = code_events("Les rebelles de la CPC se sont retirés mardi de Bouar sans combat, selon des habitants.", "fr", "2026-09-10")
    assert event["actor1"] == "CPC: Coalition of Patriots for Change"


def test_a_ship_boarded_with_weapons_is_a_disrupted_weapons_use(code_events):
    [event] = code_events("La marine nigériane a arraisonné vendredi un navire transportant des armes au large de Bonny.", "fr", "2026-10-05")
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of Nigeria")   # was no event


def test_a_ship_boarded_with_no_weapon_is_no_event(code_events):
    assert code_events("La marine a arraisonné vendredi un chalutier de pêche illégale au large de Dakar.", "fr", "2026-10-05") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers fired at gunmen who threw explosives at them in Jenin on Monday."),
    ("fr", "Des soldats ont tiré lundi à Jénine sur des hommes armés qui leur avaient lancé des explosifs."),
])
def test_explosives_the_target_threw_make_a_fight_not_the_doers_explosion(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-10")   # was a remote explosive by the soldiers
    assert event["sub_event_type"] == "Armed clash"


def test_a_bomb_the_doers_planted_is_still_their_explosion(code_events):
    [event] = code_events("Gunmen who planted a bomb near Gao killed two soldiers on Monday.", "en", "2026-09-10")
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text,sub_event_type", [
    ("Des jeunes en colère ont brûlé la maison d'un présumé sorcier dimanche à Koudougou.", "Mob violence"),   # was no event
    ("Des hommes armés ont brûlé dimanche l'école du village de Djibo.", "Looting/property destruction"),
    ("Les manifestants ont brûlé des pneus dimanche à Koudougou.", "Violent demonstration"),
])
def test_a_building_burned_is_destroyed(code_events, text, sub_event_type):
    [event] = code_events(text, "fr", "2026-11-02")
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian forces launched a massive missile and drone attack on Ukraine's energy grid overnight. In Kharkiv, a missile hit a "
           "power plant, killing two workers, the governor said. Air defences shot down 40 of the 60 drones, the air force said."),
])
def test_a_strike_that_hit_is_the_event_not_the_projectiles_stopped(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-22")   # was disrupted weapons use by Ukraine's forces, with the two dead
    assert (event["event_type"], event["actor1"], event["fatalities"]) == ("Explosions/Remote violence", "Military Forces of Russia", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli warplanes struck several military sites near Damascus on Tuesday, the Syrian defence ministry said, adding that "
           "air defences intercepted some of the missiles."),
    ("fr", "Des avions israéliens ont frappé des sites militaires près de Damas mardi, la défense aérienne ayant intercepté une "
           "partie des missiles."),
])
def test_a_strike_partly_intercepted_is_a_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-25")   # was disrupted weapons use
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Israel")


def test_a_strike_wholly_intercepted_is_still_disrupted(code_events):
    [event] = code_events("Israeli warplanes fired missiles at military sites near Damascus on Tuesday, and air defences intercepted "
                          "the missiles.", "en", "2026-11-25")
    assert event["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Taliban fighters detained several women who protested in Kabul on Tuesday demanding the right to work.",
     "Military Forces of Afghanistan"),
    ("en", "Armed Islamists briefly detained about 90 protesters in Timbuktu on Tuesday.", "Unidentified Armed Group (Mali)"),
])
def test_armed_men_who_detain_demonstrators_intervene(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-11-20")   # was a peaceful protest facing no one
    assert (event["sub_event_type"], event["actor1"].split(" (")[0], event["actor2"].split(" (2")[0]) == \
        ("Protest with intervention", "Protesters", actor2)


def test_a_protester_killed_told_in_an_aside_is_excessive_force(code_events):
    [event] = code_events("Un jeune manifestant a été tué par balle mercredi à Conakry lors d'une manifestation contre la junte, a "
                          "annoncé le collectif, qui accuse les forces de l'ordre.", "fr", "2026-11-27")   # was a peaceful protest
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men burned down a church and several houses in Chibok on Saturday night, residents said. No one was killed."),
    ("fr", "Des hommes armés ont incendié l'école du village de Solenzo dans la nuit de vendredi à samedi. Personne n'a été tué."),
])
def test_a_sentence_that_only_says_no_one_died_is_no_attack(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-27")   # the English was an attack
    assert (event["sub_event_type"], event["fatalities"]) == ("Looting/property destruction", 0)


@pytest.mark.parametrize("lang,text", [
    ("fr", "La gendarmerie a démantelé un réseau de trafiquants d'armes à Kayes et saisi une vingtaine de fusils d'assaut lundi."),
    ("en", "Police seized dozens of assault rifles from arms traffickers in Kayes on Monday."),
])
def test_assault_rifles_seized_are_no_assault(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-27")   # the French was the gendarmes' attack; whose the arms were is actor2, as
    # ACLED codes a seizure
    assert (event["sub_event_type"], event["actor2"]) == ("Disrupted weapons use", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Militants ambushed an army convoy near Djenne on Friday. The soldiers left three vehicles behind and scattered into the bush.",
     "Armed clash"),
    ("fr", "Des jihadistes ont tendu une embuscade à un convoi de l'armée près de Djenné vendredi. Les soldats ont abandonné deux "
           "véhicules et se sont dispersés dans la brousse.", "Armed clash"),
    ("en", "Protesters dispersed by police regrouped in the centre of Bamako on Monday.", "Protest with intervention"),
])
def test_people_who_disperse_of_themselves_were_not_dispersed(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2026-11-27")   # the soldiers who scattered were a protest broken up
    assert event["sub_event_type"] == sub_event_type


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une attaque au drone kamikaze a visé jeudi l'aéroport de Port-Soudan, causant d'importants dégâts, selon l'armée."),
    ("en", "A kamikaze drone struck the airport in Port Sudan on Thursday, causing heavy damage, the army said."),
])
def test_a_kamikaze_drone_is_a_drone_strike_not_a_suicide_bombing(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # the French was a suicide bomb
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", "drone")


@pytest.mark.parametrize("lang,text", [
    ("en", "A man armed with a knife attacked passers-by at a market in Mulhouse on Saturday, killing one person and injuring two "
           "police officers before being arrested."),
    ("fr", "Un homme armé d'un couteau a attaqué des passants samedi sur un marché de Mulhouse, tuant une personne et blessant deux "
           "policiers."),
])
def test_police_only_wounded_in_an_attack_that_killed_civilians_were_not_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-28")   # the English was an armed clash with the police
    assert (event["sub_event_type"], event["actor2"], event["fatalities"], event["injuries"]) == ("Attack", "Civilians (France)", 1, 2)


def test_a_third_sides_strikes_on_the_attackers_are_an_event_of_their_own(code_events):
    events = code_events("Shelling by the Rapid Support Forces killed 15 civilians in El Fasher on Friday, a local committee said. The army "
                         "responded with air strikes on RSF positions east of the city.", "en", "2026-11-28")   # the strikes were the shelling's
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Shelling/artillery/missile attack", "RSF: Rapid Support Forces", "Civilians (Sudan)"),
        ("Air/drone strike", "Military Forces of Sudan", "RSF: Rapid Support Forces")]


def test_defenders_who_routed_the_attackers_fought_in_the_same_event(code_events):
    events = code_events("Gunmen raided the village of Sokoura in Mali on Friday. Local self-defence fighters drove the attackers off, "
                         "killing ten of them.", "en", "2026-11-28")
    assert len(events) == 1 and events[0]["fatalities"] == 10


def test_drones_shot_down_after_a_time_phrase_are_disrupted_weapons_use(code_events):
    [event] = code_events("Les Ukrainiens ont abattu dans la nuit de mardi à mercredi 35 drones russes au-dessus de la région d'Odessa, "
                          "selon l'armée de l'air.", "fr", "2026-11-25")   # was a Russian drone strike that killed 35
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Disrupted weapons use", "Military Forces of Ukraine", "Military Forces of Russia", 0)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les Russes ont bombardé jeudi la ville de Soumy, tuant quatre civils, selon les autorités locales."),
    ("en", "The Russians shelled the town of Sumy on Thursday, killing four civilians, local authorities said."),
])
def test_a_people_named_as_who_struck_from_afar_is_its_states_forces(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-27")   # was an unidentified armed group
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia", 4)


@pytest.mark.parametrize("text,sub_event_type,actor1", [
    ("Les combattants du JNIM se sont emparés samedi du camp militaire de Boulkessi.", "Non-state actor overtakes territory",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Les forces spéciales se sont emparées de Tessalit mardi.", "Government regains territory", "Military Forces of Mali"),
    ("Les troupes tchadiennes se sont emparées de Kouri Bougoudi.", "Government regains territory", "Military Forces of Chad"),
])
def test_what_a_pronominal_verb_takes_follows_de(code_events, text, sub_event_type, actor1):
    [event] = code_events(text, "fr", "2026-11-28")   # the army's was a non-state actor's, read as the passive's subject
    assert (event["sub_event_type"], event["actor1"]) == (sub_event_type, actor1)


def test_fighters_who_seized_weapons_took_no_ground(code_events):
    [event] = code_events("Des combattants de l'Iswap ont attaqué mardi une position de l'armée à Damasak et se sont emparés d'armes "
                          "et de véhicules avant de se retirer.", "fr", "2026-11-28")   # was a non-state actor overtaking territory
    assert (event["sub_event_type"], event["actor1"]) == ("Armed clash", "Islamic State (West Africa)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hamas fired about 50 rockets at southern Israel on Monday, most of which were shot down by the Iron Dome, the army said."),
    ("fr", "Le Hamas a tiré lundi des dizaines de roquettes sur le sud d'Israël, dont la plupart ont été interceptées."),
])
def test_weapons_partly_stopped_before_a_pronoun_are_the_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-24")   # was their interception
    assert (event["sub_event_type"], event["actor1"]) == ("Shelling/artillery/missile attack", "Hamas Movement")


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "Three people were killed when Nigerian soldiers clashed with ISWAP fighters near Monguno on Sunday, residents said.",
     "Islamic State (West Africa)"),
    ("fr", "Deux personnes ont été tuées lorsque des soldats ont affronté des rebelles du M23 près de Sake vendredi.",
     "M23: March 23 Movement"),
])
def test_people_killed_when_forces_fought_armed_men_died_in_the_fight(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-11-23")   # the English was the soldiers' attack on civilians
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Angry demonstrators ransacked and burned the town hall in Kindia on Thursday, and gendarmes opened fire, killing two of them.",
     "Guinea"),
    ("fr", "Des manifestants ont incendié jeudi la mairie de Kindia, et les gendarmes ont ouvert le feu, tuant deux d'entre eux.", "Guinea"),
])
def test_deaths_at_a_demonstration_that_burned_and_ransacked_are_a_riots(code_events, lang, text, country):
    [event] = code_events(text, lang, "2026-11-28")   # was excessive force against (peaceful) protesters
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Violent demonstration", f"Rioters ({country})", 2)


def test_what_a_verb_of_protest_takes_is_its_cause_not_an_act(code_events):
    [event] = code_events("Hundreds of shopkeepers closed their stores in Tamale on Monday to protest extortion by criminal gangs.",
                          "en", "2026-11-24")   # the extortion was the demonstrators' violence: a riot facing the gangs
    assert (event["sub_event_type"], event["actor2"]) == ("Peaceful protest", None)


def test_warplanes_name_their_strike_before_a_weaker_word(code_events):
    [event] = code_events("Des avions turcs ont frappé jeudi des cibles du PKK dans les monts Qandil, dans le nord de l'Irak, a indiqué le "
                          "ministère de la Défense, selon lequel 13 militants ont été neutralisés.", "fr", "2026-11-27")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Air/drone strike", "Military Forces of Turkey", "PKK: Kurdistan Workers Party")   # the PKK struck, from "neutralisés"


@pytest.mark.parametrize("lang,text", [
    ("en", "The Colombian army said on Saturday it had killed five dissidents of the former FARC in a bombing raid in Guaviare."),
    ("fr", "L'armée colombienne a tué samedi cinq dissidents des FARC lors de raids aériens dans le département du Guaviare."),
])
def test_a_bombing_raid_is_an_air_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-02-22")   # English was a remote explosive
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Air/drone strike", "Military Forces of Colombia", 5)


def test_shelling_no_one_fired_after_a_battle_is_the_battle_s(code_events):
    [event] = code_events("The Sudanese army and the Rapid Support Forces fought heavy battles for control of El Fasher on Friday. "
                          "Medical sources said at least 40 civilians were killed by shelling.", "en", "2026-07-05")
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Military Forces of Sudan", "RSF: Rapid Support Forces", 40)   # was the army's shelling of civilians


def test_a_strike_a_barrage_of_rockets_responded_to_is_another_event(code_events):
    [event] = code_events("Hezbollah said it fired a barrage of rockets at an Israeli military base on Sunday in response to an Israeli "
                          "strike that killed one of its commanders in southern Lebanon.", "en", "2026-05-12")
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Shelling/artillery/missile attack", "Hezbollah", 0)   # was the Israeli strike


def test_a_toll_after_the_phrase_of_an_earlier_event_is_the_event_s(code_events):
    [event] = code_events("Dogon militiamen raided the village of Boulde in Mali on Monday in retaliation for an attack on the village "
                          "of Banay, twelve people died and huts were burned.", "en", "2026-04-28")
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 12)


@pytest.mark.parametrize("text", [
    "Les forces de sécurité burkinabè ont démantelé vendredi un campement de l'EIGS près de Dori et saisi des armes et des motos.",
    "Les soldats ont saisi samedi des armes et des munitions dans une cache près de Ménaka, au Mali.",
])
def test_weapons_seized_after_a_partitive_article_are_disrupted(code_events, text):
    [event] = code_events(text, "fr", "2026-09-27")   # no event: "des" parsed as a preposition hid the object
    assert event["sub_event_type"] == "Disrupted weapons use"


def test_tear_gas_fired_is_tear_gas_not_gunfire(code_events):
    [event] = code_events("Des manifestants ont saccagé samedi des magasins à Nouméa et affronté les gendarmes, qui ont répliqué par "
                          "des tirs de grenades lacrymogènes.", "fr", "2026-11-30")
    assert (event["sub_event_type"], event["weapon"]) == ("Violent demonstration", "tear_gas")   # was a firearm


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une frappe de drone ukrainien a visé vendredi une raffinerie à Volgograd, provoquant un incendie, selon le gouverneur."),
    ("en", "A Ukrainian drone hit an oil depot in Russia's Bryansk region overnight, causing a fire but no casualties."),
])
def test_a_strike_on_an_oil_site_has_no_victims(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-15")   # the civilians of Russia were struck
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Air/drone strike", "Military Forces of Ukraine", None)


@pytest.mark.parametrize("text,country", [
    ("Police in Lima detained more than 100 people on Saturday after a protest against the government turned violent, with "
     "demonstrators throwing stones at officers.", "Peru"),
    ("Security forces in Iran arrested dozens of people in the city of Zahedan on Monday after protesters set fire to a police "
     "station.", "Iran"),
    ("Security forces in Kenya arrested 40 protesters in Nairobi on Tuesday after a demonstration against new taxes turned violent.",
     "Kenya"),   # why the protesters were held, not what they marched against
])
def test_arrests_after_a_demonstration_turned_violent_are_the_riot_s(code_events, text, country):
    [event] = code_events(text, "en", "2026-10-26")   # was the arrests alone, the riot read as an earlier event
    assert (event["sub_event_type"], event["country"]) == ("Violent demonstration", country)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un adolescent a été tué par balle par un gendarme lors d'un contrôle mercredi à Nanterre, provoquant deux nuits d'émeutes."),
    ("en", "A police officer shot dead a teenage driver during a traffic stop in Lyon on Wednesday, sparking riots in the suburbs."),
])
def test_riots_a_killing_sparked_came_after_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-12")   # was a violent demonstration
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Attack", "Civilians (France)", 1)


def test_a_demonstration_an_arrest_sparked_stays_the_event(code_events):
    [event] = code_events("On Monday the arrest of a local trader sparked a demonstration in Parakou. Police intervened.", "en", "2026-03-03")
    assert event["event_type"] == "Protests"


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested the mayor of Kolda, Senegal, on Tuesday, sparking clashes between his supporters and the security forces."),
    ("fr", "La police a arrêté mardi le maire de Kolda, au Sénégal, déclenchant des affrontements entre ses partisans et les forces de "
           "l'ordre."),
])
def test_an_arrest_and_the_clashes_it_sparked_are_two_events(code_events, lang, text):
    events = code_events(text, lang, "2026-03-06")   # was one mob violence event, the mayor its victim
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [("Arrests", "Civilians (Senegal)"),
                                                                    ("Mob violence", "Police Forces of Senegal")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested the mayor of Kolda, Senegal, on Tuesday. His arrest sparked clashes between his supporters and the security "
           "forces."),
    ("fr", "La police a arrêté mardi le maire de Kolda, au Sénégal. Son arrestation a provoqué des affrontements entre ses partisans et "
           "les forces de l'ordre."),
])
def test_an_arrest_that_sparked_clashes_is_no_side_in_them(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-06")
    assert (event["event_type"], event["actor2"]) == ("Riots", "Police Forces of Senegal")   # was the civilians arrested


@pytest.mark.parametrize("lang,text", [
    ("en", "Rebels on Thursday released four farmers they had kidnapped near Tame, Colombia, in February."),
    ("fr", "Les rebelles ont libéré jeudi quatre agriculteurs qu'ils avaient enlevés en février près de Tame, en Colombie."),
])
def test_captives_a_relative_clause_says_were_kidnapped_are_freed_not_taken(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was the kidnapping, dated to the release
    assert (event["sub_event_type"], event["event_date"]) == ("Agreement", date(2024, 3, 14))


@pytest.mark.parametrize("lang,text", [
    ("en", "Bandits on Thursday released 12 of the 30 travellers they seized near Kaduna, Nigeria, after a ransom was paid."),
    ("fr", "Des bandits ont libéré jeudi 12 des 30 voyageurs qu'ils avaient enlevés près de Kaduna, au Nigeria, contre une rançon."),
])
def test_part_of_the_captives_a_relative_clause_says_were_seized_are_freed(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was looting (English: the seizing verb read with no object) or the abduction
    assert event["sub_event_type"] == "Agreement"


@pytest.mark.parametrize("lang,text", [
    ("en", "Police recaptured 14 inmates in Bertoua, Cameroon, on Tuesday, a day after they broke out of the town's prison."),
    ("fr", "La police a repris mardi à Bertoua, au Cameroun, 14 détenus qui s'étaient évadés la veille de la prison de la ville."),
])
def test_escaped_prisoners_caught_again_are_arrested(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was ground regained by the state
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Cameroon")


@pytest.mark.parametrize("lang,text", [
    ("en", "Angry youths attacked police officers in Goma, DR Congo, on Thursday."),
    ("fr", "Des jeunes en colère ont attaqué jeudi des policiers à Goma, en RD Congo."),
])
def test_angry_youths_who_attack_the_police_are_a_mob(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")   # was an armed clash of an armed group with the police
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Mob violence", "Rioters (Democratic Republic of Congo)", "Police Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Nigerian soldiers freed 14 hostages held by bandits in a forest near Tsafe on Tuesday.", "Armed clash"),
    ("fr", "L'armée burkinabè a libéré mardi 14 otages détenus par des terroristes près de Kaya.", "Armed clash"),
    ("en", "JNIM freed two hostages near Gao on Tuesday after talks with local leaders.", "Agreement"),
])
def test_hostages_forces_freed_from_their_captors_were_fought_for(code_events, lang, text, sub):
    [event] = code_events(text, lang, "2026-06-17")   # the army's rescue was an agreement
    assert event["sub_event_type"] == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "Malian soldiers intercepted a truck carrying explosives near Kidal on Tuesday and arrested its driver."),
    ("fr", "Des soldats ont intercepté mardi près de Kidal un camion transportant des explosifs et arrêté son chauffeur."),
])
def test_explosives_a_truck_carried_did_not_go_off(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-17")   # was a remote explosive by an armed group against the army
    assert (event["event_type"], event["actor1"]) == ("Strategic developments", "Military Forces of Mali")


def test_air_strikes_carried_out_are_used(code_events):
    [event] = code_events("French troops carried out air strikes on jihadist positions near Tessalit on Tuesday.", "en", "2026-06-17")
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", "airstrike")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked a mine near Kayes on Sunday, killing two miners."),
    ("fr", "Des hommes armés ont attaqué une mine près de Kayes dimanche, tuant deux orpailleurs."),
])
def test_a_mine_attacked_is_no_landmine(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-17")   # was a landmine
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "firearm")


def test_a_strike_armed_men_died_in_is_no_walkout(code_events):
    [event] = code_events("Three Turkish soldiers were killed in clashes with PKK militants in northern Iraq on Friday, the ministry said, "
                          "adding that 11 militants had been neutralised in retaliatory strikes.", "en", "2026-06-20")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "PKK: Kurdistan Workers Party", "Military Forces of Turkey")   # was rioters facing the Turkish army


def test_a_strike_hung_on_the_armed_men_it_killed_is_no_walkout(code_events):
    [event] = code_events("The army said on Friday it had killed 15 militants in punitive strikes near Aguelhok.", "en", "2026-12-08")
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Battles", "Military Forces of Mali", "Unidentified Armed Group (Mali)")   # was excessive force against protesters


def test_a_ship_flying_a_flag_is_not_beaten(code_events):
    [event] = code_events("Des pirates somaliens ont détourné jeudi un cargo battant pavillon indien au large de Hobyo.", "fr", "2026-03-20")
    assert (event["sub_event_type"], event["actor1"]) == ("Looting/property destruction", "Unidentified Armed Group (Somalia)")
    # was an attack by India's forces: "battant" read as beating


@pytest.mark.parametrize("text,toll", [
    ("Fano militiamen ambushed an army convoy near Gondar on Wednesday. Dozens of soldiers were reported killed.", 12),
    ("Militants stormed an army post near Mopti on Sunday. Nine soldiers were reported killed.", 9),
])
def test_the_dead_a_report_verb_governs_are_counted(code_events, text, toll):
    [event] = code_events(text, "en", "2026-06-20")   # was 1
    assert event["fatalities"] == toll


@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters gathered outside the parliament in Conakry on Friday. Soldiers fired shots in the air."),
    ("fr", "Des manifestants se sont rassemblés vendredi devant la mairie de Bangui. Les militaires ont tiré en l'air."),
])
def test_forces_that_fired_in_the_air_at_a_protest_intervened(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-04")   # was a peaceful protest, or the soldiers' attack on no one
    assert (event["sub_event_type"], event["actor2"].startswith("Military Forces of")) == ("Protest with intervention", True)


def test_a_sit_in_the_police_dispersed_is_a_protest_with_intervention(code_events):
    [event] = code_events("La police a dispersé lundi un sit-in de diplômés chômeurs devant le parlement à Rabat.", "fr", "2026-06-02")
    # the model splits "sit-in" into three words: a peaceful protest with the police as its protesters
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Protest with intervention", "Protesters (Morocco)", "Police Forces of Morocco")


def test_a_subject_the_parser_calls_passive_with_no_passive_auxiliary_acts(code_events):
    [event] = code_events("Les shebab ont brièvement pris dimanche la ville de Bulo Burte, en Somalie, avant de se retirer.", "fr",
                          "2026-06-02")   # al Shabaab was the side that lost the town to no one
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "Al Shabaab")


def test_a_drone_attack_at_sea_is_an_air_strike(code_events):
    [event] = code_events("Les rebelles houthis ont revendiqué dimanche une attaque de drone contre un navire marchand en mer Rouge.",
                          "fr", "2026-07-14")   # "en mer" read as a drowning: an attack with no weapon
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", "drone")


def test_who_died_at_sea_was_not_attacked(code_events):
    assert code_events("Twelve migrants died at sea off the coast of Libya on Sunday, the IOM said.", "en", "2026-07-14") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Two children were killed when an unexploded shell they were playing with detonated in Idlib province on Saturday."),
    ("fr", "Deux enfants ont été tués samedi par un obus non explosé avec lequel ils jouaient dans la province d'Idleb."),
])
def test_unexploded_ordnance_is_a_remote_explosive(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-12")   # was shelling
    assert (event["sub_event_type"], event["weapon"], event["fatalities"]) == ("Remote explosive/landmine/IED", "IED", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Residents said toxic gas was used in an attack on the village of Tabit in North Darfur on Tuesday."),
    ("fr", "Selon l'ONU, des gaz toxiques ont été utilisés lors d'une attaque contre le village de Tabit au Darfour mardi."),
])
def test_toxic_gas_is_a_chemical_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-12")   # was an attack
    assert (event["sub_event_type"], event["weapon"]) == ("Chemical weapon", "chemical")


@pytest.mark.parametrize("lang,text", [
    ("en", "A policeman was wounded by gold miners in Kedougou on Monday."),
    ("fr", "Deux villageois ont été blessés par des orpailleurs à Kédougou lundi."),   # "par" parsed as a plain oblique
])
def test_who_wounds_someone_named_attacks_them(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-12")   # was no event
    assert (event["event_type"], event["country"]) == ("Riots", "Senegal")


def test_a_clause_after_the_wound_is_no_victim_of_it(code_events):
    [event] = code_events("On Sunday, gold miners attacked gendarmes by throwing stones at a mining site near Kaya, one gendarme was "
                          "wounded and the gendarmes went back to their camp.", "en", "2026-11-12")
    assert event["event_type"] == "Riots"   # a finite clause after "wounded" is not whom the wound hit (not a clash of gendarmes)


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers shot dead two insurgents and took four more prisoner near Djibo on Tuesday."),
    ("en", "The army captured a rebel commander in Birao on Tuesday."),
    ("fr", "Le chef rebelle a été capturé mardi par l'armée lors d'une opération à Birao."),
])
def test_armed_men_captured_were_fought(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-12")   # was no event, or no side
    assert (event["sub_event_type"], event["actor1"].startswith("Military Forces of")) == ("Armed clash", True)


def test_a_thief_captured_is_no_armed_clash(code_events):
    assert [e["sub_event_type"] for e in code_events("Villagers captured a thief and handed him to police in Kaya on Tuesday.", "en",
                                                     "2026-03-12")] != ["Armed clash"]


def test_gunmen_who_struck_did_not_go_on_strike(code_events):
    [event] = code_events("The farmers were working on their fields in Dumba village in Borno state when the gunmen struck on Tuesday.",
                          "en", "2026-04-02")   # was a peaceful protest
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Islamist insurgents killed 12 farmers in Borno state on Tuesday, said Babakura Kolo, a leader of a militia that fights "
           "alongside the army."),
    ("fr", "Des jihadistes ont tué mardi douze paysans dans l'État de Borno, a dit Babakura Kolo, chef d'une milice qui combat aux "
           "côtés de l'armée."),
])
def test_what_a_group_does_is_no_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-02")   # was an armed clash with the army
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Five days after the massacre, Malian soldiers arrested 12 suspects in Mopti, the army said on Monday."),
    ("fr", "Une semaine après le massacre, l'armée malienne a arrêté douze suspects à Mopti."),
])
def test_an_earlier_event_that_opens_the_sentence_is_not_its_event(code_events, lang, text):
    [event] = code_events(text, lang, "2026-03-10")   # was the soldiers' attack (en) or no event (fr)
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Mopti")


def test_the_reason_cited_for_a_withdrawal_is_no_attack(code_events):
    [event] = code_events("Ukrainian forces withdrew from the village of Krasnohorivka, the army said on Monday, citing heavy Russian "
                          "assaults.", "en", "2026-05-20")   # was Ukraine's attack on civilians
    assert event["event_type"] == "Strategic developments"


@pytest.mark.parametrize("lang,text", [
    ("en", "A man armed with a knife attacked passersby at a train station in Hamburg on Friday, wounding 18 people."),
    ("fr", "Un homme armé d'un couteau a blessé 18 personnes vendredi dans une gare de Hambourg."),
])
def test_a_knife_the_attacker_is_armed_with_is_his_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-20")   # was mob violence with no weapon
    assert (event["sub_event_type"], event["weapon"], event["injuries"]) == ("Attack", "bladed", 18)


def test_an_explosive_a_suspect_is_equipped_with_is_not_used(code_events):
    [event] = code_events("A militant equipped with an IED was arrested in Kano on Friday.", "en", "2026-05-20")
    assert event["sub_event_type"] == "Arrests"


def test_a_gun_a_vehicle_is_equipped_with_types_nothing(code_events):
    [event] = code_events("JNIM claimed an IED attack on Sunday that wrecked a Malian army vehicle equipped with a heavy machine gun near "
                          "Douentza.", "en", "2026-12-29")   # the gun kept as the event's weapon made it an armed clash
    assert (event["sub_event_type"], event["weapon"]) == ("Remote explosive/landmine/IED", "IED")


@pytest.mark.parametrize("lang,text", [
    ("en", "Suspected jihadists burned down a church and three houses in the village of Debe in Burkina Faso on Saturday, but nobody "
           "was hurt."),
    ("fr", "Des jihadistes présumés ont incendié samedi une église et trois maisons à Djibo ; personne n'a été blessée."),
])
def test_a_burning_that_hurt_nobody_destroyed_property(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-20")   # was an attack with one injured
    assert (event["sub_event_type"], event["fatalities"], event["injuries"]) == ("Looting/property destruction", 0, 0)


def test_hostages_freed_were_not_abducted(code_events):
    [event] = code_events("Two Israeli hostages were freed by Hamas on Saturday in exchange for 90 Palestinian prisoners, the Red Cross "
                          "said.", "en", "2026-05-20")   # was Israel's abduction in Red Cross, North Carolina
    assert (event["sub_event_type"], event["actor1"], event["country"]) == ("Agreement", "Hamas Movement", "Palestine")


def test_forces_deployed_made_the_arrests_that_followed(code_events):
    [event] = code_events("Les forces de sécurité ont été déployées lundi à Moundou pour rétablir l'ordre et une dizaine de personnes "
                          "ont été interpellées.", "fr", "2026-04-02")   # the forces were the arrested
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Arrests", "Military Forces of Chad", "Civilians (Chad)")


def test_journalists_detained_while_covering_a_protest_were_arrested(code_events):
    [event] = code_events("Two journalists were detained in Niamey on Monday while covering a sit-in outside the court.", "en",
                          "2026-06-10")   # was the journalists' peaceful protest
    assert event["sub_event_type"] == "Arrests"


def test_who_banned_a_protest_is_no_side_of_it(code_events):
    [event] = code_events("La manifestation, interdite par les autorités, a dégénéré en affrontements avec la police samedi à Dakar ; un "
                          "manifestant a été tué par balle.", "fr", "2026-06-10")   # the government faced the rioters
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Senegal")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of residents protested in Gaoua on Sunday against power cuts. Security forces intervened to restore calm."),
    ("fr", "Dimanche, des centaines d'habitants ont manifesté à Gaoua contre les coupures d'électricité. Les forces de l'ordre sont "
           "intervenues pour rétablir le calme."),
    ("en", "On Sunday, demonstrators in Gaoua were prevented by security forces from marching to the governor's office."),
])
def test_forces_that_step_in_after_a_protest_intervene_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was a peaceful protest with no other side
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Burkina Faso")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday, traders attacked two customs officers at the port of Cotonou. Police stepped in and took control of the situation."),
    ("fr", "Dimanche, la police a repris le contrôle de la situation après des heurts entre commerçants à Cotonou."),
])
def test_control_of_the_situation_is_no_ground_taken(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was the government regaining territory
    assert event["event_type"] != "Battles"


def test_control_of_a_town_is_ground_taken(code_events):
    [event] = code_events("L'armée a repris le contrôle de la ville de Gao dimanche.", "fr", "2026-11-20")
    assert event["sub_event_type"] == "Government regains territory"


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian bombs struck a residential building in Kharkiv on Tuesday, killing four civilians."),
    ("fr", "Des bombes russes ont frappé un immeuble résidentiel à Kharkiv mardi, tuant quatre civils."),
])
def test_a_state_s_bombs_are_dropped_from_the_air(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was an IED
    assert (event["sub_event_type"], event["weapon"], event["actor1"]) == ("Air/drone strike", "airstrike", "Military Forces of Russia")


def test_a_bomb_militants_planted_stays_an_ied(code_events):
    [event] = code_events("A bomb planted by Islamist militants exploded at a market in Maiduguri on Tuesday, killing four people.",
                          "en", "2026-11-20")
    assert (event["sub_event_type"], event["weapon"]) == ("Remote explosive/landmine/IED", "IED")


def test_fighters_who_kill_each_other_clash(code_events):
    [event] = code_events("Les jihadistes se sont entretués près de Ménaka vendredi, faisant 12 morts.", "fr", "2026-11-20")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (   # was an attack on civilians
        "Armed clash", "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)")


def test_live_rounds_are_a_firearm(code_events):
    [event] = code_events("Two people were killed when police fired live rounds at protesters in Nairobi on Tuesday.", "en", "2026-11-20")
    assert (event["sub_event_type"], event["weapon"]) == ("Excessive force against protesters", "firearm")   # was no weapon


def test_the_attack_a_killing_reacted_to_is_not_its_type(code_events):
    [event] = code_events("On Sunday, Malian soldiers killed a trader in Boni, apparently in reaction to an IED blast nearby.", "en",
                          "2026-11-20")   # was the IED's explosion
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Attack", "Military Forces of Mali", None)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les rebelles du M23 ont abattu jeudi un hélicoptère de l'armée congolaise près de Rutshuru, selon un porte-parole du groupe."),
    ("en", "M23 rebels shot down a Congolese army helicopter near Rutshuru on Thursday, a spokesman for the group said."),
])
def test_armed_men_who_shoot_down_a_helicopter_fight_its_crew(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # French was M23's air strike with two dead ("un hélicoptère ... et Rutshuru")
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Military Forces of the Democratic Republic of Congo", 0)


def test_a_drone_shot_down_stays_a_disrupted_weapon(code_events):
    [event] = code_events("Air defences shot down 12 Russian drones over Kyiv overnight.", "en", "2026-11-20")
    assert event["sub_event_type"] == "Disrupted weapons use"


def test_rocket_propelled_grenades_are_no_hand_grenades(code_events):
    [event] = code_events("Militants armed with rocket-propelled grenades attacked a police checkpoint in North Waziristan on Friday, "
                          "killing three policemen, officials said.", "en", "2026-11-20")   # was a grenade attack
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Police Forces of Pakistan")


@pytest.mark.parametrize("lang,text", [
    ("en", "A teenager was shot and wounded by police during a protest in Kisumu on Friday."),
    ("fr", "Un adolescent a été blessé par balle par la police lors d'une manifestation à Conakry vendredi."),
])
def test_a_protester_shot_and_wounded_by_police_is_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # English was a peaceful protest
    assert (event["sub_event_type"], event["weapon"]) == ("Excessive force against protesters", "firearm")


def test_abattu_is_shot_dead(code_events):
    [event] = code_events("Un chauffeur de taxi a été abattu mardi soir par des inconnus à Bangui.", "fr", "2026-11-20")
    assert (event["sub_event_type"], event["weapon"], event["fatalities"]) == ("Attack", "firearm", 1)   # was no weapon


def test_live_rounds_fired_at_young_people_who_were_protesting_are_excessive_force_in_french(code_events):
    [event] = code_events("À Conakry, les forces de l'ordre ont tiré à balles réelles sur des jeunes qui manifestaient mercredi, tuant "
                          "un lycéen.", "fr", "2026-11-20")   # was an attack on civilians
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters", "Police Forces of Guinea")


def test_students_who_block_a_city_s_arteries_riot(code_events):
    [event] = code_events("Des centaines d'étudiants ont bloqué lundi les principales artères de Yaoundé pour réclamer leurs bourses.",
                          "fr", "2026-11-20")   # was no event
    assert (event["sub_event_type"], event["assoc_actor_1"]) == ("Violent demonstration", "Students (Cameroon)")


def test_a_target_s_rockets_fired_back_at_a_drone_strike_are_an_event_of_their_own(code_events):
    events = code_events("An Israeli drone strike on a car in Nabatieh on Tuesday killed a Hezbollah commander. Hezbollah later said it "
                         "had fired rockets at an Israeli army base in response.", "en", "2026-11-20")   # was one strike by Hezbollah
    assert sorted((e["sub_event_type"], e["actor1"], e["actor2"], e["fatalities"]) for e in events) == [
        ("Air/drone strike", "Military Forces of Israel", "Hezbollah", 1),
        ("Shelling/artillery/missile attack", "Hezbollah", "Military Forces of Israel", 0)]


def test_forces_that_struck_back_after_a_mine_hit_them_are_no_one_who_laid_it(code_events):
    [event] = code_events("Un gendarme a été tué mardi par un engin explosif au passage de son véhicule près de Tillabéri. Les militaires "
                          "ont ensuite neutralisé quatre terroristes lors d'une opération de ratissage.", "fr", "2026-11-20")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (   # the army was actor1
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Niger)", "Police Forces of Niger Gendarmerie")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des combats ont opposé mardi les rebelles du M23 aux FARDC près de Sake. Six civils ont été tués par des obus tombés sur des "
           "habitations."),
    ("en", "Fighting broke out on Tuesday between M23 rebels and the army near Sake. Six civilians were killed by shells that fell on "
           "their homes."),
])
def test_shells_no_one_is_named_to_have_fired_during_a_battle_told_first_are_the_battle_s(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was shelling by M23
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Military Forces of the Democratic Republic of Congo", 6)


def test_a_drone_shot_down_in_the_passive_is_a_disrupted_weapon_and_no_one_dead(code_events):
    [event] = code_events("Un drone de l'armée malienne a été abattu mardi par des combattants rebelles près de Kidal.", "fr", "2026-11-20")
    assert (event["sub_event_type"], event["fatalities"]) == ("Disrupted weapons use", 0)   # was an air strike with one dead


def test_a_killing_claimed_is_an_event(code_events):
    [event] = code_events("The Islamic State claimed the killing of three soldiers near Mocímboa da Praia on Thursday.", "en", "2026-11-20")
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == (   # was no event
        "Armed clash", "Military Forces of Mozambique", 3)


def test_a_town_described_as_occupied_is_no_ground_taken(code_events):
    [event] = code_events("Des hommes armés ont incendié une école dans la ville occupée de Tokmak mardi.", "fr", "2026-11-20")
    assert event["sub_event_type"] == "Looting/property destruction"   # was ground taken by a non-state actor


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les FDS ont détruit lundi un atelier de fabrication d'engins explosifs près de Diffa et saisi du matériel."),
    ("en", "Troops destroyed a bomb-making factory near Diffa on Monday."),
])
def test_a_bomb_workshop_destroyed_is_a_disrupted_weapons_use(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # was property destruction
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of Niger")


def test_a_factory_destroyed_with_no_weapon_named_is_property_destruction(code_events):
    [event] = code_events("Troops destroyed a factory near Diffa on Monday.", "en", "2026-11-20")
    assert event["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("lang, text", [
    ("en", "Hundreds of Muslims protested in Kano on Monday against the burning of a Koran abroad, burning Swedish flags."),
    ("en", "Protesters burned an effigy of the president outside parliament in Nairobi on Monday."),
    ("fr", "Des manifestants ont brûlé des drapeaux français lundi devant l'ambassade de France à Niamey."),
])
def test_flags_and_effigies_burned_make_no_riot(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")   # a violent demonstration with arson
    assert (event["sub_event_type"], event["weapon"]) == ("Peaceful protest", None)


def test_tyres_burned_still_make_a_riot(code_events):
    [event] = code_events("Des manifestants ont brûlé des pneus lundi devant l'ambassade de France à Niamey.", "fr", "2026-11-20")
    assert event["sub_event_type"] == "Violent demonstration"


def test_an_attack_men_were_planning_was_not_made(code_events):
    [event] = code_events("Kenyan police said on Monday they had arrested three men suspected of planning a bomb attack in Mombasa.",
                          "en", "2026-11-20")   # was an IED attack by the police
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Arrests", "Police Forces of Kenya", None)


def test_a_pronoun_a_dispersal_takes_is_the_crowd_told_before(code_events):
    [event] = code_events("À Bangui, des étudiants ont bloqué la circulation mardi pour réclamer le paiement de leurs bourses. La police "
                          "est intervenue pour les disperser.", "fr", "2026-11-20")   # the police were no side
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of the Central African Republic")


def test_a_pronoun_a_dispersal_takes_needs_a_crowd_before(code_events):
    events = code_events("Des soldats ont tué deux bandits lundi près de Kaya. Les militaires les ont ensuite dispersés.", "fr",
                         "2026-11-20")
    assert [e["event_type"] for e in events] == ["Battles"]


@pytest.mark.parametrize("text, actor", [
    ("Hezbollah said it fired a barrage of rockets at an Israeli military base in the Golan Heights on Thursday in response to Israeli "
     "strikes on southern Lebanon.", "Hezbollah"),
    ("The Houthis launched a missile at Eilat on Thursday in response to Israeli airstrikes on Hodeidah port.", "Houthi Movement (Ansar Allah)"),
])
def test_strikes_a_response_answers_are_not_the_response(code_events, text, actor):
    [event] = code_events(text, "en", "2026-04-10")   # were Israeli air strikes
    assert (event["sub_event_type"], event["actor1"]) == ("Shelling/artillery/missile attack", actor)


@pytest.mark.parametrize("text", [
    "Police fired tear gas in response to protesters throwing stones in Nairobi on Thursday.",
    "Police fired tear gas in Nairobi on Thursday in response to stone-throwing by protesters.",
])
def test_stones_forces_responded_to_are_the_same_riot(code_events, text):
    [event] = code_events(text, "en", "2026-04-10")
    assert event["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenyan police said a Somali national was arrested in Mandera on Thursday in possession of explosives."),
    ("en", "Police arrested two men found in possession of grenades in Kampala on Thursday."),
    ("fr", "Un homme a été interpellé jeudi à Niamey en possession d'explosifs, selon la police."),
])
def test_explosives_someone_was_found_in_possession_of_were_not_used(code_events, lang, text):
    [event] = code_events(text, lang, "2026-04-10")   # were an IED or grenade attack
    assert (event["sub_event_type"], event["weapon"]) == ("Arrests", None)


def test_a_protester_who_died_did_not_make_the_crowd_violent(code_events):
    [event] = code_events("Demonstrators in Khartoum demanding civilian rule were tear-gassed by security forces on Monday; one protester "
                          "died after being hit by a canister.", "en", "2026-05-20")   # a riot
    assert (event["sub_event_type"], event["fatalities"], event["weapon"]) == ("Excessive force against protesters", 1, "tear_gas")


def test_stones_youths_were_throwing_make_a_riot_in_french(code_events):
    [event] = code_events("Des manifestations ont éclaté mardi à Conakry. Les forces de l'ordre ont tiré des gaz lacrymogènes sur des jeunes "
                          "qui lançaient des pierres.", "fr", "2026-06-03")   # a protest with intervention
    assert event["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize("lang, text", [
    ("en", "An explosion at an ammunition depot in Brazzaville on Monday killed at least 20 people; officials blamed a short circuit."),
    ("fr", "Une explosion dans un dépôt de munitions a fait 12 morts lundi à Brazzaville. Les autorités évoquent un court-circuit."),
    ("en", "A gas cylinder exploded in a restaurant in Kano on Monday, killing four people."),
])
def test_an_accidental_explosion_is_no_event(code_events, lang, text):
    assert code_events(text, lang, "2026-05-20") == []   # an IED attack by an unidentified armed group


def test_an_explosion_with_no_cause_given_stays_an_event(code_events):
    [event] = code_events("An explosion at a market in Maiduguri on Monday killed at least 20 people, police said.", "en", "2026-05-20")
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 20)


def test_explosives_set_off_before_gunmen_shot_a_congregation_make_no_battle(code_events):
    [event] = code_events("Gunmen attacked a Catholic church in Owo in Ondo state on Sunday, killing at least 22 worshippers. The attackers "
                          "detonated explosives and opened fire on the congregation, witnesses said.", "en", "2026-07-08")
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", "Civilians")   # an armed clash between two armed
    # groups, then the explosive's event: gunmen who also shot the congregation attacked it in person


@pytest.mark.parametrize("lang, text", [
    ("en", "FARC dissidents killed two soldiers in an explosive attack in the department of Cauca on Monday, the army said."),
    ("fr", "Deux soldats ont été tués lundi dans une attaque explosive attribuée à des dissidents des FARC dans le département du Cauca."),
])
def test_an_explosive_attack_is_an_explosive_s(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-08")   # an armed clash
    assert (event["sub_event_type"], event["weapon"]) == ("Remote explosive/landmine/IED", "IED")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 12 March 2024, students of the University of Dhaka held a human chain in Dhaka (Dhaka) demanding justice for the murder "
           "of a fellow student."),
    ("fr", "Des étudiants ont formé lundi une chaîne humaine à Dakar pour réclamer justice après le meurtre d'un camarade."),
])
def test_a_human_chain_is_a_peaceful_protest(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-14")   # mob violence, for the murder its cause names
    assert event["sub_event_type"] == "Peaceful protest"


def test_drones_shot_down_with_a_two_word_name_are_no_dead(code_events):
    [event] = code_events("Deux drones kamikazes ont été abattus lundi par la défense anti-aérienne au-dessus de Khartoum.", "fr",
                          "2026-08-12")   # two dead in an air strike
    assert (event["sub_event_type"], event["fatalities"]) == ("Disrupted weapons use", 0)


def test_suicide_bombers_shot_dead_are_dead(code_events):
    [event] = code_events("Two suicide bombers were killed by soldiers near Maiduguri on Monday.", "en", "2026-08-12")
    assert event["fatalities"] == 2


@pytest.mark.parametrize("text", [
    "Assailants threw petrol bombs into a mosque in Ouagadougou during Friday prayers. Six worshippers were wounded.",
    "Gunmen set fire to a bus in Ouagadougou on Friday. Six passengers were wounded.",
])
def test_property_set_on_fire_with_people_hurt_told_after_is_an_attack(code_events, text):
    [event] = code_events(text, "en", "2020-11-08")   # property destruction, with six wounded
    assert (event["sub_event_type"], event["injuries"]) == ("Attack", 6)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Niger, des hommes armés ont volé des centaines de têtes de bétail lundi dans la commune de Banibangou. Un berger a été "
           "blessé."),
    ("en", "Gunmen attacked a police post in Banibangou, Niger, on Monday. An officer was wounded."),
])
def test_one_person_wounded_told_after_is_the_event_s_injury(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-20")   # no injuries
    assert event["injuries"] == 1


def test_property_set_on_fire_with_no_one_hurt_stays_property_destruction(code_events):
    [event] = code_events("Gunmen set fire to the market of Kaya on Monday. No one was hurt, the mayor said.", "en", "2026-10-20")
    assert event["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "Les élèves du lycée de Fada N'Gourma ont boycotté les cours lundi pour réclamer de nouveaux enseignants.",
    "Les commerçants de Bukavu ont observé lundi une journée ville morte pour dénoncer l'insécurité.",
    "Les agents de santé de l'hôpital de Bouaké ont débrayé mardi pour exiger le paiement de leurs primes.",
])
def test_french_boycotts_walkouts_and_dead_city_days_are_protests(code_events, text):
    [event] = code_events(text, "fr", "2026-11-10")   # no event
    assert event["sub_event_type"] == "Peaceful protest"


def test_a_call_to_boycott_an_election_is_no_protest(code_events):
    assert code_events("L'opposition a appelé au boycott des élections législatives prévues en décembre au Togo.", "fr", "2026-11-10") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Hundreds of women protested in front of the governor's office in Bukavu on Monday to denounce rapes by armed men."),
    ("fr", "Des centaines de femmes ont manifesté lundi à Bukavu pour dénoncer les viols commis par des hommes armés."),
])
def test_a_peaceful_protest_has_no_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was firearm: the armed men's, named in its cause
    assert (event["sub_event_type"], event["weapon"]) == ("Peaceful protest", None)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les rebelles du M23 se sont emparés lundi de la cité de Rubaya après de violents combats avec les FARDC, selon des sources locales."),
    ("fr", "Les rebelles se sont emparés du village de Kibumba, au nord de Goma, mardi."),
    ("en", "M23 rebels seized the town of Rubaya near Goma on Monday after heavy fighting with the army."),
])
def test_seizing_a_town_is_taking_territory(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # was an armed clash, or no event
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les jihadistes se sont emparés d'armes et de munitions lors de l'attaque du poste de Djibo lundi."),
    ("en", "Jihadists seized the weapons of the soldiers in Djibo on Monday."),
])
def test_seizing_weapons_is_no_territory(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")
    assert event["sub_event_type"] != "Non-state actor overtakes territory"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les rebelles du FLA ont abattu un hélicoptère de l'armée malienne près de Kidal, lundi."),   # was an air strike's weapon
    ("en", "FLA rebels shot down a Malian army helicopter near Kidal on Monday."),
])
def test_a_helicopter_shot_down_is_a_fight_with_its_crew_and_no_air_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-20")
    assert (event["sub_event_type"], event["weapon"]) == ("Armed clash", None)


def test_a_patrol_taken_to_task_by_armed_men_is_attacked(code_events):
    [event] = code_events("Une patrouille de la gendarmerie a été prise à partie par des hommes armés près de Djibo, mardi. Deux gendarmes "
                          "ont été blessés.", "fr", "2026-11-20")   # was no event
    assert (event["event_type"], event["injuries"]) == ("Battles", 2)


def test_a_minister_taken_to_task_by_members_of_parliament_is_no_event(code_events):
    assert code_events("Le ministre a été pris à partie par des députés de l'opposition à l'Assemblée nationale de Niamey, mardi.",
                       "fr", "2026-11-20") == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Two men accused of witchcraft were burned alive by villagers in Kananga on Tuesday."),
    ("fr", "Deux hommes accusés de sorcellerie ont été brûlés vifs par des villageois à Kananga mardi."),
])
def test_what_the_victims_were_accused_of_does_not_hide_their_fate(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-25")   # was no event: the burning read as what they were accused of
    assert (event["sub_event_type"], event["fatalities"]) == ("Mob violence", 2)


def test_what_suspects_are_accused_of_is_still_no_event(code_events):
    [event] = code_events("Police arrested two men suspected of burglaries and rapes in Kananga on Tuesday.", "en", "2026-11-25")
    assert event["sub_event_type"] == "Arrests"


@pytest.mark.parametrize("lang, text", [
    ("en", "On 4 May 2022, Russian forces launched 12 missiles at Odesa; 8 were intercepted by Ukrainian air defence. 3 civilians were injured."),
    ("fr", "Le 4 mai 2022, les forces russes ont tiré 12 missiles sur Odessa ; 8 ont été interceptés par la défense aérienne ukrainienne. "
           "Trois civils ont été blessés."),
])
def test_fewer_weapons_stopped_than_launched_is_a_strike_that_hit(code_events, lang, text):
    [event] = code_events(text, lang)   # was a disrupted weapons use: "8" read as all of them
    assert (event["sub_event_type"], event["actor1"], event["injuries"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia", 3)


def test_as_many_weapons_stopped_as_launched_is_a_disrupted_use(code_events):
    [event] = code_events("On 4 May 2022, Russian forces launched 12 missiles at Odesa; all 12 were intercepted by Ukrainian air defence.", "en")
    assert event["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("lang, text", [
    ("en", "Suspected militants dynamited a bridge linking Djibo and Ouahigouya on Friday."),
    ("fr", "Des présumés jihadistes ont dynamité un pont sur la route reliant Djibo à Ouahigouya vendredi."),
])
def test_a_bridge_dynamited_is_a_remote_explosive(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-10")   # was no event
    assert (event["sub_event_type"], event["weapon"]) == ("Remote explosive/landmine/IED", "IED")


@pytest.mark.parametrize("lang, text", [
    ("en", "Kidnappers demanded a ransom of 5 million naira to release a trader abducted last week near Katsina."),
    ("fr", "Des bandits ont exigé une rançon de cinq millions de francs CFA pour libérer un commerçant enlevé la semaine dernière près de Maradi."),
])
def test_a_release_demanded_is_no_agreement_and_frees_no_one(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-10")   # was an agreement: the release they asked a ransom for read as done
    assert (event["sub_event_type"], event["time_precision"]) == ("Abduction/forced disappearance", 2)


def test_a_release_done_is_still_an_agreement(code_events):
    [event] = code_events("Kidnappers released a trader abducted last week near Katsina after a ransom was paid.", "en", "2026-05-10")
    assert event["sub_event_type"] == "Agreement"


@pytest.mark.parametrize("text", [
    "Russia launched 48 drones and 3 missiles at Ukraine overnight, and air defences destroyed 40 of the drones, the air force said.",
    "Russia launched 48 drones at Ukraine overnight. Air defences destroyed 40 of the drones.",
])
def test_part_of_the_drones_destroyed_leaves_the_launchers_strike(code_events, text):
    [event] = code_events(text, "en", "2026-06-15")   # was the air defences' strike, or a disrupted weapons use
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Russia")


@pytest.mark.parametrize("lang, text", [
    ("en", "JNIM militants detained 10 civilians in Djibo on Monday."),
    ("fr", "Des jihadistes ont arrêté une dizaine de civils à Djibo lundi."),
    ("en", "RSF fighters looted the main market in Wad Madani on Saturday and detained dozens of young men."),
])
def test_armed_men_who_govern_nothing_abduct_those_they_detain(code_events, lang, text):
    events = code_events(text, lang, "2026-06-15")   # was an arrest
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "Houthi fighters detained 10 aid workers in Sanaa on Monday.",   # a group that governs arrests
    "Three attackers were arrested by JNIM militants in Djibo on Monday.",
    "Dozo hunters apprehended two of the assailants near Yanfolila on Monday.",   # armed men held
])
def test_arrests_by_an_authority_or_of_armed_men_stay_arrests(code_events, text):
    [event] = code_events(text, "en", "2026-06-15")
    assert event["sub_event_type"] == "Arrests"


@pytest.mark.parametrize("lang, text", [
    ("en", "An unidentified woman detonated explosives strapped to her body at a checkpoint in Konduga, killing two militiamen."),
    ("fr", "Une femme a fait exploser une ceinture explosive à un poste de contrôle à Konduga, tuant deux miliciens."),
])
def test_explosives_strapped_to_the_body_are_a_suicide_bomb(code_events, lang, text):
    [event] = code_events(text, lang, "2026-07-20")   # was a remote explosive
    assert event["sub_event_type"] == "Suicide bomb"


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des agriculteurs ont bloqué mardi la route nationale à Kaya pour réclamer des prix garantis."),   # was looting by a militia
    ("en", "Farmers blocked railway tracks near Ludhiana on Tuesday to press for guaranteed crop prices."),   # was no event
])
def test_farmers_blocking_a_road_or_a_railway_are_demonstrators(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-03")
    assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", "Rioters")


@pytest.mark.parametrize("lang, text", [
    ("en", "Members of the Tiv and Fulani communities clashed over farmland near Agatu on Friday, leaving six people dead."),
    ("fr", "Des membres des communautés peule et dogon se sont affrontés vendredi près de Bankass, faisant quatre morts."),
])
def test_members_of_two_communities_who_clash_are_their_two_militias(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # was one ethnic militia against an unidentified communal one
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")
    assert "Ethnic Militia" in event["actor1"] and "Ethnic Militia" in event["actor2"] and event["actor1"] != event["actor2"]


@pytest.mark.parametrize("text", [
    "A mob beat a man accused of stealing a goat in Kisumu on Sunday before police rescued him.",
    "An angry crowd nearly lynched a young man accused of witchcraft in Eldoret on Sunday before police officers took him away.",
])
def test_a_mob_that_beats_someone_police_rescue_is_actor1(code_events, text):
    [event] = code_events(text, "en", "2026-10-05")   # was the police against the rioters
    assert (event["sub_event_type"], event["inter1"], event["inter2"], event["fatalities"]) == ("Mob violence", "Rioters", "Civilians", 0)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des éléments présumés de l'EIGS ont attaqué le poste de gendarmerie de Téra samedi; les gendarmes ont repoussé l'attaque."),
    ("en", "Suspected ISWAP fighters attacked an army base in Marte on Saturday; the soldiers repelled the attack."),
])
def test_an_attack_repelled_in_the_same_sentence_keeps_the_attacker_as_actor1(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # French was the forces against no one
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Rebel group", "State forces")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le corps d'un éleveur enlevé la semaine dernière a été retrouvé samedi près de Ségou."),
    ("en", "The body of a herder abducted last week was found on Saturday near Segou."),
])
def test_a_body_found_is_dated_when_found_not_when_the_victim_was_taken(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # was the week of the abduction
    assert (str(event["event_date"]), event["time_precision"]) == ("2026-10-03", 1)


def test_those_arrested_on_suspicion_of_an_attack_are_arrested_not_attacked(code_events):
    text = "Les policiers ont interpellé deux jeunes soupçonnés d'avoir participé à l'attaque du marché de Dosso jeudi."
    [event] = code_events(text, "fr", "2026-10-05")   # was an attack by the police
    assert event["sub_event_type"] == "Arrests"


@pytest.mark.parametrize("text", [
    "Supporters of the detained former minister clashed with police in Lahore on Sunday.",
    "Supporters of the detained former minister clashed with police in Lahore on Sunday; police fired tear gas and arrested 40 people.",
])
def test_a_crowd_that_clashed_with_police_is_a_violent_demonstration(code_events, text):
    [event] = code_events(text, "en", "2026-10-05")   # the second was mob violence by the police
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan")


def test_youths_who_wreck_a_police_station_police_disperse_face_the_police(code_events):
    text = "Youths in Kaya ransacked the police station on Monday demanding that a suspect be handed over; police dispersed them with tear gas."
    [event] = code_events(text, "en", "2026-10-05")   # was no actor2: the station taken for the forces, then dropped
    assert (event["event_type"], event["actor2"]) == ("Riots", "Police Forces of Burkina Faso")


@pytest.mark.parametrize("lang, text, dead, injured", [
    ("en", "A gendarme was killed and four others injured in an ambush near Dori on Friday.", 1, 4),
    ("fr", "Deux manifestants ont été tués par balles et une trentaine blessés lors de la dispersion d'un sit-in à Labé vendredi.", 2, 30),
])
def test_the_injured_counted_after_the_dead_are_not_dead(code_events, lang, text, dead, injured):
    [event] = code_events(text, lang, "2026-10-05")   # were 4 dead and 4 injured; 2 dead and 3 injured
    assert (event["fatalities"], event["injuries"]) == (dead, injured)


def test_bodies_found_after_an_earlier_clash_are_an_attack(code_events):
    text = "Three days after the fighting, villagers found the bodies of five men in the bush near Bunia."
    [event] = code_events(text, "en", "2026-10-05")   # was mob violence: the fighting of three days before, its toll the bodies
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 5)


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen shot dead a trader in Kouande on Monday. The body was discovered by forest guards the next morning."),
    ("fr", "Des hommes armés ont abattu un commerçant à Kouandé lundi. Le corps a été découvert par des gardes forestiers le lendemain."),
])
def test_the_body_found_after_a_killing_is_the_same_dead(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-07")   # English was a second attack, by the guards who found the body
    assert (str(event["event_date"]), event["fatalities"], event["inter1"]) == ("2026-10-05", 1, "Political militia")


def test_who_abducted_and_executed_people_did_both(code_events):
    text = "On Tuesday, Dozo hunters abducted and executed six Fulani herders near Djenne."
    [event] = code_events(text, "en", "2026-10-08")   # was the hunters taken and a clash: read as a headline's "Dozos abducted"
    assert (event["sub_event_type"], event["inter1"], event["inter2"], event["fatalities"]) == ("Attack", "Identity militia", "Civilians", 6)


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers executed eleven prisoners at a camp near Nassoumbou on Sunday."),
    ("fr", "Des militaires ont exécuté onze prisonniers dans un camp près de Nassoumbou dimanche."),
    ("en", "Police shot dead two individuals who tried to flee a checkpoint in Kaya on Sunday."),
])
def test_prisoners_and_individuals_killed_by_forces_are_civilians(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-07")   # was an armed clash
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")


@pytest.mark.parametrize("lang, text", [
    ("en", "The army set up a new forward operating base in Monguno on Sunday to secure the lake shore."),
    ("fr", "Les militaires ont implanté dimanche une base opérationnelle avancée à Ménaka."),
])
def test_a_base_set_up_in_any_words_is_a_base_established(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-07")   # English was no event: no listed phrase
    assert (event["sub_event_type"], event["inter1"]) == ("Headquarters or base established", "State forces")


def test_a_crowd_that_burned_people_alive_in_french_is_mob_violence(code_events):
    text = "Une foule en colère a brûlé vifs deux présumés voleurs samedi à Kaya."
    [event] = code_events(text, "fr", "2026-10-05")   # was no event: the adjective agreeing with the object ("brûlé vifs")
    assert (event["sub_event_type"], event["fatalities"]) == ("Mob violence", 2)


def test_members_of_a_force_that_came_under_fire_are_its_target(code_events):
    text = "Members of the National Guard came under fire from gunmen near Ayorou on Saturday; one guard was wounded."
    [event] = code_events(text, "en", "2026-10-05")   # the guards were actor1: "members" is no actor word of its own
    assert (event["inter1"], event["actor2"]) == ("Political militia", "Military Forces of Niger")


@pytest.mark.parametrize("lang, text", [
    ("en", "Police arrested 30 youths in Tamale on Sunday."),
    ("fr", "La police a interpellé une trentaine de jeunes dimanche à Tamale."),
])
def test_youths_arrested_with_no_riot_are_civilians(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # were rioters
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Ghana)")


@pytest.mark.parametrize("lang, text", [
    ("en", "ISWAP militants overran a military base in Malam Fatori, Borno State, on Tuesday, forcing troops to withdraw."),
    ("fr", "Des jihadistes de l'EIGS ont pris d'assaut mardi le camp militaire d'Inates, contraignant les soldats à se retirer."),
])
def test_a_withdrawal_the_attack_forced_is_no_handover(code_events, lang, text):
    [event] = code_events(text, lang, "2026-10-05")   # the forced withdrawal read as ground handed over without a fight
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize("lang, text, actor2", [
    ("fr", "Les élèves du lycée de Bafoussam ont manifesté lundi contre le retard des bourses ; la police les a dispersés.",
     "Police Forces of Cameroon"),
    ("fr", "Des militants de l'opposition ont été dispersés à coups de matraques par la police alors qu'ils tentaient de se "
           "rassembler devant le siège du parti à Lomé.", "Police Forces of Togo"),
])
def test_a_crowd_dispersed_in_its_own_sentence_met_an_intervention(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-10-05")   # both were peaceful protests facing no one
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", actor2)


def test_a_vehicle_that_would_not_stop_was_not_arrested(code_events):
    text = "Des gendarmes ont tiré sur un taxi qui refusait de s'arrêter à Kaya, blessant deux passagers."
    [event] = code_events(text, "fr", "2026-10-05")   # "s'arrêter" (to stop) read as an arrest
    assert event["event_type"] == "Violence against civilians"


@pytest.mark.parametrize("lang, text", [
    ("en", "On 20 September 2026, a Malian army truck hit an IED near Gao, injuring two soldiers. The bomb had been planted "
           "by JNIM or ISGS fighters, a security source said."),
    ("fr", "Le 20 septembre 2026, un camion-citerne de l'armée a sauté sur un engin explosif près de Gao. Deux soldats ont été "
           "blessés. L'engin aurait été posé par des éléments du JNIM ou de l'EIGS."),
])
def test_the_group_that_planted_the_device_set_it_off(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-21")   # the planting, in a sentence with no event word, named no one (two
    # groups suspected are no article-wide perpetrator)
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"
    assert event["actor1"].startswith("JNIM") and " and/or " in event["actor1"] and event["actor2"] == "Military Forces of Mali"


def test_residents_who_clashed_with_armed_men_are_a_mob_facing_them(code_events):
    text = "On 14 May 2026, local residents clashed with armed bandits in Timbuktu, leaving one bandit dead."
    [event] = code_events(text, "en", "2026-05-15")   # was an armed clash of the bandits with no one
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Mob violence", "Rioters (Mali)", "Unidentified Armed Group (Mali)")


@pytest.mark.parametrize("lang, text", [
    ("en", "Anti-government protesters marched through Bobo-Dioulasso on Monday. They torched the house of a local official."),
    ("fr", "Des manifestants hostiles au gouvernement sont descendus dans la rue lundi à Bobo-Dioulasso. Ils ont incendié la maison "
           "d'un élu local."),
])
def test_demonstrators_who_then_burned_a_home_rioted(code_events, lang, text):
    [event] = code_events(text, lang, "2026-05-15")   # the burning, told in its own sentence, left the protest peaceful
    assert event["sub_event_type"] == "Violent demonstration"


def test_french_commandos_are_forces(code_events):
    text = "On 12 January 2020, French special forces carried out a raid north of Mopti, killing three suspected Katiba Macina fighters."
    [event] = code_events(text, "en", "2020-01-12")   # the commandos were no one: unidentified armed men
    assert (event["sub_event_type"], event["actor1"]) == ("Armed clash", "Military Forces of France")


@pytest.mark.parametrize("lang, text", [
    ("en", "On 5 March 2023, a crowd at the Parakou bus station beat a man accused of stealing a phone and then turned him "
           "over to the police."),
    ("en", "On 5 March 2023, a group caught a suspected thief at the Parakou market and beat him before turning him over to "
           "the police."),
    ("fr", "Le 5 mars 2023, à la gare routière de Parakou, des badauds ont battu un homme accusé de vol de téléphone, puis "
           "l'ont remis à la police."),
])
def test_the_police_a_suspect_was_handed_to_did_not_beat_him(code_events, lang, text):
    [event] = code_events(text, lang, "2023-03-06")   # the police were the attackers
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (Benin)")


def test_abuses_at_the_hands_of_a_group_are_the_groups(code_events):
    text = "On 3 April 2012, there were reports of rape and looting at the hands of the MNLA in Timbuktu."
    [event] = code_events(text, "en", "2012-04-05")   # guards "hand" as a verb of handing over only
    assert event["actor1"] == "MNLA: National Movement for the Liberation of Azawad"


@pytest.mark.parametrize("lang, text", [
    ("en", "Troops seized a large cache of weapons and ammunition in a raid on a militant hideout near Diffa on Sunday."),
    ("fr", "Les forces armées ont saisi dimanche une importante cache d'armes et de munitions lors d'un raid contre un "
           "repaire de terroristes près de Diffa."),
])
def test_weapons_seized_in_a_raid_on_a_hideout_are_disrupted(code_events, lang, text):
    [event] = code_events(text, lang, "2024-08-05")   # the raid on the hideout was an armed clash
    assert event["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian forces launched 45 drones and three missiles at Ukraine overnight; air defences destroyed 38 drones, "
           "Ukraine's air force said. Two people were killed in Odesa."),
    ("fr", "La Russie a lancé dans la nuit 45 drones et trois missiles sur l'Ukraine ; la défense aérienne a détruit 38 "
           "drones, selon l'armée de l'air ukrainienne. Deux personnes ont été tuées à Odessa."),
])
def test_a_strike_its_launcher_told_before_the_defences_is_the_launchers(code_events, lang, text):
    [event] = code_events(text, lang, "2024-11-04")   # the Ukrainian air defences struck Odesa
    assert (event["sub_event_type"], event["actor1"], event["event_date"].isoformat()) == (
        "Air/drone strike", "Military Forces of Russia", "2024-11-03")


def test_rockets_of_which_some_were_intercepted_struck(code_events):
    text = ("Le Hezbollah a tiré dimanche une cinquantaine de roquettes sur le nord d'Israël, dont certaines ont été "
            "interceptées, selon l'armée israélienne. Aucun blessé n'a été signalé.")
    [event] = code_events(text, "fr", "2024-11-04")   # only the interception: a disrupted weapon use
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"



def test_youths_who_block_an_expressway_riot(code_events):
    text = ("Angry youths blocked the Lagos-Ibadan expressway on Monday to protest the killing of a commercial motorcyclist "
            "by a soldier.")
    [event] = code_events(text, "en", "2024-12-10")   # a peaceful protest: "expressway" was no road
    assert event["sub_event_type"] == "Violent demonstration"


def test_a_third_sides_ground_attack_on_the_striker_is_an_event_apart(code_events):
    text = ("Ethiopian government drones struck a market in Debre Birhan on Wednesday, killing at least 25 people, residents "
            "said. Fano militiamen later attacked a military camp on the outskirts of the town, the residents said.")
    events = code_events(text, "en", "2024-12-20")   # the Fano attack was part of the drone strike
    assert sorted((e["sub_event_type"], e["actor1"]) for e in events) == [
        ("Air/drone strike", "Military Forces of Ethiopia"), ("Armed clash", "Fano Militia")]


def test_forces_parsed_under_as_ran_into_the_bomb(code_events):
    text = "On 12 January 2025, an IED exploded as a VDP patrol passed near Arbinda, killing 2 VDP members and wounding 3."
    [event] = code_events(text, "en", "2025-01-14")   # the patrol, parsed as "as a patrol" with "passed" its clause, set it off
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Burkina Faso)", "VDP: Volunteer for Defense of Homeland")


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "On Thursday, Russian troops captured the village of Pishchane in the Kharkiv region of Ukraine.", "Non-state actor overtakes territory"),
    ("fr", "Jeudi, les forces russes se sont emparées du village de Pichtchané, dans la région de Kharkiv, en Ukraine, après des combats avec l'armée ukrainienne.",
     "Non-state actor overtakes territory"),
    # foreign forces beside the government that retake a town from rebels regain it for the state
    ("en", "On Thursday, French troops retook the town of Gao, Mali, from Ansar Dine.", "Government regains territory"),
])
def test_another_countrys_forces_taking_ground_from_the_state_overtake_it(code_events, lang, text, sub):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["sub_event_type"] == sub


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "At least 25 people were killed on Thursday when militants attacked a military base in Borno state, Nigeria.", "Military Forces of Nigeria"),
    ("en", "Two people were killed on Thursday when gunmen attacked a police checkpoint in Borno state, Nigeria.", "Police Forces of Nigeria"),
])
def test_people_killed_when_forces_were_attacked_died_in_a_fight_with_them(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", actor2)


def test_people_killed_when_a_village_was_attacked_are_civilians(code_events):
    [event] = code_events("Three people were killed on Thursday when jihadists attacked a village near a military camp in Borno state, Nigeria.",
                          "en", "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, gang members torched a police station in Haiti's Artibonite department and freed the detainees."),
    ("fr", "Jeudi, des membres de gangs ont incendié un commissariat dans l'Artibonite, en Haïti, et libéré les détenus."),
])
def test_detainees_freed_by_armed_men_who_wrecked_the_station_are_no_agreement(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert event["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, gunmen killed a candidate for mayor during a campaign rally in Guerrero state, Mexico."),
    ("fr", "Jeudi, des hommes armés ont tué un candidat à la mairie lors d'un meeting de campagne dans l'Etat de Guerrero, au Mexique."),
])
def test_armed_men_who_kill_at_a_rally_attack_and_the_rally_is_only_where(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Attack", "Unidentified Armed Group (Mexico)", 1)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, security forces killed a Maoist commander in an encounter in Jharkhand, India."),
    ("fr", "Jeudi, les forces de sécurité ont tué trois maoïstes dans l'Etat du Jharkhand, en Inde."),
])
def test_an_encounter_with_maoists_is_a_clash(code_events, lang, text):
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "CPI (Maoist): Communist Party of India (Maoist)")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, the RSF besieged El Fasher in North Darfur, shelling a camp and killing 14 displaced people."),
    ("fr", "Jeudi, les FSR ont assiégé El Fasher, au Darfour du Nord, bombardant un camp à l'artillerie et tuant 14 déplacés."),
])
def test_shelling_during_a_siege_that_no_one_fought_is_shelling(code_events, lang, text):
    # a siege word alone names no battle: with only civilians hit, the shells are the event
    [event] = code_events(text, lang, "2024-03-15")
    assert (event["sub_event_type"], event["actor2"]) == ("Shelling/artillery/missile attack", "Civilians (Sudan)")


@pytest.mark.parametrize("lang,text", [
    ("en", "The RSF said on Monday they had taken full control of the town of Bara in North Kordofan, Sudan."),
    ("fr", "Les FSR ont affirmé lundi avoir pris le contrôle total de la ville de Bara, au Kordofan-Nord, au Soudan."),
])
def test_full_control_taken_is_ground_taken(code_events, lang, text):
    [event] = code_events(text, lang, "2025-11-04")
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "RSF: Rapid Support Forces")


def test_police_who_arrested_some_after_two_crowds_fought_are_not_the_other_side(code_events):
    text = "On 13 March 2024, supporters of two rival parties clashed in Kolkata, India, injuring six people. Police arrested ten."
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Mob violence", "Rioters (India)", "Rioters (India)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men carted away more than 200 head of cattle belonging to herders near Tera, Niger, on Thursday."),
    ("fr", "Des hommes armés ont emporté jeudi plus de 200 têtes de bétail appartenant à des éleveurs près de Téra, au Niger."),
])
def test_livestock_taken_is_looting(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Looting/property destruction", "Unidentified Armed Group (Niger)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers fired on a crowd of stone-throwing youths in Conakry, Guinea, on Thursday, killing one."),
    ("fr", "Les militaires ont tiré jeudi sur des jeunes qui lançaient des pierres à Conakry, en Guinée, tuant un adolescent."),
    ("en", "Youths threw stones at soldiers in Conakry, Guinea, on Thursday. The soldiers opened fire, killing one."),
])
def test_rioters_the_forces_shoot_at_are_still_rioting(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Riots", "Rioters (Guinea)", "Military Forces of Guinea", 1)   # was an attack on civilians


def test_a_rioter_killed_after_looting_no_armed_man_did_is_the_riot_s(code_events):
    text = ("Looting and burning of shops were reported across Kaya, Burkina Faso, on Thursday. "
            "One rioter was shot dead by the police while attacking the mayor's home.")
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Violent demonstration", "Rioters (Burkina Faso)", 1)


def test_a_strike_an_armed_speaker_says_it_made_is_an_event(code_events):
    text = "The Israeli military said it struck a Hezbollah weapons depot near Baalbek, Lebanon, on Thursday."
    [event] = code_events(text, "en", PUBLISHED)   # was no event: "struck" with a pronoun subject read as a labour strike
    assert (event["actor1"], event["country"]) == ("Military Forces of Israel", "Lebanon")


def test_a_drone_that_fell_on_a_depot_is_a_drone_strike_not_a_shooting(code_events):
    text = "Un drone kamikaze des FSR s'est abattu jeudi sur le dépôt de carburant de Port-Soudan, sans faire de victimes."
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "RSF: Rapid Support Forces")   # was an armed clash


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men robbed the passengers of a bus on the Bossangoa-Bouca road, Central African Republic, on Thursday before releasing them."),
    ("fr", "Des hommes armés ont dépouillé jeudi les passagers d'un bus sur l'axe Bossangoa-Bouca, en Centrafrique, avant de les relâcher."),
])
def test_people_released_after_being_robbed_were_robbed_not_freed_by_a_deal(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Looting/property destruction"   # was an agreement


@pytest.mark.parametrize("lang,text", [
    ("en", "More than a hundred protesters were arrested in Dhaka, Bangladesh, on Wednesday."),
    ("fr", "Une trentaine de manifestants ont été interpellés samedi à Conakry, en Guinée."),
])
def test_protesters_arrested_by_no_one_named_is_a_protest_with_intervention(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", "State forces")   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "Pro-government militiamen abducted two journalists covering a demonstration in Bamenda, Cameroon, on Tuesday."),
    ("fr", "Des miliciens ont enlevé mardi deux journalistes couvrant une manifestation à Bamenda, au Cameroun."),
])
def test_a_demonstration_the_victims_were_covering_is_not_the_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["assoc_actor_2"]) == ("Abduction/forced disappearance", "Journalists (Cameroon)")   # was a protest


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Angry students ransacked the local education board's offices in Korhogo, Ivory Coast, on Monday.", "Violent demonstration"),
    ("fr", "Des jeunes en colère ont incendié la mairie de Kaya lundi après la mort d'un commerçant.", "Violent demonstration"),
    ("en", "An angry crowd ransacked the house of a suspected witch in Kaya on Monday.", "Mob violence"),
    ("fr", "Une foule en colère a saccagé la maison d'une présumée sorcière à Kaya lundi.", "Mob violence"),
])
def test_a_crowd_that_wrecks_a_public_building_riots_one_that_wrecks_a_home_is_a_mob(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # the first two were mob violence


@pytest.mark.parametrize("lang,text", [
    ("en", "Two days after the attack on the village, residents held a funeral for the 12 victims."),
    ("fr", "Deux jours après l'attaque du village, les habitants ont enterré les 12 victimes."),
])
def test_who_acts_after_an_attack_did_not_attack(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert all(e["sub_event_type"] != "Mob violence" and not (e["actor1"] or "").startswith("Rioters") for e in events)   # the
    # mourners were a mob that attacked


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "A man suspected of witchcraft was beaten to death in the village of Tansila, Burkina Faso, on Sunday.", "Mob violence"),
    ("fr", "Un homme soupçonné de sorcellerie a été battu à mort dimanche dans le village de Tansila, au Burkina Faso.", "Mob violence"),
    ("en", "Gunmen beat a farmer to death in Timbuktu, Mali, on Sunday.", "Attack"),
    ("fr", "Un enseignant a été molesté par des élèves dans un lycée de Bouaké, en Côte d'Ivoire, lundi.", "Mob violence"),
    ("en", "Militiamen stopped a bus near Douentza, Mali, on Sunday. Its passengers were badly beaten.", "Attack"),
    ("fr", "Des extrémistes présumés ont saccagé une école à Boni, au Mali, dimanche. Deux gardiens ont été passés à tabac.", "Attack"),
])
def test_a_beating_by_no_one_named_is_mob_violence(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # the first two were an unidentified armed group's attack, the last no event ("molesté")


@pytest.mark.parametrize("lang,text", [
    ("en", "Police freed 20 hostages held in a forest near Kaduna, Nigeria, and arrested three suspects."),
    ("fr", "La police a libéré vingt otages retenus dans une forêt près de Kaduna, au Nigeria, et arrêté trois suspects."),
])
def test_forces_who_free_hostages_and_arrest_suspects_make_arrests_no_deal(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Nigeria")   # was an agreement


@pytest.mark.parametrize("lang,text", [
    ("en", "Gang members opened fire on a police helicopter over Cap-Haitien, Haiti, on Monday, without hitting anyone."),
    ("fr", "Des membres d'un gang ont ouvert le feu lundi sur un hélicoptère de la police au-dessus du Cap-Haïtien, en Haïti, sans "
           "faire de victimes."),
])
def test_an_aircraft_fired_on_is_a_target_no_air_strike(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) != ("Air/drone strike", "airstrike")   # the helicopter was the weapon
    assert event["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Armed settlers raided the olive groves of Burin, near Nablus, on Monday, injuring two farmers. Israeli troops then fired tear "
           "gas at the villagers.", "Attack"),
    ("fr", "Des colons armés ont fait irruption lundi dans les oliveraies de Burin, près de Naplouse, blessant deux agriculteurs. Des "
           "soldats israéliens ont ensuite tiré des gaz lacrymogènes sur les villageois.", "Attack"),
    ("en", "Hundreds of traders marched through Kisumu, Kenya, on Monday. Police then fired tear gas at them.", "Protest with intervention"),
])
def test_tear_gas_where_no_crowd_gathered_breaks_up_no_protest(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # the first two were a protest with intervention, the farmers its protesters


def test_stone_throwers_are_a_crowd(code_events):
    [event] = code_events("A land dispute in Segou, Mali, turned violent on Monday. Gendarmes who tried to intervene were attacked by "
                          "stone throwers and fired tear gas.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Mob violence"   # was a violent demonstration, though no protest is named


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "The rebels have set up their own administration in the town of Bunagana after seizing it last week, residents said.",
     "Non-state actor overtakes territory"),
    ("en", "The army has set up a new detachment in Djibasso, Burkina Faso, the government said.", "Headquarters or base established"),
    ("fr", "L'armée a installé un nouveau détachement à Djibasso, au Burkina Faso, a annoncé le gouvernement.",
     "Headquarters or base established"),
])
def test_ground_a_pronoun_stands_for_and_a_new_detachment(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # the first was looting ("seizing it"), the others no event


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Les forces de l'ordre ont dispersé samedi à Antananarivo un rassemblement de l'opposition.", "Protest with intervention"),
    ("en", "Militants fired a barrage of rockets at Ashkelon, Israel, on Wednesday, setting off air raid sirens.",
     "Shelling/artillery/missile attack"),
    ("fr", "Des militants ont tiré mercredi une salve de roquettes sur Ashkelon, en Israël, déclenchant les sirènes d'alerte aérienne.",
     "Shelling/artillery/missile attack"),
])
def test_an_object_past_a_day_and_a_town_and_sirens_that_are_no_air_strike(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # the first was a peaceful protest, the object past "à Antananarivo" unread; the
    # English rockets an air strike ("air raid")


@pytest.mark.parametrize("lang,text", [
    ("en", "Settlers uprooted 40 olive trees belonging to Palestinian farmers in Burin, near Nablus, on Monday."),
    ("fr", "Des colons ont arraché lundi une quarantaine d'oliviers appartenant à des agriculteurs palestiniens à Burin, près de Naplouse."),
])
def test_trees_uprooted_are_property_destroyed(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Looting/property destruction"   # was no event


@pytest.mark.parametrize("lang,text", [
    ("en", "The president was overthrown by soldiers in Niamey, Niger, on Sunday."),
    ("fr", "Le président a été renversé par des militaires dimanche à Niamey, au Niger."),
])
def test_a_president_overthrown_by_soldiers_is_a_coup(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Other", "Mutiny of Military Forces of Niger")   # was no event


@pytest.mark.parametrize("lang,text", [
    ("en", "Houthi rebels said on Monday they had launched a drone attack on a cargo ship in the Red Sea; the US military said the "
           "drone was shot down."),
    ("fr", "Les rebelles ont lancé mardi une attaque de drones contre l'aéroport de Port-Soudan, mais les drones ont été abattus par "
           "la défense antiaérienne."),
])
def test_a_drone_attack_shot_down_is_a_disrupted_weapon(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Disrupted weapons use"   # was an air strike: "attack" an attack of its own beside the drone


@pytest.mark.parametrize("lang,text", [
    ("en", "Separatist fighters set fire to a school in Bamenda on Monday to enforce a boycott of classes, residents said."),
    ("fr", "Des combattants séparatistes ont incendié lundi une école à Bamenda pour faire respecter le boycott des cours, selon des "
           "habitants."),
])
def test_armed_men_who_burn_a_school_to_enforce_a_boycott_are_no_rioters(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Looting/property destruction"   # was a violent demonstration (the boycott a protest)


@pytest.mark.parametrize("lang,text", [
    ("en", "Two people were killed on Monday when police opened fire on striking miners at a platinum mine near Rustenburg, South "
           "Africa."),
    ("fr", "Deux personnes ont été tuées lundi lorsque la police a ouvert le feu sur des mineurs en grève dans une mine de platine près "
           "de Rustenburg, en Afrique du Sud."),
])
def test_a_mine_of_a_metal_is_a_place_no_landmine(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Excessive force against protesters", "firearm")   # was a landmine blast


def test_a_day_hung_on_the_object_leaves_the_object_the_verb_s(code_events):
    [event] = code_events("Les soldats ont découvert et détruit mercredi une fabrique d'engins explosifs dans la forêt de Tapoa, au "
                          "Burkina Faso.", "fr", PUBLISHED)
    assert event["sub_event_type"] == "Disrupted weapons use"   # was an IED explosion against the soldiers


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des centaines d'étudiants ont paralysé jeudi le campus de l'université de Ouagadougou pour réclamer le paiement de leurs "
           "bourses, avant d'être délogés par la police."),
    ("en", "Hundreds of students staged a sit-in on the campus of the University of Ouagadougou on Thursday, before being removed "
           "by police."),
])
def test_demanders_removed_by_police_protested_with_intervention(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Protest with intervention"   # French: no event; English: a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "At least three people were killed when security forces opened fire on a crowd attacking a police station in Nyeri, Kenya, "
           "on Saturday."),
    ("fr", "Au moins trois personnes ont été tuées samedi lorsque les forces de sécurité ont ouvert le feu sur une foule attaquant un "
           "commissariat à Nyeri, au Kenya."),
])
def test_forces_firing_on_a_crowd_that_attacks_face_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["actor1"]) == ("Riots", "Rioters (Kenya)")   # was the forces' attack on civilians


@pytest.mark.parametrize("lang,text", [
    ("en", "Two fishermen were killed by hippos on Lake Edward, Congo, on Saturday."),
    ("en", "Elephants trampled a farmer to death near Kasese, Uganda, on Sunday."),
    ("fr", "Des pêcheurs ont été attaqués samedi par des hippopotames sur le lac Édouard, en RDC, faisant deux morts."),
    ("fr", "Un crocodile a tué un pêcheur samedi à Kinshasa."),
])
def test_animals_that_kill_make_no_event(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was an unidentified armed group's attack


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une dizaine de maisons ont été incendiées et trois personnes tuées lors de heurts intercommunautaires samedi à Kouango, en "
           "Centrafrique, selon les autorités."),
    ("en", "About ten houses were burned and three people killed during inter-ethnic clashes in Kouango, Central African Republic, on "
           "Saturday, the authorities said."),
])
def test_intercommunal_clashes_are_a_communal_battle(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")
    # (was a communal militia's attack on civilians: "heurts" a riot's word)


@pytest.mark.parametrize("lang,text", [
    ("en", "Pro-government militiamen abducted five journalists who were covering a protest in Bamako, Mali, on Friday."),
    ("fr", "Des miliciens progouvernementaux ont enlevé vendredi à Bamako, au Mali, cinq journalistes qui couvraient une manifestation."),
])
def test_journalists_who_were_covering_a_protest_are_the_ones_taken(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Abduction/forced disappearance"   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois personnes ont été blessées samedi par l'explosion d'une grenade lancée dans un bar de Bujumbura, au Burundi, par des "
           "inconnus."),
    ("en", "Three people were wounded on Saturday by the explosion of a grenade thrown into a bar in Bujumbura, Burundi, by unknown "
           "attackers."),
])
def test_the_explosion_of_a_grenade_is_a_grenade_attack(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Grenade"   # was an IED: "explosion" weighed more than the grenade it names


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers thwarted a suicide attack on their post near Gao, Mali, on Tuesday, the defence ministry said."),
    ("fr", "L'armée malienne a déjoué mardi un attentat-suicide aux abords de Gao, a-t-elle annoncé."),
])
def test_a_foiled_suicide_attack_was_fought_and_killed_no_bomber(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 0)   # was a suicide bombing


def test_house_arrest_is_an_arrest(code_events):
    [event] = code_events("Le chef de l'opposition a été placé en résidence surveillée lundi à Conakry, en Guinée, selon son parti.", "fr",
                          PUBLISHED)
    assert event["sub_event_type"] == "Arrests"   # was no event ("placed under house arrest" was one in English)


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands of farmers marched in Brussels, Belgium, on Thursday against a trade deal, with some throwing eggs and "
           "firecrackers at police."),
    ("fr", "Des milliers d'agriculteurs ont manifesté jeudi à Bruxelles, en Belgique, contre un accord commercial ; certains ont "
           "lancé des œufs et des pétards sur les policiers."),
])
def test_things_thrown_at_police_make_a_violent_demonstration(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "The junta of Niger suspended on Thursday the activities of all political parties until further notice."),
    ("fr", "Les autorités de transition ont suspendu jeudi les activités de tous les partis politiques au Mali."),
    ("en", "Authorities in Lagos, Nigeria, banned a planned opposition rally on Thursday."),
    ("fr", "Le gouverneur a interdit jeudi la marche prévue par l'opposition à Conakry, en Guinée."),
])
def test_what_a_government_suspends_or_bans_is_a_strategic_development(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Other"   # was no event, or a peaceful protest that was banned


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested two men with explosives at a bus station in Kano, Nigeria, on Thursday."),
    ("fr", "Les gendarmes ont interpellé jeudi à Dapaong, au Togo, un suspect avec une grenade."),
    ("en", "Police in Kano, Nigeria, foiled a bomb plot on Thursday, arresting two suspects."),
])
def test_a_weapon_found_on_captives_or_planned_types_no_explosion(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Arrests", None)   # was an explosion: the weapon typed the event


def test_looting_with_a_person_shot_is_an_attack(code_events):
    [event] = code_events("Suspected militants stole cattle from herders near Djibo, Burkina Faso, on Thursday and shot a herder who "
                          "resisted.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Attack"   # was looting: "shot" hurt no one


@pytest.mark.parametrize("text,sub", [
    ("Soldiers entered the village of Koro, Mali, on Thursday, burned granaries and shot dead goats.", "Looting/property destruction"),
    ("A surveillance drone was shot down near Kidal, Mali, on Thursday.", "Disrupted weapons use"),
])
def test_shooting_animals_or_aircraft_harms_no_one(code_events, text, sub):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion at a gold mining site near Kayes, Mali, killed eight miners on Thursday; officials said dynamite had been "
           "mishandled."),
    ("fr", "Une explosion a tué huit orpailleurs jeudi près de Kayes, au Mali, à la suite d'une mauvaise manipulation de dynamite."),
])
def test_an_explosive_mishandled_is_an_accident(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was a remote explosive


def test_forces_who_say_a_bomb_was_set_off_did_not_set_it_off(code_events):
    [event] = code_events("A bomb went off in a market in Quetta, Pakistan, on Thursday, killing two people. Police said the bomb "
                          "was detonated remotely.", "en", PUBLISHED)
    assert event["actor1"] == "Unidentified Armed Group (Pakistan)"   # was the police


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed two teachers at a school in Bafut, Cameroon, on Thursday, where separatists enforce a boycott of classes."),
    ("fr", "Deux enseignants ont été tués jeudi par des hommes armés dans une école de Bafut, au Cameroun, où les séparatistes "
           "imposent un boycott des classes."),
])
def test_a_boycott_armed_men_impose_is_no_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "Unidentified Armed Group (Cameroon)")   # was a riot by rioters


@pytest.mark.parametrize("lang,text", [
    ("en", "A crowd of motorcycle taxi drivers set fire to a police post in Mamou, Guinea, on Thursday after an officer allegedly shot "
           "one of their colleagues."),
    ("fr", "Des jeunes en colère ont mis le feu à la mairie de Mamou, en Guinée, jeudi."),
])
def test_a_crowd_that_sets_fire_to_a_public_building_riots(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was looting or mob violence: the fire was set "to" the building, and
    # the shot that angered the crowd came before


def test_a_statement_verb_in_an_aside_tells_the_event(code_events):
    [event] = code_events("Une femme a été violée puis tuée par des hommes armés près de Bunia, en RDC, a dénoncé mardi une association de "
                          "défense des droits humains.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Sexual violence", 1)   # was no event: a statement on an earlier one


@pytest.mark.parametrize("lang,text", [
    ("fr", "La trêve a été violée lundi par les rebelles près de Goma, en RDC."),
    ("fr", "Le cessez-le-feu a été violé lundi près de Goma, en RDC."),
])
def test_a_truce_violated_is_no_rape(code_events, lang, text):
    assert all(e["sub_event_type"] != "Sexual violence" for e in code_events(text, lang, PUBLISHED))


@pytest.mark.parametrize("lang,text", [
    ("en", "Myanmar's military dropped bombs on a school in Sagaing region on Monday, killing 13 children."),
    ("fr", "L'armée birmane a largué des bombes sur un marché à Kutkai lundi, tuant huit civils."),
])
def test_bombs_dropped_fall_from_the_air(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Air/drone strike", "airstrike")   # was an IED


def test_armed_men_who_detain_people_in_raids_abduct_them(code_events):
    [event] = code_events("Sudan's paramilitary Rapid Support Forces detained dozens of young men in house-to-house raids in the Ombada "
                          "district of Omdurman on Monday, residents said.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Abduction/forced disappearance", "RSF: Rapid Support Forces")   # was an attack


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces armées centrafricaines, appuyées par des instructeurs russes, ont délogé les rebelles de la CPC de la ville de "
           "Bambari mercredi."),
    ("en", "Central African troops dislodged CPC rebels from the town of Bambari on Wednesday."),
])
def test_forces_that_dislodge_rebels_fight_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["actor2"]) == ("Battles", "CPC: Coalition of Patriots for Change")   # was no event


def test_protesters_who_occupy_a_square_take_no_ground(code_events):
    [event] = code_events("Des manifestants qui occupaient la place de l'Indépendance à Dakar ont été délogés par la police mardi.", "fr",
                          PUBLISHED)
    assert event["sub_event_type"] == "Protest with intervention"   # was the government regaining territory


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces ukrainiennes ont abattu 25 des 30 drones lancés par la Russie dans la nuit de jeudi à vendredi, a annoncé "
           "l'armée de l'air ukrainienne."),
    ("en", "Ukrainian forces shot down 25 of the 30 drones launched by Russia overnight, the Ukrainian air force said."),
])
def test_drones_partly_shot_down_are_the_launcher_s_strike(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == ("Air/drone strike", "Military Forces of Russia", 0)
    # was Ukraine's strike, and in French 25 dead: the drones shot down


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion at an army ammunition depot in Brazzaville, Congo, killed at least 10 people on Monday."),
    ("fr", "L'explosion d'un dépôt de munitions de l'armée à Brazzaville, au Congo, a fait dix morts lundi."),
])
def test_an_ammunition_depot_that_blew_up_is_an_accident(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was an IED attack on the army


def test_a_mob_that_burns_a_police_station_riots(code_events):
    [event] = code_events("A mob set ablaze a police station in the Ethiopian town of Gondar on Friday after police allegedly killed a young "
                          "man during a search.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", None)   # was mob violence against civilians


def test_demonstrators_who_loot_in_a_participle_clause_riot_whatever_the_police_did(code_events):
    [event] = code_events("Protesters stormed the provincial governor's office in Goma, Congo, on Tuesday, looting computers and setting "
                          "vehicles on fire, before police fired live bullets, killing one.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was excessive force against peaceful protesters


def test_a_rape_an_ngo_denounced_in_an_aside_is_an_event_and_the_ngo_no_victim(code_events):
    [event] = code_events("Une jeune fille de 14 ans a été violée par deux hommes armés à Walungu, dans le Sud-Kivu, a dénoncé jeudi "
                          "une ONG locale.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["assoc_actor_2"]) == ("Sexual violence", "Women (Democratic Republic of Congo)")
    # was no event (a statement); the NGO is no aid worker among the victims


def test_a_clause_after_a_comma_and_a_conjunction_with_its_own_strike_and_place_is_another_event(code_events):
    events = code_events("Lebanese Hezbollah fired dozens of rockets at northern Israel on Thursday, and Israeli jets struck Hezbollah "
                         "targets in southern Lebanon in response.", "en", PUBLISHED)
    assert sorted((e["actor1"], e["country"]) for e in events) == [("Hezbollah", "Israel"), ("Military Forces of Israel", "Lebanon")]
    # was the air strike alone, in Israel


def test_supporters_who_ransack_a_house_to_contest_results_riot(code_events):
    [event] = code_events("Le domicile d'un député a été saccagé mercredi à Nouakchott, en Mauritanie, par des partisans de l'opposition qui "
                          "contestent les résultats de l'élection présidentielle.", "fr", PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was mob violence


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux jours après l'attaque de Tahoua, au Niger, l'armée nigérienne a lancé jeudi une vaste opération de ratissage dans la zone."),
    ("en", "Two days after the attack on Tahoua, Niger, the army launched a vast sweep operation in the area on Thursday."),
])
def test_an_earlier_event_opening_a_sentence_with_no_event_after_it_is_no_event(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was an attack on civilians by the army


def test_the_fire_armed_men_set_is_the_weapon_not_their_arms(code_events):
    [event] = code_events("Des hommes armés soupçonnés d'appartenir au JNIM ont incendié mercredi l'école primaire du village de Tin-Akoff, "
                          "au Burkina Faso.", "fr", PUBLISHED)
    assert event["weapon"] == "arson"   # was firearm: the armed men's


@pytest.mark.parametrize("lang,text", [
    ("en", "Some 3,000 Hezbollah supporters gathered in Beirut's southern suburbs on Friday for the funeral of a commander killed in "
           "an Israeli strike."),
    ("fr", "Quelque 3.000 partisans du Hezbollah se sont rassemblés vendredi dans la banlieue sud de Beyrouth pour les funérailles "
           "d'un commandant tué dans une frappe israélienne."),
])
def test_the_dead_a_funeral_gathering_mourns_are_its_cause(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["actor2"]) == ("Peaceful protest", 0, None)
    # was excessive force by Israel against the mourners, one killed


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un camion piégé a explosé mardi devant un commissariat de police à Mogadiscio, en Somalie, tuant au moins huit personnes, "
           "dont trois policiers."),
    ("en", "A truck bomb exploded outside a police station in Mogadishu, Somalia, on Tuesday, killing at least eight people, including "
           "three police officers."),
])
def test_a_truck_bomb_is_an_explosive(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"   # was a battle with the police


def test_soldiers_who_beat_a_young_man_to_death_attack_a_civilian(code_events):
    [event] = code_events("Des militaires ont battu à mort un jeune homme dans un camp militaire de Bangui, en Centrafrique, jeudi.", "fr",
                          PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Central African Republic)")
    # was a battle: "jeune homme" was no one, the camp the other side


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des militaires mutins ont tiré en l'air jeudi matin dans le camp de Kati, au Mali, pour réclamer le paiement de leurs primes."),
    ("en", "Mutinous soldiers fired in the air at the Kati camp in Mali on Thursday to demand the payment of their bonuses."),
])
def test_mutineers_who_fire_in_the_air_for_their_demands_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"], event["actor2"]) == (
        "Violent demonstration", "Rioters (Mali)", "Mutiny of Military Forces of Mali", None)
    # was a protest the mutiny intervened in


def test_hostages_freed_on_a_day_named_before_them_were_not_taken(code_events):
    [event] = code_events("L'armée nigérienne a libéré vendredi 30 otages détenus par des bandits dans la région de Maradi, au Niger.", "fr",
                          PUBLISHED)
    assert event["sub_event_type"] != "Abduction/forced disappearance"   # was an abduction: the parse hangs "otages" on "vendredi"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samedi à Kinshasa, en RDC, la police a fait usage de gaz lacrymogène et de balles réelles contre une marche de "
           "l'opposition, faisant un mort."),
    ("en", "On Saturday in Kinshasa, Congo, police used tear gas and live bullets against an opposition march, killing one person."),
])
def test_bullets_fired_with_tear_gas_are_the_weapon(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["weapon"] == "firearm"   # was tear_gas, named first


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of residents took to the streets of Port-au-Prince, Haiti, on Monday to protest against gang violence, blocking roads "
           "with burning barricades."),
    ("fr", "Des centaines d'habitants sont descendus lundi dans les rues de Port-au-Prince, en Haïti, pour protester contre la violence "
           "des gangs, bloquant les routes avec des barricades enflammées."),
])
def test_barricades_put_up_after_the_cause_of_a_protest_are_the_protesters(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was a peaceful protest: the barricades were read as its cause


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of opposition supporters clashed with police in Conakry, Guinea, on Thursday; two demonstrators were killed."),
    ("fr", "Des centaines de partisans de l'opposition se sont heurtés à la police jeudi à Conakry, en Guinée ; deux manifestants ont "
           "été tués."),
])
def test_a_crowd_s_dead_are_its_toll_not_whom_it_faced(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"], event["fatalities"]) == ("Violent demonstration", "Police Forces of Guinea", 2)
    # was no actor2, the dead demonstrators taken for the other side; in French a peaceful protest with no dead, the toll after
    # the semicolon read as no main clause's


@pytest.mark.parametrize("lang,text", [
    ("en", "Since Monday, jihadists have imposed a blockade on the town of Diapaga, Burkina Faso, preventing residents from leaving."),
    ("fr", "Depuis lundi, des jihadistes imposent un blocus à la commune de Diapaga, au Burkina Faso, empêchant les habitants de sortir."),
    ("en", "Armed villagers besieged the neighbouring hamlet near Djibo, Burkina Faso, on Monday, preventing civilians from entering or "
           "leaving it."),
])
def test_a_blockade_that_no_one_fights_is_a_change_to_the_group_s_activity(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Change to group/activity"   # was no event, or an armed clash


def test_a_siege_that_kills_is_still_violence(code_events):
    [event] = code_events("Jihadists besieged a village near Djibo, Burkina Faso, on Monday, preventing civilians from leaving, and "
                          "killed two farmers.", "en", PUBLISHED)
    assert event["event_type"] == "Violence against civilians"


def test_doers_who_leave_what_they_took_handed_no_ground_over(code_events):
    [event] = code_events("ISWAP fighters overran a military base in Marte, Nigeria, on Monday and seized weapons before withdrawing.", "en",
                          PUBLISHED)
    assert event["sub_event_type"] != "Non-violent transfer of territory"   # was: their own withdrawal read as a handover


def test_a_handover_after_the_other_side_left_stays_one(code_events):
    [event] = code_events("CMA forces took control of Anefis, Mali, without a fight on Monday after GATIA fighters left the town.", "en",
                          PUBLISHED)
    assert event["sub_event_type"] == "Non-violent transfer of territory"


@pytest.mark.parametrize("lang,text", [
    ("en", "Relatives of soldiers killed in a recent attack blocked the entrance of the defence ministry in Ouagadougou, Burkina Faso, on "
           "Monday to demand information."),
    ("fr", "Des proches de militaires tués lors d'une récente attaque ont manifesté lundi devant le ministère de la Défense à "
           "Ouagadougou, au Burkina Faso."),
])
def test_the_dead_who_describe_the_demonstrators_are_no_toll(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"], event["actor2"]) == ("Peaceful protest", 0, None)
    # was excessive force by the army, one dead: the soldiers killed before read as the demonstration's toll


def test_heurts_between_two_communities_are_their_armed_clash(code_events):
    [event] = code_events("Au moins trois personnes ont été tuées lundi dans des heurts entre agriculteurs et éleveurs à Kalalé, au Bénin.",
                          "fr", PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")
    # was one community attacking civilians: "heurts" read as a riot word only


@pytest.mark.parametrize("lang,text", [
    ("en", "In Ziguinchor, Senegal, one protester was shot dead on Friday during a demonstration against the arrest of an opposition "
           "leader."),
    ("fr", "À Ziguinchor, au Sénégal, un manifestant a été tué par balle vendredi lors d'une manifestation contre l'arrestation d'un "
           "opposant."),
])
def test_protesters_shot_with_no_shooter_named_face_the_police(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters", "Police Forces of Senegal")
    # was no actor2: the dead protester taken for the other side


@pytest.mark.parametrize("lang,text,country", [
    ("en", "Burkinabe authorities on Wednesday suspended the broadcasts of Radio France Internationale in the country.", "Burkina Faso"),
    ("fr", "Les autorités maliennes ont suspendu mercredi la diffusion de la chaîne France 24 dans tout le pays.", "Mali"),
])
def test_a_medium_suspended_is_a_strategic_development_in_the_country_that_did_it(code_events, lang, text, country):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["country"]) == ("Other", country)
    # was no event; the medium's name (not_places.yaml) no vote for France


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le gouvernement burkinabè a annoncé vendredi la réquisition de plusieurs milliers de jeunes pour combattre aux côtés de "
           "l'armée."),
    ("en", "The government of Burkina Faso announced on Friday the recruitment of thousands of young volunteers to fight alongside the "
           "army."),
])
def test_what_a_noun_is_for_is_no_fight(code_events, lang, text):
    assert not [e for e in code_events(text, lang, PUBLISHED) if e["event_type"] in ("Battles", "Riots")]
    # was mob violence: "pour combattre" read as a fight of the youths


def test_fireworks_fired_at_a_police_station_are_a_riot_not_shelling(code_events):
    [event] = code_events("À Nanterre, en France, des voitures ont été incendiées et un commissariat visé par des tirs de mortiers "
                          "d'artifice dans la nuit de mardi à mercredi.", "fr", PUBLISHED)
    assert (event["event_type"], event["weapon"]) != ("Explosions/Remote violence", "mortar")   # was shelling with mortars


def test_farmers_who_block_a_motorway_riot(code_events):
    [event] = code_events("Des agriculteurs en colère ont déversé du fumier devant la préfecture d'Agen, en France, lundi et bloqué "
                          "l'autoroute A62.", "fr", PUBLISHED)
    assert (event["event_type"], event["inter1"]) == ("Riots", "Rioters")   # was no event: "l'autoroute" no road word


def test_a_government_telling_of_stones_thrown_is_no_side_and_self_defence_no_militia(code_events):
    [event] = code_events("Two people were killed on Wednesday when police opened fire on demonstrators protesting against fuel prices in "
                          "Conakry, Guinea. The government said officers had acted in self-defence after protesters threw stones.",
                          "en", PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Rioters (Guinea)", "Police Forces of Guinea")   # was the communal militia
    # "self-defence" beside rioters, and the government as their side


def test_the_weapon_of_what_a_protest_is_about_is_not_the_protest_s(code_events):
    [event] = code_events("Dozens of women blocked the main road in Bunia, Congo, on Thursday to protest against the killing of a "
                          "motorcycle taxi driver by unidentified gunmen.", "en", PUBLISHED)
    assert event["event_type"] == "Riots" and event["weapon"] is None   # was a firearm, the gunmen's


@pytest.mark.parametrize("text", [
    "Des heurts ont opposé dimanche des agriculteurs lobi à des éleveurs peuls à Bouna, en Côte d'Ivoire, faisant un mort.",
    "Des heurts ont opposé dimanche des agriculteurs dogons à des éleveurs peuls près de Bankass, au Mali, faisant un mort.",
])
def test_communities_set_against_each_other_in_clashes_fought(code_events, text):
    [event] = code_events(text, "fr", PUBLISHED)   # was an attack by the herders on the farmers
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", "Identity militia", "Identity militia")


def test_a_crowd_set_against_the_police_in_clashes_still_riots(code_events):
    [event] = code_events("Des heurts ont opposé jeudi des manifestants aux forces de l'ordre à Conakry, en Guinée, faisant deux blessés.",
                          "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Guinea")


@pytest.mark.parametrize("lang,text", [
    ("en", "On 13 March 2024, Koglweogo members retaliated by attacking a Fulani camp near Fada N'gourma, killing 6 herders."),
    ("fr", "Mercredi, des Koglweogo ont riposté en attaquant un campement peul près de Fada N'Gourma, au Burkina Faso, tuant six "
           "éleveurs."),
])
def test_a_retaliation_is_the_act_it_was_made_by(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", "Civilians")   # was an armed clash with a Fulani militia


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Des hommes armés de grenades ont attaqué dimanche soir un bar à Bujumbura, au Burundi, tuant trois personnes.", "Grenade"),
    ("fr", "Trois personnes ont été tuées dimanche soir lors de l'attaque d'un bar à Bujumbura, au Burundi, par des hommes armés de "
           "grenades.", "Grenade"),
    ("en", "Police arrested two men armed with grenades in Bujumbura, Burundi, on Sunday night.", "Arrests"),
])
def test_grenades_the_attackers_bear_are_thrown(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # was an attack with a firearm


@pytest.mark.parametrize("lang,text", [
    ("en", "On 13 March 2024, a police officer was shot dead by suspected robbers in the Kasarani area of Nairobi, Kenya."),
    ("fr", "Un policier a été abattu mercredi par des voleurs présumés dans le quartier de Kasarani à Nairobi, au Kenya."),
])
def test_suspects_who_killed_are_no_mob_s_victims(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Police Forces of Kenya")   # was mob violence: the robbers
    # taken for a crowd's punished suspects


@pytest.mark.parametrize("lang,text", [
    ("en", "In two separate incidents on Tuesday, gunmen killed a herder in Douentza and abducted two traders near Tenenkou, Mali."),
    ("en", "On Tuesday, gunmen killed a herder in Douentza and abducted two traders near Tenenkou, Mali, in two separate incidents."),
    ("fr", "Mardi, lors de deux incidents distincts, des hommes armés ont tué un éleveur à Douentza et enlevé deux commerçants près de "
           "Ténenkou, au Mali."),
])
def test_acts_a_sentence_tells_apart_are_two_events(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)   # was one abduction, or one attack: the other act lost
    assert sorted((e["sub_event_type"], e["location"], e["fatalities"]) for e in events) == [
        ("Abduction/forced disappearance", "Tenenkou", 0), ("Attack", "Douentza", 1)]


def test_acts_joined_with_no_word_of_apart_stay_one_event(code_events):
    events = code_events("On Tuesday, gunmen killed a herder in Douentza, Mali, and abducted his two sons.", "en", PUBLISHED)
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Attack", 1)]


@pytest.mark.parametrize("lang,text", [
    ("en", "On 11 March 2024, the Malian army established a new military camp in Douentza (Douentza, Mopti)."),
    ("fr", "L'armée malienne a installé lundi un nouveau camp militaire à Douentza, au Mali."),
])
def test_a_new_military_camp_is_a_base_established(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Headquarters or base established", "Military Forces of Mali")   # was no event


def test_live_bullets_fired_at_protesters_are_excessive_force(code_events):
    [event] = code_events("On 12 March 2024, police fired live bullets at motorcycle taxi drivers protesting a ban in Kinshasa, Congo, "
                          "injuring four.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters",
                                                          "Police Forces of the Democratic Republic of Congo")   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "On 9 March 2024, Arakan Army fighters captured an army outpost in Minbya township (Rakhine, Myanmar) after several "
           "days of fighting with the military."),
    ("en", "On 9 March 2024, Arakan Army fighters took control of Minbya (Rakhine, Myanmar) after they clashed with soldiers."),
    ("fr", "Le 9 mars 2024, les combattants de l'Arakan Army ont pris le contrôle de Minbya, en Birmanie, après des combats avec l'armée."),
])
def test_ground_taken_after_a_fight_is_the_ground_taken(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Non-state actor overtakes territory", "ULA/AA: United League of Arakan/Arakan Army")   # was an armed
    # clash: the fight that tells how the ground was taken outweighed the taking


@pytest.mark.parametrize("lang,text", [
    ("en", "On 10 March 2024, bandits robbed the passengers of a bus near Garoua, Cameroon, and abducted three of them for ransom."),
    ("fr", "Le 10 mars 2024, des coupeurs de route ont dépouillé les passagers d'un bus près de Garoua, au Cameroun, et enlevé "
           "trois d'entre eux contre rançon."),
])
def test_an_abduction_with_a_robbery_stays_an_abduction(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Abduction/forced disappearance"   # was an attack: the robbery taken for harm done


def test_abductees_beaten_are_attacked(code_events):
    [event] = code_events("On 10 March 2024, gunmen beat the passengers of a bus near Garoua, Cameroon, and abducted three of them.",
                          "en", PUBLISHED)
    assert event["sub_event_type"] == "Attack"


def test_demonstrators_who_loot_riot(code_events):
    [event] = code_events("A Goma, des centaines de jeunes ont manifesté mardi contre la MONUSCO, pillant un entrepôt de la mission. "
                          "La police a tiré en l'air pour les disperser.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of the Democratic Republic of Congo")
    # was a protest with intervention: "pillant", lemmatised as a noun, was no word of looting


@pytest.mark.parametrize("lang,text", [
    ("en", "On 12 March 2024, Ambazonian separatists set fire to a school in Kumbo (Bui, North-West, Cameroon) to enforce the "
           "school boycott."),
    ("fr", "Le 12 mars 2024, des séparatistes ambazoniens ont incendié une école à Kumbo, au Cameroun, pour faire respecter le "
           "boycott scolaire."),
])
def test_a_school_armed_separatists_burn_to_enforce_a_boycott_is_their_arson(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Looting/property destruction", "Ambazonian Separatists")
    # was a violent demonstration by rioters (en), or no event, the boycott's context taken for the arson's (fr)


def test_airstrikes_the_side_attacked_answered_with_are_the_battle_s(code_events):
    [event] = code_events("On 12 March 2024, PKK militants attacked a Turkish military base in Duhok (Kurdistan Region, Iraq). "
                          "Turkish forces responded with airstrikes.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "PKK: Kurdistan Workers Party", "Military Forces of Turkey")   # was an air strike by the PKK


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 30 people were killed on 10 March 2024 in intercommunal clashes between Hema and Lendu in Djugu territory, Ituri."),
    ("fr", "Au moins 30 personnes ont été tuées le 10 mars 2024 dans des affrontements intercommunautaires entre Hema et Lendu dans le "
           "territoire de Djugu, en Ituri."),
])
def test_communities_named_in_an_intercommunal_clash_are_its_sides(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["actor2"]) == ("Hema Ethnic Militia (Democratic Republic of Congo)",
                                                  "Lendu Ethnic Militia (Democratic Republic of Congo)")
    # was an unidentified communal militia against the Hema, the word "intercommunal" taken for a side


def test_another_patrol_attacked_the_next_day_is_another_event(code_events):
    events = code_events("Trois soldats ont été tués le 12 mars 2024 dans l'explosion d'un engin artisanal au passage de leur véhicule "
                         "près de Ménaka. Le lendemain, une autre patrouille a été attaquée à Anderamboukane, sans faire de victimes.",
                         "fr", PUBLISHED)
    assert [(e["event_date"], e["location"]) for e in events] == [(date(2024, 3, 12), "Menaka"), (date(2024, 3, 13), "Anderanboukan")]
    # was one event, at Anderamboukane


def test_a_mine_worker_is_no_landmine(code_events):
    [event] = code_events("On 11 March 2024, unknown gunmen abducted a Chinese mine worker near Bozoum (Central African Republic) and "
                          "killed his driver.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "firearm")   # was a landmine explosion


def test_ground_a_town_s_forces_took_without_a_fight_is_handed_over(code_events):
    [event] = code_events("Kidal : les FAMa et leurs partenaires reprennent le contrôle de Tessalit. L'armée malienne a annoncé mardi avoir "
                          "pris possession de la localité après le départ des groupes armés, sans combat.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["location"]) == (
        "Non-violent transfer of territory", "Military Forces of Mali", "Tessalit")   # was the government regaining it: the
    # sentence that said "sans combat" dropped as context


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 14 mars 2024, un drone kamikaze de l'armée malienne a frappé un pick-up transportant des combattants du FLA près de Kidal, "
           "tuant ses cinq occupants."),
    ("en", "On 14 March 2024, a Malian army kamikaze drone struck a pickup carrying FLA fighters near Kidal, killing its five occupants."),
])
def test_a_kamikaze_drone_is_no_suicide_bomber(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Mali")   # was an unidentified
    # armed group: "kamikaze" taken for the bomber who struck


@pytest.mark.parametrize("said", [
    "The army said he had thrown an explosive device at troops.",
    "The army said the boy had thrown an explosive device at troops.",
])
def test_a_harmless_blast_told_after_a_shooting_does_not_type_it(code_events, said):
    [event] = code_events(f"On 12 March 2024, Israeli forces shot dead a 15-year-old Palestinian boy during a raid in Balata refugee camp "
                          f"(Nablus). {said}", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Attack", "Military Forces of Israel", "firearm")
    # was an IED explosion, by the Palestinian army: the army's account of the boy's act typed the event


def test_fire_answered_on_a_place_of_its_own_is_an_event_of_its_own(code_events):
    events = code_events("On 12 March 2024, Hezbollah fired anti-tank missiles at an Israeli military post near Metula, wounding two "
                         "soldiers. Israel responded with artillery fire on Kfar Kila (Nabatieh, Lebanon).", "en", PUBLISHED)
    assert sorted((e["actor1"], e["weapon"]) for e in events) == [("Hezbollah", "missile"), ("Military Forces of Israel", "artillery")]
    # was one shelling by Hezbollah: the answer, of the same type and naming no target, joined to the strike it answered


def test_resource_words_are_words_not_yaml_booleans():
    """YAML reads a bare on, no or yes as a boolean: "strike_aims: [against, on]" lost "on", and Norway's code "NO" its
    demonyms' country."""
    import yaml

    from pipeline.resources import demonyms, resource_files

    def words(node):
        if isinstance(node, dict):
            yield from (w for v in node.values() for w in words(v))
        elif isinstance(node, list):
            yield from (w for v in node for w in ([v] if not isinstance(v, (dict, list)) else words(v)))

    for path in resource_files():
        assert not [w for w in words(yaml.safe_load(path.read_text(encoding="utf-8"))) if isinstance(w, bool)], path
    for lang in ("en", "fr"):
        assert all(isinstance(cc, str) for cc in demonyms(lang).values())


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le 3 mai 2021, des chasseurs dozos ont tendu une embuscade à des jihadistes présumés près de Macina, au Mali. Deux assaillants "
           "ont été tués."),
    ("en", "On 3 May 2021, Dozo hunters laid an ambush for suspected jihadists near Macina, Mali, killing two of them."),
])
def test_those_an_ambush_was_laid_for_are_its_target(code_events, lang, text):
    [event] = code_events(text, lang, "2021-05-10")
    assert (event["sub_event_type"], event["actor2"], event["weapon"]) == (
        "Armed clash", "Unidentified Armed Group (Mali)", None)   # was an attack on civilians: the jihadists were no side


def test_an_armed_hold_up_in_french_is_looting(code_events):
    [event] = code_events("Le 5 mai 2021, des bandits armés ont braqué des commerçants sur la route de Banikoara, au Bénin, et emporté "
                          "leurs biens.", "fr", "2021-05-10")
    assert event["sub_event_type"] == "Looting/property destruction"   # was no event


@pytest.mark.parametrize("lang,text", [
    ("en", "On 13 June 2021, residents clashed with police in Ziguinchor, Senegal. Police fired tear gas."),
    ("fr", "Le 13 juin 2021, des habitants ont affronté la police à Ziguinchor, au Sénégal. La police a tiré des gaz lacrymogènes."),
])
def test_tear_gas_fired_at_a_riot_the_article_tells_is_the_riot_s(code_events, lang, text):
    [event] = code_events(text, lang, "2021-06-15")
    assert (event["sub_event_type"], event["actor1"]) == ("Violent demonstration", "Rioters (Senegal)")   # was an attack by the police


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On 15 March 2021, gunmen ambushed a convoy returning from a weekly market near Banibangou, Niger, killing 58 people.", "Attack"),
    ("fr", "Le 15 mars 2021, des hommes armés ont attaqué un convoi revenant du marché de Banibangou, au Niger, tuant 58 personnes.", "Attack"),
    ("en", "On 15 March 2021, gunmen ambushed a convoy returning from Banibangou, Niger, killing 5 soldiers.", "Armed clash"),
])
def test_a_convoy_coming_back_from_a_market_is_civilians(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, "2021-03-18")
    assert event["sub_event_type"] == sub_event_type   # was an armed clash with the army


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Monday, gunmen clashed with police in Kaya, Burkina Faso.", "Armed clash"),
    ("fr", "Lundi, des hommes armés ont affronté la police à Kaya, au Burkina Faso.", "Armed clash"),
    ("en", "On Monday, gunmen ransacked the police station in Kaya, Burkina Faso.", "Looting/property destruction"),
    ("fr", "Lundi, des jeunes ont affronté la police à Kaya, au Burkina Faso.", "Violent demonstration"),
])
def test_armed_men_who_fight_the_police_clash_with_them(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # gunmen's fight was property destruction; French youths' a mob's violence


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("fr", "Des centaines de manifestants se sont rassemblés dimanche à Bamako. La manifestation s'est dispersée en fin d'après-midi.",
     "Peaceful protest"),
    ("fr", "Des manifestants se sont rassemblés dimanche à Bamako. La manifestation a été dispersée par la police.", "Protest with intervention"),
])
def test_a_demonstration_that_dispersed_of_itself_met_no_intervention(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # "s'est dispersée" was read as a passive: an intervention by no one


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Friday, women burned their headscarves in Sanandaj, Iran, to protest the death of a young woman in custody.", "Peaceful protest"),
    ("en", "On Friday, a man set himself on fire in front of the governor's office in Kasserine, Tunisia, to protest unemployment.",
     "Peaceful protest"),
    ("fr", "Vendredi, des femmes ont brûlé leurs foulards à Sanandaj, en Iran, pour protester contre la mort d'une jeune femme.", "Peaceful protest"),
    ("en", "On Friday, protesters set the governor's office on fire in Kasserine, Tunisia.", "Violent demonstration"),
])
def test_what_protesters_burn_as_a_gesture_is_no_arson(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # a headscarf or one's own body burned made a riot


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Friday, police fired rubber bullets at looters in Pietermaritzburg, South Africa.", "Violent demonstration"),
    ("fr", "Vendredi, la police a tiré des balles en caoutchouc sur des pillards à Pietermaritzburg, en Afrique du Sud.",
     "Violent demonstration"),
    ("en", "On Friday, militiamen beat protesters with batons in Tehran, Iran.", "Protest with intervention"),
])
def test_forces_facing_looters_face_a_riot_and_armed_men_who_beat_protesters_intervene(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # were a protest with intervention, and a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday, the army announced a curfew in the Mopti region of Mali after a series of attacks."),
    ("fr", "Mercredi, l'armée a annoncé un couvre-feu dans la région de Mopti, au Mali, après une série d'attaques."),
])
def test_forces_that_announce_a_measure_of_their_own_took_it(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Change to group/activity", "Military Forces of Mali")   # was no one's


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Friday, a march by women against insecurity in Kidal, Mali, was prevented by security forces, who blocked access to "
           "the town centre.", "Protest with intervention"),
    ("fr", "Vendredi, une marche des femmes contre l'insécurité à Kidal, au Mali, a été empêchée par les forces de l'ordre, qui ont "
           "bloqué les accès au centre-ville.", "Protest with intervention"),
    ("fr", "Vendredi, la police a stoppé une marche des partisans de l'opposition à Lomé, au Togo.", "Protest with intervention"),
    ("en", "On Friday, the marchers halted their procession in front of parliament in Accra, Ghana, and sang the anthem.", None),
    ("en", "On Friday, riot police stopped hundreds of students from marching to the presidency in Dakar, Senegal.", "Protest with intervention"),
    ("fr", "Vendredi, les forces de l'ordre ont empêché les militants de l'opposition de se rassembler devant le siège du parti à "
           "Conakry, en Guinée.", "Protest with intervention"),
    ("en", "On Friday, shopkeepers blocked the main avenue of Koudougou, Burkina Faso, to protest against a new market tax.", None),
])
def test_a_demonstration_stopped_by_forces_met_an_intervention(code_events, lang, text, sub_event_type):
    events = code_events(text, lang, PUBLISHED)
    assert [e["sub_event_type"] for e in events if e["sub_event_type"] == "Protest with intervention"] == \
        ([sub_event_type] if sub_event_type else [])   # the forces' road block made a riot; "stoppé une marche" a peaceful march


@pytest.mark.parametrize("lang,text", [
    ("en", "The governor banned a march planned in Kano, Nigeria, on Friday. The march did not take place."),
    ("fr", "Le gouverneur a interdit une marche prévue vendredi à Kano, au Nigeria. La marche n'a pas eu lieu."),
])
def test_a_demonstration_that_did_not_take_place_is_no_event(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert not any(e["event_type"] == "Protests" for e in events)   # was a peaceful protest


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "On Monday, presumed Fulani militiamen raided the Dogon hamlet of Tiembara near Bankass, Mali, and drove away its "
           "cattle. Nobody was hurt.", "Attack"),
    ("fr", "Lundi, des miliciens peuls présumés ont attaqué le hameau dogon de Tiembara, près de Bankass, au Mali, et emporté le "
           "bétail. Personne n'a été blessé.", "Attack"),
    ("en", "On Monday, unidentified armed men attacked the hamlet of Sounkalobougou near Bankass, Mali. The armed men drove away "
           "about a hundred goats. Nobody was hurt.", "Looting/property destruction"),
    ("en", "On Monday, Dozo hunters attacked the Fulani hamlet of Wuro Boki near Djenne, Mali; its inhabitants had already fled, "
           "and the hunters set the huts on fire.", "Looting/property destruction"),
])
def test_a_community_militia_s_raid_on_a_village_is_an_attack_unknown_men_s_plunder_is_looting(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # the militia's raid was looting, unknown men's plunder an attack, the
    # empty village's burning an attack


def test_a_protest_violently_put_down_met_an_intervention(code_events):
    [event] = code_events("On Monday, Ansar Dine fighters violently put down a march of young people in Gao, Mali.", "en", "2012-08-01")
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Ansar Dine")   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, two people died and five were hurt in an assault by unknown gunmen on a Malian army camp in Douentza, Mali."),
    ("en", "Two soldiers killed, three injured in raid by gunmen near Ansongo, Mali, on Monday."),
    ("en", "Soldier killed during an ambush outside Ansongo, Mali, on Monday."),
    ("fr", "Lundi, deux personnes ont été tuées et cinq blessées dans une attaque d'hommes armés contre un poste de l'armée à "
           "Douentza, au Mali."),
])
def test_an_attack_on_forces_is_a_battle_whatever_its_toll_calls_the_dead(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Military Forces of Mali")   # was an attack on civilians
    # ("people", the toll), and the soldier of a headline the attacker


def test_an_attack_a_killing_was_in_reprisal_for_is_another_event_s_target(code_events):
    [event] = code_events("On Monday, soldiers shot dead two herders in Diafarabe, Mali, apparently in retaliation for a raid against "
                          "the local gendarmerie post.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")   # the camp of the other event is no target


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("en", "Students protested in Koudougou, Burkina Faso, on Monday against higher fees. Officers responded with gunfire. Three "
           "students were shot by police.", "Excessive force against protesters"),
    ("en", "Hundreds of people protested in Bamako, Mali, on Monday. Police fired warning shots in the air.", "Protest with intervention"),
    ("en", "Retired veterans rallied outside the pensions office in Ouagadougou, Burkina Faso, on Monday. Riot police blocked them "
           "from entering the building.", "Protest with intervention"),
    ("en", "On Monday, residents of Gogounou, Benin, boycotted the vote to protest power cuts, preventing some from casting ballots.",
     "Peaceful protest"),
])
def test_forces_that_shoot_people_after_a_protest_use_excessive_force(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # the shooting was a peaceful protest's; "blocked them" no intervention


@pytest.mark.parametrize("text,sub_event_type,actor2", [
    ("On Monday, ruling party supporters attacked opposition activists at a rally in Kisumu, Kenya, injuring 20.", "Mob violence",
     "Civilians (Kenya)"),
    ("On Monday, unknown gunmen attacked opposition activists at a rally in Kisumu, Kenya, injuring 20.", "Attack", "Civilians (Kenya)"),
    ("On Monday, police attacked opposition activists at a rally in Kisumu, Kenya, injuring 20.", "Protest with intervention",
     "Police Forces of Kenya"),
])
def test_people_attacked_at_a_rally_were_attacked(code_events, text, sub_event_type, actor2):
    [event] = code_events(text, "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == (sub_event_type, actor2)   # were a peaceful protest with no one against it


def test_armed_men_who_shoot_and_detonate_explosives_attack_in_person(code_events):
    [event] = code_events("On Sunday, gunmen stormed a mosque in Maiduguri, Nigeria, shooting worshippers and detonating explosives. "
                          "At least 14 people were killed.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")   # was a battle with a communal militia,
    # then the explosive's own event


def test_a_strike_that_got_past_air_defences_is_the_launchers(code_events):
    [event] = code_events("Russian forces fired 12 missiles at Ukraine overnight, officials said on Monday. Air defences destroyed most "
                          "of them, but one missile hit a school in Poltava, killing two people.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Shelling/artillery/missile attack", "Military Forces of Russia")
    # the air defences destroyed nothing of it


def test_arrests_its_own_sentence_dates_to_another_day_than_a_march_are_their_own_event(code_events):
    events = code_events("Hundreds of people marched in Niamey, Niger, on Thursday in support of the junta. Several officers were arrested "
                         "on Wednesday, the interior minister said.", "en", PUBLISHED)
    assert sorted((e["event_date"], e["sub_event_type"]) for e in events) == [
        (date(2024, 3, 13), "Arrests"), (date(2024, 3, 14), "Peaceful protest")]   # was one march, dated Wednesday


@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday, after a rally in Segou, Mali, some participants marched on the governor's residence; tyres were burned and "
           "stones thrown, and police dispersed them with tear gas."),
    ("en", "On Thursday, soldiers posted in Nioro, Mali, fired shots into the air in protest, demanding unpaid allowances."),
])
def test_a_riot_told_in_the_passive_or_by_shots_in_protest_is_violent(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Violent demonstration", "Rioters (Mali)")   # was an intervention in
    # a peaceful protest, the soldiers the forces facing it


def test_a_crowd_that_attacked_a_house_and_burned_it_is_a_mob(code_events):
    [event] = code_events("On Monday, supporters of the opposition leader attacked a general's house in Multan, Pakistan, and set it "
                          "on fire.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (Pakistan)")   # was civilians' property destruction


def test_a_capitalised_plural_after_a_dateline_is_still_a_trigger(code_events):
    [event] = code_events("TRIPOLI - Clashes erupted overnight between two armed groups in the Libyan capital's Abu Salim district, "
                          "killing at least three people, the ambulance service said on Friday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Libya)")   # "Clashes", tagged a
    # name, was no trigger: an attack on civilians


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, des manifestations contre la hausse des prix ont fait deux morts à Bukavu, en RDC."),
    ("fr", "BUKAVU - Manifestations contre la hausse des prix à Bukavu, en RDC : deux morts mardi."),
    ("en", "Protests against price rises in Bukavu, DR Congo, left two dead on Tuesday."),
])
def test_a_demonstration_whose_toll_the_main_clause_gives_was_no_peaceful_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Violent demonstration", 2)   # was a peaceful protest, its dead dropped


def test_ground_the_losers_withdrew_from_after_an_assault_was_not_handed_over(code_events):
    [event] = code_events("Al-Shabaab fighters overran an army base in the Hiraan region on Wednesday after heavy fighting, the group "
                          "said. The army said it had withdrawn from the base.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-state actor overtakes territory", "Al Shabaab", "Military Forces of Somalia")   # was ground handed over without a fight


def test_the_weapon_of_an_event_of_another_day_is_not_the_event_s(code_events):
    clash, beheading = code_events("Troops clashed with insurgents near Mocimboa da Praia, Mozambique, on Monday. Two soldiers and "
                                   "six insurgents died. On Tuesday, the insurgents beheaded a fisherman near Palma.", "en", PUBLISHED)
    assert (clash["sub_event_type"], clash["weapon"], beheading["weapon"]) == ("Armed clash", None, "bladed")   # the clash's weapon
    # was the beheading's knife


@pytest.mark.parametrize("lang,text", [
    ("fr", "Beni : au moins 12 civils tués mercredi dans une attaque des ADF à Oicha. Les assaillants ont fait irruption dans le "
           "village de Zzyxmbo, massacrant les habitants à la machette, selon la société civile."),
    ("en", "At least 12 civilians were killed in an ADF attack in Oicha, DR Congo, on Wednesday. The attackers stormed the village of "
           "Zzyxmbo at night and hacked residents to death, local officials said."),
])
def test_the_attackers_named_again_in_a_village_are_the_same_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["actor1"], event["fatalities"]) == ("ADF: Allied Democratic Forces", 12)   # the village, unknown to the gazetteer,
    # made a second attack


def test_the_sentence_after_a_headline_tells_its_event(code_events):
    [event] = code_events("Maiduguri: Suicide bomber kills four at market. A female suicide bomber blew herself up among traders at a "
                          "market in the Bulumkutu area on Wednesday, killing four people, police said.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Suicide bomb"   # the area, unknown to the gazetteer, made a second bombing


@pytest.mark.parametrize("lang,text,sub_event_type", [
    ("fr", "Des militants du parti d'opposition ont été arrêtés lundi à Dakar, au Sénégal, alors qu'ils tentaient d'organiser un "
           "rassemblement interdit.", "Protest with intervention"),
    ("en", "Dozens of opposition supporters were arrested in Dakar, Senegal, on Monday as they tried to hold a banned rally.",
     "Protest with intervention"),
    ("en", "Forty people were arrested in Kaya, Burkina Faso, on Monday after protests and arson attacks over the death of a trader.",
     "Violent demonstration"),
])
def test_people_arrested_at_a_rally_were_met_with_an_intervention(code_events, lang, text, sub_event_type):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # the rally's arrests, with no force named, left it a peaceful protest


@pytest.mark.parametrize("text,events", [
    ("L'armée a démantelé lundi un engin explosif improvisé près de Djibo, au Burkina Faso.", 1),
    ("Les forces de sécurité ont démantelé lundi une base de terroristes près de Djibo, au Burkina Faso, et saisi des armes et des "
     "munitions.", 1),
    ("La police a démantelé lundi à Ouagadougou, au Burkina Faso, un réseau de trafiquants de cigarettes.", 0),
])
def test_a_weapon_dismantled_is_disrupted_in_french(code_events, text, events):
    found = code_events(text, "fr", PUBLISHED)
    assert [e["sub_event_type"] for e in found] == ["Disrupted weapons use"] * events   # "démanteler" named no event


def test_kidnappers_who_demand_a_ransom_do_not_protest(code_events):
    [event] = code_events("Gunmen on Monday abducted the wife and two children of a retired army colonel from their home in Kaduna, "
                          "Nigeria, a family member said. The gunmen later contacted the family to demand a ransom.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Abduction/forced disappearance"   # "to demand" made the abduction a peaceful protest


def test_forces_that_drove_militants_out_fought_them(code_events):
    [event] = code_events("Somali government forces drove al-Shabaab militants out of the town of Jowhar, Somalia, on Monday, the defence "
                          "ministry said.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Armed clash", "Military Forces of Somalia", "Al Shabaab")
    # was no event: "drove out" was one only when its words touched


def test_a_blockade_set_up_in_french_changes_the_group_s_activity(code_events):
    [event] = code_events("Les jihadistes ont instauré lundi un blocus autour de la ville de Djibo, au Burkina Faso, interdisant toute "
                          "circulation des personnes et des biens.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Change to group/activity", "Unidentified Armed Group (Burkina Faso)")
    # "instauré un blocus" named no event


def test_control_handed_over_is_no_ground_taken(code_events):
    [event] = code_events("Le M23 a remis samedi aux autorités congolaises le contrôle de la ville de Kitchanga.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Non-violent transfer of territory", "M23: March 23 Movement")   # "contrôle
    # de la ville", which the parse hung on the authorities, was the M23's taking of the town


def test_a_phrase_matches_with_its_verb_inflected_and_its_article_as_written(code_events):
    [event] = code_events("Un soldat français a été tué dimanche au Mali lorsque son blindé a sauté sur une mine près de Gao.", "fr",
                          PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Mali)", "Military Forces of France")
    # "a sauté sur une mine" matched neither "sauter sur une mine" (its lemmas read "sauter sur un mine") nor its
    # surface: the armoured vehicle that ran into the mine was Mali's forces laying it


@pytest.mark.parametrize("text", [
    "Des rebelles ont massacré au moins 18 civils lundi à Beni, en RD Congo.",
    "Des éléments de l'ADF ont massacré au moins 18 civils dans la nuit de dimanche à lundi à Beni, en RD Congo.",
])
def test_a_massacre_the_parser_takes_for_a_noun_is_still_a_killing(code_events, text):
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Attack", 18)   # "massacré", lemma of itself as a noun: no event


def test_a_toll_the_parse_hangs_on_the_crowd_is_no_violence_of_theirs(code_events):
    [event] = code_events("Des soldats tchadiens ont tiré à balles réelles sur des manifestants lundi à Moundou, au Tchad, faisant au "
                          "moins quatre morts.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Excessive force against protesters", "Protesters (Chad)")
    # "faisant quatre morts", hung on "manifestants", made the crowd violent: a riot


def test_weapons_seized_by_the_kilogram_are_disrupted(code_events):
    [event] = code_events("Police in Ouagadougou, Burkina Faso, seized 200 kg of explosives hidden in a truck on Sunday, a security "
                          "source said.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Disrupted weapons use"   # "kg" was no measure of a weapon: explosives looted


@pytest.mark.parametrize("lang,text", [
    ("en", "On 4 March 2023, Taliban forces detained a female activist in Mazar-i-Sharif, Afghanistan, for her involvement in women's "
           "rights protests."),
    ("fr", "La police a arrêté lundi à Conakry, en Guinée, trois militants pour leur participation aux manifestations de la semaine "
           "dernière."),
])
def test_arrests_for_a_part_in_protests_are_arrests(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"].split(" (")[0]) == ("Arrests", "Civilians")   # was a protest with intervention


@pytest.mark.parametrize("lang,text", [
    ("en", "Police fired rubber bullets at protesters in Dhaka, Bangladesh, on Monday."),
    ("fr", "La police a tiré des balles en caoutchouc sur des manifestants lundi à Dakar, au Sénégal."),
])
def test_rubber_bullets_are_no_firearm(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Protest with intervention", "other")   # "bullets": a firearm


@pytest.mark.parametrize("text,sub_event_type", [
    ("Des militants de l'opposition ont été arrêtés lundi à Libreville, au Gabon, alors qu'ils s'apprêtaient à manifester contre le "
     "report des élections.", "Arrests"),
    ("Les jihadistes s'apprêtaient à attaquer la ville lorsque l'armée les a bombardés lundi près de Djibo, au Burkina Faso, tuant 20 "
     "d'entre eux.", "Shelling/artillery/missile attack"),
])
def test_what_people_were_about_to_do_was_not_done(code_events, text, sub_event_type):
    [event] = code_events(text, "fr", PUBLISHED)
    assert event["sub_event_type"] == sub_event_type   # the protest they were about to hold was met with an intervention


def test_a_strike_that_killed_is_the_event_beside_drones_launched_the_same_night(code_events):
    [event] = code_events("A Russian missile hit a school in Zaporizhzhia on Thursday, killing four people, the governor said. "
                          "The air force said it shot down 30 of the 45 drones launched overnight.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia", 4)   # was the drones' air strike, by Ukraine's forces


@pytest.mark.parametrize("lang,text", [
    ("en", "The air force said it shot down 30 of the 45 drones launched overnight at Kharkiv."),
    ("en", "Ukraine's air force said it had shot down 30 of the 45 drones launched overnight at Kharkiv."),
])
def test_who_shot_down_part_of_the_drones_did_not_launch_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Air/drone strike" and event["actor1"] != "Military Forces of Ukraine"   # "it" is the air force


@pytest.mark.parametrize("lang,text", [
    ("en", "Army troops and the rebels agreed a truce in the Tanganyika province on Wednesday after three days of fighting."),
    ("fr", "L'armée et les rebelles ont conclu une trêve mercredi dans la province du Tanganyika après trois jours de combats."),
])
def test_a_truce_after_days_of_fighting_is_the_agreement(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Agreement"   # was an armed clash: the fight came before the day


def test_a_gendarme_killed_chasing_cattle_thieves_fell_in_a_fight_with_them(code_events):
    [event] = code_events("Madagascar : des dahalo ont emporté 150 zébus dimanche à Ankazoabo. Un gendarme a été tué lors de la "
                          "poursuite des voleurs.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Armed clash", "Unidentified Armed Group (Madagascar)", 1)   # was mob justice by rioters, no one dead


@pytest.mark.parametrize("lang,text", [
    ("en", "A man was stabbed to death during a brawl at a bar in Abidjan on Tuesday."),
    ("fr", "Un homme a été poignardé à mort lors d'une rixe dans un bar d'Abidjan mardi."),
])
def test_a_killing_in_a_brawl_is_mob_violence(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (Ivory Coast)")   # French: was a battle of
    # armed men


def test_an_attack_that_wounded_the_next_day_is_an_event_of_its_own(code_events):
    events = code_events("Jeudi, des hommes armés ont tué deux bergers près de Djibo. Le lendemain, une patrouille de VDP a été prise "
                         "pour cible près de Djibo, faisant trois blessés.", "fr", PUBLISHED)
    assert [(e["event_date"], e["fatalities"], e["injuries"]) for e in events] == [
        (date(2024, 3, 14), 2, None), (date(2024, 3, 15), 0, 3)]   # was one event, the wounded the killing's


@pytest.mark.parametrize("lang,text", [
    ("en", "About 40 people were arrested in Abidjan on Saturday during an unauthorised opposition march."),
    ("fr", "Une quarantaine de personnes ont été interpellées samedi à Abidjan lors d'une marche non autorisée de l'opposition."),
])
def test_people_arrested_during_a_march_met_an_intervention(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Protest with intervention"   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "Journalists set up a picket outside the state television headquarters in Ouagadougou on Monday."),
    ("fr", "Des journalistes ont tenu lundi un piquet de grève devant le siège de la télévision nationale à Ouagadougou."),
])
def test_a_picket_is_a_peaceful_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Peaceful protest", "Protesters (Burkina Faso)")   # was no event


@pytest.mark.parametrize("lang,text,actor2", [
    ("en", "A group of youths detained a judge outside the town hall in Kaya on Monday.", "Civilians (Burkina Faso)"),
    ("en", "Villagers detained two men suspected of cattle theft in Djenne on Monday.", "Civilians (Mali)"),
    ("fr", "Des habitants ont séquestré lundi deux agents des eaux et forêts à Kandi.", "Police Forces of Benin Forest Guards"),
])
def test_a_crowd_that_holds_people_is_mob_violence(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"].split(" (")[0], event["actor2"]) == ("Mob violence", "Rioters", actor2)
    # was an arrest by rioters, or an armed clash of unidentified armed men with the forest guards


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les deux milices ont signé mardi à Bouar un accord qui prévoit l'arrêt des combats et de toute attaque entre elles."),
    ("en", "The two militias signed an agreement in Bouar on Tuesday that provides for an end to the fighting."),
    ("en", "The two militias signed a deal in Bouar on Tuesday that provides for a cessation of hostilities."),
])
def test_violence_an_agreement_ends_is_no_event_of_its_own(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["location"]) == ("Agreement", "Bouar")   # was an attack or a clash, or no event


def test_protesters_a_relative_clause_says_burned_a_building_riot(code_events):
    [event] = code_events("La police a tiré à balles réelles mardi sur des manifestants qui avaient incendié un commissariat à "
                          "Conakry, tuant deux personnes.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Violent demonstration", "Rioters (Guinea)")   # was excessive force


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen believed to be bandits stormed a church in Kaduna state during Sunday mass, killing 6 worshippers."),
    ("en", "Gunmen thought to be bandits stormed a mosque in Zamfara state during Friday prayers, killing 5 worshippers."),
])
def test_who_gunmen_are_said_to_be_is_no_other_side(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Nigeria)")   # was an armed clash with the bandits


def test_police_who_tell_of_an_abduction_did_not_abduct(code_events):
    events = code_events("On 10 March, the bodies of two traders were found near Zaria. Police said they had been kidnapped "
                         "days earlier.", "en", PUBLISHED)
    assert "Police Forces of Nigeria" not in {e["actor1"] for e in events}   # was the abductors


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les forces de l'ordre ont dispersé lundi un sit-in de l'opposition à Conakry. Deux manifestants ont été blessés par balles."),
])
def test_protesters_shot_and_wounded_by_the_forces_met_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Excessive force against protesters"   # was a protest with intervention (the shots told in the
    # next sentence)


def test_the_living_forces_of_a_country_are_no_forces(code_events):
    [event] = code_events("Les policiers ont dispersé lundi à Conakry un rassemblement des forces vives de la nation.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Protest with intervention", "Protesters (Guinea)", "Police Forces of Guinea")   # were the police protesting, the army facing them


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un adolescent a été tué par une balle perdue mardi soir à Cap-Haïtien lors d'échanges de tirs entre la police et des membres de gangs."),
    ("en", "A girl died after a stray bullet hit her in Port-au-Prince on Tuesday during an exchange of fire between police and members of a gang."),
])
def test_a_bystander_killed_in_a_fight_is_the_fights_toll(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Police Forces of Haiti", "Unidentified Armed Group (Haiti)", 1)   # was an attack by the police on civilians


def test_a_tank_hit_is_its_armys(code_events):
    [event] = code_events("Hamas fighters fired a rocket-propelled grenade at an Israeli tank in Khan Younis on Monday.", "en", PUBLISHED)
    assert event["actor2"] == "Military Forces of Israel"   # was civilians


def test_the_other_signer_of_an_agreement_is_its_second_party(code_events):
    [event] = code_events("South Sudan's government and the SPLM-IO signed an agreement in Malakal on Monday to integrate "
                          "opposition forces into the national army.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Agreement", "SPLM/A-In Opposition")   # was the army


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un surveillant a été poignardé à mort lundi devant un collège d'Arras par un ancien élève."),
    ("en", "A former pupil stabbed a school guard to death outside a college in Arras on Monday."),
])
def test_one_person_with_a_knife_is_no_mob(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Attack", "Unidentified Armed Group (France)")   # was mob violence


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont incendié lundi le centre de santé de Mbengwi. Le personnel avait fui avant l'attaque."),
    ("en", "Gunmen set fire to a health centre in Mbengwi on Monday. The nurses had fled before the attack."),
])
def test_a_building_burned_after_its_people_fled_is_property_destroyed(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Looting/property destruction"   # was an attack on its people


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "Des jeunes ont chassé à coups de pierres une patrouille de la MINUSCA mardi à Bria.",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ("fr", "Des jeunes ont chassé à coups de pierres une patrouille de la MINUSCA mardi à Bria, accusant les Casques bleus de complicité "
           "avec les rebelles.", "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
])
def test_a_crowd_that_stones_the_forces_riots(code_events, lang, text, actor2):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["actor1"].split(" (")[0], event["actor2"]) == ("Riots", "Rioters", actor2)
    # was no event, or the rebelles the crowd accused the peacekeepers of helping, looting


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'attaque menée mardi contre le poste de Djibo a fait douze morts dans les rangs de l'armée, selon un bilan provisoire."),
    ("en", "The attack on a post near Djibo on Tuesday left twelve dead within the ranks of the army, a security source said."),
])
def test_the_army_whose_ranks_the_dead_were_in_was_struck(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Military Forces of Burkina Faso")   # was the army's attack on civilians


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Police arrested two men in Khulna on Tuesday and charged them with murder.", "Arrests"),
    ("fr", "La police a arrêté mardi à Abidjan deux hommes, qui ont été mis en examen pour le meurtre d'un commerçant.", "Arrests"),
    ("en", "Police baton-charged opposition supporters who had gathered outside the election office in Lahore on Tuesday.",
     "Protest with intervention"),
])
def test_what_people_are_charged_with_is_no_event_of_its_own(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # were attacks by the police, and a peaceful protest the police charged


@pytest.mark.parametrize("lang,text", [
    ("en", "Two soldiers were charged with killing a civilian in Khulna on Tuesday."),
    ("fr", "Trois hommes ont été inculpés de meurtre mardi à Abidjan après la mort d'un commerçant."),
])
def test_a_charge_of_murder_is_no_killing(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was an armed clash, an attack


def test_hostages_the_army_freed_from_their_captors_were_a_rescue(code_events):
    [event] = code_events("L'armée a libéré lundi une trentaine d'otages détenus par des terroristes près de Djibo, selon l'état-major.",
                          "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")   # was the army's abduction


@pytest.mark.parametrize("lang,text", [
    ("en", "A crowd set fire to a lorry that had knocked down and killed a schoolboy in Koudougou on Monday."),
    ("fr", "Des habitants en colère ont brûlé lundi à Koudougou un camion qui aurait tué un écolier."),
])
def test_what_the_thing_struck_had_done_before_is_not_the_events_toll(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["event_type"], event["fatalities"]) == ("Riots", 0)   # was 1, the schoolboy the lorry killed before


@pytest.mark.parametrize("lang,text", [
    ("en", "In Port Sudan, dozens of women held a silent vigil on Thursday to mourn victims of sexual violence in the war."),
    ("fr", "À Bamako, des dizaines de femmes ont organisé jeudi une veillée aux chandelles en mémoire des victimes de violences sexuelles."),
])
def test_a_vigil_is_a_peaceful_protest(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Peaceful protest"   # was sexual violence


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes broke out in Dakar on Friday between opposition supporters and police, who fired tear gas."),
    ("fr", "Des heurts ont éclaté vendredi à Dakar entre des partisans de l'opposition et les forces de l'ordre, qui ont fait usage "
           "de grenades lacrymogènes."),
])
def test_opposition_supporters_who_fight_the_police_demonstrate(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was mob violence


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion at a weapons depot in the military barracks of Bata killed at least 100 people on Sunday. Authorities said the "
           "blast was caused by negligence."),
    ("fr", "Une explosion dans un dépôt d'armes du camp militaire de Bata a fait au moins 100 morts dimanche. Selon les autorités, "
           "l'explosion est due à une négligence."),
])
def test_a_blast_the_next_sentence_calls_an_accident_is_no_event(code_events, lang, text):
    assert code_events(text, lang, PUBLISHED) == []   # was an IED attack on the army


def test_a_blast_the_next_sentence_blames_on_a_bomb_stays_an_event(code_events):
    [event] = code_events("An explosion at a market in Bata killed at least 10 people on Sunday. Police said the blast was caused by a "
                          "bomb hidden in a bag.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 10)


def test_workers_who_down_tools_strike(code_events):
    [event] = code_events("Teachers in Nairobi downed their tools on Monday, demanding the implementation of a collective bargaining agreement.",
                          "en", PUBLISHED)
    assert event["sub_event_type"] == "Peaceful protest"   # was an agreement


def test_the_capture_of_a_town_a_rebellion_claims_is_ground_taken(code_events):
    [event] = code_events("La rébellion du CSP a revendiqué samedi la prise de la localité de Ber, dans la région de Tombouctou, après de "
                          "violents combats avec l'armée.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Non-state actor overtakes territory", "Military Forces of Mali")
    # was an armed clash with no second side


@pytest.mark.parametrize("lang,text,actor1", [
    ("fr", "La gendarmerie a libéré dimanche quatre otages détenus depuis une semaine par des ravisseurs dans la forêt de Mbam, au Cameroun.",
     "Police Forces of Cameroon Gendarmerie"),
    ("en", "Police freed four hostages held by kidnappers in a forest near Kaduna on Sunday.", "Police Forces of Nigeria"),
])
def test_police_who_free_hostages_from_captors_fought_them(code_events, lang, text, actor1):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["inter2"]) == ("Armed clash", actor1, "Political militia")
    # was an agreement


def test_a_vehicle_that_hit_the_device_told_before_hit_a_bomb(code_events):
    [event] = code_events("Les terroristes ont piégé la route menant à Arbinda. Un véhicule civil a sauté sur l'engin jeudi, tuant ses "
                          "quatre occupants.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 4)   # was an attack with no weapon


@pytest.mark.parametrize("text", [
    "Al-Shabaab gain control of Mahaday as government soldiers retreat south.",
    "The rebels claimed control of Rutshuru on Thursday following heavy fighting with the army.",
])
def test_control_gained_or_claimed_is_ground_taken(code_events, text):
    [event] = code_events(text, "en", PUBLISHED)
    assert event["sub_event_type"] == "Non-state actor overtakes territory"   # were no event, and an armed clash


def test_a_clash_whose_winner_took_the_place_the_next_sentence_tells_is_ground_taken(code_events):
    [event] = code_events("Fano militiamen and the army fought in Lalibela on Monday, leaving nine dead. The militia then took control of "
                          "the town.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Non-state actor overtakes territory", 9)   # was an armed clash


def test_a_mob_that_burns_a_police_station_riots(code_events):
    [event] = code_events("A mob set fire to a police station in Kenema after officers shot dead a motorcycle taxi driver on Sunday.", "en",
                          PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was mob violence: "mob" named the crowd, the building the riot


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des éleveurs ont été dépossédés de plus de 300 têtes de bétail par des hommes armés près de Tillabéri, vendredi."),
    ("en", "Herders were dispossessed of more than 300 cattle by armed men near Tillaberi on Friday."),
])
def test_herders_dispossessed_of_their_cattle_were_looted(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Looting/property destruction", "Unidentified Armed Group (Niger)")   # was no event


@pytest.mark.parametrize("lang,text", [
    ("fr", "La répression d'une manifestation de l'opposition a fait quatre morts jeudi à Kankan."),
    ("en", "Four people were killed in Kankan on Thursday during the crackdown on protesters, rights groups said."),
])
def test_a_crackdown_on_a_protest_that_kills_is_excessive_force(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Excessive force against protesters", 4)   # was a violent demonstration


@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters threw petrol bombs at police in Novi Sad on Thursday; police responded with stun grenades."),
    ("fr", "Des manifestants ont lancé des cocktails Molotov sur la police jeudi à Novi Sad ; la police a riposté avec des grenades "
           "assourdissantes."),
])
def test_petrol_bombs_thrown_at_police_answered_with_stun_grenades_are_a_riot(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Violent demonstration"   # was a peaceful protest: the stun grenades made it a grenade attack's


def test_stun_grenades_are_no_grenade_attack(code_events):
    [event] = code_events("Police fired stun grenades to disperse farmers protesting outside the town hall in Novi Sad on Thursday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Protest with intervention", "other")


def test_activists_the_police_arrested_after_clashes_rioted(code_events):
    [event] = code_events("Police arrested 15 party activists in Multan after clashes on Thursday.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Pakistan")   # was mob violence


@pytest.mark.parametrize("lang,text", [
    ("en", "Three suspected jihadists were killed on Wednesday while planting an IED beside a bridge outside Djibo."),
    ("fr", "Trois présumés jihadistes ont été tués mercredi par l'explosion de l'engin qu'ils étaient en train de poser près de Djibo."),
])
def test_militants_killed_while_planting_a_bomb_had_its_use_disrupted(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Disrupted weapons use", "Unidentified Armed Group (Burkina Faso)", None, 3)   # was a roadside bomb, its planters its victims


def test_planters_killed_in_a_gunfight_fought(code_events):
    [event] = code_events("Soldiers killed four militants who were trying to plant a mine amid an exchange of gunfire near Namsiguia on "
                          "Wednesday.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"


def test_fighters_who_hand_their_weapons_to_the_army_change_their_activity(code_events):
    [event] = code_events("Une quarantaine de combattants se sont rendus jeudi aux FARDC à Uvira, remettant leurs armes.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Change to group/activity",
                                                          "Military Forces of the Democratic Republic of Congo")   # was no event


def test_fighters_who_surrendered_on_a_day_named_inside_the_phrase_changed_their_activity(code_events):
    [event] = code_events("Une trentaine de combattants se sont rendus mardi aux autorités à Kaya, au Burkina Faso.", "fr", PUBLISHED)
    assert event["sub_event_type"] == "Change to group/activity"   # was no event: "mardi" broke the phrase


@pytest.mark.parametrize("lang,text", [
    ("en", "The Houthis said on Thursday they had launched drones at the port of Eilat; the Israeli army said it intercepted one of them."),
    ("fr", "Les Houthis ont affirmé jeudi avoir lancé des drones sur le port d'Eilat ; l'armée israélienne a déclaré avoir intercepté un "
           "drone au-dessus du golfe d'Aqaba."),
])
def test_who_shot_down_some_drones_did_not_fly_the_strike(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Houthi Movement (Ansar Allah)")   # was Israel's forces


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quatre manifestants ont été blessés jeudi lors de la dispersion d'un sit-in devant la mairie de Sokodé."),
    ("en", "Four protesters were injured during the dispersal of a sit-in outside Sokodé town hall on Thursday."),
])
def test_a_gathering_dispersed_met_an_intervention(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of Togo")   # was a peaceful protest


@pytest.mark.parametrize("lang,text", [
    ("en", "An explosion at a campaign rally in Quetta killed 21 people on Thursday."),
    ("fr", "Une explosion lors d'un meeting électoral à Quetta a fait 21 morts jeudi."),
])
def test_a_blast_that_kills_at_a_rally_is_the_blast(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["fatalities"]) == ("Remote explosive/landmine/IED", 21)   # was a violent demonstration


@pytest.mark.parametrize("lang,text", [
    ("en", "Arakan Army fighters seized a border post from junta troops in Maungdaw on Thursday after days of fighting."),
    ("fr", "Les combattants de l'Arakan Army se sont emparés jeudi d'un poste frontière tenu par la junte à Maungdaw."),
])
def test_a_border_post_seized_is_ground_taken(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Non-state actor overtakes territory"   # was an armed clash


def test_a_post_targeted_was_not_taken(code_events):
    [event] = code_events("Des hommes armés ont pris pour cible jeudi soir le poste de gendarmerie de Fada N'Gourma, tuant deux "
                          "gendarmes.", "fr", PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"   # "pris pour cible": targeted, not taken (the post was no ground taken)


@pytest.mark.parametrize("lang,text", [
    ("en", "On the night of March 11 to 12, jihadists attacked the town of Arbinda, killing at least 30 civilians. On March 13, the army "
           "launched a counter-offensive."),
    ("fr", "Dans la nuit du 11 au 12 mars, des jihadistes ont attaqué la ville d'Arbinda, tuant au moins 30 civils. Le 13 mars, l'armée a "
           "lancé une contre-offensive."),
])
def test_a_battle_dated_to_another_day_than_an_attack_is_an_event_of_its_own(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    assert [(e["event_date"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (date(2024, 3, 11), "Attack", 30), (date(2024, 3, 13), "Armed clash", 0)]   # was one armed clash of the 11th


def test_men_flogged_by_fighters_were_attacked(code_events):
    [event] = code_events("Des combattants d'Ansar Dine ont fouetté jeudi trois jeunes hommes devant la grande mosquée de Tombouctou.", "fr",
                          PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mali)")   # was no event: the parse's noun "fouetté"


def test_en_riposte_opening_a_sentence_is_no_battle_of_its_own(code_events):
    [event] = code_events("En riposte, l'aviation israélienne a bombardé jeudi plusieurs cibles dans le sud du Liban.", "fr", PUBLISHED)
    assert event["sub_event_type"] == "Air/drone strike"   # was an armed clash, "riposte" read as one


def test_the_target_s_strike_on_who_laid_a_mine_is_an_event_of_its_own(code_events):
    events = code_events("Three soldiers died on Wednesday when a landmine blew up their truck near Kidal. Later, the army said it had killed "
                         "the militants who laid the mine in an air strike.", "en", PUBLISHED)
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Remote explosive/landmine/IED", 3), ("Air/drone strike", 3)]   # was one air strike with the soldiers' dead


def test_an_earlier_act_counted_back_from_the_lead_s_day_does_not_date_the_lead(code_events):
    events = code_events("Armed men killed a nurse and set fire to a clinic near Tillaberi on Wednesday. The day before, they had stolen "
                         "goats from a nearby village.", "en", PUBLISHED)
    assert [(e["event_date"], e["sub_event_type"]) for e in events] == [
        (date(2024, 3, 13), "Attack"), (date(2024, 3, 12), "Looting/property destruction")]   # was one attack of the 12th


@pytest.mark.parametrize("lang, text, sub", [
    ("en", "On Wednesday, soldiers intercepted a pickup carrying weapons near Tahoua.", "Disrupted weapons use"),
    ("fr", "Mercredi, les forces de défense et de sécurité ont intercepté un camion transportant des armes près de Tahoua.",
     "Disrupted weapons use"),
    ("en", "On Wednesday, jihadists intercepted a pickup carrying weapons near Tahoua.", "Looting/property destruction"),
])
def test_whose_search_stopped_a_vehicle_carrying_weapons_decides_what_it_was(code_events, lang, text, sub):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == sub   # was looting by the forces too


@pytest.mark.parametrize("lang, text", [
    ("en", "Paramilitary fighters looted homes and a hospital in Wad Madani, Sudan, on Thursday, a day after they seized the town "
     "from the army."),
    ("fr", "Des hommes armés ont pillé jeudi des maisons et un hôpital à Wad Madani, au Soudan, au lendemain de la prise de la ville."),
])
def test_the_ground_taken_the_day_before_is_another_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["event_date"].isoformat()) == ("Looting/property destruction", "2024-03-14")
    # was the town's takeover, on the looting's day (casualties.yaml `earlier_event`: "a day after", "au lendemain de")


@pytest.mark.parametrize("lang, text", [
    ("en", "Police arrested a man suspected of planting a bomb near a church in Kaduna, Nigeria, on Thursday."),
    ("fr", "La police a arrêté jeudi à Kaduna, au Nigeria, un homme soupçonné d'avoir posé une bombe près d'une église."),
])
def test_a_bomb_a_suspect_is_said_to_have_planted_is_no_blast(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Arrests", "Police Forces of Nigeria", None)
    # was an IED attack by the police: the verb and its object ("planting a bomb") named the alleged act as an event


@pytest.mark.parametrize("lang, text", [
    ("en", "Two people were killed when police clashed with supporters of the opposition in Lusaka on Wednesday."),
    ("fr", "Deux personnes ont été tuées mercredi à Lusaka lorsque la police a affronté des partisans de l'opposition."),
])
def test_the_dead_of_a_clash_between_police_and_a_crowd_are_a_riot_s(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Violent demonstration", "Rioters (Zambia)", "Police Forces of Zambia", 2)   # was an attack by the police on civilians


@pytest.mark.parametrize("lang, text", [
    ("en", "Three activists were detained by police in Harare on Wednesday and held for several hours before being released."),
    ("fr", "Trois militants ont été interpellés mercredi à Harare par la police avant d'être relâchés quelques heures plus tard."),
])
def test_a_release_that_ends_an_arrest_is_no_agreement(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"]) == ("Arrests", "Police Forces of Zimbabwe")   # was an agreement


def test_one_reported_missing_beside_the_wounded_does_not_hide_the_blast(code_events):
    [event] = code_events("Deux gendarmes ont été blessés et un est porté disparu après que leur véhicule a sauté sur un engin "
                          "explosif mercredi près de Djibo.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["weapon"], event["injuries"]) == ("Remote explosive/landmine/IED", "IED", 2)
    # was an armed clash with no weapon: the blast's clause was cut out as an earlier event


@pytest.mark.parametrize("lang, text", [
    ("en", "The Islamic State West Africa Province said on Wednesday it had appointed a new leader after the death of its former chief."),
    ("fr", "L'Etat islamique en Afrique de l'Ouest a annoncé mercredi avoir désigné un nouveau chef après la mort de son ancien dirigeant."),
])
def test_an_armed_group_s_new_leader_changes_the_group(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Change to group/activity", "Islamic State (West Africa)", None, 0)   # was an attack on civilians that killed one


def test_a_party_s_new_leader_is_no_event(code_events):
    assert code_events("The ruling party elected a new leader in Abuja on Wednesday.", "en", PUBLISHED) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "A land dispute between farmers and herders left nine people dead in a village near Moundou on Wednesday."),
    ("fr", "Un conflit foncier entre agriculteurs et éleveurs a fait neuf morts mercredi dans un village près de Moundou."),
    ("en", "Nine people were killed during a feud between farmers and herders near Moundou on Wednesday."),
])
def test_a_quarrel_between_two_communities_that_kills_is_their_clash(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"], event["fatalities"]) == (
        "Armed clash", "Identity militia", "Identity militia", 9)   # was an attack by one community on the other's civilians


def test_a_quarrel_told_as_a_reason_is_no_clash(code_events):
    [event] = code_events("Gunmen shot dead a trader in Moundou on Wednesday, in a killing police linked to a feud between two "
                          "families.", "en", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Chad)")


@pytest.mark.parametrize("text, sides", [
    ("Des éleveurs et des agriculteurs se sont heurtés mercredi près de Bankass, faisant trois morts.",
     ("Identity militia", "Identity militia")),
    ("Des miliciens se sont heurtés mercredi à des soldats près de Bankass.", ("Political militia", "State forces")),
])
def test_se_heurter_is_a_clash(code_events, text, sides):
    [event] = code_events(text, "fr", PUBLISHED)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", *sides)
    # was an attack on the herders' civilians, and no event


def test_a_bill_that_runs_into_opposition_is_no_clash(code_events):
    assert code_events("Le projet de loi se heurte à l'opposition des syndicats à Dakar.", "fr", PUBLISHED) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Soldiers repelled an attempt by jihadists to overrun their base near Djibo on Wednesday, killing 14 attackers."),
    ("en", "Jihadists tried to overrun a military base near Djibo on Wednesday but were repelled, losing 14 fighters."),
    ("fr", "Des jihadistes ont tenté mercredi de s'emparer de la ville de Djibo mais ont été repoussés par l'armée."),
])
def test_ground_only_tried_for_was_not_taken(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Armed clash"   # was the base or the town taken, or (French) no event


def test_ground_the_attackers_managed_to_take_was_taken(code_events):
    [event] = code_events("Jihadists managed to overrun a military base near Djibo on Wednesday.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


def test_a_crowd_that_burns_a_police_post_riots_in_french_too(code_events):
    [event] = code_events("Une foule en colère a incendié mercredi un poste de police à Mbuji-Mayi.", "fr", PUBLISHED)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", None)   # was mob violence against the police


@pytest.mark.parametrize("lang, text", [
    ("en", "Protests spread across Kenya on Wednesday. In Nairobi, police fired tear gas at protesters; in Mombasa, demonstrators "
     "looted shops; and in Kisumu, two protesters were shot dead by police."),
    ("fr", "Les manifestations se sont étendues mercredi à plusieurs villes du Kenya. A Nairobi, la police a tiré des gaz "
     "lacrymogènes sur les manifestants ; à Mombasa, des manifestants ont pillé des magasins ; à Kisumu, deux manifestants ont "
     "été tués par balles par la police."),
])
def test_each_town_of_a_list_past_its_second_semicolon_is_an_event_of_its_own(code_events, lang, text):
    events = code_events(text, lang, PUBLISHED)
    kisumu = [e for e in events if e["location"] == "Kisumu"]
    assert [(e["sub_event_type"], e["fatalities"]) for e in kisumu] == [("Excessive force against protesters", 2)]
    assert sum(e["fatalities"] for e in events) == 2   # the Kisumu dead were Mombasa's riot's


@pytest.mark.parametrize("lang, text", [
    ("en", "JNIM set up a base in the Kabonga forest, from which it launches attacks on army positions."),
    ("fr", "Le JNIM a installé une base dans la forêt de Kabonga, d'où il lance régulièrement des attaques contre l'armée."),
])
def test_attacks_a_clause_says_a_group_makes_as_a_rule_are_no_event(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Headquarters or base established"   # was a clash (English) or an attack on civilians (French)


@pytest.mark.parametrize("lang, text", [
    ("en", "Unidentified assailants threw an explosive device into a bar in Bujumbura's Buyenzi neighbourhood on Saturday evening, "
           "wounding 12 people."),
    ("fr", "Des inconnus ont lancé samedi soir un engin explosif dans un bar du quartier de Buyenzi à Bujumbura, blessant 12 personnes."),
])
def test_an_explosive_device_thrown_by_hand_is_a_grenade(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert (event["sub_event_type"], event["weapon"]) == ("Grenade", "grenade")   # was a remote explosive (weapons.yaml `throw_verbs`)


def test_an_explosive_device_that_went_off_stays_a_remote_explosive(code_events):
    [event] = code_events("An explosive device went off at a bar in Bujumbura on Saturday, wounding 12 people.", "en", PUBLISHED)
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang, text", [
    ("en", "The RSF detained dozens of young men in El Geneina on Monday, accusing them of spying for the army."),
    ("fr", "Les FSR ont arrêté lundi des dizaines de jeunes hommes à El Geneina, les accusant d'espionner pour l'armée."),
])
def test_armed_men_who_detain_people_past_the_day_abduct_them(code_events, lang, text):
    [event] = code_events(text, lang, PUBLISHED)
    assert event["sub_event_type"] == "Abduction/forced disappearance"   # French was an arrest: the object hung on "lundi"


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers dispersed a group of jihadists near Djibo on Thursday."),
    ("fr", "Les militaires ont dispersé jeudi un groupe de jihadistes près de Djibo."),
])
def test_armed_men_driven_off_were_fought_not_a_crowd_broken_up(code_events, lang, text):
    [event] = code_events(text, lang, "2025-07-01")   # was a protest with intervention against Protesters (Burkina Faso)
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Armed clash", "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)")


def test_tear_gas_to_disperse_party_supporters_is_an_intervention_in_their_gathering(code_events):
    [event] = code_events("La police a tiré des gaz lacrymogènes jeudi pour disperser des supporters du parti d'opposition réunis devant "
                          "le tribunal de Conakry.", "fr", "2025-07-01")   # was an attack on civilians: no crowd word known
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Protest with intervention", "Protesters (Guinea)", "Police Forces of Guinea")


def test_traders_who_shut_their_shops_to_denounce_something_protest(code_events):
    [event] = code_events("Des commerçants ont fermé leurs boutiques mardi à Kinshasa pour dénoncer la hausse des taxes.", "fr", "2025-11-10")
    assert (event["sub_event_type"], event["actor1"]) == ("Peaceful protest", "Protesters (Democratic Republic of Congo)")   # was no event


@pytest.mark.parametrize("lang,text", [
    ("en", "A police officer was stabbed to death by a suspect he was trying to arrest in Mombasa on Wednesday, police said."),
    ("fr", "Un policier a été poignardé à mort mercredi à Mombasa par un suspect qu'il tentait d'interpeller, selon la police."),
])
def test_an_arrest_only_tried_is_no_arrest(code_events, lang, text):
    [event] = code_events(text, lang, "2025-12-05")   # English was the police's fight with their own officer, "police said" its doer
    assert (event["actor1"], event["actor2"], event["fatalities"]) == ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya", 1)


def test_a_crowd_that_attacked_forces_who_tried_to_arrest_someone_riots(code_events):
    [event] = code_events("Youths pelted officers with rocks in Gao, Mali, on Monday as the officers tried to detain a motorbike thief, "
                          "wounding two of them.", "en", "2025-05-14")
    assert event["sub_event_type"] == "Violent demonstration"   # not a mob's violence: they fought the forces


@pytest.mark.parametrize("lang,text", [
    ("en", "Two armed people fired at a patrol of policemen outside Parakou, Benin, on Tuesday."),
    ("fr", "Deux personnes armées ont ouvert le feu mardi sur une patrouille de police à Parakou, au Bénin."),
])
def test_armed_people_are_an_armed_group(code_events, lang, text):
    [event] = code_events(text, lang, "2025-12-05")   # was a communal militia
    assert (event["actor1"], event["actor2"]) == ("Unidentified Armed Group (Benin)", "Police Forces of Benin")


@pytest.mark.parametrize("lang,text,sides", [
    ("en", "The Iraqi army and the PKK reached an agreement on Monday.", ("Military Forces of Iraq", "PKK: Kurdistan Workers Party")),
    ("en", "Syrian government forces and the SDF reached an agreement on Monday for the handover of a dam.",
     ("Military Forces of Syria", "SDF: Syrian Democratic Forces")),
])
def test_who_reached_an_agreement_signed_it(code_events, lang, text, sides):
    [event] = code_events(text, lang, "2025-03-04")   # the army was dropped: "reach" also reports ("when reached by phone")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Agreement", *sides)


@pytest.mark.parametrize("text", [
    "Police arrested 45 people in Paris on Saturday during a protest against pension reform that turned violent.",
    "Police arrested 45 people in Paris on Saturday during a protest, with demonstrators smashing shop windows.",
])
def test_a_protest_that_turned_violent_riots_however_the_parse_hangs_it(code_events, text):
    [event] = code_events(text, "en", "2025-04-14")   # was a protest with intervention: "that turned violent" read as the
    # reform's, a grievance, and "smashing" was no riot word
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of France")


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 5,000 people fled their villages after clashes in the Tillaberi region last week, the UNHCR said."),
    ("fr", "Quelque 5 000 habitants ont fui leurs villages après des affrontements dans la région de Tillabéri."),
])
def test_people_who_fled_a_fight_were_no_side_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2025-05-20")   # was a mob's violence, the people who fled its two sides
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", None)


def test_a_strike_of_another_kind_in_another_country_is_an_event_of_its_own(code_events):
    events = code_events("Kurdish militants ambushed a Turkish army patrol in Hakkari province on Friday, killing two soldiers. "
                         "Turkish jets then struck PKK positions in northern Iraq.", "en", "2025-06-10")
    assert sorted((e["sub_event_type"], e["country"], e["fatalities"]) for e in events) == [
        ("Air/drone strike", "Iraq", 0), ("Armed clash", "Turkey", 2)]   # was one clash in Turkey, with the jets' weapon


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 23 people were killed when an airstrike hit a school sheltering displaced families in Gaza City on Saturday."),
    ("fr", "Une frappe aérienne a tué au moins 12 personnes dans une maison de Khan Younès samedi, selon la défense civile."),
])
def test_an_unattributed_air_strike_on_a_land_with_no_air_force_is_the_flying_state_s(code_events, lang, text):
    [event] = code_events(text, lang, "2025-06-10")   # was "Military Forces of Palestine"
    assert (event["actor1"], event["inter1"], event["country"]) == ("Military Forces of Israel", "External/Other forces", "Palestine")


def test_an_unattributed_air_strike_elsewhere_stays_the_country_s_own(code_events):
    [event] = code_events("An airstrike killed 12 people in a market in Sagaing region on Saturday.", "en", "2025-06-10")
    assert (event["actor1"], event["inter1"]) == ("Military Forces of Myanmar", "State forces")



@pytest.mark.parametrize("lang,text", [
    ("en", "A group of youths attacked a mosque in Bangui on Friday, injuring three worshippers, before being dispersed by MINUSCA "
           "peacekeepers."),
])
def test_who_dispersed_the_doers_after_their_act_is_no_side_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2025-12-05")   # was the peacekeepers' attack on civilians
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Mob violence", "Rioters (Central African Republic)", "Civilians (Central African Republic)")


def test_a_march_dispersed_by_police_is_still_an_intervention(code_events):
    [event] = code_events("Protesters marched in Bangui on Friday and were dispersed by police with tear gas.", "en", "2025-12-05")
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of the Central African Republic")


@pytest.mark.parametrize("lang,text,forces", [
    ("en", "Police fired on women protesting for their right to education in Kabul on Sunday, wounding two.", "Police Forces of Afghanistan"),
    ("en", "Militiamen opened fire on traders marching against a new market tax in Kidal on Sunday.",
     "Unidentified Armed Group (Mali)"),
    ("fr", "La police a tiré sur des femmes qui manifestaient pour leurs droits à Kaboul dimanche, blessant deux d'entre elles.",
     "Police Forces of Afghanistan"),
])
def test_armed_men_who_shot_at_demonstrators_used_excessive_force(code_events, lang, text, forces):
    [event] = code_events(text, lang, "2025-09-12")   # the English were peaceful protests: no shots read in "fired on", and
    # gunmen's shots on a protest not the forces' kind
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters", forces)


def test_tear_gas_fired_on_demonstrators_is_an_intervention(code_events):
    [event] = code_events("Police fired tear gas on protesters in Kabul on Sunday.", "en", "2025-09-12")
    assert event["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Des individus armés ont saboté un pylône électrique près de Djibo lundi, privant la ville d'électricité.",
     "Looting/property destruction"),
    ("en", "Suspected militants sabotaged a railway line near Kaduna on Monday.", "Looting/property destruction"),
])
def test_sabotage_destroys_property(code_events, lang, text, sub):
    [event] = code_events(text, lang, "2025-09-12")   # was no event
    assert event["sub_event_type"] == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "The government accused the opposition of trying to sabotage the elections on Monday."),
    ("fr", "Le gouvernement accuse l'opposition de vouloir saboter le processus électoral."),
])
def test_an_election_or_a_process_sabotaged_is_words(code_events, lang, text):
    assert code_events(text, lang, "2025-09-12") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested a suspected bomb maker in Garissa on Friday."),
    ("en", "Police detained an explosives expert of the group in Garissa on Friday."),
    ("fr", "La gendarmerie a interpellé vendredi à Maradi un fabricant de bombes présumé."),
])
def test_an_arrested_bomb_maker_is_an_arrest_not_a_blast(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-13")
    assert event["sub_event_type"] == "Arrests"   # was Remote explosive/landmine/IED, the weapon the trade is named after


def test_a_bomb_threat_is_no_blast(code_events):
    assert code_events("A bomb threat forced the evacuation of a school in Garissa on Friday.", "en", "2025-09-13") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "JNIM set up a base in the Wagadou forest on Sunday, from where it launches raids on army posts."),
    ("fr", "Le JNIM a installé dimanche une base dans la forêt du Wagadou, d'où il lance des raids contre les postes de l'armée."),
])
def test_a_base_from_where_a_group_launches_attacks_is_a_base(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-16")   # was an armed clash: the relative clause's habit, parsed as another clause
    assert event["sub_event_type"] == "Headquarters or base established"


@pytest.mark.parametrize("lang,text", [
    ("en", "Two shepherds died near Tessalit on Sunday when a mortar round they had picked up went off."),
    ("en", "Two boys were killed near Tessalit on Sunday while playing with a grenade."),
    ("fr", "Deux bergers sont morts dimanche près de Tessalit quand un obus qu'ils avaient ramassé a explosé."),
])
def test_a_remnant_someone_picked_up_is_a_remote_explosive(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-16")   # was a shelling, a grenade attack
    assert (event["sub_event_type"], event["weapon"], event["fatalities"]) == ("Remote explosive/landmine/IED", "landmine", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "Ukraine's air force said it shot down 20 of 26 Russian drones launched overnight at the Sumy region, but debris "
           "damaged a warehouse and injured three workers."),
])
def test_drones_partly_shot_down_struck_for_whoever_launched_them(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")   # "20" hangs on "shot" as a bare noun phrase: was the air force's strike
    assert (event["sub_event_type"], event["actor1"]) == ("Air/drone strike", "Military Forces of Russia")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen shot dead a council candidate during a campaign rally in Irapuato on Sunday evening."),
    ("fr", "Des hommes armés ont abattu un candidat aux municipales lors d'un meeting de campagne à Irapuato dimanche soir."),
])
def test_a_candidate_shot_at_a_rally_was_attacked(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")   # was excessive force against the rally, its people the gunmen's side
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mexico)")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un homme et sa fille ont été tués par une balle perdue lors d'échanges de tirs entre gangs à Port-au-Prince samedi."),
    ("en", "A man and his daughter died from a stray bullet in a gunfight between gangs in Port-au-Prince on Saturday."),
])
def test_people_a_stray_bullet_killed_between_gangs_are_the_fight_s_dead(code_events, lang, text):
    [event] = code_events(text, lang, "2025-09-20")   # was a clash with a communal militia of women, an attack on civilians
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Armed clash", "Unidentified Armed Group (Haiti)", "Unidentified Armed Group (Haiti)", 2)


def test_a_boy_shot_by_police_at_a_protest_met_excessive_force(code_events):
    [event] = code_events("A boy was shot by police during protests in the town of Homa Bay on Monday.", "en", "2025-09-20")
    assert (event["sub_event_type"], event["actor2"]) == ("Excessive force against protesters", "Police Forces of Kenya")


def test_people_beaten_by_police_at_a_protest_met_an_intervention(code_events):
    [event] = code_events("Police beat several protesters in the town of Homa Bay on Monday.", "en", "2025-09-20")
    assert event["sub_event_type"] == "Protest with intervention"


@pytest.mark.parametrize("lang,text", [
    ("en", "The Mauritanian navy intercepted a boat carrying 150 migrants off Nouadhibou on Monday."),
    ("fr", "La marine mauritanienne a intercepté lundi une pirogue transportant 150 migrants au large de Nouadhibou."),
])
def test_a_boat_the_navy_stopped_was_not_looted(code_events, lang, text):
    assert code_events(text, lang, "2025-09-20") == []   # was looting by the navy


def test_a_truck_militants_stopped_was_looted(code_events):
    [event] = code_events("Militants intercepted a truck near Ansongo on Monday and took the goods.", "en", "2025-09-20")
    assert event["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of people protested in Makurdi on Tuesday after gunmen killed eight farmers in nearby Guma on Sunday."),
    ("fr", "Des centaines de personnes ont manifesté mardi à Makurdi après que des hommes armés ont tué huit agriculteurs dimanche à Guma."),
])
def test_a_killing_a_protest_came_after_is_an_event_of_its_own(code_events, lang, text):
    events = code_events(text, lang, "2026-06-10")   # was the protest only, the killing its cause
    assert sorted((e["sub_event_type"], e["fatalities"], e["event_date"].isoformat()) for e in events) == [
        ("Attack", 8, "2026-06-07"), ("Peaceful protest", 0, "2026-06-09")]


def test_a_retaking_after_a_withdrawal_is_one_event(code_events):
    events = code_events("Militants retook the town of Sokolo on Monday after the army withdrew from Diabaly.", "en", "2026-06-10")
    assert len(events) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Nigerian troops freed 19 kidnapped travellers from bandits in a forest near Dansadau on Friday, the army said."),
    ("en", "Nigerian troops freed 19 travellers held by bandits in a forest near Dansadau on Friday."),
])
def test_travellers_troops_rescued_from_their_captors_were_fought_for(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-20")   # was an agreement with the travellers
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Armed Group (Nigeria)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Al-Shabaab fighters overran an army base near Bulo Burte on Friday, killing nine soldiers, an officer said. The militants "
           "later withdrew, taking weapons and vehicles."),
    ("fr", "Des jihadistes ont pris d'assaut vendredi le camp militaire de Tessit, tuant neuf soldats, selon l'armée malienne. Les "
           "assaillants se sont ensuite retirés en emportant des armes."),
])
def test_a_base_overrun_then_left_is_a_clash(code_events, lang, text):
    [event] = code_events(text, lang, "2026-06-20")   # was the group taking the ground it left
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 9)


def test_a_base_overrun_and_held_is_ground_taken(code_events):
    [event] = code_events("Al-Shabaab fighters overran an army base near Bulo Burte on Friday, killing nine soldiers, an officer said.",
                          "en", "2026-06-20")
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


@pytest.mark.parametrize("lang,text", [
    ("en", "Suspected jihadists killed two soldiers in Tahoua region on Saturday, while another three were wounded in an IED blast "
           "near Tillaberi the same day."),
    ("fr", "Des jihadistes présumés ont tué deux soldats dans la région de Tahoua samedi, tandis que trois autres ont été blessés "
           "dans l'explosion d'un engin explosif près de Tillabéri le même jour."),
])
def test_people_hurt_in_a_blast_a_contrast_clause_places_elsewhere_are_another_event(code_events, lang, text):
    events = code_events(text, lang, "2026-10-06")   # was one IED event at Tahoua
    assert sorted((e["sub_event_type"], e["location"]) for e in events) == [
        ("Armed clash", "Tahoua"), ("Remote explosive/landmine/IED", "Tillaberi")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police used water cannon against protesters in Belgrade on Sunday, while in Novi Sad students blocked a bridge."),
    ("fr", "La police a utilisé des canons à eau contre des manifestants à Belgrade dimanche, tandis que des étudiants ont bloqué "
           "un pont à Novi Sad."),
])
def test_a_crowd_a_contrast_clause_places_in_another_town_is_another_event(code_events, lang, text):
    events = code_events(text, lang, "2026-10-06")   # was a riot in both towns, or a protest with intervention in both
    assert sorted((e["location"], e["sub_event_type"]) for e in events) == [
        ("Belgrade", "Protest with intervention"), ("Novi Sad", "Violent demonstration")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Climate activists blocked a motorway near The Hague on Saturday, and police detained more than 700 of them."),
    ("fr", "Des militants écologistes ont bloqué une autoroute près de La Haye samedi, et la police en a interpellé plus de 700."),
])
def test_the_arrests_of_people_who_blocked_a_road_are_their_riot_s(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")   # the English one was the arrest of civilians
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of the Netherlands")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une centaine de combattants du MNLA ont rejoint le CSP à Kidal lors d'une cérémonie lundi."),
    ("en", "About a hundred MNLA fighters joined the CSP in Kidal at a ceremony on Monday."),
])
def test_fighters_who_join_an_armed_group_change_its_activity(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-17")   # was no event
    assert (event["sub_event_type"], event["actor1"]) == ("Change to group/activity", "MNLA: National Movement for the Liberation of Azawad")


def test_people_who_join_a_protest_change_no_group(code_events):
    [event] = code_events("Thousands of people joined the protest in Bamako on Monday.", "en", "2026-11-17")
    assert event["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text,actor1", [
    ("en", "Security agents arrested a prominent activist at his home in Harare on Sunday and took him to an unknown location, his "
           "lawyer said.", "Police Forces of Zimbabwe"),
    ("fr", "Des agents des services de renseignement ont arrêté un militant de la société civile à son domicile à Conakry dimanche "
           "et l'ont conduit vers un lieu inconnu.", "Police Forces of Guinea"),
])
def test_people_led_to_an_unknown_location_disappeared(code_events, lang, text, actor1):
    [event] = code_events(text, lang, "2026-11-24")   # was an arrest (the French one with no doer named)
    assert (event["sub_event_type"], event["actor1"]) == ("Abduction/forced disappearance", actor1)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Yemeni government and the Houthis exchanged 200 prisoners on Monday in a deal brokered by the Red Cross."),
    ("fr", "Le gouvernement yéménite et les Houthis ont échangé lundi 200 prisonniers dans le cadre d'un accord négocié par la "
           "Croix-Rouge."),
])
def test_prisoners_exchanged_are_an_agreement(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-08")   # the English one was no event
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Agreement", "Government of Yemen", "Houthi Movement (Ansar Allah)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and Ukraine swapped the bodies of 1,000 soldiers on Monday."),
    ("fr", "La Russie et l'Ukraine ont échangé lundi les corps de 1.000 soldats."),
])
def test_bodies_swapped_are_no_event(code_events, lang, text):
    assert code_events(text, lang, "2026-09-08") == []   # the English one was a thousand dead


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli troops demolished the family home of a Palestinian gunman in the West Bank city of Nablus on Monday."),
    ("en", "Police arrested three gunmen in Kaduna on Monday."),
])
def test_a_gunman_named_as_an_owner_or_a_captive_lends_no_weapon(code_events, lang, text):
    [event] = code_events(text, lang, "2026-09-08")   # was a firearm
    assert event["weapon"] is None


def test_arrests_made_at_a_march_are_an_intervention(code_events):
    [event] = code_events("Some 30,000 people marched through central London on Saturday, with 12 arrests made for public order "
                          "offences.", "en", "2026-11-10")   # was a peaceful protest
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of the United Kingdom")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of people marched in Lagos on Saturday to call for the freeing of 12 arrested activists."),
    ("fr", "Des centaines de personnes ont manifesté samedi à Dakar pour exiger la libération des militants arrêtés."),
])
def test_a_march_for_the_arrested_is_no_intervention(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-10")
    assert event["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("en", "Hezbollah fired a barrage of rockets at northern Israel on Tuesday, most of which were intercepted."),
])
def test_a_barrage_mostly_intercepted_is_the_launcher_s_strike(code_events, lang, text):
    [event] = code_events(text, lang, "2026-11-24")   # was the interception (the parse hangs the launch under "intercepted")
    assert (event["sub_event_type"], event["actor1"]) == ("Shelling/artillery/missile attack", "Hezbollah")


@pytest.mark.parametrize("lang,text", [
    ("en", "A man drove a truck into a crowd at a Christmas market in Magdeburg on Friday, killing five people."),
    ("fr", "Un homme a foncé avec une voiture sur la foule d'un marché de Noël à Magdebourg vendredi, tuant cinq personnes."),
])
def test_a_stranger_who_drives_into_a_crowd_attacks_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-05")   # was a mob's violence, the crowd its doer
    assert (event["sub_event_type"], event["actor1"], event["weapon"]) == ("Attack", "Unidentified Armed Group (Germany)", "vehicle")


def test_acid_hurled_at_schoolgirls_is_an_attack(code_events):
    [event] = code_events("Unidentified attackers hurled acid at two schoolgirls in Kandahar on Thursday, police said.", "en",
                          "2026-12-05")   # was no event
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "other")


@pytest.mark.parametrize("lang,text", [
    ("en", "Peacekeepers fired warning shots to disperse protesters in Goma on Monday."),
    ("en", "Police fired into the air to disperse protesters in Goma on Monday."),
    ("fr", "La police a tiré des coups de semonce pour disperser des manifestants lundi à Goma."),
])
def test_warning_shots_to_disperse_a_crowd_are_an_intervention(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the first was excessive force
    assert event["sub_event_type"] == "Protest with intervention"


def test_live_rounds_that_wound_protesters_are_excessive_force(code_events):
    [event] = code_events("Police fired live rounds to disperse protesters in Goma on Monday, wounding three.", "en", "2026-12-07")
    assert event["sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize("lang,text", [
    ("en", "Four militants were killed near Gao on Tuesday, a security source said."),
    ("fr", "Quatre jihadistes ont été tués mardi près de Gao, selon une source sécuritaire."),
])
def test_armed_men_counted_dead_fell_in_a_fight(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # was an attack on civilians
    assert (event["sub_event_type"], event["fatalities"]) == ("Armed clash", 4)


def test_a_self_defence_militia_s_leader_killed_in_an_ambush_fell_in_a_fight(code_events):
    [event] = code_events("Le chef d'une milice d'autodéfense a été tué dimanche dans une embuscade près de Djibo.", "fr", "2026-12-07")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Unidentified Communal Militia (Burkina Faso)")   # was civilians


def test_a_counter_demonstration_is_a_protest(code_events):
    [event] = code_events("Des centaines de militants du parti au pouvoir ont organisé une contre-manifestation jeudi à Dakar.", "fr",
                          "2026-12-07")   # was no event
    assert event["sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("lang,text", [
    ("en", "Hours after the verdict, young people staged flash mobs in Yangon on Tuesday."),
    ("fr", "Des jeunes ont organisé mardi un flash mob à Yangon contre la junte."),
])
def test_a_flash_mob_is_a_protest(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the English was a mob's violence between rioters
    assert event["sub_event_type"] == "Peaceful protest"


def test_officers_injured_by_stones_make_a_riot(code_events):
    [event] = code_events("Thousands of supporters of the opposition leader marched through Islamabad on Friday. Police fired tear gas when "
                          "some protesters tried to break through a cordon, and several officers were injured by stones.", "en", "2026-12-07")
    assert event["sub_event_type"] == "Violent demonstration"   # was the police's intervention in a protest


@pytest.mark.parametrize("lang,text", [
    ("en", "Mexican soldiers seized several rifles in a raid on a ranch in Sinaloa on Thursday."),
    ("en", "Mexican soldiers seized cocaine and several rifles at a ranch in Sinaloa on Thursday."),
    ("fr", "Des militaires mexicains ont saisi jeudi plusieurs fusils lors d'une descente dans un ranch du Sinaloa."),
])
def test_arms_the_forces_seize_in_a_raid_that_hits_no_one_are_disrupted(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-07")   # the raid was an attack, the conjoined rifles looted goods
    assert (event["sub_event_type"], event["actor1"]) == ("Disrupted weapons use", "Military Forces of Mexico")


def test_a_demonym_on_the_authorities_a_group_surrenders_to_is_no_doer(code_events):
    [event] = code_events("Une vingtaine de combattants du MNLA se sont rendus aux autorités maliennes jeudi à Gao.", "fr", "2026-12-07")
    assert (event["sub_event_type"], event["actor1"]) == ("Change to group/activity",
                                                          "MNLA: National Movement for the Liberation of Azawad")   # was Mali's forces


def test_people_who_went_missing_are_victims_not_a_mob(code_events):
    [event] = code_events("Police said on Tuesday they had found the bodies of two journalists who went missing last week in the Mexican "
                          "state of Guerrero.", "en", "2026-12-07")   # the journalists were a mob
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Mexico)")


def test_a_mine_s_workers_name_no_landmine(code_events):
    [event] = code_events("Des hommes armés ont attaqué samedi un bus transportant des employés d'une mine près de Kayes, tuant le chauffeur.",
                          "fr", "2026-12-07")   # was a landmine's blast
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "firearm")


def test_a_riot_s_words_after_the_cause_s_comma_are_the_crowd_s(code_events):
    [event] = code_events("Des centaines de manifestants ont défilé samedi à Kidal pour protester contre le retour de l'armée, brûlant des "
                          "pneus et jetant des pierres sur des véhicules de l'ONU.", "fr", "2026-12-07")   # was a peaceful protest
    assert event["sub_event_type"] == "Violent demonstration"


def test_a_drug_seizure_is_no_disrupted_weapons_use(code_events):
    assert code_events("Les douaniers ont saisi mardi une tonne de cannabis à Dakar.", "fr", "2026-12-07") == []   # was arms disrupted


def test_a_customs_convoy_is_the_police_s(code_events):
    [event] = code_events("Des hommes armés ont attaqué mardi un convoi des douanes nigérianes dans l'État d'Ogun, tuant deux agents.", "fr",
                          "2026-12-07")   # was the army's convoy
    assert event["actor2"] == "Police Forces of Nigeria"


def test_why_forces_held_protesters_is_no_grievance_of_theirs(code_events):
    [event] = code_events("La police a interpellé lundi 40 manifestants à Dakar après que la marche contre la vie chère a dégénéré en "
                          "affrontements.", "fr", "2026-12-07")   # was a protest with intervention, the clashes its cause
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Police Forces of Senegal")


def test_what_angered_a_dispersed_crowd_is_no_event(code_events):
    [event] = code_events("Police dispersed protesters angry over the killing of a student in Lagos on Monday.", "en",
                          "2026-12-07")   # was excessive force that killed the student
    assert (event["sub_event_type"], event["fatalities"], event["assoc_actor_1"]) == ("Protest with intervention", 0, None)


def test_an_artisanal_mine_is_no_landmine(code_events):
    [event] = code_events("Gunmen shot dead five gold miners at an artisanal mine near Kouri on Tuesday, a local official told AFP.", "en",
                          "2026-12-07")   # was a landmine's blast
    assert (event["sub_event_type"], event["weapon"]) == ("Attack", "firearm")


@pytest.mark.parametrize("lang,text,actor2", [
    ("fr", "L'armée israélienne a frappé jeudi des positions du Hezbollah près de Tyr.", "Hezbollah"),   # was no event
    ("fr", "Israël a frappé jeudi des cibles du Hamas à Khan Younès.", "Hamas Movement"),   # was no event
    ("en", "Israeli forces struck Hezbollah positions near Tyre on Thursday.", "Hezbollah"),   # was an attack on civilians
])
def test_a_state_s_forces_that_strike_positions_strike_from_afar(code_events, lang, text, actor2):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Air/drone strike", "Military Forces of Israel", actor2)


def test_forces_that_struck_a_depot_did_not_run_into_it(code_events):
    [event] = code_events("Ukrainian forces struck a fuel depot in Russia's Bryansk region on Thursday, the general staff said.", "en",
                          "2026-12-08")   # was an unidentified group's strike on Ukraine's forces, the subject taken for who hit a mine
    assert (event["event_type"], event["actor1"]) == ("Explosions/Remote violence", "Military Forces of Ukraine")


def test_jihadists_who_strike_a_base_are_no_air_strike(code_events):
    events = code_events("Les jihadistes ont frappé jeudi une base militaire à Djibo.", "fr", "2026-12-08")
    assert "Air/drone strike" not in [e["sub_event_type"] for e in events]


def test_a_week_told_keeps_its_day_before_the_arrests_named_after_it(code_events):
    [event] = code_events("Earlier this week, gunmen attacked a gendarmerie post in Kaya, killing three gendarmes. On Wednesday, the army said it "
                          "had arrested four suspects.", "en", "2026-12-10")   # was Wednesday, the arrests' day
    assert (event["sub_event_type"], event["event_date"].isoformat(), event["time_precision"]) == ("Armed clash", "2026-12-08", 2)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday, Uvira residents began a sit-in at the gates of the governor's office to demand jobs. Police detained five of them."),
    ("fr", "Vendredi, des habitants d'Uvira ont organisé un sit-in aux portes du gouvernorat pour réclamer des emplois. La police en a "
           "interpellé cinq."),
])
def test_the_forces_that_stepped_in_face_a_protest_not_the_office_it_addressed(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was the Government of Congo
    assert (event["sub_event_type"], event["actor2"]) == ("Protest with intervention", "Police Forces of the Democratic Republic of Congo")


@pytest.mark.parametrize("lang,text", [
    ("en", "Students occupied a lecture hall in Lyon on Thursday before police removed them and detained 15."),   # was arrests
    ("fr", "Des étudiants ont occupé jeudi un amphithéâtre à Lyon avant d'être délogés par la police, qui en a interpellé quinze."),
])
def test_people_who_occupy_a_building_protest_in_it(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["sub_event_type"], event["actor1"], event["assoc_actor_1"]) == (
        "Protest with intervention", "Protesters (France)", "Students (France)")


def test_rebels_who_occupy_a_building_do_not_protest(code_events):
    events = code_events("Rebels occupied the prefecture in Bria on Thursday.", "en", "2026-12-08")
    assert "Protests" not in [e["event_type"] for e in events]


def test_mobs_named_in_the_plural_are_a_mob(code_events):
    [event] = code_events("Mobs set fire to houses of a minority community in Imphal on Monday, police said. No one was hurt.", "en",
                          "2026-12-08")   # was property destruction by a communal militia
    assert (event["sub_event_type"], event["actor1"]) == ("Mob violence", "Rioters (India)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in Zinder arrested three suspects in the murder of a trader, the prosecutor said."),
    ("fr", "La gendarmerie a interpellé trois suspects dans l'assassinat d'un commerçant à Zinder, a annoncé le procureur."),
])
def test_suspects_in_a_murder_are_arrested_the_murder_told_as_their_cause(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was the murder, by the police
    assert (event["sub_event_type"], event["actor2"]) == ("Arrests", "Civilians (Niger)")


def test_forces_hurt_by_no_one_named_after_a_mob_turned_on_them_were_hurt_by_the_mob(code_events):
    [event] = code_events("Des policiers ont été pris à partie par une foule en colère à Uvira après l'interpellation d'un motard. Deux agents "
                          "ont été blessés et un véhicule de police incendié.", "fr", "2026-12-08")   # was a battle with an armed group
    assert (event["event_type"], event["actor1"], event["inter2"]) == ("Riots", "Rioters (Democratic Republic of Congo)", "State forces")


@pytest.mark.parametrize("lang,text", [
    ("en", "A Ukrainian drone crashed into a block of flats in Kursk on Monday, injuring three residents, the governor said."),   # was an attack
    ("fr", "Des débris d'un drone ukrainien abattu sont tombés lundi sur une maison à Koursk, blessant trois habitants."),   # was a battle
])
def test_a_drone_that_falls_on_people_struck_them(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == ("Air/drone strike", "Military Forces of Ukraine", "Civilians (Russia)")


def test_a_crashed_aircraft_struck_no_one(code_events):
    assert code_events("A military helicopter crashed near Gao on Monday, killing its two pilots, the army said.", "en", "2026-12-08") == []


def test_a_drone_shot_down_is_a_disrupted_weapon(code_events):
    [event] = code_events("La défense antiaérienne a abattu lundi huit drones ukrainiens au-dessus de Koursk.", "fr", "2026-12-08")
    assert (event["sub_event_type"], event["actor2"]) == ("Disrupted weapons use", "Military Forces of Ukraine")


def test_clashes_between_two_crowds_make_rioters_on_both_sides(code_events):
    [event] = code_events("Des heurts ont éclaté lundi entre des partisans du gouverneur et des militants de l'opposition à Lubumbashi.", "fr",
                          "2026-12-08")   # was a violent demonstration with no second side
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Mob violence", "Rioters (Democratic Republic of Congo)", "Rioters (Democratic Republic of Congo)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Malian troops abandoned their camp in Bourem on Sunday, and FLA fighters took it over on Monday."),
    ("fr", "Les combattants du FLA ont pris lundi le camp militaire de Bourem, abandonné la veille par les FAMa."),
])
def test_a_camp_the_army_abandoned_changed_hands_without_a_fight(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was ground a non-state group overtook
    assert event["sub_event_type"] == "Non-violent transfer of territory"


def test_residents_who_abandon_their_homes_hand_over_no_ground(code_events):
    events = code_events("Residents abandoned their homes in Bourem on Monday after jihadists attacked the army camp.", "en", "2026-12-08")
    assert "Non-violent transfer of territory" not in [e["sub_event_type"] for e in events]


def test_a_deal_to_disarm_fighters_is_the_deal(code_events):
    [event] = code_events("The government and the Tigray administration signed an agreement in Mekelle on Monday to disarm former TPLF fighters.",
                          "en", "2026-12-08")   # was a disrupted weapons use
    assert event["sub_event_type"] == "Agreement"


def test_people_beaten_up_where_an_office_was_ransacked_were_attacked(code_events):
    [event] = code_events("Des miliciens ont saccagé lundi le siège d'un parti d'opposition à Gitega et ont passé à tabac quatre de ses membres.", "fr",
                          "2026-12-08")   # was property destruction: "passé à tabac" hurt them
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Burundi)")


@pytest.mark.parametrize("lang,text", [
    ("en", "A Houthi missile fired at Israel was intercepted over Eilat on Monday, the Israeli army said."),   # was a missile attack
    ("fr", "Un missile houthi tiré sur Israël a été intercepté lundi au-dessus d'Eilat, selon l'armée israélienne."),   # was a battle
])
def test_a_missile_fired_at_a_country_and_intercepted_was_stopped(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Disrupted weapons use", "Military Forces of Israel", "Houthi Movement (Ansar Allah)")


def test_shots_fired_at_soldiers_are_still_an_attack_on_them(code_events):
    [event] = code_events("Gunmen fired at Israeli soldiers near Jenin on Monday.", "en", "2026-12-08")
    assert (event["sub_event_type"], event["actor2"]) == ("Armed clash", "Military Forces of Israel")


def test_people_a_country_s_demonym_qualifies_are_no_country_fired_at(code_events):
    [event] = code_events("Farmers attacked Nigerien herders near Malanville on Monday. The herders fled and no one was hurt.", "en",
                          "2026-12-08")
    assert (event["sub_event_type"], event["actor2"]) == ("Attack", "Civilians (Niger)")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gang members set fire to several houses and shot dead four residents in Saint-Marc on Monday."),
    ("fr", "Des membres de gangs ont incendié plusieurs maisons et abattu quatre habitants lundi à Saint-Marc."),
])
def test_people_shot_dead_where_houses_burned_were_killed_by_guns(code_events, lang, text):
    [event] = code_events(text, lang, "2026-12-08")   # was arson, the first weapon named
    assert (event["fatalities"], event["weapon"]) == (4, "firearm")
