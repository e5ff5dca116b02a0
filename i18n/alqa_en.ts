<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClassPage</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWords</name>
    <message numerus="yes">
        <source>%n candidate juror(s) drawn by lot</source>
        <translation>
            <numerusform>%n candidate juror drawn by lot</numerusform>
            <numerusform>%n candidate jurors drawn by lot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lot seated %n juror(s)</source>
        <translation>
            <numerusform>The lot seated %n juror</numerusform>
            <numerusform>The lot seated %n jurors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>&amp;Recent sessions (%n)</source>
        <translation>
            <numerusform>&amp;Recent sessions (%n)</numerusform>
            <numerusform>&amp;Recent sessions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JuryPage</name>
    <message numerus="yes">
        <source>The lot drew %n candidate(s) (seed {seed}, kept with the session).</source>
        <translation>
            <numerusform>The lot drew %n candidate (seed {seed}, kept with the session).</numerusform>
            <numerusform>The lot drew %n candidates (seed {seed}, kept with the session).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message numerus="yes">
        <source>Before the first event (%n event(s) in all)</source>
        <translation>
            <numerusform>Before the first event (%n event in all)</numerusform>
            <numerusform>Before the first event (%n events in all)</numerusform>
        </translation>
    </message>
</context>
</TS>
