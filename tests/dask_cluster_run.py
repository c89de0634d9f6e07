"""Analyse a corpus on a Dask LocalCluster of two worker processes and print the results' JSON
(engine_helpers.as_json); with --kill-a-worker, one worker is killed after the first article.

    python tests/dask_cluster_run.py CORPUS [--kill-a-worker]
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from distributed import Client, LocalCluster
from distributed.comm.core import CommClosedError
from engine_helpers import as_json

from workbench.core.analysis.cluster import DaskEngine
from workbench.core.importers import iter_articles


def main() -> int:
    corpus, kill = Path(sys.argv[1]), "--kill-a-worker" in sys.argv[2:]
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=50,
        ) as cluster,
        Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        stream = DaskEngine(client).run(iter_articles(corpus))
        results = [next(stream)]
        if kill:
            victim = next(iter(client.run(os.getpid).values()))
            os.kill(victim, signal.SIGKILL)
        results.extend(stream)
        if kill and victim in alive(client):
            sys.exit("the worker was not killed")
    sys.stdout.write(as_json(results))
    return 0


def alive(client: Client) -> set[int]:
    """The workers' process ids; the cluster may still be dropping the killed one's connection."""
    for _attempt in range(5):
        try:
            return set(client.run(os.getpid).values())
        except (OSError, CommClosedError):
            time.sleep(1)
    return set(client.run(os.getpid).values())


if __name__ == "__main__":
    sys.exit(main())
