"""One event of a session log in a few words, as a replay's timeline shows it.

Only what the class could see at that moment: a stance check says who answered, never what;
a secret ballot says who voted, never how.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app import i18n
from app.core import events as ev
from app.core.lang import Msg
from app.core.state import SessionState
from app.ui.courtroom.stance_check import seat_title


def duration(seconds: int) -> str:
    """'4:05' (minutes and seconds), the same in every language."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class EventWords(QObject):
    """Words for events: `describe(before, after, event)` -> one short sentence."""

    def describe(self, before: SessionState, after: SessionState, event: ev.Event) -> str:
        method = getattr(self, f"_{type(event).__name__}", None)
        return method(before, after, event) if method else type(event).__name__

    def phase(self, phase: str) -> str:
        return i18n.text(Msg.of(f"phase.{phase}"))

    @staticmethod
    def _name(state: SessionState, member_id: str) -> str:
        return state.people.names.get(member_id, member_id)

    def _stage(self, state: SessionState, stage_id: str) -> str:
        """The trial checklist's words for a stage (its catalogue)."""
        case, lang = state.meta.case, i18n.current()
        if stage_id == "opening":
            return QCoreApplication.translate("TrialPanel", "Opening statements")
        if stage_id == "closing":
            return QCoreApplication.translate("TrialPanel", "Closing arguments")
        for item in case.evidence if case else ():
            if item.id == stage_id:
                return QCoreApplication.translate("TrialPanel", "Evidence: {title}").format(title=item.title.pick(lang))
        for witness in case.witnesses if case else ():
            if witness.id == stage_id:
                return QCoreApplication.translate("TrialPanel", "Witness: {name}").format(name=witness.name.pick(lang))
        return stage_id

    # --- setting up ------------------------------------------------------------------------

    def _SessionCreated(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("The session “{title}” was created").format(title=e.title)

    def _CourtChosen(self, *_) -> str:  # noqa: N802
        return self.tr("Another case or court was chosen")

    def _PrivacySet(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Privacy set: open ballot") if e.ballot == "open" else self.tr("Privacy set: secret ballot")

    def _VoterCodesIssued(self, *_) -> str:  # noqa: N802
        return self.tr("Personal voter codes were printed")

    def _ParticipantAdded(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("{name} joined the class").format(name=e.name)

    def _ParticipantRenamed(self, b, _a, e) -> str:  # noqa: N802
        return self.tr("{old} is now called {name}").format(old=self._name(b, e.member_id), name=e.name)

    def _ParticipantRemoved(self, b, _a, e) -> str:  # noqa: N802
        return self.tr("{name} left the class").format(name=self._name(b, e.member_id))

    def _JuryPoolDrawn(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("%n candidate juror(s) drawn by lot", "", len(e.candidates))

    def _CandidateQuestioned(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("{name} was questioned").format(name=self._name(a, e.member_id))

    def _ChallengeUsed(self, _b, a, e) -> str:  # noqa: N802
        name = self._name(a, e.member_id)
        if e.side == "prosecution":
            return self.tr("{name} was challenged by the prosecution").format(name=name)
        if e.side == "defence":
            return self.tr("{name} was challenged by the defence").format(name=name)
        return self.tr("{name} was excused by the court").format(name=name)

    def _ChallengeWithdrawn(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("The challenge of {name} was withdrawn").format(name=self._name(a, e.member_id))

    def _JuryEmpanelled(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("The lot seated %n juror(s)", "", len(e.jurors))

    def _JuryReset(self, *_) -> str:  # noqa: N802
        return self.tr("The jury draw was undone, to draw again")

    def _SeatAssigned(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("{name} took the seat: {seat}").format(name=self._name(a, e.member_id), seat=seat_title(a, e.seat))

    def _SeatVacated(self, b, _a, e) -> str:  # noqa: N802
        return self.tr("The seat {seat} was left empty").format(seat=seat_title(b, e.seat))

    def _SeatsSwapped(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("Seats swapped: {a} and {b}").format(a=seat_title(a, e.seat_a), b=seat_title(a, e.seat_b))

    def _JurorDischarged(self, b, _a, e) -> str:  # noqa: N802
        return self.tr("{name} ({seat}) left the jury").format(name=self._name(b, b.people.seats.get(e.seat, "")),
                                                               seat=seat_title(b, e.seat))

    # --- the trial -------------------------------------------------------------------------

    def _PhaseStarted(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("New phase: {phase}").format(phase=self.phase(e.phase))

    def _StageStarted(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("Trial: {stage} began").format(stage=self._stage(a, e.stage_id))

    def _StageEnded(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("Trial: {stage} ended after {time}").format(stage=self._stage(a, e.stage_id),
                                                                   time=duration(e.seconds))

    def _ObjectionRaised(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Objection by the prosecution") if e.side == "prosecution" else self.tr("Objection by the defence")

    def _ObjectionRuled(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Objection sustained") if e.ruling == "sustained" else self.tr("Objection overruled")

    # --- deliberation ----------------------------------------------------------------------

    def _RoundStarted(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Deliberation round {round} began").format(round=e.round_no)

    def _SpeechTimed(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("Round {round}: {name} spoke for {time}").format(round=e.round_no, name=self._name(a, e.member_id),
                                                                        time=duration(e.seconds))

    def _RoundEnded(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Round {round} ended after {time}").format(round=e.round_no, time=duration(e.seconds))

    def _StanceRecorded(self, _b, a, e) -> str:  # noqa: N802 (who answered, never what)
        return self.tr("Stance check, round {round}: {name} answered").format(round=e.round_no,
                                                                             name=self._name(a, e.member_id))

    def _InfluenceReported(self, _b, a, e) -> str:  # noqa: N802 (never whom they named)
        return self.tr("Stance check, round {round}: {name} said whose arguments moved them").format(
            round=e.round_no, name=self._name(a, e.member_id))

    def _StancesRevealed(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("The stances of round {round} were shown to the class").format(round=e.round_no)

    # --- voting and verdict ----------------------------------------------------------------

    def _VotingOpened(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Vote {vote} opened").format(vote=e.vote_no)

    def _VoterMarked(self, _b, a, e) -> str:  # noqa: N802
        # a secret ballot: neither how nor who, so that no screen shows the order of voting (state.Vote.voters)
        voted = len(a.vote.voters) if a.vote else 0
        return self.tr("Vote {vote}: a secret ballot was cast ({voted} of {total})").format(
            vote=e.vote_no, voted=voted, total=len(a.panel()))

    def _BallotCast(self, _b, a, e) -> str:  # noqa: N802
        return self.tr("Vote {vote}: {name} voted openly").format(vote=e.vote_no, name=self._name(a, e.member_id))

    def _VoteAnnulled(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Vote {vote} was annulled").format(vote=e.vote_no)

    def _BallotsRevealed(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Vote {vote}: the ballots were revealed").format(vote=e.vote_no)

    def _VerdictDeclared(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Verdict announced: guilty") if e.verdict == "guilty" else self.tr("Verdict announced: not guilty")

    def _HungJuryDeclared(self, *_) -> str:  # noqa: N802
        return self.tr("The jury could not agree (hung jury)")

    def _SentenceRoundVoted(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Sentencing vote, round {round}").format(round=e.round_no)

    def _SentenceDeclared(self, _b, _a, e) -> str:  # noqa: N802
        return self.tr("Sentence announced: {sentence}").format(sentence=e.text)

    # --- anytime ---------------------------------------------------------------------------

    def _NoteAdded(self, *_) -> str:  # noqa: N802
        return self.tr("A note was added")

    def _NoteWithdrawn(self, *_) -> str:  # noqa: N802
        return self.tr("A note was withdrawn")

    def _SessionClosed(self, *_) -> str:  # noqa: N802
        return self.tr("The session was closed")
