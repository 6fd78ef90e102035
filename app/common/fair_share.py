"""Fair share of an API process: each user's requests are worked on at most `per_caller` at a time; the rest wait
their turn holding nothing (no database or Redis connection, no place in the event loop's ready queue).

Why: every request of a flood costs the same token check and reads as anyone else's, and they all queue for the
same event loop and the same connection pools (10 to PostgreSQL, 64 to Redis). Profiled during 1500 long-polls of
one student (bench/flood.py, py-spy), the API's loop was busy ~80% of the time with the flood's requests, mostly
in the user lookup (Redis), the submission's reads (PostgreSQL, S3) and the long-poll cap (Redis), and another
user's request queued behind hundreds of them in each pool. With the gate one user occupies at most `per_caller`
places in each queue however many requests it sends; the flood itself is answered in turn.

The user is the one the verified token names: a request takes its place once authentication has checked the token
(`take_turn`, from app/auth.py), before the user is looked up; the ASGI middleware (`FairShare.admission`) gives the
place back when the answer is sent. A long-poll steps aside while it waits (`stepped_aside`), so its place is not
held for its 30 seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import AsyncIterator
from dataclasses import dataclass, field


@dataclass
class _Gate:
    places: asyncio.Semaphore
    users: int = 0  # requests holding or awaiting a place: the gate is dropped when none is left


@dataclass
class FairShare:
    per_caller: int  # 0: no gate
    gates: dict[int, _Gate] = field(default_factory=dict)

    @contextlib.asynccontextmanager
    async def admission(self) -> AsyncIterator[None]:
        """One request, from its first byte to its answer: the place it takes once its user is known is given
        back at the end."""
        place = _Place(self)
        token = _current.set(place)
        try:
            yield
        finally:
            place.leave()
            _current.reset(token)


@dataclass
class _Place:
    share: FairShare
    caller: int | None = None
    gate: _Gate | None = None
    held: bool = False

    async def join(self, caller: int) -> None:
        gates = self.share.gates
        self.caller, self.gate = (
            caller,
            gates.get(caller) or gates.setdefault(caller, _Gate(asyncio.Semaphore(self.share.per_caller))),
        )
        self.gate.users += 1
        await self.take()

    async def take(self) -> None:
        assert self.gate is not None
        await self.gate.places.acquire()
        self.held = True

    def give_back(self) -> None:
        if self.held and self.gate is not None:
            self.held = False
            self.gate.places.release()

    def leave(self) -> None:
        self.give_back()
        if self.gate is not None:
            self.gate.users -= 1
            if self.gate.users == 0:
                del self.share.gates[self.caller]
            self.gate = None


_current: contextvars.ContextVar[_Place | None] = contextvars.ContextVar("fair_share", default=None)


async def take_turn(caller: int) -> None:
    """Wait for one of this user's places (once per request; without the middleware, nothing to wait for)."""
    place = _current.get()
    if place is None or place.gate is not None or place.share.per_caller <= 0:
        return
    await place.join(caller)


@contextlib.asynccontextmanager
async def stepped_aside() -> AsyncIterator[None]:
    """Give the current request's place to its user's next request while this one waits on something outside
    (a long-poll's wait); take a place again, in turn, before going on."""
    place = _current.get()
    if place is None or not place.held:
        yield
        return
    place.give_back()
    try:
        yield
    finally:
        await place.take()
