# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 Schakel contributors
"""Generates the demo data of the sociale kaart (Open Referral HSDS 3.0) for the demo region
Nijmegen (0268), Heumen (0252) and Tiel (0281).

Everything is fictional: organisations, addresses, phone numbers (088 000 ....), e-mail addresses and websites
(voorbeeld.demo). The output is deterministic: the same files on every run, with stable UUIDs (uuid5).

    python3 ops/demo-data/generate.py            # write the files
    python3 ops/demo-data/generate.py --check    # write, then validate against strict HSDS 3.0

Standard library only. --check uses the `jsonschema` package when it is installed and otherwise a small built-in
validator for the JSON Schema subset the HSDS schemas use (type, properties, required, items, enum, format).
"""

import csv
import datetime as dt
import json
import random
import re
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "src/main/resources/socialmap/demo"
NEEDS_CSV = REPO / "src/main/resources/socialmap/taxonomy/needs.csv"
HSDS_SCHEMA = REPO / "src/main/resources/hsds/3.0/compiled/organization.json"

# Namespace of every demo id: a fixed UUID chosen once for the demo data; it must never change.
DEMO_NS = uuid.UUID("3f2b8c4e-5d1a-5e7b-9a6c-0d4e2f1b7a93")
# Namespace of the needs taxonomy terms: uuid5(TAXONOMY_NS, "schakel-needs:" + code).
TAXONOMY_NS = uuid.UUID("6b0e2c1a-7a43-4d7e-9b8f-2f6a3b1c9d10")

DEMO_SUFFIX_NL = " (Demo: deze organisatie bestaat niet.)"
DEMO_SUFFIX_EN = " (Demo: this organisation does not exist.)"
PHONE_NOTE = "Demo: dit nummer bestaat niet."
ASSURER = "kaartredactie@voorbeeld.demo"
TODAY = dt.date(2026, 11, 25)


def uid(*parts):
    return str(uuid.uuid5(DEMO_NS, "/".join(parts)))


def term_id(code):
    return str(uuid.uuid5(TAXONOMY_NS, "schakel-needs:" + code))


# ---------------------------------------------------------------------------------------------------------------
# The region
# ---------------------------------------------------------------------------------------------------------------

AREAS = {
    "oost": {
        "name": "Nijmegen-Oost", "city": "Nijmegen", "municipality": "Gemeente Nijmegen",
        "pc4": [6522, 6523, 6524], "lat": 51.840, "lon": 5.880,
        "streets": ["Kastanjelaan", "Lindenstraat", "Vondelstraat", "Bilderdijkstraat", "Prins Hendrikstraat",
                    "Beukenstraat", "Bosweg", "Oranjesingel", "Spoorstraat", "Wilhelminalaan", "Hazelaarstraat",
                    "Rozenstraat"],
    },
    "dukenburg": {
        "name": "Dukenburg", "city": "Nijmegen", "municipality": "Gemeente Nijmegen",
        "pc4": [6535, 6536, 6537, 6538], "lat": 51.820, "lon": 5.790,
        "streets": ["Meidoornweg", "Zwanenstraat", "Reigerlaan", "Vijverlaan", "Parkweg", "Akkerweg",
                    "Klaverstraat", "Eendenkooi", "Wilgenlaan", "Heggenweg", "Vlinderstraat", "Zandweg"],
    },
    "tiel-west": {
        "name": "Tiel-West", "city": "Tiel", "municipality": "Gemeente Tiel",
        "pc4": [4001, 4002, 4003, 4004, 4005, 4006, 4007], "lat": 51.890, "lon": 5.410,
        "streets": ["Appelgaard", "Kersenlaan", "Perenweg", "Fruitlaan", "Molenstraat", "Schoolstraat",
                    "Pruimenhof", "Bongerdweg", "Dijkstraat", "Laan van de Bloesem", "Lingeweg", "Zuiderstraat"],
    },
    "malden": {
        "name": "Malden", "city": "Malden", "municipality": "Gemeente Heumen",
        "pc4": [6581], "lat": 51.780, "lon": 5.850,
        "streets": ["Dorpsstraat", "Heideweg", "Kerkweg", "Jachtlaan", "Bremstraat", "Dennenlaan"],
    },
}

# Letters used in Dutch postcodes (F, I, O, Q, U and Y are not used; SA, SD and SS are not issued).
POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"

LANGUAGES = {
    "nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks", "pl": "Pools", "uk": "Oekraïens",
    "ti": "Tigrinya", "fa": "Farsi", "so": "Somalisch", "de": "Duits", "ru": "Russisch", "fr": "Frans",
    "es": "Spaans",
}

DAYS_NL = {"MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag", "FR": "vrijdag",
           "SA": "zaterdag", "SU": "zondag"}
DAYS_EN = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday", "FR": "Friday",
           "SA": "Saturday", "SU": "Sunday"}
DAY_ORDER = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ORDINAL_NL = {"1": "eerste", "2": "tweede", "3": "derde", "4": "vierde", "-1": "laatste"}
ORDINAL_EN = {"1": "first", "2": "second", "3": "third", "4": "fourth", "-1": "last"}

# ---------------------------------------------------------------------------------------------------------------
# Costs: fees_description (nl, en) and cost_options (option, amount or None, amount_description or None)
# ---------------------------------------------------------------------------------------------------------------

FEES = {
    "gratis": (("Gratis.", "Free."), [("Gratis", 0, None)]),
    "gratis-gift": (("Gratis. Een vrijwillige bijdrage mag, maar hoeft niet.",
                     "Free. You may give a voluntary contribution, but you do not have to."),
                    [("Gratis", 0, None)]),
    "koffie": (("Gratis. Koffie of thee kost € 0,50.", "Free. Coffee or tea costs €0.50."),
               [("Meedoen", 0, None), ("Koffie of thee", 0.5, None)]),
    "stadspas-250": (("€ 2,50 per keer. Met Stadspas is het gratis.",
                      "€2.50 per visit. Free with a Stadspas (city pass)."),
                     [("Per keer", 2.5, None), ("Met Stadspas", 0, None)]),
    "maaltijd-4": (("€ 4 per maaltijd. Met Stadspas betaalt u € 2.",
                    "€4 per meal. With a Stadspas (city pass) you pay €2."),
                   [("Per maaltijd", 4, None), ("Met Stadspas", 2, None)]),
    "maaltijd-3": (("€ 3 per maaltijd. Kunt u dit niet betalen? Dan eet u gratis mee.",
                    "€3 per meal. If you cannot pay, you eat for free."),
                   [("Per maaltijd", 3, None), ("Als u niet kunt betalen", 0, None)]),
    "bijdrage-1": (("€ 1 per keer.", "€1 per visit."), [("Per keer", 1, None)]),
    "middag-2": (("€ 2 per middag. Koffie en thee zijn inbegrepen.",
                  "€2 per afternoon, coffee and tea included."), [("Per middag", 2, None)]),
    "cursus-10": (("€ 10 voor de hele cursus. Met Stadspas is het gratis.",
                   "€10 for the whole course. Free with a Stadspas (city pass)."),
                  [("Hele cursus", 10, None), ("Met Stadspas", 0, None)]),
    "onderdelen": (("Gratis. Nieuwe onderdelen betaalt u zelf.", "Free. You pay for new parts yourself."),
                   [("Reparatie", 0, None), ("Nieuwe onderdelen", None, "U betaalt wat de onderdelen kosten.")]),
    "fiets-25": (("Leren repareren is gratis. Een opgeknapte fiets kost € 25.",
                  "Learning to repair is free. A refurbished bicycle costs €25."),
                 [("Leren repareren", 0, None), ("Opgeknapte fiets", 25, None)]),
    "winkel": (("Het pasje is gratis. De boodschappen kosten ongeveer de helft van de gewone prijs.",
                "The card is free. Groceries cost about half the usual price."),
               [("Pasje voor 1 jaar", 0, None),
                ("Boodschappen", None, "Ongeveer de helft van de gewone prijs.")]),
    "bezorgen": (("€ 1,50 per bezorging. De boodschappen betaalt u apart.",
                  "€1.50 per delivery. You pay for the groceries separately."),
                 [("Per bezorging", 1.5, None)]),
    "km": (("U betaalt de chauffeur € 0,30 per kilometer.", "You pay the driver €0.30 per kilometre."),
           [("Per kilometer", 0.3, None)]),
    "zaalsport": (("€ 1 per keer. Met Stadspas is het gratis.",
                   "€1 per session. Free with a Stadspas (city pass)."),
                  [("Per keer", 1, None), ("Met Stadspas", 0, None)]),
    "moestuin": (("Meedoen is gratis. Een tas groente kost € 2.",
                  "Taking part is free. A bag of vegetables costs €2."),
                 [("Meedoen", 0, None), ("Tas groente", 2, None)]),
    "uitje": (("Gratis voor het hele gezin.", "Free for the whole family."), [("Per gezin", 0, None)]),
}

# ---------------------------------------------------------------------------------------------------------------
# Service templates. Slots: "MO,WE 09:00-12:00" (weekly) or "M 1SA 10:00-13:00" (monthly, byday 1SA).
# Each template lists alternative slot sets; an organisation gets one of them.
# prefix: how the opening hours are read (None = walk in, "afspraak" = by appointment, "telefoon" = phone hours).
# ---------------------------------------------------------------------------------------------------------------

TEMPLATES = {}


def T(key, name, desc, apply, fees, needs, slots, elig=None, docs=(), langs=(), age=None, prefix=None):
    assert key not in TEMPLATES, key
    TEMPLATES[key] = {
        "name": name, "desc": desc, "apply": apply, "fees": fees, "needs": list(needs), "slots": slots,
        "elig": elig, "docs": list(docs), "langs": list(langs), "age": age, "prefix": prefix,
    }


ID = "Legitimatiebewijs"
REF_WIJKTEAM = "Verwijzing van het wijkteam"
BANK3 = "Bankafschriften van de laatste 3 maanden"
INCOME = "Bewijs van inkomen, zoals een loonstrook of uitkeringsbrief"
LASTEN = "Overzicht van uw vaste lasten"
LETTERS = "Brieven van schuldeisers"
DIGID = "Uw DigiD of uw telefoon met de DigiD-app"
OWN_DEVICE = "Uw eigen telefoon, tablet of laptop"
STADSPAS = "Stadspas, als u die hebt"

LOW_INCOME = ("Voor huishoudens met weinig geld om van te leven. Bijvoorbeeld met een uitkering of een klein loon.",
              "For households with little money to live on. For example with benefits or a low wage.")

# --- food
T("voedsel-pakket",
  ("Gratis boodschappenpakket", "Free food parcel"),
  ("Hebt u te weinig geld voor eten? Dan krijgt u bij ons elke week een pakket. Er zit brood, groente en "
   "houdbaar eten in. Vrijwilligers zetten het voor u klaar.",
   "Do you have too little money for food? Then you get a parcel from us every week. It contains bread, "
   "vegetables and long-life food. Volunteers prepare it for you."),
  ("Vraag een verwijzing bij het wijkteam. Daarna maken wij een afspraak met u.",
   "Ask the district team (wijkteam) for a referral. Then we make an appointment with you."),
  "gratis", ["eten.voedselbank", "doelgroep-minima"],
  [["TU 13:00-16:00"], ["TH 10:00-12:00", "TH 13:00-15:00"], ["FR 14:00-17:00"], ["WE 09:30-12:00"]],
  elig=("Voor huishoudens met weinig geld voor eten. Wij kijken samen naar uw inkomen en vaste lasten.",
        "For households with little money for food. Together we look at your income and fixed costs."),
  docs=[ID, REF_WIJKTEAM, BANK3])
T("voedsel-nood",
  ("Noodpakket voor vandaag", "Emergency food parcel for today"),
  ("Hebt u vandaag niets te eten? Kom dan langs. U krijgt meteen een klein pakket. Daarna helpen wij u verder.",
   "Do you have nothing to eat today? Then come by. You get a small parcel straight away. "
   "After that we help you further."),
  ("Loop binnen tijdens de uitgifte. U hoeft geen afspraak te maken.",
   "Walk in during opening hours. You do not need an appointment."),
  "gratis", ["eten.voedselbank", "geld-schulden.noodhulp"],
  [["TU 13:00-16:00"], ["TH 10:00-12:00"], ["MO,FR 10:00-12:00"]])
T("voedsel-intake",
  ("Gesprek over voedselhulp", "Intake interview for food help"),
  ("Wilt u weten of u een pakket kunt krijgen? In een gesprek kijken wij samen naar uw situatie. "
   "Het gesprek duurt ongeveer 30 minuten.",
   "Do you want to know if you can get a food parcel? In a conversation we look at your situation together. "
   "The conversation takes about 30 minutes."),
  ("Bel ons voor een afspraak.", "Call us to make an appointment."),
  "gratis", ["eten.voedselbank", "hulp-en-advies.informatie", "doelgroep-minima"],
  [["MO,WE 09:00-12:00"], ["TU,TH 09:00-12:00"], ["WE 13:00-16:00"]],
  docs=[ID, BANK3, LASTEN], prefix="afspraak")
T("voedsel-baby",
  ("Babypakket", "Baby parcel"),
  ("Hebt u een baby en weinig geld? Dan krijgt u een pakket met luiers en flesvoeding. "
   "Er zitten ook zeep en billendoekjes in.",
   "Do you have a baby and little money? Then you get a parcel with nappies and formula milk. "
   "It also contains soap and baby wipes."),
  ("Vraag ernaar als u uw boodschappenpakket ophaalt.", "Ask for it when you collect your food parcel."),
  "gratis", ["kleding-spullen.babyspullen", "kinderen-gezin", "doelgroep-kinderen"],
  [["TU 13:00-16:00"], ["TH 10:00-12:00"], ["FR 14:00-16:00"]],
  elig=("Voor ouders met een baby tot 1 jaar die al voedselhulp krijgen.",
        "For parents with a baby under 1 year old who already receive food help."),
  docs=[ID])
T("maaltijd",
  ("Samen eten", "Eat together"),
  ("Vrijwilligers koken een warme maaltijd. U eet samen met andere mensen uit de buurt. Iedereen is welkom.",
   "Volunteers cook a hot meal. You eat together with other people from the neighbourhood. Everyone is welcome."),
  ("Meld u uiterlijk 1 dag van tevoren aan. Bel ons of loop even binnen.",
   "Sign up at least 1 day in advance. Call us or drop by."),
  "maaltijd-4", ["eten.maaltijden", "eenzaamheid-ontmoeten.inloop"],
  [["TH 17:30-19:30"], ["WE 17:30-19:30"], ["M 1FR 17:30-20:00", "M 3FR 17:30-20:00"], ["SU 12:30-14:30"]])
T("maaltijd-gratis",
  ("Soep en brood", "Soup and bread"),
  ("Bij ons staan soep en brood klaar. Het is gratis. U hoeft niets te vragen of uit te leggen.",
   "Soup and bread are ready for you. It is free. You do not have to ask or explain anything."),
  ("Loop binnen. U hoeft zich niet aan te melden.", "Walk in. You do not need to sign up."),
  "gratis", ["eten.maaltijden", "doelgroep-minima"],
  [["MO,WE,FR 12:00-13:30"], ["TU,TH 12:00-13:30"]])
T("supermarkt",
  ("Sociale supermarkt", "Social supermarket"),
  ("In onze winkel koopt u boodschappen voor een lage prijs. U krijgt een pasje voor 1 jaar. "
   "Daarna kijken wij samen of u het nog nodig hebt.",
   "In our shop you buy groceries at a low price. You get a card for 1 year. "
   "After that we look together whether you still need it."),
  ("Maak een afspraak voor een pasje. Neem uw papieren mee.",
   "Make an appointment to get a card. Bring your papers."),
  "winkel", ["eten.sociale-supermarkt", "doelgroep-minima", "doelgroep-minima.werkende-armen"],
  [["MO,WE,FR 10:00-16:00", "SA 10:00-13:00"], ["TU,TH 10:00-17:00", "SA 10:00-14:00"]],
  elig=LOW_INCOME, docs=[ID, INCOME])
T("bezorgen",
  ("Boodschappen aan huis", "Groceries delivered to your home"),
  ("Kunt u niet zelf naar de winkel komen? Dan brengt een vrijwilliger de boodschappen bij u thuis. "
   "U bestelt per telefoon.",
   "Can you not come to the shop yourself? Then a volunteer brings the groceries to your home. "
   "You order by phone."),
  ("Bel ons op maandag of dinsdag om te bestellen.", "Call us on Monday or Tuesday to order."),
  "bezorgen", ["eten.sociale-supermarkt", "doelgroep-ouderen", "doelgroep-beperking"],
  [["MO,TU 09:00-12:00"]],
  elig=("Voor mensen met een pasje van de winkel die zelf niet kunnen komen.",
        "For people with a shop card who cannot come themselves."),
  prefix="telefoon")
T("moestuin-samen",
  ("Samen tuinieren", "Gardening together"),
  ("In onze buurtmoestuin werkt u samen met anderen. U hoeft niets te weten van tuinieren. "
   "Na afloop drinken we samen koffie.",
   "In our neighbourhood vegetable garden you work together with others. You do not need to know anything "
   "about gardening. Afterwards we have coffee together."),
  ("Loop binnen. Trek kleren aan die vies mogen worden.", "Walk in. Wear clothes that may get dirty."),
  "gratis", ["eenzaamheid-ontmoeten.inloop", "gezondheid", "vrijwilligerswerk.vinden"],
  [["WE 10:00-12:00", "SA 10:00-12:00"]])
T("moestuin-groente",
  ("Verse groente voor een kleine prijs", "Fresh vegetables for a small price"),
  ("In de zomer en de herfst oogsten wij veel groente. U kunt een tas groente kopen voor € 2. "
   "Met Stadspas krijgt u de tas gratis.",
   "In summer and autumn we harvest a lot of vegetables. You can buy a bag of vegetables for €2. "
   "With a Stadspas (city pass) you get the bag for free."),
  ("Loop binnen op zaterdag. Neem een eigen tas mee.", "Walk in on Saturday. Bring your own bag."),
  "moestuin", ["eten", "doelgroep-minima"],
  [["SA 10:00-12:00"]])

# --- money and paperwork
T("geld-maatje",
  ("Hulp van een geldmaatje", "Help from a money buddy"),
  ("Hebt u schulden of zorgen over geld? Een vrijwilliger helpt u. Samen maakt u een overzicht van uw geld. "
   "Het maatje gaat ook mee naar afspraken.",
   "Do you have debts or money worries? A volunteer helps you. Together you make an overview of your money. "
   "The buddy also comes with you to appointments."),
  ("Bel ons. Binnen 2 weken hebt u een eerste gesprek.", "Call us. You will have a first talk within 2 weeks."),
  "gratis", ["geld-schulden.schuldhulp", "geld-schulden.budgetbeheer", "doelgroep-minima"],
  [["MO,TU,WE,TH,FR 09:00-12:00"], ["TU,TH 09:00-16:00"]],
  docs=[ID, LETTERS, BANK3], prefix="telefoon")
T("geld-spreekuur",
  ("Geldspreekuur", "Money drop-in"),
  ("Hebt u een vraag over geld? Of een brief die u niet begrijpt? Kom naar het geldspreekuur. "
   "Een vrijwilliger kijkt met u mee.",
   "Do you have a question about money? Or a letter you do not understand? Come to the money drop-in. "
   "A volunteer looks at it with you."),
  ("Loop binnen tijdens het spreekuur. Neem uw brieven mee.", "Walk in during the drop-in hours. Bring your letters."),
  "gratis", ["geld-schulden", "geld-schulden.administratie", "doelgroep-minima"],
  [["TU 10:00-12:00"], ["MO 13:00-15:00"], ["TH 09:30-11:30"], ["WE 18:30-20:00"]],
  docs=["Brieven waar u vragen over hebt"])
T("geld-cursus",
  ("Cursus rondkomen met uw geld", "Course: making ends meet"),
  ("In 4 avonden leert u een overzicht maken van uw geld. U leert ook hoe u kunt besparen. "
   "U doet dit samen met andere deelnemers.",
   "In 4 evenings you learn to make an overview of your money. You also learn how to save money. "
   "You do this together with other participants."),
  ("Meld u aan per telefoon of e-mail. Er is plek voor 10 mensen.",
   "Sign up by phone or e-mail. There is room for 10 people."),
  "gratis", ["geld-schulden.budgetbeheer", "doelgroep-minima"],
  [["TU 19:00-21:00"], ["WE 19:00-21:00"], ["TH 19:30-21:30"]])
T("geld-regeling",
  ("Hulp bij een betalingsregeling", "Help with a payment plan"),
  ("Kunt u een rekening niet in 1 keer betalen? Wij helpen u een betalingsregeling te vragen. "
   "Wij bellen of schrijven samen met u.",
   "Can you not pay a bill all at once? We help you ask for a payment plan. "
   "We call or write together with you."),
  ("Bel ons voor een afspraak. Neem de rekening mee.", "Call us for an appointment. Bring the bill."),
  "gratis", ["geld-schulden.schuldhulp", "geld-schulden.administratie"],
  [["MO,WE 09:00-12:00"], ["TU,TH 13:00-16:00"]],
  docs=[ID, "De rekening of aanmaning"], prefix="afspraak")
