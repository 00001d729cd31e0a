"""Invented sentence material: rate decisions, strikes, takeovers, harvests.

All institutions named here are invented or generic ("the central bank of
<country>"); every governor, executive and figure comes from the generator.
"""

from __future__ import annotations

from evalset.topics import Topic

_MOVES = [
    {"dir": "cut", "dir_pres": "cuts", "way": "down", "dir_noun": "cut", "dir_ing": "cutting", "old": "4.50", "new": "4.25", "bp": "25", "move": "a quarter of a percentage point", "tone": "relief"},
    {"dir": "cut", "dir_pres": "cuts", "way": "down", "dir_noun": "cut", "dir_ing": "cutting", "old": "3.75", "new": "3.25", "bp": "50", "move": "half a percentage point", "tone": "relief"},
    {"dir": "raised", "dir_pres": "raises", "way": "up", "dir_noun": "rise", "dir_ing": "raising", "old": "5.25", "new": "5.50", "bp": "25", "move": "a quarter of a percentage point", "tone": "pain"},
    {"dir": "raised", "dir_pres": "raises", "way": "up", "dir_noun": "rise", "dir_ing": "raising", "old": "6.00", "new": "6.50", "bp": "50", "move": "half a percentage point", "tone": "pain"},
    {"dir": "cut", "dir_pres": "cuts", "way": "down", "dir_noun": "cut", "dir_ing": "cutting", "old": "2.75", "new": "2.50", "bp": "25", "move": "a quarter of a percentage point", "tone": "relief"},
    {"dir": "raised", "dir_pres": "raises", "way": "up", "dir_noun": "rise", "dir_ing": "raising", "old": "7.75", "new": "8.25", "bp": "50", "move": "half a percentage point", "tone": "pain"},
]

