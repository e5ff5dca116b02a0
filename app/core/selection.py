"""Jury selection by lot: the same seed and roster give the same panel on any machine.

Python's `random.Random(seed)` (Mersenne Twister) is specified to give the same sequence on
every platform and version for an int seed, and `sample` is stable for a list in a fixed
order, so the draw depends only on the seed and the roster order.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence


def new_seed() -> int:
    """A fresh seed for a draw, recorded in the session so the draw can be checked."""
    return secrets.randbelow(2**31)


def draw_pool(roster: Sequence[str], seed: int, size: int) -> tuple[str, ...]:
    """Candidates drawn from the roster (in roster order) by the seeded lot."""
    size = max(0, min(size, len(roster)))
    return tuple(random.Random(seed).sample(list(roster), size))


def draw_lot(candidates: Sequence[str], seed: int, jurors: int, reserves: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lot among the candidates left after challenges: the first sit, the next are reserves."""
    order = random.Random(seed).sample(list(candidates), len(candidates))
    return tuple(order[:jurors]), tuple(order[jurors:jurors + reserves])


def pool_size(model, available: int) -> int:
    """How many candidates the lot draws: the model's pool (after its cut), at most the class."""
    target = model.selection.pool_cut or model.selection.pool_min
    return max(0, min(available, max(target, model.seats.lay + model.seats.reserves)))


def free_members(state) -> list[str]:
    """Roster members not yet in any seat, in roster order: those the lot may draw."""
    return [m for m in state.people.names if not state.people.seat_of(m)]


def pool_for(state, seed: int) -> tuple[str, ...]:
    """The pool the seeded lot draws from this session's class."""
    free = free_members(state)
    return draw_pool(free, seed, pool_size(state.meta.model, len(free)))


def lot_for(state, seed: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Jurors and reserves the seeded lot seats from the candidates left after challenges."""
    model, people = state.meta.model, state.people
    left = [m for m in people.pool if m not in people.challenged()]
    reserves = min(model.seats.reserves, max(0, len(left) - model.seats.lay))
    return draw_lot(left, seed, model.seats.lay, reserves)