T("admin-thuis",
  ("Hulp bij uw post en papieren", "Help with your post and paperwork"),
  ("Krijgt u veel brieven en weet u niet wat u moet doen? Een vrijwilliger komt bij u thuis. "
   "Samen zet u uw papieren op orde.",
   "Do you get a lot of letters and do not know what to do? A volunteer visits you at home. "
   "Together you put your papers in order."),
  ("Bel ons. Wij maken een afspraak bij u thuis.", "Call us. We make an appointment at your home."),
  "gratis", ["geld-schulden.administratie", "doelgroep-ouderen"],
  [["MO,TU,WE,TH 09:00-12:00"], ["MO,WE,FR 10:00-12:00"]],
  prefix="telefoon")
T("admin-belasting",
  ("Hulp bij uw belastingaangifte", "Help with your tax return"),
  ("Wij helpen u gratis met de aangifte inkomstenbelasting. Wij kijken ook of uw toeslagen kloppen.",
   "We help you with your income tax return for free. We also check whether your benefits (toeslagen) "
   "are correct."),
  ("Maak een afspraak. Dit kan van 1 februari tot en met 30 april.",
   "Make an appointment. This is possible from 1 February to 30 April."),
  "gratis", ["geld-schulden.belastingaangifte", "geld-schulden.toeslagen-regelingen", "doelgroep-minima"],
  [["TU,TH 13:00-16:00"], ["MO 18:30-20:30", "WE 13:00-16:00"], ["SA 10:00-13:00"]],
  elig=("Voor mensen met een laag inkomen. Niet voor ondernemers.",
        "For people with a low income. Not for business owners."),
  docs=[ID, DIGID, "Jaaropgaven van uw werk of uitkering"], prefix="afspraak")
T("admin-formulieren",
  ("Hulp bij formulieren", "Help with forms"),
  ("Moet u een formulier invullen? Wij helpen u. Bijvoorbeeld voor toeslagen of een aanvraag bij de gemeente.",
   "Do you have to fill in a form? We help you. For example for benefits (toeslagen) or an application "
   "to the municipality."),
  ("Loop binnen tijdens het spreekuur. Neem uw brief of formulier mee.",
   "Walk in during the drop-in hours. Bring your letter or form."),
  "gratis", ["geld-schulden.toeslagen-regelingen", "geld-schulden.administratie"],
  [["TH 13:00-15:00"], ["MO 10:00-12:00"], ["WE 13:30-15:30"]],
  docs=["Uw brief of formulier", ID])
T("regelingencheck",
  ("Check: waar hebt u recht op?", "Check: what are you entitled to?"),
  ("Misschien hebt u recht op toeslagen of een regeling van de gemeente. Wij kijken dat samen met u na. "
   "Dat duurt ongeveer 45 minuten.",
   "You may be entitled to benefits or a scheme from the municipality. We check this together with you. "
   "It takes about 45 minutes."),
  ("Bel ons voor een afspraak. U mag ook iemand meenemen.",
   "Call us for an appointment. You may also bring someone with you."),
  "gratis", ["geld-schulden.toeslagen-regelingen", "doelgroep-minima", "doelgroep-minima.werkende-armen"],
  [["TU,TH 09:00-12:00"], ["WE 13:00-17:00"]],
  docs=[INCOME, "Uw huurcontract of hypotheekoverzicht"], prefix="afspraak")
T("energie-coach",
  ("Energiecoach bij u thuis", "Energy coach at your home"),
  ("Is uw energierekening hoog? Een energiecoach komt gratis bij u thuis. U krijgt tips om te besparen. "
   "U krijgt ook tochtstrips en ledlampen.",
   "Is your energy bill high? An energy coach visits you at home for free. You get tips to save energy. "
   "You also get draught strips and LED lamps."),
  ("Bel of mail ons. Wij maken een afspraak bij u thuis.", "Call or e-mail us. We make an appointment at your home."),
  "gratis", ["wonen.energie", "doelgroep-minima"],
  [["MO,WE,FR 09:00-12:00"]],
  docs=["Uw laatste energierekening"], prefix="telefoon")
T("zzp-spreekuur",
  ("Spreekuur voor zzp'ers met geldzorgen", "Drop-in for self-employed people with money worries"),
  ("Werkt u voor uzelf en komt u niet rond? Een ervaren ondernemer denkt met u mee. "
   "Ook over regelingen en schulden.",
   "Are you self-employed and struggling to make ends meet? An experienced entrepreneur thinks along with you. "
   "Also about schemes and debts."),
  ("Bel of mail ons voor een afspraak. Het gesprek is vertrouwelijk.",
   "Call or e-mail us for an appointment. The conversation is confidential."),
  "gratis", ["doelgroep-zzp", "geld-schulden", "doelgroep-minima.werkende-armen"],
  [["MO 19:00-21:00"], ["TH 19:00-21:00"]],
  docs=["Uw laatste jaarcijfers, als u die hebt"], prefix="afspraak")

# --- neighbourhood centres and meeting
T("koffie-inloop",
  ("Koffie-inloop", "Coffee drop-in"),
  ("Kom gezellig koffie drinken. U ontmoet andere mensen uit de buurt. De koffie en thee zijn gratis.",
   "Come and have a coffee. You meet other people from the neighbourhood. Coffee and tea are free."),
  ("Loop binnen. U hoeft zich niet aan te melden.", "Walk in. You do not need to sign up."),
  "gratis", ["eenzaamheid-ontmoeten.inloop"],
  [["MO,WE 10:00-12:00"], ["TU,TH 10:00-12:00"], ["MO,WE,FR 09:30-11:30"], ["TU,FR 10:00-12:00"]])
T("kinder-activiteit",
  ("Kinderactiviteiten op woensdagmiddag", "Children's activities on Wednesday afternoon"),
  ("Elke woensdagmiddag zijn er activiteiten voor kinderen van 4 tot 12 jaar. "
   "Bijvoorbeeld knutselen, spelletjes en koken.",
   "Every Wednesday afternoon there are activities for children aged 4 to 12. "
   "For example crafts, games and cooking."),
  ("Loop binnen met uw kind. De eerste keer blijft u er even bij.",
   "Walk in with your child. The first time, please stay for a while."),
  "bijdrage-1", ["kinderen-gezin", "sport-cultuur.cultuur", "doelgroep-kinderen"],
  [["WE 14:00-16:00"], ["WE 13:30-15:30"]], age=(4, 12))
T("ouderen-middag",
  ("Middag voor ouderen", "Afternoon for older people"),
  ("Elke week is er een middag met spelletjes en een praatje. Bijvoorbeeld bingo, klaverjassen of een quiz.",
   "Every week there is an afternoon with games and a chat. For example bingo, card games or a quiz."),
  ("Loop binnen. Wilt u opgehaald worden? Bel ons dan.", "Walk in. Would you like to be picked up? Then call us."),
  "middag-2", ["eenzaamheid-ontmoeten.inloop", "doelgroep-ouderen"],
  [["TH 14:00-16:30"], ["TU 14:00-16:30"], ["FR 14:00-16:00"]], age=(55, None))
T("buurtkamer-info",
  ("Vraagpunt in de buurt", "Neighbourhood help desk"),
  ("Hebt u een vraag en weet u niet waar u heen moet? Bij het vraagpunt helpen wij u op weg. "
   "Wij weten welke hulp er in de buurt is.",
   "Do you have a question and do not know where to go? At the help desk we point you in the right direction. "
   "We know what help there is in the neighbourhood."),
  ("Loop binnen of bel ons.", "Walk in or call us."),
  "gratis", ["hulp-en-advies.informatie"],
  [["MO,TU,WE,TH 09:00-12:00"], ["MO,WE 13:00-16:00"]])
T("weggeefkast",
  ("Weggeefkast", "Free give-away cupboard"),
  ("In de hal staat een kast met spullen. U mag gratis iets meenemen. U mag er ook zelf iets in zetten.",
   "In the hall there is a cupboard with things. You may take something for free. "
   "You may also put something in it yourself."),
  ("Loop binnen als het buurthuis open is.", "Walk in when the community centre is open."),
  "gratis", ["kleding-spullen.kringloop"],
  [["MO,TU,WE,TH,FR 09:00-17:00"], ["MO,TU,WE,TH,FR 09:00-21:00"]])
T("open-kerk",
  ("Open huis: even zitten en praten", "Open house: sit down and talk"),
  ("Ons gebouw is open voor iedereen. U kunt binnenlopen, koffie drinken of een praatje maken. "
   "U hoeft niet gelovig te zijn.",
   "Our building is open to everyone. You can walk in, have a coffee or a chat. "
   "You do not have to be religious."),
  ("Loop binnen. U bent welkom.", "Walk in. You are welcome."),
  "gratis", ["eenzaamheid-ontmoeten.inloop", "eenzaamheid-ontmoeten.zingeving"],
  [["TU,SA 10:00-12:30"], ["WE 10:00-16:00"], ["SU 13:00-16:00"]])
T("noodhulp-diaconie",
  ("Eenmalige hulp bij geldnood", "One-off help when you are short of money"),
  ("Zit u plotseling zonder geld? Bijvoorbeeld voor eten of een rekening? Soms kunnen wij eenmalig helpen. "
   "Ook als u niet gelovig bent.",
   "Are you suddenly without money? For example for food or a bill? Sometimes we can help once. "
   "Also if you are not religious."),
  ("Bel ons. Wij maken een afspraak voor een gesprek.", "Call us. We make an appointment for a talk."),
  "gratis", ["geld-schulden.noodhulp", "doelgroep-minima"],
  [["MO,WE 09:30-11:30"], ["TU,TH 10:00-12:00"]],
  docs=[ID, "Bankafschrift van de laatste maand"], prefix="telefoon")
T("bezoek",
  ("Bezoek aan huis", "Home visits"),
  ("Bent u veel alleen? Een vrijwilliger komt bij u op bezoek. U spreekt samen af hoe vaak.",
   "Are you alone a lot? A volunteer comes to visit you. You agree together how often."),
  ("Bel ons. Wij komen eerst kennismaken.", "Call us. We first come to get to know you."),
  "gratis", ["eenzaamheid-ontmoeten.maatje-bezoek", "doelgroep-ouderen"],
  [["MO,WE,FR 10:00-12:00"], ["TU,TH 09:30-11:30"]], prefix="telefoon")
T("wandelgroep",
  ("Wandelgroep", "Walking group"),
  ("Elke week wandelen we samen een uur door de buurt. Het tempo is rustig. Daarna drinken we koffie.",
   "Every week we walk together for an hour through the neighbourhood. The pace is slow. "
   "Afterwards we have coffee."),
  ("Kom naar het startpunt bij de ingang. U hoeft zich niet aan te melden.",
   "Come to the starting point at the entrance. You do not need to sign up."),
  "gratis", ["sport-cultuur.sport", "gezondheid", "eenzaamheid-ontmoeten.inloop"],
  [["MO 10:00-11:30"], ["TH 10:00-11:30"], ["SA 10:00-11:30"]])

# --- language
T("taalcafe",
  ("Taalcafé: Nederlands oefenen", "Language café: practise Dutch"),
  ("Wilt u beter Nederlands spreken? In het taalcafé praat u met vrijwilligers over gewone dingen. "
   "U hoeft nog geen goed Nederlands te spreken.",
   "Do you want to speak Dutch better? In the language café you talk with volunteers about everyday things. "
   "Your Dutch does not have to be good yet."),
  ("Loop binnen. U hoeft zich niet aan te melden.", "Walk in. You do not need to sign up."),
  "gratis", ["taal.taalcafe", "taal.nederlands-leren", "doelgroep-statushouders"],
  [["TH 19:00-21:00"], ["WE 19:00-20:30"], ["SA 10:30-12:00"], ["TU 14:00-16:00"]])
T("taalmaatje",
  ("Taalmaatje", "Language buddy"),
  ("Een vrijwilliger oefent 1 keer per week Nederlands met u. U spreekt samen af waar en wanneer. "
   "Bijvoorbeeld thuis of in de bibliotheek.",
   "A volunteer practises Dutch with you once a week. You agree together where and when. "
   "For example at home or in the library."),
  ("Bel of mail ons. Wij zoeken een maatje dat bij u past.",
   "Call or e-mail us. We look for a buddy who suits you."),
  "gratis", ["taal.nederlands-leren", "eenzaamheid-ontmoeten.maatje-bezoek", "doelgroep-statushouders"],
  [["MO,WE 13:00-16:00"], ["TU,TH 09:00-12:00"]], prefix="telefoon")
T("leesgroep",
  ("Beter lezen en schrijven", "Improve your reading and writing"),
  ("Vindt u lezen en schrijven moeilijk? In een kleine groep oefent u in uw eigen tempo. "
   "Niemand hoeft te weten dat u meedoet.",
   "Do you find reading and writing difficult? You practise at your own pace in a small group. "
   "Nobody needs to know that you take part."),
  ("Bel ons voor een kennismaking. Wij bellen u ook graag terug.",
   "Call us for an introductory meeting. We are also happy to call you back."),
  "gratis", ["taal.lezen-schrijven"],
  [["TU 09:30-11:30"], ["TH 13:30-15:30"], ["MO 19:00-21:00"]], prefix="afspraak")
T("voorlezen",
  ("Voorleesochtend voor ouders en kinderen", "Reading morning for parents and children"),
  ("Een vrijwilliger leest voor uit prentenboeken. U en uw kind doen samen mee. "
   "Zo leert uw kind spelenderwijs Nederlands.",
   "A volunteer reads aloud from picture books. You and your child take part together. "
   "This way your child learns Dutch through play."),
  ("Loop binnen met uw kind.", "Walk in with your child."),
  "gratis", ["taal", "kinderen-gezin", "doelgroep-kinderen"],
  [["SA 10:30-11:30"], ["WE 10:00-11:00"]], age=(2, 6))

# --- clothing and goods
T("kleding-gratis",
  ("Gratis kleding", "Free clothing"),
  ("Hebt u weinig geld voor kleding? Bij ons kiest u gratis kleding en schoenen. "
   "Er is kleding voor volwassenen en kinderen.",
   "Do you have little money for clothes? With us you choose free clothes and shoes. "
   "There are clothes for adults and children."),
  ("Vraag een verwijzing bij het wijkteam of uw hulpverlener. Daarna maakt u een afspraak.",
   "Ask the district team (wijkteam) or your social worker for a referral. Then make an appointment."),
  "gratis", ["kleding-spullen.kleding", "doelgroep-minima"],
  [["TU 13:00-16:00", "SA 10:00-12:00"], ["WE 09:30-12:30"], ["TH 13:00-16:00"]],
  elig=LOW_INCOME, docs=[REF_WIJKTEAM, ID])
T("kleding-kind",
  ("Kinderkleding en babyspullen", "Children's clothing and baby items"),
  ("Kinderen groeien snel. Bij ons haalt u gratis kinderkleding, een kinderwagen of een box.",
   "Children grow fast. With us you can get free children's clothes, a pram or a playpen."),
  ("Loop binnen tijdens de openingstijden. Neem een tas mee.", "Walk in during opening hours. Bring a bag."),
  "gratis", ["kleding-spullen.babyspullen", "kleding-spullen.kleding", "doelgroep-kinderen"],
  [["TU 13:00-16:00"], ["WE 09:30-12:30"], ["SA 10:00-12:00"]], docs=[ID])
T("winterjas",
  ("Gratis winterjas", "Free winter coat"),
  ("Hebt u het koud deze winter? Wij geven gratis warme jassen, mutsen en handschoenen. "
   "Zolang er genoeg is.",
   "Are you cold this winter? We give away warm coats, hats and gloves for free. While stocks last."),
  ("Loop binnen. U hoeft niets mee te nemen.", "Walk in. You do not need to bring anything."),
  "gratis", ["kleding-spullen.kleding", "wonen.dakloos-opvang"],
  [["SA 10:00-13:00"], ["WE 13:00-16:00"]])
T("schoolspullen",
  ("Gratis schooltas met spullen", "Free school bag with supplies"),
  ("Heeft uw kind een schooltas, pennen of een rekenmachine nodig? Wij geven het gratis. "
   "Voor kinderen van de basisschool en de middelbare school.",
   "Does your child need a school bag, pens or a calculator? We give them for free. "
   "For children in primary and secondary school."),
  ("Vraag een verwijzing bij school of het wijkteam.",
   "Ask the school or the district team (wijkteam) for a referral."),
  "gratis", ["kinderen-gezin.schoolkosten", "doelgroep-kinderen", "doelgroep-jongeren"],
  [["WE 13:00-16:00"], ["TH 13:00-16:00"]], age=(4, 18), docs=["Verwijzing van school of het wijkteam"])
T("weggeefwinkel",
  ("Weggeefwinkel", "Free shop"),
  ("In onze winkel zijn alle spullen gratis. U mag elke week 3 dingen meenemen. "
   "Bijvoorbeeld servies, speelgoed of boeken.",
   "In our shop everything is free. You may take 3 things each week. For example dishes, toys or books."),
  ("Loop binnen tijdens de openingstijden.", "Walk in during opening hours."),
  "gratis", ["kleding-spullen.kringloop", "kleding-spullen.huisraad"],
  [["TU,TH 10:00-16:00", "SA 10:00-13:00"], ["MO,WE,FR 13:00-17:00"]])
T("meubels",
  ("Meubels voor uw nieuwe woning", "Furniture for your new home"),
  ("Krijgt u een woning en hebt u weinig spullen? Wij helpen met meubels, een bed en huisraad. "
   "Vrijwilligers brengen het bij u thuis.",
   "Are you getting a home and have few belongings? We help with furniture, a bed and household items. "
   "Volunteers deliver them to your home."),
  ("Vraag een verwijzing bij het wijkteam.", "Ask the district team (wijkteam) for a referral."),
  "gratis", ["kleding-spullen.huisraad", "wonen", "doelgroep-statushouders"],
  [["TU,TH 09:00-12:00"]], docs=[REF_WIJKTEAM, "Uw huurcontract"], prefix="afspraak")

# --- district teams
T("wijkteam-spreekuur",
  ("Inloopspreekuur wijkteam", "District team drop-in"),
  ("Hebt u vragen over geld, zorg, wonen of opvoeding? Het wijkteam helpt u. "
   "U kunt zonder afspraak langskomen.",
   "Do you have questions about money, care, housing or parenting? The district team helps you. "
   "You can come by without an appointment."),
  ("Loop binnen tijdens het spreekuur. Of bel ons.", "Walk in during the drop-in hours. Or call us."),
  "gratis", ["hulp-en-advies.maatschappelijk-werk", "hulp-en-advies.informatie"],
  [["MO,WE 13:30-15:30"], ["TU,TH 09:00-11:00"], ["WE 13:30-15:30", "FR 09:00-11:00"]])
T("wijkteam-thuis",
  ("Hulp thuis bij zorgen", "Help at home when you are worried"),
  ("Gaat het niet goed thuis? Een medewerker komt bij u op bezoek. Samen zoekt u naar een oplossing.",
   "Are things not going well at home? A staff member visits you. Together you look for a solution."),
  ("Bel ons. Binnen 1 week maken wij een afspraak.", "Call us. We make an appointment within 1 week."),
  "gratis", ["hulp-en-advies.maatschappelijk-werk", "gezondheid.mentaal", "kinderen-gezin.opvoeding"],
  [["MO,TU,WE,TH,FR 08:30-17:00"]], prefix="telefoon")
T("wijkteam-verwijzing",
  ("Verwijzing voor voedselhulp en kleding", "Referral for food help and clothing"),
  ("Hebt u een verwijzing nodig voor voedselhulp of kleding? Het wijkteam kan die geven. "
   "Meestal hoort u het meteen.",
   "Do you need a referral for food help or clothing? The district team can give you one. "
   "Usually you hear straight away."),
  ("Loop binnen tijdens het spreekuur. Of bel voor een afspraak.",
   "Walk in during the drop-in hours. Or call for an appointment."),
  "gratis", ["eten.voedselbank", "kleding-spullen.kleding", "hulp-en-advies.informatie"],
  [["MO,WE 13:30-15:30"], ["TU,TH 09:00-11:00"]], docs=[ID, BANK3])
T("wijkteam-huur",
  ("Hulp bij huurachterstand", "Help with rent arrears"),
  ("Hebt u een achterstand met de huur? Wacht niet te lang. Het wijkteam belt samen met u de verhuurder. "
   "Zo voorkomt u dat u uit huis moet.",
   "Are you behind with the rent? Do not wait too long. The district team calls the landlord together with you. "
   "This way you avoid losing your home."),
  ("Bel ons. Wij maken snel een afspraak.", "Call us. We make an appointment quickly."),
  "gratis", ["wonen.huurachterstand", "geld-schulden.schuldhulp"],
  [["MO,TU,WE,TH,FR 08:30-17:00"]], docs=[ID, "Brieven van de verhuurder"], prefix="telefoon")
