"""A small fake Discord: the REST routes and gateway events partnerbot uses, nothing more.

The real discord.py client talks to it over HTTP and a websocket on 127.0.0.1. Every
request is recorded; a route the fake does not implement answers 404 and is listed in
``unknown_routes`` so a test fails when the bot calls something unexpected.

It plays one guild with a few members:

* ``alice``: a plain member;
* ``mod``: holds the configured moderator role, no special permissions;
* ``admin``: holds a role with Manage Server;
* ``owner``: the application owner, a plain member otherwise;
* ``other_bot``: another bot, which partnerbot must ignore.

Channels: ``general`` (embeds allowed) and ``no_embeds`` (an overwrite denies the bot
Embed Links).

Faults, for the tests that show the bot survives them: ``inject`` makes REST routes answer
429 (with Discord's body and rate-limit headers) or 5xx, or answer late;
``drop_gateway`` ends the gateway connection with a close frame or by cutting the TCP
connection; sessions are tracked so that RESUME (on ``resume_gateway_url``) continues
one, and ``refuse_resume`` answers it with an invalid session instead.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

DISCORD_EPOCH_MS = 1_420_070_400_000
_counter = itertools.count(1)


def snowflake() -> int:
    """A fresh, time-based snowflake (discord.py expires interactions older than 15 min)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) & 0x3FFFFF)


# Permission bits (https://discord.com/developers/docs/topics/permissions).
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_APPLICATION_COMMANDS = 1 << 31
MESSAGE_CONTENT_INTENT = 1 << 15

EVERYONE_PERMISSIONS = (
    VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_APPLICATION_COMMANDS
    # Everyone may mention @everyone here, so a ping would really go out if the bot
    # ever let one through: AllowedMentions is the only thing standing in the way.
    | MENTION_EVERYONE
)

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py only parses JSON when Content-Type is exactly "application/json";
    # web.json_response adds "; charset=utf-8" and breaks login().
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={"Content-Type": "application/json"},
    )


@dataclass(frozen=True, slots=True)
class FakeUser:
    id: int
    name: str
    bot: bool = False
    roles: tuple[int, ...] = ()

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": None,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    def member_payload(self, *, with_user: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": None,
            "avatar": None,
            "pending": False,
            "premium_since": None,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.payload()
        return data


@dataclass(slots=True)
class Recorded:
    method: str
    path: str  # below /api/v10, e.g. "/channels/1/messages"
    query: dict[str, str]
    body: Any
    status: int = 0

    @property
    def route(self) -> str:
        return f"{self.method} {self.path}"


RECORDED = web.RequestKey("recorded", Recorded)


@dataclass(slots=True)
class _Connection:
    ws: web.WebSocketResponse
    shard: tuple[int, int] | None
    intents: int
    seq: itertools.count = field(default_factory=lambda: itertools.count(1))
    session_id: str = ""
    # The TCP transport under the websocket, so a test can cut it without a close frame.
    transport: Any = None


@dataclass(slots=True)
class Fault:
    """A REST failure the fake serves instead of the real answer, ``times`` times.

    ``status`` 429 is a rate limit with ``retry_after`` seconds (body and headers as
    Discord sends them); 5xx statuses are server errors. ``delay`` waits first.
    """

    method: str
    path: re.Pattern[str]
    status: int
    times: int = 1
    retry_after: float = 0.2
    is_global: bool = False
    delay: float = 0.0
    served: int = 0


