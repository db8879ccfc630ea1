"""``python -m delaydesk.bridges``: the bridges command line without the app."""

import sys

from delaydesk.bridges.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
