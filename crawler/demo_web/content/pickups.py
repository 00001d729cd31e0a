"""Which outlet republished which wire story, and how it changed the copy.

Each non-default field of a Pickup is one ground-truth variation, so this table is
also the answer key for "what kind of near-duplicate is this page".
"""
from __future__ import annotations

from .model import Pickup

BRITISH = (("kilometers", "kilometres"), ("percent", "per cent"))

PICKUPS: tuple[Pickup, ...] = (
    # --- Azores earthquake: four pickups -------------------------------------------
    Pickup("wire-quake-azores", "coastline-gazette", after_min=150, cross_canonical=True,
           edits=BRITISH[:1] + (("harbor", "harbour"), ("center", "centre"))),
    Pickup("wire-quake-azores", "lakeside-herald", after_min=240, keep=5,
           headline="Quake jolts Azores, injuring 17 and knocking out power"),
    Pickup("wire-quake-azores", "granite-valley-ledger", after_min=300, ads=True),
    Pickup("wire-quake-azores", "prairie-dispatch", after_min=420,
           edits=(("sending residents into the streets", "sending frightened residents into the streets"),),
           drops=("At least a dozen aftershocks followed within two hours, the strongest measuring 4.6.",)),
    # --- Baltic ferry strike: three pickups ----------------------------------------
    Pickup("wire-ferry-strike-baltic", "coastline-gazette", after_min=120,
           headline="Baltic ferry strike leaves thousands stranded in Helsinki and Tallinn",
           edits=BRITISH + (("labor", "labour"), ("reorganized", "reorganised"),
                            ("travelers", "travellers"))),
    Pickup("wire-ferry-strike-baltic", "lakeside-herald", after_min=260, ads=True),
    Pickup("wire-ferry-strike-baltic", "granite-valley-ledger", after_min=330, keep=5,
           dateline="TALLINN, Estonia (Northstar) —"),
    # --- Hanseong chip plant: four pickups (plus a Korean translation, see korean.py)
    Pickup("wire-chip-plant-korea", "daehan-courier", after_min=75, cross_canonical=True,
           headline="Hanseong to invest 19 tril. won in Pyeongtaek memory chip plant",
           dateline="",
           update=(540, 4, "Hanseong said late Monday that it had also signed a preliminary "
                   "agreement with a European equipment maker to supply lithography tools for "
                   "the plant, without disclosing the value of the deal.")),
    Pickup("wire-chip-plant-korea", "prairie-dispatch", after_min=180, keep=5),
    Pickup("wire-chip-plant-korea", "pinecrest-courier", after_min=230,
           edits=(("the largest single investment in the company's history",
                   "the biggest investment in its history"),),
           drops=("It employs about 41,000 people worldwide.",)),
    Pickup("wire-chip-plant-korea", "lakeside-herald", after_min=300, ads=True,
           headline="Korean chipmaker bets $14 billion on AI memory demand"),
    # --- Lisbon sea-defence fund: three pickups ------------------------------------
    Pickup("wire-climate-fund-lisbon", "coastline-gazette", after_min=200, cross_canonical=True,
           headline="Coastal nations strike $6bn deal to pay for sea defences",
           edits=BRITISH[1:] + (("defenses", "defences"), ("meters", "metres"))),
    Pickup("wire-climate-fund-lisbon", "granite-valley-ledger", after_min=260,
           edits=(("agreed on Wednesday", "agreed Wednesday"),
                  ("Environmental groups welcomed", "Environmental organizations welcomed"))),
    Pickup("wire-climate-fund-lisbon", "daehan-courier", after_min=540, keep=5, ads=True),
    # --- Coral bleaching survey: three pickups -------------------------------------
    Pickup("wire-coral-survey", "prairie-dispatch", after_min=200,
           headline="Heat wave leaves reefs off Queensland bleached white"),
    Pickup("wire-coral-survey", "pinecrest-courier", after_min=260, ads=True,
           dateline="BRISBANE, Australia (Northstar) —"),
    Pickup("wire-coral-survey", "lakeside-herald", after_min=180,
           update=(480, 9, "Queensland's environment department said on Saturday afternoon that "
                   "it would pay for an additional aerial survey of outer reefs in December, after "
                   "the monitoring program said it lacked the boats to reach them.")),
    # --- Hokkaido earthquake: two pickups ------------------------------------------
    Pickup("wire-quake-hokkaido", "daehan-courier", after_min=90,
           headline="5.9-magnitude quake hits Japan's Hokkaido; no tsunami warning",
           dateline="KUSHIRO, Japan (Northstar) —"),
    Pickup("wire-quake-hokkaido", "pinecrest-courier", after_min=200, keep=5),
    # --- Alpine rail tunnel: five pickups ------------------------------------------
    Pickup("wire-rail-tunnel-alps", "granite-valley-ledger", after_min=100),
    Pickup("wire-rail-tunnel-alps", "coastline-gazette", after_min=130,
           headline="Alpine rail tunnel breaks through after nine years underground",
           edits=BRITISH + (("signaling", "signalling"), ("meters", "metres"))),
    Pickup("wire-rail-tunnel-alps", "daehan-courier", after_min=420, keep=4),
    Pickup("wire-rail-tunnel-alps", "pinecrest-courier", after_min=210, ads=True,
           headline="Swiss-Italian tunnel crews meet deep under the Alps"),
    Pickup("wire-rail-tunnel-alps", "lakeside-herald", after_min=280, dateline="",
           drops=("Three workers died in accidents during construction, and a memorial plaque "
                  "will be placed at the northern portal.",)),
    # --- Lunar lander: two pickups -------------------------------------------------
    Pickup("wire-lunar-lander", "prairie-dispatch", after_min=60, ads=True,
           headline="Halcyon's Meridian-2 lands near lunar south pole"),
    Pickup("wire-lunar-lander", "daehan-courier", after_min=600, keep=5),
)
