"""Words of the what-if lab (app/core/simulate.py, app/core/faction.py): errors, labels, read-aloud sentences."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    # what the network model lacks
    "simulate.no_stances": QT_TRANSLATE_NOOP(
        "Msg", "No stance check yet: the what-if lab needs the members' stances from at least two checks."),
    "simulate.one_member": QT_TRANSLATE_NOOP(
        "Msg", "Only one member has given a stance: the what-if lab needs at least two members to learn who moved whom."),
    "simulate.one_check": QT_TRANSLATE_NOOP(
        "Msg", "Only one stance check so far: the what-if lab needs a second check to see who moved whom."),
    "simulate.no_jurors": QT_TRANSLATE_NOOP(
        "Msg", "No juror has given a stance, so Alqa cannot build a panel of jurors from this class."),
    "simulate.say.faction_used": QT_TRANSLATE_NOOP(
        "Msg", "Until then, the results below come from the faction model: the opening split and what juries usually do with it."),
    # bad input
    "simulate.bad_scenario": QT_TRANSLATE_NOOP(
        "Msg", "Unknown scenario \u201c{scenario}\u201d. Use no-judges, panel=J+L (for example 1+10), rule=MODEL, stubborn=X, equal-talk, open or secret."),
    "simulate.bad_panel": QT_TRANSLATE_NOOP(
        "Msg", "\u201c{panel}\u201d is not a panel: write judges+jurors, with at least one juror and at most {limit} members."),
    "simulate.bad_stubborn": QT_TRANSLATE_NOOP(
        "Msg", "Stubbornness must be a number from 0 to 10, not \u201c{value}\u201d."),
    "simulate.bad_runs": QT_TRANSLATE_NOOP(
        "Msg", "The number of runs must be a whole number from 1 to {limit}."),
    "simulate.unknown_rule": QT_TRANSLATE_NOOP(
        "Msg", "There is no court model \u201c{model}\u201d."),
    "simulate.bad_split": QT_TRANSLATE_NOOP(
        "Msg", "The opening split must be whole numbers of zero or more: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}."),
    "simulate.empty_class": QT_TRANSLATE_NOOP(
        "Msg", "The class needs at least one member."),
    "simulate.class_too_large": QT_TRANSLATE_NOOP(
        "Msg", "A class of {n} is too large for the faction model; at most {limit} members."),
    "simulate.bad_generated": QT_TRANSLATE_NOOP(
        "Msg", "A class of {n} cannot have {guilty} members at guilty and {undecided} undecided: the numbers must be whole, zero or more, and add up to at most the class."),
    # scenario labels (quoted inside sentences)
    "simulate.scenario.as_is": QT_TRANSLATE_NOOP("Msg", "as your class deliberated"),
    "simulate.scenario.no_judges": QT_TRANSLATE_NOOP("Msg", "without the judges"),
    "simulate.scenario.panel": QT_TRANSLATE_NOOP("Msg", "judges: {judges}, jurors: {jurors}"),
    "simulate.scenario.stubborn": QT_TRANSLATE_NOOP("Msg", "stubbornness \u00d7{factor}"),
    "simulate.scenario.equal_talk": QT_TRANSLATE_NOOP("Msg", "equal talk time"),
    "simulate.scenario.open": QT_TRANSLATE_NOOP("Msg", "open stance checks"),
    "simulate.scenario.secret": QT_TRANSLATE_NOOP("Msg", "secret stance checks"),
    "simulate.scenario.and": QT_TRANSLATE_NOOP("Msg", "{first}; {second}"),
    "simulate.verdict.guilty": QT_TRANSLATE_NOOP("Msg", "guilty"),
    "simulate.verdict.not_guilty": QT_TRANSLATE_NOOP("Msg", "not guilty"),
    "simulate.verdict.hung": QT_TRANSLATE_NOOP("Msg", "no verdict"),
    # how sure the model is
    "simulate.fit.good": QT_TRANSLATE_NOOP(
        "Msg", "The model explains your class's stance changes well (average error {error} on the scale from \u22121 to +1)."),
    "simulate.fit.fair": QT_TRANSLATE_NOOP(
        "Msg", "The model explains your class's stance changes only roughly (average error {error} on the scale from \u22121 to +1)."),
    "simulate.fit.poor": QT_TRANSLATE_NOOP(
        "Msg", "The model explains your class's stance changes poorly (average error {error} on the scale from \u22121 to +1): read these results with care."),
    # one sentence per result
    "simulate.say.guilty": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, the panel would most likely have convicted ({percent} %, 95 % interval {low}\u2013{high} %)."),
    "simulate.say.not_guilty": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, the panel would most likely have acquitted ({percent} %, 95 % interval {low}\u2013{high} %)."),
    "simulate.say.hung": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, the panel would most likely have reached no verdict ({percent} %, 95 % interval {low}\u2013{high} %)."),
    "simulate.say.faction_guilty": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, a panel that opens with your class's split usually convicts ({percent} %)."),
    "simulate.say.faction_not_guilty": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, a panel that opens with your class's split usually acquits ({percent} %)."),
    "simulate.say.faction_hung": QT_TRANSLATE_NOOP(
        "Msg", "In the scenario \u201c{scenario}\u201d, under {court}, a panel that opens with your class's split most often reaches no verdict ({percent} %)."),
    "simulate.say.own_verdict": QT_TRANSLATE_NOOP(
        "Msg", "Your class's own verdict, {verdict}, comes out in {percent} % of the runs."),
    "simulate.say.rounds": QT_TRANSLATE_NOOP(
        "Msg", "On average the panel would have needed {rounds} rounds to reach the court's rule."),
    "simulate.say.judges_share": QT_TRANSLATE_NOOP(
        "Msg", "The judges hold {share} % of the final positions, against {seats} % of the seats."),
    # notes on a scenario
    "simulate.note.judge_copied": QT_TRANSLATE_NOOP(
        "Msg", "Your class had no judges: each added judge is a copy of a juror drawn at random, because the model knows nothing about how a judge would act in your class."),
    "simulate.note.members_sampled": QT_TRANSLATE_NOOP(
        "Msg", "This panel is smaller than your class's: in each run its members are drawn at random from yours."),
    "simulate.note.members_copied": QT_TRANSLATE_NOOP(
        "Msg", "This panel is larger than your class's: in each run the extra members are copies of members drawn at random."),
    "simulate.note.open_already": QT_TRANSLATE_NOOP(
        "Msg", "Your class already checked stances openly, so open checks give the same as your class."),
    "simulate.note.secret_from_open": QT_TRANSLATE_NOOP(
        "Msg", "Your class checked stances openly; the model cannot tell conformity from persuasion, so secret checks give the same as your class."),
    "simulate.note.nobody_spoke": QT_TRANSLATE_NOOP(
        "Msg", "No talk time was recorded, so equal talk time changes nothing."),
}
