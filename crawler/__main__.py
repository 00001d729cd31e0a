# `python -m crawler` is the `wirewatch` command.
from crawler.cli import main

main()