T("wijkteam-energie",
  ("Hulp bij een hoge energierekening", "Help with a high energy bill"),
  ("Kunt u de energierekening niet betalen? Het wijkteam kijkt met u naar regelingen. "
   "Wij helpen ook bij een betalingsregeling.",
   "Can you not pay your energy bill? The district team looks at schemes with you. "
   "We also help with a payment plan."),
  ("Bel ons voor een afspraak.", "Call us for an appointment."),
  "gratis", ["wonen.energie", "geld-schulden.toeslagen-regelingen"],
  [["TU,TH 09:00-12:00"]], docs=["Uw laatste energierekening"], prefix="afspraak")
T("woning-zoeken",
  ("Hulp bij een woning zoeken", "Help finding a home"),
  ("Zoekt u een woning? Wij leggen uit hoe u zich inschrijft en reageert. "
   "Wij kijken ook of u voorrang kunt krijgen.",
   "Are you looking for a home? We explain how to register and respond to offers. "
   "We also check whether you can get priority."),
  ("Loop binnen tijdens het spreekuur.", "Walk in during the drop-in hours."),
  "gratis", ["wonen.woning-zoeken"],
  [["WE 09:30-11:30"], ["FR 13:00-15:00"]], docs=[ID, DIGID])

# --- young people
T("jongeren-inloop",
  ("Inloop voor jongeren", "Youth drop-in"),
  ("Voor jongeren van 12 tot 23 jaar. U kunt hier gamen, muziek maken en vrienden ontmoeten. "
   "Jongerenwerkers zijn er om mee te praten.",
   "For young people aged 12 to 23. You can play games, make music and meet friends here. "
   "Youth workers are there to talk to."),
  ("Loop binnen. U hoeft zich niet aan te melden.", "Walk in. You do not need to sign up."),
  "gratis", ["jongeren.jongerenwerk", "doelgroep-jongeren"],
  [["TU,TH 15:00-18:00", "FR 19:00-22:00"], ["WE 14:00-17:00", "FR 19:00-23:00"],
   ["MO,WE 15:00-18:00", "SA 14:00-18:00"]],
  age=(12, 23))
T("jongeren-coach",
  ("Coach voor school of een eerste baan", "Coach for school or a first job"),
  ("Loopt het niet op school? Of zoekt u een bijbaan of stage? Een coach helpt u op weg. "
   "U ziet elkaar 1 keer per week.",
   "Is school not going well? Or are you looking for a side job or internship? A coach helps you on your way. "
   "You meet once a week."),
  ("Stuur ons een appje of bel ons. Wij maken een afspraak.",
   "Send us a text message or call us. We make an appointment."),
  "gratis", ["jongeren.coach", "jongeren.school-werk", "doelgroep-jongeren"],
  [["MO,WE 13:00-17:00"], ["TU,TH 14:00-18:00"]], age=(14, 23), prefix="afspraak")
T("zaalvoetbal",
  ("Zaalvoetbal in de buurt", "Indoor football in the neighbourhood"),
  ("Elke week is er zaalvoetbal in de sporthal. Iedereen mag meedoen, ook als u niet goed kunt voetballen.",
   "Every week there is indoor football in the sports hall. Everyone can join in, "
   "also if you are not good at football."),
  ("Kom naar de sporthal. Neem sportschoenen mee.", "Come to the sports hall. Bring sports shoes."),
  "zaalsport", ["sport-cultuur.sport", "jongeren.jongerenwerk", "doelgroep-jongeren"],
  [["WE 19:00-21:00"], ["FR 18:00-20:00"], ["SU 14:00-16:00"]], age=(12, 25))
T("meidenavond",
  ("Meidenavond", "Girls' evening"),
  ("Een avond alleen voor meiden van 12 tot 18 jaar. U praat over dingen die u bezighouden. "
   "Er is ook tijd voor koken, dansen of een film.",
   "An evening only for girls aged 12 to 18. You talk about things on your mind. "
   "There is also time for cooking, dancing or a film."),
  ("Loop binnen. De eerste keer mag u een vriendin meenemen.", "Walk in. The first time you may bring a friend."),
  "gratis", ["jongeren.jongerenwerk", "doelgroep-jongeren"],
  [["TU 19:00-21:00"], ["TH 18:30-20:30"]], age=(12, 18))

# --- funds for sport and culture
T("fonds-sport",
  ("Geld voor sport of muziekles", "Money for sport or music lessons"),
  ("Heeft uw kind geen geld voor een sportclub of muziekles? Het fonds betaalt de contributie. "
   "Dat is tot € 300 per kind per jaar.",
   "Does your child have no money for a sports club or music lessons? The fund pays the membership fee. "
   "That is up to €300 per child per year."),
  ("Vraag de leerkracht of het wijkteam om de aanvraag te doen. Dat kan het hele jaar.",
   "Ask the teacher or the district team (wijkteam) to apply for you. This is possible all year round."),
  "gratis", ["sport-cultuur.kosten-meedoen", "doelgroep-kinderen", "doelgroep-jongeren", "doelgroep-minima"],
  [["MO,TU,WE,TH 09:00-12:00"]], age=(4, 17),
  elig=("Voor kinderen uit gezinnen met een laag inkomen.", "For children from families with a low income."),
  docs=["Een aanvraag door de school of het wijkteam"], prefix="telefoon")
T("fonds-zwemles",
  ("Zwemles voor uw kind", "Swimming lessons for your child"),
  ("Elk kind moet kunnen zwemmen. Hebt u het geld niet? Dan betaalt het fonds de zwemles.",
   "Every child should be able to swim. Do you not have the money? Then the fund pays for swimming lessons."),
  ("Bel ons. Wij sturen u een formulier. Een medewerker helpt u met invullen.",
   "Call us. We send you a form. A staff member helps you fill it in."),
  "gratis", ["sport-cultuur.kosten-meedoen", "sport-cultuur.sport", "doelgroep-kinderen"],
  [["MO,TU,WE,TH 09:00-12:00"]], age=(4, 12), elig=LOW_INCOME, docs=[INCOME], prefix="telefoon")
T("fonds-uitje",
  ("Een dagje uit met het gezin", "A day out with the family"),
  ("1 keer per jaar krijgt u kaartjes voor een dagje uit. Bijvoorbeeld naar een museum, theater of pretpark.",
   "Once a year you get tickets for a day out. For example to a museum, theatre or amusement park."),
  ("Meld u aan per telefoon of e-mail.", "Sign up by phone or e-mail."),
  "uitje", ["sport-cultuur.cultuur", "kinderen-gezin", "doelgroep-minima"],
  [["MO,TU,WE,TH 09:00-12:00"]], elig=LOW_INCOME, docs=[STADSPAS], prefix="telefoon")

# --- legal help
T("recht-spreekuur",
  ("Gratis juridisch spreekuur", "Free legal advice"),
  ("Hebt u een probleem met uw huur, werk of een boete? Een jurist geeft u gratis advies. "
   "Het gesprek duurt 30 minuten.",
   "Do you have a problem with your rent, work or a fine? A lawyer gives you free advice. "
   "The conversation takes 30 minutes."),
  ("Bel ons voor een afspraak.", "Call us for an appointment."),
  "gratis", ["juridisch.rechtshulp"],
  [["TU 18:30-20:30"], ["WE 13:00-16:00"], ["MO 19:00-21:00"]],
  docs=["Alle brieven over uw probleem", ID], prefix="afspraak")
T("recht-huur",
  ("Huurspreekuur", "Rent advice drop-in"),
  ("Is de huur te hoog? Of doet de verhuurder niets aan schimmel of lekkage? Wij vertellen u wat u kunt doen.",
   "Is the rent too high? Or does the landlord do nothing about mould or leaks? We tell you what you can do."),
  ("Loop binnen tijdens het spreekuur. Neem uw huurcontract mee.",
   "Walk in during the drop-in hours. Bring your rental contract."),
  "gratis", ["juridisch.huurrecht", "wonen"],
  [["TH 19:00-20:30"], ["WE 19:00-20:30"]], docs=["Uw huurcontract"])
T("recht-verblijf",
  ("Vragen over verblijf en naturalisatie", "Questions about residence and naturalisation"),
  ("Hebt u vragen over uw verblijfsvergunning of gezinshereniging? Een vrijwilliger met kennis van de regels "
   "helpt u. Wij verwijzen u als dat nodig is.",
   "Do you have questions about your residence permit or family reunification? A volunteer who knows the rules "
   "helps you. We refer you on if needed."),
  ("Bel ons voor een afspraak. Er kan een tolk bij zijn.",
   "Call us for an appointment. An interpreter can be present."),
  "gratis", ["juridisch.verblijf", "doelgroep-statushouders"],
  [["WE 13:00-16:00"], ["FR 10:00-12:00"]], docs=["Uw verblijfsdocument", "Brieven van de IND"],
  langs=["en", "ar", "ti"], prefix="afspraak")
T("bemiddeling",
  ("Hulp bij ruzie met de buren", "Help with conflicts with the neighbours"),
  ("Hebt u ruzie of last van de buren? 2 getrainde vrijwilligers helpen u. Zij praten eerst met u alleen. "
   "Daarna praat u samen met de buren.",
   "Do you have an argument with or trouble from your neighbours? 2 trained volunteers help you. "
   "They first talk to you alone. Then you talk together with the neighbours."),
  ("Bel ons. Wij nemen binnen 1 week contact op.", "Call us. We will contact you within 1 week."),
  "gratis", ["juridisch.bemiddeling", "wonen"],
  [["MO,TU,WE,TH,FR 09:00-12:00"]], prefix="telefoon")
T("discriminatie",
  ("Spreekuur bij discriminatie", "Discrimination advice"),
  ("Bent u gediscrimineerd? Bijvoorbeeld bij werk, een woning of op straat? Vertel het ons. "
   "Wij luisteren en zoeken samen met u wat u kunt doen.",
   "Have you been discriminated against? For example at work, when looking for a home or in the street? "
   "Tell us. We listen and look together at what you can do."),
  ("Bel of mail ons voor een afspraak. U mag anoniem blijven.",
   "Call or e-mail us for an appointment. You may stay anonymous."),
  "gratis", ["juridisch.discriminatie"],
  [["TU 13:00-16:00"], ["TH 13:00-16:00"]], prefix="afspraak")
T("recht-werk",
  ("Vragen over uw rechten op het werk", "Questions about your rights at work"),
  ("Krijgt u te weinig loon? Of wordt uw contract niet verlengd? Wij leggen uit wat uw rechten zijn.",
   "Are you paid too little? Or is your contract not being renewed? We explain what your rights are."),
  ("Loop binnen tijdens het spreekuur. Neem uw contract en loonstroken mee.",
   "Walk in during the drop-in hours. Bring your contract and payslips."),
  "gratis", ["juridisch.werk-rechten", "doelgroep-minima.werkende-armen", "doelgroep-zzp"],
  [["MO 19:00-20:30"], ["TH 19:00-20:30"]], docs=["Uw arbeidscontract", "Uw laatste loonstroken"],
  langs=["en", "pl"])

# --- informal carers
T("mantelzorg-spreekuur",
  ("Spreekuur voor mantelzorgers", "Drop-in for informal carers"),
  ("Zorgt u voor iemand die ziek is of een beperking heeft? Dan bent u mantelzorger. "
   "Wij luisteren naar u en geven advies.",
   "Do you look after someone who is ill or has a disability? Then you are an informal carer (mantelzorger). "
   "We listen to you and give advice."),
  ("Loop binnen of bel ons voor een afspraak.", "Walk in or call us for an appointment."),
  "gratis", ["doelgroep-mantelzorgers", "hulp-en-advies.informatie"],
  [["TU 09:30-12:00"], ["TH 13:00-15:30"], ["MO 10:00-12:00"]])
T("mantelzorg-respijt",
  ("Even vrij: een vrijwilliger neemt het over", "Time off: a volunteer takes over"),
  ("Hebt u even rust nodig? Een vrijwilliger zorgt een paar uur voor uw naaste. "
   "Dan kunt u iets voor uzelf doen.",
   "Do you need a break? A volunteer looks after your loved one for a few hours. "
   "Then you can do something for yourself."),
  ("Bel ons. Wij komen eerst bij u kennismaken.", "Call us. We first come to meet you."),
  "gratis", ["doelgroep-mantelzorgers", "eenzaamheid-ontmoeten.maatje-bezoek"],
  [["MO,TU,WE,TH,FR 09:00-12:00"]], prefix="telefoon")
T("mantelzorg-groep",
  ("Praatgroep voor mantelzorgers", "Support group for informal carers"),
  ("Praat met andere mensen die ook voor iemand zorgen. U deelt ervaringen en tips. "
   "De groep komt 1 keer per maand bij elkaar.",
   "Talk with other people who also look after someone. You share experiences and tips. "
   "The group meets once a month."),
  ("Meld u aan per telefoon. Dan weten wij hoeveel koffie wij moeten zetten.",
   "Sign up by phone. Then we know how much coffee to make."),
  "gratis", ["eenzaamheid-ontmoeten.lotgenoten", "doelgroep-mantelzorgers"],
  [["M 2TU 19:30-21:00"], ["M -1TH 19:30-21:00"], ["M 1WE 14:00-16:00"]])
T("mantelzorg-jong",
  ("Jonge mantelzorgers", "Young carers"),
  ("Zorgt u thuis voor een ouder, broer of zus? Dan bent u een jonge mantelzorger. "
   "Wij organiseren uitjes en een praatgroep.",
   "Do you look after a parent, brother or sister at home? Then you are a young carer. "
   "We organise outings and a support group."),
  ("Stuur een appje of bel ons.", "Send a text message or call us."),
  "gratis", ["doelgroep-mantelzorgers", "doelgroep-jongeren", "eenzaamheid-ontmoeten.lotgenoten"],
  [["M 1SA 13:00-16:00"], ["M 3WE 15:00-17:00"]], age=(8, 24))

# --- repairs
T("reparatiecafe",
  ("Reparatiecafé", "Repair café"),
  ("Is uw lamp, broodrooster of broek kapot? Vrijwilligers repareren het samen met u. "
   "Zo hoeft u niets nieuws te kopen.",
   "Is your lamp, toaster or pair of trousers broken? Volunteers repair it together with you. "
   "This way you do not need to buy anything new."),
  ("Loop binnen met uw kapotte spullen.", "Walk in with your broken items."),
  "onderdelen", ["kleding-spullen.huisraad", "kleding-spullen.kringloop"],
  [["M 1SA 10:00-13:00"], ["M 2SA 10:00-13:00"], ["M 3SA 13:00-16:00"], ["M -1SA 10:00-13:00"]])
T("naaiatelier",
  ("Naaiatelier", "Sewing workshop"),
  ("Moet uw broek korter of zit er een gat in uw jas? In het naaiatelier helpen vrijwilligers u. "
   "U kunt ook leren naaien.",
   "Do your trousers need shortening or is there a hole in your coat? In the sewing workshop volunteers help "
   "you. You can also learn to sew."),
  ("Loop binnen. Neem de kleding mee die gemaakt moet worden.", "Walk in. Bring the clothes that need mending."),
  "gratis-gift", ["kleding-spullen.kleding"],
  [["TU 13:30-16:00"], ["WE 19:00-21:00"], ["TH 09:30-12:00"]])
T("fietsenwerkplaats",
  ("Fietsenwerkplaats", "Bicycle workshop"),
  ("Leer uw eigen fiets repareren met hulp van een vrijwilliger. Gereedschap is er. "
   "U kunt ook een opgeknapte fiets kopen.",
   "Learn to repair your own bicycle with help from a volunteer. Tools are available. "
   "You can also buy a refurbished bicycle."),
  ("Loop binnen met uw fiets.", "Walk in with your bicycle."),
  "fiets-25", ["vervoer.fiets"],
  [["WE 13:00-17:00", "SA 10:00-13:00"], ["TU,TH 13:00-16:30"]])

# --- drop-in houses
T("inloophuis",
  ("Inloophuis", "Drop-in house"),
  ("Bent u veel alleen of zit u ergens mee? In het inloophuis bent u welkom. "
   "Er is koffie en iemand die naar u luistert.",
   "Are you alone a lot, or is something on your mind? You are welcome at the drop-in house. "
   "There is coffee and someone who listens to you."),
  ("Loop binnen. U hoeft niets te zeggen als u dat niet wilt.",
   "Walk in. You do not have to say anything if you do not want to."),
  "gratis", ["eenzaamheid-ontmoeten.inloop", "gezondheid.mentaal"],
  [["MO,TU,WE,TH,FR 10:00-16:00"], ["TU,WE,TH 10:00-15:00", "SU 13:00-16:00"], ["MO,WE,FR 10:00-15:00"]])
T("rouwgroep",
  ("Gespreksgroep bij verlies", "Support group after a loss"),
  ("Is er iemand overleden die belangrijk voor u was? Praat erover met mensen die hetzelfde meemaken. "
   "Een ervaren vrijwilliger begeleidt de groep.",
   "Has someone important to you died? Talk about it with people who are going through the same thing. "
   "An experienced volunteer leads the group."),
  ("Bel ons voor een kennismakingsgesprek.", "Call us for an introductory talk."),
  "gratis-gift", ["eenzaamheid-ontmoeten.lotgenoten", "gezondheid.mentaal"],
  [["M 2TH 19:30-21:30"], ["M 1MO 14:00-16:00"]])
T("creatief",
  ("Creatieve middag", "Creative afternoon"),
  ("Schilderen, tekenen of iets maken van klei. U hoeft het niet te kunnen. Het gaat om het samen doen.",
   "Painting, drawing or making something from clay. You do not need to be good at it. "
   "It is about doing it together."),
  ("Loop binnen. Materiaal is er.", "Walk in. Materials are provided."),
  "bijdrage-1", ["sport-cultuur.cultuur", "eenzaamheid-ontmoeten.inloop"],
  [["WE 13:30-16:00"], ["FR 13:30-16:00"]])
T("dakloos-inloop",
  ("Douchen, wassen en eten", "Shower, laundry and a meal"),
  ("Hebt u geen vaste woonplek? Bij ons kunt u douchen en uw kleren wassen. Er is ook een warme maaltijd. "
   "Wij helpen u als u een slaapplek zoekt.",
   "Do you have no fixed place to live? You can take a shower and wash your clothes here. "
   "There is also a hot meal. We help you if you need a place to sleep."),
  ("Loop binnen. U hoeft geen papieren te laten zien.", "Walk in. You do not need to show any papers."),
  "gratis", ["wonen.dakloos-opvang", "eten.maaltijden"],
  [["MO,WE,FR 08:30-12:00"], ["TU,TH,SA 09:00-12:30"]])
T("verslaving-inloop",
  ("Praten over drank, drugs of gokken", "Talking about alcohol, drugs or gambling"),
  ("Maakt u zich zorgen over drank, drugs of gokken? Bij ons praat u met een ervaringsdeskundige. "
   "Ook als het om iemand anders gaat.",
   "Are you worried about alcohol, drugs or gambling? Here you talk with someone who has been there. "
   "Also if it is about someone else."),
  ("Loop binnen of bel ons. U mag anoniem blijven.", "Walk in or call us. You may stay anonymous."),
  "gratis", ["gezondheid.verslaving", "eenzaamheid-ontmoeten.lotgenoten"],
  [["TU 19:00-21:00"], ["MO 14:00-16:00"]])
T("zorgkosten",
  ("Spreekuur zorgkosten", "Health costs advice"),
  ("Is uw zorgverzekering te duur? Of kunt u het eigen risico niet betalen? "
   "Wij kijken met u naar een verzekering die past.",
   "Is your health insurance too expensive? Or can you not pay the deductible? "
   "We look with you for an insurance that suits you."),
  ("Bel ons voor een afspraak. Neem uw polis mee.", "Call us for an appointment. Bring your insurance policy."),
  "gratis", ["gezondheid.zorgkosten", "doelgroep-minima"],
  [["MO 13:00-16:00"], ["WE 09:30-12:00"]], docs=["De polis van uw zorgverzekering", ID], prefix="afspraak")

T("tandarts",
  ("Tandartsspreekuur voor mensen met weinig geld", "Dentist drop-in for people with little money"),
  ("Hebt u pijn aan uw tanden en geen geld voor de tandarts? Een vrijwillige tandarts kijkt gratis naar uw "
   "gebit. Soms kan zij meteen helpen.",
   "Do you have toothache and no money for the dentist? A volunteer dentist checks your teeth for free. "
   "Sometimes she can help straight away."),
  ("Bel ons voor een afspraak. Hebt u veel pijn? Zeg het dan.",
   "Call us for an appointment. Are you in a lot of pain? Then tell us."),
  "gratis", ["gezondheid.tandarts", "gezondheid.zorgkosten", "doelgroep-minima"],
  [["TU 09:00-12:00"], ["TH 13:00-16:00"]], elig=LOW_INCOME, docs=[ID], prefix="afspraak")
T("zorg-zonder-huisarts",
  ("Spreekuur voor mensen zonder huisarts", "Drop-in for people without a doctor"),
  ("Hebt u geen huisarts of geen zorgverzekering? Een vrijwillige verpleegkundige helpt u verder. "
   "Zij kijkt ook of u een huisarts kunt krijgen.",
   "Do you have no family doctor or no health insurance? A volunteer nurse helps you further. "
   "She also checks whether you can get a family doctor."),
  ("Loop binnen tijdens het spreekuur. U hoeft geen papieren te laten zien.",
   "Walk in during the drop-in hours. You do not need to show any papers."),
  "gratis", ["gezondheid.medische-zorg", "wonen.dakloos-opvang"],
  [["WE 10:00-12:00"], ["MO 13:00-15:00"]])
