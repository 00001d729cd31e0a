"""detect_wire_credits / credited_wire: every credit pattern, aliases, and the refusals.

All example sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from crawler.provenance import DEFAULT_WIRES, WireCredit, credited_wire, detect_wire_credits

NORTHSTAR = {"northstar": "Northstar Wire", "northstar wire": "Northstar Wire"}
BODY = "The council voted 7-2 to approve the new ferry schedule.\n\nService starts in March."


def pairs(text: str, authors: tuple[str, ...] = (), **kw: object) -> list[tuple[str, str]]:
    return [(c.wire, c.evidence) for c in detect_wire_credits(text, authors, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "wire"),
    [
        ("SEOUL (AP) -- The city opened a new bridge on Tuesday.", "Associated Press"),
        ("SEOUL, South Korea (AP) — The city opened a new bridge on Tuesday.", "Associated Press"),
        ("LONDON (Reuters) - Shares in the ferry operator rose 4%.", "Reuters"),
        ("(Reuters) - Shares in the ferry operator rose 4%.", "Reuters"),
        ("WASHINGTON, Nov. 12 (Xinhua) -- The two sides met on Thursday.", "Xinhua"),
        ("BERLIN, 12 Nov (dpa) - Trains were delayed across the north.", "dpa"),
        ("NEW YORK (AP) – Subway fares will rise next year.", "Associated Press"),
        ("PARIS (AFP)—Farmers blocked roads around the capital.", "Agence France-Presse"),
        ("TOKYO (Kyodo News) — Snow closed two airports.", "Kyodo"),
        ("SÃO PAULO, Brazil (Reuters) - Coffee prices fell.", "Reuters"),
        # Unknown agency in dateline position: kept as written.
        ("AIROLO, Switzerland (Northstar) — The pass reopened on Monday.", "Northstar"),
        ("ATLANTA (CNN) — A storm knocked out power to thousands.", "CNN"),
        # Korean datelines.
        ("(서울=연합뉴스) 홍길동 기자 = 정부는 12일 새 대책을 발표했다.", "Yonhap"),
        ("[서울=뉴시스] 홍길동 기자 = 정부는 12일 새 대책을 발표했다.", "뉴시스"),
        # Byline line before the dateline is skipped.
        ("By JANE DOE\n\nSEOUL (AP) — The city opened a new bridge.", "Associated Press"),
    ],
)
def test_dateline(text: str, wire: str) -> None:
    credit = credited_wire(text + "\n\n" + BODY)
    assert credit is not None
    assert (credit.wire, credit.evidence) == (wire, "dateline")
    assert len(credit.snippet) <= 120


def test_dateline_maps_known_wires_through_aliases() -> None:
    text = "AIROLO, Switzerland (Northstar) — The pass reopened on Monday."
    assert credited_wire(text, known_wires=NORTHSTAR) == WireCredit(
        "Northstar Wire", "dateline", "AIROLO, Switzerland (Northstar) —"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Associated Press contributed to this report.", ("Associated Press", "contributed")),
        ("Reuters contributed reporting.", ("Reuters", "contributed")),
        (
            "Associated Press writer Jane Doe in St. Louis contributed to this report.",
            ("Associated Press", "contributed"),
        ),
        ("Includes reporting from Agence France-Presse.", ("Agence France-Presse", "contributed")),
        ("Reporting by Jane Doe; Editing by John Roe", ("Reuters", "credit_line")),
        (
            "(Reporting by Jane Doe in Seoul; Additional reporting by Kim Lee; Writing by Ann Poe)",
            ("Reuters", "credit_line"),
        ),
        ("— AFP", ("Agence France-Presse", "credit_line")),
        ("-- AFP", ("Agence France-Presse", "credit_line")),
        ("(AFP)", ("Agence France-Presse", "credit_line")),
        ("Service starts in March, officials said. — AFP", ("Agence France-Presse", "credit_line")),
        ("Service starts in March, officials said. (UPI)", ("UPI", "credit_line")),
        ("Source: Yonhap", ("Yonhap", "source_line")),
        ("Source: Yonhap News Agency.", ("Yonhap", "source_line")),
        ("(Source: ANSA)", ("ANSA", "source_line")),
        ("This story was provided by Northstar Wire.", ("Northstar Wire", "credit_line")),
        ("This article was distributed by The Associated Press.", ("Associated Press", "credit_line")),
        ("Copyright 2026 The Associated Press. All rights reserved.", ("Associated Press", "credit_line")),
        ("© 2026 Thomson Reuters", ("Reuters", "credit_line")),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", ("Yonhap", "credit_line")),
        ("By Jane Doe, Associated Press", ("Associated Press", "byline")),
        ("By JANE DOE Associated Press Writer", ("Associated Press", "byline")),
        ("By Jane Doe | Bloomberg News", ("Bloomberg", "byline")),
        ("By Jane Doe, Press Association", ("PA Media", "byline")),
    ],
)
def test_credit_lines_and_bylines(line: str, expected: tuple[str, str]) -> None:
    assert pairs(BODY + "\n\n" + line) == [expected]


def test_credit_line_sets_the_snippet() -> None:
    [credit] = detect_wire_credits(BODY + "\n\nReuters contributed reporting.")
    assert credit.snippet == "Reuters contributed reporting"


def test_several_wires_in_one_line() -> None:
    assert pairs(BODY + "\n\nSources: Reuters, AFP") == [
        ("Reuters", "source_line"),
        ("Agence France-Presse", "source_line"),
    ]
    assert pairs(BODY + "\n\nReuters and the Associated Press contributed to this report.") == [
        ("Reuters", "contributed"),
        ("Associated Press", "contributed"),
    ]


@pytest.mark.parametrize(
    ("authors", "wire"),
    [
        (("Reuters",), "Reuters"),
        (("AP",), "Associated Press"),
        (("The Associated Press",), "Associated Press"),
        (("Yonhap",), "Yonhap"),
        (("Jane Doe, AFP",), "Agence France-Presse"),
        (("Jane Doe (Deutsche Presse-Agentur)",), "dpa"),
        (("연합뉴스",), "Yonhap"),
        (("홍길동 기자 연합뉴스",), "Yonhap"),
        (("Jane Doe", "Anadolu Agency"), "Anadolu"),
        ("Jiji Press", "Jiji"),  # a bare string is one author, not characters
    ],
)
def test_meta_authors(authors: tuple[str, ...], wire: str) -> None:
    assert pairs(BODY, authors) == [(wire, "author")]


def test_meta_author_needs_known_wires_for_outlet_wires() -> None:
    assert pairs(BODY, ("Northstar Wire staff",)) == []
    assert pairs(BODY, ("Northstar Wire staff",), known_wires=NORTHSTAR) == [("Northstar Wire", "author")]


@pytest.mark.parametrize(
    ("alias", "wire"),
    [
        ("ap", "Associated Press"),
        ("the associated press", "Associated Press"),
        ("thomson reuters", "Reuters"),
        ("afp", "Agence France-Presse"),
        ("yonhap news agency", "Yonhap"),
        ("deutsche presse-agentur", "dpa"),
        ("press association", "PA Media"),
        ("pa", "PA Media"),
        ("xinhua", "Xinhua"),
    ],
)
def test_default_aliases(alias: str, wire: str) -> None:
    assert DEFAULT_WIRES[alias] == wire
    assert all(key == key.casefold() for key in DEFAULT_WIRES)


def test_known_wires_add_and_override() -> None:
    assert pairs(BODY + "\n\nSource: Northstar", known_wires=NORTHSTAR) == [("Northstar Wire", "source_line")]
    assert pairs(BODY + "\n\nSource: Northstar") == []
    override = {"AP": "AP", "Associated Press": "AP"}
    assert pairs("SEOUL (AP) — Text.\n\nThe Associated Press contributed.", known_wires=override) == [
        ("AP", "dateline")
    ]
    assert pairs(BODY + "\n\nThe Associated Press contributed to this report.", known_wires=override) == [
        ("AP", "contributed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Students across the state sat AP exams this week.\n\nScores arrive in July.",
        "The World Health Organization (WHO) said cases were falling.",
        "The World Health Organization (WHO) — the UN health agency — said cases were falling.",
        "GENEVA — The World Health Organization (WHO) said cases were falling.",
        "Reuters reported last week that the deal had collapsed.\n\nThe company declined to comment.",
        "Reuters reported last week that the deal had collapsed. Jane Doe contributed reporting.",
        "The minister told the AP on Monday that talks would continue.",
        "A photo (AP) shows the flooded street. Residents were evacuated.",
        "Officials met on Monday.\n\n(AP) — said nothing.",
        "Compiled from staff and wire services.",
        BODY + "\n\nMichael Bloomberg contributed to this report.",
        BODY + "\n\nStaff and wire services contributed to this report.",
        BODY + "\n\n— With wire services",
        BODY + "\n\n— Jane Doe",
        BODY + "\n\nSource: Ministry of Health",
        BODY + "\n\nBy Tuesday, Reuters had confirmed the report.",
        BODY + "\n\nBy Jane Doe, Pittsburgh, Pa",
        BODY + "\n\nCopyright 2026 The Daily Planet. All rights reserved.",
        "Mid-sentence LONDON (Reuters) - mention after the start is not a dateline.",
        BODY,
        "",
    ],
)
def test_no_credit(text: str) -> None:
    assert detect_wire_credits(text) == []
    assert credited_wire(text) is None


def test_author_without_wire_is_not_a_credit() -> None:
    assert credited_wire(BODY, ("Jane Doe", "Michael Bloomberg-Smith")) is None
    assert credited_wire(BODY, ("ap",)) is not None  # lower case alias is accepted
    assert credited_wire(BODY, ("Ap",)) is None  # title-case short alias is not


def test_ranking_and_one_credit_per_wire_and_evidence() -> None:
    text = (
        "By Jane Doe, Reuters\n\n"
        "LONDON (AP) — The bank held rates.\n\n"
        "Reuters contributed reporting.\n\n"
        "The Associated Press contributed to this report. The AP also contributed reporting."
    )
    assert pairs(text, ("Reuters", "AFP")) == [
        ("Associated Press", "dateline"),
        ("Reuters", "contributed"),
        ("Associated Press", "contributed"),
        ("Reuters", "byline"),
        ("Reuters", "author"),
        ("Agence France-Presse", "author"),
    ]
    best = credited_wire(text, ("Reuters",))
    assert best is not None and best.wire == "Associated Press"


def test_ties_go_to_first_occurrence() -> None:
    text = BODY + "\n\nSource: Yonhap\n\nThe Associated Press contributed to this report."
    assert credited_wire(text) == WireCredit("Yonhap", "source_line", "Source: Yonhap")
    assert credited_wire(BODY, ("Kyodo", "Reuters")) == WireCredit("Kyodo", "author", "Kyodo")


def test_byline_beats_author() -> None:
    credit = credited_wire(BODY + "\n\nBy Jane Doe, AFP", ("Reuters",))
    assert credit is not None and (credit.wire, credit.evidence) == ("Agence France-Presse", "byline")


def test_snippet_is_truncated() -> None:
    long_line = "Reporting by " + "Jane Doe and " * 8 + "Kim Lee; Editing by John Roe"
    [credit] = detect_wire_credits(BODY + "\n\n" + long_line)
    assert len(credit.snippet) <= 120 and credit.snippet.endswith("…")
