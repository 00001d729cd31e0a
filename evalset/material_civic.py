"""Invented sentence material: local elections, court rulings, cyberattacks, outbreaks.

Parties, candidates, judges and hospitals are all invented; real towns only
provide the setting.
"""

from __future__ import annotations

from evalset.topics import Topic

_PARTIES = [
    {"winner_party": "the Civic Alliance", "loser_party": "the People's Renewal party"},
    {"winner_party": "the Green Forward list", "loser_party": "the Liberal Centre"},
    {"winner_party": "the Social Democrats", "loser_party": "the Homeland Union"},
    {"winner_party": "an independent citizens' list", "loser_party": "the ruling National Progress party"},
    {"winner_party": "the Workers' and Farmers' Bloc", "loser_party": "the Reform Movement"},
    {"winner_party": "the Unity Coalition", "loser_party": "the Free Citizens party"},
]

ELECTION = Topic(
    key="election",
    family="civic",
    places=(
        ("Tartu", "Estonia"), ("Košice", "Slovakia"), ("Maribor", "Slovenia"), ("Plovdiv", "Bulgaria"),
        ("Aveiro", "Portugal"), ("Lublin", "Poland"), ("Debrecen", "Hungary"), ("Timișoara", "Romania"),
        ("Trondheim", "Norway"), ("Ghent", "Belgium"), ("Uppsala", "Sweden"), ("Kaunas", "Lithuania"),
        ("Osijek", "Croatia"), ("Salerno", "Italy"),
    ),
    macros={"event": "{the election|the vote|the mayoral race|the ballot}"},
    facts={
        "_parties": _PARTIES,
        "share": "f:41.0:63.0", "rival_share": "f:22.0:36.0", "turnout": "f:31.0:68.0", "seats": "i:23:29",
        "council": "i:31:45", "votes": "i:18000:240000:10", "terms": ["two", "three", "four"],
        "issue": ["housing costs", "a stalled tram project", "air pollution", "a corruption scandal at city hall", "the closure of a steelworks", "tourist rentals"],
        "authority": ["the electoral commission", "the municipal election board", "the state election office"],
    },
    key_figure="votes",
    roles=(
        "{the new mayor|the winning candidate} and {a former|a} {schoolteacher|paediatrician|civil engineer|city planner}",
        "a political scientist at {the university in <city>|a think tank in the capital}",
        "a {voter|pensioner|student|shop owner} {in|from} {the old town|a suburb of <city>|the city centre}",
        "the {outgoing mayor|incumbent mayor}, who {had served|served} <terms> terms",
        "{a spokesperson for|the regional leader of} <loser_party>",
    ),
    headlines=(
        "<city> mayoral race {goes to|won by} <winner_party> {in upset|by wide margin}",
        "<city> {elects|chooses} new mayor as <loser_party> {loses|suffers} {stronghold|heavy defeat}",
        "{Voters|Residents} in <city> {oust|reject} <terms>-term mayor",
        "<city> election: {turnout|participation} {of|at} <turnout>% as {newcomer|challenger} wins",
        "<city> vote {turns on|decided by} {housing|<issue>}; victory for <winner_party>",
        "<country> {governing party|establishment} {dealt blow|stung} in <city> municipal election",
        "New mayor of <city> {promises|pledges} {change|action} {on|over} <issue>",
    ),
    ledes=(
        ("{The candidate of|A candidate from} <winner_party> won the mayoral election in <city> on <weekday> with <share>% of the vote, {ending|breaking} {years|more than a decade} of {control|dominance} by <loser_party>, <authority> said.",),
        ("Voters in <city> {elected|chose} a new mayor on <weekday>, {handing|giving} <winner_party> {its first|a clear} victory in the {city|town} and {dealing|delivering} a {blow|setback} to <loser_party>, {according to|based on} {official|preliminary} results.",),
        ("{A|The} {campaign|race} {dominated by|fought over} <issue> {ended|came to an end} on <weekday> {with|in} a {decisive|narrow} {win|victory} for <winner_party> in <city>, {where|and} turnout {reached|was} <turnout>%.",),
        ("For <terms> terms, <city> had the same mayor.", "On <weekday>, {voters|residents} {chose|picked} {someone else|a newcomer}: the candidate of <winner_party> {took|won} <share>% {against|of the vote, against} <rival_share>% for <loser_party>."),
        ("<winner_party> {won|took} control of <city>'s town hall on <weekday>, {securing|winning} <seats> of <council> council seats and the mayor's office in {an election|a vote} {seen|watched} {as|nationally as} a test for <country>'s {government|parties}.",),
        ("{Official|Final} results {published|released} by <authority> on <weekday> gave <winner_party> <share>% in <city>'s mayoral election, {a comfortable|a clear} {margin|lead} over <loser_party>.",),
    ),
    themes=(
        (
            "<authority> said turnout was <turnout>%, {up|down} from the {previous|last} {election|municipal vote} {four|five} years ago, with <votes> {ballots|votes} cast.",
            "The {winner|new mayor} {received|took} <share>% {of the vote|of ballots}, {compared with|against} <rival_share>% for the {candidate|nominee} of <loser_party>, {with|and} {smaller|minor} parties {sharing|splitting} the {rest|remainder}.",
            "<winner_party> {also|} {won|secured} <seats> of the <council> seats on the {city council|municipal assembly}, {enough|giving it enough} to {govern|pass budgets} {alone|without coalition partners}.",
            "{Counting|The count} {went on|continued} {late|well} into the night {in some districts|at several polling stations}, {where|as} {observers|party officials} {requested|asked for} {recounts|checks} of {disputed|spoiled} ballots.",
        ),
        (
            "<issue> dominated the campaign, with {both|all} {candidates|sides} {promising|pledging} {to|that they would} {tackle|fix} {it|the problem} {in|during} their first {year|hundred days}.",
            "{Rents|House prices} in <city> {have|had} {risen|climbed} {sharply|by about a third} {since|over} {2022|the last five years}, {driven|pushed up} {by|in part by} {students|tourist rentals|new investors}.",
            "The {new mayor|winner} {campaigned|ran} on {promises|a platform} of {more|cheaper} {public transport|social housing}, {an audit|a review} of {city contracts|public spending} and {greener|cleaner} {streets|neighbourhoods}.",
            "{Opponents|Critics} {accused the {winner|challenger} of making|said the {winner|challenger} had made} {promises|pledges} the city {could not|cannot} {afford|pay for}, {while|and} <loser_party> {campaigned|ran} {on|largely on} {experience|its record}.",
        ),
        (
            "<P2> said the {result|outcome} {reflected|showed} {frustration|anger} {with|at} {national|the national} {politics|government} {as much as|more than} {local|city} issues.",
            "{National|Party} leaders {travelled|came} to <city> {during|in} the {campaign|final week}, turning {the race|the vote} into {a referendum|a test} on the {government|coalition}.",
            "{The result|The outcome} {follows|comes after} {similar|comparable} {defeats|losses} for <loser_party> in {other|several} {towns|cities} {this year|in recent months}, {analysts|commentators} {noted|said}.",
        ),
        (
            "<P4> {conceded|admitted} defeat {late on <weekday>|shortly after midnight}, {congratulating|thanking} {the winner|voters} and {saying|adding} that the party {would|will} {remain|stay} on the council {in opposition|as the main opposition}.",
            "<P5> said the party {would|will} {analyse|study} the {result|defeat} {carefully|closely} and {accepted|acknowledged} that {it|the party} {had|has} {lost|failed to keep} {touch|contact} with {younger|urban} voters.",
            "{Supporters|Campaign volunteers} of the {winner|new mayor} {celebrated|gathered} {in|on} {the main square|a square} {outside|near} the town hall {until the early hours|late into the night}, {waving|with} {flags|banners}.",
        ),
        (
            "The {new mayor|winner} {will be|is due to be} {sworn in|installed} within {two|three} weeks and has {promised|pledged} to {present|publish} a {first|revised} budget {before|by} {Christmas|the end of the year}.",
            "{Among|One of} the {first|earliest} {decisions|tasks} {facing|for} the {new administration|new council} {will be|is} {whether|how} to {revive|finance|cancel} {a stalled tram project|the half-built ring road|plans for a new stadium}.",
            "{Election observers|Monitors} {from|sent by} {a|an} {civic|independent} {group|organisation} said {the vote|voting} {was|had been} {orderly|well run}, {though|but} {they|it} {noted|reported} {long queues|delays} at {some|several} {polling stations|precincts}.",
        ),
        (
            "{Young voters|First-time voters} {turned out|came out} in {greater|larger} numbers than {in past|at previous} {elections|municipal votes}, {according to|judging by} {exit polls|a survey} {conducted|carried out} for {local|regional} {television|radio}.",
            "The {campaign|race} {was|had been} {marred|overshadowed} {by|at times by} {disputes|rows} over {posters|campaign finance} and {a|one} {televised|live} debate {that|which} {ended|broke up} in {shouting|acrimony}.",
            "{Postal votes|Ballots cast abroad} {made up|accounted for} {about|roughly} {a tenth|one in twelve} of the {total|votes}, <authority> said, {and|while} {counting|the count} of {them|those ballots} {finished|ended} {late|after midnight}.",
        ),
    ),
    quotes=(
        "\"{Tonight|Today} <city> {chose|voted for} {change|a new direction},\" <P1> told {supporters|cheering supporters}. \"{We will|I will} {be|govern as} the {mayor|mayor} of {everyone|all residents}, including those who did not vote for {us|me}.\"",
        "\"{I voted|We voted} for {change|someone new} because {nothing|little} {changed|improved} for {years|a decade},\" said <P3>. \"{My|Our} {rent|bills} {doubled|went up and up}. {Someone|Somebody} {had to|needed to} {listen|notice}.\"",
        "\"{This|The result} {is not|isn't} {just|only} about <city>,\" said <P2>. \"{Parties|Politicians} in the capital {will|should} be {reading|studying} {these numbers|it} {very carefully|closely}.\"",
        "\"I {accept|respect} the {voters'|people's} {decision|verdict},\" <P4> said. \"I wish {the new mayor|my successor} {success|well}. {The city|<city>} {deserves|needs} it.\"",
        "<P5> said: \"{We have made|Our party has made} {mistakes|errors}, and {voters|people} {told|have told} us {so|that clearly}. {We will|We'll} {listen|learn}.\"",
        "\"{I have|I've} {lived|been} here {all my life|for seventy years},\" said <P3>. \"{I do not|I don't} care {which|what} party {wins|it is}. {I want|We want} the {buses|trams} to {run on time|work}.\"",
        "\"{Our first|The first} {job|priority} is {housing|<issue>},\" <P1> said. \"{On day one|In the first week}, {we will|I will} {order|start} {a review|an audit} of all {city|municipal} {contracts|properties}.\"",
    ),
    updates=(
        "{Later on <weekday>|After the final precincts reported}, <authority> {revised|corrected} the {total|number} of ballots cast to <votes> from <votes_old>, {saying|after} {returns|results} from {two|several} {districts|polling stations} had been {counted twice|entered late}.",
        "{Updated|Final} {figures|results} {released|published} {late on <weekday>|overnight} {put|gave} the {number of votes|total number of ballots} at <votes>, {not|rather than} the <votes_old> {first|initially} {announced|reported}.",
        "<authority> {corrected|amended} the {turnout figures|count} {late on <weekday>|that night}, putting the number of {ballots|votes} cast at <votes>; its {earlier|first} {figure|count} of <votes_old> had {left out|not included} {postal votes|ballots from abroad}.",
    ),
)