RATES = Topic(
    key="rates",
    family="economy",
    places=(
        ("Warsaw", "Poland"), ("Budapest", "Hungary"), ("Bogotá", "Colombia"), ("Jakarta", "Indonesia"),
        ("Seoul", "South Korea"), ("Wellington", "New Zealand"), ("Ottawa", "Canada"), ("Oslo", "Norway"),
        ("Pretoria", "South Africa"), ("Santiago", "Chile"), ("Bucharest", "Romania"), ("Manila", "the Philippines"),
        ("Lima", "Peru"), ("Prague", "the Czech Republic"),
    ),
    macros={"event": "{the decision|the rate decision|the move}"},
    facts={
        "_move": _MOVES,
        "inflation": "f:2.1:8.9", "target": ["2", "3", "2.5"], "votes": ["five to two", "six to three", "unanimously", "four to three"],
        "growth": "f:0.2:3.4", "borrowers": "i:210000:1900000:1000",
        "authority": "the central bank of <country>",
        "board": ["the monetary policy committee", "the bank's rate-setting board", "the policy council"],
    },
    key_figure="borrowers",
    roles=(
        "the {governor|head} of the central bank",
        "{chief economist|an economist} at {a|an} {investment bank|asset manager|brokerage} in <city>",
        "a {homeowner|small-business owner|taxi driver|baker} {in <city>|with a variable-rate mortgage}",
        "the finance minister",
        "{an opposition|a former central bank} {economist|policymaker} who {has criticised|often criticises} the bank",
    ),
    headlines=(
        "<country>'s central bank {<dir_pres>|<dir_pres> its key} rate to <new>%",
        "Central bank <dir_pres> {rates|interest rates} by <bp> basis points in <city>",
        "<country> rate {decision|move}: borrowing costs {go <way>|now <new>%} as inflation {sits at|runs at} <inflation>%",
        "{Surprise|Expected} rate <dir_noun> from <country>'s central bank {splits|divides} economists",
        "Governor defends {rate|interest rate} <dir_noun> {as|while} <country> economy {slows|stalls}",
        "<city> {markets react|currency moves} after central bank {<dir> rates|acts on rates}",
        "Mortgage holders in <country> {brace|wait} {for|after} rate <dir_noun>",
    ),
    ledes=(
        ("The central bank of <country> <dir> its benchmark interest rate by <bp> basis points to <new>% on <weekday>, {saying|arguing} that {inflation|price pressures} {required|justified} {the move|a change of course}.",),
        ("{Borrowing costs|Interest rates} in <country> {are going|went} <way> on <weekday> after the central bank <dir> its {key|main} rate {from <old>%|by <move>} to <new>%, {its|the bank's} first {change|move} {in months|since the spring}.",),
        ("<country>'s central bank voted <votes> on <weekday> to {change|move} its {policy|benchmark} rate {to <new>%|by <bp> basis points}, {<dir_ing>|after <dir_ing>} it {for the first time|again} {as|while} inflation {stood|remained} at <inflation>%.",),
        ("{Policymakers|Rate-setters} in <city> <dir> {interest rates|the main lending rate} to <new>% on <weekday>, {a decision|a step} that {will|is set to} {affect|change the monthly payments of} <borrowers> households with {variable-rate|floating-rate} {loans|mortgages}.",),
        ("{After|Following} {two days of|a long} {meeting|deliberations}, <board> in <city> <dir> the {policy|benchmark} rate by <move> on <weekday>.", "The {rate|new rate} {now stands|stands} at <new>%."),
        ("The central bank of <country> {surprised|did not surprise} {markets|investors} on <weekday>, <dir_ing> its {key|benchmark} rate to <new>% from <old>% and {signalling|hinting} {further|more} {moves|changes} {could|might} follow.",),
    ),
    themes=(
        (
            "<board> voted <votes>, {according to|said} {a statement|minutes} {published|released} {after|alongside} the {meeting|announcement}.",
            "{Most|A majority of} economists {polled|surveyed} {before the meeting|this week} had {expected|forecast} {the move|a change}, {though|but} {a few|some} had {predicted|bet on} {a larger|no} {step|change}.",
            "{The bank|Rate-setters} said {future|further} decisions {would|will} {depend on|be guided by} {incoming|new} {data|figures} on {prices|inflation}, {wages|pay} and {the currency|the exchange rate}.",
            "{The statement|The bank's statement} {dropped|kept} {a|its} {reference|phrase} to \"{vigilance|patience}\" {that|which} {analysts|traders} had {read|taken} as a {signal|hint} of {more|further} {moves|changes}.",
        ),
        (
            "Inflation {stood|was} at <inflation>% in {October|the latest reading}, {compared with|against} {a|the bank's} target of <target>%, {according to|said} the {statistics office|national statistics agency}.",
            "{Food|Rent|Energy} {prices|costs} {have|had} {driven|accounted for} {much of|most of} the {rise|increase} in {living costs|prices}, {while|although} {goods|services} inflation {has|had} {cooled|eased} {since|over} the {summer|spring}.",
            "The economy {grew|expanded} <growth>% {in|over} the {past|last} year, {and|but} {the bank|forecasters} {expect|expected} {slower|weaker} {growth|expansion} {next year|in 2027}.",
            "{Wages|Pay} {rose|increased} {faster|more slowly} than prices {for|over} {much of|most of} the year, {a|one} {factor|concern} {rate-setters|the board} {said|noted} they {were watching|watched} {closely|carefully}.",
        ),
        (
            "{About|Roughly|Some} <borrowers> households {have|hold} {variable-rate|floating} {mortgages|loans} {that|which} {track|follow} the {benchmark|policy} rate, so the change {will|should} {feed through to|show up in} their payments {within weeks|by January}.",
            "{Banks|Lenders} {in <city>|across the country} {were|are} {expected|likely} to {adjust|change} {mortgage|lending} rates {within days|in the coming week}, {though|but} {consumer groups|critics} said {they|lenders} {tend|tended} to {pass on|move} {increases|rises} {faster|more quickly} than {cuts|reductions}.",
            "{A typical|The average} {mortgage holder|borrower} {would|will} {see|find} {monthly|their} {payments|repayments} {change|shift} by {tens|a few tens} of <currency> {a month|each month}, according to {a|one} {property|mortgage} {website|broker}.",
            "{Savers|Depositors}, {by contrast|on the other hand}, {may|could} {see|find} {rates|returns} on {deposit|savings} {accounts|products} {move|shift} {in|the} {the same direction|step}, {analysts|bankers} said.",
        ),
        (
            "The {currency|national currency} {moved|swung} in the {minutes|hour} after the {announcement|decision} before {settling|steadying} {near|around} its {previous|earlier} {level|close}.",
            "{Government bond|Two-year bond} yields {fell|rose|moved} {sharply|modestly} as {traders|investors} {adjusted|revised} their {bets|expectations} {for|on} {the next|future} {meetings|decisions}.",
            "{Shares in|Stocks of} {banks|property developers|retailers} {were|traded} {mixed|higher|lower} on the <city> {stock exchange|bourse}, {where|and} the {main|benchmark} index {ended|closed} {little changed|slightly up|slightly down}.",
        ),
        (
            "<P1> told {a|the} {news conference|press briefing} {that|} the {board|bank} {was|remained} {committed to bringing|determined to bring} inflation {back|close} to {target|<target>%} and {would not hesitate to act|did not rule out acting} {again|further}.",
            "<P4> {welcomed|said the government respected} the {decision|bank's independence} {but|and} {said|added} that {the government|ministers} {would|will} {keep|focus on} {support|help} for {households|small firms} {in|through} the {budget|coming months}.",
            "<P5> said the bank {had|has} {moved|acted} {too late|too slowly|too quickly} and {risked|was risking} {choking off|damaging} {growth|the recovery} {just as|when} {unemployment|joblessness} {was|is} {starting|beginning} to {rise|climb}.",
            "<P2> said {markets|investors} {were|would be} {focused|fixated} on {the tone|the language} of the {statement|press conference} rather than the {decision|move} itself.",
        ),
        (
            "{Central banks|Rate-setters} {around the world|in other emerging economies} {have|had} {taken|followed} {different|diverging} {paths|courses} {this year|in 2026}, with {some|several} {cutting|raising} {rates|borrowing costs} and others {holding|keeping them} steady.",
            "The bank's next {meeting|decision} is scheduled for {December|late January}, {when|and} {it|the board} {will|is also due to} {publish|release} {updated|new} {forecasts|projections}.",
            "{The bank|Rate-setters} also {lowered|trimmed} {its|their} growth {forecast|projection} for {next year|2027}, {citing|pointing to} {weaker|uncertain} {global|external} demand.",
        ),
    ),
    quotes=(
        "\"{Our job|Our task} is {price stability|to keep prices stable}, {and|so} we {will|shall} {do what is needed|act as needed} to {deliver it|achieve it},\" <P1> said.",
        "\"{Every|Each} {quarter point|change} {matters|counts} when {your mortgage is this big|a loan is as large as ours},\" said <P3>. \"{We|I} {check|look at} the {news|rates} {every month|every few weeks} {now|these days}.\"",
        "\"{The bank has bought|They have given themselves} {time|some room}, {but|and} {the next|the real} {test|question} is {what happens|whether} {with|to} {wages|food prices} {over the winter|in the new year},\" said <P2>.",
        "\"{This|This decision} {is|was} {the right call|overdue|a mistake},\" <P5> said. \"{Families|Households} {have been|were} {paying|carrying} the {price|cost} {for|of} {hesitation|indecision} {for too long|all year}.\"",
        "<P4> said: \"{We respect|The government respects} the {independence|autonomy} of the central bank. {Our|The government's} {focus|job} {remains|is} {jobs|growth} and {the cost of living|household budgets}.\"",
        "\"{The loan|Our loan} for the {van|flat|shop} {costs|eats up} {more|a lot more} than {rent|food} {does|now},\" said <P3>.",
        "\"{Markets|Investors} {had|have} {largely|mostly} {priced|expected} {this|the move}, {so|and} {the reaction|the response} {was|has been} {muted|calm},\" said <P2>. \"{What|The part that} {surprised|caught} {people|traders} {was|were} the {forecasts|language}.\"",
        "\"{We are not|We're not} {on a pre-set path|committed to a path},\" <P1> {told reporters|said}. \"{Each|Every} decision {will|shall} be {taken|made} {on|based on} the {data|evidence}.\"",
    ),
    updates=(
        "{Later on <weekday>|In a note published later}, the bank {corrected|revised} the number of households with variable-rate loans to <borrowers> from <borrowers_old>, citing {an error|a mistake} in {its|the} {earlier|initial} {calculation|release}.",
        "{An updated|A revised} {version|edition} of the {statement|press release}, {issued|published} {late on <weekday>|in the evening}, {put|gave} the number of {affected|floating-rate} households at <borrowers> rather than <borrowers_old>.",
        "The central bank {amended|corrected} {its|the} {figure|estimate} {for|of} {borrowers|households} {on|with} {variable|floating} rates to <borrowers> {late on <weekday>|that evening}; the {first|earlier} {release|statement} had {said|given} <borrowers_old>.",
    ),
)

