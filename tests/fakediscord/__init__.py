"""A fake Discord (REST + websocket gateway) on 127.0.0.1 for end-to-end tests."""

from tests.fakediscord.server import FakeDiscord, FakeUser, Recorded, snowflake

__all__ = ["FakeDiscord", "FakeUser", "Recorded", "snowflake"]
