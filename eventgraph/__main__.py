"""`python -m eventgraph ...` is the `eventgraph` command (handy in a checkout without an install)."""
import sys

from eventgraph.cli import main

sys.exit(main())