STRIKE = Topic(
    key="strike",
    family="economy",
    places=(
        ("Antwerp", "Belgium"), ("Le Havre", "France"), ("Santos", "Brazil"), ("Durban", "South Africa"),
        ("Genoa", "Italy"), ("Valencia", "Spain"), ("Gothenburg", "Sweden"), ("Busan", "South Korea"),
        ("Melbourne", "Australia"), ("Vancouver", "Canada"), ("Hamburg", "Germany"), ("Liverpool", "Britain"),
    ),
    macros={"event": "{the strike|the walkout|the stoppage|the industrial action}"},
    facts={
        "workers": "i:1400:38000:100", "days": ["48-hour", "72-hour", "indefinite", "24-hour", "five-day"],
        "raise": "i:6:18", "offer": "i:2:5", "ships": "i:14:90", "containers": "i:8000:90000:500", "years": ["two", "three"],
        "sector": ["port workers", "dock workers", "transit workers", "rail and tram workers", "hospital cleaners and porters", "refinery workers"],
        "union": "{the <city>|the national} {Dockworkers'|Transport Workers'|General Workers'|Public Service} {Union|Federation}",
        "employer": "{the <city> port authority|the regional transport company|a group of terminal operators|the city's public services company}",
        "authority": "<employer>",
    },
    key_figure="workers",
    roles=(
        "{general secretary|president} of <union>",
        "a {labour economist|logistics analyst} at {a university in <city>|a freight industry group}",
        "a {crane operator|bus driver|night-shift worker|striking worker} {with|who has} {twenty years|a decade|fifteen years} {of service|on the job}",
        "{a spokesperson for|the chief executive of} <employer>",
        "the {employment minister|labour minister}",
    ),
    headlines=(
        "<workers> {<sector>|workers} walk out in <city> over pay",
        "{Strike|Walkout} {paralyses|halts} {port|services} in <city>",
        "{Ships queue|Cargo piles up} as <city> strike {enters|reaches} second day",
        "<country> union {rejects|turns down} <offer>% offer, {extends|escalates} strike",
        "<days> strike {begins|starts} in <city>; talks {stall|break down}",
        "Government {urges|calls for} talks as <city> {strike|walkout} {bites|spreads}",
        "Workers in <city> {demand|seek} <raise>% raise in {bitter|growing} dispute",
    ),
    ledes=(
        ("<workers> <sector> in <city> {walked off the job|went on strike} on <weekday> in a <days> {stoppage|walkout} over {pay|wages and shift patterns}, {bringing|grinding} {operations|much of the city's traffic} to a {halt|standstill}.",),
        ("{A|The} <days> strike by <sector> {began|started} in <city> on <weekday> {after|when} {talks|negotiations} with <employer> {broke down|collapsed} {over|on} a {demand|union demand} for a <raise>% pay {rise|raise}.",),
        ("{Container ships|Vessels} {waited|queued} {at anchor|offshore} and {goods|freight} {piled up|backed up} on <weekday> as <workers> workers {struck|walked out} in <city>, {the|in what <union> called the} {biggest|largest} {stoppage|strike} {in|for} {years|a decade}.",),
        ("{Picket lines|Pickets} {formed|went up} {at dawn|before dawn} on <weekday> {outside|at} {the gates|depots} {in|across} <city>.", "By {midday|mid-morning}, <workers> <sector> had {joined|joined in} a <days> strike {that|which} {shut|closed} {most of|much of} the {port|network}."),
        ("<union> {launched|called} a <days> strike in <city> on <weekday>, {rejecting|turning down} {an offer|a final offer} of <offer>% from <employer> {as|and calling it} \"{insulting|far too little}\".",),
        ("{The|A} {strike|walkout} by <workers> <sector> {disrupted|paralysed} {trade|travel} {in and around|across} <city> on <weekday>, {as|while} {unions|<union>} and <employer> {traded|exchanged} {blame|accusations} over {collapsed|failed} {talks|negotiations}.",),
    ),
    themes=(
        (
            "<union> {is seeking|wants|demands} a <raise>% {raise|pay increase} over <years> years, {guaranteed|fixed} {rest days|breaks} {after|between} {night shifts|long shifts}, and {limits|a cap} on {the use of|hiring} {agency|temporary} {staff|workers}.",
            "<employer> {has|had} {offered|put forward} <offer>% {a year|annually} {and|plus} a {one-off|single} {bonus|payment}, {saying|arguing} that {anything more|a bigger rise} {would|could} {threaten jobs|put investment at risk}.",
            "{Negotiations|Talks} {had|have} {dragged on|continued} {for|since} {months|the spring}, with {both sides|the two sides} accusing {each other|the other} of {bad faith|refusing to compromise}.",
            "{Mediators have|A state mediator has} {tried|attempted} {without success|unsuccessfully} {to bring the two sides closer|to broker an agreement} {in|during} {talks|late-night talks} {last week|over the weekend}.",
        ),
        (
            "{About|Around|Some} <ships> {ships|vessels} {were|had been} {waiting|queuing} {to dock|to unload} {by <weekday> evening|by nightfall}, {and|while} {some|several} {shipping lines|carriers} {diverted|rerouted} {cargo|vessels} to {other ports|rival ports}.",
            "{Roughly|About} <containers> containers {a day|daily} {normally|usually} {pass through|move through} {the port|<city>}, {making|which makes} it {one of|among} the {busiest|largest} in {the region|<country>}.",
            "{Lorry|Truck} {drivers|queues} {stretched|backed up} for {kilometres|miles} {outside the terminal gates|along the port access roads}, with {some|several} {drivers|truckers} saying {they|that they} {expected|feared} to {wait|sit} {for days|overnight}.",
            "{Buses|Trams and buses} {ran|operated} {only|at most} a {skeleton|minimum} {service|timetable} {required|set} by {law|the courts}, {leaving|forcing} {commuters|thousands} to {walk|cycle|share rides}.",
        ),
        (
            "{Retailers|Importers} {warned|said} that {shelves|stocks} of {fresh produce|some goods} {could|might} {run low|thin} if the {strike|stoppage} {lasts|drags on} {more than|beyond} {a week|several days}.",
            "{Exporters|Manufacturers} {of|making} {cars|chemicals|frozen food} {said|warned} {they|that they} {were|had been} {losing money|running up costs} {every day|each day} {their goods|shipments} {sat|stayed} {on the quays|in warehouses}.",
            "<P2> {estimated|said} the {stoppage|strike} {was costing|could be costing} the {economy|region} {tens of millions|millions} a day in {delayed|lost} trade.",
        ),
        (
            "{Workers|Strikers} {say|said} {their|that their} {pay|wages} had {failed to keep pace with|not kept up with} {inflation|prices} {in recent years|since 2022}, {while|and that} {profits|revenues} at {the port|<employer>} {have|had} {reached|hit} {records|record levels}.",
            "Automation {at the terminals|in the depots} has {reduced staff numbers|cut jobs} {over|in} the {past decade|last ten years}, {fuelling|adding to} {anger|fears} {among|on} the {docks|shop floor}.",
            "<union> said <workers> {members|workers} {took part|joined}, a {figure|number} <employer> {disputed|contested}, {saying|claiming} that {fewer|many fewer} had {stopped work|stayed away}.",
        ),
        (
            "<P5> {urged|called on} both sides to {return|go back} to {talks|the table} and {said|warned} the government {would|could} {consider|look at} {emergency|minimum-service} {legislation|rules} if the {strike|dispute} {continued|dragged on}.",
            "<P4> said <employer> {remained|was} {open to talks|ready to talk} but {could not afford|would not accept} {demands|a settlement} {that|which} {would|could} {make|leave} {the port|the company} {uncompetitive|unprofitable}.",
            "{A|The} {court|labour court} {in <city>|} {rejected|turned down} {a request|an application} by <employer> to {declare|rule} the {strike|walkout} {illegal|unlawful}, {union|<union>} {lawyers|officials} said.",
        ),
        (
            "{Tourists|Travellers} {arriving|landing} in <city> {found|faced} {closed|shuttered} {ticket offices|information desks} and {long|slow-moving} {taxi queues|lines for taxis}, and {several|some} {cruise ships|ferries} {skipped|cancelled} {calls|stops} at the {port|city}.",
            "{Schools across <city> told pupils to stay at home|Employers across <city> allowed staff to work from home} while the {strike|walkout} {lasted|continued}.",
            "{Police|Officers} {escorted|accompanied} {a handful of|several} {lorries|trucks} {carrying|with} {medicines|fuel|fresh food} {through|past} the {picket lines|pickets} under {an agreement|a deal} with the union.",
            "{Small|Local} {businesses|cafés and shops} {near|around} the {docks|depots} said {trade|takings} had {fallen|dropped} {sharply|by half} {since|from} the first day of the {strike|stoppage}.",
        ),
    ),
    quotes=(
        "\"{We keep|We have kept} {this city|the country} {moving|supplied} {through|during} {the pandemic|every crisis}, and {now|yet} {they tell us|we are told} {there is no money|to wait},\" said <P1>.",
        "\"{I do not want|Nobody wants} to {strike|be out here},\" said <P3>. \"{But|Yet} {my|our} {rent|bills} {went up|rose} {twenty percent|by a fifth} and {my|our} {pay|wages} {did not|didn't}.\"",
        "\"{The offer|Our offer} {on the table|we made} is {fair|generous} and {affordable|responsible},\" <P4> said. \"{We|Our door} {are|is} {ready|open} to {talk|keep talking} {at any time|tonight if needed}.\"",
        "\"{Every|Each} day {the ships|the cranes} {sit|stand} idle {costs|takes} {money|business} {from|out of} {everyone|the whole region},\" said <P2>. \"{Shipping lines|Carriers} {have|do have} {alternatives|other ports}, and {they|some} {may not|won't} {come back|return}.\"",
        "<P5> said: \"{Both sides need|Everyone needs} to {show|find} {some|more} {flexibility|common sense}. {The country|The economy} {cannot afford|can't afford} a {long|lengthy} {dispute|shutdown}.\"",
        "\"{We will stay out|We are staying out} {as long as it takes|until there is a fair deal},\" <P1> {told|said to} {cheering|applauding} {strikers|members} {outside|at} the {gates|depot}.",
        "\"{I have|I've} {worked|done} {nights|night shifts} for {years|a long time},\" said <P3>. \"{My|Our} {children|kids} {barely|hardly} {see|know} {me|us}. {This|This strike} is {about|for} {them|time} {as much as|more than} money.\"",
    ),
    updates=(
        "{Later on <weekday>|By evening}, <union> {revised|raised} {its|the} {count|figure} of {striking|participating} {workers|members} to <workers> from <workers_old>, {saying|after} {night|late} {shifts|crews} had {joined|walked out}.",
        "{An updated|A revised} {union|official} {tally|figure} {published|released} {late on <weekday>|overnight} {put|showed} the number of {strikers|workers on strike} at <workers>, {not|rather than} the <workers_old> {first|initially} {reported|announced}.",
        "<union> {corrected|amended} {its|the} {figure|estimate} to <workers> strikers {late on <weekday>|that evening}; {its|the} {earlier|first} {statement|count} of <workers_old> had {left out|not included} {workers|staff} at {two|smaller} {terminals|depots}.",
    ),
)