T("vrijwilligers-training",
  ("Training voor vrijwilligers", "Training for volunteers"),
  ("Bent u vrijwilliger in de buurt? Volg dan gratis een training. Bijvoorbeeld over goed luisteren "
   "of over geldzorgen herkennen.",
   "Are you a volunteer in the neighbourhood? Then take a free training. For example about listening well "
   "or recognising money worries."),
  ("Meld u aan per telefoon of e-mail.", "Sign up by phone or e-mail."),
  "gratis", ["vrijwilligerswerk.ondersteuning", "vrijwilligerswerk"],
  [["M 2WE 19:00-21:30"], ["M 1TH 19:00-21:30"]])

# --- digital help
T("digi-hulp",
  ("Hulp met uw telefoon en computer", "Help with your phone and computer"),
  ("Hebt u een vraag over uw telefoon, tablet of computer? Vrijwilligers helpen u. "
   "Neem uw eigen apparaat mee.",
   "Do you have a question about your phone, tablet or computer? Volunteers help you. Bring your own device."),
  ("Loop binnen tijdens het digicafé.", "Walk in during the digital café hours."),
  "gratis", ["digitaal.computer-internet"],
  [["TU 13:30-15:30"], ["FR 10:00-12:00"], ["MO 14:00-16:00"], ["WE 19:00-21:00"]], docs=[OWN_DEVICE])
T("digi-digid",
  ("Hulp met DigiD en online regelen", "Help with DigiD and online tasks"),
  ("Wilt u DigiD aanvragen of gebruiken? Moet u iets online regelen? Wij helpen u stap voor stap.",
   "Do you want to apply for or use DigiD? Do you need to arrange something online? "
   "We help you step by step."),
  ("Maak een afspraak per telefoon of aan de balie.", "Make an appointment by phone or at the desk."),
  "gratis", ["digitaal.online-regelen", "geld-schulden.toeslagen-regelingen"],
  [["FR 10:00-12:00"], ["TH 13:30-15:30"], ["TU 10:00-12:00"]], docs=[ID, OWN_DEVICE], prefix="afspraak")
T("digi-cursus",
  ("Computercursus voor beginners", "Computer course for beginners"),
  ("In 6 lessen leert u e-mailen, internetten en veilig betalen. U werkt op een computer van ons. "
   "Er zijn maximaal 8 deelnemers.",
   "In 6 lessons you learn to e-mail, use the internet and pay safely. You work on one of our computers. "
   "There are at most 8 participants."),
  ("Meld u aan per telefoon of aan de balie.", "Sign up by phone or at the desk."),
  "cursus-10", ["digitaal.computerles", "doelgroep-ouderen"],
  [["MO 10:00-12:00"], ["WE 10:00-12:00"], ["TH 19:00-21:00"]], docs=[STADSPAS])
T("digi-laptop",
  ("Een opgeknapte laptop", "A refurbished laptop"),
  ("Hebt u geen computer voor school of werk? Soms kunt u een opgeknapte laptop krijgen. "
   "U krijgt ook uitleg.",
   "Do you have no computer for school or work? Sometimes you can get a refurbished laptop. "
   "You also get an explanation."),
  ("Vraag een verwijzing bij school, het wijkteam of uw werkcoach.",
   "Ask the school, the district team (wijkteam) or your job coach for a referral."),
  "gratis", ["digitaal.computer-internet", "kinderen-gezin.schoolkosten", "doelgroep-minima"],
  [["WE 13:00-16:00"]], elig=LOW_INCOME, docs=["Verwijzing van school, het wijkteam of uw werkcoach"],
  prefix="afspraak")

# --- newcomers
T("nieuwkomer-maatje",
  ("Maatje voor nieuwkomers", "Buddy for newcomers"),
  ("Bent u nieuw in Nederland? Een vrijwilliger helpt u de weg te vinden. "
   "Bijvoorbeeld naar de huisarts, school of de gemeente.",
   "Are you new in the Netherlands? A volunteer helps you find your way. "
   "For example to the doctor, school or the municipality."),
  ("Bel of mail ons. Wij zoeken een maatje dat bij u past.", "Call or e-mail us. We look for a buddy who suits you."),
  "gratis", ["doelgroep-statushouders", "eenzaamheid-ontmoeten.maatje-bezoek"],
  [["MO,TU,WE,TH 09:00-12:00"]], langs=["en", "ar"], prefix="telefoon")
T("nieuwkomer-spreekuur",
  ("Spreekuur voor nieuwkomers", "Drop-in for newcomers"),
  ("Hebt u een brief die u niet begrijpt? Of een vraag over school, werk of zorg? "
   "Wij helpen u, ook in uw eigen taal.",
   "Do you have a letter you do not understand? Or a question about school, work or healthcare? "
   "We help you, also in your own language."),
  ("Loop binnen tijdens het spreekuur. Neem uw brieven mee.", "Walk in during the drop-in hours. Bring your letters."),
  "gratis", ["doelgroep-statushouders", "geld-schulden.administratie", "taal.tolk"],
  [["WE 13:00-15:00"], ["TU 10:00-12:00"], ["TH 13:30-15:30"]], langs=["en", "ar", "ti"])
T("nieuwkomer-werk",
  ("Werk zoeken als nieuwkomer", "Finding work as a newcomer"),
  ("Wilt u werken in Nederland? Wij helpen u met een cv en oefenen een sollicitatiegesprek. "
   "Wij leggen ook uit hoe werken hier gaat.",
   "Do you want to work in the Netherlands? We help you with a CV and practise a job interview. "
   "We also explain how work is organised here."),
  ("Bel ons voor een afspraak.", "Call us for an appointment."),
  "gratis", ["werk-dagbesteding.werk-zoeken", "werk-dagbesteding.solliciteren", "doelgroep-statushouders"],
  [["MO 13:00-16:00"], ["TH 09:00-12:00"]], langs=["en"], prefix="afspraak")
T("vrouwen-inloop",
  ("Inloop voor vrouwen", "Drop-in for women"),
  ("Elke week is er een ochtend alleen voor vrouwen. U drinkt thee, praat en leert elkaar kennen. "
   "Er is ook hulp bij brieven.",
   "Every week there is a morning only for women. You drink tea, talk and get to know each other. "
   "There is also help with letters."),
  ("Loop binnen. Kleine kinderen mogen mee.", "Walk in. Small children are welcome too."),
  "gratis", ["eenzaamheid-ontmoeten.inloop", "taal.taalcafe", "doelgroep-statushouders"],
  [["TU 10:00-12:00"], ["TH 10:00-12:00"], ["FR 09:30-11:30"]])
T("brieven-eigen-taal",
  ("Hulp bij brieven in uw eigen taal", "Help with letters in your own language"),
  ("Begrijpt u een brief niet goed? Vrijwilligers leggen hem uit in uw eigen taal. "
   "Samen kijkt u wat u moet doen.",
   "Do you not understand a letter well? Volunteers explain it in your own language. "
   "Together you look at what you need to do."),
  ("Loop binnen na het middaggebed of bel ons.", "Walk in after the midday prayer or call us."),
  "gratis", ["taal.tolk", "geld-schulden.administratie", "doelgroep-statushouders"],
  [["FR 14:00-16:00"], ["SA 13:00-15:00"]], docs=["De brief waar het om gaat"])
T("huiswerkklas",
  ("Huiswerkklas", "Homework club"),
  ("Kinderen maken na school bij ons hun huiswerk. Vrijwilligers helpen bij rekenen, taal en lezen.",
   "Children do their homework with us after school. Volunteers help with maths, language and reading."),
  ("Bel ons om uw kind aan te melden.", "Call us to register your child."),
  "gratis", ["kinderen-gezin.huiswerk", "doelgroep-kinderen"],
  [["MO,WE 15:30-17:30"], ["TU,TH 15:30-17:30"], ["MO,TU,TH 15:00-17:00"]], age=(8, 16))

# --- work and daytime activities
T("sollicitatie",
  ("Hulp bij solliciteren", "Help with job applications"),
  ("Wilt u werk vinden? Wij helpen u met een cv en een brief. U oefent ook een sollicitatiegesprek.",
   "Do you want to find work? We help you with a CV and a letter. You also practise a job interview."),
  ("Loop binnen tijdens het spreekuur. Of bel voor een afspraak.",
   "Walk in during the drop-in hours. Or call for an appointment."),
  "gratis", ["werk-dagbesteding.solliciteren", "werk-dagbesteding.werk-zoeken"],
  [["TU 13:00-16:00"], ["WE 09:30-12:00"]])
T("dagbesteding",
  ("Werkplaats overdag", "Daytime workshop"),
  ("Wilt u overdag iets nuttigs doen? In onze werkplaats werkt u met hout, in de tuin of in de keuken. "
   "U bepaalt zelf hoeveel dagen.",
   "Do you want to do something useful during the day? In our workshop you work with wood, in the garden or "
   "in the kitchen. You decide how many days."),
  ("Kom eerst een keer kijken. Bel ons voor een afspraak.", "Come and have a look first. Call us for an appointment."),
  "gratis", ["werk-dagbesteding.dagbesteding", "werk-dagbesteding.aangepast-werk", "doelgroep-beperking"],
  [["MO,TU,WE,TH,FR 09:00-15:30"]], age=(18, None))
T("vrijwilligerswerk",
  ("Vrijwilligerswerk vinden", "Finding volunteer work"),
  ("Wilt u iets doen voor een ander? Wij zoeken samen met u vrijwilligerswerk dat bij u past. "
   "Ook als u weinig Nederlands spreekt.",
   "Do you want to do something for others? Together we look for volunteer work that suits you. "
   "Also if you speak little Dutch."),
  ("Loop binnen of bel ons.", "Walk in or call us."),
  "gratis", ["vrijwilligerswerk.vinden"],
  [["MO,WE 10:00-12:00"], ["TH 13:00-16:00"]])
T("leerwerk",
  ("Leren voor een baan in de keuken", "Training for a job in the kitchen"),
  ("In ons buurtrestaurant leert u koken en bedienen. Na 6 maanden krijgt u een certificaat. "
   "Daarmee kunt u solliciteren.",
   "In our neighbourhood restaurant you learn to cook and serve. After 6 months you get a certificate. "
   "You can use it to apply for jobs."),
  ("Bel ons voor een kennismakingsgesprek.", "Call us for an introductory talk."),
  "gratis", ["werk-dagbesteding.opleiding", "werk-dagbesteding.werk-zoeken"],
  [["MO,TU,WE,TH 09:00-14:00"]], age=(18, None), prefix="afspraak")

# --- families
T("opvoedspreekuur",
  ("Opvoedspreekuur", "Parenting advice"),
  ("Hebt u vragen over de opvoeding van uw kind? Bijvoorbeeld over slapen, eten of boze buien? "
   "Een pedagoog denkt met u mee.",
   "Do you have questions about raising your child? For example about sleeping, eating or tantrums? "
   "A parenting expert thinks along with you."),
  ("Loop binnen of maak een afspraak.", "Walk in or make an appointment."),
  "gratis", ["kinderen-gezin.opvoeding", "doelgroep-kinderen"],
  [["WE 09:00-11:00"], ["TU 13:30-15:30"]])
T("ouder-koffie",
  ("Koffieochtend voor ouders", "Coffee morning for parents"),
  ("Ontmoet andere ouders met jonge kinderen. De kinderen spelen terwijl u koffie drinkt. "
   "Soms is er een gast met tips.",
   "Meet other parents with young children. The children play while you have a coffee. "
   "Sometimes a guest gives tips."),
  ("Loop binnen met uw kind.", "Walk in with your child."),
  "gratis", ["kinderen-gezin", "eenzaamheid-ontmoeten.inloop", "doelgroep-alleenstaande-ouders"],
  [["FR 09:30-11:30"], ["TH 09:30-11:00"]])
T("alleenstaande-ouders",
  ("Groep voor alleenstaande ouders", "Group for single parents"),
  ("Voedt u uw kinderen alleen op? In deze groep deelt u ervaringen en tips. "
   "Er is opvang voor de kinderen.",
   "Are you raising your children alone? In this group you share experiences and tips. "
   "Childcare is provided."),
  ("Meld u aan per telefoon of e-mail.", "Sign up by phone or e-mail."),
  "gratis", ["doelgroep-alleenstaande-ouders", "eenzaamheid-ontmoeten.lotgenoten", "kinderen-gezin.opvoeding"],
  [["M 2SA 10:00-12:00"], ["M 1TU 19:30-21:00"]])
T("kinderopvang-info",
  ("Uitleg over kinderopvang en toeslag", "Information about childcare and childcare benefit"),
  ("Wilt u gaan werken of leren? Wij leggen uit hoe kinderopvang werkt. "
   "Wij helpen u ook met de kinderopvangtoeslag.",
   "Do you want to start working or studying? We explain how childcare works. "
   "We also help you with the childcare benefit."),
  ("Bel ons voor een afspraak.", "Call us for an appointment."),
  "gratis", ["kinderen-gezin.kinderopvang", "geld-schulden.toeslagen-regelingen"],
  [["TU 09:30-12:00"]], docs=[DIGID], prefix="afspraak")

# --- transport
T("rijden",
  ("Vervoer naar afspraken", "Transport to appointments"),
  ("Kunt u niet zelf naar het ziekenhuis of de huisarts? Een vrijwilliger rijdt u. "
   "U belt uiterlijk 2 dagen van tevoren.",
   "Can you not get to the hospital or doctor yourself? A volunteer drives you. "
   "Call at least 2 days in advance."),
  ("Bel ons om een rit te plannen.", "Call us to book a ride."),
  "km", ["vervoer.vervoer-afspraken", "doelgroep-ouderen", "doelgroep-beperking"],
  [["MO,TU,WE,TH,FR 09:00-11:00"]], prefix="telefoon")
T("rijden-boodschappen",
  ("Samen boodschappen doen", "Shopping together"),
  ("1 keer per week rijden wij u naar de supermarkt. Een vrijwilliger helpt u met de tassen.",
   "Once a week we drive you to the supermarket. A volunteer helps you with the bags."),
  ("Bel ons om u aan te melden.", "Call us to sign up."),
  "km", ["vervoer.vervoer-afspraken", "eten", "doelgroep-ouderen"],
  [["TH 10:00-12:00"]])
T("reiskosten-info",
  ("Korting op bus en trein", "Discount on bus and train"),
  ("Met een laag inkomen kunt u soms korting krijgen op de bus. Wij vertellen u welke regeling er is. "
   "Wij helpen ook met de aanvraag.",
   "With a low income you can sometimes get a discount on the bus. We tell you which scheme exists. "
   "We also help with the application."),
  ("Loop binnen tijdens het spreekuur.", "Walk in during the drop-in hours."),
  "gratis", ["vervoer.reiskosten", "doelgroep-minima"],
  [["WE 10:00-12:00"]], docs=[STADSPAS, ID])

# ---------------------------------------------------------------------------------------------------------------
# The fictional organisations. areas: where their locations are (the first is the main one).
# services: template keys. langs: languages spoken besides Dutch. closed: services that are temporarily closed.
# ---------------------------------------------------------------------------------------------------------------

ORGS = []


def O(slug, name, areas, desc, services, langs=(), year=None, closed=(), places=None, kind="", second=None):
    """second: services at the second location, "both" (main and second) or "only" (second only). Without it, the
    first service is offered at every location and the others at the main location."""
    ORGS.append({"slug": slug, "name": name, "areas": areas, "desc": desc, "services": services,
                 "langs": list(langs), "year": year, "closed": dict(closed), "places": places, "kind": kind,
                 "second": second or {services[0]: "both"}})


CLOSED_VERBOUWING = ("Tijdelijk gesloten door een verbouwing. Vanaf 1 februari 2027 bent u weer welkom.",
                     "Temporarily closed for renovation. You are welcome again from 1 February 2027.")
CLOSED_VRIJWILLIGERS = ("Tijdelijk gesloten: wij zoeken nieuwe vrijwilligers. Bel ons voor hulp in de tussentijd.",
                        "Temporarily closed: we are looking for new volunteers. Call us for help in the meantime.")
CLOSED_VOL = ("Tijdelijk vol: wij nemen tot 1 maart 2027 geen nieuwe aanmeldingen aan.",
              "Temporarily full: we do not accept new sign-ups until 1 March 2027.")
CLOSED_SEIZOEN = ("Gesloten in de winter. Vanaf 3 april 2027 zijn wij weer open.",
                  "Closed in winter. We open again from 3 April 2027.")

# Nijmegen-Oost
O("voedselhulp-de-volle-kast", "Voedselhulp De Volle Kast", ["oost", "malden"],
  ("Vrijwilligers geven voedselpakketten aan mensen met weinig geld. Wij hebben ook een uitgiftepunt in Malden.",
   "Volunteers give food parcels to people with little money. We also have a distribution point in Malden."),
  ["voedsel-pakket", "voedsel-nood", "voedsel-intake", "voedsel-baby"], langs=["en", "ar"], year=2009,
  kind="voedselhulp", second={"voedsel-pakket": "both", "voedsel-baby": "both"})
O("buurthuis-de-kastanjeboom", "Buurthuis De Kastanjeboom", ["oost"],
  ("Een buurthuis voor iedereen uit Nijmegen-Oost. Bewoners organiseren zelf de activiteiten.",
   "A community centre for everyone in Nijmegen-Oost. Residents organise the activities themselves."),
  ["koffie-inloop", "kinder-activiteit", "ouderen-middag", "weggeefkast"], langs=["en"], year=1987,
  kind="buurthuis")
O("geldmaatjes-oost", "Geldmaatjes Oost", ["oost"],
  ("Getrainde vrijwilligers helpen mensen met geldzorgen en schulden. Alles wat u vertelt, blijft tussen ons.",
   "Trained volunteers help people with money worries and debts. Everything you tell us stays between us."),
  ["geld-maatje", "geld-spreekuur", "geld-cursus"], year=2014, kind="schuldhulp")
O("taalcafe-de-praatpaal", "Taalcafé De Praatpaal", ["oost"],
  ("Een plek om Nederlands te oefenen met vrijwilligers. Iedereen is welkom, ook als u net begint.",
   "A place to practise Dutch with volunteers. Everyone is welcome, also if you are just starting."),
  ["taalcafe", "taalmaatje", "voorlezen"], langs=["en", "uk"], year=2016, kind="taal")
O("buurtteam-zonnewijzer", "Buurtteam Zonnewijzer", ["oost"],
  ("Het wijkteam voor Nijmegen-Oost in deze demo. Sociaal werkers helpen bij vragen over geld, zorg en wonen.",
   "The district team (wijkteam) for Nijmegen-Oost in this demo. Social workers help with questions about "
   "money, care and housing."),
  ["wijkteam-spreekuur", "wijkteam-thuis", "wijkteam-verwijzing", "wijkteam-huur"],
  langs=["en", "tr", "ar"], year=2015, kind="wijkteam")
O("kerkgemeenschap-de-lichtboog", "Kerkgemeenschap De Lichtboog", ["oost"],
  ("Een kerkgemeenschap die iets wil doen voor de buurt. Iedereen is welkom, welk geloof u ook hebt.",
   "A church community that wants to do something for the neighbourhood. Everyone is welcome, "
   "whatever your beliefs."),
  ["noodhulp-diaconie", "open-kerk", "maaltijd"], year=1962, kind="kerk",
  places=["Kerkzaal De Lichtboog"])
O("digicafe-de-muisklik", "Digicafé De Muisklik", ["oost"],
  ("Vrijwilligers helpen u met uw telefoon, computer en DigiD. Wij hebben geduld en leggen alles rustig uit.",
   "Volunteers help you with your phone, computer and DigiD. We are patient and explain everything calmly."),
  ["digi-hulp", "digi-digid", "digi-cursus"], year=2018, kind="digitaal")
O("reparatiecafe-de-schroevendraaier", "Reparatiecafé De Schroevendraaier", ["oost"],
  ("Handige buurtbewoners repareren spullen samen met u. Zo gooit u minder weg en bespaart u geld.",
   "Handy neighbours repair things together with you. This way you throw away less and save money."),
  ["reparatiecafe", "naaiatelier"], year=2013, kind="reparatie")
O("mantelzorgpunt-de-steunpilaar", "Mantelzorgpunt De Steunpilaar", ["oost", "dukenburg"],
  ("Wij steunen mensen die zorgen voor een ziek familielid, een buur of een vriend. In Oost en Dukenburg.",
   "We support people who care for a sick relative, neighbour or friend. In Oost and Dukenburg."),
  ["mantelzorg-spreekuur", "mantelzorg-respijt", "mantelzorg-groep", "mantelzorg-jong"], year=2011,
  kind="mantelzorg", second={"mantelzorg-spreekuur": "both", "mantelzorg-groep": "only"})
