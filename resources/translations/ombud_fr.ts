<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en_US">
    <context>
        <name>Accessibility</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ActionsTakenPage</name>
        <message>
            <source>Add the dates of your contacts with USCIS to see how this applies.</source>
            <translation>Ajoutez les dates de vos contacts avec l’USCIS pour voir ce que cela donne.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Votre contact le plus récent : %1 (il y a %2 jours).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>C’était il y a plus de 90 jours. Si vous le pouvez, recontactez d’abord l’USCIS ; vous pouvez quand même envoyer le formulaire.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>L’USCIS a le dossier depuis moins de 60 jours. L’Ombudsman attend en général que vous patientiez jusqu’au %1 ; vous pouvez quand même envoyer le formulaire, surtout en cas d’urgence.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>Ce ne sont pas des règles strictes : rien ici ne vous empêche de continuer.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Arrêt en cours…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Attendez la réponse.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Attendez la réponse ; relancez si rien n’arrive avant le %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Continuez avec « %1 ».</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Envoyez le dossier prêt, puis marquez-le comme envoyé.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Vérifiez le PDF et préparez l’envoi.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>« %1 » est protégé par un mot de passe. À l’étape Documents, retirez-le puis ajoutez-le de nouveau : l’application demandera alors son mot de passe.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>L’enregistrement n’a pas pu se faire. Vos réponses sont toujours là ; réessayez.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Phrase secrète &amp;actuelle</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Nouvelle phrase secrète (cinq mots ou plus)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Ce n’est pas la phrase secrète actuelle. Réessayez.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(choisissez)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (tapez votre nom au-dessus)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Avis sur la loi Privacy Act</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Pourquoi nous demandons : le CIS Ombudsman (6 U.S.C. 272) utilise ces informations pour examiner votre problème avec l’USCIS. Ce qu’il en fait : l’Ombudsman les partage avec l’USCIS, et avec d’autres seulement dans les limites de la loi et de l’avis publié sur le système de dossiers. Les donner est volontaire, mais sans elles et sans votre consentement l’Ombudsman ne pourra peut-être pas vous aider.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Comme ce dossier concerne un statut T, U, VAWA, d’asile ou de réfugié, la loi protège spécialement vos informations. L’Ombudsman a besoin d’une signature à l’encre : imprimez le formulaire, signez-le à la main, puis scannez-le ou prenez-le en photo. Une signature dessinée ou tapée ne peut pas être utilisée.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>Imprimer et signer : le formulaire terminé est imprimé avec une ligne de signature vide. Signez à l’encre, puis scannez ou photographiez la page signée et ajoutez-la comme document, ou envoyez le papier.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Effacer la signature</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Efface la signature dessinée pour signer à nouveau.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Signature tapée</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Vérifiez avant d’envoyer : le bureau de l’Ombudsman a changé son fonctionnement en 2025, ces coordonnées peuvent donc être dépassées. Confirmez-les sur www.dhs.gov/cisombudsman la prochaine fois que vous aurez Internet.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Téléphone (gratuit)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(vérifié le {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Les anciennes brochures indiquent : {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Choisissez des copies de vos documents</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Documents (%1);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Les données de l’avis sont dans l’étape des demandes.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Ajout de %1 (chiffré)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>« %1 » n’a pas été ajouté.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Ce fichier n’a pas pu être ajouté. Rien n’a changé ; essayez-en un autre.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Ajouté. Il est gardé chiffré avec ce dossier.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>Retirer ce document ?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>« %1 » sera retiré de ce dossier et sa copie chiffrée supprimée. Votre propre fichier n’est pas touché : vous pourrez l’ajouter à nouveau plus tard.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n page</numerusform>
                <numerusform>%1 — %n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Retirer ce document</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Retirer le document %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Supprime la copie chiffrée de ce dossier. Votre propre fichier n’est pas touché.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>L’Ombudsman ne rend pas les papiers. Ajoutez des copies des avis de l’USCIS et de ce que vous avez envoyé à l’USCIS ; vos propres fichiers ne sont pas modifiés.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Ajouter des documents…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Ouvre une fenêtre pour choisir des fichiers PDF ou des photos de vos documents.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Lire un avis de l’USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Lit le numéro de reçu, la date de réception et le numéro de formulaire sur une photo, un scan ou un PDF d’un avis que l’USCIS vous a envoyé, pour l’étape des demandes, et peut garder l’avis ici comme document reçu de l’USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>Ou faites glisser des fichiers de vos dossiers sur cette page.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Annuler l’ajout du document</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Ajout du document</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>Le formulaire a encore des problèmes (listés ci-dessus). Corrigez-les, puis réessayez.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Terminé.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>Le paquet est prêt : {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Suivez le fichier README.txt qu’il contient, étape par étape.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Annulé. Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Où enregistrer le paquet</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Aucun programme de cet ordinateur n’a pu ouvrir le dossier. Ouvrez-le vous-même dans le gestionnaire de fichiers : %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>Aucun programme de messagerie n’est configuré sur cet ordinateur. Écrivez le courriel dans votre webmail ou sur un autre ordinateur, avec les fichiers de : %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Préparez le paquet pour envoyer votre demande. Tout reste sur cet ordinateur : vous emportez le paquet vers un ordinateur connecté, ou vous l’imprimez.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>Où il est envoyé</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Où l’envoyer : les adresses de l’Ombudsman</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Affiche ou masque l’adresse électronique, le numéro de fax et l’adresse postale.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>Comment allez-vous l’envoyer ?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;E-mail (recommandé) : un message prêt à envoyer, avec les fichiers</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Fax : un PDF à faxer, avec une page de garde</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>&amp;Courrier : des pages à imprimer et poster (jusqu’à 14 jours de plus)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>En un seul fichier &amp;zip</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Un fichier au lieu d’un dossier</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>Aussi en fichier &amp;TIFF pour les services de fax</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Certains services et modems de fax veulent du TIFF au lieu du PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>E-mail le plus gros : </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Taille maximale d’un e-mail en mégaoctets</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Dossier où enregistrer le paquet</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Les gros documents sont répartis sur plusieurs e-mails de cette taille au plus.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Tapez un dossier, ou utilisez « Choisir le dossier » pour en choisir un.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Enregistrer dans :</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>C&amp;hoisir le dossier…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Choisissez le dossier</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>Le paquet est la seule chose qu’Ombud Desktop enregistre sans chiffrement : toute personne ayant cet ordinateur ou cette clé USB peut le lire. Supprimez-le une fois envoyé.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Préparer le &amp;paquet</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Lancer l’export</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Arrêter ; rien n’est enregistré</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Ouvrir le dossier</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Afficher le paquet</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Ouvrir ma &amp;messagerie</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Commence un nouveau message ; joignez les fichiers du dossier</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimer…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimer le paquet pour le courrier</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>L’Ombudsman lit l’anglais. Si vous le pouvez, écrivez cette réponse en anglais ou demandez de l’aide à quelqu’un. Une réponse dans votre langue vaut quand même mieux que pas de réponse.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatoire)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (utile à remplir)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>par exemple %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Retirer %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Retire cette ligne de la liste. Les autres lignes gardent leurs réponses.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Retiré : %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>sans numéro de reçu</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Remet la demande retirée, avec ses réponses.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Ajouter une autre demande ou pétition</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Ajoute une ligne vide pour un autre formulaire déposé auprès de l’USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Lire un avis de l’USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Lit le numéro de reçu, la date de réception et le numéro de formulaire sur une photo, un scan ou un PDF d’un avis de l’USCIS, sur cet ordinateur. Vous les vérifiez avant qu’ils soient utilisés.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Astuce : vous pouvez coller plusieurs numéros de reçu dans une seule case ; chacun aura sa propre ligne. Les espaces et les tirets sont retirés pour vous.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Et maintenant</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Envoyez-le : ouvrez votre messagerie (ou webmail), joignez les fichiers du dossier préparé et envoyez le message à l’adresse indiquée dans README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Envoyez-le : faxez le PDF du dossier préparé au numéro indiqué dans README.txt, et gardez la page de confirmation du fax.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Envoyez-le : imprimez le dossier postal, signez là où c’est indiqué et postez-le à l’adresse de README.txt. Le courrier vers l’administration peut prendre jusqu’à 14 jours de plus.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Notez-le : une fois envoyé, remplissez « Après l’envoi » ci-dessous et appuyez sur « Marquer comme envoyé ». La liste des dossiers l’indique alors comme envoyé, avec la date.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Attendez la réponse : aucun délai n’est promis. Enregistrez les rappels ci-dessous : ils vous préviennent après 30 et après 90 jours. En attendant, continuez à répondre à tout courrier de l’USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Si rien n’arrive : après 30 jours, écrivez ou téléphonez au bureau de l’Ombudsman (adresses sous « Où l’envoyer ») avec le numéro de reçu et la date d’envoi. N’envoyez pas deux fois la même demande.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>Le trousseau de mots de passe de l’ordinateur n’a pas gardé la clé : sa fenêtre a été fermée ou il a refusé. Rien n’a été mis en place. Choisissez plutôt une phrase secrète ci-dessous, ou choisissez à nouveau le trousseau pour réessayer.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Bienvenue dans Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Vos dossiers seront gardés chiffrés sur cet ordinateur. Choisissez comment les verrouiller.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Avec une phrase secrète que je tape à chaque fois (le mieux sur un ordinateur partagé)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Personne ne peut ouvrir les dossiers sans la phrase secrète.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Avec le trousseau de mots de passe de cet ordinateur</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Toute personne qui peut ouvrir une session sur ce compte peut ouvrir les dossiers.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Si vous le choisissez, l’ordinateur peut demander son propre mot de passe (souvent celui de votre session) pour ouvrir son trousseau.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>Aucun trousseau de mots de passe sûr n’a été trouvé sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Recherche du trousseau de mots de passe de cet ordinateur…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Créer une clé de récupération à imprimer (si la phrase secrète est perdue)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Créer une clé de récupération à imprimer (si le trousseau est perdu)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Un long code montré une seule fois. Imprimez-le ou notez-le et gardez-le en lieu sûr.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Prépare le stockage chiffré.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Protéger le fichier de transmission</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Ouvrir le fichier de transmission</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Choisissez une phrase secrète pour ce fichier et communiquez-la au destinataire en personne ou par téléphone, jamais avec le fichier. Celle-ci a été créée pour vous :</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>La phrase secrète de ce fichier :</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Phrase secrète proposée</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Utiliser cette phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Saisissez de nouveau la phrase secrète</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Saisissez la phrase secrète.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Les deux phrases secrètes diffèrent. Saisissez la même deux fois.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(pas encore de nom)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 par %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>à supprimer</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>Pas modifié depuis longtemps : supprimez-le quand vous n’en avez plus besoin.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Pas encore de dossier : commencez par « Nouveau dossier ».</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Choisissez un dossier et appuyez sur Entrée pour l’ouvrir, ou commencez-en un nouveau.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>Supprimer ce dossier ?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>« %1 » et tous ses documents seront détruits pour de bon. C’est irréversible.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>Le dossier a été supprimé.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Enregistrer le fichier de transfert</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Fichiers de transfert (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Enregistré. Le fichier est chiffré avec la phrase secrète choisie.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Ouvrir un fichier de transfert</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Enregistrement du fichier de transmission</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Envoi préparé</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>Le dossier %1 ne peut pas être ouvert : sélectionnez-le pour voir pourquoi.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Endommagé</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 étapes sur %2</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>Utiliser la copie plus ancienne de ce dossier ?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>La copie du dossier %1 dans le dossier de données est plus ancienne que la dernière version enregistrée par Ombud Desktop, et aucune copie plus récente ne reste. Utilisez-la seulement si vous l'avez remise vous-même depuis une sauvegarde : ce qui a été modifié après cette copie (réponses, documents, date d'envoi) n'y figure pas.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Utiliser cette copie plus ancienne</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Chiffrement du dossier et de ses documents…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Réception d'un fichier de transmission</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Vérification et ajout du dossier…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>Le dossier a été ajouté à votre liste.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Vos dossiers</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formulaires</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Avancement</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Prochaine chose à faire</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Dernière modification</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Utilisez les flèches pour choisir un dossier et Entrée pour l’ouvrir.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Nouveau dossier</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Commence un dossier vide.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Ouvre le dossier choisi là où vous vous étiez arrêté.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Détruit le dossier choisi et ses documents, après confirmation.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Transférer…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Enregistre le dossier choisi dans un fichier chiffré pour un autre bénévole.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>&amp;Recevoir un transfert…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Ajoute un dossier à partir d’un fichier de transfert.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Langue, verrouillage automatique et plus.</translation>
        </message>
    </context>
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
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>mm/jj/aaaa</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>Vos dernières modifications ne sont pas enregistrées</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop n’a pas pu enregistrer vos dernières modifications (voir le message en bas de la fenêtre). Si vous fermez maintenant, elles sont perdues. Fermer quand même ?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Sortie rapide</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Cache tout immédiatement. Raccourci : %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Verrouille l’application immédiatement et cache tous les dossiers. Raccourci : Ctrl+Maj+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Phrase secrète proposée : %1 — notez-la avant de continuer.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>Les deux phrases secrètes sont différentes. Tapez-les à nouveau.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Cette phrase secrète est trop facile à deviner : %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Utilisez cinq mots ou plus sans rapport entre eux, ou appuyez sur « Proposer une phrase secrète ».</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Assez solide.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Phrase secrète (cinq mots ou plus)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Cinq mots ou plus sans rapport entre eux. Notez-la.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Répétez la phrase secrète</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>La même phrase secrète encore une fois, pour repérer les fautes de frappe.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Proposer une phrase secrète</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Invente une phrase secrète solide et l’affiche, pour la noter.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Phrase secrète proposée</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>Un problème inattendu est survenu pendant la lecture de l’avis ({kind}). Rien n’a été modifié ; saisissez vous-même les données de l’avis.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Vérifiez sur l’avis : %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>Le lecteur n’est pas sûr de cette valeur : comparez-la avec l’avis.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Avis de réception</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Avis de transfert</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Rendez-vous biométrique</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Demande de preuves</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Avis d’approbation</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Lire un avis de l’USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Numéro de reçu</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Date de réception</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Date de l’avis</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Numéro de formulaire (type de dossier)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Type d’avis</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Date de priorité</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>Numéro A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Lecture de %1 sur cet ordinateur…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>Aucune donnée n’a été trouvée sur cette image. Essayez une photo plus nette de toute la page, bien éclairée, ou saisissez les données de l’avis.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Comparez chaque valeur avec l’avis et corrigez-la si besoin. Rien n’est rempli tant que vous n’avez pas choisi « Utiliser ces valeurs ».</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Les caractères en rouge ont peut-être été mal lus. Les zones surlignées montrent où chaque valeur a été lue.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>« Utiliser ces valeurs » remplit le numéro de formulaire, le numéro de reçu et la date de réception d’une demande. Les autres valeurs sont affichées pour comparaison.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Garder l’avis avec ce dossier comme document (chiffré)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Utiliser ces valeurs</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Choisissez une photo, un scan ou un PDF de l’avis</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Images et PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Logo de %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Logo de l’organisme</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Où trouver de l’aide</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Certains réglages de l’organisme n’ont pas pu être utilisés : l’application fonctionne avec ses réglages habituels à leur place.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Détails…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Masquer cet avis</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Montre ce qui ne va pas dans les réglages de l’organisme et comment le corriger.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Masque cet avis jusqu’au prochain démarrage de l’application.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Certains réglages de l’organisme n’ont pas pu être utilisés ; l’application utilise donc ses réglages habituels à leur place :</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Vous pouvez continuer à travailler. Prévenez la personne qui a installé l’application : elle peut corriger le fichier %1 et le vérifier avec « ombud-desktop org-config ».</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Réglages de l’organisme</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Ce mot de passe n’ouvre pas « %1 ». Réessayez, ou passez ce fichier.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>« %1 » est protégé par un mot de passe. Tapez son mot de passe pour l’ajouter : l’application en garde une copie sans mot de passe, chiffrée avec ce dossier.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Mot de passe du PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Ce que vous tapez ne s’affiche pas. Il sert une fois à ouvrir le PDF et n’est pas conservé.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Ajouter &amp;avec ce mot de passe</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Ouvre le PDF avec ce mot de passe et l’ajoute.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Passer ce fichier</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>Ne l’ajoute pas.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>Page &amp;précédente</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Affiche la page précédente.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Page &amp;suivante</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Affiche la page suivante.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;arrière</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Rend les pages plus petites.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom a&amp;vant</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Rend les pages plus grandes.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>A&amp;juster à la largeur</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Donne à la page toute la largeur de la vue.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Aperçu du PDF qui sera envoyé</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Les pages du PDF. Page précédente et Page suivante tournent les pages, les flèches font défiler, Ctrl et + ou − zooment.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>L’aperçu n’a pas pu s’afficher : le PDF ne s’est pas chargé.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Pas encore d’aperçu</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Préparation de l’aperçu…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Voici le PDF tel qu’il sera envoyé (marqué PREVIEW tant qu’il n’est pas signé).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>L’aperçu n’a pas pu être préparé : %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Vérifier le PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Voici votre demande exactement telle que l’Ombudsman la recevra : le formulaire, puis la liste de vos documents et de leurs pages. Elle porte la mention PREVIEW (aperçu) ; la copie faite à l’étape suivante n’a pas ces marques et est signée comme vous l’avez choisi.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Quand vous entrez la date de réception USCIS de votre demande (étape « Demandes et pétitions »), une image ici montre depuis combien de temps elle attend.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>Reçu par l’USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Votre dossier est en attente depuis %1 mois.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Fin du délai de traitement annoncé</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>C’est %1 mois après le délai annoncé.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>C’est encore dans le délai de traitement annoncé.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Chronologie de votre dossier</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Prêt à envoyer.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>%n point à regarder ci-dessous ; il ne vous bloque pas.</numerusform>
                <numerusform>%n points à regarder ci-dessous ; ils ne vous bloquent pas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Pas encore prêt : %n réponse doit d’abord être corrigée.</numerusform>
                <numerusform>Pas encore prêt : %n réponses doivent d’abord être corrigées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>%n autre point à regarder.</numerusform>
                <numerusform>%n autres points à regarder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>À corriger</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Rapport de préparation</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Chaque ligne est une chose à corriger ou à vérifier. Appuyez sur Entrée pour aller à cette réponse.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>Ce que vous avez dit à l’étape « L’Ombudsman peut-il vous aider ? » est déjà coché ci-dessous. Ajoutez toute autre raison, ou décochez celle qui ne convient pas.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Ferme cette fenêtre.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>Fermer sans noter la clé ?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>La clé de récupération ne sera plus affichée. Fermer quand même ? (Vous pouvez en créer une autre dans les Paramètres.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Créer une nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Votre ancienne clé de récupération ne fonctionnera plus : jetez ce papier une fois la nouvelle imprimée ou notée. Continuer ?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Votre phrase secrète actuelle :</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Groupe %1 sur %2 : %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Montrée une seule fois. Imprimez-la ou notez-la.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>Aucune imprimante n’est installée sur cet ordinateur. Recopiez la clé à la main, soigneusement, groupe par groupe.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>Rien n’a été enregistré. Choisissez une imprimante, ou notez-la à la main.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Clé de récupération Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Gardez ce papier en lieu sûr. Il ouvre tous vos dossiers.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>Enregistrer la clé de récupération dans un fichier ?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Vous avez choisi d’imprimer dans un fichier. Ce fichier n’est pas chiffré : quiconque le trouve peut ouvrir tous vos dossiers. Imprimez plutôt sur papier, ou supprimez le fichier dès qu’il est imprimé. L’enregistrer quand même ?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Cette clé ouvre vos dossiers si la phrase secrète est oubliée. Elle n’est montrée que maintenant. Imprimez-la ou notez-la, et gardez-la loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;Imprimer la clé de récupération…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Imprime la clé sur papier.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>J’ai imprimé ou noté la clé de récupération</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Nécessaire pour continuer ; la clé ne sera plus montrée.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinuer</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Va à votre liste de dossiers.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Relisez vos réponses</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Masquer le PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Masque à nouveau le PDF ; vos réponses restent telles quelles.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Afficher le PDF tel qu’il sera envoyé</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Affiche le formulaire et vos documents en un seul PDF, sous ce bouton.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Pas encore de réponses</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Modifier « %1 »</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Va à cette étape pour modifier ces réponses.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Relisez vos réponses encore une fois. Utilisez « Modifier » pour corriger quelque chose ; vous revenez ici avec Suivant. Les lignes marquées « À corriger » empêchent d’envoyer le formulaire.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>Est-ce prêt à envoyer ?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Vos réponses, comme sur le formulaire</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>L’Ombudsman ne pourra peut-être pas aider</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>La référence contient des caractères de contrôle invisibles ({chars}). Tapez-la à nouveau sans eux.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>Impossible de l’enregistrer pour l’instant ; réessayez.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Marqué comme envoyé le {date} par {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Enregistrer des rappels de suivi</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers de calendrier (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>Les rappels n’ont pas pu être enregistrés ({reason}). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Rappels enregistrés : ouvrez {path} pour les ajouter à votre calendrier.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>Supprimer le paquet ?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>Le paquet n’est pas chiffré. Maintenant qu’il est envoyé, le supprimer de cet ordinateur ? (Votre dossier reste enregistré dans Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>Le paquet a été supprimé.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Après l’envoi</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Date d’envoi :</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Envoyé par :</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Référence :</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>numéro de confirmation du fax, numéro de suivi ou date de l’e-mail</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>Le jour où vous l’avez envoyé par e-mail, fax ou courrier.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Comment vous l’avez envoyé : e-mail, fax ou courrier.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Marquer comme &amp;envoyé</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Noter qu’il a été envoyé</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Enregistrer des &amp;rappels…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Un fichier de calendrier qui vous rappelle de relancer après 30 et 90 jours</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Supprimer le paquet</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Retirer l’export non chiffré de cet ordinateur</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Verrouiller après ce nombre de minutes sans activité</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Cache tout quand personne n’a touché le clavier ou la souris. 0 = jamais.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Marquer les dossiers à supprimer après</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Les dossiers non modifiés pendant cette durée sont marqués dans la liste.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Agrandit tout le texte, jusqu’à deux fois la taille normale.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Texte noir sur blanc avec des traits épais.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Changer la phrase secrète…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Ajouter une phrase secrète…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Une nouvelle phrase secrète pour déverrouiller vos dossiers ; l’ancienne ne fonctionne plus.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Créer une nouvelle clé de récupération…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Affiche une nouvelle clé à imprimer ; la précédente ne fonctionne plus.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>La nouvelle clé de récupération est en vigueur.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, version %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Installé pour vous par %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>Marquer des dossiers à supprimer ?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Avec une durée de %1 jours, %n dossier de plus sera marqué à supprimer. Changer la durée ?</numerusform>
                <numerusform>Avec une durée de %1 jours, %n dossiers de plus seront marqués à supprimer. Changer la durée ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Zone pour dessiner la signature</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Signez ici avec une souris, un stylet ou le doigt. Appuyez sur Suppr pour effacer. Sans souris, choisissez la signature tapée ou imprimer et signer.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Enregistrer la page à signer</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>La page n'a pas pu être enregistrée ({reason}). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Enregistrée dans {path} (non chiffrée : supprimez-la une fois la page signée ajoutée). Signez-la et datez-la à l'encre.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Choisissez le scan ou la photo de la page signée</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Scans et photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Ajout de la page signée (chiffrée)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>Ce fichier n'a pas pu être ajouté. Rien n'a changé ; essayez-en un autre.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>La page signée est ajoutée. Elle est conservée chiffrée.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Ce formulaire se signe à la main à l'encre. Pour l'envoyer par e-mail ou par fax : imprimez la page à signer, signez-la et datez-la à l'encre, puis ajoutez un scan ou une photo prise avec le téléphone de la page signée. Par courrier, signez le formulaire imprimé lui-même.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>La page signée est ajoutée : elle remplace la page non signée dans tout ce que vous envoyez.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>Imprimer la page à signer</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>La page de signature avec le nom de la personne et le numéro de reçu</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Ajouter la page signée</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Un scan ou une photo prise avec le téléphone de la page, signée et datée à l'encre</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Vos informations enregistrées ont été remplies.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Remplissez d’abord vos informations, puis enregistrez-les.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Enregistré. Les nouveaux dossiers peuvent être remplis avec ces informations en une fois.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Remplir avec mes informations enregistrées</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Copie ici les informations enregistrées avant (nom, organisme, contact).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>&amp;Garder mes informations pour la prochaine fois</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Garde ces informations, chiffrées, pour remplir vite les nouveaux dossiers.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>Qu’est-ce que « %1 » ?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Affiche ou masque une courte explication.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Tapez votre phrase secrète, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Cette phrase secrète n’est pas la bonne. Vérifiez la touche Verr. Maj et réessayez.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>Le trousseau de mots de passe de l’ordinateur n’a pas donné la clé : sa fenêtre a été fermée ou il a refusé. Tapez plutôt votre phrase secrète, ou réessayez le trousseau.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>Le trousseau de mots de passe de l’ordinateur n’a pas donné la clé : sa fenêtre a été fermée ou il a refusé. Utilisez plutôt votre clé de récupération, ou réessayez le trousseau.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>Le trousseau de mots de passe de l’ordinateur n’a pas donné la clé : sa fenêtre a été fermée ou il a refusé. Réessayez, et tapez le mot de passe de l’ordinateur quand il le demande.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Tapez la clé de récupération de votre papier, puis appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>La nouvelle phrase secrète est enregistrée. Votre ancienne clé de récupération ne fonctionne plus.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Choisissez une nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop est verrouillé et vos dossiers sont cachés. Déverrouillez pour continuer.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Déverrouillez vos dossiers</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Vos dossiers sont gardés chiffrés sur cet ordinateur.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>La phrase secrète choisie à l’installation d’Ombud Desktop. Appuyez sur Entrée pour déverrouiller.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Déverrouille avec la phrase secrète.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Déverrouiller avec le &amp;trousseau du système</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Utilise la clé gardée par le trousseau de mots de passe de cet ordinateur.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Utiliser la &amp;clé de récupération</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>Phrase secrète oubliée ? Ouvre vos dossiers avec la clé de récupération sur papier.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Clé de récupération (groupes de quatre lettres et chiffres)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Tapez-la telle qu’imprimée ; tirets et espaces ne comptent pas. Appuyez sur Entrée pour ouvrir.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Ouvrir avec la clé de récupération</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Ouvre vos dossiers, puis demande une nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Retour à la phrase secrète.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Vos dossiers sont ouverts. Choisissez maintenant une nouvelle phrase secrète : c’est elle que vous taperez désormais.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Enregistrer la nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>L’enregistre et ouvre vos dossiers. Votre clé de récupération reste valable.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenue</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Cette application vous aide à demander l’aide du CIS Ombudsman pour un dossier bloqué ou mal traité par l’USCIS. Elle remplit avec vous le formulaire DHS-7001, une question à la fois, et prépare un paquet à envoyer par e-mail, fax ou courrier.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Ce qu’il vous faut</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Vos avis de réception de l’USCIS (le numéro de reçu commence par 3 lettres).
• Les dates de vos contacts avec l’USCIS et les numéros de référence.
• Des copies des lettres de l’USCIS et de ce que vous leur avez envoyé. N’envoyez jamais d’originaux.
• Environ 20 à 40 minutes. Vous pouvez arrêter à tout moment : tout est enregistré.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Votre vie privée</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Tout ce que vous tapez et chaque document ajouté restent sur cet ordinateur, chiffrés. L’application n’utilise jamais Internet. Rien n’est envoyé tant que vous ne l’envoyez pas vous-même. Utilisez Sortie rapide (Ctrl+Maj+Q) pour tout cacher d’un coup.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Ce que l’Ombudsman peut et ne peut pas faire</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>L’Ombudsman peut demander à l’USCIS d’examiner un problème dans votre dossier. Il ne peut pas donner de conseils juridiques ni changer une décision de l’USCIS. Cette application n’est pas faite par le gouvernement américain et ne donne pas de conseils juridiques.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Répondez à ceci avant de continuer : %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Cette étape n’est pas nécessaire pour ce dossier.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Utilisez Suivant pour arriver à cette étape ; les étapes précédentes viennent d’abord.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(pas nécessaire)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>L’étape %1, « %2 », est maintenant nécessaire à cause de votre réponse.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Les étapes du formulaire. Appuyez sur Entrée sur une étape déjà vue pour y revenir.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Retour à la liste des dossiers. Tout est enregistré.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>L’étape précédente. Rien de ce que vous avez tapé n’est perdu. Raccourci : Alt+Gauche.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>L’étape suivante. Raccourci : Alt+Droite.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Un problème inattendu est survenu ({kind}). Vos réponses sont en sécurité ; revenez d’une étape et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>E-mail (recommandé)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Courrier</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Téléphone (gratuit)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Demande d’aide pour un dossier au CIS Ombudsman (formulaire DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Pour : {name}. Numéro de reçu : {receipt}. Fait le {date}. Moyen d’envoi : {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Préparé avec l’aide de {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Où trouver de l’aide : {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Important : les fichiers de ce dossier ne sont pas chiffrés et contiennent des informations privées. Gardez-les en sécurité et supprimez ce dossier une fois la demande envoyée.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Le bureau de l’Ombudsman a changé son fonctionnement en 2025. Ces coordonnées peuvent être dépassées : confirmez-les sur www.dhs.gov/cisombudsman la prochaine fois que vous aurez Internet.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Avant d’envoyer : vérifiez les coordonnées</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label} : {value} (source : {source} ; vérifié le {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Comment l’envoyer</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Ce que contient ce dossier</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json et SHA256SUMS : chaque fichier avec sa taille et sa somme de contrôle SHA-256, pour vérifier que rien n’a été changé ni perdu en route.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Après l’envoi : dans Ombud Desktop, marquez le dossier comme envoyé avec la date et la référence ({reference}). Cela crée des rappels pour relancer après 30 et 90 jours.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>courrier</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>la date d’envoi de l’e-mail</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>le numéro figurant sur la page de confirmation du fax</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>le numéro de suivi, s’il y en a un</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Ouvrez {first_eml} (double-clic) : votre logiciel de messagerie l’ouvre comme un nouveau message à {email}, avec les fichiers joints.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>Il y a {count} messages : envoyez-les tous, de la partie 1 à la partie {count}. Chacun indique dans son texte les documents qu’il contient.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Vérifiez le message, puis cliquez sur Envoyer.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Si vous utilisez une messagerie dans un navigateur (Gmail, Outlook.com, Yahoo) : écrivez un nouveau message à {email} avec l’objet "{subject}", copiez-y le texte du fichier message-N.txt correspondant, joignez les fichiers qu’il nomme depuis le dossier "attachments", puis envoyez.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} Mo) dépasse les {limit} Mo qu’un e-mail peut transporter ; il n’est donc dans aucun message. Il est dans le dossier "attachments". Envoyez-le par fax ou par courrier, ou réduisez-le (scannez moins de pages ou à une résolution plus basse) et exportez à nouveau.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Envoyez {fax_pdf} ({pages} pages, page de garde comprise) au numéro de fax {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Avec un fax : imprimez {fax_pdf} en recto seul et mettez toutes les pages dans l’appareil. Avec un service ou une application de fax : téléversez {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Gardez la page de confirmation donnée par le fax ou le service.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Si un service de fax demande un fichier TIFF, téléversez plutôt {fax_tiff}.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>Imprimez {packet} en recto seul ({packet_pages} pages). La première page est une liste de contrôle pour vous ; ne l’envoyez pas.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Signez et datez le formulaire au stylo à l’endroit marqué "Sign here", s’il demande une signature à la main.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Suivez la liste de contrôle, puis mettez les pages dans l’ordre dans l’enveloppe, la page d’adresse dessus.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Envoyez-le par courrier à : {address}. Le courrier peut être retardé jusqu’à {days} jours par les contrôles de sécurité : l’e-mail est plus rapide.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name} : l’e-mail à envoyer (partie {part} sur {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name} : le texte du message {part}, à coller dans la messagerie web.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/ : le formulaire et les documents, en fichiers PDF séparés.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name} : le fax, prêt à envoyer ({pages} pages avec la page de garde).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name} : la même télécopie sous forme de fichier TIFF ({coding}) pour les services de fax.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name} : tout ce qu’il faut imprimer et envoyer par courrier.</translation>
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
            <translation>Albanie</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Algérie</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Samoa américaines</translation>
        </message>
        <message>
            <source>Andorra</source>
            <extracomment>country AD</extracomment>
            <translation>Andorre</translation>
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
            <translation>Antarctique</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Antigua-et-Barbuda</translation>
        </message>
        <message>
            <source>Argentina</source>
            <extracomment>country AR</extracomment>
            <translation>Argentine</translation>
        </message>
        <message>
            <source>Armenia</source>
            <extracomment>country AM</extracomment>
            <translation>Arménie</translation>
        </message>
        <message>
            <source>Aruba</source>
            <extracomment>country AW</extracomment>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Australia</source>
            <extracomment>country AU</extracomment>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Austria</source>
            <extracomment>country AT</extracomment>
            <translation>Autriche</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <extracomment>country AZ</extracomment>
            <translation>Azerbaïdjan</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Bahreïn</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Barbade</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Bélarus</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Bénin</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Bermudes</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Bhoutan</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolivie</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonaire, Saint-Eustache et Saba</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bosnie-Herzégovine</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Île Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brésil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Territoire britannique de l'océan Indien</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <extracomment>country BG</extracomment>
            <translation>Bulgarie</translation>
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
            <translation>Cap-Vert</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <extracomment>country KH</extracomment>
            <translation>Cambodge</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Cameroun</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Îles Caïmans</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>République centrafricaine</translation>
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
            <translation>Chine</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Île Christmas</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Îles Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Colombie</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Comores</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>République du Congo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>République démocratique du Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Îles Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Croatie</translation>
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
            <translation>Chypre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Tchéquie</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Côte d'Ivoire</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Danemark</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Dominique</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>République dominicaine</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Égypte</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Guinée équatoriale</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <extracomment>country ER</extracomment>
            <translation>Érythrée</translation>
        </message>
        <message>
            <source>Estonia</source>
            <extracomment>country EE</extracomment>
            <translation>Estonie</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <extracomment>country SZ</extracomment>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Éthiopie</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Îles Malouines (Falkland)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Îles Féroé</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fidji</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Finlande</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>France</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Guyane française</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Polynésie française</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Terres australes françaises</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>Gambia</source>
            <extracomment>country GM</extracomment>
            <translation>Gambie</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>country GE</extracomment>
            <translation>Géorgie</translation>
        </message>
        <message>
            <source>Germany</source>
            <extracomment>country DE</extracomment>
            <translation>Allemagne</translation>
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
            <translation>Grèce</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Groenland</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Grenade</translation>
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
            <translation>Guernesey</translation>
        </message>
        <message>
            <source>Guinea</source>
            <extracomment>country GN</extracomment>
            <translation>Guinée</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <extracomment>country GW</extracomment>
            <translation>Guinée-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Haïti</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Îles Heard-et-MacDonald</translation>
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
            <translation>Hongrie</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Islande</translation>
        </message>
        <message>
            <source>India</source>
            <extracomment>country IN</extracomment>
            <translation>Inde</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <extracomment>country ID</extracomment>
            <translation>Indonésie</translation>
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
            <translation>Irlande</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Île de Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Israël</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Italie</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamaïque</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jordanie</translation>
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
            <translation>Koweït</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <extracomment>country KG</extracomment>
            <translation>Kirghizistan</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Lettonie</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>Liban</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>Lesotho</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>Libéria</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Libye</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Lituanie</translation>
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
            <translation>Malaisie</translation>
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
            <translation>Malte</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Îles Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Mauritanie</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Maurice</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Micronésie</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldavie</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <extracomment>country MN</extracomment>
            <translation>Mongolie</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <extracomment>country ME</extracomment>
            <translation>Monténégro</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <extracomment>country MS</extracomment>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Morocco</source>
            <extracomment>country MA</extracomment>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Birmanie</translation>
        </message>
        <message>
            <source>Namibia</source>
            <extracomment>country NA</extracomment>
            <translation>Namibie</translation>
        </message>
        <message>
            <source>Nauru</source>
            <extracomment>country NR</extracomment>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Nepal</source>
            <extracomment>country NP</extracomment>
            <translation>Népal</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <extracomment>country NL</extracomment>
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Nouvelle-Calédonie</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>Nouvelle-Zélande</translation>
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
            <translation>Nioue</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <extracomment>country NF</extracomment>
            <translation>Île Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Corée du Nord</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Macédoine du Nord</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Îles Mariannes du Nord</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Norvège</translation>
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
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>Palestine</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>Papouasie-Nouvelle-Guinée</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Pérou</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Îles Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Pologne</translation>
        </message>
        <message>
            <source>Portugal</source>
            <extracomment>country PT</extracomment>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>country PR</extracomment>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>Qatar</source>
            <extracomment>country QA</extracomment>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Roumanie</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Russie</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>La Réunion</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Sainte-Hélène, Ascension et Tristan da Cunha</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>Saint-Christophe-et-Niévès</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Sainte-Lucie</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>Saint-Martin (partie française)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>Saint-Pierre-et-Miquelon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>Saint-Vincent-et-les-Grenadines</translation>
        </message>
        <message>
            <source>Samoa</source>
            <extracomment>country WS</extracomment>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>San Marino</source>
            <extracomment>country SM</extracomment>
            <translation>Saint-Marin</translation>
        </message>
        <message>
            <source>Sao Tome and Principe</source>
            <extracomment>country ST</extracomment>
            <translation>Sao Tomé-et-Principe</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Arabie saoudite</translation>
        </message>
        <message>
            <source>Senegal</source>
            <extracomment>country SN</extracomment>
            <translation>Sénégal</translation>
        </message>
        <message>
            <source>Serbia</source>
            <extracomment>country RS</extracomment>
            <translation>Serbie</translation>
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
            <translation>Singapour</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>Saint-Martin (partie néerlandaise)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Slovaquie</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Slovénie</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Îles Salomon</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somalie</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Afrique du Sud</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Géorgie du Sud et les îles Sandwich du Sud</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Corée du Sud</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Soudan du Sud</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>Espagne</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Soudan</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Surinam</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard et île Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Suède</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Syrie</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Taïwan</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tadjikistan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzanie</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Thaïlande</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Timor oriental</translation>
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
            <translation>Trinité-et-Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Tunisie</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Turkménistan</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Îles Turques-et-Caïques</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Turquie</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Ouganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Émirats arabes unis</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Îles mineures éloignées des États-Unis</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Ouzbékistan</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <extracomment>country VU</extracomment>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <extracomment>country VE</extracomment>
            <translation>Vénézuela</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <extracomment>country VN</extracomment>
            <translation>Viêt Nam</translation>
        </message>
        <message>
            <source>Virgin Islands, British</source>
            <extracomment>country VG</extracomment>
            <translation>Îles Vierges britanniques</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Îles Vierges des États-Unis</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Wallis et Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Sahara occidental</translation>
        </message>
        <message>
            <source>Yemen</source>
            <extracomment>country YE</extracomment>
            <translation>Yémen</translation>
        </message>
        <message>
            <source>Zambia</source>
            <extracomment>country ZM</extracomment>
            <translation>Zambie</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <extracomment>country ZW</extracomment>
            <translation>Zimbabwe</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Îles Åland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} mois</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} mois</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{filename}: {reason}</source>
            <translation>{filename} : {reason}</translation>
        </message>
        <message>
            <source>the password given for this PDF is not correct. Try again, or attach a copy saved without a password.</source>
            <translation>le mot de passe donné pour ce PDF n'est pas correct. Réessayez, ou joignez une copie enregistrée sans mot de passe.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>ce PDF est protégé par un mot de passe. Saisissez son mot de passe, ou ouvrez-le et enregistrez-le ou imprimez-le comme nouveau PDF sans mot de passe, puis joignez cette copie.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Ces pièces jointes ne peuvent pas être transformées en pages ; rien d'autre n'a été modifié dans le dossier :</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>Les polices nécessaires pour créer les PDF manquent dans cette installation (recherchées dans {folder}). Réinstallez Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>l'image {kind} est endommagée ou incomplète et ne peut pas être lue. Ouvrez-la dans une visionneuse d'images pour la vérifier, ou reprenez la photo ou le scan.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>l'image est trop grande pour être placée sur une page sans risque. Enregistrez une copie plus petite (par exemple 4000 pixels sur le grand côté) et joignez-la.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>l'image est trop grande pour être placée sur une page sans risque ({width} x {height} pixels). Enregistrez une copie plus petite (par exemple 4000 pixels sur le grand côté) et joignez-la.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>le fichier a plus de {count} pages. Divisez-le en fichiers plus petits.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>le PDF est endommagé et n'a pas pu être réparé. Ouvrez-le dans une visionneuse PDF et enregistrez-le ou imprimez-le comme nouveau PDF, ou scannez à nouveau le papier, puis joignez la nouvelle copie.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>le PDF n'a aucune page. Joignez une copie qui a du contenu.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>le PDF utilise un chiffrement que l'application ne peut pas ouvrir. Enregistrez-le sans mot de passe dans une visionneuse PDF, puis joignez cette copie.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>La signature dessinée manque. Dessinez de nouveau la signature sur la page Consentement, ou choisissez une signature tapée ou à l'encre.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>La signature dessinée n'a pas pu être lue. Dessinez-la de nouveau sur la page Consentement.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>un document PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>une image JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>une image PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>une image GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>une image BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>une image TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>une image WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>une photo HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>une photo AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>une image JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>une image PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>une image Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>une image QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>du texte brut</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>une archive ZIP ou un document bureautique (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD ou QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>le fichier est vide (0 octet). Choisissez de nouveau le fichier, ou scannez-le de nouveau.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>ce fichier n'est pas d'un type que l'application sait lire. Joignez un fichier {formats} : imprimez ou enregistrez d'abord le document en PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>ce fichier contient {kind}. Joignez un fichier {formats} : imprimez ou enregistrez d'abord le document en PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>le nom indique {expected} mais le fichier contient {actual}. Vérifiez que c'est le bon fichier, ou renommez-le avec la bonne extension.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>le dossier est en lecture seule ou vous n'avez pas le droit d'y écrire</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>Impossible d'enregistrer {name} dans {folder} : le disque est plein. Libérez de l'espace, puis enregistrez de nouveau.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>Impossible d'enregistrer {name} dans {folder} : le dossier est en lecture seule ou vous n'avez pas le droit d'y écrire. Choisissez un dossier où vous pouvez écrire (--data-dir), puis enregistrez de nouveau.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>Impossible d'enregistrer {name} dans {folder} : {reason}. Vérifiez le disque, puis enregistrez de nouveau.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>Le dossier {case_id} ne peut pas être ouvert. {problem} Tous les autres dossiers s'ouvrent normalement. S'il ne peut pas être réparé, supprimez-le (sélectionnez-le et choisissez Supprimer, ou lancez `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>Le dossier {case_id} existe déjà ; rien n'a été écrasé.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>Il n'y a pas de dossier {case_id} dans {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Impossible de lire {path} : {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>Le dossier {case_id} n'a pas de pièce jointe {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>Le fichier {path} est endommagé ou a été modifié en dehors d'Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Un fichier de transmission a besoin d'une phrase secrète pour le protéger.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} existe déjà ; choisissez un autre nom de fichier (rien n'a été modifié).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Annulé. Aucun fichier de transmission n’a été écrit.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>Le fichier de transmission {name} demande bien plus de mémoire ou de temps pour s'ouvrir qu'Ombud Desktop n'en utilise jamais, il n'a donc pas été ouvert : il n'a pas été créé par cette application, ou il a été modifié. Demandez à l'expéditeur de le refaire.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Cette phrase secrète n'ouvre pas le fichier de transmission {name}. Demandez à la personne qui l'a créé la phrase secrète qu'elle a choisie.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>Le fichier de transmission {name} contient un dossier que cette application ne peut pas utiliser ({problem}). Rien n'a été importé. Demandez à la personne qui l'a envoyé de refaire le fichier de transmission avec Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>Le dossier {case_id} est déjà dans ce coffre. Rien n'a été modifié. Importez-le comme nouveau dossier (--new-id) ou remplacez celui qui est ici (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Aucun trousseau système sécurisé n'est disponible ici. Protégez plutôt le coffre avec une phrase secrète.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Le trousseau du système a refusé d'enregistrer la clé du coffre ({problem}). Déverrouillez votre trousseau (connectez-vous à la session de bureau) et réessayez, ou utilisez plutôt la phrase secrète ou la clé de récupération du coffre.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>La clé du coffre est gardée dans le trousseau du système, mais aucun trousseau sécurisé n'est disponible maintenant (par exemple, pas de session de bureau). Déverrouillez avec la phrase secrète ou la clé de récupération du coffre.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>Le trousseau du système a refusé de donner la clé du coffre ({problem}). Déverrouillez votre trousseau (connectez-vous à la session de bureau) et réessayez, ou utilisez plutôt la phrase secrète ou la clé de récupération du coffre.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>Le trousseau du système ne contient pas la clé de ce coffre (c'est peut-être le trousseau d'un autre utilisateur ou un nouvel ordinateur). Déverrouillez avec la phrase secrète ou la clé de récupération du coffre.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>La clé du coffre dans le trousseau du système est endommagée. Déverrouillez avec la phrase secrète ou la clé de récupération du coffre.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Ce coffre n'est pas gardé dans le trousseau du système ; déverrouillez-le avec sa phrase secrète.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>La clé du trousseau du système n'ouvre pas ce coffre (ou son fichier de clé {path} est endommagé). Déverrouillez avec la phrase secrète ou la clé de récupération.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Ce coffre n'a pas de phrase secrète ; il se déverrouille par le trousseau du système.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Cette phrase secrète n'ouvre pas ce coffre. Vérifiez-la (verrouillage des majuscules, disposition du clavier) et réessayez. Si vous êtes sûr qu'elle est correcte, le fichier de clé {path} est peut-être endommagé : utilisez votre clé de récupération.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Cette clé de récupération n'ouvre pas ce coffre. Vérifiez chaque groupe de quatre caractères et réessayez.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Le fichier {path} est manquant.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Il ne peut pas être restauré automatiquement : il n'y a pas de copie de sauvegarde. Le fichier n'a pas été touché ; gardez-le et demandez de l'aide à votre contact d'assistance.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} Il ne peut pas être restauré automatiquement : sa copie de sauvegarde est endommagée aussi. Le fichier n'a pas été touché ; gardez-le et demandez de l'aide à votre contact d'assistance.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} a été modifié sur le disque (par une autre fenêtre ou un autre programme) après avoir été ouvert ici ; il n'a donc pas été écrasé. Vos modifications sont toujours à l'écran : rouvrez le dossier pour voir l'autre version, ou enregistrez la vôtre comme copie.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} a été supprimé après avoir été ouvert ici ; il n'a pas été recréé sans prévenir.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>Le coffre dans {folder} est utilisé par {holder}. Fermez Ombud Desktop là-bas (ou attendez la fin de cette commande) et réessayez.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Ouvert en lecture seule : le coffre est utilisé par {holder}. Les modifications ne peuvent pas être enregistrées tant qu'il n'est pas fermé.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Impossible d'écrire dans le dossier de données {folder} : {reason}. Choisissez un autre dossier avec --data-dir (ou OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Ouvert en lecture seule. Impossible d'écrire dans le dossier de données {folder} : {reason}. Choisissez un autre dossier avec --data-dir (ou OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>Le coffre a été ouvert en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Il n'y a pas encore de coffre dans {folder}. Créez-en un avec `ombud-desktop vault init` (ou ouvrez l'application).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>Un coffre existe déjà dans {folder} ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Aucun trousseau système sécurisé n'est disponible ici : choisissez une phrase secrète pour protéger le coffre.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>Le coffre est verrouillé. Déverrouillez-le d'abord.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Saisissez la phrase secrète du coffre pour créer une nouvelle clé de récupération : la clé du coffre change, et la phrase secrète doit être rattachée à la nouvelle.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>La durée de conservation doit être comprise entre 1 et {most} jours.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} n'est pas un identifiant de dossier (voir `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>Il n'y a pas assez d'espace libre dans {folder} pour enregistrer l'export. Rien n'a été enregistré. Libérez de l'espace ou choisissez un autre dossier (par exemple une clé USB), puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>L'application n'a pas le droit d'écrire dans {folder}. Rien n'a été enregistré. Choisissez un autre dossier, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>L'export n'a pas pu être enregistré dans {folder} ({reason}). Rien n'a été enregistré. Choisissez un autre dossier, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>L'ordinateur a manqué de mémoire en préparant le paquet. Fermez d'autres programmes, ou retirez les documents très volumineux, puis réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>Un problème est survenu en préparant le paquet ({kind}). Rien n'a été enregistré et votre dossier n'a pas changé. Réessayez ; si cela se reproduit, choisissez un autre moyen d'envoi.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>La liste des adresses de l'Ombudsman ({path}) n'a pas pu être lue ({reason}). Réinstallez l'application.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Ces documents sont dans la liste, mais leurs fichiers n'ont jamais été ajoutés à l'application : {names}. Joignez les fichiers (ou retirez-les de la liste), puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} n'est pas un export de ce dossier (son manifest.json ne l'indique pas) ; rien n'a été supprimé.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>{path} n'a pas pu être supprimé ({reason}). Fermez tout programme qui l'utilise et réessayez, ou supprimez-le vous-même.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>le processus d'export s'est arrêté</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Annulé. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>elle est trop courte ou trop simple.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>c'est l'un des mots de passe les plus utilisés.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>elle est faite de quelques mots ou noms courants.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>elle répète les mêmes lettres ou les mêmes mots.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>elle suit une séquence ou une rangée du clavier (abc, 123, azerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>elle repose sur une date ou une année.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>elle contient un nom ou un numéro du dossier.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Cette phrase secrète est trop facile à deviner : {reason} Utilisez cinq mots ou plus sans rapport entre eux, par exemple : {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Cette demande doit être signée à la main à l'encre (dossiers T, U, VAWA, asile et réfugiés), et sa page signée n'a pas été ajoutée. Imprimez la page à signer, signez-la et datez-la à l'encre, puis ajoutez la page signée (un scan ou une photo prise avec le téléphone) avec « Ajouter la page signée », ou en ligne de commande : ombud-desktop case attach ID FILE --category signed_form. Exportez ensuite à nouveau, ou envoyez-la par courrier en signant le formulaire imprimé. Rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>Le fichier {path} est une copie plus ancienne du dossier {case_id} (version {found} ; ce coffre a enregistré en dernier la version {latest}) : il a été placé là en dehors d'Ombud Desktop, il n'a donc pas été utilisé.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} Aucune copie plus récente ne reste dans le dossier de données. Si vous avez vous-même remis cette copie depuis une sauvegarde, ouvrez-la et choisissez « Utiliser cette copie plus ancienne » (ou exécutez `ombud-desktop case accept-older {case_id}`) ; sinon, supprimez le dossier ou demandez à votre personne d'assistance.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Création de la page de garde du fax</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Assemblage du formulaire et des documents</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Passage des pages en niveaux de gris pour le fax</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Création du fichier TIFF de la télécopie</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>Ajout du nom et du numéro de page sur chaque page</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Création du PDF du formulaire</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Conversion des documents en pages</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Rédaction de la lettre d’accompagnement</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Création de la liste de contrôle et de la page d’adresse</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Écriture de README.txt et des sommes de contrôle</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Création de l’e-mail</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Enregistrement de l’e-mail et de ses pièces jointes</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Enregistrement du fax</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Enregistrement du paquet à imprimer</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Lecture du dossier</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>Un A-Number (numéro A) est la lettre A suivie de 7 à 9 chiffres, par exemple A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Indiquez la date de ce contact avec l’USCIS. Elle montre si l’USCIS a eu le temps de régler le problème.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} ne fait pas partie des choix. Choisissez dans la liste.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Si vous aidez quelqu’un d’autre, cette personne doit accepter et signer le consentement de ce formulaire, ou vous devez joindre son consentement signé (type de document : Consentement signé).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>La personne concernée doit accepter le consentement. Sans lui, l’Ombudsman ne peut pas traiter le dossier.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Indiquez qui a rempli ce formulaire ou l’a lu à la personne, et dans quelle langue.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Ce formulaire se signe à la main à l'encre. Pour l'envoyer par e-mail ou par fax, imprimez la page à signer, signez-la et datez-la à l'encre, puis ajoutez la page signée (un scan ou une photo prise avec le téléphone) avec « Ajouter la page signée ». Par courrier, signez le formulaire imprimé lui-même.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>Pour les dossiers T, U, VAWA, asile et réfugié, le consentement doit être signé à la main, à l’encre. Choisissez « Imprimer, signer à l’encre et scanner ».</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Contactez d’abord l’USCIS : appelez le 1-800-375-5283 ou envoyez un e-Request. L’Ombudsman attend que vous ayez essayé auprès de l’USCIS dans les 90 derniers jours.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Votre dernier contact avec l’USCIS date de {days} jours. L’Ombudsman attend un contact dans les 90 derniers jours : recontactez d’abord l’USCIS.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Votre dernier contact avec l’USCIS ne date que de {days} jours. L’Ombudsman vous demande de laisser à l’USCIS au moins 60 jours pour régler le problème (jusqu’au {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>{value} n’est pas un pays que nous connaissons. C’est gardé tel que vous l’avez écrit ; vérifiez l’orthographe ou choisissez un pays dans la liste.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Entrez une vraie date au format mm/jj/aaaa, par exemple 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Cette date ({date}) est après aujourd’hui. Vérifiez-la.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>Le fichier de « {title} » n'a jamais été ajouté. Ajoutez le fichier à l'étape des documents, ou retirez le document de la liste.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>« {title} » fait {size} Mo, plus que ce qu'un e-mail de {limit} Mo peut contenir : un export par e-mail le laisse de côté, et le dit, pour que vous l'envoyiez par fax ou par courrier. Ou numérisez-le à nouveau avec moins de pages ou à une résolution plus basse.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Ceci ne ressemble pas à une adresse e-mail. Elle doit ressembler à nom@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Indiquez le numéro de reçu, ou dites pourquoi il n’y en a pas.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Indiquez au moins une demande ou pétition déposée auprès de l’USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} ne ressemble pas à un numéro de formulaire de l’USCIS comme I-130 ou N-400. Regardez en haut du formulaire que vous avez déposé.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Un avocat ou un représentant accrédité doit joindre une copie du formulaire G-28 enregistré auprès de l’USCIS (type de document : Formulaire G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Entrez un nombre égal ou supérieur à 0, par exemple 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Entrez le numéro de téléphone avec l’indicatif régional, par exemple 202-555-0142, ou commencez par + et l’indicatif du pays pour un numéro hors des États-Unis.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Un code postal (ZIP) américain a 5 chiffres, ou 5 + 4 chiffres, par exemple 20528 ou 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>D’après ces dates, le dossier attend depuis {months_pending} mois, pas plus que les {posted_months} mois annoncés. L’Ombudsman aide en général seulement une fois ce délai passé.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Indiquez le délai de traitement annoncé par l’USCIS, en mois, pour montrer de combien votre dossier le dépasse.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Ajoutez la date de réception de votre demande, pour compter depuis combien de temps elle attend.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>La demande la plus ancienne a été reçue le {receipt_date} et attend depuis {months_pending} mois.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>La demande la plus ancienne a été reçue le {receipt_date} et attend depuis {months_pending} mois : {months_past} mois de plus que le délai de traitement annoncé de {posted_months} mois, terminé le {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>La demande la plus ancienne a été reçue le {receipt_date} et attend depuis {months_pending} mois. Le délai de traitement annoncé de {posted_months} mois se termine le {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Vous avez choisi urgence ou situation difficile : décrivez-la, pour que l’Ombudsman voie pourquoi c’est urgent.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Ce numéro de reçu figure deux fois. Supprimez-en un.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Un numéro de reçu a 3 lettres et 10 chiffres, par exemple IOE0912345678. Comparez-le avec votre avis de réception.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>{prefix} n’est pas un début de numéro de reçu que nous connaissons. Vérifiez les lettres sur votre avis de réception ; si elles sont identiques, gardez-le.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Utile à remplir si vous pouvez : {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Ceci demande une réponse : {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Où aller à la place : un service juridique d’immigration à but non lucratif (ImmigrationLawHelp.org liste ceux qui sont gratuits ou peu chers) ; la liste du ministère de la Justice des organisations reconnues et représentants accrédités (EOIR) ; ou le service d’orientation vers un avocat du barreau de votre État.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>Cette réponse contient des caractères de contrôle invisibles ({chars}), souvent copiés avec un texte collé. Effacez la réponse et tapez-la à nouveau.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Cette réponse devrait être une liste de choix.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Cette réponse devrait être oui ou non (vrai ou faux).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Ceci devrait être un groupe de réponses ({{ ... }}), pas une seule valeur.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Ceci devrait être une liste d’éléments ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Cette réponse devrait être un nombre.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Cette réponse devrait être du texte.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop ne connaît pas la réponse « {field} ». Elle est gardée, mais elle n’est pas imprimée sur le formulaire. Vérifiez l’orthographe de son nom.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>L’Ombudsman ne peut pas changer une décision de l’USCIS avec laquelle vous n’êtes pas d’accord. Il peut aider quand l’USCIS a fait une erreur ou pris du retard. Pour contester une décision, demandez à un avocat comment faire appel.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>L’Ombudsman aide seulement pour les problèmes avec l’USCIS. Les autres administrations, comme le Département d’État ou les tribunaux de l’immigration, ne font pas partie de son travail.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>L’Ombudsman ne peut pas donner de conseils juridiques. Un avocat ou un représentant accrédité le peut.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Vous avez choisi d’envoyer la demande quand même. L’Ombudsman peut répondre qu’il ne peut pas aider.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>L’Ombudsman ne donne pas de conseils juridiques, ne peut pas annuler une décision de l’USCIS et ne traite que les problèmes avec l’USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>D’après vos réponses, l’Ombudsman pourra peut-être aider. Si ce n’est pas fait, contactez d’abord l’USCIS : l’Ombudsman attend que vous ayez essayé.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Choisissez au moins une raison pour laquelle vous avez besoin d’aide. L’Ombudsman aide en cas de retards, d’erreurs et de problèmes que l’USCIS n’a pas réglés.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Donnez au moins un moyen de joindre la personne : téléphone, e-mail, fax ou adresse postale.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} n’est pas un État ou territoire des États-Unis. Choisissez dans la liste.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Un numéro de compte en ligne USCIS a 12 chiffres.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>L’Ombudsman peut-il vous aider ?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>Le CIS Ombudsman est un petit bureau qui aide quand un dossier auprès de l’USCIS est bloqué ou a mal tourné. Quelques questions montrent d’abord s’il peut aider pour le vôtre.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>Que se passe-t-il avec votre dossier ?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Cochez toutes les lignes qui correspondent. L’Ombudsman aide seulement pour ce genre de problèmes : cela nous dit si ce formulaire est le bon moyen d’obtenir de l’aide.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Une urgence ou une situation difficile causée par une erreur ou un retard de l’USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>J’ai demandé au service clients de l’USCIS et ce n’est toujours pas réglé</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Mon dossier attend depuis plus longtemps que le délai de traitement annoncé par l’USCIS</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>L’USCIS a fait une erreur dans mon dossier</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>Une de ces situations est-elle la vôtre ?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Cochez celles qui sont vraies. L’Ombudsman ne peut pas aider dans ces cas, et il vaut mieux le savoir maintenant qu’attendre une réponse négative.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Je veux des conseils juridiques sur mon dossier</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Mon problème concerne un autre bureau, pas l’USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>Je ne suis pas d’accord avec une décision de l’USCIS, mais je ne peux pas montrer d’erreur</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Je comprends que l’Ombudsman ne pourra peut-être pas aider, et je veux quand même l’envoyer</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Choisissez ceci seulement si vous avez lu pourquoi l’Ombudsman ne pourra peut-être pas aider et que vous voulez quand même demander. Cela évite d’envoyer une demande par erreur.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Ce que vous avez déjà fait auprès de l’USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>L’Ombudsman vous demande de contacter d’abord l’USCIS. Il attend que vous ayez joint l’USCIS dans les 90 derniers jours et que vous lui ayez laissé au moins 60 jours pour régler le problème.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>Avez-vous appelé le centre de contact de l’USCIS (1-800-375-5283) ?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Appeler l’USCIS est en général la première étape. L’Ombudsman veut savoir ce que vous avez essayé pour ne pas vous demander de le refaire.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>Quand avez-vous appelé pour la dernière fois ?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>La date de votre dernier appel. Elle montre depuis combien de temps l’USCIS a pu régler le problème.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Numéro de demande de service ou de transfert</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Si l’USCIS vous a donné un numéro pour votre appel, écrivez-le ici. Cela aide l’Ombudsman à retrouver votre appel dans les dossiers de l’USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>Avez-vous vérifié l’état de votre dossier en ligne ?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>L’USCIS montre l’état des dossiers sur son site web. Cela dit à l’Ombudsman ce que l’USCIS vous montrait.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>Quand l’avez-vous vérifié pour la dernière fois ?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>La dernière date où vous avez regardé l’état de votre dossier.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>Êtes-vous allé à un rendez-vous dans un bureau de l’USCIS (InfoPass) ?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Un rendez-vous en personne est un autre moyen de demander de l’aide à l’USCIS. Dites si vous en avez eu un.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Date du rendez-vous</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>La date à laquelle vous êtes allé au bureau de l’USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>Quel bureau de l’USCIS ?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>La ville ou le nom du bureau où vous êtes allé.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>Avez-vous envoyé une demande en ligne (e-Request) à l’USCIS ?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>Un e-Request est un formulaire sur le site de l’USCIS pour poser une question sur un dossier. Dites si vous en avez envoyé un.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Date de l’e-Request</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>La date à laquelle vous avez envoyé la demande en ligne.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Numéro de l’e-Request</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>Le numéro que l’USCIS vous a donné pour la demande en ligne, si vous l’avez.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>Un membre du Congrès a-t-il interrogé l’USCIS sur votre dossier ?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Votre sénateur ou représentant peut aussi interroger l’USCIS. L’Ombudsman veut le savoir pour que deux bureaux ne fassent pas le même travail.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>Quel bureau du Congrès ?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>Le nom du sénateur ou du représentant dont le bureau a aidé.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Autre chose que vous avez fait pour régler le problème</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Par exemple des lettres envoyées à l’USCIS. Tout ce que vous avez essayé aide l’Ombudsman.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Pourquoi vous demandez de l’aide</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Dites à l’Ombudsman ce qui ne va pas et ce que vous voulez faire corriger.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>Pourquoi demandez-vous de l’aide ?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Cochez toutes les raisons qui correspondent. Cela aide l’Ombudsman à voir à quel point votre dossier est urgent.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Urgence ou situation difficile</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>En attente plus longtemps que le délai de traitement annoncé</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>L’USCIS a fait une erreur</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>Risque de perdre son statut ou d’accumuler une présence illégale</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>L’USCIS a perdu des documents</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Autre</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>Quelle est l’urgence ou la situation difficile ?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Expliquez ce qui arrivera si l’USCIS n’agit pas vite, par exemple perdre un emploi, manquer des soins médicaux, ou un proche très malade. L’Ombudsman traite d’abord les cas urgents : des faits clairs comptent.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Délai de traitement annoncé par l’USCIS (mois)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>L’USCIS publie la durée habituelle de traitement d’un formulaire dans chaque bureau. Écrivez le nombre de mois affiché. Il nous sert à compter de combien votre dossier dépasse ce délai.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>Quand avez-vous consulté ce délai de traitement ?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Les délais de traitement changent. La date montre avec quel délai annoncé vous avez comparé.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>Que s’est-il passé ?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Racontez l’histoire dans l’ordre, avec les dates si vous les connaissez : ce que vous avez déposé, ce que l’USCIS a fait ou n’a pas fait, et ce que vous avez essayé. C’est la partie la plus importante : l’Ombudsman la lit pour comprendre votre problème.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>Que voulez-vous que l’Ombudsman fasse ?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Par exemple : demander à l’USCIS de décider le dossier, ou de corriger une erreur sur une carte. Une demande claire est plus facile à traiter.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Qui remplit cette demande</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Vous pouvez demander de l’aide pour vous-même, ou aider quelqu’un d’autre à la demander. Un avocat doit avoir un formulaire G-28 enregistré auprès de l’USCIS ; toute autre personne qui aide a besoin du consentement écrit de la personne.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Je suis la personne qui a le dossier USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Je suis son avocat ou son représentant accrédité</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Il vous faut une copie de votre formulaire G-28 enregistré auprès de l’USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>J’aide la personne (famille, bénévole, responsable scolaire, personnel du Congrès…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>La personne doit signer un consentement qui vous permet de demander pour elle.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Vos nom et prénom</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>L’Ombudsman vous écrit en tant que personne qui a envoyé la demande.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Organisme ou cabinet d’avocats</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Si vous aidez au sein d’un groupe ou d’un cabinet, donnez son nom.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>Quel est votre lien avec la personne ?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Par exemple : fille, ami, bénévole dans un centre communautaire.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Votre téléphone</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Un numéro où l’Ombudsman peut vous joindre pour des questions.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Votre e-mail</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>L’e-mail est le moyen le plus rapide d’avoir une réponse de l’Ombudsman.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Votre fax</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Seulement si vous utilisez un fax.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Adresse (numéro et rue)</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Numéro et rue, ou une boîte postale (P.O. box), pour que l’Ombudsman puisse vous envoyer des lettres.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Appartement, bureau ou étage</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Laissez vide s’il n’y en a pas.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Ville</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>La ville, pour que l’Ombudsman puisse vous envoyer des lettres.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>État</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>Aux États-Unis, choisissez l’État ou le territoire. Ailleurs, écrivez la province ou la région.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>Code postal (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>Aux États-Unis, c’est 5 chiffres, ou 5 + 4 chiffres (20528 ou 20528-0180). Ailleurs, écrivez le code postal tel qu’il apparaît sur les lettres.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>Pays</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>Le pays de cette adresse.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Numéro d’inscription au barreau</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Avocats : votre numéro au barreau de l’État, qui montre que vous pouvez exercer.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Accréditation</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>L’Ombudsman ne parle d’un dossier qu’avec la personne concernée, ou avec quelqu’un qu’elle a autorisé. Il doit donc savoir qui demande.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Si vous êtes représentant accrédité : le nom de votre organisme et votre numéro. Cela montre que vous pouvez aider des personnes pour des dossiers USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>La personne ou l’employeur qui a le dossier USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Donnez les informations de la personne (ou de l’employeur) qui a déposé auprès de l’USCIS et qui a le problème. N’inscrivez pas ici l’avocat ou le cabinet.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>S’agit-il d’une personne ou d’un employeur/organisme ?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Les employeurs déposent aussi des pétitions. Cela décide quelles cases de nom remplir.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Une personne</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Un employeur ou un organisme</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Civilité</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Facultatif. Comment l’Ombudsman doit s’adresser à la personne dans les lettres.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>M.</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Mme</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Écrivez-le comme sur les papiers de l’USCIS, pour que l’Ombudsman trouve le bon dossier. Tout alphabet convient.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Deuxième prénom</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Seulement s’il figure sur les papiers de l’USCIS.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Écrivez-le comme sur les papiers de l’USCIS, pour que l’Ombudsman trouve le bon dossier.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Nom de l’employeur ou de l’organisme</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>Le nom inscrit sur la pétition déposée auprès de l’USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Autres noms utilisés</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Par exemple un nom de jeune fille ou une autre orthographe. L’USCIS peut avoir des papiers à ce nom.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>L’USCIS utilise la date de naissance avec le nom pour trouver la bonne personne.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>Pays de naissance</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Cela aide l’USCIS à retrouver les bons dossiers.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>Pays de nationalité</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>Le pays dont la personne a le passeport.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A-Number (s’il y en a un)</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>Tout le monde n’a pas d’A-Number. Si vous en avez un, il commence par A et a 7 à 9 chiffres (A123-456-789). C’est le moyen le plus rapide de trouver votre dossier.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>Numéro de compte en ligne USCIS (s’il y en a un)</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 chiffres. Vous en avez un seulement si vous avez déposé en ligne ou s’il figure sur un avis de l’USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Numéro et rue, ou une boîte postale (P.O. box), pour que l’Ombudsman puisse envoyer des lettres à la personne.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>La ville, pour que l’Ombudsman puisse envoyer des lettres à la personne.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Un numéro où l’Ombudsman peut joindre la personne. Il faut au moins un moyen de la joindre.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Seulement si la personne utilise un fax.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>E-mail (pour recevoir les nouvelles de l’Ombudsman)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>L’Ombudsman envoie les nouvelles de la demande à cet e-mail.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Langue préférée</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>La langue que la personne lit et parle le mieux.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>La personne a-t-elle besoin d’un interprète ?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Pour que l’Ombudsman puisse prévoir un appel dans la langue de la personne.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>La personne a-t-elle demandé ou obtenu un statut T, U, VAWA, d’asile ou de réfugié ?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>Ces dossiers ont des protections de vie privée en plus. Le consentement doit alors être signé à la main, à l’encre : imprimez-le, signez-le et scannez-le.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>Le bénéficiaire (si la pétition est pour une autre personne)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Certaines pétitions sont déposées pour une autre personne, comme un parent ou un employé. Dans ce cas, donnez les informations de cette personne. Sinon, passez cette page.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Prénom du bénéficiaire</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>La personne pour qui est la pétition.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Nom de famille du bénéficiaire</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Comme sur la pétition.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Date de naissance du bénéficiaire</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Aide l’USCIS à trouver la bonne personne.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>A-Number du bénéficiaire (s’il y en a un)</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>Tout le monde n’en a pas. S’il y en a un, il aide à trouver le dossier.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Lien avec le demandeur (pétitionnaire)</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Par exemple : épouse, fils, employé.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Demandes et pétitions déposées</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Indiquez toutes les demandes et pétitions en attente auprès de l’USCIS qui font partie de ce problème. Mettez chaque numéro de reçu : c’est ainsi que l’Ombudsman retrouve chaque dossier.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Demande ou pétition</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Numéro du formulaire</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>Le numéro imprimé en haut du formulaire déposé, comme I-130 ou N-400. Il dit à l’Ombudsman ce que vous avez demandé à l’USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Numéro de reçu</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Il est sur l’avis de réception (formulaire I-797C) que l’USCIS vous a envoyé : 3 lettres et 10 chiffres, comme IOE0912345678. Les tirets et les espaces sont acceptés.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>Pourquoi n’y a-t-il pas de numéro de reçu ?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Si vous n’avez jamais reçu d’avis de réception, dites-le ici, par exemple « déposé il y a 5 mois, pas encore d’avis de réception ». L’Ombudsman en a besoin pour chercher le dossier.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Date de réception</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>La « Received Date » (date de réception) sur l’avis de réception. Elle nous sert à compter depuis combien de temps le dossier attend.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Bureau de l’USCIS qui s’en occupe</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Si vous savez quel bureau ou centre de service a le dossier, écrivez-le ici.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>Ce que vous avez demandé à l’USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Choisissez le type d’avantage d’immigration visé par les demandes.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Type d’avantage</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Cochez tout ce qui s’applique. Cela aide l’Ombudsman à envoyer votre dossier à la bonne équipe.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>Non-immigrant (ex. étudiant)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Immigrant (ex. résidence permanente)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Citoyenneté ou naturalisation</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Asile ou réfugié</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Avantage provisoire (ex. autorisation de travail)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Dérogation (ex. dérogation aux motifs d’interdiction de territoire)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>Quel autre avantage ?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Vous avez choisi « Autre » : dites en quelques mots ce que vous avez demandé à l’USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Pièces justificatives</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Ajoutez des copies de papiers qui montrent le problème, comme des avis de réception et des lettres de l’USCIS. N’envoyez pas de documents originaux : seulement des copies. Les fichiers restent chiffrés sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Document</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>Identifiant du document</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Défini par l’application.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>Quel genre de document est-ce ?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Aide l’Ombudsman à voir vite ce que vous avez envoyé, et permet à l’application de vérifier qu’un G-28 ou un consentement est là quand il le faut.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Copie d’un document que j’ai envoyé à l’USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Copie d’un document que l’USCIS m’a envoyé</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Formulaire G-28 (avocat ou représentant)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Consentement signé de la personne</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>La page de signature du formulaire, signée à l'encre (scan ou photo)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Autre pièce justificative</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Courte description</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Par exemple « Avis de réception pour I-485 ». Elle est imprimée dans la liste des documents.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>Le nom du fichier que vous avez ajouté.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Comptées par l’application.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Empreinte (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Permet à l’application de vérifier que la copie gardée n’a pas changé.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>Le jour où le fichier a été ajouté.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>L’Ombudsman a besoin de l’autorisation de la personne concernée pour consulter ses dossiers USCIS et en parler avec l’USCIS. Lisez d’abord l’avis sur la loi Privacy Act ci-dessous.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>La personne autorise l’Ombudsman à obtenir ses informations et à les partager avec l’USCIS pour régler ce problème</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>La loi protège les dossiers de l’USCIS. L’Ombudsman ne peut regarder le dossier que si la personne dit oui.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>Comment la personne va-t-elle signer ?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Dessinez la signature, tapez-la sous la forme /s/ et le nom, ou imprimez la page et signez à la main. Pour les dossiers T, U, VAWA, asile et réfugié, seule la signature à l’encre est acceptée.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>La dessiner à l’écran</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>La taper (/s/ Nom)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>Imprimer, signer à l’encre et scanner</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Nom de la personne qui signe</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>La personne concernée signe, ou pour un employeur, quelqu’un autorisé à signer pour lui.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Date de signature</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>Le jour où la personne a signé.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Déclaration de la personne qui a préparé ou traduit</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Si quelqu’un d’autre a rempli ce formulaire ou l’a lu à la personne, écrivez son nom et la langue, par exemple : « Préparé par Minh Tran, lu à la personne en vietnamien. » Cela montre que la personne a compris ce qu’elle a signé.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T et U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T et U sont des types de visa : T pour les victimes de traite des êtres humains, U pour les victimes de certains crimes qui aident la police.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (loi sur la violence contre les femmes) : une voie pour les personnes maltraitées par un membre de la famille citoyen américain ou résident permanent de faire la demande elles-mêmes, sans l’agresseur.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>asilé, réfugié</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Un réfugié a reçu une protection avant de venir aux États-Unis ; un asilé l’a demandée (l’asile) après son arrivée. Tous deux craignent des persécutions dans leur pays.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass est l’ancien nom d’un rendez-vous en personne dans un bureau de l’USCIS, pris par le centre de contact de l’USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>Une e-Request est un formulaire du site de l’USCIS pour poser une question sur un dossier, par exemple quand le délai normal est dépassé. L’USCIS répond par courriel.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>Le formulaire G-28 est celui qu’un avocat ou représentant accrédité signe avec la personne pour montrer à l’USCIS et à l’Ombudsman qu’il la représente.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>bénéficiaire, pétitionnaire</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>Le pétitionnaire dépose une requête pour quelqu’un d’autre (un parent, un employé) ; cette personne est le bénéficiaire.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>représentant accrédité</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Un représentant accrédité n’est pas avocat, mais le ministère de la Justice l’autorise à donner une aide juridique en immigration, en travaillant pour une association reconnue.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>numéro de reçu</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>Le numéro de reçu figure sur l’avis envoyé par l’USCIS après réception d’une demande : trois lettres et dix chiffres, par exemple IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>L’A-Number (numéro d’enregistrement d’étranger) est le numéro propre de la personne à l’USCIS : un A et 8 ou 9 chiffres, sur la carte verte, le permis de travail ou les avis de l’USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>« ex. » signifie « par exemple ».</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>Le paquet n’a pas pu être ouvert pour l’impression. Préparez le paquet à nouveau.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimer le paquet pour le courrier</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>L’imprimante n’a pas pu démarrer. Vérifiez qu’elle est allumée et réessayez.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>L’impression a été annulée. Les pages déjà envoyées à l’imprimante peuvent quand même s’imprimer.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Impression de la page {page} sur {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>Une page n’a pas pu être préparée pour l’impression. Préparez le paquet à nouveau.</translation>
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
            <translation>Californie</translation>
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
            <translation>District de Columbia</translation>
        </message>
        <message>
            <source>Florida</source>
            <extracomment>US state or territory FL (postal code)</extracomment>
            <translation>Floride</translation>
        </message>
        <message>
            <source>Georgia</source>
            <extracomment>US state or territory GA (postal code)</extracomment>
            <translation>Géorgie</translation>
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
            <translation>Louisiane</translation>
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
            <translation>Nouveau-Mexique</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>New York</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>Caroline du Nord</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>Dakota du Nord</translation>
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
            <translation>Pennsylvanie</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>Caroline du Sud</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>Dakota du Sud</translation>
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
            <translation>Virginie</translation>
        </message>
        <message>
            <source>Washington</source>
            <extracomment>US state or territory WA (postal code)</extracomment>
            <translation>Washington</translation>
        </message>
        <message>
            <source>West Virginia</source>
            <extracomment>US state or territory WV (postal code)</extracomment>
            <translation>Virginie-Occidentale</translation>
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
            <translation>Samoa américaines</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Îles Mariannes du Nord</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Îles Vierges des États-Unis</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Îles mineures éloignées des États-Unis</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>États fédérés de Micronésie</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Îles Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Forces armées : Amériques (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Forces armées : Europe, Moyen-Orient, Afrique, Canada (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Forces armées : Pacifique (AP)</translation>
        </message>
    </context>
</TS>