COURT = Topic(
    key="court",
    family="civic",
    places=(
        ("Vienna", "Austria"), ("Bratislava", "Slovakia"), ("Nairobi", "Kenya"), ("Brasília", "Brazil"),
        ("Canberra", "Australia"), ("Vilnius", "Lithuania"), ("Accra", "Ghana"), ("Riga", "Latvia"),
        ("Zagreb", "Croatia"), ("Montevideo", "Uruguay"), ("Sofia", "Bulgaria"), ("Windhoek", "Namibia"),
    ),
    macros={"event": "{the ruling|the judgment|the decision|the verdict}"},
    facts={
        "judges": ["nine", "seven", "eleven", "five"],
        "_vote": [
            {"vote": "five to four", "vote_adj": "five-to-four"}, {"vote": "six to one", "vote_adj": "six-to-one"},
            {"vote": "seven to two", "vote_adj": "seven-to-two"}, {"vote": "four to three", "vote_adj": "four-to-three"},
        ],
        "law": ["a law restricting street protests", "a tax on bank windfall profits", "a ban on gold mining near rivers", "a surveillance law allowing phone tapping without warrants", "a law capping rents in large cities", "a rule forcing journalists to reveal sources"],
        "petitioners": "i:12:4800:4", "fine": "i:120:950", "months": "i:3:18", "pages": "i:48:410",
        "year_passed": ["2023", "2024", "2025"],
        "authority": ["the constitutional court", "the supreme court", "the high court"],
        "group": "{a coalition of|a group of} {civil liberties groups|environmental organisations|journalists' unions|landlords|opposition lawmakers}",
    },
    key_figure="petitioners",
    roles=(
        "{the presiding judge|the chief justice|the court's president}",
        "a {professor of constitutional law|law lecturer} at {the university in <city>|a private law school}",
        "a {lawyer|campaigner|plaintiff} {for|representing|with} <group>",
        "the justice minister",
        "{a lawmaker|a senior figure} {from|in} the {governing party|ruling coalition}",
    ),
    headlines=(
        "<country>'s top court {strikes down|overturns} {law|<law>}",
        "Court {rules against|blocks} government in <city> over {controversial|contested} law",
        "Judges {uphold|back} {contested|controversial} law in <vote_adj> ruling",
        "{Landmark|Split} ruling in <city>: court {sides with|backs} <group>",
        "<country> government {vows|promises} to {respect|study} court ruling {on|over} {law|new rules}",
        "Constitutional challenge {succeeds|fails} as court {rules|decides} <vote>",
        "Court gives <country> parliament <months> months to {rewrite|amend} law",
    ),
    ledes=(
        ("<authority> of <country> {struck down|annulled} <law> on <weekday>, {ruling|finding} <vote> that {it|the measure} {violated|breached} the constitution, in a {defeat|setback} for the government.",),
        ("{Judges|The judges} of <authority> in <city> {ruled|decided} <vote> on <weekday> that <law> {was|is} {partly|largely} unconstitutional and gave parliament <months> months to {amend|rewrite} it.",),
        ("{In a|In its} <pages>-page {judgment|ruling} {handed down|delivered} on <weekday>, <authority> {sided with|backed} <group> {who|that} had {challenged|contested} <law>, {passed|adopted} in <year_passed>.",),
        ("{The courtroom|The packed courtroom} in <city> {fell silent|went quiet} {as|when} {the presiding judge|the court's president} {began|started} {reading|to read} the {verdict|ruling} on <weekday>.", "{By the end|Minutes later}, <law> {had been|was} {struck down|declared unconstitutional}."),
        ("<country>'s {highest|top} court {upheld|rejected challenges to} <law> on <weekday>, {dismissing|throwing out} {a|the} {challenge|petition} {brought|filed} by <group> in a <vote_adj> {decision|vote}.",),
        ("{Campaigners|Lawyers} {outside|on the steps of} <authority> in <city> {cheered|embraced} on <weekday> {after|when} {judges|the court} {ruled|found} that <law> {went|had gone} {too far|beyond what the constitution allows}.",),
    ),
    themes=(
        (
            "The {case|challenge} {was|had been} {brought|filed} by <group> {on behalf of|together with} <petitioners> {petitioners|citizens}, {who|and they} {argued|claimed} that the {law|measure} {breached|violated} {the right to privacy|free expression|property rights|the right of assembly}.",
            "The court {ruled|decided} <vote>, {with|and} {a|the} {dissenting|minority} {judges|opinion} {arguing|saying} that {parliament had|lawmakers have} {wide|broad} {latitude|discretion} {on|in} {such|these} {matters|questions}.",
            "{The judgment|The ruling}, which {ran|runs} to <pages> pages, {said|found} that {its wording|the key provision} was {so vague|so broad} that it could {give|allow} {officials|the authorities} {unchecked|excessive} {power|discretion}.",
            "The {law|measure}, {passed|adopted} in <year_passed> {after|following} {a heated|a bitter} {debate|parliamentary fight}, {had been applied|had remained in force} {while|as} the {challenge|case} {moved|worked its way} through the courts.",
        ),
        (
            "<P4> said the government {would|will} {respect|study} the {ruling|judgment} and {prepare|draft} {amendments|a new version} {within|in} {the|} <months> months {set|allowed} by the court.",
            "<P5> {criticised|attacked} the {judges|court}, {saying|and said} {unelected|the} {judges|court} {should not|must not} {override|second-guess} {the will of|elected} {parliament|lawmakers}.",
            "{Opposition|Rival} {parties|lawmakers} called the ruling {a victory|a vindication} for {the rule of law|citizens' rights} and {demanded|called for} the {minister's|government's} {resignation|apology}.",
        ),
        (
            "<P2> said the {ruling|decision} {was|is} {likely|expected} to {shape|influence} {future|other} {legislation|laws} {on|about} {similar|related} {issues|questions} {for years|for a long time}.",
            "{Legal experts|Lawyers} {noted|pointed out} that the court {had|has} {rarely|seldom} {struck down|overturned} {a|an entire} {law|statute} {in full|outright} in {its history|the past three decades}.",
            "{The decision|The judgment} {does not|will not} {take effect|apply} {immediately|at once}; {the old|existing} {rules|provisions} {remain|will remain} {valid|in place} for <months> months unless {parliament|lawmakers} {act|pass new rules} sooner.",
            "{Anyone|People} {fined|penalised} {under|according to} the {law|measure} {could|may} {seek|apply for} {refunds|compensation}, {lawyers|the court} said, {with|and} {fines|penalties} of up to <fine> <currency> {at stake|involved}.",
        ),
        (
            "{Hundreds|Dozens} of {supporters|demonstrators} {gathered|waited} {outside|in front of} the {court|courthouse} during the {hearing|reading}, {some|many} {holding|carrying} {placards|banners} as {police|officers} {watched|stood by}.",
            "{Counter-protesters|A smaller group of government supporters} {stood|gathered} {across the street|nearby}, {chanting|shouting} {slogans|at the judges}, but the {day|protests} {passed|ended} {peacefully|without incident}.",
            "{Inside|In} the {courtroom|chamber}, <P3> {wept|hugged colleagues} {as|when} the {verdict|ruling} was {read|announced}.",
        ),
        (
            "{Hearings|Oral hearings} in the case {took place|were held} {over|across} {three|four} days {in the spring|earlier this year}, {during which|when} {government|state} lawyers {argued|insisted} that the {law|measure} {pursued|served} {a legitimate|a lawful} {aim|purpose}.",
            "{Lawyers for|Counsel representing} <group> {had|have} {cited|pointed to} {rulings|judgments} from {other|neighbouring} {countries|European courts} {in support of|to support} their {case|arguments}.",
            "{The justice ministry|Government officials} {had|have} {warned|argued} before the {ruling|hearing} that {striking down|annulling} the {law|measure} {would|could} {create|leave} a {legal vacuum|gap in the rules}.",
            "{Court|Judicial} {observers|reporters} said {the|} {judges|bench} {appeared|seemed} {sceptical|doubtful} {during|at} the hearings, {asking|putting} {pointed|sharp} questions to {state|government} lawyers.",
        ),
        (
            "{The ruling|The decision} {is|was} {final|binding} and {cannot|may not} be {appealed|challenged} {within|in} <country>, {though|but} {some|several} {lawmakers|politicians} {suggested|floated} {changing|amending} the constitution {instead|in response}.",
            "{International|Regional} {rights|legal} {groups|bodies} {had|have} {followed|watched} the {case|proceedings} {closely|with interest}, {and|while} {some|one} {welcomed|praised} the {judgment|ruling} {within hours|the same day}.",
            "{Parliament's|The assembly's} {legal|justice} committee {is|was} {expected|due} to {meet|discuss the ruling} {next week|in the coming days}, {its|the committee's} {chair|chairwoman|chairman} said.",
        ),
    ),
    quotes=(
        "\"{This|Today} is {a good day|a great day} for {democracy|every citizen},\" said <P3>. \"{The court|The judges} {has|have} {reminded|told} {the government|those in power} that {no one|nobody} is above the constitution.\"",
        "\"{The constitution|Our constitution} {is not|isn't} {a suggestion|optional},\" <P1> said {in|while} {reading|delivering} the {judgment|summary}. \"{Parliament|The legislature} {may|can} {regulate|legislate}, {but|yet} it {may not|cannot} {empty fundamental rights of their meaning|hollow out fundamental rights}.\"",
        "\"{We disagree|We strongly disagree} with the {ruling|decision}, {but|and} {we will|we'll} {comply|abide by it},\" <P4> told {reporters|journalists}. \"{A new|An amended} {draft|bill} {will go before|will be sent to} parliament {soon|within weeks}.\"",
        "\"{It is|It's} {a significant|an unusual} {judgment|ruling},\" said <P2>. \"{The court has|The judges have} {drawn|set out} {a clear line|clear limits} {that|which} {future|all} governments {will|must} {respect|follow}.\"",
        "<P5> said: \"{A handful of|A few} judges have {overruled|overturned} {millions|the will} of {voters|the people}. {That|This} {should|must} {worry|concern} {everyone|all of us}.\"",
        "\"{We|Our clients} {waited|fought} {three|four} years for this {day|moment},\" said <P3>. \"{It|This} {was|has been} worth {the wait|every hearing}.\"",
    ),
    updates=(
        "{Later on <weekday>|In a correction issued later}, the court {said|clarified} the {challenge|petition} {had been|was} {joined|signed} by <petitioners> {citizens|petitioners}, not <petitioners_old> as {stated|given} in {its|the} {first|earlier} {summary|press release}.",
        "{An updated|A revised} {press release|summary} from the court, {issued|published} {late on <weekday>|that evening}, {put|gave} the number of petitioners at <petitioners> {rather than|instead of} <petitioners_old>.",
        "The court {corrected|amended} its {summary|statement} {late on <weekday>|that evening}: <petitioners> {people|petitioners} had {joined|signed} the {challenge|case}; {an|the} earlier figure of <petitioners_old> had {left out|not counted} {petitioners|signatories} {who|that} {joined|were added} {later|after the hearing}.",
    ),
)

