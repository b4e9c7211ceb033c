"""``python -m search``: the command line."""

from search.cli import main

main(prog_name="python -m search")
