<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_HT" sourcelanguage="en_US">
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
            <translation>Mete dat kontak ou yo ak USCIS pou wè kijan sa aplike.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Dènye kontak ou: %1 (sa gen %2 jou).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Sa gen plis pase 90 jou. Si ou kapab, kontakte USCIS ankò anvan; ou ka voye fòm nan kanmenm.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>USCIS genyen l depi mwens pase 60 jou. Anjeneral Ombudsman nan atann ou tann jiska %1; ou ka voye fòm nan kanmenm, sitou si se yon ijans.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Sa yo se pa règ strik: anyen la a pa anpeche w kontinye.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>N ap kanpe…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Tann repons lan.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Tann repons lan; mande ankò si pa gen anyen anvan %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Kontinye ak “%1”.</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Voye pake a, epi make l kòm voye.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Verifye PDF la epi fè pake a.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>“%1” gen yon modpas. Nan etap Dokiman yo, retire l epi ajoute l ankò: aplikasyon an ap mande modpas li.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>Nou pa t ka sove kounye a. Repons ou yo toujou la; eseye ankò.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Chanje fraz sekrè a</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Fraz sekrè &amp;kounye a</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Fraz sekrè kounye a</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Nouvo fraz sekrè (senk mo oswa plis)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Sa a se pa fraz sekrè kounye a. Eseye ankò.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(chwazi youn)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (tape non w anlè a)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Avi Lwa sou Vi Prive (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Poukisa nou mande: CIS Ombudsman (6 U.S.C. 272) sèvi ak enfòmasyon sa a pou egzamine pwoblèm ou ak USCIS. Sa k ap rive ak li: Ombudsman nan pataje l ak USCIS, e ak lòt moun sèlman jan lalwa ak avi sistèm dosye ki pibliye a pèmèt. Se volontè pou bay li, men san li ak konsantman w, Ombudsman nan ka pa ka ede w.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Paske dosye sa a gen rapò ak estati T, U, VAWA, azil oswa refijye, lalwa pwoteje enfòmasyon w yon fason espesyal. Ombudsman nan bezwen yon siyati ak lank: enprime fòm nan, siyen l ak men, epi eskane l oswa pran foto l. Yo pa ka sèvi ak yon siyati desinen oswa tape.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>Enprime epi siyen: fòm ki fini an ap enprime ak liy siyati a vid. Siyen l ak lank, epi eskane oswa pran foto paj ki siyen an epi ajoute l kòm dokiman, oswa voye papye a.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Efase siyati a</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Efase siyati ki desinen an pou ou ka siyen ankò.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Siyati tape</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Tcheke anvan ou voye: biwo Ombudsman nan chanje fason li travay an 2025, kidonk enfòmasyon kontak sa yo ka pa bon ankò. Verifye yo sou www.dhs.gov/cisombudsman pwochen fwa ou gen entènèt.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefòn</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telefòn (gratis)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(dènye verifikasyon {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Ansyen bwochi yo di: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Sous: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Chwazi kopi dokiman ou yo</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Dokiman (%1);;Tout fichye (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Enfòmasyon avi a yo nan etap aplikasyon yo.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>N ap ajoute %1 (chifre)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>Yo pa t ajoute “%1”.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Nou pa t ka ajoute fichye sa a. Anyen pa chanje; eseye yon lòt.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Li ajoute. Li rete chifre ak dosye sa a.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Retire dokiman sa a?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>Yo pral retire “%1” nan dosye sa a epi efase kopi chifre li a. Yo pa manyen pwòp fichye pa w la: ou ka ajoute l ankò pita.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n paj</numerusform>
                <numerusform>%1 — %n paj</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Retire dokiman sa a</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Retire dokiman %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Efase kopi chifre a nan dosye sa a. Yo pa touche pwòp fichye pa w la.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>Ombudsman nan pa remèt papye. Ajoute kopi avi USCIS yo ak sa ou te voye bay USCIS; pwòp fichye pa w yo pa chanje.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Ajoute dokiman…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Louvri yon fenèt pou chwazi fichye PDF oswa foto dokiman ou yo.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Li yon avi USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Li nimewo resi a, dat yo resevwa a ak nimewo fòm nan nan yon foto, yon eskanè oswa yon PDF yon avi USCIS voye ba ou, pou etap aplikasyon yo, epi li ka kenbe avi a isit la kòm yon dokiman ou resevwa nan men USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>Oswa trennen fichye soti nan dosye w yo sou paj sa a.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Anile ajoute dokiman an</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>N ap ajoute dokiman an</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Voye</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>Fòm nan toujou gen pwoblèm (nan lis anlè a). Korije yo, epi eseye ankò.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>N ap anile…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fini.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>Pake a pare: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Swiv README.txt ki ladan l, etap pa etap.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Anile. Anyen pa sove.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Ki kote pou sove pake a</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Pa gen okenn pwogram sou òdinatè sa a ki ka louvri dosye a. Louvri l ou menm nan jesyonè fichye ou: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>Pa gen okenn pwogram imèl sou òdinatè sa a. Ekri imèl la nan webmail ou oswa sou yon lòt òdinatè, ak fichye ki nan: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Fè pake a pou voye demann ou. Tout bagay rete sou òdinatè sa a: ou pote pake a sou yon òdinatè ki gen entènèt, oswa ou enprime l.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Ki kote li prale</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Ki kote l prale: adrès Ombudsman nan</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Montre oswa kache adrès imèl la, nimewo faks la ak adrès postal la.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Kijan ou pral voye l?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;Imèl (rekòmande): yon mesaj pare pou voye, ak fichye yo</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Faks: yon PDF pou faks, ak yon paj kouvèti</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Lapòs: paj pou enprime epi poste (ka pran jiska 14 jou anplis)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Kòm yon sèl fichye &amp;zip</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Yon fichye olye yon dosye</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Epi tou kòm fichye &amp;TIFF pou sèvis faks</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Gen kèk sèvis faks ak modèm faks ki vle TIFF olye PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Pi gwo imèl: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Pi gwo gwosè imèl an megabit</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Dosye pou sove pake a</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Gwo dokiman yo separe sou plizyè imèl ki pa depase gwosè sa a.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Tape yon dosye, oswa sèvi ak “Chwazi dosye” pou chwazi youn.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Sove nan:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>C&amp;hwazi dosye…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Chwazi dosye a</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>Pake a se sèl bagay Ombud Desktop sove san chifre: nenpòt moun ki gen òdinatè sa a oswa kle USB sa a ka li l. Efase l lè ou fin voye l.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Fè &amp;pake a</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Kòmanse ekspòtasyon an</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Anile</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Kanpe; anyen pa sove</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Louvri dosye a</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Montre pake a</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Louvri pwogram &amp;imèl mwen</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Kòmanse yon nouvo mesaj; atache fichye ki nan dosye a</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>En&amp;prime…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Enprime pake pou lapòs la</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>Ombudsman nan li an anglè. Si ou kapab, ekri repons sa a an anglè oswa mande yon moun ede w. Yon repons nan pwòp lang ou toujou pi bon pase pa gen repons.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatwa)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (li bon pou reponn)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>pa egzanp %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Retire %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Retire liy sa a nan lis la. Lòt liy yo kenbe repons yo.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Retire: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>pa gen nimewo resi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Defèt</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Remete aplikasyon ou te retire a, ak repons li yo.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Ajoute yon lòt aplikasyon oswa petisyon</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Ajoute yon liy vid pou yon lòt fòm ou te depoze nan USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Li yon avi USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Li nimewo resi a, dat yo resevwa a ak nimewo fòm nan nan yon foto, yon eskanè oswa yon PDF yon avi USCIS, sou òdinatè sa a. Ou verifye yo anvan yo sèvi.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Konsèy: ou ka kole plizyè nimewo resi nan yon sèl bwat an menm tan; chak ap gen pwòp liy pa l. Espas ak tirè yo retire pou ou.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Sa k ap pase apre</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Voye l: louvri pwogram imèl ou (oswa webmail), tache fichye ki nan dosye pake a epi voye mesaj la nan adrès ki nan README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Voye l: faks PDF ki nan dosye pake a nan nimewo ki nan README.txt, epi kenbe paj konfimasyon faks la.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Voye l: enprime pake pou lapòs la, siyen kote yo di a, epi poste l nan adrès ki nan README.txt. Lapòs pou gouvènman an ka pran jiska 14 jou anplis.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Note l: lè ou fin voye l, ranpli “Apre ou fin voye” anba a epi peze “Make kòm voye”. Lis dosye yo ap montre l kòm voye, ak dat la.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Tann repons lan: yo pa pwomèt okenn dat. Anrejistre rapèl yo anba a: yo fè w sonje apre 30 jou ak apre 90 jou. Pandan tan sa a, kontinye reponn nenpòt lèt USCIS voye.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Si anyen pa vini: apre 30 jou, ekri oswa rele biwo Ombudsman nan (adrès yo anba “Ki kote l prale”) ak nimewo resi a ak dat ou te voye l. Pa voye menm demann nan de fwa.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>Depo modpas òdinatè a pa kenbe kle a: yo fèmen fenèt li oswa li di non. Anyen pa te prepare. Chwazi yon fraz sekrè anba a pito, oswa chwazi depo modpas la ankò pou eseye ankò.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Byenveni nan Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Dosye ou yo ap rete chifre sou òdinatè sa a. Chwazi kijan pou fèmen yo.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Ak yon fraz sekrè mwen tape chak fwa (pi bon sou yon òdinatè plizyè moun itilize)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Pèsonn pa ka louvri dosye yo san fraz sekrè a.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Ak depo modpas òdinatè sa a (keyring)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Nenpòt moun ki ka konekte sou kont òdinatè sa a ka louvri dosye yo.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Si ou chwazi l, òdinatè a ka mande pwòp modpas li (souvan sa ou itilize pou konekte a) pou louvri depo modpas li.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>Nou pa jwenn okenn depo modpas ki an sekirite sou òdinatè sa a.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>N ap chèche depo modpas òdinatè sa a…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Fè yon kle rekiperasyon pou enprime (si fraz sekrè a pèdi)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Fè yon kle rekiperasyon pou enprime (si depo modpas la pèdi)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Yon kòd long ki parèt yon sèl fwa. Enprime l oswa ekri l epi kenbe l an sekirite.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Kreye</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Prepare depo chifre a.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Pwoteje fichye transfè a</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Louvri fichye transfè a</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Chwazi yon fraz sekrè pou fichye sa a, epi di moun k ap resevwa l la li an pèsòn oswa nan telefòn, pa janm ansanm ak fichye a. Men youn nou fè pou ou:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>Fraz sekrè fichye sa a:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Fraz sekrè nou pwopoze</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Sèvi ak fraz sekrè sa a</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Fraz sekrè</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Tape fraz sekrè a ankò</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Antre fraz sekrè a.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>De fraz sekrè yo pa menm. Tape menm nan de fwa.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Bouyon</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Voye</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(poko gen non)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 pa %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>pou efase</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Sa fè lontan yo pa modifye l: efase l lè ou pa bezwen l ankò.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Poko gen dosye: kòmanse ak “Nouvo dosye”.</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Chwazi yon dosye epi peze Enter pou louvri l, oswa kòmanse yon nouvo.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Efase dosye sa a?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>“%1” ak tout dokiman li yo pral detwi nèt. Ou p ap ka defèt sa.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Dosye a efase.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Sove fichye transfè a</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Fichye transfè (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Sove. Fichye a chifre ak fraz sekrè ou chwazi a.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Louvri yon fichye transfè</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>N ap anrejistre fichye transfè a</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Pake a fèt</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Nou pa ka louvri ka %1 la: chwazi l pou w wè poukisa.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Domaje</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 sou %2 etap</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Sèvi ak kopi ki pi ansyen pou ka sa a?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>Kopi ka %1 ki nan dosye done yo pi ansyen pase dènye vèsyon Ombud Desktop te anrejistre, e pa gen okenn kopi ki pi nouvo ki rete. Sèvi avè l sèlman si se ou menm ki te remete l apati yon sovgad: sa ki te chanje apre yo te fè kopi sa a (repons, dokiman, dat yo te voye l) pa ladan l.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Sèvi ak kopi ki pi ansyen sa a</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>N ap chifre ka a ak dokiman li yo…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>N ap resevwa yon fichye transfè</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>N ap verifye epi ajoute ka a…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>Dosye a ajoute nan lis ou.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Dosye ou yo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Fòm</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estati</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Pwogrè</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Pwochen sa pou fè</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Dènye modifikasyon</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dosye</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Sèvi ak flèch yo pou chwazi yon dosye ak Enter pou louvri l.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Nouvo dosye</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Kòmanse yon dosye vid.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Louvri</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Louvri dosye ou chwazi a kote ou te kanpe a.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Efase…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Detwi dosye ou chwazi a ak dokiman li yo, apre li fin mande w.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Transfere…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Sove dosye ou chwazi a nan yon fichye chifre pou yon lòt volontè.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>&amp;Resevwa yon transfè…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Ajoute yon dosye ki soti nan yon fichye transfè.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramèt…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Lang, fèmen otomatik ak plis ankò.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Lang:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lang</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>Chwazi lang aplikasyon an. Chak lang ekri nan pwòp lang li.</translation>
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
            <translation>Dènye chanjman ou yo pa sove</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop pa t ka sove dènye chanjman ou yo (gade mesaj ki anba fenèt la). Si ou fèmen kounye a, yo pèdi. Fèmen kanmenm?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Sòti vit</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Kache tout bagay touswit. Rakousi: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Fèmen aplikasyon an touswit epi kache tout dosye yo. Rakousi: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Fraz sekrè nou pwopoze: %1 — ekri l anvan ou kontinye.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>De fraz sekrè yo pa menm. Tape yo ankò.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Fraz sekrè</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Fraz sekrè sa a twò fasil pou devine: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Sèvi ak senk mo oswa plis ki pa mache ansanm, oswa peze “Pwopoze yon fraz sekrè”.</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Li solid ase.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Fraz sekrè (senk mo oswa plis)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Senk mo oswa plis ki pa mache ansanm. Ekri l.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Repete fraz sekrè a</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repete fraz sekrè a</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>Menm fraz sekrè a ankò, pou jwenn erè tape.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Pwopoze yon fraz sekrè</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Fè yon fraz sekrè ki solid epi montre l, pou ou ekri l.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Fraz sekrè nou pwopoze</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>Yon bagay ou pa t ap tann pa mache pandan n ap li avi a ({kind}). Anyen pa chanje; tape enfòmasyon ki sou avi a tèt ou.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Verifye sou avi a: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>Lektè a pa sèten de enfòmasyon sa a: konpare l ak avi a.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Avi resi</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Avi transfè</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Randevou biyometrik</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Demann prèv</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Avi apwobasyon</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Li yon avi USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Nimewo resi</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Dat yo resevwa l</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Dat avi a</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Nimewo fòm (kalite dosye)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Kalite avi</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Dat priyorite</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>Nimewo A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>N ap li %1 sou òdinatè sa a…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>Nou pa jwenn okenn enfòmasyon nan foto sa a. Eseye pran yon foto ki pi klè tout paj la nan bon limyè, oswa tape enfòmasyon ki sou avi a.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Konpare chak enfòmasyon ak avi a epi korije l si sa nesesè. Anyen p ap ranpli toutotan ou pa chwazi “Sèvi ak yo”.</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Karaktè ki an wouj yo ka mal li. Zòn ki make yo montre kote yo li chak enfòmasyon.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>“Sèvi ak yo” ranpli nimewo fòm nan, nimewo resi a ak dat yo resevwa yon aplikasyon. Lòt enfòmasyon yo la pou ou konpare.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Kenbe avi a ak dosye sa a kòm yon dokiman (chifre)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Sèvi ak yo</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Chwazi yon foto, yon eskanè oswa yon PDF avi a</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Foto ak PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Tout fichye (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Logo %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Logo òganizasyon an</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Ki kote pou jwenn èd</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Gen kèk paramèt òganizasyon an ki pa t ka sèvi: aplikasyon an mache ak paramèt nòmal li yo pou yo.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detay…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Kache nòt sa a</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Montre sa ki pa bon nan paramèt òganizasyon an ak kijan pou korije l.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Kache nòt sa a jiskaske aplikasyon an louvri ankò.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Gen kèk paramèt òganizasyon an ki pa t ka sèvi, kidonk aplikasyon an sèvi ak paramèt nòmal li yo pou yo:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Ou ka kontinye travay. Di moun ki te enstale aplikasyon sa a: yo ka korije fichye %1 la epi verifye l ak “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Paramèt òganizasyon an</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Modpas sa a pa louvri “%1”. Eseye ankò, oswa sote fichye sa a.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>“%1” gen yon modpas. Tape modpas li pou ajoute l: aplikasyon an kenbe yon kopi san modpas, chifre ak dosye sa a.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Modpas PDF la</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Sa ou tape a pa parèt. Li louvri PDF la yon sèl fwa epi yo pa kenbe l.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Ajoute &amp;ak modpas sa a</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Louvri PDF la ak modpas sa a epi ajoute l.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Sote fichye sa a</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Pa ajoute l.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>Paj &amp;anvan</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Montre paj anvan an.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Paj &amp;apre</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Montre paj apre a.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Fè l pi &amp;piti</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Fè paj yo vin pi piti.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Fè l pi &amp;gwo</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Fè paj yo vin pi gwo.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>&amp;Ajiste ak lajè a</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Fè paj la laj menm jan ak fenèt la.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Apèsi PDF ki pral voye a</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Paj PDF la. Page Up ak Page Down tounen paj yo, flèch yo deplase, Ctrl ak + oswa − grandi oswa rapetise.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>Nou pa t ka montre apèsi a: PDF la pa t chaje.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Paj %1 sou %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Poko gen apèsi</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>N ap fè apèsi a…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Men PDF la jan li pral voye a (li make PREVIEW jiskaske yo siyen l).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>Nou pa t ka fè apèsi a: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Verifye PDF la</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Men demann ou an egzakteman jan Ombudsman lan ap resevwa l: fòmilè a, epi lis dokiman ou yo ak paj yo. Li make PREVIEW (apèsi); kopi yo fè nan pwochen etap la pa gen mak sa yo epi li siyen jan ou te chwazi a.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Lè ou antre dat USCIS te resevwa aplikasyon w lan (etap “Aplikasyon ak petisyon ki depoze”), yon desen isit la ap montre konbyen tan li tann.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>USCIS resevwa l</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Jodi a</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Dosye w la an atant depi %1 mwa.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Fen tan tretman yo afiche a</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>Sa depase tan yo afiche a ak %1 mwa.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Li toujou nan tan tretman yo afiche a.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Kalandriye dosye w la</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Pare pou voye.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>Gen %n bagay pou gade anba a; li pa anpeche w kontinye.</numerusform>
                <numerusform>Gen %n bagay pou gade anba a; yo pa anpeche w kontinye.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Li poko pare: fòk ou korije %n repons anvan.</numerusform>
                <numerusform>Li poko pare: fòk ou korije %n repons anvan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>%n lòt bagay pou gade.</numerusform>
                <numerusform>%n lòt bagay pou gade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Fòk korije</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Tcheke</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Rapò sou preparasyon</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Chak liy se yon bagay pou korije oswa tcheke. Peze Enter pou ale nan repons sa a.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>Sa ou te di nan etap “Èske Ombudsman nan ka ede?” la deja make anba a. Ajoute nenpòt lòt rezon, oswa retire mak la sou sa ki pa koresponn.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Nouvo kle rekiperasyon</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Fèmen fenèt sa a.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Fèmen san ou pa ekri kle a?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>Kle rekiperasyon an p ap parèt ankò. Fèmen kanmenm? (Ou ka fè yon lòt nan Paramèt.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Fè yon nouvo kle rekiperasyon</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Ansyen kle rekiperasyon ou a p ap mache ankò: jete papye sa a lè ou fin enprime oswa ekri nouvo a. Kontinye?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Fraz sekrè ou kounye a:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Gwoup %1 sou %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Li parèt yon sèl fwa. Enprime l oswa ekri l.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>Pa gen okenn enprimant sou òdinatè sa a. Ekri kle a ak men, avèk atansyon, gwoup pa gwoup.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Anyen pa te anrejistre. Chwazi yon enprimant, oswa ekri l.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Kle rekiperasyon Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Kenbe papye sa a nan yon kote ki an sekirite. Li louvri tout dosye ou yo.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>Anrejistre kle rekiperasyon an nan yon fichye?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Ou chwazi enprime nan yon fichye. Fichye sa a pa chifre: nenpòt moun ki jwenn li ka louvri tout dosye ou yo. Enprime sou papye pito, oswa efase fichye a touswit li fin enprime. Anrejistre l kanmenm?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Kle rekiperasyon ou</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Kle sa a louvri dosye ou yo si ou bliye fraz sekrè a. Li parèt sèlman kounye a. Enprime l oswa ekri l, epi kenbe l lwen òdinatè sa a.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Kle rekiperasyon</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;Enprime kle rekiperasyon an…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Enprime kle a sou papye.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Mwen enprime oswa ekri kle rekiperasyon an</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Sa nesesè pou kontinye; kle a p ap parèt ankò.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>K&amp;ontinye</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Ale nan lis dosye ou yo.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Revize repons ou yo</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Kache PDF la</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Kache PDF la ankò; repons ou yo rete menm jan an.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Montre PDF la jan yo pral voye l</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Montre fòmilè a ak dokiman ou yo nan yon sèl PDF, anba bouton sa a.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Poko gen repons</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Chanje “%1”</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Ale nan etap sa a pou chanje repons sa yo.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Li repons ou yo yon lòt fwa. Sèvi ak “Chanje” pou korije nenpòt bagay; ou retounen isit la ak Pwochen. Liy ki make “Fòk korije” yo anpeche fòm nan voye.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Èske li pare pou voye?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Repons ou yo, jan yo ye sou fòm nan</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>Ombudsman nan ka pa ka ede</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>Referans lan gen karaktè kontwòl ki pa parèt ({chars}). Tape l ankò san yo.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Nou pa t ka anrejistre l kounye a; eseye ankò.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Make kòm voye le {date} pa {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Sove rapèl pou swiv</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichye kalandriye (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Nou pa t ka sove rapèl yo ({reason}). Chwazi yon lòt dosye.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Rapèl yo sove: louvri {path} pou mete yo nan kalandriye w.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Efase pake a?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>Pake a pa chifre. Kounye a li fin voye, èske ou vle efase l sou òdinatè sa a? (Dosye w la rete sove nan Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>Pake a efase.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Apre ou fin voye</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Dat ou voye l:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Voye pa:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Referans:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>nimewo konfimasyon faks, nimewo swivi, oswa dat imèl la</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>Jou ou te voye l pa imèl, faks oswa lapòs.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Kijan ou te voye l: imèl, faks oswa lapòs.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Make kòm &amp;voye</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Anrejistre ke li voye</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Sove &amp;rapèl…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Yon fichye kalandriye ki fè w sonje swiv apre 30 ak 90 jou</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Efase pake a</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Retire ekspòtasyon ki pa chifre a sou òdinatè sa a</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramèt</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Janm</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jou</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Gwo kontras</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Fèmen apre kantite minit sa yo san aktivite</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Kache tout bagay lè pèsonn pa touche klavye a oswa sourit la. 0 = janm.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Make dosye pou efase apre</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Dosye yo pa modifye pandan tan sa a make nan lis dosye yo.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Gwosè tèks</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Fè tout tèks pi gwo, jiska de fwa gwosè nòmal.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Tèks nwa sou blan ak liy ki klè.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Chanje fraz sekrè a…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Ajoute yon fraz sekrè…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Yon nouvo fraz sekrè pou louvri dosye ou yo; ansyen an p ap mache ankò.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Fè yon nouvo kle rekiperasyon…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Montre yon nouvo kle pou enprime; ansyen an p ap mache ankò.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Fraz sekrè a chanje.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>Nouvo kle rekiperasyon an an vigè.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, vèsyon %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>%1 enstale l pou ou.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Make ka yo pou efase?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Avèk yon peryòd %1 jou, %n lòt ka ap make pou efase. Chanje peryòd la?</numerusform>
                <numerusform>Avèk yon peryòd %1 jou, %n lòt ka ap make pou efase. Chanje peryòd la?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Kote pou desinen siyati a</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Siyen isit la ak yon sourit, yon plim oswa dwèt ou. Peze Delete pou efase. San sourit, chwazi siyati tape a oswa enprime epi siyen.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Sove paj pou siyen an</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichye PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>Paj la pa t ka sove ({reason}). Chwazi yon lòt dosye.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Sove nan {path} (pa chifre: efase l lè paj ki siyen an fin ajoute). Siyen l epi mete dat la ak lank.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Chwazi eskanè oswa foto paj ki siyen an</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Eskanè ak foto (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>N ap ajoute paj ki siyen an (chifre)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Fichye sa a pa t ka ajoute. Anyen pa chanje; eseye yon lòt.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>Paj ki siyen an ajoute. Li kenbe chifre.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Fòm sa a siyen alamen ak lank. Pou voye l pa imèl oswa faks: enprime paj pou siyen an, siyen l epi mete dat la ak lank, apre sa ajoute yon eskanè oswa yon foto telefòn paj ki siyen an. Pa lapòs, siyen fòm ki enprime a menm.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>Paj ki siyen an ajoute: li pran plas paj ki pa siyen an nan tout sa ou voye.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>Enprime paj pou siyen an</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>Paj siyati a ak non moun nan ak nimewo resi a sou li</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Ajoute paj ki siyen an</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Yon eskanè oswa yon foto telefòn paj la, siyen epi date ak lank</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Enfòmasyon ou te sove yo ranpli.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Ranpli enfòmasyon w anvan, epi sove yo.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Sove. Nouvo dosye yo ka ranpli ak enfòmasyon sa yo nan yon sèl etap.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Ranpli ak enfòmasyon mwen te sove yo</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Kopye isit la enfòmasyon ou te sove anvan yo (non, òganizasyon, kontak).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>&amp;Sove enfòmasyon m pou pwochen fwa</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Kenbe enfòmasyon sa yo, chifre, pou ranpli nouvo dosye vit.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>Kisa “%1” ye?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Montre oswa kache yon ti esplikasyon.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Tape fraz sekrè w, epi peze Enter.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Fraz sekrè sa a pa bon. Tcheke Caps Lock epi eseye ankò.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>Depo modpas òdinatè a pa bay kle a: yo fèmen fenèt li oswa li di non. Tape fraz sekrè ou pito, oswa eseye depo modpas la ankò.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>Depo modpas òdinatè a pa bay kle a: yo fèmen fenèt li oswa li di non. Sèvi ak kle rekiperasyon ou pito, oswa eseye depo modpas la ankò.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>Depo modpas òdinatè a pa bay kle a: yo fèmen fenèt li oswa li di non. Eseye ankò, epi tape modpas òdinatè a lè li mande l.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Tape kle rekiperasyon ki sou papye ou a, epi peze Enter.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>Nouvo fraz sekrè a anrejistre. Ansyen kle rekiperasyon ou a pa mache ankò.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Chwazi yon nouvo fraz sekrè</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Fèmen</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop fèmen e dosye ou yo kache. Louvri l pou kontinye.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Louvri dosye ou yo</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Dosye ou yo rete chifre sou òdinatè sa a.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Fraz sekrè</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Fraz sekrè</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>Fraz sekrè yo te chwazi lè yo te enstale Ombud Desktop. Peze Enter pou louvri.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Louvri</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Louvri ak fraz sekrè a.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Louvri ak &amp;keyring sistèm nan</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Sèvi ak kle ki nan depo modpas òdinatè sa a.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Sèvi ak &amp;kle rekiperasyon an</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Ou bliye fraz sekrè a? Louvri dosye ou yo ak kle rekiperasyon ki sou papye a.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Kle rekiperasyon (gwoup kat lèt ak chif)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Kle rekiperasyon</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Tape l jan li enprime a; tirè ak espas pa gen enpòtans. Peze Enter pou louvri.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Louvri ak kle rekiperasyon an</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Louvri dosye ou yo, epi mande yon nouvo fraz sekrè.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retounen</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Retounen nan fraz sekrè a.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Dosye ou yo louvri. Kounye a chwazi yon nouvo fraz sekrè: se li ou pral tape apati kounye a.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Anrejistre nouvo fraz sekrè a</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>Anrejistre l epi louvri dosye ou yo. Kle rekiperasyon ou a kontinye mache.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Byenveni</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Aplikasyon sa a ede w mande CIS Ombudsman èd pou yon dosye ki bloke oswa ki mal pase nan USCIS. Li ranpli Fòm DHS-7001 avè w, yon kesyon alafwa, epi li fè yon pake ou ka voye pa imèl, faks oswa lapòs.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Sa ou bezwen</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Avi resi USCIS ou yo (nimewo resi a kòmanse ak 3 lèt).
• Dat ou te kontakte USCIS ak nenpòt nimewo referans.
• Kopi lèt USCIS ak sa ou te voye ba yo. Pa janm voye orijinal.
• Anviwon 20 a 40 minit. Ou ka kanpe nenpòt ki lè: tout bagay sove.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Vi prive w</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Tout sa ou tape ak chak dokiman ou ajoute rete sou òdinatè sa a, chifre. Aplikasyon an pa janm sèvi ak entènèt. Anyen pa voye jiskaske se ou menm ki voye l. Sèvi ak Sòti vit (Ctrl+Shift+Q) pou kache tout bagay touswit.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Sa Ombudsman nan ka fè ak sa li pa ka fè</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>Ombudsman nan ka mande USCIS gade yon pwoblèm nan dosye w. Li pa ka bay konsèy legal ni chanje yon desizyon USCIS. Se pa gouvènman Etazini ki fè aplikasyon sa a, e li pa bay konsèy legal.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>N ap sove…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sove</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Tanpri reponn sa a anvan ou kontinye: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Dosye sa a pa bezwen etap sa a.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Sèvi ak Pwochen pou rive nan etap sa a; etap anvan yo vini an premye.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(pa nesesè)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Kounye a etap %1, “%2”, nesesè akoz repons ou.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Etap</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Etap fòm nan. Peze Enter sou yon etap ou deja vizite pou retounen ladan l.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Lakay</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Retounen nan lis dosye yo. Tout bagay sove.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Retounen</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>Etap anvan an. Anyen ou tape pa pèdi. Rakousi: Alt+Goch.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Pwochen &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>Pwochen etap la. Rakousi: Alt+Dwat.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Yon bagay nou pa t atann mache mal ({kind}). Repons ou yo an sekirite; tounen yon etap epi eseye ankò.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>Imèl (rekòmande)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Faks</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Lapòs</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefòn</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Telefòn (gratis)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sit entènèt</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Demann èd pou yon dosye bay CIS Ombudsman (Fòm DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Pou: {name}. Nimewo resi: {receipt}. Fèt le {date}. Fason pou voye: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Prepare avèk èd {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Ki kote pou jwenn èd: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Enpòtan: fichye ki nan dosye sa a pa chifre e yo gen enfòmasyon prive. Kenbe yo an sekirite, epi efase dosye sa a lè demann nan fin voye.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Biwo Ombudsman nan chanje fason li travay an 2025. Enfòmasyon kontak sa yo ka pa bon ankò: verifye yo sou www.dhs.gov/cisombudsman pwochen fwa ou gen entènèt.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Anvan ou voye: verifye enfòmasyon kontak yo</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (sous: {source}; dènye verifikasyon {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Kijan pou voye l</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Sa ki nan dosye sa a</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json ak SHA256SUMS: chak fichye ak gwosè li ak sòm kontwòl SHA-256 li, pou tcheke anyen pa chanje ni pèdi sou wout.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Apre ou fin voye: nan Ombud Desktop, make dosye a kòm voye ak dat la ak referans lan ({reference}). Li fè rapèl pou swiv apre 30 ak 90 jou.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>imèl</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>faks</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>lapòs</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>dat ou te voye imèl la</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>nimewo ki sou paj konfimasyon faks la</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>nimewo swivi a, si genyen</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Louvri {first_eml} (klike de fwa): pwogram imèl ou a louvri l kòm yon nouvo mesaj pou {email}, ak fichye yo atache.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>Gen {count} mesaj: voye yo tout, depi pati 1 jiska pati {count}. Chak mesaj di nan tèks li ki dokiman li pote.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Tcheke mesaj la, epi peze Send (Voye).</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Si ou sèvi ak imèl nan yon navigatè entènèt (Gmail, Outlook.com, Yahoo): ekri yon nouvo mesaj pou {email} ak sijè "{subject}", kopye ladan l tèks fichye message-N.txt ki koresponn lan, atache fichye li nonmen yo ki nan dosye "attachments" la, epi voye.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} MB) pi gwo pase {limit} MB yon imèl ka pote, kidonk li pa nan okenn mesaj. Li nan dosye "attachments" la. Voye l pa faks oswa pa lapòs, oswa fè l pi piti (eskane mwens paj oswa ak mwens rezolisyon) epi ekspòte ankò.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Voye {fax_pdf} ({pages} paj, ak paj kouvèti a ladan) nan nimewo faks {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Ak yon machin faks: enprime {fax_pdf} sou yon sèl bò epi mete tout paj yo nan machin nan. Ak yon sèvis oswa yon aplikasyon faks: telechaje {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Kenbe paj konfimasyon machin faks la oswa sèvis la ba ou a.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Si yon sèvis faks mande yon fichye TIFF, telechaje {fax_tiff} pito.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>Enprime {packet} sou yon sèl bò ({packet_pages} paj). Premye paj la se yon lis verifikasyon pou ou; pa voye l.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Siyen epi mete dat sou fòm nan ak yon plim kote li ekri "Sign here", si li mande yon siyati ak men.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Swiv lis verifikasyon an, epi mete paj yo nan lòd nan anvlòp la, paj adrès la anlè.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Voye l pa lapòs bay: {address}. Lapòs ka pran jiska {days} jou an reta akoz kontwòl sekirite: imèl pi rapid.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: mesaj imèl pou voye a (pati {part} sou {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: tèks mesaj {part} la, pou kole nan imèl sou entènèt.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: fòm nan ak dokiman yo, kòm fichye PDF separe.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: faks la, pare pou voye ({pages} paj ak paj kouvèti a).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: menm faks la nan yon fichye TIFF ({coding}) pou sèvis faks yo.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: tout sa pou enprime epi voye pa lapòs.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>Afganistan</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>Albani</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Aljeri</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Samoa ameriken</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>Andora</translation>
        </message>
        <message>
            <source>Angola</source>
            <extracomment>country AO</extracomment>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <extracomment>country AI</extracomment>
            <translation>Angiya</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>Antatik</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Antigwa ak Barbouda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>Ajantin</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>Ameni</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>Arouba</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>Ostrali</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Otrich</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Azerbaydjan</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Barayn</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Bangladèch</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Lababad</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Byelorisi</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Bèljik</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Beliz</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Benen</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Bermid</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Boutan</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolivi</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonè, Sent Ekstatis ak Saba</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bosni ak Erzegovin</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Il Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brezil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Teritwa britanik nan Oseyan Endyen</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunèy</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>Bilgari</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <extracomment>country BF</extracomment>
            <translation>Boukinafaso</translation>
        </message>
        <message>
            <source>Burundi</source>
            <extracomment>country BI</extracomment>
            <translation>Bouroundi</translation>
        </message>
        <message>
            <source>Cabo Verde</source>
            <extracomment>country CV</extracomment>
            <translation>Kap Vè</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>Kanbòdj</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Kamewoun</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Kanada</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Il Kayman</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>Repiblik santafrik</translation>
        </message>
        <message>
            <source>Chad</source>
            <extracomment>country TD</extracomment>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>Chile</source>
            <extracomment>country CL</extracomment>
            <translation>Chili</translation>
        </message>
        <message>
            <source>China</source>
            <extracomment>country CN</extracomment>
            <translation>Chin</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Il Nwèl</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Il Kokos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Kolonbi</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Komò</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Kongo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>Repiblik demokratik Kongo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Il Kouk</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Kostarika</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Kroasi</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>Kiba</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>Kiraso</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>Chip</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Tchèki</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Kòt Divwa</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Danmak</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Dominik</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>Dominikani</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Ekwatè</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Ejip</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>Salvadò</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Gine ekwateryal</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>Eritre</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>Estoni</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Etyopi</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Il Malwin (Falkland)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Il Fewo</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fidji</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Fenlann</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>Frans</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Giyàn franse</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Polinezi franse</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Teritwa franse nan sid</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Ganbi</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Jeoji</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Almay</translation>
        </message>
        <message>
            <source>Ghana</source>
            <extracomment>country GH</extracomment>
            <translation>Gana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <extracomment>country GI</extracomment>
            <translation>Jibralta</translation>
        </message>
        <message>
            <source>Greece</source>
            <extracomment>country GR</extracomment>
            <translation>Grès</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Groenlann</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Grenad</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>Gwadloup</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>country GU</extracomment>
            <translation>Gwam</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <extracomment>country GT</extracomment>
            <translation>Gwatemala</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <extracomment>country GG</extracomment>
            <translation>Gènezi</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>Gine</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>Gine-Bisao</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Giyàn</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Ayiti</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Il Heard ak Il McDonald</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Vatikan</translation>
        </message>
        <message>
            <source>Honduras</source>
            <extracomment>country HN</extracomment>
            <translation>Ondiras</translation>
        </message>
        <message>
            <source>Hong Kong</source>
            <extracomment>country HK</extracomment>
            <translation>Hong Kong</translation>
        </message>
        <message>
            <source>Hungary</source>
            <extracomment>country HU</extracomment>
            <translation>Ongri</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Islann</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>End</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Endonezi</translation>
        </message>
        <message>
            <source>Iran</source>
            <extracomment>country IR</extracomment>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Ilann</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Il Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Izrayèl</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Itali</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamayik</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jèze</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jòdani</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>Kazakstan</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>Kenya</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <extracomment>country KI</extracomment>
            <translation>Kiribès</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <extracomment>country KW</extracomment>
            <translation>Kowet</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>Kirgistan</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Letoni</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>Liban</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>Lezoto</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>Liberya</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Libi</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Lichtènstayn</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Lityani</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Liksanbou</translation>
        </message>
        <message>
            <source>Macao</source>
            <extracomment>country MO</extracomment>
            <translation>Makao</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <extracomment>country MG</extracomment>
            <translation>Madagaskar</translation>
        </message>
        <message>
            <source>Malawi</source>
            <extracomment>country MW</extracomment>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>Malezi</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>Maldiv</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>Malt</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Il Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Matinik</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Moritani</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Moris</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Mayòt</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>Meksik</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Mikwonezi</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldavi</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Monako</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Mongoli</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>Montenegwo</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>Mawòk</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Mozanbik</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Bimani</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>Namibi</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>Naorou</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>Nepal</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>Peyiba</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Nouvèl Kaledoni</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>Nouvèl Zelann</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>Nikaragwa</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>Nijè</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <extracomment>country NG</extracomment>
            <translation>Nijerya</translation>
        </message>
        <message>
            <source>Niue</source>
            <extracomment>country NU</extracomment>
            <translation>Niwe</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Il Nòfòk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Kore di Nò</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Masedwàn di Nò</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Il Mariyàn di Nò</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Nòvèj</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>Omàn</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>Palao</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>Palestin</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>Papwazi-Nouvèl-Gine</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paragwe</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Pewou</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Filipin</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Il Pitkèn</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Polòy</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Pòtigal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Pòtoriko</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Katar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Woumani</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Risi</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>La Reyinyon</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>Sen Batelmi</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Sent Elèn, Asansyon ak Tristan da Kounya</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>Sen Kits ak Nevis</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Sent Lisi</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>Sen Maten (pati franse)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>Sen Pyè ak Miklon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>Sen Vensan ak Grenadin</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>Sen Maren</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>Sawo Tome ak Prensip</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Arabi Sawoudit</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>Sèbi</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <extracomment>country SC</extracomment>
            <translation>Sechèl</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <extracomment>country SL</extracomment>
            <translation>Syera Leòn</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Sengapou</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>Sint Maarten (pati olandè)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Slovaki</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Sloveni</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Salomon</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somali</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Afrik disid</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Jòji di Sid ak Il Sandwich di Sid</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Kore di Sid</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Soudan Disid</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Espay</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Srilanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Soudan</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Sirinam</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard ak Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Syèd</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Swis</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Siri</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Taywann</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tadjikistan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzani</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Tayilann</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Timò oryantal</translation>
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
            <translation>Trinidad ak Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Tinizi</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Tirkmenistan</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Il Tik ak Kayik</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Touvalou</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Tiki</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Ouganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ikrèn</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Emira Arab Ini</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>Wayòm Ini</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>Etazini</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Ti zile ameriken ki lwen yo</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Irigwe</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Ouzbekistan</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>Vanwatou</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>Venezwela</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>Vyetnam</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Il Vyèj britanik</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Il Vyèj ameriken</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Walis ak Fitina</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Sahara oksidantal</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>Yemèn</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>Zanbi</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>Zimbabwe</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Il Aland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Wi</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} mwa</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} mwa</translation>
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
            <translation>modpas yo bay pou PDF sa a pa bon. Eseye ankò, oswa tache yon kopi ki anrejistre san modpas.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>PDF sa a gen yon modpas ki pwoteje l. Antre modpas li, oswa louvri l epi anrejistre l oswa enprime l kòm yon nouvo PDF san modpas, epi tache kopi sa a.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Atachman sa yo pa ka tounen paj; pa gen anyen lòt ki chanje nan dosye a:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>Polis (font) ki nesesè pou fè PDF yo manke nan enstalasyon sa a (nou te chèche nan {folder}). Enstale Ombud Desktop ankò.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>imaj {kind} la domaje oswa li pa konplè, li pa ka li. Louvri l nan yon pwogram pou gade imaj pou tcheke l, oswa pran foto a oswa eskane l ankò.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>imaj la twò gwo pou mete l sou yon paj san danje. Anrejistre yon kopi ki pi piti (pa egzanp 4000 piksèl sou bò ki pi long lan) epi tache l.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>imaj la twò gwo pou mete l sou yon paj san danje ({width} x {height} piksèl). Anrejistre yon kopi ki pi piti (pa egzanp 4000 piksèl sou bò ki pi long lan) epi tache l.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>fichye a gen plis pase {count} paj. Divize l an fichye ki pi piti.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>PDF la domaje epi nou pa t ka repare l. Louvri l nan yon pwogram PDF epi anrejistre l oswa enprime l kòm yon nouvo PDF, oswa eskane papye a ankò, epi tache nouvo kopi a.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>PDF la pa gen okenn paj. Tache yon kopi ki gen kontni.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>PDF la itilize yon chifraj aplikasyon an pa ka louvri. Anrejistre l san modpas nan yon pwogram PDF, epi tache kopi sa a.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>Siyati ki desinen an manke. Desinen siyati a ankò sou paj Konsantman an, oswa chwazi yon siyati tape oswa ak lank.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>Nou pa t ka li siyati ki desinen an. Desinen l ankò sou paj Konsantman an.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>yon dokiman PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>yon imaj JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>yon imaj PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>yon imaj GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>yon imaj BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>yon imaj TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>yon imaj WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>yon foto HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>yon foto AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>yon imaj JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>yon imaj PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>yon imaj Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>yon imaj QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>tèks senp</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>yon achiv ZIP oswa yon dokiman biwo (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD oswa QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>fichye a vid (0 bit). Chwazi fichye a ankò, oswa eskane l ankò.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>aplikasyon an pa ka li kalite fichye sa a. Tache yon fichye {formats}: enprime oswa anrejistre dokiman an kòm PDF anvan.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>fichye sa a gen {kind}. Tache yon fichye {formats}: enprime oswa anrejistre dokiman an kòm PDF anvan.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>non an di se {expected} men fichye a gen {actual}. Tcheke si se bon fichye a, oswa chanje non l pou l fini ak bon ekstansyon an.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>disk la plen</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>dosye a se lekti sèlman oswa ou pa gen dwa ekri ladan l</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Nou pa t ka anrejistre {name} nan {folder}: disk la plen. Libere kèk plas, epi anrejistre ankò.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Nou pa t ka anrejistre {name} nan {folder}: dosye a se lekti sèlman oswa ou pa gen dwa ekri ladan l. Chwazi yon dosye ou ka ekri ladan l (--data-dir), epi anrejistre ankò.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Nou pa t ka anrejistre {name} nan {folder}: {reason}. Tcheke disk la, epi anrejistre ankò.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Nou pa ka louvri ka {case_id} la. {problem} Tout lòt ka yo louvri nòmalman. Si nou pa ka repare l, efase l (chwazi l epi chwazi Efase, oswa kouri `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>Ka {case_id} la egziste deja; nou pa t ekri sou anyen.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>Pa gen okenn ka {case_id} nan {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Nou pa t ka li {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>Ka {case_id} la pa gen atachman {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>Fichye {path} la domaje oswa yo te chanje l andeyò Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Yon fichye transfè bezwen yon fraz sekrè pou pwoteje l.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} egziste deja; chwazi yon lòt non fichye (pa gen anyen ki chanje).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Anile. Pa gen okenn fichye transfè ki te ekri.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>Fichye transfè {name} la mande plis memwa oswa plis tan pou louvri pase sa Ombud Desktop janm itilize, kidonk nou pa louvri l: se pa aplikasyon sa a ki te fè l, oswa yo chanje l. Mande moun ki voye l la pou l refè l.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Fraz sekrè sa a pa louvri fichye transfè {name} la. Mande moun ki te fè l la fraz sekrè li te chwazi a.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>Fichye transfè {name} la gen yon ka aplikasyon sa a pa ka itilize ({problem}). Nou pa enpòte anyen. Mande moun ki voye l la pou l refè fichye transfè a ak Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>Ka {case_id} la deja nan depo chifre sa a. Pa gen anyen ki chanje. Enpòte l kòm yon nouvo ka (--new-id) oswa ranplase sa ki isit la (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Pa gen okenn keyring sistèm ki an sekirite isit la. Pito pwoteje depo chifre a ak yon fraz sekrè.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Keyring sistèm nan refize sere kle depo chifre a ({problem}). Louvri keyring ou a (konekte nan sesyon biwo a) epi eseye ankò, oswa sèvi ak fraz sekrè a oswa kle rekiperasyon depo chifre a pito.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>Kle depo chifre a sere nan keyring sistèm nan, men pa gen okenn keyring ki an sekirite kounye a (pa egzanp, pa gen sesyon biwo). Louvri ak fraz sekrè a oswa kle rekiperasyon depo chifre a.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Keyring sistèm nan refize bay kle depo chifre a ({problem}). Louvri keyring ou a (konekte nan sesyon biwo a) epi eseye ankò, oswa sèvi ak fraz sekrè a oswa kle rekiperasyon depo chifre a pito.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>Keyring sistèm nan pa gen kle depo chifre sa a (li ka keyring yon lòt itilizatè oswa yon nouvo òdinatè). Louvri ak fraz sekrè a oswa kle rekiperasyon depo chifre a.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>Kle depo chifre a ki nan keyring sistèm nan domaje. Louvri ak fraz sekrè a oswa kle rekiperasyon depo chifre a.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Depo chifre sa a pa sere nan keyring sistèm nan; louvri l ak fraz sekrè li.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>Kle ki nan keyring sistèm nan pa louvri depo chifre sa a (oswa fichye kle li {path} domaje). Louvri ak fraz sekrè a oswa kle rekiperasyon an.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Depo chifre sa a pa gen fraz sekrè; se keyring sistèm nan ki louvri l.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Fraz sekrè sa a pa louvri depo chifre sa a. Tcheke l (Caps Lock, kalite klavye) epi eseye ankò. Si ou sèten li bon, fichye kle {path} la ka domaje: sèvi ak kle rekiperasyon ou.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Kle rekiperasyon sa a pa louvri depo chifre sa a. Tcheke chak gwoup kat karaktè epi eseye ankò.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Fichye {path} la manke.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Nou pa ka retabli l otomatikman: pa gen kopi sekou. Nou pa t manyen fichye a; kenbe l epi mande moun sipò ou a èd.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Nou pa ka retabli l otomatikman: kopi sekou li domaje tou. Nou pa t manyen fichye a; kenbe l epi mande moun sipò ou a èd.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} te chanje sou disk la (pa yon lòt fenèt oswa pwogram) apre li te louvri isit la, kidonk nou pa t ekri sou li. Chanjman ou yo toujou sou ekran an: louvri ka a ankò pou wè lòt vèsyon an, oswa anrejistre pa w la kòm yon kopi.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} te efase apre li te louvri isit la; nou pa t kreye l ankò san di anyen.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>{holder} ap sèvi ak depo chifre ki nan {folder} la. Fèmen Ombud Desktop la (oswa tann kòmand sa a fini) epi eseye ankò.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Louvri an lekti sèlman: {holder} ap sèvi ak depo chifre a. Nou pa ka anrejistre chanjman jiskaske li fèmen.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Nou pa ka ekri nan dosye done {folder} la: {reason}. Chwazi yon lòt dosye ak --data-dir (oswa OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Louvri an lekti sèlman. Nou pa ka ekri nan dosye done {folder} la: {reason}. Chwazi yon lòt dosye ak --data-dir (oswa OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>Depo chifre a louvri an lekti sèlman; nou pa ka anrejistre chanjman yo.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Poko gen depo chifre nan {folder}. Kreye youn ak `ombud-desktop vault init` (oswa louvri aplikasyon an).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>Gen yon depo chifre deja nan {folder}; nou kite l jan l te ye a.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Pa gen okenn keyring sistèm ki an sekirite isit la: chwazi yon fraz sekrè pou pwoteje depo chifre a.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>Depo chifre a fèmen ak kle. Louvri l anvan.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Antre fraz sekrè depo chifre a pou fè yon nouvo kle rekiperasyon: kle depo chifre a chanje, e fraz sekrè a dwe tache ak nouvo a.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>Peryòd konsèvasyon an dwe ant 1 ak {most} jou.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} se pa yon nimewo ka (gade `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>Pa gen ase plas lib nan {folder} pou anrejistre ekspòtasyon an. Anyen pa t anrejistre. Libere kèk plas oswa chwazi yon lòt dosye (pa egzanp yon kle USB), epi ekspòte ankò.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>Aplikasyon an pa gen dwa ekri nan {folder}. Anyen pa t anrejistre. Chwazi yon lòt dosye, epi ekspòte ankò.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>Nou pa t ka anrejistre ekspòtasyon an nan {folder} ({reason}). Anyen pa t anrejistre. Chwazi yon lòt dosye, epi ekspòte ankò.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>Òdinatè a te manke memwa pandan l t ap fè pake a. Fèmen lòt pwogram, oswa retire dokiman ki twò gwo yo, epi eseye ankò.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>Yon bagay pa t mache pandan n t ap fè pake a ({kind}). Anyen pa t anrejistre epi ka ou a pa chanje. Eseye ankò; si sa rive ankò, chwazi yon lòt fason pou voye l.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>Nou pa t ka li lis adrès Ombudsman an ({path}) ({reason}). Enstale aplikasyon an ankò.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Dokiman sa yo nan lis la, men yo pa t janm ajoute fichye yo nan aplikasyon an: {names}. Tache fichye yo (oswa retire yo nan lis la), epi ekspòte ankò.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} se pa yon ekspòtasyon ka sa a (manifest.json li pa di sa); anyen pa t efase.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>Nou pa t ka efase {path} ({reason}). Fèmen nenpòt pwogram k ap sèvi avè l epi eseye ankò, oswa efase l ou menm.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>pwosesis ekspòtasyon an te kanpe</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Anile. Anyen pa t ajoute.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>li twò kout oswa twò senp.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>se youn nan modpas moun itilize plis.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>li fèt ak kèk mo oswa non moun konnen anpil.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>li repete menm lèt oswa menm mo yo.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>li swiv yon sekans oswa yon ranje klavye (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>li bati sou yon dat oswa yon ane.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>li gen yon non oswa yon nimewo ki nan dosye a.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Fraz sekrè sa a twò fasil pou devine: {reason} Sèvi ak senk mo oswa plis ki pa gen rapò youn ak lòt, pa egzanp: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Demann sa a dwe siyen alamen ak lank (dosye T, U, VAWA, azil ak refijye), e paj ki siyen an poko ajoute. Enprime paj pou siyen an, siyen l epi mete dat la ak lank, apre sa ajoute paj ki siyen an (yon eskanè oswa yon foto telefòn) ak 'Ajoute paj ki siyen an', oswa nan liy kòmand: ombud-desktop case attach ID FILE --category signed_form. Apre sa ekspòte ankò, oswa voye l pa lapòs epi siyen fòm ki enprime a. Anyen pa t sove.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>Fichye {path} la se yon kopi ki pi ansyen pou ka {case_id} (vèsyon {found}; dènye vèsyon depo chifre sa a te anrejistre se {latest}): yo te mete l la soti deyò Ombud Desktop, kidonk nou pa t itilize l.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Pa gen okenn kopi ki pi nouvo ki rete nan dosye done yo. Si se ou menm ki te remete kopi sa a apati yon sovgad, louvri l epi chwazi “Sèvi ak kopi ki pi ansyen sa a” (oswa lanse `ombud-desktop case accept-older {case_id}`); sinon, efase ka a oswa mande moun k ap ede w la.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>N ap fè paj kouvèti faks la</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>N ap mete fòm nan ak dokiman yo ansanm</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>N ap mete paj yo an gri pou faks la</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>N ap fè fichye TIFF faks la</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>N ap mete non ak nimewo paj sou chak paj</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>N ap fè PDF fòm nan</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>N ap chanje dokiman yo an paj</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>N ap ekri lèt ki akonpaye l la</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>N ap fè lis verifikasyon an ak paj adrès la</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>N ap ekri README.txt ak sòm kontwòl yo</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>N ap fè mesaj imèl la</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>N ap sove imèl la ak fichye atache li yo</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>N ap sove faks la</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>N ap sove pake pou enprime a</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>N ap li dosye a</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>Yon A-Number se lèt A ak 7 a 9 chif, pa egzanp A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Bay dat kontak sa a ak USCIS. Li montre si USCIS te gen tan pou l ranje pwoblèm nan.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} pa youn nan chwa yo isit la. Chwazi youn nan lis la.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Lè w ap ede yon lòt moun, moun nan dwe dakò epi siyen konsantman ki nan fòm sa a, oswa ou dwe mete konsantman li siyen an ladan (kalite dokiman: Konsantman ki siyen).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>Moun ki gen dosye a dwe dakò ak konsantman an. San li, Ombudsman pa ka travay sou dosye a.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Di kiyès ki ranpli fòm sa a oswa ki li l pou moun nan, ak nan ki lang.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Fòm sa a siyen alamen ak lank. Pou voye l pa imèl oswa faks, enprime paj pou siyen an, siyen l epi mete dat la ak lank, apre sa ajoute paj ki siyen an (yon eskanè oswa yon foto telefòn) ak 'Ajoute paj ki siyen an'. Pa lapòs, siyen fòm ki enprime a menm.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>Pou dosye T, U, VAWA, azil ak refijye, konsantman an dwe siyen ak men, ak lank. Chwazi “Enprime, siyen ak lank, epi eskane”.</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Kontakte USCIS anvan: rele 1-800-375-5283 oswa voye yon e-Request. Ombudsman nan atann ou te eseye kontakte USCIS nan dènye 90 jou yo.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Dènye kontak ou ak USCIS te gen {days} jou. Ombudsman nan atann yon kontak nan dènye 90 jou yo: kontakte USCIS ankò anvan.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Dènye kontak ou ak USCIS gen sèlman {days} jou. Ombudsman nan mande w bay USCIS omwen 60 jou pou ranje pwoblèm nan (jiska {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>Nou pa konnen peyi {value}. Nou kenbe l jan ou ekri l la; tcheke jan l ekri oswa chwazi yon peyi nan lis la.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Antre yon vrè dat tankou mm/dd/yyyy (mwa/jou/ane), pa egzanp 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Dat sa a ({date}) vin apre jodi a. Tcheke l.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>Fichye "{title}" a pa t janm ajoute. Ajoute fichye a nan etap dokiman yo, oswa retire dokiman an nan lis la.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>"{title}" fè {size} MB, plis pase sa yon imèl {limit} MB ka pote: yon ekspòtasyon pa imèl kite l deyò, e li di sa, pou ou voye l pa faks oswa pa lapòs. Oswa eskane l ankò ak mwens paj oswa ak yon rezolisyon pi ba.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Sa pa sanble ak yon adrès imèl. Li ta dwe sanble ak non@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Bay nimewo resi a, oswa di poukisa pa genyen.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Mete omwen yon aplikasyon oswa petisyon ou te depoze nan USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} pa sanble ak yon nimewo fòm USCIS tankou I-130 oswa N-400. Gade anlè fòm ou te depoze a.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Yon avoka oswa yon reprezantan akredite dwe mete yon kopi Fòm G-28 ki nan dosye USCIS la (kalite dokiman: Fòm G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Antre yon nonb 0 oswa plis, pa egzanp 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Antre nimewo telefòn nan ak kòd zòn li, pa egzanp 202-555-0142, oswa kòmanse ak + ak kòd peyi a pou yon nimewo andeyò Etazini.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Yon kòd postal (ZIP) Etazini gen 5 chif, oswa 5 + 4 chif, pa egzanp 20528 oswa 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>Dapre dat sa yo, dosye a tann {months_pending} mwa, pa plis pase {posted_months} mwa yo afiche a. Anjeneral Ombudsman nan ede sèlman apre tan sa a fin pase.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Bay tan tretman USCIS afiche a, an mwa, pou nou ka montre konbyen dosye w la depase l.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Mete dat resepsyon aplikasyon w lan, pou nou ka konte konbyen tan li tann.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>Yo te resevwa aplikasyon ki pi ansyen an le {receipt_date} e li tann {months_pending} mwa.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>Yo te resevwa aplikasyon ki pi ansyen an le {receipt_date} e li tann {months_pending} mwa: {months_past} mwa plis pase tan tretman yo afiche a ki se {posted_months} mwa, ki te fini le {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>Yo te resevwa aplikasyon ki pi ansyen an le {receipt_date} e li tann {months_pending} mwa. Tan tretman yo afiche a ki se {posted_months} mwa fini le {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Ou chwazi ijans oswa difikilte: dekri l, pou Ombudsman nan wè poukisa li prese.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Nimewo resi sa a parèt de fwa. Retire youn.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Yon nimewo resi gen 3 lèt ak 10 chif, pa egzanp IOE0912345678. Konpare l ak avi resi w la.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>Nou pa konnen nimewo resi ki kòmanse ak {prefix}. Tcheke lèt yo sou avi resi w la; si yo menm, kite l konsa.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Li bon pou reponn si ou kapab: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Sa bezwen yon repons: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Ki kote pou ale pito: yon sèvis legal imigrasyon san bi likratif (ImmigrationLawHelp.org bay lis sa ki gratis oswa ki pa koute chè yo); lis Depatman Jistis la ki gen òganizasyon rekonèt ak reprezantan akredite yo (EOIR); oswa sèvis referans avoka asosyasyon avoka eta ou a.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>Repons sa a gen karaktè kontwòl ki pa parèt ({chars}), yo souvan kopye ansanm ak yon tèks ou kole. Efase repons lan epi tape l ankò.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Repons sa a ta dwe yon lis chwa.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Repons sa a ta dwe wi oswa non (true oswa false).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Sa ta dwe yon gwoup repons ({{ ... }}), pa yon sèl valè.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Sa ta dwe yon lis eleman ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Repons sa a ta dwe yon nonb.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Repons sa a ta dwe tèks.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop pa konnen repons "{field}" la. Nou kenbe l, men li pa enprime sou fòm nan. Tcheke jan non l ekri.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>Ombudsman nan pa ka chanje yon desizyon USCIS ou pa dakò avè l. Li ka ede lè USCIS fè yon erè oswa yon reta. Pou konteste yon desizyon, mande yon avoka sou apèl.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>Ombudsman nan ede sèlman ak pwoblèm ak USCIS. Lòt ajans, tankou Depatman Deta oswa tribinal imigrasyon yo, pa fè pati travay li.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>Ombudsman nan pa ka bay konsèy legal. Yon avoka oswa yon reprezantan akredite kapab.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Ou chwazi voye demann nan kanmenm. Ombudsman nan ka reponn li pa ka ede.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>Ombudsman nan pa bay konsèy legal, li pa ka anile yon desizyon USCIS, e li travay sèlman sou pwoblèm ak USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Dapre repons ou yo, Ombudsman nan ka petèt ede. Kontakte USCIS anvan si ou poko fè l: Ombudsman nan atann ou te eseye.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Chwazi omwen yon rezon ou bezwen èd. Ombudsman nan ede ak reta, erè ak pwoblèm USCIS pa t ranje.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Bay omwen yon fason pou jwenn moun nan: telefòn, imèl, faks oswa yon adrès lapòs.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} pa yon eta oswa yon teritwa Etazini. Chwazi youn nan lis la.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Yon nimewo kont USCIS sou entènèt gen 12 chif.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>Èske Ombudsman nan ka ede?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>CIS Ombudsman se yon ti biwo ki ede lè yon dosye ak USCIS bloke oswa mal pase. Kèk kesyon anvan ap montre si li ka ede w ak pa w la.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>Kisa k ap pase ak dosye w la?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Chwazi tout liy ki koresponn. Ombudsman nan ede sèlman ak pwoblèm tankou sa yo, konsa nou konnen si fòm sa a se bon fason pou jwenn èd.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Yon ijans oswa yon difikilte ki soti nan yon erè oswa yon reta USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>Mwen te mande sèvis kliyan USCIS e li poko ranje</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Dosye m nan tann pi lontan pase tan tretman USCIS afiche a</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS fè yon erè ak dosye m nan</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>Èske youn nan sa yo koresponn ak sitiyasyon w?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Chwazi sa ki vre yo. Ombudsman nan pa ka ede ak bagay sa yo, e li pi bon pou w konnen kounye a pase pou w tann yon repons ki di non.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Mwen vle konsèy legal sou dosye m nan</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Pwoblèm mwen an se ak yon lòt biwo, se pa USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>Mwen pa dakò ak yon desizyon USCIS, men mwen pa ka montre yon erè</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Mwen konprann Ombudsman nan ka pa ka ede, e mwen vle voye l kanmenm</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Chwazi sa a sèlman si ou li poukisa Ombudsman nan ka pa ka ede e ou toujou vle mande. Sa anpeche w voye yon demann pa erè.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Sa ou deja fè ak USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>Ombudsman nan mande w kontakte USCIS anvan. Li atann ou te jwenn USCIS nan dènye 90 jou yo, e ou te bay USCIS omwen 60 jou pou ranje pwoblèm nan.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>Èske ou te rele Sant Kontak USCIS la (1-800-375-5283)?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Rele USCIS se anjeneral premye etap la. Ombudsman nan vle konnen sa ou te eseye pou li pa mande w refè l.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>Ki dènye fwa ou te rele?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>Dat dènye apèl ou. Li montre konbyen tan USCIS te genyen pou ranje pwoblèm nan.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Nimewo demann sèvis oswa nimewo referans</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Si USCIS te ba w yon nimewo pou apèl ou, ekri l isit la. Li ede Ombudsman nan jwenn apèl ou nan dosye USCIS yo.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>Èske ou te tcheke estati dosye w sou entènèt?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS montre estati dosye yo sou sit entènèt li. Sa di Ombudsman nan sa USCIS t ap montre w.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>Ki dènye fwa ou te tcheke l?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>Dènye dat ou te gade estati dosye w.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>Èske ou te ale nan yon randevou nan yon biwo USCIS (InfoPass)?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Yon randevou an pèsòn se yon lòt fason pou mande USCIS èd. Di si ou te genyen youn.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Dat randevou a</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>Dat ou te ale nan biwo USCIS la.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>Ki biwo USCIS?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>Vil la oswa non biwo kote ou te ale a.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>Èske ou te voye USCIS yon demann sou entènèt (e-Request)?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>Yon e-Request se yon fòm sou sit entènèt USCIS pou poze kesyon sou yon dosye. Di si ou te voye youn.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Dat e-Request la</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>Dat ou te voye demann sou entènèt la.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Nimewo e-Request la</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>Nimewo USCIS te ba w pou demann sou entènèt la, si ou genyen l.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>Èske yon manm Kongrè te mande USCIS sou dosye w la?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Senatè w oswa reprezantan w ka mande USCIS tou. Ombudsman nan vle konnen pou de biwo pa fè menm travay la.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>Ki biwo Kongrè?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>Non senatè oswa reprezantan ki gen biwo ki te ede a.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Nenpòt lòt bagay ou te fè pou ranje pwoblèm nan</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Pa egzanp lèt ou te voye bay USCIS. Tout sa ou te eseye ede Ombudsman nan.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Poukisa w ap mande èd</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Di Ombudsman nan sa ki mal pase ak sa ou vle yo ranje.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>Poukisa w ap mande èd?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Chwazi tout rezon ki koresponn. Sa ede Ombudsman nan wè konbyen dosye w la prese.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Ijans oswa difikilte</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>An atant pi lontan pase tan tretman yo afiche a</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS fè yon erè</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>Riske pèdi estati oswa akimile prezans ilegal</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS pèdi dokiman</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Lòt</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>Ki ijans oswa difikilte a?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Eksplike sa k ap rive si USCIS pa aji byento, pa egzanp pèdi yon travay, rate swen medikal, oswa yon manm fanmi ki malad anpil. Ombudsman nan gade dosye ki prese yo an premye, kidonk fè ki klè enpòtan.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Tan tretman USCIS afiche (mwa)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS afiche konbyen tan yon fòm konn pran nan chak biwo. Ekri kantite mwa li te montre a. Nou sèvi ak li pou konte konbyen dosye w la depase tan sa a.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>Ki lè ou te gade tan tretman sa a?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Tan tretman yo chanje. Dat la montre ak ki tan afiche ou te konpare.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>Kisa k te pase?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Rakonte istwa a nan lòd, ak dat si ou konnen yo: sa ou te depoze, sa USCIS te fè oswa pa t fè, ak sa ou te eseye. Se pati ki pi enpòtan an: Ombudsman nan li l pou l konprann pwoblèm ou.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>Kisa ou vle Ombudsman nan fè?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Pa egzanp: mande USCIS pou l deside dosye a, oswa pou l korije yon erè sou yon kat. Yon demann ki klè pi fasil pou yo aji sou li.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Kiyès k ap ranpli demann sa a</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Ou ka mande èd pou tèt ou, oswa ede yon lòt moun mande. Yon avoka bezwen Fòm G-28 nan dosye USCIS; nenpòt lòt moun k ap ede bezwen konsantman moun nan alekri.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Kiyès ou ye?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Se mwen ki moun ki gen dosye USCIS la</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Mwen se avoka li oswa reprezantan akredite li</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Ou bezwen yon kopi Fòm G-28 ou ki nan dosye USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>M ap ede moun nan (fanmi, volontè, responsab lekòl, anplwaye Kongrè…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>Moun nan dwe siyen yon konsantman ki pèmèt ou mande pou li.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Non konplè w</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>Ombudsman nan ekri w kòm moun ki voye demann nan.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Òganizasyon oswa biwo avoka</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Si w ap ede kòm manm yon gwoup oswa yon biwo avoka, bay non li.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>Ki relasyon ou ak moun nan?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Pa egzanp: pitit fi, zanmi, volontè nan yon sant kominotè.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Telefòn ou</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Yon nimewo kote Ombudsman nan ka jwenn ou si l gen kesyon.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Imèl ou</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>Imèl se fason ki pi rapid pou Ombudsman nan reponn.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Faks ou</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Sèlman si ou sèvi ak yon machin faks.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Adrès (nimewo ak ri)</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Nimewo kay ak non ri, oswa yon bwat postal (P.O. box), pou Ombudsman nan ka voye w lèt.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Apatman, swit oswa etaj</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Kite l vid si pa genyen.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Vil oswa bouk</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>Vil la oswa bouk la, pou Ombudsman nan ka voye w lèt.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>Eta</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>Nan Etazini, chwazi eta a oswa teritwa a. Andeyò Etazini, ekri pwovens lan oswa rejyon an.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>Kòd postal (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>Nan Etazini se 5 chif, oswa 5 + 4 chif (20528 oswa 20528-0180). Andeyò Etazini, ekri kòd postal la jan li parèt sou lèt yo.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>Peyi</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>Peyi adrès sa a.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Nimewo bawo (bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Avoka: nimewo bawo eta w la, ki montre ou gen dwa pratike lalwa.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Akreditasyon</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>Ombudsman nan pale sou yon dosye sèlman ak moun nan, oswa ak yon moun li bay pèmisyon. Se poutèt sa li bezwen konnen kiyès k ap mande.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Si ou se yon reprezantan akredite: non gwoup ou ak nimewo w. Sa montre ou gen dwa ede moun ak dosye USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>Moun oswa patwon ki gen dosye USCIS la</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Bay enfòmasyon sou moun nan (oswa patwon an) ki te depoze nan USCIS e ki gen pwoblèm nan. Pa mete avoka a oswa biwo avoka a isit la.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>Èske se yon moun oswa yon patwon/òganizasyon?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Patwon yo depoze petisyon tou. Sa deside ki bwat non pou ranpli.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Yon moun</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Yon patwon oswa yon òganizasyon</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Tit</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Si ou vle. Kijan Ombudsman nan dwe rele moun nan nan lèt yo.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>Msye (Mr.)</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Madan (Ms.)</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Prenon</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Ekri l jan li ye sou papye USCIS yo, pou Ombudsman nan jwenn bon dosye a. Nenpòt alfabè bon.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Dezyèm prenon</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Sèlman si papye USCIS yo montre youn.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Non fanmi</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Ekri l jan li ye sou papye USCIS yo, pou Ombudsman nan jwenn bon dosye a.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Non patwon an oswa òganizasyon an</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>Non ki sou petisyon yo depoze nan USCIS la.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Lòt non ki te itilize</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Pa egzanp yon non anvan maryaj oswa yon lòt fason pou ekri l. USCIS ka gen papye sou non sa a.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Dat nesans</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS sèvi ak dat nesans lan ansanm ak non an pou jwenn bon moun nan.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>Peyi nesans</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Li ede USCIS jwenn bon dosye yo.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>Peyi sitwayènte</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>Peyi moun nan gen paspò li a.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A-Number (si genyen)</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>Se pa tout moun ki gen yon A-Number. Si ou genyen youn, li kòmanse ak A e li gen 7 a 9 chif (A123-456-789). Se fason ki pi rapid pou jwenn dosye w.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>Nimewo kont USCIS sou entènèt (si genyen)</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 chif. Ou genyen l sèlman si ou te depoze sou entènèt oswa si ou te resevwa l nan yon avi USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Nimewo kay ak non ri, oswa yon bwat postal (P.O. box), pou Ombudsman nan ka voye moun nan lèt.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>Vil la oswa bouk la, pou Ombudsman nan ka voye moun nan lèt.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Telefòn</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Yon nimewo kote Ombudsman nan ka jwenn moun nan. Fòk gen omwen yon fason pou jwenn li.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Faks</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Sèlman si moun nan sèvi ak yon machin faks.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>Imèl (pou resevwa nouvèl Ombudsman nan)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>Ombudsman nan voye nouvèl sou demann nan nan imèl sa a.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Lang li prefere</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>Lang moun nan li ak pale pi byen.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>Èske moun nan bezwen yon entèprèt?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Pou Ombudsman nan ka planifye yon apèl nan lang moun nan.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>Èske moun nan te aplike pou oswa te resevwa estati T, U, VAWA, azil oswa refijye?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>Dosye sa yo gen plis pwoteksyon pou vi prive. Lè sa a, konsantman an dwe siyen ak men, ak lank: enprime l, siyen l, epi eskane l.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>Benefisyè a (si petisyon an se pou yon lòt moun)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Gen petisyon yo depoze pou yon lòt moun, tankou yon fanmi oswa yon travayè. Si se konsa, bay enfòmasyon moun sa a. Sinon, sote paj sa a.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Prenon benefisyè a</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>Moun petisyon an fèt pou li a.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Non fanmi benefisyè a</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Jan li ye sou petisyon an.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Dat nesans benefisyè a</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Ede USCIS jwenn bon moun nan.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>A-Number benefisyè a (si genyen)</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>Se pa tout moun ki genyen youn. Si genyen, li ede jwenn dosye a.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Relasyon ak petisyonè a</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Pa egzanp: madanm, pitit gason, anplwaye.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Aplikasyon ak petisyon ki depoze</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Mete tout aplikasyon ak petisyon ki an atant nan USCIS ki fè pati pwoblèm sa a. Mete chak nimewo resi: se konsa Ombudsman nan jwenn chak dosye.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Aplikasyon oswa petisyon</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Nimewo fòm</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>Nimewo ki enprime anlè fòm ou te depoze a, tankou I-130 oswa N-400. Li di Ombudsman nan sa ou te mande USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Nimewo resi</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Li sou avi resi a (Fòm I-797C) USCIS te voye w pa lapòs: 3 lèt ak 10 chif, tankou IOE0912345678. Tirè ak espas pa gen pwoblèm.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>Poukisa pa gen nimewo resi?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Si ou pa janm resevwa yon avi resi, di l isit la, pa egzanp “depoze sa gen 5 mwa, poko gen avi resi”. Ombudsman nan bezwen sa pou l chèche dosye a.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Dat resepsyon</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>“Received Date” (dat resepsyon) ki sou avi resi a. Nou sèvi ak li pou konte konbyen tan dosye a ap tann.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Biwo USCIS k ap okipe l</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Si ou konnen ki biwo oswa ki sant sèvis ki gen dosye a, ekri l isit la.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>Sa ou te mande USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Chwazi ki kalite benefis imigrasyon aplikasyon yo ye.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Kalite benefis</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Chwazi tout sa ki aplike. Sa ede Ombudsman nan voye dosye w bay bon ekip la.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>Non-imigran (egz. etidyan)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Imigran (egz. rezidans pèmanan)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Sitwayènte oswa natiralizasyon</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Azil oswa refijye</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Benefis pwovizwa (egz. otorizasyon pou travay)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Egzanpsyon (egz. egzanpsyon pou rezon inadmisibilite)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>Ki lòt benefis?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Ou chwazi “Lòt”: di an kèk mo sa ou te mande USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Dokiman sipò</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Ajoute kopi papye ki montre pwoblèm nan, tankou avi resi ak lèt USCIS. Tanpri pa voye dokiman orijinal: sèlman kopi. Fichye yo rete chifre sou òdinatè sa a.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Dokiman</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>Idantifyan dokiman</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Aplikasyon an mete l.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>Ki kalite dokiman li ye?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Li ede Ombudsman nan wè vit sa ou voye, e li pèmèt aplikasyon an tcheke si gen yon G-28 oswa yon konsantman lè sa nesesè.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Kopi yon bagay mwen te voye bay USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Kopi yon bagay USCIS te voye ban mwen</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Fòm G-28 (avoka oswa reprezantan)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Konsantman moun nan siyen</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>Paj siyati fòm nan, siyen ak lank (eskanè oswa foto)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Lòt dokiman sipò</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Deskripsyon kout</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Pa egzanp “Avi resi pou I-485”. Li enprime nan lis dokiman yo.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Non fichye</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>Non fichye ou te ajoute a.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Paj</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Aplikasyon an konte yo.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Anprent fichye (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Li pèmèt aplikasyon an tcheke kopi ki sere a pa chanje.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Ajoute le</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>Jou yo te ajoute fichye a.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Konsantman</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>Ombudsman nan bezwen pèmisyon moun ki gen dosye a pou l gade dosye USCIS li yo e pou l pale ak USCIS sou yo. Li avi Lwa sou Vi Prive (Privacy Act) ki anba a anvan.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>Moun nan dakò kite Ombudsman nan jwenn enfòmasyon li epi pataje yo ak USCIS pou rezoud pwoblèm sa a</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>Lalwa kenbe dosye USCIS yo prive. Ombudsman nan ka gade dosye a sèlman si moun nan di wi.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>Kijan moun nan pral siyen?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Desinen siyati a, tape l kòm /s/ ak non an, oswa enprime paj la epi siyen l ak men. Pou dosye T, U, VAWA, azil ak refijye, se sèlman siyati ak lank ki pèmèt.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>Desinen l sou ekran an</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>Tape l (/s/ Non)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>Enprime, siyen ak lank, epi eskane</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Non moun k ap siyen an</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>Se moun ki gen dosye a ki siyen, oswa pou yon patwon, yon moun ki gen otorizasyon pou siyen pou li.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Dat siyati</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>Jou moun nan te siyen an.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Deklarasyon moun ki prepare oswa ki entèprete</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Si yon lòt moun te ranpli fòm sa a oswa te li l pou moun nan, ekri non li ak lang lan, pa egzanp: “Minh Tran prepare l, li l pou moun nan an vyetnamyen.” Sa montre moun nan te konprann sa li siyen an.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T ak U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T ak U se kalite viza: T pou viktim trafik moun, U pou viktim sèten krim ki ede lapolis.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Lwa sou Vyolans kont Fanm): yon fason pou moun yon manm fanmi ki sitwayen ameriken oswa rezidan pèmanan maltrete ka fè demann yo poukont yo, san moun ki maltrete yo a.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>azil, refijye</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Yon refijye te resevwa pwoteksyon anvan li vin Ozetazini; yon moun ki gen azil te mande l (azil) apre li rive. Toude pè pou yo pa fè yo mal nan peyi yo.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass se ansyen non yon randevou an pèsòn nan yon biwo USCIS, ou pran l atravè Sant Kontak USCIS la.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>Yon e-Request se yon fòm sou sit entènèt USCIS pou mande sou yon dosye, pa egzanp lè li depase tan nòmal tretman an. USCIS reponn pa imèl.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>Fòm G-28 la se fòm yon avoka oswa yon reprezantan akredite siyen ak moun nan pou montre USCIS ak Ombudsman nan ke yo reprezante l.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>benefisyè, petisyonè</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>Petisyonè a depoze yon petisyon pou yon lòt moun (yon fanmi, yon travayè); moun sa a se benefisyè a.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>reprezantan akredite</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Yon reprezantan akredite pa avoka, men Depatman Jistis la otorize l bay èd legal sou imigrasyon, pandan l ap travay pou yon òganizasyon san bi likratif ki rekonèt.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>nimewo resi</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>Nimewo resi a sou avi USCIS voye apre li resevwa yon aplikasyon: twa lèt ak dis chif, pa egzanp IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>A-Number (Nimewo Enskripsyon Etranje) se pwòp nimewo USCIS moun nan: yon A ak 8 oswa 9 chif, sou kat vèt, pèmi travay oswa avi USCIS yo.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>“egz.” vle di “pa egzanp”.</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Nou pa t ka louvri pake a pou enprime. Fè pake a ankò.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Enprime pake pou lapòs la</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>Nou pa t ka fè enprimant lan mache. Tcheke si li limen epi eseye ankò.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>Enpresyon an anile. Paj ki te deja ale nan enprimant lan ka toujou enprime.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Enpresyon</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>N ap enprime paj {page} sou {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Nou pa t ka prepare yon paj pou enprime. Fè pake a ankò.</translation>
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
            <translation>Kalifòni</translation>
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
            <translation>Distri Kolonbi</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>Florid</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>Jòji</translation>
        </message>
        <message>
            <source>Hawaii</source>
            <extracomment>US state or territory HI (postal code)</extracomment>
            <translation>Awayi</translation>
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
            <translation>Lwizyàn</translation>
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
            <translation>Masachousèt</translation>
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
            <translation>Nouvo Meksik</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>Nouyòk</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>Karolin di Nò</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>Dakota di Nò</translation>
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
            <translation>Pennsilvani</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>Karolin di Sid</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>Dakota di Sid</translation>
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
            <translation>Vijini</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>Washington</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>Vijini oksidantal</translation>
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
            <translation>Samoa ameriken</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Gwam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Il Mariyàn di Nò</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Pòtoriko</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Il Vyèj ameriken</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Ti zile ameriken ki lwen yo</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Mikwonezi</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Il Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palao</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Fòs Ame: Amerik (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Fòs Ame: Ewòp, Mwayen Oryan, Afrik, Kanada (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Fòs Ame: Pasifik (AP)</translation>
        </message>
    </context>
</TS>
