"""Lets `python -m workbench` behave like the `workbench` command."""

import sys

from workbench.cli import main

sys.exit(main())
