"""Sessions for tests, built through the real validate/apply path."""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.core import events as ev
from app.core.case import load_case
from app.core.court import load_model
from app.core.fold import apply
from app.core.rules import validate
from app.core.selection import lot_for, pool_for
from app.core.state import EMPTY, SessionState

DATA = Path(__file__).parent / "data"
NAMES = ["Әйгерім", "Нұрсұлтан", "O'Brien", "Мария", "Dana", "Ерлан", "Жанар", "Timur", "Айгүл", "Ivan",
         "Сәуле", "Бауыржан", "Lena", "Қанат", "Гүлнар", "Artem", "Дәурен", "Zhanna", "Ұлан", "Олжас",
         "Ким", "Ruslan", "Аружан", "Miras", "Лейла", "Sam", "Кирилл", "Ақерке", "Pat", "Нұрлан"]


def model(model_id: str = "kz-2007"):
    return load_model(paths.resources() / "court_models" / f"{model_id}.json")


def case():
    return load_case(DATA / "mini-case.alqa-case.json")


def run(events, state: SessionState = EMPTY) -> SessionState:
    for event in events:
        validate(state, event)
        state = apply(state, event)
    return state


def created(model_id: str = "kz-2007", ballot: str = "secret") -> ev.SessionCreated:
    return ev.SessionCreated("s1", "Test", case().to_dict(), model(model_id).to_dict(), ballot, "en")


def roster(n: int = 20) -> list[ev.ParticipantAdded]:
    return [ev.ParticipantAdded(f"p{i}", NAMES[i - 1]) for i in range(1, n + 1)]


class Script:
    """Events built step by step through validate/apply, kept for replay into a store."""

    def __init__(self):
        self.events: list = []
        self.state = EMPTY

    def add(self, *events) -> Script:
        self.state = run(events, self.state)
        self.events.extend(events)
        return self


def seated_script(model_id: str = "kz-2007", ballot: str = "secret", n: int = 20, seed: int = 7) -> Script:
    """A class whose judges are seated and whose jury is empanelled by the lot."""
    script = Script().add(created(model_id, ballot), *roster(n))
    judges = script.state.meta.model.seats.judges
    script.add(*(ev.SeatAssigned(f"judge-{i}", f"p{n - i + 1}") for i in range(1, judges + 1)))
    script.add(ev.JuryPoolDrawn(seed, pool_for(script.state, seed)))
    jurors, reserves = lot_for(script.state, seed + 1)
    return script.add(ev.JuryEmpanelled(seed + 1, jurors, reserves))


def voting_script(model_id: str = "kz-2007", ballot: str = "secret", n: int = 20) -> Script:
    from app.core.rules_trial import allowed_questions

    script = seated_script(model_id, ballot, n)
    script.add(ev.PhaseStarted("trial"), ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation"))
    return script.add(ev.VotingOpened(1, allowed_questions(script.state)))


def seated(model_id: str = "kz-2007", ballot: str = "secret", n: int = 20, seed: int = 7) -> SessionState:
    return seated_script(model_id, ballot, n, seed).state


def deliberating(model_id: str = "kz-2007", ballot: str = "secret", n: int = 20) -> SessionState:
    state = seated(model_id, ballot, n)
    return run([ev.PhaseStarted("trial"), ev.PhaseStarted("charge"), ev.PhaseStarted("deliberation")], state)


def voting(model_id: str = "kz-2007", ballot: str = "secret", n: int = 20) -> SessionState:
    return voting_script(model_id, ballot, n).state
