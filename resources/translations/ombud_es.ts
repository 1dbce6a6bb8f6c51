<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
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
            <translation>Agregue las fechas de sus contactos con USCIS para ver cómo se aplica esto.</translation>
        </message>
        <message>
            <source>Your most recent contact: %1 (%2 days ago).</source>
            <translation>Su contacto más reciente: %1 (hace %2 días).</translation>
        </message>
        <message>
            <source>That is more than 90 days ago. Contact USCIS again first if you can; you may still send the form.</source>
            <translation>Eso fue hace más de 90 días. Si puede, comuníquese otra vez con USCIS primero; aun así puede enviar el formulario.</translation>
        </message>
        <message>
            <source>USCIS has had it for less than 60 days. The Ombudsman usually expects you to wait until %1; you may still send the form, especially in an emergency.</source>
            <translation>USCIS lo tiene desde hace menos de 60 días. El Ombudsman por lo general espera que usted aguarde hasta el %1; aun así puede enviar el formulario, sobre todo en una emergencia.</translation>
        </message>
        <message>
            <source>These are not hard rules: nothing here stops you from going on.</source>
            <translation>No son reglas estrictas: nada aquí le impide seguir.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <source>Wait for the answer.</source>
            <translation>Espere la respuesta.</translation>
        </message>
        <message>
            <source>Wait for the answer; ask again if none by %1.</source>
            <translation>Espere la respuesta; pregunte otra vez si no llega antes del %1.</translation>
        </message>
        <message>
            <source>Go on with “%1”.</source>
            <translation>Siga con «%1».</translation>
        </message>
        <message>
            <source>Send the package, then mark it as sent.</source>
            <translation>Envíe el paquete y luego márquelo como enviado.</translation>
        </message>
        <message>
            <source>Check the PDF and make the package.</source>
            <translation>Revise el PDF y prepare el paquete.</translation>
        </message>
    </context>
    <context>
        <name>CasePdfRenderer</name>
        <message>
            <source>“%1” is protected by a password. On the Documents step, remove it and add it again: the app then asks for its password.</source>
            <translation>«%1» está protegido con contraseña. En el paso Documentos, quítelo y vuelva a añadirlo: la aplicación le pedirá entonces la contraseña.</translation>
        </message>
    </context>
    <context>
        <name>CaseSession</name>
        <message>
            <source>Could not save just now. Your answers are still here; try again.</source>
            <translation>No se pudo guardar en este momento. Sus respuestas siguen aquí; intente otra vez.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>Frase de contraseña &amp;actual</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>&amp;New passphrase (five or more words)</source>
            <translation>&amp;Nueva frase de contraseña (cinco palabras o más)</translation>
        </message>
        <message>
            <source>That is not the current passphrase. Try again.</source>
            <translation>Esa no es la frase de contraseña actual. Inténtelo otra vez.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>(choose one)</source>
            <translation>(elija una)</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>/s/ (type your name above)</source>
            <translation>/s/ (escriba su nombre arriba)</translation>
        </message>
        <message>
            <source>Privacy Act notice</source>
            <translation>Aviso de la Ley de Privacidad (Privacy Act)</translation>
        </message>
        <message>
            <source>Why we ask: the CIS Ombudsman (6 U.S.C. 272) uses this information to look into your problem with USCIS. What happens with it: the Ombudsman shares it with USCIS, and with others only as the law and the published system-of-records notice allow. Giving it is voluntary, but without it and your consent the Ombudsman may not be able to help you.</source>
            <translation>Por qué preguntamos: el Ombudsman de CIS (6 U.S.C. 272) usa esta información para revisar su problema con USCIS. Qué pasa con ella: el Ombudsman la comparte con USCIS, y con otros solo como lo permiten la ley y el aviso publicado del sistema de registros. Darla es voluntario, pero sin ella y sin su consentimiento el Ombudsman quizás no pueda ayudarle.</translation>
        </message>
        <message>
            <source>Because this case involves T, U, VAWA, asylee or refugee status, the law protects your information specially. The Ombudsman needs a signature in ink: print the form, sign it by hand, and scan or photograph it. A drawn or typed signature cannot be used.</source>
            <translation>Como este caso tiene que ver con estatus T, U, VAWA, de asilado o de refugiado, la ley protege su información de forma especial. El Ombudsman necesita una firma con tinta: imprima el formulario, fírmelo a mano y escanéelo o tómele una foto. No se puede usar una firma dibujada ni escrita en la pantalla.</translation>
        </message>
        <message>
            <source>Print and sign: the finished form is printed with an empty signature line. Sign it in ink, then scan or photograph the signed page and add it as a document, or send the paper.</source>
            <translation>Imprimir y firmar: el formulario terminado se imprime con la línea de firma vacía. Fírmelo con tinta; luego escanee o fotografíe la página firmada y agréguela como documento, o envíe el papel.</translation>
        </message>
        <message>
            <source>C&amp;lear signature</source>
            <translation>&amp;Borrar firma</translation>
        </message>
        <message>
            <source>Erases the drawn signature so you can sign again.</source>
            <translation>Borra la firma dibujada para que pueda firmar de nuevo.</translation>
        </message>
        <message>
            <source>Typed signature</source>
            <translation>Firma escrita</translation>
        </message>
    </context>
    <context>
        <name>DestinationsView</name>
        <message>
            <source>Check before sending: the Ombudsman's office changed how it operates in 2025, so these contact details may be out of date. Confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>Revise antes de enviar: la oficina del Ombudsman cambió su forma de trabajar en 2025, así que estos datos de contacto pueden estar desactualizados. Confírmelos en www.dhs.gov/cisombudsman la próxima vez que tenga conexión a internet.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Teléfono (gratuito)</translation>
        </message>
        <message>
            <source>(last checked {date})</source>
            <translation>(revisado por última vez el {date})</translation>
        </message>
        <message>
            <source>Older brochures say: {value}</source>
            <translation>Folletos anteriores dicen: {value}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Fuente: {source}</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>Choose copies of your documents</source>
            <translation>Elija copias de sus documentos</translation>
        </message>
        <message>
            <source>Documents (%1);;All files (*)</source>
            <translation>Documentos (%1);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The notice's values are on the applications step.</source>
            <translation>Los datos del aviso están en el paso de solicitudes.</translation>
        </message>
        <message>
            <source>Adding %1 (encrypted)…</source>
            <translation>Agregando %1 (cifrado)…</translation>
        </message>
        <message>
            <source>“%1” was not added.</source>
            <translation>«%1» no se añadió.</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>No se pudo agregar ese archivo. No se cambió nada; pruebe con otro.</translation>
        </message>
        <message>
            <source>Added. It is kept encrypted with this case.</source>
            <translation>Agregado. Se guarda cifrado con este caso.</translation>
        </message>
        <message>
            <source>Remove this document?</source>
            <translation>¿Quitar este documento?</translation>
        </message>
        <message>
            <source>“%1” will be taken out of this case and its encrypted copy deleted. Your own file is not touched: you can add it again later.</source>
            <translation>“%1” se quitará de este caso y se borrará su copia cifrada. Su propio archivo no se toca: puede añadirlo otra vez más tarde.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n página</numerusform>
                <numerusform>%1 — %n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove this document</source>
            <translation>Quitar este documento</translation>
        </message>
        <message>
            <source>Remove document %1</source>
            <translation>Quitar el documento %1</translation>
        </message>
        <message>
            <source>Deletes the encrypted copy from this case. Your own file is not touched.</source>
            <translation>Borra la copia cifrada de este caso. Su propio archivo no se toca.</translation>
        </message>
        <message>
            <source>The Ombudsman does not return papers. Add copies of USCIS notices and of what you sent USCIS; your own files are not changed.</source>
            <translation>El Ombudsman no devuelve papeles. Añada copias de los avisos de USCIS y de lo que envió a USCIS; sus propios archivos no se modifican.</translation>
        </message>
        <message>
            <source>&amp;Add documents…</source>
            <translation>&amp;Agregar documentos…</translation>
        </message>
        <message>
            <source>Opens a window to choose PDF files or photos of your documents.</source>
            <translation>Abre una ventana para elegir archivos PDF o fotos de sus documentos.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Leer un aviso de USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a notice USCIS sent you, for the applications step, and can keep the notice here as a document received from USCIS.</source>
            <translation>Lee el número de recibo, la fecha de recepción y el número de formulario de una foto, un escaneo o un PDF de un aviso que USCIS le envió, para el paso de solicitudes, y puede guardar el aviso aquí como documento recibido de USCIS.</translation>
        </message>
        <message>
            <source>Or drag files from your folders onto this page.</source>
            <translation>O arrastre archivos desde sus carpetas a esta página.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancel adding the document</source>
            <translation>Cancelar la carga del documento</translation>
        </message>
        <message>
            <source>Adding the document</source>
            <translation>Agregando el documento</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>The form still has problems (listed above). Fix them, then try again.</source>
            <translation>El formulario todavía tiene problemas (en la lista de arriba). Corríjalos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Listo.</translation>
        </message>
        <message>
            <source>The package is ready: {path}</source>
            <translation>El paquete está listo: {path}</translation>
        </message>
        <message>
            <source>Follow README.txt in it, step by step.</source>
            <translation>Siga el archivo README.txt que está adentro, paso a paso.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Cancelado. No se guardó nada.</translation>
        </message>
        <message>
            <source>Where to save the package</source>
            <translation>Dónde guardar el paquete</translation>
        </message>
        <message>
            <source>No program on this computer could open the folder. Open it yourself in your file manager: %1</source>
            <translation>Ningún programa de esta computadora pudo abrir la carpeta. Ábrala usted en su explorador de archivos: %1</translation>
        </message>
        <message>
            <source>No mail program is set up on this computer. Write the email in your webmail or on another computer, with the files from: %1</source>
            <translation>No hay ningún programa de correo configurado en esta computadora. Escriba el correo en su correo web o en otra computadora, con los archivos de: %1</translation>
        </message>
        <message>
            <source>Make the package to send your request. Everything stays on this computer: you carry the package to a computer that is online, or print it.</source>
            <translation>Prepare el paquete para enviar su solicitud. Todo se queda en esta computadora: usted lleva el paquete a una computadora con internet, o lo imprime.</translation>
        </message>
        <message>
            <source>Where it goes</source>
            <translation>A dónde va</translation>
        </message>
        <message>
            <source>Where it goes: the Ombudsman's addresses</source>
            <translation>Adónde va: las direcciones del Ombudsman</translation>
        </message>
        <message>
            <source>Shows or hides the email address, fax number and mail address.</source>
            <translation>Muestra u oculta la dirección de correo electrónico, el número de fax y la dirección postal.</translation>
        </message>
        <message>
            <source>How will you send it?</source>
            <translation>¿Cómo lo va a enviar?</translation>
        </message>
        <message>
            <source>&amp;Email (recommended): a message ready to send, with the files</source>
            <translation>&amp;Correo electrónico (recomendado): un mensaje listo para enviar, con los archivos</translation>
        </message>
        <message>
            <source>&amp;Fax: one PDF to fax, with a cover sheet</source>
            <translation>&amp;Fax: un PDF para enviar por fax, con portada</translation>
        </message>
        <message>
            <source>&amp;Mail: pages to print and post (can take up to 14 days longer)</source>
            <translation>Correo &amp;postal: páginas para imprimir y enviar (puede tardar hasta 14 días más)</translation>
        </message>
        <message>
            <source>As one &amp;zip file</source>
            <translation>Como un solo archivo &amp;zip</translation>
        </message>
        <message>
            <source>One file instead of a folder</source>
            <translation>Un archivo en lugar de una carpeta</translation>
        </message>
        <message>
            <source>Also as a &amp;TIFF file for fax services</source>
            <translation>También como archivo &amp;TIFF para servicios de fax</translation>
        </message>
        <message>
            <source>Some fax services and fax modems want TIFF instead of PDF</source>
            <translation>Algunos servicios y módems de fax piden TIFF en lugar de PDF</translation>
        </message>
        <message>
            <source>Largest email: </source>
            <translation>Correo electrónico más grande: </translation>
        </message>
        <message>
            <source>Largest email size in megabytes</source>
            <translation>Tamaño máximo del correo electrónico en megabytes</translation>
        </message>
        <message>
            <source>Folder to save the package in</source>
            <translation>Carpeta donde guardar el paquete</translation>
        </message>
        <message>
            <source>Bigger documents are split over several emails of at most this size.</source>
            <translation>Los documentos más grandes se reparten en varios correos electrónicos de este tamaño como máximo.</translation>
        </message>
        <message>
            <source>Type a folder, or use Choose folder to pick one.</source>
            <translation>Escriba una carpeta, o use «Elegir carpeta» para escogerla.</translation>
        </message>
        <message>
            <source>Save in:</source>
            <translation>Guardar en:</translation>
        </message>
        <message>
            <source>C&amp;hoose folder…</source>
            <translation>E&amp;legir carpeta…</translation>
        </message>
        <message>
            <source>Pick the folder</source>
            <translation>Elija la carpeta</translation>
        </message>
        <message>
            <source>The package is the only thing Ombud Desktop saves without encryption: anyone with this computer or USB stick can read it. Delete it once it is sent.</source>
            <translation>El paquete es lo único que Ombud Desktop guarda sin cifrar: cualquiera que tenga esta computadora o esta memoria USB puede leerlo. Bórrelo cuando lo haya enviado.</translation>
        </message>
        <message>
            <source>Make the &amp;package</source>
            <translation>Preparar el &amp;paquete</translation>
        </message>
        <message>
            <source>Start the export</source>
            <translation>Empezar la exportación</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>Stop; nothing is saved</source>
            <translation>Parar; no se guarda nada</translation>
        </message>
        <message>
            <source>&amp;Open the folder</source>
            <translation>&amp;Abrir la carpeta</translation>
        </message>
        <message>
            <source>Show the package</source>
            <translation>Mostrar el paquete</translation>
        </message>
        <message>
            <source>Open my &amp;mail program</source>
            <translation>Abrir mi programa de &amp;correo</translation>
        </message>
        <message>
            <source>Starts a new message; attach the files from the folder</source>
            <translation>Empieza un mensaje nuevo; adjunte los archivos de la carpeta</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>Imp&amp;rimir…</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimir el paquete para correo postal</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <source>The Ombudsman reads English. If you can, write this answer in English or ask someone to help you. An answer in your own language is still better than no answer.</source>
            <translation>El Ombudsman lee en inglés. Si puede, escriba esta respuesta en inglés o pida a alguien que le ayude. Una respuesta en su propio idioma es mejor que ninguna respuesta.</translation>
        </message>
        <message>
            <source>%1 (required)</source>
            <translation>%1 (obligatorio)</translation>
        </message>
        <message>
            <source>%1 (worth answering)</source>
            <translation>%1 (conviene responder)</translation>
        </message>
        <message>
            <source>for example %1</source>
            <translation>por ejemplo %1</translation>
        </message>
    </context>
    <context>
        <name>FilingBox</name>
        <message>
            <source>Remove %1 %2</source>
            <translation>Quitar %1 %2</translation>
        </message>
        <message>
            <source>Takes this row out of the list. The other rows keep their answers.</source>
            <translation>Quita esta fila de la lista. Las otras filas conservan sus respuestas.</translation>
        </message>
    </context>
    <context>
        <name>FilingsPage</name>
        <message>
            <source>%1 %2 was removed (%3).</source>
            <translation>Se quitó: %1 %2 (%3).</translation>
        </message>
        <message>
            <source>no receipt number</source>
            <translation>sin número de recibo</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Puts the removed application back, with its answers.</source>
            <translation>Vuelve a poner la solicitud quitada, con sus respuestas.</translation>
        </message>
        <message>
            <source>&amp;Add another application or petition</source>
            <translation>&amp;Agregar otra solicitud o petición</translation>
        </message>
        <message>
            <source>Adds an empty row for one more form you filed with USCIS.</source>
            <translation>Agrega una fila vacía para otro formulario que presentó a USCIS.</translation>
        </message>
        <message>
            <source>Read a USCIS notice…</source>
            <translation>Leer un aviso de USCIS…</translation>
        </message>
        <message>
            <source>Reads the receipt number, received date and form number from a photo, scan or PDF of a USCIS notice, on this computer. You check them before they are used.</source>
            <translation>Lee el número de recibo, la fecha de recepción y el número de formulario de una foto, un escaneo o un PDF de un aviso de USCIS, en esta computadora. Usted los revisa antes de usarlos.</translation>
        </message>
        <message>
            <source>Tip: you can paste several receipt numbers into one box at once; each gets its own row. Spaces and dashes are removed for you.</source>
            <translation>Consejo: puede pegar varios números de recibo en una casilla a la vez; cada uno tendrá su propia fila. Los espacios y guiones se quitan solos.</translation>
        </message>
    </context>
    <context>
        <name>FinishPanel</name>
        <message>
            <source>What happens next</source>
            <translation>Qué pasa ahora</translation>
        </message>
        <message>
            <source>1. Send it: open your mail program (or webmail), attach the files from the package folder and send the message to the address in README.txt.</source>
            <translation>1. Envíelo: abra su programa de correo (o correo web), adjunte los archivos de la carpeta del paquete y envíe el mensaje a la dirección que indica README.txt.</translation>
        </message>
        <message>
            <source>1. Send it: fax the PDF in the package folder to the number in README.txt, and keep the fax confirmation page.</source>
            <translation>1. Envíelo: envíe por fax el PDF de la carpeta del paquete al número que indica README.txt y guarde la hoja de confirmación del fax.</translation>
        </message>
        <message>
            <source>1. Send it: print the mail packet, sign where it says so, and post it to the address in README.txt. Mail to the government can take up to 14 days longer.</source>
            <translation>1. Envíelo: imprima el paquete para correo, firme donde se indica y envíelo por correo a la dirección que indica README.txt. El correo al gobierno puede tardar hasta 14 días más.</translation>
        </message>
        <message>
            <source>2. Record it: once it is sent, fill in “After sending” below and press “Mark as sent”. The case list then shows it as sent, with the date.</source>
            <translation>2. Regístrelo: cuando esté enviado, complete «Después de enviar» abajo y pulse «Marcar como enviado». La lista de casos lo mostrará como enviado, con la fecha.</translation>
        </message>
        <message>
            <source>3. Wait for an answer: no time is promised. Save the reminders below: they remind you after 30 and after 90 days. Keep answering any letter from USCIS meanwhile.</source>
            <translation>3. Espere la respuesta: no se promete ningún plazo. Guarde los recordatorios de abajo: le avisan a los 30 y a los 90 días. Mientras tanto, siga respondiendo a cualquier carta de USCIS.</translation>
        </message>
        <message>
            <source>4. If nothing comes: after 30 days, write or call the Ombudsman's office (addresses under “Where it goes”) with the receipt number and the date you sent it. Do not send the same request twice.</source>
            <translation>4. Si no llega nada: a los 30 días, escriba o llame a la oficina del Ombudsman (direcciones en «Adónde va») con el número de recibo y la fecha de envío. No envíe la misma solicitud dos veces.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>The computer's password store did not keep the key: its window was closed or it said no. Nothing was set up. Choose a passphrase below instead, or choose the password store again to retry.</source>
            <translation>El almacén de contraseñas de la computadora no guardó la clave: su ventana se cerró o dijo que no. No se preparó nada. Elija abajo una frase de contraseña, o elija otra vez el almacén de contraseñas para volver a intentarlo.</translation>
        </message>
        <message>
            <source>Welcome to Ombud Desktop</source>
            <translation>Bienvenido a Ombud Desktop</translation>
        </message>
        <message>
            <source>Your cases will be kept encrypted on this computer. Choose how to lock them.</source>
            <translation>Sus casos se guardarán cifrados en esta computadora. Elija cómo protegerlos.</translation>
        </message>
        <message>
            <source>With a passphrase I type each time (best on a shared computer)</source>
            <translation>Con una frase de contraseña que escribo cada vez (lo mejor en una computadora compartida)</translation>
        </message>
        <message>
            <source>Nobody can open the cases without the passphrase.</source>
            <translation>Nadie puede abrir los casos sin la frase de contraseña.</translation>
        </message>
        <message>
            <source>With this computer's password store (keyring)</source>
            <translation>Con el almacén de contraseñas de esta computadora (llavero)</translation>
        </message>
        <message>
            <source>Anyone who can log in to this computer account can open the cases.</source>
            <translation>Cualquiera que pueda entrar en esta cuenta de la computadora puede abrir los casos.</translation>
        </message>
        <message>
            <source>If you choose it, the computer may ask for its own password (often the one you log in with) to open its password store.</source>
            <translation>Si lo elige, la computadora puede pedirle su propia contraseña (a menudo la que usa para iniciar sesión) para abrir su almacén de contraseñas.</translation>
        </message>
        <message>
            <source>No secure password store was found on this computer.</source>
            <translation>No se encontró un almacén de contraseñas seguro en esta computadora.</translation>
        </message>
        <message>
            <source>Looking for this computer's password store…</source>
            <translation>Buscando el almacén de contraseñas de esta computadora…</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the passphrase is lost)</source>
            <translation>Crear una clave de recuperación para imprimir (por si pierde la frase de contraseña)</translation>
        </message>
        <message>
            <source>Make a recovery key to print (if the password store is lost)</source>
            <translation>Crear una clave de recuperación para imprimir (si se pierde el almacén de contraseñas)</translation>
        </message>
        <message>
            <source>A long code shown once. Print it or write it down and keep it safe.</source>
            <translation>Un código largo que se muestra una sola vez. Imprímalo o anótelo y guárdelo bien.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <source>Sets up the encrypted storage.</source>
            <translation>Prepara el almacenamiento cifrado.</translation>
        </message>
    </context>
    <context>
        <name>HandoffPassphraseDialog</name>
        <message>
            <source>Protect the hand-off file</source>
            <translation>Proteger el archivo de traspaso</translation>
        </message>
        <message>
            <source>Open the hand-off file</source>
            <translation>Abrir el archivo de traspaso</translation>
        </message>
        <message>
            <source>Choose a passphrase for this file, and tell it to the receiver in person or by phone, never with the file. This one was made for you:</source>
            <translation>Elija una frase de contraseña para este archivo y dígasela a quien lo reciba en persona o por teléfono, nunca junto con el archivo. Esta se creó para usted:</translation>
        </message>
        <message>
            <source>The passphrase of this file:</source>
            <translation>La frase de contraseña de este archivo:</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Frase de contraseña sugerida</translation>
        </message>
        <message>
            <source>Use this passphrase</source>
            <translation>Usar esta frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Escriba la frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Enter the passphrase.</source>
            <translation>Escriba la frase de contraseña.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>Las dos frases de contraseña no coinciden. Escriba la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(todavía sin nombre)</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 por %2</translation>
        </message>
        <message>
            <source>due for deletion</source>
            <translation>para borrar</translation>
        </message>
        <message>
            <source>Not edited for a long time: delete it when you no longer need it.</source>
            <translation>No se ha editado en mucho tiempo: bórrelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <source>No cases yet: start with “New case”.</source>
            <translation>Todavía no hay casos: empiece con «Nuevo caso».</translation>
        </message>
        <message>
            <source>Choose a case and press Enter to open it, or start a new one.</source>
            <translation>Elija un caso y pulse Intro para abrirlo, o empiece uno nuevo.</translation>
        </message>
        <message>
            <source>Delete this case?</source>
            <translation>¿Borrar este caso?</translation>
        </message>
        <message>
            <source>“%1” and all its documents will be destroyed for good. This cannot be undone.</source>
            <translation>«%1» y todos sus documentos se destruirán para siempre. Esto no se puede deshacer.</translation>
        </message>
        <message>
            <source>The case was deleted.</source>
            <translation>El caso se borró.</translation>
        </message>
        <message>
            <source>Save the hand-off file</source>
            <translation>Guardar el archivo de traspaso</translation>
        </message>
        <message>
            <source>Hand-off files (*.ombud-handoff)</source>
            <translation>Archivos de traspaso (*.ombud-handoff)</translation>
        </message>
        <message>
            <source>Saved. The file is encrypted with the passphrase you chose.</source>
            <translation>Guardado. El archivo está cifrado con la frase de contraseña que eligió.</translation>
        </message>
        <message>
            <source>Open a hand-off file</source>
            <translation>Abrir un archivo de traspaso</translation>
        </message>
        <message>
            <source>Saving the hand-off file</source>
            <translation>Guardando el archivo de traspaso</translation>
        </message>
        <message>
            <source>Package made</source>
            <translation>Paquete preparado</translation>
        </message>
        <message>
            <source>Case %1 cannot be opened: select it to see why.</source>
            <translation>No se puede abrir el caso %1: selecciónelo para ver por qué.</translation>
        </message>
        <message>
            <source>Damaged</source>
            <translation>Dañado</translation>
        </message>
        <message>
            <source>%1 of %2 steps</source>
            <translation>%1 de %2 pasos</translation>
        </message>
        <message>
            <source>Use the older copy of this case?</source>
            <translation>¿Usar la copia anterior de este caso?</translation>
        </message>
        <message>
            <source>The copy of case %1 in the data folder is older than the last version Ombud Desktop saved, and no newer copy is left. Use it only if you put it back yourself from a backup: what was changed after that copy was made (answers, documents, the date it was sent) is not in it.</source>
            <translation>La copia del caso %1 en la carpeta de datos es más antigua que la última versión que guardó Ombud Desktop, y no queda ninguna copia más reciente. Úsela solo si usted mismo la repuso desde una copia de seguridad: lo que se cambió después de hacer esa copia (respuestas, documentos, la fecha de envío) no está en ella.</translation>
        </message>
        <message>
            <source>Use this older copy</source>
            <translation>Usar esta copia anterior</translation>
        </message>
        <message>
            <source>Encrypting the case and its documents…</source>
            <translation>Cifrando el caso y sus documentos…</translation>
        </message>
        <message>
            <source>Receiving a hand-off file</source>
            <translation>Recibiendo un archivo de traspaso</translation>
        </message>
        <message>
            <source>Checking and adding the case…</source>
            <translation>Comprobando y agregando el caso…</translation>
        </message>
        <message>
            <source>The case was added to your list.</source>
            <translation>El caso se agregó a su lista.</translation>
        </message>
        <message>
            <source>Your cases</source>
            <translation>Sus casos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formularios</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Next thing to do</source>
            <translation>Lo siguiente que hacer</translation>
        </message>
        <message>
            <source>Last edited</source>
            <translation>Última edición</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a case and Enter to open it.</source>
            <translation>Use las flechas para elegir un caso e Intro para abrirlo.</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Nuevo caso</translation>
        </message>
        <message>
            <source>Starts an empty case.</source>
            <translation>Empieza un caso vacío.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Opens the chosen case where you left off.</source>
            <translation>Abre el caso elegido donde lo dejó.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Borrar…</translation>
        </message>
        <message>
            <source>Destroys the chosen case and its documents, after asking.</source>
            <translation>Destruye el caso elegido y sus documentos, después de preguntar.</translation>
        </message>
        <message>
            <source>&amp;Hand off…</source>
            <translation>&amp;Traspasar…</translation>
        </message>
        <message>
            <source>Saves the chosen case to an encrypted file for another volunteer.</source>
            <translation>Guarda el caso elegido en un archivo cifrado para otro voluntario.</translation>
        </message>
        <message>
            <source>&amp;Receive a hand-off…</source>
            <translation>&amp;Recibir un traspaso…</translation>
        </message>
        <message>
            <source>Adds a case from a hand-off file.</source>
            <translation>Agrega un caso desde un archivo de traspaso.</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>Language, automatic lock and more.</source>
            <translation>Idioma, bloqueo automático y más.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Choose the language for the app. Each language is named in itself.</source>
            <translation>Elija el idioma de la aplicación. Cada idioma aparece con su propio nombre.</translation>
        </message>
    </context>
    <context>
        <name>LineEditor</name>
        <message>
            <source>mm/dd/yyyy</source>
            <translation>mm/dd/aaaa</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Your last changes are not saved</source>
            <translation>Sus últimos cambios no están guardados</translation>
        </message>
        <message>
            <source>Ombud Desktop could not save your last changes (see the message at the bottom of the window). If you close now, they are lost. Close anyway?</source>
            <translation>Ombud Desktop no pudo guardar sus últimos cambios (vea el mensaje abajo en la ventana). Si cierra ahora, se pierden. ¿Cerrar de todos modos?</translation>
        </message>
        <message>
            <source>Quick exit</source>
            <translation>Salida rápida</translation>
        </message>
        <message>
            <source>Hides everything at once. Shortcut: %1</source>
            <translation>Oculta todo de inmediato. Atajo: %1</translation>
        </message>
        <message>
            <source>Locks the app at once and hides every case. Shortcut: Ctrl+Shift+Q.</source>
            <translation>Bloquea la aplicación de inmediato y oculta todos los casos. Atajo: Ctrl+Shift+Q.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseBox</name>
        <message>
            <source>Suggested passphrase: %1 — write it down before going on.</source>
            <translation>Frase de contraseña sugerida: %1 — anótela antes de continuar.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>Las dos frases de contraseña no son iguales. Escríbalas otra vez.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: %1</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: %1</translation>
        </message>
        <message>
            <source>Use five or more words that do not belong together, or press “Suggest a passphrase”.</source>
            <translation>Use cinco palabras o más que no tengan relación entre sí, o pulse «Sugerir una frase de contraseña».</translation>
        </message>
        <message>
            <source>Strong enough.</source>
            <translation>Suficientemente segura.</translation>
        </message>
        <message>
            <source>&amp;Passphrase (five or more words)</source>
            <translation>&amp;Frase de contraseña (cinco palabras o más)</translation>
        </message>
        <message>
            <source>Five or more words that do not belong together. Write it down.</source>
            <translation>Cinco palabras o más que no tengan relación entre sí. Anótela.</translation>
        </message>
        <message>
            <source>&amp;Repeat the passphrase</source>
            <translation>&amp;Repita la frase de contraseña</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <source>The same passphrase again, to catch typos.</source>
            <translation>La misma frase de contraseña otra vez, para detectar errores al escribir.</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Sugerir una frase de contraseña</translation>
        </message>
        <message>
            <source>Makes up a strong passphrase and shows it, to write down.</source>
            <translation>Inventa una frase de contraseña segura y la muestra, para anotarla.</translation>
        </message>
        <message>
            <source>Suggested passphrase</source>
            <translation>Frase de contraseña sugerida</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <source>Something unexpected went wrong while reading the notice ({kind}). Nothing was changed; type the values from the notice instead.</source>
            <translation>Algo inesperado falló al leer el aviso ({kind}). No se cambió nada; escriba los datos del aviso usted mismo.</translation>
        </message>
        <message>
            <source>Check on the notice: %1</source>
            <translation>Compruébelo en el aviso: %1</translation>
        </message>
        <message>
            <source>The reader is not sure of this value: compare it with the notice.</source>
            <translation>El lector no está seguro de este dato: compárelo con el aviso.</translation>
        </message>
        <message>
            <source>Receipt notice</source>
            <translation>Aviso de recibo</translation>
        </message>
        <message>
            <source>Transfer notice</source>
            <translation>Aviso de traslado</translation>
        </message>
        <message>
            <source>Biometrics appointment</source>
            <translation>Cita de datos biométricos</translation>
        </message>
        <message>
            <source>Request for evidence</source>
            <translation>Solicitud de evidencia</translation>
        </message>
        <message>
            <source>Approval notice</source>
            <translation>Aviso de aprobación</translation>
        </message>
        <message>
            <source>Read a USCIS notice</source>
            <translation>Leer un aviso de USCIS</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>Número de recibo</translation>
        </message>
        <message>
            <source>Received date</source>
            <translation>Fecha de recepción</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Fecha del aviso</translation>
        </message>
        <message>
            <source>Form number (case type)</source>
            <translation>Número de formulario (tipo de caso)</translation>
        </message>
        <message>
            <source>Notice type</source>
            <translation>Tipo de aviso</translation>
        </message>
        <message>
            <source>Priority date</source>
            <translation>Fecha de prioridad</translation>
        </message>
        <message>
            <source>A-Number</source>
            <translation>Número A</translation>
        </message>
        <message>
            <source>Reading %1 on this computer…</source>
            <translation>Leyendo %1 en esta computadora…</translation>
        </message>
        <message>
            <source>No values were found in this picture. Try a sharper photo of the whole page in good light, or type the values from the notice.</source>
            <translation>No se encontraron datos en esta imagen. Pruebe con una foto más nítida de toda la página con buena luz, o escriba los datos del aviso.</translation>
        </message>
        <message>
            <source>Check each value against the notice and correct it if needed. Nothing is filled in until you choose “Use these”.</source>
            <translation>Compare cada dato con el aviso y corríjalo si hace falta. No se llena nada hasta que elija «Usar estos».</translation>
        </message>
        <message>
            <source>Characters in red may be misread. The highlighted areas show where each value was read.</source>
            <translation>Los caracteres en rojo pueden estar mal leídos. Las zonas resaltadas muestran dónde se leyó cada dato.</translation>
        </message>
        <message>
            <source>“Use these” fills in the form number, receipt number and received date of an application. The other values are shown for you to compare.</source>
            <translation>«Usar estos» llena el número de formulario, el número de recibo y la fecha de recepción de una solicitud. Los demás datos se muestran para que los compare.</translation>
        </message>
        <message>
            <source>Keep the notice with this case as a document (encrypted)</source>
            <translation>Guardar el aviso con este caso como documento (cifrado)</translation>
        </message>
        <message>
            <source>Use these</source>
            <translation>Usar estos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a photo, scan or PDF of the notice</source>
            <translation>Elija una foto, un escaneo o un PDF del aviso</translation>
        </message>
        <message>
            <source>Pictures and PDFs (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;All files (*)</source>
            <translation>Imágenes y PDF (*.jpg *.jpeg *.png *.heic *.tif *.tiff *.pdf);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>OrgHeader</name>
        <message>
            <source>Logo of %1</source>
            <translation>Logotipo de %1</translation>
        </message>
        <message>
            <source>Organization logo</source>
            <translation>Logotipo de la organización</translation>
        </message>
        <message>
            <source>Where to get help</source>
            <translation>Dónde obtener ayuda</translation>
        </message>
        <message>
            <source>Some organization settings could not be used: the app works with its standard settings for them.</source>
            <translation>Algunos ajustes de la organización no se pudieron usar: la aplicación funciona con sus ajustes normales para ellos.</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Detalles…</translation>
        </message>
        <message>
            <source>Hide this note</source>
            <translation>Ocultar este aviso</translation>
        </message>
        <message>
            <source>Shows what is wrong in the organization settings and how to fix it.</source>
            <translation>Muestra qué está mal en los ajustes de la organización y cómo corregirlo.</translation>
        </message>
        <message>
            <source>Hides this note until the app is started again.</source>
            <translation>Oculta este aviso hasta que la aplicación se vuelva a abrir.</translation>
        </message>
        <message>
            <source>Some organization settings could not be used, so the app uses its standard settings for them:</source>
            <translation>Algunos ajustes de la organización no se pudieron usar, así que la aplicación usa sus ajustes normales para ellos:</translation>
        </message>
        <message>
            <source>You can keep working. Tell whoever set up this app: they can fix the file %1 and check it with “ombud-desktop org-config”.</source>
            <translation>Puede seguir trabajando. Avise a quien instaló esta aplicación: puede corregir el archivo %1 y revisarlo con “ombud-desktop org-config”.</translation>
        </message>
        <message>
            <source>Organization settings</source>
            <translation>Ajustes de la organización</translation>
        </message>
    </context>
    <context>
        <name>PdfPasswordBox</name>
        <message>
            <source>That password does not open “%1”. Try again, or skip this file.</source>
            <translation>Esa contraseña no abre «%1». Inténtelo de nuevo u omita este archivo.</translation>
        </message>
        <message>
            <source>“%1” is protected by a password. Type its password to add it: the app keeps a copy without the password, encrypted with this case.</source>
            <translation>«%1» está protegido con contraseña. Escriba la contraseña para añadirlo: la aplicación guarda una copia sin contraseña, cifrada con este caso.</translation>
        </message>
        <message>
            <source>Password of the PDF</source>
            <translation>Contraseña del PDF</translation>
        </message>
        <message>
            <source>What you type is not shown. It opens the PDF once and is not kept.</source>
            <translation>Lo que escribe no se muestra. Abre el PDF una vez y no se guarda.</translation>
        </message>
        <message>
            <source>Add &amp;with this password</source>
            <translation>Añadir &amp;con esta contraseña</translation>
        </message>
        <message>
            <source>Opens the PDF with this password and adds it.</source>
            <translation>Abre el PDF con esta contraseña y lo añade.</translation>
        </message>
        <message>
            <source>S&amp;kip this file</source>
            <translation>&amp;Omitir este archivo</translation>
        </message>
        <message>
            <source>Does not add it.</source>
            <translation>No lo añade.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>&amp;Previous page</source>
            <translation>Página &amp;anterior</translation>
        </message>
        <message>
            <source>Shows the page before.</source>
            <translation>Muestra la página anterior.</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Página &amp;siguiente</translation>
        </message>
        <message>
            <source>Shows the page after.</source>
            <translation>Muestra la página siguiente.</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>&amp;Alejar</translation>
        </message>
        <message>
            <source>Makes the pages smaller.</source>
            <translation>Hace las páginas más pequeñas.</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>A&amp;cercar</translation>
        </message>
        <message>
            <source>Makes the pages larger.</source>
            <translation>Hace las páginas más grandes.</translation>
        </message>
        <message>
            <source>&amp;Fit width</source>
            <translation>Ajustar al &amp;ancho</translation>
        </message>
        <message>
            <source>Makes a page as wide as the view.</source>
            <translation>Hace que la página ocupe todo el ancho de la vista.</translation>
        </message>
        <message>
            <source>Preview of the PDF that will be sent</source>
            <translation>Vista previa del PDF que se enviará</translation>
        </message>
        <message>
            <source>The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys scroll, Ctrl and + or − zoom.</source>
            <translation>Las páginas del PDF. Re Pág y Av Pág pasan de página, las flechas desplazan, Ctrl y + o − cambian el zoom.</translation>
        </message>
        <message>
            <source>The preview could not be shown: the PDF did not load.</source>
            <translation>No se pudo mostrar la vista previa: el PDF no se cargó.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>No preview yet</source>
            <translation>Todavía no hay vista previa</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewPanel</name>
        <message>
            <source>Making the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>This is the PDF as it will be sent (marked PREVIEW until signed).</source>
            <translation>Este es el PDF tal como se enviará (marcado PREVIEW hasta que se firme).</translation>
        </message>
        <message>
            <source>The preview could not be made: %1</source>
            <translation>No se pudo preparar la vista previa: %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the PDF</source>
            <translation>Revisar el PDF</translation>
        </message>
        <message>
            <source>This is your request exactly as the Ombudsman will receive it: the form, then the list of your documents and their pages. It is marked PREVIEW; the copy made on the next step has no such marks and is signed as you chose.</source>
            <translation>Así recibirá el Ombudsman su solicitud, exactamente: el formulario y después la lista de sus documentos y sus páginas. Está marcada como PREVIEW (vista previa); la copia que se hace en el paso siguiente no lleva esas marcas y va firmada como usted eligió.</translation>
        </message>
    </context>
    <context>
        <name>ProcessingTimeView</name>
        <message>
            <source>When you enter the USCIS receipt date of your application (step “Applications and petitions”), a picture here shows how long it has waited.</source>
            <translation>Cuando escriba la fecha de recibo de USCIS de su solicitud (paso «Solicitudes y peticiones»), un dibujo aquí mostrará cuánto tiempo lleva esperando.</translation>
        </message>
        <message>
            <source>Received by USCIS</source>
            <translation>Recibido por USCIS</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <source>Your case has been pending %1 months.</source>
            <translation>Su caso lleva %1 meses pendiente.</translation>
        </message>
        <message>
            <source>Posted processing time ends</source>
            <translation>Fin del tiempo de trámite publicado</translation>
        </message>
        <message>
            <source>That is %1 months past the posted time.</source>
            <translation>Son %1 meses después del tiempo publicado.</translation>
        </message>
        <message>
            <source>It is still within the posted processing time.</source>
            <translation>Todavía está dentro del tiempo de trámite publicado.</translation>
        </message>
        <message>
            <source>Timeline of your case</source>
            <translation>Línea de tiempo de su caso</translation>
        </message>
    </context>
    <context>
        <name>ReadinessView</name>
        <message>
            <source>Ready to send.</source>
            <translation>Listo para enviar.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) worth a look below; they do not stop you.</source>
            <translation>
                <numerusform>%n cosa para revisar abajo; no le impide seguir.</numerusform>
                <numerusform>%n cosas para revisar abajo; no le impiden seguir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not ready yet: %n answer(s) must be fixed first.</source>
            <translation>
                <numerusform>Todavía no está listo: primero hay que corregir %n respuesta.</numerusform>
                <numerusform>Todavía no está listo: primero hay que corregir %n respuestas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more worth a look.</source>
            <translation>
                <numerusform>%n más para revisar.</numerusform>
                <numerusform>%n más para revisar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must fix</source>
            <translation>Hay que corregir</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <source>Readiness report</source>
            <translation>Informe de preparación</translation>
        </message>
        <message>
            <source>Each line is something to fix or check. Press Enter to go to that answer.</source>
            <translation>Cada línea es algo para corregir o revisar. Pulse Intro para ir a esa respuesta.</translation>
        </message>
    </context>
    <context>
        <name>ReasonsPage</name>
        <message>
            <source>What you said on the step “Can the Ombudsman help?” is already ticked below. Add any other reason, or untick one that does not fit.</source>
            <translation>Lo que dijo en el paso «¿Puede ayudarle el Ombudsman?» ya está marcado abajo. Añada cualquier otro motivo, o desmarque el que no corresponda.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>New recovery key</source>
            <translation>Nueva clave de recuperación</translation>
        </message>
        <message>
            <source>Closes this window.</source>
            <translation>Cierra esta ventana.</translation>
        </message>
        <message>
            <source>Close without noting the key?</source>
            <translation>¿Cerrar sin anotar la clave?</translation>
        </message>
        <message>
            <source>The recovery key is not shown again. Close anyway? (You can make another one in Settings.)</source>
            <translation>La clave de recuperación no se vuelve a mostrar. ¿Cerrar de todos modos? (Puede crear otra en Configuración.)</translation>
        </message>
        <message>
            <source>Make a new recovery key</source>
            <translation>Crear una nueva clave de recuperación</translation>
        </message>
        <message>
            <source>Your old recovery key will stop working: throw that paper away once the new key is printed or written down. Go on?</source>
            <translation>Su clave de recuperación anterior dejará de funcionar: tire ese papel cuando haya impreso o anotado la nueva. ¿Continuar?</translation>
        </message>
        <message>
            <source>Your current passphrase:</source>
            <translation>Su frase de contraseña actual:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <source>Group %1 of %2: %3</source>
            <translation>Grupo %1 de %2: %3</translation>
        </message>
        <message>
            <source>Shown once. Print or write it down.</source>
            <translation>Se muestra una sola vez. Imprímala o anótela.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer. Write the key down by hand, carefully, group by group.</source>
            <translation>No hay ninguna impresora configurada en esta computadora. Anote la clave a mano, con cuidado, grupo por grupo.</translation>
        </message>
        <message>
            <source>Nothing was saved. Choose a printer, or write it down.</source>
            <translation>No se guardó nada. Elija una impresora, o anótela a mano.</translation>
        </message>
        <message>
            <source>Ombud Desktop recovery key</source>
            <translation>Clave de recuperación de Ombud Desktop</translation>
        </message>
        <message>
            <source>Keep this paper in a safe place. It opens all your cases.</source>
            <translation>Guarde este papel en un lugar seguro. Abre todos sus casos.</translation>
        </message>
        <message>
            <source>Save the recovery key in a file?</source>
            <translation>¿Guardar la clave de recuperación en un archivo?</translation>
        </message>
        <message>
            <source>You chose to print into a file. That file is not encrypted: anyone who finds it can open all your cases. Print on paper instead, or delete the file as soon as it is printed. Save it anyway?</source>
            <translation>Eligió imprimir en un archivo. Ese archivo no está cifrado: cualquiera que lo encuentre puede abrir todos sus casos. Imprima en papel, o borre el archivo en cuanto esté impreso. ¿Guardarlo de todos modos?</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <source>This key opens your cases if the passphrase is forgotten. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
            <translation>Esta clave abre sus casos si olvida la frase de contraseña. Solo se muestra ahora. Imprímala o anótela, y guárdela lejos de esta computadora.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>&amp;Print the recovery key…</source>
            <translation>&amp;Imprimir la clave de recuperación…</translation>
        </message>
        <message>
            <source>Prints the key on paper.</source>
            <translation>Imprime la clave en papel.</translation>
        </message>
        <message>
            <source>I have printed or written down the recovery key</source>
            <translation>Ya imprimí o anoté la clave de recuperación</translation>
        </message>
        <message>
            <source>Needed to go on; the key is not shown again.</source>
            <translation>Necesario para seguir; la clave no se vuelve a mostrar.</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinuar</translation>
        </message>
        <message>
            <source>Goes to your list of cases.</source>
            <translation>Va a su lista de casos.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review your answers</source>
            <translation>Revise sus respuestas</translation>
        </message>
        <message>
            <source>Hi&amp;de the PDF</source>
            <translation>&amp;Ocultar el PDF</translation>
        </message>
        <message>
            <source>Hides the PDF again; your answers stay as they are.</source>
            <translation>Oculta el PDF de nuevo; sus respuestas no cambian.</translation>
        </message>
        <message>
            <source>&amp;Show the PDF as it will be sent</source>
            <translation>&amp;Mostrar el PDF tal como se enviará</translation>
        </message>
        <message>
            <source>Shows the form and your documents as one PDF, below this button.</source>
            <translation>Muestra el formulario y sus documentos en un solo PDF, debajo de este botón.</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Todavía no hay respuestas</translation>
        </message>
        <message>
            <source>Change “%1”</source>
            <translation>Cambiar «%1»</translation>
        </message>
        <message>
            <source>Goes to this step to change these answers.</source>
            <translation>Va a este paso para cambiar estas respuestas.</translation>
        </message>
        <message>
            <source>Read your answers once more. Use “Change” to fix anything; you come back here with Next. Lines marked “Must fix” keep the form from being sent.</source>
            <translation>Lea sus respuestas una vez más. Use «Cambiar» para corregir algo; vuelve aquí con Siguiente. Las líneas marcadas «Hay que corregir» impiden enviar el formulario.</translation>
        </message>
        <message>
            <source>Is it ready to send?</source>
            <translation>¿Está listo para enviar?</translation>
        </message>
        <message>
            <source>Your answers, as on the form</source>
            <translation>Sus respuestas, como en el formulario</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPage</name>
        <message>
            <source>The Ombudsman may not be able to help</source>
            <translation>Es posible que el Ombudsman no pueda ayudar</translation>
        </message>
    </context>
    <context>
        <name>SentPanel</name>
        <message>
            <source>The reference holds invisible control characters ({chars}). Type it again without them.</source>
            <translation>La referencia contiene caracteres de control invisibles ({chars}). Escríbala de nuevo sin ellos.</translation>
        </message>
        <message>
            <source>Could not record it just now; try again.</source>
            <translation>No se pudo anotar en este momento; intente otra vez.</translation>
        </message>
        <message>
            <source>Marked as sent on {date} by {channel}.</source>
            <translation>Marcado como enviado el {date} por {channel}.</translation>
        </message>
        <message>
            <source>Save follow-up reminders</source>
            <translation>Guardar recordatorios de seguimiento</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <source>The reminders could not be saved ({reason}). Choose another folder.</source>
            <translation>No se pudieron guardar los recordatorios ({reason}). Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Reminders saved: open {path} to add them to your calendar.</source>
            <translation>Recordatorios guardados: abra {path} para agregarlos a su calendario.</translation>
        </message>
        <message>
            <source>Delete the package?</source>
            <translation>¿Borrar el paquete?</translation>
        </message>
        <message>
            <source>The package is not encrypted. Now that it is sent, delete it from this computer? (Your case stays saved in Ombud Desktop.)</source>
            <translation>El paquete no está cifrado. Ya que se envió, ¿quiere borrarlo de esta computadora? (Su caso sigue guardado en Ombud Desktop.)</translation>
        </message>
        <message>
            <source>The package was deleted.</source>
            <translation>El paquete se borró.</translation>
        </message>
        <message>
            <source>After sending</source>
            <translation>Después de enviar</translation>
        </message>
        <message>
            <source>Date sent:</source>
            <translation>Fecha de envío:</translation>
        </message>
        <message>
            <source>Sent by:</source>
            <translation>Enviado por:</translation>
        </message>
        <message>
            <source>Reference:</source>
            <translation>Referencia:</translation>
        </message>
        <message>
            <source>fax confirmation number, tracking number, or the email's date</source>
            <translation>número de confirmación del fax, número de seguimiento o la fecha del correo electrónico</translation>
        </message>
        <message>
            <source>The day you emailed, faxed or mailed it.</source>
            <translation>El día en que lo envió por correo electrónico, fax o correo postal.</translation>
        </message>
        <message>
            <source>How you sent it: email, fax or mail.</source>
            <translation>Cómo lo envió: correo electrónico, fax o correo postal.</translation>
        </message>
        <message>
            <source>Mark as &amp;sent</source>
            <translation>Marcar como &amp;enviado</translation>
        </message>
        <message>
            <source>Record that it was sent</source>
            <translation>Anotar que se envió</translation>
        </message>
        <message>
            <source>Save &amp;reminders…</source>
            <translation>Guardar &amp;recordatorios…</translation>
        </message>
        <message>
            <source>A calendar file reminding you to follow up after 30 and 90 days</source>
            <translation>Un archivo de calendario que le recuerda hacer seguimiento a los 30 y 90 días</translation>
        </message>
        <message>
            <source>&amp;Delete the package</source>
            <translation>&amp;Borrar el paquete</translation>
        </message>
        <message>
            <source>Remove the unencrypted export from this computer</source>
            <translation>Quitar de esta computadora la exportación sin cifrar</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Bloquear después de estos minutos sin uso</translation>
        </message>
        <message>
            <source>Hides everything when nobody touched the keyboard or mouse. 0 = never.</source>
            <translation>Oculta todo cuando nadie tocó el teclado ni el ratón. 0 = nunca.</translation>
        </message>
        <message>
            <source>Mark cases for deletion after</source>
            <translation>Marcar casos para borrar después de</translation>
        </message>
        <message>
            <source>Cases not edited for this long are marked on the case list.</source>
            <translation>Los casos que no se editan durante este tiempo se marcan en la lista de casos.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Makes all text bigger, up to twice the normal size.</source>
            <translation>Agranda todo el texto, hasta el doble del tamaño normal.</translation>
        </message>
        <message>
            <source>Black text on white with strong lines.</source>
            <translation>Texto negro sobre blanco con líneas fuertes.</translation>
        </message>
        <message>
            <source>Change the passphrase…</source>
            <translation>Cambiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>Add a passphrase…</source>
            <translation>Añadir una frase de contraseña…</translation>
        </message>
        <message>
            <source>A new passphrase to unlock your cases; the old one stops working.</source>
            <translation>Una nueva frase de contraseña para desbloquear sus casos; la anterior deja de funcionar.</translation>
        </message>
        <message>
            <source>Make a new recovery key…</source>
            <translation>Crear una nueva clave de recuperación…</translation>
        </message>
        <message>
            <source>Shows a new key to print; an earlier key stops working.</source>
            <translation>Muestra una nueva clave para imprimir; la anterior deja de funcionar.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Se cambió la frase de contraseña.</translation>
        </message>
        <message>
            <source>The new recovery key is in force.</source>
            <translation>La nueva clave de recuperación ya está en vigor.</translation>
        </message>
        <message>
            <source>Ombud Desktop %1</source>
            <translation>Ombud Desktop, versión %1</translation>
        </message>
        <message>
            <source>Set up by %1.</source>
            <translation>Preparado para usted por %1.</translation>
        </message>
        <message>
            <source>Mark cases for deletion?</source>
            <translation>¿Marcar casos para eliminar?</translation>
        </message>
        <message numerus="yes">
            <source>With a period of %1 days, %n more case(s) will be marked as due for deletion. Change the period?</source>
            <translation>
                <numerusform>Con un período de %1 días, %n caso más quedará marcado para eliminar. ¿Cambiar el período?</numerusform>
                <numerusform>Con un período de %1 días, %n casos más quedarán marcados para eliminar. ¿Cambiar el período?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>Signature drawing area</source>
            <translation>Área para dibujar la firma</translation>
        </message>
        <message>
            <source>Sign here with a mouse, pen or finger. Press Delete to clear. Without a mouse, choose the typed signature or print and sign instead.</source>
            <translation>Firme aquí con el ratón, un lápiz o el dedo. Pulse Suprimir para borrar. Sin ratón, elija la firma escrita o imprimir y firmar.</translation>
        </message>
    </context>
    <context>
        <name>SignedPagePanel</name>
        <message>
            <source>Save the page to sign</source>
            <translation>Guardar la página para firmar</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The page could not be saved ({reason}). Choose another folder.</source>
            <translation>No se pudo guardar la página ({reason}). Elija otra carpeta.</translation>
        </message>
        <message>
            <source>Saved in {path} (not encrypted: delete it once the signed page is added). Sign and date it in ink.</source>
            <translation>Guardada en {path} (sin cifrar: bórrela cuando haya añadido la página firmada). Fírmela y féchela con tinta.</translation>
        </message>
        <message>
            <source>Choose the scan or photo of the signed page</source>
            <translation>Elija el escaneo o la foto de la página firmada</translation>
        </message>
        <message>
            <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
            <translation>Escaneos y fotos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
        </message>
        <message>
            <source>Adding the signed page (encrypted)…</source>
            <translation>Añadiendo la página firmada (cifrada)…</translation>
        </message>
        <message>
            <source>That file could not be added. Nothing was changed; try another.</source>
            <translation>No se pudo añadir ese archivo. No se cambió nada; pruebe con otro.</translation>
        </message>
        <message>
            <source>The signed page is added. It is kept encrypted.</source>
            <translation>La página firmada está añadida. Se guarda cifrada.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax: print the page to sign, sign and date it in ink, then add a scan or a phone photo of the signed page. By mail, sign the printed form itself.</source>
            <translation>Este formulario se firma a mano con tinta. Para enviarlo por correo electrónico o fax: imprima la página para firmar, fírmela y féchela con tinta, y luego añada un escaneo o una foto con el teléfono de la página firmada. Por correo postal, firme el formulario impreso.</translation>
        </message>
        <message>
            <source>The signed page is added: it takes the place of the unsigned page in everything you send.</source>
            <translation>La página firmada está añadida: sustituye a la página sin firmar en todo lo que envíe.</translation>
        </message>
        <message>
            <source>Print the page to sign</source>
            <translation>Imprimir la página para firmar</translation>
        </message>
        <message>
            <source>The signature page with the person's name and receipt number on it</source>
            <translation>La página de firma con el nombre de la persona y el número de recibo</translation>
        </message>
        <message>
            <source>Add the signed page</source>
            <translation>Añadir la página firmada</translation>
        </message>
        <message>
            <source>A scan or phone photo of the page, signed and dated in ink</source>
            <translation>Un escaneo o una foto con el teléfono de la página, firmada y fechada con tinta</translation>
        </message>
    </context>
    <context>
        <name>SubmitterPage</name>
        <message>
            <source>Your saved details were filled in.</source>
            <translation>Se llenaron sus datos guardados.</translation>
        </message>
        <message>
            <source>Fill in your details first, then save them.</source>
            <translation>Primero llene sus datos y luego guárdelos.</translation>
        </message>
        <message>
            <source>Saved. New cases can be filled with these details in one step.</source>
            <translation>Guardado. Los casos nuevos se pueden llenar con estos datos en un solo paso.</translation>
        </message>
        <message>
            <source>&amp;Fill in my saved details</source>
            <translation>&amp;Llenar con mis datos guardados</translation>
        </message>
        <message>
            <source>Copies the details you saved before (name, organization, contact) here.</source>
            <translation>Copia aquí los datos que guardó antes (nombre, organización, contacto).</translation>
        </message>
        <message>
            <source>Sa&amp;ve my details for next time</source>
            <translation>&amp;Guardar mis datos para la próxima vez</translation>
        </message>
        <message>
            <source>Keeps these details, encrypted, to fill in new cases quickly.</source>
            <translation>Guarda estos datos, cifrados, para llenar casos nuevos rápido.</translation>
        </message>
    </context>
    <context>
        <name>TermHelp</name>
        <message>
            <source>What is “%1”?</source>
            <translation>¿Qué es «%1»?</translation>
        </message>
        <message>
            <source>Shows or hides a short explanation.</source>
            <translation>Muestra u oculta una explicación breve.</translation>
        </message>
    </context>
    <context>
        <name>UnlockScreen</name>
        <message>
            <source>Type your passphrase, then press Enter.</source>
            <translation>Escriba su frase de contraseña y pulse Intro.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Check Caps Lock and try again.</source>
            <translation>Esa frase de contraseña no es correcta. Revise Bloq Mayús e intente otra vez.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Type your passphrase instead, or try the password store again.</source>
            <translation>El almacén de contraseñas de la computadora no dio la clave: su ventana se cerró o dijo que no. Escriba su frase de contraseña, o pruebe otra vez con el almacén de contraseñas.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Use your recovery key instead, or try the password store again.</source>
            <translation>El almacén de contraseñas de la computadora no dio la clave: su ventana se cerró o dijo que no. Use su clave de recuperación, o pruebe otra vez con el almacén de contraseñas.</translation>
        </message>
        <message>
            <source>The computer's password store did not give the key: its window was closed or it said no. Try again, and type the computer's password when it asks.</source>
            <translation>El almacén de contraseñas de la computadora no dio la clave: su ventana se cerró o dijo que no. Inténtelo otra vez y escriba la contraseña de la computadora cuando se la pida.</translation>
        </message>
        <message>
            <source>Type the recovery key from your paper, then press Enter.</source>
            <translation>Escriba la clave de recuperación de su papel y pulse Intro.</translation>
        </message>
        <message>
            <source>The new passphrase is saved. Your old recovery key no longer works.</source>
            <translation>La nueva frase de contraseña está guardada. Su clave de recuperación anterior ya no funciona.</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Elija una nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Ombud Desktop is locked and your cases are hidden. Unlock to go on.</source>
            <translation>Ombud Desktop está bloqueado y sus casos están ocultos. Desbloquee para seguir.</translation>
        </message>
        <message>
            <source>Unlock your cases</source>
            <translation>Desbloquee sus casos</translation>
        </message>
        <message>
            <source>Your cases are kept encrypted on this computer.</source>
            <translation>Sus casos se guardan cifrados en esta computadora.</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.</source>
            <translation>La frase de contraseña elegida al instalar Ombud Desktop. Pulse Intro para desbloquear.</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Unlocks with the passphrase.</source>
            <translation>Desbloquea con la frase de contraseña.</translation>
        </message>
        <message>
            <source>Unlock with the &amp;system keyring</source>
            <translation>Desbloquear con el &amp;llavero del sistema</translation>
        </message>
        <message>
            <source>Uses the key kept by this computer's password store.</source>
            <translation>Usa la clave guardada en el almacén de contraseñas de esta computadora.</translation>
        </message>
        <message>
            <source>Use the recovery &amp;key</source>
            <translation>Usar la &amp;clave de recuperación</translation>
        </message>
        <message>
            <source>Forgot the passphrase? Opens your cases with the recovery key on paper.</source>
            <translation>¿Olvidó la frase de contraseña? Abre sus casos con la clave de recuperación en papel.</translation>
        </message>
        <message>
            <source>Recovery &amp;key (groups of four letters and digits)</source>
            <translation>&amp;Clave de recuperación (grupos de cuatro letras y cifras)</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <source>Type it as printed; dashes and spaces do not matter. Press Enter to open.</source>
            <translation>Escríbala como está impresa; los guiones y espacios no importan. Pulse Intro para abrir.</translation>
        </message>
        <message>
            <source>&amp;Open with the recovery key</source>
            <translation>&amp;Abrir con la clave de recuperación</translation>
        </message>
        <message>
            <source>Opens your cases, then asks for a new passphrase.</source>
            <translation>Abre sus casos y luego pide una nueva frase de contraseña.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back to the passphrase.</source>
            <translation>Vuelve a la frase de contraseña.</translation>
        </message>
        <message>
            <source>Your cases are open. Now choose a new passphrase: you will type it from now on.</source>
            <translation>Sus casos están abiertos. Ahora elija una nueva frase de contraseña: es la que escribirá a partir de ahora.</translation>
        </message>
        <message>
            <source>&amp;Save the new passphrase</source>
            <translation>&amp;Guardar la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>Saves it and opens your cases. Your recovery key keeps working.</source>
            <translation>La guarda y abre sus casos. Su clave de recuperación sigue funcionando.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenido</translation>
        </message>
        <message>
            <source>This app helps you ask the CIS Ombudsman for help with a case that is stuck or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a time, and makes a package you can email, fax or mail.</source>
            <translation>Esta aplicación le ayuda a pedir ayuda al Ombudsman de CIS con un caso que está detenido o salió mal en USCIS. Llena con usted el Formulario DHS-7001, una pregunta a la vez, y prepara un paquete que puede enviar por correo electrónico, fax o correo postal.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Lo que necesita</translation>
        </message>
        <message>
            <source>• Your USCIS receipt notices (the receipt number starts with 3 letters).
