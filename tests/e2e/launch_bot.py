"""Test-only launcher: run ``partnerbot run`` against a fake Discord, in a subprocess.

    python tests/e2e/launch_bot.py http://127.0.0.1:PORT ws://127.0.0.1:PORT/gateway

It points discord.py at the fake (``Route.BASE`` and ``DEFAULT_GATEWAY``), shortens the
wait for guilds before ``on_ready``, and then runs the real command line exactly as
production does, so production code carries no test switches. Settings come from the
environment as usual.
"""

from __future__ import annotations

import sys
from typing import Any


def main(argv: list[str]) -> int:
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    import bot.discord.app as app
    from bot.cli.main import main as cli_main

    base, gateway, *rest = argv
    Route.BASE = f"{base}/api/v10"
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    real_create_bot = app.create_bot

    def create_bot(*args: Any, **overrides: Any) -> Any:
        overrides.setdefault("guild_ready_timeout", 0.05)
        return real_create_bot(*args, **overrides)

    app.create_bot = create_bot  # type: ignore[assignment]
    return cli_main(["run", *rest])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
