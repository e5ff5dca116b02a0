"""`alqa models list|show`: the court models, and one model's rules with their sources."""

from __future__ import annotations

import argparse
import json

from app.cli import EXIT_OK, Cli
from app.core.lang import LANGS


def register(sub) -> None:
    parser = sub.add_parser("models", help=Cli.tr("list the court models or show one model's rules"))
    actions = parser.add_subparsers(dest="action", required=True)
    lst = actions.add_parser("list", help=Cli.tr("list the court models and their variants"))
    lst.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    lst.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=Cli.tr("language of the names"))
    lst.set_defaults(func=list_command)
    show = actions.add_parser("show", help=Cli.tr("show a court model's rules with their sources"))
    show.add_argument("model", help=Cli.tr("the model id, e.g. kz-2007 or ru/district"))
    show.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    show.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help=Cli.tr("language of the rules"))
    show.set_defaults(func=show_command)


def list_command(args) -> int:
    from app import i18n
    from app.store.library import with_variants

    lang = i18n.current()
    rows = [{"id": m.id, "name": m.names.pick(lang)} for m in with_variants()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max(len(r["id"]) for r in rows)
    for row in rows:
        print(f"{row['id']:<{width}}  {row['name']}")
    return EXIT_OK


def show_command(args) -> int:
    from app import i18n
    from app.core.describe import describe
    from app.store.library import find_model

    model = find_model(args.model)
    lang = i18n.current()
    rules = [{"id": r.id, "text": r.text.pick(lang), "source": r.source, "unverified": r.unverified}
             for r in model.rules]
    variants = [{"id": f"{model.id}/{v}", "name": model.variant(v).names.pick(lang)} for v in model.variants]
    described = [i18n.text(m) for m in describe(model)]
    if args.json:
        print(json.dumps({"id": model.id, "name": model.names.pick(lang), "description": described, "rules": rules,
                          "variants": variants}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{model.id}: {model.names.pick(lang)}")
    print()
    for sentence in described:
        print(sentence)
    print()
    print(Cli.tr("Rules and their sources:"))
    for rule in rules:
        print(f"- {rule['text']}")
        line = Cli.tr("Source: {source}").format(source=rule["source"])
        print(f"  {line}")
        if rule["unverified"]:
            print("  " + Cli.tr("Not confirmed in a source: check before relying on it."))
    if variants:
        print()
        print(Cli.tr("Variants:"))
        for variant in variants:
            print(f"- {variant['id']}: {variant['name']}")
    return EXIT_OK
