<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DocumentsPage</name>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n page</numerusform>
            <numerusform>%1 — %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message numerus="yes">
        <source>%n thing(s) worth a look below; they do not stop you.</source>
        <translation>
            <numerusform>%n thing worth a look below; it does not stop you.</numerusform>
            <numerusform>%n things worth a look below; they do not stop you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n answer(s) must be fixed first.</source>
        <translation>
            <numerusform>Not ready yet: %n answer must be fixed first.</numerusform>
            <numerusform>Not ready yet: %n answers must be fixed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more worth a look.</source>
        <translation>
            <numerusform>%n more worth a look.</numerusform>
            <numerusform>%n more worth a look.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
        <translation>
            <numerusform>With a period of %1 days, %n more case will be marked as due for deletion. Change the period?</numerusform>
            <numerusform>With a period of %1 days, %n more cases will be marked as due for deletion. Change the period?</numerusform>
        </translation>
    </message>
</context>
</TS>
