"""Northstar Wire originals, part two (all events invented; November 2026)."""
from __future__ import annotations

from .model import WireStory
from .wire_a import CHANGING_COASTS

STORIES_B: tuple[WireStory, ...] = (
    WireStory(
        story="wire-coral-survey", slug="record-coral-bleaching-northern-reefs", section="science",
        headline="Survey finds record bleaching on northern reefs after marine heatwave",
        dateline="CAIRNS, Australia (Northstar) —",
        authors=("Liam Doherty",), published="2026-11-13T20:45:00-05:00",
        caption="Bleached coral on a reef off northern Queensland in October.",
        paragraphs=(
            "Nearly two-thirds of the coral surveyed on reefs off northern Queensland showed signs "
            "of bleaching after a months-long marine heatwave, the largest share recorded since "
            "monitoring began, scientists said on Saturday.",
            "Divers from the North Reef Monitoring Program examined 112 reefs between August and "
            "October and found bleaching on 64 percent of the coral they counted, up from 38 "
            "percent in the same survey two years ago. On 19 of the reefs, more than 90 percent of "
            "coral was affected.",
            "Bleaching happens when water that is too warm for too long causes coral to expel the "
            "algae that live in its tissue and give it color. Coral can recover if temperatures "
            "fall quickly, but prolonged heat kills it, leaving reefs open to seaweed and erosion.",
            "Reef scientists have warned for years that bleaching events are coming closer "
            "together, leaving coral less time to recover between them. This is the fourth major "
            "event in the region in a decade, according to the program.",
            "“We saw reefs that looked like they had been covered in snow,” said marine biologist "
            "Hannah Okafor, who led the survey. “Some of those will come back. Many of them, "
            "honestly, will not.”",
            "Sea surface temperatures in the region were up to 2.1 degrees Celsius above the "
            "long-term average for much of the southern winter, driven by weak winds and a "
            "slow-moving pool of warm water, according to the program's report.",
            "The survey also found that some species were far more resilient than others. "
            "Boulder-shaped corals fared better than branching and table corals, which grow "
            "faster but are more sensitive to heat.",
            "Tourism operators in Cairns said bookings had held up so far but that they were "
            "worried about the coming season. “People come here to see color,” said Jacob Miller, "
            "who runs a dive boat out of the city's marina. “We are telling them the truth and "
            "taking them to the reefs that are still healthy.”",
            "The survey team will return in March to measure how much of the bleached coral has "
            "died. The program's director said early results from a smaller set of reefs suggested "
            "recovery was under way in cooler, deeper water.",
            CHANGING_COASTS,
        ),
    ),
    WireStory(
        story="wire-quake-hokkaido", slug="quake-eastern-hokkaido-trains-halted", section="world",
        headline="Magnitude 5.9 quake shakes eastern Hokkaido, halting trains",
        dateline="TOKYO (Northstar) —",
        authors=("Kenji Araki",), published="2026-11-17T09:40:00-05:00",
        caption="Goods lie scattered on the floor of a supermarket in Kushiro after Tuesday's earthquake.",
        paragraphs=(
            "A magnitude 5.9 earthquake shook eastern Hokkaido on Tuesday evening, halting express "
            "and local trains, knocking goods off shop shelves and briefly cutting power to parts "
            "of the city of Kushiro, Japan's weather agency said.",
            "The quake struck at 7:48 p.m. at a depth of about 60 kilometers (37 miles) off the "
            "coast, the agency said. It registered a lower 5 on Japan's seven-point intensity "
            "scale in several towns along the Pacific shore.",
            "No tsunami warning was issued. The agency said sea levels might change slightly along "
            "the coast but that no damage was expected, and it warned residents to stay alert for "
            "aftershocks of similar strength over the coming week.",
            "The fire department in Kushiro said it had received reports of three people with "
            "minor injuries, including a woman who was hit by a falling cabinet in her kitchen. A "
            "section of a retaining wall collapsed onto a farm road north of the city, but no one "
            "was hurt.",
            "Convenience stores in Kushiro reported a rush on bottled water and batteries in the "
            "hours after the quake, and several shops closed early to clear broken glass. Local "
            "television showed bottles of sake and soy sauce smashed on supermarket floors.",
            "Railway operators suspended services across eastern Hokkaido while crews inspected "
            "tracks and bridges. Several hundred passengers waited in stations or on stopped "
            "trains for up to three hours before services resumed late in the evening.",
            "About 4,200 households lost electricity, the regional power company said, and most "
            "supply was restored within an hour. Water pipes burst in two districts, and the city "
            "sent tanker trucks to supply residents overnight.",
            "A regional airport suspended departures for about an hour while the runway was "
            "inspected. Two flights bound for Tokyo left late, and one incoming flight was "
            "diverted to Sapporo.",
            "“The shaking went on and on, and the lights swung from side to side,” said Aiko "
            "Tanabe, 38, who was cooking dinner when the quake hit. “My son hid under the table "
            "the way they taught him at school. He was calmer than I was.”",
            "Japan sits on the Pacific Ring of Fire and experiences about a fifth of the world's "
            "strongest earthquakes. The government said a task force had been set up to assess "
            "damage and that it would decide by Wednesday morning whether schools in the affected "
            "towns should open.",
        ),
    ),
    WireStory(
        story="wire-rail-tunnel-alps", slug="alpine-rail-tunnel-breakthrough", section="world",
        headline="Crews break through on new Alpine rail tunnel after nine years of digging",
        dateline="AIROLO, Switzerland (Northstar) —",
        authors=("Luca Bernasconi",), published="2026-11-20T08:30:00-05:00",
        caption="Tunnel workers celebrate in front of the boring machine's cutting head on Friday.",
        paragraphs=(
            "Tunnel crews broke through the last section of rock beneath the Alps on Friday, "
            "joining the two halves of a 47-kilometer (29-mile) rail tunnel between Switzerland "
            "and Italy that is expected to cut travel times between Zurich and Milan by almost an "
            "hour.",
            "Workers cheered and sprayed sparkling wine as a boring machine broke through the final "
            "meters of granite shortly after 11 a.m., about 1,900 meters below the peaks above. "
            "The breakthrough came nine years after digging began and about four months ahead of "
            "the revised schedule.",
            "The Sella Base Tunnel, built by a consortium of Swiss and Italian companies, will "
            "carry both passenger trains at up to 230 kilometers an hour and freight trains that "
            "now have to climb steep mountain routes. Engineers must still lay track, install "
            "power and signaling systems, and run more than a year of safety tests before it "
            "opens in 2029.",
            "“Today the mountain let us through,” said chief engineer Sabine Kälin, standing in "
            "front of the machine's scarred cutting head. “But the hard work of making it a "
            "railway has only just started.”",
            "The project has cost about 11.4 billion Swiss francs so far, roughly 15 percent more "
            "than first budgeted, largely because of unexpected water inflows and a section of "
            "fractured rock that required slower digging. Three workers died in accidents during "
            "construction, and a memorial plaque will be placed at the northern portal.",
            "Supporters say the tunnel will move thousands of trucks a year off Alpine roads. "
            "Freight operators expect to run up to 160 trains a day once the line is complete, "
            "carrying goods between North Sea ports and northern Italy.",
            "The tunnel forms part of a wider effort to shift freight from road to rail across "
            "the Alps, where communities have long complained about noise and pollution from "
            "heavy trucks climbing mountain passes.",
            "Residents of valleys along the old mountain route have mixed feelings. Some welcome "
            "the prospect of quieter roads; others worry that towns that grew up around the "
            "railway will lose passengers and jobs.",
            "“My grandfather worked on the old line, and my father drove trains on it,” said "
            "Giorgio Pedrini, 61, who owns a café near the station in Airolo. “We will still have "
            "the mountain. I hope people still stop to look at it.”",
        ),
    ),
    WireStory(
        story="wire-lunar-lander", slug="meridian-2-lander-lunar-south-pole", section="science",
        headline="Private lander Meridian-2 touches down near the Moon's south pole",
        dateline="HOUSTON (Northstar) —",
        authors=("Dana Whitfield",), published="2026-11-24T16:05:00-05:00",
        caption="Flight controllers at Halcyon Aerospace react as Meridian-2 lands on Tuesday.",
        paragraphs=(
            "A robotic lander built by Halcyon Aerospace touched down near the Moon's south pole on "
            "Tuesday, the company said, becoming the first privately built spacecraft to land "
            "upright in the region.",
            "Meridian-2 settled on a gently sloping plain about 90 kilometers (56 miles) from the "
            "pole at 2:31 p.m. Eastern time after a 12-day journey. Flight controllers in Houston "
            "applauded as the first image, a grainy view of gray rock and a long shadow, arrived "
            "about 40 minutes later.",
            "“She's standing, she's talking, and she's warm,” flight director Renata Oyelaran told "
            "staff in the control room. “That's everything we asked for.”",
            "The lander carries eight instruments, including a drill that will sample soil to a "
            "depth of one meter and a small spectrometer designed to search for frozen water in "
            "permanently shadowed craters nearby. Scientists believe ice in those craters could "
            "one day supply drinking water and rocket fuel for crewed missions.",
            "The mission is expected to last about 10 Earth days, until the lander loses sunlight. "
            "Engineers do not expect it to survive the two-week lunar night, when temperatures "
            "fall below minus 170 degrees Celsius.",
            "The landing site was chosen because the nearby crater rims receive almost constant "
            "sunlight while the crater floors stay in darkness, giving the lander steady solar "
            "power and a view into the cold traps that scientists most want to study.",
            "Halcyon's first attempt, Meridian-1, tipped over on landing last year after one of "
            "its legs caught the edge of a boulder. The company redesigned the landing gear and "
            "added a camera system that maps hazards in the final seconds of descent.",
            "The mission cost about $180 million, including a contract from the national space "
            "agency to carry four of the instruments. Halcyon said it had signed agreements with "
            "two universities and a mining company for payload space on a third lander planned "
            "for 2028, and that it hoped to fly one mission a year after that.",
            "Halcyon is privately held, and its largest investors include two venture capital "
            "firms and a satellite operator. Chief executive Marcus Bell said the landing proved "
            "that small companies could do work once reserved for national space programs. “The "
            "Moon is open for business, carefully,” he said.",
        ),
    ),
)