O("rechtshulp-de-rechte-lijn", "Rechtshulp De Rechte Lijn", ["oost"],
  ("Juristen en rechtenstudenten geven gratis advies. Over huur, werk, boetes en andere juridische vragen.",
   "Lawyers and law students give free advice. About rent, work, fines and other legal questions."),
  ["recht-spreekuur", "recht-huur", "recht-werk"], langs=["en"], year=1998, kind="juridisch")
O("inloophuis-de-lantaarn", "Inloophuis De Lantaarn", ["oost"],
  ("Een warme huiskamer voor iedereen die zich alleen voelt of het moeilijk heeft. "
   "Vrijwilligers zijn er om te luisteren.",
   "A warm living room for anyone who feels lonely or is going through a hard time. Volunteers are there to listen."),
  ["inloophuis", "rouwgroep", "creatief", "dakloos-inloop"], langs=["en", "pl"], year=2003, kind="inloophuis")
O("jongerenplek-het-perron", "Jongerenplek Het Perron", ["oost"],
  ("Een plek voor jongeren uit Oost. Jongerenwerkers helpen met school, werk en vrije tijd.",
   "A place for young people from Oost. Youth workers help with school, work and free time."),
  ["jongeren-inloop", "jongeren-coach", "meidenavond"], langs=["en", "ar"], year=2010, kind="jongeren")
O("meedoenpot-nijmegen", "Stichting Meedoenpot Nijmegen", ["oost"],
  ("Een fonds dat zorgt dat ieder kind kan sporten, zwemmen en naar muziekles gaan. Ook als er thuis weinig geld is.",
   "A fund that makes sure every child can do sport, swim and take music lessons. "
   "Also when there is little money at home."),
  ["fonds-sport", "fonds-zwemles", "fonds-uitje"], year=2008, kind="fonds")
O("kledingpunt-het-warme-jasje", "Kledingpunt Het Warme Jasje", ["oost"],
  ("Wij verzamelen goede kleding en geven die gratis aan mensen die het nodig hebben.",
   "We collect good clothing and give it for free to people who need it."),
  ["kleding-gratis", "kleding-kind", "winterjas"], year=2012, kind="kleding")
O("papierwijs-thuisadministratie", "Papierwijs Thuisadministratie", ["oost"],
  ("Vrijwilligers helpen u met post, formulieren en de belastingaangifte. Bij u thuis of op ons spreekuur.",
   "Volunteers help you with post, forms and your tax return. At your home or during our drop-in hours."),
  ["admin-thuis", "admin-belasting", "admin-formulieren"], year=2007, kind="thuisadministratie")
O("gezinspunt-de-boomhut", "Gezinspunt De Boomhut", ["oost"],
  ("Een ontmoetingsplek voor ouders met kinderen tot 12 jaar. Met advies over opvoeden en veel gezelligheid.",
   "A meeting place for parents with children up to 12 years old. With parenting advice and a friendly atmosphere."),
  ["opvoedspreekuur", "ouder-koffie", "alleenstaande-ouders"], langs=["en", "tr"], year=2017, kind="gezin")
O("stichting-zuinig-aan", "Stichting Zuinig Aan", ["oost"],
  ("Vrijwilligers helpen huishoudens met een laag inkomen om geld te besparen. Op energie en met regelingen.",
   "Volunteers help households with a low income to save money. On energy and with schemes."),
  ["energie-coach", "regelingencheck"], year=2022, kind="regelingen")
O("buurtmoestuin-de-groene-vinger", "Buurtmoestuin De Groene Vinger", ["oost"],
  ("Een moestuin van en voor de buurt. Samen werken, samen oogsten en groente delen.",
   "A vegetable garden of and for the neighbourhood. Working together, harvesting together and sharing vegetables."),
  ["moestuin-samen", "moestuin-groente"], year=2019, kind="ontmoeten",
  closed={"moestuin-groente": CLOSED_SEIZOEN})
O("rijdienst-de-meerijder", "Rijdienst De Meerijder", ["oost"],
  ("Vrijwillige chauffeurs rijden mensen die zelf niet kunnen reizen. Naar het ziekenhuis, de huisarts of de winkel.",
   "Volunteer drivers take people who cannot travel on their own. To the hospital, the doctor or the shop."),
  ["rijden", "rijden-boodschappen"], year=2005, kind="vervoer")

# Dukenburg
O("voedselhulp-de-gedeelde-tafel", "Voedselhulp De Gedeelde Tafel", ["dukenburg"],
  ("Wij geven voedselpakketten aan gezinnen en alleenstaanden met weinig geld. Zonder oordeel.",
   "We give food parcels to families and single people with little money. Without judgement."),
  ["voedsel-pakket", "voedsel-intake", "voedsel-nood"], langs=["en", "ar", "tr"], year=2011, kind="voedselhulp")
O("sociale-supermarkt-de-winkelmand", "Sociale Supermarkt De Winkelmand", ["dukenburg", "oost"],
  ("Een winkel waar mensen met een laag inkomen goedkoop boodschappen doen. Met een winkel in Dukenburg en in Oost.",
   "A shop where people with a low income buy groceries cheaply. With shops in Dukenburg and in Oost."),
  ["supermarkt", "bezorgen"], langs=["en", "pl"], year=2016, kind="voedselhulp")
O("wijkcentrum-de-vijverhof", "Wijkcentrum De Vijverhof", ["dukenburg"],
  ("Het ontmoetingscentrum van Dukenburg. Voor koffie, activiteiten en vragen.",
   "The meeting centre of Dukenburg. For coffee, activities and questions."),
  ["koffie-inloop", "kinder-activiteit", "ouderen-middag", "buurtkamer-info"], langs=["en", "tr"], year=1979,
  kind="buurthuis")
O("stichting-bruggenbouwers-dukenburg", "Stichting Bruggenbouwers Dukenburg", ["dukenburg"],
  ("Een initiatief van de moskee in de buurt. Wij helpen iedereen, welk geloof u ook hebt.",
   "An initiative of the local mosque. We help everyone, whatever your beliefs."),
  ["huiswerkklas", "vrouwen-inloop", "brieven-eigen-taal", "maaltijd"], langs=["ar", "tr", "en"], year=2004,
  kind="moskee")
O("parochiecentrum-de-ankerplaats", "Parochiecentrum De Ankerplaats", ["dukenburg"],
  ("Een kerkelijk centrum met hulp voor de buurt. De hulp is voor iedereen, gelovig of niet.",
   "A church centre with help for the neighbourhood. The help is for everyone, religious or not."),
  ["noodhulp-diaconie", "bezoek", "open-kerk"], langs=["en", "pl"], year=1971, kind="kerk")
O("stichting-geldwijzer-dukenburg", "Stichting Geldwijzer Dukenburg", ["dukenburg"],
  ("Vrijwilligers helpen bij geldzorgen, schulden en lastige brieven. Snel, gratis en in vertrouwen.",
   "Volunteers help with money worries, debts and difficult letters. Quickly, for free and in confidence."),
  ["geld-maatje", "geld-regeling", "geld-spreekuur"], langs=["en", "tr"], year=2012, kind="schuldhulp")
O("taalpunt-de-woordenboom", "Taalpunt De Woordenboom", ["dukenburg"],
  ("Hier oefent u taal, lezen en schrijven. Met vrijwilligers en in kleine groepen.",
   "Here you practise language, reading and writing. With volunteers and in small groups."),
  ["leesgroep", "taalcafe", "taalmaatje"], langs=["en", "ar", "ti"], year=2015, kind="taal",
  closed={"taalmaatje": CLOSED_VOL})
O("buurtteam-kompasroos", "Buurtteam Kompasroos", ["dukenburg"],
  ("Het wijkteam voor Dukenburg in deze demo. Voor hulp bij geld, zorg, opvoeding en wonen.",
   "The district team (wijkteam) for Dukenburg in this demo. For help with money, care, parenting and housing."),
  ["wijkteam-spreekuur", "wijkteam-thuis", "wijkteam-verwijzing", "wijkteam-energie"],
  langs=["en", "ar", "tr", "so"], year=2015, kind="wijkteam")
O("jongerencentrum-de-sprong", "Jongerencentrum De Sprong", ["dukenburg"],
  ("Het jongerencentrum van Dukenburg. Voor sport, muziek, hulp en een plek om te zijn.",
   "The youth centre of Dukenburg. For sport, music, help and a place to be."),
  ["jongeren-inloop", "zaalvoetbal", "jongeren-coach", "meidenavond"], langs=["en", "ar", "tr"], year=1996,
  kind="jongeren")
O("digipunt-klik-en-klaar", "Digipunt Klik en Klaar", ["dukenburg"],
  ("Hulp met computers, telefoons en online zaken. Wij knappen ook oude laptops op.",
   "Help with computers, phones and online tasks. We also refurbish old laptops."),
  ["digi-hulp", "digi-digid", "digi-laptop"], langs=["en"], year=2020, kind="digitaal")
O("weggeefwinkel-om-niet", "Weggeefwinkel Om Niet", ["dukenburg"],
  ("Een winkel waar alles gratis is. Buurtbewoners brengen spullen en nemen spullen mee.",
   "A shop where everything is free. Residents bring things and take things."),
  ["weggeefwinkel", "meubels"], year=2014, kind="kringloop")
O("stichting-nieuwe-buren", "Stichting Nieuwe Buren", ["dukenburg", "oost"],
  ("Vrijwilligers helpen nieuwkomers en statushouders om hun weg te vinden in Nijmegen.",
   "Volunteers help newcomers and refugees with a residence permit find their way in Nijmegen."),
  ["nieuwkomer-maatje", "nieuwkomer-spreekuur", "nieuwkomer-werk", "vrouwen-inloop"],
  langs=["en", "ar", "ti", "fa", "uk"], year=2015, kind="nieuwkomers",
  second={"nieuwkomer-spreekuur": "both", "vrouwen-inloop": "only"})
O("fietsenwerkplaats-trappers", "Fietsenwerkplaats Trappers", ["dukenburg"],
  ("Een werkplaats waar u leert fietsen repareren. Wij knappen ook oude fietsen op.",
   "A workshop where you learn to repair bicycles. We also refurbish old bicycles."),
  ["fietsenwerkplaats", "reparatiecafe"], langs=["en", "ar"], year=2017, kind="reparatie")
O("werkplaats-de-schaaf", "Werkplaats De Schaaf", ["dukenburg"],
  ("Een werkplaats en leerplek. Voor mensen die overdag iets zinvols willen doen of werk zoeken.",
   "A workshop and place to learn. For people who want to do something meaningful during the day or look for work."),
  ["dagbesteding", "sollicitatie", "vrijwilligerswerk", "leerwerk"], year=2002, kind="werk")
O("huiskamer-de-waaier", "Huiskamer De Waaier", ["dukenburg"],
  ("Een huiskamer in de wijk waar u zonder afspraak binnenloopt. Voor een kop koffie, een praatje of hulp.",
   "A living room in the neighbourhood where you can walk in without an appointment. "
   "For a cup of coffee, a chat or help."),
  ["inloophuis", "dakloos-inloop", "creatief", "zorg-zonder-huisarts"], langs=["en"], year=2008,
  kind="inloophuis")
O("stichting-fit-en-fijn", "Stichting Fit en Fijn", ["dukenburg"],
  ("Wij helpen mensen om gezond te leven, ook met weinig geld. Met bewegen, advies en steun.",
   "We help people live healthily, also with little money. With exercise, advice and support."),
  ["wandelgroep", "zorgkosten", "verslaving-inloop", "tandarts"], year=2013, kind="gezondheid")
O("huiswerkklas-slim-verder", "Huiswerkklas Slim Verder", ["dukenburg"],
  ("Vrijwilligers helpen kinderen met huiswerk. Zodat ieder kind een goede kans krijgt op school.",
   "Volunteers help children with homework. So every child gets a good chance at school."),
  ["huiswerkklas", "schoolspullen"], langs=["en"], year=2010, kind="gezin")
O("ondernemerssteunpunt-plan-b", "Ondernemerssteunpunt Plan B", ["dukenburg"],
  ("Ervaren ondernemers helpen zzp'ers en kleine ondernemers die vastlopen met geld of werk.",
   "Experienced entrepreneurs help self-employed people and small business owners who get stuck "
   "with money or work."),
  ["zzp-spreekuur", "regelingencheck"], langs=["en"], year=2021, kind="regelingen")
O("bemiddelingsteam-samen-eens", "Bemiddelingsteam Samen Eens", ["dukenburg"],
  ("Getrainde vrijwilligers helpen bij ruzie met buren en bij discriminatie. Neutraal en vertrouwelijk.",
   "Trained volunteers help with conflicts between neighbours and with discrimination. "
   "Neutral and confidential."),
  ["bemiddeling", "discriminatie"], langs=["en", "tr"], year=2006, kind="juridisch")
O("kledingbank-de-kapstok", "Kledingbank De Kapstok", ["dukenburg"],
  ("Gratis kleding en schoolspullen voor gezinnen met weinig geld.",
   "Free clothing and school supplies for families with little money."),
  ["kleding-gratis", "kleding-kind", "schoolspullen"], langs=["en", "ar"], year=2010, kind="kleding",
  closed={"kleding-kind": CLOSED_VERBOUWING})

# Tiel-West
O("voedselhulp-de-fruitmand", "Voedselhulp De Fruitmand", ["tiel-west"],
  ("Vrijwilligers in Tiel geven voedselpakketten aan mensen met weinig geld.",
   "Volunteers in Tiel give food parcels to people with little money."),
  ["voedsel-pakket", "voedsel-intake", "voedsel-baby"], langs=["en", "pl", "ar"], year=2007, kind="voedselhulp")
O("buurthuis-de-appelgaard", "Buurthuis De Appelgaard", ["tiel-west"],
  ("Het buurthuis van Tiel-West. Voor ontmoeting, activiteiten en een goed gesprek.",
   "The community centre of Tiel-West. For meeting people, activities and a good conversation."),
  ["koffie-inloop", "kinder-activiteit", "weggeefkast", "ouderen-middag"], langs=["en", "tr"], year=1983,
  kind="buurthuis")
O("geldmaatjes-tiel-west", "Geldmaatjes Tiel-West", ["tiel-west"],
  ("Vrijwilligers helpen inwoners van Tiel met geldzorgen. Wij oordelen niet en werken in vertrouwen.",
   "Volunteers help residents of Tiel with money worries. We do not judge and work in confidence."),
  ["geld-maatje", "geld-spreekuur", "geld-cursus"], langs=["en", "pl"], year=2016, kind="schuldhulp")
O("taalcafe-het-spreekwoord", "Taalcafé Het Spreekwoord", ["tiel-west"],
  ("Samen Nederlands oefenen in een ontspannen sfeer. Voor nieuwkomers en voor iedereen die beter wil lezen.",
   "Practise Dutch together in a relaxed atmosphere. For newcomers and everyone who wants to read better."),
  ["taalcafe", "taalmaatje", "leesgroep"], langs=["en", "pl", "uk"], year=2017, kind="taal")
O("buurtteam-de-linde", "Buurtteam De Linde", ["tiel-west"],
  ("Het wijkteam voor Tiel-West in deze demo. Sociaal werkers helpen bij zorgen over geld, zorg en wonen.",
   "The district team (wijkteam) for Tiel-West in this demo. Social workers help with worries about money, "
   "care and housing."),
  ["wijkteam-spreekuur", "wijkteam-thuis", "wijkteam-huur", "wijkteam-verwijzing", "woning-zoeken"],
  langs=["en", "pl", "tr"], year=2015, kind="wijkteam")
O("diaconaal-punt-de-kandelaar", "Diaconaal Punt De Kandelaar", ["tiel-west"],
  ("Samen met kerken in Tiel helpen wij mensen in nood. De hulp is voor iedereen.",
   "Together with churches in Tiel we help people in need. The help is for everyone."),
  ["noodhulp-diaconie", "maaltijd", "bezoek"], year=1994, kind="kerk")
O("jongerenhonk-de-uitvalsbasis", "Jongerenhonk De Uitvalsbasis", ["tiel-west"],
  ("Een eigen plek voor jongeren in Tiel-West. Met jongerenwerkers die helpen met school en werk.",
   "A place of their own for young people in Tiel-West. With youth workers who help with school and work."),
  ["jongeren-inloop", "jongeren-coach", "zaalvoetbal"], langs=["en", "pl"], year=2012, kind="jongeren")
O("kledingruil-de-hanger", "Kledingruil De Hanger", ["tiel-west"],
  ("Gratis kleding voor wie het nodig heeft. Ook kinderkleding en warme jassen in de winter.",
   "Free clothing for those who need it. Also children's clothes and warm coats in winter."),
  ["kleding-gratis", "winterjas", "kleding-kind"], year=2015, kind="kleding")
O("digicafe-het-toetsenbord", "Digicafé Het Toetsenbord", ["tiel-west"],
  ("Vrijwilligers in Tiel helpen u met computer, telefoon en DigiD.",
   "Volunteers in Tiel help you with your computer, phone and DigiD."),
  ["digi-hulp", "digi-cursus", "digi-digid"], year=2019, kind="digitaal")
O("stichting-landing-tiel", "Stichting Landing Tiel", ["tiel-west"],
  ("Wij helpen nieuwkomers in Tiel met taal, werk en de weg in Nederland.",
   "We help newcomers in Tiel with language, work and finding their way in the Netherlands."),
  ["nieuwkomer-maatje", "nieuwkomer-spreekuur", "nieuwkomer-werk"], langs=["en", "ar", "ti", "uk"], year=2016,
  kind="nieuwkomers")
O("mantelzorgkring-tiel-west", "Mantelzorgkring Tiel-West", ["tiel-west"],
  ("Een groep vrijwilligers die mantelzorgers in Tiel steunt. Met advies, een luisterend oor en even vrij.",
   "A group of volunteers who support informal carers in Tiel. With advice, a listening ear and time off."),
  ["mantelzorg-spreekuur", "mantelzorg-respijt", "mantelzorg-groep"], year=2012, kind="mantelzorg",
  closed={"mantelzorg-respijt": CLOSED_VRIJWILLIGERS})
O("papieren-op-orde", "Papieren Op Orde", ["tiel-west"],
  ("Vrijwilligers helpen met post, formulieren en belastingaangifte. Voor inwoners van Tiel.",
   "Volunteers help with post, forms and tax returns. For residents of Tiel."),
  ["admin-thuis", "admin-belasting", "admin-formulieren"], langs=["en"], year=2010, kind="thuisadministratie")
O("reparatiecafe-de-lijmpot", "Reparatiecafé De Lijmpot", ["tiel-west"],
  ("Eens per maand repareren vrijwilligers spullen samen met bewoners. Er is ook een naaiatelier.",
   "Once a month volunteers repair things together with residents. There is also a sewing workshop."),
  ["reparatiecafe", "naaiatelier"], year=2015, kind="reparatie")
O("inloophuis-de-vuurtoren", "Inloophuis De Vuurtoren", ["tiel-west"],
  ("Een open huis in Tiel waar u welkom bent zoals u bent. Met koffie, soep en aandacht.",
   "An open house in Tiel where you are welcome as you are. With coffee, soup and attention."),
  ["inloophuis", "maaltijd-gratis", "rouwgroep", "dakloos-inloop"], langs=["en", "pl"], year=2001,
  kind="inloophuis")
O("sociale-kruidenier-de-korenschoof", "Sociale Kruidenier De Korenschoof", ["tiel-west"],
  ("Een kleine winkel met goedkope boodschappen voor mensen met een laag inkomen in Tiel.",
   "A small shop with cheap groceries for people with a low income in Tiel."),
  ["supermarkt", "bezorgen"], langs=["en", "pl"], year=2018, kind="voedselhulp")
O("stichting-speelkans-tiel", "Stichting Speelkans Tiel", ["tiel-west"],
  ("Een fonds voor kinderen in Tiel. Wij betalen sport, zwemles en uitjes als ouders dat niet kunnen.",
   "A fund for children in Tiel. We pay for sport, swimming lessons and outings when parents cannot."),
  ["fonds-sport", "fonds-zwemles", "fonds-uitje"], year=2009, kind="fonds")
O("juridisch-spreekuur-de-balans", "Juridisch Spreekuur De Balans", ["tiel-west"],
  ("Gratis juridisch advies in Tiel. Over huur, verblijf en andere vragen over regels en rechten.",
   "Free legal advice in Tiel. About rent, residence and other questions about rules and rights."),
  ["recht-spreekuur", "recht-huur", "recht-verblijf"], langs=["en"], year=2000, kind="juridisch")
O("huis-van-vrede-tiel", "Moskee-initiatief Huis van Vrede", ["tiel-west"],
  ("Vrijwilligers van de moskee helpen de buurt. Met huiswerkhulp, een vrouwenochtend en samen eten.",
   "Volunteers from the mosque help the neighbourhood. With homework help, a women's morning and shared meals."),
  ["huiswerkklas", "vrouwen-inloop", "maaltijd", "brieven-eigen-taal"], langs=["tr", "ar", "en"], year=2006,
  kind="moskee")
