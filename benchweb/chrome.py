# Per-outlet page furniture for the benchmark web: navigation, footer, inline CSS/JS, icons.
# Built once per outlet and pasted into every page, which is what makes pages 25-60 KB like real ones.
"""Site chrome shared by all pages of one outlet.

Real news pages are mostly furniture: a navigation bar with dozens of links,
a footer with dozens more, inline critical CSS, an analytics and ad
configuration script, an SVG icon sprite. Each outlet gets its own class
names and its own amount of each, generated from its seed.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass

from benchweb import vocab
from benchweb.outlets import OutletSpec, slugify

BASE = "{{BASE}}"  # the server replaces it with http://127.0.1.N:PORT
NAV_EXTRAS = (
    "Opinion", "Obituaries", "Weather", "Sports", "Arts", "Food", "Travel", "Podcasts", "Newsletters",
    "Puzzles", "Jobs", "Real Estate", "Autos", "Events", "Photos", "Video", "Archive", "E-Edition",
    "Letters", "Books", "Music", "Film", "Gardening", "Faith", "Outdoors", "Technology", "Money", "Science Desk",
)
FOOTER_LINKS = (
    "About us", "Contact the newsroom", "Careers", "Advertise with us", "Corrections", "Ethics policy",
    "Privacy policy", "Terms of service", "Cookie settings", "Accessibility", "RSS feeds", "Site map",
    "Subscribe", "Help center", "Submit a news tip", "Letters to the editor", "Classifieds", "Public notices",
    "Staff directory", "Store", "Reprints and licensing", "Events calendar", "Mobile apps", "Manage account",
    "Gift subscriptions", "Newspaper in education", "Community guidelines", "Do not sell my information",
)
_CSS_PARTS = ("masthead", "nav", "nav-item", "logo", "topbar", "crumbs", "headline", "byline", "dateline-time",
              "figure", "caption", "credit", "copy", "share", "share-btn", "comments", "rail", "popular", "related",
              "related-item", "footer", "footer-col", "footer-link", "legal", "ad", "promo", "btn", "icon", "grid",
              "wrap", "card", "label", "kicker", "search", "menu", "drawer", "badge", "tag")
_CSS_PROPS = (
    ("margin", ("0", "0 auto", "1rem 0", "0 0 1.5rem", "2rem auto 0", ".5rem 1rem")),
    ("padding", ("0", ".25rem .5rem", "1rem", "12px 16px", "0 0 2rem", "24px 0")),
    ("font-size", ("12px", ".875rem", "1rem", "1.125rem", "1.5rem", "2.25rem", "clamp(1.6rem,4vw,2.8rem)")),
    ("font-family", ("Georgia,serif", "'Source Serif Pro',Georgia,serif", "system-ui,sans-serif",
                     "'Inter',Helvetica,Arial,sans-serif", "'Merriweather',serif")),
    ("line-height", ("1.2", "1.4", "1.5", "1.65", "1.8")),
    ("color", ("#111", "#222", "#333", "#555", "#767676", "#0a4d8c", "#b00020", "#fff")),
    ("background", ("#fff", "#f4f4f4", "#fafafa", "#0a1f33", "transparent", "linear-gradient(#fff,#f2f2f2)")),
    ("display", ("block", "flex", "grid", "inline-block", "none", "inline-flex")),
    ("border-bottom", ("1px solid #ddd", "2px solid #111", "0", "1px dotted #999")),
    ("gap", ("4px", "8px", "1rem", "24px")),
    ("max-width", ("680px", "720px", "1200px", "100%", "none")),
    ("text-transform", ("uppercase", "none")),
    ("letter-spacing", (".02em", ".08em", "0", "-.01em")),
    ("font-weight", ("400", "600", "700", "800")),
    ("position", ("relative", "sticky", "static", "absolute")),
    ("transition", ("color .2s", "opacity .3s ease", "transform .2s ease-in-out", "none")),
)


@dataclass(frozen=True)
class Chrome:
    """Everything one outlet repeats on its pages, as ready-made HTML strings."""

    outlet: OutletSpec
    style: str
    script: str
    sprite: str
    header: str
    footer: str
    pages: tuple[tuple[str, str], ...]   # (anchor, title) of the sections of the outlet's about page


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def esc_text(text: str) -> str:
    """Escape for element content (no quotes to worry about): the hot path for body paragraphs."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ABOUT_PATH = "/about/"


def page_path(title: str) -> str:
    """Service links ("Careers", "Privacy policy") all land on one page per outlet, at their own anchor:
    a thousand near-empty pages would only slow down generation."""
    return f"{ABOUT_PATH}#{slugify(title)}"


def section_path(section: str) -> str:
    return f"/section/{section}/"


