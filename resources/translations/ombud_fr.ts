<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
<context>
    <name>LanguagePicker</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choose the language for the app. Each language is named in itself.</source>
        <translation>Choisissez la langue de l’application. Chaque langue est écrite dans sa propre langue.</translation>
    </message>
</context>
</TS>