O("oudersteunpunt-de-wieg", "Oudersteunpunt De Wieg", ["tiel-west"],
  ("Steun voor ouders in Tiel. Met advies over opvoeden, kinderopvang en een groep voor alleenstaande ouders.",
   "Support for parents in Tiel. With advice on parenting, childcare and a group for single parents."),
  ["opvoedspreekuur", "ouder-koffie", "alleenstaande-ouders", "kinderopvang-info"], langs=["en"], year=2014,
  kind="gezin")

# Malden (Heumen)
O("dorpshuis-de-heidebloem", "Dorpshuis De Heidebloem", ["malden"],
  ("Het dorpshuis van Malden. Voor koffie, activiteiten voor jong en oud en hulp bij vragen.",
   "The village centre of Malden. For coffee, activities for young and old and help with questions."),
  ["koffie-inloop", "ouderen-middag", "kinder-activiteit", "buurtkamer-info"], year=1975, kind="buurthuis")
O("rijdienst-heumen-rijdt-mee", "Rijdienst Heumen Rijdt Mee", ["malden"],
  ("Vrijwilligers in Heumen rijden mensen naar de dokter, het ziekenhuis of de winkel.",
   "Volunteers in Heumen drive people to the doctor, the hospital or the shop."),
  ["rijden", "rijden-boodschappen", "reiskosten-info"], year=2010, kind="vervoer")
O("rekenhulp-de-abacus", "Rekenhulp De Abacus", ["malden"],
  ("Vrijwilligers in Malden helpen met de thuisadministratie en geldzorgen.",
   "Volunteers in Malden help with paperwork and money worries."),
  ["admin-thuis", "admin-belasting", "geld-spreekuur"], year=2012, kind="thuisadministratie")
O("bezoekgroep-lindehof", "Bezoekgroep Lindehof", ["malden"],
  ("Vrijwilligers bezoeken ouderen die veel alleen zijn. Wij wandelen ook samen.",
   "Volunteers visit older people who are alone a lot. We also go for walks together."),
  ["bezoek", "wandelgroep"], year=1999, kind="ontmoeten")
O("eettafel-de-ronde-tafel", "Eettafel De Ronde Tafel", ["malden"],
  ("Vrijwilligers koken voor dorpsgenoten die niet graag alleen eten. Met koffie-inloop op dinsdag.",
   "Volunteers cook for villagers who do not like to eat alone. With a coffee drop-in on Tuesday."),
  ["maaltijd", "koffie-inloop"], year=2016, kind="ontmoeten")

# Tiel-West, late additions
O("werkcafe-de-springplank", "Werkcafé De Springplank", ["tiel-west"],
  ("Een werkcafé in Tiel waar u hulp krijgt bij werk zoeken, vrijwilligerswerk en dagbesteding.",
   "A work café in Tiel where you get help finding work, volunteer work and daytime activities."),
  ["sollicitatie", "vrijwilligerswerk", "dagbesteding", "vrijwilligers-training"], langs=["en", "pl"], year=2018,
  kind="werk")

# ---------------------------------------------------------------------------------------------------------------
# Events ("live bijeenkomsten"). when: ("once", "YYYY-MM-DD", "HH:MM", "HH:MM"), ("weekly", "TH" or "MO,WE",
# "HH:MM", "HH:MM"[, interval]) or ("monthly", "1SA", "HH:MM", "HH:MM"). Recurring events run until 31 March 2027.
# ---------------------------------------------------------------------------------------------------------------

EVENTS = []
EVENT_FROM = dt.date(2026, 11, 26)
EVENT_TO = dt.date(2027, 3, 31)
UNTIL = "20270331T235959Z"


def E(key, org, area, kind, title, desc, when, needs, free=True):
    EVENTS.append({"key": key, "org": org, "area": area, "kind": kind, "title": title, "desc": desc,
                   "when": when, "needs": needs, "free": free})


# Recurring
E("taalcafe-donderdag", "taalcafe-de-praatpaal", "oost", "taalcafe",
  ("Taalcafé op donderdagavond", "Language café on Thursday evening"),
  ("Oefen Nederlands met vrijwilligers. Elke week is er een ander onderwerp. Loop gewoon binnen.",
   "Practise Dutch with volunteers. There is a different topic every week. Just walk in."),
  ("weekly", "TH", "19:00", "21:00"), ["taal.taalcafe", "doelgroep-statushouders"])
E("geldspreekuur-oost", "geldmaatjes-oost", "oost", "spreekuur",
  ("Geldspreekuur", "Money drop-in"),
  ("Hebt u vragen over geld of schulden? Een vrijwilliger kijkt met u mee. Neem uw brieven mee.",
   "Do you have questions about money or debts? A volunteer looks at it with you. Bring your letters."),
  ("weekly", "TU", "10:00", "12:00"), ["geld-schulden.schuldhulp", "geld-schulden.administratie"])
E("koffie-kastanjeboom", "buurthuis-de-kastanjeboom", "oost", "inloop",
  ("Koffie-inloop in het buurthuis", "Coffee drop-in at the community centre"),
  ("Drink een kop koffie en maak een praatje met buren. De koffie is gratis.",
   "Have a cup of coffee and chat with neighbours. The coffee is free."),
  ("weekly", "MO,WE", "10:00", "12:00"), ["eenzaamheid-ontmoeten.inloop"])
E("zondag-lantaarn", "inloophuis-de-lantaarn", "oost", "inloop",
  ("Open huiskamer op zondag", "Open living room on Sunday"),
  ("Op zondag is het voor veel mensen stil. Kom dan bij ons koffie drinken en een spelletje doen.",
   "Sunday is a quiet day for many people. Come and have coffee and play a game with us."),
  ("weekly", "SU", "13:00", "16:00"), ["eenzaamheid-ontmoeten.inloop", "gezondheid.mentaal"])
E("digid-muisklik", "digicafe-de-muisklik", "oost", "spreekuur",
  ("Spreekuur DigiD en online regelen", "DigiD and online tasks drop-in"),
  ("Lukt het niet met DigiD of een online formulier? Wij helpen u stap voor stap. Neem uw telefoon mee.",
   "Having trouble with DigiD or an online form? We help you step by step. Bring your phone."),
  ("weekly", "FR", "10:00", "12:00"), ["digitaal.online-regelen"])
E("spreekuur-zonnewijzer", "buurtteam-zonnewijzer", "oost", "spreekuur",
  ("Inloopspreekuur wijkteam Oost", "District team drop-in Oost"),
  ("Met al uw vragen over geld, zorg, wonen en opvoeding kunt u hier terecht. U hoeft geen afspraak te maken.",
   "You can come here with all your questions about money, care, housing and parenting. "
   "You do not need an appointment."),
  ("weekly", "WE", "13:30", "15:30"), ["hulp-en-advies.maatschappelijk-werk"])
E("formulieren-papierwijs", "papierwijs-thuisadministratie", "oost", "spreekuur",
  ("Formulierenspreekuur", "Forms drop-in"),
  ("Elke 2 weken helpen vrijwilligers u met formulieren. Bijvoorbeeld voor toeslagen of de gemeente.",
   "Every 2 weeks volunteers help you with forms. For example for benefits or the municipality."),
  ("weekly", "TH", "13:00", "15:00", 2), ["geld-schulden.toeslagen-regelingen", "geld-schulden.administratie"])
E("reparatie-schroevendraaier", "reparatiecafe-de-schroevendraaier", "oost", "inloop",
  ("Reparatiecafé", "Repair café"),
  ("Neem uw kapotte lamp, fiets of kleding mee. Vrijwilligers repareren het samen met u.",
   "Bring your broken lamp, bicycle or clothes. Volunteers repair them together with you."),
  ("monthly", "1SA", "10:00", "13:00"), ["kleding-spullen.huisraad", "vervoer.fiets"])
E("mantelzorg-praatgroep", "mantelzorgpunt-de-steunpilaar", "dukenburg", "themabijeenkomst",
  ("Praatgroep voor mantelzorgers", "Support group for informal carers"),
  ("Praat met andere mantelzorgers over wat u meemaakt. Elke maand is er een ander thema.",
   "Talk with other informal carers about what you are going through. There is a different theme every month."),
  ("monthly", "2TU", "19:30", "21:00"), ["doelgroep-mantelzorgers", "eenzaamheid-ontmoeten.lotgenoten"])
E("uitgifte-gedeelde-tafel", "voedselhulp-de-gedeelde-tafel", "dukenburg", "spreekuur",
  ("Spreekuur voedselhulp", "Food help drop-in"),
  ("Wilt u weten of u een voedselpakket kunt krijgen? Kom langs voor een kort gesprek.",
   "Do you want to know if you can get a food parcel? Come by for a short talk."),
  ("weekly", "WE", "09:30", "11:30"), ["eten.voedselbank"])
E("ouderen-vijverhof", "wijkcentrum-de-vijverhof", "dukenburg", "inloop",
  ("Ouderenmiddag met bingo en spelletjes", "Afternoon for older people with bingo and games"),
  ("Een gezellige middag voor ouderen. Meedoen kost € 2, met koffie of thee.",
   "A pleasant afternoon for older people. It costs €2 to take part, with coffee or tea."),
  ("weekly", "TH", "14:00", "16:30"), ["eenzaamheid-ontmoeten.inloop", "doelgroep-ouderen"], free=False)
E("thee-en-taal", "stichting-bruggenbouwers-dukenburg", "dukenburg", "taalcafe",
  ("Thee en taal voor vrouwen", "Tea and language for women"),
  ("Vrouwen oefenen samen Nederlands bij een kop thee. Kleine kinderen mogen mee.",
   "Women practise Dutch together over a cup of tea. Small children are welcome."),
  ("weekly", "TU", "10:00", "12:00"), ["taal.taalcafe", "doelgroep-statushouders"])
E("taalcafe-zaterdag", "taalpunt-de-woordenboom", "dukenburg", "taalcafe",
  ("Taalcafé op zaterdag", "Language café on Saturday"),
  ("Oefen Nederlands in een kleine groep. Ook voor mensen die overdag werken.",
   "Practise Dutch in a small group. Also for people who work during the day."),
  ("weekly", "SA", "10:30", "12:00"), ["taal.taalcafe", "taal.nederlands-leren"])
E("geldspreekuur-dukenburg", "stichting-geldwijzer-dukenburg", "dukenburg", "spreekuur",
  ("Geldspreekuur Dukenburg", "Money drop-in Dukenburg"),
  ("Een vrijwilliger helpt u met rekeningen, aanmaningen en brieven. U hoeft geen afspraak te maken.",
   "A volunteer helps you with bills, reminders and letters. You do not need an appointment."),
  ("weekly", "MO", "13:00", "15:00"), ["geld-schulden.schuldhulp"])
E("jongereninloop-sprong", "jongerencentrum-de-sprong", "dukenburg", "inloop",
  ("Vrijdagavond in De Sprong", "Friday evening at De Sprong"),
  ("Voor jongeren van 12 tot 23 jaar. Er is muziek, een pooltafel en iemand om mee te praten.",
   "For young people aged 12 to 23. There is music, a pool table and someone to talk to."),
  ("weekly", "FR", "19:00", "22:00"), ["jongeren.jongerenwerk", "doelgroep-jongeren"])
E("nieuwkomers-spreekuur", "stichting-nieuwe-buren", "dukenburg", "spreekuur",
  ("Spreekuur voor nieuwkomers", "Drop-in for newcomers"),
  ("Hulp bij brieven en vragen, in het Nederlands, Engels, Arabisch of Tigrinya.",
   "Help with letters and questions, in Dutch, English, Arabic or Tigrinya."),
  ("weekly", "WE", "13:00", "15:00"), ["doelgroep-statushouders", "taal.tolk"])
E("digicafe-klik", "digipunt-klik-en-klaar", "dukenburg", "inloop",
  ("Digicafé", "Digital café"),
  ("Stel uw vragen over uw telefoon, tablet of computer. Neem uw eigen apparaat mee.",
   "Ask your questions about your phone, tablet or computer. Bring your own device."),
  ("weekly", "TU", "13:30", "15:30"), ["digitaal.computer-internet"])
E("samen-eten-ankerplaats", "parochiecentrum-de-ankerplaats", "dukenburg", "inloop",
  ("Samen eten op vrijdag", "Eating together on Friday"),
  ("Elke derde vrijdag van de maand eten we samen. De maaltijd kost € 3. Kunt u dat niet betalen? "
   "Dan eet u gratis mee.",
   "Every third Friday of the month we eat together. The meal costs €3. If you cannot pay, you eat for free."),
  ("monthly", "3FR", "17:30", "19:30"), ["eten.maaltijden", "eenzaamheid-ontmoeten.inloop"], free=False)
E("taalcafe-tiel", "taalcafe-het-spreekwoord", "tiel-west", "taalcafe",
  ("Taalcafé op woensdagavond", "Language café on Wednesday evening"),
  ("Praat Nederlands met vrijwilligers en andere deelnemers. Iedereen is welkom.",
   "Speak Dutch with volunteers and other participants. Everyone is welcome."),
  ("weekly", "WE", "19:00", "20:30"), ["taal.taalcafe", "doelgroep-statushouders"])
E("geldspreekuur-tiel", "geldmaatjes-tiel-west", "tiel-west", "spreekuur",
  ("Geldspreekuur Tiel-West", "Money drop-in Tiel-West"),
  ("Zorgen over geld? Kom langs en praat met een vrijwilliger. Alles blijft tussen ons.",
   "Worried about money? Come by and talk with a volunteer. Everything stays between us."),
  ("weekly", "TH", "09:30", "11:30"), ["geld-schulden.schuldhulp", "doelgroep-minima"])
E("koffie-appelgaard", "buurthuis-de-appelgaard", "tiel-west", "inloop",
  ("Koffieochtend in De Appelgaard", "Coffee morning at De Appelgaard"),
  ("Kom koffie drinken en ontmoet uw buren. Er is altijd iemand om mee te praten.",
   "Come and have coffee and meet your neighbours. There is always someone to talk to."),
  ("weekly", "FR", "10:00", "12:00"), ["eenzaamheid-ontmoeten.inloop"])
E("soep-vuurtoren", "inloophuis-de-vuurtoren", "tiel-west", "inloop",
  ("Inloop met soep", "Drop-in with soup"),
  ("Er staat soep en brood klaar. Het is gratis. U hoeft niets uit te leggen.",
   "Soup and bread are ready for you. It is free. You do not have to explain anything."),
  ("weekly", "WE", "12:00", "14:00"), ["eten.maaltijden", "eenzaamheid-ontmoeten.inloop"])
E("mantelzorgcafe-tiel", "mantelzorgkring-tiel-west", "tiel-west", "themabijeenkomst",
  ("Mantelzorgcafé", "Carers' café"),
  ("Elke laatste donderdag van de maand praten mantelzorgers met elkaar. Soms is er een spreker.",
   "Every last Thursday of the month carers talk with each other. Sometimes there is a speaker."),
  ("monthly", "-1TH", "19:30", "21:00"), ["doelgroep-mantelzorgers", "eenzaamheid-ontmoeten.lotgenoten"])
E("koffie-heidebloem", "dorpshuis-de-heidebloem", "malden", "inloop",
  ("Koffie-uurtje in het dorpshuis", "Coffee hour at the village centre"),
  ("Een uurtje gezelligheid met koffie en de krant. Iedereen uit Malden is welkom.",
   "An hour together with coffee and the newspaper. Everyone from Malden is welcome."),
  ("weekly", "TU", "10:00", "11:30"), ["eenzaamheid-ontmoeten.inloop", "doelgroep-ouderen"])
E("digispreekuur-toetsenbord", "digicafe-het-toetsenbord", "tiel-west", "spreekuur",
  ("Digispreekuur", "Digital help drop-in"),
  ("Vrijwilligers helpen u met uw telefoon, computer en DigiD. Neem uw apparaat mee.",
   "Volunteers help you with your phone, computer and DigiD. Bring your device."),
  ("weekly", "MO", "14:00", "16:00"), ["digitaal.computer-internet", "digitaal.online-regelen"])

# One-off
E("energie-avond", "stichting-zuinig-aan", "oost", "themabijeenkomst",
  ("Bespaar op uw energierekening", "Save on your energy bill"),
  ("Een energiecoach geeft tips om te besparen. U krijgt gratis tochtstrips en ledlampen mee.",
   "An energy coach gives tips to save energy. You get free draught strips and LED lamps."),
  ("once", "2026-12-02", "19:30", "21:00"), ["wonen.energie"])
E("regelingenmarkt-oost", "buurtteam-zonnewijzer", "oost", "regelingenmarkt",
  ("Regelingenmarkt Nijmegen-Oost", "Benefits and schemes fair Nijmegen-Oost"),
  ("Waar hebt u recht op? Op de markt staan organisaties die het u uitleggen. U kunt ook meteen iets aanvragen.",
   "What are you entitled to? At the fair, organisations explain it to you. "
   "You can also apply for something straight away."),
  ("once", "2027-01-23", "10:00", "14:00"), ["geld-schulden.toeslagen-regelingen", "doelgroep-minima"])
E("regelingenmarkt-dukenburg", "buurtteam-kompasroos", "dukenburg", "regelingenmarkt",
  ("Regelingenmarkt Dukenburg", "Benefits and schemes fair Dukenburg"),
  ("Hoor welke toeslagen en regelingen er zijn. Vrijwilligers helpen u met de aanvraag. Er is koffie.",
   "Hear which benefits and schemes there are. Volunteers help you apply. There is coffee."),
  ("once", "2027-02-06", "10:00", "13:00"), ["geld-schulden.toeslagen-regelingen", "doelgroep-minima"])
E("regelingenmarkt-tiel", "buurtteam-de-linde", "tiel-west", "regelingenmarkt",
  ("Regelingenmarkt Tiel-West", "Benefits and schemes fair Tiel-West"),
  ("Organisaties uit Tiel vertellen over toeslagen, regelingen en hulp. Neem gerust iemand mee.",
   "Organisations from Tiel tell you about benefits, schemes and help. Feel free to bring someone."),
  ("once", "2027-01-30", "10:00", "13:00"), ["geld-schulden.toeslagen-regelingen", "doelgroep-minima"])
E("regelingenmarkt-malden", "dorpshuis-de-heidebloem", "malden", "regelingenmarkt",
  ("Regelingenmarkt Malden", "Benefits and schemes fair Malden"),
  ("Op deze ochtend hoort u welke hulp er in Heumen is. Er zijn vrijwilligers die met u meekijken.",
   "This morning you hear what help there is in Heumen. Volunteers are there to look at things with you."),
  ("once", "2027-03-06", "10:00", "13:00"), ["geld-schulden.toeslagen-regelingen", "hulp-en-advies.informatie"])
E("belasting-uitleg", "papierwijs-thuisadministratie", "oost", "themabijeenkomst",
  ("Uw belastingaangifte: wat moet u doen?", "Your tax return: what do you need to do?"),
  ("Wij leggen uit hoe de aangifte werkt. U hoort ook hoe u gratis hulp krijgt.",
   "We explain how the tax return works. You also hear how to get free help."),
  ("once", "2027-03-04", "19:00", "20:30"), ["geld-schulden.belastingaangifte"])
E("kerstmaaltijd-lichtboog", "kerkgemeenschap-de-lichtboog", "oost", "inloop",
  ("Kerstmaaltijd voor iedereen", "Christmas dinner for everyone"),
  ("Niemand hoeft met kerst alleen te zijn. Wij koken een feestelijke maaltijd. Meld u uiterlijk 18 december aan.",
   "Nobody has to be alone at Christmas. We cook a festive meal. Sign up before 18 December."),
  ("once", "2026-12-24", "17:00", "20:00"), ["eten.maaltijden", "eenzaamheid-ontmoeten.inloop"])
E("kerstdiner-kandelaar", "diaconaal-punt-de-kandelaar", "tiel-west", "inloop",
  ("Kerstdiner in Tiel", "Christmas dinner in Tiel"),
  ("Op eerste kerstdag eten we samen. Iedereen is welkom. Bel ons als u opgehaald wilt worden.",
   "On Christmas Day we eat together. Everyone is welcome. Call us if you would like to be picked up."),
  ("once", "2026-12-25", "16:00", "19:00"), ["eten.maaltijden", "eenzaamheid-ontmoeten.inloop"])
E("winterjassen-warme-jasje", "kledingpunt-het-warme-jasje", "oost", "inloop",
  ("Winterjassen ophalen", "Collect a winter coat"),
  ("Haal gratis een warme jas, muts of sjaal. Er is kleding voor volwassenen en kinderen.",
   "Collect a warm coat, hat or scarf for free. There are clothes for adults and children."),
  ("once", "2026-12-05", "10:00", "14:00"), ["kleding-spullen.kleding"])
E("ruilbeurs-kapstok", "kledingbank-de-kapstok", "dukenburg", "inloop",
  ("Ruilbeurs kinderkleding", "Children's clothing swap"),
  ("Ruil kinderkleding die te klein is voor een grotere maat. Neem schone kleding mee.",
   "Swap children's clothes that are too small for a bigger size. Bring clean clothes."),
  ("once", "2027-02-13", "10:00", "12:30"), ["kleding-spullen.kleding", "doelgroep-kinderen"])
