<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Cli</name>
    <message>
        <source>Bad usage: {problem}. Try &apos;alqa --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alqa: classroom mock trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where sessions are kept (also ALQA_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: kk, ru or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start on a ready demo session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alqa {version}: classroom mock trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;alqa --demo&apos; to replay the demo session, or &apos;alqa --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo session: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}; &apos;alqa sessions show {file}&apos; shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the court models or show one model&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the court models and their variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a court model&apos;s rules with their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model id, e.g. kz-2007 or ru/district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and their sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed in a source: check before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay a scripted session (see docs/scenario-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a scenario file and print the session&apos;s summary as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session file to write (default: a new one in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, rename or delete sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sessions in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a session&apos;s summary as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session file, or its name in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a session a new title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a session and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{updated}  {phase:&lt;12}  {title}  ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes {file} for good. Run the command again with --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count ballots under a court model (request on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a tally request as JSON on standard input and prints the verdict engine&apos;s answer as JSON. See docs/court-models.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the court model id, e.g. kz-2010 or ru/district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also say what every other court would decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the rule sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message>
        <source>This is not an Alqa court model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court model is in format {version}, made by a newer Alqa (this one reads up to {supported}). Update Alqa to use it; the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court model file {path} could not be read ({reason}). Check that it is a UTF-8 JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court model needs &quot;{field}&quot;, written as shown in the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; in the court model is {value}; it can be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot; of the court model. Use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: the first decision stage starts at 0 minutes and each later one later than the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; asks for {need} votes, but the panel has only {panel}. Lower the majority or add seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters this court could never reach a verdict, not even a unanimous one. Lower the majority or change who must be in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {against} votes against the accused and {favour} for them could both carry at once. The two majorities must add up to more than the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot;: with {voters} voters, {yes} yes, {no} no and {blank} blank would decide nothing, but this court has no hung jury. Set &quot;decision.hung&quot; to true, or let anything short of the majority favour the accused (&quot;favour&quot;: &quot;rest&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court model {model} has no variant &quot;{variant}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no court model &quot;{id}&quot;. Known models: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} has the role &quot;{value}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} answers &quot;{value}&quot;; the answer is yes, no or blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a judge&apos;s, but in this court the jurors decide alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is a juror&apos;s, but in this court jurors do not vote on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is blank, but in this court nobody may abstain: the ballot must be cast again, yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time: give the minutes of deliberation, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; jurors cannot be sitting: this court has seats for {seats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question {question} is put twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question {question} is of the kind &quot;{kind}&quot;, which this court does not put. It puts: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are ballots for {question}, but no such question was put.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: no question has been put to the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial is void: {sitting} jurors are left and this court needs {minimum}; selection starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury is discharged: {sitting} jurors are left and this court needs at least {minimum}; the case is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused on every question, and the closest, question {question}, had {yes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty: on every question a majority of at least {need} of {voters} votes answered against the accused; the count itself is not revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty: the answer had to be unanimous, and all {voters} votes went against the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty: {need} of {voters} votes were needed against the accused, with at least {judges_need} judge(s) and {lay_need} lay member(s) among them; question {question} had {yes}, {judges_yes} from judges and {lay_yes} from lay members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty by a majority of {yes} to {no} ({need} of {voters} were needed); the foreperson states these numbers in open court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: {lenient} of {voters} votes on question {question} were for leniency, and {need} were enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty, and the accused deserves leniency: refusing it needed {need} of {voters} votes on question {question}, and it had {against}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilty, without leniency: {against} of {voters} votes on question {question} refused it, and {need} were needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes for the accused on question {question} acquit, and it had {favour}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: half of the votes is enough for the accused, so {need} of {voters} on question {question} acquit, and it had {favour}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: all {voters} votes on question {question} were for the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty by a majority of {favour} to {against} ({need} of {voters} were needed); the numbers need not be stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: {need} of {voters} votes were needed against the accused on question {question}, and it had {yes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: the majority of at least {need} of {voters} votes against the accused was not reached on question {question}, and blank ballots count for the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not guilty: question {question} had {yes} of {voters} votes against the accused ({need} needed), but they had to include at least {judges_need} judge(s) and {lay_need} lay member(s), and they included {judges_yes} judge(s) and {lay_yes} lay member(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: every answer up to question {question} went against the accused, and main questions still to be put: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: question {question} has {cast} of {voters} ballots, and {missing} are still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: until {from_minutes} minutes of deliberation only a unanimous answer is accepted, and question {question} stands at {yes} to {no}. Deliberate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed; from {from_minutes} minutes of deliberation {next_need} will be enough. Deliberate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed either way. The jury may deliberate on, or the judge may discharge it as a hung jury and the case may be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet: question {question} stands at {yes} to {no}, and {need} of {voters} votes are needed. Deliberate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed either way: the jury may deliberate on, or be discharged on that charge and the case tried again on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. Question {open} stands at {yes} to {no} with {need} of {voters} votes needed: deliberate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial verdict: guilty on {guilty}. After question {open}, ballots or questions are still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years in prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life imprisonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a penalty: give years in prison (a number), &quot;life&quot; or &quot;death&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this court the judge alone passes sentence; the panel does not vote on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} has the role &quot;{role}&quot;; a ballot&apos;s role is judge or juror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a judge&apos;s, but judges do not vote in this court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is a juror&apos;s, but jurors do not vote in this court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one judge&apos;s ballot too many: {seats} judges vote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} is one juror&apos;s ballot too many: {seats} jurors are sitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but the sentence can now be at most {ceiling}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} proposes {penalty}, but {below} and anything harsher were set aside after the round before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentencing vote has been held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No penalty was voted for in round {round}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence is {penalty}: {votes} of {voters} votes were for it, and {need} were needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs {need} of {voters} votes, and it had {votes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of {penalty}: more than {years} years in prison needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs all {voters} votes, and it had {votes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of {penalty}: it needs at least {need} of {voters} votes, and it had {votes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of {penalty} is refused: it needs at least {need} of {voters} votes and had {votes}, so the sentence can be at most {cap}. Vote again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; round {next} follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No penalty had the {need} of {voters} votes needed in round {round}; in round {next} the harshest penalty proposed, {penalty}, is set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence is {penalty}: it had {own} votes, and with the votes for harsher opinions added it has {votes} of {voters} ({judges} from judges, {lay} from lay members); {need} were needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots fit this court&apos;s panel and count as cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out: in this court jurors decide alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judges&apos; ballots are left out, as jurors decide alone in this court, and the {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {cast} jurors&apos; ballots count as {seats} jurors&apos; in proportion, halves going to the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judges&apos; and the lay members&apos; ballots are each scaled in proportion to this court&apos;s seats ({judges} judge(s), {lay} lay members), halves going to the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judge voted, so this court&apos;s {judges} judge(s) are counted as voting like the whole panel, and the {cast} jurors&apos; ballots count as {lay} lay members&apos;, in proportion, halves going to the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court puts one question per charge; it is answered with the ballots of the main question least against the accused ({question}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court puts three main questions per charge; each is answered with the ballots on the single question of guilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court asks no leniency question; that answer is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court would also ask about leniency after a guilty answer; there are no ballots for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court allows no abstention, so blank ballots count for the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lay} jurors deliberate and vote alone, without the judge, led by a foreperson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judges} judges and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge and {lay} jurors deliberate and vote together, one vote each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{judges} professional judges and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One professional judge and {lay} lay judges deliberate and vote together, one vote each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote by secret ballot, in no set order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote by secret ballot, in seat order, and the foreperson votes last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote openly, in no set order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote openly, in seat order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They vote openly, in seat order, and the foreperson votes last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law sets no way or order of voting: the panel chooses how to vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law sets no way of voting; they vote in seat order, and the foreperson votes last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each charge they answer three questions: did the act take place, did the accused do it, is the accused guilty; an answer for the accused on any of them acquits, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each charge they answer one question: is the accused guilty of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each charge they answer one question, is the accused guilty of it, and after a guilty answer they decide whether the accused deserves leniency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer must be unanimous: all {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation only a unanimous answer, all {voters} votes, is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, every answer must be unanimous: all {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{need} of {voters} votes decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, {need} of {voters} votes decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, {need} of {voters} votes decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer against the accused needs {need} of {voters} votes; {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs {need} of {voters} votes, and {favour} votes are enough for an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the first {until} minutes of deliberation, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {minutes} minutes of deliberation on, an answer against the accused needs at least {need} of {voters} votes; anything less is an answer in the accused&apos;s favour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The votes against the accused must include at least {judges} judge(s) and {lay} lay member(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {jurors} jurors left on the bench, an answer against the accused needs {need} of {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no abstention: a blank ballot must be cast again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank ballot counts for the accused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank ballot counts for neither side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they cannot agree, the judge may discharge them as a hung jury, and the case may be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the end there is always a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the trial is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If fewer than {minimum} jurors are left, the jury is discharged and the case is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the trial is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserves step in for anyone who drops out; if none is left, the jury is discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judge alone passes sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence: {need} of {voters} votes decide, and if {rounds} rounds give no majority, each further round sets aside the harshest penalty proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole panel also votes on the sentence, with the same majority; if no penalty has it, the votes for the harshest penalty are added to the next milder one until one has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {years} years in prison needs at least {need} of {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs all {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of {penalty} needs at least {need} of {voters} votes; without them the sentence is at most {cap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request on standard input is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request must be a JSON object such as {{&quot;questions&quot;: [...]}}; see docs/court-models.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;minutes&quot; must be a number of minutes, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;jurors_sitting&quot; must be a whole number of jurors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;compare&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {index} must be an object with an &quot;id&quot; (a text) and &quot;ballots&quot; (a list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} on question {question} must be an object with a &quot;role&quot; and an &quot;answer&quot;, both texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sentencing&quot; must be an object with &quot;rounds&quot;: a list of rounds, each a list of ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot {index} in sentencing round {round} must be an object with a &quot;role&quot; (a text) and a &quot;penalty&quot; (years, &quot;life&quot;, &quot;death&quot; or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judge&apos;s charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prosecution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alqa does not know the event &quot;{type}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;{field}&quot; of {event} has a wrong value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in &quot;{field}&quot; is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not allowed in &quot;{field}&quot;. Use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be between {minimum} and {maximum}; it is {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is empty. Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not been created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has ended; nothing more can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done during the {phase}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{member}&quot; is not in this class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class already has a member with the id &quot;{member}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be used as a name: give 1 to {limit} printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the class. Add an initial to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already has a place in the court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jury has already been seated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat the jury before the trial begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court needs {need} judge(s); {seated} seated so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few candidates: {have} left, the jury needs {need}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} does not match the lot drawn with seed {seed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not among the candidate jurors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already been challenged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} has used all its peremptory challenges ({limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge of {name} cannot be withdrawn now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the candidate jurors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court has no seat &quot;{seat}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurors are seated by lot; the seat &quot;{seat}&quot; cannot be given by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is taken by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seat &quot;{seat}&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote is under way; finish or annul it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sentence after an acquittal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial has no stage &quot;{stage}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is still running; end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage &quot;{stage}&quot; is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection is waiting for the judge&apos;s ruling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no objection to rule on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} is not the current round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round {round} is still open; end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next round is number {expected}, not {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not sit on the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already given a stance in round {round}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be named as moving this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already been named this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has already been revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next vote is number {expected}, not {got}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot must answer these questions, in order: {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote {vote} is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session votes openly; ballots carry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session votes by secret ballot; a ballot cannot carry a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not vote in this court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballot is not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court allows no abstention: answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everyone has voted yet: {missing} ballot(s) missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box holds {ballots} ballot(s) but {voters} people voted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the ballots of vote {vote} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This court always reaches a verdict; a hung jury is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verdict yet: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not what the ballots decide: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots reach a verdict, so the jury is not hung: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note number {note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left and no reserve: the trial is void, and jury selection must start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {sitting} jurors are left, fewer than {minimum}: the jury is discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Alqa session. The file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file {path} is damaged. The file is unchanged; a backup copy may be in its .backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file {path} holds an event this Alqa cannot read ({reason}). The file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it; the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open in another window. It can be viewed here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is open read-only; nothing can be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} seems to be on a network drive: Alqa saves there more slowly but just as safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title needs 1 to {limit} printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario {path} is larger than {limit_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Alqa scenario (format 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;{field}&quot; is not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event is malformed ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at {where} ({type}): {reason} The session file holds everything before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; needs a text in kk, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Alqa case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is from a newer Alqa (format {version}; this one reads up to {supported}). Update Alqa to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file {path} is larger than {limit_mb} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s &quot;{field}&quot; is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;{id}&quot; in &quot;{field}&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; has {count} entries; it needs {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture in &quot;{field}&quot; is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{field}&quot; names the charge &quot;{id}&quot;, which the case does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no questions for courts of the form &quot;{form}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case &quot;{id}&quot;. Built-in cases: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
