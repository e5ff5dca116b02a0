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
</TS>
