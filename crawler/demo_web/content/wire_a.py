"""Northstar Wire originals, part one (all events invented; November 2026)."""
from __future__ import annotations

from .model import WireStory

# The wire's environment desk closes sponsored stories with this paragraph, so two
# unrelated stories share it word for word (a ground-truth "boilerplate pair").
CHANGING_COASTS = (
    "This story is part of Northstar Wire's Changing Coasts series, supported by the "
    "Meridian Ocean Foundation. Northstar Wire is solely responsible for all content."
)

STORIES_A: tuple[WireStory, ...] = (
    WireStory(
        story="wire-quake-azores", slug="strong-earthquake-azores-sao-miguel", section="world",
        headline="Strong earthquake rattles the Azores, damaging homes on São Miguel",
        dateline="PONTA DELGADA, Portugal (Northstar) —",
        authors=("Inês Carvalho",), published="2026-11-03T13:40:00-05:00",
        caption="Residents inspect a collapsed wall in the old quarter of Ponta Delgada on Tuesday.",
        paragraphs=(
            "A magnitude 6.2 earthquake struck off the Azores archipelago early Tuesday, shaking "
            "buildings across the island of São Miguel, cutting power to thousands of homes and "
            "sending residents into the streets before dawn, regional officials said.",
            "The quake hit at 4:12 a.m. local time about 38 kilometers (24 miles) southeast of "
            "Ponta Delgada at a depth of 11 kilometers, according to the regional seismology "
            "center. At least a dozen aftershocks followed within two hours, the strongest "
            "measuring 4.6.",
            "There were no immediate reports of deaths. The regional civil protection service "
            "said 17 people were treated for minor injuries, most of them cuts from broken glass, "
            "and two elderly residents were taken to hospital after falls.",
            "“It felt like a truck had driven into the side of the house, and then it kept "
            "going,” said Helena Furtado, 54, who runs a bakery near the harbor. “Everything on "
            "the shelves was on the floor. We grabbed the children and ran outside.”",
            "Engineers were inspecting several churches and older stone buildings in the historic "
            "center, where sections of walls and roof tiles fell onto narrow streets. The city "
            "council closed two schools as a precaution and said classes would resume once "
            "structural checks were complete.",
            "The electricity operator said about 9,000 customers lost power at the height of the "
            "outage. By mid-morning, supply had been restored to all but a few hundred homes in "
            "the hills east of the city.",
            "Flights at the island's airport were briefly suspended while the runway was checked "
            "for cracks, then resumed shortly after 8 a.m. Ferry services between the islands ran "
            "on a reduced schedule.",
            "The Azores sit near the junction of three tectonic plates and are among the most "
            "seismically active parts of Europe. Scientists at the regional center said the quake "
            "was not linked to any of the archipelago's volcanoes and that there was no risk of a "
            "tsunami.",
            "Civil protection chief Rui Medeiros, who toured the old quarter in the afternoon, "
            "said the regional government would open a temporary fund for repairs to homes and "
            "small businesses. “We have lived with the earth moving for five hundred years,” he "
            "said. “We will rebuild what fell, as we always have.”",
        ),
    ),
    WireStory(
        story="wire-ferry-strike-baltic", slug="baltic-ferry-strike-helsinki-tallinn", section="business",
        headline="Ferry workers strike across Baltic routes, stranding thousands of passengers",
        dateline="HELSINKI (Northstar) —",
        authors=("Anneli Virtanen", "Piotr Nowak"), published="2026-11-05T05:30:00-05:00",
        caption="Passengers wait at a ferry terminal in Helsinki after sailings were cancelled on Thursday.",
        paragraphs=(
            "Thousands of passengers were stranded in Helsinki and Tallinn on Thursday as ferry "
            "crews walked off the job in a 48-hour strike over pay and rest periods, halting most "
            "sailings across the Gulf of Finland during one of the busiest commuting weeks of the "
            "autumn.",
            "The Baltic Seafarers' Union said about 2,300 deck, engine and catering staff on 14 "
            "vessels joined the walkout, which began at 6 a.m. The union is seeking a 7 percent "
            "raise over two years and guaranteed rest days after night crossings.",
            "“Our members work twelve-hour shifts on open water in the dark for half the year,” "
            "said union chair Kaisa Lindqvist. “They are asking for rest that is written down, "
            "not promised.”",
            "Hospitals in Helsinki said some nurses who live in Estonia had been unable to reach "
            "their shifts and that managers had reorganized rosters to cover the gaps.",
            "At the passenger terminal in Helsinki, travelers slept on benches and queued at "
            "ticket desks for refunds. “I came for a two-day conference and now I don't know when "
            "I'll see my kids,” said Marek Tamm, a software engineer from Tartu who was trying to "
            "book a seat on a flight.",
            "Operators said only two smaller vessels crewed by non-union staff would sail, "
            "carrying freight and a limited number of passengers with advance bookings. Queues of "
            "trucks stretched for several kilometers outside the cargo port, and some drivers said "
            "they expected to wait two days.",
            "The route between Helsinki and Tallinn carries millions of passengers a year, many of "
            "them Estonians who commute to jobs in Finland. Airlines added extra flights between "
            "the two capitals, a 30-minute hop that costs several times the ferry fare.",
            "The Association of Baltic Ferry Operators said the union's demands would add about 40 "
            "million euros a year to costs and could force fare increases. “We have made a fair "
            "offer, and we remain at the table,” its director, Mikael Sund, said in a statement.",
            "A state mediator called both sides to talks on Friday. The labor ministry said it was "
            "monitoring the dispute but had no plans to intervene, and urged both sides to keep "
            "freight moving to the islands that depend on the ferries for food and fuel.",
            "It is the first strike on the route in more than a decade. A one-day walkout in the "
            "early 2010s ended when operators agreed to review shift patterns, a review the union "
            "says was never completed.",
        ),
    ),
    WireStory(
        story="wire-chip-plant-korea", slug="hanseong-memory-chip-plant-pyeongtaek", section="business",
        headline="South Korean chipmaker Hanseong to build $14 billion memory plant",
        dateline="SEOUL (Northstar) —",
        authors=("Jiwon Seo",), published="2026-11-09T01:15:00-05:00",
        caption="A worker walks past the Hanseong Semiconductor headquarters in Seoul on Monday.",
        paragraphs=(
            "Hanseong Semiconductor said on Monday it would spend 19 trillion won ($14 billion) "
            "building a memory chip plant south of Seoul, the largest single investment in the "
            "company's history, as it races to meet demand for chips used in artificial "
            "intelligence data centers.",
            "The plant, in an industrial zone on the edge of the city of Pyeongtaek, will produce "
            "high-bandwidth memory, a type of stacked chip that sits beside the processors that "
            "train and run large AI models. Construction is due to begin in March, with production "
            "starting in the second half of 2028.",
            "Hanseong said the project would create about 3,500 jobs at the site and thousands more "
            "among suppliers. The company expects the plant to raise its memory output by roughly "
            "a quarter once it is running at full capacity.",
            "“Customers are asking for more than we can make today, and they are asking us to "
            "commit years in advance,” chief executive Park Sung-ho told reporters at the "
            "company's headquarters. “This plant is our answer.”",
            "Shares in Hanseong rose 4.1 percent in Seoul, outpacing a 0.8 percent gain in the "
            "benchmark index. Analysts said the spending had been widely expected but that the "
            "timeline was faster than many had forecast.",
            "The announcement follows similar expansion plans by rival memory makers in Taiwan "
            "and the United States, and comes as South Korea tries to keep its lead in a market "
            "where a handful of companies control most of the world's supply.",
            "“The risk is that everyone builds at once and prices fall just as the new lines come "
            "on,” said Choi Eun-ji, a semiconductor analyst at Daerim Securities. “But for now the "
            "demand from data centers shows no sign of slowing.”",
            "The government has offered tax credits of up to 25 percent for chip investments and "
            "has promised to speed up connections to power and water, which have delayed earlier "
            "projects in the region. The city of Pyeongtaek said it would build a new substation "
            "to serve the site.",
            "Environmental groups said the plant would need as much water each day as a city of "
            "200,000 people and called on the company to publish a plan for recycling it. "
            "Hanseong said it would reuse at least 60 percent of the water the plant consumes.",
            "Hanseong, founded in 1987 as a maker of components for television sets, became the "
            "country's third-largest chipmaker in the past decade. It employs about 41,000 people "
            "worldwide.",
        ),
    ),
    WireStory(
        story="wire-climate-fund-lisbon", slug="coastal-nations-sea-defense-fund-lisbon", section="world",
        headline="Coastal nations agree on $6 billion fund for sea defenses",
        dateline="LISBON (Northstar) —",
        authors=("Sofia Marques",), published="2026-11-11T14:20:00-05:00",
        caption="Delegates applaud at the close of the coastal adaptation talks in Lisbon on Wednesday.",
        paragraphs=(
            "Delegates from 41 coastal nations agreed on Wednesday to set up a $6 billion fund to "
            "help low-lying cities build sea walls, restore wetlands and move homes away from "
            "eroding shorelines, ending two weeks of talks in Lisbon that had threatened to "
            "collapse over who would pay.",
            "Under the deal, wealthier countries will provide about two-thirds of the money over "
            "five years, with the rest coming from development banks and a levy on marine "
            "insurance premiums. Cities will be able to apply for grants directly rather than "
            "through national governments, a change smaller island states had pushed for.",
            "Small island states, which had threatened to walk out of the talks last week, said "
            "the direct-access rule would let communities bypass slow national bureaucracies. "
            "Several delegates said the fund's first test would be whether grants reached towns "
            "that lacked the staff to write long applications.",
            "“For the first time, a mayor in a town that is losing a street a year can knock on "
            "the door herself,” said Amara Doumbia, the lead negotiator for a bloc of West African "
            "states. “That matters more than the size of the number.”",
            "The talks nearly broke down on Monday when several large economies objected to the "
            "insurance levy, arguing that it would raise costs for shipping. A compromise caps the "
            "levy at 0.2 percent and exempts policies for fishing vessels under 24 meters.",
            "Environmental groups welcomed the agreement but said the sum fell far short of what "
            "was needed. A study published last year by the Tidewater Institute estimated that "
            "coastal cities would need to spend more than $70 billion a year by 2040 to keep pace "
            "with rising seas.",
            "“This is a down payment, not a solution,” said Leo Hartmann of the Coastal Futures "
            "Network, a coalition of research groups. “But it is a structure that can grow.”",
            "The fund will be hosted by an existing development bank and is expected to approve "
            "its first grants in late 2027. A board of 16 members, half of them from the countries "
            "most at risk, will decide which sea defenses and wetland projects receive money.",
            "The agreement still needs to be approved by national parliaments in at least 25 of "
            "the countries before the fund can start operating, a process officials said could "
            "take most of next year.",
            CHANGING_COASTS,
        ),
    ),
)
