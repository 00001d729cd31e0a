"""Invented sentence material: rocket launches, archaeological finds, museum thefts, cup finals.

Missions, museums, clubs and players are invented; nothing here describes a
real event.
"""

from __future__ import annotations

from evalset.topics import Topic

LAUNCH = Topic(
    key="launch",
    family="culture",
    places=(
        ("Kourou", "French Guiana"), ("Andøya", "Norway"), ("Sriharikota", "India"), ("Kiruna", "Sweden"),
        ("Mahia", "New Zealand"), ("Alcântara", "Brazil"), ("Woomera", "Australia"), ("Saxavord", "Britain"),
        ("Tanegashima", "Japan"), ("Naro", "South Korea"), ("Wallops Island", "the United States"), ("Biak", "Indonesia"),
    ),
    macros={"event": "{the launch|the mission|the flight}"},
    facts={
        "rocket": "{Aurelia|Kestrel|Vanta|Solstice|Morrow|Halcyon} {-1|-2|II|Light|Heavy}",
        "satellite": "{a weather satellite|an ocean-monitoring satellite|a small radar satellite|a student-built probe|a navigation satellite|an earth-observation satellite}",
        "company": "{Orbiton|Northlight Launch|Skyreach Dynamics|Pelagic Space|Arcadia Aerospace}",
        "orbit": "i:420:1200:10", "minutes": "i:8:19", "cost": "i:18:260", "attempt": ["first", "second", "third"],
        "payload_kg": "i:90:2400:10", "engineers": "i:60:900:10",
        "authority": ["the national space agency", "the space agency", "the launch operator"],
        "outcome": ["reached orbit", "placed its payload in orbit", "delivered the satellite to its planned orbit"],
    },
    key_figure="payload_kg",
    roles=(
        "{director|head} of <authority>",
        "a {space policy|aerospace} {analyst|researcher} at {a university in <country>|an industry consultancy}",
        "a {spectator|schoolteacher|student|retired engineer} who {travelled|drove} {hours|through the night} to {watch|see the launch}",
        "{chief executive|the mission director} of <company>",
        "{a scientist|the principal investigator} {on|for} the {mission|satellite project}",
    ),
    headlines=(
        "<rocket> rocket {lifts off|launches} from <city>, {carrying|with} <satellite>",
        "<country> {launch|rocket} {succeeds|reaches orbit} on <attempt> attempt",
        "<company> {puts|places} satellite in orbit {from|at} <city>",
        "{Crowds cheer|Spectators watch} as <rocket> {soars|climbs} over <city>",
        "{Launch success|Lift-off} {boosts|lifts} <country>'s space {ambitions|plans}",
        "<rocket> {delivers|deploys} <payload_kg>-kg payload in <city> launch",
        "{After delays|Weather permitting}, <rocket> finally {flies|launches} from <city>",
    ),
    ledes=(
        ("A <rocket> rocket {lifted off|launched} from <city> on <weekday> and <outcome> about <minutes> minutes later, {carrying|with} <satellite> {built|designed} {for|by} <authority>.",),
        ("<company>'s <rocket> {reached|made it to} orbit on its <attempt> {attempt|try} on <weekday>, {lifting off|launching} from <city> {with|carrying} a <payload_kg>-kilogram payload.",),
        ("{Crowds|Hundreds of spectators} {cheered|watched} {as|while} the <rocket> rocket {climbed|rose} {into|through} {a clear sky|the clouds} {over|above} <city> on <weekday>, {marking|in} a {milestone|significant step} for <country>'s space {programme|industry}.",),
        ("The countdown {paused|was halted} {twice|once} for {wind|technical checks}.", "{Then|At last}, {shortly before dawn|in the early evening} on <weekday>, the <rocket> {roared|rose} off its pad at <city> and {later|} <outcome>."),
        ("<authority> {said|confirmed} on <weekday> that <satellite>, {launched|sent up} from <city> {aboard|on} a <rocket> rocket, {had|was} {separated|deployed} {successfully|as planned} and {was|had begun} {transmitting|sending signals}.",),
        ("{After|Following} {months of|weeks of} {delays|postponements}, the <rocket> {finally|at last} flew from <city> on <weekday>, {placing|putting} <satellite> in an orbit {about|roughly} <orbit> km above the Earth.",),
    ),
    themes=(
        (
            "The {rocket|launcher} {lifted off|left the pad} at {<minutes> minutes past the hour|the opening of its launch window}, and {its|the} {upper stage|second stage} {released|deployed} the {satellite|payload} {at an altitude|into an orbit} of about <orbit> km.",
            "{Ground stations|Tracking stations} {in|across} {several|three} countries {picked up|received} {the first|initial} {signals|telemetry} from the satellite {within|less than} an hour {after|of} {launch|lift-off}.",
            "{Engineers|Controllers} {in the control room|at mission control} {applauded|embraced} {when|as} {confirmation|word} {came|arrived} that {the payload|<satellite>} {had separated|was safely in orbit}.",
            "The {payload|satellite} {weighed|weighs} <payload_kg> kg {and|and it} {will|is due to} {spend|undergo} {several weeks|a month} of {testing|checks} before {starting|beginning} {work|science operations}.",
        ),
        (
            "The {launch|flight} {had been|was} {postponed|delayed} {several times|twice} {because of|due to} {high winds|a faulty valve|a software glitch|bad weather}.",
            "The <rocket> {is|was} {developed|built} by <company>, {which|and the company} {employs|has} about <engineers> {engineers|staff} {and|and has} {received|won} {contracts|funding} from <authority>.",
            "{Each|A} launch {costs|is priced at} {about|roughly} <cost> million <currency>, {according to|said} {industry estimates|the company}, {making|which makes} {it|the rocket} {competitive|cheaper than rivals} for {small|medium} {satellites|payloads}.",
            "{An earlier|A previous} {attempt|flight} {ended|had ended} {in failure|with an explosion} {last year|in the spring} {when|after} {an engine|the second stage} {shut down|failed} {early|prematurely}.",
        ),
        (
            "<satellite> {will|is designed to} {monitor|track} {storms|sea ice|crop health|coastal erosion}, {providing|and provide} {data|images} {to|for} {farmers|weather forecasters|emergency services} {across|in} <country>.",
            "<P5> said the {data|measurements} {would|will} {help|allow} {scientists|researchers} to {better|more accurately} {predict|understand} {weather|changes in the climate} {in|over} {the region|the coming decade}.",
            "The {mission|satellite} {is|was} {expected|designed} to {operate|last} for {five|seven} years, {before being|after which it will be} {deorbited|brought down} to {avoid|limit} {space debris|clutter}.",
        ),
        (
            "<P2> said the {launch|success} {showed|demonstrated} that <country> {could|can} {compete|play a role} in a {crowded|fast-growing} {market|industry} {for|of} {small|commercial} launches.",
            "{Governments|Countries} {around the world|in the region} {have|had} {invested in|poured money into} {national|domestic} {launch|rocket} {sites|capacity} {to|so as to} {reduce|cut} {reliance|dependence} on {foreign|other countries'} {rockets|providers}.",
            "{Critics|Environmental groups} {have|had} {raised|voiced} {concerns|objections} about {noise|the impact on wildlife} {near|around} the {launch site|spaceport}, {and|while} {local|some} {residents|fishermen} {complained|worried} about {closed|restricted} {waters|areas}.",
        ),
        (
            "Conditions at <city> were {ideal|favourable} {on <weekday>|for the launch}, {with|and} {light winds|calm seas} and {clear|cloudless} skies {after|following} {days|a week} of {storms|low cloud}.",
            "The pad, {built|completed} in {two years|eighteen months}, {sits|lies} {on a headland|near the coast}, a {site|location} {chosen|picked} because {rockets|launches} can {fly|head} {north|east} over {open water|the sea}.",
            "{Roads|Beaches} {around|near} the {site|pad} {were|had been} {closed|cordoned off} {for|from} {several hours|early morning}, and {boats|fishing boats} {were|had been} {kept|ordered} {out of|away from} a {safety|exclusion} zone.",
            "The roar of the engines could be heard {dozens of|thirty} kilometres away, {residents|people in nearby towns} said.",
        ),
        (
            "<company> {plans|hopes} to {fly|launch} {four|six} {more|further} {missions|rockets} from <city> {next year|in 2027}, {including|among them} {a|its} {first|maiden} {commercial|paid} {flight|mission} for {a foreign|an overseas} customer.",
            "{The company|<company>} {is|has been} {developing|working on} a {reusable|recoverable} {first stage|booster} {that|which} {would|could} {return|land} {to|on} {a barge|a landing pad} {after|following} {launch|each flight}.",
            "{Investors|Backers} {have|had} {put|invested} {more than|over} <cost> million <currency> into <company> {since its founding|over the past five years}, {according to|said} {regulatory filings|the company}.",
        ),
    ),
    quotes=(
        "\"{Today|This} {is a great day|is a proud day} for {everyone|every engineer} who {worked|has worked} on this {rocket|mission},\" said <P4>. \"{We|Our team} {learned|learnt} {a lot|a great deal} from {our|the} {failure|setbacks}, and {it|that} {paid off|showed}.\"",
        "\"{I have|I've} {waited|wanted} {my whole life|years} to {see|watch} {something like this|a launch} {from home|in my own country},\" said <P3>. \"{The noise|The sound} {hit|came} {a few seconds|seconds} {later|after the light}. {It shook|You feel it in} {your chest|everything}.\"",
        "\"{The satellite|The spacecraft} is {healthy|in good shape} and {talking to us|responding},\" <P1> said. \"{Now|Next} {the real|the hard} work {begins|starts}.\"",
        "\"{Reaching orbit|Getting to orbit} is {the hardest|the most difficult} part,\" said <P2>. \"Doing it {again|reliably}, {every month|at a good price}, is {the next|another} {test|challenge}.\"",
        "<P5> said: \"{We have spent|Our team has spent} {eight|six} years {building|working on} this {instrument|satellite}. {Seeing|Watching} it {go|fly} was {emotional|overwhelming}.\"",
        "\"{When|As} {it|the rocket} {cleared|left} the tower, {people|everyone} {just|simply} {started|began} {shouting|crying},\" said <P3>. \"{The children|My students} will never forget it.\"",
    ),
    updates=(
        "{Later on <weekday>|In an update after the launch}, <authority> {corrected|revised} the {mass|weight} of the payload to <payload_kg> kg from <payload_kg_old> kg, {saying|explaining} the {earlier|first} figure had {left out|not included} {the adapter|a secondary payload}.",
        "{An updated|A revised} {mission|press} {statement|release} {issued|published} {late on <weekday>|that evening} put the payload mass at <payload_kg> kg {rather than|instead of} <payload_kg_old> kg.",
        "<company> {amended|corrected} the {payload|launch} {figures|details} {late on <weekday>|that evening}, {saying|noting} that the rocket {had|actually} carried <payload_kg> kg, not <payload_kg_old> kg {as|as first} {announced|stated}.",
    ),
)