• The dates you contacted USCIS and any reference numbers.
• Copies of letters from USCIS and of what you sent them. Never send originals.
• About 20 to 40 minutes. You can stop at any time: everything is saved.</source>
            <translation>• Sus avisos de recibo de USCIS (el número de recibo empieza con 3 letras).
• Las fechas en que se comunicó con USCIS y los números de referencia.
• Copias de cartas de USCIS y de lo que usted les envió. Nunca envíe originales.
• Unos 20 a 40 minutos. Puede parar cuando quiera: todo se guarda.</translation>
        </message>
        <message>
            <source>Your privacy</source>
            <translation>Su privacidad</translation>
        </message>
        <message>
            <source>Everything you type and every document you add stays on this computer, encrypted. The app never uses the internet. Nothing is sent until you send it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once.</source>
            <translation>Todo lo que escribe y cada documento que agrega se queda en esta computadora, cifrado. La aplicación nunca usa internet. No se envía nada hasta que usted mismo lo envíe. Use Salida rápida (Ctrl+Shift+Q) para ocultar todo de inmediato.</translation>
        </message>
        <message>
            <source>What the Ombudsman can and cannot do</source>
            <translation>Lo que el Ombudsman puede y no puede hacer</translation>
        </message>
        <message>
            <source>The Ombudsman can ask USCIS to look at a problem with your case. It cannot give legal advice or change a USCIS decision. This app is not made by the U.S. government and does not give legal advice.</source>
            <translation>El Ombudsman puede pedir a USCIS que revise un problema con su caso. No puede dar consejo legal ni cambiar una decisión de USCIS. Esta aplicación no es del gobierno de EE. UU. y no da consejo legal.</translation>
        </message>
    </context>
    <context>
        <name>WizardView</name>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Please answer this before going on: %1</source>
            <translation>Responda esto antes de seguir: %1</translation>
        </message>
        <message>
            <source>This step is not needed for this case.</source>
            <translation>Este paso no hace falta para este caso.</translation>
        </message>
        <message>
            <source>Use Next to reach this step; earlier steps come first.</source>
            <translation>Use Siguiente para llegar a este paso; los pasos anteriores van primero.</translation>
        </message>
        <message>
            <source>(not needed)</source>
            <translation>(no hace falta)</translation>
        </message>
        <message>
            <source>Step %1, “%2”, is now needed because of your answer.</source>
            <translation>Ahora hace falta el paso %1, «%2», por su respuesta.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>The steps of the form. Press Enter on a step you have visited to go back to it.</source>
            <translation>Los pasos del formulario. Pulse Intro en un paso que ya visitó para volver a él.</translation>
        </message>
        <message>
            <source>&amp;Home</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <source>Back to the list of cases. Everything is saved.</source>
            <translation>Volver a la lista de casos. Todo está guardado.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>The previous step. Nothing you typed is lost. Shortcut: Alt+Left.</source>
            <translation>El paso anterior. No se pierde nada de lo que escribió. Atajo: Alt+Izquierda.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>The next step. Shortcut: Alt+Right.</source>
            <translation>El paso siguiente. Atajo: Alt+Derecha.</translation>
        </message>
    </context>
    <context>
        <name>background_job</name>
        <message>
            <source>Something unexpected went wrong ({kind}). Your answers are safe; go back a step and try again.</source>
            <translation>Algo inesperado salió mal ({kind}). Sus respuestas están a salvo; vuelva un paso atrás e inténtelo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>bundle_readme</name>
        <message>
            <source>Email (recommended)</source>
            <translation>Correo electrónico (recomendado)</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Mail</source>
            <translation>Correo postal</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Phone (toll free)</source>
            <translation>Teléfono (gratuito)</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Request for case assistance to the CIS Ombudsman (Form DHS-7001)</source>
            <translation>Solicitud de ayuda con un caso al Ombudsman de CIS (Formulario DHS-7001)</translation>
        </message>
        <message>
            <source>For: {name}. Receipt number: {receipt}. Made on {date}. Way to send: {channel}.</source>
            <translation>Para: {name}. Número de recibo: {receipt}. Hecho el {date}. Forma de envío: {channel}.</translation>
        </message>
        <message>
            <source>Prepared with the help of {organization}.</source>
            <translation>Preparado con la ayuda de {organization}.</translation>
        </message>
        <message>
            <source>Where to get help: {help}</source>
            <translation>Dónde obtener ayuda: {help}</translation>
        </message>
        <message>
            <source>Important: the files in this folder are not encrypted and hold private information. Keep them safe, and delete this folder once the request is sent.</source>
            <translation>Importante: los archivos de esta carpeta no están cifrados y tienen información privada. Guárdelos en un lugar seguro y borre esta carpeta cuando haya enviado la solicitud.</translation>
        </message>
        <message>
            <source>The Ombudsman's office changed how it operates in 2025. These contact details may be out of date: confirm them at www.dhs.gov/cisombudsman when you next have an internet connection.</source>
            <translation>La oficina del Ombudsman cambió su forma de trabajar en 2025. Estos datos de contacto pueden estar desactualizados: confírmelos en www.dhs.gov/cisombudsman la próxima vez que tenga conexión a internet.</translation>
        </message>
        <message>
            <source>Before you send: confirm the contact details</source>
            <translation>Antes de enviar: confirme los datos de contacto</translation>
        </message>
        <message>
            <source>{label}: {value} (from: {source}; last checked {checked}).</source>
            <translation>{label}: {value} (fuente: {source}; revisado por última vez el {checked}).</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Cómo enviarlo</translation>
        </message>
        <message>
            <source>What is in this folder</source>
            <translation>Qué hay en esta carpeta</translation>
        </message>
        <message>
            <source>manifest.json and SHA256SUMS: every file with its size and SHA-256 checksum, to check that nothing was changed or lost on the way.</source>
            <translation>manifest.json y SHA256SUMS: cada archivo con su tamaño y su suma de control SHA-256, para comprobar que nada cambió ni se perdió en el camino.</translation>
        </message>
        <message>
            <source>After sending: in Ombud Desktop, mark the case as sent with the date and the reference ({reference}). It makes reminders to follow up after 30 and 90 days.</source>
            <translation>Después de enviar: en Ombud Desktop, marque el caso como enviado con la fecha y la referencia ({reference}). Así se crean recordatorios para hacer seguimiento a los 30 y 90 días.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>mail</source>
            <translation>correo postal</translation>
        </message>
        <message>
            <source>the date you sent the email</source>
            <translation>la fecha en que envió el correo electrónico</translation>
        </message>
        <message>
            <source>the number on the fax confirmation page</source>
            <translation>el número de la página de confirmación del fax</translation>
        </message>
        <message>
            <source>the tracking number, if any</source>
            <translation>el número de seguimiento, si lo hay</translation>
        </message>
        <message>
            <source>Open {first_eml} (double-click it): your mail program opens it as a new message to {email}, with the files attached.</source>
            <translation>Abra {first_eml} (con doble clic): su programa de correo lo abre como un mensaje nuevo para {email}, con los archivos adjuntos.</translation>
        </message>
        <message>
            <source>There are {count} messages: send all of them, from part 1 to part {count}. Each one says in its text which documents it carries.</source>
            <translation>Hay {count} mensajes: envíelos todos, de la parte 1 a la parte {count}. Cada uno dice en su texto qué documentos lleva.</translation>
        </message>
        <message>
            <source>Check the message, then press Send.</source>
            <translation>Revise el mensaje y luego pulse Enviar.</translation>
        </message>
        <message>
            <source>If you use email in a web browser (Gmail, Outlook.com, Yahoo): write a new message to {email} with the subject "{subject}", copy into it the text of the matching message-N.txt file, attach the files it names from the folder "attachments", and send.</source>
            <translation>Si usa el correo en un navegador web (Gmail, Outlook.com, Yahoo): escriba un mensaje nuevo a {email} con el asunto "{subject}", copie en él el texto del archivo message-N.txt que corresponde, adjunte los archivos que nombra de la carpeta "attachments" y envíelo.</translation>
        </message>
        <message>
            <source>{title} ({size} MB) is larger than the {limit} MB an email may carry, so it is not in any message. It is in the folder "attachments". Send it by fax or by mail, or make it smaller (scan fewer pages or at a lower resolution) and export again.</source>
            <translation>{title} ({size} MB) pesa más que los {limit} MB que puede llevar un correo electrónico, así que no está en ningún mensaje. Está en la carpeta "attachments". Envíelo por fax o por correo postal, o hágalo más pequeño (escanee menos páginas o con menor resolución) y exporte otra vez.</translation>
        </message>
        <message>
            <source>Send {fax_pdf} ({pages} pages, this count includes the cover sheet) to the fax number {fax}.</source>
            <translation>Envíe {fax_pdf} ({pages} páginas, incluida la portada) al número de fax {fax}.</translation>
        </message>
        <message>
            <source>With a fax machine: print {fax_pdf} single-sided and put all the pages in the machine. With a fax service or app: upload {fax_pdf}.</source>
            <translation>Con una máquina de fax: imprima {fax_pdf} por un solo lado y ponga todas las páginas en la máquina. Con un servicio o aplicación de fax: suba {fax_pdf}.</translation>
        </message>
        <message>
            <source>Keep the confirmation page the fax machine or service gives you.</source>
            <translation>Guarde la página de confirmación que le da la máquina o el servicio de fax.</translation>
        </message>
        <message>
            <source>If a fax service asks for a TIFF file, upload {fax_tiff} instead.</source>
            <translation>Si un servicio de fax pide un archivo TIFF, suba {fax_tiff} en su lugar.</translation>
        </message>
        <message>
            <source>Print {packet} single-sided ({packet_pages} pages). The first page is a checklist for you; do not mail it.</source>
            <translation>Imprima {packet} por un solo lado ({packet_pages} páginas). La primera página es una lista para usted; no la envíe.</translation>
        </message>
        <message>
            <source>Sign and date the form with a pen where it says "Sign here", if it asks for a signature by hand.</source>
            <translation>Firme y ponga la fecha en el formulario con bolígrafo donde dice "Sign here", si pide una firma a mano.</translation>
        </message>
        <message>
            <source>Go through the checklist, then put the pages in order in the envelope, the address page on top.</source>
            <translation>Revise la lista y luego ponga las páginas en orden en el sobre, con la página de la dirección encima.</translation>
        </message>
        <message>
            <source>Mail it to: {address}. Mail may be delayed up to {days} days by security screening: email is faster.</source>
            <translation>Envíelo por correo a: {address}. El correo puede tardar hasta {days} días más por los controles de seguridad: el correo electrónico es más rápido.</translation>
        </message>
        <message>
            <source>{name}: the email message to send (part {part} of {count}).</source>
            <translation>{name}: el mensaje de correo electrónico para enviar (parte {part} de {count}).</translation>
        </message>
        <message>
            <source>{name}: the text of message {part}, to paste into webmail.</source>
            <translation>{name}: el texto del mensaje {part}, para pegar en el correo web.</translation>
        </message>
        <message>
            <source>attachments/: the form and documents, as separate PDF files.</source>
            <translation>attachments/: el formulario y los documentos, como archivos PDF separados.</translation>
        </message>
        <message>
            <source>{name}: the fax, ready to send ({pages} pages with the cover sheet).</source>
            <translation>{name}: el fax, listo para enviar ({pages} páginas con la portada).</translation>
        </message>
        <message>
            <source>{name}: the same fax as a TIFF file ({coding}) for fax services.</source>
            <translation>{name}: el mismo fax como archivo TIFF ({coding}) para servicios de fax.</translation>
        </message>
        <message>
            <source>{name}: everything to print and mail.</source>
            <translation>{name}: todo lo que hay que imprimir y enviar por correo.</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Afghanistan</source>
            <extracomment>country AF</extracomment>
            <translation>Afganistán</translation>
        </message>
        <message>
            <source>Albania</source>
            <extracomment>country AL</extracomment>
            <translation>Albania</translation>
        </message>
        <message>
            <source>Algeria</source>
            <extracomment>country DZ</extracomment>
            <translation>Argelia</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <extracomment>country AS</extracomment>
            <translation>Samoa Estadounidense</translation>
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
            <translation>Anguila</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <extracomment>country AQ</extracomment>
            <translation>Antártida</translation>
        </message>
        <message>
            <source>Antigua and Barbuda</source>
            <extracomment>country AG</extracomment>
            <translation>Antigua y Barbuda</translation>
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
            <translation>Azerbaiyán</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <extracomment>country BS</extracomment>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <extracomment>country BH</extracomment>
            <translation>Baréin</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <extracomment>country BD</extracomment>
            <translation>Bangladés</translation>
        </message>
        <message>
            <source>Barbados</source>
            <extracomment>country BB</extracomment>
            <translation>Barbados</translation>
        </message>
        <message>
            <source>Belarus</source>
            <extracomment>country BY</extracomment>
            <translation>Bielorrusia</translation>
        </message>
        <message>
            <source>Belgium</source>
            <extracomment>country BE</extracomment>
            <translation>Bélgica</translation>
        </message>
        <message>
            <source>Belize</source>
            <extracomment>country BZ</extracomment>
            <translation>Belice</translation>
        </message>
        <message>
            <source>Benin</source>
            <extracomment>country BJ</extracomment>
            <translation>Benín</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <extracomment>country BM</extracomment>
            <translation>Islas Bermudas</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <extracomment>country BT</extracomment>
            <translation>Bután</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <extracomment>country BO</extracomment>
            <translation>Bolivia</translation>
        </message>
        <message>
            <source>Bonaire, Sint Eustatius and Saba</source>
            <extracomment>country BQ</extracomment>
            <translation>Bonaire, San Eustaquio y Saba</translation>
        </message>
        <message>
            <source>Bosnia and Herzegovina</source>
            <extracomment>country BA</extracomment>
            <translation>Bosnia y Herzegovina</translation>
        </message>
        <message>
            <source>Botswana</source>
            <extracomment>country BW</extracomment>
            <translation>Botsuana</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <extracomment>country BV</extracomment>
            <translation>Isla Bouvet</translation>
        </message>
        <message>
            <source>Brazil</source>
            <extracomment>country BR</extracomment>
            <translation>Brasil</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <extracomment>country IO</extracomment>
            <translation>Territorio Británico del Océano Índico</translation>
        </message>
        <message>
            <source>Brunei Darussalam</source>
            <extracomment>country BN</extracomment>
            <translation>Brunéi</translation>
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
            <translation>Camboya</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <extracomment>country CM</extracomment>
            <translation>Camerún</translation>
        </message>
        <message>
            <source>Canada</source>
            <extracomment>country CA</extracomment>
            <translation>Canadá</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <extracomment>country KY</extracomment>
            <translation>Islas Caimán</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <extracomment>country CF</extracomment>
            <translation>República Centroafricana</translation>
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
            <translation>China</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <extracomment>country CX</extracomment>
            <translation>Isla de Navidad</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <extracomment>country CC</extracomment>
            <translation>Islas Cocos (Keeling)</translation>
        </message>
        <message>
            <source>Colombia</source>
            <extracomment>country CO</extracomment>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Comoros</source>
            <extracomment>country KM</extracomment>
            <translation>Comoras</translation>
        </message>
        <message>
            <source>Congo</source>
            <extracomment>country CG</extracomment>
            <translation>Congo</translation>
        </message>
        <message>
            <source>Congo, The Democratic Republic of the</source>
            <extracomment>country CD</extracomment>
            <translation>República Democrática del Congo</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <extracomment>country CK</extracomment>
            <translation>Islas Cook</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <extracomment>country CR</extracomment>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Croatia</source>
            <extracomment>country HR</extracomment>
            <translation>Croacia</translation>
        </message>
        <message>
            <source>Cuba</source>
            <extracomment>country CU</extracomment>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <extracomment>country CW</extracomment>
            <translation>Curazao</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <extracomment>country CY</extracomment>
            <translation>Chipre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <extracomment>country CZ</extracomment>
            <translation>Chequia</translation>
        </message>
        <message>
            <source>Côte d'Ivoire</source>
            <extracomment>country CI</extracomment>
            <translation>Costa de Marfil</translation>
        </message>
        <message>
            <source>Denmark</source>
            <extracomment>country DK</extracomment>
            <translation>Dinamarca</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <extracomment>country DJ</extracomment>
            <translation>Yibuti</translation>
        </message>
        <message>
            <source>Dominica</source>
            <extracomment>country DM</extracomment>
            <translation>Dominica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <extracomment>country DO</extracomment>
            <translation>República Dominicana</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <extracomment>country EC</extracomment>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Egypt</source>
            <extracomment>country EG</extracomment>
            <translation>Egipto</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <extracomment>country SV</extracomment>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <extracomment>country GQ</extracomment>
            <translation>Guinea Ecuatorial</translation>
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
            <translation>Esuatini</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <extracomment>country ET</extracomment>
            <translation>Etiopía</translation>
        </message>
        <message>
            <source>Falkland Islands (Malvinas)</source>
            <extracomment>country FK</extracomment>
            <translation>Islas Falkland (Malvinas)</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <extracomment>country FO</extracomment>
            <translation>Islas Feroe</translation>
        </message>
        <message>
            <source>Fiji</source>
            <extracomment>country FJ</extracomment>
            <translation>Fiyi</translation>
        </message>
        <message>
            <source>Finland</source>
            <extracomment>country FI</extracomment>
            <translation>Finlandia</translation>
        </message>
        <message>
            <source>France</source>
            <extracomment>country FR</extracomment>
            <translation>Francia</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <extracomment>country GF</extracomment>
            <translation>Guayana Francesa</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <extracomment>country PF</extracomment>
            <translation>Polinesia Francesa</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <extracomment>country TF</extracomment>
            <translation>Territorios Franceses del Sur</translation>
        </message>
        <message>
            <source>Gabon</source>
            <extracomment>country GA</extracomment>
            <translation>Gabón</translation>
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
            <translation>Alemania</translation>
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
            <translation>Grecia</translation>
        </message>
        <message>
            <source>Greenland</source>
            <extracomment>country GL</extracomment>
            <translation>Groenlandia</translation>
        </message>
        <message>
            <source>Grenada</source>
            <extracomment>country GD</extracomment>
            <translation>Granada</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <extracomment>country GP</extracomment>
            <translation>Guadalupe</translation>
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
            <translation>Guinea-Bisáu</translation>
        </message>
        <message>
            <source>Guyana</source>
            <extracomment>country GY</extracomment>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Haiti</source>
            <extracomment>country HT</extracomment>
            <translation>Haití</translation>
        </message>
        <message>
            <source>Heard Island and McDonald Islands</source>
            <extracomment>country HM</extracomment>
            <translation>Islas Heard y McDonald</translation>
        </message>
        <message>
            <source>Holy See (Vatican City State)</source>
            <extracomment>country VA</extracomment>
            <translation>Ciudad del Vaticano</translation>
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
            <translation>Hungría</translation>
        </message>
        <message>
            <source>Iceland</source>
            <extracomment>country IS</extracomment>
            <translation>Islandia</translation>
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
            <translation>Irán</translation>
        </message>
        <message>
            <source>Iraq</source>
            <extracomment>country IQ</extracomment>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Ireland</source>
            <extracomment>country IE</extracomment>
            <translation>Irlanda</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <extracomment>country IM</extracomment>
            <translation>Isla de Man</translation>
        </message>
        <message>
            <source>Israel</source>
            <extracomment>country IL</extracomment>
            <translation>Israel</translation>
        </message>
        <message>
            <source>Italy</source>
            <extracomment>country IT</extracomment>
            <translation>Italia</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <extracomment>country JM</extracomment>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Japan</source>
            <extracomment>country JP</extracomment>
            <translation>Japón</translation>
        </message>
        <message>
            <source>Jersey</source>
            <extracomment>country JE</extracomment>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jordan</source>
            <extracomment>country JO</extracomment>
            <translation>Jordania</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <extracomment>country KZ</extracomment>
            <translation>Kazajistán</translation>
        </message>
        <message>
            <source>Kenya</source>
            <extracomment>country KE</extracomment>
            <translation>Kenia</translation>
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
            <translation>Kirguistán</translation>
        </message>
        <message>
            <source>Laos</source>
            <extracomment>country LA</extracomment>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Latvia</source>
            <extracomment>country LV</extracomment>
            <translation>Letonia</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <extracomment>country LB</extracomment>
            <translation>Líbano</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <extracomment>country LS</extracomment>
            <translation>Lesoto</translation>
        </message>
        <message>
            <source>Liberia</source>
            <extracomment>country LR</extracomment>
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Libya</source>
            <extracomment>country LY</extracomment>
            <translation>Libia</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <extracomment>country LI</extracomment>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <extracomment>country LT</extracomment>
            <translation>Lituania</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <extracomment>country LU</extracomment>
            <translation>Luxemburgo</translation>
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
            <translation>Malaui</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <extracomment>country MY</extracomment>
            <translation>Malasia</translation>
        </message>
        <message>
            <source>Maldives</source>
            <extracomment>country MV</extracomment>
            <translation>Islas Maldivas</translation>
        </message>
        <message>
            <source>Mali</source>
            <extracomment>country ML</extracomment>
            <translation>Malí</translation>
        </message>
        <message>
            <source>Malta</source>
            <extracomment>country MT</extracomment>
            <translation>Malta</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>country MH</extracomment>
            <translation>Islas Marshall</translation>
        </message>
        <message>
            <source>Martinique</source>
            <extracomment>country MQ</extracomment>
            <translation>Martinica</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <extracomment>country MR</extracomment>
            <translation>Mauritania</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <extracomment>country MU</extracomment>
            <translation>Mauricio</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <extracomment>country YT</extracomment>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>Mexico</source>
            <extracomment>country MX</extracomment>
            <translation>México</translation>
        </message>
        <message>
            <source>Micronesia, Federated States of</source>
            <extracomment>country FM</extracomment>
            <translation>Micronesia</translation>
        </message>
        <message>
            <source>Moldova</source>
            <extracomment>country MD</extracomment>
            <translation>Moldavia</translation>
        </message>
        <message>
            <source>Monaco</source>
            <extracomment>country MC</extracomment>
            <translation>Mónaco</translation>
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
            <translation>Marruecos</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <extracomment>country MZ</extracomment>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <extracomment>country MM</extracomment>
            <translation>Birmania</translation>
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
            <translation>Países Bajos</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <extracomment>country NC</extracomment>
            <translation>Nueva Caledonia</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <extracomment>country NZ</extracomment>
            <translation>Nueva Zelanda</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <extracomment>country NI</extracomment>
            <translation>Nicaragua</translation>
        </message>
        <message>
            <source>Niger</source>
            <extracomment>country NE</extracomment>
            <translation>Níger</translation>
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
            <translation>Isla Norfolk</translation>
        </message>
        <message>
            <source>North Korea</source>
            <extracomment>country KP</extracomment>
            <translation>Corea del Norte</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <extracomment>country MK</extracomment>
            <translation>Macedonia del Norte</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>country MP</extracomment>
            <translation>Islas Marianas del Norte</translation>
        </message>
        <message>
            <source>Norway</source>
            <extracomment>country NO</extracomment>
            <translation>Noruega</translation>
        </message>
        <message>
            <source>Oman</source>
            <extracomment>country OM</extracomment>
            <translation>Omán</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <extracomment>country PK</extracomment>
            <translation>Pakistán</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>country PW</extracomment>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Palestine, State of</source>
            <extracomment>country PS</extracomment>
            <translation>Palestina</translation>
        </message>
        <message>
            <source>Panama</source>
            <extracomment>country PA</extracomment>
            <translation>Panamá</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <extracomment>country PG</extracomment>
            <translation>Papúa Nueva Guinea</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <extracomment>country PY</extracomment>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Peru</source>
            <extracomment>country PE</extracomment>
            <translation>Perú</translation>
        </message>
        <message>
            <source>Philippines</source>
            <extracomment>country PH</extracomment>
            <translation>Filipinas</translation>
        </message>
        <message>
            <source>Pitcairn</source>
            <extracomment>country PN</extracomment>
            <translation>Pitcairn</translation>
        </message>
        <message>
            <source>Poland</source>
            <extracomment>country PL</extracomment>
            <translation>Polonia</translation>
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
            <translation>Catar</translation>
        </message>
        <message>
            <source>Romania</source>
            <extracomment>country RO</extracomment>
            <translation>Rumanía</translation>
        </message>
        <message>
            <source>Russian Federation</source>
            <extracomment>country RU</extracomment>
            <translation>Rusia</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <extracomment>country RW</extracomment>
            <translation>Ruanda</translation>
        </message>
        <message>
            <source>Réunion</source>
            <extracomment>country RE</extracomment>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Saint Barthélemy</source>
            <extracomment>country BL</extracomment>
            <translation>San Bartolomé</translation>
        </message>
        <message>
            <source>Saint Helena, Ascension and Tristan da Cunha</source>
            <extracomment>country SH</extracomment>
            <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
        </message>
        <message>
            <source>Saint Kitts and Nevis</source>
            <extracomment>country KN</extracomment>
            <translation>San Cristóbal y Nieves</translation>
        </message>
        <message>
            <source>Saint Lucia</source>
            <extracomment>country LC</extracomment>
            <translation>Santa Lucía</translation>
        </message>
        <message>
            <source>Saint Martin (French part)</source>
            <extracomment>country MF</extracomment>
            <translation>San Martín (parte francesa)</translation>
        </message>
        <message>
            <source>Saint Pierre and Miquelon</source>
            <extracomment>country PM</extracomment>
            <translation>San Pedro y Miquelon</translation>
        </message>
        <message>
            <source>Saint Vincent and the Grenadines</source>
            <extracomment>country VC</extracomment>
            <translation>San Vicente y las Granadinas</translation>
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
            <translation>Santo Tomé y Príncipe</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <extracomment>country SA</extracomment>
            <translation>Arabia Saudí</translation>
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
            <translation>Sierra Leona</translation>
        </message>
        <message>
            <source>Singapore</source>
            <extracomment>country SG</extracomment>
            <translation>Singapur</translation>
        </message>
        <message>
            <source>Sint Maarten (Dutch part)</source>
            <extracomment>country SX</extracomment>
            <translation>San Martín (parte neerlandesa)</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <extracomment>country SK</extracomment>
            <translation>Eslovaquia</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <extracomment>country SI</extracomment>
            <translation>Eslovenia</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <extracomment>country SB</extracomment>
            <translation>Islas Salomón</translation>
        </message>
        <message>
            <source>Somalia</source>
            <extracomment>country SO</extracomment>
            <translation>Somalia</translation>
        </message>
        <message>
            <source>South Africa</source>
            <extracomment>country ZA</extracomment>
            <translation>Sudáfrica</translation>
        </message>
        <message>
            <source>South Georgia and the South Sandwich Islands</source>
            <extracomment>country GS</extracomment>
            <translation>Islas Georgias del Sur y Sándwich del Sur</translation>
        </message>
        <message>
            <source>South Korea</source>
            <extracomment>country KR</extracomment>
            <translation>Corea del Sur</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <extracomment>country SS</extracomment>
            <translation>Sudán del Sur</translation>
        </message>
        <message>
            <source>Spain</source>
            <extracomment>country ES</extracomment>
            <translation>España</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <extracomment>country LK</extracomment>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Sudan</source>
            <extracomment>country SD</extracomment>
            <translation>Sudán</translation>
        </message>
        <message>
            <source>Suriname</source>
            <extracomment>country SR</extracomment>
            <translation>Surinam</translation>
        </message>
        <message>
            <source>Svalbard and Jan Mayen</source>
            <extracomment>country SJ</extracomment>
            <translation>Svalbard y Jan Mayen</translation>
        </message>
        <message>
            <source>Sweden</source>
            <extracomment>country SE</extracomment>
            <translation>Suecia</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <extracomment>country CH</extracomment>
            <translation>Suiza</translation>
        </message>
        <message>
            <source>Syria</source>
            <extracomment>country SY</extracomment>
            <translation>Siria</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <extracomment>country TW</extracomment>
            <translation>Taiwán</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <extracomment>country TJ</extracomment>
            <translation>Tayikistán</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <extracomment>country TZ</extracomment>
            <translation>Tanzania</translation>
        </message>
        <message>
            <source>Thailand</source>
            <extracomment>country TH</extracomment>
            <translation>Tailandia</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <extracomment>country TL</extracomment>
            <translation>Timor Oriental</translation>
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
            <translation>Trinidad y Tobago</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <extracomment>country TN</extracomment>
            <translation>Túnez</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <extracomment>country TM</extracomment>
            <translation>Turkmenistán</translation>
        </message>
        <message>
            <source>Turks and Caicos Islands</source>
            <extracomment>country TC</extracomment>
            <translation>Islas Turcas y Caicos</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <extracomment>country TV</extracomment>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <extracomment>country TR</extracomment>
            <translation>Turquía</translation>
        </message>
        <message>
            <source>Uganda</source>
            <extracomment>country UG</extracomment>
            <translation>Uganda</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <extracomment>country UA</extracomment>
            <translation>Ucrania</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <extracomment>country AE</extracomment>
            <translation>Emiratos Árabes Unidos</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <extracomment>country GB</extracomment>
            <translation>Reino Unido</translation>
        </message>
        <message>
            <source>United States</source>
            <extracomment>country US</extracomment>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <source>United States Minor Outlying Islands</source>
            <extracomment>country UM</extracomment>
            <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <extracomment>country UY</extracomment>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <extracomment>country UZ</extracomment>
            <translation>Uzbekistán</translation>
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
            <translation>Islas Vírgenes Británicas</translation>
        </message>
        <message>
            <source>Virgin Islands, U.S.</source>
            <extracomment>country VI</extracomment>
            <translation>Islas Vírgenes de los Estados Unidos</translation>
        </message>
        <message>
            <source>Wallis and Futuna</source>
            <extracomment>country WF</extracomment>
            <translation>Wallis y Futuna</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <extracomment>country EH</extracomment>
            <translation>Sahara Occidental</translation>
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
            <translation>Zimbabue</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <extracomment>country AX</extracomment>
            <translation>Islas Åland</translation>
        </message>
    </context>
    <context>
        <name>display</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{number} month</source>
            <translation>{number} mes</translation>
        </message>
        <message>
            <source>{number} months</source>
            <translation>{number} meses</translation>
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
            <translation>la contraseña de este PDF no es correcta. Inténtelo de nuevo o adjunte una copia guardada sin contraseña.</translation>
        </message>
        <message>
            <source>this PDF is protected by a password. Enter its password, or open it and save or print it as a new PDF without a password, then attach that copy.</source>
            <translation>este PDF está protegido con contraseña. Escriba su contraseña, o ábralo y guárdelo o imprímalo como un PDF nuevo sin contraseña, y adjunte esa copia.</translation>
        </message>
        <message>
            <source>These attachments cannot be turned into pages; nothing else in the case was changed:</source>
            <translation>Estos documentos adjuntos no se pueden convertir en páginas; no se cambió nada más del caso:</translation>
        </message>
        <message>
            <source>The fonts needed to make PDFs are missing from this installation (looked in {folder}). Reinstall Ombud Desktop.</source>
            <translation>Faltan en esta instalación las fuentes necesarias para crear los PDF (se buscaron en {folder}). Vuelva a instalar Ombud Desktop.</translation>
        </message>
        <message>
            <source>the {kind} image is damaged or incomplete and cannot be read. Open it in an image viewer to check it, or take the photo or scan again.</source>
            <translation>la imagen {kind} está dañada o incompleta y no se puede leer. Ábrala en un visor de imágenes para revisarla, o vuelva a tomar la foto o a escanear.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely. Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>la imagen es demasiado grande para colocarla en una página de forma segura. Guarde una copia más pequeña (por ejemplo, 4000 píxeles en el lado largo) y adjúntela.</translation>
        </message>
        <message>
            <source>the image is too large to place on a page safely ({width} x {height} pixels). Save a smaller copy (for example 4000 pixels on the long side) and attach that.</source>
            <translation>la imagen es demasiado grande para colocarla en una página de forma segura ({width} x {height} píxeles). Guarde una copia más pequeña (por ejemplo, 4000 píxeles en el lado largo) y adjúntela.</translation>
        </message>
        <message>
            <source>the file has more than {count} pages. Split it into smaller files.</source>
            <translation>el archivo tiene más de {count} páginas. Divídalo en archivos más pequeños.</translation>
        </message>
        <message>
            <source>the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or print it as a new PDF, or scan the paper again, then attach the new copy.</source>
            <translation>el PDF está dañado y no se pudo reparar. Ábralo en un visor de PDF y guárdelo o imprímalo como un PDF nuevo, o vuelva a escanear el papel, y adjunte la copia nueva.</translation>
        </message>
        <message>
            <source>the PDF has no pages. Attach a copy with content.</source>
            <translation>el PDF no tiene páginas. Adjunte una copia con contenido.</translation>
        </message>
        <message>
            <source>the PDF uses an encryption the app cannot open. Save it without a password in a PDF viewer, then attach that copy.</source>
            <translation>el PDF usa un cifrado que la aplicación no puede abrir. Guárdelo sin contraseña en un visor de PDF y adjunte esa copia.</translation>
        </message>
        <message>
            <source>The drawn signature is missing. Draw the signature again on the Consent page, or choose a typed or ink signature.</source>
            <translation>Falta la firma dibujada. Vuelva a dibujar la firma en la página de Consentimiento, o elija una firma escrita o a tinta.</translation>
        </message>
        <message>
            <source>The drawn signature could not be read. Draw it again on the Consent page.</source>
            <translation>No se pudo leer la firma dibujada. Vuelva a dibujarla en la página de Consentimiento.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <source>a BMP image</source>
            <translation>una imagen BMP</translation>
        </message>
        <message>
            <source>a TIFF image</source>
            <translation>una imagen TIFF</translation>
        </message>
        <message>
            <source>a WebP image</source>
            <translation>una imagen WebP</translation>
        </message>
        <message>
            <source>a HEIC/HEIF photo</source>
            <translation>una foto HEIC/HEIF</translation>
        </message>
        <message>
            <source>an AVIF photo</source>
            <translation>una foto AVIF</translation>
        </message>
        <message>
            <source>a JPEG 2000 image</source>
            <translation>una imagen JPEG 2000</translation>
        </message>
        <message>
            <source>a PBM/PGM/PPM image</source>
            <translation>una imagen PBM/PGM/PPM</translation>
        </message>
        <message>
            <source>a Photoshop (PSD) image</source>
            <translation>una imagen de Photoshop (PSD)</translation>
        </message>
        <message>
            <source>a QOI image</source>
            <translation>una imagen QOI</translation>
        </message>
        <message>
            <source>plain text</source>
            <translation>texto sin formato</translation>
        </message>
        <message>
            <source>a ZIP archive or an office document (Word, Excel ...)</source>
            <translation>un archivo ZIP o un documento de oficina (Word, Excel ...)</translation>
        </message>
        <message>
            <source>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI</source>
            <translation>PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD o QOI</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes). Choose the file again, or scan it again.</source>
            <translation>el archivo está vacío (0 bytes). Vuelva a elegir el archivo o vuelva a escanearlo.</translation>
        </message>
        <message>
            <source>this file is not a file type the app reads. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>la aplicación no puede leer este tipo de archivo. Adjunte un archivo {formats}: primero imprima o guarde el documento como PDF.</translation>
        </message>
        <message>
            <source>this file contains {kind}. Attach a {formats} file: print or save the document as a PDF first.</source>
            <translation>este archivo contiene {kind}. Adjunte un archivo {formats}: primero imprima o guarde el documento como PDF.</translation>
        </message>
        <message>
            <source>the name says {expected} but the file contains {actual}. Check that this is the right file, or rename it to end in the right extension.</source>
            <translation>el nombre indica {expected}, pero el archivo contiene {actual}. Compruebe que es el archivo correcto, o cámbiele el nombre para que termine en la extensión correcta.</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the folder is read-only or you may not write to it</source>
            <translation>la carpeta es de solo lectura o usted no tiene permiso para escribir en ella</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the disk is full. Free some space, then save again.</source>
            <translation>No se pudo guardar {name} en {folder}: el disco está lleno. Libere espacio y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: the folder is read-only or you may not write to it. Choose a folder you can write to (--data-dir), then save again.</source>
            <translation>No se pudo guardar {name} en {folder}: la carpeta es de solo lectura o usted no tiene permiso para escribir en ella. Elija una carpeta en la que pueda escribir (--data-dir) y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Could not save {name} in {folder}: {reason}. Check the disk, then save again.</source>
            <translation>No se pudo guardar {name} en {folder}: {reason}. Revise el disco y vuelva a guardar.</translation>
        </message>
        <message>
            <source>Case {case_id} cannot be opened. {problem} Every other case opens as usual. If it cannot be repaired, delete it (select it and choose Delete, or run `ombud-desktop case delete {case_id} --yes`).</source>
            <translation>No se puede abrir el caso {case_id}. {problem} Todos los demás casos se abren con normalidad. Si no se puede reparar, elimínelo (selecciónelo y elija Eliminar, o ejecute `ombud-desktop case delete {case_id} --yes`).</translation>
        </message>
        <message>
            <source>Case {case_id} already exists; nothing was overwritten.</source>
            <translation>El caso {case_id} ya existe; no se sobrescribió nada.</translation>
        </message>
        <message>
            <source>There is no case {case_id} in {folder}.</source>
            <translation>No hay ningún caso {case_id} en {folder}.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>No se pudo leer {path}: {reason}.</translation>
        </message>
        <message>
            <source>Case {case_id} has no attachment {attachment_id}.</source>
            <translation>El caso {case_id} no tiene el documento adjunto {attachment_id}.</translation>
        </message>
        <message>
            <source>The file {path} is damaged or was changed outside Ombud Desktop ({detail}).</source>
            <translation>El archivo {path} está dañado o se cambió fuera de Ombud Desktop ({detail}).</translation>
        </message>
        <message>
            <source>A hand-off file needs a passphrase to protect it.</source>
            <translation>Un archivo de traspaso necesita una frase de contraseña que lo proteja.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file name (nothing was changed).</source>
            <translation>{path} ya existe; elija otro nombre de archivo (no se cambió nada).</translation>
        </message>
        <message>
            <source>Cancelled. No hand-off file was written.</source>
            <translation>Cancelado. No se escribió ningún archivo de traspaso.</translation>
        </message>
        <message>
            <source>The hand-off file {name} asks for far more memory or time to open than Ombud Desktop ever uses, so it was not opened: it was not made by this app, or it was changed. Ask the sender to make it again.</source>
            <translation>El archivo de traspaso {name} pide mucha más memoria o tiempo para abrirse de lo que Ombud Desktop usa jamás, así que no se abrió: no lo creó esta aplicación o fue modificado. Pida a quien lo envió que lo vuelva a crear.</translation>
        </message>
        <message>
            <source>That passphrase does not open the hand-off file {name}. Ask the person who made it for the passphrase they chose.</source>
            <translation>Esa frase de contraseña no abre el archivo de traspaso {name}. Pida a la persona que lo hizo la frase de contraseña que eligió.</translation>
        </message>
        <message>
            <source>The hand-off file {name} holds a case this app cannot use ({problem}). Nothing was imported. Ask the person who sent it to make the hand-off file again with Ombud Desktop.</source>
            <translation>El archivo de traspaso {name} contiene un caso que esta aplicación no puede usar ({problem}). No se importó nada. Pida a la persona que lo envió que vuelva a crear el archivo de traspaso con Ombud Desktop.</translation>
        </message>
        <message>
            <source>Case {case_id} is already in this vault. Nothing was changed. Import it as a new case (--new-id) or replace the one here (--replace).</source>
            <translation>El caso {case_id} ya está en este almacén. No se cambió nada. Impórtelo como caso nuevo (--new-id) o reemplace el que hay aquí (--replace).</translation>
        </message>
        <message>
            <source>No secure system keyring is available here. Protect the vault with a passphrase instead.</source>
            <translation>Aquí no hay un llavero del sistema seguro. Proteja el almacén con una frase de contraseña.</translation>
        </message>
        <message>
            <source>The system keyring refused to store the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>El llavero del sistema se negó a guardar la clave del almacén ({problem}). Desbloquee su llavero (inicie sesión en el escritorio) y vuelva a intentarlo, o use la frase de contraseña o la clave de recuperación del almacén.</translation>
        </message>
        <message>
            <source>The vault key is kept in the system keyring, but no secure keyring is available now (for example, no desktop session). Unlock with the vault passphrase or recovery key instead.</source>
            <translation>La clave del almacén se guarda en el llavero del sistema, pero ahora no hay un llavero seguro disponible (por ejemplo, no hay sesión de escritorio). Desbloquee con la frase de contraseña o la clave de recuperación del almacén.</translation>
        </message>
        <message>
            <source>The system keyring refused to give the vault key ({problem}). Unlock your keyring (log in to the desktop session) and try again, or use the vault passphrase or recovery key instead.</source>
            <translation>El llavero del sistema se negó a dar la clave del almacén ({problem}). Desbloquee su llavero (inicie sesión en el escritorio) y vuelva a intentarlo, o use la frase de contraseña o la clave de recuperación del almacén.</translation>
        </message>
        <message>
            <source>The system keyring does not hold this vault's key (it may be another user's keyring or a new computer). Unlock with the vault passphrase or recovery key.</source>
            <translation>El llavero del sistema no tiene la clave de este almacén (puede ser el llavero de otro usuario o una computadora nueva). Desbloquee con la frase de contraseña o la clave de recuperación del almacén.</translation>
        </message>
        <message>
            <source>The vault key in the system keyring is damaged. Unlock with the vault passphrase or recovery key.</source>
            <translation>La clave del almacén en el llavero del sistema está dañada. Desbloquee con la frase de contraseña o la clave de recuperación del almacén.</translation>
        </message>
        <message>
            <source>This vault is not kept in the system keyring; unlock it with its passphrase.</source>
            <translation>Este almacén no se guarda en el llavero del sistema; desbloquéelo con su frase de contraseña.</translation>
        </message>
        <message>
            <source>The key in the system keyring does not open this vault (or its key file {path} is damaged). Unlock with the passphrase or recovery key.</source>
            <translation>La clave del llavero del sistema no abre este almacén (o su archivo de clave {path} está dañado). Desbloquee con la frase de contraseña o la clave de recuperación.</translation>
        </message>
        <message>
            <source>This vault has no passphrase; it is unlocked through the system keyring.</source>
            <translation>Este almacén no tiene frase de contraseña; se desbloquea con el llavero del sistema.</translation>
        </message>
        <message>
            <source>That passphrase does not open this vault. Check it (Caps Lock, keyboard layout) and try again. If you are sure it is right, the key file {path} may be damaged: use your recovery key.</source>
            <translation>Esa frase de contraseña no abre este almacén. Revísela (Bloq Mayús, distribución del teclado) y vuelva a intentarlo. Si está seguro de que es correcta, el archivo de clave {path} puede estar dañado: use su clave de recuperación.</translation>
        </message>
        <message>
            <source>That recovery key does not open this vault. Check each group of four characters and try again.</source>
            <translation>Esa clave de recuperación no abre este almacén. Revise cada grupo de cuatro caracteres y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The file {path} is missing.</source>
            <translation>Falta el archivo {path}.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: there is no backup copy. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} No se puede restaurar automáticamente: no hay copia de seguridad. El archivo no se tocó; consérvelo y pida ayuda a su contacto de soporte.</translation>
        </message>
        <message>
            <source>{problem} It cannot be restored automatically: its backup copy is damaged too. The file was left untouched; keep it and ask your support contact for help.</source>
            <translation>{problem} No se puede restaurar automáticamente: su copia de seguridad también está dañada. El archivo no se tocó; consérvelo y pida ayuda a su contacto de soporte.</translation>
        </message>
        <message>
            <source>{path} was changed on disk (by another window or program) after it was opened here, so it was not overwritten. Your changes are still on screen: reopen the case to see the other version, or save yours as a copy.</source>
            <translation>{path} se cambió en el disco (en otra ventana u otro programa) después de abrirse aquí, así que no se sobrescribió. Sus cambios siguen en la pantalla: vuelva a abrir el caso para ver la otra versión, o guarde la suya como copia.</translation>
        </message>
        <message>
            <source>{path} was removed after it was opened here; it was not recreated silently.</source>
            <translation>{path} se eliminó después de abrirse aquí; no se volvió a crear sin avisar.</translation>
        </message>
        <message>
            <source>The vault in {folder} is in use by {holder}. Close Ombud Desktop there (or wait for that command to finish) and try again.</source>
            <translation>El almacén en {folder} lo está usando {holder}. Cierre Ombud Desktop allí (o espere a que termine ese comando) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Opened read-only: the vault is in use by {holder}. Changes cannot be saved until it is closed.</source>
            <translation>Abierto en modo de solo lectura: {holder} está usando el almacén. No se pueden guardar cambios hasta que se cierre.</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>No se puede escribir en la carpeta de datos {folder}: {reason}. Elija otra carpeta con --data-dir (u OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>Opened read-only. The data folder {folder} cannot be written: {reason}. Choose another folder with --data-dir (or OMBUD_DATA_DIR).</source>
            <translation>Abierto en modo de solo lectura. No se puede escribir en la carpeta de datos {folder}: {reason}. Elija otra carpeta con --data-dir (u OMBUD_DATA_DIR).</translation>
        </message>
        <message>
            <source>The vault was opened read-only; changes cannot be saved.</source>
            <translation>El almacén se abrió en modo de solo lectura; no se pueden guardar cambios.</translation>
        </message>
        <message>
            <source>There is no vault in {folder} yet. Create one with `ombud-desktop vault init` (or open the app).</source>
            <translation>Todavía no hay un almacén en {folder}. Cree uno con `ombud-desktop vault init` (o abra la aplicación).</translation>
        </message>
        <message>
            <source>A vault already exists in {folder}; it was left as is.</source>
            <translation>Ya existe un almacén en {folder}; se dejó como estaba.</translation>
        </message>
        <message>
            <source>No secure system keyring is available here: choose a passphrase to protect the vault.</source>
            <translation>Aquí no hay un llavero del sistema seguro: elija una frase de contraseña para proteger el almacén.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>El almacén está bloqueado. Desbloquéelo primero.</translation>
        </message>
        <message>
            <source>Enter the vault passphrase to make a new recovery key: the vault key changes, and the passphrase must be attached to the new one.</source>
            <translation>Escriba la frase de contraseña del almacén para crear una nueva clave de recuperación: la clave del almacén cambia y la frase de contraseña debe asociarse a la nueva.</translation>
        </message>
        <message>
            <source>The retention period must be between 1 and {most} days.</source>
            <translation>El período de conservación debe estar entre 1 y {most} días.</translation>
        </message>
        <message>
            <source>{case_id} is not a case id (see `case list`).</source>
            <translation>{case_id} no es un identificador de caso (vea `case list`).</translation>
        </message>
        <message>
            <source>There is not enough free space in {folder} to save the export. Nothing was saved. Free some space or choose another folder (for example a USB stick), then export again.</source>
            <translation>No hay suficiente espacio libre en {folder} para guardar la exportación. No se guardó nada. Libere espacio o elija otra carpeta (por ejemplo, una memoria USB) y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The app may not write in {folder}. Nothing was saved. Choose another folder, then export again.</source>
            <translation>La aplicación no puede escribir en {folder}. No se guardó nada. Elija otra carpeta y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The export could not be saved in {folder} ({reason}). Nothing was saved. Choose another folder, then export again.</source>
            <translation>No se pudo guardar la exportación en {folder} ({reason}). No se guardó nada. Elija otra carpeta y vuelva a exportar.</translation>
        </message>
        <message>
            <source>The computer ran out of memory making the package. Close other programs, or leave out very large documents, then try again.</source>
            <translation>La computadora se quedó sin memoria al preparar el paquete. Cierre otros programas o deje fuera los documentos muy grandes, y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Something went wrong while making the package ({kind}). Nothing was saved and your case is unchanged. Try again; if it happens again, choose another way to send.</source>
            <translation>Algo salió mal al preparar el paquete ({kind}). No se guardó nada y su caso no cambió. Vuelva a intentarlo; si pasa otra vez, elija otra forma de envío.</translation>
        </message>
        <message>
            <source>The list of the Ombudsman's addresses ({path}) could not be read ({reason}). Reinstall the app.</source>
            <translation>No se pudo leer la lista de direcciones del Ombudsman ({path}) ({reason}). Vuelva a instalar la aplicación.</translation>
        </message>
        <message>
            <source>These documents are listed, but their files were never added to the app: {names}. Attach the files (or remove them from the list), then export again.</source>
            <translation>Estos documentos están en la lista, pero sus archivos nunca se agregaron a la aplicación: {names}. Adjunte los archivos (o quítelos de la lista) y vuelva a exportar.</translation>
        </message>
        <message>
            <source>{path} is not an export of this case (its manifest.json does not say so); nothing was deleted.</source>
            <translation>{path} no es una exportación de este caso (su manifest.json no lo indica); no se eliminó nada.</translation>
        </message>
        <message>
            <source>{path} could not be deleted ({reason}). Close any program using it and try again, or delete it yourself.</source>
            <translation>No se pudo eliminar {path} ({reason}). Cierre cualquier programa que lo esté usando y vuelva a intentarlo, o elimínelo usted mismo.</translation>
        </message>
        <message>
            <source>the export process stopped</source>
            <translation>el proceso de exportación se detuvo</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was added.</source>
            <translation>Cancelado. No se agregó nada.</translation>
        </message>
        <message>
            <source>it is too short or too simple.</source>
            <translation>es demasiado corta o demasiado simple.</translation>
        </message>
        <message>
            <source>it is one of the passwords people use most.</source>
            <translation>es una de las contraseñas más usadas.</translation>
        </message>
        <message>
            <source>it is made of a few common words or names.</source>
            <translation>está formada por unas pocas palabras o nombres comunes.</translation>
        </message>
        <message>
            <source>it repeats the same letters or words.</source>
            <translation>repite las mismas letras o palabras.</translation>
        </message>
        <message>
            <source>it follows a sequence or a keyboard row (abc, 123, qwerty).</source>
            <translation>sigue una secuencia o una fila del teclado (abc, 123, qwerty).</translation>
        </message>
        <message>
            <source>it is built around a date or a year.</source>
            <translation>se basa en una fecha o un año.</translation>
        </message>
        <message>
            <source>it contains a name or number from the case.</source>
            <translation>contiene un nombre o un número del caso.</translation>
        </message>
        <message>
            <source>This passphrase is too easy to guess: {reason} Use five or more words that do not belong together, for example: {suggestion}</source>
            <translation>Esta frase de contraseña es demasiado fácil de adivinar: {reason} Use cinco o más palabras que no tengan relación entre sí, por ejemplo: {suggestion}</translation>
        </message>
        <message>
            <source>This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), and its signed page has not been added. Print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', or on the command line: ombud-desktop case attach ID FILE --category signed_form. Then export again, or send it by mail and sign the printed form. Nothing was saved.</source>
            <translation>Esta solicitud debe firmarse a mano con tinta (casos T, U, VAWA, asilo y refugio) y no se ha añadido su página firmada. Imprima la página para firmar, fírmela y féchela con tinta, y luego añada la página firmada (un escaneo o una foto con el teléfono) con 'Añadir la página firmada', o en la línea de comandos: ombud-desktop case attach ID FILE --category signed_form. Después exporte de nuevo, o envíela por correo postal y firme el formulario impreso. No se guardó nada.</translation>
        </message>
        <message>
            <source>The file {path} is an older copy of case {case_id} (version {found}; this vault last saved version {latest}): it was put there from outside Ombud Desktop, so it was not used.</source>
            <translation>El archivo {path} es una copia más antigua del caso {case_id} (versión {found}; este almacén guardó por última vez la versión {latest}): se colocó allí desde fuera de Ombud Desktop, así que no se usó.</translation>
        </message>
        <message>
            <source>{problem} No newer copy is left in the data folder. If you put this copy back yourself from a backup, open it and choose “Use this older copy” (or run `ombud-desktop case accept-older {case_id}`); otherwise delete the case or ask your support contact.</source>
            <translation>{problem} No queda ninguna copia más reciente en la carpeta de datos. Si usted mismo repuso esta copia desde una copia de seguridad, ábrala y elija “Usar esta copia anterior” (o ejecute `ombud-desktop case accept-older {case_id}`); si no, elimine el caso o consulte a su persona de apoyo.</translation>
        </message>
    </context>
    <context>
        <name>export_steps</name>
        <message>
            <source>Making the fax cover sheet</source>
            <translation>Haciendo la portada del fax</translation>
        </message>
        <message>
            <source>Putting the form and documents together</source>
            <translation>Juntando el formulario y los documentos</translation>
        </message>
        <message>
            <source>Making the pages grayscale for the fax</source>
            <translation>Pasando las páginas a escala de grises para el fax</translation>
        </message>
        <message>
            <source>Making the fax TIFF file</source>
            <translation>Creando el archivo TIFF del fax</translation>
        </message>
        <message>
            <source>Stamping the name and page number on each page</source>
            <translation>Poniendo el nombre y el número de página en cada página</translation>
        </message>
        <message>
            <source>Making the form PDF</source>
            <translation>Haciendo el PDF del formulario</translation>
        </message>
        <message>
            <source>Turning the documents into pages</source>
            <translation>Convirtiendo los documentos en páginas</translation>
        </message>
        <message>
            <source>Writing the cover letter</source>
            <translation>Escribiendo la carta de presentación</translation>
        </message>
        <message>
            <source>Making the checklist and the address page</source>
            <translation>Haciendo la lista de verificación y la página de la dirección</translation>
        </message>
        <message>
            <source>Writing README.txt and the checksums</source>
            <translation>Escribiendo README.txt y las sumas de control</translation>
        </message>
        <message>
            <source>Making the email message</source>
            <translation>Haciendo el mensaje de correo electrónico</translation>
        </message>
        <message>
            <source>Saving the email and its attachments</source>
            <translation>Guardando el correo electrónico y sus adjuntos</translation>
        </message>
        <message>
            <source>Saving the fax</source>
            <translation>Guardando el fax</translation>
        </message>
        <message>
            <source>Saving the print packet</source>
            <translation>Guardando el paquete para imprimir</translation>
        </message>
        <message>
            <source>Reading the case</source>
            <translation>Leyendo el caso</translation>
        </message>
    </context>
    <context>
        <name>findings</name>
        <message>
            <source>An A-Number is the letter A and 7 to 9 digits, like A123-456-789.</source>
            <extracomment>finding code a_number.format</extracomment>
            <translation>Un A-Number (Número A) es la letra A y de 7 a 9 números, por ejemplo A123-456-789.</translation>
        </message>
        <message>
            <source>Give the date of this contact with USCIS. It shows whether USCIS has had time to fix the problem.</source>
            <extracomment>finding code actions_taken.date_missing</extracomment>
            <translation>Escriba la fecha de este contacto con USCIS. Muestra si USCIS ha tenido tiempo para arreglar el problema.</translation>
        </message>
        <message>
            <source>{value} is not one of the choices here. Pick one from the list.</source>
            <extracomment>finding code choice.unknown</extracomment>
            <translation>{value} no es una de las opciones. Elija una de la lista.</translation>
        </message>
        <message>
            <source>When you help someone else, they must agree to and sign the consent on this form, or you must attach their signed consent (document type: Signed consent).</source>
            <extracomment>finding code consent.helper_required</extracomment>
            <translation>Si usted ayuda a otra persona, esa persona debe aceptar y firmar el consentimiento de este formulario, o usted debe adjuntar su consentimiento firmado (tipo de documento: Consentimiento firmado).</translation>
        </message>
        <message>
            <source>The person with the case must agree to the consent. Without it the Ombudsman cannot work on the case.</source>
            <extracomment>finding code consent.not_agreed</extracomment>
            <translation>La persona del caso debe aceptar el consentimiento. Sin él, el Ombudsman no puede trabajar en el caso.</translation>
        </message>
        <message>
            <source>Say who filled in or read this form to the person, and in which language.</source>
            <extracomment>finding code consent.preparer_statement_missing</extracomment>
            <translation>Diga quién llenó este formulario o se lo leyó a la persona, y en qué idioma.</translation>
        </message>
        <message>
            <source>This form is signed by hand in ink. To send it by email or fax, print the page to sign, sign and date it in ink, then add the signed page (a scan or a phone photo) with 'Add the signed page'. By mail, sign the printed form itself.</source>
            <extracomment>finding code consent.signed_form_missing</extracomment>
            <translation>Este formulario se firma a mano con tinta. Para enviarlo por correo electrónico o fax, imprima la página para firmar, fírmela y féchela con tinta, y luego añada la página firmada (un escaneo o una foto con el teléfono) con 'Añadir la página firmada'. Por correo postal, firme el formulario impreso.</translation>
        </message>
        <message>
            <source>For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. Choose 'Print, sign in ink, and scan'.</source>
            <extracomment>finding code consent.wet_ink_required</extracomment>
            <translation>En los casos T, U, VAWA, asilo y refugio, el consentimiento se firma a mano con tinta. Elija «Imprimir, firmar con tinta y escanear».</translation>
        </message>
        <message>
            <source>Contact USCIS first: call 1-800-375-5283 or send an e-Request. The Ombudsman expects you to have tried USCIS in the last 90 days.</source>
            <extracomment>finding code contact.none</extracomment>
            <translation>Primero comuníquese con USCIS: llame al 1-800-375-5283 o envíe un e-Request. El Ombudsman espera que usted haya intentado con USCIS en los últimos 90 días.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in the last 90 days: contact USCIS again first.</source>
            <extracomment>finding code contact.too_old</extracomment>
            <translation>Su último contacto con USCIS fue hace {days} días. El Ombudsman espera un contacto en los últimos 90 días: comuníquese otra vez con USCIS primero.</translation>
        </message>
        <message>
            <source>Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give USCIS at least 60 days to fix the problem (until {wait_until}).</source>
            <extracomment>finding code contact.too_recent</extracomment>
            <translation>Su último contacto con USCIS fue hace solo {days} días. El Ombudsman le pide dar a USCIS al menos 60 días para arreglar el problema (hasta el {wait_until}).</translation>
        </message>
        <message>
            <source>{value} is not a country we know. It is kept as you typed it; check the spelling or pick a country from the list.</source>
            <extracomment>finding code country.unknown</extracomment>
            <translation>{value} no es un país que conozcamos. Se guarda como lo escribió; revise cómo se escribe o elija un país de la lista.</translation>
        </message>
        <message>
            <source>Enter a real date as mm/dd/yyyy, like 03/14/2026.</source>
            <extracomment>finding code date.format</extracomment>
            <translation>Escriba una fecha real como mm/dd/aaaa, por ejemplo 03/14/2026.</translation>
        </message>
        <message>
            <source>This date ({date}) is after today. Check it.</source>
            <extracomment>finding code date.future</extracomment>
            <translation>Esta fecha ({date}) es posterior a hoy. Revísela.</translation>
        </message>
        <message>
            <source>The file of "{title}" was never added. Add the file on the documents step, or remove the document from the list.</source>
            <extracomment>finding code documents.file_missing</extracomment>
            <translation>El archivo de "{title}" nunca se añadió. Añada el archivo en el paso de documentos o quite el documento de la lista.</translation>
        </message>
        <message>
            <source>"{title}" is {size} MB, more than one email of {limit} MB can carry: an email export leaves it out, and says so, for you to send it by fax or mail. Or scan it again with fewer pages or at a lower resolution.</source>
            <extracomment>finding code documents.too_big_for_email</extracomment>
            <translation>"{title}" ocupa {size} MB, más de lo que cabe en un correo electrónico de {limit} MB: una exportación por correo electrónico lo deja fuera, y lo dice, para que lo envíe por fax o por correo postal. O escanéelo de nuevo con menos páginas o a menor resolución.</translation>
        </message>
        <message>
            <source>This does not look like an email address. It should look like name@example.org.</source>
            <extracomment>finding code email.format</extracomment>
            <translation>Esto no parece un correo electrónico. Debe ser parecido a nombre@example.org.</translation>
        </message>
        <message>
            <source>Give the receipt number, or say why there is none.</source>
            <extracomment>finding code filing.no_receipt_reason</extracomment>
            <translation>Escriba el número de recibo, o diga por qué no lo tiene.</translation>
        </message>
        <message>
            <source>List at least one application or petition you filed with USCIS.</source>
            <extracomment>finding code filings.none</extracomment>
            <translation>Anote al menos una solicitud o petición que presentó a USCIS.</translation>
        </message>
        <message>
            <source>{value} does not look like a USCIS form number such as I-130 or N-400. Check the top of the form you filed.</source>
            <extracomment>finding code form_number.format</extracomment>
            <translation>{value} no parece un número de formulario de USCIS como I-130 o N-400. Mire la parte de arriba del formulario que presentó.</translation>
        </message>
        <message>
            <source>An attorney or accredited representative must attach a copy of the Form G-28 that is on file with USCIS (document type: Form G-28).</source>
            <extracomment>finding code g28.missing</extracomment>
            <translation>Un abogado o representante acreditado debe adjuntar una copia del Formulario G-28 que está en el archivo de USCIS (tipo de documento: Formulario G-28).</translation>
        </message>
        <message>
            <source>Enter a number of 0 or more, like 14.</source>
            <extracomment>finding code number.format</extracomment>
            <translation>Escriba un número de 0 o más, por ejemplo 14.</translation>
        </message>
        <message>
            <source>Enter the phone number with its area code, like 202-555-0142, or start with + and the country code for a number outside the U.S.</source>
            <extracomment>finding code phone.format</extracomment>
            <translation>Escriba el teléfono con su código de área, por ejemplo 202-555-0142, o empiece con + y el código del país si el número es de fuera de EE. UU.</translation>
        </message>
        <message>
            <source>A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.</source>
            <extracomment>finding code postal_code.us_zip</extracomment>
            <translation>Un código postal (ZIP) de EE. UU. tiene 5 números, o 5 + 4 números, por ejemplo 20528 o 20528-0180.</translation>
        </message>
        <message>
            <source>By these dates the case has waited {months_pending} months, not longer than the posted {posted_months} months. The Ombudsman usually helps only after that time has passed.</source>
            <extracomment>finding code processing.not_past</extracomment>
            <translation>Según estas fechas, el caso ha esperado {months_pending} meses, no más que los {posted_months} meses publicados. El Ombudsman por lo general ayuda solo cuando ya pasó ese tiempo.</translation>
        </message>
        <message>
            <source>Give USCIS's posted processing time in months, so we can show how long past it your case is.</source>
            <extracomment>finding code processing.posted_time_missing</extracomment>
            <translation>Escriba el tiempo de trámite publicado por USCIS, en meses, para mostrar cuánto se ha pasado su caso.</translation>
        </message>
        <message>
            <source>Add the receipt date of your application, so we can count how long it has waited.</source>
            <extracomment>finding code processing.receipt_date_missing</extracomment>
            <translation>Agregue la fecha de recibo de su solicitud, para contar cuánto tiempo ha esperado.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months.</source>
            <extracomment>finding code processing.summary</extracomment>
            <translation>La solicitud más antigua se recibió el {receipt_date} y ha esperado {months_pending} meses.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months: {months_past} months past the posted processing time of {posted_months} months, which ended on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_past</extracomment>
            <translation>La solicitud más antigua se recibió el {receipt_date} y ha esperado {months_pending} meses: {months_past} meses más que el tiempo de trámite publicado de {posted_months} meses, que terminó el {posted_time_ends}.</translation>
        </message>
        <message>
            <source>The oldest application was received on {receipt_date} and has waited {months_pending} months. The posted processing time of {posted_months} months ends on {posted_time_ends}.</source>
            <extracomment>finding code processing.summary_within</extracomment>
            <translation>La solicitud más antigua se recibió el {receipt_date} y ha esperado {months_pending} meses. El tiempo de trámite publicado de {posted_months} meses termina el {posted_time_ends}.</translation>
        </message>
        <message>
            <source>You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent.</source>
            <extracomment>finding code reasons.hardship_description_missing</extracomment>
            <translation>Usted eligió emergencia o dificultad grave: descríbala, para que el Ombudsman vea por qué es urgente.</translation>
        </message>
        <message>
            <source>This receipt number is listed twice. Remove one of them.</source>
            <extracomment>finding code receipt_number.duplicate</extracomment>
            <translation>Este número de recibo aparece dos veces. Quite uno.</translation>
        </message>
        <message>
            <source>A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against your receipt notice.</source>
            <extracomment>finding code receipt_number.format</extracomment>
            <translation>Un número de recibo tiene 3 letras y 10 números, por ejemplo IOE0912345678. Compárelo con su aviso de recibo.</translation>
        </message>
        <message>
            <source>{prefix} is not a receipt-number start we know. Check the letters on your receipt notice; if they match, keep it.</source>
            <extracomment>finding code receipt_number.unknown_prefix</extracomment>
            <translation>{prefix} no es un comienzo de número de recibo que conozcamos. Revise las letras en su aviso de recibo; si son iguales, déjelo así.</translation>
        </message>
        <message>
            <source>Worth answering if you can: {label}</source>
            <extracomment>finding code recommended</extracomment>
            <translation>Conviene responder si puede: {label}</translation>
        </message>
        <message>
            <source>This needs an answer: {label}</source>
            <extracomment>finding code required</extracomment>
            <translation>Esto necesita una respuesta: {label}</translation>
        </message>
        <message>
            <source>Where to go instead: a nonprofit immigration legal service (free or low-cost ones are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized organizations and accredited representatives (EOIR); or your state bar association's lawyer referral service.</source>
            <extracomment>finding code screening.where_to_go</extracomment>
            <translation>Adónde ir en su lugar: un servicio legal de inmigración sin fines de lucro (ImmigrationLawHelp.org enumera los gratuitos o de bajo costo); la lista del Departamento de Justicia de organizaciones reconocidas y representantes acreditados (EOIR); o el servicio de referencia de abogados del colegio de abogados de su estado.</translation>
        </message>
        <message>
            <source>This answer holds invisible control characters ({chars}), often copied along with pasted text. Delete the answer and type it again.</source>
            <extracomment>finding code text.control_characters</extracomment>
            <translation>Esta respuesta contiene caracteres de control invisibles ({chars}), que a menudo se copian junto con un texto pegado. Borre la respuesta y escríbala de nuevo.</translation>
        </message>
        <message>
            <source>This answer should be a list of choices.</source>
            <extracomment>finding code type.wrong.array</extracomment>
            <translation>Esta respuesta debería ser una lista de opciones.</translation>
        </message>
        <message>
            <source>This answer should be yes or no (true or false).</source>
            <extracomment>finding code type.wrong.boolean</extracomment>
            <translation>Esta respuesta debería ser sí o no (verdadero o falso).</translation>
        </message>
        <message>
            <source>This should be a group of answers ({{ ... }}), not a single value.</source>
            <extracomment>finding code type.wrong.group</extracomment>
            <translation>Esto debería ser un grupo de respuestas ({{ ... }}), no un solo valor.</translation>
        </message>
        <message>
            <source>This should be a list of items ([ ... ]).</source>
            <extracomment>finding code type.wrong.list</extracomment>
            <translation>Esto debería ser una lista de elementos ([ ... ]).</translation>
        </message>
        <message>
            <source>This answer should be a number.</source>
            <extracomment>finding code type.wrong.number</extracomment>
            <translation>Esta respuesta debería ser un número.</translation>
        </message>
        <message>
            <source>This answer should be text.</source>
            <extracomment>finding code type.wrong.string</extracomment>
            <translation>Esta respuesta debería ser texto.</translation>
        </message>
        <message>
            <source>Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed on the form. Check the spelling of its name.</source>
            <extracomment>finding code unknown_field</extracomment>
            <translation>Ombud Desktop no conoce la respuesta "{field}". Se guarda, pero no se imprime en el formulario. Revise cómo está escrito su nombre.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal.</source>
            <extracomment>finding code screening.blocker.disagrees_no_error</extracomment>
            <translation>El Ombudsman no puede cambiar una decisión de USCIS con la que usted no está de acuerdo. Puede ayudar cuando USCIS cometió un error o se demoró. Para apelar una decisión, consulte a un abogado.</translation>
        </message>
        <message>
            <source>The Ombudsman only helps with problems with USCIS. Other agencies, like the State Department or the immigration courts, are not part of its work.</source>
            <extracomment>finding code screening.blocker.not_uscis</extracomment>
            <translation>El Ombudsman solo ayuda con problemas con USCIS. Otras agencias, como el Departamento de Estado o las cortes de inmigración, no son parte de su trabajo.</translation>
        </message>
        <message>
            <source>The Ombudsman cannot give legal advice. A lawyer or an accredited representative can.</source>
            <extracomment>finding code screening.blocker.wants_legal_advice</extracomment>
            <translation>El Ombudsman no puede dar consejo legal. Un abogado o un representante acreditado sí puede.</translation>
        </message>
        <message>
            <source>You chose to send the request anyway. The Ombudsman may answer that it cannot help.</source>
            <extracomment>finding code screening.continue_anyway</extracomment>
            <translation>Usted eligió enviar la solicitud de todos modos. El Ombudsman puede responder que no puede ayudar.</translation>
        </message>
        <message>
            <source>The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only works on problems with USCIS.</source>
            <extracomment>finding code screening.limits</extracomment>
            <translation>El Ombudsman no da consejo legal, no puede anular una decisión de USCIS y solo trabaja en problemas con USCIS.</translation>
        </message>
        <message>
            <source>From your answers, the Ombudsman may be able to help. Contact USCIS first if you have not: the Ombudsman expects that you tried.</source>
            <extracomment>finding code screening.may_help</extracomment>
            <translation>Según sus respuestas, el Ombudsman quizás pueda ayudar. Si todavía no lo hizo, comuníquese primero con USCIS: el Ombudsman espera que lo haya intentado.</translation>
        </message>
        <message>
            <source>Choose at least one reason you need help. The Ombudsman helps with delays, mistakes and problems USCIS did not fix.</source>
            <extracomment>finding code screening.no_reason</extracomment>
            <translation>Elija al menos una razón por la que necesita ayuda. El Ombudsman ayuda con demoras, errores y problemas que USCIS no arregló.</translation>
        </message>
        <message>
            <source>Give at least one way to reach the person: phone, email, fax or a mailing address.</source>
            <extracomment>finding code subject.no_contact</extracomment>
            <translation>Dé al menos una forma de comunicarse con la persona: teléfono, correo electrónico, fax o dirección postal.</translation>
        </message>
        <message>
            <source>{value} is not a U.S. state or territory. Pick one from the list.</source>
            <extracomment>finding code us_state.unknown</extracomment>
            <translation>{value} no es un estado ni territorio de EE. UU. Elija uno de la lista.</translation>
        </message>
        <message>
            <source>A USCIS online account number has 12 digits.</source>
            <extracomment>finding code uscis_account.format</extracomment>
            <translation>Un número de cuenta en línea de USCIS tiene 12 números.</translation>
        </message>
    </context>
    <context>
        <name>formspec</name>
        <message>
            <source>Can the Ombudsman help?</source>
            <extracomment>section screening: title</extracomment>
            <translation>¿Puede ayudarle el Ombudsman?</translation>
        </message>
        <message>
            <source>The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or went wrong. A few questions first show whether it can help with yours.</source>
            <extracomment>section screening: intro</extracomment>
            <translation>El Ombudsman de CIS es una oficina pequeña que ayuda cuando un caso con USCIS está detenido o salió mal. Unas preguntas primero muestran si puede ayudar con el suyo.</translation>
        </message>
        <message>
            <source>What is happening with your case?</source>
            <extracomment>screening.reasons: label</extracomment>
            <translation>¿Qué está pasando con su caso?</translation>
        </message>
        <message>
            <source>Pick every line that fits. The Ombudsman only helps with problems like these, so this tells us if this form is the right way to get help.</source>
            <extracomment>screening.reasons: help</extracomment>
            <translation>Marque todas las que correspondan. El Ombudsman solo ayuda con problemas como estos; así sabemos si este formulario es la forma correcta de pedir ayuda.</translation>
        </message>
        <message>
            <source>An emergency or hardship caused by a USCIS mistake or delay</source>
            <extracomment>screening.reasons = hardship</extracomment>
            <translation>Una emergencia o dificultad grave causada por un error o una demora de USCIS</translation>
        </message>
        <message>
            <source>I asked USCIS customer service and it is still not fixed</source>
            <extracomment>screening.reasons = unresolved</extracomment>
            <translation>Pedí ayuda al servicio al cliente de USCIS y todavía no está resuelto</translation>
        </message>
        <message>
            <source>My case has waited longer than USCIS's posted processing time</source>
            <extracomment>screening.reasons = beyond_processing_time</extracomment>
            <translation>Mi caso ha esperado más que el tiempo de trámite publicado por USCIS</translation>
        </message>
        <message>
            <source>USCIS made a mistake with my case</source>
            <extracomment>screening.reasons = uscis_error</extracomment>
            <translation>USCIS cometió un error con mi caso</translation>
        </message>
        <message>
            <source>Do any of these fit your situation?</source>
            <extracomment>screening.blockers: label</extracomment>
            <translation>¿Alguna de estas situaciones es la suya?</translation>
        </message>
        <message>
            <source>Pick any that are true. The Ombudsman cannot help with these, and it is better to know now than to wait for an answer that says no.</source>
            <extracomment>screening.blockers: help</extracomment>
            <translation>Marque las que sean ciertas. El Ombudsman no puede ayudar con estas, y es mejor saberlo ahora que esperar una respuesta que diga que no.</translation>
        </message>
        <message>
            <source>I want legal advice about my case</source>
            <extracomment>screening.blockers = wants_legal_advice</extracomment>
            <translation>Quiero consejo legal sobre mi caso</translation>
        </message>
        <message>
            <source>My problem is with another office, not USCIS</source>
            <extracomment>screening.blockers = not_uscis</extracomment>
            <translation>Mi problema es con otra oficina, no con USCIS</translation>
        </message>
        <message>
            <source>I disagree with a USCIS decision, but I cannot point to a mistake</source>
            <extracomment>screening.blockers = disagrees_no_error</extracomment>
            <translation>No estoy de acuerdo con una decisión de USCIS, pero no puedo señalar un error</translation>
        </message>
        <message>
            <source>I understand the Ombudsman may not be able to help, and I want to send it anyway</source>
            <extracomment>screening.continue_anyway: label</extracomment>
            <translation>Entiendo que el Ombudsman quizás no pueda ayudar, y quiero enviarlo de todos modos</translation>
        </message>
        <message>
            <source>Only choose this if you read why the Ombudsman may not be able to help and still want to ask. It keeps you from sending a request by mistake.</source>
            <extracomment>screening.continue_anyway: help</extracomment>
            <translation>Elija esto solo si leyó por qué el Ombudsman quizás no pueda ayudar y aun así quiere pedir ayuda. Así no envía una solicitud por error.</translation>
        </message>
        <message>
            <source>What you already did with USCIS</source>
            <extracomment>section actions_taken: title</extracomment>
            <translation>Lo que ya hizo con USCIS</translation>
        </message>
        <message>
            <source>The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in the last 90 days, and that you gave USCIS at least 60 days to fix the problem.</source>
            <extracomment>section actions_taken: intro</extracomment>
            <translation>El Ombudsman le pide comunicarse primero con USCIS. Espera que usted haya contactado a USCIS en los últimos 90 días y que le haya dado al menos 60 días para arreglar el problema.</translation>
        </message>
        <message>
            <source>Did you call the USCIS Contact Center (1-800-375-5283)?</source>
            <extracomment>actions_taken.ncsc_called: label</extracomment>
            <translation>¿Llamó al Centro de Contacto de USCIS (1-800-375-5283)?</translation>
        </message>
        <message>
            <source>Calling USCIS is usually the first step. The Ombudsman wants to know what you tried so it does not ask you to do it again.</source>
            <extracomment>actions_taken.ncsc_called: help</extracomment>
            <translation>Llamar a USCIS suele ser el primer paso. El Ombudsman quiere saber qué intentó para no pedirle que lo haga otra vez.</translation>
        </message>
        <message>
            <source>When did you last call?</source>
            <extracomment>actions_taken.ncsc_date: label</extracomment>
            <translation>¿Cuándo llamó por última vez?</translation>
        </message>
        <message>
            <source>The date of your last call. It shows how long USCIS has had to fix the problem.</source>
            <extracomment>actions_taken.ncsc_date: help</extracomment>
            <translation>La fecha de su última llamada. Muestra cuánto tiempo ha tenido USCIS para arreglar el problema.</translation>
        </message>
        <message>
            <source>Service request or referral number</source>
            <extracomment>actions_taken.ncsc_reference: label</extracomment>
            <translation>Número de solicitud de servicio o de referencia</translation>
        </message>
        <message>
            <source>If USCIS gave you a number for your call, write it here. It helps the Ombudsman find your call in USCIS records.</source>
            <extracomment>actions_taken.ncsc_reference: help</extracomment>
            <translation>Si USCIS le dio un número por su llamada, escríbalo aquí. Ayuda al Ombudsman a encontrar su llamada en los registros de USCIS.</translation>
        </message>
        <message>
            <source>Did you check your case status online?</source>
            <extracomment>actions_taken.case_status_checked: label</extracomment>
            <translation>¿Revisó el estado de su caso en internet?</translation>
        </message>
        <message>
            <source>USCIS shows case status on its website. This tells the Ombudsman what USCIS was showing you.</source>
            <extracomment>actions_taken.case_status_checked: help</extracomment>
            <translation>USCIS muestra el estado de los casos en su sitio web. Esto le dice al Ombudsman lo que USCIS le mostraba.</translation>
        </message>
        <message>
            <source>When did you last check it?</source>
            <extracomment>actions_taken.case_status_date: label</extracomment>
            <translation>¿Cuándo lo revisó por última vez?</translation>
        </message>
        <message>
            <source>The last date you looked at your case status.</source>
            <extracomment>actions_taken.case_status_date: help</extracomment>
            <translation>La última fecha en que miró el estado de su caso.</translation>
        </message>
        <message>
            <source>Did you go to a USCIS office appointment (InfoPass)?</source>
            <extracomment>actions_taken.appointment: label</extracomment>
            <translation>¿Fue a una cita en una oficina de USCIS (InfoPass)?</translation>
        </message>
        <message>
            <source>An in-person appointment is another way to ask USCIS for help. Say if you had one.</source>
            <extracomment>actions_taken.appointment: help</extracomment>
            <translation>Una cita en persona es otra forma de pedir ayuda a USCIS. Diga si tuvo una.</translation>
        </message>
        <message>
            <source>Date of the appointment</source>
            <extracomment>actions_taken.appointment_date: label</extracomment>
            <translation>Fecha de la cita</translation>
        </message>
        <message>
            <source>The date you went to the USCIS office.</source>
            <extracomment>actions_taken.appointment_date: help</extracomment>
            <translation>La fecha en que fue a la oficina de USCIS.</translation>
        </message>
        <message>
            <source>Which USCIS office?</source>
            <extracomment>actions_taken.appointment_office: label</extracomment>
            <translation>¿Qué oficina de USCIS?</translation>
        </message>
        <message>
            <source>The city or name of the office you went to.</source>
            <extracomment>actions_taken.appointment_office: help</extracomment>
            <translation>La ciudad o el nombre de la oficina a la que fue.</translation>
        </message>
        <message>
            <source>Did you send USCIS an online request (e-Request)?</source>
            <extracomment>actions_taken.e_request: label</extracomment>
            <translation>¿Envió a USCIS una solicitud en línea (e-Request)?</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.</source>
            <extracomment>actions_taken.e_request: help</extracomment>
            <translation>Un e-Request es un formulario en el sitio web de USCIS para preguntar por un caso. Diga si envió uno.</translation>
        </message>
        <message>
            <source>Date of the e-Request</source>
            <extracomment>actions_taken.e_request_date: label</extracomment>
            <translation>Fecha del e-Request</translation>
        </message>
        <message>
            <source>The date you sent the online request.</source>
            <extracomment>actions_taken.e_request_date: help</extracomment>
            <translation>La fecha en que envió la solicitud en línea.</translation>
        </message>
        <message>
            <source>e-Request number</source>
            <extracomment>actions_taken.e_request_number: label</extracomment>
            <translation>Número del e-Request</translation>
        </message>
        <message>
            <source>The number USCIS gave you for the online request, if you have it.</source>
            <extracomment>actions_taken.e_request_number: help</extracomment>
            <translation>El número que USCIS le dio por la solicitud en línea, si lo tiene.</translation>
        </message>
        <message>
            <source>Did a member of Congress ask USCIS about your case?</source>
            <extracomment>actions_taken.congress_inquiry: label</extracomment>
            <translation>¿Algún miembro del Congreso preguntó a USCIS por su caso?</translation>
        </message>
        <message>
            <source>Your senator or representative can also ask USCIS. The Ombudsman wants to know so two offices do not do the same work.</source>
            <extracomment>actions_taken.congress_inquiry: help</extracomment>
            <translation>Su senador o representante también puede preguntar a USCIS. El Ombudsman quiere saberlo para que dos oficinas no hagan el mismo trabajo.</translation>
        </message>
        <message>
            <source>Which office of Congress?</source>
            <extracomment>actions_taken.congress_office: label</extracomment>
            <translation>¿Qué oficina del Congreso?</translation>
        </message>
        <message>
            <source>The name of the senator or representative whose office helped.</source>
            <extracomment>actions_taken.congress_office: help</extracomment>
            <translation>El nombre del senador o representante cuya oficina ayudó.</translation>
        </message>
        <message>
            <source>Anything else you did to fix the problem</source>
            <extracomment>actions_taken.other: label</extracomment>
            <translation>Otras cosas que hizo para arreglar el problema</translation>
        </message>
        <message>
            <source>For example letters you sent to USCIS. Everything you tried helps the Ombudsman.</source>
            <extracomment>actions_taken.other: help</extracomment>
            <translation>Por ejemplo, cartas que envió a USCIS. Todo lo que intentó ayuda al Ombudsman.</translation>
        </message>
        <message>
            <source>Why you are asking for help</source>
            <extracomment>section reasons: title</extracomment>
            <translation>Por qué pide ayuda</translation>
        </message>
        <message>
            <source>Tell the Ombudsman what went wrong and what you want fixed.</source>
            <extracomment>section reasons: intro</extracomment>
            <translation>Dígale al Ombudsman qué salió mal y qué quiere que se arregle.</translation>
        </message>
        <message>
            <source>Why are you asking for help?</source>
            <extracomment>reasons.kinds: label</extracomment>
            <translation>¿Por qué pide ayuda?</translation>
        </message>
        <message>
            <source>Pick every reason that fits. It helps the Ombudsman see how urgent your case is.</source>
            <extracomment>reasons.kinds: help</extracomment>
            <translation>Marque todas las razones que correspondan. Ayuda al Ombudsman a ver qué tan urgente es su caso.</translation>
        </message>
        <message>
            <source>Emergency or hardship</source>
            <extracomment>reasons.kinds = emergency_hardship</extracomment>
            <translation>Emergencia o dificultad grave</translation>
        </message>
        <message>
            <source>Pending longer than the posted processing time</source>
            <extracomment>reasons.kinds = beyond_processing_time</extracomment>
            <translation>Pendiente más tiempo que el tiempo de trámite publicado</translation>
        </message>
        <message>
            <source>USCIS made a mistake</source>
            <extracomment>reasons.kinds = uscis_error</extracomment>
            <translation>USCIS cometió un error</translation>
        </message>
        <message>
            <source>At risk of losing status or building up unlawful presence</source>
            <extracomment>reasons.kinds = losing_status</extracomment>
            <translation>En riesgo de perder el estatus o de acumular presencia ilegal</translation>
        </message>
        <message>
            <source>USCIS lost documents</source>
            <extracomment>reasons.kinds = lost_documents</extracomment>
            <translation>USCIS perdió documentos</translation>
        </message>
        <message>
            <source>Other</source>
            <extracomment>reasons.kinds = other</extracomment>
            <translation>Otra</translation>
        </message>
        <message>
            <source>What is the emergency or hardship?</source>
            <extracomment>reasons.hardship_description: label</extracomment>
            <translation>¿Cuál es la emergencia o dificultad grave?</translation>
        </message>
        <message>
            <source>Explain what will happen if USCIS does not act soon, for example losing a job, missing medical care, or a family member who is very sick. The Ombudsman looks at urgent cases first, so clear facts matter.</source>
            <extracomment>reasons.hardship_description: help</extracomment>
            <translation>Explique qué pasará si USCIS no actúa pronto, por ejemplo perder un trabajo, no recibir atención médica o un familiar muy enfermo. El Ombudsman atiende primero los casos urgentes, así que los hechos claros importan.</translation>
        </message>
        <message>
            <source>USCIS's posted processing time (months)</source>
            <extracomment>reasons.posted_processing_time_months: label</extracomment>
            <translation>Tiempo de trámite publicado por USCIS (meses)</translation>
        </message>
        <message>
            <source>USCIS posts how long a form usually takes at each office. Write the number of months it showed. We use it to count how far past that time your case is.</source>
            <extracomment>reasons.posted_processing_time_months: help</extracomment>
            <translation>USCIS publica cuánto tarda normalmente un formulario en cada oficina. Escriba el número de meses que mostraba. Lo usamos para contar cuánto se ha pasado su caso de ese tiempo.</translation>
        </message>
        <message>
            <source>When did you look up that processing time?</source>
            <extracomment>reasons.processing_time_checked_on: label</extracomment>
            <translation>¿Cuándo buscó ese tiempo de trámite?</translation>
        </message>
        <message>
            <source>Processing times change. The date shows which posted time you compared with.</source>
            <extracomment>reasons.processing_time_checked_on: help</extracomment>
            <translation>Los tiempos de trámite cambian. La fecha muestra con qué tiempo publicado comparó.</translation>
        </message>
        <message>
            <source>What happened?</source>
            <extracomment>reasons.problem_description: label</extracomment>
            <translation>¿Qué pasó?</translation>
        </message>
        <message>
            <source>Tell the story in order, with dates if you know them: what you filed, what USCIS did or did not do, and what you tried. This is the most important part: the Ombudsman reads it to understand your problem.</source>
            <extracomment>reasons.problem_description: help</extracomment>
            <translation>Cuente la historia en orden, con fechas si las sabe: qué presentó, qué hizo o no hizo USCIS, y qué intentó usted. Esta es la parte más importante: el Ombudsman la lee para entender su problema.</translation>
        </message>
        <message>
            <source>What do you want the Ombudsman to do?</source>
            <extracomment>reasons.desired_outcome: label</extracomment>
            <translation>¿Qué quiere que haga el Ombudsman?</translation>
        </message>
        <message>
            <source>For example: ask USCIS to decide the case, or to correct a mistake on a card. A clear request is easier to act on.</source>
            <extracomment>reasons.desired_outcome: help</extracomment>
            <translation>Por ejemplo: pedir a USCIS que decida el caso, o que corrija un error en una tarjeta. Una petición clara es más fácil de atender.</translation>
        </message>
        <message>
            <source>Who is filling in this request</source>
            <extracomment>section submitter: title</extracomment>
            <translation>Quién llena esta solicitud</translation>
        </message>
        <message>
            <source>You can ask for help for yourself, or help someone else ask. A lawyer needs Form G-28 on file with USCIS; anyone else helping needs the person's written consent.</source>
            <extracomment>section submitter: intro</extracomment>
            <translation>Puede pedir ayuda para usted, o ayudar a otra persona a pedirla. Un abogado necesita el Formulario G-28 en el archivo de USCIS; cualquier otra persona que ayude necesita el consentimiento por escrito de la persona.</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <extracomment>submitter.role: label</extracomment>
            <translation>¿Quién es usted?</translation>
        </message>
        <message>
            <source>I am the person with the USCIS case</source>
            <extracomment>submitter.role = self</extracomment>
            <translation>Soy la persona con el caso de USCIS</translation>
        </message>
        <message>
            <source>I am their attorney or accredited representative</source>
            <extracomment>submitter.role = attorney</extracomment>
            <translation>Soy su abogado o representante acreditado</translation>
        </message>
        <message>
            <source>You need a copy of your Form G-28 that is on file with USCIS.</source>
            <extracomment>submitter.role = attorney: help</extracomment>
            <translation>Necesita una copia de su Formulario G-28 que está en el archivo de USCIS.</translation>
        </message>
        <message>
            <source>I am helping them (family, volunteer, school official, congressional staff…)</source>
            <extracomment>submitter.role = helper</extracomment>
            <translation>Estoy ayudando a la persona (familiar, voluntario, funcionario escolar, personal del Congreso…)</translation>
        </message>
        <message>
            <source>The person must sign a consent that lets you ask for them.</source>
            <extracomment>submitter.role = helper: help</extracomment>
            <translation>La persona debe firmar un consentimiento que le permite a usted pedir por ella.</translation>
        </message>
        <message>
            <source>Your full name</source>
            <extracomment>submitter.name: label</extracomment>
            <translation>Su nombre completo</translation>
        </message>
        <message>
            <source>The Ombudsman writes to you as the person who sent the request.</source>
            <extracomment>submitter.name: help</extracomment>
            <translation>El Ombudsman le escribe a usted como la persona que envió la solicitud.</translation>
        </message>
        <message>
            <source>Organization or law firm</source>
            <extracomment>submitter.organization: label</extracomment>
            <translation>Organización o bufete de abogados</translation>
        </message>
        <message>
            <source>If you help as part of a group or law firm, give its name.</source>
            <extracomment>submitter.organization: help</extracomment>
            <translation>Si ayuda como parte de un grupo o bufete, escriba su nombre.</translation>
        </message>
        <message>
            <source>How are you related to the person?</source>
            <extracomment>submitter.relationship: label</extracomment>
            <translation>¿Qué relación tiene con la persona?</translation>
        </message>
        <message>
            <source>For example: daughter, friend, volunteer at a community center.</source>
            <extracomment>submitter.relationship: help</extracomment>
            <translation>Por ejemplo: hija, amigo, voluntario en un centro comunitario.</translation>
        </message>
        <message>
            <source>Your phone</source>
            <extracomment>submitter.phone: label</extracomment>
            <translation>Su teléfono</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach you with questions.</source>
            <extracomment>submitter.phone: help</extracomment>
            <translation>Un número donde el Ombudsman pueda llamarle si tiene preguntas.</translation>
        </message>
        <message>
            <source>Your email</source>
            <extracomment>submitter.email: label</extracomment>
            <translation>Su correo electrónico</translation>
        </message>
        <message>
            <source>Email is the fastest way for the Ombudsman to answer.</source>
            <extracomment>submitter.email: help</extracomment>
            <translation>El correo electrónico es la forma más rápida de recibir respuesta del Ombudsman.</translation>
        </message>
        <message>
            <source>Your fax</source>
            <extracomment>submitter.fax: label</extracomment>
            <translation>Su fax</translation>
        </message>
        <message>
            <source>Only if you use a fax machine.</source>
            <extracomment>submitter.fax: help</extracomment>
            <translation>Solo si usa una máquina de fax.</translation>
        </message>
        <message>
            <source>Street address</source>
            <extracomment>submitter.address.street: label</extracomment>
            <translation>Dirección (calle y número)</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.street: help</extracomment>
            <translation>Número de casa y calle, o un apartado postal (P.O. box), para que el Ombudsman pueda enviarle cartas.</translation>
        </message>
        <message>
            <source>Apartment, suite or floor</source>
            <extracomment>submitter.address.unit: label</extracomment>
            <translation>Apartamento, oficina o piso</translation>
        </message>
        <message>
            <source>Leave empty if none.</source>
            <extracomment>submitter.address.unit: help</extracomment>
            <translation>Déjelo vacío si no hay.</translation>
        </message>
        <message>
            <source>City or town</source>
            <extracomment>submitter.address.city: label</extracomment>
            <translation>Ciudad o pueblo</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send you letters.</source>
            <extracomment>submitter.address.city: help</extracomment>
            <translation>La ciudad o el pueblo, para que el Ombudsman pueda enviarle cartas.</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>submitter.address.state: label</extracomment>
            <translation>Estado</translation>
        </message>
        <message>
            <source>In the U.S., pick the state or territory. Outside the U.S., write the province or region.</source>
            <extracomment>submitter.address.state: help</extracomment>
            <translation>En EE. UU., elija el estado o territorio. Fuera de EE. UU., escriba la provincia o región.</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <extracomment>submitter.address.postal_code: label</extracomment>
            <translation>Código postal (ZIP)</translation>
        </message>
        <message>
            <source>In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the U.S., write the postal code as it appears on letters.</source>
            <extracomment>submitter.address.postal_code: help</extracomment>
            <translation>En EE. UU. son 5 números, o 5 + 4 números (20528 o 20528-0180). Fuera de EE. UU., escriba el código postal como aparece en las cartas.</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>submitter.address.country: label</extracomment>
            <translation>País</translation>
        </message>
        <message>
            <source>The country of this address.</source>
            <extracomment>submitter.address.country: help</extracomment>
            <translation>El país de esta dirección.</translation>
        </message>
        <message>
            <source>Bar number</source>
            <extracomment>submitter.bar_number: label</extracomment>
            <translation>Número de colegiado (bar number)</translation>
        </message>
        <message>
            <source>Attorneys: your state bar number, which shows you may practice law.</source>
            <extracomment>submitter.bar_number: help</extracomment>
            <translation>Abogados: su número del colegio de abogados del estado, que muestra que puede ejercer.</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <extracomment>submitter.accreditation: label</extracomment>
            <translation>Acreditación</translation>
        </message>
        <message>
            <source>The Ombudsman only talks about a case with the person, or with someone the person allowed. So it needs to know who is asking.</source>
            <extracomment>submitter.role: help</extracomment>
            <translation>El Ombudsman solo habla de un caso con la persona, o con alguien a quien la persona autorizó. Por eso necesita saber quién pregunta.</translation>
        </message>
        <message>
            <source>If you are an accredited representative: the name of your group and your number. It shows you may help people with USCIS cases.</source>
            <extracomment>submitter.accreditation: help</extracomment>
            <translation>Si es representante acreditado: el nombre de su grupo y su número. Muestra que puede ayudar a personas con casos de USCIS.</translation>
        </message>
        <message>
            <source>The person or employer with the USCIS case</source>
            <extracomment>section subject: title</extracomment>
            <translation>La persona o el empleador con el caso de USCIS</translation>
        </message>
        <message>
            <source>Give the details of the person (or employer) who filed with USCIS and has the problem. Do not enter the attorney or law firm here.</source>
            <extracomment>section subject: intro</extracomment>
            <translation>Dé los datos de la persona (o del empleador) que presentó el trámite a USCIS y tiene el problema. No escriba aquí al abogado ni al bufete.</translation>
        </message>
        <message>
            <source>Is this a person or an employer/organization?</source>
            <extracomment>subject.kind: label</extracomment>
            <translation>¿Es una persona o un empleador u organización?</translation>
        </message>
        <message>
            <source>Employers file petitions too. This decides which name boxes to fill.</source>
            <extracomment>subject.kind: help</extracomment>
            <translation>Los empleadores también presentan peticiones. Esto decide qué casillas de nombre se llenan.</translation>
        </message>
        <message>
            <source>A person</source>
            <extracomment>subject.kind = person</extracomment>
            <translation>Una persona</translation>
        </message>
        <message>
            <source>An employer or organization</source>
            <extracomment>subject.kind = organization</extracomment>
            <translation>Un empleador u organización</translation>
        </message>
        <message>
            <source>Title</source>
            <extracomment>subject.title: label</extracomment>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Optional. How the Ombudsman should address the person in letters.</source>
            <extracomment>subject.title: help</extracomment>
            <translation>Opcional. Cómo debe el Ombudsman dirigirse a la persona en las cartas.</translation>
        </message>
        <message>
            <source>Mr.</source>
            <extracomment>subject.title = Mr.</extracomment>
            <translation>Sr.</translation>
        </message>
        <message>
            <source>Ms.</source>
            <extracomment>subject.title = Ms.</extracomment>
            <translation>Sra.</translation>
        </message>
        <message>
            <source>Mx.</source>
            <extracomment>subject.title = Mx.</extracomment>
            <translation>Mx.</translation>
        </message>
        <message>
            <source>First name (given name)</source>
            <extracomment>subject.first_name: label</extracomment>
            <translation>Nombre (nombre de pila)</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case. Any alphabet is fine.</source>
            <extracomment>subject.first_name: help</extracomment>
            <translation>Escríbalo como está en los papeles de USCIS, para que el Ombudsman encuentre el caso correcto. Cualquier alfabeto sirve.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <extracomment>subject.middle_name: label</extracomment>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Only if the USCIS papers show one.</source>
            <extracomment>subject.middle_name: help</extracomment>
            <translation>Solo si aparece en los papeles de USCIS.</translation>
        </message>
        <message>
            <source>Last name (family name)</source>
            <extracomment>subject.last_name: label</extracomment>
            <translation>Apellido (apellidos)</translation>
        </message>
        <message>
            <source>Write it as it is on the USCIS papers, so the Ombudsman finds the right case.</source>
            <extracomment>subject.last_name: help</extracomment>
            <translation>Escríbalo como está en los papeles de USCIS, para que el Ombudsman encuentre el caso correcto.</translation>
        </message>
        <message>
            <source>Name of the employer or organization</source>
            <extracomment>subject.organization_name: label</extracomment>
            <translation>Nombre del empleador u organización</translation>
        </message>
        <message>
            <source>The name that is on the petition filed with USCIS.</source>
            <extracomment>subject.organization_name: help</extracomment>
            <translation>El nombre que aparece en la petición presentada a USCIS.</translation>
        </message>
        <message>
            <source>Other names used</source>
            <extracomment>subject.other_names: label</extracomment>
            <translation>Otros nombres usados</translation>
        </message>
        <message>
            <source>For example a name before marriage or another spelling. USCIS may file papers under it.</source>
            <extracomment>subject.other_names: help</extracomment>
            <translation>Por ejemplo, un nombre de soltera u otra forma de escribirlo. USCIS puede tener papeles con ese nombre.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <extracomment>subject.date_of_birth: label</extracomment>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>USCIS uses the birth date with the name to find the right person.</source>
            <extracomment>subject.date_of_birth: help</extracomment>
            <translation>USCIS usa la fecha de nacimiento junto con el nombre para encontrar a la persona correcta.</translation>
        </message>
        <message>
            <source>Country of birth</source>
            <extracomment>subject.country_of_birth: label</extracomment>
            <translation>País de nacimiento</translation>
        </message>
        <message>
            <source>It helps USCIS match the records.</source>
            <extracomment>subject.country_of_birth: help</extracomment>
            <translation>Ayuda a USCIS a encontrar los registros correctos.</translation>
        </message>
        <message>
            <source>Country of citizenship</source>
            <extracomment>subject.country_of_citizenship: label</extracomment>
            <translation>País de ciudadanía</translation>
        </message>
        <message>
            <source>The country whose passport the person holds.</source>
            <extracomment>subject.country_of_citizenship: help</extracomment>
            <translation>El país del pasaporte de la persona.</translation>
        </message>
        <message>
            <source>A-Number (if any)</source>
            <extracomment>subject.a_number: label</extracomment>
            <translation>A-Number (Número A), si lo tiene</translation>
        </message>
        <message>
            <source>Not every person has an A-Number. If you have one, it starts with A and has 7 to 9 digits (A123-456-789). It is the fastest way to find your file.</source>
            <extracomment>subject.a_number: help</extracomment>
            <translation>No todas las personas tienen un A-Number. Si tiene uno, empieza con A y tiene de 7 a 9 números (A123-456-789). Es la forma más rápida de encontrar su expediente.</translation>
        </message>
        <message>
            <source>USCIS online account number (if any)</source>
            <extracomment>subject.uscis_online_account_number: label</extracomment>
            <translation>Número de cuenta en línea de USCIS, si lo tiene</translation>
        </message>
        <message>
            <source>12 digits. You have one only if you filed online or got it in a USCIS notice.</source>
            <extracomment>subject.uscis_online_account_number: help</extracomment>
            <translation>12 números. Solo lo tiene si presentó en línea o si aparece en un aviso de USCIS.</translation>
        </message>
        <message>
            <source>House number and street, or a P.O. box, so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.street: help</extracomment>
            <translation>Número de casa y calle, o un apartado postal (P.O. box), para que el Ombudsman pueda enviar cartas a la persona.</translation>
        </message>
        <message>
            <source>The city or town so the Ombudsman can send the person letters.</source>
            <extracomment>subject.address.city: help</extracomment>
            <translation>La ciudad o el pueblo, para que el Ombudsman pueda enviar cartas a la persona.</translation>
        </message>
        <message>
            <source>Phone</source>
            <extracomment>subject.phone: label</extracomment>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>A number where the Ombudsman can reach the person. At least one way to reach them is needed.</source>
            <extracomment>subject.phone: help</extracomment>
            <translation>Un número donde el Ombudsman pueda llamar a la persona. Se necesita al menos una forma de comunicarse.</translation>
        </message>
        <message>
            <source>Fax</source>
            <extracomment>subject.fax: label</extracomment>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Only if the person uses a fax machine.</source>
            <extracomment>subject.fax: help</extracomment>
            <translation>Solo si la persona usa una máquina de fax.</translation>
        </message>
        <message>
            <source>Email (to get Ombudsman updates)</source>
            <extracomment>subject.email: label</extracomment>
            <translation>Correo electrónico (para recibir avisos del Ombudsman)</translation>
        </message>
        <message>
            <source>The Ombudsman sends updates about the request to this email.</source>
            <extracomment>subject.email: help</extracomment>
            <translation>El Ombudsman envía avisos sobre la solicitud a este correo.</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <extracomment>subject.preferred_language: label</extracomment>
            <translation>Idioma preferido</translation>
        </message>
        <message>
            <source>The language the person reads and speaks best.</source>
            <extracomment>subject.preferred_language: help</extracomment>
            <translation>El idioma que la persona lee y habla mejor.</translation>
        </message>
        <message>
            <source>Does the person need an interpreter?</source>
            <extracomment>subject.needs_interpreter: label</extracomment>
            <translation>¿Necesita la persona un intérprete?</translation>
        </message>
        <message>
            <source>So the Ombudsman can plan a call in the person's language.</source>
            <extracomment>subject.needs_interpreter: help</extracomment>
            <translation>Para que el Ombudsman pueda planear una llamada en el idioma de la persona.</translation>
        </message>
        <message>
            <source>Has the person applied for or received T, U, VAWA, asylum or refugee status?</source>
            <extracomment>subject.protected_category: label</extracomment>
            <translation>¿Ha pedido o recibido la persona estatus T, U, VAWA, asilo o refugio?</translation>
        </message>
        <message>
            <source>These cases have extra privacy protections. The consent must then be signed by hand in ink: print it, sign it, and scan it.</source>
            <extracomment>subject.protected_category: help</extracomment>
            <translation>Estos casos tienen protecciones de privacidad adicionales. El consentimiento entonces se firma a mano con tinta: imprímalo, fírmelo y escanéelo.</translation>
        </message>
        <message>
            <source>The beneficiary (if the petition is for someone else)</source>
            <extracomment>section beneficiary: title</extracomment>
            <translation>El beneficiario (si la petición es para otra persona)</translation>
        </message>
        <message>
            <source>Some petitions are filed for another person, such as a relative or a worker. If so, give that person's details. Otherwise skip this page.</source>
            <extracomment>section beneficiary: intro</extracomment>
            <translation>Algunas peticiones se presentan para otra persona, como un familiar o un trabajador. Si es así, dé los datos de esa persona. Si no, salte esta página.</translation>
        </message>
        <message>
            <source>Beneficiary's first name</source>
            <extracomment>beneficiary.first_name: label</extracomment>
            <translation>Nombre del beneficiario</translation>
        </message>
        <message>
            <source>The person the petition is for.</source>
            <extracomment>beneficiary.first_name: help</extracomment>
            <translation>La persona para quien es la petición.</translation>
        </message>
        <message>
            <source>Beneficiary's last name</source>
            <extracomment>beneficiary.last_name: label</extracomment>
            <translation>Apellido del beneficiario</translation>
        </message>
        <message>
            <source>As on the petition.</source>
            <extracomment>beneficiary.last_name: help</extracomment>
            <translation>Como está en la petición.</translation>
        </message>
        <message>
            <source>Beneficiary's date of birth</source>
            <extracomment>beneficiary.date_of_birth: label</extracomment>
            <translation>Fecha de nacimiento del beneficiario</translation>
        </message>
        <message>
            <source>Helps USCIS find the right person.</source>
            <extracomment>beneficiary.date_of_birth: help</extracomment>
            <translation>Ayuda a USCIS a encontrar a la persona correcta.</translation>
        </message>
        <message>
            <source>Beneficiary's A-Number (if any)</source>
            <extracomment>beneficiary.a_number: label</extracomment>
            <translation>A-Number del beneficiario, si lo tiene</translation>
        </message>
        <message>
            <source>Not everyone has one. If there is one, it helps find the file.</source>
            <extracomment>beneficiary.a_number: help</extracomment>
            <translation>No todos tienen uno. Si hay uno, ayuda a encontrar el expediente.</translation>
        </message>
        <message>
            <source>Relationship to the petitioner</source>
            <extracomment>beneficiary.relationship: label</extracomment>
            <translation>Relación con el peticionario</translation>
        </message>
        <message>
            <source>For example: spouse, son, employee.</source>
            <extracomment>beneficiary.relationship: help</extracomment>
            <translation>Por ejemplo: esposa, hijo, empleado.</translation>
        </message>
        <message>
            <source>Applications and petitions filed</source>
            <extracomment>section filings: title</extracomment>
            <translation>Solicitudes y peticiones presentadas</translation>
        </message>
        <message>
            <source>List all applications and petitions pending with USCIS that are part of this problem. Include every receipt number: it is how the Ombudsman finds each case.</source>
            <extracomment>section filings: intro</extracomment>
            <translation>Anote todas las solicitudes y peticiones pendientes con USCIS que son parte de este problema. Incluya cada número de recibo: así encuentra el Ombudsman cada caso.</translation>
        </message>
        <message>
            <source>Application or petition</source>
            <extracomment>section filings: item_label</extracomment>
            <translation>Solicitud o petición</translation>
        </message>
        <message>
            <source>Form number</source>
            <extracomment>filings[].form_number: label</extracomment>
            <translation>Número de formulario</translation>
        </message>
        <message>
            <source>The number printed at the top of the form you filed, like I-130 or N-400. It tells the Ombudsman what you asked USCIS for.</source>
            <extracomment>filings[].form_number: help</extracomment>
            <translation>El número impreso arriba del formulario que presentó, como I-130 o N-400. Le dice al Ombudsman qué pidió a USCIS.</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <extracomment>filings[].receipt_number: label</extracomment>
            <translation>Número de recibo</translation>
        </message>
        <message>
            <source>It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 numbers, like IOE0912345678. Dashes and spaces are fine.</source>
            <extracomment>filings[].receipt_number: help</extracomment>
            <translation>Está en el aviso de recibo (Formulario I-797C) que USCIS le envió por correo: 3 letras y 10 números, como IOE0912345678. Los guiones y espacios están bien.</translation>
        </message>
        <message>
            <source>Why is there no receipt number?</source>
            <extracomment>filings[].no_receipt_reason: label</extracomment>
            <translation>¿Por qué no hay número de recibo?</translation>
        </message>
        <message>
            <source>If you never got a receipt notice, say so here, for example 'filed 5 months ago, no receipt notice yet'. The Ombudsman needs this to look for the case.</source>
            <extracomment>filings[].no_receipt_reason: help</extracomment>
            <translation>Si nunca recibió un aviso de recibo, dígalo aquí, por ejemplo «lo presenté hace 5 meses, todavía no hay aviso de recibo». El Ombudsman lo necesita para buscar el caso.</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <extracomment>filings[].receipt_date: label</extracomment>
            <translation>Fecha de recibo</translation>
        </message>
        <message>
            <source>The 'Received Date' on the receipt notice. We use it to count how long the case has been waiting.</source>
            <extracomment>filings[].receipt_date: help</extracomment>
            <translation>La «Received Date» (fecha de recibo) del aviso de recibo. La usamos para contar cuánto tiempo lleva esperando el caso.</translation>
        </message>
        <message>
            <source>USCIS office handling it</source>
            <extracomment>filings[].office: label</extracomment>
            <translation>Oficina de USCIS que lo lleva</translation>
        </message>
        <message>
            <source>If you know which office or service center has the case, write it here.</source>
            <extracomment>filings[].office: help</extracomment>
            <translation>Si sabe qué oficina o centro de servicio tiene el caso, escríbalo aquí.</translation>
        </message>
        <message>
            <source>What you asked USCIS for</source>
            <extracomment>section benefit: title</extracomment>
            <translation>Lo que pidió a USCIS</translation>
        </message>
        <message>
            <source>Choose the kind of immigration benefit the applications are for.</source>
            <extracomment>section benefit: intro</extracomment>
            <translation>Elija el tipo de beneficio migratorio de las solicitudes.</translation>
        </message>
        <message>
            <source>Type of benefit</source>
            <extracomment>benefit.types: label</extracomment>
            <translation>Tipo de beneficio</translation>
        </message>
        <message>
            <source>Pick all that apply. It helps the Ombudsman send your case to the right team.</source>
            <extracomment>benefit.types: help</extracomment>
            <translation>Marque todos los que correspondan. Ayuda al Ombudsman a enviar su caso al equipo correcto.</translation>
        </message>
        <message>
            <source>Nonimmigrant (ex. Student)</source>
            <extracomment>benefit.types = nonimmigrant</extracomment>
            <translation>No inmigrante (por ej. estudiante)</translation>
        </message>
        <message>
            <source>Immigrant (ex. Permanent Residency)</source>
            <extracomment>benefit.types = immigrant</extracomment>
            <translation>Inmigrante (por ej. residencia permanente)</translation>
        </message>
        <message>
            <source>Citizenship or Naturalization</source>
            <extracomment>benefit.types = citizenship</extracomment>
            <translation>Ciudadanía o naturalización</translation>
        </message>
        <message>
            <source>Asylum or Refugee</source>
            <extracomment>benefit.types = asylum_refugee</extracomment>
            <translation>Asilo o refugio</translation>
        </message>
        <message>
            <source>Interim benefit (ex. Employment Authorization)</source>
            <extracomment>benefit.types = interim</extracomment>
            <translation>Beneficio provisional (por ej. permiso de trabajo)</translation>
        </message>
        <message>
            <source>Waiver (ex. Waiver of Grounds of Inadmissibility)</source>
            <extracomment>benefit.types = waiver</extracomment>
            <translation>Perdón o exención (por ej. perdón de causales de inadmisibilidad)</translation>
        </message>
        <message>
            <source>What other benefit?</source>
            <extracomment>benefit.other_description: label</extracomment>
            <translation>¿Qué otro beneficio?</translation>
        </message>
        <message>
            <source>You chose 'Other': say in a few words what you asked USCIS for.</source>
            <extracomment>benefit.other_description: help</extracomment>
            <translation>Usted eligió «Otro»: diga en pocas palabras qué pidió a USCIS.</translation>
        </message>
        <message>
            <source>Supporting documents</source>
            <extracomment>section documents: title</extracomment>
            <translation>Documentos de apoyo</translation>
        </message>
        <message>
            <source>Add copies of papers that show the problem, like receipt notices and letters from USCIS. Please do not send original documents: copies only. The files stay encrypted on this computer.</source>
            <extracomment>section documents: intro</extracomment>
            <translation>Agregue copias de papeles que muestren el problema, como avisos de recibo y cartas de USCIS. Por favor no envíe documentos originales: solo copias. Los archivos quedan cifrados en esta computadora.</translation>
        </message>
        <message>
            <source>Document</source>
            <extracomment>section documents: item_label</extracomment>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Document id</source>
            <extracomment>documents[].id: label</extracomment>
            <translation>Identificador del documento</translation>
        </message>
        <message>
            <source>Set by the app.</source>
            <extracomment>documents[].id: help</extracomment>
            <translation>Lo pone la aplicación.</translation>
        </message>
        <message>
            <source>What kind of document is it?</source>
            <extracomment>documents[].category: label</extracomment>
            <translation>¿Qué tipo de documento es?</translation>
        </message>
        <message>
            <source>Helps the Ombudsman see quickly what you sent, and lets the app check that a G-28 or a consent is there when needed.</source>
            <extracomment>documents[].category: help</extracomment>
            <translation>Ayuda al Ombudsman a ver rápido qué envió, y permite a la aplicación comprobar que hay un G-28 o un consentimiento cuando hace falta.</translation>
        </message>
        <message>
            <source>Copy of something I sent to USCIS</source>
            <extracomment>documents[].category = submitted_to_uscis</extracomment>
            <translation>Copia de algo que envié a USCIS</translation>
        </message>
        <message>
            <source>Copy of something USCIS sent me</source>
            <extracomment>documents[].category = received_from_uscis</extracomment>
            <translation>Copia de algo que USCIS me envió</translation>
        </message>
        <message>
            <source>Form G-28 (attorney or representative)</source>
            <extracomment>documents[].category = g28</extracomment>
            <translation>Formulario G-28 (abogado o representante)</translation>
        </message>
        <message>
            <source>Signed consent of the person</source>
            <extracomment>documents[].category = consent</extracomment>
            <translation>Consentimiento firmado de la persona</translation>
        </message>
        <message>
            <source>The form's signature page, signed in ink (scan or photo)</source>
            <extracomment>documents[].category = signed_form</extracomment>
            <translation>La página de firma del formulario, firmada con tinta (escaneo o foto)</translation>
        </message>
        <message>
            <source>Other supporting document</source>
            <extracomment>documents[].category = other</extracomment>
            <translation>Otro documento de apoyo</translation>
        </message>
        <message>
            <source>Short description</source>
            <extracomment>documents[].title: label</extracomment>
            <translation>Descripción corta</translation>
        </message>
        <message>
            <source>For example 'Receipt notice for I-485'. It is printed in the list of documents.</source>
            <extracomment>documents[].title: help</extracomment>
            <translation>Por ejemplo «Aviso de recibo del I-485». Se imprime en la lista de documentos.</translation>
        </message>
        <message>
            <source>File name</source>
            <extracomment>documents[].original_filename: label</extracomment>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <source>The name of the file you added.</source>
            <extracomment>documents[].original_filename: help</extracomment>
            <translation>El nombre del archivo que agregó.</translation>
        </message>
        <message>
            <source>Pages</source>
            <extracomment>documents[].pages: label</extracomment>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>Counted by the app.</source>
            <extracomment>documents[].pages: help</extracomment>
            <translation>Las cuenta la aplicación.</translation>
        </message>
        <message>
            <source>Fingerprint (SHA-256)</source>
            <extracomment>documents[].sha256: label</extracomment>
            <translation>Huella digital del archivo (SHA-256)</translation>
        </message>
        <message>
            <source>Lets the app check the stored copy has not changed.</source>
            <extracomment>documents[].sha256: help</extracomment>
            <translation>Permite a la aplicación comprobar que la copia guardada no cambió.</translation>
        </message>
        <message>
            <source>Added on</source>
            <extracomment>documents[].added_on: label</extracomment>
            <translation>Agregado el</translation>
        </message>
        <message>
            <source>The day the file was added.</source>
            <extracomment>documents[].added_on: help</extracomment>
            <translation>El día en que se agregó el archivo.</translation>
        </message>
        <message>
            <source>Consent</source>
            <extracomment>section consent: title</extracomment>
            <translation>Consentimiento</translation>
        </message>
        <message>
            <source>The Ombudsman needs permission from the person with the case to look at their USCIS records and talk with USCIS about them. Read the Privacy Act notice below first.</source>
            <extracomment>section consent: intro</extracomment>
            <translation>El Ombudsman necesita el permiso de la persona del caso para ver sus registros de USCIS y hablar con USCIS sobre ellos. Lea primero el aviso de la Ley de Privacidad (Privacy Act) que está abajo.</translation>
        </message>
        <message>
            <source>The person agrees to let the Ombudsman get and share their information with USCIS to solve this problem</source>
            <extracomment>consent.agreed: label</extracomment>
            <translation>La persona permite que el Ombudsman obtenga su información y la comparta con USCIS para resolver este problema</translation>
        </message>
        <message>
            <source>The law keeps USCIS records private. The Ombudsman can only look at the case if the person says yes.</source>
            <extracomment>consent.agreed: help</extracomment>
            <translation>La ley mantiene privados los registros de USCIS. El Ombudsman solo puede ver el caso si la persona dice que sí.</translation>
        </message>
        <message>
            <source>How will the person sign?</source>
            <extracomment>consent.signature_method: label</extracomment>
            <translation>¿Cómo firmará la persona?</translation>
        </message>
        <message>
            <source>Draw the signature, type it as /s/ and the name, or print the page and sign it by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is allowed.</source>
            <extracomment>consent.signature_method: help</extracomment>
            <translation>Dibuje la firma, escríbala como /s/ y el nombre, o imprima la página y fírmela a mano. En los casos T, U, VAWA, asilo y refugio solo se permite la firma con tinta.</translation>
        </message>
        <message>
            <source>Draw it on the screen</source>
            <extracomment>consent.signature_method = drawn</extracomment>
            <translation>Dibujarla en la pantalla</translation>
        </message>
        <message>
            <source>Type it (/s/ Name)</source>
            <extracomment>consent.signature_method = typed</extracomment>
            <translation>Escribirla (/s/ Nombre)</translation>
        </message>
        <message>
            <source>Print, sign in ink, and scan</source>
            <extracomment>consent.signature_method = wet_ink</extracomment>
            <translation>Imprimir, firmar con tinta y escanear</translation>
        </message>
        <message>
            <source>Name of the person signing</source>
            <extracomment>consent.signer_name: label</extracomment>
            <translation>Nombre de quien firma</translation>
        </message>
        <message>
            <source>The person with the case signs, or for an employer someone allowed to sign for it.</source>
            <extracomment>consent.signer_name: help</extracomment>
            <translation>Firma la persona del caso o, si es un empleador, alguien autorizado para firmar por él.</translation>
        </message>
        <message>
            <source>Date signed</source>
            <extracomment>consent.signed_on: label</extracomment>
            <translation>Fecha de la firma</translation>
        </message>
        <message>
            <source>The day the person signed.</source>
            <extracomment>consent.signed_on: help</extracomment>
            <translation>El día en que firmó la persona.</translation>
        </message>
        <message>
            <source>Preparer or interpreter statement</source>
            <extracomment>consent.preparer_statement: label</extracomment>
            <translation>Declaración de quien preparó o interpretó</translation>
        </message>
        <message>
            <source>If someone else filled in this form or read it to the person, write their name and the language, for example: 'Prepared by Minh Tran, read to the subject in Vietnamese.' It shows the person understood what they signed.</source>
            <extracomment>consent.preparer_statement: help</extracomment>
            <translation>Si otra persona llenó este formulario o se lo leyó a la persona, escriba su nombre y el idioma, por ejemplo: «Preparado por Minh Tran, leído a la persona en vietnamita.» Muestra que la persona entendió lo que firmó.</translation>
        </message>
    </context>
    <context>
        <name>glossary</name>
        <message>
            <source>T and U</source>
            <translation>T y U</translation>
        </message>
        <message>
            <source>T and U are kinds of visa: T for victims of human trafficking, U for victims of certain crimes who help the police.</source>
            <translation>T y U son tipos de visa: la T para víctimas de trata de personas, la U para víctimas de ciertos delitos que ayudan a la policía.</translation>
        </message>
        <message>
            <source>VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or permanent resident family member to apply on their own, without the abuser.</source>
            <translation>VAWA (Ley de Violencia contra la Mujer): una vía para que las personas maltratadas por un familiar ciudadano estadounidense o residente permanente presenten su solicitud por su cuenta, sin el agresor.</translation>
        </message>
        <message>
            <source>asylee, refugee</source>
            <translation>asilado, refugiado</translation>
        </message>
        <message>
            <source>A refugee was given protection before coming to the United States; an asylee asked for it (asylum) after arriving. Both fear harm in their home country.</source>
            <translation>Un refugiado recibió protección antes de venir a Estados Unidos; un asilado la pidió (asilo) después de llegar. Ambos temen daño en su país de origen.</translation>
        </message>
        <message>
            <source>InfoPass is the old name of an in-person appointment at a USCIS office, made through the USCIS Contact Center.</source>
            <translation>InfoPass es el nombre antiguo de una cita en persona en una oficina de USCIS, que se pide por el Centro de Contacto de USCIS.</translation>
        </message>
        <message>
            <source>An e-Request is a form on the USCIS website for asking about a case, for example when it is past the normal processing time. USCIS answers by email.</source>
            <translation>Una e-Request es un formulario del sitio web de USCIS para preguntar por un caso, por ejemplo cuando ya pasó el tiempo normal de trámite. USCIS responde por correo electrónico.</translation>
        </message>
        <message>
            <source>Form G-28 is the form a lawyer or accredited representative signs with the person to show USCIS and the Ombudsman that they represent them.</source>
            <translation>El formulario G-28 es el que firman un abogado o representante acreditado y la persona para mostrar a USCIS y al Ombudsman que la representan.</translation>
        </message>
        <message>
            <source>beneficiary, petitioner</source>
            <translation>beneficiario, peticionario</translation>
        </message>
        <message>
            <source>The petitioner files a petition for someone else (a relative, a worker); that person is the beneficiary.</source>
            <translation>El peticionario presenta una petición para otra persona (un familiar, un trabajador); esa persona es el beneficiario.</translation>
        </message>
        <message>
            <source>accredited representative</source>
            <translation>representante acreditado</translation>
        </message>
        <message>
            <source>An accredited representative is not a lawyer but is allowed by the Justice Department to give immigration legal help, working for a recognized nonprofit organization.</source>
            <translation>Un representante acreditado no es abogado, pero el Departamento de Justicia le permite dar ayuda legal de inmigración trabajando para una organización sin fines de lucro reconocida.</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>número de recibo</translation>
        </message>
        <message>
            <source>The receipt number is on the notice USCIS sent after getting an application: three letters and ten digits, for example IOE0912345678.</source>
            <translation>El número de recibo está en el aviso que USCIS envió al recibir una solicitud: tres letras y diez cifras, por ejemplo IOE0912345678.</translation>
        </message>
        <message>
            <source>The A-Number (Alien Registration Number) is the person's own USCIS number: an A and 8 or 9 digits, on a green card, work permit or USCIS notices.</source>
            <translation>El A-Number (número de registro de extranjero) es el número propio de la persona en USCIS: una A y 8 o 9 cifras, en la tarjeta verde, el permiso de trabajo o los avisos de USCIS.</translation>
        </message>
        <message>
            <source>“ex.” means “for example”.</source>
            <translation>«por ej.» significa «por ejemplo».</translation>
        </message>
    </context>
    <context>
        <name>pdf_printing</name>
        <message>
            <source>The packet could not be opened for printing. Make the package again.</source>
            <translation>No se pudo abrir el paquete para imprimir. Prepare el paquete otra vez.</translation>
        </message>
        <message>
            <source>Print the mail packet</source>
            <translation>Imprimir el paquete para correo postal</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is on and try again.</source>
            <translation>No se pudo iniciar la impresora. Revise que esté encendida e intente otra vez.</translation>
        </message>
        <message>
            <source>Printing was cancelled. Pages already sent to the printer may still print.</source>
            <translation>Se canceló la impresión. Las páginas que ya se enviaron a la impresora pueden imprimirse de todos modos.</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Imprimiendo</translation>
        </message>
        <message>
            <source>Printing page {page} of {total}…</source>
            <translation>Imprimiendo la página {page} de {total}…</translation>
        </message>
        <message>
            <source>A page could not be prepared for printing. Make the package again.</source>
            <translation>No se pudo preparar una página para imprimir. Prepare el paquete otra vez.</translation>
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
            <translation>Distrito de Columbia</translation>
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
            <translation>Hawái</translation>
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
            <translation>Luisiana</translation>
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
            <translation>Míchigan</translation>
        </message>
        <message>
            <source>Minnesota</source>
            <extracomment>US state or territory MN (postal code)</extracomment>
            <translation>Minnesota</translation>
        </message>
        <message>
            <source>Mississippi</source>
            <extracomment>US state or territory MS (postal code)</extracomment>
            <translation>Misisipi</translation>
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
            <translation>Nuevo Hampshire</translation>
        </message>
        <message>
            <source>New Jersey</source>
            <extracomment>US state or territory NJ (postal code)</extracomment>
            <translation>Nueva Jersey</translation>
        </message>
        <message>
            <source>New Mexico</source>
            <extracomment>US state or territory NM (postal code)</extracomment>
            <translation>Nuevo México</translation>
        </message>
        <message>
            <source>New York</source>
            <extracomment>US state or territory NY (postal code)</extracomment>
            <translation>Nueva York</translation>
        </message>
        <message>
            <source>North Carolina</source>
            <extracomment>US state or territory NC (postal code)</extracomment>
            <translation>Carolina del Norte</translation>
        </message>
        <message>
            <source>North Dakota</source>
            <extracomment>US state or territory ND (postal code)</extracomment>
            <translation>Dakota del Norte</translation>
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
            <translation>Oregón</translation>
        </message>
        <message>
            <source>Pennsylvania</source>
            <extracomment>US state or territory PA (postal code)</extracomment>
            <translation>Pensilvania</translation>
        </message>
        <message>
            <source>Rhode Island</source>
            <extracomment>US state or territory RI (postal code)</extracomment>
            <translation>Rhode Island</translation>
        </message>
        <message>
            <source>South Carolina</source>
            <extracomment>US state or territory SC (postal code)</extracomment>
            <translation>Carolina del Sur</translation>
        </message>
        <message>
            <source>South Dakota</source>
            <extracomment>US state or territory SD (postal code)</extracomment>
            <translation>Dakota del Sur</translation>
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
            <translation>Virginia Occidental</translation>
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
            <translation>Samoa Estadounidense</translation>
        </message>
        <message>
            <source>Guam</source>
            <extracomment>US state or territory GU (postal code)</extracomment>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <extracomment>US state or territory MP (postal code)</extracomment>
            <translation>Islas Marianas del Norte</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <extracomment>US state or territory PR (postal code)</extracomment>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <extracomment>US state or territory VI (postal code)</extracomment>
            <translation>Islas Vírgenes de los Estados Unidos</translation>
        </message>
        <message>
            <source>U.S. Minor Outlying Islands</source>
            <extracomment>US state or territory UM (postal code)</extracomment>
            <translation>Islas Ultramarinas Menores de Estados Unidos</translation>
        </message>
        <message>
            <source>Federated States of Micronesia</source>
            <extracomment>US state or territory FM (postal code)</extracomment>
            <translation>Estados Federados de Micronesia</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <extracomment>US state or territory MH (postal code)</extracomment>
            <translation>Islas Marshall</translation>
        </message>
        <message>
            <source>Palau</source>
            <extracomment>US state or territory PW (postal code)</extracomment>
            <translation>Palaos</translation>
        </message>
        <message>
            <source>Armed Forces Americas (AA)</source>
            <extracomment>US state or territory AA (postal code)</extracomment>
            <translation>Fuerzas Armadas: América (AA)</translation>
        </message>
        <message>
            <source>Armed Forces Europe, Middle East, Africa, Canada (AE)</source>
            <extracomment>US state or territory AE (postal code)</extracomment>
            <translation>Fuerzas Armadas: Europa, Oriente Medio, África, Canadá (AE)</translation>
        </message>
        <message>
            <source>Armed Forces Pacific (AP)</source>
            <extracomment>US state or territory AP (postal code)</extracomment>
            <translation>Fuerzas Armadas: Pacífico (AP)</translation>
        </message>
    </context>
</TS>
