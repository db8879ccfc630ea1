"""`python -m delaydesk.diagnosis ...` runs the same command line as `delaydesk diagnose`."""

from __future__ import annotations

import sys

from delaydesk.diagnosis.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
