<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en_US">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>I-save</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buksan</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Oo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Hindi</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Isara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Itapon</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Tulong</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Ilapat</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Tumingin sa:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Pangalan ng file:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Uri ng file:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buksan</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>I-&amp;save</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Piliin</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buksan</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>I-save bilang</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bumalik</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Sumulong</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder sa itaas</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Gumawa ng bagong folder</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Bagong folder</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Listahan</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detalyadong tingin</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Lahat ng file (*)</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Mga kamakailang lugar</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Maglagay ng halaga:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;I-undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>I-&amp;redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Gupitin</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopyahin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>I-&amp;paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Burahin</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Piliin lahat</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;I-undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>I-&amp;redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Gupitin</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopyahin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>I-&amp;paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Burahin</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Piliin lahat</translation>
        </message>
    </context>
</TS>
