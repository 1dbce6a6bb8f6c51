<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_HT" sourcelanguage="en_US">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Sove</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Louvri</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Wi</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Non</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fèmen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Jete</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Èd</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplike</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Gade nan:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Non fichye:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Kalite fichye:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Louvri</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Sove</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chwazi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Louvri</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Sove tankou</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retounen</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Avanse</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dosye paran</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Kreye yon nouvo dosye</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nouvo dosye</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Wè an lis</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Wè an detay</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dosye:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Tout fichye (*)</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Kote resan</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Antre yon valè:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Defèt</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refè</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Koupe</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opye</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Kole</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Efase</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chwazi tout</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Defèt</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refè</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Koupe</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>K&amp;opye</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Kole</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Efase</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chwazi tout</translation>
        </message>
    </context>
</TS>
