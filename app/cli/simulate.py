"""`alqa simulate SESSION` and `alqa simulate --generated N --guilty K`: the what-if lab, headless.

Reproducible from `--seed`. A bad scenario or class exits 2 with a message naming it; a session file
that cannot be read exits 1. See docs/what-if.md.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli import EXIT_OK, EXIT_USAGE, Cli
from app.core.lang import LANGS


def register(sub) -> None:
    parser = sub.add_parser("simulate", help=Cli.tr("what if another court, panel or rule had decided?"),
                            description=Cli.tr("Fits a model of who moved whom to a session and replays its "
                                               "deliberation under other panels and rules, or gives the verdict "
                                               "odds of a generated class. See docs/what-if.md."))
    parser.add_argument("session", nargs="?", help=Cli.tr("a session file, or its name in the data folder"))
    parser.add_argument("--scenario", action="append", default=[], metavar="WHAT",
                        help=Cli.tr("no-judges, panel=1+10, rule=MODEL, stubborn=X, equal-talk, open or secret; "
                                    "commas combine switches, repeat for more scenarios"))
    parser.add_argument("--runs", type=int, default=2000, help=Cli.tr("Monte Carlo runs per scenario"))
    parser.add_argument("--seed", type=int, default=0, help=Cli.tr("random seed: the same seed gives the same result"))
    parser.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    parser.add_argument("--generated", type=int, metavar="N", help=Cli.tr("a generated class of N members"))
    parser.add_argument("--guilty", type=int, default=0, metavar="K", help=Cli.tr("members of the generated class who start at guilty"))
    parser.add_argument("--undecided", type=int, default=0, metavar="U", help=Cli.tr("members who start undecided"))
    parser.add_argument("--model", help=Cli.tr("one court model id (default: every model)"))
    parser.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=Cli.tr("language of the sentences"))
    parser.set_defaults(func=simulate_command)


def simulate_command(args) -> int:
    from app import i18n
    from app.core.errors import DataError

    try:
        if args.generated is not None:
            out = _generated(args)
        elif args.session:
            out = _session(args)
        else:
            print(Cli.tr("Name a session, or give --generated N --guilty K."), file=sys.stderr)
            return EXIT_USAGE
    except DataError as exc:  # a bad scenario, class or number: usage
        print(i18n.text(exc.msg), file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        _print(out)
    return EXIT_OK


def _models(model_id: str | None) -> list:
    from app.core.errors import DataError
    from app.core.lang import Msg
    from app.store.library import with_variants

    models = with_variants()
    if model_id is None:
        return models
    chosen = [m for m in models if m.id == model_id]
    if not chosen:
        raise DataError(Msg.of("simulate.unknown_rule", model=model_id))
    return chosen


def _scenarios(raw: list[str]) -> list:
    """The class as it deliberated, then one scenario per --scenario (commas combine switches in one)."""
    from app.core.simulate import Scenario, parse_scenario

    out = [Scenario()]
    for value in raw:
        scenario = parse_scenario([t for t in value.split(",") if t.strip()] or [value])
        if scenario not in out:
            out.append(scenario)
    return out


def _generated(args) -> dict:
    from app.core.errors import DataError
    from app.core.faction import DEFAULT, generated_class
    from app.core.lang import Msg

    if args.runs < 1:
        raise DataError(Msg.of("simulate.bad_runs", limit=200_000))
    models = _models(args.model)
    odds = generated_class(args.generated, args.guilty, args.undecided, tuple(models))
    return {"class": {"members": args.generated, "guilty": args.guilty, "undecided": args.undecided,
                      "not_guilty": args.generated - args.guilty - args.undecided},
            "method": "faction", "seed": args.seed,
            "parameters": {"steepness": DEFAULT.steepness, "balance": DEFAULT.balance,
                           "reconsider": DEFAULT.reconsider, "rounds": DEFAULT.rounds},
            "models": [{"model": o.model_id, "p": o.p(), "rounds": o.rounds} for o in odds]}


def _session(args) -> dict:
    from app import i18n
    from app.core.simulate import sentences, what_if
    from app.store.live import LiveSession
    from app.store.sessions import resolve

    scenarios = _scenarios(args.scenario)
    models = _models(args.model)
    for scenario in scenarios:
        if scenario.rule is not None:
            _models(scenario.rule)
    path = resolve(args.session)
    with LiveSession.open(path, readonly=True) as live:
        state = live.state
    lab = what_if(state, scenarios, models, runs=args.runs, seed=args.seed)
    lang = i18n.current()
    names = {m.id: m.names.pick(lang) for m in models}
    out: dict = {"session": str(path), "seed": args.seed, "runs": args.runs,
                 "method": "network" if lab.fit is not None else "faction",
                 "missing": i18n.text(lab.missing) if lab.missing else None,
                 "own_verdict": lab.own_verdict}
    if lab.fit is not None:
        fit = lab.fit
        out["fit"] = {"error": round(fit.error, 4), "reports_only_error": round(fit.prior_error, 4),
                      "quality": fit.quality, "judges_share": round(fit.judges_share, 4),
                      "members": [{"member": m, "role": r, "power": round(float(p), 4),
                                   "susceptibility": round(float(s), 4)}
                                  for m, r, p, s in zip(fit.panel.members, fit.panel.roles, fit.power,
                                                        fit.susceptibility, strict=True)]}
    out["scenarios"] = [{
        "scenario": i18n.text(r.scenario.label()), "judges": r.judges, "jurors": r.jurors,
        "judges_share": round(r.judges_share, 4), "seat_share": round(r.seat_share, 4),
        "notes": [i18n.text(n) for n in r.notes],
        "models": [{"model": o.model_id, "p": {k: round(v, 4) for k, v in o.p.items()},
                    "low": {k: round(v, 4) for k, v in o.low.items()},
                    "high": {k: round(v, 4) for k, v in o.high.items()},
                    "rounds": None if o.rounds is None else round(o.rounds, 2)} for o in r.odds]}
        for r in lab.results]
    out["sentences"] = [i18n.text(m) for m in sentences(lab, names)]
    return out


def _print(out: dict) -> None:
    if "class" in out:
        c = out["class"]
        print(Cli.tr("A class of {n}: {guilty} guilty, {not_guilty} not guilty, {undecided} undecided at the start.")
              .format(n=c["members"], guilty=c["guilty"], not_guilty=c["not_guilty"], undecided=c["undecided"]))
        rows = [(m["model"] or "-", m["p"]) for m in out["models"]]
    else:
        for sentence in out["sentences"]:
            print(sentence)
        print()
        rows = [(f"{s['scenario']} | {m['model']}", m["p"]) for s in out["scenarios"] for m in s["models"]]
    if not rows:
        return
    width = max(len(name) for name, _ in rows)
    heads = (Cli.tr("guilty"), Cli.tr("not guilty"), Cli.tr("no verdict"))  # lupdate reads no f-string
    print(f"{'':<{width}}  {heads[0]:>10} {heads[1]:>10} {heads[2]:>10}")
    for name, p in rows:
        print(f"{name:<{width}}  {p['guilty']:>10.1%} {p['not_guilty']:>10.1%} {p['hung']:>10.1%}")
