"""Words for court models, the verdict engine, sentencing, comparisons and `alqa tally`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT = {
    # court model files (app/core/court.py, app/core/sentencing.py)
    "model.not_a_model": QT_TRANSLATE_NOOP("Msg", "This is not an Alqa court model file."),
    "model.newer_format": QT_TRANSLATE_NOOP(
        "Msg", "This court model is in format {version}, made by a newer Alqa (this one reads up to {supported}). "
               "Update Alqa to use it; the file is unchanged."),
    "model.unreadable": QT_TRANSLATE_NOOP(
        "Msg", "The court model file {path} could not be read ({reason}). Check that it is a UTF-8 JSON file."),
    "model.section_expected": QT_TRANSLATE_NOOP("Msg", "The court model needs \"{field}\", written as shown in the format."),
    "model.text_expected": QT_TRANSLATE_NOOP("Msg", "\"{field}\" in the court model must be a text."),
    "model.not_a_number": QT_TRANSLATE_NOOP("Msg", "\"{field}\" in the court model must be a whole number."),
    "model.too_small": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\" in the court model is {value}; it must be at least {minimum}."),
    "model.too_large": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\" in the court model is {value}; it can be at most {maximum}."),
    "model.bad_choice": QT_TRANSLATE_NOOP(
        "Msg", "\"{value}\" is not allowed in \"{field}\" of the court model. Use one of: {allowed}."),
    "model.stages_out_of_order": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\": the first decision stage starts at 0 minutes and each later one later than the one before."),
    "model.majority_too_large": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\" asks for {need} votes, but the panel has only {panel}. Lower the majority or add seats."),
    "model.never_decides": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\": with {voters} voters this court could never reach a verdict, not even a unanimous one. "
               "Lower the majority or change who must be in it."),
    "model.thresholds_overlap": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\": with {voters} voters, {against} votes against the accused and {favour} for them could "
               "both carry at once. The two majorities must add up to more than the panel."),
    "model.gap_without_hung": QT_TRANSLATE_NOOP(
        "Msg", "\"{field}\": with {voters} voters, {yes} yes, {no} no and {blank} blank would decide nothing, but "
               "this court has no hung jury. Set \"decision.hung\" to true, or let anything short of the majority "
               "favour the accused (\"favour\": \"rest\")."),
    "model.unknown_variant": QT_TRANSLATE_NOOP("Msg", "The court model {model} has no variant \"{variant}\"."),
    "models.unknown": QT_TRANSLATE_NOOP("Msg", "There is no court model \"{id}\". Known models: {known}."),
    "models.bad_custom_id": QT_TRANSLATE_NOOP(
        "Msg", "\"{id}\" cannot name your own court model: use up to 40 small Latin letters, digits and dashes, "
               "and not the id of a built-in model."),
    # ballots the court does not allow (app/core/verdict.py)
    "ballot.bad_role": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} has the role \"{value}\"; a ballot's role is judge or juror."),
    "ballot.bad_answer": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} answers \"{value}\"; the answer is yes, no or blank."),
    "ballot.judge_not_voting": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} is a judge's, but in this court the jurors decide alone."),
    "ballot.juror_not_voting": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} is a juror's, but in this court jurors do not vote on it."),
    "ballot.blank_refused": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} is blank, but in this court nobody may abstain: "
               "the ballot must be cast again, yes or no."),
    "ballot.too_many_judges": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} is one judge's ballot too many: {seats} judges vote here."),
    "ballot.too_many_jurors": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} is one juror's ballot too many: {seats} jurors are sitting."),
    # what the engine is asked (app/core/verdict.py)
    "verdict.bad_minutes": QT_TRANSLATE_NOOP("Msg", "\"{value}\" is not a time: give the minutes of deliberation, 0 or more."),
    "verdict.bad_sitting": QT_TRANSLATE_NOOP(
        "Msg", "\"{value}\" jurors cannot be sitting: this court has seats for {seats}."),
    "verdict.duplicate_question": QT_TRANSLATE_NOOP("Msg", "The question {question} is put twice."),
    "verdict.question_not_put": QT_TRANSLATE_NOOP(
        "Msg", "The question {question} is of the kind \"{kind}\", which this court does not put. It puts: {allowed}."),
    "verdict.unknown_question": QT_TRANSLATE_NOOP("Msg", "There are ballots for {question}, but no such question was put."),
    # the rule that decided (app/core/verdict.py)
    "verdict.no_questions": QT_TRANSLATE_NOOP("Msg", "No verdict yet: no question has been put to the panel."),
    "verdict.void": QT_TRANSLATE_NOOP(
        "Msg", "The trial is void: {sitting} jurors are left and this court needs {minimum}; selection starts again."),
    "verdict.discharged": QT_TRANSLATE_NOOP(
        "Msg", "The jury is discharged: {sitting} jurors are left and this court needs at least {minimum}; "
               "the case is tried again."),
    "verdict.guilty": QT_TRANSLATE_NOOP(
        "Msg", "Guilty: {need} of {voters} votes were needed against the accused on every question, and the "
               "closest, question {question}, had {yes}."),
    "verdict.guilty_threshold": QT_TRANSLATE_NOOP(
        "Msg", "Guilty: on every question a majority of at least {need} of {voters} votes answered against the "
               "accused; the count itself is not revealed."),
    "verdict.guilty_unanimous": QT_TRANSLATE_NOOP(
        "Msg", "Guilty: the answer had to be unanimous, and all {voters} votes went against the accused."),
    "verdict.guilty_mixed": QT_TRANSLATE_NOOP(
        "Msg", "Guilty: {need} of {voters} votes were needed against the accused, at least {judges_need} of them "
               "from judges and {lay_need} from lay members; question {question} had {yes}, {judges_yes} "
               "from judges and {lay_yes} from lay members."),
    "verdict.guilty_majority_stated": QT_TRANSLATE_NOOP(
        "Msg", "Guilty by a majority of {yes} to {no} ({need} of {voters} were needed); the foreperson states "
               "these numbers in open court."),
    "verdict.guilty_lenient": QT_TRANSLATE_NOOP(
        "Msg", "Guilty, and the accused deserves leniency: {lenient} of {voters} votes on question {question} "
               "were for leniency, and {need} were enough."),
    "verdict.guilty_lenient_short": QT_TRANSLATE_NOOP(
        "Msg", "Guilty, and the accused deserves leniency: refusing it needed {need} of {voters} votes on "
               "question {question}, and it had {against}."),
    "verdict.guilty_not_lenient": QT_TRANSLATE_NOOP(
        "Msg", "Guilty, without leniency: {against} of {voters} votes on question {question} refused it, and "
               "{need} were needed."),
    "verdict.not_guilty": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: {need} of {voters} votes for the accused on question {question} acquit, and it had "
               "{favour}."),
    "verdict.not_guilty_half": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: half of the votes is enough for the accused, so {need} of {voters} on question "
               "{question} acquit, and it had {favour}."),
    "verdict.not_guilty_unanimous": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: all {voters} votes on question {question} were for the accused."),
    "verdict.not_guilty_majority": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty by a majority of {favour} to {against} ({need} of {voters} were needed); the numbers "
               "need not be stated."),
    "verdict.not_guilty_short": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: {need} of {voters} votes were needed against the accused on question {question}, "
               "and it had {yes}."),
    "verdict.not_guilty_threshold": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: the majority of at least {need} of {voters} votes against the accused was not "
               "reached on question {question}."),
    "verdict.not_guilty_threshold_blank": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: the majority of at least {need} of {voters} votes against the accused was not "
               "reached on question {question}, and blank ballots count for the accused."),
    "verdict.not_guilty_roles": QT_TRANSLATE_NOOP(
        "Msg", "Not guilty: question {question} had {yes} of {voters} votes against the accused ({need} needed), "
               "but at least {judges_need} of them had to come from judges and {lay_need} from lay members, and "
               "{judges_yes} came from judges and {lay_yes} from lay members."),
    "verdict.questions_missing": QT_TRANSLATE_NOOP(
        "Msg", "No verdict yet: every answer up to question {question} went against the accused, and main "
               "questions still to be put: {missing}."),
    "verdict.waiting": QT_TRANSLATE_NOOP(
        "Msg", "No verdict yet: question {question} has {cast} of {voters} ballots, and {missing} are still to come."),
    "verdict.deliberate_unanimous": QT_TRANSLATE_NOOP(
        "Msg", "No verdict yet: until {from_minutes} minutes of deliberation only a unanimous answer is accepted, "
               "and question {question} stands at {yes} to {no}. Deliberate on."),
    "verdict.deliberate": QT_TRANSLATE_NOOP(
        "Msg", "No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are "
               "needed; from {from_minutes} minutes of deliberation {next_need} will be enough. Deliberate on."),
    "verdict.hung": QT_TRANSLATE_NOOP(
        "Msg", "No verdict: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed "
               "either way. The jury may deliberate on, or the judge may discharge it as a hung jury and the case "
               "may be tried again."),
    "verdict.open": QT_TRANSLATE_NOOP(
        "Msg", "No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are "
               "needed. Deliberate on."),
    "verdict.partial_hung": QT_TRANSLATE_NOOP(
        "Msg", "Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of "
               "{voters} votes needed either way: the jury may deliberate on, or be discharged on that charge "
               "and the case tried again on it."),
    "verdict.partial_deliberate": QT_TRANSLATE_NOOP(
        "Msg", "Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of "
               "{voters} votes needed: deliberate on."),
    "verdict.partial_waiting": QT_TRANSLATE_NOOP(
        "Msg", "Partial verdict: guilty on {guilty}. After question {open}, ballots or questions are still to come."),
    # sentencing (app/core/sentencing.py)
    "penalty.prison": QT_TRANSLATE_NOOP("Msg", "{years} years in prison"),
    "penalty.life": QT_TRANSLATE_NOOP("Msg", "life imprisonment"),
    "penalty.death": QT_TRANSLATE_NOOP("Msg", "death"),
    "sentence.bad_penalty": QT_TRANSLATE_NOOP(
        "Msg", "\"{value}\" is not a penalty: give years in prison (a number), \"life\" or \"death\"."),
    "sentence.by_judge": QT_TRANSLATE_NOOP(
        "Msg", "In this court the judge alone passes sentence; the panel does not vote on it."),
    "sentence.bad_role": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} has the role \"{role}\"; a ballot's role is judge or juror."),
    "sentence.judge_not_voting": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} is a judge's, but judges do not vote in this court."),
    "sentence.juror_not_voting": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} is a juror's, but jurors do not vote in this court."),
    "sentence.too_many_judges": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} is one judge's ballot too many: {seats} judges vote here."),
    "sentence.too_many_jurors": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} is one juror's ballot too many: {seats} jurors are sitting."),
    "sentence.above_ceiling": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} proposes {penalty}, but the sentence can now be at most "
               "{ceiling}."),
    "sentence.set_aside": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} proposes {penalty}, but {below} and anything harsher "
               "were set aside after the round before."),
    "sentence.no_votes": QT_TRANSLATE_NOOP("Msg", "No sentencing vote has been held yet."),
    "sentence.no_proposal": QT_TRANSLATE_NOOP("Msg", "No penalty was voted for in round {round}."),
    "sentence.imposed": QT_TRANSLATE_NOOP(
        "Msg", "The sentence is {penalty}: {votes} of {voters} votes were for it, and {need} were needed."),
    "sentence.short": QT_TRANSLATE_NOOP(
        "Msg", "No sentence of {penalty}: it needs {need} of {voters} votes, and it had {votes}."),
    "sentence.short_above": QT_TRANSLATE_NOOP(
        "Msg", "No sentence of {penalty}: more than {years} years in prison needs at least {need} of {voters} "
               "votes, and it had {votes}."),
    "sentence.short_unanimous": QT_TRANSLATE_NOOP(
        "Msg", "No sentence of {penalty}: it needs all {voters} votes, and it had {votes}."),
    "sentence.short_penalty": QT_TRANSLATE_NOOP(
        "Msg", "No sentence of {penalty}: it needs at least {need} of {voters} votes, and it had {votes}."),
    "sentence.capped": QT_TRANSLATE_NOOP(
        "Msg", "A sentence of {penalty} is refused: it needs at least {need} of {voters} votes and had {votes}, so the sentence "
               "can be at most {cap}. Vote again."),
    "sentence.vote_again": QT_TRANSLATE_NOOP(
        "Msg", "No penalty had the {need} of {voters} votes needed in round {round}; round {next} follows."),
    "sentence.drop_harshest": QT_TRANSLATE_NOOP(
        "Msg", "No penalty had the {need} of {voters} votes needed in round {round}; in round {next} the harshest "
               "penalty proposed, {penalty}, is set aside."),
    "sentence.cumulative": QT_TRANSLATE_NOOP(
        "Msg", "The sentence is {penalty}: it had {own} votes, and with the votes for harsher opinions added it "
               "has {votes} of {voters} ({judges} from judges, {lay} from lay members); {need} were needed."),
    # what the other courts would decide (app/core/compare.py)
    "compare.as_cast": QT_TRANSLATE_NOOP("Msg", "The ballots fit this court's panel and count as cast."),
    "compare.judges_left_out": QT_TRANSLATE_NOOP(
        "Msg", "The judges' ballots are left out: in this court jurors decide alone."),
    "compare.judges_left_out_scaled": QT_TRANSLATE_NOOP(
        "Msg", "The judges' ballots are left out, as jurors decide alone in this court, and the {cast} jurors' "
               "ballots count as {seats} jurors' in proportion, halves going to the accused."),
    "compare.jurors_scaled": QT_TRANSLATE_NOOP(
        "Msg", "The {cast} jurors' ballots count as {seats} jurors' in proportion, halves going to the accused."),
    "compare.mixed_scaled": QT_TRANSLATE_NOOP(
        "Msg", "The judges' and the lay members' ballots are each scaled in proportion to this court's seats "
               "(judges: {judges}, lay members: {lay}), halves going to the accused."),
    "compare.mixed_no_judges": QT_TRANSLATE_NOOP(
        "Msg", "No judge voted, so this court's judges ({judges}) are counted as voting like the whole panel, and "
               "the {cast} jurors' ballots count as {lay} lay members', in proportion, halves going to the accused."),
    "compare.general_from_three": QT_TRANSLATE_NOOP(
        "Msg", "This court puts one question per charge; it is answered with the ballots of the main question "
               "least against the accused ({question})."),
    "compare.three_from_general": QT_TRANSLATE_NOOP(
        "Msg", "This court puts three main questions per charge; each is answered with the ballots on the single "
               "question of guilt."),
    "compare.leniency_dropped": QT_TRANSLATE_NOOP("Msg", "This court asks no leniency question; that answer is left out."),
    "compare.leniency_not_asked": QT_TRANSLATE_NOOP(
        "Msg", "This court would also ask about leniency after a guilty answer; there are no ballots for it."),
    "compare.blank_for_accused": QT_TRANSLATE_NOOP(
        "Msg", "This court allows no abstention, so blank ballots count for the accused."),
    # a court in plain words (app/core/describe.py)
    "describe.bench.jury": QT_TRANSLATE_NOOP("Msg", "{lay} jurors deliberate and vote alone, without the judge."),
    "describe.bench.jury_foreperson": QT_TRANSLATE_NOOP(
        "Msg", "{lay} jurors deliberate and vote alone, without the judge, led by a foreperson."),
    "describe.bench.mixed": QT_TRANSLATE_NOOP(
        "Msg", "{judges} judges and {lay} jurors deliberate and vote together, one vote each."),
    "describe.bench.mixed_one_judge": QT_TRANSLATE_NOOP(
        "Msg", "The judge and {lay} jurors deliberate and vote together, one vote each."),
    "describe.bench.mixed_lay_judges": QT_TRANSLATE_NOOP(
        "Msg", "{judges} professional judges and {lay} lay judges deliberate and vote together, one vote each."),
    "describe.bench.mixed_one_judge_lay_judges": QT_TRANSLATE_NOOP(
        "Msg", "One professional judge and {lay} lay judges deliberate and vote together, one vote each."),
    "describe.ballot.secret_none": QT_TRANSLATE_NOOP("Msg", "They vote by secret ballot, in no set order."),
    "describe.ballot.secret_seat": QT_TRANSLATE_NOOP("Msg", "They vote by secret ballot, in seat order."),
    "describe.ballot.secret_seat_foreperson_last": QT_TRANSLATE_NOOP(
        "Msg", "They vote by secret ballot, in seat order, and the foreperson votes last."),
    "describe.ballot.open_none": QT_TRANSLATE_NOOP("Msg", "They vote openly, in no set order."),
    "describe.ballot.open_seat": QT_TRANSLATE_NOOP("Msg", "They vote openly, in seat order."),
    "describe.ballot.open_seat_foreperson_last": QT_TRANSLATE_NOOP(
        "Msg", "They vote openly, in seat order, and the foreperson votes last."),
    "describe.ballot.free_none": QT_TRANSLATE_NOOP(
        "Msg", "The law sets no way or order of voting: the panel chooses how to vote."),
    "describe.ballot.free_seat": QT_TRANSLATE_NOOP("Msg", "The law sets no way of voting; they vote in seat order."),
    "describe.ballot.free_seat_foreperson_last": QT_TRANSLATE_NOOP(
        "Msg", "The law sets no way of voting; they vote in seat order, and the foreperson votes last."),
    "describe.questions.three_main": QT_TRANSLATE_NOOP(
        "Msg", "For each charge they answer three questions: did the act take place, did the accused do it, is "
               "the accused guilty; an answer for the accused on any of them acquits."),
    "describe.questions.three_main_leniency": QT_TRANSLATE_NOOP(
        "Msg", "For each charge they answer three questions: did the act take place, did the accused do it, is "
               "the accused guilty; an answer for the accused on any of them acquits, and after a guilty answer "
               "they decide whether the accused deserves leniency."),
    "describe.questions.general": QT_TRANSLATE_NOOP(
        "Msg", "For each charge they answer one question: is the accused guilty of it."),
    "describe.questions.general_leniency": QT_TRANSLATE_NOOP(
        "Msg", "For each charge they answer one question, is the accused guilty of it, and after a guilty answer "
               "they decide whether the accused deserves leniency."),
    "describe.majority.unanimous": QT_TRANSLATE_NOOP("Msg", "Every answer must be unanimous: all {voters} votes."),
    "describe.majority.unanimous_until": QT_TRANSLATE_NOOP(
        "Msg", "For the first {until} minutes of deliberation only a unanimous answer, all {voters} votes, is "
               "accepted."),
    "describe.majority.unanimous_from": QT_TRANSLATE_NOOP(
        "Msg", "From {minutes} minutes of deliberation on, every answer must be unanimous: all {voters} votes."),
    "describe.majority.same": QT_TRANSLATE_NOOP("Msg", "{need} of {voters} votes decide."),
    "describe.majority.same_until": QT_TRANSLATE_NOOP(
        "Msg", "For the first {until} minutes of deliberation, {need} of {voters} votes decide."),
    "describe.majority.same_from": QT_TRANSLATE_NOOP(
        "Msg", "From {minutes} minutes of deliberation on, {need} of {voters} votes decide."),
    "describe.majority.split": QT_TRANSLATE_NOOP(
        "Msg", "An answer against the accused needs {need} of {voters} votes; {favour} votes are enough for an "
               "answer in the accused's favour."),
    "describe.majority.split_until": QT_TRANSLATE_NOOP(
        "Msg", "For the first {until} minutes of deliberation, an answer against the accused needs {need} of "
               "{voters} votes, and {favour} votes are enough for an answer in the accused's favour."),
    "describe.majority.split_from": QT_TRANSLATE_NOOP(
        "Msg", "From {minutes} minutes of deliberation on, an answer against the accused needs {need} of {voters} "
               "votes, and {favour} votes are enough for an answer in the accused's favour."),
    "describe.majority.rest": QT_TRANSLATE_NOOP(
        "Msg", "An answer against the accused needs at least {need} of {voters} votes; anything less is an answer "
               "in the accused's favour."),
    "describe.majority.rest_until": QT_TRANSLATE_NOOP(
        "Msg", "For the first {until} minutes of deliberation, an answer against the accused needs at least {need} "
               "of {voters} votes; anything less is an answer in the accused's favour."),
    "describe.majority.rest_from": QT_TRANSLATE_NOOP(
        "Msg", "From {minutes} minutes of deliberation on, an answer against the accused needs at least {need} of "
               "{voters} votes; anything less is an answer in the accused's favour."),
    "describe.must_include": QT_TRANSLATE_NOOP(
        "Msg", "The votes against the accused must include at least {judges} from judges and {lay} from lay members."),
    "describe.smaller": QT_TRANSLATE_NOOP(
        "Msg", "With {jurors} jurors left on the bench, an answer against the accused needs {need} of {voters} votes."),
    "describe.blank.refused": QT_TRANSLATE_NOOP(
        "Msg", "There is no abstention: a blank ballot must be cast again."),
    "describe.blank.favour": QT_TRANSLATE_NOOP("Msg", "A blank ballot counts for the accused."),
    "describe.blank.neither": QT_TRANSLATE_NOOP("Msg", "A blank ballot counts for neither side."),
    "describe.hung": QT_TRANSLATE_NOOP(
        "Msg", "If they cannot agree, the judge may discharge them as a hung jury, and the case may be tried again."),
    "describe.always": QT_TRANSLATE_NOOP("Msg", "In the end there is always a verdict."),
    "describe.below_min.void": QT_TRANSLATE_NOOP("Msg", "If fewer than {minimum} jurors are left, the trial is void."),
    "describe.below_min.discharged": QT_TRANSLATE_NOOP(
        "Msg", "If fewer than {minimum} jurors are left, the jury is discharged and the case is tried again."),
    "describe.no_reserve.void": QT_TRANSLATE_NOOP(
        "Msg", "Reserves step in for anyone who drops out; if none is left, the trial is void."),
    "describe.no_reserve.discharged": QT_TRANSLATE_NOOP(
        "Msg", "Reserves step in for anyone who drops out; if none is left, the jury is discharged."),
    "describe.sentence.judge": QT_TRANSLATE_NOOP("Msg", "The judge alone passes sentence."),
    "describe.sentence.thresholds": QT_TRANSLATE_NOOP(
        "Msg", "The whole panel also votes on the sentence: {need} of {voters} votes decide."),
    "describe.sentence.rounds": QT_TRANSLATE_NOOP(
        "Msg", "The whole panel also votes on the sentence: {need} of {voters} votes decide, and if {rounds} rounds "
               "give no majority, each further round sets aside the harshest penalty proposed."),
    "describe.sentence.cumulative": QT_TRANSLATE_NOOP(
        "Msg", "The whole panel also votes on the sentence, with the same majority; if no penalty has it, the votes "
               "for the harshest penalty are added to the next milder one until one has it."),
    "describe.limit.above": QT_TRANSLATE_NOOP(
        "Msg", "More than {years} years in prison needs at least {need} of {voters} votes."),
    "describe.limit.unanimous": QT_TRANSLATE_NOOP("Msg", "A sentence of {penalty} needs all {voters} votes."),
    "describe.limit.penalty": QT_TRANSLATE_NOOP(
        "Msg", "A sentence of {penalty} needs at least {need} of {voters} votes."),
    "describe.limit.penalty_cap": QT_TRANSLATE_NOOP(
        "Msg", "A sentence of {penalty} needs at least {need} of {voters} votes; without them the sentence is at "
               "most {cap}."),
    # `alqa tally` requests (app/cli/tally.py)
    "tally.bad_json": QT_TRANSLATE_NOOP(
        "Msg", "The request on standard input is not valid JSON: {reason} (line {line}, column {column})."),
    "tally.not_an_object": QT_TRANSLATE_NOOP(
        "Msg", "The request must be a JSON object such as {{\"questions\": [...]}}; see docs/court-models.md."),
    "tally.bad_minutes": QT_TRANSLATE_NOOP("Msg", "\"minutes\" must be a number of minutes, 0 or more."),
    "tally.bad_sitting": QT_TRANSLATE_NOOP("Msg", "\"jurors_sitting\" must be a whole number of jurors."),
    "tally.bad_compare": QT_TRANSLATE_NOOP("Msg", "\"compare\" must be true or false."),
    "tally.bad_questions": QT_TRANSLATE_NOOP("Msg", "\"questions\" must be a list of questions."),
    "tally.bad_question": QT_TRANSLATE_NOOP(
        "Msg", "Question {index} must be an object with an \"id\" (a text) and \"ballots\" (a list)."),
    "tally.bad_ballot": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} on question {question} must be an object with a \"role\" and an \"answer\", both texts."),
    "tally.bad_sentencing": QT_TRANSLATE_NOOP(
        "Msg", "\"sentencing\" must be an object with \"rounds\": a list of rounds, each a list of ballots."),
    "tally.bad_sentence_ballot": QT_TRANSLATE_NOOP(
        "Msg", "Ballot {index} in sentencing round {round} must be an object with a \"role\" (a text) and a "
               "\"penalty\" (years, \"life\", \"death\" or null)."),
}
