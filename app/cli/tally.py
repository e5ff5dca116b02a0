"""`alqa tally --model ID`: the verdict engine on a request read from standard input, answered as JSON.

The request and answer formats are documented in docs/court-models.md. A request that is not
JSON or not shaped like a request exits 2; a ballot the court does not allow exits 1 (the
message names the ballot); the answer is printed only when the whole request was accepted.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli import EXIT_OK, EXIT_USAGE, Cli
from app.core.lang import LANGS, Msg


class BadRequest(Exception):
    """The request is not JSON, or not shaped like a tally request (exit 2)."""

    def __init__(self, key: str, **params: Any):
        super().__init__(key)
        self.msg = Msg.of(key, **params)


def register(sub) -> None:
    parser = sub.add_parser("tally", help=Cli.tr("count ballots under a court model (request on standard input)"),
                            description=Cli.tr("Reads a tally request as JSON on standard input and prints the "
                                           "verdict engine's answer as JSON. See docs/court-models.md."))
    parser.add_argument("--model", required=True, help=Cli.tr("the court model id, e.g. kz-2010 or ru/district"))
    parser.add_argument("--compare", action="store_true", help=Cli.tr("also say what every other court would decide"))
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=Cli.tr("language of the rule sentence"))
    parser.set_defaults(func=tally_command)


def tally_command(args) -> int:
    from app import i18n
    from app.store.library import find_model

    model = find_model(args.model)
    try:
        request = parse_request(sys.stdin.read())
    except BadRequest as exc:
        print(i18n.text(exc.msg), file=sys.stderr)
        return EXIT_USAGE
    print(json.dumps(answer(model, request, compare=args.compare), ensure_ascii=False, indent=2))
    return EXIT_OK


def answer(model, request: dict, *, compare: bool = False) -> dict:
    """The engine's answer to a parsed request, as the JSON object `alqa tally` prints."""
    from app import i18n
    from app.core.compare import compare as compare_courts
    from app.core.sentencing import sentence
    from app.core.verdict import decide, questions_in_order
    from app.store.library import builtin_models

    questions = questions_in_order(model, request["ids"], request["kinds"])
    ballots = request["ballots"]
    when = {"minutes": request["minutes"], "jurors_sitting": request["jurors_sitting"]}
    out = _outcome_json(decide(model, questions, ballots, **when))
    if compare or request["compare"]:
        others = compare_courts(model, questions, ballots, builtin_models(), **when)
        out["others"] = [{"model": c.model.id, "name": c.model.names.pick(i18n.current()),
                          **_outcome_json(c.outcome), "mapping": i18n.text(c.mapping),
                          "notes": [i18n.text(n) for n in c.notes]} for c in others]
    if request["sentencing"] is not None:
        result = sentence(model, request["sentencing"], jurors_sitting=request["jurors_sitting"])
        out["sentence"] = {"status": result.status, "penalty": result.penalty.to_json() if result.penalty else None,
                           "round": result.round, "rule": i18n.text(result.rule)}
    out["model"] = model.id
    return out


def _outcome_json(outcome) -> dict:
    from app import i18n

    return {"verdict": outcome.verdict, "status": outcome.status,
            "questions": [{"id": r.id, "kind": r.kind, "answer": r.answer, "yes": r.yes, "no": r.no,
                           "blank": r.blank} for r in outcome.questions],
            "rule": i18n.text(outcome.rule)}


def parse_request(raw: str) -> dict:
    """Check the request's shape; the court's own rules are checked by the engine."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadRequest("tally.bad_json", reason=exc.msg, line=exc.lineno, column=exc.colno) from exc
    if not isinstance(data, dict):
        raise BadRequest("tally.not_an_object")
    minutes = data.get("minutes")
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int | float) or minutes < 0):
        raise BadRequest("tally.bad_minutes")
    sitting = data.get("jurors_sitting")
    if sitting is not None and (isinstance(sitting, bool) or not isinstance(sitting, int)):
        raise BadRequest("tally.bad_sitting")
    if not isinstance(data.get("compare", False), bool):
        raise BadRequest("tally.bad_compare")
    ids, kinds, ballots = _questions(data.get("questions", []))
    return {"minutes": minutes, "jurors_sitting": sitting, "compare": data.get("compare", False),
            "ids": ids, "kinds": kinds, "ballots": ballots, "sentencing": _sentencing(data.get("sentencing"))}


def _questions(raw: Any) -> tuple[list[str], list[str | None], dict]:
    from app.core.verdict import Ballot

    if not isinstance(raw, list):
        raise BadRequest("tally.bad_questions")
    ids: list[str] = []
    kinds: list[str | None] = []
    ballots: dict[str, list] = {}
    for index, question in enumerate(raw, start=1):
        if not isinstance(question, dict) or not isinstance(question.get("id"), str) or not question["id"] \
                or not isinstance(question.get("ballots", []), list) \
                or not isinstance(question.get("kind") or "", str):
            raise BadRequest("tally.bad_question", index=index)
        qid = question["id"]
        ids.append(qid)
        kinds.append(question.get("kind") or None)
        cast = []
        for number, ballot in enumerate(question.get("ballots", []), start=1):
            if not isinstance(ballot, dict) or not isinstance(ballot.get("role"), str) \
                    or not isinstance(ballot.get("answer"), str):
                raise BadRequest("tally.bad_ballot", index=number, question=qid)
            cast.append(Ballot(ballot["role"], ballot["answer"]))
        ballots[qid] = cast
    return ids, kinds, ballots


def _sentencing(raw: Any) -> list | None:
    from app.core.sentencing import Penalty, SentenceBallot

    if raw is None:
        return None
    rounds = raw.get("rounds") if isinstance(raw, dict) else None
    if not isinstance(rounds, list) or any(not isinstance(r, list) for r in rounds):
        raise BadRequest("tally.bad_sentencing")
    out = []
    for no, ballots in enumerate(rounds, start=1):
        cast = []
        for index, ballot in enumerate(ballots, start=1):
            if not isinstance(ballot, dict) or not isinstance(ballot.get("role"), str) \
                    or not isinstance(ballot.get("penalty"), int | float | str | None):
                raise BadRequest("tally.bad_sentence_ballot", index=index, round=no)
            penalty = ballot.get("penalty")
            cast.append(SentenceBallot(ballot["role"], None if penalty is None else Penalty.parse(penalty)))
        out.append(cast)
    return out