E("meedoen-uitleg", "meedoenpot-nijmegen", "oost", "themabijeenkomst",
  ("Sport en muziek voor uw kind: zo vraagt u geld aan", "Sport and music for your child: how to apply for money"),
  ("Wij leggen uit hoe het fonds werkt. U kunt meteen een aanvraag doen met hulp van een vrijwilliger.",
   "We explain how the fund works. You can apply straight away with help from a volunteer."),
  ("once", "2027-01-13", "15:00", "16:30"), ["sport-cultuur.kosten-meedoen", "doelgroep-kinderen"])
E("speelkans-uitleg", "stichting-speelkans-tiel", "tiel-west", "themabijeenkomst",
  ("Meedoen met sport en cultuur: uitleg voor ouders", "Taking part in sport and culture: information for parents"),
  ("Hoor wat het fonds betaalt en hoe u het aanvraagt. Kinderen mogen mee.",
   "Hear what the fund pays for and how to apply. Children are welcome."),
  ("once", "2027-01-20", "15:00", "16:30"), ["sport-cultuur.kosten-meedoen", "doelgroep-kinderen"])
E("januari-tips", "geldmaatjes-oost", "oost", "themabijeenkomst",
  ("Rondkomen in januari", "Making ends meet in January"),
  ("Na de feestdagen is het geld vaak op. Wij geven tips om de maand door te komen.",
   "After the holidays money often runs out. We give tips to get through the month."),
  ("once", "2027-01-07", "19:30", "21:00"), ["geld-schulden.budgetbeheer"])
E("huurders-avond", "rechtshulp-de-rechte-lijn", "oost", "themabijeenkomst",
  ("Uw rechten als huurder", "Your rights as a tenant"),
  ("Wat moet de verhuurder repareren? En wanneer is de huur te hoog? Een jurist legt het uit.",
   "What does the landlord have to repair? And when is the rent too high? A lawyer explains."),
  ("once", "2027-02-10", "19:30", "21:00"), ["juridisch.huurrecht"])
E("verblijf-middag", "juridisch-spreekuur-de-balans", "tiel-west", "themabijeenkomst",
  ("Vragen over verblijf en naturalisatie", "Questions about residence and naturalisation"),
  ("Een deskundige legt de regels uit en beantwoordt vragen. Er zijn tolken voor Arabisch en Tigrinya.",
   "An expert explains the rules and answers questions. There are interpreters for Arabic and Tigrinya."),
  ("once", "2027-03-10", "14:00", "16:00"), ["juridisch.verblijf", "doelgroep-statushouders"])
E("zorgverzekering-avond", "stichting-fit-en-fijn", "dukenburg", "themabijeenkomst",
  ("Zorgverzekering kiezen: wat past bij u?", "Choosing health insurance: what suits you?"),
  ("U kunt tot 31 december overstappen. Wij helpen u een verzekering te kiezen die u kunt betalen.",
   "You can switch until 31 December. We help you choose an insurance you can afford."),
  ("once", "2026-12-09", "19:30", "21:00"), ["gezondheid.zorgkosten"])
E("zzp-avond", "ondernemerssteunpunt-plan-b", "dukenburg", "themabijeenkomst",
  ("Zzp en weinig werk: waar kunt u terecht?", "Self-employed with little work: where can you go?"),
  ("Ondernemers vertellen over regelingen en hulp bij geldzorgen. Daarna is er tijd voor vragen.",
   "Entrepreneurs talk about schemes and help with money worries. After that there is time for questions."),
  ("once", "2027-02-17", "19:30", "21:00"), ["doelgroep-zzp", "geld-schulden"])
E("schoolkosten-ochtend", "oudersteunpunt-de-wieg", "tiel-west", "themabijeenkomst",
  ("Schoolkosten: welke hulp is er?", "School costs: what help is there?"),
  ("Schoolreisjes en spullen zijn duur. Wij vertellen welke hulp er is voor ouders met weinig geld.",
   "School trips and supplies are expensive. We tell you what help there is for parents with little money."),
  ("once", "2027-03-17", "09:00", "10:30"), ["kinderen-gezin.schoolkosten", "doelgroep-minima"])
E("vrijwilligersmarkt", "werkplaats-de-schaaf", "dukenburg", "themabijeenkomst",
  ("Vrijwilligersmarkt", "Volunteering fair"),
  ("Organisaties uit de buurt zoeken vrijwilligers. Kom kijken welk werk bij u past.",
   "Local organisations are looking for volunteers. Come and see which work suits you."),
  ("once", "2027-03-13", "11:00", "14:00"), ["vrijwilligerswerk.vinden"])
E("werk-nieuwkomers-tiel", "stichting-landing-tiel", "tiel-west", "spreekuur",
  ("Spreekuur werk voor nieuwkomers", "Work drop-in for newcomers"),
  ("Wilt u werken? Wij helpen u met een cv en vertellen over vacatures in Tiel.",
   "Do you want to work? We help you with a CV and tell you about vacancies in Tiel."),
  ("once", "2027-02-03", "13:00", "16:00"), ["werk-dagbesteding.werk-zoeken", "doelgroep-statushouders"])
E("mantelzorg-ontspanning", "mantelzorgpunt-de-steunpilaar", "oost", "themabijeenkomst",
  ("Ontspanningsmiddag voor mantelzorgers", "Relaxing afternoon for informal carers"),
  ("Een middag alleen voor u. Met een massage, een goed gesprek en iets lekkers.",
   "An afternoon just for you. With a massage, a good conversation and something tasty."),
  ("once", "2027-02-20", "13:30", "16:30"), ["doelgroep-mantelzorgers"])
E("veilig-bankieren", "digicafe-de-muisklik", "oost", "themabijeenkomst",
  ("Veilig internetbankieren", "Safe online banking"),
  ("Hoe herkent u nepberichten? En hoe betaalt u veilig online? Een vrijwilliger legt het rustig uit.",
   "How do you recognise fake messages? And how do you pay safely online? A volunteer explains it calmly."),
  ("once", "2027-01-28", "14:00", "15:30"), ["digitaal.computer-internet", "doelgroep-ouderen"])
E("oudejaarsmiddag", "inloophuis-de-lantaarn", "oost", "inloop",
  ("Oudejaarsmiddag", "New Year's Eve afternoon"),
  ("Sluit het jaar samen af met oliebollen en muziek. Een bijdrage van € 2 is welkom.",
   "End the year together with doughnuts and music. A contribution of €2 is welcome."),
  ("once", "2026-12-31", "14:00", "17:00"), ["eenzaamheid-ontmoeten.inloop"], free=False)
E("bijbaan-workshop", "jongerenplek-het-perron", "oost", "themabijeenkomst",
  ("Workshop: een bijbaan vinden", "Workshop: finding a side job"),
  ("Voor jongeren van 15 tot 23 jaar. U maakt een cv en oefent een gesprek.",
   "For young people aged 15 to 23. You make a CV and practise an interview."),
  ("once", "2027-02-24", "16:00", "18:00"), ["jongeren.school-werk", "doelgroep-jongeren"])
E("voorlezen-kerstvakantie", "taalcafe-de-praatpaal", "oost", "taalcafe",
  ("Voorlezen in de kerstvakantie", "Reading aloud in the Christmas holidays"),
  ("Een vrijwilliger leest voor uit prentenboeken. Voor kinderen van 2 tot 6 jaar met hun ouders.",
   "A volunteer reads aloud from picture books. For children aged 2 to 6 with their parents."),
  ("once", "2026-12-29", "10:30", "11:30"), ["taal", "doelgroep-kinderen"])
E("kennismaken-winkelmand", "sociale-supermarkt-de-winkelmand", "dukenburg", "inloop",
  ("Kennismaken met de sociale supermarkt", "Get to know the social supermarket"),
  ("Kijk rond in de winkel en stel uw vragen. U hoort ook hoe u een pasje krijgt.",
   "Look around the shop and ask your questions. You also hear how to get a card."),
  ("once", "2027-01-16", "10:00", "12:00"), ["eten.sociale-supermarkt"])
E("cursus-geld-tiel", "geldmaatjes-tiel-west", "tiel-west", "themabijeenkomst",
  ("Start cursus rondkomen met uw geld", "Start of the course: making ends meet"),
  ("De eerste van 4 avonden over geld. U leert een overzicht maken en besparen. Meld u vooraf aan.",
   "The first of 4 evenings about money. You learn to make an overview and save money. Sign up in advance."),
  ("once", "2027-02-09", "19:00", "21:00"), ["geld-schulden.budgetbeheer"])

# ---------------------------------------------------------------------------------------------------------------
# Building the documents
# ---------------------------------------------------------------------------------------------------------------

LOCATION_NOTES = [
    ("De ingang is aan de achterkant van het gebouw.", "The entrance is at the back of the building."),
    ("U vindt ons naast de basisschool.", "You can find us next to the primary school."),
    ("Volg de borden in de hal.", "Follow the signs in the hall."),
    ("Bel aan bij de groene deur.", "Ring the bell at the green door."),
    ("U vindt ons in het winkelcentrum, naast de apotheek.", "You can find us in the shopping centre, "
                                                              "next to the pharmacy."),
    ("Wij zitten in zaal 2 van het gebouw.", "We are in room 2 of the building."),
    ("De ingang is naast het speelveld.", "The entrance is next to the playing field."),
]
TRANSPORT_NOTES = [
    ("Er is een bushalte op 2 minuten lopen.", "There is a bus stop 2 minutes' walk away."),
    ("U kunt uw fiets kwijt naast de ingang.", "You can park your bicycle next to the entrance."),
    ("U kunt gratis parkeren voor de deur.", "You can park for free in front of the door."),
    ("De bushalte is op 5 minuten lopen. Parkeren kan in de straat.",
     "The bus stop is 5 minutes' walk away. You can park in the street."),
]
# Accessibility uses a fixed vocabulary in `description` (see README); `details` explains.
ACCESS_PROFILES = [
    (55, [("Rolstoeltoegankelijk", "De ingang is gelijkvloers en de deuren zijn breed."),
          ("Aangepast toilet", "Er is een toilet voor mensen in een rolstoel.")]),
    (10, [("Rolstoeltoegankelijk", "Wij zitten op de eerste verdieping. Er is een lift."),
          ("Lift", "De lift is naast de ingang.")]),
    (20, [("Drempel bij de ingang", "Er is een drempel van ongeveer 5 centimeter. Wij helpen u graag naar binnen.")]),
    (15, [("Niet rolstoeltoegankelijk", "Wij zitten op de eerste verdieping. Er is geen lift.")]),
]
ACCESS_EXTRAS = [("Ringleiding", "Er is een ringleiding voor mensen met een hoortoestel."),
                 ("Invalidenparkeerplaats", "Er is een invalidenparkeerplaats voor de deur.")]


def phone_number(n):
    return "088 000 %04d" % n


def parse_slot(text):
    """"MO,WE 09:00-12:00" -> ("WEEKLY", "MO,WE", "09:00", "12:00"); "M 1SA 10:00-13:00" -> ("MONTHLY", ...)."""
    parts = text.split()
    freq = "WEEKLY"
    if parts[0] == "M":
        freq = "MONTHLY"
        parts = parts[1:]
    opens, closes = parts[1].split("-")
    return freq, parts[0], opens, closes


def nl_time(hhmm):
    h, m = hhmm.split(":")
    return "%d.%s" % (int(h), m)


def en_time(hhmm):
    h, m = hhmm.split(":")
    return "%d:%s" % (int(h), m)


def join_words(words, last):
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


def day_phrases(byday):
    days = byday.split(",")
    if days == ["MO", "TU", "WE", "TH", "FR"]:
        return "maandag tot en met vrijdag", "Monday to Friday"
    return join_words([DAYS_NL[d] for d in days], " en "), join_words([DAYS_EN[d] for d in days], " and ")


def schedule_texts(freq, byday, opens, closes, prefix, place):
    if freq == "MONTHLY":
        m = re.fullmatch(r"(-?\d)([A-Z]{2})", byday)
        nl = "iedere %s %s van de maand" % (ORDINAL_NL[m.group(1)], DAYS_NL[m.group(2)])
        en = "every %s %s of the month" % (ORDINAL_EN[m.group(1)], DAYS_EN[m.group(2)])
    else:
        nl, en = day_phrases(byday)
    nl = "%s van %s tot %s uur" % (nl, nl_time(opens), nl_time(closes))
    en = "%s, %s to %s" % (en, en_time(opens), en_time(closes))
    heads = []
    if place:
        heads.append(("In %s" % place, "In %s" % place))
    if prefix == "afspraak":
        heads.append(("op afspraak" if heads else "Op afspraak", "by appointment" if heads else "By appointment"))
    elif prefix == "telefoon":
        heads.append(("telefonisch bereikbaar" if heads else "Telefonisch bereikbaar",
                      "by phone" if heads else "By phone"))
    if heads:
        return " ".join(h[0] for h in heads) + ": " + nl, ", ".join(h[1] for h in heads) + ": " + en
    return nl[0].upper() + nl[1:], en


def postcode(rng, area):
    while True:
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            return "%d %s" % (rng.choice(AREAS[area]["pc4"]), letters)


def pick_weighted(rng, profiles):
    total = sum(w for w, _ in profiles)
    r = rng.uniform(0, total)
    for weight, value in profiles:
        r -= weight
        if r <= 0:
            return value
    return profiles[-1][1]


def languages(owner_key, codes, field, owner_id):
    result = []
    for code in codes:
        result.append({"id": uid(owner_key, "language", code), field: owner_id, "name": LANGUAGES[code], "code": code})
    return result


def dedupe(items):
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


# Next steps (taxonomy kind next_step), read from how a template says to apply. Explicit rules, so a reader can check
# every listing: "Loop binnen" is walking in, "Bel" is calling, and so on.
def next_steps(template):
    text = template["apply"][0].lower()
    steps = []
    if "loop binnen" in text or "loop even binnen" in text or text.startswith("kom naar"):
        steps.append("stap.binnenlopen")
    if text.startswith("bel") or " bel " in text or "bel ons" in text or "per telefoon" in text or template["prefix"] == "telefoon":
        steps.append("stap.bellen")
    if "afspraak" in text or template["prefix"] == "afspraak":
        steps.append("stap.afspraak")
    if "verwijzing" in text or "om de aanvraag te doen" in text:
        steps.append("stap.verwijzing")
    return steps


# Accessibility features of a location (taxonomy kind accessibility), by the description the location carries.
ACCESS_TERMS = {
    "Rolstoeltoegankelijk": "toegang.rolstoel",
    "Lift": "toegang.lift",
    "Aangepast toilet": "toegang.toilet",
    "Ringleiding": "toegang.ringleiding",
    "Invalidenparkeerplaats": "toegang.parkeren",
}


def build(codes):
    organizations, translations, counters = [], {}, {"services": 0, "locations": 0, "schedules": 0}
    service_index = 0
    for org_index, org in enumerate(ORGS):
        slug = org["slug"]
        oid = uid("organization", slug)
        email = "%s@voorbeeld.demo" % slug
        main_number = 1000 + 10 * org_index
        org_langs = dedupe(["nl"] + org["langs"])

        # locations
        locations, location_ids = [], {}
        for k, area in enumerate(org["areas"]):
            rng = random.Random("location/%s/%s" % (slug, area))
            lid = uid("location", slug, area)
            location_ids[area] = lid
            if org["places"] and k < len(org["places"]):
                name = org["places"][k]
            else:
                name = org["name"] if k == 0 else "%s %s" % (org["name"], AREAS[area]["name"])
            note = rng.choice(LOCATION_NOTES)
            transport = rng.choice(TRANSPORT_NOTES)
            number = str(rng.randint(1, 180)) + (rng.choice(["a", "b"]) if rng.random() < 0.12 else "")
            access = list(pick_weighted(rng, ACCESS_PROFILES))
            if rng.random() < 0.35:
                access.append(rng.choice(ACCESS_EXTRAS))
            location = {
                "id": lid,
                "location_type": "physical",
                "organization_id": oid,
                "name": name,
                "description": note[0],
                "transportation": transport[0],
                "latitude": round(AREAS[area]["lat"] + rng.uniform(-0.009, 0.009), 5),
                "longitude": round(AREAS[area]["lon"] + rng.uniform(-0.009, 0.009), 5),
                "languages": languages(lid, org_langs, "location_id", lid),
                "addresses": [{
                    "id": uid(lid, "address"),
                    "location_id": lid,
                    "address_1": "%s %s" % (rng.choice(AREAS[area]["streets"]), number),
                    "city": AREAS[area]["city"],
                    "state_province": "Gelderland",
                    "postal_code": postcode(rng, area),
                    "country": "NL",
                    "address_type": "physical",
                }],
                "accessibility": [{"id": uid(lid, "accessibility", str(i)), "location_id": lid,
                                   "description": d, "details": details} for i, (d, details) in enumerate(access)],
            }
            access_codes = dedupe(ACCESS_TERMS[d] for d, _ in access if d in ACCESS_TERMS)
            if access_codes:
                location["attributes"] = [{"id": uid(lid, "attribute", code), "taxonomy_term_id": term_id(code),
                                           "link_entity": "location", "link_id": lid} for code in access_codes]
            locations.append(location)
            translations[lid] = {"name": name, "description": note[1], "transportation": transport[1]}
            counters["locations"] += 1

        # services
        services = []
        for j, key in enumerate(org["services"]):
            t = TEMPLATES[key]
            sid = uid("service", slug, key)
            rng = random.Random("service/%s/%s" % (slug, key))
            where = org["second"].get(key)
            if len(org["areas"]) == 1 or where is None:
                areas = org["areas"][:1]
            elif where == "both":
                areas = org["areas"][:2]
            else:
                areas = org["areas"][1:2]
            slot_set = t["slots"][(org_index + j) % len(t["slots"])]
            schedules = []
            for area in areas:
                place = AREAS[area]["name"] if len(areas) > 1 else None
                for n, slot in enumerate(slot_set):
                    freq, byday, opens, closes = parse_slot(slot)
                    nl, en = schedule_texts(freq, byday, opens, closes, t["prefix"], place)
                    schedule = {"id": uid(sid, "schedule", area, str(n)), "service_id": sid}
                    if len(areas) > 1:
                        schedule["location_id"] = location_ids[area]
                        schedule["service_at_location_id"] = uid(sid, "service_at_location", area)
                    schedule.update({"freq": freq, "byday": byday, "opens_at": opens, "closes_at": closes,
                                     "description": nl})
                    schedules.append(schedule)
                    translations[schedule["id"]] = {"description": en}
                    counters["schedules"] += 1
            if service_index % 10 == 7:  # about 10%: not verified for more than 12 months
                assured = dt.date(2024, 9, 2) + dt.timedelta(days=rng.randint(0, 430))
            else:
                assured = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 319))
            service_index += 1
            if t["prefix"] in ("afspraak", "telefoon") and j > 0:
                number = main_number + j
            else:
                number = main_number
            (fees_nl, fees_en), options = FEES[t["fees"]]
            service = {
                "id": sid,
                "organization_id": oid,
                "name": t["name"][0],
                "description": t["desc"][0],
                "url": "https://%s.voorbeeld.demo/%s" % (slug, key),
                "email": email,
                "status": "temporarily closed" if key in org["closed"] else "active",
                "application_process": t["apply"][0],
                "fees_description": fees_nl,
            }
            if t["elig"]:
                service["eligibility_description"] = t["elig"][0]
            if t["age"]:
                if t["age"][0] is not None:
                    service["minimum_age"] = t["age"][0]
                if t["age"][1] is not None:
                    service["maximum_age"] = t["age"][1]
            service["assured_date"] = assured.isoformat()
            service["assurer_email"] = ASSURER
            if key in org["closed"]:
                service["alert"] = org["closed"][key][0]
            service["phones"] = [{"id": uid(sid, "phone"), "service_id": sid, "number": phone_number(number),
                                  "type": "voice", "description": PHONE_NOTE}]
            service["schedules"] = schedules
            service["service_areas"] = [{"id": uid(sid, "service_area", m), "service_id": sid, "name": m}
                                        for m in dedupe(AREAS[a]["municipality"] for a in areas)]
            service["service_at_locations"] = [{"id": uid(sid, "service_at_location", a), "service_id": sid,
                                                "location_id": location_ids[a]} for a in areas]
            service["languages"] = languages(sid, dedupe(["nl"] + t["langs"] + org["langs"]), "service_id", sid)
            cost_options = []
            for n, (option, amount, amount_description) in enumerate(options):
                cost = {"id": uid(sid, "cost_option", str(n)), "service_id": sid, "option": option}
                if amount is not None:
                    cost["amount"] = amount
                cost["currency"] = "EUR"
                if amount_description:
                    cost["amount_description"] = amount_description
                cost_options.append(cost)
            service["cost_options"] = cost_options
            service["required_documents"] = [{"id": uid(sid, "required_document", d), "service_id": sid,
                                              "document": d} for d in t["docs"]]
            for code in t["needs"]:
                if code not in codes:
                    raise SystemExit("template %s: unknown taxonomy code %s" % (key, code))
            service["attributes"] = [{"id": uid(sid, "attribute", code), "taxonomy_term_id": term_id(code),
                                      "link_entity": "service", "link_id": sid}
                                     for code in dedupe(t["needs"] + next_steps(t))]
            services.append(service)
            tr = {"name": t["name"][1], "description": t["desc"][1], "application_process": t["apply"][1],
                  "fees_description": fees_en}
            if t["elig"]:
                tr["eligibility_description"] = t["elig"][1]
            if key in org["closed"]:
                tr["alert"] = org["closed"][key][1]
            translations[sid] = tr
            counters["services"] += 1

        organization = {
            "id": oid,
            "name": org["name"],
            "description": org["desc"][0] + DEMO_SUFFIX_NL,
            "email": email,
            "website": "https://%s.voorbeeld.demo" % slug,
            "year_incorporated": org["year"],
            "phones": [{"id": uid(oid, "phone"), "organization_id": oid, "number": phone_number(main_number),
                        "type": "voice", "description": PHONE_NOTE}],
            "contacts": [{"id": uid(oid, "contact"), "organization_id": oid, "title": "Coördinator",
                          "email": "%s.coordinator@voorbeeld.demo" % slug,
                          "phones": [{"id": uid(oid, "contact", "phone"), "contact_id": uid(oid, "contact"),
                                      "number": phone_number(main_number + 9), "type": "voice",
                                      "description": PHONE_NOTE}]}],
            "locations": locations,
            "services": services,
        }
        if org["year"] is None:
            del organization["year_incorporated"]
        organizations.append(organization)
        translations[oid] = {"name": org["name"], "description": org["desc"][1] + DEMO_SUFFIX_EN}
    return organizations, translations, counters