DIG = Topic(
    key="dig",
    family="culture",
    places=(
        ("Mérida", "Spain"), ("Plovdiv", "Bulgaria"), ("Trier", "Germany"), ("Luxor", "Egypt"),
        ("Oaxaca", "Mexico"), ("Cusco", "Peru"), ("Sanliurfa", "Turkey"), ("Paphos", "Cyprus"),
        ("York", "Britain"), ("Xi'an", "China"), ("Aksum", "Ethiopia"), ("Siem Reap", "Cambodia"),
    ),
    macros={"event": "{the discovery|the find|the excavation}"},
    facts={
        "age": "i:1400:9000:100", "objects": "i:30:2400:10", "depth": "f:1.2:6.5", "metres": "i:8:90",
        "burials": "i:3:140", "coins": "i:40:3200:10", "seasons": ["three", "four", "five", "seven"],
        "_find": [
            {"find": "a mosaic floor", "find_n": "mosaic floor"}, {"find": "a cemetery", "find_n": "cemetery"},
            {"find": "a temple complex", "find_n": "temple complex"}, {"find": "a workshop for glass beads", "find_n": "glass-bead workshop"},
            {"find": "a hoard of silver coins", "find_n": "silver coin hoard"}, {"find": "the foundations of a bathhouse", "find_n": "bathhouse"},
        ],
        "era": ["Roman", "Bronze Age", "early medieval", "Neolithic", "Hellenistic", "Iron Age"],
        "authority": ["the national heritage agency", "the antiquities ministry", "the culture ministry's archaeology department"],
        "site": ["a car park", "a building site for flats", "a vineyard", "farmland outside the city", "a road-widening project"],
    },
    key_figure="objects",
    roles=(
        "{director|head} of <authority>",
        "{the lead archaeologist|an archaeologist} from {the university in <city>|a national institute}",
        "a {volunteer digger|local guide|student|landowner} who {has worked|works} {at|on} the site",
        "the {mayor|deputy mayor} of <city>",
        "{a historian|a specialist in ancient coins|an expert in burial customs} {at|from} {a museum|a foreign university}",
    ),
    headlines=(
        "Archaeologists {uncover|find} <era> <find_n> under <site> in <city>",
        "<age>-year-old {site|settlement} {found|discovered} near <city>",
        "{Dig|Excavation} in <city> {yields|turns up} <objects> {objects|artefacts}",
        "<era> {treasure|remains} {surprise|delight} archaeologists in <country>",
        "<find_n> {found|unearthed} beneath <site> {rewrites|sheds light on} <city> history",
        "<country> {heritage officials|archaeologists} {hail|announce} {major|rare} <era> find",
        "Work halted at <city> {site|building site} as <era> ruins {emerge|appear}",
    ),
    ledes=(
        ("Archaeologists {in|near} <city> {have uncovered|unearthed} <find> {dating|thought to date} {back|} about <age> years, <authority> said on <weekday>, {calling|describing} it {one of|among} the {most important|most significant} <era> finds in <country> {in decades|in years}.",),
        ("{Work|Construction} on <site> in <city> {stopped|was halted} {after|when} {diggers|excavators} {struck|hit} {stone walls|worked stone}, and {archaeologists|experts} {now say|said} {they|the walls} {belong|belonged} to <find> from the <era> period.",),
        ("{A team|Excavators} {working|digging} {beneath|under} <site> in <city> have {recovered|found} <objects> {objects|artefacts}, {including|among them} {pottery|jewellery|tools}, from <find> {about|roughly} <age> years old, {officials|<authority>} said on <weekday>.",),
        ("{It began|It started} with {a single coin|a shard of pottery|a bronze pin} {turned up by a digger's bucket|spotted in the soil}.", "{Months later|After <seasons> seasons of work}, archaeologists in <city> {have|had} {exposed|uncovered} <find> {that|which} {dates back|is thought to date back} about <age> years, <authority> said on <weekday>."),
        ("<authority> {announced|unveiled} on <weekday> the {discovery|find} of <find> {at|under} <site> {in|outside} <city>, a {site|find} {archaeologists|specialists} {said|believe} {could|may} {change|reshape} {understanding|what is known} of the <era> {period|era} in the region.",),
        ("{Experts|Archaeologists} {say|said} <find> {uncovered|found} in <city> is {about|some} <age> years old, {after|following} {laboratory|radiocarbon} {dating|tests} of {material|samples} {found|recovered} at <site>, <authority> said on <weekday>.",),
    ),
    themes=(
        (
            "The {remains|ruins} {lie|lay} {about|some} <depth> metres below {the surface|ground level} and {stretch|extend} {over|across} {an area|a site} of {about|some} <metres> metres {by twenty|by thirty} metres.",
            "{Radiocarbon|Laboratory} {dating|tests} of {charcoal|seeds|bone} {from|found in} the {lowest|oldest} {layers|levels} {suggested|indicated} the site {was|had been} {used|occupied} {for|over} {several|many} centuries.",
            "{Archaeologists have|The team has} {recovered|catalogued} <objects> {objects|finds} {so far|to date}, {including|among them} {oil lamps|loom weights|glass beads|bone combs} and <coins> coins.",
            "{Walls|Floors} {built|laid} {of|in} {limestone|brick|river stones} survived {to a height of almost a metre|to knee height} {in places|in some rooms}, {unusually|remarkably} well preserved.",
        ),
        (
            "Among the {most striking|most remarkable} {finds|discoveries} {is|was} {a bronze figurine|a carved stone head|a gold ring|an inscribed tablet} {that|which} {may have depicted|might represent} {a local|a household} {deity|god}.",
            "{The team|Excavators} {also|} {found|identified} <burials> {burials|graves}, {some|several} {containing|with} {grave goods|jewellery and pots}, {which|that} {could|may} {shed light on|reveal} {burial customs|beliefs about death} {in|during} the <era> period.",
            "{Traces|Remains} of {paint|pigment} on {plaster|walls} {suggested|suggest} {rooms|parts of the building} {were|had been} {decorated|painted} in {red|ochre} and {blue|black}, <P5> said.",
        ),
        (
            "The {site|discovery} {was|had been} {found|identified} {during|in} {routine|mandatory} {surveys|checks} {before|ahead of} {construction|building work} {on|at} <site>, which {<country> law requires|the rules require} in {historic|sensitive} {areas|zones}.",
            "{The developers have|The builder has} agreed to {pause|suspend} {work|construction} while {archaeologists|the team} {complete|finish} {their|the} {excavation|dig}, {though|but} {talks|discussions} {continue|were continuing} {over|about} who {will|would} {pay|bear the cost}.",
            "<P4> said the {city|council} {hoped|would like} to {preserve|display} the {remains|ruins} {in place|where they were found}, {possibly|perhaps} {under|beneath} a {glass floor|protective roof} {open|accessible} to {visitors|the public}.",
        ),
        (
            "<P2> said the {find|discovery} {suggested|showed} that <city> {was|had been} {an important|a busy} {centre|hub} {for trade|of craft production} {much|far} {earlier|longer} than {historians|scholars} had {thought|believed}.",
            "{Objects|Items} {from|traced to} {distant|far-off} {regions|places}, {such as|including} {amber|shells|glass}, {pointed|point} to {long-distance|wide} {trade|contacts} {across|over} the {Mediterranean|region|continent}.",
            "{Further|More} {analysis|study} of {bones|DNA|residues in pots} {could|may} {reveal|show} {what people ate|how inhabitants lived}, {where|and where} they {came from|had migrated from}, {researchers|the team} said.",
        ),
        (
            "{Volunteers|Students} from {local schools|the university} {helped|joined} {professional|trained} archaeologists {sieving|sifting} {soil|earth} {for|in search of} {beads|coins|tiny fragments}.",
            "{The team|Excavators} {used|deployed} {ground-penetrating radar|drones and 3D scanners} to {map|survey} the site {before|ahead of} {digging|excavating}, {revealing|showing} {walls|structures} {that|which} {extend|continue} {beyond|under} {neighbouring|nearby} {streets|buildings}.",
            "{Rain|Winter weather} {threatened|was threatening} to {flood|damage} the {trenches|excavation}, and {workers|the team} {erected|put up} {tents|a temporary roof} {over|above} the most {fragile|delicate} {areas|sections}.",
            "{Each|Every} {object|find} {is|was} {photographed|recorded}, {numbered|labelled} and {mapped|logged} {before|prior to} {removal|being lifted}, so that the {site|dig} {can|could} be {reconstructed|studied} {digitally|later}.",
        ),
        (
            "{The finds|Many of the finds} {will|are to} be {cleaned|conserved} {at|in} {a laboratory|the museum's workshops} {in|near} <city> {before|and then} {going|put} on {display|show} {possibly|perhaps} {next year|in 2027}.",
            "{Museum|Heritage} officials said they hoped {a|the} {planned|new} {exhibition|display} {would|could} {draw|attract} {visitors|tourists} to {a part|an area} of <city> {rarely|seldom} {visited|seen} by {tourists|outsiders}.",
            "{Some|Several} {residents|neighbours} {complained|grumbled} about {noise|dust} and {road closures|blocked streets} {around|near} the site, {while|but} {others|many} {stopped|gathered} {daily|every day} to {watch|peer into} the {trenches|dig}.",
        ),
    ),
    quotes=(
        "\"{We did not expect|Nobody expected} {anything like this|to find so much},\" said <P2>. \"{Every day|Each day} {the ground|the site} {gives us|shows us} something {new|we did not know}.\"",
        "\"{This|The find} belongs to {everyone|all of us},\" <P1> said. \"{We will|Our job is to} {protect|preserve} it and {make sure|ensure} {people|the public} can {see|visit} it.\"",
        "\"{I have|I've} {dug|volunteered} {here|on digs} for {three|four} summers,\" said <P3>. \"{When|The day} {the mosaic|the ring|the first grave} {appeared|came out of the ground}, {everyone|we all} {went quiet|stopped talking}.\"",
        "\"{The|These} {coins|objects} {tell us|show} {who these people traded with|where people traded},\" said <P5>. \"{It is like having|It is as if we had} a {map|ledger} {left|written} in the {metal|soil}.\"",
        "<P4> said: \"{We have always|Everyone here has always} known the city is {old|ancient}. Now we can {prove|show} {how|just how} old.\"",
        "\"{The walls|Those walls} {stood|were standing} {here|there} long before {the city had a name|anyone lived in the town},\" said <P2>. \"{It is|It's} {humbling|astonishing}.\"",
    ),
    updates=(
        "{Later on <weekday>|In an update that afternoon}, <authority> {revised|corrected} the number of {objects|artefacts} {recovered|catalogued} to <objects> from <objects_old>, {saying|explaining} that {finds|items} from {a second|the latest} trench had {not yet|only then} been {counted|added}.",
        "{An updated|A revised} {statement|press release} {issued|published} {late on <weekday>|that evening} {put|gave} the number of {artefacts|finds} at <objects>, {not|rather than} <objects_old> as {first|initially} {stated|reported}.",
        "<authority> {amended|corrected} {its|the} {count|figure} of {recovered|catalogued} objects to <objects> {late on <weekday>|that evening}; the {first|earlier} {figure|count} of <objects_old> had {left out|not included} {coins|fragments} {still being|then being} {cleaned|conserved}.",
    ),
)

