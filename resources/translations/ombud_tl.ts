<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPage</name>
        <message>
            <source>Add the dates of your contacts with USCIS to see how this applies.</source>
            <translation>Idagdag ang mga petsa ng pakikipag-ugnayan ninyo sa USCIS para makita kung paano ito naaangkop.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Ang pinakahuli ninyong pakikipag-ugnayan: %1 (%2 araw na ang nakalipas).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Lampas na iyon sa 90 araw. Kung kaya, makipag-ugnayan muna ulit sa USCIS; puwede pa rin ninyong ipadala ang form.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>Wala pang 60 araw itong hawak ng USCIS. Karaniwang inaasahan ng Ombudsman na maghintay kayo hanggang %1; puwede pa rin ninyong ipadala ang form, lalo na kung emergency.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Hindi ito mahigpit na patakaran: walang pumipigil sa iyong magpatuloy dito.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Itinitigil…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Hintayin ang sagot.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Hintayin ang sagot; magtanong ulit kung wala pa pagsapit ng %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Ituloy ang “%1”.</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Ipadala ang package, saka markahan itong naipadala na.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Suriin ang PDF at gawin ang package.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>Protektado ng password ang “%1”. Sa hakbang na Mga Dokumento, alisin ito at idagdag muli: hihingin noon ng app ang password nito.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>Hindi ma-save ngayon. Nandito pa rin ang mga sagot ninyo; subukan ulit.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Palitan ang passphrase</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Kasalukuyang passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Kasalukuyang passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Bagong passphrase (lima o higit pang salita)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Hindi iyan ang kasalukuyang passphrase. Subukan ulit.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(pumili ng isa)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (i-type ang pangalan ninyo sa itaas)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Privacy Act notice</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Bakit kami nagtatanong: ginagamit ng CIS Ombudsman (6 U.S.C. 272) ang impormasyong ito para suriin ang problema ninyo sa USCIS. Ano ang mangyayari dito: ibinabahagi ito ng Ombudsman sa USCIS, at sa iba lamang kung pinapayagan ng batas at ng nakalathalang system-of-records notice. Kusang-loob ang pagbibigay nito, pero kung wala ito at ang pahintulot ninyo, baka hindi kayo matulungan ng Ombudsman.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Dahil may kinalaman ang kasong ito sa T, U, VAWA, asylee o refugee status, espesyal na pinoprotektahan ng batas ang impormasyon ninyo. Kailangan ng Ombudsman ng pirma gamit ang tinta: i-print ang form, pirmahan gamit ang kamay, at i-scan o kunan ng litrato. Hindi puwede ang iginuhit o tina-type na pirma.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>I-print at pirmahan: ipi-print ang tapos na form na may blangkong linya ng pirma. Pirmahan gamit ang tinta, tapos i-scan o kunan ng litrato ang pinirmahang pahina at idagdag bilang dokumento, o ipadala ang papel.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Burahin ang pirma</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Binubura ang iginuhit na pirma para makapirma ulit kayo.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Tina-type na pirma</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Tingnan bago magpadala: binago ng opisina ng Ombudsman ang paraan ng pagtatrabaho nito noong 2025, kaya baka luma na ang mga contact details na ito. Tiyakin ang mga ito sa www.dhs.gov/cisombudsman sa susunod na may internet kayo.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telepono (toll free)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(huling tiningnan noong {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Sabi ng mga lumang brochure: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Pinagmulan: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Pumili ng kopya ng inyong mga dokumento</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Mga dokumento (%1);;Lahat ng file (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Nasa hakbang ng mga aplikasyon na ang mga detalye ng notice.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Idinadagdag ang %1 (naka-encrypt)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>Hindi naidagdag ang “%1”.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Hindi maidagdag ang file na iyon. Walang nabago; sumubok ng iba.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Naidagdag na. Naka-encrypt itong itinatago kasama ng kasong ito.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Alisin ang dokumentong ito?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>Aalisin ang “%1” sa kasong ito at buburahin ang naka-encrypt na kopya nito. Hindi gagalawin ang sarili mong file: maaari mo itong idagdag ulit mamaya.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n pahina</numerusform>
                <numerusform>%1 — %n pahina</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Alisin ang dokumentong ito</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Alisin ang dokumentong %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Binubura ang naka-encrypt na kopya sa kasong ito. Hindi gagalawin ang sarili ninyong file.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>Hindi nagbabalik ng mga papel ang Ombudsman. Magdagdag ng mga kopya ng mga notice ng USCIS at ng ipinadala mo sa USCIS; hindi nababago ang sarili mong mga file.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Magdagdag ng dokumento…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Nagbubukas ng window para pumili ng PDF file o litrato ng inyong mga dokumento.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Basahin ang notice ng USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Binabasa ang receipt number, petsa ng pagtanggap at numero ng form mula sa litrato, scan o PDF ng notice na ipinadala sa iyo ng USCIS, para sa hakbang ng mga aplikasyon, at maaaring itago rito ang notice bilang dokumentong natanggap mula sa USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>O i-drag ang mga file mula sa inyong mga folder papunta sa pahinang ito.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Kanselahin ang pagdagdag ng dokumento</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Idinadagdag ang dokumento</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Ipadala</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>May problema pa ang form (nakalista sa itaas). Ayusin ang mga ito, tapos subukan ulit.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Kinakansela…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Tapos na.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>Handa na ang package: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Sundin ang README.txt sa loob nito, hakbang-hakbang.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Kinansela. Walang na-save.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Saan ise-save ang package</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Walang program sa computer na ito na nakapagbukas ng folder. Buksan mo ito mismo sa file manager: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>Walang naka-set up na mail program sa computer na ito. Isulat ang email sa webmail mo o sa ibang computer, kasama ang mga file mula sa: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Gawin ang package para ipadala ang kahilingan ninyo. Nananatili ang lahat sa computer na ito: dadalhin ninyo ang package sa computer na may internet, o ipi-print ito.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Saan ito ipapadala</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Saan ito pupunta: ang mga address ng Ombudsman</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Ipinapakita o itinatago ang email address, fax number at mailing address.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Paano ninyo ito ipapadala?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;Email (inirerekomenda): isang mensaheng handa nang ipadala, kasama ang mga file</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Fax: isang PDF na ipa-fax, may cover sheet</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Koreo: mga pahinang ipi-print at ihuhulog (puwedeng umabot nang hanggang 14 araw pa)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Bilang isang &amp;zip file</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Isang file sa halip na isang folder</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Pati bilang &amp;TIFF file para sa mga fax service</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>May mga fax service at fax modem na TIFF ang hinihingi sa halip na PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Pinakamalaking email: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Pinakamalaking laki ng email sa megabyte</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Folder kung saan ise-save ang package</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Hinahati ang malalaking dokumento sa ilang email na hindi lalampas sa laking ito.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>I-type ang folder, o gamitin ang “Pumili ng folder” para pumili.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>I-save sa:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>Pumili ng &amp;folder…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Piliin ang folder</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>Ang package lang ang sine-save ng Ombud Desktop nang hindi naka-encrypt: mababasa ito ng sinumang may hawak ng computer o USB stick na ito. Burahin ito kapag naipadala na.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Gawin ang &amp;package</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Simulan ang export</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Kanselahin</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Itigil; walang ise-save</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Buksan ang folder</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Ipakita ang package</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Buksan ang &amp;email program ko</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Nagsisimula ng bagong mensahe; i-attach ang mga file mula sa folder</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>I-p&amp;rint…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>I-print ang package para sa koreo</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>Ingles ang binabasa ng Ombudsman. Kung kaya ninyo, isulat ang sagot na ito sa Ingles o magpatulong sa iba. Mas mabuti pa rin ang sagot sa sarili ninyong wika kaysa walang sagot.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (kailangan)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (mainam sagutin)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>halimbawa %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Alisin ang %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Inaalis ang hilerang ito sa listahan. Mananatili ang mga sagot sa ibang hilera.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Inalis: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>walang receipt number</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>I-&amp;undo</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Ibinabalik ang inalis na aplikasyon, kasama ang mga sagot nito.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Magdagdag ng isa pang aplikasyon o petisyon</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Nagdadagdag ng blangkong hilera para sa isa pang form na inihain ninyo sa USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Basahin ang notice ng USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Binabasa sa computer na ito ang receipt number, petsa ng pagtanggap at numero ng form mula sa litrato, scan o PDF ng notice ng USCIS. Susuriin mo muna ang mga ito bago gamitin.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Tip: puwede kayong mag-paste ng ilang receipt number sa isang kahon nang sabay; bawat isa ay magkakaroon ng sariling hilera. Kusang inaalis ang espasyo at gitling.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Ano ang susunod na mangyayari</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Ipadala ito: buksan ang mail program mo (o webmail), i-attach ang mga file mula sa folder ng package at ipadala ang mensahe sa address na nasa README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Ipadala ito: i-fax ang PDF sa folder ng package sa numerong nasa README.txt, at itago ang pahina ng kumpirmasyon ng fax.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Ipadala ito: i-print ang mail packet, pumirma kung saan nakasaad, at ihulog sa koreo sa address na nasa README.txt. Maaaring umabot nang hanggang 14 na araw pa ang koreo sa gobyerno.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Itala ito: kapag naipadala na, punan ang “Pagkatapos magpadala” sa ibaba at pindutin ang “Markahang naipadala”. Ipapakita ito ng listahan ng mga kaso bilang naipadala, kasama ang petsa.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Hintayin ang sagot: walang ipinangakong oras. I-save ang mga paalala sa ibaba: magpapaalala ang mga ito pagkaraan ng 30 at ng 90 araw. Samantala, patuloy na sagutin ang anumang sulat mula sa USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Kung walang dumating: pagkaraan ng 30 araw, sumulat o tumawag sa tanggapan ng Ombudsman (mga address sa “Saan ito pupunta”) dala ang receipt number at ang petsa ng pagpapadala mo. Huwag ipadala nang dalawang beses ang parehong kahilingan.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>Hindi itinago ng password store ng computer ang key: isinara ang window nito o tumanggi ito. Walang na-set up. Pumili na lang ng passphrase sa ibaba, o piliin ulit ang password store para subukan ulit.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Maligayang pagdating sa Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Itatago nang naka-encrypt ang mga kaso ninyo sa computer na ito. Piliin kung paano ito ila-lock.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Gamit ang passphrase na tina-type ko bawat beses (pinakamainam sa computer na ginagamit ng marami)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Walang makakapagbukas ng mga kaso kung walang passphrase.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Gamit ang password store ng computer na ito (keyring)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Makakapagbukas ng mga kaso ang sinumang makakapag-log in sa account na ito ng computer.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Kapag pinili mo ito, maaaring hingin ng computer ang sarili nitong password (kadalasan ang ginagamit mo sa pag-log in) para buksan ang password store nito.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>Walang nakitang ligtas na password store sa computer na ito.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Hinahanap ang password store ng computer na ito…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Gumawa ng recovery key na ipi-print (kung mawala ang passphrase)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Gumawa ng recovery key na ipi-print (kung mawala ang password store)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Mahabang code na isang beses lang ipapakita. I-print o isulat ito at itago nang ligtas.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Gumawa</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Inihahanda ang naka-encrypt na storage.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Protektahan ang hand-off file</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Buksan ang hand-off file</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Pumili ng passphrase para sa file na ito, at sabihin ito sa tatanggap nang personal o sa telepono, hindi kailanman kasama ng file. Ginawa ito para sa inyo:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>Ang passphrase ng file na ito:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Iminumungkahing passphrase</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Gamitin ang passphrase na ito</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>I-type muli ang passphrase</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Ilagay ang passphrase.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Magkaiba ang dalawang passphrase. I-type nang dalawang beses ang pareho.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Naipadala</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(wala pang pangalan)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 sa pamamagitan ng %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>dapat nang burahin</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Matagal nang hindi na-edit: burahin ito kapag hindi na kailangan.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Wala pang kaso: magsimula sa “Bagong kaso”.</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Pumili ng kaso at pindutin ang Enter para buksan ito, o magsimula ng bago.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Burahin ang kasong ito?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>Masisira nang tuluyan ang “%1” at lahat ng dokumento nito. Hindi na ito maibabalik.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Nabura ang kaso.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>I-save ang hand-off file</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Mga hand-off file (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Na-save. Naka-encrypt ang file gamit ang passphrase na pinili ninyo.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Magbukas ng hand-off file</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Sine-save ang hand-off file</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Nagawa na ang package</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Hindi mabuksan ang kasong %1: piliin ito para makita kung bakit.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Sira</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 sa %2 hakbang</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Gamitin ang mas lumang kopya ng kasong ito?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>Ang kopya ng kasong %1 sa data folder ay mas luma kaysa sa huling bersyong nai-save ng Ombud Desktop, at wala nang mas bagong kopya. Gamitin lamang ito kung kayo mismo ang nagbalik nito mula sa isang backup: wala rito ang mga binago pagkatapos gawin ang kopyang iyon (mga sagot, dokumento, ang petsa ng pagpapadala).</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Gamitin ang mas lumang kopyang ito</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Ine-encrypt ang kaso at ang mga dokumento nito…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Tinatanggap ang hand-off file</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Sinusuri at idinaragdag ang kaso…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>Naidagdag ang kaso sa listahan ninyo.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Ang inyong mga kaso</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Mga form</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Susunod na gagawin</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Huling na-edit</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Mga kaso</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Gamitin ang arrow keys para pumili ng kaso at Enter para buksan ito.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Bagong kaso</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Nagsisimula ng blangkong kaso.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buksan</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Binubuksan ang napiling kaso kung saan kayo huminto.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Bu&amp;rahin…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Sinisira ang napiling kaso at mga dokumento nito, pagkatapos magtanong.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>I-&amp;hand off…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Sine-save ang napiling kaso sa isang naka-encrypt na file para sa ibang boluntaryo.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>&amp;Tumanggap ng hand-off…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Nagdadagdag ng kaso mula sa hand-off file.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Wika, awtomatikong lock at iba pa.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Wika:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>Piliin ang wika ng app. Nakasulat ang bawat wika sa sarili nitong wika.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>mm/dd/yyyy</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>Hindi na-save ang mga huling pagbabago ninyo</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Hindi na-save ng Ombud Desktop ang mga huling pagbabago ninyo (tingnan ang mensahe sa ibaba ng window). Kapag isinara ninyo ngayon, mawawala ang mga ito. Isara pa rin?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Mabilis na exit</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Itinatago agad ang lahat. Shortcut: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Ila-lock agad ang app at itatago ang bawat kaso. Shortcut: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Iminumungkahing passphrase: %1 — isulat ito bago magpatuloy.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>Magkaiba ang dalawang passphrase. I-type ulit ang mga ito.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Masyadong madaling hulaan ang passphrase na ito: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Gumamit ng lima o higit pang salitang hindi magkakaugnay, o pindutin ang “Magmungkahi ng passphrase”.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Sapat na ang lakas.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Passphrase (lima o higit pang salita)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Lima o higit pang salitang hindi magkakaugnay. Isulat ito.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Ulitin ang passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Ulitin ang passphrase</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>Parehong passphrase ulit, para mahuli ang maling pag-type.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Magmungkahi ng passphrase</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Gumagawa ng malakas na passphrase at ipinapakita ito, para maisulat.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Iminumungkahing passphrase</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>May hindi inaasahang nangyari habang binabasa ang notice ({kind}). Walang binago; i-type na lang ang mga detalye mula sa notice.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Suriin sa notice: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>Hindi sigurado ang pagbasa sa detalyeng ito: ikumpara ito sa notice.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Receipt notice</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Transfer notice</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Appointment para sa biometrics</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Request for evidence</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Approval notice</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Basahin ang notice ng USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Petsa ng pagtanggap</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Petsa ng notice</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Numero ng form (uri ng kaso)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Uri ng notice</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Priority date</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>A-Number</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Binabasa ang %1 sa computer na ito…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>Walang nakitang detalye sa larawang ito. Subukan ang mas malinaw na litrato ng buong pahina sa maliwanag na lugar, o i-type ang mga detalye mula sa notice.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Ikumpara ang bawat detalye sa notice at itama kung kailangan. Walang ilalagay hangga't hindi mo pinipili ang “Gamitin ang mga ito”.</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Maaaring mali ang pagkabasa sa mga titik na pula. Ipinapakita ng mga naka-highlight na bahagi kung saan binasa ang bawat detalye.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>Pinupunan ng “Gamitin ang mga ito” ang numero ng form, receipt number at petsa ng pagtanggap ng isang aplikasyon. Ipinapakita ang iba pang detalye para maikumpara mo.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Itago ang notice kasama ng kasong ito bilang dokumento (naka-encrypt)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Gamitin ang mga ito</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Kanselahin</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Pumili ng litrato, scan o PDF ng notice</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Mga larawan at PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Lahat ng file (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Logo ng %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Logo ng organisasyon</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Saan hihingi ng tulong</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>May mga setting ng organisasyon na hindi magamit: gumagana ang app gamit ang karaniwang setting para sa mga ito.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Mga detalye…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Itago ang paalalang ito</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Ipinapakita kung ano ang mali sa mga setting ng organisasyon at kung paano ito ayusin.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Itinatago ang paalalang ito hanggang sa muling buksan ang app.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>May mga setting ng organisasyon na hindi magamit, kaya ang karaniwang setting ng app ang ginagamit para sa mga ito:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Maaari kang magpatuloy. Sabihan ang nag-set up ng app na ito: maaari nilang ayusin ang file na %1 at suriin ito gamit ang “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Mga setting ng organisasyon</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Hindi nabubuksan ng password na iyan ang “%1”. Subukang muli, o laktawan ang file na ito.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>Protektado ng password ang “%1”. I-type ang password nito para maidagdag: magtatago ang app ng kopyang walang password, naka-encrypt kasama ng kasong ito.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Password ng PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Hindi ipinapakita ang tina-type ninyo. Isang beses nitong binubuksan ang PDF at hindi ito itinatago.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Idagdag &amp;gamit ang password na ito</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Binubuksan ang PDF gamit ang password na ito at idinadagdag ito.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Laktawan ang file na ito</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Hindi ito idinadagdag.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Nakaraang pahina</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Ipinapakita ang naunang pahina.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Susunod na pahina</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Ipinapakita ang susunod na pahina.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Paliitin (zoom &amp;out)</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Pinaliliit ang mga pahina.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Palakihin (zoom &amp;in)</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Pinalalaki ang mga pahina.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>I-&amp;fit sa lapad</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Ginagawang kasinlapad ng tanawin ang pahina.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Preview ng PDF na ipapadala</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Ang mga pahina ng PDF. Page Up at Page Down ang naglilipat ng pahina, ang mga arrow key ang nag-i-scroll, Ctrl at + o − ang nag-zoom.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>Hindi maipakita ang preview: hindi nag-load ang PDF.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Pahina %1 ng %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Wala pang preview</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Ginagawa ang preview…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Ito ang PDF kung paano ito ipapadala (may markang PREVIEW hanggang mapirmahan).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>Hindi magawa ang preview: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Suriin ang PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Ito ang inyong kahilingan nang eksakto kung paano ito matatanggap ng Ombudsman: ang form, kasunod ang listahan ng inyong mga dokumento at ang mga pahina nito. May markang PREVIEW ito; ang kopyang gagawin sa susunod na hakbang ay walang ganoong marka at may lagda ayon sa inyong pinili.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Kapag inilagay ninyo ang receipt date ng USCIS para sa aplikasyon ninyo (hakbang na “Mga aplikasyon at petisyong inihain”), may larawan dito na magpapakita kung gaano na ito katagal naghihintay.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>Natanggap ng USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Ngayon</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>%1 buwan nang nakabinbin ang kaso ninyo.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Katapusan ng nakapaskil na processing time</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>Lampas na iyan ng %1 buwan sa nakapaskil na oras.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Nasa loob pa ito ng nakapaskil na processing time.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Timeline ng inyong kaso</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Handa nang ipadala.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>May %n bagay na dapat tingnan sa ibaba; hindi ito hadlang para magpatuloy.</numerusform>
                <numerusform>May %n bagay na dapat tingnan sa ibaba; hindi ito hadlang para magpatuloy.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Hindi pa handa: may %n sagot na kailangang ayusin muna.</numerusform>
                <numerusform>Hindi pa handa: may %n sagot na kailangang ayusin muna.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>%n pa na dapat tingnan.</numerusform>
                <numerusform>%n pa na dapat tingnan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Dapat ayusin</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Tingnan</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Ulat kung handa na</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Bawat linya ay isang bagay na aayusin o titingnan. Pindutin ang Enter para pumunta sa sagot na iyon.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>Naka-tsek na sa ibaba ang sinabi mo sa hakbang na “Makakatulong ba ang Ombudsman?”. Magdagdag ng iba pang dahilan, o alisin ang tsek sa hindi angkop.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Bagong recovery key</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Isinasara ang window na ito.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Isara nang hindi isinusulat ang key?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>Hindi na ulit ipapakita ang recovery key. Isara pa rin? (Makakagawa ka ng bago sa Settings.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Gumawa ng bagong recovery key</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Hindi na gagana ang luma mong recovery key: itapon ang papel na iyon kapag naka-print o naisulat na ang bago. Magpatuloy?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Ang kasalukuyang passphrase mo:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Grupo %1 ng %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Isang beses lang ipapakita. I-print o isulat.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>Walang naka-set up na printer sa computer na ito. Isulat nang mano-mano ang key, nang maingat, isa-isang grupo.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Walang na-save. Pumili ng printer, o isulat ito.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Recovery key ng Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Itago ang papel na ito sa ligtas na lugar. Binubuksan nito ang lahat ng kaso ninyo.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>I-save ang recovery key sa isang file?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Pinili mong mag-print sa isang file. Hindi naka-encrypt ang file na iyon: sinumang makakita nito ay makakapagbukas ng lahat ng kaso mo. Mag-print na lang sa papel, o burahin ang file sa sandaling ma-print ito. I-save pa rin?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ang inyong recovery key</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Binubuksan ng key na ito ang mga kaso ninyo kung makalimutan ang passphrase. Ngayon lang ito ipapakita. I-print o isulat ito, at itago nang malayo sa computer na ito.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;I-print ang recovery key…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Ipi-print ang key sa papel.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Na-print ko na o naisulat ang recovery key</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Kailangan para magpatuloy; hindi na ulit ipapakita ang key.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>Ma&amp;gpatuloy</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Pupunta sa listahan ng inyong mga kaso.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Suriin ang mga sagot ninyo</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Itago ang PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Itinatago muli ang PDF; hindi nagbabago ang inyong mga sagot.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Ipakita ang PDF kung paano ito ipapadala</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Ipinapakita ang form at ang inyong mga dokumento bilang iisang PDF, sa ilalim ng button na ito.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Wala pang sagot</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Baguhin ang “%1”</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Pupunta sa hakbang na ito para baguhin ang mga sagot na ito.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Basahin ulit ang mga sagot ninyo. Gamitin ang “Baguhin” para ayusin ang anuman; babalik kayo rito gamit ang Susunod. Ang mga linyang may markang “Dapat ayusin” ay pumipigil sa pagpapadala ng form.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Handa na bang ipadala?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Ang mga sagot ninyo, ayon sa form</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>Baka hindi makatulong ang Ombudsman</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>May mga hindi nakikitang control character ({chars}) ang reference. I-type itong muli nang wala ang mga iyon.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Hindi ito maitala ngayon; subukan ulit.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Minarkahang naipadala noong {date} sa pamamagitan ng {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>I-save ang mga paalala para mag-follow up</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Mga calendar file (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Hindi ma-save ang mga paalala ({reason}). Pumili ng ibang folder.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Na-save ang mga paalala: buksan ang {path} para idagdag ang mga ito sa calendar ninyo.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Burahin ang package?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>Hindi naka-encrypt ang package. Ngayong naipadala na ito, burahin ba ito sa computer na ito? (Mananatiling naka-save ang kaso ninyo sa Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>Nabura ang package.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Pagkatapos magpadala</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Petsa ng pagpapadala:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Ipinadala sa pamamagitan ng:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Reference:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>fax confirmation number, tracking number, o petsa ng email</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>Ang araw na ipinadala ninyo ito sa email, fax o koreo.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Paano ninyo ito ipinadala: email, fax o koreo.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Markahang &amp;naipadala</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Itala na naipadala ito</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>I-save ang mga &amp;paalala…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Isang calendar file na magpapaalala sa inyong mag-follow up pagkatapos ng 30 at 90 araw</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Burahin ang package</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Alisin sa computer na ito ang export na hindi naka-encrypt</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Hindi kailanman</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> days</source>
            <translation> araw</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Mataas na contrast</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>I-lock pagkatapos ng ilang minutong walang gumagamit</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Itinatago ang lahat kapag walang humawak sa keyboard o mouse. 0 = hindi kailanman.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Markahan ang mga kaso na buburahin pagkatapos ng</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Mamarkahan sa listahan ang mga kasong hindi na-edit nang ganito katagal.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Laki ng teksto</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Pinalalaki ang lahat ng teksto, hanggang doble ng karaniwang laki.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Itim na teksto sa puti na may matitingkad na linya.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Palitan ang passphrase…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Magdagdag ng passphrase…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Bagong passphrase para i-unlock ang mga kaso mo; hindi na gagana ang luma.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Gumawa ng bagong recovery key…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Nagpapakita ng bagong key na ipi-print; hindi na gagana ang nauna.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Napalitan na ang passphrase.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>May bisa na ang bagong recovery key.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, bersyon %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Inihanda para sa iyo ng %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Markahan ang mga kaso para burahin?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Sa panahong %1 araw, %n pang kaso ang mamarkahang dapat nang burahin. Baguhin ang panahon?</numerusform>
                <numerusform>Sa panahong %1 araw, %n pang kaso ang mamarkahang dapat nang burahin. Baguhin ang panahon?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Lugar para iguhit ang pirma</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Pumirma rito gamit ang mouse, pen o daliri. Pindutin ang Delete para burahin. Kung walang mouse, piliin ang tina-type na pirma o i-print at pirmahan.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>I-save ang pahinang pipirmahan</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Mga PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>Hindi ma-save ang pahina ({reason}). Pumili ng ibang folder.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Na-save sa {path} (hindi naka-encrypt: burahin ito kapag naidagdag na ang pinirmahang pahina). Pirmahan at lagyan ng petsa gamit ang tinta.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Piliin ang scan o litrato ng pinirmahang pahina</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Mga scan at litrato (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Idinaragdag ang pinirmahang pahina (naka-encrypt)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Hindi maidagdag ang file na iyon. Walang nabago; subukan ang iba.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>Naidagdag na ang pinirmahang pahina. Nakatago ito nang naka-encrypt.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Pinipirmahan ng kamay gamit ang tinta ang form na ito. Para ipadala sa email o fax: i-print ang pahinang pipirmahan, pirmahan at lagyan ng petsa gamit ang tinta, saka idagdag ang scan o litrato mula sa telepono ng pinirmahang pahina. Kung sa koreo, pirmahan mismo ang naka-print na form.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>Naidagdag na ang pinirmahang pahina: papalitan nito ang hindi pa napipirmahang pahina sa lahat ng ipapadala mo.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>I-print ang pahinang pipirmahan</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>Ang pahina ng pirma na may pangalan ng tao at receipt number</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Idagdag ang pinirmahang pahina</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Scan o litrato mula sa telepono ng pahina, pinirmahan at nilagyan ng petsa gamit ang tinta</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Napunan na ang mga naka-save ninyong detalye.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Punan muna ang mga detalye ninyo, tapos i-save.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Na-save. Mapupunan ang mga bagong kaso ng mga detalyeng ito sa isang hakbang.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Punan ng mga naka-save kong detalye</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Kinokopya rito ang mga detalyeng na-save ninyo dati (pangalan, organisasyon, contact).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>I-sa&amp;ve ang mga detalye ko para sa susunod</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Itinatago ang mga detalyeng ito, naka-encrypt, para mabilis mapunan ang mga bagong kaso.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>Ano ang “%1”?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Ipinapakita o itinatago ang maikling paliwanag.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>I-type ang passphrase ninyo, tapos pindutin ang Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Mali ang passphrase na iyan. Tingnan ang Caps Lock at subukan ulit.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>Hindi ibinigay ng password store ng computer ang key: isinara ang window nito o tumanggi ito. I-type na lang ang passphrase mo, o subukan ulit ang password store.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>Hindi ibinigay ng password store ng computer ang key: isinara ang window nito o tumanggi ito. Gamitin na lang ang recovery key mo, o subukan ulit ang password store.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>Hindi ibinigay ng password store ng computer ang key: isinara ang window nito o tumanggi ito. Subukan ulit, at i-type ang password ng computer kapag hiningi ito.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>I-type ang recovery key mula sa papel mo, saka pindutin ang Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>Na-save na ang bagong passphrase. Hindi na gumagana ang luma mong recovery key.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Pumili ng bagong passphrase</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Naka-lock</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Naka-lock ang Ombud Desktop at nakatago ang mga kaso ninyo. I-unlock para magpatuloy.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>I-unlock ang inyong mga kaso</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Naka-encrypt na nakatago ang mga kaso ninyo sa computer na ito.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>Ang passphrase na pinili noong ise-set up ang Ombud Desktop. Pindutin ang Enter para mag-unlock.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;I-unlock</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Nag-a-unlock gamit ang passphrase.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>I-unlock gamit ang &amp;system keyring</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Ginagamit ang key na nakatago sa password store ng computer na ito.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Gamitin ang recovery &amp;key</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Nakalimutan ang passphrase? Binubuksan ang mga kaso mo gamit ang recovery key na nasa papel.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>Recovery &amp;key (mga grupo ng apat na titik at numero)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>I-type ito gaya ng nakalimbag; hindi mahalaga ang mga gitling at espasyo. Pindutin ang Enter para buksan.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Buksan gamit ang recovery key</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Binubuksan ang mga kaso mo, saka humihingi ng bagong passphrase.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Bumalik</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Bumalik sa passphrase.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Bukas na ang mga kaso mo. Ngayon, pumili ng bagong passphrase: ito na ang ita-type mo mula ngayon.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>I-&amp;save ang bagong passphrase</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>Sine-save ito at binubuksan ang mga kaso mo. Gumagana pa rin ang recovery key mo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Maligayang pagdating</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Tinutulungan kayo ng app na ito na humingi ng tulong sa CIS Ombudsman para sa kasong natigil o nagkaproblema sa USCIS. Sasagutan nito kasama ninyo ang Form DHS-7001, isang tanong bawat beses, at gagawa ng package na puwede ninyong i-email, i-fax o ipadala sa koreo.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Ang kailangan ninyo</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Ang mga receipt notice ninyo mula sa USCIS (nagsisimula sa 3 letra ang receipt number).
• Ang mga petsa ng pakikipag-ugnayan ninyo sa USCIS at anumang reference number.
• Mga kopya ng sulat mula sa USCIS at ng ipinadala ninyo sa kanila. Huwag kailanman magpadala ng orihinal.
• Mga 20 hanggang 40 minuto. Puwede kayong huminto anumang oras: naka-save ang lahat.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Ang inyong privacy</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Lahat ng tina-type ninyo at bawat dokumentong idinadagdag ninyo ay nananatili sa computer na ito, naka-encrypt. Hindi kailanman gumagamit ng internet ang app. Walang ipinapadala hanggang kayo mismo ang magpadala. Gamitin ang Mabilis na exit (Ctrl+Shift+Q) para itago agad ang lahat.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Ang kaya at hindi kayang gawin ng Ombudsman</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>Puwedeng hilingin ng Ombudsman sa USCIS na tingnan ang problema sa kaso ninyo. Hindi ito makakapagbigay ng legal na payo o makakapagbago ng desisyon ng USCIS. Hindi gawa ng gobyerno ng U.S. ang app na ito at hindi ito nagbibigay ng legal na payo.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Sine-save…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Na-save</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Pakisagot muna ito bago magpatuloy: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Hindi kailangan ang hakbang na ito sa kasong ito.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Gamitin ang Susunod para makarating sa hakbang na ito; mauuna ang mga naunang hakbang.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(hindi kailangan)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Kailangan na ngayon ang hakbang %1, “%2”, dahil sa sagot mo.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Mga hakbang</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Ang mga hakbang ng form. Pindutin ang Enter sa hakbang na napuntahan na ninyo para bumalik dito.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Home</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Bumalik sa listahan ng mga kaso. Naka-save ang lahat.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Bumalik</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>Ang nakaraang hakbang. Walang mawawala sa tina-type ninyo. Shortcut: Alt+Kaliwa.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Susunod &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>Ang susunod na hakbang. Shortcut: Alt+Kanan.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>May hindi inaasahang nagkamali ({kind}). Ligtas ang inyong mga sagot; bumalik nang isang hakbang at subukang muli.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>Email (inirerekomenda)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Koreo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telepono (toll free)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Kahilingan para sa tulong sa kaso sa CIS Ombudsman (Form DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Para kay: {name}. Receipt number: {receipt}. Ginawa noong {date}. Paraan ng pagpapadala: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Inihanda sa tulong ng {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Saan hihingi ng tulong: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Mahalaga: hindi naka-encrypt ang mga file sa folder na ito at may pribadong impormasyon. Itago ang mga ito nang ligtas, at burahin ang folder na ito kapag naipadala na ang kahilingan.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Binago ng opisina ng Ombudsman ang paraan ng pagtatrabaho nito noong 2025. Baka luma na ang mga contact details na ito: tiyakin ang mga ito sa www.dhs.gov/cisombudsman sa susunod na may internet kayo.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Bago magpadala: tiyakin ang contact details</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (mula sa: {source}; huling tiningnan noong {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Paano ito ipadala</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Ano ang nasa folder na ito</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json at SHA256SUMS: bawat file kasama ang laki at SHA-256 checksum nito, para matiyak na walang nabago o nawala sa daan.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Pagkatapos magpadala: sa Ombud Desktop, markahan ang kaso bilang naipadala kasama ang petsa at reference ({reference}). Gagawa ito ng mga paalala para mag-follow up pagkatapos ng 30 at 90 araw.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>koreo</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>ang petsa na ipinadala ninyo ang email</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>ang numero sa confirmation page ng fax</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>ang tracking number, kung mayroon</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Buksan ang {first_eml} (i-double-click): bubuksan ito ng email program ninyo bilang bagong mensahe para sa {email}, kasama ang mga naka-attach na file.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>May {count} mensahe: ipadala lahat, mula part 1 hanggang part {count}. Nakasaad sa teksto ng bawat isa kung aling mga dokumento ang dala nito.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Tingnan ang mensahe, tapos pindutin ang Send.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Kung gumagamit kayo ng email sa web browser (Gmail, Outlook.com, Yahoo): gumawa ng bagong mensahe para sa {email} na may subject na "{subject}", kopyahin dito ang teksto ng katugmang message-N.txt file, i-attach ang mga file na binabanggit nito mula sa folder na "attachments", at ipadala.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>Ang {title} ({size} MB) ay mas malaki sa {limit} MB na kayang dalhin ng isang email, kaya wala ito sa anumang mensahe. Nasa folder na "attachments" ito. Ipadala ito sa fax o koreo, o paliitin ito (mag-scan ng mas kaunting pahina o sa mas mababang resolution) at mag-export ulit.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Ipadala ang {fax_pdf} ({pages} pahina, kasama ang cover sheet) sa fax number na {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Gamit ang fax machine: i-print ang {fax_pdf} nang isang panig at ilagay ang lahat ng pahina sa makina. Gamit ang fax service o app: i-upload ang {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Itago ang confirmation page na ibinibigay ng fax machine o service.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Kung humingi ng TIFF file ang fax service, i-upload na lang ang {fax_tiff}.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>I-print ang {packet} nang isang panig ({packet_pages} pahina). Ang unang pahina ay checklist para sa inyo; huwag itong ipadala.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Pirmahan at lagyan ng petsa ang form gamit ang ballpen kung saan nakasulat ang "Sign here", kung humihingi ito ng pirma gamit ang kamay.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Sundin ang checklist, tapos ilagay nang maayos ang mga pahina sa sobre, ang address page sa ibabaw.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Ipadala sa koreo sa: {address}. Puwedeng maantala ang koreo nang hanggang {days} araw dahil sa security screening: mas mabilis ang email.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: ang email na ipapadala (part {part} ng {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: ang teksto ng mensahe {part}, para i-paste sa webmail.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: ang form at mga dokumento, bilang hiwa-hiwalay na PDF file.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: ang fax, handa nang ipadala ({pages} pahina kasama ang cover sheet).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: ang parehong fax bilang TIFF file ({coding}) para sa mga serbisyo ng fax.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: lahat ng ipi-print at ipapadala sa koreo.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>Afghanistan</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>Albania</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Algeria</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Amerikanong Samoa</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>Andorra</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>Antarctica</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Antigua at Barbuda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>Argentina</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>Armenia</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>Australia</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Austria</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Azerbaijan</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Bahrain</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Barbados</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Belarus</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Belgium</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Benin</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Bermuda</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Bhutan</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolivia</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonaire, Sint Eustatius at Saba</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bosnia at Herzegovina</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Isla ng Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brazil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Teritoryo sa Karagatang Indiyano ng Britanya</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>Bulgaria</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>Cabo Verde</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>Cambodia</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Cameroon</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Kapuluan ng Cayman</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>Republika ng Gitnang Aprika</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>Chad</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>Chile</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>Tsina</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Isla ng Pasko</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Kapuluan ng Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Comoros</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Congo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>Demokratikong Republika ng Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Kapuluan ng Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Croatia</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>Curaçao</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>Cyprus</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Czechia</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Côte d'Ivoire</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Denmark</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Dominica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>Republikang Dominikano</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Ehipto</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Equatorial Guinea</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>Eritrea</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>Estonia</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Ethiopia</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Kapuluan ng Falkland (Malvinas)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Kapuluan ng Faroe</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fiji</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Finland</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>Pransiya</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Pranses na Guiana</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Pranses na Polynesia</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Mga Katimugang Teritoryo ng Pransiya</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Gambia</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Georgia</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Alemanya</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>Ghana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>Gibraltar</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>Gresya</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Greenland</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Grenada</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>Guadeloupe</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>Guatemala</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>Guernsey</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>Guinea</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>Guinea-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Haiti</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Isla ng Heard at Kapuluan ng McDonald</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Vatican</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>Hong Kong</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>Hungary</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Iceland</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>India</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Iraq</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Ireland</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Isle of Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Israel</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Italya</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Hapon</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jordan</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>Kazakhstan</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>Kenya</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>Kiribati</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>Kuwait</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>Kyrgyzstan</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Latvia</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>Lebanon</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>Lesotho</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Libya</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Lithuania</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>Macao</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>Malaysia</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>Maldives</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>Malta</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Kapuluan ng Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Mauritania</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Mauritius</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>Mehiko</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Micronesia</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldova</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Mongolia</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>Montenegro</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>Morocco</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Myanmar</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>Namibia</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>Nepal</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>Netherlands</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>New Caledonia</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>New Zealand</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>Nicaragua</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>Nigeria</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>Niue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Isla ng Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Hilagang Korea</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Hilagang Macedonia</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Kapuluan ng Hilagang Mariana</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Norway</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>Oman</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>Palau</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>Palestina</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>Papua New Guinea</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Peru</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Pilipinas</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Poland</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Romania</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Rusya</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>San Barthélemy</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>San Helena, Ascension, at Tristan da Cunha</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>San Kitts at Nevis</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>San Lucia</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>San Martin (sakop ng Pransiya)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>San Pierre at Miquelon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>San Vicente at ang Grenadines</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>San Marino</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>Sao Tome at Principe</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Saudi Arabia</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>Serbia</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Singapore</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>Sint Maarten (sakop ng Netherlands)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Slovakia</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Slovenia</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Kapuluan ng Solomon</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somalia</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Timog Aprika</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Timog Georgia at ang Kapuluan ng Timog Sandwich</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Timog Korea</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Timog Sudan</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Espanya</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Sudan</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard at Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Sweden</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Switzerland</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Syria</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Taiwan</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tajikistan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzania</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Thailand</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Timor-Leste</translation>
        </message>
        <message>
            <source>Togo</source>
            <extracomment>country TG</extracomment>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <extracomment>country TK</extracomment>
            <translation>Tokelau</translation>
        </message>
        <message>
            <source>Tonga</source>
            <extracomment>country TO</extracomment>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Trinidad and Tobago</source>
            <extracomment>country TT</extracomment>
            <translation>Trinidad at Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Tunisia</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Turkmenistan</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Kapuluan ng Turks at Caicos</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Turkiya</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Uganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Nagkakaisang Emiratong Arabo</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>United Kingdom</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Mga Minor Outlying Island ng Estados Unidos</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Uzbekistan</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Kapuluang Birhen ng Britanya</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Kapuluang Birhen ng Estados Unidos</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Wallis at Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Kanlurang Sahara</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>Yemen</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>Zambia</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>Zimbabwe</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Kapuluan ng Åland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Oo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} buwan</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} buwan</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{filename}: {reason}</source>
            <translation>{filename}: {reason}</translation>
        </message>
        <message>
            <source>the password given for this PDF is not correct. Try again, or attach a copy saved without a password.</source>
            <translation>hindi tama ang password na ibinigay para sa PDF na ito. Subukan ulit, o mag-attach ng kopyang naka-save nang walang password.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>may password ang PDF na ito. Ilagay ang password nito, o buksan ito at i-save o i-print bilang bagong PDF na walang password, saka i-attach ang kopyang iyon.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Hindi magawang mga pahina ang mga attachment na ito; walang ibang binago sa kaso:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>Kulang sa installation na ito ang mga font na kailangan para gumawa ng PDF (hinanap sa {folder}). I-install ulit ang Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>sira o kulang ang {kind} na larawan at hindi ito mabasa. Buksan ito sa image viewer para suriin, o kumuha ulit ng litrato o i-scan ulit.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>masyadong malaki ang larawan para ligtas na ilagay sa isang pahina. Mag-save ng mas maliit na kopya (halimbawa 4000 pixel sa mahabang gilid) at i-attach iyon.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>masyadong malaki ang larawan para ligtas na ilagay sa isang pahina ({width} x {height} pixel). Mag-save ng mas maliit na kopya (halimbawa 4000 pixel sa mahabang gilid) at i-attach iyon.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>may higit sa {count} pahina ang file. Hatiin ito sa mas maliliit na file.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>sira ang PDF at hindi ito naayos. Buksan ito sa PDF viewer at i-save o i-print bilang bagong PDF, o i-scan ulit ang papel, saka i-attach ang bagong kopya.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>walang pahina ang PDF. Mag-attach ng kopyang may laman.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>gumagamit ang PDF ng encryption na hindi mabuksan ng app. I-save ito nang walang password sa isang PDF viewer, saka i-attach ang kopyang iyon.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>Wala ang iginuhit na pirma. Iguhit ulit ang pirma sa pahina ng Pahintulot, o pumili ng typed o ink na pirma.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>Hindi mabasa ang iginuhit na pirma. Iguhit ito ulit sa pahina ng Pahintulot.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>isang PDF na dokumento</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>isang JPEG na larawan</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>isang PNG na larawan</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>isang GIF na larawan</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>isang BMP na larawan</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>isang TIFF na larawan</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>isang WebP na larawan</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>isang HEIC/HEIF na litrato</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>isang AVIF na litrato</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>isang JPEG 2000 na larawan</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>isang PBM/PGM/PPM na larawan</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>isang Photoshop (PSD) na larawan</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>isang QOI na larawan</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>payak na teksto</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>isang ZIP archive o office na dokumento (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD o QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>walang laman ang file (0 byte). Piliin ulit ang file, o i-scan ito ulit.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>hindi ito uri ng file na nababasa ng app. Mag-attach ng {formats} na file: i-print o i-save muna ang dokumento bilang PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>naglalaman ang file na ito ng {kind}. Mag-attach ng {formats} na file: i-print o i-save muna ang dokumento bilang PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>sinasabi ng pangalan na {expected} ito pero ang laman ng file ay {actual}. Tingnan kung ito ang tamang file, o palitan ang pangalan para tama ang extension.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>puno na ang disk</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>read-only ang folder o wala kang pahintulot na sumulat dito</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Hindi ma-save ang {name} sa {folder}: puno na ang disk. Magbakante ng espasyo, saka i-save ulit.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Hindi ma-save ang {name} sa {folder}: read-only ang folder o wala kang pahintulot na sumulat dito. Pumili ng folder na masusulatan mo (--data-dir), saka i-save ulit.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Hindi ma-save ang {name} sa {folder}: {reason}. Suriin ang disk, saka i-save ulit.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Hindi mabuksan ang kasong {case_id}. {problem} Nabubuksan pa rin gaya ng dati ang lahat ng ibang kaso. Kung hindi ito maaayos, burahin ito (piliin ito at piliin ang Burahin, o patakbuhin ang `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>Mayroon nang kasong {case_id}; walang pinatungan.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>Walang kasong {case_id} sa {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Hindi mabasa ang {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>Walang attachment na {attachment_id} ang kasong {case_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>Sira ang file na {path} o binago ito sa labas ng Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Kailangan ng hand-off file ng passphrase para maprotektahan ito.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>Mayroon nang {path}; pumili ng ibang pangalan ng file (walang binago).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Kinansela. Walang naisulat na hand-off file.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>Humihingi ang hand-off file na {name} ng mas maraming memory o oras para mabuksan kaysa kailanman ginagamit ng Ombud Desktop, kaya hindi ito binuksan: hindi ito ginawa ng app na ito, o binago ito. Hilingin sa nagpadala na gawin itong muli.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Hindi nabubuksan ng passphrase na iyon ang hand-off file na {name}. Itanong sa gumawa nito ang passphrase na pinili nila.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>May kaso ang hand-off file na {name} na hindi magamit ng app na ito ({problem}). Walang na-import. Hilingin sa nagpadala na gawin muli ang hand-off file gamit ang Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>Nasa vault na ito ang kasong {case_id}. Walang binago. I-import ito bilang bagong kaso (--new-id) o palitan ang narito (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Walang ligtas na system keyring dito. Protektahan na lang ang vault gamit ang passphrase.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Tumanggi ang system keyring na itago ang key ng vault ({problem}). I-unlock ang iyong keyring (mag-log in sa desktop session) at subukan ulit, o gamitin na lang ang passphrase o recovery key ng vault.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>Nasa system keyring ang key ng vault, pero walang ligtas na keyring ngayon (halimbawa, walang desktop session). I-unlock gamit ang passphrase o recovery key ng vault.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Tumanggi ang system keyring na ibigay ang key ng vault ({problem}). I-unlock ang iyong keyring (mag-log in sa desktop session) at subukan ulit, o gamitin na lang ang passphrase o recovery key ng vault.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>Wala sa system keyring ang key ng vault na ito (maaaring keyring ito ng ibang user o bagong computer). I-unlock gamit ang passphrase o recovery key ng vault.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>Sira ang key ng vault sa system keyring. I-unlock gamit ang passphrase o recovery key ng vault.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Hindi nakatago sa system keyring ang vault na ito; i-unlock ito gamit ang passphrase nito.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>Hindi nabubuksan ng key sa system keyring ang vault na ito (o sira ang key file nitong {path}). I-unlock gamit ang passphrase o recovery key.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Walang passphrase ang vault na ito; na-u-unlock ito sa pamamagitan ng system keyring.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Hindi nabubuksan ng passphrase na iyon ang vault na ito. Suriin ito (Caps Lock, layout ng keyboard) at subukan ulit. Kung sigurado kang tama ito, maaaring sira ang key file na {path}: gamitin ang iyong recovery key.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Hindi nabubuksan ng recovery key na iyon ang vault na ito. Suriin ang bawat grupo ng apat na character at subukan ulit.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Nawawala ang file na {path}.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Hindi ito maibabalik nang awtomatiko: walang backup na kopya. Hindi ginalaw ang file; itago ito at humingi ng tulong sa iyong support contact.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Hindi ito maibabalik nang awtomatiko: sira rin ang backup na kopya nito. Hindi ginalaw ang file; itago ito at humingi ng tulong sa iyong support contact.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>Binago ang {path} sa disk (ng ibang window o program) matapos itong buksan dito, kaya hindi ito pinatungan. Nasa screen pa ang iyong mga pagbabago: buksan ulit ang kaso para makita ang ibang bersyon, o i-save ang sa iyo bilang kopya.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>Inalis ang {path} matapos itong buksan dito; hindi ito basta ginawa ulit nang tahimik.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>Ginagamit ng {holder} ang vault sa {folder}. Isara ang Ombud Desktop doon (o hintaying matapos ang command na iyon) at subukan ulit.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Binuksan nang read-only: ginagamit ng {holder} ang vault. Hindi mase-save ang mga pagbabago hangga't hindi ito naisasara.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Hindi masulatan ang data folder na {folder}: {reason}. Pumili ng ibang folder gamit ang --data-dir (o OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Binuksan nang read-only. Hindi masulatan ang data folder na {folder}: {reason}. Pumili ng ibang folder gamit ang --data-dir (o OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>Binuksan ang vault nang read-only; hindi mase-save ang mga pagbabago.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Wala pang vault sa {folder}. Gumawa ng isa gamit ang `ombud-desktop vault init` (o buksan ang app).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>May vault na sa {folder}; hinayaan ito kung ano ito.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Walang ligtas na system keyring dito: pumili ng passphrase para protektahan ang vault.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>Naka-lock ang vault. I-unlock muna ito.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Ilagay ang passphrase ng vault para makagawa ng bagong recovery key: magbabago ang key ng vault, at kailangang ikabit ang passphrase sa bago.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>Dapat nasa pagitan ng 1 at {most} araw ang panahon ng pagtatago.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>Hindi case id ang {case_id} (tingnan ang `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>Kulang ang bakanteng espasyo sa {folder} para i-save ang export. Walang na-save. Magbakante ng espasyo o pumili ng ibang folder (halimbawa isang USB stick), saka mag-export ulit.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>Hindi pinapayagang sumulat ang app sa {folder}. Walang na-save. Pumili ng ibang folder, saka mag-export ulit.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>Hindi ma-save ang export sa {folder} ({reason}). Walang na-save. Pumili ng ibang folder, saka mag-export ulit.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>Naubusan ng memory ang computer habang ginagawa ang package. Isara ang ibang program, o huwag isama ang napakalaking dokumento, saka subukan ulit.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>May nangyaring mali habang ginagawa ang package ({kind}). Walang na-save at hindi nagbago ang iyong kaso. Subukan ulit; kung mangyari ulit, pumili ng ibang paraan ng pagpapadala.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>Hindi mabasa ang listahan ng mga address ng Ombudsman ({path}) ({reason}). I-install ulit ang app.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Nakalista ang mga dokumentong ito, pero hindi kailanman naidagdag sa app ang mga file nila: {names}. I-attach ang mga file (o alisin sila sa listahan), saka mag-export ulit.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>Hindi export ng kasong ito ang {path} (hindi ito sinasabi ng manifest.json nito); walang binura.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>Hindi mabura ang {path} ({reason}). Isara ang anumang program na gumagamit nito at subukan ulit, o burahin ito mismo.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>huminto ang proseso ng export</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Kinansela. Walang idinagdag.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>masyado itong maikli o simple.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>isa ito sa mga password na pinakamadalas gamitin.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>binubuo lang ito ng ilang karaniwang salita o pangalan.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>inuulit nito ang parehong mga letra o salita.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>sumusunod ito sa pagkakasunod-sunod o sa isang hanay ng keyboard (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>nakabatay ito sa isang petsa o taon.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>may laman itong pangalan o numero mula sa kaso.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Masyadong madaling hulaan ang passphrase na ito: {reason} Gumamit ng lima o higit pang salita na walang kaugnayan sa isa't isa, halimbawa: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Dapat pirmahan ng kamay gamit ang tinta ang kahilingang ito (mga kaso ng T, U, VAWA, asylum at refugee), at hindi pa naidaragdag ang pinirmahang pahina nito. I-print ang pahinang pipirmahan, pirmahan at lagyan ng petsa gamit ang tinta, saka idagdag ang pinirmahang pahina (scan o litrato mula sa telepono) gamit ang 'Idagdag ang pinirmahang pahina', o sa command line: ombud-desktop case attach ID FILE --category signed_form. Pagkatapos ay i-export muli, o ipadala ito sa koreo at pirmahan ang naka-print na form. Walang na-save.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>Ang file na {path} ay mas lumang kopya ng kasong {case_id} (bersyon {found}; ang huling nai-save ng vault na ito ay bersyon {latest}): inilagay ito roon mula sa labas ng Ombud Desktop, kaya hindi ito ginamit.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Wala nang mas bagong kopya sa data folder. Kung kayo mismo ang nagbalik ng kopyang ito mula sa isang backup, buksan ito at piliin ang “Gamitin ang mas lumang kopyang ito” (o patakbuhin ang `ombud-desktop case accept-older {case_id}`); kung hindi, burahin ang kaso o magtanong sa inyong support contact.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Ginagawa ang cover sheet ng fax</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Pinagsasama ang form at mga dokumento</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Ginagawang grayscale ang mga pahina para sa fax</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Ginagawa ang TIFF file ng fax</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>Inilalagay ang pangalan at numero ng pahina sa bawat pahina</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Ginagawa ang PDF ng form</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Ginagawang mga pahina ang mga dokumento</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Isinusulat ang cover letter</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Ginagawa ang checklist at ang address page</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Isinusulat ang README.txt at ang mga checksum</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Ginagawa ang email</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Sine-save ang email at mga attachment nito</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Sine-save ang fax</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Sine-save ang package na ipi-print</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Binabasa ang kaso</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>Ang A-Number ay ang letrang A at 7 hanggang 9 na numero, halimbawa A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Isulat ang petsa ng pakikipag-ugnayang ito sa USCIS. Makikita rito kung nagkaroon ng sapat na panahon ang USCIS para ayusin ang problema.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>Ang {value} ay wala sa mga pagpipilian. Pumili ng isa sa listahan.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Kung tumutulong kayo sa ibang tao, dapat siyang pumayag at pumirma sa pahintulot sa form na ito, o dapat ninyong ilakip ang kanyang pinirmahang pahintulot (uri ng dokumento: Pinirmahang pahintulot).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>Dapat pumayag sa pahintulot ang taong may kaso. Kung wala ito, hindi makakakilos ang Ombudsman sa kaso.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Sabihin kung sino ang nagsagot sa form na ito o bumasa nito sa tao, at sa anong wika.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Pinipirmahan ng kamay gamit ang tinta ang form na ito. Para ipadala ito sa email o fax, i-print ang pahinang pipirmahan, pirmahan at lagyan ng petsa gamit ang tinta, saka idagdag ang pinirmahang pahina (scan o litrato mula sa telepono) gamit ang 'Idagdag ang pinirmahang pahina'. Kung sa koreo, pirmahan mismo ang naka-print na form.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>Sa mga kasong T, U, VAWA, asylum at refugee, dapat pirmahan ang pahintulot gamit ang kamay at tinta. Piliin ang “I-print, pirmahan gamit ang tinta, at i-scan”.</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Makipag-ugnayan muna sa USCIS: tumawag sa 1-800-375-5283 o magpadala ng e-Request. Inaasahan ng Ombudsman na sinubukan ninyo ang USCIS sa nakaraang 90 araw.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Ang huli ninyong pakikipag-ugnayan sa USCIS ay {days} araw na ang nakalipas. Inaasahan ng Ombudsman ang pakikipag-ugnayan sa nakaraang 90 araw: makipag-ugnayan muna ulit sa USCIS.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Ang huli ninyong pakikipag-ugnayan sa USCIS ay {days} araw pa lang ang nakalipas. Hinihiling ng Ombudsman na bigyan ninyo ang USCIS ng hindi bababa sa 60 araw para ayusin ang problema (hanggang {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>Hindi namin kilala ang bansang {value}. Itinatago ito ayon sa pagkakasulat ninyo; tingnan ang baybay o pumili ng bansa sa listahan.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Maglagay ng totoong petsa bilang mm/dd/yyyy (buwan/araw/taon), halimbawa 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Ang petsang ito ({date}) ay pagkatapos ng araw na ito. Tingnan ulit.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>Hindi kailanman naidagdag ang file ng "{title}". Idagdag ang file sa hakbang ng mga dokumento, o alisin ang dokumento sa listahan.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>Ang "{title}" ay {size} MB, higit sa kayang dalhin ng isang email na {limit} MB: iiwan ito ng email export, at sasabihin iyon, para maipadala mo ito sa fax o koreo. O i-scan itong muli nang mas kaunting pahina o mas mababang resolution.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Hindi ito mukhang email address. Dapat itong kahawig ng name@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Isulat ang receipt number, o sabihin kung bakit wala.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Maglista ng kahit isang aplikasyon o petisyon na inihain ninyo sa USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>Ang {value} ay hindi mukhang numero ng form ng USCIS tulad ng I-130 o N-400. Tingnan ang itaas ng form na inihain ninyo.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Ang abogado o accredited representative ay dapat maglakip ng kopya ng Form G-28 na nasa file ng USCIS (uri ng dokumento: Form G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Maglagay ng numerong 0 o higit pa, halimbawa 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Ilagay ang numero ng telepono kasama ang area code, halimbawa 202-555-0142, o magsimula sa + at country code kung nasa labas ng U.S. ang numero.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Ang ZIP code sa U.S. ay 5 numero, o 5 + 4 na numero, halimbawa 20528 o 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>Ayon sa mga petsang ito, {months_pending} buwan nang naghihintay ang kaso, hindi lampas sa nakapaskil na {posted_months} buwan. Karaniwang tumutulong lang ang Ombudsman kapag lumampas na ang panahong iyon.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Ilagay ang nakapaskil na processing time ng USCIS, sa buwan, para maipakita kung gaano na kalampas ang inyong kaso.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Idagdag ang receipt date ng inyong aplikasyon, para mabilang kung gaano na ito katagal naghihintay.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>Natanggap ang pinakamatandang aplikasyon noong {receipt_date} at {months_pending} buwan na itong naghihintay.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>Natanggap ang pinakamatandang aplikasyon noong {receipt_date} at {months_pending} buwan na itong naghihintay: lampas nang {months_past} buwan sa nakapaskil na processing time na {posted_months} buwan, na natapos noong {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>Natanggap ang pinakamatandang aplikasyon noong {receipt_date} at {months_pending} buwan na itong naghihintay. Matatapos sa {posted_time_ends} ang nakapaskil na processing time na {posted_months} buwan.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Pinili ninyo ang emergency o matinding hirap: ilarawan ito, para makita ng Ombudsman kung bakit ito apurahan.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Dalawang beses nakalista ang receipt number na ito. Alisin ang isa.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Ang receipt number ay 3 letra at 10 numero, halimbawa IOE0912345678. Ihambing ito sa inyong receipt notice.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>Hindi namin kilala ang receipt number na nagsisimula sa {prefix}. Tingnan ang mga letra sa inyong receipt notice; kung pareho, hayaan na.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Mainam sagutin kung kaya: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Kailangan itong sagutin: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Saan pupunta sa halip: isang nonprofit na serbisyong legal sa imigrasyon (nakalista sa ImmigrationLawHelp.org ang mga libre o mura); ang listahan ng Justice Department ng mga kinikilalang organisasyon at accredited representative (EOIR); o ang lawyer referral service ng state bar association mo.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>May mga hindi nakikitang control character ({chars}) ang sagot na ito, na madalas nakokopya kasama ng idinikit na teksto. Burahin ang sagot at i-type itong muli.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Dapat ay listahan ng mga pagpipilian ang sagot na ito.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Dapat ay oo o hindi (true o false) ang sagot na ito.</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Dapat ay grupo ng mga sagot ({{ ... }}) ito, hindi iisang halaga.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Dapat ay listahan ng mga item ([ ... ]) ito.</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Dapat ay numero ang sagot na ito.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Dapat ay teksto ang sagot na ito.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Hindi kilala ng Ombud Desktop ang sagot na "{field}". Itinatago ito, pero hindi ito ipi-print sa form. Tingnan ang baybay ng pangalan nito.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>Hindi kayang baguhin ng Ombudsman ang desisyon ng USCIS na hindi ninyo sinasang-ayunan. Makakatulong ito kapag nagkamali o naantala ang USCIS. Para kuwestiyunin ang desisyon, magtanong sa abogado tungkol sa apela.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>Tumutulong lang ang Ombudsman sa mga problema sa USCIS. Ang ibang ahensya, tulad ng State Department o mga immigration court, ay hindi bahagi ng trabaho nito.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>Hindi makakapagbigay ng legal na payo ang Ombudsman. Ang abogado o accredited representative ay puwede.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Pinili ninyong ipadala pa rin ang kahilingan. Puwedeng sumagot ang Ombudsman na hindi ito makakatulong.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>Hindi nagbibigay ng legal na payo ang Ombudsman, hindi nito mababaligtad ang desisyon ng USCIS, at sa mga problema lang sa USCIS ito kumikilos.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Ayon sa mga sagot ninyo, baka makatulong ang Ombudsman. Makipag-ugnayan muna sa USCIS kung hindi pa ninyo nagagawa: inaasahan ng Ombudsman na sinubukan ninyo.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Pumili ng kahit isang dahilan kung bakit kailangan ninyo ng tulong. Tumutulong ang Ombudsman sa mga pagkaantala, pagkakamali at problemang hindi inayos ng USCIS.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Magbigay ng kahit isang paraan para makontak ang tao: telepono, email, fax o mailing address.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>Ang {value} ay hindi estado o teritoryo ng U.S. Pumili ng isa sa listahan.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Ang USCIS online account number ay may 12 numero.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>Makakatulong ba ang Ombudsman?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>Ang CIS Ombudsman ay isang maliit na opisina na tumutulong kapag natigil o nagkaproblema ang kaso sa USCIS. Ilang tanong muna ang magpapakita kung makakatulong ito sa inyong kaso.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>Ano ang nangyayari sa inyong kaso?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Piliin ang lahat ng akma. Tumutulong lang ang Ombudsman sa mga ganitong problema, kaya malalaman natin kung ito ang tamang paraan para humingi ng tulong.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Emergency o matinding hirap na dulot ng pagkakamali o pagkaantala ng USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>Nagtanong ako sa customer service ng USCIS at hindi pa rin naaayos</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Mas matagal nang naghihintay ang kaso ko kaysa sa nakapaskil na processing time ng USCIS</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>Nagkamali ang USCIS sa kaso ko</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>May akma ba sa inyo sa mga ito?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Piliin ang mga totoo. Hindi makakatulong ang Ombudsman sa mga ito, at mas mabuting malaman ngayon kaysa maghintay ng sagot na hindi.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Gusto ko ng legal na payo tungkol sa kaso ko</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Ang problema ko ay sa ibang opisina, hindi sa USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>Hindi ako sang-ayon sa desisyon ng USCIS, pero hindi ko maituro ang pagkakamali</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Naiintindihan ko na baka hindi makatulong ang Ombudsman, at gusto ko pa ring ipadala ito</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Piliin lang ito kung nabasa ninyo kung bakit baka hindi makatulong ang Ombudsman at gusto pa rin ninyong humingi. Para hindi kayo magpadala ng kahilingan nang hindi sinasadya.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Ang nagawa na ninyo sa USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>Hinihiling ng Ombudsman na makipag-ugnayan muna kayo sa USCIS. Inaasahan nito na nakausap ninyo ang USCIS sa nakaraang 90 araw, at binigyan ninyo ang USCIS ng hindi bababa sa 60 araw para ayusin ang problema.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>Tumawag ba kayo sa USCIS Contact Center (1-800-375-5283)?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Kadalasang unang hakbang ang pagtawag sa USCIS. Gustong malaman ng Ombudsman ang sinubukan ninyo para hindi na kayo pagawin ulit.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>Kailan kayo huling tumawag?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>Ang petsa ng huli ninyong tawag. Makikita rito kung gaano katagal nang may panahon ang USCIS para ayusin ang problema.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Service request o referral number</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Kung binigyan kayo ng USCIS ng numero para sa tawag, isulat ito rito. Nakakatulong ito sa Ombudsman na mahanap ang tawag ninyo sa mga rekord ng USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>Tiningnan ba ninyo ang case status online?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>Ipinapakita ng USCIS ang case status sa website nito. Sinasabi nito sa Ombudsman kung ano ang ipinapakita sa inyo ng USCIS.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>Kailan ninyo ito huling tiningnan?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>Ang huling petsa na tiningnan ninyo ang case status.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>Pumunta ba kayo sa appointment sa opisina ng USCIS (InfoPass)?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Ang personal na appointment ay isa pang paraan para humingi ng tulong sa USCIS. Sabihin kung nagkaroon kayo nito.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Petsa ng appointment</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>Ang petsa na pumunta kayo sa opisina ng USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>Aling opisina ng USCIS?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>Ang lungsod o pangalan ng opisinang pinuntahan ninyo.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>Nagpadala ba kayo sa USCIS ng online na kahilingan (e-Request)?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>Ang e-Request ay isang form sa website ng USCIS para magtanong tungkol sa kaso. Sabihin kung nagpadala kayo nito.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Petsa ng e-Request</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>Ang petsa na ipinadala ninyo ang online na kahilingan.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Numero ng e-Request</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>Ang numerong ibinigay ng USCIS para sa online na kahilingan, kung mayroon kayo.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>May miyembro ba ng Kongreso na nagtanong sa USCIS tungkol sa inyong kaso?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Puwede ring magtanong sa USCIS ang inyong senador o kinatawan. Gustong malaman ito ng Ombudsman para hindi magdoble ng trabaho ang dalawang opisina.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>Aling opisina ng Kongreso?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>Ang pangalan ng senador o kinatawan na tumulong ang opisina.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Iba pang ginawa ninyo para ayusin ang problema</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Halimbawa, mga sulat na ipinadala ninyo sa USCIS. Lahat ng sinubukan ninyo ay nakakatulong sa Ombudsman.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Bakit kayo humihingi ng tulong</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Sabihin sa Ombudsman kung ano ang nagkamali at ano ang gusto ninyong maayos.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>Bakit kayo humihingi ng tulong?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Piliin ang lahat ng akmang dahilan. Nakakatulong ito sa Ombudsman na makita kung gaano kaapurahan ang kaso ninyo.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Emergency o matinding hirap</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>Nakabinbin nang mas matagal kaysa sa nakapaskil na processing time</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>Nagkamali ang USCIS</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>Nanganganib mawalan ng status o makaipon ng unlawful presence</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>Nawala ng USCIS ang mga dokumento</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Iba pa</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>Ano ang emergency o matinding hirap?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Ipaliwanag kung ano ang mangyayari kung hindi kikilos agad ang USCIS, halimbawa mawalan ng trabaho, hindi makapagpagamot, o may kapamilyang malubha ang sakit. Inuuna ng Ombudsman ang mga apurahang kaso, kaya mahalaga ang malinaw na detalye.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Nakapaskil na processing time ng USCIS (buwan)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>Ipinapaskil ng USCIS kung gaano katagal karaniwang inaabot ang isang form sa bawat opisina. Isulat ang bilang ng buwan na nakita ninyo. Ginagamit namin ito para bilangin kung gaano na kalampas ang kaso ninyo.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>Kailan ninyo tiningnan ang processing time na iyon?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Nagbabago ang mga processing time. Ipinapakita ng petsa kung aling nakapaskil na oras ang pinaghambingan ninyo.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>Ano ang nangyari?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Ikuwento nang sunod-sunod, kasama ang mga petsa kung alam ninyo: ano ang inihain ninyo, ano ang ginawa o hindi ginawa ng USCIS, at ano ang sinubukan ninyo. Ito ang pinakamahalagang bahagi: binabasa ito ng Ombudsman para maintindihan ang problema ninyo.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>Ano ang gusto ninyong gawin ng Ombudsman?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Halimbawa: hilingin sa USCIS na magdesisyon sa kaso, o itama ang mali sa isang card. Mas madaling aksyunan ang malinaw na kahilingan.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Sino ang nagsasagot sa kahilingang ito</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Puwede kayong humingi ng tulong para sa sarili, o tumulong sa ibang tao na humingi. Kailangan ng abogado ng Form G-28 na nasa file ng USCIS; ang iba pang tumutulong ay kailangan ng nakasulat na pahintulot ng tao.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Sino kayo?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Ako ang taong may kaso sa USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Ako ang kanilang abogado o accredited representative</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Kailangan ninyo ng kopya ng inyong Form G-28 na nasa file ng USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>Tinutulungan ko sila (kapamilya, boluntaryo, opisyal ng paaralan, staff ng Kongreso…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>Dapat pumirma ang tao ng pahintulot na nagpapahintulot sa inyong humingi para sa kanila.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Buong pangalan ninyo</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>Susulatan kayo ng Ombudsman bilang taong nagpadala ng kahilingan.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Organisasyon o law firm</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Kung tumutulong kayo bilang bahagi ng grupo o law firm, isulat ang pangalan nito.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>Ano ang kaugnayan ninyo sa tao?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Halimbawa: anak na babae, kaibigan, boluntaryo sa community center.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Telepono ninyo</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Numero kung saan kayo makokontak ng Ombudsman kung may tanong.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Email ninyo</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>Ang email ang pinakamabilis na paraan para makasagot ang Ombudsman.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Fax ninyo</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Kung gumagamit lang kayo ng fax machine.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Street address</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Numero ng bahay at kalye, o P.O. box, para mapadalhan kayo ng sulat ng Ombudsman.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Apartment, suite o palapag</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Iwanang blangko kung wala.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Lungsod o bayan</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>Ang lungsod o bayan para mapadalhan kayo ng sulat ng Ombudsman.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>Sa U.S., piliin ang estado o teritoryo. Sa labas ng U.S., isulat ang probinsya o rehiyon.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>ZIP code</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>Sa U.S., 5 numero ito, o 5 + 4 na numero (20528 o 20528-0180). Sa labas ng U.S., isulat ang postal code ayon sa nakalagay sa mga sulat.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>Bansa</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>Ang bansa ng address na ito.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Bar number</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Para sa abogado: ang inyong state bar number, na nagpapakitang puwede kayong magpraktis ng batas.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Accreditation</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>Sa mismong tao lang, o sa taong pinayagan niya, nakikipag-usap ang Ombudsman tungkol sa kaso. Kaya kailangan nitong malaman kung sino ang nagtatanong.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Kung accredited representative kayo: ang pangalan ng grupo ninyo at ang numero ninyo. Ipinapakita nito na puwede kayong tumulong sa mga tao sa mga kaso sa USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>Ang tao o employer na may kaso sa USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Ibigay ang detalye ng tao (o employer) na nag-file sa USCIS at may problema. Huwag ilagay dito ang abogado o law firm.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>Tao ba ito o employer/organisasyon?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Naghahain din ng petisyon ang mga employer. Ito ang magpapasya kung aling kahon ng pangalan ang sasagutan.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Isang tao</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Isang employer o organisasyon</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Titulo</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Hindi kailangan. Kung paano tatawagin ng Ombudsman ang tao sa mga sulat.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>G. (Mr.)</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Gng./Bb. (Ms.)</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Pangalan (first name)</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Isulat ayon sa nasa papeles ng USCIS, para mahanap ng Ombudsman ang tamang kaso. Puwede ang anumang alpabeto.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Gitnang pangalan</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Kung mayroon lang sa papeles ng USCIS.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Apelyido</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Isulat ayon sa nasa papeles ng USCIS, para mahanap ng Ombudsman ang tamang kaso.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Pangalan ng employer o organisasyon</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>Ang pangalan na nasa petisyong inihain sa USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Iba pang pangalang ginamit</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Halimbawa, pangalan bago ikasal o ibang baybay. Baka may papeles ang USCIS sa pangalang iyon.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Petsa ng kapanganakan</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>Ginagamit ng USCIS ang petsa ng kapanganakan kasama ng pangalan para mahanap ang tamang tao.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>Bansa ng kapanganakan</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Nakakatulong ito sa USCIS na itugma ang mga rekord.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>Bansa ng pagkamamamayan</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>Ang bansa ng pasaporte ng tao.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A-Number (kung mayroon)</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>Hindi lahat ay may A-Number. Kung mayroon kayo, nagsisimula ito sa A at may 7 hanggang 9 na numero (A123-456-789). Ito ang pinakamabilis na paraan para mahanap ang file ninyo.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>USCIS online account number (kung mayroon)</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 numero. Mayroon lang kayo nito kung nag-file kayo online o nakuha ninyo sa isang notice ng USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Numero ng bahay at kalye, o P.O. box, para mapadalhan ng sulat ng Ombudsman ang tao.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>Ang lungsod o bayan para mapadalhan ng sulat ng Ombudsman ang tao.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Telepono</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Numero kung saan makokontak ng Ombudsman ang tao. Kailangan ng kahit isang paraan para makontak sila.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Kung gumagamit lang ng fax machine ang tao.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>Email (para makatanggap ng balita mula sa Ombudsman)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>Ipinapadala ng Ombudsman sa email na ito ang mga balita tungkol sa kahilingan.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Gustong wika</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>Ang wikang pinakamahusay na nababasa at nasasalita ng tao.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>Kailangan ba ng tao ng interpreter?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Para makapagplano ang Ombudsman ng tawag sa wika ng tao.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>Nag-apply ba o nakatanggap ang tao ng T, U, VAWA, asylum o refugee status?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>May dagdag na proteksyon sa privacy ang mga kasong ito. Kaya dapat pirmahan ang pahintulot gamit ang kamay at tinta: i-print, pirmahan, at i-scan.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>Ang benepisyaryo (kung para sa ibang tao ang petisyon)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>May mga petisyong inihahain para sa ibang tao, tulad ng kamag-anak o manggagawa. Kung ganoon, ibigay ang detalye ng taong iyon. Kung hindi, laktawan ang pahinang ito.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Pangalan ng benepisyaryo</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>Ang taong pinag-uukulan ng petisyon.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Apelyido ng benepisyaryo</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Ayon sa nasa petisyon.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Petsa ng kapanganakan ng benepisyaryo</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Nakakatulong sa USCIS na mahanap ang tamang tao.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>A-Number ng benepisyaryo (kung mayroon)</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>Hindi lahat ay mayroon nito. Kung mayroon, nakakatulong ito na mahanap ang file.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Kaugnayan sa petitioner</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Halimbawa: asawa, anak na lalaki, empleyado.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Mga aplikasyon at petisyong inihain</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Ilista ang lahat ng aplikasyon at petisyong nakabinbin sa USCIS na bahagi ng problemang ito. Isama ang bawat receipt number: ito ang paraan ng Ombudsman para mahanap ang bawat kaso.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Aplikasyon o petisyon</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Numero ng form</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>Ang numerong nakalimbag sa itaas ng form na inihain ninyo, tulad ng I-130 o N-400. Sinasabi nito sa Ombudsman kung ano ang hiningi ninyo sa USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Receipt number</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Nasa receipt notice ito (Form I-797C) na ipinadala sa inyo ng USCIS: 3 letra at 10 numero, tulad ng IOE0912345678. Puwede ang gitling at espasyo.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>Bakit walang receipt number?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Kung hindi kayo nakatanggap kailanman ng receipt notice, sabihin dito, halimbawa “nag-file 5 buwan na ang nakalipas, wala pang receipt notice”. Kailangan ito ng Ombudsman para hanapin ang kaso.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Receipt date</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>Ang “Received Date” sa receipt notice. Ginagamit namin ito para bilangin kung gaano na katagal naghihintay ang kaso.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Opisina ng USCIS na humahawak nito</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Kung alam ninyo kung aling opisina o service center ang may hawak ng kaso, isulat dito.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>Ang hiningi ninyo sa USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Piliin ang uri ng immigration benefit na para sa mga aplikasyon.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Uri ng benefit</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Piliin ang lahat ng akma. Nakakatulong ito sa Ombudsman na ipadala ang kaso ninyo sa tamang team.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>Nonimmigrant (hal. estudyante)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Immigrant (hal. permanenteng paninirahan)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Pagkamamamayan o naturalization</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Asylum o refugee</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Pansamantalang benefit (hal. work permit o Employment Authorization)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Waiver (hal. waiver ng mga dahilan ng inadmissibility)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>Anong ibang benefit?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Pinili ninyo ang “Iba pa”: sabihin sa ilang salita kung ano ang hiningi ninyo sa USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Mga sumusuportang dokumento</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Magdagdag ng kopya ng mga papeles na nagpapakita ng problema, tulad ng receipt notice at mga sulat mula sa USCIS. Huwag magpadala ng orihinal na dokumento: kopya lang. Naka-encrypt ang mga file sa computer na ito.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Dokumento</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>ID ng dokumento</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Itinatakda ng app.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>Anong uri ng dokumento ito?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Nakakatulong sa Ombudsman na makita agad ang ipinadala ninyo, at nagpapahintulot sa app na tingnan kung may G-28 o pahintulot kapag kailangan.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Kopya ng ipinadala ko sa USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Kopya ng ipinadala sa akin ng USCIS</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Form G-28 (abogado o representative)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Pinirmahang pahintulot ng tao</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>Ang pahina ng pirma ng form, pinirmahan gamit ang tinta (scan o litrato)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Iba pang sumusuportang dokumento</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Maikling paglalarawan</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Halimbawa “Receipt notice para sa I-485”. Ipi-print ito sa listahan ng mga dokumento.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Pangalan ng file</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>Ang pangalan ng file na idinagdag ninyo.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Mga pahina</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Binibilang ng app.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Fingerprint ng file (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Para matiyak ng app na hindi nagbago ang nakatagong kopya.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Idinagdag noong</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>Ang araw na idinagdag ang file.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Pahintulot</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>Kailangan ng Ombudsman ng pahintulot ng taong may kaso para tingnan ang kanyang mga rekord sa USCIS at makipag-usap sa USCIS tungkol dito. Basahin muna ang Privacy Act notice sa ibaba.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>Pumapayag ang tao na kunin ng Ombudsman ang kanyang impormasyon at ibahagi ito sa USCIS para malutas ang problemang ito</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>Pinananatiling pribado ng batas ang mga rekord ng USCIS. Makikita lang ng Ombudsman ang kaso kung papayag ang tao.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>Paano pipirma ang tao?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Iguhit ang pirma, i-type ito bilang /s/ at ang pangalan, o i-print ang pahina at pirmahan gamit ang kamay. Sa mga kasong T, U, VAWA, asylum at refugee, pirma gamit ang tinta lang ang puwede.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>Iguhit sa screen</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>I-type (/s/ Pangalan)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>I-print, pirmahan gamit ang tinta, at i-scan</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Pangalan ng pumipirma</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>Ang taong may kaso ang pumipirma, o para sa employer, isang taong pinayagang pumirma para rito.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Petsa ng pagpirma</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>Ang araw na pumirma ang tao.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Pahayag ng naghanda o interpreter</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Kung ibang tao ang nagsagot sa form na ito o bumasa nito sa tao, isulat ang kanyang pangalan at ang wika, halimbawa: “Inihanda ni Minh Tran, binasa sa aplikante sa wikang Vietnamese.” Ipinapakita nito na naintindihan ng tao ang pinirmahan niya.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T at U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>Ang T at U ay mga uri ng visa: T para sa mga biktima ng human trafficking, U para sa mga biktima ng ilang krimen na tumutulong sa pulisya.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Violence Against Women Act): paraan para ang mga taong inabuso ng kapamilyang U.S. citizen o permanent resident ay makapag-apply nang mag-isa, nang wala ang nang-abuso.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>asylee, refugee</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Ang refugee ay nabigyan ng proteksyon bago dumating sa Estados Unidos; ang asylee ay humingi nito (asylum) pagdating. Pareho silang natatakot na mapahamak sa sarili nilang bansa.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>Ang InfoPass ay ang dating pangalan ng personal na appointment sa isang opisina ng USCIS, na kinukuha sa USCIS Contact Center.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>Ang e-Request ay isang form sa website ng USCIS para magtanong tungkol sa kaso, halimbawa kapag lampas na ito sa karaniwang processing time. Sumasagot ang USCIS sa email.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>Ang Form G-28 ay ang form na pinipirmahan ng abogado o accredited representative kasama ng tao para ipakita sa USCIS at sa Ombudsman na kinakatawan nila ito.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>beneficiary, petitioner</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>Ang petitioner ay naghahain ng petisyon para sa iba (kamag-anak, manggagawa); ang taong iyon ang beneficiary.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>accredited representative</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Ang accredited representative ay hindi abogado pero pinapayagan ng Justice Department na magbigay ng tulong-legal sa imigrasyon, habang nagtatrabaho sa isang kinikilalang nonprofit na organisasyon.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>receipt number</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>Ang receipt number ay nasa notice na ipinadala ng USCIS matapos matanggap ang aplikasyon: tatlong titik at sampung numero, halimbawa IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>Ang A-Number (Alien Registration Number) ay ang sariling numero ng tao sa USCIS: isang A at 8 o 9 na numero, nasa green card, work permit o mga notice ng USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>Ang “hal.” ay nangangahulugang “halimbawa”.</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Hindi mabuksan ang package para i-print. Gawin ulit ang package.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>I-print ang package para sa koreo</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>Hindi mapaandar ang printer. Tingnan kung nakabukas ito at subukan ulit.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>Kinansela ang pag-print. Maaari pa ring ma-print ang mga pahinang naipadala na sa printer.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Nagpi-print</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Ipinapi-print ang pahina {page} ng {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Hindi maihanda para i-print ang isang pahina. Gawin ulit ang package.</translation>
        </message>
    </context>
    <context>
        <name>us_states</name>
        <message>
            <source>Alabama</source>
            <extracomment>US state or territory AL (postal code)</extracomment>
            <translation>Alabama</translation>
        </message>
        <message>
            <source>Alaska</source>
            <extracomment>US state or territory AK (postal code)</extracomment>
            <translation>Alaska</translation>
        </message>
        <message>
            <source>Arizona</source>
            <extracomment>US state or territory AZ (postal code)</extracomment>
            <translation>Arizona</translation>
        </message>
        <message>
            <source>Arkansas</source>
            <extracomment>US state or territory AR (postal code)</extracomment>
            <translation>Arkansas</translation>
        </message>
        <message>
            <source>California</source>
            <extracomment>US state or territory CA (postal code)</extracomment>
            <translation>California</translation>
        </message>
        <message>
            <source>Colorado</source>
            <extracomment>US state or territory CO (postal code)</extracomment>
            <translation>Colorado</translation>
        </message>
        <message>
            <source>Connecticut</source>
            <extracomment>US state or territory CT (postal code)</extracomment>
            <translation>Connecticut</translation>
        </message>
        <message>
            <source>Delaware</source>
            <extracomment>US state or territory DE (postal code)</extracomment>
            <translation>Delaware</translation>
        </message>
        <message>
            <source>District of Columbia</source>
            <extracomment>US state or territory DC (postal code)</extracomment>
            <translation>Distrito ng Columbia</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>Florida</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>Georgia</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>Hawaii</translation>
        </message>
        <message>
            <source>Idaho</source>
            <extracomment>US state or territory ID (postal code)</extracomment>
            <translation>Idaho</translation>
        </message>
        <message>
            <source>Illinois</source>
            <extracomment>US state or territory IL (postal code)</extracomment>
            <translation>Illinois</translation>
        </message>
        <message>
            <source>Indiana</source>
            <extracomment>US state or territory IN (postal code)</extracomment>
            <translation>Indiana</translation>
        </message>
        <message>
            <source>Iowa</source>
            <extracomment>US state or territory IA (postal code)</extracomment>
            <translation>Iowa</translation>
        </message>
        <message>
            <source>Kansas</source>
            <extracomment>US state or territory KS (postal code)</extracomment>
            <translation>Kansas</translation>
        </message>
        <message>
            <source>Kentucky</source>
            <extracomment>US state or territory KY (postal code)</extracomment>
            <translation>Kentucky</translation>
        </message>
        <message>
            <source>Louisiana</source>
            <extracomment>US state or territory LA (postal code)</extracomment>
            <translation>Louisiana</translation>
        </message>
        <message>
            <source>Maine</source>
            <extracomment>US state or territory ME (postal code)</extracomment>
            <translation>Maine</translation>
        </message>
        <message>
            <source>Maryland</source>
            <extracomment>US state or territory MD (postal code)</extracomment>
            <translation>Maryland</translation>
        </message>
        <message>
            <source>Massachusetts</source>
            <extracomment>US state or territory MA (postal code)</extracomment>
            <translation>Massachusetts</translation>
        </message>
        <message>
            <source>Michigan</source>
            <extracomment>US state or territory MI (postal code)</extracomment>
            <translation>Michigan</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>Minnesota</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>Mississippi</translation>
        </message>
        <message>
            <source>Missouri</source>
            <extracomment>US state or territory MO (postal code)</extracomment>
            <translation>Missouri</translation>
        </message>
        <message>
            <source>Montana</source>
            <extracomment>US state or territory MT (postal code)</extracomment>
            <translation>Montana</translation>
        </message>
        <message>
            <source>Nebraska</source>
            <extracomment>US state or territory NE (postal code)</extracomment>
            <translation>Nebraska</translation>
        </message>
        <message>
            <source>Nevada</source>
            <extracomment>US state or territory NV (postal code)</extracomment>
            <translation>Nevada</translation>
        </message>
        <message>
            <source>New Hampshire</source>
            <extracomment>US state or territory NH (postal code)</extracomment>
            <translation>New Hampshire</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>New Jersey</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>New Mexico</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>New York</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>North Carolina</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>North Dakota</translation>
        </message>
        <message>
            <source>Ohio</source>
            <extracomment>US state or territory OH (postal code)</extracomment>
            <translation>Ohio</translation>
        </message>
        <message>
            <source>Oklahoma</source>
            <extracomment>US state or territory OK (postal code)</extracomment>
            <translation>Oklahoma</translation>
        </message>
        <message>
            <source>Oregon</source>
            <extracomment>US state or territory OR (postal code)</extracomment>
            <translation>Oregon</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>Pennsylvania</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>South Carolina</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>South Dakota</translation>
        </message>
        <message>
            <source>Tennessee</source>
            <extracomment>US state or territory TN (postal code)</extracomment>
            <translation>Tennessee</translation>
        </message>
        <message>
            <source>Texas</source>
            <extracomment>US state or territory TX (postal code)</extracomment>
            <translation>Texas</translation>
        </message>
        <message>
            <source>Utah</source>
            <extracomment>US state or territory UT (postal code)</extracomment>
            <translation>Utah</translation>
        </message>
        <message>
            <source>Vermont</source>
            <extracomment>US state or territory VT (postal code)</extracomment>
            <translation>Vermont</translation>
        </message>
        <message>
            <source>Virginia</source>
            <extracomment>US state or territory VA (postal code)</extracomment>
            <translation>Virginia</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>Washington</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>West Virginia</translation>
        </message>
        <message>
            <source>Wisconsin</source>
            <extracomment>US state or territory WI (postal code)</extracomment>
            <translation>Wisconsin</translation>
        </message>
        <message>
            <source>Wyoming</source>
            <extracomment>US state or territory WY (postal code)</extracomment>
            <translation>Wyoming</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>US state or territory AS (postal code)</extracomment>
            <translation>Amerikanong Samoa</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Kapuluan ng Hilagang Mariana</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Kapuluang Birhen ng Estados Unidos</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Mga Minor Outlying Island ng Estados Unidos</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Mga Pederadong Estado ng Micronesia</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Kapuluan ng Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palau</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Sandatahang Lakas: Amerika (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Sandatahang Lakas: Europa, Gitnang Silangan, Aprika, Canada (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Sandatahang Lakas: Pasipiko (AP)</translation>
        </message>
    </context>
</TS>