class FakeDiscord:
    def __init__(self) -> None:
        self.guild_id = snowflake()
        self.application_id = snowflake()
        self.bot_role_id = snowflake()
        self.mod_role_id = snowflake()
        self.admin_role_id = snowflake()
        # The bot's member holds its managed role, as after a real invite.
        self.bot_user = FakeUser(snowflake(), "partnerbot", bot=True, roles=(self.bot_role_id,))
        self.alice = FakeUser(snowflake(), "alice")
        # Another member with no special role or permission.
        self.bob = FakeUser(snowflake(), "bob")
        self.mod = FakeUser(snowflake(), "mod", roles=(self.mod_role_id,))
        self.admin = FakeUser(snowflake(), "admin", roles=(self.admin_role_id,))
        self.owner = FakeUser(snowflake(), "owner")
        self.other_bot = FakeUser(snowflake(), "otherbot", bot=True)
        self.users = {
            u.id: u
            for u in (
                self.bot_user,
                self.alice,
                self.bob,
                self.mod,
                self.admin,
                self.owner,
                self.other_bot,
            )
        }
        self.general_id = snowflake()
        self.no_embeds_id = snowflake()

        self.requests: list[Recorded] = []
        self.unknown_routes: list[Recorded] = []
        self.identifies: list[dict[str, Any]] = []
        self.messages: dict[int, dict[str, Any]] = {}
        # Ids of the messages the bot deleted (they leave ``messages``).
        self.deleted: list[int] = []
        # Interaction token -> id of the message its response created (@original).
        self.originals: dict[str, int] = {}
        self.commands: dict[int | None, list[dict[str, Any]]] = {}
        # Interaction token -> the channel it came from and, for components, the message
        # whose button was clicked: callbacks create or update messages there.
        self._token_channels: dict[str, int] = {}
        self._token_messages: dict[str, int] = {}
        self._connections: list[_Connection] = []
        # Gateway sessions by id (RESUME continues one), every RESUME received, and the
        # close code of every gateway socket when it ended (None: cut without a frame).
        self.sessions: dict[str, _Connection] = {}
        self.resumes: list[dict[str, Any]] = []
        self.gateway_closes: list[int | None] = []
        # The path of every gateway socket opened ("/gateway", "/gateway/resume").
        self.gateway_paths: list[str] = []
        # When True, RESUME is refused with op 9 (invalid session): the client must
        # IDENTIFY again.
        self.refuse_resume = False
        self.faults: list[Fault] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application(middlewares=[self._record])
        api = "/api/v10"
        routes = [
            ("GET", "/gateway", self._gateway),
            ("GET", "/gateway/resume", self._gateway),
            ("GET", f"{api}/users/@me", self._me),
            ("GET", f"{api}/oauth2/applications/@me", self._application),
            ("GET", f"{api}/gateway", self._gateway_url),
            ("GET", f"{api}/gateway/bot", self._gateway_bot),
            ("POST", f"{api}/channels/{{channel}}/messages", self._create_message),
            ("PATCH", f"{api}/channels/{{channel}}/messages/{{message}}", self._edit_message),
            ("DELETE", f"{api}/channels/{{channel}}/messages/{{message}}", self._delete_message),
            ("POST", f"{api}/interactions/{{id}}/{{token}}/callback", self._callback),
            ("POST", f"{api}/webhooks/{{app}}/{{token}}", self._followup),
            ("GET", f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self._get_webhook),
            ("PATCH", f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}", self._edit_webhook),
            (
                "DELETE",
                f"{api}/webhooks/{{app}}/{{token}}/messages/{{message}}",
                self._delete_webhook,
            ),
            ("PUT", f"{api}/applications/{{app}}/commands", self._put_commands),
            ("PUT", f"{api}/applications/{{app}}/guilds/{{guild}}/commands", self._put_commands),
        ]
        for method, path, handler in routes:
            app.router.add_route(method, path, handler)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def close(self) -> None:
        for conn in self._connections:
            await conn.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- recording and waiting ---------------------------------------------------------------

    @web.middleware
    async def _record(
        self, request: web.Request, handler: Callable[..., Any]
    ) -> web.StreamResponse:
        if request.path in ("/gateway", "/gateway/resume"):
            return await handler(request)
        body: Any = None
        if request.can_read_body:
            raw = await request.read()
            if request.content_type == "application/json":
                body = json.loads(raw)
            elif request.content_type.startswith("multipart/"):
                body = self._payload_json(raw)
            else:
                body = raw.decode(errors="replace")
        path = request.path.removeprefix("/api/v10")
        recorded = Recorded(request.method, path, dict(request.query), body)
        request[RECORDED] = recorded
        fault = self._fault_for(request.method, path)
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        response = (
            self._fault_response(fault)
            if fault is not None and fault.status
            else await handler(request)
        )
        recorded.status = response.status
        async with self._changed:
            self.requests.append(recorded)
            self._changed.notify_all()
        return response

    # --- REST faults ---------------------------------------------------------------------

    def inject(
        self,
        method: str,
        path: str | re.Pattern[str],
        status: int,
        *,
        times: int = 1,
        retry_after: float = 0.2,
        is_global: bool = False,
        delay: float = 0.0,
    ) -> Fault:
        """Answer the next ``times`` requests matching ``method path`` with ``status``
        (0: only ``delay`` them). ``path`` is below /api/v10; a string is a regex."""
        pattern = re.compile(path) if isinstance(path, str) else path
        fault = Fault(method, pattern, status, times, retry_after, is_global, delay)
        self.faults.append(fault)
        return fault

    def _fault_for(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.served < fault.times and fault.method == method and fault.path.fullmatch(path):
                fault.served += 1
                return fault
        return None

    @staticmethod
    def _fault_response(fault: Fault) -> web.Response:
        if fault.status == 429:
            # What Discord sends, and what discord.py reads: the JSON body's retry_after
            # and global; a Via header (without it, a 429 means a Cloudflare ban).
            body = {
                "message": "You are being rate limited.",
                "retry_after": fault.retry_after,
                "global": fault.is_global,
            }
            headers = {
                "Content-Type": "application/json",
                "Via": "1.1 google",
                "Retry-After": str(max(1, round(fault.retry_after + 0.5))),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + fault.retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{fault.retry_after:.3f}",
                "X-RateLimit-Bucket": "fake-bucket-messages",
                "X-RateLimit-Scope": "global" if fault.is_global else "user",
            }
            if fault.is_global:
                headers["X-RateLimit-Global"] = "true"
            return web.Response(body=json.dumps(body).encode(), status=429, headers=headers)
        if fault.status == 502:
            # A gateway in front of Discord answers with HTML, not JSON.
            return web.Response(
                text="<html><body>502 Bad Gateway</body></html>",
                status=502,
                content_type="text/html",
            )
        return _json({"message": f"{fault.status}: fake server error", "code": 0}, fault.status)

    @staticmethod
    def _payload_json(raw: bytes) -> Any:
        match = re.search(rb'name="payload_json"\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--', raw, re.S)
        return json.loads(match.group(1)) if match else None

    def mark(self) -> int:
        """A position in the request log; pass it to ``wait_for`` as ``since``."""
        return len(self.requests)

    async def wait_for(
        self,
        method: str,
        path: str | re.Pattern[str],
        *,
        since: int = 0,
        within: float = 3.0,
        where: Callable[[Recorded], bool] | None = None,
    ) -> Recorded:
        def find() -> Recorded | None:
            for rec in self.requests[since:]:
                path_ok = rec.path == path if isinstance(path, str) else path.fullmatch(rec.path)
                if rec.method == method and path_ok and (where is None or where(rec)):
                    return rec
            return None

        async def wait() -> Recorded:
            async with self._changed:
                while (found := find()) is None:
                    await self._changed.wait()
                return found

        try:
            return await asyncio.wait_for(wait(), within)
        except TimeoutError:
            seen = "\n  ".join(r.route for r in self.requests[since:]) or "(none)"
            raise AssertionError(f"no {method} {path} within {within}s; saw:\n  {seen}") from None

    def sent_since(self, since: int) -> list[Recorded]:
        """Requests that carry a message body (posts, edits, callbacks), in order."""
        return [r for r in self.requests[since:] if r.method in ("POST", "PATCH") and r.body]

    # --- state helpers -----------------------------------------------------------------------

    def roles_payload(self) -> list[dict[str, Any]]:
        def role(rid: int, name: str, perms: int, position: int, **extra: Any) -> dict[str, Any]:
            return {
                "id": str(rid),
                "name": name,
                "color": 0,
                "hoist": False,
                "position": position,
                "permissions": str(perms),
                "managed": False,
                "mentionable": False,
                "flags": 0,
                "icon": None,
                "unicode_emoji": None,
                **extra,
            }

        return [
            role(self.guild_id, "@everyone", EVERYONE_PERMISSIONS, 0),
            role(self.mod_role_id, "Moderators", 0, 1),
            role(self.admin_role_id, "Admins", MANAGE_GUILD, 2),
            role(
                self.bot_role_id,
                "partnerbot",
                EVERYONE_PERMISSIONS,
                3,
                managed=True,
                tags={"bot_id": str(self.bot_user.id)},
            ),
        ]

    def channel_payload(self, channel_id: int) -> dict[str, Any]:
        overwrites: list[dict[str, Any]] = []
        name = "general"
        if channel_id == self.no_embeds_id:
            name = "no-embeds"
            overwrites = [
                {"id": str(self.bot_user.id), "type": 1, "allow": "0", "deny": str(EMBED_LINKS)}
            ]
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(self.guild_id),
            "name": name,
            "position": 0,
            "permission_overwrites": overwrites,
            "nsfw": False,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "parent_id": None,
            "flags": 0,
        }

    def guild_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.guild_id),
            "name": "Partners",
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(self.admin.id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "preferred_locale": "en-US",
            "features": [],
            "emojis": [],
            "stickers": [],
            "roles": self.roles_payload(),
            "channels": [
                self.channel_payload(self.general_id),
                self.channel_payload(self.no_embeds_id),
            ],
            "threads": [],
            "members": [u.member_payload() for u in self.users.values()],
            "member_count": len(self.users),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "large": False,
            "unavailable": False,
            "joined_at": "2024-01-01T00:00:00+00:00",
        }

    def permissions_of(self, user: FakeUser) -> int:
        perms = EVERYONE_PERMISSIONS
        for role in self.roles_payload():
            if int(role["id"]) in user.roles:
                perms |= int(role["permissions"])
        return perms

    def bot_permissions_in(self, channel_id: int) -> int:
        perms = self.permissions_of(self.bot_user)
        if channel_id == self.no_embeds_id:
            perms &= ~EMBED_LINKS
        return perms

    def _message(
        self,
        channel_id: int,
        author: FakeUser,
        body: dict[str, Any],
        *,
        message_id: int | None = None,
        flags: int = 0,
    ) -> dict[str, Any]:
        message_id = message_id or snowflake()
        data: dict[str, Any] = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "guild_id": str(self.guild_id),
            "author": author.payload(),
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "attachments": [],
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "pinned": False,
            "type": 19 if body.get("message_reference") else 0,
            "flags": flags | int(body.get("flags") or 0),
        }
        if body.get("message_reference"):
            data["message_reference"] = body["message_reference"]
        self.messages[message_id] = data
        return data

    def _update_message(self, message_id: int, body: dict[str, Any]) -> dict[str, Any]:
        data = self.messages[message_id]
        for key in ("content", "embeds", "components"):
            if key in body and body[key] is not None:
                data[key] = body[key]
        data["edited_timestamp"] = _now_iso()
        return data

    # --- gateway ---------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.gateway_paths.append(request.path)
        conn: _Connection | None = None
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            payload = json.loads(msg.data)
            op, data = payload.get("op"), payload.get("d")
            if op == 1:
                await ws.send_json({"op": 11})
            elif op == 2:
                shard = tuple(data["shard"]) if data.get("shard") else None
                conn = _Connection(ws, shard, int(data.get("intents", 0)))  # type: ignore[arg-type]
                conn.session_id = f"session-{snowflake()}"
                conn.transport = request.transport
                self.sessions[conn.session_id] = conn
                self._connections.append(conn)
                self.identifies.append({k: v for k, v in data.items() if k != "token"})
                await self._ready(conn)
            elif op == 6:
                self.resumes.append({k: v for k, v in data.items() if k != "token"})
                old = self.sessions.get(data.get("session_id"))
                if old is None or self.refuse_resume:
                    # Invalid session, not resumable: the client must IDENTIFY again.
                    await ws.send_json({"op": 9, "d": False})
                    continue
                # The same session on a new socket; its sequence numbers carry on. Events
                # missed while disconnected are not replayed (the fake sends none then).
                conn = _Connection(ws, old.shard, old.intents, old.seq, old.session_id)
                conn.transport = request.transport
                self.sessions[conn.session_id] = conn
                self._connections.append(conn)
                await self._send(conn, "RESUMED", {})
            elif op == 8 and conn is not None:
                await self._send(
                    conn,
                    "GUILD_MEMBERS_CHUNK",
                    {
                        "guild_id": str(self.guild_id),
                        "members": [u.member_payload() for u in self.users.values()],
                        "chunk_index": 0,
                        "chunk_count": 1,
                        "nonce": data.get("nonce"),
                    },
                )
        async with self._changed:
            self.gateway_closes.append(ws.close_code)
            self._changed.notify_all()
        return ws

    async def drop_gateway(self, *, abrupt: bool = False, code: int = 1001) -> None:
        """End the guild's live gateway connection: with a close frame (``code``), or
        ``abrupt``: cut the TCP connection with no close frame, as a network failure does."""
        conn = self._guild_connection()
        if abrupt:
            conn.transport.abort()
        else:
            await conn.ws.close(code=code)

    def _owns_guild(self, conn: _Connection) -> bool:
        if conn.shard is None:
            return True
        shard_id, count = conn.shard
        return (self.guild_id >> 22) % count == shard_id

    async def _ready(self, conn: _Connection) -> None:
        owned = self._owns_guild(conn)
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.bot_user.payload(),
            "guilds": [{"id": str(self.guild_id), "unavailable": True}] if owned else [],
            "session_id": conn.session_id,
            # A distinct path, so a test can see reconnects go where READY said.
            "resume_gateway_url": f"{self.gateway_url}/resume",
            "application": {"id": str(self.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }
        if conn.shard is not None:
            ready["shard"] = list(conn.shard)
        await self._send(conn, "READY", ready)
        if owned:
            await self._send(conn, "GUILD_CREATE", self.guild_payload())

    async def _send(self, conn: _Connection, event: str, data: dict[str, Any]) -> None:
        await conn.ws.send_json({"op": 0, "t": event, "s": next(conn.seq), "d": data})

    def _guild_connection(self) -> _Connection:
        live = [c for c in self._connections if not c.ws.closed and self._owns_guild(c)]
        if not live:
            raise AssertionError("the bot has no gateway connection for the guild")
        return live[-1]

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self._send(self._guild_connection(), event, data)

    async def send_message(
        self,
        content: str,
        *,
        author: FakeUser | None = None,
        channel_id: int | None = None,
        reply_to: dict[str, Any] | None = None,
        dm: bool = False,
    ) -> dict[str, Any]:
        """A user posts a message: MESSAGE_CREATE, as Discord would deliver it.

        ``reply_to`` makes it a reply (with ping, Discord's default) to that message:
        its author is then in ``mentions`` although the text does not mention them.
        ``dm`` sends it in a direct message to the bot (``channel_id``: the DM channel)."""
        author = author or self.alice
        channel_id = channel_id or self.general_id
        conn = self._guild_connection()
        mentioned = [
            self.users[int(i)] for i in _USER_MENTION.findall(content) if int(i) in self.users
        ]
        body: dict[str, Any] = {"content": content}
        if reply_to is not None:
            body["message_reference"] = {
                "message_id": reply_to["id"],
                "channel_id": reply_to["channel_id"],
                "guild_id": str(self.guild_id),
            }
            replied = self.users.get(int(reply_to["author"]["id"]))
            if replied is not None and replied not in mentioned:
                mentioned.append(replied)
        data = self._message(channel_id, author, body)
        if reply_to is not None:
            data["referenced_message"] = reply_to
        if dm:
            del data["guild_id"]
            data["channel_type"] = 1
        else:
            data["member"] = author.member_payload(with_user=False)
        data["mentions"] = [
            {**u.payload(), "member": u.member_payload(with_user=False)} for u in mentioned
        ]
        data["mention_roles"] = _ROLE_MENTION.findall(content)
        data["mention_everyone"] = "@everyone" in content or "@here" in content
        # Without the message-content intent Discord blanks the content of messages that
        # neither mention the app nor come from it.
        if not conn.intents & MESSAGE_CONTENT_INTENT and (
            self.bot_user not in mentioned and author.id != self.bot_user.id
        ):
            data = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        await self._send(conn, "MESSAGE_CREATE", data)
        return data

    # --- interactions ------------------------------------------------------------------------

    def _interaction(
        self,
        kind: int,
        data: dict[str, Any],
        *,
        user: FakeUser,
        channel_id: int,
        message: dict[str, Any] | None = None,
        permissions: int | None = None,
    ) -> dict[str, Any]:
        interaction_id = snowflake()
        member = user.member_payload()
        # Discord computes the member's permissions in the channel and sends them along;
        # ``permissions`` overrides that, e.g. for a channel-level grant.
        member["permissions"] = str(
            self.permissions_of(user) if permissions is None else permissions
        )
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "guild_id": str(self.guild_id),
            "channel_id": str(channel_id),
            "channel": self.channel_payload(channel_id),
            "member": member,
            "token": f"itoken-{interaction_id}",
            "version": 1,
            "app_permissions": str(self.bot_permissions_in(channel_id)),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(self.guild_id)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        self._token_channels[payload["token"]] = channel_id
        if message is not None:
            payload["message"] = message
            self._token_messages[payload["token"]] = int(message["id"])
        return payload

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user: FakeUser | None = None,
        channel_id: int | None = None,
        focused: str | None = None,
        permissions: int | None = None,
    ) -> dict[str, Any]:
        """A user runs ``/name`` (type 2) or types into an option (``focused``: type 4)."""
        opts = []
        for key, value in (options or {}).items():
            option: dict[str, Any] = {
                "name": key,
                "type": 3 if isinstance(value, str) else 4,
                "value": value,
            }
            if key == focused:
                option["focused"] = True
            opts.append(option)
        command_id = next(
            (int(c["id"]) for cmds in self.commands.values() for c in cmds if c["name"] == name),
            snowflake(),
        )
        data = {"id": str(command_id), "name": name, "type": 1, "options": opts}
        payload = self._interaction(
            4 if focused else 2,
            data,
            user=user or self.alice,
            channel_id=channel_id or self.general_id,
            permissions=permissions,
        )
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def click(
        self,
        message: dict[str, Any],
        custom_id: str,
        *,
        user: FakeUser | None = None,
        values: Iterable[str] | None = None,
    ) -> dict[str, Any]:
        """A user clicks a button (or picks ``values`` in a select) on ``message``."""
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": 2}
        if values is not None:
            data = {"custom_id": custom_id, "component_type": 3, "values": list(values)}
        payload = self._interaction(
            3,
            data,
            user=user or self.alice,
            channel_id=int(message["channel_id"]),
            message=self.messages[int(message["id"])],
        )
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def message_command(
        self, name: str, message: dict[str, Any], *, user: FakeUser | None = None
    ) -> dict[str, Any]:
        """A user runs the message context-menu command ``name`` on ``message`` (Apps >
        name): type 2 with data type 3, the target in ``resolved``, content included."""
        command_id = next(
            (
                int(c["id"])
                for cmds in self.commands.values()
                for c in cmds
                if c["name"] == name and c.get("type") == 3
            ),
            snowflake(),
        )
        data = {
            "id": str(command_id),
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        payload = self._interaction(
            2, data, user=user or self.alice, channel_id=int(message["channel_id"])
        )
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def wait_callback(self, interaction: dict[str, Any], *, since: int = 0) -> Recorded:
        path = f"/interactions/{interaction['id']}/{interaction['token']}/callback"
        return await self.wait_for("POST", path, since=since)

    # --- REST handlers --------------------------------------------------------------------

    async def _me(self, request: web.Request) -> web.Response:
        return _json(self.bot_user.payload())

    async def _application(self, request: web.Request) -> web.Response:
        return _json(
            {
                "id": str(self.application_id),
                "name": "partnerbot",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": self.owner.payload(),
                "team": None,
                "flags": 0,
                "rpc_origins": [],
                "summary": "",
            }
        )

    async def _gateway_url(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url})

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        return _json(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def _create_message(self, request: web.Request) -> web.Response:
        body = request[RECORDED].body or {}
        channel_id = int(request.match_info["channel"])
        return _json(self._message(channel_id, self.bot_user, body))

    async def _edit_message(self, request: web.Request) -> web.Response:
        message_id = int(request.match_info["message"])
        if message_id not in self.messages:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        return _json(self._update_message(message_id, request[RECORDED].body or {}))

    def _delete(self, message_id: int | None) -> web.Response:
        if message_id is None or message_id not in self.messages:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        del self.messages[message_id]
        self.deleted.append(message_id)
        return web.Response(status=204)

    async def _delete_message(self, request: web.Request) -> web.Response:
        return self._delete(int(request.match_info["message"]))

    async def _delete_webhook(self, request: web.Request) -> web.Response:
        return self._delete(self._webhook_message_id(request))

    async def _callback(self, request: web.Request) -> web.Response:
        body = request[RECORDED].body or {}
        kind = int(body.get("type", 0))
        data = body.get("data") or {}
        interaction_id = request.match_info["id"]
        token = request.match_info["token"]
        info: dict[str, Any] = {"id": interaction_id, "type": 2}
        result: dict[str, Any] = {"interaction": info}
        if kind in (4, 5):
            # 4: a message; 5: "thinking…", filled in later through the webhook.
            flags = int(data.get("flags") or 0)
            message = self._message(self._channel_of(token), self.bot_user, data, flags=flags)
            self.originals[token] = int(message["id"])
            info.update(
                response_message_id=message["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(flags & 64),
            )
            result["resource"] = {"type": kind, "message": message}
        elif kind in (6, 7):
            message_id = self._token_messages.get(token)
            if message_id is not None:
                self.originals[token] = message_id
                message = (
                    self._update_message(message_id, data)
                    if kind == 7
                    else self.messages[message_id]
                )
                info.update(response_message_id=message["id"])
                result["resource"] = {"type": kind, "message": message}
        return _json(result)

    def _channel_of(self, token: str) -> int:
        return self._token_channels.get(token, self.general_id)

    def _webhook_message_id(self, request: web.Request) -> int | None:
        ref = request.match_info["message"]
        if ref == "@original":
            return self.originals.get(request.match_info["token"])
        return int(ref) if int(ref) in self.messages else None

    async def _followup(self, request: web.Request) -> web.Response:
        body = request[RECORDED].body or {}
        token = request.match_info["token"]
        return _json(self._message(self._channel_of(token), self.bot_user, body))

    async def _get_webhook(self, request: web.Request) -> web.Response:
        message_id = self._webhook_message_id(request)
        if message_id is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        return _json(self.messages[message_id])

    async def _edit_webhook(self, request: web.Request) -> web.Response:
        message_id = self._webhook_message_id(request)
        if message_id is None:
            return _json({"message": "Unknown Message", "code": 10008}, status=404)
        return _json(self._update_message(message_id, request[RECORDED].body or {}))

    async def _put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild")
        guild_id = int(guild) if guild else None
        stored = []
        for command in request[RECORDED].body or []:
            stored.append(
                {
                    "type": 1,
                    "options": [],
                    "default_member_permissions": None,
                    "nsfw": False,
                    # Discord answers "" for context-menu commands, which send none.
                    "description": "",
                    **command,
                    "id": str(snowflake()),
                    "application_id": str(self.application_id),
                    "version": str(snowflake()),
                    **({"guild_id": str(guild_id)} if guild_id else {}),
                }
            )
        self.commands[guild_id] = stored
        return _json(stored)

    async def _unknown(self, request: web.Request) -> web.Response:
        recorded: Recorded | None = request.get(RECORDED)
        if recorded is not None:
            self.unknown_routes.append(recorded)
        return _json({"message": "404: Not Found (fake Discord)", "code": 0}, status=404)
