import sys

from sipdesk.cli import main

sys.exit(main())