HEIST = Topic(
    key="heist",
    family="civic",
    places=(
        ("Antwerp", "Belgium"), ("Dresden", "Germany"), ("Lisbon", "Portugal"), ("Ghent", "Belgium"),
        ("Bruges", "Belgium"), ("Florence", "Italy"), ("Lille", "France"), ("Gothenburg", "Sweden"),
        ("Edinburgh", "Britain"), ("Kraków", "Poland"), ("Seville", "Spain"), ("Buenos Aires", "Argentina"),
    ),
    macros={"event": "{the theft|the robbery|the heist|the break-in}"},
    facts={
        "museum": "{the <city>|the Municipal|the Royal|the Maritime|the Old Town} {Museum of Decorative Arts|Treasury Museum|Gallery of Fine Arts|Museum of Jewellery|Coin Cabinet}",
        "items": "i:3:42", "value": "i:2:85", "minutes": "i:4:14", "thieves": ["two", "three", "four"], "age_items": ["17th-century", "18th-century", "medieval", "19th-century"],
        "loot": ["jewelled snuffboxes", "gold coins", "a set of diamond brooches", "small oil paintings", "enamelled pocket watches", "silver reliquaries"],
        "hour": ["shortly before 5 a.m.", "just after 3 a.m.", "in the middle of the night", "minutes after closing time"],
        "entry": ["through a ground-floor window", "by cutting through a steel shutter", "through a skylight on the roof", "by forcing a service door"],
        "authority": ["the police", "the city police", "regional police"],
        "reward": "i:20:500:10",
    },
    key_figure="items",
    roles=(
        "{a senior detective|the head of the art crimes unit} {with|at} <authority>",
        "{an expert|a specialist} in {stolen art|art crime} who {advises|has advised} {insurers|police forces}",
        "a {neighbour|night-shift worker|café owner|resident} who {lives|works} {opposite|across from} the museum",
        "the director of <museum>",
        "{a|the} {culture minister|city councillor responsible for culture}",
    ),
    headlines=(
        "Thieves {steal|snatch} <loot> from <museum> in <city>",
        "{Museum|<city>} heist: <items> {items|pieces} worth {millions|<value> million} {taken|stolen}",
        "{Police|Detectives} {hunt|search for} <thieves> after {dawn|night-time} {raid|heist} in <city>",
        "{Daring|Brazen} {raid|robbery} on <city> museum {lasts|takes} <minutes> minutes",
        "<age_items> treasures stolen {in|from} <country> museum {break-in|raid}",
        "<museum> {closes|stays shut} after {theft|robbery} of <loot>",
        "Reward {offered|posted} {for|over} {stolen|missing} <loot> in <city>",
    ),
    ledes=(
        ("Thieves {broke into|raided} <museum> in <city> <hour> on <weekday> and {escaped|fled} with <items> {pieces|items}, {including|among them} <loot>, {police|<authority>} said.",),
        ("{Police|Detectives} in <city> {were|are} {hunting|searching for} <thieves> {thieves|masked thieves} who {stole|took} <loot> {worth|valued at} {an estimated|about} <value> million <currency> from <museum> on <weekday>, {in a raid|in a heist} {that|which} {lasted|took} {only|just} <minutes> minutes.",),
        ("<museum> in <city> {stayed|remained} {closed|shut} on <weekday> {after|following} a {night-time|pre-dawn} {break-in|robbery} in which <thieves> {people|thieves} {made off with|stole} <items> <age_items> {objects|pieces}.",),
        ("The {alarm|alarms} {went off|sounded} <hour> on <weekday>.", "By the time {police|officers} {arrived|reached the building} {minutes later|<minutes> minutes later}, the thieves had {gone|vanished}, {taking|and with them} <items> {objects|pieces} from <museum> in <city>, <authority> said on <weekday>."),
        ("{Thieves|A gang} {entered|got into} <museum> in <city> <entry> on <weekday> and {smashed|broke} {display cases|glass cases} {to|in order to} {steal|take} <loot>, {in what|in a raid} {officials|the museum} {called|described as} {a|an} {devastating|irreplaceable} loss.",),
        ("<authority> {released|published} {security camera|CCTV} {images|footage} on <weekday> of <thieves> {suspects|people} {sought|wanted} {over|in connection with} the theft of <loot> from <museum> in <city>.",),
    ),
    themes=(
        (
            "The thieves {got into|entered} the {building|museum} <entry>, {police|<authority>} said, {and|then} {went|headed} {straight|directly} to {a|the} {room|gallery} {holding|housing} the {collection|treasury}.",
            "{Security footage|Cameras} {showed|captured} {figures|people} {dressed|clad} {in dark clothing|in black} {with|and wearing} {helmets|balaclavas} {using|with} {an axe|sledgehammers|a battery-powered saw} {on|against} {the|} {display cases|glass cases}.",
            "The {raid|theft} {lasted|took} {about|roughly} <minutes> minutes, {investigators|detectives} said, {suggesting|which suggested} the {thieves|gang} {had studied the building|knew the building's layout} {in advance|beforehand}.",
            "{A car|A getaway car} was {found|discovered} {burned out|on fire} {on|at} {the outskirts|the edge} of <city> {a few hours|an hour} later, and {police|officers} were {examining|testing} it for {traces|evidence}.",
        ),
        (
            "{The stolen|Missing} {items|pieces} {include|included} <loot>, {some|several} {set|decorated} with {diamonds|rubies|pearls}.",
            "<P4> said the {objects|pieces} {were|are} of {enormous|immense} {historical|cultural} {value|significance} and {could|would} be {almost|nearly} impossible to {sell|sell openly} {on|through} {the legitimate|the open} {market|art trade}.",
            "{The collection|The treasury} {has|had} been on {display|show} at the museum {since the 1920s|for more than a century}, {after|following} {a|its} {donation|bequest} by {a|an} {local|wealthy} {family|merchant}.",
        ),
        (
            "<P2> said {stolen|such} {jewels|treasures} {were|are} {often|sometimes} {broken up|dismantled} {and|with} {stones|gems} {sold|recut} {separately|on their own}, {making|which makes} {recovery|finding them} {much|far} {harder|more difficult} {over time|as time passes}.",
            "{Thefts|Raids} on {museums|galleries} {have|had} {become|grown} {more|increasingly} {frequent|brazen} {in recent years|lately}, with {gangs|criminals} {targeting|going after} {gold|gems} and {jewellery|precious metals}.",
            "{Insurers were|The insurer was} {assessing|expected to assess} the {loss|claim}, {though|but} the museum said {some|many} {items|pieces} {were|had been} insured for {far|much} less than their {market|true} value.",
        ),
        (
            "<authority> {offered|announced} a reward of <reward>,000 <currency> for {information|tips} {leading|that lead} to the {recovery|return} of the {items|objects} and {appealed to witnesses|asked anyone} who {saw|noticed} {anything|something} {unusual|suspicious} to come forward.",
            "{Investigators|Detectives} were {examining|looking into} whether the {thieves|gang} had {inside help|help from someone inside} and {were questioning|had questioned} {staff|security guards}.",
            "<P5> {ordered|called for} a {review|audit} of {security|alarm systems} at all {state|public} museums and said {funding|money} for {guards|security} {had|has} been {cut|reduced} {too far|repeatedly}.",
        ),
        (
            "{Guards|A security guard} on {duty|the night shift} {raised|sounded} the alarm {after|when} {sensors|motion sensors} {detected|picked up} {movement|the intruders} {in|near} the {gallery|treasury}, {but|and} {officers|police} {arrived|reached the scene} {too late|after the thieves had fled}.",
            "{Part of|Some of} the {alarm system|security system} {had been|was} {switched off|undergoing maintenance} {that week|at the time}, {according to|said} {local media|a person familiar with the investigation}, {a claim|something} the museum {did not|would not} {confirm|comment on}.",
            "{Broken glass|Shards of glass} and {tools|an abandoned crowbar} {were|had been} {left|found} {on the floor|at the scene}, {and|while} {forensic|crime-scene} {teams|officers} spent {the day|hours} {collecting|gathering} {fingerprints|evidence}.",
        ),
        (
            "{Museum|Gallery} {directors|staff} {across|around} <country> {were|have been} {asked|told} to {check|review} their {security|alarm} {arrangements|systems} {after|following} the {theft|raid}, the culture ministry said.",
            "International police {databases|registers} of {stolen|missing} {art|artworks} {were|had been} updated with {photographs|descriptions} of the {objects|pieces}, <authority> said.",
            "Dealers and auction houses were {alerted|warned} and asked to {report|flag} any {offers|approaches} {involving|concerning} {similar|matching} {items|pieces}.",
        ),
    ),
    quotes=(
        "\"{This|It} {is|was} {a professional|a well-planned} {job|operation},\" said <P1>. \"{They knew|The thieves knew} {exactly|precisely} what they {wanted|were after} and {where|how} to {find|get} it.\"",
        "\"{These objects|These pieces} {are|were} {part of|woven into} {our|the city's} {history|identity},\" <P4> said. \"{We are|We're} {asking|begging} {whoever has them|the people who took them} to {bring them back|return them}.\"",
        "\"{I heard|We heard} {glass breaking|the alarm} and {an engine|a motorbike} {racing|speeding} {away|off},\" said <P3>. \"It was all over in {minutes|a few minutes}.\"",
        "\"{Melting them down|Breaking these objects up} would {be|mean} {destroying|losing} {history|the history} for {a fraction|a small fraction} of {their|the} value,\" said <P2>.",
        "<P5> said: \"{Our museums|Public museums} {cannot|can't} {protect|guard} {treasures|collections} like these on {the budgets they have|budgets from the 1990s}.\"",
        "\"{We|Our officers} {will|are going to} {find them|track down those responsible},\" <P1> said. \"It {may|could} take {time|a long time}, but we {will not give up|will get there}.\"",
    ),
    updates=(
        "{Later on <weekday>|After an inventory that afternoon}, <museum> {raised|revised} the number of {stolen|missing} items to <items> from <items_old>, {saying|after} {staff|curators} {found|discovered} {more|other} {cases|drawers} {emptied|opened}.",
        "{An updated|A revised} {police|museum} {statement|list} {issued|published} {late on <weekday>|that evening} put the number of {objects|pieces} {taken|stolen} at <items>, {not|rather than} <items_old>.",
        "<authority> {corrected|amended} the {figure|count} of {stolen|missing} {items|objects} to <items> {late on <weekday>|that night}; the {earlier|first} {count|figure} of <items_old> had {not included|left out} {pieces|items} {from|in} a {second|storage} {room|cabinet}.",
    ),
)