MERGER = Topic(
    key="merger",
    family="economy",
    places=(
        ("Milan", "Italy"), ("Zurich", "Switzerland"), ("Stockholm", "Sweden"), ("Toronto", "Canada"),
        ("Singapore", "Singapore"), ("São Paulo", "Brazil"), ("Madrid", "Spain"), ("Copenhagen", "Denmark"),
        ("Johannesburg", "South Africa"), ("Mumbai", "India"), ("Frankfurt", "Germany"), ("Dublin", "Ireland"),
    ),
    macros={"event": "{the deal|the takeover|the merger|the acquisition}"},
    facts={
        "buyer": "{Halvern|Ostrava Brothers|Carrow|Tessaline|Brightwater|Pellucid|Marrowfield|Sundgren} {Group|Holdings|Industries|Foods|Logistics}",
        "target": "{Quillon|Verdance|Ambrose|Kestrel Bay|Norrland|Solace|Tarrant|Elmstead} {Systems|Retail|Pharma|Telecom|Energy|Brands}",
        "value": "f:1.2:28.9", "premium": "i:18:52", "per_share": "f:11.0:96.0", "jobs": "i:400:6500:50",
        "employees": "i:3000:48000:500", "stake": "i:51:100", "months": ["six", "nine", "twelve", "eighteen"],
        "_industry": [
            {"industry": "frozen food", "industry_adj": "frozen-food"}, {"industry": "mobile networks", "industry_adj": "mobile-network"},
            {"industry": "generic medicines", "industry_adj": "generic-medicine"}, {"industry": "home insurance", "industry_adj": "home-insurance"},
            {"industry": "wind turbines", "industry_adj": "wind-turbine"}, {"industry": "logistics software", "industry_adj": "logistics-software"},
            {"industry": "supermarkets", "industry_adj": "supermarket"},
        ],
        "authority": ["the national competition authority", "the competition regulator", "the antitrust watchdog"],
    },
    key_figure="jobs",
    roles=(
        "chief executive of <buyer>",
        "an {analyst|equity analyst} {who covers|following} the {sector|<industry_adj> industry} at {a|an} {bank|broker} in <city>",
        "a {longtime|veteran} {employee|engineer|warehouse manager} at <target>",
        "{the chairman|the chief executive} of <target>",
        "{a union representative|a shareholder activist} at <target>",
    ),
    headlines=(
        "<buyer> {agrees|strikes deal} to buy <target> for <value> billion",
        "<target> {accepts|backs} <value> billion takeover {offer|bid} from <buyer>",
        "{Deal|Merger} {creates|would create} {<industry_adj>|a} giant; <jobs> jobs {at risk|to go}",
        "<buyer>'s bid for <target> {faces|draws} {regulatory|competition} {scrutiny|questions}",
        "{Shares in|Stock of} <target> {jump|soar} <premium>% on takeover news",
        "Unions {fear|warn of} job cuts {after|over} <buyer>-<target> deal",
        "<buyer> {to acquire|buys} {rival|competitor} <target> in <city> {deal|tie-up}",
    ),
    ledes=(
        ("<buyer> {agreed|has agreed} to {buy|acquire} <target> for <value> billion <currency> {in cash and shares|in cash}, the {companies|two companies} said on <weekday>, {creating|forming} one of the largest {groups|companies} in <industry>.",),
        ("<target> {accepted|backed} a <value> billion-<cur_adj> takeover {offer|bid} from <buyer> on <weekday>, {ending|closing} {weeks|months} of {speculation|talks} {and|while} {raising|prompting} {fears|warnings} {about|of} {job losses|cuts} {in|around} <city>.",),
        ("{Shares in|Shares of} <target> {jumped|surged} <premium>% in <city> on <weekday> {after|when} <buyer> {announced|unveiled} {a|an agreed} <value> billion-<cur_adj> {deal|offer} to {take over|buy} {the company|its rival}.",),
        ("Two {major|large} <industry_adj> {companies|groups} {plan|are planning} to {merge|combine}.", "<buyer> said on <weekday> it would {pay|offer} <per_share> {per share|a share} for <target>, valuing it at <value> billion <currency>."),
        ("<buyer>'s {planned|proposed} <value> billion-<cur_adj> {purchase|takeover} of <target>, {announced|made public} on <weekday>, {will|would} {need|require} {approval|clearance} from <authority> and {could|may} {cost|mean the loss of} <jobs> jobs, the {companies|firms} said.",),
        ("{After|Following} {months of|weeks of} {negotiations|talks}, <buyer> and <target> {said|announced} on <weekday> {that they would|they will} {combine|merge} in a <value> billion-<cur_adj> deal, {the|} {largest|biggest} in the <industry_adj> {industry|sector} {this year|in years}.",),
    ),
    themes=(
        (
            "{Under the terms|Under the agreement}, <target> {shareholders|investors} {will|would} {receive|get} <per_share> per share, a premium of <premium>% {to|over} {the|its} {closing price|average price} before {talks|the talks} {became public|were reported}.",
            "<buyer> {will|would} {hold|own} <stake>% of the {combined|merged} {company|group}, {which|and it} {will|would} employ {about|some} <employees> {staff|people} {in|across} {twenty|dozens of} countries.",
            "The deal {is|was} {expected|due} to {close|be completed} {within|in} <months> months, {subject to|pending} {shareholder votes|regulatory approval}.",
            "{The combined|The merged} {company|group} {will|would} {keep|retain} {its|a} {headquarters|head office} in <city>, {the companies|both firms} said, {though|but} {some|certain} {functions|departments} {could|may} {move|be relocated}.",
        ),
        (
            "The {companies|firms} {expect|said they expected} {savings|cost savings} of {hundreds of millions|several hundred million} {a year|annually} {from|through} {combining|merging} {purchasing|factories|IT systems} and {cutting|removing} {overlapping|duplicate} {roles|jobs}.",
            "{About|Up to|Roughly} <jobs> jobs {could|may} {go|be cut} {over|within} {three|two} years, {mostly|largely} in {administration|back-office roles} and {overlapping|duplicated} {sites|plants}, {according to|said} {a|the} {presentation|document} to investors.",
            "{Unions|Staff representatives} {demanded|asked for} {guarantees|assurances} on {jobs|employment} and {pensions|working conditions}, {and|while} {some|a few} {called|urged} {the government|ministers} to {block|review} the {deal|takeover}.",
        ),
        (
            "<authority> {is|was} {expected|likely} to {examine|scrutinise} {the deal|the takeover} {closely|carefully}, {since|because} the {two|combined} {companies|groups} {together|jointly} {control|hold} a {large|big} share of the <industry_adj> market in <country>.",
            "{Competition|Antitrust} {lawyers|experts} said {the firms|the buyer} {may|might} have to {sell|offload} {some|certain} {brands|businesses|factories} to {win|secure} {approval|clearance}.",
            "{A|One} {previous|earlier} {attempt|bid} to {merge|combine} {rivals|companies} in the {sector|industry} {was|had been} {blocked|abandoned} {by regulators|after objections} {in 2022|a few years ago}.",
        ),
        (
            "{Analysts|Investors} {were|appeared} {broadly|mostly} {positive|supportive}, {though|but} {some|a few} {questioned|raised doubts about} the {price|premium} and whether <buyer> could {integrate|absorb} {a company|a business} of {that|this} size.",
            "{Shares in|Stock in} <buyer> {fell|slipped|rose} {slightly|about two percent} {in|during} {early|morning} {trading|dealings}, {while|as} {the|} <target> {stock|shares} {traded|settled} {just below|near} the {offer|deal} price.",
            "<P2> said the {deal|price} {made|had} {strategic|industrial} {sense|logic} but {warned|cautioned} that {mergers|takeovers} of {this|such} {scale|size} {often|frequently} {fail|struggled} to {deliver|achieve} {promised|the promised} {savings|benefits}.",
        ),
        (
            "<target> {had|has} {struggled|battled} with {rising|higher} {costs|input prices} and {falling|flat} {sales|demand} {in|over} the {past two years|last few years}, and its share price has {fallen by|lost} {nearly|almost} {half|a third}.",
            "<buyer>, {which was founded in the 1960s|founded as a family business}, has {grown|expanded} {through|by} {a series of|several} {acquisitions|takeovers} and {now|today} {operates|runs} {plants|offices} {across|in} {Europe and Asia|several continents}.",
            "{The|This} {deal|takeover} {follows|comes after} {a wave|a series} of {consolidation|mergers} in <industry> as {companies|firms} {seek|look for} {scale|size} to {cope with|face} {rising|higher} {costs|competition}.",
        ),
        (
            "Banks advising on the {deal|takeover} {stand|are set} to earn {tens of millions in fees|fees running into tens of millions}, according to {people familiar with the terms|industry analysts}.",
            "The {deal|agreement} {includes|contains} a {break fee|termination fee} {payable|to be paid} if {either side|<target>} {walks away|pulls out} or {regulators|the authorities} {block|reject} it.",
            "{Several|Some} {large|institutional} {shareholders|investors} in <target> {had|have} {pushed|lobbied} for a {sale|deal} {after|following} {years|a long period} of {poor|weak} {returns|results}, {according to|said} {people familiar with the matter|analysts}.",
            "{Pension funds|Investment funds} {holding|with} {stakes|shares} in {both|the two} {companies|firms} {are|were} {expected|likely} to {back|support} the {merger|deal} {at|in} {shareholder|the} {meetings|votes} {early next year|in the spring}.",
        ),
    ),
    quotes=(
        "\"{Together|Combined}, we {will|can} {build|create} a {stronger|more resilient} {company|business} {with|that has} the {scale|size} to {invest|compete} {globally|in every market},\" said <P1>.",
        "\"{This|The deal} {delivers|offers} {significant|real} value to {our|<target>} shareholders and {a|secures a} {secure|strong} future for {our brands|the business},\" <P4> said.",
        "\"{Everyone on the floor wants|People in the warehouse want} to know {the same thing|one thing}: {will|do} {we|I} still have a job {next year|in a year}?\" said <P3>.",
        "\"{The price|The premium} is {full|generous}, and {integration|putting two companies together} is {hard|always harder than it looks},\" said <P2>. \"{Execution|Delivery} {will|is going to} {decide|determine} {everything|whether it works}.\"",
        "<P5> said: \"{We have|We've} heard {promises|these promises} {before|about jobs before}. {We want|We need} {them|guarantees} {in writing|written down}, not {in|at} a {press conference|presentation}.\"",
        "\"{We do not|We don't} {expect|anticipate} {significant|major} {problems|obstacles} {with|from} {regulators|the authorities},\" <P1> told {analysts|investors} on a {call|conference call}.",
        "\"{I started|I began} {here|at the company} {as a teenager|as an apprentice},\" said <P3>. \"{The name on the gate|The logo} {may change|might change}. {I just hope|I hope} {the people|the jobs} {stay|don't}.\"",
    ),
    updates=(
        "{Later on <weekday>|In a filing later that day}, the {companies|firms} {revised|corrected} the {estimate|number} of jobs {at risk|that could go} to <jobs> from <jobs_old>, {saying|after} {an error|a mistake} in the {investor presentation|first announcement}.",
        "{An updated|A revised} {presentation|statement} {published|filed} {late on <weekday>|that evening} {put|gave} the number of {jobs|positions} {expected to go|at risk} at <jobs>, rather than <jobs_old> as {first|initially} {stated|announced}.",
        "<buyer> {corrected|amended} its {figure|forecast} for {job cuts|job losses} to <jobs> {late on <weekday>|that evening}; the {earlier|first} {release|statement} had {said|put it at} <jobs_old>.",
    ),
)

