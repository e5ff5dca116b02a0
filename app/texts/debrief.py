"""Words of the debrief questions: each question, its answers with the session's numbers, and
what research says (spec/influence.md, section 6)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    "debrief.verdict.guilty": QT_TRANSLATE_NOOP("Msg", "guilty"),
    "debrief.verdict.not_guilty": QT_TRANSLATE_NOOP("Msg", "not guilty"),
    "debrief.verdict.none": QT_TRANSLATE_NOOP("Msg", "no verdict"),

    "debrief.first_check.question": QT_TRANSLATE_NOOP("Msg", "Did the first stance check already decide the verdict?"),
    "debrief.first_check.none": QT_TRANSLATE_NOOP("Msg", "No stance check was revealed, so there is nothing to compare."),
    "debrief.first_check.split": QT_TRANSLATE_NOOP(
        "Msg", "At the first stance check: guilty {guilty}, not guilty {not_guilty}, undecided {undecided}."),
    "debrief.first_check.no_verdict": QT_TRANSLATE_NOOP("Msg", "There is no verdict yet to set it against."),
    "debrief.first_check.yes": QT_TRANSLATE_NOOP(
        "Msg", "Yes: the verdict ({verdict}) went the way of that first majority."),
    "debrief.first_check.no": QT_TRANSLATE_NOOP(
        "Msg", "No: the first majority leaned to {first}, but the verdict was {verdict}. Deliberation changed the outcome."),
    "debrief.first_check.tied": QT_TRANSLATE_NOOP(
        "Msg", "The first check was evenly split; deliberation alone decided the verdict ({verdict})."),
    "debrief.first_check.same_place": QT_TRANSLATE_NOOP(
        "Msg", "Members who ended where they began: {same} of {members}."),
    "debrief.first_check.anchor": QT_TRANSLATE_NOOP(
        "Msg", "In real juries the majority of the first ballot wins about 9 times in 10 (Kalven and Zeisel). Is deliberation real, or does it confirm the first impression?"),

    "debrief.talk.question": QT_TRANSLATE_NOOP("Msg", "Did everyone speak, and who spoke most?"),
    "debrief.talk.none": QT_TRANSLATE_NOOP("Msg", "No talk time was recorded in deliberation."),
    "debrief.talk.spoke": QT_TRANSLATE_NOOP("Msg", "Members of the panel who spoke: {spoke} of {members}."),
    "debrief.talk.top": QT_TRANSLATE_NOOP(
        "Msg", "{name} spoke most: {share}% of all talk time (about {minutes} min), where an equal share would be {equal}%."),
    "debrief.talk.silent": QT_TRANSLATE_NOOP("Msg", "Did not speak: {names}."),
    "debrief.talk.gini": QT_TRANSLATE_NOOP(
        "Msg", "Inequality of talk time (Gini): {gini}, where 0 means everyone spoke equally and 1 that one voice took it all."),
    "debrief.talk.anchor": QT_TRANSLATE_NOOP(
        "Msg", "In real juries the foreperson talks about three times as much as the average juror, and status predicts who talks. Did each juror have a voice?"),

    "debrief.judges.question": QT_TRANSLATE_NOOP("Msg", "Did the judges sway the jurors?"),
    "debrief.judges.apart": QT_TRANSLATE_NOOP(
        "Msg", "In this court the judges did not deliberate with the jurors, so they could not sway them in the room."),
    "debrief.judges.no_influence": QT_TRANSLATE_NOOP(
        "Msg", "The judges held {seats}% of the seats, but no influence on the jurors was reported or seen."),
    "debrief.judges.share": QT_TRANSLATE_NOOP(
        "Msg", "The judges held {seats}% of the seats and gave {share}% of all the influence on the jurors."),
    "debrief.judges.named": QT_TRANSLATE_NOOP("Msg", "Jurors who named a judge as someone who moved them: {named} of {jurors}."),
    "debrief.judges.heavy": QT_TRANSLATE_NOOP(
        "Msg", "The judges weighed far more than their seats: the officials' sway the essay fears."),
    "debrief.judges.fair": QT_TRANSLATE_NOOP("Msg", "The judges weighed about as much as their seats."),
    "debrief.judges.light": QT_TRANSLATE_NOOP("Msg", "The judges weighed less than their seats: the jurors kept their own counsel."),
    "debrief.judges.anchor": QT_TRANSLATE_NOOP(
        "Msg", "Studies of mixed courts in Germany, Croatia and Japan find that professional judges often lead the talk and the outcome. Kazakhstan went from 2 judges with 9 jurors to 1 judge with 10."),

    "debrief.other_courts.question": QT_TRANSLATE_NOOP("Msg", "Would another court have decided otherwise?"),
    "debrief.other_courts.none": QT_TRANSLATE_NOOP("Msg", "No verdict was reached on revealed ballots, so there is nothing to compare."),
    "debrief.other_courts.same": QT_TRANSLATE_NOOP(
        "Msg", "Every other court model ({courts}) would have reached the same result on the same ballots."),
    "debrief.other_courts.differ": QT_TRANSLATE_NOOP(
        "Msg", "Other court models that would have decided otherwise on the same ballots: {differ} of {courts}."),
    "debrief.other_courts.one": QT_TRANSLATE_NOOP("Msg", "{court}: {verdict}."),
    "debrief.other_courts.anchor": QT_TRANSLATE_NOOP(
        "Msg", "Majority rules shorten deliberation and leave holdouts unheard; unanimity protects the accused but hangs more juries. Which design would you choose?"),

    "debrief.conformity.question": QT_TRANSLATE_NOOP("Msg", "Did everyone vote what they last said they thought?"),
    "debrief.conformity.none": QT_TRANSLATE_NOOP("Msg", "There is no verdict, or no stance check, to compare."),
    "debrief.conformity.apart": QT_TRANSLATE_NOOP(
        "Msg", "Members whose last stance did not match the verdict ({verdict}): {apart} of {members}."),
    "debrief.conformity.anchor": QT_TRANSLATE_NOOP(
        "Msg", "In real juries more than a third of jurors privately disagree with their verdict. Voice or conformity?"),

    "debrief.doubt.question": QT_TRANSLATE_NOOP("Msg", "Did doubt have an edge?"),
    "debrief.doubt.none": QT_TRANSLATE_NOOP("Msg", "No round began with the panel split between guilty and not guilty."),
    "debrief.doubt.gains": QT_TRANSLATE_NOOP(
        "Msg", "Rounds that began split: {splits}. After them, members gained by not guilty: {acquit}; by guilty: {convict}."),
    "debrief.doubt.acquit": QT_TRANSLATE_NOOP("Msg", "Doubt had the edge, as the presumption of innocence wants."),
    "debrief.doubt.convict": QT_TRANSLATE_NOOP("Msg", "The guilty side had the edge."),
    "debrief.doubt.even": QT_TRANSLATE_NOOP("Msg", "Neither side had the edge."),
    "debrief.doubt.anchor": QT_TRANSLATE_NOOP(
        "Msg", "Evenly split juries acquit several times as often as they convict (MacCoun and Kerr): reasonable doubt is easier to argue."),

    "debrief.time.question": QT_TRANSLATE_NOOP("Msg", "How long did it take?"),
    "debrief.time.parts": QT_TRANSLATE_NOOP(
        "Msg", "Trial: {trial} min. Deliberation: {deliberation} min (rounds: {rounds}). Votes taken: {votes}."),
    "debrief.time.session": QT_TRANSLATE_NOOP("Msg", "The whole session, from the first step to the last: {minutes} min."),
    "debrief.time.anchor": QT_TRANSLATE_NOOP(
        "Msg", "In England and Wales a majority verdict is taken only after at least two hours; about 0.4% of juries hang there, about 6% in the US. Is a jury worth its cost in time?"),
}
