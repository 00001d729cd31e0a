"""The invented outlets and wires of the evaluation web, each with its own page furniture.

The recurring in-body paragraph (``boilerplate``) is the point of this module:
it is what makes unrelated stories of one outlet share a verbatim paragraph,
which the grouping must not take as evidence of a shared story.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wire:
    """A news agency whose stories other outlets republish."""

    name: str  # "Northstar Wire"
    short: str  # used in datelines: "SEOUL (Northstar) --"
    outlet_id: str  # the wire's own site
    closing: str  # standard closing paragraph, identical on every story that carries it
    closing_ko: str = ""
    closing_ja: str = ""
    name_ko: str = ""
    name_ja: str = ""


@dataclass(frozen=True)
class Outlet:
    """One site: identity, URL scheme, page template choices and boilerplate."""

    id: str
    name: str
    lang: str
    tz_minutes: int
    url_style: str  # dated | section | numbered | story
    meta: str  # jsonld | og
    layout: str  # see render.LAYOUTS
    nav: tuple[str, ...]
    sidebar_title: str
    share_text: str
    comment_text: str
    footer: str
    boilerplate: str
    boilerplate_at: str  # start | end
    staff: tuple[str, ...]
    ad_label: str = "Advertisement"
    read_more: str = "Read more:"
    wire: str | None = None  # set on a wire's own site


WIRES = (
    Wire(
        name="Northstar Wire",
        short="Northstar",
        outlet_id="northstar",
        closing=(
            "Northstar Wire is an independent news cooperative owned by its member publishers. Members may "
            "republish this report under licence; corrections and clarifications are logged on the Northstar "
            "standards page."
        ),
        closing_ko="노스스타 통신은 회원 언론사들이 공동 소유한 독립 통신사입니다. 이 기사는 회원사에 한해 전재할 수 있습니다.",
        closing_ja="ノーススター通信は加盟報道機関が共同で所有する独立系通信社です。本記事は加盟社に限り転載できます。",
        name_ko="노스스타 통신",
        name_ja="ノーススター通信",
    ),
    Wire(
        name="Corvane Press",
        short="Corvane",
        outlet_id="corvane",
        closing=(
            "Corvane Press reports from more than ninety bureaux around the world. Publications that carry "
            "this story must keep this notice intact and credit Corvane Press in the byline."
        ),
    ),
)
WIRE_BY_NAME = {w.name: w for w in WIRES}

_EN_NAV = ("World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion")

OUTLETS: tuple[Outlet, ...] = (
    Outlet("ledger", "The Ledger", "en", -300, "dated", "jsonld", "classic", _EN_NAV, "Most read",
           "Share this story", "Log in to comment", "© 2026 The Ledger Publishing Company. All rights reserved.",
           "This report was produced with support from the Harbourlight Fund, which backs independent coverage of "
           "public institutions. The fund has no say over what The Ledger chooses to publish.",
           "end", ("Clara Whitby", "Osman Reyes", "June Haverford")),
    Outlet("harbour-gazette", "Harbour Gazette", "en", 0, "section", "og", "magazine",
           ("News", "UK", "World", "Money", "Sport", "Life"), "Trending now", "Share", "Log in to comment",
           "Harbour Gazette is published by Harbour Media Group. Registered office: 4 Quayside Row.",
           "Get the Gazette Morning Brief in your inbox: five stories you need before breakfast, picked by our "
           "editors every weekday. Sign up free in the newsletters section.",
           "end", ("Fiona Tregarth", "Ravi Dholakia"), ad_label="ADVERTISEMENT", read_more="Read more:"),
    Outlet("prairie-sentinel", "Prairie Sentinel", "en", -360, "numbered", "jsonld", "compact",
           ("Local", "Canada", "World", "Business", "Farm", "Sports"), "Latest headlines", "Share on social",
           "Log in to comment", "Prairie Sentinel · Independent since 1911 · Contact the newsroom",
           "The Sentinel relies on readers to keep local journalism alive. If you value reporting like this, "
           "please consider a subscription, which starts at three dollars a month.",
           "end", ("Hollis Grant", "Marguerite Lavoie")),
    Outlet("coastal-dispatch", "Coastal Dispatch", "en", 660, "story", "og", "portal",
           ("Home", "Australia", "World", "Business", "Environment", "Sport"), "Popular", "Share this article",
           "Log in to comment", "Coastal Dispatch acknowledges the Traditional Custodians of the lands on which we work.",
           "Editor's note: Coastal Dispatch is committed to accuracy. If you spot an error in this article, contact "
           "our standards editor, who reviews every request within two working days.",
           "start", ("Bronwyn Tate", "Leon Matagi")),
    Outlet("metro-bulletin", "Metro Bulletin", "en", -480, "dated", "jsonld", "tabloid",
           ("Metro", "Nation", "World", "Tech", "Money", "Games"), "Don't miss", "Share", "Log in to comment",
           "Metro Bulletin LLC · Terms · Privacy · Cookie settings",
           "Metro Bulletin is a nonprofit newsroom. Our reporting is free to read and free of paywalls, supported "
           "by members, foundations and readers who chip in whatever they can.",
           "end", ("Dana Kowalczyk", "Ezra Bloom"), ad_label="Advertisement", read_more="Related:"),
    Outlet("eastbridge-post", "Eastbridge Post", "en", 480, "section", "og", "minimal",
           ("Asia", "World", "Markets", "Tech", "Lifestyle"), "Editor's picks", "Share", "Log in to comment",
           "Copyright 2026 Eastbridge Post Holdings. Reproduction without permission is prohibited.",
           "Stay ahead of the markets: the Eastbridge Asia Open newsletter lands before the first bell every "
           "trading day with the numbers and stories that move the region.",
           "end", ("Wei Ling Toh", "Arjun Mehra")),
    Outlet("highland-courier", "Highland Courier", "en", 0, "numbered", "jsonld", "classic",
           ("News", "Highlands", "Scotland", "World", "Sport", "Outdoors"), "Most viewed", "Share this",
           "Log in to comment", "Highland Courier, Station Road. Independent regulated newspaper.",
           "This article is part of the Courier's Local Democracy project, funded by the Glenmorach Trust to "
           "report on councils, courts and public bodies across the region.",
           "end", ("Iain Rennie", "Morag Baillie")),
    Outlet("riverside-chronicle", "Riverside Chronicle", "en", 60, "story", "og", "magazine",
           ("Europe", "World", "Economy", "Culture", "Science", "Sport"), "Read next", "Share article",
           "Log in to comment", "Riverside Chronicle is an English-language daily published in Europe.",
           "The Chronicle's coverage of Europe is made possible in part by the Vellmar Foundation for Open "
           "Journalism. The foundation does not review stories before publication.",
           "end", ("Anneke Duval", "Florian Steiner")),
    Outlet("daily-lantern", "The Daily Lantern", "en", 330, "dated", "jsonld", "portal",
           ("India", "World", "Business", "Cricket", "Tech", "Entertainment"), "Top stories", "Share",
           "Log in to comment", "The Daily Lantern, established 1948. All rights reserved.",
           "Join the Lantern's WhatsApp channel for breaking news alerts and our daily explainer, delivered at "
           "seven every evening. It is free and you can leave at any time.",
           "end", ("Kavya Raman", "Sandeep Bhatia"), read_more="Also read:"),
    Outlet("granite-times", "Granite Times", "en", -300, "section", "og", "compact",
           ("Region", "State", "Nation", "World", "Business", "Obituaries"), "More headlines", "Share this story",
           "Log in to comment", "Granite Times Media. Questions about your subscription? Call customer care.",
           "Granite Times readers can now listen to this and other articles in our app. Download it from your "
           "app store and tap the headphones icon at the top of any story.",
           "start", ("Walt Brennan", "Lucy Amador")),
    Outlet("southern-crier", "Southern Crier", "en", 120, "numbered", "jsonld", "tabloid",
           ("News", "Africa", "World", "Business", "Sport", "Lifestyle"), "Trending", "Share",
           "Log in to comment", "Southern Crier is a member of the Press Council and subscribes to its code.",
           "Southern Crier is funded by readers. Support our journalism from as little as twenty rand a month "
           "and help keep this story, and every story, free for everyone.",
           "end", ("Thabo Mkhize", "Annelie du Preez")),
    Outlet("kestrel-review", "Kestrel Review", "en", 780, "story", "og", "minimal",
           ("Aotearoa", "World", "Business", "Environment", "Arts"), "Most shared", "Share",
           "Log in to comment", "Kestrel Review · An independent weekly and daily website.",
           "Kestrel Review's environment desk receives funding from the Tui Coastal Foundation. The foundation "
           "has no editorial input and does not see stories before they are published.",
           "end", ("Aroha Ngata", "Callum Frew")),
    Outlet("northstar", "Northstar Wire", "en", 0, "dated", "jsonld", "wire",
           ("Top news", "World", "Business", "Markets", "Science"), "Latest from the wire", "Share",
           "Log in to comment", "© 2026 Northstar Wire cooperative. For member use.",
           WIRES[0].closing, "end", ("Ines Carrow", "Tomas Pell", "Lydia Okoro"), wire="Northstar Wire"),
    Outlet("corvane", "Corvane Press", "en", 60, "numbered", "og", "wire",
           ("Headlines", "World", "Economy", "Culture"), "More from Corvane", "Share",
           "Log in to comment", "Corvane Press. All material is copyright and for subscribers only.",
           WIRES[1].closing, "end", ("Benedek Halász", "Maren Skov"), wire="Corvane Press"),
    Outlet("hanbit", "한빛일보", "ko", 540, "numbered", "jsonld", "portal",
           ("정치", "경제", "사회", "국제", "문화", "스포츠"), "많이 본 뉴스", "공유하기", "로그인하고 댓글 달기",
           "한빛일보 · 등록번호 서울 가00000 · 무단 전재 및 재배포 금지",
           "한빛일보는 독자 여러분의 후원으로 운영됩니다. 정기 후원은 월 5천 원부터 가능하며, 후원금은 취재와 보도에만 쓰입니다.",
           "end", ("김서윤", "박도현"), ad_label="광고", read_more="함께 읽기:"),
    Outlet("dongnyeok", "동녘신문", "ko", 540, "dated", "og", "classic",
           ("전체기사", "사회", "경제", "국제", "오피니언"), "실시간 인기 기사", "기사 공유", "로그인하고 댓글 달기",
           "동녘신문 · 서울특별시 · 발행인 겸 편집인 · 청소년보호책임자",
           "동녘신문 뉴스레터를 구독하시면 매일 아침 7시 꼭 읽어야 할 기사 다섯 건을 받아보실 수 있습니다.",
           "end", ("이하늘", "정민재"), ad_label="광고", read_more="관련 기사:"),
    Outlet("kazami", "風見新聞", "ja", 540, "numbered", "jsonld", "magazine",
           ("国内", "国際", "経済", "科学", "スポーツ"), "アクセスランキング", "この記事をシェア", "ログインしてコメントする",
           "風見新聞社 無断転載を禁じます",
           "この記事は風見新聞デジタル会員向けに配信しています。会員登録をすると、毎朝のニュースレターもお届けします。",
           "end", ("佐藤美咲", "高橋健一"), ad_label="広告", read_more="あわせて読みたい："),
    Outlet("minato-nippo", "湊日報", "ja", 540, "section", "og", "compact",
           ("ニュース", "地域", "経済", "国際", "くらし"), "よく読まれている記事", "共有する", "ログインしてコメントする",
           "湊日報社 記事・写真の無断転載を禁じます",
           "湊日報は読者の皆さまの購読料に支えられています。電子版は月額九百八十円からご利用いただけます。",
           "start", ("山本優斗", "中村彩"), ad_label="広告", read_more="関連記事："),
)
OUTLET_BY_ID = {o.id: o for o in OUTLETS}


def papers(lang: str) -> list[Outlet]:
    """Outlets of a language that republish (everything except the wires' own sites)."""
    return [o for o in OUTLETS if o.lang == lang and o.wire is None]
