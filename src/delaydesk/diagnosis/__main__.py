import sys

from delaydesk.diagnosis.cli import main

sys.exit(main())
