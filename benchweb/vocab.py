# Word lists for the benchmark web's invented prose: names, places, organisations, topics.
# Everything here was written for this project; no outlet's text is copied.
"""Invented vocabulary the prose generator combines.

The lists are long on purpose: two unrelated articles share a 5-word shingle
only where they pick the same run of words, so every slot that can vary draws
from dozens of choices (see :mod:`benchweb.text`).
"""

from __future__ import annotations

FIRST_NAMES = (
    "Mara Tobias Ines Caleb Ruth Anselm Priya Dorian Lena Oskar Nadia Felix Imogen Rafael Selma Jonah "
    "Ada Milo Thea Corin Esme Gideon Vera Lucan Noor Ambrose Hazel Idris Juno Cassius Leona Bram Odile "
    "Silas Wren Matteo Yara Emrys Livia Teodor Saoirse Benedikt Amara Quentin Elodie Marek Zora Casimir "
    "Freya Lorcan Anouk Ilario Tamsin Oren Greta Evander Mirela Rowan Dalia Hollis Sunniva Keiran Paloma "
    "Alder Bettina Cyrus Delphine Eamon Fenna Gavril Honora Ivo Jessamy Kasper Linnea Magnus Nerys Orla "
    "Piet Rosalind Stellan Tova Ulric Verity Wendell Xanthe Yusuf Zelda Aurelio Brisa Conall Dagny Ebba"
).split()

SURNAMES = (
    "Voss Harrow Quillan Abernathy Okafor Lindqvist Marchetti Halloran Brightwater Castellane Dunmore "
    "Ellery Fairbairn Gallant Hennessey Ivers Jarrow Kettleby Larkspur Mablethorpe Nakagawa Ormsby "
    "Pellegrini Quarrie Rasmussen Sallow Thistlewood Underhill Vantongeren Wexley Yarborough Zeller "
    "Ashdown Blackmore Carrow Delacroix Eastwick Fennimore Greenhalgh Holloway Inglewood Jessop Kaminski "
    "Lockhart Merriweather Northcote Oyelaran Penhaligon Rowntree Sandoval Tregarthen Umberfield Valcourt "
    "Whitlock Achterberg Brannock Corvino Dufresne Esterhazy Farquhar Gorecki Hightower Imrie Juniper "
    "Kowalczyk Lambrecht Montague Nettleton Ostrowski Prendergast Quenneville Radcliffe Strand Tolliver "
    "Urquhart Villanueva Wainwright Yilmaz Zubiri Amberley Bellweather Crowhurst Draycott Emberton Foxley "
    "Gilchrist Hartigan Ilves Jardine Kinsella Loveday Mortimer Nyberg Okonkwo Pennock Ravenscroft Stroud"
).split()

PLACE_HEADS = (
    "Alder Birch Cedar Kestrel Marlow Ashby Bramble Copper Dunmere Elmstead Fallow Garnet Heron Ivybridge "
    "Juniper Kingsley Larch Millbrook Nettle Oakhurst Pelham Quarry Rookwood Saltmarsh Thornbury Umber "
    "Vale Willow Yarrow Brackwater Coldharbor Driftwood Eastbury Foxhollow Glenmoor Hollin Ironside "
    "Lantern Meadow Northwick Otterburn Pinecroft Redwater Stonebridge Tamsworth Westmere Wrenfield"
).split()

PLACE_TAILS = (
    "Bay Falls Creek Harbor Ridge Crossing Point Springs Hollow Junction Heights Landing Mills Park Grove "
    "Forge Haven Bend Fields Cove"
).split()

REGIONS = (
    "Calloway County", "the Vell Valley", "Eastmarch", "the Tarrant Basin", "Hollin County", "the Sorrel Coast",
    "Brightwater County", "the Upper Marrow", "Kettle Plain", "Greywater County", "the Fenlow Hills",
    "Lowmoor Province", "the Corran Delta", "Amber County", "the Ridgeback Range", "Westvale District",
    "the Osterly Lakes", "Dunhallow County", "the Saltire Peninsula", "Pellham County",
)