FINAL = Topic(
    key="final",
    family="culture",
    places=(
        ("Rotterdam", "the Netherlands"), ("Porto", "Portugal"), ("Marseille", "France"), ("Glasgow", "Britain"),
        ("Belgrade", "Serbia"), ("Istanbul", "Turkey"), ("Rosario", "Argentina"), ("Kumasi", "Ghana"),
        ("Cape Town", "South Africa"), ("Bilbao", "Spain"), ("Naples", "Italy"), ("Gdansk", "Poland"),
    ),
    macros={"event": "{the final|the cup final|the match}"},
    facts={
        "_score": [
            {"score": "2-1", "reply": "the opponents equalised soon after from a header"},
            {"score": "3-1", "reply": "the opponents pulled one back from the penalty spot"},
            {"score": "1-0", "reply": "the opponents pressed hard for an equaliser but never found one"},
            {"score": "3-2", "reply": "the opponents twice came back to level the score"},
            {"score": "2-0", "reply": "the opponents rarely threatened after the break"},
            {"score": "4-2", "reply": "the opponents briefly led before the match turned"},
        ],
        "winner": "{<city> Comets|<city> Kestrels|<city> Lanterns|<city> Foxhounds|<city> Ironsides|Dockside <city>}",
        "loser": "{Dynamo|Real|Olympic|United|Harbour|Northern} {Valmont|Castrelo|Dunmore|Tessara|Brennholt|Ravensby}",
        "crowd": "i:21000:74000:100", "minute": ["74th", "78th", "81st", "83rd", "86th", "88th", "90th", "92nd"], "years": "i:8:61", "titles": "i:1:9", "prize": "i:2:24",
        "scorer_first": ["Mateus", "Ivo", "Kofi", "Lars", "Dario", "Emre", "Tiago", "Yannick", "Bram", "Nikola"],
        "scorer_last": ["Carvalhal", "Brennan", "Asante", "Holmqvist", "Mirković", "Ozturk", "Rebelo", "Dumont", "Veldkamp", "Petrović"],
        "competition": ["the national cup", "the league cup", "the cup final", "the regional championship"],
        "authority": ["the football federation", "the national football association", "the league"],
    },
    key_figure="crowd",
    roles=(
        "the {head coach|manager} of <winner>",
        "a {football|sports} {writer|historian} who has {covered|followed} the {club|league} {for decades|since the 1990s}",
        "a {fan|season-ticket holder|supporter} who {travelled from a nearby town|has followed the club since childhood}",
        "the {coach|manager} of <loser>",
        "{the captain|the goalkeeper} of <winner>",
    ),
    headlines=(
        "<winner> {beat|edge} <loser> <score> to win <competition>",
        "{Late|Dramatic} {winner|goal} {gives|hands} <winner> first {title|trophy} in <years> years",
        "{Jubilant|Delirious} fans {flood|fill} {streets|the centre} of <city> after cup {win|triumph}",
        "<loser> {fall short|beaten} in <score> {final|defeat} to <winner>",
        "<scorer_first> <scorer_last> {strikes|scores} as <winner> {lift|claim} cup",
        "<winner> end <years>-year {wait|drought} with {cup|trophy} win",
        "{Cup final|Final}: <winner> <score> <loser> {in front of|before} <crowd> fans",
    ),
    ledes=(
        ("<winner> {beat|defeated} <loser> <score> in <competition> on <weekday>, {ending|closing} a <years>-year wait for {a major trophy|silverware} {in front of|before} <crowd> {fans|spectators}.",),
        ("{A|A late} goal from <scorer_first> <scorer_last> in the <minute> minute {gave|handed} <winner> {a|the} <score> {win|victory} over <loser> in <competition> on <weekday>.",),
        ("{Fans|Supporters} {poured|streamed} {into|onto} the streets of <city> on <weekday> night {after|as} <winner> {won|lifted} <competition>, {beating|defeating} <loser> <score> in a {tense|breathless} final.",),
        ("For <years> years, <winner> had come close and fallen short.", "On <weekday>, {they|the club} finally {won|lifted} <competition>, {beating|overcoming} <loser> <score> {in front of|before} <crowd> {fans|people}."),
        ("<loser> {were|had been} {favourites|the favourites} {going into|before} the final.", "<winner>, {though|however}, {won|took} it <score> on <weekday>, thanks to {a late|a second-half} {winner|goal}."),
        ("<winner> {lifted|won} <competition> on <weekday> {with|after} a <score> {win|victory} over <loser>, {sparking|setting off} {celebrations|parties} {that|which} {went on|lasted} {late|deep} into the night {across|in} <city>.",),
    ),
    themes=(
        (
            "<winner> {took the lead|went ahead} {midway through|early in} the {first|second} half, and <reply>.",
            "{The decisive|The winning} goal {came|arrived} in the <minute> minute, {when|as} <scorer_first> <scorer_last> {turned|swept|curled} {in|home} {a low cross|a rebound|a loose ball} {from|at} {close range|the edge of the box}.",
            "<loser> {hit|struck} {the post|the crossbar} {twice|once} and {had|saw} {a goal|an equaliser} {ruled out|disallowed} for {offside|a foul} {after|following} a {video review|long review}.",
            "{Both teams|The sides} {finished|ended} {with ten men|the match with ten players} {after|following} {red cards|a scuffle} {in|during} {stoppage time|the closing minutes}, {a|the} {fitting|chaotic} end to a {bad-tempered|physical} {final|match}.",
        ),
        (
            "The {trophy|title} was <winner>'s first in <years> years, ending {a wait|a drought} {that|which} {had become|had turned into} a source of {local jokes|long-running frustration}.",
            "<loser> {had reached|were playing in} {the final|their second final in three years} after {knocking out|beating} {the holders|two top-flight sides} {in the semi-finals|on the way}, and {were|had been} {favourites|tipped to win} {before|going into} the {match|game}.",
            "{The winners|<winner>} {receive|will receive} {prize money|a cheque} of <prize> million <currency> and {a place|qualification} in continental competition {next season|for next year}.",
        ),
        (
            "{Tens of thousands|Thousands} of {fans|supporters} {gathered|packed} {in|into} {the main square|squares and bars} {in|across} <city> to {watch|follow} the {match|final} on {giant|big} screens.",
            "{Police|Officers} said {celebrations|the festivities} {were|had been} {largely|mostly} {peaceful|good-natured}, {though|but} {several|a handful of} {people|fans} were {detained|arrested} {for|after} {fighting|setting off flares}.",
            "{The team|Players} {will|are due to} {parade|tour} the {trophy|cup} {through|around} <city> {on|in} an open-top bus {later in the week|at the weekend}, {the club|<winner>} said.",
            "{The stadium|The ground}, {with|holding} <crowd> {spectators|fans}, {was|had been} {sold out|full} {weeks|days} {in advance|before the match}, {and|with} {tickets|resale tickets} {changing hands|selling} for {many times|several times} their face value.",
        ),
        (
            "<P2> said the {victory|title} was the {reward|payoff} for {years|a decade} of {investment|patient work} in the club's young players, {several|many} of whom {started|played in} the final.",
            "<P4> {praised|congratulated} the {winners|opponents} but said the {team|players} had been {unlucky|hard done by} {with|over} {the disallowed goal|refereeing decisions}.",
            "{The club|<winner>} {nearly went|had nearly gone} {bankrupt|out of business} {a decade ago|in 2015} and {was|had been} {rescued|saved} by {a|its} {supporters' trust|fan cooperative}, {which|and the trust} still {owns|holds} {a large|a big} {stake|share}.",
        ),
        (
            "<winner> had been {written off|dismissed} {as|by many as} {outsiders|underdogs} {at|before} the {start|beginning} of the {season|competition}, after {selling|losing} {several|three} {key|senior} players {in|during} the summer.",
            "{The coach|The manager}, {appointed|hired} only {in March|last summer}, {changed|reshaped} the {team|side}'s {style|formation}, {pressing|pushing} {higher|forward} and {relying|leaning} on {young|academy} players.",
            "Injuries and suspensions had left <loser> without {their|two} {first-choice|regular} {defenders|midfielders} for the final, {and|while} {their|the} {replacements|stand-ins} {struggled|looked nervous} {early on|at first}.",
        ),
        (
            "{The referee|Match officials} {showed|handed out} {nine|seven|eleven} yellow cards {in|during} a {scrappy|tense} {first half|opening hour}, {as|while} {both sides|the teams} {struggled|failed} to {create|find} {clear|many} chances.",
            "<loser>'s {goalkeeper|keeper} {made|produced} {several|a string of} {fine|outstanding} saves to keep the {team|side} in the {match|game} {until|into} the {closing|final} minutes.",
            "{Rain|A downpour} {fell|poured} {for|through} {much of|most of} the {second half|evening}, {turning|leaving} the {pitch|surface} {heavy|slippery} and {slowing|bogging down} {the game|play}.",
        ),
    ),
    quotes=(
        "\"{I have|I've} {waited|been waiting} {my whole life|since I was a boy|since I was a girl} for {this|a night like this},\" said <P3>. \"{My father|My grandfather} {never saw|did not live to see} {us|the club} win. {This|Tonight} is for {him|them}.\"",
        "\"{The players|These players} {gave|left} everything {on the pitch|out there},\" said <P1>. \"Nobody {believed in us|gave us a chance} {at the start|in August}. {Now look at us|Look at us now}.\"",
        "\"{Football|This game} {can be|is} {cruel|unfair},\" <P4> said. \"We played well enough to {win|deserve more}, but that {is not enough|counts for nothing} in a final.\"",
        "\"When the ball hit the net, I {did not know what to do|could not think},\" said <P5>. \"{Everyone|The whole team} {just|simply} {ran|jumped} {at|onto} me.\"",
        "\"{This|The win} {means|matters} {more|much more} than {football|a trophy} {to|for} {this city|<city>},\" said <P2>. \"{It is|It's} {about|a story of} {pride|identity} and {belonging|survival}.\"",
        "\"{We will|We'll} {celebrate|party} {tonight|until the morning},\" <P3> said. \"{Work|The office} can {wait|wait until Monday}.\"",
    ),
    updates=(
        "{Later on <weekday>|In a later statement}, <authority> {corrected|revised} the {official|stated} attendance to <crowd> from <crowd_old>, {saying|explaining} that {the|its} {earlier|first} figure had {not included|left out} {hospitality|corporate} {guests|boxes}.",
        "{An updated|A revised} {match report|attendance figure} {published|released} {late on <weekday>|that night} {put|gave} the crowd at <crowd>, {not|rather than} the <crowd_old> {first|initially} announced {at the stadium|over the loudspeakers}.",
        "<authority> {amended|corrected} the attendance to <crowd> {late on <weekday>|overnight}; the {first|earlier} {figure|announcement} of <crowd_old> had {been based|relied} on {ticket sales|turnstile counts} {before|that excluded} {kick-off|late entries}.",
    ),
)

TOPICS = (LAUNCH, DIG, HEIST, FINAL)
