# Scrapy settings for wirewatch: polite by default, many outlets in parallel, one SQLite store.
# Every WIREWATCH_* setting is documented in README.md ("Settings"); override any with --set NAME=VALUE.

BOT_NAME = "wirewatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- wirewatch ---------------------------------------------------------------
WIREWATCH_DB = "news.db"                 # SQLite file the crawl writes to
WIREWATCH_SOURCES = None                 # sources file when the spider gets no -a sources=
WIREWATCH_CONTACT_URL = "https://github.com/wirewatch/wirewatch"  # put in the User-Agent
WIREWATCH_MIN_WORDS = 80                 # shorter bodies are paywall stubs, not articles
WIREWATCH_MAX_LISTING_ENTRIES = 5000     # links taken from one feed or sitemap per run
WIREWATCH_MAX_SITEMAP_DEPTH = 3          # sitemap index nesting followed
WIREWATCH_LOCK_HELD = False            # set by the CLI, which takes the database lock itself
WIREWATCH_RECHECK_REJECTED_DAYS = 7      # pages that were not articles are not fetched again for this long
WIREWATCH_WORKERS = None                 # processes for extraction and shingling; None: one per core, 0: inline
WIREWATCH_STORE_BATCH = 200              # articles per store transaction...
WIREWATCH_STORE_BATCH_SECONDS = 2.0      # ...or seconds since the batch began, whichever comes first

# --- politeness: at most 2 requests in flight per host, adaptive delay --------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_TIMES = 2
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REDIRECT_MAX_TIMES = 5
# Outputs of one response handled at once. Scrapy starts this many tasks per response; an
# article yields one item and a listing yields requests, so the default 100 only costs CPU.
CONCURRENT_ITEMS = 4
# Scrapy reads the source of generator callbacks to warn about `return value`; its cache misses
# for bound methods, so it re-reads them for every listing. Our callbacks return nothing.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Per-request work nothing here reads: depth statistics (no DEPTH_LIMIT is used), Referer headers,
# a developer warning about copied meta keys, and HTTP auth (sources have no credentials).
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
REFERER_ENABLED = False

# --- components ----------------------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.clean.CleanPipeline": 100,
    "pipelines.store.StorePipeline": 500,
}
EXTENSIONS = {
    "crawler.crawl_log.CrawlLog": 0,
}

LOG_LEVEL = "INFO"
DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
FEED_EXPORT_ENCODING = "utf-8"

# --- story grouping (see BENCHMARKS.md for how these were chosen) ---------------
WIREWATCH_DEDUP_SHINGLE_SIZE = 5         # words per shingle (CJK: character windows)
WIREWATCH_DEDUP_NUM_PERM = 128           # MinHash permutations
WIREWATCH_DEDUP_THRESHOLD = 0.5          # exact Jaccard for a near-duplicate
WIREWATCH_DEDUP_CONTAINMENT = 0.7        # share of the shorter copy found in the longer one
WIREWATCH_DEDUP_BOILERPLATE_MIN = 5      # a paragraph in this many stories of one outlet is boilerplate

# --- hostile sites (owned by the hardening work) ---
# Guards against sites that rate-limit, redirect in circles or off-site (crawler/middlewares.py).
# Scrapy's RetryMiddleware is replaced by a subclass that waits out Retry-After on 429/503.
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,          # Scrapy's retry slot
    "crawler.middlewares.MetaRefreshGuardMiddleware": 585,    # after decompression (590), before meta refresh (580)
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.QuickMetaRefreshMiddleware": 580,    # Scrapy's, without decoding pages that cannot refresh
    "crawler.middlewares.RedirectGuardMiddleware": 610,       # before RedirectMiddleware (600) follows a 3xx
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.QuietRedirectMiddleware": 600,       # Scrapy's, without a warning about Referer at start
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
}
WIREWATCH_MAX_RETRY_AFTER = 60           # seconds; a longer Retry-After fails the request (not retried)
# --- end hostile sites ---