def first_occurrence(byday, start):
    """First date on or after start that matches BYDAY (weekly: "TH" or "MO,WE"; monthly: "1SA", "-1TH")."""
    day = start
    while True:
        code = DAY_ORDER[day.weekday()]
        m = re.fullmatch(r"(-?\d)([A-Z]{2})", byday)
        if m:
            n, wd = int(m.group(1)), m.group(2)
            if code == wd:
                if n > 0 and (day.day - 1) // 7 + 1 == n:
                    return day
                if n < 0 and (day + dt.timedelta(days=7)).month != day.month:
                    return day
        elif code in byday.split(","):
            return day
        day += dt.timedelta(days=1)


def build_events(organizations, codes):
    orgs = {o["id"]: o for o in organizations}
    events = []
    for e in EVENTS:
        oid = uid("organization", e["org"])
        if oid not in orgs:
            raise SystemExit("event %s: unknown organisation %s" % (e["key"], e["org"]))
        lid = uid("location", e["org"], e["area"])
        if lid not in {l["id"] for l in orgs[oid]["locations"]}:
            raise SystemExit("event %s: organisation %s has no location in %s" % (e["key"], e["org"], e["area"]))
        for code in e["needs"]:
            if code not in codes:
                raise SystemExit("event %s: unknown taxonomy code %s" % (e["key"], code))
        when = e["when"]
        rrule = None
        if when[0] == "once":
            day = dt.date.fromisoformat(when[1])
        else:
            day = first_occurrence(when[1], EVENT_FROM)
            if when[0] == "weekly":
                interval = ";INTERVAL=%d" % when[4] if len(when) > 4 else ""
                rrule = "FREQ=WEEKLY%s;BYDAY=%s;UNTIL=%s" % (interval, when[1], UNTIL)
            else:
                rrule = "FREQ=MONTHLY;BYDAY=%s;UNTIL=%s" % (when[1], UNTIL)
        event = {
            "id": uid("event", e["org"], e["key"]),
            "organization_id": oid,
            "location_id": lid,
            "kind": e["kind"],
            "title_nl": e["title"][0],
            "title_en": e["title"][1],
            "description_nl": e["desc"][0],
            "description_en": e["desc"][1],
            "starts_at": "%sT%s" % (day.isoformat(), when[2]),
            "ends_at": "%sT%s" % (day.isoformat(), when[3]),
        }
        if rrule:
            event["rrule"] = rrule
        event["need_codes"] = e["needs"]
        event["free"] = e["free"]
        events.append(event)
    return events


def read_codes():
    if not NEEDS_CSV.exists():
        raise SystemExit("missing %s (the needs taxonomy)" % NEEDS_CSV)
    with NEEDS_CSV.open(encoding="utf-8", newline="") as f:
        return {row["code"]: row for row in csv.DictReader(f)}


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# Checks (--check)
# ---------------------------------------------------------------------------------------------------------------

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URI_RE = re.compile(r"^[a-z][a-z0-9+.-]*://[^\s]+$")
RRULE_RE = re.compile(r"^FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$")  # as in the sm_event table
LOCAL_TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")
EVENT_KINDS = {"spreekuur", "inloop", "themabijeenkomst", "taalcafe", "regelingenmarkt"}
PC4_RANGES = {"oost": (6522, 6524), "dukenburg": (6535, 6538), "tiel-west": (4001, 4007), "malden": (6581, 6581)}
NOT_U_FORM = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)


def strict(schema):
    """additionalProperties: false on every schema object with properties (as the HSDS CI and HsdsSchemas.java)."""
    if isinstance(schema, dict):
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        for value in schema.values():
            strict(value)
    elif isinstance(schema, list):
        for value in schema:
            strict(value)
    return schema


def mini_validate(schema, instance, path, errors):
    """The JSON Schema subset the compiled HSDS schemas use: type, enum, format, required, properties,
    additionalProperties, items."""
    kind = schema.get("type")
    ok = {
        None: True,
        "object": isinstance(instance, dict),
        "array": isinstance(instance, list),
        "string": isinstance(instance, str),
        "number": isinstance(instance, (int, float)) and not isinstance(instance, bool),
        "integer": isinstance(instance, int) and not isinstance(instance, bool),
        "boolean": isinstance(instance, bool),
    }.get(kind, False)
    if not ok:
        errors.append("%s: is not of type %s" % (path, kind))
        return
    if "enum" in schema and instance not in schema["enum"]:
        errors.append("%s: %r is not one of %r" % (path, instance, schema["enum"]))
    fmt = schema.get("format")
    if fmt and isinstance(instance, str):
        valid = {
            "uuid": lambda v: bool(UUID_RE.match(v)),
            "date": lambda v: bool(DATE_RE.match(v)) and bool(dt.date.fromisoformat(v)),
            "date-time": lambda v: bool(re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", v)),
            "email": lambda v: bool(EMAIL_RE.match(v)),
            "uri": lambda v: bool(URI_RE.match(v)),
        }.get(fmt, lambda v: True)(instance)
        if not valid:
            errors.append("%s: %r is not a valid %s" % (path, instance, fmt))
    if isinstance(instance, dict):
        for name in schema.get("required", []):
            if name not in instance:
                errors.append("%s: %r is a required property" % (path, name))
        properties = schema.get("properties", {})
        for name, value in instance.items():
            if name in properties:
                mini_validate(properties[name], value, "%s.%s" % (path, name), errors)
            elif schema.get("additionalProperties") is False:
                errors.append("%s: additional property %r is not allowed" % (path, name))
    if isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for i, item in enumerate(instance):
            mini_validate(schema["items"], item, "%s[%d]" % (path, i), errors)


def schema_errors(organizations):
    schema = strict(json.loads(HSDS_SCHEMA.read_text(encoding="utf-8")))
    results = {}
    mini = []
    for i, org in enumerate(organizations):
        mini_validate(schema, org, "contents[%d]" % i, mini)
    results["built-in validator"] = mini
    try:
        import jsonschema
    except ImportError:
        return results
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = []
    for i, org in enumerate(organizations):
        for error in validator.iter_errors(org):
            errors.append("contents[%d]%s: %s" % (i, "".join("[%r]" % p for p in error.absolute_path), error.message))
    try:
        from importlib.metadata import version
        name = "jsonschema %s" % version("jsonschema")
    except Exception:  # noqa: BLE001 - the version is only for the report
        name = "jsonschema"
    results[name + " (Draft 2020-12, format checker)"] = errors
    return results


def sentences(text):
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def check(organizations, translations, events, codes):
    problems, warnings = [], []
    term_ids = {term_id(c) for c in codes}
    ids = []

    def collect(node):
        if isinstance(node, dict):
            if "id" in node:
                ids.append(node["id"])
                if not UUID_RE.match(str(node["id"])):
                    problems.append("id is not a UUID: %r" % node["id"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(organizations)
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids: %d" % (len(ids) - len(set(ids))))

    expected_keys = set()
    dutch_texts = []
    services = [s for o in organizations for s in o["services"]]
    old = [s for s in services if s["assured_date"] < "2025-11-25"]
    if not 0.05 <= len(old) / len(services) <= 0.15:
        problems.append("%d of %d services not verified for 12 months (want about 10%%)" % (len(old), len(services)))
    for org in organizations:
        expected_keys.add(org["id"])
        if not org["description"].endswith(DEMO_SUFFIX_NL):
            problems.append("%s: description lacks the demo sentence" % org["name"])
        dutch_texts.append((org["name"], org["description"]))
        for value in (org["email"], org["contacts"][0]["email"]):
            if not value.endswith("@voorbeeld.demo"):
                problems.append("%s: e-mail %s" % (org["name"], value))
        if not re.fullmatch(r"https://[a-z0-9-]+\.voorbeeld\.demo", org["website"]):
            problems.append("%s: website %s" % (org["name"], org["website"]))
        location_ids = set()
        for location in org["locations"]:
            expected_keys.add(location["id"])
            location_ids.add(location["id"])
            address = location["addresses"][0]
            pc4 = int(address["postal_code"][:4])
            area = next(a for a, (lo, hi) in PC4_RANGES.items() if lo <= pc4 <= hi)
            if abs(location["latitude"] - AREAS[area]["lat"]) > 0.0105 or \
                    abs(location["longitude"] - AREAS[area]["lon"]) > 0.0105:
                problems.append("%s: coordinates outside %s" % (location["name"], area))
            if not re.fullmatch(r"\d{4} [A-Z]{2}", address["postal_code"]):
                problems.append("%s: postcode %s" % (location["name"], address["postal_code"]))
            dutch_texts.append((location["name"], location["description"] + " " + location["transportation"]))
        for service in org["services"]:
            expected_keys.add(service["id"])
            for sal in service["service_at_locations"]:
                if sal["location_id"] not in location_ids:
                    problems.append("%s: service_at_location to a location of another organisation" % service["name"])
            if not service["service_at_locations"]:
                problems.append("%s: at no location" % service["name"])
            for attribute in service["attributes"]:
                if attribute["taxonomy_term_id"] not in term_ids or attribute["link_id"] != service["id"]:
                    problems.append("%s: bad attribute %s" % (service["name"], attribute))
            for phone in service["phones"]:
                if not re.fullmatch(r"088 000 \d{4}", phone["number"]):
                    problems.append("%s: phone %s" % (service["name"], phone["number"]))
            for schedule in service["schedules"]:
                expected_keys.add(schedule["id"])
                dutch_texts.append((service["name"], schedule["description"]))
            for field in ("description", "application_process", "fees_description", "eligibility_description",
                          "alert"):
                if field in service:
                    dutch_texts.append((service["name"], service[field]))
    keys = set(translations)
    if keys != expected_keys:
        problems.append("translations: %d missing, %d unknown ids"
                        % (len(expected_keys - keys), len(keys - expected_keys)))
    for key, fields in translations.items():
        if not fields.get("name", "x") or not all(isinstance(v, str) and v for v in fields.values()):
            problems.append("translation %s: empty field" % key)

    org_locations = {o["id"]: {l["id"] for l in o["locations"]} for o in organizations}
    recurring = 0
    for event in events:
        where = "event %s" % event["title_nl"]
        if event["kind"] not in EVENT_KINDS:
            problems.append(where + ": kind")
        if event["location_id"] not in org_locations.get(event["organization_id"], set()):
            problems.append(where + ": location")
        for field in ("starts_at", "ends_at"):
            if not LOCAL_TIME_RE.match(event[field]):
                problems.append(where + ": " + field)
        start = dt.datetime.fromisoformat(event["starts_at"])
        end = dt.datetime.fromisoformat(event["ends_at"])
        if not (EVENT_FROM <= start.date() <= EVENT_TO and end > start):
            problems.append(where + ": dates")
        if "rrule" in event:
            recurring += 1
            if not RRULE_RE.match(event["rrule"]):
                problems.append(where + ": rrule")
            byday = re.search(r"BYDAY=([^;]+)", event["rrule"]).group(1)
            if first_occurrence(byday, start.date()) != start.date():
                problems.append(where + ": starts_at does not match BYDAY")
        for code in event["need_codes"]:
            if code not in codes:
                problems.append(where + ": need code " + code)
        dutch_texts.append((event["title_nl"], event["description_nl"]))
    if not 0.4 <= recurring / len(events) <= 0.6:
        problems.append("%d of %d events recur (want about half)" % (recurring, len(events)))

    for owner, text in dutch_texts:
        if NOT_U_FORM.search(text):
            problems.append("%s: not the u-form: %s" % (owner, text))
        for sentence in sentences(text):
            words = len(re.findall(r"[\w€'-]+", sentence))
            if words > 15:
                warnings.append("%s: %d words: %s" % (owner, words, sentence))
    if len(organizations) < 60 or len(services) < 150 or len(events) < 40:
        problems.append("too few: %d organisations, %d services, %d events"
                        % (len(organizations), len(services), len(events)))
    return problems, sorted(set(warnings))


# ---------------------------------------------------------------------------------------------------------------
# README and main
# ---------------------------------------------------------------------------------------------------------------

def readme(organizations, translations, events, counters):
    services = [s for o in organizations for s in o["services"]]
    per_area = {}
    for org in organizations:
        for location in org["locations"]:
            pc4 = int(location["addresses"][0]["postal_code"][:4])
            area = next(a for a, (lo, hi) in PC4_RANGES.items() if lo <= pc4 <= hi)
            per_area[area] = per_area.get(area, 0) + 1
    services_per_area = {}
    location_area = {}
    for org in organizations:
        for location in org["locations"]:
            pc4 = int(location["addresses"][0]["postal_code"][:4])
            location_area[location["id"]] = next(a for a, (lo, hi) in PC4_RANGES.items() if lo <= pc4 <= hi)
    for service in services:
        for area in dedupe(location_area[s["location_id"]] for s in service["service_at_locations"]):
            services_per_area[area] = services_per_area.get(area, 0) + 1
    old = sum(1 for s in services if s["assured_date"] < "2025-11-25")
    closed = sum(1 for s in services if s["status"] != "active")
    walk_in = sum(1 for s in services if s["application_process"].startswith("Loop binnen"))
    free = sum(1 for s in services if s["fees_description"].startswith("Gratis"))
    recurring = sum(1 for e in events if "rrule" in e)
    kinds = {}
    for e in events:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    wheelchair = sum(1 for o in organizations for l in o["locations"]
                     if any(a["description"] == "Rolstoeltoegankelijk" for a in l["accessibility"]))
    area_rows = "\n".join("| %s | %d | %d |" % (AREAS[a]["name"], per_area.get(a, 0), services_per_area.get(a, 0))
                          for a in AREAS)
    kind_list = ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds))
    return f"""<!-- SPDX-License-Identifier: EUPL-1.2 -->
<!-- SPDX-FileCopyrightText: 2026 Schakel contributors -->

# Demo data of the sociale kaart

**Everything here is fictional.** The organisations, their names, addresses, phone numbers, e-mail addresses and
websites do not exist. Every organisation's description ends with "(Demo: deze organisatie bestaat niet.)".
Phone numbers are `088 000 ....` and say "Demo: dit nummer bestaat niet."; e-mail addresses end in
`@voorbeeld.demo`; websites are `https://<slug>.voorbeeld.demo`. Street names are common Dutch street names with
made-up house numbers; postcodes and coordinates only *look* like the neighbourhood. No real person is named.

Demo region: Nijmegen (CBS 0268) with Nijmegen-Oost and Dukenburg, Tiel (0281) with Tiel-West, and a few
services in Malden (Heumen, 0252).

Generated by `ops/demo-data/generate.py` (Python 3, standard library only). Do not edit these files by hand:

```sh
python3 ops/demo-data/generate.py            # regenerate (same output every run)
python3 ops/demo-data/generate.py --check    # regenerate and validate
```

## Files

| File | What | Count |
|---|---|---|
| `organizations.json` | `{{"contents": [...]}}`: Open Referral HSDS 3.0 organisations in the nested ("full") form, each with its `locations` and `services` | {len(organizations)} organisations, {counters["locations"]} locations, {counters["services"]} services, {counters["schedules"]} schedules |
| `translations.en.json` | English texts: `{{"<id>": {{"<field>": "..."}}}}` | {len(translations)} ids |
| `events.json` | `{{"events": [...]}}`: live bijeenkomsten (meetings, drop-ins) | {len(events)} events |

### Where

| Neighbourhood | Locations | Services offered there |
|---|---|---|
{area_rows}

## organizations.json

- Valid against the compiled HSDS 3.0 `organization.json` schema made strict (`additionalProperties: false` on
  every object with `properties`, as the HSDS CI and `HsdsSchemas.java` do). `--check` validates it.
- Every `id` is a UUID: `uuid5({DEMO_NS}, "<path>")`, e.g. `uuid5(ns, "organization/<slug>")`, so ids stay the
  same between runs.
- Services link to the needs taxonomy (`src/main/resources/socialmap/taxonomy/needs.csv`) through `attributes`:
  `taxonomy_term_id = uuid5({TAXONOMY_NS}, "schakel-needs:" + code)`, `link_entity` "service",
  `link_id` the service id. Both need codes and target group codes (`doelgroep-...`) are used.
- Texts are plain Dutch (B1, "u"). `application_process` is the next step; walk-in services start with
  "Loop binnen" ({walk_in} services). `fees_description` starts with "Gratis" for free services ({free});
  `cost_options` carry `amount` in EUR ("Met Stadspas" is the reduced price).
- `assured_date` is the last-verified date. {old} services ({round(100 * old / len(services))}%) were last verified
  before 25 November 2025, so they count as "not verified for 12 months". {closed} services have `status`
  "temporarily closed" and an `alert`.
- `schedules` are weekly (`freq` WEEKLY, `byday` "MO,WE") or monthly (`byday` "1SA" = first Saturday), with
  `opens_at`/`closes_at` in local time and a Dutch `description`. A service at two locations has one schedule per
  location (`location_id` and `service_at_location_id` set). Schedules sit on the service, not on the location.
- Locations are `physical`, with one `physical` address, coordinates and `languages` spoken. `accessibility`
  uses a fixed vocabulary in `description` (the `details` explain in Dutch): "Rolstoeltoegankelijk"
  (wheelchair accessible), "Lift", "Aangepast toilet" (accessible toilet), "Drempel bij de ingang" (step at the
  entrance), "Niet rolstoeltoegankelijk" (not wheelchair accessible), "Ringleiding" (hearing loop),
  "Invalidenparkeerplaats" (disabled parking). {wheelchair} of {counters["locations"]} locations are wheelchair
  accessible.

## translations.en.json

English for every organisation (`name`, `description`), service (`name`, `description`, `application_process`,
`fees_description`, and `eligibility_description` / `alert` where the service has one), location (`name`,
`description`, `transportation`) and schedule (`description`). Only these four kinds of id occur, so the file
can be imported with `Directory.importTranslations("en", ...)`. Proper names stay Dutch.

## events.json

`{{"events": [...]}}`, each with `id`, `organization_id`, `location_id` (a location of that organisation), `kind`
(one of spreekuur, inloop, themabijeenkomst, taalcafe, regelingenmarkt), `title_nl`, `title_en`,
`description_nl`, `description_en`, `starts_at` and `ends_at` (Europe/Amsterdam local time, no offset),
optional `rrule` (iCalendar RRULE; `starts_at` is the first occurrence, on or after 26 November 2026, and
recurrence ends `UNTIL=20270331T235959Z`), `need_codes` (taxonomy codes) and `free`. Fits the `sm_event` table.

{len(events)} events ({kind_list}); {recurring} recur, {len(events) - recurring} happen once. All dates are between
26 November 2026 and 31 March 2027.
"""


def main(argv):
    codes = read_codes()
    organizations, translations, counters = build(codes)
    events = build_events(organizations, codes)
    OUT.mkdir(parents=True, exist_ok=True)
    write_json(OUT / "organizations.json", {"contents": organizations})
    write_json(OUT / "translations.en.json", translations)
    write_json(OUT / "events.json", {"events": events})
    (OUT / "README.md").write_text(readme(organizations, translations, events, counters), encoding="utf-8")
    print("%d organisations, %d services, %d locations, %d schedules, %d events, %d translated ids"
          % (len(organizations), counters["services"], counters["locations"], counters["schedules"], len(events),
             len(translations)))
    if "--check" in argv:
        failed = False
        for name, errors in schema_errors(organizations).items():
            print("HSDS 3.0 strict, %s: %s" % (name, "valid" if not errors else "%d errors" % len(errors)))
            for error in errors[:20]:
                print("  " + error)
            failed |= bool(errors)
        problems, warnings = check(organizations, translations, events, codes)
        for problem in problems:
            print("problem: " + problem)
        for warning in warnings:
            print("long sentence: " + warning)
        print("checks: %d problems, %d sentences longer than 15 words" % (len(problems), len(warnings)))
        failed |= bool(problems)
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