def _style(rng: random.Random, prefix: str) -> str:
    rules = []
    target = 8000 + int(rng.random() * 12000)
    size = 0
    while size < target:
        part = rng.choice(_CSS_PARTS)
        selector = f".{prefix}-{part}" + rng.choice(("", ":hover", " a", " > li", "--active", " p", "::before"))
        body = ";".join(f"{name}:{rng.choice(values)}" for name, values in rng.sample(_CSS_PROPS, k=rng.randint(3, 7)))
        rule = f"{selector}{{{body}}}"
        if rng.random() < 0.12:
            rule = f"@media (min-width:{rng.choice((600, 768, 1024, 1280))}px){{{rule}}}"
        rules.append(rule)
        size += len(rule)
    return "<style>" + "".join(rules) + "</style>"


def _script(rng: random.Random, outlet: OutletSpec) -> str:
    config = {
        "site": outlet.id, "name": outlet.name, "lang": "en",
        "ads": {"network": f"/{rng.randint(10000, 99999)}/{outlet.id}",
                "slots": [{"id": f"{outlet.prefix}-ad-{i}", "sizes": rng.sample([[300, 250], [728, 90], [320, 50],
                                                                                  [300, 600], [970, 250]], k=2),
                           "lazy": rng.random() < 0.5} for i in range(rng.randint(5, 12))]},
        "analytics": {"endpoint": f"/collect/{rng.randint(100, 999)}", "sampleRate": round(rng.random(), 2),
                      "dimensions": {f"cd{i}": rng.choice(("section", "author", "pubdate", "wordcount", "paywall"))
                                     for i in range(1, rng.randint(6, 14))}},
        "consent": {"vendors": sorted(rng.sample(range(1, 900), k=rng.randint(40, 120)))},
        "features": {name: rng.random() < 0.5 for name in ("lazyImages", "stickyNav", "darkMode", "liveUpdates",
                                                            "audioArticles", "commentsV2", "newsletterModal")},
    }
    loader = ("(function(w,d){var q=w.__q=w.__q||[];function l(s){var e=d.createElement('script');"
              "e.async=1;e.src=s;d.head.appendChild(e)}w.addEventListener('load',function(){l('/static/app.js');"
              "q.forEach(function(f){try{f()}catch(x){}})})})(window,document);")
    return f"<script>window.__{outlet.prefix}={json.dumps(config, separators=(',', ':'))};{loader}</script>"


def _sprite(rng: random.Random) -> str:
    icons = []
    for name in ("facebook", "x", "email", "link", "print", "comment", "search", "menu", "close", "arrow"):
        points = " ".join(f"{rng.randint(0, 24)} {rng.randint(0, 24)}" for _ in range(rng.randint(10, 22)))
        icons.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="M{points}Z"/></symbol>')
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">' + "".join(icons) + "</svg>"


def _header(outlet: OutletSpec, extras: list[str]) -> str:
    p = outlet.prefix
    sections = "".join(f'<li class="{p}-nav-item"><a href="{section_path(key)}">{title}</a></li>'
                       for key, title in vocab.SECTION_TITLES.items())
    more = "".join(f'<li class="{p}-nav-item"><a href="{page_path(title)}">{title}</a></li>' for title in extras)
    return (f'<header class="{p}-masthead"><div class="{p}-topbar"><a href="{page_path("Subscribe")}">Subscribe</a>'
            f' <a href="{page_path("Manage account")}">Sign in</a></div>'
            f'<a class="{p}-logo" href="/">{esc(outlet.name)}</a>'
            f'<nav class="{p}-nav" aria-label="Main"><ul><li class="{p}-nav-item"><a href="/">Home</a></li>'
            f"{sections}{more}</ul></nav></header>")


def _footer(outlet: OutletSpec, links: list[str]) -> str:
    p = outlet.prefix
    columns = []
    for start in range(0, len(links), 7):
        items = "".join(f'<li><a class="{p}-footer-link" href="{page_path(title)}">{title}</a></li>'
                        for title in links[start:start + 7])
        columns.append(f'<ul class="{p}-footer-col">{items}</ul>')
    sections = "".join(f'<a href="{section_path(k)}">{t}</a> ' for k, t in vocab.SECTION_TITLES.items())
    return (f'<footer class="{p}-footer"><div class="{p}-footer-sections">{sections}</div>'
            f'<div class="{p}-grid">{"".join(columns)}</div>'
            f'<p class="{p}-legal">&copy; 2026 {esc(outlet.name)}. All rights reserved. '
            f"Use of this site constitutes acceptance of our terms of service.</p></footer>")


def make_chrome(outlet: OutletSpec, seed: int) -> Chrome:
    """The outlet's furniture, deterministic for (outlet, seed)."""
    rng = random.Random(f"{seed}:chrome:{outlet.index}")
    extras = rng.sample(NAV_EXTRAS, k=rng.randint(14, 24))
    links = rng.sample(FOOTER_LINKS, k=rng.randint(22, len(FOOTER_LINKS)))
    if "Subscribe" not in links:
        links.append("Subscribe")
    if "Manage account" not in links:
        links.append("Manage account")
    titles = dict.fromkeys([*extras, *links, "Log in"])
    return Chrome(
        outlet=outlet, style=_style(rng, outlet.prefix), script=_script(rng, outlet), sprite=_sprite(rng),
        header=_header(outlet, extras), footer=_footer(outlet, links),
        pages=tuple((slugify(title), title) for title in titles),
    )