CYBER = Topic(
    key="cyber",
    family="civic",
    places=(
        ("Tampere", "Finland"), ("Aarhus", "Denmark"), ("Utrecht", "the Netherlands"), ("Lyon", "France"),
        ("Brisbane", "Australia"), ("Calgary", "Canada"), ("Leipzig", "Germany"), ("Porto", "Portugal"),
        ("Auckland", "New Zealand"), ("Cluj-Napoca", "Romania"), ("Bilbao", "Spain"), ("Tallinn", "Estonia"),
    ),
    macros={"event": "{the attack|the cyberattack|the breach|the ransomware attack}"},
    facts={
        "_target": [
            {"target": "the city council", "service": "online payments and the benefits system"},
            {"target": "the regional hospital group", "service": "patient records and appointment booking"},
            {"target": "the municipal water utility", "service": "billing and customer phone lines"},
            {"target": "the public transport company", "service": "ticket machines and the journey planner"},
            {"target": "the university", "service": "email and student records"},
            {"target": "the tax office", "service": "online tax returns"},
        ],
        "records": "i:12000:2600000:1000", "ransom": "f:1.1:9.8", "days": "i:2:11", "systems": "i:40:900",
        "patients": "i:80:1400", "gang": ["a group calling itself Black Orchid", "a criminal gang known as Vantablack", "a gang using the name Rook", "a group that calls itself Nightjar"],
        "authority": ["the national cyber security centre", "the national cybersecurity agency", "the computer emergency response team"],
            },
    key_figure="records",
    roles=(
        "{director|head} of <authority>",
        "a {security researcher|cybersecurity consultant} at {a firm in <city>|a university lab}",
        "a {resident|nurse|commuter|small-business owner} {in <city>|who uses the service}",
        "{the chief executive of|a spokesperson for} <target>",
        "{a privacy campaigner|an opposition councillor} {in <city>|from a digital rights group}",
    ),
    headlines=(
        "Cyberattack {cripples|hits} <target> in <city>",
        "Hackers {demand|seek} <ransom> million ransom after <city> {attack|breach}",
        "<records> records {may have been|possibly} stolen in <city> {hack|breach}",
        "{Ransomware|Cyber} attack {disrupts|knocks out} <service> in <city>",
        "<city> {refuses|says it will not pay} ransom as {systems|services} stay offline",
        "{Investigators|Experts} {probe|examine} {attack|breach} on <target> in <country>",
        "{Residents|Customers} {warned|urged} to watch for scams after <city> data breach",
    ),
    ledes=(
        ("{A|A ransomware} cyberattack {knocked out|shut down} <service> at <target> in <city> on <weekday>, and {investigators|officials} said the {personal data|records} of {up to|as many as} <records> people {may|might} have been stolen.",),
        ("Hackers {demanded|are demanding} a ransom of <ransom> million dollars {after|following} {an attack|a cyberattack} on <target> in <city> {that|which} {disrupted|paralysed} <service> {for|since} {days|<weekday>}, <authority> said.",),
        ("<target> in <city> {said|confirmed} on <weekday> that {it|its systems} {had been|were} {hit|targeted} by a {ransomware|cyber} attack and {would not|will not} pay {the|a} <ransom> million ransom {demanded|sought} by <gang>.",),
        ("{Screens|Computers} {went dark|froze} {across|at} <target> in <city> {early on|late on} <weekday>.", "{By the afternoon|Within hours}, {officials|staff} had confirmed a {ransomware|cyber} attack {that|which} {shut down|disabled} <service>."),
        ("<authority> {opened|launched} an investigation on <weekday> into a {cyberattack|breach} on <target> in <city> {in which|after which} {data|records} {belonging to|on} <records> {people|residents} {may|might} have been {taken|stolen}.",),
        ("{Residents|People} in <city> {could not|were unable to} {use|access} <service> on <weekday> {after|because} a cyberattack {hit|struck} <target>, {the|in what officials called the} {latest|most serious} in a {string|series} of {attacks|breaches} on {public|local} {bodies|institutions} in <country>.",),
    ),
    themes=(
        (
            "The attack {began|was detected} {in the early hours|overnight} {when|after} {staff|technicians} {noticed|saw} {files|servers} {being|had been} {encrypted|locked}, {and|so} {systems|networks} {were|had been} {taken offline|disconnected} {as a precaution|to contain it}.",
            "{About|Around|Some} <systems> {servers|computers} {were|had been} {affected|encrypted}, {according to|said} <target>, {which|and it} {brought in|hired} {outside|external} {specialists|experts} to {restore|rebuild} {them|its systems}.",
            "{Officials|<target>} said it could take <days> days {or longer|at least} before full service {was|could be} restored.",
            "{Backups|Backup copies} {had not been|were not} {affected|hit}, {officials|a spokesperson} said, {which|and this} {should|would} {speed up|help} {the|} {recovery|restoration}, {though|but} {some|recent} {data|records} {may|might} be lost.",
        ),
        (
            "<gang> {claimed|took} {responsibility|credit} {on its leak site|in a post on the dark web} and {threatened to|said it would} {publish|release} {stolen|the} {files|data} unless a ransom {was|is} paid {within|in} {a week|ten days}.",
            "{Screenshots|Samples} {posted|published} by the {hackers|group} {appeared|seemed} to show {names|addresses}, {identity numbers|dates of birth} and {bank details|salary slips}, {though|but} {officials|investigators} {had not|have not} {confirmed|verified} {them|their authenticity}.",
            "{The group|The gang} {has|had} {been linked|been tied} {to|by researchers to} {attacks|similar attacks} on {hospitals|councils|schools} in {several|other} {countries|European countries} {over|in} the {past year|last two years}.",
            "{Up to|As many as} <records> {people|residents and staff} {could|may} be affected, {including|among them} {current|former} {employees|customers} {going back|dating back} {years|more than a decade}.",
        ),
        (
            "<target> {said|announced} it {would not|will not} {pay|negotiate with} the {hackers|criminals}, {following|in line with} {government|official} {advice|guidance} that {paying ransoms encourages|payments fund} {further|more} {attacks|crime}.",
            "<authority> {sent|deployed} {a team|specialists} to <city> and {said|warned} that {other|similar} {organisations|public bodies} should {check|review} their {systems|networks} for {signs|indicators} of {intrusion|compromise}.",
            "{Police|Prosecutors} {opened|launched} a {criminal|formal} investigation, {and|while} the {data protection|privacy} {authority|regulator} said it {had been|was} {notified|informed} {of|about} the breach as the law {requires|required}.",
        ),
        (
            "<target> {postponed|suspended} {non-essential|some} {services|appointments} and {redirected|sent} {callers|customers} to {temporary|emergency} {phone lines|counters}, {officials|a spokesperson} said.",
            "{Staff|Workers} {switched|went back} to {pen and paper|paper forms} and {fax machines|telephones}, {and|while} {queues|long lines} {formed|built up} at {counters|front desks} {across|in} <city>.",
            "{Residents|Customers} {were|have been} {told|advised} to {watch|look out} for {phishing emails|scam calls|fraudulent messages} {using|that use} {stolen|leaked} {details|information} and to {change|reset} {passwords|any shared passwords}.",
        ),
        (
            "<P2> said {public|local} {bodies|institutions} {were|are} {attractive|easy} targets {because|as} they {hold|store} {large|vast} {amounts|quantities} of {personal|sensitive} data and {often|frequently} {run|rely on} {outdated|old} {software|systems}.",
            "<P5> said <target> had {ignored security warnings|been warned about audit findings} {in|as recently as} {last year|2025} and {demanded|called for} {an|a full} {independent|public} {review|inquiry}.",
            "{Attacks|Ransomware attacks} on {public|government} {bodies|services} in <country> {have|had} {more than doubled|risen sharply} {in|over} the {past|last} {two years|three years}, according to <authority>.",
        ),
        (
            "{The|This} {attack|incident} {is|was} {the|one of the} {latest|most serious} in a {string|series} of {breaches|attacks} on {public|local} {bodies|institutions} {in|across} <country> {this year|in 2026}.",
            "{Insurance|Cyber-insurance} {premiums|costs} for {public|municipal} {bodies|institutions} {have|had} {risen|climbed} {sharply|steeply}, {and|while} {some|several} {insurers|underwriters} {no longer|have stopped} {cover|covering} {ransom payments|ransoms}.",
            "{Lawmakers|Councillors} {demanded|asked for} a {briefing|full briefing} {from|by} <authority> and {questioned|asked} whether enough {money|effort} {had been|was} {spent on|devoted to} {security|cyber defence}.",
        ),
    ),
    quotes=(
        "\"{We will not|We won't} {pay|negotiate with} criminals,\" <P4> said. \"{Our priority|The priority} is {restoring|getting back} {services|<service>} {safely|securely} and {protecting|supporting} {the people|residents} whose data {may be|is} {affected|at risk}.\"",
        "\"{This|The attack} {was|appears to have been} {carefully|well} {planned|prepared},\" said <P1>. \"{The attackers|They} {were|had been} inside {the network|the systems} for {weeks|some time} {before|prior to} {they|striking}.\"",
        "\"{I tried|I've tried} to {pay|book|log in} {three times|all morning},\" said <P3>. \"{Nobody|No one} {can tell|could tell} {me|us} {when|if} it will {work again|be fixed}.\"",
        "\"{Old|Outdated} {software|systems}, {thin|small} {IT teams|budgets} and {valuable|sensitive} data: {public bodies|councils} {are|make} {the perfect|an ideal} {target|victim},\" said <P2>.",
        "<P5> said: \"{People|Residents} {have|had} {a right|every right} to know {what was taken|what data was lost} and {why|how} {it|this} {happened|was allowed to happen}.\"",
        "\"{We went back|We've gone back} to {paper|pen and paper},\" said <P3>. \"{It is|It's} {slow|chaos}, {but|and} {we are|we're} {managing|coping}.\"",
        "\"{If|When} you {receive|get} {a message|an email} {asking|that asks} for {your|} {bank details|passwords}, {do not|don't} {reply|click},\" <P1> {warned|said}. \"Contact the {organisation|service} directly.\"",
    ),
    updates=(
        "{Later on <weekday>|In an update that evening}, <target> {raised|revised} {its|the} estimate of {affected|exposed} records to <records> from <records_old>, {after|as} {investigators|forensic experts} {found|discovered} {a second|another} {compromised|affected} {database|server}.",
        "{An updated|A revised} {statement|notice} {published|issued} {late on <weekday>|overnight} {put|gave} the number of {records|people} {potentially|possibly} {affected|exposed} at <records>, {not|rather than} <records_old>.",
        "<target> {corrected|amended} the {figure|number} of {exposed|stolen} records to <records> {late on <weekday>|that evening}; {its|the} {earlier|first} {estimate|notice} of <records_old> had {not included|left out} {archived|former staff} {files|records}.",
    ),
)

