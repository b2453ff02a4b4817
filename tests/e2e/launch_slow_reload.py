"""Test-only launcher: ``launch_bot.py`` with a reload whose build never ends by itself.

The first load is normal. Every later build (a reload) hands work to a worker process
that sleeps for an hour, and waits for it, as a build reading a hung file system
would; it prints ``slow build: worker <pid>`` once the worker runs.
"""

from __future__ import annotations

import sys
import time
from typing import Any

# Far beyond any wait in the test: the bot exits at all only by abandoning the build.
BUILD_SECONDS = 3600


def _sleep(seconds: float) -> int:
    time.sleep(seconds)
    return 0


def main(argv: list[str]) -> int:
    from launch_bot import main as launch  # this script's directory is on sys.path

    import bot.service as service
    from bot import workers

    real_load = service.load_knowledge
    calls = [0]

    def slow_load(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] > 1:
            pool = workers.process_pool(1)
            future = pool.submit(_sleep, BUILD_SECONDS)
            while not future.running():
                time.sleep(0.01)
            pids = " ".join(str(pid) for pid in pool._processes)  # forked at submit
            print(f"slow build: worker {pids}", flush=True)
            future.result()
        return real_load(*args, **kwargs)

    service.load_knowledge = slow_load  # type: ignore[assignment]
    return launch(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