COMPANY_STEMS = (
    "Norvane Halvard Trelloway Brightspan Quorvex Ambergate Castlemoor Deltawing Everhollow Fenwright "
    "Greystone Helixa Ironvale Juniperline Kelvara Lumenfield Mosswick Northglen Orrington Palisade "
    "Quillstone Redfern Silverbeck Tidewell Ursaline Vantor Westharbor Yellowfin Zephyrine Arclight"
).split()

COMPANY_KINDS = (
    "Logistics", "Foods", "Energy", "Biotech", "Holdings", "Freight", "Systems", "Materials", "Health",
    "Robotics", "Textiles", "Water", "Bank", "Insurance", "Airlines", "Pharma", "Semiconductors", "Motors",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "fifteen", "twenty", "several", "dozens of", "hundreds of")

# Generic words every topic can use; the topic lists below add the specifics.
GENERIC_ADJS = (
    "long-delayed", "controversial", "revised", "temporary", "proposed", "unexpected", "scaled-back",
    "costly", "ambitious", "overdue", "disputed", "expanded", "preliminary", "updated", "emergency",
    "unpopular", "modest", "sweeping", "interim", "overlooked", "stalled", "second", "regional", "rushed",
)
SPEECH_VERBS = ("said", "told reporters", "wrote in a statement", "said in an interview", "added",
                "said at a briefing", "told a meeting", "said by phone", "noted", "acknowledged")
TIME_PHRASES = (
    "on {day}", "late on {day}", "early {day}", "on {day} afternoon", "on {day} evening", "last week",
    "this month", "over the weekend", "earlier this year", "since {month}", "by the end of {month}",
    "in {month}", "within {num} weeks", "for the {ordinal} time this year", "after {num} months of talks",
)
ORDINALS = ("second", "third", "fourth", "fifth", "sixth")
SOURCES = (
    "according to figures from {org}", "{org} said", "data from {org} showed", "a report by {org} found",
    "records obtained by the paper show", "{org} confirmed", "a filing with {org} shows",
    "a survey by {firm} found", "internal documents show", "{org} figures indicate",
)
CONNECTORS = ("Meanwhile,", "Still,", "By contrast,", "Separately,", "At the same time,", "In {month},",
              "Earlier,", "For now,", "Even so,", "Last year,", "In the meantime,", "On {day},", "")

