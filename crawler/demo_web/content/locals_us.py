"""Outlet-own local stories for the three American dailies (all invented)."""
from __future__ import annotations

from .model import LocalStory

# A funder credit the Lakeside Herald prints inside the body of sponsored stories.
LAKESIDE_FUND = (
    "This report was produced with support from the Great Lakes Civic Reporting Fund, which "
    "does not review or edit Lakeside Herald journalism."
)
# The Granite Valley Ledger's membership appeal, also printed inside the body.
GRANITE_MEMBERS = (
    "The Granite Valley Ledger is a nonprofit newsroom supported by readers. To keep local "
    "reporting like this free for everyone, become a member today."
)

LOCALS_US: tuple[LocalStory, ...] = (
    LocalStory(
        story="local-lakeside-ferry-schedule", outlet="lakeside-herald", slug="washburn-ferry-winter-timetable",
        section="local", authors=("Megan Sorensen",), published="2026-11-04T07:15:00-06:00",
        headline="Washburn Island ferry moves to winter timetable a week early",
        caption="The ferry Alder Queen leaves the city dock for Washburn Island.",
        paragraphs=(
            "The ferry that links Alder Bay with Washburn Island will switch to its winter timetable "
            "on Monday, a week earlier than usual, after the operator said two of its three boats "
            "needed engine work before the ice sets in.",
            "Under the reduced schedule, boats will leave the city dock at 7 a.m., 11 a.m. and 4:30 "
            "p.m. on weekdays, with two round trips on Saturdays and none on Sundays until December. "
            "The last boat back from the island will leave at 5:15 p.m.",
            "Islanders who commute to jobs on the mainland said the change caught them off guard. "
            "“We plan our whole winter around that boat,” said Tom Halvorsen, who drives to a machine "
            "shop in the city and keeps a second car parked by the dock. “A week's notice is not a "
            "lot when you have kids in school over here.”",
            "Bay Transit, which runs the service under a contract with the county, said the "
            "mechanical work could not wait. General manager Lisa Kowalczyk said the company would "
            "add an extra Sunday trip if enough passengers asked for it by Friday.",
            "County board member Dave Brandt said he would ask for a review of the contract, which "
            "requires 30 days' notice of schedule changes except in emergencies.",
            LAKESIDE_FUND,
        ),
    ),
    LocalStory(
        story="local-lakeside-library-levy", outlet="lakeside-herald", slug="library-levy-passes",
        section="local", authors=("Carlos Mendez",), published="2026-11-04T00:30:00-06:00",
        headline="Voters approve library levy by 212 votes",
        paragraphs=(
            "Alder Bay voters narrowly approved a property tax levy on Tuesday that will keep the "
            "public library's two branches open six days a week and pay for a new roof on the main "
            "building, according to unofficial results.",
            "The measure passed 6,418 to 6,206, a margin of 212 votes, with all 14 precincts "
            "reporting. It will add about $38 a year to the tax bill on a home assessed at $200,000.",
            "Library director Naomi Fisk, who spent the evening at a watch party in the main branch's "
            "children's room, said the vote would end two years of reduced hours. “People showed up "
            "for the library when it counted,” she said. “We will be open on Saturdays again by "
            "January.”",
            "Opponents, organized under the name Fair Tax Alder Bay, had argued that the library "
            "should first cut costs by closing the smaller east side branch. Their spokesman, Gary "
            "Lindahl, said the group would not seek a recount.",
            "The county clerk is expected to certify the results next week.",
            LAKESIDE_FUND,
        ),
    ),
    LocalStory(
        story="local-lakeside-harbor-dredging", outlet="lakeside-herald", slug="harbor-dredging-grant",
        section="local", authors=("Megan Sorensen",), published="2026-11-12T14:05:00-06:00",
        headline="City asks state for $4.2 million to dredge silted harbor",
        caption="A barge unloads road salt at the Alder Bay harbor in October.",
        paragraphs=(
            "Alder Bay will ask the state for $4.2 million to dredge its commercial harbor, where "
            "falling lake levels and years of built-up silt have left some berths too shallow for "
            "the barges that carry road salt and gravel to the city.",
            "The city council voted 7-2 on Wednesday night to submit the application to the state's "
            "harbor assistance program. If the grant is approved, the city would contribute about "
            "$700,000 of its own money and dredging could begin next summer.",
            "Harbor master Jim Ostrowski told council members that two barges had run aground this "
            "season while approaching the salt dock. “We are loading them lighter than we should "
            "just to get them in and out,” he said. “Every trip that carries less costs somebody "
            "money.”",
            "The two council members who voted against the application, Ruth Anders and Paul "
            "Meinke, said they supported dredging but wanted more detail about where the removed "
            "sediment would go. Earlier plans to spread it on farmland outside the city were dropped "
            "after tests found traces of old industrial pollutants.",
            "City engineer Karen Lutz said the new plan would send the sediment to a lined disposal "
            "site north of the airport. The state is expected to announce grant awards in March.",
        ),
    ),
    LocalStory(
        story="local-lakeside-robotics", outlet="lakeside-herald", slug="robotics-team-national-finals",
        section="local", authors=("Carlos Mendez",), published="2026-11-22T16:20:00-06:00",
        headline="Alder Bay High robotics team heads to national finals",
        paragraphs=(
            "A team of nine students from Alder Bay High School will compete at the national "
            "robotics championship next spring after their robot, nicknamed Walleye, won the "
            "regional final in Green Bay on Saturday.",
            "The team beat 31 others in a two-day contest in which robots had to pick up foam rings "
            "and stack them on posts while avoiding an opposing robot. Walleye scored the most "
            "points of any machine in the final round.",
            "“We rebuilt the arm three times in the last month,” said senior Priya Raman, the team's "
            "captain. “The version that won was held together partly with zip ties from the hardware "
            "store on Main Street.”",
            "Coach Ben Albrecht, who teaches physics at the school, said the team would need to raise "
            "about $14,000 for travel and parts. Local businesses have already pledged about half of "
            "that, and the students plan a pancake breakfast fundraiser in the school cafeteria on "
            "Dec. 6.",
            "It is the first time an Alder Bay team has qualified for the national championship "
            "since the school started its robotics club eight years ago.",
        ),
    ),
    LocalStory(
        story="local-pinecrest-rentals", outlet="pinecrest-courier", slug="short-term-rental-vote-delayed",
        section="local", authors=("Hollis Grant",), published="2026-11-06T18:30:00-05:00",
        headline="Select board delays vote on short-term rental rules",
        paragraphs=(
            "The Pinecrest select board on Thursday postponed a vote on new rules for short-term "
            "rentals after more than 80 residents packed the town office meeting room, many of them "
            "asking for more time to study the proposal.",
            "The draft ordinance would require owners who rent homes for fewer than 30 days to "
            "register with the town, pay a $250 annual fee and pass a fire safety inspection. Owners "
            "who do not live in Pinecrest would be limited to one rental property each.",
            "Supporters said rentals had pushed up prices and left year-round workers without "
            "housing. “My daughter teaches at the elementary school and she lives forty minutes away "
            "because there is nothing here she can afford,” said resident Carol Mayhew.",
            "Several rental owners said the rules would hurt families who depend on summer income to "
            "pay their property taxes. Innkeeper Raymond Dube said the fee was reasonable but that "
            "the one-property limit would drive away investment.",
            "Board chair Susan Pelletier said the board would hold a workshop on Nov. 19 and take up "
            "the ordinance again in December.",
        ),
    ),
    LocalStory(
        story="local-pinecrest-plow-drivers", outlet="pinecrest-courier", slug="plow-contractor-driver-shortage",
        section="local", authors=("Emma Beaulieu",), published="2026-11-13T07:45:00-05:00",
        headline="Town hires private contractor as plow driver shortage persists",
        caption="A town plow truck parked at the Pinecrest public works garage.",
        paragraphs=(
            "Pinecrest will pay a private contractor to plow about a third of its roads this winter "
            "after the public works department failed to fill four of its eleven driver positions, "
            "town manager Alan Rioux said Thursday.",
            "The contract with Ridgeline Excavation is worth up to $186,000 for the season and covers "
            "the roads on the west side of Route 9, including the steep stretch up to Hemlock Ridge. "
            "Town crews will continue to plow the village center and school bus routes.",
            "Rioux said the town had advertised the jobs since June and raised the starting wage to "
            "$24 an hour, but received only two applications. “Everybody is competing for the same "
            "handful of people with a commercial license,” he said.",
            "Public works director Dana Gagnon said residents on contracted roads should see little "
            "change, though the contractor's trucks will be a different color. He asked residents to "
            "keep vehicles off the road during storms so plows can get through.",
            "The select board approved the contract 4-1. Member Jim Libby voted against it, saying "
            "the town should have offered signing bonuses earlier in the year.",
        ),
    ),
    LocalStory(
        story="local-pinecrest-ridge-trail", outlet="pinecrest-courier", slug="land-trust-ridge-trail",
        section="local", authors=("Hollis Grant",), published="2026-11-18T12:10:00-05:00",
        headline="Land trust buys 300 acres to complete ridge trail",
        paragraphs=(
            "The Pinecrest Land Trust has bought 312 acres of forest on the north side of Hemlock "
            "Ridge, closing the last gap in a hiking trail that will run 14 miles from the village to "
            "the summit of Bald Knob.",
            "The trust paid $1.1 million for the land, most of it raised from about 600 individual "
            "donors over two years, along with a grant from a state conservation fund. The seller, "
            "the Tardif family, had owned the property since the 1930s and used it for timber.",
            "“My grandfather cut wood up there with horses,” said Marie Tardif, 71. “We wanted it to "
            "stay the way it is, and now it will.”",
            "Trust director Owen Whitcomb said volunteers would begin building the final four miles "
            "of trail in the spring. The trust plans to allow a small amount of selective logging on "
            "the property to pay for upkeep and to improve habitat for deer and grouse.",
            "The finished trail is expected to open in the fall of 2027, with a parking area off Cobb "
            "Road.",
        ),
    ),
    LocalStory(
        story="local-pinecrest-bakery-fire", outlet="pinecrest-courier", slug="elm-street-bakery-fire",
        section="local", authors=("Emma Beaulieu",), published="2026-11-26T09:05:00-05:00",
        headline="Fire damages Elm Street bakery; no one hurt",
        paragraphs=(
            "A fire early Thursday badly damaged the kitchen of Sweet Fern Bakery on Elm Street, but "
            "the owners and two employees who had arrived to start the morning baking escaped "
            "without injury, the Pinecrest fire chief said.",
            "Firefighters were called at 4:20 a.m. after an employee saw smoke coming from a vent "
            "above the ovens. Crews from Pinecrest and two neighboring towns had the fire under "
            "control within 40 minutes, Chief Mark Theriault said.",
            "The fire appeared to have started in ductwork above a commercial oven and was not "
            "considered suspicious, Theriault said. The state fire marshal's office was notified as "
            "a routine matter.",
            "Owners Anna and Luke Pomerleau, who opened the bakery in 2014, had been preparing pies "
            "for Thanksgiving orders. “We had almost two hundred pies to finish today,” Anna "
            "Pomerleau said. “Right now I'm just thankful that everyone walked out.”",
            "Several restaurants in town offered the bakery the use of their kitchens. The "
            "Pomerleaus said they hoped to reopen before Christmas.",
        ),
    ),
    LocalStory(
        story="local-granite-library-bond", outlet="granite-valley-ledger", slug="library-bond-fails-again",
        section="news", authors=("Rosa Delgado",), published="2026-11-04T09:30:00-07:00",
        headline="Cutler library bond falls short for a second time",
        paragraphs=(
            "A $9.5 million bond to build a new library in Cutler failed on Tuesday for the second "
            "time in three years, winning 47 percent of the vote in unofficial results released by "
            "the county clerk.",
            "The bond would have paid for a 16,000-square-foot building next to the middle school, "
            "replacing a former bank branch that has housed the library since 1988. Supporters said "
            "the current building is too small, has no working elevator and floods in spring.",
            "“We will regroup and listen,” said library board president Joan Whitaker. “Clearly a lot "
            "of people want a better library. They didn't want this price tag.”",
            "Opponents had argued that property taxes were already rising because of new assessments "
            "and that the library district should look at renovating the existing building. Rancher "
            "Tom Kessler, who campaigned against the bond, said he would support a smaller plan.",
            "The library board will discuss next steps at its December meeting.",
            GRANITE_MEMBERS,
        ),
    ),
    LocalStory(
        story="local-granite-avalanche-warning", outlet="granite-valley-ledger", slug="avalanche-center-early-warning",
        section="news", authors=("Wes Haney",), published="2026-11-10T17:10:00-07:00",
        headline="Avalanche center warns of early-season slide danger",
        caption="A forecaster digs a snow pit near Wolverine Pass on Monday.",
        paragraphs=(
            "Forecasters at the Granite Valley Avalanche Center warned backcountry skiers on Tuesday "
            "that a thin, weak layer of early snow has created unusually dangerous conditions on "
            "north-facing slopes above 10,000 feet.",
            "A storm last weekend dropped up to 20 inches of heavy snow on top of a crust that formed "
            "during a warm spell in late October. Forecaster Erin Boyle said the crust could act as a "
            "sliding surface for weeks. “This is the kind of setup that surprises people,” she said. "
            "“The slope looks fine, and then the whole thing goes.”",
            "Two skiers triggered small slides near Wolverine Pass on Sunday, according to reports "
            "submitted to the center. Neither was caught.",
            "The center will begin issuing daily forecasts on Saturday, a week earlier than planned. "
            "It also plans free avalanche awareness evenings at the Cutler community center on Nov. "
            "19 and Dec. 3.",
            GRANITE_MEMBERS,
        ),
    ),
    LocalStory(
        story="local-granite-water-deal", outlet="granite-valley-ledger", slug="cutler-creek-water-deal",
        section="news", authors=("Rosa Delgado",), published="2026-11-16T11:00:00-07:00",
        headline="Ranchers and town reach deal over Cutler Creek water",
        paragraphs=(
            "After nearly four years of negotiations, the town of Cutler and a group of ranch "
            "families have agreed to share water from Cutler Creek during dry summers, ending a "
            "dispute that had been headed for water court.",
            "Under the agreement, the town will lease up to 400 acre-feet a year from the ranchers in "
            "drought years and pay to line two irrigation ditches that now lose much of their water "
            "to seepage. In wet years, the ranchers keep their full rights.",
            "“Nobody got everything they wanted, which is how you know it's fair,” said Mayor Linda "
            "Ortiz.",
            "The dispute began when the creek ran so low one August that the town had to limit lawn "
            "watering for six weeks and some ranchers could not irrigate their hay meadows. Both "
            "sides hired lawyers and engineers before a state mediator brought them back to the "
            "table.",
            "Rancher Dale Voss, whose family has worked land along the creek since 1902, said the "
            "ditch lining alone would save more water than the town needs. The agreement still needs "
            "approval from the state engineer's office.",
        ),
    ),
    LocalStory(
        story="local-granite-ski-opening", outlet="granite-valley-ledger", slug="granite-peak-opens-early",
        section="news", authors=("Wes Haney",), published="2026-11-21T17:20:00-07:00",
        headline="Granite Peak opens two weeks early after heavy snow",
        paragraphs=(
            "Granite Peak ski area opened for the season on Saturday, two weeks earlier than "
            "planned, after back-to-back storms left more than three feet of snow on its upper "
            "slopes.",
            "Three lifts and 11 runs were open on the first day, and about 1,400 skiers and "
            "snowboarders showed up, many of them local residents who lined up before dawn for the "
            "first chair at 9 a.m.",
            "“This is the earliest we've opened in twelve years,” said general manager Kurt Lindgren. "
            "“The snow just kept coming and our crews made the most of it.”",
            "The resort has raised the price of a day ticket to $119, up from $109 last season, but "
            "local residents can buy a midweek pass for $299. Lindgren said the resort had hired "
            "about 380 seasonal workers, roughly the same as last year, and was still looking for "
            "lift operators and kitchen staff.",
            "Businesses in Cutler said the early opening would help after a slow autumn. The owner "
            "of a rental shop on Main Street said he had run out of season leases for children's "
            "skis by noon.",
        ),
    ),
)
