"""Pages that outlet listings link to but that are not articles.

Each carries the reason a well-behaved crawler should give for not storing it.
"""
from __future__ import annotations

from .model import NonArticle

NON_ARTICLES: tuple[NonArticle, ...] = (
    NonArticle(
        # The wire's sitemap lists its World section front next to the stories.
        outlet="northstar-wire", slug="world", kind="section", title="World",
        published="2026-11-24T16:05:00-05:00", reason="not_article",
    ),
    NonArticle(
        outlet="lakeside-herald", slug="waterfront-plan-inside-look", kind="paywall",
        title="Inside the $80 million plan to remake Alder Bay's waterfront",
        published="2026-11-19T06:00:00-06:00", reason="too_short",
        text=(
            "Developers and city officials have spent two years quietly negotiating a plan that "
            "would replace the old coal dock with apartments, a hotel and a public beach.",
        ),
    ),
    NonArticle(
        outlet="coastline-gazette", slug="council-tax-rise-april", kind="consent",
        title="Council tax set to rise by 5 per cent in April",
        published="2026-11-23T09:00:00+00:00", reason="consent_wall",
    ),
    NonArticle(
        outlet="granite-valley-ledger", slug="first-chair-granite-peak", kind="video",
        title="Video: First chair of the season at Granite Peak",
        published="2026-11-21T12:00:00-07:00", reason="empty_body",
    ),
)