OUTBREAK = Topic(
    key="outbreak",
    family="civic",
    places=(
        ("Lusaka", "Zambia"), ("Kisumu", "Kenya"), ("Iquitos", "Peru"), ("Dhaka", "Bangladesh"),
        ("Blantyre", "Malawi"), ("Goma", "the Democratic Republic of Congo"), ("Kandy", "Sri Lanka"), ("Recife", "Brazil"),
        ("Mandalay", "Myanmar"), ("Mbeya", "Tanzania"), ("Herat", "Afghanistan"), ("Port-au-Prince", "Haiti"),
    ),
    macros={"event": "{the outbreak|the epidemic|the spread of the disease}"},
    facts={
        "disease": ["cholera", "measles", "dengue fever", "typhoid"],
        "cases": "i:240:9800", "dead": "i:3:96", "districts": "i:6:17", "vaccinated": "i:20000:900000:1000",
        "clinics": "i:4:40", "weeks": ["three", "four", "six", "two"],
        "authority": ["the health ministry", "the national public health institute", "the disease control agency"],
        "source": ["contaminated wells", "a broken sewage main", "crowded informal settlements", "stagnant water after heavy rains", "low vaccination rates among children"],
    },
    key_figure="cases",
    roles=(
        "{director|head} of <authority>",
        "an epidemiologist at {a university in <city>|an international health organisation}",
        "a {mother|market trader|community health worker|school teacher} in {a|an} {informal settlement|poor district} of <city>",
        "the {regional health director|city's health commissioner}",
        "a {coordinator|doctor} {with|for} a {medical charity|humanitarian group}",
    ),
    headlines=(
        "<disease> outbreak in <city> {infects|sickens} <cases>, kills <dead>",
        "{Cases|Infections} {surge|climb} as <disease> {spreads|takes hold} in <country>",
        "<country> {declares|announces} <disease> emergency in <city>",
        "Health workers {race|rush} to {contain|stop} <disease> in <city>",
        "<disease> {vaccination|treatment} drive {begins|launched} in <city> as {cases|deaths} rise",
        "{Charities|Doctors} warn <disease> outbreak in <city> {could worsen|far from over}",
        "<dead> dead {in|as} <disease> {outbreak|spreads} across <districts> districts",
    ),
    ledes=(
        ("{An outbreak|A fast-spreading outbreak} of <disease> in <city> has {infected|sickened} <cases> people and killed <dead>, <authority> said on <weekday>, {urging|asking} {residents|families} to {boil water|seek treatment early}.",),
        ("<country> {declared|announced} a {health emergency|public health emergency} in <city> on <weekday> {as|after} <disease> cases {rose|climbed} to <cases>, {with|and} <dead> deaths {recorded|confirmed} {across|in} <districts> districts.",),
        ("{Health workers|Medical teams} {went|moved} {door to door|house to house} in <city> on <weekday> {to|trying to} {contain|slow} a <disease> outbreak {that|which} {has|had} {infected|sickened} <cases> people {in|over} <weeks> weeks.",),
        ("{The first cases|The first patients} {arrived|appeared} {at|in} {clinics|a clinic} in <city> <weeks> weeks ago.", "{By|On} <weekday>, <authority> {had|said it had} {recorded|counted} <cases> {cases|infections} and <dead> deaths from <disease>."),
        ("<authority> {began|launched} {an emergency|a mass} {vaccination|treatment} {campaign|drive} in <city> on <weekday> {to|aiming to} {stop|halt} a <disease> outbreak {blamed|that officials blamed} on <source>.",),
        ("{Clinics|Hospitals} in <city> {were overwhelmed|struggled to cope} as a <disease> outbreak spread {through|across} {poorer|crowded} {districts|neighbourhoods}, with <cases> cases and <dead> deaths {reported|recorded} by <weekday>.",),
    ),
    themes=(
        (
            "<authority> said <cases> {suspected and confirmed|confirmed} cases had been {recorded|reported} since the {outbreak began|first cases appeared <weeks> weeks ago}, {most of them|many} among {children under five|young children|people under fifteen}.",
            "{Deaths|The dead} {were|had been} {concentrated|clustered} in {districts|neighbourhoods} where access to {clean water|health care} {is|was} {limited|scarce}, {officials|the ministry} said.",
            "{Cases|Infections} {have|had} {been|now been} {reported|recorded} in <districts> districts, up from {two|just a handful} {at the start of|earlier in} the {month|outbreak}.",
            "{Laboratory|Lab} {tests|results} {confirmed|showed} <disease> in {samples|dozens of samples} {sent|taken} {to|from} the {national|central} {laboratory|reference lab} {last week|over the weekend}.",
        ),
        (
            "{Investigators|Officials} {traced|linked} the outbreak to <source>, and {crews|engineers} {began|were} {repairing|working to repair} the {water supply|pipes|drains} {in|across} {affected|the worst-hit} areas.",
            "{Heavy rains|Floods} {earlier|last month} {had|may have} {spread|carried} {contaminated|dirty} water {into|through} {wells|homes|streets}, {experts|health officials} said.",
            "{Overcrowding|Crowded housing} and {poor|limited} {sanitation|toilets} {have|had} made it {easier for the disease to spread|harder to contain}, {aid|charity} {workers|groups} said.",
        ),
        (
            "<clinics> {treatment centres|clinics} {were|had been} {set up|opened} {in|across} {schools|tents|community halls}, {and|while} {doctors|nurses} {from|across} <country> {were|had been} {sent|drafted in} to {help|staff them}.",
            "{Beds|Hospital beds} {ran out|were full} at {the main|two} {hospitals|clinics} {by|on} <weekday>, and some patients {were|had to be} treated {on mattresses in corridors|under tents outside}.",
            "{Health workers|Volunteers} {handed out|distributed} {water purification tablets|oral rehydration salts} and {soap|leaflets} {door to door|in markets}, {and|while} {radio|local radio} {stations|broadcasts} {carried|ran} {advice|warnings} {on|about} {hygiene|symptoms}.",
        ),
        (
            "<authority> {aims|hopes} to {vaccinate|immunise} <vaccinated> people {in|over} the {coming|next} {weeks|fortnight}, {starting|beginning} with {children|the most affected districts}.",
            "{Vaccine|Medicine} {supplies|doses} {were|had been} {flown in|sent} from {an international|a global} {stockpile|reserve} {managed|run} by {health|aid} {agencies|organisations}, {officials|the ministry} said.",
            "Vaccination rates in <city> {had fallen|have dropped} {since the pandemic|in recent years}, {leaving|which left} {many|thousands of} {children|young people} {unprotected|vulnerable}, <P2> said.",
        ),
        (
            "<P5> said the {response|aid} had been too slow and {that|} {more|far more} {money was|staff were} {needed|required} {to stop the outbreak from spreading|to bring the epidemic under control}.",
            "{Schools|Markets} in {the|} {worst-hit|affected} {districts|areas} {were|had been} {closed|shut} {temporarily|for a week}, and {public gatherings|funerals} {were|had been} {limited|restricted} {to|in an effort to} {slow|reduce} {transmission|the spread}.",
            "{Neighbouring|Nearby} {countries|provinces} {stepped up|increased} {screening|checks} {at|on} {border crossings|bus stations}, {though|but} {officials|the ministry} said {there was|they saw} {no|little} {need|reason} to {restrict|stop} {travel|trade}.",
        ),
        (
            "{Community health workers|Volunteers} {trained|recruited} {in recent days|this week} {went|moved} {from house to house|door to door} {checking|looking} for {people|residents} with {symptoms|fever} and {referring|sending} them to {clinics|treatment centres}.",
            "{Religious|Community} leaders {used|gave} {sermons|announcements} {and|at} {gatherings|meetings} to {urge|tell} {people|families} to {wash their hands|boil drinking water} and {seek|get} {treatment|help} {early|quickly}.",
            "{Prices|The price} of {bottled water|soap and chlorine} {rose|jumped} {in|at} {markets|shops} {across|in} <city>, {prompting|leading} {officials|the authorities} to {warn|caution} {traders|sellers} {against|about} {profiteering|price gouging}.",
        ),
    ),
    quotes=(
        "\"{We are|We're} {fighting|working} {day and night|around the clock} to {stop|contain} {this|the} outbreak,\" said <P1>. \"{But|And} {we need|we also need} {communities|families} to {help us|follow the advice}.\"",
        "\"My {son|daughter|little one} fell ill {in the night|at the weekend},\" said <P3>. \"By morning {my child|the child} could not stand. {The clinic|The hospital} {saved|treated} us, but {many|so many} {others|children} are still {sick|waiting}.\"",
        "\"{This|This outbreak} {was|is} {predictable|preventable},\" said <P2>. \"{Where|When} {people|families} {lack|do not have} {clean water|safe water} and {toilets|sanitation}, {diseases|outbreaks} {like this|such as this} {will|always} {follow|come}.\"",
        "\"{We have|We've} {enough|some} {beds|supplies} {for now|for a few days},\" <P4> said. \"What we {need|urgently need} is more {nurses|staff} and {clean water|water tankers}.\"",
        "<P5> said: \"{The next|The coming} {two weeks|weeks} {will|are going to} be {critical|decisive}. {If|Unless} {we|the response} {scale up|expands} {now|quickly}, {cases|the numbers} {could|will} {double|keep rising}.\"",
        "\"{People|Families} are {afraid|scared} {to go|of going} to {the clinic|hospital},\" said <P3>. \"{They think|Some think} {they will|they'll} {catch|get} something {worse|else} there.\"",
    ),
    updates=(
        "{Later on <weekday>|In an evening update}, <authority> {raised|revised} the number of cases to <cases> from <cases_old> {after|as} {results|test results} from {outlying|rural} {clinics|districts} {came in|were added}.",
        "{Updated|Revised} {figures|data} {published|released} {late on <weekday>|overnight} {put|showed} the {total|number} of cases at <cases>, up from <cases_old>, <authority> said.",
        "<authority> {corrected|amended} the {case count|total} to <cases> {late on <weekday>|that evening}; {its|the} {earlier|first} {figure|count} of <cases_old> had {left out|not included} {patients|cases} {treated|recorded} at {private|charity-run} clinics.",
    ),
)

TOPICS = (ELECTION, COURT, CYBER, OUTBREAK)