# One entry per section: nouns, plurals, verbs, adjectives, groups, organisations and roles.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "local": {
        "nouns": ("budget", "zoning plan", "library branch", "parking garage", "stormwater levy", "park renovation",
                  "housing ordinance", "waterfront plan", "property tax rate", "snow-removal contract",
                  "community center", "sidewalk program", "recycling contract", "fire station", "rental registry",
                  "street-lighting scheme", "noise bylaw", "market hall", "cemetery expansion", "pool"),
        "plurals": ("permits", "potholes", "streetlights", "bike lanes", "rental units", "food trucks", "crosswalks",
                    "council seats", "building inspections", "speed cameras", "garden plots", "playgrounds",
                    "short-term rentals", "water meters", "parking fines", "public toilets"),
        "verbs": ("approved", "rejected", "postponed", "amended", "debated", "funded", "cut", "shelved",
                  "revived", "audited", "expanded", "scrapped", "reviewed", "renamed", "delayed"),
        "bases": ("approve", "reject", "delay", "amend", "fund", "cut", "revive", "audit", "expand", "scrap",
                  "review", "redraw", "reopen", "close", "rezone"),
        "adjs": ("municipal", "downtown", "neighborhood", "citywide", "residential", "lakeside", "historic",
                 "north-side", "riverfront", "south-end"),
        "groups": ("residents", "homeowners", "shop owners", "tenants", "council members", "neighbors",
                   "parents", "commuters", "volunteers", "landlords"),
        "orgs": ("the {place} City Council", "the {place} planning board", "the {place} parks department",
                 "the {place} housing office", "the {place} finance committee"),
        "roles": ("mayor of {place}", "a city council member", "the city manager", "chair of the planning board",
                  "a neighborhood association president", "the city's finance director", "a local shop owner",
                  "the deputy mayor", "a longtime resident"),
    },
    "transport": {
        "nouns": ("rail line", "bus network", "bridge repair", "ferry service", "tram extension", "bypass",
                  "airport terminal", "fare increase", "timetable", "tunnel project", "station upgrade",
                  "freight corridor", "toll plan", "signal system", "night bus route", "cycle highway"),
        "plurals": ("buses", "trains", "ferries", "lane closures", "level crossings", "platforms", "rail cars",
                    "delays", "cancellations", "charging points", "freight trucks", "runways", "season tickets"),
        "verbs": ("suspended", "rerouted", "reopened", "extended", "delayed", "inspected", "electrified",
                  "closed", "upgraded", "replaced", "tendered", "rescheduled", "cancelled", "restored"),
        "bases": ("suspend", "reroute", "reopen", "extend", "inspect", "electrify", "close", "upgrade",
                  "replace", "tender", "restore", "double", "widen"),
        "adjs": ("commuter", "regional", "overnight", "express", "cross-river", "suburban", "coastal",
                 "intercity", "airport", "northbound"),
        "groups": ("commuters", "drivers", "passengers", "cyclists", "rail workers", "bus drivers",
                   "truckers", "ferry crews", "travellers", "students"),
        "orgs": ("the {region} Transit Authority", "the {place} port authority", "the {region} roads agency",
                 "{firm}", "the {region} rail operator"),
        "roles": ("a spokesperson for the transit authority", "the authority's chief engineer",
                  "a union representative", "a daily commuter", "the regional transport commissioner",
                  "a ferry captain", "the project director", "an engineer who reviewed the plans"),
    },
    "business": {
        "nouns": ("merger", "quarterly profit", "factory", "takeover bid", "share buyback", "warehouse",
                  "product recall", "bond sale", "pay deal", "distribution center", "spinoff", "price cut",
                  "headquarters move", "supply contract", "store closure program", "dividend"),
        "plurals": ("jobs", "shares", "orders", "stores", "contracts", "shipments", "customers", "layoffs",
                    "investors", "suppliers", "bonuses", "franchises", "margins", "exports"),
        "verbs": ("acquired", "sold", "reported", "announced", "cut", "raised", "lowered", "posted", "closed",
                  "opened", "restructured", "priced", "licensed", "relocated"),
        "bases": ("acquire", "sell", "cut", "raise", "lower", "close", "open", "restructure", "relocate",
                  "hire", "list", "spin off", "merge"),
        "adjs": ("quarterly", "annual", "overseas", "wholesale", "domestic", "first-half", "full-year",
                 "record", "weaker-than-expected", "stronger-than-expected"),
        "groups": ("investors", "analysts", "employees", "shareholders", "suppliers", "customers",
                   "union members", "retailers", "bondholders", "franchise owners"),
        "orgs": ("{firm}", "{firm}", "the {region} Chamber of Commerce", "the {region} Securities Board",
                 "{firm}"),
        "roles": ("chief executive of {firm}", "an analyst at {firm}", "the company's finance chief",
                  "a union organizer", "a longtime supplier", "chair of the board", "a retail investor",
                  "head of the chamber of commerce"),
    },
    "courts": {
        "nouns": ("verdict", "appeal", "sentencing hearing", "plea deal", "lawsuit", "injunction", "retrial",
                  "settlement", "indictment", "jury selection", "bail hearing", "class action", "ruling"),
        "plurals": ("charges", "jurors", "witnesses", "exhibits", "motions", "defendants", "claims",
                    "documents", "subpoenas", "damages", "hearings", "fines"),
        "verbs": ("dismissed", "upheld", "overturned", "delayed", "sealed", "granted", "denied", "reduced",
                  "reinstated", "filed", "contested", "settled", "appealed"),
        "bases": ("dismiss", "uphold", "overturn", "delay", "seal", "grant", "deny", "reduce", "reinstate",
                  "file", "contest", "settle", "appeal"),
        "adjs": ("federal", "civil", "criminal", "appellate", "closed-door", "high-profile", "lengthy",
                 "procedural", "three-judge", "unanimous"),
        "groups": ("prosecutors", "defense lawyers", "jurors", "plaintiffs", "witnesses", "court officials",
                   "relatives", "legal experts", "victims' families", "clerks"),
        "orgs": ("the {region} District Court", "the {region} Court of Appeals", "the {place} prosecutor's office",
                 "the {region} bar association", "{firm}"),
        "roles": ("a lawyer for the plaintiffs", "the presiding judge", "a county prosecutor", "a defense attorney",
                  "a law professor who followed the case", "a spokesperson for the court", "the defendant's sister",
                  "a former judge"),
    },
    "environment": {
        "nouns": ("flood barrier", "drought order", "wildfire", "water ban", "reservoir", "wetland project",
                  "emissions target", "heat warning", "storm surge", "landslide", "algae bloom", "river cleanup",
                  "tree-planting drive", "coastal defense", "air-quality alert"),
        "plurals": ("rainfall totals", "evacuations", "sandbags", "wind gusts", "power outages", "fish kills",
                    "water levels", "acres", "firefighters", "sensors", "trees", "emission permits"),
        "verbs": ("flooded", "damaged", "monitored", "restored", "contained", "measured", "lifted", "issued",
                  "extended", "mapped", "tested", "cleared", "reinforced"),
        "bases": ("monitor", "restore", "contain", "measure", "lift", "issue", "extend", "map", "test",
                  "clear", "reinforce", "protect", "replant"),
        "adjs": ("coastal", "low-lying", "drought-hit", "upstream", "seasonal", "record", "fire-prone",
                 "protected", "tidal", "inland"),
        "groups": ("farmers", "firefighters", "residents", "anglers", "scientists", "volunteers",
                   "emergency crews", "hikers", "homeowners", "forest rangers"),
        "orgs": ("the {region} Water Board", "the {region} Forest Service", "the {region} weather office",
                 "the {place} emergency management office", "the {region} environment agency"),
        "roles": ("a hydrologist with the water board", "the regional fire chief", "an emergency manager",
                  "a farmer near {place}", "a climate researcher", "the forest service's district ranger",
                  "a meteorologist", "a local conservation group's director"),
    },
    "health": {
        "nouns": ("hospital wing", "vaccine drive", "clinic", "outbreak", "staffing shortage", "waiting list",
                  "screening program", "emergency department", "ambulance contract", "mental-health service",
                  "maternity unit", "drug shortage", "nursing home inspection", "health levy"),
        "plurals": ("patients", "nurses", "beds", "doses", "cases", "appointments", "surgeries", "ambulances",
                    "prescriptions", "doctors", "test results", "admissions"),
        "verbs": ("treated", "admitted", "vaccinated", "screened", "closed", "reopened", "expanded", "staffed",
                  "inspected", "funded", "postponed", "recruited", "discharged"),
        "bases": ("treat", "admit", "screen", "close", "reopen", "expand", "staff", "inspect", "fund",
                  "postpone", "recruit", "discharge", "triage"),
        "adjs": ("pediatric", "rural", "overnight", "outpatient", "regional", "after-hours", "walk-in",
                 "intensive-care", "community", "teaching"),
        "groups": ("patients", "nurses", "doctors", "paramedics", "families", "caregivers", "pharmacists",
                   "hospital staff", "public-health officials", "older residents"),
        "orgs": ("{place} General Hospital", "the {region} Health Authority", "the {region} nurses' union",
                 "the {place} public-health office", "{firm}"),
        "roles": ("chief medical officer of {region}", "a nurse at the hospital", "the hospital's chief executive",
                  "an epidemiologist", "a patient advocate", "head of the nurses' union", "a family doctor in {place}",
                  "the health authority's spokesperson"),
    },
    "education": {
        "nouns": ("school budget", "teacher contract", "campus expansion", "curriculum review", "tuition increase",
                  "school merger", "lunch program", "exam schedule", "boundary change", "bus contract",
                  "science building", "literacy program", "enrollment cap"),
        "plurals": ("students", "teachers", "classrooms", "exam results", "scholarships", "enrollments",
                    "school buses", "graduates", "laptops", "portable classrooms", "tutors", "lunches"),
        "verbs": ("enrolled", "closed", "merged", "hired", "graded", "funded", "postponed", "reopened",
                  "expanded", "surveyed", "rezoned", "suspended", "accredited"),
        "bases": ("enroll", "close", "merge", "hire", "fund", "postpone", "reopen", "expand", "survey",
                  "rezone", "suspend", "accredit", "retain"),
        "adjs": ("elementary", "secondary", "district-wide", "after-school", "vocational", "bilingual",
                 "special-education", "rural", "charter", "summer"),
        "groups": ("parents", "teachers", "students", "principals", "school board members", "bus drivers",
                   "graduates", "counselors", "trustees", "families"),
        "orgs": ("the {place} School District", "the {region} Teachers Association", "{place} Community College",
                 "the {region} education department", "the {place} school board"),
        "roles": ("superintendent of the {place} School District", "a high school principal", "a parent of two",
                  "president of the teachers association", "a school board trustee", "a senior at {place} High",
                  "an education researcher", "the district's budget officer"),
    },
    "science": {
        "nouns": ("telescope", "research grant", "clinical trial", "satellite launch", "fossil find",
                  "gene study", "lab expansion", "observatory", "drilling survey", "battery prototype",
                  "seismic network", "seed bank", "particle detector", "robotic probe"),
        "plurals": ("samples", "researchers", "data sets", "specimens", "sensors", "experiments", "patents",
                    "papers", "volunteers", "images", "readings", "grants"),
        "verbs": ("discovered", "measured", "published", "tested", "sequenced", "launched", "recovered",
                  "catalogued", "replicated", "calibrated", "mapped", "funded", "analyzed"),
        "bases": ("discover", "measure", "publish", "test", "sequence", "launch", "recover", "catalogue",
                  "replicate", "calibrate", "map", "fund", "analyze"),
        "adjs": ("peer-reviewed", "early-stage", "deep-sea", "long-term", "high-altitude", "experimental",
                 "independent", "preliminary", "large-scale", "orbital"),
        "groups": ("researchers", "astronomers", "geologists", "biologists", "engineers", "students",
                   "volunteers", "reviewers", "technicians", "physicists"),
        "orgs": ("the {place} Institute of Technology", "{region} University", "the {region} Science Council",
                 "the {place} Natural History Museum", "{firm}"),
        "roles": ("a professor at {region} University", "the study's lead author", "a geologist who was not involved",
                  "director of the observatory", "a postdoctoral researcher", "head of the science council",
                  "a museum curator", "the mission's project scientist"),
    },
}

SECTION_TITLES = {
    "local": "Local", "transport": "Transport", "business": "Business", "courts": "Courts",
    "environment": "Environment", "health": "Health", "education": "Education", "science": "Science",
}

# Words a republishing editor swaps (each side is a whole word or phrase in the body).
EDIT_SWAPS = (
    ("said", "says"), ("about", "roughly"), ("residents", "locals"), ("officials", "authorities"),
    ("would", "will"), ("plan", "proposal"), ("percent", "per cent"), ("also", "additionally"),
    ("expected", "likely"), ("since", "from"), ("told", "informed"), ("meeting", "session"),
    ("nearly", "almost"), ("because", "as"), ("large", "big"), ("cost", "price"),
)
