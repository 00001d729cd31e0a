"""Invented people and the shared place lists the topics draw on.

Names are combined from separate first-name and surname lists and never reused
across stories, so two reports of different events never share a person.
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Mara", "Tobias", "Ines", "Kwame", "Lucia", "Anton", "Priya", "Dmitri", "Sefa", "Helena",
    "Oskar", "Nadia", "Rafael", "Yuki", "Amara", "Jonas", "Leila", "Matteo", "Sunita", "Elias",
    "Farah", "Gideon", "Ingrid", "Joaquin", "Kalinda", "Lorenzo", "Mirela", "Nikolai", "Odile", "Pavel",
    "Rosalind", "Samir", "Tamsin", "Ugo", "Vesna", "Wendell", "Ximena", "Yusuf", "Zofia", "Adaeze",
    "Bastian", "Celine", "Darius", "Esme", "Florin", "Greta", "Hamid", "Isolde", "Jarrah", "Katya",
    "Linnea", "Marcus", "Noor", "Orla", "Pilar", "Quentin", "Rana", "Stellan", "Thandiwe", "Ulla",
    "Viktor", "Wren", "Yara", "Zain", "Aurelio", "Beatrix", "Cosmin", "Delphine", "Emeka", "Fenna",
    "Gustavo", "Hana", "Ilario", "Jovana", "Kenji", "Lavinia", "Mihail", "Nerys", "Obi", "Petra",
)

SURNAMES = (
    "Ellison", "Varga", "Okonkwo", "Castellan", "Rudd", "Marchetti", "Haldane", "Osei", "Brandt", "Lindqvist",
    "Farrow", "Quispe", "Delacroix", "Nakamura", "Petrescu", "Achterberg", "Mbeki-Lowe", "Sorensen", "Iqbal", "Tallis",
    "Whitcombe", "Zubiri", "Kovalenko", "Ferreira", "Abernathy", "Morcant", "Rahimi", "Solberg", "Ndiaye", "Carrow",
    "Pell", "Vantongeren", "Hollis", "Szabo", "Moreau", "Aldana", "Keogh", "Baptiste", "Lund", "Orsini",
    "Duarte", "Fitzwilliam", "Gallardo", "Hendrikse", "Ivanova", "Jablonski", "Kaur", "Lachance", "Mwangi", "Nordahl",
    "Okafor", "Pardo", "Quarrie", "Rosenthal", "Santangelo", "Tembo", "Ulloa", "Voss", "Wakeford", "Yilmaz",
    "Zelenko", "Arbuthnot", "Bellweather", "Cordeiro", "Dunmore", "Eskildsen", "Falconer", "Grieve", "Hardcastle", "Imbert",
    "Juarez", "Kristiansen", "Larrabee", "Mendel", "Novak", "Ostrander", "Penhallow", "Ravensworth", "Strand", "Trevanion",
)


class NamePool:
    """Hands out unique invented full names in a seeded order."""

    def __init__(self, rng: random.Random) -> None:
        pairs = [(f, s) for f in FIRST_NAMES for s in SURNAMES]
        rng.shuffle(pairs)
        self._pairs = pairs
        self._used_surnames: list[str] = []

    def take(self) -> tuple[str, str]:
        """Next (full name, surname); surnames repeat only after the list is exhausted."""
        for i, (first, last) in enumerate(self._pairs):
            if last not in self._used_surnames[-60:]:
                del self._pairs[i]
                self._used_surnames.append(last)
                return f"{first} {last}", last
        first, last = self._pairs.pop()
        return f"{first} {last}", last


# General-purpose (city, country) list for topics without a special geography.
CITIES = (
    ("Porto", "Portugal"), ("Lyon", "France"), ("Gdansk", "Poland"), ("Tampere", "Finland"),
    ("Valencia", "Spain"), ("Thessaloniki", "Greece"), ("Cork", "Ireland"), ("Graz", "Austria"),
    ("Kraków", "Poland"), ("Bergen", "Norway"), ("Nantes", "France"), ("Bologna", "Italy"),
    ("Leeds", "Britain"), ("Rotterdam", "the Netherlands"), ("Mombasa", "Kenya"), ("Accra", "Ghana"),
    ("Cebu", "the Philippines"), ("Surabaya", "Indonesia"), ("Pune", "India"), ("Curitiba", "Brazil"),
    ("Rosario", "Argentina"), ("Halifax", "Canada"), ("Adelaide", "Australia"), ("Dunedin", "New Zealand"),
    ("Kumasi", "Ghana"), ("Durban", "South Africa"), ("Izmir", "Turkey"), ("Tbilisi", "Georgia"),
    ("Brno", "the Czech Republic"), ("Malmö", "Sweden"), ("Aarhus", "Denmark"), ("Ljubljana", "Slovenia"),
    ("Medellín", "Colombia"), ("Arequipa", "Peru"), ("Da Nang", "Vietnam"), ("Chiang Mai", "Thailand"),
    ("Busan", "South Korea"), ("Sapporo", "Japan"), ("Tucson", "the United States"), ("Winnipeg", "Canada"),
)
