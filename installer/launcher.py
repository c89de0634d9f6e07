"""Entry script of the frozen program: the same `workbench` command as the installed one."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # The window analyses in a spawned worker process: in a bundle that process is this same
    # executable, and freeze_support() turns it into the worker instead of a second program.
    multiprocessing.freeze_support()
    sys.exit(main())
