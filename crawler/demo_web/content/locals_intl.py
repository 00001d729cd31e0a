"""Outlet-own local stories: a British weekly, a Kansas daily on an old CMS
(windows-1252 text with curly quotes, accents and dashes) and an English-language
Korean daily whose stories are built on agency and newspaper reports. All invented."""
from __future__ import annotations

from .model import LocalStory

LOCALS_INTL: tuple[LocalStory, ...] = (
    LocalStory(
        # Same topic as wire-ferry-strike-baltic, different event.
        story="local-coastline-ferry-walkout", outlet="coastline-gazette", slug="harbour-ferry-crews-walk-out",
        section="news", authors=("Rhiannon Pike",), published="2026-11-19T17:45:00+00:00",
        headline="Harbour ferry crews walk out over rota changes",
        caption="The Kelmouth harbour ferry moored at the town quay on Thursday.",
        paragraphs=(
            "Crews on the Kelmouth harbour ferry walked out on Thursday morning in a dispute over new "
            "rotas, leaving hundreds of commuters and schoolchildren to make a 25-minute detour by "
            "road around the estuary.",
            "The five skippers and deckhands, members of the Maritime Workers' Guild, say changes "
            "introduced by the operator this month mean they can be called in at less than a day's "
            "notice and work split shifts across the morning and evening peaks.",
            "“Nobody is asking for the moon,” said skipper Gareth Nance, who has worked on the ferry "
            "for 19 years. “We want to know on Sunday what we are doing on Monday.”",
            "Estuary Crossings Ltd, which runs the ferry under contract to the council, said the new "
            "rotas were needed to cover staff shortages and that crews had been consulted over the "
            "summer. It said it hoped to restore the service by the weekend.",
            "Parents at Kelmouth Community College said some pupils from the villages on the east "
            "bank had missed morning lessons. The council said it was arranging a temporary "
            "minibus.",
            "The walkout is due to last until Saturday evening.",
        ),
    ),
    LocalStory(
        story="local-coastline-lifeboat-rescue", outlet="coastline-gazette", slug="lifeboat-rescues-kayakers-gull-point",
        section="news", authors=("Tom Ashworth",), published="2026-11-08T20:10:00+00:00",
        headline="Lifeboat crew rescues two kayakers off Gull Point",
        paragraphs=(
            "Two kayakers were rescued from the sea off Gull Point on Sunday afternoon after strong "
            "winds swept them away from the shore and one of them capsized, the Kelmouth lifeboat "
            "station said.",
            "The volunteer crew launched at 2.40pm after a walker on the coast path saw the pair "
            "struggling and called the coastguard. They found one man clinging to his upturned kayak "
            "about half a mile offshore and his companion trying to paddle towards him against the "
            "wind.",
            "Both men, who are in their thirties and were visiting from Bristol, were taken back to "
            "the harbour, checked by paramedics and released. They were wearing buoyancy aids, which "
            "the crew said probably saved their lives.",
            "“The wind was blowing straight off the land, which is deceptive because the water close "
            "in looks calm,” said lifeboat helm Kerensa Rowe. “Once you are past the point it is a "
            "different sea altogether.”",
            "It was the station's 31st call-out this year. The crew urged anyone going afloat to "
            "check the forecast, carry a way of calling for help and tell someone when they expect "
            "to be back.",
        ),
    ),
    LocalStory(
        story="local-coastline-pier-reopens", outlet="coastline-gazette", slug="victorian-pier-reopens",
        section="news", authors=("Rhiannon Pike",), published="2026-11-14T12:30:00+00:00",
        headline="Victorian pier to reopen after £2.4m repairs",
        caption="New decking on Kelmouth pier, photographed from the beach on Friday.",
        paragraphs=(
            "Kelmouth's Victorian pier will reopen to the public on 5 December after two years of "
            "repairs costing £2.4 million, the trust that owns it announced on Saturday.",
            "Engineers have replaced 140 of the cast iron columns that support the deck, many of "
            "which had corroded after more than a century in salt water, and laid new timber decking "
            "along the full 300-metre length.",
            "The pier closed after a survey found that sections of the structure were at risk of "
            "collapse in a severe storm. More than 4,000 people signed a petition against plans to "
            "demolish it, and the trust raised the money through a heritage grant, the council and a "
            "public appeal.",
            "“People have been proposing, fishing and eating chips on this pier since 1889,” said "
            "trust chairwoman Margaret Trewin. “It felt wrong to let it fall into the sea on our "
            "watch.”",
            "The café at the end of the pier will reopen in the spring under a new tenant. The trust "
            "plans a lantern parade along the pier on opening night.",
        ),
    ),
    LocalStory(
        story="local-coastline-fish-market", outlet="coastline-gazette", slug="fish-market-traders-fight-flats",
        section="news", authors=("Tom Ashworth",), published="2026-11-25T12:15:00+00:00",
        headline="Fish market traders fight plans for harbourside flats",
        paragraphs=(
            "Traders at Kelmouth fish market have launched a campaign against plans to build 60 flats "
            "on the quay next to the market, warning that the development could force the working "
            "harbour to close within a decade.",
            "The application, submitted by Quayside Living, would replace a row of empty net lofts "
            "and a car park with a four-storey block and ground-floor shops. The developer says the "
            "scheme would bring new life to a neglected corner of the harbour and include 12 "
            "affordable homes.",
            "Fish merchant Jory Penhale, whose family has sold from the market for four generations, "
            "said lorries loading at night would inevitably lead to complaints from new residents. "
            "“We start at four in the morning with forklifts and ice machines,” he said. “Put flats "
            "next to that and the flats will win.”",
            "The harbour commissioners have objected to the plans, saying the car park is used by "
            "fishing crews and visiting boats. A decision is expected at the council's planning "
            "committee in January.",
            "Quayside Living said it would pay for sound insulation and work with the market on "
            "delivery times.",
        ),
    ),
    LocalStory(
        story="local-prairie-grain-elevator", outlet="prairie-dispatch", slug="co-op-grain-elevator-opens",
        section="local", authors=("Jolene Pruitt",), published="2026-11-02T16:00:00-06:00",
        headline="Co-op’s new grain elevator opens in time for late harvest",
        caption="Trucks line up at the new Tallgrass Farmers Co-op elevator on Monday.",
        paragraphs=(
            "The Tallgrass Farmers Co-op opened its new $11 million grain elevator west of Harlan "
            "Flats on Monday, just in time for a late corn and sorghum harvest that was delayed by a "
            "wet October.",
            "The concrete elevator can hold 1.2 million bushels — nearly double the capacity of the "
            "wooden one it replaces, which was built in 1949 and closed last year after an "
            "inspection found cracks in two of its bins.",
            "“We had trucks lined up to the highway last fall because we just didn’t have room,” said "
            "co-op manager Darla Schmidt. “This year they’ll be in and out in fifteen minutes.”",
            "The project was paid for with a low-interest loan and money the co-op’s 640 members "
            "voted to set aside over five years. A new scale house and a rail spur that lets the "
            "co-op load 75-car trains are expected to be finished in the spring.",
            "Farmer Ed Kowalski, who was the first to unload on Monday, said the old elevator would "
            "be missed. “It was a landmark,” he said. “You could see it from ten miles out. But you "
            "can’t store grain in memories.”",
        ),
    ),
    LocalStory(
        story="local-prairie-cafe-anniversary", outlet="prairie-dispatch", slug="cafe-lumiere-40-years",
        section="living", authors=("Marcus Flores",), published="2026-11-05T10:00:00-06:00",
        headline="Café Lumière marks 40 years on Main Street",
        caption="José Peña pulls a tray of croissants from the oven at Café Lumière.",
        paragraphs=(
            "When José Peña opened Café Lumière on Main Street in 1986, his friends told him a French "
            "café would never last in a town where most people wanted their coffee black and their "
            "eggs fried hard.",
            "Forty years later, the café is still there — and so is Peña, now 74, who still arrives "
            "at 5 a.m. to bake the croissants and cinnamon rolls that sell out most mornings before "
            "nine.",
            "“People asked me what a crêpe was, and I told them to try one,” Peña said with a laugh. "
            "“Now the farmers come in and order them without thinking about it.”",
            "The café will celebrate its anniversary on Saturday with free coffee from 7 to 10 a.m. "
            "and a slideshow of photos from four decades of birthday parties, rehearsal dinners and "
            "election-night gatherings.",
            "Peña’s daughter, Renée, who manages the café, said her father has no plans to retire. "
            "“He says he will stop when the ovens stop,” she said. “And he keeps fixing the ovens.”",
        ),
    ),
    LocalStory(
        story="local-prairie-county-budget", outlet="prairie-dispatch", slug="county-road-budget-cut",
        section="local", authors=("Jolene Pruitt",), published="2026-11-12T19:30:00-06:00",
        headline="County commissioners trim road budget by 6%",
        paragraphs=(
            "Tallgrass County commissioners on Thursday approved a 2027 budget that cuts spending on "
            "road maintenance by 6% and delays the replacement of two bridges, citing lower sales "
            "tax revenue and rising insurance costs.",
            "The $38.6 million budget keeps the property tax rate flat for the third year in a row. "
            "Commissioner Gail Whitford said that was the right call after a hard year for farmers: "
            "“We are not going to balance this on the backs of people who just watched wheat prices "
            "fall.”",
            "The road and bridge department will lose about $640,000. Road supervisor Hank Dietz "
            "said gravel roads in the north of the county would be graded less often and that some "
            "rural bridges would keep their weight limits longer than planned.",
            "Commissioner Luis Ortega cast the only vote against the budget, arguing that the bridge "
            "delays put school buses at risk. The bridges over Sand Creek and Dry Fork are both rated "
            "in poor condition by state inspectors.",
            "The budget also includes a 3% raise for county employees and money for two additional "
            "sheriff’s deputies.",
        ),
    ),
    LocalStory(
        story="local-prairie-wind-farm", outlet="prairie-dispatch", slug="wind-farm-hearing-crowd",
        section="local", authors=("Marcus Flores",), published="2026-11-19T23:05:00-06:00",
        headline="Wind farm hearing draws crowd of 300",
        paragraphs=(
            "More than 300 people filled the Harlan Flats High School gym on Thursday night for a "
            "public hearing on a proposed 48-turbine wind farm south of town — the largest crowd at "
            "a county meeting in anyone’s memory.",
            "The developer, Broad Sky Energy, says the $210 million project would pay landowners "
            "about $1.4 million a year in leases and add $900,000 a year to the county’s tax base. "
            "Construction could begin in 2028 if the county approves a special use permit.",
            "Supporters, many of them farmers who have signed leases, said the turbines would keep "
            "family farms afloat. “This is a crop that doesn’t care if it rains,” said Vernon Albers, "
            "who farms 2,000 acres near the proposed site.",
            "Opponents raised concerns about noise, blinking red lights at night and the effect on "
            "property values. Several asked the county to require that turbines be set back at "
            "least a mile from homes, compared with the 1,500 feet the developer has proposed.",
            "The county planning commission will make a recommendation in December. The final "
            "decision rests with the county commissioners.",
        ),
    ),
    LocalStory(
        story="local-daehan-subway-extension", outlet="daehan-courier", slug="line-12-extension-opening",
        section="national", authors=("Kim Da-eun",), published="2026-11-06T11:20:00+09:00",
        headline="Seoul subway Line 12 extension to open Dec. 19: report", credit="Hanul News Agency",
        caption="A test train runs on the Line 12 extension in Seoul in October. (Hanul)",
        paragraphs=(
            "The eastern extension of Seoul subway Line 12 will open to passengers on Dec. 19, "
            "cutting travel time between the new Songha district and central Seoul to about 35 "
            "minutes, Hanul News Agency reported Friday, citing city officials.",
            "The 9.4-kilometer extension adds six stations and links to two existing lines at Songha "
            "Station and Dongmun Market Station. Trial runs without passengers have been under way "
            "since September, and final safety inspections are due to finish early next month, "
            "according to the report.",
            "Residents of Songha, a district of some 40,000 apartments, have long complained of "
            "crowded buses and traffic jams on the only main road into the city. A residents' "
            "association had staged rallies demanding that the line open before the end of the "
            "year.",
            "The city plans to run trains every four minutes during rush hours, the report said. "
            "Fares will follow the standard subway fare system, starting at 1,550 won.",
            "The extension was originally due to open two years ago but was delayed by the "
            "discovery of groundwater near one station and by a shortage of construction workers, "
            "the report added.",
        ),
    ),
    LocalStory(
        story="local-daehan-cabbage-prices", outlet="daehan-courier", slug="cabbage-prices-kimjang",
        section="business", authors=("Park Ji-hoon",), published="2026-11-10T15:00:00+09:00",
        headline="Cabbage prices jump 40% ahead of kimjang season", credit="Gyeongnam Evening News",
        paragraphs=(
            "The retail price of napa cabbage has risen about 40 percent from a year earlier as the "
            "kimjang season begins, squeezing households that make large batches of kimchi for the "
            "winter, according to data cited by Gyeongnam Evening News.",
            "A head of cabbage sold for an average of 5,200 won at major supermarkets last week, "
            "compared with 3,700 won a year ago, the newspaper said, citing figures from an "
            "agricultural trade agency. Radish and red pepper powder prices also rose.",
            "Farmers blamed a hot, wet September that caused root rot in fields in the highland "
            "growing regions of Gangwon Province, cutting output by about a fifth.",
            "The agriculture ministry said it would release 10,000 tons of cabbage from government "
            "stockpiles and offer discounts of up to 30 percent at participating stores through the "
            "end of the month.",
            "“My mother and I usually make kimchi with fifty heads of cabbage,” Lee Mi-kyung, a "
            "46-year-old office worker in Changwon, told the newspaper. “This year we will make "
            "thirty and buy the rest.”",
        ),
    ),
    LocalStory(
        story="local-daehan-jeju-winds", outlet="daehan-courier", slug="jeju-flights-grounded-winds",
        section="national", authors=("Kim Da-eun",), published="2026-11-16T19:40:00+09:00",
        headline="Strong winds ground dozens of flights on Jeju Island", credit="Hanul News Agency",
        caption="Travelers wait at ticket counters at Jeju International Airport on Monday. (Hanul)",
        paragraphs=(
            "Dozens of flights to and from Jeju International Airport were canceled Monday as strong "
            "winds and wind shear warnings hit the southern resort island, leaving thousands of "
            "travelers stranded, Hanul News Agency reported.",
            "At least 86 departures and arrivals were canceled by 5 p.m., and many more were "
            "delayed, according to airport officials cited in the report. Gusts of up to 25 meters "
            "per second were recorded at the airport in the afternoon.",
            "Airlines said they would add extra flights on Tuesday morning once the warnings were "
            "lifted. Passengers crowded ticket counters in the terminal to rebook, and some said they "
            "had been unable to find a hotel room for the night.",
            "Ferry services between Jeju and the mainland were also suspended, and the island's "
            "disaster authorities warned residents to secure signboards and greenhouse roofs.",
            "The weather agency said the winds were expected to ease by early Tuesday as a "
            "low-pressure system moved east.",
        ),
    ),
    LocalStory(
        story="local-daehan-startup-fund", outlet="daehan-courier", slug="regional-startup-fund",
        section="business", authors=("Park Ji-hoon",), published="2026-11-23T10:10:00+09:00",
        headline="Gov't to launch 500 bil. won fund for regional startups", credit="Hanul News Agency",
        paragraphs=(
            "The government will create a 500 billion won ($365 million) fund to invest in startups "
            "based outside the Seoul metropolitan area, officials said Monday, in an effort to slow "
            "the flow of young workers to the capital, according to Hanul News Agency.",
            "The fund will be formed with 200 billion won in state money and 300 billion won from "
            "private investors and regional banks, the report said. At least 60 percent must go to "
            "companies headquartered in provinces outside Seoul, Incheon and Gyeonggi Province.",
            "Officials said the fund would focus on companies in manufacturing technology, "
            "agriculture and health care, and that it would also back startups founded by people "
            "returning to rural counties.",
            "More than half of the country's population now lives in the capital region, and about "
            "four out of five venture capital investments go to companies based there, according to "
            "figures cited in the report.",
            "“Good ideas are everywhere, but money is only in one place,” a government official was "
            "quoted as saying. “We want to change that.” Fund managers will be selected in January.",
        ),
    ),
)