HARVEST = Topic(
    key="harvest",
    family="economy",
    places=(
        ("Córdoba", "Argentina"), ("Rajshahi", "Bangladesh"), ("Kano", "Nigeria"), ("Nakhon Ratchasima", "Thailand"),
        ("Odesa", "Ukraine"), ("Konya", "Turkey"), ("Dodoma", "Tanzania"), ("Wagga Wagga", "Australia"),
        ("Rabat", "Morocco"), ("Saskatoon", "Canada"), ("Jaén", "Spain"), ("Tamale", "Ghana"),
    ),
    macros={"event": "{the drought|the poor harvest|the crop failure|the dry spell}"},
    facts={
        "_crop": [
            {"crop": "wheat", "crop_adj": "wheat"}, {"crop": "maize", "crop_adj": "maize"}, {"crop": "rice", "crop_adj": "rice"},
            {"crop": "olives", "crop_adj": "olive"}, {"crop": "sorghum", "crop_adj": "sorghum"}, {"crop": "barley", "crop_adj": "barley"},
            {"crop": "coffee", "crop_adj": "coffee"}, {"crop": "soybeans", "crop_adj": "soybean"},
        ],
        "drop": "i:18:62", "tonnes": "i:120000:4800000:1000", "farmers": "i:6000:310000:500", "rain_pct": "i:25:70",
        "price_rise": "i:12:85", "months": "i:4:14", "aid": "i:20:600",
        "authority": ["the agriculture ministry", "the national food security agency", "the farm ministry"],
        "region": ["the northern plains", "the central highlands", "the southern provinces", "the river delta", "the eastern farm belt"],
    },
    key_figure="farmers",
    roles=(
        "the {agriculture minister|head of <authority>}",
        "a {crop scientist|agricultural economist} at {a university in <city>|a farm research institute}",
        "a {farmer|smallholder|grain grower|cooperative member} who {has farmed|has worked the land} {near <city>|in <region>} for {thirty years|two decades|decades}",
        "{a spokesperson for|the head of} a {national|regional} farmers' {union|federation}",
        "{an aid worker|a food-price analyst} {with|at} {an international charity|a commodity research firm}",
    ),
    headlines=(
        "<crop_adj> harvest {falls|drops} <drop>% as drought {grips|hits} <country>",
        "{Drought|Dry spell} {withers|ruins} <crop> {crops|fields} around <city>",
        "<country> farmers {count losses|face ruin} after {worst|poorest} harvest in {years|decades}",
        "{Food prices|<crop> prices} {climb|jump} <price_rise>% {as|after} <country> harvest {fails|shrinks}",
        "Government {promises|approves} aid for <farmers> farmers hit by {drought|crop failure}",
        "{Empty silos|Dry fields}: farmers in <country> {brace|prepare} for lean months",
        "Poor <crop_adj> harvest {raises|stokes} food security {fears|concerns} in <country>",
    ),
    ledes=(
        ("<country>'s <crop_adj> harvest {fell|dropped} <drop>% this year {after|following} {months|a season} of drought in <region>, <authority> said on <weekday>, {leaving|putting} <farmers> farmers {in financial trouble|facing heavy losses}.",),
        ("{Farmers|Growers} {around|near} <city> {are|were} {counting the cost of|tallying their losses from} {the worst|a disastrous} <crop_adj> harvest in {decades|a generation}, {with|as} {output|yields} {down|lower by} <drop>% and {prices|food prices} {rising|climbing} {in|across} <country>.",),
        ("{Rainfall|Rain} in <region> of <country> {was|came in at} {just|only} <rain_pct>% of {normal|the long-term average} this {season|year}, and the <crop_adj> harvest {has|had} {shrunk|fallen} {accordingly|by <drop>%}, {officials|<authority>} said on <weekday>.",),
        ("{The fields|Fields} {outside|around} <city> {should|would normally} be {full|thick} with <crop> {at this time of year|by now}.", "{Instead|This year}, {after|following} a {long|punishing} drought, {yields are|the harvest is} down <drop>%, <authority> said on <weekday>."),
        ("<authority> {announced|unveiled} {emergency|drought} aid for <farmers> farmers on <weekday> {after|as} {figures|new figures} {showed|confirmed} the <crop_adj> harvest {had fallen|fell} <drop>% {because of|due to} {drought|the lack of rain}.",),
        ("Prices of <crop> {have risen|rose} <price_rise>% {in|across} <country> {since|over} the {summer|past three months} {after|as} a {severe|prolonged} drought {cut|reduced} the {harvest|crop} by <drop>%, {official|government} {figures|data} {released|published} on <weekday> {showed|show}.",),
    ),
    themes=(
        (
            "The <crop_adj> harvest came in at <tonnes> tonnes, {down|a fall of} <drop>% {from|on} last year, {according to|said} <authority>, {the|its} {lowest|smallest} {since records began|since the 1990s|in two decades}.",
            "{Rainfall|Rain} between {April|May} and {September|October} {was|reached} {only|just} <rain_pct>% of the {long-term|historical} average, {and|while} {temperatures|heat} {stayed|ran} {well above|above} {normal|the norm} {for weeks|through the summer}.",
            "{Reservoirs|Irrigation dams} {in|across} <region> {were|stood} {less than|under} {a third|a quarter} full {by|in} {August|September}, {forcing|leading} {authorities|officials} to {ration|cut} {water|irrigation} {for|to} {farms|growers}.",
            "{Soil|Topsoil} {moisture|conditions} {were|remained} {too dry|poor} for {planting|sowing} the {next|winter} crop {in|across} {large parts|much} of <region>, {agronomists|experts} said.",
        ),
        (
            "<farmers> {farmers|farm households} {were|have been} {affected|hit}, {many of them|most} {smallholders|small family farms} {with|who have} {little savings|few reserves} and {no|little} {insurance|access to credit}.",
            "{Some|Many} {farmers|growers} {sold|had sold} {livestock|cattle|equipment} to {pay|cover} {debts|loans} {taken out|they took out} for {seed|fertiliser} {in the spring|earlier in the year}.",
            "{Young people|Farm workers} {were|have been} {leaving|moving} {villages|the countryside} {for|to} {the cities|<city>} {in search of|looking for} {work|jobs}, {community|village} {leaders|elders} said.",
        ),
        (
            "Prices of {bread|flour|cooking oil|staple foods} {in|across} <country> {have|had} {risen|gone up} <price_rise>% {since the summer|over three months}, {hitting|squeezing} {poorer|low-income} {households|families} {hardest|the most}.",
            "{Traders|Importers} said <country> {would|will} {need|have} to {import|buy} {more|extra} <crop> {from abroad|on world markets} {to|in order to} {cover|meet} {domestic|local} {demand|needs}, {putting pressure on|straining} {the currency|foreign reserves}.",
            "{Millers|Food processors} {warned|said} that {further|more} {price rises|increases} {were|are} {likely|probable} {in the coming months|this winter} unless {imports arrive|supply improves} {quickly|soon}.",
        ),
        (
            "<authority> {set aside|approved} <aid> million {in|of} {aid|support}, {including|covering} {cash transfers|direct payments}, {subsidised|free} {seed|fertiliser} and {delayed|deferred} {loan repayments|debt payments} for {farmers|growers}.",
            "<P5> said {the aid|the package} {was|seemed} {welcome|a start} but too small for the scale of {the losses|the crisis}, and {that|} {money often takes|funds usually take} {months|a long time} to {reach|get to} {villages|farmers}.",
            "{Aid|Relief} {agencies|groups} {warned|said} that {hundreds of thousands of|many} people in <region> {could|may} {face hunger|go short of food} {before|until} the {next|following} harvest in <months> months.",
        ),
        (
            "<P2> said {climate|weather} {patterns|records} {showed|suggest} {droughts|dry years} {were|are} {becoming|growing} {more frequent|more common} {in|across} <region>, and {farmers|agriculture} {would|will} need {drought-resistant|hardier} {varieties|seeds} and {better|more efficient} {irrigation|water management}.",
            "{Scientists|Researchers} at {a|the} {national|regional} {institute|research station} {near|outside} <city> {have|had} {been testing|developed} {new|drought-tolerant} {strains|varieties} of <crop>, {but|though} {they|the seeds} {are|remain} {years|some time} away {from|before} {wide|widespread} use.",
            "{Farmers|Growers} {switching|who switch} to {less thirsty|hardier} crops {such as|like} {sorghum|millet|chickpeas} {face|would face} {lower|smaller} {prices|returns} and {new|unfamiliar} {markets|buyers}, {economists|analysts} said.",
        ),
        (
            "{Livestock farmers|Cattle and goat herders} {in|across} <region> {were|have been} {selling|slaughtering} {animals|herds} {early|at low prices} {because|as} {pasture|grazing land} {had|has} {dried up|turned to dust}.",
            "{Cooperatives|Grain cooperatives} {reported|said} that {storage was|silos were} {half|largely} empty, and {several|some} {mills|processing plants} {had|have} {cut|reduced} {shifts|working hours} {for lack of|because they lacked} {grain|supplies}.",
            "{Banks|Lenders} {agreed|promised} to {reschedule|delay} {farm loans|debt repayments} for {growers|farmers} {in|from} the {worst-hit|hardest-hit} {districts|areas}, <authority> said.",
            "{Market|Village} {traders|vendors} in <city> said {customers|shoppers} {were|had been} {buying|asking for} {smaller|fewer} {quantities|portions} and {switching|turning} to {cheaper|lower-quality} {staples|goods}.",
        ),
    ),
    quotes=(
        "\"{I have never seen|I've never seen} the {ground|soil} {this|so} {dry|hard},\" said <P3>. \"{You put|We put} {seed|seeds} in and {nothing|nothing at all} {comes up|grows}.\"",
        "\"{This is|We are facing} {an emergency|a crisis} for {rural|farming} {families|communities},\" said <P1>. \"{We will|The government will} {stand with|support} {farmers|them} {until|through to} the {next|new} harvest.\"",
        "\"{Droughts|Dry years} used to come once a decade. {Now|These days} it is {every two or three years|one year in three},\" said <P2>.",
        "\"{The money|The aid} {announced|promised} {today|this week} {will not|won't} {cover|pay} {even|} {the seed|the fertiliser bill} for {most|many} {members|families},\" <P4> said.",
        "\"{Food costs|Flour and oil cost} {almost|nearly} {double|twice} what {it|they} did {last year|in the spring},\" said <P5>. \"{Families|Poorer families} are {skipping meals|cutting back on meals}.\"",
        "\"{My father|My grandfather} {farmed|worked} {this land|these fields}, and so have I,\" said <P3>. \"{I do not know|I don't know} if {my children|my son} {will|can}.\"",
        "\"{We sold|I sold} {two cows|the tractor} to {pay|cover} the {bank|loan},\" <P3> said. \"{If|When} {the rain|rain} {does not come|fails} {again|next year}, {we will have|there will be} nothing {left|more} to sell.\"",
    ),
    updates=(
        "{Later on <weekday>|In a later statement}, <authority> {raised|revised} the number of farmers {affected|eligible for aid} to <farmers> from <farmers_old>, {after|as} {regional|local} {offices|officials} {submitted|sent in} {more|late} {returns|figures}.",
        "{An updated|A revised} {ministry|government} {estimate|count} {published|released} {late on <weekday>|that evening} {put|gave} the number of {farmers|households} {hit|affected} at <farmers>, {not|rather than} the <farmers_old> {first|initially} {reported|announced}.",
        "<authority> {corrected|amended} its {figure|estimate} of {affected|struggling} farmers to <farmers> {late on <weekday>|overnight}; the {earlier|first} {figure|count} of <farmers_old> had {left out|omitted} {tenant farmers|sharecroppers}.",
    ),
)

TOPICS = (RATES, STRIKE, MERGER, HARVEST)
