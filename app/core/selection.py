"""Jury selection by lot: the same seed and roster give the same panel on any machine.

Python guarantees that `random.Random(seed).random()` gives the same sequence for an int seed
on every platform and version; `shuffle` and `sample` carry no such promise. So the lot is our
own Fisher-Yates shuffle driven by `random()` alone, and depends only on the seed and the
order of the names it draws from.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence


def new_seed() -> int:
    """A fresh seed for a draw, recorded in the session so the draw can be checked."""
    return secrets.randbelow(2**31)


def shuffled(items: Sequence[str], seed: int) -> list[str]:
    """`items` in the order the seeded lot draws them (Fisher-Yates on `random()` only)."""
    rng, out = random.Random(seed), list(items)
    for i in range(len(out) - 1, 0, -1):
        j = min(int(rng.random() * (i + 1)), i)
        out[i], out[j] = out[j], out[i]
    return out


def draw_pool(roster: Sequence[str], seed: int, size: int) -> tuple[str, ...]:
    """Candidates drawn from the roster (in roster order) by the seeded lot."""
    return tuple(shuffled(roster, seed)[:max(0, min(size, len(roster)))])


def draw_lot(candidates: Sequence[str], seed: int, jurors: int, reserves: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lot among the candidates left after challenges: the first sit, the next are reserves."""
    order = shuffled(candidates, seed)
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
