"""Sentence pools shared by all topics of a family (invented text).

Slots every topic provides: ``<city>``, ``<country>``, ``<weekday>``,
``<authority>``, ``<P3>`` (an ordinary person) and the ``<<event>>`` macro.
Heavy ``{a|b}`` alternation keeps repeated use from producing identical runs.
A sentence starting ``@quake,flood@`` only suits the listed topics.
"""

from __future__ import annotations

GENERIC: dict[str, dict[str, tuple[str, ...]]] = {
    "disaster": {
        "response": (
            "{By late <weekday>,|By nightfall,|Within hours,} <authority> had {set up|opened} a {crisis|coordination} {centre|center} in <city> and {asked|urged} residents to {keep phone lines free|stay off the roads|check on elderly neighbours}.",
            "{The government|The interior ministry|The regional governor's office} said {extra|additional} {funds|money} would be {released|made available} {within days|this week} and that {the army|military engineers|the coast guard} {had been put on standby|was ready to help}.",
            "@quake,flood,wildfire@<Authority> {warned|cautioned} that {figures|the numbers} {could|might} {change|still rise} as {teams|crews} {reached|got to} {outlying|remote} {villages|districts} {cut off|isolated} since <weekday>.",
            "@quake,flood,wildfire@{Schools|Government offices|Courts} in <city> {stayed|were} closed {on <weekday>|for the day}, and {bus|tram|rail} services {ran|operated} on a {reduced|skeleton} {timetable|schedule}.",
            "A {spokeswoman|spokesman} for <authority> said {its|the agency's} {staff|people} {were working|had worked} {around the clock|in twelve-hour shifts} and {appealed for|asked for} {patience|calm}.",
            "{Hospitals|Clinics} {across|around} <city> {cancelled|postponed} {routine|non-urgent} {operations|appointments} to {free|clear} beds, {according to|said} {a health ministry statement|the regional health board}.",
            "@quake,flood,wildfire@{Aid groups|Charities|Volunteer organisations} {began|started} {collecting|gathering} {blankets, water and tinned food|clothing and bottled water|tents and hygiene kits} at {collection points|depots} {set up|opened} in {school gyms|church halls|sports centres}.",
            "@quake,flood,wildfire,derail@{Neighbouring|Nearby} {provinces|regions|municipalities} {sent|dispatched} {fire crews|ambulances|engineers} and {heavy equipment|generators|water tankers}, <authority> said {in a statement|on social media}.",
            "@quake,flood,wildfire@{Power|Electricity} {was restored|returned} to {most|much} of <city> {by the evening|before midnight}, {although|though} {some|several} {streets|neighbourhoods} {remained|were still} {dark|without supply} {late into the night|on <weekday> night}.",
            "{Insurers|Insurance companies} said it was {too early|premature} to {estimate|put a figure on} {losses|the damage}, but {a broker|an industry analyst} described {them|the losses} as {likely to be substantial|significant}.",
        ),
        "background": (
            "@quake,flood,wildfire@<Country> has {invested|spent} {heavily|billions} in {early-warning systems|emergency planning|stronger building codes} {since|after} {a deadly disaster|a string of disasters} {more than a decade ago|in the early 2010s}.",
            "{Critics|Opposition politicians|Independent experts} have {long|repeatedly} {argued|said} that safety rules are {poorly enforced|not applied} {outside|beyond} {big cities|the capital}.",
            "@quake,flood,wildfire@{The area|The region} around <city> is {home to|inhabited by} {several hundred thousand|about a million} people, {many of them|a large share of them} in {older|low-rise} {housing|buildings} {built|put up} before {modern|current} {safety rules|standards}.",
            "{A parliamentary|A government} {review|report} {published|released} {last year|two years ago} {found|concluded} that {emergency|rescue} {services|teams} in the {region|province} were {short of|lacking} {staff and equipment|trained personnel}.",
            "@flood,wildfire@{Climate scientists|Researchers} have {warned|said} that {events like this|such disasters} are {becoming|growing} {more frequent|more common} {in the region|across <country>}, {although|but} {no single event|no one disaster} can be {blamed|pinned} {directly|solely} on {warming|climate change}.",
            "{The last|The previous} {comparable|similar} {disaster|emergency} in <country> {led to|prompted} a {public inquiry|national review} {that|which} {recommended|called for} {dozens of|a long list of} {changes|reforms}.",
            "@quake,flood,wildfire@{Local|Municipal} {officials|leaders} in <city> had {asked|lobbied} the {national|central} government for {more money|extra funding} for {drainage, roads and shelters|emergency preparedness} {as recently as|only} {last spring|this summer}.",
            "<City> {last|previously} {faced|saw} {an emergency|a disaster} on this scale {decades ago|in the 1990s}, {and|and} {older|elderly} residents {said|recalled} {the memories|those days} {came flooding back|returned at once}.",
        ),
        "reaction": (
            "@quake,flood,wildfire@{In the centre of|Across} <city>, {neighbours|residents} {shared|handed out} {food|hot drinks|phone chargers} and {strangers|shopkeepers} {offered|opened} their {homes|doors} to {those|families} {who had nowhere to go|left without shelter}.",
            "@quake,flood,wildfire@\"{You hear about these things on the news|You think it happens to other people}, {but|and then} {now it is our street|suddenly it is your own house},\" said <P3>.",
            "Messages {of support|of sympathy} {poured in|arrived} from {abroad|neighbouring countries|other cities}, and {several|a number of} {governments|embassies} {offered|pledged} {help|assistance}.",
            "@flood,wildfire@{Some|Many} {residents|people} {said|complained} that {warnings|alerts} had {come too late|arrived late} or {not at all|been confusing}, {a charge|an accusation} <authority> {rejected|denied}.",
            "@quake,flood,wildfire@{Long queues|Lines} {formed|stretched} {outside|at} {supermarkets|petrol stations|pharmacies} {in <city>|across the city} as {people|families} {stocked up|bought supplies} {in case conditions worsened|fearing things would get worse}.",
            "{Local|Regional} {television|radio} {broadcast|ran} {lists of missing people|appeals for missing people} {through the night|throughout <weekday>}, and {families|relatives} {gathered|waited} {outside|at} {hospitals|the town hall} for news.",
            "@quake,flood,wildfire@{On social media|Online}, {residents|users} {posted|shared} {videos|photographs} of {cracked walls|damaged homes|blocked roads} and {asked|begged} for {news of|information about} {relatives|missing pets}.",
            "{Vigils|Candlelit vigils} {were held|took place} {in|across} <city> {on <weekday> evening|that night}, and {hundreds|crowds} of people {laid|left} {flowers|candles} {near|at} {the harbour|the station|the main church}.",
            "{Relatives|Families} {criticised|complained about} the {slow|piecemeal} release of {names|information}, {saying|and said} they had {learned|heard} more from {social media|neighbours} than from {officials|the authorities}.",
        ),
        "next": (
            "<Authority> said it would {publish|issue} {an updated|a new} {assessment|report} {on <weekday> evening|the following morning} and {hold|give} a {news conference|briefing} {in <city>|at its headquarters}.",
            "{Officials|Authorities} {said|warned} {recovery|rebuilding} would {take|last} {months|years} and {promised|pledged} {a full|an independent} {inquiry|review} into {how|whether} {the response|warnings} {had worked|were handled}.",
            "@quake,flood,wildfire@{Investigators|Engineers} were {expected|due} to {begin|start} {a detailed|a formal} {inspection|survey} of {damaged|affected} {buildings|sites} {once|as soon as} {conditions allowed|it was safe}.",
            "{A national day of mourning|Flags at half-mast|A memorial service} {was announced|was planned} {for later in the week|for the weekend}, {officials|the government} said.",
            "@quake,flood,wildfire@{Residents|People} {were told|were advised} to {follow|check} <authority> {online|on local radio} for {updates|instructions} and to {avoid|stay away from} {damaged areas|the worst-hit districts} {until further notice|for now}.",
            "@quake,flood,wildfire@{The cost of|The bill for} {repairs|rebuilding} {would|will} {be known|become clear} only {after|once} {inspectors|assessors} {finish|complete} their {work|surveys}, {officials|the authority} said.",
        ),
    },
    "economy": {
        "response": (
            "{Shares of|Stocks in} {banks|exporters|retailers} {rose|fell} {modestly|sharply} in <city> {after|following} the {news|announcement}, while {the currency|bond yields} {barely moved|edged lower}.",
            "{The finance ministry|The government} said it {welcomed|noted} {the decision|the move} and {would|will} {study|examine} {its|the} {effects|impact} on {households|small businesses} {closely|carefully}.",
            "{Business groups|Employers' associations|Chambers of commerce} called {the outcome|the news} {a relief|disappointing|a mixed picture} and {asked|pressed} {lawmakers|ministers} for {clarity|certainty} {on|about} {next year|the months ahead}.",
            "{Analysts at|Economists at} {several|two} {banks|brokerages} {revised|changed} their {forecasts|projections} {within hours|the same afternoon}, {pointing to|citing} {weaker|softer|stronger} {consumer spending|demand} {in <country>|at home}.",
            "{A spokesman|A spokeswoman} for <authority> {declined|refused} to {comment|say more} {beyond|than} {a brief|a short} {statement|written note} {issued|released} {on <weekday>|that afternoon}.",
            "{Trade unions|Consumer groups} {said|argued} that {ordinary families|working people} {would|were set to} {bear|carry} {most of|much of} the {cost|burden} and {demanded|called for} {relief|support} {measures|payments}.",
            "{Opposition|Rival} {politicians|parties} {seized on|pounced on} the {figures|news}, {saying|arguing} they showed that {government|official} {policy|strategy} {was failing|had run out of ideas}.",
        ),
        "background": (
            "{Inflation|Price growth} in <country> {peaked|hit a high} {two years ago|in 2024} and has {eased|slowed} {since|unevenly since}, {though|but} {food|housing|energy} {costs|prices} {remain|are still} {a sore point|a worry} {for voters|for households}.",
            "{The economy|Output} {grew|expanded} {only slightly|modestly} in the {third|latest} quarter, {according to|official} {official|statistics office} {figures|data}, {held back by|weighed down by} {weak|falling} {exports|investment}.",
            "{Exports|Shipments abroad} {account for|make up} {roughly|about} {a third|two-fifths} of <country>'s {economic output|GDP}, {leaving|making} it {exposed|vulnerable} to {slowdowns|swings} in {its main markets|global demand}.",
            "{Unemployment|Joblessness} {stands at|is} {about|around} {five|six|seven} percent, {close to|near} {its lowest|a record low} {in years|in a decade}, {though|but} {wage growth|pay} has {lagged|trailed} {prices|inflation}.",
            "{The sector|The industry} {employs|supports} {tens of thousands|hundreds of thousands} of people {in and around|across the region around} <city>, {many of them|most of them} in {small firms|family businesses|suppliers}.",
            "@merger,rates,strike@{Similar|Comparable} {disputes|decisions|deals} elsewhere in the region {have|had} {drawn|attracted} {scrutiny|attention} from {regulators|competition authorities} {in recent years|lately}.",
        ),
        "reaction": (
            "\"{Everything costs more than it did|Every week the bill at the till is higher}, {and|but} {nobody|no one} {in charge|up there} seems to {notice|care},\" said <P3>.",
            "{Shoppers|Commuters|Small-business owners} {interviewed|approached} {in <city>|on the streets of <city>} {were|seemed} {divided|split}, {with some|some} {welcoming|praising} the {news|move} and {others|some} {shrugging|unmoved}.",
            "{Market traders|Stallholders} {near|around} {the port|the old town|the central station} said {business|trade} had been {slow|quiet} {for months|since the summer} and {they|few} {expected|saw} {little change|any quick improvement}.",
            "{Economists|Analysts} {cautioned|warned} {against|about} {reading too much into|over-interpreting} {a single|one} month's {data|figures}, {noting|saying} that {conditions|the picture} {could|may} {shift|change} {quickly|fast}.",
            "{On online forums|On social media}, {some|many} {users|commenters} {questioned|mocked} {the timing|the wording} of the {announcement|statement}, {while|and} {others|some} {defended|backed} it.",
        ),
        "next": (
            "<Authority> is due to {report|meet|publish figures} {in December|early next year}, {when|at which point} {analysts|markets} {expect|will look for} {more detail|a clearer signal}.",
            "@strike,merger@{Talks|Discussions} {are|were} {expected|scheduled} to {resume|continue} {later in the week|next week} {in <city>|in the capital}, {according to|said} {people familiar with the matter|officials involved}.",
            "@merger@{Regulators|Lawmakers} {have|will have} {until|before} {the end of the year|the spring} to {review|approve} the {plans|arrangements}, {and|while} {a|the} {final|formal} {vote|decision} {could|may} {slip|be delayed} {into 2027|into next year}.",
            "{Investors|Markets} {will|would} {watch|study} {closely|carefully} {for|for any} {signs|hints} of {how|whether} the {change|decision} {feeds through|passes through} to {prices|wages|lending}, {analysts|economists} said.",
            "{Further|More} {details|figures} {were|are} {promised|due} {in|with} the {annual|quarterly} {report|update} {later this month|before Christmas}, <authority> said.",
        ),
    },
    "civic": {
        "response": (
            "{Several|A group of} {lawmakers|councillors} {called for|demanded} {an urgent|an emergency} {debate|hearing} {on|about} the {matter|issue} {in|at} {parliament|the assembly|the city council} {next week|before the end of the month}.",
            "<Authority> {issued|put out} a {brief|short} statement {on <weekday>|late on <weekday>} {saying|stating} it {would|will} {answer|respond to} questions from the public and {publish|release} {more|further} {information|details} {as soon as possible|in the coming days}.",
            "{Transparency|Good-governance} {groups|campaigners} said the {affair|episode} {raised|posed} {wider|broader} {questions|concerns} about {accountability|oversight} {in|of} public {bodies|institutions}.",
            "{The interior ministry|A government spokesperson|The head of government's office} said {ministers|the cabinet} had been {briefed|kept informed} and {would|will} {discuss|review} the {matter|situation} at {its|the} {next|weekly} {meeting|session}.",
            "{Opposition politicians|Rival parties} were quick to {seize on|comment on} the {news|matter}, and {one|a} senior {figure|lawmaker} called it \"{a wake-up call|a warning for the whole country}.\"",
        ),
        "background": (
            "{Surveys|Opinion polls} {have|had} {shown|suggested} {falling|declining} {trust|confidence} in {public institutions|public bodies} in <country> {over the past decade|in recent years}, {after|following} {a series of|several} {scandals|controversies}.",
            "<City> {is|has long been} {seen|regarded} as {a bellwether|a barometer} for {national|wider} {trends|politics}.",
            "@election,court,cyber,outbreak@The {issue|matter} {has been|had long been} {a recurring topic|a prominent theme|a regular subject} in <country>'s {parliament|public debate} {for years|for more than a decade}.",
            "@court,cyber,outbreak,heist@{Local|Regional} {newspapers|broadcasters} had {reported on the issue|raised questions about the matter} {months|weeks} before it {reached|made} national headlines.",
            "{Similar|Comparable} {cases|episodes} in {neighbouring countries|other countries} have {led to|prompted} {new laws|reforms|resignations}, {experts|analysts} {note|said}.",
        ),
        "reaction": (
            "\"{People just want|All we ask is} {things to work|someone to listen}, {and|but} {it feels like|we feel} {nobody|no one} {is|has been} {listening|paying attention},\" said <P3>.",
            "{Outside|In front of} {the town hall|government offices}, {small|scattered} groups {gathered|waited} {with|holding} {banners|handwritten signs} {as|while} {news|word} {spread|filtered out}.",
            "{Newspapers|Editorial writers|Commentators} in <country> were {divided|split}, with one {popular|leading} {daily|tabloid} calling the {affair|development|news} \"{a turning point|long overdue|a mess}.\"",
            "{Some|Several} residents {said|told reporters} {they|that they} {had not|hadn't} {followed|paid attention to} the {issue|story} {closely|at all}, {while|but} {others|some} spoke of {little else|nothing else} {for weeks|all week}.",
            "{Online|On social media}, {hashtags|posts} about <<event>> {trended|circulated} {for hours|all evening}, {drawing|with} {sharp|heated} {exchanges|arguments} {between|among} {supporters|both camps}.",
        ),
        "next": (
            "{Officials|Authorities} {promised to|said they would} {answer|take} {questions|further questions} from {residents|the public} at {an open meeting|a town-hall session} {in <city>|at city hall} next week.",
            "@cyber,outbreak,heist@{An|The} {independent|external} {review|audit} {is|was} {due|expected} to {report|finish} {by|before} {the spring|the end of the year}, <authority> said.",
            "<Authority> {said|promised} it would {publish|release} {a full|a detailed} {report|account} {within|in} {a month|six weeks}.",
            "Lawmakers are expected to return to the {issue|matter} {when|after} {parliament|the assembly} {reconvenes|resumes} {next week|in December}.",
            "More details {are expected|will be published} {in the coming days|later in the week}, <authority> said.",
        ),
    },
    "culture": {
        "response": (
            "@launch,dig@{Organisers|The organisers|Officials} {said|confirmed} {the|that the} {next|following} {stage|event|phase} {would|will} {go ahead|proceed} {as planned|on schedule} {despite|in spite of} {the|some} {delays|disruption}.",
            "{A spokeswoman|A spokesman} for <authority> said {the team|staff} {were|had been} {overwhelmed|delighted|stunned} by {the|public} {interest|response} and {thanked|praised} {volunteers|partners} {for|for their} {help|work}.",
            "{Ticket sales|Visitor numbers} {jumped|surged|rose} in the {hours|days} {after|following} the {news|announcement}, {according to|said} {a person|someone} {familiar with|close to} the {figures|matter}.",
            "{The government|City officials|The regional government} {issued|released} a {statement|note} {praising|congratulating} {all those involved|the team} and {promising|pledging} {continued|further} {support|funding}.",
            "{Local|Regional} {businesses|hotels|cafés} {reported|said they saw} {a rush|a surge} of {visitors|customers} {on <weekday>|that evening}, with {some|several} running {out of stock|short of rooms}.",
        ),
        "background": (
            "<City> has {long|for years} {tried|worked} to {build|promote} {its|a} {reputation|profile} as {a centre|a hub} for {science, sport and culture|research and the arts}, {with|and} {mixed|uneven} {success|results}.",
            "@launch,dig@{Funding|Public money} for {such|similar} {projects|programmes} in <country> has {been cut|fallen} {several times|repeatedly} over the {last decade|past ten years}, {according to|say} {researchers|critics|unions}.",
            "{The|This} {field|world} is {small|close-knit}, {and|so} {news|word} of {the|any} {result|discovery|setback} {travels|spreads} {fast|quickly} {among|between} {specialists|insiders} {abroad|in other countries}.",
            "{Interest|Public interest} in {such|these} {events|stories} {has|had} {grown|risen} {sharply|steadily} {in recent years|lately}, {helped by|thanks to} {television|documentaries|social media} and {school|community} {programmes|outreach}.",
            "@launch,dig@{Similar|Comparable} {efforts|projects} {elsewhere|in other countries} {have|had} {cost far more|taken much longer} {than planned|than expected}, {a reminder|something} {critics|sceptics} {are|were} {quick|keen} to {point out|mention}.",
        ),
        "reaction": (
            "\"I have waited {years|a long time} {for|to see} {something like this|a day like this}, so I {could not|couldn't} {stay away|miss it},\" said <P3>.",
            "{Fans|Visitors|Onlookers} {lined|crowded} {the streets|the square|the railings} {around|near} {the venue|the site} {long before|well before} {dawn|the start}, {some|many} {wrapped in|holding} {scarves|flags|blankets}.",
            "{Messages|Posts} {of congratulation|of support} {flooded|filled} {social media|the organisers' pages} {within|in} {minutes|hours}, {including|among them} {some|several} from {well-known|prominent} {figures|names} {abroad|overseas}.",
            "Not everyone was {impressed|convinced}: {a few|some} {critics|residents} {complained|grumbled} about {the cost|crowds|noise} and {questioned|asked} {whether|if} the money {was|had been} {well spent|worth it}.",
            "{Schoolchildren|Students|Families} {brought|carried} {drawings|homemade signs|cameras}, and {local|several} {teachers|parents} said the {day|event} {would|will} be {remembered|talked about} {for years|for a long time}.",
        ),
        "next": (
            "@launch,dig@{Further|More} {details|results|information} {are|were} {expected|due} {in|within} the {coming|next} {weeks|months}, {with|and} a {full|formal} {report|presentation} {planned|scheduled} for {next year|the spring}.",
            "{The|A} {next|follow-up} {event|milestone|stage} {is|was} {scheduled|pencilled in} for {early next year|the spring of 2027|February}, <authority> said.",
            "{Organisers|Officials} said they {would|will} {review|look again at} {arrangements|plans} {for|ahead of} {future|coming} {events|seasons} in light of this {experience|week}.",
            "{Anyone|People} {with|holding} {information|tickets|questions} {were|was} {asked|told} to {contact|get in touch with} <authority> {directly|through its website}, the {statement|announcement} said.",
        ),
    },
}
